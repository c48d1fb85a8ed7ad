#!/usr/bin/env python3
"""gen_bs.py - blind evaluation-set generator for keyhook (set "bs").

EMPHASIS
  Transactional email, newsletters and SMTP inside applications. Positives hold exactly one
  credential of: SendGrid API key; Mailgun private API key, Mailgun HTTP webhook signing key,
  Mailgun SMTP password; Postmark server token and account token; Resend API key; Brevo
  (ex-Sendinblue) v3 API key and SMTP key; Mailchimp Marketing API key; Mandrill / Mailchimp
  Transactional key; Mailjet API-key/secret-key pair; SparkPost API key; Amazon SES SMTP
  credentials (AKIA username + derived SMTP password); Loops; Kit (v4 key, legacy ConvertKit v3
  API secret); beehiiv; Buttondown; MailerLite (JWT token and Classic key); Klaviyo private key;
  Customer.io Track (site id + API key) and App API key; listmonk admin password; Mautic mailer /
  API password and OAuth2 client secret; plain SMTP passwords in Django, Flask, Rails, Laravel,
  Spring, Nodemailer, PHPMailer, JavaMail, Go net/smtp, .NET, WordPress, GitLab, Grafana,
  Alertmanager, Nextcloud, Mastodon, Discourse, Keycloak, Ghost, Gitea, msmtp, Postfix
  sasl_passwd; and smtp:// / smtps:// / Symfony MAILER_DSN / django-environ EMAIL_URL URLs.
  File types: Python, Ruby, PHP, JS, TS, Java, Kotlin, Go, C#, YAML, Spring YAML/properties,
  JSON (appsettings, Postman, Keycloak, Ghost), TOML, INI, XML (web.config), HCL, .env,
  docker-compose, GitHub Actions, Helm values, Kubernetes manifests, Markdown runbooks, shell,
  .http files, msmtprc, Postfix maps; negatives add HTML email templates, .eml, CSV, DNS zones,
  ansible-vault, Rails encrypted credentials, package-lock.json.

USAGE
  python3 gen_bs.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED (one random.Random(SEED),
  no clock, no os.urandom, no set iteration). Standard library only.

NEEDLE CONVENTIONS
  needle = the secret exactly as written in the file; line = 1-based line of its first occurrence.
  * id/secret pairs (Mailjet, Customer.io Track, SES SMTP, Mautic OAuth): the needle is the secret
    half; the public half (Mailjet API key, site id, AKIA username, client id) may sit nearby.
  * Postmark SMTP uses the server token as both username and password: needle = the token, line =
    its first (username) line.
  * SendGrid/Resend/SparkPost/Mandrill/Mailjet keys used as SMTP passwords keep their API kind.
  * Inside URLs/DSNs the needle is the percent-encoded form that appears in the file (e.g. an SES
    SMTP password with + / = is written %2B %2F %3D).
  * About half the positives use an obvious name (SENDGRID_API_KEY, EMAIL_HOST_PASSWORD, ...); the
    rest use neutral names (NOTIFY_CFG, deliveryConf, ESP_VALUE), positional SDK arguments, inline
    HTTP headers, curl -u, URLs or request bodies. Exactly one credential per positive file; the
    surrounding files never contain other secrets (DB passwords are env references or absent).

NEGATIVES
  Half reuse the positive templates with the secret slot filled by: env / secret-manager
  references (os.environ, ENV.fetch, env(), process.env, ${VAR}, ${{ secrets.X }}, op://, vault:,
  ref+awsssm://, Azure Key Vault refs, #{VAR}# token replacement), placeholders (YOUR_X, <x>,
  SG.xxxx..., re_xxxxxxxxx, POSTMARK_API_TEST, key-xxx), masked values (****, ••••, [REDACTED],
  prefix+stars+last 4), empty values, and provider documentation examples (SparkPost's
  14ac5499cfdd2bb2859e4476d2e5b1d2bad079bf and Loops' d2d561f5ff80136f69b4b5a31b9fb3c9 from their
  API docs; AWS AKIAIOSFODNN7EXAMPLE as SES user). The other half are domain look-alikes: DNS zones
  with SPF/DKIM/DMARC, SES DKIM tokens in Terraform, Mailgun webhook fixtures (token/signature),
  SendGrid Event Webhook public ECDSA verification key + sample signature, Postmark bounce payloads,
  SNS/SES notifications with signatures, email HTML with sample unsubscribe token, Klaviyo public
  site id snippet, Customer.io JS snippet site id, Mailchimp embed form (u= / audience id), EmailJS
  public key + service/template ids, MailHog/Mailpit/MailCatcher dev SMTP without auth, message-id
  logs, SendGrid d- template ids, Postmark template ids, Brevo/Mailjet/Klaviyo list ids, Mailchimp
  MD5 subscriber hash, npm integrity digests, i18n strings, ansible-vault / SOPS / SealedSecret /
  Rails credentials.yml.enc ciphertext, HMAC known-answer test vectors with obviously fake keys,
  .env.example, secretKeyRef manifests, Laravel's stock config/mail.php, Postfix main.cf without
  credentials, msmtp passwordeval, Mailgun public validation key (pubkey-...).

DOUBTS (formats from memory or uncertain; labels a reviewer might dispute)
  * Resend: re_ + 8 alnum + _ + 24 alnum - inferred from the shape of published keys, not a spec.
  * Mailgun: legacy "key-" + 32 [0-9a-z] and newer 32 hex-8 hex-8 hex are from memory; the HTTP
    webhook signing key is generated in either of those shapes (uncertain which Mailgun issues now).
  * Mandrill: 22 chars [A-Za-z0-9_-], newer keys with "md-" prefix - from memory.
  * Klaviyo private key: "pk_" + 34 lowercase hex - docs only say "pk_ followed by a longer
    alphanumeric string"; the length/alphabet are from memory.
  * Kit v4 "kit_" + 32 hex and the ConvertKit v3 API secret (43 chars base64url) are from memory;
    the kit_ prefix is confirmed by third-party docs only.
  * beehiiv (64 alnum), Buttondown (UUID; its docs example shows a 40-hex token), MailerLite new
    API token (RS256 JWT with aud/jti/iat/nbf/exp/sub/scopes claims) and Classic key (32 hex),
    Loops (32 hex, matches its docs example), Customer.io (site id and Track key 20 hex, App API key
    32 hex), Mautic OAuth2 client id "1_" + 50 base36 / secret 50 base36: shapes from memory.
  * Brevo SMTP login "<n>a<n>f<n>001@smtp-brevo.com" is a made-up shape; Brevo's key format
    xkeysib-/xsmtpsib- + 64 hex + "-" + 16 alnum is from memory and third-party docs.
  * SES SMTP password = base64(0x04 || 32-byte HMAC) = 44 chars starting with "B" (AWS algorithm);
    values are random bytes, not derived from a real secret key.
  * Labels a reviewer might dispute: negatives holding the SparkPost/Loops documentation example
    keys in code (the provider publishes them; a scanner cannot tell); Mailchimp embed "u=" id and
    Customer.io site id treated as public; Mailgun "pubkey-" public validation key (legacy,
    documented for client-side use); unsubscribe token in an HTML comment labelled a sample;
    listmonk/Mautic human passwords and weak SMTP passwords like "Autumn2022@Quartz" labelled
    positive (real admin passwords are often like that); EmailJS public key shape (15/17 chars)
    is a guess.

SEARCHES (search tool, corpora docs/pages)
  Resend key format; Brevo xkeysib/xsmtpsib; Mailgun webhook signing (documentation.mailgun.com
  "Securing Webhooks", API authentication); Klaviyo public/private keys (developers.klaviyo.com);
  SES SMTP password derivation (gists restating the AWS algorithm); Postmark server/account tokens
  (postmarkapp.com); Mailchimp data-center suffix; SparkPost auth (developers.sparkpost.com, docs
  example key); Loops auth (loops.so docs example key); Kit v4 keys; listmonk admin settings;
  Customer.io Track/App auth; MailerLite auth; Buttondown auth; beehiiv; Mandrill; Mailjet; EmailJS.
  Scanner-related material shown by searches and NOT used: GitGuardian detector pages for Resend,
  Mailchimp, SparkPost, Customer.io Track keys, Mandrill and Mailjet (metadata only, ignored).
"""

import base64
import hashlib
import hmac
import json
import os
import sys
import random
from urllib.parse import quote

# ---------------------------------------------------------------------------
# small random helpers (all randomness flows from one random.Random(SEED))
# ---------------------------------------------------------------------------
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = LOW + UP + DIG
B36 = LOW + DIG
B64URL = ALNUM + "-_"
B32AWS = UP + "234567"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(r, alphabet, n, need=(LOW, UP, DIG)):
    """random string that contains at least one char of each class in need."""
    while True:
        s = rs(r, alphabet, n)
        if all(any(c in cls for c in s) for cls in need if any(ch in alphabet for ch in cls)):
            return s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def uuid4(r):
    h = list(rs(r, HEX, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def pick(r, seq):
    return seq[r.randrange(len(seq))]


WORDS = ["harbor", "maple", "orbit", "velvet", "canyon", "falcon", "ember", "willow", "quartz",
         "summit", "copper", "meadow", "lantern", "raven", "cobalt", "thistle", "juniper", "granite",
         "saffron", "tundra", "marble", "otter", "pepper", "comet", "birch", "delta", "fjord",
         "harvest", "indigo", "kestrel", "lagoon", "mosaic", "nectar", "opal", "prairie", "ripple"]
SYMS = "!@%^*-_.+="


def human_password(r, url_safe=False):
    """A realistic human/admin-chosen or generator-made password (no quotes, $, #, &, <, >, \\)."""
    k = r.randrange(7)
    if k == 0:
        s = pick(r, WORDS).capitalize() + r.choice("!@%*") + pick(r, WORDS).capitalize() + rs(r, DIG, r.randint(2, 4))
    elif k == 1:
        s = "-".join(pick(r, WORDS) for _ in range(r.randint(3, 4))) + "-" + rs(r, DIG, 2)
    elif k == 2:
        s = mixed(r, ALNUM + "!@%^*-_+=", r.randint(14, 22), need=(LOW, UP, DIG, "!@%^*-_+="))
    elif k == 3:
        s = pick(r, ["Spring", "Summer", "Autumn", "Winter"]) + str(r.randint(2019, 2025)) + r.choice("!@.*") + pick(r, WORDS).capitalize()
    elif k == 4:  # Google app password style (16 lowercase letters)
        s = rs(r, LOW, 16)
    elif k == 5:
        s = mixed(r, ALNUM, r.randint(18, 28))
    else:
        s = pick(r, WORDS).capitalize() + rs(r, DIG, 3) + r.choice("!@%*") + pick(r, WORDS) + r.choice("!?.") + rs(r, DIG, 2)
        s = s.replace("?", "%")
    if url_safe:
        s = "".join(c if (c.isalnum() or c in "-_.") else "-" for c in s)
    if not s[0].isalnum():
        s = pick(r, WORDS)[:3].capitalize() + s
    return s


# ---------------------------------------------------------------------------
# credential generators (documented formats; see header DOUBTS)
# ---------------------------------------------------------------------------
def g_sendgrid(r):
    return "SG." + mixed(r, B64URL, 22) + "." + mixed(r, B64URL, 43), None


def g_mailgun_key(r):
    if r.random() < 0.5:
        return "key-" + mixed(r, B36, 32, need=(LOW, DIG)), None
    return rs(r, HEX, 32) + "-" + rs(r, HEX, 8) + "-" + rs(r, HEX, 8), None


def g_mailgun_signing(r):
    if r.random() < 0.5:
        return rs(r, HEX, 32) + "-" + rs(r, HEX, 8) + "-" + rs(r, HEX, 8), None
    return "key-" + mixed(r, B36, 32, need=(LOW, DIG)), None


def g_uuid(r):
    return uuid4(r), None


def g_resend(r):
    return "re_" + mixed(r, ALNUM, 8) + "_" + mixed(r, ALNUM, 24), None


def g_brevo(r):
    return "xkeysib-" + rs(r, HEX, 64) + "-" + mixed(r, ALNUM, 16), None


def g_brevo_smtp(r):
    return "xsmtpsib-" + rs(r, HEX, 64) + "-" + mixed(r, ALNUM, 16), None


def g_mailchimp(r):
    return rs(r, HEX, 32) + "-us" + str(r.randint(1, 21)), None


def g_mandrill(r):
    if r.random() < 0.5:
        return "md-" + mixed(r, ALNUM + "_-", 22), None
    return mixed(r, ALNUM + "_-", 22), None


def g_mailjet(r):
    return rs(r, HEX, 32), rs(r, HEX, 32)   # (secret, public api key)


def g_hex40(r):
    return rs(r, HEX, 40), None


def g_hex32(r):
    return rs(r, HEX, 32), None


def g_ses(r):
    pw = base64.b64encode(b"\x04" + rbytes(r, 32)).decode()
    return pw, "AKIA" + rs(r, B32AWS, 16)


def g_kit(r):
    if r.random() < 0.6:
        return "kit_" + rs(r, HEX, 32), None
    return mixed(r, B64URL, 43), None   # legacy v3 API secret


def g_beehiiv(r):
    return mixed(r, ALNUM, 64), None


def g_mailerlite(r):
    if r.random() < 0.35:
        return rs(r, HEX, 32), None      # MailerLite Classic API key
    hdr = b64u(b'{"typ":"JWT","alg":"RS256"}')
    iat = r.randint(1672531200, 1735603200)
    payload = '{"aud":"4","jti":"%s","iat":%d.%06d,"nbf":%d.%06d,"exp":%d.%06d,"sub":"%d","scopes":[]}' % (
        rs(r, HEX, 80), iat, r.randint(0, 999999), iat, r.randint(0, 999999), iat + 31536000 * 4,
        r.randint(0, 999999), r.randint(100000, 999999))
    sig = b64u(rbytes(r, 256))
    return hdr + "." + b64u(payload.encode()) + "." + sig, None


def g_klaviyo(r):
    return "pk_" + rs(r, HEX, 34), None


def g_cio_track(r):
    return rs(r, HEX, 20), rs(r, HEX, 20)      # (track api key, site id)


def g_cio_app(r):
    return rs(r, HEX, 32), None


def g_password(r):
    return human_password(r), None


def g_mautic_oauth(r):
    return rs(r, B36, 50), "1_" + rs(r, B36, 50)


# ---------------------------------------------------------------------------
# Slot: how the secret (or, in negatives, its innocent stand-in) is written
# ---------------------------------------------------------------------------
REF_FORMS = {
    "py": ['os.environ["@V@"]', 'os.getenv("@V@")', 'os.environ.get("@V@", "")', 'env("@V@")', 'config("@V@")'],
    "rb": ['ENV["@V@"]', 'ENV.fetch("@V@")', 'Rails.application.credentials.dig(:mail, :@v@)'],
    "php": ["env('@V@')", "getenv('@V@')", "$_ENV['@V@']"],
    "js": ["process.env.@V@", 'process.env["@V@"]'],
    "ts": ["process.env.@V@!", 'process.env.@V@ ?? ""'],
    "java": ['System.getenv("@V@")'],
    "kt": ['System.getenv("@V@")', 'System.getenv("@V@") ?: ""'],
    "go": ['os.Getenv("@V@")'],
    "cs": ['Environment.GetEnvironmentVariable("@V@")'],
    "hcl": ["var.@v@"],
}
INTERP_FORMS = {
    "yaml": ["${@V@}", "${@V@:?missing}", "vault:secret/data/mail#@v@", "ref+awsssm://prod/mail/@v@"],
    "helm": ["ref+vault://secret/data/mail#@v@", "${@V@}"],
    "compose": ["${@V@}", "${@V@:?set in .env}"],
    "gha": ["${{ secrets.@V@ }}"],
    "env": ["op://Production/mail/@v@", "${@V@}"],
    "json": ["${@V@}", "#{@V@}#", "@Microsoft.KeyVault(SecretUri=https://kv-mail-prod.vault.azure.net/secrets/@k@)"],
    "xml": ["#{@V@}#", "${@V@}", "__@V@__"],
    "props": ["${@V@}", "${@V@:}"],
    "toml": ["${@V@}", "env:@V@"],
    "ini": ["${@V@}", "%(ENV_@V@)s"],
    "md": ["$@V@", "${@V@}"],
    "sh": ["$@V@", "${@V@}"],
    "conf": ["${@V@}"],
    "http": ["{{@V@}}", "{{$dotenv @V@}}"],
    "hcl": ["${var.@v@}"],
}


def _sub(f, var):
    return f.replace("@V@", var).replace("@v@", var.lower()).replace("@k@", var.lower().replace("_", "-"))


class Slot:
    """mode: 'secret' (real credential), 'literal' (innocent text written where the secret
    would go: placeholder, masked, empty, doc example) or 'ref' (env/secret-manager reference)."""

    def __init__(self, r, mode, value="", var="MAIL_API_KEY"):
        self.mode = mode
        self.value = value
        self.var = var
        self.k = r.randrange(1000)

    @property
    def is_ref(self):
        return self.mode == "ref"

    def _interp(self, lang):
        forms = INTERP_FORMS.get(lang, INTERP_FORMS["yaml"])
        return _sub(forms[self.k % len(forms)], self.var)

    def lit(self, lang, q='"'):
        """an expression / quoted literal in language `lang`."""
        if self.mode == "ref":
            if lang in REF_FORMS:
                forms = REF_FORMS[lang]
                return _sub(forms[self.k % len(forms)], self.var)
            return q + self._interp(lang) + q
        return q + self.value + q

    def inner(self, lang):
        """bare text to embed inside a larger string / unquoted config value."""
        if self.mode == "ref":
            return self._interp(lang)
        return self.value

    def cat(self, lang, prefix, suffix="", q='"'):
        """expression producing prefix + secret + suffix in a code language."""
        if self.mode != "ref":
            return q + prefix + self.value + suffix + q
        e = self.lit(lang)
        if lang == "py":
            return 'f"' + prefix + "{" + e.replace('"', "'") + "}" + suffix + '"'
        if lang in ("js", "ts"):
            return "`" + prefix + "${" + e + "}" + suffix + "`"
        if lang == "rb":
            return '"' + prefix + "#{" + e + "}" + suffix + '"'
        if lang == "php":
            out = ("'" + prefix + "' . " if prefix else "") + e + (" . '" + suffix + "'" if suffix else "")
            return out
        out = ('"' + prefix + '" + ' if prefix else "") + e + (' + "' + suffix + '"' if suffix else "")
        return out


# ---------------------------------------------------------------------------
# context pools (invented companies; no real customer data)
# ---------------------------------------------------------------------------
DOMAINS = ["brightlane.io", "acornhealth.io", "pinecrest-dental.com", "quillstack.dev", "tidewater-analytics.com",
           "kettlebell.app", "orbitly.co", "lumenfield.org", "fernhill.studio", "copperleaf.shop", "nimbusgrid.net",
           "saltmarsh.travel", "redwoodlabs.ai", "hollowpine.coffee", "stratoscale.dev", "bluefinch.eu",
           "ironbark-legal.com", "meadowlane.school", "vantaport.io", "glassheron.co.uk"]
APPS = ["billing", "notifier", "accounts", "storefront", "newsletter", "portal", "crm-sync", "mailer", "onboarding",
        "digest", "alerts", "invoicing", "booking", "auth-service", "support-desk"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ca-central-1"]
PEOPLE = ["maria", "jonas", "priya", "tomasz", "aiko", "sam", "lena", "diego", "fatima", "noah"]


def ctx(r):
    d = pick(r, DOMAINS)
    return {"domain": d, "app": pick(r, APPS), "org": d.split(".")[0], "region": pick(r, REGIONS),
            "person": pick(r, PEOPLE), "port": pick(r, [587, 587, 587, 465, 2525]), "n": r.randint(2, 9)}


# ---------------------------------------------------------------------------
# provider / kind specifications
# auth: ("bearer",) | ("header", name, prefix) | ("basic", user) | ("basic_id",) | ("query", param) | ("body", field)
# ---------------------------------------------------------------------------
def _mc_base(v):
    dc = v.rsplit("-", 1)[-1] if "-us" in v else "us14"
    return "https://%s.api.mailchimp.com/3.0" % dc


SPECS = [
    dict(id="sendgrid", provider="sendgrid", kind="api_key", gen=g_sendgrid, w=34, env="SENDGRID_API_KEY",
         words=["sendgrid", "api", "key"], auth=("bearer",), base="https://api.sendgrid.com", path="/v3/mail/send",
         smtp=dict(host="smtp.sendgrid.net", user="apikey"), mask="SG.",
         ph=["SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "YOUR_SENDGRID_API_KEY", "<sendgrid-api-key>", "SG.your-key-here"]),
    dict(id="mailgun", provider="mailgun", kind="api_key", gen=g_mailgun_key, w=24, env="MAILGUN_API_KEY",
         words=["mailgun", "api", "key"], auth=("basic", "api"), base="https://api.mailgun.net", path="/v3/{mgdomain}/messages",
         form=True, mask="key-", ph=["key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "YOUR_MAILGUN_API_KEY", "<mailgun private key>"]),
    dict(id="mailgun_sig", provider="mailgun", kind="webhook_signing_key", gen=g_mailgun_signing, w=14,
         env="MAILGUN_WEBHOOK_SIGNING_KEY", words=["mailgun", "webhook", "signing", "key"], auth=None, mask="",
         ph=["<webhook-signing-key>", "YOUR_HTTP_WEBHOOK_SIGNING_KEY", "key-xxx"]),
    dict(id="mailgun_smtp", provider="mailgun", kind="smtp_password", gen=g_password, w=10, env="MAILGUN_SMTP_PASSWORD",
         words=["mailgun", "smtp", "password"], auth=None, smtp=dict(host="smtp.mailgun.org", user="postmaster@mg.{domain}"),
         smtp_only=True, ph=["<mailgun-smtp-password>", "CHANGE_ME"]),
    dict(id="postmark_server", provider="postmark", kind="server_token", gen=g_uuid, w=22, env="POSTMARK_SERVER_TOKEN",
         words=["postmark", "server", "token"], auth=("header", "X-Postmark-Server-Token", ""), base="https://api.postmarkapp.com",
         path="/email", smtp=dict(host="smtp.postmarkapp.com", user="@same"), mask="",
         ph=["POSTMARK_API_TEST", "00000000-0000-0000-0000-000000000000", "<server-api-token>", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"]),
    dict(id="postmark_account", provider="postmark", kind="account_token", gen=g_uuid, w=10, env="POSTMARK_ACCOUNT_TOKEN",
         words=["postmark", "account", "token"], auth=("header", "X-Postmark-Account-Token", ""), base="https://api.postmarkapp.com",
         path="/servers", method="GET", mask="", ph=["<account-api-token>", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"]),
    dict(id="resend", provider="resend", kind="api_key", gen=g_resend, w=24, env="RESEND_API_KEY", words=["resend", "api", "key"],
         auth=("bearer",), base="https://api.resend.com", path="/emails", smtp=dict(host="smtp.resend.com", user="resend", port=465),
         mask="re_", ph=["re_xxxxxxxxx", "re_123456789", "YOUR_RESEND_API_KEY"]),
    dict(id="brevo", provider="brevo", kind="api_key", gen=g_brevo, w=22, env="BREVO_API_KEY", words=["brevo", "api", "key"],
         alt_env="SENDINBLUE_API_KEY", auth=("header", "api-key", ""), base="https://api.brevo.com", path="/v3/smtp/email",
         mask="xkeysib-", ph=["xkeysib-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx", "YOUR_API_KEY", "<brevo-v3-key>"]),
    dict(id="brevo_smtp", provider="brevo", kind="smtp_key", gen=g_brevo_smtp, w=12, env="BREVO_SMTP_KEY",
         words=["brevo", "smtp", "key"], auth=None, smtp=dict(host="smtp-relay.brevo.com", user="{n}a{n}f{n}001@smtp-brevo.com"),
         smtp_only=True, mask="xsmtpsib-", ph=["<your-smtp-key>", "xsmtpsib-XXXXXXXX"]),
    dict(id="mailchimp", provider="mailchimp", kind="api_key", gen=g_mailchimp, w=20, env="MAILCHIMP_API_KEY",
         words=["mailchimp", "api", "key"], auth=("basic", "anystring"), base=_mc_base, path="/lists/{listid}/members",
         mask="", ph=["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us21", "YOUR_API_KEY-us1", "<mailchimp-marketing-key>"]),
    dict(id="mandrill", provider="mandrill", kind="api_key", gen=g_mandrill, w=14, env="MANDRILL_API_KEY",
         words=["mandrill", "api", "key"], auth=("body", "key"), base="https://mandrillapp.com", path="/api/1.0/messages/send",
         smtp=dict(host="smtp.mandrillapp.com", user="{org} Mailer"), mask="", ph=["YOUR_MANDRILL_KEY", "<mandrill-api-key>"]),
    dict(id="mailjet", provider="mailjet", kind="secret_key", gen=g_mailjet, w=18, env="MJ_APIKEY_PRIVATE", id_env="MJ_APIKEY_PUBLIC",
         words=["mailjet", "secret", "key"], id_words=["mailjet", "api", "key"], auth=("basic_id",), base="https://api.mailjet.com",
         path="/v3.1/send", smtp=dict(host="in-v3.mailjet.com", user="@id"), mask="",
         ph=["your_mailjet_secret_key", "<MJ_SECRET>", "****************"], id_ph=["your_mailjet_api_key", "<MJ_APIKEY>"]),
    dict(id="sparkpost", provider="sparkpost", kind="api_key", gen=g_hex40, w=16, env="SPARKPOST_API_KEY", words=["sparkpost", "api", "key"],
         auth=("header", "Authorization", ""), base="https://api.sparkpost.com", path="/api/v1/transmissions",
         smtp=dict(host="smtp.sparkpostmail.com", user="SMTP_Injection"), mask="",
         ph=["<YOUR API KEY>", "YOUR_SPARKPOST_API_KEY"], doc=["14ac5499cfdd2bb2859e4476d2e5b1d2bad079bf"]),
    dict(id="ses", provider="amazon_ses", kind="smtp_password", gen=g_ses, w=24, env="SES_SMTP_PASSWORD", id_env="SES_SMTP_USERNAME",
         words=["ses", "smtp", "password"], id_words=["ses", "smtp", "username"], auth=None,
         smtp=dict(host="email-smtp.{region}.amazonaws.com", user="@id"), smtp_only=True, mask="",
         ph=["<ses-smtp-password>", "YOUR_SMTP_PASSWORD"], id_ph=["AKIAIOSFODNN7EXAMPLE", "<ses-smtp-user>"]),
    dict(id="loops", provider="loops", kind="api_key", gen=g_hex32, w=12, env="LOOPS_API_KEY", words=["loops", "api", "key"],
         auth=("bearer",), base="https://app.loops.so", path="/api/v1/contacts/create", mask="",
         ph=["<loops-api-key>", "YOUR_LOOPS_API_KEY"], doc=["d2d561f5ff80136f69b4b5a31b9fb3c9"]),
    dict(id="kit_v4", provider="kit", kind="api_key", gen=lambda r: ("kit_" + rs(r, HEX, 32), None), w=10, env="KIT_API_KEY",
         words=["kit", "api", "key"], auth=("header", "X-Kit-Api-Key", ""), base="https://api.kit.com", path="/v4/subscribers",
         mask="kit_", ph=["kit_your_api_key_here", "<kit-v4-key>"]),
    dict(id="kit_v3", provider="kit", kind="api_secret", gen=lambda r: (mixed(r, B64URL, 43), None), w=8, env="CONVERTKIT_API_SECRET",
         words=["convertkit", "api", "secret"], auth=("query", "api_secret"), base="https://api.convertkit.com", path="/v3/subscribers",
         method="GET", mask="", ph=["<convertkit-api-secret>", "YOUR_API_SECRET"]),
    dict(id="beehiiv", provider="beehiiv", kind="api_key", gen=g_beehiiv, w=10, env="BEEHIIV_API_KEY", words=["beehiiv", "api", "key"],
         auth=("bearer",), base="https://api.beehiiv.com", path="/v2/publications/{pubid}/subscriptions", mask="",
         ph=["your_api_key_here", "<beehiiv-api-key>"]),
    dict(id="buttondown", provider="buttondown", kind="api_key", gen=g_uuid, w=9, env="BUTTONDOWN_API_KEY",
         words=["buttondown", "api", "key"], auth=("header", "Authorization", "Token "), base="https://api.buttondown.com",
         path="/v1/subscribers", mask="", ph=["<buttondown-api-key>", "YOUR_BUTTONDOWN_KEY"]),
    dict(id="mailerlite", provider="mailerlite", kind="api_token", gen=g_mailerlite, w=12, env="MAILERLITE_API_TOKEN",
         words=["mailerlite", "api", "token"], auth=("bearer",), base="https://connect.mailerlite.com", path="/api/subscribers",
         mask="", ph=["<mailerlite-token>", "YOUR_MAILERLITE_API_KEY"]),
    dict(id="klaviyo", provider="klaviyo", kind="private_api_key", gen=g_klaviyo, w=16, env="KLAVIYO_PRIVATE_API_KEY",
         words=["klaviyo", "private", "key"], auth=("header", "Authorization", "Klaviyo-API-Key "), base="https://a.klaviyo.com",
         path="/api/profiles/", extra_headers=[("revision", "2024-10-15")], mask="pk_", ph=["pk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<your-private-api-key>"]),
    dict(id="cio_track", provider="customerio", kind="track_api_key", gen=g_cio_track, w=14, env="CUSTOMERIO_API_KEY",
         id_env="CUSTOMERIO_SITE_ID", words=["customerio", "api", "key"], id_words=["customerio", "site", "id"], auth=("basic_id",),
         base="https://track.customer.io", path="/api/v1/customers/{uid}", method="PUT", mask="",
         ph=["YOUR_API_KEY", "<track-api-key>"], id_ph=["YOUR_SITE_ID", "<site-id>"]),
    dict(id="cio_app", provider="customerio", kind="app_api_key", gen=g_cio_app, w=8, env="CUSTOMERIO_APP_API_KEY",
         words=["customerio", "app", "key"], auth=("bearer",), base="https://api.customer.io", path="/v1/send/email", mask="",
         ph=["<app-api-key>", "YOUR_APP_API_KEY"]),
    dict(id="listmonk", provider="listmonk", kind="admin_password", gen=g_password, w=12, env="LISTMONK_ADMIN_PASSWORD",
         words=["listmonk", "admin", "password"], auth=("basic", "admin"), base="https://lists.{domain}", path="/api/subscribers",
         special_only=True, ph=["<set-a-strong-password>", "CHANGE_ME"]),
    dict(id="mautic", provider="mautic", kind="password", gen=g_password, w=10, env="MAUTIC_MAILER_PASSWORD",
         words=["mautic", "mailer", "password"], auth=None, special_only=True, ph=["<mailer-password>", "CHANGE_ME"]),
    dict(id="mautic_oauth", provider="mautic", kind="oauth_client_secret", gen=g_mautic_oauth, w=9, env="MAUTIC_CLIENT_SECRET",
         id_env="MAUTIC_CLIENT_ID", words=["mautic", "client", "secret"], id_words=["mautic", "client", "id"], auth=None, ph=["<client-secret>", "YOUR_CLIENT_SECRET"], id_ph=["<client-id>", "YOUR_PUBLIC_KEY"]),
    dict(id="smtp", provider="smtp", kind="smtp_password", gen=g_password, w=80, env="SMTP_PASSWORD",
         words=["smtp", "password"], auth=None, smtp=dict(host="@pool", user="@pool"), smtp_only=True,
         ph=["<smtp-password>", "REPLACE_WITH_APP_PASSWORD", "********", "your-password"]),
    dict(id="smtp_url", provider="smtp", kind="smtp_url_password", gen=g_password, w=34, env="SMTP_URL",
         words=["smtp", "url"], auth=None, url_only=True, ph=["password", "PASSWORD", "<password>"]),
]
SPEC_BY_ID = {s["id"]: s for s in SPECS}

SMTP_POOL = [
    ("smtp.office365.com", 587, "noreply@{domain}"),
    ("smtp.gmail.com", 587, "{app}.notifications@gmail.com"),
    ("smtp.gmail.com", 465, "alerts@{domain}"),
    ("smtp.zoho.eu", 465, "hello@{domain}"),
    ("smtp.fastmail.com", 465, "{person}@{domain}"),
    ("mail.{domain}", 587, "mailer@{domain}"),
    ("smtp.ionos.de", 587, "info@{domain}"),
    ("mail.privateemail.com", 465, "support@{domain}"),
    ("smtp.mailbox.org", 587, "{person}@{domain}"),
    ("relay.{domain}", 25, "svc-{app}"),
]


def fill(s, c):
    for k, v in c.items():
        s = s.replace("{" + k + "}", str(v))
    return s


def smtp_params(r, P, c, secret, pubid):
    """returns host, port, user (user may be the public id half) for an SMTP-capable spec."""
    sm = P.get("smtp") or {}
    if sm.get("host") == "@pool":
        h, p, u = pick(r, SMTP_POOL)
        return fill(h, c), p, fill(u, c)
    host = fill(sm.get("host", "smtp." + c["domain"]), c)
    port = sm.get("port", pick(r, [587, 587, 465, 2525]) if "sendgrid" in host or "mailjet" in host else 587)
    user = sm.get("user", "apikey")
    return host, port, user


# ---------------------------------------------------------------------------
# naming helpers
# ---------------------------------------------------------------------------
NEUTRAL = [["mail", "auth"], ["esp", "value"], ["delivery", "conf"], ["outbound", "param"], ["notify", "cfg"],
           ["relay", "opt"], ["mailer", "setting"], ["transport", "value"], ["provider", "blob"], ["email", "conn"],
           ["campaign", "handle"], ["sender", "ref"]]


def style_name(words, style):
    if style == "snake":
        return "_".join(words)
    if style == "scream":
        return "_".join(w.upper() for w in words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(words)
    return "_".join(words)


def vname(r, P, ob, style, which="secret"):
    if which == "id":
        words = P.get("id_words") or [P["words"][0], "id"]
    elif ob:
        words = P["words"]
    else:
        words = pick(r, NEUTRAL)
    return style_name(words, style)


def auth_kind(P):
    a = P.get("auth") or ("bearer",)
    if a[0] == "bearer":
        return ("hdr", "Authorization", "Bearer ")
    if a[0] == "header":
        return ("hdr", a[1], a[2])
    return a


def api_url(r, c, P, s):
    base = P["base"](s.value if s.mode == "secret" else "") if callable(P["base"]) else P["base"]
    path = P["path"]
    path = path.replace("{mgdomain}", "mg." + c["domain"]).replace("{listid}", rs(r, HEX, 10))
    path = path.replace("{pubid}", "pub_" + uuid4(r)).replace("{uid}", str(r.randint(1000, 99999)))
    return fill(base, c), fill(path, c)


def payload(r, c, P):
    send = P["provider"] in ("sendgrid", "mailgun", "postmark", "resend", "brevo", "mandrill", "mailjet", "sparkpost", "customerio")
    if P["kind"] in ("account_token",) or P.get("method") == "GET":
        return None
    if send:
        return {"from": "%s <no-reply@%s>" % (c["org"].capitalize(), c["domain"]), "to": "%s@example.com" % c["person"],
                "subject": pick(r, ["Your receipt", "Confirm your email", "Password reset", "Weekly digest", "Welcome aboard"]),
                "text": "Hello from %s" % c["app"]}
    return {"email": "%s@example.com" % c["person"], "first_name": c["person"].capitalize(),
            "source": c["app"]}


def user_text(u, lang):
    """u is a Slot or a plain string (username)."""
    if isinstance(u, Slot):
        return u
    return Slot(random.Random(0), "literal", u)


# ---------------------------------------------------------------------------
# API-call templates (one credential used against the provider's HTTP API)
# ---------------------------------------------------------------------------
def _concat(lang, prefix, var):
    if not prefix:
        return var if lang != "php" else "$" + var
    if lang == "py":
        return 'f"%s{%s}"' % (prefix, var)
    if lang in ("js", "ts"):
        return "`%s${%s}`" % (prefix, var)
    if lang == "rb":
        return '"%s#{%s}"' % (prefix, var)
    if lang == "php":
        return "'%s' . $%s" % (prefix, var)
    return '"%s" + %s' % (prefix, var)


class Call:
    """what a single API call needs, rendered per language."""

    def __init__(self, r, c, P, s, sid, ob, lang, style):
        self.base, self.path = api_url(r, c, P, s)
        self.method = P.get("method", "POST")
        self.ak = auth_kind(P)
        self.var = vname(r, P, ob, style)
        self.idvar = vname(r, P, True, style, "id") if sid is not None else None
        self.inline = (not ob) and self.ak[0] == "hdr" and r.random() < 0.6
        self.body = payload(r, c, P)
        self.form = P.get("form", False)
        self.extra = P.get("extra_headers", [])
        self.s, self.sid, self.lang = s, sid, lang
        self.basic_user = None
        if self.ak[0] == "basic":
            self.basic_user = self.ak[1]
        if self.ak[0] == "body" and self.body is not None:
            self.body = dict(self.body)

    def decls(self, fmt):
        """variable declarations, fmt like '{n} = {v}'."""
        out = []
        if self.idvar:
            out.append(fmt.replace("{n}", self.idvar).replace("{v}", self.sid.lit(self.lang)))
        if not self.inline:
            out.append(fmt.replace("{n}", self.var).replace("{v}", self.s.lit(self.lang)))
        return out

    def hdr(self):
        if self.ak[0] != "hdr":
            return None
        if self.inline:
            return self.ak[1], self.s.cat(self.lang, self.ak[2])
        return self.ak[1], _concat(self.lang, self.ak[2], self.var)


def t_py_requests(r, c, P, s, sid, ob):
    k = Call(r, c, P, s, sid, ob, "py", pick(r, ["scream", "snake"]))
    prov = P["provider"]
    L = ['"""Helpers for talking to the %s API from the %s worker."""' % (prov, c["app"]), "import logging", "",
         "import requests", "", "log = logging.getLogger(__name__)", "", 'API_BASE = "%s"' % k.base,
         "TIMEOUT = %d" % pick(r, [5, 10, 15, 30])]
    L += k.decls("{n} = {v}")
    L += ["", "", "def call_%s(email, **extra):" % prov, '    """Push one record; raises on HTTP errors."""']
    args = ['        f"{API_BASE}%s"' % k.path]
    h = k.hdr()
    hd = '"Accept": "application/json"'
    if h:
        hd += ', "%s": %s' % (h[0], h[1])
    for hn, hv in k.extra:
        hd += ', "%s": "%s"' % (hn, hv)
    args.append("        headers={%s}" % hd)
    if k.ak[0] == "basic":
        args.append('        auth=("%s", %s)' % (k.basic_user, k.var))
    elif k.ak[0] == "basic_id":
        args.append("        auth=(%s, %s)" % (k.idvar, k.var))
    elif k.ak[0] == "query":
        args.append('        params={"%s": %s, "email_address": email}' % (k.ak[1], k.var))
    if k.body is not None:
        b = json.dumps(k.body)
        if k.ak[0] == "body":
            args.append('        json={"%s": %s, **%s, **extra}' % (k.ak[1], k.var, b))
        else:
            args.append("        %s={**%s, **extra}" % ("data" if k.form else "json", b))
    args.append("        timeout=TIMEOUT,")
    L.append("    resp = requests.%s(" % k.method.lower())
    L.append(",\n".join(args[:-1]) + ",\n" + args[-1])
    L += ["    )", "    if resp.status_code >= 400:", '        log.warning("%s returned %%s: %%s", resp.status_code, resp.text[:200])' % prov,
          "    resp.raise_for_status()", "    return resp.json() if resp.content else {}", ""]
    return pick(r, ["%s/integrations/%s.py" % (c["app"].replace("-", "_"), prov), "app/services/%s_client.py" % prov,
                    "src/%s/email/%s.py" % (c["app"].replace("-", "_"), prov)]), "python", "\n".join(L)


def t_js_fetch(r, c, P, s, sid, ob):
    k = Call(r, c, P, s, sid, ob, "js", pick(r, ["scream", "camel"]))
    prov = P["provider"]
    L = ["// %s client used by the %s service" % (prov, c["app"]), "'use strict';", "",
         'const API_BASE = "%s";' % k.base]
    L += k.decls("const {n} = {v};")
    hd = ['"Content-Type": "%s"' % ("application/x-www-form-urlencoded" if k.form else "application/json")]
    h = k.hdr()
    if h:
        hd.append('"%s": %s' % (h[0], h[1]))
    if k.ak[0] == "basic":
        hd.append('Authorization: "Basic " + Buffer.from(`%s:${%s}`).toString("base64")' % (k.basic_user, k.var))
    elif k.ak[0] == "basic_id":
        hd.append('Authorization: "Basic " + Buffer.from(`${%s}:${%s}`).toString("base64")' % (k.idvar, k.var))
    for hn, hv in k.extra:
        hd.append('%s: "%s"' % (hn, hv))
    url = "`${API_BASE}%s`" % k.path
    if k.ak[0] == "query":
        url = "`${API_BASE}%s?%s=${%s}`" % (k.path, k.ak[1], k.var)
    fn = pick(r, ["sendMessage", "pushContact", "deliver", "syncSubscriber"])
    L += ["", "async function %s(payload = {}) {" % fn,
          "  const res = await fetch(%s, {" % url, '    method: "%s",' % k.method, "    headers: {"]
    L += ["      %s," % x for x in hd]
    L.append("    },")
    if k.body is not None:
        b = json.dumps(k.body)
        if k.ak[0] == "body":
            L.append("    body: JSON.stringify({ %s: %s, ...%s, ...payload })," % (k.ak[1], k.var, b))
        elif k.form:
            L.append("    body: new URLSearchParams({ ...%s, ...payload })," % b)
        else:
            L.append("    body: JSON.stringify({ ...%s, ...payload })," % b)
    L += ["  });", "  if (!res.ok) {", "    throw new Error(`%s ${res.status}: ${await res.text()}`);" % prov, "  }",
          "  return res.status === 204 ? null : res.json();", "}", "", "module.exports = { send: %s };" % fn]
    return pick(r, ["lib/%s.js" % prov, "src/services/%sClient.js" % prov, "server/mail/%s.js" % prov]), "javascript", "\n".join(L) + "\n"


def t_ts_axios(r, c, P, s, sid, ob):
    k = Call(r, c, P, s, sid, ob, "ts", pick(r, ["scream", "camel"]))
    prov = P["provider"]
    L = ['import axios, { AxiosInstance } from "axios";', "", "// %s REST client (see docs/email.md)" % prov]
    L += k.decls("const {n} = {v};")
    L += ["", "export const %sApi: AxiosInstance = axios.create({" % prov, '  baseURL: "%s",' % k.base, "  timeout: %d," % pick(r, [5000, 8000, 10000])]
    h = k.hdr()
    hs = ['"Content-Type": "application/json"']
    if h:
        hs.append('"%s": %s' % (h[0], h[1]))
    for hn, hv in k.extra:
        hs.append('%s: "%s"' % (hn, hv))
    L.append("  headers: { %s }," % ", ".join(hs))
    if k.ak[0] == "basic":
        L.append('  auth: { username: "%s", password: %s },' % (k.basic_user, k.var))
    elif k.ak[0] == "basic_id":
        L.append("  auth: { username: %s, password: %s }," % (k.idvar, k.var))
    elif k.ak[0] == "query":
        L.append("  params: { %s: %s }," % (k.ak[1], k.var))
    L += ["});", "", "export interface Recipient {", "  email: string;", "  name?: string;", "}", "",
          "export async function notify(to: Recipient, subject: string): Promise<void> {"]
    if k.body is not None:
        b = dict(k.body)
        extra = ("%s: %s, " % (k.ak[1], k.var)) if k.ak[0] == "body" else ""
        L.append('  await %sApi.%s("%s", { %s...%s, to: to.email, subject });' % (prov, k.method.lower(), k.path, extra, json.dumps(b)))
    else:
        L.append('  const { data } = await %sApi.get("%s");' % (prov, k.path))
        L.append("  console.debug(`checked ${to.email}`, subject, data?.length);")
    L += ["}", ""]
    return pick(r, ["src/lib/%s.ts" % prov, "packages/mailer/src/%s.ts" % prov, "apps/api/src/email/%s.client.ts" % prov]), "typescript", "\n".join(L)


def t_rb_nethttp(r, c, P, s, sid, ob):
    k = Call(r, c, P, s, sid, ob, "rb", "scream")
    prov = P["provider"]
    cls = prov.capitalize() + "Client"
    L = ["# frozen_string_literal: true", "", 'require "net/http"', 'require "json"', "",
         "# Minimal %s client; used from %sJob." % (prov, c["app"].title().replace("-", "")),
         "class %s" % cls, '  BASE = "%s"' % k.base]
    L += ["  " + x for x in k.decls("{n} = {v}")]
    if k.body is not None:
        L.append("  DEFAULTS = %s.freeze" % json.dumps(k.body).replace('": ', '" => '))
    L += ["", "  def call(attrs = {})", '    uri = URI("#{BASE}%s")' % k.path]
    if k.ak[0] == "query":
        L.append("    uri.query = URI.encode_www_form(%s: %s)" % (k.ak[1], k.var))
    L.append("    req = Net::HTTP::%s.new(uri)" % k.method.capitalize())
    L.append('    req["Content-Type"] = "application/json"')
    h = k.hdr()
    if h:
        L.append('    req["%s"] = %s' % h)
    for hn, hv in k.extra:
        L.append('    req["%s"] = "%s"' % (hn, hv))
    if k.ak[0] == "basic":
        L.append('    req.basic_auth("%s", %s)' % (k.basic_user, k.var))
    elif k.ak[0] == "basic_id":
        L.append("    req.basic_auth(%s, %s)" % (k.idvar, k.var))
    if k.body is not None:
        if k.ak[0] == "body":
            L.append('    req.body = DEFAULTS.merge("%s" => %s).merge(attrs).to_json' % (k.ak[1], k.var))
        else:
            L.append("    req.body = DEFAULTS.merge(attrs).to_json")
    L += ["    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }",
          '    raise "%s error #{res.code}" unless res.is_a?(Net::HTTPSuccess)' % prov, "",
          "    JSON.parse(res.body) unless res.body.to_s.empty?", "  end", "end", ""]
    return pick(r, ["app/services/%s_client.rb" % prov, "lib/%s/client.rb" % prov]), "ruby", "\n".join(L)


def t_php_guzzle(r, c, P, s, sid, ob):
    k = Call(r, c, P, s, sid, ob, "php", pick(r, ["camel", "snake"]))
    prov = P["provider"]
    cls = prov.capitalize() + "Gateway"
    L = ["<?php", "", "declare(strict_types=1);", "", "namespace App\\Mail;", "", "use GuzzleHttp\\Client;", "",
         "/**", " * Sends through %s; wired in AppServiceProvider." % prov, " */", "final class %s" % cls, "{",
         "    private Client $http;"]
    decl = k.decls("    private string ${n} = {v};")
    # PHP property defaults must be constant expressions: env refs go in the constructor
    ctor = []
    if s.is_ref:
        decl = ["    private string $%s;" % k.idvar] if k.idvar else []
        if not k.inline:
            decl.append("    private string $%s;" % k.var)
        if k.idvar:
            ctor.append("        $this->%s = %s;" % (k.idvar, sid.lit("php")))
        if not k.inline:
            ctor.append("        $this->%s = %s;" % (k.var, s.lit("php")))
    else:
        decl = [x.replace('"', "'") for x in decl]
    L += decl
    L += ["", "    public function __construct()", "    {"] + ctor
    opts = ["            'base_uri' => '%s'," % k.base, "            'timeout' => %d," % pick(r, [5, 10, 20])]
    h = k.hdr()
    hs = ["'Accept' => 'application/json'"]
    if h:
        hv = h[1].replace('"', "'")
        if not k.inline:
            hv = hv.replace("$" + k.var, "$this->" + k.var)
        hs.append("'%s' => %s" % (h[0], hv))
    for hn, hv in k.extra:
        hs.append("'%s' => '%s'" % (hn, hv))
    opts.append("            'headers' => [%s]," % ", ".join(hs))
    if k.ak[0] == "basic":
        opts.append("            'auth' => ['%s', $this->%s]," % (k.basic_user, k.var))
    elif k.ak[0] == "basic_id":
        opts.append("            'auth' => [$this->%s, $this->%s]," % (k.idvar, k.var))
    elif k.ak[0] == "query":
        opts.append("            'query' => ['%s' => $this->%s]," % (k.ak[1], k.var))
    L += ["        $this->http = new Client(["] + opts + ["        ]);", "    }", "",
          "    public function send(array $fields): array", "    {"]
    if k.body is not None:
        if k.ak[0] == "body":
            L.append("        $fields['%s'] = $this->%s;" % (k.ak[1], k.var))
        L.append("        $res = $this->http->request('%s', '%s', ['%s' => $fields]);" % (k.method, k.path, "form_params" if k.form else "json"))
    else:
        L.append("        $res = $this->http->request('GET', '%s');" % k.path)
    L += ["", "        return json_decode((string) $res->getBody(), true) ?? [];", "    }", "}", ""]
    txt = "\n".join(L)
    if not s.is_ref:
        txt = txt.replace("private string $", "private string $")
    return pick(r, ["app/Mail/%s.php" % cls, "src/Mail/%s.php" % cls]), "php", txt


def t_go_http(r, c, P, s, sid, ob):
    k = Call(r, c, P, s, sid, ob, "go", pick(r, ["camel", "pascal"]))
    prov = P["provider"]
    L = ["package %s" % prov, "", "import (", '\t"bytes"', '\t"encoding/json"', '\t"fmt"', '\t"net/http"']
    if s.is_ref or (sid is not None and sid.is_ref):
        L.append('\t"os"')
    L += ['\t"time"', ")", "", "// Client wraps the %s HTTP API for the %s service." % (prov, c["app"]), "type Client struct {", "\thttp *http.Client", "}", "",
          'const baseURL = "%s"' % k.base, ""]
    dec = k.decls("var {n} = {v}")
    L += dec + ([""] if dec else [])
    L += ["func New() *Client {", "\treturn &Client{http: &http.Client{Timeout: %d * time.Second}}" % pick(r, [5, 10, 15]), "}", "",
          "func (c *Client) Do(payload map[string]any) error {"]
    if k.ak[0] == "body":
        L.append('\tpayload["%s"] = %s' % (k.ak[1], k.var))
    L += ["\tbuf, err := json.Marshal(payload)", "\tif err != nil {", "\t\treturn err", "\t}"]
    url = 'baseURL+"%s"' % k.path
    if k.ak[0] == "query":
        url = 'baseURL+"%s?%s="+%s' % (k.path, k.ak[1], k.var)
    L.append('\treq, err := http.NewRequest("%s", %s, bytes.NewReader(buf))' % (k.method, url))
    L += ["\tif err != nil {", "\t\treturn err", "\t}", '\treq.Header.Set("Content-Type", "application/json")']
    h = k.hdr()
    if h:
        L.append('\treq.Header.Set("%s", %s)' % h)
    for hn, hv in k.extra:
        L.append('\treq.Header.Set("%s", "%s")' % (hn, hv))
    if k.ak[0] == "basic":
        L.append('\treq.SetBasicAuth("%s", %s)' % (k.basic_user, k.var))
    elif k.ak[0] == "basic_id":
        L.append("\treq.SetBasicAuth(%s, %s)" % (k.idvar, k.var))
    L += ["\tresp, err := c.http.Do(req)", "\tif err != nil {", "\t\treturn err", "\t}", "\tdefer resp.Body.Close()",
          "\tif resp.StatusCode >= 300 {", '\t\treturn fmt.Errorf("%s: unexpected status %%d", resp.StatusCode)' % prov, "\t}", "\treturn nil", "}", ""]
    return pick(r, ["internal/%s/client.go" % prov, "pkg/mail/%s/%s.go" % (prov, prov)]), "go", "\n".join(L)


def t_java_httpclient(r, c, P, s, sid, ob):
    k = Call(r, c, P, s, sid, ob, "java", pick(r, ["scream", "camel"]))
    prov = P["provider"]
    cls = prov.capitalize() + "Client"
    pkg = "com.%s.%s.mail" % (c["org"].replace("-", ""), c["app"].replace("-", ""))
    L = ["package %s;" % pkg, "", "import java.net.URI;", "import java.net.http.HttpClient;", "import java.net.http.HttpRequest;",
         "import java.net.http.HttpResponse;", "import java.nio.charset.StandardCharsets;", "import java.time.Duration;", "import java.util.Base64;", "",
         "/** Talks to the %s REST API. */" % prov, "public final class %s {" % cls, "",
         '    private static final String BASE_URL = "%s";' % k.base]
    L += k.decls("    private static final String {n} = {v};")
    L += ["    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(%d)).build();" % pick(r, [5, 10]), "",
          "    public int post(String json) throws Exception {"]
    if k.ak[0] == "body":
        L.append('        json = json.replaceFirst("\\\\{", "{\\"%s\\":\\"" + %s + "\\",");' % (k.ak[1], k.var))
    url = 'BASE_URL + "%s"' % k.path
    if k.ak[0] == "query":
        url = 'BASE_URL + "%s?%s=" + %s' % (k.path, k.ak[1], k.var)
    L += ["        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(%s))" % url, '                .header("Content-Type", "application/json")']
    h = k.hdr()
    if h:
        L.append('                .header("%s", %s)' % h)
    for hn, hv in k.extra:
        L.append('                .header("%s", "%s")' % (hn, hv))
    if k.ak[0] in ("basic", "basic_id"):
        u = '"%s:"' % k.basic_user if k.ak[0] == "basic" else k.idvar + ' + ":"'
        L.append('                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((%s + %s).getBytes(StandardCharsets.UTF_8)))' % (u, k.var))
    L += ['                .%s;' % ('POST(HttpRequest.BodyPublishers.ofString(json))' if k.method == "POST" else 'method("%s", HttpRequest.BodyPublishers.ofString(json))' % k.method),
          "        HttpResponse<String> res = http.send(b.build(), HttpResponse.BodyHandlers.ofString());", "        return res.statusCode();", "    }", "}", ""]
    return "src/main/java/%s/%s.java" % (pkg.replace(".", "/"), cls), "java", "\n".join(L)


def t_kt_okhttp(r, c, P, s, sid, ob):
    k = Call(r, c, P, s, sid, ob, "kt", pick(r, ["scream", "camel"]))
    prov = P["provider"]
    pkg = "io.%s.notifications" % c["org"].replace("-", "")
    L = ["package %s" % pkg, "", "import okhttp3.Credentials", "import okhttp3.MediaType.Companion.toMediaType", "import okhttp3.OkHttpClient",
         "import okhttp3.Request", "import okhttp3.RequestBody.Companion.toRequestBody", "",
         'private const val BASE_URL = "%s"' % k.base]
    dec = k.decls("private val {n} = {v}")
    if not s.is_ref:
        dec = [x.replace("private val", "private const val") for x in dec]
    L += dec
    L += ["", "class %sSender(private val client: OkHttpClient = OkHttpClient()) {" % prov.capitalize(), "",
          "    fun send(json: String): Boolean {"]
    url = '"$BASE_URL%s"' % k.path
    if k.ak[0] == "query":
        url = '"$BASE_URL%s?%s=${%s}"' % (k.path, k.ak[1], k.var)
    L += ["        val req = Request.Builder()", "            .url(%s)" % url]
    h = k.hdr()
    if h:
        L.append('            .header("%s", %s)' % h)
    for hn, hv in k.extra:
        L.append('            .header("%s", "%s")' % (hn, hv))
    if k.ak[0] == "basic":
        L.append('            .header("Authorization", Credentials.basic("%s", %s))' % (k.basic_user, k.var))
    elif k.ak[0] == "basic_id":
        L.append('            .header("Authorization", Credentials.basic(%s, %s))' % (k.idvar, k.var))
    L += ['            .%s(json.toRequestBody("application/json".toMediaType()))' % k.method.lower(), "            .build()",
          "        client.newCall(req).execute().use { return it.isSuccessful }", "    }", "}", ""]
    return "src/main/kotlin/%s/%sSender.kt" % (pkg.replace(".", "/"), prov.capitalize()), "kotlin", "\n".join(L)


def t_cs_httpclient(r, c, P, s, sid, ob):
    k = Call(r, c, P, s, sid, ob, "cs", pick(r, ["pascal", "camel"]))
    prov = P["provider"]
    ns = "%s.%s.Email" % (c["org"].capitalize().replace("-", ""), c["app"].title().replace("-", ""))
    L = ["using System;", "using System.Net.Http;", "using System.Net.Http.Headers;", "using System.Text;", "using System.Threading.Tasks;", "",
         "namespace %s" % ns, "{", "    public class %sSender" % prov.capitalize(), "    {", '        private const string BaseUrl = "%s";' % k.base]
    dec = k.decls("        private static readonly string {n} = {v};")
    L += dec
    L += ["        private static readonly HttpClient Http = new HttpClient { BaseAddress = new Uri(BaseUrl) };", "",
          "        public async Task<bool> SendAsync(string json)", "        {",
          '            var req = new HttpRequestMessage(new HttpMethod("%s"), "%s%s");' % (k.method, k.path, ("?%s=\" + %s + \"" % (k.ak[1], k.var)) if k.ak[0] == "query" else "")]
    h = k.hdr()
    if h:
        L.append('            req.Headers.TryAddWithoutValidation("%s", %s);' % h)
    for hn, hv in k.extra:
        L.append('            req.Headers.Add("%s", "%s");' % (hn, hv))
    if k.ak[0] in ("basic", "basic_id"):
        u = '"%s:" + ' % k.basic_user if k.ak[0] == "basic" else k.idvar + ' + ":" + '
        L.append('            req.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(%s%s)));' % (u, k.var))
    if k.ak[0] == "body":
        L.append('            json = json.Insert(1, "\\"%s\\":\\"" + %s + "\\",");' % (k.ak[1], k.var))
    L += ['            req.Content = new StringContent(json, Encoding.UTF8, "application/json");', "            var res = await Http.SendAsync(req);",
          "            return res.IsSuccessStatusCode;", "        }", "    }", "}", ""]
    return "src/%s/Email/%sSender.cs" % (ns.rsplit(".", 1)[0], prov.capitalize()), "csharp", "\n".join(L)


def _curl(k, stext, idtext, indent=""):
    url = k.base + k.path
    if k.ak[0] == "query":
        url += "?%s=%s" % (k.ak[1], stext)
    L = ['curl -sS -X %s "%s" \\' % (k.method, url)]
    if k.ak[0] == "hdr":
        L.append('  -H "%s: %s%s" \\' % (k.ak[1], k.ak[2], stext))
    elif k.ak[0] == "basic":
        L.append('  -u "%s:%s" \\' % (k.basic_user, stext))
    elif k.ak[0] == "basic_id":
        L.append('  -u "%s:%s" \\' % (idtext, stext))
    for hn, hv in k.extra:
        L.append('  -H "%s: %s" \\' % (hn, hv))
    if k.body is not None:
        if k.form:
            for kk, vv in k.body.items():
                L.append("  -F %s='%s' \\" % (kk, vv))
        else:
            b = dict(k.body)
            if k.ak[0] == "body":
                b = dict([(k.ak[1], stext)] + list(b.items()))
            L.append('  -H "Content-Type: application/json" \\')
            L.append("  -d '%s'" % json.dumps(b))
    L[-1] = L[-1].rstrip(" \\")
    return [indent + x for x in L]


def t_sh_curl(r, c, P, s, sid, ob):
    k = Call(r, c, P, s, sid, ob, "sh", "scream")
    prov = P["provider"]
    L = ["#!/usr/bin/env bash", "# Smoke test for the %s integration; run after each deploy." % prov, "set -euo pipefail", ""]
    idtext = None
    if sid is not None:
        if sid.is_ref:
            L.append(': "${%s:?export %s first}"' % (sid.var, sid.var))
            idtext = "${%s}" % sid.var
        else:
            L.append('%s="%s"' % (k.idvar, sid.value))
            idtext = "${%s}" % k.idvar
    if s.is_ref:
        L.append(': "${%s:?export %s first}"' % (s.var, s.var))
        stext = "${%s}" % s.var
    elif k.inline:
        stext = s.value
    else:
        L.append('%s="%s"' % (k.var, s.value))
        stext = "${%s}" % k.var
    L += ['ENDPOINT_NAME="%s"' % prov, "", 'echo "-> calling ${ENDPOINT_NAME}"']
    L += _curl(k, stext, idtext)
    L += ["", 'echo "ok"', ""]
    return pick(r, ["scripts/smoke_%s.sh" % prov, "bin/test-%s.sh" % prov, "ops/check_email.sh"]), "shell", "\n".join(L)


def t_md_runbook(r, c, P, s, sid, ob):
    k = Call(r, c, P, s, sid, ob, "md", "scream")
    prov = P["provider"]
    stext = s.inner("md")
    idtext = sid.inner("md") if sid is not None else None
    L = ["# Runbook: %s delivery issues" % prov.capitalize(), "", "_Owner: %s (platform team). Last reviewed %d-%02d-%02d._" % (c["person"], r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28)), "",
         "## Symptoms", "", "- Users report missing %s emails" % pick(r, ["password reset", "receipt", "sign-up confirmation", "digest"]),
         "- `%s` queue depth above %d in Grafana" % (c["app"], r.randint(50, 500)), "", "## Check the provider", "",
         "Status page: https://status.%s.com" % prov, "", "Call the API directly from a bastion host:", "", "```bash"]
    L += _curl(k, stext, idtext)
    L += ["```", "", "A `2xx` response means the provider accepts mail; look at our worker logs next.", "", "## Escalation", "",
          "1. Page the on-call via PagerDuty service `%s`." % c["app"], "2. Post in #incident-email with the request id.", ""]
    return pick(r, ["docs/runbooks/%s.md" % prov, "notes/runbook-%s.md" % prov, "RUNBOOK.md"]), "markdown", "\n".join(L)


def t_http_file(r, c, P, s, sid, ob):
    k = Call(r, c, P, s, sid, ob, "http", "snake")
    prov = P["provider"]
    L = ["### %s API scratchpad (VS Code REST Client)" % prov, "@baseUrl = %s" % k.base]
    stext = s.inner("http")
    if not s.is_ref and not k.inline:
        L.append("@%s = %s" % (k.var, s.value))
        stext = "{{%s}}" % k.var
    idtext = None
    if sid is not None:
        L.append("@%s = %s" % (k.idvar, sid.inner("http")))
        idtext = "{{%s}}" % k.idvar
    L += ["", "### send a test", "%s {{baseUrl}}%s%s" % (k.method, k.path, ("?%s=%s" % (k.ak[1], stext)) if k.ak[0] == "query" else "")]
    if k.ak[0] == "hdr":
        L.append("%s: %s%s" % (k.ak[1], k.ak[2], stext))
    elif k.ak[0] == "basic":
        L.append("Authorization: Basic %s:%s" % (k.basic_user, stext))
    elif k.ak[0] == "basic_id":
        L.append("Authorization: Basic %s:%s" % (idtext, stext))
    for hn, hv in k.extra:
        L.append("%s: %s" % (hn, hv))
    if k.body is not None:
        b = dict(k.body)
        if k.ak[0] == "body":
            b = dict([(k.ak[1], stext)] + list(b.items()))
        L += ["Content-Type: application/json", "", json.dumps(b, indent=2)]
    L.append("")
    return pick(r, ["requests/%s.http" % prov, "api/%s.http" % prov, ".http/%s.http" % prov]), "http", "\n".join(L)


def t_postman(r, c, P, s, sid, ob):
    k = Call(r, c, P, s, sid, ob, "json", "camel")
    prov = P["provider"]
    stext = s.inner("json") if s.is_ref else s.value
    if s.is_ref:
        stext = "{{%s}}" % s.var
    headers = [{"key": "Content-Type", "value": "application/json"}]
    auth = None
    if k.ak[0] == "hdr":
        headers.append({"key": k.ak[1], "value": k.ak[2] + stext})
    elif k.ak[0] in ("basic", "basic_id"):
        u = k.basic_user if k.ak[0] == "basic" else ("{{%s}}" % sid.var if sid.is_ref else sid.value)
        auth = {"type": "basic", "basic": [{"key": "username", "value": u, "type": "string"}, {"key": "password", "value": stext, "type": "string"}]}
    for hn, hv in k.extra:
        headers.append({"key": hn, "value": hv})
    raw = k.base + k.path + (("?%s=%s" % (k.ak[1], stext)) if k.ak[0] == "query" else "")
    req = {"method": k.method, "header": headers, "url": {"raw": raw, "host": [k.base.split("//")[1]], "path": [x for x in k.path.split("/") if x]}}
    if auth:
        req["auth"] = auth
    if k.body is not None:
        b = dict(k.body)
        if k.ak[0] == "body":
            b = dict([(k.ak[1], stext)] + list(b.items()))
        req["body"] = {"mode": "raw", "raw": json.dumps(b), "options": {"raw": {"language": "json"}}}
    coll = {"info": {"_postman_id": uuid4(r), "name": "%s %s" % (c["app"], prov), "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "item": [{"name": "Send test", "request": req, "response": []}]}
    return pick(r, ["postman/%s.postman_collection.json" % prov, "docs/api/%s-collection.json" % prov]), "json", json.dumps(coll, indent=2) + "\n"


# ---------------------------------------------------------------------------
# configuration templates (credential stored as a setting)
# ---------------------------------------------------------------------------
def _idline(P, sid, fmt, lang, style):
    if sid is None:
        return []
    n = style_name(P.get("id_words") or [P["words"][0], "id"], style)
    return [fmt.replace("{n}", n).replace("{v}", sid.lit(lang) if "{q}" not in fmt else sid.inner(lang))]


def t_dotenv(r, c, P, s, sid, ob):
    n = vname(r, P, ob, "scream")
    if ob and P.get("alt_env") and r.random() < 0.4:
        n = P["alt_env"]
    q = pick(r, ["", '"', "'"]) if not s.is_ref else ""
    L = ["# %s - %s environment" % (c["app"], pick(r, ["production", "staging", "shared"])), "APP_NAME=%s" % c["app"],
         "APP_ENV=%s" % pick(r, ["production", "staging"]), "APP_URL=https://%s.%s" % (pick(r, ["app", "www", "portal"]), c["domain"]),
         "LOG_LEVEL=%s" % pick(r, ["info", "warning", "debug"]), "", "# --- email ---",
         "MAIL_FROM_ADDRESS=no-reply@%s" % c["domain"], 'MAIL_FROM_NAME="%s"' % c["org"].capitalize(),
         "MAIL_PROVIDER=%s" % P["provider"]]
    if sid is not None:
        L.append("%s=%s" % (style_name(P.get("id_words"), "scream"), sid.inner("env")))
    L.append("%s=%s%s%s" % (n, q, s.inner("env"), q))
    L += ["", "# --- infra ---", "REDIS_URL=redis://cache:6379/%d" % r.randint(0, 5), "QUEUE_CONCURRENCY=%d" % r.randint(2, 16),
          "SENTRY_ENVIRONMENT=%s" % pick(r, ["production", "staging"]), "FEATURE_WEEKLY_DIGEST=%s" % pick(r, ["true", "false"]), ""]
    return pick(r, [".env", ".env.production", ".env.staging", "deploy/.env.prod"]), "dotenv", "\n".join(L)


def t_compose(r, c, P, s, sid, ob):
    n = vname(r, P, ob, "scream")
    mapstyle = r.random() < 0.5
    L = ["services:", "  %s:" % c["app"], "    image: ghcr.io/%s/%s:%s" % (c["org"], c["app"], pick(r, ["1.4.2", "latest", "2024.06.1"])),
         "    restart: unless-stopped", "    ports:", '      - "%d:8080"' % pick(r, [8080, 3000, 8000]), "    depends_on:", "      - redis",
         "    environment:"]
    kv = [("NODE_ENV", "production"), ("MAIL_FROM", "hello@" + c["domain"]), ("REDIS_URL", "redis://redis:6379")]
    if sid is not None:
        kv.append((style_name(P.get("id_words"), "scream"), sid.inner("compose")))
    kv.append((n, s.inner("compose")))
    kv.append(("LOG_FORMAT", "json"))
    for a, b in kv:
        L.append("      %s: %s" % (a, ('"%s"' % b) if (b.startswith("$") or r.random() < 0.5) else b) if mapstyle else "      - %s=%s" % (a, b))
    L += ["", "  redis:", "    image: redis:7-alpine", "    volumes:", "      - redis-data:/data", "", "volumes:", "  redis-data:", ""]
    return pick(r, ["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"]), "docker-compose", "\n".join(L)


def t_gha(r, c, P, s, sid, ob):
    n = vname(r, P, ob, "scream")
    L = ["name: %s" % pick(r, ["Deploy", "Nightly digest", "Release", "E2E email tests"]), "", "on:", "  push:", "    branches: [main]",
         "  workflow_dispatch:", "", "jobs:", "  %s:" % pick(r, ["deploy", "send-digest", "e2e"]), "    runs-on: ubuntu-latest", "    env:",
         "      APP_ENV: production", "      MAIL_FROM: releases@%s" % c["domain"]]
    if sid is not None:
        L.append("      %s: %s" % (style_name(P.get("id_words"), "scream"), sid.inner("gha")))
    v = s.inner("gha")
    L.append("      %s: %s" % (n, v if v.startswith("$") else ('"%s"' % v if r.random() < 0.5 else v)))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4", "        with:", "          node-version: 20",
          "          cache: npm", "      - run: npm ci", "      - name: Run", "        run: npm run %s" % pick(r, ["deploy", "digest:send", "test:e2e"]), ""]
    return ".github/workflows/%s.yml" % pick(r, ["deploy", "digest", "e2e-email", "release"]), "github-actions", "\n".join(L)


def t_helm(r, c, P, s, sid, ob):
    n = vname(r, P, ob, "camel")
    L = ["# Default values for %s." % c["app"], "replicaCount: %d" % r.randint(1, 4), "", "image:", "  repository: ghcr.io/%s/%s" % (c["org"], c["app"]),
         "  tag: \"%s\"" % pick(r, ["1.8.0", "2.3.1", "0.9.4"]), "  pullPolicy: IfNotPresent", "", "service:", "  type: ClusterIP", "  port: 80", "",
         "mail:", "  provider: %s" % P["provider"], "  fromAddress: notifications@%s" % c["domain"]]
    if sid is not None:
        L.append("  %s: %s" % (style_name(P.get("id_words"), "camel"), sid.inner("helm")))
    L.append('  %s: "%s"' % (n, s.inner("helm")))
    L += ["", "resources:", "  requests:", "    cpu: 100m", "    memory: 128Mi", "", "ingress:", "  enabled: true", "  hosts:",
          "    - host: %s.%s" % (c["app"], c["domain"]), "      paths: [\"/\"]", ""]
    return "charts/%s/values%s.yaml" % (c["app"], pick(r, ["", "-prod", "-staging"])), "helm-values", "\n".join(L)


def t_k8s_secret(r, c, P, s, sid, ob):
    n = vname(r, P, ob, pick(r, ["kebab", "scream", "snake"]))
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-mail" % c["app"], "  namespace: %s" % pick(r, ["prod", "default", c["app"]]),
         "  labels:", "    app.kubernetes.io/name: %s" % c["app"], "type: Opaque", "stringData:"]
    if sid is not None:
        L.append("  %s: \"%s\"" % (style_name(P.get("id_words"), "kebab"), sid.inner("yaml")))
    L.append("  %s: \"%s\"" % (n, s.inner("yaml")))
    L.append("  from-address: \"alerts@%s\"" % c["domain"])
    L.append("")
    return "k8s/%s/%s-secret.yaml" % (pick(r, ["prod", "base", "overlays/prod"]), c["app"]), "k8s-yaml", "\n".join(L)


def t_k8s_deploy(r, c, P, s, sid, ob):
    n = vname(r, P, ob, "scream")
    L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % c["app"], "spec:", "  replicas: %d" % r.randint(1, 3),
         "  selector:", "    matchLabels:", "      app: %s" % c["app"], "  template:", "    metadata:", "      labels:", "        app: %s" % c["app"],
         "    spec:", "      containers:", "        - name: %s" % c["app"], "          image: ghcr.io/%s/%s:%s" % (c["org"], c["app"], pick(r, ["v1.2.0", "v3.0.1"])),
         "          env:", "            - name: MAIL_FROM", "              value: \"noreply@%s\"" % c["domain"]]
    if sid is not None:
        L += ["            - name: %s" % style_name(P.get("id_words"), "scream"), "              value: \"%s\"" % sid.inner("yaml")]
    L += ["            - name: %s" % n, "              value: \"%s\"" % s.inner("yaml"), "          ports:", "            - containerPort: 8080", ""]
    return "k8s/%s-deployment.yaml" % c["app"], "k8s-yaml", "\n".join(L)


def t_py_settings(r, c, P, s, sid, ob):
    n = vname(r, P, ob, "scream")
    L = ['"""Production settings for %s."""' % c["app"], "import os", "", "from .base import *  # noqa: F401,F403", "", "DEBUG = False",
         'ALLOWED_HOSTS = ["%s", ".%s"]' % (c["domain"], c["domain"]), "", "# Email", 'DEFAULT_FROM_EMAIL = "%s <noreply@%s>"' % (c["org"].capitalize(), c["domain"]),
         'SERVER_EMAIL = "errors@%s"' % c["domain"], 'EMAIL_PROVIDER = "%s"' % P["provider"]]
    L += _idline(P, sid, "{n} = {v}", "py", "scream")
    L.append("%s = %s" % (n, s.lit("py")))
    L += ["", "CELERY_BROKER_URL = os.environ.get(\"CELERY_BROKER_URL\", \"redis://localhost:6379/0\")", "SESSION_COOKIE_SECURE = True",
          "CSRF_COOKIE_SECURE = True", "SECURE_HSTS_SECONDS = %d" % pick(r, [3600, 31536000]), ""]
    return pick(r, ["config/settings/production.py", "%s/settings/prod.py" % c["app"].replace("-", "_"), "settings.py"]), "python", "\n".join(L)


def t_js_config(r, c, P, s, sid, ob):
    n = vname(r, P, ob, "camel")
    L = ["// config/%s.js - loaded by node-config" % pick(r, ["production", "default"]), "module.exports = {", "  port: %d," % pick(r, [3000, 8080]),
         "  logLevel: '%s'," % pick(r, ["info", "warn"]), "  mail: {", "    provider: '%s'," % P["provider"], "    from: 'hello@%s'," % c["domain"]]
    if sid is not None:
        L.append("    %s: %s," % (style_name(P.get("id_words"), "camel"), sid.lit("js", "'")))
    L.append("    %s: %s," % (n, s.lit("js", "'")))
    L += ["    retries: %d," % r.randint(1, 5), "  },", "  redis: { host: 'redis', port: 6379 },", "};", ""]
    return pick(r, ["config/production.js", "config/default.js"]), "javascript", "\n".join(L)


def t_spring_yml(r, c, P, s, sid, ob):
    n = vname(r, P, ob, "kebab")
    L = ["server:", "  port: 8080", "spring:", "  application:", "    name: %s" % c["app"], "  jackson:", "    default-property-inclusion: non_null", "",
         "app:", "  mail:", "    provider: %s" % P["provider"], "    from: no-reply@%s" % c["domain"]]
    if sid is not None:
        L.append("    %s: %s" % (style_name(P.get("id_words"), "kebab"), sid.inner("props")))
    L.append("    %s: %s" % (n, ('"%s"' % s.inner("props")) if r.random() < 0.5 or s.is_ref else s.inner("props")))
    L += ["    templates-path: classpath:/templates/mail", "", "management:", "  endpoints:", "    web:", "      exposure:", "        include: health,info", ""]
    return "src/main/resources/application%s.yml" % pick(r, ["", "-prod"]), "yaml", "\n".join(L)


def t_props(r, c, P, s, sid, ob):
    n = "app.mail." + vname(r, P, ob, "kebab")
    L = ["# %s configuration" % c["app"], "spring.application.name=%s" % c["app"], "server.port=8080", "logging.level.root=INFO", "",
         "app.mail.provider=%s" % P["provider"], "app.mail.from=support@%s" % c["domain"]]
    if sid is not None:
        L.append("app.mail.%s=%s" % (style_name(P.get("id_words"), "kebab"), sid.inner("props")))
    L.append("%s=%s" % (n, s.inner("props")))
    L += ["app.mail.retry.max-attempts=%d" % r.randint(2, 5), "management.endpoints.web.exposure.include=health", ""]
    return "src/main/resources/application%s.properties" % pick(r, ["", "-prod", "-staging"]), "properties", "\n".join(L)


def t_appsettings(r, c, P, s, sid, ob):
    n = vname(r, P, ob, "pascal")
    mail = {"Provider": P["provider"], "FromAddress": "noreply@" + c["domain"]}
    if sid is not None:
        mail[style_name(P.get("id_words"), "pascal")] = sid.inner("json")
    mail[n] = s.inner("json")
    mail["TimeoutSeconds"] = r.randint(5, 30)
    d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}, "AllowedHosts": "*", "Email": mail,
         "FeatureFlags": {"WeeklyDigest": r.random() < 0.5}}
    return pick(r, ["appsettings.json", "appsettings.Production.json", "src/Web/appsettings.Production.json"]), "json", json.dumps(d, indent=2) + "\n"


def t_toml(r, c, P, s, sid, ob):
    n = vname(r, P, ob, "snake")
    L = ["# %s service configuration" % c["app"], "[server]", 'bind = "0.0.0.0:%d"' % pick(r, [8080, 9000]), "workers = %d" % r.randint(2, 8), "",
         "[email]", 'provider = "%s"' % P["provider"], 'from = "updates@%s"' % c["domain"]]
    if sid is not None:
        L.append('%s = "%s"' % (style_name(P.get("id_words"), "snake"), sid.inner("toml")))
    L.append('%s = "%s"' % (n, s.inner("toml")))
    L += ["batch_size = %d" % r.randint(50, 500), "", "[log]", 'level = "info"', ""]
    return pick(r, ["config/production.toml", "config.toml", "deploy/settings.toml"]), "toml", "\n".join(L)


def t_ini(r, c, P, s, sid, ob):
    n = vname(r, P, ob, "snake")
    L = ["; %s settings" % c["app"], "[app]", "name = %s" % c["app"], "debug = false", "", "[%s]" % P["provider"], "enabled = true",
         "sender = notify@%s" % c["domain"]]
    if sid is not None:
        L.append("%s = %s" % (style_name(P.get("id_words"), "snake"), sid.inner("ini")))
    L.append("%s = %s" % (n, s.inner("ini")))
    L += ["timeout = %d" % r.randint(5, 30), "", "[logging]", "level = INFO", ""]
    return pick(r, ["config.ini", "settings.ini", "conf/app.ini", "setup.cfg"]), "ini", "\n".join(L)


def t_webconfig(r, c, P, s, sid, ob):
    n = vname(r, P, ob, "pascal")
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>", '    <add key="webpages:Version" value="3.0.0.0" />',
         '    <add key="MailProvider" value="%s" />' % P["provider"], '    <add key="MailFrom" value="no-reply@%s" />' % c["domain"]]
    if sid is not None:
        L.append('    <add key="%s" value="%s" />' % (style_name(P.get("id_words"), "pascal"), sid.inner("xml")))
    L.append('    <add key="%s" value="%s" />' % (n, s.inner("xml")))
    L += ["  </appSettings>", "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />', '    <httpRuntime targetFramework="4.8" />',
          "  </system.web>", "</configuration>", ""]
    return pick(r, ["Web.config", "src/%s/Web.config" % c["app"].title().replace("-", "")]), "xml", "\n".join(L)


def t_tf_module(r, c, P, s, sid, ob):
    n = vname(r, P, ob, "snake")
    L = ['module "%s_worker" {' % c["app"].replace("-", "_"), '  source = "../modules/ecs-service"', "", '  name        = "%s"' % c["app"],
         '  environment = "%s"' % pick(r, ["prod", "staging"]), "  cpu         = %d" % pick(r, [256, 512]), "  memory      = %d" % pick(r, [512, 1024]), "",
         "  env = {", '    MAIL_PROVIDER = "%s"' % P["provider"]]
    if sid is not None:
        L.append("    %s = %s" % (style_name(P.get("id_words"), "scream"), sid.lit("hcl")))
    L.append("    %s = %s" % (n.upper(), s.lit("hcl")))
    L += ["  }", "}", ""]
    return pick(r, ["terraform/envs/prod/main.tf", "infra/%s.tf" % c["app"]]), "hcl", "\n".join(L)


def t_ansible(r, c, P, s, sid, ob):
    n = vname(r, P, ob, "snake")
    L = ["---", "# group_vars for %s hosts" % c["app"], "app_user: deploy", "app_dir: /srv/%s" % c["app"], "nginx_server_name: %s" % c["domain"], "",
         "mail_provider: %s" % P["provider"], "mail_from: \"%s <bot@%s>\"" % (c["org"].capitalize(), c["domain"])]
    if sid is not None:
        L.append("%s: \"%s\"" % (style_name(P.get("id_words"), "snake"), sid.inner("yaml")))
    L.append("%s: \"%s\"" % (n, s.inner("yaml")))
    L += ["", "logrotate_days: %d" % r.randint(7, 30), ""]
    return "ansible/group_vars/%s.yml" % pick(r, ["production", "mailers", "all"]), "yaml", "\n".join(L)


def t_serverless(r, c, P, s, sid, ob):
    n = vname(r, P, ob, "scream")
    L = ["service: %s" % c["app"], "frameworkVersion: '3'", "", "provider:", "  name: aws", "  runtime: nodejs20.x", "  region: %s" % c["region"],
         "  environment:", "    STAGE: ${sls:stage}", "    MAIL_FROM: alerts@%s" % c["domain"]]
    if sid is not None:
        L.append("    %s: %s" % (style_name(P.get("id_words"), "scream"), sid.inner("yaml")))
    L.append("    %s: %s" % (n, s.inner("yaml")))
    L += ["", "functions:", "  sendDigest:", "    handler: src/digest.handler", "    events:", "      - schedule: cron(0 7 ? * MON *)", ""]
    return "serverless.yml", "yaml", "\n".join(L)


def t_php_define(r, c, P, s, sid, ob):
    n = vname(r, P, ob, "scream")
    L = ["<?php", "/**", " * Site configuration overrides (loaded from wp-config.php).", " */", "", "define( 'WP_ENVIRONMENT_TYPE', 'production' );",
         "define( 'DISALLOW_FILE_EDIT', true );", "", "// transactional mail plugin"]
    if sid is not None:
        L.append("define( '%s', %s );" % (style_name(P.get("id_words"), "scream"), sid.lit("php", "'")))
    L.append("define( '%s', %s );" % (n, s.lit("php", "'")))
    L += ["define( 'MAIL_FROM_ADDRESS', 'hello@%s' );" % c["domain"], ""]
    return pick(r, ["wp-content/mu-plugins/site-config.php", "config/site-overrides.php"]), "php", "\n".join(L)


def t_laravel_services(r, c, P, s, sid, ob):
    n = vname(r, P, ob, "snake")
    L = ["<?php", "", "return [", "", "    /*", "    | Third Party Services", "    */", "", "    'slack' => [", "        'notifications' => [",
         "            'channel' => '#%s'," % c["app"], "        ],", "    ],", "", "    '%s' => [" % P["provider"]]
    if sid is not None:
        L.append("        '%s' => %s," % (style_name(P.get("id_words"), "snake"), sid.lit("php", "'")))
    L.append("        '%s' => %s," % (n, s.lit("php", "'")))
    L += ["        'from' => 'hello@%s'," % c["domain"], "    ],", "", "];", ""]
    return "config/services.php", "php", "\n".join(L)


def t_go_config(r, c, P, s, sid, ob):
    n = vname(r, P, ob, "pascal")
    L = ["package config", ""]
    if s.is_ref or (sid is not None and sid.is_ref):
        L += ['import "os"', ""]
    L += ["// Mail holds outbound email settings.", "type Mail struct {", "\tProvider string", "\tFrom     string"]
    if sid is not None:
        L.append("\t%s string" % style_name(P.get("id_words"), "pascal"))
    L += ["\t%s string" % n, "}", "", "// Default returns the production defaults.", "func Default() Mail {", "\treturn Mail{",
          '\t\tProvider: "%s",' % P["provider"], '\t\tFrom:     "noreply@%s",' % c["domain"]]
    if sid is not None:
        L.append("\t\t%s: %s," % (style_name(P.get("id_words"), "pascal"), sid.lit("go")))
    L += ["\t\t%s: %s," % (n, s.lit("go")), "\t}", "}", ""]
    return "internal/config/mail.go", "go", "\n".join(L)


# ---------------------------------------------------------------------------
# provider SDK / framework templates
# ---------------------------------------------------------------------------
FROMS = ["FROM_EMAIL", "SENDER"]
SDK = {
    "sendgrid": [
        ("py", ["from sendgrid import SendGridAPIClient", "from sendgrid.helpers.mail import Mail"], "sg = SendGridAPIClient({S})",
         ["def send(to, subject, html):", "    msg = Mail(from_email=FROM_EMAIL, to_emails=to, subject=subject, html_content=html)",
          "    return sg.send(msg).status_code"]),
        ("js", ["const sgMail = require('@sendgrid/mail');"], "sgMail.setApiKey({S});",
         ["async function send(to, subject, html) {", "  const [res] = await sgMail.send({ to, from: FROM_EMAIL, subject, html });", "  return res.statusCode;", "}",
          "", "module.exports = { send };"]),
    ],
    "resend": [
        ("ts", ['import { Resend } from "resend";'], "const resend = new Resend({S});",
         ["export async function sendMagicLink(to: string, url: string) {", "  const { data, error } = await resend.emails.send({",
          "    from: FROM_EMAIL,", "    to,", '    subject: "Your sign-in link",', "    html: `<p><a href=\"${url}\">Sign in</a></p>`,", "  });",
          "  if (error) throw new Error(error.message);", "  return data?.id;", "}"]),
        ("py", ["import resend"], "resend.api_key = {S}",
         ["def send_receipt(to: str, html: str) -> str:", '    r = resend.Emails.send({"from": FROM_EMAIL, "to": [to], "subject": "Receipt", "html": html})',
          '    return r["id"]']),
    ],
    "mailgun": [
        ("js", ["const formData = require('form-data');", "const Mailgun = require('mailgun.js');"],
         "const mg = new Mailgun(formData).client({ username: 'api', key: {S}, url: 'https://api.eu.mailgun.net' });",
         ["async function send(to, subject, text) {", "  return mg.messages.create(MG_DOMAIN, { from: FROM_EMAIL, to: [to], subject, text });", "}", "",
          "module.exports = { send };"]),
        ("rb", ['require "mailgun-ruby"'], "MG_CLIENT = Mailgun::Client.new({S}, \"api.eu.mailgun.net\")",
         ["def deliver_notice(to, text)", "  MG_CLIENT.send_message(MG_DOMAIN, from: FROM_EMAIL, to: to, subject: \"Notice\", text: text)", "end"]),
    ],
    "postmark_server": [
        ("js", ['const postmark = require("postmark");'], "const client = new postmark.ServerClient({S});",
         ["async function sendTemplate(to, alias, model) {", "  return client.sendEmailWithTemplate({ From: FROM_EMAIL, To: to, TemplateAlias: alias, TemplateModel: model,",
          '    MessageStream: "outbound" });', "}", "", "module.exports = { sendTemplate };"]),
        ("rb", ['require "postmark"'], "POSTMARK = Postmark::ApiClient.new({S})",
         ["def send_welcome(user)", "  POSTMARK.deliver_with_template(from: FROM_EMAIL, to: user.email, template_alias: \"welcome\",",
          "                                template_model: { name: user.name })", "end"]),
    ],
    "postmark_account": [
        ("js", ['const postmark = require("postmark");'], "const admin = new postmark.AccountClient({S});",
         ["async function listServers() {", "  const { Servers } = await admin.getServers({ count: 50, offset: 0 });", "  return Servers.map((s) => s.Name);", "}",
          "", "module.exports = { listServers };"]),
    ],
    "mailchimp": [
        ("js", ['const mailchimp = require("@mailchimp/mailchimp_marketing");'], "mailchimp.setConfig({ apiKey: {S}, server: \"{DC}\" });",
         ["async function subscribe(email, listId) {", "  return mailchimp.lists.addListMember(listId, { email_address: email, status: \"pending\" });", "}", "",
          "module.exports = { subscribe };"]),
        ("py", ["import mailchimp_marketing as MailchimpMarketing"], "client = MailchimpMarketing.Client()\nclient.set_config({\"api_key\": {S}, \"server\": \"{DC}\"})",
         ["def subscribe(email, list_id):", '    return client.lists.add_list_member(list_id, {"email_address": email, "status": "pending"})']),
    ],
    "mandrill": [
        ("js", [], "const mailchimpTx = require(\"@mailchimp/mailchimp_transactional\")({S});",
         ["async function sendTx(to, subject, html) {", "  return mailchimpTx.messages.send({ message: { from_email: FROM_EMAIL, to: [{ email: to }], subject, html } });",
          "}", "", "module.exports = { sendTx };"]),
        ("py", ["import mandrill"], "mandrill_client = mandrill.Mandrill({S})",
         ["def send(to, subject, html):", '    msg = {"from_email": FROM_EMAIL, "to": [{"email": to}], "subject": subject, "html": html}',
          "    return mandrill_client.messages.send(message=msg)"]),
    ],
    "mailjet": [
        ("py", ["from mailjet_rest import Client"], 'mailjet = Client(auth=({I}, {S}), version="v3.1")',
         ["def send(to, subject, text):", '    data = {"Messages": [{"From": {"Email": FROM_EMAIL}, "To": [{"Email": to}], "Subject": subject, "TextPart": text}]}',
          "    return mailjet.send.create(data=data).status_code"]),
        ("js", ["const Mailjet = require('node-mailjet');"], "const mailjet = Mailjet.apiConnect({I}, {S});",
         ["async function send(to, subject, text) {", "  return mailjet.post('send', { version: 'v3.1' }).request({", "    Messages: [{ From: { Email: FROM_EMAIL }, To: [{ Email: to }], Subject: subject, TextPart: text }],",
          "  });", "}", "", "module.exports = { send };"]),
    ],
    "brevo": [
        ("php", ["use Brevo\\Client\\Configuration;", "use Brevo\\Client\\Api\\TransactionalEmailsApi;", "use GuzzleHttp\\Client;"],
         "$config = Configuration::getDefaultConfiguration()->setApiKey('api-key', {S});",
         ["$api = new TransactionalEmailsApi(new Client(), $config);", "", "function sendTransactional(TransactionalEmailsApi $api, string $to, int $templateId): void", "{",
          "    $email = new \\Brevo\\Client\\Model\\SendSmtpEmail(['to' => [['email' => $to]], 'templateId' => $templateId]);", "    $api->sendTransacEmail($email);", "}"]),
        ("js", ["const brevo = require('@getbrevo/brevo');"], "const api = new brevo.TransactionalEmailsApi();\napi.setApiKey(brevo.TransactionalEmailsApiApiKeys.apiKey, {S});",
         ["async function send(to, templateId, params) {", "  return api.sendTransacEmail({ to: [{ email: to }], templateId, params });", "}", "", "module.exports = { send };"]),
    ],
    "sparkpost": [
        ("js", ["const SparkPost = require('sparkpost');"], "const client = new SparkPost({S});",
         ["async function send(to, subject, html) {", "  return client.transmissions.send({ content: { from: FROM_EMAIL, subject, html }, recipients: [{ address: to }] });",
          "}", "", "module.exports = { send };"]),
        ("py", ["from sparkpost import SparkPost"], "sp = SparkPost({S})",
         ["def send(to, subject, html):", "    return sp.transmissions.send(recipients=[to], html=html, from_email=FROM_EMAIL, subject=subject)"]),
    ],
    "klaviyo": [
        ("py", ["from klaviyo_api import KlaviyoAPI"], "klaviyo = KlaviyoAPI({S}, max_delay=60, max_retries=3)",
         ["def track_order(email, value):", '    body = {"data": {"type": "event", "attributes": {"properties": {"value": value},',
          '        "metric": {"data": {"type": "metric", "attributes": {"name": "Placed Order"}}},',
          '        "profile": {"data": {"type": "profile", "attributes": {"email": email}}}}}}', "    klaviyo.Events.create_event(body)"]),
    ],
    "cio_track": [
        ("rb", ['require "customerio"'], "$customerio = Customerio::Client.new({I}, {S}, region: Customerio::Regions::US)",
         ["def identify(user)", "  $customerio.identify(id: user.id, email: user.email, created_at: user.created_at.to_i)", "end"]),
        ("js", ['const { TrackClient, RegionUS } = require("customerio-node");'], "const cio = new TrackClient({I}, {S}, { region: RegionUS });",
         ["async function identify(user) {", "  return cio.identify(user.id, { email: user.email, created_at: Math.floor(Date.now() / 1000) });", "}", "",
          "module.exports = { identify };"]),
    ],
    "cio_app": [
        ("js", ['const { APIClient, SendEmailRequest, RegionUS } = require("customerio-node");'], "const api = new APIClient({S}, { region: RegionUS });",
         ["async function sendReset(to, link) {", "  const req = new SendEmailRequest({ to, transactional_message_id: \"3\", message_data: { link }, identifiers: { email: to } });",
          "  return api.sendEmail(req);", "}", "", "module.exports = { sendReset };"]),
    ],
    "loops": [
        ("ts", ['import { LoopsClient } from "loops";'], "const loops = new LoopsClient({S});",
         ["export async function addToWaitlist(email: string) {", '  return loops.createContact({ email, properties: { source: "waitlist" } });', "}"]),
    ],
    "mailerlite": [
        ("js", ["const MailerLite = require('@mailerlite/mailerlite-nodejs').default;"], "const mailerlite = new MailerLite({ api_key: {S} });",
         ["async function subscribe(email) {", "  return mailerlite.subscribers.createOrUpdate({ email, groups: [GROUP_ID] });", "}", "", "module.exports = { subscribe };"]),
    ],
}
SDK_PATH = {"py": ["app/email/{p}_sender.py", "services/{p}.py"], "js": ["src/mail/{p}.js", "lib/email/{p}.js"],
            "ts": ["src/lib/email/{p}.ts", "app/lib/{p}.ts"], "rb": ["config/initializers/{p}.rb", "app/lib/{p}_mailer.rb"],
            "php": ["src/Service/{P}Mailer.php", "app/Services/{P}Mailer.php"]}
FTYPE = {"py": "python", "js": "javascript", "ts": "typescript", "rb": "ruby", "php": "php"}
ASSIGN = {"py": "{n} = {v}", "js": "const {n} = {v};", "ts": "const {n} = {v};", "rb": "{N} = {v}", "php": "${n} = {v};"}


def t_sdk(r, c, P, s, sid, ob):
    variants = SDK[P["id"]]
    lang, imports, ctor, body = pick(r, variants)
    style = {"py": "scream", "js": "camel", "ts": "camel", "rb": "scream", "php": "camel"}[lang]
    q = "'" if lang in ("php",) else '"'
    L = []
    if lang == "php":
        L += ["<?php", "", "declare(strict_types=1);", ""]
    L += imports + [""]
    if lang == "py":
        L.insert(0, '"""%s integration for %s."""' % (P["provider"], c["app"]))
    from_line = {"py": 'FROM_EMAIL = "no-reply@%s"', "js": "const FROM_EMAIL = 'no-reply@%s';", "ts": 'const FROM_EMAIL = "no-reply@%s";',
                 "rb": 'FROM_EMAIL = "no-reply@%s"', "php": "$fromEmail = 'no-reply@%s';"}[lang] % c["domain"]
    L.append(from_line)
    if P["provider"] == "mailgun":
        L.append({"js": "const MG_DOMAIN = 'mg.%s';", "rb": 'MG_DOMAIN = "mg.%s"'}[lang] % c["domain"])
    if P["provider"] == "mailerlite":
        L.append("const GROUP_ID = '%d';" % r.randint(10 ** 10, 10 ** 11))
    S = s.lit(lang, q)
    I = sid.lit(lang, q) if sid is not None else ""
    if ob:
        n = vname(r, P, True, style)
        L.append(ASSIGN[lang].replace("{n}", n).replace("{N}", n.upper()).replace("{v}", S))
        S = ("$" + n) if lang == "php" else (n.upper() if lang == "rb" else n)
        if sid is not None:
            ni = vname(r, P, True, style, "id")
            L.append(ASSIGN[lang].replace("{n}", ni).replace("{N}", ni.upper()).replace("{v}", I))
            I = ("$" + ni) if lang == "php" else (ni.upper() if lang == "rb" else ni)
    dc = s.value.rsplit("-", 1)[-1] if (s.mode == "secret" and "-us" in s.value) else "us%d" % r.randint(1, 21)
    L.append("")
    L += ctor.replace("{S}", S).replace("{I}", I).replace("{DC}", dc).split("\n")
    L += [""] + body + [""]
    path = pick(r, SDK_PATH[lang]).replace("{p}", P["provider"]).replace("{P}", P["provider"].capitalize())
    return path, FTYPE[lang], "\n".join(L)


ANYMAIL = {"sendgrid": ("sendgrid", "SENDGRID_API_KEY"), "mailgun": ("mailgun", "MAILGUN_API_KEY"),
           "mailgun_sig": ("mailgun", "MAILGUN_WEBHOOK_SIGNING_KEY"), "postmark_server": ("postmark", "POSTMARK_SERVER_TOKEN"),
           "brevo": ("brevo", "BREVO_API_KEY"), "mailjet": ("mailjet", "MAILJET_SECRET_KEY"), "sparkpost": ("sparkpost", "SPARKPOST_API_KEY"),
           "mandrill": ("mandrill", "MANDRILL_API_KEY"), "resend": ("resend", "RESEND_API_KEY")}


def t_anymail(r, c, P, s, sid, ob):
    backend, key = ANYMAIL[P["id"]]
    L = ["# Email via django-anymail", 'EMAIL_BACKEND = "anymail.backends.%s.EmailBackend"' % backend,
         'DEFAULT_FROM_EMAIL = "%s <hello@%s>"' % (c["org"].capitalize(), c["domain"]), 'SERVER_EMAIL = "server@%s"' % c["domain"], "", "ANYMAIL = {"]
    if sid is not None:
        L.append('    "MAILJET_API_KEY": %s,' % sid.lit("py"))
    if P["id"] == "mailgun" or P["id"] == "mailgun_sig":
        L.append('    "MAILGUN_SENDER_DOMAIN": "mg.%s",' % c["domain"])
        L.append('    "MAILGUN_API_URL": "https://api.eu.mailgun.net/v3",')
    L.append('    "%s": %s,' % (key, s.lit("py")))
    L += ['    "SEND_DEFAULTS": {"tags": ["%s"]},' % c["app"], "}", "", "# Tracking webhooks", 'ANYMAIL_WEBHOOK_ROUTE = "anymail/"', ""]
    pre = ['"""Email settings, imported by settings/production.py."""', ""]
    if s.is_ref or (sid is not None and sid.is_ref):
        pre += ["import os", "", "from environ import Env", "", "env = Env()", "config = env", ""]
    return pick(r, ["config/settings/email.py", "%s/settings/mail.py" % c["app"].replace("-", "_")]), "python", "\n".join(pre + L)


RAILS_DELIVERY = {"postmark_server": ("postmark", "postmark_settings", "api_token"), "mailgun": ("mailgun", "mailgun_settings", "api_key"),
                  "sendgrid": ("sendgrid_actionmailer", "sendgrid_actionmailer_settings", "api_key"), "resend": ("resend", None, None),
                  "mailjet": ("mailjet", None, None)}


def t_rails_delivery(r, c, P, s, sid, ob):
    method, settings, field = RAILS_DELIVERY[P["id"]]
    env = pick(r, ["production", "staging"])
    L = ["require \"active_support/core_ext/integer/time\"", "", "Rails.application.configure do", "  config.cache_classes = true", "  config.eager_load = true",
         "  config.force_ssl = true", "  config.log_level = :info", "", "  config.action_mailer.perform_caching = false",
         "  config.action_mailer.default_url_options = { host: \"%s\", protocol: \"https\" }" % c["domain"]]
    if settings:
        L.append("  config.action_mailer.delivery_method = :%s" % method)
        extra = ", domain: \"mg.%s\", api_host: \"api.eu.mailgun.net\"" % c["domain"] if method == "mailgun" else ""
        L.append("  config.action_mailer.%s = { %s: %s%s }" % (settings, field, s.lit("rb"), extra))
        L += ["end", ""]
        return "config/environments/%s.rb" % env, "ruby", "\n".join(L)
    L += ["  config.action_mailer.delivery_method = :%s" % method, "end", ""]
    if method == "resend":
        L += ["Resend.api_key = %s" % s.lit("rb"), ""]
    else:
        L += ["Mailjet.configure do |config|", "  config.api_key = %s" % sid.lit("rb"), "  config.secret_key = %s" % s.lit("rb"),
              "  config.default_from = \"hello@%s\"" % c["domain"], "  config.api_version = \"v3.1\"", "end", ""]
    return "config/environments/%s.rb" % env, "ruby", "\n".join(L)


LARAVEL = {"mailgun": ("mailgun", "MAILGUN_SECRET", ["MAILGUN_DOMAIN=mg.{domain}", "MAILGUN_ENDPOINT=api.eu.mailgun.net"]),
           "postmark_server": ("postmark", "POSTMARK_TOKEN", ["POSTMARK_MESSAGE_STREAM_ID=outbound"]),
           "resend": ("resend", "RESEND_KEY", []), "sendgrid": ("sendgrid", "SENDGRID_API_KEY", []),
           "brevo": ("brevo", "BREVO_KEY", []), "mailchimp": ("log", "MAILCHIMP_APIKEY", ["MAILCHIMP_LIST_ID={listid}"]),
           "mailerlite": ("log", "MAILERLITE_API_KEY", []), "klaviyo": ("log", "KLAVIYO_PRIVATE_KEY", ["KLAVIYO_PUBLIC_KEY={kpub}"])}


def t_laravel_env(r, c, P, s, sid, ob):
    mailer, key, extra = LARAVEL[P["id"]]
    cc = dict(c, listid=rs(r, HEX, 10), kpub=mixed(r, ALNUM, 6))
    L = ["APP_NAME=%s" % c["org"].capitalize(), "APP_ENV=production", "APP_DEBUG=false", "APP_URL=https://%s" % c["domain"], "",
         "LOG_CHANNEL=stack", "LOG_LEVEL=error", "", "DB_CONNECTION=mysql", "DB_HOST=127.0.0.1", "DB_PORT=3306", "DB_DATABASE=%s" % c["org"].replace("-", "_"), "",
         "MAIL_MAILER=%s" % mailer, 'MAIL_FROM_ADDRESS="hello@%s"' % c["domain"], 'MAIL_FROM_NAME="${APP_NAME}"']
    L += [fill(x, cc) for x in extra]
    L.append("%s=%s" % (key if ob else vname(r, P, False, "scream"), s.inner("env")))
    L += ["", "QUEUE_CONNECTION=redis", "REDIS_HOST=127.0.0.1", ""]
    return pick(r, [".env", ".env.production"]), "dotenv", "\n".join(L)


SYMFONY = {"sendgrid": "sendgrid+api://{S}@default", "mailgun": "mailgun+api://{S}:mg.{domain}@default?region=eu",
           "postmark_server": "postmark+api://{S}@default", "brevo": "brevo+api://{S}@default", "mailjet": "mailjet+api://{I}:{S}@default",
           "resend": "resend+api://{S}@default", "mandrill": "mandrill+api://{S}@default", "ses": "ses+smtp://{I}:{S}@default?region={region}",
           "sparkpost": "sparkpost+api://{S}@default", "brevo_smtp": "brevo+smtp://{U}:{S}@default"}


def t_symfony_dsn(r, c, P, s, sid, ob):
    dsn = fill(SYMFONY[P["id"]], c)
    sv = quote(s.inner("env"), safe="") if not s.is_ref else s.inner("env")
    iv = (quote(sid.inner("env"), safe="") if not sid.is_ref else sid.inner("env")) if sid is not None else ""
    dsn = dsn.replace("{S}", sv).replace("{I}", iv).replace("{U}", quote("%d%s001@smtp-brevo.com" % (r.randint(100000, 999999), "a"), safe=""))
    L = ["# In all environments, the following files are loaded if they exist:", "# .env, .env.local, .env.$APP_ENV, .env.$APP_ENV.local", "",
         "###> symfony/framework-bundle ###", "APP_ENV=prod", "###< symfony/framework-bundle ###", "", "###> symfony/mailer ###", "MAILER_DSN=%s" % dsn,
         "###< symfony/mailer ###", "", "MAILER_SENDER=%s" % ("noreply@" + c["domain"]), ""]
    return pick(r, [".env.prod", ".env.local", ".env.prod.local"]), "dotenv", "\n".join(L), sv


# ---------------------------------------------------------------------------
# SMTP templates (password / SMTP key / SES SMTP password / API key used as SMTP password)
# ---------------------------------------------------------------------------
def smtp_ctx(r, c, P, s, sid):
    host, port, u = smtp_params(r, P, c, s, sid)
    if u == "@same":
        U = s
    elif u == "@id":
        U = sid
    else:
        U = Slot(r, "literal", fill(u, c))
    if P["id"] in ("smtp",):
        port = port
    elif port not in (25, 465, 587, 2525):
        port = 587
    return host, port, U


def t_django_smtp(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    pw = "EMAIL_HOST_PASSWORD" if ob else pick(r, ["EMAIL_RELAY_SECRET", "MAILER_AUTH"])
    L = ['"""Mail settings for the %s project."""' % c["app"], "import os", "", 'EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"',
         'EMAIL_HOST = "%s"' % host, "EMAIL_PORT = %d" % port, "EMAIL_USE_TLS = %s" % (port == 587), "EMAIL_USE_SSL = %s" % (port == 465),
         "EMAIL_HOST_USER = %s" % U.lit("py"), "%s = %s" % (pw, s.lit("py"))]
    if not ob:
        L.append("EMAIL_HOST_PASSWORD = %s" % pw)
    L += ["EMAIL_TIMEOUT = %d" % r.randint(5, 30), 'DEFAULT_FROM_EMAIL = "%s <noreply@%s>"' % (c["org"].capitalize(), c["domain"]),
          'SERVER_EMAIL = "django@%s"' % c["domain"], 'ADMINS = [("Ops", "ops@%s")]' % c["domain"], ""]
    return pick(r, ["config/settings/email.py", "%s/settings/production.py" % c["app"].replace("-", "_"), "project/settings_prod.py"]), "python", "\n".join(L)


def t_rails_smtp(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ["Rails.application.configure do", "  config.cache_classes = true", "  config.eager_load = true", "  config.log_level = :info", "",
         "  config.action_mailer.delivery_method = :smtp", "  config.action_mailer.raise_delivery_errors = true",
         '  config.action_mailer.default_url_options = { host: "%s" }' % c["domain"], "  config.action_mailer.smtp_settings = {",
         '    address: "%s",' % host, "    port: %d," % port, '    domain: "%s",' % c["domain"], "    user_name: %s," % U.lit("rb"),
         "    password: %s," % s.lit("rb"), "    authentication: :%s," % pick(r, ["plain", "login"]), "    enable_starttls_auto: true", "  }", "end", ""]
    return "config/environments/%s.rb" % pick(r, ["production", "staging"]), "ruby", "\n".join(L)


def t_laravel_smtp(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    q = '"' if r.random() < 0.4 else ""
    L = ["APP_NAME=%s" % c["org"].capitalize(), "APP_ENV=production", "APP_DEBUG=false", "APP_URL=https://%s" % c["domain"], "", "LOG_CHANNEL=daily", "",
         "MAIL_MAILER=smtp", "MAIL_HOST=%s" % host, "MAIL_PORT=%d" % port, "MAIL_USERNAME=%s" % U.inner("env"),
         "MAIL_PASSWORD=%s%s%s" % (q, s.inner("env"), q), "MAIL_ENCRYPTION=%s" % ("ssl" if port == 465 else "tls"),
         'MAIL_FROM_ADDRESS="noreply@%s"' % c["domain"], 'MAIL_FROM_NAME="${APP_NAME}"', "", "QUEUE_CONNECTION=database", ""]
    return pick(r, [".env", ".env.production"]), "dotenv", "\n".join(L)


def t_spring_mail_props(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ["spring.application.name=%s" % c["app"], "server.port=8080", "", "# outbound mail", "spring.mail.host=%s" % host, "spring.mail.port=%d" % port,
         "spring.mail.username=%s" % U.inner("props"), "spring.mail.password=%s" % s.inner("props"),
         "spring.mail.properties.mail.smtp.auth=true", "spring.mail.properties.mail.smtp.starttls.enable=%s" % ("true" if port != 465 else "false"),
         "spring.mail.properties.mail.smtp.connectiontimeout=5000", "app.notifications.from=alerts@%s" % c["domain"], ""]
    return "src/main/resources/application%s.properties" % pick(r, ["", "-prod"]), "properties", "\n".join(L)


def t_spring_mail_yml(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    pv = s.inner("props")
    L = ["spring:", "  application:", "    name: %s" % c["app"], "  mail:", "    host: %s" % host, "    port: %d" % port, "    username: %s" % U.inner("props"),
         "    password: %s" % (('"%s"' % pv) if (r.random() < 0.5 or s.is_ref) else pv), "    properties:", "      mail:", "        smtp:", "          auth: true",
         "          starttls:", "            enable: true", "", "app:", "  mail-from: team@%s" % c["domain"], ""]
    return "src/main/resources/application%s.yml" % pick(r, ["", "-production"]), "yaml", "\n".join(L)


def t_nodemailer(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    ts = r.random() < 0.4
    lang = "ts" if ts else "js"
    q = pick(r, ["'", '"'])
    L = (['import nodemailer from "nodemailer";'] if ts else ["const nodemailer = require('nodemailer');"]) + [""]
    if ob:
        L.append("const SMTP_PASS = %s;" % s.lit(lang, q))
        pw = "SMTP_PASS"
    else:
        pw = s.lit(lang, q)
    L += ["", "%sconst transporter = nodemailer.createTransport({" % ("export " if ts else ""), "  host: %s%s%s," % (q, host, q), "  port: %d," % port,
          "  secure: %s," % ("true" if port == 465 else "false"), "  auth: {", "    user: %s," % U.lit(lang, q), "    pass: %s," % pw, "  },", "});", "",
          "%sasync function sendMail(to%s, subject%s, html%s) {" % ("export " if ts else "", ": string" if ts else "", ": string" if ts else "", ": string" if ts else ""),
          "  return transporter.sendMail({ from: %snoreply@%s%s, to, subject, html });" % (q, c["domain"], q), "}", ""]
    if not ts:
        L.append("module.exports = { transporter, sendMail };")
    return pick(r, ["src/mailer.%s" % lang, "lib/email/transport.%s" % lang, "server/utils/mail.%s" % lang]), "typescript" if ts else "javascript", "\n".join(L) + "\n"


def t_phpmailer(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ["<?php", "use PHPMailer\\PHPMailer\\PHPMailer;", "use PHPMailer\\PHPMailer\\Exception;", "", "require __DIR__ . '/../vendor/autoload.php';", "",
         "function contact_mailer(): PHPMailer", "{", "    $mail = new PHPMailer(true);", "    $mail->isSMTP();", "    $mail->Host       = '%s';" % host,
         "    $mail->SMTPAuth   = true;", "    $mail->Username   = %s;" % U.lit("php", "'"), "    $mail->Password   = %s;" % s.lit("php", "'"),
         "    $mail->SMTPSecure = %s;" % ("PHPMailer::ENCRYPTION_SMTPS" if port == 465 else "PHPMailer::ENCRYPTION_STARTTLS"), "    $mail->Port       = %d;" % port,
         "    $mail->setFrom('contact@%s', '%s');" % (c["domain"], c["org"].capitalize()), "    $mail->CharSet = 'UTF-8';", "    return $mail;", "}", ""]
    return pick(r, ["includes/mailer.php", "public/contact/send.php", "src/Mail/contact_mailer.php"]), "php", "\n".join(L)


def t_msmtprc(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ["# msmtp config for cron reports on %s hosts" % c["app"], "defaults", "auth           on", "tls            on",
         "tls_trust_file /etc/ssl/certs/ca-certificates.crt", "logfile        ~/.msmtp.log", "", "account        %s" % c["org"], "host           %s" % host,
         "port           %d" % port, "from           cron@%s" % c["domain"], "user           %s" % U.inner("conf")]
    if s.is_ref:
        L.append('passwordeval   "echo %s"' % s.inner("sh"))
    else:
        L.append("password       %s" % s.inner("conf"))
    L += ["%s" % ("tls_starttls   off" if port == 465 else "tls_starttls   on"), "", "account default : %s" % c["org"], ""]
    return pick(r, ["dotfiles/.msmtprc", "roles/cron-mail/files/msmtprc", "etc/msmtprc"]), "conf", "\n".join(L)


def t_postfix_sasl(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ["# /etc/postfix/sasl_passwd -- relay credentials (postmap after editing)", "# managed by ansible role postfix-relay",
         "[%s]:%d %s:%s" % (host, port, U.inner("conf"), s.inner("conf")), ""]
    return pick(r, ["roles/postfix-relay/files/sasl_passwd", "postfix/sasl_passwd", "ansible/files/postfix/sasl_passwd"]), "postfix-map", "\n".join(L)


def t_smtplib(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    ssl = port == 465
    L = ["#!/usr/bin/env python3", '"""Send the nightly report by email."""', "import smtplib", "import sys", "from email.message import EmailMessage", "",
         'SMTP_HOST = "%s"' % host, "SMTP_PORT = %d" % port, "SMTP_USER = %s" % U.lit("py")]
    if ob:
        L.append("SMTP_PASSWORD = %s" % s.lit("py"))
        pw = "SMTP_PASSWORD"
    else:
        pw = s.lit("py")
    L += ['RECIPIENTS = ["reports@%s"]' % c["domain"], "", "", "def main(path):", "    msg = EmailMessage()", '    msg["Subject"] = "Nightly report"',
          '    msg["From"] = SMTP_USER', '    msg["To"] = ", ".join(RECIPIENTS)', "    with open(path) as fh:", "        msg.set_content(fh.read())"]
    if ssl:
        L += ["    with smtplib.SMTP_SSL(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:"]
    else:
        L += ["    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:", "        smtp.starttls()"]
    L += ["        smtp.login(SMTP_USER, %s)" % pw, "        smtp.send_message(msg)", "", "", 'if __name__ == "__main__":', "    main(sys.argv[1])", ""]
    if s.is_ref and "os." in s.lit("py"):
        L.insert(3, "import os")
    elif s.is_ref:
        L.insert(3, "from decouple import config\nenv = config")
    return pick(r, ["scripts/send_report.py", "tools/mail_report.py", "cron/nightly_report.py"]), "python", "\n".join(L)


def t_go_smtp(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ["package notify", "", "import (", '\t"fmt"', '\t"net/smtp"']
    if s.is_ref or U.is_ref:
        L.append('\t"os"')
    L += [")", "", "const (", '\tsmtpHost = "%s"' % host, '\tsmtpPort = "%d"' % port, ")", ""]
    if ob:
        L += ["var smtpPass = %s" % s.lit("go"), ""]
        pw = "smtpPass"
    else:
        pw = s.lit("go")
    L += ["// Send delivers a plain-text alert.", "func Send(to []string, subject, body string) error {",
          '\tauth := smtp.PlainAuth("", %s, %s, smtpHost)' % (U.lit("go"), pw),
          '\tmsg := []byte(fmt.Sprintf("Subject: %s\\r\\n\\r\\n%s", subject, body))', '\treturn smtp.SendMail(smtpHost+":"+smtpPort, auth, "alerts@%s", to, msg)' % c["domain"], "}", ""]
    return pick(r, ["internal/notify/email.go", "pkg/alerting/smtp.go"]), "go", "\n".join(L)


def t_javamail(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    pkg = "com.%s.mail" % c["org"].replace("-", "")
    L = ["package %s;" % pkg, "", "import jakarta.mail.*;", "import jakarta.mail.internet.*;", "import java.util.Properties;", "", "public class SmtpMailer {", "",
         '    private static final String HOST = "%s";' % host, "    private static final int PORT = %d;" % port, "    private static final String USER = %s;" % U.lit("java")]
    L.append("    private static final String %s = %s;" % ("PASSWORD" if ob else "SECOND", s.lit("java")))
    L += ["", "    public static Session session() {", "        Properties p = new Properties();", '        p.put("mail.smtp.auth", "true");',
          '        p.put("mail.smtp.starttls.enable", "%s");' % ("true" if port != 465 else "false"), '        p.put("mail.smtp.host", HOST);',
          '        p.put("mail.smtp.port", String.valueOf(PORT));', "        return Session.getInstance(p, new Authenticator() {", "            @Override",
          "            protected PasswordAuthentication getPasswordAuthentication() {",
          "                return new PasswordAuthentication(USER, %s);" % ("PASSWORD" if ob else "SECOND"), "            }", "        });", "    }", "}", ""]
    return "src/main/java/%s/SmtpMailer.java" % pkg.replace(".", "/"), "java", "\n".join(L)


def t_webconfig_smtp(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <system.net>", '    <mailSettings>',
         '      <smtp from="noreply@%s" deliveryMethod="Network">' % c["domain"],
         '        <network host="%s" port="%d" userName="%s" password="%s" enableSsl="true" defaultCredentials="false" />' % (host, port, U.inner("xml"), s.inner("xml")),
         "      </smtp>", "    </mailSettings>", "  </system.net>", "  <appSettings>", '    <add key="SupportInbox" value="support@%s" />' % c["domain"],
         "  </appSettings>", "</configuration>", ""]
    return pick(r, ["Web.config", "Web.Release.config", "src/Portal/Web.config"]), "xml", "\n".join(L)


def t_appsettings_smtp(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    d = {"Logging": {"LogLevel": {"Default": "Warning"}}, "Smtp": {"Host": host, "Port": port, "EnableSsl": True, "UserName": U.inner("json"),
                                                                   "Password": s.inner("json"), "From": "noreply@" + c["domain"]}, "AllowedHosts": "*"}
    return pick(r, ["appsettings.Production.json", "src/Api/appsettings.json"]), "json", json.dumps(d, indent=2) + "\n"


def t_wpconfig_smtp(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ["<?php", "// ** WP Mail SMTP constants ** //", "define( 'WPMS_ON', true );", "define( 'WPMS_MAIL_FROM', 'wordpress@%s' );" % c["domain"],
         "define( 'WPMS_MAIL_FROM_NAME', '%s' );" % c["org"].capitalize(), "define( 'WPMS_MAILER', 'smtp' );", "define( 'WPMS_SMTP_HOST', '%s' );" % host,
         "define( 'WPMS_SMTP_PORT', %d );" % port, "define( 'WPMS_SSL', '%s' );" % ("ssl" if port == 465 else "tls"), "define( 'WPMS_SMTP_AUTH', true );",
         "define( 'WPMS_SMTP_USER', %s );" % U.lit("php", "'"), "define( 'WPMS_SMTP_PASS', %s );" % s.lit("php", "'"), "", "define( 'WP_DEBUG', false );", ""]
    return pick(r, ["wp-config-mail.php", "wp-content/mu-plugins/smtp-config.php"]), "php", "\n".join(L)


def t_gitlab_rb(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ["external_url 'https://gitlab.%s'" % c["domain"], "", "### Email Settings", "gitlab_rails['gitlab_email_from'] = 'gitlab@%s'" % c["domain"],
         "gitlab_rails['smtp_enable'] = true", "gitlab_rails['smtp_address'] = \"%s\"" % host, "gitlab_rails['smtp_port'] = %d" % port,
         "gitlab_rails['smtp_user_name'] = %s" % U.lit("rb"), "gitlab_rails['smtp_password'] = %s" % s.lit("rb"),
         "gitlab_rails['smtp_domain'] = \"%s\"" % c["domain"], "gitlab_rails['smtp_authentication'] = \"login\"", "gitlab_rails['smtp_enable_starttls_auto'] = true", "",
         "letsencrypt['enable'] = true", ""]
    return pick(r, ["gitlab/config/gitlab.rb", "omnibus/gitlab.rb"]), "ruby", "\n".join(L)


def t_grafana_ini(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ["[server]", "domain = grafana.%s" % c["domain"], "root_url = https://grafana.%s/" % c["domain"], "", "[smtp]", "enabled = true",
         "host = %s:%d" % (host, port), "user = %s" % U.inner("ini"), '# If the password contains # or ; you have to wrap it with triple quotes',
         'password = """%s"""' % s.inner("ini") if r.random() < 0.4 else "password = %s" % s.inner("ini"), "from_address = grafana@%s" % c["domain"],
         "from_name = Grafana", "startTLS_policy = MandatoryStartTLS", "", "[users]", "allow_sign_up = false", ""]
    return pick(r, ["grafana/grafana.ini", "monitoring/grafana/grafana.ini"]), "ini", "\n".join(L)


def t_alertmanager(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ["global:", "  resolve_timeout: 5m", "  smtp_smarthost: '%s:%d'" % (host, port), "  smtp_from: 'alertmanager@%s'" % c["domain"],
         "  smtp_auth_username: '%s'" % U.inner("yaml"), "  smtp_auth_password: '%s'" % s.inner("yaml"), "  smtp_require_tls: true", "", "route:",
         "  receiver: ops-email", "  group_by: ['alertname', 'job']", "  group_wait: 30s", "  repeat_interval: 4h", "", "receivers:", "  - name: ops-email",
         "    email_configs:", "      - to: 'oncall@%s'" % c["domain"], "        send_resolved: true", ""]
    return pick(r, ["monitoring/alertmanager/alertmanager.yml", "alertmanager.yml"]), "yaml", "\n".join(L)


def t_nextcloud(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ["<?php", "$CONFIG = array (", "  'overwrite.cli.url' => 'https://cloud.%s'," % c["domain"], "  'mail_smtpmode' => 'smtp',", "  'mail_sendmailmode' => 'smtp',",
         "  'mail_domain' => '%s'," % c["domain"], "  'mail_from_address' => 'cloud',", "  'mail_smtphost' => '%s'," % host, "  'mail_smtpport' => '%d'," % port,
         "  'mail_smtpsecure' => '%s'," % ("ssl" if port == 465 else "tls"), "  'mail_smtpauth' => 1,", "  'mail_smtpname' => %s," % U.lit("php", "'"),
         "  'mail_smtppassword' => %s," % s.lit("php", "'"), "  'maintenance_window_start' => 1,", ");", ""]
    return pick(r, ["nextcloud/config/mail.config.php", "config/smtp.config.php"]), "php", "\n".join(L)


def t_mastodon(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ["LOCAL_DOMAIN=social.%s" % c["domain"], "SINGLE_USER_MODE=false", "REDIS_HOST=redis", "REDIS_PORT=6379", "DB_HOST=db", "DB_USER=mastodon", "DB_NAME=mastodon_production",
         "", "# Sending mail", "SMTP_SERVER=%s" % host, "SMTP_PORT=%d" % port, "SMTP_LOGIN=%s" % U.inner("env"), "SMTP_PASSWORD=%s" % s.inner("env"),
         "SMTP_FROM_ADDRESS='Mastodon <notifications@%s>'" % c["domain"], "SMTP_AUTH_METHOD=plain", "SMTP_OPENSSL_VERIFY_MODE=peer", ""]
    return ".env.production", "dotenv", "\n".join(L)


def t_discourse(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ["templates:", '  - "templates/postgres.template.yml"', '  - "templates/redis.template.yml"', '  - "templates/web.template.yml"', "", "expose:",
         '  - "80:80"', '  - "443:443"', "", "env:", "  LC_ALL: en_US.UTF-8", "  DISCOURSE_HOSTNAME: forum.%s" % c["domain"],
         "  DISCOURSE_DEVELOPER_EMAILS: 'admin@%s'" % c["domain"], "  DISCOURSE_SMTP_ADDRESS: %s" % host, "  DISCOURSE_SMTP_PORT: %d" % port,
         "  DISCOURSE_SMTP_USER_NAME: %s" % U.inner("yaml"), "  DISCOURSE_SMTP_PASSWORD: \"%s\"" % s.inner("yaml"), "  DISCOURSE_SMTP_ENABLE_START_TLS: true",
         "  DISCOURSE_NOTIFICATION_EMAIL: noreply@%s" % c["domain"], ""]
    return "containers/app.yml", "yaml", "\n".join(L)


def t_keycloak(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    d = {"realm": c["org"], "enabled": True, "sslRequired": "external", "registrationAllowed": False, "loginWithEmailAllowed": True,
         "smtpServer": {"host": host, "port": str(port), "from": "sso@" + c["domain"], "fromDisplayName": c["org"].capitalize() + " SSO", "auth": "true",
                        "starttls": "true" if port != 465 else "false", "ssl": "true" if port == 465 else "false", "user": U.inner("json"), "password": s.inner("json")},
         "internationalizationEnabled": True, "supportedLocales": ["en", "de"]}
    return pick(r, ["keycloak/realm-export.json", "infra/keycloak/%s-realm.json" % c["org"]]), "json", json.dumps(d, indent=2) + "\n"


def t_ghost(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    d = {"url": "https://blog.%s" % c["domain"], "server": {"port": 2368, "host": "127.0.0.1"},
         "mail": {"transport": "SMTP", "from": "'%s' <blog@%s>" % (c["org"].capitalize(), c["domain"]),
                  "options": {"host": host, "port": port, "secure": port == 465, "auth": {"user": U.inner("json"), "pass": s.inner("json")}}},
         "logging": {"transports": ["file", "stdout"]}, "process": "systemd", "paths": {"contentPath": "/var/lib/ghost/content"}}
    return "config.production.json", "json", json.dumps(d, indent=2) + "\n"


def t_gitea_ini(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ["APP_NAME = %s Git" % c["org"].capitalize(), "RUN_MODE = prod", "", "[server]", "DOMAIN = git.%s" % c["domain"], "ROOT_URL = https://git.%s/" % c["domain"], "",
         "[mailer]", "ENABLED = true", "PROTOCOL = %s" % ("smtps" if port == 465 else "smtp+starttls"), "SMTP_ADDR = %s" % host, "SMTP_PORT = %d" % port,
         "FROM = git@%s" % c["domain"], "USER = %s" % U.inner("ini"), "PASSWD = `%s`" % s.inner("ini"), "", "[service]", "REGISTER_EMAIL_CONFIRM = true", ""]
    return pick(r, ["gitea/conf/app.ini", "custom/conf/app.ini"]), "ini", "\n".join(L)


def t_compose_smtp(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ["services:", "  %s:" % c["app"], "    build: .", "    restart: always", "    environment:", "      - NODE_ENV=production", "      - SMTP_HOST=%s" % host,
         "      - SMTP_PORT=%d" % port, "      - SMTP_USER=%s" % U.inner("compose"), "      - %s=%s" % ("SMTP_PASSWORD" if ob else "SMTP_AUTH", s.inner("compose")),
         "      - MAIL_FROM=hello@%s" % c["domain"], "    ports:", '      - "3000:3000"', ""]
    return pick(r, ["docker-compose.yml", "docker-compose.production.yml"]), "docker-compose", "\n".join(L)


def t_flask_cfg(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ["import os", "", "", "class ProductionConfig:", "    DEBUG = False", "    TESTING = False", '    SESSION_COOKIE_SECURE = True', "",
         '    MAIL_SERVER = "%s"' % host, "    MAIL_PORT = %d" % port, "    MAIL_USE_TLS = %s" % (port != 465), "    MAIL_USE_SSL = %s" % (port == 465),
         "    MAIL_USERNAME = %s" % U.lit("py"), "    MAIL_PASSWORD = %s" % s.lit("py"), '    MAIL_DEFAULT_SENDER = ("%s", "noreply@%s")' % (c["org"].capitalize(), c["domain"]), ""]
    return pick(r, ["config.py", "app/config.py", "instance/config.py"]), "python", "\n".join(L)


def t_swaks_md(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ["# Testing outbound mail", "", "The relay for `%s` is `%s` on port %d." % (c["app"], host, port), "", "Quick check with swaks:", "", "```sh",
         "swaks --to %s@example.com --from noreply@%s \\" % (c["person"], c["domain"]), "  --server %s --port %d %s\\" % (host, port, "--tls " if port != 465 else "--tls-on-connect "),
         "  --auth LOGIN --auth-user '%s' --auth-password '%s'" % (U.inner("md"), s.inner("md")), "```", "",
         "If you get `535 Authentication failed`, the credentials were rotated; ask in #infra.", ""]
    return pick(r, ["docs/email-setup.md", "notes/smtp.md", "docs/operations/mail.md"]), "markdown", "\n".join(L)


def t_cs_smtp(r, c, P, s, sid, ob):
    host, port, U = smtp_ctx(r, c, P, s, sid)
    L = ["using System;", "using System.Net;", "using System.Net.Mail;", "", "namespace %s.Notifications" % c["org"].capitalize().replace("-", ""), "{", "    public static class Mailer", "    {",
         "        public static SmtpClient Create() => new SmtpClient(\"%s\", %d)" % (host, port), "        {", "            EnableSsl = true,",
         "            Credentials = new NetworkCredential(%s, %s)" % (U.lit("cs"), s.lit("cs")), "        };", "    }", "}", ""]
    return "src/Notifications/Mailer.cs", "csharp", "\n".join(L)


# ---------------------------------------------------------------------------
# URL templates (credential inside an smtp:// style URL / DSN)
# ---------------------------------------------------------------------------
def url_parts(r, c, P, s, sid):
    if P.get("url_only"):
        h, port, u = pick(r, SMTP_POOL)
        host, U = fill(h, c), Slot(r, "literal", fill(u, c))
    else:
        host, port, U = smtp_ctx(r, c, P, s, sid)
    user = quote(U.inner("env"), safe="") if not U.is_ref else U.inner("compose")
    pw = quote(s.inner("env"), safe="") if not s.is_ref else s.inner("compose")
    return host, port, user, pw


def _scheme(r, port):
    return "smtps" if port == 465 else pick(r, ["smtp", "smtp+tls"] if port != 465 else ["smtps"])


def t_url_dotenv(r, c, P, s, sid, ob):
    host, port, user, pw = url_parts(r, c, P, s, sid)
    n = pick(r, ["EMAIL_URL", "SMTP_URL", "MAIL_URL"]) if ob else pick(r, ["OUTBOUND", "NOTIFY_TRANSPORT", "DELIVERY_URI"])
    L = ["# %s" % c["app"], "DEBUG=off", "ALLOWED_HOSTS=%s" % c["domain"], "DATABASE_URL=postgres://%s@db:5432/%s" % (c["org"], c["org"]),
         "CACHE_URL=redis://cache:6379/1", "%s=%s://%s:%s@%s:%d" % (n, "smtp+tls" if port == 587 else _scheme(r, port), user, pw, host, port),
         "DEFAULT_FROM_EMAIL=noreply@%s" % c["domain"], ""]
    return pick(r, [".env", ".env.production", "envs/prod.env"]), "dotenv", "\n".join(L), pw


def t_url_compose(r, c, P, s, sid, ob):
    host, port, user, pw = url_parts(r, c, P, s, sid)
    L = ["services:", "  worker:", "    image: ghcr.io/%s/%s-worker:%s" % (c["org"], c["app"], pick(r, ["1.2", "main"])), "    command: [\"celery\", \"-A\", \"app\", \"worker\"]",
         "    environment:", "      BROKER_URL: redis://redis:6379/0", "      SMTP_URL: \"%s://%s:%s@%s:%d\"" % (_scheme(r, port), user, pw, host, port),
         "      MAIL_FROM: robot@%s" % c["domain"], "  redis:", "    image: redis:7", ""]
    return pick(r, ["docker-compose.yml", "compose.prod.yaml"]), "docker-compose", "\n".join(L), pw


def t_url_nodemailer(r, c, P, s, sid, ob):
    host, port, user, pw = url_parts(r, c, P, s, sid)
    L = ["const nodemailer = require('nodemailer');", "", "// one-line transport URL, see https://nodemailer.com/smtp/",
         "const transport = nodemailer.createTransport('%s://%s:%s@%s:%d');" % ("smtps" if port == 465 else "smtp", user, pw, host, port), "",
         "module.exports = function notify(to, subject, text) {", "  return transport.sendMail({ from: 'bot@%s', to, subject, text });" % c["domain"], "};", ""]
    return pick(r, ["lib/notify.js", "src/notify.js"]), "javascript", "\n".join(L), pw


def t_url_apprise(r, c, P, s, sid, ob):
    host, port, user, pw = url_parts(r, c, P, s, sid)
    L = ["# apprise notification targets", "version: 1", "urls:", "  - mailtos://%s:%s@%s?smtp=%s&from=alerts@%s&to=ops@%s:" % (user, pw, c["domain"], host, c["domain"], c["domain"]),
         "    - tag: ops, email", "  - json://hooks.%s/alerts:" % c["domain"], "    - tag: webhook", ""]
    return pick(r, ["apprise.yml", "config/apprise.yaml"]), "yaml", "\n".join(L), pw


def t_url_configmap(r, c, P, s, sid, ob):
    host, port, user, pw = url_parts(r, c, P, s, sid)
    L = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: %s-config" % c["app"], "data:", "  LOG_LEVEL: info", "  FEATURE_DIGEST: \"true\"",
         "  MAILER_URL: \"%s://%s:%s@%s:%d\"" % (_scheme(r, port), user, pw, host, port), "  TZ: Europe/Berlin", ""]
    return "k8s/%s-configmap.yaml" % c["app"], "k8s-yaml", "\n".join(L), pw


def t_url_md(r, c, P, s, sid, ob):
    host, port, user, pw = url_parts(r, c, P, s, sid)
    L = ["## Outbound email", "", "Staging and production share the relay. Configure the app with:", "", "```",
         "EMAIL_URL=%s://%s:%s@%s:%d" % ("smtp+tls" if port == 587 else _scheme(r, port), user, pw, host, port), "```", "",
         "Bounces land in the `bounces@%s` mailbox." % c["domain"], ""]
    return pick(r, ["docs/setup.md", "README.ops.md", "notes/email.md"]), "markdown", "\n".join(L), pw


def t_url_py(r, c, P, s, sid, ob):
    host, port, user, pw = url_parts(r, c, P, s, sid)
    L = ["import dj_email_url", "", "from .base import *  # noqa", "",
         'email_config = dj_email_url.parse("%s://%s:%s@%s:%d")' % ("submission" if port == 587 else "smtps", user, pw, host, port),
         'EMAIL_HOST = email_config["EMAIL_HOST"]', 'EMAIL_PORT = email_config["EMAIL_PORT"]', 'EMAIL_HOST_USER = email_config["EMAIL_HOST_USER"]',
         'EMAIL_HOST_PASSWORD = email_config["EMAIL_HOST_PASSWORD"]', 'EMAIL_USE_TLS = email_config["EMAIL_USE_TLS"]', ""]
    return "config/settings/production.py", "python", "\n".join(L), pw


# ---------------------------------------------------------------------------
# special templates: listmonk, Mautic, Mailgun webhook verification
# ---------------------------------------------------------------------------
def t_listmonk_toml(r, c, P, s, sid, ob):
    L = ["[app]", "# Interface and port where the app will run its webserver.", 'address = "0.0.0.0:9000"', "",
         "# BasicAuth for the admin dashboard.", 'admin_username = "%s"' % pick(r, ["admin", "listmonk", c["person"]]), "admin_password = \"%s\"" % s.inner("toml"), "",
         "[db]", 'host = "db"', "port = 5432", 'user = "listmonk"', "# password is supplied via LISTMONK_db__password", 'database = "listmonk"',
         'ssl_mode = "disable"', "max_open = 25", "max_idle = 25", 'max_lifetime = "300s"', ""]
    return pick(r, ["listmonk/config.toml", "config.toml"]), "toml", "\n".join(L)


def t_listmonk_compose(r, c, P, s, sid, ob):
    L = ["services:", "  app:", "    image: listmonk/listmonk:%s" % pick(r, ["v4.1.0", "v3.0.0", "latest"]), "    ports:", '      - "9000:9000"',
         "    depends_on:", "      - db", "    environment:", "      LISTMONK_app__address: 0.0.0.0:9000", "      LISTMONK_db__host: db",
         "      LISTMONK_db__password: ${POSTGRES_PASSWORD}", "      LISTMONK_ADMIN_USER: %s" % pick(r, ["admin", "newsletter"]),
         "      LISTMONK_ADMIN_PASSWORD: %s" % (('"%s"' % s.inner("compose")) if r.random() < 0.6 else s.inner("compose")), "      TZ: Etc/UTC",
         "    volumes:", "      - ./uploads:/listmonk/uploads", "", "  db:", "    image: postgres:16-alpine", "    environment:", "      POSTGRES_USER: listmonk",
         "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}", "      POSTGRES_DB: listmonk", "    volumes:", "      - listmonk-data:/var/lib/postgresql/data", "",
         "volumes:", "  listmonk-data:", ""]
    return pick(r, ["listmonk/docker-compose.yml", "docker-compose.yml"]), "docker-compose", "\n".join(L)


def t_listmonk_api(r, c, P, s, sid, ob):
    n = "LISTMONK_PASSWORD" if ob else "AUTH"
    L = ['"""Sync new customers into the listmonk newsletter list."""', "import requests", "", 'LISTMONK_URL = "https://lists.%s"' % c["domain"],
         'LISTMONK_USER = "%s"' % pick(r, ["admin", "api"]), "%s = %s" % (n, s.lit("py")), "LIST_ID = %d" % r.randint(1, 40), "", "",
         "def add_subscriber(email, name):", "    resp = requests.post(", '        f"{LISTMONK_URL}/api/subscribers",', "        auth=(LISTMONK_USER, %s)," % n,
         '        json={"email": email, "name": name, "status": "enabled", "lists": [LIST_ID], "preconfirm_subscriptions": True},', "        timeout=10,", "    )",
         "    resp.raise_for_status()", '    return resp.json()["data"]["id"]', ""]
    return pick(r, ["scripts/listmonk_sync.py", "jobs/newsletter_sync.py"]), "python", "\n".join(L)


def t_mautic_local(r, c, P, s, sid, ob):
    host, port, U = pick(r, SMTP_POOL)[0], 587, "mautic@" + c["domain"]
    L = ["<?php", "$parameters = array(", "\t'db_driver' => 'pdo_mysql',", "\t'db_host' => 'db',", "\t'db_port' => 3306,", "\t'db_name' => 'mautic',",
         "\t'db_user' => 'mautic',", "\t'db_password' => getenv('MAUTIC_DB_PASSWORD'),", "\t'site_url' => 'https://marketing.%s'," % c["domain"],
         "\t'mailer_from_name' => '%s'," % c["org"].capitalize(), "\t'mailer_from_email' => 'news@%s'," % c["domain"], "\t'mailer_transport' => 'smtp',",
         "\t'mailer_host' => '%s'," % fill(host, c), "\t'mailer_port' => '%d'," % port, "\t'mailer_user' => '%s'," % U,
         "\t'mailer_password' => %s," % s.lit("php", "'"), "\t'mailer_encryption' => 'tls',", "\t'mailer_auth_mode' => 'login',", "\t'locale' => 'en_US',", ");", ""]
    return "app/config/local.php", "php", "\n".join(L)


def t_mautic_compose(r, c, P, s, sid, ob):
    host = fill(pick(r, SMTP_POOL)[0], c)
    pw = quote(s.inner("env"), safe="") if not s.is_ref else s.inner("compose")
    L = ["services:", "  mautic_web:", "    image: mautic/mautic:5-apache", "    ports:", '      - "8080:80"', "    environment:", "      - MAUTIC_DB_HOST=db",
         "      - MAUTIC_DB_USER=mautic", "      - MAUTIC_DB_PASSWORD=${MYSQL_PASSWORD}", "      - MAUTIC_DB_NAME=mautic",
         "      - MAUTIC_MAILER_DSN=smtp://%s:%s@%s:587" % (quote("mautic@" + c["domain"], safe=""), pw, host), "      - DOCKER_MAUTIC_ROLE=mautic_web",
         "    volumes:", "      - ./mautic/config:/var/www/html/config", ""]
    return pick(r, ["mautic/docker-compose.yml", "docker-compose.mautic.yml"]), "docker-compose", "\n".join(L), pw


def t_mautic_api(r, c, P, s, sid, ob):
    L = ['"""Push webinar sign-ups into Mautic (API basic auth enabled)."""', "import requests", "", 'MAUTIC = "https://marketing.%s"' % c["domain"],
         'API_USER = "%s"' % pick(r, ["api-sync", "integration", c["person"]]), "API_%s = %s" % ("PASSWORD" if ob else "SECOND", s.lit("py")), "", "",
         "def create_contact(email, first, last, tags=()):", "    resp = requests.post(", '        f"{MAUTIC}/api/contacts/new",',
         "        auth=(API_USER, API_%s)," % ("PASSWORD" if ob else "SECOND"), '        data={"email": email, "firstname": first, "lastname": last, "tags": ",".join(tags)},',
         "        timeout=15,", "    )", "    resp.raise_for_status()", '    return resp.json()["contact"]["id"]', ""]
    return pick(r, ["integrations/mautic_sync.py", "scripts/mautic_import.py"]), "python", "\n".join(L)


def t_mautic_oauth(r, c, P, s, sid, ob):
    L = ["<?php", "", "return [", "    'mautic' => [", "        'baseUrl'      => 'https://marketing.%s'," % c["domain"], "        'version'      => 'OAuth2',",
         "        'clientKey'    => %s," % sid.lit("php", "'"), "        'clientSecret' => %s," % s.lit("php", "'"),
         "        'callback'     => 'https://%s/oauth/mautic/callback'," % c["domain"], "    ],", "];", ""]
    return pick(r, ["config/mautic.php", "app/config/mautic_api.php"]), "php", "\n".join(L)


def t_mailgun_webhook_py(r, c, P, s, sid, ob):
    n = "MAILGUN_SIGNING_KEY" if ob else "HOOK_CFG"
    L = ["import hashlib", "import hmac", "", "from flask import Blueprint, abort, request", "", 'bp = Blueprint("mailgun_hooks", __name__)', "",
         "%s = %s" % (n, s.lit("py")), "", "", "def _verify(sig):", "    digest = hmac.new(", "        key=%s.encode()," % n,
         '        msg=(sig["timestamp"] + sig["token"]).encode(),', "        digestmod=hashlib.sha256,", "    ).hexdigest()",
         '    return hmac.compare_digest(digest, sig["signature"])', "", "", '@bp.post("/hooks/mailgun")', "def mailgun_event():", "    body = request.get_json(force=True)",
         '    if not _verify(body["signature"]):', "        abort(403)", '    event = body["event-data"]["event"]', '    return {"ok": True, "event": event}', ""]
    return pick(r, ["app/webhooks/mailgun.py", "%s/hooks.py" % c["app"].replace("-", "_")]), "python", "\n".join(L)


def t_mailgun_webhook_js(r, c, P, s, sid, ob):
    n = "SIGNING_KEY" if ob else "verifyWith"
    L = ["const crypto = require('crypto');", "const express = require('express');", "", "const router = express.Router();",
         "const %s = %s;" % (n, s.lit("js", "'")), "", "function isFromMailgun({ timestamp, token, signature }) {",
         "  const digest = crypto.createHmac('sha256', %s).update(timestamp + token).digest('hex');" % n,
         "  return crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(signature));", "}", "",
         "router.post('/webhooks/mailgun', express.json(), (req, res) => {", "  if (!isFromMailgun(req.body.signature)) return res.sendStatus(403);",
         "  req.app.emit('mail-event', req.body['event-data']);", "  return res.sendStatus(200);", "});", "", "module.exports = router;", ""]
    return pick(r, ["routes/mailgunWebhook.js", "src/webhooks/mailgun.js"]), "javascript", "\n".join(L)


# ---------------------------------------------------------------------------
# NEGATIVE domain look-alikes: each returns (relpath, filetype, text, provider, kind)
# ---------------------------------------------------------------------------
def b64(b):
    return base64.b64encode(b).decode()


def dkim_pub(r):
    # SubjectPublicKeyInfo prefix of a 2048-bit RSA key + random modulus + exponent 65537
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + b"\xc3" + rbytes(r, 255) + bytes.fromhex("0203010001")
    return b64(der)


def n_dns_zone(r, c):
    d = c["domain"]
    u = r.randint(1000000, 99999999)
    pub = dkim_pub(r)
    L = ["$ORIGIN %s." % d, "$TTL 3600", "@       IN SOA ns1.%s. hostmaster.%s. ( %d%02d%02d%02d 7200 3600 1209600 3600 )" % (d, d, r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(1, 9)),
         "@       IN NS  ns1.%s." % d, "@       IN MX  10 mx1.%s." % d, "", "; SPF: Google Workspace + transactional provider",
         '@       IN TXT "v=spf1 include:_spf.google.com include:%s ~all"' % pick(r, ["sendgrid.net", "mailgun.org", "spf.brevo.com", "amazonses.com", "spf.mtasv.net"]),
         "; DKIM", 'google._domainkey IN TXT ( "v=DKIM1; k=rsa; "', '    "p=%s"' % pub[:250], '    "%s" )' % pub[250:],
         "em%d    IN CNAME u%d.wl%03d.sendgrid.net." % (r.randint(100, 9999), u, r.randint(1, 250)),
         "s1._domainkey IN CNAME s1.domainkey.u%d.wl%03d.sendgrid.net." % (u, r.randint(1, 250)),
         "; DMARC", '_dmarc  IN TXT "v=DMARC1; p=%s; rua=mailto:dmarc@%s; ruf=mailto:dmarc@%s; fo=1; pct=100"' % (pick(r, ["quarantine", "reject", "none"]), d, d), ""]
    return "dns/%s.zone" % d, "dns-zone", "\n".join(L), "dns", "dkim_spf_dmarc_records"


def n_tf_ses_dkim(r, c):
    toks = [rs(r, B36, 32) for _ in range(3)]
    L = ['resource "aws_ses_domain_identity" "main" {', '  domain = "%s"' % c["domain"], "}", "", 'resource "aws_ses_domain_dkim" "main" {',
         "  domain = aws_ses_domain_identity.main.domain", "}", "", "# tokens as returned on %d-%02d-%02d (for reference only):" % (r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28))]
    L += ["#   %s._domainkey.%s -> %s.dkim.amazonses.com" % (t, c["domain"], t) for t in toks]
    L += ['resource "aws_route53_record" "dkim" {', "  count   = 3", "  zone_id = var.zone_id",
          '  name    = "${aws_ses_domain_dkim.main.dkim_tokens[count.index]}._domainkey"', '  type    = "CNAME"', '  ttl     = "600"',
          '  records = ["${aws_ses_domain_dkim.main.dkim_tokens[count.index]}.dkim.amazonses.com"]', "}", "", 'resource "aws_route53_record" "dmarc" {',
          "  zone_id = var.zone_id", '  name    = "_dmarc.%s"' % c["domain"], '  type    = "TXT"', '  ttl     = "3600"',
          '  records = ["v=DMARC1; p=quarantine; rua=mailto:dmarc@%s"]' % c["domain"], "}", ""]
    return "terraform/ses.tf", "hcl", "\n".join(L), "amazon_ses", "dkim_tokens"


def n_mailgun_fixture(r, c):
    ts = r.randint(1680000000, 1760000000)
    d = {"signature": {"token": rs(r, HEX, 50), "timestamp": str(ts), "signature": rs(r, HEX, 64)},
         "event-data": {"id": mixed(r, ALNUM + "-", 22), "timestamp": ts + 0.5, "log-level": "info", "event": pick(r, ["delivered", "opened", "failed"]),
                        "recipient": "%s@example.com" % c["person"], "message": {"headers": {"message-id": "%s.%s@mg.%s" % (r.randint(10 ** 13, 10 ** 14), rs(r, HEX, 16), c["domain"]),
                                                                                            "from": "noreply@" + c["domain"], "subject": "Your invoice"}},
                        "delivery-status": {"code": 250, "message": "OK", "tls": True}}}
    return "tests/fixtures/mailgun/%s_event.json" % d["event-data"]["event"], "json", json.dumps(d, indent=2) + "\n", "mailgun", "webhook_payload_signature"


def n_sendgrid_verify(r, c):
    pub = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + b64(b"\x04"[:0] + rbytes(r, 64))
    sig = b64(bytes.fromhex("3045022100") + b"\x80" [:0] + rbytes(r, 32) + bytes.fromhex("0220") + rbytes(r, 32))
    L = ["# SendGrid Event Webhook signature verification", "# The verification key is the PUBLIC half of the ECDSA pair (Settings > Mail Settings > Event Webhook).",
         "sendgrid:", "  event_webhook:", "    path: /hooks/sendgrid", "    verification_public_key: \"%s\"" % pub, "    max_skew_seconds: 300", "",
         "# sample request used in tests/test_sendgrid_webhook.py", "sample:", "    X-Twilio-Email-Event-Webhook-Signature: \"%s\"" % sig,
         "    X-Twilio-Email-Event-Webhook-Timestamp: \"%d\"" % r.randint(1680000000, 1760000000), ""]
    return pick(r, ["config/webhooks.yml", "config/sendgrid_webhook.yaml"]), "yaml", "\n".join(L), "sendgrid", "public_verification_key"


def n_postmark_fixture(r, c):
    d = {"RecordType": "Bounce", "MessageStream": "outbound", "ID": r.randint(10 ** 9, 10 ** 10), "Type": "HardBounce", "TypeCode": 1, "Name": "Hard bounce",
         "MessageID": uuid4(r), "ServerID": r.randint(10000, 999999), "Description": "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
         "Details": "smtp;550 5.1.1 The email account that you tried to reach does not exist.", "Email": "%s@example.org" % c["person"],
         "From": "support@%s" % c["domain"], "BouncedAt": "2024-0%d-1%dT10:2%d:11Z" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9)), "Inactive": True, "CanActivate": True,
         "Subject": "Reset your password", "Metadata": {"user_id": str(r.randint(100, 99999))}}
    return "spec/fixtures/postmark/bounce_webhook.json", "json", json.dumps(d, indent=2) + "\n", "postmark", "message_id"


def n_sns_ses(r, c):
    msgid = "0100%s-%s-%s-%s-%s-000000" % (rs(r, HEX, 12), rs(r, HEX, 8), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 12))
    inner = {"notificationType": "Delivery", "mail": {"timestamp": "2024-05-02T08:15:03.000Z", "source": "noreply@" + c["domain"], "messageId": msgid,
                                                      "destination": ["%s@example.com" % c["person"]]}, "delivery": {"processingTimeMillis": r.randint(300, 3000), "smtpResponse": "250 2.0.0 OK"}}
    d = {"Type": "Notification", "MessageId": uuid4(r), "TopicArn": "arn:aws:sns:%s:123456789012:ses-delivery" % c["region"], "Message": json.dumps(inner),
         "Timestamp": "2024-05-02T08:15:04.512Z", "SignatureVersion": "1", "Signature": b64(rbytes(r, 256)),
         "SigningCertURL": "https://sns.%s.amazonaws.com/SimpleNotificationService-%s.pem" % (c["region"], rs(r, HEX, 32)),
         "UnsubscribeURL": "https://sns.%s.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:%s:123456789012:ses-delivery:%s" % (c["region"], c["region"], uuid4(r))}
    return "tests/fixtures/ses/sns_delivery.json", "json", json.dumps(d, indent=2) + "\n", "amazon_ses", "sns_signature"


def n_email_html(r, c):
    tok = rs(r, HEX, 40)
    L = ["<!doctype html>", "<html lang=\"en\">", "<head><meta charset=\"utf-8\"><title>{{ subject }}</title></head>", "<body style=\"font-family: Arial, sans-serif\">",
         "  <h1>Hi {{ first_name }},</h1>", "  <p>Here is what happened at %s this week.</p>" % c["org"].capitalize(), "  {% for item in items %}",
         "  <p><a href=\"{{ item.url }}\">{{ item.title }}</a></p>", "  {% endfor %}", "  <hr>",
         "  <p style=\"font-size:12px\">You get this because you subscribed. <a href=\"{{ unsubscribe_url }}\">Unsubscribe</a></p>",
         "  <!-- preview render: https://%s/email/unsubscribe?u=%d&t=%s -->" % (c["domain"], r.randint(1000, 99999), tok),
         "  <img src=\"https://t.%s/o/{{ message_id }}.gif\" width=\"1\" height=\"1\" alt=\"\">" % c["domain"], "</body>", "</html>", ""]
    return pick(r, ["templates/emails/weekly_digest.html", "emails/digest.html.j2"]), "html", "\n".join(L), "generic", "unsubscribe_token_sample"


def n_klaviyo_snippet(r, c):
    pub = mixed(r, ALNUM, 6)
    L = ["<!-- Klaviyo onsite tracking. company_id is the PUBLIC API key / site id -->",
         '<script async type="text/javascript" src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=%s"></script>' % pub, "<script>",
         "  window.klaviyo = window.klaviyo || [];", "  function trackViewed(product) {",
         "    klaviyo.push(['track', 'Viewed Product', { ProductName: product.name, ProductID: product.id, Price: product.price }]);", "  }", "</script>", ""]
    return pick(r, ["snippets/klaviyo.liquid", "layout/partials/klaviyo.html", "public/klaviyo-snippet.html"]), "html", "\n".join(L), "klaviyo", "public_site_id"


def n_mailchimp_embed(r, c):
    u, lid = rs(r, HEX, 25), rs(r, HEX, 10)
    dc = "us%d" % r.randint(1, 21)
    L = ['<div id="mc_embed_signup">', '  <form action="https://%s.%s.list-manage.com/subscribe/post?u=%s&amp;id=%s&amp;f_id=00%s" method="post" target="_blank">' % (c["org"], dc, u, lid, rs(r, HEX, 10)),
         '    <label for="mce-EMAIL">Email Address</label>', '    <input type="email" name="EMAIL" id="mce-EMAIL" required>',
         '    <div style="position: absolute; left: -5000px;" aria-hidden="true"><input type="text" name="b_%s_%s" tabindex="-1" value=""></div>' % (u, lid),
         '    <input type="submit" value="Subscribe" name="subscribe">', "  </form>", "</div>", ""]
    return pick(r, ["src/components/NewsletterForm.html", "partials/newsletter-signup.html"]), "html", "\n".join(L), "mailchimp", "audience_id"


def n_emailjs(r, c):
    L = ["import emailjs from '@emailjs/browser';", "", "// EmailJS keys below are the browser-side PUBLIC key and ids (safe to ship).",
         "const EMAILJS_PUBLIC_KEY = '%s';" % mixed(r, ALNUM + "-_", pick(r, [15, 17])), "const SERVICE_ID = 'service_%s';" % rs(r, B36, 7),
         "const TEMPLATE_ID = 'template_%s';" % rs(r, B36, 7), "", "emailjs.init({ publicKey: EMAILJS_PUBLIC_KEY, limitRate: { throttle: 10000 } });", "",
         "export function sendContactForm(form: HTMLFormElement) {", "  return emailjs.sendForm(SERVICE_ID, TEMPLATE_ID, form);", "}", ""]
    return pick(r, ["src/lib/contact.ts", "src/utils/emailjs.ts"]), "typescript", "\n".join(L), "emailjs", "public_key"


def n_mailpit_compose(r, c):
    img = pick(r, [("mailpit", "axllent/mailpit:latest", 1025, 8025), ("mailhog", "mailhog/mailhog:v1.0.1", 1025, 8025)])
    L = ["# local development stack - not used in production", "services:", "  web:", "    build: .", "    environment:", "      APP_ENV: development",
         "      SMTP_HOST: %s" % img[0], "      SMTP_PORT: \"%d\"" % img[2], "      SMTP_USER: \"\"", "      SMTP_PASSWORD: \"\"", "      SMTP_SECURE: \"false\"",
         "    depends_on: [%s]" % img[0], "", "  %s:" % img[0], "    image: %s" % img[1], "    ports:", '      - "%d:%d"' % (img[2], img[2]), '      - "%d:%d"' % (img[3], img[3]), ""]
    return pick(r, ["docker-compose.override.yml", "docker-compose.dev.yml"]), "docker-compose", "\n".join(L), img[0], "dev_smtp_no_auth"


def n_django_dev(r, c):
    L = ['"""Local development settings."""', "from .base import *  # noqa", "", "DEBUG = True", 'ALLOWED_HOSTS = ["localhost", "127.0.0.1"]', "",
         "# Mail goes to Mailpit: http://localhost:8025", 'EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"', 'EMAIL_HOST = "localhost"', "EMAIL_PORT = 1025",
         'EMAIL_HOST_USER = ""', 'EMAIL_HOST_PASSWORD = ""', "EMAIL_USE_TLS = False", "", "INTERNAL_IPS = [\"127.0.0.1\"]", ""]
    return "config/settings/local.py", "python", "\n".join(L), "mailpit", "dev_smtp_no_auth"


def n_rails_dev(r, c):
    L = ["Rails.application.configure do", "  config.cache_classes = false", "  config.action_mailer.raise_delivery_errors = false",
         "  config.action_mailer.default_url_options = { host: \"localhost\", port: 3000 }", "  # run `mailcatcher` and open http://127.0.0.1:1080",
         "  config.action_mailer.delivery_method = :smtp", "  config.action_mailer.smtp_settings = { address: \"127.0.0.1\", port: 1025 }", "end", ""]
    return "config/environments/development.rb", "ruby", "\n".join(L), "mailcatcher", "dev_smtp_no_auth"


def n_mail_log_md(r, c):
    qid = rs(r, UHEX, 11)
    sgid = mixed(r, B64URL, 22)
    L = ["# Tracing a lost email", "", "1. Find the Postfix queue id in `/var/log/mail.log`:", "", "```",
         "%s relay postfix/smtp[%d]: %s: to=<%s@example.com>, relay=smtp.sendgrid.net[167.89.115.%d]:587, delay=1.2, status=sent (250 Ok: queued as %s)" % (
             pick(r, ["May  3 10:22:01", "Jun 11 08:01:44"]), r.randint(1000, 40000), qid, c["person"], r.randint(2, 250), sgid),
         "```", "", "2. SendGrid shows the same message as `%s.filterdrecv-%s-%s-1-%s-%s.0`." % (sgid, rs(r, HEX, 10), rs(r, B36, 5), rs(r, UHEX, 8), r.randint(10, 99)),
         "3. For SES the id looks like `0100%s-%s-%s-%s-%s-000000`." % (rs(r, HEX, 12), rs(r, HEX, 8), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 12)),
         "4. Mailgun: `<%s.%s@mg.%s>`." % (r.randint(10 ** 13, 10 ** 14), rs(r, HEX, 16), c["domain"]), "", "Search the provider's activity feed with that id.", ""]
    return "docs/troubleshooting/lost-email.md", "markdown", "\n".join(L), "generic", "message_id"


def n_sendgrid_templates(r, c):
    L = ["# SendGrid dynamic templates (ids are not secret)", "templates:"]
    for name in ["welcome", "password_reset", "receipt", "weekly_digest", "invite"]:
        L.append("  %s: d-%s" % (name, rs(r, HEX, 32)))
    L += ["unsubscribe_groups:", "  marketing: %d" % r.randint(10000, 99999), "  product_updates: %d" % r.randint(10000, 99999), "ip_pool: transactional", ""]
    return pick(r, ["config/email_templates.yml", "config/sendgrid.yml"]), "yaml", "\n".join(L), "sendgrid", "template_id"


def n_postmark_templates(r, c):
    d = {"serverId": r.randint(10000, 999999), "messageStreams": {"transactional": "outbound", "broadcast": "broadcasts"},
         "templates": {a: {"id": r.randint(10 ** 7, 10 ** 8), "alias": a} for a in ["welcome", "password-reset", "receipt", "comment-notification"]},
         "layoutTemplate": "basic-layout"}
    return "config/postmark-templates.json", "json", json.dumps(d, indent=2) + "\n", "postmark", "template_id"


def n_ids_py(r, c):
    L = ['"""Marketing ids used by the campaign service. None of these are credentials."""', "", "BREVO_TEMPLATE_IDS = {",
         '    "welcome": %d,' % r.randint(1, 300), '    "abandoned_cart": %d,' % r.randint(1, 300), "}", "BREVO_LIST_ID = %d" % r.randint(2, 60), "",
         "MAILJET_TEMPLATE_ID = %d" % r.randint(10 ** 6, 10 ** 7), 'KLAVIYO_LIST_ID = "%s"' % mixed(r, ALNUM, 6), 'KLAVIYO_METRIC_PLACED_ORDER = "%s"' % mixed(r, ALNUM, 6),
         'MAILCHIMP_AUDIENCE_ID = "%s"' % rs(r, HEX, 10), 'CUSTOMERIO_TRANSACTIONAL_MESSAGE_ID = "%d"' % r.randint(1, 40),
         'BEEHIIV_PUBLICATION_ID = "pub_%s"' % uuid4(r), 'LOOPS_TRANSACTIONAL_ID = "%s"' % rs(r, B36, 25), ""]
    return pick(r, ["campaigns/ids.py", "app/marketing/constants.py"]), "python", "\n".join(L), "generic", "list_and_template_ids"


def n_md5_hash(r, c):
    email = "%s@%s" % (c["person"], c["domain"])
    h = hashlib.md5(email.lower().encode()).hexdigest()
    L = ["import hashlib", "", "", "def subscriber_hash(email: str) -> str:", '    """Mailchimp identifies list members by the MD5 of the lower-cased address."""',
         "    return hashlib.md5(email.strip().lower().encode()).hexdigest()", "", "", "def test_subscriber_hash():",
         '    assert subscriber_hash("  %s ") == "%s"' % (email.capitalize(), h), ""]
    return "tests/test_mailchimp_hash.py", "python", "\n".join(L), "mailchimp", "hash"


def n_package_lock(r, c):
    pk = {}
    for name, ver in [("nodemailer", "6.9.%d" % r.randint(1, 15)), ("@sendgrid/mail", "8.1.%d" % r.randint(0, 4)), ("resend", "3.%d.0" % r.randint(0, 5)),
                      ("postmark", "4.0.%d" % r.randint(0, 5))]:
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                      "integrity": "sha512-" + b64(rbytes(r, 64)), "license": "MIT"}
    d = {"name": c["app"], "version": "1.%d.0" % r.randint(0, 20), "lockfileVersion": 3, "requires": True,
         "packages": dict([("", {"name": c["app"], "dependencies": {k.split("node_modules/")[1]: "^" + v["version"] for k, v in pk.items()}})] + list(pk.items()))}
    return "package-lock.json", "json", json.dumps(d, indent=2) + "\n", "npm", "integrity_digest"


def n_i18n(r, c):
    if r.random() < 0.5:
        L = ["en:", "  settings:", "    email:", '      smtp_password: "SMTP password"', '      smtp_password_hint: "Use an app password, not your login password."',
             '      api_key: "API key"', '      api_key_placeholder: "SG.xxxxxxxx..."', '      test_button: "Send test email"', '      saved: "Email settings saved."',
             "  errors:", '    invalid_api_key: "The API key was rejected by %{provider}."', ""]
        return "config/locales/en.yml", "yaml", "\n".join(L), "generic", "i18n_strings"
    d = {"email": {"smtpPassword": "SMTP-Passwort", "apiKey": "API-Schlüssel", "apiKeyHelp": "Den Schlüssel finden Sie unter Einstellungen › API-Schlüssel.",
                   "secretRevealed": "Geheimnis kopiert", "passwordTooShort": "Das Passwort muss mindestens 12 Zeichen lang sein."}}
    return "src/locales/de.json", "json", json.dumps(d, indent=2, ensure_ascii=False) + "\n", "generic", "i18n_strings"


def n_ansible_vault(r, c):
    hx = b"\n".join(rs(r, HEX, 80).encode() for _ in range(r.randint(8, 14))).decode()
    L = ["$ANSIBLE_VAULT;1.1;AES256"] + hx.split("\n") + [""]
    return "ansible/group_vars/%s/vault.yml" % pick(r, ["production", "mailers"]), "ansible-vault", "\n".join(L), "generic", "ciphertext"


def n_sops(r, c):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, n)), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
    L = ["smtp:", "    host: %s" % enc(18), "    password: %s" % enc(20), "sendgrid_api_key: %s" % enc(69), "sops:", "    kms: []", "    age:",
         "        - recipient: age1%s" % rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    L += ["            " + b64(rbytes(r, 48)) for _ in range(4)]
    L += ["            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"2024-0%d-1%dT09:12:44Z\"" % (r.randint(1, 9), r.randint(0, 9)),
          "    mac: %s" % enc(32), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1", ""]
    return pick(r, ["secrets/mail.enc.yaml", "deploy/secrets.enc.yaml"]), "yaml", "\n".join(L), "generic", "ciphertext"


def n_sealed(r, c):
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-mail" % c["app"], "  namespace: prod", "spec:", "  encryptedData:",
         "    SMTP_PASSWORD: Ag%s" % b64(rbytes(r, 520)), "    SENDGRID_API_KEY: Ag%s" % b64(rbytes(r, 560)), "  template:", "    metadata:", "      name: %s-mail" % c["app"], ""]
    return "k8s/prod/%s-mail-sealed.yaml" % c["app"], "k8s-yaml", "\n".join(L), "generic", "ciphertext"


def n_rails_enc(r, c):
    txt = "%s--%s--%s\n" % (b64(rbytes(r, r.randint(180, 420))), b64(rbytes(r, 12)), b64(rbytes(r, 16)))
    return "config/credentials/production.yml.enc", "rails-encrypted", txt, "generic", "ciphertext"


def n_hmac_vector(r, c):
    key = "unit-test-signing-key"
    ts, tok = str(r.randint(1680000000, 1760000000)), rs(r, HEX, 50)
    sig = hmac.new(key.encode(), (ts + tok).encode(), hashlib.sha256).hexdigest()
    L = ["from app.webhooks.mailgun import verify_signature", "", "# Known-answer test: HMAC-SHA256(key, timestamp + token) computed offline.", 'TEST_KEY = "%s"' % key, "",
         "", "def test_valid_signature():", '    sig = {"timestamp": "%s", "token": "%s",' % (ts, tok), '           "signature": "%s"}' % sig,
         "    assert verify_signature(sig, TEST_KEY)", "", "", "def test_tampered_token():", '    sig = {"timestamp": "%s", "token": "%s",' % (ts, tok[::-1]),
         '           "signature": "%s"}' % sig, "    assert not verify_signature(sig, TEST_KEY)", ""]
    return "tests/webhooks/test_mailgun_signature.py", "python", "\n".join(L), "mailgun", "test_vector"


def n_doc_examples(r, c):
    L = ["# Email providers", "", "We support several providers. Values below are the **examples from each provider's documentation**; put real keys in Vault.", "",
         "| Provider | Variable | Documentation example |", "|---|---|---|", "| SparkPost | `SPARKPOST_API_KEY` | `14ac5499cfdd2bb2859e4476d2e5b1d2bad079bf` |",
         "| Loops | `LOOPS_API_KEY` | `d2d561f5ff80136f69b4b5a31b9fb3c9` |", "| Resend | `RESEND_API_KEY` | `re_xxxxxxxxx` |",
         "| Postmark (test mode) | `POSTMARK_SERVER_TOKEN` | `POSTMARK_API_TEST` |", "| Amazon SES | `AWS_ACCESS_KEY_ID` | `AKIAIOSFODNN7EXAMPLE` |",
         "| Amazon SES | `AWS_SECRET_ACCESS_KEY` | `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY` |", "",
         "Postmark accepts `POSTMARK_API_TEST` as a server token that validates requests without sending.", ""]
    return pick(r, ["docs/email-providers.md", "README.md"]), "markdown", "\n".join(L), "generic", "doc_example"


def n_eml(r, c):
    d = c["domain"]
    L = ["Return-Path: <bounces+%d-%s=example.com@em%d.%s>" % (r.randint(10 ** 6, 10 ** 7), rs(r, HEX, 4), r.randint(100, 9999), d),
         "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % d, "\th=from:subject:to:content-type; s=s1;", "\tbh=%s;" % b64(rbytes(r, 32)),
         "\tb=%s" % b64(rbytes(r, 128))[:76], "\t%s" % b64(rbytes(r, 128))[:76], "\t%s" % b64(rbytes(r, 96)),
         "Message-ID: <%s@%s>" % (mixed(r, B64URL, 22), pick(r, ["geopod-ismtpd-3", "smtp.sendgrid.net", "mg." + d])), "Date: Tue, 14 May 2024 09:30:12 +0000",
         "From: %s <hello@%s>" % (c["org"].capitalize(), d), "To: test@example.com", "Subject: Welcome to %s" % c["org"].capitalize(),
         "List-Unsubscribe: <https://%s/unsubscribe/%s>, <mailto:unsub-%s@%s>" % (d, rs(r, HEX, 32), rs(r, HEX, 12), d), "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
         "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "", "Thanks for signing up! Confirm your address to get started.", ""]
    return "tests/fixtures/emails/welcome.eml", "eml", "\n".join(L), "generic", "dkim_signature"


def n_cio_snippet(r, c):
    sid = rs(r, HEX, 20)
    L = ["<script type=\"text/javascript\">", "  var _cio = _cio || [];", "  (function() {", "    var a,b,c;a=function(f){return function(){_cio.push([f].concat(Array.prototype.slice.call(arguments,0)))}};",
         "    b=[\"load\",\"identify\",\"sidentify\",\"track\",\"page\"];for(c=0;c<b.length;c++){_cio[b[c]]=a(b[c])};", "    var t = document.createElement('script'),",
         "        s = document.getElementsByTagName('script')[0];", "    t.async = true;", "    t.id    = 'cio-tracker';", "    t.setAttribute('data-site-id', '%s');" % sid,
         "    t.src = 'https://assets.customer.io/assets/track.js';", "    s.parentNode.insertBefore(t, s);", "  })();", "</script>", ""]
    return pick(r, ["templates/partials/customerio.html", "public/cio.html"]), "html", "\n".join(L), "customerio", "public_site_id"


def n_secretref(r, c):
    L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % c["app"], "spec:", "  template:", "    spec:", "      containers:",
         "        - name: app", "          image: ghcr.io/%s/%s:v%d.%d.0" % (c["org"], c["app"], r.randint(1, 4), r.randint(0, 20)), "          env:"]
    for v in ["SENDGRID_API_KEY", "SMTP_PASSWORD", "MAILGUN_WEBHOOK_SIGNING_KEY"][: r.randint(1, 3)]:
        L += ["            - name: %s" % v, "              valueFrom:", "                secretKeyRef:", "                  name: %s-mail" % c["app"],
              "                  key: %s" % v.lower().replace("_", "-")]
    L.append("")
    return "k8s/%s/deployment.yaml" % c["app"], "k8s-yaml", "\n".join(L), "generic", "secret_reference"


def n_env_example(r, c):
    L = ["# Copy to .env and fill in. Never commit the real values.", "APP_URL=http://localhost:3000", "", "# Email", "MAIL_PROVIDER=%s" % pick(r, ["sendgrid", "postmark", "resend", "smtp"]),
         "SENDGRID_API_KEY=", "POSTMARK_SERVER_TOKEN=", "RESEND_API_KEY=re_xxxxxxxxx", "MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
         "BREVO_API_KEY=your-brevo-api-key", "SMTP_HOST=localhost", "SMTP_PORT=1025", "SMTP_USER=", "SMTP_PASSWORD=", "KLAVIYO_PUBLIC_KEY=", ""]
    return pick(r, [".env.example", ".env.sample", "env.template"]), "dotenv", "\n".join(L), "generic", "placeholder"


def n_bounce_csv(r, c):
    L = ["message_id,email,bounced_at,type,reason"]
    for _ in range(r.randint(5, 12)):
        L.append("%s,%s@example.com,2024-0%d-%02dT%02d:%02d:00Z,%s,%s" % (uuid4(r), pick(r, PEOPLE) + str(r.randint(1, 99)), r.randint(1, 9), r.randint(1, 28),
                                                                          r.randint(0, 23), r.randint(0, 59), pick(r, ["hard", "soft"]), pick(r, ["550 mailbox unavailable", "452 mailbox full", "554 rejected"])))
    L.append("")
    return "exports/bounces-2024-q2.csv", "csv", "\n".join(L), "postmark", "message_id"


def n_laravel_mail(r, c):
    L = ["<?php", "", "return [", "    'default' => env('MAIL_MAILER', 'log'),", "", "    'mailers' => [", "        'smtp' => [", "            'transport' => 'smtp',",
         "            'host' => env('MAIL_HOST', '127.0.0.1'),", "            'port' => env('MAIL_PORT', 2525),", "            'encryption' => env('MAIL_ENCRYPTION', 'tls'),",
         "            'username' => env('MAIL_USERNAME'),", "            'password' => env('MAIL_PASSWORD'),", "            'timeout' => null,", "        ],",
         "        'postmark' => [", "            'transport' => 'postmark',", "            'message_stream_id' => env('POSTMARK_MESSAGE_STREAM_ID'),", "        ],",
         "        'log' => ['transport' => 'log', 'channel' => env('MAIL_LOG_CHANNEL')],", "    ],", "", "    'from' => [",
         "        'address' => env('MAIL_FROM_ADDRESS', 'hello@%s')," % c["domain"], "        'name' => env('MAIL_FROM_NAME', 'Example'),", "    ],", "];", ""]
    return "config/mail.php", "php", "\n".join(L), "generic", "env_reference"


def n_postfix_main(r, c):
    L = ["# /etc/postfix/main.cf (relay only)", "myhostname = %s.%s" % (c["app"], c["domain"]), "inet_interfaces = loopback-only", "mydestination =",
         "relayhost = [%s]:587" % pick(r, ["smtp.sendgrid.net", "email-smtp.%s.amazonaws.com" % c["region"], "smtp-relay.brevo.com"]),
         "smtp_sasl_auth_enable = yes", "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd", "smtp_sasl_security_options = noanonymous",
         "smtp_tls_security_level = encrypt", "smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt", "header_size_limit = 4096000", ""]
    return pick(r, ["roles/postfix-relay/templates/main.cf", "postfix/main.cf"]), "conf", "\n".join(L), "generic", "config_without_secret"


def n_msmtp_eval(r, c):
    L = ["defaults", "auth on", "tls on", "", "account work", "host %s" % fill(pick(r, SMTP_POOL)[0], c), "port 587", "from %s@%s" % (c["person"], c["domain"]),
         "user %s@%s" % (c["person"], c["domain"]), 'passwordeval "%s"' % pick(r, ["pass show email/work-smtp", "secret-tool lookup service smtp user work",
                                                                               "gpg -q --for-your-eyes-only --no-tty -d ~/.mail-pass.gpg"]), "", "account default : work", ""]
    return "dotfiles/.msmtprc", "conf", "\n".join(L), "generic", "secret_manager_reference"


def n_nodemailer_dev(r, c):
    L = ["const nodemailer = require('nodemailer');", "", "// In tests we never talk to a real relay.", "const transport = process.env.NODE_ENV === 'test'",
         "  ? nodemailer.createTransport({ jsonTransport: true })", "  : nodemailer.createTransport({ host: 'localhost', port: 1025, secure: false, ignoreTLS: true });", "",
         "module.exports = transport;", ""]
    return "test/support/mailer.js", "javascript", "\n".join(L), "generic", "dev_smtp_no_auth"


def n_spring_dev(r, c):
    L = ["spring:", "  config:", "    activate:", "      on-profile: dev", "  mail:", "    host: localhost", "    port: 1025", "    username:", "    password:",
         "    properties:", "      mail.smtp.auth: false", "      mail.smtp.starttls.enable: false", ""]
    return "src/main/resources/application-dev.yml", "yaml", "\n".join(L), "mailpit", "dev_smtp_no_auth"


def n_ses_doc(r, c):
    L = ["# Amazon SES SMTP credentials", "", "SMTP credentials are derived from an IAM access key (HMAC-SHA256, version byte 0x04).",
         "Run `scripts/ses_smtp_password.py` with the secret from Vault; never paste the result here.", "", "Example input, taken from the AWS documentation:", "", "```",
         "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "REGION=%s" % c["region"], "```", "",
         "SMTP endpoint: `email-smtp.%s.amazonaws.com:587`" % c["region"], ""]
    return "docs/ses-smtp.md", "markdown", "\n".join(L), "amazon_ses", "doc_example"


def n_go_ids(r, c):
    L = ["package postmark", "", 'import "testing"', "", "func TestParseBounce(t *testing.T) {", "\tb, err := ParseBounce(fixture(\"bounce.json\"))",
         "\tif err != nil {", "\t\tt.Fatal(err)", "\t}", '\tif b.MessageID != "%s" {' % uuid4(r), '\t\tt.Errorf("unexpected message id %s", b.MessageID)', "\t}",
         "\tif b.ServerID != %d {" % r.randint(10000, 999999), '\t\tt.Errorf("unexpected server id %d", b.ServerID)', "\t}", "}", ""]
    return "internal/postmark/bounce_test.go", "go", "\n".join(L), "postmark", "uuid_id"


def n_mailgun_pubkey(r, c):
    L = ["// Address validation widget (client-side).", "// Uses Mailgun's PUBLIC validation key, which is meant for browser use.",
         "const MAILGUN_PUBLIC_KEY = 'pubkey-%s';" % rs(r, HEX, 32), "", "export async function validate(address) {",
         "  const url = `https://api.mailgun.net/v3/address/validate?address=${encodeURIComponent(address)}&api_key=${MAILGUN_PUBLIC_KEY}`;",
         "  const res = await fetch(url);", "  return res.ok ? res.json() : { is_valid: false };", "}", ""]
    return "assets/js/email-validate.js", "javascript", "\n".join(L), "mailgun", "public_key"


def n_java_vector(r, c):
    key = "test-only-key"
    msg = "%d%s" % (r.randint(1680000000, 1760000000), rs(r, HEX, 50))
    sig = hmac.new(key.encode(), msg.encode(), hashlib.sha256).hexdigest()
    pkg = "com.%s.webhooks" % c["org"].replace("-", "")
    L = ["package %s;" % pkg, "", "import static org.junit.jupiter.api.Assertions.assertTrue;", "", "import org.junit.jupiter.api.Test;", "",
         "class SignatureVerifierTest {", "", "    // known-answer vector computed with: echo -n $MSG | openssl dgst -sha256 -hmac test-only-key",
         '    private static final String MSG = "%s";' % msg, '    private static final String EXPECTED = "%s";' % sig, "", "    @Test", "    void acceptsKnownVector() {",
         '        assertTrue(new SignatureVerifier("%s").matches(MSG, EXPECTED));' % key, "    }", "}", ""]
    return "src/test/java/%s/SignatureVerifierTest.java" % pkg.replace(".", "/"), "java", "\n".join(L), "generic", "test_vector"


DOMAIN_NEG = [n_dns_zone, n_tf_ses_dkim, n_mailgun_fixture, n_sendgrid_verify, n_postmark_fixture, n_sns_ses, n_email_html, n_klaviyo_snippet,
              n_mailchimp_embed, n_emailjs, n_mailpit_compose, n_django_dev, n_rails_dev, n_mail_log_md, n_sendgrid_templates, n_postmark_templates,
              n_ids_py, n_md5_hash, n_package_lock, n_i18n, n_ansible_vault, n_sops, n_sealed, n_rails_enc, n_hmac_vector, n_doc_examples, n_eml,
              n_cio_snippet, n_secretref, n_env_example, n_bounce_csv, n_laravel_mail, n_postfix_main, n_msmtp_eval, n_nodemailer_dev, n_spring_dev,
              n_ses_doc, n_go_ids, n_mailgun_pubkey, n_java_vector]


# ---------------------------------------------------------------------------
# template registry and compatibility
# ---------------------------------------------------------------------------
API_T = [t_py_requests, t_js_fetch, t_ts_axios, t_rb_nethttp, t_php_guzzle, t_go_http, t_java_httpclient, t_kt_okhttp, t_cs_httpclient,
         t_sh_curl, t_md_runbook, t_http_file, t_postman]
CFG_T = [t_dotenv, t_compose, t_gha, t_helm, t_k8s_secret, t_k8s_deploy, t_py_settings, t_js_config, t_spring_yml, t_props, t_appsettings,
         t_toml, t_ini, t_webconfig, t_tf_module, t_ansible, t_serverless, t_php_define, t_laravel_services, t_go_config]
SMTP_T = [t_django_smtp, t_rails_smtp, t_laravel_smtp, t_spring_mail_props, t_spring_mail_yml, t_nodemailer, t_phpmailer, t_msmtprc, t_postfix_sasl,
          t_smtplib, t_go_smtp, t_javamail, t_webconfig_smtp, t_appsettings_smtp, t_wpconfig_smtp, t_gitlab_rb, t_grafana_ini, t_alertmanager,
          t_nextcloud, t_mastodon, t_discourse, t_keycloak, t_ghost, t_gitea_ini, t_compose_smtp, t_flask_cfg, t_swaks_md, t_cs_smtp]
URL_T = [t_url_dotenv, t_url_compose, t_url_nodemailer, t_url_apprise, t_url_configmap, t_url_md, t_url_py]
SPECIAL_T = {"listmonk": [t_listmonk_toml, t_listmonk_compose, t_listmonk_api], "mautic": [t_mautic_local, t_mautic_compose, t_mautic_api],
             "mautic_oauth": [t_mautic_oauth], "mailgun_sig": [t_mailgun_webhook_py, t_mailgun_webhook_js]}


def compatible(P):
    """list of (template, weight) usable for spec P."""
    out = []
    pid = P["id"]
    if P.get("url_only"):
        return [(t, 1.0) for t in URL_T]
    if P.get("auth") and not P.get("special_only") and not P.get("smtp_only"):
        out += [(t, 1.0) for t in API_T]
    if not P.get("smtp_only") and not P.get("special_only"):
        out += [(t, 1.0) for t in CFG_T]
    if pid in SDK:
        out += [(t_sdk, 3.0)]
    if pid in ANYMAIL:
        out += [(t_anymail, 1.5)]
    if pid in RAILS_DELIVERY:
        out += [(t_rails_delivery, 1.5)]
    if pid in LARAVEL:
        out += [(t_laravel_env, 1.5)]
    if pid in SYMFONY:
        out += [(t_symfony_dsn, 1.5)]
    if P.get("smtp"):
        w = 1.0 if P.get("smtp_only") else 0.35
        out += [(t, w) for t in SMTP_T]
        if pid != "smtp":
            out += [(t, 0.3) for t in URL_T]
    for t in SPECIAL_T.get(pid, []):
        out.append((t, 4.0))
    return out


def choose_spec(r):
    tot = sum(s["w"] for s in SPECS)
    x = r.random() * tot
    for s in SPECS:
        x -= s["w"]
        if x <= 0:
            return s
    return SPECS[-1]


def choose_template(r, P, usage):
    cands = compatible(P)
    # prefer templates used least so far (spread), weighted
    scored = [(t, w / (1.0 + usage.get(t.__name__, 0))) for t, w in cands]
    tot = sum(w for _, w in scored)
    x = r.random() * tot
    for t, w in scored:
        x -= w
        if x <= 0:
            return t
    return scored[-1][0]


# ---------------------------------------------------------------------------
# innocent fillers for negatives that reuse positive templates
# ---------------------------------------------------------------------------
GENERIC_PH = ["REPLACE_ME", "changeme-in-vault", "TODO", "<redacted>", "xxxxxxxx"]


def mask_value(r, P):
    v, _ = P["gen"](r)
    pre = P.get("mask", "")
    style = r.randrange(4)
    if style == 0 and len(v) > 12:
        return pre + "*" * (len(v) - len(pre) - 4) + v[-4:]
    if style == 1:
        return pre + "•" * 8
    if style == 2:
        return "[REDACTED]"
    return "*" * r.randint(8, 16)


def filler(r, P, which="secret"):
    var = P["env"] if which == "secret" else P.get("id_env", P["env"] + "_ID")
    roll = r.random()
    doc = P.get("doc") if which == "secret" else None
    if roll < 0.36:
        return Slot(r, "ref", var=var), "env_reference"
    if roll < 0.66:
        phs = (P.get("ph") if which == "secret" else P.get("id_ph")) or []
        phs = phs + ["<%s>" % var.lower().replace("_", "-"), "YOUR_%s" % var] + GENERIC_PH[:2]
        return Slot(r, "literal", pick(r, phs), var), "placeholder"
    if roll < 0.82:
        if which == "id":
            return Slot(r, "literal", pick(r, (P.get("id_ph") or ["<id>"])), var), "placeholder"
        return Slot(r, "literal", mask_value(r, P), var), "masked"
    if roll < 0.92 or not doc:
        return Slot(r, "literal", "", var), "empty"
    return Slot(r, "literal", pick(r, doc), var), "doc_example"


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
def fix_python(text):
    if ("os.environ" in text or "os.getenv" in text) and "import os" not in text:
        lines = text.split("\n")
        i = 0
        if lines and lines[0].startswith('"""'):
            i = 1
            if not lines[0].endswith('"""') or lines[0] == '"""':
                while i < len(lines) and '"""' not in lines[i]:
                    i += 1
                i += 1
        lines.insert(i, "import os")
        text = "\n".join(lines)
    return text


def render(t, r, c, P, s, sid, ob):
    out = t(r, c, P, s, sid, ob)
    needle = None
    if len(out) == 4:
        path, ftype, text, needle = out
    else:
        path, ftype, text = out
    if ftype == "python":
        text = fix_python(text)
    if not text.endswith("\n"):
        text += "\n"
    return path, ftype, text, needle


def line_of(text, needle):
    for i, ln in enumerate(text.split("\n"), 1):
        if needle in ln:
            return i
    return None


def make_positive(r, usage):
    for _ in range(50):
        P = choose_spec(r)
        t = choose_template(r, P, usage)
        c = ctx(r)
        secret, pubid = P["gen"](r)
        s = Slot(r, "secret", secret, P["env"])
        sid = Slot(r, "secret", pubid, P.get("id_env", "ID")) if pubid is not None else None
        ob = r.random() < 0.5
        path, ftype, text, needle = render(t, r, c, P, s, sid, ob)
        needle = needle or secret
        ln = line_of(text, needle)
        if ln is None or len(needle) < 8:
            continue
        usage[t.__name__] = usage.get(t.__name__, 0) + 1
        return dict(path=path, ftype=ftype, text=text, provider=P["provider"], kind=P["kind"], needle=needle, line=ln,
                    template=t.__name__, secrets=[secret] + ([pubid] if pubid else []))
    raise RuntimeError("could not build positive")


def make_negative_reuse(r, usage):
    while True:
        P = choose_spec(r)
        t = choose_template(r, P, usage)
        c = ctx(r)
        s, kind = filler(r, P)
        sid = None
        if "id_env" in P:
            sid, _ = filler(r, P, "id")
            if s.is_ref and not sid.is_ref and r.random() < 0.7:
                sid = Slot(r, "ref", var=P["id_env"])
        ob = r.random() < 0.5
        try:
            path, ftype, text, _ = render(t, r, c, P, s, sid, ob)
        except Exception:
            continue
        usage[t.__name__] = usage.get(t.__name__, 0) + 1
        return dict(path=path, ftype=ftype, text=text, provider=P["provider"], kind=kind, template=t.__name__)


def make_negative_domain(r, usage):
    cands = sorted(DOMAIN_NEG, key=lambda f: (usage.get(f.__name__, 0), DOMAIN_NEG.index(f)))
    low = usage.get(cands[0].__name__, 0)
    pool = [f for f in cands if usage.get(f.__name__, 0) <= low + 1]
    f = pick(r, pool)
    c = ctx(r)
    path, ftype, text, provider, kind = f(r, c)
    if not text.endswith("\n"):
        text += "\n"
    usage[f.__name__] = usage.get(f.__name__, 0) + 1
    return dict(path=path, ftype=ftype, text=text, provider=provider, kind=kind, template=f.__name__)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_bs.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    usage = {}
    pos = [make_positive(r, usage) for _ in range(500)]
    nusage = {}
    kinds = ["reuse"] * 250 + ["domain"] * 250
    r.shuffle(kinds)
    neg = [make_negative_reuse(r, nusage) if k == "reuse" else make_negative_domain(r, nusage) for k in kinds]
    manifest, secrets = [], []
    for i, p in enumerate(pos):
        rel = "pos/p%04d/%s" % (i, p["path"])
        _write(outdir, rel, p["text"])
        manifest.append({"file": rel, "label": "pos", "provider": p["provider"], "kind": p["kind"], "filetype": p["ftype"]})
        secrets.append({"file": rel, "needle": p["needle"], "line": p["line"]})
    for i, n in enumerate(neg):
        rel = "neg/n%04d/%s" % (i, n["path"])
        _write(outdir, rel, n["text"])
        manifest.append({"file": rel, "label": "neg", "provider": n["provider"], "kind": n["kind"], "filetype": n["ftype"]})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for m in secrets:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    return 0


def _write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
