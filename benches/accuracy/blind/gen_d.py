#!/usr/bin/env python3
"""Blind evaluation-set generator (D) for a pre-commit secret scanner.

usage: python3 gen.py OUTDIR SEED

Writes OUTDIR/pos/pNNNN/<path>  (exactly one credential each)
       OUTDIR/neg/nNNNN/<path>  (one innocent look-alike each, no credential)
       OUTDIR/manifest.jsonl, OUTDIR/secrets.jsonl
Deterministic per seed.  Python 3 stdlib only.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import struct
import sys
import uuid
import zlib

R = random.Random(0)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
B62 = DG + UP + LO
B64C = ALNUM + "+/"
B64U = ALNUM + "-_"
HEX = "0123456789abcdef"
HEXU = HEX.upper()
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


# ----------------------------------------------------------------- helpers
def pick(x):
    return R.choice(x)


def picks(x, lo, hi):
    return R.sample(list(x), R.randint(lo, min(hi, len(x))))


def rs(n, cs=ALNUM):
    return "".join(R.choice(cs) for _ in range(n))


def rsm(n, cs=ALNUM):
    """random string that mixes classes (upper, lower, digit) when charset allows"""
    while True:
        s = rs(n, cs)
        need = [c for c in (UP, LO, DG) if any(ch in cs for ch in c)]
        if all(any(ch in c for ch in s) for c in need):
            return s


def rhex(n):
    return rs(n, HEX)


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def sha256h():
    return hashlib.sha256(rb(24)).hexdigest()


def sha1h():
    return hashlib.sha1(rb(24)).hexdigest()


def sri(alg="sha512"):
    return alg + "-" + b64(hashlib.new(alg, rb(24)).digest())


def b62(n, w):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(w, "0")


def ts_iso(year=None):
    y = year or R.randint(2021, 2025)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                                   R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def ts_seq(n, year=2024):
    """n increasing ISO timestamps within one day"""
    base = ts_iso(year)[:11]
    t = R.randint(0, 80000) * 1000
    out = []
    for _ in range(n):
        t += R.randint(5, 90000)
        s, ms = divmod(t, 1000)
        out.append("%s%02d:%02d:%02d.%03dZ" % (base, min(s // 3600, 23), (s // 60) % 60, s % 60, ms))
    return out


def ver():
    return "%d.%d.%d" % (R.randint(0, 9), R.randint(0, 40), R.randint(0, 30))


def ulid():
    t = R.randint(1_600_000_000_000, 1_750_000_000_000)
    s = ""
    for _ in range(10):
        s = CROCK[t % 32] + s
        t //= 32
    return s + rs(16, CROCK)


def ksuid():
    return rs(1, "123") + rs(26, B62)


def objectid():
    return "%08x" % R.randint(0x60000000, 0x68000000) + rhex(16)


def snowflake():
    return str(R.randint(1_100_000_000_000_000_000, 1_350_000_000_000_000_000))


def lines_of(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


SVCS = ["billing", "orders", "inventory", "auth", "notify", "search", "payments", "catalog", "reports",
        "gateway", "ingest", "scheduler", "analytics", "checkout", "profile", "shipping", "ledger", "media",
        "webhooks", "accounts", "pricing", "fulfillment", "loyalty", "invoicing"]
ORGS = ["acme", "globex", "initech", "umbrella", "hooli", "vandelay", "starkind", "wayne", "tyrell",
        "soylent", "contoso", "fabrikam", "northwind", "piedpiper", "dunder", "oscorp", "cyberdyne"]
FIRST = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory",
         "oscar", "peggy", "trent", "victor", "wendy", "sam", "priya", "wei", "lucas", "noah", "mia"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ap-northeast-1"]
WORDS = ["amber", "falcon", "granite", "harbor", "juniper", "lantern", "meadow", "nimbus", "orchid",
         "pepper", "quartz", "raven", "saffron", "timber", "violet", "walnut", "zephyr", "cobalt",
         "ember", "glacier", "hazel", "indigo", "kestrel", "maple", "onyx", "pixel", "ripple"]


def new_ctx():
    svc = pick(SVCS)
    org = pick(ORGS)
    return {
        "svc": svc, "Svc": svc.title(), "SVCU": svc.upper(), "org": org, "Org": org.title(),
        "host": org + "." + pick(["io", "com", "dev", "net", "cloud", "co"]),
        "region": pick(REGIONS), "user": pick(FIRST), "timeout": pick([5, 10, 15, 20, 30, 45, 60]),
        "port": pick([3000, 5000, 8000, 8080, 8081, 9000, 9090]), "ver": ver(),
    }


def T(tpl, ctx, decls=None):
    for k, v in ctx.items():
        tpl = tpl.replace("@" + k + "@", str(v))
    if decls is not None:
        tpl = tpl.replace("@DECLS@", decls)
    return tpl


def U(n):
    return n.upper()


def cam(n):
    p = n.lower().split("_")
    return p[0] + "".join(x.title() for x in p[1:])


def pas(n):
    return "".join(x.title() for x in n.lower().split("_"))


def is_num(v):
    return isinstance(v, int) and not isinstance(v, bool)


def q2(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if is_num(v):
        return str(v)
    return '"%s"' % v


def q1(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if is_num(v):
        return str(v)
    return "'%s'" % v


def qpy(v):
    if isinstance(v, bool):
        return "True" if v else "False"
    return pick([q2, q1])(v)


# ----------------------------------------------------------------- languages
# Each language: paths, wrap template (with @DECLS@), const(name, value), env(name, ENVVAR), ft
def _java_t(v):
    return "boolean" if isinstance(v, bool) else ("int" if is_num(v) else "String")


def _cs_t(v):
    return "bool" if isinstance(v, bool) else ("int" if is_num(v) else "string")


def _rs_t(v):
    return "bool" if isinstance(v, bool) else ("u32" if is_num(v) else "&str")


LANGS = {
    "python": dict(
        paths=["@svc@/settings.py", "src/@svc@/config.py", "app/core/config.py", "scripts/sync_@svc@.py",
               "@svc@/clients/@svc@_client.py", "tasks/@svc@_jobs.py"],
        wraps=['''"""Configuration for the @svc@ service."""
import logging
import os
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

BASE_URL = "https://api.@host@/v1"
DEFAULT_TIMEOUT = @timeout@
@DECLS@


@dataclass
class ClientConfig:
    base_url: str = BASE_URL
    timeout: float = DEFAULT_TIMEOUT
    retries: int = 3
    tags: list = field(default_factory=list)


def load_config() -> ClientConfig:
    cfg = ClientConfig()
    log.info("loaded config for %s (timeout=%s)", "@svc@", cfg.timeout)
    return cfg
''', '''import json
import os
import time

import requests

@DECLS@

SESSION = requests.Session()
SESSION.headers["User-Agent"] = "@svc@-sync/@ver@"


def fetch_page(cursor=None, limit=100):
    params = {"limit": limit}
    if cursor:
        params["starting_after"] = cursor
    resp = SESSION.get("https://api.@host@/v1/@svc@", params=params, timeout=@timeout@)
    resp.raise_for_status()
    return resp.json()


def sync_all():
    cursor, total = None, 0
    while True:
        page = fetch_page(cursor)
        total += len(page["data"])
        if not page.get("has_more"):
            break
        cursor = page["data"][-1]["id"]
        time.sleep(0.2)
    print(json.dumps({"synced": total}))


if __name__ == "__main__":
    sync_all()
'''],
        const=lambda n, v: "%s = %s" % (U(n), qpy(v)),
        env=lambda n, e: pick(['%s = os.environ["%s"]' % (U(n), e), '%s = os.getenv("%s", "")' % (U(n), e),
                               '%s = os.environ.get("%s")' % (U(n), e)]),
    ),
    "javascript": dict(
        paths=["src/config.js", "lib/@svc@Client.js", "config/index.js", "server/@svc@.js", "src/services/@svc@.js"],
        wraps=["""'use strict';

const axios = require('axios');

@DECLS@

const client = axios.create({
  baseURL: 'https://api.@host@/v1',
  timeout: @timeout@ * 1000,
  headers: { 'User-Agent': '@svc@-service/@ver@' },
});

async function list@Svc@(params = {}) {
  const { data } = await client.get('/@svc@', { params });
  return data.items ?? [];
}

module.exports = { client, list@Svc@ };
"""],
        const=lambda n, v: pick(["const %s = %s;" % (cam(n), q1(v)), "const %s = %s;" % (U(n), q2(v))]),
        env=lambda n, e: pick(["const %s = process.env.%s;" % (cam(n), e),
                               "const %s = process.env.%s || '';" % (U(n), e)]),
    ),
    "typescript": dict(
        paths=["src/config.ts", "src/lib/@svc@.ts", "apps/api/src/@svc@/@svc@.config.ts", "packages/@svc@/src/env.ts"],
        wraps=['''import { z } from "zod";

@DECLS@

export const ConfigSchema = z.object({
  baseUrl: z.string().url().default("https://api.@host@"),
  timeoutMs: z.number().int().positive().default(@timeout@000),
  region: z.string().default("@region@"),
});

export type Config = z.infer<typeof ConfigSchema>;

export function loadConfig(overrides: Partial<Config> = {}): Config {
  return ConfigSchema.parse(overrides);
}
'''],
        const=lambda n, v: "export const %s%s = %s;" % (
            cam(n), "" if not isinstance(v, str) else ": string", q2(v)),
        env=lambda n, e: pick(['export const %s: string = process.env.%s ?? "";' % (cam(n), e),
                               'export const %s = process.env["%s"]!;' % (cam(n), e)]),
    ),
    "go": dict(
        paths=["internal/config/config.go", "pkg/@svc@/client.go", "cmd/@svc@/main_config.go"],
        wraps=['''package config

import (
	"os"
	"time"
)

@DECLS@

// Config holds runtime settings for the @svc@ service.
type Config struct {
	BaseURL string
	Timeout time.Duration
	Region  string
}

// Load returns the default configuration, overridden by the environment.
func Load() Config {
	cfg := Config{
		BaseURL: "https://api.@host@",
		Timeout: @timeout@ * time.Second,
		Region:  "@region@",
	}
	if v := os.Getenv("@SVCU@_REGION"); v != "" {
		cfg.Region = v
	}
	return cfg
}
'''],
        const=lambda n, v: "const %s = %s" % (cam(n), q2(v)),
        env=lambda n, e: 'var %s = os.Getenv("%s")' % (cam(n), e),
    ),
    "java": dict(
        paths=["src/main/java/com/@org@/@svc@/config/@Svc@Config.java"],
        wraps=['''package com.@org@.@svc@.config;

import java.time.Duration;
import java.util.Objects;

public final class @Svc@Config {

@DECLS@
    private static final Duration TIMEOUT = Duration.ofSeconds(@timeout@);

    private final String baseUrl;

    public @Svc@Config(String baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public Duration getTimeout() {
        return TIMEOUT;
    }
}
'''],
        const=lambda n, v: "    private static final %s %s = %s;" % (_java_t(v), U(n), q2(v)),
        env=lambda n, e: '    private static final String %s = System.getenv("%s");' % (U(n), e),
    ),
    "kotlin": dict(
        paths=["src/main/kotlin/com/@org@/@svc@/@Svc@Settings.kt", "app/src/main/java/com/@org@/@svc@/Constants.kt"],
        wraps=['''package com.@org@.@svc@

import java.time.Duration

@DECLS@

data class @Svc@Settings(
    val baseUrl: String = "https://api.@host@",
    val timeout: Duration = Duration.ofSeconds(@timeout@),
    val region: String = "@region@",
)

object @Svc@Module {
    fun settings(): @Svc@Settings = @Svc@Settings()
}
'''],
        const=lambda n, v: "private const val %s = %s" % (U(n), q2(v)),
        env=lambda n, e: 'private val %s: String = System.getenv("%s") ?: error("%s is not set")' % (cam(n), e, e),
    ),
    "ruby": dict(
        paths=["config/initializers/@svc@.rb", "lib/@svc@/client.rb", "app/services/@svc@_client.rb"],
        wraps=['''# frozen_string_literal: true

require "faraday"
require "json"

@DECLS@

module @Svc@Client
  BASE_URL = "https://api.@host@/v2"

  def self.connection
    @connection ||= Faraday.new(url: BASE_URL) do |f|
      f.request :json
      f.response :raise_error
      f.options.timeout = @timeout@
    end
  end

  def self.fetch(id)
    JSON.parse(connection.get("@svc@/#{id}").body)
  end
end
'''],
        const=lambda n, v: pick(["%s = %s" % (U(n), q2(v)), "%s = %s.freeze" % (U(n), q1(v))]),
        env=lambda n, e: pick(['%s = ENV.fetch("%s")' % (U(n), e), '%s = ENV["%s"]' % (U(n), e)]),
    ),
    "php": dict(
        paths=["config/@svc@.php", "config/services.php"],
        wraps=["""<?php

return [

    /*
    |--------------------------------------------------------------------------
    | @Svc@ integration
    |--------------------------------------------------------------------------
    */

    'base_url' => 'https://api.@host@',
    'timeout' => @timeout@,
@DECLS@
    'region' => '@region@',
];
"""],
        const=lambda n, v: "    '%s' => %s," % (n.lower(), q1(v)),
        env=lambda n, e: pick(["    '%s' => env('%s')," % (n.lower(), e), "    '%s' => getenv('%s')," % (n.lower(), e)]),
    ),
    "csharp": dict(
        paths=["src/@Org@.@Svc@/Infrastructure/@Svc@Settings.cs", "@Svc@.Api/Constants.cs"],
        wraps=['''using System;
using System.Net.Http;

namespace @Org@.@Svc@.Infrastructure
{
    public static class @Svc@Settings
    {
        public const string BaseUrl = "https://api.@host@";
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(@timeout@);
@DECLS@

        public static HttpClient CreateClient()
        {
            var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = Timeout };
            client.DefaultRequestHeaders.Add("User-Agent", "@svc@-worker/@ver@");
            return client;
        }
    }
}
'''],
        const=lambda n, v: "        private const %s %s = %s;" % (_cs_t(v), pas(n), q2(v)),
        env=lambda n, e: '        private static readonly string %s = Environment.GetEnvironmentVariable("%s") ?? string.Empty;' % (pas(n), e),
    ),
    "rust": dict(
        paths=["src/config.rs", "crates/@svc@/src/settings.rs"],
        wraps=['''use std::time::Duration;

@DECLS@
const BASE_URL: &str = "https://api.@host@";

pub struct Config {
    pub base_url: String,
    pub timeout: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            base_url: BASE_URL.to_string(),
            timeout: Duration::from_secs(@timeout@),
        }
    }
}
'''],
        const=lambda n, v: "const %s: %s = %s;" % (U(n), _rs_t(v), q2(v)),
        env=lambda n, e: 'fn %s() -> String {\n    std::env::var("%s").expect("%s must be set")\n}' % (n.lower(), e, e),
    ),
    "swift": dict(
        paths=["Sources/@Svc@Kit/@Svc@Config.swift", "App/Config/Environment.swift"],
        wraps=['''import Foundation

enum @Svc@Config {
    static let baseURL = URL(string: "https://api.@host@")!
    static let timeout: TimeInterval = @timeout@
@DECLS@
}

final class @Svc@Client {
    private let session: URLSession

    init(session: URLSession = .shared) {
        self.session = session
    }

    func request(path: String) -> URLRequest {
        var req = URLRequest(url: @Svc@Config.baseURL.appendingPathComponent(path))
        req.timeoutInterval = @Svc@Config.timeout
        return req
    }
}
'''],
        const=lambda n, v: "    static let %s = %s" % (cam(n), q2(v)),
        env=lambda n, e: '    static let %s = ProcessInfo.processInfo.environment["%s"] ?? ""' % (cam(n), e),
    ),
    "scala": dict(
        paths=["src/main/scala/com/@org@/@svc@/@Svc@Config.scala"],
        wraps=['''package com.@org@.@svc@

import scala.concurrent.duration._

object @Svc@Config {
  val baseUrl: String = "https://api.@host@"
  val timeout: FiniteDuration = @timeout@.seconds
@DECLS@
}
'''],
        const=lambda n, v: "  val %s = %s" % (cam(n), q2(v)),
        env=lambda n, e: '  val %s: String = sys.env.getOrElse("%s", "")' % (cam(n), e),
    ),
    "dart": dict(
        paths=["lib/config/env.dart", "lib/src/@svc@_api.dart"],
        wraps=["""import 'dart:io';

@DECLS@

class @Svc@Api {
  static const baseUrl = 'https://api.@host@';
  final Duration timeout;

  const @Svc@Api({this.timeout = const Duration(seconds: @timeout@)});

  Uri endpoint(String path) => Uri.parse('$baseUrl/$path');
}
"""],
        const=lambda n, v: "const %s = %s;" % (cam(n), q1(v)),
        env=lambda n, e: "final %s = Platform.environment['%s'] ?? '';" % (cam(n), e),
    ),
    "elixir": dict(
        paths=["config/runtime.exs", "config/prod.exs", "config/config.exs"],
        wraps=['''import Config

config :@svc@, @Svc@.Repo,
  pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

config :@svc@, @Svc@.Client,
  base_url: "https://api.@host@",
@DECLS@
  timeout: @timeout@_000
'''],
        const=lambda n, v: "  %s: %s," % (n.lower(), q2(v)),
        env=lambda n, e: '  %s: System.get_env("%s"),' % (n.lower(), e),
    ),
    "shell": dict(
        paths=["scripts/deploy.sh", "bin/sync-@svc@", "ops/@svc@-backup.sh", "scripts/release.sh"],
        wraps=['''#!/usr/bin/env bash
set -euo pipefail

@DECLS@
API_URL="https://api.@host@/v1"
SERVICE="@svc@"

log() { printf '[%s] %s\\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

log "deploying ${SERVICE} to @region@"
./scripts/build.sh "${SERVICE}"
curl -fsS "${API_URL}/health" >/dev/null
log "done"
'''],
        const=lambda n, v: pick(['%s="%s"' % (U(n), v), 'export %s="%s"' % (U(n), v), "export %s='%s'" % (U(n), v)]),
        env=lambda n, e: pick([': "${%s:?%s must be set}"' % (e, e), '%s="${%s:-}"' % (U(n), e)]),
    ),
    "powershell": dict(
        paths=["scripts/Deploy-@Svc@.ps1", "build/publish.ps1"],
        wraps=['''#Requires -Version 7.0
[CmdletBinding()]
param(
    [string]$Environment = "staging"
)

$ErrorActionPreference = "Stop"
@DECLS@
$BaseUrl = "https://api.@host@"

Write-Host "Deploying @svc@ to $Environment"
Invoke-RestMethod -Uri "$BaseUrl/health" -Method Get | Out-Null
'''],
        const=lambda n, v: "$%s = %s" % (pas(n), q2(v)),
        env=lambda n, e: "$%s = $env:%s" % (pas(n), e),
    ),
    "cpp": dict(
        paths=["src/@svc@/config.cc", "src/@svc@_client.cpp", "include/@svc@/settings.h"],
        wraps=['''#include <cstdlib>
#include <string>

namespace @svc@ {

@DECLS@
static const char* const kBaseUrl = "https://api.@host@";
constexpr int kTimeoutSeconds = @timeout@;

std::string endpoint(const std::string& path) {
    return std::string(kBaseUrl) + "/" + path;
}

}  // namespace @svc@
'''],
        const=lambda n, v: ("static const char* const k%s = %s;" if isinstance(v, str) else "constexpr int k%s = %s;") % (pas(n), q2(v)),
        env=lambda n, e: 'static std::string %s() {\n    const char* v = std::getenv("%s");\n    return v ? std::string(v) : std::string();\n}' % (n.lower(), e),
    ),
    "r": dict(
        paths=["R/@svc@.R", "analysis/load_@svc@.R"],
        wraps=['''library(httr)

@DECLS@
base_url <- "https://api.@host@"

fetch_@svc@ <- function(page = 1) {
  resp <- GET(paste0(base_url, "/@svc@"), query = list(page = page), timeout(@timeout@))
  stop_for_status(resp)
  content(resp, as = "parsed")
}
'''],
        const=lambda n, v: "%s <- %s" % (n.lower(), q2(v) if not isinstance(v, bool) else ("TRUE" if v else "FALSE")),
        env=lambda n, e: '%s <- Sys.getenv("%s")' % (n.lower(), e),
    ),
    "lua": dict(
        paths=["lua/@svc@/config.lua", "src/@svc@.lua"],
        wraps=['''local http = require("socket.http")

@DECLS@
local M = {}
M.base_url = "https://api.@host@"
M.timeout = @timeout@

function M.endpoint(path)
  return M.base_url .. "/" .. path
end

return M
'''],
        const=lambda n, v: "local %s = %s" % (n.lower(), q2(v)),
        env=lambda n, e: 'local %s = os.getenv("%s")' % (n.lower(), e),
    ),
    "perl": dict(
        paths=["script/@svc@_sync.pl", "lib/@Svc@/Config.pm"],
        wraps=['''#!/usr/bin/env perl
use strict;
use warnings;
use LWP::UserAgent;

@DECLS@
my $base_url = 'https://api.@host@';
my $ua = LWP::UserAgent->new(timeout => @timeout@);

my $res = $ua->get("$base_url/health");
die $res->status_line unless $res->is_success;
'''],
        const=lambda n, v: "my $%s = %s;" % (n.lower(), q1(v)),
        env=lambda n, e: "my $%s = $ENV{%s};" % (n.lower(), e),
    ),
}
CODE_LANGS = list(LANGS)


def code_file(lang, ctx, decl_lines):
    spec = LANGS[lang]
    path = T(pick(spec["paths"]), ctx)
    body = T(pick(spec["wraps"]), ctx, "\n".join(decl_lines))
    return path, body


def code_const(lang, ctx, pairs, comment=None):
    """pairs: [(snake_name, value)] -> (path, content)"""
    spec = LANGS[lang]
    decls = [spec["const"](n, v) for n, v in pairs]
    if comment:
        decls.insert(0, comment_line(lang, comment))
    return code_file(lang, ctx, decls)


def code_env(lang, ctx, pairs):
    spec = LANGS[lang]
    return code_file(lang, ctx, [spec["env"](n, e) for n, e in pairs])


def comment_line(lang, text):
    c = {"python": "#", "ruby": "#", "shell": "#", "powershell": "#", "r": "#", "perl": "#", "elixir": "  #",
         "lua": "--", "java": "    //", "csharp": "        //", "swift": "    //", "scala": "  //",
         "php": "    //"}.get(lang, "//")
    return c + " " + text


# ----------------------------------------------------------------- config serializers
YAML_SPECIAL = re.compile(r"[:#{}\[\],&*!|>'\"%@`]")


def y_scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if is_num(v):
        return str(v)
    s = str(v)
    if (s == "" or YAML_SPECIAL.search(s) or s.strip() != s or s.lower() in
            ("true", "false", "null", "yes", "no", "on", "off", "~") or re.match(r"^[\d.+\-?]", s)):
        return json.dumps(s)
    return s


def base_config(ctx):
    svc = ctx["svc"]
    cfg = {
        "server": {"host": "0.0.0.0", "port": ctx["port"], "read_timeout": ctx["timeout"]},
        "logging": {"level": pick(["info", "debug", "warn"]), "format": pick(["json", "text"])},
        "database": {"host": "%s-db.internal" % svc, "port": pick([5432, 3306]), "name": svc,
                     "user": svc + "_app", "pool_size": pick([5, 10, 20])},
        "cache": {"ttl_seconds": pick([60, 300, 900]), "max_entries": pick([1000, 10000])},
    }
    keep = picks(list(cfg), 2, 4)
    return {k: cfg[k] for k in cfg if k in keep}


def cfg_insert(cfg, section, key, value):
    cfg.setdefault(section, {})
    items = list(cfg[section].items())
    pos = R.randint(0, len(items))
    items.insert(pos, (key, value))
    cfg[section] = dict(items)
    # move the section to a random position
    secs = [(k, v) for k, v in cfg.items() if k != section]
    secs.insert(R.randint(0, len(secs)), (section, cfg[section]))
    cfg.clear()
    cfg.update(secs)
    return cfg


def ser_yaml(cfg):
    out = []
    for s, kv in cfg.items():
        out.append("%s:" % s)
        for k, v in kv.items():
            out.append("  %s: %s" % (k, y_scalar(v)))
        out.append("")
    return "\n".join(out)


def ser_json(cfg):
    return json.dumps(cfg, indent=2) + "\n"


def ser_toml(cfg):
    out = []
    for s, kv in cfg.items():
        out.append("[%s]" % s)
        for k, v in kv.items():
            out.append("%s = %s" % (k, json.dumps(v) if not isinstance(v, bool) else q2(v)))
        out.append("")
    return "\n".join(out)


def ser_ini(cfg):
    out = []
    for s, kv in cfg.items():
        out.append("[%s]" % s)
        for k, v in kv.items():
            out.append("%s = %s" % (k, q2(v) if isinstance(v, bool) else v))
        out.append("")
    return "\n".join(out)


def ser_env(cfg):
    out = []
    for s, kv in cfg.items():
        out.append("# %s" % s)
        for k, v in kv.items():
            v = q2(v) if isinstance(v, bool) else str(v)
            if " " in v:
                v = '"%s"' % v
            out.append("%s_%s=%s" % (s.upper(), k.upper(), v))
        out.append("")
    return "\n".join(out)


def ser_props(cfg, prefix="app"):
    out = []
    for s, kv in cfg.items():
        for k, v in kv.items():
            out.append("%s.%s.%s=%s" % (prefix, s, k.replace("_", "-"), q2(v) if isinstance(v, bool) else v))
        out.append("")
    return "\n".join(out)


def ser_xml(cfg):
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>"]
    for s, kv in cfg.items():
        for k, v in kv.items():
            out.append('    <add key="%s:%s" value="%s" />' % (pas(s), pas(k), q2(v) if isinstance(v, bool) else v))
    out += ["  </appSettings>", "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />',
            "  </system.web>", "</configuration>", ""]
    return "\n".join(out)


def ser_tfvars(cfg):
    out = []
    for s, kv in cfg.items():
        for k, v in kv.items():
            out.append("%s_%s = %s" % (s, k, json.dumps(v) if not isinstance(v, bool) else q2(v)))
    return "\n".join(out) + "\n"


CFG_FORMATS = {
    "yaml": (ser_yaml, ["config/application.yml", "config/settings.yaml", "config/@svc@.yaml", "app.yaml",
                        "deploy/@svc@/config.yml"]),
    "json": (ser_json, ["config/default.json", "appsettings.json", "config/production.json", "settings.json",
                        "src/config/@svc@.json"]),
    "toml": (ser_toml, ["config.toml", "config/@svc@.toml", "settings.toml"]),
    "ini": (ser_ini, ["config.ini", "@svc@.conf", "settings.ini", "etc/@svc@/@svc@.cfg"]),
    "dotenv": (ser_env, [".env", ".env.production", ".env.local", "deploy/@svc@.env", "docker/@svc@.env"]),
    "properties": (ser_props, ["src/main/resources/application.properties", "config/app.properties",
                               "src/main/resources/application-prod.properties"]),
    "xml": (ser_xml, ["Web.config", "App.config", "src/@Svc@.Web/Web.config"]),
    "tfvars": (ser_tfvars, ["terraform.tfvars", "envs/prod.tfvars", "infra/@svc@/terraform.tfvars"]),
}
CFG_NAMES = list(CFG_FORMATS)


def config_file(fmt, ctx, section, key, value, path=None):
    ser, paths = CFG_FORMATS[fmt]
    cfg = cfg_insert(base_config(ctx), section, key, value)
    return T(path or pick(paths), ctx), ser(cfg)


# ----------------------------------------------------------------- special single-key hosts
BASE_IMAGES = ["python:3.12-slim", "node:20-alpine", "golang:1.22-bookworm", "eclipse-temurin:21-jre",
               "ruby:3.3-slim", "php:8.3-fpm-alpine", "mcr.microsoft.com/dotnet/aspnet:8.0"]


def fill(tpl, ctx, **kw):
    s = T(tpl, ctx)
    val = kw.pop("VAL", None)
    for k, v in kw.items():
        s = s.replace("@" + k + "@", str(v))
    if val is not None:
        s = s.replace("@VAL@", val)
    return s


SPECIAL_TPL = {
    "dockerfile": (["Dockerfile", "docker/@svc@.Dockerfile", "services/@svc@/Dockerfile"], '''FROM @IMG@

WORKDIR /app
COPY . .
RUN ./scripts/install-deps.sh

ENV APP_ENV=production \\
    PORT=@port@ \\
    @ENV@=@VAL@

EXPOSE @port@
CMD ["./bin/start", "--service", "@svc@"]
'''),
    "github-actions": ([".github/workflows/deploy.yml", ".github/workflows/release.yml", ".github/workflows/nightly.yml"], '''name: Deploy @svc@

on:
  push:
    branches: [main]
  workflow_dispatch:

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_REGION: @region@
      @ENV@: @VAL@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm run build
      - run: npm run deploy -- --service @svc@
'''),
    "gitlab-ci": ([".gitlab-ci.yml"], '''stages:
  - test
  - deploy

variables:
  DOCKER_DRIVER: overlay2
  @ENV@: "@VAL@"

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test

deploy:
  stage: deploy
  image: alpine:3.19
  script:
    - ./scripts/deploy.sh @svc@
  only:
    - main
'''),
    "docker-compose": (["docker-compose.yml", "compose.yaml", "deploy/docker-compose.prod.yml"], '''services:
  @svc@:
    build: .
    ports:
      - "@port@:@port@"
    environment:
      APP_ENV: production
      @ENV@: @VAL@
    depends_on:
      - redis
    restart: unless-stopped

  redis:
    image: redis:7-alpine
    volumes:
      - redis-data:/data

volumes:
  redis-data:
'''),
    "k8s": (["k8s/@svc@-deployment.yaml", "deploy/k8s/deployment.yaml", "manifests/@svc@.yaml"], '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: @svc@
  labels:
    app: @svc@
spec:
  replicas: 2
  selector:
    matchLabels:
      app: @svc@
  template:
    metadata:
      labels:
        app: @svc@
    spec:
      containers:
        - name: @svc@
          image: ghcr.io/@org@/@svc@:@ver@
          ports:
            - containerPort: @port@
          env:
            - name: LOG_LEVEL
              value: info
            - name: @ENV@
              value: "@VAL@"
          resources:
            limits:
              memory: 512Mi
'''),
    "markdown": (["README.md", "docs/setup.md", "docs/runbooks/@svc@.md", "CONTRIBUTING.md"], '''# @Svc@ service

Handles @svc@ for the @Org@ platform.

## Local development

1. Install dependencies with `make deps`.
2. Export the credentials used by the integration tests:

```bash
export @ENV@=@VAL@
```

3. Start the service with `make run` and open http://localhost:@port@.

## Deploying

Merges to `main` are deployed automatically by CI.
'''),
    "makefile": (["Makefile"], '''SERVICE := @svc@
REGION  ?= @region@
@ENV@ ?= @VAL@

.PHONY: build test deploy

build:
\tgo build -o bin/$(SERVICE) ./cmd/$(SERVICE)

test:
\tgo test ./...

deploy: build
\t@ENV@=$(@ENV@) ./scripts/deploy.sh $(SERVICE) $(REGION)
'''),
    "sql": (["db/seeds/integrations.sql", "migrations/20240312_seed_@svc@.sql", "sql/seed.sql"], '''-- Seed data for the @svc@ integration
BEGIN;

INSERT INTO integrations (id, name, provider, credential, enabled, created_at) VALUES
  (1, '@svc@-primary', '@PROV@', '@VAL@', TRUE, NOW());

INSERT INTO integration_settings (integration_id, key, value) VALUES
  (1, 'region', '@region@'),
  (1, 'timeout_seconds', '@timeout@');

COMMIT;
'''),
    "log": (["logs/@svc@.log", "debug.log", "tmp/@svc@-debug.log"], '''@T1@ INFO  [main] starting @svc@ version=@ver@ pid=@PID@
@T1@ INFO  [main] listening on 0.0.0.0:@port@
@T2@ DEBUG [config] resolved settings: region=@region@ timeout=@timeout@ @ENVL@=@VAL@
@T2@ INFO  [worker-1] processed batch size=250 duration_ms=@MS@
@T3@ WARN  [worker-2] retrying request attempt=2 status=503
@T3@ INFO  [worker-1] processed batch size=250 duration_ms=@MS@
'''),
    "jenkinsfile": (["Jenkinsfile", "ci/Jenkinsfile"], '''pipeline {
    agent any

    environment {
        SERVICE = '@svc@'
        @ENV@ = '@VAL@'
    }

    stages {
        stage('Build') {
            steps {
                sh './gradlew build'
            }
        }
        stage('Deploy') {
            when { branch 'main' }
            steps {
                sh './scripts/deploy.sh ${SERVICE}'
            }
        }
    }
}
'''),
    "terraform": (["main.tf", "infra/@svc@/variables.tf", "terraform/@svc@.tf"], '''terraform {
  required_version = ">= 1.5"
}

variable "region" {
  type    = string
  default = "@region@"
}

variable "@ENVL@" {
  type    = string
  default = "@VAL@"
}

module "@svc@" {
  source = "./modules/service"
  name   = "@svc@"
  region = var.region
  secret = var.@ENVL@
}
'''),
}
SPECIAL_HOSTS = list(SPECIAL_TPL) + ["notebook"]


def notebook(cells):
    nb = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                    "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    for i, c in enumerate(cells):
        if isinstance(c, tuple) and c[0] == "md":
            nb["cells"].append({"cell_type": "markdown", "id": rhex(8), "metadata": {},
                                "source": [l + "\n" for l in c[1].split("\n")]})
        else:
            src, outputs = (c if isinstance(c, tuple) else (c, []))
            lines = src.split("\n")
            nb["cells"].append({"cell_type": "code", "execution_count": i + 1, "id": rhex(8), "metadata": {},
                                "outputs": outputs,
                                "source": [l + "\n" for l in lines[:-1]] + [lines[-1]]})
    return json.dumps(nb, indent=1) + "\n"


def special_file(host, ctx, env, val, prov="generic"):
    if host == "notebook":
        path = T(pick(["notebooks/@svc@_exploration.ipynb", "analysis/@svc@-report.ipynb", "notebooks/eda.ipynb"]), ctx)
        content = notebook([("md", "# %s data exploration" % ctx["Svc"]),
                            "import os\nimport pandas as pd\n\nos.environ[\"%s\"] = \"%s\"" % (env, val),
                            "df = pd.read_parquet(\"data/%s.parquet\")\ndf.head()" % ctx["svc"],
                            "df.groupby(\"region\").size()"])
        return path, content
    paths, tpl = SPECIAL_TPL[host]
    t1, t2, t3 = ts_seq(3)
    if host in ("docker-compose", "github-actions"):
        val = y_scalar(val)
    return fill(pick(paths), ctx), fill(tpl, ctx, ENV=env, ENVL=env.lower(), PROV=prov, IMG=pick(BASE_IMAGES),
                                      T1=t1, T2=t2, T3=t3, PID=R.randint(100, 40000),
                                      MS=R.randint(20, 900), VAL=val)


def host_file(ctx, env, section, key, val, prov, hosts=None, weights=(45, 30, 25)):
    """Render a single NAME=value into a random host. Returns (path, content, filetype)."""
    cls = R.choices(["code", "cfg", "special"], weights=weights)[0]
    if hosts:
        h = pick(hosts)
    elif cls == "code":
        h = pick(CODE_LANGS)
    elif cls == "cfg":
        h = pick(CFG_NAMES)
    else:
        h = pick(SPECIAL_HOSTS)
    if h in LANGS:
        p, c = code_const(h, ctx, [(env.lower(), val)])
    elif h in CFG_FORMATS:
        p, c = config_file(h, ctx, section, key, val)
    else:
        p, c = special_file(h, ctx, env, val, prov)
    return p, c, h


# ----------------------------------------------------------------- credential value generators
def gh(prefix):
    body = rsm(30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def v_openai():
    if R.random() < 0.6:
        return "sk-proj-" + rsm(74, B64U) + "T3BlbkFJ" + rsm(74, B64U)
    return "sk-" + rsm(20) + "T3BlbkFJ" + rsm(20)


def v_stripe(prefix):
    if R.random() < 0.5:
        return prefix + rsm(24)
    return prefix + "51" + rsm(12) + rsm(85)


def _varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def v_pypi():
    def fld(t, d):
        return bytes([t]) + _varint(len(d)) + d
    cav = json.dumps({"version": 1, "permissions": {"projects": [pick(SVCS) + "-client"]}}).encode()
    body = (b"\x02" + fld(1, b"pypi.org") + fld(2, ("{\"version\":1,\"uuid\":\"%s\"}" % ruuid()).encode()) + b"\x00" +
            fld(2, cav) + b"\x00" + fld(2, ("{\"nbf\":%d,\"exp\":%d}" % (1710000000, 1900000000)).encode()) + b"\x00" +
            b"\x00" + fld(6, rb(32)))
    return "pypi-" + b64u(body)


def v_discord():
    uid = snowflake()
    return b64(uid.encode()).rstrip("=") + "." + rsm(6, B64U) + "." + rsm(38, B64U)


def jwt(header, payload, nsig):
    enc = lambda d: b64u(json.dumps(d, separators=(",", ":")).encode())
    return enc(header) + "." + enc(payload) + "." + b64u(rb(nsig))


def v_supabase():
    iat = R.randint(1690000000, 1730000000)
    return jwt({"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": rs(20, LO), "role": "service_role",
                                                "iat": iat, "exp": iat + 315360000}, 32)


def v_k8s_sa():
    ns = pick(SVCS)
    return jwt({"alg": "RS256", "kid": rsm(43, B64U)},
               {"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": 2000000000, "iat": 1700000000,
                "iss": "https://kubernetes.default.svc.cluster.local",
                "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": "deployer", "uid": ruuid()}},
                "sub": "system:serviceaccount:%s:deployer" % ns}, 256)


def v_password():
    c = R.random()
    if c < 0.45:
        return rsm(R.randint(16, 28), ALNUM + "!*-_+.~^")
    if c < 0.75:
        w = R.sample(WORDS, 3)
        return "%s-%s-%s-%d" % (w[0].title(), w[1], w[2].title(), R.randint(10, 9999))
    return rsm(R.randint(20, 32))


def v_url_password():
    return rsm(R.randint(14, 26), ALNUM + "-_.~")


def v_django():
    return rs(50, LO + DG + "!@#%^&*-_=+")


def v_azure_secret():
    return rsm(3) + pick(DG) + "Q~" + rsm(34, ALNUM + "~._-")


def v_tw_bearer():
    return "A" * 22 + rsm(20) + "%2F" + rsm(12) + "%3D" + rsm(50)


def v_mapbox():
    return "sk." + b64u(json.dumps({"u": pick(ORGS), "a": rs(25, LO + DG)}, separators=(",", ":")).encode()) + "." + rsm(22, B64U)


# kind, provider, value fn, ENV name, (section, key), hosts restriction or None
GENERIC_POS = [
    ("github_pat_classic", "github", lambda: gh("ghp_"), "GITHUB_TOKEN", ("github", "token"), None),
    ("github_oauth_token", "github", lambda: gh("gho_"), "GH_OAUTH_TOKEN", ("github", "oauth_token"), None),
    ("github_app_token", "github", lambda: gh(pick(["ghs_", "ghu_"])), "GH_APP_INSTALL_TOKEN", ("github", "installation_token"), None),
    ("github_fine_grained_pat", "github", lambda: "github_pat_11" + rsm(20, UP + DG) + "_" + rsm(59), "GITHUB_PAT", ("github", "pat"), None),
    ("gitlab_pat", "gitlab", lambda: "glpat-" + rsm(20, ALNUM + "-_"), "GITLAB_TOKEN", ("gitlab", "private_token"), None),
    ("slack_bot_token", "slack", lambda: "xoxb-%s-%s-%s" % (rs(1, "123456789") + rs(10, DG), rs(1, "123456789") + rs(12, DG), rsm(24)), "SLACK_BOT_TOKEN", ("slack", "bot_token"), None),
    ("slack_user_token", "slack", lambda: "xoxp-%s-%s-%s-%s" % (rs(11, DG), rs(11, DG), rs(13, DG), rhex(32)), "SLACK_USER_TOKEN", ("slack", "user_token"), None),
    ("slack_webhook", "slack", lambda: "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, UP + DG), rs(10, UP + DG), rsm(24)), "SLACK_WEBHOOK_URL", ("alerts", "slack_webhook_url"), None),
    ("stripe_secret_key", "stripe", lambda: v_stripe("sk_live_"), "STRIPE_SECRET_KEY", ("stripe", "secret_key"), None),
    ("stripe_restricted_key", "stripe", lambda: v_stripe("rk_live_"), "STRIPE_RESTRICTED_KEY", ("stripe", "restricted_key"), None),
    ("stripe_webhook_secret", "stripe", lambda: "whsec_" + rsm(32), "STRIPE_WEBHOOK_SECRET", ("stripe", "webhook_secret"), None),
    ("google_api_key", "google", lambda: "AIzaSy" + rsm(33, ALNUM + "-_"), "GOOGLE_API_KEY", ("google", "api_key"), None),
    ("twilio_auth_token", "twilio", lambda: rhex(32), "TWILIO_AUTH_TOKEN", ("twilio", "auth_token"), None),
    ("sendgrid_api_key", "sendgrid", lambda: "SG." + rsm(22, B64U) + "." + rsm(43, B64U), "SENDGRID_API_KEY", ("mail", "sendgrid_api_key"), None),
    ("mailgun_api_key", "mailgun", lambda: "key-" + rhex(32), "MAILGUN_API_KEY", ("mail", "mailgun_api_key"), None),
    ("openai_api_key", "openai", v_openai, "OPENAI_API_KEY", ("openai", "api_key"), None),
    ("anthropic_api_key", "anthropic", lambda: "sk-ant-api03-" + rsm(93, B64U) + "AA", "ANTHROPIC_API_KEY", ("llm", "anthropic_api_key"), None),
    ("npm_token", "npm", lambda: gh("npm_"), "NPM_TOKEN", ("npm", "token"), None),
    ("pypi_token", "pypi", v_pypi, "PYPI_API_TOKEN", ("publish", "pypi_token"), None),
    ("huggingface_token", "huggingface", lambda: "hf_" + rsm(34, UP + LO), "HF_TOKEN", ("huggingface", "token"), None),
    ("digitalocean_token", "digitalocean", lambda: "dop_v1_" + rhex(64), "DIGITALOCEAN_TOKEN", ("digitalocean", "token"), None),
    ("shopify_access_token", "shopify", lambda: "shpat_" + rhex(32), "SHOPIFY_ACCESS_TOKEN", ("shopify", "access_token"), None),
    ("vault_token", "hashicorp-vault", lambda: "hvs." + (rsm(24) if R.random() < 0.4 else "CAESI" + rsm(86, B64U)), "VAULT_TOKEN", ("vault", "token"), None),
    ("doppler_token", "doppler", lambda: "dp.st.%s.%s" % (pick(["prd", "stg", "dev"]), rsm(40)), "DOPPLER_TOKEN", ("doppler", "service_token"), None),
    ("linear_api_key", "linear", lambda: "lin_api_" + rsm(40), "LINEAR_API_KEY", ("linear", "api_key"), None),
    ("discord_bot_token", "discord", v_discord, "DISCORD_BOT_TOKEN", ("discord", "bot_token"), None),
    ("telegram_bot_token", "telegram", lambda: "%d:AA%s" % (R.randint(1000000000, 7999999999), rsm(33, B64U)), "TELEGRAM_BOT_TOKEN", ("telegram", "bot_token"), None),
    ("square_access_token", "square", lambda: "EAAA" + rsm(60, B64U), "SQUARE_ACCESS_TOKEN", ("square", "access_token"), None),
    ("mailchimp_api_key", "mailchimp", lambda: rhex(32) + "-us" + str(R.randint(2, 21)), "MAILCHIMP_API_KEY", ("mailchimp", "api_key"), None),
    ("databricks_token", "databricks", lambda: "dapi" + rhex(32), "DATABRICKS_TOKEN", ("databricks", "token"), None),
    ("okta_api_token", "okta", lambda: "00" + rsm(40, B64U), "OKTA_API_TOKEN", ("okta", "api_token"), None),
    ("terraform_cloud_token", "terraform-cloud", lambda: rsm(14) + ".atlasv1." + rsm(67), "TFE_TOKEN", ("terraform", "api_token"), None),
    ("grafana_sa_token", "grafana", lambda: "glsa_" + rsm(32) + "_" + rhex(8), "GRAFANA_SA_TOKEN", ("grafana", "service_account_token"), None),
    ("newrelic_user_key", "newrelic", lambda: "NRAK-" + rsm(27, UP + DG), "NEW_RELIC_API_KEY", ("newrelic", "api_key"), None),
    ("pulumi_token", "pulumi", lambda: "pul-" + rhex(40), "PULUMI_ACCESS_TOKEN", ("pulumi", "access_token"), None),
    ("sentry_user_token", "sentry", lambda: "sntryu_" + rhex(64), "SENTRY_AUTH_TOKEN", ("sentry", "auth_token"), None),
    ("postman_api_key", "postman", lambda: "PMAK-" + rhex(24) + "-" + rhex(34), "POSTMAN_API_KEY", ("postman", "api_key"), None),
    ("azure_client_secret", "azure", v_azure_secret, "AZURE_CLIENT_SECRET", ("azure", "client_secret"), None),
    ("cloudflare_api_token", "cloudflare", lambda: rsm(40, ALNUM + "-_"), "CLOUDFLARE_API_TOKEN", ("cloudflare", "api_token"), None),
    ("heroku_api_key", "heroku", ruuid, "HEROKU_API_KEY", ("heroku", "api_key"), None),
    ("datadog_api_key", "datadog", lambda: rhex(32), "DD_API_KEY", ("datadog", "api_key"), None),
    ("datadog_app_key", "datadog", lambda: rhex(40), "DD_APP_KEY", ("datadog", "app_key"), None),
    ("algolia_admin_key", "algolia", lambda: rhex(32), "ALGOLIA_ADMIN_API_KEY", ("search", "algolia_admin_key"), None),
    ("fcm_server_key", "firebase", lambda: "AAAA" + rsm(7, B64U) + ":APA91b" + rsm(134, B64U), "FCM_SERVER_KEY", ("push", "fcm_server_key"), None),
    ("mapbox_secret_token", "mapbox", v_mapbox, "MAPBOX_SECRET_TOKEN", ("maps", "mapbox_secret_token"), None),
    ("twitter_bearer_token", "twitter", v_tw_bearer, "TWITTER_BEARER_TOKEN", ("twitter", "bearer_token"), None),
    ("atlassian_api_token", "atlassian", lambda: "ATATT3xFfGF0" + rsm(170, B64U) + "=" + rs(8, HEXU), "JIRA_API_TOKEN", ("jira", "api_token"), None),
    ("alibaba_access_key_secret", "alibaba", lambda: rsm(30), "ALIBABA_CLOUD_ACCESS_KEY_SECRET", ("aliyun", "access_key_secret"), None),
    ("supabase_service_role_key", "supabase", v_supabase, "SUPABASE_SERVICE_ROLE_KEY", ("supabase", "service_role_key"), None),
    ("k8s_sa_token", "kubernetes", v_k8s_sa, "KUBE_TOKEN", ("kubernetes", "token"), None),
    ("jwt_signing_secret", "generic", lambda: pick([rhex(64), b64(rb(48))]), "JWT_SECRET", ("auth", "jwt_secret"), None),
    ("session_secret", "generic", lambda: rsm(48), "SESSION_SECRET", ("server", "session_secret"), None),
    ("encryption_key", "generic", lambda: b64(rb(32)), "DATA_ENCRYPTION_KEY", ("crypto", "encryption_key"), None),
    ("django_secret_key", "django", v_django, "DJANGO_SECRET_KEY", ("django", "secret_key"), ["python", "dotenv", "yaml", "json", "docker-compose", "k8s"]),
    ("rails_secret_key_base", "rails", lambda: rhex(128), "SECRET_KEY_BASE", ("rails", "secret_key_base"), None),
    ("db_password", "generic", v_password, "DB_PASSWORD", ("database", "password"), None),
    ("smtp_password", "generic", v_password, "SMTP_PASSWORD", ("mail", "smtp_password"), None),
    ("admin_password", "generic", v_password, "ADMIN_PASSWORD", ("admin", "password"), None),
    ("ldap_bind_password", "generic", v_password, "LDAP_BIND_PASSWORD", ("ldap", "bind_password"), None),
    ("redis_password", "generic", v_password, "REDIS_PASSWORD", ("cache", "redis_password"), None),
]


def pos_generic(ctx, entry):
    kind, prov, fn, env, (sec, key), hosts = entry
    val = fn()
    if "%" in val or "'" in val:   # keep escaping trivial in every host
        hosts = hosts or [h for h in CODE_LANGS if h not in ("php", "perl")] + ["yaml", "json", "dotenv"]
    p, c, ft = host_file(ctx, env, sec, key, val, prov, hosts)
    return dict(path=p, content=c, provider=prov, kind=kind, filetype=ft, needle=val)


# ----------------------------------------------------------------- special positives
def aws_pair():
    return "AKIA" + rsm(16, UP + "234567"), rsm(40, B64C)


def pos_aws_pair(ctx):
    kid, sec = aws_pair()
    h = pick(["credentials", "boto", "env", "code", "terraform", "yaml", "gha"])
    if h == "credentials":
        p = pick([".aws/credentials", "deploy/aws-credentials", "ci/aws/credentials"])
        c = "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = %s\n\n[%s-readonly]\nrole_arn = arn:aws:iam::%s:role/ReadOnly\nsource_profile = default\n" % (
            kid, sec, ctx["region"], ctx["svc"], rs(12, DG))
        ft = "ini"
    elif h == "boto":
        p = T("scripts/upload_@svc@_reports.py", ctx)
        c = T('''import boto3

s3 = boto3.client(
    "s3",
    region_name="@region@",
    aws_access_key_id="%s",
    aws_secret_access_key="%s",
)


def upload(path, key):
    s3.upload_file(path, "@org@-@svc@-reports", key)
''' % (kid, sec), ctx)
        ft = "python"
    elif h == "env":
        p = pick([".env", ".env.production", "deploy/.env"])
        c = "APP_ENV=production\nAWS_REGION=%s\nAWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\nS3_BUCKET=%s-%s-assets\n" % (
            ctx["region"], kid, sec, ctx["org"], ctx["svc"])
        ft = "dotenv"
    elif h == "code":
        lang = pick(CODE_LANGS)
        p, c = code_const(lang, ctx, [("aws_access_key_id", kid), ("aws_secret_access_key", sec)])
        ft = lang
    elif h == "terraform":
        p = pick(["provider.tf", "infra/providers.tf"])
        c = 'provider "aws" {\n  region     = "%s"\n  access_key = "%s"\n  secret_key = "%s"\n\n  default_tags {\n    tags = {\n      Service = "%s"\n    }\n  }\n}\n' % (
            ctx["region"], kid, sec, ctx["svc"])
        ft = "terraform"
    elif h == "yaml":
        p, c = config_file("yaml", ctx, "aws", "access_key_id", kid)
        c = c.replace("  access_key_id: %s\n" % kid, "  access_key_id: %s\n  secret_access_key: %s\n" % (kid, sec))
        ft = "yaml"
    else:
        p, c = special_file("github-actions", ctx, "AWS_ACCESS_KEY_ID", kid)
        c = c.replace("      AWS_ACCESS_KEY_ID: %s\n" % kid, "      AWS_ACCESS_KEY_ID: %s\n      AWS_SECRET_ACCESS_KEY: %s\n" % (kid, sec))
        ft = "github-actions"
    return dict(path=p, content=c, provider="aws", kind="aws_access_key_pair", filetype=ft, needle=kid)


def pos_aws_secret_only(ctx):
    _, sec = aws_pair()
    lang = pick(["python", "javascript", "go", "java", "ruby"])
    if lang == "python":
        p = T("@svc@/storage.py", ctx)
        c = T('''import os

import boto3

session = boto3.session.Session(
    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
    aws_secret_access_key="%s",
    region_name="@region@",
)
s3 = session.client("s3")
''' % sec, ctx)
    elif lang == "javascript":
        p = "src/storage/s3.js"
        c = T('''const { S3Client } = require('@aws-sdk/client-s3');

const s3 = new S3Client({
  region: '@region@',
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID,
    secretAccessKey: '%s',
  },
});

module.exports = s3;
''' % sec, ctx)
    else:
        p, c = code_const(lang, ctx, [("aws_secret_access_key", sec)])
    return dict(path=p, content=c, provider="aws", kind="aws_secret_access_key", filetype=lang, needle=sec)


def der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return b"\x81" + bytes([n])
    return b"\x82" + struct.pack(">H", n)


def pem_private():
    t = pick(["rsa", "rsa", "pkcs8", "ec", "openssh"])
    if t == "rsa":
        der = bytes.fromhex("308204a40201000282010100") + rb(1180)
        hdr = "RSA PRIVATE KEY"
        ll = 64
    elif t == "pkcs8":
        der = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100") + rb(1180)
        hdr = "PRIVATE KEY"
        ll = 64
    elif t == "ec":
        der = bytes.fromhex("30770201010420") + rb(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rb(64)
        hdr = "EC PRIVATE KEY"
        ll = 64
    else:
        def sstr(b):
            return struct.pack(">I", len(b)) + b
        pk = rb(32)
        pub = sstr(b"ssh-ed25519") + sstr(pk)
        chk = rb(4)
        priv = chk + chk + sstr(b"ssh-ed25519") + sstr(pk) + sstr(rb(32) + pk) + sstr(("%s@%s" % (pick(FIRST), pick(["laptop", "build-01", "bastion"]))).encode())
        i = 1
        while len(priv) % 8:
            priv += bytes([i])
            i += 1
        der = b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"") + struct.pack(">I", 1) + sstr(pub) + sstr(priv)
        hdr = "OPENSSH PRIVATE KEY"
        ll = 70
    body = lines_of(b64(der), ll)
    begin = "-----BEGIN %s-----" % hdr
    return begin, "\n".join([begin] + body + ["-----END %s-----" % hdr]) + "\n", t


def pos_private_key(ctx):
    begin, pem, t = pem_private()
    h = pick(["file", "file", "yaml", "python", "markdown", "terraform", "js"])
    if h == "file":
        if t == "openssh":
            p = pick(["deploy/id_ed25519", ".ssh/deploy_key", "ci/keys/deploy_key"])
        else:
            p = pick(["certs/server.key", "config/jwt/private.pem", "keys/%s-signing.pem" % ctx["svc"], "github-app.private-key.pem", "nginx/ssl/%s.key" % ctx["host"]])
        c, ft = pem, "pem"
    elif h == "yaml":
        p = T("k8s/@svc@-tls.yaml", ctx)
        ind = "\n".join("    " + l for l in pem.rstrip("\n").split("\n"))
        c = T("apiVersion: v1\nkind: Secret\nmetadata:\n  name: @svc@-tls\n  namespace: @svc@\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n", ctx) + ind + "\n"
        ft = "yaml"
    elif h == "python":
        p = T("tests/fixtures/@svc@_keys.py" if R.random() < 0.3 else "@svc@/signing.py", ctx)
        c = 'import jwt\n\nPRIVATE_KEY = """' + pem + '"""\n\n\ndef sign(claims: dict) -> str:\n    return jwt.encode(claims, PRIVATE_KEY, algorithm="%s")\n' % ("ES256" if t == "ec" else "RS256")
        ft = "python"
    elif h == "js":
        p = "src/auth/keys.js"
        c = "const PRIVATE_KEY = `" + pem + "`;\n\nmodule.exports = { PRIVATE_KEY };\n"
        ft = "javascript"
    elif h == "markdown":
        p = T("docs/runbooks/@svc@-access.md", ctx)
        c = T("# Access to the @svc@ bastion\n\nSave the key below as `~/.ssh/@svc@_bastion` and run `chmod 600` on it.\n\n```\n", ctx) + pem + T("```\n\nThen connect with `ssh -i ~/.ssh/@svc@_bastion ops@bastion.@host@`.\n", ctx)
        ft = "markdown"
    else:
        p = T("infra/@svc@/tls.tf", ctx)
        c = T('resource "aws_iam_server_certificate" "@svc@" {\n  name             = "@svc@-cert"\n  certificate_body = file("${path.module}/cert.pem")\n  private_key      = <<EOF\n', ctx) + pem + "EOF\n}\n"
        ft = "terraform"
    return dict(path=p, content=c, provider="private-key", kind="private_key_" + t, filetype=ft, needle=begin)


def pos_gcp_sa(ctx):
    begin, pem, _ = pem_private()
    while not begin.endswith("BEGIN PRIVATE KEY-----"):
        begin, pem, _ = pem_private()
    proj = "%s-%s-%d" % (ctx["org"], pick(["prod", "staging", "data"]), R.randint(100000, 999999))
    email = "%s-sa@%s.iam.gserviceaccount.com" % (ctx["svc"], proj)
    d = {"type": "service_account", "project_id": proj, "private_key_id": rhex(40), "private_key": pem,
         "client_email": email, "client_id": str(R.randint(10 ** 20, 10 ** 21 - 1)),
         "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
         "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
         "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/" + email.replace("@", "%40"),
         "universe_domain": "googleapis.com"}
    p = pick(["credentials/gcp-sa.json", "service-account.json", "config/%s-key.json" % proj, "terraform/gcp-credentials.json"])
    return dict(path=p, content=json.dumps(d, indent=2) + "\n", provider="gcp", kind="gcp_service_account_key",
                filetype="json", needle=begin)


def pos_kubeconfig(ctx):
    cluster = "%s-%s" % (ctx["org"], pick(["prod", "staging", "eks-main"]))
    ca = b64(("-----BEGIN CERTIFICATE-----\n" + "\n".join(lines_of(b64(bytes.fromhex("308203") + rb(700)), 64)) + "\n-----END CERTIFICATE-----\n").encode())
    if R.random() < 0.6:
        cred = v_k8s_sa()
        user = "    token: %s" % cred
    else:
        _, pem, _ = pem_private()
        cert = b64(("-----BEGIN CERTIFICATE-----\n" + "\n".join(lines_of(b64(bytes.fromhex("308202") + rb(500)), 64)) + "\n-----END CERTIFICATE-----\n").encode())
        cred = b64(pem.encode())
        user = "    client-certificate-data: %s\n    client-key-data: %s" % (cert, cred)
    c = """apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: %s
    server: https://%s.%s:6443
  name: %s
contexts:
- context:
    cluster: %s
    namespace: %s
    user: deployer
  name: %s
current-context: %s
users:
- name: deployer
  user:
%s
""" % (ca, rhex(8), ctx["host"], cluster, cluster, ctx["svc"], cluster, cluster, user)
    p = pick(["kubeconfig", "deploy/kubeconfig.yaml", ".kube/config", "ci/%s.kubeconfig" % cluster])
    return dict(path=p, content=c, provider="kubernetes", kind="kubeconfig_credential", filetype="yaml", needle=cred)


def pos_registry_files(ctx):
    h = pick(["npmrc", "pypirc", "dockercfg", "netrc", "gitcreds", "composer", "maven", "gradle", "nuget"])
    user = ctx["user"]
    if h == "npmrc":
        tok = gh("npm_")
        c = "registry=https://registry.npmjs.org/\n@%s:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nsave-exact=true\n" % (ctx["org"], tok)
        return dict(path=".npmrc", content=c, provider="npm", kind="npmrc_auth_token", filetype="npmrc", needle=tok)
    if h == "pypirc":
        tok = v_pypi()
        c = "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = %s\n" % tok
        return dict(path=".pypirc", content=c, provider="pypi", kind="pypirc_token", filetype="ini", needle=tok)
    if h == "dockercfg":
        reg, secret = pick([("registry.gitlab.com", "glpat-" + rsm(20, ALNUM + "-_")), ("ghcr.io", gh("ghp_")),
                            ("https://index.docker.io/v1/", "dckr_pat_" + rsm(27, B64U)), ("%s.azurecr.io" % ctx["org"], v_password())])
        auth = b64(("%s:%s" % (user, secret)).encode())
        c = json.dumps({"auths": {reg: {"auth": auth}}, "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"}}, indent="\t") + "\n"
        return dict(path=pick([".docker/config.json", "ci/docker-config.json"]), content=c, provider="docker",
                    kind="docker_config_auth", filetype="json", needle=auth)
    if h == "netrc":
        tok = gh("ghp_")
        c = "machine github.com\n  login %s\n  password %s\n\nmachine api.%s\n  login %s\n" % (user, tok, ctx["host"], user)
        return dict(path=pick([".netrc", "ci/netrc"]), content=c, provider="github", kind="netrc_password", filetype="netrc", needle=tok)
    if h == "gitcreds":
        tok = pick([gh("ghp_"), "glpat-" + rsm(20, ALNUM + "-_")])
        hostn = "github.com" if tok.startswith("ghp_") else "gitlab.com"
        c = "https://%s:%s@%s\n" % (user, tok, hostn)
        return dict(path=".git-credentials", content=c, provider="github" if "gh" in tok[:3] else "gitlab",
                    kind="git_credentials_url", filetype="git-credentials", needle=tok)
    if h == "composer":
        tok = gh("ghp_")
        c = json.dumps({"github-oauth": {"github.com": tok}}, indent=4) + "\n"
        return dict(path="auth.json", content=c, provider="github", kind="composer_auth_json", filetype="json", needle=tok)
    if h == "maven":
        pw = v_password()
        c = T("""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <servers>
    <server>
      <id>@org@-releases</id>
      <username>deploy</username>
      <password>%s</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>@org@-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.@host@/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""" % pw, ctx)
        return dict(path=pick(["settings.xml", ".mvn/settings.xml", "ci/maven-settings.xml"]), content=c,
                    provider="generic", kind="maven_settings_password", filetype="xml", needle=pw)
    if h == "gradle":
        pw = v_password()
        c = "org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8\norg.gradle.parallel=true\nandroid.useAndroidX=true\nmavenUser=deploy\nmavenPassword=%s\nkotlin.code.style=official\n" % pw
        return dict(path="gradle.properties", content=c, provider="generic", kind="gradle_properties_password",
                    filetype="properties", needle=pw)
    pw = v_password()
    c = T("""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="@org@" value="https://pkgs.@host@/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <@org@>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="%s" />
    </@org@>
  </packageSourceCredentials>
</configuration>
""" % pw, ctx)
    return dict(path="NuGet.Config", content=c, provider="generic", kind="nuget_cleartext_password", filetype="xml", needle=pw)


def pos_db_url(ctx):
    pw = v_url_password()
    scheme, port, dbpath = pick([("postgresql", 5432, "/" + ctx["svc"]), ("postgres", 5432, "/" + ctx["svc"] + "?sslmode=require"),
                                 ("mysql", 3306, "/" + ctx["svc"]), ("mongodb+srv", None, "/%s?retryWrites=true&w=majority" % ctx["svc"]),
                                 ("rediss", 6380, "/0"), ("amqps", 5671, "/%s" % ctx["svc"])])
    user = "" if scheme == "rediss" else ctx["svc"] + "_app"
    hostn = ("cluster0.%s.mongodb.net" % rs(5, LO + DG)) if scheme.startswith("mongo") else "%s-%s.%s.internal" % (ctx["svc"], pick(["db", "primary", "mq", "cache"]), ctx["region"])
    url = "%s://%s:%s@%s%s%s" % (scheme, user, pw, hostn, (":%d" % port) if port else "", dbpath)
    env = {"postgresql": "DATABASE_URL", "postgres": "DATABASE_URL", "mysql": "DATABASE_URL", "mongodb+srv": "MONGODB_URI",
           "rediss": "REDIS_URL", "amqps": "AMQP_URL"}[scheme]
    p, c, ft = host_file(ctx, env, "database" if "URL" in env and "REDIS" not in env else "broker", "url", url, "generic")
    return dict(path=p, content=c, provider="generic", kind="connection_string_password", filetype=ft, needle=pw)


def pos_spring_datasource(ctx):
    pw = v_password()
    c = T("""spring.application.name=@svc@
server.port=@port@
spring.datasource.url=jdbc:postgresql://@svc@-db.internal:5432/@svc@
spring.datasource.username=@svc@_app
spring.datasource.password=%s
spring.jpa.hibernate.ddl-auto=validate
management.endpoints.web.exposure.include=health,info
""" % pw, ctx)
    return dict(path=pick(["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]),
                content=c, provider="generic", kind="spring_datasource_password", filetype="properties", needle=pw)


def pos_wireguard(ctx):
    k = b64(rb(32))
    c = "[Interface]\nAddress = 10.8.0.%d/24\nPrivateKey = %s\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = %s\nAllowedIPs = 10.8.0.0/24, 10.20.0.0/16\nEndpoint = vpn.%s:51820\nPersistentKeepalive = 25\n" % (
        R.randint(2, 200), k, b64(rb(32)), ctx["host"])
    return dict(path=pick(["wg0.conf", "vpn/%s.conf" % ctx["user"], "infra/wireguard/wg0.conf"]), content=c,
                provider="wireguard", kind="wireguard_private_key", filetype="ini", needle=k)


def pos_age_key(ctx):
    k = "AGE-SECRET-KEY-1" + rs(58, BECH.upper())
    c = "# created: %s\n# public key: age1%s\n%s\n" % (ts_iso()[:19] + "Z", rs(58, BECH), k)
    return dict(path=pick(["keys.txt", ".config/sops/age/keys.txt", "secrets/age.key"]), content=c, provider="age",
                kind="age_secret_key", filetype="text", needle=k)


def pos_k8s_secret(ctx):
    pw = v_password()
    enc = b64(pw.encode())
    c = T("""apiVersion: v1
kind: Secret
metadata:
  name: @svc@-db
  namespace: @svc@
  labels:
    app.kubernetes.io/name: @svc@
type: Opaque
data:
  DB_HOST: %s
  DB_USER: %s
  DB_PASSWORD: %s
""" % (b64(("%s-db.internal" % ctx["svc"]).encode()), b64(("%s_app" % ctx["svc"]).encode()), enc), ctx)
    return dict(path=T(pick(["k8s/@svc@-secret.yaml", "deploy/base/secret.yaml", "helm/@svc@/templates/db-secret.yaml"]), ctx),
                content=c, provider="kubernetes", kind="k8s_secret_base64_data", filetype="yaml", needle=enc)


def pos_azure_storage(ctx):
    key = b64(rb(64))
    acct = ctx["org"][:10] + ctx["svc"][:8] + "sa"
    cs = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, key)
    h = pick(["appsettings", "dotenv", "csharp", "python"])
    if h == "appsettings":
        d = {"Logging": {"LogLevel": {"Default": "Information"}}, "AllowedHosts": "*",
             "ConnectionStrings": {"BlobStorage": cs}, "Storage": {"Container": ctx["svc"] + "-uploads"}}
        p, c = "appsettings.Production.json", json.dumps(d, indent=2) + "\n"
    elif h == "dotenv":
        p, c = ".env", "AZURE_STORAGE_CONNECTION_STRING=%s\nAZURE_CONTAINER=%s-uploads\n" % (cs, ctx["svc"])
    else:
        p, c = code_const(h, ctx, [("storage_connection_string", cs)])
    return dict(path=p, content=c, provider="azure", kind="azure_storage_account_key", filetype=h, needle=key)


def pos_basic_auth(ctx):
    secret = v_password()
    enc = b64(("%s:%s" % (pick(["api", "admin", "svc-" + ctx["svc"], ctx["user"]]), secret)).encode())
    h = pick(["python", "javascript", "shell", "http"])
    if h == "python":
        p = T("@svc@/partner_client.py", ctx)
        c = T('''import requests

HEADERS = {
    "Authorization": "Basic %s",
    "Accept": "application/json",
}


def get_orders(since):
    r = requests.get("https://partner.@host@/api/orders", headers=HEADERS, params={"since": since}, timeout=@timeout@)
    r.raise_for_status()
    return r.json()
''' % enc, ctx)
    elif h == "javascript":
        p = "src/partner.js"
        c = T("""export async function getOrders(since) {
  const res = await fetch(`https://partner.@host@/api/orders?since=${since}`, {
    headers: { Authorization: 'Basic %s', Accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`partner api: ${res.status}`);
  return res.json();
}
""" % enc, ctx)
    elif h == "shell":
        p = "scripts/pull-partner-orders.sh"
        c = T('''#!/bin/sh
set -e
curl -fsS -H "Authorization: Basic %s" \\
  "https://partner.@host@/api/orders?since=$(date -u +%%F)" > orders.json
''' % enc, ctx)
    else:
        p = "requests/partner.http"
        c = T("### List orders\nGET https://partner.@host@/api/orders?limit=50\nAuthorization: Basic %s\nAccept: application/json\n" % enc, ctx)
    return dict(path=p, content=c, provider="generic", kind="http_basic_auth_header", filetype=h, needle=enc)


def pos_framework_keys(ctx):
    h = pick(["laravel", "rails_master", "rails_secrets", "django", "flask"])
    if h == "laravel":
        k = "base64:" + b64(rb(32))
        c = T("""APP_NAME=@Svc@
APP_ENV=production
APP_KEY=%s
APP_DEBUG=false
APP_URL=https://@svc@.@host@

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=@svc@
DB_USERNAME=@svc@
DB_PASSWORD=

CACHE_DRIVER=redis
QUEUE_CONNECTION=redis
""" % k, ctx)
        return dict(path=".env", content=c, provider="laravel", kind="laravel_app_key", filetype="dotenv", needle=k[7:])
    if h == "rails_master":
        k = rhex(32)
        return dict(path="config/master.key", content=k, provider="rails", kind="rails_master_key", filetype="text", needle=k)
    if h == "rails_secrets":
        k = rhex(128)
        c = "development:\n  secret_key_base: <%%= ENV['SECRET_KEY_BASE'] %%>\n\nproduction:\n  secret_key_base: %s\n" % k
        return dict(path="config/secrets.yml", content=c, provider="rails", kind="rails_secret_key_base", filetype="yaml", needle=k)
    if h == "django":
        k = v_django()
        c = T('''from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "%s"

DEBUG = False
ALLOWED_HOSTS = ["@svc@.@host@"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "rest_framework",
    "@svc@",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
''' % k, ctx)
        return dict(path="config/settings/production.py", content=c, provider="django", kind="django_secret_key", filetype="python", needle=k)
    k = rhex(64)
    c = T('''from flask import Flask

app = Flask(__name__)
app.config.update(
    SECRET_KEY="%s",
    SESSION_COOKIE_SECURE=True,
    PERMANENT_SESSION_LIFETIME=3600,
)


@app.get("/healthz")
def healthz():
    return {"status": "ok", "service": "@svc@"}
''' % k, ctx)
    return dict(path="app.py", content=c, provider="flask", kind="flask_secret_key", filetype="python", needle=k)


def pos_bearer_usage(ctx):
    """token hard-coded in a curl / http call in docs or scripts"""
    prov, tok, url = pick([("github", gh("ghp_"), "https://api.github.com/repos/@org@/@svc@/releases"),
                           ("openai", v_openai(), "https://api.openai.com/v1/models"),
                           ("gitlab", "glpat-" + rsm(20, ALNUM + "-_"), "https://gitlab.com/api/v4/projects"),
                           ("huggingface", "hf_" + rsm(34, UP + LO), "https://huggingface.co/api/whoami-v2"),
                           ("digitalocean", "dop_v1_" + rhex(64), "https://api.digitalocean.com/v2/droplets")])
    url = T(url, ctx)
    h = pick(["markdown", "shell", "log"])
    if h == "markdown":
        p = pick(["docs/api.md", "README.md", "docs/troubleshooting.md"])
        c = "## Checking access\n\nIf the release job fails, verify the token still works:\n\n```sh\ncurl -H \"Authorization: Bearer %s\" \\\n  -H \"Accept: application/json\" \\\n  %s\n```\n\nA `200` response means the token is valid.\n" % (tok, url)
    elif h == "shell":
        p = T("scripts/check-@svc@.sh", ctx)
        c = "#!/usr/bin/env bash\nset -euo pipefail\n\nresp=$(curl -s -o /dev/null -w '%%{http_code}' -H 'Authorization: Bearer %s' '%s')\necho \"status: ${resp}\"\n" % (tok, url)
    else:
        p = T("logs/@svc@-worker.log", ctx)
        a, b, d = ts_seq(3)
        c = "%s INFO  starting worker\n%s DEBUG http request method=GET url=%s headers={'Accept': 'application/json', 'Authorization': 'Bearer %s'}\n%s INFO  http response status=200 duration_ms=%d\n" % (
            a, b, url, tok, d, R.randint(30, 700))
    return dict(path=p, content=c, provider=prov, kind="bearer_token_in_usage", filetype=h, needle=tok)


SPECIAL_POS = [pos_aws_pair, pos_aws_pair, pos_aws_secret_only, pos_private_key, pos_private_key, pos_gcp_sa, pos_kubeconfig,
               pos_registry_files, pos_registry_files, pos_registry_files, pos_db_url, pos_db_url, pos_spring_datasource,
               pos_wireguard, pos_age_key, pos_k8s_secret, pos_azure_storage, pos_basic_auth, pos_framework_keys,
               pos_framework_keys, pos_bearer_usage, pos_bearer_usage]


# ================================================================= NEGATIVES
NPM_PKGS = ["react", "react-dom", "lodash", "axios", "express", "@babel/core", "@types/node", "typescript", "zod",
            "dayjs", "uuid", "chalk", "commander", "debug", "ms", "semver", "tslib", "@emotion/react", "next", "vite",
            "@tanstack/react-query", "date-fns", "clsx", "undici"]
PY_PKGS = ["requests", "urllib3", "certifi", "idna", "charset-normalizer", "django", "boto3", "pydantic",
           "sqlalchemy", "click", "httpx", "anyio", "attrs", "packaging", "six", "pyyaml"]
GO_MODS = ["github.com/spf13/cobra", "github.com/stretchr/testify", "golang.org/x/sys", "golang.org/x/net",
           "github.com/google/uuid", "go.uber.org/zap", "github.com/prometheus/client_golang", "google.golang.org/grpc",
           "github.com/go-chi/chi/v5", "github.com/jackc/pgx/v5"]
CRATES = ["serde", "serde_json", "tokio", "anyhow", "thiserror", "clap", "regex", "rand", "bytes", "tracing", "hyper", "futures"]
GEMS = ["rack", "rails", "puma", "nokogiri", "pg", "sidekiq", "devise", "redis", "bootsnap", "zeitwerk"]
PHP_PKGS = ["monolog/monolog", "guzzlehttp/guzzle", "symfony/console", "laravel/framework", "psr/log", "nesbot/carbon"]
SECRET_NAMES = ["api_key", "stripe_secret_key", "github_token", "db_password", "secret_key", "auth_token",
                "client_secret", "access_token", "private_key", "slack_bot_token", "openai_api_key", "sendgrid_api_key",
                "aws_secret_access_key", "jwt_secret", "webhook_secret", "smtp_password", "redis_password",
                "encryption_key", "twilio_auth_token", "datadog_api_key", "admin_password", "npm_token"]


def N(path, content, provider, kind, filetype):
    return dict(path=path, content=content, provider=provider, kind=kind, filetype=filetype)


def sec_of(name):
    return name.split("_")[0] if name.split("_")[0] in ("stripe", "github", "slack", "openai", "sendgrid", "aws",
                                                          "twilio", "datadog", "smtp", "redis", "npm") else "app"


def prov_of(name):
    p = name.split("_")[0]
    return p if p in ("stripe", "github", "slack", "openai", "sendgrid", "aws", "twilio", "datadog", "npm") else "generic"


# ---------------------------------------------------------- lockfiles & checksums
def neg_npm_lock(ctx):
    pk = picks(NPM_PKGS, 4, 8)
    d = {"name": ctx["svc"] + "-web", "version": ctx["ver"], "lockfileVersion": 3, "requires": True,
         "packages": {"": {"name": ctx["svc"] + "-web", "version": ctx["ver"], "dependencies": {}}}}
    for n in pk:
        v = ver()
        d["packages"][""]["dependencies"][n] = "^" + v
        d["packages"]["node_modules/" + n] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n.split("/")[-1], v),
                                              "integrity": sri("sha512"), "license": pick(["MIT", "ISC", "Apache-2.0"])}
    return N("package-lock.json", json.dumps(d, indent=2) + "\n", "npm", "npm_lock_integrity", "lockfile-npm")


def neg_yarn_lock(ctx):
    out = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", "", ""]
    for n in sorted(picks(NPM_PKGS, 4, 8)):
        v = ver()
        out += ['"%s@^%s":' % (n, v), '  version "%s"' % v,
                '  resolved "https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s"' % (n, n.split("/")[-1], v, sha1h()),
                "  integrity " + sri("sha512"), ""]
    return N("yarn.lock", "\n".join(out), "npm", "yarn_lock_integrity", "lockfile-yarn")


def neg_pnpm_lock(ctx):
    out = ["lockfileVersion: '9.0'", "", "settings:", "  autoInstallPeers: true", "  excludeLinksFromLockfile: false", "", "packages:", ""]
    for n in sorted(picks(NPM_PKGS, 3, 7)):
        out += ["  '%s@%s':" % (n, ver()), "    resolution: {integrity: %s}" % sri("sha512"), "    engines: {node: '>=14'}", ""]
    return N("pnpm-lock.yaml", "\n".join(out), "npm", "pnpm_lock_integrity", "lockfile-pnpm")


def neg_go_sum(ctx):
    out = []
    for m in sorted(picks(GO_MODS, 3, 8)):
        v = "v" + ver()
        out.append("%s %s h1:%s" % (m, v, b64(hashlib.sha256(rb(20)).digest())))
        out.append("%s %s/go.mod h1:%s" % (m, v, b64(hashlib.sha256(rb(20)).digest())))
    return N("go.sum", "\n".join(out) + "\n", "go", "go_sum_hashes", "lockfile-go")


def neg_cargo_lock(ctx):
    out = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.", "version = 3", ""]
    for c in sorted(picks(CRATES, 3, 7)):
        out += ["[[package]]", 'name = "%s"' % c, 'version = "%s"' % ver(),
                'source = "registry+https://github.com/rust-lang/crates.io-index"', 'checksum = "%s"' % sha256h(), ""]
    out += ["[[package]]", 'name = "%s"' % ctx["svc"], 'version = "0.1.0"', ""]
    return N("Cargo.lock", "\n".join(out), "cargo", "cargo_lock_checksums", "lockfile-cargo")


def neg_pipfile_lock(ctx):
    d = {"_meta": {"hash": {"sha256": sha256h()}, "pipfile-spec": 6, "requires": {"python_version": "3.11"},
                   "sources": [{"name": "pypi", "url": "https://pypi.org/simple", "verify_ssl": True}]},
         "default": {}, "develop": {}}
    for p in sorted(picks(PY_PKGS, 3, 6)):
        d["default"][p] = {"hashes": ["sha256:" + sha256h() for _ in range(R.randint(1, 3))], "markers": "python_version >= '3.7'",
                           "version": "==" + ver()}
    return N("Pipfile.lock", json.dumps(d, indent=4) + "\n", "pypi", "pipfile_lock_hashes", "lockfile-pipenv")


def neg_poetry_lock(ctx):
    out = ["# This file is automatically @generated by Poetry 1.7.1 and should not be changed by hand.", ""]
    for p in sorted(picks(PY_PKGS, 3, 6)):
        v = ver()
        out += ["[[package]]", 'name = "%s"' % p, 'version = "%s"' % v, 'description = ""', "optional = false",
                'python-versions = ">=3.8"', "files = [",
                '    {file = "%s-%s-py3-none-any.whl", hash = "sha256:%s"},' % (p.replace("-", "_"), v, sha256h()),
                '    {file = "%s-%s.tar.gz", hash = "sha256:%s"},' % (p, v, sha256h()), "]", ""]
    out += ["[metadata]", 'lock-version = "2.0"', 'python-versions = "^3.11"', 'content-hash = "%s"' % sha256h(), ""]
    return N("poetry.lock", "\n".join(out), "pypi", "poetry_lock_hashes", "lockfile-poetry")


def neg_requirements_hashes(ctx):
    out = ["#", "# This file is autogenerated by pip-compile with Python 3.11", "# by the following command:", "#",
           "#    pip-compile --generate-hashes requirements.in", "#"]
    for p in sorted(picks(PY_PKGS, 3, 6)):
        out.append("%s==%s \\" % (p, ver()))
        out.append("    --hash=sha256:%s \\" % sha256h())
        out.append("    --hash=sha256:%s" % sha256h())
        out.append("    # via -r requirements.in")
    return N(pick(["requirements.txt", "requirements/prod.txt"]), "\n".join(out) + "\n", "pypi", "pip_requirements_hashes", "requirements")


def neg_gemfile_lock(ctx):
    gems = sorted(picks(GEMS, 3, 7))
    vs = {g: ver() for g in gems}
    out = ["GEM", "  remote: https://rubygems.org/", "  specs:"] + ["    %s (%s)" % (g, vs[g]) for g in gems]
    out += ["", "PLATFORMS", "  ruby", "  x86_64-linux", "", "DEPENDENCIES"] + ["  %s" % g for g in gems]
    out += ["", "CHECKSUMS"] + ["  %s (%s) sha256=%s" % (g, vs[g], sha256h()) for g in gems]
    out += ["", "BUNDLED WITH", "   2.6.2", ""]
    return N("Gemfile.lock", "\n".join(out), "rubygems", "gemfile_lock_checksums", "lockfile-bundler")


def neg_composer_lock(ctx):
    d = {"_readme": ["This file locks the dependencies of your project to a known state",
                     "Read more about it at https://getcomposer.org/doc/01-basic-usage.md#installing-dependencies",
                     "This file is @generated automatically"], "content-hash": rhex(32), "packages": []}
    for p in picks(PHP_PKGS, 2, 4):
        ref = sha1h()
        v = ver()
        d["packages"].append({"name": p, "version": v, "source": {"type": "git", "url": "https://github.com/%s.git" % p, "reference": ref},
                              "dist": {"type": "zip", "url": "https://api.github.com/repos/%s/zipball/%s" % (p, ref), "reference": ref, "shasum": ""},
                              "type": "library", "license": ["MIT"]})
    return N("composer.lock", json.dumps(d, indent=4) + "\n", "composer", "composer_lock_refs", "lockfile-composer")


def neg_tf_lock(ctx):
    out = ["# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", ""]
    for prov in picks(["hashicorp/aws", "hashicorp/random", "hashicorp/google", "hashicorp/kubernetes", "cloudflare/cloudflare"], 1, 3):
        v = ver()
        out += ['provider "registry.terraform.io/%s" {' % prov, '  version     = "%s"' % v, '  constraints = "~> %s"' % v.rsplit(".", 1)[0],
                "  hashes = [", '    "h1:%s",' % b64(hashlib.sha256(rb(8)).digest())]
        out += ['    "zh:%s",' % sha256h() for _ in range(R.randint(3, 7))]
        out += ["  ]", "}", ""]
    return N(".terraform.lock.hcl", "\n".join(out), "terraform", "terraform_lock_hashes", "lockfile-terraform")


def neg_flake_lock(ctx):
    nodes = {"root": {"inputs": {}}}
    for n, repo in picks([("nixpkgs", "NixOS/nixpkgs"), ("flake-utils", "numtide/flake-utils"), ("rust-overlay", "oxalica/rust-overlay")], 1, 3):
        nodes[n] = {"locked": {"lastModified": R.randint(1700000000, 1730000000), "narHash": "sha256-" + b64(hashlib.sha256(rb(8)).digest()),
                               "owner": repo.split("/")[0], "repo": repo.split("/")[1], "rev": sha1h(), "type": "github"},
                    "original": {"owner": repo.split("/")[0], "repo": repo.split("/")[1], "type": "github"}}
        nodes["root"]["inputs"][n] = n
    return N("flake.lock", json.dumps({"nodes": nodes, "root": "root", "version": 7}, indent=2) + "\n", "nix", "nix_flake_lock", "lockfile-nix")


def neg_podfile_lock(ctx):
    pods = picks(["Alamofire", "SnapKit", "Kingfisher", "SwiftLint", "Firebase/Core", "RxSwift"], 2, 5)
    out = ["PODS:"] + ["  - %s (%s)" % (p, ver()) for p in pods] + ["", "DEPENDENCIES:"] + ["  - %s" % p for p in pods]
    out += ["", "SPEC CHECKSUMS:"] + ["  %s: %s" % (p.split("/")[0], sha1h()) for p in pods]
    out += ["", "PODFILE CHECKSUM: %s" % sha1h(), "", "COCOAPODS: 1.15.2", ""]
    return N("Podfile.lock", "\n".join(out), "cocoapods", "podfile_lock_checksums", "lockfile-cocoapods")


def neg_package_resolved(ctx):
    pins = [{"identity": n.lower(), "kind": "remoteSourceControl", "location": "https://github.com/%s/%s.git" % (o, n),
             "state": {"revision": sha1h(), "version": ver()}}
            for o, n in picks([("apple", "swift-log"), ("apple", "swift-nio"), ("pointfreeco", "swift-composable-architecture"),
                               ("Alamofire", "Alamofire"), ("onevcat", "Kingfisher")], 2, 4)]
    d = {"originHash": sha256h(), "pins": pins, "version": 3}
    return N("Package.resolved", json.dumps(d, indent=2) + "\n", "swiftpm", "swiftpm_resolved_revisions", "lockfile-swiftpm")


def neg_pubspec_lock(ctx):
    out = ["# Generated by pub", "# See https://dart.dev/tools/pub/glossary#lockfile", "packages:"]
    for p in sorted(picks(["http", "provider", "collection", "meta", "path", "intl", "async"], 2, 5)):
        out += ["  %s:" % p, "    dependency: transitive", "    description:", "      name: %s" % p,
                '      sha256: "%s"' % sha256h(), '      url: "https://pub.dev"', "    source: hosted", '    version: "%s"' % ver()]
    out += ["sdks:", '  dart: ">=3.2.0 <4.0.0"', ""]
    return N("pubspec.lock", "\n".join(out), "pub", "pubspec_lock_hashes", "lockfile-pub")


def neg_mix_lock(ctx):
    out = ["%{"]
    for p in sorted(picks(["jason", "plug", "phoenix", "ecto", "telemetry", "postgrex", "mime"], 2, 5)):
        out.append('  "%s": {:hex, :%s, "%s", "%s", [:mix], [], "hexpm", "%s"},' % (p, p, ver(), sha256h(), sha256h()))
    out.append("}")
    return N("mix.lock", "\n".join(out) + "\n", "hex", "mix_lock_hashes", "lockfile-mix")


def neg_gradle_verification(ctx):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<verification-metadata xmlns="https://schema.gradle.org/dependency-verification">',
           "   <configuration>", "      <verify-metadata>true</verify-metadata>", "      <verify-signatures>false</verify-signatures>",
           "   </configuration>", "   <components>"]
    for g, a in picks([("com.squareup.okhttp3", "okhttp"), ("com.google.guava", "guava"), ("org.slf4j", "slf4j-api"),
                       ("com.fasterxml.jackson.core", "jackson-databind"), ("junit", "junit")], 2, 4):
        v = ver()
        out += ['      <component group="%s" name="%s" version="%s">' % (g, a, v),
                '         <artifact name="%s-%s.jar">' % (a, v),
                '            <sha256 value="%s" origin="Generated by Gradle"/>' % sha256h(),
                "         </artifact>", "      </component>"]
    out += ["   </components>", "</verification-metadata>", ""]
    return N("gradle/verification-metadata.xml", "\n".join(out), "gradle", "gradle_verification_sha256", "xml")


def neg_lfs_pointer(ctx):
    p = pick(["assets/design/%s-mockups.psd", "data/%s-sample.parquet", "models/%s-classifier.onnx", "media/%s-intro.mp4"]) % ctx["svc"]
    return N(p, "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (sha256h(), R.randint(10000, 900000000)),
             "git-lfs", "git_lfs_pointer", "lfs-pointer")


def neg_sha256sums(ctx):
    v = ver()
    out = ["%s  %s_%s_%s.tar.gz" % (sha256h(), ctx["svc"], v, plat) for plat in picks(["linux_amd64", "linux_arm64", "darwin_amd64", "darwin_arm64", "windows_amd64"], 2, 5)]
    return N(pick(["SHA256SUMS", "dist/checksums.txt", "release/%s_%s_checksums.txt" % (ctx["svc"], v)]), "\n".join(out) + "\n",
             "release", "release_checksums", "checksums")


def neg_chart_lock(ctx):
    c = "dependencies:\n- name: postgresql\n  repository: https://charts.bitnami.com/bitnami\n  version: %s\n- name: redis\n  repository: https://charts.bitnami.com/bitnami\n  version: %s\ndigest: sha256:%s\ngenerated: \"%s\"\n" % (
        ver(), ver(), sha256h(), ts_iso())
    return N(T("charts/@svc@/Chart.lock", ctx), c, "helm", "helm_chart_lock_digest", "yaml")


# ---------------------------------------------------------- digests, commit shas, asset hashes
def neg_docker_digest(ctx):
    h = pick(["dockerfile", "k8s", "compose"])
    if h == "dockerfile":
        c = T("""# syntax=docker/dockerfile:1.6
FROM golang:1.22-bookworm@sha256:%s AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/@svc@ ./cmd/@svc@

FROM gcr.io/distroless/static-debian12@sha256:%s
COPY --from=build /out/@svc@ /@svc@
USER nonroot:nonroot
ENTRYPOINT ["/@svc@"]
""" % (sha256h(), sha256h()), ctx)
        return N("Dockerfile", c, "docker", "docker_image_digest", "dockerfile")
    if h == "k8s":
        c = T("""apiVersion: apps/v1
kind: Deployment
metadata:
  name: @svc@
spec:
  template:
    metadata:
      annotations:
        checksum/config: %s
    spec:
      containers:
        - name: @svc@
          image: ghcr.io/@org@/@svc@@sha256:%s
          imagePullPolicy: IfNotPresent
""" % (sha256h(), sha256h()), ctx)
        return N(T("deploy/@svc@/deployment.yaml", ctx), c, "docker", "docker_image_digest", "k8s-yaml")
    c = T("""services:
  db:
    image: postgres:16.2@sha256:%s
    volumes:
      - pgdata:/var/lib/postgresql/data
  @svc@:
    image: ghcr.io/@org@/@svc@@sha256:%s
    depends_on: [db]
volumes:
  pgdata:
""" % (sha256h(), sha256h()), ctx)
    return N("docker-compose.yml", c, "docker", "docker_image_digest", "docker-compose")


def neg_gha_pinned(ctx):
    c = T("""name: CI

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@%s # v4.1.1
      - uses: actions/setup-node@%s # v4.0.2
        with:
          node-version: 20
      - run: npm ci
      - run: npm test
      - name: Publish
        if: github.ref == 'refs/heads/main'
        run: npm publish
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
""" % (sha1h(), sha1h()), ctx)
    return N(".github/workflows/ci.yml", c, "github", "gha_pinned_action_sha", "github-actions")


def neg_changelog_shas(ctx):
    out = ["# Changelog", "", "## [%s](https://github.com/%s/%s/compare/v1.0.0...v%s) (%s)" % (ctx["ver"], ctx["org"], ctx["svc"], ctx["ver"], ts_iso()[:10]), "", "### Bug Fixes", ""]
    for msg in picks(["handle empty cursor in pagination", "retry on 503 from upstream", "trim whitespace in sku",
                      "correct timezone for daily report", "avoid double refund on retry", "close idle db connections"], 2, 4):
        s = sha1h()
        out.append("* %s ([%s](https://github.com/%s/%s/commit/%s))" % (msg, s[:7], ctx["org"], ctx["svc"], s))
    return N("CHANGELOG.md", "\n".join(out) + "\n", "git", "changelog_commit_shas", "markdown")


def neg_blame_ignore(ctx):
    out = ["# Reformat with black", sha1h(), "", "# Switch to 2-space indentation in YAML", sha1h(), "", "# isort all the things", sha1h(), ""]
    return N(".git-blame-ignore-revs", "\n".join(out), "git", "git_blame_ignore_revs", "text")


def neg_sri_html(ctx):
    c = T("""<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>@Svc@ dashboard</title>
    <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css"
          integrity="%s" crossorigin="anonymous">
    <script src="https://cdn.jsdelivr.net/npm/htmx.org@1.9.10/dist/htmx.min.js"
            integrity="%s" crossorigin="anonymous" defer></script>
  </head>
  <body>
    <main id="app" class="container"></main>
  </body>
</html>
""" % (sri("sha384"), sri("sha384")), ctx)
    return N(pick(["public/index.html", "templates/base.html", "static/index.html"]), c, "sri", "sri_integrity_hash", "html")


def neg_csp(ctx):
    c = T("""server {
    listen 443 ssl http2;
    server_name @svc@.@host@;

    ssl_certificate     /etc/nginx/tls/fullchain.pem;
    ssl_certificate_key /etc/nginx/tls/privkey.pem;

    add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-%s' 'sha256-%s'; style-src 'self' 'nonce-%s'" always;
    add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;

    location / {
        proxy_pass http://127.0.0.1:@port@;
    }
}
""" % (b64(hashlib.sha256(rb(9)).digest()), b64(hashlib.sha256(rb(9)).digest()), b64(rb(16))), ctx)
    return N(T("nginx/conf.d/@svc@.conf", ctx), c, "csp", "csp_hash_and_nonce", "nginx")


def neg_asset_manifest(ctx):
    h = pick(["cra", "vite", "sprockets"])
    if h == "cra":
        m, c1 = rhex(8), rhex(8)
        d = {"files": {"main.css": "/static/css/main.%s.css" % c1, "main.js": "/static/js/main.%s.js" % m,
                       "static/js/%d.%s.chunk.js" % (R.randint(100, 999), rhex(8)): "/static/js/%d.%s.chunk.js" % (R.randint(100, 999), rhex(8)),
                       "index.html": "/index.html"},
             "entrypoints": ["static/css/main.%s.css" % c1, "static/js/main.%s.js" % m]}
        return N("build/asset-manifest.json", json.dumps(d, indent=2) + "\n", "webpack", "hashed_asset_names", "json")
    if h == "vite":
        d = {"index.html": {"file": "assets/index-%s.js" % rsm(8, B64U), "isEntry": True, "src": "index.html",
                            "css": ["assets/index-%s.css" % rsm(8, B64U)]},
             "src/pages/Settings.tsx": {"file": "assets/Settings-%s.js" % rsm(8, B64U), "isDynamicEntry": True}}
        return N("dist/.vite/manifest.json", json.dumps(d, indent=2) + "\n", "vite", "hashed_asset_names", "json")
    a, b = sha256h(), sha256h()
    d = {"files": {"application-%s.js" % a: {"logical_path": "application.js", "mtime": ts_iso(), "size": R.randint(1000, 90000),
                                             "digest": a, "integrity": sri("sha256")},
                   "application-%s.css" % b: {"logical_path": "application.css", "mtime": ts_iso(), "size": R.randint(1000, 90000),
                                              "digest": b, "integrity": sri("sha256")}},
         "assets": {"application.js": "application-%s.js" % a, "application.css": "application-%s.css" % b}}
    return N("public/assets/.sprockets-manifest-%s.json" % rhex(32), json.dumps(d) + "\n", "sprockets", "hashed_asset_names", "json")


def vlq_mappings(n):
    segs = []
    for _ in range(n):
        line = ",".join(rs(R.choice([4, 4, 5, 6, 8]), ALNUM + "+/") for _ in range(R.randint(1, 8)))
        segs.append(line)
    return ";".join(segs)


def neg_sourcemap(ctx):
    d = {"version": 3, "file": "main.%s.js" % rhex(8), "sources": ["webpack://%s/./src/index.tsx" % ctx["svc"], "webpack://%s/./src/App.tsx" % ctx["svc"]],
         "names": ["React", "useState", "useEffect", "App", "render", "root"], "mappings": vlq_mappings(R.randint(8, 20)),
         "sourceRoot": ""}
    return N("build/static/js/main.%s.js.map" % rhex(8), json.dumps(d, separators=(",", ":")) + "\n", "webpack", "sourcemap_mappings", "sourcemap")


def neg_graphql_persisted(ctx):
    ops = {}
    for name in picks(["GetViewer", "ListOrders", "UpdateCart", "SearchProducts", "GetInvoice"], 2, 4):
        ops[sha256h()] = "query %s { viewer { id name } }" % name if not name.startswith("Update") else "mutation %s($id: ID!) { updateCart(id: $id) { id } }" % name
    return N(pick(["src/graphql/persisted-queries.json", "persisted-query-manifest.json"]), json.dumps(ops, indent=2) + "\n", "graphql",
             "graphql_persisted_query_hashes", "json")


# ---------------------------------------------------------- ids
def neg_uuid_fixture(ctx):
    h = pick(["json", "sql", "yaml"])
    rows = [(ruuid(), pick(FIRST), ruuid()) for _ in range(R.randint(2, 4))]
    if h == "json":
        d = [{"id": a, "tenant_id": c, "username": b, "email": "%s@%s" % (b, ctx["host"]), "created_at": ts_iso()} for a, b, c in rows]
        return N(T("tests/fixtures/@svc@_users.json", ctx), json.dumps(d, indent=2) + "\n", "uuid", "uuid_ids", "json")
    if h == "sql":
        vals = ",\n".join("  ('%s', '%s', '%s@%s', '%s')" % (a, c, b, ctx["host"], ts_iso()[:10]) for a, b, c in rows)
        return N("db/seeds/001_users.sql", "INSERT INTO users (id, org_id, email, created_at) VALUES\n%s;\n" % vals, "uuid", "uuid_ids", "sql")
    out = ["- model: %s.customer" % ctx["svc"]]
    for a, b, c in rows:
        out += ["  pk: %s" % a, "  fields:", "    name: %s" % b.title(), "    account_ref: %s" % c]
    return N(T("@svc@/fixtures/customers.yaml", ctx), "\n".join(out) + "\n", "uuid", "uuid_ids", "yaml")


def neg_sortable_ids(ctx):
    k = pick(["ulid", "ksuid", "objectid", "snowflake"])
    gen = {"ulid": ulid, "ksuid": ksuid, "objectid": objectid, "snowflake": snowflake}[k]
    h = pick(["log", "json", "test"])
    if h == "log":
        out = ["%s INFO  order.created order_id=%s customer=%s total=%d.%02d" % (t, gen(), gen(), R.randint(5, 500), R.randint(0, 99)) for t in ts_seq(4)]
        return N(T("logs/@svc@-events.log", ctx), "\n".join(out) + "\n", k, k + "_ids", "log")
    if h == "json":
        d = {"data": [{"id": gen(), "object": "event", "type": pick(["order.created", "invoice.paid"]), "created": R.randint(1700000000, 1730000000)} for _ in range(3)],
             "has_more": False}
        return N(T("tests/fixtures/@svc@_events.json", ctx), json.dumps(d, indent=2) + "\n", k, k + "_ids", "json")
    a, b = gen(), gen()
    c = 'import pytest\n\nfrom %s.ids import parse_id\n\n\n@pytest.mark.parametrize("raw", ["%s", "%s"])\ndef test_parse_id_roundtrip(raw):\n    assert str(parse_id(raw)) == raw\n' % (ctx["svc"], a, b)
    return N(T("tests/test_@svc@_ids.py", ctx), c, k, k + "_ids", "python")


def neg_trace_ids(ctx):
    out = []
    for ts in ts_seq(R.randint(3, 6)):
        tid, sid = rhex(32), rhex(16)
        out.append(json.dumps({"ts": ts, "level": pick(["info", "debug"]), "msg": pick(["request completed", "cache miss", "upstream call"]),
                               "trace_id": tid, "span_id": sid, "traceparent": "00-%s-%s-01" % (tid, sid),
                               "request_id": ruuid(), "http.status": pick([200, 200, 201, 304, 404]),
                               "aws_trace": "Root=1-%08x-%s" % (R.randint(0x65000000, 0x67000000), rhex(24))}))
    return N(T("logs/@svc@.jsonl", ctx), "\n".join(out) + "\n", "tracing", "trace_span_request_ids", "log")


def neg_idempotency(ctx):
    h = pick(["python", "log", "ts"])
    if h == "python":
        c = T('''import uuid

import requests


def create_charge(session: requests.Session, amount: int, currency: str = "usd"):
    headers = {"Idempotency-Key": str(uuid.uuid4())}
    resp = session.post("https://api.@host@/v1/charges", json={"amount": amount, "currency": currency}, headers=headers, timeout=@timeout@)
    resp.raise_for_status()
    return resp.json()
''', ctx)
        return N(T("@svc@/charges.py", ctx), c, "idempotency", "idempotency_key", "python")
    if h == "ts":
        c = 'import { randomUUID } from "node:crypto";\n\nexport async function createRefund(chargeId: string) {\n  return fetch("/api/refunds", {\n    method: "POST",\n    headers: { "Content-Type": "application/json", "Idempotency-Key": randomUUID() },\n    body: JSON.stringify({ chargeId }),\n  });\n}\n'
        return N("src/api/refunds.ts", c, "idempotency", "idempotency_key", "typescript")
    out = ["%s INFO  POST /v1/payouts idempotency_key=%s status=200 replayed=%s" % (t, pick([ruuid(), rhex(32), ulid()]), pick(["false", "true"])) for t in ts_seq(4)]
    return N(T("logs/@svc@-api.log", ctx), "\n".join(out) + "\n", "idempotency", "idempotency_key", "log")


def neg_http_cassette(ctx):
    c = """interactions:
- request:
    body: null
    headers:
      Accept: ['*/*']
      Authorization: [<AUTHORIZATION>]
      User-Agent: [Boto3/1.34.11 md/Botocore#1.34.11 ua/2.0 os/linux]
    method: GET
    uri: https://%s-%s.s3.amazonaws.com/?list-type=2&prefix=reports%%2F
  response:
    body: {string: '<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>reports</Name><KeyCount>0</KeyCount></ListBucketResult>'}
    headers:
      Content-Type: [application/xml]
      Date: ['Tue, 12 Mar 2024 10:%02d:%02d GMT']
      ETag: ['"%s"']
      x-amz-id-2: [%s]
      x-amz-request-id: [%s]
      x-amz-bucket-region: [%s]
    status: {code: 200, message: OK}
version: 1
""" % (ctx["org"], ctx["svc"], R.randint(0, 59), R.randint(0, 59), rhex(32), b64(rb(57)), rs(16, HEXU), ctx["region"])
    return N(T("tests/cassettes/test_@svc@_list_reports.yaml", ctx), c, "aws", "http_cassette_response_ids", "yaml")


def neg_aws_resource_ids(ctx):
    acct = rs(12, DG)
    c = T('''data "aws_caller_identity" "current" {}

resource "aws_instance" "@svc@" {
  ami                    = "ami-%s"
  instance_type          = "t3.medium"
  subnet_id              = "subnet-%s"
  vpc_security_group_ids = ["sg-%s"]
  iam_instance_profile   = "arn:aws:iam::%s:instance-profile/@svc@"

  root_block_device {
    encrypted  = true
    kms_key_id = "arn:aws:kms:@region@:%s:key/%s"
  }
}

resource "aws_route53_record" "@svc@" {
  zone_id = "Z%s"
  name    = "@svc@.@host@"
  type    = "CNAME"
  ttl     = 300
  records = ["%s.cloudfront.net"]
}

# CloudFront distribution E%s is managed in the edge stack
''' % (rhex(17), rhex(17), rhex(17), acct, acct, ruuid(), rs(20, UP + DG), "d" + rs(13, LO + DG), rs(13, UP + DG)), ctx)
    return N(T("infra/@svc@/main.tf", ctx), c, "aws", "aws_resource_ids", "terraform")


def neg_azure_ids(ctx):
    c = T('''terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.90"
    }
  }
}

provider "azurerm" {
  features {}
  subscription_id = "%s"
  tenant_id       = "%s"
  client_id       = "%s"
  use_oidc        = true
}

resource "azurerm_resource_group" "@svc@" {
  name     = "rg-@svc@-prod"
  location = "westeurope"
}
''' % (ruuid(), ruuid(), ruuid()), ctx)
    return N("infra/azure/providers.tf", c, "azure", "azure_tenant_subscription_ids", "terraform")


def neg_xcode_pbxproj(ctx):
    ids = [rs(24, HEXU) for _ in range(6)]
    n = ctx["Svc"]
    c = """// !$*UTF8*$!
{
	archiveVersion = 1;
	classes = {
	};
	objectVersion = 56;
	objects = {

/* Begin PBXBuildFile section */
		%s /* AppDelegate.swift in Sources */ = {isa = PBXBuildFile; fileRef = %s /* AppDelegate.swift */; };
		%s /* ContentView.swift in Sources */ = {isa = PBXBuildFile; fileRef = %s /* ContentView.swift */; };
/* End PBXBuildFile section */

/* Begin PBXFileReference section */
		%s /* AppDelegate.swift */ = {isa = PBXFileReference; lastKnownFileType = sourcecode.swift; path = AppDelegate.swift; sourceTree = "<group>"; };
		%s /* ContentView.swift */ = {isa = PBXFileReference; lastKnownFileType = sourcecode.swift; path = ContentView.swift; sourceTree = "<group>"; };
/* End PBXFileReference section */
	};
	rootObject = %s /* Project object */;
}
""" % (ids[0], ids[1], ids[2], ids[3], ids[1], ids[3], rs(24, HEXU))
    return N("%s.xcodeproj/project.pbxproj" % n, c, "xcode", "xcode_object_ids", "pbxproj")


def neg_unity_meta(ctx):
    c = "fileFormatVersion: 2\nguid: %s\nMonoImporter:\n  externalObjects: {}\n  serializedVersion: 2\n  defaultReferences: []\n  executionOrder: 0\n  icon: {instanceID: 0}\n  userData: \n  assetBundleName: \n  assetBundleVariant: \n" % rhex(32)
    return N("Assets/Scripts/%sController.cs.meta" % ctx["Svc"], c, "unity", "unity_meta_guid", "unity-meta")


def neg_vs_sln(ctx):
    g1, g2, g3 = (str(uuid.UUID(int=R.getrandbits(128))).upper() for _ in range(3))
    n = ctx["Org"] + "." + ctx["Svc"]
    c = """Microsoft Visual Studio Solution File, Format Version 12.00
# Visual Studio Version 17
VisualStudioVersion = 17.8.34330.188
MinimumVisualStudioVersion = 10.0.40219.1
Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "%s.Api", "src\\%s.Api\\%s.Api.csproj", "{%s}"
EndProject
Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "%s.Tests", "tests\\%s.Tests\\%s.Tests.csproj", "{%s}"
EndProject
Global
	GlobalSection(SolutionProperties) = preSolution
		HideSolutionNode = FALSE
	EndGlobalSection
	GlobalSection(ExtensibilityGlobals) = postSolution
		SolutionGuid = {%s}
	EndGlobalSection
EndGlobal
""" % (n, n, n, g1, n, n, n, g2, g3)
    return N("%s.sln" % n, c, "visualstudio", "vs_solution_guids", "sln")


def fp_colon(nbytes):
    return ":".join("%02X" % b for b in rb(nbytes))


def neg_android_fingerprints(ctx):
    if R.random() < 0.5:
        d = [{"relation": ["delegate_permission/common.handle_all_urls"],
              "target": {"namespace": "android_app", "package_name": "com.%s.%s" % (ctx["org"], ctx["svc"]),
                         "sha256_cert_fingerprints": [fp_colon(32)]}}]
        return N(".well-known/assetlinks.json", json.dumps(d, indent=2) + "\n", "android", "android_cert_fingerprint", "json")
    c = "## Release signing\n\nThe Play upload certificate fingerprints are:\n\n```\nSHA1:   %s\nSHA256: %s\n```\n\nRegister the SHA-1 in the Firebase console for Google Sign-In.\n" % (fp_colon(20), fp_colon(32))
    return N("docs/android-release.md", c, "android", "android_cert_fingerprint", "markdown")


def neg_crypto_public_ids(ctx):
    if R.random() < 0.5:
        d = {"chainId": 1, "contracts": {"Token": "0x" + rhex(40), "Vault": "0x" + rhex(40)}, "deployBlock": R.randint(17000000, 19000000)}
        return N("deployments/mainnet.json", json.dumps(d, indent=2) + "\n", "ethereum", "contract_addresses", "json")
    c = "# Static assets\n\nThe docs site is pinned to IPFS:\n\n- v1: `ipfs://bafybei%s`\n- v0 (legacy): `ipfs://Qm%s`\n" % (rs(52, "abcdefghijklmnopqrstuvwxyz234567"), rs(44, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"))
    return N("docs/publishing.md", c, "ipfs", "ipfs_cids", "markdown")


def neg_site_verification(ctx):
    c = T("""<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <meta name="google-site-verification" content="%s" />
  <meta name="msvalidate.01" content="%s" />
  <meta name="facebook-domain-verification" content="%s" />
  <title>@Org@ - @Svc@</title>
</head>
<body><div id="root"></div></body>
</html>
""" % (rsm(43, B64U), rs(32, HEXU), rs(30, LO + DG)), ctx)
    return N("public/index.html", c, "google", "site_verification_tokens", "html")


def neg_ci_cache_keys(ctx):
    out = ["##[group]Run actions/cache@v4", "with:", "  path: ~/.npm", "  key: Linux-node-${{ hashFiles('**/package-lock.json') }}", "##[endgroup]",
           "Cache restored from key: Linux-node-%s" % sha256h(),
           "Step 4/9 : RUN npm ci", " ---> Using cache", " ---> %s" % rhex(12),
           "Successfully built %s" % rhex(12), "Successfully tagged ghcr.io/%s/%s:sha-%s" % (ctx["org"], ctx["svc"], rhex(7)),
           "digest: sha256:%s size: 2417" % sha256h()]
    return N("ci/logs/build-%d.log" % R.randint(1000, 9999), "\n".join(out) + "\n", "ci", "ci_cache_keys_build_ids", "log")


# ---------------------------------------------------------- public keys & certs
def ssh_pub(t=None):
    def sstr(b):
        return struct.pack(">I", len(b)) + b
    t = t or pick(["ed25519", "rsa", "ecdsa"])
    cm = "%s@%s" % (pick(FIRST), pick(["laptop", "macbook", "ci", "bastion"]))
    if t == "ed25519":
        return "ssh-ed25519 " + b64(sstr(b"ssh-ed25519") + sstr(rb(32))) + " " + cm
    if t == "ecdsa":
        return "ecdsa-sha2-nistp256 " + b64(sstr(b"ecdsa-sha2-nistp256") + sstr(b"nistp256") + sstr(b"\x04" + rb(64))) + " " + cm
    return "ssh-rsa " + b64(sstr(b"ssh-rsa") + sstr(b"\x01\x00\x01") + sstr(b"\x00" + rb(256))) + " " + cm


def neg_ssh_public_key(ctx):
    h = pick(["authorized_keys", "terraform", "cloud-init"])
    if h == "authorized_keys":
        return N(pick(["deploy/authorized_keys", "ansible/files/authorized_keys"]), "\n".join(ssh_pub() for _ in range(R.randint(1, 3))) + "\n", "ssh", "ssh_public_key", "authorized_keys")
    if h == "terraform":
        c = 'resource "aws_key_pair" "deployer" {\n  key_name   = "%s-deployer"\n  public_key = "%s"\n}\n' % (ctx["svc"], ssh_pub())
        return N("infra/keys.tf", c, "ssh", "ssh_public_key", "terraform")
    c = "#cloud-config\nusers:\n  - name: %s\n    groups: sudo\n    shell: /bin/bash\n    ssh_authorized_keys:\n      - %s\npackage_update: true\npackages:\n  - htop\n" % (ctx["user"], ssh_pub())
    return N("cloud-init/user-data.yaml", c, "ssh", "ssh_public_key", "yaml")


def neg_known_hosts(ctx):
    out = []
    for hn in ["github.com", "gitlab.%s" % ctx["host"], "bastion.%s" % ctx["host"]]:
        out.append("%s %s" % (hn, " ".join(ssh_pub().split(" ")[:2])))
    return N(pick(["ci/known_hosts", "ansible/files/known_hosts"]), "\n".join(out) + "\n", "ssh", "ssh_known_hosts", "known_hosts")


def pem_public():
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + rb(256) + bytes.fromhex("0203010001")
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines_of(b64(der), 64)) + "\n-----END PUBLIC KEY-----\n"


def pem_cert():
    der = bytes.fromhex("308203") + bytes([R.randint(0x40, 0xff)]) + bytes.fromhex("308202") + rb(1) + bytes.fromhex("a0030201020214") + rb(700)
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines_of(b64(der), 64)) + "\n-----END CERTIFICATE-----\n"


def neg_pem_public_key(ctx):
    pem = pem_public()
    h = pick(["file", "yaml", "python"])
    if h == "file":
        return N(pick(["config/jwt/public.pem", "keys/%s-verify.pub.pem" % ctx["svc"]]), pem, "pem", "pem_public_key", "pem")
    if h == "yaml":
        ind = "\n".join("    " + l for l in pem.rstrip().split("\n"))
        c = "auth:\n  issuer: https://auth.%s\n  audience: %s-api\n  algorithms: [RS256]\n  public_key: |\n%s\n" % (ctx["host"], ctx["svc"], ind)
        return N("config/auth.yaml", c, "pem", "pem_public_key", "yaml")
    c = 'import jwt\n\nPUBLIC_KEY = """' + pem + '"""\n\n\ndef verify(token: str) -> dict:\n    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="%s-api")\n' % ctx["svc"]
    return N(T("@svc@/auth/verify.py", ctx), c, "pem", "pem_public_key", "python")


def neg_certificate(ctx):
    pem = pem_cert()
    if R.random() < 0.5:
        return N(pick(["certs/ca.crt", "config/ssl/%s-chain.pem" % ctx["svc"], "docker/certs/corp-root-ca.pem"]), pem, "x509", "x509_certificate", "pem")
    ind = "\n".join("    " + l for l in pem.rstrip().split("\n"))
    c = T("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: @svc@-ca-bundle\ndata:\n  ca.crt: |\n", ctx) + ind + "\n"
    return N(T("k8s/@svc@-ca-configmap.yaml", ctx), c, "x509", "x509_certificate", "yaml")


def age_recipient():
    return "age1" + rs(58, BECH)


def neg_sops_config(ctx):
    c = "creation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n    age: >-\n      %s,\n      %s\n  - path_regex: secrets/dev/.*\\.yaml$\n    age: %s\n    kms: arn:aws:kms:%s:%s:key/%s\n" % (
        age_recipient(), age_recipient(), age_recipient(), ctx["region"], rs(12, DG), ruuid())
    return N(".sops.yaml", c, "age", "age_recipients", "yaml")


def neg_wireguard_public(ctx):
    out = ["[Interface]", "Address = 10.8.0.1/24", "ListenPort = 51820", "PostUp = wg set %i private-key /etc/wireguard/private.key", ""]
    for u in picks(FIRST, 2, 4):
        out += ["# %s" % u, "[Peer]", "PublicKey = %s" % b64(rb(32)), "AllowedIPs = 10.8.0.%d/32" % R.randint(2, 250), ""]
    return N(pick(["wireguard/wg0.conf.tmpl", "infra/vpn/peers.conf"]), "\n".join(out), "wireguard", "wireguard_public_keys", "ini")


def neg_pgp_public(ctx):
    body = b"\x99\x02\x0d\x04" + rb(520)
    crc = zlib.crc32(body) & 0xFFFFFF
    blk = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(lines_of(b64(body), 64)) + "\n=" + b64(struct.pack(">I", crc)[1:]) + "\n-----END PGP PUBLIC KEY BLOCK-----\n"
    if R.random() < 0.5:
        return N("KEYS", "pub   rsa4096 2023-01-10 [SC]\n      %s\nuid   %s Release Signing <release@%s>\n\n" % (rs(40, HEXU), ctx["Org"], ctx["host"]) + blk, "pgp", "pgp_public_key_block", "text")
    c = "# Verifying releases\n\nImport the release signing key and verify the checksum file:\n\n```\n" + blk + "```\n\n```sh\ngpg --import KEYS\ngpg --verify SHA256SUMS.asc SHA256SUMS\n```\n"
    return N("docs/verifying-releases.md", c, "pgp", "pgp_public_key_block", "markdown")


def neg_dkim(ctx):
    der = bytes.fromhex("30819f300d06092a864886f70d010101050003818d0030818902818100") + rb(128) + bytes.fromhex("0203010001")
    p = b64(der)
    if R.random() < 0.5:
        c = 'resource "aws_route53_record" "dkim" {\n  zone_id = aws_route53_zone.main.zone_id\n  name    = "s1._domainkey.%s"\n  type    = "TXT"\n  ttl     = 3600\n  records = ["v=DKIM1; k=rsa; p=%s"]\n}\n' % (ctx["host"], p)
        return N("infra/dns/dkim.tf", c, "dkim", "dkim_public_key", "terraform")
    c = "$ORIGIN %s.\n@ 3600 IN TXT \"v=spf1 include:_spf.google.com ~all\"\ngoogle._domainkey 3600 IN TXT \"v=DKIM1; k=rsa; p=%s\"\n_dmarc 3600 IN TXT \"v=DMARC1; p=quarantine; rua=mailto:dmarc@%s\"\n" % (ctx["host"], p, ctx["host"])
    return N("dns/%s.zone" % ctx["host"], c, "dkim", "dkim_public_key", "zonefile")


def neg_chrome_manifest_key(ctx):
    d = {"manifest_version": 3, "name": "%s Helper" % ctx["Org"], "version": ctx["ver"],
         "key": "".join(pem_public().split("\n")[1:-2]), "permissions": ["storage", "activeTab"],
         "background": {"service_worker": "background.js"}, "action": {"default_popup": "popup.html"}}
    return N("extension/manifest.json", json.dumps(d, indent=2) + "\n", "chrome", "extension_public_key", "json")


def neg_jwks(ctx):
    d = {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rsm(22, B64U), "n": b64u(b"\xc1" + rb(255)), "e": "AQAB"}
                  for _ in range(R.randint(1, 2))]}
    return N(pick([".well-known/jwks.json", "tests/fixtures/jwks.json"]), json.dumps(d, indent=2) + "\n", "jwks", "jwks_public_keys", "json")


def neg_cert_pinning(ctx):
    pins = [b64(hashlib.sha256(rb(8)).digest()) for _ in range(2)]
    c = T('''package com.@org@.@svc@.net

import okhttp3.CertificatePinner
import okhttp3.OkHttpClient

object HttpClientFactory {
    private val pinner = CertificatePinner.Builder()
        .add("api.@host@", "sha256/%s")
        .add("api.@host@", "sha256/%s") // backup pin
        .build()

    fun create(): OkHttpClient = OkHttpClient.Builder()
        .certificatePinner(pinner)
        .build()
}
''' % tuple(pins), ctx)
    return N(T("app/src/main/java/com/@org@/@svc@/net/HttpClientFactory.kt", ctx), c, "tls", "certificate_pins", "kotlin")


# ---------------------------------------------------------- encodings / binary-ish
def png_bytes(w, h):
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    base = rb(3)
    raw = b"".join(b"\x00" + b"".join(bytes((base[0] ^ (R.random() < 0.2) * R.getrandbits(8), base[1], base[2])) for _ in range(w)) for _ in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def neg_data_uri_image(ctx):
    img = b64(png_bytes(R.randint(8, 24), R.randint(8, 24)))
    svg = b64(('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path fill="#%s" d="M8 0l8 16H0z"/></svg>' % rhex(6)).encode())
    c = ".icon-warning {\n  background-image: url(\"data:image/png;base64,%s\");\n  background-size: 16px 16px;\n}\n\n.icon-caret {\n  background: url(data:image/svg+xml;base64,%s) no-repeat center;\n}\n" % (img, svg)
    return N(pick(["src/styles/icons.css", "static/css/app.css", "assets/stylesheets/_icons.scss"]), c, "base64", "data_uri_image", "css")


def neg_data_uri_font(ctx):
    body = b"wOF2\x00\x01\x00\x00" + struct.pack(">I", 1200) + rb(900)
    c = "@font-face {\n  font-family: \"%sIcons\";\n  src: url(data:font/woff2;charset=utf-8;base64,%s) format(\"woff2\");\n  font-weight: normal;\n  font-style: normal;\n}\n" % (ctx["Svc"], b64(body))
    return N("src/styles/fonts.css", c, "base64", "data_uri_font", "css")


def neg_notebook_png(ctx):
    img = b64(png_bytes(R.randint(16, 40), R.randint(12, 30)))
    cells = [("md", "## %s weekly volume" % ctx["Svc"]),
             "import pandas as pd\nimport matplotlib.pyplot as plt\n\ndf = pd.read_csv(\"data/%s_weekly.csv\", parse_dates=[\"week\"])" % ctx["svc"],
             ("df.plot(x=\"week\", y=\"count\", figsize=(8, 3))\nplt.show()",
              [{"data": {"image/png": img, "text/plain": ["<Figure size 800x300 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}])]
    return N(T("notebooks/@svc@_volume.ipynb", ctx), notebook(cells), "base64", "notebook_image_output", "notebook")


def pb_field(num, val):
    if isinstance(val, int):
        return _varint(num << 3) + _varint(val)
    b = val.encode() if isinstance(val, str) else val
    return _varint((num << 3) | 2) + _varint(len(b)) + b


def neg_protobuf_b64(ctx):
    msg = pb_field(1, "ord_%d" % R.randint(1000, 99999)) + pb_field(2, R.randint(100, 90000)) + pb_field(3, pick(FIRST) + "@" + ctx["host"]) + pb_field(4, pick(["usd", "eur", "gbp"]))
    enc = b64(msg)
    if R.random() < 0.5:
        c = 'import base64\n\nfrom %s.v1 import order_pb2\n\n# Captured from the staging queue (no PII beyond a test mailbox).\nORDER_CREATED = "%s"\n\n\ndef test_decode_order_created():\n    msg = order_pb2.Order.FromString(base64.b64decode(ORDER_CREATED))\n    assert msg.currency in {"usd", "eur", "gbp"}\n' % (ctx["svc"], enc)
        return N(T("tests/test_@svc@_decode.py", ctx), c, "base64", "protobuf_base64_fixture", "python")
    c = 'package %s\n\nimport (\n\t"encoding/base64"\n\t"testing"\n)\n\nconst orderCreatedB64 = "%s"\n\nfunc TestDecodeOrder(t *testing.T) {\n\traw, err := base64.StdEncoding.DecodeString(orderCreatedB64)\n\tif err != nil {\n\t\tt.Fatal(err)\n\t}\n\tif len(raw) == 0 {\n\t\tt.Fatal("empty payload")\n\t}\n}\n' % (ctx["svc"], enc)
    return N(T("internal/@svc@/decode_test.go", ctx), c, "base64", "protobuf_base64_fixture", "go")


def neg_generated_pb(ctx):
    svc = ctx["svc"]
    fname = "%s/v1/%s.proto" % (svc, svc)
    desc = pb_field(1, fname) + pb_field(2, "%s.v1" % svc) + pb_field(4, pb_field(1, ctx["Svc"] + "Request") + pb_field(2, pb_field(1, "id") + pb_field(3, 1) + pb_field(5, 9))) + rb(R.randint(30, 80))
    if R.random() < 0.5:
        lit = "".join(chr(b) if 32 <= b < 127 and chr(b) not in "\\'" else "\\x%02x" % b for b in desc)
        c = "# -*- coding: utf-8 -*-\n# Generated by the protocol buffer compiler.  DO NOT EDIT!\n# source: %s\n# Protobuf Python Version: 4.25.1\n\"\"\"Generated protocol buffer code.\"\"\"\nfrom google.protobuf import descriptor as _descriptor\nfrom google.protobuf import descriptor_pool as _descriptor_pool\nfrom google.protobuf import symbol_database as _symbol_database\nfrom google.protobuf.internal import builder as _builder\n\n_sym_db = _symbol_database.Default()\n\n\nDESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'%s')\n\n_globals = globals()\n_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)\n_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, '%s_pb2', _globals)\n" % (fname, lit, fname.replace("/", ".")[:-6])
        return N("gen/python/%s/v1/%s_pb2.py" % (svc, svc), c, "protobuf", "generated_protobuf_descriptor", "python")
    rows = ["\t" + " ".join("0x%02x," % b for b in desc[i:i + 16]) for i in range(0, len(desc), 16)]
    c = "// Code generated by protoc-gen-go. DO NOT EDIT.\n// versions:\n// \tprotoc-gen-go v1.32.0\n// \tprotoc        v4.25.1\n// source: %s\n\npackage %sv1\n\nvar file_%s_rawDesc = []byte{\n%s\n}\n" % (fname, svc, fname.replace("/", "_").replace(".", "_"), "\n".join(rows))
    return N("gen/go/%s/v1/%s.pb.go" % (svc, svc), c, "protobuf", "generated_protobuf_descriptor", "go")


def neg_binary_fixture_hex(ctx):
    data = pick([b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"%PDF-1.7\n", b"\x1f\x8b\x08\x00"]) + rb(R.randint(48, 120))
    h = pick(["c", "xxd", "rust"])
    if h == "c":
        rows = ["    " + ", ".join("0x%02x" % b for b in data[i:i + 12]) + "," for i in range(0, len(data), 12)]
        c = "/* Generated by xxd -i from testdata/sample.bin */\n#include <stddef.h>\n\nconst unsigned char sample_bin[] = {\n%s\n};\nconst size_t sample_bin_len = %d;\n" % ("\n".join(rows), len(data))
        return N("tests/fixtures/sample_bin.h", c, "binary", "binary_fixture_hex", "c")
    if h == "xxd":
        out = []
        for i in range(0, len(data), 16):
            ch = data[i:i + 16]
            hx = " ".join(ch[j:j + 2].hex() for j in range(0, len(ch), 2))
            out.append("%08x: %-39s  %s" % (i, hx, "".join(chr(b) if 32 <= b < 127 else "." for b in ch)))
        return N("testdata/corrupt-upload.hexdump", "\n".join(out) + "\n", "binary", "binary_fixture_hex", "hexdump")
    c = "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    const HEADER: &str = \"%s\";\n\n    #[test]\n    fn detects_format() {\n        let bytes = hex::decode(HEADER).unwrap();\n        assert!(sniff(&bytes).is_some());\n    }\n}\n" % data.hex()
    return N("src/sniff_tests.rs", c, "binary", "binary_fixture_hex", "rust")


def neg_hash_test_vectors(ctx):
    import hmac as _h
    m = pick(["", "abc", "The quick brown fox jumps over the lazy dog", "hello world"])
    s256 = hashlib.sha256(m.encode()).hexdigest()
    s1 = hashlib.sha1(m.encode()).hexdigest()
    hm = _h.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest()
    if R.random() < 0.5:
        c = 'import hashlib\nimport hmac\n\nimport pytest\n\n\n@pytest.mark.parametrize("msg,sha256,sha1", [\n    (%r, "%s", "%s"),\n])\ndef test_digests(msg, sha256, sha1):\n    assert hashlib.sha256(msg.encode()).hexdigest() == sha256\n    assert hashlib.sha1(msg.encode()).hexdigest() == sha1\n\n\ndef test_hmac_rfc4231_case2():\n    # RFC 4231 test case 2\n    mac = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest()\n    assert mac == "%s"\n' % (m, s256, s1, hm)
        return N("tests/test_digest.py", c, "hash", "hash_test_vectors", "python")
    c = 'package digest\n\nimport "testing"\n\nvar vectors = []struct {\n\tin   string\n\twant string\n}{\n\t{%s, "%s"},\n}\n\nfunc TestSHA256(t *testing.T) {\n\tfor _, v := range vectors {\n\t\tif got := SHA256Hex([]byte(v.in)); got != v.want {\n\t\t\tt.Errorf("SHA256(%%q) = %%s, want %%s", v.in, got, v.want)\n\t\t}\n\t}\n}\n' % (json.dumps(m), s256)
    return N("internal/digest/digest_test.go", c, "hash", "hash_test_vectors", "go")


# ---------------------------------------------------------- encrypted values
def sops_enc(n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rb(n)), b64(rb(32)), b64(rb(16)))


def age_armor():
    inner = ("age-encryption.org/v1\n-> X25519 %s\n%s\n--- %s\n" % (b64u(rb(32)), b64u(rb(32)), b64u(rb(32)))).encode() + rb(48)
    return "-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(lines_of(b64(inner), 64)) + "\n-----END AGE ENCRYPTED FILE-----"


def neg_sops_encrypted(ctx):
    arm = "\n".join("            " + l for l in age_armor().split("\n"))
    c = """database:
    host: %s
    user: %s
    password: %s
stripe:
    secret_key: %s
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: %s
          enc: |
%s
    lastmodified: "%s"
    mac: %s
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""" % (sops_enc(R.randint(12, 30)), sops_enc(8), sops_enc(R.randint(16, 28)), sops_enc(R.randint(24, 80)), age_recipient(), arm, ts_iso()[:19] + "Z", sops_enc(32))
    return N(T(pick(["secrets/prod/@svc@.enc.yaml", "deploy/secrets.sops.yaml", "helm/@svc@/secrets.prod.yaml"]), ctx), c, "sops", "sops_encrypted_values", "yaml")


def vault_blob():
    inner = (rb(32).hex() + "\n" + rb(32).hex() + "\n" + rb(R.randint(16, 64)).hex()).encode().hex()
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines_of(inner, 80))


def neg_ansible_vault(ctx):
    if R.random() < 0.5:
        ind = "\n".join("          " + l for l in vault_blob().split("\n"))
        c = "---\n%s_db_user: %s_app\n%s_db_password: !vault |\n%s\n%s_db_port: 5432\n" % (ctx["svc"], ctx["svc"], ctx["svc"], ind, ctx["svc"])
        return N(T("ansible/group_vars/@svc@/vault.yml", ctx), c, "ansible", "ansible_vault_inline", "yaml")
    return N(T("ansible/host_vars/@svc@-01/secrets.yml", ctx), vault_blob() + "\n", "ansible", "ansible_vault_file", "ansible-vault")


def neg_sealed_secret(ctx):
    def blob():
        return b64(b"\x02" + bytes([R.randint(0, 15)]) + rb(R.randint(380, 560)))
    c = T("""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  creationTimestamp: null
  name: @svc@-credentials
  namespace: @svc@
spec:
  encryptedData:
    DATABASE_PASSWORD: %s
    STRIPE_SECRET_KEY: %s
  template:
    metadata:
      name: @svc@-credentials
      namespace: @svc@
""" % (blob(), blob()), ctx)
    return N(T("k8s/sealed/@svc@-credentials.yaml", ctx), c, "sealed-secrets", "sealed_secret", "yaml")


def neg_kms_ciphertext(ctx):
    payload = b64(b"\x01\x02\x02\x00\x78" + rb(32) + b"\x01" + rb(R.randint(120, 190)))
    c = T('''data "aws_kms_secrets" "@svc@" {
  secret {
    name    = "master_password"
    payload = "%s"

    context = {
      service = "@svc@"
    }
  }
}

resource "aws_rds_cluster" "@svc@" {
  cluster_identifier = "@svc@-prod"
  engine             = "aurora-postgresql"
  master_username    = "@svc@_admin"
  master_password    = data.aws_kms_secrets.@svc@.plaintext["master_password"]
}
''' % payload, ctx)
    return N(T("infra/@svc@/rds.tf", ctx), c, "aws-kms", "kms_ciphertext_blob", "terraform")


def neg_rails_enc(ctx):
    return N(pick(["config/credentials.yml.enc", "config/credentials/production.yml.enc"]),
             "%s--%s--%s" % (b64(rb(R.randint(150, 400))), b64(rb(12)), b64(rb(16))), "rails", "rails_encrypted_credentials", "rails-enc")


def neg_travis_secure(ctx):
    c = "language: python\npython:\n  - \"3.11\"\nenv:\n  global:\n    - secure: \"%s\"\ninstall:\n  - pip install -r requirements.txt\nscript:\n  - pytest -q\n" % b64(rb(256))
    return N(".travis.yml", c, "travis", "travis_encrypted_env", "yaml")


# ---------------------------------------------------------- masked / redacted
def neg_masked(ctx):
    l4 = rsm(4)
    vals = [("stripe", "sk_live_" + "*" * 20 + l4), ("stripe", "sk_live_…" + l4), ("github", "ghp_" + "*" * 32 + l4),
            ("github", "ghp_…" + l4), ("aws", "AKIA************" + rs(4, UP + "234567")), ("openai", "sk-...%s" % l4),
            ("generic", "[REDACTED]"), ("generic", "********"), ("slack", "xoxb-****-****-" + "*" * 20), ("generic", "<redacted>"),
            ("generic", "••••••••" + l4)]
    prov, mv = pick(vals)
    h = pick(["log", "json", "markdown", "tfplan"])
    if h == "log":
        t = ts_seq(4)
        out = ["%s INFO  config loaded source=env" % t[0],
               "%s DEBUG credentials api_key=%s scope=read_write" % (t[1], mv),
               "%s DEBUG outgoing headers={'Authorization': 'Bearer [REDACTED]', 'Accept': 'application/json'}" % t[2],
               "%s INFO  request ok status=200 duration_ms=%d" % (t[3], R.randint(10, 900))]
        return N(T("logs/@svc@-startup.log", ctx), "\n".join(out) + "\n", prov, "masked_value", "log")
    if h == "json":
        d = {"object": "list", "data": [{"id": "key_%s" % rsm(14), "name": "CI deploy key", "created": R.randint(1700000000, 1730000000),
                                         "redacted_secret": mv, "last_used_ip": "203.0.113.%d" % R.randint(1, 254)}]}
        return N(T("tests/fixtures/@svc@_api_keys_list.json", ctx), json.dumps(d, indent=2, ensure_ascii=False) + "\n", prov, "masked_value", "json")
    if h == "markdown":
        c = "## Rotating the key\n\nOpen *Settings → API keys*. The current key is shown masked, e.g. `%s`.\nClick **Roll key**, copy the new value into the secret manager, then redeploy.\n" % mv
        return N("docs/rotating-keys.md", c, prov, "masked_value", "markdown")
    c = T("""Terraform will perform the following actions:

  # aws_db_instance.@svc@ will be updated in-place
  ~ resource "aws_db_instance" "@svc@" {
        id       = "@svc@-prod"
      ~ password = (sensitive value)
        # (42 unchanged attributes hidden)
    }

  # aws_secretsmanager_secret_version.@svc@ will be created
  + resource "aws_secretsmanager_secret_version" "@svc@" {
      + secret_string = (sensitive value)
    }

Plan: 1 to add, 1 to change, 0 to destroy.
""", ctx)
    return N("docs/plans/%s-plan.txt" % ctx["svc"], c, "terraform", "masked_value", "tfplan")


# ---------------------------------------------------------- placeholders & references
PLACEHOLDERS = ["<your-api-key>", "<YOUR_TOKEN>", "YOUR_API_KEY_HERE", "your-secret-here", "xxxxxxxxxxxxxxxxxxxxxxxx",
                "changeme", "CHANGE_ME", "dummy", "test", "fake-token", "example", "REPLACE_WITH_YOUR_KEY",
                "insert-token-here", "<token>", "TODO", "__API_KEY__", "not-a-real-secret", "placeholder", "secret",
                "password", "none", "XXXXXXXXXXXXXXXX", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "xoxb-your-bot-token", "sk-...", "AKIAXXXXXXXXXXXXXXXX", "your_password", "<paste-key-here>", "dev-only-not-secret",
                "0000000000000000", "foobar", "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX", "glpat-xxxxxxxxxxxxxxxxxxxx", "REDACTED"]


def neg_placeholder_literal(ctx):
    name = pick(SECRET_NAMES)
    val = pick(PLACEHOLDERS)
    p, c, ft = host_file(ctx, name.upper(), sec_of(name), name, val, prov_of(name),
                         weights=(40, 45, 15))
    if R.random() < 0.35 and ft in CFG_FORMATS:
        base, ext = os.path.splitext(p)
        p = (p + ".example") if p.startswith(".env") or "/.env" in p else base + pick([".example", ".sample", ".dist"]) + ext
    return N(p, c, prov_of(name), "placeholder_literal", ft)


TEMPLATE_REFS = {
    "yaml": ["${%(E)s}", "${%(E)s:?required}", "{{ %(n)s }}", "((%(k)s))", "${{ secrets.%(E)s }}", "$(%(E)s)", "#{%(P)s}#", "${env:%(E)s}"],
    "json": ["${%(E)s}", "#{%(P)s}#", "{{%(c)s}}", "__%(E)s__", "$(%(E)s)", "${env:%(E)s}"],
    "toml": ["${%(E)s}", "env:%(E)s", "{{ %(n)s }}"],
    "ini": ["%%(%(n)s)s", "${%(E)s}", "${env:%(E)s}", "{{ %(n)s }}"],
    "dotenv": ["${%(E)s}", "$%(E)s", "${PROD_%(E)s}"],
    "properties": ["${%(E)s}", "${vault.%(k)s}", "@%(d)s@", "${%(E)s:}"],
    "xml": ["#{%(P)s}#", "$(%(P)s)", "__%(P)s__", "${%(P)s}"],
    "dockerfile": ["${%(E)s}", "$%(E)s"],
    "github-actions": ["${{ secrets.%(E)s }}", "${{ vars.%(E)s }}"],
    "gitlab-ci": ["$PROD_%(E)s", "${%(E)s}"],
    "docker-compose": ["${%(E)s}", "${%(E)s:?%(E)s is required}", "${%(E)s:-}"],
    "k8s": ["${%(E)s}", "$(%(E)s)"],
    "makefile": ["$(shell cat .secrets/%(n)s)", "$(%(E)s)"],
}


def neg_template_reference(ctx):
    name = pick(SECRET_NAMES)
    h = pick(list(TEMPLATE_REFS))
    E = name.upper()
    val = pick(TEMPLATE_REFS[h]) % {"E": E, "n": name, "k": name.replace("_", "-"), "P": pas(name), "c": cam(name), "d": name.replace("_", ".")}
    if h in CFG_FORMATS:
        p, c = config_file(h, ctx, sec_of(name), name, val)
    else:
        p, c = special_file(h, ctx, E, val)
    return N(p, c, prov_of(name), "template_reference", h)


def neg_env_reads(ctx):
    names = picks(SECRET_NAMES, 1, 3)
    lang = pick(CODE_LANGS)
    p, c = code_env(lang, ctx, [(n, n.upper()) for n in names])
    return N(p, c, prov_of(names[0]), "env_read", lang)


def neg_docs_export_placeholder(ctx):
    items = pick([
        [("OPENAI_API_KEY", "sk-..."), ("OPENAI_ORG", "org-...")],
        [("GITHUB_TOKEN", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")],
        [("STRIPE_SECRET_KEY", "sk_test_..."), ("STRIPE_WEBHOOK_SECRET", "whsec_...")],
        [("AWS_ACCESS_KEY_ID", "<your-access-key-id>"), ("AWS_SECRET_ACCESS_KEY", "<your-secret-access-key>")],
        [("SLACK_BOT_TOKEN", "xoxb-your-token"), ("SLACK_SIGNING_SECRET", "your-signing-secret")],
        [("DATABASE_URL", "postgres://USER:PASSWORD@localhost:5432/%s" % ctx["svc"])],
        [("ANTHROPIC_API_KEY", "your-api-key-here")],
        [("HF_TOKEN", "hf_...")],
        [("API_TOKEN", "$(op read op://Engineering/%s/token)" % ctx["svc"])],
    ])
    lines = "\n".join("export %s=%s" % (k, json.dumps(v) if R.random() < 0.5 else v) for k, v in items)
    c = T("# @Svc@\n\n## Quick start\n\nCreate credentials in the provider dashboard, then export them in your shell\n(never commit real values):\n\n```bash\n", ctx) + lines + T("\n```\n\nRun the service:\n\n```bash\nmake run\ncurl -H \"Authorization: Bearer $API_TOKEN\" http://localhost:@port@/healthz\n```\n", ctx)
    prov = items[0][0].split("_")[0].lower()
    return N(pick(["README.md", "docs/getting-started.md", "docs/local-setup.md"]), c, prov, "docs_export_placeholder", "markdown")


def neg_env_example(ctx):
    out = ["# Copy to .env and fill in real values. Never commit .env.", "APP_ENV=development", "PORT=%d" % ctx["port"],
           "DATABASE_URL=postgres://postgres@localhost:5432/%s" % ctx["svc"], "REDIS_URL=redis://localhost:6379/0", ""]
    for n in picks(SECRET_NAMES, 3, 6):
        out.append("%s=%s" % (n.upper(), pick(["", "", "changeme", "<%s>" % n.replace("_", "-"), "your-%s" % n.replace("_", "-"), "xxx"])))
    return N(pick([".env.example", ".env.sample", ".env.template", "config/.env.dist"]), "\n".join(out) + "\n", "generic", "env_example_file", "dotenv")


HARMLESS = [("password_min_length", 12), ("token_expiry_seconds", 3600), ("secret_name", "db-creds"), ("api_key_header", "X-API-Key"),
            ("password_field", "password"), ("auth_type", "oauth2"), ("key_alias", "signing"), ("token_url", "https://oauth2.googleapis.com/token"),
            ("secret_ref", "prod/db/password"), ("password_reset_path", "/account/password/reset"), ("api_key_env_var", "STRIPE_API_KEY"),
            ("private_key_path", "/etc/ssl/private/server.key"), ("credentials_file", "/var/run/secrets/gcp/credentials.json"),
            ("token_type", "Bearer"), ("secret_rotation_days", 90), ("key_size", 4096), ("password_hash_algorithm", "argon2id"),
            ("jwt_algorithm", "RS256"), ("auth_header", "Authorization"), ("max_password_attempts", 5), ("enable_api_keys", True),
            ("keystore_type", "PKCS12"), ("access_token_ttl", "15m"), ("refresh_token_ttl", "720h"), ("secret_store", "aws-secretsmanager"),
            ("api_key_prefix_length", 8), ("kms_key_alias", "alias/%s-data"), ("token_audience", "https://api.example.com"),
            ("password_policy", "strong"), ("oauth_scopes", "openid profile email"), ("secret_mount_path", "/mnt/secrets"),
            ("github_token_permissions", "read"), ("session_cookie_name", "__Host-session"), ("csrf_header_name", "X-CSRF-Token"),
            ("bcrypt_rounds", 12), ("api_key_rate_limit", 1000)]


def neg_harmless_keys(ctx):
    pairs = [(k, (v % ctx["svc"]) if isinstance(v, str) and "%s" in v else v) for k, v in picks(HARMLESS, 1, 3)]
    cls = pick(["code", "cfg", "cfg"])
    if cls == "code":
        lang = pick(CODE_LANGS)
        p, c = code_const(lang, ctx, pairs)
        ft = lang
    else:
        ft = pick(CFG_NAMES)
        ser, paths = CFG_FORMATS[ft]
        cfg = base_config(ctx)
        for k, v in pairs:
            cfg_insert(cfg, pick(["auth", "security", "server"]), k, v)
        p, c = T(pick(paths), ctx), ser(cfg)
    return N(p, c, "generic", "secret_word_config_keys", ft)


def neg_identifiers(ctx):
    h = pick(["pytest", "go", "java", "jest", "ruby", "csharp"])
    if h == "pytest":
        c = T('''import pytest

from @svc@.auth import ApiKeyAuth, InvalidApiKey


def test_invalid_api_key_returns_401(client):
    resp = client.get("/v1/@svc@", headers={"X-API-Key": "invalid"})
    assert resp.status_code == 401


def test_missing_token_returns_401(client):
    assert client.get("/v1/@svc@").status_code == 401


def test_expired_access_token_is_rejected(client, expired_token_factory):
    token = expired_token_factory()
    resp = client.get("/v1/@svc@", headers={"Authorization": f"Bearer {token}"})
    assert resp.json()["error"] == "token_expired"


def test_password_reset_token_single_use(reset_service):
    with pytest.raises(InvalidApiKey):
        ApiKeyAuth(secret_lookup=lambda _: None).authenticate("")
''', ctx)
        return N(T("tests/test_@svc@_auth.py", ctx), c, "generic", "secret_word_identifiers", "python")
    if h == "go":
        c = T('''package auth

import "testing"

func TestRotateSecretKey(t *testing.T) {
	store := newMemoryKeyStore()
	oldKeyID := store.ActiveKeyID()
	if err := store.RotateSecretKey(); err != nil {
		t.Fatalf("RotateSecretKey: %v", err)
	}
	if store.ActiveKeyID() == oldKeyID {
		t.Fatal("expected a new active key id after rotation")
	}
}

func TestValidateAPIKeyRejectsEmpty(t *testing.T) {
	if ValidateAPIKey("") == nil {
		t.Fatal("empty api key must be rejected")
	}
}
''', ctx)
        return N("internal/auth/keys_test.go", c, "generic", "secret_word_identifiers", "go")
    if h == "java":
        c = T('''package com.@org@.@svc@.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.defaults();

    @Test
    void shouldRejectPasswordShorterThanMinimumLength() {
        assertThat(policy.validate("short")).isFalse();
    }

    @Test
    void isPasswordExpiredReturnsTrueAfterNinetyDays() {
        assertThat(policy.isPasswordExpired(91)).isTrue();
    }

    @Test
    void accessTokenHeaderNameIsAuthorization() {
        assertThat(policy.accessTokenHeader()).isEqualTo("Authorization");
    }
}
''', ctx)
        return N(T("src/test/java/com/@org@/@svc@/security/PasswordPolicyTest.java", ctx), c, "generic", "secret_word_identifiers", "java")
    if h == "jest":
        c = T("""import { validateToken, maskSecret } from '../src/auth';

describe('validateToken', () => {
  it('rejects an expired access token', () => {
    expect(validateToken({ exp: 0 })).toBe(false);
  });

  it('requires a client secret for confidential clients', () => {
    expect(() => validateToken({ clientType: 'confidential' })).toThrow('client_secret is required');
  });
});

describe('maskSecret', () => {
  it('keeps only the last four characters', () => {
    expect(maskSecret('abcdefgh')).toBe('****efgh');
  });
});
""", ctx)
        return N("test/auth.test.ts", c, "generic", "secret_word_identifiers", "typescript")
    if h == "ruby":
        c = T("""require "rails_helper"

RSpec.describe ApiKeysController, type: :request do
  describe "POST /api_keys/:id/revoke" do
    it "revokes the api key and returns 204" do
      api_key = create(:api_key, user: user)
      post "/api_keys/#{api_key.id}/revoke", headers: auth_headers(user)
      expect(response).to have_http_status(:no_content)
      expect(api_key.reload).to be_revoked
    end

    it "does not expose the secret digest" do
      get "/api_keys", headers: auth_headers(user)
      expect(response.body).not_to include("secret_digest")
    end
  end
end
""", ctx)
        return N("spec/requests/api_keys_spec.rb", c, "generic", "secret_word_identifiers", "ruby")
    c = T("""using Xunit;

namespace @Org@.@Svc@.Tests
{
    public class TokenServiceTests
    {
        [Fact]
        public void GenerateRefreshToken_ReturnsDistinctValues()
        {
            var svc = new TokenService(TokenOptions.Default);
            Assert.NotEqual(svc.GenerateRefreshToken(), svc.GenerateRefreshToken());
        }

        [Fact]
        public void ValidateClientSecret_WithEmptySecret_ReturnsFalse()
        {
            Assert.False(new TokenService(TokenOptions.Default).ValidateClientSecret(string.Empty));
        }
    }
}
""", ctx)
    return N("tests/@Svc@.Tests/TokenServiceTests.cs".replace("@Svc@", ctx["Svc"]), c, "generic", "secret_word_identifiers", "csharp")


I18N = {"password_incorrect": "Your password is incorrect.", "password_too_short": "Password must be at least 12 characters.",
        "api_key_created": "API key created. Copy it now, you won't be able to see it again.",
        "token_expired": "Your session token has expired. Please sign in again.",
        "secret_label": "Client secret", "reset_password": "Reset password", "api_key_revoked": "This API key has been revoked.",
        "enter_token": "Enter the 6-digit code from your authenticator app", "private_key_hint": "Paste your PEM-encoded private key"}


def neg_i18n(ctx):
    keys = picks(list(I18N), 3, 6)
    h = pick(["json", "yaml", "po", "android", "ios", "properties"])
    if h == "json":
        return N(pick(["locales/en.json", "src/i18n/en-US.json", "public/locales/en/common.json"]), json.dumps({"auth": {k: I18N[k] for k in keys}}, indent=2) + "\n", "generic", "i18n_strings", "json")
    if h == "yaml":
        return N("config/locales/en.yml", "en:\n  auth:\n" + "".join("    %s: %s\n" % (k, json.dumps(I18N[k])) for k in keys), "generic", "i18n_strings", "yaml")
    if h == "po":
        body = "".join('\n#: %s/templates/account.html:%d\nmsgid "%s"\nmsgstr "%s"\n' % (ctx["svc"], R.randint(5, 300), I18N[k], I18N[k]) for k in keys)
        return N("locale/en/LC_MESSAGES/django.po", 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n' + body, "generic", "i18n_strings", "gettext")
    if h == "android":
        body = "".join('    <string name="%s">%s</string>\n' % (k, I18N[k].replace("'", "\\'")) for k in keys)
        return N("app/src/main/res/values/strings.xml", '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n' + body + "</resources>\n", "generic", "i18n_strings", "xml")
    if h == "ios":
        return N("App/Resources/en.lproj/Localizable.strings", "".join('"%s" = "%s";\n' % (k, I18N[k]) for k in keys), "generic", "i18n_strings", "strings")
    return N("src/main/resources/messages.properties", "".join("auth.%s=%s\n" % (k.replace("_", "."), I18N[k]) for k in keys), "generic", "i18n_strings", "properties")


REGEXES = [("stripe", r"sk_(?:live|test)_[0-9a-zA-Z]{24,99}"), ("github", r"gh[pousr]_[A-Za-z0-9]{36}"), ("aws", r"AKIA[0-9A-Z]{16}"),
           ("slack", r"xox[baprs]-[0-9A-Za-z-]{10,48}"), ("google", r"AIza[0-9A-Za-z_\-]{35}"), ("openai", r"sk-[A-Za-z0-9_-]{20,}"),
           ("generic", r"-----BEGIN [A-Z ]*PRIVATE KEY-----"), ("gitlab", r"glpat-[0-9A-Za-z_\-]{20}")]


def neg_key_regexes(ctx):
    rx = picks(REGEXES, 2, 4)
    h = pick(["python", "javascript", "go", "yaml"])
    if h == "python":
        body = "\n".join('    "%s": re.compile(r"%s"),' % (n, r) for n, r in rx)
        c = '"""Redact credentials from log records before they are shipped."""\nimport logging\nimport re\n\nPATTERNS = {\n%s\n}\n\n\nclass RedactingFilter(logging.Filter):\n    def filter(self, record):\n        msg = record.getMessage()\n        for name, rx in PATTERNS.items():\n            msg = rx.sub("[REDACTED:%%s]" %% name, msg)\n        record.msg, record.args = msg, ()\n        return True\n' % body
        return N(T("@svc@/logging/redact.py", ctx), c, rx[0][0], "key_format_regex", "python")
    if h == "javascript":
        body = "\n".join("  %s: /%s/g," % (n, r.replace("/", "\\/")) for n, r in rx)
        c = "// Patterns used by the support-ticket scrubber.\nconst SECRET_PATTERNS = {\n%s\n};\n\nfunction scrub(text) {\n  return Object.entries(SECRET_PATTERNS).reduce((t, [name, re]) => t.replace(re, `[${name}]`), text);\n}\n\nmodule.exports = { scrub, SECRET_PATTERNS };\n" % body
        return N("src/util/scrub.js", c, rx[0][0], "key_format_regex", "javascript")
    if h == "go":
        body = "\n".join('\t"%s": regexp.MustCompile(`%s`),' % (n, r) for n, r in rx)
        c = "package redact\n\nimport \"regexp\"\n\nvar patterns = map[string]*regexp.Regexp{\n%s\n}\n\n// String masks anything that looks like a credential.\nfunc String(s string) string {\n\tfor _, re := range patterns {\n\t\ts = re.ReplaceAllString(s, \"[REDACTED]\")\n\t}\n\treturn s\n}\n" % body
        return N("internal/redact/patterns.go", c, rx[0][0], "key_format_regex", "go")
    body = "".join("  - name: %s\n    regex: '%s'\n    replace: '[REDACTED]'\n" % (n, r) for n, r in rx)
    return N("config/log-scrubber.yaml", "scrubbers:\n" + body, rx[0][0], "key_format_regex", "yaml")


def neg_secret_manager_refs(ctx):
    h = pick(["k8s_ref", "external_secret", "op_env", "ecs", "cfn", "azure_kv", "py_sm", "jenkins", "vault_tpl", "compose_secrets", "helmfile"])
    s = ctx["svc"]
    if h == "k8s_ref":
        c = T("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: @svc@\nspec:\n  template:\n    spec:\n      containers:\n        - name: @svc@\n          image: ghcr.io/@org@/@svc@:@ver@\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: @svc@-db\n                  key: password\n            - name: STRIPE_SECRET_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: @svc@-stripe\n                  key: secret-key\n", ctx)
        return N(T("k8s/@svc@/deployment.yaml", ctx), c, "kubernetes", "secret_manager_reference", "k8s-yaml")
    if h == "external_secret":
        c = T("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: @svc@-credentials\nspec:\n  refreshInterval: 1h\n  secretStoreRef:\n    name: aws-secrets-manager\n    kind: ClusterSecretStore\n  target:\n    name: @svc@-credentials\n  data:\n    - secretKey: api-key\n      remoteRef:\n        key: prod/@svc@/api-key\n    - secretKey: db-password\n      remoteRef:\n        key: prod/@svc@/db\n        property: password\n", ctx)
        return N(T("k8s/@svc@/external-secret.yaml", ctx), c, "external-secrets", "secret_manager_reference", "k8s-yaml")
    if h == "op_env":
        c = "# Resolved at runtime by `op run --env-file=.env.op -- make run`\nDB_PASSWORD=op://Engineering/%s-db/password\nSTRIPE_SECRET_KEY=op://Engineering/Stripe/%s/secret key\nGITHUB_TOKEN=op://Private/GitHub/token\n" % (s, s)
        return N(".env.op", c, "1password", "secret_manager_reference", "dotenv")
    if h == "ecs":
        acct = rs(12, DG)
        d = {"family": s, "containerDefinitions": [{"name": s, "image": "%s.dkr.ecr.%s.amazonaws.com/%s:%s" % (acct, ctx["region"], s, ctx["ver"]),
              "secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:%s:%s:secret:prod/%s/db-%s:password::" % (ctx["region"], acct, s, rsm(6))},
                          {"name": "API_TOKEN", "valueFrom": "arn:aws:ssm:%s:%s:parameter/prod/%s/api-token" % (ctx["region"], acct, s)}],
              "essential": True}]}
        return N("deploy/ecs/task-definition.json", json.dumps(d, indent=2) + "\n", "aws", "secret_manager_reference", "json")
    if h == "cfn":
        c = T("Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t4g.medium\n      MasterUsername: '{{resolve:secretsmanager:prod/@svc@/db:SecretString:username}}'\n      MasterUserPassword: '{{resolve:secretsmanager:prod/@svc@/db:SecretString:password}}'\n      AllocatedStorage: '50'\n", ctx)
        return N(T("cloudformation/@svc@-db.yaml", ctx), c, "aws", "secret_manager_reference", "cloudformation")
    if h == "azure_kv":
        d = {"FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated", "DbPassword": "@Microsoft.KeyVault(SecretUri=https://kv-%s-prod.vault.azure.net/secrets/db-password/)" % s,
             "StripeKey": "@Microsoft.KeyVault(VaultName=kv-%s-prod;SecretName=stripe-secret-key)" % s}
        return N("infra/appsettings.production.json", json.dumps(d, indent=2) + "\n", "azure", "secret_manager_reference", "json")
    if h == "py_sm":
        c = T('''import json
from functools import lru_cache

import boto3


@lru_cache(maxsize=None)
def get_secret(secret_id: str = "prod/@svc@/api") -> dict:
    client = boto3.client("secretsmanager", region_name="@region@")
    resp = client.get_secret_value(SecretId=secret_id)
    return json.loads(resp["SecretString"])


API_KEY = get_secret()["api_key"]
''', ctx)
        return N(T("@svc@/secrets.py", ctx), c, "aws", "secret_manager_reference", "python")
    if h == "jenkins":
        c = T("pipeline {\n    agent any\n    environment {\n        REGISTRY_CREDS = credentials('ghcr-push')\n    }\n    stages {\n        stage('Publish') {\n            steps {\n                withCredentials([string(credentialsId: '@svc@-npm-token', variable: 'NPM_TOKEN')]) {\n                    sh 'npm publish'\n                }\n            }\n        }\n    }\n}\n", ctx)
        return N("Jenkinsfile", c, "jenkins", "secret_manager_reference", "jenkinsfile")
    if h == "vault_tpl":
        c = T('{{- with secret "secret/data/@svc@/db" -}}\nDB_USER={{ .Data.data.username }}\nDB_PASSWORD={{ .Data.data.password }}\n{{- end }}\n', ctx)
        return N(T("vault/templates/@svc@.env.ctmpl", ctx), c, "hashicorp-vault", "secret_manager_reference", "consul-template")
    if h == "compose_secrets":
        c = T("services:\n  @svc@:\n    image: ghcr.io/@org@/@svc@:@ver@\n    environment:\n      DB_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - db_password\n\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n", ctx)
        return N("docker-compose.yml", c, "docker", "secret_manager_reference", "docker-compose")
    c = T("releases:\n  - name: @svc@\n    chart: ./charts/@svc@\n    values:\n      - db:\n          password: ref+vault://secret/data/@svc@/db#/password\n      - stripe:\n          secretKey: ref+awssecrets://prod/@svc@/stripe#/secret_key\n", ctx)
    return N("helmfile.yaml", c, "vals", "secret_manager_reference", "yaml")


def neg_runtime_fake_tokens(ctx):
    h = pick(["python", "js", "go", "ruby", "java"])
    if h == "python":
        c = T('''import secrets
import uuid

import factory

from @svc@.models import ApiToken


class ApiTokenFactory(factory.Factory):
    class Meta:
        model = ApiToken

    name = factory.Sequence(lambda n: f"token-{n}")
    # fake, generated per test run
    value = factory.LazyFunction(lambda: "ghp_" + secrets.token_hex(18))
    webhook_secret = factory.LazyFunction(lambda: f"whsec_test_{uuid.uuid4().hex}")
''', ctx)
        return N("tests/factories.py", c, "github", "runtime_generated_fake_token", "python")
    if h == "js":
        c = "import crypto from 'node:crypto';\n\n// Test helper: never use real keys in tests.\nexport function fakeStripeKey() {\n  return `sk_test_${crypto.randomBytes(12).toString('hex')}`;\n}\n\nexport const fakeSession = () => ({ id: crypto.randomUUID(), token: crypto.randomBytes(32).toString('base64url') });\n"
        return N("test/helpers/fakes.js", c, "stripe", "runtime_generated_fake_token", "javascript")
    if h == "go":
        c = 'package testutil\n\nimport (\n\t"crypto/rand"\n\t"encoding/hex"\n\t"fmt"\n)\n\n// FakeSlackToken returns a syntactically valid but random bot token for tests.\nfunc FakeSlackToken() string {\n\tb := make([]byte, 12)\n\t_, _ = rand.Read(b)\n\treturn fmt.Sprintf("xoxb-%d-%d-%s", 1000000000, 2000000000, hex.EncodeToString(b))\n}\n'
        return N("internal/testutil/tokens.go", c, "slack", "runtime_generated_fake_token", "go")
    if h == "ruby":
        c = "FactoryBot.define do\n  factory :api_key do\n    user\n    name { \"CI key\" }\n    token { \"ak_#{SecureRandom.hex(20)}\" }\n    password { Faker::Internet.password(min_length: 16) }\n  end\nend\n"
        return N("spec/factories/api_keys.rb", c, "generic", "runtime_generated_fake_token", "ruby")
    c = T("package com.@org@.@svc@.testing;\n\nimport java.security.SecureRandom;\nimport java.util.Base64;\nimport java.util.UUID;\n\npublic final class FakeCredentials {\n    private static final SecureRandom RNG = new SecureRandom();\n\n    public static String apiKey() {\n        return \"test_\" + UUID.randomUUID().toString().replace(\"-\", \"\");\n    }\n\n    public static String clientSecret() {\n        byte[] b = new byte[32];\n        RNG.nextBytes(b);\n        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);\n    }\n}\n", ctx)
    return N(T("src/test/java/com/@org@/@svc@/testing/FakeCredentials.java", ctx), c, "generic", "runtime_generated_fake_token", "java")


def neg_stripe_publishable(ctx):
    k = pick(["pk_live_", "pk_test_"]) + pick([rsm(24), "51" + rsm(97)])
    h = pick(["ts", "html", "env", "js"])
    if h == "ts":
        c = 'import { loadStripe } from "@stripe/stripe-js";\n\n// Publishable key: safe to ship in the browser bundle.\nexport const stripePromise = loadStripe("%s");\n' % k
        return N("src/lib/stripe.ts", c, "stripe", "stripe_publishable_key", "typescript")
    if h == "html":
        c = '<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("%s");\n  const elements = stripe.elements();\n  elements.create("card").mount("#card-element");\n</script>\n' % k
        return N("templates/checkout/payment.html", c, "stripe", "stripe_publishable_key", "html")
    if h == "env":
        c = "NEXT_PUBLIC_APP_URL=https://%s.%s\nNEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=%s\nNEXT_PUBLIC_PLAUSIBLE_DOMAIN=%s\n" % (ctx["svc"], ctx["host"], k, ctx["host"])
        return N(".env.production", c, "stripe", "stripe_publishable_key", "dotenv")
    c = "export default {\n  apiBaseUrl: 'https://api.%s',\n  stripePublishableKey: '%s',\n  featureFlags: { newCheckout: true },\n};\n" % (ctx["host"], k)
    return N("src/config/public.js", c, "stripe", "stripe_publishable_key", "javascript")


def neg_oauth_client_ids(ctx):
    v = pick(["google", "github", "auth0", "azure", "okta"])
    cid = {"google": "%d-%s.apps.googleusercontent.com" % (R.randint(10 ** 11, 10 ** 12 - 1), rs(32, LO + DG)),
           "github": pick(["Iv1." + rhex(16), "Ov23li" + rsm(14)]), "auth0": rsm(32), "azure": ruuid(),
           "okta": "0oa" + rsm(17)}[v]
    h = pick(["ts", "json", "env"])
    if h == "ts":
        c = 'export const authConfig = {\n  provider: "%s",\n  clientId: "%s",\n  redirectUri: `${window.location.origin}/auth/callback`,\n  scopes: ["openid", "profile", "email"],\n  usePkce: true,\n};\n' % (v, cid)
        return N("src/auth/config.ts", c, v, "oauth_public_client_id", "typescript")
    if h == "json":
        d = {"auth": {"domain": "login.%s" % ctx["host"], "clientId": cid, "audience": "https://api.%s" % ctx["host"], "responseType": "code"}}
        return N("public/auth_config.json", json.dumps(d, indent=2) + "\n", v, "oauth_public_client_id", "json")
    c = "VITE_OAUTH_PROVIDER=%s\nVITE_OAUTH_CLIENT_ID=%s\nVITE_OAUTH_REDIRECT_URI=https://%s.%s/callback\n" % (v, cid, ctx["svc"], ctx["host"])
    return N(".env", c, v, "oauth_public_client_id", "dotenv")


def neg_aws_docs_example(ctx):
    if R.random() < 0.5:
        c = "## Configuring the CLI\n\n```\n$ aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: %s\nDefault output format [None]: json\n```\n" % ctx["region"]
        return N("docs/aws-setup.md", c, "aws", "aws_documentation_example_key", "markdown")
    c = T('''import boto3
from moto import mock_aws


@mock_aws
def test_upload_report(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket="reports")
''', ctx)
    return N(T("tests/test_@svc@_s3.py", ctx), c, "aws", "aws_documentation_example_key", "python")


def neg_jest_snapshot(ctx):
    c = "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[`<%sCard /> renders the featured variant 1`] = `\n<div\n  className=\"%sCard_root__%s css-%s\"\n  data-testid=\"card\"\n>\n  <h3\n    className=\"sc-%s %s\"\n  >\n    Featured\n  </h3>\n  <img\n    alt=\"\"\n    src=\"/_next/static/media/hero.%s.webp\"\n  />\n</div>\n`;\n" % (
        ctx["Svc"], ctx["Svc"], rsm(5, B64U), rs(7, LO + DG), rsm(6, ALNUM), rsm(6, ALNUM), rhex(8))
    return N("src/components/__snapshots__/%sCard.test.tsx.snap" % ctx["Svc"], c, "jest", "jest_snapshot_hashes", "snapshot")


def neg_helm_template(ctx):
    c = T('apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include "@svc@.fullname" . }}\n  labels:\n    {{- include "@svc@.labels" . | nindent 4 }}\ntype: Opaque\ndata:\n  api-key: {{ .Values.apiKey | b64enc | quote }}\n  db-password: {{ required "db.password is required" .Values.db.password | b64enc | quote }}\n', ctx)
    return N(T("charts/@svc@/templates/secret.yaml", ctx), c, "helm", "helm_template_secret", "helm-template")


def neg_postman(ctx):
    d = {"info": {"_postman_id": ruuid(), "name": "%s API" % ctx["Svc"], "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]},
         "item": [{"name": "List %s" % ctx["svc"], "request": {"method": "GET", "header": [{"key": "X-API-Key", "value": "{{apiKey}}"}],
                                                              "url": {"raw": "{{baseUrl}}/v1/%s" % ctx["svc"], "host": ["{{baseUrl}}"], "path": ["v1", ctx["svc"]]}}}],
         "variable": [{"key": "baseUrl", "value": "https://api.%s" % ctx["host"]}, {"key": "apiKey", "value": ""}, {"key": "accessToken", "value": ""}]}
    return N("postman/%s.postman_collection.json" % ctx["svc"], json.dumps(d, indent="\t") + "\n", "postman", "postman_variables", "json")


def neg_openapi(ctx):
    c = T("""openapi: 3.0.3
info:
  title: @Svc@ API
  version: @ver@
servers:
  - url: https://api.@host@/v1
security:
  - ApiKeyAuth: []
  - BearerAuth: []
paths:
  /@svc@:
    get:
      summary: List @svc@
      parameters:
        - in: header
          name: X-API-Key
          required: true
          schema:
            type: string
          example: your-api-key
      responses:
        "200":
          description: OK
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
    BearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
  schemas:
    ApiKey:
      type: object
      properties:
        id:
          type: string
          example: key_123
        secret:
          type: string
          writeOnly: true
          example: string
""", ctx)
    return N(pick(["openapi.yaml", "api/openapi.yml", "docs/api/openapi.yaml"]), c, "openapi", "openapi_security_schemes", "yaml")


def neg_tf_var_refs(ctx):
    c = T('''variable "db_password" {
  description = "Master password for the @svc@ database"
  type        = string
  sensitive   = true
}

resource "random_password" "api_signing" {
  length  = 48
  special = false
}

resource "aws_db_instance" "@svc@" {
  identifier        = "@svc@-prod"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  username          = "@svc@_admin"
  password          = var.db_password
  allocated_storage = 50
}

resource "aws_secretsmanager_secret_version" "api_signing" {
  secret_id     = aws_secretsmanager_secret.api_signing.id
  secret_string = jsonencode({ key = random_password.api_signing.result })
}
''', ctx)
    return N(T("infra/@svc@/database.tf", ctx), c, "terraform", "terraform_sensitive_refs", "terraform")


def neg_sql_schema(ctx):
    c = """CREATE TABLE users (
    id            UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    email         CITEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    password_changed_at TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    key_prefix  VARCHAR(12) NOT NULL,
    secret_hash BYTEA NOT NULL,
    scopes      TEXT[] NOT NULL DEFAULT '{}',
    last_used_at TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ
);

CREATE INDEX api_keys_prefix_idx ON api_keys (key_prefix);
COMMENT ON COLUMN api_keys.secret_hash IS 'SHA-256 of the secret; the plaintext is shown once and never stored';
"""
    return N("migrations/%d_create_users_and_api_keys.sql" % R.randint(20230101000000, 20241231000000), c, "generic", "sql_schema_secret_columns", "sql")


NEG_KINDS = [
    neg_npm_lock, neg_yarn_lock, neg_pnpm_lock, neg_go_sum, neg_cargo_lock, neg_pipfile_lock, neg_poetry_lock,
    neg_requirements_hashes, neg_gemfile_lock, neg_composer_lock, neg_tf_lock, neg_flake_lock, neg_podfile_lock,
    neg_package_resolved, neg_pubspec_lock, neg_mix_lock, neg_gradle_verification, neg_lfs_pointer, neg_sha256sums,
    neg_chart_lock, neg_docker_digest, neg_gha_pinned, neg_changelog_shas, neg_blame_ignore, neg_sri_html, neg_csp,
    neg_asset_manifest, neg_sourcemap, neg_graphql_persisted, neg_uuid_fixture, neg_sortable_ids, neg_sortable_ids,
    neg_trace_ids, neg_idempotency, neg_http_cassette, neg_aws_resource_ids, neg_azure_ids, neg_xcode_pbxproj,
    neg_unity_meta, neg_vs_sln, neg_android_fingerprints, neg_crypto_public_ids, neg_site_verification, neg_ci_cache_keys,
    neg_ssh_public_key, neg_known_hosts, neg_pem_public_key, neg_certificate, neg_sops_config, neg_wireguard_public,
    neg_pgp_public, neg_dkim, neg_chrome_manifest_key, neg_jwks, neg_cert_pinning, neg_data_uri_image, neg_data_uri_font,
    neg_notebook_png, neg_protobuf_b64, neg_generated_pb, neg_binary_fixture_hex, neg_hash_test_vectors,
    neg_sops_encrypted, neg_ansible_vault, neg_sealed_secret, neg_kms_ciphertext, neg_rails_enc, neg_travis_secure,
    neg_masked, neg_masked, neg_placeholder_literal, neg_placeholder_literal, neg_placeholder_literal, neg_template_reference,
    neg_template_reference, neg_env_reads, neg_env_reads, neg_env_reads, neg_docs_export_placeholder, neg_env_example,
    neg_harmless_keys, neg_harmless_keys, neg_identifiers, neg_i18n, neg_key_regexes, neg_secret_manager_refs,
    neg_secret_manager_refs, neg_runtime_fake_tokens, neg_stripe_publishable, neg_oauth_client_ids, neg_aws_docs_example,
    neg_jest_snapshot, neg_helm_template, neg_postman, neg_openapi, neg_tf_var_refs, neg_sql_schema,
]


# ================================================================= main
def schedule(items, n):
    out = []
    while len(out) < n:
        chunk = list(items)
        R.shuffle(chunk)
        out += chunk
    return out[:n]


def safe_rel(p):
    p = p.lstrip("/").replace("\\", "/")
    assert ".." not in p.split("/"), p
    return p


def main():
    global R
    if len(sys.argv) != 3:
        sys.exit("usage: python3 gen.py OUTDIR SEED")
    out, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    globals()["R"] = R
    os.makedirs(out, exist_ok=True)
    manifest, secrets_ = [], []

    pos_jobs = schedule([("g", e) for e in GENERIC_POS] + [("s", f) for f in SPECIAL_POS], 300)
    for i, (t, job) in enumerate(pos_jobs, 1):
        ctx = new_ctx()
        d = pos_generic(ctx, job) if t == "g" else job(ctx)
        assert d["needle"] and d["needle"] in d["content"], (d["kind"], d["path"])
        rel = "pos/p%04d/%s" % (i, safe_rel(d["path"]))
        write(out, rel, d["content"])
        manifest.append({"file": rel, "label": "pos", "provider": d["provider"], "kind": d["kind"], "filetype": d["filetype"]})
        secrets_.append({"file": rel, "needle": d["needle"]})

    for i, fn in enumerate(schedule(NEG_KINDS, 700), 1):
        ctx = new_ctx()
        d = fn(ctx)
        rel = "neg/n%04d/%s" % (i, safe_rel(d["path"]))
        write(out, rel, d["content"])
        manifest.append({"file": rel, "label": "neg", "provider": d["provider"], "kind": d["kind"], "filetype": d["filetype"]})

    with open(os.path.join(out, "manifest.jsonl"), "w") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w") as f:
        for s in secrets_:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")


def write(out, rel, content):
    path = os.path.join(out, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(content)


if __name__ == "__main__":
    main()
