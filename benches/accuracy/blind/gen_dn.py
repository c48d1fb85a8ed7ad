#!/usr/bin/env python3
"""Blind evaluation-set generator "dn": nonprofits, fundraising, churches, membership orgs.

EMPHASIS
    Credentials that show up in the repositories of charities, churches, advocacy groups,
    membership associations and the small agencies that build for them: donor CRMs
    (Blackbaud SKY API / Raiser's Edge NXT, Salesforce NPSP / Nonprofit Cloud, Bloomerang,
    Neon CRM, Little Green Light, Kindful, DonorPerfect, Virtuous, CiviCRM), giving platforms
    (Donorbox, Givebutter, Classy / GoFundMe Pro, Every.org, Benevity, Tithe.ly, Pushpay),
    church management (Planning Center, Breeze ChMS, Church Community Builder, Rock RMS),
    membership (Wild Apricot, MemberClicks), organizing (Action Network, EveryAction / NGP VAN,
    Mobilize), Mailchimp, plus the common cloud / database / payment credentials those projects
    carry (Stripe, PayPal, Authorize.Net, Square, AWS, SendGrid, Twilio, Slack webhooks,
    GitHub tokens, Google API keys, MySQL/Postgres passwords, WordPress/Drupal DB passwords).
    File types: WordPress plugin PHP, wp-config.php, civicrm.settings.php, Drupal settings.php,
    plain PHP classes, Python sync scripts / Django settings / Airflow DAGs, Node/TypeScript,
    Google Apps Script, Zapier and Make exports, Salesforce Apex, named-credential and
    custom-metadata XML, .env, YAML (GitHub Actions, docker-compose, k8s, Spring, serverless),
    .properties, .ini, .toml, appsettings.json / Web.config, Postman environments, VS Code
    launch.json, REST-client .http files, CSV exports, SQL seeds, PowerShell, shell, Ruby,
    C#, Terraform, Jupyter notebooks and Markdown runbooks.

USAGE
    python3 gen_dn.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED (one
    random.Random(SEED); no clock, no os.urandom, no set iteration). Standard library only.

NEEDLE CONVENTIONS
    * needle = the secret exactly as written in the file; line = 1-based line of its first
      occurrence.
    * id/secret pairs (AWS key id + secret, Salesforce consumer key + secret, PayPal client id
      + secret, Planning Center application id + secret, Twilio SID + auth token,
      Authorize.Net login id + transaction key, OAuth client id + client secret): the needle
      is the secret half only; the public half may sit next to it.
    * passwords inside connection URLs / DSNs: the needle is the password only (written
      un-encoded; generated passwords avoid URL-reserved characters).
    * Slack incoming webhooks: the needle is the whole hooks.slack.com URL.
    * NGP VAN / EveryAction keys: the needle includes the "|0"/"|1" database-mode suffix,
      because that is how the key is written in the Basic-auth password.
    * DonorPerfect keys are written URL-encoded (%2f, %2b, %3d), as they appear in the
      xmlrequest.asp query string; the needle is that encoded form.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by: an environment
    lookup in the file's own language (os.environ, process.env, getenv, $env:, ENV.fetch,
    PropertiesService, ${VAR}, ${{ secrets.X }}, {!$Credential.Password}, custom settings);
    a secret-manager reference (AWS Secrets Manager ARN, Azure Key Vault reference,
    Vault path, 1Password op:// URI, GCP Secret Manager resource name); a placeholder
    (YOUR_API_KEY, <changeme>, xxxx, {{ template }}); a masked / redacted value; an empty
    value; an encrypted value (SOPS ENC[...], Ansible-Vault blob); a documented example value
    (AWS AKIAIOSFODNN7EXAMPLE pair, Slack T00000000/B00000000 URL, Twilio ACXXXX...); or a
    key the provider documents as publishable (Stripe pk_live_, PayPal client id,
    Bloomerang.js public key, Every.org public key, reCAPTCHA site key).
    The other half are domain look-alikes with no credential at all: donor / constituent /
    gift / batch ids, Salesforce 15/18-char record ids, campaign and fund codes, appeal
    codes, EINs, church / campus ids, Planning Center numeric ids, Mailchimp audience ids,
    SKY API application ids (GUIDs), sha256/md5 export checksums, git SHAs, SRI hashes,
    webhook signature fixtures, i18n strings about API keys, GitHub workflows that only use
    ${{ secrets.* }}, documentation with placeholders.

DOUBTS (formats written from memory or not confirmed in provider docs)
    * Blackbaud SKY API subscription key: 32 lowercase hex (Azure API Management style key);
      the docs confirm the Bb-Api-Subscription-Key header but I did not see the length.
      SKY application secret: written as 44-char base64 (32 bytes); unconfirmed.
      Raiser's Edge NXT refresh token: written as 32 hex; unconfirmed.
    * Salesforce: consumer key "3MVG9" + ~80 chars, consumer secret 64 uppercase hex, user
      security token 24-25 alphanumerics, session/access token "00D...!AQ..." are from memory.
    * Bloomerang private v2 key and Bloomerang.js "pub_" public key: formats invented
      (documented only as private / public keys). Neon CRM key 32 hex: from memory.
    * Little Green Light, Donorbox, Kindful, Virtuous, Mobilize, Tithe.ly, Pushpay, Classy,
      MemberClicks, Benevity, Every.org webhook token: lengths/alphabets are plausible guesses;
      their docs only say "API key" / "client secret". Givebutter keys written as Laravel
      Sanctum style "<id>|<40 chars>" - a guess from the framework's error text.
    * DonorPerfect API key: long URL-encoded base64 string; from memory.
    * Breeze API key 32 lowercase alnum (doc example shows 32 chars); Rock RMS REST key 24
      alnum; Wild Apricot API key 30 lowercase alnum: from memory.
    * Planning Center PAT application id and secret as 64 hex each: from memory (docs
      confirm Basic auth with app id : secret). Action Network key 32 hex: from memory.
    * NGP VAN key as GUID + "|0"/"|1": the "|0 or |1" suffix is confirmed by the NGP VAN FAQ.
    * Salesforce org-id prefix of access tokens uses random alphanumerics (real org ids are
      mostly digits after "00D"); Salesforce user password / security token are shown in
      HTTP-Basic style code for brevity although Salesforce itself uses a SOAP/OAuth login.
    * Mailchimp key = 32 hex + "-usNN" (data-center suffix), from memory; the API host in the
      same file is kept in step with the suffix.
    * Stripe sk_live_/rk_live_ "51" + 97 alphanumerics, whsec_ + 32, PayPal client id/secret
      80 chars, Square EAAA + 60, SendGrid SG.22.43, Twilio AC + 32 hex / 32-hex token, Google
      AIza + 35, GitHub ghp_ + 30 + 6-char base62 CRC32: from memory of provider docs.
    * Stripe doc test key sk_test_4eC39HqLyjWDarjtT1zdp7dc is NOT used; only AWS and Slack
      documented example values are used as "documentation example" negatives.
    * Label disputes: publishable keys (Stripe pk_live_, PayPal client id, reCAPTCHA site
      key, Bloomerang.js public key, Every.org public key) and Salesforce consumer keys
      alone are labelled negative; a strict reviewer might still want them out of git.
      CiviCRM site keys are labelled positive (they authorise cron / REST calls). Human
      passwords for Church Community Builder API users, WordPress/Drupal DB users,
      integration users and Salesforce users are positives.

SEARCHES
    search(docs/pages): Blackbaud SKY API subscription key header; Planning Center personal
    access token (Basic auth app id:secret); NGP VAN API key database mode (|0/|1); Every.org
    public key; Bloomerang API keys v2 / Bloomerang.js public key; Rock RMS REST keys
    (Authorization-Token); Givebutter Bearer auth; DonorPerfect XML API apikey; Wild Apricot
    API key; Breeze API key page (32-char example). No secret-scanner rule code or regexes
    were shown. Scanner-adjacent only: skills.sh "security audit" pages (Gen Agent Trust Hub,
    Socket) for AI-agent skills appeared in results; they contain no detection rules and were
    ignored.
"""

import json
import os
import random
import sys
import zlib

HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UPP = LOW.upper()
ALNUM = UPP + LOW + DIG
LALNUM = LOW + DIG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = UPP + "234567"
B62 = DIG + UPP + LOW


def rs(r, n, alpha):
    return "".join(r.choice(alpha) for _ in range(n))


def rmix(r, n, alpha=ALNUM):
    """random string that has digits and (where the alphabet has them) both cases"""
    while True:
        s = rs(r, n, alpha)
        ok = any(c.isdigit() for c in s)
        if any(c in LOW for c in alpha):
            ok = ok and any(c in LOW for c in s)
        if any(c in UPP for c in alpha):
            ok = ok and any(c in UPP for c in s)
        if ok:
            return s


def rhex(r, n, upper=False):
    while True:
        s = rs(r, n, UHEX if upper else HEX)
        if sum(c.isdigit() for c in s) >= 3 and sum(not c.isdigit() for c in s) >= 3:
            return s


def ruuid(r, upper=False):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def b62(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------- human passwords
PW_WORDS = ["Grace", "Shepherd", "Harvest", "Trinity", "Bethel", "Zion", "Calvary", "Jubilee",
            "Mercy", "Hosanna", "Advent", "Lantern", "Willow", "Harbor", "Cedar", "Beacon",
            "Meadow", "Sparrow", "Riverbend", "Hope", "Gideon", "Emmaus", "Canticle", "Vesper",
            "Orchard", "Kestrel", "Marigold", "Pinecone", "Tamarack", "Bluebird", "Saffron",
            "Compass", "Anchor", "Steeple", "Carillon", "Pantry", "Gala", "Raffle", "Bazaar"]
PW_SYM = "!*-_.+^~"


def gen_password(r):
    style = r.randrange(5)
    w1, w2 = r.sample(PW_WORDS, 2)
    if style == 0:
        return "%s%s%s%d" % (w1, r.choice(PW_SYM), w2.lower(), r.randrange(10, 99))
    if style == 1:
        return "%s%d%s%s" % (w1, r.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025]),
                             r.choice(PW_SYM), w2)
    if style == 2:
        return "-".join(w.lower() for w in r.sample(PW_WORDS, 3)) + str(r.randrange(2, 99))
    if style == 3:
        leet = w1.replace("a", "@").replace("o", "0").replace("e", "3").replace("@", "4")
        return "%s%s%s%d" % (leet, r.choice(PW_SYM), w2, r.randrange(100, 999))
    return rmix(r, r.randrange(14, 21), ALNUM) + r.choice("!*-_.+^~")


# ---------------------------------------------------------------- secret generators
def g_hex32(r):
    return rhex(r, 32)


def g_sky_secret(r):
    # 32 random bytes in base64: 42 free chars, a last char carrying 2 bits, then "="
    return rmix(r, 42, B64) + r.choice("AEIMQUYcgkosw048") + "="


def g_sf_consumer_key(r):
    return "3MVG9" + rmix(r, 80, ALNUM + "._")


def g_sf_consumer_secret(r):
    return rhex(r, 64, upper=True)


def g_sf_token(r):
    return rmix(r, r.choice([24, 25]), ALNUM)


def g_sf_session(r):
    return "00D" + rmix(r, 12, ALNUM) + "!" + "AQ" + rmix(r, 4, ALNUM) + "." + rmix(r, 92, ALNUM + "._")


def g_bloomerang(r):
    return rhex(r, 40)


def g_lgl(r):
    return rmix(r, 64, ALNUM)


def g_donorbox(r):
    return rmix(r, 50, ALNUM + "_-")


def g_givebutter(r):
    return "%d|%s" % (r.randrange(1000, 99999), rmix(r, 40, ALNUM))


def g_classy(r):
    return rmix(r, 40, ALNUM)


def g_kindful(r):
    return rhex(r, 64)


def g_donorperfect(r):
    raw = rmix(r, 88, B64) + "=="
    return raw.replace("/", "%2f").replace("+", "%2b").replace("=", "%3d")


def g_virtuous(r):
    return rmix(r, 86, B64URL)


def g_hex64(r):
    return rhex(r, 64)


def g_tithely(r):
    return rmix(r, 40, LALNUM)


def g_pushpay(r):
    return rmix(r, 48, ALNUM)


def g_breeze(r):
    return rmix(r, 32, LALNUM)


def g_rock(r):
    return rmix(r, 24, ALNUM)


def g_wildapricot(r):
    return rmix(r, 30, LALNUM)


def g_memberclicks(r):
    return rmix(r, 32, ALNUM)


def g_benevity(r):
    return rmix(r, 48, ALNUM)


def g_civi_site(r):
    return rmix(r, r.choice([32, 40, 48]), ALNUM)


def g_civi_api(r):
    return rmix(r, r.choice([24, 32]), ALNUM)


def g_ngpvan(r):
    return ruuid(r) + "|" + r.choice("01")


def g_mobilize(r):
    return rmix(r, 40, ALNUM)


def g_mailchimp(r):
    return rhex(r, 32) + "-us" + str(r.randrange(1, 22))


def fix_mailchimp_dc(slot):
    """keep the API host's data-center in step with the key's -usNN suffix"""
    if slot.positive:
        slot.k["base"] = "https://%s.api.mailchimp.com/3.0" % slot.secret.rsplit("-", 1)[1]


def g_stripe_sk(r):
    if r.random() < 0.6:
        return "sk_live_51" + rmix(r, 97, ALNUM)
    return "rk_live_51" + rmix(r, 97, ALNUM)


def g_stripe_whsec(r):
    return "whsec_" + rmix(r, 32, ALNUM)


def g_paypal_id(r):
    return "A" + rmix(r, 79, ALNUM + "-_")


def g_paypal_secret(r):
    return "E" + rmix(r, 79, ALNUM + "-_")


def g_anet_login(r):
    return rmix(r, 10, ALNUM)


def g_anet_key(r):
    return rmix(r, 16, ALNUM)


def g_square(r):
    return "EAAA" + rmix(r, 60, B64URL)


def g_aws_id(r):
    return "AKIA" + rs(r, 16, B32)


def g_aws_secret(r):
    return rmix(r, 40, B64)


def g_sendgrid(r):
    return "SG." + rmix(r, 22, B64URL) + "." + rmix(r, 43, B64URL)


def g_twilio_sid(r):
    return "AC" + rhex(r, 32)


def g_google(r):
    return "AIza" + rmix(r, 35, B64URL)


def g_github(r):
    body = rmix(r, 30, ALNUM)
    return "ghp_" + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, 8, UPP + DIG), rs(r, 10, UPP + DIG), rmix(r, 24, ALNUM))


def g_num(r, lo=100000, hi=9999999):
    return str(r.randrange(lo, hi))


# ---------------------------------------------------------------- kinds
# auth: ("header", name, fmt) | ("basic", user_label, user_value_or_None) | ("query", param)
#       ("oauth", token_url) | ("webhook",) | ("dsn", scheme) | ("dbpass",) | ("aws",)
# pub: (words, generator, safe_to_keep_in_negative)
def K(**kw):
    kw.setdefault("pub", None)
    kw.setdefault("tags", ())
    kw.setdefault("w", 10)
    kw.setdefault("public", None)
    kw.setdefault("example", None)
    return kw


KINDS = [
    K(id="sky_sub", provider="Blackbaud SKY API", kind="subscription_key", gen=g_hex32, w=16,
      words=[["sky", "subscription", "key"], ["bb", "api", "subscription", "key"],
             ["blackbaud", "subscription", "key"]],
      auth=("header", "Bb-Api-Subscription-Key", "{}"),
      base="https://api.sky.blackbaud.com/constituent/v1", tags=("drupal",)),
    K(id="sky_secret", provider="Blackbaud SKY API", kind="oauth_client_secret", gen=g_sky_secret,
      w=12, words=[["sky", "client", "secret"], ["blackbaud", "app", "secret"],
                   ["bb", "application", "secret"]],
      auth=("oauth", "https://oauth2.sky.blackbaud.com/token"),
      base="https://api.sky.blackbaud.com", pub=(["sky", "client", "id"], ruuid, True)),
    K(id="renxt_refresh", provider="Raiser's Edge NXT", kind="refresh_token", gen=g_hex32, w=10,
      words=[["renxt", "refresh", "token"], ["re", "nxt", "refresh", "token"],
             ["raisers", "edge", "refresh", "token"]],
      auth=("oauth", "https://oauth2.sky.blackbaud.com/token"),
      base="https://api.sky.blackbaud.com/gift/v1"),
    K(id="sf_secret", provider="Salesforce", kind="oauth_client_secret", gen=g_sf_consumer_secret,
      w=14, words=[["sf", "consumer", "secret"], ["salesforce", "client", "secret"],
                   ["npsp", "consumer", "secret"]],
      auth=("oauth", "https://login.salesforce.com/services/oauth2/token"),
      base="https://hopeharbor.my.salesforce.com/services/data/v59.0",
      pub=(["sf", "consumer", "key"], g_sf_consumer_key, True)),
    K(id="sf_token", provider="Salesforce", kind="security_token", gen=g_sf_token, w=8,
      words=[["sf", "security", "token"], ["salesforce", "security", "token"]],
      auth=("basic", "username", "integration@hopeharbor.org"),
      base="https://login.salesforce.com"),
    K(id="sf_session", provider="Salesforce", kind="access_token", gen=g_sf_session, w=8,
      words=[["sf", "access", "token"], ["salesforce", "session", "id"]],
      auth=("header", "Authorization", "Bearer {}"),
      base="https://gracechurch.my.salesforce.com/services/data/v60.0"),
    K(id="sf_password", provider="Salesforce", kind="password", gen=gen_password, w=8,
      words=[["sf", "password"], ["salesforce", "integration", "password"]],
      auth=("basic", "username", "api.user@riverbendfoodbank.org"),
      base="https://login.salesforce.com"),
    K(id="bloomerang", provider="Bloomerang", kind="api_key", gen=g_bloomerang, w=14,
      words=[["bloomerang", "api", "key"], ["bloomerang", "private", "key"]],
      auth=("header", "X-API-KEY", "{}"), base="https://api.bloomerang.co/v2",
      public=(["bloomerang", "public", "key"], lambda r: "pub_" + rhex(r, 32))),
    K(id="neon", provider="Neon CRM", kind="api_key", gen=g_hex32, w=12,
      words=[["neon", "api", "key"], ["neoncrm", "api", "key"]],
      auth=("basic", "org_id", None), base="https://api.neoncrm.com/v2",
      pub=(["neon", "org", "id"], lambda r: r.choice(["hopeharbor", "stbrigid", "lakesiderescue",
                                                      "friendsofthelibrary"]), True)),
    K(id="lgl", provider="Little Green Light", kind="api_key", gen=g_lgl, w=10,
      words=[["lgl", "api", "key"], ["little", "green", "light", "key"]],
      auth=("header", "Authorization", "Bearer {}"), base="https://api.littlegreenlight.com/api/v1"),
    K(id="donorbox", provider="Donorbox", kind="api_key", gen=g_donorbox, w=10,
      words=[["donorbox", "api", "key"], ["donorbox", "key"]],
      auth=("basic", "email", "finance@lakesiderescue.org"), base="https://donorbox.org/api/v1"),
    K(id="givebutter", provider="Givebutter", kind="api_key", gen=g_givebutter, w=10,
      words=[["givebutter", "api", "key"], ["givebutter", "token"]],
      auth=("header", "Authorization", "Bearer {}"), base="https://api.givebutter.com/v1"),
    K(id="classy", provider="Classy (GoFundMe Pro)", kind="oauth_client_secret", gen=g_classy,
      w=10, words=[["classy", "client", "secret"], ["gfm", "pro", "client", "secret"]],
      auth=("oauth", "https://api.classy.org/oauth2/auth"), base="https://api.classy.org/2.0",
      pub=(["classy", "client", "id"], lambda r: rmix(r, 16, ALNUM), True)),
    K(id="kindful", provider="Kindful", kind="api_key", gen=g_kindful, w=8,
      words=[["kindful", "api", "token"], ["kindful", "token"]],
      auth=("header", "Authorization", "Token token=\"{}\""),
      base="https://app.kindful.com/api/v1"),
    K(id="donorperfect", provider="DonorPerfect", kind="api_key", gen=g_donorperfect, w=10,
      words=[["dp", "api", "key"], ["donorperfect", "api", "key"]],
      auth=("query", "apikey"), base="https://www.donorperfect.net/prod/xmlrequest.asp"),
    K(id="virtuous", provider="Virtuous", kind="api_key", gen=g_virtuous, w=8,
      words=[["virtuous", "api", "key"], ["virtuous", "token"]],
      auth=("header", "Authorization", "Bearer {}"), base="https://api.virtuoussoftware.com/api"),
    K(id="pco_pat", provider="Planning Center", kind="personal_access_token", gen=g_hex64, w=14,
      words=[["pco", "secret"], ["planning", "center", "secret"], ["pco", "pat", "secret"]],
      auth=("basic", "app_id", None), base="https://api.planningcenteronline.com/people/v2",
      pub=(["pco", "app", "id"], g_hex64, False)),
    K(id="pco_oauth", provider="Planning Center", kind="oauth_client_secret", gen=g_hex64, w=6,
      words=[["pco", "client", "secret"], ["planning", "center", "oauth", "secret"]],
      auth=("oauth", "https://api.planningcenteronline.com/oauth/token"),
      base="https://api.planningcenteronline.com/check-ins/v2",
      pub=(["pco", "client", "id"], g_hex64, False)),
    K(id="tithely", provider="Tithe.ly", kind="api_key", gen=g_tithely, w=8,
      words=[["tithely", "api", "key"], ["tithely", "secret"]],
      auth=("header", "Authorization", "Bearer {}"), base="https://tithe.ly/api/v1"),
    K(id="pushpay", provider="Pushpay", kind="oauth_client_secret", gen=g_pushpay, w=8,
      words=[["pushpay", "client", "secret"], ["pushpay", "secret"]],
      auth=("oauth", "https://auth.pushpay.com/pushpay/oauth/token"),
      base="https://api.pushpay.com/v1",
      pub=(["pushpay", "client", "id"], lambda r: "gracechurch-sync-" + rs(r, 4, DIG), True)),
    K(id="breeze", provider="Breeze ChMS", kind="api_key", gen=g_breeze, w=12,
      words=[["breeze", "api", "key"], ["breeze", "key"]],
      auth=("header", "Api-Key", "{}"), base="https://stmarks.breezechms.com/api"),
    K(id="ccb", provider="Church Community Builder", kind="password", gen=gen_password, w=8,
      words=[["ccb", "api", "password"], ["ccb", "password"]],
      auth=("basic", "api_user", "ccb_api_sync"), base="https://gracecommunity.ccbchurch.com/api.php"),
    K(id="rock", provider="Rock RMS", kind="api_key", gen=g_rock, w=10,
      words=[["rock", "rest", "key"], ["rock", "api", "key"]],
      auth=("header", "Authorization-Token", "{}"), base="https://rock.cornerstonefellowship.org/api"),
    K(id="wildapricot", provider="Wild Apricot", kind="api_key", gen=g_wildapricot, w=10,
      words=[["wa", "api", "key"], ["wild", "apricot", "api", "key"]],
      auth=("basic", "user", "APIKEY"), base="https://api.wildapricot.org/v2.2"),
    K(id="memberclicks", provider="MemberClicks", kind="oauth_client_secret", gen=g_memberclicks,
      w=6, words=[["memberclicks", "client", "secret"], ["mc", "client", "secret"]],
      auth=("oauth", "https://statebar.memberclicks.net/oauth/v1/token"),
      base="https://statebar.memberclicks.net/api/v1",
      pub=(["memberclicks", "client", "id"], ruuid, True)),
    K(id="everyorg", provider="Every.org", kind="webhook_token", gen=g_hex32, w=5,
      words=[["everyorg", "webhook", "token"], ["every", "org", "webhook", "secret"]],
      auth=("header", "X-Webhook-Token", "{}"), base="https://partners.every.org/v0.2",
      public=(["everyorg", "public", "key"], lambda r: "pk_live_" + rhex(r, 32))),
    K(id="benevity", provider="Benevity", kind="oauth_client_secret", gen=g_benevity, w=6,
      words=[["benevity", "client", "secret"], ["benevity", "secret"]],
      auth=("oauth", "https://api.benevity.org/oauth2/token"), base="https://api.benevity.org",
      pub=(["benevity", "client", "id"], ruuid, True)),
    K(id="civi_site", provider="CiviCRM", kind="site_key", gen=g_civi_site, w=12,
      words=[["civicrm", "site", "key"], ["civi", "site", "key"]],
      auth=("query", "key"), base="https://members.lakesiderescue.org/civicrm/ajax/api4",
      tags=("civi",)),
    K(id="civi_api", provider="CiviCRM", kind="api_key", gen=g_civi_api, w=8,
      words=[["civicrm", "api", "key"], ["civi", "api", "key"]],
      auth=("header", "X-Civi-Auth", "Bearer {}"),
      base="https://members.lakesiderescue.org/civicrm/ajax/api4", tags=("civi",)),
    K(id="actionnetwork", provider="Action Network", kind="api_key", gen=g_hex32, w=10,
      words=[["action", "network", "api", "key"], ["an", "api", "token"], ["osdi", "api", "token"]],
      auth=("header", "OSDI-API-Token", "{}"), base="https://actionnetwork.org/api/v2"),
    K(id="ngpvan", provider="EveryAction / NGP VAN", kind="api_key", gen=g_ngpvan, w=12,
      words=[["van", "api", "key"], ["everyaction", "api", "key"], ["ngp", "api", "key"]],
      auth=("basic", "application_name", None), base="https://api.securevan.com/v4",
      pub=(["van", "app", "name"], lambda r: r.choice(["hopeharbor.sync", "tenantsunion.api",
                                                       "cleanwater.etl", "youthvote.forms"]), True)),
    K(id="mobilize", provider="Mobilize", kind="api_key", gen=g_mobilize, w=7,
      words=[["mobilize", "api", "key"], ["mobilize", "token"]],
      auth=("header", "Authorization", "Bearer {}"), base="https://api.mobilize.us/v1"),
    K(id="mailchimp", provider="Mailchimp", kind="api_key", gen=g_mailchimp, w=16,
      words=[["mailchimp", "api", "key"], ["mc", "api", "key"], ["mailchimp", "key"]],
      auth=("basic", "user", "anystring"), base="https://us6.api.mailchimp.com/3.0",
      tags=("civi",)),
    # ---- common credentials in these projects
    K(id="stripe", provider="Stripe", kind="secret_key", gen=g_stripe_sk, w=14,
      words=[["stripe", "secret", "key"], ["stripe", "sk"], ["stripe", "api", "key"]],
      auth=("header", "Authorization", "Bearer {}"), base="https://api.stripe.com/v1",
      tags=("civi",), public=(["stripe", "publishable", "key"], lambda r: "pk_live_51" + rmix(r, 97))),
    K(id="stripe_wh", provider="Stripe", kind="webhook_secret", gen=g_stripe_whsec, w=8,
      words=[["stripe", "webhook", "secret"], ["stripe", "endpoint", "secret"]],
      auth=("header", "Stripe-Signature-Secret", "{}"), base="https://hopeharbor.org/webhooks/stripe"),
    K(id="paypal", provider="PayPal", kind="oauth_client_secret", gen=g_paypal_secret, w=10,
      words=[["paypal", "client", "secret"], ["paypal", "secret"]],
      auth=("oauth", "https://api-m.paypal.com/v1/oauth2/token"), base="https://api-m.paypal.com",
      pub=(["paypal", "client", "id"], g_paypal_id, True),
      public=(["paypal", "client", "id"], g_paypal_id)),
    K(id="anet", provider="Authorize.Net", kind="transaction_key", gen=g_anet_key, w=8,
      words=[["anet", "transaction", "key"], ["authorizenet", "transaction", "key"]],
      auth=("basic", "api_login_id", None), base="https://api.authorize.net/xml/v1/request.api",
      pub=(["anet", "api", "login", "id"], g_anet_login, True)),
    K(id="square", provider="Square", kind="access_token", gen=g_square, w=6,
      words=[["square", "access", "token"], ["square", "token"]],
      auth=("header", "Authorization", "Bearer {}"), base="https://connect.squareup.com/v2"),
    K(id="aws", provider="AWS", kind="secret_access_key", gen=g_aws_secret, w=10,
      words=[["aws", "secret", "access", "key"], ["aws", "secret", "key"]],
      auth=("aws",), base="https://s3.amazonaws.com",
      pub=(["aws", "access", "key", "id"], g_aws_id, False),
      example="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    K(id="sendgrid", provider="SendGrid", kind="api_key", gen=g_sendgrid, w=8,
      words=[["sendgrid", "api", "key"], ["smtp", "password"]],
      auth=("header", "Authorization", "Bearer {}"), base="https://api.sendgrid.com/v3",
      tags=("civi",)),
    K(id="twilio", provider="Twilio", kind="auth_token", gen=g_hex32, w=8,
      words=[["twilio", "auth", "token"], ["twilio", "token"]],
      auth=("basic", "account_sid", None), base="https://api.twilio.com/2010-04-01",
      pub=(["twilio", "account", "sid"], g_twilio_sid, True)),
    K(id="google", provider="Google Cloud", kind="api_key", gen=g_google, w=6,
      words=[["google", "api", "key"], ["gcp", "api", "key"], ["sheets", "api", "key"]],
      auth=("query", "key"), base="https://sheets.googleapis.com/v4/spreadsheets"),
    K(id="github", provider="GitHub", kind="personal_access_token", gen=g_github, w=6,
      words=[["github", "token"], ["gh", "pat"]],
      auth=("header", "Authorization", "token {}"), base="https://api.github.com"),
    K(id="slack", provider="Slack", kind="webhook_url", gen=g_slack_hook, w=8,
      words=[["slack", "webhook", "url"], ["slack", "gifts", "webhook"]],
      auth=("webhook",), base="https://hooks.slack.com",
      example="https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"),
    K(id="mysql", provider="MySQL", kind="password", gen=gen_password, w=10,
      words=[["db", "password"], ["mysql", "password"], ["database", "password"]],
      auth=("dsn", "mysql"), base="db.internal", tags=("civi", "drupal", "dbpass")),
    K(id="postgres", provider="PostgreSQL", kind="password", gen=gen_password, w=10,
      words=[["pg", "password"], ["postgres", "password"], ["warehouse", "password"]],
      auth=("dsn", "postgresql"), base="warehouse.internal", tags=("dbpass",)),
]
KIND_BY_ID = {k["id"]: k for k in KINDS}


# ---------------------------------------------------------------- domain filler
ORGS = [("Hope Harbor Shelter", "hopeharbor"), ("St. Brigid Parish", "stbrigid"),
        ("Riverbend Food Bank", "riverbendfoodbank"), ("Grace Community Church", "gracecommunity"),
        ("Friends of the Eastside Library", "eastsidelibraryfriends"),
        ("Lakeside Animal Rescue", "lakesiderescue"), ("Cornerstone Fellowship", "cornerstonefellowship"),
        ("Northside Youth Soccer League", "northsidesoccer"), ("Clean Water Coalition", "cleanwatercoalition"),
        ("Tenants Union of Maple County", "mapletenants"), ("Bethel AME Church", "bethelame"),
        ("Open Door Literacy Project", "opendoorliteracy"), ("Valley Hospice Foundation", "valleyhospice"),
        ("State Bar Association of Ostrava County", "ocbar"), ("Temple Beth Shalom", "bethshalomtemple"),
        ("Harvest Table Ministries", "harvesttable"), ("Youth Vote Alliance", "youthvotealliance"),
        ("Audubon Society of the Coastal Plain", "coastalaudubon"), ("St. Mark's Lutheran", "stmarks")]
PEOPLE = ["Maria Okafor", "Daniel Reyes", "Ruth Lindqvist", "Samuel Chen", "Grace Mwangi",
          "Tom Becker", "Aisha Rahman", "Paul O'Neill", "Hannah Kowalski", "Luis Ortega",
          "Esther Nakamura", "Joseph Abebe", "Carol Whitfield", "Nate Sullivan", "Priya Raman"]
FUNDS = ["General Operating", "Building Fund", "Missions", "Scholarship Fund", "Food Pantry",
         "Capital Campaign", "Youth Ministry", "Endowment", "Disaster Relief", "Annual Fund"]
CAMPAIGNS = ["SPRING-GALA", "GIVINGTUESDAY", "EOY-APPEAL", "CAPITAL", "BACK2SCHOOL", "WALKATHON",
             "EASTER-OFFERING", "ADVENT", "MEMBERSHIP-RENEW", "MATCH-CHALLENGE"]
NEUTRAL = [["primary"], ["value"], ["auth"], ["creds"], ["handle"], ["conn", "value"],
           ["remote", "ref"], ["upstream", "param"], ["integration", "value"], ["p1"], ["k"],
           ["partner", "code"], ["cfg", "x"], ["sync", "param"], ["access"], ["bridge", "val"],
           ["svc", "blob"], ["seed"], ["opt", "b"], ["ident"]]


def org(r):
    return r.choice(ORGS)


def person(r):
    return r.choice(PEOPLE)


def year(r):
    return r.choice([2021, 2022, 2023, 2024, 2025])


def date(r):
    return "%d-%02d-%02d" % (year(r), r.randrange(1, 13), r.randrange(1, 29))


def ein(r):
    return "%02d-%07d" % (r.randrange(10, 99), r.randrange(1000000, 9999999))


def campaign_code(r):
    return "%s-%d" % (r.choice(CAMPAIGNS), year(r))


def fund_code(r):
    return "FND-%s-%03d" % (r.choice(["GEN", "BLDG", "MISS", "SCHL", "PNTRY", "CAP", "YTH", "ENDW"]),
                            r.randrange(1, 300))


def sf_id(r, prefix="003"):
    return prefix + r.choice(["5g", "8b", "Dn", "4x", "Hs"]) + "0000" + rs(r, 6, ALNUM) + rs(r, 3, UPP)


# ---------------------------------------------------------------- naming
def name_of(words, style):
    w = [x.lower() for x in words]
    if style == "snake":
        return "_".join(w)
    if style == "screaming":
        return "_".join(w).upper()
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(w)
    if style == "dot":
        return ".".join(w)
    if style == "sf":
        return "_".join(x.capitalize() for x in w) + "__c"
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    raise ValueError(style)


# ---------------------------------------------------------------- env / secret-manager refs
def env_ref(lang, env, r):
    if lang == "py":
        return r.choice(['os.environ["%s"]', "os.getenv('%s')", 'os.environ.get("%s", "")']) % env
    if lang in ("js", "ts"):
        return "process.env.%s" % env
    if lang == "php":
        return r.choice(["getenv('%s')", "$_ENV['%s']", "getenv('%s') ?: ''"]) % env
    if lang == "gs":
        return "PropertiesService.getScriptProperties().getProperty('%s')" % env
    if lang == "ps1":
        return "$env:%s" % env
    if lang == "cls":
        return "Integration_Settings__c.getOrgDefaults().%s" % name_of(env.split("_"), "sf")
    if lang == "sh":
        return '"${%s}"' % env
    if lang == "rb":
        return r.choice(['ENV.fetch("%s")', "ENV['%s']"]) % env
    if lang == "cs":
        return 'Environment.GetEnvironmentVariable("%s")' % env
    if lang == "tf":
        return "var.%s" % env.lower()
    if lang in ("yaml", "ini", "props", "toml", "xml", "md"):
        return "${%s}" % env
    if lang == "ghyaml":
        return "${{ secrets.%s }}" % env
    if lang == "json":
        return "{{%s}}" % env.lower()
    if lang == "http":
        return "{{$dotenv %s}}" % env
    if lang == "sfxml":
        return "{!$Credential.Password}"
    return None


def secret_ref(r, env, orgslug):
    c = r.randrange(5)
    if c == 0:
        return "arn:aws:secretsmanager:us-east-1:%d:secret:prod/%s/%s-%s" % (
            r.randrange(10**11, 10**12), orgslug, env.lower().replace("_", "-"), rs(r, 6, ALNUM))
    if c == 1:
        return "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (
            orgslug[:12], env.lower().replace("_", "-"))
    if c == 2:
        return "vault:secret/data/%s/integrations#%s" % (orgslug, env.lower())
    if c == 3:
        return "op://Development/%s/credential" % env.replace("_", " ").title()
    return "projects/%s-prod/secrets/%s/versions/latest" % (orgslug, env.lower().replace("_", "-"))


PLACEHOLDERS = ["YOUR_API_KEY", "<your-api-key>", "changeme", "REPLACE_ME", "xxxxxxxxxxxxxxxx",
                "<insert key here>", "TODO", "your-key-here", "${API_KEY}", "{{ api_key }}",
                "PASTE_KEY_HERE", "<SECRET>", "dummy", "not-set", "fill-me-in"]


def placeholder(r, kind):
    c = r.random()
    if c < 0.35:
        return r.choice(PLACEHOLDERS)
    words = r.choice(kind["words"])
    if c < 0.7:
        return "<%s>" % name_of(words, r.choice(["kebab", "snake"]))
    if c < 0.85:
        return "YOUR_" + name_of(words, "screaming")
    return "x" * r.choice([16, 24, 32])


def masked(r, kind):
    sample = kind["gen"](r)
    tail = sample[-4:].replace("|", "0").replace("%", "0")
    c = r.randrange(5)
    if c == 0:
        return "*" * r.choice([8, 12, 20]) + tail
    if c == 1:
        pre = sample[:8] if sample.startswith(("sk_live_", "rk_live_", "whsec_", "ghp_", "SG.")) else ""
        pre = pre[:pre.find("_") + 1] if "_" in pre else pre[:3] if pre.startswith("SG.") else ""
        return pre + "\u2022" * 12 + tail
    if c == 2:
        return "[REDACTED]"
    if c == 3:
        return "********"
    return "<redacted:%s>" % kind["id"]


def encrypted(r):
    if r.random() < 0.5:
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
            rmix(r, r.choice([44, 64]), B64), rmix(r, 43, B64) + "=", rmix(r, 22, B64) + "==")
    return "AgB" + rmix(r, 120, B64URL)  # sealed-secrets style ciphertext


# ---------------------------------------------------------------- slot
NEG_MODES = ["env", "env", "secretref", "placeholder", "placeholder", "masked", "empty",
             "encrypted", "example", "public"]


class Slot:
    """One credential slot in a template. positive -> real-looking secret; else a look-alike."""

    def __init__(self, r, kind, lang, positive):
        self.r = r
        self.k = kind = dict(kind)
        if kind["id"] == "mailchimp":
            kind["base"] = "https://us%d.api.mailchimp.com/3.0" % r.randrange(1, 22)
        self.lang = lang
        self.positive = positive
        self.org, self.orgslug = org(r)
        self.obvious = r.random() < 0.5
        self.obv_words = r.choice(kind["words"])
        self.words = self.obv_words if self.obvious else r.choice(NEUTRAL)
        self.env = name_of(self.obv_words, "screaming")
        self.expr = None          # language expression instead of a literal
        self.secret = None        # the needle, positives only
        self.neg_kind = None
        self.pub = None
        auth = kind["auth"]
        if kind["pub"] is not None:
            pw, pg, safe = kind["pub"]
            if positive or safe:
                self.pub = (pw, pg(r))
        if positive:
            self.secret = kind["gen"](r)
            self.password = self.secret
        else:
            self._negative(lang)
        if kind["id"] == "mailchimp":
            fix_mailchimp_dc(self)
        self.value = self._full_value()

    def _negative(self, lang):
        r, kind = self.r, self.k
        modes = list(NEG_MODES)
        if kind["example"] is None:
            modes = [m for m in modes if m != "example"]
        if kind["public"] is None:
            modes = [m for m in modes if m != "public"]
        if lang not in ("yaml", "ghyaml", "env", "json", "ini", "toml", "props", "xml", "tf"):
            modes = [m for m in modes if m != "secretref"]
        if env_ref(lang, self.env, r) is None:
            modes = [m for m in modes if m != "env"]
        if kind["auth"][0] == "dsn" or lang not in ("yaml", "ghyaml", "env", "json", "ini", "toml", "props", "xml"):
            modes = [m for m in modes if m not in ("encrypted",)]
        mode = r.choice(modes)
        self.neg_kind = {"env": "env_reference", "secretref": "secret_manager_reference",
                         "placeholder": "placeholder", "masked": "masked_value", "empty": "empty_value",
                         "encrypted": "ciphertext", "example": "documented_example",
                         "public": "publishable_key"}[mode]
        self.password = None
        if mode == "env":
            self.expr = env_ref(lang, self.env, r)
            self.password = "${%s}" % self.env if kind["auth"][0] == "dsn" else None
            if kind["auth"][0] == "dsn" and r.random() < 0.5:
                self.expr = None
                self.neg_value = None  # filled by _full_value via password
                return
        elif mode == "secretref":
            self.neg_value = secret_ref(r, self.env, self.orgslug)
        elif mode == "placeholder":
            self.neg_value = placeholder(r, kind)
        elif mode == "masked":
            self.neg_value = masked(r, kind)
        elif mode == "empty":
            self.neg_value = ""
        elif mode == "encrypted":
            self.neg_value = encrypted(r)
        elif mode == "example":
            self.neg_value = kind["example"]
        elif mode == "public":
            pw, pg = kind["public"]
            self.words = pw if self.obvious else self.words
            self.env = name_of(pw, "screaming")
            self.neg_value = pg(r)
            self.pub = None
        if kind["auth"][0] == "dsn" and self.password is None:
            self.password = getattr(self, "neg_value", "")

    def _full_value(self):
        kind, auth = self.k, self.k["auth"]
        if self.expr is not None:
            return None
        if auth[0] == "dsn":
            scheme = auth[1]
            pw = self.password if self.password is not None else ""
            if not self.positive and ("/" in pw or "?" in pw or "#" in pw or "@" in pw or " " in pw
                                      or len(pw) > 40):
                pw = "CHANGE_ME"
                self.password = pw
                self.neg_kind = "placeholder"
            user = {"mysql": self.r.choice(["civicrm", "wp_giving", "drupal", "crm_app"]),
                    "postgresql": self.r.choice(["etl", "giving_ro", "donors", "analytics"])}[scheme]
            self.db_user = user
            port = 3306 if scheme == "mysql" else 5432
            db = self.r.choice(["civicrm", "giving", "donors", "crm", "warehouse"])
            self.db_name = db
            if pw == "":
                return "%s://%s@%s:%d/%s" % (scheme, user, kind["base"], port, db)
            return "%s://%s:%s@%s:%d/%s" % (scheme, user, pw, kind["base"], port, db)
        if self.positive:
            return self.secret
        return self.neg_value

    # --- rendering helpers
    def name(self, style):
        return name_of(self.words, style)

    def env_name(self):
        return self.env

    def code(self, q='"'):
        """expression or quoted literal for code languages"""
        if self.expr is not None:
            return self.expr
        return q + self.value + q

    def raw(self, quote=""):
        """value for config formats: literal, or the format's reference syntax"""
        if self.expr is not None:
            return self.expr
        return quote + self.value + quote

    def pw_raw(self, quote=""):
        """just the password (db kinds) for config formats"""
        if self.positive:
            return quote + self.secret + quote
        if self.expr is not None:
            return self.expr
        return quote + (self.password or "") + quote

    def is_db(self):
        return self.k["auth"][0] == "dsn"


# ---------------------------------------------------------------- code rendering helpers
HTTP_AUTH = ("header", "basic", "query", "oauth", "webhook")
PATHS = {"sky_sub": "/constituents?limit=500", "sky_secret": "/constituent/v1/constituents",
         "renxt_refresh": "/gifts?limit=200", "sf_secret": "/query?q=SELECT+Id+FROM+Opportunity",
         "sf_token": "/services/Soap/u/59.0", "sf_session": "/sobjects/Contact/describe",
         "sf_password": "/services/Soap/u/59.0", "bloomerang": "/transactions?take=50",
         "neon": "/donations/search", "lgl": "/constituents.json", "donorbox": "/donations",
         "givebutter": "/transactions", "classy": "/organizations/61544/transactions",
         "kindful": "/contacts", "donorperfect": "", "virtuous": "/Gift/Query",
         "pco_pat": "/people?per_page=100", "pco_oauth": "/check_ins",
         "tithely": "/giving/transactions", "pushpay": "/organization/recentpayments",
         "breeze": "/people", "ccb": "?srv=individual_profiles", "rock": "/People/Search",
         "wildapricot": "/accounts/218734/contacts", "memberclicks": "/profile",
         "everyorg": "/donations", "benevity": "/causes/840-123456789/donations",
         "civi_site": "/Contact/get", "civi_api": "/Contribution/get", "actionnetwork": "/people",
         "ngpvan": "/people/find", "mobilize": "/organizations/4213/events",
         "mailchimp": "/lists/4f2c9a0e1d/members", "stripe": "/charges?limit=100",
         "stripe_wh": "", "paypal": "/v1/reporting/transactions", "anet": "",
         "square": "/payments", "sendgrid": "/mail/send", "twilio": "/Accounts/{sid}/Messages.json",
         "google": "/1AbCdEf/values/Gifts!A1:H", "github": "/repos/hopeharbor/site/dispatches"}

DEFQ = {"py": '"', "js": "'", "ts": "'", "gs": "'", "php": "'", "cls": "'", "cs": '"', "rb": '"',
        "ps1": "'", "sh": '"'}
CATOP = {"php": " . "}


def qlit(lang, text, q=None):
    q = q or DEFQ.get(lang, '"')
    if q in text:
        q = "'" if q == '"' else '"'
    return q + text + q


def cat(lang, parts):
    out = []
    for kind, v in parts:
        if v == "" and kind == "lit":
            continue
        out.append(qlit(lang, v) if kind == "lit" else v)
    return CATOP.get(lang, " + ").join(out)


def vexpr(lang, s, fmt="{}", var=None, q=None):
    """value for an auth slot: via variable name, env expr, or inline literal"""
    pre, suf = fmt.split("{}")
    if var is None and s.expr is None:
        return qlit(lang, pre + s.value + suf, q)
    core = var if var is not None else s.expr
    if lang == "py" and var is not None and (pre or suf) and '"' not in pre + suf:
        return 'f"%s{%s}%s"' % (pre, var, suf)
    return cat(lang, [("lit", pre), ("expr", core), ("lit", suf)])


def pub_env(s):
    pw = s.k["pub"][0] if s.k["pub"] else ["client", "id"]
    return name_of(pw, "screaming")


def user_code(lang, s):
    auth = s.k["auth"]
    if auth[0] == "basic" and auth[2] is not None:
        return qlit(lang, auth[2])
    if s.pub is not None:
        return qlit(lang, s.pub[1])
    return env_ref(lang, pub_env(s), s.r)


def url_of(s):
    k = s.k
    path = PATHS.get(k["id"], "")
    if "{sid}" in path:
        path = path.replace("{sid}", s.pub[1] if s.pub else "ACCOUNT_SID")
    return k["base"] + path


def spec_for(lang, s, var=None):
    """request description: method, url(code), headers, basic, params, form, json"""
    k, a = s.k, s.k["auth"]
    sp = {"method": "GET", "url": qlit(lang, url_of(s)), "headers": [], "basic": None,
          "params": [], "form": [], "json": False}
    if a[0] == "header":
        sp["headers"].append((a[1], vexpr(lang, s, a[2], var)))
        sp["headers"].append(("Accept", qlit(lang, "application/json")))
    elif a[0] == "basic":
        sp["basic"] = (user_code(lang, s), vexpr(lang, s, "{}", var))
    elif a[0] == "query":
        if k["id"] == "donorperfect":
            sp["params"].append(("action", qlit(lang, "dp_gifts")))
        sp["params"].append((a[1], vexpr(lang, s, "{}", var)))
    elif a[0] == "oauth":
        sp["method"] = "POST"
        sp["url"] = qlit(lang, a[1])
        if k["kind"] == "refresh_token":
            sp["form"] = [("grant_type", qlit(lang, "refresh_token")),
                          ("refresh_token", vexpr(lang, s, "{}", var)),
                          ("client_id", env_ref(lang, "SKY_CLIENT_ID", s.r)),
                          ("client_secret", env_ref(lang, "SKY_CLIENT_SECRET", s.r))]
        else:
            cid = qlit(lang, s.pub[1]) if s.pub else env_ref(lang, pub_env(s), s.r)
            sp["form"] = [("grant_type", qlit(lang, "client_credentials")), ("client_id", cid),
                          ("client_secret", vexpr(lang, s, "{}", var))]
    elif a[0] == "webhook":
        sp["method"] = "POST"
        sp["url"] = vexpr(lang, s, "{}", var)
        sp["json"] = True
    return sp


def ind(lines, n):
    return [(" " * n + x) if x else x for x in lines]


def req_py(sp, resvar="resp"):
    m = sp["method"].lower()
    out = ["%s = requests.%s(" % (resvar, m), "    %s," % sp["url"]]
    if sp["headers"]:
        out.append("    headers={")
        out += ['        "%s": %s,' % (h, v) for h, v in sp["headers"]]
        out.append("    },")
    if sp["basic"]:
        out.append("    auth=(%s, %s)," % sp["basic"])
    if sp["params"]:
        out.append("    params={%s}," % ", ".join('"%s": %s' % kv for kv in sp["params"]))
    if sp["form"]:
        out.append("    data={")
        out += ['        "%s": %s,' % kv for kv in sp["form"]]
        out.append("    },")
    if sp["json"]:
        out.append("    json=payload,")
    out += ["    timeout=30,", ")", "%s.raise_for_status()" % resvar]
    return out


def req_js(sp, resvar="res"):
    out = ["const %s = await axios({" % resvar, "  method: '%s'," % sp["method"].lower(),
           "  url: %s," % sp["url"]]
    if sp["headers"]:
        out.append("  headers: {")
        out += ["    '%s': %s," % (h, v) for h, v in sp["headers"]]
        out.append("  },")
    if sp["basic"]:
        out.append("  auth: { username: %s, password: %s }," % sp["basic"])
    if sp["params"]:
        out.append("  params: { %s }," % ", ".join("%s: %s" % kv for kv in sp["params"]))
    if sp["form"]:
        out.append("  data: new URLSearchParams({")
        out += ["    %s: %s," % kv for kv in sp["form"]]
        out.append("  }),")
    if sp["json"]:
        out.append("  data: payload,")
    out += ["  timeout: 30000,", "});"]
    return out


def req_php(sp, resvar="$response"):
    out = ["%s = wp_remote_%s(" % (resvar, "post" if sp["method"] == "POST" else "get")]
    url = sp["url"]
    if sp["params"]:
        url = "add_query_arg( array( %s ), %s )" % (
            ", ".join("'%s' => %s" % kv for kv in sp["params"]), url)
    out.append("    %s," % url)
    out.append("    array(")
    hdr = list(sp["headers"])
    if sp["basic"]:
        hdr.append(("Authorization", "'Basic ' . base64_encode( %s . ':' . %s )" % sp["basic"]))
    if hdr:
        out.append("        'headers' => array(")
        out += ["            '%s' => %s," % hv for hv in hdr]
        out.append("        ),")
    if sp["form"]:
        out.append("        'body'    => array(")
        out += ["            '%s' => %s," % kv for kv in sp["form"]]
        out.append("        ),")
    if sp["json"]:
        out.append("        'body'    => wp_json_encode( $payload ),")
    out += ["        'timeout' => 20,", "    )", ");"]
    return out


def req_gs(sp, resvar="response"):
    out = ["var options = {", "  method: '%s'," % sp["method"].lower(), "  muteHttpExceptions: true,"]
    hdr = list(sp["headers"])
    if sp["basic"]:
        hdr.append(("Authorization", "'Basic ' + Utilities.base64Encode(%s + ':' + %s)" % sp["basic"]))
    if hdr:
        out.append("  headers: {")
        out += ["    '%s': %s," % hv for hv in hdr]
        out.append("  },")
    if sp["form"]:
        out.append("  payload: {")
        out += ["    %s: %s," % kv for kv in sp["form"]]
        out.append("  },")
    if sp["json"]:
        out += ["  contentType: 'application/json',", "  payload: JSON.stringify(payload),"]
    out.append("};")
    url = sp["url"]
    if sp["params"]:
        url = url + " + '?' + " + " + '&' + ".join("'%s=' + %s" % kv for kv in sp["params"])
    out.append("var %s = UrlFetchApp.fetch(%s, options);" % (resvar, url))
    return out


def req_ps1(sp):
    out = []
    hdr = list(sp["headers"])
    if sp["basic"]:
        out.append("$pair = '{0}:{1}' -f %s, %s" % sp["basic"])
        out.append("$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))")
        hdr.append(("Authorization", '"Basic $basic"'))
    if hdr:
        out.append("$headers = @{")
        out += ["    '%s' = %s" % hv for hv in hdr]
        out.append("}")
    url = sp["url"]
    if sp["params"]:
        out.append("$query = @{ %s }" % "; ".join("%s = %s" % kv for kv in sp["params"]))
    if sp["form"]:
        out.append("$body = @{")
        out += ["    %s = %s" % kv for kv in sp["form"]]
        out.append("}")
    call = "$result = Invoke-RestMethod -Method %s -Uri %s" % (sp["method"].capitalize(), url)
    if hdr:
        call += " -Headers $headers"
    if sp["params"]:
        call += " -Body $query"
    if sp["form"]:
        call += " -Body $body"
    if sp["json"]:
        call += " -ContentType 'application/json' -Body ($payload | ConvertTo-Json -Depth 5)"
    out.append(call)
    return out


def req_cls(sp):
    out = ["HttpRequest req = new HttpRequest();"]
    url = sp["url"]
    if sp["params"]:
        url = url + " + '?' + " + " + '&' + ".join("'%s=' + %s" % kv for kv in sp["params"])
    out.append("req.setEndpoint(%s);" % url)
    out.append("req.setMethod('%s');" % sp["method"])
    for h, v in sp["headers"]:
        out.append("req.setHeader('%s', %s);" % (h, v))
    if sp["basic"]:
        out.append("Blob creds = Blob.valueOf(%s + ':' + %s);" % sp["basic"])
        out.append("req.setHeader('Authorization', 'Basic ' + EncodingUtil.base64Encode(creds));")
    if sp["form"]:
        out.append("req.setHeader('Content-Type', 'application/x-www-form-urlencoded');")
        out.append("req.setBody(")
        body = ["'%s=' + EncodingUtil.urlEncode(%s, 'UTF-8')" % kv for kv in sp["form"]]
        out.append("    " + body[0])
        out += ["    + '&' + " + b for b in body[1:]]
        out.append(");")
    if sp["json"]:
        out.append("req.setHeader('Content-Type', 'application/json');")
        out.append("req.setBody(JSON.serialize(payload));")
    out.append("req.setTimeout(20000);")
    out.append("HttpResponse res = new Http().send(req);")
    return out


def req_rb(sp):
    out = []
    url = sp["url"]
    out.append("conn = Faraday.new(url: %s) do |f|" % url)
    if sp["basic"]:
        out.append("  f.request :authorization, :basic, %s, %s" % sp["basic"])
    if sp["form"]:
        out.append("  f.request :url_encoded")
    if sp["json"]:
        out.append("  f.request :json")
    out.append("  f.response :raise_error")
    out.append("end")
    call = "resp = conn.%s do |req|" % sp["method"].lower()
    out.append(call)
    for h, v in sp["headers"]:
        out.append("  req.headers[\"%s\"] = %s" % (h, v))
    for kv in sp["params"]:
        out.append("  req.params[\"%s\"] = %s" % kv)
    if sp["form"]:
        out.append("  req.body = { %s }" % ", ".join("%s: %s" % kv for kv in sp["form"]))
    if sp["json"]:
        out.append("  req.body = payload")
    out.append("end")
    return out


def req_cs(sp):
    out = []
    for h, v in sp["headers"]:
        out.append("_http.DefaultRequestHeaders.Add(\"%s\", %s);" % (h, v))
    if sp["basic"]:
        out.append("var raw = Encoding.ASCII.GetBytes(%s + \":\" + %s);" % sp["basic"])
        out.append("_http.DefaultRequestHeaders.Authorization = "
                   "new AuthenticationHeaderValue(\"Basic\", Convert.ToBase64String(raw));")
    url = sp["url"]
    if sp["params"]:
        url = url + " + \"?\" + " + " + \"&\" + ".join("\"%s=\" + %s" % kv for kv in sp["params"])
    if sp["form"]:
        out.append("var form = new FormUrlEncodedContent(new Dictionary<string, string>")
        out.append("{")
        out += ["    [\"%s\"] = %s," % kv for kv in sp["form"]]
        out.append("});")
        out.append("var response = await _http.PostAsync(%s, form);" % url)
    elif sp["json"]:
        out.append("var response = await _http.PostAsJsonAsync(%s, payload);" % url)
    else:
        out.append("var response = await _http.GetAsync(%s);" % url)
    out.append("response.EnsureSuccessStatusCode();")
    return out


def sh_val(s, fmt="{}", var=None):
    """shell fragment inside double quotes"""
    pre, suf = fmt.split("{}")
    pre, suf = pre.replace('"', '\\"'), suf.replace('"', '\\"')
    if var is not None:
        core = "${%s}" % var
    elif s.expr is not None:
        core = s.expr.strip('"')
    else:
        core = s.value
    return pre + core + suf


def req_sh(s, var=None, url_override=None):
    k, a = s.k, s.k["auth"]
    url = url_override or url_of(s)
    out = []
    if a[0] == "header":
        out = ['curl -sS --fail "%s" \\' % url,
               '  -H "%s: %s" \\' % (a[1], sh_val(s, a[2], var)),
               '  -H "Accept: application/json"']
    elif a[0] == "basic":
        user = a[2] if a[2] else (s.pub[1] if s.pub else "${%s}" % pub_env(s))
        out = ['curl -sS --fail -u "%s:%s" \\' % (user, sh_val(s, "{}", var)), '  "%s"' % url]
    elif a[0] == "query":
        extra = "action=dp_gifts&" if k["id"] == "donorperfect" else ""
        out = ['curl -sS --fail "%s?%s%s=%s"' % (url, extra, a[1], sh_val(s, "{}", var))]
    elif a[0] == "oauth":
        if k["kind"] == "refresh_token":
            out = ['curl -sS -X POST "%s" \\' % a[1],
                   '  -d grant_type=refresh_token \\',
                   '  -d "refresh_token=%s" \\' % sh_val(s, "{}", var),
                   '  -d "client_id=${SKY_CLIENT_ID}" -d "client_secret=${SKY_CLIENT_SECRET}"']
        else:
            cid = s.pub[1] if s.pub else "${%s}" % pub_env(s)
            out = ['curl -sS -X POST "%s" \\' % a[1],
                   '  -d grant_type=client_credentials \\',
                   '  -d "client_id=%s" \\' % cid,
                   '  -d "client_secret=%s"' % sh_val(s, "{}", var)]
    elif a[0] == "webhook":
        out = ['curl -sS -X POST -H "Content-Type: application/json" \\',
               '  --data "{\\"text\\": \\"Nightly gift import finished: ${COUNT} gifts\\"}" \\',
               '  "%s"' % sh_val(s, "{}", var)]
    return out


# ---------------------------------------------------------------- template registry
TEMPLATES = []


def acc_http(k):
    return k["auth"][0] in HTTP_AUTH


def acc_nodb(k):
    return k["auth"][0] != "dsn"


def acc_any(k):
    return True


def acc_db(k):
    return k["auth"][0] == "dsn"


def acc_secretish(k):
    return k["auth"][0] in ("oauth", "basic", "dsn") or k["kind"] in ("password", "api_key")


def template(name, lang, ftype, accept=acc_http, neg_reuse=True):
    def deco(fn):
        TEMPLATES.append(dict(name=name, lang=lang, ftype=ftype, fn=fn, accept=accept,
                              neg_reuse=neg_reuse))
        return fn
    return deco


SLUG = {"Blackbaud SKY API": "blackbaud", "Raiser's Edge NXT": "renxt", "Salesforce": "salesforce",
        "Bloomerang": "bloomerang", "Neon CRM": "neon", "Little Green Light": "lgl",
        "Donorbox": "donorbox", "Givebutter": "givebutter", "Classy (GoFundMe Pro)": "classy",
        "Kindful": "kindful", "DonorPerfect": "donorperfect", "Virtuous": "virtuous",
        "Planning Center": "pco", "Tithe.ly": "tithely", "Pushpay": "pushpay",
        "Breeze ChMS": "breeze", "Church Community Builder": "ccb", "Rock RMS": "rock",
        "Wild Apricot": "wildapricot", "MemberClicks": "memberclicks", "Every.org": "everyorg",
        "Benevity": "benevity", "CiviCRM": "civicrm", "Action Network": "actionnetwork",
        "EveryAction / NGP VAN": "everyaction", "Mobilize": "mobilize", "Mailchimp": "mailchimp",
        "Stripe": "stripe", "PayPal": "paypal", "Authorize.Net": "authorizenet", "Square": "square",
        "AWS": "aws", "SendGrid": "sendgrid", "Twilio": "twilio", "Google Cloud": "google",
        "GitHub": "github", "Slack": "slack", "MySQL": "mysql", "PostgreSQL": "postgres"}


def slug(s):
    return SLUG[s.k["provider"]]


def pascal_slug(s):
    sl = slug(s)
    return {"pco": "PlanningCenter", "ccb": "Ccb", "lgl": "LittleGreenLight", "renxt": "RaisersEdge",
            "everyaction": "EveryAction", "actionnetwork": "ActionNetwork",
            "wildapricot": "WildApricot", "donorperfect": "DonorPerfect",
            "memberclicks": "MemberClicks", "civicrm": "CiviCrm", "authorizenet": "AuthorizeNet",
            "everyorg": "EveryOrg"}.get(sl, sl.capitalize())


def hdr_comment(r, s, c="#"):
    o = s.org
    opts = ["%s %s integration for %s" % (c, s.k["provider"], o),
            "%s Sync job: %s -> data warehouse (%s)" % (c, s.k["provider"], o),
            "%s Maintained by the %s tech volunteers. Questions: #data-team" % (c, o),
            "%s %s - nightly donor/gift pull" % (c, o)]
    return r.choice(opts)


# ---------------------------------------------------------------- code templates (HTTP)
@template("py_sync_script", "py", "python")
def t_py_sync(r, s):
    sl = slug(s)
    rel = r.choice(["scripts/sync_%s.py" % sl, "sync/%s_pull.py" % sl, "etl/extract_%s.py" % sl,
                    "tools/%s_export.py" % sl])
    style = r.choice(["screaming", "snake"])
    var = s.name(style)
    L = ['"""Pull recent records from %s and write them to CSV for the finance team."""' % s.k["provider"],
         "import csv", "import os", "import sys", "from datetime import date, timedelta", "",
         "import requests", "", hdr_comment(r, s)]
    L += ["OUT_DIR = os.environ.get(\"OUT_DIR\", \"exports\")",
          "LOOKBACK_DAYS = %d" % r.choice([1, 7, 30, 90])]
    inline = not s.obvious and r.random() < 0.5
    if not inline:
        if s.pub:
            L.append("%s = \"%s\"" % (name_of(s.k["pub"][0], style), s.pub[1]))
        L.append("%s = %s" % (var, s.code('"')))
    L += ["", "", "def fetch(since):"]
    if s.k["auth"][0] == "webhook":
        L += ["    payload = {\"text\": f\"Gift sync finished since {since}\"}"]
    body = req_py(spec_for("py", s, None if inline else var))
    L += ind(body, 4)
    L += ["    return resp.json()", "", "",
          "def main():",
          "    since = date.today() - timedelta(days=LOOKBACK_DAYS)",
          "    data = fetch(since.isoformat())",
          "    rows = data.get(\"value\") or data.get(\"data\") or []",
          "    path = os.path.join(OUT_DIR, f\"%s_{since:%%Y%%m%%d}.csv\")" % sl,
          "    with open(path, \"w\", newline=\"\") as fh:",
          "        w = csv.writer(fh)",
          "        for row in rows:",
          "            w.writerow([row.get(\"id\"), row.get(\"amount\"), row.get(\"date\")])",
          "    print(f\"wrote {len(rows)} rows to {path}\", file=sys.stderr)", "", "",
          "if __name__ == \"__main__\":", "    main()", ""]
    return rel, "\n".join(L)


@template("py_client_positional", "py", "python")
def t_py_client(r, s):
    sl = slug(s)
    cls = pascal_slug(s) + "Client"
    rel = r.choice(["%s_sync/clients/%s.py" % (s.orgslug, sl), "app/integrations/%s.py" % sl,
                    "src/giving/%s_client.py" % sl])
    L = ["import logging", "", "import requests", "", "log = logging.getLogger(__name__)", "", "",
         "class %s:" % cls,
         '    """Thin wrapper around the %s API."""' % s.k["provider"], "",
         "    def __init__(self, secret, base_url=%s):" % qlit("py", s.k["base"]),
         "        self.secret = secret", "        self.base_url = base_url.rstrip(\"/\")",
         "        self.session = requests.Session()", "",
         "    def get(self):"]
    body = req_py(spec_for("py", s, "self.secret"))
    L += ind(["payload = {\"text\": \"ping\"}"] if s.k["auth"][0] == "webhook" else [], 8)
    L += ind(body, 8)
    L += ["        return resp.json()", "", "",
          "def build_default():",
          "    # TODO(%s): move to settings" % person(r).split()[0].lower(),
          "    return %s(%s)" % (cls, s.code(r.choice(['"', "'"]))), ""]
    return rel, "\n".join(L)


@template("py_airflow_dag", "py", "python")
def t_py_airflow(r, s):
    sl = slug(s)
    rel = "dags/%s_%s.py" % (sl, r.choice(["nightly", "gift_sync", "donor_refresh"]))
    key = s.name("snake")
    L = ["from datetime import datetime, timedelta", "",
         "from airflow import DAG", "from airflow.operators.python import PythonOperator", "",
         "from plugins.giving import load_%s" % sl, "",
         "default_args = {", '    "owner": "data-team",', '    "retries": 2,',
         '    "retry_delay": timedelta(minutes=10),', '    "email": ["data@%s.org"],' % s.orgslug, "}", "",
         "with DAG(", '    dag_id="%s_to_warehouse",' % sl,
         "    start_date=datetime(%d, 1, 1)," % year(r),
         '    schedule="%s",' % r.choice(["0 3 * * *", "@daily", "15 2 * * 1-5"]),
         "    catchup=False,", "    default_args=default_args,",
         '    tags=["giving", "%s"],' % sl, ") as dag:",
         "    load = PythonOperator(", '        task_id="load_%s",' % sl,
         "        python_callable=load_%s," % sl, "        op_kwargs={",
         '            "base_url": "%s",' % s.k["base"]]
    if s.pub:
        L.append('            "%s": "%s",' % (name_of(s.k["pub"][0], "snake"), s.pub[1]))
    L += ['            "%s": %s,' % (key, s.code('"')),
          '            "page_size": %d,' % r.choice([100, 250, 500]),
          "        },", "    )", ""]
    return rel, "\n".join(L)


@template("js_node_sync", "js", "javascript")
def t_js_sync(r, s):
    sl = slug(s)
    rel = r.choice(["src/sync/%s.js" % sl, "jobs/%sSync.js" % sl, "lib/%s.js" % sl,
                    "functions/%s-sync/index.js" % sl])
    var = s.name(r.choice(["camel", "screaming"]))
    inline = not s.obvious and r.random() < 0.5
    L = ["'use strict';", "", "const axios = require('axios');", "const { upsertGifts } = require('../db');",
         "", hdr_comment(r, s, "//"), "const PAGE_SIZE = %d;" % r.choice([50, 100, 200])]
    if not inline:
        if s.pub:
            L.append("const %s = '%s';" % (name_of(s.k["pub"][0], "camel"), s.pub[1]))
        L.append("const %s = %s;" % (var, s.code("'")))
    L += ["", "async function pull(since) {"]
    if s.k["auth"][0] == "webhook":
        L.append("  const payload = { text: `Gift sync since ${since}` };")
    L += ind(req_js(spec_for("js", s, None if inline else var)), 2)
    L += ["  return res.data;", "}", "",
          "module.exports = async function run() {",
          "  const since = new Date(Date.now() - 864e5).toISOString();",
          "  const data = await pull(since);",
          "  const rows = Array.isArray(data) ? data : data.results || [];",
          "  await upsertGifts(rows.slice(0, PAGE_SIZE));",
          "  console.log(`synced ${rows.length} records`);", "};", ""]
    return rel, "\n".join(L)


@template("gas_code", "gs", "apps-script")
def t_gas(r, s):
    rel = r.choice(["Code.gs", "apps-script/Sync.gs", "src/%s.gs" % pascal_slug(s)])
    var = s.name(r.choice(["screaming", "camel"]))
    inline = not s.obvious and r.random() < 0.5
    L = ["/**", " * Pulls %s data into the \"%s\" sheet." % (s.k["provider"], r.choice(["Gifts", "Donors", "Attendance", "Members"])),
         " * Trigger: time-driven, every %s." % r.choice(["hour", "morning", "Monday"]), " */",
         "var SHEET_NAME = '%s';" % r.choice(["Gifts", "Donors", "Import"])]
    if not inline:
        if s.pub:
            L.append("var %s = '%s';" % (name_of(s.k["pub"][0], "screaming"), s.pub[1]))
        L.append("var %s = %s;" % (var, s.code("'")))
    L += ["", "function syncToSheet() {"]
    if s.k["auth"][0] == "webhook":
        L.append("  var payload = { text: 'Sheet refreshed' };")
    L += ind(req_gs(spec_for("gs", s, None if inline else var)), 2)
    L += ["  var data = JSON.parse(response.getContentText());",
          "  var sheet = SpreadsheetApp.getActive().getSheetByName(SHEET_NAME);",
          "  var rows = (data.value || data.data || []).map(function (g) {",
          "    return [g.id, g.amount, g.date, g.fund];", "  });",
          "  if (rows.length) sheet.getRange(2, 1, rows.length, 4).setValues(rows);",
          "  Logger.log('Imported ' + rows.length + ' rows');", "}", ""]
    return rel, "\n".join(L)


@template("php_wp_plugin", "php", "php-wordpress")
def t_wp_plugin(r, s):
    sl = slug(s)
    dirn = "%s-%s" % (s.orgslug[:14], r.choice(["giving", "donations", "members", "sync"]))
    rel = "wp-content/plugins/%s/%s.php" % (dirn, dirn)
    const = name_of([s.orgslug[:6]] + s.words, "screaming")
    L = ["<?php", "/**", " * Plugin Name: %s %s Bridge" % (s.org, s.k["provider"]),
         " * Description: Sends donation form entries to %s." % s.k["provider"],
         " * Version: %d.%d.%d" % (r.randrange(0, 3), r.randrange(0, 10), r.randrange(0, 20)),
         " * Author: %s" % person(r), " */", "", "if ( ! defined( 'ABSPATH' ) ) {", "    exit;", "}", ""]
    inline = not s.obvious and r.random() < 0.4
    if not inline:
        L.append("define( '%s', %s );" % (const, s.code("'")))
        var = const
    else:
        var = None
    if s.pub:
        L.append("define( '%s', '%s' );" % (name_of([s.orgslug[:6]] + s.k["pub"][0], "screaming"), s.pub[1]))
    L += ["", "add_action( 'gform_after_submission_%d', '%s_push_entry', 10, 2 );" % (r.randrange(1, 30), dirn.replace("-", "_")),
          "", "function %s_push_entry( $entry, $form ) {" % dirn.replace("-", "_"),
          "    $payload = array(", "        'email'  => rgar( $entry, '3' ),",
          "        'amount' => rgar( $entry, '5' ),", "        'fund'   => '%s'," % r.choice(FUNDS),
          "    );"]
    L += ind(req_php(spec_for("php", s, var)), 4)
    L += ["    if ( is_wp_error( $response ) ) {",
          "        error_log( '%s sync failed: ' . $response->get_error_message() );" % s.k["provider"],
          "    }", "}", ""]
    return rel, "\n".join(L)


@template("php_class", "php", "php")
def t_php_class(r, s):
    cls = pascal_slug(s) + "Client"
    rel = r.choice(["src/Integrations/%s.php" % cls, "app/Services/%s.php" % cls, "lib/%s.php" % cls])
    prop = s.name("camel")
    L = ["<?php", "", "declare(strict_types=1);", "",
         "namespace %s\\Integrations;" % pascal_slug(s) if False else "namespace App\\Integrations;", "",
         "use GuzzleHttp\\Client;", "",
         "final class %s" % cls, "{", "    private Client $http;", ""]
    if s.expr is None and r.random() < 0.5:
        L += ["    private const %s = %s;" % (s.name("screaming"), s.code("'")), ""]
        ref = "self::%s" % s.name("screaming")
        L += ["    public function __construct(?Client $http = null)", "    {"]
    elif s.expr is None:
        ref = "$this->%s" % prop
        L += ["    public function __construct(", "        private string $%s = %s," % (prop, s.code("'")),
              "        ?Client $http = null", "    ) {"]
    else:
        ref = "$this->%s" % prop
        L += ["    private string $%s;" % prop, "",
              "    public function __construct(?string $%s = null, ?Client $http = null)" % prop, "    {",
              "        $this->%s = $%s ?? %s;" % (prop, prop, s.expr)]
    L += ["        $this->http = $http ?? new Client(['timeout' => 20]);", "    }", "",
          "    public function fetch(): array", "    {"]
    a = s.k["auth"]
    opts = []
    sp = spec_for("php", s, ref)
    if sp["headers"]:
        opts.append("'headers' => [%s]" % ", ".join("'%s' => %s" % hv for hv in sp["headers"]))
    if sp["basic"]:
        opts.append("'auth' => [%s, %s]" % sp["basic"])
    if sp["params"]:
        opts.append("'query' => [%s]" % ", ".join("'%s' => %s" % kv for kv in sp["params"]))
    if sp["form"]:
        opts.append("'form_params' => [%s]" % ", ".join("'%s' => %s" % kv for kv in sp["form"]))
    if sp["json"]:
        opts.append("'json' => ['text' => 'Donation received']")
    L += ["        $res = $this->http->request('%s', %s, [" % (sp["method"], sp["url"])]
    L += ["            %s," % o for o in opts]
    L += ["        ]);", "", "        return json_decode((string) $res->getBody(), true) ?? [];",
          "    }", "}", ""]
    return rel, "\n".join(L)


@template("apex_class", "cls", "apex")
def t_apex(r, s):
    cls = pascal_slug(s) + r.choice(["Sync", "Callout", "Service"])
    rel = "force-app/main/default/classes/%s.cls" % cls
    var = s.name(r.choice(["screaming", "camel"]))
    inline = not s.obvious and r.random() < 0.5
    L = ["/**", " * Queueable callout to %s, scheduled from %sScheduler." % (s.k["provider"], cls),
         " * Owner: %s (%s)" % (person(r), s.org), " */",
         "public with sharing class %s implements Queueable, Database.AllowsCallouts {" % cls]
    if not inline:
        L.append("    private static final String %s = %s;" % (var, s.code("'")))
        if s.pub:
            L.append("    private static final String %s = '%s';" % (name_of(s.k["pub"][0], "screaming"), s.pub[1]))
    L += ["", "    public void execute(QueueableContext ctx) {"]
    if s.k["auth"][0] == "webhook":
        L.append("        Map<String, Object> payload = new Map<String, Object>{ 'text' => 'Batch done' };")
    L += ind(req_cls(spec_for("cls", s, None if inline else var)), 8)
    L += ["        if (res.getStatusCode() != 200) {",
          "            System.debug(LoggingLevel.ERROR, 'Callout failed: ' + res.getStatus());",
          "            return;", "        }",
          "        List<Object> rows = (List<Object>) JSON.deserializeUntyped(res.getBody());",
          "        System.debug('Received ' + rows.size() + ' records');", "    }", "}", ""]
    return rel, "\n".join(L)


@template("ps1_script", "ps1", "powershell")
def t_ps1(r, s):
    rel = r.choice(["scripts/Export-%sGifts.ps1" % pascal_slug(s), "admin/Sync-%s.ps1" % pascal_slug(s),
                    "ops/Get-%sMembers.ps1" % pascal_slug(s)])
    var = s.name(r.choice(["pascal", "camel"]))
    inline = not s.obvious and r.random() < 0.5
    L = ["<#", ".SYNOPSIS", "    Exports %s records for %s to a CSV on the shared drive." % (s.k["provider"], s.org),
         ".NOTES", "    Run weekly from Task Scheduler on the office server.", "#>",
         "[CmdletBinding()]", "param(",
         "    [string]$OutFile = 'S:\\Finance\\Exports\\%s-$(Get-Date -Format yyyyMMdd).csv'" % slug(s), ")", "",
         "$ErrorActionPreference = 'Stop'"]
    if not inline:
        L.append("$%s = %s" % (var, s.code("'")))
    if s.k["auth"][0] == "webhook":
        L.append("$payload = @{ text = 'Weekly export finished' }")
    L += req_ps1(spec_for("ps1", s, None if inline else "$" + var))
    L += ["$result | Select-Object id, amount, date | Export-Csv -Path $OutFile -NoTypeInformation",
          "Write-Host \"Saved $($result.Count) rows to $OutFile\"", ""]
    return rel, "\n".join(L)


@template("sh_curl", "sh", "shell")
def t_sh(r, s):
    rel = r.choice(["scripts/pull_%s.sh" % slug(s), "bin/%s-backup" % slug(s), "ops/%s_export.sh" % slug(s)])
    var = s.name("screaming")
    inline = not s.obvious and r.random() < 0.5
    L = ["#!/usr/bin/env bash", "# %s export for %s" % (s.k["provider"], s.org), "set -euo pipefail", "",
         'OUT="${OUT:-/var/backups/%s}"' % slug(s), 'STAMP="$(date +%Y%m%d)"', 'COUNT=0']
    if not inline:
        L.append('%s="%s"' % (var, sh_val(s)))
    L += ['mkdir -p "$OUT"', ""]
    body = req_sh(s, None if inline else var)
    body[-1] = body[-1] + ' > "$OUT/%s-$STAMP.json"' % slug(s)
    L += body
    L += ['echo "saved $OUT/%s-$STAMP.json"' % slug(s), ""]
    return rel, "\n".join(L)


@template("rb_initializer", "rb", "ruby")
def t_rb(r, s):
    rel = r.choice(["config/initializers/%s.rb" % slug(s), "lib/%s_client.rb" % slug(s),
                    "lib/tasks/%s.rake" % slug(s)])
    var = s.name("screaming")
    L = ["# frozen_string_literal: true", "", "require \"faraday\"", "",
         "module %s" % pascal_slug(s), "  %s = %s" % (var, s.code('"'))]
    if s.pub:
        L.append("  %s = \"%s\"" % (name_of(s.k["pub"][0], "screaming"), s.pub[1]))
    L += ["", "  def self.fetch"]
    if s.k["auth"][0] == "webhook":
        L.append("    payload = { text: \"Weekly gifts report ready\" }")
    L += ind(req_rb(spec_for("rb", s, var)), 4)
    L += ["    JSON.parse(resp.body)", "  end", "end", ""]
    return rel, "\n".join(L)


@template("cs_service", "cs", "csharp")
def t_cs(r, s):
    cls = pascal_slug(s) + "Client"
    rel = "src/%s.Sync/Services/%s.cs" % (pascal_slug(s) if False else s.orgslug.capitalize(), cls)
    var = "_" + s.name("camel") if r.random() < 0.5 else s.name("pascal")
    L = ["using System;", "using System.Collections.Generic;", "using System.Net.Http;",
         "using System.Net.Http.Headers;", "using System.Net.Http.Json;", "using System.Text;",
         "using System.Threading.Tasks;", "", "namespace %s.Sync.Services" % s.orgslug.capitalize(), "{",
         "    public class %s" % cls, "    {", "        private readonly HttpClient _http;",
         "        private const string %s = %s;" % (var, s.code('"')) if s.expr is None else
         "        private static readonly string %s = %s;" % (var, s.code('"')), "",
         "        public %s(HttpClient http) => _http = http;" % cls, "",
         "        public async Task<string> FetchAsync()", "        {"]
    if s.k["auth"][0] == "webhook":
        L.append("            var payload = new { text = \"Gift import done\" };")
    L += ind(req_cs(spec_for("cs", s, var)), 12)
    L += ["            return await response.Content.ReadAsStringAsync();", "        }", "    }", "}", ""]
    return rel, "\n".join(L)


def hstr(s, fmt="{}"):
    pre, suf = fmt.split("{}")
    return pre + (s.expr if s.expr is not None else s.value) + suf


def yq(v):
    """YAML scalar, quoted when needed"""
    if v == "" or v[0] in "[]{}*&!|>'\"%@`#,?:-" or ": " in v or " #" in v or "{{" in v \
            or v.lower() in ("yes", "no", "true", "false", "null", "on", "off") or v.isdigit():
        return '"%s"' % v
    return v


def xesc(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@template("ipynb_notebook", "py", "jupyter")
def t_ipynb(r, s):
    rel = r.choice(["notebooks/%s_retention.ipynb" % slug(s), "analysis/%s-lapsed-donors.ipynb" % slug(s),
                    "notebooks/%d-giving-report.ipynb" % year(r)])
    var = s.name("snake")
    code1 = ["import pandas as pd", "import requests", "", "BASE = %s" % qlit("py", s.k["base"])]
    if s.pub:
        code1.append("%s = %s" % (name_of(s.k["pub"][0], "snake"), qlit("py", s.pub[1])))
    code1.append("%s = %s  # %s" % (var, s.code('"'), r.choice(["from the admin page", "rotate after FY close", "ask Ruth", "sandbox?"])))
    code2 = (["payload = {\"text\": \"notebook run\"}"] if s.k["auth"][0] == "webhook" else []) + \
        req_py(spec_for("py", s, var)) + ["df = pd.json_normalize(resp.json())", "df.head()"]
    code3 = ["lapsed = df[df[\"last_gift_date\"] < \"%s\"]" % date(r), "lapsed.groupby(\"fund\")[\"amount\"].sum()"]

    def cell(kind, lines, n=None):
        c = {"cell_type": kind, "metadata": {}, "source": [x + "\n" for x in lines[:-1]] + lines[-1:]}
        if kind == "code":
            c["execution_count"] = n
            c["outputs"] = []
        return c
    nb = {"cells": [cell("markdown", ["# %s: lapsed donor review" % s.org, "",
                                      "Pulls gifts from %s and flags LYBUNT/SYBUNT donors." % s.k["provider"]]),
                    cell("code", code1, 1), cell("code", code2, 2), cell("code", code3, 3)],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                       "language_info": {"name": "python", "version": "3.11.%d" % r.randrange(2, 9)}},
          "nbformat": 4, "nbformat_minor": 5}
    return rel, json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


@template("http_client_file", "http", "http-request")
def t_http(r, s):
    rel = r.choice(["api/%s.http" % slug(s), "requests/%s-smoke.http" % slug(s), "%s.rest" % slug(s)])
    a = s.k["auth"]
    var = s.name("camel")
    L = ["# %s smoke tests (VS Code REST Client)" % s.k["provider"], "@baseUrl = %s" % s.k["base"],
         "@%s = %s" % (var, s.raw()), ""]
    path = PATHS.get(s.k["id"], "")
    if a[0] == "header":
        L += ["### list", "GET {{baseUrl}}%s" % path, "%s: %s" % (a[1], a[2].replace("{}", "{{%s}}" % var)),
              "Accept: application/json"]
    elif a[0] == "basic":
        user = a[2] or (s.pub[1] if s.pub else "{{$dotenv %s}}" % pub_env(s))
        L += ["### list", "GET {{baseUrl}}%s" % path, "Authorization: Basic %s:{{%s}}" % (user, var)]
    elif a[0] == "query":
        L += ["### list", "GET {{baseUrl}}%s?%s={{%s}}" % (path, a[1], var)]
    elif a[0] == "oauth":
        cid = s.pub[1] if s.pub else "{{$dotenv %s}}" % pub_env(s)
        field = "refresh_token" if s.k["kind"] == "refresh_token" else "client_secret"
        gt = "refresh_token" if field == "refresh_token" else "client_credentials"
        L += ["### token", "POST %s" % a[1], "Content-Type: application/x-www-form-urlencoded", "",
              "grant_type=%s&client_id=%s&%s={{%s}}" % (gt, cid, field, var)]
    else:
        L += ["### notify", "POST {{%s}}" % var, "Content-Type: application/json", "",
              '{"text": "test from REST client"}']
    L.append("")
    return rel, "\n".join(L)


@template("md_runbook", "md", "markdown")
def t_md(r, s):
    rel = r.choice(["docs/runbook.md", "notes/runbook.md", "docs/integrations/%s.md" % slug(s),
                    "RUNBOOK.md", "wiki/%s-sync.md" % slug(s)])
    L = ["# %s sync runbook" % s.k["provider"], "",
         "_Last updated %s by %s._" % (date(r), person(r)), "",
         "## When the nightly import fails", "",
         "1. Check the job log in the `#%s-alerts` channel." % s.orgslug[:10],
         "2. Re-run the pull by hand from the ops box:", "", "```bash"]
    L += req_sh(s)
    L += ["```", "", "3. If it returns 401, the credential was rotated - update it in the shared vault.",
          "4. Re-import the CSV into the %s batch (batch prefix `B%d-`)." % (r.choice(FUNDS), year(r)), "",
          "## Contacts", "", "- Database admin: %s" % person(r), "- Vendor support: support portal, account #%s" % g_num(r), ""]
    return rel, "\n".join(L)


@template("zapier_export", "json", "zapier-json")
def t_zapier(r, s):
    rel = r.choice(["zapier/%s-to-sheets.json" % slug(s), "automations/zaps/%s_new_gift.json" % slug(s)])
    a = s.k["auth"]
    params = {"method": "GET", "url": url_of(s), "unflatten": True, "data_pass_through": False}
    if a[0] == "header":
        params["headers"] = {a[1]: hstr(s, a[2]), "Accept": "application/json"}
    elif a[0] == "basic":
        params["basic_auth"] = "%s|%s" % (a[2] or (s.pub[1] if s.pub else "{{%s}}" % pub_env(s).lower()), hstr(s))
    elif a[0] == "query":
        params["params"] = {a[1]: hstr(s)}
    elif a[0] == "oauth":
        params["method"] = "POST"
        params["url"] = a[1]
        params["data"] = {"grant_type": "client_credentials",
                          "client_id": s.pub[1] if s.pub else "{{%s}}" % pub_env(s).lower(),
                          ("refresh_token" if s.k["kind"] == "refresh_token" else "client_secret"): hstr(s)}
    else:
        params["method"] = "POST"
        params["url"] = hstr(s)
        params["data"] = {"text": "New gift: {{%d__amount}} from {{%d__donor_name}}" % (r.randrange(100, 999), r.randrange(100, 999))}
    zap = {"metadata": {"version": 2, "exported_at": "%sT1%d:0%d:00Z" % (date(r), r.randrange(0, 9), r.randrange(0, 9))},
           "zaps": [{"id": r.randrange(10**8, 10**9), "title": "%s new gift -> Google Sheets" % s.k["provider"],
                     "status": "on",
                     "steps": [{"id": 1, "type_of": "read", "app": "ScheduleCLIAPI", "action": "every_day",
                                "params": {"time_of_day": "3am", "trigger_on_weekends": False}},
                               {"id": 2, "type_of": "write", "app": "WebHookCLIAPI", "action": "custom_request",
                                "params": params},
                               {"id": 3, "type_of": "write", "app": "GoogleSheetsV2CLIAPI", "action": "add_row",
                                "params": {"spreadsheet": "1%s" % rs(r, 20, DIG), "worksheet": "Gifts"}}]}]}
    return rel, json.dumps(zap, indent=2, ensure_ascii=False) + "\n"


@template("make_blueprint", "json", "make-json")
def t_make(r, s):
    rel = r.choice(["make/blueprint-%s.json" % slug(s), "integromat/%s_scenario.blueprint.json" % slug(s)])
    a = s.k["auth"]
    mapper = {"url": url_of(s), "method": "get", "serializeUrl": False, "parseResponse": True,
              "headers": [], "qs": []}
    if a[0] == "header":
        mapper["headers"].append({"name": a[1], "value": hstr(s, a[2])})
    elif a[0] == "basic":
        mapper["headers"].append({"name": "Authorization",
                                  "value": "Basic {{base64(\"%s:%s\")}}" % (a[2] or (s.pub[1] if s.pub else "{{user}}"), hstr(s))})
    elif a[0] == "query":
        mapper["qs"].append({"name": a[1], "value": hstr(s)})
    elif a[0] == "oauth":
        mapper["method"] = "post"
        mapper["url"] = a[1]
        mapper["bodyType"] = "x_www_form_urlencoded"
        mapper["data"] = [{"key": "grant_type", "value": "client_credentials"},
                          {"key": "client_id", "value": s.pub[1] if s.pub else "{{1.client_id}}"},
                          {"key": "client_secret" if s.k["kind"] != "refresh_token" else "refresh_token",
                           "value": hstr(s)}]
    else:
        mapper["method"] = "post"
        mapper["url"] = hstr(s)
        mapper["data"] = "{\"text\": \"{{2.donor_name}} gave {{2.amount}}\"}"
    bp = {"name": "%s - %s sync" % (s.org, s.k["provider"]),
          "flow": [{"id": 1, "module": "builtin:BasicScheduler", "version": 1, "mapper": {}},
                   {"id": 2, "module": "http:ActionSendData", "version": 3, "parameters": {"handleErrors": True},
                    "mapper": mapper, "metadata": {"designer": {"x": 300, "y": 0}}},
                   {"id": 3, "module": "google-sheets:addRow", "version": 2,
                    "mapper": {"sheetId": "Gifts", "values": {"0": "{{2.data.id}}", "1": "{{2.data.amount}}"}}}],
          "metadata": {"instant": False, "version": 1, "scenario": {"roundtrips": 1, "maxErrors": 3}}}
    return rel, json.dumps(bp, indent=4, ensure_ascii=False) + "\n"


@template("postman_env", "json", "postman-json", accept=acc_nodb)
def t_postman(r, s):
    rel = r.choice(["postman/%s.postman_environment.json" % s.org.replace(" ", "_"),
                    "api-tests/%s-prod.postman_environment.json" % slug(s)])
    vals = [{"key": "baseUrl", "value": s.k["base"], "type": "default", "enabled": True}]
    if s.pub:
        vals.append({"key": name_of(s.k["pub"][0], "camel"), "value": s.pub[1], "type": "default", "enabled": True})
    vals.append({"key": s.name("camel"), "value": hstr(s), "type": r.choice(["secret", "default"]), "enabled": True})
    vals.append({"key": "orgName", "value": s.org, "type": "default", "enabled": True})
    env = {"id": ruuid(r), "name": "%s (production)" % s.k["provider"], "values": vals,
           "_postman_variable_scope": "environment",
           "_postman_exported_at": "%sT09:%02d:11.%03dZ" % (date(r), r.randrange(60), r.randrange(1000)),
           "_postman_exported_using": "Postman/10.%d.%d" % (r.randrange(10, 24), r.randrange(0, 9))}
    return rel, json.dumps(env, indent="\t", ensure_ascii=False) + "\n"


@template("crontab", "sh", "crontab")
def t_cron(r, s):
    rel = r.choice(["deploy/crontab", "ops/cron.d/%s-sync" % slug(s), "crontab.txt"])
    cmd = " ".join(x.rstrip("\\").strip() for x in req_sh(s))
    L = ["# m h dom mon dow  command   (%s server)" % s.org, "SHELL=/bin/bash",
         "MAILTO=ops@%s.org" % s.orgslug, "",
         "# rotate logs", "0 1 * * * /usr/sbin/logrotate /etc/logrotate.d/giving", "",
         "# %s pull" % s.k["provider"],
         "%d %d * * * %s >> /var/log/%s-sync.log 2>&1" % (r.randrange(60), r.randrange(1, 6), cmd, slug(s)), ""]
    return rel, "\n".join(L)


# ---------------------------------------------------------------- config templates
def kv(s, style):
    """(key, raw value) for config formats; db kinds give either a URL or the bare password"""
    if s.is_db():
        if getattr(s, "_dbmode", None) is None:
            s._dbmode = s.r.choice(["url", "pw"])
        if s._dbmode == "url":
            key = name_of(["database", "url"] if s.obvious else s.words, style)
            return key, s.raw()
        return s.name(style), s.pw_raw()
    return s.name(style), s.raw()


def pub_kv(s, style):
    if s.pub:
        return [(name_of(s.k["pub"][0], style), s.pub[1])]
    return []


def acc_cron(k):
    return acc_http(k) and k["id"] != "donorperfect"


TEMPLATES[-1]["accept"] = acc_cron


@template("dotenv", "env", "dotenv", accept=acc_any)
def t_dotenv(r, s):
    rel = r.choice([".env", ".env.production", ".env.local", "sync/.env", "docker/%s.env" % slug(s), ".env.staging"])
    filler = [("APP_ENV", r.choice(["production", "staging"])), ("ORG_NAME", '"%s"' % s.org),
              ("LOG_LEVEL", r.choice(["info", "debug", "warning"])), ("TZ", "America/Chicago"),
              ("EXPORT_DIR", "/data/exports"), ("SMTP_HOST", "smtp.%s.org" % s.orgslug),
              ("SMTP_PORT", "587"), ("FISCAL_YEAR_START", "07-01"), ("SENTRY_ENVIRONMENT", "prod"),
              ("DEFAULT_FUND", '"%s"' % r.choice(FUNDS)), ("SYNC_BATCH_SIZE", str(r.choice([100, 250, 500])))]
    r.shuffle(filler)
    key, val = kv(s, "screaming")
    if " " in val or val == "" and r.random() < 0.5:
        val = '"%s"' % val
    elif r.random() < 0.25:
        val = '"%s"' % val
    pre = ["# %s" % r.choice(["Copied from 1Password - do not share", "Production settings", "Local dev settings",
                              "%s sync worker" % s.org])]
    body = ["%s=%s" % kv_ for kv_ in filler[:r.randrange(3, 8)]]
    creds = ["%s=%s" % p for p in pub_kv(s, "screaming")] + ["%s=%s" % (key, val)]
    pos = r.randrange(len(body) + 1)
    body = body[:pos] + [""] + ["# %s" % s.k["provider"]] + creds + [""] + body[pos:]
    return rel, "\n".join(pre + body) + "\n"


@template("yaml_settings", "yaml", "yaml", accept=acc_any)
def t_yaml(r, s):
    rel = r.choice(["config/settings.yml", "config/integrations.yaml", "config/production.yml",
                    "settings/%s.yaml" % slug(s), "app.yaml"])
    key, val = kv(s, r.choice(["snake", "kebab"]))
    L = ["# %s configuration" % s.org, "app:", "  name: %s" % slug(s) + "-sync",
         "  timezone: America/New_York", "  fiscal_year_start: \"07-01\"", "",
         "integrations:", "  %s:" % slug(s), "    enabled: true",
         "    base_url: %s" % s.k["base"]]
    for k_, v_ in pub_kv(s, "snake"):
        L.append("    %s: %s" % (k_, yq(v_)))
    L += ["    %s: %s" % (key, yq(val)), "    page_size: %d" % r.choice([50, 100, 200]),
          "", "reports:", "  default_fund: %s" % yq(r.choice(FUNDS)),
          "  campaign: %s" % campaign_code(r), "  recipients:", "    - finance@%s.org" % s.orgslug,
          "    - %s@%s.org" % (person(r).split()[0].lower(), s.orgslug), ""]
    return rel, "\n".join(L)


@template("docker_compose", "yaml", "docker-compose", accept=acc_any)
def t_compose(r, s):
    rel = r.choice(["docker-compose.yml", "docker-compose.prod.yml", "deploy/docker-compose.yaml", "compose.yaml"])
    key, val = kv(s, "screaming")
    as_list = r.random() < 0.5
    env = [("TZ", "America/Denver"), ("LOG_LEVEL", "info")] + pub_kv(s, "screaming") + [(key, val)]
    L = ["services:", "  sync:", "    image: ghcr.io/%s/giving-sync:%d.%d" % (s.orgslug, r.randrange(1, 4), r.randrange(0, 20)),
         "    restart: unless-stopped", "    depends_on:", "      - db", "    environment:"]
    for k_, v_ in env:
        L.append(("      - %s=%s" % (k_, v_)) if as_list else ("      %s: %s" % (k_, yq(v_))))
    L += ["    volumes:", "      - ./exports:/app/exports", "",
          "  db:", "    image: %s" % r.choice(["postgres:16", "mariadb:11", "mysql:8.0"]),
          "    volumes:", "      - dbdata:/var/lib/postgresql/data", "    env_file: .env.db", "",
          "volumes:", "  dbdata: {}", ""]
    return rel, "\n".join(L)


@template("gh_workflow", "ghyaml", "github-actions", accept=acc_any)
def t_gh(r, s):
    rel = ".github/workflows/%s.yml" % r.choice(["nightly-sync", "deploy", "import-gifts", "%s-sync" % slug(s)])
    key, val = kv(s, "screaming")
    L = ["name: %s" % r.choice(["Nightly donor sync", "Deploy site", "Import gifts"]), "",
         "on:", "  schedule:", "    - cron: \"%d %d * * *\"" % (r.randrange(60), r.randrange(24)),
         "  workflow_dispatch:", "", "jobs:", "  sync:", "    runs-on: ubuntu-latest", "    env:"]
    for k_, v_ in pub_kv(s, "screaming") + [(key, val)]:
        L.append("      %s: %s" % (k_, yq(v_)))
    L += ["      EXPORT_BUCKET: %s-exports" % s.orgslug, "    steps:", "      - uses: actions/checkout@v4",
          "      - uses: actions/setup-python@v5", "        with:", "          python-version: \"3.12\"",
          "      - run: pip install -r requirements.txt",
          "      - run: python scripts/sync_%s.py" % slug(s), ""]
    return rel, "\n".join(L)


@template("k8s_secret", "yaml", "kubernetes-yaml", accept=acc_any)
def t_k8s(r, s):
    rel = r.choice(["deploy/k8s/%s-secret.yaml" % slug(s), "k8s/overlays/prod/secrets.yaml",
                    "charts/giving/templates/secret.yaml"])
    key, val = kv(s, r.choice(["screaming", "kebab"]))
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % slug(s),
         "  namespace: %s" % r.choice(["giving", "crm", "default", "sync"]), "  labels:",
         "    app.kubernetes.io/part-of: %s" % s.orgslug, "type: Opaque", "stringData:"]
    for k_, v_ in pub_kv(s, "screaming") + [(key, val)]:
        L.append("  %s: %s" % (k_, yq(v_)))
    L.append("")
    return rel, "\n".join(L)


@template("spring_properties", "props", "java-properties", accept=acc_any)
def t_props(r, s):
    rel = r.choice(["src/main/resources/application.properties", "src/main/resources/application-prod.properties",
                    "config/application.properties"])
    key, val = kv(s, "kebab")
    L = ["# %s" % s.org, "spring.application.name=%s-sync" % slug(s), "server.port=%d" % r.choice([8080, 8081, 9000]),
         "spring.jpa.hibernate.ddl-auto=validate", "spring.datasource.url=jdbc:postgresql://db:5432/giving",
         "spring.datasource.username=giving_app", ""]
    for k_, v_ in pub_kv(s, "kebab"):
        L.append("integrations.%s.%s=%s" % (slug(s), k_, v_))
    L += ["integrations.%s.%s=%s" % (slug(s), key, val),
          "integrations.%s.base-url=%s" % (slug(s), s.k["base"]),
          "management.endpoints.web.exposure.include=health,info", ""]
    return rel, "\n".join(L)


@template("spring_yaml", "yaml", "spring-yaml", accept=acc_any)
def t_spring_yaml(r, s):
    rel = r.choice(["src/main/resources/application.yml", "src/main/resources/application-prod.yml"])
    key, val = kv(s, "kebab")
    L = ["spring:", "  application:", "    name: %s-connector" % slug(s), "  jackson:",
         "    time-zone: UTC", "", "%s:" % s.orgslug[:12], "  %s:" % slug(s),
         "    base-url: %s" % s.k["base"]]
    for k_, v_ in pub_kv(s, "kebab"):
        L.append("    %s: %s" % (k_, yq(v_)))
    L += ["    %s: %s" % (key, yq(val)), "    poll-interval: PT%dM" % r.choice([5, 15, 60]),
          "", "logging:", "  level:", "    org.%s: INFO" % s.orgslug[:12], ""]
    return rel, "\n".join(L)


@template("appsettings_json", "json", "dotnet-json", accept=acc_any)
def t_appsettings(r, s):
    rel = r.choice(["appsettings.json", "appsettings.Production.json", "src/%s.Web/appsettings.json" % s.orgslug.capitalize()])
    key, val = kv(s, "pascal")
    sec = {"BaseUrl": s.k["base"]}
    for k_, v_ in pub_kv(s, "pascal"):
        sec[k_] = v_
    sec[key] = val
    sec["TimeoutSeconds"] = r.choice([30, 60])
    doc = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
           "AllowedHosts": "*", pascal_slug(s): sec,
           "Receipts": {"FromAddress": "receipts@%s.org" % s.orgslug, "TaxYear": year(r)}}
    return rel, json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@template("web_config", "xml", "dotnet-xml", accept=acc_any)
def t_webconfig(r, s):
    rel = r.choice(["Web.config", "src/%s.Portal/Web.config" % s.orgslug.capitalize(), "App.config"])
    key, val = kv(s, "pascal")
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>",
         '    <add key="webpages:Version" value="3.0.0.0" />', '    <add key="OrgName" value="%s" />' % xesc(s.org)]
    for k_, v_ in pub_kv(s, "pascal"):
        L.append('    <add key="%s:%s" value="%s" />' % (pascal_slug(s), k_, xesc(v_)))
    L += ['    <add key="%s:%s" value="%s" />' % (pascal_slug(s), key, xesc(val)),
          '    <add key="ReceiptTemplate" value="~/App_Data/receipt.cshtml" />', "  </appSettings>",
          "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />',
          '    <customErrors mode="RemoteOnly" />', "  </system.web>", "</configuration>", ""]
    return rel, "\n".join(L)


@template("ini_config", "ini", "ini", accept=acc_any)
def t_ini(r, s):
    rel = r.choice(["config/sync.ini", "settings.ini", "etc/%s.ini" % slug(s), "config.cfg"])
    key, val = kv(s, "snake")
    L = ["; %s - %s connector" % (s.org, s.k["provider"]), "[general]", "timezone = US/Eastern",
         "export_dir = /srv/exports", "fund_default = %s" % r.choice(FUNDS), "", "[%s]" % slug(s),
         "base_url = %s" % s.k["base"]]
    for k_, v_ in pub_kv(s, "snake"):
        L.append("%s = %s" % (k_, v_))
    L += ["%s = %s" % (key, val), "page_size = %d" % r.choice([100, 500]), "", "[logging]", "level = INFO", ""]
    return rel, "\n".join(L)


@template("toml_config", "toml", "toml", accept=acc_any)
def t_toml(r, s):
    key, val = kv(s, "snake")
    if r.random() < 0.4:
        rel = "netlify.toml"
        L = ["[build]", '  command = "npm run build"', '  publish = "dist"', "",
             "[context.production.environment]", '  NODE_VERSION = "20"']
        for k_, v_ in pub_kv(s, "screaming"):
            L.append('  %s = "%s"' % (k_, v_))
        L += ['  %s = "%s"' % (kv(s, "screaming")[0], val), "",
              "[[redirects]]", '  from = "/give"', '  to = "https://%s.org/donate"' % s.orgslug, "  status = 301", ""]
    else:
        rel = r.choice(["config/pipeline.toml", "%s.toml" % slug(s), "settings.toml"])
        L = ["# %s" % s.org, "[pipeline]", 'name = "%s-nightly"' % slug(s), "schedule = \"0 4 * * *\"", "",
             "[source.%s]" % slug(s), 'base_url = "%s"' % s.k["base"]]
        for k_, v_ in pub_kv(s, "snake"):
            L.append('%s = "%s"' % (k_, v_))
        L += ['%s = "%s"' % (key, val), "", "[sink.warehouse]", 'schema = "giving"', 'table = "gifts"', ""]
    return rel, "\n".join(L)


def acc_wp(k):
    return k["id"] in ("mysql", "stripe", "paypal", "mailchimp", "sendgrid", "givebutter", "donorbox",
                       "bloomerang", "neon", "anet", "google", "everyorg", "classy", "virtuous", "tithely")


@template("wp_config", "php", "php-wp-config", accept=acc_wp)
def t_wpconfig(r, s):
    rel = r.choice(["wp-config.php", "public/wp-config.php", "htdocs/wp-config.php"])
    L = ["<?php", "/**", " * The base configuration for WordPress", " *", " * @package WordPress", " */", ""]
    if s.k["id"] == "mysql":
        L += ["define( 'DB_NAME', '%s' );" % s.orgslug[:16], "define( 'DB_USER', 'wp_%s' );" % s.orgslug[:8],
              "define( 'DB_PASSWORD', %s );" % s.code("'") if s.expr else "define( 'DB_PASSWORD', '%s' );" % s.pw_raw(),
              "define( 'DB_HOST', 'localhost' );"]
        extra = []
    else:
        L += ["define( 'DB_NAME', '%s' );" % s.orgslug[:16], "define( 'DB_USER', 'wp_%s' );" % s.orgslug[:8],
              "define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );", "define( 'DB_HOST', 'localhost' );"]
        extra = ["", "/* %s for the donation form plugin */" % s.k["provider"]]
        for k_, v_ in pub_kv(s, "screaming"):
            extra.append("define( '%s', '%s' );" % (k_, v_))
        extra.append("define( '%s', %s );" % (s.name("screaming"), s.code("'")))
    L += ["define( 'DB_CHARSET', 'utf8mb4' );", "define( 'DB_COLLATE', '' );", "",
          "/* Authentication unique keys and salts are loaded from the host's environment. */",
          "require_once __DIR__ . '/wp-salts.php';", "", "$table_prefix = 'wp_%s_';" % rs(r, 3, LOW)]
    L += extra
    L += ["", "define( 'WP_DEBUG', false );", "define( 'DISALLOW_FILE_EDIT', true );", "",
          "if ( ! defined( 'ABSPATH' ) ) {", "\tdefine( 'ABSPATH', __DIR__ . '/' );", "}", "",
          "require_once ABSPATH . 'wp-settings.php';", ""]
    return rel, "\n".join(L)


def acc_civi(k):
    return k["id"] in ("mysql", "civi_site", "mailchimp", "stripe", "sendgrid")


@template("civicrm_settings", "php", "php-civicrm-settings", accept=acc_civi)
def t_civi(r, s):
    rel = r.choice(["civicrm.settings.php", "web/sites/default/civicrm.settings.php",
                    "wp-content/uploads/civicrm/civicrm.settings.php", "private/civicrm.settings.php"])
    L = ["<?php", "/**", " * CiviCRM Configuration File.", " */", "",
         "global $civicrm_root, $civicrm_setting, $civicrm_paths;", ""]
    kid = s.k["id"]
    if kid == "mysql":
        v = s.value if s.expr is None else None
        L.append("if (!defined('CIVICRM_UF_DSN')) {")
        L.append("  define('CIVICRM_UF_DSN', %s);" % ("getenv('CIVICRM_UF_DSN')"))
        L.append("}")
        L.append("if (!defined('CIVICRM_DSN')) {")
        L.append("  define('CIVICRM_DSN', %s);" % (s.expr if v is None else "'%s?new_link=true'" % v))
        L.append("}")
        tail = ["define('CIVICRM_SITE_KEY', getenv('CIVICRM_SITE_KEY'));"]
    elif kid == "civi_site":
        L += ["if (!defined('CIVICRM_DSN')) {", "  define('CIVICRM_DSN', getenv('CIVICRM_DSN') . '?new_link=true');", "}"]
        tail = ["if (!defined('CIVICRM_SITE_KEY')) {", "  define('CIVICRM_SITE_KEY', %s);" % s.code("'"), "}"]
    else:
        L += ["if (!defined('CIVICRM_DSN')) {", "  define('CIVICRM_DSN', getenv('CIVICRM_DSN') . '?new_link=true');", "}"]
        setting = {"mailchimp": "mailchimp_api_key", "stripe": "stripe_secret_key",
                   "sendgrid": "smtpPassword", "civi_api": "api_key"}.get(kid, s.name("snake"))
        group = "domain" if kid != "civi_api" else "domain"
        tail = ["define('CIVICRM_SITE_KEY', getenv('CIVICRM_SITE_KEY'));", "",
                "// %s extension settings" % s.k["provider"],
                "$civicrm_setting['%s']['%s'] = %s;" % (group, setting, s.code("'"))]
    L += ["", "define('CIVICRM_UF', '%s');" % r.choice(["WordPress", "Drupal8", "Standalone"]),
          "$civicrm_root = '%s';" % r.choice(["/var/www/html/vendor/civicrm/civicrm-core/",
                                              "/srv/www/wp-content/plugins/civicrm/civicrm/"]),
          "define('CIVICRM_TEMPLATE_COMPILEDIR', '/srv/private/civicrm/templates_c/');", ""]
    L += tail
    L += ["", "define('CIVICRM_MAIL_SMARTY', 0);", "define('CIVICRM_DOMAIN_ID', 1);",
          "if (!defined('CIVICRM_DB_CACHE_CLASS')) {", "  define('CIVICRM_DB_CACHE_CLASS', 'ArrayCache');", "}", ""]
    return rel, "\n".join(L)


def acc_drupal(k):
    return k["id"] in ("mysql", "sky_sub", "sky_secret", "mailchimp", "stripe", "sendgrid", "google",
                       "paypal", "actionnetwork", "civi_site")


@template("drupal_settings", "php", "php-drupal-settings", accept=acc_drupal)
def t_drupal(r, s):
    rel = r.choice(["web/sites/default/settings.php", "docroot/sites/default/settings.php",
                    "web/sites/default/settings.local.php"])
    L = ["<?php", "", "// @codingStandardsIgnoreFile", "",
         "$settings['hash_salt'] = file_get_contents('/var/private/hash_salt.txt');",
         "$settings['config_sync_directory'] = '../config/sync';",
         "$settings['trusted_host_patterns'] = ['^www\\.%s\\.org$'];" % s.orgslug, ""]
    if s.k["id"] == "mysql":
        L += ["$databases['default']['default'] = [", "  'database' => '%s'," % s.orgslug[:12],
              "  'username' => 'drupal',", "  'password' => %s," % (s.expr if s.expr else "'%s'" % s.pw_raw()),
              "  'host' => 'db.internal',", "  'port' => '3306',",
              "  'driver' => 'mysql',", "  'prefix' => '',", "];"]
    else:
        L += ["$databases['default']['default'] = [", "  'database' => getenv('DB_NAME'),",
              "  'username' => getenv('DB_USER'),", "  'password' => getenv('DB_PASSWORD'),",
              "  'host' => getenv('DB_HOST'),", "  'driver' => 'mysql',", "];", "",
              "// %s module" % s.k["provider"]]
        mod = {"sky_sub": "blackbaud_sky_api.settings", "sky_secret": "blackbaud_sky_api.settings",
               "mailchimp": "mailchimp.settings", "stripe": "stripe.settings",
               "sendgrid": "sendgrid_integration.settings", "google": "geolocation_google_maps.settings",
               "paypal": "commerce_payment.commerce_payment_gateway.paypal",
               "actionnetwork": "action_network.settings", "civi_site": "civicrm.settings"}[s.k["id"]]
        for k_, v_ in pub_kv(s, "snake"):
            L.append("$config['%s']['%s'] = '%s';" % (mod, k_, v_))
        L.append("$config['%s']['%s'] = %s;" % (mod, s.name("snake"), s.code("'")))
    L += ["", "$settings['file_private_path'] = '/var/private/files';",
          "if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {",
          "  include $app_root . '/' . $site_path . '/settings.local.php';", "}", ""]
    return rel, "\n".join(L)


def acc_namedcred(k):
    return k["auth"][0] in ("basic", "oauth", "header")


@template("sf_named_credential", "sfxml", "salesforce-xml", accept=acc_namedcred)
def t_namedcred(r, s):
    nm = pascal_slug(s) + r.choice(["_API", "API", "_Prod"])
    rel = "force-app/main/default/namedCredentials/%s.namedCredential-meta.xml" % nm
    a = s.k["auth"]
    user = a[2] if a[0] == "basic" and a[2] else (s.pub[1] if s.pub else "integration")
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<NamedCredential xmlns="http://soap.sforce.com/2006/04/metadata">',
         "    <allowMergeFieldsInBody>%s</allowMergeFieldsInBody>" % r.choice(["false", "true"]),
         "    <allowMergeFieldsInHeader>true</allowMergeFieldsInHeader>",
         "    <endpoint>%s</endpoint>" % xesc(s.k["base"]),
         "    <generateAuthorizationHeader>%s</generateAuthorizationHeader>" % ("true" if a[0] == "basic" else "false"),
         "    <label>%s</label>" % xesc(s.k["provider"]),
         "    <principalType>NamedUser</principalType>",
         "    <protocol>Password</protocol>",
         "    <username>%s</username>" % xesc(user),
         "    <password>%s</password>" % xesc(s.raw()),
         "</NamedCredential>", ""]
    return rel, "\n".join(L)


@template("sf_custom_metadata", "xml", "salesforce-xml", accept=acc_nodb)
def t_custmd(r, s):
    rec = pascal_slug(s)
    rel = "force-app/main/default/customMetadata/Integration_Setting.%s.md-meta.xml" % rec
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
         "    <label>%s</label>" % xesc(s.k["provider"]), "    <protected>%s</protected>" % r.choice(["true", "false"]),
         "    <values>", "        <field>Active__c</field>", '        <value xsi:type="xsd:boolean">true</value>',
         "    </values>", "    <values>", "        <field>Base_URL__c</field>",
         '        <value xsi:type="xsd:string">%s</value>' % xesc(s.k["base"]), "    </values>"]
    for k_, v_ in pub_kv(s, "sf"):
        L += ["    <values>", "        <field>%s</field>" % k_, '        <value xsi:type="xsd:string">%s</value>' % xesc(v_), "    </values>"]
    L += ["    <values>", "        <field>%s</field>" % s.name("sf"),
          '        <value xsi:type="xsd:string">%s</value>' % xesc(s.raw()), "    </values>",
          "</CustomMetadata>", ""]
    return rel, "\n".join(L)


@template("csv_vendor_logins", "csv", "csv", accept=acc_any, neg_reuse=False)
def t_csv(r, s):
    rel = r.choice(["admin/vendor_accounts.csv", "docs/handover/accounts.csv", "ops/integrations.csv"])
    rows = [["system", "url", "login", "secret", "owner", "notes"]]
    others = [("Constant Contact", "https://login.constantcontact.com", "comms@%s.org" % s.orgslug),
              ("QuickBooks Online", "https://qbo.intuit.com", "bookkeeper@%s.org" % s.orgslug),
              ("Canva", "https://canva.com", "design@%s.org" % s.orgslug),
              ("Eventbrite", "https://eventbrite.com", "events@%s.org" % s.orgslug)]
    for nm, url, login in r.sample(others, r.randrange(2, 4)):
        rows.append([nm, url, login, "(in 1Password)", person(r), "SSO"])
    login = s.pub[1] if s.pub else (s.k["auth"][2] if s.k["auth"][0] == "basic" and s.k["auth"][2] else "api")
    val = s.value if s.expr is None else "(vault)"
    if s.is_db():
        val = s.pw_raw() if s.expr is None else "(vault)"
    rows.insert(r.randrange(1, len(rows) + 1), [s.k["provider"], s.k["base"], login, val, person(r),
                                                 r.choice(["rotated %s" % date(r), "API user", "integration"])])
    out = []
    for row in rows:
        out.append(",".join('"%s"' % c if ("," in c or " " in c) else c for c in row))
    return rel, "\n".join(out) + "\n"


@template("sql_seed", "sql", "sql", accept=acc_nodb, neg_reuse=False)
def t_sql(r, s):
    rel = r.choice(["db/seeds/002_integrations.sql", "migrations/%s_add_%s_settings.sql" % (date(r).replace("-", ""), slug(s)),
                    "sql/setup_integration_settings.sql"])
    L = ["-- %s: integration settings" % s.org, "BEGIN;", "",
         "INSERT INTO integration_settings (provider, setting_key, setting_value, updated_by) VALUES"]
    rows = [("'%s'" % slug(s), "'base_url'", "'%s'" % s.k["base"])]
    for k_, v_ in pub_kv(s, "snake"):
        rows.append(("'%s'" % slug(s), "'%s'" % k_, "'%s'" % v_))
    rows.append(("'%s'" % slug(s), "'%s'" % s.name("snake"), "'%s'" % (s.value if s.expr is None else "")))
    rows.append(("'%s'" % slug(s), "'page_size'", "'%d'" % r.choice([100, 200])))
    L.append(",\n".join("  (%s, %s, %s, 'migration')" % row for row in rows) + ";")
    L += ["", "UPDATE funds SET default_for_online = TRUE WHERE code = '%s';" % fund_code(r), "", "COMMIT;", ""]
    return rel, "\n".join(L)


@template("terraform_ssm", "tf", "terraform", accept=acc_any)
def t_tf(r, s):
    rel = r.choice(["infra/ssm.tf", "terraform/secrets.tf", "infra/modules/sync/params.tf"])
    val = s.expr if s.expr is not None else '"%s"' % (s.value if not s.is_db() else s.pw_raw())
    pname = "/%s/prod/%s" % (s.orgslug, s.name("snake"))
    L = ["resource \"aws_ssm_parameter\" \"%s\" {" % s.name("snake"), "  name  = \"%s\"" % pname,
         "  type  = \"SecureString\"", "  value = %s" % val, "", "  tags = {",
         "    Org     = \"%s\"" % s.org, "    Service = \"%s\"" % slug(s), "  }", "}", ""]
    pre = ["terraform {", "  required_providers {", "    aws = {", '      source  = "hashicorp/aws"',
           '      version = "~> 5.0"', "    }", "  }", "}", ""]
    if s.expr is not None:
        pre += ['variable "%s" {' % s.expr.split(".", 1)[1], "  type      = string", "  sensitive = true", "}", ""]
    return rel, "\n".join(pre + L)


@template("serverless_yml", "yaml", "serverless-yaml", accept=acc_any)
def t_serverless(r, s):
    rel = r.choice(["serverless.yml", "functions/serverless.yml"])
    key, val = kv(s, "screaming")
    L = ["service: %s-%s" % (s.orgslug[:12], slug(s)), "frameworkVersion: \"3\"", "",
         "provider:", "  name: aws", "  runtime: %s" % r.choice(["python3.12", "nodejs20.x"]),
         "  region: us-east-2", "  environment:", "    STAGE: ${sls:stage}"]
    for k_, v_ in pub_kv(s, "screaming") + [(key, val)]:
        L.append("    %s: %s" % (k_, yq(v_)))
    L += ["", "functions:", "  nightly:", "    handler: handler.run", "    events:",
          "      - schedule: cron(0 8 * * ? *)", ""]
    return rel, "\n".join(L)


@template("vscode_launch", "json", "vscode-json", accept=acc_any)
def t_launch(r, s):
    rel = ".vscode/launch.json"
    key, val = kv(s, "screaming")
    env = {"ORG_SLUG": s.orgslug}
    for k_, v_ in pub_kv(s, "screaming"):
        env[k_] = v_
    env[key] = val
    doc = {"version": "0.2.0", "configurations": [
        {"name": "Debug %s sync" % s.k["provider"], "type": r.choice(["debugpy", "node"]), "request": "launch",
         "program": "${workspaceFolder}/%s" % r.choice(["sync/main.py", "src/index.js"]),
         "console": "integratedTerminal", "env": env}]}
    return rel, json.dumps(doc, indent=4, ensure_ascii=False) + "\n"


@template("firebase_runtimeconfig", "json", "firebase-json", accept=acc_nodb)
def t_runtime(r, s):
    rel = r.choice([".runtimeconfig.json", "functions/.runtimeconfig.json"])
    sec = {"base_url": s.k["base"]}
    for k_, v_ in pub_kv(s, "snake"):
        sec[k_] = v_
    sec[s.name("snake")] = hstr(s)
    doc = {slug(s): sec, "app": {"org": s.orgslug, "env": "prod"}}
    return rel, json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def acc_dbonly(k):
    return k["auth"][0] == "dsn"


@template("db_client_conf", "ini", "db-config", accept=acc_dbonly)
def t_dbconf(r, s):
    if s.k["id"] == "mysql":
        rel = r.choice([".my.cnf", "deploy/mysql/client.cnf", "config/my.cnf"])
        L = ["[client]", "host=%s" % s.k["base"], "user=%s" % getattr(s, "db_user", "civicrm"),
             "password=%s" % s.pw_raw(), "default-character-set=utf8mb4", "", "[mysqldump]",
             "single-transaction", "quick", ""]
    else:
        rel = r.choice([".pgpass", "deploy/pgpass", "ops/.pgpass"])
        L = ["# ~/.pgpass for the reporting box (chmod 600)", "# used by the nightly pg_dump and Metabase sync",
             "# hostname:port:database:username:password",
             "%s:5432:%s:%s:%s" % (s.k["base"], getattr(s, "db_name", "giving"), getattr(s, "db_user", "etl"), s.pw_raw()),
             "# replica (same account)",
             "%s:5432:%s:%s:%s" % (s.k["base"].replace("warehouse", "replica"), getattr(s, "db_name", "giving"),
                                   getattr(s, "db_user", "etl"), s.pw_raw()), ""]
    return rel, "\n".join(L)


def acc_aws(k):
    return k["id"] == "aws"


@template("aws_credentials", "ini", "aws-credentials", accept=acc_aws)
def t_awscred(r, s):
    rel = r.choice(["deploy/aws/credentials", ".aws/credentials", "ops/aws-credentials.ini"])
    kid = s.pub[1] if s.pub else ("AKIAIOSFODNN7EXAMPLE" if s.value == s.k["example"] else "")
    L = ["[default]", "region = us-east-1", "", "[%s-backup]" % s.orgslug[:10],
         "aws_access_key_id = %s" % kid, "aws_secret_access_key = %s" % s.raw(), "region = us-east-2", ""]
    return rel, "\n".join(L)


@template("py_django_settings", "py", "python-settings", accept=acc_any)
def t_django(r, s):
    rel = r.choice(["config/settings.py", "%s/settings/production.py" % s.orgslug[:10], "giving/settings.py"])
    L = ["from pathlib import Path", "import os", "", "BASE_DIR = Path(__file__).resolve().parent.parent", "",
         "DEBUG = False", 'ALLOWED_HOSTS = ["give.%s.org", "localhost"]' % s.orgslug,
         'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]', ""]
    if s.is_db():
        L += ["DATABASES = {", '    "default": {', '        "ENGINE": "django.db.backends.%s",' % ("mysql" if s.k["id"] == "mysql" else "postgresql"),
              '        "NAME": "%s",' % getattr(s, "db_name", "giving"), '        "USER": "%s",' % getattr(s, "db_user", "app"),
              '        "PASSWORD": %s,' % (s.expr if s.expr else '"%s"' % s.pw_raw()),
              '        "HOST": "%s",' % s.k["base"], "    }", "}"]
    else:
        L += ['DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "giving"}}', "",
              "# %s" % s.k["provider"]]
        for k_, v_ in pub_kv(s, "screaming"):
            L.append('%s = "%s"' % (k_, v_))
        L.append("%s = %s" % (s.name("screaming"), s.code('"')))
    L += ["", 'TIME_ZONE = "America/Chicago"', "USE_TZ = True",
          'DEFAULT_FROM_EMAIL = "receipts@%s.org"' % s.orgslug, ""]
    return rel, "\n".join(L)


@template("ts_config", "ts", "typescript", accept=acc_nodb)
def t_tsconfig(r, s):
    rel = r.choice(["src/config.ts", "src/lib/config.ts", "app/config/integrations.ts"])
    L = ["// Central config for the %s donation site" % s.org, "export const config = {",
         "  orgName: '%s'," % s.org.replace("'", "\\'"), "  currency: 'USD',", "  %s: {" % s.name("camel") if False else "  %s: {" % slug(s),
         "    baseUrl: '%s'," % s.k["base"]]
    for k_, v_ in pub_kv(s, "camel"):
        L.append("    %s: '%s'," % (k_, v_))
    L += ["    %s: %s," % (s.name("camel"), s.code("'")), "  },",
          "  defaultFund: '%s'," % r.choice(FUNDS), "} as const;", "", "export type AppConfig = typeof config;", ""]
    return rel, "\n".join(L)


@template("gas_setup_properties", "gs", "apps-script", accept=acc_nodb)
def t_gas_setup(r, s):
    rel = r.choice(["Setup.gs", "apps-script/Setup.gs", "src/Config.gs"])
    props = [("SHEET_ID", "1" + rs(r, 20, DIG)), ("BASE_URL", s.k["base"])] + pub_kv(s, "screaming")
    L = ["/** Run once from the editor to store configuration. */", "function setup() {",
         "  var props = PropertiesService.getScriptProperties();", "  props.setProperties({"]
    L += ["    %s: '%s'," % kv_ for kv_ in props]
    L += ["    %s: %s," % (s.name("screaming"), s.code("'")), "  });",
          "  Logger.log('Configured for %s');" % s.org.replace("'", ""), "}", ""]
    return rel, "\n".join(L)


# ---------------------------------------------------------------- domain look-alike negatives
NEG_TEMPLATES = []


def negtemplate(name, ftype):
    def deco(fn):
        NEG_TEMPLATES.append(dict(name=name, ftype=ftype, fn=fn))
        return fn
    return deco


def donor_row(r, o):
    first, last = person(r).split(" ", 1)
    return [str(r.randrange(1000, 99999)), "D-%06d" % r.randrange(1, 999999), first, last,
            "%s.%s@example.org" % (first.lower(), last.lower().replace("'", "")),
            "%d.%02d" % (r.choice([10, 25, 50, 100, 250, 1000]), r.choice([0, 0, 0, 50])),
            fund_code(r), campaign_code(r), date(r)]


@negtemplate("csv_donor_export", "csv")
def n_csv_donors(r):
    o, sl = org(r)
    rel = r.choice(["exports/donors_%d%02d%02d.csv" % (year(r), r.randrange(1, 13), r.randrange(1, 29)),
                    "data/raw/constituents.csv", "imports/lybunt_list.csv"])
    L = ["constituent_id,donor_id,first_name,last_name,email,last_gift_amount,fund_code,campaign_code,last_gift_date"]
    for _ in range(r.randrange(8, 30)):
        L.append(",".join(donor_row(r, o)))
    return rel, "\n".join(L) + "\n", "Raiser's Edge NXT", "donor_ids"


@negtemplate("csv_gift_batch", "csv")
def n_csv_batch(r):
    b = "B%d-%04d" % (year(r), r.randrange(1, 9999))
    rel = "finance/batches/%s.csv" % b
    L = ["batch_number,gift_id,sf_opportunity_id,check_number,amount,fund,appeal,received"]
    for _ in range(r.randrange(6, 25)):
        L.append("%s,%d,%s,%d,%d.00,%s,%s,%s" % (b, r.randrange(10**6, 10**7), sf_id(r, "006"), r.randrange(1000, 9999),
                                                 r.choice([20, 40, 100, 500]), fund_code(r), campaign_code(r), date(r)))
    L.append("TOTAL,,,,,,,")
    return rel, "\n".join(L) + "\n", "Salesforce", "gift_ids"


@negtemplate("pco_fixture_json", "json")
def n_pco(r):
    rel = r.choice(["tests/fixtures/pco_people.json", "spec/fixtures/planning_center/people.json"])
    data = []
    for _ in range(r.randrange(2, 5)):
        first, last = person(r).split(" ", 1)
        data.append({"type": "Person", "id": str(r.randrange(10**7, 10**8)),
                     "attributes": {"first_name": first, "last_name": last, "membership": r.choice(["Member", "Regular Attender", "Visitor"]),
                                    "created_at": "%sT14:02:11Z" % date(r), "status": "active"},
                     "links": {"self": "https://api.planningcenteronline.com/people/v2/people/%d" % r.randrange(10**7, 10**8)}})
    doc = {"links": {"self": "https://api.planningcenteronline.com/people/v2/people?per_page=25"},
           "data": data, "included": [], "meta": {"total_count": len(data), "count": len(data),
                                                   "parent": {"id": str(r.randrange(100000, 999999)), "type": "Organization"}}}
    return rel, json.dumps(doc, indent=2) + "\n", "Planning Center", "church_ids"


@negtemplate("sky_constituent_fixture", "json")
def n_sky(r):
    rel = r.choice(["tests/fixtures/sky_constituents.json", "test/data/renxt_gift_list.json"])
    vals = []
    for _ in range(r.randrange(2, 5)):
        vals.append({"id": str(r.randrange(100, 99999)), "lookup_id": str(r.randrange(1000, 999999)),
                     "name": person(r), "type": "Individual", "date_added": "%sT10:00:00.000-05:00" % date(r),
                     "fund_id": str(r.randrange(1, 300)), "campaign_id": str(r.randrange(1, 80)),
                     "system_record_id": ruuid(r)})
    doc = {"count": len(vals), "next_link": None, "value": vals}
    return rel, json.dumps(doc, indent=2) + "\n", "Blackbaud SKY API", "constituent_ids"


@negtemplate("sf_contact_export", "csv")
def n_sfcsv(r):
    rel = r.choice(["data/Contact.csv", "dataloader/npsp_contacts_export.csv"])
    L = ["Id,AccountId,FirstName,LastName,npo02__TotalOppAmount__c,npsp__Primary_Affiliation__c,OwnerId"]
    for _ in range(r.randrange(5, 20)):
        f, l = person(r).split(" ", 1)
        L.append("%s,%s,%s,%s,%d.00,%s,%s" % (sf_id(r, "003"), sf_id(r, "001"), f, l, r.randrange(10, 20000),
                                             sf_id(r, "001"), sf_id(r, "005")))
    return rel, "\n".join(L) + "\n", "Salesforce", "record_ids"


@negtemplate("funds_yaml", "yaml")
def n_funds(r):
    rel = r.choice(["config/funds.yml", "data/campaigns.yaml"])
    L = ["# Fund and appeal codes - keep in sync with the GL", "funds:"]
    for f in r.sample(FUNDS, 5):
        L += ["  - name: %s" % f, "    code: %s" % fund_code(r), "    gl_account: \"4%03d\"" % r.randrange(1000),
              "    restricted: %s" % r.choice(["true", "false"])]
    L += ["appeals:"]
    for _ in range(3):
        L += ["  - code: %s" % campaign_code(r), "    mailchimp_tag: \"%s\"" % rhex(r, 10),
              "    goal: %d" % r.choice([5000, 25000, 100000])]
    return rel, "\n".join(L) + "\n", "Mailchimp", "fund_codes"


@negtemplate("about_ein_md", "markdown")
def n_about(r):
    o, sl = org(r)
    rel = r.choice(["docs/about.md", "content/pages/financials.md", "README.md"])
    L = ["# %s" % o, "", "%s is a 501(c)(3) nonprofit. EIN: **%s**." % (o, ein(r)), "",
         "| Field | Value |", "|---|---|", "| EIN | %s |" % ein(r), "| Every.org slug | `%s` |" % sl,
         "| GuideStar profile | https://www.guidestar.org/profile/%s |" % ein(r),
         "| Charity Navigator id | %d |" % r.randrange(10000, 99999), "",
         "Gifts are tax-deductible to the extent allowed by law. Receipts are issued from batch numbers `B%d-####`." % year(r), ""]
    return rel, "\n".join(L), "Every.org", "ein"


@negtemplate("sha256sums", "checksum")
def n_sums(r):
    rel = r.choice(["exports/SHA256SUMS", "backups/checksums.sha256"])
    L = ["%s  %s" % (rhex(r, 64), f) for f in ["donors_%d.csv.gz" % i for i in range(r.randrange(5, 12))]]
    return rel, "\n".join(L) + "\n", "AWS", "hash"


@negtemplate("donate_html_sri", "html")
def n_html(r):
    o, sl = org(r)
    rel = r.choice(["templates/donate.html", "public/give/index.html", "site/layouts/partials/donate.html"])
    pk = "pk_live_51" + rmix(r, 97)
    L = ["<!doctype html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">", "  <title>Give to %s</title>" % o,
         "  <script src=\"https://js.stripe.com/v3/\"></script>",
         "  <script src=\"/js/give.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>" % rmix(r, 64, B64),
         "</head>", "<body>", "  <form id=\"give\" data-fund=\"%s\" data-campaign=\"%s\">" % (fund_code(r), campaign_code(r)),
         "    <div id=\"card-element\"></div>", "    <button type=\"submit\">Give now</button>", "  </form>",
         "  <script>", "    // publishable key - safe to ship to browsers", "    const stripe = Stripe('%s');" % pk,
         "  </script>", "</body>", "</html>", ""]
    return rel, "\n".join(L), "Stripe", "publishable_key"


@negtemplate("webhook_signature_test", "python")
def n_sigtest(r):
    rel = r.choice(["tests/test_webhooks.py", "tests/integrations/test_givebutter_webhook.py"])
    body = '{"event":"transaction.succeeded","data":{"id":%d,"amount":%d}}' % (r.randrange(10**6, 10**7), r.choice([25, 50, 100]))
    L = ["import hashlib", "import hmac", "", "from app.webhooks import verify_signature", "",
         "TEST_SECRET = b\"test-signing-secret\"  # fixture only", "BODY = b'%s'" % body, "",
         "", "def test_signature_roundtrip():",
         "    sig = hmac.new(TEST_SECRET, BODY, hashlib.sha256).hexdigest()",
         "    assert verify_signature(BODY, sig, TEST_SECRET)", "",
         "", "def test_rejects_tampered_signature():",
         "    bad = \"sha256=%s\"" % rhex(r, 64),
         "    assert not verify_signature(BODY, bad, TEST_SECRET)", ""]
    return rel, "\n".join(L), "Givebutter", "signature_fixture"


@negtemplate("i18n_strings", "json")
def n_i18n(r):
    prov = r.choice(["Bloomerang", "Neon CRM", "Breeze ChMS", "Planning Center", "Mailchimp", "Donorbox"])
    lang = r.choice(["en", "es", "fr"])
    rel = "locales/%s/settings.json" % lang if r.random() < 0.5 else "languages/%s.json" % lang
    t = {"en": ("API key", "Paste your %s API key. It is stored encrypted." % prov, "Secret", "Test connection"),
         "es": ("Clave de API", "Pegue su clave de API de %s. Se guarda cifrada." % prov, "Secreto", "Probar conexion"),
         "fr": ("Cle d'API", "Collez votre cle d'API %s. Elle est chiffree." % prov, "Secret", "Tester la connexion")}[lang]
    doc = {"settings": {"integrations": {"title": prov, "api_key_label": t[0], "api_key_help": t[1],
                                         "client_secret_label": t[2], "test_button": t[3],
                                         "api_key_placeholder": "xxxxxxxx-xxxx", "saved": "OK"}}}
    return rel, json.dumps(doc, indent=2, ensure_ascii=False) + "\n", prov, "i18n"


@negtemplate("gh_workflow_secrets_only", "github-actions")
def n_gh(r):
    o, sl = org(r)
    k = r.choice(KINDS)
    env = name_of(k["words"][0], "screaming")
    rel = ".github/workflows/%s.yml" % r.choice(["deploy", "sync", "backup"])
    L = ["name: Deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest",
         "    environment: production", "    steps:", "      - uses: actions/checkout@v4",
         "      - name: Sync", "        env:", "          %s: ${{ secrets.%s }}" % (env, env),
         "          AWS_ROLE_ARN: arn:aws:iam::%d:role/%s-deployer" % (r.randrange(10**11, 10**12), sl),
         "        run: ./scripts/deploy.sh", ""]
    return rel, "\n".join(L), k["provider"], "env_reference"


@negtemplate("env_example", "dotenv")
def n_envex(r):
    ks = r.sample(KINDS, r.randrange(3, 7))
    rel = r.choice([".env.example", ".env.sample", "sync/.env.dist"])
    L = ["# Copy to .env and fill in. Never commit the real file."]
    for k in ks:
        L.append("%s=%s" % (name_of(k["words"][0], "screaming"), r.choice(["", "changeme", "<%s>" % name_of(k["words"][0], "kebab"), "xxxx"])))
    L.append("APP_ENV=development")
    return rel, "\n".join(L) + "\n", ks[0]["provider"], "placeholder"


@negtemplate("changelog_shas", "markdown")
def n_changelog(r):
    rel = "CHANGELOG.md"
    L = ["# Changelog", ""]
    for v in range(r.randrange(3, 6), 0, -1):
        L += ["## 1.%d.0 - %s" % (v, date(r)), "",
              "- %s (%s)" % (r.choice(["Fix Bloomerang pagination", "Add Givebutter webhook", "Map PCO campus ids",
                                       "Handle refunded gifts", "Batch numbers in export"]), rhex(r, 7)),
              "- Merge commit %s" % rhex(r, 40), ""]
    return rel, "\n".join(L), "GitHub", "git_sha"


@negtemplate("mailchimp_audience_cfg", "yaml")
def n_mcaud(r):
    rel = r.choice(["config/mailchimp.yml", "newsletter/audiences.yaml"])
    L = ["server_prefix: us%d" % r.randrange(1, 21), "api_key: ${MAILCHIMP_API_KEY}", "audiences:"]
    for nm in r.sample(["Newsletter", "Volunteers", "Donors", "Prayer Chain", "Members"], 3):
        L += ["  %s:" % nm.lower().replace(" ", "_"), "    list_id: %s" % rhex(r, 10),
              "    interest_category: %s" % rhex(r, 10), "    double_opt_in: true"]
    return rel, "\n".join(L) + "\n", "Mailchimp", "audience_id"


@negtemplate("apex_test_mock", "apex")
def n_apexmock(r):
    rel = "force-app/main/default/classes/%sCalloutTest.cls" % r.choice(["Bloomerang", "Givebutter", "Neon", "Classy"])
    L = ["@IsTest", "private class CalloutTest {", "    private class Mock implements HttpCalloutMock {",
         "        public HttpResponse respond(HttpRequest req) {", "            HttpResponse res = new HttpResponse();",
         "            res.setStatusCode(200);",
         "            res.setBody('{\"access_token\":\"test-access-token\",\"token_type\":\"bearer\",\"expires_in\":3600}');",
         "            return res;", "        }", "    }", "", "    @IsTest", "    static void syncsGifts() {",
         "        Test.setMock(HttpCalloutMock.class, new Mock());",
         "        Opportunity o = new Opportunity(Name = 'Test gift', StageName = 'Closed Won', CloseDate = Date.today(), Amount = %d);" % r.choice([25, 100]),
         "        insert o;", "        Test.startTest();", "        System.enqueueJob(new GiftSync());", "        Test.stopTest();",
         "        System.assertEquals('%s', [SELECT Id FROM Opportunity LIMIT 1].Id != null ? '%s' : null);" % ("ok", "ok"),
         "    }", "}", ""]
    return rel, "\n".join(L), "Salesforce", "test_mock"


@negtemplate("campus_migration_sql", "sql")
def n_sqlcampus(r):
    rel = "db/migrations/%s_add_campuses.sql" % date(r).replace("-", "")
    L = ["CREATE TABLE IF NOT EXISTS campuses (", "  id uuid PRIMARY KEY,", "  pco_campus_id bigint NOT NULL,",
         "  rock_campus_guid uuid,", "  name text NOT NULL", ");", ""]
    for nm in r.sample(["Downtown", "North Campus", "Online", "Eastside", "Riverside"], 3):
        L.append("INSERT INTO campuses VALUES ('%s', %d, '%s', '%s');" % (ruuid(r), r.randrange(10**5, 10**6), ruuid(r).upper(), nm))
    return rel, "\n".join(L) + "\n", "Rock RMS", "uuid_ids"


@negtemplate("ps1_secretmanagement", "powershell")
def n_ps1(r):
    k = r.choice([x for x in KINDS if x["auth"][0] == "header"])
    rel = "scripts/Invoke-%sReport.ps1" % r.choice(["Gift", "Donor", "Member"])
    L = ["#Requires -Modules Microsoft.PowerShell.SecretManagement", "param([string]$Vault = 'GivingVault')", "",
         "$key = Get-Secret -Name '%s' -Vault $Vault -AsPlainText" % name_of(k["words"][0], "kebab"),
         "$headers = @{ '%s' = %s }" % (k["auth"][1], "\"%s\"" % k["auth"][2].replace("{}", "$key").replace('"', "'")),
         "$r = Invoke-RestMethod -Uri '%s' -Headers $headers" % k["base"],
         "$r | ConvertTo-Json -Depth 4 | Out-File report.json", ""]
    return rel, "\n".join(L), k["provider"], "secret_manager_reference"


@negtemplate("ansible_vault", "yaml")
def n_vault(r):
    rel = r.choice(["group_vars/all/vault.yml", "ansible/inventories/prod/group_vars/vault.yml"])
    blob = rhex(r, 80 * r.randrange(6, 12))
    L = ["$ANSIBLE_VAULT;1.1;AES256"] + [blob[i:i + 80] for i in range(0, len(blob), 80)]
    return rel, "\n".join(L) + "\n", "CiviCRM", "ciphertext"


@negtemplate("api_docs_examples", "markdown")
def n_apidocs(r):
    rel = r.choice(["docs/api.md", "docs/setup/aws.md", "CONTRIBUTING.md"])
    L = ["# Setting up local credentials", "",
         "Use the example values from the AWS docs when running against LocalStack:", "", "```ini",
         "[localstack]", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
         "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "```", "",
         "For Slack alerts, set `SLACK_WEBHOOK_URL` in your shell; the format is",
         "`https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`.", "",
         "For the CRM, export `BLOOMERANG_API_KEY=<your key>` - ask the data team for a sandbox key.", ""]
    return rel, "\n".join(L), "AWS", "documented_example"


@negtemplate("wp_settings_page", "php-wordpress")
def n_wpsettings(r):
    k = r.choice([x for x in KINDS if x["id"] in ("bloomerang", "neon", "givebutter", "donorbox", "mailchimp", "breeze")])
    opt = name_of(k["words"][0], "snake")
    rel = "wp-content/plugins/giving-bridge/includes/class-settings.php"
    L = ["<?php", "class Giving_Bridge_Settings {", "    const OPTION = '%s';" % opt, "",
         "    public static function register() {",
         "        register_setting( 'giving_bridge', self::OPTION, array( 'sanitize_callback' => 'sanitize_text_field' ) );",
         "        add_settings_field( self::OPTION, __( '%s', 'giving-bridge' ), array( __CLASS__, 'render' ), 'giving_bridge' );" % name_of(k["words"][0], "title"),
         "    }", "", "    public static function render() {", "        $value = get_option( self::OPTION, '' );",
         "        $masked = $value ? str_repeat( '*', 12 ) . substr( $value, -4 ) : '';",
         "        printf( '<input type=\"password\" name=\"%s\" value=\"%s\" autocomplete=\"off\" />', esc_attr( self::OPTION ), esc_attr( $masked ) );",
         "    }", "}", ""]
    return rel, "\n".join(L), k["provider"], "settings_lookup"


@negtemplate("tithely_embed", "html")
def n_tithely(r):
    rel = r.choice(["_includes/give-button.html", "templates/partials/tithely.html"])
    L = ["<!-- Tithe.ly giving button: church id is public -->",
         "<script src=\"https://tithe.ly/widget/v3/give.js?3\"></script>", "<script>",
         "  var tw = create_tithely_widget();", "</script>",
         "<button class=\"tithely-give-btn\" data-church-id=\"%d\">Give</button>" % r.randrange(100000, 9999999), ""]
    return rel, "\n".join(L), "Tithe.ly", "church_ids"


@negtemplate("propublica_notebook", "jupyter")
def n_nb(r):
    rel = "notebooks/peer_orgs_990.ipynb"
    eins = [ein(r).replace("-", "") for _ in range(4)]
    src = ["import requests, pandas as pd", "EINS = %s" % json.dumps(eins), "rows = []", "for e in EINS:",
           "    j = requests.get(f\"https://projects.propublica.org/nonprofits/api/v2/organizations/{e}.json\").json()",
           "    rows.append(j[\"organization\"])", "pd.DataFrame(rows)[[\"ein\", \"name\", \"state\"]]"]
    nb = {"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [
        {"output_type": "execute_result", "execution_count": 1, "metadata": {},
         "data": {"text/plain": ["   ein        name\n"] + ["%d  %s  %s\n" % (i, eins[i], org(r)[0]) for i in range(4)]}}],
        "source": [x + "\n" for x in src[:-1]] + src[-1:]}],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
        "nbformat": 4, "nbformat_minor": 5}
    return rel, json.dumps(nb, indent=1) + "\n", "Every.org", "ein"


@negtemplate("tf_secretsmanager_data", "terraform")
def n_tf(r):
    o, sl = org(r)
    rel = "infra/lambda.tf"
    L = ['data "aws_secretsmanager_secret_version" "crm" {', '  secret_id = "prod/%s/crm"' % sl, "}", "",
         'resource "aws_lambda_function" "sync" {', '  function_name = "%s-gift-sync"' % sl,
         '  role          = aws_iam_role.sync.arn', '  handler       = "handler.run"', '  runtime       = "python3.12"',
         "  environment {", "    variables = {",
         "      CRM_SECRET_ARN = data.aws_secretsmanager_secret_version.crm.arn",
         '      FUND_CODE      = "%s"' % fund_code(r), "    }", "  }", "}", ""]
    return rel, "\n".join(L), "AWS", "secret_manager_reference"


@negtemplate("rock_checkin_config", "json")
def n_rock(r):
    rel = "rock/checkin-config.json"
    doc = {"campusId": r.randrange(1, 12), "checkinTypeGuid": ruuid(r).upper(),
           "groups": [{"groupId": r.randrange(100, 9999), "name": nm, "locationId": r.randrange(1, 300)}
                      for nm in r.sample(["Nursery", "Pre-K", "Kids 1-2", "Kids 3-5", "Youth"], 3)],
           "securityCodeLength": 3, "labelTemplate": "KidLabel.zpl"}
    return rel, json.dumps(doc, indent=2) + "\n", "Rock RMS", "church_ids"


@negtemplate("ngpvan_activist_codes", "python")
def n_van(r):
    rel = "etl/van_codes.py"
    L = ["# EveryAction activist codes and survey question ids (not secrets)", "ACTIVIST_CODES = {"]
    for nm in r.sample(["Volunteer", "Monthly Donor", "Event RSVP", "Petition Signer", "Board"], 4):
        L.append('    "%s": %d,' % (nm, r.randrange(4000000, 5999999)))
    L += ["}", "", "SURVEY_QUESTION_ID = %d" % r.randrange(300000, 399999),
          'VAN_APP_NAME = "%s"  # the key lives in os.environ["VAN_API_KEY"]' % r.choice(["hopeharbor.sync", "tenants.api"]),
          "DATABASE_MODE = 1  # MyCampaign", ""]
    return rel, "\n".join(L), "EveryAction / NGP VAN", "ids"


# ---------------------------------------------------------------- driver
N_POS = 500
N_NEG = 500


def pick_weighted(r, items, weights):
    total = sum(weights)
    x = r.random() * total
    for it, w in zip(items, weights):
        x -= w
        if x < 0:
            return it
    return items[-1]


def pick_template(r, kind, used, for_neg=False):
    cands = [t for t in TEMPLATES if t["accept"](kind) and (t["neg_reuse"] or not for_neg)]
    ws = [1.0 / (1 + used.get(t["name"], 0)) ** 2 for t in cands]
    return pick_weighted(r, cands, ws)


def line_of(text, needle):
    return text[:text.index(needle)].count("\n") + 1


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        print("usage: gen_dn.py OUTDIR SEED", file=sys.stderr)
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    used_pos, used_neg, kind_used = {}, {}, {}
    kinds = list(KINDS)

    for i in range(N_POS):
        while True:
            kind = pick_weighted(r, kinds, [k["w"] / (1 + kind_used.get(k["id"], 0) * 0.15) for k in kinds])
            t = pick_template(r, kind, used_pos)
            s = Slot(r, kind, t["lang"], True)
            rel, text = t["fn"](r, s)
            if s.secret in text:
                break
        kind_used[kind["id"]] = kind_used.get(kind["id"], 0) + 1
        used_pos[t["name"]] = used_pos.get(t["name"], 0) + 1
        d = "pos/p%04d" % i
        write(outdir, d + "/" + rel, text)
        manifest.append({"file": d + "/" + rel, "label": "pos", "provider": kind["provider"],
                         "kind": kind["kind"], "filetype": t["ftype"]})
        secrets.append({"file": d + "/" + rel, "needle": s.secret, "line": line_of(text, s.secret)})

    needles = [x["needle"] for x in secrets]
    for i in range(N_NEG):
        while True:
            if r.random() < 0.5:
                kind = pick_weighted(r, kinds, [k["w"] for k in kinds])
                t = pick_template(r, kind, used_neg, for_neg=True)
                s = Slot(r, kind, t["lang"], False)
                rel, text = t["fn"](r, s)
                prov, nk, ft, tname = kind["provider"], s.neg_kind, t["ftype"], t["name"]
            else:
                nts = NEG_TEMPLATES
                t = pick_weighted(r, nts, [1.0 / (1 + used_neg.get(x["name"], 0)) ** 2 for x in nts])
                rel, text, prov, nk = t["fn"](r)
                ft, tname = t["ftype"], t["name"]
            if not any(n in text for n in needles):
                break
        used_neg[tname] = used_neg.get(tname, 0) + 1
        d = "neg/n%04d" % i
        write(outdir, d + "/" + rel, text)
        manifest.append({"file": d + "/" + rel, "label": "neg", "provider": prov, "kind": nk, "filetype": ft})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for x in secrets:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
