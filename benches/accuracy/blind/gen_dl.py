#!/usr/bin/env python3
r"""Blind evaluation-set generator "dl" for the keyhook secret scanner.

EMPHASIS
    Conversational AI, chatbot and contact-center platforms. Positives (one credential each) cover:
    Microsoft Bot Framework app passwords (Entra ID client secrets) and Direct Line secrets,
    Dialogflow service-account keys (real RSA-2048 PKCS#8 keys generated from the seed), Amazon
    Lex/Connect AWS secret access keys, Rasa credentials.yml channel secrets (Slack bot token and
    signing secret, Telegram bot token, Facebook page token and app secret, Twilio auth token,
    botframework app_password), Rasa endpoints.yml tracker/lock/broker passwords, Botpress PATs,
    Voiceflow Dialog Manager keys, Kore.ai client secrets, Yellow.ai API keys, Twilio Flex/Studio
    API-key secrets, Genesys Cloud, NICE CXone and Talkdesk client secrets, Five9 passwords, Vonage
    API secrets, LivePerson app secrets, Sunshine Conversations key secrets, Intercom access
    tokens, Drift tokens, Crisp token keys, Tawk.to REST keys, WhatsApp Business Cloud tokens and
    LLM keys used in bots (OpenAI, Anthropic, Gemini, Azure OpenAI).
    File types: Rasa YAML, appsettings.json, .bot files, Web.config, Python/Node/TS/C#/Go/Ruby bot
    code, Dockerfiles, docker-compose, Helm values, k8s Secrets, GitHub/GitLab CI, serverless.yml,
    Postman collections, .http files, shell scripts, Archy (Genesys) options YAML, channel JSON,
    .env, .properties, Spring YAML, tfvars, TOML, HTML widgets, Markdown runbooks, .vscode.
    Half of the positives use an obvious name (MicrosoftAppPassword, slack_token, ...), half a
    neutral one (value, primary, upstream, ...) or a placement: URL path/query/userinfo, HTTP
    header, positional constructor argument, Basic-auth pair.

USAGE
    python3 gen_dl.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500), manifest.jsonl and
    secrets.jsonl. Deterministic per SEED (random.Random(SEED) only; ~8 s, most of it RSA keygen).

NEEDLE CONVENTIONS
    needle = the secret exactly as written in the file, without surrounding quotes.
    * id/secret pairs (AWS key id + secret, Twilio SID + token, Genesys client id + secret, Crisp
      identifier + key, Sunshine key id + secret, ...): needle is the secret half only; the public
      id is written next to it.
    * Dialogflow service-account JSON: needle is the whole "private_key" value as written, i.e.
      "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n" with literal backslash-n
      escapes, on one line (also inside one-line JSON in .env and inside a YAML block scalar).
    * Bearer headers: needle excludes "Bearer ". URLs: needle is only the token/password part.
    * Passwords (Five9, Rasa tracker store/lock store/broker): human-style passwords.
    line = 1-based line of the needle's first occurrence.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by a look-alike:
    generic and provider-shaped placeholders (YOUR_SECRET_HERE, xoxb-your-bot-token,
    123456789:YOUR_TELEGRAM_TOKEN, VF.DM.YOUR_API_KEY, sk-...), environment lookups in the file's
    own language (os.environ[...], process.env.X, ${X}, {{x}}, ${{ secrets.X }}, ssm:/...),
    secret-manager / Key Vault references (@Microsoft.KeyVault(...), Secrets Manager ARNs, GCP
    secret paths, vault: refs, SDK get_secret calls), masked values (********, [REDACTED]), empty
    values, and the AWS documentation example key pair (AKIAIOSFODNN7EXAMPLE /
    wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY). Public ids stay in place (app ids as GUIDs, AWS
    access key ids, Twilio account SIDs, Sunshine key ids, CXone access key ids, Vonage api keys).
    The other half are domain look-alikes: Intercom messenger snippet (public app_id + user_hash
    HMAC digest), Crisp website id, Tawk.to property/widget ids, Drift embed id, Zendesk widget key,
    LivePerson site id, Voiceflow project id embed, Botpress webchat botId/clientId, Teams app
    manifest (bot GUIDs), Rasa domain.yml and locale JSON strings about passwords/tokens, Dialogflow
    intent export, WhatsApp webhook fixture (wa ids, wamid), Genesys Architect flow YAML export,
    Amazon Connect flow JSON (ARNs), Twilio Studio flow (WW/TC sids), transcript logs with
    conversation ids, package-lock integrity hashes, SOPS-encrypted YAML (ciphertext, age
    recipient), Terraform/Bicep using Key Vault and @secure params, Helm existingSecret refs,
    CHANGELOG with masked tails, .env.example, Postman environment with empty secret values, a
    Slack-signature test vector with a fixed fake secret, queue/phone CSV, SHA256SUMS, GitHub
    workflow using ${{ secrets.* }}, and docs quoting the Telegram BotFather example token and the
    AWS documentation example keys.

DOUBTS
    Formats written from memory (prefix/length/alphabet may be off):
    * Entra ID / Bot Framework client secret: 40 chars "xxx" + digit + "Q~" + 34 chars of
      [A-Za-z0-9_~.-]; 20% use an older 34-char punctuation-rich shape. Not publicly specified.
    * Direct Line secret: 11 chars "." 43 base64url chars - guessed shape.
    * Botpress PAT: documented prefix bp_pat_ (nango docs); the 40 alnum body length is a guess.
    * Voiceflow: documented prefix VF.DM.; the "24 hex . 16 alnum" body is from memory.
    * Kore.ai client secret (base64 of 32 bytes, client id "cs-<uuid>"), Yellow.ai key (40 alnum),
      Genesys client secret (43 base64url), NICE CXone access key id (56 upper-alnum) and secret
      (52 alnum), Talkdesk client secret (64 alnum) / client id (32 hex), LivePerson app key
      (32 hex) / secret (16 hex), Sunshine Conversations key id "app_"+24 hex and 64-char secret,
      Drift token (32 alnum), Crisp token key (64 hex, identifier UUID), Tawk.to REST key (40 hex,
      used as Basic username with password "F"): all guessed lengths/alphabets.
    * Intercom token = base64("tok:" + uuid-with-underscores + ":1:0") - from memory of real
      tokens, not documented.
    * Meta (WhatsApp/Messenger) tokens: "EAA" + letter + 160-230 alnum; lengths vary in reality.
    * Telegram token: 9-10 digit bot id ":" "AA" + 33 base64url chars.
    * OpenAI sk-proj-/legacy sk- with the T3BlbkFJ marker, Anthropic sk-ant-api03-...AA, Gemini
      AIza+35: from memory of observed keys.
    Labels a reviewer might dispute:
    * Negatives keep public ids that some scanners flag alone: AWS access key ids (AKIA...),
      CXone access key ids, Twilio SIDs, Intercom app_id, Sunshine app_ key ids.
    * The AWS documentation example key pair and the Telegram BotFather example token are
      labelled negative (published examples).
    * The Slack signature test uses the literal 'test-signing-secret' - labelled negative.
    * Positives with neutral names (e.g. "value: <16 alnum>" next to a Vonage api key) are hard
      by design; they are still real-looking credentials.
    * Some positives are in client-side HTML (bad practice, but committed in real repos).

SEARCHES
    search(docs): Voiceflow Dialog Manager API key format (docs.voiceflow.com: keys begin with
    VF.DM., sent in the Authorization header); Sunshine Conversations API keys (Zendesk help:
    app id, key id, secret; Basic auth key id:secret); Botpress PAT (botpress.com docs + nango.dev
    page: PAT starts with bp_pat_, Bearer); NICE CXone access keys (help.nicecxone.com, no format);
    Crisp REST token keypair (docs.crisp.chat: identifier + key, Basic auth, X-Crisp-Tier).
    search(pages): Intercom access tokens (developers.intercom.com; no format given).
    Scanner-related material shown: none (no secret-scanner rules or regexes appeared; one result
    was a skills.sh "agent trust hub" audit page about a Botpress skill, not a scanner rule).
"""

import base64
import hashlib
import json
import os
import random
import string
import sys

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = UP + "234567"


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def hexs(r, n):
    return rs(r, n, HEX)


def guid(r, upper=False):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    g = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return g.upper() if upper else g


def digits(r, n, lead_nonzero=True):
    s = rs(r, n, DG)
    if lead_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def phone(r):
    return r.choice(["+1", "+44", "+61", "+49", "+33", "+31", "+91"]) + digits(r, r.choice([9, 10]))


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def sha256hex(s):
    return hashlib.sha256(s.encode()).hexdigest()


WORDS = ["river", "orange", "falcon", "marble", "winter", "summer", "copper", "violet", "anchor",
         "harbor", "cactus", "pepper", "tiger", "maple", "rocket", "silver", "garden", "planet",
         "candle", "bridge", "nebula", "walrus", "shadow", "coffee", "lemon", "panda", "meadow",
         "thunder", "velvet", "oyster", "cobalt", "saffron", "juniper", "quartz", "ember"]
SYMS = "!@#%^&*-_+=.?"


def human_password(r):
    st = r.randrange(6)
    w1, w2 = pick(r, WORDS), pick(r, WORDS)
    if st == 0:
        return w1.capitalize() + w2.capitalize() + digits(r, r.choice([2, 4]), False) + r.choice(SYMS)
    if st == 1:
        return w1.capitalize() + r.choice(SYMS) + str(r.randrange(2015, 2026)) + r.choice(SYMS) + w2
    if st == 2:
        leet = str.maketrans({"a": "@", "e": "3", "o": "0", "i": "1", "s": "$"})
        return (w1 + w2).translate(leet).capitalize() + digits(r, 2, False)
    if st == 3:
        return rs(r, r.randrange(14, 21), ALNUM + "!#%*-_+")
    if st == 4:
        return "%s-%s-%s-%d" % (w1, w2, pick(r, WORDS), r.randrange(10, 99))
    return w1[:3].upper() + rs(r, 6, LO + DG) + r.choice(SYMS) + w2.capitalize()


# ---------------------------------------------------------------------------
# RSA private key (real, deterministic from the rng) for service-account JSON
# ---------------------------------------------------------------------------
SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, r):
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(12):
        a = r.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _gen_prime(r, bits):
    while True:
        n = r.getrandbits(bits) | (3 << (bits - 2)) | 1
        if _probable_prime(n, r):
            return n


def _der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der(tag, body):
    return bytes([tag]) + _der_len(len(body)) + body


def _der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return _der(0x02, b)


def rsa_pkcs8_pem(r, bits=2048):
    e = 65537
    while True:
        p = _gen_prime(r, bits // 2)
        q = _gen_prime(r, bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if phi % e:
            break
    n = p * q
    d = pow(e, -1, phi)
    pk1 = _der(0x30, b"".join(_der_int(x) for x in
                              (0, n, e, d, p, q, d % (p - 1), d % (q - 1), pow(q, -1, p))))
    alg = _der(0x30, _der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
    pk8 = _der(0x30, _der_int(0) + alg + _der(0x04, pk1))
    b = base64.b64encode(pk8).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return ["-----BEGIN PRIVATE KEY-----"] + lines + ["-----END PRIVATE KEY-----"]


# ---------------------------------------------------------------------------
# credential formats
# ---------------------------------------------------------------------------
AZ_ALPHA = ALNUM + "_~.-"


def g_azure_client_secret(r):
    if r.random() < 0.8:   # current Entra ID client-secret shape (see DOUBTS)
        return rs(r, 3, AZ_ALPHA) + r.choice(DG) + "Q~" + rs(r, 34, AZ_ALPHA)
    return rs(r, 34, ALNUM + ".-_[]@=?:")   # legacy generated app passwords


def g_directline(r):
    return rs(r, 11, B64URL) + "." + rs(r, 43, B64URL)


def g_aws_secret(r):
    return rs(r, 40, B64)


def g_slack_bot(r):
    return "xoxb-%s-%s-%s" % (digits(r, r.choice([11, 12, 13])), digits(r, 13), rs(r, 24))


def g_hex32(r):
    return hexs(r, 32)


def g_telegram(r):
    return "%s:AA%s" % (digits(r, r.choice([9, 10])), rs(r, 33, B64URL))


def g_meta_token(r):
    return "EAA" + r.choice("BGIJKLNQRUW") + rs(r, r.randrange(160, 230))


def g_twilio_api_secret(r):
    return rs(r, 32)


def g_botpress(r):
    return "bp_pat_" + rs(r, 40)


def g_voiceflow(r):
    return "VF.DM.%s.%s" % (hexs(r, 24), rs(r, 16))


def g_b64_32(r):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


def g_alnum(n):
    return lambda r: rs(r, n)


def g_genesys(r):
    return rs(r, 43, B64URL)


def g_cxone_secret(r):
    return rs(r, 52, ALNUM)


def g_intercom(r):
    u = guid(r).replace("-", "_")
    return base64.b64encode(("tok:%s:1:0" % u).encode()).decode()


def g_openai(r):
    if r.random() < 0.75:
        return "sk-proj-" + rs(r, 74, B64URL) + "T3BlbkFJ" + rs(r, 74, B64URL)
    return "sk-" + rs(r, 20) + "T3BlbkFJ" + rs(r, 20)


def g_anthropic(r):
    return "sk-ant-api03-" + rs(r, 93, B64URL) + "AA"


def g_gemini(r):
    return "AIza" + rs(r, 35, B64URL)


def g_vonage(r):
    return rs(r, 16)


def g_hex(n):
    return lambda r: hexs(r, n)


# id generators: return (words, value) describing the public half of a pair
def i_guid(words):
    return lambda r: (words, guid(r))


def i_aws(r):
    return (["access", "key", "id"], "AKIA" + rs(r, 16, B32))


def i_twilio_sid(r):
    return (["account", "sid"], "AC" + hexs(r, 32))


def i_twilio_sk(r):
    return (["api", "key", "sid"], "SK" + hexs(r, 32))


def i_kore(r):
    return (["client", "id"], "cs-" + guid(r))


def i_cxone(r):
    return (["access", "key", "id"], rs(r, 56, UP + DG))


def i_liveperson(r):
    return (["app", "key"], hexs(r, 32))


def i_sunco(r):
    return (["key", "id"], "app_" + hexs(r, 24))


def i_vonage(r):
    return (["api", "key"], hexs(r, 8))


def i_fb_app(r):
    return (["app", "id"], digits(r, 16))


def i_talkdesk(r):
    return (["client", "id"], hexs(r, 32))


def i_five9(r):
    return (["username"], pick(r, ["svc-five9-api", "five9.integration", "api_bot_user", "cc-automation"]) +
            "@" + pick(r, ["acme-support.com", "northwind.io", "contoso-care.com", "globex.net"]))


# kind registry ---------------------------------------------------------------
# auth: ('bearer',) ('header', name) ('query', name) ('path', urlfmt) ('basic',) ('raw', header)
KINDS = {}


def K(kind, provider, cls, gen, names, env, auth, api, idg=None, ph=None):
    KINDS[kind] = dict(kind=kind, provider=provider, cls=cls, gen=gen, names=names, env=env,
                       auth=auth, api=api, idg=idg, ph=ph or [])


K("botframework-app-password", "microsoft-bot-framework", "client-secret", g_azure_client_secret,
  [["microsoft", "app", "password"], ["app", "password"], ["bot", "app", "secret"], ["client", "secret"]],
  "MicrosoftAppPassword", ("basic",), "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token",
  i_guid(["microsoft", "app", "id"]), ["<your-app-password>", "[APP_PASSWORD]"])
K("directline-secret", "microsoft-bot-framework", "token", g_directline,
  [["direct", "line", "secret"], ["directline", "secret"], ["webchat", "secret"]],
  "DIRECT_LINE_SECRET", ("bearer",), "https://directline.botframework.com/v3/directline/tokens/generate",
  None, ["<DIRECT_LINE_SECRET>", "YOUR_DIRECT_LINE_SECRET"])
K("dialogflow-service-account", "google-dialogflow", "private-key", None,
  [["private", "key"]], "GOOGLE_APPLICATION_CREDENTIALS_JSON", ("none",), "https://dialogflow.googleapis.com")
K("aws-lex-secret-key", "amazon-lex-connect", "api-key", g_aws_secret,
  [["aws", "secret", "access", "key"], ["secret", "access", "key"], ["lex", "secret", "key"], ["aws", "secret"]],
  "AWS_SECRET_ACCESS_KEY", ("none",), "https://runtime-v2-lex.us-east-1.amazonaws.com", i_aws,
  ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "<aws-secret-access-key>"])
K("slack-bot-token", "slack", "token", g_slack_bot,
  [["slack", "token"], ["slack", "bot", "token"], ["bot", "token"]],
  "SLACK_BOT_TOKEN", ("bearer",), "https://slack.com/api/chat.postMessage", None,
  ["xoxb-your-bot-token", "xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX"])
K("slack-signing-secret", "slack", "client-secret", g_hex32,
  [["slack", "signing", "secret"], ["signing", "secret"]],
  "SLACK_SIGNING_SECRET", ("none",), "https://slack.com/api", None, ["<slack-signing-secret>"])
K("telegram-bot-token", "telegram", "token", g_telegram,
  [["telegram", "token"], ["telegram", "bot", "token"], ["access", "token"], ["bot", "token"]],
  "TELEGRAM_BOT_TOKEN", ("path", "https://api.telegram.org/bot%s/sendMessage"), "https://api.telegram.org", None,
  ["123456789:YOUR_TELEGRAM_TOKEN", "<telegram-bot-token>"])
K("messenger-page-token", "facebook-messenger", "token", g_meta_token,
  [["page", "access", "token"], ["fb", "page", "token"], ["messenger", "token"]],
  "FB_PAGE_ACCESS_TOKEN", ("query", "access_token"), "https://graph.facebook.com/v19.0/me/messages", None,
  ["<PAGE_ACCESS_TOKEN>", "EAAxxxxxxxxxxxx"])
K("messenger-app-secret", "facebook-messenger", "client-secret", g_hex32,
  [["fb", "app", "secret"], ["app", "secret"], ["facebook", "secret"]],
  "FB_APP_SECRET", ("none",), "https://graph.facebook.com", i_fb_app, ["<app-secret>"])
K("twilio-auth-token", "twilio", "token", g_hex32,
  [["twilio", "auth", "token"], ["auth", "token"]],
  "TWILIO_AUTH_TOKEN", ("basic",), "https://api.twilio.com/2010-04-01/Accounts", i_twilio_sid,
  ["your_auth_token", "[AuthToken]"])
K("twilio-api-key-secret", "twilio-flex", "api-key", g_twilio_api_secret,
  [["twilio", "api", "secret"], ["api", "secret"], ["flex", "api", "secret"]],
  "TWILIO_API_SECRET", ("basic",), "https://flex-api.twilio.com/v1/Configuration", i_twilio_sk,
  ["your_api_secret"])
K("botpress-pat", "botpress", "token", g_botpress,
  [["botpress", "token"], ["bp", "token"], ["personal", "access", "token"]],
  "BOTPRESS_TOKEN", ("bearer",), "https://api.botpress.cloud/v1/chat/conversations", None,
  ["bp_pat_xxxxxxxxxxxxxxxx", "<botpress-pat>"])
K("voiceflow-api-key", "voiceflow", "api-key", g_voiceflow,
  [["voiceflow", "api", "key"], ["vf", "api", "key"], ["dm", "api", "key"]],
  "VOICEFLOW_API_KEY", ("raw", "Authorization"), "https://general-runtime.voiceflow.com/state/user/demo/interact",
  None, ["VF.DM.YOUR_API_KEY", "VF.DM.XXXXXXXX"])
K("koreai-client-secret", "kore-ai", "client-secret", g_b64_32,
  [["kore", "client", "secret"], ["client", "secret"], ["app", "secret"]],
  "KORE_CLIENT_SECRET", ("none",), "https://bots.kore.ai/api/public/bot", i_kore, ["<client-secret>"])
K("yellowai-api-key", "yellow-ai", "api-key", g_alnum(40),
  [["yellow", "api", "key"], ["ymchat", "api", "key"], ["api", "key"]],
  "YELLOW_AI_API_KEY", ("header", "x-api-key"), "https://cloud.yellow.ai/api/engagements/notifications/v2/send",
  None, ["<YOUR_API_KEY>"])
K("genesys-client-secret", "genesys-cloud", "client-secret", g_genesys,
  [["genesys", "client", "secret"], ["client", "secret"], ["oauth", "client", "secret"]],
  "GENESYS_CLOUD_CLIENT_SECRET", ("none",), "https://login.mypurecloud.com/oauth/token",
  i_guid(["client", "id"]), ["<client_secret>"])
K("five9-password", "five9", "password", human_password,
  [["five9", "password"], ["password"], ["admin", "password"]],
  "FIVE9_PASSWORD", ("basic",), "https://api.five9.com/wsadmin/v12/AdminWebService", i_five9, ["********"])
K("cxone-access-key-secret", "nice-cxone", "client-secret", g_cxone_secret,
  [["cxone", "access", "key", "secret"], ["access", "key", "secret"], ["nice", "secret"]],
  "CXONE_ACCESS_KEY_SECRET", ("none",), "https://cxone.niceincontact.com/auth/token", i_cxone,
  ["<access-key-secret>"])
K("talkdesk-client-secret", "talkdesk", "client-secret", g_alnum(64),
  [["talkdesk", "client", "secret"], ["client", "secret"]],
  "TALKDESK_CLIENT_SECRET", ("none",), "https://acme.talkdeskid.com/oauth/token", i_talkdesk,
  ["<talkdesk-client-secret>"])
K("vonage-api-secret", "vonage", "api-key", g_vonage,
  [["vonage", "api", "secret"], ["api", "secret"], ["nexmo", "api", "secret"]],
  "VONAGE_API_SECRET", ("none",), "https://api.nexmo.com/v1/calls", i_vonage, ["<vonage-api-secret>"])
K("liveperson-app-secret", "liveperson", "client-secret", g_hex(16),
  [["liveperson", "secret"], ["app", "secret"], ["lp", "app", "secret"]],
  "LP_APP_SECRET", ("none",), "https://va.agentvep.liveperson.net/api/account", i_liveperson, ["<secret>"])
K("sunco-key-secret", "zendesk-sunshine-conversations", "client-secret", g_alnum(64),
  [["sunco", "secret"], ["smooch", "secret"], ["key", "secret"], ["sunshine", "key", "secret"]],
  "SUNCO_KEY_SECRET", ("basic",), "https://api.smooch.io/v2/apps", i_sunco, ["<your-key-secret>"])
K("intercom-access-token", "intercom", "token", g_intercom,
  [["intercom", "access", "token"], ["intercom", "token"], ["access", "token"]],
  "INTERCOM_ACCESS_TOKEN", ("bearer",), "https://api.intercom.io/conversations", None,
  ["<your access token>"])
K("drift-access-token", "drift", "token", g_alnum(32),
  [["drift", "token"], ["drift", "access", "token"], ["oauth", "token"]],
  "DRIFT_ACCESS_TOKEN", ("bearer",), "https://driftapi.com/conversations/list", None, ["<DRIFT_TOKEN>"])
K("crisp-token-key", "crisp", "api-key", g_hex(64),
  [["crisp", "token", "key"], ["crisp", "key"], ["token", "key"]],
  "CRISP_TOKEN_KEY", ("basic",), "https://api.crisp.chat/v1/website", i_guid(["crisp", "identifier"]),
  ["<token_key>"])
K("tawk-api-key", "tawk-to", "api-key", g_hex(40),
  [["tawk", "api", "key"], ["tawk", "secret"], ["api", "key"]],
  "TAWK_API_KEY", ("basic",), "https://api.tawk.to/v1/property.list", None, ["<tawk-api-key>"])
K("whatsapp-cloud-token", "meta-whatsapp-cloud", "token", g_meta_token,
  [["whatsapp", "token"], ["wa", "access", "token"], ["graph", "api", "token"], ["access", "token"]],
  "WHATSAPP_TOKEN", ("bearer",), "https://graph.facebook.com/v19.0/%s/messages" , None,
  ["<ACCESS_TOKEN>", "EAAG..."])
K("openai-api-key", "openai", "api-key", g_openai,
  [["openai", "api", "key"], ["openai", "key"], ["llm", "api", "key"]],
  "OPENAI_API_KEY", ("bearer",), "https://api.openai.com/v1/chat/completions", None, ["sk-...", "sk-proj-XXXX"])
K("anthropic-api-key", "anthropic", "api-key", g_anthropic,
  [["anthropic", "api", "key"], ["claude", "api", "key"], ["llm", "key"]],
  "ANTHROPIC_API_KEY", ("header", "x-api-key"), "https://api.anthropic.com/v1/messages", None,
  ["sk-ant-...", "<anthropic-key>"])
K("gemini-api-key", "google-gemini", "api-key", g_gemini,
  [["gemini", "api", "key"], ["google", "api", "key"], ["genai", "key"]],
  "GEMINI_API_KEY", ("query", "key"),
  "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent", None,
  ["YOUR_GEMINI_API_KEY"])
K("azure-openai-key", "azure-openai", "api-key", g_hex32,
  [["azure", "openai", "key"], ["aoai", "api", "key"], ["openai", "api", "key"]],
  "AZURE_OPENAI_API_KEY", ("header", "api-key"),
  "https://contoso-bot-aoai.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-06-01",
  None, ["<azure-openai-key>"])
K("rasa-tracker-db-password", "rasa", "password", human_password,
  [["password"], ["db", "password"], ["tracker", "store", "password"]],
  "DB_PASSWORD", ("none",), "postgresql://rasa@db:5432/rasa", None, ["<password>"])


# ---------------------------------------------------------------------------
# naming, quoting, slots
# ---------------------------------------------------------------------------
import re

NEUTRAL = [["value"], ["cfg", "value"], ["primary"], ["secondary"], ["blob"], ["default", "value"], ["main"],
           ["channel", "cfg"], ["payload"], ["opt", "b"], ["entry"], ["data"], ["ref"], ["upstream"], ["prod", "val"],
           ["current"], ["active"], ["setting"], ["conn", "param"], ["fallback"]]


def nm(words, style):
    w = [x.lower() for x in words]
    if style == "snake":
        return "_".join(w)
    if style == "scream":
        return "_".join(w).upper()
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(w)
    if style == "dot":
        return ".".join(w)
    raise ValueError(style)


YAML_SAFE = re.compile(r"^[A-Za-z_][A-Za-z0-9_./~+=-]*$")
YAML_BAD = {"true", "false", "yes", "no", "null", "on", "off", "y", "n"}
CODE_LANGS = {"py", "js", "ts", "cs", "java", "go", "rb", "php"}

VAULT_REFS = [
    "@Microsoft.KeyVault(SecretUri=https://kv-{b}-prod.vault.azure.net/secrets/{n}/)",
    "@Microsoft.KeyVault(VaultName=kv-{b}-prod;SecretName={n})",
    "arn:aws:secretsmanager:us-east-1:{acct}:secret:{b}/{n}-{suf}",
    "projects/{proj}/secrets/{n}/versions/latest",
    "vault:secret/data/{b}#{n}",
    "sm://{proj}/{n}",
]

GENERIC_PH = ["<REPLACE_ME>", "changeme", "TODO", "YOUR_SECRET_HERE", "xxxxxxxxxxxxxxxx", "<secret>",
              "{{ secret }}", "__SECRET__", "REPLACE_WITH_REAL_VALUE", "dummy", "<set-in-keyvault>"]
MASKS = ["********", "••••••••••••", "[REDACTED]", "<redacted>", "***hidden***", "(masked)"]

BOTS = ["helpdesk-bot", "support-assistant", "orderbot", "care-bot", "ivr-assistant", "faq-bot",
        "booking-bot", "billing-helper", "hr-bot", "claims-bot", "concierge", "triage-bot"]
ORGS = ["acme", "northwind", "contoso", "globex", "initech", "umbrella", "hooli", "vandelay", "wayne", "stark"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"]
GEN_REGIONS = ["mypurecloud.com", "mypurecloud.ie", "mypurecloud.de", "usw2.pure.cloud", "mypurecloud.com.au"]


class Slot:
    """One secret slot. Positive: holds a freshly generated credential. Negative: holds a look-alike."""

    def __init__(self, r, kind, pos, obvious, negmode=None):
        self.r = r
        self.k = KINDS[kind]
        self.kind = kind
        self.pos = pos
        self.obvious = obvious
        self.words = pick(r, self.k["names"]) if obvious else pick(r, NEUTRAL)
        self.env = self.k["env"]
        self.id = self.k["idg"](r) if self.k["idg"] else None
        self.bot = pick(r, BOTS)
        self.org = pick(r, ORGS)
        self.qpref = r.random()
        if pos:
            self.secret = self.k["gen"](r) if self.k["gen"] else None
            self.mode = "pos"
            self.raw = self.secret
        else:
            self.secret = None
            self.mode = negmode or pick(r, ["placeholder", "placeholder", "env", "env", "masked", "empty",
                                            "vault", "kindph"])
            if self.mode == "kindph" and not self.k["ph"]:
                self.mode = "placeholder"
            self.raw = self._neg_raw()
            if kind == "aws-lex-secret-key" and "EXAMPLE" in self.raw:
                self.id = (self.id[0], "AKIAIOSFODNN7EXAMPLE")
        self._inline = self._mk_inline()

    def _neg_raw(self):
        r = self.r
        m = self.mode
        if m == "placeholder":
            return pick(r, GENERIC_PH + ["<%s>" % self.env.lower().replace("_", "-"), "YOUR_%s" % self.env.upper()])
        if m == "kindph":
            return pick(r, self.k["ph"])
        if m == "env":
            return pick(r, ["${%s}", "${%s}", "{{%s}}", "$%s"]) % self.env
        if m == "masked":
            return pick(r, MASKS)
        if m == "empty":
            return ""
        if m == "vault":
            return pick(r, VAULT_REFS).format(b=self.bot, n=self.env.lower().replace("_", "-"),
                                              acct=digits(r, 12), suf=rs(r, 6), proj=self.org + "-bots-prod")
        raise ValueError(m)

    # -- names ---------------------------------------------------------------
    def name(self, style):
        return nm(self.words, style)

    def idname(self, style):
        return nm(self.id[0], style) if self.id else None

    @property
    def idv(self):
        return self.id[1] if self.id else None

    # -- values --------------------------------------------------------------
    def q(self, lang, v):
        p = self.qpref
        if lang in ("py", "rb", "php"):
            return ("'%s'" if p < 0.5 else '"%s"') % v
        if lang in ("js", "ts"):
            return ("'%s'" if p < 0.55 else ('"%s"' if p < 0.9 else "`%s`")) % v
        if lang in ("cs", "java", "go", "json", "hcl", "toml", "xml"):
            return '"%s"' % v
        if lang == "yaml":
            if v and YAML_SAFE.match(v) and v.lower() not in YAML_BAD and p < 0.5:
                return v
            return ("'%s'" if p < 0.75 else '"%s"') % v
        if lang == "env":
            if v and re.match(r"^[A-Za-z0-9_./~+=:@-]+$", v) and p < 0.7:
                return v
            return '"%s"' % v if "$" not in v else "'%s'" % v
        if lang == "sh":
            if "$" in v and not v.startswith("${"):
                return "'%s'" % v
            return '"%s"' % v
        if lang == "docker":
            if v and re.match(r"^[A-Za-z0-9_./~+=:@${}-]+$", v):
                return v
            return '"%s"' % v
        return v   # properties, ini, md, http: bare

    def envexpr(self, lang):
        r, n = self.r, self.env
        if lang == "py":
            return pick(r, ['os.environ["%s"]', "os.getenv('%s')", 'os.environ.get("%s", "")']) % n
        if lang in ("js", "ts"):
            return pick(r, ["process.env.%s", "process.env['%s']", "process.env.%s ?? ''"]) % n
        if lang == "cs":
            return pick(r, ['Environment.GetEnvironmentVariable("%s")', 'configuration["%s"]']) % n
        if lang == "java":
            return 'System.getenv("%s")' % n
        if lang == "go":
            return 'os.Getenv("%s")' % n
        if lang == "rb":
            return pick(r, ['ENV["%s"]', "ENV.fetch('%s')"]) % n
        if lang == "php":
            return "getenv('%s')" % n
        if lang == "hcl":
            return "var.%s" % n.lower()
        if lang in ("env",):
            return ""
        if lang == "docker":
            return "${%s}" % n
        if lang == "sh":
            return '"${%s:?missing}"' % n
        if lang in ("http",):
            return "{{%s}}" % n.lower()
        return self.q(lang, "${%s}" % n)

    def vaultexpr(self, lang):
        n = self.env.lower().replace("_", "-")
        if lang == "py":
            return pick(self.r, ['secret_client.get_secret("%s").value', 'get_secret("%s")',
                                 'ssm.get_parameter(Name="/%s/%s", WithDecryption=True)["Parameter"]["Value"]'
                                 % (self.bot, "%s")]) % n
        if lang in ("js", "ts"):
            return "await getSecret('%s')" % n
        if lang == "cs":
            return '(await secretClient.GetSecretAsync("%s")).Value.Value' % n
        if lang == "java":
            return 'secrets.get("%s")' % n
        if lang == "go":
            return 'mustSecret(ctx, "%s")' % n
        if lang == "rb":
            return 'Rails.application.credentials.dig(:%s)' % self.env.lower()
        if lang == "php":
            return "$vault->get('%s')" % n
        if lang == "hcl":
            return "data.azurerm_key_vault_secret.%s.value" % self.env.lower()
        return self.q(lang, self.raw)

    def lit(self, lang):
        """The secret as an expression/value in the given language."""
        if self.pos:
            return self.q(lang, self.secret)
        if self.mode == "env":
            e = self.envexpr(lang)
            if e == "" and lang == "env":
                return ""
            return e
        if self.mode == "vault":
            if lang in CODE_LANGS or lang == "hcl":
                return self.vaultexpr(lang)
            if lang in ("env", "docker", "sh"):
                return self.q(lang, pick(self.r, GENERIC_PH))
        if self.mode == "empty" and lang in ("yaml",) and self.r.random() < 0.5:
            return '""'
        return self.q(lang, self.raw)

    def inline(self):
        """Raw value inside a larger string (URL, header, command line); fixed per slot."""
        return self._inline

    def _mk_inline(self):
        if self.pos:
            return self.secret
        if self.mode in ("env", "vault", "empty"):
            return pick(self.r, ["$%s", "${%s}", "{{%s}}"]) % self.env
        return self.raw


# ---------------------------------------------------------------------------
# filler snippets
# ---------------------------------------------------------------------------
def ts_date(r):
    return "20%02d-%02d-%02d" % (r.randrange(21, 26), r.randrange(1, 13), r.randrange(1, 29))


def comment_lines(r, pfx, n=None):
    pool = ["Bot runtime configuration", "Do not change the locale without updating the NLU model",
            "Owned by the conversational-ai team", "See docs/runbook.md for the escalation matrix",
            "Webhook endpoint must be reachable from the channel provider",
            "Values below were aligned with the staging tenant on " + ts_date(r),
            "TODO: move to the shared config service", "Timeouts are in milliseconds",
            "Keep in sync with helm/values.yaml", "Fallback intent threshold tuned in sprint %d" % r.randrange(10, 90),
            "Contact centre hours: Mon-Fri 08:00-20:00", "Queue ids come from the routing export",
            "Generated by the bot scaffolding script, edited by hand since"]
    n = n if n is not None else r.randrange(1, 3)
    return [pfx + " " + x for x in r.sample(pool, n)]


def misc_settings(r, n=None):
    """Harmless key/value pairs: (words, value-type, value)."""
    pool = [
        (["log", "level"], "s", pick(r, ["info", "debug", "warn"])),
        (["port"], "i", pick(r, [3978, 5005, 8080, 5055, 3000, 8000])),
        (["locale"], "s", pick(r, ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES"])),
        (["timeout", "ms"], "i", pick(r, [5000, 10000, 15000, 30000])),
        (["max", "retries"], "i", r.randrange(1, 6)),
        (["bot", "name"], "s", pick(r, BOTS)),
        (["webhook", "path"], "s", pick(r, ["/api/messages", "/webhooks/rest/webhook", "/webhook", "/hooks/inbound"])),
        (["region"], "s", pick(r, REGIONS)),
        (["fallback", "threshold"], "f", pick(r, [0.3, 0.45, 0.6, 0.7])),
        (["queue", "name"], "s", pick(r, ["Tier1_Support", "Billing", "Sales_EN", "Escalations"])),
        (["session", "ttl"], "i", pick(r, [900, 1800, 3600])),
        (["support", "phone"], "s", phone(r)),
        (["enable", "transcripts"], "b", r.random() < 0.5),
        (["tenant", "id"], "s", guid(r)),
        (["environment"], "s", pick(r, ["production", "staging", "dev"])),
    ]
    n = n if n is not None else r.randrange(3, 7)
    return r.sample(pool, n)


def fmt_val(lang, typ, v, S):
    if typ == "i" or typ == "f":
        return str(v)
    if typ == "b":
        if lang in ("py",):
            return "True" if v else "False"
        return "true" if v else "false"
    return S.q(lang, v) if lang not in ("env", "properties", "ini") else str(v)


def pick_style(r, lang):
    if lang in ("env", "docker", "sh"):
        return "scream"
    if lang == "py":
        return pick(r, ["scream", "snake"])
    if lang in ("js", "ts"):
        return pick(r, ["camel", "scream", "camel"])
    if lang in ("cs",):
        return "pascal"
    if lang == "java":
        return pick(r, ["camel", "scream"])
    if lang == "yaml":
        return pick(r, ["snake", "camel", "kebab"])
    if lang == "json":
        return pick(r, ["camel", "pascal", "snake"])
    if lang == "properties":
        return pick(r, ["dot", "kebab"])
    return "snake"


def embed_url(S):
    """URL carrying the secret (less obvious placement), or None if the kind has no such use."""
    a = S.k["auth"]
    v = S.inline()
    api = S.k["api"]
    if "%s" in api:
        api = api % digits(S.r, 15)
    if a[0] == "path":
        return a[1] % v
    if a[0] == "query":
        return "%s?%s=%s" % (api, a[1], v)
    if a[0] == "basic" and S.id and S.kind not in ("botframework-app-password",):
        user = S.idv.replace("@", "%40")
        host = api.split("://", 1)[1]
        return "https://%s:%s@%s" % (user, v, host)
    if a[0] == "basic" and S.kind == "tawk-api-key":
        return "https://%s:F@%s" % (v, api.split("://", 1)[1])
    if S.kind == "rasa-tracker-db-password" and re.match(r"^[A-Za-z0-9_.~!*-]*$", v):
        return "postgresql://rasa:%s@%s:5432/rasa" % (v, pick(S.r, ["db", "postgres", "rasa-db.internal"]))
    return None


def header_of(S):
    """(header-name, header-value) carrying the secret, or None."""
    a = S.k["auth"]
    v = S.inline()
    if a[0] == "bearer":
        return ("Authorization", "Bearer " + v)
    if a[0] == "header":
        return (a[1], v)
    if a[0] == "raw":
        return (a[1], v)
    return None


def api_url(S):
    api = S.k["api"]
    return api % digits(S.r, 15) if "%s" in api else api


TEMPLATES = []   # (name, fn, accepts)
NEG_TEMPLATES = []  # (name, fn)

ALL_BUT_SA = lambda k: k != "dialogflow-service-account"
HTTPABLE = lambda k: KINDS[k]["auth"][0] in ("bearer", "header", "raw", "path", "query")
ONLY = lambda *ks: (lambda k: k in ks)


def tpl(accepts=ALL_BUT_SA):
    def deco(fn):
        TEMPLATES.append((fn.__name__, fn, accepts))
        return fn
    return deco


def ntpl(fn):
    NEG_TEMPLATES.append((fn.__name__, fn))
    return fn


# ---------------------------------------------------------------------------
# templates usable for positives and (with a look-alike in the slot) negatives
# ---------------------------------------------------------------------------
@tpl()
def t_dotenv(r, S):
    path = pick(r, [".env", ".env.production", "bot/.env", "deploy/.env.prod", "services/%s/.env" % S.bot,
                    ".env.local", "docker/.env"])
    L = comment_lines(r, "#")
    items = []
    for w, t, v in misc_settings(r):
        items.append("%s=%s" % (nm(w, "scream"), v if t != "b" else str(v).lower()))
    if S.id:
        items.append("%s=%s" % (nm(S.id[0], "scream"), S.idv))
    u = embed_url(S) if not S.obvious else None
    if u and r.random() < 0.8:
        sec = "%s=%s" % (pick(r, ["WEBHOOK_URL", "UPSTREAM_URL", "NOTIFY_ENDPOINT", "BACKEND_URL", "SINK_URL"]), u)
    else:
        sec = "%s=%s" % (S.name("scream"), S.lit("env"))
    items.insert(r.randrange(len(items) + 1), sec)
    L += items
    if r.random() < 0.5:
        L += ["", "# --- feature flags ---", "ENABLE_HANDOFF=%s" % pick(r, ["true", "false"]),
              "HANDOFF_QUEUE=%s" % pick(r, ["tier1", "billing", "vip"])]
    return path, L, "dotenv"


@tpl()
def t_py_settings(r, S):
    path = pick(r, ["config/settings.py", "bot/config.py", "app/settings.py", "src/%s/config.py" % S.bot.replace("-", "_"),
                    "settings/production.py"])
    st = pick(r, ["scream", "scream", "snake"])
    L = ['"""Settings for the %s bot."""' % S.bot, "import os", ""]
    L += comment_lines(r, "#")
    for w, t, v in misc_settings(r):
        L.append("%s = %s" % (nm(w, st), fmt_val("py", t, v, S)))
    if S.id:
        L.append("%s = %s" % (S.idname(st), S.q("py", S.idv)))
    u = embed_url(S) if not S.obvious else None
    if u and r.random() < 0.6:
        L.append("%s = %s" % (nm(["upstream", "url"], st), S.q("py", u)))
    else:
        L.append("%s = %s" % (S.name(st), S.lit("py")))
    if r.random() < 0.5:
        L += ["", "DEBUG = os.getenv('DEBUG', '0') == '1'", "ALLOWED_HOSTS = ['*']" if r.random() < 0.5 else
              "ALLOWED_HOSTS = ['bot.%s.com']" % S.org]
    return path, L, "python"


@tpl(HTTPABLE)
def t_py_http(r, S):
    path = pick(r, ["bot/app.py", "src/handlers/outbound.py", "actions/notify.py", "app/clients/%s.py" % S.k["provider"].split("-")[0],
                    "scripts/smoke_test.py"])
    url = api_url(S)
    L = ["import json", "import logging", "", "import requests", "", "log = logging.getLogger(__name__)", ""]
    hdr = header_of(S)
    call_hdr = '{"Content-Type": "application/json"}'
    if S.obvious:
        L.append("%s = %s" % (S.name("scream"), S.lit("py")))
        if hdr:
            pre = hdr[1][: -len(S.inline())] if S.inline() else hdr[1]
            call_hdr = '{"%s": f"%s{%s}", "Content-Type": "application/json"}' % (hdr[0], pre, S.name("scream"))
        elif S.k["auth"][0] == "path":
            url = S.k["auth"][1] % ("{%s}" % S.name("scream"))
            url = "f" + '"' + url + '"'
    else:
        if hdr:
            call_hdr = '{"%s": "%s", "Content-Type": "application/json"}' % hdr
        else:
            url = embed_url(S) or url
    if not url.startswith('f"'):
        url = '"%s"' % url
    L += ["BASE_URL = %s" % url, "TIMEOUT = %d" % pick(r, [5, 10, 15]), "",
          "",
          "def send(payload: dict) -> dict:",
          '    """Push one message/event to the %s API."""' % S.k["provider"],
          "    resp = requests.post(",
          "        BASE_URL,",
          "        headers=%s," % call_hdr,
          "        data=json.dumps(payload),",
          "        timeout=TIMEOUT,",
          "    )",
          "    if resp.status_code >= 400:",
          '        log.warning("upstream returned %s: %s", resp.status_code, resp.text[:200])',
          "    resp.raise_for_status()",
          "    return resp.json()",
          "",
          "",
          'if __name__ == "__main__":',
          '    print(send({"text": "ping from %s"}))' % S.bot]
    return path, L, "python"


@tpl()
def t_node_config(r, S):
    path = pick(r, ["src/config.js", "config/index.js", "lib/config.js", "bot/config.js"])
    st = pick(r, ["camel", "camel", "scream"])
    L = ["'use strict';", ""] + comment_lines(r, "//") + ["", "module.exports = {"]
    body = []
    for w, t, v in misc_settings(r):
        body.append("  %s: %s," % (nm(w, st), fmt_val("js", t, v, S)))
    if S.id:
        body.append("  %s: %s," % (S.idname(st), S.q("js", S.idv)))
    u = embed_url(S) if not S.obvious else None
    if u and r.random() < 0.6:
        body.append("  %s: %s," % (nm(["endpoint"], st), S.q("js", u)))
    else:
        body.append("  %s: %s," % (S.name(st), S.lit("js")))
    r.shuffle(body)
    L += body + ["};"]
    return path, L, "javascript"


@tpl(HTTPABLE)
def t_node_http(r, S):
    path = pick(r, ["src/index.js", "src/outbound.js", "functions/send-message.js", "lib/api.js", "index.js"])
    url = api_url(S)
    hdr = header_of(S)
    L = ["const axios = require('axios');" if r.random() < 0.5 else "// uses global fetch (node >= 18)", ""]
    hdrs = ["'Content-Type': 'application/json'"]
    if S.obvious:
        L.append("const %s = %s;" % (S.name("scream"), S.lit("js")))
        if hdr:
            pre = hdr[1][: -len(S.inline())] if S.inline() else hdr[1]
            hdrs.insert(0, "'%s': `%s${%s}`" % (hdr[0], pre, S.name("scream")))
        elif S.k["auth"][0] == "path":
            url = S.k["auth"][1] % ("${%s}" % S.name("scream"))
    else:
        if hdr:
            hdrs.insert(0, "'%s': '%s'" % hdr)
        else:
            url = embed_url(S) or url
    L += ["const BASE = `%s`;" % url, "",
          "async function send(body) {",
          "  const res = await fetch(BASE, {",
          "    method: 'POST',",
          "    headers: { %s }," % ", ".join(hdrs),
          "    body: JSON.stringify(body),",
          "  });",
          "  if (!res.ok) {",
          "    console.error('send failed', res.status, await res.text());",
          "  }",
          "  return res.json();",
          "}",
          "",
          "module.exports = { send };"]
    return path, L, "javascript"


@tpl()
def t_ts_client(r, S):
    cls = "".join(x.capitalize() for x in re.split(r"[-_]", S.k["provider"])) + "Client"
    path = pick(r, ["src/services/%s.ts" % (cls[0].lower() + cls[1:]), "src/clients/%s.ts" % cls, "src/lib/%s.ts" % cls])
    L = ["import { Logger } from './logger';", "",
         "export interface %sOptions {" % cls, "  baseUrl: string;", "  timeoutMs?: number;", "}", ""]
    prop = S.name("camel")
    L += ["export class %s {" % cls,
          "  private readonly log = new Logger('%s');" % cls,
          "  private readonly baseUrl = '%s';" % api_url(S).split("?")[0]]
    if S.id:
        L.append("  private readonly %s = '%s';" % (S.idname("camel"), S.idv))
    if S.obvious or r.random() < 0.5:
        L.append("  private readonly %s = %s;" % (prop, S.lit("ts")))
        ctor = None
    else:
        L.append("  constructor(private readonly %s: string) {}" % prop)
        ctor = True
    L += ["",
          "  async post(path: string, body: unknown): Promise<unknown> {",
          "    const res = await fetch(`${this.baseUrl}${path}`, {",
          "      method: 'POST',",
          "      headers: { Authorization: `Bearer ${this.%s}`, 'Content-Type': 'application/json' }," % prop,
          "      body: JSON.stringify(body),",
          "    });",
          "    this.log.debug('POST', path, res.status);",
          "    return res.json();",
          "  }",
          "}"]
    if ctor:
        L += ["", "export const client = new %s(%s);" % (cls, S.lit("ts"))]
    return path, L, "typescript"


@tpl()
def t_cs_program(r, S):
    path = pick(r, ["Program.cs", "src/Bot/Program.cs", "Startup.cs", "src/%s/Startup.cs" % "".join(x.capitalize() for x in S.bot.split("-"))])
    ns = "".join(x.capitalize() for x in S.org.split("-")) + ".Bots"
    L = ["using System;", "using System.Net.Http;", "using Microsoft.Extensions.Configuration;",
         "using Microsoft.Extensions.DependencyInjection;", "", "namespace %s" % ns, "{",
         "    public static class ChannelSetup", "    {"]
    if S.id:
        L.append('        private const string %s = "%s";' % (S.idname("pascal"), S.idv))
    positional = (not S.obvious) and r.random() < 0.6
    if not positional:
        L.append("        private static readonly string %s = %s;" % (S.name("pascal"), S.lit("cs")))
    L += ["", "        public static IServiceCollection AddChannel(this IServiceCollection services)", "        {",
          '            services.AddHttpClient("%s", c =>' % S.k["provider"], "            {",
          '                c.BaseAddress = new Uri("%s");' % api_url(S).split("?")[0],
          "                c.Timeout = TimeSpan.FromSeconds(%d);" % pick(r, [10, 20, 30]), "            });"]
    if positional:
        args = ([S.q("cs", S.idv)] if S.id else []) + [S.lit("cs")]
        L.append("            services.AddSingleton(new ChannelCredentials(%s));" % ", ".join(args))
    else:
        args = ([S.idname("pascal")] if S.id else []) + [S.name("pascal")]
        L.append("            services.AddSingleton(new ChannelCredentials(%s));" % ", ".join(args))
    L += ["            return services;", "        }", "    }", "}"]
    return path, L, "csharp"


@tpl()
def t_appsettings(r, S):
    path = pick(r, ["appsettings.json", "appsettings.Production.json", "src/Bot/appsettings.json",
                    "appsettings.Development.json"])
    d = {}
    d["Logging"] = {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}
    bf = S.kind == "botframework-app-password"
    if bf:
        d["MicrosoftAppType"] = pick(r, ["MultiTenant", "SingleTenant"])
        d["MicrosoftAppId"] = S.idv
        d["MicrosoftAppPassword"] = "@@SLOT@@" if S.obvious else "@@SLOT@@"
        d["MicrosoftAppTenantId"] = guid(r) if d["MicrosoftAppType"] == "SingleTenant" else ""
        key = "MicrosoftAppPassword"
    else:
        sec = {}
        if S.id:
            sec[S.idname("pascal")] = S.idv
        sec["BaseUrl"] = api_url(S).split("?")[0]
        key = S.name("pascal")
        sec[key] = "@@SLOT@@"
        d["".join(x.capitalize() for x in re.split(r"[-_]", S.k["provider"]))] = sec
    d["AllowedHosts"] = "*"
    if r.random() < 0.5:
        d["ApplicationInsights"] = {"ConnectionString": "InstrumentationKey=%s;IngestionEndpoint=https://%s.in.applicationinsights.azure.com/" % (guid(r), pick(r, ["westeurope-5", "eastus-8", "uksouth-1"]))}
    txt = json.dumps(d, indent=2)
    txt = txt.replace('"@@SLOT@@"', S.lit("json"))
    return path, txt.split("\n"), "json-appsettings"


@tpl(ONLY("botframework-app-password", "directline-secret"))
def t_botfile(r, S):
    path = pick(r, ["%s.bot" % S.bot, "bot/%s.bot" % S.bot, "deploymentScripts/%s.bot" % S.bot])
    svc = [{"type": "endpoint", "name": "development", "endpoint": "http://localhost:3978/api/messages",
            "appId": "", "appPassword": "", "id": str(r.randrange(1, 9))}]
    prod = {"type": "endpoint", "name": "production",
            "endpoint": "https://%s-%s.azurewebsites.net/api/messages" % (S.org, S.bot),
            "appId": guid(r), "appPassword": "@@SLOT@@" if S.kind == "botframework-app-password" else "",
            "id": str(r.randrange(10, 99))}
    if S.kind == "botframework-app-password" and S.id:
        prod["appId"] = S.idv
    svc.append(prod)
    if S.kind == "directline-secret":
        svc.append({"type": "generic", "name": "webchat", "url": "https://webchat.botframework.com/",
                    "configuration": {"directLineSecret": "@@SLOT@@"}, "id": str(r.randrange(100, 200))})
    svc.append({"type": "abs", "tenantId": guid(r), "subscriptionId": guid(r), "resourceGroup": "rg-%s" % S.bot,
                "serviceName": S.bot, "name": S.bot, "id": str(r.randrange(200, 300)), "appId": prod["appId"]})
    d = {"name": S.bot, "description": "", "services": svc, "padlock": "", "version": "2.0"}
    txt = json.dumps(d, indent=2).replace('"@@SLOT@@"', S.lit("json"))
    return path, txt.split("\n"), "bot-file"


RASA_CRED = ("slack-bot-token", "slack-signing-secret", "telegram-bot-token", "messenger-page-token",
             "messenger-app-secret", "twilio-auth-token", "botframework-app-password")


@tpl(ONLY(*RASA_CRED))
def t_rasa_credentials(r, S):
    path = pick(r, ["credentials.yml", "bot/credentials.yml", "rasa/credentials.yml", "config/credentials.yml"])
    v = S.lit("yaml")
    L = ["# This file contains the credentials for the voice & chat platforms",
         "# which your bot is using.", "# https://rasa.com/docs/rasa/messaging-and-voice-channels", "",
         "rest:", "#  # you don't need to provide anything here - this channel doesn't", "#  # require any credentials", ""]
    blocks = []
    k = S.kind
    if k in ("slack-bot-token", "slack-signing-secret"):
        tok = v if k == "slack-bot-token" else '"${SLACK_BOT_TOKEN}"'
        sig = v if k == "slack-signing-secret" else '"${SLACK_SIGNING_SECRET}"'
        blocks.append(["slack:", "  slack_channel: \"%s\"" % pick(r, ["#support", "C0%s" % rs(r, 8, UP + DG), "#bot-test"]),
                       "  slack_token: %s" % tok, "  slack_signing_secret: %s" % sig])
    if k == "telegram-bot-token":
        blocks.append(["telegram:", "  access_token: %s" % v, "  verify: \"%s_bot\"" % S.bot.replace("-", "_"),
                       "  webhook_url: \"https://%s.%s.com/webhooks/telegram/webhook\"" % (S.bot, S.org)])
    if k in ("messenger-page-token", "messenger-app-secret"):
        blocks.append(["facebook:", "  verify: \"%s-verify\"" % S.bot,
                       "  secret: %s" % (v if k == "messenger-app-secret" else '"${FB_APP_SECRET}"'),
                       "  page-access-token: %s" % (v if k == "messenger-page-token" else '"${FB_PAGE_ACCESS_TOKEN}"')])
    if k == "twilio-auth-token":
        blocks.append(["twilio:", "  account_sid: \"%s\"" % S.idv, "  auth_token: %s" % v,
                       "  twilio_number: \"%s\"" % phone(r)])
    if k == "botframework-app-password":
        blocks.append(["botframework:", "  app_id: \"%s\"" % S.idv, "  app_password: %s" % v])
    if r.random() < 0.6:
        blocks.append(["socketio:", "  user_message_evt: user_uttered", "  bot_message_evt: bot_uttered",
                       "  session_persistence: %s" % pick(r, ["true", "false"])])
    if r.random() < 0.3:
        blocks.append(["#rasa:", "#  url: \"http://localhost:5002/api\""])
    r.shuffle(blocks)
    for b in blocks:
        L += b + [""]
    return path, L, "rasa-yaml"


@tpl(ONLY("rasa-tracker-db-password"))
def t_rasa_endpoints(r, S):
    path = pick(r, ["endpoints.yml", "bot/endpoints.yml", "rasa/endpoints.yml"])
    v = S.lit("yaml")
    L = ["# This file contains the different endpoints your bot can use.", "",
         "action_endpoint:", "  url: \"http://%s:5055/webhook\"" % pick(r, ["action-server", "actions", "localhost"]), ""]
    which = r.randrange(3)
    if which == 0:
        L += ["tracker_store:", "  type: SQL", "  dialect: \"postgresql\"", "  url: \"%s\"" % pick(r, ["db", "postgres", "10.0.3.12"]),
              "  port: 5432", "  db: \"rasa\"", "  username: \"rasa\"", "  password: %s" % v,
              "  login_db: \"rasa\"" if r.random() < 0.5 else "  query: {}", ""]
        L += ["lock_store:", "  type: \"redis\"", "  url: \"redis\"", "  port: 6379", "  db: 1", "  key_prefix: \"%s\"" % S.bot, ""]
    elif which == 1:
        L += ["tracker_store:", "  type: redis", "  url: %s" % pick(r, ["redis", "redis.internal", "localhost"]),
              "  port: 6379", "  key_prefix: %s" % S.bot.replace("-", ""), "  db: 0", "  password: %s" % v,
              "  use_ssl: %s" % pick(r, ["true", "false"]), ""]
    else:
        L += ["event_broker:", "  type: pika", "  url: %s" % pick(r, ["rabbit", "rabbitmq.internal", "localhost"]),
              "  username: %s" % pick(r, ["rasa", "user", "bot"]), "  password: %s" % v,
              "  queues:", "    - rasa_production_events", ""]
        L += ["tracker_store:", "  type: SQL", "  dialect: \"sqlite\"", "  db: \"trackers.db\"", ""]
    if r.random() < 0.5:
        L += ["#nlg:", "#  url: http://localhost:5056/nlg", ""]
    return path, L, "rasa-yaml"


@tpl()
def t_dockerfile(r, S):
    path = pick(r, ["Dockerfile", "docker/Dockerfile", "bot/Dockerfile", "Dockerfile.prod"])
    base = pick(r, ["python:3.11-slim", "node:20-alpine", "rasa/rasa:3.6.20-full", "mcr.microsoft.com/dotnet/aspnet:8.0"])
    L = ["FROM %s" % base, "", "WORKDIR /app"]
    if base.startswith("python") or base.startswith("rasa"):
        L += ["COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt"]
    elif base.startswith("node"):
        L += ["COPY package*.json ./", "RUN npm ci --omit=dev"]
    else:
        L += ["COPY publish/ ."]
    L += ["COPY . .", ""]
    envs = ["ENV PORT=%d" % pick(r, [3978, 8080, 5005]), "ENV LOG_LEVEL=%s" % pick(r, ["info", "warn"])]
    if S.id:
        envs.append("ENV %s=%s" % (S.idname("scream"), S.idv))
    if S.mode == "env":
        envs.insert(0, "ARG %s" % S.env)
        envs.append("ENV %s=${%s}" % (S.name("scream"), S.env))
    else:
        envs.append("ENV %s=%s" % (S.name("scream"), S.lit("docker")))
    L += envs + ["", "EXPOSE %s" % pick(r, ["3978", "8080", "5005"]), "USER %s" % pick(r, ["1001", "node", "app"])]
    if base.startswith("node"):
        L.append('CMD ["node", "index.js"]')
    elif base.startswith("rasa"):
        L.append('CMD ["run", "--enable-api", "--port", "5005"]')
    elif base.startswith("python"):
        L.append('CMD ["gunicorn", "-b", "0.0.0.0:8080", "app:app"]')
    else:
        L.append('ENTRYPOINT ["dotnet", "Bot.dll"]')
    return path, L, "dockerfile"


@tpl()
def t_compose(r, S):
    path = pick(r, ["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"])
    L = ["version: \"3.8\"", "", "services:", "  %s:" % S.bot,
         "    image: %s/%s:%s" % (pick(r, ["ghcr.io/" + S.org, S.org + "cr.azurecr.io", "registry.gitlab.com/" + S.org]), S.bot,
                                   pick(r, ["latest", "1.%d.%d" % (r.randrange(9), r.randrange(20))])),
         "    restart: unless-stopped", "    ports:", "      - \"%d:%d\"" % ((pick(r, [3978, 5005, 8080]),) * 2),
         "    environment:"]
    listform = r.random() < 0.4
    env = [("LOG_LEVEL", pick(r, ["info", "debug"])), ("ACTION_ENDPOINT", "http://actions:5055/webhook")]
    if S.id:
        env.append((S.idname("scream"), S.idv))
    u = embed_url(S) if not S.obvious else None
    env.append(("UPSTREAM_URL", u) if (u and r.random() < 0.7) else (S.name("scream"), "@@SLOT@@"))
    r.shuffle(env)
    for k, v in env:
        if v == "@@SLOT@@":
            lv = S.lit("yaml") if not listform else (S.inline() if S.pos or S.mode != "empty" else "")
            L.append("      - %s=%s" % (k, lv) if listform else "      %s: %s" % (k, lv))
        else:
            L.append("      - %s=%s" % (k, v) if listform else "      %s: \"%s\"" % (k, v))
    L += ["    depends_on:", "      - redis", "", "  redis:", "    image: redis:7-alpine", "    volumes:",
          "      - redis-data:/data", "", "volumes:", "  redis-data: {}"]
    return path, L, "docker-compose"


@tpl()
def t_helm_values(r, S):
    path = pick(r, ["charts/%s/values.yaml" % S.bot, "helm/values.yaml", "deploy/helm/values-prod.yaml",
                    "charts/bot/values-production.yaml"])
    L = ["# Default values for %s." % S.bot, "replicaCount: %d" % r.randrange(1, 4), "", "image:",
         "  repository: %s.azurecr.io/%s" % (S.org, S.bot), "  tag: \"%s\"" % pick(r, ["1.4.2", "2.0.0", "main-" + hexs(r, 7)]),
         "  pullPolicy: IfNotPresent", "", "service:", "  type: ClusterIP", "  port: 80", ""]
    sec_name = S.name(pick(r, ["camel", "camel", "snake"]))
    L += ["%s:" % pick(r, ["bot", "channel", "integrations", "config"])]
    if S.id:
        L.append("  %s: \"%s\"" % (S.idname("camel"), S.idv))
    L.append("  %s: %s" % (sec_name, S.lit("yaml")))
    L += ["  locale: %s" % pick(r, ["en-US", "en-GB", "de-DE"]), "", "resources:", "  limits:", "    cpu: 500m",
          "    memory: 512Mi", "  requests:", "    cpu: 100m", "    memory: 256Mi", "", "ingress:",
          "  enabled: %s" % pick(r, ["true", "false"]), "  hosts:", "    - host: %s.%s.com" % (S.bot, S.org),
          "      paths: [\"/\"]"]
    return path, L, "helm-values"


@tpl()
def t_k8s_secret(r, S):
    path = pick(r, ["k8s/secret.yaml", "deploy/k8s/%s-secrets.yaml" % S.bot, "manifests/bot-secret.yml",
                    "kubernetes/overlays/prod/secret.yaml"])
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % S.bot,
         "  namespace: %s" % pick(r, ["bots", "conversational-ai", "default", "cx"]), "  labels:",
         "    app.kubernetes.io/name: %s" % S.bot, "type: Opaque", "stringData:"]
    if S.id:
        L.append("  %s: \"%s\"" % (S.idname("scream"), S.idv))
    L.append("  %s: %s" % (S.name("scream") if S.obvious else S.name("kebab"), S.lit("yaml")))
    return path, L, "k8s-yaml"


@tpl()
def t_gh_workflow(r, S):
    path = ".github/workflows/%s" % pick(r, ["deploy.yml", "e2e.yml", "smoke-test.yml", "release.yml"])
    L = ["name: %s" % pick(r, ["Deploy bot", "E2E conversation tests", "Smoke test", "Release"]), "", "on:",
         "  push:", "    branches: [main]", "  workflow_dispatch:", "", "jobs:", "  run:", "    runs-on: ubuntu-latest",
         "    env:", "      NODE_ENV: production", "      BOT_NAME: %s" % S.bot]
    if S.id:
        L.append("      %s: %s" % (S.idname("scream"), S.idv))
    if S.mode == "env":
        L.append("      %s: ${{ secrets.%s }}" % (S.name("scream"), S.env))
    else:
        L.append("      %s: %s" % (S.name("scream"), S.lit("yaml")))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4", "        with:",
          "          node-version: 20", "      - run: npm ci", "      - run: npm run %s" % pick(r, ["deploy", "test:e2e", "smoke"])]
    return path, L, "github-actions"


@tpl(HTTPABLE)
def t_postman(r, S):
    name = "%s API" % S.k["provider"].replace("-", " ").title()
    path = pick(r, ["postman/%s.postman_collection.json" % S.k["provider"], "docs/postman/collection.json",
                    "tests/postman/%s.postman_collection.json" % S.bot])
    url = api_url(S)
    hdr = header_of(S)
    item = {"name": "Send message", "request": {"method": "POST", "header": [], "body": {"mode": "raw",
            "raw": "{\n  \"text\": \"hello\"\n}", "options": {"raw": {"language": "json"}}}, "url": {"raw": url}}}
    coll = {"info": {"_postman_id": guid(r), "name": name,
                     "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "item": [item], "variable": [{"key": "baseUrl", "value": url.split("/v")[0]}]}
    if hdr and hdr[0] == "Authorization" and hdr[1].startswith("Bearer ") and r.random() < 0.6:
        coll["auth"] = {"type": "bearer", "bearer": [{"key": "token", "value": "@@SLOT@@", "type": "string"}]}
    elif hdr:
        pre = hdr[1][: -len(S.inline())]
        item["request"]["header"].append({"key": hdr[0], "value": pre + "@@SLOTIN@@", "type": "text"})
    else:
        item["request"]["url"]["raw"] = embed_url(S) or url
    txt = json.dumps(coll, indent=2 if r.random() < 0.5 else "\t")
    txt = txt.replace('"@@SLOT@@"', S.lit("json")).replace("@@SLOTIN@@", S.inline())
    return path, txt.split("\n"), "postman"


@tpl()
def t_runbook_md(r, S):
    path = pick(r, ["notes/runbook.md", "docs/runbook.md", "docs/ops/%s.md" % S.bot, "RUNBOOK.md",
                    "docs/channels/%s.md" % S.k["provider"], "wiki/handover.md"])
    prov = S.k["provider"].replace("-", " ").title()
    L = ["# %s runbook" % S.bot, "", "Owner: conversational-ai team (#cx-bots). Last reviewed %s." % ts_date(r), "",
         "## %s integration" % prov, "",
         "- Environment: `%s`" % pick(r, ["production", "staging"]),
         "- Webhook: `https://%s.%s.com%s`" % (S.bot, S.org, pick(r, ["/api/messages", "/webhooks/rest/webhook", "/hooks"]))]
    if S.id:
        L.append("- %s: `%s`" % (" ".join(S.id[0]).title(), S.idv))
    style = r.randrange(3)
    if S.obvious and style == 0:
        L.append("- %s: `%s`" % (" ".join(S.words).title(), S.inline() if S.pos else S.raw or "(empty)"))
    elif S.obvious and style == 1:
        L += ["", "Credentials for the on-call rotation:", "", "| what | value |", "|---|---|",
              "| %s | `%s` |" % (" ".join(S.words), S.inline() if S.pos else S.raw or "-")]
    else:
        u = embed_url(S)
        h = header_of(S)
        L += ["", "Quick check from a shell:", "", "```bash"]
        if h:
            L.append("curl -s -X POST '%s' \\" % api_url(S).split("?")[0])
            L.append("  -H '%s: %s' \\" % h)
            L.append("  -H 'Content-Type: application/json' -d '{\"text\":\"ping\"}'")
        elif u:
            L.append("curl -s '%s' | jq ." % u)
        else:
            L.append("export %s='%s'" % (S.env, S.inline()))
            L.append("./scripts/check_channel.sh %s" % S.bot)
        L.append("```")
    L += ["", "## Escalation", "", "1. Check the dashboard for 5xx spikes.",
          "2. If the channel is down, switch the widget to the offline form.",
          "3. Page the CX platform on-call (%s)." % phone(r), ""]
    return path, L, "markdown"


@tpl(HTTPABLE)
def t_shell_curl(r, S):
    path = pick(r, ["scripts/test_webhook.sh", "scripts/send_test_message.sh", "bin/smoke.sh", "tools/ping_channel.sh"])
    L = ["#!/usr/bin/env bash", "set -euo pipefail", ""] + comment_lines(r, "#", 1) + [""]
    h = header_of(S)
    url = api_url(S)
    if S.obvious:
        L.append("%s=%s" % (S.name("scream"), S.lit("sh")))
        ref = "${%s}" % S.name("scream")
        if h:
            pre = h[1][: -len(S.inline())]
            hline = "  -H \"%s: %s%s\" \\" % (h[0], pre, ref)
        else:
            url = embed_url(S).replace(S.inline(), ref) if embed_url(S) else url
            hline = None
    else:
        hline = "  -H '%s: %s' \\" % h if h else None
        if not h:
            url = embed_url(S) or url
    L += ["TEXT=\"${1:-hello from $(hostname)}\"", "", "curl -sS -X POST \"%s\" \\" % url]
    if hline:
        L.append(hline)
    L += ["  -H 'Content-Type: application/json' \\", "  --data \"{\\\"text\\\": \\\"${TEXT}\\\"}\" | jq ."]
    return path, L, "shell"


@tpl(HTTPABLE)
def t_http_file(r, S):
    path = pick(r, ["requests.http", "api/%s.http" % S.k["provider"], "tests/http/send.http", "rest/channel.http"])
    h = header_of(S)
    L = ["### Send a test message via %s" % S.k["provider"], ""]
    if S.obvious:
        L.insert(0, "@%s = %s" % (S.name("camel"), S.lit("http")))
        L.insert(1, "")
        ref = "{{%s}}" % S.name("camel")
    else:
        ref = None
    url = api_url(S)
    if not h:
        u = embed_url(S)
        url = u.replace(S.inline(), ref) if (ref and u) else (u or url)
    L.append("POST %s" % url)
    if h:
        pre = h[1][: -len(S.inline())]
        L.append("%s: %s%s" % (h[0], pre, ref if ref else S.inline()))
    L += ["Content-Type: application/json", "", "{", "  \"text\": \"%s\"," % pick(r, ["Hi there", "Where is my order?", "test"]),
          "  \"conversationId\": \"%s\"" % guid(r), "}", "", "### Health", "GET https://%s.%s.com/health" % (S.bot, S.org)]
    return path, L, "http"


@tpl()
def t_properties(r, S):
    path = pick(r, ["src/main/resources/application.properties", "src/main/resources/application-prod.properties",
                    "config/bot.properties"])
    pfx = pick(r, ["bot", "cx", "channel", "integration"]) + "." + S.k["provider"].split("-")[0]
    L = ["# %s" % S.bot, "server.port=%d" % pick(r, [8080, 8081, 9000]), "spring.application.name=%s" % S.bot,
         "management.endpoints.web.exposure.include=health,info", ""]
    if S.id:
        L.append("%s.%s=%s" % (pfx, S.idname("kebab"), S.idv))
    u = embed_url(S) if not S.obvious else None
    if u and r.random() < 0.6:
        L.append("%s.endpoint=%s" % (pfx, u))
    else:
        L.append("%s.%s=%s" % (pfx, S.name("kebab"), S.lit("properties")))
    L += ["%s.timeout-ms=%d" % (pfx, pick(r, [3000, 5000, 10000])), "logging.level.root=%s" % pick(r, ["INFO", "WARN"])]
    return path, L, "properties"


@tpl()
def t_spring_yaml(r, S):
    path = pick(r, ["src/main/resources/application.yml", "src/main/resources/application-prod.yaml", "config/application.yml"])
    L = ["server:", "  port: %d" % pick(r, [8080, 8443]), "spring:", "  application:", "    name: %s" % S.bot, "",
         "%s:" % pick(r, ["bot", "cx", "integrations"]), "  %s:" % S.k["provider"].split("-")[0],
         "    base-url: %s" % api_url(S).split("?")[0]]
    if S.id:
        L.append("    %s: %s" % (S.idname("kebab"), S.idv))
    L.append("    %s: %s" % (S.name("kebab"), S.lit("yaml")))
    L += ["    connect-timeout: %ds" % pick(r, [2, 5, 10]), "", "logging:", "  level:", "    root: INFO"]
    return path, L, "yaml"


@tpl()
def t_tfvars(r, S):
    path = pick(r, ["infra/terraform.tfvars", "terraform/prod.tfvars", "infra/envs/prod/terraform.tfvars"])
    L = ["environment         = \"%s\"" % pick(r, ["prod", "staging"]), "location            = \"%s\"" % pick(r, ["westeurope", "eastus2", "uksouth"]),
         "resource_group_name = \"rg-%s\"" % S.bot, "bot_sku             = \"S1\""]
    if S.id:
        L.append("%s = \"%s\"" % (S.idname("snake"), S.idv))
    if S.mode == "env" or S.mode == "vault":
        L.append("# %s is read from TF_VAR_%s in CI" % (S.name("snake"), S.name("snake")))
    else:
        L.append("%s = %s" % (S.name("snake"), S.lit("hcl")))
    L += ["", "tags = {", "  owner = \"cx-platform\"", "  costcenter = \"%d\"" % r.randrange(1000, 9999), "}"]
    return path, L, "terraform"


@tpl(ONLY("genesys-client-secret"))
def t_archy_options(r, S):
    path = pick(r, ["archy/options.yaml", "architect/archy-options.yaml", "flows/archy_config.yaml"])
    L = ["# archy options file used by the flow pipeline", "location: %s" % pick(r, GEN_REGIONS),
         "clientId: %s" % S.idv, "clientSecret: %s" % S.lit("yaml"), "debugArchitect: false",
         "outputDir: ./output", "recreate: %s" % pick(r, ["true", "false"]), "forceUnlock: true"]
    return path, L, "genesys-archy-yaml"


@tpl(ONLY("genesys-client-secret"))
def t_genesys_py(r, S):
    path = pick(r, ["scripts/export_queues.py", "genesys/sync_users.py", "tools/genesys_reports.py"])
    L = ["import PureCloudPlatformClientV2 as gc", "", "REGION = gc.PureCloudRegionHosts.%s" % pick(r, ["us_east_1", "eu_west_1", "eu_central_1"]),
         "gc.configuration.host = REGION.get_api_host()", ""]
    if S.obvious:
        L += ["CLIENT_ID = \"%s\"" % S.idv, "CLIENT_SECRET = %s" % S.lit("py"), "",
              "api_client = gc.api_client.ApiClient().get_client_credentials_token(CLIENT_ID, CLIENT_SECRET)"]
    else:
        L += ["api_client = gc.api_client.ApiClient().get_client_credentials_token(",
              "    \"%s\"," % S.idv, "    %s," % S.lit("py"), ")"]
    L += ["routing = gc.RoutingApi(api_client)", "", "", "def main():",
          "    queues = routing.get_routing_queues(page_size=100)", "    for q in queues.entities:",
          "        print(q.id, q.name, q.member_count)", "", "", "if __name__ == \"__main__\":", "    main()"]
    return path, L, "python"


@tpl()
def t_channel_json(r, S):
    path = pick(r, ["config/channels.json", "channels/%s.json" % S.k["provider"], "config/integrations.json",
                    "src/config/channel-config.json"])
    ch = {"channel": S.k["provider"], "enabled": True, "displayName": S.bot.replace("-", " ").title()}
    if S.id:
        ch[S.idname("camel")] = S.idv
    ch["webhookUrl"] = "https://%s.%s.com/webhooks/%s" % (S.bot, S.org, S.k["provider"].split("-")[0])
    ch["credentials" if S.obvious else "settings"] = {S.name("camel"): "@@SLOT@@"}
    d = {"version": 2, "channels": [ch, {"channel": "webchat", "enabled": True, "widgetId": rs(r, 10, LO + DG)}]}
    txt = json.dumps(d, indent=2).replace('"@@SLOT@@"', S.lit("json"))
    return path, txt.split("\n"), "json-channel-config"


@tpl(ONLY("aws-lex-secret-key"))
def t_lex_py(r, S):
    path = pick(r, ["bot/lex_client.py", "lambda/fulfillment.py", "connect/lex_bridge.py"])
    L = ["import boto3", "", "BOT_ID = \"%s\"" % rs(r, 10, UP + DG), "BOT_ALIAS_ID = \"%s\"" % rs(r, 10, UP + DG),
         "LOCALE_ID = \"en_US\"", ""]
    if S.obvious:
        L += ["AWS_ACCESS_KEY_ID = \"%s\"" % S.idv, "%s = %s" % (S.name("scream"), S.lit("py")), "",
              "session = boto3.Session(", "    aws_access_key_id=AWS_ACCESS_KEY_ID,",
              "    aws_secret_access_key=%s," % S.name("scream"), "    region_name=\"%s\"," % pick(r, REGIONS), ")"]
    else:
        L += ["session = boto3.Session(\"%s\", %s, region_name=\"%s\")" % (S.idv, S.lit("py"), pick(r, REGIONS))]
    L += ["lex = session.client(\"lexv2-runtime\")", "", "", "def ask(session_id: str, text: str) -> list:",
          "    resp = lex.recognize_text(botId=BOT_ID, botAliasId=BOT_ALIAS_ID, localeId=LOCALE_ID,",
          "                              sessionId=session_id, text=text)", "    return resp.get(\"messages\", [])"]
    return path, L, "python"


@tpl(ONLY("aws-lex-secret-key"))
def t_aws_credentials(r, S):
    path = pick(r, ["deploy/aws/credentials", ".aws/credentials", "config/aws_credentials.ini"])
    L = ["[default]", "region = %s" % pick(r, REGIONS), "", "[%s]" % pick(r, ["connect-admin", "lex-deployer", "cx-prod"]),
         "aws_access_key_id = %s" % S.idv, "aws_secret_access_key = %s" % S.lit("ini")]
    if r.random() < 0.5:
        L += ["region = %s" % pick(r, REGIONS), "output = json"]
    return path, L, "ini"


@tpl(ONLY("aws-lex-secret-key"))
def t_connect_lambda(r, S):
    path = pick(r, ["lambda/index.js", "connect/lambdas/lookup-customer/index.js", "functions/contact-flow.js"])
    L = ["const { ConnectClient, StartOutboundVoiceContactCommand } = require('@aws-sdk/client-connect');", ""]
    if S.obvious:
        L += ["const client = new ConnectClient({", "  region: '%s'," % pick(r, REGIONS), "  credentials: {",
              "    accessKeyId: '%s'," % S.idv, "    secretAccessKey: %s," % S.lit("js"), "  },", "});"]
    else:
        L += ["const creds = ['%s', %s];" % (S.idv, S.lit("js")),
              "const client = new ConnectClient({ region: '%s', credentials: { accessKeyId: creds[0], secretAccessKey: creds[1] } });" % pick(r, REGIONS)]
    L += ["", "exports.handler = async (event) => {", "  const phone = event.Details.ContactData.CustomerEndpoint.Address;",
          "  const cmd = new StartOutboundVoiceContactCommand({",
          "    InstanceId: '%s'," % guid(r), "    ContactFlowId: '%s'," % guid(r),
          "    DestinationPhoneNumber: phone,", "    SourcePhoneNumber: '%s'," % phone(r), "  });",
          "  await client.send(cmd);", "  return { status: 'queued' };", "};"]
    return path, L, "javascript"


# --- Dialogflow service-account keys ----------------------------------------
def sa_fields(r, S):
    proj = "%s-%s-%s" % (S.org, pick(r, ["dialogflow", "cx-agent", "bots", "virtual-agent"]), digits(r, 6))
    sa = pick(r, ["dialogflow-client", "df-integration", "cx-webhook", "dialogflow-" + rs(r, 5, LO + DG)])
    if S.pos:
        pem = rsa_pkcs8_pem(r)
        S.secret = "\\n".join(pem) + "\\n"
        pk = S.secret
    else:
        pk = pick(r, ["", "-----BEGIN PRIVATE KEY-----\\n<redacted>\\n-----END PRIVATE KEY-----\\n",
                      "${DIALOGFLOW_PRIVATE_KEY}", "<paste private key here>", "REPLACE_ME"])
    email = "%s@%s.iam.gserviceaccount.com" % (sa, proj)
    return [("type", "service_account"), ("project_id", proj), ("private_key_id", hexs(r, 40)),
            ("private_key", pk), ("client_email", email), ("client_id", digits(r, 21)),
            ("auth_uri", "https://accounts.google.com/o/oauth2/auth"), ("token_uri", "https://oauth2.googleapis.com/token"),
            ("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"),
            ("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/%s" % email.replace("@", "%40")),
            ("universe_domain", "googleapis.com")]


def sa_json(fields, indent="  ", one_line=False):
    if one_line:
        return "{" + ",".join('"%s":"%s"' % kv for kv in fields) + "}"
    return ["{"] + [indent + '"%s": "%s"%s' % (k, v, "," if i < len(fields) - 1 else "") for i, (k, v) in enumerate(fields)] + ["}"]


SA = ONLY("dialogflow-service-account")


@tpl(SA)
def t_sa_file(r, S):
    path = pick(r, ["dialogflow/service-account.json", "credentials/dialogflow-key.json", "keys/%s-sa.json" % S.bot,
                    "config/gcp-credentials.json", "secrets/dialogflow-cx.json"])
    return path, sa_json(sa_fields(r, S), pick(r, ["  ", "    "])), "json-service-account"


@tpl(SA)
def t_sa_env(r, S):
    path = pick(r, [".env", ".env.production", "bot/.env"])
    f = sa_fields(r, S)
    L = comment_lines(r, "#") + ["DIALOGFLOW_PROJECT_ID=%s" % f[1][1], "DIALOGFLOW_LOCATION=%s" % pick(r, ["global", "europe-west2", "us-central1"]),
                                 "DIALOGFLOW_AGENT_ID=%s" % guid(r), "DIALOGFLOW_LANGUAGE_CODE=en",
                                 "%s='%s'" % (pick(r, ["GOOGLE_APPLICATION_CREDENTIALS_JSON", "GCP_SA_KEY", "DF_CREDENTIALS"]), sa_json(f, one_line=True))]
    return path, L, "dotenv"


@tpl(SA)
def t_sa_py(r, S):
    path = pick(r, ["bot/dialogflow_client.py", "webhook/df.py", "app/nlu/dialogflow.py"])
    f = sa_fields(r, S)
    L = ["from google.cloud import dialogflow_v2 as dialogflow", "from google.oauth2 import service_account", "",
         "%s = {" % pick(r, ["SERVICE_ACCOUNT_INFO", "CREDS", "sa_info", "GCP_KEY"])]
    L += ['    "%s": "%s",' % kv for kv in f]
    L += ["}", "", "credentials = service_account.Credentials.from_service_account_info(%s)" % L[3].split(" = ")[0],
          "client = dialogflow.SessionsClient(credentials=credentials)", "",
          "", "def detect(session_id: str, text: str, lang: str = \"en\"):",
          "    session = client.session_path(\"%s\", session_id)" % f[1][1],
          "    query = dialogflow.QueryInput(text=dialogflow.TextInput(text=text, language_code=lang))",
          "    return client.detect_intent(request={\"session\": session, \"query_input\": query}).query_result"]
    return path, L, "python"


@tpl(SA)
def t_sa_k8s(r, S):
    path = pick(r, ["k8s/dialogflow-secret.yaml", "deploy/k8s/gcp-sa.yaml", "charts/%s/templates/sa-secret.yaml" % S.bot])
    f = sa_fields(r, S)
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: dialogflow-sa", "  namespace: %s" % pick(r, ["bots", "cx"]),
         "type: Opaque", "stringData:", "  key.json: |"]
    L += ["    " + x for x in sa_json(f, "  ")]
    return path, L, "k8s-yaml"


# --- provider SDK snippets ---------------------------------------------------
@tpl(ONLY("twilio-auth-token", "twilio-api-key-secret"))
def t_twilio_node(r, S):
    path = pick(r, ["functions/send-sms.js", "src/twilio.js", "flex-plugin/scripts/seed.js", "studio/trigger.js"])
    acct = S.idv if S.kind == "twilio-auth-token" else "AC" + hexs(r, 32)
    L = ["const twilio = require('twilio');", ""]
    if S.kind == "twilio-auth-token":
        if S.obvious:
            L += ["const accountSid = '%s';" % acct, "const %s = %s;" % (S.name("camel"), S.lit("js")),
                  "const client = twilio(accountSid, %s);" % S.name("camel")]
        else:
            L += ["const client = twilio('%s', %s);" % (acct, S.lit("js"))]
    else:
        if S.obvious:
            L += ["const apiKey = '%s';" % S.idv, "const %s = %s;" % (S.name("camel"), S.lit("js")),
                  "const client = twilio(apiKey, %s, { accountSid: '%s' });" % (S.name("camel"), acct)]
        else:
            L += ["const client = twilio('%s', %s, { accountSid: '%s' });" % (S.idv, S.lit("js"), acct)]
    L += ["", "async function trigger(to) {", "  return client.studio.v2.flows('FW%s')" % hexs(r, 32),
          "    .executions.create({ to, from: '%s' });" % phone(r), "}", "", "module.exports = { trigger };"]
    return path, L, "javascript"


@tpl(ONLY("sunco-key-secret"))
def t_sunco_node(r, S):
    path = pick(r, ["src/sunco.js", "integrations/zendesk/sunco-client.js", "lib/messaging.js"])
    L = ["const SunshineConversationsApi = require('sunshine-conversations-client');", "",
         "const defaultClient = SunshineConversationsApi.ApiClient.instance;",
         "const basicAuth = defaultClient.authentications['basicAuth'];"]
    if S.obvious:
        L += ["const KEY_ID = '%s';" % S.idv, "const %s = %s;" % (S.name("scream"), S.lit("js")),
              "basicAuth.username = KEY_ID;", "basicAuth.password = %s;" % S.name("scream")]
    else:
        L += ["[basicAuth.username, basicAuth.password] = ['%s', %s];" % (S.idv, S.lit("js"))]
    L += ["", "const APP_ID = '%s';" % hexs(r, 24), "const messages = new SunshineConversationsApi.MessagesApi();", "",
          "async function reply(conversationId, text) {", "  const body = new SunshineConversationsApi.MessagePost();",
          "  body.author = { type: 'business' };", "  body.content = { type: 'text', text };",
          "  return messages.postMessage(APP_ID, conversationId, body);", "}", "", "module.exports = { reply };"]
    return path, L, "javascript"


@tpl(ONLY("slack-bot-token", "slack-signing-secret"))
def t_slack_bolt(r, S):
    py = r.random() < 0.5
    if py:
        path = pick(r, ["slack_app.py", "bot/slack_handler.py", "app.py"])
        other = 'os.environ["SLACK_SIGNING_SECRET"]' if S.kind == "slack-bot-token" else 'os.environ["SLACK_BOT_TOKEN"]'
        tok = S.lit("py") if S.kind == "slack-bot-token" else other
        sig = S.lit("py") if S.kind == "slack-signing-secret" else other
        L = ["import os", "from slack_bolt import App", "", "app = App(", "    token=%s," % tok, "    signing_secret=%s," % sig, ")", "",
             "", "@app.message(\"hello\")", "def hello(message, say):", "    say(f\"Hey <@{message['user']}>!\")", "",
             "", "if __name__ == \"__main__\":", "    app.start(port=int(os.environ.get(\"PORT\", %d)))" % pick(r, [3000, 8080])]
        return path, L, "python"
    path = pick(r, ["app.js", "src/slack.js", "bot/index.js"])
    other = "process.env.SLACK_SIGNING_SECRET" if S.kind == "slack-bot-token" else "process.env.SLACK_BOT_TOKEN"
    tok = S.lit("js") if S.kind == "slack-bot-token" else other
    sig = S.lit("js") if S.kind == "slack-signing-secret" else other
    L = ["const { App } = require('@slack/bolt');", "", "const app = new App({", "  token: %s," % tok,
         "  signingSecret: %s," % sig, "});", "", "app.message('hello', async ({ message, say }) => {",
         "  await say(`Hey there <@${message.user}>!`);", "});", "", "(async () => {",
         "  await app.start(process.env.PORT || %d);" % pick(r, [3000, 8080]), "  console.log('bolt app running');", "})();"]
    return path, L, "javascript"


@tpl(ONLY("telegram-bot-token"))
def t_telegram_py(r, S):
    path = pick(r, ["bot.py", "telegram_bot/main.py", "src/telegram.py"])
    L = ["import logging", "from telegram import Update",
         "from telegram.ext import Application, CommandHandler, ContextTypes", "",
         "logging.basicConfig(level=logging.INFO)", ""]
    if S.obvious:
        L += ["%s = %s" % (S.name("scream"), S.lit("py")), ""]
        arg = S.name("scream")
    else:
        arg = S.lit("py")
    L += ["", "async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:",
          "    await update.message.reply_text(\"Hi! I'm the %s. How can I help?\")" % S.bot.replace("-", " "), "", "",
          "def main() -> None:", "    app = Application.builder().token(%s).build()" % arg,
          "    app.add_handler(CommandHandler(\"start\", start))", "    app.run_polling()", "", "",
          "if __name__ == \"__main__\":", "    main()"]
    return path, L, "python"


LLM = ("openai-api-key", "anthropic-api-key", "gemini-api-key", "azure-openai-key")


@tpl(ONLY(*LLM))
def t_llm_py(r, S):
    path = pick(r, ["bot/llm.py", "app/services/answer.py", "actions/llm_fallback.py", "rag/generate.py"])
    k = S.kind
    L = ["\"\"\"LLM fallback used when the NLU confidence is below threshold.\"\"\"", ""]
    if k == "openai-api-key":
        L += ["from openai import OpenAI", ""]
        ctor = "OpenAI(api_key=%s)"
        model = pick(r, ["gpt-4o-mini", "gpt-4o", "gpt-4.1-mini"])
        call = ["    resp = client.chat.completions.create(model=MODEL, messages=msgs, temperature=0.2)",
                "    return resp.choices[0].message.content"]
    elif k == "anthropic-api-key":
        L += ["import anthropic", ""]
        ctor = "anthropic.Anthropic(api_key=%s)"
        model = pick(r, ["claude-3-5-haiku-latest", "claude-3-5-sonnet-latest"])
        call = ["    resp = client.messages.create(model=MODEL, max_tokens=512, messages=msgs)",
                "    return resp.content[0].text"]
    elif k == "gemini-api-key":
        L += ["import google.generativeai as genai", ""]
        ctor = "genai.configure(api_key=%s)"
        model = "gemini-1.5-flash"
        call = ["    resp = genai.GenerativeModel(MODEL).generate_content(msgs[-1][\"content\"])", "    return resp.text"]
    else:
        L += ["from openai import AzureOpenAI", ""]
        ctor = "AzureOpenAI(api_key=%%s, api_version=\"2024-06-01\", azure_endpoint=\"https://%s-aoai.openai.azure.com\")" % S.org
        model = "gpt-4o"
        call = ["    resp = client.chat.completions.create(model=MODEL, messages=msgs)", "    return resp.choices[0].message.content"]
    L += ["MODEL = \"%s\"" % model, "SYSTEM = \"You are the %s for %s. Answer briefly.\"" % (S.bot.replace("-", " "), S.org.title())]
    if S.obvious:
        L += ["%s = %s" % (S.name("scream"), S.lit("py")), "", "client = " + ctor % S.name("scream")]
    else:
        L += ["", "client = " + ctor % S.lit("py")]
    L += ["", "", "def answer(question: str, history: list) -> str:",
          "    msgs = history[-6:] + [{\"role\": \"user\", \"content\": question}]"] + call
    return path, L, "python"


@tpl(ONLY(*LLM))
def t_llm_yaml(r, S):
    path = pick(r, ["config/llm.yaml", "config/models.yml", "llm-config.yaml"])
    prov = {"openai-api-key": "openai", "anthropic-api-key": "anthropic", "gemini-api-key": "google",
            "azure-openai-key": "azure"}[S.kind]
    L = ["# model routing for the assistant", "default_provider: %s" % prov, "providers:", "  %s:" % prov,
         "    model: %s" % pick(r, ["gpt-4o-mini", "claude-3-5-haiku-latest", "gemini-1.5-flash", "gpt-4o"]),
         "    %s: %s" % (S.name("snake") if S.obvious else "value", S.lit("yaml")),
         "    temperature: 0.%d" % r.randrange(0, 8), "    max_tokens: %d" % pick(r, [256, 512, 1024]),
         "retrieval:", "  index: %s-kb" % S.bot, "  top_k: %d" % r.randrange(3, 9), "guardrails:",
         "  blocked_topics: [medical, legal]", "  handoff_on_low_confidence: true"]
    return path, L, "yaml"


@tpl()
def t_web_config(r, S):
    path = pick(r, ["Web.config", "src/BotV3/Web.config", "legacy/Web.config"])
    L = ["<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<configuration>", "  <appSettings>",
         "    <!-- update these with your bot registration -->",
         "    <add key=\"BotId\" value=\"%s\" />" % S.bot]
    if S.id:
        L.append("    <add key=\"%s\" value=\"%s\" />" % (S.idname("pascal"), S.idv))
    L.append("    <add key=\"%s\" value=%s />" % ("MicrosoftAppPassword" if S.kind == "botframework-app-password" and S.obvious
                                                else S.name("pascal"), S.lit("xml")))
    L += ["  </appSettings>", "  <system.web>", "    <customErrors mode=\"Off\" />",
          "    <compilation debug=\"false\" targetFramework=\"4.7.2\" />", "    <httpRuntime targetFramework=\"4.7.2\" />",
          "  </system.web>", "</configuration>"]
    return path, L, "xml-config"


@tpl()
def t_go(r, S):
    path = pick(r, ["internal/channel/client.go", "cmd/bot/main.go", "pkg/notify/notify.go"])
    pkg = path.split("/")[-2] if "cmd" not in path else "main"
    L = ["package %s" % pkg, "", "import (", "\t\"net/http\"", "\t\"time\"", ")", ""]
    if S.obvious:
        L += ["const (", "\tbaseURL = \"%s\"" % api_url(S).split("?")[0]]
        if S.id:
            L.append("\t%s = \"%s\"" % (S.idname("camel"), S.idv))
        if S.mode in ("env", "vault"):
            L += [")", "", "var %s = %s" % (S.name("camel"), S.lit("go"))]
        else:
            L += ["\t%s = %s" % (S.name("camel"), S.lit("go")), ")"]
        arg = S.name("camel")
    else:
        L += ["const baseURL = \"%s\"" % api_url(S).split("?")[0]]
        arg = S.lit("go")
    L += ["", "// Client talks to the %s API." % S.k["provider"], "type Client struct {", "\thttp  *http.Client", "\ttoken string", "}", "",
          "func NewDefault() *Client {", "\treturn &Client{http: &http.Client{Timeout: %d * time.Second}, token: %s}" % (pick(r, [5, 10]), arg), "}"]
    return path, L, "go"


@tpl()
def t_ruby(r, S):
    path = pick(r, ["config/initializers/%s.rb" % S.k["provider"].split("-")[0], "lib/chat/%s_client.rb" % S.k["provider"].split("-")[0]])
    L = ["# frozen_string_literal: true", ""]
    mod = "".join(x.capitalize() for x in S.k["provider"].split("-"))
    L += ["%sConfig = {" % mod]
    if S.id:
        L.append("  %s: '%s'," % (S.idname("snake"), S.idv))
    L += ["  %s: %s," % (S.name("snake"), S.lit("rb")), "  base_url: '%s'," % api_url(S).split("?")[0],
          "  open_timeout: %d" % pick(r, [2, 5]), "}.freeze", "", "Rails.logger.info(\"[%s] channel configured\")" % mod]
    return path, L, "ruby"


@tpl()
def t_toml(r, S):
    path = pick(r, ["config.toml", "bot.toml", "config/production.toml"])
    L = ["[server]", "host = \"0.0.0.0\"", "port = %d" % pick(r, [8080, 3978]), "", "[bot]", "name = \"%s\"" % S.bot,
         "locale = \"%s\"" % pick(r, ["en-US", "en-GB"]), "", "[%s]" % S.k["provider"].replace("-", "_")]
    if S.id:
        L.append("%s = \"%s\"" % (S.idname("snake"), S.idv))
    L.append("%s = %s" % (S.name("snake"), S.lit("toml")))
    L += ["timeout_secs = %d" % pick(r, [5, 10, 30]), "", "[logging]", "level = \"info\""]
    return path, L, "toml"


@tpl()
def t_gitlab_ci(r, S):
    path = ".gitlab-ci.yml"
    L = ["stages:", "  - test", "  - deploy", "", "variables:", "  DOCKER_DRIVER: overlay2",
         "  BOT_NAME: \"%s\"" % S.bot]
    if S.id:
        L.append("  %s: \"%s\"" % (S.idname("scream"), S.idv))
    if S.mode == "env":
        L.append("  # %s comes from CI/CD settings (masked, protected)" % S.name("scream"))
    else:
        L.append("  %s: %s" % (S.name("scream"), S.lit("yaml")))
    L += ["", "test:", "  stage: test", "  image: python:3.11", "  script:", "    - pip install -r requirements.txt",
          "    - pytest -q", "", "deploy:", "  stage: deploy", "  only: [main]", "  script:",
          "    - ./scripts/deploy.sh %s" % pick(r, ["prod", "staging"])]
    return path, L, "gitlab-ci"


@tpl(HTTPABLE)
def t_html_widget(r, S):
    path = pick(r, ["public/index.html", "web/chat.html", "static/support.html", "site/contact.html"])
    h = header_of(S)
    L = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">", "  <title>%s support</title>" % S.org.title(),
         "  <link rel=\"stylesheet\" href=\"/css/chat.css\">", "</head>", "<body>", "  <div id=\"chat\"></div>", "  <script>"]
    if h:
        L += ["    const %s = %s;" % (S.name("camel") if S.obvious else "cfg", S.lit("js")),
              "    async function send(text) {", "      const res = await fetch('%s', {" % api_url(S).split("?")[0],
              "        method: 'POST',", "        headers: { '%s': %s%s, 'Content-Type': 'application/json' }," %
              (h[0], "'Bearer ' + " if h[1].startswith("Bearer ") else "", S.name("camel") if S.obvious else "cfg"),
              "        body: JSON.stringify({ text }),", "      });", "      return res.json();", "    }"]
    else:
        L += ["    const endpoint = '%s';" % (embed_url(S) or api_url(S)), "    async function send(text) {",
              "      return (await fetch(endpoint, { method: 'POST', body: JSON.stringify({ text }) })).json();", "    }"]
    L += ["  </script>", "  <script src=\"/js/chat-ui.js\" defer></script>", "</body>", "</html>"]
    return path, L, "html"


@tpl(ONLY("whatsapp-cloud-token", "messenger-page-token"))
def t_meta_flask(r, S):
    path = pick(r, ["webhook/app.py", "whatsapp/server.py", "messenger/webhook.py", "app.py"])
    pid = digits(r, 15)
    L = ["import os", "import requests", "from flask import Flask, request", "", "app = Flask(__name__)",
         "VERIFY_TOKEN = os.environ.get(\"VERIFY_TOKEN\", \"\")", "PHONE_NUMBER_ID = \"%s\"" % pid]
    if S.obvious:
        L.append("%s = %s" % (S.name("scream"), S.lit("py")))
        auth = "f\"Bearer {%s}\"" % S.name("scream")
    else:
        auth = "\"Bearer %s\"" % S.inline()
    L += ["GRAPH = \"https://graph.facebook.com/v19.0\"", "", "",
          "@app.get(\"/webhook\")", "def verify():",
          "    if request.args.get(\"hub.verify_token\") == VERIFY_TOKEN:",
          "        return request.args.get(\"hub.challenge\", \"\")", "    return \"forbidden\", 403", "", "",
          "@app.post(\"/webhook\")", "def inbound():", "    data = request.get_json(force=True)",
          "    for entry in data.get(\"entry\", []):", "        for change in entry.get(\"changes\", []):",
          "            for msg in change[\"value\"].get(\"messages\", []):", "                reply(msg[\"from\"], \"Thanks, an agent will reply shortly.\")",
          "    return \"ok\"", "", "", "def reply(to, text):",
          "    requests.post(f\"{GRAPH}/{PHONE_NUMBER_ID}/messages\",",
          "                  headers={\"Authorization\": %s}," % auth,
          "                  json={\"messaging_product\": \"whatsapp\", \"to\": to, \"type\": \"text\", \"text\": {\"body\": text}},",
          "                  timeout=10)"]
    return path, L, "python"


@tpl()
def t_serverless(r, S):
    path = pick(r, ["serverless.yml", "functions/serverless.yml"])
    L = ["service: %s" % S.bot, "frameworkVersion: '3'", "", "provider:", "  name: aws", "  runtime: %s" % pick(r, ["nodejs20.x", "python3.11"]),
         "  region: %s" % pick(r, REGIONS), "  environment:", "    STAGE: ${sls:stage}"]
    if S.id:
        L.append("    %s: %s" % (S.idname("scream"), S.idv))
    if S.mode == "env":
        L.append("    %s: ${ssm:/%s/%s}" % (S.name("scream"), S.bot, S.env.lower()))
    else:
        L.append("    %s: %s" % (S.name("scream"), S.lit("yaml")))
    L += ["", "functions:", "  webhook:", "    handler: handler.webhook", "    events:", "      - httpApi:",
          "          path: /webhook", "          method: post"]
    return path, L, "serverless-yaml"


@tpl()
def t_launch_json(r, S):
    path = ".vscode/launch.json"
    env = {"NODE_ENV": "development", "PORT": str(pick(r, [3978, 3000]))}
    if S.id:
        env[S.idname("scream")] = S.idv
    env[S.name("scream")] = "@@SLOT@@"
    d = {"version": "0.2.0", "configurations": [{"type": "node", "request": "launch", "name": "Launch bot",
                                                 "program": "${workspaceFolder}/index.js", "env": env,
                                                 "skipFiles": ["<node_internals>/**"]}]}
    txt = json.dumps(d, indent=4).replace('"@@SLOT@@"', S.lit("json"))
    return path, txt.split("\n"), "json-vscode"


@tpl(ONLY("botframework-app-password"))
def t_bf_cs_creds(r, S):
    path = pick(r, ["Bots/AdapterWithErrorHandler.cs", "src/Bot/CredentialProvider.cs", "Infrastructure/BotCredentials.cs"])
    L = ["using Microsoft.Bot.Connector.Authentication;", "", "namespace %s.Bot" % S.org.title(), "{",
         "    public class StaticCredentialProvider : SimpleCredentialProvider", "    {",
         "        public StaticCredentialProvider()"]
    if S.obvious:
        L += ["        {", "            AppId = \"%s\";" % S.idv, "            Password = %s;" % S.lit("cs"), "        }"]
    else:
        L[-1] += " : base(\"%s\", %s)" % (S.idv, S.lit("cs"))
        L += ["        {", "        }"]
    L += ["    }", "}"]
    return path, L, "csharp"


@tpl(ONLY("koreai-client-secret"))
def t_kore_jwt(r, S):
    path = pick(r, ["kore/jwt_grant.py", "scripts/kore_token.py", "bot/kore_auth.py"])
    L = ["import time", "import jwt", "", "CLIENT_ID = \"%s\"" % S.idv]
    if S.obvious:
        L += ["%s = %s" % (S.name("scream"), S.lit("py"))]
        key = S.name("scream")
    else:
        key = S.lit("py")
    L += ["", "", "def make_assertion(user_id: str) -> str:",
          "    claims = {\"iat\": int(time.time()), \"exp\": int(time.time()) + 3600, \"aud\": \"https://idproxy.kore.com/authorize\",",
          "              \"iss\": CLIENT_ID, \"sub\": user_id, \"isAnonymous\": False}",
          "    return jwt.encode(claims, %s, algorithm=\"HS256\")" % key]
    return path, L, "python"


@tpl(ONLY("crisp-token-key"))
def t_crisp_node(r, S):
    path = pick(r, ["src/crisp.js", "integrations/crisp/index.js"])
    L = ["const Crisp = require('crisp-api');", "const CrispClient = new Crisp();", ""]
    if S.obvious:
        L += ["const CRISP_IDENTIFIER = '%s';" % S.idv, "const %s = %s;" % (S.name("scream"), S.lit("js")),
              "CrispClient.authenticateTier('plugin', CRISP_IDENTIFIER, %s);" % S.name("scream")]
    else:
        L += ["CrispClient.authenticateTier('plugin', '%s', %s);" % (S.idv, S.lit("js"))]
    L += ["", "const WEBSITE_ID = '%s'; // public, also in the chatbox snippet" % guid(r), "",
          "async function note(sessionId, text) {",
          "  return CrispClient.website.sendMessageInConversation(WEBSITE_ID, sessionId, {",
          "    type: 'note', from: 'operator', origin: 'chat', content: text,", "  });", "}", "", "module.exports = { note };"]
    return path, L, "javascript"


@tpl(ONLY("vonage-api-secret"))
def t_vonage_node(r, S):
    path = pick(r, ["src/voice.js", "ivr/vonage.js", "lib/sms.js"])
    L = ["const { Vonage } = require('@vonage/server-sdk');", ""]
    if S.obvious:
        L += ["const vonage = new Vonage({", "  apiKey: '%s'," % S.idv, "  apiSecret: %s," % S.lit("js"), "});"]
    else:
        L += ["const opts = ['%s', %s];" % (S.idv, S.lit("js")), "const vonage = new Vonage({ apiKey: opts[0], apiSecret: opts[1] });"]
    L += ["", "async function notify(to, text) {",
          "  return vonage.sms.send({ to, from: '%s', text });" % pick(r, ["AcmeSupport", phone(r)[1:]]), "}", "",
          "module.exports = { notify };"]
    return path, L, "javascript"


# ---------------------------------------------------------------------------
# negative-only domain look-alikes: (path, lines, filetype, provider, kind)
# ---------------------------------------------------------------------------
def _ctx(r):
    return pick(r, BOTS), pick(r, ORGS)


@ntpl
def n_intercom_snippet(r):
    bot, org = _ctx(r)
    app_id = rs(r, 8, LO + DG)
    uh = hashlib.sha256(("%s:%d" % (org, r.randrange(10 ** 6))).encode()).hexdigest()
    L = ["<!-- Intercom messenger (app_id is public, see Intercom install docs) -->", "<script>",
         "  window.intercomSettings = {", "    api_base: \"https://api-iam.intercom.io\",", "    app_id: \"%s\"," % app_id,
         "    user_id: \"%s\"," % digits(r, 7), "    email: \"%s@%s.com\"," % (pick(r, WORDS), org),
         "    user_hash: \"%s\" // HMAC-SHA256 of user_id, computed server-side" % uh, "  };", "</script>",
         "<script>", "  (function(){var w=window;var ic=w.Intercom;if(typeof ic===\"function\"){ic('update',w.intercomSettings);}",
         "  else{var d=document;var i=function(){i.c(arguments);};i.q=[];i.c=function(args){i.q.push(args);};w.Intercom=i;",
         "  var l=function(){var s=d.createElement('script');s.type='text/javascript';s.async=true;",
         "  s.src='https://widget.intercom.io/widget/%s';var x=d.getElementsByTagName('script')[0];x.parentNode.insertBefore(s,x);};" % app_id,
         "  if(document.readyState==='complete'){l();}else{w.addEventListener('load',l,false);}}})();", "</script>"]
    return pick(r, ["templates/partials/intercom.html", "src/components/intercom.html", "public/snippets/intercom.html"]), L, "html", "intercom", "public-app-id+digest"


@ntpl
def n_crisp_snippet(r):
    wid = guid(r)
    L = ["// Crisp chatbox loader. CRISP_WEBSITE_ID is the public website identifier.",
         "export function loadCrisp() {", "  window.$crisp = [];", "  window.CRISP_WEBSITE_ID = '%s';" % wid,
         "  const s = document.createElement('script');", "  s.src = 'https://client.crisp.chat/l.js';", "  s.async = 1;",
         "  document.getElementsByTagName('head')[0].appendChild(s);",
         "  window.$crisp.push(['set', 'session:segments', [['%s']]]);" % pick(r, ["pricing", "support", "trial"]), "}"]
    return pick(r, ["src/lib/crisp.ts", "src/plugins/crisp.js", "assets/js/crisp.js"]), L, "javascript", "crisp", "public-website-id"


@ntpl
def n_tawk_snippet(r):
    prop, wid = hexs(r, 24), rs(r, 9, LO + DG)
    L = ["<!--Start of Tawk.to Script-->", "<script type=\"text/javascript\">",
         "var Tawk_API=Tawk_API||{}, Tawk_LoadStart=new Date();", "(function(){",
         "var s1=document.createElement(\"script\"),s0=document.getElementsByTagName(\"script\")[0];",
         "s1.async=true;", "s1.src='https://embed.tawk.to/%s/%s';" % (prop, wid), "s1.charset='UTF-8';",
         "s1.setAttribute('crossorigin','*');", "s0.parentNode.insertBefore(s1,s0);", "})();", "</script>",
         "<!--End of Tawk.to Script-->"]
    return pick(r, ["layouts/partials/tawk.html", "public/tawk.html", "templates/footer_chat.html"]), L, "html", "tawk-to", "public-property-id"


@ntpl
def n_drift_zendesk(r):
    if r.random() < 0.5:
        L = ["<!-- Start of Drift Widget Code -->", "<script>", "\"use strict\";", "!function() {",
             "  var t = window.driftt = window.drift = window.driftt || [];", "  if (!t.init) {",
             "    t.invoked = !0, t.methods = [ \"identify\", \"config\", \"track\", \"reset\", \"debug\", \"show\", \"ping\", \"page\", \"hide\", \"off\", \"on\" ];",
             "    t.SNIPPET_VERSION = \"0.3.1\";", "  }", "}();", "drift.SNIPPET_VERSION = '0.3.1';",
             "drift.load('%s');" % rs(r, 12, LO + DG), "</script>", "<!-- End of Drift Widget Code -->"]
        return "public/drift.html", L, "html", "drift", "public-embed-id"
    key = guid(r)
    L = ["<!-- Start of Zendesk Widget script -->",
         "<script id=\"ze-snippet\" src=\"https://static.zdassets.com/ekr/snippet.js?key=%s\"> </script>" % key,
         "<script type=\"text/javascript\">", "  zE('messenger', 'setLocale', '%s');" % pick(r, ["en-US", "de", "fr"]),
         "  zE('messenger:set', 'conversationFields', [{ id: '%s', value: 'web' }]);" % digits(r, 14), "</script>",
         "<!-- End of Zendesk Widget script -->"]
    return pick(r, ["templates/zendesk_widget.html", "public/zendesk.html"]), L, "html", "zendesk-sunshine-conversations", "public-widget-key"


@ntpl
def n_teams_manifest(r):
    bot, org = _ctx(r)
    app = guid(r)
    d = {"$schema": "https://developer.microsoft.com/en-us/json-schemas/teams/v1.16/MicrosoftTeams.schema.json",
         "manifestVersion": "1.16", "version": "1.%d.0" % r.randrange(10), "id": app,
         "developer": {"name": org.title(), "websiteUrl": "https://www.%s.com" % org,
                       "privacyUrl": "https://www.%s.com/privacy" % org, "termsOfUseUrl": "https://www.%s.com/terms" % org},
         "name": {"short": bot.replace("-", " ").title(), "full": "%s %s" % (org.title(), bot.replace("-", " "))},
         "description": {"short": "Ask HR and IT questions", "full": "Answers common questions and opens tickets."},
         "icons": {"outline": "outline.png", "color": "color.png"}, "accentColor": "#%s" % hexs(r, 6).upper(),
         "bots": [{"botId": app, "scopes": ["personal", "team"], "supportsFiles": False, "isNotificationOnly": False}],
         "permissions": ["identity", "messageTeamMembers"], "validDomains": ["%s.azurewebsites.net" % bot],
         "webApplicationInfo": {"id": app, "resource": "api://botid-%s" % app}}
    return pick(r, ["appPackage/manifest.json", "teams/manifest.json", "manifest/manifest.json"]), json.dumps(d, indent=2).split("\n"), "json-teams-manifest", "microsoft-bot-framework", "app-id-guid"


@ntpl
def n_rasa_domain(r):
    L = ["version: \"3.1\"", "", "intents:", "  - greet", "  - reset_password", "  - request_api_key", "  - goodbye", "",
         "slots:", "  account_email:", "    type: text", "    mappings:", "      - type: from_text", "",
         "responses:", "  utter_greet:", "    - text: \"Hi! I can help with your account.\"",
         "  utter_reset_password:", "    - text: \"I've sent a password reset link to {account_email}. It expires in 30 minutes.\"",
         "  utter_api_key_help:", "    - text: \"You can create an API key under Settings > Developer > API keys. Never paste it in chat.\"",
         "  utter_ask_token:", "    - text: \"Please don't share your password or access token with me.\"",
         "  utter_goodbye:", "    - text: \"Bye!\"", "", "session_config:", "  session_expiration_time: 60",
         "  carry_over_slots_to_new_session: true"]
    return pick(r, ["domain.yml", "bot/domain.yml", "data/domain.yml"]), L, "rasa-yaml", "rasa", "i18n-strings"


@ntpl
def n_dialogflow_intent(r):
    d = {"id": guid(r), "name": "account.password.reset", "auto": True, "contexts": [],
         "responses": [{"resetContexts": False, "action": "password.reset", "affectedContexts": [],
                        "parameters": [{"id": guid(r), "name": "email", "required": True, "dataType": "@sys.email",
                                        "value": "$email", "isList": False}],
                        "messages": [{"type": "0", "platform": "telegram", "lang": "en",
                                      "speech": ["Enter your email and we'll send a reset link. Never share your token."]}]}],
         "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": []}
    return pick(r, ["agent/intents/account.password.reset.json", "dialogflow/intents/reset.json"]), json.dumps(d, indent=2).split("\n"), "json-dialogflow-export", "google-dialogflow", "ids"


@ntpl
def n_whatsapp_payload(r):
    waid = digits(r, 12)
    wamid = "wamid." + base64.b64encode(("HBgM%s%s" % (waid, hexs(r, 20).upper())).encode()).decode().rstrip("=")
    d = {"object": "whatsapp_business_account", "entry": [{"id": digits(r, 15), "changes": [{"value": {
        "messaging_product": "whatsapp", "metadata": {"display_phone_number": digits(r, 11), "phone_number_id": digits(r, 15)},
        "contacts": [{"profile": {"name": pick(r, ["Ana", "Ben", "Chen", "Dara"])}, "wa_id": waid}],
        "messages": [{"from": waid, "id": wamid, "timestamp": str(1700000000 + r.randrange(10 ** 7)),
                      "text": {"body": "Where is my order?"}, "type": "text"}]}, "field": "messages"}]}]}
    return pick(r, ["tests/fixtures/whatsapp_inbound.json", "test/fixtures/wa-message.json", "samples/webhook_text.json"]), json.dumps(d, indent=2).split("\n"), "json-fixture", "meta-whatsapp-cloud", "ids-fixture"


@ntpl
def n_architect_flow(r):
    bot, org = _ctx(r)
    L = ["inboundCall:", "  name: %s Main IVR" % org.title(), "  description: Main inbound flow, exported from Architect",
         "  division: Home", "  startUpRef: \"/inboundCall/menus/menu[Main Menu_10]\"", "  defaultLanguage: en-us",
         "  supportedLanguages:", "    en-us:", "      defaultLanguageSkill:", "        noValue: true",
         "  initialGreeting:", "    tts: Thank you for calling %s." % org.title(), "  settingsErrorHandling:",
         "    errorHandling:", "      disconnect:", "        none: true", "  menus:", "    - menu:",
         "        name: Main Menu", "        refId: Main Menu_10", "        audio:",
         "          tts: For billing press 1. For support press 2.", "        choices:", "          - menuTransferToAcd:",
         "              name: Billing", "              dtmf: digit_1", "              queue:",
         "                lit:", "                  name: Billing", "          - menuTransferToAcd:",
         "              name: Support", "              dtmf: digit_2", "              queue:", "                lit:",
         "                  name: Tier1_Support", "  # queue ids: %s, %s" % (guid(r), guid(r))]
    return pick(r, ["architect/flows/Main_IVR.yaml", "genesys/flows/inbound_main.yaml", "flows/Main IVR.i3InboundFlow.yaml"]), L, "genesys-architect-yaml", "genesys-cloud", "flow-export"


@ntpl
def n_connect_flow(r):
    acct, inst = digits(r, 12), guid(r)
    arn = "arn:aws:connect:%s:%s:instance/%s" % (pick(r, REGIONS), acct, inst)
    d = {"Version": "2019-10-30", "StartAction": guid(r), "Metadata": {"entryPointPosition": {"x": 40, "y": 40}},
         "Actions": [{"Identifier": guid(r), "Type": "ConnectParticipantWithLexBot", "Parameters": {
             "Text": "How can I help you today?", "LexV2Bot": {"AliasArn": "arn:aws:lex:%s:%s:bot-alias/%s/%s" %
                                                              (pick(r, REGIONS), acct, rs(r, 10, UP + DG), rs(r, 10, UP + DG))}},
                      "Transitions": {"NextAction": guid(r), "Errors": [], "Conditions": []}},
                     {"Identifier": guid(r), "Type": "UpdateContactTargetQueue",
                      "Parameters": {"QueueId": "%s/queue/%s" % (arn, guid(r))}, "Transitions": {}}]}
    return pick(r, ["connect/flows/inbound.json", "contact-flows/main.json"]), json.dumps(d, indent=2).split("\n"), "json-contact-flow", "amazon-lex-connect", "arns"


@ntpl
def n_studio_flow(r):
    d = {"description": "IVR + SMS bot", "states": [
        {"name": "Trigger", "type": "trigger", "transitions": [{"next": "greet", "event": "incomingMessage"},
                                                               {"next": "say_menu", "event": "incomingCall"}], "properties": {}},
        {"name": "greet", "type": "send-and-wait-for-reply", "properties": {"from": "{{flow.channel.address}}",
                                                                             "body": "Hi! Reply 1 for order status.", "timeout": "3600"}},
        {"name": "say_menu", "type": "say-play", "properties": {"say": "Please hold", "voice": "Polly.Joanna"}},
        {"name": "to_flex", "type": "send-to-flex", "properties": {"workflow": "WW%s" % hexs(r, 32),
                                                                    "channel": "TC%s" % hexs(r, 32)}}],
         "initial_state": "Trigger", "flags": {"allow_concurrent_calls": True}}
    return pick(r, ["studio/flows/main.json", "twilio/studio-flow.json"]), json.dumps(d, indent=2).split("\n"), "json-studio-flow", "twilio", "sids"


@ntpl
def n_transcript_log(r):
    L = []
    conv = rs(r, 22, B64URL) + "-" + pick(r, ["us", "eu", "in"])
    t = r.randrange(8, 20)
    for i in range(r.randrange(8, 20)):
        L.append("%s %02d:%02d:%02d.%03d INFO  [%s] activity=%s|%07d type=message from=%s text_len=%d" % (
            ts_date(r), t, r.randrange(60), r.randrange(60), r.randrange(1000), "turn", conv, i,
            pick(r, ["user", "bot"]), r.randrange(4, 200)))
    L.append("... conversationId=%s correlation=%s" % (conv, guid(r)))
    return pick(r, ["logs/sample-transcript.log", "docs/examples/turns.log", "test/data/bot.log"]), L, "log", "microsoft-bot-framework", "conversation-ids"


@ntpl
def n_lockfile(r):
    L = ["{", "  \"name\": \"%s\"," % pick(r, BOTS), "  \"version\": \"1.0.0\",", "  \"lockfileVersion\": 3,", "  \"requires\": true,",
         "  \"packages\": {"]
    pkgs = ["botbuilder", "botframework-connector", "@slack/bolt", "twilio", "axios", "openai", "restify"]
    for i, p in enumerate(r.sample(pkgs, 4)):
        integ = base64.b64encode(hashlib.sha512(("%s%d" % (p, r.randrange(10 ** 6))).encode()).digest()).decode()
        L += ["    \"node_modules/%s\": {" % p, "      \"version\": \"%d.%d.%d\"," % (r.randrange(1, 6), r.randrange(20), r.randrange(10)),
              "      \"resolved\": \"https://registry.npmjs.org/%s/-/%s-1.0.0.tgz\"," % (p, p.split("/")[-1]),
              "      \"integrity\": \"sha512-%s\"" % integ, "    }%s" % ("," if i < 3 else "")]
    L += ["  }", "}"]
    return "package-lock.json", L, "json-lockfile", "npm", "integrity-hashes"


@ntpl
def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
            base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode(),
            base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode(),
            base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode())
    L = ["bot:", "    microsoftAppPassword: %s" % enc(30), "    slackBotToken: %s" % enc(56),
         "    openaiApiKey: %s" % enc(60), "sops:", "    kms: []", "    age:",
         "        - recipient: age1%s" % rs(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
         "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    blob = base64.b64encode(bytes(r.getrandbits(8) for _ in range(180))).decode()
    L += ["            " + blob[i:i + 64] for i in range(0, len(blob), 64)]
    L += ["            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"%sT10:%02d:00Z\"" % (ts_date(r), r.randrange(60)),
          "    mac: %s" % enc(32), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return pick(r, ["secrets/prod.enc.yaml", "deploy/secrets.sops.yaml", "helm/secrets.prod.yaml"]), L, "sops-yaml", "multi", "ciphertext"


@ntpl
def n_tf_keyvault(r):
    bot, org = _ctx(r)
    L = ["data \"azurerm_key_vault\" \"bots\" {", "  name                = \"kv-%s-prod\"" % bot, "  resource_group_name = \"rg-%s\"" % bot, "}", "",
         "data \"azurerm_key_vault_secret\" \"app_password\" {", "  name         = \"MicrosoftAppPassword\"",
         "  key_vault_id = data.azurerm_key_vault.bots.id", "}", "", "resource \"azurerm_bot_service_azure_bot\" \"this\" {",
         "  name                = \"%s\"" % bot, "  resource_group_name = \"rg-%s\"" % bot, "  location            = \"global\"",
         "  microsoft_app_id    = \"%s\"" % guid(r), "  microsoft_app_type  = \"SingleTenant\"",
         "  microsoft_app_tenant_id = \"%s\"" % guid(r), "  sku                 = \"S1\"",
         "  endpoint            = \"https://%s.azurewebsites.net/api/messages\"" % bot, "}", "",
         "resource \"azurerm_linux_web_app\" \"bot\" {", "  # ...", "  app_settings = {",
         "    MicrosoftAppPassword = \"@Microsoft.KeyVault(SecretUri=${data.azurerm_key_vault_secret.app_password.versionless_id})\"",
         "  }", "}"]
    return pick(r, ["infra/bot.tf", "terraform/azure_bot.tf"]), L, "terraform", "microsoft-bot-framework", "keyvault-reference"


@ntpl
def n_helm_existing(r):
    bot, org = _ctx(r)
    L = ["# credentials are NOT stored here; they are mounted from an existing Secret", "%s:" % "bot",
         "  existingSecret: %s-credentials" % bot, "  secretKeys:", "    appPassword: MicrosoftAppPassword",
         "    slackToken: SLACK_BOT_TOKEN", "    openaiKey: OPENAI_API_KEY", "  appId: \"%s\"" % guid(r), "",
         "externalSecrets:", "  enabled: true", "  secretStoreRef:", "    name: azure-kv", "    kind: ClusterSecretStore",
         "  refreshInterval: 1h"]
    return pick(r, ["charts/%s/values.yaml" % bot, "helm/values.yaml"]), L, "helm-values", "multi", "secret-refs"


@ntpl
def n_changelog(r):
    L = ["# Changelog", "", "## %s" % ts_date(r), "",
         "- Rotated the Slack bot token (old token ending `…%s` revoked)." % rs(r, 4),
         "- Moved `MicrosoftAppPassword` to Key Vault; app settings now use a Key Vault reference.",
         "- Twilio auth token rotated; Account SID unchanged (`AC%s`)." % hexs(r, 32),
         "- OpenAI key now read from `OPENAI_API_KEY` (shown in dashboard as `sk-...%s`)." % rs(r, 4), "",
         "## %s" % ts_date(r), "", "- Added Telegram channel (bot @%s_bot)." % pick(r, BOTS).replace("-", "_"),
         "- Conversation ids are now logged instead of user ids."]
    return pick(r, ["CHANGELOG.md", "docs/CHANGELOG.md"]), L, "markdown", "multi", "masked-mentions"


@ntpl
def n_env_example(r):
    L = ["# Copy to .env and fill in. Never commit the real .env.", "MicrosoftAppType=MultiTenant", "MicrosoftAppId=",
         "MicrosoftAppPassword=", "MicrosoftAppTenantId=", "", "SLACK_BOT_TOKEN=xoxb-your-token", "SLACK_SIGNING_SECRET=",
         "TELEGRAM_BOT_TOKEN=<from @BotFather>", "TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "TWILIO_AUTH_TOKEN=your_auth_token",
         "OPENAI_API_KEY=sk-...", "WHATSAPP_TOKEN=", "WHATSAPP_PHONE_NUMBER_ID=", "PORT=3978"]
    r.shuffle(L[1:])
    return pick(r, [".env.example", ".env.sample", "env.template"]), L, "dotenv", "multi", "placeholders"


@ntpl
def n_postman_env(r):
    d = {"id": guid(r), "name": pick(r, ["Bot - prod", "CX staging", "Channels"]), "values": [
        {"key": "baseUrl", "value": "https://%s.%s.com" % _ctx(r), "type": "default", "enabled": True},
        {"key": "appId", "value": guid(r), "type": "default", "enabled": True},
        {"key": "appPassword", "value": "", "type": "secret", "enabled": True},
        {"key": "directLineSecret", "value": "", "type": "secret", "enabled": True},
        {"key": "conversationId", "value": "", "type": "default", "enabled": True}],
         "_postman_variable_scope": "environment", "_postman_exported_using": "Postman/10.%d.%d" % (r.randrange(30), r.randrange(10))}
    return pick(r, ["postman/prod.postman_environment.json", "postman/env.json"]), json.dumps(d, indent=2).split("\n"), "postman", "microsoft-bot-framework", "empty-values"


@ntpl
def n_jest(r):
    L = ["const { verifySlackSignature } = require('../src/verify');", "const crypto = require('crypto');", "",
         "// test vector: fixed fake secret, NOT a real signing secret",
         "const SECRET = 'test-signing-secret';", "const body = 'token=abc&team_id=T000&text=hello';",
         "const ts = '%d';" % (1700000000 + r.randrange(10 ** 6)), "",
         "test('accepts a valid signature', () => {",
         "  const sig = 'v0=' + crypto.createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex');",
         "  expect(verifySlackSignature(SECRET, ts, body, sig)).toBe(true);", "});", "",
         "test('rejects a tampered signature', () => {",
         "  expect(verifySlackSignature(SECRET, ts, body, 'v0=%s')).toBe(false);" % hexs(r, 64), "});"]
    return pick(r, ["test/verify.test.js", "__tests__/signature.test.js"]), L, "javascript", "slack", "test-vector"


@ntpl
def n_bicep(r):
    bot, org = _ctx(r)
    L = ["@description('App registration id of the bot')", "param msaAppId string = '%s'" % guid(r), "",
         "@secure()", "@description('Client secret; passed in from the pipeline')", "param msaAppPassword string", "",
         "param location string = 'global'", "", "resource bot 'Microsoft.BotService/botServices@2022-09-15' = {",
         "  name: '%s'" % bot, "  location: location", "  kind: 'azurebot'", "  sku: { name: 'S1' }", "  properties: {",
         "    displayName: '%s'" % bot, "    endpoint: 'https://%s-%s.azurewebsites.net/api/messages'" % (org, bot),
         "    msaAppId: msaAppId", "    msaAppType: 'MultiTenant'", "  }", "}"]
    return pick(r, ["infra/main.bicep", "deploy/bot.bicep"]), L, "bicep", "microsoft-bot-framework", "secure-param"


@ntpl
def n_locale_json(r):
    d = {"login": {"title": "Sign in", "password": "Password", "forgot": "Forgot your password?",
                   "token_expired": "Your session token has expired. Please sign in again."},
         "bot": {"handoff": "Connecting you to an agent...", "ask_api_key": "Paste your API key in the settings page, not here.",
                 "secret_warning": "Never share secrets, passwords or tokens in chat."},
         "settings": {"api_key_label": "API key", "api_key_placeholder": "sk-...", "webhook_secret": "Webhook secret"}}
    return pick(r, ["locales/en.json", "src/i18n/en-US.json", "public/locales/en/translation.json"]), json.dumps(d, indent=2).split("\n"), "json-i18n", "multi", "i18n-strings"


@ntpl
def n_queues_csv(r):
    L = ["queue_id,queue_name,phone_number,business_hours,skill"]
    for _ in range(r.randrange(5, 15)):
        L.append("%s,%s,%s,%s,%s" % (guid(r), pick(r, ["Billing", "Support_T1", "Support_T2", "Sales", "VIP", "Returns"]),
                                     phone(r), pick(r, ["24x7", "Mon-Fri 8-20", "Mon-Sat 9-17"]), pick(r, ["en", "es", "de", "fr"])))
    return pick(r, ["data/queues.csv", "routing/queue_map.csv", "config/ivr_numbers.csv"]), L, "csv", "contact-center", "ids+phones"


@ntpl
def n_lp_tag(r):
    site = digits(r, 8)
    L = ["<!-- BEGIN LivePerson Monitor. -->", "<script type=\"text/javascript\">",
         "window.lpTag=window.lpTag||{},'undefined'==typeof window.lpTag._tagCount?(window.lpTag={wl:lpTag.wl||null,scp:lpTag.scp||null,site:'%s'||'',section:lpTag.section||'',tagletSection:lpTag.tagletSection||null,autoStart:lpTag.autoStart!==!1,ovr:lpTag.ovr||{},_v:'1.10.0',_tagCount:1,protocol:'https:',events:{}}):window.lpTag._tagCount+=1;" % site,
         "</script>", "<!-- END LivePerson Monitor. -->"]
    return pick(r, ["templates/lp_tag.html", "public/liveperson.html"]), L, "html", "liveperson", "public-site-id"


@ntpl
def n_voiceflow_embed(r):
    pid = hexs(r, 24)
    L = ["<script type=\"text/javascript\">", "  (function(d, t) {",
         "    var v = d.createElement(t), s = d.getElementsByTagName(t)[0];", "    v.onload = function() {",
         "      window.voiceflow.chat.load({", "        verify: { projectID: '%s' }," % pid,
         "        url: 'https://general-runtime.voiceflow.com',", "        versionID: 'production'", "      });", "    }",
         "    v.src = \"https://cdn.voiceflow.com/widget/bundle.mjs\"; v.type = \"text/javascript\"; s.parentNode.insertBefore(v, s);",
         "  })(document, 'script');", "</script>"]
    return pick(r, ["public/assistant.html", "site/partials/voiceflow.html"]), L, "html", "voiceflow", "public-project-id"


@ntpl
def n_botpress_embed(r):
    L = ["<script src=\"https://cdn.botpress.cloud/webchat/v2.2/inject.js\"></script>",
         "<script src=\"https://files.bpcontent.cloud/%s/%02d/%02d/%02d/%s-%s.js\"></script>" % (
             ts_date(r)[:4], r.randrange(1, 13), r.randrange(1, 28), r.randrange(24), digits(r, 14), rs(r, 8, UP + DG)),
         "<script>", "  window.botpress.on('webchat:ready', () => {", "    window.botpress.open();", "  });",
         "  // clientId identifies the public webchat integration", "  window.botpress.init({",
         "    botId: '%s'," % guid(r), "    clientId: '%s'," % guid(r), "    configuration: { botName: '%s', color: '#%s' }" % (
             pick(r, BOTS), hexs(r, 6)), "  });", "</script>"]
    return pick(r, ["public/webchat.html", "src/embed/botpress.html"]), L, "html", "botpress", "public-client-id"


@ntpl
def n_gh_secrets_refs(r):
    L = ["name: Deploy bot", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest",
         "    environment: production", "    steps:", "      - uses: actions/checkout@v4", "      - uses: azure/login@v2",
         "        with:", "          client-id: ${{ vars.AZURE_CLIENT_ID }}", "          tenant-id: ${{ vars.AZURE_TENANT_ID }}",
         "          subscription-id: ${{ vars.AZURE_SUBSCRIPTION_ID }}", "      - name: Set app settings", "        run: |",
         "          az webapp config appsettings set -g rg-bot -n %s --settings \\" % pick(r, BOTS),
         "            MicrosoftAppPassword=\"${{ secrets.MICROSOFT_APP_PASSWORD }}\" \\",
         "            TWILIO_AUTH_TOKEN=\"${{ secrets.TWILIO_AUTH_TOKEN }}\" \\", "            OPENAI_API_KEY=\"${{ secrets.OPENAI_API_KEY }}\""]
    return ".github/workflows/%s" % pick(r, ["deploy.yml", "cd.yml"]), L, "github-actions", "multi", "secret-refs"


@ntpl
def n_checksums(r):
    files = ["models/nlu-%s.tar.gz" % ts_date(r).replace("-", ""), "models/core-latest.tar.gz", "exports/dialogflow-agent.zip",
             "prompts/ivr-greeting-en.wav", "prompts/ivr-greeting-es.wav", "exports/architect-flows.zip"]
    L = ["# sha256 of release artifacts, verified by scripts/fetch_models.sh"]
    for f in r.sample(files, r.randrange(4, 7)):
        L.append("%s  %s" % (sha256hex(f + str(r.random())), f))
    return pick(r, ["SHA256SUMS", "models/SHA256SUMS", "release/checksums.txt"]), L, "checksums", "rasa", "digest"


@ntpl
def n_docs_setup(r):
    L = ["# Connecting the bot to Telegram", "", "1. Talk to @BotFather and run `/newbot`.",
         "2. BotFather replies with a token that looks like `123456789:ABC-DEF1234ghIkl-zyx57W2v1u123ew11`.",
         "   Put it in your secret store, not in this repository.",
         "3. Set the webhook:", "", "```bash", "curl \"https://api.telegram.org/bot${TELEGRAM_BOT_TOKEN}/setWebhook?url=https://bot.example.com/telegram\"",
         "```", "", "4. In `credentials.yml` reference it as `${TELEGRAM_BOT_TOKEN}`."]
    return pick(r, ["docs/telegram.md", "docs/channels/telegram.md"]), L, "markdown", "telegram", "doc-example"


@ntpl
def n_aws_docs_example(r):
    L = ["# Local testing against Lex", "", "Configure a throwaway profile, e.g. with the values from the AWS docs:", "", "```ini",
         "[lex-local]", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
         "region = %s" % pick(r, REGIONS), "```", "", "Real credentials come from SSO (`aws sso login --profile cx-dev`)."]
    return pick(r, ["docs/local-lex.md", "README.lex.md"]), L, "markdown", "amazon-lex-connect", "doc-example"


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
N_POS = 500
N_NEG = 500

KIND_WEIGHT = {"dialogflow-service-account": 0.7}


def _least_used(r, names, usage):
    m = min(usage.get(n, 0) for n in names)
    cands = [n for n in names if usage.get(n, 0) == m]
    return pick(r, cands)


def _kind_sequence(r, n):
    kinds = list(KINDS)
    seq = []
    while len(seq) < n:
        block = [k for k in kinds if r.random() < KIND_WEIGHT.get(k, 1.0)]
        r.shuffle(block)
        seq += block
    return seq[:n]


def _write(outdir, rel, lines):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    text = ("\n".join(lines) if isinstance(lines, list) else lines).rstrip("\n") + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return text


def generate(outdir, seed):
    r = random.Random(seed)
    tmap = {name: (fn, acc) for name, fn, acc in TEMPLATES}
    tnames = [name for name, _, _ in TEMPLATES]
    usage = {}
    manifest, secrets = [], []

    # positives ---------------------------------------------------------------
    kinds = _kind_sequence(r, N_POS)
    obvious = [i % 2 == 0 for i in range(N_POS)]
    r.shuffle(obvious)
    for i in range(N_POS):
        kind = kinds[i]
        names = [n for n in tnames if tmap[n][1](kind)]
        tn = _least_used(r, names, usage)
        usage[tn] = usage.get(tn, 0) + 1
        S = Slot(r, kind, True, obvious[i])
        rel, lines, ftype = tmap[tn][0](r, S)
        d = "pos/p%04d" % i
        text = _write(outdir, os.path.join(d, rel), lines)
        needle = S.secret
        if not needle or needle not in text:
            raise RuntimeError("needle missing: %s %s %s" % (kind, tn, rel))
        line = text[: text.index(needle)].count("\n") + 1
        f = "%s/%s" % (d, rel)
        manifest.append({"file": f, "label": "pos", "provider": S.k["provider"], "kind": kind, "filetype": ftype})
        secrets.append({"file": f, "needle": needle, "line": line})

    # negatives ---------------------------------------------------------------
    nusage = {}
    nnames = [n for n, _ in NEG_TEMPLATES]
    nmap = dict(NEG_TEMPLATES)
    order = ["reuse"] * (N_NEG // 2) + ["lookalike"] * (N_NEG - N_NEG // 2)
    r.shuffle(order)
    nkinds = _kind_sequence(r, N_NEG)
    for i in range(N_NEG):
        d = "neg/n%04d" % i
        if order[i] == "reuse":
            kind = nkinds[i]
            names = [n for n in tnames if tmap[n][1](kind)]
            tn = _least_used(r, names, nusage)
            nusage[tn] = nusage.get(tn, 0) + 1
            S = Slot(r, kind, False, r.random() < 0.5)
            rel, lines, ftype = tmap[tn][0](r, S)
            prov, nkind = S.k["provider"], "lookalike-" + S.mode
        else:
            tn = _least_used(r, nnames, nusage)
            nusage[tn] = nusage.get(tn, 0) + 1
            rel, lines, ftype, prov, nkind = nmap[tn](r)
        _write(outdir, os.path.join(d, rel), lines)
        manifest.append({"file": "%s/%s" % (d, rel), "label": "neg", "provider": prov, "kind": nkind, "filetype": ftype})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, sort_keys=True) + "\n")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: %s OUTDIR SEED\n" % argv[0])
        return 2
    outdir, seed = argv[1], int(argv[2])
    os.makedirs(outdir, exist_ok=True)
    generate(outdir, seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
