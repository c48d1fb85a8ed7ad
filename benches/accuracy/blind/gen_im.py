#!/usr/bin/env python3
"""gen_im.py - blind evaluation set: customer-data platforms and event collection.

EMPHASIS
    How applications wire up customer-data platforms (CDPs), product analytics and
    engagement tools, and where their server-side credentials end up in a repo.
    Providers: Segment (server-side source write keys, Public API tokens `sgp_`,
    legacy Config API access tokens, Profiles API tokens, Segment Functions
    settings), RudderStack (source write keys, workspace tokens, personal /
    service access tokens, webhook source URLs), mParticle (server-to-server key
    and secret), Snowplow (Iglu Server API keys, Console API keys, collector and
    loader configs), Jitsu (server write keys), PostHog (personal API keys `phx_`),
    Amplitude (secret key), Mixpanel (API secret, service-account secret),
    Hightouch and Census (API tokens), June (server write key), Customer.io
    (tracking API key + site id, App API key), Braze (REST API keys), Iterable
    (server-side keys), Klaviyo (private keys `pk_`), Attentive (API key), plus
    the warehouse credentials that reverse-ETL / loader configs carry (Snowflake
    passwords and key-pair PEMs, BigQuery service-account JSON, Postgres URLs).
    File types: TypeScript / JavaScript (Node SDK init, Next.js API routes,
    browser snippets), Python, Ruby, Go, Java, Kotlin, Swift, YAML (dbt profiles,
    Kubernetes, Helm values, GitHub Actions, docker-compose, RudderStack CLI),
    JSON (Segment Functions settings, RudderStack config, Iglu resolver), TOML,
    INI, properties, HOCON, XML, Terraform, shell, Dockerfile, Makefile,
    PHP, `.http` request files, PKCS#8 `.p8` key files, Markdown, HTML, Liquid,
    SQL, CSV/TSV, JSONL, plist, logs and a few `.env` files (under 1 in 20).
    75 positive templates, 61 look-alike negative templates (plus the 74
    re-usable positive templates with a non-secret slot).

USAGE
    python3 -B gen_im.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    (one line per file: file, label, provider, kind, filetype) and
    OUTDIR/secrets.jsonl (one line per positive: file, needle, line).
    Everything random comes from one random.Random(SEED); output is
    byte-identical for a given SEED. Standard library only.

NEEDLE CONVENTIONS
    * The needle is the credential exactly as written in the file, without the
      surrounding quotes.  Its line is the 1-based line of its first occurrence;
      the program asserts that the needle is on that line.
    * Key + secret pairs (mParticle key/secret, Mixpanel service-account
      username/secret, Customer.io site id/API key, Amplitude API key/secret key,
      Jitsu key id/secret): the needle is the secret half only, except for the
      Jitsu write key which is written and used as one `keyId:secret` string and
      is the needle as a whole.
    * Headers: only the token after `Bearer ` / `Klaviyo-API-Key ` etc.  For HTTP
      Basic headers that carry base64(writeKey + ':') the needle is the base64 text.
    * URLs: only the secret part (the `writeKey=` query value of a webhook URL,
      the password of a `scheme://user:password@host` URL).
    * Multi-line private keys (PEM): the first base64 line after the
      `-----BEGIN ... PRIVATE KEY-----` line.  In JSON (service-account files) the
      PEM is one line with `\\n` escapes; the needle is still that first 64-char
      base64 chunk.

NEGATIVES
    Half of the negatives re-use the positive templates with the secret's slot
    holding no secret: placeholders (`<your-write-key>`, `YOUR_..._HERE`,
    `changeme`, `xxxx`, a bare prefix such as `phx_xxxxxxxx`), empty values,
    masked values (`****`, `[REDACTED]`, `sgp_****…wXyz`), environment references
    in the file's own language (`os.environ[...]`, `process.env.X`,
    `ENV.fetch`, `System.getenv`, `${VAR}`), secret-manager references (vault,
    `op://`, AWS/GCP secret ids, SSM), template expressions (Helm, Jinja, GitHub
    `${{ secrets.X }}`, ERB, dbt `env_var`), and documented example values.
    The other half are look-alikes of the domain: browser-side keys that the
    providers document as public (Segment/RudderStack browser write keys in
    snippets, PostHog `phc_` project keys, Mixpanel project tokens, Amplitude
    browser API keys, Heap app ids, Klaviyo 6-character public keys / site ids,
    Customer.io site ids in the browser snippet, Braze SDK app identifiers,
    Freshpaint environment ids), data-plane URLs, event names, anonymous ids,
    user ids, message ids (UUIDs), KSUID source ids, Snowplow event ids and
    fingerprints, hashed e-mails, commit SHAs, lockfile integrity hashes, image
    digests, base64 event payloads, webhook signatures, PEM *public* keys.
    No negative lives in a `.env` / `.env.<env>` file (only `.env.example`,
    `.env.sample`, `.env.template`).

FORMATS CHECKED (search of provider docs and public repositories)
    * PostHog: docs state the project API key starts with `phc_` and is public
      (safe in frontend bundles); personal API keys (`phx_`) are private, sent as
      `Authorization: Bearer`.  A published project key in a public crate shows
      `phc_` + 43 base62 characters; phx_ keys are generated the same way.
    * Klaviyo docs: public key / site id is a 6-character alphanumeric string,
      safe to share; private keys have the prefix `pk_` followed by a longer
      alphanumeric string; header `Authorization: Klaviyo-API-Key <key>`.
    * Segment: Public API tokens are created under Access Management and sent
      as `Authorization: Bearer`; legacy Config API access token example in the
      docs is `<43 url-safe chars>.<43 url-safe chars>`; HTTP tracking API uses
      Basic auth with base64(writeKey + ':'), doc example `abc123` ->
      `YWJjMTIzOg==`.
    * RudderStack: real projects call `rudderanalytics.load(writeKey,
      'https://<name>dataplane.rudderstack.com')`; write keys seen are 27-char
      base62 (KSUID-like); Personal vs Service Access Tokens documented, format
      not shown.  rudder-cli configs use `{{ .VAR }}` secrets.
    * Mixpanel: project token is public (client-side identification); project
      (API) secret used as Basic-auth username; service accounts authenticate
      with `<username>:<secret>` Basic auth.
    * Amplitude: Export/Dashboard APIs use Basic `api_key:secret_key`; HTTP V2
      ingestion needs only the API key (so the API key is not the secret).
    * Customer.io: Track API = Basic(site id, tracking API key); App API =
      Bearer App API key; regions track / track-eu, api / api-eu.
    * Braze: REST API key sent as Bearer to rest.<instance>.braze.com; SDK
      uses a separate app identifier.
    * Snowplow: Iglu resolver config JSON (`iglu:com.snowplowanalytics.iglu/
      resolver-config/jsonschema/1-0-3`) with `connection.http.apikey`; Iglu
      Server API keys are UUIDs.
    * mParticle: HTTP server API uses Basic auth with `key:secret`.

DOUBTS
    * Segment `sgp_` token body length/alphabet (used: 64 base62) and the
      Profiles API token shape (used: 64 base62) were not confirmed in docs.
    * RudderStack PAT / service access token / workspace token format not shown
      in docs; used 27-char KSUID-like base62 for write keys and workspace
      tokens and `2` + 26 base62 + `.` + 32 base62 for access tokens (a guess).
    * Klaviyo private key body: docs only say "longer alphanumeric"; used
      34 lowercase hex characters.
    * mParticle key (`us1-` + 32 hex) and secret (64 url-safe chars) are from
      memory of real configs, not from docs.
    * Jitsu: new Jitsu write keys written as `keyId:secret` (32 + 32 base62);
      classic Jitsu server secrets as `s2s.<6>.<22>`; neither confirmed.
    * Hightouch (UUID) and Census (`secret-token:` + 32 base62) API token shapes,
      June write keys (24 base62), Attentive API keys (48 base62), Iterable keys
      (32 hex), Customer.io keys (20 / 32 hex), Amplitude and Mixpanel secrets
      (32 hex), Mixpanel service-account secret (32 base62) are plausible shapes
      taken from memory, not confirmed by the searches.
    * PEM private keys are random base64 under a real PKCS#8 prefix; they do not
      decode to valid RSA keys.
    * One code-search result was a rule file of another secret scanner
      (kingfisher, Klaviyo rule); it was not used.
"""

import base64
import json
import os
import random
import string
import sys

# --------------------------------------------------------------------------
# alphabets and small random helpers
# --------------------------------------------------------------------------
DIG = string.digits
LOW = string.ascii_lowercase
UPP = string.ascii_uppercase
B62 = DIG + UPP + LOW
HEX = "0123456789abcdef"
URLSAFE = B62 + "-_"
B64 = UPP + LOW + DIG + "+/"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(r, alphabet, n):
    """random string that has at least one digit, upper and lower letter"""
    while True:
        s = rs(r, alphabet, n)
        if any(ch.isdigit() for ch in s) and any(ch.isupper() for ch in s) \
                and any(ch.islower() for ch in s):
            return s


def uuid4(r):
    h = rs(r, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[0:8], h[8:12], h[13:16],
                                  r.choice("89ab"), h[17:20], h[20:32])


def ksuid(r):
    return r.choice("12") + rs(r, B62, 26)


def password(r, n=None, url=False):
    n = n or r.randint(16, 26)
    sym = "-_" if url else "!#%^*-_+="
    while True:
        s = rs(r, B62 + sym, n)
        if any(ch.isdigit() for ch in s) and any(ch.isupper() for ch in s) \
                and any(ch.islower() for ch in s) and s[0] in B62:
            return s


def pem_body(r):
    # PKCS#8 RSA-2048 prefix followed by random base64; 1624 body chars.
    prefix = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
    body = prefix + rs(r, B64, 1624 - len(prefix) - 4) + rs(r, B64, 2) + "=="
    return [body[i:i + 64] for i in range(0, len(body), 64)]


# --------------------------------------------------------------------------
# credential generators: return (slot_value, needle)
# --------------------------------------------------------------------------
def g_same(fn):
    def g(r):
        v = fn(r)
        return v, v
    return g


def _seg_basic(r):
    wk = mixed(r, B62, 32)
    v = base64.b64encode((wk + ":").encode()).decode()
    return v, v


def _pem(r):
    lines = pem_body(r)
    v = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"
    return v, lines[0]


def _pem_json(r):
    lines = pem_body(r)
    v = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"
    return v, lines[0]


def _pem_enc(r):
    lines = pem_body(r)
    lines[0] = "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI" + rs(r, B64, 16)
    v = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + "\n".join(lines) + \
        "\n-----END ENCRYPTED PRIVATE KEY-----"
    return v, lines[0]


GEN = {
    "segment_write_key": g_same(lambda r: mixed(r, B62, 32)),
    "segment_basic_b64": _seg_basic,
    "segment_public_api": g_same(lambda r: "sgp_" + mixed(r, B62, 64)),
    "segment_config_token": g_same(lambda r: mixed(r, URLSAFE, 43) + "." + mixed(r, URLSAFE, 43)),
    "segment_profiles": g_same(lambda r: mixed(r, B62, 64)),
    "rudder_write_key": g_same(ksuid),
    "rudder_workspace_token": g_same(ksuid),
    "rudder_access_token": g_same(lambda r: "2" + rs(r, B62, 26) + "." + mixed(r, B62, 32)),
    "mparticle_secret": g_same(lambda r: mixed(r, URLSAFE, 64)),
    "uuid": g_same(uuid4),
    "jitsu_write_key": g_same(lambda r: mixed(r, B62, 32) + ":" + mixed(r, B62, 32)),
    "jitsu_s2s": g_same(lambda r: "s2s." + rs(r, LOW + DIG, 6) + "." + mixed(r, B62, 22)),
    "posthog_personal": g_same(lambda r: "phx_" + mixed(r, B62, 43)),
    "hex32": g_same(lambda r: rs(r, HEX, 32)),
    "hex20": g_same(lambda r: rs(r, HEX, 20)),
    "mixpanel_sa_secret": g_same(lambda r: mixed(r, B62, 32)),
    "census_token": g_same(lambda r: "secret-token:" + mixed(r, B62, 32)),
    "june_write_key": g_same(lambda r: mixed(r, B62, 24)),
    "klaviyo_private": g_same(lambda r: "pk_" + rs(r, HEX, 34)),
    "attentive_key": g_same(lambda r: mixed(r, B62, 48)),
    "password": g_same(lambda r: password(r)),
    "url_password": g_same(lambda r: password(r, url=True)),
    "pem": _pem,
    "pem_json": _pem_json,
    "pem_enc": _pem_enc,
}

# documented example values (negatives only)
DOC_EXAMPLES = {
    "segment_config_token": ["qiTgISif4zprgBb_5j4hXfp3qhDbxrntWwwOaHgAMr8.gg9ok4Bk7sWlP67rFyXeH3ABBsXyWqNuoXbXZPv1y2g"],
    "segment_basic_b64": ["YWJjMTIzOg=="],
    "segment_write_key": ["abc123", "YOUR_WRITE_KEY"],
    "posthog_personal": ["phx_1234567890abcdef", "phx_xyz789"],
    "klaviyo_private": ["pk_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "your-private-api-key"],
    "rudder_write_key": ["<WRITE_KEY>", "YOUR_WRITE_KEY"],
}

PREFIXES = {
    "segment_public_api": "sgp_", "posthog_personal": "phx_", "klaviyo_private": "pk_",
    "census_token": "secret-token:", "jitsu_s2s": "s2s.", "rudder_write_key": "",
}

# --------------------------------------------------------------------------
# shared innocent context
# --------------------------------------------------------------------------
ORGS = ["acme", "brightcart", "northwind", "lumenhq", "parcelly", "tidalpay", "orbitly",
        "fernhill", "kiteworks", "quillsoft", "harborline", "mapleleaf", "sundial", "cobalt"]
APPS = ["storefront", "checkout", "web-app", "mobile-api", "growth", "onboarding",
        "billing", "events-gateway", "tracking-proxy", "notifications", "dashboard", "catalog"]
EVENTS = ["Order Completed", "Product Viewed", "Signed Up", "Checkout Started", "Cart Viewed",
          "Subscription Renewed", "Trial Started", "Invite Sent", "Page Viewed",
          "Feature Flag Evaluated", "Account Created", "Payment Failed", "Plan Upgraded"]
SNAKE_EVENTS = ["order_completed", "product_viewed", "signed_up", "checkout_started",
                "cart_viewed", "trial_started", "invite_sent", "plan_upgraded"]
TRAITS = ["email", "plan", "company", "created_at", "first_name", "last_name", "locale"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"]
FIRST = ["ana", "ben", "chloe", "dmitri", "emma", "farah", "gus", "hana", "ivan", "jade",
         "kofi", "lena", "maya", "nils", "omar", "priya"]
BRAZE_INST = ["iad-01.braze.com", "iad-02.braze.com", "iad-03.braze.com", "iad-05.braze.com",
              "iad-06.braze.com", "fra-01.braze.eu", "fra-02.braze.eu"]


def base_ctx(r):
    org = r.choice(ORGS)
    app = r.choice(APPS)
    y = r.choice([2023, 2024, 2025])
    c = {
        "ORG": org, "APP": app, "DOMAIN": org + "." + r.choice(["com", "io", "co", "app"]),
        "U1": uuid4(r), "U2": uuid4(r), "U3": uuid4(r),
        "DATE": "%d-%02d-%02d" % (y, r.randint(1, 12), r.randint(1, 28)),
        "TS": "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, r.randint(1, 12), r.randint(1, 28),
                                                    r.randint(0, 23), r.randint(0, 59),
                                                    r.randint(0, 59), r.randint(0, 999)),
        "REGION": r.choice(REGIONS), "EVENT": r.choice(EVENTS), "EV": r.choice(SNAKE_EVENTS),
        "EVENT2": r.choice(EVENTS), "PID": str(r.randint(10000, 999999)),
        "USER": r.choice(FIRST), "NUM": str(r.randint(2, 40)),
        "VER": "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 30), r.randint(0, 12)),
        "PORT": str(r.choice([3000, 4000, 5000, 8000, 8080, 8081, 9090])),
        "SRCID": ksuid(r), "DPNAME": org + rs(r, LOW, 6),
        "BRAZE": r.choice(BRAZE_INST), "SITEID": rs(r, HEX, 20),
        "SHA": rs(r, HEX, 40), "WSLUG": org + "-" + r.choice(["prod", "data", "analytics"]),
    }
    c["EMAIL"] = c["USER"] + "@" + c["DOMAIN"]
    c["DPURL"] = "https://" + c["DPNAME"] + "dataplane.rudderstack.com"
    return c


def sub(text, c):
    for k, v in c.items():
        text = text.replace("@" + k + "@", v)
    return text


# --------------------------------------------------------------------------
# template registries
# --------------------------------------------------------------------------
POS = []   # dicts: name, provider, kind, gen, lang, mode, q, env, indent, fn
NEG = []   # dicts: name, provider, kind, fn


def pos(provider, kind, gen, lang, mode="q", q='"', env="API_KEY", indent=0):
    def deco(fn):
        POS.append(dict(name=fn.__name__, provider=provider, kind=kind, gen=gen, lang=lang,
                        mode=mode, q=q, env=env, indent=indent, fn=fn))
        return fn
    return deco


def neg(provider, kind):
    def deco(fn):
        NEG.append(dict(name=fn.__name__, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


# ==========================================================================
# POSITIVE TEMPLATES (also re-used by half of the negatives)
# @S@ is the secret slot (already quoted for mode "q"), other @X@ are context.
# ==========================================================================

# ---------------------------------------------------------------- Segment
@pos("segment", "server_write_key", "segment_write_key", "ts", q="'", env="SEGMENT_WRITE_KEY")
def p_seg_node_init(r, c):
    path = r.choice(["src/lib/analytics.ts", "server/analytics.ts", "apps/api/src/segment.ts"])
    return path, """import { Analytics } from '@segment/analytics-node'
import { logger } from './logger'

// Server-side Segment source "@APP@-node" (workspace @WSLUG@)
export const analytics = new Analytics({
  writeKey: @S@,
  maxEventsInBatch: 20,
  flushInterval: 10000,
})

analytics.on('error', (err) => logger.warn({ err }, 'segment delivery failed'))

export function trackOrder(userId: string, orderId: string, total: number) {
  analytics.track({
    userId,
    event: '@EVENT@',
    properties: { orderId, total, currency: 'USD' },
  })
}
"""


@pos("segment", "server_write_key", "segment_write_key", "py", env="SEGMENT_WRITE_KEY")
def p_seg_django_settings(r, c):
    path = r.choice(["config/settings/production.py", "@APP@/settings.py", "backend/settings/base.py"])
    return path, """import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["@DOMAIN@", "api.@DOMAIN@"]
TIME_ZONE = "UTC"

# --- analytics -----------------------------------------------------------
SEGMENT_WRITE_KEY = @S@
SEGMENT_SEND = True
SEGMENT_MAX_QUEUE_SIZE = 10000
ANALYTICS_TRACKED_EVENTS = ["@EVENT@", "@EVENT2@"]

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"segment": {"handlers": ["console"], "level": "WARNING"}},
}
"""


@pos("segment", "server_write_key", "segment_write_key", "rb", env="SEGMENT_WRITE_KEY")
def p_seg_ruby_init(r, c):
    path = r.choice(["config/initializers/analytics.rb", "config/initializers/segment.rb"])
    return path, """# frozen_string_literal: true

require 'segment/analytics'

Analytics = Segment::Analytics.new(
  write_key: @S@,
  on_error: proc { |status, msg| Rails.logger.error("segment #{status}: #{msg}") },
  batch_size: 50
)

Rails.application.config.after_initialize do
  Rails.logger.info('Segment analytics client ready')
end
"""


@pos("segment", "server_write_key", "segment_write_key", "go", env="SEGMENT_WRITE_KEY")
def p_seg_go(r, c):
    path = r.choice(["internal/telemetry/segment.go", "pkg/analytics/client.go"])
    return path, """package analytics

import (
	"time"

	"github.com/segmentio/analytics-go/v3"
)

// NewClient builds the Segment client used by the @APP@ workers.
func NewClient() (analytics.Client, error) {
	return analytics.NewWithConfig(@S@, analytics.Config{
		Interval:  5 * time.Second,
		BatchSize: 100,
		Verbose:   false,
	})
}

func TrackSignup(c analytics.Client, userID, plan string) error {
	return c.Enqueue(analytics.Track{
		UserId:     userID,
		Event:      "@EVENT@",
		Properties: analytics.NewProperties().Set("plan", plan),
	})
}
"""


@pos("segment", "server_write_key", "segment_write_key", "java", env="SEGMENT_WRITE_KEY")
def p_seg_java(r, c):
    path = r.choice(["src/main/java/com/@ORG@/analytics/SegmentConfig.java",
                     "service/src/main/java/com/@ORG@/tracking/AnalyticsFactory.java"])
    return path, """package com.@ORG@.analytics;

import com.segment.analytics.Analytics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.TimeUnit;

@Configuration
public class SegmentConfig {

    @Bean(destroyMethod = "shutdown")
    public Analytics analytics() {
        return Analytics.builder(@S@)
                .flushQueueSize(50)
                .flushInterval(10, TimeUnit.SECONDS)
                .build();
    }
}
"""


@pos("segment", "tracking_basic_auth", "segment_basic_b64", "sh", mode="in", q="", env="SEGMENT_BASIC")
def p_seg_http_basic(r, c):
    path = r.choice(["scripts/backfill_identify.sh", "tools/send-test-event.sh"])
    return path, """#!/usr/bin/env bash
# Replays one identify call against the Segment HTTP Tracking API.
set -euo pipefail

USER_ID="${1:-user_@PID@}"

curl -sS https://api.segment.io/v1/identify \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Basic @S@" \\
  -d "{\\"userId\\": \\"${USER_ID}\\", \\"traits\\": {\\"plan\\": \\"pro\\"}}"

echo "sent identify for ${USER_ID}"
"""


@pos("segment", "public_api_token", "segment_public_api", "tf", env="segment_token")
def p_seg_tf_provider(r, c):
    path = r.choice(["infra/segment/main.tf", "terraform/cdp/providers.tf"])
    return path, """terraform {
  required_providers {
    segment = {
      source  = "segmentio/segment"
      version = "~> 1.0"
    }
  }
}

provider "segment" {
  token = @S@
  url   = "https://api.segmentapis.com"
}

resource "segment_source" "@APP@_server" {
  slug    = "@APP@-server"
  name    = "@APP@ server"
  enabled = true
  metadata = {
    id = "IqDTy1TpoU"
  }
  settings = jsonencode({})
}
"""


@pos("segment", "public_api_token", "segment_public_api", "yaml", mode="in", q="", env="SEGMENT_TOKEN")
def p_seg_gha_curl(r, c):
    path = ".github/workflows/" + r.choice(["segment-sync.yml", "tracking-plan.yml"])
    return path, """name: Sync tracking plan
on:
  push:
    branches: [main]
    paths: ["tracking-plan/**"]

jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Upload tracking plan rules
        run: |
          curl -sf -X PATCH "https://api.segmentapis.com/tracking-plans/tp_@SRCID@/rules" \\
            -H "Authorization: Bearer @S@" \\
            -H "Content-Type: application/json" \\
            --data @tracking-plan/rules.json
"""


@pos("segment", "public_api_token", "segment_public_api", "py", env="SEGMENT_PUBLIC_API_TOKEN")
def p_seg_public_py(r, c):
    path = r.choice(["scripts/list_sources.py", "ops/segment_audit.py"])
    return path, """\"\"\"List Segment sources and their enabled destinations.\"\"\"
import requests

BASE = "https://api.segmentapis.com"
_tok = @S@


def get(path, **params):
    resp = requests.get(
        BASE + path,
        headers={"Authorization": f"Bearer {_tok}", "Accept": "application/json"},
        params=params,
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["data"]


if __name__ == "__main__":
    for src in get("/sources", **{"pagination.count": 100})["sources"]:
        print(src["id"], src["slug"], src["enabled"])
"""


@pos("segment", "config_api_token", "segment_config_token", "sh", q='"', env="SEGMENT_ACCESS_TOKEN")
def p_seg_config_sh(r, c):
    path = r.choice(["scripts/segment-config-export.sh", "bin/export-destinations"])
    return path, """#!/bin/sh
# Export destination settings with the (legacy) Config API.
WORKSPACE=@WSLUG@
ACCESS_TOKEN=@S@

curl -s \\
  -H "Authorization: Bearer $ACCESS_TOKEN" \\
  "https://platform.segmentapis.com/v1beta/workspaces/$WORKSPACE/sources" \\
  | jq -r '.sources[].name' > sources.txt

wc -l sources.txt
"""


@pos("segment", "profiles_api_token", "segment_profiles", "js", q="'", env="SEGMENT_PROFILES_TOKEN")
def p_seg_profiles_js(r, c):
    path = r.choice(["lib/profiles.js", "src/personalization/profileClient.js"])
    return path, """const fetch = require('node-fetch')

const SPACE_ID = 'spa_@PID@'
const token = @S@

async function getTraits(userId) {
  const url = `https://profiles.segment.com/v1/spaces/${SPACE_ID}/collections/users/profiles/user_id:${userId}/traits?limit=50`
  const res = await fetch(url, {
    headers: { Authorization: 'Basic ' + Buffer.from(token + ':').toString('base64') },
  })
  if (!res.ok) throw new Error(`profiles api ${res.status}`)
  const body = await res.json()
  return body.traits
}

module.exports = { getTraits }
"""


@pos("segment", "function_setting_secret", "hex32", "json", env="ITERABLE_API_KEY")
def p_seg_function_settings(r, c):
    path = r.choice(["functions/iterable-destination/settings.json", "segment/functions/forward-to-iterable.settings.json"])
    return path, """{
  "functionId": "dfn_@PID@",
  "displayName": "Forward to Iterable",
  "settings": [
    {
      "name": "apiKey",
      "label": "API Key",
      "type": "STRING",
      "sensitive": true,
      "value": @S@
    },
    {
      "name": "projectRegion",
      "label": "Region",
      "type": "STRING",
      "sensitive": false,
      "value": "US"
    },
    {
      "name": "eventAllowList",
      "type": "ARRAY",
      "value": ["@EVENT@", "@EVENT2@"]
    }
  ]
}
"""


@pos("segment", "server_write_key", "segment_write_key", "yaml", env="SEGMENT_WRITE_KEY")
def p_seg_k8s_secret(r, c):
    path = r.choice(["k8s/@APP@/secret.yaml", "deploy/overlays/prod/analytics-secret.yaml"])
    return path, """apiVersion: v1
kind: Secret
metadata:
  name: @APP@-analytics
  namespace: @ORG@-prod
  labels:
    app.kubernetes.io/name: @APP@
type: Opaque
stringData:
  SEGMENT_WRITE_KEY: @S@
  SEGMENT_HOST: https://events.eu1.segmentapis.com
"""


@pos("segment", "server_write_key", "segment_write_key", "dockerfile", q="", env="SEGMENT_WRITE_KEY")
def p_seg_dockerfile(r, c):
    return "Dockerfile", """FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production \\
    PORT=@PORT@
ENV ANALYTICS_KEY=@S@
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
EXPOSE @PORT@
CMD ["node", "dist/server.js"]
"""


# ---------------------------------------------------------------- RudderStack
@pos("rudderstack", "server_write_key", "rudder_write_key", "ts", q="'", env="RUDDERSTACK_WRITE_KEY")
def p_rudder_node(r, c):
    path = r.choice(["src/analytics/rudder.ts", "services/tracking/client.ts"])
    return path, """import Analytics from '@rudderstack/rudder-sdk-node'

const DATA_PLANE_URL = '@DPURL@'

export const rudder = new Analytics(@S@, {
  dataPlaneUrl: DATA_PLANE_URL,
  flushAt: 20,
  flushInterval: 10000,
})

export function trackServerEvent(userId: string, event: string, properties = {}) {
  rudder.track({ userId, event, properties })
}
"""


@pos("rudderstack", "server_write_key", "rudder_write_key", "py", env="RUDDER_WRITE_KEY")
def p_rudder_py(r, c):
    path = r.choice(["app/analytics.py", "@APP@/tracking/rudder.py"])
    return path, """import logging

import rudderstack.analytics as rudder_analytics

log = logging.getLogger(__name__)

rudder_analytics.write_key = @S@
rudder_analytics.dataPlaneUrl = "@DPURL@"
rudder_analytics.on_error = lambda err, items: log.warning("rudder error %s", err)


def track_signup(user_id: str, plan: str) -> None:
    rudder_analytics.track(user_id, "@EVENT@", {"plan": plan})
"""


@pos("rudderstack", "webhook_source_url", "rudder_write_key", "yaml", mode="in", q="", env="RUDDER_WEBHOOK_KEY")
def p_rudder_webhook(r, c):
    path = r.choice(["alertmanager/alertmanager.yml", "monitoring/alertmanager/config.yml"])
    return path, """global:
  resolve_timeout: 5m

route:
  receiver: default
  group_by: [alertname, service]
  routes:
    - matchers: [team="growth"]
      receiver: rudderstack-webhook

receivers:
  - name: default
    slack_configs:
      - channel: "#alerts"
  - name: rudderstack-webhook
    webhook_configs:
      - url: "@DPURL@/v1/webhook?writeKey=@S@"
        send_resolved: true
"""


@pos("rudderstack", "workspace_token", "rudder_workspace_token", "yaml", env="WORKSPACE_TOKEN")
def p_rudder_compose(r, c):
    path = r.choice(["docker-compose.yml", "rudder/docker-compose.yml"])
    return path, """version: "3.7"
services:
  db:
    image: postgres:15-alpine
    environment:
      POSTGRES_DB: jobsdb
      POSTGRES_USER: rudder
      POSTGRES_HOST_AUTH_METHOD: trust
    ports: ["6432:5432"]
  backend:
    image: rudderlabs/rudder-server:1
    depends_on: [db, transformer]
    ports: ["8080:8080"]
    environment:
      JOBS_DB_HOST: db
      JOBS_DB_USER: rudder
      JOBS_DB_PORT: "5432"
      JOBS_DB_DB_NAME: jobsdb
      DEST_TRANSFORM_URL: http://transformer:9090
      WORKSPACE_TOKEN: @S@
  transformer:
    image: rudderstack/rudder-transformer:latest
    ports: ["9090:9090"]
"""


@pos("rudderstack", "workspace_token", "rudder_workspace_token", "yaml", env="RUDDER_WORKSPACE_TOKEN")
def p_rudder_helm(r, c):
    path = r.choice(["charts/rudderstack/values-prod.yaml", "deploy/rudderstack/values.yaml"])
    return path, """# Values for the rudderstack data plane chart
rudderWorkspaceToken: @S@

backend:
  replicaCount: 2
  controlPlaneUrl: https://api.rudderstack.com
  resources:
    requests:
      cpu: 500m
      memory: 1Gi
  extraEnvVars:
    - name: RSERVER_BACKEND_CONFIG_REGULATION_MANAGER_ENABLED
      value: "false"

postgresql:
  enabled: true
  persistence:
    size: 50Gi

transformer:
  replicaCount: 1
"""


@pos("rudderstack", "personal_access_token", "rudder_access_token", "sh", mode="in", q="", env="RUDDER_PAT")
def p_rudder_pat_curl(r, c):
    path = r.choice(["scripts/rudder-transformations-publish.sh", "tools/publish_transformation.sh"])
    return path, """#!/usr/bin/env bash
set -euo pipefail
# Publish the transformation library to the RudderStack control plane.
API=https://api.rudderstack.com/transformations
NAME="${1:-enrich-geo}"

curl -sS -u "@EMAIL@:@S@" \\
  -H "Content-Type: application/json" \\
  -X POST "$API?publish=true" \\
  -d "{\\"name\\": \\"$NAME\\", \\"code\\": $(jq -Rs . < transformations/$NAME.js), \\"language\\": \\"javascript\\"}"
"""


@pos("rudderstack", "service_access_token", "rudder_access_token", "yaml", env="RUDDERSTACK_ACCESS_TOKEN")
def p_rudder_sat_gha(r, c):
    path = ".github/workflows/" + r.choice(["rudder-cli-apply.yml", "tracking-plans.yml"])
    return path, """name: Apply RudderStack tracking plans
on:
  workflow_dispatch:
  push:
    branches: [main]

env:
  RUDDERSTACK_ACCESS_TOKEN: @S@
  RUDDERSTACK_WORKSPACE: @WSLUG@

jobs:
  apply:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Install rudder-cli
        run: curl -fsSL https://github.com/rudderlabs/rudder-iac/releases/latest/download/install.sh | sh
      - name: Validate
        run: rudder-cli validate -l ./tracking-plans
      - name: Apply
        run: rudder-cli apply -l ./tracking-plans --confirm=false
"""


@pos("rudderstack", "workspace_token", "rudder_workspace_token", "makefile", q="", env="RUDDER_WORKSPACE_TOKEN")
def p_rudder_makefile(r, c):
    return "Makefile", """.PHONY: up down logs test

COMPOSE ?= docker compose
WORKSPACE_TOKEN ?= @S@
DATA_PLANE_PORT ?= 8080

up:
\tWORKSPACE_TOKEN=$(WORKSPACE_TOKEN) $(COMPOSE) up -d

down:
\t$(COMPOSE) down -v

logs:
\t$(COMPOSE) logs -f backend

test:
\tcurl -s -u "$(SOURCE_WRITE_KEY):" localhost:$(DATA_PLANE_PORT)/v1/track -d @fixtures/track.json
"""


# ---------------------------------------------------------------- mParticle
def mp_key(r, c):
    # the key half of the key/secret pair; in negatives it is a placeholder too
    if c.get("ISNEG"):
        return r.choice(["us1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<mparticle-api-key>", "REPLACE_ME"])
    return "us1-" + rs(r, HEX, 32)


@pos("mparticle", "s2s_secret", "mparticle_secret", "py", env="MPARTICLE_API_SECRET")
def p_mparticle_py(r, c):
    c["MPKEY"] = mp_key(r, c)
    path = r.choice(["services/mparticle_forwarder.py", "app/integrations/mparticle.py"])
    return path, """import mparticle
from mparticle import AppEvent, Batch

configuration = mparticle.Configuration()
configuration.api_key = "@MPKEY@"
configuration.api_secret = @S@
configuration.debug = False

api = mparticle.EventsApi(configuration)


def send_purchase(customer_id: str, amount: float) -> None:
    batch = Batch()
    batch.environment = "production"
    batch.user_identities = mparticle.UserIdentities(customerid=customer_id)
    batch.events = [AppEvent(event_name="@EVENT@", custom_event_type="transaction",
                             custom_attributes={"amount": amount})]
    api.upload_events(batch)
"""


@pos("mparticle", "s2s_secret", "mparticle_secret", "java", env="MPARTICLE_SECRET")
def p_mparticle_java(r, c):
    c["MPKEY"] = mp_key(r, c)
    path = "src/main/java/com/@ORG@/cdp/MParticleClient.java"
    return path, """package com.@ORG@.cdp;

import com.mparticle.ApiClient;
import com.mparticle.client.EventsApi;

public final class MParticleClient {

    private static final String KEY = "@MPKEY@";

    private MParticleClient() {}

    public static EventsApi create() {
        ApiClient client = new ApiClient(KEY, @S@);
        client.getAdapterBuilder().baseUrl("https://s2s.mparticle.com/v2/");
        return client.createService(EventsApi.class);
    }
}
"""


@pos("mparticle", "s2s_secret", "mparticle_secret", "toml", env="MPARTICLE_SECRET")
def p_mparticle_toml(r, c):
    c["MPKEY"] = mp_key(r, c)
    path = r.choice(["config/forwarders.toml", "pipeline/config.toml"])
    return path, """[service]
name = "@APP@-forwarder"
port = @PORT@
log_level = "info"

[sources.kafka]
brokers = ["kafka-0.kafka:9092", "kafka-1.kafka:9092"]
topic = "events.enriched"
group_id = "@APP@-mparticle"

[sinks.mparticle]
endpoint = "https://s2s.us1.mparticle.com/v2/bulkevents"
key = "@MPKEY@"
secret = @S@
batch_size = 100
"""


# ---------------------------------------------------------------- Snowplow
@pos("snowplow", "iglu_api_key", "uuid", "json", env="IGLU_API_KEY")
def p_snowplow_resolver(r, c):
    path = r.choice(["config/iglu_resolver.json", "snowplow/enrich/resolver.json"])
    return path, """{
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
        "name": "@ORG@ schemas",
        "priority": 1,
        "vendorPrefixes": ["com.@ORG@"],
        "connection": {
          "http": {
            "uri": "https://iglu.@DOMAIN@/api",
            "apikey": @S@
          }
        }
      }
    ]
  }
}
"""


@pos("snowplow", "iglu_super_api_key", "uuid", "hocon", env="IGLU_SUPER_API_KEY")
def p_iglu_server_hocon(r, c):
    path = r.choice(["iglu-server/config.hocon", "deploy/iglu/application.hocon"])
    return path, """# Iglu Server configuration
repoServer {
  interface = "0.0.0.0"
  port = 8080
  threadPool = "cached"
}

database {
  type = "postgres"
  host = "iglu-db.internal"
  port = 5432
  dbname = "igludb"
  username = "iglu"
  password = ${?IGLU_DB_PASSWORD}
}

debug = false
patchesAllowed = false
superApiKey = @S@
"""


@pos("snowplow", "loader_db_password", "password", "hocon", env="LOADER_DB_PASSWORD")
def p_snowplow_loader(r, c):
    path = r.choice(["snowplow/postgres-loader.hocon", "config/loader.hocon"])
    return path, """{
  "input": {
    "type": "Kinesis"
    "streamName": "@ORG@-enriched-good"
    "region": "@REGION@"
    "initialPosition": "TRIM_HORIZON"
  }
  "output": {
    "good": {
      "type": "Postgres"
      "host": "snowplow-db.@REGION@.rds.amazonaws.com"
      "port": 5432
      "database": "snowplow"
      "username": "loader"
      "password": @S@
      "schema": "atomic"
    }
  }
  "purpose": "ENRICHED_EVENTS"
}
"""


@pos("snowplow", "console_api_key", "uuid", "tf", env="snowplow_console_api_key")
def p_snowplow_tfvars(r, c):
    path = r.choice(["terraform/snowplow/prod.tfvars", "infra/snowplow/terraform.tfvars"])
    return path, """# Snowplow pipeline (BDP) - production
org_id              = "@U1@"
pipeline_name       = "@ORG@-prod"
collector_domain    = "collector.@DOMAIN@"
console_api_key_id  = "@U2@"
console_api_key     = @S@
iglu_registry_url   = "https://iglu.@DOMAIN@/api"
enrich_instance_cnt = 2
tags = {
  team  = "data-platform"
  owner = "@USER@"
}
"""


# ---------------------------------------------------------------- Jitsu
@pos("jitsu", "server_write_key", "jitsu_write_key", "ts", q="'", env="JITSU_WRITE_KEY")
def p_jitsu_node(r, c):
    path = r.choice(["src/server/jitsu.ts", "lib/server-analytics.ts"])
    return path, """import { jitsuAnalytics } from '@jitsu/js'

// server-side (S2S) destination: events from API handlers
export const jitsu = jitsuAnalytics({
  host: 'https://@ORG@.d.jitsu.com',
  writeKey: @S@,
  s2s: true,
})

export async function trackApiCall(userId: string, route: string) {
  await jitsu.track('api_call', { route }, { userId })
}
"""


@pos("jitsu", "server_secret", "jitsu_s2s", "yaml", env="JITSU_SERVER_SECRET")
def p_jitsu_classic(r, c):
    c["JSKEY"] = "js." + rs(r, LOW + DIG, 6) + "." + rs(r, B62, 22)
    path = r.choice(["jitsu/eventnative.yaml", "configs/jitsu.yaml"])
    return path, """server:
  name: @APP@-jitsu
  port: 8001
  log:
    path: /home/eventnative/data/logs/events

api_keys:
  - id: web
    client_secret: @JSKEY@
    server_secret: @S@
    origins: ["*.@DOMAIN@"]

destinations:
  clickhouse_main:
    type: clickhouse
    mode: stream
    clickhouse:
      dsns: ["https://clickhouse.internal:8443/default"]
      database: events
"""


@pos("jitsu", "server_write_key", "jitsu_write_key", "sh", mode="in", q="", env="JITSU_WRITE_KEY")
def p_jitsu_curl(r, c):
    path = r.choice(["scripts/jitsu-smoke-test.sh", "ops/check-ingest.sh"])
    return path, """#!/usr/bin/env bash
# smoke test for the ingest endpoint after deploy
set -e
HOST=${JITSU_HOST:-https://@ORG@.d.jitsu.com}

curl -fsS -X POST "$HOST/api/s/s2s/track" \\
  -H 'Content-Type: application/json' \\
  -H 'X-Write-Key: @S@' \\
  --data '{"type":"track","event":"deploy_smoke_test","userId":"ci","properties":{"sha":"@SHA@"}}'
echo OK
"""


# ---------------------------------------------------------------- PostHog
@pos("posthog", "personal_api_key", "posthog_personal", "py", env="POSTHOG_PERSONAL_API_KEY")
def p_posthog_py(r, c):
    c["PHC"] = "phc_" + mixed(r, B62, 43)
    path = r.choice(["app/feature_flags.py", "@APP@/flags.py"])
    return path, """from posthog import Posthog

# local evaluation of feature flags needs the personal API key
posthog = Posthog(
    project_api_key="@PHC@",
    host="https://eu.i.posthog.com",
    personal_api_key=@S@,
    poll_interval=30,
)


def is_enabled(flag: str, distinct_id: str) -> bool:
    return bool(posthog.feature_enabled(flag, distinct_id, only_evaluate_locally=True))
"""


@pos("posthog", "personal_api_key", "posthog_personal", "ts", q="'", env="POSTHOG_PERSONAL_API_KEY")
def p_posthog_next_route(r, c):
    path = r.choice(["app/api/insights/route.ts", "pages/api/admin/insights.ts"])
    return path, """import { NextResponse } from 'next/server'

const PROJECT_ID = @PID@
const phKey = @S@

export async function GET() {
  const res = await fetch(`https://us.posthog.com/api/projects/${PROJECT_ID}/insights/?limit=20`, {
    headers: { Authorization: `Bearer ${phKey}` },
    next: { revalidate: 300 },
  })
  if (!res.ok) {
    return NextResponse.json({ error: 'upstream' }, { status: 502 })
  }
  const data = await res.json()
  return NextResponse.json(data.results.map((i: any) => ({ id: i.id, name: i.name })))
}
"""


@pos("posthog", "personal_api_key", "posthog_personal", "md", mode="in", q="", env="POSTHOG_PERSONAL_API_KEY")
def p_posthog_md(r, c):
    path = r.choice(["docs/analytics/posthog.md", "docs/runbooks/feature-flags.md"])
    return path, """# Feature flags runbook

Flags live in the PostHog project **@APP@** (id @PID@). To list flags that are
currently rolled out to less than 100 % of users:

```bash
curl -s https://us.posthog.com/api/projects/@PID@/feature_flags/ \\
  -H "Authorization: Bearer @S@" | jq '.results[] | {key, active}'
```

## Killing a flag

1. Open the flag in PostHog and set rollout to 0 %.
2. Post in #incidents with the flag key.
3. Remove the code path in the next release.
"""


@pos("posthog", "personal_api_key", "posthog_personal", "env", q="", env="POSTHOG_PERSONAL_API_KEY")
def p_posthog_env(r, c):
    c["PHC"] = "phc_" + mixed(r, B62, 43)
    path = r.choice([".env", ".env.local"])
    return path, """NEXT_PUBLIC_POSTHOG_KEY=@PHC@
NEXT_PUBLIC_POSTHOG_HOST=https://us.i.posthog.com
POSTHOG_PERSONAL_API_KEY=@S@
POSTHOG_PROJECT_ID=@PID@
DATABASE_URL=postgresql://localhost:5432/@APP@_dev
"""


@pos("posthog", "personal_api_key", "posthog_personal", "log", mode="in", q="", env="POSTHOG_KEY")
def p_posthog_log(r, c):
    path = r.choice(["logs/worker-debug.log", "tmp/flags-sync.log"])
    return path, """@TS@ INFO  flags-sync starting (interval=30s)
@TS@ DEBUG urllib3.connectionpool Starting new HTTPS connection (1): us.posthog.com:443
@TS@ DEBUG request GET https://us.posthog.com/api/feature_flag/local_evaluation/?token=phc_<project> headers={'User-Agent': 'posthog-python/3.5.0', 'Authorization': 'Bearer @S@'}
@TS@ DEBUG urllib3.connectionpool https://us.posthog.com:443 "GET /api/feature_flag/local_evaluation/ HTTP/1.1" 200 18234
@TS@ INFO  loaded 42 flags, 3 cohorts
"""


# ---------------------------------------------------------------- Amplitude
@pos("amplitude", "secret_key", "hex32", "py", env="AMPLITUDE_SECRET_KEY")
def p_amplitude_export(r, c):
    c["AMPKEY"] = rs(r, HEX, 32)
    path = r.choice(["etl/amplitude_export.py", "jobs/export_amplitude.py"])
    return path, """import gzip
import io
import zipfile

import requests

AMPLITUDE_API_KEY = "@AMPKEY@"
AMPLITUDE_SECRET_KEY = @S@


def export(start: str, end: str) -> list[bytes]:
    resp = requests.get(
        "https://amplitude.com/api/2/export",
        params={"start": start, "end": end},
        auth=(AMPLITUDE_API_KEY, AMPLITUDE_SECRET_KEY),
        timeout=300,
    )
    resp.raise_for_status()
    out = []
    with zipfile.ZipFile(io.BytesIO(resp.content)) as zf:
        for name in zf.namelist():
            out.append(gzip.decompress(zf.read(name)))
    return out
"""


@pos("amplitude", "secret_key", "hex32", "ini", q="", env="AMPLITUDE_SECRET_KEY")
def p_amplitude_ini(r, c):
    c["AMPKEY"] = rs(r, HEX, 32)
    path = r.choice(["config/exporter.ini", "etc/@APP@/analytics.cfg"])
    return path, """[general]
timezone = UTC
output_dir = /var/lib/@APP@/exports

[amplitude]
project_id = @PID@
api_key = @AMPKEY@
secret_key = @S@
region = us

[s3]
bucket = @ORG@-analytics-raw
prefix = amplitude/
"""


@pos("amplitude", "secret_key", "hex32", "go", env="AMPLITUDE_SECRET_KEY")
def p_amplitude_go(r, c):
    c["AMPKEY"] = rs(r, HEX, 32)
    path = r.choice(["internal/amplitude/cohorts.go", "cmd/cohort-sync/main.go"])
    return path, """package amplitude

import (
	"fmt"
	"net/http"
	"time"
)

type Config struct {
	APIKey    string
	SecretKey string
	BaseURL   string
}

var defaultConfig = Config{
	APIKey:    "@AMPKEY@",
	SecretKey: @S@,
	BaseURL:   "https://amplitude.com",
}

func GetCohort(id string) (*http.Response, error) {
	req, err := http.NewRequest("GET", fmt.Sprintf("%s/api/5/cohorts/request/%s", defaultConfig.BaseURL, id), nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(defaultConfig.APIKey, defaultConfig.SecretKey)
	client := &http.Client{Timeout: 60 * time.Second}
	return client.Do(req)
}
"""


# ---------------------------------------------------------------- Mixpanel
@pos("mixpanel", "api_secret", "hex32", "rb", env="MIXPANEL_API_SECRET")
def p_mixpanel_import_rb(r, c):
    c["MPTOKEN"] = rs(r, HEX, 32)
    path = r.choice(["lib/tasks/mixpanel_backfill.rake", "app/jobs/mixpanel_import_job.rb"])
    return path, """require 'mixpanel-ruby'

namespace :mixpanel do
  desc 'Backfill historical orders into Mixpanel'
  task backfill: :environment do
    tracker = Mixpanel::Tracker.new('@MPTOKEN@')
    Order.where('created_at < ?', 5.days.ago).find_each do |order|
      tracker.import(@S@, order.user_id, '@EVENT@', {
        'time' => order.created_at.to_i,
        '$insert_id' => "order-#{order.id}",
        'amount' => order.total.to_f
      })
    end
  end
end
"""


@pos("mixpanel", "service_account_secret", "mixpanel_sa_secret", "yaml", env="MIXPANEL_SA_SECRET")
def p_mixpanel_sa_yaml(r, c):
    c["SAUSER"] = r.choice(["warehouse-sync", "dbt-export", "reverse-etl"]) + "." + rs(r, HEX, 6) + ".mp-service-account"
    path = r.choice(["reverse_etl/destinations/mixpanel.yml", "sync/mixpanel.yaml"])
    return path, """destination:
  type: mixpanel
  project_id: @PID@
  region: US
  auth:
    method: service_account
    username: @SAUSER@
    secret: @S@
syncs:
  - model: dim_users
    mode: upsert
    identifier: user_id
    fields: [email, plan, company, created_at]
    schedule: "0 * * * *"
"""


@pos("mixpanel", "service_account_secret", "mixpanel_sa_secret", "kt", env="MIXPANEL_SA_SECRET")
def p_mixpanel_sa_kt(r, c):
    c["SAUSER"] = "backend." + rs(r, HEX, 6) + ".mp-service-account"
    path = "src/main/kotlin/com/@ORG@/analytics/MixpanelQuery.kt"
    return path, """package com.@ORG@.analytics

import okhttp3.Credentials
import okhttp3.OkHttpClient
import okhttp3.Request

class MixpanelQuery(private val http: OkHttpClient = OkHttpClient()) {

    private val auth = Credentials.basic("@SAUSER@", @S@)

    fun funnels(funnelId: Long, from: String, to: String): String {
        val req = Request.Builder()
            .url("https://mixpanel.com/api/query/funnels?project_id=@PID@&funnel_id=$funnelId&from_date=$from&to_date=$to")
            .header("Authorization", auth)
            .build()
        http.newCall(req).execute().use { return it.body!!.string() }
    }
}
"""


@pos("mixpanel", "api_secret", "hex32", "props", q="", env="MIXPANEL_API_SECRET")
def p_mixpanel_props(r, c):
    c["MPTOKEN"] = rs(r, HEX, 32)
    path = r.choice(["src/main/resources/application.properties", "config/application-prod.properties"])
    return path, """spring.application.name=@APP@
server.port=@PORT@
spring.datasource.url=jdbc:postgresql://db.internal:5432/@APP@
spring.datasource.username=@APP@

# analytics
mixpanel.project.token=@MPTOKEN@
mixpanel.api.secret=@S@
mixpanel.export.enabled=true
management.endpoints.web.exposure.include=health,info
"""


@pos("mixpanel", "api_secret", "hex32", "xml", q="", env="MIXPANEL_API_SECRET")
def p_mixpanel_xml(r, c):
    path = r.choice(["src/main/resources/applicationContext.xml", "WEB-INF/spring/analytics-context.xml"])
    return path, """<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans
       http://www.springframework.org/schema/beans/spring-beans.xsd">

    <bean id="mixpanelExporter" class="com.@ORG@.analytics.MixpanelExporter">
        <property name="projectId" value="@PID@"/>
        <property name="apiSecret" value="@S@"/>
        <property name="exportHost" value="https://data.mixpanel.com"/>
        <property name="batchDays" value="1"/>
    </bean>
</beans>
"""


# ---------------------------------------------------------------- Hightouch / Census / June
@pos("hightouch", "api_token", "uuid", "sh", mode="in", q="", env="HIGHTOUCH_API_KEY")
def p_hightouch_curl(r, c):
    path = r.choice(["scripts/trigger-hightouch-sync.sh", "airflow/scripts/ht_sync.sh"])
    return path, """#!/usr/bin/env bash
set -euo pipefail
SYNC_ID="${1:?sync id}"

curl -sS -X POST "https://api.hightouch.com/api/v1/syncs/${SYNC_ID}/trigger" \\
  -H "Authorization: Bearer @S@" \\
  -H "Content-Type: application/json" \\
  -d '{"fullResync": false}'
"""


@pos("hightouch", "api_token", "uuid", "py", env="HIGHTOUCH_API_KEY")
def p_hightouch_airflow(r, c):
    path = r.choice(["dags/reverse_etl.py", "airflow/dags/hightouch_syncs.py"])
    return path, """from datetime import datetime

from airflow import DAG, settings
from airflow.models import Connection
from airflow_provider_hightouch.operators.hightouch import HightouchTriggerSyncOperator


def ensure_connection():
    session = settings.Session()
    if not session.query(Connection).filter_by(conn_id="hightouch_default").first():
        session.add(Connection(conn_id="hightouch_default", conn_type="https",
                               host="https://api.hightouch.com", password=@S@))
        session.commit()


with DAG("reverse_etl", start_date=datetime(2024, 1, 1), schedule="@hourly", catchup=False) as dag:
    ensure_connection()
    HightouchTriggerSyncOperator(task_id="sync_users_to_braze", sync_id=@NUM@, synchronous=True)
"""


@pos("census", "api_token", "census_token", "py", env="CENSUS_API_TOKEN")
def p_census_py(r, c):
    path = r.choice(["orchestration/census_trigger.py", "scripts/census.py"])
    return path, """import time

import requests

CENSUS_API_TOKEN = @S@
API = "https://app.getcensus.com/api/v1"


def trigger(sync_id: int, full: bool = False) -> int:
    r = requests.post(f"{API}/syncs/{sync_id}/trigger",
                      headers={"Authorization": f"Bearer {CENSUS_API_TOKEN}"},
                      json={"force_full_sync": full}, timeout=30)
    r.raise_for_status()
    return r.json()["data"]["sync_run_id"]


def wait(run_id: int) -> str:
    while True:
        r = requests.get(f"{API}/sync_runs/{run_id}",
                         headers={"Authorization": f"Bearer {CENSUS_API_TOKEN}"}, timeout=30)
        status = r.json()["data"]["status"]
        if status != "working":
            return status
        time.sleep(10)
"""


@pos("census", "api_token", "census_token", "yaml", env="CENSUS_API_KEY")
def p_census_dagster(r, c):
    path = r.choice(["dagster/config/prod.yaml", "orchestration/dagster.yaml"])
    return path, """resources:
  census:
    config:
      api_key: @S@
      request_max_retries: 3
      request_retry_delay: 0.25
  warehouse:
    config:
      account: @ORG@-xy12345
      database: ANALYTICS
      warehouse: TRANSFORMING
ops:
  census_trigger_sync_op:
    config:
      sync_id: @PID@
      force_full_sync: false
"""


@pos("june", "server_write_key", "june_write_key", "js", q="'", env="JUNE_WRITE_KEY")
def p_june_node(r, c):
    path = r.choice(["server/june.js", "src/services/juneAnalytics.js"])
    return path, """const { Analytics } = require('@june-so/analytics-node')

const june = new Analytics(@S@)

function trackWorkspaceEvent(userId, workspaceId, event) {
  june.track({
    userId,
    event,
    context: { groupId: workspaceId },
  })
}

module.exports = { june, trackWorkspaceEvent }
"""


# ---------------------------------------------------------------- Customer.io
@pos("customerio", "tracking_api_key", "hex20", "js", q="'", env="CUSTOMERIO_TRACKING_API_KEY")
def p_cio_node(r, c):
    path = r.choice(["src/messaging/customerio.js", "lib/cio.js"])
    return path, """const { TrackClient, RegionUS } = require('customerio-node')

const siteId = '@SITEID@'
const cio = new TrackClient(siteId, @S@, { region: RegionUS })

async function identifyUser(user) {
  await cio.identify(user.id, {
    email: user.email,
    created_at: Math.floor(user.createdAt / 1000),
    plan: user.plan,
  })
}

module.exports = { cio, identifyUser }
"""


@pos("customerio", "app_api_key", "hex32", "py", env="CUSTOMERIO_APP_API_KEY")
def p_cio_app_py(r, c):
    path = r.choice(["notifications/transactional.py", "app/mailers/cio.py"])
    return path, """from customerio import APIClient, Regions, SendEmailRequest

api = APIClient(@S@, region=Regions.US)


def send_password_reset(user_id: str, email: str, link: str) -> None:
    request = SendEmailRequest(
        transactional_message_id="@NUM@",
        to=email,
        identifiers={"id": user_id},
        message_data={"reset_link": link},
    )
    api.send_email(request)
"""


@pos("customerio", "tracking_api_key", "hex20", "rb", q="'", env="CUSTOMERIO_API_KEY")
def p_cio_rb(r, c):
    path = "config/initializers/customerio.rb"
    return path, """require 'customerio'

$customerio = Customerio::Client.new(
  '@SITEID@',
  @S@,
  region: Customerio::Regions::US
)
"""


@pos("customerio", "tracking_api_key", "hex20", "yaml", env="CUSTOMERIO_API_KEY")
def p_cio_rudder_cli(r, c):
    path = r.choice(["rudder/destinations/customerio-prod.yaml", "cdp/destinations/customerio.yaml"])
    return path, """version: rudder/v1
kind: destination
metadata:
  name: customerio-prod
spec:
  id: customerio-prod
  display_name: Customer.io Production
  type: customerio
  definition_version: 1
  enabled: true
  config:
    site_id: "@SITEID@"
    api_key: @S@
    datacenter: US
    api_version: v2
    device_token_event_name: Device Token Registered
"""


@pos("customerio", "tracking_api_key", "hex20", "swift", env="CIO_API_KEY")
def p_cio_swift(r, c):
    path = r.choice(["@APP@/App/AppDelegate.swift", "ios/@APP@/Messaging/CustomerIOSetup.swift"])
    return path, """import UIKit
import CioTracking
import CioMessagingPushAPN

@main
class AppDelegate: UIResponder, UIApplicationDelegate {

    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        CustomerIO.initialize(siteId: "@SITEID@", apiKey: @S@, region: .US) { config in
            config.autoTrackScreenViews = true
            config.logLevel = .error
        }
        MessagingPushAPN.initialize()
        return true
    }
}
"""


@pos("customerio", "app_api_key", "hex32", "env", q="", env="CUSTOMERIO_APP_API_KEY")
def p_cio_env(r, c):
    path = r.choice([".env.production", ".env"])
    return path, """NODE_ENV=production
PORT=@PORT@
CUSTOMERIO_REGION=us
CUSTOMERIO_APP_API_KEY=@S@
EMAIL_FROM=no-reply@@DOMAIN@
"""


# ---------------------------------------------------------------- Braze
@pos("braze", "rest_api_key", "uuid", "ts", q="'", env="BRAZE_REST_API_KEY")
def p_braze_ts(r, c):
    path = r.choice(["src/lib/braze.ts", "apps/worker/src/braze/client.ts"])
    return path, """const BRAZE_ENDPOINT = 'https://rest.@BRAZE@'
const BRAZE_REST_API_KEY = @S@

type Attributes = Record<string, string | number | boolean | null>

export async function updateAttributes(externalId: string, attrs: Attributes) {
  const res = await fetch(`${BRAZE_ENDPOINT}/users/track`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${BRAZE_REST_API_KEY}`,
    },
    body: JSON.stringify({ attributes: [{ external_id: externalId, ...attrs }] }),
  })
  if (!res.ok) throw new Error(`braze users/track ${res.status}`)
}
"""


@pos("braze", "rest_api_key", "uuid", "yaml", env="BRAZE_API_KEY")
def p_braze_spring_yaml(r, c):
    path = r.choice(["src/main/resources/application.yml", "config/application-prod.yml"])
    return path, """spring:
  application:
    name: @APP@
  jackson:
    default-property-inclusion: non_null

braze:
  rest-endpoint: https://rest.@BRAZE@
  api-key: @S@
  campaigns:
    welcome: @U1@
    winback: @U2@

management:
  endpoints:
    web:
      exposure:
        include: health,prometheus
"""


@pos("braze", "rest_api_key", "uuid", "http", mode="in", q="", env="BRAZE_REST_API_KEY")
def p_braze_http(r, c):
    path = r.choice(["http/braze.http", "requests/braze-campaigns.http"])
    return path, """### Trigger the welcome campaign for one user
POST https://rest.@BRAZE@/campaigns/trigger/send
Content-Type: application/json
Authorization: Bearer @S@

{
  "campaign_id": "@U1@",
  "recipients": [{ "external_user_id": "user_@PID@" }]
}

### Export one user
POST https://rest.@BRAZE@/users/export/ids
Content-Type: application/json

{ "external_ids": ["user_@PID@"], "fields_to_export": ["email", "custom_attributes"] }
"""


@pos("braze", "rest_api_key", "uuid", "sql", q="'", env="BRAZE_API_KEY")
def p_braze_sql_seed(r, c):
    path = r.choice(["db/seeds/integrations.sql", "migrations/20240611_add_braze_integration.sql"])
    return path, """-- integration settings for the notifications service
CREATE TABLE IF NOT EXISTS integrations (
    id          SERIAL PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    endpoint    TEXT NOT NULL,
    api_key     TEXT,
    enabled     BOOLEAN NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO integrations (name, endpoint, api_key, enabled)
VALUES ('braze', 'https://rest.@BRAZE@', @S@, TRUE)
ON CONFLICT (name) DO NOTHING;
"""


# ---------------------------------------------------------------- Iterable
@pos("iterable", "server_api_key", "hex32", "py", env="ITERABLE_API_KEY")
def p_iterable_py(r, c):
    path = r.choice(["app/integrations/iterable.py", "services/email/iterable_client.py"])
    return path, """import requests

ITERABLE_API_KEY = @S@
BASE_URL = "https://api.iterable.com/api"


def upsert_user(email: str, fields: dict) -> None:
    resp = requests.post(
        f"{BASE_URL}/users/update",
        headers={"Api-Key": ITERABLE_API_KEY},
        json={"email": email, "dataFields": fields, "preferUserId": False},
        timeout=15,
    )
    resp.raise_for_status()
"""


@pos("iterable", "server_api_key", "hex32", "java", env="ITERABLE_API_KEY")
def p_iterable_java(r, c):
    path = "src/main/java/com/@ORG@/messaging/IterableGateway.java"
    return path, """package com.@ORG@.messaging;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestTemplate;

import java.util.Map;

public class IterableGateway {

    private final RestTemplate rest = new RestTemplate();

    public void track(String email, String event, Map<String, Object> fields) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Api-Key", @S@);
        Map<String, Object> body = Map.of("email", email, "eventName", event, "dataFields", fields);
        rest.postForEntity("https://api.iterable.com/api/events/track", new HttpEntity<>(body, headers), String.class);
    }
}
"""


@pos("iterable", "server_api_key", "hex32", "kt", env="ITERABLE_SERVER_KEY")
def p_iterable_kt(r, c):
    path = "server/src/main/kotlin/com/@ORG@/push/IterableConfig.kt"
    return path, """package com.@ORG@.push

import io.ktor.client.HttpClient
import io.ktor.client.plugins.defaultRequest
import io.ktor.http.HttpHeaders

object IterableConfig {
    const val BASE_URL = "https://api.eu.iterable.com/api/"
    val serverKey: String = @S@

    fun client() = HttpClient {
        defaultRequest {
            url(BASE_URL)
            headers.append("Api-Key", serverKey)
            headers.append(HttpHeaders.Accept, "application/json")
        }
    }
}
"""


# ---------------------------------------------------------------- Klaviyo
@pos("klaviyo", "private_api_key", "klaviyo_private", "py", env="KLAVIYO_PRIVATE_KEY")
def p_klaviyo_py(r, c):
    path = r.choice(["integrations/klaviyo_sync.py", "app/marketing/klaviyo.py"])
    return path, """from klaviyo_api import KlaviyoAPI

klaviyo = KlaviyoAPI(@S@, max_delay=60, max_retries=3)


def subscribe(list_id: str, email: str) -> None:
    klaviyo.Profiles.subscribe_profiles({
        "data": {
            "type": "profile-subscription-bulk-create-job",
            "attributes": {"profiles": {"data": [{"type": "profile", "attributes": {"email": email}}]}},
            "relationships": {"list": {"data": {"type": "list", "id": list_id}}},
        }
    })
"""


@pos("klaviyo", "private_api_key", "klaviyo_private", "php", q="'", env="KLAVIYO_PRIVATE_KEY")
def p_klaviyo_php(r, c):
    c["KPUB"] = mixed(r, B62, 6)
    path = "config/klaviyo.php"
    return path, """<?php

return [
    /*
    | Klaviyo public key (site id) - used by the storefront snippet
    */
    'publicKey' => '@KPUB@',

    /*
    | Klaviyo private API key - server side only
    */
    'apiKey' => @S@,

    'revision' => '2024-10-15',
    'default_list' => env('KLAVIYO_LIST_ID', 'Xy7Kq2'),
];
"""


@pos("klaviyo", "private_api_key", "klaviyo_private", "md", mode="in", q="", env="KLAVIYO_PRIVATE_KEY")
def p_klaviyo_md(r, c):
    path = r.choice(["docs/integrations/klaviyo.md", "NOTES.md"])
    return path, """## Klaviyo quick checks

Get the newest profiles (revision header is mandatory):

```sh
curl --request GET \\
     --url 'https://a.klaviyo.com/api/profiles/?page[size]=5' \\
     --header 'Authorization: Klaviyo-API-Key @S@' \\
     --header 'accept: application/vnd.api+json' \\
     --header 'revision: 2024-10-15'
```

Lists we sync: `newsletter`, `vip`, `winback-90d`.
"""


@pos("klaviyo", "private_api_key", "klaviyo_private", "csv", mode="in", q="", env="KLAVIYO_KEY")
def p_klaviyo_csv(r, c):
    path = r.choice(["ops/store_integrations.csv", "data/tenants_integrations.csv"])
    rows = []
    slot = r.randint(0, 3)
    for i in range(4):
        store = r.choice(ORGS) + "-" + r.choice(["eu", "us", "uk", "au"])
        key = "@S@" if i == slot else ""
        rows.append("%d,%s,klaviyo,%s,%s,%s" % (100 + i, store, mixed(r, B62, 6), key,
                                              "active" if key else "pending"))
    return path, "tenant_id,store,provider,public_key,private_key,status\n" + "\n".join(rows) + "\n"


@pos("klaviyo", "private_api_key", "klaviyo_private", "html", q="'", env="KLAVIYO_PRIVATE_KEY")
def p_klaviyo_html(r, c):
    path = r.choice(["admin/tools/klaviyo-debug.html", "internal/debug/klaviyo.html"])
    return path, """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Klaviyo list debug</title>
</head>
<body>
  <h1>List members</h1>
  <pre id="out">loading...</pre>
  <script>
    const key = @S@;
    fetch('https://a.klaviyo.com/api/lists/Xy7Kq2/profiles/', {
      headers: { Authorization: 'Klaviyo-API-Key ' + key, revision: '2024-10-15' }
    })
      .then((r) => r.json())
      .then((j) => { document.getElementById('out').textContent = JSON.stringify(j, null, 2); });
  </script>
</body>
</html>
"""


# ---------------------------------------------------------------- Attentive
@pos("attentive", "api_key", "attentive_key", "py", env="ATTENTIVE_API_KEY")
def p_attentive_py(r, c):
    path = r.choice(["app/sms/attentive.py", "integrations/attentive_events.py"])
    return path, """import requests

ATTENTIVE_API_KEY = @S@


def send_custom_event(phone: str, event_type: str, props: dict) -> None:
    requests.post(
        "https://api.attentivemobile.com/v1/events/custom",
        headers={"Authorization": f"Bearer {ATTENTIVE_API_KEY}", "Content-Type": "application/json"},
        json={"type": event_type, "properties": props, "user": {"phone": phone}},
        timeout=10,
    ).raise_for_status()
"""


# ---------------------------------------------------------------- warehouse credentials used by reverse ETL / loaders
@pos("snowflake", "warehouse_password", "password", "yaml", env="DBT_SNOWFLAKE_PASSWORD")
def p_dbt_profiles(r, c):
    path = r.choice(["profiles.yml", "dbt/profiles.yml", "transform/profiles.yml"])
    return path, """@APP@_analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: @ORG@-xy12345
      user: DBT_RUNNER
      password: @S@
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORMING
      schema: SEGMENT_MODELS
      threads: 8
      client_session_keep_alive: false
"""


@pos("snowflake", "private_key", "pem", "yaml", mode="pem", q="", env="SNOWFLAKE_PRIVATE_KEY", indent=6)
def p_snowflake_keypair(r, c):
    path = r.choice(["reverse-etl/sources/snowflake.yaml", "hightouch/sources/warehouse.yaml"])
    return path, """source:
  name: snowflake-prod
  type: snowflake
  config:
    account: @ORG@-xy12345
    user: HIGHTOUCH_SVC
    warehouse: REVERSE_ETL
    database: ANALYTICS
    role: REVERSE_ETL_READER
    auth: key_pair
    private_key: |
      @S@
"""


@pos("bigquery", "service_account_key", "pem_json", "json", mode="pem", q="", env="GOOGLE_APPLICATION_CREDENTIALS")
def p_bq_service_account(r, c):
    c["SAID"] = str(r.randint(10 ** 20, 10 ** 21 - 1))
    c["KID"] = rs(r, HEX, 40)
    path = r.choice(["rudderstack/bigquery-destination-sa.json", "credentials/rudder-bq-loader.json"])
    return path, """{
  "type": "service_account",
  "project_id": "@ORG@-analytics",
  "private_key_id": "@KID@",
  "private_key": "@S@",
  "client_email": "rudder-loader@@ORG@-analytics.iam.gserviceaccount.com",
  "client_id": "@SAID@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/rudder-loader%40@ORG@-analytics.iam.gserviceaccount.com"
}
"""


@pos("snowflake", "private_key", "pem_enc", "pem", mode="pem", q="", env="SNOWFLAKE_PRIVATE_KEY")
def p_snowflake_p8(r, c):
    path = r.choice(["keys/census_rsa_key.p8", "secrets/snowflake/rsa_key.p8"])
    return path, "@S@\n"


@pos("snowplow", "db_url_password", "url_password", "yaml", mode="in", q="", env="POSTGRES_PASSWORD")
def p_pg_url_compose(r, c):
    path = r.choice(["docker-compose.snowplow.yml", "snowplow/docker-compose.yml"])
    return path, """services:
  collector:
    image: snowplow/scala-stream-collector-kinesis:3.2.0
    command: ["--config", "/snowplow/config/collector.hocon"]
    ports: ["8080:8080"]
  micro:
    image: snowplow/snowplow-micro:2.1.0
    ports: ["9090:9090"]
  dbt:
    image: ghcr.io/dbt-labs/dbt-postgres:1.7.4
    environment:
      DBT_PROFILES_DIR: /usr/app
      SNOWPLOW_DB_URL: postgresql://snowplow:@S@@warehouse.internal:5432/snowplow
    volumes: ["./dbt:/usr/app"]
"""


@pos("census", "warehouse_password", "password", "tf", env="census_redshift_password")
def p_census_tf(r, c):
    path = r.choice(["terraform/census/sources.tf", "infra/reverse-etl/census.tf"])
    return path, """resource "census_source" "redshift" {
  workspace_id = census_workspace.analytics.id
  name         = "redshift-prod"
  type         = "redshift"

  connection_details = {
    host     = "analytics.abc123xyz.@REGION@.redshift.amazonaws.com"
    port     = 5439
    database = "analytics"
    user     = "census_reader"
    password = @S@
  }

  auto_refresh_tables = true
}
"""


# ==========================================================================
# non-secret fillers for the re-used positive templates
# ==========================================================================
def env_expr(r, lang, q, env):
    if lang == "py":
        return r.choice(['os.environ["%s"]' % env, 'os.getenv("%s", "")' % env,
                         'os.environ.get("%s")' % env])
    if lang in ("js", "ts"):
        return r.choice(["process.env.%s" % env, "process.env.%s ?? ''" % env,
                         "process.env['%s']!" % env])
    if lang == "rb":
        return r.choice(['ENV.fetch("%s")' % env, "ENV['%s']" % env,
                         "Rails.application.credentials.dig(:analytics, :%s)" % env.lower()])
    if lang == "go":
        return 'os.Getenv("%s")' % env
    if lang == "java":
        return r.choice(['System.getenv("%s")' % env, 'env.getRequiredProperty("%s")' % env.lower().replace("_", ".")])
    if lang == "kt":
        return r.choice(['System.getenv("%s")' % env, "BuildConfig.%s" % env])
    if lang == "swift":
        return 'ProcessInfo.processInfo.environment["%s"] ?? ""' % env
    if lang == "php":
        return "env('%s')" % env
    if lang == "tf":
        return "var.%s" % env.lower()
    if lang == "html":
        return "window.__CONFIG__.%s" % env.lower()
    if lang == "sql":
        return r.choice(["current_setting('app.%s')" % env.lower(), "NULL"])
    if lang == "hocon":
        return "${?%s}" % env
    if lang == "makefile":
        return "$(%s)" % env
    if lang in ("env", "sh", "dockerfile"):
        return q + "${%s}" % env + q
    return q + "${%s}" % env + q


SECRET_REFS = [
    "vault:secret/data/cdp/{e}#value", "op://Engineering/{E}/credential",
    "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/cdp/{e}-a1B2c3",
    "projects/analytics-prod/secrets/{d}/versions/latest", "ssm:/prod/cdp/{e}",
    "ref+vault://secret/cdp#/{e}", "sm://{d}", "azurekeyvault://cdp-kv/{d}",
]
TEMPLATE_EXPRS = [
    "{{{{ .Values.analytics.{c} }}}}", "{{{{ {e} }}}}", "${{{{ secrets.{E} }}}}",
    "<%= ENV['{E}'] %>", "{{{{ env_var('{E}') }}}}", "%({e})s", "#{{{E}}}",
    "{{{{ .{E} }}}}", "${{env:{E}}}",
]


def camel(env):
    parts = env.lower().split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


def neg_fill(r, t, gen):
    """return (replacement_text, category) for a positive template t"""
    mode, q, lang, env = t["mode"], t["q"], t["lang"], t["env"]
    E = env.upper()
    e = env.lower()
    d = e.replace("_", "-")
    pre = PREFIXES.get(gen, "")
    if mode == "pem":
        cat = r.choice(["placeholder", "env_ref", "template"])
        if cat == "placeholder":
            return r.choice(["<paste the PKCS#8 private key here>", "REPLACE_ME",
                             "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----"
                             if lang == "json" else "# key is mounted from the secret store"]), cat
        if cat == "env_ref":
            return "${%s}" % E, cat
        return r.choice(TEMPLATE_EXPRS).format(e=e, E=E, c=camel(env), d=d), cat
    if mode == "in":
        cat = r.choice(["placeholder", "placeholder", "masked", "env_ref", "template", "doc_example"])
        if cat == "placeholder":
            v = r.choice(["<%s>" % d, "YOUR_%s" % E, "xxxxxxxxxxxxxxxxxxxxxxxx", "<token>",
                          pre + "XXXXXXXXXXXXXXXX", "REPLACE_ME", "...", "$%s" % E])
        elif cat == "masked":
            v = r.choice(["****", "********************", "[REDACTED]", "<redacted>",
                          pre + "************" + rs(r, B62, 4), "[FILTERED]"])
        elif cat == "env_ref":
            v = "${%s}" % E
        elif cat == "template":
            v = r.choice(TEMPLATE_EXPRS).format(e=e, E=E, c=camel(env), d=d)
        else:
            ex = DOC_EXAMPLES.get(gen)
            if not ex:
                cat = "placeholder"
                v = "<%s>" % d
            else:
                v = r.choice(ex)
        return v, cat
    # mode "q": a standalone (usually quoted) value
    cat = r.choice(["placeholder", "placeholder", "empty", "masked", "env_ref", "env_ref",
                    "secret_ref", "template", "doc_example"])
    qq = q if q else ('"' if lang in ("yaml", "toml", "tf", "json") else "")
    if cat == "placeholder":
        v = r.choice(["<your-%s>" % d, "YOUR_%s_HERE" % E, "changeme", "CHANGE_ME",
                      "x" * r.choice([8, 16, 32]), "TODO", "<%s>" % E, "replace-me",
                      "REPLACE_WITH_%s" % E, pre + "xxxxxxxxxxxxxxxxxxxx" if pre else "your-key-here",
                      "dummy", "test", "insert-key"])
        return qq + v + qq, cat
    if cat == "empty":
        if lang in ("ini", "props", "env", "makefile", "dockerfile") and not q:
            return "", cat
        if lang == "xml":
            return "", cat
        return (qq + qq) if qq else '""', cat
    if cat == "masked":
        v = r.choice(["****", "********", "[REDACTED]", "<redacted>", "•••••••••••",
                      pre + "****************" + rs(r, B62, 4), "***hidden***"])
        return qq + v + qq, cat
    if cat == "env_ref":
        if lang in ("yaml", "json", "toml", "ini", "props", "xml", "md", "http", "csv", "log"):
            if lang == "yaml" and r.random() < 0.4:
                return "${{ secrets.%s }}" % E, cat
            return qq + "${%s}" % E + qq, cat
        return env_expr(r, lang, q, E), cat
    if cat == "secret_ref":
        v = r.choice(SECRET_REFS).format(e=e, E=E, d=d)
        return qq + v + qq, cat
    if cat == "template":
        v = r.choice(TEMPLATE_EXPRS).format(e=e, E=E, c=camel(env), d=d)
        return qq + v + qq, cat
    ex = DOC_EXAMPLES.get(gen)
    if not ex:
        v = r.choice(["<your-%s>" % d, "YOUR_%s" % E])
        return qq + v + qq, "placeholder"
    return qq + r.choice(ex) + qq, cat


# ==========================================================================
# NEGATIVE LOOK-ALIKE TEMPLATES (no credential at all)
# ==========================================================================
def ulid(r):
    return "01" + rs(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24)


@neg("segment", "public_browser_write_key")
def n_seg_snippet(r, c):
    c["WK"] = mixed(r, B62, 32)
    path = r.choice(["public/index.html", "templates/base.html", "site/layouts/partials/analytics.html"])
    return path, """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>@APP@</title>
  <script>
    !function(){var i="analytics",analytics=window[i]=window[i]||[];if(!analytics.initialize)
    if(analytics.invoked)window.console&&console.error&&console.error("Segment snippet included twice.");
    else{analytics.invoked=!0;analytics.methods=["trackSubmit","trackClick","trackLink","trackForm",
    "pageview","identify","reset","group","track","ready","alias","debug","page","screen","once","off","on"];
    analytics.SNIPPET_VERSION="5.2.0";
    analytics.load("@WK@");
    analytics.page();
    }}();
  </script>
</head>
<body><div id="root"></div></body>
</html>
"""


@neg("segment", "public_browser_write_key")
def n_seg_next_client(r, c):
    c["WK"] = mixed(r, B62, 32)
    path = r.choice(["components/AnalyticsProvider.tsx", "src/app/providers/analytics.tsx"])
    return path, """'use client'

import { AnalyticsBrowser } from '@segment/analytics-next'
import { createContext, useContext, useMemo } from 'react'

// Browser source write key: public by design, it ships in the JS bundle.
const WRITE_KEY = '@WK@'

const Ctx = createContext<AnalyticsBrowser | null>(null)

export function AnalyticsProvider({ children }: { children: React.ReactNode }) {
  const analytics = useMemo(() => AnalyticsBrowser.load({ writeKey: WRITE_KEY }), [])
  return <Ctx.Provider value={analytics}>{children}</Ctx.Provider>
}

export const useAnalytics = () => useContext(Ctx)!
"""


@neg("segment", "public_mobile_write_key")
def n_seg_ios_plist(r, c):
    c["WK"] = mixed(r, B62, 32)
    path = r.choice(["ios/@APP@/Info.plist", "@APP@/SupportingFiles/Info.plist"])
    return path, """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>@APP@</string>
	<key>CFBundleShortVersionString</key>
	<string>@VER@</string>
	<key>SegmentWriteKey</key>
	<string>@WK@</string>
	<key>UIApplicationSupportsIndirectInputEvents</key>
	<true/>
</dict>
</plist>
"""


@neg("rudderstack", "public_browser_write_key")
def n_rudder_browser(r, c):
    c["WK"] = ksuid(r)
    path = r.choice(["src/analytics/rudder-browser.js", "web/src/lib/rudder.js"])
    return path, """import { RudderAnalytics } from '@rudderstack/analytics-js'

// JS SDK source: the write key and data plane URL are visible to every visitor.
const analytics = new RudderAnalytics()
analytics.load('@WK@', '@DPURL@', {
  storage: { encryption: { version: 'v3' } },
  integrations: { All: true },
})

analytics.page()
export default analytics
"""


@neg("posthog", "public_project_key")
def n_posthog_browser(r, c):
    c["PHC"] = "phc_" + mixed(r, B62, 43)
    path = r.choice(["src/posthog.ts", "app/providers/posthog-provider.tsx", "lib/posthog-client.ts"])
    return path, """import posthog from 'posthog-js'

if (typeof window !== 'undefined') {
  posthog.init('@PHC@', {
    api_host: 'https://us.i.posthog.com',
    person_profiles: 'identified_only',
    capture_pageview: false,
    loaded: (ph) => {
      if (process.env.NODE_ENV === 'development') ph.debug()
    },
  })
}

export default posthog
"""


@neg("posthog", "public_project_key")
def n_posthog_env_example(r, c):
    c["PHC"] = "phc_" + mixed(r, B62, 43)
    path = r.choice([".env.example", ".env.sample", "apps/web/.env.template"])
    return path, """# Copy to .env.local and fill in the server-side values.
NEXT_PUBLIC_POSTHOG_KEY=@PHC@
NEXT_PUBLIC_POSTHOG_HOST=https://us.i.posthog.com
# personal API key, only needed for scripts/insights-export.ts
POSTHOG_PERSONAL_API_KEY=
POSTHOG_PROJECT_ID=@PID@
NEXT_PUBLIC_SEGMENT_WRITE_KEY=
KLAVIYO_PRIVATE_KEY=pk_...
"""


@neg("mixpanel", "public_project_token")
def n_mixpanel_browser(r, c):
    c["TOK"] = rs(r, HEX, 32)
    path = r.choice(["src/analytics/mixpanel.js", "assets/js/tracking.js"])
    return path, """import mixpanel from 'mixpanel-browser'

// project token identifies the project; it is not an authorization secret
mixpanel.init('@TOK@', {
  track_pageview: 'url-with-path',
  persistence: 'localStorage',
  api_host: 'https://api-eu.mixpanel.com',
})

export function identify(user) {
  mixpanel.identify(user.id)
  mixpanel.people.set({ $email: user.email, plan: user.plan })
}
"""


@neg("mixpanel", "public_project_token")
def n_mixpanel_swift(r, c):
    c["TOK"] = rs(r, HEX, 32)
    path = r.choice(["ios/@APP@/Analytics/MixpanelSetup.swift", "Sources/App/Tracking.swift"])
    return path, """import Mixpanel

enum Tracking {
    static func start() {
        Mixpanel.initialize(token: "@TOK@", trackAutomaticEvents: false)
        Mixpanel.mainInstance().loggingEnabled = false
        Mixpanel.mainInstance().serverURL = "https://api-eu.mixpanel.com"
    }

    static func signedUp(userId: String) {
        Mixpanel.mainInstance().identify(distinctId: userId)
        Mixpanel.mainInstance().track(event: "@EVENT@")
    }
}
"""


@neg("amplitude", "public_api_key")
def n_amplitude_browser(r, c):
    c["AK"] = rs(r, HEX, 32)
    path = r.choice(["src/lib/amplitude.ts", "frontend/src/telemetry/amplitude.ts"])
    return path, """import * as amplitude from '@amplitude/analytics-browser'

// Browser SDK only needs the project API key; the secret key never leaves the server.
amplitude.init('@AK@', undefined, {
  defaultTracking: { sessions: true, pageViews: true, formInteractions: false },
  serverZone: 'EU',
})

export const track = (event: string, props?: Record<string, unknown>) => amplitude.track(event, props)
"""


@neg("amplitude", "public_api_key")
def n_amplitude_android(r, c):
    c["AK"] = rs(r, HEX, 32)
    path = r.choice(["app/src/main/java/com/@ORG@/app/App.kt", "android/app/src/main/kotlin/com/@ORG@/Analytics.kt"])
    return path, """package com.@ORG@.app

import android.app.Application
import com.amplitude.android.Amplitude
import com.amplitude.android.Configuration

class App : Application() {
    lateinit var amplitude: Amplitude

    override fun onCreate() {
        super.onCreate()
        amplitude = Amplitude(
            Configuration(
                apiKey = "@AK@",
                context = applicationContext,
                flushIntervalMillis = 30000,
            )
        )
    }
}
"""


@neg("heap", "public_app_id")
def n_heap_snippet(r, c):
    c["HEAP"] = str(r.randint(10 ** 8, 4 * 10 ** 9))
    path = r.choice(["themes/@APP@/layout/head.html", "public/landing.html"])
    return path, """<script type="text/javascript">
  window.heapReadyCb=window.heapReadyCb||[],window.heap=window.heap||[],heap.load=function(e,t){
  window.heap.envId=e,window.heap.clientConfig=t=t||{},window.heap.clientConfig.shouldFetchServerConfig=!1;
  var a=document.createElement("script");a.type="text/javascript",a.async=!0,
  a.src="https://cdn.us.heap-api.com/config/"+e+"/heap_config.js";
  var r=document.getElementsByTagName("script")[0];r.parentNode.insertBefore(a,r)};
  heap.load("@HEAP@");
</script>
"""


@neg("heap", "public_app_id")
def n_heap_server_py(r, c):
    c["HEAP"] = str(r.randint(10 ** 8, 4 * 10 ** 9))
    path = r.choice(["app/heap_server_events.py", "tracking/heap.py"])
    return path, """import requests

HEAP_APP_ID = "@HEAP@"  # environment id, same value as in the web snippet


def track(identity: str, event: str, props: dict) -> None:
    requests.post(
        "https://heapanalytics.com/api/track",
        json={"app_id": HEAP_APP_ID, "identity": identity, "event": event, "properties": props},
        timeout=10,
    )
"""


@neg("klaviyo", "public_site_id")
def n_klaviyo_onsite(r, c):
    c["KPUB"] = mixed(r, B62, 6)
    path = r.choice(["snippets/klaviyo-onsite.liquid", "layout/theme.liquid", "public/klaviyo.html"])
    return path, """{% comment %} Klaviyo onsite tracking - company_id is the public key / site id {% endcomment %}
<script async type="text/javascript"
  src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=@KPUB@"></script>
<script type="text/javascript">
  !function(){if(!window.klaviyo){window._klOnsite=window._klOnsite||[];try{window.klaviyo=new Proxy({},
  {get:function(n,i){return"push"===i?function(){var n;(n=window._klOnsite).push.apply(n,arguments)}:
  function(){for(var n=arguments.length,o=new Array(n),w=0;w<n;w++)o[w]=arguments[w];
  window._klOnsite.push([i].concat(o))}}})}catch(n){}}}();
  klaviyo.identify({ email: '{{ customer.email }}' });
</script>
"""


@neg("klaviyo", "public_site_id")
def n_klaviyo_client_api(r, c):
    c["KPUB"] = mixed(r, B62, 6)
    path = r.choice(["src/lib/klaviyoClient.ts", "storefront/newsletter.ts"])
    return path, """// Client endpoints authenticate with the public company id only.
const COMPANY_ID = '@KPUB@'

export async function subscribe(email: string, listId: string) {
  await fetch(`https://a.klaviyo.com/client/subscriptions/?company_id=${COMPANY_ID}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/vnd.api+json', revision: '2024-10-15' },
    body: JSON.stringify({
      data: {
        type: 'subscription',
        attributes: { profile: { data: { type: 'profile', attributes: { email } } } },
        relationships: { list: { data: { type: 'list', id: listId } } },
      },
    }),
  })
}
"""


@neg("customerio", "public_site_id")
def n_cio_snippet(r, c):
    path = r.choice(["web/index.html", "public/track.html"])
    return path, """<script type="text/javascript">
  var _cio = _cio || [];
  (function() {
    var a,b,c;a=function(f){return function(){_cio.push([f].
    concat(Array.prototype.slice.call(arguments,0)))}};b=["load","identify",
    "sidentify","track","page","on","off"];for(c=0;c<b.length;c++){_cio[b[c]]=a(b[c])};
    var t = document.createElement('script'),
        s = document.getElementsByTagName('script')[0];
    t.async = true;
    t.id    = 'cio-tracker';
    t.setAttribute('data-site-id', '@SITEID@');
    t.setAttribute('data-use-array-params', 'true');
    t.src = 'https://assets.customer.io/assets/track.js';
    s.parentNode.insertBefore(t, s);
  })();
</script>
"""


@neg("braze", "sdk_app_identifier")
def n_braze_web(r, c):
    path = r.choice(["src/lib/braze-web.ts", "app/notifications/braze.ts"])
    return path, """import * as braze from '@braze/web-sdk'

// SDK app identifier ("API key" for the web app), not the REST API key
braze.initialize('@U1@', {
  baseUrl: 'sdk.@BRAZE@',
  enableLogging: false,
  allowUserSuppliedJavascript: false,
})
braze.automaticallyShowInAppMessages()
braze.openSession()

export default braze
"""


@neg("braze", "sdk_app_identifier")
def n_braze_android_xml(r, c):
    path = r.choice(["app/src/main/res/values/braze.xml", "android/app/src/main/res/values/braze.xml"])
    return path, """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string translatable="false" name="com_braze_api_key">@U1@</string>
    <string translatable="false" name="com_braze_custom_endpoint">sdk.@BRAZE@</string>
    <bool name="com_braze_handle_push_deep_links_automatically">true</bool>
    <string name="com_braze_push_small_notification_icon">ic_notification</string>
    <integer name="com_braze_session_timeout">30</integer>
</resources>
"""


@neg("freshpaint", "public_environment_id")
def n_freshpaint(r, c):
    path = r.choice(["src/_includes/freshpaint.html", "public/js/freshpaint-init.js"])
    return path, """<script type="text/javascript">
  (function(c,a){if(!a.__SV){var b=window;try{var d,m,j,k=b.location,f=k.hash;
  d=function(a,b){return(m=a.match(RegExp(b+"=([^&]*)")))?m[1]:null}}catch(n){}
  window.freshpaint=a;a._i=[];a.__SV=1.2}})(document,window.freshpaint||[]);
  freshpaint.init("@U1@");
  freshpaint.page();
</script>
"""


@neg("snowplow", "tracker_config")
def n_snowplow_tracker(r, c):
    path = r.choice(["src/tracking/snowplow.ts", "web/src/analytics/sp.ts"])
    return path, """import { newTracker, trackPageView, enableActivityTracking } from '@snowplow/browser-tracker'

newTracker('sp1', 'https://collector.@DOMAIN@', {
  appId: '@APP@-web',
  platform: 'web',
  cookieDomain: '.@DOMAIN@',
  cookieSameSite: 'Lax',
  contexts: { webPage: true, session: true },
})

enableActivityTracking({ minimumVisitLength: 10, heartbeatDelay: 10 })
trackPageView()
"""


@neg("snowplow", "collector_config")
def n_snowplow_collector(r, c):
    path = r.choice(["snowplow/collector.hocon", "config/collector.hocon"])
    return path, """collector {
  interface = "0.0.0.0"
  port = 8080

  paths {
    "/com.@ORG@/track" = "/com.snowplowanalytics.snowplow/tp2"
  }

  cookie {
    enabled = true
    expiration = 365 days
    name = sp
    domains = [".@DOMAIN@"]
    secure = true
    httpOnly = true
    sameSite = "None"
  }

  streams {
    good = "@ORG@-raw-good"
    bad = "@ORG@-raw-bad"
    sink {
      region = @REGION@
      threadPoolSize = 10
    }
  }
}
"""


@neg("rudderstack", "event_log_ids")
def n_rudder_log(r, c):
    lines = []
    for i in range(6):
        lines.append("%s INFO gateway handled event {\"sourceId\": \"%s\", \"messageId\": \"%s\", "
                     "\"anonymousId\": \"%s\", \"type\": \"%s\", \"bytes\": %d}"
                     % (c["TS"], c["SRCID"], uuid4(r), uuid4(r), r.choice(["track", "identify", "page"]),
                        r.randint(300, 4000)))
    lines.append("%s INFO router batch delivered destinationId=%s jobs=%d latency_ms=%d"
                 % (c["TS"], ksuid(r), r.randint(5, 200), r.randint(40, 900)))
    return r.choice(["logs/rudder-server.log", "var/log/rudder/gateway.log"]), "\n".join(lines) + "\n"


@neg("segment", "event_payload_ids")
def n_seg_event_json(r, c):
    path = r.choice(["fixtures/segment/track_order_completed.json", "test/fixtures/event.json"])
    c["MID"] = "ajs-next-" + rs(r, HEX, 32)
    return path, """{
  "anonymousId": "@U1@",
  "context": {
    "library": { "name": "analytics.js", "version": "next-1.70.0" },
    "page": { "path": "/checkout", "url": "https://@DOMAIN@/checkout" },
    "userAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"
  },
  "event": "@EVENT@",
  "integrations": {},
  "messageId": "@MID@",
  "properties": { "order_id": "@U2@", "total": 42.5, "currency": "EUR" },
  "receivedAt": "@TS@",
  "sentAt": "@TS@",
  "type": "track",
  "userId": "usr_@PID@",
  "writeKey": "<redacted>"
}
"""


@neg("segment", "tracking_plan")
def n_seg_tracking_plan(r, c):
    path = r.choice(["tracking-plan/events.yml", "analytics/tracking_plan.yaml"])
    ev = r.sample(EVENTS, 4)
    body = "version: 2\nsource: @APP@-web\nevents:\n"
    for e in ev:
        body += "  - name: %s\n    description: Fired when a user %s.\n    properties:\n" % (e, e.lower())
        body += "      - {name: id, type: string, required: true}\n      - {name: value, type: number}\n"
    return path, body


@neg("mixpanel", "export_ids")
def n_mixpanel_csv(r, c):
    path = r.choice(["exports/mixpanel_events_sample.csv", "data/raw/mp_export.csv"])
    rows = ["event,time,distinct_id,$insert_id,$device_id,mp_lib"]
    for i in range(8):
        did = "$device:" + uuid4(r).upper()
        rows.append("%s,%d,%s,%s,%s,web" % (r.choice(SNAKE_EVENTS), 1700000000 + r.randint(0, 9 ** 7),
                                           did, rs(r, HEX, 32), did[8:]))
    return path, "\n".join(rows) + "\n"


@neg("posthog", "feature_flag_export")
def n_posthog_flags(r, c):
    path = r.choice(["flags/export.json", "config/posthog-flags.json"])
    flags = []
    for i in range(3):
        flags.append('    {"id": %d, "key": "%s", "active": %s, "filters": {"groups": [{"rollout_percentage": %d}]}, "created_by": {"uuid": "%s"}}'
                     % (r.randint(1000, 99999), r.choice(["new-checkout", "dark-mode", "ai-search", "onboarding-v3", "pricing-test"]) + "-" + str(i),
                        r.choice(["true", "false"]), r.choice([0, 10, 50, 100]), uuid4(r)))
    return path, '{\n  "project_id": @PID@,\n  "results": [\n' + ",\n".join(flags) + "\n  ]\n}\n"


@neg("amplitude", "event_ids")
def n_amplitude_ndjson(r, c):
    lines = []
    for i in range(5):
        lines.append(json.dumps({"event_type": r.choice(SNAKE_EVENTS), "user_id": "u_%d" % r.randint(1, 99999),
                                 "device_id": uuid4(r), "insert_id": uuid4(r), "session_id": 1700000000000 + r.randint(0, 10 ** 9),
                                 "event_id": r.randint(1, 500), "uuid": uuid4(r)}, sort_keys=True))
    return r.choice(["samples/amplitude_events.jsonl", "tests/data/amp_batch.jsonl"]), "\n".join(lines) + "\n"


@neg("braze", "export_ids")
def n_braze_csv(r, c):
    rows = ["external_id,braze_id,email_subscribe,push_subscribe,last_used_app"]
    for i in range(7):
        rows.append("user_%d,%s,%s,%s,%s" % (r.randint(1, 10 ** 6), rs(r, HEX, 24), r.choice(["opted_in", "subscribed", "unsubscribed"]),
                                            r.choice(["opted_in", "subscribed"]), "@APP@"))
    return r.choice(["exports/braze_users.csv", "data/braze/segment_export.csv"]), "\n".join(rows) + "\n"


@neg("generic", "hashed_emails")
def n_hashed_sql(r, c):
    path = r.choice(["models/marts/audience_hashed.sql", "sql/audiences/facebook_match.sql"])
    c["H1"] = rs(r, HEX, 64)
    c["H2"] = rs(r, HEX, 64)
    return path, """-- Hashed identifiers for ad-platform audiences (SHA-256 of lower-cased email).
-- e.g. 'jane@example.com' -> @H1@
{{ config(materialized='table') }}

select
    user_id,
    sha2(lower(trim(email)), 256)          as email_sha256,
    sha2(regexp_replace(phone, '[^0-9]', ''), 256) as phone_sha256,
    last_seen_at
from {{ ref('dim_users') }}
where email is not null
  and sha2(lower(trim(email)), 256) != '@H2@'  -- internal test account
"""


@neg("generic", "lockfile_integrity")
def n_package_lock(r, c):
    def integ():
        return "sha512-" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()
    c["I1"], c["I2"], c["I3"] = integ(), integ(), integ()
    return "package-lock.json", """{
  "name": "@APP@",
  "version": "@VER@",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@segment/analytics-node": {
      "version": "2.1.2",
      "resolved": "https://registry.npmjs.org/@segment/analytics-node/-/analytics-node-2.1.2.tgz",
      "integrity": "@I1@"
    },
    "node_modules/@rudderstack/rudder-sdk-node": {
      "version": "2.0.7",
      "resolved": "https://registry.npmjs.org/@rudderstack/rudder-sdk-node/-/rudder-sdk-node-2.0.7.tgz",
      "integrity": "@I2@"
    },
    "node_modules/posthog-node": {
      "version": "4.2.1",
      "resolved": "https://registry.npmjs.org/posthog-node/-/posthog-node-4.2.1.tgz",
      "integrity": "@I3@"
    }
  }
}
"""


@neg("generic", "image_digests")
def n_dockerfile_digest(r, c):
    c["D1"] = rs(r, HEX, 64)
    c["D2"] = rs(r, HEX, 64)
    return r.choice(["Dockerfile", "docker/collector.Dockerfile"]), """# pinned by digest (renovate keeps these fresh)
FROM node:20-alpine@sha256:@D1@ AS deps
WORKDIR /srv
COPY package*.json ./
RUN npm ci --omit=dev

FROM gcr.io/distroless/nodejs20-debian12@sha256:@D2@
WORKDIR /srv
COPY --from=deps /srv/node_modules ./node_modules
COPY dist ./dist
ENV SEGMENT_WRITE_KEY_FILE=/run/secrets/segment_write_key
CMD ["dist/index.js"]
"""


@neg("generic", "commit_shas")
def n_changelog(r, c):
    lines = ["# Changelog", "", "## @VER@ (@DATE@)", ""]
    for i in range(6):
        lines.append("* %s (%s)" % (r.choice(["track Order Completed from the API", "move PostHog flags to local evaluation",
                                             "rotate analytics credentials via vault", "add Braze push tokens",
                                             "drop legacy Segment Config API client", "batch RudderStack events",
                                             "hash emails before export", "add Iglu schema for checkout"]), rs(r, HEX, 40)))
    return "CHANGELOG.md", "\n".join(lines) + "\n"


@neg("snowplow", "enriched_event_ids")
def n_snowplow_tsv(r, c):
    rows = ["app_id\tplatform\tcollector_tstamp\tevent\tevent_id\tdomain_userid\tnetwork_userid\tevent_fingerprint"]
    for i in range(6):
        rows.append("%s-web\tweb\t%s\t%s\t%s\t%s\t%s\t%s" % (c["APP"], c["TS"], r.choice(["page_view", "struct", "unstruct"]),
                                                       uuid4(r), uuid4(r), uuid4(r), rs(r, HEX, 32)))
    return r.choice(["tests/fixtures/enriched_events.tsv", "data/samples/snowplow_enriched.tsv"]), "\n".join(rows) + "\n"


@neg("snowplow", "base64_payload")
def n_snowplow_getlog(r, c):
    lines = []
    for i in range(4):
        payload = json.dumps({"schema": "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0",
                              "data": {"schema": "iglu:com.%s/%s/jsonschema/1-0-0" % (c["ORG"], r.choice(SNAKE_EVENTS)),
                                       "data": {"id": uuid4(r), "value": r.randint(1, 500)}}}, sort_keys=True)
        ue = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
        lines.append('10.0.%d.%d - - [%s] "GET /i?e=ue&ue_px=%s&aid=%s-web&eid=%s HTTP/1.1" 200 43'
                     % (r.randint(0, 9), r.randint(1, 254), c["DATE"], ue, c["APP"], uuid4(r)))
    return r.choice(["logs/collector-access.log", "var/log/nginx/collector.access.log"]), "\n".join(lines) + "\n"


@neg("segment", "webhook_signature_fixture")
def n_webhook_sig_test(r, c):
    c["SIG"] = rs(r, HEX, 64)
    path = r.choice(["test/webhooks/verify.test.ts", "src/__tests__/signature.test.ts"])
    return path, """import { createHmac } from 'crypto'
import { verifySignature } from '../webhooks/verify'

// The signing secret comes from the test environment, never from source.
const secret = process.env.TEST_WEBHOOK_SECRET ?? 'test-only'

describe('verifySignature', () => {
  it('rejects a tampered body', () => {
    const body = JSON.stringify({ type: 'track', event: '@EVENT@', messageId: '@U1@' })
    // signature captured from a staging delivery, for a different body
    const header = 'sha256=@SIG@'
    expect(verifySignature(body, header, secret)).toBe(false)
  })

  it('accepts a matching HMAC', () => {
    const body = '{"ok":true}'
    const sig = 'sha256=' + createHmac('sha256', secret).update(body).digest('hex')
    expect(verifySignature(body, sig, secret)).toBe(true)
  })
})
"""


@neg("generic", "public_key_pem")
def n_public_pem(r, c):
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(r, B64, 392 - 44 - 8) + "IDAQAB"
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    path = r.choice(["config/keys/webhook_public.pem", "certs/cdp-signing.pub.pem"])
    return path, "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n"


@neg("snowplow", "iglu_schema")
def n_iglu_schema(r, c):
    ev = r.choice(SNAKE_EVENTS)
    c["EVS"] = ev
    return "schemas/com.@ORG@/@EVS@/jsonschema/1-0-0", """{
  "$schema": "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#",
  "description": "Schema for the @EVS@ event",
  "self": {
    "vendor": "com.@ORG@",
    "name": "@EVS@",
    "format": "jsonschema",
    "version": "1-0-0"
  },
  "type": "object",
  "properties": {
    "id": { "type": "string", "format": "uuid" },
    "value": { "type": ["number", "null"], "minimum": 0 },
    "currency": { "type": "string", "maxLength": 3 }
  },
  "required": ["id"],
  "additionalProperties": false
}
"""


@neg("dbt", "sources_config")
def n_dbt_sources(r, c):
    return r.choice(["models/staging/segment/_sources.yml", "models/sources.yml"]), """version: 2

sources:
  - name: segment_web
    database: RAW
    schema: SEGMENT_WEB
    loaded_at_field: received_at
    freshness:
      warn_after: {count: 6, period: hour}
    tables:
      - name: tracks
        columns:
          - name: message_id
            tests: [unique, not_null]
          - name: anonymous_id
      - name: identifies
      - name: pages
  - name: rudder_server
    schema: RUDDER_EVENTS
    tables:
      - name: tracks
"""


@neg("segment", "terraform_secret_lookup")
def n_tf_lookup(r, c):
    return r.choice(["infra/analytics/main.tf", "terraform/cdp/analytics.tf"]), """data "aws_secretsmanager_secret_version" "segment" {
  secret_id = "prod/cdp/segment-write-key"
}

resource "aws_ecs_task_definition" "@APP@" {
  family                   = "@APP@"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 512
  memory                   = 1024
  container_definitions = jsonencode([{
    name  = "@APP@"
    image = "123456789012.dkr.ecr.@REGION@.amazonaws.com/@APP@:@VER@"
    secrets = [
      { name = "SEGMENT_WRITE_KEY", valueFrom = data.aws_secretsmanager_secret_version.segment.arn },
      { name = "BRAZE_REST_API_KEY", valueFrom = "arn:aws:ssm:@REGION@:123456789012:parameter/prod/braze/rest-key" }
    ]
  }])
}
"""


@neg("generic", "external_secret")
def n_external_secret(r, c):
    return r.choice(["k8s/@APP@/external-secret.yaml", "deploy/base/externalsecret.yaml"]), """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: @APP@-cdp
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: @APP@-cdp
  data:
    - secretKey: SEGMENT_WRITE_KEY
      remoteRef: {key: secret/data/cdp/segment, property: write_key}
    - secretKey: POSTHOG_PERSONAL_API_KEY
      remoteRef: {key: secret/data/cdp/posthog, property: personal_api_key}
    - secretKey: CUSTOMERIO_APP_API_KEY
      remoteRef: {key: secret/data/cdp/customerio, property: app_api_key}
"""


@neg("generic", "gha_secret_refs")
def n_gha_refs(r, c):
    return ".github/workflows/" + r.choice(["deploy.yml", "release.yml"]), """name: Deploy
on:
  push:
    tags: ["v*"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20, cache: npm}
      - run: npm ci && npm run build
        env:
          NEXT_PUBLIC_SEGMENT_WRITE_KEY: ${{ vars.SEGMENT_BROWSER_WRITE_KEY }}
          SEGMENT_WRITE_KEY: ${{ secrets.SEGMENT_WRITE_KEY }}
          POSTHOG_PERSONAL_API_KEY: ${{ secrets.POSTHOG_PERSONAL_API_KEY }}
      - name: Notify
        run: echo "deployed ${GITHUB_SHA::7} to production"
"""


@neg("generic", "test_ids")
def n_py_test_ids(r, c):
    return r.choice(["tests/test_event_schema.py", "tests/unit/test_tracking.py"]), """import uuid

import pytest

from app.tracking import build_track_payload

MESSAGE_ID = "@U1@"
ANON_ID = "@U2@"
SOURCE_ID = "@SRCID@"


@pytest.fixture
def payload():
    return build_track_payload(user_id="usr_@PID@", event="@EVENT@", anonymous_id=ANON_ID,
                               message_id=MESSAGE_ID, properties={"sku": "SKU-@NUM@"})


def test_ids_are_uuids(payload):
    assert uuid.UUID(payload["messageId"]) and uuid.UUID(payload["anonymousId"])


def test_source(payload):
    assert payload["context"]["source_id"] == SOURCE_ID
"""


@neg("generic", "go_ids")
def n_go_ids(r, c):
    return r.choice(["internal/events/ids.go", "pkg/tracking/message.go"]), """package events

import (
	"os"

	"github.com/google/uuid"
	"github.com/segmentio/ksuid"
)

// Example ids from production traffic, used in docs and tests:
//   message id  @U1@
//   source id   @SRCID@
//   trace id    @SHA@
type Message struct {
	MessageID   string `json:"messageId"`
	AnonymousID string `json:"anonymousId"`
	WriteKey    string `json:"-"`
}

func New(anon string) Message {
	return Message{MessageID: uuid.NewString(), AnonymousID: anon, WriteKey: os.Getenv("RUDDER_WRITE_KEY")}
}

func NewSourceID() string { return ksuid.New().String() }
"""


@neg("generic", "env_example_placeholders")
def n_env_example_all(r, c):
    return r.choice([".env.example", ".env.sample", "config/.env.template"]), """# --- Customer data platform -------------------------------------------
SEGMENT_WRITE_KEY=<server-source-write-key>
SEGMENT_PUBLIC_API_TOKEN=sgp_<token>
RUDDERSTACK_WRITE_KEY=
RUDDERSTACK_DATA_PLANE_URL=https://<your-name>dataplane.rudderstack.com
MPARTICLE_API_KEY=us1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
MPARTICLE_API_SECRET=changeme
# --- Engagement --------------------------------------------------------
BRAZE_REST_API_KEY=00000000-0000-0000-0000-000000000000
BRAZE_REST_ENDPOINT=https://rest.@BRAZE@
CUSTOMERIO_SITE_ID=
CUSTOMERIO_TRACKING_API_KEY=
KLAVIYO_PRIVATE_KEY=pk_your_private_key
ITERABLE_API_KEY=YOUR_ITERABLE_API_KEY
"""


@neg("generic", "readme_key_types")
def n_readme_keys(r, c):
    return r.choice(["docs/analytics.md", "README.md", "docs/keys.md"]), """# Analytics keys

| Tool       | Where it lives          | Safe in the browser? | Example shape            |
|------------|-------------------------|----------------------|--------------------------|
| PostHog    | `NEXT_PUBLIC_POSTHOG_KEY` | yes (project key)  | `phc_<43 chars>`         |
| PostHog    | vault `cdp/posthog`     | **no** (personal key) | `phx_<43 chars>`        |
| Klaviyo    | `KLAVIYO_COMPANY_ID`    | yes (site id)        | 6 characters             |
| Klaviyo    | vault `cdp/klaviyo`     | **no**               | `pk_...`                 |
| Segment    | browser source          | yes (write key)      | 32 characters            |
| Mixpanel   | project token           | yes                  | 32 hex                   |

Never paste a server-side key into an issue or PR; use `make secrets-pull`
which reads them from Vault into `.env.local`.
"""


@neg("customerio", "webhook_payload_ids")
def n_cio_webhook(r, c):
    c["DID"] = base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(24))).decode()
    return r.choice(["test/fixtures/customerio_reporting_webhook.json", "fixtures/cio/email_opened.json"]), """{
  "data": {
    "action_id": @NUM@,
    "campaign_id": @PID@,
    "customer_id": "usr_@PID@",
    "delivery_id": "@DID@",
    "identifiers": { "id": "usr_@PID@", "cio_id": "@SITEID@" },
    "recipient": "customer@example.com"
  },
  "event_id": "@U1@",
  "metric": "opened",
  "object_type": "email",
  "timestamp": 1718000000
}
"""


@neg("klaviyo", "profile_ulids")
def n_klaviyo_response(r, c):
    c["P1"], c["P2"] = ulid(r), ulid(r)
    return r.choice(["test/fixtures/klaviyo_profiles.json", "mocks/klaviyo/get_profiles.json"]), """{
  "data": [
    {
      "type": "profile",
      "id": "@P1@",
      "attributes": { "email": "a@example.com", "created": "@TS@" },
      "links": { "self": "https://a.klaviyo.com/api/profiles/@P1@/" }
    },
    {
      "type": "profile",
      "id": "@P2@",
      "attributes": { "email": "b@example.com", "created": "@TS@" },
      "links": { "self": "https://a.klaviyo.com/api/profiles/@P2@/" }
    }
  ],
  "links": { "next": null }
}
"""


@neg("segment", "function_code")
def n_seg_function_code(r, c):
    return r.choice(["functions/iterable-destination/index.js", "segment/functions/forward.js"]), """// Segment destination function. Secrets come from the function's settings,
// which Segment stores encrypted; nothing sensitive lives in this file.
async function onTrack(event, settings) {
  if (!settings.eventAllowList.includes(event.event)) return
  const res = await fetch('https://api.iterable.com/api/events/track', {
    method: 'POST',
    headers: { 'Api-Key': settings.apiKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      email: event.properties.email,
      eventName: event.event,
      id: event.messageId,
      dataFields: event.properties,
    }),
  })
  if (res.status >= 500) throw new RetryError(`iterable ${res.status}`)
}
"""


@neg("rudderstack", "transformation_code")
def n_rudder_transform(r, c):
    c["SALT"] = "v" + c["NUM"]
    return r.choice(["transformations/hash-pii.js", "rudder/transformations/drop-internal.js"]), """// RudderStack user transformation
const INTERNAL_DOMAINS = ['@DOMAIN@']

export function transformEvent(event, metadata) {
  const email = event.context?.traits?.email || ''
  if (INTERNAL_DOMAINS.some((d) => email.endsWith('@' + d))) return null
  // deterministic id so re-processing gives the same key (salt version @SALT@)
  event.properties = { ...event.properties, source: metadata(event).sourceId }
  return event
}
"""


@neg("heap", "server_identity_ruby")
def n_heap_rb(r, c):
    c["HEAP"] = str(r.randint(10 ** 8, 4 * 10 ** 9))
    return "config/initializers/heap.rb", """require 'heap'

# Heap server-side API: the app id is the environment id, no secret involved.
Heap.app_id = '@HEAP@'
Heap.stubbed = Rails.env.test?

Rails.application.config.to_prepare do
  ActiveSupport::Notifications.subscribe('order.completed') do |*, payload|
    Heap.track('@EVENT@', payload[:user_id], total: payload[:total])
  end
end
"""


@neg("generic", "migration_uuids")
def n_sql_uuids(r, c):
    vals = ",\n".join("    ('%s', '%s', '%s')" % (uuid4(r), e, uuid4(r)) for e in r.sample(SNAKE_EVENTS, 4))
    return r.choice(["db/migrations/0042_seed_event_types.sql", "sql/seed_event_catalog.sql"]), (
        "-- stable ids for the event catalog\nINSERT INTO event_types (id, name, schema_id) VALUES\n"
        + vals + "\nON CONFLICT DO NOTHING;\n")


@neg("mixpanel", "identity_log")
def n_mixpanel_log(r, c):
    lines = []
    for i in range(5):
        lines.append("%s identity-merge distinct_id=%s $device_id=%s $user_id=usr_%d $insert_id=%s status=ok"
                     % (c["TS"], uuid4(r), uuid4(r).upper(), r.randint(1, 10 ** 6), rs(r, B62, 20)))
    return r.choice(["logs/identity.log", "var/log/@APP@/mixpanel-identity.log"]), "\n".join(lines) + "\n"


@neg("snowplow", "dataplane_urls")
def n_endpoints_yaml(r, c):
    return r.choice(["config/endpoints.yaml", "helm/@APP@/values.yaml"]), """analytics:
  segment:
    cdnHost: cdn.segment.com
    apiHost: api.segment.io/v1
    writeKeySecretRef: segment-write-key
  rudderstack:
    dataPlaneUrl: @DPURL@
    configBackend: https://api.rudderstack.com
  snowplow:
    collector: https://collector.@DOMAIN@
    appId: @APP@-web
  posthog:
    host: https://eu.i.posthog.com
  braze:
    sdkEndpoint: sdk.@BRAZE@
    restEndpoint: https://rest.@BRAZE@
"""


@neg("generic", "anonymous_id_cookie")
def n_cookie_har(r, c):
    c["AJS"] = uuid4(r)
    c["SPID"] = uuid4(r)
    c["PHS"] = rs(r, HEX, 8) + "-" + rs(r, HEX, 4)
    return r.choice(["docs/privacy/cookies.md", "docs/consent/cookie-inventory.md"]), """# Cookie inventory

| Cookie | Set by | Example value | Purpose |
|---|---|---|---|
| `ajs_anonymous_id` | Segment analytics.js | `@AJS@` | anonymous visitor id |
| `_sp_id.1fff` | Snowplow | `@SPID@.1718000000.3.1718000900` | domain user id + visit count |
| `ph_phc_..._posthog` | PostHog | `{"distinct_id":"@U1@","$sesid":[1718000000,"@PHS@"]}` | distinct id and session |
| `__kla_id` | Klaviyo | base64 JSON with `$exchange_id` | identify returning visitors |

All of these are identifiers, not credentials, and are listed in the consent banner.
"""


@neg("jitsu", "browser_key")
def n_jitsu_browser(r, c):
    c["JSKEY"] = "js." + rs(r, LOW + DIG, 6) + "." + rs(r, B62, 22)
    return r.choice(["public/jitsu.html", "src/partials/tracking.html"]), """<script src="https://t.@DOMAIN@/s/lib.js"
        data-key="@JSKEY@"
        data-init-only="false"
        data-tracking-host="https://t.@DOMAIN@"
        defer></script>
<script>window.jitsu = window.jitsu || (function(){(window.jitsuQ = window.jitsuQ || []).push(arguments);})</script>
"""


@neg("mparticle", "workspace_ids")
def n_mparticle_ids(r, c):
    return r.choice(["cdp/mparticle/workspace.json", "config/mparticle-inputs.json"]), """{
  "org_id": @PID@,
  "account_id": @NUM@000,
  "workspace_id": @NUM@1,
  "inputs": [
    { "platform": "web", "name": "@APP@-web", "data_plan": "checkout_plan", "version": 3 },
    { "platform": "ios", "name": "@APP@-ios", "data_plan": "checkout_plan", "version": 3 },
    { "platform": "feed", "name": "warehouse-sync", "data_plan": null, "version": null }
  ],
  "pod": "us1",
  "events_endpoint": "https://s2s.us1.mparticle.com/v2/events",
  "credentials_source": "vault://secret/cdp/mparticle"
}
"""



@neg("iterable", "message_ids")
def n_iterable_ids(r, c):
    rows = []
    for i in range(4):
        rows.append('    {"messageId": "%s", "campaignId": %d, "templateId": %d, "email": "user%d@example.com", "eventName": "emailOpen"}'
                    % (rs(r, HEX, 32), r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 6, 10 ** 7), i))
    return r.choice(["test/fixtures/iterable_webhook_batch.json", "fixtures/iterable/events.json"]), \
        '{\n  "events": [\n' + ",\n".join(rows) + "\n  ]\n}\n"


@neg("census", "sync_config")
def n_census_sync(r, c):
    return r.choice(["census/syncs/users_to_braze.yaml", "reverse_etl/census/syncs.yaml"]), """# Managed with census-cli; credentials are attached to the connections in the Census UI.
sync:
  id: @PID@
  label: users to braze
  source:
    connection_id: @NUM@
    model: analytics.dim_users
  destination:
    connection_id: @NUM@1
    object: user
  mappings:
    - {from: user_id, to: external_id, is_primary_identifier: true}
    - {from: email, to: email}
    - {from: plan, to: custom_attributes.plan}
  schedule: {frequency: hourly, minute: 15}
"""


@neg("attentive", "public_tag")
def n_attentive_tag(r, c):
    return r.choice(["snippets/attentive.liquid", "public/attentive-tag.html"]), """<!-- Attentive creative tag: public, per-brand script -->
<script src="https://cdn.attn.tv/@ORG@/dtag.js" async></script>
<script>
  window.attentive = window.attentive || { analytics: { ready: function (cb) { (window.__attnq = window.__attnq || []).push(cb) } } };
  window.attentive.analytics.ready(function () {
    window.attentive.analytics.productView({ items: [{ productId: 'SKU-@NUM@', price: { value: '19.99', currency: 'USD' } }] });
  });
</script>
"""


@neg("posthog", "public_project_key")
def n_posthog_py_capture(r, c):
    c["PHC"] = "phc_" + mixed(r, B62, 43)
    return r.choice(["app/telemetry.py", "@APP@/events.py"]), """from posthog import Posthog

# Capture-only client: the project API key is write-only and public by design.
# (No personal API key here, so feature flags are evaluated remotely.)
posthog = Posthog("@PHC@", host="https://us.i.posthog.com", sync_mode=False)


def capture(distinct_id: str, event: str, **props) -> None:
    posthog.capture(distinct_id=distinct_id, event=event, properties=props)
"""


@neg("amplitude", "cohort_export")
def n_amplitude_cohort(r, c):
    rows = ["amplitude_id,user_id,device_id,cohort_id"]
    cid = rs(r, LOW + DIG, 7)
    for i in range(7):
        rows.append("%d,usr_%d,%s,%s" % (r.randint(10 ** 11, 10 ** 12), r.randint(1, 10 ** 6), uuid4(r).upper(), cid))
    return r.choice(["exports/cohort_power_users.csv", "data/amplitude/cohort.csv"]), "\n".join(rows) + "\n"


@neg("generic", "release_checksums")
def n_sha256sums(r, c):
    lines = []
    for osn in ["darwin_amd64", "darwin_arm64", "linux_amd64", "linux_arm64", "windows_amd64"]:
        lines.append("%s  rudder-cli_%s_%s.tar.gz" % (rs(r, HEX, 64), c["VER"], osn))
    return r.choice(["tools/rudder-cli/SHA256SUMS", "vendor/bin/checksums.txt"]), "\n".join(lines) + "\n"


# ==========================================================================
# driver
# ==========================================================================
N_POS = 500
N_NEG = 500
ENV_OK_FOR_NEG = (".env.example", ".env.sample", ".env.template")


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base == "Dockerfile" or base.endswith(".Dockerfile"):
        return "dockerfile"
    if base == "Makefile":
        return "makefile"
    if base.startswith(".env"):
        return "env"
    if "/jsonschema/" in path:
        return "json"
    if "." not in base:
        return "sh" if path.startswith(("bin/", "scripts/")) else "txt"
    return base.rsplit(".", 1)[-1]


def render(r, t, slot, isneg=False):
    c = base_ctx(r)
    c["ISNEG"] = "1" if isneg else ""
    c["S"] = slot
    path, tmpl = t["fn"](r, c)
    text = sub(tmpl, c)
    path = sub(path, c)
    return path, text


def make_slot(t, value):
    if t["mode"] == "q":
        return t["q"] + value + t["q"]
    if t["mode"] == "pem" and t["indent"]:
        return value.replace("\n", "\n" + " " * t["indent"])
    return value


def cycle(r, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out.extend(block)
    return out[:n]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_im.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    seen_needles = {}

    # ---------------- positives
    env_files = 0
    for i, t in enumerate(cycle(r, POS, N_POS)):
        value, needle = GEN[t["gen"]](r)
        path, text = render(r, t, make_slot(t, value))
        if filetype(path) == "env":
            env_files += 1
        rel = "pos/p%04d/%s" % (i, path)
        idx = text.find(needle)
        assert idx >= 0, (t["name"], needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (t["name"], line)
        assert needle not in seen_needles, "duplicate needle"
        seen_needles[needle] = rel
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"],
                         "kind": t["kind"], "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_files * 20 <= N_POS, "too many .env positives: %d" % env_files

    # ---------------- negatives: half re-used templates, half look-alikes
    reusable = [t for t in POS if t["lang"] != "pem"]
    plan = [("reuse", t) for t in cycle(r, reusable, N_NEG // 2)] + \
           [("alike", t) for t in cycle(r, NEG, N_NEG - N_NEG // 2)]
    r.shuffle(plan)
    for i, (how, t) in enumerate(plan):
        if how == "reuse":
            slot, cat = neg_fill(r, t, t["gen"])
            path, text = render(r, t, slot, isneg=True)
            provider, kind = t["provider"], cat + ":" + t["kind"]
        else:
            c = base_ctx(r)
            path, tmpl = t["fn"](r, c)
            text, path = sub(tmpl, c), sub(path, c)
            provider, kind = t["provider"], t["kind"]
        base = path.rsplit("/", 1)[-1]
        if base.startswith(".env") and base not in ENV_OK_FOR_NEG:
            path = path[: len(path) - len(base)] + ".env.example"
        assert not (path.rsplit("/", 1)[-1].startswith(".env")
                    and path.rsplit("/", 1)[-1] not in ENV_OK_FOR_NEG)
        for nd in seen_needles:
            assert nd not in text
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider,
                         "kind": kind, "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
