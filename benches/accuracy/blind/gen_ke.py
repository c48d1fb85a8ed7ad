#!/usr/bin/env python3
"""Blind evaluation-set generator "ke": self-hosted web analytics, tag management
and consent servers.

EMPHASIS
    Domain: self-hosted / privacy-friendly web analytics and tag servers and the
    scripts around them.  Providers: Matomo (config.ini.php database password,
    [General] salt, SMTP password, token_auth for the Reporting/Tracking API,
    import_logs.py), Plausible Community Edition (SECRET_KEY_BASE, TOTP_VAULT_KEY,
    Postgres/ClickHouse URLs, Stats API keys, Google OAuth client secret), Umami
    (APP_SECRET, DATABASE_URL, admin login), PostHog self-hosted (Django SECRET_KEY,
    ENCRYPTION_SALT_KEYS, ClickHouse password, personal API keys phx_), Countly
    (dashboard api_key vs SDK app_key, MongoDB password), Snowplow (Iglu Server
    superApiKey, Iglu resolver apikey, enrichment/collector passwords in HOCON and
    JSON), Open Web Analytics (owa-config.php constants), GoatCounter API tokens,
    Fathom and Simple Analytics API keys, Pirsch client secrets and access keys,
    Ackee, Rybbit (BETTER_AUTH_SECRET, ClickHouse), Shynet (Django secret key),
    GA4 Measurement Protocol api_secret used from server-side GTM style code, and
    small consent-log services next to Klaro/Osano/Cookiebot.
    File types: PHP (config.ini.php, owa-config.php, tracker code), INI, HOCON,
    YAML (docker-compose, Helm values, Kubernetes, GitHub Actions, Ansible), JSON,
    env-style .conf / systemd units, JavaScript/TypeScript, Python, Go, Ruby,
    shell/curl, Markdown, Terraform, XML (ClickHouse users.xml), SQL, CSV,
    .properties, logs, HTML.

USAGE
    python3 -B gen_ke.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    and OUTDIR/secrets.jsonl.  All randomness comes from random.Random(SEED);
    the output is byte-identical for one SEED.  Standard library only.

NEEDLE CONVENTIONS
    The needle is the secret value only, exactly as written in the file:
    - key=value, YAML, JSON, HOCON, INI, PHP define(): the value without quotes.
    - URLs / connection strings (postgres://user:PASS@host, http://u:PASS@ch:8123,
      mongodb://...): only the password component.
    - Query strings (token_auth=..., api_key=..., api_secret=...): only the value.
    - Headers (Authorization: Bearer X, Api-Key: X): only X, without "Bearer ".
    - Prefixed keys (phx_, sa_api_key_, pa_, GOCSPX-): the whole key including
      its prefix.  Fathom "id|token" tokens: the whole "id|token" string.
    - Client id + secret pairs: the needle is the secret; the client id is
      treated as a public identifier.
    - No multi-line needles are produced (this domain has no PEM private keys).
    "line" is the 1-based line of the needle's first occurrence; the program
    asserts the needle is on that line.

NEGATIVES
    250 re-use positive templates with the secret slot holding: a placeholder
    (<your-token-auth>, YOUR_API_KEY_HERE, changeme, xxxx...), an empty value, a
    masked value (****, [REDACTED]), an environment reference (${VAR},
    os.environ[...], process.env.X, getenv(), ENV[...], os.Getenv), a template
    expression (Helm, Jinja/Ansible, GitHub Actions), a secret-manager reference
    (vault:..., op://...), a documented example value (GoatCounter's
    2q2snk7c... key, Simple Analytics' sa_api_key_xxxx..., Iglu's documented
    superApiKey, PostHog's phx_1234567890abcdef, Matomo token_auth=anonymous ...),
    or a value the provider documents as public (PostHog phc_ project keys,
    Countly SDK app_key, GA4 G- measurement ids, Fathom site ids, Pirsch
    identification codes, Cookiebot cbid).  No negative is written to a file named
    .env / .env.* / *.env; such paths get an .example suffix.
    250 are look-alikes: tracking snippets with site ids, Umami website UUIDs,
    GTM container ids and exports, visitor ids, hashed visitor ids, SRI and
    image digests, lock-file integrity hashes, SealedSecret/SOPS ciphertext,
    certificates and SSH public keys, checksum files, event dumps, logs, etc.

FORMATS CHECKED (search tool, providers' docs and real config files)
    - Matomo: token_auth is created under Personal > Security and sent as the
      token_auth parameter (POST recommended); config.ini.php [database]
      host/username/password/dbname and [General] salt = 32 lowercase hex
      (seen in real config.ini.php files); token_auth shown as 32 hex chars.
    - Plausible CE: SECRET_KEY_BASE from `openssl rand -base64 48` (64 chars),
      TOTP_VAULT_KEY from `openssl rand -base64 32` (44 chars).
    - Umami: DATABASE_URL=postgresql://user:password@host:port/db, APP_SECRET a
      random string, suggested `openssl rand -base64 32`.
    - PostHog: personal API keys start phx_, project API keys phc_ are public
      by design; self-hosted SECRET_KEY from `openssl rand -hex 32`.
    - Countly: api_key (dashboard, full read/write) vs app_key (SDK, safe to
      embed, write-only /i endpoint).
    - Snowplow Iglu Server: HOCON with database.password and superApiKey as a
      UUID; igluctl takes the API key (UUID) positionally; docs show
      bb7b7503-40d3-... and 00000000-0000-... as examples.
    - Simple Analytics: Api-Key header, key starts sa_api_key_ (36 chars after
      the prefix in the docs' xxxx example), User-Id sa_user_id_<uuid>.
    - GoatCounter: Authorization: Bearer <token>; documented example token is 51
      lowercase alphanumerics.
    - Pirsch: client_id + client_secret exchanged at /api/v1/token, or a single
      access key starting pa_ (the published example has 45 chars after pa_).
    - GA4 Measurement Protocol: POST /mp/collect?measurement_id=G-...&api_secret=...
      (secret created under Data Streams > Measurement Protocol API secrets).
    - Fathom: API tokens created at app.usefathom.com/api, sent as Bearer.

DOUBTS
    - PostHog phx_ length/alphabet not confirmed (43 alphanumerics assumed, same
      as phc_ keys).  ENCRYPTION_SALT_KEYS assumed 32 hex (openssl rand -hex 16).
    - Matomo 4/5 token_auth assumed 32 lowercase hex (md5-sized); not confirmed
      in Matomo's own docs, only third-party pages.
    - Countly api_key assumed 32 hex, app_key 40 hex: not confirmed.
    - GA4 api_secret assumed 22 chars of [A-Za-z0-9_-]: not confirmed.
    - Fathom token format not documented; a Laravel-Sanctum-like "N|40 chars"
      form is assumed.  Plausible Stats API key assumed 64 url-safe base64 chars.
    - Simple Analytics key alphabet after sa_api_key_ assumed alphanumeric.
    - OWA API key assumed 32 hex; OWA_AUTH_KEY etc. assumed WordPress-like
      64-char printable salts.  Rybbit BETTER_AUTH_SECRET assumed 32 bytes hex.
    - Pirsch client secret length (64 alphanumerics) and client id (32) assumed.
    - Consent servers (Klaro/Osano/Cookiebot) publish no server-side secret
      format; their positives are ordinary DB/admin passwords of a consent-log
      service, their public ids appear only among negatives.
    - One search hit was a secret scanner's detector file (keyhog-core
      simpleanalytics-api-key.toml); it was not used.
"""
import json
import os
import random
import re
import string
import sys

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
DJANGO = "abcdefghijklmnopqrstuvwxyz0123456789!^&*(-_=+)"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def g_hex(n):
    return lambda r: rs(r, HEX, n)


def g_b64bytes(nbytes):
    """Standard base64 of nbytes random bytes (with padding), like openssl rand -base64."""
    def f(r):
        raw = bytes(r.randrange(256) for _ in range(nbytes))
        import base64
        return base64.b64encode(raw).decode()
    return f


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def g_uuid(r):
    return uuid4(r)


def g_password(r):
    style = r.randrange(4)
    if style == 0:
        return rs(r, ALNUM, r.randint(20, 32))
    if style == 1:
        return rs(r, ALNUM + "-_.~", r.randint(18, 28))
    if style == 2:
        words = ["Tundra", "Maple", "Orbit", "Falcon", "Quartz", "Harbor", "Velvet", "Cobalt",
                 "Lumen", "Basalt", "Juniper", "Saffron", "Glacier", "Meadow", "Pylon", "Zephyr"]
        return "%s-%s-%s%d%s" % (r.choice(words), r.choice(words).lower(), r.choice(words),
                                 r.randint(10, 99), r.choice("!.-_") + rs(r, ALNUM, 4))
    return rs(r, string.ascii_letters, 3) + rs(r, ALNUM, 14) + r.choice("!*-_.") + rs(r, ALNUM, 5)


def g_django(r):
    return rs(r, DJANGO, 50)


def g_phx(r):
    return "phx_" + rs(r, ALNUM, 43)


def g_phc(r):
    return "phc_" + rs(r, ALNUM, 43)


def g_sa(r):
    return "sa_api_key_" + rs(r, ALNUM, 36)


def g_pa(r):
    return "pa_" + rs(r, ALNUM, 45)


def g_goat(r):
    return rs(r, LOWER_ALNUM, 51)


def g_mp(r):
    return rs(r, B64URL, 22)


def g_gocspx(r):
    return "GOCSPX-" + rs(r, B64URL, 28)


def g_fathom(r):
    return "%d|%s" % (r.randint(100, 99999), rs(r, ALNUM, 40))


def g_plausible_api(r):
    return rs(r, B64URL, 64)


def g_owa_salt(r):
    alpha = string.ascii_letters + string.digits + "!*()-_=+[]{}<>~.:;|"
    return rs(r, alpha, 64)


def g_ga_mid(r):
    return "G-" + rs(r, string.ascii_uppercase + string.digits, 10)


def g_gtm(r):
    return "GTM-" + rs(r, string.ascii_uppercase + string.digits, 7)


def g_fathom_site(r):
    return rs(r, string.ascii_uppercase, 8)


# ---------------------------------------------------------------- helpers
def fill(tpl, **kw):
    import textwrap
    s = textwrap.dedent(tpl).lstrip("\n")
    for k in sorted(kw):
        s = s.replace("@" + k + "@", str(kw[k]))
    if not s.endswith("\n"):
        s += "\n"
    return s


def host(r):
    return r.choice(["analytics", "stats", "matomo", "metrics", "insights", "track", "m"]) + "." + \
        r.choice(["acme-shop.io", "northwind.dev", "example.org", "lumen-books.com", "fjordline.net",
                  "brightcart.eu", "tallis.app", "kestrel.io", "orbitly.co"])


def site(r):
    return r.choice(["acme-shop.io", "northwind.dev", "lumen-books.com", "fjordline.net",
                     "brightcart.eu", "tallis.app", "kestrel.io", "orbitly.co", "docs.pyrite.dev",
                     "blog.hearth.camp"])


def ip4(r):
    return "%d.%d.%d.%d" % (r.choice([10, 172, 192, 91, 185, 52]), r.randint(0, 255), r.randint(0, 255),
                            r.randint(1, 254))


def email(r):
    return r.choice(["ops", "analytics", "web", "admin", "devops", "data"]) + "@" + site(r)


def dbuser(r):
    return r.choice(["matomo", "analytics", "stats", "piwik", "mtm_app", "report_ro"])


def ua(r):
    return r.choice([
        "Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    ])


def date(r):
    return "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return "%sT%02d:%02d:%02dZ" % (date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def ver(r):
    return "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 9))


def pick(r, *opts):
    return r.choice(opts)


POS = []   # registry of positive templates
NEG = []   # registry of look-alike negative templates


def pos(provider, kind, gen, var, lang, ex=(), pub=None):
    """Register a positive template.  The render function returns (relpath, text)
    with the marker @V@ where the secret goes."""
    def deco(fn):
        POS.append(dict(name=fn.__name__, provider=provider, kind=kind, gen=gen, var=var,
                        lang=lang, ex=tuple(ex), pub=pub, render=fn))
        return fn
    return deco


def neg(provider, kind):
    def deco(fn):
        NEG.append(dict(name=fn.__name__, provider=provider, kind=kind, render=fn))
        return fn
    return deco


# =================================================================== POSITIVES
# ------------------------------------------------------------------- Matomo
def _matomo_plugins(r):
    pl = ["CorePluginsAdmin", "CoreAdminHome", "CoreHome", "WebsiteMeasurable", "Diagnostics",
          "CoreVisualizations", "Proxy", "API", "Widgetize", "Transitions", "LanguagesManager",
          "Actions", "Dashboard", "MultiSites", "Referrers", "UserLanguage", "DevicesDetection",
          "Goals", "Ecommerce", "SEO", "Events", "UserCountry", "GeoIp2", "VisitsSummary",
          "VisitFrequency", "VisitTime", "VisitorInterest", "Live", "PrivacyManager", "TagManager"]
    n = r.randint(8, 18)
    return "\n".join('Plugins[] = "%s"' % p for p in pl[:n])


@pos("matomo", "db_password", g_password, "MATOMO_DATABASE_PASSWORD", "ini",
     ex=("matomo",))
def p_matomo_ini_dbpass(r):
    return pick(r, "config/config.ini.php", "matomo/config/config.ini.php", "docker/matomo/config.ini.php"), fill('''
        ; <?php exit; ?> DO NOT REMOVE THIS LINE
        ; file automatically generated or modified by Matomo; you can manually override the default values in global.ini.php by redefining them in this file.
        [database]
        host = "@DBH@"
        username = "@USER@"
        password = "@V@"
        dbname = "matomo"
        tables_prefix = "matomo_"
        charset = "utf8mb4"

        [General]
        trusted_hosts[] = "@HOST@"
        assume_secure_protocol = 1
        proxy_client_headers[] = "HTTP_X_FORWARDED_FOR"
        force_ssl = 1
        browser_archiving_disabled_enforce = 1

        [mail]
        transport = "smtp"
        host = "smtp.@SITE@"
        port = 587

        [Plugins]
        @PLUG@
        ''', DBH=pick(r, "db", "mariadb", "127.0.0.1", "matomo-db.internal"), USER=dbuser(r),
        HOST=host(r), SITE=site(r), PLUG=_matomo_plugins(r))


@pos("matomo", "salt", g_hex(32), "MATOMO_SALT", "ini")
def p_matomo_ini_salt(r):
    return pick(r, "config/config.ini.php", "deploy/matomo/config.ini.php"), fill('''
        ; <?php exit; ?> DO NOT REMOVE THIS LINE
        ; file automatically generated or modified by Matomo; you can manually override the default values in global.ini.php by redefining them in this file.
        [database]
        host = "${MATOMO_DATABASE_HOST}"
        username = "${MATOMO_DATABASE_USERNAME}"
        password = "${MATOMO_DATABASE_PASSWORD}"
        dbname = "matomo"
        tables_prefix = "matomo_"

        [General]
        proxy_client_headers[] = "HTTP_X_FORWARDED_FOR"
        salt = "@V@"
        trusted_hosts[] = "@HOST@"
        enable_trusted_host_check = 1
        enable_browser_archiving_triggering = 0
        datatable_archiving_maximum_rows_actions = @ROWS@
        minimum_memory_limit_when_archiving = 1536

        [log]
        log_writers[] = file
        log_level = WARN

        [Plugins]
        @PLUG@
        ''', HOST=host(r), ROWS=r.choice([500, 1000, 5000, 9000]), PLUG=_matomo_plugins(r))


@pos("matomo", "smtp_password", g_password, "MATOMO_MAIL_PASSWORD", "ini")
def p_matomo_ini_mail(r):
    return "config/config.ini.php", fill('''
        ; <?php exit; ?> DO NOT REMOVE THIS LINE
        [database]
        host = "@DBH@"
        username = "@USER@"
        password = "${MATOMO_DB_PASSWORD}"
        dbname = "matomo_prod"

        [General]
        trusted_hosts[] = "@HOST@"
        noreply_email_address = "noreply@@SITE@"
        noreply_email_name = "Matomo Reports"

        [mail]
        defaultHostnameIfEmpty = "@SITE@"
        transport = "smtp"
        port = 587
        host = "smtp.mailgun.org"
        type = "Login"
        username = "postmaster@mg.@SITE@"
        password = "@V@"
        encryption = "tls"
        ''', DBH=pick(r, "db", "10.0.3.12"), USER=dbuser(r), HOST=host(r), SITE=site(r))


@pos("matomo", "reporting_api_token", g_hex(32), "MATOMO_TOKEN_AUTH", "shell",
     ex=("anonymous",))
def p_matomo_import_logs(r):
    return pick(r, "scripts/import-access-logs.sh", "ops/cron/matomo-import.sh", "bin/import_logs.sh"), fill('''
        #!/usr/bin/env bash
        # Nightly import of nginx access logs into Matomo (site @IDS@).
        set -euo pipefail

        LOG_DIR=/var/log/nginx
        MATOMO_URL=https://@HOST@/

        for f in "$LOG_DIR"/access.log.1 "$LOG_DIR"/access.log; do
          python3 /var/www/matomo/misc/log-analytics/import_logs.py \\
            --url="$MATOMO_URL" \\
            --idsite=@IDS@ \\
            --token-auth=@V@ \\
            --recorders=4 \\
            --enable-http-errors --enable-http-redirects --enable-static \\
            "$f"
        done

        echo "import finished at $(date -Is)"
        ''', IDS=r.randint(1, 30), HOST=host(r))


@pos("matomo", "reporting_api_token", g_hex(32), "MATOMO_TOKEN_AUTH", "py", ex=("anonymous",))
def p_matomo_py_report(r):
    return pick(r, "reports/matomo_weekly.py", "analytics/export_visits.py", "tools/matomo_report.py"), fill('''
        """Pull last week's visit summary from Matomo and post it to the team channel."""
        import datetime
        import requests

        MATOMO_URL = "https://@HOST@/index.php"
        MATOMO_TOKEN_AUTH = "@V@"
        SITE_ID = @IDS@


        def fetch_summary(period="week", date="lastWeek"):
            resp = requests.post(
                MATOMO_URL,
                data={
                    "module": "API",
                    "method": "VisitsSummary.get",
                    "idSite": SITE_ID,
                    "period": period,
                    "date": date,
                    "format": "JSON",
                    "token_auth": MATOMO_TOKEN_AUTH,
                },
                timeout=30,
            )
            resp.raise_for_status()
            return resp.json()


        if __name__ == "__main__":
            data = fetch_summary()
            print(datetime.date.today(), data.get("nb_visits"), data.get("bounce_rate"))
        ''', HOST=host(r), IDS=r.randint(1, 40))


@pos("matomo", "reporting_api_token", g_hex(32), "MATOMO_TOKEN", "php")
def p_matomo_php_tracker(r):
    return pick(r, "src/Analytics/ServerSideTracker.php", "app/Services/MatomoTracking.php"), fill('''
        <?php

        declare(strict_types=1);

        namespace App\\Analytics;

        use MatomoTracker;

        final class ServerSideTracker
        {
            private MatomoTracker $tracker;

            public function __construct(int $idSite = @IDS@)
            {
                $this->tracker = new MatomoTracker($idSite, 'https://@HOST@/');
                // token needed so that setIp()/setForceVisitDateTime() are accepted
                $this->tracker->setTokenAuth('@V@');
                $this->tracker->setRequestTimeout(3);
            }

            public function trackOrder(string $orderId, float $revenue, string $ip): void
            {
                $this->tracker->setIp($ip);
                $this->tracker->doTrackEcommerceOrder($orderId, $revenue);
            }
        }
        ''', IDS=r.randint(1, 20), HOST=host(r))


@pos("matomo", "reporting_api_token", g_hex(32), "MATOMO_TOKEN_AUTH", "shell", ex=("anonymous",))
def p_matomo_curl(r):
    return pick(r, "docs/runbooks/matomo-api.md", "docs/analytics/reporting.md"), fill('''
        # Matomo reporting API: quick checks

        Our instance lives at https://@HOST@ (site id @IDS@).

        Top pages for yesterday:

        ```bash
        curl -s https://@HOST@/index.php \\
          -d module=API -d method=Actions.getPageUrls \\
          -d idSite=@IDS@ -d period=day -d date=yesterday \\
          -d format=json -d filter_limit=20 \\
          -d token_auth=@V@
        ```

        Use POST, not GET, so the token does not end up in access logs.
        ''', HOST=host(r), IDS=r.randint(1, 12))


@pos("matomo", "admin_password", g_password, "MATOMO_PASSWORD", "yaml")
def p_matomo_helm(r):
    return pick(r, "deploy/matomo/values.yaml", "helm/matomo/values-prod.yaml"), fill('''
        # values for bitnami/matomo
        matomoUsername: admin
        matomoPassword: "@V@"
        matomoEmail: @EMAIL@
        matomoWebsiteName: "@SITE@"
        matomoWebsiteHost: https://@SITE@

        ingress:
          enabled: true
          hostname: @HOST@
          tls: true

        mariadb:
          enabled: false
        externalDatabase:
          host: mariadb-primary.analytics.svc.cluster.local
          port: 3306
          user: matomo
          database: matomo
          existingSecret: matomo-db

        resources:
          requests:
            cpu: 250m
            memory: 512Mi
        ''', EMAIL=email(r), SITE=site(r), HOST=host(r))


@pos("matomo", "db_password", g_password, "MATOMO_DATABASE_PASSWORD", "yaml", ex=("matomo",))
def p_matomo_compose(r):
    return pick(r, "docker-compose.yml", "matomo/docker-compose.yml", "compose.yaml"), fill('''
        services:
          db:
            image: mariadb:10.11
            command: --max-allowed-packet=64MB
            restart: unless-stopped
            volumes:
              - db:/var/lib/mysql
            environment:
              - MARIADB_RANDOM_ROOT_PASSWORD=yes
              - MARIADB_DATABASE=matomo
              - MARIADB_USER=matomo
              - MARIADB_PASSWORD=@V@

          app:
            image: matomo:@MV@-fpm-alpine
            restart: unless-stopped
            links:
              - db
            volumes:
              - matomo:/var/www/html
            environment:
              - MATOMO_DATABASE_HOST=db
              - MATOMO_DATABASE_ADAPTER=mysql
              - MATOMO_DATABASE_TABLES_PREFIX=matomo_
              - MATOMO_DATABASE_USERNAME=matomo
              - MATOMO_DATABASE_DBNAME=matomo

        volumes:
          db:
          matomo:
        ''', MV=pick(r, "5.1", "5.0", "4.16", "5"))


@pos("matomo", "reporting_api_token", g_hex(32), "matomo_token_auth", "tf")
def p_matomo_tfvars(r):
    return pick(r, "infra/analytics/terraform.tfvars", "terraform/envs/prod/matomo.auto.tfvars"), fill('''
        region          = "@REG@"
        environment     = "prod"
        matomo_url      = "https://@HOST@"
        matomo_site_ids = [@IDS@, @IDS2@]

        # used by the Lambda that exports daily reports to S3
        matomo_token_auth = "@V@"

        report_bucket = "acme-analytics-reports-prod"
        schedule      = "cron(15 4 * * ? *)"
        ''', REG=pick(r, "eu-central-1", "eu-west-1", "us-east-2"), HOST=host(r),
        IDS=r.randint(1, 9), IDS2=r.randint(10, 30))


@pos("matomo", "reporting_api_token", g_hex(32), "MATOMO_TOKEN_AUTH", "html")
def p_matomo_widget(r):
    return pick(r, "intranet/dashboard.html", "public/kpi/index.html"), fill('''
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Marketing KPIs</title>
          <link rel="stylesheet" href="/css/intranet.css">
        </head>
        <body>
          <h1>Visits this month</h1>
          <div class="widget">
            <iframe width="100%" height="350" frameborder="0" scrolling="no"
              src="https://@HOST@/index.php?module=Widgetize&action=iframe&moduleToWidgetize=VisitsSummary&actionToWidgetize=getEvolutionGraph&idSite=@IDS@&period=day&date=last30&disableLink=1&widget=1&token_auth=@V@"></iframe>
          </div>
        </body>
        </html>
        ''', HOST=host(r), IDS=r.randint(1, 9))


@pos("matomo", "reporting_api_token", g_hex(32), "MATOMO_API_TOKEN", "js")
def p_matomo_node(r):
    return pick(r, "scripts/sync-goals.mjs", "tools/matomo/sync-goals.js"), fill('''
        // Sync conversion goals from goals.json into Matomo.
        import { readFile } from 'node:fs/promises';

        const base = 'https://@HOST@/index.php';
        const idSite = @IDS@;

        async function call(method, params) {
          const body = new URLSearchParams({
            module: 'API',
            method,
            idSite: String(idSite),
            format: 'JSON',
            token_auth: '@V@',
            ...params,
          });
          const res = await fetch(base, { method: 'POST', body });
          if (!res.ok) throw new Error(`${method} failed: ${res.status}`);
          return res.json();
        }

        const goals = JSON.parse(await readFile(new URL('./goals.json', import.meta.url)));
        for (const g of goals) {
          await call('Goals.addGoal', { name: g.name, matchAttribute: 'url', pattern: g.pattern, patternType: 'contains' });
        }
        console.log(`synced ${goals.length} goals`);
        ''', HOST=host(r), IDS=r.randint(1, 20))


@pos("matomo", "reporting_api_token", g_hex(32), "STATS_MATOMO_AUTH_TOKEN", "php")
def p_matomo_wpconst(r):
    return pick(r, "wp-content/mu-plugins/stats/config.php", "web/app/mu-plugins/matomo-config.php"), fill('''
        <?php
        /**
         * Matomo settings for the server-side tracking mu-plugin.
         */

        /** Matomo base URL */
        define( 'STATS_MATOMO_TRACKER_URL', 'https://@HOST@/' );

        /** Site ID to track */
        define( 'STATS_MATOMO_SITE_ID', @IDS@ );

        /** token with write access so that visitor IPs are recorded */
        define( 'STATS_MATOMO_AUTH_TOKEN', '@V@' );
        ''', HOST=host(r), IDS=r.randint(1, 15))


@pos("matomo", "db_password", g_password, "matomo_db_password", "yaml")
def p_matomo_ansible(r):
    return pick(r, "ansible/group_vars/analytics.yml", "ansible/roles/matomo/defaults/main.yml"), fill('''
        ---
        matomo_version: "@MV@"
        matomo_install_dir: /var/www/matomo
        matomo_domain: @HOST@
        matomo_owner: www-data

        matomo_db_host: localhost
        matomo_db_name: matomo
        matomo_db_user: matomo
        matomo_db_password: "@V@"

        matomo_archive_cron: "5 * * * *"
        php_fpm_socket: /run/php/php8.2-fpm.sock
        ''', MV=pick(r, "5.1.2", "4.16.1", "5.0.3"), HOST=host(r))


@pos("matomo", "db_password", g_password, "MATOMO_DB_PASSWORD", "sql")
def p_matomo_sql(r):
    return pick(r, "db/init/01-matomo.sql", "docker/mariadb/initdb.d/matomo.sql"), fill('''
        -- bootstrap database for Matomo
        CREATE DATABASE IF NOT EXISTS matomo CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

        CREATE USER IF NOT EXISTS '@USER@'@'%' IDENTIFIED BY '@V@';
        GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, DROP, ALTER, CREATE TEMPORARY TABLES, LOCK TABLES ON matomo.* TO '@USER@'@'%';
        GRANT FILE ON *.* TO '@USER@'@'%';

        FLUSH PRIVILEGES;
        ''', USER=dbuser(r))


@pos("matomo", "reporting_api_token", g_hex(32), "token_auth", "log")
def p_matomo_log(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append('%s - - [%s] "GET /matomo.php?idsite=%d&rec=1&r=%06d HTTP/1.1" 204 0 "-" "%s"' % (
            ip4(r), "12/Mar/2024:10:%02d:%02d +0000" % (r.randint(0, 59), r.randint(0, 59)),
            r.randint(1, 9), r.randint(0, 999999), ua(r)))
    leak = '%s - - [12/Mar/2024:10:31:07 +0000] "GET /index.php?module=API&method=Live.getLastVisitsDetails&idSite=3&period=day&date=today&format=json&token_auth=@V@ HTTP/1.1" 200 18734 "-" "python-requests/2.31.0"' % ip4(r)
    lines.insert(r.randint(1, len(lines)), leak)
    return pick(r, "logs/matomo-access.log", "var/log/nginx/analytics.access.log"), "\n".join(lines) + "\n"


# ------------------------------------------------------------------- Plausible
@pos("plausible", "app_secret_key", g_b64bytes(48), "SECRET_KEY_BASE", "env", ex=("replace-me",))
def p_plausible_conf(r):
    return pick(r, "plausible-conf.env", "plausible/plausible-conf.env"), fill('''
        BASE_URL=https://@HOST@
        SECRET_KEY_BASE=@V@
        DISABLE_REGISTRATION=invite_only
        MAILER_EMAIL=@EMAIL@
        SMTP_HOST_ADDR=smtp.@SITE@
        SMTP_HOST_PORT=587
        SMTP_USER_NAME=plausible
        SMTP_HOST_SSL_ENABLED=false
        LOG_LEVEL=warning
        ''', HOST=host(r), EMAIL=email(r), SITE=site(r))


@pos("plausible", "totp_vault_key", g_b64bytes(32), "TOTP_VAULT_KEY", "yaml")
def p_plausible_totp(r):
    return pick(r, "compose.override.yml", "plausible/compose.override.yml"), fill('''
        services:
          plausible:
            ports:
              - 127.0.0.1:8000:8000
            environment:
              BASE_URL: https://@HOST@
              SECRET_KEY_BASE: ${SECRET_KEY_BASE}
              TOTP_VAULT_KEY: "@V@"
              DISABLE_REGISTRATION: "true"
              HTTP_PORT: 8000
          plausible_events_db:
            volumes:
              - ./clickhouse/low-resources.xml:/etc/clickhouse-server/config.d/low-resources.xml:ro
        ''', HOST=host(r))


@pos("plausible", "clickhouse_password", g_password, "CLICKHOUSE_PASSWORD", "yaml")
def p_plausible_churl(r):
    return pick(r, "compose.yml", "plausible/docker-compose.yml"), fill('''
        services:
          plausible_db:
            image: postgres:16-alpine
            restart: always
            volumes:
              - db-data:/var/lib/postgresql/data
            environment:
              - POSTGRES_PASSWORD=${POSTGRES_PASSWORD}

          plausible_events_db:
            image: clickhouse/clickhouse-server:24.3.3.102-alpine
            restart: always
            volumes:
              - event-data:/var/lib/clickhouse
            environment:
              - CLICKHOUSE_USER=plausible
              - CLICKHOUSE_SKIP_USER_SETUP=0

          plausible:
            image: ghcr.io/plausible/community-edition:v@PV@
            restart: always
            command: sh -c "/entrypoint.sh db createdb && /entrypoint.sh db migrate && /entrypoint.sh run"
            depends_on:
              - plausible_db
              - plausible_events_db
            environment:
              - BASE_URL=https://@HOST@
              - DATABASE_URL=postgres://postgres:${POSTGRES_PASSWORD}@plausible_db:5432/plausible_db
              - CLICKHOUSE_DATABASE_URL=http://plausible:@V@@plausible_events_db:8123/plausible_events_db

        volumes:
          db-data:
          event-data:
        ''', PV=pick(r, "2.1.1", "2.1.4", "3.0.1"), HOST=host(r))


@pos("plausible", "db_password", g_password, "POSTGRES_PASSWORD", "yaml", ex=("postgres",))
def p_plausible_k8s(r):
    return pick(r, "k8s/plausible/configmap.yaml", "manifests/plausible-config.yaml"), fill('''
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: plausible-config
          namespace: analytics
          labels:
            app.kubernetes.io/name: plausible
        data:
          BASE_URL: "https://@HOST@"
          DISABLE_REGISTRATION: "invite_only"
          DATABASE_URL: "postgres://plausible:@V@@plausible-postgresql.analytics.svc:5432/plausible"
          CLICKHOUSE_DATABASE_URL: "http://plausible-clickhouse.analytics.svc:8123/plausible_events_db"
          LOG_LEVEL: "info"
        ''', HOST=host(r))


@pos("plausible", "stats_api_key", g_plausible_api, "PLAUSIBLE_API_KEY", "py")
def p_plausible_py(r):
    return pick(r, "jobs/plausible_export.py", "analytics/plausible_stats.py"), fill('''
        import csv
        import sys

        import httpx

        PLAUSIBLE_HOST = "https://@HOST@"
        SITE_ID = "@SITE@"

        client = httpx.Client(
            base_url=PLAUSIBLE_HOST,
            headers={"Authorization": "Bearer @V@"},
            timeout=20.0,
        )


        def breakdown(prop="visit:source", period="30d"):
            r = client.get("/api/v1/stats/breakdown",
                           params={"site_id": SITE_ID, "period": period, "property": prop, "limit": 50})
            r.raise_for_status()
            return r.json()["results"]


        w = csv.writer(sys.stdout)
        w.writerow(["source", "visitors"])
        for row in breakdown():
            w.writerow([row["source"], row["visitors"]])
        ''', HOST=host(r), SITE=site(r))


@pos("plausible", "stats_api_key", g_plausible_api, "PLAUSIBLE_TOKEN", "yaml")
def p_plausible_gha(r):
    return pick(r, ".github/workflows/weekly-traffic.yml", ".github/workflows/stats-digest.yml"), fill('''
        name: weekly traffic digest
        on:
          schedule:
            - cron: "0 7 * * 1"
          workflow_dispatch:

        jobs:
          digest:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - name: Fetch aggregate stats
                run: |
                  curl -sf "https://@HOST@/api/v1/stats/aggregate?site_id=@SITE@&period=7d&metrics=visitors,pageviews,bounce_rate" \\
                    -H "Authorization: Bearer @V@" > stats.json
              - name: Post to Slack
                run: python3 scripts/post_digest.py stats.json
                env:
                  SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}
        ''', HOST=host(r), SITE=site(r))


@pos("plausible", "app_secret_key", g_b64bytes(48), "secretKeyBase", "yaml")
def p_plausible_helm(r):
    return pick(r, "charts/plausible/values-prod.yaml", "deploy/plausible/values.yaml"), fill('''
        image:
          repository: ghcr.io/plausible/community-edition
          tag: v@PV@

        baseURL: https://@HOST@
        disableRegistration: invite_only
        secretKeyBase: "@V@"

        postgresql:
          enabled: true
          auth:
            existingSecret: plausible-postgres
        clickhouse:
          enabled: true
          persistence:
            size: 50Gi

        ingress:
          enabled: true
          className: nginx
          hosts:
            - @HOST@
        ''', PV=pick(r, "2.1.1", "2.1.4"), HOST=host(r))


@pos("plausible", "oauth_client_secret", g_gocspx, "GOOGLE_CLIENT_SECRET", "env")
def p_plausible_google(r):
    cid = "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, LOWER_ALNUM, 32))
    return pick(r, "deploy/plausible/plausible.conf", "etc/plausible/runtime.conf"), fill('''
        # Plausible CE runtime configuration (Search Console integration enabled)
        BASE_URL=https://@HOST@
        SECRET_KEY_BASE=${SECRET_KEY_BASE}
        GOOGLE_CLIENT_ID=@CID@
        GOOGLE_CLIENT_SECRET=@V@
        MAXMIND_EDITION=GeoLite2-City
        DISABLE_REGISTRATION=true
        ''', HOST=host(r), CID=cid)


# ------------------------------------------------------------------- Umami
@pos("umami", "app_secret_key", g_b64bytes(32), "APP_SECRET", "yaml",
     ex=("replace-me-with-a-random-string",))
def p_umami_compose(r):
    return pick(r, "umami/docker-compose.yml", "docker-compose.yml"), fill('''
        services:
          umami:
            image: ghcr.io/umami-software/umami:postgresql-latest
            ports:
              - "3000:3000"
            environment:
              DATABASE_URL: postgresql://umami:${UMAMI_DB_PASSWORD}@db:5432/umami
              DATABASE_TYPE: postgresql
              APP_SECRET: "@V@"
              TRACKER_SCRIPT_NAME: stats.js
            depends_on:
              db:
                condition: service_healthy
            restart: always
          db:
            image: postgres:15-alpine
            environment:
              POSTGRES_DB: umami
              POSTGRES_USER: umami
              POSTGRES_PASSWORD: ${UMAMI_DB_PASSWORD}
            volumes:
              - umami-db-data:/var/lib/postgresql/data
            healthcheck:
              test: ["CMD-SHELL", "pg_isready -U $${POSTGRES_USER} -d $${POSTGRES_DB}"]
              interval: 5s
        volumes:
          umami-db-data:
        ''')


@pos("umami", "db_password", g_password, "DATABASE_URL", "conf", ex=("umami",))
def p_umami_systemd(r):
    return pick(r, "deploy/systemd/umami.service", "ops/umami.service"), fill('''
        [Unit]
        Description=Umami analytics
        After=network.target postgresql.service

        [Service]
        Type=simple
        User=umami
        WorkingDirectory=/opt/umami
        Environment=NODE_ENV=production
        Environment=PORT=3000
        Environment=DATABASE_URL=postgresql://umami:@V@@127.0.0.1:5432/umami
        Environment=APP_SECRET_FILE=/etc/umami/app_secret
        ExecStart=/usr/bin/npm run start
        Restart=on-failure

        [Install]
        WantedBy=multi-user.target
        ''')


@pos("umami", "admin_password", g_password, "UMAMI_PASSWORD", "ts", ex=("umami",))
def p_umami_login(r):
    return pick(r, "scripts/umami-report.ts", "src/lib/umami-client.ts"), fill('''
        // Small client for the Umami API used by the nightly report job.
        const UMAMI = 'https://@HOST@';

        export async function login(): Promise<string> {
          const res = await fetch(`${UMAMI}/api/auth/login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ username: 'reporter', password: '@V@' }),
          });
          if (!res.ok) throw new Error(`login failed (${res.status})`);
          const { token } = await res.json();
          return token;
        }

        export async function pageviews(token: string, websiteId: string, startAt: number, endAt: number) {
          const url = `${UMAMI}/api/websites/${websiteId}/pageviews?startAt=${startAt}&endAt=${endAt}&unit=day`;
          const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
          return res.json();
        }
        ''', HOST=host(r))


@pos("umami", "db_password", g_password, "DATABASE_URL", "env")
def p_umami_dotenv(r):
    return pick(r, ".env", "umami/.env"), fill('''
        DATABASE_URL=postgresql://umami:@V@@db.internal:5432/umami
        DATABASE_TYPE=postgresql
        DISABLE_TELEMETRY=1
        TRACKER_SCRIPT_NAME=insights.js
        ''')


@pos("umami", "app_secret_key", g_b64bytes(32), "umami_app_secret", "tf")
def p_umami_tf(r):
    return pick(r, "infra/umami.tf", "terraform/modules/umami/main.tf"), fill('''
        resource "azurerm_container_app" "umami" {
          name                         = "umami"
          container_app_environment_id = azurerm_container_app_environment.main.id
          resource_group_name          = azurerm_resource_group.analytics.name
          revision_mode                = "Single"

          template {
            container {
              name   = "umami"
              image  = "ghcr.io/umami-software/umami:postgresql-v2.11.3"
              cpu    = 0.5
              memory = "1Gi"

              env {
                name        = "DATABASE_URL"
                secret_name = "umami-database-url"
              }
              env {
                name  = "APP_SECRET"
                value = "@V@"
              }
            }
          }
        }
        ''')


# ------------------------------------------------------------------- PostHog
@pos("posthog", "app_secret_key", g_hex(64), "POSTHOG_SECRET", "yaml",
     ex=("<randomly generated secret key>",))
def p_posthog_secret(r):
    return pick(r, "docker-compose.hobby.yml", "posthog/docker-compose.yml"), fill('''
        services:
          web:
            extends:
              file: docker-compose.base.yml
              service: web
            command: /compose/start
            volumes:
              - ./compose:/compose
            image: posthog/posthog:@TAG@
            environment:
              SITE_URL: https://@HOST@
              SECRET_KEY: @V@
              IS_BEHIND_PROXY: 'true'
              DISABLE_SECURE_SSL_REDIRECT: 'true'
            depends_on:
              - db
              - redis
              - clickhouse
              - kafka
        ''', TAG=pick(r, "latest", "release-1.43.0"), HOST=host(r))


@pos("posthog", "personal_api_key", g_phx, "POSTHOG_PERSONAL_API_KEY", "py",
     ex=("phx_1234567890abcdef",))
def p_posthog_hogql(r):
    return pick(r, "analytics/hogql_export.py", "jobs/posthog_funnel.py"), fill('''
        import requests

        POSTHOG_HOST = "https://@HOST@"
        PROJECT_ID = @PID@
        POSTHOG_PERSONAL_API_KEY = "@V@"

        QUERY = """
        SELECT properties.$current_url AS url, count() AS views
        FROM events
        WHERE event = '$pageview' AND timestamp > now() - INTERVAL 7 DAY
        GROUP BY url ORDER BY views DESC LIMIT 25
        """


        def run():
            resp = requests.post(
                f"{POSTHOG_HOST}/api/projects/{PROJECT_ID}/query/",
                headers={"Authorization": f"Bearer {POSTHOG_PERSONAL_API_KEY}"},
                json={"query": {"kind": "HogQLQuery", "query": QUERY}},
                timeout=60,
            )
            resp.raise_for_status()
            return resp.json()["results"]


        for url, views in run():
            print(f"{views:>8}  {url}")
        ''', HOST=host(r), PID=r.randint(1, 40000))


@pos("posthog", "personal_api_key", g_phx, "POSTHOG_CLI_TOKEN", "yaml", ex=("phx_1234567890abcdef",))
def p_posthog_gha(r):
    return pick(r, ".github/workflows/release.yml", ".github/workflows/sourcemaps.yml"), fill('''
        name: release
        on:
          push:
            tags: ["v*"]

        jobs:
          build:
            runs-on: ubuntu-latest
            env:
              POSTHOG_CLI_HOST: https://@HOST@
              POSTHOG_CLI_ENV_ID: "@PID@"
              POSTHOG_CLI_TOKEN: @V@
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-node@v4
                with:
                  node-version: 20
              - run: npm ci && npm run build
              - name: Upload sourcemaps
                run: npx @posthog/cli sourcemap inject --directory ./dist && npx @posthog/cli sourcemap upload --directory ./dist
        ''', HOST=host(r), PID=r.randint(1, 90000))


@pos("posthog", "personal_api_key", g_phx, "api_key", "tf")
def p_posthog_tf(r):
    return pick(r, "infra/posthog/providers.tf", "terraform/feature-flags/main.tf"), fill('''
        terraform {
          required_providers {
            posthog = {
              source  = "posthog/posthog"
              version = "~> 0.3"
            }
          }
        }

        provider "posthog" {
          host    = "https://@HOST@"
          api_key = "@V@"
        }

        resource "posthog_feature_flag" "new_checkout" {
          project_id          = @PID@
          key                 = "new-checkout"
          name                = "New checkout flow"
          rollout_percentage  = 25
        }
        ''', HOST=host(r), PID=r.randint(1, 5000))


@pos("posthog", "personal_api_key", g_phx, "personalApiKey", "ts", ex=("phx_1234567890abcdef",))
def p_posthog_node(r):
    return pick(r, "src/server/posthog.ts", "apps/api/src/lib/flags.ts"), fill('''
        import { PostHog } from 'posthog-node';

        // project key is public (same one the browser snippet uses)
        export const posthog = new PostHog('@PHC@', {
          host: 'https://@HOST@',
          // personal key enables local evaluation of feature flags
          personalApiKey: '@V@',
          featureFlagsPollingInterval: 30_000,
        });

        export async function isEnabled(flag: string, distinctId: string): Promise<boolean> {
          return (await posthog.isFeatureEnabled(flag, distinctId)) ?? false;
        }
        ''', PHC=g_phc(r), HOST=host(r))


@pos("posthog", "clickhouse_password", g_password, "CLICKHOUSE_PASSWORD", "xml")
def p_posthog_chxml(r):
    return pick(r, "docker/clickhouse/users.d/posthog.xml", "clickhouse/users.xml"), fill('''
        <?xml version="1.0"?>
        <clickhouse>
            <users>
                <posthog>
                    <password>@V@</password>
                    <networks>
                        <ip>::/0</ip>
                    </networks>
                    <profile>default</profile>
                    <quota>default</quota>
                    <access_management>1</access_management>
                </posthog>
            </users>
            <profiles>
                <default>
                    <max_memory_usage>10000000000</max_memory_usage>
                    <load_balancing>random</load_balancing>
                </default>
            </profiles>
        </clickhouse>
        ''')


@pos("posthog", "encryption_salt", g_hex(32), "ENCRYPTION_SALT_KEYS", "yaml")
def p_posthog_salt(r):
    return pick(r, "deploy/posthog/values.yaml", "posthog/values-selfhost.yaml"), fill('''
        cloud: "private"
        ingress:
          hostname: @HOST@
          nginx:
            enabled: true
        env:
          - name: ENCRYPTION_SALT_KEYS
            value: "@V@"
          - name: SITE_URL
            value: "https://@HOST@"
          - name: OBJECT_STORAGE_ENABLED
            value: "true"
        clickhouse:
          persistence:
            size: 100Gi
        ''', HOST=host(r))


# ------------------------------------------------------------------- Countly
def _countly_app_key(r):
    return rs(r, HEX, 40)


@pos("countly", "reporting_api_token", g_hex(32), "COUNTLY_API_KEY", "py", pub=_countly_app_key)
def p_countly_py(r):
    return pick(r, "etl/countly_events.py", "scripts/countly_export.py"), fill('''
        """Export custom event counts from Countly into the warehouse staging table."""
        import os
        import requests

        COUNTLY_SERVER = "https://@HOST@"
        COUNTLY_API_KEY = "@V@"
        APP_ID = "@APPID@"


        def events(period="30days"):
            r = requests.get(
                f"{COUNTLY_SERVER}/o",
                params={"api_key": COUNTLY_API_KEY, "app_id": APP_ID, "method": "events", "period": period},
                timeout=30,
            )
            r.raise_for_status()
            return r.json()


        if __name__ == "__main__":
            print(len(events()), "event buckets", os.getenv("WAREHOUSE_SCHEMA", "staging"))
        ''', HOST=host(r), APPID=rs(r, HEX, 24))


@pos("countly", "db_password", g_password, "COUNTLY_CONFIG__MONGODB_PASSWORD", "js")
def p_countly_config(r):
    return pick(r, "countly/api/config.js", "frontend/express/config.js"), fill('''
        /**
         * Countly API configuration (overrides api/config.sample.js)
         */
        var countlyConfig = {
            mongodb: {
                host: "@MH@",
                db: "countly",
                port: 27017,
                username: "countly",
                password: "@V@",
                max_pool_size: 500,
                dbOptions: { ssl: false }
            },
            api: {
                port: 3001,
                host: "localhost",
                max_sockets: 1024,
                timeout: 120000
            },
            path: "",
            logging: { info: ["jobs", "push"], default: "warn" }
        };

        module.exports = require("./configextender")("API", countlyConfig, process.env);
        ''', MH=pick(r, "mongo-0.mongo.countly.svc", "10.20.1.15", "localhost"))


@pos("countly", "reporting_api_token", g_hex(32), "KEY", "shell", pub=_countly_app_key)
def p_countly_curl(r):
    return pick(r, "scripts/countly-dau.sh", "ops/countly/daily-users.sh"), fill('''
        #!/bin/sh
        # prints yesterday's active users for the mobile app
        SERVER=https://@HOST@
        KEY=@V@
        APP=@APPID@

        curl -s "$SERVER/o?api_key=$KEY&app_id=$APP&method=users&period=yesterday" \\
          | jq '.[] | {t, u, n}'
        ''', HOST=host(r), APPID=rs(r, HEX, 24))


@pos("countly", "reporting_api_token", g_hex(32), "apiKey", "json", pub=_countly_app_key)
def p_countly_json(r):
    return pick(r, "config/exporters/countly.json", "grafana/provisioning/countly-source.json"), fill('''
        {
          "name": "countly-prod",
          "type": "countly",
          "server": "https://@HOST@",
          "appId": "@APPID@",
          "apiKey": "@V@",
          "refreshSeconds": 300,
          "metrics": ["sessions", "users", "events", "crashes"]
        }
        ''', HOST=host(r), APPID=rs(r, HEX, 24))


@pos("countly", "reporting_api_token", g_hex(32), "api_key", "csv")
def p_countly_csv(r):
    rows = ["app_name,app_id,server,api_key,owner"]
    apps = ["ios-store", "android-store", "web-shop", "kiosk"]
    for a in apps[:r.randint(2, 4)]:
        rows.append("%s,%s,https://%s,${COUNTLY_KEY_%s},%s" % (a, rs(r, HEX, 24), host(r), a.upper().replace("-", "_"), email(r)))
    rows.insert(r.randint(1, len(rows)), "partner-portal,%s,https://%s,@V@,%s" % (rs(r, HEX, 24), host(r), email(r)))
    return pick(r, "config/countly-apps.csv", "data/reporting/apps.csv"), "\n".join(rows) + "\n"


# ------------------------------------------------------------------- Snowplow
@pos("snowplow", "iglu_api_key", g_uuid, "IGLU_SUPER_API_KEY", "hocon",
     ex=("bb7b7503-40d3-459c-943a-f8d31a6f5638", "00000000-0000-0000-0000-000000000000"))
def p_iglu_super(r):
    return pick(r, "iglu/config.hocon", "deploy/iglu-server/config.hocon"), fill('''
        {
          "repoServer": {
            "interface": "0.0.0.0"
            "port": 8080
            "threadPool": "cached"
          }
          "database": {
            "type": "postgres"
            "host": "@DBH@"
            "port": 5432
            "dbname": "igludb"
            "username": "iglu"
            "password": ${IGLU_DB_PASSWORD}
            "driver": "org.postgresql.Driver"
          }
          "debug": false
          "patchesAllowed": false
          "superApiKey": "@V@"
          "license": { "accept": true }
        }
        ''', DBH=pick(r, "iglu-db.internal", "postgres", "10.1.4.9"))


@pos("snowplow", "db_password", g_password, "IGLU_DB_PASSWORD", "hocon", ex=("mysecret",))
def p_iglu_dbpass(r):
    return pick(r, "iglu/iglu-server.hocon", "snowplow/iglu/config.hocon"), fill('''
        {
          "database": {
            "host": "@DBH@"
            "dbname": "igludb"
            "username": "iglu_app"
            "password": "@V@"
            "maxPoolSize": 5
          }
          "superApiKey": ${?IGLU_SUPER_API_KEY}
          "repoServer": { "port": 8081 }
        }
        ''', DBH=pick(r, "iglu-db.internal", "postgres"))


@pos("snowplow", "iglu_api_key", g_uuid, "apikey", "json",
     ex=("00000000-0000-0000-0000-000000000000",))
def p_iglu_resolver(r):
    return pick(r, "config/iglu_resolver.json", "snowplow/resolver.json", "enrich/iglu_resolver.json"), fill('''
        {
          "schema": "iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-3",
          "data": {
            "cacheSize": 500,
            "cacheTtl": 600,
            "repositories": [
              {
                "name": "Iglu Central",
                "priority": 0,
                "vendorPrefixes": ["com.snowplowanalytics"],
                "connection": { "http": { "uri": "http://iglucentral.com" } }
              },
              {
                "name": "Acme private registry",
                "priority": 1,
                "vendorPrefixes": ["@VENDOR@"],
                "connection": {
                  "http": {
                    "uri": "https://iglu.@SITE@/api",
                    "apikey": "@V@"
                  }
                }
              }
            ]
          }
        }
        ''', VENDOR=pick(r, "com.acme", "io.northwind", "com.lumenbooks"), SITE=site(r))


@pos("snowplow", "db_password", g_password, "ENRICH_SQL_PASSWORD", "json")
def p_snowplow_sqlenrich(r):
    return pick(r, "enrichments/sql_query_enrichment_config.json", "snowplow/enrichments/sql_query.json"), fill('''
        {
          "schema": "iglu:com.snowplowanalytics.snowplow.enrichments/sql_query_enrichment_config/jsonschema/1-0-0",
          "data": {
            "name": "sql_query_enrichment_config",
            "vendor": "com.snowplowanalytics.snowplow.enrichments",
            "enabled": true,
            "parameters": {
              "inputs": [
                { "placeholder": 1, "pojo": { "field": "user_id" } }
              ],
              "database": {
                "postgresql": {
                  "host": "@DBH@",
                  "port": 5432,
                  "sslMode": true,
                  "username": "enrich_ro",
                  "password": "@V@",
                  "database": "crm"
                }
              },
              "query": { "sql": "SELECT plan, signup_channel FROM accounts WHERE user_id = ? LIMIT 1" },
              "output": { "expectedRows": "AT_MOST_ONE", "json": { "schema": "iglu:com.acme/account/jsonschema/1-0-0", "describes": "ALL_ROWS", "propertyNames": "CAMEL_CASE" } },
              "cache": { "size": 3000, "ttl": 60 }
            }
          }
        }
        ''', DBH=pick(r, "crm-replica.internal", "10.8.2.40"))


@pos("snowplow", "kafka_password", g_password, "KAFKA_SASL_PASSWORD", "hocon")
def p_snowplow_collector(r):
    return pick(r, "collector/config.hocon", "snowplow/collector.hocon"), fill('''
        collector {
          interface = "0.0.0.0"
          port = 8080

          paths {
            "/com.acme/track" = "/com.snowplowanalytics.snowplow/tp2"
          }

          cookie {
            enabled = true
            name = "sp"
            expiration = 365 days
            domains = ["@SITE@"]
          }

          streams {
            good {
              name = "snowplow-raw-good"
              brokers = "@BROKER@:9093"
              producerConf {
                "security.protocol" = "SASL_SSL"
                "sasl.mechanism" = "SCRAM-SHA-512"
                "sasl.jaas.config" = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\\"collector\\" password=\\"@V@\\";"
              }
            }
            bad {
              name = "snowplow-raw-bad"
              brokers = "@BROKER@:9093"
            }
          }
        }
        ''', SITE=site(r), BROKER=pick(r, "kafka-0.kafka.svc", "b-1.msk.internal"))


@pos("snowplow", "iglu_api_key", g_uuid, "IGLU_API_KEY", "shell")
def p_igluctl(r):
    return pick(r, ".gitlab-ci.yml", "ci/publish-schemas.yml"), fill('''
        stages: [lint, publish]

        lint-schemas:
          stage: lint
          image: snowplow/igluctl:0.13.0
          script:
            - igluctl lint schemas/

        publish-schemas:
          stage: publish
          image: snowplow/igluctl:0.13.0
          only: [main]
          script:
            - igluctl static push schemas/ https://iglu.@SITE@/api @V@
        ''', SITE=site(r))


# ------------------------------------------------------------------- Open Web Analytics
@pos("owa", "db_password", g_password, "OWA_DB_PASSWORD", "php")
def p_owa_db(r):
    return pick(r, "owa/owa-config.php", "analytics/owa-config.php"), fill('''
        <?php
        // OWA configuration

        define('OWA_DB_TYPE', 'mysql');
        define('OWA_DB_NAME', 'owa');
        define('OWA_DB_HOST', '@DBH@');
        define('OWA_DB_USER', 'owa');
        define('OWA_DB_PASSWORD', '@V@');
        define('OWA_DB_PORT', '3306');

        define('OWA_PUBLIC_URL', 'https://@HOST@/owa/');
        define('OWA_ERROR_HANDLER', 'production');
        define('OWA_CACHE_OBJECTS', true);
        ?>
        ''', DBH=pick(r, "localhost", "db.internal"), HOST=host(r))


@pos("owa", "salt", g_owa_salt, "OWA_AUTH_KEY", "php")
def p_owa_key(r):
    return pick(r, "owa/owa-config.php", "public/owa/owa-config.php"), fill('''
        <?php
        define('OWA_DB_TYPE', 'mysql');
        define('OWA_DB_NAME', getenv('OWA_DB_NAME'));
        define('OWA_DB_HOST', getenv('OWA_DB_HOST'));
        define('OWA_DB_USER', getenv('OWA_DB_USER'));
        define('OWA_DB_PASSWORD', getenv('OWA_DB_PASSWORD'));

        /**
         * Authentication key used to sign cookies and nonces
         */
        define('OWA_AUTH_KEY', '@V@');

        define('OWA_PUBLIC_URL', 'https://@HOST@/owa/');
        ''', HOST=host(r))


@pos("owa", "reporting_api_token", g_hex(32), "api_key", "php")
def p_owa_api(r):
    return pick(r, "cron/owa_weekly_report.php", "bin/owa-report.php"), fill('''
        <?php
        require_once __DIR__ . '/../vendor/autoload.php';

        $client = new OwaSdk\\sdk([
            'instance_url' => 'https://@HOST@/owa/',
            'credentials'  => [
                'api_key' => '@V@',
            ],
        ]);

        $reporting = $client->createReportingClient();
        $result = $reporting->getReport([
            'siteId'  => '@SID@',
            'period'  => 'last_seven_days',
            'metrics' => 'visits,pageViews,bounceRate',
        ]);

        echo json_encode($result, JSON_PRETTY_PRINT), PHP_EOL;
        ''', HOST=host(r), SID=rs(r, HEX, 32))


# ------------------------------------------------------------------- GoatCounter
GOAT_EX = "2q2snk7clgqs63tr4xc5bwseajlw88qzilr8fq157jz3qxwwmz5"


@pos("goatcounter", "reporting_api_token", g_goat, "GOATCOUNTER_TOKEN", "shell", ex=(GOAT_EX,))
def p_goat_sh(r):
    code = pick(r, "acme", "northwind", "lumen", "fjord")
    return pick(r, "scripts/goatcounter-backend.sh", "bin/count-downloads.sh"), fill('''
        #!/bin/sh
        # Count release downloads server-side in GoatCounter.
        token=@V@
        api=https://@CODE@.goatcounter.com/api/v0

        gc() {
            \\command curl --silent --fail \\
                -H 'Content-Type: application/json' \\
                -H "Authorization: Bearer $token" \\
                "$@"
        }

        gc -X POST "$api/count" \\
            --data '{"no_sessions": true, "hits": [{"path": "/download/'"$1"'", "event": true}]}'
        ''', CODE=code)


@pos("goatcounter", "reporting_api_token", g_goat, "apiToken", "go", ex=(GOAT_EX,))
def p_goat_go(r):
    return pick(r, "internal/stats/goatcounter.go", "pkg/analytics/goat.go"), fill('''
        package stats

        import (
        	"bytes"
        	"encoding/json"
        	"net/http"
        	"time"
        )

        const (
        	endpoint = "https://@CODE@.goatcounter.com/api/v0/count"
        	apiToken = "@V@"
        )

        type hit struct {
        	Path  string `json:"path"`
        	Title string `json:"title,omitempty"`
        	Event bool   `json:"event"`
        }

        var client = &http.Client{Timeout: 5 * time.Second}

        func Count(path string) error {
        	body, _ := json.Marshal(map[string]any{"no_sessions": true, "hits": []hit{{Path: path}}})
        	req, err := http.NewRequest(http.MethodPost, endpoint, bytes.NewReader(body))
        	if err != nil {
        		return err
        	}
        	req.Header.Set("Content-Type", "application/json")
        	req.Header.Set("Authorization", "Bearer "+apiToken)
        	resp, err := client.Do(req)
        	if err != nil {
        		return err
        	}
        	return resp.Body.Close()
        }
        ''', CODE=pick(r, "acme", "northwind", "stats"))


@pos("goatcounter", "reporting_api_token", g_goat, "GOATCOUNTER_API_KEY", "yaml", ex=(GOAT_EX,))
def p_goat_gha(r):
    return pick(r, ".github/workflows/export-stats.yml", ".github/workflows/goatcounter.yml"), fill('''
        name: export goatcounter stats
        on:
          schedule:
            - cron: "30 2 1 * *"

        jobs:
          export:
            runs-on: ubuntu-latest
            env:
              GOATCOUNTER_API_KEY: @V@
              GOATCOUNTER_SITE: https://@CODE@.goatcounter.com
            steps:
              - uses: actions/checkout@v4
              - run: |
                  curl -sf -X POST "$GOATCOUNTER_SITE/api/v0/export" \\
                    -H "Authorization: Bearer $GOATCOUNTER_API_KEY" -H 'Content-Type: application/json' -d '{}'
        ''', CODE=pick(r, "acme", "docs-pyrite"))


# ------------------------------------------------------------------- Fathom
@pos("fathom", "reporting_api_token", g_fathom, "FATHOM_API_TOKEN", "py", pub=g_fathom_site)
def p_fathom_py(r):
    return pick(r, "reports/fathom_monthly.py", "scripts/fathom_sites.py"), fill('''
        import requests

        FATHOM_API = "https://api.usefathom.com/v1"
        FATHOM_API_TOKEN = "@V@"
        SITE_ID = "@FSITE@"  # public site id from the embed code

        session = requests.Session()
        session.headers.update({"Authorization": f"Bearer {FATHOM_API_TOKEN}"})

        resp = session.get(f"{FATHOM_API}/aggregations", params={
            "entity": "pageview",
            "entity_id": SITE_ID,
            "aggregates": "visits,uniques,pageviews",
            "date_grouping": "month",
        })
        resp.raise_for_status()
        for row in resp.json():
            print(row["date"], row["visits"], row["uniques"])
        ''', FSITE=g_fathom_site(r))


@pos("fathom", "reporting_api_token", g_fathom, "token", "ts")
def p_fathom_ts(r):
    return pick(r, "app/api/stats/route.ts", "src/routes/api/visitors/+server.ts"), fill('''
        import { NextResponse } from 'next/server';

        const token = '@V@';

        export async function GET() {
          const res = await fetch('https://api.usefathom.com/v1/current_visitors?site_id=@FSITE@', {
            headers: { Authorization: `Bearer ${token}` },
            next: { revalidate: 60 },
          });
          const data = await res.json();
          return NextResponse.json({ visitors: data.total ?? 0 });
        }
        ''', FSITE=g_fathom_site(r))


# ------------------------------------------------------------------- Simple Analytics
SA_EX = "sa_api_key_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"


@pos("simpleanalytics", "reporting_api_token", g_sa, "Api-Key", "md", ex=(SA_EX,))
def p_sa_md(r):
    return pick(r, "docs/analytics.md", "README.analytics.md", "docs/ops/simple-analytics.md"), fill('''
        # Analytics

        We use Simple Analytics for @SITE@ (no cookies, no banner needed).

        ## Exporting raw data

        ```sh
        curl "https://simpleanalytics.com/api/export/datapoints?version=6&format=csv&hostname=@SITE@&start=2024-01-01&end=today&fields=added_iso,path,referrer_hostname" \\
             -H 'Api-Key: @V@' \\
             -H 'User-Id: sa_user_id_@UID@'
        ```

        The export is used by the monthly board report.
        ''', SITE=site(r), UID=uuid4(r))


@pos("simpleanalytics", "reporting_api_token", g_sa, "SIMPLE_ANALYTICS_API_KEY", "rb", ex=(SA_EX,))
def p_sa_rb(r):
    return pick(r, "lib/tasks/analytics.rake", "script/simple_analytics_export.rb"), fill('''
        require "net/http"
        require "json"

        SIMPLE_ANALYTICS_API_KEY = "@V@"
        HOSTNAME = "@SITE@"

        namespace :analytics do
          desc "Print top pages from Simple Analytics"
          task top_pages: :environment do
            uri = URI("https://simpleanalytics.com/#{HOSTNAME}.json?version=6&fields=pages&limit=20")
            req = Net::HTTP::Get.new(uri)
            req["Api-Key"] = SIMPLE_ANALYTICS_API_KEY
            res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
            JSON.parse(res.body)["pages"].each { |p| puts "#{p['pageviews']}\\t#{p['value']}" }
          end
        end
        ''', SITE=site(r))


# ------------------------------------------------------------------- Pirsch
PIRSCH_EX = "pa_6ldFoOhs7VgBFMN1vn7wIdXpFclvrjF8T8MApCa088xnl"


def _pirsch_code(r):
    return rs(r, ALNUM, 32)


@pos("pirsch", "client_secret", lambda r: rs(r, ALNUM, 64), "PIRSCH_CLIENT_SECRET", "go")
def p_pirsch_go(r):
    return pick(r, "cmd/server/analytics.go", "internal/middleware/pirsch.go"), fill('''
        package middleware

        import (
        	"net/http"

        	pirsch "github.com/pirsch-analytics/pirsch-go-sdk/v2/pkg"
        )

        var client = pirsch.NewClient("@CID@", "@V@", &pirsch.ClientConfig{
        	BaseURL: "https://api.pirsch.io",
        })

        func PageViews(next http.Handler) http.Handler {
        	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
        		go client.PageView(r, nil)
        		next.ServeHTTP(w, r)
        	})
        }
        ''', CID=rs(r, ALNUM, 32))


@pos("pirsch", "access_key", g_pa, "PIRSCH_ACCESS_KEY", "php", ex=(PIRSCH_EX,))
def p_pirsch_php(r):
    return pick(r, "public/track.php", "src/Http/Middleware/PirschPageView.php"), fill('''
        <?php
        // Server-side page view for Pirsch (write-only access key).
        $token = '@V@';

        $payload = json_encode([
            'url' => 'https://@SITE@' . $_SERVER['REQUEST_URI'],
            'ip' => $_SERVER['REMOTE_ADDR'],
            'user_agent' => $_SERVER['HTTP_USER_AGENT'] ?? '',
            'accept_language' => $_SERVER['HTTP_ACCEPT_LANGUAGE'] ?? '',
            'referrer' => $_SERVER['HTTP_REFERER'] ?? '',
        ]);

        $ch = curl_init('https://api.pirsch.io/api/v1/hit');
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => $payload,
            CURLOPT_HTTPHEADER => ['Authorization: Bearer ' . $token, 'Content-Type: application/json'],
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 2,
        ]);
        curl_exec($ch);
        curl_close($ch);
        ''', SITE=site(r))


@pos("pirsch", "client_secret", lambda r: rs(r, ALNUM, 64), "client_secret", "json")
def p_pirsch_json(r):
    return pick(r, "config/analytics.json", "settings/pirsch.json"), fill('''
        {
          "provider": "pirsch",
          "domain": "@SITE@",
          "client_id": "@CID@",
          "client_secret": "@V@",
          "dashboard": "https://dashboard.pirsch.io",
          "statsCacheSeconds": 600
        }
        ''', SITE=site(r), CID=rs(r, ALNUM, 32))


# ------------------------------------------------------------------- Ackee
@pos("ackee", "admin_password", g_password, "ACKEE_PASSWORD", "yaml")
def p_ackee_compose(r):
    return pick(r, "ackee/docker-compose.yml", "docker-compose.ackee.yml"), fill('''
        services:
          ackee:
            image: electerious/ackee:3.4.2
            restart: always
            ports:
              - "3000:3000"
            environment:
              - WAIT_HOSTS=mongo:27017
              - ACKEE_MONGODB=mongodb://mongo:27017/ackee
              - ACKEE_USERNAME=@USER@
              - ACKEE_PASSWORD=@V@
              - ACKEE_ALLOW_ORIGIN=https://@SITE@
            depends_on:
              - mongo
          mongo:
            image: mongo:6
            restart: always
            volumes:
              - ./data:/data/db
        ''', USER=pick(r, "admin", "ackee", "stats"), SITE=site(r))


@pos("ackee", "db_password", g_password, "ACKEE_MONGODB", "yaml")
def p_ackee_helm(r):
    return pick(r, "deploy/ackee/values.yaml", "charts/ackee/values-prod.yaml"), fill('''
        replicaCount: 1
        image:
          repository: electerious/ackee
          tag: "3.4.2"
        env:
          ACKEE_USERNAME: admin
          ACKEE_PASSWORD:
            valueFrom:
              secretKeyRef: { name: ackee-admin, key: password }
          ACKEE_MONGODB: "mongodb://ackee:@V@@mongodb-0.mongodb.analytics.svc:27017/ackee?authSource=admin"
          ACKEE_ALLOW_ORIGIN: "https://@SITE@,https://www.@SITE@"
        ingress:
          enabled: true
          host: @HOST@
        ''', SITE=site(r), HOST=host(r))


# ------------------------------------------------------------------- Rybbit
@pos("rybbit", "app_secret_key", g_hex(64), "BETTER_AUTH_SECRET", "yaml")
def p_rybbit_compose(r):
    return pick(r, "rybbit/docker-compose.yml", "docker-compose.yml"), fill('''
        services:
          backend:
            image: ghcr.io/rybbit-io/rybbit-backend:latest
            environment:
              - NODE_ENV=production
              - CLICKHOUSE_HOST=http://clickhouse:8123
              - CLICKHOUSE_DB=analytics
              - CLICKHOUSE_PASSWORD=${CLICKHOUSE_PASSWORD}
              - POSTGRES_HOST=postgres
              - POSTGRES_DB=analytics
              - POSTGRES_USER=frog
              - POSTGRES_PASSWORD=${POSTGRES_PASSWORD}
              - BETTER_AUTH_SECRET=@V@
              - BASE_URL=https://@HOST@
              - DISABLE_SIGNUP=true
            depends_on:
              - clickhouse
              - postgres
            restart: unless-stopped
        ''', HOST=host(r))


@pos("rybbit", "clickhouse_password", g_password, "CLICKHOUSE_PASSWORD", "conf")
def p_rybbit_conf(r):
    return pick(r, "deploy/rybbit/rybbit.conf", "etc/rybbit/backend.conf"), fill('''
        # rybbit backend runtime settings (loaded by the systemd unit)
        NODE_ENV=production
        BASE_URL=https://@HOST@
        CLICKHOUSE_HOST=http://127.0.0.1:8123
        CLICKHOUSE_DB=analytics
        CLICKHOUSE_USER=rybbit
        CLICKHOUSE_PASSWORD=@V@
        POSTGRES_HOST=127.0.0.1
        POSTGRES_DB=analytics
        DISABLE_SIGNUP=true
        ''', HOST=host(r))


# ------------------------------------------------------------------- Shynet
@pos("shynet", "app_secret_key", g_django, "DJANGO_SECRET_KEY", "yaml")
def p_shynet_k8s(r):
    return pick(r, "k8s/shynet/secret.yaml", "kubernetes/shynet-secrets.yaml"), fill('''
        apiVersion: v1
        kind: Secret
        metadata:
          name: shynet-settings
          namespace: analytics
        type: Opaque
        stringData:
          DJANGO_SECRET_KEY: "@V@"
          ALLOWED_HOSTS: "@HOST@"
          CSRF_TRUSTED_ORIGINS: "https://@HOST@"
          DB_NAME: shynet
          DB_USER: shynet
          DB_HOST: postgres.analytics.svc
          TIME_ZONE: Europe/Berlin
          ONLY_SUPERUSERS_CREATE: "True"
        ''', HOST=host(r))


@pos("shynet", "db_password", g_password, "shynet_db_password", "tf")
def p_shynet_tf(r):
    return pick(r, "infra/shynet/database.tf", "terraform/shynet.tf"), fill('''
        resource "aws_db_instance" "shynet" {
          identifier           = "shynet-prod"
          engine               = "postgres"
          engine_version       = "15.5"
          instance_class       = "db.t4g.micro"
          allocated_storage    = 20
          db_name              = "shynet"
          username             = "shynet"
          password             = "@V@"
          skip_final_snapshot  = false
          deletion_protection  = true
          vpc_security_group_ids = [aws_security_group.db.id]
        }
        ''')


@pos("shynet", "app_secret_key", g_django, "SECRET_KEY", "py")
def p_shynet_settings(r):
    return pick(r, "shynet/shynet/settings_local.py", "config/shynet_settings.py"), fill('''
        from .settings import *  # noqa: F401,F403

        DEBUG = False
        SECRET_KEY = "@V@"
        ALLOWED_HOSTS = ["@HOST@"]
        CSRF_TRUSTED_ORIGINS = ["https://@HOST@"]

        DATABASES["default"]["HOST"] = "db"
        SESSION_COOKIE_SECURE = True
        SCRIPT_HEARTBEAT_FREQUENCY = 5000
        ''', HOST=host(r))


# ------------------------------------------------------------------- GA4 MP / server-side GTM
@pos("google-analytics", "mp_api_secret", g_mp, "GA_API_SECRET", "py", pub=g_ga_mid)
def p_mp_py(r):
    return pick(r, "shop/analytics/ga4.py", "services/checkout/ga4_events.py"), fill('''
        import requests

        MEASUREMENT_ID = "@MID@"
        GA_API_SECRET = "@V@"
        MP_ENDPOINT = "https://www.google-analytics.com/mp/collect"


        def send_purchase(client_id: str, order):
            payload = {
                "client_id": client_id,
                "events": [{
                    "name": "purchase",
                    "params": {
                        "transaction_id": order.number,
                        "value": float(order.total),
                        "currency": order.currency,
                        "engagement_time_msec": 1,
                    },
                }],
            }
            requests.post(
                MP_ENDPOINT,
                params={"measurement_id": MEASUREMENT_ID, "api_secret": GA_API_SECRET},
                json=payload,
                timeout=5,
            )
        ''', MID=g_ga_mid(r))


@pos("google-analytics", "mp_api_secret", g_mp, "api_secret", "js", pub=g_ga_mid)
def p_mp_js(r):
    return pick(r, "server/tracking/refund.js", "functions/ga4-refund.js"), fill('''
        // Cloud Function: forward refunds from the payment webhook to GA4.
        const MP_URL = 'https://www.google-analytics.com/mp/collect?measurement_id=@MID@&api_secret=@V@';

        exports.refund = async (req, res) => {
          const { clientId, transactionId, value } = req.body;
          await fetch(MP_URL, {
            method: 'POST',
            body: JSON.stringify({
              client_id: clientId,
              events: [{ name: 'refund', params: { transaction_id: transactionId, value, currency: 'EUR' } }],
            }),
          });
          res.status(204).end();
        };
        ''', MID=g_ga_mid(r))


@pos("google-analytics", "mp_api_secret", g_mp, "ga4_api_secret", "tf")
def p_mp_tf(r):
    return pick(r, "infra/sgtm/variables.tf", "terraform/tagging-server/variables.tf"), fill('''
        variable "project_id" {
          type    = string
          default = "acme-tagging-prod"
        }

        variable "container_id" {
          description = "public GTM server container id"
          type        = string
          default     = "@GTM@"
        }

        variable "ga4_measurement_id" {
          type    = string
          default = "@MID@"
        }

        variable "ga4_api_secret" {
          description = "Measurement Protocol secret used by the offline-conversion job"
          type        = string
          default     = "@V@"
        }
        ''', GTM=g_gtm(r), MID=g_ga_mid(r))


@pos("google-analytics", "mp_api_secret", g_mp, "secret", "php")
def p_mp_php(r):
    return pick(r, "src/Tracking/Ga4Client.php", "app/Support/MeasurementProtocol.php"), fill('''
        <?php

        namespace App\\Tracking;

        final class Ga4Client
        {
            public function __construct(
                private string $measurementId = '@MID@',
                private string $secret = '@V@',
            ) {}

            public function send(string $clientId, string $name, array $params = []): void
            {
                $url = sprintf('https://www.google-analytics.com/mp/collect?measurement_id=%s&api_secret=%s',
                    $this->measurementId, $this->secret);
                $body = json_encode(['client_id' => $clientId, 'events' => [['name' => $name, 'params' => $params]]]);
                file_get_contents($url, false, stream_context_create(['http' => [
                    'method' => 'POST', 'header' => "Content-Type: application/json\\r\\n", 'content' => $body, 'timeout' => 2,
                ]]));
            }
        }
        ''', MID=g_ga_mid(r))


# ------------------------------------------------------------------- consent servers
@pos("consent-server", "db_password", g_password, "spring.datasource.password", "properties")
def p_consent_props(r):
    return pick(r, "consent-log/src/main/resources/application-prod.properties",
                "services/consent-api/application.properties"), fill('''
        # consent record service (stores Klaro/Cookiebot consent decisions for audits)
        server.port=8085
        spring.application.name=consent-log
        spring.datasource.url=jdbc:postgresql://@DBH@:5432/consent
        spring.datasource.username=consent_app
        spring.datasource.password=@V@
        spring.jpa.hibernate.ddl-auto=validate
        consent.retention-days=1095
        consent.cookiebot.cbid=@CBID@
        management.endpoints.web.exposure.include=health,info
        ''', DBH=pick(r, "consent-db.internal", "10.4.0.21"), CBID=uuid4(r))


@pos("consent-server", "admin_password", g_password, "admin_password", "ini")
def p_consent_ini(r):
    return pick(r, "consent-server/config.ini", "etc/consent-manager/server.ini"), fill('''
        [server]
        listen = 0.0.0.0:8090
        public_url = https://consent.@SITE@

        [storage]
        driver = sqlite
        path = /var/lib/consent/records.db

        [admin]
        username = privacy-team
        admin_password = @V@

        [osano]
        customer_id = @OSC@
        config_id = @OSCFG@
        ''', SITE=site(r), OSC=rs(r, ALNUM, 16), OSCFG=uuid4(r))


# =================================================================== LOOK-ALIKE NEGATIVES
@neg("matomo", "site_id")
def n_matomo_js(r):
    return pick(r, "templates/partials/matomo.html", "src/components/Analytics.html"), fill('''
        <!-- Matomo -->
        <script>
          var _paq = window._paq = window._paq || [];
          _paq.push(['trackPageView']);
          _paq.push(['enableLinkTracking']);
          (function() {
            var u="https://@HOST@/";
            _paq.push(['setTrackerUrl', u+'matomo.php']);
            _paq.push(['setSiteId', '@IDS@']);
            var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
            g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);
          })();
        </script>
        <noscript><p><img referrerpolicy="no-referrer-when-downgrade" src="https://@HOST@/matomo.php?idsite=@IDS@&amp;rec=1" style="border:0;" alt="" /></p></noscript>
        <!-- End Matomo Code -->
        ''', HOST=host(r), IDS=r.randint(1, 40))


@neg("matomo", "public_token")
def n_matomo_anon(r):
    return pick(r, "scripts/public_stats.py", "site/_plugins/visits.py"), fill('''
        # Public dashboard: the "anonymous" user has view access to site @IDS@,
        # so no personal token is needed here.
        import requests

        params = {
            "module": "API",
            "method": "VisitsSummary.get",
            "idSite": @IDS@,
            "period": "month",
            "date": "today",
            "format": "JSON",
            "token_auth": "anonymous",
        }
        print(requests.get("https://@HOST@/index.php", params=params, timeout=10).json())
        ''', IDS=r.randint(1, 30), HOST=host(r))


@neg("matomo", "visitor_id")
def n_matomo_sql(r):
    rows = []
    for i in range(r.randint(4, 8)):
        rows.append("(%d,%d,UNHEX('%s'),'%s',UNHEX('%s'),%d,'%s')" % (
            1000 + i, r.randint(1, 9), rs(r, HEX, 16), "%s %02d:%02d:%02d" % (date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
            rs(r, HEX, 16), r.randint(1, 30), pick(r, "fr", "de", "us", "gb", "nl")))
    return pick(r, "db/fixtures/log_visit_sample.sql", "tests/fixtures/matomo_log_visit.sql"), fill('''
        -- anonymised sample of matomo_log_visit for archiver tests
        INSERT INTO matomo_log_visit (idvisit, idsite, idvisitor, visit_last_action_time, config_id, visit_total_actions, location_country) VALUES
        @ROWS@;
        ''', ROWS=",\n".join(rows))


@neg("matomo", "opt_out")
def n_matomo_optout(r):
    return pick(r, "content/privacy.md", "pages/privacy-policy.md"), fill('''
        ---
        title: Privacy policy
        ---

        We measure visits with a self-hosted Matomo at @HOST@. IP addresses are
        anonymised (2 bytes) and no cookies are set before consent.

        You can opt out of being tracked:

        <div id="matomo-opt-out"></div>
        <script src="https://@HOST@/index.php?module=CoreAdminHome&action=optOutJS&divId=matomo-opt-out&language=auto&showIntro=1"></script>
        ''', HOST=host(r))


@neg("matomo", "checksum")
def n_matomo_sums(r):
    v = pick(r, "5.1.2", "5.0.3", "4.16.1")
    return "vendor/matomo/SHA256SUMS", fill('''
        @A@  matomo-@V1@.zip
        @B@  matomo-@V1@.tar.gz
        @C@  matomo-@V1@.zip.asc
        ''', A=rs(r, HEX, 64), B=rs(r, HEX, 64), C=rs(r, HEX, 64), V1=v)


@neg("matomo", "archive_log")
def n_matomo_archive(r):
    lines = ["INFO [%s] %d  ---------------------------" % (ts(r), r.randint(1000, 9999)),
             "INFO [%s] %d  INIT" % (ts(r), r.randint(1000, 9999)),
             "INFO [%s] %d  Running Matomo %s as Super User" % (ts(r), r.randint(1000, 9999), ver(r))]
    for _ in range(r.randint(4, 8)):
        lines.append("INFO [%s] %d  Archived website id %d, period = day, date = %s, segment = '', %d visits found. Time elapsed: %.3fs, archive id %d (hash %s)" % (
            ts(r), r.randint(1000, 9999), r.randint(1, 20), date(r), r.randint(0, 9000), r.random() * 5,
            r.randint(10000, 99999), rs(r, HEX, 32)))
    lines.append("INFO [%s] %d  Done archiving!" % (ts(r), r.randint(1000, 9999)))
    return pick(r, "logs/core-archive.log", "var/log/matomo/archive.log"), "\n".join(lines) + "\n"


@neg("matomo", "plugin_manifest")
def n_matomo_plugin(r):
    return pick(r, "plugins/AcmeReports/plugin.json", "matomo-plugins/CustomDimensionsExport/plugin.json"), fill('''
        {
          "name": "AcmeReports",
          "description": "Custom reports for the Acme marketing team",
          "version": "@VER@",
          "theme": false,
          "require": { "matomo": ">=5.0.0-b1,<6.0.0-b1" },
          "authors": [{ "name": "Web team", "email": "@EMAIL@", "homepage": "https://@SITE@" }],
          "homepage": "https://@SITE@",
          "license": "GPL v3+",
          "keywords": ["reports", "export"]
        }
        ''', VER=ver(r), EMAIL=email(r), SITE=site(r))


@neg("matomo", "composer_lock")
def n_composer_lock(r):
    return "composer.lock", fill('''
        {
            "_readme": [
                "This file locks the dependencies of your project to a known state",
                "This file is @generated automatically"
            ],
            "content-hash": "@H1@",
            "packages": [
                {
                    "name": "matomo/device-detector",
                    "version": "6.3.1",
                    "source": {
                        "type": "git",
                        "url": "https://github.com/matomo-org/device-detector.git",
                        "reference": "@S1@"
                    },
                    "dist": {
                        "type": "zip",
                        "url": "https://api.github.com/repos/matomo-org/device-detector/zipball/@S1@",
                        "reference": "@S1@",
                        "shasum": ""
                    }
                },
                {
                    "name": "matomo/matomo-php-tracker",
                    "version": "3.2.0",
                    "source": {
                        "type": "git",
                        "url": "https://github.com/matomo-org/matomo-php-tracker.git",
                        "reference": "@S2@"
                    }
                }
            ]
        }
        ''', H1=rs(r, HEX, 32), S1=rs(r, HEX, 40), S2=rs(r, HEX, 40))


@neg("matomo", "tag_manager_container")
def n_mtm(r):
    cid = rs(r, ALNUM, 8)
    return pick(r, "layouts/head.html", "templates/base/mtm.html"), fill('''
        <!-- Matomo Tag Manager -->
        <script>
        var _mtm = window._mtm = window._mtm || [];
        _mtm.push({'mtm.startTime': (new Date().getTime()), 'event': 'mtm.Start'});
        (function() {
          var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
          g.async=true; g.src='https://@HOST@/js/container_@CID@.js'; s.parentNode.insertBefore(g,s);
        })();
        </script>
        <!-- End Matomo Tag Manager -->
        ''', HOST=host(r), CID=cid)


@neg("posthog", "public_project_key")
def n_posthog_js(r):
    return pick(r, "src/lib/posthog.ts", "app/providers/analytics.tsx"), fill('''
        import posthog from 'posthog-js';

        // Project API key: public, it is shipped to every browser anyway.
        posthog.init('@PHC@', {
          api_host: 'https://@HOST@',
          person_profiles: 'identified_only',
          capture_pageview: true,
          autocapture: false,
        });

        export default posthog;
        ''', PHC=g_phc(r), HOST=host(r))


@neg("posthog", "event_dump")
def n_posthog_events(r):
    evs = []
    for _ in range(r.randint(3, 5)):
        evs.append('  {"uuid": "%s", "event": "%s", "distinct_id": "%s", "properties": {"$session_id": "%s", "$device_id": "%s", "$current_url": "https://%s/%s", "$lib": "web"}, "timestamp": "%s"}' % (
            uuid4(r), pick(r, "$pageview", "$autocapture", "signup_completed"), uuid4(r), uuid4(r), uuid4(r), site(r),
            pick(r, "pricing", "docs", "blog/launch", ""), ts(r)))
    return pick(r, "tests/fixtures/posthog_events.json", "data/samples/events.json"), "[\n" + ",\n".join(evs) + "\n]\n"


@neg("posthog", "feature_flag_payload")
def n_posthog_flags(r):
    return pick(r, "tests/fixtures/decide_response.json", "mocks/posthog/flags.json"), fill('''
        {
          "featureFlags": { "new-checkout": true, "pricing-test": "variant-b", "beta-docs": false },
          "featureFlagPayloads": { "pricing-test": "{\\"discount\\": 10}" },
          "errorsWhileComputingFlags": false,
          "sessionRecording": { "endpoint": "/s/", "consoleLogRecordingEnabled": true },
          "requestId": "@RID@",
          "config": { "enable_collect_everything": true }
        }
        ''', RID=uuid4(r))


@neg("google-analytics", "measurement_id")
def n_gtag(r):
    mid = g_ga_mid(r)
    return pick(r, "_includes/analytics.html", "public/index.html", "templates/ga.html"), fill('''
        <!-- Google tag (gtag.js) -->
        <script async src="https://www.googletagmanager.com/gtag/js?id=@MID@"></script>
        <script>
          window.dataLayer = window.dataLayer || [];
          function gtag(){dataLayer.push(arguments);}
          gtag('consent', 'default', { 'analytics_storage': 'denied', 'ad_storage': 'denied' });
          gtag('js', new Date());
          gtag('config', '@MID@', { 'anonymize_ip': true });
        </script>
        ''', MID=mid)


@neg("google-tag-manager", "container_id")
def n_gtm(r):
    g = g_gtm(r)
    return pick(r, "src/app/layout.html", "templates/includes/gtm.html"), fill('''
        <!-- Google Tag Manager -->
        <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
        new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
        j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
        'https://@SGTM@/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
        })(window,document,'script','dataLayer','@GTM@');</script>
        <!-- End Google Tag Manager -->
        ''', GTM=g, SGTM=pick(r, "sgtm.", "load.") + site(r))


@neg("google-tag-manager", "container_export")
def n_gtm_export(r):
    return pick(r, "gtm/container-export.json", "tagging/GTM-export.json"), fill('''
        {
          "exportFormatVersion": 2,
          "exportTime": "@TS@",
          "containerVersion": {
            "path": "accounts/@ACC@/containers/@CON@/versions/0",
            "accountId": "@ACC@",
            "containerId": "@CON@",
            "containerVersionId": "0",
            "container": {
              "path": "accounts/@ACC@/containers/@CON@",
              "accountId": "@ACC@",
              "containerId": "@CON@",
              "name": "@SITE@ (server)",
              "publicId": "@GTM@",
              "usageContext": ["SERVER"],
              "fingerprint": "@FP@",
              "tagManagerUrl": "https://tagmanager.google.com/#/container/accounts/@ACC@/containers/@CON@/workspaces?apiLink=container"
            },
            "tag": [
              { "name": "GA4", "type": "sgtmgaaw", "tagId": "3", "fingerprint": "@FP2@", "parameter": [ { "type": "TEMPLATE", "key": "measurementId", "value": "@MID@" } ] }
            ]
          }
        }
        ''', TS=date(r) + " 10:11:12", ACC=r.randint(10 ** 9, 10 ** 10 - 1), CON=r.randint(10 ** 8, 10 ** 9 - 1),
        SITE=site(r), GTM=g_gtm(r), FP=r.randint(10 ** 12, 10 ** 13 - 1), FP2=r.randint(10 ** 12, 10 ** 13 - 1), MID=g_ga_mid(r))


@neg("google-analytics", "client_id")
def n_mp_payload(r):
    return pick(r, "tests/fixtures/mp_purchase.json", "docs/examples/mp-payload.json"), fill('''
        {
          "client_id": "@CID@",
          "user_id": "@UID@",
          "timestamp_micros": "@TSM@",
          "events": [
            {
              "name": "purchase",
              "params": {
                "session_id": "@SID@",
                "engagement_time_msec": 100,
                "transaction_id": "T-@TX@",
                "currency": "EUR",
                "value": @VAL@
              }
            }
          ]
        }
        ''', CID="%d.%d" % (r.randint(10 ** 8, 10 ** 10), r.randint(1690000000, 1720000000)), UID=uuid4(r),
        TSM=r.randint(1700000000000000, 1720000000000000), SID=r.randint(1700000000, 1720000000),
        TX=r.randint(10000, 99999), VAL="%.2f" % (r.random() * 300))


@neg("umami", "website_id")
def n_umami_script(r):
    return pick(r, "src/layouts/Base.astro", "components/Head.vue", "_includes/head.html"), fill('''
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>@SITE@</title>
          <script defer src="https://@HOST@/script.js" data-website-id="@WID@" data-domains="@SITE@"></script>
        </head>
        ''', SITE=site(r), HOST=host(r), WID=uuid4(r))


@neg("umami", "api_response")
def n_umami_websites(r):
    items = []
    for _ in range(r.randint(2, 4)):
        items.append('    {"id": "%s", "name": "%s", "domain": "%s", "shareId": "%s", "createdAt": "%s", "teamId": null}' % (
            uuid4(r), site(r), site(r), pick(r, "null", '"%s"' % rs(r, ALNUM, 16)).strip('"'), ts(r)))
    return pick(r, "tests/fixtures/umami_websites.json", "mocks/umami/websites.json"), \
        '{\n  "data": [\n' + ",\n".join(items) + '\n  ],\n  "count": %d,\n  "page": 1,\n  "pageSize": 10\n}\n' % len(items)


@neg("umami", "event_tracking")
def n_umami_track(r):
    return pick(r, "src/analytics/events.ts", "lib/track.ts"), fill('''
        declare global {
          interface Window { umami?: { track: (name: string, data?: Record<string, unknown>) => void } }
        }

        export function trackSignup(plan: string) {
          window.umami?.track('signup', { plan, source: document.referrer || 'direct' });
        }

        // server-side fallback: the /api/send endpoint needs no credentials,
        // only the public website id.
        export async function sendServerEvent(url: string) {
          await fetch('https://@HOST@/api/send', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'User-Agent': 'Mozilla/5.0 (server)' },
            body: JSON.stringify({ type: 'event', payload: { website: '@WID@', hostname: '@SITE@', url, name: 'server-hit' } }),
          });
        }
        ''', HOST=host(r), WID=uuid4(r), SITE=site(r))


@neg("plausible", "script_tag")
def n_plausible_script(r):
    return pick(r, "layouts/partials/analytics.html", "src/components/Plausible.astro"), fill('''
        <script defer data-domain="@SITE@" data-api="/api/event" src="https://@HOST@/js/script.outbound-links.tagged-events.js"></script>
        <script>window.plausible = window.plausible || function() { (window.plausible.q = window.plausible.q || []).push(arguments) }</script>
        ''', SITE=site(r), HOST=host(r))


@neg("plausible", "events_api")
def n_plausible_event(r):
    return pick(r, "docs/tracking-server-side.md", "docs/plausible-events.md"), fill('''
        # Server-side events

        The Plausible events API is unauthenticated; it only needs the site domain
        and the visitor's real User-Agent and IP.

        ```bash
        curl -i -X POST https://@HOST@/api/event \\
          -H 'User-Agent: @UA@' \\
          -H 'X-Forwarded-For: @IP@' \\
          -H 'Content-Type: application/json' \\
          --data '{"name":"Download","url":"https://@SITE@/files/report.pdf","domain":"@SITE@","props":{"format":"pdf"}}'
        ```
        ''', HOST=host(r), UA=ua(r), IP=ip4(r), SITE=site(r))


@neg("plausible", "hashed_visitor_id")
def n_plausible_hash(r):
    rows = ["timestamp,domain,user_id,session_id,pathname"]
    for _ in range(r.randint(5, 9)):
        rows.append("%s,%s,%d,%d,/%s" % (ts(r), site(r), r.randint(10 ** 17, 2 ** 63), r.randint(10 ** 17, 2 ** 63),
                                         pick(r, "", "pricing", "docs/install", "blog")))
    return pick(r, "data/exports/events_sample.csv", "tests/fixtures/clickhouse_events.csv"), \
        "# user_id = siphash(daily_salt + domain + ip + ua); salts rotate daily and are never stored\n" + "\n".join(rows) + "\n"


@neg("fathom", "site_id")
def n_fathom_script(r):
    return pick(r, "src/app/head.tsx", "partials/fathom.html"), fill('''
        <script src="https://cdn.usefathom.com/script.js" data-site="@FS@" data-spa="auto" data-excluded-domains="localhost,staging.@SITE@" defer></script>
        ''', FS=g_fathom_site(r), SITE=site(r))


@neg("goatcounter", "count_script")
def n_goat_script(r):
    return pick(r, "_includes/footer.html", "templates/footer.html"), fill('''
        <footer>
          <p>&copy; 2024 @SITE@</p>
        </footer>
        <script data-goatcounter="https://@CODE@.goatcounter.com/count"
                async src="//gc.zgo.at/count.js"
                integrity="sha384-@SRI@"
                crossorigin="anonymous"></script>
        ''', SITE=site(r), CODE=pick(r, "acme", "stats", "pyrite"), SRI=rs(r, B64, 64))


@neg("pirsch", "identification_code")
def n_pirsch_script(r):
    return pick(r, "src/layouts/default.html", "app/views/layouts/_pirsch.html.erb"), fill('''
        <script defer src="https://api.pirsch.io/pa.js"
                id="pianjs"
                data-code="@CODE@"></script>
        ''', CODE=_pirsch_code(r))


@neg("simpleanalytics", "script_tag")
def n_sa_script(r):
    return pick(r, "layouts/default.html", "components/Footer.jsx"), fill('''
        <!-- 100% privacy-first analytics -->
        <script async src="https://scripts.simpleanalyticscdn.com/latest.js" data-hostname="@SITE@" data-collect-dnt="true"></script>
        <noscript><img src="https://queue.simpleanalyticscdn.com/noscript.gif?hostname=@SITE@" alt="" referrerpolicy="no-referrer-when-downgrade" /></noscript>
        ''', SITE=site(r))


@neg("countly", "public_app_key")
def n_countly_sdk(r):
    return pick(r, "web/js/countly-init.js", "src/analytics/countly.js"), fill('''
        // Countly web SDK. app_key only allows writing data (/i), it is meant to be public.
        import Countly from 'countly-sdk-web';

        Countly.init({
          app_key: '@AK@',
          url: 'https://@HOST@',
          session_update: 60,
          use_session_cookie: true,
          require_consent: true,
        });
        Countly.track_sessions();
        Countly.track_pageview();
        ''', AK=rs(r, HEX, 40), HOST=host(r))


@neg("snowplow", "tracker_init")
def n_sp_tracker(r):
    return pick(r, "src/tracking/snowplow.js", "assets/js/sp.js"), fill('''
        import { newTracker, trackPageView, enableActivityTracking } from '@snowplow/browser-tracker';

        newTracker('sp1', 'https://collector.@SITE@', {
          appId: '@APP@',
          platform: 'web',
          cookieSameSite: 'Lax',
          contexts: { webPage: true },
        });
        enableActivityTracking({ minimumVisitLength: 10, heartbeatDelay: 10 });
        trackPageView();
        ''', SITE=site(r), APP=pick(r, "shop-web", "docs-site", "marketing"))


@neg("snowplow", "enriched_event")
def n_sp_tsv(r):
    rows = []
    for _ in range(r.randint(3, 5)):
        rows.append("\t".join([pick(r, "shop-web", "docs"), "web", ts(r), ts(r), "page_view", uuid4(r), "sp1",
                               "js-3.23.0", "ssc-3.1.0-kinesis", "snowplow-enrich-kinesis-4.1.0",
                               rs(r, HEX, 40), uuid4(r), str(r.randint(1, 40)), uuid4(r), "https://%s/" % site(r)]))
    return pick(r, "tests/resources/enriched_good.tsv", "fixtures/enriched-events.tsv"), "\n".join(rows) + "\n"


@neg("snowplow", "iglu_schema")
def n_iglu_schema(r):
    return pick(r, "schemas/com.acme/checkout_step/jsonschema/1-0-0", "iglu/schemas/com.acme/search/jsonschema/1-0-1"), fill('''
        {
          "$schema": "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#",
          "description": "Checkout step reached",
          "self": { "vendor": "com.acme", "name": "checkout_step", "format": "jsonschema", "version": "1-0-0" },
          "type": "object",
          "properties": {
            "step": { "type": "integer", "minimum": 1, "maximum": 10 },
            "cart_id": { "type": "string", "format": "uuid" },
            "basket_hash": { "type": "string", "pattern": "^[a-f0-9]{64}$" }
          },
          "required": ["step"],
          "additionalProperties": false
        }
        ''')


@neg("snowplow", "public_resolver")
def n_iglu_public(r):
    return pick(r, "config/resolver.json", "micro/iglu.json"), fill('''
        {
          "schema": "iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-3",
          "data": {
            "cacheSize": 500,
            "repositories": [
              { "name": "Iglu Central", "priority": 0, "vendorPrefixes": ["com.snowplowanalytics"], "connection": { "http": { "uri": "http://iglucentral.com" } } },
              { "name": "Iglu Central - Mirror 01", "priority": 1, "vendorPrefixes": ["com.snowplowanalytics"], "connection": { "http": { "uri": "http://mirror01.iglucentral.com" } } },
              { "name": "Acme static schemas", "priority": 2, "vendorPrefixes": ["com.acme"], "connection": { "http": { "uri": "https://schemas.@SITE@" } } }
            ]
          }
        }
        ''', SITE=site(r))


@neg("cookiebot", "public_cbid")
def n_cookiebot(r):
    return pick(r, "templates/consent.html", "src/partials/cookiebot.html"), fill('''
        <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="@CBID@" data-blockingmode="auto" type="text/javascript"></script>
        <script id="CookieDeclaration" src="https://consent.cookiebot.com/@CBID@/cd.js" type="text/javascript" async></script>
        ''', CBID=uuid4(r))


@neg("osano", "public_config_id")
def n_osano(r):
    return pick(r, "public/index.html", "templates/head-consent.html"), fill('''
        <!-- Osano consent manager: customer and config ids are public -->
        <script src="https://cmp.osano.com/@OSC@/@OSCFG@/osano.js"></script>
        ''', OSC=rs(r, ALNUM, 17), OSCFG=uuid4(r))


@neg("klaro", "client_config")
def n_klaro(r):
    return pick(r, "static/js/klaro-config.js", "assets/consent/config.js"), fill('''
        var klaroConfig = {
            version: 1,
            elementID: 'klaro',
            storageMethod: 'cookie',
            cookieName: 'klaro_consent',
            cookieExpiresAfterDays: 180,
            privacyPolicy: '/privacy/',
            default: false,
            mustConsent: false,
            acceptAll: true,
            services: [
                { name: 'matomo', title: 'Matomo', purposes: ['analytics'], cookies: [/^_pk_.*$/, '_pk_id', 'MATOMO_SESSID'], required: false },
                { name: 'youtube', title: 'YouTube', purposes: ['marketing'], contextualConsentOnly: true }
            ]
        };
        ''')


@neg("consent-server", "consent_records")
def n_consent_csv(r):
    rows = ["consent_id,created_at,ip_hash,decision,services,banner_version"]
    for _ in range(r.randint(5, 9)):
        rows.append("%s,%s,%s,%s,%s,%d" % (uuid4(r), ts(r), rs(r, HEX, 64), pick(r, "accept_all", "reject_all", "custom"),
                                          pick(r, "matomo", "matomo|youtube", "none"), r.randint(3, 9)))
    return pick(r, "exports/consent_2024Q1.csv", "audit/consent-records-sample.csv"), "\n".join(rows) + "\n"


@neg("generic", "access_log")
def n_access_log(r):
    lines = []
    for _ in range(r.randint(6, 10)):
        lines.append('%s - - [%s] "GET /matomo.php?action_name=%s&idsite=%d&rec=1&r=%06d&h=%d&m=%d&s=%d&url=https%%3A%%2F%%2F%s%%2F&_id=%s&_idn=0&send_image=0&pv_id=%s HTTP/2.0" 204 0 "https://%s/" "%s"' % (
            ip4(r), "14/Mar/2024:09:%02d:%02d +0100" % (r.randint(0, 59), r.randint(0, 59)), pick(r, "Home", "Pricing", "Docs"),
            r.randint(1, 9), r.randint(0, 999999), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), site(r),
            rs(r, HEX, 16), rs(r, ALNUM, 6), site(r), ua(r)))
    return pick(r, "logs/tracker-access.log", "var/log/nginx/matomo.access.log"), "\n".join(lines) + "\n"


@neg("generic", "sri_hash")
def n_csp(r):
    return pick(r, "nginx/conf.d/security-headers.conf", "deploy/nginx/csp.conf"), fill('''
        add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-@H1@' 'sha256-@H2@' https://@HOST@; img-src 'self' data: https://@HOST@; connect-src 'self' https://@HOST@" always;
        add_header Referrer-Policy "strict-origin-when-cross-origin" always;
        add_header X-Content-Type-Options "nosniff" always;
        ''', H1=rs(r, B64, 43) + "=", H2=rs(r, B64, 43) + "=", HOST=host(r))


@neg("generic", "lockfile_integrity")
def n_pkglock(r):
    return "package-lock.json", fill('''
        {
          "name": "marketing-site",
          "version": "1.4.0",
          "lockfileVersion": 3,
          "requires": true,
          "packages": {
            "node_modules/posthog-js": {
              "version": "1.@A@.0",
              "resolved": "https://registry.npmjs.org/posthog-js/-/posthog-js-1.@A@.0.tgz",
              "integrity": "sha512-@I1@==",
              "license": "MIT"
            },
            "node_modules/@snowplow/browser-tracker": {
              "version": "3.23.0",
              "resolved": "https://registry.npmjs.org/@snowplow/browser-tracker/-/browser-tracker-3.23.0.tgz",
              "integrity": "sha512-@I2@=="
            }
          }
        }
        ''', A=r.randint(100, 160), I1=rs(r, B64, 86), I2=rs(r, B64, 86))


@neg("generic", "image_digest")
def n_digest_compose(r):
    return pick(r, "deploy/analytics/compose.prod.yml", "stack/analytics.yml"), fill('''
        services:
          plausible:
            image: ghcr.io/plausible/community-edition@sha256:@D1@
            env_file: plausible-conf.env.example
          clickhouse:
            image: clickhouse/clickhouse-server@sha256:@D2@
          matomo:
            image: matomo@sha256:@D3@
        ''', D1=rs(r, HEX, 64), D2=rs(r, HEX, 64), D3=rs(r, HEX, 64))


@neg("generic", "helm_lock")
def n_chart_lock(r):
    return pick(r, "charts/analytics/Chart.lock", "deploy/umbrella/Chart.lock"), fill('''
        dependencies:
        - name: matomo
          repository: oci://registry-1.docker.io/bitnamicharts
          version: 8.0.@A@
        - name: postgresql
          repository: oci://registry-1.docker.io/bitnamicharts
          version: 15.5.@B@
        digest: sha256:@D@
        generated: "@TS@"
        ''', A=r.randint(0, 20), B=r.randint(0, 20), D=rs(r, HEX, 64), TS=ts(r))


@neg("generic", "changelog_shas")
def n_changelog(r):
    lines = ["# Changelog", "", "## %s (%s)" % (ver(r), date(r)), ""]
    for _ in range(r.randint(4, 7)):
        lines.append("- %s (%s)" % (pick(r, "matomo: bump archiver memory limit", "plausible: move to CE v2.1",
                                         "umami: rename tracker script", "posthog: drop legacy decide call",
                                         "consent: add Klaro service for YouTube", "snowplow: new checkout_step schema"),
                                    rs(r, HEX, 7)))
    lines.append("")
    lines.append("Full diff: https://git.%s/web/analytics/compare/%s...%s" % (site(r), rs(r, HEX, 40), rs(r, HEX, 40)))
    return "CHANGELOG.md", "\n".join(lines) + "\n"


@neg("generic", "k8s_secret_ref")
def n_k8s_ref(r):
    return pick(r, "k8s/umami/deployment.yaml", "manifests/plausible/deployment.yaml"), fill('''
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: umami
          namespace: analytics
        spec:
          replicas: 2
          selector:
            matchLabels: { app: umami }
          template:
            metadata:
              labels: { app: umami }
            spec:
              containers:
                - name: umami
                  image: ghcr.io/umami-software/umami:postgresql-v2.11.3
                  env:
                    - name: DATABASE_URL
                      valueFrom:
                        secretKeyRef: { name: umami-db, key: url }
                    - name: APP_SECRET
                      valueFrom:
                        secretKeyRef: { name: umami-app, key: app-secret }
                  ports:
                    - containerPort: 3000
        ''')


@neg("generic", "sealed_secret")
def n_sealed(r):
    return pick(r, "k8s/matomo/sealed-secret.yaml", "gitops/analytics/matomo-db.sealed.yaml"), fill('''
        apiVersion: bitnami.com/v1alpha1
        kind: SealedSecret
        metadata:
          name: matomo-db
          namespace: analytics
        spec:
          encryptedData:
            db-password: @E1@
            token-auth: @E2@
          template:
            metadata:
              name: matomo-db
        ''', E1="AgB" + rs(r, B64, 360) + "==", E2="AgA" + rs(r, B64, 360) + "=")


@neg("generic", "sops_encrypted")
def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (rs(r, B64, n), rs(r, B64, 43) + "=", rs(r, B64, 22) + "==")
    return pick(r, "secrets/plausible.enc.yaml", "deploy/secrets/analytics.sops.yaml"), fill('''
        plausible:
            secret_key_base: @A@
            totp_vault_key: @B@
        sops:
            kms: []
            age:
                - recipient: age1@AGE@
                  enc: |
                    -----BEGIN AGE ENCRYPTED FILE-----
                    @AG1@
                    @AG2@
                    -----END AGE ENCRYPTED FILE-----
            lastmodified: "@TS@"
            mac: @MAC@
            version: 3.8.1
        ''', A=enc(86), B=enc(44), AGE=rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
        AG1=rs(r, B64, 64), AG2=rs(r, B64, 40), TS=ts(r), MAC=enc(44))


@neg("generic", "certificate")
def n_cert(r):
    body = "\n".join(rs(r, B64, 64) for _ in range(r.randint(14, 20)))
    return pick(r, "deploy/certs/collector-ca.pem", "nginx/ssl/analytics-chain.pem"), \
        "-----BEGIN CERTIFICATE-----\nMIIF" + body[4:] + "\n" + rs(r, B64, 40) + "==\n-----END CERTIFICATE-----\n"


@neg("generic", "ssh_public_key")
def n_authkeys(r):
    lines = ["# deploy keys allowed on the analytics host (public keys only)"]
    for who in ["ci@gitlab", "alice@laptop", "bob@workstation"][:r.randint(2, 3)]:
        lines.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s" % (rs(r, B64, 43), who))
    return pick(r, "ansible/files/authorized_keys", "provision/analytics/authorized_keys"), "\n".join(lines) + "\n"


@neg("generic", "tf_random_password")
def n_tf_random(r):
    return pick(r, "infra/matomo/db.tf", "terraform/analytics/secrets.tf"), fill('''
        resource "random_password" "matomo_db" {
          length  = 32
          special = false
        }

        resource "aws_secretsmanager_secret" "matomo_db" {
          name = "analytics/matomo/db-password"
        }

        resource "aws_secretsmanager_secret_version" "matomo_db" {
          secret_id     = aws_secretsmanager_secret.matomo_db.id
          secret_string = random_password.matomo_db.result
        }

        output "matomo_db_secret_arn" {
          value = aws_secretsmanager_secret.matomo_db.arn
        }
        ''')


@neg("generic", "openapi_scheme")
def n_openapi(r):
    return pick(r, "docs/api/analytics-proxy.yaml", "openapi/stats-gateway.yaml"), fill('''
        openapi: 3.0.3
        info:
          title: Stats gateway
          version: @VER@
        servers:
          - url: https://@HOST@/api
        components:
          securitySchemes:
            tokenAuth:
              type: apiKey
              in: query
              name: token_auth
            bearer:
              type: http
              scheme: bearer
        security:
          - bearer: []
        paths:
          /sites/{siteId}/summary:
            get:
              parameters:
                - { name: siteId, in: path, required: true, schema: { type: integer, example: 3 } }
              responses:
                "200": { description: ok }
        ''', VER=ver(r), HOST=host(r))


@neg("generic", "go_sum")
def n_gosum(r):
    mods = ["github.com/pirsch-analytics/pirsch-go-sdk/v2 v2.6.0", "github.com/ClickHouse/clickhouse-go/v2 v2.23.2",
            "github.com/google/uuid v1.6.0", "golang.org/x/crypto v0.22.0"]
    lines = []
    for m in mods[:r.randint(3, 4)]:
        lines.append("%s h1:%s=" % (m, rs(r, B64, 43)))
        lines.append("%s/go.mod h1:%s=" % (m, rs(r, B64, 43)))
    return "go.sum", "\n".join(lines) + "\n"


@neg("generic", "trace_log")
def n_json_log(r):
    lines = []
    for _ in range(r.randint(4, 7)):
        lines.append(json.dumps({"ts": ts(r), "level": "info", "msg": "forwarded hit", "site": site(r),
                                 "request_id": uuid4(r), "traceparent": "00-%s-%s-01" % (rs(r, HEX, 32), rs(r, HEX, 16)),
                                 "visitor": rs(r, HEX, 16), "latency_ms": r.randint(2, 90)}, sort_keys=True))
    return pick(r, "logs/collector.jsonl", "var/log/stats-proxy.log"), "\n".join(lines) + "\n"


@neg("generic", "pixel_base64")
def n_pixel(r):
    return pick(r, "src/tracker/noscript.ts", "web/src/pixel.js"), fill('''
        // 1x1 transparent GIF returned by the first-party tracking proxy
        export const PIXEL = Buffer.from(
          'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
          'base64',
        );

        export const ETAG = '"@ET@"';
        export const CACHE_KEY = 'px:@CK@';
        ''', ET=rs(r, HEX, 32), CK=rs(r, HEX, 40))


@neg("clickhouse", "query_result")
def n_ch_result(r):
    rows = ["┌─day────────┬─site_id─┬─uniq_hash────────────┬─visitors─┐"]
    for _ in range(r.randint(4, 7)):
        rows.append("│ %s │ %7d │ %20d │ %8d │" % (date(r), r.randint(1, 9), r.randint(10 ** 18, 10 ** 19 - 1), r.randint(1, 50000)))
    rows.append("└────────────┴─────────┴──────────────────────┴──────────┘")
    return pick(r, "docs/notes/clickhouse-dedup.md", "notes/ch-visitor-check.md"), \
        "Checking daily uniques after the salt rotation:\n\n```\n" + "\n".join(rows) + "\n```\n"


@neg("generic", "ga_cookie_doc")
def n_cookie_table(r):
    return pick(r, "docs/cookies.md", "content/cookie-policy.md"), fill('''
        | Cookie | Provider | Example value | Lifetime |
        |---|---|---|---|
        | `_ga` | Google Analytics | `GA1.1.@C1@.@C2@` | 2 years |
        | `_ga_@MIDS@` | Google Analytics | `GS1.1.@C2@.3.1.@C2@.0.0.0` | 2 years |
        | `_pk_id.@IDS@.@H4@` | Matomo | `@VID@.@C2@.` | 13 months |
        | `sp` | Snowplow | `@UUID@` | 1 year |
        | `CookieConsent` | Cookiebot | `{stamp:'@STAMP@',necessary:true,preferences:false,statistics:true,marketing:false}` | 1 year |
        ''', C1=r.randint(10 ** 8, 10 ** 10), C2=r.randint(1690000000, 1720000000), MIDS=rs(r, string.ascii_uppercase + string.digits, 10),
        IDS=r.randint(1, 9), H4=rs(r, HEX, 4), VID=rs(r, HEX, 16), UUID=uuid4(r), STAMP=rs(r, B64, 44))


@neg("generic", "salt_doc")
def n_salt_doc(r):
    return pick(r, "docs/privacy/visitor-hashing.md", "docs/adr/0007-visitor-ids.md"), fill('''
        # Visitor identification without cookies

        Each visitor gets a daily identifier:

            visitor_id = sha256(daily_salt || site_domain || ip || user_agent)[:16]

        Example row from the events table (salt of 2024-03-14, already deleted):

            visitor_id = @VID@
            full hash  = @FULL@

        The salt is rotated at midnight UTC and only kept in memory, so yesterday's
        ids cannot be re-linked.  See also the Matomo setting `[General] salt`, which
        we generate at install time and keep in the secret store (never in git).
        ''', VID=rs(r, HEX, 16), FULL=rs(r, HEX, 64))


@neg("generic", "test_uuid_fixture")
def n_py_test(r):
    return pick(r, "tests/test_site_mapping.py", "tests/unit/test_umami_ids.py"), fill('''
        import uuid

        import pytest

        from analytics.mapping import website_for_host

        SITES = {
            "@S1@": uuid.UUID("@U1@"),
            "@S2@": uuid.UUID("@U2@"),
        }


        @pytest.mark.parametrize("hostname,expected", SITES.items())
        def test_website_for_host(hostname, expected):
            assert website_for_host(hostname) == expected


        def test_unknown_host_returns_none():
            assert website_for_host("localhost") is None
        ''', S1=site(r), S2="www." + site(r), U1=uuid4(r), U2=uuid4(r))


@neg("terraform", "provider_lock_hash")
def n_tf_lock(r):
    return ".terraform.lock.hcl", fill('''
        # This file is maintained automatically by "terraform init".
        # Manual edits may be lost in future updates.

        provider "registry.terraform.io/posthog/posthog" {
          version     = "0.3.@A@"
          constraints = "~> 0.3"
          hashes = [
            "h1:@H1@=",
            "zh:@Z1@",
            "zh:@Z2@",
          ]
        }
        ''', A=r.randint(0, 9), H1=rs(r, B64, 43), Z1=rs(r, HEX, 64), Z2=rs(r, HEX, 64))


@neg("generic", "ini_no_secret")
def n_matomo_global(r):
    return pick(r, "config/common.config.ini.php", "docker/matomo/common.config.ini.php"), fill('''
        ; <?php exit; ?> DO NOT REMOVE THIS LINE
        ; settings shared by all environments; credentials come from environment variables
        [General]
        enable_trusted_host_check = 1
        assume_secure_protocol = 1
        force_ssl = 1
        login_allow_logme = 0
        enable_framed_pages = 0
        archiving_range_force_on_browser_request = 0
        datatable_archiving_maximum_rows_referrers = 1000

        [Tracker]
        ignore_visits_cookie_name = "matomo_ignore"
        use_third_party_id_cookie = 0
        visit_standard_length = 1800
        ''')


@neg("generic", "hmac_signature_doc")
def n_webhook_sig(r):
    return pick(r, "docs/integrations/webhooks.md", "docs/posthog-webhooks.md"), fill('''
        ## Verifying webhook deliveries

        Every delivery carries a signature header computed with the shared secret
        that is stored in the secret manager (`analytics/webhook-signing`):

        ```
        POST /hooks/analytics HTTP/1.1
        Content-Type: application/json
        X-Signature-256: sha256=@SIG@
        X-Delivery-Id: @DID@
        ```

        Recompute `hmac_sha256(secret, raw_body)` and compare in constant time.
        ''', SIG=rs(r, HEX, 64), DID=uuid4(r))


# =================================================================== DRIVER
CODE_EXPR = {
    "py": ['os.environ["%s"]', 'os.getenv("%s", "")', 'settings.%s'],
    "js": ["process.env.%s", "process.env.%s ?? ''"],
    "ts": ["process.env.%s!", "process.env.%s ?? ''"],
    "php": ["getenv('%s')", "$_ENV['%s']"],
    "rb": ['ENV.fetch("%s")', 'ENV["%s"]'],
    "tf": ["var.%s"],
    "hocon": ["${%s}", "${?%s}"],
}


def env_name(var):
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", var)
    s = re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_").upper()
    return s or "SECRET"


def is_env_file(path):
    """Names the scanner's policy blocks outright: .env, .env.local, .env.production, x.env ..."""
    b = path.rsplit("/", 1)[-1]
    if b.endswith((".example", ".sample", ".template", ".dist")):
        return False
    return b == ".env" or b.startswith(".env.") or b.endswith(".env")


def filetype(path, text):
    b = path.rsplit("/", 1)[-1]
    if b.startswith(".env") or b.endswith(".env"):
        return "env"
    if "." not in b.lstrip("."):
        return "json" if text.lstrip().startswith("{") else "text"
    ext = b.rsplit(".", 1)[-1].lower()
    return {"yaml": "yml", "mjs": "js", "jsonl": "json", "pem": "pem", "erb": "erb"}.get(ext, ext)


def placeholder(r, t):
    v = t["var"]
    opts = ["<your-%s>" % env_name(v).lower().replace("_", "-"), "YOUR_API_KEY_HERE", "changeme",
            "CHANGE_ME", "REPLACE_ME", "<%s>" % env_name(v), "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "your-secret-here", "TODO-set-me", "dummy", "example"]
    sample = t["gen"](random.Random(0))
    for pre in ("phx_", "sa_api_key_", "pa_", "GOCSPX-"):
        if sample.startswith(pre):
            opts += [pre + "x" * (len(sample) - len(pre)), pre + "XXXXXXXXXXXXXXXX", pre + "..."]
    if len(sample) == 32 and all(c in HEX for c in sample):
        opts += ["0" * 32, "<32-char-hex-token>"]
    if len(sample) == 36 and sample.count("-") == 4:
        opts += ["00000000-0000-0000-0000-000000000000", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"]
    return r.choice(opts)


def masked(r, t):
    sample = t["gen"](random.Random(1))
    opts = ["********", "****************", "[REDACTED]", "<redacted>", "<hidden>", "***"]
    for pre in ("phx_", "sa_api_key_", "pa_", "GOCSPX-"):
        if sample.startswith(pre):
            opts.append(pre + "*" * 12)
    return r.choice(opts)


def template_expr(r, t, path):
    n = env_name(t["var"])
    low = n.lower()
    if path.startswith(".github/"):
        return "${{ secrets.%s }}" % n
    return r.choice(["{{ .Values.analytics.%s }}" % low, "{{ %s }}" % low, "{{ vault_%s }}" % low,
                     "<%%= ENV['%s'] %%>" % n, "{{ env \"%s\" }}" % n])


def secret_ref(r, t):
    n = env_name(t["var"]).lower().replace("_", "-")
    prov = t["provider"]
    return r.choice(["vault:secret/data/analytics/%s#%s" % (prov, n),
                     "op://Analytics/%s/%s" % (prov, n),
                     "arn:aws:secretsmanager:eu-central-1:%d:secret:analytics/%s-%s" % (
                         r.randint(10 ** 11, 10 ** 12 - 1), n, rs(r, ALNUM, 6)),
                     "sm://acme-prod/%s-%s" % (prov, n)])


def env_ref_str(r, t):
    n = env_name(t["var"])
    if t["lang"] == "shell":
        return r.choice(["$%s" % n, "${%s}" % n, "${%s:?missing}" % n])
    return r.choice(["${%s}" % n, "${%s}" % n, "$%s" % n])


def render_neg_reuse(r, t):
    path, text = t["render"](r)
    assert text.count("@V@") == 1, t["name"]
    if is_env_file(path):
        path = path + ".example"
    line = text[:text.index("@V@")].rsplit("\n", 1)[-1] + text[text.index("@V@"):].split("\n", 1)[0]
    in_url = bool(re.search(r"://[^\s\"']*:@V@@", line))
    cats = ["placeholder", "placeholder", "empty", "masked", "env_ref", "env_ref", "template_expr", "secret_manager_ref"]
    if in_url:
        cats = ["placeholder", "empty", "masked", "env_ref", "env_ref"]
    if t["ex"]:
        cats += ["doc_example", "doc_example"]
    if t["pub"]:
        cats += ["public_value", "public_value"]
    cat = r.choice(cats)
    quoted = None
    for q in ('"@V@"', "'@V@'"):
        if q in text:
            quoted = q
    if cat == "env_ref" and quoted and t["lang"] in CODE_EXPR and r.random() < 0.8:
        expr = r.choice(CODE_EXPR[t["lang"]])
        name = env_name(t["var"])
        if t["lang"] == "tf":
            name = name.lower()
        if t["lang"] == "py" and expr.startswith("settings."):
            name = name
        text = text.replace(quoted, expr % name)
        if t["lang"] == "py" and "os." in expr and "import os" not in text:
            m = re.search(r"^(import |from )", text, re.M)
            text = text[:m.start()] + "import os\n" + text[m.start():] if m else "import os\n" + text
        return path, text, cat
    if cat == "placeholder":
        v = placeholder(r, t)
    elif cat == "empty":
        v = ""
    elif cat == "masked":
        v = masked(r, t)
    elif cat == "env_ref":
        v = env_ref_str(r, t)
    elif cat == "template_expr":
        v = template_expr(r, t, path)
    elif cat == "secret_manager_ref":
        v = secret_ref(r, t)
    elif cat == "doc_example":
        v = r.choice(t["ex"])
    else:
        v = t["pub"](r)
    return path, text.replace("@V@", v), cat


LEFTOVER = re.compile(r"@[A-Z][A-Z0-9]*@")


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ke.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    npos, nneg = 500, 500
    manifest, secrets = [], []

    def cycle(items, n):
        out = []
        while len(out) < n:
            block = list(items)
            r.shuffle(block)
            out.extend(block)
        return out[:n]

    env_pos = 0
    for i, t in enumerate(cycle(POS, npos)):
        path, text = t["render"](r)
        assert text.count("@V@") == 1, t["name"]
        assert not LEFTOVER.search(text.replace("@V@", "")), (t["name"], LEFTOVER.search(text.replace("@V@", "")))
        secret = t["gen"](r)
        assert secret and "\n" not in secret
        idx = text.index("@V@")
        text = text.replace("@V@", secret)
        first = text.index(secret)
        assert first == idx, t["name"]
        line = text[:first].count("\n") + 1
        if is_env_file(path):
            env_pos += 1
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        with open(os.path.join(outdir, rel), encoding="utf-8", newline="") as f:
            back = f.read()
        assert secret in back.split("\n")[line - 1], (rel, line)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path, text)})
        secrets.append({"file": rel, "needle": secret, "line": line})
    assert env_pos * 20 <= npos, env_pos

    plan = ["reuse"] * (nneg // 2) + ["lookalike"] * (nneg - nneg // 2)
    r.shuffle(plan)
    reuse_iter = iter(cycle(POS, nneg // 2))
    look_iter = iter(cycle(NEG, nneg - nneg // 2))
    for i, what in enumerate(plan):
        if what == "reuse":
            t = next(reuse_iter)
            path, text, cat = render_neg_reuse(r, t)
            provider, kind = t["provider"], cat
        else:
            t = next(look_iter)
            path, text = t["render"](r)
            provider, kind = t["provider"], t["kind"]
        assert "@V@" not in text, t["name"]
        assert not is_env_file(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(path, text)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
