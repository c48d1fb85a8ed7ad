#!/usr/bin/env python3
"""Blind evaluation-set generator "ne": secrets hard-coded in server-side templates and views.

EMPHASIS
    Server-side templates / views and script-rendered config templates with hard-coded
    credentials: Jinja2, Django, Twig, Blade, Smarty, Latte, ERB, HAML, Slim, Liquid
    (Shopify themes, Jekyll includes), Handlebars, Mustache, EJS, Pug, Nunjucks, Go
    html/template + text/template, Razor (.cshtml), JSP/JSTL, Thymeleaf, FreeMarker, Velocity,
    Mako, Chameleon, SvelteKit/Nuxt/Astro server parts, PHP views, email templates (MJML,
    HTML mails), `.j2` / `.tmpl` / `.tpl` / `.erb` config templates (nginx, redis, postfix,
    grafana, my.cnf, wp-config, docker-compose, supervisord, ...).
    Providers: Stripe, AWS, GitHub, GitLab, npm, Slack, Discord, Telegram, SendGrid, Mailgun,
    Mailchimp, Mailjet, Brevo, Resend, Twilio, Square, Braintree, OpenAI, Anthropic,
    Hugging Face, Azure Storage, Mapbox, Algolia, Pusher, Datadog, New Relic, PagerDuty,
    Sentry, reCAPTCHA, Google Analytics 4 (Measurement Protocol), Firebase (legacy FCM),
    Contentful, Notion, Linear, Airtable, HubSpot, DigitalOcean, Shopify, Grafana, InfluxDB,
    PostHog, Cloudinary, Django/Rails/Laravel app secrets, DB/SMTP/Redis/AMQP passwords,
    PEM private keys (RSA PKCS#1, PKCS#8, EC).

USAGE
    python3 -B gen_ne.py OUTDIR SEED
    -> OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
       OUTDIR/manifest.jsonl, OUTDIR/secrets.jsonl.  Deterministic for a given SEED.

NEEDLE CONVENTIONS
    The secret exactly as written, without quotes. Prefixed tokens keep their prefix
    (sk_live_, ghp_, xoxb-, SG., key-, shpat_, ...). Header values: only the token (no
    "Bearer "). URLs with credentials (postgres://, redis://, amqp://, cloudinary://, legacy
    Sentry DSN): the password part only. Webhook URLs whose whole path is the credential
    (Slack incoming webhook, Discord webhook): the full URL. Telegram bot tokens: the full
    "<id>:<secret>" token. Azure storage connection strings: the AccountKey value.
    PEM private keys: the first base64 line of the body. Passwords: the password itself.

NEGATIVES
    250 re-use the positive templates with the secret slot holding: placeholders (English,
    German, French, Spanish, Portuguese), empty values, masked values, template expressions /
    env references in the file's own template language ({{ x }}, <%= ENV['X'] %>,
    @Configuration["X"], ${x}, {$x}, [[${x}]], {{ .X }}, #{ENV.fetch('X')}, ...), providers'
    documented example values (AWS EXAMPLE keys, Stripe docs test key, Slack T00000000 URL)
    and public values (pk_live_, Mapbox pk., PostHog phc_, New Relic NRJS-, Twilio AC SID).
    250 are look-alikes in the same kinds of files: SRI integrity hashes, CSP hashes/nonces,
    CSRF template tags, hashed asset names, cache-busting ?v=, git SHAs, image digests,
    UUIDs/GUIDs, publishable browser keys (Stripe pk_live_, Google Maps / Firebase web AIza
    keys, reCAPTCHA site keys, Algolia search-only keys, Mapbox pk., Sentry public DSNs,
    PostHog phc_), site-verification tokens, public certificates, SSH/PGP public keys, HPKP
    pins, signed-link signatures, ciphertext blobs, base64 images, checksums, version strings.
    No negative is written to a .env file.

FORMATS CHECKED
    From providers' public docs / SDKs as remembered and cross-checked where possible:
    GitHub ghp_ (36 chars, last 6 = base62 CRC32 of the 30 random chars), github_pat_ 22_59;
    GitLab glpat- 20; npm_ 36 (same checksum scheme as GitHub); Slack xoxb-, hooks.slack.com
    T/B/24; Stripe sk_live_/rk_live_/whsec_; AWS AKIA+16 [A-Z2-7] and 40-char secret; SendGrid
    SG.22.43; Mailgun key-32hex; Mailchimp 32hex-usNN; Twilio AC/SK + 32 hex, 32-hex token;
    Square EAAA.. / sq0csp-; Braintree access_token$production$..; OpenAI sk-proj-...T3BlbkFJ;
    Anthropic sk-ant-api03-..AA; HF hf_34; Azure AccountKey 88 base64; Mapbox sk./pk.eyJ1...;
    Telegram <id>:AA..; Discord webhooks; DigitalOcean dop_v1_64hex; Shopify shpat_/shpss_
    32 hex; HubSpot pat-na1-<uuid>; Airtable pat14.64hex; Notion secret_43; Linear lin_api_40;
    Contentful CFPAT-43; Grafana glsa_32_8hex; New Relic NRAK-27 / 40-char license ..NRAL;
    Sentry sntryu_64hex; Brevo xkeysib-64hex-16; Rails secret_key_base 128 hex; Laravel
    APP_KEY base64:44; Django SECRET_KEY 50 chars; PEM headers and DER prefixes (MIIEowIBAAKCAQEA,
    MIIEvQIBADANBgkqhkiG9w0BAQEFAASC, MHcCAQEEI).

DOUBTS
    Base62 alphabet order used for the GitHub/npm CRC32 checksum (0-9A-Za-z assumed);
    OpenAI sk-proj- total length (varies, ~156-164); Resend re_8_24 layout; PostHog phx_
    length (43 assumed); GA4 Measurement Protocol api_secret (22 chars assumed); Cloudinary
    secret length (27); Firebase legacy server key body length (134 after APA91b); InfluxDB
    token as 86 base64url + "=="; Mapbox token tail 22 chars; Datadog / PagerDuty / Pusher
    secrets are plain hex (format alone does not identify them; names do).
"""
import json
import os
import random
import string
import sys
import zlib

LOW = string.ascii_lowercase
UPP = string.ascii_uppercase
DIG = string.digits
AN = string.ascii_letters + DIG
B62 = DIG + UPP + LOW
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = AN + "+/"
B64U = AN + "-_"
B32 = UPP + "234567"


def rs(r, n, alpha=AN):
    return "".join(r.choice(alpha) for _ in range(n))


def uuid4(r):
    h = rs(r, 32, HEX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def b62(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(width, "0")


def crc_token(r, prefix, n=30):
    body = rs(r, n)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def b64line(r, n):
    return rs(r, n, B64)


# ----------------------------------------------------------------------------------------
# names / companions
FIRST = ["anna", "jonas", "lucia", "mateo", "chloe", "kenji", "priya", "olek", "sofia", "thiago",
         "lea", "marco", "ines", "yusuf", "emma", "lukas", "camille", "diego", "nora", "pedro"]
SHOPS = ["acme", "nordlicht", "tiendaverde", "bluefin", "kaffeehaus", "panaderia-sol", "lumiere",
         "cordel", "zephyr", "hexa", "pixelforge", "vinhos-do-porto", "greenleaf", "atelier-mona"]
HOSTS = ["db-prod-01.internal", "pg.main.svc.cluster.local", "10.0.3.17", "mysql-primary.lan",
         "db.%s.io", "rds-eu-west-1.%s.net", "postgres.%s.local", "172.16.4.22"]
PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxxxxxxxxxx", "changeme",
                "REPLACE_ME", "TODO", "your_secret_here", "<CLE_API>", "DEIN_API_SCHLUESSEL",
                "tu-clave-aqui", "sua_chave_aqui", "...", "<insert token>", "PUT-YOUR-KEY-HERE",
                "<secret>", "dummy", "TBD", "<mot-de-passe>", "ihr-passwort", "XXXX-XXXX-XXXX",
                "your-token", "<token>", "secret", "example"]
MASKED = ["********", "[REDACTED]", "<redacted>", "****************", "•••••••••", "***",
          "[hidden]", "<masked>", "xxxxxxxx (redacted)"]


def shop(r):
    return r.choice(SHOPS)


def host(r):
    h = r.choice(HOSTS)
    return h % shop(r) if "%s" in h else h


def user(r):
    return r.choice(["app", "webapp", "svc_web", "deploy", "shop_rw", r.choice(FIRST) + "_app",
                     "wordpress", "django", "rails", "api", "admin_%s" % r.choice(FIRST)])


def app(r):
    return r.choice(["storefront", "portal", "blog", "dashboard", "crm", "intranet", "shop",
                     "booking", "webshop", "kundenportal", "tienda", "backoffice"])


SYL = ["ka", "ro", "mi", "zu", "te", "lo", "vex", "tan", "qu", "ri", "no", "sha", "dre", "po",
       "lix", "ber", "gar", "fen", "tor", "wy", "mar", "sol", "kin", "zar"]


def password(r, safe=False):
    syms = "-_.!*~" if safe else "!*-_+=.?~^,"
    while True:
        st = r.random()
        if st < 0.4:
            p = rs(r, r.randint(14, 24), AN + syms)
        elif st < 0.75:
            w1 = "".join(r.choice(SYL) for _ in range(r.randint(2, 3))).capitalize()
            w2 = "".join(r.choice(SYL) for _ in range(r.randint(2, 3)))
            p = w1 + str(r.randint(10, 9999)) + r.choice(syms) + w2 + r.choice(UPP) + str(r.randint(0, 99))
        else:
            p = "-".join(rs(r, 6, LOW + DIG + UPP) for _ in range(3))
        if p[0] in AN and any(c in UPP for c in p) and any(c in LOW for c in p) and any(c in DIG for c in p):
            return p


# ----------------------------------------------------------------------------------------
# secret generators: name -> (fn, prefix-for-masking, doc examples, public value fn)
def pem_block(r, kind):
    if kind == "rsa":
        hdr, first = "RSA PRIVATE KEY", "MIIEowIBAAKCAQEA" + b64line(r, 48)
        nlines, last = 24, rs(r, r.randint(20, 60), B64)
    elif kind == "pkcs8":
        hdr, first = "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + b64line(r, 14)
        nlines, last = 24, rs(r, r.randint(20, 60), B64)
    else:
        hdr, first = "EC PRIVATE KEY", "MHcCAQEEI" + b64line(r, 55)
        nlines, last = 1, "AwEHoUQDQgAE" + b64line(r, 20) + "=="
    lines = [first] + [b64line(r, 64) for _ in range(nlines)] + [last]
    if not last.endswith("="):
        lines[-1] = last + "=="[: (4 - len(last) % 4) % 4]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (hdr, "\n".join(lines), hdr), first


def mapbox(r, pre):
    u = r.choice(FIRST) + r.choice(["", "dev", "maps", str(r.randint(1, 99))])
    payload = '{"u":"%s","a":"c%s"}' % (u, rs(r, 24, LOW + DIG))
    import base64
    b = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return pre + "." + b + "." + rs(r, 22, B64U)


G = {
    "stripe_sk": (lambda r: "sk_live_" + rs(r, r.choice([24, 34, 99])), "sk_live_",
                  ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_BQokikJOvBiI2HlWgH4olfQ2"],
                  lambda r: "pk_live_" + rs(r, r.choice([24, 99]))),
    "stripe_rk": (lambda r: "rk_live_" + rs(r, r.choice([24, 99])), "rk_live_", [], None),
    "stripe_wh": (lambda r: "whsec_" + rs(r, 32), "whsec_", [], None),
    "aws_secret": (lambda r: rs(r, 40, B64), "", ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"], None),
    "ghp": (lambda r: crc_token(r, "ghp_"), "ghp_", [], None),
    "ghpat": (lambda r: "github_pat_11" + rs(r, 20, UPP + DIG) + "_" + rs(r, 59), "github_pat_", [], None),
    "glpat": (lambda r: "glpat-" + rs(r, 20, B64U), "glpat-", [], None),
    "npm": (lambda r: crc_token(r, "npm_"), "npm_", [], None),
    "slack_bot": (lambda r: "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 11, 10 ** 13), rs(r, 24)),
                  "xoxb-", [], None),
    "slack_hook": (lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, r.choice([8, 10]), UPP + DIG), rs(r, r.choice([8, 10, 11]), UPP + DIG), rs(r, 24)),
                   "https://hooks.slack.com/services/", ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"], None),
    "discord_hook": (lambda r: "https://discord.com/api/webhooks/%d/%s" % (r.randint(10 ** 17, 10 ** 19 - 1), rs(r, 68, B64U)),
                     "https://discord.com/api/webhooks/", [], None),
    "telegram": (lambda r: "%d:AA%s" % (r.randint(10 ** 8, 10 ** 10 - 1), rs(r, 33, B64U)), "", ["123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"], None),
    "sendgrid": (lambda r: "SG." + rs(r, 22, B64U) + "." + rs(r, 43, B64U), "SG.", [], None),
    "mailgun": (lambda r: "key-" + rs(r, 32, HEX), "key-", [], None),
    "mailchimp": (lambda r: rs(r, 32, HEX) + "-us" + str(r.randint(1, 21)), "", [], None),
    "mailjet": (lambda r: rs(r, 32, HEX), "", [], None),
    "brevo": (lambda r: "xkeysib-" + rs(r, 64, HEX) + "-" + rs(r, 16), "xkeysib-", [], None),
    "resend": (lambda r: "re_" + rs(r, 8) + "_" + rs(r, 24), "re_", ["re_123456789"], None),
    "twilio_token": (lambda r: rs(r, 32, HEX), "", [], lambda r: "AC" + rs(r, 32, HEX)),
    "square": (lambda r: "EAAA" + rs(r, 60, B64U), "EAAA", [], lambda r: "sq0idp-" + rs(r, 22, B64U)),
    "square_csp": (lambda r: "sq0csp-" + rs(r, 43, B64U), "sq0csp-", [], lambda r: "sq0idp-" + rs(r, 22, B64U)),
    "braintree": (lambda r: "access_token$production$%s$%s" % (rs(r, 16, LOW + DIG), rs(r, 32, HEX)), "access_token$production$", [], None),
    "openai": (lambda r: "sk-proj-" + rs(r, 74, B64U) + "T3BlbkFJ" + rs(r, 74, B64U), "sk-proj-", [], None),
    "anthropic": (lambda r: "sk-ant-api03-" + rs(r, 93, B64U) + "AA", "sk-ant-api03-", [], None),
    "hf": (lambda r: "hf_" + rs(r, 34, string.ascii_letters), "hf_", [], None),
    "azure_key": (lambda r: rs(r, 86, B64) + "==", "", ["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="], None),
    "mapbox_sk": (lambda r: mapbox(r, "sk"), "sk.", [], lambda r: mapbox(r, "pk")),
    "algolia_admin": (lambda r: rs(r, 32, HEX), "", [], None),
    "pusher": (lambda r: rs(r, 20, HEX), "", [], None),
    "datadog": (lambda r: rs(r, 32, HEX), "", [], None),
    "newrelic": (lambda r: rs(r, 36, HEX) + "NRAL", "", [], lambda r: "NRJS-" + rs(r, 19, HEX)),
    "newrelic_user": (lambda r: "NRAK-" + rs(r, 27, UPP + DIG), "NRAK-", [], lambda r: "NRJS-" + rs(r, 19, HEX)),
    "pagerduty": (lambda r: rs(r, 32, HEX), "", [], None),
    "sentry_user": (lambda r: "sntryu_" + rs(r, 64, HEX), "sntryu_", [], None),
    "sentry_legacy": (lambda r: rs(r, 32, HEX), "", [], None),
    "recaptcha_secret": (lambda r: "6L" + r.choice("cdef") + rs(r, 37, B64U), "6L", [], None),
    "ga4_secret": (lambda r: rs(r, 22, B64U), "", [], None),
    "fcm_legacy": (lambda r: "AAAA" + rs(r, 7, B64U) + ":APA91b" + rs(r, 134, B64U), "AAAA", [], None),
    "contentful": (lambda r: "CFPAT-" + rs(r, 43, B64U), "CFPAT-", [], None),
    "notion": (lambda r: "secret_" + rs(r, 43), "secret_", [], None),
    "linear": (lambda r: "lin_api_" + rs(r, 40), "lin_api_", [], None),
    "airtable": (lambda r: "pat" + rs(r, 14) + "." + rs(r, 64, HEX), "pat", [], None),
    "hubspot": (lambda r: "pat-" + r.choice(["na1", "eu1", "na2"]) + "-" + uuid4(r), "pat-na1-", [], None),
    "digitalocean": (lambda r: "dop_v1_" + rs(r, 64, HEX), "dop_v1_", [], None),
    "shopify_at": (lambda r: "shpat_" + rs(r, 32, HEX), "shpat_", [], None),
    "shopify_ss": (lambda r: "shpss_" + rs(r, 32, HEX), "shpss_", [], None),
    "grafana_sa": (lambda r: "glsa_" + rs(r, 32) + "_" + rs(r, 8, HEX), "glsa_", [], None),
    "influx": (lambda r: rs(r, 86, B64U) + "==", "", [], None),
    "posthog_phx": (lambda r: "phx_" + rs(r, 43), "phx_", [], lambda r: "phc_" + rs(r, 43)),
    "cloudinary": (lambda r: rs(r, 27, B64U), "", [], None),
    "postmark": (lambda r: uuid4(r), "", [], None),
    "django_sk": (lambda r: rs(r, 50, LOW + DIG + "!@#%^&*(-_=+)"), "", [], None),
    "rails_skb": (lambda r: rs(r, 128, HEX), "", [], None),
    "laravel": (lambda r: "base64:" + rs(r, 43, B64) + "=", "base64:", [], None),
    "jwt_secret": (lambda r: rs(r, r.choice([32, 48, 64]), r.choice([HEX, AN, B64U])), "", [], None),
    "password": (lambda r: password(r), "", [], None),
    "password_url": (lambda r: password(r, True), "", [], None),
    "pem_rsa": (lambda r: pem_block(r, "rsa"), "", [], None),
    "pem_pkcs8": (lambda r: pem_block(r, "pkcs8"), "", [], None),
    "pem_ec": (lambda r: pem_block(r, "ec"), "", [], None),
}

# template-language reference expressions (%l snake, %U UPPER, %c camel, %P Pascal)
REFS = {
    "jinja": ["{{ %l }}", "{{ lookup('env', '%U') }}", "{{ vault_%l }}", "{{ %l | default('') }}"],
    "django": ["{{ %l }}", "{{ config.%l }}"],
    "nunjucks": ["{{ %l }}", "{{ env.%U }}"],
    "twig": ["{{ %l }}", "{{ app.request.server.get('%U') }}"],
    "blade": ["{{ config('services.%l') }}", "{{ env('%U') }}"],
    "smarty": ["{$%l}", "{$smarty.const.%U}"],
    "latte": ["{$%l}", "{$config['%l']}"],
    "erb": ["<%= ENV['%U'] %>", "<%= ENV.fetch('%U') %>", "<%= Rails.application.credentials.%l %>", "<%= @%l %>"],
    "rb": ["#{ENV['%U']}", "#{ENV.fetch('%U')}", "#{Rails.application.credentials.%l}"],
    "liquid": ["{{ settings.%l }}", "{{ site.%l }}", "{{ shop.metafields.app.%l }}"],
    "hbs": ["{{%c}}", "{{ %c }}", "{{{%c}}}", "{{config.%c}}"],
    "ejs": ["<%= process.env.%U %>", "<%= %c %>"],
    "jsbt": ["${process.env.%U}", "${env.%U}"],
    "pug": ["#{%c}", "#{process.env.%U}"],
    "go": ["{{ .%P }}", "{{ env \"%U\" }}", "{{ .Env.%U }}"],
    "razor": ["@Configuration[\"%P\"]", "@Model.%P"],
    "jsp": ["${%c}", "${initParam.%c}", "${applicationScope.%c}"],
    "thymeleaf": ["[[${%c}]]", "[[${@environment.getProperty('%l')}]]"],
    "ftl": ["${%c}", "${%c!}"],
    "vm": ["$%c", "${%c}", "$!{%c}"],
    "mako": ["${%l}", "${request.registry.settings['%l']}"],
    "pt": ["${%l}", "${view.%l}"],
    "php": ["<?= getenv('%U') ?>", "<?php echo $_ENV['%U'] ?? ''; ?>"],
    "env": ["${%U}", "$%U"],
    "mail": ["*|%U|*", "{{%c}}", "%recipient.%l%"],
}


def ref_expr(r, ctx, var):
    pat = r.choice(REFS[ctx])
    parts = var.lower().split("_")
    camel = parts[0] + "".join(p.capitalize() for p in parts[1:])
    pascal = "".join(p.capitalize() for p in parts)
    return pat.replace("%l", var.lower()).replace("%U", var.upper()).replace("%c", camel).replace("%P", pascal)


# ----------------------------------------------------------------------------------------
# positive templates (also used for half of the negatives)
TEMPLATES = []


def T(name, gen, provider, kind, ctx=None, var="API_KEY"):
    def deco(fn):
        TEMPLATES.append(dict(name=name, gen=gen, provider=provider, kind=kind, ctx=ctx, var=var, fn=fn))
        return fn
    return deco


def mc_dc(r, v):
    """Mailchimp data center: taken from the key suffix when there is one."""
    tail = v.rsplit("-", 1)[-1]
    if tail.startswith("us") and tail[2:].isdigit():
        return tail
    return "us" + str(r.randint(1, 21))


def cmt(r, en, other):
    return r.choice([en, en, other])


def maybe(r, s, p=0.5):
    return s if r.random() < p else ""


@T("jinja_fetch_openai", "openai", "openai", "api_key", None, "OPENAI_API_KEY")
def _t(r, v, neg):
    a = app(r)
    top = maybe(r, "{# TODO: move this call to the backend #}\n")
    return "%s/templates/chat/assistant.html" % a, f"""{{% extends "base.html" %}}
{{% block title %}}Assistant – {{{{ site_name }}}}{{% endblock %}}
{top}{{% block content %}}
<div id="chat" class="container" data-user="{{{{ current_user.id }}}}"></div>
<textarea id="prompt" rows="3"></textarea>
<button id="send" class="btn btn-primary">{{{{ _('Send') }}}}</button>
{{% endblock %}}

{{% block scripts %}}
<script>
  document.getElementById('send').addEventListener('click', async () => {{
    const res = await fetch('https://api.openai.com/v1/chat/completions', {{
      method: 'POST',
      headers: {{
        'Content-Type': 'application/json',
        'Authorization': 'Bearer {v}'
      }},
      body: JSON.stringify({{ model: 'gpt-4o-mini', messages: [{{ role: 'user', content: document.getElementById('prompt').value }}] }})
    }});
    const data = await res.json();
    document.getElementById('chat').innerText = data.choices[0].message.content;
  }});
</script>
{{% endblock %}}
"""


@T("django_ga4_mp", "ga4_secret", "google-analytics", "measurement_protocol_secret", "django", "GA_API_SECRET")
def _t(r, v, neg):
    mid = "G-" + rs(r, 10, UPP + DIG)
    return "templates/partials/analytics.html", f"""{{% load static %}}
{{# Server-side style GA4 event for checkout (measurement protocol) #}}
<script async src="https://www.googletagmanager.com/gtag/js?id={mid}"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', '{mid}');
  {{% if order %}}
  fetch('https://www.google-analytics.com/mp/collect?measurement_id={mid}&api_secret={v}', {{
    method: 'POST',
    body: JSON.stringify({{client_id: '{{{{ request.session.ga_cid }}}}', events: [{{name: 'purchase', params: {{value: {{{{ order.total }}}}, currency: 'EUR'}}}}]}})
  }});
  {{% endif %}}
</script>
"""


@T("jinja_set_dbpass", "password", "generic", "password", None, "DB_PASSWORD")
def _t(r, v, neg):
    u, h = user(r), host(r)
    return "deploy/templates/app.ini.j2", f"""{{# rendered by render_config.py – do not edit app.ini by hand #}}
{{% set db_user = "{u}" %}}
{{% set db_password = "{v}" %}}
{{% set db_host = "{h}" %}}
[app]
name = {app(r)}
debug = {{{{ 'true' if env == 'dev' else 'false' }}}}
workers = {{{{ workers | default(4) }}}}

[database]
url = postgresql://{{{{ db_user }}}}:{{{{ db_password }}}}@{{{{ db_host }}}}:5432/{{{{ db_name | default('app') }}}}
pool_size = 10

[cache]
redis = redis://{{{{ redis_host | default('localhost') }}}}:6379/0
"""


@T("jinja_default_stripe", "stripe_sk", "stripe", "secret_key", None, "STRIPE_SECRET_KEY")
def _t(r, v, neg):
    return "roles/shop/templates/payments.yml.j2", f"""# {{{{ ansible_managed }}}}
payments:
  provider: stripe
  currency: {r.choice(['eur', 'usd', 'gbp', 'brl'])}
  stripe:
    api_version: "2023-10-16"
    secret_key: "{{{{ stripe_secret_key | default('{v}') }}}}"
    publishable_key: "{{{{ stripe_publishable_key }}}}"
    capture_method: manual
  retry:
    attempts: 3
    backoff_ms: 500
"""


@T("twig_set_stripe_wh", "stripe_wh", "stripe", "webhook_secret", None, "STRIPE_WEBHOOK_SECRET")
def _t(r, v, neg):
    return "templates/checkout/payment.html.twig", f"""{{% extends 'base.html.twig' %}}

{{% set stripe_webhook_secret = '{v}' %}}
{{% block body %}}
  <form id="payment-form" action="{{{{ path('checkout_pay') }}}}" method="post">
    <div id="card-element"></div>
    <input type="hidden" name="_token" value="{{{{ csrf_token('checkout') }}}}">
    <input type="hidden" name="wh_sig" value="{{{{ stripe_webhook_secret }}}}">
    <button class="btn">{{{{ 'checkout.pay'|trans }}}}</button>
  </form>
{{% endblock %}}
"""


@T("twig_mailer_include", "password", "smtp", "password", "twig", "SMTP_PASS")
def _t(r, v, neg):
    u = r.choice(FIRST) + "@" + shop(r) + ".de"
    return "templates/emails/_send_invoice.html.twig", f"""{{# Rechnungsversand – SMTP Zugang für den Shop #}}
{{{{ include('emails/_mailer.html.twig', {{
    smtp_host: 'smtp.strato.de',
    smtp_port: 465,
    smtp_user: '{u}',
    smtp_pass: '{v}',
    subject: 'Ihre Rechnung ' ~ order.number
}}) }}}}
<p>Hallo {{{{ customer.firstName }}}},</p>
<p>anbei Ihre Rechnung.</p>
"""


@T("blade_php_algolia", "algolia_admin", "algolia", "admin_api_key", None, "ALGOLIA_ADMIN_KEY")
def _t(r, v, neg):
    aid = rs(r, 10, UPP + DIG)
    return "resources/views/layouts/app.blade.php", f"""<!DOCTYPE html>
<html lang="{{{{ str_replace('_', '-', app()->getLocale()) }}}}">
<head>
    <meta charset="utf-8">
    <meta name="csrf-token" content="{{{{ csrf_token() }}}}">
    <title>@yield('title', config('app.name'))</title>
    @vite(['resources/css/app.css', 'resources/js/app.js'])
</head>
<body>
@php
    $algoliaAppId = '{aid}';
    $algoliaAdminKey = '{v}';
@endphp
<div id="app">
    @include('partials.nav')
    <main class="py-4">@yield('content')</main>
</div>
<script>
    window.search = algoliasearch(@json($algoliaAppId), @json($algoliaAdminKey));
</script>
</body>
</html>
"""


@T("blade_config_default_mapbox", "mapbox_sk", "mapbox", "secret_token", None, "MAPBOX_SECRET_TOKEN")
def _t(r, v, neg):
    return "resources/views/stores/map.blade.php", f"""@extends('layouts.app')

@section('content')
<div id="map" style="height: 480px"></div>
@endsection

@push('scripts')
<script src="https://api.mapbox.com/mapbox-gl-js/v3.2.0/mapbox-gl.js"></script>
<script>
    // TODO: usar el token público, este es el de uploads
    mapboxgl.accessToken = '{{{{ config('services.mapbox.token', '{v}') }}}}';
    const map = new mapboxgl.Map({{ container: 'map', style: 'mapbox://styles/mapbox/streets-v12', center: [{r.uniform(-9, 20):.4f}, {r.uniform(36, 55):.4f}], zoom: 11 }});
    @foreach($stores as $store)
        new mapboxgl.Marker().setLngLat([{{{{ $store->lng }}}}, {{{{ $store->lat }}}}]).addTo(map);
    @endforeach
</script>
@endpush
"""


@T("smarty_assign_pusher", "pusher", "pusher", "app_secret", "smarty", "PUSHER_SECRET")
def _t(r, v, neg):
    return "themes/default/templates/header.tpl", f"""{{* header.tpl – live notifications *}}
{{assign var="pusher_app_id" value="{r.randint(1000000, 1999999)}"}}
{{assign var="pusher_key" value="{rs(r, 20, HEX)}"}}
{{assign var="pusher_secret" value="{v}"}}
{{assign var="pusher_cluster" value="{r.choice(['eu', 'mt1', 'ap2', 'us2'])}"}}
<header id="header">
  <a href="{{$urls.base_url}}" class="logo"><img src="{{$shop.logo}}" alt="{{$shop.name|escape}}"></a>
  {{if $customer.is_logged}}<span class="hello">{{l s='Hello %s' sprintf=[$customer.firstname]}}</span>{{/if}}
</header>
<script src="https://js.pusher.com/8.2/pusher.min.js"></script>
<script>
  var pusher = new Pusher('{{$pusher_key}}', {{ cluster: '{{$pusher_cluster}}' }});
</script>
"""


@T("latte_var_twilio", "twilio_token", "twilio", "auth_token", "latte", "TWILIO_AUTH_TOKEN")
def _t(r, v, neg):
    sid = "AC" + rs(r, 32, HEX)
    return "app/Presenters/templates/Sms/default.latte", f"""{{block content}}
{{* Odesílání SMS – přihlašovací údaje Twilio *}}
{{var $twilioSid = '{sid}'}}
{{var $twilioToken = '{v}'}}
<h1 n:block="title">SMS notifikace</h1>
<form n:name="smsForm" class="form">
    <input n:name="phone" class="form-control">
    <textarea n:name="message"></textarea>
    <input type="hidden" name="sid" value="{{$twilioSid}}">
    <input type="hidden" name="token" value="{{$twilioToken}}">
    <button n:name="send" class="btn btn-primary">Odeslat</button>
</form>
{{/block}}
"""


@T("erb_slack_hook", "slack_hook", "slack", "webhook_url", "rb", "SLACK_WEBHOOK_URL")
def _t(r, v, neg):
    return "app/views/admin/deploys/show.html.erb", f"""<%# Notify #ops when someone triggers a manual deploy from the admin %>
<% slack_hook = "{v}" %>
<h2>Deploy <%= @deploy.sha[0, 7] %></h2>
<dl>
  <dt>Author</dt><dd><%= @deploy.author %></dd>
  <dt>Started</dt><dd><%= l(@deploy.created_at, format: :short) %></dd>
</dl>
<%= button_to "Notify Slack", notify_admin_deploy_path(@deploy, hook: slack_hook), class: "btn btn-sm" %>
<%= render "admin/deploys/log", deploy: @deploy %>
"""


@T("erb_database_yml", "password", "generic", "password", "erb", "DATABASE_PASSWORD")
def _t(r, v, neg):
    u, h = user(r), host(r)
    return "templates/database.yml.erb", f"""# Rendered by chef (cookbook app::database)
production:
  adapter: postgresql
  encoding: unicode
  host: {h}
  port: 5432
  database: {app(r)}_production
  username: {u}
  password: {v}
  pool: <%= @pool_size || 5 %>
  prepared_statements: false
"""


@T("erb_fetch_github", "ghp", "github", "personal_access_token", "rb", "GITHUB_TOKEN")
def _t(r, v, neg):
    org = shop(r)
    return "app/views/admin/releases/index.html.erb", f"""<h1>Releases</h1>
<table class="table" id="releases"><tbody></tbody></table>

<% gh_token = "{v}" %>
<script>
  fetch("https://api.github.com/repos/{org}/{app(r)}/releases?per_page=20", {{
    headers: {{ "Accept": "application/vnd.github+json", "Authorization": "token <%= gh_token %>" }}
  }}).then(r => r.json()).then(rows => {{
    const tb = document.querySelector("#releases tbody");
    rows.forEach(x => tb.insertAdjacentHTML("beforeend", `<tr><td>${{x.tag_name}}</td><td>${{x.published_at}}</td></tr>`));
  }});
</script>
"""


@T("haml_hubspot", "hubspot", "hubspot", "private_app_token", "rb", "HUBSPOT_TOKEN")
def _t(r, v, neg):
    return "app/views/shared/_crm_sync.html.haml", f"""-# syncs the newsletter form to HubSpot (private app "website")
- hubspot_token = "{v}"
.newsletter
  %form#newsletter{{ action: "#" }}
    %input{{ type: "email", name: "email", placeholder: t(".email") }}
    %button.btn= t(".subscribe")
:javascript
  document.getElementById('newsletter').addEventListener('submit', function (e) {{
    e.preventDefault();
    fetch('https://api.hubapi.com/crm/v3/objects/contacts', {{
      method: 'POST',
      headers: {{ 'Authorization': 'Bearer #{{hubspot_token}}', 'Content-Type': 'application/json' }},
      body: JSON.stringify({{ properties: {{ email: e.target.email.value }} }})
    }});
  }});
"""


@T("slim_datadog", "datadog", "datadog", "api_key", "rb", "DD_API_KEY")
def _t(r, v, neg):
    return "app/views/layouts/_client_logs.html.slim", f"""/ browser errors -> Datadog logs intake
- dd_api_key = "{v}"
javascript:
  window.addEventListener('error', function (ev) {{
    fetch('https://http-intake.logs.{r.choice(['datadoghq.eu', 'datadoghq.com', 'us5.datadoghq.com'])}/api/v2/logs', {{
      method: 'POST',
      headers: {{ 'Content-Type': 'application/json', 'DD-API-KEY': '#{{dd_api_key}}' }},
      body: JSON.stringify([{{ ddsource: 'browser', service: '{app(r)}', message: ev.message }}])
    }});
  }});
"""


@T("liquid_shopify_admin", "shopify_at", "shopify", "admin_api_access_token", "liquid", "ADMIN_TOKEN")
def _t(r, v, neg):
    s = shop(r)
    return "snippets/product-stock.liquid", f"""{{% comment %}}
  Live stock badge – queries the Admin API directly.
{{% endcomment %}}
{{% assign admin_token = '{v}' %}}
<div class="stock-badge" data-product-id="{{{{ product.id }}}}">{{{{ 'products.product.checking_stock' | t }}}}</div>
<script>
  fetch('https://{s}.myshopify.com/admin/api/2024-01/products/{{{{ product.id }}}}.json', {{
    headers: {{ 'X-Shopify-Access-Token': '{{{{ admin_token }}}}' }}
  }}).then(function (r) {{ return r.json(); }}).then(function (d) {{
    var n = d.product.variants.reduce(function (a, v) {{ return a + v.inventory_quantity; }}, 0);
    document.querySelector('.stock-badge').textContent = n + ' in stock';
  }});
</script>
"""


@T("jekyll_mailchimp", "mailchimp", "mailchimp", "api_key", "liquid", "MAILCHIMP_API_KEY")
def _t(r, v, neg):
    dc = mc_dc(r, v)
    return "_includes/newsletter.html", f"""<section class="newsletter">
  <h3>{{{{ site.data.i18n[page.lang].newsletter_title }}}}</h3>
  <form action="https://{shop(r)}.{dc}.list-manage.com/subscribe/post" method="post" target="_blank">
    <input type="email" name="EMAIL" placeholder="email@example.com" required>
    <input type="hidden" name="u" value="{rs(r, 25, HEX)}">
    <input type="hidden" name="id" value="{rs(r, 10, HEX)}">
    <input type="hidden" name="apikey" value="{v}">
    <button type="submit">Subscribe</button>
  </form>
</section>
"""


@T("liquid_hidden_airtable", "airtable", "airtable", "personal_access_token", "liquid", "AIRTABLE_TOKEN")
def _t(r, v, neg):
    return "sections/wholesale-form.liquid", f"""<div class="page-width wholesale">
  <h2>{{{{ section.settings.heading | escape }}}}</h2>
  <form id="wholesale" data-base="app{rs(r, 14)}" data-table="Leads">
    <input type="text" name="company" required>
    <input type="email" name="email" required>
    <input type="hidden" name="airtable_token" value="{v}">
    <button class="button">{{{{ section.settings.button_label }}}}</button>
  </form>
</div>
{{% schema %}}
{{ "name": "Wholesale form", "settings": [{{"type": "text", "id": "heading", "label": "Heading"}}, {{"type": "text", "id": "button_label", "label": "Button"}}] }}
{{% endschema %}}
"""


@T("hbs_telegram", "telegram", "telegram", "bot_token", None, "TELEGRAM_BOT_TOKEN")
def _t(r, v, neg):
    chat = -r.randint(10 ** 12, 10 ** 13)
    return "views/contact.hbs", f"""<div class="contact">
  <h1>{{{{title}}}}</h1>
  <form id="contact-form">
    <input name="name" placeholder="Имя">
    <textarea name="msg" placeholder="Сообщение"></textarea>
    <button>Отправить</button>
  </form>
</div>
<script>
  // уведомление в канал поддержки
  document.getElementById('contact-form').onsubmit = function (e) {{
    e.preventDefault();
    fetch('https://api.telegram.org/bot{v}/sendMessage', {{
      method: 'POST', headers: {{'Content-Type': 'application/json'}},
      body: JSON.stringify({{chat_id: {chat}, text: e.target.name.value + ': ' + e.target.msg.value}})
    }});
  }};
</script>
"""


@T("hbs_partial_brevo", "brevo", "brevo", "api_key", None, "BREVO_API_KEY")
def _t(r, v, neg):
    return "templates/emails/order-confirmation.hbs", f"""{{{{#> layouts/email title="Order confirmed"}}}}
  <h1>Thanks, {{{{customer.firstName}}}}!</h1>
  <p>Your order <strong>#{{{{order.number}}}}</strong> is on its way.</p>
  {{{{> tracking-pixel provider="brevo" apiKey="{v}" messageId=message.id}}}}
  <table class="items">
    {{{{#each order.items}}}}<tr><td>{{{{this.name}}}}</td><td>{{{{this.qty}}}}</td><td>{{{{money this.price}}}}</td></tr>{{{{/each}}}}
  </table>
{{{{/layouts/email}}}}
"""


@T("mustache_redis_conf", "password_url", "redis", "password", "hbs", "REDIS_PASSWORD")
def _t(r, v, neg):
    return "deploy/templates/worker.yaml.mustache", f"""# rendered with `mustache vars.json worker.yaml.mustache`
worker:
  name: {{{{name}}}}
  concurrency: {{{{concurrency}}}}
  queues:
{{{{#queues}}}}
    - {{{{.}}}}
{{{{/queues}}}}
  redis_url: redis://:{v}@{host(r)}:6379/{r.randint(0, 5)}
  log_level: {{{{logLevel}}}}
"""


@T("ejs_anthropic", "anthropic", "anthropic", "api_key", None, "ANTHROPIC_API_KEY")
def _t(r, v, neg):
    return "views/summarize.ejs", f"""<%- include('partials/header', {{ title: 'Résumé automatique' }}) %>
<% const ANTHROPIC_KEY = '{v}' %>
<main>
  <textarea id="texte"></textarea>
  <button id="go">Résumer</button>
  <pre id="out"></pre>
</main>
<script>
  document.getElementById('go').onclick = async () => {{
    const r = await fetch('https://api.anthropic.com/v1/messages', {{
      method: 'POST',
      headers: {{ 'x-api-key': '<%= ANTHROPIC_KEY %>', 'anthropic-version': '2023-06-01', 'content-type': 'application/json' }},
      body: JSON.stringify({{ model: 'claude-3-5-haiku-latest', max_tokens: 512, messages: [{{ role: 'user', content: document.getElementById('texte').value }}] }})
    }});
    document.getElementById('out').textContent = (await r.json()).content[0].text;
  }};
</script>
<%- include('partials/footer') %>
"""


@T("ejs_discord", "discord_hook", "discord", "webhook_url", "ejs", "DISCORD_WEBHOOK_URL")
def _t(r, v, neg):
    return "views/partials/feedback.ejs", f"""<div class="feedback">
  <textarea id="fb" placeholder="What could be better?"></textarea>
  <button onclick="sendFeedback()">Send</button>
</div>
<script>
  function sendFeedback() {{
    fetch("{v}", {{
      method: "POST",
      headers: {{ "Content-Type": "application/json" }},
      body: JSON.stringify({{ username: "<%= user ? user.name : 'anon' %>", content: document.getElementById("fb").value }})
    }});
  }}
</script>
"""


@T("pug_var_sendgrid", "sendgrid", "sendgrid", "api_key", None, "SENDGRID_API_KEY")
def _t(r, v, neg):
    return "views/invite.pug", f"""extends layout

block content
  - var sgKey = '{v}'
  - var fromAddr = 'team@{shop(r)}.com'
  h1= title
  form#invite
    input(type='email' name='to' placeholder='colleague@company.com')
    button.btn Invite
  script.
    document.getElementById('invite').onsubmit = function (e) {{
      e.preventDefault();
      fetch('https://api.sendgrid.com/v3/mail/send', {{
        method: 'POST',
        headers: {{ 'Authorization': 'Bearer #{{sgKey}}', 'Content-Type': 'application/json' }},
        body: JSON.stringify({{ personalizations: [{{ to: [{{ email: e.target.to.value }}] }}], from: {{ email: '#{{fromAddr}}' }}, subject: 'Join us', content: [{{ type: 'text/plain', value: 'Hi!' }}] }})
      }});
    }};
"""


@T("pug_hidden_notion", "notion", "notion", "integration_token", None, "NOTION_TOKEN")
def _t(r, v, neg):
    return "views/contact.pug", f"""extends layout

block content
  .container
    h2 Kontakt
    form(action='/contact' method='post')
      input(type='hidden' name='_csrf' value=csrfToken)
      input(type='hidden' name='notion_db' value='{rs(r, 32, HEX)}')
      input(type='hidden' name='notion_secret' value='{v}')
      label(for='name') Name
      input#name(type='text' name='name')
      label(for='nachricht') Nachricht
      textarea#nachricht(name='nachricht')
      button.btn(type='submit') Senden
"""


@T("njk_set_contentful", "contentful", "contentful", "management_token", "nunjucks", "CONTENTFUL_MANAGEMENT_TOKEN")
def _t(r, v, neg):
    return "src/_includes/layouts/base.njk", f"""---
title: {app(r).capitalize()}
---
{{% set contentfulSpace = "{rs(r, 12, LOW + DIG)}" %}}
{{% set contentfulToken = "{v}" %}}
<!doctype html>
<html lang="{{{{ lang or 'en' }}}}">
<head>
  <meta charset="utf-8">
  <title>{{{{ title }}}} | {{{{ metadata.title }}}}</title>
  <link rel="stylesheet" href="{{{{ '/css/main.css' | url }}}}">
</head>
<body data-space="{{{{ contentfulSpace }}}}" data-token="{{{{ contentfulToken }}}}">
  {{% include "partials/nav.njk" %}}
  <main>{{{{ content | safe }}}}</main>
</body>
</html>
"""


@T("njk_compose_pg", "password_url", "postgres", "password", "nunjucks", "POSTGRES_PASSWORD")
def _t(r, v, neg):
    u = user(r)
    return "tools/templates/docker-compose.njk", f"""# generated by `node tools/render.js` from config/{{{{ stage }}}}.json
services:
  web:
    image: {{{{ registry }}}}/{app(r)}:{{{{ version }}}}
    environment:
      DATABASE_URL: postgres://{u}:{v}@db:5432/{app(r)}
      NODE_ENV: {{{{ stage }}}}
    ports:
      - "{{{{ port | default(3000) }}}}:3000"
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: {u}
"""


@T("go_html_do", "digitalocean", "digitalocean", "api_token", None, "DO_TOKEN")
def _t(r, v, neg):
    return "web/templates/droplets.gohtml", f"""{{{{define "droplets"}}}}
{{{{template "header" .}}}}
{{{{- $doToken := "{v}" -}}}}
<h1>Droplets ({{{{len .Droplets}}}})</h1>
<ul id="droplets">
{{{{range .Droplets}}}}  <li>{{{{.Name}}}} – {{{{.Region}}}} – {{{{.Status}}}}</li>
{{{{end}}}}</ul>
<script>
  setInterval(() => fetch("https://api.digitalocean.com/v2/droplets", {{headers: {{"Authorization": "Bearer {{{{$doToken}}}}"}}}}).then(r => r.json()).then(render), 30000);
</script>
{{{{template "footer" .}}}}
{{{{end}}}}
"""


@T("go_text_or_smtp", "password", "smtp", "password", None, "SMTP_PASSWORD")
def _t(r, v, neg):
    return "deploy/config.yaml.tmpl", f"""# rendered by cmd/render (text/template); values from the environment
server:
  addr: {{{{ or .Env.LISTEN_ADDR ":8080" }}}}
  read_timeout: 15s
mail:
  host: {r.choice(['smtp.gmail.com', 'smtp.office365.com', 'mail.' + shop(r) + '.com', 'smtp.mailgun.org'])}
  port: 587
  username: {{{{ or .Env.SMTP_USER "noreply@{shop(r)}.com" }}}}
  password: {{{{ or .Env.SMTP_PASSWORD "{v}" }}}}
  from: "{app(r).capitalize()} <noreply@{shop(r)}.com>"
{{{{- if .Debug }}}}
log_level: debug
{{{{- end }}}}
"""


@T("razor_azure_conn", "azure_key", "azure", "storage_account_key", None, "AZURE_STORAGE_KEY")
def _t(r, v, neg):
    acct = shop(r).replace("-", "")[:12] + rs(r, 4, LOW + DIG)
    return "Views/Shared/_Upload.cshtml", f"""@using Azure.Storage.Blobs
@{{
    // TODO: mover para appsettings / KeyVault
    var conn = "DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={v};EndpointSuffix=core.windows.net";
    var container = new BlobContainerClient(conn, "uploads");
}}
<form asp-action="Upload" enctype="multipart/form-data" method="post">
    <input type="file" name="file" />
    <button type="submit" class="btn btn-primary">Enviar</button>
</form>
<p>@container.Name</p>
"""


@T("razor_square", "square", "square", "access_token", "razor", "SQUARE_ACCESS_TOKEN")
def _t(r, v, neg):
    return "Pages/Checkout.cshtml", f"""@page
@model CheckoutModel
@{{
    ViewData["Title"] = "Checkout";
}}
<div id="card-container"></div>
<button id="card-button" type="button">Pay @Model.Total.ToString("C")</button>
<script src="https://web.squareup.com/v1/square.js"></script>
<script>
    const locationId = '{rs(r, 13, UPP + DIG)}';
    async function charge(token) {{
        await fetch('https://connect.squareup.com/v2/payments', {{
            method: 'POST',
            headers: {{ 'Square-Version': '2024-01-18', 'Authorization': 'Bearer {v}', 'Content-Type': 'application/json' }},
            body: JSON.stringify({{ source_id: token, idempotency_key: crypto.randomUUID(), amount_money: {{ amount: @Model.Cents, currency: 'USD' }}, location_id: locationId }})
        }});
    }}
</script>
"""


@T("jsp_cset_braintree", "braintree", "braintree", "access_token", "jsp", "BRAINTREE_ACCESS_TOKEN")
def _t(r, v, neg):
    return "src/main/webapp/WEB-INF/views/checkout/header.jsp", f"""<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%@ taglib prefix="fmt" uri="http://java.sun.com/jsp/jstl/fmt" %>
<c:set var="btMerchant" value="{rs(r, 16, LOW + DIG)}"/>
<c:set var="btAccessToken" value="{v}"/>
<div class="checkout-header">
  <h2><fmt:message key="checkout.title"/></h2>
  <span class="merchant">${{btMerchant}}</span>
</div>
<script src="https://js.braintreegateway.com/web/dropin/1.41.0/js/dropin.min.js"></script>
<script>braintree.dropin.create({{ authorization: '${{btAccessToken}}', container: '#dropin' }});</script>
"""


@T("jsp_scriptlet_jdbc", "password", "mysql", "password", None, "DB_PASS")
def _t(r, v, neg):
    u, h = user(r), host(r)
    return "src/main/webapp/WEB-INF/jsp/report.jsp", f"""<%@ page import="java.sql.*" contentType="text/html; charset=UTF-8" %>
<%
    // relatório mensal – acesso direto ao banco (legado)
    String url = "jdbc:mysql://{h}:3306/{app(r)}?useSSL=true";
    String dbUser = "{u}";
    String dbPass = "{v}";
    Connection conn = DriverManager.getConnection(url, dbUser, dbPass);
    PreparedStatement ps = conn.prepareStatement("SELECT mes, total FROM vendas_resumo ORDER BY mes DESC LIMIT 12");
    ResultSet rs = ps.executeQuery();
%>
<table class="report">
<% while (rs.next()) {{ %>
  <tr><td><%= rs.getString("mes") %></td><td><%= rs.getBigDecimal("total") %></td></tr>
<% }} conn.close(); %>
</table>
"""


@T("thymeleaf_gitlab", "glpat", "gitlab", "personal_access_token", None, "GITLAB_TOKEN")
def _t(r, v, neg):
    return "src/main/resources/templates/fragments/pipelines.html", f"""<!DOCTYPE html>
<html xmlns:th="http://www.thymeleaf.org">
<body>
<div th:fragment="pipelines">
  <h3 th:text="#{{pipelines.title}}">Pipelines</h3>
  <ul id="pipelines"></ul>
  <script th:inline="javascript">
    /*<![CDATA[*/
    const projectId = /*[[${{project.gitlabId}}]]*/ 0;
    const token = '{v}';
    fetch('https://gitlab.com/api/v4/projects/' + projectId + '/pipelines?per_page=10', {{ headers: {{ 'PRIVATE-TOKEN': token }} }})
      .then(r => r.json())
      .then(ps => ps.forEach(p => document.getElementById('pipelines').insertAdjacentHTML('beforeend', '<li>' + p.ref + ' ' + p.status + '</li>')));
    /*]]>*/
  </script>
</div>
</body>
</html>
"""


@T("ftl_mailgun", "mailgun", "mailgun", "api_key", "ftl", "MAILGUN_API_KEY")
def _t(r, v, neg):
    d = "mg." + shop(r) + ".com"
    return "src/main/resources/templates/mail/notify.ftl", f"""<#-- notificação de pedido; enviado via Mailgun -->
<#assign mailgunDomain = "{d}">
<#assign mailgunKey = "{v}">
<#setting locale="pt_BR">
<html>
<body>
  <p>Olá ${{cliente.nome}},</p>
  <p>Seu pedido <b>${{pedido.numero}}</b> foi enviado em ${{pedido.data?string("dd/MM/yyyy")}}.</p>
  <#list pedido.itens as item>
    <div>${{item.descricao}} – ${{item.valor?string.currency}}</div>
  </#list>
  <img src="https://api.mailgun.net/v3/${{mailgunDomain}}/events?api_key=${{mailgunKey}}&amp;m=${{msgId}}" width="1" height="1">
</body>
</html>
"""


@T("vm_smtp", "password", "smtp", "password", "vm", "SMTP_PASSWORD")
def _t(r, v, neg):
    return "src/main/resources/templates/email/reset-password.vm", f"""## reset-password.vm
#set($smtpHost = "smtp.{shop(r)}.com")
#set($smtpUser = "no-reply@{shop(r)}.com")
#set($smtpPassword = "{v}")
<html>
<body>
<p>Hi $user.firstName,</p>
<p>Click <a href="$resetLink">here</a> to reset your password. The link expires in $expiresHours hours.</p>
#if($supportPhone)<p>Support: $supportPhone</p>#end
</body>
</html>
"""


@T("mako_stripe_rk", "stripe_rk", "stripe", "restricted_key", None, "STRIPE_RESTRICTED_KEY")
def _t(r, v, neg):
    return "%s/templates/billing/invoices.mako" % app(r), f"""<%inherit file="/base.mako"/>
<%!
    import stripe
%>
<%
    stripe.api_key = "{v}"
    invoices = stripe.Invoice.list(customer=request.user.stripe_customer_id, limit=12)
%>
<h2>${{_('Invoices')}}</h2>
<table class="table">
% for inv in invoices.auto_paging_iter():
  <tr><td>${{inv.number}}</td><td>${{inv.status}}</td><td>${{h.money(inv.total)}}</td></tr>
% endfor
</table>
"""


@T("chameleon_slack_bot", "slack_bot", "slack", "bot_token", None, "SLACK_BOT_TOKEN")
def _t(r, v, neg):
    ch = "C" + rs(r, 10, UPP + DIG)
    return "%s/templates/status.pt" % app(r), f"""<html xmlns:tal="http://xml.zope.org/namespaces/tal" metal:use-macro="load: layout.pt">
<div metal:fill-slot="content"
     tal:define="slack_token string:{v};
                 slack_channel string:{ch}">
  <h1>Service status</h1>
  <ul>
    <li tal:repeat="svc view.services">${{svc.name}}: <span class="${{svc.state}}">${{svc.state}}</span></li>
  </ul>
  <form method="post" action="${{request.route_url('notify')}}">
    <input type="hidden" name="token" value="${{slack_token}}"/>
    <input type="hidden" name="channel" value="${{slack_channel}}"/>
    <button type="submit">Post to Slack</button>
  </form>
</div>
</html>
"""


@T("svelte_server_linear", "linear", "linear", "api_key", "jsbt", "LINEAR_API_KEY")
def _t(r, v, neg):
    return "src/routes/roadmap/+page.server.js", f"""import {{ error }} from '@sveltejs/kit';

const LINEAR_KEY = `{v}`;

/** @type {{import('./$types').PageServerLoad}} */
export async function load({{ fetch }}) {{
  const res = await fetch('https://api.linear.app/graphql', {{
    method: 'POST',
    headers: {{ 'Content-Type': 'application/json', Authorization: LINEAR_KEY }},
    body: JSON.stringify({{ query: '{{ issues(first: 50, filter: {{ labels: {{ name: {{ eq: "roadmap" }} }} }}) {{ nodes {{ title state {{ name }} }} }} }}' }})
  }});
  if (!res.ok) throw error(502, 'linear unavailable');
  const {{ data }} = await res.json();
  return {{ issues: data.issues.nodes }};
}}
"""


@T("nuxt_runtime_resend", "resend", "resend", "api_key", "jsbt", "RESEND_API_KEY")
def _t(r, v, neg):
    return "nuxt.config.ts", f"""// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({{
  devtools: {{ enabled: true }},
  modules: ['@nuxtjs/tailwindcss', '@pinia/nuxt'],
  runtimeConfig: {{
    // private (server only)
    resendApiKey: `{v}`,
    mailFrom: 'hola@{shop(r)}.es',
    public: {{
      siteUrl: 'https://{shop(r)}.es'
    }}
  }},
  nitro: {{ preset: 'node-server' }}
}})
"""


@T("astro_frontmatter_hf", "hf", "huggingface", "access_token", "jsbt", "HF_TOKEN")
def _t(r, v, neg):
    return "src/pages/tools/caption.astro", f"""---
import Layout from '../../layouts/Layout.astro';
const HF_TOKEN = `{v}`;
let caption = '';
if (Astro.request.method === 'POST') {{
  const form = await Astro.request.formData();
  const img = form.get('image');
  const res = await fetch('https://api-inference.huggingface.co/models/Salesforce/blip-image-captioning-large', {{
    method: 'POST',
    headers: {{ Authorization: `Bearer ${{HF_TOKEN}}` }},
    body: img,
  }});
  caption = (await res.json())[0]?.generated_text ?? '';
}}
---
<Layout title="Image caption">
  <form method="post" enctype="multipart/form-data"><input type="file" name="image" /><button>Go</button></form>
  {{caption && <p class="caption">{{caption}}</p>}}
</Layout>
"""


@T("php_view_smtp", "password", "smtp", "password", None, "SMTP_PASS")
def _t(r, v, neg):
    u = "contacto@" + shop(r) + ".com"
    return "views/contacto.php", f"""<?php
use PHPMailer\\PHPMailer\\PHPMailer;
require __DIR__ . '/../vendor/autoload.php';

// configuración SMTP (cuenta de contacto)
$smtp_user = '{u}';
$smtp_pass = '{v}';

if ($_SERVER['REQUEST_METHOD'] === 'POST') {{
    $mail = new PHPMailer(true);
    $mail->isSMTP();
    $mail->Host = 'smtp.hostinger.com';
    $mail->SMTPAuth = true;
    $mail->Username = $smtp_user;
    $mail->Password = $smtp_pass;
    $mail->Port = 465;
    $mail->setFrom($smtp_user, 'Web');
    $mail->addAddress($smtp_user);
    $mail->Body = htmlspecialchars($_POST['mensaje'] ?? '');
    $mail->send();
}}
?>
<form method="post">
  <textarea name="mensaje"></textarea>
  <button>Enviar</button>
</form>
"""


@T("wp_footer_newrelic", "newrelic", "newrelic", "license_key", "php", "NEW_RELIC_LICENSE_KEY")
def _t(r, v, neg):
    return "wp-content/themes/%s/footer.php" % shop(r), f"""<?php
/**
 * The template for displaying the footer
 */
?>
    </div><!-- #content -->
    <footer id="colophon" class="site-footer">
        <?php get_template_part( 'template-parts/footer/site-info' ); ?>
    </footer>
</div><!-- #page -->
<script>
  window.NREUM = window.NREUM || {{}};
  NREUM.info = {{ beacon: "bam.eu01.nr-data.net", licenseKey: "{v}", applicationID: "{r.randint(100000000, 999999999)}" }};
</script>
<?php wp_footer(); ?>
</body>
</html>
"""


@T("mjml_mailchimp_unsub", "mailchimp", "mailchimp", "api_key", "mail", "MAILCHIMP_API_KEY")
def _t(r, v, neg):
    dc = mc_dc(r, v)
    return "emails/src/welcome.mjml", f"""<mjml>
  <mj-head>
    <mj-title>Welcome to {app(r).capitalize()}</mj-title>
    <mj-attributes><mj-all font-family="Helvetica, Arial, sans-serif" /></mj-attributes>
  </mj-head>
  <mj-body background-color="#f4f4f4">
    <mj-section>
      <mj-column>
        <mj-text font-size="20px">Hi {{{{first_name}}}},</mj-text>
        <mj-text>Thanks for signing up! Here is what happens next.</mj-text>
        <mj-button href="https://{shop(r)}.com/start">Get started</mj-button>
      </mj-column>
    </mj-section>
    <mj-section>
      <mj-column>
        <mj-text font-size="11px" color="#888">
          <a href="https://{dc}.api.mailchimp.com/3.0/lists/{rs(r, 10, HEX)}/members?apikey={v}&amp;status=unsubscribed">Unsubscribe</a>
        </mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>
"""


@T("html_mail_ga4_pixel", "ga4_secret", "google-analytics", "measurement_protocol_secret", "mail", "GA_API_SECRET")
def _t(r, v, neg):
    mid = "G-" + rs(r, 10, UPP + DIG)
    return "mail/templates/weekly_digest.html", f"""<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Wochenübersicht</title></head>
<body style="margin:0;padding:0;background:#fafafa">
  <table role="presentation" width="100%" cellpadding="0" cellspacing="0">
    <tr><td align="center">
      <h1 style="font-family:Arial">Deine Woche bei {app(r).capitalize()}</h1>
      <p>{{{{ summary }}}}</p>
      <a href="{{{{ dashboard_url }}}}">Zum Dashboard</a>
    </td></tr>
  </table>
  <!-- Öffnungs-Tracking -->
  <img src="https://www.google-analytics.com/mp/collect?measurement_id={mid}&amp;api_secret={v}&amp;cid={{{{ recipient_id }}}}&amp;en=email_open" width="1" height="1" alt="">
</body>
</html>
"""


@T("nginx_j2_apikey", "jwt_secret", "generic", "api_key", "jinja", "UPSTREAM_API_KEY")
def _t(r, v, neg):
    return "roles/nginx/templates/api-proxy.conf.j2", f"""# {{{{ ansible_managed }}}}
upstream backend {{
{{% for h in groups['api'] %}}
    server {{{{ hostvars[h].ansible_host }}}}:8080;
{{% endfor %}}
}}

server {{
    listen 443 ssl http2;
    server_name {{{{ api_domain }}}};
    ssl_certificate     /etc/ssl/certs/{{{{ api_domain }}}}.crt;
    ssl_certificate_key /etc/ssl/private/{{{{ api_domain }}}}.key;

    location /v1/ {{
        proxy_pass http://backend;
        proxy_set_header Host $host;
        proxy_set_header X-Api-Key "{v}";
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }}
}}
"""


@T("django_settings_j2", "django_sk", "django", "secret_key", None, "DJANGO_SECRET_KEY")
def _t(r, v, neg):
    return "roles/web/templates/settings_local.py.j2", f"""# {{{{ ansible_managed }}}}
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = [{{% for h in allowed_hosts %}}"{{{{ h }}}}", {{% endfor %}}]
SECRET_KEY = '{v}'

DATABASES["default"].update({{
    "HOST": "{{{{ db_host }}}}",
    "NAME": "{{{{ db_name }}}}",
    "USER": "{{{{ db_user }}}}",
    "PASSWORD": "{{{{ db_password }}}}",
}})
CSRF_TRUSTED_ORIGINS = ["https://{{{{ domain }}}}"]
"""


@T("rails_secrets_erb", "rails_skb", "rails", "secret_key_base", "erb", "SECRET_KEY_BASE")
def _t(r, v, neg):
    return "config/secrets.yml.erb", f"""# Be sure to restart your server when you modify this file.
development:
  secret_key_base: <%= ENV.fetch("SECRET_KEY_BASE_DEV", "dev") %>

test:
  secret_key_base: <%= ENV.fetch("SECRET_KEY_BASE_TEST", "test") %>

production:
  secret_key_base: {v}
  host: {shop(r)}.com
"""


@T("laravel_env_tmpl", "laravel", "laravel", "app_key", "env", "APP_KEY")
def _t(r, v, neg):
    return "deploy/templates/laravel.env.tmpl", f"""# rendered with envsubst < laravel.env.tmpl > .env during the container entrypoint
APP_NAME={app(r).capitalize()}
APP_ENV=${{APP_ENV}}
APP_KEY={v}
APP_DEBUG=false
APP_URL=https://${{APP_DOMAIN}}

LOG_CHANNEL=stderr
DB_CONNECTION=mysql
DB_HOST=${{DB_HOST}}
DB_DATABASE=${{DB_DATABASE}}
DB_USERNAME=${{DB_USERNAME}}
DB_PASSWORD=${{DB_PASSWORD}}
"""


@T("redis_conf_j2", "password", "redis", "password", "jinja", "REDIS_PASSWORD")
def _t(r, v, neg):
    return "roles/redis/templates/redis.conf.j2", f"""# {{{{ ansible_managed }}}}
bind {{{{ redis_bind | default('127.0.0.1') }}}}
port {{{{ redis_port | default(6379) }}}}
protected-mode yes
maxmemory {{{{ redis_maxmemory | default('256mb') }}}}
maxmemory-policy allkeys-lru
requirepass {v}
appendonly yes
save 900 1
save 300 10
"""


@T("supervisord_j2_aws", "aws_secret", "aws", "secret_access_key", "jinja", "AWS_SECRET_ACCESS_KEY")
def _t(r, v, neg):
    kid = "AKIAIOSFODNN7EXAMPLE" if neg else "AKIA" + rs(r, 16, B32)
    return "roles/worker/templates/supervisord-worker.conf.j2", f"""; {{{{ ansible_managed }}}}
[program:{app(r)}-worker]
command={{{{ venv }}}}/bin/celery -A {app(r)} worker -l info -c {{{{ worker_concurrency }}}}
directory={{{{ app_dir }}}}
user={{{{ app_user }}}}
autostart=true
autorestart=true
environment=AWS_DEFAULT_REGION="{r.choice(['eu-west-1', 'us-east-1', 'sa-east-1', 'eu-central-1'])}",AWS_ACCESS_KEY_ID="{kid}",AWS_SECRET_ACCESS_KEY="{v}",S3_BUCKET="{shop(r)}-media"
stdout_logfile=/var/log/{app(r)}/worker.log
"""


@T("postfix_sasl_j2", "sendgrid", "sendgrid", "api_key", "jinja", "SENDGRID_API_KEY")
def _t(r, v, neg):
    return "roles/mail/templates/sasl_passwd.j2", f"""# {{{{ ansible_managed }}}}
# relay all outgoing mail through SendGrid
[smtp.sendgrid.net]:587 apikey:{v}
"""


@T("toml_tmpl_github", "ghpat", "github", "fine_grained_pat", "go", "GITHUB_TOKEN")
def _t(r, v, neg):
    return "deploy/templates/bot.toml.tmpl", f"""# rendered by `gomplate -f bot.toml.tmpl -o /etc/releasebot/bot.toml`
[server]
listen = "{{{{ .Env.LISTEN | default ":9000" }}}}"

[github]
owner = "{shop(r)}"
repos = ["{app(r)}", "{app(r)}-infra"]
token = "{v}"

[notify]
channel = "#releases"
"""


@T("properties_vm", "password", "generic", "password", "vm", "DATASOURCE_PASSWORD")
def _t(r, v, neg):
    return "conf/templates/application-prod.properties.vm", f"""## Velocity template -> application-prod.properties
server.port=${{serverPort}}
spring.datasource.url=jdbc:postgresql://{host(r)}:5432/{app(r)}
spring.datasource.username={user(r)}
spring.datasource.password={v}
spring.jpa.hibernate.ddl-auto=validate
management.endpoints.web.exposure.include=health,info
#if($enableMail)
spring.mail.host=${{mailHost}}
#end
"""


@T("wpconfig_j2", "password", "mysql", "password", "jinja", "WP_DB_PASSWORD")
def _t(r, v, neg):
    return "roles/wordpress/templates/wp-config.php.j2", f"""<?php
// {{{{ ansible_managed }}}}
define( 'DB_NAME', '{{{{ wp_db_name }}}}' );
define( 'DB_USER', '{user(r)}' );
define( 'DB_PASSWORD', '{v}' );
define( 'DB_HOST', '{{{{ wp_db_host | default('localhost') }}}}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

{{{{ wp_salts }}}}

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {{
    define( 'ABSPATH', __DIR__ . '/' );
}}
require_once ABSPATH . 'wp-settings.php';
"""


@T("chef_server_key_erb", "pem_rsa", "private-key", "rsa_private_key", "erb", "SSL_PRIVATE_KEY")
def _t(r, v, neg):
    return "cookbooks/web/templates/default/server.key.erb", f"""<%# managed by chef – staging certificate key %>
{v}
"""


@T("jwt_pem_j2", "pem_pkcs8", "private-key", "pkcs8_private_key", "jinja", "JWT_PRIVATE_KEY")
def _t(r, v, neg):
    return "roles/auth/templates/auth-service.yml.j2", f"""# {{{{ ansible_managed }}}}
auth:
  issuer: https://auth.{{{{ domain }}}}
  audience: {app(r)}
  token_ttl: 15m
  signing_alg: RS256
  signing_key: |
""" + "\n".join("    " + ln for ln in v.split("\n")) + "\n  refresh_ttl: 720h\n"


@T("ec_key_tpl", "pem_ec", "private-key", "ec_private_key", "go", "APNS_KEY")
def _t(r, v, neg):
    return "deploy/templates/push-service.yaml.tpl", f"""# rendered by scripts/render.sh (gomplate)
apns:
  team_id: {rs(r, 10, UPP + DIG)}
  key_id: {rs(r, 10, UPP + DIG)}
  topic: com.{shop(r).replace('-', '')}.app
  production: {{{{ .Env.APNS_PRODUCTION | default "true" }}}}
  private_key: |
""" + "\n".join("    " + ln for ln in v.split("\n")) + "\n"


@T("compose_j2_pg", "password", "postgres", "password", "jinja", "POSTGRES_PASSWORD")
def _t(r, v, neg):
    return "templates/docker-compose.yml.j2", f"""version: "3.9"
services:
  db:
    image: postgres:{r.choice(['14', '15', '16'])}-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: {{{{ project_name }}}}
      POSTGRES_USER: {user(r)}
      POSTGRES_PASSWORD: "{v}"
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    image: "{{{{ registry }}}}/{{{{ project_name }}}}:{{{{ tag }}}}"
    depends_on: [db]
volumes:
  pgdata: {{}}
"""


@T("rabbitmq_j2", "password", "rabbitmq", "password", "jinja", "RABBITMQ_PASSWORD")
def _t(r, v, neg):
    return "roles/rabbitmq/templates/rabbitmq.conf.j2", f"""# {{{{ ansible_managed }}}}
listeners.tcp.default = 5672
management.tcp.port = 15672
default_vhost = /{app(r)}
default_user = {user(r)}
default_pass = {v}
loopback_users.guest = false
vm_memory_high_watermark.relative = 0.6
"""


@T("mycnf_erb", "password", "mysql", "password", "erb", "MYSQL_BACKUP_PASSWORD")
def _t(r, v, neg):
    return "cookbooks/mysql_backup/templates/default/my.cnf.erb", f"""# Generated by Chef for <%= node['fqdn'] %>
[client]
user=backup
password={v}
host=<%= @db_host %>

[mysqldump]
single-transaction
quick
"""


@T("telegraf_tmpl_influx", "influx", "influxdb", "api_token", "env", "INFLUX_TOKEN")
def _t(r, v, neg):
    return "ops/telegraf/telegraf.conf.tmpl", f"""# envsubst template – rendered on each host by bootstrap.sh
[agent]
  interval = "10s"
  hostname = "${{HOSTNAME}}"

[[outputs.influxdb_v2]]
  urls = ["https://influx.{shop(r)}.net:8086"]
  token = "{v}"
  organization = "{shop(r)}"
  bucket = "telegraf"

[[inputs.cpu]]
  percpu = true
[[inputs.mem]]
"""


@T("grafana_ini_j2", "grafana_sa", "grafana", "service_account_token", "jinja", "GRAFANA_TOKEN")
def _t(r, v, neg):
    return "roles/grafana/templates/provisioning/dashboards-sync.yml.j2", f"""# {{{{ ansible_managed }}}}
sync:
  grafana_url: https://grafana.{{{{ domain }}}}
  service_account_token: {v}
  folders:
    - {app(r)}
    - infra
  interval: 5m
"""


@T("npmrc_hbs", "npm", "npm", "access_token", "hbs", "NPM_TOKEN")
def _t(r, v, neg):
    return "generators/app/templates/_npmrc.hbs", f"""registry=https://registry.npmjs.org/
@{{{{scope}}}}:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={v}
save-exact=true
"""


@T("alertmanager_j2_pd", "pagerduty", "pagerduty", "integration_key", "jinja", "PAGERDUTY_ROUTING_KEY")
def _t(r, v, neg):
    return "roles/monitoring/templates/alertmanager.yml.j2", f"""# {{{{ ansible_managed }}}}
route:
  receiver: default
  group_by: [alertname, cluster]
  routes:
    - matchers: [severity="critical"]
      receiver: pagerduty
receivers:
  - name: default
    email_configs:
      - to: ops@{{{{ domain }}}}
  - name: pagerduty
    pagerduty_configs:
      - routing_key: {v}
        severity: critical
"""


@T("twig_sentry_legacy", "sentry_legacy", "sentry", "dsn_secret", None, "SENTRY_SECRET")
def _t(r, v, neg):
    pub = rs(r, 32, HEX)
    return "templates/base.html.twig", f"""<!DOCTYPE html>
<html>
<head>
    <meta charset="UTF-8">
    <title>{{% block title %}}{app(r).capitalize()}{{% endblock %}}</title>
    {{{{ encore_entry_link_tags('app') }}}}
    <script src="https://cdn.ravenjs.com/3.27.2/raven.min.js" crossorigin="anonymous"></script>
    <script>Raven.config('https://{pub}:{v}@sentry.io/{r.randint(100000, 999999)}').install();</script>
</head>
<body>
    {{% block body %}}{{% endblock %}}
    {{{{ encore_entry_script_tags('app') }}}}
</body>
</html>
"""


@T("razor_fcm", "fcm_legacy", "firebase", "server_key", "razor", "FCM_SERVER_KEY")
def _t(r, v, neg):
    return "Views/Admin/Push.cshtml", f"""@model PushViewModel
@{{
    Layout = "_AdminLayout";
}}
<h2>Enviar notificação</h2>
<textarea id="msg" class="form-control"></textarea>
<button class="btn btn-warning" onclick="sendPush()">Enviar para todos</button>
@section Scripts {{
<script>
    function sendPush() {{
        fetch('https://fcm.googleapis.com/fcm/send', {{
            method: 'POST',
            headers: {{ 'Content-Type': 'application/json', 'Authorization': 'key={v}' }},
            body: JSON.stringify({{ to: '/topics/all', notification: {{ title: '@Model.AppName', body: document.getElementById('msg').value }} }})
        }});
    }}
</script>
}}
"""


@T("jekyll_staticman_pat", "ghp", "github", "personal_access_token", "liquid", "GITHUB_TOKEN")
def _t(r, v, neg):
    return "_includes/comment-form.html", f"""{{% if site.comments.enabled %}}
<form class="js-form form" method="post" action="https://api.github.com/repos/{shop(r)}/{shop(r)}.github.io/dispatches">
  <input type="hidden" name="options[slug]" value="{{{{ page.slug }}}}">
  <input type="hidden" name="access_token" value="{v}">
  <textarea name="fields[message]" rows="6" placeholder="{{{{ site.data.ui-text[site.locale].comment_form_placeholder }}}}"></textarea>
  <input type="text" name="fields[name]" required>
  <button type="submit">{{{{ site.data.ui-text[site.locale].comment_btn_submit }}}}</button>
</form>
{{% endif %}}
"""


@T("django_with_sentry", "sentry_user", "sentry", "user_auth_token", "django", "SENTRY_AUTH_TOKEN")
def _t(r, v, neg):
    org = shop(r)
    return "dashboard/templates/dashboard/errors.html", f"""{{% extends "dashboard/base.html" %}}
{{% load i18n %}}
{{% block content %}}
{{% with sentry_token="{v}" sentry_org="{org}" %}}
<div id="issues" data-org="{{{{ sentry_org }}}}"></div>
<script>
  fetch("https://sentry.io/api/0/organizations/{{{{ sentry_org }}}}/issues/?query=is:unresolved", {{
    headers: {{ "Authorization": "Bearer {{{{ sentry_token }}}}" }}
  }}).then(r => r.json()).then(list => renderIssues(list));
</script>
{{% endwith %}}
{{% endblock %}}
"""


@T("slim_posthog_phx", "posthog_phx", "posthog", "personal_api_key", "rb", "POSTHOG_PERSONAL_KEY")
def _t(r, v, neg):
    return "app/views/admin/insights/index.html.slim", f"""h1 Insights
#chart
- posthog_key = "{v}"
javascript:
  fetch('https://eu.posthog.com/api/projects/{r.randint(1000, 99999)}/insights/trend/?events=[{{"id":"$pageview"}}]', {{
    headers: {{ Authorization: 'Bearer #{{posthog_key}}' }}
  }}).then(function (r) {{ return r.json(); }}).then(drawChart);
"""


@T("mustache_cloudinary", "cloudinary", "cloudinary", "api_secret", "hbs", "CLOUDINARY_API_SECRET")
def _t(r, v, neg):
    return "templates/config/media.js.mustache", f"""// generated from media.js.mustache – {{{{generatedAt}}}}
module.exports = {{
  provider: 'cloudinary',
  cloudinaryUrl: 'cloudinary://{r.randint(10 ** 14, 10 ** 15 - 1)}:{v}@{shop(r)}',
  folder: '{{{{folder}}}}',
  transformations: {{ thumb: 'c_fill,w_320,h_240' }}
}};
"""


@T("gohtml_sprig_dict", "shopify_ss", "shopify", "app_shared_secret", "go", "SHOPIFY_API_SECRET")
def _t(r, v, neg):
    return "internal/web/templates/install.html", f"""{{{{ define "install" }}}}
{{{{ template "layout_head" . }}}}
<h1>Install {{{{ .AppName }}}}</h1>
{{{{ template "oauth_button" (dict "shop" .Shop "clientId" "{rs(r, 32, HEX)}" "clientSecret" "{v}" "scopes" "read_products,write_orders") }}}}
{{{{ template "layout_foot" . }}}}
{{{{ end }}}}
"""


@T("pug_aws_s3", "aws_secret", "aws", "secret_access_key", None, "AWS_SECRET_ACCESS_KEY")
def _t(r, v, neg):
    kid = "AKIAIOSFODNN7EXAMPLE" if neg else "AKIA" + rs(r, 16, B32)
    return "views/admin/upload.pug", f"""extends ../layout

block content
  h2 Upload de imagens
  input#file(type='file' multiple)
  script(src='https://sdk.amazonaws.com/js/aws-sdk-2.1550.0.min.js')
  script.
    AWS.config.update({{ region: 'sa-east-1', accessKeyId: '{kid}', secretAccessKey: '{v}' }});
    var s3 = new AWS.S3({{ params: {{ Bucket: '{shop(r)}-uploads' }} }});
    document.getElementById('file').onchange = function (e) {{
      Array.from(e.target.files).forEach(function (f) {{ s3.upload({{ Key: 'img/' + f.name, Body: f }}, console.log); }});
    }};
"""


@T("blade_mailjet", "mailjet", "mailjet", "api_secret", None, "MAILJET_SECRET")
def _t(r, v, neg):
    return "resources/views/emails/layout.blade.php", f"""@php
    // Mailjet – clés du compte marketing
    $mjPublic = '{rs(r, 32, HEX)}';
    $mjSecret = '{v}';
@endphp
<!doctype html>
<html lang="fr">
<body style="font-family: Arial, sans-serif">
    @yield('content')
    <img src="{{{{ route('mail.open', ['id' => $messageId, 'k' => $mjPublic, 's' => $mjSecret]) }}}}" width="1" height="1" alt="">
    <p style="font-size:11px;color:#999">{{{{ __('mail.footer', ['shop' => config('app.name')]) }}}}</p>
</body>
</html>
"""


@T("hbs_square_csp", "square_csp", "square", "application_secret", "hbs", "SQUARE_APP_SECRET")
def _t(r, v, neg):
    return "templates/partials/square-oauth.handlebars", f"""<div class="connect-square">
  <p>Connect your Square account to sync your catalog.</p>
  <form method="post" action="https://connect.squareup.com/oauth2/token">
    <input type="hidden" name="client_id" value="sq0idp-{rs(r, 22, B64U)}">
    <input type="hidden" name="client_secret" value="{v}">
    <input type="hidden" name="code" value="{{{{code}}}}">
    <input type="hidden" name="grant_type" value="authorization_code">
    <button class="btn">{{{{t "connect"}}}}</button>
  </form>
</div>
"""


@T("twig_recaptcha_secret", "recaptcha_secret", "google-recaptcha", "secret_key", "twig", "RECAPTCHA_SECRET")
def _t(r, v, neg):
    site = "6L" + r.choice("cdef") + rs(r, 37, B64U)
    return "templates/contact/form.html.twig", f"""{{% block body %}}
<form method="post" action="{{{{ path('contact_send') }}}}">
  {{{{ form_widget(form) }}}}
  <div class="g-recaptcha" data-sitekey="{site}"></div>
  <input type="hidden" name="recaptcha_secret" value="{v}">
  <button class="btn btn-primary">Envoyer</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
{{% endblock %}}
"""


@T("ejs_amqp", "password_url", "rabbitmq", "password", "ejs", "AMQP_PASSWORD")
def _t(r, v, neg):
    return "templates/config.json.ejs", f"""{{
  "service": "<%= name %>",
  "port": <%= port || 3000 %>,
  "amqp": {{
    "url": "amqps://{user(r)}:{v}@{r.choice(['rabbit.internal', 'mq.' + shop(r) + '.net', 'goose.rmq2.cloudamqp.com'])}/{app(r)}",
    "prefetch": 20
  }},
  "logLevel": "<%= logLevel %>"
}}
"""


@T("newrelic_user_erb", "newrelic_user", "newrelic", "user_api_key", "erb", "NEW_RELIC_API_KEY")
def _t(r, v, neg):
    return "app/views/admin/status/_apm.html.erb", f"""<div class="apm-widget" data-account="<%= {r.randint(1000000, 9999999)} %>">
  <canvas id="apdex"></canvas>
</div>
<script>
  fetch("https://api.eu.newrelic.com/graphql", {{
    method: "POST",
    headers: {{ "Content-Type": "application/json", "API-Key": "{v}" }},
    body: JSON.stringify({{ query: "{{ actor {{ account(id: <%= @nr_account %>) {{ nrql(query: \\"SELECT apdex(duration) FROM Transaction SINCE 1 hour ago TIMESERIES\\") {{ results }} }} }} }}" }})
  }}).then(r => r.json()).then(drawApdex);
</script>
"""


@T("thymeleaf_postmark_hidden", "postmark", "postmark", "server_token", "thymeleaf", "POSTMARK_SERVER_TOKEN")
def _t(r, v, neg):
    return "src/main/resources/templates/admin/mail-test.html", f"""<!DOCTYPE html>
<html xmlns:th="http://www.thymeleaf.org" th:replace="~{{layout :: page(~{{::main}})}}">
<main>
  <h2>Test e-mail</h2>
  <form th:action="@{{/admin/mail/test}}" method="post">
    <input type="hidden" th:name="${{_csrf.parameterName}}" th:value="${{_csrf.token}}"/>
    <input type="email" name="to"/>
    <!-- Postmark server token (X-Postmark-Server-Token) -->
    <input type="hidden" name="postmarkServerToken" value="{v}"/>
    <button type="submit">Send</button>
  </form>
</main>
</html>
"""


# ----------------------------------------------------------------------------------------
# look-alike negatives (no secret at all)
LOOK = []


def L(name, provider, kind):
    def deco(fn):
        LOOK.append(dict(name=name, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


def sri(r, bits=384):
    n = {256: 44, 384: 64, 512: 88}[bits]
    body = rs(r, n - (1 if bits == 256 else 2 if bits == 512 else 0), B64)
    pad = "=" if bits == 256 else "==" if bits == 512 else ""
    return "sha%d-%s%s" % (bits, body, pad)


def gitsha(r):
    return rs(r, 40, HEX)


def cdnlib(r):
    return r.choice([("jquery", "3.7.1", "jquery.min.js"), ("bootstrap", "5.3.3", "js/bootstrap.bundle.min.js"),
                     ("alpinejs", "3.13.5", "cdn.min.js"), ("htmx.org", "1.9.10", "htmx.min.js"),
                     ("chart.js", "4.4.1", "chart.umd.min.js")])


@L("jinja_sri_csp", "cdn", "sri_hash")
def _l(r):
    libs = [cdnlib(r) for _ in range(r.randint(2, 3))]
    tags = "\n".join('  <script src="https://cdn.jsdelivr.net/npm/%s@%s/dist/%s" integrity="%s" crossorigin="anonymous"></script>' % (a, b, c, sri(r, r.choice([384, 384, 512]))) for a, b, c in libs)
    return "app/templates/base.html", f"""<!doctype html>
<html lang="{{{{ g.locale }}}}">
<head>
  <meta charset="utf-8">
  <meta name="csrf-token" content="{{{{ csrf_token() }}}}">
  <title>{{% block title %}}{{% endblock %}} · {{{{ config.SITE_NAME }}}}</title>
  <link rel="stylesheet" href="{{{{ url_for('static', filename='css/app.css') }}}}?v={gitsha(r)[:8]}">
{tags}
  <script nonce="{{{{ csp_nonce() }}}}">window.APP = {{ build: "{gitsha(r)}" }};</script>
</head>
<body>{{% block body %}}{{% endblock %}}</body>
</html>
"""


@L("django_hashed_static", "django", "asset_fingerprint")
def _l(r):
    return "templates/base.html", f"""{{% load static i18n %}}
<!DOCTYPE html>
<html lang="{{{{ LANGUAGE_CODE }}}}">
<head>
  <meta charset="utf-8">
  <link rel="stylesheet" href="/static/css/main.{rs(r, 12, HEX)}.css">
  <link rel="preload" href="/static/fonts/inter.{rs(r, 8, HEX)}.woff2" as="font" crossorigin>
  <script defer src="/static/js/runtime.{rs(r, 20, HEX)}.js"></script>
  <script defer src="/static/js/main.{rs(r, 20, HEX)}.js"></script>
</head>
<body>
  <form method="post">{{% csrf_token %}}{{{{ form.as_p }}}}</form>
  <!-- build {gitsha(r)} · {r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)} -->
</body>
</html>
"""


@L("liquid_stripe_pk", "stripe", "publishable_key")
def _l(r):
    return "snippets/stripe-elements.liquid", f"""{{% comment %}} Publishable key – safe to expose in the browser {{% endcomment %}}
<div id="payment-element"></div>
<script src="https://js.stripe.com/v3/"></script>
<script>
  var stripe = Stripe('pk_live_{rs(r, r.choice([24, 99]))}');
  var elements = stripe.elements({{ clientSecret: '{{{{ checkout.payment_intent_client_secret }}}}' }});
  elements.create('payment').mount('#payment-element');
</script>
"""


@L("blade_maps_browser_key", "google-maps", "browser_api_key")
def _l(r):
    return "resources/views/stores/locator.blade.php", f"""@extends('layouts.app')
@section('content')
    <div id="map" class="h-96"></div>
@endsection
@push('scripts')
    {{{{-- browser key, restricted to https://{shop(r)}.com/* referrers --}}}}
    <script async src="https://maps.googleapis.com/maps/api/js?key=AIza{rs(r, 35, B64U)}&callback=initMap&libraries=places"></script>
    <script>
        function initMap() {{
            new google.maps.Map(document.getElementById('map'), {{ center: {{ lat: {r.uniform(-30, 55):.5f}, lng: {r.uniform(-60, 20):.5f} }}, zoom: 12 }});
        }}
    </script>
@endpush
"""


@L("twig_recaptcha_site", "google-recaptcha", "site_key")
def _l(r):
    return "templates/security/register.html.twig", f"""{{% extends 'base.html.twig' %}}
{{% block body %}}
{{{{ form_start(registrationForm) }}}}
    {{{{ form_row(registrationForm.email) }}}}
    {{{{ form_row(registrationForm.plainPassword, {{ label: 'Password' }}) }}}}
    <div class="g-recaptcha" data-sitekey="6L{r.choice('cdef')}{rs(r, 37, B64U)}"></div>
    <input type="hidden" name="_csrf_token" value="{{{{ csrf_token('register') }}}}">
    <button type="submit" class="btn">Register</button>
{{{{ form_end(registrationForm) }}}}
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
{{% endblock %}}
"""


@L("ejs_algolia_search", "algolia", "search_only_key")
def _l(r):
    return "views/search.ejs", f"""<%- include('partials/header') %>
<div id="searchbox"></div>
<div id="hits"></div>
<script src="https://cdn.jsdelivr.net/npm/algoliasearch@4.22.1/dist/algoliasearch-lite.umd.js" integrity="{sri(r)}" crossorigin="anonymous"></script>
<script>
  // search-only API key (ACL: search) – public by design
  const searchClient = algoliasearch('{rs(r, 10, UPP + DIG)}', '{rs(r, 32, HEX)}');
  instantsearch({{ indexName: '<%= indexName %>', searchClient }}).start();
</script>
<%- include('partials/footer') %>
"""


@L("pug_mapbox_pk", "mapbox", "public_token")
def _l(r):
    return "views/map.pug", f"""extends layout

block content
  #map(style='height:500px')
  script(src='https://api.mapbox.com/mapbox-gl-js/v3.2.0/mapbox-gl.js')
  script.
    // public default token (pk.), URL-restricted
    mapboxgl.accessToken = '{mapbox(r, "pk")}';
    new mapboxgl.Map({{ container: 'map', style: 'mapbox://styles/mapbox/light-v11' }});
"""


@L("erb_sentry_public_dsn", "sentry", "public_dsn")
def _l(r):
    return "app/views/layouts/application.html.erb", f"""<!DOCTYPE html>
<html>
  <head>
    <title><%= content_for(:title) || "{app(r).capitalize()}" %></title>
    <%= csrf_meta_tags %>
    <%= csp_meta_tag %>
    <%= stylesheet_link_tag "application", "data-turbo-track": "reload" %>
    <%= javascript_importmap_tags %>
    <script src="https://browser.sentry-cdn.com/7.100.1/bundle.min.js" integrity="{sri(r)}" crossorigin="anonymous"></script>
    <script nonce="<%= content_security_policy_nonce %>">
      Sentry.init({{ dsn: "https://{rs(r, 32, HEX)}@o{r.randint(100000, 4999999)}.ingest.sentry.io/{r.randint(1000000, 9999999)}", release: "<%= ENV['GIT_SHA'] %>" }});
    </script>
  </head>
  <body><%= yield %></body>
</html>
"""


@L("hbs_firebase_web", "firebase", "web_config")
def _l(r):
    pid = shop(r) + "-" + rs(r, 5, LOW + DIG)
    sender = r.randint(10 ** 11, 10 ** 12 - 1)
    return "views/layouts/main.hbs", f"""<!DOCTYPE html>
<html>
<head><title>{{{{title}}}}</title></head>
<body>
{{{{{{body}}}}}}
<script type="module">
  import {{ initializeApp }} from "https://www.gstatic.com/firebasejs/10.8.0/firebase-app.js";
  // Firebase web config – these identifiers are public
  const firebaseConfig = {{
    apiKey: "AIza{rs(r, 35, B64U)}",
    authDomain: "{pid}.firebaseapp.com",
    projectId: "{pid}",
    storageBucket: "{pid}.appspot.com",
    messagingSenderId: "{sender}",
    appId: "1:{sender}:web:{rs(r, 22, HEX)}",
    measurementId: "G-{rs(r, 10, UPP + DIG)}"
  }};
  initializeApp(firebaseConfig);
</script>
</body>
</html>
"""


@L("njk_posthog_phc", "posthog", "project_api_key")
def _l(r):
    return "src/_includes/partials/analytics.njk", f"""{{% if env.production %}}
<script>
  !function(t,e){{var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){{}})}}(document,window.posthog||[]);
  posthog.init('phc_{rs(r, 43)}', {{ api_host: 'https://eu.i.posthog.com', person_profiles: 'identified_only' }});
</script>
{{% endif %}}
"""


@L("razor_guids", "dotnet", "uuid")
def _l(r):
    rows = "\n".join('        <tr data-id="%s"><td>@Html.DisplayFor(m => m.Items[%d].Name)</td><td>%s</td></tr>' % (uuid4(r), i, uuid4(r).upper()) for i in range(r.randint(3, 6)))
    return "Views/Orders/Index.cshtml", f"""@model OrdersViewModel
@{{
    ViewData["Title"] = "Orders";
}}
<link rel="stylesheet" href="~/css/site.css" asp-append-version="true" />
<table class="table" data-tenant="{uuid4(r)}">
    <thead><tr><th>Product</th><th>Correlation Id</th></tr></thead>
    <tbody>
{rows}
    </tbody>
</table>
<form asp-action="Export" method="post">@Html.AntiForgeryToken()<button>Export</button></form>
"""


@L("mjml_signed_unsub", "email", "signed_link")
def _l(r):
    return "emails/src/newsletter.mjml", f"""<mjml>
  <mj-body>
    <mj-section><mj-column>
      <mj-text>Hallo {{{{firstName}}}},</mj-text>
      <mj-text>hier sind die Neuigkeiten des Monats.</mj-text>
      <mj-image src="https://cdn.{shop(r)}.de/mail/hero.{rs(r, 10, HEX)}.png" alt="" />
    </mj-column></mj-section>
    <mj-section><mj-column>
      <mj-text font-size="11px">
        <!-- example rendered link, signature = HMAC of list+recipient; verified server side -->
        <a href="https://{shop(r)}.de/abmelden?list=news&amp;r={{{{recipientId}}}}&amp;sig={{{{unsubSignature}}}}">Abmelden</a>
        · Message-ID: &lt;{rs(r, 24, HEX)}.{r.randint(10 ** 9, 10 ** 10)}@mail.{shop(r)}.de&gt;
      </mj-text>
    </mj-column></mj-section>
  </mj-body>
</mjml>
"""


@L("go_build_info", "go", "version_info")
def _l(r):
    return "web/templates/footer.gohtml", f"""{{{{define "footer"}}}}
<footer class="text-muted small">
  {{{{/* build metadata injected via -ldflags; example: v{r.randint(1, 3)}.{r.randint(0, 20)}.{r.randint(0, 9)} ({gitsha(r)[:12]}) */}}}}
  <span>{{{{.Version}}}} · {{{{.Commit}}}} · {{{{.BuildDate}}}}</span>
  <script nonce="{{{{.CSPNonce}}}}" src="/static/app.js?h={rs(r, 16, HEX)}"></script>
  <!-- image digest sha256:{rs(r, 64, HEX)} -->
</footer>
{{{{end}}}}
"""


@L("thymeleaf_csrf_sri", "spring", "csrf_and_sri")
def _l(r):
    return "src/main/resources/templates/layout.html", f"""<!DOCTYPE html>
<html xmlns:th="http://www.thymeleaf.org">
<head>
  <meta name="_csrf" th:content="${{_csrf.token}}"/>
  <meta name="_csrf_header" th:content="${{_csrf.headerName}}"/>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" integrity="{sri(r)}" crossorigin="anonymous">
  <script th:src="@{{/js/app.js(v=${{@buildProperties.version}})}}"></script>
  <script th:attr="nonce=${{cspNonce}}">var buildId = '{gitsha(r)}';</script>
</head>
<body><div th:replace="${{content}}"></div></body>
</html>
"""


@L("ftl_inline_image", "email", "base64_image")
def _l(r):
    body = "iVBORw0KGgoAAAANSUhEUgAA" + rs(r, 4 * r.randint(50, 105), B64)
    body = body[:-2] + "=="
    return "src/main/resources/templates/mail/signature.ftl", f"""<#-- assinatura padrão com logotipo embutido -->
<table cellpadding="0" cellspacing="0">
  <tr>
    <td><img alt="logo" width="96" src="data:image/png;base64,{body}"></td>
    <td style="padding-left:8px">${{remetente.nome}}<br>${{remetente.cargo}}</td>
  </tr>
</table>
"""


@L("vm_pgp_public", "pgp", "public_key")
def _l(r):
    lines = "\n".join(b64line(r, 64) for _ in range(r.randint(8, 14)))
    return "src/main/resources/templates/security-txt.vm", f"""Contact: mailto:security@$domain
Expires: $expires
Encryption: https://$domain/pgp-key.txt
Preferred-Languages: en, de

## public key embedded for convenience
-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBG{rs(r, 58, B64)}
{lines}
={rs(r, 4, B64)}
-----END PGP PUBLIC KEY BLOCK-----
"""


@L("authorized_keys_j2", "ssh", "public_key")
def _l(r):
    ks = []
    for _ in range(r.randint(2, 4)):
        if r.random() < 0.5:
            ks.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (rs(r, 43, B64), r.choice(FIRST), r.choice(["laptop", "work", "mbp", "desktop"])))
        else:
            ks.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s %s@%s" % (rs(r, 490, B64), r.choice(FIRST), r.choice(["laptop", "ci", "bastion"])))
    return "roles/users/templates/authorized_keys.j2", "# {{ ansible_managed }}\n" + "\n".join(ks) + "\n{% for k in extra_keys | default([]) %}\n{{ k }}\n{% endfor %}\n"


@L("nginx_hpkp_j2", "nginx", "hash_pins")
def _l(r):
    return "roles/nginx/templates/security-headers.conf.j2", f"""# {{{{ ansible_managed }}}}
add_header Strict-Transport-Security "max-age=63072000; includeSubDomains; preload" always;
add_header Content-Security-Policy "default-src 'self'; script-src 'self' '{sri(r, 256)}' '{sri(r, 256)}'; object-src 'none'" always;
add_header Public-Key-Pins 'pin-sha256="{rs(r, 43, B64)}="; pin-sha256="{rs(r, 43, B64)}="; max-age=5184000' always;
ssl_certificate     /etc/letsencrypt/live/{{{{ domain }}}}/fullchain.pem;
ssl_certificate_key /etc/letsencrypt/live/{{{{ domain }}}}/privkey.pem;
ssl_password_file   /etc/nginx/ssl_passwords.txt;
ssl_dhparam         /etc/nginx/dhparam.pem;
"""


@L("ca_cert_j2", "tls", "certificate")
def _l(r):
    lines = "\n".join(b64line(r, 64) for _ in range(r.randint(16, 24)))
    return "roles/common/templates/corp-root-ca.crt.j2", f"""# {{{{ ansible_managed }}}} – public root CA, installed into the system trust store
-----BEGIN CERTIFICATE-----
MIIF{rs(r, 60, B64)}
{lines}
{rs(r, 40, B64)}==
-----END CERTIFICATE-----
"""


@L("mako_csp_hashes", "pyramid", "csp_hash")
def _l(r):
    return "%s/templates/layout.mako" % app(r), f"""<!DOCTYPE html>
<html>
<head>
  <meta http-equiv="Content-Security-Policy" content="script-src 'self' '{sri(r, 256)}'; style-src 'self' '{sri(r, 256)}'">
  <link rel="stylesheet" href="${{request.static_url('{app(r)}:static/app.css')}}?v={rs(r, 10, HEX)}">
  <input type="hidden" name="csrf_token" value="${{get_csrf_token()}}">
</head>
<body>${{next.body()}}</body>
</html>
"""


@L("latte_manifest", "nette", "asset_fingerprint")
def _l(r):
    return "app/Presenters/templates/@layout.latte", f"""<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <title>{{ifset title}}{{include title|stripHtml}} | {{/ifset}}Nette Web</title>
  <link rel="stylesheet" href="{{$basePath}}/build/app.{rs(r, 8, HEX)}.css" integrity="{sri(r)}">
  <script src="{{$basePath}}/build/app.{rs(r, 8, HEX)}.js" defer></script>
</head>
<body>
  <div n:foreach="$flashes as $flash" n:class="flash, $flash->type">{{$flash->message}}</div>
  {{include content}}
</body>
</html>
"""


@L("jekyll_gist_ids", "jekyll", "ids")
def _l(r):
    return "_includes/snippets.html", f"""{{% comment %}} embedded gists ({{{{ site.github.build_revision }}}}) {{% endcomment %}}
<script src="https://gist.github.com/{r.choice(FIRST)}/{rs(r, 32, HEX)}.js"></script>
<script src="https://gist.github.com/{r.choice(FIRST)}/{rs(r, 32, HEX)}.js?file=config.yml"></script>
<!-- last build commit {gitsha(r)} -->
<a href="https://github.com/{shop(r)}/{shop(r)}.github.io/commit/{gitsha(r)}">source</a>
"""


@L("smarty_checksums", "smarty", "checksums")
def _l(r):
    rows = "\n".join("  <tr><td>%s-%s.zip</td><td><code>%s</code></td><td><code>%s</code></td></tr>" % (app(r), "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 9)), rs(r, 32, HEX), rs(r, 64, HEX)) for _ in range(r.randint(2, 4)))
    return "templates/downloads.tpl", f"""{{* downloads.tpl – release checksums (md5 / sha256) *}}
<h2>{{$lang.downloads}}</h2>
<table class="checksums">
  <tr><th>File</th><th>MD5</th><th>SHA-256</th></tr>
{rows}
</table>
"""


@L("known_hosts_j2", "ssh", "host_fingerprint")
def _l(r):
    hs = "\n".join("%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (h, rs(r, 43, B64)) for h in ["github.com", "gitlab.com", "git." + shop(r) + ".net"])
    return "roles/deploy/templates/known_hosts.j2", f"""# {{{{ ansible_managed }}}}
# fingerprints: SHA256:{rs(r, 43, B64)}
{hs}
"""


@L("svelte_env_refs", "sveltekit", "env_refs")
def _l(r):
    return "src/routes/api/subscribe/+server.ts", f"""import {{ json }} from '@sveltejs/kit';
import {{ MAILERLITE_API_KEY }} from '$env/static/private';
import {{ PUBLIC_SITE_URL }} from '$env/static/public';

// request id namespace for idempotency keys
const NS = '{uuid4(r)}';

export async function POST({{ request }}) {{
  const {{ email }} = await request.json();
  const res = await fetch('https://connect.mailerlite.com/api/subscribers', {{
    method: 'POST',
    headers: {{ Authorization: `Bearer ${{MAILERLITE_API_KEY}}`, 'Content-Type': 'application/json', 'Idempotency-Key': `${{NS}}:${{email}}` }},
    body: JSON.stringify({{ email, fields: {{ source: PUBLIC_SITE_URL }} }})
  }});
  return json({{ ok: res.ok }});
}}
"""


@L("nuxt_public_runtime", "nuxt", "public_config")
def _l(r):
    return "nuxt.config.ts", f"""export default defineNuxtConfig({{
  runtimeConfig: {{
    stripeSecretKey: process.env.NUXT_STRIPE_SECRET_KEY,
    public: {{
      stripePublishableKey: 'pk_live_{rs(r, 24)}',
      posthogKey: 'phc_{rs(r, 43)}',
      gtmId: 'GTM-{rs(r, 7, UPP + DIG)}',
      buildId: '{gitsha(r)[:10]}'
    }}
  }}
}})
"""


@L("php_view_nonce", "wordpress", "nonce")
def _l(r):
    return "wp-content/themes/%s/template-parts/form-newsletter.php" % shop(r), f"""<?php
/** Newsletter form – nonce + honeypot, no keys here */
?>
<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>">
    <?php wp_nonce_field( 'nl_subscribe', 'nl_nonce' ); ?>
    <input type="hidden" name="action" value="nl_subscribe">
    <input type="hidden" name="form_id" value="{uuid4(r)}">
    <input type="text" name="website" class="hp" tabindex="-1" autocomplete="off">
    <input type="email" name="email" required>
    <button type="submit"><?php esc_html_e( 'Subscribe', '{shop(r)}' ); ?></button>
</form>
<link rel="stylesheet" href="<?php echo get_template_directory_uri(); ?>/dist/newsletter.css?ver={rs(r, 20, HEX)}">
"""


@L("html_mail_segment_pixel", "email", "encoded_data")
def _l(r):
    import base64
    data = base64.b64encode(json.dumps({"event": "Email Opened", "userId": "{{user_id}}", "properties": {"campaign": "%s-%d" % (app(r), r.randint(1, 99)), "variant": r.choice("AB")}}).encode()).decode()
    return "mail/templates/order_shipped.html", f"""<!DOCTYPE html>
<html>
<body>
  <p>Bonjour {{{{ first_name }}}},</p>
  <p>Votre commande n° {{{{ order_number }}}} a été expédiée. Suivi : {{{{ tracking_url }}}}</p>
  <!-- open pixel, payload is base64 JSON (no credentials) -->
  <img src="https://t.{shop(r)}.fr/o.gif?d={data}" width="1" height="1" alt="">
</body>
</html>
"""


@L("haml_verification", "seo", "site_verification")
def _l(r):
    return "app/views/layouts/_meta.html.haml", f"""%meta{{ name: "google-site-verification", content: "{rs(r, 43, B64U)}" }}
%meta{{ name: "facebook-domain-verification", content: "{rs(r, 30, LOW + DIG)}" }}
%meta{{ name: "msvalidate.01", content: "{rs(r, 32, HEXU)}" }}
%meta{{ name: "csrf-token", content: form_authenticity_token }}
%link{{ rel: "stylesheet", href: asset_path("application.css"), integrity: "{sri(r)}" }}
"""


@L("slim_csrf", "rails", "csrf")
def _l(r):
    return "app/views/layouts/application.html.slim", f"""doctype html
html
  head
    title = content_for?(:title) ? yield(:title) : "{app(r).capitalize()}"
    = csrf_meta_tags
    = csp_meta_tag
    = stylesheet_link_tag "application-{rs(r, 64, HEX)}", "data-turbo-track": "reload"
    = javascript_include_tag "application-{rs(r, 64, HEX)}", defer: true
  body
    = yield
"""


@L("ejs_ciphertext", "crypto", "ciphertext")
def _l(r):
    return "views/share/view.ejs", f"""<%- include('../partials/header') %>
<!-- end-to-end encrypted note: decrypted in the browser with the key from the URL fragment (#k=...) -->
<div id="note"
     data-iv="{rs(r, 16, B64)}"
     data-alg="AES-GCM"
     data-ciphertext="{rs(r, r.choice([96, 128, 172]), B64)}=">
</div>
<script src="/js/decrypt.<%= assetHash %>.js"></script>
"""


@L("twig_encore_entrypoints", "symfony", "asset_fingerprint")
def _l(r):
    return "templates/_assets.html.twig", f"""{{# generated from public/build/entrypoints.json #}}
<link rel="stylesheet" href="/build/app.{rs(r, 8, HEX)}.css" integrity="{sri(r)}">
<script src="/build/runtime.{rs(r, 8, HEX)}.js" integrity="{sri(r)}" defer></script>
<script src="/build/app.{rs(r, 8, HEX)}.js" integrity="{sri(r)}" defer></script>
<meta name="csrf-token" content="{{{{ csrf_token('app') }}}}">
"""


@L("compose_tmpl_digests", "docker", "image_digest")
def _l(r):
    return "deploy/templates/docker-compose.prod.yml.tmpl", f"""# rendered by release.sh (envsubst)
services:
  web:
    image: ghcr.io/{shop(r)}/{app(r)}@sha256:{rs(r, 64, HEX)}
    environment:
      DATABASE_URL: ${{DATABASE_URL}}
      SECRET_KEY: ${{SECRET_KEY}}
      RELEASE: "{gitsha(r)}"
  proxy:
    image: caddy:2.7@sha256:{rs(r, 64, HEX)}
"""


@L("hbs_build_meta", "handlebars", "version_info")
def _l(r):
    return "templates/partials/footer.hbs", f"""<footer>
  <small>© {{{{year}}}} {app(r).capitalize()} · v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 30)}-rc.{r.randint(1, 9)}+{gitsha(r)[:7]}</small>
  <small data-etag='W/"{rs(r, 8, HEX)}-{rs(r, 27, B64U)}"'>{{{{t "footer.rights"}}}}</small>
  <script src="/assets/vendor-{rs(r, 20, HEX)}.js" integrity="{sri(r)}" crossorigin="anonymous"></script>
</footer>
"""


@L("j2_vault_refs", "ansible", "secret_refs")
def _l(r):
    return "roles/app/templates/app.env.j2", f"""# {{{{ ansible_managed }}}} – values come from ansible-vault (group_vars/{r.choice(['prod', 'production', 'prd'])}/vault.yml)
DATABASE_URL=postgres://{{{{ vault_db_user }}}}:{{{{ vault_db_password }}}}@{{{{ db_host }}}}/{{{{ db_name }}}}
STRIPE_SECRET_KEY={{{{ vault_stripe_secret_key }}}}
SENTRY_DSN=https://{rs(r, 32, HEX)}@o{r.randint(100000, 999999)}.ingest.sentry.io/{r.randint(1000000, 9999999)}
SESSION_COOKIE_NAME=_{app(r)}_session
BUILD_SHA={gitsha(r)}
INSTANCE_ID={uuid4(r)}
"""


@L("jsp_serials", "java", "ids")
def _l(r):
    return "src/main/webapp/WEB-INF/views/license/info.jsp", f"""<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%-- licença: apenas o número de série é mostrado, a chave fica no servidor --%>
<dl>
  <dt>Serial</dt><dd>{'-'.join(rs(r, 5, UPP + DIG) for _ in range(5))}</dd>
  <dt>Instalação</dt><dd>{uuid4(r)}</dd>
  <dt>Build</dt><dd>{r.randint(2019, 2025)}.{r.randint(1, 12)}.{r.randint(100, 999)}-{gitsha(r)[:10]}</dd>
  <dt>Fingerprint</dt><dd>{':'.join(rs(r, 2, HEXU) for _ in range(20))}</dd>
</dl>
<input type="hidden" name="${{_csrf.parameterName}}" value="${{_csrf.token}}"/>
"""


@L("mustache_placeholders_doc", "docs", "placeholders")
def _l(r):
    return "templates/README.config.mustache", f"""# Configuration for {{{{name}}}}

Copy `config.example.json` and fill in:

| key | example |
|-----|---------|
| `stripeSecretKey` | `sk_live_...` (never commit) |
| `sendgridApiKey` | `SG.xxxxxxxx.xxxxxxxx` |
| `databaseUrl` | `postgres://user:password@localhost:5432/app` |
| `requestSalt` | `{rs(r, 16, HEX)}` (public, used for cache keys) |

Generated {{{{date}}}} from commit {gitsha(r)[:12]}.
"""


@L("astro_integrity", "astro", "sri_hash")
def _l(r):
    return "src/layouts/Base.astro", f"""---
const {{ title }} = Astro.props;
const buildHash = '{rs(r, 12, HEX)}';
---
<html lang="es">
  <head>
    <title>{{title}}</title>
    <link rel="stylesheet" href={{`/_astro/index.${{buildHash}}.css`}} />
    <script is:inline src="https://unpkg.com/htmx.org@1.9.10" integrity="{sri(r)}" crossorigin="anonymous"></script>
  </head>
  <body><slot /></body>
</html>
"""


@L("pt_uuid_tal", "chameleon", "uuid")
def _l(r):
    return "%s/templates/widgets/item.pt" % app(r), f"""<div xmlns:tal="http://xml.zope.org/namespaces/tal"
     tal:define="widget_id string:{uuid4(r)}; etag string:{rs(r, 32, HEX)}"
     class="widget" id="${{widget_id}}" data-etag="${{etag}}">
  <span tal:content="item.title">Title</span>
  <input type="hidden" name="csrf_token" value="${{request.session.get_csrf_token()}}"/>
</div>
"""


# ----------------------------------------------------------------------------------------
def neg_value(r, t):
    """Pick a non-secret value for the secret slot of template t."""
    fn, prefix, examples, public = G[t["gen"]]
    opts = [("placeholder", 25), ("empty", 6), ("masked", 12)]
    if t["ctx"]:
        opts.append(("reference", 30))
    if examples:
        opts.append(("example", 14))
    if public:
        opts.append(("public", 14))
    tot = sum(w for _, w in opts)
    x = r.uniform(0, tot)
    for name, w in opts:
        x -= w
        if x <= 0:
            break
    if name == "placeholder":
        p = r.choice(PLACEHOLDERS)
        if prefix and r.random() < 0.3 and not prefix.startswith("http"):
            p = prefix + r.choice(["xxxxxxxxxxxxxxxxxxxx", "YOUR_KEY_HERE", "...", "<redacted>"])
        return name, p
    if name == "empty":
        return name, ""
    if name == "masked":
        m = r.choice(MASKED)
        if prefix and r.random() < 0.4 and not prefix.startswith("http"):
            m = prefix + "*" * r.randint(8, 20)
        return name, m
    if name == "reference":
        return name, ref_expr(r, t["ctx"], t["var"])
    if name == "example":
        return name, r.choice(examples)
    return name, public(r)


COMMENT = [
    ((".j2", ".twig", ".njk"), "{# %s #}"), ((".latte",), "{* %s *}"), ((".erb", ".ejs"), "<%%# %s %%>"),
    ((".hbs", ".handlebars"), "{{!-- %s --}}"), ((".mustache",), "{{! %s }}"),
    ((".liquid",), "{%% comment %%} %s {%% endcomment %%}"), ((".tpl",), "{* %s *}"),
    ((".vm",), "## %s"), ((".ftl",), "<#-- %s -->"), ((".gohtml",), "{{/* %s */}}"),
    ((".cshtml",), "@* %s *@"), ((".jsp",), "<%%-- %s --%%>"), ((".mako",), "## %s"),
    ((".pug",), "//- %s"), ((".slim",), "/ %s"), ((".haml",), "-# %s"),
]
NOTES = ["maintainer: %(n)s", "last change %(d)s (%(t)s)", "do not edit the rendered copy, edit this template",
         "owner: team-%(a)s", "reviewed by %(n)s – %(d)s", "Änderungen bitte per MR (%(t)s)",
         "plantilla revisada %(d)s", "see docs/%(a)s/README.md", "keep in sync with staging", "ticket %(t)s"]


def preamble(r, path, text):
    """Optionally prepend template-language comments so the secret line varies."""
    if r.random() < 0.45 or text.startswith(("---", "<?php", "<%@", "<%!", "extends", "@page", "@model", "@using", "#!")):
        return text
    fmt = None
    if path.endswith(".tmpl") or path.endswith(".tpl") and "{{" in text:
        fmt = "{{/* %s */}}" if "{{" in text else "# %s"
    else:
        for exts, f in COMMENT:
            if path.endswith(exts):
                fmt = f
                break
    if not fmt:
        return text
    vals = {"n": r.choice(FIRST), "d": "20%02d-%02d-%02d" % (r.randint(19, 25), r.randint(1, 12), r.randint(1, 28)),
            "t": "%s-%d" % (r.choice(["OPS", "WEB", "INFRA", "SHOP", "PLAT"]), r.randint(100, 4999)), "a": app(r)}
    lines = [fmt % (n % vals) for n in r.sample(NOTES, r.randint(1, 4))]
    return "\n".join(lines) + "\n" + text


def clean_rel(p):
    return p.replace("\\", "/").lstrip("/")


def ftype(path):
    b = os.path.basename(path)
    for ext in (".html.twig", ".blade.php", ".html.erb", ".html.haml", ".html.slim", ".yml.erb", ".yml.j2", ".conf.j2"):
        if b.endswith(ext):
            return ext.lstrip(".")
    if "." in b:
        return b.rsplit(".", 1)[1]
    return b


def main():
    if len(sys.argv) != 3:
        print("usage: python3 -B gen_ne.py OUTDIR SEED", file=sys.stderr)
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    seen = set()

    def write(rel, text):
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    # positives: every template at least once, then random
    order = list(range(len(TEMPLATES)))
    r.shuffle(order)
    while len(order) < 500:
        order.append(r.randrange(len(TEMPLATES)))
    order = order[:500]
    r.shuffle(order)
    for i, ti in enumerate(order):
        t = TEMPLATES[ti]
        while True:
            val = G[t["gen"]][0](r)
            if isinstance(val, tuple):
                val, needle = val
            else:
                needle = val
            if needle not in seen:
                break
        seen.add(needle)
        path, text = t["fn"](r, val, False)
        text = preamble(r, path, text)
        idx = text.find(needle)
        assert idx >= 0, (t["name"], needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1]
        rel = "pos/p%04d/%s" % (i, clean_rel(path))
        write(rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": ftype(path), "template": t["name"]})
        secrets.append({"file": rel, "needle": needle, "line": line})

    # negatives: 250 template re-use + 250 look-alikes, interleaved
    negs = [("tpl", r.randrange(len(TEMPLATES))) for _ in range(250)]
    lk = list(range(len(LOOK)))
    r.shuffle(lk)
    while len(lk) < 250:
        lk.append(r.randrange(len(LOOK)))
    negs += [("look", x) for x in lk[:250]]
    r.shuffle(negs)
    for i, (typ, ti) in enumerate(negs):
        if typ == "tpl":
            t = TEMPLATES[ti]
            sub, val = neg_value(r, t)
            path, text = t["fn"](r, val, True)
            text = preamble(r, path, text)
            meta = {"provider": t["provider"], "kind": "%s/%s" % (t["kind"], sub), "template": t["name"]}
        else:
            t = LOOK[ti]
            path, text = t["fn"](r)
            text = preamble(r, path, text)
            meta = {"provider": t["provider"], "kind": t["kind"], "template": "look:" + t["name"]}
        base = os.path.basename(path)
        assert not (base == ".env" or base.startswith(".env.") and base not in (".env.example", ".env.sample"))
        for nd in seen:
            assert nd not in text
        rel = "neg/n%04d/%s" % (i, clean_rel(path))
        write(rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": meta["provider"], "kind": meta["kind"],
                         "filetype": ftype(path), "template": meta["template"]})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
