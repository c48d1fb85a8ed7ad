#!/usr/bin/env python3
"""Blind evaluation-set generator for secret scanners: research data & open science.

EMPHASIS
    Domain: academic research data collection and open science -- survey platforms,
    participant recruitment, data repositories, research identity, lab servers and lab
    chat bots.  Providers: REDCap (API token, super token), Qualtrics (X-API-TOKEN),
    SurveyMonkey (OAuth access token), Prolific (API token), Amazon MTurk (AWS access
    key pair), LimeSurvey (RemoteControl password), Gorilla (account password),
    Pavlovia / GitLab (personal access token), OSF (personal access token), Zenodo
    (personal access token), Figshare (personal token), Dataverse (API token, UUID),
    ORCID (client secret, UUID), Globus (confidential-client secret), iRODS
    (password), Box (developer token), Dropbox (short-lived access token), Google
    service accounts for Sheets (PKCS#8 RSA private key), lab database passwords
    (PostgreSQL / MySQL / ODBC), Slack incoming webhooks for lab bots.
    File types: R scripts (.R), R Markdown (.Rmd), Quarto (.qmd), Sweave (.Rnw),
    .Renviron, Python (.py), Jupyter (.ipynb), MATLAB (.m), Stata (.do), SPSS syntax
    (.sps), YAML, JSON, INI/.cfg/.conf, TOML, shell, Makefile, Snakefile, Nextflow
    config, Dockerfile, GitHub workflows, Markdown lab wikis, CSV data dictionaries,
    LaTeX/BibTeX, CITATION.cff, HTML experiment pages, logs, PEM files, checksum lists.

USAGE
    python3 gen_gl.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    (one line per file: file, label, provider, kind, filetype, template) and
    OUTDIR/secrets.jsonl (one line per positive: file, needle, line).  All randomness
    comes from one random.Random(SEED); output is byte-identical for one SEED.

NEEDLE CONVENTIONS
    * Tokens, API keys, client secrets, passwords: the bare value exactly as written,
      without quotes, without the header name or scheme word ("Bearer", "Token",
      "token", "X-Dataverse-key:") and without the variable name.
    * Passwords inside a connection URL or DSN (postgresql://u:PW@h/db, PWD=PW;): only
      the password.  Tokens embedded in a URL (?access_token=TOK, https://oauth2:TOK@):
      only the token.
    * Slack incoming webhooks: the whole URL https://hooks.slack.com/services/T../B../..
      (the URL itself is the secret).
    * AWS key pairs (MTurk): the secret access key; the AKIA... key id sits nearby in
      the same file but is not the needle.
    * Multi-line PEM private keys in their own block: the whole block from
      "-----BEGIN PRIVATE KEY-----" through "-----END PRIVATE KEY-----" (newlines
      included); the line is the BEGIN line.
    * PEM keys inside JSON / Python strings (Google service-account "private_key"): the
      escaped one-line string value exactly as written (with literal backslash-n), from
      "-----BEGIN" to the final "\\n" before the closing quote.
    * line = 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    250 negatives re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-token>, YOUR_API_KEY_HERE, changeme, xxxx...),
    empty values, masked values (****, [REDACTED]), environment / secret-manager
    references (Sys.getenv, os.environ, process.env, getenv, ${VAR}, op://, vault:),
    template expressions (${{ secrets.X }}, {{ var }}) and documented example values
    (REDCapR's 12345678901234567890123456ABCDEF, osfr's ThIsIsNoTaReAlPaTbUtYoUgEtIt,
    ORCID's 2-legged OAuth example secret, AWS's EXAMPLEKEY, Slack's T00000000 webhook).
    Files that would be named .env in a positive are named .env.example.  The other 250
    are look-alikes: DOIs, ORCID iDs (with valid ISO 7064 check digit), Prolific
    participant/study ids (24-hex ObjectIds), Qualtrics SV_/QID/R_ ids, REDCap record
    ids, Dataverse persistent ids, md5/sha1/sha256/sha512 checksums, git SHAs, UUIDs,
    container digests, renv/pip/npm hashes, SRI integrity, base64 images, SSH and PGP
    public keys, public OAuth client ids (ORCID APP-..., Globus native-app ids, Google
    *.apps.googleusercontent.com, Dropbox app keys used with PKCE), DNA barcodes.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * REDCap: REDCapR::sanitize_token documents "32-character hexadecimal value"
      (default pattern [0-9A-Fa-f]{32}); its example 12345678901234567890123456ABCDEF
      is used only as a negative.  Super tokens (64 hex) are from REDCap admin docs
      as remembered, not re-checked.
    * Qualtrics: X-API-TOKEN header (qualtRics construct_header); an ini example in
      LNCDR docs shows a 40-character alphanumeric api_token.
    * OSF: osfr docs: "your 70 character token"; OSF_PAT env var; osf_auth(token).
    * Prolific: docs.prolific.com: header "Authorization: Token <your token>",
      api.prolific.com/api/v1/; psynet docs: [Prolific] prolific_api_token in
      ~/.dallingerconfig.
    * Dataverse: guides.dataverse.org: X-Dataverse-key header or ?key=, token shown
      as xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (UUID).
    * Figshare: "Authorization: token $FIGSHARE_TOKEN", api.figshare.com/v2.
    * Zenodo: ?access_token= query parameter and deposit API (zenodo.org/dev, gists).
    * ORCID: client ids APP-XXXXXXXXXXXXXXXX, client secrets and access tokens are
      UUIDs (members.orcid.org 2-legged OAuth example; used only as negatives).
    * GitLab: glpat- prefix for personal access tokens (gitlab.com issues 335991 /
      342327).
    * Globus: client ids are UUIDs; a confidential-client secret seen in a gist is a
      44-character base64 string ending in "=" (not copied).
    * SurveyMonkey: "Authorization: bearer <token>" (surveymonkey_api gem), env
      SURVEYMONKEY_API_TOKEN; R package option sm_oauth_token.

DOUBTS
    * Token lengths not confirmed by documentation: Zenodo (assumed 60 alphanumeric),
      Figshare (assumed 128 lowercase hex), Prolific (assumed 86 chars of
      [A-Za-z0-9_-]), SurveyMonkey (assumed 60-110 chars of [A-Za-z0-9.-]), Box
      developer token (assumed 32 alphanumeric), Dropbox short-lived token (assumed
      "sl." + ~140 chars of [A-Za-z0-9_-]), Globus secret (assumed base64 of 32 bytes).
    * Newer GitLab tokens may be longer / routable (glpat-<27+>.01.<...>); we use the
      classic glpat- + 20 chars form.  Pavlovia's GitLab may issue tokens without the
      glpat- prefix; some positives use a bare 20-char token for Pavlovia.
    * Gorilla and LimeSurvey have no token format: positives are account passwords.
    * A search for the GitLab prefix returned a secret scanner's issue thread
      (ripsecrets); it was not used.
"""
import base64
import json
import os
import string
import sys

import random

DIGITS = string.digits
UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEXU = "0123456789ABCDEF"
HEXL = "0123456789abcdef"
B32 = UPPER + "234567"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"

R = None  # the one random.Random(SEED), set in main()


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def rint(a, b):
    return R.randint(a, b)


def chance(p):
    return R.random() < p


# --------------------------------------------------------------------------- secrets
def g_redcap():
    return rs(HEXU, 32)


def g_redcap_super():
    return rs(HEXU, 64)


def g_qualtrics():
    return rs(ALNUM, 40)


def g_surveymonkey():
    n = rint(60, 110)
    s = rs(ALNUM, 6) + rs(ALNUM + ALNUM + "-.", n - 12) + rs(ALNUM, 6)
    return s


def g_prolific():
    return rs(ALNUM, 4) + rs(URLSAFE, 78) + rs(ALNUM, 4)


def g_osf():
    return rs(ALNUM, 70)


def g_zenodo():
    return rs(ALNUM, 60)


def g_figshare():
    return rs(HEXL, 128)


def g_glpat():
    return "glpat-" + rs(ALNUM, 2) + rs(URLSAFE, 16) + rs(ALNUM, 2)


def g_pavlovia():
    return g_glpat() if chance(0.6) else rs(ALNUM, 2) + rs(URLSAFE, 16) + rs(ALNUM, 2)


def uuid4():
    h = rs(HEXL, 32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def g_globus():
    return base64.b64encode(rbytes(32)).decode()


def g_box():
    return rs(ALNUM, 32)


def g_dropbox():
    return "sl." + pick("BCu") + rs(ALNUM, 3) + rs(URLSAFE, rint(130, 142)) + rs(ALNUM, 3)


def g_akid():
    return "AKIA" + rs(B32, 16)


def g_aws_secret():
    return rs(ALNUM, 3) + rs(ALNUM + ALNUM + "/+", 35) + rs(ALNUM, 2)


def g_slack():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(UPPER + DIGITS, rint(8, 10)), rs(UPPER + DIGITS, rint(8, 10)), rs(ALNUM, 24))


WORDS = ["amber", "basil", "cobalt", "delta", "ember", "fjord", "garnet", "harbor", "indigo",
         "juniper", "kelp", "lumen", "maple", "nectar", "onyx", "pepper", "quartz", "raven",
         "saffron", "tundra", "umber", "violet", "willow", "yarrow", "zephyr", "cortex",
         "neuron", "axon", "glial", "theta", "gamma", "pipette", "vortex", "beaker"]


def g_password(urlsafe=False):
    style = rint(0, 3)
    sym = "-_." if urlsafe else "-_.!^*+="
    if style == 0:
        s = pick(UPPER + LOWER) + rs(ALNUM + sym, rint(13, 22)) + pick(DIGITS) + pick(LOWER)
    elif style == 1:
        w = [pick(WORDS) for _ in range(3)]
        w[rint(0, 2)] = w[0].capitalize()
        s = pick("-_.").join(w) + str(rint(10, 9999))
    elif style == 2:
        s = pick(WORDS).capitalize() + str(rint(1970, 2031)) + pick(sym) + rs(ALNUM, rint(5, 9))
    else:
        s = pick(UPPER) + rs(ALNUM, rint(15, 27)) + pick(DIGITS)
    if not any(c.isdigit() for c in s):
        s += str(rint(2, 98))
    return s


def g_password_url():
    return g_password(urlsafe=True)


# PKCS#8 RSA-2048 DER prefix: SEQUENCE(1212){ INTEGER 0, AlgId rsaEncryption,
# OCTET STRING(1190){ SEQUENCE(1186){ INTEGER 0, INTEGER(257) modulus ...
DER_PREFIX = bytes.fromhex("308204bc020100300d06092a864886f70d0101010500048204a6308204a2"
                           "02010002820101")


def g_pem_body():
    der = DER_PREFIX + b"\x00" + bytes([R.getrandbits(7) | 0x80]) + rbytes(1216 - len(DER_PREFIX) - 2)
    b = base64.b64encode(der).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


def g_pem():
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(g_pem_body()) + "\n-----END PRIVATE KEY-----"


def pem_json_escaped(pem):
    return pem.replace("\n", "\\n") + "\\n"


# ------------------------------------------------------------------ public / look-alike ids
def orcid_id():
    base = "000%d%s%s" % (rint(0, 3), rs(DIGITS, 4), rs(DIGITS, 7))
    base = base[:15]
    total = 0
    for ch in base:
        total = (total + int(ch)) * 2
    res = (12 - total % 11) % 11
    chk = "X" if res == 10 else str(res)
    d = base + chk
    return "%s-%s-%s-%s" % (d[:4], d[4:8], d[8:12], d[12:])


def orcid_client_id():
    return "APP-" + rs(UPPER + DIGITS, 16)


def doi():
    pre = pick(["10.5281/zenodo.%d" % rint(1000000, 14999999),
                "10.17605/OSF.IO/%s" % rs(UPPER + DIGITS, 5),
                "10.7910/DVN/%s" % rs(UPPER + DIGITS, 6),
                "10.6084/m9.figshare.%d" % rint(1000000, 29999999),
                "10.1037/xge%07d" % rint(1000, 9999999),
                "10.1177/0956797%06d" % rint(100000, 999999),
                "10.1016/j.cognition.%d.%06d" % (rint(2015, 2025), rint(100000, 105999)),
                "10.1038/s41562-0%02d-%05d-%d" % (rint(17, 25), rint(1000, 2999), rint(0, 9))])
    return pre


def sv_id():
    return "SV_" + rs(ALNUM, 15)


def objid():
    return rs(HEXL, 24)


def osf_node():
    return rs(LOWER + DIGITS, 5)


def sha(n):
    return rs(HEXL, n)


# ------------------------------------------------------------------------ context pools
LABS = ["cognition", "affect", "sleep", "devpsych", "neuroimaging", "language", "motor",
        "healthbehav", "epi", "socialcog", "memory", "attention", "psycholing", "vision"]
UNIS = ["northfield", "lakeshore", "kestrel", "brightwater", "altenberg", "harrowgate",
        "pinecrest", "rivermoor", "westbury", "calloway"]
TLDS = ["edu", "ac.uk", "edu.au", "de", "nl", "ca"]
PEOPLE = ["mchen", "aokafor", "jlindqvist", "rpatel", "sgarcia", "tnakamura", "lmuller",
          "kbrown", "dfischer", "yzhang", "hsmith", "pkowalski", "nrossi", "edubois"]
STUDIES = ["stroop_online", "sleep_diary", "ema_mood", "reading_eye", "wm_training",
           "covid_wellbeing", "infant_looking", "flanker_rt", "ageing_cohort",
           "bilingual_naming", "pain_ratings", "smoking_cessation"]
QDC = ["ca1", "co1", "iad1", "fra1", "syd1", "eu", "az1", "gov1"]


def host(prefix):
    return "%s.%s.%s" % (prefix, pick(UNIS), pick(TLDS))


def redcap_url():
    return "https://%s/api/" % host(pick(["redcap", "redcap.ctsi", "redcap.med", "edc"]))


def qualtrics_base():
    return "%s.%s.qualtrics.com" % (pick(UNIS), pick(QDC))


def person():
    return pick(PEOPLE)


def study():
    return pick(STUDIES)


def date():
    return "%d-%02d-%02d" % (rint(2019, 2025), rint(1, 12), rint(1, 28))


def ts():
    return "%sT%02d:%02d:%02d" % (date(), rint(0, 23), rint(0, 59), rint(0, 59))


# ------------------------------------------------------------------------ slot machinery
class Slot:
    """The place of the secret in a template.  For a positive it holds the secret; for a
    template-based negative it holds a placeholder string and maybe a code expression."""

    def __init__(self, value, pos, lang, env, expr=None, provider=""):
        self.v = value
        self.pos = pos
        self.lang = lang
        self.env = env
        self.expr = expr
        self.provider = provider
        self.needle = None
        self._akid = None

    def q(self, quote='"'):
        if self.expr is not None:
            return self.expr
        return quote + self.v + quote

    def akid(self):
        if self._akid is None:
            if self.pos:
                self._akid = g_akid()
            else:
                self._akid = pick(["AKIAIOSFODNN7EXAMPLE", "${AWS_ACCESS_KEY_ID}",
                                   "<access-key-id>", "", "AKIA****************"])
        return self._akid

    def pem_json(self):
        """PEM key as an escaped one-line JSON/Python string body."""
        if self.pos:
            self.needle = pem_json_escaped(self.v)
            return self.needle
        return self.v


TEMPLATES = []
LOOKALIKES = []


def T(provider, kind, style, env, lang, gen, neg_ok=True):
    def deco(f):
        TEMPLATES.append(dict(fn=f, provider=provider, kind=kind, style=style, env=env,
                              lang=lang, gen=gen, neg_ok=neg_ok, name=f.__name__))
        return f
    return deco


def L(provider, kind):
    def deco(f):
        LOOKALIKES.append(dict(fn=f, provider=provider, kind=kind, name=f.__name__))
        return f
    return deco


EXPR = {
    "r": ['Sys.getenv("{E}")', 'keyring::key_get("{e}")', 'Sys.getenv("{E}", unset = NA)',
          'config::get("{e}")'],
    "py": ['os.environ["{E}"]', 'os.getenv("{E}")', 'os.environ.get("{E}", "")',
           'keyring.get_password("{lab}", "{e}")'],
    "matlab": ["getenv('{E}')"],
    "groovy": ["System.getenv('{E}')", "secrets.{E}"],
}

DOC_EXAMPLES = {
    "redcap": ["12345678901234567890123456ABCDEF"],
    "osf": ["ThIsIsNoTaReAlPaTbUtYoUgEtIt"],
    "orcid": ["060c36f2-cce2-4f74-bde0-a17d8bb30a97"],
    "dataverse": ["xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"],
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "slack": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
    "qualtrics": ["<YOUR-QUALTRICS-API-KEY>", "<YOUR-API-KEY-HERE>"],
    "zenodo": ["your_access_token_here"],
    "figshare": ["xxxxxxxxxxxxxxxx"],
    "prolific": ["<api_token>", "<your token>"],
    "gitlab": ["glpat-xxxxxxxxxxxxxxxxxxxx"],
    "google": ["-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"],
}


def neg_fill(meta):
    """Choose a non-secret for a template's slot.  Returns (value, expr, label)."""
    E = meta["env"]
    e = E.lower()
    lab = pick(LABS)
    length = len(meta["gen"]()) if meta["gen"] is not g_pem else 40
    length = max(8, min(length, 64))
    cats = ["placeholder", "placeholder", "masked", "env", "env", "secretref", "template",
            "empty"]
    if meta["provider"] in DOC_EXAMPLES:
        cats += ["docexample", "docexample"]
    cat = pick(cats)
    expr = None
    if cat == "placeholder":
        v = pick(["<your-token>", "<YOUR_%s>" % E, "YOUR_API_KEY_HERE", "your_%s_here" % e,
                  "changeme", "CHANGE_ME", "x" * length, "X" * length, "<paste token here>",
                  "TODO", "insert-token-here", "...", "<token>", "REPLACE_WITH_YOUR_TOKEN",
                  "0" * length, "dummy"])
    elif cat == "masked":
        v = pick(["****", "********", "[REDACTED]", "REDACTED", "<redacted>",
                  "***redacted***", "*" * length, "[hidden]", "[MASKED]"])
    elif cat == "empty":
        v = ""
    elif cat == "env":
        v = pick(["${%s}" % E, "$%s" % E, "${env:%s}" % E, "%%%s%%" % E])
        if meta["lang"] in EXPR and chance(0.75):
            expr = pick(EXPR[meta["lang"]]).format(E=E, e=e, lab=lab)
    elif cat == "secretref":
        v = pick(["op://%s-lab/%s/credential" % (lab, meta["provider"]),
                  "vault:secret/data/%s/%s#value" % (lab, e),
                  "arn:aws:secretsmanager:eu-west-1:%s:secret:%s/%s" % (rs(DIGITS, 12), lab, e),
                  "keyring:%s" % e, "gcp-sm://projects/%s-lab/secrets/%s/versions/latest" % (lab, e.replace("_", "-"))])
    elif cat == "template":
        v = pick(["${{ secrets.%s }}" % E, "{{ %s }}" % e, "<%%= ENV['%s'] %%>" % E,
                  "%%(%s)s" % e, "@%s@" % E, "{{ .Values.%s }}" % e.replace("_", "")])
    else:
        v = pick(DOC_EXAMPLES[meta["provider"]])
    return v, expr, cat


def hdr_comment(c, lines):
    return "\n".join(c + (" " + l if l else "") for l in lines)


# ========================================================================= REDCap
@T("redcap", "api_token", "conv", "REDCAP_API_TOKEN", "r", g_redcap)
def t_redcap_r(s):
    url = redcap_url()
    st = study()
    return "analysis/01_pull_%s.R" % st, """# Pull the %s records from REDCap and save a dated snapshot.
# Author: %s   Last edited: %s
library(REDCapR)
library(dplyr)
library(readr)

redcap_uri <- "%s"
redcap_token <- %s

ds <- redcap_read(
  redcap_uri = redcap_uri,
  token      = redcap_token,
  fields     = c("record_id", "consent_date", "age", "sex", "group"),
  events     = c("baseline_arm_1", "followup_arm_1")
)$data

ds <- ds %%>%%
  filter(!is.na(consent_date)) %%>%%
  mutate(age_band = cut(age, breaks = c(17, 30, 45, 65, Inf)))

write_csv(ds, file.path("data", "raw", paste0("%s_", Sys.Date(), ".csv")))
message(nrow(ds), " records written")
""" % (st, person(), date(), url, s.q('"'), st)


@T("redcap", "api_token", "other", "REDCAP_TOKEN", "r", g_redcap)
def t_redcap_rmd(s):
    st = study()
    return "reports/%s_enrollment.Rmd" % st, """---
title: "Enrollment report: %s"
author: "%s"
date: "`r Sys.Date()`"
output: html_document
---

```{r setup, include=FALSE}
knitr::opts_chunk$set(echo = FALSE, warning = FALSE)
library(REDCapR)
library(ggplot2)
uri <- "%s"
key <- %s
```

## Recruitment by site

```{r recruitment}
d <- redcap_read_oneshot(redcap_uri = uri, token = key)$data
ggplot(d, aes(x = as.Date(screen_date), fill = site)) +
  geom_histogram(binwidth = 7) +
  labs(x = "Week", y = "Participants screened")
```

Target enrollment is %d participants per site.
""" % (st, person(), redcap_url(), s.q('"'), rint(40, 200))


@T("redcap", "api_token", "conv", "REDCAP_API_TOKEN", "renviron", g_redcap)
def t_redcap_renviron(s):
    return ".Renviron", """# Project-level environment for the %s analyses
R_LIBS_USER=~/R/%s-library
REDCAP_URI=%s
%s=%s
TZ=%s
_R_CHECK_FORCE_SUGGESTS_=false
""" % (pick(LABS), pick(LABS), redcap_url(), s.env, s.v,
       pick(["Europe/London", "America/Chicago", "Australia/Sydney", "Europe/Berlin"]))


@T("redcap", "api_token", "other", "REDCAP_TOKEN", "py", g_redcap)
def t_redcap_pycap(s):
    st = study()
    return "scripts/export_%s.py" % st, '''"""Export %s records from REDCap into a pandas DataFrame."""
import pandas as pd
from redcap import Project

API_URL = "%s"

project = Project(API_URL, %s)

def export(forms=("demographics", "screening")):
    df = project.export_records(format_type="df", forms=list(forms))
    df = df[df["consent_complete"] == 2]
    return df


if __name__ == "__main__":
    out = export()
    out.to_parquet("data/interim/%s.parquet")
    print(f"exported {len(out)} rows")
''' % (st, redcap_url(), s.q('"'), st)


@T("redcap", "api_token", "other", "REDCAP_TOKEN", "stata", g_redcap)
def t_redcap_stata(s):
    st = study()
    return "do/01_import_redcap.do", """* 01_import_redcap.do -- fetch %s data via the REDCap API
* requires curl on the PATH
version 17
clear all
set more off

local apiurl "%s"
local apitoken "%s"
local outfile "data/raw/%s_export.csv"

!curl -s --form token=`apitoken' --form content=record --form format=csv --form type=flat `apiurl' -o "`outfile'"

import delimited using "`outfile'", clear varnames(1)
label variable record_id "REDCap record ID"
save "data/raw/%s.dta", replace
""" % (st, redcap_url(), s.v, st, st)


@T("redcap", "api_token", "other", "REDCAP_TOKEN", "sh", g_redcap)
def t_redcap_sh(s):
    return "bin/fetch_redcap.sh", """#!/usr/bin/env bash
# Nightly export of the REDCap project to the lab share.
set -euo pipefail
OUT=/srv/%s/exports/$(date +%%F)
mkdir -p "$OUT"
curl -sS -X POST "%s" \\
  -d token=%s \\
  -d content=record \\
  -d format=csv \\
  -d type=flat \\
  -d rawOrLabel=raw \\
  -o "$OUT/records.csv"
wc -l "$OUT/records.csv"
""" % (pick(LABS), redcap_url(), s.v)


@T("redcap", "api_token", "other", "REDCAP_TOKEN", "matlab", g_redcap)
def t_redcap_matlab(s):
    return "matlab/loadREDCap.m", """function T = loadREDCap(formName)
%%LOADREDCAP Download one instrument from the lab REDCap project as a table.
%%   T = loadREDCap('demographics')
if nargin < 1
    formName = 'demographics';
end
url = '%s';
opts = weboptions('MediaType', 'application/x-www-form-urlencoded', 'Timeout', 60);
raw = webwrite(url, 'token', %s, 'content', 'record', ...
    'format', 'csv', 'forms[0]', formName, opts);
T = readtable(raw);
fprintf('%%d rows from %%s\\n', height(T), formName);
end
""" % (redcap_url(), s.q("'"))


@T("redcap", "api_token", "conv", "REDCAP_TOKEN", "yaml", g_redcap)
def t_redcap_snake_cfg(s):
    return "config/config.yaml", """# Snakemake configuration for the %s pipeline
samples: config/samples.tsv
outdir: results
threads: %d

redcap:
  url: %s
  token: %s
  forms:
    - demographics
    - cognitive_battery

qc:
  max_missing: 0.2
  min_age: 18
""" % (study(), rint(2, 16), redcap_url(), s.v)


@T("redcap", "api_token", "conv", "REDCAP_API_TOKEN", "r", g_redcap)
def t_redcap_qmd(s):
    return "dashboards/recruitment.qmd", """---
title: "Recruitment dashboard"
format: dashboard
params:
  redcap_url: "%s"
  redcap_api_token: "%s"
---

```{r}
library(REDCapTidieR)
db <- read_redcap(params$redcap_url, params$redcap_api_token)
```

## Row

```{r}
#| title: Consented participants
nrow(db$redcap_data[[1]])
```
""" % (redcap_url(), s.v)


@T("redcap", "api_token", "other", "REDCAP_TOKEN", "csv", g_redcap)
def t_redcap_csv(s):
    rows = []
    for i in range(rint(2, 4)):
        rows.append("%s,%s,%d,%s" % (study(), redcap_url(), rint(1000, 9999), pick(PEOPLE)))
    k = rint(0, len(rows))
    rows.insert(k, "%s,%s,%d,%s,%s" % (study(), redcap_url(), rint(1000, 9999), person(), s.v))
    rows = [r + ("" if r.count(",") == 4 else ",") for r in rows]
    return "config/redcap_projects.csv", "project,url,pid,owner,token\n" + "\n".join(rows) + "\n"


@T("redcap", "super_token", "conv", "REDCAP_SUPER_TOKEN", "py", g_redcap_super)
def t_redcap_super(s):
    return "admin/create_projects.py", '''# Create one REDCap project per site using the super API token.
import requests

REDCAP_API_URL = "%s"
REDCAP_SUPER_TOKEN = %s

SITES = ["%s", "%s", "%s"]

for site in SITES:
    data = {
        "token": REDCAP_SUPER_TOKEN,
        "content": "project",
        "format": "json",
        "data": '[{"project_title": "%s - ' + site + '", "purpose": "2"}]',
    }
    r = requests.post(REDCAP_API_URL, data=data, timeout=30)
    r.raise_for_status()
    print(site, "->", r.text[:8], "...")
''' % (redcap_url(), s.q('"'), pick(UNIS), pick(UNIS), pick(UNIS), study())


# ========================================================================= Qualtrics
@T("qualtrics", "api_token", "other", "QUALTRICS_API_KEY", "r", g_qualtrics)
def t_qualtrics_r(s):
    return "R/get_survey.R", """# Download responses for the %s survey
library(qualtRics)
library(tidyverse)

qualtrics_api_credentials(api_key = %s,
                          base_url = "%s",
                          install = FALSE)

surveys <- all_surveys()
sid <- "%s"
resp <- fetch_survey(surveyID = sid, label = FALSE, convert = FALSE,
                     force_request = TRUE)
saveRDS(resp, here::here("data", "qualtrics_%s.rds"))
""" % (study(), s.q('"'), qualtrics_base(), sv_id(), date())


@T("qualtrics", "api_token", "conv", "QUALTRICS_API_TOKEN", "ini", g_qualtrics)
def t_qualtrics_ini(s):
    return pick(["config/qualtrics.ini", ".qualtrics.ini"]), """[api]
api_token = %s
root_url = https://%s

[survey]
id = %s
export_format = csv
""" % (s.v, qualtrics_base(), sv_id())


@T("qualtrics", "api_token", "other", "QUALTRICS_API_TOKEN", "py", g_qualtrics)
def t_qualtrics_py(s):
    return "survey/download_responses.py", '''import io
import time
import zipfile

import requests

DATACENTER = "%s"
SURVEY_ID = "%s"
BASE = f"https://{DATACENTER}.qualtrics.com/API/v3/surveys/{SURVEY_ID}/export-responses"
headers = {
    "content-type": "application/json",
    "x-api-token": %s,
}

r = requests.post(BASE, json={"format": "csv"}, headers=headers)
progress_id = r.json()["result"]["progressId"]
while True:
    status = requests.get(f"{BASE}/{progress_id}", headers=headers).json()["result"]
    if status["status"] == "complete":
        break
    time.sleep(2)
file_id = status["fileId"]
z = requests.get(f"{BASE}/{file_id}/file", headers=headers, stream=True)
zipfile.ZipFile(io.BytesIO(z.content)).extractall("data/qualtrics")
''' % (pick(UNIS) + "." + pick(QDC), sv_id(), s.q('"'))


@T("qualtrics", "api_token", "conv", "QUALTRICS_API_TOKEN", "yaml", g_qualtrics)
def t_qualtrics_yaml(s):
    return "config/qualtrics.yml", """# survey export settings (used by scripts/export.py)
qualtrics:
  datacenter: %s
  apiToken: %s
  surveys:
    pre: %s
    post: %s
export:
  format: spss
  useLabels: true
""" % (pick(QDC), s.v, sv_id(), sv_id())


@T("qualtrics", "api_token", "conv", "QUALTRICS_API_TOKEN", "py", g_qualtrics)
def t_qualtrics_ipynb(s):
    cells = [("markdown", "# Qualtrics export\n\nPulls the latest responses for the %s study." % study()),
             ("code", "import requests\nimport pandas as pd\n\nQUALTRICS_API_TOKEN = %s\nDATA_CENTER = \"%s\"\nSURVEY_ID = \"%s\"" % (s.q('"'), pick(QDC), sv_id())),
             ("code", "url = f\"https://{DATA_CENTER}.qualtrics.com/API/v3/surveys/{SURVEY_ID}\"\nmeta = requests.get(url, headers={\"X-API-TOKEN\": QUALTRICS_API_TOKEN}).json()\nmeta[\"result\"][\"name\"]"),
             ("code", "df = pd.read_csv(\"data/qualtrics/export.csv\", skiprows=[1, 2])\ndf.shape")]
    return "notebooks/qualtrics_export.ipynb", notebook(cells)


def notebook(cells):
    out = []
    n = 1
    for kind, src in cells:
        lines = src.split("\n")
        srcl = [l + "\n" for l in lines[:-1]] + [lines[-1]]
        c = {"cell_type": kind, "metadata": {}, "source": srcl}
        if kind == "code":
            c["execution_count"] = n
            c["outputs"] = []
            n += 1
        out.append(c)
    nb = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                                    "name": "python3"},
                                     "language_info": {"name": "python", "version": "3.%d.%d" % (rint(8, 12), rint(0, 9))}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1) + "\n"


# ========================================================================= SurveyMonkey
@T("surveymonkey", "access_token", "other", "SM_ACCESS_TOKEN", "py", g_surveymonkey)
def t_sm_py(s):
    return "collect/sm_pull.py", '''"""Pull bulk responses from SurveyMonkey v3."""
import requests

SURVEY = "%d"
session = requests.Session()
session.headers.update({
    "Authorization": "bearer %s",
    "Content-Type": "application/json",
})

def responses(page=1):
    url = f"https://api.surveymonkey.com/v3/surveys/{SURVEY}/responses/bulk"
    return session.get(url, params={"page": page, "per_page": 100}).json()

print(responses()["total"])
''' % (rint(100000000, 519999999), s.v)


@T("surveymonkey", "access_token", "conv", "SM_OAUTH_TOKEN", "r", g_surveymonkey)
def t_sm_r(s):
    return "R/surveymonkey.R", """library(surveymonkey)
options(sm_oauth_token = %s)

surveys <- browse_surveys(200)
s <- surveys %%>%% dplyr::filter(title == "%s")
resp <- fetch_survey_obj(s$id) %%>%% parse_survey()
readr::write_csv(resp, "data/raw/surveymonkey_%s.csv")
""" % (s.q('"'), study().replace("_", " ").title(), date())


# ========================================================================= Prolific
@T("prolific", "api_token", "other", "PROLIFIC_API_TOKEN", "py", g_prolific)
def t_prolific_py(s):
    return "recruit/prolific_client.py", '''import requests

API = "https://api.prolific.com/api/v1"


class Prolific:
    def __init__(self, token):
        self.s = requests.Session()
        self.s.headers["Authorization"] = f"Token {token}"

    def me(self):
        return self.s.get(f"{API}/users/me/").json()

    def submissions(self, study_id):
        return self.s.get(f"{API}/studies/{study_id}/submissions/").json()["results"]


client = Prolific(%s)
for sub in client.submissions("%s"):
    print(sub["participant_id"], sub["status"])
''' % (s.q('"'), objid())


@T("prolific", "api_token", "conv", "PROLIFIC_API_TOKEN", "ini", g_prolific)
def t_prolific_dallinger(s):
    return ".dallingerconfig", """[Parameters]
base_port = 5000
logfile = -

[Prolific]
prolific_api_token = %s
prolific_api_version = v1

[Email Access]
contact_email_on_error = %s@%s.%s
""" % (s.v, person(), pick(UNIS), pick(TLDS))


@T("prolific", "api_token", "other", "PROLIFIC_TOKEN", "r", g_prolific)
def t_prolific_r(s):
    return "R/prolific_setup.R", """library(prolific.api)

access <- api_access(api_token = %s)
access$check_authorization()

study <- prolific_study(
  name = "%s (wave %d)",
  external_study_url = "https://%s/exp/?PROLIFIC_PID={{%%PROLIFIC_PID%%}}",
  estimated_completion_time = %d,
  reward = %d,
  total_available_places = %d
)
""" % (s.q('"'), study(), rint(1, 4), host("experiments"), rint(5, 40), rint(100, 900), rint(50, 400))


@T("prolific", "api_token", "other", "PROLIFIC_TOKEN", "sh", g_prolific)
def t_prolific_sh(s):
    sid = objid()
    return "scripts/prolific_status.sh", """#!/bin/sh
# print the status of our Prolific studies
curl -s https://api.prolific.com/api/v1/studies/%s/ \\
  -H "Authorization: Token %s" | jq '.status, .places_taken'
""" % (sid, s.v)


@T("prolific", "api_token", "conv", "PROLIFIC_API_TOKEN", "dotenv", g_prolific)
def t_prolific_env(s):
    return (".env" if s.pos else ".env.example"), """FLASK_APP=app.py
FLASK_ENV=production
PROLIFIC_STUDY_ID=%s
PROLIFIC_COMPLETION_CODE=C%s
%s=%s
""" % (objid(), rs(UPPER + DIGITS, 7), s.env, s.v)


# ========================================================================= MTurk / AWS
@T("aws", "access_key", "other", "AWS_SECRET_ACCESS_KEY", "py", g_aws_secret)
def t_mturk_boto(s):
    return "mturk/post_hits.py", '''import boto3

SANDBOX = "https://mturk-requester-sandbox.us-east-1.amazonaws.com"

mturk = boto3.client(
    "mturk",
    region_name="us-east-1",
    aws_access_key_id="%s",
    aws_secret_access_key=%s,
    endpoint_url=SANDBOX,
)

with open("mturk/question.xml") as fh:
    question = fh.read()

hit = mturk.create_hit(
    Title="%s (about %d minutes)",
    Description="A short psychology experiment",
    Reward="%0.2f",
    MaxAssignments=%d,
    LifetimeInSeconds=86400,
    AssignmentDurationInSeconds=3600,
    Question=question,
)
print(hit["HIT"]["HITId"])
''' % (s.akid(), s.q('"'), study().replace("_", " "), rint(5, 30), rint(50, 500) / 100.0, rint(9, 200))


@T("aws", "access_key", "conv", "AWS_SECRET_ACCESS_KEY", "ini", g_aws_secret)
def t_mturk_psiturk(s):
    return "config.txt", """[HIT Configuration]
title = %s
description = Judge the similarity of pairs of pictures
amt_keywords = Perception, Psychology
lifetime = 24
us_only = true
approve_requirement = 95

[AWS Access]
aws_access_key_id = %s
aws_secret_access_key = %s
aws_region = us-east-1

[Server Parameters]
host = 0.0.0.0
port = 22362
""" % (study(), s.akid(), s.v)


@T("aws", "access_key", "conv", "AWS_SECRET_ACCESS_KEY", "r", g_aws_secret)
def t_mturk_r(s):
    return "R/mturk_bonus.R", """library(pyMTurkR)
Sys.setenv(AWS_ACCESS_KEY_ID = "%s",
           AWS_SECRET_ACCESS_KEY = %s)
options(pyMTurkR.sandbox = FALSE)

bonus <- read.csv("data/bonus_%s.csv")
GrantBonus(workers = bonus$WorkerId, assignments = bonus$AssignmentId,
           amounts = sprintf("%%.2f", bonus$amount),
           reasons = "Thank you for completing both sessions.")
""" % (s.akid(), s.q('"'), date())


@T("aws", "access_key", "conv", "AWS_SECRET_ACCESS_KEY", "ini", g_aws_secret)
def t_aws_credentials(s):
    return "deploy/aws_credentials", """[default]
region = us-east-1

[mturk-requester]
aws_access_key_id = %s
aws_secret_access_key = %s
""" % (s.akid(), s.v)


# ========================================================================= LimeSurvey / Gorilla
@T("limesurvey", "password", "other", "LIMESURVEY_PASSWORD", "py", g_password)
def t_lime_py(s):
    return "survey/limesurvey_export.py", '''"""Export responses from our LimeSurvey instance via RemoteControl 2 (JSON-RPC)."""
import base64
import requests

RPC = "https://%s/index.php/admin/remotecontrol"


def call(method, *params):
    r = requests.post(RPC, json={"method": method, "params": list(params), "id": 1})
    return r.json()["result"]


session = call("get_session_key", "%s", %s)
data = call("export_responses", session, %d, "csv", "en", "complete")
open("data/limesurvey_export.csv", "wb").write(base64.b64decode(data))
call("release_session_key", session)
''' % (host("survey"), person(), s.q('"'), rint(100000, 999999))


@T("limesurvey", "password", "conv", "LIME_PASSWORD", "r", g_password)
def t_lime_r(s):
    return "R/limer_setup.R", """# LimeSurvey access via the limer package
library(limer)
options(lime_api = 'https://%s/index.php/admin/remotecontrol')
options(lime_username = '%s')
options(lime_password = %s)

get_session_key()
responses <- get_responses(iSurveyID = %d, sDocumentType = "csv")
release_session_key()
""" % (host("limesurvey"), person(), s.q("'"), rint(100000, 999999))


@T("gorilla", "password", "conv", "GORILLA_PASSWORD", "yaml", g_password)
def t_gorilla_yaml(s):
    return "config/gorilla_download.yml", """# settings for tools/fetch_gorilla.py (headless download of experiment data)
gorilla:
  base_url: https://app.gorilla.sc
  email: %s@%s.%s
  password: %s
  project_id: %d
  experiments:
    - %d
    - %d
download_dir: data/raw/gorilla
""" % (person(), pick(UNIS), pick(TLDS), s.v, rint(10000, 99999), rint(100000, 199999), rint(100000, 199999))


# ========================================================================= Pavlovia / GitLab
@T("gitlab", "personal_access_token", "other", "PAVLOVIA_TOKEN", "py", g_pavlovia)
def t_pavlovia_py(s):
    return "experiment/sync_pavlovia.py", '''"""Push the built PsychoJS experiment to its Pavlovia repository."""
import gitlab

gl = gitlab.Gitlab("https://gitlab.pavlovia.org", private_token=%s)
project = gl.projects.get("%s/%s")
print(project.web_url, project.last_activity_at)
''' % (s.q('"'), person(), study())


@T("gitlab", "personal_access_token", "other", "PAVLOVIA_TOKEN", "sh", g_pavlovia)
def t_pavlovia_remote(s):
    return "scripts/push_to_pavlovia.sh", """#!/usr/bin/env bash
# mirror html/ to the Pavlovia project so the online version stays in sync
set -e
cd "$(dirname "$0")/../html"
git init -q 2>/dev/null || true
git remote remove pavlovia 2>/dev/null || true
git remote add pavlovia https://oauth2:%s@gitlab.pavlovia.org/%s/%s.git
git add -A && git commit -qm "sync $(date +%%F)" || true
git push -f pavlovia HEAD:master
""" % (s.v, person(), study())


@T("gitlab", "personal_access_token", "conv", "PAVLOVIA_TOKEN", "yaml", g_glpat)
def t_gitlab_workflow(s):
    return ".github/workflows/mirror-pavlovia.yml", """name: mirror to pavlovia
on:
  push:
    branches: [main]
jobs:
  mirror:
    runs-on: ubuntu-latest
    env:
      PAVLOVIA_TOKEN: %s
      PAVLOVIA_REPO: %s/%s
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - run: git push --force "https://oauth2:${PAVLOVIA_TOKEN}@gitlab.pavlovia.org/${PAVLOVIA_REPO}.git" HEAD:master
""" % (s.v, person(), study())


@T("gitlab", "personal_access_token", "conv", "GITLAB_TOKEN", "make", g_glpat)
def t_gitlab_make(s):
    return "Makefile", """# Build and publish the analysis container
IMAGE := registry.gitlab.com/%s-lab/%s
GITLAB_TOKEN := %s
R := Rscript --vanilla

.PHONY: all data figures push

all: data figures

data:
\t$(R) analysis/01_clean.R

figures: data
\t$(R) analysis/02_figures.R

push:
\techo $(GITLAB_TOKEN) | docker login registry.gitlab.com -u %s --password-stdin
\tdocker push $(IMAGE):latest
""" % (pick(LABS), study(), s.v, person())


# ========================================================================= OSF
@T("osf", "personal_access_token", "other", "OSF_PAT", "r", g_osf)
def t_osf_r(s):
    node = osf_node()
    return "R/00_setup.R", """## 00_setup.R -- download the raw data from OSF (https://osf.io/%s/)
library(osfr)
library(here)

osf_auth(%s)

proj <- osf_retrieve_node("%s")
raw <- osf_ls_files(proj, path = "data/raw")
osf_download(raw, path = here("data", "raw"), conflicts = "skip")
""" % (node, s.q('"'), node)


@T("osf", "personal_access_token", "conv", "OSF_PAT", "renviron", g_osf)
def t_osf_renviron(s):
    return ".Renviron", """OSF_PAT=%s
OSF_PROJECT=%s
GITHUB_PAT_NAME=lab-ci
RENV_CONFIG_AUTOLOADER_ENABLED=FALSE
""" % (s.v, osf_node())


@T("osf", "personal_access_token", "other", "OSF_TOKEN", "py", g_osf)
def t_osf_py(s):
    return "scripts/osf_upload.py", '''from osfclient.api import OSF

osf = OSF(token=%s)
project = osf.project("%s")
store = project.storage("osfstorage")

for path in ["results/tables/table1.csv", "results/figures/fig2.pdf"]:
    with open(path, "rb") as fp:
        store.create_file(path, fp, force=True)
        print("uploaded", path)
''' % (s.q('"'), osf_node())


@T("osf", "personal_access_token", "conv", "OSF_TOKEN", "make", g_osf)
def t_osf_make(s):
    return "Makefile", """OSF_PROJECT = %s
OSF_USERNAME = %s@%s.%s
OSF_TOKEN = %s

upload: results/summary.csv
\tOSF_TOKEN=$(OSF_TOKEN) osf -p $(OSF_PROJECT) upload -f $< results/summary.csv

results/summary.csv: analysis/summarise.py data/clean.parquet
\tpython $< > $@
""" % (osf_node(), person(), pick(UNIS), pick(TLDS), s.v)


@T("osf", "personal_access_token", "other", "OSF_TOKEN", "md", g_osf)
def t_osf_wiki(s):
    return "wiki/data-sharing.md", """# Data sharing checklist

1. Make sure the preregistration on OSF is frozen (see https://osf.io/%s/).
2. Remove direct identifiers (names, emails, IP addresses) from every file.
3. Upload with the lab account. Current lab upload token (ask %s before rotating):

   `%s`

4. Add the DOI to the README and to `CITATION.cff`.
5. Tag the GitHub release.
""" % (osf_node(), person(), s.v)


# ========================================================================= Zenodo
@T("zenodo", "personal_access_token", "conv", "ZENODO_TOKEN", "py", g_zenodo)
def t_zenodo_py(s):
    return "release/zenodo_upload.py", '''import json
import requests

ZENODO_TOKEN = %s
params = {"access_token": ZENODO_TOKEN}

r = requests.post("https://zenodo.org/api/deposit/depositions", params=params, json={})
dep = r.json()
bucket = dep["links"]["bucket"]
with open("dist/%s-data.zip", "rb") as fp:
    requests.put(f"{bucket}/%s-data.zip", data=fp, params=params)

meta = json.load(open(".zenodo.json"))
requests.put(dep["links"]["self"], params=params, json={"metadata": meta})
''' % (s.q('"'), study(), study())


@T("zenodo", "personal_access_token", "other", "ZENODO_TOKEN", "sh", g_zenodo)
def t_zenodo_sh(s):
    return "scripts/zenodo_publish.sh", """#!/bin/bash
DEP=%d
curl -s -X POST "https://zenodo.org/api/deposit/depositions/$DEP/actions/publish?access_token=%s"
""" % (rint(1000000, 12999999), s.v)


@T("zenodo", "personal_access_token", "other", "ZENODO_TOKEN", "groovy", g_zenodo)
def t_zenodo_nf(s):
    return "nextflow.config", """params {
    reads        = "data/fastq/*_R{1,2}.fastq.gz"
    outdir       = "results"
    genome       = "GRCh38"
    zenodo_token = %s
}

process {
    executor = 'slurm'
    queue    = '%s'
    memory   = '%d GB'
}

singularity.enabled = true
""" % (s.q("'"), pick(["short", "normal", "bigmem"]), rint(4, 64))


@T("zenodo", "personal_access_token", "other", "ZENODO_TOKEN", "json", g_zenodo)
def t_zenodo_json(s):
    return "config/deposit.json", """{
  "sandbox": false,
  "community": "%s-lab",
  "token": "%s",
  "files": ["dist/data.zip", "dist/codebook.pdf"],
  "upload_type": "dataset"
}
""" % (pick(LABS), s.v)


@T("zenodo", "personal_access_token", "other", "ZENODO_TOKEN", "log", g_zenodo)
def t_zenodo_log(s):
    t = ts()
    return "logs/release-%s.log" % t[:10], """%s INFO  release: building archive dist/data.zip (%d files)
%s INFO  release: sha256 %s
%s DEBUG urllib3.connectionpool: Starting new HTTPS connection (1): zenodo.org:443
%s DEBUG urllib3.connectionpool: https://zenodo.org:443 "POST /api/deposit/depositions?access_token=%s HTTP/1.1" 201 2113
%s INFO  release: created deposition %d
%s INFO  release: done
""" % (t, rint(3, 90), t, sha(64), t, t, s.v, t, rint(1000000, 12999999), t)


# ========================================================================= Figshare
@T("figshare", "personal_token", "other", "FIGSHARE_TOKEN", "py", g_figshare)
def t_figshare_py(s):
    return "scripts/figshare_deposit.py", '''import hashlib
import os
import requests

BASE = "https://api.figshare.com/v2"
HEADERS = {"Authorization": "token %s"}


def create_article(title):
    r = requests.post(f"{BASE}/account/articles", headers=HEADERS, json={"title": title, "defined_type": "dataset"})
    r.raise_for_status()
    return r.json()["entity_id"]


def md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()


art = create_article("%s")
print("article", art, os.path.getsize("dist/data.zip"), md5("dist/data.zip"))
''' % (s.v, study().replace("_", " ").title())


@T("figshare", "personal_token", "other", "FIGSHARE_TOKEN", "r", g_figshare)
def t_figshare_r(s):
    return "R/figshare_list.R", """library(httr)
library(jsonlite)

res <- GET("https://api.figshare.com/v2/account/articles",
           add_headers(Authorization = paste("token", %s)))
arts <- fromJSON(content(res, "text"))
arts[, c("id", "title", "published_date")]
""" % s.q('"')


@T("figshare", "personal_token", "conv", "FIGSHARE_TOKEN", "toml", g_figshare)
def t_figshare_toml(s):
    return "pyproject.toml", """[project]
name = "%s-tools"
version = "0.%d.%d"
requires-python = ">=3.9"
dependencies = ["requests", "pandas"]

[tool.%s.figshare]
institution = "%s"
token = "%s"
project_id = %d
""" % (pick(LABS), rint(1, 9), rint(0, 20), pick(LABS), pick(UNIS), s.v, rint(100000, 199999))


# ========================================================================= Dataverse
@T("dataverse", "api_token", "conv", "DATAVERSE_KEY", "r", uuid4)
def t_dv_r(s):
    return "R/dataverse_deposit.R", """library(dataverse)
Sys.setenv("DATAVERSE_SERVER" = "dataverse.harvard.edu")
Sys.setenv("DATAVERSE_KEY" = %s)

ds <- get_dataset("doi:10.7910/DVN/%s")
add_dataset_file(file = "data/clean/%s.csv", dataset = ds$datasetPersistentId,
                 description = "Cleaned trial-level data")
""" % (s.q('"'), rs(UPPER + DIGITS, 6), study())


@T("dataverse", "api_token", "other", "DATAVERSE_API_TOKEN", "py", uuid4)
def t_dv_py(s):
    return "scripts/dv_upload.py", '''from pyDataverse.api import NativeApi
from pyDataverse.models import Datafile

BASE_URL = "https://%s"
api = NativeApi(BASE_URL, %s)

df = Datafile()
df.set({"pid": "doi:10.%d/%s", "filename": "codebook.pdf"})
resp = api.upload_datafile("doi:10.%d/%s", "docs/codebook.pdf", df.json())
print(resp.status_code)
''' % (host("dataverse"), s.q('"'), rint(5000, 9999), rs(UPPER + DIGITS, 6), rint(5000, 9999), rs(UPPER + DIGITS, 6))


@T("dataverse", "api_token", "other", "DATAVERSE_API_TOKEN", "sh", uuid4)
def t_dv_sh(s):
    return "scripts/dv_contents.sh", """#!/bin/sh
SERVER_URL=https://%s
curl -H "X-Dataverse-key:%s" "$SERVER_URL/api/dataverses/%s/contents"
""" % (host("dataverse"), s.v, pick(LABS))


@T("dataverse", "api_token", "conv", "DATAVERSE_API_TOKEN", "yaml", uuid4)
def t_dv_yaml(s):
    return "config/deposit.yaml", """dataverse:
  server: https://%s
  collection: %s
  api_token: %s
dataset:
  title: "%s"
  license: CC0 1.0
""" % (host("dataverse"), pick(LABS), s.v, study().replace("_", " "))


# ========================================================================= ORCID
@T("orcid", "client_secret", "conv", "SOCIAL_AUTH_ORCID_SECRET", "py", uuid4)
def t_orcid_django(s):
    return "labsite/settings.py", '''from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["%s"]

AUTHENTICATION_BACKENDS = [
    "social_core.backends.orcid.ORCIDOAuth2",
    "django.contrib.auth.backends.ModelBackend",
]
SOCIAL_AUTH_ORCID_KEY = "%s"
SOCIAL_AUTH_ORCID_SECRET = %s

STATIC_URL = "/static/"
''' % (host("lab"), orcid_client_id(), s.q('"'))


@T("orcid", "client_secret", "conv", "ORCID_CLIENT_SECRET", "json", uuid4)
def t_orcid_json(s):
    return "config/orcid.json", """{
  "environment": "production",
  "client_id": "%s",
  "client_secret": "%s",
  "redirect_uri": "https://%s/orcid/callback",
  "scope": "/authenticate"
}
""" % (orcid_client_id(), s.v, host("pubs"))


@T("orcid", "client_secret", "other", "ORCID_CLIENT_SECRET", "sh", uuid4)
def t_orcid_sh(s):
    return "scripts/orcid_token.sh", """#!/bin/bash
# obtain a /read-public token for the publication harvester
curl -s -L -H "Accept: application/json" \\
  -d "client_id=%s" \\
  -d "client_secret=%s" \\
  -d "scope=/read-public" \\
  -d "grant_type=client_credentials" \\
  https://orcid.org/oauth/token
""" % (orcid_client_id(), s.v)


# ========================================================================= Globus
@T("globus", "client_secret", "other", "GLOBUS_CLIENT_SECRET", "py", g_globus)
def t_globus_py(s):
    return "transfer/globus_sync.py", '''import globus_sdk

CLIENT_ID = "%s"
SRC = "%s"
DST = "%s"

client = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, %s)
authorizer = globus_sdk.ClientCredentialsAuthorizer(client, globus_sdk.TransferClient.scopes.all)
tc = globus_sdk.TransferClient(authorizer=authorizer)

tdata = globus_sdk.TransferData(tc, SRC, DST, label="nightly %s sync", sync_level="checksum")
tdata.add_item("/data/%s/", "/archive/%s/", recursive=True)
print(tc.submit_transfer(tdata)["task_id"])
''' % (uuid4(), uuid4(), uuid4(), s.q('"'), pick(LABS), study(), study())


@T("globus", "client_secret", "conv", "GLOBUS_CLIENT_SECRET", "yaml", g_globus)
def t_globus_yaml(s):
    return "config/globus.yaml", """globus:
  client_id: %s
  client_secret: "%s"
  source_collection: %s
  destination_collection: %s
paths:
  - /scratch/%s/derivatives
""" % (uuid4(), s.v, uuid4(), uuid4(), pick(LABS))


@T("globus", "client_secret", "conv", "GLOBUS_CLI_CLIENT_SECRET", "sh", g_globus)
def t_globus_sh(s):
    return "scripts/globus_transfer.sh", """#!/usr/bin/env bash
export GLOBUS_CLI_CLIENT_ID=%s
export GLOBUS_CLI_CLIENT_SECRET='%s'
globus transfer %s:/data/%s %s:/~/backup --recursive --label "weekly backup"
""" % (uuid4(), s.v, uuid4(), pick(LABS), uuid4())


# ========================================================================= iRODS
@T("irods", "password", "other", "IRODS_PASSWORD", "py", g_password)
def t_irods_py(s):
    return "scripts/irods_sync.py", '''from irods.session import iRODSSession

with iRODSSession(host="%s", port=1247, user="%s",
                  password=%s, zone="%sZone") as session:
    coll = session.collections.get("/%sZone/home/%s/%s")
    for obj in coll.data_objects:
        print(obj.name, obj.size, obj.checksum)
''' % (host("irods"), person(), s.q('"'), pick(UNIS), pick(UNIS), person(), study())


@T("irods", "password", "conv", "IRODS_PASSWORD", "sh", g_password)
def t_irods_sh(s):
    return "scripts/irods_login.sh", """#!/bin/bash
# one-off login on a fresh compute node
mkdir -p ~/.irods
cat > ~/.irods/irods_environment.json <<EOF
{"irods_host": "%s", "irods_port": 1247, "irods_user_name": "%s", "irods_zone_name": "labZone"}
EOF
IRODS_PASSWORD='%s'
echo "$IRODS_PASSWORD" | iinit
ils /labZone/home/%s
""" % (host("irods"), person(), s.v, person())


# ========================================================================= Box / Dropbox
@T("box", "developer_token", "other", "BOX_DEVELOPER_TOKEN", "py", g_box)
def t_box_py(s):
    return "sync/box_upload.py", '''from boxsdk import Client, OAuth2

auth = OAuth2(client_id="%s", client_secret=None, access_token=%s)
client = Client(auth)
folder = client.folder(folder_id="%d")
folder.upload("results/%s_summary.xlsx")
''' % (rs(LOWER + DIGITS, 32), s.q('"'), rint(10000000000, 299999999999), study())


@T("dropbox", "access_token", "other", "DROPBOX_TOKEN", "py", g_dropbox)
def t_dropbox_py(s):
    return "sync/dropbox_backup.py", '''import dropbox

dbx = dropbox.Dropbox(%s)
for name in ["sessions.db", "eyetracker_raw.tar.gz"]:
    with open(f"/srv/lab/{name}", "rb") as f:
        dbx.files_upload(f.read(), f"/%s-lab/backup/{name}", mode=dropbox.files.WriteMode.overwrite)
''' % (s.q('"'), pick(LABS))


@T("dropbox", "access_token", "other", "DROPBOX_TOKEN", "conf", g_dropbox)
def t_dropbox_rclone(s):
    return "config/rclone.conf", """[labdropbox]
type = dropbox
token = {"access_token":"%s","token_type":"bearer","expiry":"%s.%06d+00:00"}

[scratch]
type = local
""" % (s.v, ts(), rint(0, 999999))


@T("dropbox", "access_token", "conv", "DROPBOX_ACCESS_TOKEN", "r", g_dropbox)
def t_dropbox_r(s):
    return "R/sync_dropbox.R", """library(httr)
DROPBOX_ACCESS_TOKEN <- %s
res <- POST("https://content.dropboxapi.com/2/files/download",
            add_headers(Authorization = paste("Bearer", DROPBOX_ACCESS_TOKEN),
                        `Dropbox-API-Arg` = '{"path": "/%s/data/raw.csv"}'),
            write_disk("data/raw.csv", overwrite = TRUE))
""" % (s.q('"'), pick(LABS))


# ========================================================================= Google service account
def sa_json(s, project):
    email = "sheets-sync@%s.iam.gserviceaccount.com" % project
    return """{
  "type": "service_account",
  "project_id": "%s",
  "private_key_id": "%s",
  "private_key": "%s",
  "client_email": "%s",
  "client_id": "%s",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s",
  "universe_domain": "googleapis.com"
}
""" % (project, sha(40), s.pem_json(), email, rs(DIGITS, 21), email.replace("@", "%40"))


def gproject():
    return "%s-%s-%d" % (pick(LABS), pick(["sheets", "survey", "data", "lab"]), rint(100000, 999999))


@T("google", "service_account_key", "other", "GOOGLE_PRIVATE_KEY", "json", g_pem)
def t_gsa_json(s):
    return pick(["credentials/sheets-service-account.json", "secrets/%s.json" % gproject(),
                 "service_account.json"]), sa_json(s, gproject())


@T("google", "service_account_key", "other", "GOOGLE_PRIVATE_KEY", "py", g_pem)
def t_gsa_py(s):
    p = gproject()
    return "scripts/sheets_sync.py", '''import gspread
from google.oauth2.service_account import Credentials

INFO = {
    "type": "service_account",
    "project_id": "%s",
    "private_key": "%s",
    "client_email": "lab-bot@%s.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
}
creds = Credentials.from_service_account_info(
    INFO, scopes=["https://www.googleapis.com/auth/spreadsheets"])
gc = gspread.authorize(creds)
ws = gc.open_by_key("%s").worksheet("participants")
print(len(ws.get_all_records()), "rows")
''' % (p, s.pem_json(), p, rs(URLSAFE, 44))


@T("google", "service_account_key", "other", "GOOGLE_PRIVATE_KEY", "pem", g_pem, neg_ok=False)
def t_gsa_pem(s):
    s.needle = s.v
    return "keys/sheets-sa.pem", "Bag Attributes\n    friendlyName: privatekey\n" + s.v + "\n"


@T("google", "service_account_key", "other", "GOOGLE_PRIVATE_KEY", "r", g_pem)
def t_gsa_rmd(s):
    # the R script writes the key to a temp file for googlesheets4
    s.needle = s.v if s.pos else None
    key = s.v
    return "R/gs4_auth.R", """library(googlesheets4)
# key for lab-sheets@%s.iam.gserviceaccount.com
pk <- "%s"
tmp <- tempfile(fileext = ".json")
jsonlite::write_json(list(type = "service_account", private_key = pk,
                          client_email = "lab-sheets@%s.iam.gserviceaccount.com",
                          token_uri = "https://oauth2.googleapis.com/token"),
                     tmp, auto_unbox = TRUE)
gs4_auth(path = tmp)
""" % (gproject(), key, gproject())


# ========================================================================= lab databases
@T("postgres", "password", "other", "PGPASSWORD", "r", g_password)
def t_db_r(s):
    return "R/db_connect.R", """library(DBI)
con <- dbConnect(RPostgres::Postgres(),
                 host = "%s",
                 port = 5432,
                 dbname = "%s",
                 user = "%s",
                 password = %s)
trials <- dbGetQuery(con, "SELECT * FROM trials WHERE session_date >= '%s'")
dbDisconnect(con)
""" % (host("db"), pick(LABS), person(), s.q('"'), date())


@T("postgres", "password", "other", "DB_PASSWORD", "py", g_password_url)
def t_db_sqlalchemy(s):
    return "labdb/engine.py", '''from sqlalchemy import create_engine, text

engine = create_engine(
    "postgresql+psycopg2://%s:%s@%s:5432/%s",
    pool_pre_ping=True,
)

with engine.connect() as conn:
    n = conn.execute(text("select count(*) from participants")).scalar()
    print(n)
''' % (person(), s.v, host("pg"), pick(LABS))


@T("mysql", "password", "conv", "DB_PASSWORD", "yaml", g_password)
def t_db_rconfig(s):
    return "config.yml", """default:
  datawarehouse:
    driver: MySQL
    server: %s
    database: %s
    uid: %s
    pwd: %s
  plots_dir: output/figures

production:
  plots_dir: /srv/shiny/output
""" % (host("mysql"), pick(LABS), person(), s.v)


@T("mysql", "password", "other", "DB_PASSWORD", "matlab", g_password)
def t_db_matlab(s):
    return "matlab/connectLabDB.m", """%% connectLabDB.m  Open a JDBC connection to the lab MySQL server.
dbname = '%s';
conn = database(dbname, '%s', %s, ...
    'Vendor', 'MySQL', 'Server', '%s', 'PortNumber', 3306);
if ~isempty(conn.Message)
    error('DB:connect', conn.Message);
end
data = fetch(conn, 'SELECT subject_id, rt, accuracy FROM %s_trials');
close(conn);
""" % (pick(LABS), person(), s.q("'"), host("mysql"), study())


@T("mysql", "password", "other", "DB_PASSWORD", "sps", g_password)
def t_db_spss(s):
    return "syntax/import_from_db.sps", """* Encoding: UTF-8.
* Import the session table from the lab database.
GET DATA
  /TYPE=ODBC
  /CONNECT='DSN=labdb;UID=%s;PWD=%s;SERVER=%s;PORT=3306;DATABASE=%s;'
  /SQL='SELECT subject_id, condition, score FROM sessions'
  /ASSUMEDSTRWIDTH=255.
CACHE.
EXECUTE.
DATASET NAME sessions WINDOW=FRONT.
FREQUENCIES VARIABLES=condition.
""" % (person(), s.v, host("mysql"), pick(LABS))


@T("mysql", "password", "other", "DB_PASSWORD", "stata", g_password)
def t_db_stata(s):
    return "do/02_odbc_load.do", """* load trial data straight from the lab server
odbc load, exec("SELECT * FROM %s_trials") ///
    connectionstring("DRIVER={MySQL ODBC 8.0 Unicode Driver};SERVER=%s;DATABASE=%s;UID=%s;PWD=%s;") clear
compress
save "data/derived/trials.dta", replace
""" % (study(), host("mysql"), pick(LABS), person(), s.v)


@T("postgres", "password", "other", "PGPASSWORD", "r", g_password)
def t_db_rnw(s):
    return "paper/supplement.Rnw", r"""\documentclass{article}
\usepackage{booktabs}
\title{Supplementary Materials}
\author{%s et al.}
\begin{document}
\maketitle

<<setup, include=FALSE>>=
library(DBI)
con <- dbConnect(RPostgres::Postgres(), host = "%s", dbname = "%s",
                 user = "readonly", password = %s)
d <- dbReadTable(con, "summary_by_condition")
@

\section*{Table S1}
<<tab1, results='asis', echo=FALSE>>=
xtable::xtable(d)
@

\end{document}
""" % (person().capitalize(), host("db"), pick(LABS), s.q('"'))


@T("postgres", "password", "conv", "POSTGRES_PASSWORD", "docker", g_password)
def t_db_dockerfile(s):
    return "docker/db/Dockerfile", """FROM postgres:%d
ENV POSTGRES_USER=%s
ENV POSTGRES_DB=%s
ENV POSTGRES_PASSWORD=%s
COPY schema.sql /docker-entrypoint-initdb.d/01-schema.sql
EXPOSE 5432
""" % (rint(13, 16), pick(LABS), pick(LABS), s.v)


@T("postgres", "password", "other", "DB_PASSWORD", "log", g_password_url)
def t_db_log(s):
    t = ts()
    return "logs/etl.log", """%s [INFO] etl: starting nightly load
%s [INFO] etl: reading 12 CSV files from /srv/%s/incoming
%s [DEBUG] etl: engine url postgresql://%s:%s@%s:5432/%s
%s [INFO] etl: inserted %d rows into trials
%s [INFO] etl: finished in %d.%d s
""" % (t, t, pick(LABS), t, person(), s.v, host("pg"), pick(LABS), t, rint(100, 90000), t, rint(1, 99), rint(0, 9))


# ========================================================================= Slack
@T("slack", "webhook_url", "conv", "SLACK_WEBHOOK_URL", "py", g_slack)
def t_slack_py(s):
    return "bots/lab_bot.py", '''"""Post daily recruitment numbers to #%s."""
import requests

SLACK_WEBHOOK_URL = %s


def post(text):
    requests.post(SLACK_WEBHOOK_URL, json={"text": text}, timeout=10)


if __name__ == "__main__":
    post(":bar_chart: %d participants completed today")
''' % (pick(LABS), s.q('"'), rint(1, 60))


@T("slack", "webhook_url", "other", "SLACK_WEBHOOK_URL", "r", g_slack)
def t_slack_r(s):
    return "R/notify.R", """library(slackr)
slackr_setup(channel = "#%s",
             incoming_webhook_url = %s)
slackr_msg(sprintf("Model fit finished: %%s", Sys.time()))
""" % (pick(LABS), s.q('"'))


@T("slack", "webhook_url", "other", "SLACK_WEBHOOK_URL", "yaml", g_slack)
def t_slack_gha(s):
    return ".github/workflows/nightly.yml", """name: nightly analysis
on:
  schedule:
    - cron: "0 3 * * *"
jobs:
  run:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: r-lib/actions/setup-r@v2
      - run: Rscript analysis/run_all.R
      - if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"nightly analysis failed"}' \\
            %s
""" % s.v


@T("slack", "webhook_url", "other", "SLACK_WEBHOOK", "snake", g_slack)
def t_slack_snakefile(s):
    return "workflow/Snakefile", """configfile: "config/config.yaml"

SUBJECTS = [f"sub-{i:03d}" for i in range(1, %d)]

rule all:
    input: expand("derivatives/{sub}/func/{sub}_bold_preproc.nii.gz", sub=SUBJECTS)

rule preprocess:
    input: "bids/{sub}/func/{sub}_task-rest_bold.nii.gz"
    output: "derivatives/{sub}/func/{sub}_bold_preproc.nii.gz"
    threads: 4
    shell: "fmriprep-wrapper {input} {output} --nthreads {threads}"

onsuccess:
    shell("curl -s -X POST -d '{{\\"text\\": \\"preproc done\\"}}' %s")
""" % (rint(10, 80), s.v)


@T("slack", "webhook_url", "conv", "SLACK_WEBHOOK_URL", "json", g_slack)
def t_slack_json(s):
    return "bot/config.json", """{
  "channel": "#%s",
  "username": "lab-bot",
  "slack_webhook_url": "%s",
  "post_at": "09:00",
  "studies": ["%s", "%s"]
}
""" % (pick(LABS), s.v, study(), study())


@T("slack", "webhook_url", "other", "SLACK_WEBHOOK_URL", "groovy", g_slack)
def t_slack_nf(s):
    return "conf/notify.config", """// notification settings, included from nextflow.config
params {
    hook_url = %s
    email    = '%s@%s.%s'
}
""" % (s.q("'"), person(), pick(UNIS), pick(TLDS))


# ========================================================================= look-alike negatives
@L("redcap", "data_dictionary")
def n_redcap_dict():
    rows = ['"Variable / Field Name","Form Name","Section Header","Field Type","Field Label","Choices, Calculations, OR Slider Labels","Field Note","Text Validation Type OR Show Slider Number","Identifier?"',
            'record_id,enrollment,,text,"Record ID",,,,']
    for v, t, lab in [("pid_hash", "text", "Pseudonymised participant code (sha256 of study id)"),
                      ("consent_date", "text", "Date of consent"), ("redcap_survey_identifier", "text", "Survey identifier"),
                      ("prolific_pid", "text", "Prolific participant id"), ("stroop_rt", "text", "Mean RT (ms)")]:
        rows.append('%s,%s,,%s,"%s",,"e.g. %s",,%s' % (v, pick(["enrollment", "baseline", "session_1"]), t, lab,
                                                       pick([sha(64), objid(), date(), "%d" % rint(300, 900)]), pick(["y", ""])))
    return "docs/data_dictionary.csv", "\n".join(rows) + "\n"


@L("prolific", "participant_ids")
def n_prolific_ids():
    rows = ["participant_id,study_id,session_id,started_at,completed_at,status,completion_code"]
    st = objid()
    for _ in range(rint(6, 14)):
        rows.append("%s,%s,%s,%s,%s,%s,C%s" % (objid(), st, objid(), ts(), ts(), pick(["APPROVED", "AWAITING REVIEW", "RETURNED"]), rs(UPPER + DIGITS, 7)))
    return "data/raw/prolific_export_%s.csv" % date(), "\n".join(rows) + "\n"


@L("checksum", "sha256")
def n_sha256sums():
    lines = ["%s  %s" % (sha(64), f) for f in ["sub-%03d_task-%s_eeg.bdf" % (rint(1, 99), pick(["oddball", "rest", "nback"])) for _ in range(rint(5, 12))]]
    return "data/raw/SHA256SUMS", "\n".join(lines) + "\n"


@L("checksum", "md5")
def n_md5_manifest():
    lines = ["%s *%s_%02d.csv" % (sha(32), study(), i) for i in range(rint(4, 10))]
    return "data/MANIFEST.md5", "\n".join(lines) + "\n"


@L("zenodo", "metadata")
def n_zenodo_json():
    creators = ",\n".join('    {"name": "%s, %s", "affiliation": "University of %s", "orcid": "%s"}' % (
        person()[1:].capitalize(), person()[0].upper() + ".", pick(UNIS).capitalize(), orcid_id()) for _ in range(rint(2, 4)))
    return ".zenodo.json", """{
  "title": "%s: data and analysis code",
  "upload_type": "dataset",
  "creators": [
%s
  ],
  "related_identifiers": [{"identifier": "%s", "relation": "isSupplementTo", "scheme": "doi"}],
  "license": "cc-by-4.0",
  "keywords": ["open data", "%s"]
}
""" % (study().replace("_", " ").title(), creators, doi(), pick(LABS))


@L("orcid", "citation_cff")
def n_citation():
    authors = "".join("  - family-names: %s\n    given-names: %s\n    orcid: \"https://orcid.org/%s\"\n" % (
        person()[1:].capitalize(), person()[0].upper(), orcid_id()) for _ in range(rint(1, 4)))
    return "CITATION.cff", """cff-version: 1.2.0
message: "If you use this software, please cite it as below."
title: "%s-toolbox"
version: %d.%d.%d
doi: %s
date-released: %s
authors:
%s""" % (pick(LABS), rint(0, 3), rint(0, 20), rint(0, 9), doi(), date(), authors)


@L("qualtrics", "survey_ids")
def n_qualtrics_ids():
    return "R/surveys.R", """# Survey ids for each wave -- the API token comes from the user's keyring.
library(qualtRics)
qualtrics_api_credentials(api_key = keyring::key_get("qualtrics"), base_url = "%s")
waves <- c(w1 = "%s", w2 = "%s", w3 = "%s")
mailing_list <- "ML_%s"
distribution <- "EMD_%s"
resp <- lapply(waves, fetch_survey, verbose = FALSE)
""" % (qualtrics_base(), sv_id(), sv_id(), sv_id(), rs(ALNUM, 15), rs(ALNUM, 15))


@L("qualtrics", "qsf_export")
def n_qsf():
    q = ",\n".join('    {"SurveyID": "%s", "Element": "SQ", "PrimaryAttribute": "QID%d", "SecondaryAttribute": "%s", "Payload": {"QuestionID": "QID%d", "DataExportTag": "Q%d"}}' % (
        sid, i, pick(["How rested do you feel?", "Age", "Consent"]), i, i) for sid in [sv_id()] for i in range(1, rint(3, 6)))
    return "materials/%s.qsf" % study(), """{"SurveyEntry": {"SurveyID": "%s", "SurveyName": "%s", "SurveyOwnerID": "UR_%s", "SurveyBrandID": "%s", "SurveyCreationDate": "%s 10:14:22"},
 "SurveyElements": [
%s
 ]}
""" % (sv_id(), study(), rs(ALNUM, 15), pick(UNIS), date(), q)


@L("dataverse", "persistent_ids")
def n_dv_pids():
    items = "\n".join("  - pid: doi:10.7910/DVN/%s\n    file_id: %d\n    md5: %s" % (rs(UPPER + DIGITS, 6), rint(3000000, 9999999), sha(32)) for _ in range(rint(2, 5)))
    return "config/sources.yaml", "# public Dataverse datasets we reuse (no auth needed)\nserver: https://dataverse.harvard.edu\ndatasets:\n" + items + "\n"


@L("checksum", "bagit")
def n_bagit():
    lines = ["%s  data/%s" % (sha(128), f) for f in ["participants.tsv", "README.md", "codebook.pdf", "trials.csv"]]
    return "bag/manifest-sha512.txt", "\n".join(lines) + "\n"


@L("checksum", "dvc")
def n_dvc():
    return "data/raw.dvc", """outs:
- md5: %s.dir
  size: %d
  nfiles: %d
  hash: md5
  path: raw
""" % (sha(32), rint(10 ** 6, 10 ** 10), rint(10, 500))


@L("checksum", "git_lfs_pointer")
def n_lfs():
    return "data/eeg/sub-%03d_task-rest_eeg.fif" % rint(1, 60), "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (sha(64), rint(10 ** 6, 10 ** 9))


@L("checksum", "container_digest")
def n_nf_digest():
    return "nextflow.config", """process {
    withName: 'FASTQC'   { container = 'quay.io/biocontainers/fastqc@sha256:%s' }
    withName: 'SALMON'   { container = 'quay.io/biocontainers/salmon@sha256:%s' }
    withName: 'MULTIQC'  { container = 'quay.io/biocontainers/multiqc@sha256:%s' }
}
params.genome_md5 = '%s'
""" % (sha(64), sha(64), sha(64), sha(32))


@L("checksum", "docker_digest")
def n_dockerfile():
    return "Dockerfile", """FROM rocker/verse:4.%d.%d@sha256:%s
RUN install2.r --error renv osfr qualtRics REDCapR
COPY renv.lock /project/renv.lock
WORKDIR /project
RUN R -e 'renv::restore()'
""" % (rint(1, 4), rint(0, 3), sha(64))


@L("checksum", "renv_lock")
def n_renv():
    pk = ",\n".join('    "%s": {"Package": "%s", "Version": "%d.%d.%d", "Source": "Repository", "Repository": "CRAN", "Hash": "%s"}' % (p, p, rint(0, 3), rint(0, 20), rint(0, 9), sha(32))
                    for p in ["REDCapR", "osfr", "qualtRics", "dplyr", "lme4"])
    return "renv.lock", """{
  "R": {"Version": "4.%d.%d", "Repositories": [{"Name": "CRAN", "URL": "https://cloud.r-project.org"}]},
  "Packages": {
%s
  }
}
""" % (rint(1, 4), rint(0, 3), pk)


@L("checksum", "pip_hashes")
def n_pip():
    lines = ["%s==%d.%d.%d \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s" % (p, rint(0, 3), rint(0, 30), rint(0, 9), sha(64), sha(64)) for p in ["pycap", "osfclient", "pandas", "requests"]]
    return "requirements.txt", "# generated by pip-compile --generate-hashes\n" + "\n".join(lines) + "\n"


@L("checksum", "npm_integrity")
def n_npm():
    return "experiment/package-lock.json", """{
  "name": "%s-jspsych",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/jspsych": {"version": "7.%d.%d", "resolved": "https://registry.npmjs.org/jspsych/-/jspsych-7.3.4.tgz", "integrity": "sha512-%s"},
    "node_modules/@jspsych/plugin-html-keyboard-response": {"version": "1.1.%d", "integrity": "sha512-%s"}
  }
}
""" % (study(), rint(0, 3), rint(0, 9), base64.b64encode(rbytes(64)).decode(), rint(0, 5), base64.b64encode(rbytes(64)).decode())


@L("checksum", "sri_html")
def n_sri():
    return "experiment/index.html", """<!DOCTYPE html>
<html>
<head>
  <title>%s</title>
  <script src="https://unpkg.com/jspsych@7.3.4" integrity="sha384-%s" crossorigin="anonymous"></script>
  <link rel="stylesheet" href="https://unpkg.com/jspsych@7.3.4/css/jspsych.css" integrity="sha384-%s" crossorigin="anonymous">
</head>
<body></body>
<script>
  const jsPsych = initJsPsych({on_finish: () => { window.location = "https://app.prolific.com/submissions/complete?cc=C%s"; }});
  const pid = jsPsych.data.getURLVariable("PROLIFIC_PID");
</script>
</html>
""" % (study(), base64.b64encode(rbytes(48)).decode(), base64.b64encode(rbytes(48)).decode(), rs(UPPER + DIGITS, 7))


@L("encoded", "notebook_png")
def n_nb_png():
    cells = [{"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["plt.hist(df['rt'], bins=40)"],
              "outputs": [{"output_type": "display_data", "metadata": {}, "data": {
                  "image/png": base64.b64encode(b"\x89PNG\r\n\x1a\n" + rbytes(rint(300, 600))).decode(), "text/plain": ["<Figure size 640x480 with 1 Axes>"]}}]}]
    nb = {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}, "nbformat": 4, "nbformat_minor": 5}
    return "notebooks/rt_distribution.ipynb", json.dumps(nb, indent=1) + "\n"


@L("uuid", "run_log")
def n_run_log():
    t = ts()
    lines = ["%s INFO run_id=%s git=%s" % (t, uuid4(), sha(40))]
    for i in range(rint(4, 9)):
        lines.append("%s INFO subject=sub-%03d session=%s task=%s md5=%s" % (t, rint(1, 99), uuid4(), pick(["nback", "flanker"]), sha(32)))
    lines.append("%s INFO upload to osf node %s complete (%d files)" % (t, osf_node(), rint(3, 40)))
    return "logs/pipeline-%s.log" % t[:10], "\n".join(lines) + "\n"


@L("ids", "matlab_subjects")
def n_matlab():
    subs = ", ".join("'%s'" % rs(UPPER + DIGITS, 8) for _ in range(rint(4, 8)))
    return "matlab/run_batch.m", """%% run_batch.m  preprocess all EEG sessions
rng(%d);
subjects = {%s};
expected = {'%s', '%s'};
cfg = struct('hpf', 0.1, 'lpf', 40, 'ref', 'average');
for i = 1:numel(subjects)
    f = fullfile('data', 'raw', [subjects{i} '_%s.bdf']);
    assert(strcmp(md5sum(f), expected{i}), 'checksum mismatch');
    preprocessSession(f, cfg);
end
""" % (rint(1, 2 ** 31), subs, sha(32), sha(32), sha(8))


@L("ids", "spss_labels")
def n_spss():
    return "syntax/labels.sps", """* Encoding: UTF-8.
VARIABLE LABELS pid 'Participant code (hash)' cond 'Condition'.
VALUE LABELS cond 1 'Control' 2 'Training'.
* Exclusions agreed on %s (record ids).
SELECT IF NOT ANY(record_id, %s).
COMPUTE pid_ok = (CHAR.LENGTH(pid) = 64).
* reference hash of the analysis file: %s.
EXECUTE.
""" % (date(), ", ".join(str(rint(1000, 9999)) for _ in range(rint(3, 7))), sha(64))


@L("ids", "stata_records")
def n_stata():
    return "do/03_exclusions.do", """* exclusions and id handling
drop if inlist(record_id, %s)
gen str64 pid_sha = ""
* pid_sha filled by python: sha256(salt_file + study_id); the salt file is not in the repo
merge 1:1 record_id using "data/derived/ids_%s.dta", keep(match) nogen
assert _N == %d
""" % (", ".join(str(rint(100, 999)) for _ in range(rint(3, 8))), sha(8), rint(80, 400))


@L("doi", "latex")
def n_latex():
    return "paper/main.tex", r"""\documentclass[man]{apa7}
\usepackage{hyperref}
\title{%s}
\authorsnames{%s}
\begin{document}
\maketitle
Data and materials: \url{https://osf.io/%s/}, \href{https://doi.org/%s}{doi:%s}.
Preregistration: \url{https://aspredicted.org/%s.pdf}.
ORCID: \href{https://orcid.org/%s}{%s}.
\end{document}
""" % (study().replace("_", " ").title(), person().capitalize(), osf_node(), doi(), doi(), rs(LOWER + DIGITS, 6), orcid_id(), orcid_id())


@L("doi", "bibtex")
def n_bib():
    ents = "\n".join("@article{%s%d,\n  title = {%s},\n  journal = {Psychological Science},\n  year = {%d},\n  doi = {%s},\n  url = {https://doi.org/%s}\n}\n" % (
        person(), rint(2000, 2025), study().replace("_", " "), rint(2000, 2025), d, d) for d in [doi() for _ in range(rint(2, 4))])
    return "paper/references.bib", ents


@L("docs", "wiki_token_howto")
def n_wiki():
    return "wiki/redcap-api.md", """# Using the REDCap API

Each person requests their **own** token on the project's *API* page. A REDCap token is a
32-character hexadecimal string, for example `0123456789ABCDEF0123456789ABCDEF` is the
*shape* but not a real token.

Put it in your user-level `~/.Renviron`, never in the repo:

```
REDCAP_API_TOKEN=<your token>
```

Then in R:

```r
token <- Sys.getenv("REDCAP_API_TOKEN")
REDCapR::redcap_read(redcap_uri = "%s", token = token)
```

Project ids: pilot = %d, main = %d.
""" % (redcap_url(), rint(100, 9999), rint(100, 9999))


@L("public_key", "ssh_pub")
def n_ssh():
    keys = "\n".join("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (base64.b64encode(rbytes(32)).decode()[:43], person(), pick(LABS)) for _ in range(rint(2, 5)))
    return "ops/authorized_keys", keys + "\n"


@L("public_key", "pgp_public")
def n_pgp():
    body = base64.b64encode(rbytes(rint(700, 1000))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "KEYS.asc", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(lines) + "\n=" + rs(B64, 4) + "\n-----END PGP PUBLIC KEY BLOCK-----\n"


@L("orcid", "member_list")
def n_orcid_csv():
    rows = ["name,role,orcid,email"]
    for _ in range(rint(4, 9)):
        p = person()
        rows.append("%s,%s,%s,%s@%s.%s" % (p, pick(["PI", "postdoc", "PhD", "RA"]), orcid_id(), p, pick(UNIS), pick(TLDS)))
    return "people/members.csv", "\n".join(rows) + "\n"


@L("redcap", "odm_xml")
def n_odm():
    return "redcap/project.xml", """<?xml version="1.0" encoding="UTF-8" ?>
<ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" ODMVersion="1.3.1" FileOID="Metadata.%s_%s" CreationDateTime="%s">
<Study OID="Project.%s">
<GlobalVariables><StudyName>%s</StudyName></GlobalVariables>
<MetaDataVersion OID="Metadata.%s_%s" Name="%s" redcap:RecordIdField="record_id">
<FormDef OID="Form.demographics" Name="Demographics" Repeating="No"/>
</MetaDataVersion>
</Study>
</ODM>
""" % (study(), date(), ts(), study(), study(), study(), date(), study())


@L("uuid", "pytest_fixture")
def n_pytest():
    ids = "\n".join('    "%s",' % uuid4() for _ in range(rint(3, 6)))
    return "tests/test_pseudonymise.py", '''import hashlib
from labtools.ids import pseudonymise

KNOWN = [
%s
]


def test_hash_is_stable():
    assert pseudonymise("P001", salt=b"test-salt") == "%s"


def test_uuid_format():
    assert all(len(u) == 36 for u in KNOWN)
''' % (ids, sha(64))


@L("git", "changelog")
def n_changelog():
    entries = "\n".join("- %s %s (%s)" % (sha(7), pick(["fix exclusion rule", "add wave 3 import", "bump renv", "new figure 2"]), sha(40)) for _ in range(rint(4, 8)))
    return "CHANGELOG.md", "# Changelog\n\n## v%d.%d.0 - %s\n\n%s\n" % (rint(0, 3), rint(0, 20), date(), entries)


@L("globus", "public_ids")
def n_globus_ids():
    return "config/globus_endpoints.yaml", """# Globus collection ids are public identifiers; the native app uses PKCE (no secret)
native_client_id: %s
collections:
  lab_server: %s
  cluster_scratch: %s
  archive: %s
""" % (uuid4(), uuid4(), uuid4(), uuid4())


@L("google", "oauth_client_id")
def n_google_client():
    return "shiny/app_config.yml", """default:
  google_oauth:
    client_id: "%d-%s.apps.googleusercontent.com"
    redirect_uri: "https://%s/shiny/%s/"
  sheet_key: "%s"
""" % (rint(10 ** 11, 10 ** 12 - 1), rs(LOWER + DIGITS, 32), host("shiny"), study(), rs(URLSAFE, 44))


@L("dropbox", "app_key_pkce")
def n_dropbox_pkce():
    return "sync/dropbox_auth.py", '''import dropbox

APP_KEY = "%s"  # public; PKCE flow, no app secret needed

flow = dropbox.DropboxOAuth2FlowNoRedirect(APP_KEY, use_pkce=True, token_access_type="offline")
print("Go to:", flow.start())
code = input("code: ").strip()
res = flow.finish(code)
store_refresh_token(res.refresh_token)
''' % rs(LOWER + DIGITS, 15)


@L("orcid", "client_id_env_secret")
def n_orcid_app():
    return "harvest/orcid_client.py", '''import os
import requests

CLIENT_ID = "%s"
CLIENT_SECRET = os.environ["ORCID_CLIENT_SECRET"]

tok = requests.post("https://orcid.org/oauth/token", data={
    "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
    "grant_type": "client_credentials", "scope": "/read-public"}).json()["access_token"]
works = requests.get("https://pub.orcid.org/v3.0/%s/works",
                     headers={"Authorization": f"Bearer {tok}", "Accept": "application/json"}).json()
''' % (orcid_client_id(), orcid_id())


@L("genomics", "sample_sheet")
def n_samplesheet():
    rows = ["Sample_ID,Sample_Name,index,index2,Sample_Project"]
    for i in range(rint(5, 12)):
        rows.append("S%03d,%s_%02d,%s,%s,%s" % (i + 1, study(), i, rs("ACGT", 8), rs("ACGT", 8), pick(LABS)))
    return "sequencing/SampleSheet.csv", "[Header]\nIEMFileVersion,5\nDate,%s\n[Data]\n" % date() + "\n".join(rows) + "\n"


@L("checksum", "makefile_verify")
def n_make_verify():
    return "Makefile", """DATA_URL = https://zenodo.org/records/%d/files/data.zip
DATA_SHA256 = %s

data/data.zip:
\tcurl -L -o $@ $(DATA_URL)
\techo "$(DATA_SHA256)  $@" | sha256sum -c -
""" % (rint(1000000, 14999999), sha(64))


@L("osf", "public_download")
def n_osf_public():
    return "R/get_public_data.R", """# Public OSF component, no token required (osf_auth only needed for private projects)
library(osfr)
if (nzchar(Sys.getenv("OSF_PAT"))) osf_auth(Sys.getenv("OSF_PAT"))
node <- osf_retrieve_node("https://osf.io/%s/")
files <- osf_ls_files(node)
osf_download(files[files$name == "%s.csv", ], path = "data")
# file guid: %s, version sha256: %s
""" % (osf_node(), study(), osf_node(), sha(64))


@L("ids", "snakemake_samples")
def n_snake_samples():
    rows = ["subject\tsession\tbids_id\tmd5"]
    for _ in range(rint(5, 10)):
        rows.append("sub-%03d\tses-%02d\t%s\t%s" % (rint(1, 99), rint(1, 3), rs(UPPER + DIGITS, 10), sha(32)))
    return "config/samples.tsv", "\n".join(rows) + "\n"


@L("hash", "salted_hash_csv")
def n_hash_csv():
    rows = ["record_id,pid_sha256,site,wave"]
    for _ in range(rint(6, 12)):
        rows.append("%d,%s,%s,%d" % (rint(1, 999), sha(64), pick(UNIS), rint(1, 3)))
    return "data/derived/participants_pseudonymised.csv", "\n".join(rows) + "\n"


@L("aws", "public_bucket")
def n_s3_public():
    return "scripts/fetch_openneuro.sh", """#!/bin/sh
# OpenNeuro data are public: no credentials needed
aws s3 sync --no-sign-request s3://openneuro.org/ds%06d data/bids/
# expected dataset version hexsha: %s
""" % (rint(1, 5999), sha(40))


@L("slack", "channel_ids")
def n_slack_ids():
    return "bot/channels.yml", """# Slack ids are not secrets; the bot token is injected by the deployment
workspace: T%s
channels:
  recruitment: C%s
  analysis: C%s
admins: [U%s, U%s]
webhook_url: ${SLACK_WEBHOOK_URL}
""" % (rs(UPPER + DIGITS, 9), rs(UPPER + DIGITS, 10), rs(UPPER + DIGITS, 10), rs(UPPER + DIGITS, 9), rs(UPPER + DIGITS, 9))


@L("encoded", "base64_stimulus")
def n_b64_stim():
    return "experiment/stimuli.js", "// inline audio beep so the experiment works offline\nconst BEEP_WAV = \"data:audio/wav;base64,%s\";\nconst STIM_VERSION = \"%s\";\n" % (base64.b64encode(b"RIFF" + rbytes(rint(200, 400))).decode(), sha(12))


# ========================================================================= driver
def filetype(rel):
    base = rel.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base in ("Makefile", "Snakefile", "Dockerfile"):
        return base
    if base.startswith(".") and base.count(".") == 1:
        return base[1:]
    if "." in base:
        return base.rsplit(".", 1)[1]
    return base


ALLOWED_NEG_ENV = (".env.example", ".env.sample", ".env.template")

BAD_NEG_MARKERS = ["BEGIN PRIVATE KEY-----\nMII", "BEGIN RSA PRIVATE KEY", "sl.B", "sl.C", "sl.u"]


def needle_line(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle not in text"
    line = text.count("\n", 0, idx) + 1
    first = needle.split("\n")[0]
    assert first in text.split("\n")[line - 1], "needle not on its line"
    return line


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return path


def cycle(items, n):
    out = []
    while len(out) < n:
        batch = list(items)
        R.shuffle(batch)
        out.extend(batch)
    return out[:n]


def main(argv):
    global R
    if len(argv) != 3:
        sys.stderr.write("usage: gen_gl.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    assert len(TEMPLATES) >= 60 and len(LOOKALIKES) >= 30
    conv = [t for t in TEMPLATES if t["style"] == "conv"]
    other = [t for t in TEMPLATES if t["style"] != "conv"]
    cv, ot = cycle(conv, 250), cycle(other, 250)
    plan = []
    for i in range(250):
        plan.append(cv[i])
        plan.append(ot[i])
    manifest, secrets = [], []
    n_env = 0
    for i, meta in enumerate(plan):
        val = meta["gen"]()
        s = Slot(val, True, meta["lang"], meta["env"], provider=meta["provider"])
        rel, text = meta["fn"](s)
        needle = s.needle or val
        line = needle_line(text, needle)
        base = rel.rsplit("/", 1)[-1]
        if base == ".env" or base.startswith(".env."):
            n_env += 1
        frel = "pos/p%04d/%s" % (i, rel)
        path = write(outdir, frel, text)
        with open(path, encoding="utf-8") as fh:
            back = fh.read()
        assert back == text and needle_line(back, needle) == line
        manifest.append({"file": frel, "label": "pos", "provider": meta["provider"],
                         "kind": meta["kind"], "filetype": filetype(rel),
                         "template": meta["name"], "naming": meta["style"]})
        secrets.append({"file": frel, "needle": needle, "line": line})
    assert n_env * 20 <= len(plan), "too many .env positives"

    negs = [("tpl", t) for t in cycle([t for t in TEMPLATES if t["neg_ok"]], 250)]
    negs += [("look", t) for t in cycle(LOOKALIKES, 250)]
    R.shuffle(negs)
    pos_needles = [x["needle"] for x in secrets]
    for i, (mode, meta) in enumerate(negs):
        if mode == "tpl":
            v, expr, cat = neg_fill(meta)
            s = Slot(v, False, meta["lang"], meta["env"], expr=expr, provider=meta["provider"])
            rel, text = meta["fn"](s)
            kind = "neg_" + cat
        else:
            rel, text = meta["fn"]()
            kind = "lookalike_" + meta["kind"]
        base = rel.rsplit("/", 1)[-1]
        assert not (base == ".env" or (base.startswith(".env.") and base not in ALLOWED_NEG_ENV)), rel
        for m in BAD_NEG_MARKERS:
            assert m not in text, (rel, m)
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": meta["provider"], "kind": kind,
                         "filetype": filetype(rel), "template": meta["name"]})
    # no positive needle may leak into a negative (they are random, but check the cheap way)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    assert len(set(pos_needles)) == len(pos_needles)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
