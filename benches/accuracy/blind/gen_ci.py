#!/usr/bin/env python3
"""Blind evaluation-set generator "ci": localization / translation / i18n tooling.

EMPHASIS
    Credentials of translation-management systems (TMS) and machine-translation
    APIs, sitting in the files where localisation work happens: crowdin.yml,
    lokalise.yml, .phrase.yml/.phraseapp.yml, .transifexrc and .tx/config,
    Weblate (wlc) configs and docker-compose env, .tolgeerc, localazy.json,
    poeditor/smartling CLI configs, i18next / react-intl / Tolgee setup code,
    Python/Node/Go/Ruby/PHP/Dart/Swift/Kotlin translation scripts, GitHub Actions
    and GitLab CI jobs syncing translations, Symfony translation-provider DSNs,
    Android strings.xml, iOS Localizable.strings / .xcstrings, Flutter .arb,
    gettext .po/.pot, XLIFF, TMX, Rails/Symfony YAML locale files, JSON bundles
    and Markdown runbooks.  Keys sit next to many i18n strings (many scripts:
    Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, CJK, Hangul),
    including UI strings that talk about "API key", "token", "password".
    Kinds: Crowdin personal access tokens and legacy project API keys, Lokalise
    API tokens, Phrase Strings access tokens, Transifex API tokens, POEditor API
    tokens, Smartling user secrets (with the public user identifier beside it),
    Weblate API keys (wlu_) and a Weblate admin password, Tolgee project API keys
    (tgpak_) and PATs (tgpat_), Localazy write keys, DeepL auth keys (":fx"
    suffix for Free), Google Cloud Translation API keys, Azure Translator
    subscription keys, Amazon Translate access keys (id + secret), ModernMT
    license keys, Yandex Cloud API keys and legacy Yandex.Translate keys, Naver
    Papago client secrets, Baidu Translate secret keys.

USAGE
    python3 gen_ci.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    and OUTDIR/secrets.jsonl.  Deterministic per SEED (only random.Random(SEED)).

NEEDLE CONVENTIONS
    The needle is the secret exactly as written in the file.  For id/secret pairs
    (AWS access key id + secret, Smartling userIdentifier + userSecret, Papago
    client id + secret, Baidu appid + secret key) the needle is the secret half;
    the public half may sit next to it.  DeepL needles include the ":fx" suffix
    when present.  Transifex needles include the "1/" prefix.  In Symfony DSNs
    and URLs the needle is only the token part of the URL.  "line" is the 1-based
    line of the needle's first occurrence (the needle is written once).

NEGATIVES
    About half re-use the positive templates with the secret slot filled by a
    placeholder (YOUR_API_TOKEN, <token>, xxxx..., changeme), an environment or
    CI reference (${VAR}, $VAR, %env(VAR)%, ${{ secrets.VAR }}, os.environ[...],
    process.env.X, ENV.fetch), a secret-manager reference (Vault, AWS Secrets
    Manager ARN, GCP Secret Manager path, 1Password op://, Azure Key Vault
    reference), a masked/redacted value, an empty value, or an obviously fake
    documentation-style example (all zeros, AWS's published EXAMPLE key pair).
    The other half are domain look-alikes: locale bundles (JSON, Android
    strings.xml, Localizable.strings, .xcstrings, .arb, Rails/Symfony YAML, .po,
    .pot, XLIFF 1.2/2.0, TMX, go-i18n TOML with sha1 hashes) full of long
    translated strings in many scripts (including strings mentioning keys,
    tokens and passwords as UI text), message ids and hashes (XLIFF/formatjs
    content hashes, go-i18n "sha1-..." hashes, 40-hex trans-unit ids), project
    ids (Crowdin numeric, Lokalise "hex.digits", Phrase 32-hex project ids),
    public in-context-editor configuration (Phrase ICE projectId/accountId,
    Crowdin JIPT, Crowdin OTA distribution hashes), CI workflows with secrets
    references and pinned 40-hex action SHAs, SOPS ciphertext, HMAC test
    vectors, SHA-256 checksum manifests, npm integrity hashes, translation-memory
    ids and UUIDs, ICU message syntax, base64 font/image data.

DOUBTS (formats written from memory or uncertain; labels a reviewer might dispute)
    - Crowdin personal access token: written as 80 lowercase hex chars (from
      memory).  Crowdin legacy v1 project API key: 32 lowercase hex (memory).
    - Lokalise API token: 40 lowercase hex (memory).  Lokalise project id shape
      "<hex/digits>.<8 digits>" (memory).
    - Phrase access token: 64 lowercase hex (memory); Phrase project ids 32 hex.
    - POEditor API token: 32 lowercase hex (memory).
    - Smartling userSecret: written as ~26-30 lowercase alnum chars with one or
      two capitals, a dot, then ~26 lowercase alnum chars; userIdentifier as
      30 lowercase letters (memory, unsure).  The smartling.yml key names
      (user_id / secret / project_id) are from memory of the smartling CLI.
    - Weblate API key: "wlu_" + 40 alnum for user keys (memory of recent
      Weblate; older Weblate used 40 alnum without prefix: ~20% written so).
    - Tolgee: tgpak_ prefix confirmed by Tolgee docs; body written as 47 chars
      of lowercase base32 [a-z2-7] (length taken from the docs example, not
      copied).  tgpat_ (PAT) assumed to share the body format.
    - Localazy write key: "a" + 19 digits + "-" + 64 hex (shape seen in public
      localazy.json files; docs say keys are secret).
    - ModernMT license key written as an uppercase UUID-shaped string (memory,
      unsure).  Yandex Cloud API key "AQVN" + 36 chars [A-Za-z0-9_-] (memory);
      legacy Yandex.Translate key "trnsl.1.1.<timestamp>.<16 hex>.<40 hex>"
      (memory).  Papago client id 20 alnum / secret 10 alnum (memory).  Baidu
      appid 17 digits starting "20", secret key 20 alnum (memory).
    - Azure Translator key: 32 hex (classic format; newer 84-char keys not
      generated).  Amazon key id "AKIA" + 16 [A-Z2-7], secret 40 base64-ish.
    - Labels a reviewer might dispute: Phrase in-context-editor projectId and
      Crowdin OTA distribution hash are treated as public (negatives); pinned
      40-hex GitHub action SHAs next to "lokalise"/"crowdin" are negatives;
      XLIFF trans-unit ids that are 40-hex SHA-1 digests are negatives; HMAC
      test vectors computed with a literal "test-webhook-secret" in a unit test
      are negatives; AWS's published AKIAIOSFODNN7EXAMPLE pair is a negative.
      A Weblate admin password (human password) in docker-compose is positive.
      A Localazy readKey never appears (it would be a second credential).
      Re-used-template negatives for pair kinds keep the public half (Smartling
      userIdentifier, Papago client id, Baidu appid; AWS uses the published
      AKIAIOSFODNN7EXAMPLE id) next to a placeholder/masked/env secret.
      "Example" fills are obviously fake (all zeros, AIza + 35 "X", AQVN + 36
      "X"); a strict reviewer could still call them noise rather than secrets.
    - Some API calls in generated code are plausible rather than exact (e.g.
      endpoints/params chosen per provider from memory); they only serve as
      realistic context around the credential.

SEARCHES
    docs/pages corpora: Smartling API tokens/authentication pages (userIdentifier
    + userSecret), Tolgee "API keys and PAT tokens" (tgpak_ prefix), Weblate REST
    API authentication ("Authorization: Token"), wlc config, Transifex API v3
    bearer token pages (one showed a "1/<40 hex>" example token), Localazy CLI
    authorization (writeKey/readKey, localazy.keys.json), public localazy.json
    files, crowdin.yml examples (api_token_env, project_id), Phrase .phrase.yml
    example and Phrase API docs, Lokalise CLI/SDK pages.  Scanner-related
    material shown: one crowdin.yml hit carried a "#checkov:skip=CKV_SECRET_6"
    comment (a Checkov secrets-check suppression); no scanner rule code or
    regexes were shown or used.
"""
import json
import os
import random
import string
import sys
import base64
import hashlib
import hmac

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
B32L = "abcdefghijklmnopqrstuvwxyz234567"
B64 = string.ascii_letters + string.digits + "+/"
URLSAFE = string.ascii_letters + string.digits + "-_"


class G:
    """Random helpers bound to one Random instance."""

    def __init__(self, rng):
        self.r = rng

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def digits(self, n, first_nonzero=True):
        d = self.s(string.digits, n)
        if first_nonzero and d[0] == "0":
            d = self.r.choice("123456789") + d[1:]
        return d

    def uuid(self, upper=False):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return u.upper() if upper else u

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def rint(self, a, b):
        return self.r.randint(a, b)


# ---------------------------------------------------------------------------
# Credential kinds
# ---------------------------------------------------------------------------

def _mixed_alnum(g, n):
    # alnum with at least one upper, one lower and one digit (realistic entropy)
    while True:
        v = g.s(ALNUM, n)
        if any(c.isupper() for c in v) and any(c.islower() for c in v) and any(c.isdigit() for c in v):
            return v


def gen_crowdin_pat(g):
    return g.hex(80), g.digits(6)


def gen_crowdin_v1(g):
    return g.hex(32), g.pick(["acme-web", "shopfront", "mobile-app", "helpdesk-ui", "docs-site", "billing-portal"]) + "-" + g.s(string.ascii_lowercase, 3)


def gen_lokalise(g):
    return g.hex(40), "%s%s.%s" % (g.digits(6), g.hex(g.rint(12, 16)), g.digits(8))


def gen_phrase(g):
    return g.hex(64), g.hex(32)


def gen_transifex(g):
    return "1/" + g.hex(40), None


def gen_poeditor(g):
    return g.hex(32), g.digits(6)


def gen_smartling(g):
    a = list(g.s(LOWALNUM, g.rint(26, 30)))
    for _ in range(g.rint(1, 2)):
        a[g.rint(0, len(a) - 1)] = g.pick(string.ascii_uppercase)
    secret = "".join(a) + "." + g.s(LOWALNUM, g.rint(24, 28))
    return secret, g.s(string.ascii_lowercase, 30)


def gen_weblate(g):
    if g.chance(0.8):
        return "wlu_" + _mixed_alnum(g, 40), None
    return _mixed_alnum(g, 40), None


PW_WORDS = ["Lantern", "harbor", "Quokka", "violet", "Marzipan", "tundra", "Orbit", "falcon",
            "Kestrel", "saffron", "Juniper", "glacier", "Pistachio", "meadow", "Basalt", "cobalt"]


def gen_password(g):
    style = g.rint(0, 3)
    if style == 0:
        return "%s%s%d%s" % (g.pick(PW_WORDS), g.pick(PW_WORDS).lower(), g.rint(10, 99), g.pick("!#$%&*?@")), None
    if style == 1:
        return "%s-%s-%s-%d" % (g.pick(PW_WORDS).lower(), g.pick(PW_WORDS).lower(), g.pick(PW_WORDS).lower(), g.rint(1, 9)), None
    if style == 2:
        return _mixed_alnum(g, g.rint(14, 20)), None
    return "%s_%d%s%s" % (g.pick(PW_WORDS), g.rint(1990, 2024), g.pick("!.#"), g.pick(PW_WORDS)[:3].lower()), None


def gen_tolgee_pak(g):
    return "tgpak_" + g.s(B32L, 47), g.digits(g.rint(3, 5))


def gen_tolgee_pat(g):
    return "tgpat_" + g.s(B32L, 47), g.digits(g.rint(3, 5))


def gen_localazy(g):
    return "a" + g.digits(19) + "-" + g.hex(64), None


def gen_deepl(g):
    u = g.uuid()
    if g.chance(0.6):
        return u + ":fx", "free"
    return u, "pro"


def gen_google(g):
    return "AIza" + g.s(URLSAFE, 35), "%s-%d" % (g.pick(["i18n-prod", "acme-translate", "lingua-app", "shop-l10n"]), g.rint(100000, 999999))


def gen_azure(g):
    return g.hex(32), g.pick(["westeurope", "eastus", "northeurope", "westus2", "global", "japaneast"])


def gen_aws(g):
    return g.s(B64, 40), "AKIA" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def gen_modernmt(g):
    return g.uuid(upper=True), None


def gen_yandex_cloud(g):
    return "AQVN" + g.s(URLSAFE, 36), "b1g" + g.s(LOWALNUM, 17)


def gen_yandex_legacy(g):
    ts = "20%02d%02d%02dT%02d%02d%02dZ" % (g.rint(13, 20), g.rint(1, 12), g.rint(1, 28), g.rint(0, 23), g.rint(0, 59), g.rint(0, 59))
    return "trnsl.1.1.%s.%s.%s" % (ts, g.hex(16), g.hex(40)), None


def gen_papago(g):
    return _mixed_alnum(g, 10), _mixed_alnum(g, 20)


def gen_baidu(g):
    return _mixed_alnum(g, 20), "20" + g.digits(15, first_nonzero=False)


# Each kind: provider, kind, gen, env names (obvious), id env names for pairs,
# weight, http auth style, and masked / example forms for negatives.
KINDS = [
    dict(provider="crowdin", kind="crowdin_personal_access_token", gen=gen_crowdin_pat, w=7,
         env=["CROWDIN_PERSONAL_TOKEN", "CROWDIN_API_TOKEN", "CROWDIN_TOKEN"],
         pub_env=["CROWDIN_PROJECT_ID"], http=("Authorization", "Bearer "),
         url="https://api.crowdin.com/api/v2/projects/{pub}/languages", example="0" * 80),
    dict(provider="crowdin", kind="crowdin_project_api_key", gen=gen_crowdin_v1, w=3,
         env=["CROWDIN_API_KEY", "CROWDIN_PROJECT_KEY"], pub_env=["CROWDIN_PROJECT_IDENTIFIER"],
         http=("query", "key"), url="https://api.crowdin.com/api/project/{pub}/export", example="0" * 32),
    dict(provider="lokalise", kind="lokalise_api_token", gen=gen_lokalise, w=7,
         env=["LOKALISE_API_TOKEN", "LOKALISE_TOKEN"], pub_env=["LOKALISE_PROJECT_ID"],
         http=("X-Api-Token", ""), url="https://api.lokalise.com/api2/projects/{pub}/keys", example="0" * 40),
    dict(provider="phrase", kind="phrase_access_token", gen=gen_phrase, w=7,
         env=["PHRASE_ACCESS_TOKEN", "PHRASEAPP_ACCESS_TOKEN", "PHRASE_TOKEN"], pub_env=["PHRASE_PROJECT_ID"],
         http=("Authorization", "token "), url="https://api.phrase.com/v2/projects/{pub}/locales", example="0" * 64),
    dict(provider="transifex", kind="transifex_api_token", gen=gen_transifex, w=6,
         env=["TX_TOKEN", "TRANSIFEX_API_TOKEN", "TRANSIFEX_TOKEN"], pub_env=[],
         http=("Authorization", "Bearer "), url="https://rest.api.transifex.com/resource_translations", example="1/" + "0" * 40),
    dict(provider="poeditor", kind="poeditor_api_token", gen=gen_poeditor, w=5,
         env=["POEDITOR_API_TOKEN", "POEDITOR_TOKEN"], pub_env=["POEDITOR_PROJECT_ID"],
         http=("form", "api_token"), url="https://api.poeditor.com/v2/projects/export", example="0" * 32),
    dict(provider="smartling", kind="smartling_user_secret", gen=gen_smartling, w=5,
         env=["SMARTLING_USER_SECRET", "SMARTLING_SECRET"], pub_env=["SMARTLING_USER_IDENTIFIER", "SMARTLING_USER_ID"],
         http=("smartling", ""), url="https://api.smartling.com/auth-api/v2/authenticate", example="user-secret-here"),
    dict(provider="weblate", kind="weblate_api_key", gen=gen_weblate, w=6,
         env=["WEBLATE_API_KEY", "WLC_KEY", "WEBLATE_TOKEN"], pub_env=[],
         http=("Authorization", "Token "), url="https://hosted.weblate.org/api/projects/", example="wlu_" + "0" * 40),
    dict(provider="weblate", kind="weblate_admin_password", gen=gen_password, w=3, password=True,
         env=["WEBLATE_ADMIN_PASSWORD"], pub_env=[], http=None, url=None, example="changeme"),
    dict(provider="tolgee", kind="tolgee_project_api_key", gen=gen_tolgee_pak, w=6,
         env=["TOLGEE_API_KEY", "VITE_APP_TOLGEE_API_KEY", "TOLGEE_PROJECT_API_KEY"], pub_env=["TOLGEE_PROJECT_ID"],
         http=("X-API-Key", ""), url="https://app.tolgee.io/v2/projects/{pub}/translations", example="tgpak_" + "a" * 47),
    dict(provider="tolgee", kind="tolgee_personal_access_token", gen=gen_tolgee_pat, w=2,
         env=["TOLGEE_PAT", "TOLGEE_ACCESS_TOKEN"], pub_env=["TOLGEE_PROJECT_ID"],
         http=("X-API-Key", ""), url="https://app.tolgee.io/v2/projects/{pub}/languages", example="tgpat_" + "a" * 47),
    dict(provider="localazy", kind="localazy_write_key", gen=gen_localazy, w=5,
         env=["LOCALAZY_WRITE_KEY"], pub_env=[], http=("cli", "-w"), url=None, example="your-write-key"),
    dict(provider="deepl", kind="deepl_auth_key", gen=gen_deepl, w=8,
         env=["DEEPL_AUTH_KEY", "DEEPL_API_KEY"], pub_env=[],
         http=("Authorization", "DeepL-Auth-Key "), url="https://api-free.deepl.com/v2/translate",
         example="00000000-0000-0000-0000-000000000000:fx"),
    dict(provider="google", kind="google_translate_api_key", gen=gen_google, w=6,
         env=["GOOGLE_TRANSLATE_API_KEY", "GOOGLE_API_KEY", "GCP_TRANSLATE_KEY"], pub_env=["GOOGLE_CLOUD_PROJECT"],
         http=("query", "key"), url="https://translation.googleapis.com/language/translate/v2", example="AIza" + "X" * 35),
    dict(provider="azure", kind="azure_translator_key", gen=gen_azure, w=6,
         env=["AZURE_TRANSLATOR_KEY", "TRANSLATOR_SUBSCRIPTION_KEY", "AZURE_TRANSLATOR_SUBSCRIPTION_KEY"],
         pub_env=["AZURE_TRANSLATOR_REGION"],
         http=("Ocp-Apim-Subscription-Key", ""), url="https://api.cognitive.microsofttranslator.com/translate?api-version=3.0&to=de",
         example="0" * 32),
    dict(provider="aws", kind="aws_secret_access_key", gen=gen_aws, w=5,
         env=["AWS_SECRET_ACCESS_KEY"], pub_env=["AWS_ACCESS_KEY_ID"], http=None, url=None,
         example="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    dict(provider="modernmt", kind="modernmt_api_key", gen=gen_modernmt, w=3,
         env=["MODERNMT_API_KEY", "MMT_LICENSE"], pub_env=[],
         http=("MMT-ApiKey", ""), url="https://api.modernmt.com/translate", example="00000000-0000-0000-0000-000000000000"),
    dict(provider="yandex", kind="yandex_cloud_api_key", gen=gen_yandex_cloud, w=3,
         env=["YANDEX_API_KEY", "YC_TRANSLATE_API_KEY"], pub_env=["YANDEX_FOLDER_ID"],
         http=("Authorization", "Api-Key "), url="https://translate.api.cloud.yandex.net/translate/v2/translate",
         example="AQVN" + "X" * 36),
    dict(provider="yandex", kind="yandex_translate_legacy_key", gen=gen_yandex_legacy, w=2,
         env=["YANDEX_TRANSLATE_KEY"], pub_env=[],
         http=("query", "key"), url="https://translate.yandex.net/api/v1.5/tr.json/translate",
         example="trnsl.1.1.00000000T000000Z.0000000000000000.0000000000000000000000000000000000000000"),
    dict(provider="papago", kind="papago_client_secret", gen=gen_papago, w=3,
         env=["PAPAGO_CLIENT_SECRET", "NAVER_CLIENT_SECRET"], pub_env=["PAPAGO_CLIENT_ID", "NAVER_CLIENT_ID"],
         http=("X-Naver-Client-Secret", ""), url="https://openapi.naver.com/v1/papago/n2mt", example="XXXXXXXXXX"),
    dict(provider="baidu", kind="baidu_translate_secret_key", gen=gen_baidu, w=3,
         env=["BAIDU_TRANSLATE_SECRET", "BAIDU_FANYI_KEY", "BAIDU_SECRET_KEY"], pub_env=["BAIDU_APPID", "BAIDU_TRANSLATE_APPID"],
         http=("baidu", ""), url="https://fanyi-api.baidu.com/api/trans/vip/translate", example="your-secret-key"),
]
KIND_BY_NAME = {k["kind"]: k for k in KINDS}


# ---------------------------------------------------------------------------
# Naming styles
# ---------------------------------------------------------------------------

def words_of(name):
    return [w for w in name.lower().replace("-", "_").split("_") if w]


def style_name(words, style):
    if style == "SCREAM":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(words)
    if style == "kebab":
        return "-".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "dot":
        return ".".join(words)
    return "_".join(words)


NEUTRAL = [["value"], ["cfg", "value"], ["remote"], ["conn", "param"], ["blob"], ["opt", "a"],
           ["client", "ref"], ["upstream"], ["handle"], ["sync", "arg"], ["p1"], ["svc", "param"],
           ["data", "x"], ["tm", "param"], ["l10n", "ref"], ["bootstrap", "val"], ["v"], ["hdr", "val"]]


class Slot:
    """The secret slot of a template: a real secret (pos) or a look-alike (neg)."""

    def __init__(self, g, kind, pos, value, pub, obvious, mode="secret", extra=None):
        self.g = g
        self.kind = kind
        self.pos = pos
        self.value = value          # text written in the slot (for mode env: the env var name)
        self.pub = pub
        self.obvious = obvious
        self.mode = mode            # secret | placeholder | env | secretref | masked | empty | example
        self.extra = extra
        self.env = g.pick(kind["env"])
        self.pub_env = g.pick(kind["pub_env"]) if kind["pub_env"] else None
        self._neutral = g.pick(NEUTRAL)

    # names -----------------------------------------------------------------
    def name(self, style):
        if self.obvious:
            return style_name(words_of(self.env), style)
        return style_name(self._neutral, style)

    def oname(self, style):
        """Always-obvious name (for config keys whose name is fixed by the tool)."""
        return style_name(words_of(self.env), style)

    def pub_name(self, style):
        return style_name(words_of(self.pub_env or "PROJECT_ID"), style)

    # values ----------------------------------------------------------------
    def val(self, ctx="plain"):
        """Value as text inside a config file / string literal."""
        if self.mode != "env":
            return self.value
        e = self.env
        return {
            "plain": "${%s}" % e,
            "shell": "$%s" % e,
            "shellq": "${%s}" % e,
            "gha": "${{ secrets.%s }}" % e,
            "symfony": "%%env(%s)%%" % e,
            "spring": "${%s}" % e,
            "compose": "${%s:?missing}" % e,
            "gitlab": "$%s" % e,
            "dotnet": "",
            "android": "${%s}" % e,
        }.get(ctx, "${%s}" % e)

    def expr(self, lang):
        """Code expression for the slot (quoted literal or env lookup)."""
        e = self.env
        if self.mode == "env":
            return {
                "py": 'os.environ["%s"]' % e,
                "js": "process.env.%s" % e,
                "ts": "process.env.%s!" % e,
                "go": 'os.Getenv("%s")' % e,
                "rb": 'ENV.fetch("%s")' % e,
                "php": "getenv('%s')" % e,
                "dart": "const String.fromEnvironment('%s')" % e,
                "swift": 'ProcessInfo.processInfo.environment["%s"] ?? ""' % e,
                "kt": 'System.getenv("%s")' % e,
                "java": 'System.getenv("%s")' % e,
                "cs": 'Environment.GetEnvironmentVariable("%s")' % e,
                "vite": "import.meta.env.%s" % (e if e.startswith("VITE_") else "VITE_" + e),
                "groovy": 'System.getenv("%s")' % e,
            }[lang]
        q = "'" if lang in ("php", "rb_s", "dart") else '"'
        return q + self.value + q


# ---------------------------------------------------------------------------
# Negative slot fills (re-used templates)
# ---------------------------------------------------------------------------

PLACEHOLDERS = ["YOUR_API_TOKEN", "<your-token-here>", "REPLACE_ME", "<TOKEN>", "your-api-key",
                "TODO-add-token", "<insert key>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "changeme",
                "YOUR_KEY_HERE", "<paste from 1password>", "dummy", "<redacted>", "...", "%TOKEN%"]


def neg_fill(g, kind):
    """Return (mode, value) for a negative slot."""
    modes = ["placeholder", "env", "env", "secretref", "masked", "empty", "example"]
    if kind.get("password"):
        modes = ["placeholder", "env", "env", "secretref", "masked", "empty"]
    m = g.pick(modes)
    k = kind["kind"]
    prov = kind["provider"]
    if m == "placeholder":
        base = g.pick(PLACEHOLDERS)
        if g.chance(0.4):
            base = "YOUR_%s" % g.pick(kind["env"])
        if prov == "deepl" and g.chance(0.5):
            base = g.pick(["your-deepl-auth-key:fx", "<DEEPL_KEY>:fx", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx:fx"])
        if prov == "transifex" and g.chance(0.5):
            base = "1/<your-token>"
        if prov == "tolgee" and g.chance(0.5):
            base = k.startswith("tolgee_p") and g.pick(["tgpak_<your-key>", "tgpak_xxxxxxxxxxxxxxxx", "tgpat_YOUR_TOKEN"])
        return "placeholder", base
    if m == "env":
        return "env", g.pick(kind["env"])
    if m == "secretref":
        e = g.pick(kind["env"]).lower().replace("_", "-")
        v = g.pick([
            "vault:secret/data/i18n/%s#value" % e,
            "arn:aws:secretsmanager:eu-west-1:%s:secret:l10n/%s-%s" % (g.digits(12), e, g.s(ALNUM, 6)),
            "projects/%s/secrets/%s/versions/latest" % (g.pick(["acme-i18n", "shop-prod", "lingua-ci"]), e),
            "op://Localization/%s/credential" % e,
            "@Microsoft.KeyVault(SecretUri=https://kv-l10n-%s.vault.azure.net/secrets/%s/)" % (g.s(string.ascii_lowercase, 4), e),
            "ssm:/i18n/%s" % e,
            "{{ vault_%s }}" % e.replace("-", "_"),
        ])
        return "secretref", v
    if m == "masked":
        stars = g.pick(["*" * g.rint(8, 24), "\u2022" * g.rint(8, 16), "[REDACTED]", "********"])
        pre = ""
        if prov == "transifex":
            pre = "1/"
        elif prov == "tolgee":
            pre = k == "tolgee_personal_access_token" and "tgpat_" or "tgpak_"
        elif prov == "weblate" and not kind.get("password"):
            pre = "wlu_"
        elif prov == "google":
            pre = "AIza"
        elif prov == "yandex" and k == "yandex_cloud_api_key":
            pre = "AQVN"
        tail = ""
        if g.chance(0.5) and not kind.get("password"):
            tail = g.hex(4)
        v = pre + stars + tail
        if prov == "deepl" and g.chance(0.5):
            v += ":fx"
        return "masked", v
    if m == "empty":
        return "empty", ""
    return "example", kind["example"]


# ---------------------------------------------------------------------------
# Multilingual UI strings (used as filler and as negative bulk)
# ---------------------------------------------------------------------------

LANGS = ["en", "de", "fr", "es", "it", "pt-BR", "nl", "pl", "ru", "uk", "tr", "el",
         "ar", "he", "hi", "th", "ja", "zh-CN", "ko", "vi"]

T = {
    "auth.sign_in": {"en": "Sign in", "de": "Anmelden", "fr": "Se connecter", "es": "Iniciar sesión", "it": "Accedi",
                     "pt-BR": "Entrar", "nl": "Inloggen", "pl": "Zaloguj się", "ru": "Войти", "uk": "Увійти", "tr": "Giriş yap",
                     "el": "Σύνδεση", "ar": "تسجيل الدخول", "he": "התחברות", "hi": "साइन इन करें", "th": "เข้าสู่ระบบ",
                     "ja": "ログイン", "zh-CN": "登录", "ko": "로그인", "vi": "Đăng nhập"},
    "auth.password": {"en": "Password", "de": "Passwort", "fr": "Mot de passe", "es": "Contraseña", "it": "Password",
                      "pt-BR": "Senha", "nl": "Wachtwoord", "pl": "Hasło", "ru": "Пароль", "uk": "Пароль", "tr": "Şifre",
                      "el": "Κωδικός πρόσβασης", "ar": "كلمة المرور", "he": "סיסמה", "hi": "पासवर्ड", "th": "รหัสผ่าน",
                      "ja": "パスワード", "zh-CN": "密码", "ko": "비밀번호", "vi": "Mật khẩu"},
    "auth.forgot_password": {"en": "Forgot your password?", "de": "Passwort vergessen?", "fr": "Mot de passe oublié ?",
                             "es": "¿Olvidaste tu contraseña?", "it": "Hai dimenticato la password?", "pt-BR": "Esqueceu sua senha?",
                             "nl": "Wachtwoord vergeten?", "pl": "Nie pamiętasz hasła?", "ru": "Забыли пароль?", "uk": "Забули пароль?",
                             "tr": "Şifrenizi mi unuttunuz?", "el": "Ξεχάσατε τον κωδικό σας;", "ar": "هل نسيت كلمة المرور؟",
                             "he": "שכחת את הסיסמה?", "hi": "क्या आप अपना पासवर्ड भूल गए?", "th": "ลืมรหัสผ่านใช่ไหม",
                             "ja": "パスワードをお忘れですか？", "zh-CN": "忘记密码？", "ko": "비밀번호를 잊으셨나요?", "vi": "Quên mật khẩu?"},
    "auth.password_rules": {"en": "Your password must be at least 12 characters long and include a number.",
                            "de": "Ihr Passwort muss mindestens 12 Zeichen lang sein und eine Ziffer enthalten.",
                            "fr": "Votre mot de passe doit comporter au moins 12 caractères, dont un chiffre.",
                            "es": "La contraseña debe tener al menos 12 caracteres e incluir un número.",
                            "it": "La password deve contenere almeno 12 caratteri e un numero.",
                            "pt-BR": "Sua senha deve ter pelo menos 12 caracteres e incluir um número.",
                            "nl": "Je wachtwoord moet minstens 12 tekens lang zijn en een cijfer bevatten.",
                            "pl": "Hasło musi mieć co najmniej 12 znaków i zawierać cyfrę.",
                            "ru": "Пароль должен содержать не менее 12 символов, включая цифру.",
                            "uk": "Пароль має містити щонайменше 12 символів, зокрема цифру.",
                            "tr": "Şifreniz en az 12 karakter uzunluğunda olmalı ve bir rakam içermelidir.",
                            "el": "Ο κωδικός πρέπει να έχει τουλάχιστον 12 χαρακτήρες και έναν αριθμό.",
                            "ar": "يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل وأن تتضمن رقمًا.",
                            "he": "הסיסמה חייבת להכיל לפחות 12 תווים ולכלול ספרה.",
                            "hi": "आपका पासवर्ड कम से कम 12 वर्णों का होना चाहिए और उसमें एक अंक होना चाहिए।",
                            "th": "รหัสผ่านต้องมีอย่างน้อย 12 ตัวอักษรและมีตัวเลข",
                            "ja": "パスワードは12文字以上で、数字を含める必要があります。",
                            "zh-CN": "密码长度至少为 12 个字符，并且必须包含数字。",
                            "ko": "비밀번호는 12자 이상이어야 하며 숫자를 포함해야 합니다.",
                            "vi": "Mật khẩu phải dài ít nhất 12 ký tự và có một chữ số."},
    "settings.api_key": {"en": "API key", "de": "API-Schlüssel", "fr": "Clé API", "es": "Clave de API", "it": "Chiave API",
                         "pt-BR": "Chave de API", "nl": "API-sleutel", "pl": "Klucz API", "ru": "Ключ API", "uk": "Ключ API",
                         "tr": "API anahtarı", "el": "Κλειδί API", "ar": "مفتاح API", "he": "מפתח API", "hi": "API कुंजी",
                         "th": "คีย์ API", "ja": "API キー", "zh-CN": "API 密钥", "ko": "API 키", "vi": "Khóa API"},
    "settings.api_key_help": {"en": "Paste the API key from your account settings. Keep it secret and never share it.",
                              "de": "Fügen Sie den API-Schlüssel aus Ihren Kontoeinstellungen ein. Halten Sie ihn geheim.",
                              "fr": "Collez la clé API depuis les paramètres du compte. Gardez-la secrète.",
                              "es": "Pega la clave de API de la configuración de tu cuenta. Mantenla en secreto.",
                              "it": "Incolla la chiave API dalle impostazioni dell'account. Tienila segreta.",
                              "pt-BR": "Cole a chave de API das configurações da conta. Mantenha-a em segredo.",
                              "nl": "Plak de API-sleutel uit je accountinstellingen. Houd hem geheim.",
                              "pl": "Wklej klucz API z ustawień konta. Nie udostępniaj go nikomu.",
                              "ru": "Вставьте ключ API из настроек аккаунта. Никому его не сообщайте.",
                              "uk": "Вставте ключ API з налаштувань облікового запису. Нікому його не повідомляйте.",
                              "tr": "API anahtarını hesap ayarlarınızdan yapıştırın. Kimseyle paylaşmayın.",
                              "el": "Επικολλήστε το κλειδί API από τις ρυθμίσεις λογαριασμού. Κρατήστε το μυστικό.",
                              "ar": "الصق مفتاح API من إعدادات حسابك. احتفظ به سرًا ولا تشاركه أبدًا.",
                              "he": "הדביקו את מפתח ה-API מהגדרות החשבון. שמרו אותו בסוד.",
                              "hi": "अपनी खाता सेटिंग से API कुंजी चिपकाएँ। इसे गुप्त रखें।",
                              "th": "วางคีย์ API จากการตั้งค่าบัญชีของคุณ และเก็บไว้เป็นความลับ",
                              "ja": "アカウント設定の API キーを貼り付けてください。他人と共有しないでください。",
                              "zh-CN": "从账户设置中粘贴 API 密钥。请妥善保管，切勿泄露。",
                              "ko": "계정 설정에서 API 키를 붙여 넣으세요. 절대 공유하지 마세요.",
                              "vi": "Dán khóa API từ phần cài đặt tài khoản. Hãy giữ bí mật."},
    "settings.token_expired": {"en": "Your access token has expired. Generate a new token to continue.",
                               "de": "Ihr Zugriffstoken ist abgelaufen. Erstellen Sie ein neues Token.",
                               "fr": "Votre jeton d'accès a expiré. Générez un nouveau jeton pour continuer.",
                               "es": "Tu token de acceso ha caducado. Genera uno nuevo para continuar.",
                               "it": "Il token di accesso è scaduto. Genera un nuovo token per continuare.",
                               "pt-BR": "Seu token de acesso expirou. Gere um novo token para continuar.",
                               "nl": "Je toegangstoken is verlopen. Maak een nieuw token aan.",
                               "pl": "Token dostępu wygasł. Wygeneruj nowy token, aby kontynuować.",
                               "ru": "Срок действия токена доступа истёк. Создайте новый токен.",
                               "uk": "Термін дії токена доступу минув. Створіть новий токен.",
                               "tr": "Erişim belirtecinizin süresi doldu. Devam etmek için yeni bir belirteç oluşturun.",
                               "el": "Το διακριτικό πρόσβασης έληξε. Δημιουργήστε νέο διακριτικό.",
                               "ar": "انتهت صلاحية رمز الوصول. أنشئ رمزًا جديدًا للمتابعة.",
                               "he": "אסימון הגישה פג. צרו אסימון חדש כדי להמשיך.",
                               "hi": "आपका एक्सेस टोकन समाप्त हो गया है। जारी रखने के लिए नया टोकन बनाएँ।",
                               "th": "โทเค็นการเข้าถึงหมดอายุแล้ว โปรดสร้างโทเค็นใหม่",
                               "ja": "アクセストークンの有効期限が切れました。新しいトークンを生成してください。",
                               "zh-CN": "您的访问令牌已过期。请生成新令牌后继续。",
                               "ko": "액세스 토큰이 만료되었습니다. 새 토큰을 생성하세요.",
                               "vi": "Mã truy cập đã hết hạn. Hãy tạo mã mới để tiếp tục."},
    "settings.regenerate": {"en": "Regenerate secret", "de": "Geheimnis neu erzeugen", "fr": "Régénérer le secret",
                            "es": "Regenerar secreto", "it": "Rigenera segreto", "pt-BR": "Gerar novo segredo",
                            "nl": "Geheim opnieuw genereren", "pl": "Wygeneruj nowy sekret", "ru": "Перевыпустить секрет",
                            "uk": "Перегенерувати секрет", "tr": "Gizli anahtarı yeniden oluştur", "el": "Αναδημιουργία μυστικού",
                            "ar": "إعادة إنشاء السر", "he": "יצירת סוד מחדש", "hi": "सीक्रेट फिर से बनाएँ", "th": "สร้างรหัสลับใหม่",
                            "ja": "シークレットを再生成", "zh-CN": "重新生成密钥", "ko": "시크릿 재생성", "vi": "Tạo lại khóa bí mật"},
    "common.save": {"en": "Save changes", "de": "Änderungen speichern", "fr": "Enregistrer les modifications",
                    "es": "Guardar cambios", "it": "Salva modifiche", "pt-BR": "Salvar alterações", "nl": "Wijzigingen opslaan",
                    "pl": "Zapisz zmiany", "ru": "Сохранить изменения", "uk": "Зберегти зміни", "tr": "Değişiklikleri kaydet",
                    "el": "Αποθήκευση αλλαγών", "ar": "حفظ التغييرات", "he": "שמירת שינויים", "hi": "परिवर्तन सहेजें",
                    "th": "บันทึกการเปลี่ยนแปลง", "ja": "変更を保存", "zh-CN": "保存更改", "ko": "변경 사항 저장", "vi": "Lưu thay đổi"},
    "common.cancel": {"en": "Cancel", "de": "Abbrechen", "fr": "Annuler", "es": "Cancelar", "it": "Annulla", "pt-BR": "Cancelar",
                      "nl": "Annuleren", "pl": "Anuluj", "ru": "Отмена", "uk": "Скасувати", "tr": "İptal", "el": "Ακύρωση",
                      "ar": "إلغاء", "he": "ביטול", "hi": "रद्द करें", "th": "ยกเลิก", "ja": "キャンセル", "zh-CN": "取消",
                      "ko": "취소", "vi": "Hủy"},
    "home.welcome": {"en": "Welcome back, {name}!", "de": "Willkommen zurück, {name}!", "fr": "Bon retour, {name} !",
                     "es": "¡Hola de nuevo, {name}!", "it": "Bentornato, {name}!", "pt-BR": "Bem-vindo de volta, {name}!",
                     "nl": "Welkom terug, {name}!", "pl": "Witaj ponownie, {name}!", "ru": "С возвращением, {name}!",
                     "uk": "З поверненням, {name}!", "tr": "Tekrar hoş geldin, {name}!", "el": "Καλώς ήρθες ξανά, {name}!",
                     "ar": "مرحبًا بعودتك، {name}!", "he": "ברוך שובך, {name}!", "hi": "वापसी पर स्वागत है, {name}!",
                     "th": "ยินดีต้อนรับกลับ {name}!", "ja": "おかえりなさい、{name}さん！", "zh-CN": "欢迎回来，{name}！",
                     "ko": "다시 오신 것을 환영합니다, {name}님!", "vi": "Chào mừng trở lại, {name}!"},
    "files.count": {"en": "{count, plural, one {# file} other {# files}}", "de": "{count, plural, one {# Datei} other {# Dateien}}",
                    "fr": "{count, plural, one {# fichier} other {# fichiers}}", "es": "{count, plural, one {# archivo} other {# archivos}}",
                    "it": "{count, plural, one {# file} other {# file}}", "pt-BR": "{count, plural, one {# arquivo} other {# arquivos}}",
                    "nl": "{count, plural, one {# bestand} other {# bestanden}}",
                    "pl": "{count, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}",
                    "ru": "{count, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}",
                    "uk": "{count, plural, one {# файл} few {# файли} many {# файлів} other {# файлу}}",
                    "tr": "{count, plural, other {# dosya}}", "el": "{count, plural, one {# αρχείο} other {# αρχεία}}",
                    "ar": "{count, plural, zero {لا ملفات} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}",
                    "he": "{count, plural, one {קובץ אחד} two {שני קבצים} other {# קבצים}}",
                    "hi": "{count, plural, one {# फ़ाइल} other {# फ़ाइलें}}", "th": "{count, plural, other {# ไฟล์}}",
                    "ja": "{count, plural, other {# 件のファイル}}", "zh-CN": "{count, plural, other {# 个文件}}",
                    "ko": "{count, plural, other {파일 #개}}", "vi": "{count, plural, other {# tệp}}"},
    "errors.invalid_credentials": {"en": "Invalid email or password.", "de": "Ungültige E-Mail-Adresse oder ungültiges Passwort.",
                                   "fr": "Adresse e-mail ou mot de passe incorrect.", "es": "Correo o contraseña no válidos.",
                                   "it": "Email o password non validi.", "pt-BR": "E-mail ou senha inválidos.",
                                   "nl": "Ongeldig e-mailadres of wachtwoord.", "pl": "Nieprawidłowy e-mail lub hasło.",
                                   "ru": "Неверный адрес электронной почты или пароль.", "uk": "Неправильна електронна адреса або пароль.",
                                   "tr": "Geçersiz e-posta veya şifre.", "el": "Μη έγκυρο email ή κωδικός πρόσβασης.",
                                   "ar": "البريد الإلكتروني أو كلمة المرور غير صحيحة.", "he": "אימייל או סיסמה שגויים.",
                                   "hi": "अमान्य ईमेल या पासवर्ड।", "th": "อีเมลหรือรหัสผ่านไม่ถูกต้อง",
                                   "ja": "メールアドレスまたはパスワードが正しくありません。", "zh-CN": "邮箱或密码无效。",
                                   "ko": "이메일 또는 비밀번호가 올바르지 않습니다.", "vi": "Email hoặc mật khẩu không hợp lệ."},
    "security.two_factor": {"en": "Enter the 6-digit code from your authenticator app.",
                            "de": "Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.",
                            "fr": "Saisissez le code à 6 chiffres de votre application d'authentification.",
                            "es": "Introduce el código de 6 dígitos de tu aplicación de autenticación.",
                            "it": "Inserisci il codice a 6 cifre dell'app di autenticazione.",
                            "pt-BR": "Digite o código de 6 dígitos do seu app autenticador.",
                            "nl": "Voer de 6-cijferige code uit je authenticator-app in.",
                            "pl": "Wpisz 6-cyfrowy kod z aplikacji uwierzytelniającej.",
                            "ru": "Введите 6-значный код из приложения-аутентификатора.",
                            "uk": "Введіть 6-значний код із застосунку автентифікації.",
                            "tr": "Kimlik doğrulama uygulamanızdaki 6 haneli kodu girin.",
                            "el": "Εισαγάγετε τον 6ψήφιο κωδικό από την εφαρμογή ελέγχου ταυτότητας.",
                            "ar": "أدخل الرمز المكوّن من 6 أرقام من تطبيق المصادقة.",
                            "he": "הזינו את הקוד בן 6 הספרות מאפליקציית האימות.",
                            "hi": "अपने ऑथेंटिकेटर ऐप से 6 अंकों का कोड दर्ज करें।",
                            "th": "ป้อนรหัส 6 หลักจากแอปยืนยันตัวตนของคุณ",
                            "ja": "認証アプリに表示される6桁のコードを入力してください。",
                            "zh-CN": "请输入身份验证器应用中的 6 位验证码。",
                            "ko": "인증 앱에 표시된 6자리 코드를 입력하세요.",
                            "vi": "Nhập mã 6 chữ số từ ứng dụng xác thực."},
    "checkout.total": {"en": "Total: {amount, number, ::currency/EUR}", "de": "Gesamt: {amount, number, ::currency/EUR}",
                       "fr": "Total : {amount, number, ::currency/EUR}", "es": "Total: {amount, number, ::currency/EUR}",
                       "it": "Totale: {amount, number, ::currency/EUR}", "pt-BR": "Total: {amount, number, ::currency/EUR}",
                       "nl": "Totaal: {amount, number, ::currency/EUR}", "pl": "Razem: {amount, number, ::currency/EUR}",
                       "ru": "Итого: {amount, number, ::currency/EUR}", "uk": "Разом: {amount, number, ::currency/EUR}",
                       "tr": "Toplam: {amount, number, ::currency/EUR}", "el": "Σύνολο: {amount, number, ::currency/EUR}",
                       "ar": "الإجمالي: {amount, number, ::currency/EUR}", "he": "סה\"כ: {amount, number, ::currency/EUR}",
                       "hi": "कुल: {amount, number, ::currency/EUR}", "th": "ยอดรวม: {amount, number, ::currency/EUR}",
                       "ja": "合計: {amount, number, ::currency/EUR}", "zh-CN": "总计：{amount, number, ::currency/EUR}",
                       "ko": "합계: {amount, number, ::currency/EUR}", "vi": "Tổng: {amount, number, ::currency/EUR}"},
    "nav.language": {"en": "Language", "de": "Sprache", "fr": "Langue", "es": "Idioma", "it": "Lingua", "pt-BR": "Idioma",
                     "nl": "Taal", "pl": "Język", "ru": "Язык", "uk": "Мова", "tr": "Dil", "el": "Γλώσσα", "ar": "اللغة",
                     "he": "שפה", "hi": "भाषा", "th": "ภาษา", "ja": "言語", "zh-CN": "语言", "ko": "언어", "vi": "Ngôn ngữ"},
    "nav.settings": {"en": "Settings", "de": "Einstellungen", "fr": "Paramètres", "es": "Configuración", "it": "Impostazioni",
                     "pt-BR": "Configurações", "nl": "Instellingen", "pl": "Ustawienia", "ru": "Настройки", "uk": "Налаштування",
                     "tr": "Ayarlar", "el": "Ρυθμίσεις", "ar": "الإعدادات", "he": "הגדרות", "hi": "सेटिंग्स", "th": "การตั้งค่า",
                     "ja": "設定", "zh-CN": "设置", "ko": "설정", "vi": "Cài đặt"},
    "account.delete_warning": {"en": "Deleting your account is permanent. All projects, keys and translations will be removed.",
                               "de": "Das Löschen Ihres Kontos ist endgültig. Alle Projekte, Schlüssel und Übersetzungen werden entfernt.",
                               "fr": "La suppression du compte est définitive. Projets, clés et traductions seront supprimés.",
                               "es": "Eliminar tu cuenta es permanente. Se borrarán todos los proyectos, claves y traducciones.",
                               "it": "L'eliminazione dell'account è definitiva. Progetti, chiavi e traduzioni verranno rimossi.",
                               "pt-BR": "A exclusão da conta é permanente. Projetos, chaves e traduções serão removidos.",
                               "nl": "Het verwijderen van je account is definitief. Alle projecten, sleutels en vertalingen verdwijnen.",
                               "pl": "Usunięcie konta jest nieodwracalne. Wszystkie projekty, klucze i tłumaczenia zostaną usunięte.",
                               "ru": "Удаление аккаунта необратимо. Все проекты, ключи и переводы будут удалены.",
                               "uk": "Видалення облікового запису незворотне. Усі проєкти, ключі та переклади буде видалено.",
                               "tr": "Hesabınızı silmek kalıcıdır. Tüm projeler, anahtarlar ve çeviriler kaldırılacak.",
                               "el": "Η διαγραφή του λογαριασμού είναι οριστική. Όλα τα έργα, κλειδιά και μεταφράσεις θα διαγραφούν.",
                               "ar": "حذف حسابك نهائي. ستتم إزالة جميع المشاريع والمفاتيح والترجمات.",
                               "he": "מחיקת החשבון היא סופית. כל הפרויקטים, המפתחות והתרגומים יימחקו.",
                               "hi": "खाता हटाना स्थायी है। सभी प्रोजेक्ट, कुंजियाँ और अनुवाद हटा दिए जाएँगे।",
                               "th": "การลบบัญชีเป็นการถาวร โปรเจกต์ คีย์ และคำแปลทั้งหมดจะถูกลบ",
                               "ja": "アカウントの削除は元に戻せません。すべてのプロジェクト、キー、翻訳が削除されます。",
                               "zh-CN": "删除账户后无法恢复。所有项目、密钥和翻译都将被移除。",
                               "ko": "계정 삭제는 영구적입니다. 모든 프로젝트, 키, 번역이 삭제됩니다.",
                               "vi": "Xóa tài khoản là vĩnh viễn. Mọi dự án, khóa và bản dịch sẽ bị xóa."},
    "search.placeholder": {"en": "Search keys, tags or translations…", "de": "Schlüssel, Tags oder Übersetzungen suchen…",
                           "fr": "Rechercher des clés, tags ou traductions…", "es": "Buscar claves, etiquetas o traducciones…",
                           "it": "Cerca chiavi, tag o traduzioni…", "pt-BR": "Pesquisar chaves, tags ou traduções…",
                           "nl": "Zoek sleutels, tags of vertalingen…", "pl": "Szukaj kluczy, tagów lub tłumaczeń…",
                           "ru": "Поиск ключей, тегов или переводов…", "uk": "Пошук ключів, тегів або перекладів…",
                           "tr": "Anahtar, etiket veya çeviri ara…", "el": "Αναζήτηση κλειδιών, ετικετών ή μεταφράσεων…",
                           "ar": "ابحث عن المفاتيح أو الوسوم أو الترجمات…", "he": "חיפוש מפתחות, תגיות או תרגומים…",
                           "hi": "कुंजियाँ, टैग या अनुवाद खोजें…", "th": "ค้นหาคีย์ แท็ก หรือคำแปล…",
                           "ja": "キー、タグ、翻訳を検索…", "zh-CN": "搜索键、标签或翻译…", "ko": "키, 태그 또는 번역 검색…",
                           "vi": "Tìm khóa, thẻ hoặc bản dịch…"},
}
T_KEYS = list(T.keys())


def tr(key, lang):
    d = T[key]
    return d.get(lang) or d["en"]


def pick_keys(g, n):
    ks = T_KEYS[:]
    g.r.shuffle(ks)
    return ks[:n]


# ---------------------------------------------------------------------------
# Template registry
# ---------------------------------------------------------------------------

POS_TEMPLATES = []   # (name, supports, fn)   fn(g, S) -> (relpath, filetype, text)
NEG_TEMPLATES = []   # (name, fn)             fn(g) -> (relpath, filetype, text, provider, kind)

PAIR = ("aws_secret_access_key", "smartling_user_secret", "papago_client_secret", "baidu_translate_secret_key")


def tpl(supports=None):
    def deco(fn):
        POS_TEMPLATES.append((fn.__name__, supports or (lambda k: True), fn))
        return fn
    return deco


def ntpl(fn):
    NEG_TEMPLATES.append((fn.__name__, fn))
    return fn


def only(*providers):
    return lambda k: k["provider"] in providers


def kinds_(*names):
    return lambda k: k["kind"] in names


def http_ok(k):
    return bool(k["http"]) and k["http"][0] not in ("cli",) and k["kind"] not in ("aws_secret_access_key",)


def not_pw(k):
    return not k.get("password")


def join(lines):
    return "\n".join(lines).rstrip("\n") + "\n"


def other_env(g, n):
    pool = ["NODE_ENV=production", "LOG_LEVEL=info", "DEFAULT_LOCALE=en", "FALLBACK_LOCALE=en-US",
            "SUPPORTED_LOCALES=en,de,fr,es,ja,zh-CN", "I18N_CACHE_TTL=3600", "PORT=8080", "APP_NAME=storefront",
            "SENTRY_ENVIRONMENT=staging", "TZ=UTC", "TRANSLATIONS_DIR=./locales", "PSEUDO_LOCALE=false",
            "MISSING_KEY_HANDLER=warn", "REDIS_URL=redis://redis:6379/2", "PUBLIC_URL=https://app.example.com",
            "FEATURE_RTL=true", "MAX_BATCH_SIZE=50", "HTTP_TIMEOUT_MS=15000"]
    g.r.shuffle(pool)
    return pool[:n]


def pair_lines(S, style, sep="=", q=""):
    """id half of a pair kind written next to the secret (public half)."""
    if S.kind["kind"] in PAIR and S.pub:
        return ["%s%s%s%s%s" % (S.pub_name(style), sep, q, S.pub, q)]
    return []


def secret_env_name(S, style="SCREAM"):
    return S.name(style)


# ----- HTTP call snippets per language ------------------------------------

def api_url(S):
    k = S.kind
    u = k["url"] or ""
    pub = S.pub if (S.pub and k["kind"] not in PAIR) else "123456"
    if k["kind"] == "deepl_auth_key" and S.extra == "pro":
        u = "https://api.deepl.com/v2/translate"
    if k["kind"] == "lokalise_api_token" and not S.pub:
        pub = "4120977365f2f6a3d7c0e4.81645312"
    return u.replace("{pub}", pub)


def py_http(S, var):
    k = S.kind
    h = k["http"]
    url = api_url(S)
    L = []
    if h[0] == "query":
        L += ['resp = requests.get("%s", params={"key": %s, "q": text, "target": target}, timeout=30)' % (url, var)]
    elif h[0] == "form":
        L += ['resp = requests.post("%s", data={"api_token": %s, "id": PROJECT_ID, "language": target, "type": "key_value_json"}, timeout=30)' % (url, var)]
    elif h[0] == "smartling":
        L += ['resp = requests.post("%s", json={"userIdentifier": USER_IDENTIFIER, "userSecret": %s}, timeout=30)' % (url, var)]
    elif h[0] == "baidu":
        L += ['salt = str(random.randint(32768, 65536))',
              'sign = hashlib.md5((APP_ID + text + salt + %s).encode("utf-8")).hexdigest()' % var,
              'resp = requests.get("%s", params={"q": text, "from": "auto", "to": target, "appid": APP_ID, "salt": salt, "sign": sign}, timeout=30)' % url]
    elif k["kind"] == "papago_client_secret":
        L += ['headers = {"X-Naver-Client-Id": CLIENT_ID, "X-Naver-Client-Secret": %s}' % var,
              'resp = requests.post("%s", headers=headers, data={"source": "en", "target": target, "text": text}, timeout=30)' % url]
    else:
        hv = ('"%s" + %s' % (h[1], var)) if h[1] else var
        L += ['headers = {"%s": %s, "Accept": "application/json"}' % (h[0], hv)]
        if k["kind"] == "azure_translator_key":
            L += ['headers["Ocp-Apim-Subscription-Region"] = "%s"' % (S.pub or "westeurope")]
        if k["provider"] in ("deepl", "modernmt", "yandex"):
            L += ['resp = requests.post("%s", headers=headers, data={"text": text, "target_lang": target.upper()}, timeout=30)' % url]
        elif k["kind"] == "azure_translator_key":
            L += ['resp = requests.post("%s", headers=headers, json=[{"Text": text}], timeout=30)' % url]
        else:
            L += ['resp = requests.get("%s", headers=headers, timeout=30)' % url]
    L += ["resp.raise_for_status()"]
    return L


def js_http(S, var):
    k = S.kind
    h = k["http"]
    url = api_url(S)
    if h[0] == "query":
        return ["  const url = new URL('%s');" % url,
                "  url.searchParams.set('key', %s);" % var,
                "  url.searchParams.set('q', text);",
                "  const res = await fetch(url);"]
    if h[0] == "form":
        return ["  const body = new URLSearchParams({ api_token: %s, id: PROJECT_ID, language: lang, type: 'key_value_json' });" % var,
                "  const res = await fetch('%s', { method: 'POST', body });" % url]
    if h[0] == "smartling":
        return ["  const res = await fetch('%s', {" % url,
                "    method: 'POST',",
                "    headers: { 'Content-Type': 'application/json' },",
                "    body: JSON.stringify({ userIdentifier: USER_IDENTIFIER, userSecret: %s }),"  % var,
                "  });"]
    if h[0] == "baidu":
        return ["  const salt = Date.now().toString();",
                "  const sign = crypto.createHash('md5').update(APP_ID + text + salt + %s).digest('hex');" % var,
                "  const res = await fetch(`%s?q=${encodeURIComponent(text)}&from=auto&to=${lang}&appid=${APP_ID}&salt=${salt}&sign=${sign}`);" % url]
    if k["kind"] == "papago_client_secret":
        return ["  const res = await fetch('%s', {" % url,
                "    method: 'POST',",
                "    headers: { 'X-Naver-Client-Id': CLIENT_ID, 'X-Naver-Client-Secret': %s }," % var,
                "    body: new URLSearchParams({ source: 'en', target: lang, text }),",
                "  });"]
    hv = ("'%s' + %s" % (h[1], var)) if h[1] else var
    return ["  const res = await fetch('%s', {" % url,
            "    method: '%s'," % ("POST" if k["provider"] in ("deepl", "azure", "modernmt", "yandex") else "GET"),
            "    headers: { '%s': %s, Accept: 'application/json' }," % (h[0], hv),
            "  });"]


def sh_http(S, ref):
    """curl command lines; ref is the shell text that yields the secret."""
    k = S.kind
    h = k["http"]
    url = api_url(S)
    if h[0] == "query":
        return ['curl -fsS "%s?key=%s&q=hello&target=de"' % (url, ref)]
    if h[0] == "form":
        return ['curl -fsS -X POST %s \\' % url,
                '  -d api_token="%s" -d id="$PROJECT_ID" -d language=de -d type=key_value_json' % ref]
    if h[0] == "smartling":
        return ['curl -fsS -X POST %s \\' % url,
                "  -H 'Content-Type: application/json' \\",
                '  -d "{\\"userIdentifier\\": \\"$USER_IDENTIFIER\\", \\"userSecret\\": \\"%s\\"}"' % ref]
    if h[0] == "baidu":
        return ['SALT=$RANDOM',
                'SIGN=$(printf "%%s" "${APPID}${Q}${SALT}%s" | md5sum | cut -d" " -f1)' % ref,
                'curl -fsS "%s?q=${Q}&from=en&to=zh&appid=${APPID}&salt=${SALT}&sign=${SIGN}"' % url]
    if k["kind"] == "papago_client_secret":
        return ['curl -fsS -X POST %s \\' % url,
                '  -H "X-Naver-Client-Id: $CLIENT_ID" -H "X-Naver-Client-Secret: %s" \\' % ref,
                '  -d "source=en&target=ko&text=Hello"']
    meth = "-X POST " if k["provider"] in ("deepl", "azure", "modernmt", "yandex") else ""
    return ['curl -fsS %s"%s" \\' % (meth, url),
            '  -H "%s: %s%s"' % (h[0], h[1], ref)]


# ---------------------------------------------------------------------------
# Positive-capable templates (also re-used for negatives)
# ---------------------------------------------------------------------------

def locale_globs(g):
    return g.pick([("/src/locales/en.json", "/src/locales/%two_letters_code%.json"),
                   ("/config/locales/en.yml", "/config/locales/%two_letters_code%.yml"),
                   ("/app/src/main/res/values/strings.xml", "/app/src/main/res/values-%android_code%/strings.xml"),
                   ("/locale/en/LC_MESSAGES/django.po", "/locale/%locale_with_underscore%/LC_MESSAGES/django.po"),
                   ("/lib/l10n/app_en.arb", "/lib/l10n/app_%two_letters_code%.arb"),
                   ("/translations/messages.en.xlf", "/translations/messages.%two_letters_code%.xlf")])


@tpl(only("crowdin"))
def crowdin_yml(g, S):
    src, trn = locale_globs(g)
    path = g.pick(["crowdin.yml", "crowdin.yaml", "config/crowdin.yml"])
    q = g.pick(['"', "'", ""])
    L = ["#", "# Crowdin CLI configuration", "# https://crowdin.github.io/crowdin-cli/configuration", "#"]
    if S.kind["kind"] == "crowdin_project_api_key":
        L += ['"project_identifier": "%s"' % (S.pub or "acme-web"), '"api_key": "%s"' % S.val()]
    else:
        L += ['%sproject_id%s: %s%s%s' % (q, q, q, S.pub or g.digits(6), q)]
        if S.obvious:
            L += ['%sapi_token%s: %s%s%s' % (q, q, q, S.val(), q)]
        else:
            L += ["# token for the bot account (ci-l10n@)", '%sapi_token%s: %s%s%s' % (q, q, q, S.val(), q)]
    L += ['%sbase_path%s: %s.%s' % (q, q, q, q), '%sbase_url%s: %shttps://api.crowdin.com%s' % (q, q, q, q),
          '%spreserve_hierarchy%s: true' % (q, q), "", "files:", "  - source: %s" % src, "    translation: %s" % trn]
    if g.chance(0.5):
        L += ["    update_option: update_as_unapproved", "    skip_untranslated_strings: false"]
    if g.chance(0.5):
        L += ["    languages_mapping:", "      two_letters_code:", "        pt-BR: pt_BR", "        zh-CN: zh_Hans", "        zh-TW: zh_Hant"]
    if g.chance(0.4):
        L += ["  - source: /docs/**/*.md", "    translation: /i18n/%locale%/**/%original_file_name%", "    ignore:", "      - /docs/changelog.md"]
    return path, "yaml", join(L)


@tpl(only("lokalise"))
def lokalise_yml(g, S):
    path = g.pick(["lokalise.yml", ".lokalise.yml", "config/lokalise.yml", ".lokalise2/config.yml"])
    pid = S.pub or "4120977365f2f6a3d7c0e4.81645312"
    L = ["# lokalise2 CLI config (file download / upload)", "token: %s" % S.val(), "project-id: %s" % pid, ""]
    fmt = g.pick(["json", "yaml", "xml", "strings", "po"])
    L += ["file:", "  download:", "    format: %s" % fmt, "    original-filenames: true",
          "    directory-prefix: \"%%LANG_ISO%%/\"", "    bundle-structure: \"locales/%%LANG_ISO%%.%s\"" % fmt,
          "    export-empty-as: base", "    include-tags:", "      - release-%d.%d" % (g.rint(1, 9), g.rint(0, 30)),
          "  upload:", "    file: locales/en.%s" % fmt, "    lang-iso: en", "    replace-modified: true",
          "    cleanup-mode: false", "    poll: true"]
    return path, "yaml", join(L)


@tpl(only("phrase"))
def phrase_yml(g, S):
    path = g.pick([".phrase.yml", ".phraseapp.yml", "config/.phrase.yml"])
    root = "phraseapp" if "phraseapp" in path else "phrase"
    fmt, file_, ext = g.pick([("yml", "./config/locales/<locale_name>.yml", "yml"),
                              ("i18next", "./public/locales/<locale_name>/translation.json", "json"),
                              ("gettext", "./locale/<locale_name>/LC_MESSAGES/messages.po", "po"),
                              ("xml", "./app/src/main/res/values-<locale_code>/strings.xml", "xml")])
    L = ["%s:" % root, "  access_token: %s" % S.val(), "  project_id: %s" % (S.pub or g.hex(32)),
         "  file_format: %s" % fmt, "  host: https://api.phrase.com/v2", "  push:", "    sources:",
         "      - file: %s" % file_.replace("<locale_name>", "en").replace("<locale_code>", "en"), "        params:",
         "          locale_id: en", "          update_translations: %s" % g.pick(["true", "false"]),
         "  pull:", "    targets:", "      - file: %s" % file_, "        params:", "          file_format: %s" % fmt,
         "          include_empty_translations: false"]
    if g.chance(0.5):
        L.insert(0, "# Phrase Strings CLI - see `phrase help`")
    return path, "yaml", join(L)


@tpl(only("transifex"))
def transifexrc(g, S):
    host = g.pick(["https://app.transifex.com", "https://www.transifex.com"])
    L = ["[%s]" % host, "rest_hostname = https://rest.api.transifex.com", "api_hostname  = https://api.transifex.com",
         "hostname      = %s" % host]
    if g.chance(0.5):
        L += ["username      = api", "password      = %s" % S.val()]
    else:
        L += ["token         = %s" % S.val()]
    L += ["", "# tx client reads this file from the repo root in CI (see scripts/tx-pull.sh)"]
    return g.pick([".transifexrc", "ci/.transifexrc"]), "ini", join(L)


@tpl(kinds_("weblate_api_key"))
def weblate_ini(g, S):
    url = g.pick(["https://hosted.weblate.org/api/", "https://translate.%s.org/api/" % g.pick(["fossapp", "kde-games", "mycorp"])])
    L = ["[weblate]", "url = %s" % url, "translation = %s/%s" % (g.pick(["acme", "bookreader", "notes"]), g.pick(["android", "web", "glossary"]))]
    if g.chance(0.5):
        L += ["key = %s" % S.val()]
    else:
        L += ["", "[keys]", "%s = %s" % (url, S.val())]
    L += ["", "[weblate:acme/web]", "translation = acme/web", "file_format = json", "# wlc pull / wlc push run from .github/workflows/l10n.yml"]
    return g.pick([".weblate", "weblate.ini", ".config/weblate"]), "ini", join(L)


@tpl(only("tolgee"))
def tolgeerc(g, S):
    path = g.pick([".tolgeerc", ".tolgeerc.json", "tolgee.config.json"])
    pid = S.pub or g.digits(4)
    L = ["{", '  "$schema": "https://docs.tolgee.io/cli-schema.json",', '  "apiUrl": "https://app.tolgee.io",',
         '  "apiKey": "%s",' % S.val(), '  "projectId": %s,' % pid, '  "format": "%s",' % g.pick(["JSON_TOLGEE", "JSON_ICU", "PO_ICU", "ANDROID_XML"]),
         '  "patterns": ["./src/**/*.ts?(x)"],', '  "push": {', '    "files": [', '      { "path": "./i18n/en.json", "language": "en" },',
         '      { "path": "./i18n/de.json", "language": "de" }', "    ],", '    "forceMode": "KEEP"', "  },",
         '  "pull": {', '    "path": "./i18n",', '    "delimiter": "."', "  }", "}"]
    return path, "json", join(L)


@tpl(only("localazy"))
def localazy_json(g, S):
    if g.chance(0.3):
        L = ["{", '  "_comment": "CLI keys for CI; the read key is passed with -r from the env",',
             '  "_owner": "platform-l10n",', '  "writeKey": "%s"' % S.val(), "}"]
        return "localazy.keys.json", "json", join(L)
    typ = g.pick(["json", "android", "ios-strings", "po", "yaml"])
    L = ["{", '  "writeKey": "%s",' % S.val(), "", '  "upload": {', '    "type": "%s",' % typ,
         '    "deprecate": "file",', '    "features": ["plural_object", "filter_untranslated"],',
         '    "files": "%s"' % g.pick(["src/locales/en.json", "app/src/main/res/values/strings.xml", "locale/en/messages.po", "config/locales/en.yml"]),
         "  },", "", '  "download": {', '    "files": "%s",' % g.pick(["src/locales/${lang}.json", "app/src/main/res/values-${langAndroidRes}/strings.xml", "locale/${lang}/messages.po"]),
         '    "includeSourceLang": false', "  }", "}"]
    return "localazy.json", "json", join(L)


@tpl(only("poeditor"))
def poeditor_yml(g, S):
    path = g.pick(["poeditor.yml", ".poeditor.yml", "config/poeditor.yml"])
    L = ["api_key: %s" % S.val(), "project_id: %s" % (S.pub or g.digits(6)), "type: %s" % g.pick(["apple_strings", "android_strings", "po", "key_value_json", "arb"]),
         "tags: [%s]" % g.pick(["ios", "android", "web", "release"]), "filters: [translated]", "", "languages: [en, de, fr, es, ja, zh-Hans, pt-BR]",
         "language_alias:", "  zh: zh-Hans", "  pt: pt-BR", "", "path: %s" % g.pick(["Resources/{LANGUAGE}.lproj/Localizable.strings", "app/src/main/res/values-{LANGUAGE}/strings.xml", "locales/{LANGUAGE}.json"]),
         "path_replace:", "  en: Resources/Base.lproj/Localizable.strings"]
    return path, "yaml", join(L)


@tpl(only("smartling"))
def smartling_yml(g, S):
    path = g.pick(["smartling.yml", ".smartling.yml", "config/smartling.yml"])
    L = ["# smartling-cli configuration", "user_id: \"%s\"" % S.pub, "secret: \"%s\"" % S.val(),
         "account_id: \"%s\"" % g.hex(9), "project_id: \"%s\"" % g.hex(9), "", "files:",
         "  \"locales/en/**/*.json\":", "    push:", "      type: json", "      directives:",
         "        smartling.placeholder_format_custom: \"\\\\{\\\\{[^}]+\\\\}\\\\}\"", "    pull:",
         "      format: \"locales/{{.Locale}}/{{name .FileURI}}{{ext .FileURI}}\""]
    return path, "yaml", join(L)


@tpl()
def dotenv(g, S):
    path = g.pick([".env", ".env.local", ".env.production", "deploy/.env", "services/translator/.env", ".env.development"])
    L = []
    if g.chance(0.5):
        L += ["# %s" % g.pick(["i18n / localisation", "Translation pipeline", "Machine translation fallback", "generated by ops on %d-%02d-%02d" % (g.rint(2021, 2024), g.rint(1, 12), g.rint(1, 28))])]
    L += other_env(g, g.rint(2, 6))
    if S.kind["pub_env"] and S.pub:
        L += ["%s=%s" % (S.pub_name("SCREAM"), S.pub)]
    q = g.pick(["", '"', "'"])
    L += ["%s=%s%s%s" % (S.name("SCREAM"), q, S.val("plain"), q)]
    L += other_env(g, g.rint(1, 4))
    return path, "dotenv", join(L)


@tpl()
def docker_compose(g, S):
    if S.kind["provider"] == "weblate" or (S.kind["kind"] in WEBLATE_MT and g.chance(0.3)):
        svc = "weblate"
    else:
        svc = g.pick(["translator", "i18n-worker", "l10n-sync", "api"])
    img = {"weblate": "weblate/weblate:5.%d" % g.rint(0, 8), "translator": "ghcr.io/acme/translator:%d.%d.%d" % (g.rint(1, 3), g.rint(0, 9), g.rint(0, 20))}.get(svc, "node:20-alpine")
    L = ["services:", "  %s:" % svc, "    image: %s" % img, "    restart: unless-stopped", "    ports:", "      - \"%d:8080\"" % g.pick([8080, 8000, 3000, 9090]),
         "    environment:"]
    dash = g.chance(0.4)
    env = []
    if svc == "weblate":
        env += [("WEBLATE_SITE_DOMAIN", "translate.example.org"), ("WEBLATE_ADMIN_EMAIL", "l10n-admin@example.org"),
                ("POSTGRES_HOST", "database"), ("REDIS_HOST", "cache")]
    else:
        env += [("DEFAULT_LOCALE", "en"), ("NODE_ENV", "production")]
    if S.kind["pub_env"] and S.pub:
        env += [(S.pub_name("SCREAM"), S.pub)]
    env += [(S.name("SCREAM"), S.val("compose"))]
    for k_, v_ in env:
        if dash:
            L += ["      - %s=%s" % (k_, v_)]
        else:
            L += ["      %s: %s" % (k_, ('"%s"' % v_) if g.chance(0.5) else v_)]
    L += ["    volumes:", "      - ./locales:/app/locales", "    depends_on:", "      - %s" % ("database" if svc == "weblate" else "redis")]
    if svc == "weblate":
        L += ["  database:", "    image: postgres:16-alpine", "    env_file: ./environment", "  cache:", "    image: redis:7-alpine"]
    else:
        L += ["  redis:", "    image: redis:7-alpine"]
    return g.pick(["docker-compose.yml", "docker-compose.override.yml", "compose.yaml", "deploy/docker-compose.yml"]), "yaml", join(L)


CLI_CMDS = {
    "crowdin": ["crowdin upload sources", "crowdin download --export-only-approved"],
    "lokalise": ["lokalise2 file upload --project-id \"$LOKALISE_PROJECT_ID\" --file locales/en.json --lang-iso en",
                 "lokalise2 file download --project-id \"$LOKALISE_PROJECT_ID\" --format json --unzip-to locales"],
    "phrase": ["phrase push --wait", "phrase pull"],
    "transifex": ["tx push --source", "tx pull --all --minimum-perc=80"],
    "poeditor": ["bundle exec poeditor pull"],
    "smartling": ["smartling-cli push", "smartling-cli pull --source"],
    "weblate": ["wlc push", "wlc pull"],
    "tolgee": ["npx @tolgee/cli push", "npx @tolgee/cli pull"],
    "localazy": ["localazy upload", "localazy download"],
}


def cli_for(S):
    return CLI_CMDS.get(S.kind["provider"], ["python scripts/machine_translate.py --missing-only --target de,fr,ja"])


@tpl(not_pw)
def gha_workflow(g, S):
    name = g.pick(["i18n-sync.yml", "translations.yml", "l10n.yml", "sync-locales.yml", "crowdin.yml", "machine-translate.yml"])
    sha = g.hex(40)
    L = ["name: %s" % g.pick(["Sync translations", "Localization", "i18n", "Pull translations nightly"]), "", "on:",
         "  push:", "    branches: [main]", "    paths: ['locales/**', 'src/**/*.tsx']", "  schedule:", "    - cron: '%d %d * * *'" % (g.rint(0, 59), g.rint(0, 23)),
         "  workflow_dispatch:", "", "jobs:", "  sync:", "    runs-on: ubuntu-latest", "    env:"]
    if S.kind["pub_env"] and S.pub:
        L += ["      %s: %s" % (S.pub_name("SCREAM"), S.pub)]
    L += ["      %s: %s" % (S.name("SCREAM"), S.val("gha"))]
    L += ["    steps:", "      - uses: actions/checkout@%s # v4" % sha, "      - uses: actions/setup-node@v4", "        with:", "          node-version: 20",
          "      - run: npm ci"]
    for c in cli_for(S):
        L += ["      - run: %s" % c]
    L += ["      - name: Open PR", "        uses: peter-evans/create-pull-request@v6", "        with:",
          "          title: 'chore(i18n): update translations'", "          branch: i18n/auto-update", "          labels: localization"]
    return ".github/workflows/" + name, "yaml", join(L)


@tpl(not_pw)
def gitlab_ci(g, S):
    L = ["stages:", "  - extract", "  - sync", "  - build", "", "variables:", "  DEFAULT_LOCALE: en"]
    if S.kind["pub_env"] and S.pub:
        L += ["  %s: \"%s\"" % (S.pub_name("SCREAM"), S.pub)]
    L += ["  %s: \"%s\"" % (S.name("SCREAM"), S.val("gitlab"))]
    L += ["", "extract-messages:", "  stage: extract", "  image: node:20", "  script:", "    - npm ci", "    - npm run i18n:extract",
          "  artifacts:", "    paths: [locales/en.json]", "", "sync-translations:", "  stage: sync", "  image: %s" % g.pick(["python:3.12-slim", "node:20", "ruby:3.3"]),
          "  rules:", "    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", "  script:"]
    for c in cli_for(S):
        L += ["    - %s" % c]
    return ".gitlab-ci.yml", "yaml", join(L)


@tpl()
def k8s_secret(g, S):
    ns = g.pick(["i18n", "l10n", "translations", "default"])
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % g.pick(["translator-credentials", "tms-credentials", "l10n-sync"]),
         "  namespace: %s" % ns, "  labels:", "    app.kubernetes.io/part-of: localization", "type: Opaque", "stringData:"]
    if S.kind["kind"] in PAIR and S.pub:
        L += ["  %s: \"%s\"" % (S.pub_name("snake" if g.chance(0.5) else "SCREAM"), S.pub)]
    L += ["  %s: \"%s\"" % (S.name(g.pick(["snake", "SCREAM", "kebab"])), S.val())]
    return g.pick(["deploy/k8s/translator-secret.yaml", "k8s/l10n/secret.yaml", "charts/translator/templates/secret.yaml"]), "yaml", join(L)


def py_pre(S, g):
    """module-level lines defining the secret and companions for python http snippets."""
    k = S.kind
    L = []
    if k["kind"] == "smartling_user_secret":
        L += ['USER_IDENTIFIER = "%s"' % S.pub]
    elif k["kind"] == "papago_client_secret":
        L += ['CLIENT_ID = "%s"' % S.pub]
    elif k["kind"] == "baidu_translate_secret_key":
        L += ['APP_ID = "%s"' % S.pub]
    elif k["kind"] == "poeditor_api_token":
        L += ['PROJECT_ID = "%s"' % (S.pub or "412345")]
    return L


@tpl(http_ok)
def py_requests(g, S):
    var = S.name("SCREAM")
    L = ['#!/usr/bin/env python3', '"""%s"""' % g.pick(["Fill missing strings in locales/*.json via machine translation.",
                                                         "Download the latest translations and write them to locales/.",
                                                         "Nightly l10n sync used by the release pipeline."]),
         "import hashlib", "import json", "import os", "import random", "import sys", "from pathlib import Path", "", "import requests", "",
         'LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"', 'SOURCE_LOCALE = "en"']
    L += py_pre(S, g)
    L += ["%s = %s" % (var, S.expr("py")), "", "",
          "def translate(text, target):"]
    L += ["    " + x for x in py_http(S, var)]
    L += ["    return resp.json()", "", "",
          "def main(argv):", "    targets = argv[1:] or [\"de\", \"fr\", \"ja\"]",
          "    source = json.loads((LOCALES_DIR / f\"{SOURCE_LOCALE}.json\").read_text(encoding=\"utf-8\"))",
          "    for target in targets:", "        out = LOCALES_DIR / f\"{target}.json\"",
          "        existing = json.loads(out.read_text(encoding=\"utf-8\")) if out.exists() else {}",
          "        for key, text in source.items():", "            if key not in existing:",
          "                existing[key] = translate(text, target)",
          "        out.write_text(json.dumps(existing, ensure_ascii=False, indent=2) + \"\\n\", encoding=\"utf-8\")",
          "        print(f\"{target}: {len(existing)} strings\")", "", "",
          'if __name__ == "__main__":', "    sys.exit(main(sys.argv))"]
    return g.pick(["scripts/sync_translations.py", "tools/i18n/fill_missing.py", "scripts/machine_translate.py", "bin/l10n_sync.py"]), "python", join(L)


def py_sdk_lines(S, g):
    k = S.kind["kind"]
    e = S.expr("py")
    v = S.name("snake")
    if k == "deepl_auth_key":
        return ["import deepl", "", "%s = %s" % (v, e), "translator = deepl.Translator(%s)" % v,
                "result = translator.translate_text(text, target_lang=target.upper())", "return result.text"], None
    if k == "aws_secret_access_key":
        return ["import boto3", "", "client = boto3.client(", '    "translate",', '    region_name="eu-west-1",',
                '    aws_access_key_id="%s",' % S.pub, "    aws_secret_access_key=%s," % e, ")",
                'resp = client.translate_text(Text=text, SourceLanguageCode="en", TargetLanguageCode=target)',
                'return resp["TranslatedText"]'], "inline"
    if k == "lokalise_api_token":
        return ["import lokalise", "", "client = lokalise.Client(%s)" % e,
                "keys = client.keys(%s, {\"limit\": 500})" % ('"%s"' % (S.pub or "4120977365f2f6a3d7c0e4.81645312")),
                "return [k.key_name for k in keys.items]"], "inline"
    if k == "crowdin_personal_access_token":
        return ["from crowdin_api import CrowdinClient", "", "class Client(CrowdinClient):", "    TOKEN = %s" % e,
                "    PROJECT_ID = %s" % (S.pub or "412345"), "", "client = Client()",
                "return client.translations.build_crowdin_project_translation()"], None
    if k == "google_translate_api_key":
        return ["from googleapiclient.discovery import build", "", "service = build(\"translate\", \"v2\", developerKey=%s)" % e,
                "res = service.translations().list(source=\"en\", target=target, q=[text]).execute()",
                "return res[\"translations\"][0][\"translatedText\"]"], "inline"
    if k == "poeditor_api_token":
        return ["from poeditor import POEditorAPI", "", "client = POEditorAPI(api_token=%s)" % e,
                "return client.export(\"%s\", language_code=target, file_type=\"json\")" % (S.pub or "412345")], "inline"
    if k == "weblate_api_key":
        return ["import wlc", "", "client = wlc.Weblate(key=%s, url=\"https://hosted.weblate.org/api/\")" % e,
                "return client.get_translation(f\"acme/web/{target}\").statistics()"], "inline"
    if k == "transifex_api_token":
        return ["from transifex.api import transifex_api", "", "transifex_api.setup(auth=%s)" % e,
                "org = transifex_api.Organization.get(slug=\"acme\")", "return list(org.fetch(\"projects\"))"], "inline"
    if k == "phrase_access_token":
        return ["import phrase_api", "", "configuration = phrase_api.Configuration()",
                "configuration.api_key[\"Authorization\"] = %s" % e, "configuration.api_key_prefix[\"Authorization\"] = \"token\"",
                "with phrase_api.ApiClient(configuration) as api_client:",
                "    return phrase_api.LocalesApi(api_client).locales_list(\"%s\")" % (S.pub or g.hex(32))], "inline"
    return None, None


@tpl(lambda k: k["kind"] in ("deepl_auth_key", "aws_secret_access_key", "lokalise_api_token", "crowdin_personal_access_token",
                             "google_translate_api_key", "poeditor_api_token", "weblate_api_key", "transifex_api_token", "phrase_access_token"))
def py_sdk(g, S):
    body, _ = py_sdk_lines(S, g)
    imports = [x for x in body if x.startswith("import ") or x.startswith("from ")]
    rest = [x for x in body if x not in imports and x != ""]
    L = ["\"\"\"Helpers for the translation admin commands.\"\"\"", "import logging", "import os"] + imports + ["",
         "log = logging.getLogger(__name__)", "", "SUPPORTED = (\"de\", \"fr\", \"es\", \"it\", \"ja\", \"ko\", \"zh\")", "", "",
         "def run(text=\"\", target=\"de\"):", "    if target not in SUPPORTED:", "        raise ValueError(f\"unsupported locale {target}\")",
         "    log.info(\"translating %d chars to %s\", len(text), target)"]
    L += ["    " + x for x in rest]
    return g.pick(["app/i18n/providers.py", "translations/management/commands/_client.py", "src/l10n/client.py", "scripts/i18n_helpers.py"]), "python", join(L)


def js_pre(S):
    k = S.kind
    if k["kind"] == "smartling_user_secret":
        return ["const USER_IDENTIFIER = '%s';" % S.pub]
    if k["kind"] == "papago_client_secret":
        return ["const CLIENT_ID = '%s';" % S.pub]
    if k["kind"] == "baidu_translate_secret_key":
        return ["const APP_ID = '%s';" % S.pub]
    if k["kind"] == "poeditor_api_token":
        return ["const PROJECT_ID = '%s';" % (S.pub or "412345")]
    return []


@tpl(http_ok)
def node_fetch(g, S):
    var = S.name(g.pick(["SCREAM", "camel"]))
    ext = g.pick(["mjs", "js", "ts"])
    L = ["// %s" % g.pick(["Pulls translated bundles before `npm run build`.", "Machine-translates new keys into every target locale.",
                           "Used by the `i18n:sync` npm script."]),
         "import fs from 'node:fs/promises';", "import path from 'node:path';"]
    if S.kind["kind"] == "baidu_translate_secret_key":
        L += ["import crypto from 'node:crypto';"]
    L += ["", "const LOCALES = ['de', 'fr', 'es', 'ja', 'pt-BR'];", "const OUT_DIR = path.resolve('public/locales');"]
    L += js_pre(S)
    e = S.expr("ts" if ext == "ts" else "js").replace('"', "'")
    L += ["const %s = %s;" % (var, e), "", "async function translate(text, lang) {"]
    L += js_http(S, var)
    L += ["  if (!res.ok) throw new Error(`HTTP ${res.status} for ${lang}`);", "  return res.json();", "}", "",
          "for (const lang of LOCALES) {", "  const data = await translate('Hello', lang);",
          "  await fs.writeFile(path.join(OUT_DIR, lang, 'common.json'), JSON.stringify(data, null, 2));",
          "  console.log(`wrote ${lang}`);", "}"]
    return g.pick(["scripts/pull-translations.", "scripts/i18n-sync.", "tools/translate-missing."]) + ext, ext == "ts" and "typescript" or "javascript", join(L)


@tpl(http_ok)
def i18next_setup(g, S):
    k = S.kind
    L = ["import i18n from 'i18next';", "import { initReactI18next } from 'react-i18next';", "import LanguageDetector from 'i18next-browser-languagedetector';"]
    e = S.expr(g.pick(["js", "vite"])).replace('"', "'")
    if k["provider"] == "tolgee":
        L = ["import { Tolgee, DevTools, FormatSimple, BackendFetch } from '@tolgee/react';", "",
             "export const tolgee = Tolgee()", "  .use(DevTools())", "  .use(FormatSimple())", "  .use(BackendFetch())", "  .init({",
             "    language: 'en',", "    availableLanguages: ['en', 'de', 'cs', 'fr', 'ja'],", "    apiUrl: 'https://app.tolgee.io',",
             "    %s: %s," % ("apiKey" if S.obvious else "apiKey", e), "    projectId: %s," % (S.pub or g.digits(4)),
             "    defaultNs: 'common',", "  });"]
        return g.pick(["src/tolgee.ts", "src/i18n/tolgee.ts", "src/lib/i18n.ts"]), "typescript", join(L)
    L += ["import HttpBackend from 'i18next-http-backend';", ""]
    h = k["http"]
    var = S.name("camel")
    L += js_pre(S)
    L += ["const %s = %s;" % (var, e), ""]
    if h[0] in ("query", "form", "smartling", "baidu") or k["kind"] == "papago_client_secret":
        L += ["async function fetchMissing(lng, ns, key, fallback) {"] + js_http(S, var) + ["  return res.json();", "}", ""]
    else:
        hv = ("'%s' + %s" % (h[1], var)) if h[1] else var
        L += ["const backendOptions = {", "  loadPath: '%s/{{lng}}/{{ns}}'," % api_url(S).split("?")[0].rstrip("/"),
              "  customHeaders: {", "    '%s': %s," % (h[0], hv), "  },", "  crossDomain: true,", "};", ""]
    L += ["i18n", "  .use(HttpBackend)", "  .use(LanguageDetector)", "  .use(initReactI18next)", "  .init({",
          "    fallbackLng: 'en',", "    supportedLngs: ['en', 'de', 'fr', 'es', 'ar', 'he', 'ja'],", "    ns: ['common', 'checkout', 'settings'],",
          "    defaultNS: 'common',", "    interpolation: { escapeValue: false },"]
    if "backendOptions" in "\n".join(L):
        L += ["    backend: backendOptions,"]
    else:
        L += ["    saveMissing: true,", "    missingKeyHandler: (lngs, ns, key, fb) => fetchMissing(lngs[0], ns, key, fb),"]
    L += ["  });", "", "export default i18n;"]
    return g.pick(["src/i18n.ts", "src/i18n/index.js", "src/lib/i18n.js", "app/i18n/config.ts"]), "typescript", join(L)


@tpl(http_ok)
def go_client(g, S):
    k = S.kind
    h = k["http"]
    cname = S.name("camel")
    url = api_url(S)
    L = ["package translate", "", "import (", '\t"context"', '\t"fmt"', '\t"net/http"', '\t"net/url"', '\t"strings"', '\t"time"', ")", ""]
    if S.mode == "env":
        L += ["var %s = %s" % (cname, S.expr("go"))]
        L.insert(L.index('\t"strings"'), '\t"os"')
    else:
        L += ["const %s = %s" % (cname, S.expr("go"))]
    if k["kind"] in PAIR and S.pub:
        L += ['const clientID = "%s"' % S.pub]
    L += ["", "var httpClient = &http.Client{Timeout: 20 * time.Second}", "",
          "// Translate sends one string to the MT backend and returns the raw response.",
          "func Translate(ctx context.Context, text, target string) (*http.Response, error) {",
          "\tform := url.Values{}", '\tform.Set("text", text)', '\tform.Set("target_lang", strings.ToUpper(target))']
    if h[0] == "query":
        L += ['\tform.Set("key", %s)' % cname, '\treq, err := http.NewRequestWithContext(ctx, http.MethodPost, "%s?"+form.Encode(), nil)' % url]
    elif h[0] == "form":
        L += ['\tform.Set("api_token", %s)' % cname, '\treq, err := http.NewRequestWithContext(ctx, http.MethodPost, "%s", strings.NewReader(form.Encode()))' % url]
    elif h[0] == "smartling":
        L += ['\tbody := fmt.Sprintf(`{"userIdentifier":%%q,"userSecret":%%q}`, clientID, %s)' % cname,
              '\treq, err := http.NewRequestWithContext(ctx, http.MethodPost, "%s", strings.NewReader(body))' % url]
    elif h[0] == "baidu":
        L += ['\tform.Set("appid", clientID)', '\tform.Set("sign", sign(clientID+text+"1435660288"+%s))' % cname,
              '\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, "%s?"+form.Encode(), nil)' % url]
    else:
        L += ['\treq, err := http.NewRequestWithContext(ctx, http.MethodPost, "%s", strings.NewReader(form.Encode()))' % url]
        if k["kind"] == "papago_client_secret":
            L += ['\tif err == nil {', '\t\treq.Header.Set("X-Naver-Client-Id", clientID)', '\t}']
        L += ['\tif err == nil {', '\t\treq.Header.Set("%s", %s)' % (h[0], ('"%s"+%s' % (h[1], cname)) if h[1] else cname), '\t}']
    L += ["\tif err != nil {", "\t\treturn nil, fmt.Errorf(\"build request: %w\", err)", "\t}",
          '\treq.Header.Set("Content-Type", "application/x-www-form-urlencoded")', "\treturn httpClient.Do(req)", "}"]
    return g.pick(["internal/translate/client.go", "pkg/l10n/mt.go", "internal/i18n/provider.go"]), "go", join(L)


@tpl(lambda k: http_ok(k) or k["kind"] == "aws_secret_access_key")
def ruby_rake(g, S):
    k = S.kind
    var = S.name("SCREAM")
    L = ["# frozen_string_literal: true", "", "require 'net/http'", "require 'json'", "", "namespace :i18n do"]
    L += ["  %s = %s" % (var, S.expr("rb"))]
    if k["kind"] in PAIR and S.pub:
        L += ["  CLIENT_ID = '%s'" % S.pub]
    L += ["", "  desc 'Fill missing keys in config/locales with machine translations'", "  task fill_missing: :environment do",
          "    source = YAML.load_file(Rails.root.join('config/locales/en.yml'))['en']", "    I18n.available_locales.each do |locale|",
          "      next if locale == :en"]
    if k["kind"] == "aws_secret_access_key":
        L += ["      client = Aws::Translate::Client.new(region: 'eu-west-1', access_key_id: CLIENT_ID, secret_access_key: %s)" % var,
              "      text = client.translate_text(text: source.dig('home', 'title'), source_language_code: 'en', target_language_code: locale.to_s).translated_text"]
    else:
        h = k["http"]
        L += ["      uri = URI('%s')" % api_url(S), "      req = Net::HTTP::Post.new(uri)"]
        if h[0] in ("query", "form"):
            L += ["      req.set_form_data('%s' => %s, 'q' => source.dig('home', 'title'), 'target' => locale.to_s)" % (h[1], var)]
        elif h[0] == "smartling":
            L += ["      req.body = { userIdentifier: CLIENT_ID, userSecret: %s }.to_json" % var]
        elif h[0] == "baidu":
            L += ["      req.set_form_data('appid' => CLIENT_ID, 'sign' => Digest::MD5.hexdigest(CLIENT_ID + 'hi' + '42' + %s))" % var]
        else:
            if k["kind"] == "papago_client_secret":
                L += ["      req['X-Naver-Client-Id'] = CLIENT_ID"]
            L += ["      req['%s'] = %s" % (h[0], ('"%s#{%s}"' % (h[1], var)) if h[1] else var)]
        L += ["      res = Net::HTTP.start(uri.hostname, uri.port, use_ssl: true) { |http| http.request(req) }",
              "      text = JSON.parse(res.body)"]
    L += ["      puts \"#{locale}: #{text.inspect[0, 60]}\"", "    end", "  end", "end"]
    return g.pick(["lib/tasks/i18n.rake", "lib/tasks/translations.rake"]), "ruby", join(L)


@tpl(lambda k: k["kind"] in ("crowdin_personal_access_token", "lokalise_api_token", "phrase_access_token"))
def symfony_env(g, S):
    k = S.kind
    pub = S.pub or g.digits(6)
    if k["provider"] == "crowdin":
        dsn = "crowdin://%s:%s@%s.default" % (pub, S.val("symfony") if S.mode != "env" else S.val("plain"), g.pick(["acme", "shopware-fr", "mycompany"]))
        env = "CROWDIN_DSN"
    elif k["provider"] == "lokalise":
        dsn = "lokalise://%s:%s@default" % (pub, S.val("plain"))
        env = "LOKALISE_DSN"
    else:
        dsn = "phrase://%s:%s@default?userAgent=%s" % (pub, S.val("plain"), g.pick(["acme-shop", "myProject"]))
        env = "PHRASE_DSN"
    L = ["# In all environments, the following files are loaded if they exist,", "# the latter taking precedence over the former:", "#",
         "#  * .env                contains default values for the environment variables needed by the app",
         "#  * .env.local          uncommitted file with local overrides", "",
         "###> symfony/framework-bundle ###", "APP_ENV=%s" % g.pick(["dev", "prod"]), "APP_SECRET=",
         "###< symfony/framework-bundle ###", "", "###> symfony/%s-translation-provider ###" % k["provider"],
         "%s=%s" % (env, dsn), "###< symfony/%s-translation-provider ###" % k["provider"], "",
         "###> doctrine/doctrine-bundle ###", "DATABASE_URL=\"postgresql://app:${DB_PASSWORD}@127.0.0.1:5432/app?serverVersion=16&charset=utf8\"",
         "###< doctrine/doctrine-bundle ###"]
    return g.pick([".env", ".env.local", ".env.prod.local"]), "dotenv", join(L)


@tpl(lambda k: http_ok(k) or k["provider"] in ("localazy", "aws"))
def shell_curl(g, S):
    k = S.kind
    ref = S.val("shell")
    L = ["#!/usr/bin/env bash", "# %s" % g.pick(["Pull translations into ./locales (run from repo root)", "Smoke-test the MT credentials", "l10n sync used by cron on build-01"]),
         "set -euo pipefail", "", 'LOCALES_DIR="${LOCALES_DIR:-./locales}"']
    if k["kind"] in PAIR and S.pub:
        L += ['%s="%s"' % ({"smartling_user_secret": "USER_IDENTIFIER", "papago_client_secret": "CLIENT_ID", "baidu_translate_secret_key": "APPID",
                            "aws_secret_access_key": "AWS_ACCESS_KEY_ID"}[k["kind"]], S.pub)]
    if k["kind"] == "poeditor_api_token":
        L += ['PROJECT_ID="%s"' % (S.pub or "412345")]
    if k["kind"] == "baidu_translate_secret_key":
        L += ['Q="hello"']
    if g.chance(0.5) or k["provider"] in ("localazy", "aws"):
        L += ['%s="%s"' % (S.name("SCREAM"), ref)]
        ref2 = "${%s}" % S.name("SCREAM")
    else:
        ref2 = ref
    if k["provider"] == "localazy":
        L += ["", 'localazy upload -w "%s" -r "$LOCALAZY_READ_KEY"' % ref2, "localazy download"]
    elif k["provider"] == "aws":
        L += ["export AWS_ACCESS_KEY_ID", "export AWS_SECRET_ACCESS_KEY=\"%s\"" % ref2, "",
              "aws translate translate-text --region eu-west-1 \\", "  --source-language-code en --target-language-code de \\", "  --text \"Welcome back\""]
    else:
        L += [""] + sh_http(S, ref2)
    L += ["", 'echo "done: $(date -u +%FT%TZ)" >> "$LOCALES_DIR/.last-sync"']
    return g.pick(["scripts/sync-i18n.sh", "bin/pull-translations", "tools/mt-smoke-test.sh", "scripts/l10n/pull.sh"]), "shell", join(L)


@tpl(lambda k: (k["provider"] in CLI_CMDS or http_ok(k)) and not_pw(k))
def makefile(g, S):
    k = S.kind
    L = [".PHONY: i18n-extract i18n-push i18n-pull i18n-check", "", "LOCALES := en de fr es ja zh-CN", "SRC := $(shell find src -name '*.tsx')"]
    flag = {"crowdin": "--token", "lokalise": "--token", "phrase": "--access_token", "tolgee": "--api-key", "localazy": "-w"}.get(k["provider"])
    if S.obvious or not flag:
        L += ["%s ?= %s" % (S.name("SCREAM"), S.val("plain"))]
    L += ["", "i18n-extract:", "\tnpx formatjs extract '$(SRC)' --out-file locales/en.json --id-interpolation-pattern '[sha512:contenthash:base64:6]'", ""]
    if flag:
        tok = "$(%s)" % S.name("SCREAM") if (S.obvious) else S.val("plain")
        cmd = {"crowdin": "crowdin upload sources %s %s" % (flag, tok), "lokalise": "lokalise2 %s %s --project-id %s file upload --file locales/en.json --lang-iso en" % (flag, tok, S.pub or "4120977365f2f6a3d7c0e4.81645312"),
               "phrase": "phrase push %s %s" % (flag, tok), "tolgee": "npx @tolgee/cli %s %s push" % (flag, tok), "localazy": "localazy upload %s %s" % (flag, tok)}[k["provider"]]
        L += ["i18n-push: i18n-extract", "\t" + cmd, ""]
    else:
        L += ["i18n-push: i18n-extract"] + ["\t" + x.replace("$", "$$") if False else "\t" + x for x in sh_http(S, "$(%s)" % S.name("SCREAM"))] + [""]
    L += ["i18n-pull:", "\t%s" % cli_for(S)[-1], "", "i18n-check:", "\tnode scripts/check-missing-keys.js $(LOCALES)"]
    return "Makefile", "makefile", join(L)


@tpl(lambda k: (http_ok(k) or k["provider"] in CLI_CMDS) and not_pw(k))
def markdown_runbook(g, S):
    k = S.kind
    title = g.pick(["Localization runbook", "Translations: how-to", "i18n on-call notes", "Releasing translated builds"])
    L = ["# %s" % title, "", "_Owner: @%s — last reviewed %d-%02d_" % (g.pick(["maria.k", "l10n-team", "jonas", "aiko.t"]), g.rint(2022, 2025), g.rint(1, 12)), "",
         "## Overview", "", "Source strings live in `locales/en.json`; translators work in %s." % k["provider"].capitalize(),
         "Never edit non-English files by hand — the next sync overwrites them.", "", "## Pulling translations manually", ""]
    if k["provider"] in CLI_CMDS and k["provider"] not in ("poeditor",):
        if S.obvious:
            L += ["```bash", "export %s=%s" % (S.name("SCREAM"), S.val("shell"))] + cli_for(S) + ["```"]
        else:
            flag = {"crowdin": "crowdin download --token", "lokalise": "lokalise2 file download --format json --unzip-to locales --token",
                    "phrase": "phrase pull --access_token", "tolgee": "npx @tolgee/cli pull --api-key", "localazy": "localazy download -w",
                    "transifex": "tx --token", "weblate": "wlc --key", "smartling": "smartling-cli --secret"}[k["provider"]]
            tail = {"transifex": " pull --all", "weblate": " pull", "smartling": " --user %s pull" % (S.pub or "")}.get(k["provider"], "")
            L += ["The bot account's credential is below (rotate it after the migration, see #l10n):", "", "```bash",
                  "%s %s%s" % (flag, S.val("shell"), tail), "```"]
    else:
        L += ["Quick check that the MT endpoint answers:", "", "```bash"]
        if S.obvious:
            L += ["%s=%s" % (S.name("SCREAM"), S.val("shell"))] + sh_http(S, "$" + S.name("SCREAM"))
        else:
            L += sh_http(S, S.val("shell"))
        L += ["```"]
    L += ["", "## Troubleshooting", "", "| Symptom | Fix |", "|---|---|", "| `401 Unauthorized` | token rotated — ask in #l10n |",
          "| missing plural forms | check CLDR rules for `ar`, `pl`, `ru` |", "| RTL layout broken | verify `dir=\"rtl\"` on `<html>` for `ar`/`he` |"]
    return g.pick(["notes/runbook.md", "docs/i18n.md", "docs/localization/README.md", "LOCALIZATION.md", "wiki/translations.md"]), "markdown", join(L)


@tpl(not_pw)
def laravel_services(g, S):
    key = S.kind["provider"]
    L = ["<?php", "", "return [", "", "    /*", "    |--------------------------------------------------------------------------",
         "    | Third Party Services", "    |--------------------------------------------------------------------------", "    */", "",
         "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),", "        'secret' => env('MAILGUN_SECRET'),", "    ],", "",
         "    '%s' => [" % key]
    if S.kind["kind"] in PAIR and S.pub:
        L += ["        '%s' => '%s'," % ({"aws": "key", "smartling": "user_identifier", "papago": "client_id", "baidu": "app_id"}[key], S.pub)]
    nm = "secret" if S.kind["kind"] in PAIR else ("token" if "token" in S.kind["kind"] else "key")
    if S.mode == "env":
        L += ["        '%s' => env('%s')," % (nm, S.env)]
    else:
        L += ["        '%s' => env('%s', '%s')," % (nm, S.env, S.value) if S.obvious else "        '%s' => '%s'," % (nm, S.value)]
    L += ["        'source_locale' => 'en',", "        'target_locales' => ['de', 'fr', 'es', 'tr', 'ar'],", "    ],", "", "];"]
    return "config/services.php", "php", join(L)


@tpl(not_pw)
def spring_properties(g, S):
    pfx = g.pick(["app.i18n", "translation", "l10n.%s" % S.kind["provider"]])
    L = ["spring.application.name=%s" % g.pick(["catalog-service", "storefront-api", "content-hub"]), "server.port=8080",
         "spring.messages.basename=i18n/messages", "spring.messages.encoding=UTF-8", "spring.messages.fallback-to-system-locale=false", "",
         "# --- translation provider ---", "%s.provider=%s" % (pfx, S.kind["provider"])]
    if S.kind["kind"] in PAIR and S.pub:
        L += ["%s.%s=%s" % (pfx, S.pub_name("kebab"), S.pub)]
    if S.kind["url"]:
        L += ["%s.base-url=%s" % (pfx, api_url(S).split("?")[0])]
    L += ["%s.%s=%s" % (pfx, S.name("kebab"), S.val("spring")), "%s.timeout=15s" % pfx, "%s.target-locales=de,fr,it,es,pl" % pfx, "",
          "management.endpoints.web.exposure.include=health,info"]
    return "src/main/resources/application%s.properties" % g.pick(["", "-prod", "-staging"]), "properties", join(L)


@tpl(not_pw)
def spring_yml(g, S):
    L = ["spring:", "  application:", "    name: %s" % g.pick(["catalog-service", "storefront-api", "content-hub"]), "  messages:", "    basename: i18n/messages",
         "    encoding: UTF-8", "", "translation:", "  provider: %s" % S.kind["provider"], "  %s:" % S.kind["provider"]]
    if S.kind["kind"] in PAIR and S.pub:
        L += ["    %s: %s" % (S.pub_name("kebab"), S.pub)]
    v = S.val("spring")
    L += ["    %s: %s" % (S.name(g.pick(["kebab", "camel"])), ('"%s"' % v) if (g.chance(0.5) or v.startswith("$") or v == "") else v)]
    L += ["    target-locales: [de, fr, it, es, pl, ja]", "    batch-size: 50", "", "logging:", "  level:", "    com.acme.i18n: DEBUG"]
    return g.pick(["src/main/resources/application.yml", "src/main/resources/application-prod.yml", "config/application.yml"]), "yaml", join(L)


@tpl(not_pw)
def gradle_kts(g, S):
    fld = S.name("SCREAM")
    inner = S.val("plain")
    L = ["plugins {", "    id(\"com.android.application\")", "    id(\"org.jetbrains.kotlin.android\")", "}", "", "android {",
         "    namespace = \"com.%s.app\"" % g.pick(["acme", "lingua", "notes"]), "    compileSdk = 34", "", "    defaultConfig {",
         "        applicationId = \"com.%s.app\"" % g.pick(["acme", "lingua", "notes"]), "        minSdk = 24", "        targetSdk = 34",
         "        versionCode = %d" % g.rint(10, 400), "        versionName = \"%d.%d.%d\"" % (g.rint(1, 4), g.rint(0, 20), g.rint(0, 9)),
         "        resourceConfigurations += listOf(\"en\", \"de\", \"fr\", \"ja\", \"ko\", \"ar\")"]
    if S.kind["kind"] in PAIR and S.pub:
        L += ["        buildConfigField(\"String\", \"%s\", \"\\\"%s\\\"\")" % (S.pub_name("SCREAM"), S.pub)]
    L += ["        buildConfigField(\"String\", \"%s\", \"\\\"%s\\\"\")" % (fld, inner), "    }", "}", "", "dependencies {",
          "    implementation(\"androidx.appcompat:appcompat:1.6.1\")", "    implementation(\"com.squareup.okhttp3:okhttp:4.12.0\")", "}"]
    return "app/build.gradle.kts", "kotlin", join(L)


@tpl(not_pw)
def local_properties(g, S):
    path = g.pick(["local.properties", "gradle.properties", "secrets.properties"])
    L = ["## This file must *NOT* be checked into Version Control Systems," if path == "local.properties" else "# Project-wide Gradle settings.",
         "# as it contains information specific to your local configuration." if path == "local.properties" else "org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8",
         "sdk.dir=/Users/%s/Library/Android/sdk" % g.pick(["dev", "jkim", "maria"]) if path == "local.properties" else "android.useAndroidX=true", ""]
    if S.kind["kind"] in PAIR and S.pub:
        L += ["%s=%s" % (S.pub_name("dot"), S.pub)]
    L += ["%s=%s" % (S.name(g.pick(["dot", "camel", "SCREAM"])), S.val("plain")), "l10n.defaultLocale=en", "l10n.pseudoLocales=en-XA,ar-XB"]
    return path, "properties", join(L)


@tpl(not_pw)
def swift_config(g, S):
    var = S.name("camel")
    L = ["//", "//  TranslationConfig.swift", "//  %s" % g.pick(["Lingo", "TravelBuddy", "NotesApp"]), "//", "", "import Foundation", "",
         "enum TranslationConfig {", "    static let supportedLanguages = [\"en\", \"de\", \"fr\", \"ja\", \"ko\", \"zh-Hans\"]",
         "    static let baseURL = URL(string: \"%s\")!" % (api_url(S).split("?")[0] if S.kind["url"] else "https://translate.example.com")]
    if S.kind["kind"] in PAIR and S.pub:
        L += ["    static let %s = \"%s\"" % (S.pub_name("camel"), S.pub)]
    L += ["    static let %s = %s" % (var, S.expr("swift")), "    static let requestTimeout: TimeInterval = 20", "}", "",
          "extension Locale {", "    var translationCode: String {", "        language.languageCode?.identifier ?? \"en\"", "    }", "}"]
    return g.pick(["Sources/App/Config/TranslationConfig.swift", "ios/Lingo/Config/TranslationConfig.swift", "App/Services/TranslationConfig.swift"]), "swift", join(L)


def header_kind(k):
    return http_ok(k) and k["http"][0] not in ("query", "form", "smartling", "baidu")


@tpl(header_kind)
def dart_service(g, S):
    var = "_" + S.name("camel")
    L = ["import 'dart:convert';", "", "import 'package:http/http.dart' as http;", "", "class TranslationService {",
         "  TranslationService({http.Client? client}) : _client = client ?? http.Client();", "", "  final http.Client _client;"]
    if S.kind["kind"] in PAIR and S.pub:
        L += ["  static const _clientId = '%s';" % S.pub]
    if S.mode == "env":
        L += ["  static %s = %s;" % (var, S.expr("dart"))]
    else:
        L += ["  static const %s = '%s';" % (var, S.value)]
    L += ["", "  Future<String> translate(String text, String target) async {",
          "    final uri = Uri.parse('%s');" % api_url(S),
          "    final headers = <String, String>{'%s': '%s$%s'};" % (S.kind["http"][0], S.kind["http"][1], var),
          ("    headers['X-Naver-Client-Id'] = _clientId;" if S.kind["kind"] == "papago_client_secret" else "    // region header is set by the proxy"),
          "    final res = await _client.post(uri, headers: headers, body: {'text': text, 'target': target});",
          "    if (res.statusCode != 200) {", "      throw Exception('translation failed: ${res.statusCode}');", "    }",
          "    return jsonDecode(utf8.decode(res.bodyBytes))['translations'][0]['text'] as String;", "  }", "}"]
    return g.pick(["lib/services/translation_service.dart", "lib/src/l10n/mt_service.dart"]), "dart", join(L)


@tpl()
def django_settings(g, S):
    L = ['"""', "Django settings for %s project." % g.pick(["shop", "portal", "newsroom"]), '"""', "from pathlib import Path", "import os", "",
         "BASE_DIR = Path(__file__).resolve().parent.parent", "", "LANGUAGE_CODE = \"en\"", "TIME_ZONE = \"UTC\"", "USE_I18N = True", "USE_TZ = True", "",
         "LANGUAGES = [", "    (\"en\", \"English\"),", "    (\"de\", \"Deutsch\"),", "    (\"fr\", \"Français\"),", "    (\"ja\", \"日本語\"),",
         "    (\"ar\", \"العربية\"),", "]", "LOCALE_PATHS = [BASE_DIR / \"locale\"]", ""]
    if S.kind.get("password"):
        L += ["# Weblate container bootstrap (docker/weblate/settings-override.py)", "WEBLATE_ADMIN_NAME = \"Weblate Admin\"",
              "WEBLATE_ADMIN_EMAIL = \"l10n@example.org\"", "%s = %s" % (S.name("SCREAM"), S.expr("py"))]
    else:
        L += ["# django-modeltranslation / rosetta machine translation"]
        if S.kind["kind"] in PAIR and S.pub:
            L += ["%s = \"%s\"" % (S.pub_name("SCREAM"), S.pub)]
        nm = {"deepl": "DEEPL_AUTH_KEY", "google": "ROSETTA_GOOGLE_TRANSLATE_KEY" if False else "GOOGLE_TRANSLATE_KEY", "azure": "AZURE_CLIENT_SECRET" if False else "AZURE_TRANSLATOR_KEY"}.get(S.kind["provider"])
        L += ["%s = %s" % (S.name("SCREAM") if (S.obvious or not nm) else S.name("SCREAM"), S.expr("py"))]
        L += ["ROSETTA_MESSAGES_PER_PAGE = 25", "ROSETTA_ENABLE_TRANSLATION_SUGGESTIONS = True"]
    return g.pick(["config/settings.py", "mysite/settings/production.py", "app/settings/base.py"]), "python", join(L)


@tpl(lambda k: k["provider"] in ("crowdin", "lokalise", "phrase", "tolgee", "localazy") and not_pw(k))
def package_json(g, S):
    k = S.kind
    flag = {"crowdin": "--token", "lokalise": "--token", "phrase": "--access_token", "tolgee": "--api-key", "localazy": "-w"}[k["provider"]]
    tok = S.val("shell")
    cmd_push = {"crowdin": "crowdin upload sources %s %s" % (flag, tok), "lokalise": "lokalise2 --token %s --project-id %s file upload --file src/locales/en.json --lang-iso en" % (tok, S.pub or "4120977365f2f6a3d7c0e4.81645312"),
                "phrase": "phrase push %s %s" % (flag, tok), "tolgee": "tolgee %s %s push" % (flag, tok), "localazy": "localazy upload %s %s" % (flag, tok)}[k["provider"]]
    L = ["{", '  "name": "%s",' % g.pick(["@acme/web", "storefront", "docs-portal", "lingua-app"]), '  "version": "%d.%d.%d",' % (g.rint(0, 3), g.rint(0, 30), g.rint(0, 9)),
         '  "private": true,', '  "type": "module",', '  "scripts": {', '    "dev": "vite",', '    "build": "tsc -b && vite build",',
         '    "i18n:extract": "formatjs extract \'src/**/*.ts*\' --out-file src/locales/en.json",',
         '    "i18n:push": "%s",' % cmd_push.replace('"', '\\"'), '    "i18n:pull": "%s",' % cli_for(S)[-1].replace('"', '\\"'), '    "test": "vitest run"', "  },",
         '  "dependencies": {', '    "i18next": "^23.11.5",', '    "react": "^18.3.1",', '    "react-i18next": "^14.1.2"', "  },",
         '  "devDependencies": {', '    "@formatjs/cli": "^6.2.12",', '    "typescript": "^5.4.5",', '    "vite": "^5.2.11"', "  }", "}"]
    return "package.json", "json", join(L)


@tpl(not_pw)
def appsettings_json(g, S):
    sec = {"azure": "AzureTranslator", "deepl": "DeepL", "google": "GoogleTranslate", "aws": "AmazonTranslate"}.get(S.kind["provider"], S.kind["provider"].capitalize())
    nm = S.name("pascal") if not S.obvious else g.pick(["SubscriptionKey", "ApiKey", "AuthKey", "Secret"])
    if S.obvious and S.kind["kind"] in PAIR:
        nm = "SecretKey"
    L = ["{", '  "Logging": {', '    "LogLevel": {', '      "Default": "Information",', '      "Microsoft.AspNetCore": "Warning"', "    }", "  },",
         '  "AllowedHosts": "*",', '  "Localization": {', '    "DefaultCulture": "en-US",', '    "SupportedCultures": [ "en-US", "de-DE", "fr-FR", "ja-JP", "ar-SA" ]', "  },",
         '  "%s": {' % sec]
    if S.kind["url"]:
        L += ['    "Endpoint": "%s",' % api_url(S).split("?")[0]]
    if S.kind["kind"] in PAIR and S.pub:
        L += ['    "%s": "%s",' % (S.pub_name("pascal"), S.pub)]
    if S.kind["kind"] == "azure_translator_key":
        L += ['    "Region": "%s",' % (S.pub or "westeurope")]
    L += ['    "%s": "%s"' % (nm, S.val("dotnet") if S.mode != "env" else ""), "  }", "}"]
    return g.pick(["appsettings.json", "appsettings.Production.json", "src/Api/appsettings.Development.json"]), "json", join(L)


@tpl(not_pw)
def jenkinsfile(g, S):
    L = ["pipeline {", "    agent { label 'linux' }", "    options { timestamps() }", "    environment {", "        DEFAULT_LOCALE = 'en'"]
    if S.kind["kind"] in PAIR and S.pub:
        L += ["        %s = '%s'" % (S.pub_name("SCREAM"), S.pub)]
    if S.mode == "env":
        L += ["        %s = credentials('%s')" % (S.name("SCREAM"), S.env.lower().replace("_", "-"))]
    else:
        L += ["        %s = '%s'" % (S.name("SCREAM"), S.value)]
    L += ["    }", "    stages {", "        stage('Extract') {", "            steps { sh 'npm ci && npm run i18n:extract' }", "        }",
          "        stage('Sync translations') {", "            when { branch 'main' }", "            steps {"]
    for c in cli_for(S):
        L += ["                sh '%s'" % c.replace("'", "\\'")]
    L += ["            }", "        }", "    }", "}"]
    return "Jenkinsfile", "groovy", join(L)


@tpl(lambda k: k["provider"] in ("google", "deepl", "azure", "papago", "yandex", "modernmt", "baidu", "lokalise", "crowdin"))
def android_strings(g, S):
    keys = pick_keys(g, g.rint(6, 12))
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>", '    <string name="app_name" translatable="false">%s</string>' % g.pick(["Lingo", "TravelBuddy", "Notes"])]
    half = len(keys) // 2
    for i, kk in enumerate(keys):
        if i == half:
            if S.kind["kind"] in PAIR and S.pub:
                L += ['    <string name="%s" translatable="false">%s</string>' % (S.pub_name("snake"), S.pub)]
            L += ['    <string name="%s" translatable="false">%s</string>' % (S.name("snake"), xml_esc(S.val("android")))]
        L += ['    <string name="%s">%s</string>' % (kk.replace(".", "_"), tr(kk, "en").replace("'", "\\'").replace("&", "&amp;"))]
    L += ["</resources>"]
    return "app/src/main/res/values/strings.xml", "xml", join(L)


@tpl(not_pw)
def info_plist(g, S):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
         '<plist version="1.0">', "<dict>", "\t<key>CFBundleDevelopmentRegion</key>", "\t<string>en</string>", "\t<key>CFBundleLocalizations</key>", "\t<array>"]
    for lang in g.r.sample(["en", "de", "fr", "ja", "ko", "zh-Hans", "ar", "he", "es"], 5):
        L += ["\t\t<string>%s</string>" % lang]
    L += ["\t</array>", "\t<key>CFBundleShortVersionString</key>", "\t<string>$(MARKETING_VERSION)</string>"]
    if S.kind["kind"] in PAIR and S.pub:
        L += ["\t<key>%s</key>" % S.pub_name("pascal"), "\t<string>%s</string>" % S.pub]
    L += ["\t<key>%s</key>" % S.name("pascal"), "\t<string>%s</string>" % (xml_esc(S.val("plain")) if S.mode != "env" else "$(%s)" % S.env)]
    L += ["\t<key>UIApplicationSupportsIndirectInputEvents</key>", "\t<true/>", "</dict>", "</plist>"]
    return g.pick(["ios/Runner/Info.plist", "App/Info.plist", "Lingo/Supporting Files/Info.plist"]), "plist", join(L)


@tpl()
def toml_config(g, S):
    L = ["# translator service configuration", "[server]", "listen = \"0.0.0.0:%d\"" % g.pick([8080, 9000, 7070]), "workers = %d" % g.rint(2, 16), "",
         "[i18n]", "source = \"en\"", "targets = [\"de\", \"fr\", \"es\", \"pt-BR\", \"ja\", \"ko\", \"zh-CN\", \"ar\"]", "fallback = \"en\"", "",
         "[provider.%s]" % S.kind["provider"]]
    if S.kind["url"]:
        L += ["endpoint = \"%s\"" % api_url(S).split("?")[0]]
    if S.kind["kind"] in PAIR and S.pub:
        L += ["%s = \"%s\"" % (S.pub_name("snake"), S.pub)]
    L += ["%s = \"%s\"" % (S.name("snake"), S.val("plain")), "timeout_secs = 20", "", "[cache]", "backend = \"redis\"", "ttl = \"24h\""]
    return g.pick(["config/translator.toml", "i18n.toml", "config/l10n.toml"]), "toml", join(L)


@tpl(kinds_("aws_secret_access_key"))
def aws_credentials(g, S):
    L = ["# profile used by scripts/translate_release_notes.py (Amazon Translate)", "[default]", "region = eu-west-1", "output = json", "",
         "[%s]" % g.pick(["translate", "l10n-ci", "mt-bot"]), "aws_access_key_id = %s" % S.pub, "aws_secret_access_key = %s" % S.val(), "region = %s" % g.pick(["eu-west-1", "us-east-1", "eu-central-1"])]
    return g.pick(["deploy/aws/credentials", ".aws/credentials", "ci/aws-credentials"]), "ini", join(L)


@tpl(lambda k: http_ok(k) and k["http"][0] not in ("smartling", "baidu"))
def powershell(g, S):
    k = S.kind
    h = k["http"]
    L = ["<#", ".SYNOPSIS", "  Pulls translated resx files and checks the MT endpoint.", "#>", "param(", "  [string[]]$Locales = @('de-DE', 'fr-FR', 'ja-JP')", ")", "",
         "$ErrorActionPreference = 'Stop'", "$%s = '%s'" % (S.name("pascal"), S.val("plain") if S.mode != "env" else "") if S.mode != "env" else "$%s = $env:%s" % (S.name("pascal"), S.env)]
    if k["kind"] == "papago_client_secret":
        L += ["$ClientId = '%s'" % S.pub]
    url = api_url(S)
    if h[0] == "query":
        L += ["$uri = \"%s?key=$%s&q=Hello&target=de\"" % (url, S.name("pascal")), "$headers = @{}"]
    elif h[0] == "form":
        L += ["$uri = '%s'" % url, "$headers = @{}", "$body = @{ api_token = $%s; id = '412345'; language = 'de'; type = 'resx' }" % S.name("pascal")]
    else:
        L += ["$uri = '%s'" % url, "$headers = @{ '%s' = \"%s$%s\" }" % (h[0], h[1], S.name("pascal"))]
        if k["kind"] == "papago_client_secret":
            L += ["$headers['X-Naver-Client-Id'] = $ClientId"]
    L += ["foreach ($locale in $Locales) {", "  Write-Host \"Syncing $locale\"",
          "  $resp = Invoke-RestMethod -Method Post -Uri $uri -Headers $headers%s" % (" -Body $body" if h[0] == "form" else ""),
          "  $resp | ConvertTo-Json -Depth 5 | Out-File \"Resources/Strings.$locale.json\" -Encoding utf8", "}"]
    return g.pick(["scripts/Sync-Translations.ps1", "build/Update-Resx.ps1"]), "powershell", join(L)


@tpl(not_pw)
def nuxt_config(g, S):
    e = S.expr("js").replace('"', "'")
    L = ["// https://nuxt.com/docs/api/configuration/nuxt-config", "export default defineNuxtConfig({", "  modules: ['@nuxtjs/i18n'],", "  i18n: {",
         "    locales: [", "      { code: 'en', iso: 'en-US', file: 'en.json' },", "      { code: 'de', iso: 'de-DE', file: 'de.json' },",
         "      { code: 'ar', iso: 'ar-SA', file: 'ar.json', dir: 'rtl' },", "      { code: 'ja', iso: 'ja-JP', file: 'ja.json' },", "    ],",
         "    lazy: true,", "    langDir: 'locales',", "    defaultLocale: 'en',", "    strategy: 'prefix_except_default',", "  },", "  runtimeConfig: {"]
    if S.kind["kind"] in PAIR and S.pub:
        L += ["    %s: '%s'," % (S.pub_name("camel"), S.pub)]
    L += ["    %s: %s," % (S.name("camel"), e), "    public: {", "      siteUrl: 'https://www.example.com',", "    },", "  },", "})"]
    return "nuxt.config.ts", "typescript", join(L)


@tpl(not_pw)
def azure_local_settings(g, S):
    L = ["{", '  "IsEncrypted": false,', '  "Values": {', '    "AzureWebJobsStorage": "UseDevelopmentStorage=true",', '    "FUNCTIONS_WORKER_RUNTIME": "%s",' % g.pick(["dotnet-isolated", "node", "python"]),
         '    "DEFAULT_TARGET_LANGUAGES": "de,fr,ja,ko",']
    if S.kind["kind"] in PAIR and S.pub:
        L += ['    "%s": "%s",' % (S.pub_name("SCREAM"), S.pub)]
    if S.kind["kind"] == "azure_translator_key":
        L += ['    "AZURE_TRANSLATOR_REGION": "%s",' % (S.pub or "westeurope")]
    L += ['    "%s": "%s"' % (S.name("SCREAM"), S.val("plain")), "  }", "}"]
    return g.pick(["local.settings.json", "src/Functions/local.settings.json"]), "json", join(L)


WEBLATE_MT = {"deepl_auth_key": "WEBLATE_MT_DEEPL_KEY", "google_translate_api_key": "WEBLATE_MT_GOOGLE_KEY",
              "azure_translator_key": "WEBLATE_MT_MICROSOFT_COGNITIVE_KEY", "modernmt_api_key": "WEBLATE_MT_MODERNMT_KEY",
              "yandex_translate_legacy_key": "WEBLATE_MT_YANDEX_KEY", "aws_secret_access_key": "WEBLATE_MT_AWS_SECRET_ACCESS_KEY",
              "baidu_translate_secret_key": "WEBLATE_MT_BAIDU_SECRET", "weblate_admin_password": "WEBLATE_ADMIN_PASSWORD"}


@tpl(lambda k: k["kind"] in WEBLATE_MT)
def weblate_environment(g, S):
    k = S.kind["kind"]
    L = ["# Weblate docker environment (docker-compose env_file)", "WEBLATE_DEBUG=0", "WEBLATE_LOGLEVEL=INFO",
         "WEBLATE_SITE_TITLE=%s Translate" % g.pick(["Acme", "FOSS Reader", "Notes"]), "WEBLATE_SITE_DOMAIN=translate.example.org",
         "WEBLATE_ADMIN_NAME=Weblate Admin", "WEBLATE_ADMIN_EMAIL=l10n-admin@example.org", "WEBLATE_SERVER_EMAIL=noreply@example.org",
         "WEBLATE_DEFAULT_FROM_EMAIL=noreply@example.org", "WEBLATE_ALLOWED_HOSTS=*", "WEBLATE_REGISTRATION_OPEN=0", "",
         "POSTGRES_USER=weblate", "POSTGRES_DATABASE=weblate", "POSTGRES_HOST=database", "POSTGRES_PORT=", "",
         "REDIS_HOST=cache", "REDIS_PORT=6379", "", "# admin bootstrap" if S.kind.get("password") else "# machine translation"]
    if k == "aws_secret_access_key":
        L += ["WEBLATE_MT_AWS_REGION=eu-west-1", "WEBLATE_MT_AWS_ACCESS_KEY_ID=%s" % S.pub]
    if k == "baidu_translate_secret_key":
        L += ["WEBLATE_MT_BAIDU_ID=%s" % S.pub]
    name = WEBLATE_MT[k] if S.obvious else WEBLATE_MT[k]
    L += ["%s=%s" % (name, S.val("plain"))]
    return g.pick(["environment", "docker/weblate/environment", "weblate.env"]), "dotenv", join(L)


@tpl(lambda k: k["provider"] in ("azure", "deepl", "google", "modernmt", "yandex"))
def csharp_service(g, S):
    k = S.kind
    h = k["http"]
    L = ["using System.Net.Http;", "using System.Net.Http.Json;", "", "namespace Acme.Localization;", "", "public sealed class MachineTranslator",
         "{", "    private static readonly HttpClient Http = new();"]
    if S.mode == "env":
        L += ["    private static readonly string %s = %s ?? \"\";" % (S.name("pascal"), S.expr("cs"))]
    else:
        L += ["    private const string %s = \"%s\";" % (S.name("pascal"), S.value)]
    L += ["", "    public async Task<string> TranslateAsync(string text, string to)", "    {"]
    if h[0] == "query":
        L += ["        var url = $\"%s?key={%s}&q={Uri.EscapeDataString(text)}&target={to}\";" % (api_url(S), S.name("pascal")),
              "        using var req = new HttpRequestMessage(HttpMethod.Post, url);"]
    else:
        L += ["        using var req = new HttpRequestMessage(HttpMethod.Post, \"%s\");" % api_url(S),
              "        req.Headers.Add(\"%s\", %s%s);" % (h[0], ('"%s" + ' % h[1]) if h[1] else "", S.name("pascal"))]
        if k["kind"] == "azure_translator_key":
            L += ["        req.Headers.Add(\"Ocp-Apim-Subscription-Region\", \"%s\");" % (S.pub or "westeurope")]
    L += ["        req.Content = JsonContent.Create(new[] { new { Text = text } });", "        using var res = await Http.SendAsync(req);",
          "        res.EnsureSuccessStatusCode();", "        return await res.Content.ReadAsStringAsync();", "    }", "}"]
    return g.pick(["src/Acme.Localization/MachineTranslator.cs", "Services/TranslatorService.cs"]), "csharp", join(L)


@tpl(lambda k: k["provider"] in ("lokalise", "phrase", "crowdin", "tolgee", "transifex", "weblate") and not_pw(k))
def react_intl_loader(g, S):
    k = S.kind
    h = k["http"]
    var = S.name("SCREAM")
    e = S.expr("js").replace('"', "'")
    L = ["import { createIntl, createIntlCache } from 'react-intl';", "", "const cache = createIntlCache();",
         "const %s = %s;" % (var, e), "", "// Loads compiled ICU messages straight from the TMS (staging builds only).",
         "export async function loadMessages(locale) {",
         "  const res = await fetch(`%s?locale=${locale}`, {" % api_url(S), "    headers: { '%s': %s },"
         % (h[0], ("`%s${%s}`" % (h[1], var)) if h[1] else var), "  });", "  if (!res.ok) {",
         "    console.warn('falling back to bundled messages', res.status);", "    return (await import(`../lang/${locale}.json`)).default;", "  }",
         "  return res.json();", "}", "", "export async function makeIntl(locale) {", "  const messages = await loadMessages(locale);",
         "  return createIntl({ locale, defaultLocale: 'en', messages }, cache);", "}"]
    return g.pick(["src/intl/loadMessages.js", "src/i18n/remote.js", "web/src/lib/intl.js"]), "javascript", join(L)


@tpl(lambda k: k["provider"] in ("azure", "google", "aws") and not_pw(k))
def terraform_tfvars(g, S):
    L = ["# %s" % g.pick(["staging", "prod", "shared-services"]), "environment = \"%s\"" % g.pick(["staging", "prod"]), "region      = \"%s\"" % g.pick(["westeurope", "eu-west-1", "europe-west1"]),
         "", "translator_sku = \"S1\"", "default_locales = [\"en\", \"de\", \"fr\", \"ja\"]"]
    if S.kind["kind"] in PAIR and S.pub:
        L += ["%s = \"%s\"" % (S.pub_name("snake"), S.pub)]
    L += ["%s = \"%s\"" % (S.name("snake"), S.val("plain")), "", "tags = {", "  team    = \"l10n\"", "  managed = \"terraform\"", "}"]
    return g.pick(["infra/terraform.tfvars", "terraform/envs/prod.auto.tfvars"]), "hcl", join(L)



@tpl(http_ok)
def js_inline_resources(g, S):
    langs = g.r.sample(["en", "de", "fr", "ja", "ar", "ru", "ko", "he", "hi", "th", "zh-CN"], g.rint(3, 4))
    if "en" not in langs:
        langs[0] = "en"
    keys = pick_keys(g, g.rint(3, 5))
    var = S.name(g.pick(["camel", "SCREAM"]))
    L = ["import i18n from 'i18next';", "import { initReactI18next } from 'react-i18next';"]
    if S.kind["kind"] == "baidu_translate_secret_key":
        L += ["import crypto from 'crypto';"]
    L += ["", "const resources = {"]
    for l in langs:
        L += ["  '%s': {" % l, "    translation: {"]
        for k in keys:
            L += ["      '%s': %s," % (k, json.dumps(tr(k, l), ensure_ascii=False))]
        L += ["    },", "  },"]
    L += ["};", ""]
    L += js_pre(S)
    L += ["// dev only: machine-translate keys that are missing in a locale", "const %s = %s;" % (var, S.expr("js").replace('"', "'")), "",
          "async function translate(text, lang) {"] + js_http(S, var) + ["  return res.json();", "}", "",
          "i18n.use(initReactI18next).init({", "  resources,", "  lng: 'en',", "  fallbackLng: 'en',", "  saveMissing: import.meta.env.DEV,",
          "  missingKeyHandler: (lngs, ns, key, fallback) => translate(fallback, lngs[0]),", "});", "", "export default i18n;"]
    return g.pick(["src/i18n.js", "src/locales/index.js", "web/i18n/setup.js"]), "javascript", join(L)


@tpl(http_ok)
def py_po_autotranslate(g, S):
    langs = g.r.sample(["de", "fr", "es", "ja", "ru", "ar", "ko", "pl", "tr", "el"], 3)
    var = S.name("SCREAM")
    L = ['"""Auto-translate empty msgstr entries in locale/*/LC_MESSAGES/django.po (polib)."""', "import hashlib", "import os", "import random", "", "import polib", "import requests", "",
         "# Terms translators asked us to keep consistent", "GLOSSARY = {"]
    for k in ["settings.api_key", "auth.password", "nav.settings", "auth.sign_in"]:
        L += ["    %s: {%s}," % (json.dumps(tr(k, "en")), ", ".join("%s: %s" % (json.dumps(l), json.dumps(tr(k, l), ensure_ascii=False)) for l in langs))]
    L += ["}", ""] + py_pre(S, g) + ["%s = %s" % (var, S.expr("py")), "", "",
          "def translate(text, target):"]
    L += ["    " + x for x in py_http(S, var)]
    L += ["    return resp.json()", "", "",
          "def fill(path, target):", "    po = polib.pofile(path)", "    for entry in po.untranslated_entries():",
          "        entry.msgstr = GLOSSARY.get(entry.msgid, {}).get(target) or translate(entry.msgid, target)",
          "        entry.flags.append(\"fuzzy\")", "    po.save()", "", "",
          'if __name__ == "__main__":', "    for lang in %r:" % langs, '        fill(f"locale/{lang}/LC_MESSAGES/django.po", lang)']
    return g.pick(["scripts/po_autotranslate.py", "tools/fill_po.py"]), "python", join(L)

# ---------------------------------------------------------------------------
# Negative domain look-alike templates
# ---------------------------------------------------------------------------

def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def js_esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def nest(keys, lang):
    out = {}
    for k in keys:
        a, b = k.split(".", 1)
        out.setdefault(a, {})[b] = tr(k, lang)
    return out


@ntpl
def neg_locale_json(g):
    lang = g.pick(LANGS)
    keys = pick_keys(g, g.rint(8, 18))
    flat = g.chance(0.4)
    data = {k: tr(k, lang) for k in keys} if flat else nest(keys, lang)
    txt = json.dumps(data, ensure_ascii=False, indent=g.pick([2, 4])) + "\n"
    path = g.pick(["public/locales/%s/common.json" % lang, "src/locales/%s.json" % lang, "assets/i18n/%s.json" % lang, "lang/%s.json" % lang])
    return path, "json", txt, "none", "locale_bundle"


@ntpl
def neg_android_strings(g):
    lang = g.pick([l for l in LANGS if l != "en"])
    q = lang.replace("-", "-r") if "-" in lang else lang
    keys = pick_keys(g, g.rint(8, 16))
    L = ['<?xml version="1.0" encoding="utf-8"?>', '<resources xmlns:tools="http://schemas.android.com/tools">']
    for k in keys:
        L += ['    <string name="%s">%s</string>' % (k.replace(".", "_"), xml_esc(tr(k, lang)).replace("'", "\\'"))]
    L += ['    <string name="api_key_hint">%s</string>' % xml_esc(tr("settings.api_key", lang)),
          '    <plurals name="files_count">', '        <item quantity="one">%d file</item>', '        <item quantity="other">%d files</item>', '    </plurals>', "</resources>"]
    return "app/src/main/res/values-%s/strings.xml" % q, "xml", join(L), "none", "android_strings"


@ntpl
def neg_localizable_strings(g):
    lang = g.pick(["de", "fr", "ja", "ko", "zh-Hans", "ar", "he", "ru", "es", "th"])
    lmap = {"zh-Hans": "zh-CN"}
    keys = pick_keys(g, g.rint(8, 16))
    L = ["/*", "  Localizable.strings", "  %s" % g.pick(["Lingo", "TravelBuddy", "Notes"]), "*/", ""]
    for k in keys:
        L += ['/* %s */' % g.pick(["Button title", "Label", "Alert message", "Placeholder", "Settings row"]),
              '"%s" = "%s";' % (k, js_esc(tr(k, lmap.get(lang, lang)).replace("{name}", "%@").replace("{count", "%d{count"))), ""]
    return "%s/%s.lproj/Localizable.strings" % (g.pick(["Lingo", "Resources", "App"]), lang), "strings", join(L), "none", "ios_strings"


@ntpl
def neg_xcstrings(g):
    keys = pick_keys(g, g.rint(3, 6))
    langs = g.r.sample(["de", "fr", "ja", "ko", "ar", "he", "ru", "zh-CN"], 3)
    strings = {}
    for k in keys:
        loc = {}
        for l in langs:
            loc[l.replace("zh-CN", "zh-Hans")] = {"stringUnit": {"state": g.pick(["translated", "needs_review"]), "value": tr(k, l)}}
        strings[tr(k, "en")] = {"comment": "key %s" % k, "extractionState": "manual", "localizations": loc}
    data = {"sourceLanguage": "en", "strings": strings, "version": "1.0"}
    txt = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return g.pick(["Lingo/Localizable.xcstrings", "App/Resources/Localizable.xcstrings"]), "xcstrings", txt, "none", "xcstrings"


@ntpl
def neg_arb(g):
    lang = g.pick(["de", "fr", "ja", "ko", "ar", "he", "ru", "es", "hi", "uk"])
    keys = pick_keys(g, g.rint(5, 10))
    data = {"@@locale": lang, "@@last_modified": "20%02d-%02d-%02dT%02d:%02d:00.000Z" % (g.rint(22, 25), g.rint(1, 12), g.rint(1, 28), g.rint(0, 23), g.rint(0, 59))}
    for k in keys:
        nm = style_name(words_of(k.replace(".", "_")), "camel")
        data[nm] = tr(k, lang)
        if "{" in tr(k, "en"):
            data["@" + nm] = {"description": "Shown on %s" % k.split(".")[0], "placeholders": {"name": {"type": "String"}, "count": {"type": "int"}}}
    txt = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return "lib/l10n/app_%s.arb" % lang, "arb", txt, "none", "flutter_arb"


def po_header(g, lang, crowdin=True):
    L = ['msgid ""', 'msgstr ""', '"Project-Id-Version: %s\\n"' % g.pick(["acme-web", "bookreader", "shop 2.4"]),
         '"Report-Msgid-Bugs-To: l10n@example.org\\n"', '"POT-Creation-Date: 20%02d-%02d-%02d %02d:%02d+0000\\n"' % (g.rint(20, 25), g.rint(1, 12), g.rint(1, 28), g.rint(0, 23), g.rint(0, 59)),
         '"PO-Revision-Date: 20%02d-%02d-%02d %02d:%02d\\n"' % (g.rint(20, 25), g.rint(1, 12), g.rint(1, 28), g.rint(0, 23), g.rint(0, 59)),
         '"Last-Translator: %s\\n"' % g.pick(["Automatically generated", "Jana Nováková <jana@example.org>"]), '"Language: %s\\n"' % lang.replace("-", "_"),
         '"MIME-Version: 1.0\\n"', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Content-Transfer-Encoding: 8bit\\n"',
         '"Plural-Forms: nplurals=%s\\n"' % g.pick(["2; plural=(n != 1);", "3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);", "1; plural=0;", "6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"])]
    if crowdin:
        L += ['"X-Crowdin-Project: %s\\n"' % g.pick(["acme-web", "bookreader"]), '"X-Crowdin-Project-ID: %s\\n"' % g.digits(6),
              '"X-Crowdin-Language: %s\\n"' % lang, '"X-Crowdin-File: /main/locale/en/LC_MESSAGES/django.po\\n"', '"X-Crowdin-File-ID: %d\\n"' % g.rint(10, 9999)]
    else:
        L += ['"X-Generator: %s\\n"' % g.pick(["Poedit 3.4.2", "Weblate 5.6", "Lokalize 23.08.5"])]
    return L


@ntpl
def neg_po(g):
    lang = g.pick([l for l in LANGS if l != "en"])
    L = ["# %s translation." % lang, "# Copyright (C) 20%02d THE PACKAGE'S COPYRIGHT HOLDER" % g.rint(18, 25), "#"] + po_header(g, lang, g.chance(0.5)) + [""]
    for k in pick_keys(g, g.rint(5, 9)):
        L += ["#: %s:%d" % (g.pick(["accounts/views.py", "templates/settings.html", "src/components/ApiKeyForm.tsx", "core/forms.py"]), g.rint(10, 400))]
        if g.chance(0.3):
            L += ["#, fuzzy"]
        if g.chance(0.3):
            L += ['msgctxt "%s"' % g.hex(8)]
        L += ['msgid "%s"' % js_esc(tr(k, "en")), 'msgstr "%s"' % js_esc(tr(k, lang)), ""]
    return "locale/%s/LC_MESSAGES/django.po" % lang.replace("-", "_"), "po", join(L), "crowdin", "gettext_po"


@ntpl
def neg_pot(g):
    L = ["# SOME DESCRIPTIVE TITLE.", "# This file is distributed under the same license as the PACKAGE package.", "#, fuzzy"] + po_header(g, "", False)[:11] + [""]
    for k in pick_keys(g, g.rint(6, 12)):
        L += ["#. TRANSLATORS: %s" % g.pick(["keep it short, shown on a button", "'token' is the personal access token", "do not translate 'API'", "label next to the password field"]),
              "#: src/%s:%d" % (g.pick(["settings/api_tokens.c", "ui/login.vala", "gui/prefs.py"]), g.rint(10, 900)), 'msgid "%s"' % js_esc(tr(k, "en")), 'msgstr ""', ""]
    return g.pick(["po/messages.pot", "locale/django.pot", "po/%s.pot" % g.pick(["gnome-notes", "bookreader"])]), "pot", join(L), "none", "gettext_pot"


@ntpl
def neg_xliff12(g):
    lang = g.pick([l for l in LANGS if l != "en"])
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
         '  <file source-language="en" target-language="%s" datatype="plaintext" original="file.ext">' % lang, "    <header>",
         '      <tool tool-id="symfony" tool-name="Symfony"/>', "    </header>", "    <body>"]
    for k in pick_keys(g, g.rint(5, 10)):
        uid = g.pick([g.hex(40), g.s(ALNUM + "_.", 7), g.digits(19)])
        L += ['      <trans-unit id="%s" resname="%s">' % (uid, k), "        <source>%s</source>" % xml_esc(tr(k, "en")),
              "        <target%s>%s</target>" % (g.pick(["", ' state="needs-review-translation"', ' state="translated"']), xml_esc(tr(k, lang))), "      </trans-unit>"]
    L += ["    </body>", "  </file>", "</xliff>"]
    return g.pick(["translations/messages.%s.xlf" % lang, "src/locale/messages.%s.xlf" % lang, "Resources/translations/validators.%s.xliff" % lang]), "xliff", join(L), "none", "xliff_hash_ids"


@ntpl
def neg_xliff20(g):
    lang = g.pick([l for l in LANGS if l != "en"])
    L = ['<?xml version="1.0" encoding="UTF-8" ?>', '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="%s">' % lang, '  <file id="ngi18n" original="ng.template">']
    for k in pick_keys(g, g.rint(4, 9)):
        L += ['    <unit id="%s">' % g.digits(g.rint(18, 20)), "      <notes>", '        <note category="location">src/app/%s.component.html:%d</note>' % (k.split(".")[0], g.rint(3, 120)),
              '        <note category="meaning">%s</note>' % k, "      </notes>", "      <segment>", "        <source>%s</source>" % xml_esc(tr(k, "en")),
              "        <target>%s</target>" % xml_esc(tr(k, lang)), "      </segment>", "    </unit>"]
    L += ["  </file>", "</xliff>"]
    return "src/locale/messages.%s.xlf" % lang, "xliff", join(L), "none", "xliff2_ids"


@ntpl
def neg_rails_yml(g):
    lang = g.pick(["de", "fr", "es", "ja", "ru", "pt-BR", "tr", "pl", "uk", "ko"])
    L = ["%s:" % lang, "  activerecord:", "    attributes:", "      user:", "        password: \"%s\"" % tr("auth.password", lang),
         "        api_token: \"%s\"" % tr("settings.api_key", lang), "    errors:", "      messages:", "        invalid_credentials: \"%s\"" % js_esc(tr("errors.invalid_credentials", lang)),
         "  devise:", "    sessions:", "      new:", "        sign_in: \"%s\"" % tr("auth.sign_in", lang), "        forgot_password: \"%s\"" % js_esc(tr("auth.forgot_password", lang)),
         "    passwords:", "      rules: \"%s\"" % js_esc(tr("auth.password_rules", lang)), "  settings:", "    tokens:",
         "      help: \"%s\"" % js_esc(tr("settings.api_key_help", lang)), "      expired: \"%s\"" % js_esc(tr("settings.token_expired", lang)),
         "      regenerate: \"%s\"" % tr("settings.regenerate", lang), "  helpers:", "    submit:", "      save: \"%s\"" % tr("common.save", lang)]
    return "config/locales/%s.yml" % lang, "yaml", join(L), "none", "rails_locale"


@ntpl
def neg_symfony_icu(g):
    lang = g.pick(["fr", "de", "es", "it", "nl", "pl", "ar", "he"])
    L = ["# translations/messages+intl-icu.%s.yaml" % lang]
    for k in pick_keys(g, g.rint(6, 12)):
        L += ["%s: '%s'" % (k, tr(k, lang).replace("'", "''"))]
    L += ["cart.items: >-", "  {count, plural,", "    =0    {%s}" % tr("search.placeholder", lang)[:20], "    one   {# item}", "    other {# items}", "  }"]
    return "translations/messages+intl-icu.%s.yaml" % lang, "yaml", join(L), "none", "icu_messages"


@ntpl
def neg_formatjs_compiled(g):
    lang = g.pick(LANGS)
    data = {}
    for k in pick_keys(g, g.rint(6, 12)):
        hid = base64.b64encode(hashlib.sha512((k + g.hex(6)).encode()).digest()).decode()[:6]
        data[hid] = {"defaultMessage": tr(k, lang), "description": "%s (%s)" % (k, g.pick(["button", "label", "error", "helper text"]))}
    txt = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return "lang/%s.json" % lang, "json", txt, "none", "formatjs_hash_ids"


@ntpl
def neg_markdown_docs(g):
    prov = g.pick(["crowdin", "lokalise", "phrase", "transifex", "tolgee", "deepl", "weblate"])
    env = [k for k in KINDS if k["provider"] == prov][0]["env"][0]
    L = ["# Translating %s" % g.pick(["the web app", "Bookreader", "our docs"]), "", "We use **%s** for translations. Contributors never need credentials;" % prov.capitalize(),
         "CI holds the token as a repository secret named `%s`." % env, "", "## Local setup (maintainers)", "", "```bash",
         "cp .env.example .env", "# then set %s=<your personal token> in .env (never commit it)" % env, "export %s=\"$(op read 'op://Localization/%s/credential')\"" % (env, prov),
         "```", "", "Tokens are shown in the UI like `%s` — if you see a full token in a log, rotate it." % g.pick(["1/••••••••a1b2", "tgpak_••••••••", "••••••••••••3f9c", "wlu_****************"]),
         "", "## Style guide", "", "- Keep placeholders such as `{name}` and `{count, plural, one {# file} other {# files}}` intact.",
         "- Do not translate the words *API key* or *token* in the developer settings page (%s)." % "/".join(tr("settings.api_key", l) for l in g.r.sample(LANGS, 3)),
         "- RTL languages (%s, %s) are reviewed by native speakers." % (tr("nav.language", "ar"), tr("nav.language", "he")),
         "", "Project id: `%s` (safe to share)." % g.pick([g.digits(6), "%s%s.%s" % (g.digits(6), g.hex(14), g.digits(8)), g.hex(32)])]
    return g.pick(["CONTRIBUTING.md", "docs/translating.md", "docs/i18n/README.md"]), "markdown", join(L), prov, "docs_placeholders"


@ntpl
def neg_gha_secrets(g):
    prov = g.pick(["crowdin", "lokalise", "phrase", "transifex", "tolgee", "weblate", "localazy"])
    kind = [k for k in KINDS if k["provider"] == prov][0]
    action = {"crowdin": "crowdin/github-action", "lokalise": "lokalise/lokalise-pull-action", "phrase": "phrase/setup-cli",
              "transifex": "transifex/cli-action", "tolgee": "tolgee/tolgee-cli-action", "weblate": "WeblateOrg/wlc-action",
              "localazy": "localazy/download"}[prov]
    L = ["name: Sync %s" % prov.capitalize(), "on:", "  schedule:", "    - cron: '17 3 * * 1-5'", "  workflow_dispatch: {}", "permissions:",
         "  contents: write", "  pull-requests: write", "jobs:", "  sync:", "    runs-on: ubuntu-22.04", "    steps:",
         "      - uses: actions/checkout@%s # v4.1.7" % g.hex(40), "      - uses: %s@%s # v%d.%d.%d" % (action, g.hex(40), g.rint(1, 3), g.rint(0, 9), g.rint(0, 9)),
         "        with:", "          upload_sources: true", "          download_translations: true", "        env:",
         "          %s: ${{ secrets.%s }}" % (kind["env"][0], kind["env"][0]), "          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}"]
    if kind["pub_env"]:
        L += ["          %s: ${{ vars.%s }}" % (kind["pub_env"][0], kind["pub_env"][0])]
    return ".github/workflows/%s-sync.yml" % prov, "yaml", join(L), prov, "ci_secret_refs_pinned_shas"


@ntpl
def neg_tmx(g):
    lang = g.pick([l for l in LANGS if l != "en"])
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<tmx version="1.4">', '  <header creationtool="%s" creationtoolversion="%s" segtype="sentence" o-tmf="xliff" adminlang="en" srclang="en" datatype="plaintext"/>' % (g.pick(["Weblate", "Smartling", "memoQ"]), "%d.%d" % (g.rint(1, 9), g.rint(0, 20))),
         "  <body>"]
    for k in pick_keys(g, g.rint(4, 8)):
        L += ['    <tu tuid="%s" creationdate="20%02d%02d%02dT%02d%02d%02dZ" creationid="%s">' % (g.uuid(), g.rint(18, 25), g.rint(1, 12), g.rint(1, 28), g.rint(0, 23), g.rint(0, 59), g.rint(0, 59), g.pick(["mt-deepl", "jana", "reviewer-3"])),
              '      <prop type="x-context">%s</prop>' % g.hex(32),
              '      <tuv xml:lang="en"><seg>%s</seg></tuv>' % xml_esc(tr(k, "en")), '      <tuv xml:lang="%s"><seg>%s</seg></tuv>' % (lang, xml_esc(tr(k, lang))), "    </tu>"]
    L += ["  </body>", "</tmx>"]
    return g.pick(["tm/export-%s.tmx" % lang, "translation-memory/%s.tmx" % lang]), "tmx", join(L), "none", "tm_ids_uuids"


@ntpl
def neg_css_font(g):
    raw = bytes(g.rint(0, 255) for _ in range(g.rint(300, 700)))
    b = base64.b64encode(b"wOF2" + raw).decode()
    chunks = [b[i:i + 76] for i in range(0, len(b), 76)]
    L = ["/* Noto Sans JP subset for the language picker: 日本語 한국어 中文 العربية עברית हिन्दी ไทย */", "@font-face {",
         "  font-family: 'Picker Subset';", "  font-style: normal;", "  font-weight: 400;", "  font-display: swap;",
         "  src: url(data:font/woff2;base64,%s" % chunks[0]]
    L += ["    %s" % c for c in chunks[1:]]
    L[-1] += ") format('woff2');"
    L += ["  unicode-range: U+3000-30FF, U+4E00-9FFF, U+AC00-D7AF, U+0600-06FF, U+0590-05FF, U+0900-097F, U+0E00-0E7F;", "}", "",
          ".language-picker { font-family: 'Picker Subset', system-ui, sans-serif; }"]
    return g.pick(["src/styles/language-picker.css", "public/css/fonts-subset.css"]), "css", join(L), "none", "base64_font"


@ntpl
def neg_flags_json(g):
    data = {}
    for lang in g.r.sample(LANGS, g.rint(4, 7)):
        raw = b"\x89PNG\r\n\x1a\n" + bytes(g.rint(0, 255) for _ in range(g.rint(40, 90)))
        data[lang] = {"label": tr("nav.language", lang), "icon": "data:image/png;base64," + base64.b64encode(raw).decode()}
    txt = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return g.pick(["src/assets/locale-flags.json", "app/i18n/flags.json"]), "json", txt, "none", "base64_images"


@ntpl
def neg_phrase_ice(g):
    L = ["// Phrase In-Context Editor — only loaded on staging (?phrase_context=1)", "import { initializePhraseAppEditor } from 'react-intl-phraseapp';", "",
         "const config = {", "  projectId: '%s'," % g.hex(32), "  accountId: '%s'," % g.hex(32), "  phraseEnabled: window.location.search.includes('phrase_context'),",
         "  prefix: '[[__',", "  suffix: '__]]',", "  fullReparse: true,", "  autoLowercase: false,", "};", "", "initializePhraseAppEditor(config);",
         "// Editors sign in with their own Phrase login; no API token is needed here."]
    return g.pick(["src/phrase-ice.js", "src/i18n/inContextEditor.ts"]), "javascript", join(L), "phrase", "public_project_id"


@ntpl
def neg_crowdin_ota(g):
    dh = g.hex(g.pick([21, 24, 32]))
    L = ["import otaClient from '@crowdin/ota-client';", "import i18next from 'i18next';", "",
         "// Distribution hash is public: it is shipped in the mobile/web bundles by design.", "const client = new otaClient('%s', {" % dh,
         "  enterpriseOrganizationDomain: undefined,", "  languageCode: navigator.language,", "});", "",
         "export async function loadRemote(lng) {", "  const strings = await client.getFileTranslations('/main/src/locales/en.json', lng);",
         "  i18next.addResourceBundle(lng, 'translation', strings, true, true);", "}", "", "// Crowdin JIPT (in-context) pseudo-language",
         "window._jipt = [['project', '%s']];" % g.pick(["acme-web", "bookreader", "helpdesk-ui"])]
    return "src/i18n/ota.js", "javascript", join(L), "crowdin", "public_distribution_hash"


@ntpl
def neg_tolgee_incontext(g):
    L = ["import { Tolgee, DevTools, FormatIcu } from '@tolgee/web';", "", "// The API key is only injected in `vite dev`; production builds ship static JSON.",
         "export const tolgee = Tolgee()", "  .use(import.meta.env.DEV ? DevTools() : undefined)", "  .use(FormatIcu())", "  .init({",
         "    language: 'en',", "    apiUrl: import.meta.env.VITE_APP_TOLGEE_API_URL,", "    apiKey: import.meta.env.VITE_APP_TOLGEE_API_KEY,",
         "    projectId: %s," % g.digits(g.rint(3, 5)), "    staticData: {", "      en: () => import('./i18n/en.json'),", "      de: () => import('./i18n/de.json'),",
         "      ja: () => import('./i18n/ja.json'),", "    },", "  });"]
    return "src/tolgee.ts", "typescript", join(L), "tolgee", "env_reference"


@ntpl
def neg_sha256sums(g):
    L = []
    for lang in g.r.sample(LANGS, g.rint(6, 14)):
        L += ["%s  locales/%s/messages.json" % (g.hex(64), lang)]
    return g.pick(["locales/SHA256SUMS", "dist/i18n/checksums.txt"]), "checksum", join(L), "none", "sha256_digests"


@ntpl
def neg_package_lock(g):
    L = ["{", '  "name": "storefront",', '  "lockfileVersion": 3,', '  "requires": true,', '  "packages": {']
    pk = g.r.sample(["i18next", "react-i18next", "@formatjs/icu-messageformat-parser", "intl-messageformat", "@tolgee/react", "@crowdin/ota-client", "i18next-http-backend"], 4)
    for i, p in enumerate(pk):
        raw = bytes(g.rint(0, 255) for _ in range(64))
        ver = "%d.%d.%d" % (g.rint(1, 24), g.rint(0, 20), g.rint(0, 9))
        L += ['    "node_modules/%s": {' % p, '      "version": "%s",' % ver,
              '      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",' % (p, p.split("/")[-1], ver),
              '      "integrity": "sha512-%s",' % base64.b64encode(raw).decode(), '      "license": "MIT"', "    }" + ("," if i < len(pk) - 1 else "")]
    L += ["  }", "}"]
    return "package-lock.json", "json", join(L), "none", "npm_integrity"


@ntpl
def neg_tx_config(g):
    L = ["[main]", "host = https://app.transifex.com", ""]
    for r in g.r.sample(["web", "emails", "mobile", "docs", "glossary"], g.rint(2, 4)):
        L += ["[o:%s:p:%s:r:%s]" % (g.pick(["acme", "bookreader"]), g.pick(["storefront", "reader-app"]), r),
              "file_filter = locale/<lang>/LC_MESSAGES/%s.po" % r, "source_file = locale/en/LC_MESSAGES/%s.po" % r, "source_lang = en", "type = PO",
              "minimum_perc = %d" % g.pick([0, 50, 80]), "lang_map = pt_BR: pt-BR, zh_CN: zh-Hans", ""]
    return ".tx/config", "ini", join(L), "transifex", "no_credential_config"


@ntpl
def neg_goi18n_toml(g):
    lang = g.pick([l for l in LANGS if l != "en"])
    L = []
    for k in pick_keys(g, g.rint(5, 10)):
        nm = style_name(words_of(k.replace(".", "_")), "pascal")
        L += ["[%s]" % nm, 'hash = "sha1-%s"' % g.hex(40), 'other = "%s"' % js_esc(tr(k, lang)), ""]
    return "translate.%s.toml" % lang if g.chance(0.5) else "active.%s.toml" % lang, "toml", join(L), "none", "goi18n_sha1_hashes"


@ntpl
def neg_sops(g):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(bytes(g.rint(0, 255) for _ in range(n))).decode(),
                                                                 base64.b64encode(bytes(g.rint(0, 255) for _ in range(32))).decode(),
                                                                 base64.b64encode(bytes(g.rint(0, 255) for _ in range(16))).decode())
    k = g.pick(KINDS)
    L = ["%s: %s" % (k["env"][0].lower(), enc(g.rint(30, 60))), "default_locale: en", "sops:", "    kms: []", "    age:",
         "        - recipient: age1%s" % g.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    body = base64.b64encode(bytes(g.rint(0, 255) for _ in range(180))).decode()
    L += ["            %s" % body[i:i + 64] for i in range(0, len(body), 64)]
    L += ["            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"20%02d-%02d-%02dT%02d:%02d:%02dZ\"" % (g.rint(22, 25), g.rint(1, 12), g.rint(1, 28), g.rint(0, 23), g.rint(0, 59), g.rint(0, 59)),
          "    mac: %s" % enc(32), "    version: 3.8.1"]
    return g.pick(["deploy/secrets/i18n.enc.yaml", "secrets/translation.sops.yaml"]), "yaml", join(L), k["provider"], "ciphertext"


@ntpl
def neg_webhook_test(g):
    prov = g.pick(["crowdin", "lokalise", "phrase", "transifex"])
    body = '{"event":"translation.updated","project":{"id":"%s"},"language":"%s"}' % (g.digits(6), g.pick(LANGS))
    key = "test-webhook-secret"
    sig = hmac.new(key.encode(), body.encode(), hashlib.sha256).hexdigest()
    L = ["import hashlib", "import hmac", "", "from app.webhooks.%s import verify_signature" % prov, "",
         "# Fixed test vector: payload signed with the fixture secret below.", "FIXTURE_SECRET = b\"%s\"" % key,
         "PAYLOAD = b'%s'" % body, "EXPECTED = \"%s\"" % sig, "", "",
         "def test_signature_roundtrip():", "    assert hmac.new(FIXTURE_SECRET, PAYLOAD, hashlib.sha256).hexdigest() == EXPECTED", "",
         "def test_verify_accepts_valid():", "    assert verify_signature(PAYLOAD, EXPECTED, secret=FIXTURE_SECRET)", "",
         "def test_verify_rejects_tampered():", "    assert not verify_signature(PAYLOAD + b' ', EXPECTED, secret=FIXTURE_SECRET)"]
    return "tests/test_%s_webhook.py" % prov, "python", join(L), prov, "hmac_test_vector"


@ntpl
def neg_glossary_csv(g):
    langs = g.r.sample([l for l in LANGS if l != "en"], g.rint(3, 5))
    L = ["term,description,part_of_speech," + ",".join(langs)]
    for k in ["settings.api_key", "auth.password", "nav.settings", "common.save", "auth.sign_in", "nav.language", "settings.regenerate"]:
        L += ['"%s","UI term (%s)",noun,%s' % (tr(k, "en"), k, ",".join('"%s"' % tr(k, l).replace('"', '""') for l in langs))]
    return g.pick(["glossary.csv", "l10n/glossary/terms.csv"]), "csv", join(L), "none", "glossary"


@ntpl
def neg_tm_csv(g):
    L = ["segment_id,tm_id,source,target,target_locale,score,created_by"]
    for k in pick_keys(g, g.rint(6, 10)):
        lang = g.pick([l for l in LANGS if l != "en"])
        L += ['%s,%s,"%s","%s",%s,%d,%s' % (g.uuid(), "tm_" + g.hex(24), tr(k, "en").replace('"', '""'), tr(k, lang).replace('"', '""'), lang, g.rint(70, 101), g.pick(["mt", "human", "leverage"]))]
    return g.pick(["exports/tm-leverage.csv", "reports/translation_memory.csv"]), "csv", join(L), "none", "tm_ids"


@ntpl
def neg_py_env_script(g):
    prov = g.pick(["deepl", "lokalise", "crowdin", "azure", "google", "phrase"])
    kind = [k for k in KINDS if k["provider"] == prov][0]
    L = ["\"\"\"Print translation coverage; credentials come from the environment or keyring.\"\"\"", "import os", "import sys", "", "import keyring", "",
         "def get_token():", "    token = os.environ.get(\"%s\") or keyring.get_password(\"%s\", \"ci-bot\")" % (kind["env"][0], prov),
         "    if not token:", "        sys.exit(\"set %s (see docs/translating.md)\")" % kind["env"][0], "    return token", "",
         "def masked(token):", "    return token[:4] + \"\u2026\" + token[-4:]", "",
         "if __name__ == \"__main__\":", "    tok = get_token()", "    print(f\"using token {masked(tok)} for project %s\")" % g.pick([g.digits(6), "acme-web"])]
    return g.pick(["scripts/i18n_coverage.py", "tools/l10n_status.py"]), "python", join(L), prov, "env_reference"


@ntpl
def neg_lokalise_ids(g):
    pid = "%s%s.%s" % (g.digits(6), g.hex(14), g.digits(8))
    L = ["# Lokalise project map — ids are not secrets; the token comes from $LOKALISE_API_TOKEN", "projects:"]
    for nm in g.r.sample(["web", "ios", "android", "emails", "marketing"], g.rint(2, 4)):
        L += ["  %s:" % nm, "    id: \"%s%s.%s\"" % (g.digits(6), g.hex(g.rint(12, 16)), g.digits(8)), "    format: %s" % g.pick(["json", "strings", "xml", "yaml"]),
              "    branch: %s" % g.pick(["main", "release/%d.%d" % (g.rint(1, 5), g.rint(0, 9))])]
    L += ["default: \"%s\"" % pid]
    return g.pick(["config/lokalise-projects.yml", "lokalise.projects.yml"]), "yaml", join(L), "lokalise", "project_ids"


@ntpl
def neg_i18n_ts_icu(g):
    L = ["// Generated by scripts/compile-messages.ts — do not edit.", "export const messages = {"]
    lang = g.pick(LANGS)
    for k in pick_keys(g, g.rint(6, 12)):
        L += ["  '%s': %s," % (k, json.dumps(tr(k, lang), ensure_ascii=False))]
    L += ["} as const;", "", "export type MessageId = keyof typeof messages;", "export const locale = '%s';" % lang,
          "export const checksum = '%s';" % hashlib.sha1(g.hex(10).encode()).hexdigest()]
    return "src/i18n/generated/messages.%s.ts" % lang, "typescript", join(L), "none", "icu_messages"


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------

N_POS = 500
N_NEG = 500


def xml_esc(s):  # noqa: F811  (re-declared for templates defined above)
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def weighted_kind(g):
    total = sum(k["w"] for k in KINDS)
    x = g.r.random() * total
    for k in KINDS:
        x -= k["w"]
        if x < 0:
            return k
    return KINDS[-1]


def templates_for(kind):
    return [t for t in POS_TEMPLATES if t[1](kind)]


NATIVE = ("crowdin_yml", "lokalise_yml", "phrase_yml", "transifexrc", "weblate_ini", "tolgeerc", "localazy_json",
          "poeditor_yml", "smartling_yml", "weblate_environment", "aws_credentials", "symfony_env", "package_json")


def pick_template(g, kind, usage):
    cands = templates_for(kind)
    native = [t for t in cands if t[0] in NATIVE and (t[0] != "weblate_environment" or kind["provider"] == "weblate")]
    if native and g.chance(0.3):
        cands = native
    # prefer the least-used candidates so every template gets exercised
    m = min(usage.get(t[0], 0) for t in cands)
    low = [t for t in cands if usage.get(t[0], 0) <= m + 2]
    return g.pick(low)


def line_of(text, needle):
    idx = text.find(needle)
    return text.count("\n", 0, idx) + 1


def n_lines(text):
    return text.count("\n") + (0 if text.endswith("\n") else 1)


def make_pos(g, usage):
    while True:
        kind = weighted_kind(g)
        name, _, fn = pick_template(g, kind, usage)
        secret, pub = kind["gen"](g)
        extra = None
        if kind["kind"] == "deepl_auth_key":
            extra = pub
            pub = None
        if kind["kind"] == "azure_translator_key":
            extra = pub
        S = Slot(g, kind, True, secret, pub, g.chance(0.5), "secret", extra)
        relpath, ftype, text = fn(g, S)
        if text.count(secret) != 1:
            continue
        if not (5 <= n_lines(text) <= 80):
            continue
        usage[name] = usage.get(name, 0) + 1
        return dict(relpath=relpath, filetype=ftype, text=text, provider=kind["provider"], kind=kind["kind"],
                    needle=secret, line=line_of(text, secret), template=name)


def make_neg_reuse(g, usage):
    while True:
        kind = weighted_kind(g)
        name, _, fn = pick_template(g, kind, usage)
        mode, value = neg_fill(g, kind)
        _, pub = kind["gen"](g)     # public half / project id only; the secret half is discarded
        extra = None
        if kind["kind"] == "aws_secret_access_key":
            pub = "AKIAIOSFODNN7EXAMPLE"
        if kind["kind"] == "deepl_auth_key":
            extra, pub = pub, None
        if kind["kind"] == "azure_translator_key":
            extra = pub
        S = Slot(g, kind, False, value, pub, g.chance(0.5), mode, extra)
        if mode == "env":
            S.env = value
        relpath, ftype, text = fn(g, S)
        if not (5 <= n_lines(text) <= 80):
            continue
        usage[name] = usage.get(name, 0) + 1
        return dict(relpath=relpath, filetype=ftype, text=text, provider=kind["provider"],
                    kind="lookalike:%s:%s" % (mode, kind["kind"]), template=name)


def make_neg_domain(g, usage):
    while True:
        m = min(usage.get(t[0], 0) for t in NEG_TEMPLATES)
        cands = [t for t in NEG_TEMPLATES if usage.get(t[0], 0) <= m + 1]
        name, fn = g.pick(cands)
        relpath, ftype, text, prov, kind = fn(g)
        if not (5 <= n_lines(text) <= 80):
            continue
        usage[name] = usage.get(name, 0) + 1
        return dict(relpath=relpath, filetype=ftype, text=text, provider=prov, kind="lookalike:%s" % kind, template=name)


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ci.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    g = G(random.Random(seed))
    pos_usage, neg_usage, dom_usage = {}, {}, {}
    manifest, secrets = [], []
    for i in range(N_POS):
        d = make_pos(g, pos_usage)
        rel = "pos/p%04d/%s" % (i, d["relpath"])
        write(outdir, rel, d["text"])
        manifest.append({"file": rel, "label": "pos", "provider": d["provider"], "kind": d["kind"], "filetype": d["filetype"]})
        secrets.append({"file": rel, "needle": d["needle"], "line": d["line"]})
    for i in range(N_NEG):
        d = make_neg_reuse(g, neg_usage) if i % 2 == 0 else make_neg_domain(g, dom_usage)
        rel = "neg/n%04d/%s" % (i, d["relpath"])
        write(outdir, rel, d["text"])
        manifest.append({"file": rel, "label": "neg", "provider": d["provider"], "kind": d["kind"], "filetype": d["filetype"]})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
