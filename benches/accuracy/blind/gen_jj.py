#!/usr/bin/env python3
"""gen_jj.py - blind evaluation set: voice assistants, smart speakers and skills.

EMPHASIS
    Domain: voice-assistant and smart-home back ends.  Providers: Amazon Alexa
    (ASK CLI ~/.ask/cli_config, ask-resources.json, skill account linking,
    Smart Home skill Lambda env, Alexa Voice Service device SDK config),
    Login with Amazon (LWA) client secrets, access tokens (Atza|...) and
    refresh tokens (Atzr|...); Google Actions / Conversational Actions /
    Dialogflow (service-account JSON and PEM keys, OAuth client secrets
    GOCSPX-..., webhook basic-auth passwords); Samsung SmartThings (personal
    access tokens, SmartApp and Schema connector client secrets); Home
    Assistant (long-lived access tokens, secrets.yaml, Nabu Casa cloudhook
    URLs); Sonos Control API (client secret); Mycroft / OVOS / Neon configs
    (third-party API keys inside mycroft.conf / neon.yaml); Rhasspy, Wyoming and
    Snips (MQTT passwords, HA tokens); Picovoice AccessKey; Wit.ai server access
    tokens; Voiceflow Dialog Manager API keys (VF.DM....); Jovo apps (as host
    code); Homey (local API keys, cloud client secrets); Thread network keys;
    Homebridge plugin passwords.
    File types: JSON, YAML, JavaScript, TypeScript, Python, Java, Kotlin-free
    Java, shell, .env (<= 1 in 20 positives), Markdown, TOML, INI, XML, Terraform,
    Dockerfile, properties, Home Assistant secrets.yaml / configuration.yaml,
    SAM/serverless Lambda configs, logs, CSV, PEM.

USAGE
    python3 -B gen_jj.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness comes from
    one random.Random(SEED); output is byte-identical for a given SEED.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without quotes.
    * Tokens / keys / client secrets: the full value including documented
      prefixes (Atzr|, Atza|, amzn1.oa2-cs.v1., VF.DM., GOCSPX-).
    * URLs whose credential is the whole URL (Nabu Casa cloudhook webhook URL):
      the whole URL.  URLs / connection strings with user:password@host: only
      the password.
    * HTTP headers: the token after "Bearer " / the base64 blob after "Basic ".
    * Key pairs (client id + client secret, key + secret): only the secret; the
      id is public.
    * Private keys: in JSON (service-account files) the whole private_key
      string value as written on its single line (with literal \\n escapes);
      in multi-line PEM files the first base64 body line after the BEGIN line.

NEGATIVES
    250 re-use positive templates with the secret slot holding a non-secret:
    placeholders (<your-...>, YOUR_..._HERE, changeme, xxxx...), empty values,
    masked values (****, [REDACTED]), environment and secret-manager references
    (${VAR}, os.environ[...], process.env.X, System.getenv, !secret, op://,
    vault paths, {{ secrets.X }} templates), documented example values from
    Amazon / Homey / Thread / Matter docs, and public values (LWA client ids,
    skill ids).  Templates whose secret is only embedded in a derived value
    (base64 Basic header) are not re-used.  No negative is written to a file
    named .env / .env.local / .env.<stage>; those become .env.example.
    250 are domain look-alikes: skill ids (amzn1.ask.skill.<uuid>), user ids
    (amzn1.ask.account....), device ids, request / session ids, Alexa request
    and response JSON, Dialogflow project ids and session paths, LWA client ids
    alone, HomeKit setup codes and X-HM:// payloads, Matter pairing codes and
    MT: QR payloads, Thread extended PAN ids, model sha256 digests, git SHAs,
    npm integrity hashes, public keys, certificate fingerprints, JWKS public
    moduli, HA entity/unique ids, Sonos household ids, SmartThings location and
    device UUIDs, base64 audio, CSV exports, logs with correlation ids.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * LWA: Amazon Video Central docs show client_id
      amzn1.application-oa2-client.<32 hex>, client_secret as 64 lowercase hex,
      access_token "Atza|IwEBI..." and refresh_token "Atzr|IwEBI..." (several
      hundred chars of [A-Za-z0-9_-]), token_type bearer, expires_in 3600.
      That documentation example (ids and tokens) is used only in negatives.
    * ASK CLI: the ask-cli package fixture app-config.yaml shows the profile
      layout (aws_profile, token.access_token / refresh_token / token_type /
      expires_in / expires_at, vendor_id).
    * Voiceflow docs: DM API keys begin with "VF.DM." and go in the
      Authorization header without "Bearer".
    * Home Assistant docs: REST calls use "Authorization: Bearer TOKEN" with a
      long-lived access token (a HS256 JWT with iss/iat/exp claims).
    * Picovoice docs: AccessKey passed as access_key=...; public project code
      shows 56-char base64 strings ending in "==" (40 random bytes).
    * Wit.ai: Bearer server access token; public examples show 32 chars of
      upper-case letters and digits (base32 alphabet).
    * SmartThings docs: personal access tokens used as Bearer tokens with the
      core SDK; PATs are UUID-shaped.
    * Homey docs (node-homey-api): cloud clientId 24 hex, clientSecret 40 hex
      (the documented example pair is used only in negatives); local API keys
      are a "colon-separated triple-part key".

DOUBTS
    * LWA client secrets: newer secrets reportedly carry "amzn1.oa2-cs.v1."
      before 64 hex; only the bare 64-hex form was seen in documentation.  Both
      are generated.
    * Homey local API key exact parts (generated as uuid:uuid:40hex) unconfirmed.
    * Sonos client secret and SmartThings Schema client secret shape (UUID)
      unconfirmed; Nabu Casa cloudhook ids are generated as Fernet-like
      base64url tokens (gAAAAAB...), unconfirmed.
    * Picovoice and Wit.ai formats are inferred from public project code, not
      provider reference pages.  Josh.ai key format could not be found; Josh.ai
      is not used.  Mycroft identity2.json token shape unconfirmed; not used.
    * Thread network keys (16 bytes hex) are treated as credentials.
"""
import base64
import hashlib
import json
import os
import random
import sys

HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = LOW + UP + DIG
B64URL = ALNUM + "-_"
B32 = UP + "234567"


class Expr(str):
    """A code expression placed unquoted where a literal would go."""


def Q(v, q='"'):
    if isinstance(v, Expr):
        return str(v)
    return q + v + q


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid4(r):
    h = rs(r, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def objid(r):
    return rs(r, HEX, 24)


# ---------------------------------------------------------------- secrets
def g_lwa_secret(r):
    if r.random() < 0.5:
        return "amzn1.oa2-cs.v1." + rs(r, HEX, 64)
    return rs(r, HEX, 64)


def g_lwa_secret_hex(r):
    return rs(r, HEX, 64)


def g_atzr(r):
    return "Atzr|IwEBI" + rs(r, B64URL, r.randint(360, 410))


def g_atza(r):
    return "Atza|IwEBI" + rs(r, B64URL, r.randint(320, 380))


def g_ha_llat(r):
    head = b64u(b'{"alg":"HS256","typ":"JWT"}')
    iat = r.randint(1609459200, 1735689600)
    body = json.dumps({"iss": rs(r, HEX, 32), "iat": iat, "exp": iat + 315360000},
                      separators=(",", ":")).encode()
    return head + "." + b64u(body) + "." + b64u(rbytes(r, 32))


def g_picovoice(r):
    return b64(r, 40)


def g_wit(r):
    return rs(r, B32, 32)


def g_voiceflow(r):
    return "VF.DM." + rs(r, HEX, 24) + "." + rs(r, ALNUM, 16)


def g_uuid(r):
    return uuid4(r)


def g_homey_local(r):
    return uuid4(r) + ":" + uuid4(r) + ":" + rs(r, HEX, 40)


def g_hex40(r):
    return rs(r, HEX, 40)


def g_hex32(r):
    return rs(r, HEX, 32)


def g_gocspx(r):
    return "GOCSPX-" + rs(r, B64URL, 28)


def g_password(r):
    words = ["amber", "falcon", "copper", "willow", "harbor", "quartz", "meadow", "cobalt",
             "ember", "tundra", "maple", "orchid", "saffron", "glacier", "thistle", "juniper"]
    style = r.randint(0, 2)
    if style == 0:
        return rs(r, ALNUM + "!#%*+=", r.randint(16, 24))
    if style == 1:
        return (r.choice(words).capitalize() + r.choice("!#%*-_") + r.choice(words) +
                rs(r, DIG, r.randint(2, 4)) + r.choice("!#%*"))
    return rs(r, ALNUM, r.randint(20, 32))


def g_oauth_secret(r):
    return rs(r, B64URL, 64)


def g_cognito_secret(r):
    return rs(r, LOW + DIG, 52)


def g_cloudhook(r):
    ts = r.randint(1577836800, 1735689600).to_bytes(8, "big")
    raw = b"\x80" + ts + rbytes(r, 16 + 16 * r.randint(3, 6) + 32)
    return "https://hooks.nabu.casa/" + base64.urlsafe_b64encode(raw).decode()


def g_wolfram(r):
    return rs(r, UP + DIG, 6) + "-" + rs(r, UP + DIG, 10)


RSA_PKCS8_PREFIX = "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ"


def pem_body(r):
    return RSA_PKCS8_PREFIX + rs(r, ALNUM + "+/", 1624 - len(RSA_PKCS8_PREFIX))


def g_sa_pem_lines(r):
    body = pem_body(r)
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def g_sa_json_key(r):
    lines = g_sa_pem_lines(r)
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"


# ---------------------------------------------------------------- innocent context
FIRST = ["kitchen", "garage", "porch", "bedroom", "office", "nursery", "hallway", "patio", "attic", "den"]
SKILLS = ["Plant Buddy", "Tide Times", "Space Facts", "Bedtime Stories", "Recipe Helper",
          "Bus Tracker", "Pet Feeder", "Garden Watch", "Quiz Night", "Coffee Order",
          "Laundry Timer", "Trivia Duel", "Meditation Minute", "Pool Monitor", "Thermostat Pal"]
REGIONS = ["us-east-1", "eu-west-1", "us-west-2", "ap-northeast-1", "eu-central-1"]
LOCALES = ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "ja-JP", "en-CA"]
HOSTS = ["homeassistant.local", "192.168.1.20", "hass.lan", "10.0.0.15", "ha.example.org", "nuc.local"]
GCP = ["smart-lights-", "tide-helper-", "recipe-agent-", "home-voice-", "quiz-actions-", "garden-bot-"]
USERS = ["rhasspy", "satellite", "snips", "voice", "hermes", "mqtt-user", "ovos", "wyoming"]


def skill_name(r):
    return r.choice(SKILLS)


def slug(s):
    return s.lower().replace(" ", "-")


def skill_id(r):
    return "amzn1.ask.skill." + uuid4(r)


def lwa_client_id(r):
    return "amzn1.application-oa2-client." + rs(r, HEX, 32)


def vendor_id(r):
    return "M" + rs(r, UP + DIG, 13)


def gcp_project(r):
    return r.choice(GCP) + rs(r, LOW + DIG, 5)


def sa_email(r, proj):
    return r.choice(["dialogflow-", "actions-", "homegraph-", "fulfillment-"]) + rs(r, LOW, 5) + "@" + proj + ".iam.gserviceaccount.com"


def iso(r):
    return "20%02d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(21, 25), r.randint(1, 12), r.randint(1, 28),
                                                      r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


def amzn_account(r):
    return "amzn1.ask.account." + rs(r, UP + DIG, 180)


def amzn_device(r):
    return "amzn1.ask.device." + rs(r, UP + DIG, 180)


# ---------------------------------------------------------------- positive templates
POS = []


def T(provider, kind, gen, env, lang=None, derived=False):
    def deco(f):
        POS.append({"name": f.__name__, "provider": provider, "kind": kind, "gen": gen,
                    "env": env, "lang": lang, "derived": derived, "fn": f})
        return f
    return deco


@T("amazon-lwa", "refresh-token", g_atzr, "ASK_REFRESH_TOKEN")
def p_ask_cli_config(r, v):
    prof = r.choice(["default", "dev", "ci", "personal"])
    d = {"profiles": {prof: {"aws_profile": r.choice(["default", "skills", "ask_cli_default"]),
                             "token": {"access_token": "ASK_ACCESS_TOKEN", "refresh_token": v,
                                       "token_type": "bearer", "expires_in": 3600,
                                       "expires_at": iso(r)},
                             "vendor_id": vendor_id(r)}}}
    return ".ask/cli_config", json.dumps(d, indent=2) + "\n"


@T("amazon-lwa", "access-token", g_atza, "ASK_ACCESS_TOKEN")
def p_ask_config_ci(r, v):
    d = {"profiles": {"default": {"aws_profile": "__ENVIRONMENT_ASK_PROFILE__",
                                  "token": {"access_token": v, "refresh_token": "ASK_REFRESH_TOKEN",
                                            "token_type": "bearer", "expires_in": 3600,
                                            "expires_at": iso(r)},
                                  "vendor_id": "ASK_VENDOR_ID"}}}
    return r.choice(["ci/ask_config.json", "scripts/ask_config.json", "ask_config.json"]), json.dumps(d, indent=4) + "\n"


@T("amazon-lwa", "refresh-token", g_atzr, "ASK_REFRESH_TOKEN", lang="sh")
def p_ask_ci_shell(r, v):
    sk = skill_id(r)
    t = """#!/usr/bin/env bash
# Deploy the skill from CI without an interactive `ask configure`.
set -euo pipefail

export ASK_VENDOR_ID=%s
export ASK_REFRESH_TOKEN=%s
export SKILL_ID=%s
export AWS_REGION=%s

npm ci --prefix lambda
ask deploy --target skill-metadata --ignore-hash
ask smapi get-skill-status -s "$SKILL_ID"
""" % (vendor_id(r), Q(v, "'"), sk, r.choice(REGIONS))
    return r.choice(["scripts/deploy-skill.sh", "ci/deploy.sh", "bin/ask-deploy.sh"]), t


@T("amazon-lwa", "refresh-token", g_atzr, "ASK_REFRESH_TOKEN")
def p_ask_gh_workflow(r, v):
    t = """name: deploy-skill
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      ASK_VENDOR_ID: %s
      ASK_ACCESS_TOKEN: ${{ secrets.ASK_ACCESS_TOKEN }}
      ASK_REFRESH_TOKEN: %s
      SKILL_ID: %s
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install -g ask-cli
      - run: ask deploy --ignore-hash
""" % (vendor_id(r), v, skill_id(r))
    return ".github/workflows/deploy-skill.yml", t


@T("amazon-lwa", "client-secret", g_lwa_secret, "LWA_CLIENT_SECRET", lang="js")
def p_smarthome_lambda_js(r, v):
    t = """'use strict';
// Sends ChangeReport events to the Alexa Event Gateway.
const https = require('https');
const querystring = require('querystring');

const CLIENT_ID = '%s';
const CLIENT_SECRET = %s;
const EVENT_GATEWAY = 'api.%s.amazonalexa.com';

async function getLwaToken(code) {
  const body = querystring.stringify({
    grant_type: 'authorization_code',
    code,
    client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET,
  });
  return post('api.amazon.com', '/auth/o2/token', body);
}

module.exports = { getLwaToken, EVENT_GATEWAY };
""" % (lwa_client_id(r), Q(v, "'"), r.choice(["", "eu.", "fe."]).rstrip("."))
    t = t.replace("api..amazonalexa", "api.amazonalexa")
    return r.choice(["lambda/smarthome/lwa.js", "src/gateway/token.js", "lambda/index.js"]), t


@T("amazon-lwa", "client-secret", g_lwa_secret, "LWA_CLIENT_SECRET", lang="py")
def p_smarthome_lambda_py(r, v):
    t = '''"""Alexa Smart Home skill: proactive state reporting."""
import json
import logging
import urllib.parse
import urllib.request

LOG = logging.getLogger(__name__)
LWA_TOKEN_URL = "https://api.amazon.com/auth/o2/token"
ALEXA_CLIENT_ID = "%s"
ALEXA_CLIENT_SECRET = %s


def refresh_access_token(refresh_token):
    data = urllib.parse.urlencode({
        "grant_type": "refresh_token",
        "refresh_token": refresh_token,
        "client_id": ALEXA_CLIENT_ID,
        "client_secret": ALEXA_CLIENT_SECRET,
    }).encode()
    with urllib.request.urlopen(LWA_TOKEN_URL, data=data, timeout=10) as resp:
        return json.load(resp)["access_token"]
''' % (lwa_client_id(r), Q(v))
    return r.choice(["lambda/smart_home/auth.py", "src/alexa/report_state.py", "handler/lwa.py"]), t


@T("amazon-lwa", "client-secret", g_lwa_secret, "LWA_CLIENT_SECRET")
def p_sam_template(r, v):
    t = """AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: %s smart home skill

Globals:
  Function:
    Timeout: 8
    Runtime: nodejs20.x

Resources:
  SmartHomeFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      CodeUri: lambda/
      MemorySize: 256
      Environment:
        Variables:
          SKILL_ID: %s
          CLIENT_ID: %s
          CLIENT_SECRET: %s
          TABLE_NAME: !Ref TokenTable
      Events:
        AlexaTrigger:
          Type: AlexaSkill
          Properties:
            SkillId: %s
  TokenTable:
    Type: AWS::Serverless::SimpleTable
"""
    sk = skill_id(r)
    return "template.yaml", t % (skill_name(r), sk, lwa_client_id(r), v, sk)


@T("amazon-lwa", "client-secret", g_lwa_secret, "ALEXA_CLIENT_SECRET")
def p_terraform_lambda(r, v):
    nm = slug(skill_name(r))
    t = """resource "aws_lambda_function" "skill" {
  function_name = "%s-skill"
  role          = aws_iam_role.skill.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "${path.module}/build/skill.zip"

  environment {
    variables = {
      SKILL_ID             = "%s"
      LWA_CLIENT_ID        = "%s"
      LWA_CLIENT_SECRET    = "%s"
      LOG_LEVEL            = "info"
    }
  }
}

resource "aws_lambda_permission" "alexa" {
  statement_id       = "AllowAlexa"
  action             = "lambda:InvokeFunction"
  function_name      = aws_lambda_function.skill.function_name
  principal          = "alexa-connectedhome.amazon.com"
  event_source_token = "%s"
}
""" % (nm, skill_id(r), lwa_client_id(r), v, skill_id(r))
    return r.choice(["infra/lambda.tf", "terraform/skill.tf", "deploy/main.tf"]), t


@T("amazon-lwa", "client-secret", g_lwa_secret_hex, "AVS_CLIENT_SECRET")
def p_avs_sdk_config(r, v):
    d = {"deviceInfo": {"clientId": lwa_client_id(r), "productId": r.choice(["pi_speaker", "KitchenEcho", "proto_bot"]),
                        "deviceSerialNumber": rs(r, DIG, 6), "manufacturerName": "hobby",
                        "description": "Raspberry Pi AVS prototype"},
         "cblAuthDelegate": {"databaseFilePath": "/home/pi/.config/avs/cblAuthDelegate.db"},
         "authDelegate": {"clientSecret": v, "refreshToken": "", "deviceTypeId": "A" + rs(r, UP + DIG, 12)},
         "alertsCapabilityAgent": {"databaseFilePath": "/home/pi/.config/avs/alerts.db"},
         "settings": {"defaultAVSClientSettings": {"locale": r.choice(LOCALES)}}}
    return r.choice(["config/AlexaClientSDKConfig.json", "avs/AlexaClientSDKConfig.json"]), json.dumps(d, indent=2) + "\n"


@T("amazon-lwa", "client-secret", g_lwa_secret, "LWA_CLIENT_SECRET")
def p_lwa_properties(r, v):
    t = """# Spring Boot settings for the skill messaging worker
server.port=8080
spring.application.name=skill-messaging
alexa.skill.id=%s
alexa.lwa.client-id=%s
alexa.lwa.client-secret=%s
alexa.lwa.token-url=https://api.amazon.com/auth/o2/token
alexa.api.endpoint=https://api.amazonalexa.com
management.endpoints.web.exposure.include=health,info
""" % (skill_id(r), lwa_client_id(r), v)
    return "src/main/resources/application.properties", t


@T("amazon-lwa", "client-secret", g_lwa_secret, "LWA_CLIENT_SECRET", lang="java")
def p_lwa_java(r, v):
    t = """package com.example.skill.messaging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class SkillMessagingClient {
    private static final String TOKEN_URL = "https://api.amazon.com/auth/o2/token";
    private final HttpClient http = HttpClient.newHttpClient();

    public static SkillMessagingClient create() {
        return new SkillMessagingClient("%s",
                %s);
    }

    private final String clientId;
    private final String clientSecret;

    SkillMessagingClient(String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    String tokenRequestBody() {
        return "grant_type=client_credentials&scope=alexa:skill_messaging"
                + "&client_id=" + clientId + "&client_secret=" + clientSecret;
    }
}
""" % (lwa_client_id(r), Q(v))
    return "src/main/java/com/example/skill/messaging/SkillMessagingClient.java", t


@T("amazon-lwa", "client-secret", g_lwa_secret, "LWA_CLIENT_SECRET", lang="sh")
def p_lwa_curl_md(r, v):
    t = """# Sending a proactive event

1. Get a token with the skill's client credentials:

```bash
curl -s https://api.amazon.com/auth/o2/token \\
  -d grant_type=client_credentials \\
  -d scope=alexa::proactive_events \\
  -d client_id=%s \\
  -d client_secret=%s
```

2. POST the event to `https://api.amazonalexa.com/v1/proactiveEvents/stages/development`.

Events appear in the Alexa app within a minute.
""" % (lwa_client_id(r), v)
    return r.choice(["docs/proactive-events.md", "NOTES.md", "docs/testing.md"]), t


@T("amazon-lwa", "access-token", g_atza, "LWA_ACCESS_TOKEN", lang="sh")
def p_smapi_curl(r, v):
    t = """#!/bin/sh
# quick check of the skill manifest through SMAPI
SKILL=%s
curl -sS "https://api.amazonalexa.com/v1/skills/$SKILL/stages/development/manifest" \\
  -H "Authorization: Bearer %s" \\
  -H "Accept: application/json" | jq .manifest.publishingInformation
""" % (skill_id(r), v)
    return r.choice(["scripts/manifest.sh", "tools/smapi-get.sh"]), t


@T("amazon-lwa", "refresh-token", g_atzr, "LWA_REFRESH_TOKEN")
def p_lwa_toml(r, v):
    t = """[service]
name = "%s"
region = "%s"

[alexa]
skill_id = "%s"
client_id = "%s"
stored_grant = "%s"

[logging]
level = "debug"
""" % (slug(skill_name(r)), r.choice(REGIONS), skill_id(r), lwa_client_id(r), v)
    return r.choice(["config/skill.toml", "settings.toml"]), t


@T("amazon-lwa", "refresh-token", g_atzr, "AMAZON_REFRESH_TOKEN", lang="py")
def p_lwa_py_neutral(r, v):
    t = '''from dataclasses import dataclass

import requests


@dataclass
class Reminders:
    client_id: str
    grant: str

    def token(self):
        resp = requests.post("https://api.amazon.com/auth/o2/token", data={
            "grant_type": "refresh_token",
            "refresh_token": self.grant,
            "client_id": self.client_id,
        }, timeout=10)
        resp.raise_for_status()
        return resp.json()["access_token"]


svc = Reminders("%s", %s)
''' % (lwa_client_id(r), Q(v))
    return r.choice(["tools/reminders.py", "scripts/alexa_reminders.py"]), t


@T("alexa-account-linking", "client-secret", g_oauth_secret, "ACCOUNT_LINKING_CLIENT_SECRET")
def p_account_linking_json(r, v):
    d = {"accountLinkingRequest": {
        "type": "AUTH_CODE",
        "authorizationUrl": "https://%s.auth0.com/authorize" % rs(r, LOW, 7),
        "accessTokenUrl": "https://%s.auth0.com/oauth/token" % rs(r, LOW, 7),
        "clientId": rs(r, ALNUM, 32),
        "clientSecret": v,
        "accessTokenScheme": "HTTP_BASIC",
        "scopes": ["openid", "profile", "offline_access"],
        "domains": [],
        "defaultTokenExpirationInSeconds": 3600}}
    return "skill-package/accountLinking.json", json.dumps(d, indent=2) + "\n"


@T("alexa-account-linking", "client-secret", g_cognito_secret, "COGNITO_CLIENT_SECRET")
def p_account_linking_md(r, v):
    t = """## Account linking (Cognito)

| Field | Value |
|---|---|
| Authorization URI | https://%s.auth.%s.amazoncognito.com/oauth2/authorize |
| Access Token URI | https://%s.auth.%s.amazoncognito.com/oauth2/token |
| Client ID | %s |
| Client Secret | %s |
| Scheme | HTTP Basic |

Redirect URLs to whitelist in Cognito: `https://pitangui.amazon.com/api/skill/link/%s`.
"""
    dom = rs(r, LOW, 8)
    reg = r.choice(REGIONS)
    return r.choice(["docs/account-linking.md", "README.md"]), t % (dom, reg, dom, reg, rs(r, LOW + DIG, 26), v, vendor_id(r))


@T("alexa-account-linking", "client-secret", g_oauth_secret, "ACCOUNT_LINKING_CLIENT_SECRET", lang="sh")
def p_account_linking_smapi(r, v):
    t = """#!/usr/bin/env bash
# Configure account linking for the development stage.
SKILL_ID="%s"
ask smapi update-account-linking-info \\
  --skill-id "$SKILL_ID" \\
  --stage development \\
  --account-linking-request '{"accountLinkingRequest":{"type":"AUTH_CODE","authorizationUrl":"https://login.%s.io/authorize","accessTokenUrl":"https://login.%s.io/oauth/token","clientId":"alexa-skill","clientSecret":"%s","accessTokenScheme":"HTTP_BASIC","scopes":["devices"]}}'
"""
    d = rs(r, LOW, 6)
    return "scripts/account-linking.sh", t % (skill_id(r), d, d, v)


@T("google-cloud", "service-account-private-key", g_sa_json_key, "GOOGLE_APPLICATION_CREDENTIALS")
def p_sa_json(r, v):
    proj = gcp_project(r)
    em = sa_email(r, proj)
    lines = ['{',
             '  "type": "service_account",',
             '  "project_id": "%s",' % proj,
             '  "private_key_id": "%s",' % rs(r, HEX, 40),
             '  "private_key": "%s",' % v,
             '  "client_email": "%s",' % em,
             '  "client_id": "%s",' % rs(r, DIG, 21),
             '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
             '  "token_uri": "https://oauth2.googleapis.com/token",',
             '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
             '  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s",' % em.replace("@", "%40"),
             '  "universe_domain": "googleapis.com"',
             '}']
    return r.choice(["functions/service-account.json", "credentials/dialogflow-agent.json",
                     "keys/homegraph.json", "config/gcp-key.json"]), "\n".join(lines) + "\n"


@T("google-cloud", "service-account-private-key", g_sa_json_key, "DIALOGFLOW_PRIVATE_KEY", lang="js")
def p_sa_js_inline(r, v):
    proj = gcp_project(r)
    t = """const { SessionsClient } = require('@google-cloud/dialogflow');

// Credentials copied from the service account of the agent.
const client = new SessionsClient({
  projectId: '%s',
  credentials: {
    client_email: '%s',
    private_key: '%s',
  },
});

async function detect(sessionId, text, languageCode = '%s') {
  const session = client.projectAgentSessionPath('%s', sessionId);
  const [response] = await client.detectIntent({
    session,
    queryInput: { text: { text, languageCode } },
  });
  return response.queryResult;
}

module.exports = { detect };
""" % (proj, sa_email(r, proj), v, r.choice(LOCALES), proj)
    return r.choice(["src/dialogflow.js", "server/nlu/dialogflow.js"]), t


@T("google-cloud", "service-account-private-key", None, "HOMEGRAPH_KEY_FILE")
def p_sa_pem(r, v):
    lines = g_sa_pem_lines(r)
    t = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----\n"
    return r.choice(["secrets/homegraph-sa.pem", "keys/actions-fulfillment.pem"]), t, lines[0]


@T("google-oauth", "client-secret", g_gocspx, "GOOGLE_CLIENT_SECRET")
def p_google_oauth_yaml(r, v):
    t = """# Account linking for the Smart Home Action (Google Home Developer Console)
oauth:
  google:
    client_id: %s-%s.apps.googleusercontent.com
    client_secret: %s
    redirect_uris:
      - https://oauth-redirect.googleusercontent.com/r/%s
  token_ttl: 3600
homegraph:
  project_id: %s
""" % (rs(r, DIG, 12), rs(r, LOW + DIG, 32), v, gcp_project(r), gcp_project(r))
    return r.choice(["config/oauth.yaml", "functions/config.yaml"]), t


@T("google-oauth", "client-secret", g_gocspx, "GOOGLE_CLIENT_SECRET", lang="ts")
def p_google_oauth_ts(r, v):
    t = """import { OAuth2Client } from 'google-auth-library';

const oauth = new OAuth2Client(
  '%s-%s.apps.googleusercontent.com',
  %s,
  'https://%s.web.app/auth/callback',
);

export function consentUrl(state: string): string {
  return oauth.generateAuthUrl({
    access_type: 'offline',
    scope: ['https://www.googleapis.com/auth/homegraph'],
    state,
  });
}
""" % (rs(r, DIG, 12), rs(r, LOW + DIG, 32), Q(v, "'"), gcp_project(r))
    return r.choice(["src/auth/google.ts", "functions/src/oauth.ts"]), t


@T("dialogflow", "webhook-password", g_password, "WEBHOOK_PASSWORD", lang="js")
def p_df_webhook_express(r, v):
    user = r.choice(["dialogflow", "df-agent", "webhook", "cx"])
    t = """const express = require('express');
const basicAuth = require('express-basic-auth');

const app = express();
app.use(express.json());
app.use(basicAuth({
  users: { '%s': %s },
  challenge: false,
}));

app.post('/fulfillment', (req, res) => {
  const tag = req.body.fulfillmentInfo && req.body.fulfillmentInfo.tag;
  res.json({ fulfillmentResponse: { messages: [{ text: { text: [`handled ${tag}`] } }] } });
});

app.listen(process.env.PORT || 8080);
""" % (user, Q(v, "'"))
    return r.choice(["webhook/index.js", "server.js", "fulfillment/app.js"]), t


@T("dialogflow", "webhook-password", g_password, "WEBHOOK_PASSWORD")
def p_df_agent_json(r, v):
    d = {"description": "", "language": "en", "shortDescription": "", "examples": "",
         "linkToDocs": "", "disableInteractionLogs": False, "disableStackdriverLogs": True,
         "googleAssistant": {"googleAssistantCompatible": True, "project": gcp_project(r),
                             "welcomeIntentSignInRequired": False},
         "defaultTimezone": "Europe/Berlin",
         "webhook": {"url": "https://%s.cloudfunctions.net/dialogflowFirebaseFulfillment" % rs(r, LOW, 8),
                     "username": "fulfillment", "password": v,
                     "headers": {"x-agent": "home"}, "available": True, "useForDomains": False,
                     "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
         "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [],
         "enableOnePlatformApi": True, "onePlatformApiVersion": "v2",
         "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": []}
    return "agent/agent.json", json.dumps(d, indent=2) + "\n"


@T("dialogflow", "webhook-password", g_password, "DF_WEBHOOK_PASSWORD")
def p_df_cx_tf(r, v):
    t = """resource "google_dialogflow_cx_webhook" "fulfillment" {
  parent       = google_dialogflow_cx_agent.home.id
  display_name = "fulfillment"

  generic_web_service {
    uri = "https://fulfillment-%s-uc.a.run.app/webhook"
    request_headers = {
      "x-source" = "cx"
    }
  }
}

locals {
  webhook_user = "cx-agent"
  webhook_pass = "%s"
}
""" % (rs(r, LOW + DIG, 10), v)
    return r.choice(["terraform/dialogflow.tf", "infra/cx.tf"]), t


@T("dialogflow", "webhook-basic-auth", g_password, "WEBHOOK_BASIC_AUTH", derived=True)
def p_df_basic_header(r, v):
    blob = base64.b64encode(("dialogflow:" + v).encode()).decode()
    t = """### Fulfillment smoke test (REST Client)
POST https://%s.ngrok-free.app/webhook
Content-Type: application/json
Authorization: Basic %s

{
  "responseId": "%s",
  "queryResult": {
    "queryText": "turn on the %s light",
    "intent": {"displayName": "lights.on"},
    "languageCode": "en"
  },
  "session": "projects/%s/agent/sessions/%s"
}
""" % (rs(r, LOW + DIG, 12), blob, uuid4(r), r.choice(FIRST), gcp_project(r), uuid4(r))
    return r.choice(["http/fulfillment.http", "tests/webhook.http"]), t, blob


@T("google-actions", "webhook-url-secret", g_password, "ACTIONS_WEBHOOK_PASSWORD")
def p_actions_webhook_yaml(r, v):
    pw = v
    t = """# settings for Actions Builder project
httpsEndpoint:
  baseUrl: https://actions:%s@%s.example-home.net/fulfillment
  endpointApiVersion: 2
  isInlineCloudFunction: false
""" % (pw, rs(r, LOW, 6))
    return "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", t


@T("smartthings", "personal-access-token", g_uuid, "SMARTTHINGS_TOKEN")
def p_st_pat_py(r, v):
    t = '''import aiohttp
import asyncio
import pysmartthings

TOKEN = %s


async def main():
    async with aiohttp.ClientSession() as session:
        api = pysmartthings.SmartThings(session, TOKEN)
        for device in await api.devices():
            print(device.label, device.device_id)


if __name__ == "__main__":
    asyncio.run(main())
''' % Q(v)
    return r.choice(["scripts/list_devices.py", "st_devices.py"]), t


@T("smartthings", "personal-access-token", g_uuid, "SMARTTHINGS_PAT", lang="sh")
def p_st_pat_curl(r, v):
    t = """#!/bin/sh
# toggle the %s lamp
DEVICE=%s
curl -s -X POST "https://api.smartthings.com/v1/devices/$DEVICE/commands" \\
  -H "Authorization: Bearer %s" \\
  -H "Content-Type: application/json" \\
  -d '{"commands":[{"component":"main","capability":"switch","command":"on"}]}'
""" % (r.choice(FIRST), uuid4(r), v)
    return r.choice(["bin/lamp-on.sh", "scripts/st-switch.sh"]), t


@T("smartthings", "client-secret", g_uuid, "ST_CLIENT_SECRET", lang="js")
def p_st_smartapp_js(r, v):
    t = """const SmartApp = require('@smartthings/smartapp');

const smartapp = new SmartApp()
  .appId('%s')
  .clientId('%s')
  .clientSecret(%s)
  .enableEventLogging(2)
  .page('mainPage', (context, page) => {
    page.section('lights', section => {
      section.deviceSetting('lights').capabilities(['switch']).multiple(true).permissions('rx');
    });
  })
  .updated(async (context) => {
    await context.api.subscriptions.delete();
  });

module.exports = smartapp;
""" % (slug(skill_name(r)), uuid4(r), Q(v, "'"))
    return r.choice(["smartapp/app.js", "src/smartapp.js"]), t


@T("smartthings", "client-secret", g_uuid, "ST_CLIENT_SECRET")
def p_st_schema_yaml(r, v):
    t = """# st-schema connector settings (loaded by config.js)
connector:
  name: %s cloud bridge
  stClientId: %s
  stClientSecret: %s
  webhookPath: /st-schema
oauth:
  authorizeUrl: https://auth.%s.io/authorize
  tokenUrl: https://auth.%s.io/token
"""
    d = rs(r, LOW, 7)
    return r.choice(["config/connector.yaml", "schema/config.yml"]), t % (skill_name(r), uuid4(r), v, d, d)


@T("smartthings", "personal-access-token", g_uuid, "SMARTTHINGS_TOKEN")
def p_st_ha_yaml(r, v):
    t = """# node-red settings flow for the SmartThings nodes
smartthings:
  server: https://api.smartthings.com
  location: %s
  token: %s
  poll_interval: 60
""" % (uuid4(r), v)
    return r.choice(["node-red/smartthings.yaml", "config/st.yaml"]), t


@T("smartthings", "client-secret", g_uuid, "SMARTTHINGS_CLIENT_SECRET", lang="java")
def p_st_java(r, v):
    t = """package io.example.st;

import java.util.Map;

public class ConnectorConfig {
    public static final String CLIENT_ID = "%s";
    public static final String CLIENT_SECRET = %s;
    public static final String TOKEN_URL = "https://auth-global.api.smartthings.com/oauth/token";

    public Map<String, String> tokenForm(String code) {
        return Map.of("grant_type", "authorization_code", "code", code,
                "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET);
    }
}
""" % (uuid4(r), Q(v))
    return "src/main/java/io/example/st/ConnectorConfig.java", t


@T("home-assistant", "long-lived-access-token", g_ha_llat, "HA_TOKEN")
def p_ha_secrets_yaml(r, v):
    t = """# Use this file to store secrets like usernames and passwords.
# Learn more at https://www.home-assistant.io/docs/configuration/secrets/
latitude_home: %.4f
longitude_home: %.4f
elevation_home: %d
rest_command_token: %s
mqtt_broker: %s
""" % (r.uniform(40, 60), r.uniform(-10, 20), r.randint(5, 400), v, r.choice(HOSTS))
    return r.choice(["homeassistant/secrets.yaml", "config/secrets.yaml", "secrets.yaml"]), t


@T("home-assistant", "long-lived-access-token", g_ha_llat, "HA_TOKEN")
def p_ha_rest_command(r, v):
    t = """# configuration.yaml (packages/remote_ha.yaml)
rest_command:
  upstairs_scene:
    url: http://%s:8123/api/services/scene/turn_on
    method: POST
    headers:
      authorization: "Bearer %s"
      content-type: "application/json"
    payload: '{"entity_id": "scene.%s_evening"}'
""" % (r.choice(HOSTS), v, r.choice(FIRST))
    return r.choice(["packages/remote_ha.yaml", "homeassistant/packages/upstairs.yaml"]), t


@T("home-assistant", "long-lived-access-token", g_ha_llat, "HASS_TOKEN", lang="py")
def p_ha_py_requests(r, v):
    t = '''#!/usr/bin/env python3
"""Announce on the %s speaker through Home Assistant."""
import sys

from requests import post

URL = "http://%s:8123/api/services/tts/speak"
HEADERS = {
    "Authorization": "Bearer %s",
    "content-type": "application/json",
}

msg = " ".join(sys.argv[1:]) or "Dinner is ready"
post(URL, headers=HEADERS, json={"entity_id": "tts.piper",
                                 "media_player_entity_id": "media_player.%s",
                                 "message": msg}, timeout=5)
''' % (r.choice(FIRST), r.choice(HOSTS), v, r.choice(FIRST))
    return r.choice(["bin/announce.py", "scripts/announce.py"]), t


@T("home-assistant", "long-lived-access-token", g_ha_llat, "HA_TOKEN", lang="js")
def p_ha_ws_js(r, v):
    t = """import {
  createConnection,
  createLongLivedTokenAuth,
  subscribeEntities,
} from 'home-assistant-js-websocket';

const auth = createLongLivedTokenAuth(
  'http://%s:8123',
  %s,
);

const connection = await createConnection({ auth });
subscribeEntities(connection, (entities) => {
  console.log(entities['sensor.%s_temperature']?.state);
});
""" % (r.choice(HOSTS), Q(v, "'"), r.choice(FIRST))
    return r.choice(["dashboard/src/ha.js", "src/connection.mjs"]), t


@T("home-assistant", "long-lived-access-token", g_ha_llat, "HA_TOKEN")
def p_ha_env(r, v):
    t = """HA_URL=http://%s:8123
HA_TOKEN=%s
TZ=Europe/Amsterdam
""" % (r.choice(HOSTS), v)
    return ".env", t


@T("home-assistant", "long-lived-access-token", g_ha_llat, "HASS_TOKEN")
def p_ha_compose(r, v):
    t = """services:
  ha-exporter:
    image: ghcr.io/example/ha-prometheus-exporter:1.4
    restart: unless-stopped
    environment:
      HASS_URL: http://%s:8123
      HASS_TOKEN: %s
      SCRAPE_INTERVAL: 30s
    ports:
      - "9170:9170"
""" % (r.choice(HOSTS), v)
    return r.choice(["docker-compose.yml", "monitoring/compose.yaml"]), t


@T("home-assistant", "long-lived-access-token", g_ha_llat, "HA_ACCESS_TOKEN")
def p_rhasspy_profile(r, v):
    d = {"intent": {"system": "fsticuffs"},
         "handle": {"system": "hass"},
         "home_assistant": {"url": "http://%s:8123" % r.choice(HOSTS), "access_token": v,
                            "handle_type": "event", "event_type_format": "rhasspy_{0}"},
         "speech_to_text": {"system": "kaldi"},
         "wake": {"system": "porcupine", "porcupine": {"keyword_path": "porcupine.ppn", "sensitivity": 0.5}},
         "mqtt": {"enabled": False, "site_id": r.choice(FIRST)}}
    return r.choice(["profiles/en/profile.json", "rhasspy/profile.json"]), json.dumps(d, indent=4) + "\n"


@T("home-assistant", "long-lived-access-token", g_ha_llat, "HA_TOKEN")
def p_ha_appdaemon(r, v):
    t = """---
appdaemon:
  latitude: %.3f
  longitude: %.3f
  elevation: %d
  time_zone: Europe/Berlin
  plugins:
    HASS:
      type: hass
      ha_url: http://%s:8123
      token: %s
http:
  url: http://0.0.0.0:5050
admin:
api:
""" % (r.uniform(40, 60), r.uniform(-5, 20), r.randint(0, 300), r.choice(HOSTS), v)
    return "appdaemon/appdaemon.yaml", t


@T("home-assistant", "long-lived-access-token", g_ha_llat, "HA_TOKEN")
def p_ha_ovos_conf(r, v):
    d = {"lang": r.choice(["en-us", "de-de", "nl-nl"]),
         "skills": {"ovos-skill-homeassistant.oscillatelabsllc": {"host": "http://%s:8123" % r.choice(HOSTS),
                                                                  "api_key": v, "assist_only": True}},
         "listener": {"wake_word": "hey_mycroft"}}
    return r.choice(["ovos/mycroft.conf", ".config/mycroft/mycroft.conf"]), json.dumps(d, indent=2) + "\n"


@T("nabu-casa", "webhook-url", g_cloudhook, "CLOUDHOOK_URL")
def p_nabu_cloudhook_yaml(r, v):
    t = """# Doorbell on the camera NVR posts here when somebody rings.
doorbell:
  vendor: reolink
  notify_url: %s
  retries: 3
  timeout_s: 4
""" % v
    return r.choice(["nvr/doorbell.yaml", "config/doorbell.yml"]), t


@T("nabu-casa", "webhook-url", g_cloudhook, "HA_WEBHOOK_URL", lang="sh")
def p_nabu_cloudhook_sh(r, v):
    t = """#!/bin/bash
# Called by the backup job when it finishes.
STATUS=${1:-ok}
curl -s -X POST -H 'Content-Type: application/json' \\
  -d "{\\"job\\": \\"nas-backup\\", \\"status\\": \\"$STATUS\\"}" \\
  %s
""" % v
    return r.choice(["backup/notify-ha.sh", "scripts/notify.sh"]), t


@T("nabu-casa", "webhook-url", g_cloudhook, "HA_WEBHOOK_URL", lang="py")
def p_nabu_cloudhook_py(r, v):
    t = '''import json
import urllib.request

# Nabu Casa cloudhook for the "garden_moisture" automation
HOOK = %s


def push(moisture):
    req = urllib.request.Request(HOOK, data=json.dumps({"moisture": moisture}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)
''' % Q(v)
    return r.choice(["esp/garden_push.py", "sensors/push.py"]), t


@T("sonos", "client-secret", g_uuid, "SONOS_CLIENT_SECRET")
def p_sonos_json(r, v):
    d = {"sonos": {"clientKey": uuid4(r), "clientSecret": v,
                   "redirectUri": "https://%s.example.app/sonos/callback" % rs(r, LOW, 6),
                   "householdScope": "playback-control-all"},
         "port": 3000}
    return r.choice(["config/default.json", "config/sonos.json"]), json.dumps(d, indent=2) + "\n"


@T("sonos", "client-secret", g_uuid, "SONOS_CLIENT_SECRET", lang="py")
def p_sonos_py(r, v):
    t = '''import base64

import requests

KEY = "%s"
SECRET = %s


def exchange(code, redirect_uri):
    basic = base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    r = requests.post("https://api.sonos.com/login/v3/oauth/access",
                      headers={"Authorization": f"Basic {basic}"},
                      data={"grant_type": "authorization_code", "code": code,
                            "redirect_uri": redirect_uri}, timeout=10)
    r.raise_for_status()
    return r.json()
''' % (uuid4(r), Q(v))
    return r.choice(["sonos/auth.py", "app/sonos_oauth.py"]), t


@T("sonos", "client-secret", g_uuid, "SONOS_SECRET", derived=True)
def p_sonos_basic_sh(r, v):
    blob = base64.b64encode((uuid4(r) + ":" + v).encode()).decode()
    t = """#!/bin/sh
# refresh the Sonos access token
curl -s -X POST https://api.sonos.com/login/v3/oauth/access \\
  -H "Authorization: Basic %s" \\
  -H "Content-Type: application/x-www-form-urlencoded;charset=utf-8" \\
  -d "grant_type=refresh_token&refresh_token=$(cat ~/.sonos/refresh)"
""" % blob
    return "scripts/sonos-refresh.sh", t, blob


@T("openweathermap", "api-key", g_hex32, "OWM_API_KEY")
def p_ovos_owm(r, v):
    d = {"skills": {"ovos-skill-weather.openvoiceos": {"units": "metric", "provider": "owm",
                                                       "owm_key": v}},
         "location": {"city": {"name": r.choice(["Lisbon", "Utrecht", "Graz", "Leeds"])}},
         "tts": {"module": "ovos-tts-plugin-piper"}}
    return r.choice(["ovos/skills-settings.json", "mycroft/settings.json"]), json.dumps(d, indent=2) + "\n"


@T("wolfram-alpha", "app-id", g_wolfram, "WOLFRAM_APP_ID")
def p_neon_yaml(r, v):
    t = """# ~/.config/neon/neon.yaml
log_level: INFO
language:
  core_lang: en-us
  boost: false
api_services:
  wolfram_alpha:
    app_id: %s
  alpha_vantage:
    api_key: demo
listener:
  wake_word: hey_neon
""" % v
    return r.choice(["neon/neon.yaml", ".config/neon/neon.yaml"]), t


@T("openweathermap", "api-key", g_hex32, "OWM_KEY", lang="py")
def p_mycroft_skill_py(r, v):
    t = '''from mycroft import MycroftSkill, intent_handler
import requests


class PollenSkill(MycroftSkill):
    def initialize(self):
        self.appid = self.settings.get("appid") or %s

    @intent_handler("pollen.intent")
    def handle_pollen(self, message):
        lat, lon = self.location["coordinate"]["latitude"], self.location["coordinate"]["longitude"]
        data = requests.get("https://api.openweathermap.org/data/2.5/air_pollution",
                            params={"lat": lat, "lon": lon, "appid": self.appid}, timeout=5).json()
        self.speak_dialog("pollen", {"aqi": data["list"][0]["main"]["aqi"]})


def create_skill():
    return PollenSkill()
''' % Q(v)
    return r.choice(["skills/pollen-skill/__init__.py", "pollen_skill/__init__.py"]), t


@T("mqtt", "password", g_password, "MQTT_PASSWORD")
def p_rhasspy_mqtt(r, v):
    d = {"mqtt": {"enabled": True, "host": r.choice(HOSTS), "port": 1883,
                  "username": r.choice(USERS), "password": v, "site_id": r.choice(FIRST)},
         "microphone": {"system": "pyaudio"}, "sounds": {"system": "aplay"},
         "wake": {"system": "raven"}}
    return r.choice(["profiles/de/profile.json", "satellite/profile.json"]), json.dumps(d, indent=2) + "\n"


@T("mqtt", "password", g_password, "SNIPS_MQTT_PASSWORD")
def p_snips_toml(r, v):
    t = """[snips-common]
bus = "mqtt"
mqtt = "%s:1883"
mqtt_username = "%s"
mqtt_password = "%s"
assistant = "/usr/share/snips/assistant"
locale = "%s"

[snips-audio-server]
bind = "%s@mqtt"
frame = 256

[snips-hotword]
model = ["/usr/share/snips/hotword=0.52"]
""" % (r.choice(HOSTS), r.choice(USERS), v, r.choice(["en_US", "fr_FR", "de_DE"]), r.choice(FIRST))
    return "etc/snips.toml", t


@T("mqtt", "connection-string-password", g_password, "MQTT_URL")
def p_hermes_mqtt_url(r, v):
    u = r.choice(USERS)
    t = """# wyoming-satellite / hermes bridge
[Service]
ExecStart=/opt/bridge/.venv/bin/python -m hermes_bridge \\
    --uri mqtt://%s:%s@%s:1883 \\
    --site-id %s \\
    --debug
Restart=always
User=pi
""" % (u, v, r.choice(HOSTS), r.choice(FIRST))
    return r.choice(["systemd/hermes-bridge.service", "deploy/bridge.service"]), t


@T("mqtt", "password", g_password, "MQTT_PASSWORD", lang="py")
def p_mqtt_py(r, v):
    t = '''import paho.mqtt.client as mqtt

client = mqtt.Client(client_id="%s-satellite")
client.username_pw_set("%s", %s)
client.connect("%s", 1883, keepalive=30)
client.subscribe("hermes/intent/#")
client.loop_forever()
''' % (r.choice(FIRST), r.choice(USERS), Q(v), r.choice(HOSTS))
    return r.choice(["satellite/listen.py", "hermes_listener.py"]), t


@T("mqtt", "password", g_password, "MQTT_PASSWORD")
def p_ha_mosquitto_secrets(r, v):
    t = """# mosquitto add-on logins
logins:
  - username: %s
    password: %s
anonymous: false
customize:
  active: false
  folder: mosquitto
""" % (r.choice(USERS), v)
    return r.choice(["addons/mosquitto/options.yaml", "mosquitto/options.yaml"]), t


@T("picovoice", "access-key", g_picovoice, "PICOVOICE_ACCESS_KEY", lang="py")
def p_pv_py(r, v):
    t = '''import pvporcupine
from pvrecorder import PvRecorder

porcupine = pvporcupine.create(
    access_key=%s,
    keyword_paths=["models/hey-%s_en_raspberry-pi_v3_0_0.ppn"],
    sensitivities=[0.6],
)
recorder = PvRecorder(frame_length=porcupine.frame_length, device_index=-1)
recorder.start()
try:
    while True:
        if porcupine.process(recorder.read()) >= 0:
            print("wake word")
finally:
    recorder.delete()
    porcupine.delete()
''' % (Q(v), r.choice(["jarvis", "computer", "friday", "nova"]))
    return r.choice(["wakeword.py", "assistant/wake.py"]), t


@T("picovoice", "access-key", g_picovoice, "PICOVOICE_ACCESS_KEY", lang="js")
def p_pv_web(r, v):
    t = """import { PorcupineWorker, BuiltInKeyword } from '@picovoice/porcupine-web';
import { WebVoiceProcessor } from '@picovoice/web-voice-processor';

const accessKey = %s;

export async function startWake(onWake) {
  const worker = await PorcupineWorker.create(
    accessKey,
    [BuiltInKeyword.%s],
    (detection) => onWake(detection.label),
    { publicPath: '/porcupine_params.pv' },
  );
  await WebVoiceProcessor.subscribe(worker);
  return worker;
}
""" % (Q(v, "'"), r.choice(["Porcupine", "Bumblebee", "Computer", "Jarvis"]))
    return r.choice(["src/wake.js", "web/src/porcupine.js"]), t


@T("picovoice", "access-key", g_picovoice, "PICOVOICE_ACCESS_KEY", lang="java")
def p_pv_android(r, v):
    t = """package com.example.voice;

import ai.picovoice.porcupine.Porcupine;
import ai.picovoice.porcupine.PorcupineManager;

public class WakeService {
    private static final String ACCESS_KEY = %s;
    private PorcupineManager manager;

    void start(android.content.Context ctx) throws Exception {
        manager = new PorcupineManager.Builder()
                .setAccessKey(ACCESS_KEY)
                .setKeyword(Porcupine.BuiltInKeyword.%s)
                .setSensitivity(0.7f)
                .build(ctx, keywordIndex -> onWake());
        manager.start();
    }

    void onWake() { }
}
""" % (Q(v), r.choice(["PORCUPINE", "COMPUTER", "JARVIS"]))
    return "app/src/main/java/com/example/voice/WakeService.java", t


@T("picovoice", "access-key", g_picovoice, "PV_ACCESS_KEY")
def p_pv_dockerfile(r, v):
    t = """FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends libasound2 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV PV_ACCESS_KEY=%s
ENV WAKE_SENSITIVITY=0.55
CMD ["python", "-m", "satellite", "--keyword", "models/wake.ppn"]
""" % v
    return r.choice(["Dockerfile", "satellite/Dockerfile"]), t


@T("wit-ai", "server-access-token", g_wit, "WIT_TOKEN", lang="py")
def p_wit_py(r, v):
    t = '''from wit import Wit

client = Wit(%s)


def parse(text):
    resp = client.message(text)
    intents = resp.get("intents") or [{"name": "unknown"}]
    return intents[0]["name"], resp.get("entities", {})
''' % Q(v)
    return r.choice(["nlu/wit_client.py", "bot/nlu.py"]), t


@T("wit-ai", "server-access-token", g_wit, "WIT_SERVER_TOKEN", lang="sh")
def p_wit_curl(r, v):
    t = """# Wit.ai app for the kitchen timer

Test an utterance:

```
curl -XGET 'https://api.wit.ai/message?v=20240304&q=set%%20a%%20timer%%20for%%205%%20minutes' \\
  -H 'Authorization: Bearer %s'
```

Intents: `timer_set`, `timer_cancel`, `timer_query`.
""" % v
    return r.choice(["docs/wit.md", "nlu/README.md"]), t


@T("wit-ai", "server-access-token", g_wit, "WIT_ACCESS_TOKEN", lang="js")
def p_wit_node(r, v):
    t = """const { Wit, log } = require('node-wit');

const client = new Wit({
  accessToken: %s,
  logger: new log.Logger(log.INFO),
});

module.exports = (text) => client.message(text, {});
""" % Q(v, "'")
    return r.choice(["lib/wit.js", "nlu/index.js"]), t


@T("voiceflow", "api-key", g_voiceflow, "VOICEFLOW_API_KEY", lang="py")
def p_vf_py(r, v):
    t = '''import requests

API_KEY = %s
VERSION = "production"


def interact(user_id, text):
    return requests.post(
        f"https://general-runtime.voiceflow.com/state/user/{user_id}/interact",
        json={"action": {"type": "text", "payload": text}},
        headers={"Authorization": API_KEY, "versionID": VERSION},
        timeout=15,
    ).json()
''' % Q(v)
    return r.choice(["voiceflow_client.py", "bot/voiceflow.py"]), t


@T("voiceflow", "api-key", g_voiceflow, "VF_API_KEY", lang="ts")
def p_vf_jovo(r, v):
    t = """import { App } from '@jovotech/framework';
import { AlexaPlatform } from '@jovotech/platform-alexa';
import { VoiceflowRuntime } from './voiceflow/VoiceflowRuntime';

const app = new App({
  plugins: [new AlexaPlatform({ intentMap: { 'AMAZON.StopIntent': 'END' } })],
  components: [],
  logging: true,
});

app.use(
  new VoiceflowRuntime({
    projectId: '%s',
    apiKey: %s,
    versionId: 'development',
  }),
);

export { app };
""" % (objid(r), Q(v, "'"))
    return r.choice(["src/app.ts", "src/app.prod.ts"]), t


@T("voiceflow", "api-key", g_voiceflow, "VOICEFLOW_API_KEY")
def p_vf_http(r, v):
    t = """@uid = %s

POST https://general-runtime.voiceflow.com/state/user/{{uid}}/interact
Authorization: %s
versionID: development
Content-Type: application/json

{"action": {"type": "launch"}}
""" % (rs(r, LOW + DIG, 10), v)
    return r.choice(["requests/voiceflow.http", "api/launch.http"]), t


@T("voiceflow", "api-key", g_voiceflow, "VOICEFLOW_API_KEY")
def p_vf_env(r, v):
    t = """VOICEFLOW_API_KEY=%s
VOICEFLOW_VERSION_ID=production
PORT=3000
""" % v
    return r.choice([".env", ".env.local"]), t


@T("homey", "api-key", g_homey_local, "HOMEY_API_KEY", lang="js")
def p_homey_local_js(r, v):
    t = """const { HomeyAPI } = require('homey-api');

(async () => {
  const homeyApi = await HomeyAPI.createLocalAPI({
    address: 'http://%s',
    token: %s,
  });
  const devices = await homeyApi.devices.getDevices();
  Object.values(devices).forEach((d) => console.log(d.name, d.zoneName));
})();
""" % (r.choice(["192.168.1.50", "10.0.0.40", "homey.local"]), Q(v, "'"))
    return r.choice(["homey/list-devices.js", "scripts/homey.js"]), t


@T("homey", "client-secret", g_hex40, "HOMEY_CLIENT_SECRET", lang="js")
def p_homey_cloud_js(r, v):
    t = """const AthomCloudAPI = require('homey-api/lib/AthomCloudAPI');

const cloudApi = new AthomCloudAPI({
  clientId: '%s',
  clientSecret: %s,
  redirectUrl: 'http://localhost:%d/oauth2/callback',
});

module.exports = cloudApi;
""" % (objid(r), Q(v, "'"), r.choice([3000, 8080, 5173]))
    return r.choice(["server/homey.js", "lib/athom.js"]), t


@T("homey", "api-key", g_homey_local, "HOMEY_TOKEN")
def p_homey_yaml(r, v):
    t = """# homey-exporter settings
homey:
  address: http://%s
  key: %s
  poll: 30s
metrics:
  listen: :9101
""" % (r.choice(["192.168.1.50", "10.0.0.40"]), v)
    return r.choice(["exporter/config.yaml", "homey-exporter.yml"]), t


@T("thread", "network-key", g_hex32, "THREAD_NETWORK_KEY", lang="sh")
def p_thread_otbr(r, v):
    t = """#!/bin/sh
# Form the Thread network for the Matter lab (run on the OTBR host)
ot-ctl dataset init new
ot-ctl dataset channel %d
ot-ctl dataset panid 0x%s
ot-ctl dataset extpanid %s
ot-ctl dataset networkname Lab-%s
ot-ctl dataset networkkey %s
ot-ctl dataset commit active
ot-ctl ifconfig up
ot-ctl thread start
""" % (r.randint(11, 26), rs(r, HEX, 4), rs(r, HEX, 16), rs(r, UHEX, 4), v)
    return r.choice(["lab/form-thread.sh", "otbr/setup.sh"]), t


@T("thread", "network-key", g_hex32, "THREAD_NETWORK_KEY")
def p_thread_yaml(r, v):
    t = """# OpenThread dataset used by the test rig
thread:
  network_name: OpenThread-%s
  channel: %d
  pan_id: 0x%s
  ext_pan_id: %s
  mesh_local_prefix: fd%s:%s:%s:%s::/64
  network_key: %s
""" % (rs(r, HEX, 4), r.randint(11, 26), rs(r, HEX, 4), rs(r, HEX, 16), rs(r, HEX, 2),
       rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 4), v)
    return r.choice(["rig/thread.yaml", "test/matter/thread-dataset.yml"]), t


@T("homebridge", "password", g_password, "HOMEBRIDGE_ALEXA_PASSWORD")
def p_homebridge_config(r, v):
    d = {"bridge": {"name": "Homebridge %s" % rs(r, UHEX, 4),
                    "username": ":".join(rs(r, UHEX, 2) for _ in range(6)),
                    "port": 51826, "pin": "%03d-%02d-%03d" % (r.randint(0, 999), r.randint(0, 99), r.randint(0, 999))},
         "platforms": [{"platform": "config", "name": "Config", "port": 8581},
                       {"platform": "Alexa", "name": "Alexa", "username": r.choice(USERS),
                        "password": v, "pin": "031-45-154", "routines": False}]}
    return r.choice(["homebridge/config.json", ".homebridge/config.json"]), json.dumps(d, indent=4) + "\n"


@T("amazon-lwa", "client-secret", g_lwa_secret, "LWA_CLIENT_SECRET", lang="js")
def p_jovo_project(r, v):
    t = """const { ProjectConfig } = require('@jovotech/cli-core');
const { AlexaCli } = require('@jovotech/platform-alexa');

const project = new ProjectConfig({
  endpoint: '${JOVO_WEBHOOK_URL}',
  plugins: [
    new AlexaCli({
      locales: { en: ['en-US', 'en-GB'] },
      skillId: '%s',
      askProfile: 'default',
      files: {
        'skill-package/accountLinking.json': {
          accountLinkingRequest: {
            clientId: '%s',
            clientSecret: %s,
            accessTokenScheme: 'HTTP_BASIC',
          },
        },
      },
    }),
  ],
});

module.exports = project;
""" % (skill_id(r), lwa_client_id(r), Q(v, "'"))
    return "jovo.project.js", t


@T("amazon-lwa", "client-secret", g_lwa_secret, "ALEXA_CLIENT_SECRET", lang="ts")
def p_jovo_ts_reminder(r, v):
    t = """import { Handle, BaseComponent, Component } from '@jovotech/framework';
import axios from 'axios';

const LWA = {
  id: '%s',
  secret: %s,
};

@Component()
export class ReminderComponent extends BaseComponent {
  @Handle({ intents: ['SetReminderIntent'] })
  async setReminder() {
    const { data } = await axios.post('https://api.amazon.com/auth/o2/token', new URLSearchParams({
      grant_type: 'client_credentials',
      scope: 'alexa::alerts:reminders:skill:readwrite',
      client_id: LWA.id,
      client_secret: LWA.secret,
    }));
    return this.$send({ message: `Token type ${data.token_type}` });
  }
}
""" % (lwa_client_id(r), Q(v, "'"))
    return "src/components/ReminderComponent.ts", t


@T("amazon-lwa", "client-secret", g_lwa_secret, "LWA_CLIENT_SECRET")
def p_lwa_ini(r, v):
    t = """[skill]
id = %s
locale = %s

[lwa]
client_id = %s
secret = %s
scope = alexa::proactive_events

[store]
path = /var/lib/skill/state.db
""" % (skill_id(r), r.choice(LOCALES), lwa_client_id(r), v)
    return r.choice(["conf/skill.ini", "setup.cfg.d/skill.ini", "worker.ini"]), t


# ---------------------------------------------------------------- look-alike negatives
NEG = []


def N(provider, kind):
    def deco(f):
        NEG.append({"name": f.__name__, "provider": provider, "kind": kind, "fn": f})
        return f
    return deco


def sha256h(r):
    return hashlib.sha256(rbytes(r, 32)).hexdigest()


def rincon(r):
    return "RINCON_" + rs(r, UHEX, 12) + "01400"


@N("amazon-alexa", "skill-id")
def n_ask_resources(r):
    d = {"askcliResourcesVersion": "2020-03-31",
         "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
                                  "code": {"default": {"src": "./lambda"}},
                                  "skillInfrastructure": {"userConfig": {"runtime": "nodejs18.x", "handler": "index.handler",
                                                                         "awsRegion": r.choice(REGIONS)},
                                                          "type": "@ask-cli/lambda-deployer"}}}}
    return "ask-resources.json", json.dumps(d, indent=2) + "\n"


@N("amazon-alexa", "skill-id")
def n_ask_states(r):
    sk = skill_id(r)
    d = {"askcliStatesVersion": "2020-03-31",
         "profiles": {"default": {"skillId": sk,
                                  "skillMetadata": {"lastDeployHash": b64(r, 16) + "", "lastDeployTimestamp": iso(r)},
                                  "code": {"default": {"lastDeployHash": b64(r, 16)}},
                                  "skillInfrastructure": {"@ask-cli/lambda-deployer": {"deployState": {"default": {
                                      "lambda": {"arn": "arn:aws:lambda:%s:%s:function:ask-%s" % (r.choice(REGIONS), rs(r, DIG, 12), rs(r, LOW, 8)),
                                                 "lastModified": iso(r), "revisionId": uuid4(r)},
                                      "iamRole": "arn:aws:iam::%s:role/ask-lambda-%s" % (rs(r, DIG, 12), rs(r, LOW, 8))}}}}}}}
    return ".ask/ask-states.json", json.dumps(d, indent=2) + "\n"


@N("amazon-alexa", "request-sample")
def n_alexa_request(r):
    sk = skill_id(r)
    d = {"version": "1.0",
         "session": {"new": True, "sessionId": "amzn1.echo-api.session." + uuid4(r),
                     "application": {"applicationId": sk}, "user": {"userId": amzn_account(r)}},
         "context": {"System": {"application": {"applicationId": sk},
                                "user": {"userId": amzn_account(r)},
                                "device": {"deviceId": amzn_device(r),
                                           "supportedInterfaces": {"AudioPlayer": {}}},
                                "apiEndpoint": "https://api.amazonalexa.com",
                                "apiAccessToken": "AxThk..."}},
         "request": {"type": "IntentRequest", "requestId": "amzn1.echo-api.request." + uuid4(r),
                     "locale": r.choice(LOCALES), "timestamp": iso(r)[:19] + "Z",
                     "intent": {"name": "GetFactIntent", "confirmationStatus": "NONE"}}}
    return r.choice(["test/fixtures/launch-request.json", "lambda/test/intent.json", "events/GetFact.json"]), json.dumps(d, indent=2) + "\n"


@N("amazon-alexa", "user-id")
def n_alexa_jest(r):
    acc = amzn_account(r)
    t = """const { handler } = require('../index');

const USER_ID = '%s';
const DEVICE_ID = '%s';

describe('LaunchRequest', () => {
  it('greets returning users', async () => {
    const event = require('./fixtures/launch.json');
    event.context.System.user.userId = USER_ID;
    event.context.System.device.deviceId = DEVICE_ID;
    const res = await handler(event, {});
    expect(res.response.outputSpeech.ssml).toContain('Welcome back');
  });
});
""" % (acc, amzn_device(r))
    return "lambda/test/launch.test.js", t


@N("amazon-alexa", "interaction-model")
def n_interaction_model(r):
    d = {"interactionModel": {"languageModel": {"invocationName": slug(skill_name(r)).replace("-", " "),
                                                "intents": [{"name": "AMAZON.HelpIntent", "samples": []},
                                                            {"name": "WaterPlantIntent", "slots": [{"name": "room", "type": "ROOM"}],
                                                             "samples": ["water the {room} plants", "did I water the {room}"]}],
                                                "types": [{"name": "ROOM", "values": [{"id": rs(r, HEX, 32), "name": {"value": x}} for x in FIRST[:4]]}]},
                              "prompts": [{"id": "Elicit.Slot.%s.%s" % (rs(r, DIG, 13), rs(r, DIG, 12)),
                                           "variations": [{"type": "PlainText", "value": "Which room?"}]}]}}
    return "skill-package/interactionModels/custom/%s.json" % r.choice(LOCALES), json.dumps(d, indent=2) + "\n"


@N("amazon-alexa", "log-request-ids")
def n_lambda_log(r):
    lines = []
    for _ in range(r.randint(6, 10)):
        rid = uuid4(r)
        lines.append("START RequestId: %s Version: $LATEST" % rid)
        lines.append("%s\t%s\tINFO\tintent=%s user=%s..." % (iso(r), rid, r.choice(["LaunchRequest", "GetFactIntent", "AMAZON.StopIntent"]), amzn_account(r)[:40]))
        lines.append("END RequestId: %s" % rid)
        lines.append("REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 256 MB\tMax Memory Used: %d MB" % (rid, r.uniform(20, 900), r.randint(20, 900), r.randint(60, 120)))
    return r.choice(["logs/lambda-2024-03-02.log", "debug/cloudwatch.log"]), "\n".join(lines) + "\n"


@N("amazon-alexa", "smart-home-discovery")
def n_smarthome_discovery(r):
    eps = []
    for room in r.sample(FIRST, 3):
        eps.append({"endpointId": "light-" + rs(r, HEX, 12), "manufacturerName": "Example Lights",
                    "friendlyName": room.capitalize() + " light", "displayCategories": ["LIGHT"],
                    "cookie": {"hubSerial": rs(r, UP + DIG, 12), "fw": "2.%d.%d" % (r.randint(0, 9), r.randint(0, 20))},
                    "capabilities": [{"type": "AlexaInterface", "interface": "Alexa.PowerController", "version": "3"}]})
    d = {"event": {"header": {"namespace": "Alexa.Discovery", "name": "Discover.Response", "payloadVersion": "3",
                              "messageId": uuid4(r)}, "payload": {"endpoints": eps}}}
    return r.choice(["test/discovery-response.json", "docs/samples/discovery.json"]), json.dumps(d, indent=2) + "\n"


@N("amazon-alexa", "skill-id-as-token-field")
def n_tf_permission(r):
    sk = skill_id(r)
    t = """resource "aws_lambda_permission" "alexa_trigger" {
  statement_id       = "AlexaSkillKit"
  action             = "lambda:InvokeFunction"
  function_name      = aws_lambda_function.skill.function_name
  principal          = "alexa-appkit.amazon.com"
  # Alexa skill id acts as the event source token
  event_source_token = "%s"
}
""" % sk
    return r.choice(["infra/permissions.tf", "terraform/alexa.tf"]), t


@N("amazon-lwa", "client-id-only")
def n_lwa_js_sdk(r):
    t = """<!doctype html>
<html>
<body>
<div id="amazon-root"></div>
<a href="#" id="LoginWithAmazon"><img alt="Login with Amazon" src="https://images-na.ssl-images-amazon.com/images/G/01/lwa/btnLWA_gold_156x32.png"></a>
<script>
  window.onAmazonLoginReady = function () {
    amazon.Login.setClientId('%s');
  };
  document.getElementById('LoginWithAmazon').onclick = function () {
    amazon.Login.authorize({ scope: 'profile', response_type: 'code', pkce: true },
      'https://%s.example.app/handle_login');
    return false;
  };
</script>
<script async src="https://assets.loginwithamazon.com/sdk/na/login1.js"></script>
</body>
</html>
""" % (lwa_client_id(r), rs(r, LOW, 6))
    return r.choice(["public/login.html", "web/index.html"]), t


@N("amazon-lwa", "profile-response")
def n_lwa_profile(r):
    d = {"user_id": "amzn1.account." + rs(r, UP + DIG, 28), "name": "Test User",
         "email": "tester+%s@example.com" % rs(r, LOW, 4), "postal_code": "%05d" % r.randint(10000, 99999)}
    return r.choice(["test/fixtures/lwa-profile.json", "mocks/profile.json"]), json.dumps(d, indent=2) + "\n"


@N("amazon-avs", "device-info")
def n_avs_config_noauth(r):
    d = {"deviceInfo": {"clientId": lwa_client_id(r), "productId": "kitchen_proto",
                        "deviceSerialNumber": rs(r, UP + DIG, 10), "manufacturerName": "hobby", "description": "proto"},
         "cblAuthDelegate": {"databaseFilePath": "/var/lib/avs/cbl.db"},
         "miscDatabase": {"databaseFilePath": "/var/lib/avs/misc.db"}}
    return "avs/config/AlexaClientSDKConfig.json", json.dumps(d, indent=2) + "\n"


@N("amazon-alexa", "skill-manifest")
def n_skill_manifest(r):
    d = {"manifest": {"publishingInformation": {"locales": {"en-US": {"name": skill_name(r), "summary": "Short facts",
                                                                      "examplePhrases": ["Alexa, open the helper"]}},
                                                "isAvailableWorldwide": True, "category": "EDUCATION_AND_REFERENCE"},
                      "apis": {"custom": {"endpoint": {"uri": "arn:aws:lambda:%s:%s:function:skill-%s" % (r.choice(REGIONS), rs(r, DIG, 12), rs(r, HEX, 8))},
                                          "interfaces": []}},
                      "manifestVersion": "1.0",
                      "permissions": [{"name": "alexa::alerts:reminders:skill:readwrite"}]}}
    return "skill-package/skill.json", json.dumps(d, indent=2) + "\n"


@N("home-assistant", "entity-registry-ids")
def n_ha_entity_registry(r):
    ents = []
    for room in r.sample(FIRST, 3):
        ents.append({"entity_id": "light.%s" % room, "id": rs(r, HEX, 32), "config_entry_id": rs(r, HEX, 32),
                     "device_id": rs(r, HEX, 32), "platform": "hue", "unique_id": "00:17:88:01:%s-0b" % ":".join(rs(r, HEX, 2) for _ in range(4))})
    d = {"version": 1, "minor_version": 12, "key": "core.entity_registry", "data": {"entities": ents}}
    return r.choice(["ha-backup/.storage/core.entity_registry", "config/.storage/core.entity_registry"]), json.dumps(d, indent=2) + "\n"


@N("home-assistant", "secret-references")
def n_ha_config_secret_refs(r):
    t = """homeassistant:
  name: Home
  latitude: !secret latitude_home
  longitude: !secret longitude_home
  time_zone: Europe/Berlin

http:
  ssl_certificate: /ssl/fullchain.pem
  ssl_key: /ssl/privkey.pem
  use_x_forwarded_for: true
  trusted_proxies:
    - 172.30.33.0/24

rest_command:
  upstairs_scene:
    url: http://%s:8123/api/services/scene/turn_on
    method: POST
    headers:
      authorization: !secret upstairs_bearer
    payload: '{"entity_id": "scene.evening"}'
""" % r.choice(HOSTS)
    return r.choice(["homeassistant/configuration.yaml", "configuration.yaml"]), t


@N("home-assistant", "automation-ids")
def n_ha_automations(r):
    out = []
    for room in r.sample(FIRST, 3):
        out.append("""- id: '%d'
  alias: %s motion light
  trigger:
    - platform: device
      device_id: %s
      domain: binary_sensor
      entity_id: %s
      type: motion
  action:
    - service: light.turn_on
      target:
        entity_id: light.%s
  mode: restart""" % (r.randint(1600000000000, 1740000000000), room.capitalize(), rs(r, HEX, 32), rs(r, HEX, 32), room))
    return "automations.yaml", "\n".join(out) + "\n"


@N("home-assistant", "auth-provider-hash")
def n_ha_auth_hash(r):
    d = {"version": 1, "minor_version": 1, "key": "auth_provider.homeassistant",
         "data": {"users": [{"username": "voice", "password": base64.b64encode(("$2b$12$" + rs(r, ALNUM + "./", 53)).encode()).decode()}]}}
    return "ha-backup/.storage/auth_provider.homeassistant", json.dumps(d, indent=2) + "\n"


@N("nabu-casa", "remote-ui-url")
def n_nabu_remote(r):
    t = """# Remote access

Home Assistant Cloud is enabled.  The instance is reachable at
https://%s.ui.nabu.casa (login still required), and Alexa / Google Assistant
are linked through the cloud integration, so no port forwarding is needed.

Local: http://%s:8123
""" % (rs(r, LOW + DIG, 32), r.choice(HOSTS))
    return r.choice(["docs/remote-access.md", "README.md"]), t


@N("homekit", "setup-code")
def n_homekit_codes(r):
    code = "%03d-%02d-%03d" % (r.randint(100, 999), r.randint(10, 99), r.randint(100, 999))
    t = """# Pairing the bridge with Apple Home

1. Open the Home app and tap **Add Accessory**.
2. Scan the QR code or enter the setup code `%s`.
3. Setup payload (for the QR generator): `X-HM://00%s%s`

Setup ID: `%s`, category: Bridge (2).
""" % (code, rs(r, UP + DIG, 7), rs(r, UP + DIG, 4), rs(r, UP + DIG, 4))
    return r.choice(["docs/homekit.md", "bridge/PAIRING.md"]), t


@N("homekit", "accessory-cache")
def n_homekit_cache(r):
    d = {"displayName": "Homebridge %s" % rs(r, UHEX, 4), "category": 2, "pincode": "031-45-154",
         "setupID": rs(r, UP + DIG, 4), "configVersion": r.randint(2, 40),
         "accessoryInfo": {"username": ":".join(rs(r, UHEX, 2) for _ in range(6)),
                           "pairedClients": {uuid4(r).upper(): {"publicKey": rs(r, HEX, 64), "permission": 1}}}}
    return r.choice(["persist/AccessoryInfo.json", ".homebridge/persist/AccessoryInfo.json"]), json.dumps(d, indent=2) + "\n"


@N("matter", "pairing-codes")
def n_matter_chip_tool(r):
    node = r.randint(1, 200)
    t = """#!/bin/sh
# Commission the dev board over BLE-Thread (test credentials from the SDK examples)
chip-tool pairing ble-thread %d hex:${THREAD_DATASET} 20202021 3840
# Manual pairing code printed by the device: 34970112332
# QR payload: MT:Y.K9042C00KA0648G00
chip-tool onoff toggle %d 1
chip-tool basicinformation read vendor-id %d 0
""" % (node, node, node)
    return r.choice(["lab/commission.sh", "matter/pair.sh"]), t


@N("matter", "qr-payload")
def n_matter_label(r):
    rows = ["serial,manual_code,qr_payload,discriminator,vid,pid"]
    for _ in range(r.randint(5, 9)):
        rows.append("%s,%s,MT:%s,%d,0x%s,0x%s" % (rs(r, UP + DIG, 10), "%04d-%03d-%04d" % (r.randint(0, 9999), r.randint(0, 999), r.randint(0, 9999)),
                                                  rs(r, UP + DIG + ".-", 19), r.randint(0, 4095), rs(r, UHEX, 4), rs(r, UHEX, 4)))
    return r.choice(["factory/labels.csv", "manufacturing/matter-labels.csv"]), "\n".join(rows) + "\n"


@N("matter", "device-attestation-cert")
def n_matter_pai_cert(r):
    body = "MIIB" + rs(r, ALNUM + "+/", 600)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    t = "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"
    return r.choice(["credentials/test/Chip-Test-PAI-FFF1-Cert.pem", "certs/dac-cert.pem"]), t


@N("thread", "dataset-public-fields")
def n_thread_status(r):
    t = """> extaddr
%s
Done
> extpanid
%s
Done
> eui64
%s
Done
> rloc16
%s
Done
> ipaddr
fd%s:%s:%s:0:0:ff:fe00:%s
fe80:0:0:0:%s:%s:%s:%s
Done
""" % (rs(r, HEX, 16), rs(r, HEX, 16), rs(r, HEX, 16), rs(r, HEX, 4), rs(r, HEX, 2), rs(r, HEX, 4), rs(r, HEX, 4),
       rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 4))
    return r.choice(["notes/otbr-status.txt", "logs/ot-ctl.log"]), t


@N("picovoice", "model-digests")
def n_pv_models(r):
    d = {"models": [{"file": "hey-%s_en_raspberry-pi_v3_0_0.ppn" % w, "sha256": sha256h(r), "size": r.randint(3000, 9000)}
                    for w in r.sample(["jarvis", "computer", "nova", "friday", "atlas"], 3)],
         "porcupine_params": {"file": "porcupine_params.pv", "sha256": sha256h(r)}}
    return r.choice(["models/manifest.json", "assets/wake/manifest.json"]), json.dumps(d, indent=2) + "\n"


@N("npm", "integrity-hashes")
def n_package_lock(r):
    pk = {}
    for name, ver in [("ask-sdk-core", "2.14.0"), ("ask-sdk-model", "1.86.0"), ("@jovotech/framework", "4.6.1"),
                      ("home-assistant-js-websocket", "9.4.0")]:
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                      "integrity": "sha512-" + b64(r, 64)}
    d = {"name": slug(skill_name(r)), "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return r.choice(["lambda/package-lock.json", "package-lock.json"]), json.dumps(d, indent=2) + "\n"


@N("pypi", "hash-pins")
def n_requirements_hashes(r):
    rows = []
    for name, ver in [("ask-sdk-core", "1.19.0"), ("pvporcupine", "3.0.2"), ("paho-mqtt", "1.6.1"), ("wit", "6.0.1")]:
        rows.append("%s==%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s" % (name, ver, sha256h(r), sha256h(r)))
    return r.choice(["requirements.txt", "lambda/requirements.txt"]), "\n".join(rows) + "\n"


@N("dialogflow", "intent-ids")
def n_df_intent(r):
    d = {"id": uuid4(r), "name": "lights.on", "auto": True, "contexts": [],
         "responses": [{"resetContexts": False, "action": "lights.on", "affectedContexts": [],
                        "parameters": [{"id": uuid4(r), "name": "room", "required": True, "dataType": "@room",
                                        "value": "$room", "isList": False}],
                        "messages": [{"type": "0", "lang": "en", "speech": ["Turning on the $room lights"]}]}],
         "webhookUsed": True, "fallbackIntent": False, "events": []}
    return "agent/intents/lights.on.json", json.dumps(d, indent=2) + "\n"


@N("dialogflow", "project-and-agent-ids")
def n_df_cx_config(r):
    t = """dialogflow:
  project_id: %s
  location: %s
  agent_id: %s
  environment: draft
  language_code: %s
  session_prefix: projects/%s/locations/global/agents/%s/sessions/
credentials_file: ${GOOGLE_APPLICATION_CREDENTIALS}
""" % (gcp_project(r), r.choice(["global", "europe-west1", "us-central1"]), uuid4(r), r.choice(LOCALES).lower(),
       gcp_project(r), uuid4(r))
    return r.choice(["config/dialogflow.yaml", "nlu/cx.yaml"]), t


@N("google-cloud", "public-x509-certs")
def n_google_certs(r):
    d = {}
    for _ in range(2):
        body = "MIIDHDCCAgSgAwIBAgII" + rs(r, ALNUM + "+/", 800)
        d[rs(r, HEX, 40)] = "-----BEGIN CERTIFICATE-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END CERTIFICATE-----\n"
    return r.choice(["test/fixtures/google-certs.json", "fixtures/x509.json"]), json.dumps(d, indent=2) + "\n"


@N("google-actions", "actions-settings")
def n_actions_settings(r):
    t = """projectId: %s
defaultLocale: en
localizedSettings:
  displayName: %s
  pronunciation: %s
  fullDescription: Ask about your plants.
  smallLogoImage: $resources.images.logo
  developerName: Example Labs
  developerEmail: dev@example.com
  privacyPolicyUrl: https://example.com/privacy
category: HOME_CONTROL
usesTransactionsApi: false
accountLinking:
  enableAccountCreation: false
  linkingType: OAUTH
  authGrantType: AUTH_CODE
  appClientId: %s-%s.apps.googleusercontent.com
  authorizationUrl: https://example.com/oauth/authorize
  tokenUrl: https://example.com/oauth/token
"""
    nm = skill_name(r)
    return "sdk/settings/settings.yaml", t % (gcp_project(r), nm, nm, rs(r, DIG, 12), rs(r, LOW + DIG, 32))


@N("google-oauth", "public-client-id")
def n_google_signin(r):
    t = """<script src="https://accounts.google.com/gsi/client" async></script>
<div id="g_id_onload"
     data-client_id="%s-%s.apps.googleusercontent.com"
     data-login_uri="https://%s.web.app/login"
     data-auto_prompt="false"></div>
<div class="g_id_signin" data-type="standard"></div>
""" % (rs(r, DIG, 12), rs(r, LOW + DIG, 32), gcp_project(r))
    return r.choice(["public/signin.html", "web/partials/google-signin.html"]), t


@N("smartthings", "device-uuids")
def n_st_devices(r):
    loc = uuid4(r)
    items = [{"deviceId": uuid4(r), "name": "c2c-switch", "label": room.capitalize() + " Switch",
              "manufacturerName": "SmartThingsCommunity", "presentationId": uuid4(r), "locationId": loc,
              "ownerId": uuid4(r), "roomId": uuid4(r), "type": "VIPER"} for room in r.sample(FIRST, 3)]
    return r.choice(["fixtures/st-devices.json", "test/data/devices.json"]), json.dumps({"items": items, "_links": {}}, indent=2) + "\n"


@N("smartthings", "lifecycle-event")
def n_st_lifecycle(r):
    d = {"messageType": "EVENT", "lifecycle": "EVENT", "executionId": uuid4(r).upper(), "locale": "en",
         "version": "1.0.0",
         "eventData": {"installedApp": {"installedAppId": uuid4(r), "locationId": uuid4(r)},
                       "events": [{"eventType": "DEVICE_EVENT", "deviceEvent": {"subscriptionName": "switchHandler",
                                                                                "eventId": uuid4(r), "deviceId": uuid4(r),
                                                                                "componentId": "main", "capability": "switch",
                                                                                "attribute": "switch", "value": "on"}}]}}
    return r.choice(["test/events/switch-on.json", "smartapp/test/event.json"]), json.dumps(d, indent=2) + "\n"


@N("smartthings", "ping-challenge")
def n_st_ping(r):
    d = {"lifecycle": "PING", "executionId": uuid4(r).upper(), "locale": "en", "version": "1.0.0",
         "pingData": {"challenge": uuid4(r)}}
    return "test/fixtures/ping.json", json.dumps(d, indent=2) + "\n"


@N("sonos", "household-ids")
def n_sonos_groups(r):
    pl = [{"id": rincon(r), "name": room.capitalize(), "icon": "", "capabilities": ["PLAYBACK", "CLOUD"],
           "softwareVersion": "%d.%d-%d" % (r.randint(60, 80), r.randint(1, 3), r.randint(10000, 99999))} for room in r.sample(FIRST, 3)]
    d = {"groups": [{"id": pl[0]["id"] + ":" + str(r.randint(100, 999)), "name": pl[0]["name"], "playbackState": "PLAYBACK_STATE_IDLE",
                     "playerIds": [p["id"] for p in pl], "coordinatorId": pl[0]["id"]}],
         "players": pl, "householdId": "Sonos_" + rs(r, ALNUM, 22) + "." + rs(r, ALNUM, 22)}
    return r.choice(["fixtures/sonos-groups.json", "test/sonos/groups.json"]), json.dumps(d, indent=2) + "\n"


@N("mycroft", "device-uuid-config")
def n_mycroft_conf(r):
    d = {"lang": "en-us", "system_unit": "metric", "time_format": "full",
         "server": {"url": "https://api.mycroft.ai", "version": "v1", "update": True, "metrics": False},
         "enclosure": {"platform": "picroft"},
         "listener": {"wake_word": "hey mycroft", "device_name": r.choice(FIRST)},
         "device_uuid": uuid4(r),
         "skills": {"blacklisted_skills": ["mycroft-npr-news.mycroftai"]}}
    return r.choice(["etc/mycroft/mycroft.conf", "picroft/mycroft.conf"]), json.dumps(d, indent=2) + "\n"


@N("wyoming", "satellite-service")
def n_wyoming_service(r):
    t = """[Unit]
Description=Wyoming Satellite
Wants=network-online.target
After=network-online.target

[Service]
Type=simple
ExecStart=/home/pi/wyoming-satellite/script/run \\
    --name '%s satellite' \\
    --uri 'tcp://0.0.0.0:10700' \\
    --mic-command 'arecord -D plughw:CARD=seeed2micvoicec,DEV=0 -r 16000 -c 1 -f S16_LE -t raw' \\
    --snd-command 'aplay -D plughw:CARD=seeed2micvoicec,DEV=0 -r 22050 -c 1 -f S16_LE -t raw' \\
    --wake-uri 'tcp://127.0.0.1:10400' \\
    --wake-word-name 'ok_nabu'
WorkingDirectory=/home/pi/wyoming-satellite
Restart=always

[Install]
WantedBy=default.target
""" % r.choice(FIRST).capitalize()
    return "systemd/wyoming-satellite.service", t


@N("wyoming", "model-digests")
def n_piper_voices(r):
    d = {}
    for v in r.sample(["en_US-lessac-medium", "de_DE-thorsten-high", "nl_NL-mls-medium", "fr_FR-siwis-low"], 3):
        d[v] = {"key": v, "files": {"%s.onnx" % v: {"size_bytes": r.randint(20000000, 120000000), "md5_digest": rs(r, HEX, 32)},
                                    "%s.onnx.json" % v: {"size_bytes": r.randint(4000, 9000), "md5_digest": rs(r, HEX, 32)}}}
    return r.choice(["piper/voices.json", "data/voices.json"]), json.dumps(d, indent=2) + "\n"


@N("wit-ai", "app-export")
def n_wit_export(r):
    d = {"data": {"id": rs(r, DIG, 16), "name": "kitchen-timer", "lang": "en", "private": True,
                  "created_at": iso(r), "timezone": "Europe/Paris"},
         "intents": [{"id": rs(r, DIG, 15), "name": n} for n in ["timer_set", "timer_cancel", "timer_query"]],
         "entities": [{"id": rs(r, DIG, 15), "name": "wit$duration:duration"}]}
    return r.choice(["wit/app.json", "nlu/wit-export/app.json"]), json.dumps(d, indent=2) + "\n"


@N("wit-ai", "response-sample")
def n_wit_response(r):
    d = {"text": "set a timer for five minutes", "intents": [{"id": rs(r, DIG, 15), "name": "timer_set", "confidence": round(r.uniform(0.8, 1), 4)}],
         "entities": {"wit$duration:duration": [{"id": rs(r, DIG, 15), "name": "wit$duration", "role": "duration",
                                                 "start": 16, "end": 28, "body": "five minutes", "confidence": 0.99,
                                                 "value": 300, "unit": "second"}]}, "traits": {}}
    return "test/fixtures/wit-timer.json", json.dumps(d, indent=2) + "\n"


@N("voiceflow", "project-ids")
def n_vf_ids(r):
    t = """# Voiceflow agent

- Project ID: `%s`
- Development version ID: `%s`
- Production alias: `production`

The runtime key is injected from the deployment environment as
`VOICEFLOW_API_KEY` (see `infra/secrets.md`).  Transcripts are stored under
`/v2/transcripts/%s`.
""" % (objid(r), objid(r), objid(r))
    return r.choice(["docs/voiceflow.md", "VOICEFLOW.md"]), t


@N("voiceflow", "trace-sample")
def n_vf_trace(r):
    d = [{"time": r.randint(1700000000000, 1740000000000), "type": "speak",
          "payload": {"message": "Hi there! What would you like to order?", "type": "message"}},
         {"time": r.randint(1700000000000, 1740000000000), "type": "choice",
          "payload": {"buttons": [{"name": "Coffee", "request": {"type": "path-" + rs(r, ALNUM, 8)}},
                                  {"name": "Tea", "request": {"type": "path-" + rs(r, ALNUM, 8)}}]}},
         {"type": "debug", "payload": {"type": "flow", "message": "entered flow " + objid(r)}}]
    return r.choice(["test/traces/launch.json", "fixtures/vf-launch.json"]), json.dumps(d, indent=2) + "\n"


@N("homey", "app-manifest")
def n_homey_app(r):
    d = {"id": "com.example.%s" % rs(r, LOW, 7), "version": "1.%d.0" % r.randint(0, 9), "compatibility": ">=5.0.0",
         "sdk": 3, "platforms": ["local"], "name": {"en": skill_name(r)}, "permissions": ["homey:manager:api"],
         "drivers": [{"id": "plug", "class": "socket", "capabilities": ["onoff", "measure_power"],
                      "pair": [{"id": "list_devices", "template": "list_devices"}]}],
         "brandColor": "#%s" % rs(r, UHEX, 6)}
    return "app.json", json.dumps(d, indent=2) + "\n"


@N("homey", "device-list")
def n_homey_devices(r):
    d = {uuid4(r): {"id": None, "name": room.capitalize() + " plug", "zone": uuid4(r), "driverId": "homey:app:com.example.plug:plug",
                    "capabilities": ["onoff"]} for room in r.sample(FIRST, 3)}
    for k in d:
        d[k]["id"] = k
    return r.choice(["fixtures/homey-devices.json", "test/devices.json"]), json.dumps(d, indent=2) + "\n"


@N("git", "commit-shas")
def n_changelog(r):
    out = ["# Changelog", ""]
    for i in range(r.randint(5, 8)):
        out.append("- %s %s (%s)" % (rs(r, HEX, 40), r.choice(["fix: handle AMAZON.FallbackIntent", "feat: add reminders",
                                                             "chore: bump ask-sdk-core", "fix: retry LWA token refresh",
                                                             "feat: Matter bridge support", "docs: wyoming satellite"]), iso(r)[:10]))
    return "CHANGELOG.md", "\n".join(out) + "\n"


@N("skill-analytics", "hashed-ids")
def n_analytics_csv(r):
    rows = ["date,hashed_user,locale,intent,sessions"]
    for _ in range(r.randint(8, 14)):
        rows.append("%s,%s,%s,%s,%d" % (iso(r)[:10], sha256h(r), r.choice(LOCALES), r.choice(["LaunchRequest", "GetFactIntent", "HelpIntent"]), r.randint(1, 40)))
    return r.choice(["analytics/export.csv", "reports/usage.csv"]), "\n".join(rows) + "\n"


@N("ssh", "public-key")
def n_authorized_keys(r):
    rows = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s pi@%s-speaker" % (rs(r, ALNUM + "+/", 43), r.choice(FIRST)),
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s deploy@ci" % rs(r, ALNUM + "+/", 540)]
    return r.choice(["deploy/authorized_keys", "provision/files/authorized_keys"]), "\n".join(rows) + "\n"


@N("audio", "base64-audio")
def n_audio_fixture(r):
    d = {"sampleRate": 16000, "encoding": "LINEAR16",
         "audio": base64.b64encode(b"RIFF" + rbytes(r, 4) + b"WAVEfmt " + rbytes(r, 300)).decode(),
         "expectedTranscript": "turn on the %s light" % r.choice(FIRST)}
    return r.choice(["test/fixtures/utterance.json", "stt/test/sample.json"]), json.dumps(d, indent=2) + "\n"


@N("docker", "image-digests")
def n_compose_digests(r):
    t = """services:
  homeassistant:
    image: ghcr.io/home-assistant/home-assistant:2024.6@sha256:%s
    network_mode: host
    volumes:
      - ./config:/config
  piper:
    image: rhasspy/wyoming-piper@sha256:%s
    command: --voice en_US-lessac-medium
    ports:
      - "10200:10200"
  whisper:
    image: rhasspy/wyoming-whisper@sha256:%s
    command: --model tiny-int8 --language en
""" % (sha256h(r), sha256h(r), sha256h(r))
    return r.choice(["docker-compose.yml", "stack/compose.yaml"]), t


@N("tls", "cert-fingerprint")
def n_tls_pin(r):
    t = """# Certificate pinning for the local HA instance used by the tablet dashboard
ha:
  url: https://%s:8123
  pin_sha256: %s
  fingerprint_sha1: %s
""" % (r.choice(HOSTS), base64.b64encode(rbytes(r, 32)).decode(), ":".join(rs(r, UHEX, 2) for _ in range(20)))
    return r.choice(["dashboard/pinning.yaml", "kiosk/tls.yml"]), t


@N("snips", "assistant-ids")
def n_snips_assistant(r):
    d = {"id": "proj_" + rs(r, ALNUM, 11), "name": "Home", "language": "en", "version": {"nluModel": "0.20.2"},
         "intents": [{"id": rs(r, ALNUM, 10) + ":" + n, "name": n, "version": str(r.randint(1, 9))} for n in ["lightsTurnOn", "lightsTurnOff"]],
         "heartbeat": {"url": "https://api.snips.ai/v1/heartbeat"}}
    return "assistant/assistant.json", json.dumps(d, indent=2) + "\n"


@N("amazon-alexa", "python-test-ids")
def n_py_test_ids(r):
    t = '''import unittest

from lambda_function import sb

SKILL_ID = "%s"
USER = "%s"
REQUEST_ID = "amzn1.echo-api.request.%s"


class LaunchTest(unittest.TestCase):
    def test_launch(self):
        event = {"version": "1.0", "session": {"application": {"applicationId": SKILL_ID},
                                               "user": {"userId": USER}, "new": True},
                 "request": {"type": "LaunchRequest", "requestId": REQUEST_ID, "locale": "en-US"}}
        out = sb.lambda_handler()(event, None)
        self.assertIn("outputSpeech", out["response"])
''' % (skill_id(r), amzn_account(r), uuid4(r))
    return r.choice(["tests/test_launch.py", "lambda/tests/test_handlers.py"]), t


@N("sql", "token-table-schema")
def n_sql_schema(r):
    t = """-- migration %s: store linked Alexa users
CREATE TABLE linked_accounts (
    id             BIGSERIAL PRIMARY KEY,
    alexa_user_id  TEXT NOT NULL UNIQUE,
    refresh_token  TEXT,               -- encrypted with KMS, never logged
    token_sha256   CHAR(64) NOT NULL,
    linked_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO linked_accounts (alexa_user_id, refresh_token, token_sha256)
VALUES ('%s', NULL, '%s');
""" % (rs(r, DIG, 14), amzn_account(r)[:80], sha256h(r))
    return "db/migrations/%s_linked_accounts.sql" % rs(r, DIG, 14), t


@N("amazon-alexa", "session-ids")
def n_session_log_csv(r):
    rows = ["timestamp,session_id,request_id,intent,latency_ms"]
    for _ in range(r.randint(6, 12)):
        rows.append("%s,amzn1.echo-api.session.%s,amzn1.echo-api.request.%s,%s,%d" % (
            iso(r), uuid4(r), uuid4(r), r.choice(["LaunchRequest", "OrderIntent", "SessionEndedRequest"]), r.randint(40, 900)))
    return r.choice(["logs/sessions.csv", "analytics/requests.csv"]), "\n".join(rows) + "\n"


@N("amazon-alexa", "in-skill-product-ids")
def n_isp(r):
    d = {"vendorId": vendor_id(r), "inSkillProductDefinition": {"version": "1.0", "type": "ENTITLEMENT",
                                                                "referenceName": "premium_facts",
                                                                "productId": "amzn1.adg.product." + uuid4(r),
                                                                "publishingInformation": {"locales": {"en-US": {"name": "Premium facts"}}}}}
    return "isps/entitlement/premium_facts.json", json.dumps(d, indent=2) + "\n"


@N("google-actions", "conversation-sample")
def n_actions_request(r):
    d = {"handler": {"name": "main"}, "intent": {"name": "actions.intent.MAIN", "params": {}, "query": "Talk to plant buddy"},
         "session": {"id": "ABwppHF" + rs(r, B64URL, 60), "params": {}, "typeOverrides": [], "languageCode": ""},
         "user": {"locale": "en-US", "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                  "verificationStatus": "VERIFIED", "packageEntitlements": [], "lastSeenTime": iso(r)},
         "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
    return r.choice(["test/fixtures/main-invocation.json", "webhooks/test/main.json"]), json.dumps(d, indent=2) + "\n"


@N("home-assistant", "ha-env-example")
def n_ha_env_example(r):
    t = """# Copy to .env and fill in.  A long-lived access token is created under
# Profile -> Security -> Long-lived access tokens.
HA_URL=http://homeassistant.local:8123
HA_TOKEN=
PICOVOICE_ACCESS_KEY=
WAKE_WORD=%s
""" % r.choice(["jarvis", "computer", "porcupine"])
    return r.choice([".env.example", ".env.sample"]), t


@N("gpg", "public-key-block")
def n_gpg_pub(r):
    body = "mQINBG" + rs(r, ALNUM + "+/", 700)
    t = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n=" + rs(r, ALNUM, 4) + "\n-----END PGP PUBLIC KEY BLOCK-----\n"
    return r.choice(["keys/release-signing.asc", "docs/KEYS.asc"]), t


@N("kubernetes", "checksum-annotations")
def n_k8s_checksum(r):
    t = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: fulfillment
spec:
  replicas: 2
  template:
    metadata:
      annotations:
        checksum/config: %s
        checksum/secret: %s
    spec:
      containers:
        - name: webhook
          image: europe-docker.pkg.dev/%s/voice/fulfillment@sha256:%s
          envFrom:
            - secretRef:
                name: fulfillment-env
""" % (sha256h(r), sha256h(r), gcp_project(r), sha256h(r))
    return r.choice(["deploy/k8s/deployment.yaml", "charts/fulfillment/rendered.yaml"]), t


@N("amazon-alexa", "apl-document-ids")
def n_apl(r):
    d = {"type": "APL", "version": "2023.3", "import": [{"name": "alexa-layouts", "version": "1.7.0"}],
         "mainTemplate": {"parameters": ["payload"], "items": [{"type": "AlexaHeadline", "id": "headline-" + rs(r, HEX, 8),
                                                                "primaryText": "${payload.data.title}",
                                                                "backgroundImageSource": "https://d2o906d8ln7ui1.cloudfront.net/images/%s.png" % rs(r, HEX, 16)}]}}
    return "skill-package/response/display/main/document.json", json.dumps(d, indent=2) + "\n"


# ---------------------------------------------------------------- fillers for re-used templates
DOC_EXAMPLES = {
    ("amazon-lwa", "client-secret"): ["c007c411c9657dde807a11a96a3cfd8a2972f9599ac28de241675832f63cac05"],
    ("amazon-lwa", "access-token"): ["Atza|IwEBIPSxTCdGGC-xL-ywFib_lJfg-D7d435Jw739GWa3xy6dHJxXqy2EwddQkIchiDNiqa4kFJ4iTv_"
                                     "WcFCPoQ6qNvEIxlwDU9yxadZon9-fWh42Qt-hqB8kL6X1iFaDVsBjt3DSgfbe5DYOn_NCOF_r0Z0c3ArA1ft1g082lKYDC4Lo_qYy",
                                     "Atza|w"],
    ("amazon-lwa", "refresh-token"): ["Atzr|IwEBIDxSD_pLhlNA0Jn8UbGDhcsxEt70JizgXXXaITEwstKSsLO007_pNcQ13H6umgVcLvPiXthZL4"
                                      "UJnHv8tYAqbVVnH7CUanaA4MDwY9JMf-CVHltiDYm7uv6lTuBIVe5IgXPvyctGyuu8SQxPtKEgejF0Iyoy_7uWZ8l185XU426Bw1U",
                                      "Atzr|n"],
    ("homey", "client-secret"): ["e3ace394af9f615857ceaa61b053f966ddcfb12a"],
    ("thread", "network-key"): ["00112233445566778899aabbccddeeff"],
    ("voiceflow", "api-key"): ["VF.DM.XXXXXXXXX", "VF.DM.your_api_key"],
    ("smartthings", "personal-access-token"): ["{YOUR-PAT-TOKEN}", "YOUR-PAT-HERE"],
    ("home-assistant", "long-lived-access-token"): ["TOKEN", "your-long-lived-access-token"],
    ("picovoice", "access-key"): ["${ACCESS_KEY}"],
}


def public_value(r, p):
    prov = p["provider"]
    if prov == "amazon-lwa":
        return r.choice([lwa_client_id(r), skill_id(r)])
    if prov == "google-oauth":
        return "%s-%s.apps.googleusercontent.com" % (rs(r, DIG, 12), rs(r, LOW + DIG, 32))
    if prov == "homey":
        return objid(r)
    if prov == "smartthings":
        return slug(skill_name(r))
    return None


def env_expr(r, lang, env):
    if lang == "py":
        return Expr(r.choice(['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")']) % env)
    if lang in ("js", "ts"):
        return Expr(r.choice(["process.env.%s", "process.env['%s']", "process.env.%s ?? ''"]) % env)
    if lang == "java":
        return Expr('System.getenv("%s")' % env)
    if lang == "sh":
        return r.choice(["${%s}", "$%s", "${%s:?missing}"]) % env
    return "${%s}" % env


def filler(r, p):
    env = p["env"]
    low = env.lower().replace("_", "-")
    cat = r.choice(["placeholder", "placeholder", "empty", "masked", "env-reference", "env-reference",
                    "secret-manager-ref", "template-expr", "doc-example", "public-value"])
    if cat == "doc-example":
        ex = DOC_EXAMPLES.get((p["provider"], p["kind"]))
        if ex:
            return cat, r.choice(ex)
        cat = "public-value"
    if cat == "public-value":
        pv = public_value(r, p)
        if pv:
            return cat, pv
        cat = "placeholder"
    if cat == "placeholder":
        return cat, r.choice(["<your-%s>" % low, "YOUR_%s_HERE" % env, "changeme", "x" * r.randint(16, 40),
                              "REPLACE_ME", "<%s>" % env, "your_%s" % env.lower(), "TODO", "dummy", "<insert-token>"])
    if cat == "empty":
        return cat, ""
    if cat == "masked":
        return cat, r.choice(["*" * r.randint(8, 24), "[REDACTED]", "<redacted>", "********", "***hidden***"])
    if cat == "env-reference":
        return cat, env_expr(r, p["lang"], env)
    if cat == "secret-manager-ref":
        return cat, r.choice(["op://Home Automation/%s/credential" % low,
                              "vault:secret/data/voice#%s" % env.lower(),
                              "arn:aws:secretsmanager:%s:%s:secret:voice/%s" % (r.choice(REGIONS), rs(r, DIG, 12), low),
                              "projects/%s/secrets/%s/versions/latest" % (gcp_project(r), low),
                              "sm://%s" % low])
    return "template-expr", r.choice(["{{ secrets.%s }}" % env, "${{ secrets.%s }}" % env,
                                      "{{ .Values.%s }}" % env.lower(), "#{%s}#" % env, "%%(%s)s" % env.lower(),
                                      "{{ lookup('env', '%s') }}" % env])


ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist", ".env.defaults")


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return (base == ".env" or base.startswith(".env.")) and base not in ENV_OK


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base == ".env" or base.startswith(".env."):
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    if base == "cli_config":
        return "json"
    if base == "authorized_keys":
        return "text"
    if "/.storage/" in "/" + path:
        return "json"
    if "." not in base.lstrip("."):
        return "text"
    return base.rsplit(".", 1)[-1].lower()


def line_of(text, needle):
    idx = text.index(needle)
    return text.count("\n", 0, idx) + 1


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_jj.py OUTDIR SEED")
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    def write(rel, text):
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    # positives: cycle through a shuffled template order so each is used
    order = list(range(len(POS)))
    env_count = 0
    for i in range(500):
        if i % len(POS) == 0:
            r.shuffle(order)
        p = POS[order[i % len(POS)]]
        for _ in range(50):
            v = p["gen"](r) if p["gen"] else None
            res = p["fn"](r, v)
            path, text = res[0], res[1]
            needle = res[2] if len(res) > 2 else v
            base = path.rsplit("/", 1)[-1]
            if base == ".env" or base.startswith(".env."):
                if env_count >= 20:
                    p = POS[r.randrange(len(POS))]
                    continue
                env_count += 1
            break
        assert needle and needle in text, (p["name"], needle)
        ln = line_of(text, needle)
        assert needle in text.split("\n")[ln - 1], p["name"]
        rel = "pos/p%04d/%s" % (i, path)
        write(rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": p["provider"], "kind": p["kind"],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": ln})

    reusable = [p for p in POS if not p["derived"] and p["gen"] is not None]
    neg_plan = ["reuse"] * 250 + ["look"] * 250
    r.shuffle(neg_plan)
    ro, lo = list(range(len(reusable))), list(range(len(NEG)))
    ri = li = 0
    for i, how in enumerate(neg_plan):
        if how == "reuse":
            if ri % len(ro) == 0:
                r.shuffle(ro)
            p = reusable[ro[ri % len(ro)]]
            ri += 1
            kind, v = filler(r, p)
            res = p["fn"](r, v)
            path, text = res[0], res[1]
            prov = p["provider"]
        else:
            if li % len(lo) == 0:
                r.shuffle(lo)
            n = NEG[lo[li % len(lo)]]
            li += 1
            path, text = n["fn"](r)
            prov, kind = n["provider"], n["kind"]
        if is_blocked_env(path):
            path = path.rsplit("/", 1)[0] + "/.env.example" if "/" in path else ".env.example"
        rel = "neg/n%04d/%s" % (i, path)
        write(rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(path)})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    # re-read and verify every needle is on its recorded line
    for s in secrets:
        with open(os.path.join(out, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]


if __name__ == "__main__":
    main()
