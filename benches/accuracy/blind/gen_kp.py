#!/usr/bin/env python3
"""gen_kp.py - blind evaluation set for secret scanners: Salesforce developer projects.

EMPHASIS
    Salesforce developer projects as they sit in a git repository:
    Salesforce DX (sfdx-project.json, SFDX auth URLs force://<clientId>:<clientSecret>:<refreshToken>@<host>
    as printed by `sf org auth show-sfdx-auth-url` / `sf org display --verbose --json`), the JWT bearer
    flow (server.key, consumer key), Connected App / Auth Provider metadata (<consumerSecret>), Named
    Credential XML (<password>, <oauthToken>, <oauthRefreshToken>, <awsAccessSecret>), Custom Metadata
    records (*.md-meta.xml) and Custom Setting data files holding third-party API keys, Apex classes,
    triggers and test classes calling third-party APIs (Stripe, SendGrid, Slack, Twilio, Google Maps,
    Mailchimp, GitHub, HubSpot, Shopify, AWS), LWC JavaScript, Visualforce, the Ant migration tool
    (build.properties / build.xml: sf.password = password + security token), Data Loader
    (process-conf.xml, config.properties: sfdc.password plain vs. encrypted), CumulusCI, GitHub
    Actions / GitLab / Azure / Jenkins pipelines using `sf org login`, Postman collections and
    environments, Node (jsforce), Python (simple-salesforce, requests), Java (WSC), Mule config.
    Providers: salesforce (most files), stripe, sendgrid, slack, twilio, google, mailchimp, github,
    hubspot, shopify, aws.
    File types: json, xml (*-meta.xml, build.xml, process-conf.xml), cls, trigger, page, js, py, java,
    properties, yml/yaml, sh, md, sql, csv, log, http, Jenkinsfile, env (positives only, < 1 in 20),
    key/pem, txt.

USAGE
    python3 -B gen_kp.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500) and OUTDIR/neg/nNNNN/<relpath> (500), one file per folder,
    OUTDIR/manifest.jsonl (one line per file: file, label, provider, kind, filetype, template) and
    OUTDIR/secrets.jsonl (one line per positive: file, needle, line). Deterministic per SEED: all
    randomness comes from one random.Random(SEED). Standard library only.

NEEDLE CONVENTIONS
    - The needle is the secret value exactly as written, without quotes, without the key name and
      without a scheme word in front of it ("Bearer ", "OAuth ", "token ").
    - SFDX auth URLs: the whole URL force://<clientId>:<clientSecret>:<refreshToken>@<host> (the URL as
      a whole is the credential; for the common PlatformCLI form the client secret is empty).
    - Slack incoming-webhook URLs: the whole https://hooks.slack.com/services/T.../B.../... URL.
    - URLs carrying a key as a query parameter (Google ...&key=AIza...): only the key value.
    - Password + security token: the concatenated string as written (password immediately followed by
      the 24/25-character token). Plain passwords: the password value.
    - Basic-auth pairs (Twilio SID:token): only the secret half (the auth token); the SID is public.
    - AWS key pairs (Named Credential awsAccessKey/awsAccessSecret): the 40-character secret key only.
    - Session ids / access tokens: the whole 00D...!... string.
    - Multi-line private keys (PEM): the "-----BEGIN ... PRIVATE KEY-----" line (without indentation);
      `line` is the line of that marker.
    - `line` is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    Half (250) re-use the positive templates with the secret slot holding something that is not a
    secret: placeholders (<your-key>, YOUR_API_KEY_HERE, changeme, xxxx..., REPLACE_ME), empty values,
    masked values (****, [REDACTED]), environment / secret-manager references (${VAR}, $VAR,
    {{ secrets.X }}, op://..., vault paths, {!$Credential.Password}), template expressions, the
    documented example values (the SFDX auth URL format string from the CLI help, the Salesforce REST
    docs' example client_secret 1955279925675241571, Stripe's documented test key) and values that the
    provider documents as public (Salesforce consumer keys 3MVG9..., Stripe publishable keys). A
    positive template that uses a .env file writes its negative to .env.example instead.
    The other half (250) are Salesforce look-alikes: consumer keys, org ids (00D...), 15/18-character
    record ids with valid case-checksum suffix, package version ids (04t...), subscriber package ids,
    Data Loader encrypted passwords next to an encryption key file, {!$Credential.*} and {!$Api.Session_ID}
    merge fields, callout:Named_Credential endpoints, `sf org display` output with masked tokens,
    public certificates, npm integrity hashes, Apex digests, bcrypt hashes, base64 images, Stripe
    object ids and publishable keys, reCAPTCHA site keys, Twilio account SIDs, metadata API versions,
    commit SHAs and UUIDs.

FORMATS CHECKED (search tool, corpora docs/pages; no scanner rules were read)
    - SFDX auth URL: CLI reference for `org login sfdx-url` / `auth:sfdxurl:store`:
      "force://<clientId>:<clientSecret>:<refreshToken>@<instanceUrl>", instance without protocol,
      found in the "sfdxAuthUrl" property of `sf org auth show-sfdx-auth-url --json` result.
    - `sf org display` prints "Access Token    [REDACTED] Use 'sf org auth show-access-token' to view"
      (Salesforce DX developer guide) - used for a negative.
    - Session id / access token "00D...!AR..." shape: glossary page shows "00D...!ARYAQK..."; the
      REST token response docs describe access_token as a session id.
    - Consumer key example 3MVG9lKcPoNINVBIPJjdw1J9LLM82HnFVVX19KY1uA5mu0QqEWhqKpoW3svG3XHrXDiCQjK1mdgAvhCscA9GE
      and client_secret 1955279925675241571 in the REST API refresh-token docs (used only as negatives).
    - Security token: 24-character case-sensitive alphanumeric string appended to the password
      (several tutorial pages; Salesforce help says password + token for API / Data Loader).
    - Data Loader: process-conf.xml <entry key="sfdc.password" value="..."/>, encrypt.bat -k / -e,
      process.encryptionKeyFile, sfdc.password and sfdc.proxyPassword must be encrypted in batch mode;
      debug message files may contain the session id.
    - NamedCredential metadata fields: endpoint, label, oauthRefreshToken, oauthToken, password,
      principalType (Anonymous/PerUser/NamedUser), protocol (NoAuthentication/Oauth/Password),
      username, awsAccessKey, awsAccessSecret, awsRegion, awsService (Metadata API reference and the
      jsforce schema). ConnectedAppOauthConfig: callbackUrl, certificate, consumerKey, consumerSecret,
      scopes (jsforce schema).

DOUBTS
    - Refresh token body: generated as "5Aep861" + 80 characters of [A-Za-z0-9._]; the prefix and the
      alphabet come from memory of real tokens, not from a documentation page.
    - Access token after the "!": generated as AQ/AR + one character + 94-101 characters of
      [A-Za-z0-9._]; the exact length is not documented.
    - Consumer secret: both the historical 19-digit decimal form (seen in docs) and a 64-character
      upper-case hex form (newer apps, from memory, not confirmed).
    - Consumer key body after 3MVG9: ~80 characters of [A-Za-z0-9._], by analogy with the docs example.
    - Record id layout (3-char key prefix, 2-char pod, zero padding, base62 counter) is an
      approximation; the 18-character case-checksum suffix follows the documented algorithm.
    - Third-party formats from general knowledge, not re-checked here: Stripe sk_live_/rk_live_, SendGrid
      SG.<22>.<43>, Slack xoxb- and hooks.slack.com/services/T/B/<24>, Twilio 32-hex auth token, Google
      AIza+35, Mailchimp 32-hex-usN, GitHub ghp_ 30 chars + 6-char base62 CRC32 (alphabet order 0-9A-Za-z
      assumed), HubSpot pat-na1-<uuid>, Shopify shpat_<32 hex>, AWS 40-char secret key.
    - Data Loader encrypted password shape (hex string) is from memory of the encrypt utility output.
    - Private keys are random DER bodies behind a correct ASN.1 prefix, so they look right but are not
      valid RSA keys.
"""
import base64
import json
import os
import random
import string
import sys
import textwrap
import zlib

R = None  # the single random.Random(SEED), set in main()

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
UPDIG = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
TOKCH = ALNUM + "._"
B64URL = ALNUM + "-_"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def ch(seq):
    return R.choice(seq)


def ri(a, b):
    return R.randint(a, b)


def fill(t, **kw):
    t = textwrap.dedent(t).lstrip("\n")
    for k, v in kw.items():
        t = t.replace("@@" + k + "@@", str(v))
    assert "@@" not in t, t[:300]
    return t


def indent(block, n):
    pad = " " * n
    return "\n".join(pad + l if l else l for l in block.split("\n"))


# ---------------------------------------------------------------- Salesforce ids and hosts
PODS = ["5g", "8c", "4x", "Hn", "Dn", "7Q", "2w", "1t", "3k", "Ak", "6A", "09", "Kj", "5e", "8Z", "Ql", "J0"]
COMPANIES = ["acme", "northwind", "contoso-energy", "globex", "initech", "umbrella-health", "bluejay",
             "harborline", "vandelay", "stark-ind", "pinecrest", "orbitra", "lumen-retail", "tidewater",
             "brightpath", "cobalt-ins", "fernhill", "kestrel"]
SANDBOXES = ["uat", "qa", "dev", "staging", "partial", "int", "hotfix", "train"]
FIRST = ["maria", "james", "li", "aisha", "tom", "sofia", "raj", "elena", "kenji", "olivia", "marek", "nora"]
LAST = ["garcia", "smith", "chen", "khan", "nguyen", "rossi", "patel", "kowalski", "okafor", "berg", "silva"]
ADJ = ["power", "speed", "agility", "data", "cunning", "energy", "momentum", "business", "ability", "page"]


def pod():
    return ch(PODS)


def sfid_ck(id15):
    suffix = ""
    for i in range(3):
        flags = 0
        for j in range(5):
            c = id15[i * 5 + j]
            if "A" <= c <= "Z":
                flags += 1 << j
        suffix += "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[flags]
    return id15 + suffix


def sfid(prefix, n18=True):
    base = prefix + pod() + "0000" + rs("0123456789", 2) + rs(ALNUM, 4)
    base = base[:15]
    return sfid_ck(base) if n18 else base


def org_id(n18=False):
    return sfid("00D", n18)


def company():
    return ch(COMPANIES)


def host(c=None):
    c = c or company()
    k = ri(0, 3)
    if k == 0:
        return c + ".my.salesforce.com"
    if k == 1:
        return "%s--%s.sandbox.my.salesforce.com" % (c, ch(SANDBOXES))
    if k == 2:
        return "%s-%s-%d-dev-ed.scratch.my.salesforce.com" % (ch(ADJ), ch(ADJ), ri(1000, 99999))
    return "%s-dev-ed.develop.my.salesforce.com" % c


def user(c=None):
    c = c or company()
    k = ri(0, 2)
    if k == 0:
        return "%s.%s@%s.com" % (ch(FIRST), ch(LAST), c)
    if k == 1:
        return "ci-integration@%s.com.%s" % (c, ch(SANDBOXES))
    return "devhub.admin@%s.com" % c


def api_version():
    return "%d.0" % ri(55, 62)


def alias():
    return ch(["devhub", "uat", "qa-org", "prod", "my-scratch", "ci", "integration", "staging"])


# ---------------------------------------------------------------- secrets
def refresh_token():
    return "5Aep861" + rs(TOKCH, 80)


def access_token():
    return org_id() + "!" + ch(["AQ", "AR"]) + ch(UPDIG) + "AQ" + rs(TOKCH, ri(94, 101))


def auth_url(client="PlatformCLI", secret=""):
    return "force://%s:%s:%s@%s" % (client, secret, refresh_token(), host())


def consumer_key():
    return "3MVG9" + rs(TOKCH, 80)


def consumer_secret():
    if ri(0, 1):
        return str(ri(1, 9)) + rs("0123456789", 18)
    return rs("0123456789ABCDEF", 64)


def sec_token():
    return rs(ALNUM, ch([24, 24, 24, 25]))


WORDS = ["Summer", "Winter", "Autumn", "Spring", "Falcon", "Harbor", "Maple", "Orion", "Copper", "Tiger",
         "Cedar", "Nimbus", "Quartz", "Pepper", "Rocket", "Willow"]


def password():
    k = ri(0, 2)
    if k == 0:
        return ch(WORDS) + str(ri(2019, 2026)) + ch("!#%*-_+=.") + rs(ALNUM, ri(2, 4))
    if k == 1:
        return rs(ALNUM, ri(3, 5)) + ch("!#%*") + rs(ALNUM, ri(6, 10)) + ch("!#%*-_") + rs(string.digits, 2)
    return ch(WORDS).lower() + ch(WORDS) + ch("!#%") + str(ri(10, 999))


def pw_token():
    return password() + sec_token()


def pem_key():
    if ri(0, 1):
        der = bytes.fromhex("308204a40201000282010100") + bytes(R.getrandbits(8) for _ in range(1180))
        label = "RSA PRIVATE KEY"
    else:
        der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
        der += bytes(R.getrandbits(8) for _ in range(1180))
        label = "PRIVATE KEY"
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def stripe_sk():
    k = ri(0, 2)
    if k == 0:
        return "sk_live_" + rs(ALNUM, 24)
    if k == 1:
        return "sk_live_51" + rs(ALNUM, 97)
    return "rk_live_51" + rs(ALNUM, 97)


def sendgrid():
    return "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43)


def slack_bot():
    return "xoxb-%d-%d-%s" % (ri(10 ** 10, 10 ** 12), ri(10 ** 11, 10 ** 13), rs(ALNUM, 24))


def slack_hook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UPDIG, ch([8, 10])), rs(UPDIG, ch([9, 10])), rs(ALNUM, 24))


def twilio_token():
    return rs(HEX, 32)


def twilio_sid():
    return "AC" + rs(HEX, 32)


def google_key():
    return "AIza" + rs(B64URL, 35)


def mailchimp():
    return rs(HEX, 32) + "-us" + str(ri(1, 21))


def b62enc(n):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(6, "0")


def github_pat():
    body = rs(ALNUM, 30)
    return "ghp_" + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def hubspot_pat():
    return "pat-%s-%s-%s-%s-%s-%s" % (ch(["na1", "eu1", "na2"]), rs(HEX, 8), rs(HEX, 4), rs(HEX, 4), rs(HEX, 4), rs(HEX, 12))


def shopify_tok():
    return "shpat_" + rs(HEX, 32)


def aws_secret():
    return rs(ALNUM + "+/", 40)


def aws_akid():
    return "AKIA" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def google_client_secret():
    return "GOCSPX-" + rs(B64URL, 28)


def uuid4():
    h = rs(HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab"), h[17:20], h[20:32])


def public_key_block():
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
    der += bytes(R.getrandbits(8) for _ in range(256)) + bytes.fromhex("0203010001")
    b = base64.b64encode(der).decode()
    return "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % "\n".join(b[i:i + 64] for i in range(0, len(b), 64))


# ---------------------------------------------------------------- negative substitutes for template slots
SUB_COMMON = ["YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME", "", "****************",
              "[REDACTED]", "TODO", "dummy-value", "XXXXXXXX"]
SUB_ANGLE = ["<your-key>", "<redacted>", "<secret>", "<paste-value-here>"]
SUB_ENV = ["${SF_SECRET}", "$SF_SECRET", "${{ secrets.SF_SECRET }}", "op://ci-vault/salesforce/credential",
           "vault:secret/data/salesforce#token", "%SF_SECRET%", "{{ sf_secret }}", "${env:SF_SECRET}"]
SUB_KIND = {
    "authurl": ["force://<clientId>:<clientSecret>:<refreshToken>@<instanceUrl>",
                "force://PlatformCLI::<refresh_token>@<my-domain>.my.salesforce.com"],
    "consumer_secret": ["1955279925675241571"],
    "stripe": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "pk_live_PUBLISHABLE_KEY_ONLY", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"],
    "slackhook": ["https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
                  "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
    "session": ["SESSION_ID_REMOVED", "00Dxx0000000000!<session-id>"],
    "google": ["AIzaSy...your-browser-key", "YOUR_GOOGLE_MAPS_KEY"],
    "github": ["ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<github-token>"],
}


def neg_sub(lang, fam):
    if lang == "pem":
        k = ri(0, 2)
        if k == 0:
            return public_key_block()
        if k == 1:
            return "-----BEGIN PRIVATE KEY-----\n<contents of server.key, injected by CI>\n-----END PRIVATE KEY-----"
        return "# the private key is decrypted from server.key.enc at build time"
    pool = list(SUB_COMMON)
    if lang not in ("xml", "apex"):
        pool += SUB_ANGLE
    if lang in ("conf",):
        pool += SUB_ENV
    if lang == "xml":
        pool += ["${SF_SECRET}", "{!$Credential.Password}"]
    if lang == "apex":
        pool += ["{!$Credential.Password}", "{!$Credential.OAuthToken}"]
    extra = [x for x in SUB_KIND.get(fam, []) if not (lang in ("xml", "apex") and "<" in x)]
    if extra and ri(0, 2) == 0:
        return ch(extra)
    return ch(pool)


POS = []


def tpl(provider, kind, secret, lang="conf", fam=""):
    def deco(fn):
        POS.append(dict(name=fn.__name__, provider=provider, kind=kind, secret=secret, lang=lang, fam=fam, fn=fn))
        return fn
    return deco


def needle_of(v):
    if v.startswith("-----BEGIN"):
        return v.split("\n")[0]
    return v


# ================================================================ positive templates: SFDX auth URLs
@tpl("salesforce", "sfdx-auth-url", auth_url, fam="authurl")
def sfdx_authfile_json(v, neg):
    o = org_id(True)
    d = {"status": 0, "result": {"id": o, "apiVersion": api_version(), "accessToken": "[REDACTED]",
         "instanceUrl": "https://" + host(), "username": user(), "clientId": "PlatformCLI",
         "connectedStatus": "Connected", "sfdxAuthUrl": v, "alias": alias()}, "warnings": []}
    return ch(["auth/devhub-auth.json", "config/ci/authFile.json", ".ci/sfdx-auth.json"]), json.dumps(d, indent=2) + "\n"


@tpl("salesforce", "sfdx-auth-url", auth_url, fam="authurl")
def gha_echo_authurl(v, neg):
    t = """
    name: Validate PR
    on:
      pull_request:
        branches: [main, develop]
    jobs:
      validate:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-node@v4
            with:
              node-version: 20
          - name: Install Salesforce CLI
            run: npm install --global @salesforce/cli
          - name: Authenticate org
            run: |
              echo "@@V@@" > ./authfile.txt
              sf org login sfdx-url --sfdx-url-file ./authfile.txt --alias @@A@@ --set-default
              rm ./authfile.txt
          - name: Validate deployment
            run: sf project deploy validate --source-dir force-app --test-level RunLocalTests --wait 60
    """
    return ".github/workflows/validate-pr.yml", fill(t, V=v, A=alias())


@tpl("salesforce", "sfdx-auth-url", auth_url, fam="authurl")
def jenkins_authurl(v, neg):
    t = """
    pipeline {
        agent { docker { image 'salesforce/cli:latest-full' } }
        environment {
            SF_DISABLE_TELEMETRY = 'true'
            ORG_AUTH = '@@V@@'
        }
        stages {
            stage('Auth') {
                steps {
                    sh 'echo "$ORG_AUTH" | sf org login sfdx-url --sfdx-url-stdin --alias @@A@@'
                }
            }
            stage('Deploy') {
                steps {
                    sh 'sf project deploy start --target-org @@A@@ --manifest manifest/package.xml --wait 30'
                }
            }
        }
        post { always { sh 'sf org logout --target-org @@A@@ --no-prompt || true' } }
    }
    """
    return "Jenkinsfile", fill(t, V=v, A=alias())


@tpl("salesforce", "sfdx-auth-url", auth_url, fam="authurl")
def sh_login_stdin(v, neg):
    t = """
    #!/usr/bin/env bash
    # Log the build agent into the QA sandbox and run the Apex tests.
    set -euo pipefail

    ALIAS="${1:-@@A@@}"
    API_VERSION="@@API@@"

    sf org login sfdx-url --alias "$ALIAS" --sfdx-url-stdin <<< "@@V@@"

    sf config set org-api-version="$API_VERSION" --global
    sf apex run test --target-org "$ALIAS" --test-level RunLocalTests --code-coverage --result-format human --wait 20
    """
    return ch(["scripts/ci/login.sh", "bin/run-tests.sh", "scripts/auth-qa.sh"]), fill(t, V=v, A=alias(), API=api_version())


@tpl("salesforce", "sfdx-auth-url", auth_url, fam="authurl")
def gitlab_authurl(v, neg):
    t = """
    image: node:20

    variables:
      SF_AUTOUPDATE_DISABLE: "true"
      SF_AUTH_URL_UAT: "@@V@@"

    stages: [validate, deploy]

    before_script:
      - npm install --global @salesforce/cli
      - echo "$SF_AUTH_URL_UAT" > auth.txt
      - sf org login sfdx-url --sfdx-url-file auth.txt --alias uat

    validate:
      stage: validate
      script:
        - sf project deploy validate --target-org uat --source-dir force-app --test-level RunLocalTests
      only: [merge_requests]

    deploy_uat:
      stage: deploy
      script:
        - sf project deploy start --target-org uat --source-dir force-app --wait 45
      only: [develop]
    """
    return ".gitlab-ci.yml", fill(t, V=v)


@tpl("salesforce", "sfdx-auth-url", auth_url, fam="authurl")
def azure_authurl(v, neg):
    t = """
    trigger:
      branches:
        include: [release/*]

    pool:
      vmImage: ubuntu-latest

    variables:
      - name: orgAlias
        value: @@A@@
      - name: sfdxUrl
        value: @@V@@

    steps:
      - task: NodeTool@0
        inputs:
          versionSpec: '20.x'
      - script: npm install --global @salesforce/cli
        displayName: Install sf
      - script: |
          echo $(sfdxUrl) > sfdx_url.txt
          sf org login sfdx-url --sfdx-url-file sfdx_url.txt --alias $(orgAlias)
        displayName: Authorize
      - script: sf project deploy start --target-org $(orgAlias) --manifest manifest/package.xml --test-level RunLocalTests
        displayName: Deploy
    """
    return "azure-pipelines.yml", fill(t, V=v, A=alias())


@tpl("salesforce", "sfdx-auth-url", auth_url, fam="authurl")
def md_authurl(v, neg):
    t = """
    # CI setup

    The pipeline logs into the Dev Hub with an SFDX auth URL. The current value for the shared
    Dev Hub (owner: @@U@@) is:

    ```
    @@V@@
    ```

    Store it in a file and run:

    ```bash
    sf org login sfdx-url --sfdx-url-file devhub.txt --set-default-dev-hub --alias devhub
    ```

    Scratch orgs are created from `config/project-scratch-def.json` and live for 7 days.
    """
    return ch(["docs/ci-setup.md", "CONTRIBUTING.md", "docs/onboarding.md"]), fill(t, V=v, U=user())


@tpl("salesforce", "sfdx-auth-url", auth_url, fam="authurl")
def cci_gha_authurl(v, neg):
    t = """
    name: Feature Test
    on: [push]
    env:
      CUMULUSCI_KEYCHAIN_CLASS: cumulusci.core.keychain.EnvironmentProjectKeychain
      DEV_HUB_AUTH_URL: '@@V@@'
    jobs:
      feature:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: '3.11'
          - run: pip install cumulusci
          - run: npm install --global @salesforce/cli
          - name: Authenticate Dev Hub
            run: |
              echo "$DEV_HUB_AUTH_URL" > ./dev_hub_auth.txt
              sf org login sfdx-url --sfdx-url-file ./dev_hub_auth.txt --set-default-dev-hub
          - run: cci flow run ci_feature --org dev --delete-org
    """
    return ".github/workflows/feature_test.yml", fill(t, V=v)


@tpl("salesforce", "sfdx-auth-url", auth_url, fam="authurl")
def env_authurl(v, neg):
    t = """
    # local tooling
    SF_TARGET_ORG=@@A@@
    SFDX_AUTH_URL=@@V@@
    SF_LOG_LEVEL=warn
    """
    return (".env.example" if neg else ch([".env", ".env.local"])), fill(t, V=v, A=alias())


# ================================================================ refresh tokens
@tpl("salesforce", "refresh-token", refresh_token, lang="code")
def py_refresh(v, neg):
    t = """
    import requests

    TOKEN_URL = "https://login.salesforce.com/services/oauth2/token"
    CLIENT_ID = "@@CK@@"


    def new_access_token():
        resp = requests.post(TOKEN_URL, data={
            "grant_type": "refresh_token",
            "client_id": CLIENT_ID,
            "refresh_token": "@@V@@",
        }, timeout=30)
        resp.raise_for_status()
        body = resp.json()
        return body["access_token"], body["instance_url"]


    if __name__ == "__main__":
        token, instance = new_access_token()
        print("connected to", instance)
    """
    return ch(["tools/sf_token.py", "scripts/refresh_session.py"]), fill(t, V=v, CK=consumer_key())


@tpl("salesforce", "refresh-token", refresh_token, lang="xml")
def nc_refresh(v, neg):
    t = """
    <?xml version="1.0" encoding="UTF-8"?>
    <NamedCredential xmlns="http://soap.sforce.com/2006/04/metadata">
        <allowMergeFieldsInBody>false</allowMergeFieldsInBody>
        <allowMergeFieldsInHeader>false</allowMergeFieldsInHeader>
        <authProvider>@@N@@_Auth</authProvider>
        <endpoint>https://@@H@@</endpoint>
        <generateAuthorizationHeader>true</generateAuthorizationHeader>
        <label>@@N@@ Org</label>
        <oauthRefreshToken>@@V@@</oauthRefreshToken>
        <oauthScope>api refresh_token</oauthScope>
        <principalType>NamedUser</principalType>
        <protocol>Oauth</protocol>
    </NamedCredential>
    """
    n = ch(["Partner_Org", "Legacy_CRM", "Service_Hub", "Billing_Org"])
    return "force-app/main/default/namedCredentials/%s.namedCredential-meta.xml" % n, fill(t, V=v, N=n, H=host())


@tpl("salesforce", "refresh-token", refresh_token, fam="token")
def postman_env_refresh(v, neg):
    d = {"id": uuid4(), "name": "Salesforce - " + ch(["UAT", "Dev", "Partial"]), "values": [
        {"key": "url", "value": "https://" + host(), "enabled": True},
        {"key": "version", "value": api_version(), "enabled": True},
        {"key": "clientId", "value": consumer_key(), "enabled": True},
        {"key": "refreshToken", "value": v, "enabled": True},
        {"key": "_accessToken", "value": "", "enabled": True}],
        "_postman_variable_scope": "environment"}
    return "postman/salesforce-uat.postman_environment.json", json.dumps(d, indent=2) + "\n"


@tpl("salesforce", "refresh-token", refresh_token, lang="code")
def jsforce_refresh(v, neg):
    t = """
    const jsforce = require('jsforce');

    const oauth2 = new jsforce.OAuth2({
      loginUrl: 'https://login.salesforce.com',
      clientId: '@@CK@@',
      redirectUri: 'http://localhost:3000/oauth2/callback'
    });

    const conn = new jsforce.Connection({
      oauth2,
      instanceUrl: 'https://@@H@@',
      refreshToken: '@@V@@'
    });

    conn.on('refresh', (accessToken) => console.log('session refreshed'));

    module.exports = async function topAccounts() {
      const res = await conn.query('SELECT Id, Name, AnnualRevenue FROM Account ORDER BY AnnualRevenue DESC LIMIT 10');
      return res.records;
    };
    """
    return ch(["server/lib/salesforce.js", "src/sf/connection.js"]), fill(t, V=v, CK=consumer_key(), H=host())


# ================================================================ session ids / access tokens
@tpl("salesforce", "session-id", access_token, lang="code", fam="session")
def jsforce_session(v, neg):
    t = """
    import jsforce from 'jsforce';

    // quick one-off export of open cases
    const conn = new jsforce.Connection({
      instanceUrl: 'https://@@H@@',
      accessToken: '@@V@@',
      version: '@@API@@'
    });

    const rows = await conn.sobject('Case').find({ IsClosed: false }, ['Id', 'CaseNumber', 'Subject']).limit(500);
    console.log(JSON.stringify(rows, null, 2));
    """
    return "scripts/export-cases.mjs", fill(t, V=v, H=host(), API=api_version())


@tpl("salesforce", "session-id", access_token, fam="session")
def curl_bearer(v, neg):
    t = """
    #!/bin/sh
    # query record counts through the REST API
    INSTANCE=https://@@H@@
    for obj in Account Contact Opportunity Case; do
      curl -s "$INSTANCE/services/data/v@@API@@/query?q=SELECT+COUNT()+FROM+$obj" \\
        -H "Authorization: Bearer @@V@@" \\
        -H "Accept: application/json" | jq -r ".totalSize"
    done
    """
    return ch(["scripts/counts.sh", "tools/query.sh"]), fill(t, V=v, H=host(), API=api_version())


@tpl("salesforce", "session-id", access_token, fam="session")
def postman_bearer(v, neg):
    d = {"info": {"_postman_id": uuid4(), "name": "Salesforce REST - " + company(),
                  "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "auth": {"type": "bearer", "bearer": [{"key": "token", "value": v, "type": "string"}]},
         "item": [{"name": "Describe Account", "request": {"method": "GET", "header": [],
                   "url": {"raw": "https://%s/services/data/v%s/sobjects/Account/describe" % (host(), api_version())}}},
                  {"name": "Limits", "request": {"method": "GET", "header": [],
                   "url": {"raw": "{{_endpoint}}/services/data/v%s/limits" % api_version()}}}]}
    return "postman/Salesforce-REST.postman_collection.json", json.dumps(d, indent=2) + "\n"


@tpl("salesforce", "session-id", access_token, lang="code", fam="session")
def py_simple_sf_session(v, neg):
    t = """
    from simple_salesforce import Salesforce
    import csv

    sf = Salesforce(instance_url="https://@@H@@", session_id="@@V@@")

    records = sf.query_all("SELECT Id, Email, LastModifiedDate FROM Contact WHERE HasOptedOutOfEmail = false")["records"]
    with open("contacts.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Id", "Email", "LastModifiedDate"])
        for r in records:
            w.writerow([r["Id"], r["Email"], r["LastModifiedDate"]])
    """
    return ch(["etl/export_contacts.py", "notebooks/contacts_export.py"]), fill(t, V=v, H=host())


@tpl("salesforce", "session-id", access_token, lang="apex", fam="session")
def apex_crossorg(v, neg):
    t = """
    public with sharing class CrossOrgSync {
        private static final String TARGET = 'https://@@H@@/services/data/v@@API@@/sobjects/Account/';

        public static HttpResponse pushAccount(Account a) {
            HttpRequest req = new HttpRequest();
            req.setEndpoint(TARGET);
            req.setMethod('POST');
            req.setHeader('Authorization', 'OAuth @@V@@');
            req.setHeader('Content-Type', 'application/json');
            req.setBody(JSON.serialize(new Map<String, Object>{ 'Name' => a.Name, 'Legacy_Id__c' => a.Id }));
            return new Http().send(req);
        }
    }
    """
    return "force-app/main/default/classes/CrossOrgSync.cls", fill(t, V=v, H=host(), API=api_version())


@tpl("salesforce", "session-id", access_token, fam="session")
def dataloader_debug_log(v, neg):
    o = org_id()
    t = """
    2024-@@M@@-14 02:00:03,118 INFO  [accountInsert] controller.Controller initLog (Controller.java:396) - Initializing Data Loader
    2024-@@M@@-14 02:00:04,902 INFO  [accountInsert] client.PartnerClient connectImpl (PartnerClient.java:214) - Beginning Partner Salesforce login ....
    2024-@@M@@-14 02:00:05,377 DEBUG [accountInsert] client.PartnerClient loginInternal - LoginResult: userId=@@UID@@ organizationId=@@O@@
    <soapenv:Header><SessionHeader><sessionId>@@V@@</sessionId></SessionHeader></soapenv:Header>
    2024-@@M@@-14 02:00:06,010 INFO  [accountInsert] dao.csv.CSVFileReader open - Opened file accounts.csv, 1240 rows
    2024-@@M@@-14 02:00:11,552 INFO  [accountInsert] action.progress.NihilistProgressAdapter doneSuccess - The operation has fully completed. There were 1240 successful inserts and 0 errors.
    """
    return "dataloader/logs/accountInsertSoapTrace.log", fill(t, V=v, O=o, UID=sfid("005"), M="%02d" % ri(1, 12))


@tpl("salesforce", "session-id", access_token, fam="session")
def http_file_session(v, neg):
    t = """
    @instance = https://@@H@@
    @version = v@@API@@

    ### Recently viewed
    GET {{instance}}/services/data/{{version}}/recent
    Authorization: Bearer @@V@@
    Accept: application/json

    ### Describe Opportunity
    GET {{instance}}/services/data/{{version}}/sobjects/Opportunity/describe
    Authorization: Bearer {{token}}
    """
    return ch(["requests/salesforce.http", "api/sf-rest.http"]), fill(t, V=v, H=host(), API=api_version())


@tpl("salesforce", "session-id", access_token, lang="code", fam="session")
def java_wsc_session(v, neg):
    t = """
    package com.@@C@@.integration;

    import com.sforce.soap.partner.Connector;
    import com.sforce.soap.partner.PartnerConnection;
    import com.sforce.ws.ConnectionException;
    import com.sforce.ws.ConnectorConfig;

    public class SfClient {
        public static PartnerConnection connect() throws ConnectionException {
            ConnectorConfig config = new ConnectorConfig();
            config.setServiceEndpoint("https://@@H@@/services/Soap/u/@@API@@");
            config.setSessionId("@@V@@");
            config.setCompression(true);
            return Connector.newConnection(config);
        }
    }
    """
    c = company().split("-")[0]
    return "src/main/java/com/%s/integration/SfClient.java" % c, fill(t, V=v, C=c, H=host(), API=api_version())


# ================================================================ passwords (+ security token)
@tpl("salesforce", "password-with-security-token", pw_token)
def ant_build_properties(v, neg):
    t = """
    # build.properties - Ant Migration Tool
    # Specify the login credentials for the desired Salesforce organization
    sf.username = @@U@@
    # password with the security token appended
    sf.password = @@V@@
    #sf.sessionId = <Insert your Salesforce session id here.  Use this or username/password above.  Cannot use both>
    sf.serverurl = https://@@L@@.salesforce.com
    sf.maxPoll = 20
    sf.pollWaitMillis = 10000
    """
    return ch(["build.properties", "deploy/build.properties"]), fill(t, V=v, U=user(), L=ch(["login", "test"]))


@tpl("salesforce", "password-with-security-token", pw_token, lang="xml")
def ant_build_xml(v, neg):
    t = """
    <project name="@@C@@ deploy" default="deployCode" basedir="." xmlns:sf="antlib:com.salesforce">
        <taskdef resource="com/salesforce/antlib.xml" uri="antlib:com.salesforce">
            <classpath><pathelement location="lib/ant-salesforce.jar"/></classpath>
        </taskdef>
        <property name="sf.serverurl" value="https://login.salesforce.com"/>
        <target name="deployCode">
            <sf:deploy username="@@U@@" password="@@V@@" serverurl="${sf.serverurl}"
                       maxPoll="100" deployRoot="src" testLevel="RunLocalTests" rollbackOnError="true"/>
        </target>
        <target name="retrieveUnpackaged">
            <mkdir dir="retrieveUnpackaged"/>
            <sf:retrieve username="${sf.username}" password="${sf.password}" serverurl="${sf.serverurl}"
                         retrieveTarget="retrieveUnpackaged" unpackaged="unpackaged/package.xml"/>
        </target>
    </project>
    """
    return "build.xml", fill(t, V=v, U=user(), C=company())


@tpl("salesforce", "password-with-security-token", pw_token, lang="code")
def java_login_pw(v, neg):
    t = """
    package com.@@C@@.sync;

    import com.sforce.soap.enterprise.Connector;
    import com.sforce.soap.enterprise.EnterpriseConnection;
    import com.sforce.ws.ConnectorConfig;

    public final class Login {
        private Login() {}

        public static EnterpriseConnection open() throws Exception {
            ConnectorConfig cfg = new ConnectorConfig();
            cfg.setUsername("@@U@@");
            cfg.setPassword("@@V@@");
            cfg.setAuthEndpoint("https://login.salesforce.com/services/Soap/c/@@API@@");
            return Connector.newConnection(cfg);
        }
    }
    """
    c = company().split("-")[0]
    return "src/main/java/com/%s/sync/Login.java" % c, fill(t, V=v, C=c, U=user(), API=api_version())


@tpl("salesforce", "password-with-security-token", pw_token, lang="code")
def jsforce_login_positional(v, neg):
    t = """
    'use strict';
    const jsforce = require('jsforce');

    async function main() {
      const conn = new jsforce.Connection({ loginUrl: 'https://test.salesforce.com' });
      await conn.login('@@U@@', '@@V@@');
      const { records } = await conn.query("SELECT Id, Name FROM Opportunity WHERE StageName = 'Closed Won' AND CloseDate = THIS_MONTH");
      records.forEach((r) => console.log(r.Id, r.Name));
    }

    main().catch((err) => { console.error(err); process.exit(1); });
    """
    return ch(["scripts/won-this-month.js", "tools/report.js"]), fill(t, V=v, U=user())


@tpl("salesforce", "password-with-security-token", pw_token)
def mule_config(v, neg):
    t = """
    http:
      port: "8081"
    salesforce:
      url: "https://login.salesforce.com/services/Soap/u/@@API@@"
      username: "@@U@@"
      # security token appended
      password: "@@V@@"
      readTimeout: "60"
    erp:
      host: "erp.internal.@@C@@.com"
      port: "443"
    """
    return "src/main/resources/config-dev.yaml", fill(t, V=v, U=user(), API=api_version(), C=company())


@tpl("salesforce", "password-with-security-token", pw_token)
def sql_integration_cfg(v, neg):
    t = """
    -- seed integration endpoints for the staging warehouse
    INSERT INTO integration_config (system_name, endpoint, api_user, api_secret, enabled)
    VALUES ('salesforce', 'https://login.salesforce.com', '@@U@@', '@@V@@', TRUE);

    INSERT INTO integration_config (system_name, endpoint, api_user, api_secret, enabled)
    VALUES ('netsuite', 'https://@@N@@.suitetalk.api.netsuite.com', NULL, NULL, FALSE);
    """
    return ch(["db/seed/002_integrations.sql", "warehouse/seed_integrations.sql"]), fill(t, V=v, U=user(), N=ri(1000000, 9999999))


@tpl("salesforce", "password-with-security-token", pw_token)
def postman_password_grant(v, neg):
    d = {"info": {"_postman_id": uuid4(), "name": "SF Auth",
                  "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [{"name": "Password grant", "request": {"method": "POST", "header": [],
                   "body": {"mode": "urlencoded", "urlencoded": [
                       {"key": "grant_type", "value": "password", "type": "text"},
                       {"key": "client_id", "value": consumer_key(), "type": "text"},
                       {"key": "client_secret", "value": "{{clientSecret}}", "type": "text"},
                       {"key": "username", "value": user(), "type": "text"},
                       {"key": "password", "value": v, "type": "text"}]},
                   "url": {"raw": "https://login.salesforce.com/services/oauth2/token"}}}]}
    return "postman/SF-Auth.postman_collection.json", json.dumps(d, indent=2) + "\n"


@tpl("salesforce", "password-with-security-token", pw_token)
def md_readme_pw(v, neg):
    t = """
    ## Integration user

    | setting   | value |
    |-----------|-------|
    | username  | `@@U@@` |
    | password  | `@@V@@` |
    | profile   | Integration API Only |
    | login url | https://test.salesforce.com |

    The password above already has the security token appended, paste it as-is into Data Loader.
    """
    return ch(["docs/integration-user.md", "README.md"]), fill(t, V=v, U=user())


@tpl("salesforce", "password-with-security-token", pw_token)
def env_pw(v, neg):
    t = """
    SF_USERNAME=@@U@@
    SF_PASSWORD=@@V@@
    SF_LOGIN_URL=https://test.salesforce.com
    """
    return (".env.sample" if neg else ".env"), fill(t, V=v, U=user())


@tpl("salesforce", "security-token", sec_token, lang="code")
def py_simple_sf_token(v, neg):
    t = """
    import os
    from simple_salesforce import Salesforce

    sf = Salesforce(
        username="@@U@@",
        password=os.environ["SF_PASSWORD"],
        security_token="@@V@@",
        domain="test",
    )

    for row in sf.query("SELECT Id, Name FROM User WHERE IsActive = true LIMIT 20")["records"]:
        print(row["Id"], row["Name"])
    """
    return ch(["scripts/list_users.py", "tools/active_users.py"]), fill(t, V=v, U=user())


@tpl("salesforce", "dataloader-plain-password", pw_token, lang="xml")
def dl_process_conf_plain(v, neg):
    t = """
    <!DOCTYPE beans PUBLIC "-//SPRING//DTD BEAN//EN" "http://www.springframework.org/dtd/spring-beans.dtd">
    <beans>
        <bean id="@@B@@" class="com.salesforce.dataloader.process.ProcessRunner" scope="prototype">
            <description>@@B@@ job upserts contacts from the nightly ERP extract.</description>
            <property name="name" value="@@B@@"/>
            <property name="configOverrideMap">
                <map>
                    <entry key="sfdc.debugMessages" value="false"/>
                    <entry key="sfdc.endpoint" value="https://login.salesforce.com"/>
                    <entry key="sfdc.username" value="@@U@@"/>
                    <entry key="sfdc.password" value="@@V@@"/>
                    <entry key="sfdc.timeoutSecs" value="600"/>
                    <entry key="sfdc.loadBatchSize" value="200"/>
                    <entry key="sfdc.entity" value="Contact"/>
                    <entry key="sfdc.externalIdField" value="ERP_Id__c"/>
                    <entry key="process.operation" value="upsert"/>
                    <entry key="process.mappingFile" value="C:\\dataloader\\conf\\contactMap.sdl"/>
                    <entry key="dataAccess.name" value="C:\\dataloader\\data\\contacts.csv"/>
                    <entry key="dataAccess.type" value="csvRead"/>
                </map>
            </property>
        </bean>
    </beans>
    """
    return ch(["dataloader/conf/process-conf.xml", "etl/process-conf.xml"]), fill(t, V=v, U=user(), B=ch(["contactUpsert", "nightlyContacts"]))


@tpl("salesforce", "dataloader-plain-password", password)
def dl_config_properties(v, neg):
    t = """
    # Data Loader batch defaults
    sfdc.endpoint=https://test.salesforce.com
    sfdc.username=@@U@@
    sfdc.password=@@V@@
    sfdc.useBulkApi=true
    sfdc.bulkApiSerialMode=false
    sfdc.loadBatchSize=2000
    dataAccess.readUTF8=true
    dataAccess.writeUTF8=true
    process.enableLastRunOutput=true
    """
    return ch(["dataloader/conf/config.properties", "conf/config.properties"]), fill(t, V=v, U=user())


@tpl("salesforce", "password", password, lang="xml")
def nc_password(v, neg):
    t = """
    <?xml version="1.0" encoding="UTF-8"?>
    <NamedCredential xmlns="http://soap.sforce.com/2006/04/metadata">
        <allowMergeFieldsInBody>false</allowMergeFieldsInBody>
        <allowMergeFieldsInHeader>false</allowMergeFieldsInHeader>
        <endpoint>https://@@E@@</endpoint>
        <generateAuthorizationHeader>true</generateAuthorizationHeader>
        <label>@@N@@</label>
        <password>@@V@@</password>
        <principalType>NamedUser</principalType>
        <protocol>Password</protocol>
        <username>@@SU@@</username>
    </NamedCredential>
    """
    n = ch(["ERP_Basic", "SAP_Gateway", "Warehouse_API", "Legacy_Billing"])
    e = ch(["erp.", "api.", "gateway."]) + company() + ".com/sap/opu/odata"
    return "force-app/main/default/namedCredentials/%s.namedCredential-meta.xml" % n, fill(t, V=v, N=n, E=e, SU=ch(["SF_INTEGRATION", "svc_salesforce", "RFC_USER"]))


# ================================================================ consumer / client secrets
@tpl("salesforce", "consumer-secret", consumer_secret, lang="xml", fam="consumer_secret")
def connected_app_xml(v, neg):
    t = """
    <?xml version="1.0" encoding="UTF-8"?>
    <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
        <contactEmail>@@EM@@</contactEmail>
        <label>@@N@@</label>
        <oauthConfig>
            <callbackUrl>https://app.@@C@@.com/oauth/callback</callbackUrl>
            <consumerKey>@@CK@@</consumerKey>
            <consumerSecret>@@V@@</consumerSecret>
            <isAdminApproved>true</isAdminApproved>
            <isConsumerSecretOptional>false</isConsumerSecretOptional>
            <scopes>Api</scopes>
            <scopes>RefreshToken</scopes>
        </oauthConfig>
        <oauthPolicy>
            <ipRelaxation>ENFORCE</ipRelaxation>
            <refreshTokenPolicy>infinite</refreshTokenPolicy>
        </oauthPolicy>
    </ConnectedApp>
    """
    n = ch(["Portal_Integration", "Marketing_Sync", "Mobile_App", "Partner_API"])
    c = company()
    return "force-app/main/default/connectedApps/%s.connectedApp-meta.xml" % n, fill(t, V=v, N=n, C=c, CK=consumer_key(), EM="admin@%s.com" % c)


@tpl("google", "oauth-client-secret", google_client_secret, lang="xml")
def authprovider_xml(v, neg):
    t = """
    <?xml version="1.0" encoding="UTF-8"?>
    <AuthProvider xmlns="http://soap.sforce.com/2006/04/metadata">
        <consumerKey>@@GID@@.apps.googleusercontent.com</consumerKey>
        <consumerSecret>@@V@@</consumerSecret>
        <defaultScopes>openid email profile</defaultScopes>
        <friendlyName>Google</friendlyName>
        <includeOrgIdInIdentifier>false</includeOrgIdInIdentifier>
        <providerType>Google</providerType>
        <registrationHandler>GoogleRegistrationHandler</registrationHandler>
        <sendAccessTokenInHeader>true</sendAccessTokenInHeader>
        <sendClientCredentialsInHeader>false</sendClientCredentialsInHeader>
    </AuthProvider>
    """
    gid = "%d-%s" % (ri(10 ** 11, 10 ** 12 - 1), rs(string.ascii_lowercase + string.digits, 32))
    return "force-app/main/default/authproviders/Google.authprovider-meta.xml", fill(t, V=v, GID=gid)


@tpl("salesforce", "consumer-secret", consumer_secret, fam="consumer_secret")
def node_default_json(v, neg):
    d = {"server": {"port": 3000}, "salesforce": {"loginUrl": "https://login.salesforce.com",
         "clientId": consumer_key(), "clientSecret": v, "callbackUrl": "http://localhost:3000/oauth2/callback",
         "apiVersion": api_version()}, "log": {"level": "info"}}
    return "config/default.json", json.dumps(d, indent=2) + "\n"


@tpl("salesforce", "consumer-secret", consumer_secret, lang="code", fam="consumer_secret")
def django_settings(v, neg):
    t = """
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent.parent
    DEBUG = False
    ALLOWED_HOSTS = ["portal.@@C@@.com"]

    SALESFORCE_LOGIN_URL = "https://login.salesforce.com"
    SALESFORCE_CONSUMER_KEY = "@@CK@@"
    SALESFORCE_CONSUMER_SECRET = "@@V@@"
    SALESFORCE_API_VERSION = "@@API@@"

    LANGUAGE_CODE = "en-us"
    TIME_ZONE = "UTC"
    USE_TZ = True
    """
    return "portal/settings.py", fill(t, V=v, C=company(), CK=consumer_key(), API=api_version())


@tpl("salesforce", "consumer-secret", consumer_secret, fam="consumer_secret")
def spring_yml(v, neg):
    t = """
    spring:
      security:
        oauth2:
          client:
            registration:
              salesforce:
                client-id: @@CK@@
                client-secret: @@V@@
                authorization-grant-type: authorization_code
                redirect-uri: "{baseUrl}/login/oauth2/code/{registrationId}"
                scope: [api, refresh_token, openid]
            provider:
              salesforce:
                authorization-uri: https://login.salesforce.com/services/oauth2/authorize
                token-uri: https://login.salesforce.com/services/oauth2/token
                user-info-uri: https://login.salesforce.com/services/oauth2/userinfo
                user-name-attribute: preferred_username
    """
    return "src/main/resources/application.yml", fill(t, V=v, CK=consumer_key())


@tpl("salesforce", "consumer-secret", consumer_secret, fam="consumer_secret")
def curl_client_credentials(v, neg):
    t = """
    #!/usr/bin/env bash
    # client credentials flow for the reporting service
    set -e
    MY_DOMAIN="https://@@H@@"
    curl -sS -X POST "$MY_DOMAIN/services/oauth2/token" \\
      -d "grant_type=client_credentials" \\
      -d "client_id=@@CK@@" \\
      -d "client_secret=@@V@@" | jq -r .access_token > .token
    echo "token cached in .token"
    """
    return ch(["scripts/get-token.sh", "reporting/auth.sh"]), fill(t, V=v, CK=consumer_key(), H=host())


@tpl("salesforce", "consumer-secret", consumer_secret, fam="consumer_secret")
def heroku_app_json(v, neg):
    d = {"name": company() + "-portal", "description": "Customer portal backed by Salesforce",
         "repository": "https://github.com/%s/portal" % company(),
         "env": {"SF_CLIENT_ID": {"description": "Connected app consumer key", "value": consumer_key()},
                 "SF_CLIENT_SECRET": {"description": "Connected app consumer secret", "value": v},
                 "SF_LOGIN_URL": {"value": "https://login.salesforce.com"}},
         "buildpacks": [{"url": "heroku/nodejs"}]}
    return "app.json", json.dumps(d, indent=2) + "\n"


@tpl("salesforce", "consumer-secret", consumer_secret, fam="consumer_secret")
def postman_env_secret(v, neg):
    d = {"id": uuid4(), "name": "SF OAuth", "values": [
        {"key": "url", "value": "https://login.salesforce.com", "enabled": True},
        {"key": "clientId", "value": consumer_key(), "enabled": True},
        {"key": "clientSecret", "value": v, "enabled": True},
        {"key": "username", "value": user(), "enabled": True}], "_postman_variable_scope": "environment"}
    return "postman/sf-oauth.postman_environment.json", json.dumps(d, indent=2) + "\n"


# ================================================================ private keys (JWT bearer flow)
@tpl("salesforce", "private-key", pem_key, lang="pem")
def server_key_file(v, neg):
    return ch(["certs/server.key", "jwt/server.key", "build/server.key", ".ci/server.key"]), v + "\n"


@tpl("salesforce", "private-key", pem_key, lang="pem")
def gha_jwt_inline_key(v, neg):
    t = """
    name: Deploy to production
    on:
      push:
        branches: [main]
    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - run: npm install --global @salesforce/cli
          - name: Write JWT key
            run: |
              cat > server.key <<'EOF'
    @@V@@
              EOF
          - name: Login
            run: sf org login jwt --username @@U@@ --jwt-key-file server.key --client-id @@CK@@ --alias prod
          - run: sf project deploy start --target-org prod --manifest manifest/package.xml --test-level RunLocalTests --wait 90
    """
    return ".github/workflows/deploy-prod.yml", fill(t, V=indent(v, 10), U=user(), CK=consumer_key())


@tpl("salesforce", "private-key", pem_key, lang="pem")
def md_jwt_key(v, neg):
    t = """
    # JWT bearer flow for CI

    1. Connected app `CI_Deploy` (consumer key `@@CK@@`) has the certificate `server.crt` uploaded.
    2. The matching private key is below; save it as `server.key` on the agent.

    ```
    @@V@@
    ```

    3. Log in:

    ```bash
    sf org login jwt --username @@U@@ --jwt-key-file server.key --client-id <consumer key> --instance-url https://login.salesforce.com
    ```
    """
    return "docs/jwt-setup.md", fill(t, V=v, U=user(), CK=consumer_key())


@tpl("salesforce", "private-key", pem_key, lang="pem")
def js_inline_key(v, neg):
    t = """
    const jwt = require('jsonwebtoken');
    const axios = require('axios');

    const privateKey = `@@V@@`;

    async function getToken() {
      const assertion = jwt.sign(
        { iss: '@@CK@@', sub: '@@U@@', aud: 'https://login.salesforce.com' },
        privateKey,
        { algorithm: 'RS256', expiresIn: 180 }
      );
      const { data } = await axios.post('https://login.salesforce.com/services/oauth2/token', new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        assertion
      }));
      return data.access_token;
    }

    module.exports = { getToken };
    """
    return "lib/sfJwt.js", fill(t, V=v, U=user(), CK=consumer_key())


# ================================================================ third-party keys in Apex / LWC / metadata
@tpl("stripe", "api-key", stripe_sk, lang="apex", fam="stripe")
def apex_stripe_header(v, neg):
    t = """
    public with sharing class StripeChargeService {
        private static final String BASE = 'https://api.stripe.com/v1';

        public class StripeException extends Exception {}

        public static Map<String, Object> createCustomer(Contact c) {
            HttpRequest req = new HttpRequest();
            req.setEndpoint(BASE + '/customers');
            req.setMethod('POST');
            req.setHeader('Authorization', 'Bearer @@V@@');
            req.setHeader('Content-Type', 'application/x-www-form-urlencoded');
            req.setBody('email=' + EncodingUtil.urlEncode(c.Email, 'UTF-8') + '&name=' + EncodingUtil.urlEncode(c.Name, 'UTF-8'));
            HttpResponse res = new Http().send(req);
            if (res.getStatusCode() != 200) {
                throw new StripeException(res.getBody());
            }
            return (Map<String, Object>) JSON.deserializeUntyped(res.getBody());
        }
    }
    """
    return "force-app/main/default/classes/StripeChargeService.cls", fill(t, V=v)


@tpl("sendgrid", "api-key", sendgrid, lang="apex")
def apex_sendgrid_const(v, neg):
    t = """
    public inherited sharing class SendGridMailer {
        @TestVisible private static final String SENDGRID_API_KEY = '@@V@@';
        private static final String ENDPOINT = 'https://api.sendgrid.com/v3/mail/send';

        public static Integer send(String toAddress, String subject, String html) {
            Map<String, Object> payload = new Map<String, Object>{
                'personalizations' => new List<Object>{ new Map<String, Object>{ 'to' => new List<Object>{ new Map<String, Object>{ 'email' => toAddress } } } },
                'from' => new Map<String, Object>{ 'email' => 'noreply@@@C@@.com' },
                'subject' => subject,
                'content' => new List<Object>{ new Map<String, Object>{ 'type' => 'text/html', 'value' => html } }
            };
            HttpRequest req = new HttpRequest();
            req.setEndpoint(ENDPOINT);
            req.setMethod('POST');
            req.setHeader('Authorization', 'Bearer ' + SENDGRID_API_KEY);
            req.setHeader('Content-Type', 'application/json');
            req.setBody(JSON.serialize(payload));
            return new Http().send(req).getStatusCode();
        }
    }
    """
    return "force-app/main/default/classes/SendGridMailer.cls", fill(t, V=v, C=company())


@tpl("slack", "webhook-url", slack_hook, lang="apex", fam="slackhook")
def apex_slack_webhook(v, neg):
    t = """
    public class OpportunityWonNotifier implements Queueable, Database.AllowsCallouts {
        private final List<Id> oppIds;

        public OpportunityWonNotifier(List<Id> oppIds) { this.oppIds = oppIds; }

        public void execute(QueueableContext ctx) {
            for (Opportunity o : [SELECT Name, Amount, Owner.Name FROM Opportunity WHERE Id IN :oppIds]) {
                HttpRequest req = new HttpRequest();
                req.setEndpoint('@@V@@');
                req.setMethod('POST');
                req.setHeader('Content-Type', 'application/json');
                req.setBody(JSON.serialize(new Map<String, String>{
                    'text' => ':tada: ' + o.Owner.Name + ' closed ' + o.Name + ' (' + o.Amount + ')'
                }));
                new Http().send(req);
            }
        }
    }
    """
    return "force-app/main/default/classes/OpportunityWonNotifier.cls", fill(t, V=v)


@tpl("twilio", "auth-token", twilio_token, lang="apex")
def apex_twilio(v, neg):
    t = """
    public with sharing class SmsService {
        private static final String ACCOUNT_SID = '@@SID@@';
        private static final String AUTH_TOKEN = '@@V@@';
        private static final String FROM_NUMBER = '+1@@PH@@';

        @future(callout=true)
        public static void sendSms(String toNumber, String body) {
            HttpRequest req = new HttpRequest();
            req.setEndpoint('https://api.twilio.com/2010-04-01/Accounts/' + ACCOUNT_SID + '/Messages.json');
            req.setMethod('POST');
            Blob creds = Blob.valueOf(ACCOUNT_SID + ':' + AUTH_TOKEN);
            req.setHeader('Authorization', 'Basic ' + EncodingUtil.base64Encode(creds));
            req.setBody('To=' + EncodingUtil.urlEncode(toNumber, 'UTF-8') + '&From=' + EncodingUtil.urlEncode(FROM_NUMBER, 'UTF-8') + '&Body=' + EncodingUtil.urlEncode(body, 'UTF-8'));
            new Http().send(req);
        }
    }
    """
    return "force-app/main/default/classes/SmsService.cls", fill(t, V=v, SID=twilio_sid(), PH=ri(2000000000, 9899999999))


@tpl("google", "api-key", google_key, lang="apex", fam="google")
def apex_geocode_url(v, neg):
    t = """
    public with sharing class AddressGeocoder {
        @InvocableMethod(label='Geocode Account Billing Address' callout=true)
        public static void geocode(List<Id> accountIds) {
            List<Account> accts = [SELECT Id, BillingStreet, BillingCity, BillingPostalCode, BillingCountry FROM Account WHERE Id IN :accountIds];
            for (Account a : accts) {
                String address = String.join(new List<String>{ a.BillingStreet, a.BillingCity, a.BillingPostalCode, a.BillingCountry }, ', ');
                HttpRequest req = new HttpRequest();
                req.setEndpoint('https://maps.googleapis.com/maps/api/geocode/json?address=' + EncodingUtil.urlEncode(address, 'UTF-8') + '&key=@@V@@');
                req.setMethod('GET');
                HttpResponse res = new Http().send(req);
                Map<String, Object> body = (Map<String, Object>) JSON.deserializeUntyped(res.getBody());
                System.debug(LoggingLevel.FINE, body.get('status'));
            }
        }
    }
    """
    return "force-app/main/default/classes/AddressGeocoder.cls", fill(t, V=v)


@tpl("mailchimp", "api-key", mailchimp, lang="apex")
def apex_mailchimp(v, neg):
    t = """
    public class MailchimpSync {
        static String apiKey = '@@V@@';

        public static void subscribe(Lead l) {
            String dc = apiKey.substringAfter('-');
            HttpRequest req = new HttpRequest();
            req.setEndpoint('https://' + dc + '.api.mailchimp.com/3.0/lists/@@LIST@@/members');
            req.setMethod('POST');
            req.setHeader('Authorization', 'Basic ' + EncodingUtil.base64Encode(Blob.valueOf('anystring:' + apiKey)));
            req.setBody(JSON.serialize(new Map<String, Object>{ 'email_address' => l.Email, 'status' => 'subscribed' }));
            new Http().send(req);
        }
    }
    """
    return "force-app/main/default/classes/MailchimpSync.cls", fill(t, V=v, LIST=rs(HEX, 10))


@tpl("github", "personal-access-token", github_pat, lang="apex", fam="github")
def apex_github(v, neg):
    t = """
    public with sharing class GitHubIssueCreator {
        @AuraEnabled
        public static String createIssue(String title, String body) {
            HttpRequest req = new HttpRequest();
            req.setEndpoint('https://api.github.com/repos/@@C@@/salesforce-support/issues');
            req.setMethod('POST');
            req.setHeader('Accept', 'application/vnd.github+json');
            req.setHeader('Authorization', 'token @@V@@');
            req.setBody(JSON.serialize(new Map<String, String>{ 'title' => title, 'body' => body }));
            HttpResponse res = new Http().send(req);
            return res.getBody();
        }
    }
    """
    return "force-app/main/default/classes/GitHubIssueCreator.cls", fill(t, V=v, C=company())


@tpl("hubspot", "private-app-token", hubspot_pat, lang="apex")
def apex_hubspot(v, neg):
    t = """
    public class HubSpotContactBridge {
        private final String token;

        public HubSpotContactBridge() {
            this('@@V@@');
        }

        public HubSpotContactBridge(String token) {
            this.token = token;
        }

        public HttpResponse upsert(Contact c) {
            HttpRequest req = new HttpRequest();
            req.setEndpoint('https://api.hubapi.com/crm/v3/objects/contacts');
            req.setMethod('POST');
            req.setHeader('Authorization', 'Bearer ' + token);
            req.setHeader('Content-Type', 'application/json');
            req.setBody(JSON.serialize(new Map<String, Object>{ 'properties' => new Map<String, String>{ 'email' => c.Email, 'firstname' => c.FirstName, 'lastname' => c.LastName } }));
            return new Http().send(req);
        }
    }
    """
    return "force-app/main/default/classes/HubSpotContactBridge.cls", fill(t, V=v)


@tpl("shopify", "access-token", shopify_tok, lang="apex")
def apex_shopify_trigger(v, neg):
    t = """
    trigger ProductSync on Product2 (after insert, after update) {
        if (System.isFuture() || System.isBatch()) return;
        for (Product2 p : Trigger.new) {
            if (p.IsActive && p.Shopify_Id__c != null) {
                ShopifyCallout.enqueue(p.Id, '@@SHOP@@.myshopify.com', '@@V@@');
            }
        }
    }
    """
    return "force-app/main/default/triggers/ProductSync.trigger", fill(t, V=v, SHOP=company())


@tpl("slack", "bot-token", slack_bot, lang="apex")
def apex_slack_bot_trigger(v, neg):
    t = """
    trigger CaseEscalation on Case (after update) {
        List<String> msgs = new List<String>();
        for (Case c : Trigger.new) {
            Case old = Trigger.oldMap.get(c.Id);
            if (c.Priority == 'High' && old.Priority != 'High') {
                msgs.add('Case ' + c.CaseNumber + ' escalated');
            }
        }
        if (!msgs.isEmpty()) {
            SlackPoster.post('#support-escalations', String.join(msgs, '\\n'), '@@V@@');
        }
    }
    """
    return "force-app/main/default/triggers/CaseEscalation.trigger", fill(t, V=v)


@tpl("stripe", "api-key", stripe_sk, lang="xml", fam="stripe")
def cmdt_stripe(v, neg):
    t = """
    <?xml version="1.0" encoding="UTF-8"?>
    <CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
        <label>Default</label>
        <protected>true</protected>
        <values>
            <field>Endpoint__c</field>
            <value xsi:type="xsd:string">https://api.stripe.com/v1</value>
        </values>
        <values>
            <field>Secret_Key__c</field>
            <value xsi:type="xsd:string">@@V@@</value>
        </values>
        <values>
            <field>Webhook_Enabled__c</field>
            <value xsi:type="xsd:boolean">true</value>
        </values>
    </CustomMetadata>
    """
    return "force-app/main/default/customMetadata/Stripe_Settings.Default.md-meta.xml", fill(t, V=v)


@tpl("sendgrid", "api-key", sendgrid, lang="xml")
def cmdt_sendgrid(v, neg):
    t = """
    <?xml version="1.0" encoding="UTF-8"?>
    <CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
        <label>SendGrid</label>
        <protected>false</protected>
        <values>
            <field>Provider__c</field>
            <value xsi:type="xsd:string">SendGrid</value>
        </values>
        <values>
            <field>Credential__c</field>
            <value xsi:type="xsd:string">@@V@@</value>
        </values>
        <values>
            <field>From_Address__c</field>
            <value xsi:type="xsd:string">notifications@@@C@@.com</value>
        </values>
    </CustomMetadata>
    """
    return "force-app/main/default/customMetadata/Email_Provider.SendGrid.md-meta.xml", fill(t, V=v, C=company())


@tpl("mailchimp", "api-key", mailchimp)
def custom_setting_tree_json(v, neg):
    d = {"records": [{"attributes": {"type": "Marketing_Config__c", "referenceId": "Marketing_Config__cRef1"},
                      "Name": "Default", "List_Id__c": rs(HEX, 10), "Api_Key__c": v, "Sync_Enabled__c": True}]}
    return "data/Marketing_Config__c.json", json.dumps(d, indent=4) + "\n"


@tpl("stripe", "api-key", stripe_sk, lang="apex", fam="stripe")
def apex_test_with_key(v, neg):
    t = """
    @IsTest
    private class StripeChargeServiceTest {
        private class StripeMock implements HttpCalloutMock {
            public HTTPResponse respond(HTTPRequest req) {
                HttpResponse res = new HttpResponse();
                res.setStatusCode(200);
                res.setBody('{"id":"cus_@@CUS@@","object":"customer"}');
                return res;
            }
        }

        @IsTest
        static void createsCustomer() {
            StripeSettings__c s = new StripeSettings__c(Name = 'Default', Key__c = '@@V@@');
            insert s;
            Test.setMock(HttpCalloutMock.class, new StripeMock());
            Test.startTest();
            Map<String, Object> res = StripeChargeService.createCustomer(new Contact(LastName = 'Test', Email = 'test@example.com'));
            Test.stopTest();
            Assert.areEqual('customer', res.get('object'));
        }
    }
    """
    return "force-app/main/default/classes/StripeChargeServiceTest.cls", fill(t, V=v, CUS=rs(ALNUM, 14))


@tpl("google", "api-key", google_key, lang="code", fam="google")
def lwc_maps_key(v, neg):
    t = """
    import { LightningElement, api, wire } from 'lwc';
    import { getRecord, getFieldValue } from 'lightning/uiRecordApi';
    import BILLING_CITY from '@salesforce/schema/Account.BillingCity';

    const MAPS_KEY = '@@V@@';

    export default class AccountStaticMap extends LightningElement {
        @api recordId;

        @wire(getRecord, { recordId: '$recordId', fields: [BILLING_CITY] })
        account;

        get mapUrl() {
            const city = getFieldValue(this.account.data, BILLING_CITY) || '';
            return `https://maps.googleapis.com/maps/api/staticmap?center=${encodeURIComponent(city)}&zoom=12&size=600x300&key=${MAPS_KEY}`;
        }
    }
    """
    return "force-app/main/default/lwc/accountStaticMap/accountStaticMap.js", fill(t, V=v)


@tpl("sendgrid", "api-key", sendgrid, lang="code")
def lwc_util_key(v, neg):
    t = """
    // shared constants for the marketing components
    export const DEFAULT_PAGE_SIZE = 25;
    export const CHANNELS = ['Email', 'SMS', 'Push'];
    export const mailConfig = {
        endpoint: 'https://api.sendgrid.com/v3/mail/send',
        key: '@@V@@',
        templateId: 'd-@@TID@@'
    };
    """
    return "force-app/main/default/lwc/marketingUtils/marketingUtils.js", fill(t, V=v, TID=rs(HEX, 32))


@tpl("mailchimp", "api-key", mailchimp, lang="code")
def visualforce_key(v, neg):
    t = """
    <apex:page controller="NewsletterSignupController" showHeader="false" sidebar="false">
        <apex:slds />
        <div class="slds-scope">
            <h1 class="slds-text-heading_medium">Subscribe to our newsletter</h1>
            <input id="email" type="email" class="slds-input"/>
            <button class="slds-button slds-button_brand" onclick="subscribe()">Subscribe</button>
        </div>
        <script>
            var mcKey = "@@V@@";
            function subscribe() {
                var email = document.getElementById('email').value;
                Visualforce.remoting.Manager.invokeAction('{!$RemoteAction.NewsletterSignupController.subscribe}', email, mcKey, function (r) { alert(r); });
            }
        </script>
    </apex:page>
    """
    return "force-app/main/default/pages/NewsletterSignup.page", fill(t, V=v)


@tpl("aws", "aws-secret-key", aws_secret, lang="xml")
def nc_aws(v, neg):
    t = """
    <?xml version="1.0" encoding="UTF-8"?>
    <NamedCredential xmlns="http://soap.sforce.com/2006/04/metadata">
        <allowMergeFieldsInBody>false</allowMergeFieldsInBody>
        <allowMergeFieldsInHeader>false</allowMergeFieldsInHeader>
        <awsAccessKey>@@AK@@</awsAccessKey>
        <awsAccessSecret>@@V@@</awsAccessSecret>
        <awsRegion>@@REG@@</awsRegion>
        <awsService>s3</awsService>
        <endpoint>https://@@B@@.s3.@@REG@@.amazonaws.com</endpoint>
        <generateAuthorizationHeader>true</generateAuthorizationHeader>
        <label>Document Archive</label>
        <principalType>NamedUser</principalType>
        <protocol>AwsSv4</protocol>
    </NamedCredential>
    """
    reg = ch(["us-east-1", "eu-west-1", "us-west-2", "ap-southeast-2"])
    return "force-app/main/default/namedCredentials/Document_Archive.namedCredential-meta.xml", fill(t, V=v, AK=("AKIAIOSFODNN7EXAMPLE" if neg else aws_akid()), REG=reg, B=company() + "-sf-archive")


@tpl("slack", "webhook-url", slack_hook, fam="slackhook")
def cumulusci_yml_hook(v, neg):
    t = """
    minimum_cumulusci_version: '3.84.0'
    project:
        name: @@N@@
        package:
            name: @@N@@
            api_version: '@@API@@'
        git:
            default_branch: main
        source_format: sfdx

    tasks:
        robot:
            options:
                suites: robot/@@N@@/tests
        notify_release:
            class_path: tasks.slack.PostMessage
            options:
                webhook_url: @@V@@
                channel: '#releases'

    flows:
        release_production:
            steps:
                3:
                    task: notify_release
    """
    return "cumulusci.yml", fill(t, V=v, N=ch(["Volunteers", "CaseRouter", "GrantTracker", "FieldOps"]), API=api_version())


@tpl("github", "personal-access-token", github_pat, fam="github")
def cci_service_github(v, neg):
    t = """
    name: Beta Release
    on:
      workflow_dispatch:
    env:
      CUMULUSCI_KEYCHAIN_CLASS: cumulusci.core.keychain.EnvironmentProjectKeychain
      CUMULUSCI_SERVICE_github: '{"username": "@@GU@@", "email": "@@GU@@@users.noreply.github.com", "token": "@@V@@"}'
    jobs:
      beta:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - run: pip install cumulusci
          - run: cci flow run release_unlocked_beta --org dev
    """
    return ".github/workflows/beta_release.yml", fill(t, V=v, GU=ch(["release-bot", "sf-ci", "build-user"]))


@tpl("twilio", "auth-token", twilio_token)
def properties_twilio(v, neg):
    t = """
    # notification service (runs on Heroku, reads cases from Salesforce)
    salesforce.instance=https://@@H@@
    salesforce.api.version=@@API@@
    twilio.account.sid=@@SID@@
    twilio.auth.token=@@V@@
    twilio.from=+1@@PH@@
    retry.max=3
    """
    return "src/main/resources/notifier.properties", fill(t, V=v, H=host(), API=api_version(), SID=twilio_sid(), PH=ri(2000000000, 9899999999))


@tpl("salesforce", "sfdx-auth-url", lambda: auth_url(consumer_key(), consumer_secret()), fam="authurl")
def json_authurl_with_client(v, neg):
    d = {"orgs": [{"alias": alias(), "authUrl": v, "default": True},
                  {"alias": "scratch-template", "definitionFile": "config/project-scratch-def.json"}],
         "apiVersion": api_version()}
    return "config/orgs.json", json.dumps(d, indent=2) + "\n"


# ================================================================ negative look-alike templates
LOOK = []


def look(provider, kind):
    def deco(fn):
        LOOK.append(dict(name=fn.__name__, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


def pkg_ver_id():
    return sfid("04t", True)


@look("salesforce", "package-version-ids")
def sfdx_project_json():
    n = ch(["Volunteers", "CaseRouter", "GrantTracker", "FieldOps", "Core"])
    d = {"packageDirectories": [{"path": "force-app", "default": True, "package": n, "versionName": "ver 1.%d" % ri(0, 9),
                                 "versionNumber": "1.%d.0.NEXT" % ri(0, 9),
                                 "dependencies": [{"package": "Base@2.%d.0-1" % ri(0, 5)}]}],
         "name": n.lower(), "namespace": "", "sfdcLoginUrl": "https://login.salesforce.com",
         "sourceApiVersion": api_version(),
         "packageAliases": {n: sfid("0Ho", True), "%s@1.0.0-1" % n: pkg_ver_id(), "%s@1.1.0-2" % n: pkg_ver_id(),
                            "Base@2.1.0-1": pkg_ver_id()}}
    return "sfdx-project.json", json.dumps(d, indent=2) + "\n"


@look("salesforce", "consumer-key")
def connected_app_key_only():
    t = """
    <?xml version="1.0" encoding="UTF-8"?>
    <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
        <contactEmail>platform@@@C@@.com</contactEmail>
        <label>CI Deploy</label>
        <oauthConfig>
            <callbackUrl>http://localhost:1717/OauthRedirect</callbackUrl>
            <certificate>@@CERT@@</certificate>
            <consumerKey>@@CK@@</consumerKey>
            <isAdminApproved>true</isAdminApproved>
            <isConsumerSecretOptional>true</isConsumerSecretOptional>
            <scopes>Api</scopes>
            <scopes>Web</scopes>
            <scopes>RefreshToken</scopes>
        </oauthConfig>
        <oauthPolicy>
            <ipRelaxation>ENFORCE</ipRelaxation>
            <refreshTokenPolicy>infinite</refreshTokenPolicy>
        </oauthPolicy>
    </ConnectedApp>
    """
    cert = base64.b64encode(bytes.fromhex("308203") + bytes(R.getrandbits(8) for _ in range(700))).decode()
    return "force-app/main/default/connectedApps/CI_Deploy.connectedApp-meta.xml", fill(t, C=company(), CK=consumer_key(), CERT=cert)


@look("salesforce", "dataloader-encrypted-password")
def dl_process_conf_encrypted():
    t = """
    <!DOCTYPE beans PUBLIC "-//SPRING//DTD BEAN//EN" "http://www.springframework.org/dtd/spring-beans.dtd">
    <beans>
        <bean id="accountExtract" class="com.salesforce.dataloader.process.ProcessRunner" scope="prototype">
            <description>accountExtract exports accounts for the BI warehouse.</description>
            <property name="name" value="accountExtract"/>
            <property name="configOverrideMap">
                <map>
                    <entry key="sfdc.endpoint" value="https://login.salesforce.com"/>
                    <entry key="sfdc.username" value="@@U@@"/>
                    <!-- password below has been encrypted using key file, it will not work without process.encryptionKeyFile -->
                    <entry key="sfdc.password" value="@@ENC@@"/>
                    <entry key="process.encryptionKeyFile" value="C:\\Users\\svc_dataloader\\.dataloader\\dataLoader.key"/>
                    <entry key="sfdc.entity" value="Account"/>
                    <entry key="sfdc.extractionSOQL" value="SELECT Id, Name, Industry, OwnerId FROM Account"/>
                    <entry key="process.operation" value="extract"/>
                    <entry key="dataAccess.name" value="C:\\dataloader\\out\\accounts.csv"/>
                    <entry key="dataAccess.type" value="csvWrite"/>
                </map>
            </property>
        </bean>
    </beans>
    """
    return "dataloader/conf/process-conf.xml", fill(t, U=user(), ENC=rs(HEX, ch([32, 64, 96])))


@look("salesforce", "dataloader-encrypted-password")
def dl_config_encrypted():
    t = """
    sfdc.endpoint=https://login.salesforce.com
    sfdc.username=@@U@@
    # encrypted with bin/encrypt.sh -e <password> conf/dataLoader.key
    sfdc.password=@@ENC@@
    process.encryptionKeyFile=conf/dataLoader.key
    sfdc.proxyHost=
    sfdc.proxyPassword=
    sfdc.loadBatchSize=200
    """
    return "dataloader/conf/config.properties", fill(t, U=user(), ENC=rs(HEX, ch([32, 64])))


@look("salesforce", "credential-merge-field")
def nc_merge_fields():
    t = """
    <?xml version="1.0" encoding="UTF-8"?>
    <NamedCredential xmlns="http://soap.sforce.com/2006/04/metadata">
        <allowMergeFieldsInBody>false</allowMergeFieldsInBody>
        <allowMergeFieldsInHeader>true</allowMergeFieldsInHeader>
        <calloutStatus>Enabled</calloutStatus>
        <generateAuthorizationHeader>false</generateAuthorizationHeader>
        <label>@@N@@</label>
        <namedCredentialParameters>
            <parameterName>Url</parameterName>
            <parameterType>Url</parameterType>
            <parameterValue>https://api.@@C@@.com/v2</parameterValue>
        </namedCredentialParameters>
        <namedCredentialParameters>
            <externalCredential>@@N@@_Ext</externalCredential>
            <parameterName>ExternalCredential</parameterName>
            <parameterType>Authentication</parameterType>
        </namedCredentialParameters>
        <namedCredentialType>SecuredEndpoint</namedCredentialType>
    </NamedCredential>
    """
    n = ch(["Billing_API", "Shipping_API", "Loyalty_API"])
    return "force-app/main/default/namedCredentials/%s.namedCredential-meta.xml" % n, fill(t, N=n, C=company())


@look("salesforce", "named-credential-callout")
def apex_callout_nc():
    t = """
    public with sharing class LoyaltyClient {
        public static Integer points(String memberId) {
            HttpRequest req = new HttpRequest();
            req.setEndpoint('callout:Loyalty_API/members/' + EncodingUtil.urlEncode(memberId, 'UTF-8') + '/points');
            req.setMethod('GET');
            req.setHeader('X-Api-Key', '{!$Credential.Loyalty_API_Ext.ApiKey}');
            req.setHeader('Authorization', 'Basic {!$Credential.Password}');
            HttpResponse res = new Http().send(req);
            Map<String, Object> body = (Map<String, Object>) JSON.deserializeUntyped(res.getBody());
            return (Integer) body.get('balance');
        }
    }
    """
    return "force-app/main/default/classes/LoyaltyClient.cls", fill(t)


@look("salesforce", "org-display-masked")
def md_org_display():
    t = """
    # Troubleshooting org auth

    Output of `sf org display --target-org @@A@@`:

    ```
    === Org Description

     KEY              VALUE
     ──────────────── ──────────────────────────────────────────────────────────────
     Access Token     [REDACTED] Use 'sf org auth show-access-token' to view
     Api Version      @@API@@
     Client Id        PlatformCLI
     Connected Status Connected
     Id               @@O@@
     Instance Url     https://@@H@@
     Username         @@U@@
     Alias            @@A@@
    ```

    If `Connected Status` shows `RefreshTokenAuthError`, log in again with `sf org login web`.
    """
    return ch(["docs/troubleshooting.md", "docs/org-auth.md"]), fill(t, A=alias(), API=api_version(), O=org_id(True), H=host(), U=user())


@look("salesforce", "record-ids")
def csv_record_ids():
    rows = ["Id,Name,OwnerId,ParentId,CreatedById,External_Id__c"]
    for _ in range(ri(12, 30)):
        rows.append("%s,%s %s,%s,%s,%s,%s" % (sfid("001"), ch(WORDS), ch(["Ltd", "Inc", "GmbH", "LLC"]), sfid("005"),
                                            ch(["", sfid("001")]), sfid("005"), rs(UPDIG, 10)))
    return ch(["data/accounts-export.csv", "dataloader/out/accounts.csv"]), "\n".join(rows) + "\n"


@look("salesforce", "apex-test-ids")
def apex_test_mock():
    t = """
    @IsTest
    private class TokenServiceTest {
        private class TokenMock implements HttpCalloutMock {
            public HTTPResponse respond(HTTPRequest req) {
                HttpResponse res = new HttpResponse();
                res.setStatusCode(200);
                res.setBody('{"access_token":"SESSION_ID_REMOVED","instance_url":"https://test.my.salesforce.com","id":"https://login.salesforce.com/id/@@O@@/@@U5@@","token_type":"Bearer","issued_at":"@@TS@@","signature":"@@SIG@@"}');
                return res;
            }
        }

        @IsTest
        static void parsesResponse() {
            Test.setMock(HttpCalloutMock.class, new TokenMock());
            Id fakeAccountId = '@@AID@@';
            TokenService.Result r = TokenService.fetch();
            Assert.areEqual('https://test.my.salesforce.com', r.instanceUrl);
            Assert.isNotNull(fakeAccountId);
        }
    }
    """
    sig = base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()
    return "force-app/main/default/classes/TokenServiceTest.cls", fill(t, O=org_id(True), U5=sfid("005"), TS=ri(1690000000000, 1760000000000), SIG=sig, AID="001" + "0" * 12 + "AAA")


@look("salesforce", "lwc-record-ids")
def lwc_ids():
    t = """
    import { LightningElement, wire } from 'lwc';
    import { getListUi } from 'lightning/uiListApi';
    import ACCOUNT_OBJECT from '@salesforce/schema/Account';
    import USER_ID from '@salesforce/user/Id';

    // record type ids from the production org (record types are deployed with fixed developer names)
    const RECORD_TYPES = {
        customer: '@@RT1@@',
        partner: '@@RT2@@'
    };
    const DEFAULT_LIST_VIEW = '@@LV@@';

    export default class PartnerList extends LightningElement {
        userId = USER_ID;
        @wire(getListUi, { objectApiName: ACCOUNT_OBJECT, listViewId: DEFAULT_LIST_VIEW })
        listView;

        get partnerRecordType() {
            return RECORD_TYPES.partner;
        }
    }
    """
    return "force-app/main/default/lwc/partnerList/partnerList.js", fill(t, RT1=sfid("012"), RT2=sfid("012"), LV=sfid("00B"))


@look("salesforce", "package-xml")
def package_xml():
    t = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Package xmlns="http://soap.sforce.com/2006/04/metadata">
        <types>
            <members>*</members>
            <name>ApexClass</name>
        </types>
        <types>
            <members>*</members>
            <name>LightningComponentBundle</name>
        </types>
        <types>
            <members>Account.Customer_Tier__c</members>
            <members>Opportunity.Forecast_Bucket__c</members>
            <name>CustomField</name>
        </types>
        <types>
            <members>Loyalty_API</members>
            <name>NamedCredential</name>
        </types>
        <version>@@API@@</version>
    </Package>
    """
    return "manifest/package.xml", fill(t, API=api_version())


@look("salesforce", "scratch-def")
def scratch_def():
    d = {"orgName": company() + " dev", "edition": ch(["Developer", "Enterprise"]), "hasSampleData": False,
         "features": ["EnableSetPasswordInApi", "Communities", "ServiceCloud"],
         "settings": {"lightningExperienceSettings": {"enableS1DesktopEnabled": True},
                      "securitySettings": {"passwordPolicies": {"enableSetPasswordInApi": True}},
                      "mobileSettings": {"enableS1EncryptedStoragePref2": False}}}
    return "config/project-scratch-def.json", json.dumps(d, indent=2) + "\n"


@look("salesforce", "visualforce-session-merge")
def vf_session_merge():
    t = """
    <apex:page standardController="Account" extensions="AccountMapExtension">
        <apex:includeScript value="/soap/ajax/@@API@@/connection.js"/>
        <script>
            sforce.connection.sessionId = '{!GETSESSIONID()}';
            var apiSession = '{!$Api.Session_ID}';
            var accountId = '{!Account.Id}';
            function loadContacts() {
                var res = sforce.connection.query("SELECT Id, Name FROM Contact WHERE AccountId = '" + accountId + "'");
                console.log(res.size);
            }
        </script>
        <apex:pageBlock title="Contacts"><button onclick="loadContacts()">Load</button></apex:pageBlock>
    </apex:page>
    """
    return "force-app/main/default/pages/AccountContacts.page", fill(t, API=api_version())


@look("npm", "integrity-hashes")
def package_lock():
    def pkg(name, ver):
        dig = base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()
        return '    "node_modules/%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "sha512-%s",\n      "dev": true\n    }' % (name, ver, name, name.split("/")[-1], ver, dig)
    names = ["@salesforce/sfdx-lwc-jest", "@lwc/eslint-plugin-lwc", "prettier-plugin-apex", "husky", "lint-staged", "eslint"]
    body = ",\n".join(pkg(n, "%d.%d.%d" % (ri(1, 9), ri(0, 20), ri(0, 9))) for n in names)
    t = '{\n  "name": "salesforce-app",\n  "version": "1.0.0",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n' + body + "\n  }\n}\n"
    return "package-lock.json", t


@look("salesforce", "consumer-key")
def md_jwt_public_ids():
    t = """
    # Deploying with the JWT bearer flow

    | item | value |
    |------|-------|
    | Connected app | CI_Deploy |
    | Consumer key (public client id) | `@@CK@@` |
    | Org id | `@@O@@` |
    | Integration user | `@@U@@` |
    | Certificate | `certs/server.crt` (the private key lives only in the CI secret store) |

    ```bash
    sf org login jwt --client-id "$SF_CONSUMER_KEY" --jwt-key-file "$RUNNER_TEMP/server.key" --username @@U@@ --alias prod
    ```
    """
    return "docs/deploy-jwt.md", fill(t, CK=consumer_key(), O=org_id(True), U=user())


@look("salesforce", "ci-secret-refs")
def gha_jwt_refs():
    t = """
    name: Deploy
    on:
      push:
        branches: [main]
    jobs:
      deploy:
        runs-on: ubuntu-latest
        environment: production
        steps:
          - uses: actions/checkout@v4
          - run: npm install --global @salesforce/cli
          - name: Decrypt server key
            run: openssl enc -aes-256-cbc -md sha256 -salt -d -in assets/server.key.enc -out server.key -k "${{ secrets.SERVER_KEY_PASSWORD }}" -pbkdf2
          - name: Authorize
            run: sf org login jwt --client-id ${{ secrets.SF_CONSUMER_KEY }} --jwt-key-file server.key --username ${{ vars.SF_USERNAME }} --instance-url https://login.salesforce.com --alias prod
          - run: sf project deploy start --target-org prod --source-dir force-app --test-level RunLocalTests --wait 60
          - if: always()
            run: rm -f server.key
    """
    return ".github/workflows/deploy.yml", fill(t)


@look("salesforce", "public-certificate")
def server_crt():
    der = bytes.fromhex("308203") + bytes(R.getrandbits(8) for _ in range(760))
    b = base64.b64encode(der).decode()
    return ch(["certs/server.crt", "jwt/server.crt"]), "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----\n" % "\n".join(b[i:i + 64] for i in range(0, len(b), 64))


@look("salesforce", "apex-debug-log")
def apex_debug_log():
    lines = ["%s.0 APEX_CODE,FINEST;APEX_PROFILING,INFO;CALLOUT,INFO;DB,INFO;SYSTEM,DEBUG;VALIDATION,INFO;VISUALFORCE,INFO;WORKFLOW,INFO" % api_version(),
             "Execute Anonymous: OrderService.recalc('%s');" % sfid("801"),
             "12:%02d:01.0 (1812345)|USER_INFO|[EXTERNAL]|%s|%s|(GMT-05:00) Eastern Standard Time|GMT-05:00" % (ri(0, 59), sfid("005"), user()),
             "12:%02d:01.0 (2031122)|EXECUTION_STARTED" % ri(0, 59),
             "12:%02d:01.0 (4021110)|SOQL_EXECUTE_BEGIN|[12]|Aggregations:0|SELECT Id, Status FROM Order WHERE Id = :tmpVar1" % ri(0, 59),
             "12:%02d:01.0 (5120021)|SOQL_EXECUTE_END|[12]|Rows:1" % ri(0, 59),
             "12:%02d:01.0 (6002211)|USER_DEBUG|[20]|DEBUG|request id %s" % (ri(0, 59), rs(HEX, 32)),
             "12:%02d:01.0 (6120101)|CALLOUT_REQUEST|[33]|System.HttpRequest[Endpoint=callout:Tax_API/v1/quote, Method=POST]" % ri(0, 59),
             "12:%02d:01.0 (7510011)|USER_DEBUG|[41]|DEBUG|digest=%s" % (ri(0, 59), rs(HEX, 64)),
             "12:%02d:01.0 (9000000)|CODE_UNIT_FINISHED|execute_anonymous_apex" % ri(0, 59)]
    return ch(["logs/apex-%s.log" % sfid("07L", False), "debug/anonymous.log"]), "\n".join(lines) + "\n"


@look("salesforce", "apex-digest")
def apex_digest_test():
    t = """
    @IsTest
    private class WebhookVerifierTest {
        @IsTest
        static void computesExpectedDigest() {
            Blob payload = Blob.valueOf('{"event":"order.created","id":"@@EID@@"}');
            String hex = EncodingUtil.convertToHex(Crypto.generateDigest('SHA-256', payload));
            // digest of the fixture payload above (not a key)
            Assert.areEqual('@@DIG@@'.length(), hex.length());
            String fixtureSha1 = '@@SHA1@@';
            Assert.areEqual(40, fixtureSha1.length());
        }
    }
    """
    return "force-app/main/default/classes/WebhookVerifierTest.cls", fill(t, EID=uuid4(), DIG=rs(HEX, 64), SHA1=rs(HEX, 40))


@look("stripe", "public-ids")
def static_resource_stripe_fixture():
    d = {"id": "evt_" + rs(ALNUM, 24), "object": "event", "api_version": "2023-10-16", "type": "payment_intent.succeeded",
         "data": {"object": {"id": "pi_" + rs(ALNUM, 24), "object": "payment_intent", "amount": ri(500, 90000), "currency": "usd",
                             "customer": "cus_" + rs(ALNUM, 14), "latest_charge": "ch_" + rs(ALNUM, 24),
                             "payment_method": "pm_" + rs(ALNUM, 24), "metadata": {"sf_opportunity_id": sfid("006")}}},
         "livemode": False, "request": {"id": "req_" + rs(ALNUM, 14), "idempotency_key": uuid4()}}
    return "force-app/main/default/staticresources/stripe_event_fixture.json", json.dumps(d, indent=2) + "\n"


@look("google", "site-key")
def cmdt_recaptcha_site_key():
    t = """
    <?xml version="1.0" encoding="UTF-8"?>
    <CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
        <label>Web to Lead</label>
        <protected>false</protected>
        <values>
            <field>Site_Key__c</field>
            <value xsi:type="xsd:string">6L@@SK@@</value>
        </values>
        <values>
            <field>Secret_Named_Credential__c</field>
            <value xsi:type="xsd:string">Recaptcha_Verify</value>
        </values>
    </CustomMetadata>
    """
    return "force-app/main/default/customMetadata/Captcha_Config.Web_to_Lead.md-meta.xml", fill(t, SK=rs(B64URL, 38))


@look("salesforce", "postman-variables")
def postman_vars():
    d = {"info": {"_postman_id": uuid4(), "name": "Salesforce Platform APIs (fork)",
                  "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "auth": {"type": "oauth2", "oauth2": [{"key": "accessToken", "value": "{{_accessToken}}", "type": "string"},
                                               {"key": "clientSecret", "value": "{{clientSecret}}", "type": "string"},
                                               {"key": "clientId", "value": "{{clientId}}", "type": "string"},
                                               {"key": "password", "value": "{{password}}{{secretToken}}", "type": "string"}]},
         "variable": [{"key": "_endpoint", "value": ""}, {"key": "version", "value": api_version()},
                      {"key": "_orgId", "value": org_id(True)}, {"key": "_userId", "value": sfid("005")}]}
    return "postman/Salesforce-Platform-APIs.postman_collection.json", json.dumps(d, indent=2) + "\n"


@look("salesforce", "cumulusci-config")
def cumulusci_plain():
    t = """
    minimum_cumulusci_version: '3.84.0'
    project:
        name: @@N@@
        package:
            name: @@N@@
            namespace: @@NS@@
            api_version: '@@API@@'
        git:
            default_branch: main
            repo_url: https://github.com/@@C@@/@@N@@
        dependencies:
            - github: https://github.com/SalesforceFoundation/NPSP
            - version_id: @@PV@@
        source_format: sfdx

    orgs:
        scratch:
            dev:
                config_file: orgs/dev.json
                days: 7
            qa:
                config_file: orgs/qa.json
                days: 3
    """
    n = ch(["Volunteers", "CaseRouter", "GrantTracker", "FieldOps"])
    return "cumulusci.yml", fill(t, N=n, NS=n.lower()[:6], API=api_version(), C=company(), PV=pkg_ver_id())


@look("salesforce", "ci-secret-refs")
def jenkins_credentials():
    t = """
    pipeline {
        agent any
        environment {
            SF_CONSUMER_KEY = credentials('sf-prod-consumer-key')
            SF_USERNAME     = 'release.manager@@@C@@.com'
        }
        stages {
            stage('Login') {
                steps {
                    withCredentials([file(credentialsId: 'sf-prod-jwt-key', variable: 'JWT_KEY_FILE')]) {
                        sh 'sf org login jwt --client-id "$SF_CONSUMER_KEY" --jwt-key-file "$JWT_KEY_FILE" --username "$SF_USERNAME" --alias prod'
                    }
                }
            }
            stage('Quick deploy') {
                steps { sh 'sf project deploy quick --job-id @@JOB@@ --target-org prod' }
            }
        }
    }
    """
    return "Jenkinsfile", fill(t, C=company(), JOB=sfid("0Af", False))


@look("salesforce", "package-version-ids")
def changelog():
    out = ["# Changelog", ""]
    for i in range(ri(4, 8)):
        out += ["## 1.%d.0 (%d-%02d-%02d)" % (9 - i, 2024, ri(1, 12), ri(1, 28)), "",
                "- Install: https://login.salesforce.com/packaging/installPackage.apexp?p0=%s" % pkg_ver_id(),
                "- Commit: %s" % rs(HEX, 40),
                "- %s" % ch(["Fixed bulk trigger recursion", "Added LWC for case timeline", "Raised API version", "New permission set"]), ""]
    return "CHANGELOG.md", "\n".join(out)


@look("salesforce", "base64-data")
def lwc_base64_image():
    png = base64.b64encode(bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(R.getrandbits(8) for _ in range(180))).decode()
    t = """
    // placeholder avatar used while the user photo loads
    export const PLACEHOLDER_AVATAR = 'data:image/png;base64,@@PNG@@';
    export const AVATAR_SIZE = 48;
    """
    return "force-app/main/default/lwc/avatarUtils/avatarUtils.js", fill(t, PNG=png)


@look("salesforce", "scratch-org-info")
def scratch_org_json():
    d = {"status": 0, "result": {"id": org_id(True), "accessToken": "[REDACTED]", "instanceUrl": "https://" + host(),
                                 "username": "test-%s@example.com" % rs(string.ascii_lowercase + string.digits, 12),
                                 "clientId": "PlatformCLI", "connectedStatus": "Connected", "expirationDate": "2025-%02d-%02d" % (ri(1, 12), ri(1, 28)),
                                 "createdBy": user(), "edition": "Developer", "orgName": company() + " scratch",
                                 "password": "[REDACTED]", "alias": alias()}, "warnings": []}
    return ch(["build/scratch-org.json", ".ci/org-info.json"]), json.dumps(d, indent=2) + "\n"


@look("twilio", "account-sid")
def twilio_sid_only():
    t = """
    twilio:
      account_sid: @@SID@@
      messaging_service_sid: MG@@MG@@
      auth_token: ${TWILIO_AUTH_TOKEN}
      from_number: "+1@@PH@@"
    salesforce:
      named_credential: Twilio_API
    """
    return "config/notifications.yml", fill(t, SID=twilio_sid(), MG=rs(HEX, 32), PH=ri(2000000000, 9899999999))


@look("generic", "password-hashes")
def sql_bcrypt():
    out = ["-- portal users migrated from the legacy community (hashes only)",
           "INSERT INTO portal_user (sf_contact_id, email, password_hash) VALUES"]
    rows = []
    for _ in range(ri(3, 7)):
        rows.append("  ('%s', '%s.%s@example.org', '$2b$12$%s')" % (sfid("003"), ch(FIRST), ch(LAST), rs(ALNUM + "./", 53)))
    return "db/migrations/0007_portal_users.sql", "\n".join(out) + "\n" + ",\n".join(rows) + ";\n"


@look("stripe", "publishable-key")
def lwc_stripe_pk():
    t = """
    import { LightningElement } from 'lwc';
    import { loadScript } from 'lightning/platformResourceLoader';
    import STRIPE_JS from '@salesforce/resourceUrl/stripejs';

    // publishable key: safe to ship to the browser
    const STRIPE_PUBLISHABLE_KEY = 'pk_live_51@@PK@@';

    export default class PaymentForm extends LightningElement {
        async connectedCallback() {
            await loadScript(this, STRIPE_JS);
            this.stripe = window.Stripe(STRIPE_PUBLISHABLE_KEY);
        }
    }
    """
    return "force-app/main/default/lwc/paymentForm/paymentForm.js", fill(t, PK=rs(ALNUM, 97))


@look("salesforce", "external-credential")
def external_credential_xml():
    t = """
    <?xml version="1.0" encoding="UTF-8"?>
    <ExternalCredential xmlns="http://soap.sforce.com/2006/04/metadata">
        <authenticationProtocol>Oauth</authenticationProtocol>
        <externalCredentialParameters>
            <parameterName>Oauth</parameterName>
            <parameterType>AuthProvider</parameterType>
            <authProvider>@@N@@_Provider</authProvider>
        </externalCredentialParameters>
        <externalCredentialParameters>
            <parameterName>NamedPrincipal</parameterName>
            <parameterType>NamedPrincipal</parameterType>
            <sequenceNumber>1</sequenceNumber>
        </externalCredentialParameters>
        <externalCredentialParameters>
            <parameterName>Scope</parameterName>
            <parameterType>AuthParameter</parameterType>
            <parameterValue>read write</parameterValue>
        </externalCredentialParameters>
        <label>@@N@@</label>
    </ExternalCredential>
    """
    n = ch(["Billing_API_Ext", "Shipping_Ext", "Docs_Ext"])
    return "force-app/main/default/externalCredentials/%s.externalCredential-meta.xml" % n, fill(t, N=n)


@look("salesforce", "dataloader-encrypt-script")
def dl_encrypt_script():
    t = """
    #!/usr/bin/env bash
    # Generate the Data Loader key once per agent and encrypt the integration password from the vault.
    set -euo pipefail
    DL_HOME="${DL_HOME:-/opt/dataloader}"
    KEY_FILE="$DL_HOME/conf/dataLoader.key"
    [ -f "$KEY_FILE" ] || "$DL_HOME/encrypt.sh" -k "$KEY_FILE"
    ENC=$("$DL_HOME/encrypt.sh" -e "$(vault kv get -field=password secret/salesforce/dataloader)" "$KEY_FILE" | tail -1)
    sed -i "s|^sfdc.password=.*|sfdc.password=$ENC|" "$DL_HOME/conf/config.properties"
    echo "encrypted password written (key id @@KID@@)"
    """
    return "scripts/dataloader-encrypt.sh", fill(t, KID=uuid4())


@look("salesforce", "permission-set")
def permset_xml():
    t = """
    <?xml version="1.0" encoding="UTF-8"?>
    <PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">
        <classAccesses>
            <apexClass>LoyaltyClient</apexClass>
            <enabled>true</enabled>
        </classAccesses>
        <externalCredentialPrincipalAccesses>
            <enabled>true</enabled>
            <externalCredentialPrincipal>Loyalty_API_Ext-NamedPrincipal</externalCredentialPrincipal>
        </externalCredentialPrincipalAccesses>
        <fieldPermissions>
            <editable>false</editable>
            <field>Account.Loyalty_Token_Hash__c</field>
            <readable>true</readable>
        </fieldPermissions>
        <hasActivationRequired>false</hasActivationRequired>
        <label>Loyalty Integration</label>
    </PermissionSet>
    """
    return "force-app/main/default/permissionsets/Loyalty_Integration.permissionset-meta.xml", fill(t)


@look("salesforce", "org-ids")
def sf_config_json():
    d = {"target-org": alias(), "target-dev-hub": "devhub", "org-api-version": api_version()}
    t = json.dumps(d, indent=2) + "\n"
    return ".sf/config.json", t


@look("salesforce", "record-ids")
def apex_constants_ids():
    t = """
    public with sharing class Constants {
        public static final Id DEFAULT_OWNER_QUEUE = '@@Q@@';
        public static final Id PARTNER_RECORD_TYPE = '@@RT@@';
        public static final Id STANDARD_PRICEBOOK = '@@PB@@';
        public static final String PROD_ORG_ID = '@@O@@';
        public static final String INTEGRATION_USER_ID = '@@U@@';
        public static final String SUBSCRIBER_PACKAGE_ID = '@@SP@@';

        public static Boolean isProduction() {
            return UserInfo.getOrganizationId().left(15) == PROD_ORG_ID.left(15);
        }
    }
    """
    return "force-app/main/default/classes/Constants.cls", fill(t, Q=sfid("00G"), RT=sfid("012"), PB=sfid("01s"), O=org_id(True), U=sfid("005"), SP=sfid("033"))


@look("salesforce", "uuids")
def flow_api_payload():
    d = {"inputs": [{"recordId": sfid("500"), "correlationId": uuid4(), "requestHash": rs(HEX, 64)}
                    for _ in range(ri(2, 4))], "apiVersion": api_version(),
         "traceparent": "00-%s-%s-01" % (rs(HEX, 32), rs(HEX, 16))}
    return ch(["test/fixtures/flow-invocation.json", "tests/data/invocable-request.json"]), json.dumps(d, indent=2) + "\n"


@look("salesforce", "consumer-key")
def yaml_public_client_ids():
    t = """
    # public OAuth client ids (no secrets: the CI uses JWT, the mobile app uses PKCE)
    salesforce:
      login_url: https://login.salesforce.com
      ci_consumer_key: @@CK1@@
      mobile_consumer_key: @@CK2@@
      org_id: @@O@@
      api_version: "@@API@@"
      client_secret: ""
    """
    return "config/oauth-clients.yml", fill(t, CK1=consumer_key(), CK2=consumer_key(), O=org_id(True), API=api_version())


# ================================================================ driver
def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if "." not in base.lstrip("."):
        return base.lower()
    return base.rsplit(".", 1)[-1].lower()


def line_of(text, needle):
    idx = text.find(needle)
    assert idx >= 0, needle
    return text.count("\n", 0, idx) + 1


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def is_env_name(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base.split(".")[2] in
                              ("local", "production", "prod", "development", "dev", "staging", "test"))


def main():
    global R
    if len(sys.argv) != 3:
        sys.exit("usage: gen_kp.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    assert len(POS) >= 60 and len(POS) + len(LOOK) >= 60, (len(POS), len(LOOK))
    names = [t["name"] for t in POS + LOOK]
    assert len(names) == len(set(names))
    manifest, secrets = [], []

    order = []
    while len(order) < 500:
        block = list(range(len(POS)))
        R.shuffle(block)
        order += block
    order = order[:500]
    env_count = 0
    for i, ti in enumerate(order):
        t = POS[ti]
        for _attempt in range(20):
            v = t["secret"]()
            rel, text = t["fn"](v, False)
            if is_env_name(rel) and env_count >= 24:
                continue
            break
        else:
            raise AssertionError("too many .env positives")
        if is_env_name(rel):
            env_count += 1
        needle = needle_of(v)
        ln = line_of(text, needle)
        assert needle in text.split("\n")[ln - 1]
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        with open(os.path.join(outdir, f), encoding="utf-8") as fh:
            assert needle in fh.read().split("\n")[ln - 1], f
        manifest.append({"file": f, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(rel), "template": t["name"]})
        secrets.append({"file": f, "needle": needle, "line": ln})

    neg_jobs = []
    a = list(range(len(POS)))
    while len([j for j in neg_jobs if j[0] == "p"]) < 250:
        R.shuffle(a)
        neg_jobs += [("p", x) for x in a]
    neg_jobs = [j for j in neg_jobs if j[0] == "p"][:250]
    b = []
    while len(b) < 250:
        c = list(range(len(LOOK)))
        R.shuffle(c)
        b += c
    neg_jobs += [("l", x) for x in b[:250]]
    R.shuffle(neg_jobs)
    for i, (src, ti) in enumerate(neg_jobs):
        if src == "p":
            t = POS[ti]
            v = neg_sub(t["lang"], t["fam"])
            rel, text = t["fn"](v, True)
            kind = "decoy-" + t["kind"]
        else:
            t = LOOK[ti]
            rel, text = t["fn"]()
            kind = t["kind"]
        assert not is_env_name(rel), rel
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": t["provider"], "kind": kind,
                         "filetype": filetype(rel), "template": t["name"]})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
