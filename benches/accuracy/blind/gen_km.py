#!/usr/bin/env python3
"""Blind evaluation-set generator "km": the R ecosystem and Shiny applications.

EMPHASIS
    Credentials as they leak in R projects: `.Renviron` and `~/.Rprofile`
    (`Sys.setenv(...)`), `config.yml` of the `config` package (per-environment
    sections), `keyring`, `httr` / `httr2` calls (`add_headers(Authorization=)`,
    `req_auth_bearer_token()`), `DBI::dbConnect()` with `odbc`, `RPostgres`,
    `RMariaDB`, `rsconnect::setAccountInfo()` (shinyapps.io token/secret),
    Posit Connect API keys (`connectApiUser`, `pins::board_connect`, plumber
    calls with `Authorization: Key ...`), `gargle` / `googlesheets4` /
    `bigrquery` service-account JSON, `rtweet`, `aws.s3`, `pins`, `mailR` /
    `blastula` SMTP, `RSelenium` (BrowserStack), `openai` / `ellmer`,
    `tidycensus::census_api_key()`, `fredr_set_key()`, `quantmod` (Alpha
    Vantage / Tiingo), `Quandl`, `rnoaa`, `REDCapR`, `qualtRics`, `spotifyr`,
    `slackr`, `mapdeck`, `airtabler`, Databricks, Azure storage (`AzureStor`),
    GitHub PATs (`GITHUB_PAT` for remotes / usethis), Hugging Face tokens.
    Providers: US Census, FRED, NOAA CDO, Google (API key, service account),
    OpenAI, Anthropic, shinyapps.io, Posit Connect, AWS, PostgreSQL / MariaDB /
    SQL Server / Snowflake passwords, SMTP (Gmail app password, SendGrid,
    generic), X/Twitter, GitHub, Alpha Vantage, Tiingo, Nasdaq Data Link,
    REDCap, Qualtrics, Spotify, Slack, Mapbox, Airtable, Databricks, Azure,
    BrowserStack, Hugging Face, plumber shared secrets.
    File types: .R, .Rmd, .qmd, .Renviron, .Rprofile, config.yml, .Rhistory,
    JSON, .Rproj, renv.lock, DESCRIPTION, Dockerfile (rocker images), GitHub
    workflows, Markdown, shell, odbc.ini, .dcf, docker-compose, CSV, logs,
    SQL, BibTeX, CITATION.cff, _quarto.yml, _pkgdown.yml, MD5, targets meta.

USAGE
    python3 -B gen_km.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 positives), OUTDIR/neg/nNNNN/<relpath>
    (500 negatives), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.
    Deterministic per SEED: one random.Random(SEED), no clock, no os.urandom,
    no set iteration, no hash() of strings.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without quotes.
    * Key pairs (AWS access key id + secret, shinyapps.io token + secret):
      the needle is the secret half (AWS secret access key, shinyapps secret);
      the public half is written too, as real files do.
    * Headers: only the token/key value (no "Bearer " / "Key " / "token ").
    * Connection strings / URLs with user:password@host and DSN strings with
      PWD=...: only the password.
    * Webhook URLs (Slack): the whole URL, since the URL is the secret.
    * Service-account JSON: the JSON-escaped one-line "private_key" value from
      "-----BEGIN PRIVATE KEY-----\\n" to "-----END PRIVATE KEY-----\\n" as
      written inside the quotes.  Multi-line PEM files: the first base64 body
      line after the BEGIN line.
    * line = 1-based line of the needle's first occurrence (asserted).

NEGATIVES
    Half re-use the positive templates with the secret slot (and any paired
    id) holding a non-secret: placeholders (YOUR_API_KEY_HERE, <your-key>,
    changeme, xxxx...), empty values, masked values (****, [REDACTED]),
    ${VAR} / ${{ secrets.X }} references, op:// and vault paths, and the
    providers' documented example values (FRED "abcdefghijklmnopqrstuvwxyz123456",
    tidycensus "111111abc", AWS AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/...EXAMPLEKEY,
    rsconnect "token"/"secret", Slack T00000000/B00000000/XXXX..., Connect
    "ABCDEFGHIJKLMNO").  The other half are look-alikes from the R world:
    renv.lock Hash/RemoteSha, packrat.lock, package MD5 files, rsconnect
    manifest.json checksums, rsconnect deployment .dcf records (appId,
    bundleId, appGuid), Quarto _freeze hashes and _publish.yml ids, targets
    meta hashes, pins hashes and versions, Census GEOIDs / FIPS / table ids,
    FRED series ids, NOAA station ids, DOIs, ORCIDs, set.seed() values,
    digest() outputs, UUIDs, rocker image sha256 digests, SHA-pinned GitHub
    actions, Sys.getenv(), keyring::key_get(), config::get(), `!expr`
    config entries, public values (Mapbox pk. tokens, Google OAuth client ids,
    Algolia DocSearch search-only keys in _pkgdown.yml, reCAPTCHA site keys,
    GA measurement ids), public keys, base64 images, shinymanager password
    hashes.  No negative lives in a `.env*` file other than .env.example /
    .env.sample.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * rsconnect::setAccountInfo(name, token, secret, server="shinyapps.io"),
      docs example setAccountInfo("user", "token", "secret"); shinyapps.io
      dashboard "Tokens" page shows the full setAccountInfo() command.
    * FRED: "32 character lower-cased alpha-numeric character string"
      (eFRED docs, SAS SASEFRED docs); example abcdefghijklmnopqrstuvwxyz123456.
    * tidycensus::census_api_key(key, overwrite, install) writes
      CENSUS_API_KEY to .Renviron; docs example "111111abc".  census.gov says
      the key is appended as &key=...; it does not state the length.
    * rnoaa: token from ncdc.noaa.gov/cdo-web/token, stored as
      options(noaakey=) in .Rprofile or NOAA_KEY= in .Renviron.
    * Posit Connect: header "Authorization: Key <API_KEY>" (also
      X-RSC-Authorization); docs example "Key ABCDEFGHIJKLMNO"; connectwidgets
      / pins read CONNECT_SERVER and CONNECT_API_KEY.
    * Real projects (code corpus) call setAccountInfo with Sys.getenv()
      values, used here for negatives.

DOUBTS (formats written from memory, not confirmed by the searches)
    * Census key length/alphabet (40 lowercase hex), NOAA CDO token
      (32 letters), Posit Connect key (32 alphanumerics), shinyapps.io token
      (32 upper-case hex) and secret (40 base64 chars), REDCap token (32
      upper-case hex), Qualtrics token (40 alphanumerics), Alpha Vantage
      (16 upper-case alphanumerics), Tiingo (40 hex), Nasdaq Data Link (20
      chars), BrowserStack access key (20 alphanumerics), Spotify secret
      (32 hex).
    * OpenAI project keys (sk-proj-...T3BlbkFJ...) and legacy keys, Anthropic
      sk-ant-api03-...AA, Hugging Face hf_ (34 letters), Databricks dapi+32
      hex, Airtable pat<14>.<64 hex>, Mapbox sk./pk. JWT-like layout, X
      bearer token layout (leading run of 'A'), SendGrid SG.<22>.<43>, Azure
      storage key (64 bytes base64), GitHub ghp_ with CRC32/base62 checksum
      in the last 6 chars: from memory of the providers' announcements.
    * The REDCapR example token used among negatives is from memory of the
      REDCapR documentation (a public test-server token).
"""

import json
import os
import random
import sys
import zlib
import base64

HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UPP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
B62 = DIG + UPP + LOW
B64 = UPP + LOW + DIG + "+/"
URLS = UPP + LOW + DIG + "-_"
B32 = UPP + "234567"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def fill(tpl, **kw):
    for k in sorted(kw):
        tpl = tpl.replace("@" + k + "@", str(kw[k]))
    assert "@S@" not in tpl
    return tpl


def pick(r, seq):
    return seq[r.randrange(len(seq))]


# ---------------------------------------------------------------- context --
PROJECTS = ["acs-dashboard", "macro-monitor", "clinic-reports", "sales-shiny",
            "weather-explorer", "survey-pipeline", "housing-affordability",
            "covid-trends", "energy-prices", "school-outcomes", "trial-monitor",
            "transit-ridership", "crop-yields", "fund-tracker", "twitter-sentiment",
            "qualtrics-etl", "redcap-sync", "census-maps", "retail-forecast",
            "air-quality-app"]
USERS = ["jsmith", "mlopez", "akhan", "dchen", "rpatel", "emueller", "tnguyen",
         "sgarcia", "obrien", "lwang", "kfischer", "hsato", "analytics", "datateam"]
ORGS = ["acme", "northwind", "riverbend", "statlab", "healthdata", "civic-analytics",
        "blue-harbor", "epi-unit", "finlab", "metro-planning"]
HOSTS = ["db.internal.{o}.org", "pg-prod.{o}.net", "warehouse.{o}.com",
         "10.20.4.17", "analytics-db.{o}.io", "mysql01.{o}.local",
         "{o}-reporting.cluster-cx1.us-east-1.rds.amazonaws.com"]
STATES = [("06", "CA", "California"), ("36", "NY", "New York"), ("48", "TX", "Texas"),
          ("17", "IL", "Illinois"), ("53", "WA", "Washington"), ("12", "FL", "Florida"),
          ("39", "OH", "Ohio"), ("13", "GA", "Georgia"), ("27", "MN", "Minnesota")]
FRED_SERIES = ["UNRATE", "GDPC1", "CPIAUCSL", "DGS10", "FEDFUNDS", "PAYEMS",
               "MORTGAGE30US", "T10Y2Y", "INDPRO", "HOUST", "PCEPI", "M2SL",
               "DEXUSEU", "UMCSENT", "ICSA"]
ACS_VARS = ["B19013_001", "B01003_001", "B25077_001", "B17001_002", "B23025_005",
            "B15003_022", "B25064_001", "B08301_010", "B02001_002", "B03002_012"]
PKGS = ["dplyr", "tidyr", "ggplot2", "readr", "purrr", "stringr", "lubridate",
        "janitor", "glue", "scales", "sf", "leaflet", "plotly", "DT", "here",
        "data.table", "arrow", "jsonlite", "bslib", "gt"]


def proj(r):
    return pick(r, PROJECTS)


def user(r):
    return pick(r, USERS)


def org(r):
    return pick(r, ORGS)


def dbhost(r):
    return pick(r, HOSTS).replace("{o}", org(r))


def email(r):
    return user(r) + "@" + org(r) + pick(r, [".org", ".com", ".edu", ".gov"])


def libs(r, extra=(), k=None):
    k = k if k is not None else r.randint(2, 5)
    chosen = []
    pool = list(PKGS)
    r.shuffle(pool)
    for p in list(extra) + pool[:k]:
        if p not in chosen:
            chosen.append(p)
    return "\n".join("library(%s)" % p for p in chosen)


def r_body(r):
    """A few lines of innocent analysis code."""
    opts = [
        "df <- readr::read_csv(here::here(\"data\", \"raw.csv\"), show_col_types = FALSE)",
        "df <- df |> janitor::clean_names() |> dplyr::filter(!is.na(value))",
        "summary_tbl <- df |> dplyr::group_by(year) |> dplyr::summarise(mean = mean(value))",
        "p <- ggplot2::ggplot(df, ggplot2::aes(date, value)) + ggplot2::geom_line()",
        "ggplot2::ggsave(\"output/trend.png\", p, width = 8, height = 4.5, dpi = 300)",
        "readr::write_csv(summary_tbl, \"output/summary.csv\")",
        "message(\"rows: \", nrow(df))",
        "stopifnot(nrow(df) > 0)",
        "options(scipen = 999, dplyr.summarise.inform = FALSE)",
        "out_dir <- file.path(\"output\", format(Sys.Date(), \"%Y-%m\"))",
        "dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)",
        "saveRDS(df, file.path(out_dir, \"clean.rds\"))",
    ]
    r2 = list(opts)
    r.shuffle(r2)
    return "\n".join(r2[:r.randint(2, 5)])


def comment_header(r, what):
    return "# %s\n# Project: %s\n# Author: %s\n" % (what, proj(r), user(r))


# ------------------------------------------------------- secret generators --
class Cred(object):
    def __init__(self, provider, kind, s, **x):
        self.provider = provider
        self.kind = kind
        self.s = s
        self.x = x


def b64enc(b):
    return base64.b64encode(b).decode("ascii")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def base62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def gh_pat(r):
    body = rs(r, B62, 30)
    return "ghp_" + body + base62(zlib.crc32(body.encode()) & 0xffffffff, 6)


def password(r, n=None, url_safe=False):
    n = n or r.randint(14, 24)
    alpha = B62 + ("-_" if url_safe else "!#%^*-_+=.")
    while True:
        p = rs(r, alpha, n)
        if (any(c in DIG for c in p) and any(c in UPP for c in p)
                and any(c in LOW for c in p)):
            return p


def pem_body_lines(r, nlines=25):
    head = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
    first = head + rs(r, B64, 64 - len(head))
    lines = [first] + [rs(r, B64, 64) for _ in range(nlines - 1)]
    lines.append(rs(r, B64, 20) + "==")
    return lines


def sa_private_key(r):
    lines = pem_body_lines(r)
    return ("-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines)
            + "\\n-----END PRIVATE KEY-----\\n")


def mapbox(r, pre):
    u = user(r)
    payload = json.dumps({"u": u, "a": rs(r, LOW + DIG, 25)}, separators=(",", ":"))
    p = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return pre + "." + p + "." + rs(r, URLS, 22)


def gen(name, r):
    if name == "census":
        return Cred("census", "api-key", rs(r, HEX, 40))
    if name == "fred":
        return Cred("fred", "api-key", rs(r, HEX, 32))
    if name == "noaa":
        return Cred("noaa", "api-token", rs(r, UPP + LOW, 32))
    if name == "google":
        return Cred("google", "api-key", "AIza" + rs(r, URLS, 35))
    if name == "openai":
        if r.random() < 0.6:
            s = "sk-proj-" + rs(r, URLS, 74) + "T3BlbkFJ" + rs(r, URLS, 74)
        else:
            s = "sk-" + rs(r, B62, 20) + "T3BlbkFJ" + rs(r, B62, 20)
        return Cred("openai", "api-key", s)
    if name == "anthropic":
        return Cred("anthropic", "api-key", "sk-ant-api03-" + rs(r, URLS, 93) + "AA")
    if name == "shinyapps":
        return Cred("shinyapps.io", "token-secret", rs(r, B64, 40),
                    token=rs(r, HEXU, 32), acct=pick(r, PROJECTS).split("-")[0] + user(r)[:3])
    if name == "connect":
        return Cred("posit-connect", "api-key", rs(r, B62, 32))
    if name == "aws":
        return Cred("aws", "secret-access-key", rs(r, B64, 40),
                    akid="AKIA" + rs(r, B32, 16))
    if name == "dbpass":
        return Cred("database", "password", password(r))
    if name == "dburl":
        return Cred("database", "connection-string-password", password(r, url_safe=True))
    if name == "smtp":
        return Cred("smtp", "password", password(r, r.randint(12, 20)))
    if name == "gmail":
        return Cred("gmail", "app-password", rs(r, LOW, 16))
    if name == "sendgrid":
        return Cred("sendgrid", "api-key", "SG." + rs(r, URLS, 22) + "." + rs(r, URLS, 43))
    if name == "gsa":
        return Cred("google", "service-account-private-key", sa_private_key(r),
                    kid=rs(r, HEX, 40), cid=rs(r, DIG, 21))
    if name == "pem":
        return Cred("ssh", "private-key", "", lines=pem_body_lines(r))
    if name == "twitter":
        s = "A" * 22 + rs(r, B62, 18) + "%2F" + rs(r, B62, 10) + "%3D" + rs(r, B62, 50)
        return Cred("x-twitter", "bearer-token", s)
    if name == "github":
        return Cred("github", "personal-access-token", gh_pat(r))
    if name == "alphavantage":
        return Cred("alpha-vantage", "api-key", rs(r, UPP + DIG, 16))
    if name == "tiingo":
        return Cred("tiingo", "api-token", rs(r, HEX, 40))
    if name == "quandl":
        return Cred("nasdaq-data-link", "api-key", rs(r, B62 + "_-", 20))
    if name == "redcap":
        return Cred("redcap", "api-token", rs(r, HEXU, 32))
    if name == "qualtrics":
        return Cred("qualtrics", "api-token", rs(r, B62, 40))
    if name == "spotify":
        return Cred("spotify", "client-secret", rs(r, HEX, 32), cid=rs(r, HEX, 32))
    if name == "slack":
        s = ("https://hooks.slack.com/services/T" + rs(r, UPP + DIG, 10) + "/B"
             + rs(r, UPP + DIG, 10) + "/" + rs(r, B62, 24))
        return Cred("slack", "webhook-url", s)
    if name == "mapbox":
        return Cred("mapbox", "secret-token", mapbox(r, "sk"))
    if name == "airtable":
        return Cred("airtable", "personal-access-token",
                    "pat" + rs(r, B62, 14) + "." + rs(r, HEX, 64))
    if name == "databricks":
        return Cred("databricks", "personal-access-token", "dapi" + rs(r, HEX, 32))
    if name == "azure":
        return Cred("azure-storage", "account-key", b64enc(rbytes(r, 64)))
    if name == "browserstack":
        return Cred("browserstack", "access-key", rs(r, B62, 20))
    if name == "hf":
        return Cred("huggingface", "access-token", "hf_" + rs(r, UPP + LOW, 34))
    if name == "plumber":
        return Cred("plumber", "shared-secret", rs(r, HEX, 48))
    raise KeyError(name)


# conventional environment variable per generator (used for ${VAR} fillers)
VARS = {
    "census": "CENSUS_API_KEY", "fred": "FRED_API_KEY", "noaa": "NOAA_KEY",
    "google": "GOOGLE_API_KEY", "openai": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY", "shinyapps": "SHINYAPPS_SECRET",
    "connect": "CONNECT_API_KEY", "aws": "AWS_SECRET_ACCESS_KEY",
    "dbpass": "DB_PASSWORD", "dburl": "PGPASSWORD", "smtp": "SMTP_PASSWORD",
    "gmail": "GMAIL_APP_PASSWORD", "sendgrid": "SENDGRID_API_KEY",
    "gsa": "GCP_SA_KEY", "pem": "DEPLOY_KEY", "twitter": "TWITTER_BEARER_TOKEN",
    "github": "GITHUB_PAT", "alphavantage": "AV_API_KEY", "tiingo": "TIINGO_TOKEN",
    "quandl": "QUANDL_API_KEY", "redcap": "REDCAP_API_TOKEN",
    "qualtrics": "QUALTRICS_API_KEY", "spotify": "SPOTIFY_CLIENT_SECRET",
    "slack": "SLACK_WEBHOOK_URL", "mapbox": "MAPBOX_SECRET_TOKEN",
    "airtable": "AIRTABLE_API_KEY", "databricks": "DATABRICKS_TOKEN",
    "azure": "AZURE_STORAGE_KEY", "browserstack": "BROWSERSTACK_ACCESS_KEY",
    "hf": "HUGGINGFACE_HUB_TOKEN", "plumber": "API_SHARED_SECRET",
}

# providers' documented example / public values (never secrets)
EXAMPLES = {
    "census": ["111111abc"],
    "fred": ["abcdefghijklmnopqrstuvwxyz123456"],
    "noaa": ["your-noaa-token"],
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "shinyapps": ["secret"],
    "connect": ["ABCDEFGHIJKLMNO"],
    "slack": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
    "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "openai": ["sk-...", "sk-proj-XXXXXXXXXXXXXXXX"],
    "redcap": ["9A81268476645C4E5F03428B8AC3AA7B"],
    "gsa": ["-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"],
    "google": ["AIza..."],
    "sendgrid": ["SG.xxxxx.yyyyy"],
    "hf": ["hf_xxx"],
}

GENERIC = ["YOUR_API_KEY_HERE", "<your-key>", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
           "", "****************", "[REDACTED]", "your-api-key", "<INSERT_KEY_HERE>",
           "REPLACE_ME", "TODO", "********", "<redacted>", "your_token_here",
           "XXXXXXXXXXXXXXXXXXXX", "dummy-key-for-tests"]
PW_GENERIC = ["changeme", "password", "<password>", "********", "", "[REDACTED]",
              "YOUR_PASSWORD", "xxxxxxxx", "<db-password>"]


def filler(r, g, ctx):
    """Non-secret value for the secret slot of template gen g in context ctx."""
    var = VARS[g]
    opts = list(PW_GENERIC if g in ("dbpass", "dburl", "smtp", "gmail") else GENERIC)
    ex = EXAMPLES.get(g, [])
    if ctx in ("env", "yaml", "sh", "docker"):
        opts += ["${%s}" % var, "op://Shared/%s/credential" % var.lower().replace("_", "-"),
                 "vault:secret/data/r-apps#%s" % var.lower()]
    if ctx == "gha":
        opts += ["${{ secrets.%s }}" % var, "${{ secrets.%s }}" % var]
    if ctx == "url":
        opts = ["password", "changeme", "PASSWORD", "<password>", "****", "${PGPASSWORD}"]
    # documented examples get extra weight
    roll = r.random()
    if ex and roll < 0.3 and ctx != "url":
        return pick(r, ex)
    return pick(r, opts)


# ------------------------------------------------------ positive templates --
POS = []


def tpl(g, ctx):
    def deco(fn):
        POS.append((g, ctx, fn))
        return fn
    return deco


def renviron_other(r):
    opts = ["R_LIBS_USER=~/R/library/%v", "RENV_CONFIG_PAK_ENABLED=TRUE",
            "TZ=America/New_York", "R_MAX_VSIZE=32Gb", "_R_CHECK_FORCE_SUGGESTS_=false",
            "LANG=en_US.UTF-8", "RSTUDIO_PANDOC=/usr/lib/rstudio-server/bin/quarto/bin/tools",
            "R_PROFILE_USER=~/.Rprofile", "GOLEM_CONFIG_ACTIVE=production",
            "R_CONFIG_ACTIVE=default", "RENV_PATHS_CACHE=~/.cache/R/renv"]
    o = list(opts)
    r.shuffle(o)
    return o[:r.randint(1, 4)]


@tpl("census", "r")
def p_census_setup(r, c):
    st = pick(r, STATES)
    return ("R/00_setup.R", fill("""# One-time setup for the ACS pulls
library(tidycensus)
library(tidyverse)

census_api_key("@S@", install = TRUE, overwrite = TRUE)
readRenviron("~/.Renviron")

acs_income <- get_acs(
  geography = "tract",
  variables = c(medinc = "@V@"),
  state = "@ST@",
  year = 2022,
  geometry = TRUE
)
""", S=c.s, V=pick(r, ACS_VARS), ST=st[1]))


@tpl("census", "env")
def p_census_renviron(r, c):
    lines = renviron_other(r) + ["CENSUS_API_KEY=@S@"] + renviron_other(r)
    return (".Renviron", fill("\n".join(lines) + "\n", S=c.s))


@tpl("census", "r")
def p_census_httr(r, c):
    st = pick(r, STATES)
    return ("R/fetch_acs.R", fill("""%s
library(httr)
library(jsonlite)

base <- "https://api.census.gov/data/2022/acs/acs5"
k <- "@S@"

resp <- GET(base, query = list(
  get = "NAME,@V@E",
  `for` = "county:*",
  `in` = "state:@FIPS@",
  key = k
))
stop_for_status(resp)
raw <- fromJSON(content(resp, as = "text", encoding = "UTF-8"))
counties <- setNames(as.data.frame(raw[-1, ]), raw[1, ])
""" % comment_header(r, "Pull county estimates from the Census API"),
        S=c.s, V=pick(r, ACS_VARS), FIPS=st[0]))


@tpl("census", "r")
def p_census_rhistory(r, c):
    st = pick(r, STATES)
    return (".Rhistory", fill("""library(tidycensus)
vars <- load_variables(2022, "acs5", cache = TRUE)
View(vars)
census_api_key("@S@", install = TRUE)
readRenviron("~/.Renviron")
tx <- get_acs("county", "@V@", state = "@ST@")
head(tx)
q()
""", S=c.s, V=pick(r, ACS_VARS), ST=st[1]))


@tpl("census", "r")
def p_census_rmd(r, c):
    st = pick(r, STATES)
    return ("reports/poverty_%s.Rmd" % st[1].lower(), fill("""---
title: "Poverty rates in @NAME@"
author: "@U@"
output: html_document
---

```{r setup, include=FALSE}
knitr::opts_chunk$set(echo = FALSE, message = FALSE, warning = FALSE)
library(tidycensus)
library(ggplot2)
Sys.setenv(CENSUS_API_KEY = "@S@")
```

## Data

```{r data}
pov <- get_acs(geography = "county", variables = "B17001_002",
               summary_var = "B17001_001", state = "@ST@", year = 2022)
pov$rate <- pov$estimate / pov$summary_est
```

```{r plot}
ggplot(pov, aes(rate)) + geom_histogram(bins = 30)
```
""", S=c.s, NAME=st[2], ST=st[1], U=user(r)))


@tpl("fred", "r")
def p_fred_setkey(r, c):
    s1, s2 = r.sample(FRED_SERIES, 2)
    return ("analysis/macro.R", fill("""library(fredr)
library(dplyr)
library(ggplot2)

fredr_set_key("@S@")

series <- c("@A@", "@B@")
obs <- purrr::map_dfr(series, ~ fredr(
  series_id = .x,
  observation_start = as.Date("2000-01-01"),
  frequency = "m"
))

obs |>
  ggplot(aes(date, value, colour = series_id)) +
  geom_line()
""", S=c.s, A=s1, B=s2))


@tpl("fred", "yaml")
def p_fred_config(r, c):
    return ("config.yml", fill("""default:
  data_dir: "data"
  start_date: "2005-01-01"
  series:
    - @A@
    - @B@
  fred_key: "@S@"
  cache_hours: 12

production:
  data_dir: "/srv/shiny-server/macro-monitor/data"
  cache_hours: 1
""", S=c.s, A=pick(r, FRED_SERIES), B=pick(r, FRED_SERIES)))


@tpl("fred", "r")
def p_fred_url(r, c):
    return ("R/get_series.R", fill("""#' Download one FRED series as a tibble
#' @param id FRED series id, e.g. "@A@"
get_series <- function(id, start = "1990-01-01") {
  url <- paste0(
    "https://api.stlouisfed.org/fred/series/observations?series_id=", id,
    "&observation_start=", start,
    "&api_key=@S@&file_type=json"
  )
  js <- jsonlite::fromJSON(url)
  tibble::tibble(date = as.Date(js$observations$date),
                 value = suppressWarnings(as.numeric(js$observations$value)))
}
""", S=c.s, A=pick(r, FRED_SERIES)))


@tpl("fred", "yaml")
def p_fred_qmd(r, c):
    a = pick(r, FRED_SERIES)
    return ("reports/monthly-brief.qmd", fill("""---
title: "Monthly macro brief"
format:
  html:
    toc: true
    embed-resources: true
params:
  series: "@A@"
  fred_key: "@S@"
  months: 36
execute:
  echo: false
---

```{r}
library(fredr)
fredr_set_key(params$fred_key)
d <- fredr(params$series, observation_start = Sys.Date() - months(params$months))
```

The latest reading of `r params$series` is `r tail(d$value, 1)`.
""", S=c.s, A=a))


@tpl("noaa", "r")
def p_noaa_rprofile(r, c):
    return (".Rprofile", fill("""options(
  repos = c(CRAN = "https://packagemanager.posit.co/cran/latest"),
  Ncpus = 4L,
  warnPartialMatchDollar = TRUE
)
options(noaakey = "@S@")

if (interactive()) {
  suppressMessages(require(usethis))
  suppressMessages(require(devtools))
}
""", S=c.s))


@tpl("noaa", "r")
def p_noaa_header(r, c):
    return ("R/noaa_cdo.R", fill("""library(httr)

cdo_get <- function(endpoint, ...) {
  res <- GET(
    paste0("https://www.ncei.noaa.gov/cdo-web/api/v2/", endpoint),
    add_headers(token = "@S@"),
    query = list(...)
  )
  stop_for_status(res)
  content(res, as = "parsed")$results
}

stations <- cdo_get("stations", locationid = "FIPS:@F@", limit = 1000)
daily <- cdo_get("data", datasetid = "GHCND", stationid = "GHCND:USW000@N@",
                 startdate = "2023-01-01", enddate = "2023-12-31", limit = 1000)
""", S=c.s, F=pick(r, STATES)[0], N=rs(r, DIG, 5)))


@tpl("google", "r")
def p_google_ggmap(r, c):
    return ("scripts/make_maps.R", fill("""library(ggmap)
library(dplyr)

register_google(key = "@S@")

sites <- readr::read_csv("data/sites.csv")
base <- get_googlemap(center = c(lon = mean(sites$lon), lat = mean(sites$lat)),
                      zoom = 11, maptype = "roadmap")
ggmap(base) + geom_point(aes(lon, lat), data = sites, colour = "firebrick")
ggsave("output/sites.png", width = 7, height = 7)
""", S=c.s))


@tpl("google", "r")
def p_google_geocode(r, c):
    return ("R/geocode.R", fill("""geocode_addresses <- function(addresses) {
  purrr::map_dfr(addresses, function(a) {
    res <- googleway::google_geocode(address = a, key = "@S@", simplify = TRUE)
    loc <- res$results$geometry$location
    tibble::tibble(address = a, lat = loc$lat[1], lng = loc$lng[1])
  })
}
""", S=c.s))


@tpl("openai", "r")
def p_openai_app(r, c):
    return ("app.R", fill("""library(shiny)
library(bslib)
library(httr2)

Sys.setenv(OPENAI_API_KEY = "@S@")

ui <- page_sidebar(
  title = "Ask the data",
  sidebar = sidebar(textAreaInput("q", "Question"), actionButton("go", "Ask")),
  card(verbatimTextOutput("answer"))
)

server <- function(input, output, session) {
  ans <- eventReactive(input$go, {
    request("https://api.openai.com/v1/chat/completions") |>
      req_auth_bearer_token(Sys.getenv("OPENAI_API_KEY")) |>
      req_body_json(list(model = "gpt-4o-mini",
                         messages = list(list(role = "user", content = input$q)))) |>
      req_perform() |>
      resp_body_json()
  })
  output$answer <- renderText(ans()$choices[[1]]$message$content)
}

shinyApp(ui, server)
""", S=c.s))


@tpl("openai", "r")
def p_openai_httr2(r, c):
    return ("R/llm_summarise.R", fill("""#' Summarise free-text survey answers with an LLM
summarise_comments <- function(txt, model = "gpt-4o-mini") {
  httr2::request("https://api.openai.com/v1/chat/completions") |>
    httr2::req_auth_bearer_token("@S@") |>
    httr2::req_body_json(list(
      model = model,
      temperature = 0.2,
      messages = list(
        list(role = "system", content = "Summarise in three bullet points."),
        list(role = "user", content = paste(txt, collapse = "\\n"))
      )
    )) |>
    httr2::req_retry(max_tries = 3) |>
    httr2::req_perform() |>
    httr2::resp_body_json()
}
""", S=c.s))


@tpl("openai", "env")
def p_openai_renviron(r, c):
    lines = ["# LLM helpers"] + ["OPENAI_API_KEY=@S@"] + renviron_other(r)
    return (pick(r, [".Renviron", "inst/app/.Renviron"]), fill("\n".join(lines) + "\n", S=c.s))


@tpl("openai", "r")
def p_openai_rmd(r, c):
    return ("notebooks/classify_tickets.Rmd", fill("""---
title: "Ticket classification"
output: html_notebook
---

```{r}
library(openai)
tickets <- readr::read_csv("data/tickets.csv")
```

```{r classify}
res <- create_chat_completion(
  model = "gpt-4o-mini",
  messages = list(list(role = "user",
                       content = paste("Classify:", tickets$text[1]))),
  openai_api_key = "@S@"
)
res$choices
```
""", S=c.s))


@tpl("anthropic", "r")
def p_anthropic_ellmer(r, c):
    return ("R/chat.R", fill("""library(ellmer)

Sys.setenv(ANTHROPIC_API_KEY = "@S@")

chat <- chat_anthropic(
  system_prompt = "You are a terse assistant for R programmers.",
  model = "claude-sonnet-4-20250514"
)
chat$chat("Explain what dplyr::across() does in one sentence.")
""", S=c.s))


@tpl("anthropic", "r")
def p_anthropic_header(r, c):
    return ("inst/shiny/helpers/claude.R", fill("""ask_claude <- function(prompt, max_tokens = 512) {
  httr2::request("https://api.anthropic.com/v1/messages") |>
    httr2::req_headers(
      `x-api-key` = "@S@",
      `anthropic-version` = "2023-06-01",
      `content-type` = "application/json"
    ) |>
    httr2::req_body_json(list(
      model = "claude-3-5-haiku-latest",
      max_tokens = max_tokens,
      messages = list(list(role = "user", content = prompt))
    )) |>
    httr2::req_perform() |>
    httr2::resp_body_json()
}
""", S=c.s))


@tpl("shinyapps", "r")
def p_shinyapps_deploy(r, c):
    return ("deploy.R", fill("""# Deploy the dashboard to shinyapps.io
library(rsconnect)

rsconnect::setAccountInfo(name='@A@',
                          token='@T@',
                          secret='@S@')

deployApp(
  appDir = ".",
  appName = "@P@",
  appFiles = c("app.R", "R/", "data/summary.rds", "www/"),
  forceUpdate = TRUE
)
""", S=c.s, T=c.x["token"], A=c.x["acct"], P=proj(r)))


@tpl("shinyapps", "r")
def p_shinyapps_rhistory(r, c):
    return (".Rhistory", fill("""shiny::runApp()
install.packages("rsconnect")
rsconnect::setAccountInfo("@A@", "@T@", "@S@")
rsconnect::deployApp(appName = "@P@")
rsconnect::showLogs(appName = "@P@")
""", S=c.s, T=c.x["token"], A=c.x["acct"], P=proj(r)))


@tpl("shinyapps", "dcf")
def p_shinyapps_dcf(r, c):
    a = c.x["acct"]
    return ("dotfiles/config/R/rsconnect/accounts/shinyapps.io/%s.dcf" % a, fill("""name: @A@
userId: @U@
accountId: @I@
token: @T@
secret: @S@
server: shinyapps.io
""", S=c.s, T=c.x["token"], A=a, U=r.randint(100000, 9999999), I=r.randint(100000, 9999999)))


@tpl("shinyapps", "gha")
def p_shinyapps_gha(r, c):
    return (".github/workflows/shinyapps.yml", fill("""name: deploy-shinyapps

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: r-lib/actions/setup-r@v2
        with:
          use-public-rspm: true
      - uses: r-lib/actions/setup-renv@v2
      - name: Deploy
        run: |
          Rscript -e "rsconnect::setAccountInfo(name='@A@', token='@T@', secret='@S@')"
          Rscript -e "rsconnect::deployApp(appName = '@P@', forceUpdate = TRUE)"
""", S=c.s, T=c.x["token"], A=c.x["acct"], P=proj(r)))


@tpl("connect", "r")
def p_connect_apiuser(r, c):
    o = org(r)
    return ("deploy/publish.R", fill("""library(rsconnect)

addServer("https://connect.@O@.org/", name = "@O@-connect")
connectApiUser(
  account = "@U@",
  server = "@O@-connect",
  apiKey = "@S@"
)

deployApp(appDir = "app", server = "@O@-connect", account = "@U@",
          appTitle = "@P@")
""", S=c.s, O=o, U=user(r), P=proj(r)))


@tpl("connect", "r")
def p_connect_pins(r, c):
    o = org(r)
    return ("R/pins.R", fill("""library(pins)

board <- board_connect(
  auth = "manual",
  server = "https://rsc.@O@.com",
  key = "@S@"
)

model_data <- pin_read(board, "@U@/model-training-data")
pin_write(board, scored, name = "@U@/scored-leads", type = "parquet",
          versioned = TRUE)
""", S=c.s, O=o, U=user(r)))


@tpl("connect", "r")
def p_connect_header(r, c):
    o = org(r)
    return ("R/call_plumber.R", fill("""score_batch <- function(df) {
  res <- httr::POST(
    "https://connect.@O@.com/content/@G@/predict",
    httr::add_headers(Authorization = paste("Key", "@S@")),
    body = jsonlite::toJSON(df, dataframe = "rows"),
    httr::content_type_json()
  )
  httr::stop_for_status(res)
  jsonlite::fromJSON(httr::content(res, "text", encoding = "UTF-8"))
}
""", S=c.s, O=o, G=rs(r, HEX, 8) + "-" + rs(r, HEX, 4) + "-4" + rs(r, HEX, 3)
        + "-a" + rs(r, HEX, 3) + "-" + rs(r, HEX, 12)))


@tpl("connect", "sh")
def p_connect_curl(r, c):
    o = org(r)
    return ("scripts/list_content.sh", fill("""#!/usr/bin/env bash
# List content owned by the analytics group on Posit Connect
set -euo pipefail

SERVER="https://connect.@O@.org"

curl -sS \\
  -H "Authorization: Key @S@" \\
  "${SERVER}/__api__/v1/content?owner_guid=@G@" \\
  | jq -r '.[] | [.guid, .name, .last_deployed_time] | @tsv'
""", S=c.s, O=o, G=rs(r, HEX, 8) + "-" + rs(r, HEX, 4) + "-4" + rs(r, HEX, 3)
        + "-8" + rs(r, HEX, 3) + "-" + rs(r, HEX, 12)))


@tpl("connect", "env")
def p_connect_renviron(r, c):
    lines = ["CONNECT_SERVER=https://connect.%s.org/" % org(r),
             "CONNECT_API_KEY=@S@"] + renviron_other(r)
    return (".Renviron", fill("\n".join(lines) + "\n", S=c.s))


@tpl("connect", "gha")
def p_connect_gha(r, c):
    return (".github/workflows/connect-publish.yml", fill("""name: Publish to Posit Connect
on:
  workflow_dispatch:
  push:
    branches: [main]

jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      CONNECT_SERVER: https://connect.@O@.com/
      CONNECT_API_KEY: @S@
    steps:
      - uses: actions/checkout@v4
      - uses: quarto-dev/quarto-actions/setup@v2
      - uses: r-lib/actions/setup-r@v2
      - uses: r-lib/actions/setup-renv@v2
      - name: Publish report
        uses: quarto-dev/quarto-actions/publish@v2
        with:
          target: connect
          path: reports/weekly.qmd
""", S=c.s, O=org(r)))


@tpl("aws", "r")
def p_aws_setenv(r, c):
    return ("R/s3_setup.R", fill("""library(aws.s3)

Sys.setenv(
  "AWS_ACCESS_KEY_ID" = "@K@",
  "AWS_SECRET_ACCESS_KEY" = "@S@",
  "AWS_DEFAULT_REGION" = "@R@"
)

bucketlist()
obj <- s3readRDS(object = "models/latest.rds", bucket = "@B@")
""", S=c.s, K=c.x["akid"], R=pick(r, ["us-east-1", "us-west-2", "eu-west-1"]),
        B=org(r) + "-analytics"))


@tpl("aws", "r")
def p_aws_args(r, c):
    return ("data-raw/upload_extract.R", fill("""# Push the nightly extract to S3
extract <- arrow::read_parquet("data-raw/extract.parquet")

aws.s3::s3write_using(
  extract,
  FUN = arrow::write_parquet,
  object = sprintf("extracts/%s.parquet", Sys.Date()),
  bucket = "@B@",
  key = "@K@",
  secret = "@S@",
  region = "us-east-1"
)
""", S=c.s, K=c.x["akid"], B=org(r) + "-lake"))


@tpl("aws", "r")
def p_aws_pins(r, c):
    return ("R/board.R", fill("""board <- pins::board_s3(
  bucket = "@B@",
  prefix = "pins/",
  region = "eu-west-1",
  access_key = "@K@",
  secret_access_key = "@S@"
)
pins::pin_write(board, mtcars, "mtcars-demo", type = "rds")
""", S=c.s, K=c.x["akid"], B=org(r) + "-pins"))


@tpl("aws", "docker")
def p_aws_docker(r, c):
    return ("Dockerfile", fill("""FROM rocker/shiny-verse:4.4.1

RUN apt-get update && apt-get install -y --no-install-recommends \\
    libpq-dev libgdal-dev \\
    && rm -rf /var/lib/apt/lists/*

ENV AWS_ACCESS_KEY_ID=@K@
ENV AWS_SECRET_ACCESS_KEY=@S@
ENV AWS_DEFAULT_REGION=us-east-1

COPY renv.lock /srv/shiny-server/app/renv.lock
WORKDIR /srv/shiny-server/app
RUN R -e "install.packages('renv'); renv::restore()"
COPY . /srv/shiny-server/app

EXPOSE 3838
CMD ["/usr/bin/shiny-server"]
""", S=c.s, K=c.x["akid"]))


@tpl("dbpass", "r")
def p_db_odbc(r, c):
    return ("R/db.R", fill("""library(DBI)

con <- dbConnect(
  odbc::odbc(),
  Driver   = "ODBC Driver 18 for SQL Server",
  Server   = "@H@",
  Database = "Reporting",
  UID      = "@U@",
  PWD      = "@S@",
  Port     = 1433,
  TrustServerCertificate = "yes"
)

claims <- dbGetQuery(con, "SELECT TOP 1000 * FROM dbo.claims ORDER BY created_at DESC")
dbDisconnect(con)
""", S=c.s, H=dbhost(r), U=user(r) + "_svc"))


@tpl("dbpass", "r")
def p_db_postgres(r, c):
    return ("global.R", fill("""library(shiny)
library(DBI)
library(pool)

pool <- dbPool(
  drv = RPostgres::Postgres(),
  host = "@H@",
  port = 5432,
  dbname = "shiny",
  user = "@U@",
  password = "@S@"
)
onStop(function() poolClose(pool))

regions <- dbGetQuery(pool, "select distinct region from sales order by 1")$region
""", S=c.s, H=dbhost(r), U=user(r)))


@tpl("dbpass", "r")
def p_db_mariadb(r, c):
    return ("R/load_survey.R", fill("""%s
library(DBI)

db <- dbConnect(RMariaDB::MariaDB(),
                host = "@H@", dbname = "limesurvey",
                username = "@U@", password = "@S@")
responses <- dbReadTable(db, "lime_survey_@N@")
dbDisconnect(db)
%s
""" % (comment_header(r, "Load survey responses"), r_body(r)),
        S=c.s, H=dbhost(r), U=user(r), N=r.randint(100000, 999999)))


@tpl("dbpass", "yaml")
def p_db_config(r, c):
    return ("config.yml", fill("""default:
  db:
    driver: "PostgreSQL"
    server: "localhost"
    database: "dev"
    uid: "dev"
    pwd: !expr Sys.getenv("DEV_DB_PWD")
  refresh_minutes: 60

production:
  db:
    server: "@H@"
    database: "analytics"
    uid: "@U@"
    pwd: "@S@"
  refresh_minutes: 5
""", S=c.s, H=dbhost(r), U=user(r)))


@tpl("dburl", "r")
def p_db_connstring(r, c):
    return ("R/connect.R", fill("""connect_warehouse <- function() {
  DBI::dbConnect(
    odbc::odbc(),
    .connection_string = "Driver={PostgreSQL Unicode};Server=@H@;Port=5432;Database=warehouse;Uid=@U@;Pwd=@S@;"
  )
}
""", S=c.s, H=dbhost(r), U=user(r)))


@tpl("dburl", "yaml")
def p_db_compose(r, c):
    return ("docker-compose.yml", fill("""services:
  shiny:
    image: rocker/shiny:4.4.1
    ports:
      - "3838:3838"
    volumes:
      - ./app:/srv/shiny-server/app
    depends_on:
      - db
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: shiny
      POSTGRES_PASSWORD: @S@
      POSTGRES_DB: dashboards
    volumes:
      - pgdata:/var/lib/postgresql/data

volumes:
  pgdata:
""", S=c.s))


@tpl("dburl", "ini")
def p_db_odbcini(r, c):
    return ("deploy/odbc.ini", fill("""[ODBC Data Sources]
warehouse = PostgreSQL Unicode

[warehouse]
Driver      = PostgreSQL Unicode
Servername  = @H@
Port        = 5432
Database    = warehouse
Username    = @U@
Password    = @S@
SSLmode     = require
""", S=c.s, H=dbhost(r), U=user(r)))


@tpl("dburl", "url")
def p_db_mongo(r, c):
    return ("R/mongo.R", fill("""library(mongolite)

events <- mongo(
  collection = "events",
  db = "telemetry",
  url = "mongodb+srv://@U@:@S@@cluster0.@X@.mongodb.net/?retryWrites=true&w=majority"
)
recent <- events$find('{"ts": {"$gte": {"$date": "2024-01-01T00:00:00Z"}}}')
""", S=c.s, U=user(r), X=rs(r, LOW + DIG, 5)))


@tpl("dburl", "env")
def p_db_dotenv(r, c):
    return (".env", fill("""POSTGRES_USER=shiny
POSTGRES_DB=dashboards
POSTGRES_PASSWORD=@S@
SHINY_PORT=3838
""", S=c.s))


@tpl("dbpass", "r")
def p_db_rmd(r, c):
    return ("analysis/cohort.Rmd", fill("""---
title: "Cohort retention"
output: github_document
---

```{r setup, include=FALSE}
library(DBI)
con <- dbConnect(RPostgres::Postgres(), host = "@H@", dbname = "product",
                 user = "@U@", password = "@S@")
knitr::opts_chunk$set(connection = "con")
```

```{sql, output.var = "cohorts"}
SELECT date_trunc('month', signup_at) AS cohort, count(*) AS n
FROM users GROUP BY 1 ORDER BY 1
```

```{r}
knitr::kable(cohorts)
```
""", S=c.s, H=dbhost(r), U=user(r)))


@tpl("dbpass", "r")
def p_db_snowflake(r, c):
    return ("R/snowflake.R", fill("""sf_con <- DBI::dbConnect(
  odbc::odbc(),
  Driver = "SnowflakeDSIIDriver",
  Server = "@A@.snowflakecomputing.com",
  Warehouse = "ANALYTICS_WH",
  Database = "PROD",
  Schema = "MARTS",
  UID = "@U@",
  PWD = "@S@",
  Role = "REPORTER"
)
""", S=c.s, A=rs(r, LOW, 2) + rs(r, DIG, 5) + ".us-east-1", U=user(r).upper()))


@tpl("smtp", "r")
def p_smtp_mailr(r, c):
    return ("R/send_report.R", fill("""library(mailR)

send.mail(
  from = "reports@@O@.org",
  to = c("@E@"),
  subject = paste("Weekly report", Sys.Date()),
  body = "output/weekly.html",
  html = TRUE,
  smtp = list(host.name = "smtp.office365.com", port = 587,
              user.name = "reports@@O@.org", passwd = "@S@", tls = TRUE),
  authenticate = TRUE,
  send = TRUE,
  attach.files = "output/weekly.pdf"
)
""", S=c.s, O=org(r), E=email(r)))


@tpl("gmail", "r")
def p_gmail_blastula(r, c):
    u = user(r)
    return ("R/notify.R", fill("""library(blastula)

Sys.setenv(SMTP_PASSWORD = "@S@")

msg <- compose_email(body = md("The nightly refresh **finished**."))
smtp_send(
  msg,
  to = "@E@",
  from = "@U@.alerts@gmail.com",
  subject = "Refresh finished",
  credentials = creds_envvar(
    user = "@U@.alerts@gmail.com",
    pass_envvar = "SMTP_PASSWORD",
    provider = "gmail"
  )
)
""", S=c.s, U=u, E=email(r)))


@tpl("smtp", "yaml")
def p_smtp_config(r, c):
    return ("config.yml", fill("""default:
  email:
    host: "smtp.@O@.org"
    port: 587
    use_ssl: true
    user: "noreply@@O@.org"
    password: "@S@"
  recipients:
    - "@E@"
""", S=c.s, O=org(r), E=email(r)))


@tpl("sendgrid", "r")
def p_sendgrid(r, c):
    return ("R/sendgrid.R", fill("""send_alert <- function(to, subject, text) {
  body <- list(
    personalizations = list(list(to = list(list(email = to)))),
    from = list(email = "alerts@@O@.com"),
    subject = subject,
    content = list(list(type = "text/plain", value = text))
  )
  httr::POST(
    "https://api.sendgrid.com/v3/mail/send",
    httr::add_headers(Authorization = paste("Bearer", "@S@")),
    body = body, encode = "json"
  )
}
""", S=c.s, O=org(r)))


def sa_json(r, c, proj_id):
    u = pick(r, ["sheets-reader", "bq-loader", "shiny-app", "gs4-bot", "drive-sync"])
    return fill("""{
  "type": "service_account",
  "project_id": "@P@",
  "private_key_id": "@K@",
  "private_key": "@S@",
  "client_email": "@U@@@P@.iam.gserviceaccount.com",
  "client_id": "@C@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/@U@%40@P@.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", S=c.s, K=c.x["kid"], C=c.x["cid"], U=u, P=proj_id)


@tpl("gsa", "json")
def p_gsa_secrets(r, c):
    pid = proj(r) + "-" + rs(r, DIG, 6)
    return (".secrets/gs4-service-account.json", sa_json(r, c, pid))


@tpl("gsa", "json")
def p_gsa_inst(r, c):
    pid = org(r) + "-bq-" + rs(r, DIG, 4)
    return (pick(r, ["inst/extdata/bq-key.json", "auth/%s.json" % pid, "app/www/../key.json".replace("www/../", "")]),
            sa_json(r, c, pid))


@tpl("pem", "pem")
def p_pem_file(r, c):
    lines = c.x["lines"]
    return ("deploy/keys/connect_deploy.pem",
            "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----\n")


@tpl("twitter", "r")
def p_twitter_app(r, c):
    return ("R/collect_tweets.R", fill("""library(rtweet)

auth <- rtweet_app(bearer_token = "@S@")
auth_as(auth)

tw <- search_tweets("#rstats", n = 5000, include_rts = FALSE, retryonratelimit = TRUE)
saveRDS(tw, sprintf("data/tweets_%s.rds", Sys.Date()))
""", S=c.s))


@tpl("twitter", "env")
def p_twitter_renviron(r, c):
    lines = renviron_other(r) + ["TWITTER_BEARER_TOKEN=@S@"]
    return (".Renviron", fill("\n".join(lines) + "\n", S=c.s))


@tpl("github", "env")
def p_github_renviron(r, c):
    lines = ["GITHUB_PAT=@S@"] + renviron_other(r)
    return (pick(r, [".Renviron", "dotfiles/Renviron"]), fill("\n".join(lines) + "\n", S=c.s))


@tpl("github", "r")
def p_github_install(r, c):
    return ("install_deps.R", fill("""# Install internal packages from the private org
pkgs <- c("@O@/plotthemes", "@O@/dbhelpers", "@O@/reportkit")
for (p in pkgs) {
  remotes::install_github(p, auth_token = "@S@", upgrade = "never")
}
""", S=c.s, O=org(r)))


@tpl("github", "docker")
def p_github_docker(r, c):
    return ("Dockerfile", fill("""FROM rocker/r-ver:4.3.3

ENV GITHUB_PAT=@S@
RUN install2.r --error --skipinstalled remotes shiny plumber \\
 && R -e "remotes::install_github('@O@/internalpkg')"

COPY api/ /app/
WORKDIR /app
EXPOSE 8000
CMD ["R", "-e", "pr <- plumber::plumb('plumber.R'); pr$run(host = '0.0.0.0', port = 8000)"]
""", S=c.s, O=org(r)))


@tpl("github", "r")
def p_github_rprofile(r, c):
    return (".Rprofile", fill("""source("renv/activate.R")

Sys.setenv(GITHUB_PAT = "@S@")
options(
  usethis.protocol = "https",
  usethis.full_name = "@N@",
  usethis.description = list(`Authors@R` = 'person("@N@", role = c("aut", "cre"))')
)
""", S=c.s, N=pick(r, ["Jane Smith", "Maria Lopez", "Daniel Chen", "Ravi Patel"])))


@tpl("alphavantage", "r")
def p_av(r, c):
    return ("R/prices.R", fill("""library(quantmod)

setDefaults(getSymbols.av, api.key = "@S@")
tickers <- c("MSFT", "AAPL", "NVDA")
getSymbols(tickers, src = "av", output.size = "full", adjusted = TRUE)
chartSeries(MSFT, subset = "last 6 months", theme = chartTheme("white"))
""", S=c.s))


@tpl("tiingo", "r")
def p_tiingo(r, c):
    return ("analysis/returns.R", fill("""library(riingo)
library(dplyr)

riingo_set_token("@S@")
px <- riingo_prices(c("SPY", "TLT", "GLD"), start_date = "2015-01-01")
rets <- px |> group_by(ticker) |> mutate(ret = adjClose / lag(adjClose) - 1)
""", S=c.s))


@tpl("quandl", "r")
def p_quandl(r, c):
    return ("scripts/commodities.R", fill("""library(Quandl)
Quandl.api_key("@S@")
oil <- Quandl("EIA/PET_RWTC_D", start_date = "2010-01-01", type = "xts")
plot(oil, main = "WTI spot")
""", S=c.s))


@tpl("redcap", "r")
def p_redcap(r, c):
    return ("R/pull_redcap.R", fill("""library(REDCapR)

uri <- "https://redcap.@O@.edu/api/"
ds <- redcap_read(
  redcap_uri = uri,
  token = "@S@",
  forms = c("demographics", "baseline_visit"),
  raw_or_label = "label"
)$data
readr::write_rds(ds, "data/redcap_snapshot.rds")
""", S=c.s, O=org(r)))


@tpl("redcap", "yaml")
def p_redcap_config(r, c):
    return ("config.yml", fill("""default:
  redcap_uri: "https://redcap.@O@.edu/api/"
  project_id: @N@
  token: "@S@"
  output_dir: "data/"

testing:
  project_id: @M@
  output_dir: "tests/fixtures/"
""", S=c.s, O=org(r), N=r.randint(1000, 99999), M=r.randint(1000, 99999)))


@tpl("qualtrics", "r")
def p_qualtrics(r, c):
    return ("R/qualtrics_pull.R", fill("""library(qualtRics)

qualtrics_api_credentials(
  api_key = "@S@",
  base_url = "@D@.qualtrics.com",
  install = TRUE,
  overwrite = TRUE
)
surveys <- all_surveys()
resp <- fetch_survey(surveyID = "SV_@SV@", verbose = TRUE)
""", S=c.s, D=pick(r, ["iad1", "ca1", "fra1", "yul1"]), SV=rs(r, B62, 15)))


@tpl("spotify", "r")
def p_spotify(r, c):
    return ("spotify/get_features.R", fill("""library(spotifyr)

Sys.setenv(SPOTIFY_CLIENT_ID = "@C@")
Sys.setenv(SPOTIFY_CLIENT_SECRET = "@S@")
access_token <- get_spotify_access_token()

feats <- get_artist_audio_features("radiohead")
""", S=c.s, C=c.x["cid"]))


@tpl("slack", "r")
def p_slack(r, c):
    return ("R/alerts.R", fill("""library(slackr)

slackr_setup(
  channel = "#data-alerts",
  incoming_webhook_url = "@S@"
)

notify <- function(msg) slackr_msg(msg, channel = "#data-alerts")
""", S=c.s))


@tpl("slack", "yaml")
def p_slack_config(r, c):
    return ("config.yml", fill("""default:
  app_title: "@P@"
  alerts:
    enabled: true
    webhook: "@S@"
  log_level: "INFO"
""", S=c.s, P=proj(r)))


@tpl("mapbox", "r")
def p_mapbox(r, c):
    return ("data-raw/upload_tiles.R", fill("""library(mapboxapi)

tracts <- sf::st_read("data-raw/tracts.gpkg")
upload_tiles(
  input = tracts,
  username = "@U@",
  tileset_id = "tracts-2022",
  multipart = TRUE,
  access_token = "@S@"
)
""", S=c.s, U=user(r)))


@tpl("airtable", "r")
def p_airtable(r, c):
    return ("R/airtable.R", fill("""read_airtable <- function(table) {
  httr2::request("https://api.airtable.com/v0/app@A@") |>
    httr2::req_url_path_append(table) |>
    httr2::req_auth_bearer_token("@S@") |>
    httr2::req_perform() |>
    httr2::resp_body_json()
}
""", S=c.s, A=rs(r, B62, 14)))


@tpl("databricks", "r")
def p_databricks(r, c):
    return ("R/databricks.R", fill("""con <- DBI::dbConnect(
  odbc::odbc(),
  Driver = "Simba Spark ODBC Driver",
  Host = "adb-@N@.@M@.azuredatabricks.net",
  Port = 443,
  HTTPPath = "/sql/1.0/warehouses/@W@",
  SSL = 1,
  ThriftTransport = 2,
  AuthMech = 3,
  UID = "token",
  PWD = "@S@"
)
""", S=c.s, N=rs(r, DIG, 16), M=r.randint(1, 19), W=rs(r, HEX, 16)))


@tpl("azure", "r")
def p_azure(r, c):
    return ("R/blob_store.R", fill("""library(AzureStor)

endp <- storage_endpoint("https://@A@.blob.core.windows.net",
                         key = "@S@")
cont <- storage_container(endp, "exports")
storage_upload(cont, "output/summary.csv", "summary/latest.csv")
""", S=c.s, A=org(r).replace("-", "") + "data"))


@tpl("browserstack", "url")
def p_browserstack(r, c):
    return ("tests/e2e/remote_driver.R", fill("""library(RSelenium)

remDr <- remoteDriver(
  remoteServerAddr = "@U@:@S@@hub-cloud.browserstack.com",
  port = 80,
  browserName = "chrome",
  extraCapabilities = list("bstack:options" = list(os = "Windows", osVersion = "11"))
)
remDr$open()
remDr$navigate("https://@P@.shinyapps.io/@P@/")
""", S=c.s, U=user(r) + "_" + rs(r, B62, 6), P=proj(r)))


@tpl("hf", "r")
def p_hf(r, c):
    return ("R/embeddings.R", fill("""embed <- function(texts) {
  httr2::request("https://api-inference.huggingface.co/models/sentence-transformers/all-MiniLM-L6-v2") |>
    httr2::req_headers(Authorization = "Bearer @S@") |>
    httr2::req_body_json(list(inputs = texts)) |>
    httr2::req_perform() |>
    httr2::resp_body_json(simplifyVector = TRUE)
}
""", S=c.s))


@tpl("plumber", "r")
def p_plumber_filter(r, c):
    return ("api/plumber.R", fill("""library(plumber)

#* @filter auth
function(req, res) {
  if (!identical(req$HTTP_X_API_KEY, "@S@")) {
    res$status <- 401
    return(list(error = "unauthorized"))
  }
  plumber::forward()
}

#* Score one record
#* @post /predict
function(req) {
  model <- readRDS("model.rds")
  predict(model, newdata = as.data.frame(req$body))
}
""", S=c.s))


@tpl("plumber", "r")
def p_plumber_jwt(r, c):
    return ("api/auth.R", fill("""jwt_secret <- charToRaw("@S@")

issue_token <- function(user) {
  claim <- jose::jwt_claim(sub = user, exp = as.numeric(Sys.time()) + 3600)
  jose::jwt_encode_hmac(claim, secret = jwt_secret)
}
""", S=c.s))


@tpl("fred", "r")
def p_fred_targets(r, c):
    return ("_targets.R", fill("""library(targets)
tar_option_set(packages = c("fredr", "dplyr", "ggplot2"))
Sys.setenv(FRED_API_KEY = "@S@")

list(
  tar_target(ids, c("@A@", "@B@")),
  tar_target(raw, fredr::fredr(ids), pattern = map(ids)),
  tar_target(plot, ggplot2::ggplot(raw, ggplot2::aes(date, value)) + ggplot2::geom_line())
)
""", S=c.s, A=pick(r, FRED_SERIES), B=pick(r, FRED_SERIES)))


@tpl("google", "md")
def p_google_readme(r, c):
    return ("README.md", fill("""# @P@

Shiny app that geocodes site addresses and plots them.

## Setup

```r
install.packages(c("shiny", "googleway", "leaflet"))
```

The app reads the Maps key from `global.R`:

```r
map_key <- "@S@"
```

Run with `shiny::runApp()`.
""", S=c.s, P=proj(r)))


@tpl("census", "md")
def p_census_md(r, c):
    return ("docs/setup.md", fill("""# Environment setup

1. Install R 4.3+ and RStudio.
2. Restore packages: `renv::restore()`.
3. Add the team Census key to your `~/.Renviron`:

```
CENSUS_API_KEY=@S@
```

4. Restart R and run `source("R/00_pull.R")`.
""", S=c.s))


# ------------------------------------------------ negative look-alikes --
NEG = []


def neg(provider, kind):
    def deco(fn):
        NEG.append((provider, kind, fn))
        return fn
    return deco


def uuid4(r):
    h = rs(r, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick(r, "89ab"), h[17:20], h[20:])


def ver(r):
    return "%d.%d.%d" % (r.randint(0, 4), r.randint(0, 20), r.randint(0, 12))


@neg("renv", "lockfile-hashes")
def n_renv_lock(r):
    pk = list(PKGS)
    r.shuffle(pk)
    ents = []
    for p in sorted(pk[:r.randint(4, 8)]):
        e = ('    "%s": {\n      "Package": "%s",\n      "Version": "%s",\n      "Source": "Repository",\n'
             '      "Repository": "CRAN",\n      "Requirements": [\n        "R"\n      ],\n      "Hash": "%s"\n    }'
             % (p, p, ver(r), rs(r, HEX, 32)))
        ents.append(e)
    gp = pick(r, ORGS)
    ents.append(('    "reportkit": {\n      "Package": "reportkit",\n      "Version": "0.3.1.9000",\n'
                 '      "Source": "GitHub",\n      "RemoteType": "github",\n      "RemoteHost": "api.github.com",\n'
                 '      "RemoteUsername": "%s",\n      "RemoteRepo": "reportkit",\n      "RemoteRef": "main",\n'
                 '      "RemoteSha": "%s",\n      "Hash": "%s"\n    }') % (gp, rs(r, HEX, 40), rs(r, HEX, 32)))
    txt = ('{\n  "R": {\n    "Version": "4.%d.%d",\n    "Repositories": [\n      {\n        "Name": "CRAN",\n'
           '        "URL": "https://packagemanager.posit.co/cran/latest"\n      }\n    ]\n  },\n  "Packages": {\n'
           % (r.randint(2, 4), r.randint(0, 3)) + ",\n".join(ents) + "\n  }\n}\n")
    return ("renv.lock", txt)


@neg("cran", "package-md5")
def n_md5(r):
    files = ["DESCRIPTION", "NAMESPACE", "NEWS.md", "R/utils.R", "R/zzz.R", "R/api.R",
             "man/fetch_data.Rd", "tests/testthat.R", "tests/testthat/test-api.R",
             "inst/CITATION", "build/vignette.rds", "inst/doc/intro.html"]
    return ("MD5", "".join("%s *%s\n" % (rs(r, HEX, 32), f) for f in files))


@neg("posit-connect", "manifest-checksums")
def n_manifest(r):
    files = ["app.R", "global.R", "R/mod_map.R", "R/utils.R", "www/style.css", "data/summary.rds"]
    fl = ",\n".join('    "%s": {\n      "checksum": "%s"\n    }' % (f, rs(r, HEX, 32)) for f in files)
    return ("manifest.json", """{
  "version": 1,
  "locale": "en_US",
  "platform": "4.3.2",
  "metadata": {
    "appmode": "shiny",
    "primary_rmd": null,
    "primary_html": null,
    "content_category": null,
    "has_parameters": false
  },
  "packages": {
    "shiny": {
      "Source": "CRAN",
      "Repository": "https://cran.rstudio.com/",
      "description": {
        "Package": "shiny",
        "Version": "1.8.0"
      }
    }
  },
  "files": {
%s
  },
  "users": null
}
""" % fl)


@neg("shinyapps.io", "deployment-record")
def n_deploy_dcf(r):
    a, p = user(r), proj(r)
    return ("rsconnect/shinyapps.io/%s/%s.dcf" % (a, p), """name: %s
title: %s
username: %s
account: %s
server: shinyapps.io
hostUrl: https://api.shinyapps.io/v1
appId: %d
bundleId: %d
url: https://%s.shinyapps.io/%s/
version: 1
asMultiple: FALSE
asStatic: FALSE
""" % (p, p, a, a, r.randint(1000000, 15000000), r.randint(5000000, 9999999), a, p))


@neg("posit-connect", "deployment-record")
def n_deploy_connect(r):
    a, p, o = user(r), proj(r), org(r)
    return ("rsconnect/documents/report.Rmd/connect.%s.org/%s/%s.dcf" % (o, a, p), """name: %s
title: %s
username: %s
account: %s
server: connect.%s.org
hostUrl: https://connect.%s.org/__api__
appId: %d
bundleId: %d
url: https://connect.%s.org/content/%s/
version: 1
asMultiple: FALSE
asStatic: FALSE
""" % (p, p, a, a, o, o, r.randint(100, 9999), r.randint(1000, 99999), o, uuid4(r)))


@neg("quarto", "freeze-hash")
def n_freeze(r):
    return ("_freeze/posts/2024-0%d-analysis/index/execute-results/html.json" % r.randint(1, 9),
            json.dumps({"hash": rs(r, HEX, 32), "result": {
                "engine": "knitr",
                "markdown": "## Results\n\nThe median household income rose by 4.1%.\n",
                "supporting": ["index_files"], "filters": ["rmarkdown/pagebreak.lua"],
                "includes": {}, "engineDependencies": {}, "preserve": {},
                "postProcess": True}}, indent=2) + "\n")


@neg("quarto", "publish-record")
def n_quarto_publish(r):
    return ("_publish.yml", """- source: project
  quarto-pub:
    - id: %s
      url: 'https://%s.quarto.pub/%s'
  connect:
    - id: %s
      url: 'https://connect.%s.org/content/%s/'
""" % (uuid4(r), user(r), proj(r), uuid4(r), org(r), uuid4(r)))


@neg("targets", "meta-hashes")
def n_targets_meta(r):
    rows = ["name|type|data|command|depend|seed|path|time|size|bytes|format|repository|iteration|parent|children|seconds|warnings|error"]
    for n in ["ids", "raw", "clean", "model", "plot", "report"]:
        rows.append("%s|stem|%s|%s|%s|%d|||t%s.%ss|%s|%d|rds|local|vector||||%.3f||"
                    % (n, rs(r, HEX, 16), rs(r, HEX, 16), rs(r, HEX, 16), r.randint(-2**31, 2**31 - 1),
                       r.randint(19000, 20000), rs(r, DIG, 10), rs(r, HEX, 8), r.randint(100, 900000),
                       r.random() * 10))
    return ("_targets/meta/meta", "\n".join(rows) + "\n")


@neg("pins", "pin-metadata")
def n_pins(r):
    stamp = "2024%02d%02dT%02d%02d%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                             r.randint(0, 59), r.randint(0, 59))
    return ("pins/scored-leads/%s-%s/data.txt" % (stamp, rs(r, HEX, 5)), """file: scored-leads.parquet
file_size: %d
pin_hash: %s
type: parquet
title: 'scored-leads: a pinned 1482 x 12 data frame'
description: ~
tags: ~
urls: ~
created: %s
api_version: 1.0
user: {}
""" % (r.randint(10000, 999999), rs(r, HEX, 16), stamp))


@neg("census", "geography-codes")
def n_census_geo(r):
    st = pick(r, STATES)
    tracts = "\n".join('  "%s%03d%06d",' % (st[0], r.randint(1, 199), r.randint(100, 999999))
                       for _ in range(5))
    return ("R/geographies.R", """# Tract GEOIDs (state + county + tract) used for the focus area
focus_tracts <- c(
%s
  "%s%03d%06d"
)
# ACS 5-year variables
acs_vars <- c(%s)
block_group_prefix <- "1500000US%s"
income <- tidycensus::get_acs("tract", variables = acs_vars, state = "%s",
                              key = Sys.getenv("CENSUS_API_KEY"))
""" % (tracts, st[0], r.randint(1, 199), r.randint(100, 999999),
       ", ".join('"%s"' % v for v in r.sample(ACS_VARS, 3)), st[0], st[1]))


@neg("census", "cached-response")
def n_census_json(r):
    st = pick(r, STATES)
    rows = [["NAME", "B19013_001E", "GEO_ID", "state", "county"]]
    for _ in range(6):
        cty = "%03d" % r.randint(1, 199)
        rows.append(["County %s, %s" % (cty, st[2]), str(r.randint(38000, 130000)),
                     "0500000US%s%s" % (st[0], cty), st[0], cty])
    return ("data-raw/cache/acs5_2022_%s.json" % st[1].lower(), json.dumps(rows) + "\n")


@neg("fred", "series-ids")
def n_fred_ids(r):
    s = r.sample(FRED_SERIES, 6)
    return ("R/series.R", """# FRED series used on the dashboard
series_meta <- tibble::tribble(
  ~id, ~label, ~units,
%s
)

fredr::fredr_set_key(Sys.getenv("FRED_API_KEY"))
""" % ",\n".join('  "%s", "%s", "%s"' % (x, x.lower(), pick(r, ["Percent", "Index", "Billions"])) for x in s))


@neg("doi", "bibliography")
def n_bib(r):
    ents = []
    for i in range(4):
        ents.append("""@article{%s%d,
  title   = {%s},
  author  = {%s and %s},
  journal = {%s},
  year    = {%d},
  volume  = {%d},
  pages   = {%d--%d},
  doi     = {10.%d/%s.%d.%d}
}""" % (user(r), 2010 + i, pick(r, ["Small area estimation of poverty", "Bayesian forecasting of inflation",
                                   "Measuring segregation with tract data", "Reproducible pipelines in R"]),
            pick(r, ["Smith, J.", "Lopez, M.", "Chen, D."]), pick(r, ["Patel, R.", "Khan, A."]),
            pick(r, ["Journal of Statistical Software", "Demography", "The R Journal"]),
            r.randint(2005, 2024), r.randint(1, 90), r.randint(1, 200), r.randint(201, 400),
            r.randint(1000, 9999), pick(r, ["jss", "s13524", "rj"]), r.randint(2010, 2024), r.randint(1, 999)))
    return ("references.bib", "\n\n".join(ents) + "\n")


@neg("r", "seeds-and-digests")
def n_seed(r):
    return ("R/simulate.R", """set.seed(%d)
n_sims <- 10000
draws <- rnorm(n_sims, mean = 0.4, sd = 1.2)
# Fingerprint of the input data, checked before re-running the simulation
expected_md5 <- "%s"
expected_sha256 <- "%s"
stopifnot(digest::digest(readRDS("data/input.rds"), algo = "md5") == expected_md5)
run_id <- "%s"
""" % (r.randint(1, 2**31 - 1), rs(r, HEX, 32), rs(r, HEX, 64), uuid4(r)))


@neg("r", "sys-getenv")
def n_getenv(r):
    return ("R/credentials.R", """# All secrets come from the environment (.Renviron is git-ignored)
get_cred <- function(name) {
  val <- Sys.getenv(name, unset = NA)
  if (is.na(val) || !nzchar(val)) stop("Missing env var: ", name, call. = FALSE)
  val
}

census_key  <- get_cred("CENSUS_API_KEY")
fred_key    <- get_cred("FRED_API_KEY")
db_password <- get_cred("DB_PASSWORD")
rsconnect::setAccountInfo(
  name   = get_cred("SHINYAPPS_NAME"),
  token  = get_cred("SHINYAPPS_TOKEN"),
  secret = get_cred("SHINYAPPS_SECRET")
)
""")


@neg("keyring", "key-get")
def n_keyring(r):
    u = user(r)
    return ("R/db_keyring.R", """# Store once interactively: keyring::key_set("warehouse", username = "%s")
con <- DBI::dbConnect(
  RPostgres::Postgres(),
  host = "%s",
  dbname = "warehouse",
  user = "%s",
  password = keyring::key_get("warehouse", username = "%s")
)
openai_key <- keyring::key_get(service = "openai")
""" % (u, dbhost(r), u, u))


@neg("config", "config-get")
def n_configget(r):
    return ("global.R", """library(shiny)
cfg <- config::get(file = "config.yml")

pool <- pool::dbPool(
  RPostgres::Postgres(),
  host = cfg$db$server,
  dbname = cfg$db$database,
  user = cfg$db$uid,
  password = cfg$db$pwd
)
refresh_ms <- cfg$refresh_minutes * 60 * 1000
""")


@neg("config", "config-expr")
def n_config_expr(r):
    return ("config.yml", """default:
  db:
    server: "localhost"
    database: "dev"
    uid: !expr Sys.getenv("DB_USER")
    pwd: !expr Sys.getenv("DB_PASSWORD")
  census_key: !expr Sys.getenv("CENSUS_API_KEY")
  fred_key: !expr keyring::key_get("fred")

production:
  db:
    server: "%s"
    database: "analytics"
  cache_dir: "/var/cache/%s"
""" % (dbhost(r), proj(r)))


@neg("r", "renviron-nonsecret")
def n_renviron_plain(r):
    return (".Renviron", "\n".join([
        "R_LIBS_USER=~/R/%p-library/%v",
        "RENV_PATHS_CACHE=/opt/renv/cache",
        "R_CONFIG_ACTIVE=production",
        "TZ=UTC",
        "CONNECT_SERVER=https://connect.%s.org/" % org(r),
        "CENSUS_API_KEY=",
        "_R_CHECK_CRAN_INCOMING_REMOTE_=false"]) + "\n")


@neg("r", "renviron-example")
def n_renviron_example(r):
    return (pick(r, [".Renviron.example", ".env.example", "Renviron.sample"]), """# Copy to .Renviron and fill in. Never commit the real file.
CENSUS_API_KEY=<your census key>
FRED_API_KEY=
OPENAI_API_KEY=sk-...
SHINYAPPS_TOKEN=
SHINYAPPS_SECRET=
DB_PASSWORD=changeme
""")


@neg("rstudio", "rproj")
def n_rproj(r):
    return ("%s.Rproj" % proj(r), """Version: 1.0
ProjectId: %s

RestoreWorkspace: No
SaveWorkspace: No
AlwaysSaveHistory: Default

EnableCodeIndexing: Yes
UseSpacesForTab: Yes
NumSpacesForTab: 2
Encoding: UTF-8

RnwWeave: knitr
LaTeX: pdfLaTeX

AutoAppendNewline: Yes
StripTrailingWhitespace: Yes

BuildType: Package
PackageUseDevtools: Yes
PackageInstallArgs: --no-multiarch --with-keep.source
""" % uuid4(r))


@neg("r", "description")
def n_description(r):
    o = org(r)
    return ("DESCRIPTION", """Package: %s
Title: Tools for the %s Dashboard
Version: %s
Authors@R:
    person("%s", "%s", , "%s", role = c("aut", "cre"),
           comment = c(ORCID = "0000-000%d-%04d-%04d"))
Description: Helpers to pull, clean and publish data for the dashboard.
License: MIT + file LICENSE
Encoding: UTF-8
Roxygen: list(markdown = TRUE)
RoxygenNote: 7.3.1
Imports:
    DBI (>= 1.1.0),
    dplyr (>= 1.1.0),
    httr2,
    shiny (>= 1.7.4)
Remotes:
    %s/reportkit@%s
Config/testthat/edition: 3
""" % (proj(r).replace("-", ""), proj(r), ver(r), pick(r, ["Jane", "Ravi", "Maria"]),
       pick(r, ["Smith", "Patel", "Lopez"]), email(r), r.randint(1, 3), r.randint(0, 9999),
       r.randint(0, 9999), o, rs(r, HEX, 40)))


@neg("docker", "image-digest")
def n_docker_digest(r):
    return ("Dockerfile", """FROM rocker/shiny@sha256:%s

ARG QUARTO_VERSION=1.4.550
RUN curl -fsSLo /tmp/quarto.deb \\
      https://github.com/quarto-dev/quarto-cli/releases/download/v${QUARTO_VERSION}/quarto-${QUARTO_VERSION}-linux-amd64.deb \\
 && echo "%s  /tmp/quarto.deb" | sha256sum -c - \\
 && dpkg -i /tmp/quarto.deb && rm /tmp/quarto.deb

COPY --chown=shiny:shiny app /srv/shiny-server/app
ENV R_CONFIG_ACTIVE=production
USER shiny
""" % (rs(r, HEX, 64), rs(r, HEX, 64)))


@neg("github", "pinned-actions")
def n_gha_pinned(r):
    return (".github/workflows/R-CMD-check.yaml", """on:
  push:
    branches: [main, master]
  pull_request:

name: R-CMD-check

jobs:
  R-CMD-check:
    runs-on: ${{ matrix.config.os }}
    strategy:
      fail-fast: false
      matrix:
        config:
          - {os: ubuntu-latest, r: 'release'}
          - {os: windows-latest, r: 'release'}
    env:
      GITHUB_PAT: ${{ secrets.GITHUB_TOKEN }}
      CENSUS_API_KEY: ${{ secrets.CENSUS_API_KEY }}
      R_KEEP_PKG_SOURCE: yes
    steps:
      - uses: actions/checkout@%s # v4.1.1
      - uses: r-lib/actions/setup-r@%s # v2
        with:
          r-version: ${{ matrix.config.r }}
          use-public-rspm: true
      - uses: r-lib/actions/setup-r-dependencies@%s # v2
        with:
          extra-packages: any::rcmdcheck
      - uses: r-lib/actions/check-r-package@%s # v2
""" % (rs(r, HEX, 40), rs(r, HEX, 40), rs(r, HEX, 40), rs(r, HEX, 40)))


@neg("r", "rhistory-innocent")
def n_rhistory(r):
    return (".Rhistory", """set.seed(%d)
x <- rnorm(100)
digest::digest(x)
uuid::UUIDgenerate()
Sys.getenv("CENSUS_API_KEY")
usethis::edit_r_environ()
keyring::key_list()
devtools::load_all()
devtools::test()
""" % r.randint(1, 99999))


@neg("shiny", "bookmark-state")
def n_bookmark(r):
    return ("docs/bookmarks.md", """# Saved dashboard views

| View | Link |
|------|------|
| West region, 2023 | https://%s.shinyapps.io/%s/?_state_id_=%s |
| All regions | https://%s.shinyapps.io/%s/?_state_id_=%s |

Bookmarks are stored server-side under `shiny_bookmarks/<state id>/`.
""" % (user(r), proj(r), rs(r, HEX, 16), user(r), proj(r), rs(r, HEX, 16)))


@neg("plumber", "openapi-spec")
def n_openapi(r):
    return ("api/openapi.json", json.dumps({
        "openapi": "3.0.3",
        "info": {"title": "Scoring API", "version": ver(r)},
        "paths": {"/predict": {"post": {
            "summary": "Score one record",
            "security": [{"ApiKeyAuth": []}],
            "responses": {"200": {"description": "OK"}}}}},
        "components": {"securitySchemes": {"ApiKeyAuth": {
            "type": "apiKey", "in": "header", "name": "X-API-KEY"}}},
        "x-request-id-example": uuid4(r)}, indent=2) + "\n")


@neg("plumber", "public-key")
def n_pubkey(r):
    body = [rs(r, B64, 64) for _ in range(5)] + [rs(r, B64, 20) + "IDAQAB"]
    return ("api/keys/jwt_public.pem", "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body)
            + "\n-----END PUBLIC KEY-----\n")


@neg("ssh", "public-key")
def n_ssh_pub(r):
    return ("deploy/authorized_keys", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s-deploy\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s ci@%s\n"
            % (rs(r, B64, 43), user(r), proj(r), rs(r, B64, 200), org(r)))


@neg("mapbox", "public-token")
def n_mapbox_pk(r):
    return ("R/map.R", """library(mapdeck)
# Public (pk.) token: URL-restricted, safe to ship with the app
set_token("%s")
mapdeck(style = mapdeck_style("light"), zoom = 9) |>
  add_polygon(data = tracts, fill_colour = "income", legend = TRUE)
""" % mapbox(r, "pk"))


@neg("algolia", "docsearch-public-key")
def n_pkgdown(r):
    return ("_pkgdown.yml", """url: https://%s.github.io/%s/
template:
  bootstrap: 5
  params:
    docsearch:
      api_key: %s
      index_name: %s
      app_id: %s
home:
  links:
  - text: Report a bug
    href: https://github.com/%s/%s/issues
""" % (org(r), proj(r), rs(r, HEX, 32), proj(r), rs(r, UPP + DIG, 10), org(r), proj(r)))


@neg("google", "oauth-client-id")
def n_gargle_client(r):
    return ("R/auth.R", """# Desktop OAuth client: the client id is not a secret
googlesheets4::gs4_auth_configure(
  client = gargle::gargle_oauth_client_from_json("inst/oauth-client.json")
)
options(gargle_oauth_email = "*@%s.org",
        gargle_oauth_cache = ".secrets")
client_id <- "%s-%s.apps.googleusercontent.com"
sheet_id <- "1%s"
""" % (org(r), rs(r, DIG, 12), rs(r, LOW + DIG, 32), rs(r, URLS, 43)))


@neg("google", "recaptcha-site-key")
def n_recaptcha(r):
    return ("R/mod_signup.R", """signup_ui <- function(id) {
  ns <- shiny::NS(id)
  shiny::tagList(
    shiny::tags$script(src = "https://www.google.com/recaptcha/api.js"),
    shiny::textInput(ns("email"), "Email"),
    shiny::div(class = "g-recaptcha", `data-sitekey` = "6L%s"),
    shiny::actionButton(ns("submit"), "Sign up")
  )
}
""" % rs(r, URLS, 38))


@neg("google", "analytics-id")
def n_quarto_yml(r):
    return ("_quarto.yml", """project:
  type: website
  output-dir: _site

website:
  title: "%s"
  site-url: https://%s.github.io/%s
  google-analytics: "G-%s"
  repo-url: https://github.com/%s/%s
  navbar:
    left:
      - href: index.qmd
        text: Home
      - about.qmd

format:
  html:
    theme: cosmo
    css: styles.css
""" % (proj(r), org(r), proj(r), rs(r, UPP + DIG, 10), org(r), proj(r)))


@neg("data", "base64-image")
def n_b64img(r):
    data = base64.b64encode(b"\x89PNG\r\n\x1a\n" + rbytes(r, 240)).decode()
    return ("reports/logo_inline.Rmd", """---
title: "Quarterly summary"
output: html_document
---

<img src="data:image/png;base64,%s" alt="logo" width="120"/>

```{r}
summary(cars)
```
""" % data)


@neg("shinymanager", "password-hashes")
def n_shinymanager(r):
    rows = []
    for u in r.sample(USERS, 4):
        rows.append('"%s","$7$C6..../....%s$%s","%s",FALSE' % (u, rs(r, B64.replace("+", "."), 16),
                                                              rs(r, B64.replace("+", "."), 43), pick(r, ["TRUE", "FALSE"])))
    return ("data-raw/credentials_hashed.csv", "user,password,admin,is_hashed_password\n"
            .replace("is_hashed_password", "expire") + "\n".join(rows) + "\n")


@neg("data", "uuid-csv")
def n_uuid_csv(r):
    rows = ["record_id,participant_uuid,site,visit_date,sample_barcode"]
    for i in range(8):
        rows.append("%d,%s,%s,2024-%02d-%02d,%s" % (i + 1, uuid4(r), pick(r, ["A", "B", "C"]),
                                                  r.randint(1, 12), r.randint(1, 28), rs(r, UPP + DIG, 12)))
    return ("data/visits.csv", "\n".join(rows) + "\n")


@neg("logs", "request-ids")
def n_log(r):
    lines = []
    for i in range(8):
        lines.append("2024-05-%02dT%02d:%02d:%02d.%03dZ INFO [%s] GET /__api__/v1/content/%s 200 trace=%s span=%s"
                     % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999),
                        rs(r, HEX, 8), uuid4(r), rs(r, HEX, 32), rs(r, HEX, 16)))
    return ("logs/connect-access.log", "\n".join(lines) + "\n")


@neg("sql", "hash-columns")
def n_sql(r):
    return ("sql/dedupe.sql", """-- Deduplicate survey responses by content hash
CREATE TABLE IF NOT EXISTS response_hashes (
  response_id  uuid PRIMARY KEY,
  content_md5  char(32) NOT NULL,
  loaded_at    timestamptz DEFAULT now()
);

INSERT INTO response_hashes (response_id, content_md5)
VALUES ('%s', '%s'),
       ('%s', '%s');

SELECT * FROM response_hashes WHERE content_md5 = md5('%s');
""" % (uuid4(r), rs(r, HEX, 32), uuid4(r), rs(r, HEX, 32), proj(r)))


@neg("noaa", "station-ids")
def n_noaa_ids(r):
    ids = ["GHCND:USW000%s" % rs(r, DIG, 5) for _ in range(4)]
    return ("R/stations.R", """stations <- c(%s)
obs <- rnoaa::ncdc(datasetid = "GHCND", stationid = stations[1],
                   datatypeid = c("TMAX", "TMIN", "PRCP"),
                   startdate = "2023-01-01", enddate = "2023-12-31",
                   token = Sys.getenv("NOAA_KEY"), limit = 1000)
""" % ", ".join('"%s"' % i for i in ids))


@neg("testthat", "snapshot-hashes")
def n_snap(r):
    return ("tests/testthat/_snaps/report.md", """# report fingerprint is stable

    Code
      digest::digest(build_report(fixture), algo = "sha1")
    Output
      [1] "%s"

# figure hash

    Code
      rlang::hash(p)
    Output
      [1] "%s"
""" % (rs(r, HEX, 40), rs(r, HEX, 32)))


@neg("r", "cff-citation")
def n_cff(r):
    return ("CITATION.cff", """cff-version: 1.2.0
message: "If you use this software, please cite it as below."
title: "%s"
version: %s
doi: 10.5281/zenodo.%d
date-released: 2024-0%d-1%d
authors:
  - family-names: %s
    given-names: %s
    orcid: "https://orcid.org/0000-000%d-%04d-%04d"
repository-code: "https://github.com/%s/%s"
commit: %s
""" % (proj(r), ver(r), r.randint(1000000, 9999999), r.randint(1, 9), r.randint(0, 9),
       pick(r, ["Smith", "Chen"]), pick(r, ["Jane", "Daniel"]), r.randint(1, 3),
       r.randint(0, 9999), r.randint(0, 9999), org(r), proj(r), rs(r, HEX, 40)))


@neg("r", "packrat-lock")
def n_packrat(r):
    out = ["PackratFormat: 1.4", "PackratVersion: 0.9.2", "RVersion: 4.1.3",
           "Repos: CRAN=https://cran.rstudio.com/", ""]
    for p in sorted(r.sample(PKGS, 4)):
        out += ["Package: %s" % p, "Source: CRAN", "Version: %s" % ver(r), "Hash: %s" % rs(r, HEX, 32), ""]
    return ("packrat/packrat.lock", "\n".join(out))


@neg("r", "rprofile-innocent")
def n_rprofile(r):
    return (".Rprofile", """if (file.exists("renv/activate.R")) source("renv/activate.R")
options(
  repos = c(P3M = "https://packagemanager.posit.co/cran/__linux__/jammy/2024-0%d-0%d"),
  shiny.port = 3838,
  shiny.autoreload = TRUE,
  digits = 4
)
Sys.setenv(TZ = "UTC", R_CONFIG_ACTIVE = "development")
""" % (r.randint(1, 9), r.randint(1, 9)))


@neg("openai", "request-ids-log")
def n_llm_log(r):
    rows = ["timestamp,request_id,model,prompt_tokens,completion_tokens,fingerprint"]
    for i in range(6):
        rows.append("2024-06-%02d %02d:%02d,req_%s,gpt-4o-mini,%d,%d,fp_%s" % (
            r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), rs(r, HEX, 32),
            r.randint(50, 900), r.randint(20, 400), rs(r, HEX, 10)))
    return ("logs/llm_usage.csv", "\n".join(rows) + "\n")


@neg("aws", "arn-and-etag")
def n_aws_meta(r):
    return ("R/s3_inventory.R", """# Objects verified after upload (ETag = MD5 of single-part uploads)
expected <- tibble::tribble(
  ~key, ~etag,
  "extracts/2024-05-01.parquet", "%s",
  "extracts/2024-05-02.parquet", "%s"
)
role_arn <- "arn:aws:iam::%s:role/shiny-reader"
Sys.setenv(AWS_PROFILE = "analytics", AWS_DEFAULT_REGION = "us-east-1")
bucket_exists <- aws.s3::bucket_exists("%s-lake")
""" % (rs(r, HEX, 32), rs(r, HEX, 32), rs(r, DIG, 12), org(r)))


@neg("github", "workflow-secrets-refs")
def n_gha_refs(r):
    return (".github/workflows/deploy.yml", """name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: r-lib/actions/setup-r@v2
      - uses: r-lib/actions/setup-renv@v2
      - name: Deploy to shinyapps.io
        env:
          SHINYAPPS_NAME: ${{ secrets.SHINYAPPS_NAME }}
          SHINYAPPS_TOKEN: ${{ secrets.SHINYAPPS_TOKEN }}
          SHINYAPPS_SECRET: ${{ secrets.SHINYAPPS_SECRET }}
        run: |
          Rscript -e 'rsconnect::setAccountInfo(Sys.getenv("SHINYAPPS_NAME"), Sys.getenv("SHINYAPPS_TOKEN"), Sys.getenv("SHINYAPPS_SECRET"))'
          Rscript -e 'rsconnect::deployApp(appName = "%s")'
""" % proj(r))


@neg("r", "codemeta")
def n_codemeta(r):
    return ("codemeta.json", json.dumps({
        "@context": "https://doi.org/10.5063/schema/codemeta-2.0",
        "@type": "SoftwareSourceCode",
        "identifier": proj(r),
        "version": ver(r),
        "fileSize": "%dKB" % r.randint(100, 900),
        "relatedLink": "https://doi.org/10.5281/zenodo.%d" % r.randint(1000000, 9999999),
        "readme": "https://github.com/%s/%s/blob/main/README.md" % (org(r), proj(r)),
        "contIntegration": "https://github.com/%s/%s/actions" % (org(r), proj(r)),
        "commit": rs(r, HEX, 40)}, indent=2) + "\n")


@neg("census", "acs-variables-qmd")
def n_qmd_params(r):
    st = pick(r, STATES)
    return ("reports/county-profile.qmd", """---
title: "County profile"
params:
  state_fips: "%s"
  county_fips: "%03d"
  table: "%s"
  seed: %d
format: html
---

```{r}
#| label: load
set.seed(params$seed)
prof <- tidycensus::get_acs("county", table = params$table,
                            state = params$state_fips, county = params$county_fips)
```
""" % (st[0], r.randint(1, 199), pick(r, ACS_VARS).split("_")[0], r.randint(1000, 999999)))


@neg("knitr", "cache-files")
def n_knitr_cache(r):
    names = ["setup", "load-data", "model-fit", "plot-trend"]
    return ("analysis/report_cache/html/__packages", "\n".join(
        ["base", "knitr", "dplyr", "ggplot2"]) + "\n" + "\n".join(
        "# %s_%s.rdb" % (n, rs(r, HEX, 32)) for n in names) + "\n")


# ------------------------------------------------------------------ main --
def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".") and base.count(".") == 1:
        return base[1:]
    if "." in base:
        return base.rsplit(".", 1)[-1]
    return base


ALLOWED_ENV_SUFFIX = (".example", ".sample", ".template", ".dist")


def neg_path_guard(path):
    parts = path.split("/")
    base = parts[-1]
    if (base == ".env" or base.startswith(".env.")) and not base.endswith(ALLOWED_ENV_SUFFIX):
        parts[-1] = ".env.example"
    return "/".join(parts)


def classify(v, g):
    if v == "":
        return "empty"
    if v in EXAMPLES.get(g, []):
        return "documented-example"
    if v.startswith("${{") or v.startswith("${"):
        return "env-reference"
    if v.startswith("op://") or v.startswith("vault:"):
        return "secret-manager-ref"
    if set(v) <= set("*") or v in ("[REDACTED]", "<redacted>"):
        return "masked"
    return "placeholder"


def neg_cred(r, g, ctx):
    c = gen(g, r)  # for shape (ids that are public stay as generated)
    if g == "pem":
        c.x["lines"] = [pick(r, ["<paste the deploy key here; see vault secret/deploy/connect>",
                                 "...", "REDACTED", "(key removed - rotate via ops runbook)"])]
        c.s = ""
        return c, "placeholder"
    v = filler(r, g, ctx)
    c.s = v
    kind = classify(v, g)
    if "token" in c.x:
        c.x["token"] = "token" if v == "secret" else pick(r, ["<token>", "TOKEN", "XXXXXXXX"])
    if "akid" in c.x:
        c.x["akid"] = ("AKIAIOSFODNN7EXAMPLE" if v.endswith("EXAMPLEKEY")
                       else pick(r, ["<access-key-id>", "YOUR_ACCESS_KEY_ID", "AKIAXXXXXXXXXXXXXXXX", ""]))
    return c, kind


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_km.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    order = [i % len(POS) for i in range(500)]
    r.shuffle(order)
    for n, ti in enumerate(order):
        g, ctx, fn = POS[ti]
        c = gen(g, r)
        if g == "pem":
            c.s = c.x["lines"][0]
        path, text = fn(r, c)
        needle = c.s
        idx = text.find(needle)
        assert needle and idx >= 0, (fn.__name__, needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1]
        rel = "pos/p%04d/%s" % (n, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": c.provider,
                         "kind": c.kind, "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})

    negs = [("reuse", i % len(POS)) for i in range(250)] + [("alike", i % len(NEG)) for i in range(250)]
    r.shuffle(negs)
    for n, (mode, ti) in enumerate(negs):
        if mode == "reuse":
            g, ctx, fn = POS[ti]
            c, kind = neg_cred(r, g, ctx)
            path, text = fn(r, c)
            provider = c.provider
        else:
            provider, kind, fn = NEG[ti]
            path, text = fn(r)
        path = neg_path_guard(path)
        rel = "neg/n%04d/%s" % (n, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider,
                         "kind": kind, "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    # re-read and verify every needle on its line
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
