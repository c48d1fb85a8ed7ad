#!/usr/bin/env python3
"""Blind evaluation-set generator "bl" for a git pre-commit secret scanner.

EMPHASIS
    Testing clouds, QA tooling and code-quality / security services that are
    wired into CI: BrowserStack, Sauce Labs, LambdaTest, Perfecto, Kobiton,
    Percy, Chromatic, Applitools, Cypress Cloud, Currents, Argos / Microsoft
    Playwright Testing / ReportPortal, TestRail, Qase, Testmo, Xray, Zephyr
    Scale, k6 Cloud, BlazeMeter, Artillery, Gatling Enterprise, Codecov,
    Coveralls, Code Climate, SonarQube/SonarCloud, Snyk, Semgrep, Socket,
    Mend, Checkmarx, Veracode, DeepSource, Codacy, Datadog CI visibility,
    Buildkite (API + Test Engine), Launchable, Nx Cloud, Turborepo/Vercel,
    Develocity / Gradle Enterprise, BuildBuddy, Depot, Earthly, Bazel remote
    caches, Expo/EAS, Sentry (sntrys_/sntryu_/legacy DSN secret), Bugsnag,
    Firebase App Distribution, plus GitHub (ghp_) and npm (npm_) tokens that
    live in the same CI files.

USAGE
    python3 gen_bl.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path> (500 positives) and
    OUTDIR/neg/nNNNN/<relative path> (500 negatives), one file per directory,
    plus OUTDIR/manifest.jsonl ({"file","label","provider","kind","filetype"})
    and OUTDIR/secrets.jsonl ({"file","needle","line"}, positives only).
    Deterministic per SEED: the only source of randomness is random.Random(SEED).

NEEDLE CONVENTIONS
    * The needle is the secret substring exactly as written in the file,
      without surrounding quotes.
    * For username + access-key pairs (BrowserStack, Sauce, LambdaTest,
      Kobiton, Veracode id/key, Xray id/secret, BlazeMeter id/secret) the
      needle is only the secret half; the username / id is context.
    * For URLs with embedded credentials (hub URLs, legacy Sentry DSN,
      DeepSource DSN, Bazel cache URL) the needle is the secret part only
      (the password / key / DSN secret), not the whole URL.
    * For Develocity access keys written as "host=key" the needle is the key.
    * For the Firebase service-account JSON the needle is the private_key
      value as written in JSON (single line with literal \\n escapes).
    * line is the 1-based line number of the first occurrence of the needle.

NEGATIVE POLICY DECISIONS (documented, deliberate)
    * Codecov badge/graph "?token=" values (10 chars) are treated as PUBLIC
      (Codecov documents the graph token as only giving read access to
      coverage graphs, meant for README badges) -> negative.
    * Nx Cloud tokens whose payload says "read-only" that sit in nx.json are
      NEGATIVE (Nx documents committing read-only CI tokens in nx.json as the
      intended setup). read-write tokens anywhere are POSITIVE.
    * Sentry DSNs of the modern form https://<publickey>@oNNN.ingest.sentry.io/N
      are NEGATIVE (documented as safe to expose); legacy DSNs carrying a
      ":secret@" part are POSITIVE (needle = secret part).
    * Datadog RUM client tokens (pub + 32 hex), Firebase web config apiKey
      (AIza...), Cypress projectId, Nx Cloud id, Chromatic appId, Sonar
      project keys / organisations, Xray / Checkmarx client ids on their own,
      Percy / Chromatic build ids, Gradle build-scan ids, commit SHAs,
      image digests, UUID run ids, SOPS / sealed-secrets / KMS / Travis
      "secure:" ciphertext -> negatives.
    * Socket's public demo token (documented by Socket as public) appears in
      a few negatives.

DOUBTS (formats I am not sure of)
    * LambdaTest access keys: older keys are ~50 alphanumerics, newer ones
      start with "LT_"; exact lengths are a guess (50 / LT_+47).
    * Chromatic "chpt_" project tokens: suffix length (14-15 hex) is a guess.
    * Percy token prefixes (web_/app_/auto_ + 64 hex) are from memory; legacy
      tokens are bare 64 hex.
    * Applitools API keys: modelled as ~42 alphanumerics ending in "110"
      (observed convention), not documented.
    * Currents record keys (16 alnum), Qase API tokens (64 hex), Testmo
      tokens ("testmo_api_" + 60 alnum), Artillery Cloud keys ("a9_" + 32
      alnum; the a9_ prefix is documented, the length is not), Gatling
      Enterprise API tokens (44 base64url), Earthly tokens (40 alnum),
      Expo robot tokens (40 [A-Za-z0-9_-]), Buildkite Test Engine suite tokens
      (24 alnum), Launchable ("v1:org/workspace:" + 40 alnum), Depot
      ("depot_org_/depot_project_" + 64 hex), Mend apiKey (UUID-like) /
      userKey (64 hex), Semgrep app tokens (64 hex), Socket tokens
      ("sktsec_" + 44 url-safe + "_api"), Argos tokens (40 hex): these are
      best guesses from memory / single examples, not from a spec.
    * TestRail API keys: modelled as 20 alnum + "-" + 20 alnum (from memory of
      keys seen in the UI); Xray client secrets as 64 hex, client ids 32 upper hex.
    * Files like .snyk, .semgrep.yml, turbo.json, .percy.yml, .deepsource.toml and
      .sauce/config.yml only appear as negatives: those tools never store the
      credential in that file, so a positive there would be unrealistic.
    * Sentry org tokens: "sntrys_" + base64(JSON claims, padding stripped) +
      "_" + 43 url-safe chars; the secret part length is a guess.
    * Develocity access keys: 52 chars of [a-z0-9] from memory.
    * Bugsnag: the same 32-hex API key is used by notifiers (shipped to
      clients) and for source-map uploads; here it only appears in CI
      upload contexts and is counted as a positive - debatable.
    * Firebase web apiKey (AIza...) is treated as public (Firebase docs), but
      many scanners treat any AIza key as secret - debatable negative.
"""

import base64
import json
import os
import random
import string
import sys
import zlib

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
URLSAFE = ALNUM + "-_"

# ---------------------------------------------------------------------------
# low-level random helpers
# ---------------------------------------------------------------------------


def _no_runs(s):
    """Reject obvious sequences / repeated runs that look non-random."""
    low = s.lower()
    for bad in ("abcd", "1234", "2345", "3456", "4567", "5678", "6789",
                "xxxx", "0000", "aaaa", "ffff", "test", "pass", "demo",
                "fake", "dummy", "example", "secret", "token"):
        if bad in low:
            return False
    return True


def rs(r, alphabet, n):
    while True:
        s = "".join(r.choice(alphabet) for _ in range(n))
        if _no_runs(s):
            return s


def rhex(r, n):
    return rs(r, HEX, n)


def ralnum(r, n):
    while True:
        s = rs(r, ALNUM, n)
        # make sure mixed classes appear, like real generated tokens
        if n < 12 or (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                      and any(c.islower() for c in s)):
            return s


def ruuid(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def base62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def gh_style(r, prefix):
    body = ralnum(r, 30)
    crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + base62(crc, 6)


def jwt(r, header, payload, siglen=43):
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{h}.{p}.{b64url(rbytes(r, siglen * 3 // 4 + 3))[:siglen]}"


FIRST = ["marek", "julia", "tomas", "aisha", "kenji", "laura", "diego", "priya",
         "oskar", "noor", "felix", "ines", "sven", "maya", "rafael", "hana",
         "lukas", "chloe", "arjun", "elena", "mateo", "sofia", "jonas", "amara"]
LAST = ["novak", "berg", "silva", "tanaka", "okafor", "meyer", "rossi", "kowalski",
        "haddad", "larsen", "costa", "nguyen", "fischer", "moreau", "patel", "ivanova"]
ORGS = ["acme", "northwind", "globex", "initech", "umbrella-labs", "hooli",
        "stark-ind", "wayne-ent", "tyrell", "cyberdyne", "soylent", "vandelay",
        "bluth-co", "pied-piper", "aperture", "massive-dynamic", "oscorp", "contoso"]
PROJECTS = ["checkout-web", "payments-api", "mobile-app", "storefront", "admin-portal",
            "design-system", "booking-service", "search-ui", "ledger", "onboarding",
            "inventory-svc", "notifications", "billing-core", "partner-dashboard"]
WORDS = ["winter", "summer", "falcon", "harbor", "maple", "river", "tiger", "orange",
         "coffee", "rocket", "garden", "silver", "autumn", "dragon", "ocean", "pepper",
         "violet", "thunder", "monkey", "sunset", "cobalt", "lemon", "panda", "storm"]


def human_password(r):
    w = r.choice(WORDS)
    n = r.choice(FIRST).capitalize()
    y = str(r.randint(1971, 2012))
    sym = r.choice("!.#@&*?_-%")
    leet = w.replace("o", "0").replace("e", "3") if r.random() < 0.5 else w
    pats = [
        f"{n}.{y}{w}",
        f"{w.capitalize()}{r.randint(10, 99)}{sym}{r.choice(WORDS)}",
        f"{leet.capitalize()}{sym}{r.randint(1, 9)}",
        f"{n}{sym}{w.capitalize()}{y[2:]}",
        f"{r.choice(WORDS).capitalize()}{r.choice(WORDS)}{sym}{r.randint(100, 999)}",
        f"{n}{y}{sym}",
        f"{leet}{sym}{n}{r.randint(1, 99)}",
    ]
    return r.choice(pats)


def username(r):
    return f"{r.choice(FIRST)}{r.choice(['.', '_', ''])}{r.choice(LAST)}"


def email(r, org):
    return f"{r.choice(FIRST)}.{r.choice(LAST)}@{org.replace('-', '')}.io"


# ---------------------------------------------------------------------------
# secret generators
# ---------------------------------------------------------------------------


def g_sentry_org(r):
    org = r.choice(ORGS)
    iat = r.randint(1690000000, 1760000000) + r.randint(0, 999999) / 1e6
    region = r.choice(["us", "de"])
    claims = {"iat": iat, "url": "https://sentry.io",
              "region_url": f"https://{region}.sentry.io", "org": org}
    payload = base64.b64encode(json.dumps(claims, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"sntrys_{payload}_{rs(r, URLSAFE, 43)}"


def g_perfecto(r):
    cloud = r.choice(ORGS).replace("-", "")
    return jwt(r, {"alg": "HS256", "typ": "JWT", "kid": ruuid(r)},
               {"iat": r.randint(1650000000, 1750000000), "jti": ruuid(r),
                "iss": f"https://auth.perfectomobile.com/auth/realms/{cloud}-perfectomobile-com",
                "aud": f"https://auth.perfectomobile.com/auth/realms/{cloud}-perfectomobile-com",
                "sub": ruuid(r), "typ": "Offline", "azp": "offline-token-generator",
                "nonce": ruuid(r), "session_state": ruuid(r), "scope": "openid offline_access"})


def g_checkmarx(r):
    tenant = r.choice(ORGS).replace("-", "")
    return jwt(r, {"alg": "HS512", "typ": "JWT", "kid": ruuid(r)},
               {"iat": r.randint(1650000000, 1750000000), "jti": ruuid(r),
                "iss": f"https://eu.iam.checkmarx.net/auth/realms/{tenant}",
                "aud": f"https://eu.iam.checkmarx.net/auth/realms/{tenant}",
                "sub": ruuid(r), "typ": "Offline", "azp": "ast-app",
                "session_state": ruuid(r), "scope": "openid ast-api offline_access",
                "sid": ruuid(r)}, 86)


def g_zephyr(r):
    org = r.choice(ORGS)
    return jwt(r, {"typ": "JWT", "alg": "HS256"},
               {"context": {"baseUrl": f"https://{org}.atlassian.net",
                            "user": {"accountId": f"{r.randint(5, 7)}{rhex(r, 5)}:{ruuid(r)}"}},
                "iss": "com.kanoah.test-manager", "sub": ruuid(r),
                "exp": r.randint(1760000000, 1800000000), "iat": r.randint(1700000000, 1750000000)})


def g_mpt(r):
    return jwt(r, {"alg": "RS256", "typ": "JWT"},
               {"aid": ruuid(r), "oid": ruuid(r), "id": ruuid(r), "name": "ci-" + r.choice(PROJECTS),
                "nbf": r.randint(1700000000, 1750000000), "exp": r.randint(1760000000, 1800000000),
                "iss": "https://playwright.microsoft.com", "aud": "https://playwright.microsoft.com"}, 342)


def g_firebase_ci(r):
    return "1//0" + rs(r, ALNUM, 1) + rs(r, URLSAFE, 98)


def g_pem_json(r):
    body = "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ" + \
        base64.b64encode(rbytes(r, 1150)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"


def g_nx_rw(r):
    return base64.b64encode(f"{ruuid(r)}|read-write".encode()).decode()


def g_nx_ro(r):
    return base64.b64encode(f"{ruuid(r)}|read-only".encode()).decode()


def g_bstack_user(r):
    return f"{r.choice(FIRST)}{r.choice(LAST)}_{ralnum(r, 6)}"


def g_develocity(r):
    return rs(r, LOWER_ALNUM, 52)


def g_launchable(r):
    return f"v1:{r.choice(ORGS)}/{r.choice(PROJECTS)}:{ralnum(r, 40)}"


def g_applitools(r):
    return ralnum(r, r.randint(40, 44)) + "110"


# ---------------------------------------------------------------------------
# kinds table
# ---------------------------------------------------------------------------

GENERIC_NAMES = ["API_KEY", "TOKEN", "AUTH", "AUTH_TOKEN", "ACCESS_TOKEN", "CI_TOKEN",
                 "UPLOAD_TOKEN", "SERVICE_KEY", "ACCESS_KEY", "REPORT_TOKEN", "CLOUD_TOKEN",
                 "QA_TOKEN", "E2E_KEY", "REMOTE_KEY", "SCAN_TOKEN", "PROJECT_TOKEN", "KEY",
                 "SECRET_KEY", "INGEST_KEY", "CREDENTIAL"]

KINDS = []


def K(provider, kind, gen, env, cmd, cli=None, user=None, spec=(), prefix="", ph=None,
      generic=True, human=False):
    KINDS.append(dict(provider=provider, kind=kind, gen=gen, env=list(env), cmd=cmd,
                      cli=list(cli or []), user=user, spec=list(spec), prefix=prefix,
                      ph=ph, generic=generic, human=human))


BS_USER = (g_bstack_user, ["BROWSERSTACK_USERNAME", "BROWSERSTACK_USER"])
SAUCE_USER = (lambda r: f"{r.choice(['sso-', 'svc-', ''])}{username(r)}", ["SAUCE_USERNAME"])
LT_USER = (lambda r: f"{r.choice(FIRST)}{r.choice(LAST)}{r.randint(1, 99)}", ["LT_USERNAME"])
KOB_USER = (username, ["KOBITON_USERNAME"])

K("browserstack", "access_key", lambda r: ralnum(r, 20),
  ["BROWSERSTACK_ACCESS_KEY", "BROWSERSTACK_KEY"], "npx browserstack-node-sdk playwright test",
  user=BS_USER, spec=["wdio", "browserstack_yml", "nightwatch", "browserstack_json", "hub_url"])
K("sauce", "access_key", ruuid, ["SAUCE_ACCESS_KEY", "SAUCE_KEY"], "saucectl run",
  cli=["saucectl run --ccy 4 -u {u} -k {s}"], user=SAUCE_USER, spec=["wdio", "nightwatch", "hub_url"])
K("lambdatest", "access_key_legacy", lambda r: ralnum(r, 50), ["LT_ACCESS_KEY", "LAMBDATEST_ACCESS_KEY"],
  "npx lambdatest-cypress run", cli=["lambdatest-cypress run --username={u} --access_key={s}"],
  user=LT_USER, spec=["wdio", "nightwatch", "lt_json", "hub_url"])
K("lambdatest", "access_key", lambda r: "LT_" + ralnum(r, 47), ["LT_ACCESS_KEY", "LAMBDATEST_KEY"],
  "./HyperExecute --config hyperexecute.yaml", cli=["./HyperExecute --user {u} --key {s} --config he.yaml"],
  user=LT_USER, spec=["wdio", "lt_json"], prefix="LT_")
K("perfecto", "security_token", g_perfecto, ["PERFECTO_SECURITY_TOKEN", "PERFECTO_TOKEN"],
  "mvn -B test -Pperfecto", cli=["mvn -B test -DsecurityToken={s} -DcloudName=demo"], spec=["wdio"])
K("kobiton", "api_key", ruuid, ["KOBITON_API_KEY", "KOBITON_ACCESS_KEY"], "npm run test:devices",
  user=KOB_USER, spec=["wdio"])
K("percy", "web_token", lambda r: "web_" + rhex(r, 64), ["PERCY_TOKEN"],
  "npx percy exec -- cypress run", prefix="web_")
K("percy", "app_token", lambda r: "app_" + rhex(r, 64), ["PERCY_TOKEN"],
  "npx percy app:exec -- appium", prefix="app_")
K("percy", "automate_token", lambda r: "auto_" + rhex(r, 64), ["PERCY_TOKEN"],
  "npx percy exec -- npx browserstack-node-sdk", prefix="auto_")
K("percy", "legacy_token", lambda r: rhex(r, 64), ["PERCY_TOKEN"], "npx percy snapshot ./public")
K("chromatic", "project_token", lambda r: "chpt_" + rhex(r, r.choice([14, 15])),
  ["CHROMATIC_PROJECT_TOKEN"], "npx chromatic --exit-zero-on-changes",
  cli=["npx chromatic --project-token={s} --exit-zero-on-changes", "npx chromatic -t {s} --only-changed"],
  spec=["chromatic_json", "gha_with"], prefix="chpt_")
K("applitools", "api_key", g_applitools, ["APPLITOOLS_API_KEY"], "npx eyes-setup && npx cypress run",
  spec=["applitools_cfg"])
K("cypress", "record_key", ruuid, ["CYPRESS_RECORD_KEY"], "npx cypress run --record --parallel",
  cli=["npx cypress run --record --key {s} --parallel", "cypress run --record --key={s}"], spec=["gha_with"])
K("currents", "record_key", lambda r: ralnum(r, 16), ["CURRENTS_RECORD_KEY"], "npx pwc --ci-build-id $BUILD_ID",
  cli=["npx cypress-cloud run --parallel --record --key {s}", "npx pwc --key {s} --project-id {p}"],
  spec=["currents_cfg", "playwright_cfg"])
K("argos", "upload_token", lambda r: rhex(r, 40), ["ARGOS_TOKEN"], "npx argos upload ./screenshots",
  cli=["npx @argos-ci/cli upload --token {s} ./screenshots"], spec=["playwright_cfg"])
K("microsoft-playwright-testing", "access_token", g_mpt, ["PLAYWRIGHT_SERVICE_ACCESS_TOKEN"],
  "npx playwright test -c playwright.service.config.ts", generic=True)
K("reportportal", "api_key_uuid", ruuid, ["RP_API_KEY", "RP_TOKEN"], "pytest --reportportal",
  spec=["pytest_ini_rp"])
K("testrail", "api_key", lambda r: ralnum(r, 20) + "-" + ralnum(r, 20), ["TESTRAIL_API_KEY", "TESTRAIL_KEY"],
  "trcli -y parse_junit -f reports/junit.xml", cli=["trcli -y -h https://{o}.testrail.io -u {e} -k {s} parse_junit -f junit.xml"],
  spec=["testrail_cfg"])
K("testrail", "password", human_password, ["TESTRAIL_PASSWORD"], "pytest --testrail",
  cli=["trcli -y -h https://{o}.testrail.io -u {e} -p '{s}' parse_junit -f junit.xml"],
  spec=["testrail_cfg"], human=True)
K("qase", "api_token", lambda r: rhex(r, 64), ["QASE_TESTOPS_API_TOKEN", "QASE_API_TOKEN"],
  "npx playwright test", spec=["qase_json", "playwright_cfg"])
K("testmo", "api_token", lambda r: "testmo_api_" + ralnum(r, 60), ["TESTMO_TOKEN"],
  "npx testmo automation:run:submit --instance $TESTMO_URL", prefix="testmo_api_")
K("xray", "client_secret", lambda r: rhex(r, 64), ["XRAY_CLIENT_SECRET"],
  "curl -H 'Content-Type: application/json' -X POST --data @xray-auth.json https://xray.cloud.getxray.app/api/v2/authenticate",
  user=(lambda r: rhex(r, 32).upper(), ["XRAY_CLIENT_ID"]))
K("zephyr-scale", "api_token", g_zephyr, ["ZEPHYR_SCALE_TOKEN", "ZEPHYR_TOKEN"],
  "curl -H \"Authorization: Bearer $ZEPHYR_SCALE_TOKEN\" -F file=@target/junit.xml https://api.zephyrscale.smartbear.com/v2/automations/executions/junit?projectKey=PAY")
K("k6", "cloud_token", lambda r: rhex(r, 64), ["K6_CLOUD_TOKEN", "K6_CLOUD_API_TOKEN"],
  "k6 cloud run load/smoke.js", cli=["k6 login cloud --token {s}"], spec=["k6"])
K("blazemeter", "api_secret", lambda r: rhex(r, 64), ["BLAZEMETER_API_SECRET", "BZM_API_SECRET"],
  "bzt load/taurus.yml -report", user=(lambda r: rhex(r, 24), ["BLAZEMETER_API_KEY_ID", "BZM_API_KEY_ID"]))
K("artillery", "cloud_api_key", lambda r: "a9_" + ralnum(r, 32), ["ARTILLERY_CLOUD_API_KEY"],
  "npx artillery run --record load/artillery.yml", cli=["npx artillery run --record --key {s} load/artillery.yml"],
  prefix="a9_")
K("gatling", "enterprise_api_token", lambda r: rs(r, URLSAFE, 44), ["GATLING_ENTERPRISE_API_TOKEN"],
  "./mvnw gatling:enterpriseStart", spec=["gradle_props"])
K("codecov", "upload_token", ruuid, ["CODECOV_TOKEN"], "codecovcli upload-process",
  cli=["codecovcli upload-process -t {s} -f coverage.xml", "./codecov -t {s} -f coverage/lcov.info"],
  spec=["codecov_yml", "gha_with"])
K("coveralls", "repo_token", lambda r: ralnum(r, r.randint(32, 35)), ["COVERALLS_REPO_TOKEN"],
  "npx coveralls < coverage/lcov.info", spec=["coveralls_yml", "gha_with"])
K("codeclimate", "test_reporter_id", lambda r: rhex(r, 64), ["CC_TEST_REPORTER_ID"],
  "./cc-test-reporter after-build --exit-code $?", cli=["./cc-test-reporter after-build -r {s} --exit-code $?"])
K("sonarqube", "user_token", lambda r: "squ_" + rhex(r, 40), ["SONAR_TOKEN", "SONARQUBE_TOKEN"],
  "sonar-scanner", cli=["sonar-scanner -Dsonar.token={s}", "mvn -B verify sonar:sonar -Dsonar.login={s}"],
  spec=["sonar_props", "gradle_props"], prefix="squ_")
K("sonarqube", "project_analysis_token", lambda r: "sqp_" + rhex(r, 40), ["SONAR_TOKEN"],
  "sonar-scanner", cli=["sonar-scanner -Dsonar.token={s}", "./gradlew sonar -Dsonar.token={s}"],
  spec=["sonar_props", "gradle_props"], prefix="sqp_")
K("sonarqube", "global_analysis_token", lambda r: "sqa_" + rhex(r, 40), ["SONAR_TOKEN"],
  "sonar-scanner", cli=["dotnet sonarscanner begin /k:\"{o}_{p}\" /d:sonar.token=\"{s}\""],
  spec=["sonar_props"], prefix="sqa_")
K("sonarcloud", "token", lambda r: rhex(r, 40), ["SONAR_TOKEN", "SONARCLOUD_TOKEN"],
  "sonar-scanner -Dsonar.host.url=https://sonarcloud.io", spec=["sonar_props", "gradle_props"])
K("sonarqube", "admin_password", human_password, ["SONAR_PASSWORD"],
  "mvn sonar:sonar -Dsonar.login=admin", spec=["sonar_props"], human=True)
K("snyk", "api_token", ruuid, ["SNYK_TOKEN"], "snyk test --severity-threshold=high",
  cli=["snyk auth {s}"], spec=["gha_with"])
K("semgrep", "app_token", lambda r: rhex(r, 64), ["SEMGREP_APP_TOKEN"], "semgrep ci")
K("socket", "api_token", lambda r: "sktsec_" + rs(r, URLSAFE, 44) + "_api",
  ["SOCKET_SECURITY_API_KEY", "SOCKET_SECURITY_API_TOKEN"], "socket scan create --report .", prefix="sktsec_")
K("mend", "user_key", lambda r: rhex(r, 64), ["WS_USERKEY", "MEND_USER_KEY"],
  "java -jar wss-unified-agent.jar -c wss-unified-agent.config", spec=["mend_cfg"])
K("mend", "org_api_key", ruuid, ["WS_APIKEY", "MEND_API_KEY"],
  "java -jar wss-unified-agent.jar -c wss-unified-agent.config", spec=["mend_cfg"])
K("checkmarx", "ast_api_key", g_checkmarx, ["CX_APIKEY", "CHECKMARX_API_KEY"],
  "cx scan create --project-name web --branch main -s .", cli=["cx scan create -s . --apikey {s} --branch main"])
K("checkmarx", "client_secret", lambda r: ralnum(r, 32), ["CX_CLIENT_SECRET"],
  "cx scan create -s . --branch main", user=(lambda r: "ci-" + r.choice(PROJECTS), ["CX_CLIENT_ID"]))
K("veracode", "api_key_secret", lambda r: rhex(r, 128), ["VERACODE_API_KEY_SECRET", "VERACODE_API_KEY"],
  "java -jar pipeline-scan.jar -f target/app.jar", user=(lambda r: rhex(r, 32), ["VERACODE_API_KEY_ID", "VERACODE_API_ID"]),
  spec=["veracode_cred"])
K("deepsource", "dsn", lambda r: rhex(r, 32), ["DEEPSOURCE_DSN"],
  "./bin/deepsource report --analyzer test-coverage --key python --value-file ./coverage.xml")
K("codacy", "project_token", lambda r: rhex(r, 32), ["CODACY_PROJECT_TOKEN"],
  "bash <(curl -Ls https://coverage.codacy.com/get.sh) report -r coverage.xml",
  cli=["bash <(curl -Ls https://coverage.codacy.com/get.sh) report -t {s} -r coverage.xml"])
K("codacy", "account_api_token", lambda r: ralnum(r, 20), ["CODACY_API_TOKEN"],
  "bash <(curl -Ls https://coverage.codacy.com/get.sh) report --organization-provider gh -r coverage.xml")
K("datadog", "api_key", lambda r: rhex(r, 32), ["DD_API_KEY", "DATADOG_API_KEY"],
  "npx datadog-ci junit upload --service web reports/", spec=["datadog_json", "artillery_dd"])
K("datadog", "app_key", lambda r: rhex(r, 40), ["DD_APP_KEY", "DATADOG_APP_KEY"],
  "npx datadog-ci synthetics run-tests", spec=["datadog_json"])
K("buildkite", "api_token", lambda r: "bkua_" + rhex(r, 40), ["BUILDKITE_API_TOKEN", "BUILDKITE_TOKEN"],
  "bk build list --pipeline web", prefix="bkua_")
K("buildkite", "test_engine_token", lambda r: ralnum(r, 24), ["BUILDKITE_ANALYTICS_TOKEN", "BUILDKITE_TEST_ENGINE_SUITE_TOKEN"],
  "bundle exec rspec")
K("launchable", "token", g_launchable, ["LAUNCHABLE_TOKEN"], "launchable record build --name $BUILD_ID",
  prefix="v1:")
K("nx-cloud", "access_token_rw", g_nx_rw, ["NX_CLOUD_ACCESS_TOKEN", "NX_CLOUD_AUTH_TOKEN"],
  "npx nx affected -t lint test build", spec=["nx_json"])
K("vercel", "turbo_token", lambda r: ralnum(r, 24), ["TURBO_TOKEN"], "npx turbo run build test",
  cli=["turbo run build --token={s} --team={o}", "npx turbo run test --token {s}"])
K("develocity", "access_key", g_develocity, ["DEVELOCITY_ACCESS_KEY", "GRADLE_ENTERPRISE_ACCESS_KEY"],
  "./gradlew build --scan", spec=["gradle_props", "settings_kts"])
K("buildbuddy", "api_key", lambda r: ralnum(r, 20), ["BUILDBUDDY_API_KEY", "BB_API_KEY"],
  "bazel test //... --config=remote", cli=["bazel test //... --remote_header=x-buildbuddy-api-key={s}"],
  spec=["bazelrc"])
K("bazel-remote-cache", "basic_auth_password", lambda r: ralnum(r, 24), ["BAZEL_REMOTE_CACHE_PASSWORD"],
  "bazel build //...", spec=["bazelrc_url"])
K("depot", "org_token", lambda r: "depot_org_" + rhex(r, 64), ["DEPOT_TOKEN"],
  "depot build --project $DEPOT_PROJECT_ID -t app:ci .", prefix="depot_org_")
K("depot", "project_token", lambda r: "depot_project_" + rhex(r, 64), ["DEPOT_TOKEN"],
  "depot bake -f docker-bake.hcl", prefix="depot_project_")
K("earthly", "token", lambda r: ralnum(r, 40), ["EARTHLY_TOKEN"], "earthly --ci --push +all")
K("expo", "access_token", lambda r: rs(r, URLSAFE, 40), ["EXPO_TOKEN"],
  "npx eas-cli build --platform all --non-interactive")
K("sentry", "org_auth_token", g_sentry_org, ["SENTRY_AUTH_TOKEN"],
  "npx @sentry/cli sourcemaps upload ./dist",
  cli=["sentry-cli --auth-token {s} releases new \"$VERSION\"", "npx @sentry/cli --auth-token {s} sourcemaps upload ./dist"],
  spec=["sentryclirc", "sentry_props"], prefix="sntrys_")
K("sentry", "user_auth_token", lambda r: "sntryu_" + rhex(r, 64), ["SENTRY_AUTH_TOKEN"],
  "npx @sentry/cli releases finalize $VERSION",
  cli=["sentry-cli --auth-token {s} releases finalize \"$VERSION\""], spec=["sentryclirc", "sentry_props"],
  prefix="sntryu_")
K("sentry", "legacy_auth_token", lambda r: rhex(r, 64), ["SENTRY_AUTH_TOKEN"],
  "sentry-cli releases files $VERSION upload-sourcemaps ./build", spec=["sentryclirc", "sentry_props"])
K("sentry", "legacy_dsn_secret", lambda r: rhex(r, 32), ["SENTRY_DSN"], "pytest -q", spec=["dsn_url"])
K("bugsnag", "upload_api_key", lambda r: rhex(r, 32), ["BUGSNAG_API_KEY"],
  "npx bugsnag-source-maps upload-browser --directory dist",
  cli=["npx bugsnag-source-maps upload-browser --api-key {s} --base-url https://{o}.com --directory dist"])
K("firebase", "ci_token", g_firebase_ci, ["FIREBASE_TOKEN"],
  "firebase appdistribution:distribute app-release.apk --app $FIREBASE_APP_ID",
  cli=["firebase appdistribution:distribute app.apk --app $FIREBASE_APP_ID --token {s}"], prefix="1//")
K("firebase", "service_account_private_key", g_pem_json, ["FIREBASE_SERVICE_ACCOUNT"], "",
  spec=["sa_json"], generic=False)
K("github", "classic_pat", lambda r: gh_style(r, "ghp_"), ["GH_TOKEN", "GITHUB_TOKEN", "DANGER_GITHUB_API_TOKEN"],
  "npx semantic-release", prefix="ghp_")
K("npm", "access_token", lambda r: gh_style(r, "npm_"), ["NPM_TOKEN", "NODE_AUTH_TOKEN"],
  "npm publish --access public", prefix="npm_")


# ---------------------------------------------------------------------------
# quoting helpers
# ---------------------------------------------------------------------------
import re  # noqa: E402

_SAFE = re.compile(r"^[A-Za-z0-9_./:=+,@-]+$")


def yv(r, v):
    """YAML scalar for v, quoted when needed (never escapes: values never hold quotes)."""
    if v is None:
        return '""'
    if _SAFE.match(v) and not v[0] in "@,:-" and not re.match(r"^[0-9.]+$", v) and r.random() < 0.45:
        return v
    if "\\" in v or '"' in v:
        return "'" + v + "'"
    return '"' + v + '"' if r.random() < 0.7 else "'" + v + "'"


def sv(r, v):
    """shell word for v."""
    if v.startswith("$"):
        return '"' + v + '"' if r.random() < 0.6 else v
    if _SAFE.match(v):
        return v if r.random() < 0.5 else '"' + v + '"'
    return "'" + v + "'"


def jv(v):
    return json.dumps(v)


def ycmd(cmd):
    """YAML plain scalar for a shell command, single-quoted when plain style would break."""
    if ": " in cmd or " #" in cmd or cmd[:1] in "*&!%@`|>{[?#,'\"" or cmd.endswith(":"):
        return "'" + cmd.replace("'", "''") + "'"
    return cmd


def pick(r, *xs):
    return r.choice(xs)


def node_ver(r):
    return pick(r, "18", "20", "20.x", "22", "lts/*")


def browsers(r):
    return r.sample(["chrome", "firefox", "edge", "webkit", "safari"], 2)


def camel(name):
    parts = name.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


# ---------------------------------------------------------------------------
# generic renderers (any provider): env-var style embeddings
# each takes (r, c) and returns (relpath, filetype, list_of_lines)
# c: name, val (None = not defined here), uname, uval, cmdline, org, proj, email,
#    provider, kind, store (callable giving this file type's secret-store ref)
# ---------------------------------------------------------------------------


LABEL = {"browserstack": "BrowserStack", "sauce": "Sauce Labs", "lambdatest": "LambdaTest", "perfecto": "Perfecto",
         "kobiton": "Kobiton devices", "percy": "Percy visual tests", "chromatic": "Chromatic", "applitools": "Applitools Eyes",
         "cypress": "Cypress Cloud", "currents": "Currents dashboard", "argos": "Argos screenshots", "testrail": "TestRail",
         "microsoft-playwright-testing": "Playwright Testing service", "reportportal": "ReportPortal", "qase": "Qase TestOps",
         "testmo": "Testmo", "xray": "Xray", "zephyr-scale": "Zephyr Scale", "k6": "Grafana k6 cloud", "blazemeter": "BlazeMeter",
         "artillery": "Artillery Cloud", "gatling": "Gatling Enterprise", "codecov": "Coverage upload", "coveralls": "Coveralls",
         "codeclimate": "Code Climate", "sonarqube": "SonarQube", "sonarcloud": "SonarCloud", "snyk": "Snyk", "semgrep": "Semgrep",
         "socket": "Socket", "mend": "Mend", "checkmarx": "Checkmarx One", "veracode": "Veracode", "deepsource": "DeepSource",
         "codacy": "Codacy", "datadog": "Datadog CI visibility", "buildkite": "Buildkite", "launchable": "Launchable",
         "nx-cloud": "Nx Cloud", "vercel": "Turborepo remote cache", "develocity": "Develocity", "buildbuddy": "BuildBuddy",
         "bazel-remote-cache": "Bazel cache", "depot": "Depot", "earthly": "Earthly", "expo": "EAS", "sentry": "Sentry",
         "bugsnag": "Bugsnag", "firebase": "Firebase App Distribution", "github": "GitHub", "npm": "npm registry"}


def rd_dotenv(r, c):
    path = pick(r, ".env.test", ".env.ci", ".env.e2e", "e2e/.env", "apps/web/.env.test", ".env.test.local",
                "tests/.env")
    L = [pick(r, "# Test environment - loaded by dotenv in e2e/setup.ts",
              "# CI / e2e settings", "## shared test config (see docs/testing.md)",
              f"# {c['proj']} test env")]
    fill = [f"BASE_URL=https://staging.{c['org']}.dev", "NODE_ENV=test", "HEADLESS=true",
            f"BROWSER={pick(r, 'chrome', 'firefox', 'chromium')}", "LOG_LEVEL=debug",
            f"DATABASE_URL=postgres://postgres@localhost:5432/{c['proj'].replace('-', '_')}_test",
            "TZ=UTC", f"PARALLEL_WORKERS={r.randint(2, 8)}", "RETRIES=2",
            f"APP_VERSION=1.{r.randint(0, 30)}.{r.randint(0, 9)}", "CI=true",
            f"BUILD_NAME={c['proj']}-e2e", "VIDEO=false"]
    r.shuffle(fill)
    L += fill[:r.randint(3, 8)]
    L.append("")
    if r.random() < 0.7:
        L.append(f"# {LABEL.get(c['provider'], c['provider'].capitalize())}")
    if c.get("uval"):
        L.append(f"{c['uname']}={c['uval']}")
    if c["val"] is not None:
        v = c["val"]
        L.append(f"{c['name']}={v}" if _SAFE.match(v) or r.random() < 0.3 else f'{c["name"]}="{v}"')
    L += fill[8:8 + r.randint(0, 4)]
    return path, "dotenv", L


def rd_gha(r, c):
    wf = pick(r, "ci", "e2e", "tests", "coverage", "quality", "visual", "release", "nightly")
    path = f".github/workflows/{wf}.yml"
    L = [f"name: {wf.capitalize()}", "", "on:", "  push:", "    branches: [main]",
         "  pull_request:", ""]
    if r.random() < 0.4:
        L += ["concurrency:", "  group: ${{ github.workflow }}-${{ github.ref }}",
              "  cancel-in-progress: true", ""]
    L += ["jobs:", f"  {pick(r, 'test', 'build', 'e2e', 'analyze')}:",
          f"    runs-on: {pick(r, 'ubuntu-latest', 'ubuntu-22.04', 'ubuntu-24.04')}",
          f"    timeout-minutes: {r.choice([15, 20, 30, 45])}"]
    env = []
    if c.get("uval"):
        env.append(f"      {c['uname']}: {c['uval']}")
    if c["val"] is not None:
        env.append(f"      {c['name']}: {yv(r, c['val'])}")
    if env:
        L += ["    env:", "      CI: true"] + env
    L += ["    steps:", "      - uses: actions/checkout@v4"]
    if r.random() < 0.7:
        L += ["      - uses: actions/setup-node@v4", "        with:",
              f"          node-version: {node_ver(r)}", "          cache: npm",
              "      - run: npm ci"]
    else:
        L += ["      - uses: actions/setup-python@v5", "        with:",
              f"          python-version: '3.{r.choice([10, 11, 12])}'",
              "      - run: pip install -r requirements-dev.txt"]
    L += [f"      - name: {pick(r, 'Run tests', 'Upload results', 'Report', 'Analyze')}",
          f"        run: {ycmd(c['cmdline'])}"]
    if r.random() < 0.4:
        L += ["      - uses: actions/upload-artifact@v4", "        if: always()", "        with:",
              "          name: reports", "          path: reports/"]
    return path, "github-actions", L


def rd_gitlab(r, c):
    L = ["stages:", "  - test", "  - report", ""]
    img, inst = pick(r, ("cypress/included:13.6.4", "npm ci"), ("node:20-bullseye", "npm ci"),
                     ("python:3.12-slim", "pip install -e .[test]"), ("mcr.microsoft.com/playwright:v1.44.0-jammy", "npm ci"),
                     ("maven:3.9-eclipse-temurin-17", "mvn -B -q dependency:go-offline"))
    L += ["variables:", '  GIT_DEPTH: "0"']
    if c.get("uval"):
        L.append(f"  {c['uname']}: {yv(r, c['uval'])}")
    if c["val"] is not None:
        L.append(f"  {c['name']}: {yv(r, c['val'])}")
    L += ["", f"{pick(r, 'e2e', 'unit-tests', 'quality', 'coverage')}:", "  stage: test",
          f"  image: {img}", "  script:", f"    - {inst}",
          f"    - {ycmd(c['cmdline'])}", "  artifacts:", "    when: always", "    paths:", "      - reports/",
          "  rules:", "    - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"",
          "    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"]
    return ".gitlab-ci.yml", "gitlab-ci", L


def rd_circle(r, c):
    L = ["version: 2.1", "", "orbs:", f"  node: circleci/node@{r.randint(5, 6)}.{r.randint(0, 3)}.0", "",
         "jobs:", "  test:", "    docker:", f"      - image: cimg/node:{pick(r, '18.20', '20.11', '22.2')}-browsers"]
    env = []
    if c.get("uval"):
        env.append(f"      {c['uname']}: {c['uval']}")
    if c["val"] is not None:
        env.append(f"      {c['name']}: {yv(r, c['val'])}")
    if env:
        L += ["    environment:"] + env
    L += [f"    parallelism: {r.randint(1, 4)}", "    steps:", "      - checkout",
          "      - node/install-packages", "      - run:", f"          name: {pick(r, 'Run tests', 'Upload', 'Visual tests')}",
          f"          command: {ycmd(c['cmdline'])}", "      - store_test_results:", "          path: reports", "",
          "workflows:", "  main:", "    jobs:"]
    if c["val"] is None and r.random() < 0.6:
        L += ["      - test:", "          context:", f"            - {pick(r, 'qa-secrets', 'org-global', c['provider'] + '-creds')}"]
    else:
        L += ["      - test"]
    return ".circleci/config.yml", "circleci", L


def rd_jenkins(r, c):
    img, inst = pick(r, ("node:20", "npm ci"), ("node:20-bookworm", "npm ci"), ("maven:3.9-eclipse-temurin-21", "mvn -B -q -DskipTests install"),
                     ("python:3.12", "pip install -r requirements-dev.txt"))
    L = ["pipeline {", f"    agent {{ docker {{ image '{img}' }} }}",
         "    options {", "        timeout(time: 30, unit: 'MINUTES')", "        buildDiscarder(logRotator(numToKeepStr: '20'))", "    }"]
    env = []
    if c.get("uval"):
        env.append(f"        {c['uname']} = '{c['uval']}'")
    if c["val"] is not None:
        v = c["val"]
        env.append(f"        {c['name']} = {v}" if v.startswith("credentials(") else f"        {c['name']} = '{v}'")
    if env:
        L += ["    environment {", "        CI = 'true'"] + env + ["    }"]
    L += ["    stages {", "        stage('Install') {", "            steps {", f"                sh '{inst}'",
          "            }", "        }", f"        stage('{pick(r, 'Test', 'Quality', 'E2E', 'Upload')}') {{", "            steps {",
          f"                sh \"{c['cmdline']}\"" if "'" in c["cmdline"] else f"                sh '{c['cmdline']}'",
          "            }", "        }", "    }", "    post {", "        always {",
          "            junit 'reports/**/*.xml'", "        }", "    }", "}"]
    return "Jenkinsfile", "jenkinsfile", L


def rd_azure(r, c):
    L = ["trigger:", "  branches:", "    include:", "      - main", "", "pool:",
         f"  vmImage: {pick(r, 'ubuntu-latest', 'ubuntu-22.04', 'windows-latest')}", ""]
    L += ["variables:"]
    if r.random() < 0.5:
        L += [f"  - group: {pick(r, 'qa-shared', 'test-credentials', 'build-secrets')}"]
        fmt = lambda n, v: [f"  - name: {n}", f"    value: {yv(r, v)}"]  # noqa: E731
    else:
        fmt = lambda n, v: [f"  {n}: {yv(r, v)}"]  # noqa: E731
    L += fmt("buildConfiguration", "Release")
    if c.get("uval"):
        L += fmt(c["uname"], c["uval"])
    step_env = []
    if c["val"] is not None:
        if c["val"].startswith("$("):
            step_env = ["    env:", f"      {c['name']}: {c['val']}"]
        else:
            L += fmt(c["name"], c["val"])
    L += ["", "steps:", "  - task: NodeTool@0", "    inputs:", f"      versionSpec: '{pick(r, '18.x', '20.x')}'",
          "  - script: npm ci", "    displayName: Install", f"  - script: {ycmd(c['cmdline'])}",
          f"    displayName: {pick(r, 'Run tests', 'Publish results', 'Code analysis')}"] + step_env
    if r.random() < 0.5:
        L += ["  - task: PublishTestResults@2", "    condition: succeededOrFailed()", "    inputs:",
              "      testResultsFiles: '**/junit-*.xml'"]
    return "azure-pipelines.yml", "azure-pipelines", L


def rd_bitbucket(r, c):
    L = [f"image: {pick(r, 'node:20', 'cypress/base:20.11.0', 'python:3.11')}", "", "definitions:", "  caches:",
         "    npm: ~/.npm", "", "pipelines:", "  default:", "    - step:",
         f"        name: {pick(r, 'Test', 'E2E', 'Quality gate')}", "        caches:", "          - node",
         "        script:", "          - npm ci"]
    if c.get("uval"):
        L.append(f"          - export {c['uname']}={sv(r, c['uval'])}")
    if c["val"] is not None:
        L.append(f"          - export {c['name']}={sv(r, c['val'])}")
    L += [f"          - {ycmd(c['cmdline'])}", "        artifacts:", "          - reports/**"]
    return "bitbucket-pipelines.yml", "bitbucket-pipelines", L


def rd_buildkite(r, c):
    L = ["steps:", f"  - label: \":{pick(r, 'test_tube', 'rspec', 'cypress', 'sonarqube', 'jest')}: {pick(r, 'Tests', 'E2E', 'Analysis')}\"",
         f"    command: {ycmd(c['cmdline'])}"]
    env = []
    if c.get("uval"):
        env.append(f"      {c['uname']}: {yv(r, c['uval'])}")
    if c["val"] is not None:
        env.append(f"      {c['name']}: {yv(r, c['val'])}")
    if env:
        L += ["    env:"] + env
    L += [f"    parallelism: {r.randint(2, 8)}", "    agents:", f"      queue: {pick(r, 'default', 'linux-large', 'ci')}",
          "    artifact_paths: \"reports/**/*\"", "", "  - wait", "",
          "  - label: \":rocket: Deploy preview\"", "    command: scripts/deploy-preview.sh", "    branches: main"]
    return ".buildkite/pipeline.yml", "buildkite", L


def rd_pytest_ini(r, c):
    L = ["[pytest]", "minversion = 7.0", f"addopts = -ra -q --strict-markers {pick(r, '-n auto', '--maxfail=3', '--reruns 2')}",
         "testpaths =", "    tests", "markers =", "    smoke: quick checks", "    e2e: browser tests", ""]
    envs = [f"    BASE_URL=https://qa.{c['org']}.dev", "    D:HEADLESS=1"]
    if c.get("uval"):
        envs.append(f"    {c['uname']}={c['uval']}")
    if c["val"] is not None:
        envs.append(f"    {c['name']}={c['val']}")
    L += ["# pytest-env", "env ="] + envs + ["", "log_cli = true", "log_cli_level = INFO"]
    return "pytest.ini", "pytest-ini", L


def rd_conftest(r, c):
    L = ['"""Shared fixtures for the browser test suite."""', "import os", "", "import pytest", ""]
    if c.get("uval"):
        L.append(f"os.environ.setdefault(\"{c['uname']}\", \"{c['uval']}\")")
    if c["val"] is not None:
        style = r.randint(0, 2)
        if style == 0:
            L.append(f"os.environ.setdefault(\"{c['name']}\", \"{c['val']}\")")
        elif style == 1:
            L.append(f"{c['name']} = os.getenv(\"{c['name']}\", \"{c['val']}\")")
        else:
            L.append(f"{c['name']} = \"{c['val']}\"  # TODO move to CI secrets")
    L += ["", "", "@pytest.fixture(scope=\"session\")", "def base_url():",
          f"    return os.environ.get(\"BASE_URL\", \"https://staging.{c['org']}.dev\")", "", "",
          "@pytest.fixture", "def api_client(base_url):", "    import requests", "",
          "    s = requests.Session()", "    s.headers[\"User-Agent\"] = \"e2e-suite\"", "    yield s",
          "    s.close()", "", "", "def pytest_configure(config):",
          "    config.addinivalue_line(\"markers\", \"flaky: known flaky test\")"]
    return pick(r, "conftest.py", "tests/conftest.py", "tests/e2e/conftest.py"), "conftest-py", L


def rd_package_json(r, c):
    scripts = {"build": pick(r, "vite build", "next build", "tsc -p tsconfig.build.json"),
               "test": pick(r, "jest --ci", "vitest run", "mocha"),
               "lint": "eslint . --ext .ts,.tsx"}
    cmd = c["cmdline"]
    if c["val"] is not None and c["val"] not in cmd:
        cmd = f"{c['name']}={c['val']} {cmd}"
    key = pick(r, "test:e2e", "test:ci", "coverage:upload", "visual", "ci:report", "release:ci")
    scripts[key] = cmd
    pkg = {"name": f"@{c['org']}/{c['proj']}", "version": f"{r.randint(0, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
           "private": True, "scripts": scripts,
           "devDependencies": {"typescript": "^5.4.5", "eslint": "^8.57.0",
                               pick(r, "cypress", "@playwright/test", "webdriverio"): pick(r, "^13.8.1", "^1.44.0", "^8.36.1")}}
    return "package.json", "package-json", json.dumps(pkg, indent=2).split("\n")


def rd_readme(r, c):
    L = [f"# {c['proj']}", "", f"[![CI](https://github.com/{c['org']}/{c['proj']}/actions/workflows/ci.yml/badge.svg)](https://github.com/{c['org']}/{c['proj']}/actions)",
         "", f"Internal {pick(r, 'web app', 'service', 'SDK')} for the {c['org']} platform.", "", "## Running the tests locally", "",
         "```bash", "npm ci"]
    if c.get("uval"):
        L.append(f"export {c['uname']}={c['uval']}")
    if c["val"] is not None:
        L.append(f"export {c['name']}={sv(r, c['val'])}")
    L += [c["cmdline"], "```", "", "Reports are written to `reports/` and uploaded by CI.", "",
          "## Troubleshooting", "", "- Flaky tests are tagged `@flaky` and retried twice.",
          f"- Ask in #{pick(r, 'qa', 'dev-productivity', 'frontend')} if the pipeline is red on main."]
    return pick(r, "README.md", "docs/testing.md", "CONTRIBUTING.md", "e2e/README.md"), "markdown", L


def rd_compose(r, c):
    L = ["services:", "  e2e:", f"    image: {pick(r, 'cypress/included:13.6.4', 'mcr.microsoft.com/playwright:v1.44.0-jammy', 'grafana/k6:0.51.0')}",
         "    working_dir: /e2e", "    volumes:", "      - ./:/e2e", "    depends_on:", "      - app", "    environment:",
         "      - CYPRESS_baseUrl=http://app:3000"]
    if c.get("uval"):
        L.append(f"      - {c['uname']}={c['uval']}")
    if c["val"] is not None:
        L.append(f"      - {c['name']}={c['val']}")
    L += ["", "  app:", "    build: .", "    ports:", "      - \"3000:3000\"", "    environment:",
          "      NODE_ENV: test"]
    return pick(r, "docker-compose.test.yml", "docker-compose.e2e.yml", "compose.ci.yaml"), "docker-compose", L


def rd_makefile(r, c):
    L = [".PHONY: test e2e report", "", f"PROJECT ?= {c['proj']}"]
    if c.get("uval"):
        L.append(f"{c['uname']} ?= {c['uval']}")
    if c["val"] is not None:
        L.append(f"export {c['name']} ?= {c['val']}")
    L += ["", "test:", "\tnpm test", "", "e2e:", "\t" + re.sub(r"\$(?!\()", "$$", c["cmdline"]),
          "", "report: e2e", "\t@echo \"reports in ./reports\""]
    return "Makefile", "makefile", L


def rd_shell(r, c):
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "", f"# {pick(r, 'Uploads test results', 'Runs the quality gate', 'CI helper')} for {c['proj']}",
         "cd \"$(dirname \"$0\")/..\"", ""]
    if c.get("uval"):
        L.append(f"export {c['uname']}={sv(r, c['uval'])}")
    if c["val"] is not None:
        L.append(f"export {c['name']}={sv(r, c['val'])}")
    L += ["", "if [ ! -d reports ]; then", "  mkdir -p reports", "fi", "", c["cmdline"], "",
          "echo \"done: $(date -u +%FT%TZ)\""]
    return pick(r, "scripts/ci/upload-results.sh", "scripts/run-e2e.sh", "ci/report.sh", "bin/quality-gate.sh"), "shell", L


def rd_gradle_props(r, c):
    L = ["org.gradle.jvmargs=-Xmx3g -XX:+UseParallelGC", "org.gradle.parallel=true", "org.gradle.caching=true",
         "kotlin.code.style=official", ""]
    if c.get("uval"):
        L.append(f"{camel(c['uname'])}={c['uval']}")
    if c["val"] is not None:
        L.append(f"{camel(c['name'])}={c['val']}")
    L += [f"version={r.randint(1, 5)}.{r.randint(0, 12)}.0-SNAPSHOT", "android.useAndroidX=true"]
    return "gradle.properties", "gradle-properties", L


def rd_cypress_env(r, c):
    d = {"baseUrl": f"https://staging.{c['org']}.dev", "apiUrl": f"https://api.staging.{c['org']}.dev",
         "grepFilterSpecs": True}
    if c.get("uval"):
        d[c["uname"]] = c["uval"]
    if c["val"] is not None:
        d[c["name"]] = c["val"]
    d["defaultUser"] = email(r, c["org"])
    return "cypress.env.json", "cypress-env-json", json.dumps(d, indent=2).split("\n")


def rd_cypress_cfg(r, c):
    L = ["import { defineConfig } from 'cypress'", "", "export default defineConfig({",
         f"  projectId: '{rs(r, LOWER_ALNUM, 6)}',", f"  viewportWidth: {pick(r, 1280, 1440, 1920)},",
         "  retries: { runMode: 2, openMode: 0 },", "  env: {", f"    apiUrl: 'https://api.staging.{c['org']}.dev',"]
    if c.get("uval"):
        L.append(f"    {c['uname']}: '{c['uval']}',")
    if c["val"] is not None:
        L.append(f"    {c['name']}: {c['val'] if c['val'].startswith('process.env') else repr(c['val'])},")
    L += ["  },", "  e2e: {", f"    baseUrl: 'http://localhost:{pick(r, 3000, 4200, 8080)}',",
          "    specPattern: 'cypress/e2e/**/*.cy.{js,ts}',", "    setupNodeEvents(on, config) {",
          "      return config", "    },", "  },", "})"]
    return "cypress.config.ts", "cypress-config", L


def rd_dockerfile(r, c):
    L = [f"FROM {pick(r, 'node:20-bookworm', 'mcr.microsoft.com/playwright:v1.44.0-jammy', 'python:3.12-slim')}", "",
         "WORKDIR /app", "COPY package*.json ./", "RUN npm ci", "COPY . .", ""]
    if c.get("uval"):
        L.append(f"ENV {c['uname']}={c['uval']}")
    if c["val"] is not None:
        L.append(f"ENV {c['name']}={c['val']}" if r.random() < 0.6 else f"ARG {c['name']}={c['val']}")
    L += ["", f"CMD [\"sh\", \"-c\", \"{c['cmdline'].replace(chr(34), chr(39))}\"]"]
    return pick(r, "Dockerfile.e2e", "e2e/Dockerfile", "Dockerfile.ci"), "dockerfile", L


def rd_travis(r, c):
    L = ["language: node_js", f"node_js:", f"  - {pick(r, '18', '20')}", "", "env:", "  global:", "    - CI=true"]
    if c.get("uval"):
        L.append(f"    - {c['uname']}={c['uval']}")
    if c["val"] is not None:
        L.append(f"    - {c['name']}={c['val']}")
    L += ["", "install:", "  - npm ci", "", "script:", "  - npm test", f"  - {ycmd(c['cmdline'])}"]
    return ".travis.yml", "travis", L


def rd_k6(r, c):
    L = ["import http from 'k6/http';", "import { check, sleep } from 'k6';", "", "export const options = {",
         f"  vus: {r.randint(5, 50)},", f"  duration: '{r.randint(1, 10)}m',", "  thresholds: {",
         "    http_req_failed: ['rate<0.01'],", f"    http_req_duration: ['p(95)<{r.randint(3, 9)}00'],", "  },"]
    if c["provider"] == "k6":
        L += ["  cloud: {", f"    projectID: {r.randint(3000000, 3999999)},", f"    name: '{c['proj']} smoke',", "  },"]
    L += ["};", ""]
    if c.get("uval"):
        L.append(f"const {c['uname']} = __ENV.{c['uname']} || '{c['uval']}';")
    if c["val"] is not None:
        v = c["val"]
        L.append(f"const {c['name']} = {v};" if v.startswith("__ENV") else f"const {c['name']} = __ENV.{c['name']} || '{v}';")
    L += [f"const BASE = __ENV.BASE_URL || 'https://staging.{c['org']}.dev';", "", "export default function () {",
          "  const res = http.get(`${BASE}/api/health`);", "  check(res, { 'status is 200': (r) => r.status === 200 });",
          "  sleep(1);", "}"]
    return pick(r, "load/smoke.js", "k6/checkout.js", "perf/k6-script.js"), "k6-script", L


GENERIC = [rd_dotenv, rd_gha, rd_gitlab, rd_circle, rd_jenkins, rd_azure, rd_bitbucket, rd_buildkite,
           rd_pytest_ini, rd_conftest, rd_package_json, rd_readme, rd_compose, rd_makefile, rd_shell,
           rd_gradle_props, rd_cypress_env, rd_cypress_cfg, rd_dockerfile, rd_travis, rd_k6]

NO_CMD = (rd_dotenv, rd_pytest_ini, rd_conftest, rd_gradle_props, rd_cypress_env, rd_cypress_cfg, rd_k6,
          rd_compose, rd_dockerfile)

TESTING = {"browserstack", "sauce", "lambdatest", "perfecto", "kobiton", "percy", "applitools", "cypress", "currents",
           "argos", "microsoft-playwright-testing", "reportportal", "testrail", "qase", "testmo", "xray", "zephyr-scale",
           "datadog", "launchable", "chromatic", "buildkite"}
ELIGIBLE = {
    rd_cypress_env: TESTING, rd_cypress_cfg: TESTING,
    rd_pytest_ini: TESTING | {"sentry", "codecov", "semgrep", "snyk"},
    rd_conftest: TESTING | {"sentry", "bugsnag", "codecov"},
    rd_k6: {"k6", "blazemeter", "gatling", "artillery", "datadog"},
    rd_gradle_props: {"sonarqube", "sonarcloud", "develocity", "gatling", "browserstack", "sauce", "lambdatest", "perfecto",
                      "kobiton", "firebase", "bugsnag", "sentry", "codacy", "testrail", "xray", "veracode", "checkmarx",
                      "mend", "snyk", "github"},
}


def generic_for(r, k):
    while True:
        rd = r.choice(GENERIC)
        if k["provider"] in ELIGIBLE.get(rd, {k["provider"]}) and not (rd is rd_makefile and k["human"]):
            return rd


# secret-store reference syntax per generic renderer (for negatives)
STORE_REF = {
    "rd_dotenv": lambda r, n: pick(r, "${" + n + "}", ""),
    "rd_gha": lambda r, n: "${{ secrets." + n + " }}",
    "rd_gitlab": lambda r, n: "$" + n + "_" + pick(r, "MASKED", "CI", "PROD"),
    "rd_circle": lambda r, n: "${" + n + "}",
    "rd_jenkins": lambda r, n: f"credentials('{n.lower().replace('_', '-')}')",
    "rd_azure": lambda r, n: f"$({n})",
    "rd_bitbucket": lambda r, n: "$" + n + "_SECURED",
    "rd_buildkite": lambda r, n: "${" + n + "?}",
    "rd_pytest_ini": lambda r, n: "{" + n + "}",
    "rd_conftest": lambda r, n: "",
    "rd_package_json": lambda r, n: "$" + n,
    "rd_readme": lambda r, n: f"<your-{n.lower().replace('_', '-')}>",
    "rd_compose": lambda r, n: "${" + n + ":?" + n + " is required}",
    "rd_makefile": lambda r, n: "$(" + n + ")",
    "rd_shell": lambda r, n: "${" + n + ":?missing " + n + "}",
    "rd_gradle_props": lambda r, n: "",
    "rd_cypress_env": lambda r, n: "",
    "rd_cypress_cfg": lambda r, n: f"process.env.{n}",
    "rd_dockerfile": lambda r, n: "${" + n + "}",
    "rd_travis": lambda r, n: "",
    "rd_k6": lambda r, n: f"__ENV.{n}",
}


# value as written around the needle, for kinds whose secret is embedded in a larger string
def wrap_value(r, c, s):
    k = (c["provider"], c["kind"])
    if k == ("deepsource", "dsn"):
        return f"https://{s}@app.deepsource.com"
    if k == ("sentry", "legacy_dsn_secret"):
        c.setdefault("dsn_pub", rhex(r, 32))
        c.setdefault("dsn_pid", r.randint(10000, 999999))
        host = pick(r, "sentry.io", f"sentry.{c['org']}.com", "app.getsentry.com")
        return f"https://{c['dsn_pub']}:{s}@{host}/{c['dsn_pid']}"
    if k == ("develocity", "access_key"):
        c.setdefault("dv_host", pick(r, f"develocity.{c['org']}.com", f"ge.{c['org']}.io", f"gradle.{c['org']}.net"))
        return f"{c['dv_host']}={s}"
    return s


# ---------------------------------------------------------------------------
# provider-specific renderers
# ---------------------------------------------------------------------------

HUBS = {"browserstack": "hub-cloud.browserstack.com", "sauce": "ondemand.{reg}.saucelabs.com",
        "lambdatest": "hub.lambdatest.com", "kobiton": "api.kobiton.com", "perfecto": "{org}.perfectomobile.com"}


def _js_val(v):
    if v.startswith("process.env"):
        return v
    return "'" + v + "'"


def rs_wdio(r, c):
    p = c["provider"]
    uv = c.get("uval") or ""
    path = pick(r, "wdio.conf.ts", "wdio.conf.js", "test/wdio.conf.ts")
    head = (["import type { Options } from '@wdio/types'", "", "export const config: Options.Testrunner = {"]
            if path.endswith(".ts") else ["exports.config = {"])
    L = head + [
         "  runner: 'local',", "  specs: ['./test/specs/**/*.e2e.ts'],", f"  maxInstances: {r.randint(2, 10)},"]
    if p == "perfecto":
        L += ["  capabilities: [{", "    browserName: 'chrome',", "    'perfectoMobile:options': {",
              f"      securityToken: {_js_val(c['val'])},", "      platformName: 'Windows',", "    },", "  }],",
              f"  hostname: '{c['org'].replace('-', '')}.perfectomobile.com',", "  path: '/nexperience/perfectomobile/wd/hub',"]
    else:
        ukey = "user"
        L += [f"  {ukey}: {_js_val(uv) if uv else 'process.env.' + (c.get('uname') or 'USER')},",
              f"  key: {_js_val(c['val'])},"]
        svc = {"browserstack": "browserstack", "sauce": "sauce", "lambdatest": "lambdatest", "kobiton": "kobiton"}[p]
        if p == "sauce":
            L.append(f"  region: '{pick(r, 'us', 'eu')}',")
        if p == "kobiton":
            L += ["  protocol: 'https',", "  hostname: 'api.kobiton.com',", "  port: 443,"]
        else:
            L += [f"  services: [['{svc}', {{ {'browserstackLocal: true' if p == 'browserstack' else 'tunnel: true' if p == 'lambdatest' else 'sauceConnect: false'} }}]],"]
        L += ["  capabilities: ["]
        for b in browsers(r):
            L += ["    {", f"      browserName: '{b}',", "      browserVersion: 'latest',", "    },"]
        L += ["  ],"]
    L += ["  logLevel: 'warn',", "  framework: 'mocha',", "  reporters: ['spec', ['junit', { outputDir: './reports' }]],",
          "  mochaOpts: {", "    ui: 'bdd',", "    timeout: 60000,", "  },", "}"]
    return path, "wdio-config", L


def rs_browserstack_yml(r, c):
    L = ["# =============================", "# Set BrowserStack Credentials", "# =============================",
         f"userName: {c.get('uval') or '${BROWSERSTACK_USERNAME}'}", f"accessKey: {yv(r, c['val'])}", "",
         f"projectName: {c['proj']}", f"buildName: {c['proj']}-{pick(r, 'nightly', 'pr', 'main')}",
         "buildIdentifier: '#${BUILD_NUMBER}'", "", "platforms:"]
    for b in browsers(r):
        L += ["  - os: Windows", "    osVersion: 11", f"    browserName: {b}", "    browserVersion: latest"]
    L += ["  - deviceName: Samsung Galaxy S23", "    osVersion: 13.0", "    browserName: chrome", "",
          f"parallelsPerPlatform: {r.randint(1, 5)}", "browserstackLocal: true", "debug: false", "networkLogs: true",
          "consoleLogs: errors"]
    return "browserstack.yml", "browserstack-yml", L


def rs_nightwatch(r, c):
    p = c["provider"]
    opt = {"browserstack": "bstack:options", "sauce": "sauce:options", "lambdatest": "LT:Options"}[p]
    ukey, kkey = ("userName", "accessKey") if p != "lambdatest" else ("username", "accessKey")
    host = {"browserstack": "hub.browserstack.com", "sauce": "ondemand.eu-central-1.saucelabs.com",
            "lambdatest": "hub.lambdatest.com"}[p]
    d = {"src_folders": ["tests/e2e"], "page_objects_path": ["tests/pages"],
         "webdriver": {"start_process": False, "host": host, "port": 443},
         "test_settings": {"default": {"launch_url": f"https://staging.{c['org']}.dev",
                                       "desiredCapabilities": {"browserName": "chrome",
                                                               opt: {ukey: c.get("uval") or "${" + (c.get("uname") or "USER") + "}",
                                                                     kkey: c["val"], "buildName": f"{c['proj']}-nightwatch"}}}}}
    return "nightwatch.json", "nightwatch-json", json.dumps(d, indent=2).split("\n")


def rs_browserstack_json(r, c):
    d = {"auth": {"username": c.get("uval") or "<username>", "access_key": c["val"]},
         "browsers": [{"browser": b, "os": "Windows 11", "versions": ["latest", "latest-1"]} for b in browsers(r)],
         "run_settings": {"cypress_config_file": "./cypress.config.js", "project_name": c["proj"],
                          "build_name": f"{c['proj']}-ci", "parallels": r.randint(2, 10), "npm_dependencies": {}},
         "connection_settings": {"local": False, "local_identifier": None}}
    return "browserstack.json", "browserstack-json", json.dumps(d, indent=2).split("\n")


def rs_lt_json(r, c):
    d = {"lambdatest_auth": {"username": c.get("uval") or "<username>", "access_key": c["val"]},
         "browsers": [{"browser": "Chrome", "platform": "Windows 10", "versions": ["latest-1"]}],
         "run_settings": {"build_name": f"{c['proj']}-cypress", "parallels": r.randint(1, 5),
                          "specs": "./cypress/e2e/*.cy.js", "ignore_files": "", "npm_dependencies": {"cypress": "13.6.4"}},
         "tunnel_settings": {"tunnel": False, "tunnel_name": None}}
    return "lambdatest-config.json", "lambdatest-json", json.dumps(d, indent=2).split("\n")


def rs_hub_url(r, c):
    p = c["provider"]
    u = c.get("uval") or "ci-bot"
    host = HUBS[p].format(reg=pick(r, "us-west-1", "eu-central-1"), org=c["org"])
    url = f"https://{u}:{c['val']}@{host}/wd/hub"
    lang = r.randint(0, 2)
    if lang == 0:
        L = ["from selenium import webdriver", "from selenium.webdriver.chrome.options import Options", "",
             f"REMOTE_URL = \"{url}\"", "", "", "def make_driver(name):", "    opts = Options()",
             "    opts.set_capability(\"browserVersion\", \"latest\")",
             f"    opts.set_capability(\"{'bstack:options' if p == 'browserstack' else 'sauce:options' if p == 'sauce' else 'LT:Options'}\", {{",
             "        \"buildName\": \"nightly\",", "        \"sessionName\": name,", "    })",
             "    return webdriver.Remote(command_executor=REMOTE_URL, options=opts)"]
        path = pick(r, "tests/e2e/driver.py", "tests/support/remote.py")
        ft = "python"
    elif lang == 1:
        L = ["package com.%s.e2e;" % c["org"].replace("-", ""), "", "import java.net.URL;",
             "import org.openqa.selenium.remote.RemoteWebDriver;", "import org.openqa.selenium.chrome.ChromeOptions;", "",
             "public final class RemoteDriverFactory {", f"    private static final String HUB = \"{url}\";", "",
             "    private RemoteDriverFactory() {}", "", "    public static RemoteWebDriver create() throws Exception {",
             "        ChromeOptions options = new ChromeOptions();", "        options.setCapability(\"browserVersion\", \"latest\");",
             "        return new RemoteWebDriver(new URL(HUB), options);", "    }", "}"]
        path = "src/test/java/com/%s/e2e/RemoteDriverFactory.java" % c["org"].replace("-", "")
        ft = "java"
    else:
        L = ["const { Builder } = require('selenium-webdriver');", "",
             f"const gridUrl = '{url}';", "", "async function buildDriver(caps) {",
             "  return new Builder().usingServer(gridUrl).withCapabilities(caps).build();", "}", "",
             "module.exports = { buildDriver };"]
        path = pick(r, "test/helpers/driver.js", "e2e/grid.js")
        ft = "javascript"
    return path, ft, L


def rs_chromatic_json(r, c):
    d = {"$schema": "https://www.chromatic.com/config-file.schema.json", "projectId": "Project:" + rhex(r, 24),
         "projectToken": c["val"], "buildScriptName": "build-storybook", "onlyChanged": True,
         "externals": ["public/**"], "zip": True}
    if r.random() < 0.5:
        del d["projectId"]
    return "chromatic.config.json", "chromatic-json", json.dumps(d, indent=2).split("\n")


GHA_ACTION = {
    "chromatic": ("chromaui/action@latest", "projectToken"),
    "cypress": ("cypress-io/github-action@v6", None),
    "codecov": ("codecov/codecov-action@v4", "token"),
    "coveralls": ("coverallsapp/github-action@v2", "github-token"),
    "snyk": ("snyk/actions/node@master", None),
}


def rs_gha_with(r, c):
    p = c["provider"]
    action, key = GHA_ACTION[p]
    L = [f"name: {pick(r, 'CI', 'Test', 'Checks')}", "", "on: [push, pull_request]", "", "jobs:", "  build:",
         "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4", "        with:",
         "          fetch-depth: 0", "      - uses: actions/setup-node@v4", "        with:",
         f"          node-version: {node_ver(r)}", "      - run: npm ci", f"      - run: {pick(r, 'npm test -- --coverage', 'npm run build', 'npm run lint')}",
         f"      - uses: {action}"]
    if key:
        L += ["        with:", f"          {key}: {yv(r, c['val'])}"]
        if p == "codecov":
            L += ["          files: ./coverage/lcov.info", "          fail_ci_if_error: true"]
        if p == "chromatic":
            L += ["          exitZeroOnChanges: true"]
    else:
        if p == "cypress":
            L += ["        with:", "          record: true", "          parallel: true", f"          browser: {pick(r, 'chrome', 'firefox')}"]
        else:
            L += ["        with:", "          args: --severity-threshold=high"]
        L += ["        env:", f"          {c['name']}: {yv(r, c['val'])}"]
    return f".github/workflows/{pick(r, 'ci', 'main', 'checks')}.yml", "github-actions", L


def rs_applitools(r, c):
    L = ["module.exports = {", f"  testConcurrency: {r.randint(1, 20)},", f"  apiKey: {_js_val(c['val'])},",
         f"  batchName: '{c['proj']} visual',", "  browser: [",
         "    { width: 1280, height: 800, name: 'chrome' },", "    { width: 1280, height: 800, name: 'firefox' },",
         "    { deviceName: 'iPhone X', screenOrientation: 'portrait' },", "  ],",
         f"  appName: '{c['proj']}',", "  failCypressOnDiff: true,", "};"]
    return "applitools.config.js", "applitools-config", L


def rs_currents(r, c):
    L = ["// @ts-check", "/** @type {import('cypress-cloud').CurrentsConfig} */", "module.exports = {",
         f"  projectId: '{ralnum(r, 6)}',", f"  recordKey: {_js_val(c['val'])},",
         "  cloudServiceUrl: 'https://cy.currents.dev',", "  e2e: { batchSize: 3 },", "};"]
    return pick(r, "currents.config.js", "currents.config.cjs"), "currents-config", L


def rs_playwright(r, c):
    p = c["provider"]
    if p == "currents":
        rep = ["    ['@currents/playwright', {", f"      projectId: '{ralnum(r, 6)}',", f"      recordKey: {_js_val(c['val'])},",
               "      ciBuildId: process.env.GITHUB_RUN_ID,", "    }],"]
    elif p == "qase":
        rep = ["    ['playwright-qase-reporter', {", "      mode: 'testops',", "      testops: {",
               f"        api: {{ token: {_js_val(c['val'])} }},", f"        project: '{c['proj'][:4].upper()}',",
               "        uploadAttachments: true,", "        run: { complete: true },", "      },", "    }],"]
    else:  # argos
        rep = ["    ['@argos-ci/playwright/reporter', {", "      uploadToArgos: !!process.env.CI,",
               f"      token: {_js_val(c['val'])},", "    }],"]
    L = ["import { defineConfig, devices } from '@playwright/test';", "", "export default defineConfig({",
         "  testDir: './tests',", "  fullyParallel: true,", "  forbidOnly: !!process.env.CI,",
         "  retries: process.env.CI ? 2 : 0,", f"  workers: process.env.CI ? {r.randint(2, 6)} : undefined,",
         "  reporter: [", "    ['list'],", "    ['html', { open: 'never' }],"] + rep + ["  ],",
         "  use: {", f"    baseURL: 'https://staging.{c['org']}.dev',", "    trace: 'on-first-retry',", "  },",
         "  projects: [", "    { name: 'chromium', use: { ...devices['Desktop Chrome'] } },",
         "    { name: 'firefox', use: { ...devices['Desktop Firefox'] } },", "  ],", "});"]
    return "playwright.config.ts", "playwright-config", L


def rs_pytest_rp(r, c):
    L = ["[pytest]", "addopts = --reportportal -p no:cacheprovider", "",
         f"rp_endpoint = https://reportportal.{c['org']}.io", f"rp_project = {c['proj'].replace('-', '_')}",
         f"rp_api_key = {c['val']}", f"rp_launch = {c['proj']} regression",
         "rp_launch_attributes = 'ci' 'nightly'", "rp_log_batch_size = 20", "rp_ignore_attributes = 'xdist_group'"]
    return "pytest.ini", "pytest-ini", L


def rs_testrail(r, c):
    L = ["[API]", f"url = https://{c['org']}.testrail.io", f"email = {c.get('email')}"]
    L.append(f"password = {c['val']}" if c["kind"] == "password" or r.random() < 0.5 else f"key = {c['val']}")
    L += ["", "[TESTRUN]", f"project_id = {r.randint(1, 40)}", f"suite_id = {r.randint(1, 200)}",
          "assignedto_id = 1", "", "[TESTRAIL]", "add_run = true", "close_run = false", "publish_blocked = false"]
    return pick(r, "testrail.cfg", "tests/testrail.cfg"), "testrail-cfg", L


def rs_qase_json(r, c):
    d = {"mode": "testops", "fallback": "report", "debug": False,
         "testops": {"api": {"token": c["val"]}, "project": c["proj"][:4].upper(),
                     "run": {"title": f"{c['proj']} automated run", "complete": True}, "batch": {"size": 100}},
         "report": {"driver": "local", "connection": {"local": {"path": "./build/qase-report", "format": "json"}}}}
    return "qase.config.json", "qase-json", json.dumps(d, indent=2).split("\n")


def rs_codecov_yml(r, c):
    L = ["codecov:", f"  token: {yv(r, c['val'])}", "  require_ci_to_pass: true", "", "coverage:", "  precision: 2",
         "  round: down", f"  range: \"{r.randint(50, 70)}...{r.randint(85, 100)}\"", "  status:", "    project:",
         "      default:", f"        target: {r.randint(60, 90)}%", "        threshold: 1%", "    patch: off", "",
         "comment:", "  layout: \"reach,diff,flags,files\"", "  behavior: default", "", "ignore:",
         "  - \"**/*.stories.tsx\"", "  - \"test/fixtures\""]
    return pick(r, "codecov.yml", ".codecov.yml"), "codecov-yml", L


def rs_coveralls_yml(r, c):
    L = [f"service_name: {pick(r, 'github-actions', 'circleci', 'travis-pro', 'jenkins')}", f"repo_token: {yv(r, c['val'])}"]
    if r.random() < 0.5:
        L += ["parallel: true", "coverage_clover: build/logs/clover.xml", "json_path: build/logs/coveralls-upload.json"]
    return ".coveralls.yml", "coveralls-yml", L


def rs_sonar_props(r, c):
    key = f"{c['org']}_{c['proj']}"
    L = [f"sonar.projectKey={key}", f"sonar.projectName={c['proj']}", f"sonar.projectVersion=1.{r.randint(0, 40)}"]
    if c["provider"] == "sonarcloud":
        L += [f"sonar.organization={c['org']}", "sonar.host.url=https://sonarcloud.io"]
    else:
        L += [f"sonar.host.url=https://sonar.{c['org']}.internal"]
    if c["kind"] == "admin_password":
        L += ["sonar.login=admin", f"sonar.password={c['val']}"]
    else:
        L.append(f"{pick(r, 'sonar.token', 'sonar.login')}={c['val']}")
    L += ["", "sonar.sources=src", "sonar.tests=src", "sonar.test.inclusions=**/*.test.ts,**/*.spec.ts",
          "sonar.exclusions=**/node_modules/**,**/*.stories.tsx", "sonar.javascript.lcov.reportPaths=coverage/lcov.info",
          "sonar.sourceEncoding=UTF-8"]
    return "sonar-project.properties", "sonar-properties", L


def rs_gradle_props_spec(r, c):
    p = c["provider"]
    prop = {"sonarqube": "systemProp.sonar.token", "sonarcloud": "systemProp.sonar.token",
            "develocity": "systemProp.develocity.accessKey", "gatling": "gatling.enterprise.apiToken"}[p]
    L = ["org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8", "org.gradle.parallel=true", "org.gradle.caching=true",
         "org.gradle.configuration-cache=true", ""]
    if p == "sonarcloud":
        L.append(f"systemProp.sonar.organization={c['org']}")
    if p in ("sonarqube", "sonarcloud"):
        L.append(f"systemProp.sonar.host.url={'https://sonarcloud.io' if p == 'sonarcloud' else 'https://sonar.' + c['org'] + '.internal'}")
    if p == "gatling":
        L.append(f"gatling.enterprise.url=https://cloud.gatling.io")
    v = c["val"]
    if p == "develocity" and not v.startswith("<") and "=" not in v and v:
        v = wrap_value(r, c, v)
    L.append(f"{prop}={v}")
    L += ["", f"VERSION_NAME={r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)}", "kotlin.incremental=true"]
    return "gradle.properties", "gradle-properties", L


def rs_settings_kts(r, c):
    host = c.get("dv_host") or f"develocity.{c['org']}.com"
    v = c["val"]
    L = ["pluginManagement {", "    repositories {", "        gradlePluginPortal()", "        google()", "    }", "}", "",
         "plugins {", f"    id(\"com.gradle.develocity\") version \"3.{r.randint(17, 19)}\"",
         "    id(\"org.gradle.toolchains.foojay-resolver-convention\") version \"0.8.0\"", "}", "",
         "develocity {", f"    server = \"https://{host}\""]
    if v.startswith("providers.") or v.startswith("System."):
        L.append(f"    accessKey = {v}")
    else:
        L.append(f"    accessKey = \"{v}\"")
    L += ["    buildScan {", "        uploadInBackground = System.getenv(\"CI\") == null",
          "        publishing.onlyIf { it.isAuthenticated }", "    }", "}", "",
          f"rootProject.name = \"{c['proj']}\"", "include(\":app\", \":core\", \":feature:checkout\")"]
    return "settings.gradle.kts", "gradle-kts", L


def rs_bazelrc(r, c):
    L = ["common --enable_bzlmod", "build --incompatible_strict_action_env", "test --test_output=errors", "",
         "build:remote --bes_results_url=https://app.buildbuddy.io/invocation/",
         "build:remote --bes_backend=grpcs://remote.buildbuddy.io",
         "build:remote --remote_cache=grpcs://remote.buildbuddy.io", "build:remote --remote_timeout=3600",
         f"build:remote --remote_header=x-buildbuddy-api-key={c['val']}", "",
         "build:ci --config=remote", "build:ci --build_metadata=ROLE=CI", "try-import %workspace%/user.bazelrc"]
    return ".bazelrc", "bazelrc", L


def rs_bazelrc_url(r, c):
    user = pick(r, "ci", "bazel", "cache-writer", "github-ci")
    host = pick(r, f"bazel-cache.{c['org']}.internal", f"cache.{c['org']}.dev:9092", f"remote-cache.{c['org']}.net")
    if r.random() < 0.5:
        line = f"build:ci --remote_cache=https://{user}:{c['val']}@{host}"
    else:
        line = f"build --remote_cache=https://{user}:{c['val']}@{host}"
    L = ["# Shared bazel settings", "common --enable_bzlmod", "build --disk_cache=~/.cache/bazel-disk",
         "build --remote_upload_local_results=false", line, "build:ci --remote_upload_local_results=true",
         "build:ci --remote_timeout=120", "test --test_output=errors", "try-import %workspace%/user.bazelrc"]
    return ".bazelrc", "bazelrc", L


def rs_sentryclirc(r, c):
    L = ["[defaults]", f"url = {pick(r, 'https://sentry.io/', 'https://' + c['org'] + '.sentry.io/', 'https://sentry.' + c['org'] + '.com/')}",
         f"org = {c['org']}", f"project = {c['proj']}", "", "[auth]", f"token = {c['val']}", "", "[log]", "level = info"]
    return ".sentryclirc", "sentryclirc", L


def rs_sentry_props(r, c):
    L = [f"defaults.url=https://sentry.io/", f"defaults.org={c['org']}", f"defaults.project={c['proj']}",
         f"auth.token={c['val']}", "cli.executable=node_modules/@sentry/cli/bin/sentry-cli"]
    return pick(r, "android/sentry.properties", "ios/sentry.properties", "sentry.properties"), "sentry-properties", L


def rs_dsn_url(r, c):
    dsn = c["val"]
    if c["kind"] == "legacy_dsn_secret" and not dsn.startswith("http"):
        dsn = wrap_value(r, c, dsn)
    if r.random() < 0.5:
        L = ["import os", "", "import sentry_sdk", "from sentry_sdk.integrations.django import DjangoIntegration", "",
             "SENTRY_DSN = os.environ.get(", f"    \"SENTRY_DSN\", \"{dsn}\"", ")", "", "sentry_sdk.init(",
             "    dsn=SENTRY_DSN,", "    integrations=[DjangoIntegration()],", f"    traces_sample_rate={pick(r, '0.1', '0.2', '1.0')},",
             "    environment=os.environ.get(\"APP_ENV\", \"test\"),", "    send_default_pii=False,", ")"]
        return pick(r, "config/settings/test.py", "app/sentry_setup.py"), "python", L
    L = ["raven:", f"  dsn: {yv(r, dsn)}", "  environment: staging", "  release: \"%env(GIT_SHA)%\"",
         "  sample_rate: 1.0", "  excluded_exceptions:", "    - NotFoundHttpException"]
    return pick(r, "config/sentry.yml", "config/packages/test/sentry.yaml"), "yaml", L


def rs_mend(r, c):
    L = ["###############################################################", "# Mend Unified Agent configuration file",
         "###############################################################", "", "wss.url=https://saas.whitesourcesoftware.com/agent"]
    L += [f"apiKey={c['val']}" if c["kind"] == "org_api_key" else f"apiKey={pick(r, '', '${WS_APIKEY}')}"]
    if c["kind"] == "user_key":
        L.append(f"userKey={c['val']}")
    L += [f"productName={c['org']}", f"projectName={c['proj']}", "", "checkPolicies=true", "forceCheckAllDependencies=false",
          "forceUpdate=false", "offline=false", "", "includes=**/*.js **/*.ts **/*.jar", "excludes=**/*sources.jar **/*javadoc.jar",
          "npm.resolveDependencies=true", "npm.includeDevDependencies=false"]
    return pick(r, "wss-unified-agent.config", "ci/mend/wss-unified-agent.config"), "mend-config", L


def rs_veracode(r, c):
    L = ["[default]", f"veracode_api_key_id = {c.get('uval') or rhex(r, 32)}", f"veracode_api_key_secret = {c['val']}"]
    if r.random() < 0.5:
        L = ["# Veracode API credentials used by the pipeline-scan job"] + L
    return pick(r, "ci/veracode/credentials", ".veracode/credentials"), "ini", L


def rs_datadog_json(r, c):
    d = {"apiKey": c["val"] if c["kind"] == "api_key" else "${DD_API_KEY}",
         "appKey": c["val"] if c["kind"] == "app_key" else "${DD_APP_KEY}",
         "datadogSite": pick(r, "datadoghq.com", "datadoghq.eu", "us5.datadoghq.com"),
         "failOnCriticalErrors": True, "failOnTimeout": True,
         "files": ["{,!(node_modules)/**/}*.synthetics.json"], "global": {"locations": ["aws:eu-west-1"]}}
    if c["kind"] == "api_key" and r.random() < 0.5:
        d["appKey"] = ""
    return pick(r, "datadog-ci.json", "synthetics/datadog-ci.json"), "datadog-ci-json", json.dumps(d, indent=2).split("\n")


def rs_artillery_dd(r, c):
    L = ["config:", f"  target: https://staging.{c['org']}.dev", "  phases:", f"    - duration: {r.randint(60, 600)}",
         f"      arrivalRate: {r.randint(5, 50)}", "      name: sustained", "  plugins:", "    publish-metrics:",
         "      - type: datadog", f"        apiKey: {yv(r, c['val'])}", f"        prefix: artillery.{c['proj']}.",
         "        tags:", f"          - \"team:{pick(r, 'perf', 'platform', 'payments')}\"", "    ensure:", "      thresholds:",
         "        - http.response_time.p99: 500", "", "scenarios:", "  - name: browse", "    flow:", "      - get:",
         "          url: /api/products", "      - think: 2"]
    return pick(r, "load/artillery.yml", "artillery.yml", "perf/checkout.yml"), "artillery-yml", L


def rs_nx_json(r, c):
    d = {"$schema": "./node_modules/nx/schemas/nx-schema.json", "defaultBase": "main",
         "namedInputs": {"default": ["{projectRoot}/**/*", "sharedGlobals"], "sharedGlobals": []},
         "targetDefaults": {"build": {"dependsOn": ["^build"], "cache": True}, "test": {"cache": True}}}
    if r.random() < 0.5:
        d["nxCloudAccessToken"] = c["val"]
    else:
        d["tasksRunnerOptions"] = {"default": {"runner": "nx-cloud",
                                               "options": {"cacheableOperations": ["build", "lint", "test", "e2e"],
                                                           "accessToken": c["val"]}}}
    return "nx.json", "nx-json", json.dumps(d, indent=2).split("\n")


def rs_sa_json(r, c):
    proj = f"{c['proj']}-{r.randint(100, 999)}"
    d = {"type": "service_account", "project_id": proj, "private_key_id": rhex(r, 40),
         "private_key": "@@PK@@", "client_email": f"firebase-app-distro@{proj}.iam.gserviceaccount.com",
         "client_id": str(r.randint(10**20, 10**21 - 1)), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
         "token_uri": "https://oauth2.googleapis.com/token",
         "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
         "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/firebase-app-distro%40{proj}.iam.gserviceaccount.com",
         "universe_domain": "googleapis.com"}
    L = json.dumps(d, indent=2).split("\n")
    L = [ln.replace('"@@PK@@"', '"' + c["val"] + '"') for ln in L]
    return pick(r, "android/firebase-app-distribution.json", "ci/firebase-sa.json", "fastlane/firebase_credentials.json"), "gcp-sa-json", L


SPECIFIC = {
    "wdio": rs_wdio, "browserstack_yml": rs_browserstack_yml, "nightwatch": rs_nightwatch,
    "browserstack_json": rs_browserstack_json, "lt_json": rs_lt_json, "hub_url": rs_hub_url,
    "chromatic_json": rs_chromatic_json, "gha_with": rs_gha_with, "applitools_cfg": rs_applitools,
    "currents_cfg": rs_currents, "playwright_cfg": rs_playwright, "pytest_ini_rp": rs_pytest_rp,
    "testrail_cfg": rs_testrail, "qase_json": rs_qase_json, "k6": rd_k6, "gradle_props": rs_gradle_props_spec,
    "codecov_yml": rs_codecov_yml, "coveralls_yml": rs_coveralls_yml, "sonar_props": rs_sonar_props,
    "settings_kts": rs_settings_kts, "bazelrc": rs_bazelrc, "bazelrc_url": rs_bazelrc_url,
    "sentryclirc": rs_sentryclirc, "sentry_props": rs_sentry_props, "dsn_url": rs_dsn_url, "mend_cfg": rs_mend,
    "veracode_cred": rs_veracode, "datadog_json": rs_datadog_json, "artillery_dd": rs_artillery_dd,
    "nx_json": rs_nx_json, "sa_json": rs_sa_json,
}


# ---------------------------------------------------------------------------
# positives
# ---------------------------------------------------------------------------


def base_ctx(r, k):
    org = r.choice(ORGS)
    return dict(provider=k["provider"], kind=k["kind"], org=org, proj=r.choice(PROJECTS), email=email(r, org))


def fill_cli(r, tmpl, c, s, uref=None):
    u = c.get("uval") or uref or "$" + (c.get("uname") or "CI_USER")
    return tmpl.format(s=s, u=u, o=c["org"], p=ralnum(r, 6), e=c["email"])


def make_positive(r, k, force_spec=None):
    c = base_ctx(r, k)
    secret = k["gen"](r)
    if k["user"]:
        c["uval"] = k["user"][0](r)
        c["uname"] = r.choice(k["user"][1])
    pvar = r.choice(k["env"])
    use_spec = force_spec or (k["spec"] and (not k["generic"] or r.random() < 0.5))
    if use_spec:
        sp = force_spec or r.choice(k["spec"])
        c["name"] = pvar
        c["val"] = secret
        c["cmdline"] = k["cmd"]
        path, ft, L = SPECIFIC[sp](r, c)
        style = "spec:" + sp
    else:
        rd = generic_for(r, k)
        if k["cli"] and r.random() < 0.35 and rd not in NO_CMD:
            c["name"] = pvar
            c["val"] = None
            c.pop("uval", None) if r.random() < 0.3 else None
            c["cmdline"] = fill_cli(r, r.choice(k["cli"]), c, wrap_value(r, c, secret))
            style = "cli"
        else:
            generic_name = r.random() < 0.36
            c["name"] = r.choice(GENERIC_NAMES) if generic_name else pvar
            if rd in (rd_gradle_props,):
                pass
            c["val"] = wrap_value(r, c, secret)
            c["cmdline"] = (f"{pvar}=${c['name']} {k['cmd']}" if generic_name and k["cmd"] else k["cmd"]) or "npm test"
            style = "env-generic-name" if generic_name else "env"
        path, ft, L = rd(r, c)
    return c, secret, path, ft, L, style


# ---------------------------------------------------------------------------
# negatives: look-alike values for the same slots
# ---------------------------------------------------------------------------


def placeholder(r, k, name):
    slug = name.lower().replace("_", "-")
    pre = k["prefix"]
    opts = [f"<your-{slug}>", f"YOUR_{name}", f"<{name}>", "changeme", "REPLACE_ME", f"{{{{ {name.lower()} }}}}",
            f"__{name}__", "TODO-set-in-ci", "<redacted>", "********", f"your-{slug}-here", "xxxxxxxxxxxxxxxx"]
    if k["human"]:
        opts += ["<password>", "changeme", "P@ssw0rd-goes-here", "<testrail-password>", "********"]
    if pre:
        opts += [pre + "...", pre + "<token>", pre + "XXXXXXXXXXXXXXXXXXXX", pre + "your_token_here", pre + "*" * 12]
    probe = k["gen"](random.Random(7))
    if re.fullmatch(r"[0-9a-f-]{36}", probe):
        opts += ["xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "00000000-0000-0000-0000-000000000000",
                 "<uuid-from-project-settings>"]
    elif re.fullmatch(r"[0-9a-f]+", probe):
        opts += ["0" * len(probe), "<" + str(len(probe)) + "-char-hex-token>", "x" * len(probe)]
    return r.choice(opts)


def masked(r, k):
    s = k["gen"](r)
    pre = k["prefix"]
    if k["human"]:
        return r.choice(["********", "•••••••••", "[MASKED]", "***"])
    body = s[len(pre):] if pre and s.startswith(pre) else s
    style = r.randint(0, 4)
    if style == 0:
        return pre + "*" * r.randint(8, 24) + body[-4:]
    if style == 1:
        return pre + body[:4] + "…" + body[-3:]
    if style == 2:
        return "***"
    if style == 3:
        return pre + body[:3] + "..." + "(truncated)"
    return "[MASKED]" if r.random() < 0.5 else "<redacted>"


CLI_REF = {"rd_azure": lambda n: f"$({n})", "rd_jenkins": lambda n: "$" + n, "rd_makefile": lambda n: "$(" + n + ")"}

# spec renderers: reference / placeholder style proper to that file type
SPEC_REF = {
    "wdio": lambda r, n: f"process.env.{n}",
    "browserstack_yml": lambda r, n: "${" + n + "}",
    "nightwatch": lambda r, n: "${" + n + "}",
    "browserstack_json": lambda r, n: n,
    "lt_json": lambda r, n: n,
    "applitools_cfg": lambda r, n: f"process.env.{n}",
    "currents_cfg": lambda r, n: f"process.env.{n}",
    "playwright_cfg": lambda r, n: f"process.env.{n}",
    "gha_with": lambda r, n: "${{ secrets." + n + " }}",
    "sonar_props": lambda r, n: "${env." + n + "}",
    "settings_kts": lambda r, n: f"System.getenv(\"{n}\")",
    "k6": lambda r, n: f"__ENV.{n}",
    "datadog_json": lambda r, n: "${" + n + "}",
    "artillery_dd": lambda r, n: "{{ $env." + n + " }}",
    "codecov_yml": None, "coveralls_yml": None, "mend_cfg": None, "veracode_cred": None, "chromatic_json": None,
    "pytest_ini_rp": None, "testrail_cfg": None, "qase_json": None, "gradle_props": None, "bazelrc": None,
    "bazelrc_url": None, "sentryclirc": None, "sentry_props": None, "dsn_url": None, "hub_url": None,
    "nx_json": None, "sa_json": None,
}


def _sha(r, c):
    return rhex(r, 40)


NONSECRET_IDS = {
    "browserstack": [("BROWSERSTACK_LOCAL_IDENTIFIER", lambda r, c: pick(r, rhex(r, 16), f"gh-{r.randint(10**9, 10**10)}-1")),
                     ("BROWSERSTACK_BUILD_NAME", lambda r, c: f"{c['proj']}-{r.randint(100, 9999)}")],
    "sauce": [("SAUCE_TUNNEL_IDENTIFIER", lambda r, c: f"{c['proj']}-{rhex(r, 8)}"),
              ("SAUCE_TUNNEL_ID", lambda r, c: rhex(r, 32))],
    "lambdatest": [("LT_TUNNEL_NAME", lambda r, c: f"lt-{rhex(r, 10)}")],
    "cypress": [("CYPRESS_PROJECT_ID", lambda r, c: rs(r, LOWER_ALNUM, 6)),
                ("CYPRESS_CI_BUILD_ID", lambda r, c: f"{r.randint(10**9, 10**10)}-{r.randint(1, 3)}")],
    "currents": [("CURRENTS_PROJECT_ID", lambda r, c: ralnum(r, 6)),
                 ("CURRENTS_CI_BUILD_ID", lambda r, c: f"{r.randint(10**9, 10**10)}-{r.randint(1, 3)}")],
    "sentry": [("SENTRY_RELEASE", _sha),
               ("SENTRY_DSN", lambda r, c: f"https://{rhex(r, 32)}@o{r.randint(10**5, 4 * 10**6)}.ingest.sentry.io/{r.randint(10**6, 10**7)}")],
    "codecov": [("CODECOV_SHA", _sha), ("CODECOV_FLAGS", lambda r, c: pick(r, "unit", "integration,frontend"))],
    "coveralls": [("COVERALLS_SERVICE_JOB_ID", lambda r, c: str(r.randint(10**9, 10**10)))],
    "snyk": [("SNYK_ORG", lambda r, c: ruuid(r)), ("SNYK_PROJECT_ID", lambda r, c: ruuid(r))],
    "datadog": [("DD_RUM_CLIENT_TOKEN", lambda r, c: "pub" + rhex(r, 32)), ("DD_RUM_APPLICATION_ID", lambda r, c: ruuid(r))],
    "chromatic": [("CHROMATIC_APP_ID", lambda r, c: rhex(r, 24)), ("CHROMATIC_SHA", _sha)],
    "xray": [("XRAY_CLIENT_ID", lambda r, c: rhex(r, 32).upper()), ("XRAY_TEST_EXEC_KEY", lambda r, c: f"QA-{r.randint(100, 9999)}")],
    "k6": [("K6_CLOUD_PROJECT_ID", lambda r, c: str(r.randint(3000000, 3999999)))],
    "launchable": [("LAUNCHABLE_ORGANIZATION", lambda r, c: c["org"])],
    "firebase": [("FIREBASE_APP_ID", lambda r, c: f"1:{r.randint(10**11, 10**12 - 1)}:android:{rhex(r, 22)}")],
    "percy": [("PERCY_BUILD_ID", lambda r, c: str(r.randint(2 * 10**7, 4 * 10**7))),
              ("PERCY_PARALLEL_NONCE", lambda r, c: f"{r.randint(10**9, 10**10)}-{r.randint(1, 4)}")],
    "sonarqube": [("SONAR_PROJECT_KEY", lambda r, c: f"{c['org']}_{c['proj']}"), ("SONAR_SCM_REVISION", _sha)],
    "sonarcloud": [("SONAR_ORGANIZATION", lambda r, c: c["org"]), ("SONAR_PROJECT_KEY", lambda r, c: f"{c['org']}_{c['proj']}")],
    "buildkite": [("BUILDKITE_BUILD_ID", lambda r, c: ruuid(r)), ("BUILDKITE_ANALYTICS_EXECUTION_NAME_PREFIX", lambda r, c: c["proj"])],
    "testrail": [("TESTRAIL_RUN_ID", lambda r, c: str(r.randint(100, 99999)))],
    "nx-cloud": [("NX_CLOUD_DISTRIBUTED_EXECUTION_AGENT_COUNT", lambda r, c: str(r.randint(2, 12)))],
    "vercel": [("TURBO_TEAM", lambda r, c: c["org"]), ("TURBO_API", lambda r, c: "https://vercel.com")],
    "develocity": [("DEVELOCITY_URL", lambda r, c: f"https://develocity.{c['org']}.com")],
    "depot": [("DEPOT_PROJECT_ID", lambda r, c: rs(r, LOWER_ALNUM, 10))],
    "github": [("GITHUB_SHA", _sha)],
    "bugsnag": [("BUGSNAG_RELEASE_STAGE", lambda r, c: pick(r, "staging", "qa"))],
    "applitools": [("APPLITOOLS_BATCH_ID", lambda r, c: ruuid(r))],
    "deepsource": [("DEEPSOURCE_ANALYZER", lambda r, c: "test-coverage")],
}


def neg_same_slot(r, k):
    """Same file types / names as positives, but the value is a reference, placeholder or mask."""
    c = base_ctx(r, k)
    if k["user"]:
        c["uval"] = k["user"][0](r)
        c["uname"] = r.choice(k["user"][1])
    pvar = r.choice(k["env"])
    mode = r.choices(["ref", "placeholder", "masked", "cli-ref", "nonsecret-id", "vault-ref"], [34, 24, 12, 10, 14, 6])[0]
    if mode == "nonsecret-id" and k["provider"] not in NONSECRET_IDS:
        mode = "ref"
    specs = [s for s in k["spec"] if s not in ("sa_json",)]
    if specs and r.random() < 0.4:
        sp = r.choice(specs)
        c["name"] = pvar
        c["cmdline"] = k["cmd"]
        ref = SPEC_REF.get(sp)
        if mode in ("ref", "cli-ref") and ref:
            c["val"] = ref(r, pvar)
            nk = "env-reference"
        elif mode == "masked":
            c["val"] = masked(r, k)
            nk = "masked"
        else:
            c["val"] = placeholder(r, k, pvar)
            nk = "placeholder"
        if sp in ("dsn_url",):
            c["val"] = pick(r, "<secret>", "SECRET_KEY", "xxxxxxxx")
            c["dsn_pub"] = "<public_key>"
            c["dsn_pid"] = "<project_id>"
            nk = "placeholder"
        if sp == "hub_url":
            c["val"] = pick(r, "${ACCESS_KEY}", "ACCESS_KEY", "<access-key>", "%s")
            nk = "placeholder"
        path, ft, L = SPECIFIC[sp](r, c)
        return c, path, ft, L, nk
    rd = generic_for(r, k) if mode != "vault-ref" else r.choice([rd_dotenv, rd_dotenv, rd_compose])
    c["name"] = pvar if r.random() < 0.75 else r.choice(GENERIC_NAMES)
    if mode == "nonsecret-id" and k["provider"] in NONSECRET_IDS:
        nm, gen = r.choice(NONSECRET_IDS[k["provider"]])
        c["name"] = nm
        c["val"] = gen(r, c)
        c["cmdline"] = k["cmd"] or "npm test"
        path, ft, L = rd(r, c)
        return c, path, ft, L, "nonsecret-id-same-file"
    if mode == "cli-ref" and k["cli"] and rd not in NO_CMD:
        c["val"] = None
        n = pvar
        ref = CLI_REF.get(rd.__name__, lambda n: pick(r, "$" + n, "${" + n + "}"))(n)
        c["cmdline"] = fill_cli(r, r.choice(k["cli"]), c, ref, uref=None)
        nk = "cli-env-reference"
    else:
        if mode in ("ref", "cli-ref"):
            c["val"] = STORE_REF[rd.__name__](r, c["name"])
            nk = "ci-secret-reference" if rd.__name__ in ("rd_gha", "rd_gitlab", "rd_circle", "rd_jenkins", "rd_azure",
                                                           "rd_bitbucket", "rd_buildkite", "rd_travis") else "env-reference"
            if c["val"] == "":
                nk = "empty-value"
        elif mode == "masked":
            c["val"] = masked(r, k)
            nk = "masked"
        elif mode == "vault-ref":
            c["val"] = pick(r, f"op://{pick(r, 'CI', 'Engineering', 'qa-vault')}/{LABEL.get(k['provider'], k['provider'])}/credential",
                            f"vault:secret/data/ci/{k['provider']}#{c['name'].lower()}",
                            f"{{{{resolve:secretsmanager:ci/{k['provider']}:SecretString:{c['name'].lower()}}}}}",
                            f"ssm:/ci/{c['org']}/{c['name'].lower().replace('_', '-')}",
                            f"sm://projects/{c['org']}-ci/secrets/{c['name'].lower().replace('_', '-')}")
            nk = "secret-manager-reference"
        else:
            c["val"] = placeholder(r, k, c["name"])
            nk = "placeholder"
        c["cmdline"] = k["cmd"] or "npm test"
    path, ft, L = rd(r, c)
    return c, path, ft, L, nk


# ---------------------------------------------------------------------------
# negatives: domain-specific innocent files
# each returns (path, filetype, lines, provider, negkind)
# ---------------------------------------------------------------------------


def sha1(r):
    return rhex(r, 40)


def ns_readme_badges(r):
    org, proj = r.choice(ORGS), r.choice(PROJECTS)
    graph = rs(r, string.ascii_uppercase + string.digits, 10)
    L = [f"# {proj}", "",
         f"[![codecov](https://codecov.io/gh/{org}/{proj}/branch/main/graph/badge.svg?token={graph})](https://codecov.io/gh/{org}/{proj})",
         f"[![Quality Gate Status](https://sonarcloud.io/api/project_badges/measure?project={org}_{proj}&metric=alert_status)](https://sonarcloud.io/summary/new_code?id={org}_{proj})",
         f"[![Coverage Status](https://coveralls.io/repos/github/{org}/{proj}/badge.svg?branch=main)](https://coveralls.io/github/{org}/{proj}?branch=main)",
         f"[![Cypress](https://img.shields.io/endpoint?url=https://cloud.cypress.io/badge/simple/{rs(r, LOWER_ALNUM, 6)}/main&style=flat&logo=cypress)](https://cloud.cypress.io/projects/{rs(r, LOWER_ALNUM, 6)}/runs)",
         f"[![This project is using Percy.io for visual regression testing.](https://percy.io/static/images/percy-badge.svg)](https://percy.io/{org}/{proj})",
         f"[![Storybook](https://img.shields.io/badge/storybook-chromatic-ff4785)](https://main--{rhex(r, 24)}.chromatic.com)",
         "", f"{pick(r, 'Web front-end', 'Checkout service', 'Design system')} for {org}.", "", "## Development", "",
         "```bash", "npm ci", "npm run dev", "```", "", "Coverage is uploaded from CI with the repository upload token stored",
         "as the `CODECOV_TOKEN` secret; the badge token above is the public graph token.", ""]
    return "README.md", "markdown", L, "codecov", "public-badge-token"


def ns_nx_readonly(r):
    d = {"$schema": "./node_modules/nx/schemas/nx-schema.json", "defaultBase": "main",
         "targetDefaults": {"build": {"dependsOn": ["^build"], "cache": True}, "lint": {"cache": True}}}
    if r.random() < 0.5:
        d["nxCloudAccessToken"] = g_nx_ro(r)
        nk = "readonly-token-documented-public"
    else:
        d["nxCloudId"] = rhex(r, 24)
        nk = "public-id"
    d["parallel"] = r.randint(3, 8)
    return "nx.json", "nx-json", json.dumps(d, indent=2).split("\n"), "nx-cloud", nk


def ns_cypress_projectid(r):
    L = ["import { defineConfig } from 'cypress'", "", "export default defineConfig({",
         f"  projectId: '{rs(r, LOWER_ALNUM, 6)}',", "  // record key is passed via CYPRESS_RECORD_KEY in CI",
         "  video: false,", "  e2e: {", f"    baseUrl: 'http://localhost:{pick(r, 3000, 5173, 8080)}',",
         "    experimentalRunAllSpecs: true,", "  },", "})"]
    return "cypress.config.ts", "cypress-config", L, "cypress", "public-id"


def ns_sentry_public_dsn(r):
    dsn = f"https://{rhex(r, 32)}@o{r.randint(100000, 4500000)}.ingest.{pick(r, '', 'us.', 'de.')}sentry.io/{r.randint(1000000, 4509999999)}"
    if r.random() < 0.5:
        L = ["import * as Sentry from '@sentry/react';", "", "Sentry.init({", f"  dsn: '{dsn}',",
             "  integrations: [Sentry.browserTracingIntegration()],", f"  tracesSampleRate: {pick(r, '0.1', '0.25')},",
             "  environment: import.meta.env.MODE,", "});"]
        return pick(r, "src/sentry.ts", "src/instrument.ts"), "typescript", L, "sentry", "public-dsn"
    L = ["SENTRY_ORG=" + r.choice(ORGS), "SENTRY_PROJECT=" + r.choice(PROJECTS), f"NEXT_PUBLIC_SENTRY_DSN={dsn}",
         "# auth token for source maps lives in CI (SENTRY_AUTH_TOKEN)", "SENTRY_AUTH_TOKEN="]
    return ".env.test", "dotenv", L, "sentry", "public-dsn"


def ns_sops_env(r):
    def enc(n):
        return f"ENC[AES256_GCM,data:{base64.b64encode(rbytes(r, n)).decode()},iv:{base64.b64encode(rbytes(r, 32)).decode()},tag:{base64.b64encode(rbytes(r, 16)).decode()},type:str]"
    names = r.sample(["SONAR_TOKEN", "CODECOV_TOKEN", "PERCY_TOKEN", "BROWSERSTACK_ACCESS_KEY", "SNYK_TOKEN",
                      "CYPRESS_RECORD_KEY", "SENTRY_AUTH_TOKEN", "DD_API_KEY", "TURBO_TOKEN"], 3)
    if r.random() < 0.5:
        L = [f"{n}={enc(r.randint(20, 60))}" for n in names]
        L += [f"sops_age__list_0__map_enc=-----BEGIN AGE ENCRYPTED FILE-----\\n{base64.b64encode(rbytes(r, 60)).decode()}\\n-----END AGE ENCRYPTED FILE-----\\n",
              f"sops_age__list_0__map_recipient=age1{rs(r, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}",
              f"sops_lastmodified={2023 + r.randint(0, 2)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}T10:2{r.randint(0, 9)}:00Z",
              f"sops_mac={enc(32)}", "sops_unencrypted_suffix=_unencrypted", "sops_version=3.8.1"]
        return pick(r, ".env.test.enc", "ci/secrets.enc.env"), "sops-dotenv", L, "sops", "ciphertext"
    L = [f"{n.lower()}: {enc(r.randint(20, 60))}" for n in names]
    L += ["sops:", "    kms:", f"        - arn: arn:aws:kms:eu-west-1:{r.randint(10**11, 10**12 - 1)}:key/{ruuid(r)}",
          f"          created_at: \"2024-0{r.randint(1, 9)}-12T08:11:45Z\"", f"          enc: {base64.b64encode(rbytes(r, 150)).decode()}",
          "          aws_profile: \"\"", f"    lastmodified: \"2024-0{r.randint(1, 9)}-12T08:11:46Z\"", f"    mac: {enc(32)}",
          "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return pick(r, "ci/secrets.enc.yaml", "deploy/ci-secrets.sops.yaml"), "sops-yaml", L, "sops", "ciphertext"


def ns_sealed(r):
    names = r.sample(["SONAR_TOKEN", "CODECOV_TOKEN", "SAUCE_ACCESS_KEY", "K6_CLOUD_TOKEN", "BUILDBUDDY_API_KEY",
                      "DEVELOCITY_ACCESS_KEY", "SEMGREP_APP_TOKEN"], 2)
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: ci-runner-credentials",
         "  namespace: ci", "spec:", "  encryptedData:"]
    for n in names:
        L.append(f"    {n}: Ag{base64.b64encode(rbytes(r, 300)).decode()}")
    L += ["  template:", "    metadata:", "      name: ci-runner-credentials", "      namespace: ci", "    type: Opaque"]
    return pick(r, "k8s/ci/sealed-ci-credentials.yaml", "deploy/runners/sealedsecret.yaml"), "sealed-secret", L, "sealed-secrets", "ciphertext"


def ns_travis_secure(r):
    L = ["language: node_js", "node_js:", "  - 20", "env:", "  global:"]
    for _ in range(r.randint(1, 3)):
        L.append(f"    - secure: \"{base64.b64encode(rbytes(r, 256)).decode()}\"")
    L += ["script:", "  - npm test", "  - npx codecov"]
    return ".travis.yml", "travis", L, "travis-ci", "ciphertext"


def ns_kms_blob(r):
    blob = "AQICAH" + base64.b64encode(rbytes(r, 180)).decode()
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "", "# The ciphertext below can only be decrypted by the CI role.",
         f"ENCRYPTED_SONAR_TOKEN=\"{blob}\"", "",
         "SONAR_TOKEN=$(aws kms decrypt --ciphertext-blob fileb://<(echo \"$ENCRYPTED_SONAR_TOKEN\" | base64 -d) \\",
         "  --query Plaintext --output text | base64 -d)", "export SONAR_TOKEN", "", "sonar-scanner -Dsonar.qualitygate.wait=true"]
    return "scripts/ci/sonar.sh", "shell", L, "aws-kms", "ciphertext"


def ns_jenkins_encrypted(r):
    L = ["<?xml version='1.1' encoding='UTF-8'?>", "<hudson.plugins.sonar.SonarGlobalConfiguration plugin=\"sonar@2.17.2\">",
         "  <installations>", "    <hudson.plugins.sonar.SonarInstallation>", "      <name>sonarqube</name>",
         f"      <serverUrl>https://sonar.{r.choice(ORGS)}.internal</serverUrl>",
         "      <credentialsId>sonar-token</credentialsId>",
         f"      <serverAuthenticationToken>{{AQAAABAAAAAw{base64.b64encode(rbytes(r, 48)).decode()}}}</serverAuthenticationToken>",
         "      <webhookSecretId></webhookSecretId>", "      <mojoVersion></mojoVersion>", "    </hudson.plugins.sonar.SonarInstallation>",
         "  </installations>", "  <buildWrapperEnabled>true</buildWrapperEnabled>", "</hudson.plugins.sonar.SonarGlobalConfiguration>"]
    return "jenkins/hudson.plugins.sonar.SonarGlobalConfiguration.xml", "xml", L, "sonarqube", "ciphertext"


def ns_ci_log(r):
    org, proj = r.choice(ORGS), r.choice(PROJECTS)
    build = r.randint(1000, 40000)
    L = ["# Debugging visual test failures", "", "When the Percy step fails, the log looks like this:", "", "```",
         "Run npx percy exec -- cypress run", "  npx percy exec -- cypress run", "  shell: /usr/bin/bash -e {0}", "  env:",
         "    PERCY_TOKEN: ***", "    CYPRESS_RECORD_KEY: ***", "    SONAR_TOKEN: ***",
         "[percy] Percy has started!", f"[percy] Created build #{r.randint(100, 3000)}: https://percy.io/{org}/{proj}/builds/{r.randint(20000000, 39999999)}",
         f"[percy] Snapshot taken: Checkout - {pick(r, 'empty cart', 'with coupon', 'guest')}",
         f"[percy] Finalized build #{r.randint(100, 3000)}", "```", "",
         f"Cypress Cloud run: https://cloud.cypress.io/projects/{rs(r, LOWER_ALNUM, 6)}/runs/{build}",
         f"Build scan: https://scans.gradle.com/s/{rs(r, LOWER_ALNUM, 13)}", "",
         "The secrets are masked (`***`) by the runner; never paste unmasked logs here."]
    return pick(r, "docs/ci-troubleshooting.md", "docs/visual-testing.md"), "markdown", L, "percy", "masked-ci-log"


def ns_turbo(r):
    d = {"$schema": "https://turbo.build/schema.json", "globalEnv": ["NODE_ENV", "CI"],
         "globalPassThroughEnv": ["TURBO_TOKEN", "TURBO_TEAM", "SENTRY_AUTH_TOKEN", "CODECOV_TOKEN"],
         "remoteCache": {"signature": True, "enabled": True},
         "tasks": {"build": {"dependsOn": ["^build"], "outputs": ["dist/**", ".next/**", "!.next/cache/**"]},
                   "test": {"dependsOn": ["build"], "outputs": ["coverage/**"]}, "lint": {}}}
    return "turbo.json", "turbo-json", json.dumps(d, indent=2).split("\n"), "vercel", "env-name-list"


def ns_turbo_config(r):
    d = {"teamid": "team_" + ralnum(r, 24), "apiurl": "https://vercel.com"}
    if r.random() < 0.5:
        d = {"teamslug": r.choice(ORGS), "apiurl": "https://vercel.com", "loginurl": "https://vercel.com"}
    else:
        d["loginurl"] = "https://vercel.com"
    return ".turbo/config.json", "json", json.dumps(d, indent=2).split("\n"), "vercel", "public-id"


def ns_snyk_policy(r):
    L = ["# Snyk (https://snyk.io) policy file, patches or ignores known vulnerabilities.", "version: v1.25.0", "ignore:"]
    for _ in range(r.randint(1, 3)):
        vid = f"SNYK-JS-{pick(r, 'LODASH', 'AXIOS', 'SEMVER', 'TOUGHCOOKIE', 'WS')}-{r.randint(1000000, 7999999)}"
        L += [f"  {vid}:", f"    - '*':", f"        reason: {pick(r, 'dev dependency only', 'no fix available', 'not reachable')}",
              f"        expires: 2025-0{r.randint(1, 9)}-1{r.randint(0, 9)}T00:00:00.000Z",
              f"        created: 2024-0{r.randint(1, 9)}-0{r.randint(1, 9)}T10:12:{r.randint(10, 59)}.{r.randint(100, 999)}Z"]
    L += ["patch: {}", f"# org: {ruuid(r)}"]
    return ".snyk", "snyk-policy", L, "snyk", "public-id"


def ns_semgrep(r):
    L = ["rules:", "  - id: no-hardcoded-ci-token", "    languages: [javascript, typescript]", "    severity: ERROR",
         "    message: >-", "      Do not hardcode service tokens; read them from process.env instead.", "    patterns:",
         "      - pattern: |", "          const $NAME = \"...\"", "      - metavariable-regex:", "          metavariable: $NAME",
         "          regex: (?i).*(token|key|secret).*", "  - id: require-env-for-record-key", "    languages: [yaml]",
         "    severity: WARNING", "    message: record keys must come from ${{ secrets.* }}", "    pattern: |",
         "      CYPRESS_RECORD_KEY: $VALUE", "    paths:", "      include:", "        - .github/workflows/"]
    return pick(r, ".semgrep.yml", ".semgrep/ci-rules.yml"), "semgrep-yml", L, "semgrep", "rule-metavariables"


def ns_percy_yml(r):
    L = ["version: 2", "snapshot:", f"  widths: [{pick(r, '375, 1280', '414, 1024, 1440')}]", "  min-height: 1024",
         "  percy-css: |", "    .timestamp, .avatar { visibility: hidden; }", "discovery:",
         f"  allowed-hostnames:", f"    - cdn.{r.choice(ORGS)}.dev", "  network-idle-timeout: 250",
         "upload:", "  files: '**/*.{png,jpg}'"]
    return ".percy.yml", "percy-yml", L, "percy", "config-no-secret"


def ns_deepsource(r):
    L = ["version = 1", "", "test_patterns = [\"tests/**\", \"**/*_test.py\"]", "", "[[analyzers]]", "name = \"python\"", "",
         "  [analyzers.meta]", "  runtime_version = \"3.x.x\"", "", "[[analyzers]]", "name = \"test-coverage\"", "",
         "# DEEPSOURCE_DSN is provided by the CI secret store"]
    return ".deepsource.toml", "toml", L, "deepsource", "config-no-secret"


def ns_sonar_nokey(r):
    org, proj = r.choice(ORGS), r.choice(PROJECTS)
    L = [f"sonar.projectKey={org}_{proj}", f"sonar.organization={org}", f"sonar.projectName={proj}",
         f"sonar.scm.revision={sha1(r)}", "sonar.sources=src", "sonar.tests=test",
         "sonar.javascript.lcov.reportPaths=coverage/lcov.info",
         "# sonar.token is injected by CI (SONAR_TOKEN)", "sonar.qualitygate.wait=true"]
    return "sonar-project.properties", "sonar-properties", L, "sonarcloud", "public-id"


def ns_pinned_actions(r):
    L = ["name: Coverage", "on: [push]", "permissions:", "  contents: read", "jobs:", "  coverage:", "    runs-on: ubuntu-latest",
         "    steps:", f"      - uses: actions/checkout@{sha1(r)} # v4.1.7",
         f"      - uses: actions/setup-node@{sha1(r)} # v4.0.3", "      - run: npm ci && npm test -- --coverage",
         f"      - uses: codecov/codecov-action@{sha1(r)} # v4.5.0", "        with:",
         "          token: ${{ secrets.CODECOV_TOKEN }}", "          fail_ci_if_error: true",
         f"      - uses: SonarSource/sonarcloud-github-action@{sha1(r)} # v2.3.0", "        env:",
         "          SONAR_TOKEN: ${{ secrets.SONAR_TOKEN }}", "          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}"]
    return ".github/workflows/coverage.yml", "github-actions", L, "codecov", "commit-sha-pins"


def ns_bs_local(r):
    ident = pick(r, f"gh-{r.randint(1000000000, 9999999999)}-{r.randint(1, 3)}", rhex(r, 16), ralnum(r, 12))
    L = ["userName: ${BROWSERSTACK_USERNAME}", "accessKey: ${BROWSERSTACK_ACCESS_KEY}", "",
         f"projectName: {r.choice(PROJECTS)}", "buildName: ${GITHUB_REF_NAME}", "platforms:", "  - os: OS X",
         "    osVersion: Sonoma", "    browserName: safari", "    browserVersion: latest", "browserstackLocal: true",
         "browserstackLocalOptions:", f"  localIdentifier: {ident}", "  forceLocal: true", "testObservability: true"]
    return "browserstack.yml", "browserstack-yml", L, "browserstack", "local-identifier"


def ns_sauce_config(r):
    L = ["apiVersion: v1alpha", "kind: cypress", "sauce:", f"  region: {pick(r, 'us-west-1', 'eu-central-1')}",
         "  concurrency: 4", "  metadata:", "    tags:", "      - e2e", "    build: \"$BUILD_ID\"", "  tunnel:",
         f"    name: {pick(r, 'ci-tunnel', 'gh-' + str(r.randint(10**9, 10**10)), r.choice(ORGS) + '-tunnel')}",
         f"    owner: {username(r)}", "cypress:", "  configFile: cypress.config.js", "  version: 13.6.4", "suites:",
         "  - name: \"chrome\"", "    browser: \"chrome\"", "    platformName: \"Windows 11\"", "    config:",
         "      specPattern: [\"cypress/e2e/**/*.cy.js\"]", "    env:", "      SAUCE_ACCESS_KEY: $SAUCE_ACCESS_KEY"]
    return ".sauce/config.yml", "sauce-config", L, "sauce", "env-reference"


def ns_firebase_web(r):
    proj = f"{r.choice(PROJECTS)}-{r.randint(1000, 9999)}"
    L = ["// Firebase web config: these values are public identifiers, not secrets.", "export const firebaseConfig = {",
         f"  apiKey: 'AIza{rs(r, URLSAFE, 35)}',", f"  authDomain: '{proj}.firebaseapp.com',", f"  projectId: '{proj}',",
         f"  storageBucket: '{proj}.appspot.com',", f"  messagingSenderId: '{r.randint(10**11, 10**12 - 1)}',",
         f"  appId: '1:{r.randint(10**11, 10**12 - 1)}:web:{rhex(r, 22)}',", "};"]
    return pick(r, "src/firebase.ts", "src/config/firebase.ts"), "typescript", L, "firebase", "publishable-key"


def ns_dd_rum(r):
    L = ["import { datadogRum } from '@datadog/browser-rum';", "", "datadogRum.init({", f"  applicationId: '{ruuid(r)}',",
         f"  clientToken: 'pub{rhex(r, 32)}',", f"  site: '{pick(r, 'datadoghq.com', 'datadoghq.eu')}',",
         f"  service: '{r.choice(PROJECTS)}',", "  env: process.env.NODE_ENV,", "  sessionSampleRate: 100,",
         "  trackUserInteractions: true,", "});"]
    return pick(r, "src/rum.ts", "src/monitoring/datadog.ts"), "typescript", L, "datadog", "publishable-key"


def ns_fixtures(r):
    L = ["import { describe, expect, it } from 'vitest';", "import { redact } from '../src/redact';", "",
         "// obviously fake tokens used only to exercise the redaction logic", "const FIXTURES = {",
         "  sonar: 'squ_0000000000000000000000000000000000000000',", "  sentry: 'sntryu_' + '0'.repeat(64),",
         "  codecov: '00000000-0000-0000-0000-000000000000',", "  percy: 'web_' + 'f'.repeat(64),",
         "  chromatic: 'chpt_xxxxxxxxxxxxxx',", "  github: 'ghp_' + 'x'.repeat(36),", "};", "",
         "describe('redact', () => {", "  for (const [name, value] of Object.entries(FIXTURES)) {",
         "    it(`masks ${name}`, () => {", "      expect(redact(`token=${value}`)).not.toContain(value.slice(8));",
         "    });", "  }", "});"]
    return pick(r, "test/redact.test.ts", "src/__tests__/redact.spec.ts"), "typescript", L, "multiple", "test-fixture-fake"


def ns_uuid_ids(r):
    L = ["# Non-secret identifiers used by the quality jobs", f"SNYK_ORG={ruuid(r)}", f"SAUCE_TUNNEL_NAME=ci-{r.randint(10**5, 10**6)}",
         f"CYPRESS_PROJECT_ID={rs(r, LOWER_ALNUM, 6)}", f"TESTRAIL_PROJECT_ID={r.randint(1, 60)}",
         f"TESTRAIL_SUITE_ID={r.randint(1, 400)}", f"QASE_PROJECT_CODE={r.choice(PROJECTS)[:4].upper()}",
         f"XRAY_TEST_PLAN_KEY={r.choice(PROJECTS)[:3].upper()}-{r.randint(10, 999)}",
         f"LAUNCHABLE_ORGANIZATION={r.choice(ORGS)}", f"K6_CLOUD_PROJECT_ID={r.randint(3000000, 3999999)}",
         f"BUILDKITE_ORGANIZATION_SLUG={r.choice(ORGS)}", f"DD_SITE=datadoghq.com", f"DEPOT_PROJECT_ID={rs(r, LOWER_ALNUM, 10)}"]
    return pick(r, "ci/ids.env", ".env.ci.public"), "dotenv", L, "multiple", "public-id"


def ns_xray_clientid(r):
    L = ["#!/usr/bin/env bash", "set -euo pipefail", f"XRAY_CLIENT_ID=\"{rhex(r, 32).upper()}\"  # not secret; secret is in vault",
         "XRAY_CLIENT_SECRET=\"$(vault kv get -field=client_secret ci/xray)\"",
         "TOKEN=$(curl -sf -H 'Content-Type: application/json' -X POST \\",
         "  --data \"{\\\"client_id\\\":\\\"$XRAY_CLIENT_ID\\\",\\\"client_secret\\\":\\\"$XRAY_CLIENT_SECRET\\\"}\" \\",
         "  https://xray.cloud.getxray.app/api/v2/authenticate | tr -d '\"')",
         "curl -sf -H \"Authorization: Bearer $TOKEN\" -F file=@reports/junit.xml \\",
         f"  \"https://xray.cloud.getxray.app/api/v2/import/execution/junit?projectKey={r.choice(PROJECTS)[:3].upper()}\""]
    return "scripts/xray-import.sh", "shell", L, "xray", "client-id"


def ns_lockfile(r):
    L = ["{", f"  \"name\": \"{r.choice(PROJECTS)}\",", "  \"lockfileVersion\": 3,", "  \"requires\": true,", "  \"packages\": {"]
    for pkg, ver in r.sample([("@percy/cli", "1.28.7"), ("chromatic", "11.3.0"), ("@sentry/cli", "2.31.0"),
                              ("cypress", "13.8.1"), ("@currents/playwright", "1.3.1"), ("codecov", "3.8.3")], 3):
        L += [f"    \"node_modules/{pkg}\": {{", f"      \"version\": \"{ver}\",",
              f"      \"resolved\": \"https://registry.npmjs.org/{pkg}/-/{pkg.split('/')[-1]}-{ver}.tgz\",",
              f"      \"integrity\": \"sha512-{base64.b64encode(rbytes(r, 64)).decode()}\",", "      \"dev\": true", "    },"]
    L[-1] = "    }"
    L += ["  }", "}"]
    return "package-lock.json", "json", L, "npm", "integrity-digest"


def ns_bazelrc(r):
    L = ["common --enable_bzlmod", "build:remote --bes_backend=grpcs://remote.buildbuddy.io",
         "build:remote --remote_cache=grpcs://remote.buildbuddy.io",
         "build:remote --bes_results_url=https://app.buildbuddy.io/invocation/",
         "# Put your personal key in user.bazelrc (git-ignored):",
         "#   build:remote --remote_header=x-buildbuddy-api-key=<YOUR_BUILDBUDDY_API_KEY>",
         "try-import %workspace%/user.bazelrc", f"build --remote_instance_name={r.choice(ORGS)}/ci",
         f"build --host_platform=//platforms:linux_x86_64", "test --test_output=errors"]
    return ".bazelrc", "bazelrc", L, "buildbuddy", "placeholder"


def ns_kts_env(r):
    L = ["plugins {", "    id(\"com.gradle.develocity\") version \"3.18.1\"", "}", "", "develocity {",
         f"    server = \"https://develocity.{r.choice(ORGS)}.com\"",
         "    accessKey = providers.environmentVariable(\"DEVELOCITY_ACCESS_KEY\").orNull", "    buildScan {",
         "        publishing.onlyIf { System.getenv(\"CI\") != null }", "    }", "}", "",
         f"rootProject.name = \"{r.choice(PROJECTS)}\""]
    return "settings.gradle.kts", "gradle-kts", L, "develocity", "env-reference"


def ns_socket_public(r):
    L = ["# Socket CLI in CI", "", "Pull requests without access to org secrets fall back to Socket's documented",
         "public demo token, which only has read access to public package data:", "", "```yaml", "- run: npx socket scan create --json .",
         "  env:", "    SOCKET_SECURITY_API_KEY: ${{ secrets.SOCKET_SECURITY_API_KEY || 'sktsec_t_--RAN5U4ivauy4w37-6aoKyYPDt5ZbaT5JBVMqiwKo_api' }}",
         "```"]
    return "docs/socket.md", "markdown", L, "socket", "documented-public-token"


def ns_veracode_tmpl(r):
    L = ["# copy to ~/.veracode/credentials and fill in", "[default]", "veracode_api_key_id = <YOUR_API_KEY_ID>",
         "veracode_api_key_secret = <YOUR_API_KEY_SECRET>"]
    return pick(r, "ci/veracode/credentials.example", "docs/veracode-credentials.sample"), "ini", L, "veracode", "placeholder"


def ns_release_notes(r):
    L = ["# Changelog", "", f"## 2.{r.randint(0, 20)}.{r.randint(0, 9)}", "",
         f"- Fix flaky checkout spec ([Cypress run {r.randint(1000, 9000)}](https://cloud.cypress.io/projects/{rs(r, LOWER_ALNUM, 6)}/runs/{r.randint(1000, 9000)}))",
         f"- Visual baseline updated (Chromatic build [{r.randint(100, 2000)}](https://www.chromatic.com/build?appId={rhex(r, 24)}&number={r.randint(100, 2000)}))",
         f"- Build scan: https://ge.{r.choice(ORGS)}.com/s/{rs(r, LOWER_ALNUM, 13)}",
         f"- Sonar analysis {ruuid(r)} passed the quality gate", f"- Commit {sha1(r)}",
         f"- Coverage report digest sha256:{rhex(r, 64)}"]
    return "CHANGELOG.md", "markdown", L, "multiple", "build-ids-and-digests"


SPECIAL_NEG = [ns_readme_badges, ns_nx_readonly, ns_cypress_projectid, ns_sentry_public_dsn, ns_sops_env, ns_sealed,
               ns_travis_secure, ns_kms_blob, ns_jenkins_encrypted, ns_ci_log, ns_turbo, ns_turbo_config, ns_snyk_policy,
               ns_semgrep, ns_percy_yml, ns_deepsource, ns_sonar_nokey, ns_pinned_actions, ns_bs_local, ns_sauce_config,
               ns_firebase_web, ns_dd_rum, ns_fixtures, ns_uuid_ids, ns_xray_clientid, ns_lockfile, ns_bazelrc,
               ns_kts_env, ns_socket_public, ns_veracode_tmpl, ns_release_notes]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

N_POS = 500
N_NEG = 500


def _write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def _pad(L, path):
    """keep files within 5..80 lines"""
    if len(L) < 5:
        cm = "//" if path.endswith((".js", ".ts")) else "#"
        if path.endswith(".json"):
            return L
        if path.endswith((".yml", ".yaml")):
            return ["# keep in sync with docs/ci.md"] + L + ["", "# end"]
        L = [f"{cm} managed by the platform team"] + L + ["", f"{cm} end"]
    return L[:80]


def main(argv):
    if len(argv) != 3:
        print(__doc__.split("\n\n")[0])
        print("usage: python3 gen_bl.py OUTDIR SEED", file=sys.stderr)
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []
    needles = []

    # schedule: every (kind, specific renderer) pair once, every kind at least 5 times, rest random
    sched = [(k, sp) for k in KINDS for sp in k["spec"]]
    for k in KINDS:
        sched += [(k, None)] * max(0, 5 - len(k["spec"]))
    while len(sched) < N_POS:
        sched.append((r.choice(KINDS), None))
    sched = sched[:N_POS]
    r.shuffle(sched)
    styles = {}
    for i in range(N_POS):
        k, fsp = sched[i]
        c, secret, path, ft, L, style = make_positive(r, k, fsp)
        styles[style.split(":")[0]] = styles.get(style.split(":")[0], 0) + 1
        L = _pad(L, path)
        text = "\n".join(L) + "\n"
        rel = f"pos/p{i:04d}/{path}"
        pos = text.find(secret)
        if pos < 0:
            raise SystemExit(f"internal error: needle missing in {rel} ({k['provider']}/{k['kind']} via {style})")
        line = text.count("\n", 0, pos) + 1
        _write(outdir, rel, text)
        manifest.append({"file": rel, "label": "positive", "provider": k["provider"], "kind": k["kind"], "filetype": ft})
        secrets.append({"file": rel, "needle": secret, "line": line})
        needles.append(secret)

    for i in range(N_NEG):
        if r.random() < 0.5:
            k = r.choice(KINDS)
            c, path, ft, L, nk = neg_same_slot(r, k)
            prov = k["provider"]
        else:
            fn = SPECIAL_NEG[i % len(SPECIAL_NEG)] if r.random() < 0.7 else r.choice(SPECIAL_NEG)
            path, ft, L, prov, nk = fn(r)
        L = _pad(L, path)
        text = "\n".join(L) + "\n"
        rel = f"neg/n{i:04d}/{path}"
        _write(outdir, rel, text)
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": nk, "filetype": ft})

    with open(os.path.join(outdir, "manifest.jsonl"), "w") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    print("positive embedding styles:", styles)
    return self_check(outdir, manifest, secrets)


def self_check(outdir, manifest, secrets):
    ok = True
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        if s["line"] < 1 or s["line"] > len(lines) or s["needle"] not in lines[s["line"] - 1]:
            print("FAIL needle/line:", s["file"], s["line"])
            ok = False
    needles = [s["needle"] for s in secrets]
    if len(set(needles)) != len(needles):
        print("FAIL: duplicate needles")
        ok = False
    neg_texts = []
    nlines = []
    for m in manifest:
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as f:
            t = f.read()
        nlines.append(t.count("\n"))
        if m["label"] == "negative":
            neg_texts.append((m["file"], t))
    big = "\x00".join(t for _, t in neg_texts)
    for n in needles:
        if n in big:
            print("FAIL: positive needle found in a negative:", n[:20])
            ok = False
    if min(nlines) < 5 or max(nlines) > 80:
        print(f"WARN: line counts out of range: min={min(nlines)} max={max(nlines)}")
    from collections import Counter
    for lab in ("positive", "negative"):
        ms = [m for m in manifest if m["label"] == lab]
        print(f"== {lab}: {len(ms)} files")
        print("  providers:", len(Counter(m["provider"] for m in ms)), dict(Counter(m["provider"] for m in ms).most_common()))
        pk = Counter((m["provider"], m["kind"]) for m in ms)
        print("  provider/kind pairs:", len(pk))
        print("  kinds:", dict(Counter(m["kind"] for m in ms).most_common()))
        print("  filetypes:", len(Counter(m["filetype"] for m in ms)), dict(Counter(m["filetype"] for m in ms).most_common()))
    print("self-check:", "OK" if ok else "FAILED", f"(lines/file {min(nlines)}..{max(nlines)})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
