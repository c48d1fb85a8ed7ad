#!/usr/bin/env python3
"""gen_cd.py - blind evaluation-set generator for keyhook (set "cd").

EMPHASIS
    Commercial licences, private package feeds and paid component registries: credentials
    that gate access to paid code.  Positives cover Font Awesome Pro npm tokens (.npmrc,
    .yarnrc.yml, Dockerfile, CI, setup scripts), Telerik/Kendo UI NuGet API keys, account
    passwords and licence keys, DevExpress NuGet feed keys (in the feed URL and as the feed
    password), Syncfusion licence keys, Sidekiq Pro/Enterprise and Karafka Pro gem-server
    credentials, Laravel Nova/Spark composer auth (auth.json, COMPOSER_AUTH, Forge scripts),
    Bryntum npm registry auth, JetBrains activation codes, Unity serials and .ulf licence
    files, Gemfury / Cloudsmith / Packagecloud / Artifactory / GitHub Packages / GitLab /
    npm / Azure Artifacts tokens, Anaconda private-channel tokens, PyPI upload tokens, and
    Nexus-style human passwords in pip.conf, settings.xml, gradle.properties and
    build.gradle.kts.  Go GOPRIVATE access is covered through .netrc and git insteadOf URLs.
    Roughly half the positives sit under an obvious name (_authToken, password,
    ClearTextPassword, LicenseKey...) and half under a less obvious one (credentials in a URL,
    a positional CLI argument, a bundler host variable, a method argument, an XML attribute);
    manifest field "obvious_name" records which.

USAGE
    python3 gen_cd.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Standard library only; all randomness
    comes from random.Random(SEED), so the same SEED gives byte-identical output.
    Manifest lines hold file/label/provider/kind/filetype plus two extra keys: "template"
    (the generating template, "+<filler>" for reused negatives) and, for positives,
    "obvious_name".

NEEDLE CONVENTIONS
    needle = the secret exactly as written in the file; line = 1-based line of its first
    occurrence.  For an id/secret pair the needle is only the secret half (Sidekiq/Karafka
    password half, Telerik/Nova/Spark/Nexus password, the token in user:token@host URLs).
    Encoded forms are the needle as written: npm "_auth" (base64 of user:password, Bryntum)
    and "_password" (base64 of the Azure DevOps PAT); percent-encoded password in pip index
    URLs; XML-escaped (&amp;) password in settings.xml.  Whole-token formats are the needle in
    full: Telerik/Kendo licence JWTs, JetBrains activation codes, Artifactory identity JWTs,
    and the DeveloperData value of a Unity .ulf.  A few files repeat the same credential
    (the Azure Artifacts .npmrc snippet, .netrc with github.com and api.github.com); that is
    still one credential.

NEGATIVES
    Half re-use positive templates with the secret slot holding an environment reference in
    the file's own syntax (${FONTAWESOME_NPM_AUTH_TOKEN}, %DEVEXPRESS_NUGET_KEY%,
    ${{ secrets.X }}, ${env.X}, #{ENV[...]}), a vendor or generic placeholder
    (XXXXXXXX-XXXX-..., {your-feed-authorization-key}, ##SyncfusionLicense##, PROVIDE-PASSWORD),
    a masked value (********, (protected), [REDACTED]) or an empty value.  The other half are
    domain look-alikes: AG Grid licence keys in client code (see DOUBTS), Handsontable's
    documented 'non-commercial-and-evaluation' key, Font Awesome kit codes in <script> tags,
    Highcharts order numbers and SRI hashes, package-lock/yarn.lock integrity, Gemfile.lock
    CHECKSUMS, NuGet packages.lock contentHash, composer.lock references, pip --hash lines,
    go.sum, Gradle verification metadata, conda-lock hashes, NuGet trusted-signer
    fingerprints, Unity .meta GUIDs and masked serials, csproj GUIDs/UserSecretsId, SOPS /
    ansible-vault / SealedSecret ciphertext, ExternalSecret and Terraform secret-manager
    references, i18n strings about licence keys, licence inventories with order numbers and
    licence IDs, JetBrains licence-server URLs, credential-free registry config (Cloudsmith
    "public" URLs, packagecloud .repo, jfrog project yaml, gradle.properties), BuildKit secret
    mounts, pinned action SHAs and image digests, PGP public keys, SSH known_hosts, the
    RFC 7617 "Aladdin:open sesame" test vector, an incident note naming a revoked token by id.

DOUBTS
    Formats written from memory or guessed (random bodies, lengths not verified):
    - Font Awesome package token as an upper-case UUID (docs only show X-placeholders).
    - ghp_/npm_ tokens: 30 base62 chars + 6-char base62 CRC32 of those 30 chars (alphabet
      order 0-9A-Za-z assumed); github_pat_ 22+59 chars without checksum; glpat- 20 chars
      (older GitLab format); Azure DevOps PAT as the older 52-char lower-case base32.
    - Telerik NuGet API key format invented (64 chars); Telerik/Kendo licence keys modelled
      as RS256 JWTs with typ "Telerik License Evidence"; [assembly: EvidenceAttribute(...)]
      and setScriptKey() usage from memory.
    - DevExpress feed key: 50 base62 chars (guess).  Syncfusion key: base64 blob with
      prefixes remembered from published keys (Mgo+DSMBaFt, Ngo9BigBOggjHTQxAR8/V1, ...).
    - Sidekiq credentials as 8-hex:8-hex; Karafka user 12 chars / password 40 base62 and the
      10-char LICENSE_ID; Nova licence key 40 base62; Spark token 60 base62; Gemfury token
      20 base62; Cloudsmith entitlement token 16 base62 and API key 40 hex; Packagecloud
      tokens 48 hex; Anaconda token "xx-<uuid>"; Artifactory API key AKCp+69 chars,
      reference token = base64("reftkn:01:<expiry>:<random>"), identity-token claims
      approximated; PyPI token = "pypi-AgEIcHlwaS5vcmc" + random base64url body.
    - JetBrains activation code layout (id-base64json-base64sig-base64cert); Unity serial
      (2-char prefix + 5x4 upper-case alnum); .ulf layout and DeveloperData =
      base64(01 00 00 00 + serial); packagecloud install-script URL with TOKEN:@ and the
      packagecloud-ruby API; Bryntum login name (e-mail with "@" -> "..").
    Labels a reviewer might dispute:
    - AG Grid Enterprise keys are labelled NEGATIVE everywhere: AG Grid's docs say the key
      is validated in the browser and will be visible to others in a distributed app (they
      only ask that it is not advertised).  Handsontable only appears with its documented
      evaluation key (negative); no commercial Handsontable or Highcharts keys are generated.
    - Syncfusion keys and Kendo UI script keys are labelled POSITIVE even in front-end code
      (src/index.tsx, src/main.ts): Telerik's docs say not to publish script keys in public
      repositories and Syncfusion recommends against hard-coding/exposing keys.
    - Unity .ulf files are never reused as negatives (a signed licence file stays a licence);
      Bryntum's public trial password "trial" is used as a negative placeholder (from memory).
    - Reused negatives keep a non-secret user name / licence id next to the placeholder
      (e.g. Sidekiq "a1b2c3d4:${...}", Nova e-mail with empty password).
    - Random ed25519 public host keys in known_hosts and a random age recipient (public key)
      in SOPS files are negatives.

SEARCHES
    `search` (docs corpus): AG Grid licence key visibility (ag-grid.com licence-install and
    set-license pages), Font Awesome Pro .npmrc token (docs.fontawesome.com, FA wiki),
    Telerik licence key in CI (telerik.com docs: TELERIK_LICENSE, "treat as secrets", "do not
    publish the script key"), Karafka Pro gem server (karafka.io), Sidekiq Pro install
    (sidekiq.org wiki, shown alongside), DevExpress NuGet feed key (docs.devexpress.com),
    Syncfusion licence registration (help.syncfusion.com, KB on Blazor WASM exposure),
    Anaconda private channel tokens (anaconda.com docs), Laravel Nova install
    (nova.laravel.com), Cloudsmith entitlement tokens (docs.cloudsmith.com).
    Scanner-related material shown: none of the listed secret scanners' rules or regexes.
    Two results were "Gen Agent Trust Hub" security-audit pages on skills.sh (AI skill
    audits, no detection rules) and a GitHub "ag-grid-license-checker" repo (licence
    validation, not a secret scanner); neither was used.
"""

import base64
import hashlib
import json
import os
import string
import sys
import zlib
import random

# ---------------------------------------------------------------------------
# small random helpers (all randomness flows from one random.Random(SEED))
# ---------------------------------------------------------------------------
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM_UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return rs(r, HEX, n)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64u(data):
    if isinstance(data, str):
        data = data.encode()
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid4(r, upper=False):
    h = list(hexs(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    s = "".join(h)
    u = "%s-%s-%s-%s-%s" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])
    return u.upper() if upper else u


def b62enc(n, width):
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def mixed_ok(s):
    """True if a random token has both letters and digits (looks random)."""
    return any(c.isdigit() for c in s) and any(c.isalpha() for c in s)


def rtok(r, alphabet, n):
    while True:
        t = rs(r, alphabet, n)
        if mixed_ok(t) and (alphabet != B62 or (any(c.islower() for c in t) and any(c.isupper() for c in t))):
            return t


# ---------------------------------------------------------------------------
# context vocabulary
# ---------------------------------------------------------------------------
ORGS = ["acme", "northwind", "contoso", "globex", "initech", "umbrellalabs", "brightpath",
        "hooli", "vandelay", "starkind", "tyrell", "cyberdyne", "soylent", "wonka", "bluth",
        "piedpiper", "dundermifflin", "oscorp", "massivedyn", "fabrikam", "tailspin",
        "wideworld", "adventureworks", "lucerne", "litware", "proseware", "trey", "woodgrove"]
APPS = ["billing", "portal", "dashboard", "scheduler", "crm", "inventory", "planner", "reports",
        "admin", "storefront", "fleet", "ledger", "booking", "timesheets", "warehouse", "helpdesk",
        "payroll", "analytics", "catalog", "field-service"]
FIRST = ["anna", "ben", "carla", "dev", "elif", "femi", "greta", "hiro", "ines", "jonas", "kofi",
         "lena", "marco", "nadia", "omar", "priya", "quinn", "rosa", "sven", "tariq", "uma",
         "viktor", "wen", "yusuf", "zoe"]
LAST = ["mueller", "okafor", "rossi", "nguyen", "larsen", "patel", "kowalski", "garcia", "silva",
        "tanaka", "dubois", "schmidt", "haddad", "novak", "ahmed", "berg", "costa", "ivanova"]
WORDS = ["falcon", "harbor", "maple", "quartz", "summit", "copper", "meadow", "lantern", "orbit",
         "willow", "ember", "granite", "velvet", "tundra", "cobalt", "saffron", "thistle", "marble",
         "juniper", "pioneer", "compass", "zephyr", "aurora", "glacier", "paprika", "nimbus"]
TLDS = ["com", "io", "net", "dev", "co.uk", "de"]


def ctx(r):
    org = r.choice(ORGS)
    first, last = r.choice(FIRST), r.choice(LAST)
    dom = "%s.%s" % (org, r.choice(TLDS))
    return {
        "org": org,
        "Org": org.capitalize(),
        "app": r.choice(APPS),
        "domain": dom,
        "email": "%s.%s@%s" % (first, last, dom),
        "ci_email": r.choice(["ci", "build", "devops", "licensing", "dev-tools", "buildbot"]) + "@" + dom,
        "user": r.choice([first, first + "." + last, first[0] + last, "ci-" + org, org + "-build", "svc-" + r.choice(APPS)]),
        "person": "%s %s" % (first.capitalize(), last.capitalize()),
        "ver": "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 20)),
        "node": r.choice(["18", "20", "22"]),
        "dotnet": r.choice(["6.0", "7.0", "8.0", "9.0"]),
        "ruby": r.choice(["3.1.4", "3.2.3", "3.3.0", "3.3.5"]),
        "py": r.choice(["3.10", "3.11", "3.12"]),
        "ticket": "%s-%d" % (r.choice(["OPS", "PLAT", "DEV", "INFRA", "BUILD"]), r.randint(100, 9999)),
        "year": r.choice([2023, 2024, 2025]),
    }


def human_password(r):
    w1 = r.choice(WORDS)
    w2 = r.choice(WORDS + FIRST)
    sym = r.choice("!#$%&*@?-_.+")
    digits = str(r.randint(10, 9999))
    forms = [
        w1.capitalize() + sym + w2.capitalize() + digits,
        w1.capitalize() + digits + sym,
        w1[0].upper() + w1[1:].replace("a", "@").replace("o", "0") + sym + digits,
        w1 + "-" + w2 + "-" + w1[:2] + digits + r.choice("XKQZ"),
        r.choice(["Spring", "Summer", "Autumn", "Winter"]) + digits + sym + w2.capitalize(),
        w2.capitalize() + sym + w1 + str(r.randint(100, 999)) + r.choice("ABCDEFGH"),
    ]
    return r.choice(forms)


def name_style(words, style):
    if style == "snake":
        return "_".join(words)
    if style == "SCREAM":
        return "_".join(words).upper()
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "kebab":
        return "-".join(words)
    if style == "Pascal":
        return "".join(w.capitalize() for w in words)
    return ".".join(words)


# ---------------------------------------------------------------------------
# secret generators, one per credential format
# ---------------------------------------------------------------------------
def g_fontawesome(r):
    # Font Awesome Pro package token: an upper-case UUID (as shown in FA account page)
    return uuid4(r, upper=True)


def g_gh_classic(r, prefix="ghp_"):
    body = rtok(r, B62, 30)
    return prefix + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_npm(r):
    return g_gh_classic(r, "npm_")


def g_gh_fine(r):
    return "github_pat_" + rtok(r, B62, 22) + "_" + rtok(r, B62, 59)


def g_glpat(r):
    return "glpat-" + rtok(r, B62 + "_-", 20)


def g_telerik_apikey(r):
    return rtok(r, B62, 8) + b64u(rbytes(r, 42))[:56]


def jwt(header, payload, r, siglen=256):
    return b64u(json.dumps(header, separators=(",", ":"))) + "." + \
        b64u(json.dumps(payload, separators=(",", ":"))) + "." + b64u(rbytes(r, siglen))


def g_telerik_license(r):
    hdr = {"alg": "RS256", "typ": "Telerik License Evidence"}
    pl = {"type": r.choice(["Subscription", "Perpetual"]),
          "code": r.choice(["UIBLAZOR", "UIASPCORE", "UIWPF", "UIWINFORMS", "KENDOUIREACT", "KENDOUIANGULAR", "DEVCRAFTUI"]),
          "licenseId": uuid4(r), "userId": uuid4(r),
          "expiration": r.randint(1735689600, 1830297600)}
    return jwt(hdr, pl, r, 256)


def g_devexpress_feed(r):
    return rtok(r, B62, 50)


def g_syncfusion(r):
    head = r.choice(["Mgo+DSMBaFt", "Ngo9BigBOggjHTQxAR8/V1", "ORg4AjUWIQA/Gnt2V", "MTI3ODg1NkAzMj"])
    body = base64.b64encode(rbytes(r, r.choice([57, 60, 63, 66]))).decode()
    return head + body


def g_contribsys(r):
    return hexs(r, 8) + ":" + hexs(r, 8)


def g_karafka(r):
    return rtok(r, string.ascii_lowercase + string.digits, 12) + ":" + rtok(r, B62, 40)


def g_nova(r):
    return rtok(r, B62, 40)


def g_spark(r):
    return rtok(r, B62, 60)


def g_unity_serial(r):
    return r.choice(["E3", "SC", "F4", "E4", "PC", "U3"]) + "-" + "-".join(rtok(r, ALNUM_UP, 4) for _ in range(5))


def g_gemfury(r):
    return rtok(r, B62, 20)


def g_cloudsmith_ent(r):
    return rtok(r, B62, 16)


def g_cloudsmith_api(r):
    return hexs(r, 40)


def g_packagecloud(r):
    return hexs(r, 48)


def g_artifactory_apikey(r):
    return "AKCp" + r.choice("5678") + rtok(r, B62, 68)


def g_artifactory_ref(r):
    raw = "reftkn:01:%d:%s" % (r.randint(1735689600, 1893456000), rtok(r, B62, 27))
    return base64.b64encode(raw.encode()).decode().rstrip("=")


def g_artifactory_identity(r):
    org = r.choice(ORGS)
    hdr = {"ver": "2", "typ": "JWT", "alg": "RS256", "kid": b64u(rbytes(r, 32))[:43]}
    pl = {"sub": "jfac@01h%s/users/%s" % (rs(r, "0123456789abcdefghjkmnpqrstvwxyz", 23), r.choice(["ci", "svc-build", "deployer"])),
          "scp": "applied-permissions/user", "aud": "*@*",
          "iss": "jfac@01h%s" % rs(r, "0123456789abcdefghjkmnpqrstvwxyz", 23),
          "exp": r.randint(1767225600, 1893456000), "iat": r.randint(1704067200, 1735689600),
          "jti": uuid4(r)}
    return jwt(hdr, pl, r, 256)


def g_anaconda(r):
    return rs(r, string.ascii_lowercase, 2) + "-" + uuid4(r)


def g_pypi(r):
    return "pypi-AgEIcHlwaS5vcmc" + "CJ" + b64u(rbytes(r, r.randint(110, 140)))


def g_ado_pat(r):
    return rtok(r, string.ascii_lowercase + "234567", 52)


def g_jetbrains(r):
    lid = rtok(r, ALNUM_UP, 10)
    pl = {"licenseId": lid, "licenseeName": r.choice(ORGS).capitalize() + " GmbH",
          "assigneeName": "", "assigneeEmail": "", "licenseRestriction": "",
          "checkConcurrentUse": False,
          "products": [{"code": c, "paidUpTo": "%d-12-31" % r.choice([2025, 2026, 2027]), "extended": False}
                       for c in r.sample(["II", "PS", "WS", "RD", "DB", "PC", "GO", "CL", "RM", "DS"], 3)],
          "metadata": "0120%d%02d%02dPSAX%06d" % (r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 999999)),
          "hash": "%d/0:%d" % (r.randint(10000000, 99999999), r.randint(-2**31, 2**31)),
          "gracePeriodDays": 7, "autoProlongated": False, "isAutoProlongated": False}
    return lid + "-" + base64.b64encode(json.dumps(pl, separators=(",", ":")).encode()).decode() + \
        "-" + base64.b64encode(rbytes(r, 256)).decode() + "-" + base64.b64encode(rbytes(r, 420)).decode()


def g_bryntum_auth(r, c):
    user = c["email"].replace("@", "..")
    return user, human_password(r)


def g_bryntum_b64(r):
    c = ctx(r)
    return base64.b64encode((c["email"].replace("@", "..") + ":" + human_password(r)).encode()).decode()


def g_kendo_script_key(r):
    hdr = {"alg": "RS256", "typ": "Telerik License Evidence"}
    pl = {"type": r.choice(["Subscription", "Perpetual"]), "code": r.choice(["KENDOUIANGULAR", "KENDOUICOMPLETE", "DEVCRAFTUI"]),
          "licenseId": uuid4(r), "userId": uuid4(r), "expiration": r.randint(1735689600, 1830297600)}
    return jwt(hdr, pl, r, 256)


# ---------------------------------------------------------------------------
# placeholder / masked values used to fill a positive template's secret slot
# when the template is reused for a negative
# ---------------------------------------------------------------------------
PH = {
    "fontawesome": ["XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX", "FONTAWESOME_PACKAGE_TOKEN", "<YOUR_FONT_AWESOME_TOKEN>", "YOUR-TOKEN-HERE"],
    "telerik": ["<your-api-key>", "YOUR_TELERIK_API_KEY", "your-telerik-password", "<paste-license-key-here>", "YOUR_LICENSE_KEY"],
    "devexpress": ["{your-feed-authorization-key}", "YOUR_FEED_KEY", "<DEVEXPRESS_FEED_KEY>"],
    "syncfusion": ["YOUR LICENSE KEY", "##SyncfusionLicense##", "<syncfusion-license-key>"],
    "sidekiq": ["xxxxxxxx", "PASSWORD", "<password>"],
    "karafka": ["PROVIDE-PASSWORD", "PASSWORD", "<karafka-pro-password>"],
    "laravel": ["your-license-key", "<NOVA_LICENSE_KEY>", "LICENSE_KEY_HERE", "<spark-api-token>"],
    "bryntum": ["<customer-zone-password>", "YOUR_PASSWORD", "trial"],
    "jetbrains": ["<ACTIVATION_CODE>", "paste-your-activation-code-here"],
    "unity": ["XX-XXXX-XXXX-XXXX-XXXX-XXXX", "<UNITY_SERIAL>", "YOUR-SERIAL-HERE"],
    "gemfury": ["TOKEN", "<FURY_TOKEN>", "YOUR_DEPLOY_TOKEN"],
    "cloudsmith": ["TOKEN", "<ENTITLEMENT_TOKEN>", "YOUR-TOKEN"],
    "packagecloud": ["<READ_TOKEN>", "YOUR_PACKAGECLOUD_TOKEN", "TOKEN"],
    "artifactory": ["<ARTIFACTORY_TOKEN>", "YOUR_API_KEY", "<reference-token>"],
    "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<GITHUB_TOKEN>", "YOUR_PERSONAL_ACCESS_TOKEN"],
    "gitlab": ["glpat-xxxxxxxxxxxxxxxxxxxx", "<your_access_token>", "PERSONAL_ACCESS_TOKEN"],
    "npm": ["npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<NPM_TOKEN>", "YOUR_NPM_TOKEN"],
    "azure-artifacts": ["[BASE64_ENCODED_PERSONAL_ACCESS_TOKEN]", "<PAT>", "YOUR_PAT"],
    "anaconda": ["<TOKEN>", "YOUR_TOKEN", "TOKEN"],
    "pypi": ["pypi-<your-token>", "<PYPI_API_TOKEN>", "__token_here__"],
    "nexus": ["<password>", "YOUR_NEXUS_PASSWORD", "PASSWORD", "${NEXUS_PASSWORD}"],
}
MASKED = ["********", "****************", "<redacted>", "[REDACTED]", "***", "(protected)", "xxxxxxxx", "•••••••••"]

J = "\n".join

POS = []


def pos(provider, kind, ftype, gen, obvious, envrefs=()):
    def deco(fn):
        POS.append({"name": fn.__name__, "provider": provider, "kind": kind, "filetype": ftype,
                    "gen": gen, "obvious": obvious, "envrefs": list(envrefs), "fn": fn})
        return fn
    return deco


def pick(r, *opts):
    return r.choice(opts)


def pip_extra(r, c):
    out = []
    if r.random() < 0.6:
        out += ["timeout = %d" % r.choice([30, 60, 120]), "retries = %d" % r.choice([3, 5])]
    out += ["", "[install]", pick(r, "prefer-binary = true", "no-warn-script-location = true", "upgrade-strategy = only-if-needed")]
    if r.random() < 0.5:
        out += ["", "[list]", "format = columns"]
    return out


def pip_head(r, c):
    return [pick(r, "# pip configuration for %s" % c["app"], "# managed by ansible role dev-tools", "# copy to /etc/pip.conf on build agents",
                 "# %s: switch to internal mirror" % c["ticket"])]


def npmrc_extra(r, c, lo=2, hi=5):
    pool = [["save-exact=true"], ["engine-strict=true"], ["fund=false"], ["audit-level=moderate"],
            ["# see docs/frontend.md for registry setup"], ["prefer-offline=true"], ["loglevel=warn"],
            ["registry=https://registry.npmjs.org/"], ["strict-ssl=true"], ["package-lock=true"],
            ["# %s" % c["ticket"]], ["init-author-name=%s" % c["person"]], ["update-notifier=false"]]
    r.shuffle(pool)
    out = []
    for p in pool[:r.randint(lo, hi)]:
        out += p
    return out


# ----------------------------- Font Awesome Pro -----------------------------
@pos("fontawesome", "npm-package-token", "npmrc", g_fontawesome, True,
     ["${FONTAWESOME_NPM_AUTH_TOKEN}", "${FONTAWESOME_PACKAGE_TOKEN}", "${FA_TOKEN}"])
def p_fa_npmrc(r, c, v):
    path = pick(r, ".npmrc", "frontend/.npmrc", "web/.npmrc", "apps/%s/.npmrc" % c["app"], "packages/ui/.npmrc")
    lines = []
    if r.random() < 0.5:
        lines += ["# Font Awesome Pro - token from https://fontawesome.com/account (%s)" % c["ticket"]]
    lines += ["@fortawesome:registry=https://npm.fontawesome.com/",
              "//npm.fontawesome.com/:_authToken=" + v]
    extra = [["save-exact=true"], ["engine-strict=true"], ["fund=false", "audit-level=high"],
             ["@%s:registry=https://npm.pkg.github.com" % c["org"]], ["legacy-peer-deps=true"],
             ["auto-install-peers=true", "strict-peer-dependencies=false"], ["progress=false"]]
    r.shuffle(extra)
    for e in extra[:r.randint(2, 4)]:
        lines += e
    if r.random() < 0.5:
        lines = extra[-1] + lines
    return path, J(lines) + "\n"


@pos("fontawesome", "npm-package-token", "yarnrc", g_fontawesome, True,
     ["${FONTAWESOME_NPM_AUTH_TOKEN}", "${FONTAWESOME_PACKAGE_TOKEN-}"])
def p_fa_yarnrc(r, c, v):
    path = pick(r, ".yarnrc.yml", "client/.yarnrc.yml", "frontend/.yarnrc.yml")
    q = pick(r, '"%s"', "%s", "'%s'")
    lines = ["nodeLinker: " + pick(r, "node-modules", "pnp"), "",
             "enableTelemetry: false", "",
             "npmScopes:", "  fortawesome:", "    npmAlwaysAuth: true",
             "    npmRegistryServer: \"https://npm.fontawesome.com/\"",
             "    npmAuthToken: " + (q % v), "",
             "yarnPath: .yarn/releases/yarn-%s.cjs" % pick(r, "3.6.4", "4.1.1", "4.5.0", "4.6.0")]
    if r.random() < 0.5:
        lines[2:2] = ["plugins:", "  - path: .yarn/plugins/@yarnpkg/plugin-workspace-tools.cjs",
                      "    spec: \"@yarnpkg/plugin-workspace-tools\"", ""]
    return path, J(lines) + "\n"


@pos("fontawesome", "npm-package-token", "dockerfile", g_fontawesome, False, ["${FA_TOKEN}", "$FONTAWESOME_TOKEN"])
def p_fa_dockerfile(r, c, v):
    path = pick(r, "Dockerfile", "frontend/Dockerfile", "docker/web.Dockerfile")
    lines = ["# syntax=docker/dockerfile:1", "FROM node:%s-alpine AS build" % c["node"], "WORKDIR /app", "",
             "COPY package.json package-lock.json ./",
             "RUN npm config set @fortawesome:registry https://npm.fontawesome.com/ \\",
             "    && npm config set //npm.fontawesome.com/:_authToken " + v + " \\",
             "    && npm ci --no-audit --no-fund", "",
             "COPY . .", "RUN npm run build", "",
             "FROM nginx:1.27-alpine", "COPY --from=build /app/dist /usr/share/nginx/html",
             "COPY nginx.conf /etc/nginx/conf.d/default.conf", "EXPOSE 80"]
    return path, J(lines) + "\n"


@pos("fontawesome", "npm-package-token", "github-actions", g_fontawesome, True,
     ["${{ secrets.FONTAWESOME_NPM_AUTH_TOKEN }}", "${{ secrets.FA_PRO_TOKEN }}"])
def p_fa_gha(r, c, v):
    path = ".github/workflows/" + pick(r, "build.yml", "ci.yml", "frontend.yml", "deploy-web.yml")
    lines = ["name: %s" % pick(r, "CI", "Build frontend", "Deploy web"), "",
             "on:", "  push:", "    branches: [main]", "  pull_request:", "",
             "jobs:", "  build:", "    runs-on: ubuntu-latest", "    env:",
             "      FONTAWESOME_NPM_AUTH_TOKEN: " + v,
             "      NODE_OPTIONS: --max-old-space-size=4096",
             "    steps:", "      - uses: actions/checkout@v4",
             "      - uses: actions/setup-node@v4", "        with:",
             "          node-version: %s" % c["node"], "          cache: npm",
             "      - run: npm ci", "      - run: npm run lint", "      - run: npm run build",
             "      - uses: actions/upload-artifact@v4", "        with:", "          name: dist", "          path: dist/"]
    return path, J(lines) + "\n"


@pos("fontawesome", "npm-package-token", "shell", g_fontawesome, False, ['"$FONTAWESOME_NPM_AUTH_TOKEN"', "${FA_TOKEN:?missing}"])
def p_fa_setup_sh(r, c, v):
    path = pick(r, "scripts/bootstrap.sh", "bin/setup-frontend", "tools/dev-setup.sh")
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "",
             "# one-time developer setup for the %s web client" % c["app"],
             "command -v node >/dev/null || { echo 'install node %s first'; exit 1; }" % c["node"], "",
             "npm config set '@fortawesome:registry' 'https://npm.fontawesome.com/'",
             "npm config set '//npm.fontawesome.com/:_authToken' " + v, "",
             "npm ci", "npx husky install", "cp -n .env.example .env.local || true",
             "echo \"done - run 'npm run dev'\""]
    return path, J(lines) + "\n"


# ------------------------------- Telerik / Kendo ----------------------------
def nuget_header(r):
    return ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>"]


@pos("telerik", "nuget-feed-api-key", "nuget-config", g_telerik_apikey, True, ["%TELERIK_NUGET_KEY%", "%TELERIK_API_KEY%"])
def p_telerik_nuget(r, c, v):
    path = pick(r, "NuGet.Config", "nuget.config", "src/NuGet.Config")
    key = pick(r, "Telerik", "TelerikFeed", "telerik")
    lines = nuget_header(r) + [
        "  <packageSources>", "    <clear />",
        '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />',
        '    <add key="%s" value="https://nuget.telerik.com/v3/index.json" />' % key,
        "  </packageSources>", "  <packageSourceCredentials>",
        "    <%s>" % key,
        '      <add key="Username" value="api-key" />',
        '      <add key="ClearTextPassword" value="%s" />' % v,
        "    </%s>" % key, "  </packageSourceCredentials>", "</configuration>"]
    return path, J(lines) + "\n"


@pos("telerik", "nuget-account-password", "markdown", human_password, False)
def p_telerik_readme(r, c, v):
    path = pick(r, "docs/setup.md", "README.md", "docs/onboarding/dotnet.md")
    lines = ["# %s - local setup" % c["app"].capitalize(), "",
             "The UI uses Telerik UI for Blazor, so you need the Telerik feed before `dotnet restore` works.", "",
             "```powershell",
             "dotnet nuget add source https://nuget.telerik.com/v3/index.json `",
             "  --name telerik.com --username %s `" % c["ci_email"],
             "  --password %s --store-password-in-clear-text" % v,
             "```", "",
             "Then:", "", "```", "dotnet restore", "dotnet build -c Debug", "dotnet run --project src/%s.Web" % c["app"].capitalize().replace("-", ""),
             "```", "", "Ask in #%s-dev if the restore fails with 401." % c["org"]]
    return path, J(lines) + "\n"


@pos("telerik", "licence-key", "github-actions", g_telerik_license, True, ["${{ secrets.TELERIK_LICENSE }}"])
def p_telerik_license_gha(r, c, v):
    path = ".github/workflows/" + pick(r, "dotnet.yml", "build.yml", "release.yml")
    lines = ["name: .NET build", "on:", "  push:", "    branches: [ main, 'release/**' ]", "",
             "env:", "  DOTNET_NOLOGO: true", "  TELERIK_LICENSE: " + v, "",
             "jobs:", "  build:", "    runs-on: windows-latest", "    steps:",
             "      - uses: actions/checkout@v4", "      - uses: actions/setup-dotnet@v4",
             "        with:", "          dotnet-version: '%s.x'" % c["dotnet"].split(".")[0],
             "      - run: dotnet restore --configfile NuGet.Config",
             "      - run: dotnet build --no-restore -c Release",
             "      - run: dotnet test --no-build -c Release"]
    return path, J(lines) + "\n"


@pos("telerik", "kendo-licence-key", "typescript", g_kendo_script_key, False)
def p_kendo_setkey(r, c, v):
    path = pick(r, "src/main.ts", "src/app/licensing.ts", "src/bootstrap.ts")
    q = pick(r, "'", '"')
    lines = ["import { enableProdMode } from '@angular/core';",
             "import { platformBrowserDynamic } from '@angular/platform-browser-dynamic';",
             "import { setScriptKey } from '@progress/kendo-licensing';", "",
             "import { AppModule } from './app/app.module';",
             "import { environment } from './environments/environment';", "",
             "setScriptKey(", "  " + q + v + q, ");", "",
             "if (environment.production) {", "  enableProdMode();", "}", "",
             "platformBrowserDynamic()", "  .bootstrapModule(AppModule)", "  .catch((err) => console.error(err));"]
    return path, J(lines) + "\n"


@pos("telerik", "licence-key", "csharp", g_telerik_license, False)
def p_telerik_cs(r, c, v):
    path = pick(r, "src/TelerikLicense.cs", "TelerikLicense.cs", "src/%s.Desktop/Properties/TelerikLicense.cs" % c["Org"])
    lines = ["// <auto-generated>", "//   Build step writes this file on the agent; copied locally for debugging (%s)" % c["ticket"],
             "// </auto-generated>", "",
             "[assembly: global::Telerik.Licensing.EvidenceAttribute(\"" + v + "\")]", ""]
    return path, J(lines) + "\n"


# ------------------------------- DevExpress ---------------------------------
@pos("devexpress", "nuget-feed-key", "nuget-config", g_devexpress_feed, False, ["%DEVEXPRESS_NUGET_KEY%", "%DX_FEED_KEY%"])
def p_dx_url(r, c, v):
    path = pick(r, "NuGet.Config", "nuget.config")
    lines = nuget_header(r) + [
        "  <packageSources>",
        '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />',
        '    <add key="DevExpress" value="https://nuget.devexpress.com/%s/api/v3/index.json" />' % v,
        "  </packageSources>", "  <packageSourceMapping>",
        '    <packageSource key="nuget.org">', '      <package pattern="*" />', "    </packageSource>",
        '    <packageSource key="DevExpress">', '      <package pattern="DevExpress.*" />',
        '      <package pattern="DevExtreme.*" />', "    </packageSource>",
        "  </packageSourceMapping>", "</configuration>"]
    return path, J(lines) + "\n"


@pos("devexpress", "nuget-feed-key", "nuget-config", g_devexpress_feed, True, ["%DEVEXPRESS_NUGET_KEY%"])
def p_dx_cred(r, c, v):
    path = pick(r, "NuGet.Config", "build/NuGet.Config")
    lines = nuget_header(r) + [
        "  <packageSources>",
        '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />',
        '    <add key="DXFeed" value="https://nuget.devexpress.com/api/v3/index.json" />',
        "  </packageSources>", "  <packageSourceCredentials>", "    <DXFeed>",
        '      <add key="Username" value="DevExpress" />',
        '      <add key="ClearTextPassword" value="%s" />' % v,
        "    </DXFeed>", "  </packageSourceCredentials>", "  <config>",
        '    <add key="globalPackagesFolder" value=".nuget/packages" />', "  </config>", "</configuration>"]
    return path, J(lines) + "\n"


@pos("devexpress", "nuget-feed-key", "gitlab-ci", g_devexpress_feed, False, ["$DX_NUGET_KEY", "${DEVEXPRESS_FEED_KEY}"])
def p_dx_gitlab(r, c, v):
    lines = ["image: mcr.microsoft.com/dotnet/sdk:%s" % c["dotnet"], "",
             "stages: [build, test]", "",
             "variables:", "  DOTNET_CLI_TELEMETRY_OPTOUT: \"1\"", "",
             "before_script:",
             "  - dotnet nuget add source https://nuget.devexpress.com/api/v3/index.json -n DevExpress -u DevExpress -p " + v + " --store-password-in-clear-text",
             "  - dotnet restore", "",
             "build:", "  stage: build", "  script:", "    - dotnet build -c Release --no-restore",
             "  artifacts:", "    paths: [\"src/**/bin/Release\"]", "",
             "test:", "  stage: test", "  script:", "    - dotnet test -c Release"]
    return ".gitlab-ci.yml", J(lines) + "\n"


@pos("devexpress", "nuget-feed-key", "dockerfile", g_devexpress_feed, False, ["${DX_FEED_KEY}"])
def p_dx_docker(r, c, v):
    lines = ["FROM mcr.microsoft.com/dotnet/sdk:%s AS build" % c["dotnet"], "WORKDIR /src",
             "COPY *.sln .", "COPY src/ src/",
             "RUN dotnet nuget add source \"https://nuget.devexpress.com/%s/api/v3/index.json\" -n devexpress \\" % v,
             " && dotnet restore", "RUN dotnet publish src/%s.Web -c Release -o /app --no-restore" % c["Org"], "",
             "FROM mcr.microsoft.com/dotnet/aspnet:%s" % c["dotnet"], "WORKDIR /app",
             "COPY --from=build /app .", "ENV ASPNETCORE_URLS=http://+:8080", "EXPOSE 8080",
             "ENTRYPOINT [\"dotnet\", \"%s.Web.dll\"]" % c["Org"]]
    return pick(r, "Dockerfile", "src/%s.Web/Dockerfile" % c["Org"]), J(lines) + "\n"


# ------------------------------- Syncfusion ---------------------------------
@pos("syncfusion", "licence-key", "csharp", g_syncfusion, False)
def p_sf_program(r, c, v):
    path = pick(r, "src/%s.Web/Program.cs" % c["Org"], "Program.cs", "src/Program.cs")
    lines = ["using Syncfusion.Blazor;", "using %s.Web.Data;" % c["Org"], "",
             "var builder = WebApplication.CreateBuilder(args);", "",
             "Syncfusion.Licensing.SyncfusionLicenseProvider.RegisterLicense(\"" + v + "\");", "",
             "builder.Services.AddRazorPages();", "builder.Services.AddServerSideBlazor();",
             "builder.Services.AddSyncfusionBlazor();",
             "builder.Services.AddSingleton<%sService>();" % c["app"].capitalize().replace("-", ""), "",
             "var app = builder.Build();", "if (!app.Environment.IsDevelopment())", "{",
             "    app.UseExceptionHandler(\"/Error\");", "    app.UseHsts();", "}", "",
             "app.UseHttpsRedirection();", "app.UseStaticFiles();", "app.UseRouting();",
             "app.MapBlazorHub();", "app.MapFallbackToPage(\"/_Host\");", "app.Run();"]
    return path, J(lines) + "\n"


@pos("syncfusion", "licence-key", "typescript", g_syncfusion, False)
def p_sf_react(r, c, v):
    path = pick(r, "src/index.tsx", "src/main.tsx", "src/index.js")
    q = pick(r, "'", '"')
    lines = ["import React from 'react';", "import ReactDOM from 'react-dom/client';",
             "import { registerLicense } from '@syncfusion/ej2-base';",
             "import App from './App';", "import './index.css';", "",
             "registerLicense(" + q + v + q + ");", "",
             "const root = ReactDOM.createRoot(document.getElementById('root') as HTMLElement);",
             "root.render(", "  <React.StrictMode>", "    <App />", "  </React.StrictMode>", ");"]
    return path, J(lines) + "\n"


@pos("syncfusion", "licence-key", "json", g_syncfusion, True)
def p_sf_appsettings(r, c, v):
    path = pick(r, "appsettings.json", "src/%s.Api/appsettings.Production.json" % c["Org"], "appsettings.Development.json")
    d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
         "AllowedHosts": "*",
         "Reporting": {"DefaultExportFormat": pick(r, "Pdf", "Xlsx"), "MaxRows": r.choice([5000, 20000, 100000])},
         "Syncfusion": {"LicenseKey": v},
         "Features": {"EnableDocumentEditor": True, "EnablePdfViewer": r.random() < 0.5}}
    return path, json.dumps(d, indent=2) + "\n"


@pos("syncfusion", "licence-key", "csharp", g_syncfusion, True)
def p_sf_maui(r, c, v):
    path = pick(r, "MauiProgram.cs", "src/%s.Mobile/MauiProgram.cs" % c["Org"])
    lines = ["using Microsoft.Extensions.Logging;", "using Syncfusion.Maui.Core.Hosting;", "",
             "namespace %s.Mobile;" % c["Org"], "", "public static class MauiProgram", "{",
             "    private const string SyncfusionLicenseKey = \"" + v + "\";", "",
             "    public static MauiApp CreateMauiApp()", "    {",
             "        Syncfusion.Licensing.SyncfusionLicenseProvider.RegisterLicense(SyncfusionLicenseKey);",
             "        var builder = MauiApp.CreateBuilder();", "        builder", "            .UseMauiApp<App>()",
             "            .ConfigureSyncfusionCore()", "            .ConfigureFonts(fonts =>", "            {",
             "                fonts.AddFont(\"OpenSans-Regular.ttf\", \"OpenSansRegular\");", "            });",
             "#if DEBUG", "        builder.Logging.AddDebug();", "#endif", "        return builder.Build();", "    }", "}"]
    return path, J(lines) + "\n"


# ------------------------------ Sidekiq Pro/Ent ------------------------------
def g_hex8(r):
    while True:
        t = hexs(r, 8)
        if mixed_ok(t):
            return t


@pos("sidekiq", "gem-server-credentials", "bundle-config", g_hex8, False)
def p_sidekiq_bundle(r, c, v):
    host = pick(r, "GEMS__CONTRIBSYS__COM", "ENTERPRISE__CONTRIBSYS__COM")
    lines = ["---", 'BUNDLE_PATH: "vendor/bundle"', 'BUNDLE_JOBS: "%d"' % r.choice([4, 8]), 'BUNDLE_RETRY: "3"',
             'BUNDLE_%s: "%s:%s"' % (host, g_hex8(r), v)]
    if r.random() < 0.5:
        lines.append('BUNDLE_WITHOUT: "development:test"')
    if r.random() < 0.5:
        lines.insert(1, 'BUNDLE_DEPLOYMENT: "true"')
    return ".bundle/config", J(lines) + "\n"


@pos("sidekiq", "gem-server-credentials", "gemfile", g_hex8, False, ['#{ENV.fetch("SIDEKIQ_PRO_PASSWORD")}'])
def p_sidekiq_gemfile(r, c, v):
    user = g_hex8(r)
    q = '"'
    lines = ["source %shttps://rubygems.org%s" % (q, q), "git_source(:github) { |repo| \"https://github.com/#{repo}.git\" }", "",
             "ruby \"%s\"" % c["ruby"], "",
             "gem \"rails\", \"~> %s\"" % pick(r, "7.1.3", "7.2.1", "8.0.0"), "gem \"pg\", \"~> 1.5\"", "gem \"puma\", \">= 6.0\"",
             "gem \"redis\", \"~> 5.0\"", "gem \"sidekiq\", \"~> 7.2\"", "",
             "source \"https://%s:%s@gems.contribsys.com/\" do" % (user, v), "  gem \"sidekiq-pro\"", "end", "",
             "group :development, :test do", "  gem \"rspec-rails\"", "  gem \"factory_bot_rails\"", "end", "",
             "group :development do", "  gem \"web-console\"", "end"]
    return "Gemfile", J(lines) + "\n"


@pos("sidekiq", "gem-server-credentials", "dockerfile", g_hex8, True, ["${SIDEKIQ_PRO_PASSWORD}"])
def p_sidekiq_docker(r, c, v):
    user = g_hex8(r)
    lines = ["FROM ruby:%s-slim" % c["ruby"], "",
             "RUN apt-get update -qq && apt-get install -y --no-install-recommends build-essential libpq-dev git \\",
             "    && rm -rf /var/lib/apt/lists/*", "", "WORKDIR /app",
             "ARG SIDEKIQ_PRO_USER=%s" % user, "ARG SIDEKIQ_PRO_PASSWORD=%s" % v,
             "RUN bundle config gems.contribsys.com ${SIDEKIQ_PRO_USER}:${SIDEKIQ_PRO_PASSWORD}", "",
             "COPY Gemfile Gemfile.lock ./", "RUN bundle install --jobs 4 --without development test", "",
             "COPY . .", "RUN bundle exec bootsnap precompile app/ lib/", "",
             "CMD [\"bundle\", \"exec\", \"sidekiq\", \"-C\", \"config/sidekiq.yml\"]"]
    return pick(r, "Dockerfile", "Dockerfile.worker", "docker/sidekiq/Dockerfile"), J(lines) + "\n"


@pos("sidekiq", "gem-server-credentials", "shell", g_hex8, False, ['"$SIDEKIQ_CREDS"'])
def p_sidekiq_setup(r, c, v):
    user = g_hex8(r)
    host = pick(r, "gems.contribsys.com", "enterprise.contribsys.com")
    lines = ["#!/usr/bin/env bash", "# bin/setup - get a fresh checkout running", "set -e", "",
             "cd \"$(dirname \"$0\")/..\"", "",
             "echo '== Installing dependencies =='",
             "gem install bundler --conservative",
             "bundle config set --local %s %s:%s" % (host, user, v),
             "bundle check || bundle install", "",
             "echo '== Preparing database =='", "bin/rails db:prepare", "",
             "echo '== Removing old logs and tempfiles =='", "bin/rails log:clear tmp:clear", "",
             "echo '== Restarting application server =='", "bin/rails restart"]
    return "bin/setup", J(lines) + "\n"


# -------------------------------- Karafka Pro --------------------------------
def g_karafka_pw(r):
    return rtok(r, B62, 40)


@pos("karafka", "gem-server-credentials", "gemfile", g_karafka_pw, False, ["#{ENV['KARAFKA_PRO_PASSWORD']}"])
def p_karafka_gemfile(r, c, v):
    user = rtok(r, string.ascii_lowercase + string.digits, 12)
    lid = rtok(r, string.ascii_lowercase + string.digits, 10)
    lines = ["# frozen_string_literal: true", "", "source 'https://rubygems.org'", "",
             "ruby '%s'" % c["ruby"], "", "gem 'karafka', '~> 2.4'", "gem 'karafka-web', '~> 0.10'",
             "gem 'activesupport', require: 'active_support/all'", "gem 'dry-monitor'", "",
             "source 'https://%s:%s@gems.karafka.io' do" % (user, v),
             "  gem 'karafka-license', '%s'" % lid, "end", "",
             "group :test do", "  gem 'karafka-testing'", "  gem 'rspec'", "end"]
    return "Gemfile", J(lines) + "\n"


@pos("karafka", "gem-server-credentials", "github-actions", g_karafka_pw, True, ["${{ secrets.KARAFKA_PRO_PASSWORD }}"])
def p_karafka_gha(r, c, v):
    user = rtok(r, string.ascii_lowercase + string.digits, 12)
    lines = ["name: specs", "on: [push, pull_request]", "", "jobs:", "  rspec:", "    runs-on: ubuntu-latest",
             "    services:", "      kafka:", "        image: confluentinc/cp-kafka:7.6.1", "        ports: ['9092:9092']",
             "    env:", "      KARAFKA_PRO_USERNAME: %s" % user, "      KARAFKA_PRO_PASSWORD: %s" % v,
             "      BUNDLE_GEMS__KARAFKA__IO: ${{ env.KARAFKA_PRO_USERNAME }}:${{ env.KARAFKA_PRO_PASSWORD }}",
             "    steps:", "      - uses: actions/checkout@v4", "      - uses: ruby/setup-ruby@v1", "        with:",
             "          ruby-version: '%s'" % c["ruby"], "          bundler-cache: true",
             "      - run: bundle exec rspec"]
    return ".github/workflows/specs.yml", J(lines) + "\n"


# ------------------------------ Laravel Nova/Spark ---------------------------
@pos("laravel-nova", "composer-http-basic", "composer-auth", g_nova, True)
def p_nova_auth(r, c, v):
    d = {"http-basic": {"nova.laravel.com": {"username": c["email"], "password": v}}}
    if r.random() < 0.4:
        d["github-oauth"] = {}
    if r.random() < 0.3:
        d = {"bearer": {}, **d}
    return pick(r, "auth.json", "src/auth.json"), json.dumps(d, indent=pick(r, 2, 4)) + "\n"


@pos("laravel-spark", "composer-http-basic", "composer-auth", g_spark, True)
def p_spark_auth(r, c, v):
    d = {"http-basic": {"spark.laravel.com": {"username": c["email"], "password": v}}}
    if r.random() < 0.5:
        d["http-basic"]["nova.laravel.com"] = {"username": c["email"], "password": ""}
        # nova password blank in this file: only Spark token is real
    return "auth.json", json.dumps(d, indent=4) + "\n"


@pos("laravel-nova", "composer-http-basic", "shell", g_nova, False, ['"$NOVA_LICENSE_KEY"', "${NOVA_LICENSE_KEY}"])
def p_nova_deploy(r, c, v):
    lines = ["#!/bin/sh", "# Forge deploy script (copied from the site panel)", "cd /home/forge/%s" % c["domain"],
             "git pull origin $FORGE_SITE_BRANCH", "",
             "composer config http-basic.nova.laravel.com %s %s" % (c["email"], v),
             "$FORGE_COMPOSER install --no-dev --no-interaction --prefer-dist --optimize-autoloader", "",
             "( flock -w 10 9 || exit 1", "    echo 'Restarting FPM...'; sudo -S service $FORGE_PHP_FPM reload ) 9>/tmp/fpmlock", "",
             "if [ -f artisan ]; then", "    $FORGE_PHP artisan migrate --force", "    $FORGE_PHP artisan nova:publish",
             "    $FORGE_PHP artisan optimize", "fi"]
    return pick(r, "deploy.sh", "scripts/forge-deploy.sh"), J(lines) + "\n"


@pos("laravel-nova", "composer-http-basic", "dockerfile", g_nova, False)
def p_nova_docker(r, c, v):
    auth = json.dumps({"http-basic": {"nova.laravel.com": {"username": c["email"], "password": v}}}, separators=(",", ":"))
    lines = ["FROM composer:2 AS vendor", "WORKDIR /app", "COPY composer.json composer.lock ./",
             "ENV COMPOSER_AUTH='%s'" % auth,
             "RUN composer install --no-dev --no-scripts --prefer-dist --no-interaction", "",
             "FROM php:8.3-fpm-alpine", "RUN docker-php-ext-install pdo_mysql opcache", "WORKDIR /var/www/html",
             "COPY --from=vendor /app/vendor ./vendor", "COPY . .",
             "RUN php artisan config:cache && php artisan route:cache", "USER www-data"]
    return "Dockerfile", J(lines) + "\n"


# --------------------------------- Bryntum ----------------------------------
@pos("bryntum", "npm-registry-auth", "npmrc", lambda r: g_bryntum_b64(r), True)
def p_bryntum_npmrc(r, c, v):
    # v is the base64 _auth blob here (see make_positive)
    lines = ["@bryntum:registry=https://npm.bryntum.com", "//npm.bryntum.com/:_auth=" + v,
             "//npm.bryntum.com/:always-auth=true"] + npmrc_extra(r, c, 2, 4)
    if r.random() < 0.5:
        lines.insert(0, "# Bryntum Scheduler Pro licensed packages")
    return pick(r, ".npmrc", "client/.npmrc"), J(lines) + "\n"


@pos("bryntum", "npm-registry-password", "yarnrc", human_password, False)
def p_bryntum_yarnrc(r, c, v):
    ident = c["email"].replace("@", "..")
    lines = ["nodeLinker: node-modules", "", "npmScopes:", "  bryntum:",
             "    npmRegistryServer: \"https://npm.bryntum.com\"", "    npmAlwaysAuth: true",
             "    npmAuthIdent: \"%s:%s\"" % (ident, v), "", "yarnPath: .yarn/releases/yarn-4.5.0.cjs"]
    return ".yarnrc.yml", J(lines) + "\n"


# --------------------------------- JetBrains --------------------------------
@pos("jetbrains", "activation-code", "markdown", g_jetbrains, True)
def p_jb_doc(r, c, v):
    lines = ["# IDE licences", "", "We have a pooled All Products Pack licence (%d seats)." % r.choice([5, 10, 25]), "",
             "1. Open *Help → Register…*", "2. Choose **Activation code** and paste the block below.", "",
             "```", v, "```", "", "If activation fails, ping %s." % c["person"], "",
             "Renewal is handled by procurement (%s)." % c["ticket"]]
    return pick(r, "docs/ide-licence.md", "notes/jetbrains.md", "wiki/dev-tools.md"), J(lines) + "\n"


# ----------------------------------- Unity -----------------------------------
@pos("unity", "serial", "github-actions", g_unity_serial, True, ["${{ secrets.UNITY_SERIAL }}"])
def p_unity_gha(r, c, v):
    lines = ["name: Build game", "on:", "  workflow_dispatch:", "  push:", "    tags: ['v*']", "",
             "jobs:", "  build:", "    runs-on: ubuntu-latest", "    strategy:", "      matrix:",
             "        targetPlatform: [StandaloneWindows64, StandaloneLinux64, WebGL]", "    steps:",
             "      - uses: actions/checkout@v4", "        with:", "          lfs: true",
             "      - uses: game-ci/unity-builder@v4", "        env:",
             "          UNITY_EMAIL: ${{ secrets.UNITY_EMAIL }}",
             "          UNITY_PASSWORD: ${{ secrets.UNITY_PASSWORD }}",
             "          UNITY_SERIAL: " + v, "        with:",
             "          targetPlatform: ${{ matrix.targetPlatform }}",
             "      - uses: actions/upload-artifact@v4", "        with:",
             "          name: Build-${{ matrix.targetPlatform }}", "          path: build"]
    return ".github/workflows/" + pick(r, "build.yml", "unity-build.yml"), J(lines) + "\n"


@pos("unity", "serial", "shell", g_unity_serial, False, ['"$UNITY_SERIAL"'])
def p_unity_sh(r, c, v):
    lines = ["#!/usr/bin/env bash", "set -eo pipefail", "UNITY=${UNITY_PATH:-/opt/unity/Editor/Unity}", "",
             "echo \"Activating licence on $(hostname)\"",
             "\"$UNITY\" -batchmode -nographics -quit -logFile - \\",
             "  -serial " + v + " \\",
             "  -username \"%s\" -password \"$UNITY_PASSWORD\"" % c["ci_email"], "",
             "\"$UNITY\" -batchmode -nographics -quit -projectPath . \\",
             "  -executeMethod BuildScript.PerformBuild -buildTarget %s -logFile build.log" % pick(r, "Android", "iOS", "Win64"), "",
             "\"$UNITY\" -batchmode -quit -returnlicense -username \"%s\" -password \"$UNITY_PASSWORD\"" % c["ci_email"]]
    return pick(r, "ci/build.sh", "Tools/ci/activate-and-build.sh"), J(lines) + "\n"


def g_ulf_devdata(r):
    serial = g_unity_serial(r)
    return base64.b64encode(b"\x01\x00\x00\x00" + serial.encode()).decode()


@pos("unity", "licence-file-ulf", "ulf", g_ulf_devdata, False)
def p_unity_ulf(r, c, v):
    serial_masked = "%s-%s-XXXX-XXXX-XXXX-XXXX" % (r.choice(["E3", "SC", "F4"]), rtok(r, ALNUM_UP, 4))
    ts = "%d-%02d-%02dT%02d:%02d:%02d" % (c["year"], r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    lines = ['<?xml version="1.0" encoding="UTF-8"?><root>', "    <License id=\"Terms\">",
             "        <MachineBindings>",
             '            <Binding Key="1" Value="%s"/>' % uuid4(r).upper(),
             '            <Binding Key="2" Value="%s"/>' % rtok(r, ALNUM_UP, 12),
             "        </MachineBindings>", '        <MachineID Value="%s"/>' % base64.b64encode(rbytes(r, 20)).decode(),
             '        <SerialHash Value="%s"/>' % hexs(r, 40),
             '        <Features>', '            <Feature Value="33"/>', '            <Feature Value="1"/>',
             '            <Feature Value="12"/>', '        </Features>',
             '        <DeveloperData Value="%s"/>' % v,
             '        <SerialMasked Value="%s"/>' % serial_masked,
             '        <StartDate Value="%s"/>' % ts, '        <StopDate Value=""/>', '        <UpdateDate Value="%s"/>' % ts,
             "    </License>",
             '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments"/><SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/><Reference URI="#Terms"><Transforms><Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/></Transforms><DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/><DigestValue>%s</DigestValue></Reference></SignedInfo><SignatureValue>%s</SignatureValue></Signature></root>' % (
                 base64.b64encode(rbytes(r, 20)).decode(), base64.b64encode(rbytes(r, 256)).decode())]
    return pick(r, "Unity_v2022.x.ulf", "ci/Unity_lic.ulf", "licenses/Unity_v2023.x.ulf"), J(lines) + "\n"


@pos("unity", "serial", "dockerfile", g_unity_serial, False, ["${UNITY_SERIAL}"])
def p_unity_docker(r, c, v):
    lines = ["FROM unityci/editor:ubuntu-%s-linux-il2cpp-3" % pick(r, "2022.3.20f1", "2021.3.36f1", "2023.2.13f1"), "",
             "ARG UNITY_USERNAME=%s" % c["ci_email"], "ARG UNITY_PASSWORD", "",
             "RUN unity-editor -batchmode -nographics -quit -logFile /dev/stdout \\",
             "      -username \"$UNITY_USERNAME\" -password \"$UNITY_PASSWORD\" -serial " + v + " || true", "",
             "WORKDIR /project", "COPY . .",
             "CMD [\"unity-editor\", \"-batchmode\", \"-quit\", \"-projectPath\", \"/project\", \"-runTests\", \"-testPlatform\", \"EditMode\"]"]
    return pick(r, "Dockerfile", "ci/unity.Dockerfile"), J(lines) + "\n"


# --------------------------------- Gemfury -----------------------------------
@pos("gemfury", "repo-token", "gemfile", g_gemfury, False, ["#{ENV['GEMFURY_TOKEN']}"])
def p_fury_gemfile(r, c, v):
    lines = ["source \"https://rubygems.org\"", "",
             "source \"https://%s@gem.fury.io/%s/\" do" % (v, c["org"]),
             "  gem \"%s-core\", \"~> %s\"" % (c["org"], c["ver"].rsplit(".", 1)[0]),
             "  gem \"%s-auth\"" % c["org"], "end", "",
             "gem \"sinatra\", \"~> 4.0\"", "gem \"rack-attack\"", "gem \"sequel\"", "",
             "group :test do", "  gem \"minitest\"", "  gem \"rack-test\"", "end"]
    return "Gemfile", J(lines) + "\n"


@pos("gemfury", "repo-token", "requirements", g_gemfury, False, ["${GEMFURY_TOKEN}", "${FURY_AUTH}"])
def p_fury_requirements(r, c, v):
    lines = ["--extra-index-url https://%s:@pypi.fury.io/%s/" % (v, c["org"]), "",
             "%s-common==%s" % (c["org"], c["ver"]), "%s-clients>=%s" % (c["org"], c["ver"]),
             "django==%s" % pick(r, "4.2.16", "5.0.9", "5.1.2"), "psycopg[binary]==3.2.3",
             "celery==5.4.0", "redis==5.1.1", "gunicorn==23.0.0", "sentry-sdk==2.17.0"]
    return pick(r, "requirements.txt", "requirements/base.txt", "requirements/prod.txt"), J(lines) + "\n"


@pos("gemfury", "repo-token", "npmrc", g_gemfury, True, ["${FURY_TOKEN}"])
def p_fury_npmrc(r, c, v):
    lines = ["@%s:registry=https://npm.fury.io/%s/" % (c["org"], c["org"]),
             "//npm.fury.io/%s/:_authToken=%s" % (c["org"], v), "always-auth=true"] + npmrc_extra(r, c)
    return ".npmrc", J(lines) + "\n"


@pos("gemfury", "push-token", "shell", g_gemfury, False, ["${FURY_PUSH_TOKEN}"])
def p_fury_publish(r, c, v):
    lines = ["#!/usr/bin/env bash", "# publish wheels to our private index", "set -euo pipefail", "",
             "rm -rf dist/", "python -m build", "",
             "for f in dist/*; do", "  echo \"uploading $f\"",
             "  curl -sf -F package=@\"$f\" https://%s@push.fury.io/%s/" % (v, c["org"]), "done"]
    return pick(r, "scripts/publish.sh", "release.sh"), J(lines) + "\n"


# -------------------------------- Cloudsmith ----------------------------------
@pos("cloudsmith", "entitlement-token", "dockerfile", g_cloudsmith_ent, False, ["${CLOUDSMITH_TOKEN}"])
def p_cs_docker(r, c, v):
    repo = pick(r, "pro", "enterprise", "agent", "private")
    lines = ["FROM debian:bookworm-slim", "",
             "RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates gnupg \\",
             " && curl -1sLf 'https://dl.cloudsmith.io/%s/%s/%s/setup.deb.sh' | bash \\" % (v, c["org"], repo),
             " && apt-get install -y %s-%s=%s \\" % (c["org"], repo, c["ver"]), " && rm -rf /var/lib/apt/lists/*", "",
             "COPY config.yaml /etc/%s/config.yaml" % c["org"], "EXPOSE 9000",
             "ENTRYPOINT [\"/usr/bin/%s-%s\", \"--config\", \"/etc/%s/config.yaml\"]" % (c["org"], repo, c["org"])]
    return "Dockerfile", J(lines) + "\n"


@pos("cloudsmith", "entitlement-token", "pip-conf", g_cloudsmith_ent, False)
def p_cs_pipconf(r, c, v):
    lines = ["[global]", "timeout = 60",
             "index-url = https://pypi.org/simple",
             "extra-index-url = https://dl.cloudsmith.io/%s/%s/python/python/simple/" % (v, c["org"]),
             "", "[install]", "prefer-binary = true"]
    return pick(r, "pip.conf", ".pip/pip.conf", "config/pip.conf"), J(lines) + "\n"


@pos("cloudsmith", "api-key", "github-actions", g_cloudsmith_api, True, ["${{ secrets.CLOUDSMITH_API_KEY }}"])
def p_cs_gha(r, c, v):
    lines = ["name: Publish", "on:", "  release:", "    types: [published]", "", "jobs:", "  push:",
             "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
             "      - uses: actions/setup-python@v5", "        with:", "          python-version: '%s'" % c["py"],
             "      - run: pip install build cloudsmith-cli", "      - run: python -m build",
             "      - name: Push to Cloudsmith", "        env:", "          CLOUDSMITH_API_KEY: " + v,
             "        run: cloudsmith push python %s/python dist/*.whl" % c["org"]]
    return ".github/workflows/publish.yml", J(lines) + "\n"


@pos("cloudsmith", "entitlement-token", "npmrc", g_cloudsmith_ent, True, ["${CLOUDSMITH_NPM_TOKEN}"])
def p_cs_npmrc(r, c, v):
    lines = ["registry=https://registry.npmjs.org/",
             "@%s:registry=https://npm.cloudsmith.io/%s/%s/" % (c["org"], c["org"], pick(r, "npm", "js", "private")),
             "//npm.cloudsmith.io/%s/%s/:_authToken=%s" % (c["org"], pick(r, "npm", "js", "private"), v)] + npmrc_extra(r, c)
    return ".npmrc", J(lines) + "\n"


# ------------------------------- Packagecloud ---------------------------------
@pos("packagecloud", "read-token", "shell", g_packagecloud, False, ["${PACKAGECLOUD_TOKEN}"])
def p_pc_install(r, c, v):
    lines = ["#!/bin/bash", "# provision.sh - used by Vagrant and the Packer image", "set -e", "",
             "apt-get update", "apt-get install -y curl gnupg apt-transport-https", "",
             "curl -s https://%s:@packagecloud.io/install/repositories/%s/%s/script.deb.sh | bash" % (v, c["org"], pick(r, "private", "stable", "agents")),
             "apt-get install -y %s-agent" % c["org"], "systemctl enable --now %s-agent" % c["org"]]
    return pick(r, "provision.sh", "packer/scripts/provision.sh"), J(lines) + "\n"


@pos("packagecloud", "api-token", "ruby", g_packagecloud, False)
def p_pc_rake(r, c, v):
    lines = ["require \"packagecloud\"", "", "namespace :release do", "  desc \"Push built .deb/.rpm files to packagecloud\"",
             "  task :push do", "    creds  = Packagecloud::Credentials.new(\"%s\", \"%s\")" % (c["org"], v),
             "    client = Packagecloud::Client.new(creds)", "    Dir[\"pkg/*.{deb,rpm}\"].each do |file|",
             "      dist = file.end_with?(\".deb\") ? \"ubuntu/jammy\" : \"el/9\"",
             "      pkg = Packagecloud::Package.new(file: file)",
             "      result = client.put_package(\"%s\", pkg, dist)" % pick(r, "private", "stable", "agents"),
             "      puts \"#{file}: #{result.succeeded ? 'ok' : result.response}\"", "    end", "  end", "end"]
    return pick(r, "lib/tasks/release.rake", "Rakefile"), J(lines) + "\n"


# -------------------------------- Artifactory ---------------------------------
def settings_xml(servers, mirror=None, extra=""):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"',
           '          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
           '          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">',
           "  <servers>"] + servers + ["  </servers>"]
    if mirror:
        out += ["  <mirrors>", "    <mirror>", "      <id>%s</id>" % mirror[0], "      <mirrorOf>*</mirrorOf>",
                "      <url>%s</url>" % mirror[1], "    </mirror>", "  </mirrors>"]
    if extra:
        out += [extra]
    out += ["</settings>"]
    return J(out) + "\n"


@pos("artifactory", "reference-token", "maven-settings", g_artifactory_ref, True, ["${env.ARTIFACTORY_TOKEN}"])
def p_art_settings(r, c, v):
    url = "https://%s.jfrog.io/artifactory/maven-virtual" % c["org"]
    servers = ["    <server>", "      <id>%s-artifactory</id>" % c["org"], "      <username>%s</username>" % c["ci_email"],
               "      <password>%s</password>" % v, "    </server>"]
    return pick(r, ".mvn/settings.xml", "settings.xml", "ci/maven-settings.xml"), settings_xml(servers, ("%s-artifactory" % c["org"], url))


@pos("artifactory", "api-key", "gradle-properties", g_artifactory_apikey, True)
def p_art_gradle(r, c, v):
    lines = ["org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8", "org.gradle.parallel=true", "org.gradle.caching=true",
             "android.useAndroidX=true" if r.random() < 0.5 else "kotlin.code.style=official", "",
             "# internal repo", "artifactory_contextUrl=https://artifactory.%s/artifactory" % c["domain"],
             "artifactory_user=%s" % c["user"], "artifactory_password=%s" % v]
    return pick(r, "gradle.properties", "android/gradle.properties"), J(lines) + "\n"


@pos("artifactory", "identity-token", "npmrc", g_artifactory_identity, True, ["${ARTIFACTORY_NPM_TOKEN}"])
def p_art_npmrc(r, c, v):
    lines = ["registry=https://%s.jfrog.io/artifactory/api/npm/npm-virtual/" % c["org"],
             "//%s.jfrog.io/artifactory/api/npm/npm-virtual/:_authToken=%s" % (c["org"], v),
             "always-auth=true", "email=%s" % c["ci_email"]] + npmrc_extra(r, c, 1, 3)
    return ".npmrc", J(lines) + "\n"


@pos("artifactory", "reference-token", "pip-conf", g_artifactory_ref, False)
def p_art_pip(r, c, v):
    lines = pip_head(r, c) + ["[global]", "index-url = https://%s:%s@%s.jfrog.io/artifactory/api/pypi/pypi-virtual/simple" % (c["user"], v, c["org"]),
             "trusted-host = %s.jfrog.io" % c["org"], "disable-pip-version-check = true"] + pip_extra(r, c)
    return pick(r, "pip.conf", "docker/pip.conf"), J(lines) + "\n"


@pos("artifactory", "identity-token", "jenkinsfile", g_artifactory_identity, False)
def p_art_jenkins(r, c, v):
    lines = ["pipeline {", "  agent { label 'docker' }", "  environment {",
             "    REGISTRY = '%s.jfrog.io'" % c["org"], "    IMAGE = \"${REGISTRY}/docker-local/%s\"" % c["app"], "  }",
             "  stages {", "    stage('Build') {", "      steps {", "        sh 'docker build -t $IMAGE:$BUILD_NUMBER .'", "      }", "    }",
             "    stage('Push') {", "      steps {",
             "        sh \"echo %s | docker login -u %s --password-stdin $REGISTRY\"" % (v, c["ci_email"]),
             "        sh 'docker push $IMAGE:$BUILD_NUMBER'", "      }", "    }", "  }", "}"]
    return "Jenkinsfile", J(lines) + "\n"


# ------------------------------ GitHub Packages --------------------------------
@pos("github", "packages-pat", "npmrc", g_gh_classic, True, ["${GITHUB_TOKEN}", "${NODE_AUTH_TOKEN}"])
def p_gh_npmrc(r, c, v):
    lines = ["@%s:registry=https://npm.pkg.github.com" % c["org"], "//npm.pkg.github.com/:_authToken=" + v]
    lines = (lines + npmrc_extra(r, c, 3, 5)) if r.random() < 0.5 else (npmrc_extra(r, c, 3, 5) + lines)
    return pick(r, ".npmrc", "packages/web/.npmrc"), J(lines) + "\n"


@pos("github", "packages-pat", "nuget-config", g_gh_classic, True, ["%GITHUB_TOKEN%"])
def p_gh_nuget(r, c, v):
    lines = nuget_header(r) + ["  <packageSources>", "    <clear />",
                               '    <add key="nuget" value="https://api.nuget.org/v3/index.json" />',
                               '    <add key="github" value="https://nuget.pkg.github.com/%s/index.json" />' % c["org"],
                               "  </packageSources>", "  <packageSourceCredentials>", "    <github>",
                               '      <add key="Username" value="%s" />' % c["user"],
                               '      <add key="ClearTextPassword" value="%s" />' % v,
                               "    </github>", "  </packageSourceCredentials>", "</configuration>"]
    return "nuget.config", J(lines) + "\n"


@pos("github", "packages-pat", "gradle-kts", g_gh_fine, False)
def p_gh_gradle(r, c, v):
    lines = ["pluginManagement {", "    repositories {", "        gradlePluginPortal()", "        google()", "    }", "}", "",
             "dependencyResolutionManagement {", "    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)", "    repositories {",
             "        google()", "        mavenCentral()", "        maven {",
             "            url = uri(\"https://maven.pkg.github.com/%s/%s-sdk\")" % (c["org"], c["org"]),
             "            credentials {", "                username = \"%s\"" % c["user"],
             "                password = \"%s\"" % v, "            }", "        }", "    }", "}", "",
             "rootProject.name = \"%s\"" % c["app"], "include(\":app\", \":core\")"]
    return "settings.gradle.kts", J(lines) + "\n"


@pos("github", "packages-pat", "maven-settings", g_gh_classic, True, ["${env.GITHUB_TOKEN}"])
def p_gh_settings(r, c, v):
    servers = ["    <server>", "      <id>github</id>", "      <username>%s</username>" % c["user"],
               "      <password>%s</password>" % v, "    </server>"]
    extra = J(["  <activeProfiles>", "    <activeProfile>github</activeProfile>", "  </activeProfiles>"])
    return pick(r, "settings.xml", ".m2/settings.xml"), settings_xml(servers, None, extra)


@pos("github", "packages-pat", "netrc", g_gh_classic, True)
def p_gh_netrc(r, c, v):
    lines = ["machine github.com", "  login %s" % c["user"], "  password %s" % v]
    lines = ["# used by go mod download for GOPRIVATE=github.com/%s/*" % c["org"], "# refresh: %s" % c["ticket"], ""] + lines
    if r.random() < 0.5:
        lines += ["", "machine api.github.com", "  login %s" % c["user"], "  password %s" % v]
    return pick(r, ".netrc", "ci/netrc", "build/.netrc"), J(lines) + "\n"


@pos("github", "packages-pat", "dockerfile", g_gh_classic, False, ["${GH_TOKEN}"])
def p_go_docker(r, c, v):
    lines = ["FROM golang:%s AS build" % pick(r, "1.22", "1.23", "1.21"), "WORKDIR /src",
             "ENV GOPRIVATE=github.com/%s/*" % c["org"],
             "RUN git config --global url.\"https://%s:%s@github.com/\".insteadOf \"https://github.com/\"" % (c["user"], v),
             "COPY go.mod go.sum ./", "RUN go mod download", "COPY . .",
             "RUN CGO_ENABLED=0 go build -trimpath -o /out/%s ./cmd/%s" % (c["app"], c["app"]), "",
             "FROM gcr.io/distroless/static-debian12", "COPY --from=build /out/%s /%s" % (c["app"], c["app"]),
             "ENTRYPOINT [\"/%s\"]" % c["app"]]
    return "Dockerfile", J(lines) + "\n"


@pos("github", "composer-github-oauth", "composer-auth", g_gh_classic, False)
def p_gh_composer(r, c, v):
    d = {"github-oauth": {"github.com": v}}
    return "auth.json", json.dumps(d, indent=4) + "\n"


# ---------------------------------- GitLab ------------------------------------
@pos("gitlab", "access-token", "netrc", g_glpat, True)
def p_gl_netrc(r, c, v):
    host = pick(r, "gitlab.com", "gitlab.%s" % c["domain"])
    lines = ["# ~/.netrc for go get / pip against the self-managed GitLab", "# GOPRIVATE=%s/*" % host, "",
             "machine %s" % host, "login %s" % pick(r, "gitlab-ci-token", c["user"], "oauth2"), "password %s" % v]
    return pick(r, ".netrc", "docker/netrc"), J(lines) + "\n"


@pos("gitlab", "access-token", "requirements", g_glpat, False, ["${GITLAB_TOKEN}"])
def p_gl_req(r, c, v):
    host = pick(r, "gitlab.com", "gitlab.%s" % c["domain"])
    lines = ["--index-url https://__token__:%s@%s/api/v4/projects/%d/packages/pypi/simple" % (v, host, r.randint(100, 99999)),
             "--extra-index-url https://pypi.org/simple", "", "%s-ml==%s" % (c["org"], c["ver"]),
             "numpy==1.26.4", "pandas==2.2.3", "scikit-learn==1.5.2", "pyarrow==17.0.0"]
    return pick(r, "requirements.txt", "requirements-private.txt"), J(lines) + "\n"


@pos("gitlab", "access-token", "maven-settings", g_glpat, False)
def p_gl_settings(r, c, v):
    servers = ["    <server>", "      <id>gitlab-maven</id>", "      <configuration>", "        <httpHeaders>",
               "          <property>", "            <name>Private-Token</name>", "            <value>%s</value>" % v,
               "          </property>", "        </httpHeaders>", "      </configuration>", "    </server>"]
    return "settings.xml", settings_xml(servers)


# ------------------------------------ npm --------------------------------------
@pos("npm", "automation-token", "npmrc", g_npm, True, ["${NPM_TOKEN}"])
def p_npm_npmrc(r, c, v):
    lines = ["//registry.npmjs.org/:_authToken=" + v, "@%s:registry=https://registry.npmjs.org/" % c["org"]]
    r.shuffle(lines)
    lines += npmrc_extra(r, c, 3, 5)
    return pick(r, ".npmrc", "packages/%s/.npmrc" % c["app"]), J(lines) + "\n"


@pos("npm", "automation-token", "yarnrc", g_npm, True, ["${NPM_TOKEN}"])
def p_npm_yarnrc(r, c, v):
    lines = ["nodeLinker: node-modules", "", "npmAuthToken: " + v, "npmAlwaysAuth: true", "npmPublishAccess: restricted", "",
             "enableGlobalCache: %s" % pick(r, "true", "false"), "", "yarnPath: .yarn/releases/yarn-%s.cjs" % pick(r, "4.1.1", "4.5.0")]
    return ".yarnrc.yml", J(lines) + "\n"


# ------------------------------ Azure Artifacts --------------------------------
def g_ado_b64(r):
    return base64.b64encode(g_ado_pat(r).encode()).decode()


@pos("azure-artifacts", "pat-base64", "npmrc", g_ado_b64, True)
def p_ado_npmrc(r, c, v):
    feed = pick(r, "npm-internal", c["app"], "shared")
    pre = "//pkgs.dev.azure.com/%s/_packaging/%s/npm/" % (c["org"], feed)
    lines = ["registry=https://pkgs.dev.azure.com/%s/_packaging/%s/npm/registry/" % (c["org"], feed), "always-auth=true", "",
             "; begin auth token", pre + "registry/:username=%s" % c["org"], pre + "registry/:_password=" + v,
             pre + "registry/:email=npm requires email to be set but doesn't use the value",
             pre + ":username=%s" % c["org"], pre + ":_password=" + v,
             pre + ":email=npm requires email to be set but doesn't use the value", "; end auth token"]
    return ".npmrc", J(lines) + "\n"


@pos("azure-artifacts", "pat", "pip-conf", g_ado_pat, False)
def p_ado_pip(r, c, v):
    lines = pip_head(r, c) + ["[global]", "index-url=https://%s:%s@pkgs.dev.azure.com/%s/_packaging/%s/pypi/simple/" % (c["org"], v, c["org"], pick(r, "python", "pypi-feed")),
             "extra-index-url=https://pypi.org/simple"] + pip_extra(r, c)
    return pick(r, "pip.conf", "pip.ini"), J(lines) + "\n"


# --------------------------------- Anaconda ------------------------------------
@pos("anaconda", "channel-token", "condarc", g_anaconda, False, ["${ANACONDA_TOKEN}"])
def p_conda_rc(r, c, v):
    lines = ["channels:", "  - https://conda.anaconda.org/t/%s/%s" % (v, c["org"]), "  - conda-forge", "  - nodefaults",
             "channel_priority: strict", "auto_activate_base: false", "show_channel_urls: true"]
    return ".condarc", J(lines) + "\n"


@pos("anaconda", "channel-token", "conda-env", g_anaconda, False, ["${ANACONDA_TOKEN}"])
def p_conda_env(r, c, v):
    lines = ["name: %s-%s" % (c["org"], c["app"]), "channels:", "  - https://conda.anaconda.org/t/%s/%s" % (v, c["org"]),
             "  - conda-forge", "dependencies:", "  - python=%s" % c["py"], "  - numpy", "  - pandas>=2.1",
             "  - %s-models=%s" % (c["org"], c["ver"]), "  - pip", "  - pip:", "    - mlflow==2.17.0"]
    return pick(r, "environment.yml", "env/environment.yml"), J(lines) + "\n"


# ----------------------------------- PyPI --------------------------------------
@pos("pypi", "api-token", "pypirc", g_pypi, True)
def p_pypirc(r, c, v):
    lines = ["[distutils]", "index-servers =", "    pypi", "", "[pypi]", "username = __token__", "password = " + v]
    return ".pypirc", J(lines) + "\n"


@pos("nexus", "repo-password", "pip-conf", human_password, False)
def p_nexus_pip(r, c, v):
    from urllib.parse import quote
    lines = pip_head(r, c) + ["[global]", "index-url = https://%s:%s@nexus.%s/repository/pypi-group/simple" % (c["user"], quote(v, safe=""), c["domain"]),
             "trusted-host = nexus.%s" % c["domain"]] + pip_extra(r, c)
    return pick(r, "pip.conf", "deploy/pip.conf"), J(lines) + "\n", quote(v, safe="")


@pos("nexus", "repo-password", "maven-settings", human_password, True, ["${env.NEXUS_PASSWORD}"])
def p_nexus_settings(r, c, v):
    servers = ["    <server>", "      <id>nexus-releases</id>", "      <username>%s</username>" % c["user"],
               "      <password>%s</password>" % v.replace("&", "&amp;"), "    </server>",
               "    <server>", "      <id>nexus-snapshots</id>", "      <username>%s</username>" % c["user"],
               "      <password>%s</password>" % v.replace("&", "&amp;"), "    </server>"]
    return "settings.xml", settings_xml(servers, ("nexus", "https://nexus.%s/repository/maven-public/" % c["domain"])), v.replace("&", "&amp;")


@pos("nexus", "repo-password", "gradle-properties", human_password, True)
def p_nexus_gradle(r, c, v):
    style = r.choice(["camel", "dot"])
    k = (lambda w: name_style(w, "camel")) if style == "camel" else (lambda w: ".".join(w))
    lines = ["org.gradle.jvmargs=-Xmx2048m", "version=%s-SNAPSHOT" % c["ver"], "group=com.%s" % c["org"], "",
             "%s=https://nexus.%s/repository/maven-releases/" % (k(["nexus", "url"]), c["domain"]),
             "%s=%s" % (k(["nexus", "username"]), c["user"]), "%s=%s" % (k(["nexus", "password"]), v)]
    return "gradle.properties", J(lines) + "\n"


@pos("nexus", "repo-password", "gradle-kts", human_password, False)
def p_nexus_kts(r, c, v):
    lines = ["plugins {", "    `java-library`", "    `maven-publish`", "}", "", "group = \"com.%s\"" % c["org"], "version = \"%s\"" % c["ver"], "",
             "publishing {", "    publications {", "        create<MavenPublication>(\"lib\") { from(components[\"java\"]) }", "    }",
             "    repositories {", "        maven {", "            name = \"internal\"",
             "            url = uri(\"https://nexus.%s/repository/maven-releases/\")" % c["domain"], "            credentials {",
             "                username = System.getenv(\"NEXUS_USER\") ?: \"%s\"" % c["user"],
             "                password = System.getenv(\"NEXUS_PASS\") ?: \"%s\"" % v, "            }", "        }", "    }", "}"]
    return "build.gradle.kts", J(lines) + "\n"


# ===========================================================================
# NEGATIVE domain look-alikes: no credential at all
# ===========================================================================
NEG = []


def neg(provider, kind, ftype):
    def deco(fn):
        NEG.append({"name": fn.__name__, "provider": provider, "kind": kind, "filetype": ftype, "fn": fn})
        return fn
    return deco


def sri(r, alg="sha512"):
    n = {"sha512": 64, "sha384": 48, "sha256": 32, "sha1": 20}[alg]
    return alg + "-" + b64(r, n)


def ag_grid_key(r, c):
    # format of the sample key in AG Grid's own licence-install page: bracketed text + [v3] + base64 expiry + md5
    exp_ms = r.randint(1714780800, 1830297600) * 1000
    kind = r.choice(["Single_Application", "Multiple_Applications"])
    text = ("Using_this_{AG_Grid}_Enterprise_key_{AG-%d}_in_excess_of_the_licence_granted_is_not_permitted___"
            "Please_report_misuse_to_legal@ag-grid.com___For_help_with_changing_this_key_please_contact_info@ag-grid.com___"
            "{%s}_is_granted_a_{%s}_Developer_License_for_the_application_{%s}_only_for_{%d}_Front-End_JavaScript_developers___"
            "All_Front-End_JavaScript_developers_working_on_{%s}_need_to_be_licensed___{%s}_has_been_granted_a_Deployment_License_Add-on_for_{%d}_Production_Environment___"
            "This_key_works_with_{AG_Grid}_Enterprise_versions_released_before_{%s}____[v3]_[01]_"
            ) % (r.randint(100000, 999999), c["Org"], kind, c["app"].capitalize(), r.randint(1, 12),
                 c["app"].capitalize(), c["app"].capitalize(), r.randint(1, 3),
                 "%02d_%s_%d" % (r.randint(1, 28), r.choice(["January", "March", "May", "July", "October"]), r.choice([2025, 2026, 2027])))
    tail = base64.b64encode(str(exp_ms).encode()).decode()
    return text + tail + hashlib.md5((text + tail).encode()).hexdigest()


@neg("ag-grid", "client-embedded-licence-key", "typescript")
def n_aggrid_main(r, c):
    lines = ["import { createApp } from 'vue';", "import { LicenseManager } from 'ag-grid-enterprise';",
             "import 'ag-grid-community/styles/ag-grid.css';", "import 'ag-grid-community/styles/ag-theme-quartz.css';",
             "import App from './App.vue';", "import router from './router';", "",
             pick(r, "// AG Grid Enterprise licence (%s)" % c["ticket"], "", "// licence renewed %d" % c["year"]),
             "LicenseManager.setLicenseKey(", "  '%s'" % ag_grid_key(r, c), ");", "",
             "createApp(App).use(router).mount('#app');"]
    return pick(r, "src/main.ts", "src/main.js"), J(lines) + "\n"


@neg("ag-grid", "client-embedded-licence-key", "javascript")
def n_aggrid_react(r, c):
    lines = ["import { LicenseManager } from 'ag-grid-enterprise';", "",
             "export const AG_GRID_LICENSE =", "  \"%s\";" % ag_grid_key(r, c), "",
             "export function initGrid() {", "  LicenseManager.setLicenseKey(AG_GRID_LICENSE);", "}"]
    return pick(r, "src/grid/license.js", "src/setupGrid.js"), J(lines) + "\n"


@neg("handsontable", "documented-evaluation-key", "javascript")
def n_hot(r, c):
    lines = ["import Handsontable from 'handsontable';", "import 'handsontable/dist/handsontable.full.min.css';", "",
             "const container = document.querySelector('#%s-grid');" % c["app"],
             "const hot = new Handsontable(container, {", "  data: window.__INITIAL_ROWS__ || [],",
             "  colHeaders: ['SKU', 'Name', 'Qty', 'Price'],", "  rowHeaders: true,", "  height: 'auto',",
             "  filters: true,", "  dropdownMenu: true,", "  licenseKey: 'non-commercial-and-evaluation',", "});", "",
             "export default hot;"]
    return pick(r, "src/sheet.js", "assets/js/inventory-grid.js"), J(lines) + "\n"


@neg("highcharts", "licence-order-number", "javascript")
def n_highcharts(r, c):
    lines = ["/*", " * Highcharts is used under a commercial licence.",
             " * Licence holder: %s, order #%d, %d developer seat(s), renewed %s." % (c["Org"], r.randint(1000000, 9999999), r.randint(1, 10), c["year"]),
             " */", "import Highcharts from 'highcharts';", "import Exporting from 'highcharts/modules/exporting';", "",
             "Exporting(Highcharts);", "", "Highcharts.setOptions({", "  credits: { enabled: false },",
             "  lang: { thousandsSep: ',' },", "  colors: ['#2f7ed8', '#0d233a', '#8bbc21', '#910000'],", "});", "",
             "export default Highcharts;"]
    return pick(r, "src/charts/highcharts.js", "resources/js/charts.js"), J(lines) + "\n"


@neg("highcharts", "sri-integrity-hash", "html")
def n_sri_html(r, c):
    lines = ["<!doctype html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">",
             "  <title>%s reports</title>" % c["Org"],
             "  <script src=\"https://code.highcharts.com/%s/highcharts.js\"" % pick(r, "11.4.8", "11.4.1", "12.0.2"),
             "          integrity=\"%s\" crossorigin=\"anonymous\"></script>" % sri(r, "sha384"),
             "  <script src=\"https://kit.fontawesome.com/%s.js\" crossorigin=\"anonymous\"></script>" % hexs(r, 10),
             "  <link rel=\"stylesheet\" href=\"/css/app.css\">", "</head>", "<body>",
             "  <div id=\"chart\" style=\"height: 400px\"></div>", "  <script src=\"/js/report.js\"></script>", "</body>", "</html>"]
    return pick(r, "public/index.html", "templates/reports.html"), J(lines) + "\n"


@neg("fontawesome", "public-kit-code", "html")
def n_fa_kit(r, c):
    lines = ["{{! layout.hbs }}", "<!DOCTYPE html>", "<html>", "<head>", "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
             "  <!-- Font Awesome Pro kit (domain-restricted in the kit settings) -->",
             "  <script src=\"https://kit.fontawesome.com/%s.js\" crossorigin=\"anonymous\"></script>" % hexs(r, 10),
             "  <title>{{title}}</title>", "</head>", "<body class=\"%s\">" % c["app"], "  {{{body}}}", "</body>", "</html>"]
    return pick(r, "views/layouts/main.hbs", "views/layout.hbs"), J(lines) + "\n"


@neg("fontawesome", "integrity-hash", "json")
def n_pkglock(r, c):
    ver = pick(r, "6.5.2", "6.6.0", "6.7.1")
    pk = {}
    for p in ["pro-solid-svg-icons", "pro-regular-svg-icons", "pro-light-svg-icons", "fontawesome-common-types"]:
        pk["node_modules/@fortawesome/" + p] = {
            "version": ver,
            "resolved": "https://npm.fontawesome.com/@fortawesome/%s/-/%s-%s.tgz" % (p, p, ver),
            "integrity": sri(r), "hasInstallScript": True, "license": "UNLICENSED"}
    d = {"name": c["app"], "version": c["ver"], "lockfileVersion": 3, "requires": True,
         "packages": {"": {"name": c["app"], "version": c["ver"], "dependencies": {"@fortawesome/pro-solid-svg-icons": "^" + ver}}, **pk}}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@neg("bryntum", "integrity-hash", "yarn-lock")
def n_yarnlock(r, c):
    out = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", ""]
    for p, reg in [("@bryntum/schedulerpro", "https://npm.bryntum.com"), ("@bryntum/schedulerpro-react", "https://npm.bryntum.com"),
                   ("@progress/kendo-licensing", "https://registry.yarnpkg.com"), ("ag-grid-enterprise", "https://registry.yarnpkg.com")]:
        ver = "%d.%d.%d" % (r.randint(5, 32), r.randint(0, 9), r.randint(0, 9))
        base = p.split("/")[-1]
        out += ['"%s@^%s":' % (p, ver), "  version \"%s\"" % ver,
                "  resolved \"%s/%s/-/%s-%s.tgz#%s\"" % (reg, p, base, ver, hexs(r, 40)),
                "  integrity %s" % sri(r), ""]
    return "yarn.lock", J(out)


@neg("sidekiq", "lockfile-checksum", "gemfile-lock")
def n_gemlock(r, c):
    sp = "%d.%d.%d" % (r.choice([7, 8]), r.randint(0, 3), r.randint(0, 5))
    lines = ["GEM", "  remote: https://gems.contribsys.com/", "  specs:", "    sidekiq-pro (%s)" % sp, "      sidekiq (>= 7.3.0, < 8)", "",
             "GEM", "  remote: https://rubygems.org/", "  specs:", "    connection_pool (2.4.1)", "    rack (3.1.8)",
             "    redis-client (0.22.2)", "      connection_pool", "    sidekiq (7.3.4)", "      connection_pool (>= 2.3.0)",
             "      rack (>= 2.2.4)", "      redis-client (>= 0.22.2)", "", "PLATFORMS", "  ruby", "  x86_64-linux", "",
             "DEPENDENCIES", "  sidekiq", "  sidekiq-pro!", "", "CHECKSUMS"]
    for g, v in [("connection_pool", "2.4.1"), ("rack", "3.1.8"), ("redis-client", "0.22.2"), ("sidekiq", "7.3.4"), ("sidekiq-pro", sp)]:
        lines.append("  %s (%s) sha256=%s" % (g, v, hexs(r, 64)))
    lines += ["", "BUNDLED WITH", "   2.5.%d" % r.randint(10, 22)]
    return "Gemfile.lock", J(lines) + "\n"


@neg("telerik", "nuget-content-hash", "json")
def n_nuget_lock(r, c):
    deps = {}
    for p in ["Telerik.UI.for.Blazor", "Telerik.Licensing", "DevExpress.Blazor", "Syncfusion.Blazor.Grid"]:
        deps[p] = {"type": "Direct", "requested": "[%s, )" % c["ver"], "resolved": c["ver"], "contentHash": b64(r, 64)}
    d = {"version": 1, "dependencies": {"net%s" % c["dotnet"]: deps}}
    return "src/%s.Web/packages.lock.json" % c["Org"], json.dumps(d, indent=2) + "\n"


@neg("laravel-nova", "lockfile-reference", "json")
def n_composer_lock(r, c):
    ver = "v%d.%d.%d" % (r.choice([4, 5]), r.randint(0, 30), r.randint(0, 9))
    pkg = {"name": "laravel/nova", "version": ver,
           "dist": {"type": "zip", "url": "https://nova.laravel.com/dist/laravel/nova/laravel-nova-%s-zip-%s.zip" % (hexs(r, 40), hexs(r, 6)),
                    "reference": hexs(r, 40), "shasum": hexs(r, 40)},
           "require": {"php": "^8.1", "laravel/framework": "^10.34|^11.0"}, "type": "library",
           "license": ["proprietary"], "time": "%d-%02d-%02dT10:%02d:00+00:00" % (c["year"], r.randint(1, 12), r.randint(1, 28), r.randint(0, 59))}
    d = {"_readme": ["This file locks the dependencies of your project to a known state"],
         "content-hash": hexs(r, 32), "packages": [pkg], "packages-dev": [], "minimum-stability": "stable"}
    return "composer.lock", json.dumps(d, indent=4) + "\n"


@neg("pypi", "requirement-hashes", "requirements")
def n_req_hashes(r, c):
    lines = ["#", "# This file is autogenerated by pip-compile with Python %s" % c["py"], "#    pip-compile --generate-hashes requirements.in", "#",
             "--index-url https://dl.cloudsmith.io/public/%s/oss/python/simple/" % c["org"], "--extra-index-url https://pypi.org/simple", ""]
    for p in ["certifi==2024.8.30", "idna==3.10", "requests==2.32.3", "urllib3==2.2.3", "%s-sdk==%s" % (c["org"], c["ver"])]:
        lines += [p + " \\", "    --hash=sha256:%s \\" % hexs(r, 64), "    --hash=sha256:%s" % hexs(r, 64)]
    return "requirements.txt", J(lines) + "\n"


@neg("unity", "asset-guid", "unity-meta")
def n_unity_meta(r, c):
    lines = ["fileFormatVersion: 2", "guid: %s" % hexs(r, 32), "TextureImporter:", "  internalIDToNameTable: []",
             "  externalObjects: {}", "  serializedVersion: 12", "  mipmaps:", "    mipMapMode: 0", "    enableMipMap: 1",
             "  spriteMode: 1", "  spritePixelsToUnits: 100", "  assetBundleName: ", "  assetBundleVariant: "]
    return "Assets/Art/%s.png.meta" % pick(r, "Player", "Logo", "Tileset", "Coin"), J(lines) + "\n"


@neg("unity", "masked-serial", "markdown")
def n_unity_status(r, c):
    lines = ["# Build machine licences", "", "| Host | Seat | Serial (masked) | Activated |", "|---|---|---|---|"]
    for i in range(r.randint(3, 6)):
        lines.append("| build-%02d | %s | %s-%s-XXXX-XXXX-XXXX-XXXX | %d-%02d-%02d |" % (
            i + 1, pick(r, "Pro", "Plus", "Pro"), r.choice(["E3", "SC", "F4"]), rtok(r, ALNUM_UP, 4), c["year"], r.randint(1, 12), r.randint(1, 28)))
    lines += ["", "Serials live in the vault under `ci/unity/serials`; never paste the full serial here.",
              "Return a seat with `unity-editor -quit -batchmode -returnlicense` before re-imaging a host."]
    return pick(r, "docs/build-machines.md", "ops/unity-licences.md"), J(lines) + "\n"


@neg("unity", "package-manifest", "json")
def n_unity_version(r, c):
    d = {"dependencies": {"com.unity.inputsystem": "1.7.0", "com.unity.render-pipelines.universal": "14.0.11",
                          "com.unity.textmeshpro": "3.0.9", "com.%s.analytics" % c["org"]: c["ver"]},
         "scopedRegistries": [{"name": "%s internal" % c["Org"], "url": "https://npm.%s/" % c["domain"], "scopes": ["com.%s" % c["org"]]}]}
    return "Packages/manifest.json", json.dumps(d, indent=2) + "\n"


@neg("devexpress", "project-guids", "csproj")
def n_csproj(r, c):
    lines = ["<Project Sdk=\"Microsoft.NET.Sdk.Web\">", "  <PropertyGroup>", "    <TargetFramework>net%s</TargetFramework>" % c["dotnet"],
             "    <Nullable>enable</Nullable>", "    <ProjectGuid>{%s}</ProjectGuid>" % uuid4(r).upper(),
             "    <UserSecretsId>%s</UserSecretsId>" % uuid4(r), "  </PropertyGroup>", "  <ItemGroup>",
             "    <PackageReference Include=\"DevExpress.Blazor\" Version=\"%s\" />" % pick(r, "24.1.6", "24.2.3", "23.2.8"),
             "    <PackageReference Include=\"DevExpress.Document.Processor\" Version=\"24.1.6\" />",
             "    <PackageReference Include=\"Telerik.Licensing\" Version=\"1.*\" />", "  </ItemGroup>", "</Project>"]
    return "src/%s.Web/%s.Web.csproj" % (c["Org"], c["Org"]), J(lines) + "\n"


@neg("nuget", "signer-fingerprint", "nuget-config")
def n_nuget_signers(r, c):
    lines = nuget_header(r) + ["  <packageSources>", "    <clear />",
                               '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />',
                               '    <add key="%s-internal" value="https://pkgs.dev.azure.com/%s/_packaging/internal/nuget/v3/index.json" />' % (c["org"], c["org"]),
                               "  </packageSources>", "  <config>", '    <add key="signatureValidationMode" value="require" />', "  </config>",
                               "  <trustedSigners>", '    <author name="%s">' % c["org"],
                               '      <certificate fingerprint="%s" hashAlgorithm="SHA256" allowUntrustedRoot="false" />' % hexs(r, 64).upper(),
                               "    </author>", '    <repository name="nuget.org" serviceIndex="https://api.nuget.org/v3/index.json">',
                               '      <certificate fingerprint="%s" hashAlgorithm="SHA256" allowUntrustedRoot="false" />' % hexs(r, 64).upper(),
                               "      <owners>Microsoft;%s</owners>" % c["Org"], "    </repository>", "  </trustedSigners>", "</configuration>"]
    return "NuGet.Config", J(lines) + "\n"


@neg("sops", "ciphertext", "yaml")
def n_sops(r, c):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(r, n), b64(r, 32), b64(r, 16))
    lines = ["fontawesome_npm_token: " + enc(36), "telerik_nuget_api_key: " + enc(60), "nexus_password: " + enc(14),
             "sops:", "    kms: []", "    age:", "        - recipient: age1%s" % rs(r, "023456789acdefghjklmnpqrstuvwxyz", 58),
             "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    for _ in range(4):
        lines.append("            " + b64(r, 48))
    lines += ["            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"%d-%02d-%02dT09:12:44Z\"" % (c["year"], r.randint(1, 12), r.randint(1, 28)),
              "    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(r, 64), b64(r, 32), b64(r, 16)),
              "    unencrypted_suffix: _unencrypted", "    version: 3.9.1"]
    return pick(r, "secrets/ci.enc.yaml", "deploy/secrets.sops.yaml"), J(lines) + "\n"


@neg("ansible", "ciphertext", "yaml")
def n_vault(r, c):
    lines = ["$ANSIBLE_VAULT;1.1;AES256"]
    for _ in range(r.randint(6, 12)):
        lines.append(hexs(r, 80))
    return pick(r, "group_vars/buildagents/vault.yml", "inventory/group_vars/all/vault.yml"), J(lines) + "\n"


@neg("kubernetes", "sealed-secret-ciphertext", "yaml")
def n_sealed(r, c):
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: registry-credentials",
             "  namespace: %s" % c["app"], "spec:", "  encryptedData:",
             "    ARTIFACTORY_TOKEN: " + b64(r, 360), "    NPM_TOKEN: " + b64(r, 330), "  template:", "    metadata:",
             "      name: registry-credentials", "    type: Opaque"]
    return "k8s/%s/sealed-registry-credentials.yaml" % c["app"], J(lines) + "\n"


@neg("kubernetes", "secret-manager-reference", "yaml")
def n_extsecret(r, c):
    lines = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: package-feeds",
             "spec:", "  refreshInterval: 1h", "  secretStoreRef:", "    name: vault-backend", "    kind: ClusterSecretStore",
             "  target:", "    name: package-feeds", "  data:"]
    for k, p in [("TELERIK_LICENSE", "ci/telerik"), ("FONTAWESOME_NPM_AUTH_TOKEN", "ci/fontawesome"),
                 ("BUNDLE_GEMS__CONTRIBSYS__COM", "ci/sidekiq")]:
        lines += ["    - secretKey: %s" % k, "      remoteRef:", "        key: %s" % p, "        property: value"]
    return "k8s/external-secrets/package-feeds.yaml", J(lines) + "\n"


@neg("terraform", "secret-manager-reference", "terraform")
def n_tf(r, c):
    lines = ["data \"aws_secretsmanager_secret_version\" \"artifactory\" {", "  secret_id = \"ci/artifactory/reference-token\"", "}", "",
             "resource \"aws_codebuild_project\" \"%s\" {" % c["app"].replace("-", "_"), "  name         = \"%s-build\"" % c["app"],
             "  service_role = aws_iam_role.codebuild.arn", "", "  environment {", "    compute_type = \"BUILD_GENERAL1_MEDIUM\"",
             "    image        = \"aws/codebuild/standard:7.0\"", "    type         = \"LINUX_CONTAINER\"", "",
             "    environment_variable {", "      name  = \"ARTIFACTORY_TOKEN\"", "      type  = \"SECRETS_MANAGER\"",
             "      value = \"ci/artifactory/reference-token\"", "    }", "  }", "", "  source {", "    type = \"GITHUB\"",
             "    location = \"https://github.com/%s/%s.git\"" % (c["org"], c["app"]), "  }", "", "  artifacts { type = \"NO_ARTIFACTS\" }", "}"]
    return "infra/codebuild.tf", J(lines) + "\n"


@neg("i18n", "ui-strings", "json")
def n_i18n(r, c):
    d = {"licence": {"title": "Licence", "keyLabel": "Licence key", "keyPlaceholder": "XXXXX-XXXXX-XXXXX-XXXXX",
                     "activate": "Activate", "invalid": "This licence key is not valid for version {{version}}.",
                     "expired": "Your subscription expired on {{date}}.", "token": "Access token",
                     "tokenHelp": "Paste the token from your account page. It is stored in the OS keychain.",
                     "password": "Password", "showPassword": "Show password"}}
    return pick(r, "src/locales/en.json", "public/locales/en/translation.json"), json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@neg("i18n", "ui-strings", "yaml")
def n_i18n_de(r, c):
    lines = ["de:", "  licence:", "    key: \"Lizenzschlüssel\"", "    token: \"Zugriffstoken\"", "    serial: \"Seriennummer\"",
             "    invalid: \"Der Lizenzschlüssel ist ungültig.\"", "    hint: \"Format: XXXX-XXXX-XXXX-XXXX\"",
             "  feeds:", "    password_label: \"Passwort für den Paket-Feed\"", "    saved: \"Zugangsdaten gespeichert\""]
    return "config/locales/de.yml", J(lines) + "\n"


@neg("procurement", "licence-inventory", "markdown")
def n_licences_md(r, c):
    lines = ["# Third-party commercial licences", "", "| Product | Licence / order id | Seats | Renewal | Owner |", "|---|---|---|---|---|"]
    rows = [("Telerik DevCraft UI", "Order %d" % r.randint(4000000, 6999999)),
            ("DevExpress Universal", "Subscription #%s" % rtok(r, ALNUM_UP, 8)),
            ("AG Grid Enterprise", "AG-%d" % r.randint(100000, 999999)),
            ("Font Awesome Pro", "Invoice FA-%d" % r.randint(10000, 99999)),
            ("Sidekiq Enterprise", "Invoice %d-%04d" % (c["year"], r.randint(1, 9999))),
            ("JetBrains All Products", "Licence ID %s" % rtok(r, ALNUM_UP, 10)),
            ("Unity Pro", "Order %d" % r.randint(10000000, 99999999)),
            ("Highcharts", "Order #%d" % r.randint(1000000, 9999999))]
    r.shuffle(rows)
    for p, o in rows[:r.randint(4, 8)]:
        lines.append("| %s | %s | %d | %d-%02d | %s |" % (p, o, r.randint(1, 40), c["year"] + 1, r.randint(1, 12), c["person"]))
    lines += ["", "Credentials for the package feeds are in 1Password → *Engineering / Vendor feeds*."]
    return pick(r, "docs/licences.md", "LICENSES-THIRD-PARTY.md"), J(lines) + "\n"


@neg("jetbrains", "licence-server-url", "markdown")
def n_jb_server(r, c):
    lines = ["# IDE setup", "", "We use a JetBrains Floating License Server.", "",
             "* Server URL: `http://jls.%s:%d`" % (c["domain"], r.choice([8080, 8111, 1111])),
             "* In the IDE: *Help → Register → License server* and paste the URL above.",
             "* Licence ID shown in the IDE: `%s` (just an identifier, no need to keep it secret)." % rtok(r, ALNUM_UP, 10), "",
             "Offline? Ask %s for a temporary activation code via the service desk (%s)." % (c["person"], c["ticket"])]
    return pick(r, "docs/ide-setup.md", "README.dev.md"), J(lines) + "\n"


@neg("gradle", "dependency-verification-checksums", "xml")
def n_gradle_verif(r, c):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<verification-metadata xmlns="https://schema.gradle.org/dependency-verification" '
             'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="https://schema.gradle.org/dependency-verification https://schema.gradle.org/dependency-verification/dependency-verification-1.3.xsd">',
             "   <configuration>", "      <verify-metadata>true</verify-metadata>", "      <verify-signatures>false</verify-signatures>", "   </configuration>", "   <components>"]
    for g, a, v in [("com.%s" % c["org"], "%s-sdk" % c["org"], c["ver"]), ("com.squareup.okhttp3", "okhttp", "4.12.0"), ("com.google.guava", "guava", "33.3.1-jre")]:
        lines += ['      <component group="%s" name="%s" version="%s">' % (g, a, v),
                  '         <artifact name="%s-%s.jar">' % (a, v), '            <sha256 value="%s" origin="Generated by Gradle"/>' % hexs(r, 64),
                  "         </artifact>", "      </component>"]
    lines += ["   </components>", "</verification-metadata>"]
    return "gradle/verification-metadata.xml", J(lines) + "\n"


@neg("gradle", "no-credentials-config", "gradle-properties")
def n_gradle_props(r, c):
    lines = ["org.gradle.jvmargs=-Xmx3g -XX:+UseParallelGC", "org.gradle.configuration-cache=true", "kotlin.code.style=official",
             "android.nonTransitiveRClass=true", "", "# repository coordinates only; credentials come from ~/.gradle/gradle.properties",
             "artifactoryUrl=https://%s.jfrog.io/artifactory" % c["org"], "artifactoryRepo=libs-release",
             "signing.keyId=%s" % hexs(r, 8).upper(), "VERSION_NAME=%s" % c["ver"], "POM_LICENCE_NAME=Proprietary"]
    return "gradle.properties", J(lines) + "\n"


@neg("go", "module-checksums", "go-sum")
def n_gosum(r, c):
    lines = []
    for m, v in [("github.com/%s/auth" % c["org"], "v" + c["ver"]), ("github.com/%s/platform-go" % c["org"], "v0.%d.%d" % (r.randint(1, 40), r.randint(0, 9))),
                 ("golang.org/x/sync", "v0.8.0"), ("google.golang.org/grpc", "v1.67.1")]:
        lines.append("%s %s h1:%s" % (m, v, b64(r, 32)))
        lines.append("%s %s/go.mod h1:%s" % (m, v, b64(r, 32)))
    return "go.sum", J(lines) + "\n"


@neg("go", "goprivate-config", "makefile")
def n_go_make(r, c):
    lines = ["export GOPRIVATE := github.com/%s/*" % c["org"], "export GONOSUMDB := github.com/%s/*" % c["org"],
             "export GOFLAGS := -mod=readonly", "", ".PHONY: deps build test", "",
             "deps:", "\t@test -n \"$$GITHUB_TOKEN\" || (echo 'export GITHUB_TOKEN first' && exit 1)",
             "\tgit config --global url.\"https://x-access-token:$${GITHUB_TOKEN}@github.com/\".insteadOf \"https://github.com/\"",
             "\tgo mod download", "", "build:", "\tgo build ./...", "", "test:", "\tgo test -race ./..."]
    return "Makefile", J(lines) + "\n"


@neg("cloudsmith", "public-repo-url", "shell")
def n_cs_public(r, c):
    lines = ["#!/bin/sh", "# install the open-source CLI from our public repo", "set -e",
             "curl -1sLf 'https://dl.cloudsmith.io/public/%s/oss/setup.deb.sh' | sudo -E bash" % c["org"],
             "sudo apt-get install -y %s-cli" % c["org"], "%s-cli --version" % c["org"]]
    return "scripts/install-cli.sh", J(lines) + "\n"


@neg("packagecloud", "public-repo-config", "yum-repo")
def n_pc_repo(r, c):
    lines = ["[%s_stable]" % c["org"], "name=%s_stable" % c["org"],
             "baseurl=https://packagecloud.io/%s/stable/el/9/$basearch" % c["org"], "repo_gpgcheck=1", "gpgcheck=1", "enabled=1",
             "gpgkey=https://packagecloud.io/%s/stable/gpgkey" % c["org"], "sslverify=1",
             "sslcacert=/etc/pki/tls/certs/ca-bundle.crt", "metadata_expire=300"]
    return "packaging/%s_stable.repo" % c["org"], J(lines) + "\n"


@neg("anaconda", "lockfile-hashes", "yaml")
def n_conda_lock(r, c):
    lines = ["version: 1", "metadata:", "  content_hash:", "    linux-64: %s" % hexs(r, 64), "  channels:", "  - url: conda-forge",
             "    used_env_vars: []", "  - url: https://conda.anaconda.org/%s" % c["org"], "    used_env_vars: []", "package:"]
    for n, v in [("numpy", "1.26.4"), ("pandas", "2.2.3"), ("%s-models" % c["org"], c["ver"])]:
        lines += ["- name: %s" % n, "  version: %s" % v, "  manager: conda", "  platform: linux-64",
                  "  url: https://conda.anaconda.org/conda-forge/linux-64/%s-%s-py311_0.conda" % (n, v),
                  "  hash:", "    md5: %s" % hexs(r, 32), "    sha256: %s" % hexs(r, 64)]
    return "conda-lock.yml", J(lines) + "\n"


@neg("artifactory", "no-credentials-config", "yaml")
def n_jfrog_cfg(r, c):
    lines = ["# generated by `jf npm-config`; credentials live in the jf CLI keychain", "version: 1", "type: npm", "resolver:", "  repo: npm-virtual", "  serverId: %s" % c["org"],
             "deployer:", "  repo: npm-local", "  serverId: %s" % c["org"]]
    return ".jfrog/projects/npm.yaml", J(lines) + "\n"


@neg("github", "pinned-action-shas", "github-actions")
def n_gha_pinned(r, c):
    lines = ["name: build", "on: [push]", "permissions:", "  contents: read", "  packages: read", "jobs:", "  build:",
             "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@%s # v4.2.2" % hexs(r, 40),
             "      - uses: actions/setup-node@%s # v4.1.0" % hexs(r, 40), "        with:", "          node-version: %s" % c["node"],
             "          registry-url: https://npm.pkg.github.com", "          scope: '@%s'" % c["org"], "      - run: npm ci", "        env:",
             "          NODE_AUTH_TOKEN: ${{ secrets.GITHUB_TOKEN }}",
             "          FONTAWESOME_NPM_AUTH_TOKEN: ${{ secrets.FONTAWESOME_NPM_AUTH_TOKEN }}", "      - run: npm test"]
    return ".github/workflows/build.yml", J(lines) + "\n"


@neg("docker", "buildkit-secret-mount", "dockerfile")
def n_docker_secret(r, c):
    lines = ["# syntax=docker/dockerfile:1.7", "FROM node:%s-bookworm-slim@sha256:%s AS deps" % (c["node"], hexs(r, 64)), "WORKDIR /app",
             "COPY package.json package-lock.json ./",
             "RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev", "",
             "FROM node:%s-bookworm-slim@sha256:%s" % (c["node"], hexs(r, 64)), "WORKDIR /app",
             "COPY --from=deps /app/node_modules ./node_modules", "COPY . .", "USER node", "CMD [\"node\", \"server.js\"]"]
    return "Dockerfile", J(lines) + "\n"


@neg("docker", "image-digests", "docker-compose")
def n_compose(r, c):
    lines = ["services:", "  app:", "    image: ghcr.io/%s/%s@sha256:%s" % (c["org"], c["app"], hexs(r, 64)),
             "    env_file: .env", "    environment:", "      NPM_CONFIG_USERCONFIG: /run/secrets/npmrc",
             "      SIDEKIQ_CREDS: ${SIDEKIQ_CREDS:?set in .env}", "    secrets:", "      - npmrc", "  redis:",
             "    image: redis:7.4-alpine@sha256:%s" % hexs(r, 64), "", "secrets:", "  npmrc:", "    file: ~/.npmrc"]
    return "docker-compose.yml", J(lines) + "\n"


@neg("http-basic", "rfc-test-vector", "python")
def n_rfc_test(r, c):
    lines = ["import base64", "", "from %s.feeds import basic_auth_header, parse_netrc_line" % c["org"], "", "",
             "def test_basic_auth_header_matches_rfc7617_example():",
             "    # RFC 7617 section 2 example credentials",
             "    assert basic_auth_header(\"Aladdin\", \"open sesame\") == \"Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\"", "", "",
             "def test_netrc_line_without_password():",
             "    assert parse_netrc_line(\"machine npm.example.com login ci\") == (\"npm.example.com\", \"ci\", None)"]
    return "tests/test_feeds.py", J(lines) + "\n"


@neg("pgp", "public-key", "asc")
def n_pgp(r, c):
    body = base64.b64encode(rbytes(r, 540)).decode()
    lines = ["-----BEGIN PGP PUBLIC KEY BLOCK-----", ""] + [body[i:i + 64] for i in range(0, len(body), 64)] + \
            ["=" + b64(r, 3), "-----END PGP PUBLIC KEY BLOCK-----"]
    return pick(r, "packaging/%s-repo.asc" % c["org"], "keys/apt-signing.pub.asc"), J(lines) + "\n"


@neg("github", "public-host-keys", "known-hosts")
def n_known_hosts(r, c):
    lines = ["# github.com host keys as published by GitHub (api.github.com/meta)",
             "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl",
             "gitlab.%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (c["domain"], b64(r, 32)[:43]),
             "git.%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (c["domain"], b64(r, 32)[:43]),
             "# internal artifact mirror", "[mirror.%s]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (c["domain"], b64(r, 32)[:43])]
    return pick(r, "ci/known_hosts", ".ssh/known_hosts"), J(lines) + "\n"


@neg("laravel-nova", "env-reference", "php")
def n_nova_config(r, c):
    lines = ["<?php", "", "use Laravel\\Nova\\Actions\\ActionResource;", "", "return [",
             "    'license_key' => env('NOVA_LICENSE_KEY'),", "    'name' => env('NOVA_APP_NAME', env('APP_NAME')),",
             "    'domain' => env('NOVA_DOMAIN_NAME', null),", "    'path' => '/nova',", "    'guard' => env('NOVA_GUARD', null),",
             "    'passwords' => env('NOVA_PASSWORDS', null),", "    'middleware' => ['web', \\Laravel\\Nova\\Http\\Middleware\\HandleInertiaRequests::class],",
             "    'pagination' => 'simple',", "    'storage_disk' => env('NOVA_STORAGE_DISK', 'public'),", "];"]
    return "config/nova.php", J(lines) + "\n"


@neg("syncfusion", "config-reference", "csharp")
def n_sf_config(r, c):
    lines = ["var builder = WebApplication.CreateBuilder(args);", "",
             "var syncfusionKey = builder.Configuration[\"Syncfusion:LicenseKey\"]",
             "    ?? Environment.GetEnvironmentVariable(\"SYNCFUSION_LICENSE_KEY\")",
             "    ?? throw new InvalidOperationException(\"Syncfusion licence key not configured\");",
             "Syncfusion.Licensing.SyncfusionLicenseProvider.RegisterLicense(syncfusionKey);", "",
             "builder.Services.AddControllersWithViews();", "var app = builder.Build();", "app.MapDefaultControllerRoute();", "app.Run();"]
    return pick(r, "Program.cs", "src/%s.Web/Program.cs" % c["Org"]), J(lines) + "\n"


@neg("sidekiq", "code-without-credentials", "ruby")
def n_sidekiq_init(r, c):
    lines = ["# frozen_string_literal: true", "", "require \"sidekiq/pro/web\"", "", "Sidekiq.configure_server do |config|",
             "  config.redis = { url: ENV.fetch(\"REDIS_URL\", \"redis://localhost:6379/1\") }", "  config.super_fetch!",
             "  config.reliable_scheduler!", "end", "", "Sidekiq.configure_client do |config|",
             "  config.redis = { url: ENV.fetch(\"REDIS_URL\", \"redis://localhost:6379/1\") }", "end", "",
             "Sidekiq::Web.use Rack::Auth::Basic do |user, password|",
             "  ActiveSupport::SecurityUtils.secure_compare(user, ENV[\"SIDEKIQ_WEB_USER\"].to_s) &",
             "    ActiveSupport::SecurityUtils.secure_compare(password, ENV[\"SIDEKIQ_WEB_PASSWORD\"].to_s)", "end"]
    return "config/initializers/sidekiq.rb", J(lines) + "\n"


@neg("karafka", "licence-id-only", "gemfile")
def n_karafka_gemfile(r, c):
    lines = ["source 'https://rubygems.org'", "", "gem 'karafka', '~> 2.4'", "",
             "# credentials: BUNDLE_GEMS__KARAFKA__IO is set on CI and in ~/.bundle/config",
             "source 'https://gems.karafka.io' do", "  gem 'karafka-license', '%s'" % rtok(r, string.ascii_lowercase + string.digits, 10), "end", "",
             "gem 'karafka-web'", "gem 'rails', '~> 7.2'"]
    return "Gemfile", J(lines) + "\n"


@neg("fontawesome", "masked-config-dump", "markdown")
def n_fa_troubleshoot(r, c):
    lines = ["## Troubleshooting `npm ci` 401 on @fortawesome", "", "Run `npm config list` and check the token is picked up:", "", "```",
             "; \"project\" config from %s/.npmrc" % ("/home/" + c["user"] + "/src/" + c["app"]), "",
             "@fortawesome:registry = \"https://npm.fontawesome.com/\"", "//npm.fontawesome.com/:_authToken = (protected)", "",
             "; node bin location = /usr/local/bin/node", "; node version = v%s.%d.0" % (c["node"], r.randint(1, 12)), "```", "",
             "If it says `(protected)` the token is set. Tokens live in the team vault, never in this repo."]
    return pick(r, "docs/troubleshooting.md", "docs/frontend/fontawesome.md"), J(lines) + "\n"


@neg("telerik", "package-versions", "json")
def n_pkgjson(r, c):
    d = {"name": "%s-%s" % (c["org"], c["app"]), "version": c["ver"], "private": True,
         "scripts": {"postinstall": "kendo-ui-license activate", "start": "ng serve", "build": "ng build --configuration production"},
         "dependencies": {"@progress/kendo-angular-grid": "^%d.%d.0" % (r.randint(14, 17), r.randint(0, 5)),
                          "@progress/kendo-licensing": "^1.3.5", "@fortawesome/pro-solid-svg-icons": "^6.6.0",
                          "ag-grid-enterprise": "^32.%d.0" % r.randint(0, 3), "@syncfusion/ej2-base": "~26.%d.%d" % (r.randint(1, 2), r.randint(30, 44)),
                          "handsontable": "^14.5.0"}}
    return "package.json", json.dumps(d, indent=2) + "\n"


@neg("devexpress", "placeholder-doc", "markdown")
def n_dx_doc(r, c):
    lines = ["# Restoring DevExpress packages", "", "1. Get your personal feed key from https://nuget.devexpress.com (*Obtain Feed URL*).",
             "2. Register the source:", "", "```bash",
             "dotnet nuget add source https://nuget.devexpress.com/api/v3/index.json -n DevExpress -u DevExpress -p {your-feed-authorization-key}",
             "```", "", "On CI the key comes from the `DEVEXPRESS_NUGET_KEY` secret:", "", "```yaml",
             "- run: dotnet nuget add source https://nuget.devexpress.com/api/v3/index.json -n DevExpress -u DevExpress -p ${{ secrets.DEVEXPRESS_NUGET_KEY }} --store-password-in-clear-text",
             "```"]
    return pick(r, "docs/devexpress.md", "docs/build/nuget-feeds.md"), J(lines) + "\n"


@neg("gitlab", "ci-job-token-reference", "gitlab-ci")
def n_gl_ci(r, c):
    lines = ["publish:", "  stage: deploy", "  image: python:%s" % c["py"], "  script:", "    - pip install build twine", "    - python -m build",
             "    - TWINE_PASSWORD=${CI_JOB_TOKEN} TWINE_USERNAME=gitlab-ci-token python -m twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*",
             "  rules:", "    - if: $CI_COMMIT_TAG"]
    return ".gitlab-ci.yml", J(lines) + "\n"


@neg("unity", "license-activation-request", "markdown")
def n_unity_doc(r, c):
    lines = ["# Unity licence on CI", "", "We activate with a **serial** on self-hosted runners and with the `.ulf` file on GitHub-hosted ones.", "",
             "| secret | where |", "|---|---|", "| `UNITY_SERIAL` | repo secret, format `XX-XXXX-XXXX-XXXX-XXXX-XXXX` |",
             "| `UNITY_LICENSE` | repo secret, full contents of `Unity_v20xx.x.ulf` |", "| `UNITY_EMAIL` / `UNITY_PASSWORD` | org secret |", "",
             "Machine id of runner `unity-01`: `%s` (not sensitive)." % hexs(r, 40)]
    return "docs/ci-unity.md", J(lines) + "\n"


@neg("artifactory", "expired-revoked-notice", "markdown")
def n_rotation(r, c):
    lines = ["# Incident %s - rotated package-feed credentials" % c["ticket"], "",
             "* %d-%02d-%02d: a reference token for `%s.jfrog.io` was found in a build log." % (c["year"], r.randint(1, 12), r.randint(1, 28), c["org"]),
             "* The token (id `%s`, last four `…%s`) was revoked within 20 minutes." % (uuid4(r), rtok(r, B62, 4)),
             "* New token stored in Vault at `ci/artifactory/reference-token`; consumers read `$ARTIFACTORY_TOKEN`.",
             "* Follow-up: enable secret scanning on the monorepo (%s)." % c["ticket"]]
    return "notes/incidents/%s.md" % c["ticket"].lower(), J(lines) + "\n"


# ===========================================================================
# driver
# ===========================================================================
PH_GROUP = {"laravel-nova": "laravel", "laravel-spark": "laravel"}
# a Unity .ulf stays a licence file (signed, machine-bound) even with a blanked DeveloperData,
# so it is never reused for a negative
NO_REUSE = {"p_unity_ulf"}


def neg_filler(r, t):
    opts = ["placeholder", "placeholder", "masked", "empty"]
    if t["envrefs"]:
        opts += ["env-reference"] * 3
    kind = r.choice(opts)
    if kind == "env-reference":
        return r.choice(t["envrefs"]), kind
    if kind == "placeholder":
        return r.choice(PH[PH_GROUP.get(t["provider"], t["provider"])]), kind
    if kind == "masked":
        return r.choice(MASKED), kind
    return "", kind


def render(t, r, c, v):
    out = t["fn"](r, c, v)
    if len(out) == 3:
        return out[0], out[1], out[2]
    return out[0], out[1], v


def cycle(r, items, n):
    seq = []
    while len(seq) < n:
        block = list(items)
        r.shuffle(block)
        seq += block
    return seq[:n]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_cd.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    used_needles = set()

    for i, t in enumerate(cycle(r, POS, 500)):
        for _attempt in range(20):
            c = ctx(r)
            secret = t["gen"](r)
            path, text, needle = render(t, r, c, secret)
            if needle and needle in text and needle not in used_needles:
                break
        else:
            raise SystemExit("could not place needle for " + t["name"])
        used_needles.add(needle)
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        line = text[:text.index(needle)].count("\n") + 1
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": t["filetype"], "template": t["name"], "obvious_name": t["obvious"]})
        secrets.append({"file": rel, "needle": needle, "line": line})

    # negatives: half re-use positive templates with a harmless value in the slot,
    # half are domain look-alikes
    reusable = [t for t in POS if t["name"] not in NO_REUSE]
    jobs = [("reuse", t) for t in cycle(r, reusable, 250)] + [("domain", t) for t in cycle(r, NEG, 250)]
    r.shuffle(jobs)
    for i, (how, t) in enumerate(jobs):
        c = ctx(r)
        if how == "reuse":
            val, nk = neg_filler(r, t)
            path, text, _ = render(t, r, c, val)
            entry = {"provider": t["provider"], "kind": nk, "filetype": t["filetype"], "template": t["name"] + "+" + nk}
        else:
            path, text = t["fn"](r, c)
            entry = {"provider": t["provider"], "kind": t["kind"], "filetype": t["filetype"], "template": t["name"]}
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append(dict({"file": rel, "label": "neg"}, **entry))

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
