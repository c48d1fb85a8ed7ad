#!/usr/bin/env python3
"""gen_iz.py - blind evaluation set: command-line tools' credential caches and
token files as they turn up in dotfile repositories, home-directory backups and
files extracted from container image layers.

EMPHASIS
  Domain: the files CLIs write after `login` (and the installer scripts and
  Dockerfile layers that write them): GitHub CLI hosts.yml, hub, git-credentials,
  GitHub Copilot hosts.json/apps.json, AWS SSO token cache and client
  registration, AWS CLI STS cache, ~/.aws/credentials, Azure CLI
  msal_token_cache.json and legacy accessTokens.json, gcloud
  application_default_credentials.json / legacy_credentials, Docker and
  podman auth files, Terraform credentials.tfrc.json / .terraformrc, netrc
  (Heroku, Artifactory, GitHub), flyctl config.yml, Vercel auth.json, doctl
  config.yaml, .databrickscfg, SnowSQL config and Snowflake connections.toml,
  kaggle.json, Hugging Face token / stored_tokens, wrangler default.toml,
  .npmrc / .yarnrc.yml, cargo credentials.toml, ~/.gem/credentials, .pypirc,
  ~/.m2/settings.xml, rclone.conf, kubeconfig, Stripe CLI config.toml, Twilio
  CLI config.json, ngrok.yml, LLM CLI key files (OpenAI / Anthropic), glab,
  Pulumi, sentry-cli, Netlify, linode-cli, hcloud.
  Kinds: OAuth access / refresh tokens, PATs and API keys, base64 basic-auth
  blobs, OAuth client secrets, registry tokens, passwords, one private key.
  File types: YAML, JSON, TOML, INI, netrc, XML, HCL, plain token files, shell
  installers, Dockerfiles, Markdown notes, Python snippets, SQL, CSV, logs,
  checksum lists, lock files.

USAGE
  python3 -B gen_iz.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
  per positive: file, needle, 1-based line of the needle's first occurrence).
  Standard library only; every random choice comes from random.Random(SEED), so
  one seed always gives byte-identical output.

NEEDLE CONVENTIONS
  * The needle is the secret exactly as written, without quotes.
  * Key pairs (AWS access key id + secret, Twilio API key SID + secret, user
    name + password): the needle is the secret half; ids are public.
  * OAuth grants stored as a pair (wrangler default.toml, rclone token JSON):
    the pair is one credential and the needle is the refresh token.
  * AWS STS / SSO role credentials: the needle is SecretAccessKey; the session
    token belongs to the same credential.
  * Docker / podman / npm `_auth` blobs: the needle is the whole base64 string
    (base64 of user:password), not the decoded password.
  * URLs with credentials (https://user:TOKEN@host): the needle is TOKEN.
  * Headers (Authorization: Bearer TOKEN / token TOKEN): the needle is TOKEN.
  * flyctl macaroons: the needle is the whole value including "FlyV1 ".
  * Private keys: only the gcloud service-account JSON carries one; it is one
    JSON string with literal \\n escapes, and the needle is that whole escaped
    string from "-----BEGIN" to the final "\\n". kubeconfig client-key-data is a
    single base64 line and is the needle itself.
  * A token written twice (Heroku netrc for api. and git., gh hosts.yml with
    users: block) is one credential; `line` is the first occurrence.

NEGATIVES
  Half reuse the positive templates with the secret slot holding a
  non-secret: empty values, placeholders (<your-token>, YOUR_API_KEY_HERE,
  changeme, xxxx...), masked values (gho_****, [REDACTED]), environment and
  secret-manager references (${VAR}, op://, vault:, $(pass show ...)), template
  expressions, providers' documented example values (AWS EXAMPLE keys, Stripe's
  docs test key, ngrok's docs authtoken, GitHub docs ghp_16C7...) and values
  documented as public (Stripe publishable keys, gcloud's and Azure CLI's
  public client ids, the Copilot app id). The other half are look-alikes of the
  domain: credHelpers/credsStore docker configs, gh hosts.yml with keyring
  storage, aws config without keys, Azure profile subscriptions, gcloud
  configurations and external_account (workload identity) configs, kubeconfigs
  with exec plugins and CA data, tailscaled.state-like base64 blobs, package
  integrity hashes (npm, cargo, go.sum, pip, terraform lock, nix), checksum
  lists, HF hub refs (40-hex), VS Code machine ids, JWKS public keys, known_hosts
  and public keys, image digests, request ids in logs, UUID ids in CSV/SQL.
  No negative is written to a .env* file.

FORMATS CHECKED (search tool, docs/pages/code/issues corpora)
  * GitHub: prefixes ghp_/gho_/ghu_/ghs_/ghr_ + 36 [A-Za-z0-9], last 6 chars a
    base62 CRC32 of the 30 random chars (github.blog format post, changelog);
    the base62 alphabet 0-9A-Za-z verified by recomputing the checksum of the
    dummy npm_ token quoted from GitHub's npm changelog; github_pat_ 22_59.
    The GitHub docs example ghp_16C7e42F... fails the checksum (kept as doc
    example negative).
  * npm granular tokens: npm_ + 30 + 6 CRC32 (GitHub changelog 2021-09-23).
  * DigitalOcean: dop_v1_/doo_v1_/dor_v1_ (DO release note 2022); doctl
    config.yaml access-token / auth-contexts (doctl docs).
  * AWS SSO cache fields startUrl, region, accessToken, expiresAt, clientId,
    clientSecret, registrationExpiresAt, refreshToken (AWS SDK SSOToken docs,
    blog examples); real-world accessToken "aoaAAAAAG...:MGUC..." and
    refreshToken "aorAAAAAG..." shapes, clientSecret a JWT-like
    eyJraWQiOiJrZXktMTU2NDAy... value (project READMEs); AWS STS cache
    Credentials{AccessKeyId, SecretAccessKey, SessionToken, Expiration}.
  * Terraform: credentials.tfrc.json {"credentials": {host: {"token": ...}}}
    (HashiCorp terraform login docs).
  * gcloud ADC: client_id, client_secret, refresh_token, type authorized_user,
    quota_project_id (google.aip.dev/auth/4113); refresh tokens "1//0..."
    shape and ya29. access tokens (rclone configs in public pastes); gcloud's
    published installed-app client 764086051850-6qr4...apps.googleusercontent.com.
  * ngrok v2/v3 config (authtoken, api_key, agent: block) and the docs example
    authtoken 4nq9771bPxe8ctg7LKr_2ClH7Y15Zqe4bWLWF9p (ngrok docs).
  * rubygems_ + 48 hex (rubygems/guides PR review comment); crates.io
    credentials.toml location (cargo login man page); PyPI tokens are
    macaroons with pypi- prefix (pypitoken docs); kaggle.json
    {"username","key"} (Kaggle API docs); HF token file ~/.cache/huggingface/token.
  * Vercel auth.json / config.json location (Vercel global configuration docs);
    SnowSQL [connections] file with plain-text password (Snowflake docs);
    Twilio CLI profiles created by `twilio login` store an API key (Twilio
    docs); Stripe CLI config.toml keys test_mode_api_key, test_mode_pub_key,
    live_mode_api_key (masked), *_key_expires_at, account_id, device_name
    (a public project's notes); Stripe key shape sk/rk/pk_test_51<acct>...00...
  * Docker config.json auths/auth, credsStore, credHelpers (ECR helper man
    page); containers auth.json (man page, whose example auth is a doc example).
  * Heroku tokens: UUID from `heroku authorizations:create` (Heroku Dev Center)
    and the newer HRKU-AA... 65-char shape seen in public projects.
  * gh hosts.yml layouts (oauth_token, user, git_protocol, users: block) from
    public dotfile READMEs and tests; Azure CLI public client id
    04b07795-8ddb-461a-bbee-02f9e1bf7b46.
  Search results that were secret-scanner rule files or detector docs
  (GitGuardian, xygeni, testpattern, bagel, bridgecrew, several rule tables
  returned by find_string) were seen in result lists and not used.

DOUBTS
  * crates.io token body (cio + 32 alphanumerics), Netlify nfp_ length,
    glpat- (20 chars, older format), sntryu_ (64 hex), pul- (40 hex),
    hcloud (64 alnum), linode (64 hex), Vercel (24 alnum legacy format) are
    from memory, not confirmed in provider docs here.
  * Terraform Cloud token shape (14 chars ".atlasv1." 67 chars) not confirmed.
  * Anthropic sk-ant-api03- body (93 + "AA") and OpenAI sk-proj- layout with
    T3BlbkFJ in the middle are approximations of public descriptions.
  * Wrangler OAuth token / refresh token bodies and Cloudflare legacy API token
    (40 [A-Za-z0-9_-]) are approximations; fly.io fo1_ (43) and FlyV1 fm2_
    macaroon bodies are shaped after public examples, not a spec.
  * AWS SSO token / client secret internals, Azure refresh token body
    ("0.A...AgABAAEAAAD...") and Google refresh token inner constants mimic
    observed shapes only; no checksum exists for them.
  * Twilio CLI on Linux writes apiKey/apiSecret into config.json only when
    no OS keychain is available (assumed here).
  * Azure AD client secrets "xxx8Q~" + 34 chars: shape from memory.
  * ghp_16C7e42F292c6912E7710c838347Ae178B4a is used as the GitHub docs example
    from memory (it fails the CRC32 check, so it is not live-shaped).
  * Some negatives (gcloud ADC / legacy adc.json reused with a placeholder
    refresh token) keep the SDK's published installed-app client secrets
    (d-FL95Q19..., ZmssLNjJ...; "not so secret" per the SDK); a scanner that
    flags them is flagging a documented public value.
  * Positive ancillary content (public client ids, account SIDs, key ids,
    Stripe publishable keys) is non-secret by the providers' own description.
"""
import base64
import datetime
import json
import os
import random
import string
import sys
import zlib

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = UP + LOW + DIG
B62 = DIG + UP + LOW
HEX = DIG + "abcdef"
B64 = UP + LOW + DIG + "+/"
B64U = UP + LOW + DIG + "-_"
B32 = UP + "234567"

FIRST = ["alice", "bob", "carol", "dmitri", "elena", "farid", "grace", "hiro",
         "ines", "jonas", "kavya", "liam", "mei", "nora", "omar", "priya",
         "quinn", "rosa", "sven", "tariq", "uma", "viktor", "wen", "yusuf"]
LAST = ["nakamura", "okafor", "lindqvist", "moreau", "patel", "kowalski",
        "silva", "haddad", "brennan", "fischer", "ivanova", "chen", "garcia"]
ORGS = ["acme-data", "northwind", "blueharbor", "kestrel-labs", "tidepool",
        "orbitcart", "fernhill", "quarrylabs", "lumen-ops", "pinecone-studio"]
HOSTS = ["mbp-2021", "thinkpad-x1", "devbox", "ws-07", "buildhost", "nuc-lab",
         "framework13", "xps15", "mini", "rpi4"]
REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1",
           "ap-southeast-2", "ap-northeast-1", "ca-central-1"]


class Ctx:
    """All randomness goes through self.r (one random.Random(SEED))."""

    def __init__(self, rng):
        self.r = rng
        self.neg = False  # True while a positive template renders a negative

    def s(self, n, alpha=ALNUM):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hx(self, n):
        return self.s(n, HEX)

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    def num(self, a, b):
        return self.r.randint(a, b)

    def rb(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, n):
        return base64.b64encode(self.rb(n)).decode()

    def b64u(self, n):
        return base64.urlsafe_b64encode(self.rb(n)).decode().rstrip("=")

    def uuid(self):
        h = list(self.hx(32))
        h[12] = "4"
        h[16] = self.pick("89ab")
        h = "".join(h)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def user(self):
        return self.pick(FIRST)

    def fullname(self):
        return "%s %s" % (self.pick(FIRST).title(), self.pick(LAST).title())

    def login(self):
        f, l = self.pick(FIRST), self.pick(LAST)
        return self.pick([f + l[:1], f + "-" + l, f + str(self.num(7, 99)),
                          l + f[:1], f + "." + l])

    def email(self, login=None):
        login = login or self.login()
        dom = self.pick(["gmail.com", "fastmail.com", "proton.me",
                         self.pick(ORGS) + ".io", self.pick(ORGS) + ".com"])
        return login.replace("-", ".") + "@" + dom

    def org(self):
        return self.pick(ORGS)

    def region(self):
        return self.pick(REGIONS)

    def when(self):
        base = datetime.datetime(2022, 1, 1)
        return base + datetime.timedelta(seconds=self.num(0, 4 * 365 * 86400))

    def iso(self, z=True):
        d = self.when()
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ("Z" if z else "")

    def epoch(self):
        d = self.when() - datetime.datetime(1970, 1, 1)
        return int(d.total_seconds())

    def acct(self):
        return str(self.num(100000000000, 999999999999))

    def home(self, pkg=None, user=None):
        u = user or self.user()
        opts = ["dotfiles/", "home/%s/" % u, "backup/%s-home/" % u,
                "rootfs/root/", "rootfs/home/%s/" % u,
                "machines/%s/home/%s/" % (self.pick(HOSTS), u),
                "image-export/layer-%02d/root/" % self.num(1, 14)]
        h = self.pick(opts)
        if pkg and h == "dotfiles/" and self.chance(0.5):
            h = "dotfiles/%s/" % pkg
        return h

    def script_dir(self):
        return self.pick(["dotfiles/", "dotfiles/scripts/", "bootstrap/",
                          "setup/", "provision/", "dotfiles/install/"])


def b62(n):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0")


# ---------------------------------------------------------------- generators
def gh_style(c, prefix):
    body = c.s(30, ALNUM)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def g_gho(c): return gh_style(c, "gho_")
def g_ghp(c): return gh_style(c, "ghp_")
def g_ghu(c): return gh_style(c, "ghu_")
def g_npm(c): return gh_style(c, "npm_")


def g_ghpat(c):
    return "github_pat_" + c.s(22, B62) + "_" + c.s(59, ALNUM)


def g_gh_any(c):
    return c.pick([g_ghp, g_gho, g_ghpat])(c)


def g_hex40(c): return c.hx(40)


def g_aws_id(c, prefix="AKIA"):
    return prefix + c.s(16, B32)


def g_aws_secret(c):
    return c.s(40, ALNUM + "+/")


def g_aws_session(c):
    return "IQoJb3JpZ2luX2Vj" + c.b64(c.num(560, 820))


def g_sso_access(c):
    return ("aoaAAAAAG" + c.s(c.num(260, 330), B64U) + ":" +
            c.pick(["MGUCMQ", "MGYCMQ", "MGUCMA"]) + c.s(122, B64) + "==")


def jwt(c, header, payload, siglen=342):
    enc = lambda o: base64.urlsafe_b64encode(
        json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc(header) + "." + enc(payload) + "." + c.s(siglen, B64U)


def g_sso_client_secret(c):
    hdr = {"kid": "key-1564028099", "alg": "HS384"}
    body = {"serialized": c.b64(c.num(330, 420))}
    return jwt(c, hdr, body, 64)


def g_azure_jwt(c):
    tid, oid = c.uuid(), c.uuid()
    kid = c.s(27, B64U)
    now = c.epoch()
    hdr = {"typ": "JWT", "alg": "RS256", "x5t": kid, "kid": kid}
    pl = {"aud": "https://management.core.windows.net/",
          "iss": "https://sts.windows.net/%s/" % tid, "iat": now,
          "nbf": now, "exp": now + 4000 + c.num(0, 900), "acr": "1",
          "aio": c.s(56, B64U), "amr": ["pwd", "mfa"],
          "appid": "04b07795-8ddb-461a-bbee-02f9e1bf7b46",
          "appidacr": "0", "idtyp": "user", "name": c.fullname(),
          "oid": oid, "puid": "1003" + c.s(12, DIG + "ABCDEF"),
          "scp": "user_impersonation", "sub": c.s(43, B64U),
          "tid": tid, "unique_name": c.email(), "uti": c.s(22, B64U),
          "ver": "1.0"}
    return jwt(c, hdr, pl)


def g_azure_refresh(c):
    return ("0.A" + c.s(3, ALNUM) + "A" + c.s(c.num(100, 140), B64U) +
            ".AgABAAEAAAD" + c.s(c.num(700, 900), B64U))


def g_google_refresh(c):
    return ("1//0" + c.pick("gcdehf") + c.s(11, B64U) + "CgYIARAAGB" +
            c.pick(["ASNwF", "ASNgF", "ESNwF"]) + "-L9Ir" + c.s(67, B64U))


def g_google_access(c):
    return "ya29.a0A" + c.s(c.num(150, 210), B64U) + "0" + str(c.num(160, 190))


def g_gocspx(c): return "GOCSPX-" + c.s(28, B64U)


def g_sa_pem_escaped(c):
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + c.s(1570, B64)
    body = body[:1620] + "="
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ("-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) +
            "\\n-----END PRIVATE KEY-----\\n")


def g_password(c):
    style = c.num(0, 3)
    if style == 0:
        return c.s(c.num(16, 28), ALNUM + "!#%*+-_.=")
    if style == 1:
        w = ["Orchid", "Lantern", "granite", "Velvet", "harbor", "Cobalt",
             "meadow", "Tundra", "saffron", "Quasar", "falcon", "Ember"]
        return "%s-%s-%s%d%s" % (c.pick(w), c.pick(w), c.pick(w),
                                 c.num(10, 9999), c.pick("!#%*.+"))
    if style == 2:
        return c.s(c.num(20, 32), ALNUM)
    return c.s(4, UP) + c.s(4, DIG) + c.pick("!#%*") + c.s(9, LOW + DIG)


def docker_blob(c, user, pw):
    return base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()


def g_dckr_pat(c): return "dckr_pat_" + c.s(27, B64U)


def g_tfc(c): return c.s(14, ALNUM) + ".atlasv1." + c.s(67, ALNUM)


def g_uuid(c): return c.uuid()


def g_hrku(c):
    return "HRKU-AA" + c.s(42, B64U) + "_____w" + c.s(10, B64U)


def g_fly(c): return "fo1_" + c.s(43, B64U)


def g_fly_macaroon(c):
    return ("FlyV1 fm2_lJPE" + c.s(c.num(380, 460), B64) + "," +
            "fm2_lJPE" + c.s(c.num(180, 240), B64) + "=")


def g_vercel(c): return c.s(24, ALNUM)
def g_dop(c): return "dop_v1_" + c.hx(64)


def g_dapi(c):
    return "dapi" + c.hx(32) + (c.pick(["", "", "-2", "-3"]))


def g_kaggle(c): return c.hx(32)
def g_hf(c): return "hf_" + c.s(34, UP + LOW)
def g_cf_token(c): return c.s(40, ALNUM + "_-")
def g_cf_oauth(c): return c.s(43, B64U) + "." + c.s(43, B64U)
def g_cio(c): return "cio" + c.s(32, ALNUM)
def g_rubygems(c): return "rubygems_" + c.hx(48)


def g_pypi(c):
    return "pypi-AgEIcHlwaS5vcmcCJ" + c.s(c.num(150, 190), B64U)


def g_rclone_obscured(c):
    return c.b64u(16 + c.num(10, 24))


def g_k8s_sa_jwt(c):
    ns = c.pick(["default", "ci", "kube-system", "monitoring", "deploy"])
    sa = c.pick(["deployer", "ci-runner", "admin-user", "argocd-manager"])
    hdr = {"alg": "RS256", "kid": c.s(43, B64U)}
    pl = {"iss": "kubernetes/serviceaccount",
          "kubernetes.io/serviceaccount/namespace": ns,
          "kubernetes.io/serviceaccount/secret.name": sa + "-token-" + c.s(5, LOW + DIG),
          "kubernetes.io/serviceaccount/service-account.name": sa,
          "kubernetes.io/serviceaccount/service-account.uid": c.uuid(),
          "sub": "system:serviceaccount:%s:%s" % (ns, sa)}
    return jwt(c, hdr, pl)


def g_k8s_bootstrap(c):
    return c.s(6, LOW + DIG) + "." + c.s(16, LOW + DIG)


def g_pem_b64(c):
    body = "MIIEowIBAAKCAQEA" + c.s(1560, B64)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    pem = ("-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) +
           "\n-----END RSA PRIVATE KEY-----\n")
    return base64.b64encode(pem.encode()).decode()


def stripe_key(c, prefix, acct=None):
    acct = acct or c.s(15, ALNUM)
    return prefix + "51" + acct + c.s(72, ALNUM) + "00" + c.s(8, ALNUM)


def g_stripe(c):
    return stripe_key(c, c.pick(["rk_test_", "sk_test_", "rk_test_"]))


def g_twilio_secret(c): return c.s(32, ALNUM)


def g_ngrok(c):
    return c.pick("12") + c.s(26, ALNUM) + "_" + c.s(21, ALNUM)


def g_openai(c):
    return "sk-proj-" + c.s(74, B64U) + "T3BlbkFJ" + c.s(74, B64U)


def g_anthropic(c): return "sk-ant-api03-" + c.s(93, B64U) + "AA"
def g_glpat(c): return "glpat-" + c.s(20, ALNUM + "_-")
def g_pulumi(c): return "pul-" + c.hx(40)
def g_sentry(c): return "sntryu_" + c.hx(64)
def g_netlify(c): return "nfp_" + c.s(36, ALNUM)
def g_hex64(c): return c.hx(64)
def g_hcloud(c): return c.s(64, ALNUM)


def g_azure_secret(c):
    return c.s(3, ALNUM) + "8Q~" + c.s(34, ALNUM + "_~.-")


# ------------------------------------------------------ documented examples
DOC_GH = "ghp_16C7e42F292c6912E7710c838347Ae178B4a"
DOC_AWS_ID = "AKIAIOSFODNN7EXAMPLE"
DOC_AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
DOC_SSO_TOKEN = ("aoal-YigITUDiNX1xZwOMXM5MxOWDL0E0jg9P6_C_jKQPxS_SKCP6f0kh1Up4g7TtvQ"
                 "qkMnD-GJiU_S1gvug6SrggAkc0:MGYCMQD3IatVjV7jAJU91kK3PkS/SfA2wtgWzOgZWDOR"
                 "7sDGN9t0phCZz5It/aes/3C1Zj0CMQCKWOgRaiz6AIhza3DSXQNMLjRKXC8F8ceCsHlgYLMZ"
                 "7hZidEXAMPLEACCESSTOKEN")
DOC_NGROK = "4nq9771bPxe8ctg7LKr_2ClH7Y15Zqe4bWLWF9p"
DOC_HEROKU = "cf0e05d9-4eca-4948-a012-b91fe9704bab"
DOC_STRIPE = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
DOC_RUBYGEMS = "rubygems_701243f217cdf23b1370c7b66b65ca97"
DOC_PODMAN = "erfi7sYi89234xJUqaqxgmzcnQ2rRFWM5aJX0EC="
GCLOUD_ADC_ID = "764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com"
GCLOUD_ADC_NOTSECRET = "d-FL95Q19q7MQmFpd7hHD0Ty"
GCLOUD_ID = "32555940559.apps.googleusercontent.com"
GCLOUD_NOTSECRET = "ZmssLNjJy2998hD4CTg2ejr2"
AZ_CLI_ID = "04b07795-8ddb-461a-bbee-02f9e1bf7b46"
GH_CLI_ID = "178c6fc778ccc68e1d6a"
COPILOT_APP = "Iv1.b507a08c87ecfe98"

# ------------------------------------------------------------ template table
POS = []
LOOK = []


def P(provider, kind, gen, ft=None, env="TOKEN", prefix="", negs=None, conv=True):
    def deco(fn):
        POS.append({"name": fn.__name__, "provider": provider, "kind": kind,
                    "gen": gen, "render": fn, "ft": ft, "env": env,
                    "prefix": prefix, "negs": negs or [], "conv": conv})
        return fn
    return deco


def L(provider, kind, ft=None):
    def deco(fn):
        LOOK.append({"name": fn.__name__, "provider": provider, "kind": kind,
                     "render": fn, "ft": ft})
        return fn
    return deco


def jd(o, indent=2):
    return json.dumps(o, indent=indent) + "\n"


# ================================================================= GitHub
@P("github", "oauth_access_token", g_gho, env="GH_TOKEN", prefix="gho_",
   negs=[(DOC_GH, "doc_example"), (GH_CLI_ID, "public_value")])
def gh_hosts_classic(c, v):
    u = c.login()
    pre = ""
    if c.chance(0.4):
        pre = ("github.%s.com:\n    user: %s\n    git_protocol: ssh\n"
               % (c.org(), u))
    txt = (pre + "github.com:\n    oauth_token: %s\n    user: %s\n"
           "    git_protocol: %s\n" % (v, u, c.pick(["https", "ssh"])))
    return c.home("gh") + ".config/gh/hosts.yml", txt


@P("github", "oauth_access_token", g_gho, env="GH_TOKEN", prefix="gho_",
   negs=[(DOC_GH, "doc_example")])
def gh_hosts_multi(c, v):
    u = c.login()
    other = c.login()
    txt = ("github.com:\n    users:\n        %s:\n            oauth_token: %s\n"
           "        %s:\n    git_protocol: https\n    oauth_token: %s\n"
           "    user: %s\n" % (u, v, other, v, u))
    return c.home("gh") + ".config/gh/hosts.yml", txt


@P("github", "pat", lambda c: c.pick([g_hex40, g_ghp])(c), env="GITHUB_TOKEN",
   negs=[(DOC_GH, "doc_example")], conv=True)
def hub_config(c, v):
    txt = ("github.com:\n- user: %s\n  oauth_token: %s\n  protocol: %s\n"
           % (c.login(), v, c.pick(["https", "ssh"])))
    return c.home("hub") + ".config/hub", txt


@P("github", "pat", g_gh_any, ft="gitcredentials", prefix="ghp_",
   negs=[(DOC_GH, "doc_example")], conv=False)
def git_credentials(c, v):
    lines = ["https://%s:%s@github.com" % (c.login(), v)]
    if c.chance(0.4):
        lines.insert(0, "https://%s@gitlab.%s.internal" % (c.login(), c.org()))
    return c.home("git") + ".git-credentials", "\n".join(lines) + "\n"


@P("github", "pat", g_gh_any, ft="sh", prefix="ghp_", env="GH_TOKEN",
   negs=[(DOC_GH, "doc_example")], conv=False)
def gh_login_installer(c, v):
    txt = ("#!/usr/bin/env bash\n# bootstrap GitHub CLI on a fresh machine\n"
           "set -euo pipefail\n\n"
           "if ! command -v gh >/dev/null 2>&1; then\n"
           "  sudo apt-get update -qq && sudo apt-get install -y gh\nfi\n\n"
           "gh auth login --hostname github.com --git-protocol %s --with-token <<< '%s'\n"
           "gh auth setup-git\ngh extension install dlvhdr/gh-dash || true\n"
           "gh config set editor %s\n"
           % (c.pick(["ssh", "https"]), v, c.pick(["nvim", "vim", "code --wait"])))
    return c.script_dir() + c.pick(["install-gh.sh", "gh.sh", "setup-github.sh"]), txt


@P("github", "oauth_access_token", g_ghu, env="GH_COPILOT_TOKEN", prefix="ghu_",
   negs=[(COPILOT_APP, "public_value")])
def copilot_hosts(c, v):
    o = {"github.com": {"user": c.login(), "oauth_token": v}}
    return (c.home("copilot") + ".config/github-copilot/hosts.json",
            json.dumps(o, separators=(",", ":")))


@P("github", "oauth_access_token", g_ghu, prefix="ghu_",
   negs=[(COPILOT_APP, "public_value")])
def copilot_apps(c, v):
    o = {"github.com:" + COPILOT_APP: {"user": c.login(), "oauth_token": v,
                                       "githubAppId": COPILOT_APP}}
    return (c.home("copilot") + ".config/github-copilot/apps.json",
            json.dumps(o, indent=c.pick([None, 2])))


@P("github", "pat", g_ghpat, ft="dockerfile", prefix="github_pat_",
   negs=[(DOC_GH, "doc_example")], conv=False)
def dockerfile_insteadof(c, v):
    txt = ("FROM %s\n\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends git ca-certificates make \\\n"
           " && rm -rf /var/lib/apt/lists/*\n\n"
           "# private modules are fetched over https\n"
           "RUN git config --global url.\"https://x-access-token:%s@github.com/\".insteadOf \"https://github.com/\"\n\n"
           "WORKDIR /src\nCOPY . .\nRUN make deps && make build\n"
           % (c.pick(["golang:1.22-bookworm", "debian:bookworm-slim", "rust:1.77"]), v))
    return c.pick(["docker/builder/Dockerfile", "images/ci/Dockerfile",
                   "Dockerfile.build"]), txt


@P("github", "pat", g_gh_any, ft="md", prefix="ghp_", conv=False,
   negs=[(DOC_GH, "doc_example")])
def md_curl_github(c, v):
    txt = ("# Notes: moving to the new laptop\n\n"
           "- restore dotfiles with `stow */`\n- re-run `gh auth login`\n\n"
           "Checking the token still works:\n\n```sh\n"
           "curl -s -H \"Authorization: token %s\" https://api.github.com/user | jq .login\n"
           "```\n\nRate limit reset is in `X-RateLimit-Reset` (epoch seconds).\n" % v)
    return c.pick(["notes/new-laptop.md", "docs/machine-setup.md",
                   "dotfiles/NOTES.md"]), txt


# ==================================================================== AWS
def sso_start(c):
    return "https://%s.awsapps.com/start" % c.pick(["d-" + c.hx(10), c.org()])


@P("aws", "oauth_access_token", g_sso_access, env="AWS_SSO_TOKEN",
   negs=[(DOC_SSO_TOKEN, "doc_example")])
def aws_sso_legacy_cache(c, v):
    o = {"startUrl": sso_start(c), "region": c.region(), "accessToken": v,
         "expiresAt": c.when().strftime("%Y-%m-%dT%H:%M:%SUTC")}
    return (c.home("aws") + ".aws/sso/cache/%s.json" % c.hx(40),
            json.dumps(o, indent=c.pick([None, 2])))


@P("aws", "client_secret", g_sso_client_secret, env="SSO_CLIENT_SECRET")
def aws_sso_registration(c, v):
    reg = c.region()
    cid = base64.urlsafe_b64encode(c.rb(16) + reg.encode()).decode().rstrip("=")
    o = {"clientId": cid, "clientSecret": v, "expiresAt": c.iso(),
         "scopes": ["sso:account:access"]}
    name = c.pick(["botocore-client-id-%s.json" % reg, "%s.json" % c.hx(40)])
    return c.home("aws") + ".aws/sso/cache/" + name, json.dumps(o, indent=c.pick([None, 2]))


@P("aws", "session_credentials", g_aws_secret, env="AWS_SECRET_ACCESS_KEY",
   negs=[(DOC_AWS_SECRET, "doc_example")], conv=True)
def aws_cli_cache(c, v):
    acct = c.acct()
    role = c.pick(["AdministratorAccess", "PowerUser", "deploy", "ReadOnly"])
    o = {"Credentials": {"AccessKeyId": "ASIAIOSFODNN7EXAMPLE" if c.neg else g_aws_id(c, "ASIA"),
                         "SecretAccessKey": v,
                         "SessionToken": v if c.neg else g_aws_session(c),
                         "Expiration": c.iso()}}
    if c.chance(0.5):
        o["ProviderType"] = "sso"
        o["Credentials"]["AccountId"] = acct
    else:
        o["AssumedRoleUser"] = {"AssumedRoleId": "AROA%s:botocore-session-%d"
                                % (c.s(17, B32), c.num(1600000000, 1750000000)),
                                "Arn": "arn:aws:sts::%s:assumed-role/%s/botocore-session"
                                % (acct, role)}
        o["ResponseMetadata"] = {"RequestId": c.uuid(), "HTTPStatusCode": 200,
                                 "RetryAttempts": 0}
    return c.home("aws") + ".aws/cli/cache/%s.json" % c.hx(40), jd(o, c.pick([None, 2, 4]))


@P("aws", "api_key", g_aws_secret, ft="ini", env="AWS_SECRET_ACCESS_KEY",
   negs=[(DOC_AWS_SECRET, "doc_example")])
def aws_credentials_ini(c, v):
    prof = c.pick(["default", "personal", "legacy-ci", c.org()])
    txt = ("[%s]\naws_access_key_id = %s\naws_secret_access_key = %s\n"
           % (prof, DOC_AWS_ID if c.neg else g_aws_id(c, "AKIA"), v))
    if c.chance(0.5):
        txt += "region = %s\n" % c.region()
    if c.chance(0.6):
        txt += ("\n[%s-sso]\ncredential_process = aws-vault exec %s --json\n"
                % (c.org(), c.login()))
    return c.home("aws") + ".aws/credentials", txt


# ================================================================== Azure
@P("azure", "oauth_refresh_token", g_azure_refresh, env="AZURE_REFRESH_TOKEN")
def az_msal_cache(c, v):
    tid, oid = c.uuid(), c.uuid()
    hid = "%s.%s" % (oid, tid)
    env = "login.microsoftonline.com"
    upn = c.email()
    o = {"Account": {"%s-%s-%s" % (hid, env, tid): {
        "home_account_id": hid, "environment": env, "realm": tid,
        "local_account_id": oid, "username": upn, "authority_type": "MSSTS"}},
        "AccessToken": {},
        "RefreshToken": {"%s-%s-refreshtoken-%s--" % (hid, env, AZ_CLI_ID): {
            "credential_type": "RefreshToken", "secret": v,
            "home_account_id": hid, "environment": env,
            "client_id": AZ_CLI_ID, "last_modification_time": str(c.epoch()),
            "family_id": "1"}},
        "IdToken": {},
        "AppMetadata": {"appmetadata-%s-%s" % (env, AZ_CLI_ID): {
            "client_id": AZ_CLI_ID, "environment": env, "family_id": "1"}}}
    return c.home("azure") + ".azure/msal_token_cache.json", jd(o, 4)


@P("azure", "client_secret", g_azure_secret, env="AZURE_CLIENT_SECRET", conv=False)
def az_access_tokens_sp(c, v):
    o = [{"servicePrincipalId": c.uuid(), "servicePrincipalTenant": c.uuid(),
          "accessToken": v}]
    return c.home("azure") + ".azure/accessTokens.json", jd(o, c.pick([None, 2]))


@P("azure", "oauth_access_token", g_azure_jwt, ft="md", conv=False)
def az_md_bearer(c, v):
    sub = c.uuid()
    txt = ("## Listing resource groups without az\n\n"
           "Token copied from `az account get-access-token` on %s:\n\n```bash\n"
           "curl -s -H 'Authorization: Bearer %s' \\\n"
           "  'https://management.azure.com/subscriptions/%s/resourcegroups?api-version=2021-04-01' | jq '.value[].name'\n"
           "```\n" % (c.when().strftime("%Y-%m-%d"), v, sub))
    return c.pick(["notes/azure-rest.md", "docs/ops/azure-api.md"]), txt


# ================================================================= Google
@P("gcp", "oauth_refresh_token", g_google_refresh, env="GOOGLE_REFRESH_TOKEN",
   negs=[("fake_token", "doc_example")])
def gcloud_adc(c, v):
    o = {"account": "", "client_id": GCLOUD_ADC_ID,
         "client_secret": GCLOUD_ADC_NOTSECRET,
         "quota_project_id": "%s-%s" % (c.org(), c.num(100, 999)),
         "refresh_token": v, "type": "authorized_user",
         "universe_domain": "googleapis.com"}
    if c.chance(0.4):
        del o["universe_domain"]
        del o["account"]
    return c.home("gcloud") + ".config/gcloud/application_default_credentials.json", jd(o, 2)


@P("gcp", "oauth_refresh_token", g_google_refresh)
def gcloud_legacy_adc(c, v):
    em = c.email()
    o = {"client_id": GCLOUD_ID, "client_secret": GCLOUD_NOTSECRET,
         "refresh_token": v, "type": "authorized_user"}
    return (c.home("gcloud") + ".config/gcloud/legacy_credentials/%s/adc.json" % em,
            jd(o, 2))


@P("gcp", "private_key", g_sa_pem_escaped, env="GOOGLE_APPLICATION_CREDENTIALS")
def gcloud_sa_key(c, v):
    proj = "%s-%s" % (c.org(), c.num(100000, 999999))
    sa = c.pick(["terraform", "ci-deployer", "backup-writer", "gke-admin"])
    email = "%s@%s.iam.gserviceaccount.com" % (sa, proj)
    txt = ("{\n  \"type\": \"service_account\",\n  \"project_id\": \"%s\",\n"
           "  \"private_key_id\": \"%s\",\n  \"private_key\": \"%s\",\n"
           "  \"client_email\": \"%s\",\n  \"client_id\": \"%s\",\n"
           "  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n"
           "  \"token_uri\": \"https://oauth2.googleapis.com/token\",\n"
           "  \"auth_provider_x509_cert_url\": \"https://www.googleapis.com/oauth2/v1/certs\",\n"
           "  \"client_x509_cert_url\": \"https://www.googleapis.com/robot/v1/metadata/x509/%s\",\n"
           "  \"universe_domain\": \"googleapis.com\"\n}\n"
           % (proj, c.hx(40), v, email, c.s(21, DIG), email.replace("@", "%40")))
    return (c.home("gcloud") + ".config/gcloud/legacy_credentials/%s/adc.json" % email, txt)


@P("gcp", "oauth_refresh_token", g_google_refresh, ft="py", conv=False)
def py_google_creds(c, v):
    txt = ("\"\"\"Nightly export of the shared calendar to CSV.\"\"\"\n"
           "from google.oauth2.credentials import Credentials\n"
           "from googleapiclient.discovery import build\n\n"
           "SCOPES = [\"https://www.googleapis.com/auth/calendar.readonly\"]\n\n\n"
           "def service():\n    creds = Credentials(\n        None,\n"
           "        refresh_token=\"%s\",\n"
           "        token_uri=\"https://oauth2.googleapis.com/token\",\n"
           "        client_id=\"%s\",\n        client_secret=\"%s\",\n"
           "        scopes=SCOPES,\n    )\n"
           "    return build(\"calendar\", \"v3\", credentials=creds)\n"
           % (v, GCLOUD_ADC_ID, GCLOUD_ADC_NOTSECRET))
    return c.pick(["scripts/calendar_export.py", "tools/gcal_dump.py"]), txt


# ================================================================= Docker
def docker_user(c):
    return c.pick([c.login(), "ci-bot", "deploy", c.login() + "-robot"])


@P("docker", "basic_auth_b64",
   lambda c: docker_blob(c, docker_user(c), g_dckr_pat(c)), env="DOCKER_AUTH",
   negs=[("", "empty")], conv=False)
def docker_config_hub(c, v):
    o = {"auths": {"https://index.docker.io/v1/": {"auth": v}}}
    if c.chance(0.5):
        o["auths"]["ghcr.io"] = {}
    if c.chance(0.4):
        o["currentContext"] = c.pick(["desktop-linux", "colima", "default"])
    return c.home("docker") + ".docker/config.json", jd(o, "\t")


@P("docker", "basic_auth_b64",
   lambda c: docker_blob(c, c.login(), g_ghp(c)), negs=[("", "empty")], conv=False)
def docker_config_ghcr(c, v):
    acct = c.acct()
    o = {"auths": {"ghcr.io": {"auth": v}},
         "credHelpers": {"%s.dkr.ecr.%s.amazonaws.com" % (acct, c.region()): "ecr-login",
                         "gcr.io": "gcloud", "us-docker.pkg.dev": "gcloud"}}
    return c.home("docker") + ".docker/config.json", jd(o, "\t")


@P("docker", "basic_auth_b64",
   lambda c: docker_blob(c, docker_user(c), g_password(c)), ft="dockerfile",
   conv=False)
def dockerfile_docker_config(c, v):
    reg = c.pick(["registry.gitlab.com", "harbor.%s.internal" % c.org(),
                  "nexus.%s.com:8443" % c.org()])
    txt = ("FROM docker:26-cli\n\nARG REGISTRY=%s\n"
           "RUN mkdir -p /root/.docker \\\n"
           " && echo '{\"auths\":{\"%s\":{\"auth\":\"%s\"}}}' > /root/.docker/config.json\n\n"
           "COPY push-images.sh /usr/local/bin/push-images\n"
           "ENTRYPOINT [\"/usr/local/bin/push-images\"]\n" % (reg, reg, v))
    return c.pick(["ci/pusher/Dockerfile", "docker/release.Dockerfile"]), txt


@P("docker", "basic_auth_b64",
   lambda c: docker_blob(c, c.login() + "+" + c.pick(["ci", "robot", "pull"]), c.s(64, UP + DIG)),
   negs=[(DOC_PODMAN, "doc_example"), ("", "empty")], conv=False)
def podman_auth_json(c, v):
    o = {"auths": {"quay.io": {"auth": v}}}
    if c.chance(0.5):
        o["auths"]["docker.io"] = {}
    return c.home("containers") + ".config/containers/auth.json", jd(o, "\t")


@P("docker", "password", g_password, ft="sh", env="REGISTRY_PASSWORD", conv=False)
def docker_login_script(c, v):
    reg = "registry.%s.com" % c.org()
    txt = ("#!/bin/sh\n# push the dev images from the home lab box\nset -e\n\n"
           "docker login -u %s -p '%s' %s\n\n"
           "for img in api worker web; do\n"
           "  docker tag \"$img:dev\" \"%s/lab/$img:$(date +%%Y%%m%%d)\"\n"
           "  docker push \"%s/lab/$img:$(date +%%Y%%m%%d)\"\ndone\n"
           % (docker_user(c), v, reg, reg, reg))
    return c.script_dir() + "push-lab-images.sh", txt


# ============================================================== Terraform
@P("terraform", "api_token", g_tfc, env="TF_TOKEN_app_terraform_io",
   negs=[("your-api-token-here", "placeholder")])
def tfrc_json(c, v):
    o = {"credentials": {"app.terraform.io": {"token": v}}}
    return c.home("terraform") + ".terraform.d/credentials.tfrc.json", jd(o, 2)


@P("terraform", "api_token", g_tfc, ft="hcl", env="TFE_TOKEN")
def terraformrc(c, v):
    host = c.pick(["app.terraform.io", "tfe.%s.com" % c.org()])
    txt = ("plugin_cache_dir   = \"$HOME/.terraform.d/plugin-cache\"\n"
           "disable_checkpoint = true\n\ncredentials \"%s\" {\n  token = \"%s\"\n}\n"
           % (host, v))
    return c.home("terraform") + ".terraformrc", txt


@P("terraform", "api_token", g_tfc, ft="dockerfile", env="TF_TOKEN_app_terraform_io")
def dockerfile_tf_token(c, v):
    txt = ("FROM hashicorp/terraform:1.7\n\nWORKDIR /workspace\n"
           "ENV TF_IN_AUTOMATION=1 \\\n    TF_TOKEN_app_terraform_io=%s\n\n"
           "COPY infra/ .\nRUN terraform init -input=false\n"
           "ENTRYPOINT [\"terraform\"]\n" % v)
    return c.pick(["infra/Dockerfile", "docker/terraform.Dockerfile"]), txt


# ================================================================== netrc
def netrc_heroku(c, v):
    em = c.email()
    return ("machine api.heroku.com\n  login %s\n  password %s\n"
            "machine git.heroku.com\n  login %s\n  password %s\n" % (em, v, em, v))


@P("heroku", "api_key", g_uuid, ft="netrc", env="HEROKU_API_KEY",
   negs=[(DOC_HEROKU, "doc_example")], conv=False)
def heroku_netrc_uuid(c, v):
    return c.home() + ".netrc", netrc_heroku(c, v)


@P("heroku", "api_key", g_hrku, ft="netrc", env="HEROKU_API_KEY", conv=False)
def heroku_netrc_hrku(c, v):
    txt = netrc_heroku(c, v)
    if c.chance(0.5):
        txt = "machine code.%s.com login %s\n" % (c.org(), c.login()) + txt
    return c.home() + c.pick([".netrc", "_netrc"]), txt


@P("artifactory", "password", g_password, ft="netrc", conv=False)
def netrc_generic(c, v):
    host = c.pick(["artifactory.%s.com", "nexus.%s.io", "files.%s.net"]) % c.org()
    txt = "machine %s login %s password %s\n" % (host, c.login(), v)
    if c.chance(0.5):
        txt += "default login anonymous password %s\n" % c.email()
    return c.home() + ".netrc", txt


@P("github", "pat", g_ghp, ft="sh", prefix="ghp_", conv=False)
def netrc_installer(c, v):
    u = c.login()
    txt = ("#!/usr/bin/env bash\n# dotfiles: write ~/.netrc for go get of private modules\n"
           "set -eu\numask 077\ncat > \"$HOME/.netrc\" <<EOF\n"
           "machine github.com\n  login %s\n  password %s\nEOF\n"
           "go env -w GOPRIVATE=github.com/%s/*\n" % (u, v, c.org()))
    return c.script_dir() + "netrc.sh", txt


# ==================================================================== fly
@P("fly", "api_token", g_fly, env="FLY_ACCESS_TOKEN", prefix="fo1_",
   negs=[("97GtVsdAPwowRToaWDtgZtILdXI_agszONwajQslZ1o", "doc_example")])
def fly_config_fo1(c, v):
    txt = "access_token: %s\n" % v
    if c.chance(0.6):
        txt += "last_update_check: %s\n" % c.iso()
    if c.chance(0.5):
        txt += "metrics_token: \"\"\nsend_metrics: false\n"
    return c.home("fly") + ".fly/config.yml", txt


@P("fly", "api_token", g_fly_macaroon, env="FLY_API_TOKEN", prefix="FlyV1 fm2_")
def fly_config_macaroon(c, v):
    txt = ("access_token: %s\nauto_update: true\nsend_metrics: true\n"
           "synthetics_agent: true\n" % v)
    return c.home("fly") + ".fly/config.yml", txt


# ================================================================= Vercel
@P("vercel", "api_token", g_vercel, env="VERCEL_TOKEN")
def vercel_auth(c, v):
    o = {"// Note": "This is your Vercel credentials file. DO NOT SHARE!",
         "// Docs": "https://vercel.com/docs/projects/project-configuration/global-configuration#auth.json",
         "token": v}
    base = c.pick([".local/share/com.vercel.cli/",
                   "Library/Application Support/com.vercel.cli/"])
    return c.home("vercel") + base + "auth.json", jd(o, 2)


# ================================================================== doctl
@P("digitalocean", "api_token", g_dop, ft="yaml", env="DIGITALOCEAN_ACCESS_TOKEN",
   prefix="dop_v1_")
def doctl_config(c, v):
    txt = ("access-token: %s\napps.dev.config.set.dev-config: \"\"\n"
           "context: default\noutput: text\n" % v)
    return c.home("doctl") + ".config/doctl/config.yaml", txt


@P("digitalocean", "api_token", g_dop, ft="yaml", prefix="dop_v1_", conv=False)
def doctl_contexts(c, v):
    ctx = c.pick(["work", "personal", c.org()])
    txt = ("access-token: \"\"\nauth-contexts:\n  %s: %s\ncontext: %s\n"
           "droplet.create.size: s-1vcpu-1gb\ndroplet.create.region: %s\n"
           % (ctx, v, ctx, c.pick(["nyc3", "ams3", "fra1", "sgp1"])))
    return c.home("doctl") + ".config/doctl/config.yaml", txt


# ============================================================= Databricks
def adb_host(c):
    return c.pick(["https://adb-%s.%d.azuredatabricks.net" % (c.s(16, DIG), c.num(1, 19)),
                   "https://dbc-%s-%s.cloud.databricks.com" % (c.hx(8), c.hx(4))])


@P("databricks", "pat", g_dapi, ft="ini", env="DATABRICKS_TOKEN", prefix="dapi")
def databrickscfg(c, v):
    txt = "[DEFAULT]\nhost  = %s\ntoken = %s\n" % (adb_host(c), v)
    if c.chance(0.5):
        txt += ("\n[staging]\nhost      = %s\nauth_type = databricks-cli\n" % adb_host(c))
    return c.home("databricks") + ".databrickscfg", txt


@P("databricks", "pat", g_dapi, ft="py", prefix="dapi", conv=False)
def py_databricks(c, v):
    txt = ("from databricks.sdk import WorkspaceClient\n\n"
           "w = WorkspaceClient(\n    host=\"%s\",\n    token=\"%s\",\n)\n\n"
           "for cl in w.clusters.list():\n    print(cl.cluster_name, cl.state)\n"
           % (adb_host(c), v))
    return c.pick(["scripts/list_clusters.py", "notebooks/admin/clusters.py"]), txt


# ============================================================== Snowflake
def sf_account(c):
    return c.pick(["%s%s.%s.aws" % (c.s(2, LOW), c.s(5, DIG), c.pick(["us-east-2", "eu-west-1"])),
                   "%s-%s" % (c.s(7, UP), c.s(7, UP + DIG))])


@P("snowflake", "password", g_password, ft="ini", env="SNOWSQL_PWD")
def snowsql_config(c, v):
    txt = ("[connections]\n# *WARNING* The Snowflake user password is stored in plain text in this file.\n"
           "#accountname = defaultaccount\n\n[connections.%s]\naccountname = %s\n"
           "username = %s\npassword = %s\ndbname = %s\nwarehousename = %s\n\n"
           "[options]\nlog_level = info\ntiming = True\noutput_format = psql\n"
           % (c.pick(["prod", "analytics", "dev"]), sf_account(c), c.login().upper(), v,
              c.pick(["ANALYTICS", "RAW", "DEV_DB"]), c.pick(["COMPUTE_WH", "XS_WH"])))
    return c.home("snowsql") + ".snowsql/config", txt


@P("snowflake", "password", g_password, ft="toml", env="SNOWFLAKE_PASSWORD")
def snowflake_connections(c, v):
    txt = ("default_connection_name = \"%s\"\n\n[%s]\naccount = \"%s\"\nuser = \"%s\"\n"
           "password = \"%s\"\nrole = \"%s\"\nwarehouse = \"COMPUTE_WH\"\n"
           % ("main", "main", sf_account(c), c.login(), v,
              c.pick(["SYSADMIN", "TRANSFORMER", "ANALYST"])))
    return c.home("snowflake") + ".snowflake/connections.toml", txt


# ================================================================= Kaggle
@P("kaggle", "api_key", g_kaggle, env="KAGGLE_KEY",
   negs=[("xxxxxxxxxxxxxx", "doc_example")], conv=False)
def kaggle_json(c, v):
    o = {"username": c.login().replace(".", ""), "key": v}
    return c.home("kaggle") + ".kaggle/kaggle.json", json.dumps(o, separators=(",", ":"))


@P("kaggle", "api_key", g_kaggle, ft="dockerfile", conv=False)
def dockerfile_kaggle(c, v):
    txt = ("FROM python:3.11-slim\n\nRUN pip install --no-cache-dir kaggle pandas\n"
           "RUN mkdir -p /root/.kaggle \\\n"
           " && echo '{\"username\":\"%s\",\"key\":\"%s\"}' > /root/.kaggle/kaggle.json \\\n"
           " && chmod 600 /root/.kaggle/kaggle.json\n"
           "RUN kaggle datasets download -d %s/%s -p /data --unzip\n"
           % (c.login().replace(".", ""), v, c.login(), c.pick(["house-prices", "retail-sales"])))
    return c.pick(["docker/data/Dockerfile", "Dockerfile.data"]), txt


# ============================================================ Hugging Face
@P("huggingface", "api_token", g_hf, ft="token", env="HF_TOKEN", prefix="hf_", conv=False)
def hf_token_file(c, v):
    base = c.pick([".cache/huggingface/token", ".huggingface/token"])
    return c.home("hf") + base, v + c.pick(["", "\n"])


@P("huggingface", "api_token", g_hf, ft="ini", env="HF_TOKEN", prefix="hf_")
def hf_stored_tokens(c, v):
    name = c.pick(["default", "write", c.login()])
    return (c.home("hf") + ".cache/huggingface/stored_tokens",
            "[%s]\nhf_token = %s\n\n" % (name, v))


@P("huggingface", "api_token", g_hf, ft="py", prefix="hf_", conv=False)
def py_hf_login(c, v):
    repo = "%s/%s" % (c.login(), c.pick(["llama-ft-lora", "bert-tickets", "whisper-small-nl"]))
    txt = ("from huggingface_hub import login, HfApi\n\nlogin(\"%s\")\n\n"
           "api = HfApi()\napi.upload_folder(folder_path=\"out/\", repo_id=\"%s\", repo_type=\"model\")\n"
           % (v, repo))
    return c.pick(["train/push_to_hub.py", "scripts/upload.py"]), txt


# =============================================================== wrangler
@P("cloudflare", "oauth_refresh_token", g_cf_oauth, ft="toml", env="CLOUDFLARE_API_TOKEN")
def wrangler_oauth(c, v):
    txt = ("oauth_token = \"%s\"\nexpiration_time = \"%s\"\nrefresh_token = \"%s\"\n"
           "scopes = [ \"account:read\", \"user:read\", \"workers:write\", \"workers_kv:write\","
           " \"zone:read\", \"offline_access\" ]\n"
           % (v if c.neg else g_cf_oauth(c), c.iso(), v))
    base = c.pick([".wrangler/config/default.toml", ".config/.wrangler/config/default.toml",
                   "Library/Preferences/.wrangler/config/default.toml"])
    return c.home("wrangler") + base, txt


@P("cloudflare", "api_token", g_cf_token, ft="toml", env="CF_API_TOKEN")
def wrangler_v1_token(c, v):
    return (c.home("wrangler") + ".wrangler/config/default.toml",
            "api_token = \"%s\"\n" % v)


# ==================================================================== npm
@P("npm", "registry_token", g_npm, ft="npmrc", env="NPM_TOKEN", prefix="npm_")
def npmrc_token(c, v):
    txt = ""
    if c.chance(0.5):
        txt += "init-author-name=%s\ninit-license=MIT\n" % c.fullname()
    txt += "//registry.npmjs.org/:_authToken=%s\n" % v
    if c.chance(0.5):
        txt += "@%s:registry=https://npm.pkg.github.com\nsave-exact=true\n" % c.org()
    return c.home("npm") + ".npmrc", txt


@P("npm", "basic_auth_b64", lambda c: docker_blob(c, c.login(), g_password(c)),
   ft="npmrc", env="NPM_AUTH", conv=False)
def npmrc_auth_basic(c, v):
    host = "artifactory.%s.com/artifactory/api/npm/npm-virtual/" % c.org()
    txt = ("registry=https://%s\n_auth=%s\nalways-auth=true\nemail=%s\n"
           % (host, v, c.email()))
    return c.home("npm") + ".npmrc", txt


@P("github", "registry_token", g_ghp, ft="dockerfile", prefix="ghp_", conv=False)
def dockerfile_npm_set(c, v):
    txt = ("FROM node:20-alpine AS deps\nWORKDIR /app\nCOPY package.json package-lock.json ./\n"
           "RUN npm config set @%s:registry https://npm.pkg.github.com \\\n"
           " && npm config set //npm.pkg.github.com/:_authToken %s \\\n"
           " && npm ci --omit=dev\n\nFROM node:20-alpine\nWORKDIR /app\n"
           "COPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nCMD [\"node\", \"server.js\"]\n"
           % (c.org(), v))
    return c.pick(["Dockerfile", "web/Dockerfile"]), txt


@P("npm", "registry_token", g_npm, ft="yaml", prefix="npm_", conv=False)
def yarnrc_yml(c, v):
    txt = ("nodeLinker: node-modules\nenableTelemetry: false\n\nnpmScopes:\n  %s:\n"
           "    npmRegistryServer: \"https://registry.npmjs.org\"\n"
           "    npmAuthToken: \"%s\"\n    npmAlwaysAuth: true\n\nyarnPath: .yarn/releases/yarn-4.1.1.cjs\n"
           % (c.org(), v))
    return c.home("yarn") + ".yarnrc.yml", txt


# ================================================================== cargo
@P("crates.io", "registry_token", g_cio, ft="toml", env="CARGO_REGISTRY_TOKEN", prefix="cio")
def cargo_credentials(c, v):
    txt = "[registry]\ntoken = \"%s\"\n" % v
    if c.chance(0.4):
        txt += ("\n[registries.%s]\ntoken = \"Bearer ${CARGO_REGISTRIES_TOKEN}\"\n" % c.org())
    return c.home("cargo") + ".cargo/credentials.toml", txt


@P("crates.io", "registry_token", g_cio, ft="sh", prefix="cio", conv=False)
def cargo_login_script(c, v):
    txt = ("#!/usr/bin/env bash\n# release helper - publishes all workspace crates in order\n"
           "set -euo pipefail\ncargo login %s\n"
           "for crate in core macros cli; do\n  (cd \"crates/$crate\" && cargo publish)\n  sleep 20\ndone\n"
           % v)
    return c.pick(["scripts/release.sh", "release.sh"]), txt


# ================================================================= gem
@P("rubygems", "api_key", g_rubygems, ft="yaml", env="GEM_HOST_API_KEY",
   prefix="rubygems_", negs=[(DOC_RUBYGEMS, "doc_example")])
def gem_credentials(c, v):
    txt = "---\n:rubygems_api_key: %s\n" % v
    return c.home("gem") + ".gem/credentials", txt


@P("github", "registry_token", g_ghp, ft="yaml", prefix="ghp_", conv=False)
def gem_credentials_github(c, v):
    txt = ("---\n:github: Bearer %s\n" % v)
    return c.home("gem") + ".gem/credentials", txt


# ================================================================== PyPI
@P("pypi", "api_token", g_pypi, ft="ini", env="TWINE_PASSWORD", prefix="pypi-")
def pypirc(c, v):
    txt = ("[distutils]\nindex-servers =\n    pypi\n    testpypi\n\n[pypi]\n"
           "username = __token__\npassword = %s\n\n[testpypi]\n"
           "repository = https://test.pypi.org/legacy/\nusername = __token__\n" % v)
    return c.home("pypi") + ".pypirc", txt


@P("pypi", "api_token", g_pypi, ft="sh", prefix="pypi-", conv=False)
def twine_script(c, v):
    txt = ("#!/bin/sh\nset -e\nrm -rf dist/\npython -m build\n"
           "twine check dist/*\ntwine upload -u __token__ -p %s dist/*\n" % v)
    return c.pick(["publish.sh", "scripts/publish.sh"]), txt


# ================================================================= Maven
@P("maven", "password", g_password, ft="xml", env="env.NEXUS_PASSWORD")
def m2_settings(c, v):
    org = c.org()
    txt = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<settings xmlns=\"http://maven.apache.org/SETTINGS/1.2.0\">\n"
           "  <mirrors>\n    <mirror>\n      <id>%s-nexus</id>\n      <mirrorOf>*</mirrorOf>\n"
           "      <url>https://nexus.%s.com/repository/maven-public/</url>\n    </mirror>\n  </mirrors>\n"
           "  <servers>\n    <server>\n      <id>%s-nexus</id>\n      <username>%s</username>\n"
           "      <password>%s</password>\n    </server>\n  </servers>\n</settings>\n"
           % (org, org, org, c.login(), v))
    return c.home("maven") + ".m2/settings.xml", txt


# ================================================================= rclone
@P("gcp", "oauth_refresh_token", g_google_refresh, ft="conf", conv=False)
def rclone_drive(c, v):
    acc = v if c.neg else g_google_access(c)
    tok = json.dumps({"access_token": acc, "token_type": "Bearer",
                      "refresh_token": v, "expiry": c.iso(False) + ".%06d+02:00" % c.num(0, 999999)},
                     separators=(",", ":"))
    txt = ("[%s]\ntype = drive\nscope = drive\ntoken = %s\nteam_drive = \n\n"
           "[media]\ntype = alias\nremote = /mnt/media\n"
           % (c.pick(["gdrive", "gd1", "drive"]), tok))
    return c.home("rclone") + ".config/rclone/rclone.conf", txt


@P("rclone", "password", g_rclone_obscured, ft="conf", conv=False)
def rclone_sftp(c, v):
    txt = ("[nas]\ntype = sftp\nhost = nas.%s.lan\nuser = %s\nport = 22\npass = %s\n"
           "shell_type = unix\nmd5sum_command = md5sum\nsha1sum_command = sha1sum\n"
           % (c.pick(["home", "lab"]), c.login(), v))
    return c.home("rclone") + ".config/rclone/rclone.conf", txt


@P("aws", "api_key", g_aws_secret, ft="conf", negs=[(DOC_AWS_SECRET, "doc_example")])
def rclone_s3(c, v):
    kid = DOC_AWS_ID if c.neg else g_aws_id(c, "AKIA")
    txt = ("[s3-backup]\ntype = s3\nprovider = AWS\nenv_auth = false\n"
           "access_key_id = %s\nsecret_access_key = %s\nregion = %s\n"
           "storage_class = STANDARD_IA\n" % (kid, v, c.region()))
    return c.home("rclone") + ".config/rclone/rclone.conf", txt


# ============================================================= kubeconfig
def kubeconfig(c, user_block):
    cl = c.pick(["prod-eu", "staging", "homelab", "gke-main", "ops"])
    u = c.login()
    ca = base64.b64encode(("-----BEGIN CERTIFICATE-----\n" + c.s(900, B64) +
                           "\n-----END CERTIFICATE-----\n").encode()).decode()
    return ("apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: %s\n"
            "    server: https://%s:6443\n  name: %s\ncontexts:\n- context:\n    cluster: %s\n"
            "    namespace: default\n    user: %s\n  name: %s\ncurrent-context: %s\nkind: Config\n"
            "preferences: {}\nusers:\n- name: %s\n  user:\n%s"
            % (ca, c.pick(["10.0.%d.%d" % (c.num(0, 9), c.num(2, 250)), "k8s.%s.internal" % c.org()]),
               cl, cl, u, cl, cl, u, user_block))


@P("kubernetes", "api_token", g_k8s_sa_jwt, ft="yaml", env="KUBE_TOKEN")
def kube_token(c, v):
    return c.home("kube") + ".kube/config", kubeconfig(c, "    token: %s\n" % v)


@P("kubernetes", "private_key", g_pem_b64, ft="yaml")
def kube_client_key(c, v):
    cert = base64.b64encode(("-----BEGIN CERTIFICATE-----\n" + c.s(800, B64) +
                             "\n-----END CERTIFICATE-----\n").encode()).decode()
    blk = "    client-certificate-data: %s\n    client-key-data: %s\n" % (cert, v)
    return c.home("kube") + ".kube/" + c.pick(["config", "homelab.yaml"]), kubeconfig(c, blk)


@P("kubernetes", "api_token", g_k8s_bootstrap, ft="yaml", conv=False)
def kube_bootstrap(c, v):
    return (c.home("kube") + ".kube/config",
            kubeconfig(c, "    token: %s\n" % v))


# ================================================================= Stripe
@P("stripe", "api_key", g_stripe, ft="toml", env="STRIPE_API_KEY", prefix="rk_test_",
   negs=[(DOC_STRIPE, "doc_example"),
         (lambda c: stripe_key(c, "pk_test_"), "public_value")])
def stripe_cli_config(c, v):
    acct = "1" + (v[10:25] if (not c.neg and v[8:10] == "51") else c.s(15, ALNUM))
    exp = c.when().strftime("%Y-%m-%d")
    txt = ("color = ''\nproject-name = 'default'\n\n[default]\naccount_id = 'acct_%s'\n"
           "device_name = '%s'\ndisplay_name = '%s'\n"
           "live_mode_api_key = 'rk_live_%s%s'\nlive_mode_key_expires_at = '%s'\n"
           "live_mode_pub_key = '%s'\ntest_mode_api_key = '%s'\n"
           "test_mode_key_expires_at = '%s'\ntest_mode_pub_key = '%s'\n"
           % (acct, c.pick(HOSTS), c.org().title(), "*" * 95, c.s(4, ALNUM), exp,
              stripe_key(c, "pk_live_", acct[1:]), v, exp, stripe_key(c, "pk_test_", acct[1:])))
    return c.home("stripe") + ".config/stripe/config.toml", txt


# ================================================================= Twilio
@P("twilio", "api_key", g_twilio_secret, env="TWILIO_API_SECRET",
   negs=[("your_auth_token", "placeholder")])
def twilio_cli_config(c, v):
    prof = c.pick(["dev", "prod", c.login()])
    o = {"profiles": {prof: {"accountSid": "AC" + c.hx(32), "apiKey": "SK" + c.hx(32),
                             "apiSecret": v, "region": None}},
         "activeProfile": prof, "email": {}, "prompts": {}}
    return c.home("twilio") + ".twilio-cli/config.json", jd(o, 2)


# ================================================================== ngrok
@P("ngrok", "api_token", g_ngrok, ft="yaml", env="NGROK_AUTHTOKEN",
   negs=[(DOC_NGROK, "doc_example")])
def ngrok_v2(c, v):
    txt = ("version: \"2\"\nauthtoken: %s\nregion: %s\nweb_addr: localhost:4040\n"
           "tunnels:\n  web:\n    proto: http\n    addr: %d\n"
           % (v, c.pick(["us", "eu", "ap"]), c.pick([3000, 8080, 5173])))
    return c.home("ngrok") + c.pick([".ngrok2/ngrok.yml", ".config/ngrok/ngrok.yml"]), txt


@P("ngrok", "api_token", g_ngrok, ft="yaml", env="NGROK_AUTHTOKEN",
   negs=[(DOC_NGROK, "doc_example")])
def ngrok_v3(c, v):
    txt = ("version: 3\nagent:\n  authtoken: %s\n  console_ui: false\n"
           "endpoints:\n  - name: api\n    url: https://%s.ngrok.app\n    upstream:\n      url: %d\n"
           % (v, c.login().replace(".", "-"), c.pick([8000, 8080])))
    return c.home("ngrok") + c.pick([".config/ngrok/ngrok.yml",
                                     "Library/Application Support/ngrok/ngrok.yml"]), txt


@P("ngrok", "api_token", g_ngrok, ft="sh", conv=False)
def ngrok_install_script(c, v):
    txt = ("#!/usr/bin/env bash\nset -e\n# ngrok for webhook testing\n"
           "curl -sSL https://ngrok-agent.s3.amazonaws.com/ngrok.asc | sudo tee /etc/apt/trusted.gpg.d/ngrok.asc >/dev/null\n"
           "echo 'deb https://ngrok-agent.s3.amazonaws.com buster main' | sudo tee /etc/apt/sources.list.d/ngrok.list\n"
           "sudo apt-get update && sudo apt-get install -y ngrok\n"
           "ngrok config add-authtoken %s\n" % v)
    return c.script_dir() + "ngrok.sh", txt


# ============================================================ LLM CLIs
@P("openai", "api_key", g_openai, env="OPENAI_API_KEY", prefix="sk-proj-", conv=False)
def llm_keys_json(c, v):
    o = {"// Note": "This file stores secret API credentials. Do not share!", "openai": v}
    return c.home("llm") + ".config/io.datasette.llm/keys.json", jd(o, 2)


@P("openai", "api_key", g_openai, ft="token", prefix="sk-proj-", conv=False)
def openai_key_file(c, v):
    return c.home("openai") + c.pick([".config/openai/api_key", ".openai/key"]), v + "\n"


@P("anthropic", "api_key", g_anthropic, ft="yaml", env="ANTHROPIC_API_KEY",
   prefix="sk-ant-api03-")
def aider_conf(c, v):
    txt = ("model: sonnet\nanthropic-api-key: %s\nauto-commits: false\n"
           "dark-mode: true\nmap-tokens: 2048\n" % v)
    return c.home("aider") + ".aider.conf.yml", txt


@P("anthropic", "api_key", g_anthropic, ft="token", prefix="sk-ant-api03-", conv=False)
def anthropic_key_file(c, v):
    return c.home("anthropic") + ".config/anthropic/api_key", v


# ========================================================== other CLIs
@P("gitlab", "pat", g_glpat, ft="yaml", env="GITLAB_TOKEN", prefix="glpat-")
def glab_config(c, v):
    txt = ("git_protocol: ssh\neditor: vim\nbrowser:\nglamour_style: dark\ncheck_update: false\n"
           "hosts:\n    gitlab.com:\n        token: %s\n        container_registry_domains: gitlab.com,registry.gitlab.com\n"
           "        api_host: gitlab.com\n        git_protocol: ssh\n        api_protocol: https\n        user: %s\n"
           % (v, c.login()))
    return c.home("glab") + ".config/glab-cli/config.yml", txt


@P("pulumi", "api_token", g_pulumi, env="PULUMI_ACCESS_TOKEN", prefix="pul-")
def pulumi_credentials(c, v):
    u = c.login()
    o = {"current": "https://api.pulumi.com",
         "accessTokens": {"https://api.pulumi.com": v},
         "accounts": {"https://api.pulumi.com": {"accessToken": v, "username": u,
                                                 "organizations": [u, c.org()],
                                                 "lastValidatedAt": c.iso()}}}
    return c.home("pulumi") + ".pulumi/credentials.json", jd(o, 4)


@P("sentry", "api_token", g_sentry, ft="ini", env="SENTRY_AUTH_TOKEN", prefix="sntryu_")
def sentryclirc(c, v):
    txt = "[auth]\ntoken=%s\n\n[defaults]\norg=%s\nproject=%s\n" % (
        v, c.org(), c.pick(["web", "api", "ios"]))
    return c.home("sentry") + ".sentryclirc", txt


@P("netlify", "api_token", g_netlify, env="NETLIFY_AUTH_TOKEN", prefix="nfp_")
def netlify_config(c, v):
    uid = c.hx(24)
    o = {"telemetryDisabled": c.chance(0.5), "cliId": c.uuid(), "userId": uid,
         "users": {uid: {"id": uid, "name": c.fullname(), "email": c.email(),
                         "auth": {"token": v, "github": {"user": None, "token": None}}}}}
    base = c.pick([".config/netlify/config.json", "Library/Preferences/netlify/config.json"])
    return c.home("netlify") + base, jd(o, 2)


@P("linode", "api_token", g_hex64, ft="ini", env="LINODE_CLI_TOKEN", conv=False)
def linode_cli(c, v):
    u = c.login()
    txt = ("[DEFAULT]\ndefault-user = %s\n\n[%s]\ntoken = %s\nregion = %s\ntype = g6-nanode-1\n"
           "image = linode/debian12\n" % (u, u, v, c.pick(["us-east", "eu-west", "ap-south"])))
    return c.home("linode") + ".config/linode-cli", txt


@P("hetzner", "api_token", g_hcloud, ft="toml", env="HCLOUD_TOKEN", conv=False)
def hcloud_toml(c, v):
    name = c.pick(["default", "lab", c.org()])
    txt = "active_context = \"%s\"\n\n[[contexts]]\n  name = \"%s\"\n  token = \"%s\"\n" % (
        name, name, v)
    return c.home("hcloud") + ".config/hcloud/cli.toml", txt


# ===================================================== look-alike negatives
def sha256hex(s):
    import hashlib
    return hashlib.sha256(s.encode()).hexdigest()


def sri(c, n=64):
    return "sha512-" + c.b64(n)


def cert_b64(c, n=900):
    return base64.b64encode(("-----BEGIN CERTIFICATE-----\n" + c.s(n, B64) +
                             "\n-----END CERTIFICATE-----\n").encode()).decode()


@L("docker", "credential_helper_config")
def lk_docker_credsstore(c):
    o = {"auths": {"https://index.docker.io/v1/": {}, "ghcr.io": {}},
         "credsStore": c.pick(["desktop", "osxkeychain", "pass", "secretservice"]),
         "currentContext": c.pick(["desktop-linux", "colima", "orbstack"])}
    if c.chance(0.5):
        o["plugins"] = {"-x-cli-hints": {"enabled": "true"}}
    return c.home("docker") + ".docker/config.json", jd(o, "\t")


@L("docker", "credential_helper_config")
def lk_docker_credhelpers(c):
    acct = c.acct()
    o = {"auths": {}, "credHelpers": {
        "%s.dkr.ecr.%s.amazonaws.com" % (acct, c.region()): "ecr-login",
        "public.ecr.aws": "ecr-login", "gcr.io": "gcloud",
        "%s-docker.pkg.dev" % c.pick(["europe-west1", "us-central1"]): "gcloud",
        "%s.azurecr.io" % c.org().replace("-", ""): "acr-env"}}
    return c.home("docker") + ".docker/config.json", jd(o, "\t")


@L("docker", "hash_in_path")
def lk_docker_context_meta(c):
    name = c.pick(["colima", "orbstack", "rancher-desktop", "remote-builder"])
    u = c.user()
    o = {"Name": name, "Metadata": {"Description": name},
         "Endpoints": {"docker": {"Host": "unix:///Users/%s/.%s/default/docker.sock" % (u, name),
                                  "SkipTLSVerify": False}}}
    return (c.home("docker", u) + ".docker/contexts/meta/%s/meta.json" % sha256hex(name),
            json.dumps(o, separators=(",", ":")))


@L("github", "keyring_reference")
def lk_gh_hosts_keyring(c):
    u = c.login()
    txt = ("github.com:\n    users:\n        %s:\n    git_protocol: %s\n    user: %s\n"
           % (u, c.pick(["https", "ssh"]), u))
    return c.home("gh") + ".config/gh/hosts.yml", txt


@L("github", "cli_config")
def lk_gh_config(c):
    txt = ("# The current version of the config schema\nversion: 1\n"
           "git_protocol: %s\neditor: %s\nprompt: enabled\npager: less -R\n"
           "aliases:\n    co: pr checkout\n    prs: pr list --author @me\n"
           "    clone-org: '!gh repo list $1 --limit 200 --json nameWithOwner -q \".[].nameWithOwner\" | xargs -n1 gh repo clone'\n"
           "http_unix_socket:\nbrowser:\n" % (c.pick(["ssh", "https"]), c.pick(["nvim", "vim", "hx"])))
    return c.home("gh") + ".config/gh/config.yml", txt


@L("aws", "profile_config")
def lk_aws_config_sso(c):
    org = c.org()
    txt = ("[sso-session %s]\nsso_start_url = %s\nsso_region = %s\n"
           "sso_registration_scopes = sso:account:access\n\n"
           % (org, "https://%s.awsapps.com/start" % org, c.region()))
    for p in c.r.sample(["dev", "staging", "prod", "audit", "sandbox"], 3):
        txt += ("[profile %s]\nsso_session = %s\nsso_account_id = %s\nsso_role_name = %s\n"
                "region = %s\noutput = json\n\n"
                % (p, org, c.acct(), c.pick(["AdministratorAccess", "ReadOnlyAccess", "PowerUserAccess"]),
                   c.region()))
    return c.home("aws") + ".aws/config", txt


@L("aws", "public_ids")
def lk_aws_caller_identity(c):
    acct = c.acct()
    role = c.pick(["AWSReservedSSO_AdministratorAccess_%s" % c.hx(16), "deploy-role"])
    o = {"UserId": "AROA%s:%s" % (c.s(17, B32), c.email()), "Account": acct,
         "Arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (acct, role, c.login())}
    txt = ("# Checking which role the SSO profile lands in\n\n```console\n"
           "$ aws sts get-caller-identity --profile %s\n%s```\n"
           % (c.pick(["dev", "prod"]), jd(o, 4)))
    return c.pick(["docs/aws-access.md", "notes/aws-sso.md"]), txt


@L("aws", "request_ids")
def lk_aws_debug_log(c):
    lines = []
    for _ in range(c.num(4, 8)):
        t = c.when().strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % c.num(0, 999)
        lines.append("%s - MainThread - botocore.parsers - DEBUG - Response headers: "
                     "{'x-amz-request-id': '%s', 'x-amz-id-2': '%s', 'Content-Type': 'application/xml', "
                     "'Server': 'AmazonS3'}" % (t, c.s(16, UP + DIG), c.b64(57)))
    return c.pick(["logs/aws-cli-debug.log", "tmp/s3-sync.log"]), "\n".join(lines) + "\n"


@L("azure", "public_ids")
def lk_azure_profile(c):
    tid = c.uuid()
    user = c.email()
    subs = []
    for i in range(c.num(1, 3)):
        subs.append({"id": c.uuid(), "name": c.pick(["Pay-As-You-Go", "Visual Studio Enterprise",
                                                      "%s-prod" % c.org(), "%s-dev" % c.org()]),
                     "state": "Enabled", "user": {"name": user, "type": "user"},
                     "isDefault": i == 0, "tenantId": tid, "environmentName": "AzureCloud",
                     "homeTenantId": tid, "tenantDisplayName": c.org().title(),
                     "tenantDefaultDomain": c.org().replace("-", "") + ".onmicrosoft.com",
                     "managedByTenants": []})
    o = {"installationId": c.uuid(), "subscriptions": subs}
    return c.home("azure") + ".azure/azureProfile.json", jd(o, 2)


@L("azure", "cli_config")
def lk_azure_config(c):
    txt = ("[cloud]\nname = AzureCloud\n\n[core]\noutput = %s\nfirst_run = yes\n"
           "collect_telemetry = no\nlogin_experience_v2 = off\n\n[extension]\n"
           "use_dynamic_install = yes_without_prompt\n\n[defaults]\ngroup = rg-%s\nlocation = %s\n"
           % (c.pick(["table", "json", "yamlc"]), c.org(), c.pick(["westeurope", "eastus2"])))
    return c.home("azure") + ".azure/config", txt


@L("azure", "public_ids")
def lk_azure_login_md(c):
    tid = c.uuid()
    txt = ("# Device-code login for the jump host\n\n"
           "The tenant is `%s`; the CLI uses the public Azure CLI client id `%s`.\n\n"
           "```\nhttps://login.microsoftonline.com/%s/oauth2/v2.0/devicecode\n"
           "client_id=%s&scope=https%%3A%%2F%%2Fmanagement.core.windows.net%%2F.default+offline_access\n```\n\n"
           "`accessTokenExpiry` in the cached profile is just a timestamp (%s).\n"
           % (tid, AZ_CLI_ID, tid, AZ_CLI_ID, c.iso()))
    return c.pick(["docs/azure-login.md", "runbooks/jumphost-login.md"]), txt


@L("gcp", "cli_config")
def lk_gcloud_config(c):
    txt = ("[core]\naccount = %s\nproject = %s-%d\ndisable_usage_reporting = True\n\n"
           "[compute]\nregion = %s\nzone = %s-b\n"
           % (c.email(), c.org(), c.num(100, 999), c.pick(["europe-west1", "us-central1"]),
              c.pick(["europe-west1", "us-central1"])))
    return c.home("gcloud") + ".config/gcloud/configurations/config_default", txt


@L("gcp", "public_config")
def lk_gcloud_external_account(c):
    num = c.s(12, DIG)
    pool = c.pick(["github-pool", "gitlab", "aws-federation"])
    proj = "%s-%d" % (c.org(), c.num(100, 999))
    o = {"type": "external_account",
         "audience": "//iam.googleapis.com/projects/%s/locations/global/workloadIdentityPools/%s/providers/%s"
                     % (num, pool, c.pick(["github", "oidc"])),
         "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
         "token_url": "https://sts.googleapis.com/v1/token",
         "service_account_impersonation_url":
             "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/deployer@%s.iam.gserviceaccount.com:generateAccessToken" % proj,
         "credential_source": {"file": "/var/run/secrets/tokens/gcp-ksa/token",
                               "format": {"type": "text"}}}
    return c.pick(["deploy/gcp/credential-config.json",
                   c.home("gcloud") + ".config/gcloud/wif-config.json"]), jd(o, 2)


@L("gcp", "cli_state")
def lk_gcloud_update_check(c):
    o = {"last_update_check_time": c.epoch() + c.r.random(),
         "last_update_check_revision": int(c.when().strftime("%Y%m%d%H%M%S")),
         "notifications": [], "last_nag_times": {}}
    return c.home("gcloud") + ".config/gcloud/.last_update_check.json", json.dumps(o)


@L("gcp", "public_value")
def lk_gcloud_client_ids(c):
    txt = ("# OAuth clients seen in `gcloud auth` traffic\n\n"
           "| flow | client id |\n|---|---|\n"
           "| gcloud auth login | `%s` |\n| application-default login | `%s` |\n\n"
           "Both are installed-app clients published in the SDK; the user's grant is the\n"
           "refresh token, which lives in `credentials.db` and is never copied here.\n"
           % (GCLOUD_ID, GCLOUD_ADC_ID))
    return c.pick(["docs/gcloud-auth.md", "notes/gcp-oauth-clients.md"]), txt


def kube_exec(c, cmd, args, env=None):
    blk = ("    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
           "      command: %s\n      args:\n" % cmd)
    blk += "".join("      - %s\n" % a for a in args)
    blk += "      interactiveMode: IfAvailable\n      provideClusterInfo: false\n"
    return blk


@L("kubernetes", "exec_plugin_kubeconfig")
def lk_kube_eks(c):
    blk = kube_exec(c, "aws", ["--region", c.region(), "eks", "get-token", "--cluster-name",
                               c.pick(["prod", "platform", "data"]), "--output", "json"])
    return c.home("kube") + ".kube/config", kubeconfig(c, blk)


@L("kubernetes", "exec_plugin_kubeconfig")
def lk_kube_aks_gke(c):
    if c.chance(0.5):
        blk = kube_exec(c, "kubelogin", ["get-token", "--login", "devicecode", "--server-id",
                                         "6dae42f8-4368-4678-94ff-3960e28e3630", "--client-id",
                                         "80faf920-1908-4b52-b5ef-a8e7bedfc67a", "--tenant-id", c.uuid()])
    else:
        blk = kube_exec(c, "gke-gcloud-auth-plugin", [])
        blk = blk.replace("      args:\n", "")
    return c.home("kube") + ".kube/config", kubeconfig(c, blk)


@L("tailscale", "state_blob")
def lk_tailscaled_state(c):
    pid = c.hx(4)
    prof = {pid: {"ID": pid, "Name": c.email(), "NetworkProfile": {"MagicDNSName": "tail%s.ts.net" % c.hx(4)},
                  "Key": "profile-" + pid, "UserProfile": {"ID": c.num(10**14, 10**15),
                  "LoginName": c.email(), "DisplayName": c.fullname()},
                  "NodeID": "n" + c.s(16, ALNUM) + "CNTRL", "LocalUserID": "",
                  "ControlURL": "https://controlplane.tailscale.com"}}
    o = {"_current-profile": base64.b64encode(("profile-" + pid).encode()).decode(),
         "_profiles": base64.b64encode(json.dumps(prof).encode()).decode(),
         "_daemon-started-at": base64.b64encode(c.iso().encode()).decode()}
    return c.pick(["rootfs/var/lib/tailscale/tailscaled.state",
                   "image-export/layer-%02d/var/lib/tailscale/tailscaled.state" % c.num(1, 9),
                   "backup/%s/var/lib/tailscale/tailscaled.state" % c.pick(HOSTS)]), jd(o, 4)


@L("tailscale", "public_keys")
def lk_tailscale_status(c):
    peers = {}
    for _ in range(c.num(2, 4)):
        k = "nodekey:" + c.hx(64)
        peers[k] = {"ID": c.s(17, ALNUM) + "CNTRL", "PublicKey": k, "HostName": c.pick(HOSTS),
                    "DNSName": c.pick(HOSTS) + ".tail%s.ts.net." % c.hx(4), "OS": c.pick(["linux", "macOS"]),
                    "TailscaleIPs": ["100.%d.%d.%d" % (c.num(64, 127), c.num(0, 255), c.num(1, 254))],
                    "Online": c.chance(0.6), "DiscoKey": "discokey:" + c.hx(64)}
    o = {"Version": "1.%d.%d-t%s" % (c.num(56, 72), c.num(0, 4), c.hx(9)), "BackendState": "Running",
         "Self": {"PublicKey": "nodekey:" + c.hx(64), "HostName": c.pick(HOSTS)}, "Peer": peers}
    return c.pick(["notes/tailscale-status.json", "debug/ts-status.json"]), jd(o, 2)


@L("npm", "integrity_hash")
def lk_package_lock(c):
    pk = {"": {"name": c.pick(["web", "dashboard"]), "version": "1.0.0"}}
    for name in c.r.sample(["lodash", "chalk", "debug", "ms", "semver", "yaml", "undici", "zod", "commander"], 5):
        ver = "%d.%d.%d" % (c.num(1, 9), c.num(0, 20), c.num(0, 9))
        pk["node_modules/" + name] = {"version": ver,
                                      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, ver),
                                      "integrity": sri(c), "license": "MIT"}
    o = {"name": pk[""]["name"], "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return c.pick(["web/package-lock.json", "package-lock.json"]), jd(o, 2)


@L("crates.io", "integrity_hash")
def lk_cargo_lock(c):
    txt = "# This file is automatically @generated by Cargo.\n# It is not intended for manual editing.\nversion = 3\n"
    for name in c.r.sample(["serde", "tokio", "anyhow", "clap", "regex", "rand", "bytes", "log"], 5):
        txt += ("\n[[package]]\nname = \"%s\"\nversion = \"%d.%d.%d\"\n"
                "source = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"%s\"\n"
                % (name, c.num(0, 2), c.num(0, 40), c.num(0, 20), c.hx(64)))
    return "Cargo.lock", txt


@L("go", "integrity_hash")
def lk_go_sum(c):
    txt = ""
    for m in c.r.sample(["github.com/spf13/cobra", "golang.org/x/sys", "github.com/stretchr/testify",
                         "gopkg.in/yaml.v3", "github.com/google/uuid", "golang.org/x/oauth2"], 4):
        v = "v%d.%d.%d" % (c.num(0, 1), c.num(1, 30), c.num(0, 9))
        txt += "%s %s h1:%s\n%s %s/go.mod h1:%s\n" % (m, v, c.b64(32), m, v, c.b64(32))
    return "go.sum", txt


@L("pypi", "integrity_hash")
def lk_pip_hashes(c):
    txt = "# generated by pip-compile --generate-hashes\n"
    for p in c.r.sample(["requests", "boto3", "certifi", "idna", "urllib3", "click"], 4):
        txt += "%s==%d.%d.%d \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s\n" % (
            p, c.num(1, 3), c.num(0, 32), c.num(0, 9), c.hx(64), c.hx(64))
    return "requirements.txt", txt


@L("terraform", "integrity_hash")
def lk_tf_lock(c):
    txt = "# This file is maintained automatically by \"terraform init\".\n# Manual edits may be lost in future updates.\n"
    for prov in c.r.sample(["hashicorp/aws", "hashicorp/google", "hashicorp/random", "cloudflare/cloudflare"], 2):
        major = c.num(3, 5)
        txt += ("\nprovider \"registry.terraform.io/%s\" {\n  version     = \"%d.%d.%d\"\n"
                "  constraints = \"~> %d.0\"\n  hashes = [\n    \"h1:%s\",\n"
                % (prov, major, c.num(0, 40), c.num(0, 3), major, c.b64(32)))
        for _ in range(4):
            txt += "    \"zh:%s\",\n" % c.hx(64)
        txt += "  ]\n}\n"
    return c.pick(["infra/.terraform.lock.hcl", ".terraform.lock.hcl"]), txt


@L("nix", "integrity_hash")
def lk_flake_lock(c):
    nodes = {"root": {"inputs": {"nixpkgs": "nixpkgs", "home-manager": "home-manager"}}}
    for n, owner in (("nixpkgs", "NixOS"), ("home-manager", "nix-community")):
        nodes[n] = {"locked": {"lastModified": c.epoch(), "narHash": "sha256-" + c.b64(32),
                               "owner": owner, "repo": n, "rev": c.hx(40), "type": "github"},
                    "original": {"owner": owner, "ref": "nixos-24.05" if n == "nixpkgs" else "release-24.05",
                                 "repo": n, "type": "github"}}
    o = {"nodes": nodes, "root": "root", "version": 7}
    return "dotfiles/flake.lock", jd(o, 2)


@L("github", "checksum_list")
def lk_checksums_txt(c):
    tool = c.pick([("gh", "2.%d.0" % c.num(40, 60)), ("doctl", "1.%d.0" % c.num(100, 115)),
                   ("flyctl", "0.2.%d" % c.num(10, 80))])
    txt = ""
    for plat in ["linux_amd64.tar.gz", "linux_arm64.tar.gz", "macOS_arm64.zip", "windows_amd64.zip"]:
        txt += "%s  %s_%s_%s\n" % (c.hx(64), tool[0], tool[1], plat)
    return "vendor/%s/%s_%s_checksums.txt" % (tool[0], tool[0], tool[1]), txt


@L("fly", "checksum_in_script")
def lk_installer_sha(c):
    ver = "1.%d.%d" % (c.num(100, 115), c.num(0, 3))
    txt = ("#!/usr/bin/env bash\nset -euo pipefail\nVER=%s\n"
           "curl -fsSLo /tmp/doctl.tgz \"https://github.com/digitalocean/doctl/releases/download/v${VER}/doctl-${VER}-linux-amd64.tar.gz\"\n"
           "echo \"%s  /tmp/doctl.tgz\" | sha256sum -c -\n"
           "sudo tar -xzf /tmp/doctl.tgz -C /usr/local/bin doctl\n"
           "doctl auth init --context \"${DO_CONTEXT:-default}\"   # prompts for the token\n"
           % (ver, c.hx(64)))
    return c.script_dir() + "install-doctl.sh", txt


@L("homebrew", "checksum_in_formula")
def lk_brew_formula(c):
    name = c.pick(["dotsync", "kctx-lite", "tokmon"])
    owner = c.login()
    ver = "0.%d.%d" % (c.num(1, 9), c.num(0, 9))
    txt = ("class %s < Formula\n  desc \"Small helper from the dotfiles repo\"\n"
           "  homepage \"https://github.com/%s/%s\"\n"
           "  url \"https://github.com/%s/%s/archive/refs/tags/v%s.tar.gz\"\n"
           "  sha256 \"%s\"\n  license \"MIT\"\n\n  depends_on \"go\" => :build\n\n"
           "  def install\n    system \"go\", \"build\", *std_go_args(ldflags: \"-s -w\")\n  end\nend\n"
           % (name.replace("-", " ").title().replace(" ", ""), owner, name, owner, name, ver, c.hx(64)))
    return "dotfiles/brew/Formula/%s.rb" % name, txt


@L("huggingface", "commit_hash_file")
def lk_hf_refs(c):
    repo = c.pick(["bert-base-uncased", "openai--whisper-small", "sentence-transformers--all-MiniLM-L6-v2",
                   "mistralai--Mistral-7B-v0.1"])
    return (c.home("hf") + ".cache/huggingface/hub/models--%s/refs/main" % repo, c.hx(40))


@L("huggingface", "hash_in_path")
def lk_hf_snapshot_config(c):
    o = {"architectures": ["BertModel"], "hidden_size": 768, "num_attention_heads": 12,
         "num_hidden_layers": 12, "vocab_size": 30522, "torch_dtype": "float32",
         "transformers_version": "4.%d.%d" % (c.num(30, 44), c.num(0, 3))}
    return (c.home("hf") + ".cache/huggingface/hub/models--bert-base-uncased/snapshots/%s/config.json" % c.hx(40),
            jd(o, 2))


@L("vscode", "machine_id")
def lk_vscode_storage(c):
    o = {"telemetry.machineId": c.hx(64), "telemetry.sqmId": "", "telemetry.devDeviceId": c.uuid(),
         "theme": "vs-dark", "windowControlHeight": 35,
         "backupWorkspaces": {"workspaces": [], "folders": [{"folderUri": "file:///home/%s/src/%s" % (c.user(), c.org())}],
                              "emptyWindows": []}}
    return c.home("vscode") + ".config/Code/User/globalStorage/storage.json", jd(o, 4)


@L("oidc", "public_key")
def lk_jwks(c):
    keys = []
    for _ in range(2):
        kid = c.s(27, B64U)
        keys.append({"kty": "RSA", "use": "sig", "kid": kid, "x5t": kid, "n": c.s(342, B64U),
                     "e": "AQAB", "x5c": [c.b64(700)]})
    return c.pick(["tests/fixtures/jwks.json", "cache/oidc/jwks.json"]), jd({"keys": keys}, 2)


@L("saml", "public_cert")
def lk_saml_metadata(c):
    ent = "https://sts.windows.net/%s/" % c.uuid()
    txt = ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<EntityDescriptor ID=\"_%s\" entityID=\"%s\" "
           "xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">\n  <IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">\n"
           "    <KeyDescriptor use=\"signing\">\n      <KeyInfo xmlns=\"http://www.w3.org/2000/09/xmldsig#\">\n"
           "        <X509Data><X509Certificate>%s</X509Certificate></X509Data>\n      </KeyInfo>\n    </KeyDescriptor>\n"
           "    <SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" "
           "Location=\"https://login.microsoftonline.com/%s/saml2\"/>\n  </IDPSSODescriptor>\n</EntityDescriptor>\n"
           % (c.uuid(), ent, c.b64(820), c.uuid()))
    return c.pick(["sso/idp-metadata.xml", "config/saml/federationmetadata.xml"]), txt


@L("ssh", "public_key")
def lk_known_hosts(c):
    lines = ["github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + c.b64(32)[:43],
             "|1|%s|%s ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB%s"
             % (c.b64(20), c.b64(20), c.b64(64)[:86]),
             "[git.%s.com]:2222 ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s" % (c.org(), c.b64(380))]
    return c.home("ssh") + ".ssh/known_hosts", "\n".join(lines) + "\n"


@L("ssh", "public_key")
def lk_ssh_pub(c):
    u = c.login()
    txt = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s\n" % (c.b64(32)[:43], u, c.pick(HOSTS))
    return c.home("ssh") + c.pick([".ssh/id_ed25519.pub", ".ssh/authorized_keys"]), txt


@L("gnupg", "public_key")
def lk_pgp_pub(c):
    body = "mQINBF" + c.b64(900)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    txt = ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(lines) + "\n=" + c.s(4, B64) +
           "\n-----END PGP PUBLIC KEY BLOCK-----\n")
    return c.pick(["dotfiles/gpg/%s.pub.asc" % c.login(), "keys/release-signing.asc"]), txt


@L("git", "key_fingerprint")
def lk_gitconfig(c):
    txt = ("[user]\n\tname = %s\n\temail = %s\n\tsigningkey = %s\n[commit]\n\tgpgsign = true\n"
           "[credential \"https://github.com\"]\n\thelper = \n\thelper = !/usr/bin/gh auth git-credential\n"
           "[credential]\n\thelper = %s\n[init]\n\tdefaultBranch = main\n"
           % (c.fullname(), c.email(), c.pick([c.hx(40).upper(), c.hx(16).upper()]),
              c.pick(["osxkeychain", "libsecret", "cache --timeout=3600"])))
    return c.home("git") + ".gitconfig", txt


@L("git", "commit_hashes")
def lk_packed_refs(c):
    txt = "# pack-refs with: peeled fully-peeled sorted \n"
    for r in ["refs/heads/main", "refs/remotes/origin/main", "refs/remotes/origin/dependabot/npm/vite-5.2",
              "refs/tags/v1.%d.0" % c.num(0, 9)]:
        txt += "%s %s\n" % (c.hx(40), r)
    return "dotfiles/.git/packed-refs", txt


@L("oci", "image_digest")
def lk_oci_index(c):
    mans = []
    for arch in ["amd64", "arm64"]:
        mans.append({"mediaType": "application/vnd.oci.image.manifest.v1+json",
                     "digest": "sha256:" + c.hx(64), "size": c.num(400, 2000),
                     "platform": {"architecture": arch, "os": "linux"}})
    o = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": mans}
    return "image-export/index.json", jd(o, 2)


@L("docker", "image_digest")
def lk_compose_digests(c):
    txt = "services:\n"
    for s, img in (("db", "postgres:16"), ("cache", "redis:7-alpine"), ("proxy", "caddy:2")):
        txt += "  %s:\n    image: %s@sha256:%s\n    restart: unless-stopped\n" % (s, img, c.hx(64))
    txt += "    ports:\n      - \"443:443\"\n"
    return c.pick(["compose.yaml", "homelab/docker-compose.yml"]), txt


@L("npm", "integrity_hash")
def lk_npm_cacache(c):
    lines = []
    for _ in range(3):
        pkg = c.pick(["lodash", "react", "typescript", "esbuild"])
        entry = {"key": "make-fetch-happen:request-cache:https://registry.npmjs.org/%s/-/%s-%d.%d.%d.tgz"
                        % (pkg, pkg, c.num(1, 18), c.num(0, 9), c.num(0, 9)),
                 "integrity": sri(c), "time": c.epoch() * 1000, "size": c.num(10000, 900000),
                 "metadata": {"url": "https://registry.npmjs.org/%s" % pkg, "reqHeaders": {}, "resHeaders": {}}}
        lines.append("%s\t%s" % (c.hx(40), json.dumps(entry, separators=(",", ":"))))
    return c.home("npm") + ".npm/_cacache/index-v5/%s/%s/%s" % (c.hx(2), c.hx(2), c.hx(60)), "\n" + "\n".join(lines)


@L("maven", "checksum_file")
def lk_m2_sha1(c):
    art = c.pick([("org/slf4j/slf4j-api", "2.0.13"), ("com/google/guava/guava", "33.2.0-jre"),
                  ("io/netty/netty-common", "4.1.109.Final")])
    name = art[0].split("/")[-1]
    return (c.home("maven") + ".m2/repository/%s/%s/%s-%s.jar.sha1" % (art[0], art[1], name, art[1]),
            c.hx(40))


@L("rclone", "config_without_secret")
def lk_rclone_nosecret(c):
    txt = ("[gdrive]\ntype = drive\nscope = drive.readonly\nservice_account_file = /etc/rclone/sa.json\n"
           "root_folder_id = 0A%s\nteam_drive = 0A%sUk9PVA\n\n[local-backup]\ntype = alias\nremote = /srv/backup\n"
           % (c.s(17, ALNUM), c.s(9, ALNUM)))
    return c.home("rclone") + ".config/rclone/rclone.conf", txt


@L("pypi", "keyring_reference")
def lk_pypirc_keyring(c):
    txt = ("# password comes from `keyring set https://upload.pypi.org/legacy/ __token__`\n"
           "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\n")
    return c.home("pypi") + ".pypirc", txt


@L("crates.io", "credential_provider_config")
def lk_cargo_config(c):
    org = c.org()
    txt = ("[registry]\nglobal-credential-providers = [\"cargo:libsecret\", \"cargo:token\"]\n\n"
           "[registries.%s]\nindex = \"sparse+https://cargo.%s.com/index/\"\ncredential-provider = \"cargo:token-from-stdout op read op://Dev/cargo-%s/credential\"\n\n"
           "[net]\ngit-fetch-with-cli = true\n" % (org, org, org))
    return c.home("cargo") + ".cargo/config.toml", txt


@L("npm", "public_config")
def lk_npmrc_public(c):
    txt = ("registry=https://registry.npmjs.org/\n@%s:registry=https://npm.pkg.github.com\n"
           "fund=false\naudit=false\nsave-exact=true\nengine-strict=true\n"
           "//npm.pkg.github.com/:always-auth=true\n" % c.org())
    return c.home("npm") + ".npmrc", txt


@L("yarn", "integrity_hash")
def lk_yarn_lock(c):
    txt = "# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n"
    for p in c.r.sample(["ansi-styles", "balanced-match", "brace-expansion", "color-convert", "picomatch"], 3):
        v = "%d.%d.%d" % (c.num(1, 5), c.num(0, 9), c.num(0, 9))
        txt += ('%s@^%s:\n  version "%s"\n  resolved "https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s"\n'
                '  integrity %s\n\n' % (p, v, v, p, p, v, c.hx(40), sri(c)))
    return "yarn.lock", txt


@L("vercel", "public_ids")
def lk_vercel_project(c):
    o = {"projectId": "prj_" + c.s(28, ALNUM), "orgId": "team_" + c.s(24, ALNUM)}
    if c.chance(0.5):
        o["settings"] = {"framework": "nextjs", "nodeVersion": "20.x"}
    return c.pick([".vercel/project.json", "apps/web/.vercel/project.json"]), json.dumps(o)


@L("cloudflare", "public_ids")
def lk_wrangler_toml(c):
    txt = ("name = \"%s-edge\"\nmain = \"src/index.ts\"\ncompatibility_date = \"%s\"\n"
           "account_id = \"%s\"\n\n[[kv_namespaces]]\nbinding = \"CACHE\"\nid = \"%s\"\npreview_id = \"%s\"\n\n"
           "[[d1_databases]]\nbinding = \"DB\"\ndatabase_name = \"prod\"\ndatabase_id = \"%s\"\n\n"
           "[vars]\nENVIRONMENT = \"production\"\n"
           % (c.org(), c.when().strftime("%Y-%m-%d"), c.hx(32), c.hx(32), c.hx(32), c.uuid()))
    return c.pick(["wrangler.toml", "workers/edge/wrangler.toml"]), txt


@L("fly", "app_config")
def lk_fly_toml(c):
    txt = ("app = \"%s-%s\"\nprimary_region = \"%s\"\n\n[build]\n  image = \"registry.fly.io/%s:deployment-%s\"\n\n"
           "[http_service]\n  internal_port = 8080\n  force_https = true\n  auto_stop_machines = true\n"
           "  min_machines_running = 0\n\n[[vm]]\n  memory = \"512mb\"\n  cpu_kind = \"shared\"\n  cpus = 1\n"
           % (c.org(), c.pick(["api", "web"]), c.pick(["ams", "iad", "sjc", "fra"]), c.org(), c.s(26, UP + DIG)))
    return "fly.toml", txt


@L("digitalocean", "public_ids")
def lk_doctl_md(c):
    rows = ""
    for _ in range(3):
        rows += "%-10s %-14s %-16s %-8s %s\n" % (c.num(300000000, 420000000), c.pick(["web-1", "db-1", "vpn", "runner"]),
                                               "164.90.%d.%d" % (c.num(0, 255), c.num(1, 254)),
                                               c.pick(["nyc3", "fra1"]), "active")
    fp = ":".join(c.hx(2) for _ in range(16))
    txt = ("## Droplets (from `doctl compute droplet list`)\n\n```\nID         Name           Public IPv4      Region   Status\n%s```\n\n"
           "SSH key on the account: `%s` (fingerprint `%s`).\n"
           % (rows, c.login() + "@" + c.pick(HOSTS), fp))
    return c.pick(["docs/infra/droplets.md", "notes/do-inventory.md"]), txt


@L("databricks", "public_ids")
def lk_databricks_yml(c):
    txt = ("bundle:\n  name: %s_jobs\n\nworkspace:\n  host: %s\n\nresources:\n  jobs:\n    nightly:\n"
           "      name: nightly-refresh\n      tasks:\n        - task_key: refresh\n"
           "          existing_cluster_id: %s-%s-%s\n          notebook_task:\n            notebook_path: ./notebooks/refresh.py\n"
           "\ntargets:\n  dev:\n    default: true\n    variables:\n      warehouse_id: %s\n"
           % (c.org().replace("-", "_"), adb_host(c), c.s(4, DIG), c.s(6, DIG), c.s(8, LOW + DIG), c.hx(16)))
    return "databricks.yml", txt


@L("databricks", "config_without_secret")
def lk_databrickscfg_cli_auth(c):
    txt = ("[DEFAULT]\nhost      = %s\nauth_type = %s\n\n[prod]\nhost      = %s\nauth_type = databricks-cli\n"
           "cluster_id = %s-%s-%s\n"
           % (adb_host(c), c.pick(["databricks-cli", "azure-cli"]), adb_host(c), c.s(4, DIG), c.s(6, DIG), c.s(8, LOW + DIG)))
    return c.home("databricks") + ".databrickscfg", txt


@L("snowflake", "config_without_secret")
def lk_snowsql_sso(c):
    txt = ("[connections.%s]\naccountname = %s\nusername = %s\nauthenticator = externalbrowser\n"
           "rolename = ANALYST\nwarehousename = XS_WH\n\n[options]\nlog_file = ~/.snowsql/log\n"
           "auto_completion = True\nfriendly = False\n" % (c.pick(["prod", "sso"]), sf_account(c), c.email().upper()))
    return c.home("snowsql") + ".snowsql/config", txt


@L("kaggle", "public_ids")
def lk_kaggle_metadata(c):
    u = c.login().replace(".", "")
    o = {"title": "Household energy readings %d" % c.num(2019, 2024),
         "id": "%s/household-energy-%s" % (u, c.hx(6)), "licenses": [{"name": "CC0-1.0"}],
         "resources": [{"path": "readings.csv", "description": "hourly kWh"}]}
    return c.pick(["data/dataset-metadata.json", "kaggle/dataset-metadata.json"]), jd(o, 2)


@L("stripe", "public_ids")
def lk_stripe_listen_log(c):
    lines = ["> Ready! You are using Stripe API Version [2024-04-10]. Your webhook signing secret is (hidden; see `stripe listen --print-secret`)"]
    for ev in ["payment_intent.created", "charge.succeeded", "payment_intent.succeeded", "checkout.session.completed"]:
        t = c.when().strftime("%Y-%m-%d %H:%M:%S")
        eid = "evt_3" + c.s(23, ALNUM)
        lines.append("%s   --> %s [%s]" % (t, ev, eid))
        lines.append("%s  <--  [200] POST http://localhost:8000/webhooks/stripe [%s]" % (t, eid))
    lines.append("request id: req_%s" % c.s(14, ALNUM))
    return c.pick(["logs/stripe-listen.log", "tmp/stripe.log"]), "\n".join(lines) + "\n"


@L("twilio", "public_ids")
def lk_twilio_keychain(c):
    prof = c.pick(["dev", "prod"])
    o = {"profiles": {prof: {"accountSid": "AC" + c.hx(32), "region": None}},
         "activeProfile": prof, "email": {}, "prompts": {"keychainWarning": True}}
    return c.home("twilio") + ".twilio-cli/config.json", jd(o, 2)


@L("ngrok", "log_ids")
def lk_ngrok_log(c):
    lines = []
    t = c.iso()
    lines.append("t=%s lvl=info msg=\"starting web service\" obj=web addr=127.0.0.1:4040 allow_hosts=[]" % t)
    lines.append("t=%s lvl=info msg=\"client session established\" obj=tunnels.session obj=csess id=%s clientid=%s"
                 % (t, c.hx(12), c.hx(32)))
    lines.append("t=%s lvl=info msg=\"tunnel session started\" obj=tunnels.session" % t)
    lines.append("t=%s lvl=info msg=\"started tunnel\" obj=tunnels name=web addr=http://localhost:3000 url=https://%s.ngrok-free.app"
                 % (t, c.hx(4) + "-" + "-".join(str(c.num(1, 254)) for _ in range(4))))
    return c.pick(["logs/ngrok.log", "tmp/ngrok-agent.log"]), "\n".join(lines) + "\n"


@L("internal", "hashed_tokens")
def lk_sql_token_digests(c):
    txt = ("-- 0042_api_tokens.sql: only digests are stored, the raw token is shown once\n"
           "CREATE TABLE api_tokens (\n  id uuid PRIMARY KEY,\n  user_id bigint NOT NULL,\n"
           "  token_prefix varchar(12) NOT NULL,\n  token_sha256 char(64) NOT NULL UNIQUE,\n"
           "  created_at timestamptz NOT NULL DEFAULT now()\n);\n\n"
           "INSERT INTO api_tokens (id, user_id, token_prefix, token_sha256, created_at) VALUES\n")
    rows = []
    for _ in range(3):
        rows.append("  ('%s', %d, 'tk_%s', '%s', '%s')" % (c.uuid(), c.num(1, 9999), c.s(4, ALNUM),
                                                          c.hx(64), c.iso()))
    return "db/migrations/0042_api_tokens.sql", txt + ",\n".join(rows) + ";\n"


@L("internal", "uuid_ids")
def lk_csv_audit(c):
    txt = "timestamp,token_id,actor,action,fingerprint,last4\n"
    for _ in range(c.num(4, 7)):
        txt += "%s,%s,%s,%s,SHA256:%s,%s\n" % (c.iso(), c.uuid(), c.email(),
                                                c.pick(["token.created", "token.used", "token.revoked"]),
                                                c.b64(32).rstrip("="), c.s(4, ALNUM))
    return c.pick(["reports/token-audit.csv", "exports/audit-2024.csv"]), txt


@L("shell", "env_reference")
def lk_zshrc_refs(c):
    txt = ("# ~/.zshrc (secrets come from the password manager, never from this file)\n"
           "export EDITOR=nvim\nexport AWS_PROFILE=%s\nexport GPG_TTY=$(tty)\n"
           "export GH_TOKEN=\"$(gh auth token 2>/dev/null)\"\n"
           "export OPENAI_API_KEY=\"$(op read 'op://Private/OpenAI/credential')\"\n"
           "export HF_TOKEN=\"$(pass show hf/token)\"\n"
           "export NPM_TOKEN=\"$(security find-generic-password -s npm -w 2>/dev/null)\"\n"
           "alias k=kubectl\n" % c.pick(["dev", "sandbox"]))
    return c.home("zsh") + c.pick([".zshrc", ".config/zsh/env.zsh"]), txt


@L("systemd", "machine_id")
def lk_machine_id(c):
    return c.pick(["rootfs/etc/machine-id", "image-export/layer-01/etc/machine-id"]), c.hx(32) + "\n"


@L("pass", "key_fingerprint")
def lk_pass_gpg_id(c):
    return c.home("pass") + ".password-store/.gpg-id", c.hx(40).upper() + "\n"


@L("sigstore", "public_key")
def lk_cosign_pub(c):
    body = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + c.s(88, B64)
    txt = "-----BEGIN PUBLIC KEY-----\n%s\n%s\n-----END PUBLIC KEY-----\n" % (body[:64], body[64:])
    return c.pick(["keys/cosign.pub", "dotfiles/keys/cosign.pub"]), txt


@L("docker", "public_cert")
def lk_docker_ca(c):
    body = "MIIF" + c.s(1700, B64)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    txt = "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"
    return c.home("docker") + ".docker/certs.d/registry.%s.lan:5000/ca.crt" % c.org(), txt


@L("heroku", "config_without_secret")
def lk_heroku_netrc_login(c):
    em = c.email()
    txt = ("# token removed; run `heroku login` on a new machine\nmachine api.heroku.com\n  login %s\n"
           "machine git.heroku.com\n  login %s\n" % (em, em))
    return c.home() + ".netrc", txt


@L("docker", "secret_mount_reference")
def lk_dockerfile_secret_mount(c):
    txt = ("# syntax=docker/dockerfile:1.7\nFROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\n"
           "RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev\n"
           "RUN --mount=type=secret,id=hf_token,env=HF_TOKEN python3 -c 'print(\"ok\")' || true\n"
           "COPY . .\nCMD [\"node\", \"index.js\"]\n")
    return c.pick(["Dockerfile", "services/web/Dockerfile"]), txt


@L("github", "secret_reference")
def lk_workflow_secrets(c):
    txt = ("name: publish\non:\n  push:\n    tags: ['v*']\njobs:\n  npm:\n    runs-on: ubuntu-latest\n"
           "    permissions:\n      contents: read\n      id-token: write\n    steps:\n"
           "      - uses: actions/checkout@%s\n      - uses: actions/setup-node@v4\n"
           "        with:\n          node-version: 20\n          registry-url: https://registry.npmjs.org\n"
           "      - run: echo \"//registry.npmjs.org/:_authToken=${{ secrets.NPM_TOKEN }}\" > ~/.npmrc\n"
           "      - run: npm publish --provenance --access public\n" % c.hx(40))
    return ".github/workflows/publish.yml", txt


@L("readme", "encoded_data")
def lk_data_uri(c):
    svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"88\" height=\"20\"><rect width=\"88\" height=\"20\" fill=\"#%s\"/>"
           "<text x=\"8\" y=\"14\" fill=\"#fff\">dotfiles</text></svg>" % c.hx(6))
    uri = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    txt = ("# dotfiles\n\n![badge](%s)\n\nManaged with GNU stow. Run `./install.sh` then `gh auth login`.\n" % uri)
    return "dotfiles/README.md", txt


# ================================================== negative slot fillers
GENERIC_NEG = [("", "empty"), ("<your-token>", "placeholder"), ("YOUR_API_KEY_HERE", "placeholder"),
               ("changeme", "placeholder"), ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"),
               ("********", "masked"), ("[REDACTED]", "masked"), ("<redacted>", "masked"),
               ("REPLACE_ME", "placeholder"), ("TODO", "placeholder"),
               ("<paste-token-here>", "placeholder"), ("...", "placeholder")]


def env_ref(c, t):
    var = t["env"]
    prov = t["provider"].replace(".", "-")
    forms = [("${%s}" % var, "env_reference"), ("$%s" % var, "env_reference"),
             ("${env:%s}" % var, "env_reference"),
             ("{{ .Env.%s }}" % var, "template_expr"), ("{{ %s }}" % var.lower(), "template_expr"),
             ("op://%s/%s/credential" % (c.pick(["Private", "Dev", "Infra"]), prov), "secret_manager_ref"),
             ("vault:secret/data/cli/%s#token" % prov, "secret_manager_ref"),
             ("$(pass show cli/%s)" % prov, "secret_manager_ref"),
             ("<%%= ENV['%s'] %%>" % var, "template_expr")]
    return c.pick(forms)


def negfill(c, t):
    roll = c.r.random()
    if t["negs"] and roll < 0.30:
        val, kind = c.pick(t["negs"])
        return (val(c) if callable(val) else val), kind
    if roll < 0.55:
        return env_ref(c, t)
    if roll < 0.68 and t["prefix"]:
        return t["prefix"] + "*" * c.num(12, 36), "masked"
    return c.pick(GENERIC_NEG)


# =========================================================== file types
EXT_FT = {"yml": "yml", "yaml": "yaml", "json": "json", "toml": "toml", "xml": "xml", "md": "md",
          "sh": "sh", "zsh": "sh", "py": "py", "rb": "ruby", "hcl": "hcl", "tf": "hcl", "csv": "csv",
          "sql": "sql", "log": "log", "txt": "text", "conf": "conf", "crt": "pem", "pub": "pem",
          "asc": "pem", "lock": "lock", "sum": "gosum", "sha1": "text", "state": "json"}
NAME_FT = {".netrc": "netrc", "_netrc": "netrc", "hub": "yaml", "credentials": "ini",
           "config_default": "ini", "config": "ini", "known_hosts": "ssh", "authorized_keys": "ssh",
           "packed-refs": "text", "main": "text", "machine-id": "text", ".gpg-id": "text",
           ".gitconfig": "ini", ".zshrc": "sh", ".databrickscfg": "ini", "Dockerfile": "dockerfile",
           ".npmrc": "npmrc", ".pypirc": "ini", ".git-credentials": "gitcredentials"}


def filetype(rel, ft):
    if ft:
        return ft
    base = rel.rsplit("/", 1)[-1]
    if base in NAME_FT:
        return NAME_FT[base]
    if "." in base.lstrip("."):
        ext = base.rsplit(".", 1)[-1].lower()
        return EXT_FT.get(ext, ext)
    return "text"


def schedule(c, n, k):
    out = []
    while len(out) < n:
        block = list(range(k))
        c.r.shuffle(block)
        out.extend(block)
    return out[:n]


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def env_name(rel):
    base = rel.rsplit("/", 1)[-1]
    return base == ".env" or base.startswith(".env.")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 gen_iz.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    c = Ctx(random.Random(seed))
    manifest, secrets = [], []
    envcount = 0

    for i, ti in enumerate(schedule(c, 500, len(POS))):
        t = POS[ti]
        c.neg = False
        v = t["gen"](c)
        assert v and "\n" not in v, t["name"]
        rel, text = t["render"](c, v)
        fid = "pos/p%04d/%s" % (i, rel)
        idx = text.find(v)
        assert idx >= 0, t["name"]
        line = text.count("\n", 0, idx) + 1
        assert v in text.split("\n")[line - 1], t["name"]
        if env_name(rel):
            envcount += 1
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(rel, t["ft"])})
        secrets.append({"file": fid, "needle": v, "line": line})
    assert envcount <= 25

    plan = [("tpl", k) for k in schedule(c, 250, len(POS))] + \
           [("look", k) for k in schedule(c, 250, len(LOOK))]
    c.r.shuffle(plan)
    for i, (src, k) in enumerate(plan):
        if src == "tpl":
            t = POS[k]
            c.neg = True
            val, kind = negfill(c, t)
            rel, text = t["render"](c, val)
            c.neg = False
            prov, ft = t["provider"], t["ft"]
        else:
            t = LOOK[k]
            rel, text = t["render"](c)
            prov, kind, ft = t["provider"], t["kind"], t["ft"]
        assert not env_name(rel), rel
        fid = "neg/n%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": prov, "kind": kind,
                         "filetype": filetype(rel, ft)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    # re-read every positive from disk and check the recorded line
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    sys.stderr.write("gen_iz: %d positive templates, %d look-alike templates, %d files\n"
                     % (len(POS), len(LOOK), len(manifest)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
