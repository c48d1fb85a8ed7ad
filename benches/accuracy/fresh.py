#!/usr/bin/env python3
"""Blind secret-scanner evaluation set generator (stdlib only).

usage: python3 fresh.py OUTDIR SEED
Creates OUTDIR/pos/<file>, OUTDIR/neg/<file>, OUTDIR/manifest.jsonl
Each file holds exactly one secret (pos) or one look-alike (neg).
"""
import base64, hashlib, json, os, random, shutil, string, sys, zlib, urllib.parse

R = random.Random(0)
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
ALN = LO + DG
AUN = UP + DG
HX = "0123456789abcdef"
HXU = "0123456789ABCDEF"
B64 = AN + "+/"
URL = AN + "-_"
B32U = UP + "234567"
B32L = LO + "234567"
B62 = DG + UP + LO


def rs(al, n):
    while True:
        s = "".join(R.choice(al) for _ in range(n))
        # keep bodies genuinely random-looking: need mixed classes when alphabet allows
        if n >= 12 and any(c in DG for c in al) and any(c.isalpha() for c in al):
            if not any(c.isdigit() for c in s) or not any(c.isalpha() for c in s):
                continue
        return s


def A(n): return rs(AN, n)
def H(n): return rs(HX, n)
def HU(n): return rs(HXU, n)
def U(n): return rs(AUN, n)
def L(n): return rs(ALN, n)
def Ul(n): return rs(URL, n)
def D(n): return R.choice("123456789") + rs(DG, n - 1)


def b64(nbytes, url=False, pad=True):
    b = bytes(R.getrandbits(8) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(b).decode() if url else base64.b64encode(b).decode()
    return s if pad else s.rstrip("=")


def b64s(txt, url=True):
    s = (base64.urlsafe_b64encode if url else base64.b64encode)(txt.encode()).decode()
    return s.rstrip("=") if url else s


def uuid4():
    h = list(H(32))
    h[12] = "4"
    h[16] = R.choice("89ab")
    h = "".join(h)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b62(n, width=6):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(prefix, nbody=30):
    body = A(nbody)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def password(lo=14, hi=26):
    n = R.randint(lo, hi)
    sym = "!@#%^&*-_+=?.~"
    while True:
        s = "".join(R.choice(AN + sym) for _ in range(n))
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c in sym for c in s):
            return s


def jwt(payload, alg="HS256"):
    h = b64s(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    p = b64s(json.dumps(payload, separators=(",", ":")))
    sig = b64(32 if alg.startswith("HS") else 256, url=True, pad=False)
    return f"{h}.{p}.{sig}"


def ts():
    return R.randint(1690000000, 1760000000)


def pem_lines(body, width=64):
    return "\n".join(body[i:i + width] for i in range(0, len(body), width))


def pem(kind):
    if kind == "rsa":
        body = "MIIEowIBAAKCAQEA" + b64(1180)[16:]
        return "-----BEGIN RSA PRIVATE KEY-----\n" + pem_lines(body) + "\n-----END RSA PRIVATE KEY-----"
    if kind == "pkcs8":
        body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + b64(1180)[50:]
        return "-----BEGIN PRIVATE KEY-----\n" + pem_lines(body) + "\n-----END PRIVATE KEY-----"
    if kind == "ec":
        body = "MHcCAQEEI" + b64(120)[:151] + "oAoGCCqGSM49AwEHoUQDQgAE" + b64(66)[:64] + "=="
        return "-----BEGIN EC PRIVATE KEY-----\n" + pem_lines(body) + "\n-----END EC PRIVATE KEY-----"
    if kind == "openssh":
        body = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
                "QyNTUxOQAAACA" + b64(300)[:300])
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + pem_lines(body, 70) + "\n-----END OPENSSH PRIVATE KEY-----"
    if kind == "dsa":
        body = "MIIBuwIBAAKBgQD" + b64(320)[:420]
        return "-----BEGIN DSA PRIVATE KEY-----\n" + pem_lines(body) + "\n-----END DSA PRIVATE KEY-----"
    if kind == "encrypted":
        body = "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI" + b64(1200)[:1500]
        return "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + pem_lines(body) + "\n-----END ENCRYPTED PRIVATE KEY-----"
    if kind == "pgp":
        body = "lQOYBG" + b64(900)[:1100]
        return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + pem_lines(body) + "\n=" + b64(3)[:4] +
                "\n-----END PGP PRIVATE KEY BLOCK-----")
    raise ValueError(kind)


def gcp_sa():
    proj = R.choice(["billing", "data", "ml", "web", "etl", "infra"]) + "-" + R.choice(["prod", "stage", "core"]) + "-" + D(6)
    name = R.choice(["deployer", "ci-runner", "bq-reader", "app-backend", "terraform"])
    d = {
        "type": "service_account",
        "project_id": proj,
        "private_key_id": H(40),
        "private_key": pem("pkcs8") + "\n",
        "client_email": f"{name}@{proj}.iam.gserviceaccount.com",
        "client_id": D(21),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/{name}%40{proj}.iam.gserviceaccount.com",
        "universe_domain": "googleapis.com",
    }
    return json.dumps(d, indent=2)


def host():
    return R.choice(["db.internal", "prod-db-1.c9x2k1.us-east-1.rds.amazonaws.com", "10.0.3.17", "pg.corp.example.net",
                     "mysql-primary", "cluster0.ab1cd.mongodb.net", "cache.prod.local", "rabbit.svc.cluster.local"])


def user():
    return R.choice(["app", "admin", "svc_billing", "reporting", "deploy", "root", "webapp", "etl_user"])


def pw_url():
    # passwords in URIs: avoid reserved chars
    n = R.randint(14, 24)
    return rs(AN + "-_.~", n)


def gl_routable():
    return "glpat-" + Ul(27) + "." + "01." + L(9)


def azdo_new():
    return A(52) + "JQQJ99B" + R.choice("ABCDEFGHIJKL") + "AC" + "A" * 13 + "S" + "AZDO" + A(4)


def discord_bot():
    uid = str(R.randint(10 ** 17, 10 ** 19 - 1))
    return b64s(uid) + "." + Ul(6) + "." + Ul(38)


def azure_secret():
    return rs(URL + ".~", 3) + "8Q~" + rs(AN + "_-.~", 34)


# ---------------------------------------------------------------- specs
# (provider, kind, generator, [NAMES], mode)
# modes: value (single-line string), ml (multi-line), header (full header value), raw (own file)
SPECS = []


def S(provider, kind, gen, names, mode="value"):
    SPECS.append(dict(provider=provider, kind=kind, gen=gen, names=names, mode=mode))


# --- cloud
S("aws", "access_key_id", lambda: "AKIA" + rs(B32U, 16), ["AWS_ACCESS_KEY_ID", "AWS_KEY_ID", "S3_ACCESS_KEY"])
S("aws", "secret_access_key", lambda: rs(B64, 40), ["AWS_SECRET_ACCESS_KEY", "AWS_SECRET_KEY", "S3_SECRET"])
S("aws", "keypair", lambda: ("AKIA" + rs(B32U, 16), rs(B64, 40)), ["AWS"], mode="pair")
S("aws", "session_creds", lambda: ("ASIA" + rs(B32U, 16), rs(B64, 40)), ["AWS"], mode="pair")
S("gcp", "service_account_json", gcp_sa, ["GOOGLE_CREDENTIALS", "GCP_SA_KEY", "SERVICE_ACCOUNT_JSON"], mode="ml")
S("gcp", "api_key", lambda: "AIza" + Ul(35), ["GOOGLE_API_KEY", "GCP_API_KEY", "YOUTUBE_API_KEY"])
S("gcp", "oauth_client_secret", lambda: "GOCSPX-" + Ul(28), ["GOOGLE_CLIENT_SECRET", "OAUTH_CLIENT_SECRET"])
S("azure", "storage_account_key", lambda: b64(64), ["AZURE_STORAGE_KEY", "AZURE_STORAGE_ACCOUNT_KEY", "STORAGE_KEY"])
S("azure", "storage_connection_string",
  lambda: f"DefaultEndpointsProtocol=https;AccountName={L(12)};AccountKey={b64(64)};EndpointSuffix=core.windows.net",
  ["AZURE_STORAGE_CONNECTION_STRING", "STORAGE_CONN", "CONN_STR"])
S("azure", "sas_url", lambda: (f"https://{L(10)}.blob.core.windows.net/uploads?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupiytfx"
                               f"&se=2026-0{R.randint(1,9)}-1{R.randint(0,9)}T0{R.randint(0,9)}:00:00Z&st=2025-01-01T00:00:00Z&spr=https"
                               f"&sig={urllib.parse.quote(b64(32), safe='')}"), ["AZURE_BLOB_SAS_URL", "UPLOAD_SAS_URL"])
S("azure", "ad_client_secret", azure_secret, ["AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET", "AAD_CLIENT_SECRET"])
S("azure", "devops_pat_legacy", lambda: rs(B32L, 52), ["AZURE_DEVOPS_PAT", "AZDO_PERSONAL_ACCESS_TOKEN", "ADO_PAT"])
S("azure", "devops_pat", azdo_new, ["AZURE_DEVOPS_EXT_PAT", "AZDO_PAT", "SYSTEM_ACCESSTOKEN"])
S("azure", "servicebus_connection_string",
  lambda: f"Endpoint=sb://{L(10)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={b64(32)}",
  ["SERVICEBUS_CONNECTION_STRING", "EVENTHUB_CONNECTION", "CONN_STR"])
S("azure", "cosmosdb_connection_string",
  lambda: f"AccountEndpoint=https://{L(10)}.documents.azure.com:443/;AccountKey={b64(64)};",
  ["COSMOS_CONNECTION_STRING", "COSMOSDB_CONN"])
S("azure", "openai_key", lambda: H(32), ["AZURE_OPENAI_API_KEY", "AZURE_OPENAI_KEY"])
S("digitalocean", "pat", lambda: "dop_v1_" + H(64), ["DIGITALOCEAN_TOKEN", "DO_API_TOKEN"])
S("digitalocean", "oauth", lambda: "doo_v1_" + H(64), ["DIGITALOCEAN_ACCESS_TOKEN"])
S("linode", "token", lambda: H(64), ["LINODE_TOKEN", "LINODE_API_TOKEN"])
S("vultr", "api_key", lambda: U(36), ["VULTR_API_KEY"])
S("hetzner", "token", lambda: A(64), ["HCLOUD_TOKEN", "HETZNER_API_TOKEN"])
S("alibaba", "access_key", lambda: ("LTAI" + A(20), A(30)), ["ALIBABA_CLOUD"], mode="pair")
S("tencent", "secret_id", lambda: "AKID" + A(32), ["TENCENTCLOUD_SECRET_ID", "TENCENT_SECRET_ID"])
S("ibm", "cloud_api_key", lambda: Ul(44), ["IBMCLOUD_API_KEY", "IC_API_KEY"])
S("cloudflare", "api_token", lambda: Ul(40), ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"])
S("cloudflare", "global_api_key", lambda: H(37), ["CLOUDFLARE_API_KEY", "CF_API_KEY"])
S("cloudflare", "origin_ca_key", lambda: "v1.0-" + H(24) + "-" + H(146), ["CF_ORIGIN_CA_KEY"])
S("heroku", "api_key_legacy", uuid4, ["HEROKU_API_KEY"])
S("heroku", "api_key", lambda: "HRKU-AA" + Ul(58), ["HEROKU_API_KEY", "HEROKU_TOKEN"])
S("scaleway", "secret_key", lambda: ("SCW" + U(17), uuid4()), ["SCW"], mode="pair")
S("flyio", "token", lambda: "FlyV1 fm2_" + b64(180)[:240], ["FLY_API_TOKEN"])
S("vercel", "token", lambda: A(24), ["VERCEL_TOKEN"])
S("netlify", "pat", lambda: "nfp_" + A(36), ["NETLIFY_AUTH_TOKEN"])
S("render", "api_key", lambda: "rnd_" + A(32), ["RENDER_API_KEY"])
S("supabase", "pat", lambda: "sbp_" + H(40), ["SUPABASE_ACCESS_TOKEN"])
S("supabase", "service_role_jwt", lambda: jwt({"iss": "supabase", "ref": rs(LO, 20), "role": "service_role", "iat": ts(), "exp": ts() + 315360000}),
  ["SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_SERVICE_KEY"])
S("planetscale", "password", lambda: "pscale_pw_" + Ul(43), ["PLANETSCALE_DB_PASSWORD", "DATABASE_PASSWORD"])
S("planetscale", "token", lambda: "pscale_tkn_" + Ul(43), ["PLANETSCALE_SERVICE_TOKEN"])
S("neon", "api_key", lambda: "napi_" + L(64), ["NEON_API_KEY"])
S("terraform_cloud", "token", lambda: A(14) + ".atlasv1." + A(67), ["TFE_TOKEN", "TF_API_TOKEN", "ATLAS_TOKEN"])
S("pulumi", "access_token", lambda: "pul-" + H(40), ["PULUMI_ACCESS_TOKEN"])
S("doppler", "personal_token", lambda: "dp.pt." + A(43), ["DOPPLER_TOKEN"])
S("doppler", "service_token", lambda: "dp.st.prd." + A(40), ["DOPPLER_SERVICE_TOKEN"])
S("hashicorp_vault", "service_token", lambda: "hvs." + Ul(91), ["VAULT_TOKEN"])
S("hashicorp_vault", "legacy_token", lambda: "s." + A(24), ["VAULT_TOKEN", "VAULT_ROOT_TOKEN"])
S("1password", "service_account", lambda: "ops_" + b64s(json.dumps({"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64(16, url=True, pad=False)}, "email": L(13) + "@1passwordserviceaccounts.com", "srpX": H(64), "muk": {"alg": "A256GCM", "ext": True, "k": b64(32, url=True, pad=False), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + U(6) + "-" + U(6), "throttleSecret": {"seed": H(64), "uuid": U(26)}, "deviceUuid": L(26)}, separators=(",", ":"))),
  ["OP_SERVICE_ACCOUNT_TOKEN"])
S("age", "secret_key", lambda: "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58), ["SOPS_AGE_KEY", "AGE_KEY"])
S("tailscale", "auth_key", lambda: "tskey-auth-k" + A(10) + "CNTRL-" + A(33), ["TS_AUTHKEY", "TAILSCALE_AUTHKEY"])
S("tailscale", "api_key", lambda: "tskey-api-k" + A(10) + "CNTRL-" + A(33), ["TAILSCALE_API_KEY"])
S("ngrok", "authtoken", lambda: "2" + A(26) + "_" + A(21), ["NGROK_AUTHTOKEN"])
S("okta", "api_token", lambda: "00" + Ul(40), ["OKTA_API_TOKEN", "OKTA_CLIENT_TOKEN"])
S("auth0", "client_secret", lambda: Ul(64), ["AUTH0_CLIENT_SECRET"])
S("clerk", "secret_key", lambda: "sk_live_" + A(40), ["CLERK_SECRET_KEY"])
S("stytch", "secret", lambda: "secret-live-" + Ul(36) + "=", ["STYTCH_SECRET"])
S("mapbox", "secret_token", lambda: "sk.eyJ1Ijoi" + b64s(L(8) + '","a":"' + L(25) + '"}')[:40] + "." + Ul(22), ["MAPBOX_SECRET_TOKEN", "MAPBOX_DOWNLOADS_TOKEN"])
S("cloudinary", "url", lambda: f"cloudinary://{D(15)}:{Ul(27)}@{L(8)}", ["CLOUDINARY_URL"])
S("consul", "acl_token", uuid4, ["CONSUL_HTTP_TOKEN"])
S("modal", "token_secret", lambda: "as-" + A(22), ["MODAL_TOKEN_SECRET"])
S("prefect", "api_key", lambda: "pnu_" + A(36), ["PREFECT_API_KEY"])
# --- source hosting & CI
for p in ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]:
    S("github", p.rstrip("_"), (lambda p=p: crc_token(p)), ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"] if p != "ghs_" else ["GITHUB_APP_TOKEN", "INSTALLATION_TOKEN"])
S("github", "fine_grained_pat", lambda: "github_pat_11" + U(20) + "_" + A(59), ["GITHUB_TOKEN", "GH_PAT"])
S("github", "oauth_client_secret", lambda: H(40), ["GITHUB_CLIENT_SECRET"])
S("gitlab", "pat", lambda: "glpat-" + Ul(20), ["GITLAB_TOKEN", "GITLAB_PRIVATE_TOKEN", "CI_JOB_TOKEN_OVERRIDE"])
S("gitlab", "pat_routable", gl_routable, ["GITLAB_TOKEN", "GL_TOKEN"])
S("gitlab", "deploy_token", lambda: "gldt-" + Ul(20), ["GITLAB_DEPLOY_TOKEN"])
S("gitlab", "runner_token", lambda: "glrt-t1_" + Ul(20), ["RUNNER_TOKEN", "CI_SERVER_TOKEN"])
S("gitlab", "runner_registration", lambda: "GR1348941" + Ul(20), ["REGISTRATION_TOKEN"])
S("gitlab", "pipeline_trigger", lambda: "glptt-" + H(40), ["GITLAB_TRIGGER_TOKEN"])
S("gitlab", "oauth_app_secret", lambda: "gloas-" + H(64), ["GITLAB_APP_SECRET"])
S("gitlab", "feed_token", lambda: "glft-" + Ul(20), ["GITLAB_FEED_TOKEN"])
S("gitlab", "scim_token", lambda: "glsoat-" + Ul(20), ["GITLAB_SCIM_TOKEN"])
S("bitbucket", "app_password", lambda: "ATBB" + A(28) + HU(8), ["BITBUCKET_APP_PASSWORD", "BB_APP_PASSWORD"])
S("atlassian", "api_token", lambda: "ATATT3xFfGF0" + Ul(170) + "=" + HU(8), ["JIRA_API_TOKEN", "ATLASSIAN_API_TOKEN", "CONFLUENCE_TOKEN"])
S("circleci", "pat", lambda: "CCIPAT_" + A(22) + "_" + H(40), ["CIRCLECI_TOKEN", "CIRCLE_TOKEN"])
S("circleci", "legacy_token", lambda: H(40), ["CIRCLE_TOKEN", "CIRCLECI_API_TOKEN"])
S("travis", "api_token", lambda: Ul(22), ["TRAVIS_API_TOKEN", "TRAVIS_TOKEN"])
S("buildkite", "api_token", lambda: "bkua_" + H(40), ["BUILDKITE_API_TOKEN"])
S("buildkite", "agent_token", lambda: H(50), ["BUILDKITE_AGENT_TOKEN"])
S("drone", "token", lambda: A(32), ["DRONE_TOKEN"])
S("jenkins", "api_token", lambda: "11" + H(32), ["JENKINS_API_TOKEN", "JENKINS_TOKEN"])
S("sonarqube", "user_token", lambda: "squ_" + H(40), ["SONAR_TOKEN"])
S("sonarqube", "project_token", lambda: "sqp_" + H(40), ["SONAR_TOKEN", "SONARQUBE_TOKEN"])
S("sonarcloud", "token", lambda: H(40), ["SONAR_TOKEN"])
S("codecov", "upload_token", uuid4, ["CODECOV_TOKEN"])
S("snyk", "token", uuid4, ["SNYK_TOKEN"])
S("gitea", "token", lambda: H(40), ["GITEA_TOKEN"])
S("jfrog", "api_key", lambda: "AKCp" + A(69), ["ARTIFACTORY_API_KEY", "JFROG_API_KEY"])
S("jfrog", "reference_token", lambda: "cmVmdGtuOjAxOj" + A(50), ["JFROG_ACCESS_TOKEN", "ARTIFACTORY_TOKEN"])
S("octopus", "api_key", lambda: "API-" + U(26), ["OCTOPUS_API_KEY"])
S("harness", "pat", lambda: "pat." + Ul(22) + "." + H(24) + "." + A(20), ["HARNESS_API_KEY"])
S("sourcegraph", "token", lambda: "sgp_" + H(16) + "_" + H(40), ["SRC_ACCESS_TOKEN"])
S("launchdarkly", "api_token", lambda: "api-" + uuid4(), ["LAUNCHDARKLY_ACCESS_TOKEN", "LD_API_KEY"])
S("launchdarkly", "sdk_key", lambda: "sdk-" + uuid4(), ["LAUNCHDARKLY_SDK_KEY", "LD_SDK_KEY"])
S("postman", "api_key", lambda: "PMAK-" + H(24) + "-" + H(34), ["POSTMAN_API_KEY"])
# --- productivity / saas
S("linear", "api_key", lambda: "lin_api_" + A(40), ["LINEAR_API_KEY"])
S("notion", "integration_secret", lambda: "secret_" + A(43), ["NOTION_TOKEN", "NOTION_API_KEY"])
S("notion", "ntn_token", lambda: "ntn_" + D(11) + A(35), ["NOTION_TOKEN"])
S("airtable", "pat", lambda: "pat" + A(14) + "." + H(64), ["AIRTABLE_API_KEY", "AIRTABLE_PAT"])
S("asana", "pat", lambda: "2/" + D(16) + "/" + D(16) + ":" + H(32), ["ASANA_ACCESS_TOKEN"])
S("clickup", "api_token", lambda: "pk_" + D(8) + "_" + U(32), ["CLICKUP_API_TOKEN"])
S("figma", "pat", lambda: "figd_" + Ul(40), ["FIGMA_TOKEN", "FIGMA_ACCESS_TOKEN"])
S("trello", "token", lambda: "ATTA" + H(64) + HU(8), ["TRELLO_TOKEN"])
S("zendesk", "api_token", lambda: A(40), ["ZENDESK_API_TOKEN"])
S("hubspot", "private_app_token", lambda: "pat-na1-" + uuid4(), ["HUBSPOT_ACCESS_TOKEN", "HUBSPOT_API_KEY"])
S("intercom", "access_token", lambda: "dG9rOj" + b64s(":" + uuid4() + ":1:0", url=False)[8:].rstrip("="), ["INTERCOM_ACCESS_TOKEN"])
S("freshdesk", "api_key", lambda: A(20), ["FRESHDESK_API_KEY"])
S("typeform", "pat", lambda: "tfp_" + Ul(44) + "_" + A(14), ["TYPEFORM_TOKEN"])
S("contentful", "pat", lambda: "CFPAT-" + Ul(43), ["CONTENTFUL_MANAGEMENT_TOKEN"])
S("sanity", "token", lambda: "sk" + A(80), ["SANITY_API_TOKEN", "SANITY_AUTH_TOKEN"])
for p in ["shpat_", "shpca_", "shppa_", "shpss_"]:
    S("shopify", p.rstrip("_"), (lambda p=p: p + H(32)), ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN", "SHOPIFY_API_SECRET"])
S("dropbox", "access_token", lambda: "sl." + Ul(135), ["DROPBOX_ACCESS_TOKEN"])
S("box", "developer_token", lambda: A(32), ["BOX_DEVELOPER_TOKEN"])
S("zoom", "client_secret", lambda: A(32), ["ZOOM_CLIENT_SECRET"])
S("twitch", "client_secret", lambda: L(30), ["TWITCH_CLIENT_SECRET"])
S("facebook", "access_token", lambda: "EAAG" + A(180), ["FACEBOOK_ACCESS_TOKEN", "FB_PAGE_TOKEN"])
S("facebook", "app_secret", lambda: H(32), ["FACEBOOK_APP_SECRET", "FB_APP_SECRET"])
S("twitter", "bearer_token", lambda: "AAAAAAAAAAAAAAAAAAAAA" + A(25) + "%3D" + A(50), ["TWITTER_BEARER_TOKEN", "X_BEARER_TOKEN"])
S("twitter", "consumer_secret", lambda: A(50), ["TWITTER_CONSUMER_SECRET", "TWITTER_API_SECRET"])
S("linkedin", "client_secret", lambda: A(16), ["LINKEDIN_CLIENT_SECRET"])
S("spotify", "client_secret", lambda: H(32), ["SPOTIFY_CLIENT_SECRET"])
S("frameio", "token", lambda: "fio-u-" + Ul(64), ["FRAMEIO_TOKEN"])
S("readme", "api_key", lambda: "rdme_" + L(70), ["README_API_KEY"])
S("lokalise", "token", lambda: H(40), ["LOKALISE_API_TOKEN"])
S("crowdin", "token", lambda: H(80), ["CROWDIN_PERSONAL_TOKEN"])
# --- AI
S("openai", "legacy_key", lambda: "sk-" + A(20) + "T3BlbkFJ" + A(20), ["OPENAI_API_KEY", "OPENAI_KEY"])
S("openai", "project_key", lambda: "sk-proj-" + Ul(74) + "T3BlbkFJ" + Ul(74), ["OPENAI_API_KEY", "LLM_API_KEY"])
S("openai", "svcacct_key", lambda: "sk-svcacct-" + Ul(74) + "T3BlbkFJ" + Ul(74), ["OPENAI_API_KEY"])
S("openai", "admin_key", lambda: "sk-admin-" + Ul(74) + "T3BlbkFJ" + Ul(74), ["OPENAI_ADMIN_KEY"])
S("anthropic", "api_key", lambda: "sk-ant-api03-" + Ul(93) + "AA", ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"])
S("anthropic", "admin_key", lambda: "sk-ant-admin01-" + Ul(93) + "AA", ["ANTHROPIC_ADMIN_KEY"])
S("huggingface", "user_token", lambda: "hf_" + rs(UP + LO, 34), ["HF_TOKEN", "HUGGINGFACE_TOKEN", "HUGGING_FACE_HUB_TOKEN"])
S("huggingface", "org_token", lambda: "api_org_" + rs(UP + LO, 34), ["HF_ORG_TOKEN"])
S("cohere", "api_key", lambda: A(40), ["COHERE_API_KEY", "CO_API_KEY"])
S("groq", "api_key", lambda: "gsk_" + A(52), ["GROQ_API_KEY"])
S("replicate", "api_token", lambda: "r8_" + A(37), ["REPLICATE_API_TOKEN"])
S("mistral", "api_key", lambda: A(32), ["MISTRAL_API_KEY"])
S("perplexity", "api_key", lambda: "pplx-" + A(48), ["PERPLEXITY_API_KEY", "PPLX_API_KEY"])
S("xai", "api_key", lambda: "xai-" + A(80), ["XAI_API_KEY", "GROK_API_KEY"])
S("deepseek", "api_key", lambda: "sk-" + H(32), ["DEEPSEEK_API_KEY"])
S("openrouter", "api_key", lambda: "sk-or-v1-" + H(64), ["OPENROUTER_API_KEY"])
S("google_ai", "gemini_key", lambda: "AIza" + Ul(35), ["GEMINI_API_KEY", "GOOGLE_GENAI_API_KEY"])
S("together", "api_key", lambda: H(64), ["TOGETHER_API_KEY"])
S("fireworks", "api_key", lambda: "fw_" + A(24), ["FIREWORKS_API_KEY"])
S("elevenlabs", "api_key", lambda: "sk_" + H(48), ["ELEVENLABS_API_KEY", "XI_API_KEY"])
S("assemblyai", "api_key", lambda: H(32), ["ASSEMBLYAI_API_KEY"])
S("deepgram", "api_key", lambda: H(40), ["DEEPGRAM_API_KEY"])
S("pinecone", "api_key", lambda: "pcsk_" + A(5) + "_" + A(63), ["PINECONE_API_KEY"])
S("langsmith", "pat", lambda: "lsv2_pt_" + H(32) + "_" + H(10), ["LANGCHAIN_API_KEY", "LANGSMITH_API_KEY"])
S("langsmith", "service_key", lambda: "lsv2_sk_" + H(32) + "_" + H(10), ["LANGSMITH_API_KEY"])
S("wandb", "api_key", lambda: H(40), ["WANDB_API_KEY"])
S("nvidia", "api_key", lambda: "nvapi-" + Ul(64), ["NVIDIA_API_KEY", "NGC_API_KEY"])
S("cerebras", "api_key", lambda: "csk-" + L(48), ["CEREBRAS_API_KEY"])
S("voyage", "api_key", lambda: "pa-" + Ul(43), ["VOYAGE_API_KEY"])
S("stability", "api_key", lambda: "sk-" + A(48), ["STABILITY_API_KEY"])
S("langfuse", "secret_key", lambda: "sk-lf-" + uuid4(), ["LANGFUSE_SECRET_KEY"])
S("firecrawl", "api_key", lambda: "fc-" + H(32), ["FIRECRAWL_API_KEY"])
S("tavily", "api_key", lambda: "tvly-" + A(32), ["TAVILY_API_KEY"])
S("serpapi", "api_key", lambda: H(64), ["SERPAPI_API_KEY", "SERPAPI_KEY"])
S("clarifai", "pat", lambda: H(32), ["CLARIFAI_PAT"])
S("anyscale", "api_key", lambda: "esecret_" + L(26), ["ANYSCALE_API_KEY"])
S("runpod", "api_key", lambda: "rpa_" + U(48), ["RUNPOD_API_KEY"])
# --- payments
S("stripe", "secret_key", lambda: "sk_live_" + A(R.choice([24, 99])), ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_KEY"])
S("stripe", "restricted_key", lambda: "rk_live_" + A(R.choice([24, 99])), ["STRIPE_RESTRICTED_KEY", "STRIPE_API_KEY"])
S("stripe", "webhook_secret", lambda: "whsec_" + A(32), ["STRIPE_WEBHOOK_SECRET", "STRIPE_ENDPOINT_SECRET"])
S("square", "access_token", lambda: "EAAA" + Ul(60), ["SQUARE_ACCESS_TOKEN"])
S("square", "legacy_access_token", lambda: "sq0atp-" + Ul(22), ["SQUARE_ACCESS_TOKEN"])
S("square", "oauth_secret", lambda: "sq0csp-" + Ul(43), ["SQUARE_APPLICATION_SECRET"])
S("braintree", "access_token", lambda: f"access_token$production${L(16)}${H(32)}", ["BRAINTREE_ACCESS_TOKEN", "PAYPAL_ACCESS_TOKEN"])
S("braintree", "private_key", lambda: H(32), ["BRAINTREE_PRIVATE_KEY"])
S("paypal", "client_secret", lambda: "E" + Ul(79), ["PAYPAL_CLIENT_SECRET", "PAYPAL_SECRET"])
S("adyen", "api_key", lambda: "AQE" + A(3) + "mfx" + Ul(60) + "/" + A(30) + "=-" + b64(32)[:43] + "=-" + A(12), ["ADYEN_API_KEY"])
S("razorpay", "key_secret", lambda: ("rzp_live_" + A(14), A(24)), ["RAZORPAY"], mode="pair")
S("flutterwave", "secret_key", lambda: "FLWSECK-" + H(32) + "-X", ["FLW_SECRET_KEY", "FLUTTERWAVE_SECRET_KEY"])
S("paystack", "secret_key", lambda: "sk_live_" + H(40), ["PAYSTACK_SECRET_KEY"])
S("mollie", "api_key", lambda: "live_" + A(30), ["MOLLIE_API_KEY"])
S("gocardless", "access_token", lambda: "live_" + Ul(40), ["GOCARDLESS_ACCESS_TOKEN"])
S("checkout", "secret_key", lambda: "sk_" + uuid4(), ["CHECKOUT_SECRET_KEY", "CKO_SECRET_KEY"])
S("plaid", "secret", lambda: H(30), ["PLAID_SECRET"])
S("shippo", "api_token", lambda: "shippo_live_" + H(40), ["SHIPPO_API_TOKEN"])
S("easypost", "api_key", lambda: "EZAK" + A(54), ["EASYPOST_API_KEY"])
S("lob", "api_key", lambda: "live_" + H(32), ["LOB_API_KEY"])
S("recurly", "api_key", lambda: H(32), ["RECURLY_API_KEY"])
S("authorize_net", "transaction_key", lambda: A(16), ["AUTHORIZE_NET_TRANSACTION_KEY", "AUTHNET_TRANSACTION_KEY"])
S("duffel", "access_token", lambda: "duffel_live_" + Ul(43), ["DUFFEL_ACCESS_TOKEN"])
S("coinbase", "api_secret", lambda: A(32), ["COINBASE_API_SECRET"])
# --- messaging
S("slack", "bot_token", lambda: f"xoxb-{D(12)}-{D(13)}-{A(24)}", ["SLACK_BOT_TOKEN", "SLACK_TOKEN"])
S("slack", "user_token", lambda: f"xoxp-{D(12)}-{D(12)}-{D(13)}-{H(32)}", ["SLACK_USER_TOKEN", "SLACK_TOKEN"])
S("slack", "app_token", lambda: f"xapp-1-A{U(10)}-{D(13)}-{H(64)}", ["SLACK_APP_TOKEN"])
S("slack", "config_token", lambda: f"xoxe.xoxp-1-{A(150)}", ["SLACK_CONFIG_TOKEN"])
S("slack", "webhook", lambda: f"https://hooks.slack.com/services/T{U(10)}/B{U(10)}/{A(24)}", ["SLACK_WEBHOOK_URL", "ALERT_WEBHOOK"])
S("twilio", "api_key", lambda: ("SK" + H(32), A(32)), ["TWILIO_API"], mode="pair")
S("twilio", "auth_token", lambda: ("AC" + H(32), H(32)), ["TWILIO"], mode="pair")
S("discord", "bot_token", discord_bot, ["DISCORD_TOKEN", "DISCORD_BOT_TOKEN"])
S("discord", "webhook", lambda: f"https://discord.com/api/webhooks/{D(19)}/{Ul(68)}", ["DISCORD_WEBHOOK_URL"])
S("telegram", "bot_token", lambda: f"{D(10)}:AA{Ul(33)}", ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"])
S("msteams", "webhook", lambda: f"https://{L(8)}.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/{H(32)}/{uuid4()}/V2{Ul(43)}1",
  ["TEAMS_WEBHOOK_URL"])
S("google_chat", "webhook", lambda: f"https://chat.googleapis.com/v1/spaces/AAAA{Ul(7)}/messages?key=AIza{Ul(35)}&token={Ul(43)}%3D",
  ["GOOGLE_CHAT_WEBHOOK"])
S("mattermost", "pat", lambda: L(26), ["MATTERMOST_TOKEN"])
S("messagebird", "api_key", lambda: A(25), ["MESSAGEBIRD_API_KEY"])
S("vonage", "api_secret", lambda: A(16), ["VONAGE_API_SECRET", "NEXMO_API_SECRET"])
S("plivo", "auth_token", lambda: A(40), ["PLIVO_AUTH_TOKEN"])
S("pusher", "app_secret", lambda: H(20), ["PUSHER_APP_SECRET"])
S("ably", "api_key", lambda: f"{Ul(6)}.{Ul(6)}:{Ul(43)}", ["ABLY_API_KEY"])
S("pubnub", "secret_key", lambda: "sec-c-" + b64(36), ["PUBNUB_SECRET_KEY"])
S("line", "channel_secret", lambda: H(32), ["LINE_CHANNEL_SECRET"])
S("line", "channel_access_token", lambda: b64(128)[:171] + "=", ["LINE_CHANNEL_ACCESS_TOKEN"])
S("zulip", "api_key", lambda: A(32), ["ZULIP_API_KEY"])
S("onesignal", "rest_api_key", lambda: "os_v2_app_" + rs(LO + "234567", 113), ["ONESIGNAL_REST_API_KEY"])
S("firebase", "fcm_server_key", lambda: "AAAA" + Ul(7) + ":APA91b" + Ul(134), ["FCM_SERVER_KEY", "FIREBASE_SERVER_KEY"])
# --- email
S("sendgrid", "api_key", lambda: "SG." + Ul(22) + "." + Ul(43), ["SENDGRID_API_KEY"])
S("mailgun", "api_key_legacy", lambda: "key-" + H(32), ["MAILGUN_API_KEY"])
S("mailgun", "api_key", lambda: H(32) + "-" + H(8) + "-" + H(8), ["MAILGUN_API_KEY", "MAILGUN_KEY"])
S("mailchimp", "api_key", lambda: H(32) + "-us" + str(R.randint(1, 21)), ["MAILCHIMP_API_KEY", "MC_API_KEY"])
S("mandrill", "api_key", lambda: "md-" + Ul(22), ["MANDRILL_API_KEY"])
S("postmark", "server_token", uuid4, ["POSTMARK_SERVER_TOKEN", "POSTMARK_API_TOKEN"])
S("brevo", "api_key", lambda: "xkeysib-" + H(64) + "-" + A(16), ["BREVO_API_KEY", "SENDINBLUE_API_KEY"])
S("brevo", "smtp_key", lambda: "xsmtpsib-" + H(64) + "-" + A(16), ["BREVO_SMTP_KEY"])
S("resend", "api_key", lambda: "re_" + A(8) + "_" + A(24), ["RESEND_API_KEY"])
S("mailjet", "secret_key", lambda: H(32), ["MAILJET_SECRET_KEY", "MJ_APISECRET_PRIVATE"])
S("sparkpost", "api_key", lambda: H(40), ["SPARKPOST_API_KEY"])
S("mailersend", "api_token", lambda: "mlsn." + H(64), ["MAILERSEND_API_KEY"])
S("aws_ses", "smtp_password", lambda: "BG" + rs(B64, 42), ["SMTP_PASSWORD", "SES_SMTP_PASSWORD", "EMAIL_HOST_PASSWORD"])
# --- databases
S("postgres", "uri", lambda: f"postgres://{user()}:{pw_url()}@{host()}:5432/{R.choice(['app','orders','analytics'])}", ["DATABASE_URL", "POSTGRES_URL", "CONN_STR"])
S("postgres", "uri_sslmode", lambda: f"postgresql://{user()}:{pw_url()}@{host()}/main?sslmode=require", ["DATABASE_URL", "PG_DSN"])
S("mysql", "uri", lambda: f"mysql://{user()}:{pw_url()}@{host()}:3306/shop", ["MYSQL_URL", "DATABASE_URL", "DB_DSN"])
S("mongodb", "srv_uri", lambda: f"mongodb+srv://{user()}:{pw_url()}@cluster0.{L(5)}.mongodb.net/?retryWrites=true&w=majority", ["MONGODB_URI", "MONGO_URL"])
S("mongodb", "uri", lambda: f"mongodb://{user()}:{pw_url()}@{host()}:27017/admin?authSource=admin", ["MONGO_URI"])
S("redis", "uri", lambda: f"redis://default:{pw_url()}@{host()}:6379/0", ["REDIS_URL", "CACHE_URL"])
S("redis", "tls_uri", lambda: f"rediss://:{pw_url()}@{host()}:6380", ["REDIS_TLS_URL"])
S("amqp", "uri", lambda: f"amqps://{user()}:{pw_url()}@{host()}:5671/vhost", ["AMQP_URL", "RABBITMQ_URL", "BROKER_URL"])
S("mssql", "connection_string", lambda: f"Server=tcp:{L(8)}.database.windows.net,1433;Initial Catalog=appdb;User ID={user()};Password={password()};Encrypt=True;",
  ["SQLSERVER_CONNECTION", "CONN_STR", "DEFAULT_CONNECTION"])
S("jdbc", "url_with_password", lambda: f"jdbc:postgresql://{host()}:5432/app?user={user()}&password={pw_url()}", ["JDBC_URL", "SPRING_DATASOURCE_URL"])
S("elasticsearch", "uri", lambda: f"https://elastic:{pw_url()}@{L(10)}.es.us-east-1.aws.found.io:9243", ["ELASTICSEARCH_URL", "ES_URL"])
S("elasticsearch", "api_key", lambda: b64s(L(20) + ":" + Ul(22), url=False), ["ELASTIC_API_KEY", "ES_API_KEY"])
S("upstash", "rest_token", lambda: "AX" + Ul(4) + "ASQgY" + Ul(60) + "=", ["UPSTASH_REDIS_REST_TOKEN"])
S("algolia", "admin_key", lambda: H(32), ["ALGOLIA_ADMIN_KEY", "ALGOLIA_ADMIN_API_KEY"])
S("databricks", "pat", lambda: "dapi" + H(32), ["DATABRICKS_TOKEN"])
S("influxdb", "token", lambda: Ul(86) + "==", ["INFLUXDB_TOKEN", "INFLUX_TOKEN"])
S("fauna", "secret", lambda: "fnA" + Ul(37), ["FAUNA_SECRET"])
S("clickhouse", "uri", lambda: f"clickhouse://{user()}:{pw_url()}@{host()}:9440/default?secure=true", ["CLICKHOUSE_URL"])
S("snowflake", "password", password, ["SNOWFLAKE_PASSWORD"])
# --- observability
S("datadog", "api_key", lambda: H(32), ["DD_API_KEY", "DATADOG_API_KEY"])
S("datadog", "app_key", lambda: H(40), ["DD_APP_KEY", "DATADOG_APP_KEY"])
S("newrelic", "user_api_key", lambda: "NRAK-" + U(27), ["NEW_RELIC_API_KEY", "NEWRELIC_API_KEY"])
S("newrelic", "license_key", lambda: H(36) + "NRAL", ["NEW_RELIC_LICENSE_KEY"])
S("newrelic", "insert_key", lambda: "NRII-" + Ul(32), ["NEW_RELIC_INSERT_KEY"])
S("sentry", "org_auth_token", lambda: "sntrys_" + b64s(json.dumps({"iat": ts() + 0.5, "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": L(8)}, separators=(",", ":")), url=False).rstrip("=") + "_" + A(43),
  ["SENTRY_AUTH_TOKEN"])
S("sentry", "user_auth_token", lambda: "sntryu_" + H(64), ["SENTRY_AUTH_TOKEN"])
S("grafana", "cloud_token", lambda: "glc_" + b64s(json.dumps({"o": D(6), "n": "stack-" + D(6) + "-hm-read-" + L(6), "k": A(24), "m": {"r": "prod-us-east-0"}}, separators=(",", ":")), url=False).rstrip("="),
  ["GRAFANA_CLOUD_API_KEY", "GRAFANA_TOKEN"])
S("grafana", "service_account_token", lambda: "glsa_" + A(32) + "_" + H(8), ["GRAFANA_SERVICE_ACCOUNT_TOKEN", "GF_TOKEN"])
S("grafana", "api_key_legacy", lambda: "eyJrIjoi" + b64s(A(32) + '","n":"' + L(8) + '","id":' + D(1) + "}", url=False).rstrip("="), ["GRAFANA_API_KEY"])
S("honeycomb", "ingest_key", lambda: "hcaik_01" + L(24) + L(32), ["HONEYCOMB_API_KEY"])
S("honeycomb", "config_key", lambda: A(22), ["HONEYCOMB_API_KEY", "HONEYCOMB_WRITEKEY"])
S("dynatrace", "api_token", lambda: "dt0c01." + U(24) + "." + U(64), ["DT_API_TOKEN", "DYNATRACE_API_TOKEN"])
S("splunk", "hec_token", lambda: uuid4().upper(), ["SPLUNK_HEC_TOKEN"])
S("logzio", "token", lambda: rs(UP + LO, 32), ["LOGZIO_TOKEN"])
S("rollbar", "access_token", lambda: H(32), ["ROLLBAR_ACCESS_TOKEN"])
S("bugsnag", "api_key", lambda: H(32), ["BUGSNAG_API_KEY"])
S("pagerduty", "api_token", lambda: "u+" + Ul(18), ["PAGERDUTY_TOKEN", "PD_API_KEY"])
S("pagerduty", "integration_key", lambda: H(32), ["PAGERDUTY_INTEGRATION_KEY", "PD_ROUTING_KEY"])
S("opsgenie", "api_key", uuid4, ["OPSGENIE_API_KEY"])
S("axiom", "api_token", lambda: "xaat-" + uuid4(), ["AXIOM_TOKEN"])
S("axiom", "personal_token", lambda: "xapt-" + uuid4(), ["AXIOM_TOKEN"])
S("sumologic", "access_key", lambda: A(64), ["SUMO_ACCESS_KEY", "SUMOLOGIC_ACCESSKEY"])
S("mezmo", "ingestion_key", lambda: H(32), ["LOGDNA_INGESTION_KEY", "MEZMO_INGESTION_KEY"])
S("posthog", "personal_api_key", lambda: "phx_" + A(47), ["POSTHOG_PERSONAL_API_KEY"])
S("mixpanel", "api_secret", lambda: H(32), ["MIXPANEL_API_SECRET"])
S("segment", "public_api_token", lambda: "sgp_" + A(64), ["SEGMENT_PUBLIC_API_TOKEN"])
S("amplitude", "secret_key", lambda: H(32), ["AMPLITUDE_SECRET_KEY"])
S("statsig", "server_secret", lambda: "secret-" + A(43), ["STATSIG_SERVER_SECRET"])
S("betterstack", "token", lambda: A(24), ["BETTERSTACK_API_TOKEN", "LOGTAIL_SOURCE_TOKEN"])
# --- registries
S("npm", "access_token", lambda: crc_token("npm_"), ["NPM_TOKEN", "NODE_AUTH_TOKEN"])
S("pypi", "api_token", lambda: "pypi-AgEIcHlwaS5vcmc" + "CJ" + b64(110, url=True, pad=False), ["PYPI_TOKEN", "TWINE_PASSWORD", "PYPI_API_TOKEN"])
S("pypi", "test_token", lambda: "pypi-AgENdGVzdC5weXBpLm9yZw" + "IkN" + b64(100, url=True, pad=False), ["TEST_PYPI_TOKEN"])
S("rubygems", "api_key", lambda: "rubygems_" + H(48), ["GEM_HOST_API_KEY", "RUBYGEMS_API_KEY"])
S("nuget", "api_key", lambda: "oy2" + L(43), ["NUGET_API_KEY"])
S("docker", "pat", lambda: "dckr_pat_" + Ul(27), ["DOCKER_PASSWORD", "DOCKERHUB_TOKEN", "REGISTRY_PASSWORD"])
S("docker", "org_token", lambda: "dckr_oat_" + Ul(32), ["DOCKERHUB_TOKEN"])
S("crates", "api_token", lambda: "cio" + A(32), ["CARGO_REGISTRY_TOKEN"])
S("clojars", "deploy_token", lambda: "CLOJARS_" + H(60), ["CLOJARS_PASSWORD"])
S("hexpm", "api_key", lambda: H(32), ["HEX_API_KEY"])
S("gradle", "publish_secret", lambda: A(32), ["GRADLE_PUBLISH_SECRET"])
S("packagecloud", "token", lambda: H(48), ["PACKAGECLOUD_TOKEN"])
S("cloudsmith", "api_key", lambda: H(40), ["CLOUDSMITH_API_KEY"])
S("quay", "robot_token", lambda: U(64), ["QUAY_ROBOT_TOKEN", "QUAY_PASSWORD"])
S("gemfury", "push_token", lambda: A(20), ["FURY_TOKEN", "GEMFURY_PUSH_TOKEN"])
# --- private keys
for k in ["rsa", "pkcs8", "ec", "openssh", "dsa", "encrypted", "pgp"]:
    S("private_key", k, (lambda k=k: pem(k)), ["PRIVATE_KEY", "SSH_PRIVATE_KEY", "TLS_KEY", "SIGNING_KEY"], mode="ml")
# --- JWTs with secret context
S("jwt", "access_token", lambda: jwt({"sub": D(7), "name": R.choice(["ops-bot", "billing", "svc"]), "scope": "admin write", "iat": ts(), "exp": ts() + 86400 * 365}),
  ["ACCESS_TOKEN", "API_TOKEN", "AUTH_TOKEN"])
S("jwt", "rs256_service_token", lambda: jwt({"iss": "https://auth." + L(6) + ".io/", "aud": "api", "sub": uuid4(), "iat": ts()}, alg="RS256"),
  ["SERVICE_TOKEN", "CLIENT_TOKEN"])
# --- generic
S("generic", "password", password, ["DB_PASSWORD", "PASSWORD", "MYSQL_ROOT_PASSWORD", "POSTGRES_PASSWORD", "ADMIN_PASSWORD", "PWD", "PASS"])
S("generic", "api_secret", lambda: A(R.randint(32, 48)), ["API_SECRET", "APP_SECRET", "CLIENT_SECRET", "SECRET"])
S("generic", "api_key", lambda: rs(AN, R.randint(32, 40)), ["API_KEY", "APIKEY", "X_API_KEY", "SERVICE_KEY"])
S("generic", "token", lambda: Ul(R.randint(32, 48)), ["AUTH_TOKEN", "TOKEN", "ACCESS_TOKEN", "CLIENT_TOKEN", "AUTH"])
S("django", "secret_key", lambda: "django-insecure-" + rs(LO + DG + "!@#%^&*(-_=+)", 50) if R.random() < 0.3 else rs(LO + DG + "!@#%^&*(-_=+)", 50), ["SECRET_KEY", "DJANGO_SECRET_KEY"])
S("rails", "secret_key_base", lambda: H(128), ["SECRET_KEY_BASE"])
S("laravel", "app_key", lambda: "base64:" + b64(32), ["APP_KEY"])
S("generic", "jwt_signing_secret", lambda: A(64), ["JWT_SECRET", "JWT_SIGNING_KEY", "TOKEN_SECRET"])
S("generic", "encryption_key", lambda: b64(32), ["ENCRYPTION_KEY", "AES_KEY", "MASTER_KEY"])
S("generic", "webhook_secret", lambda: H(40), ["WEBHOOK_SECRET", "HMAC_SECRET", "SIGNING_SECRET"])
S("generic", "basic_auth_url", lambda: f"https://{user()}:{pw_url()}@{R.choice(['nexus', 'registry', 'jenkins', 'api'])}.{L(6)}.com/", ["UPSTREAM_URL", "REGISTRY_URL"])
S("generic", "private_token", lambda: Ul(40), ["PRIVATE_TOKEN", "SVC_TOKEN"])
S("generic", "bearer_header", lambda: "Bearer " + Ul(R.randint(36, 60)), ["Authorization"], mode="header")
S("generic", "basic_header", lambda: "Basic " + b64s(f"{user()}:{password()}", url=False), ["Authorization"], mode="header")
S("generic", "x_api_key_header", lambda: A(40), ["X-API-Key"], mode="header")
S("github", "token_header", lambda: "token " + crc_token("ghp_"), ["Authorization"], mode="header")
S("openai", "bearer_header", lambda: "Bearer sk-proj-" + Ul(74) + "T3BlbkFJ" + Ul(74), ["Authorization"], mode="header")
# raw-file kinds
S("generic", "netrc", lambda: password(), ["NETRC"], mode="raw:netrc")
S("npm", "npmrc_authtoken", lambda: crc_token("npm_"), ["NPMRC"], mode="raw:npmrc")
S("npm", "npmrc_legacy_uuid", uuid4, ["NPMRC"], mode="raw:npmrc")
S("pypi", "pypirc", lambda: "pypi-AgEIcHlwaS5vcmc" + "CJ" + b64(110, url=True, pad=False), ["PYPIRC"], mode="raw:pypirc")
S("generic", "pypirc_password", lambda: password(), ["PYPIRC"], mode="raw:pypirc")
S("github", "git_credentials", lambda: crc_token("ghp_"), ["GITCRED"], mode="raw:gitcred")
S("kubernetes", "kubeconfig_token", lambda: jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "default", "sub": "system:serviceaccount:default:deployer"}, alg="RS256"),
  ["KUBECONFIG"], mode="raw:kubeconfig")
S("docker", "config_json_auth", lambda: b64s(f"{user()}:{password()}", url=False), ["DOCKERCFG"], mode="raw:dockercfg")
S("private_key", "pem_file", lambda: pem(R.choice(["rsa", "ec", "openssh", "pkcs8"])), ["PEM"], mode="raw:pem")
S("gcp", "service_account_file", gcp_sa, ["GCPFILE"], mode="raw:gcpjson")
S("putty", "ppk", lambda: b64(32), ["PPK"], mode="raw:ppk")
S("generic", "sshpass", lambda: password(), ["SSHPASS"], mode="raw:sshpass")
S("wordpress", "db_password", lambda: password(), ["DB_PASSWORD"], mode="raw:wpconfig")
S("maven", "settings_password", lambda: password(), ["MAVEN"], mode="raw:mavensettings")

NEUTRAL = False  # set for negatives whose value is an identifier/digest: avoid secret-implying templates
UNUSUAL = ["CLIENT_TOKEN", "AUTH", "CONN_STR", "CRED", "KEY", "VALUE", "SVC_SECRET", "ACCESS", "X_AUTH", "CREDENTIAL", "UPSTREAM_KEY", "K"]

# ---------------------------------------------------------------- renderers

def parts(name):
    return [p for p in name.lower().replace("-", "_").split("_") if p]


def snake(n): return "_".join(parts(n))
def camel(n):
    p = parts(n)
    return p[0] + "".join(x.title() for x in p[1:])
def pascal(n): return "".join(x.title() for x in parts(n))
def kebab(n): return "-".join(parts(n))
def dotted(n): return ".".join(parts(n))
def upper(n): return "_".join(parts(n)).upper()


def dq(v):
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def sq(v):
    return "'" + v.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"


def yq(v):
    if any(c in v for c in ":#{}[]&*!|>'\"%@`,") or v[:1] in "-?":
        return dq(v)
    return v if R.random() < 0.5 else dq(v)


def xmlesc(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def indent(s, n):
    return "\n".join((" " * n + l) if l else l for l in s.split("\n"))


SVC = ["billing", "orders", "notifier", "ingest", "gateway", "reports", "sync", "auth"]


def svc():
    return R.choice(SVC)


def r_py(name, v):
    ml = "\n" in v
    lit = ('"""' + v + '"""') if ml else (dq(v) if R.random() < 0.6 else sq(v))
    c = R.randint(0, 3)
    if c == 0:
        body = f"import os\nimport logging\n\nlogger = logging.getLogger(__name__)\n\n{upper(name)} = {lit}\nTIMEOUT = 30\n"
    elif c == 1:
        body = f"# settings for the {svc()} service\nDEBUG = False\n\nCONFIG = {{\n    \"region\": \"eu-west-1\",\n    \"{snake(name)}\": {lit},\n    \"retries\": 3,\n}}\n"
    elif c == 2:
        body = f"from {svc()}_client import Client\n\n\ndef make_client():\n    return Client(\n        endpoint=\"https://api.internal/v2\",\n        {snake(name)}={lit},\n    )\n"
    else:
        body = f"import os\n\nos.environ.setdefault(\"{upper(name)}\", {lit})\n\n\ndef main():\n    print(\"starting\")\n"
    return R.choice(["settings.py", "config.py", "client.py", "tasks.py", "conftest_local.py"]), body


def r_js(name, v, ts_=False):
    ml = "\n" in v
    lit = ("`" + v + "`") if ml else (dq(v) if R.random() < 0.5 else sq(v))
    c = R.randint(0, 3)
    t = ": string" if ts_ else ""
    if c == 0:
        body = f"'use strict';\n\nconst {camel(name)}{t} = {lit};\nconst baseUrl = 'https://api.example.com';\n\nmodule.exports = {{ {camel(name)}, baseUrl }};\n"
    elif c == 1:
        body = f"export default {{\n  env: 'production',\n  {camel(name)}: {lit},\n  timeoutMs: 5000,\n}};\n"
    elif c == 2:
        body = f"process.env.{upper(name)} = process.env.{upper(name)} || {lit};\n\nrequire('./server').start();\n"
    else:
        body = f"import {{ Client }} from './client';\n\nexport const client = new Client({{\n  {camel(name)}: {lit},\n  retries: 2,\n}});\n"
    ext = "ts" if ts_ else R.choice(["js", "mjs"])
    return R.choice(["config", "index", "client", "setup"]) + "." + ext, body


def r_ts(name, v):
    return r_js(name, v, ts_=True)


def r_go(name, v):
    ml = "\n" in v
    lit = ("`" + v + "`") if ml else dq(v)
    c = R.randint(0, 2)
    if c == 0:
        body = f"package config\n\nconst (\n\tDefaultRegion = \"us-east-1\"\n\t{pascal(name)} = {lit}\n)\n"
    elif c == 1:
        body = f"package main\n\nimport \"os\"\n\nfunc init() {{\n\tos.Setenv(\"{upper(name)}\", {lit})\n}}\n"
    else:
        body = f"package client\n\ntype Config struct {{\n\tEndpoint string\n\t{pascal(name)} string\n}}\n\nvar defaultConfig = Config{{\n\tEndpoint: \"https://api.internal\",\n\t{pascal(name)}: {lit},\n}}\n"
    return R.choice(["config.go", "main.go", "client.go"]), body


def r_java(name, v):
    ml = "\n" in v
    lit = ('"""\n' + v + '"""') if ml else dq(v)
    c = R.randint(0, 1)
    if c == 0:
        body = f"package com.acme.{svc()};\n\npublic final class AppConfig {{\n    private AppConfig() {{}}\n\n    public static final String {upper(name)} = {lit};\n}}\n"
    else:
        body = f"package com.acme.{svc()};\n\nimport java.util.Properties;\n\npublic class Bootstrap {{\n    static Properties props() {{\n        Properties p = new Properties();\n        p.setProperty(\"{dotted(name)}\", {lit});\n        return p;\n    }}\n}}\n"
    return R.choice(["AppConfig.java", "Bootstrap.java", "Settings.java"]), body


def r_rb(name, v):
    ml = "\n" in v
    c = R.randint(0, 2)
    if ml:
        body = f"# frozen_string_literal: true\n\n{upper(name)} = <<~KEY\n{indent(v, 2)}\nKEY\n"
    elif c == 0:
        body = f"# frozen_string_literal: true\n\nmodule Acme\n  {upper(name)} = {sq(v) if chr(39) not in v else dq(v)}\nend\n"
    elif c == 1:
        body = f"Rails.application.configure do\n  config.x.{snake(name)} = {dq(v)}\nend\n"
    else:
        body = f"ENV['{upper(name)}'] ||= {sq(v)}\n\nrequire_relative 'app'\n"
    return R.choice(["config.rb", "initializer.rb", "production.rb"]), body


def r_php(name, v):
    ml = "\n" in v
    c = R.randint(0, 2)
    lit = sq(v)
    if ml:
        body = f"<?php\n\n${camel(name)} = <<<EOT\n{v}\nEOT;\n"
    elif c == 0:
        body = f"<?php\n\n${camel(name)} = {lit};\n$timeout = 10;\n"
    elif c == 1:
        body = f"<?php\n\ndefine('{upper(name)}', {lit});\n"
    else:
        body = f"<?php\n\nreturn [\n    'driver' => 'default',\n    '{snake(name)}' => {lit},\n];\n"
    return R.choice(["config.php", "settings.php", "services.php"]), body


def r_cs(name, v):
    ml = "\n" in v
    lit = ('@"' + v.replace('"', '""') + '"') if ml else dq(v)
    c = R.randint(0, 1)
    if c == 0:
        body = f"namespace Acme.{pascal(svc())}\n{{\n    internal static class Secrets\n    {{\n        internal const string {pascal(name)} = {lit};\n    }}\n}}\n"
    else:
        body = f"using System;\n\nvar options = new ClientOptions\n{{\n    Endpoint = new Uri(\"https://api.internal\"),\n    {pascal(name)} = {lit},\n}};\n"
    return R.choice(["Program.cs", "Secrets.cs", "Startup.cs"]), body


def r_rs(name, v):
    ml = "\n" in v
    lit = ('r#"' + v + '"#') if ml else dq(v)
    c = R.randint(0, 1)
    if c == 0:
        body = f"pub const {upper(name)}: &str = {lit};\n\npub fn endpoint() -> &'static str {{\n    \"https://api.internal\"\n}}\n"
    else:
        body = f"fn main() {{\n    let {snake(name)} = String::from({lit});\n    run(&{snake(name)});\n}}\n"
    return R.choice(["main.rs", "config.rs", "lib.rs"]), body


def r_sh(name, v):
    ml = "\n" in v
    if ml:
        body = f"#!/usr/bin/env bash\nset -euo pipefail\n\nexport {upper(name)}=\"{v}\"\n\n./deploy --env prod\n"
    else:
        q = ("'" + v + "'") if ("$" in v or "!" in v or "`" in v) else (dq(v) if R.random() < 0.6 else v if all(c in AN + "-_./:+=@%" for c in v) else "'" + v + "'")
        c = R.randint(0, 1)
        if c == 0:
            body = f"#!/usr/bin/env bash\nset -euo pipefail\n\nexport {upper(name)}={q}\nexport AWS_REGION=us-east-1\n\nexec ./bin/server\n"
        else:
            body = f"#!/bin/sh\n# local dev helper\n{upper(name)}={q}\nexport {upper(name)}\npython manage.py runserver\n"
    return R.choice(["deploy.sh", "run.sh", "env.sh", "bootstrap.bash"]), body


def r_docker(name, v):
    c = R.randint(0, 2)
    vv = v if all(c2 in AN + "-_./:+=@%$" for c2 in v) else dq(v)
    line = [f"ENV {upper(name)}={vv}", f"ARG {upper(name)}={vv}", f"ENV {upper(name)} {vv}"][c]
    body = f"FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n{line}\nCOPY . .\nCMD [\"python\", \"app.py\"]\n"
    return "Dockerfile", body


def r_compose(name, v):
    if R.random() < 0.5:
        env = f"    environment:\n      - {upper(name)}={v}\n      - LOG_LEVEL=info\n"
    else:
        env = f"    environment:\n      {upper(name)}: {yq(v)}\n      LOG_LEVEL: info\n"
    body = f"version: \"3.8\"\nservices:\n  {svc()}:\n    image: acme/{svc()}:1.4.2\n    ports:\n      - \"8080:8080\"\n{env}"
    return "docker-compose.yml", body


def r_k8s_secret(name, v):
    ml = "\n" in v
    if ml:
        val = "|\n" + indent(v, 4)
    else:
        val = yq(v)
    body = (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {svc()}-credentials\n  namespace: prod\ntype: Opaque\n"
            f"stringData:\n  {R.choice([kebab(name), upper(name), snake(name)])}: {val}\n")
    return "secret.yaml", body


def r_k8s_secret_b64(name, v):
    body = (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {svc()}-credentials\ntype: Opaque\n"
            f"data:\n  {R.choice([kebab(name), upper(name)])}: {base64.b64encode(v.encode()).decode()}\n")
    return "secret.yaml", body


def r_k8s_cm(name, v):
    body = (f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {svc()}-config\ndata:\n  LOG_LEVEL: info\n  {upper(name)}: {dq(v)}\n")
    return "configmap.yaml", body


def r_gha(name, v):
    ml = "\n" in v
    val = ("|\n" + indent(v, 6)) if ml else yq(v)
    if R.random() < 0.6 or ml:
        body = (f"name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
                f"    env:\n      {upper(name)}: {val}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n")
    else:
        body = (f"name: release\non: [workflow_dispatch]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n"
                f"      - uses: actions/checkout@v4\n      - uses: acme/publish-action@v2\n        with:\n          {snake(name).replace('_', '-')}: {yq(v)}\n")
    return ".github/workflows/deploy.yml", body


def r_tf(name, v):
    ml = "\n" in v
    lit = ("<<EOT\n" + v + "\nEOT") if ml else dq(v)
    c = R.randint(0, 2)
    if c == 0:
        body = f"variable \"{snake(name)}\" {{\n  type      = string\n  sensitive = true\n  default   = {lit}\n}}\n"
    elif c == 1:
        body = f"provider \"{svc()}\" {{\n  region = \"us-east-1\"\n  {snake(name)} = {lit}\n}}\n"
    else:
        body = f"locals {{\n  env = \"prod\"\n  {snake(name)} = {lit}\n}}\n"
    return "main.tf", body


def r_tfvars(name, v):
    lit = dq(v)
    return "terraform.tfvars", f"region      = \"eu-central-1\"\nenvironment = \"prod\"\n{snake(name)} = {lit}\n"


def r_json(name, v):
    key = R.choice([snake(name), camel(name), upper(name)])
    d = {"name": svc(), "version": "1.2.0", "settings": {"timeout": 30, key: v}}
    return R.choice(["config.json", "appsettings.json", "credentials.json"]), json.dumps(d, indent=2) + "\n"


def r_ini(name, v):
    return R.choice(["config.ini", "settings.cfg", "app.conf"]), f"[{svc()}]\nhost = api.internal\nport = 443\n{snake(name)} = {v.replace(chr(10), chr(92) + 'n')}\n"


def r_props(name, v):
    key = R.choice([dotted(name), f"app.{svc()}.{kebab(name)}", snake(name)])
    return R.choice(["application.properties", "gradle.properties", "config.properties"]), f"server.port=8080\n{key}={v.replace(chr(10), chr(92) + 'n')}\nlogging.level.root=INFO\n"


def r_envtxt(name, v):
    vv = v.replace("\n", "\\n")
    vv = dq(v) if (R.random() < 0.4 or "\n" in v or " " in v) else vv
    return R.choice(["settings.env.txt", "prod.env.example.txt", "env.production.txt"]), f"# production settings\nNODE_ENV=production\n{upper(name)}={vv}\nPORT=3000\n"


def r_xml(name, v):
    if R.random() < 0.6:
        body = (f"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"Environment\" value=\"Production\" />\n"
                f"    <add key=\"{pascal(name)}\" value=\"{xmlesc(v)}\" />\n  </appSettings>\n</configuration>\n")
        return R.choice(["app.config", "web.config"]), body
    body = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project>\n  <properties>\n    <{kebab(name).replace('-', '.')}>{xmlesc(v)}</{kebab(name).replace('-', '.')}>\n"
            f"  </properties>\n</project>\n")
    return "pom.xml", body


def r_toml(name, v):
    ml = "\n" in v
    lit = ('"""\n' + v + '"""') if ml else dq(v)
    return R.choice(["config.toml", "settings.toml", "secrets.toml"]), f"[{svc()}]\nendpoint = \"https://api.internal\"\n{snake(name)} = {lit}\n"


def r_md(name, v):
    ml = "\n" in v
    if ml:
        body = f"# {svc().title()} setup\n\nSave the key below as `key.pem`:\n\n```\n{v}\n```\n"
    elif R.random() < 0.5 and not NEUTRAL:
        body = (f"# {svc().title()} API\n\nQuick test:\n\n```bash\ncurl -s https://api.{svc()}.io/v1/status \\\n  -H \"Authorization: Bearer {v}\"\n```\n")
    else:
        body = f"# Local setup\n\n1. Install deps\n2. Export the credentials:\n\n```sh\nexport {upper(name)}={v}\nnpm start\n```\n"
    return R.choice(["README.md", "SETUP.md", "docs.md"]), body


def r_ipynb(name, v):
    src = ["import os\n", f"os.environ[\"{upper(name)}\"] = {dq(v)}\n", "client = make_client()\n"]
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Exploration\n"]},
                    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": src}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return "analysis.ipynb", json.dumps(nb, indent=1) + "\n"


def r_sql(name, v):
    if R.random() < 0.5 or NEUTRAL:
        body = f"-- seed integrations\nINSERT INTO integrations (provider, {snake(name)}, enabled)\nVALUES ('{svc()}', '{v}', true);\n"
    else:
        body = f"-- create app role\nCREATE USER app_{svc()} WITH PASSWORD '{v}';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO app_{svc()};\n"
    return R.choice(["seed.sql", "init.sql", "migration_0042.sql"]), body


def r_make(name, v):
    body = f"{upper(name)} ?= {v}\nIMAGE := acme/{svc()}\n\n.PHONY: deploy\ndeploy:\n\t./scripts/deploy.sh $(IMAGE)\n"
    return "Makefile", body


def r_yaml(name, v):
    ml = "\n" in v
    val = ("|\n" + indent(v, 4)) if ml else yq(v)
    body = f"spring:\n  application:\n    name: {svc()}\n{svc()}:\n  endpoint: https://api.internal\n  {kebab(name)}: {val}\n"
    return R.choice(["application.yml", "config.yaml", "values.yaml"]), body


RENDER = {
    "python": r_py, "javascript": r_js, "typescript": r_ts, "go": r_go, "java": r_java, "ruby": r_rb, "php": r_php,
    "csharp": r_cs, "rust": r_rs, "shell": r_sh, "dockerfile": r_docker, "docker-compose": r_compose,
    "k8s-secret": r_k8s_secret, "k8s-secret-b64": r_k8s_secret_b64, "k8s-configmap": r_k8s_cm, "github-actions": r_gha,
    "terraform": r_tf, "tfvars": r_tfvars, "json": r_json, "ini": r_ini, "properties": r_props, "env-txt": r_envtxt,
    "xml": r_xml, "toml": r_toml, "markdown": r_md, "ipynb": r_ipynb, "sql": r_sql, "makefile": r_make, "yaml": r_yaml,
}
ML_OK = ["python", "javascript", "typescript", "go", "java", "ruby", "php", "csharp", "rust", "shell", "k8s-secret",
         "github-actions", "terraform", "json", "toml", "markdown", "yaml", "env-txt", "ipynb"]
FT_ALL = list(RENDER.keys())
FT_WEIGHTED = [f for f in FT_ALL if f != "k8s-secret-b64"]


# pair renderers (two related values, e.g. AWS id + secret)
PAIR_NAMES = {
    "aws": ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"),
    "alibaba": ("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
    "scaleway": ("SCW_ACCESS_KEY", "SCW_SECRET_KEY"),
    "razorpay": ("RAZORPAY_KEY_ID", "RAZORPAY_KEY_SECRET"),
    "twilio": ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"),
    "twilio_api": ("TWILIO_API_KEY", "TWILIO_API_SECRET"),
}


def render_pair(spec, vals, ft):
    key = spec["provider"] if not (spec["provider"] == "twilio" and spec["kind"] == "api_key") else "twilio_api"
    n1, n2 = PAIR_NAMES[key]
    a, b = vals
    extra = None
    if spec["kind"] == "session_creds":
        extra = ("AWS_SESSION_TOKEN", "IQoJb3JpZ2luX2VjE" + b64(300)[:380])
    items = [(n1, a), (n2, b)] + ([extra] if extra else [])
    if ft == "python":
        if R.random() < 0.5 and spec["provider"] == "aws":
            kw = ",\n    ".join(f"{snake(n)}={dq(v)}" for n, v in items)
            return "s3_client.py", f"import boto3\n\ns3 = boto3.client(\n    \"s3\",\n    {kw},\n)\n"
        return "settings.py", "".join(f"{upper(n)} = {dq(v)}\n" for n, v in items)
    if ft == "shell":
        return "env.sh", "#!/usr/bin/env bash\n" + "".join(f"export {upper(n)}={v}\n" for n, v in items)
    if ft == "ini":
        return "credentials", "[default]\n" + "".join(f"{snake(n)} = {v}\n" for n, v in items) + "region = us-east-1\n"
    if ft == "json":
        return "config.json", json.dumps({camel(n): v for n, v in items}, indent=2) + "\n"
    if ft == "javascript":
        return "config.js", "module.exports = {\n" + "".join(f"  {camel(n)}: '{v}',\n" for n, v in items) + "};\n"
    if ft == "terraform":
        return "provider.tf", "provider \"aws\" {\n  region     = \"us-east-1\"\n" + "".join(f"  {snake(n).replace('aws_', '')} = \"{v}\"\n" for n, v in items) + "}\n"
    if ft == "docker-compose":
        return "docker-compose.yml", "services:\n  app:\n    image: acme/app\n    environment:\n" + "".join(f"      {upper(n)}: {v}\n" for n, v in items)
    if ft == "env-txt":
        return "settings.env.txt", "".join(f"{upper(n)}={v}\n" for n, v in items)
    if ft == "github-actions":
        return ".github/workflows/ci.yml", ("name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n" +
                                            "".join(f"      {upper(n)}: {v}\n" for n, v in items) + "    steps:\n      - run: make test\n")
    if ft == "java":
        return "Creds.java", "class Creds {\n" + "".join(f"    static final String {upper(n)} = \"{v}\";\n" for n, v in items) + "}\n"
    if ft == "go":
        return "creds.go", "package creds\n\nconst (\n" + "".join(f"\t{pascal(n)} = \"{v}\"\n" for n, v in items) + ")\n"
    if ft == "yaml":
        return "config.yaml", "credentials:\n" + "".join(f"  {snake(n)}: {v}\n" for n, v in items)
    raise ValueError(ft)


PAIR_FTS = ["python", "shell", "ini", "json", "javascript", "terraform", "docker-compose", "env-txt", "github-actions", "java", "go", "yaml"]


def render_header(spec, v, ft):
    hname = spec["names"][0]
    url = f"https://api.{svc()}.io/v1/items"
    if ft == "python":
        return "fetch.py", f"import requests\n\nresp = requests.get(\n    \"{url}\",\n    headers={{\"{hname}\": \"{v}\"}},\n    timeout=10,\n)\nprint(resp.json())\n"
    if ft == "javascript":
        return "fetch.js", f"const res = await fetch('{url}', {{\n  headers: {{ '{hname}': '{v}', Accept: 'application/json' }},\n}});\n"
    if ft == "go":
        return "client.go", f"package main\n\nimport \"net/http\"\n\nfunc get() (*http.Response, error) {{\n\treq, _ := http.NewRequest(\"GET\", \"{url}\", nil)\n\treq.Header.Set(\"{hname}\", \"{v}\")\n\treturn http.DefaultClient.Do(req)\n}}\n"
    if ft == "shell":
        return "call_api.sh", f"#!/bin/sh\ncurl -fsS \"{url}\" \\\n  -H \"{hname}: {v}\" \\\n  -H 'Accept: application/json'\n"
    if ft == "markdown":
        return "API.md", f"## Example request\n\n```bash\ncurl {url} \\\n  -H \"{hname}: {v}\"\n```\n"
    if ft == "java":
        return "ApiCall.java", f"HttpRequest request = HttpRequest.newBuilder()\n    .uri(URI.create(\"{url}\"))\n    .header(\"{hname}\", \"{v}\")\n    .build();\n"
    if ft == "php":
        return "call.php", f"<?php\n$ch = curl_init('{url}');\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['{hname}: {v}']);\n$out = curl_exec($ch);\n"
    if ft == "csharp":
        hdr = v.split(" ", 1)
        if len(hdr) == 2 and hname == "Authorization":
            return "ApiClient.cs", f"client.DefaultRequestHeaders.Authorization =\n    new AuthenticationHeaderValue(\"{hdr[0]}\", \"{hdr[1]}\");\n"
        return "ApiClient.cs", f"client.DefaultRequestHeaders.Add(\"{hname}\", \"{v}\");\n"
    if ft == "yaml":
        return "http-check.yaml", f"checks:\n  - name: items\n    url: {url}\n    headers:\n      {hname}: \"{v}\"\n"
    if ft == "makefile":
        return "Makefile", f"smoke:\n\tcurl -fsS -H \"{hname}: {v}\" {url}\n"
    if ft == "ruby":
        return "client.rb", f"req = Net::HTTP::Get.new(URI('{url}'))\nreq['{hname}'] = '{v}'\n"
    raise ValueError(ft)


HEADER_FTS = ["python", "javascript", "go", "shell", "markdown", "java", "php", "csharp", "yaml", "makefile", "ruby"]


def render_raw(spec, v):
    m = spec["mode"].split(":", 1)[1]
    if m == "netrc":
        return "raw-netrc", "_netrc", f"machine api.{svc()}.io\n  login deploy\n  password {v}\n"
    if m == "npmrc":
        return "raw-npmrc", ".npmrc", f"registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={v}\nalways-auth=true\n"
    if m == "pypirc":
        u = "__token__" if v.startswith("pypi-") else "deploy"
        return "raw-pypirc", ".pypirc", f"[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = {u}\npassword = {v}\n"
    if m == "gitcred":
        return "raw-git-credentials", ".git-credentials", f"https://{R.choice(['octocat-bot', 'ci-user', 'x-access-token'])}:{v}@github.com\n"
    if m == "kubeconfig":
        return "raw-kubeconfig", "kubeconfig.yaml", (f"apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.0.0.1:6443\n  name: prod\n"
                                                     f"contexts:\n- context:\n    cluster: prod\n    user: deployer\n  name: prod\ncurrent-context: prod\n"
                                                     f"users:\n- name: deployer\n  user:\n    token: {v}\n")
    if m == "dockercfg":
        return "raw-docker-config", "config.json", json.dumps({"auths": {"https://index.docker.io/v1/": {"auth": v}}}, indent=2) + "\n"
    if m == "pem":
        return "raw-pem", R.choice(["id_rsa", "server.key", "private.pem", "deploy_key"]), v + "\n"
    if m == "gcpjson":
        return "raw-gcp-json", R.choice(["service-account.json", f"{svc()}-sa-key.json"]), v + "\n"
    if m == "ppk":
        lines = pem_lines(b64(900), 64).split("\n")
        pub = pem_lines("AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + b64(260), 64).split("\n")
        return "raw-ppk", "deploy.ppk", ("PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: rsa-key-2024\n"
                                         f"Public-Lines: {len(pub)}\n" + "\n".join(pub) + f"\nPrivate-Lines: {len(lines)}\n" + "\n".join(lines) +
                                         f"\nPrivate-MAC: {H(64)}\n")
    if m == "sshpass":
        return "raw-sshpass", "sync.sh", f"#!/bin/bash\nsshpass -p '{v}' rsync -az ./dist/ deploy@10.0.4.12:/srv/www/\n"
    if m == "wpconfig":
        return "raw-wpconfig", "wp-config.php", (f"<?php\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp_admin' );\n"
                                                  f"define( 'DB_PASSWORD', '{v}' );\ndefine( 'DB_HOST', 'localhost' );\n")
    if m == "mavensettings":
        return "raw-maven-settings", "settings.xml", (f"<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deployment</username>\n"
                                                      f"      <password>{xmlesc(v)}</password>\n    </server>\n  </servers>\n</settings>\n")
    raise ValueError(m)


# ---------------------------------------------------------------- negatives
ALL_NAMES = sorted({n for s in SPECS for n in s["names"] if s["mode"] in ("value", "ml") and n.isupper()})


def neg_values():
    """(kind, value-generator) for look-alikes placed through the normal renderers"""
    return [
        ("placeholder", lambda n: R.choice(["YOUR_API_KEY_HERE", "<your-token>", "<YOUR_SECRET>", "your-api-key", "REPLACE_ME", "changeme",
                                            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "XXXXXXXXXXXXXXXXXXXX", "TODO", "dummy", "insert-key-here",
                                            "<INSERT_API_KEY>", "your_secret_here", "example-token", "********", "<redacted>", "not-a-real-key"])),
        ("template_ref", lambda n: R.choice(["${" + upper(n) + "}", "{{ secrets." + upper(n) + " }}", "${{ secrets." + upper(n) + " }}",
                                             "{{ ." + pascal(n) + " }}", "%(" + snake(n) + ")s", "$(" + upper(n) + ")", "#{" + upper(n) + "}",
                                             "{{ vault_" + snake(n) + " }}", "${env:" + upper(n) + "}", "${var." + snake(n) + "}"])),
        ("prefix_placeholder", lambda n: R.choice(["sk_live_" + "x" * 24, "sk-" + "X" * 48, "ghp_" + "x" * 36, "xoxb-" + "x" * 10 + "-" + "x" * 12 + "-" + "x" * 24,
                                                   "AKIA" + "X" * 16, "glpat-" + "x" * 20, "sk-proj-" + "..." , "npm_" + "0" * 36, "SG." + "x" * 22 + "." + "x" * 43,
                                                   "hf_" + "x" * 34, "sk-ant-api03-" + "X" * 95, "dckr_pat_" + "x" * 27, "AIza" + "X" * 35,
                                                   "pypi-" + "x" * 20, "xoxp-your-token-here", "sk_live_...", "ghp_<token>", "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX"])),
        ("masked", lambda n: R.choice(["sk_live_" + "*" * 20 + A(4), "ghp_" + "*" * 32 + A(4), "****" + A(4), "AKIA****************",
                                       "sk-...", A(4) + "..." + A(4), "[REDACTED]", "••••••••"])),
        ("documented_example", lambda n: R.choice(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"])),
        ("stripe_publishable", lambda n: "pk_live_" + A(R.choice([24, 99]))),
        ("uuid_id", lambda n: uuid4()),
        ("git_sha", lambda n: H(40)),
        ("sha256_digest", lambda n: "sha256:" + H(64)),
        ("empty_or_bool", lambda n: R.choice(["", "true", "false", "none", "null", "0", "disabled"])),
        ("public_id", lambda n: R.choice(["pk.eyJ1IjoiYWNtZSIsImEiOiJjbGV4YW1wbGUifQ.publicpreview", "phc_" + "public", "pub-c-" + uuid4(),
                                         "https://api.example.com/v1", "us-east-1", "arn:aws:iam::" + D(12) + ":role/deploy"])),
    ]


NEG_VALUE_NAMES = {
    "uuid_id": ["REQUEST_ID", "TENANT_NAME_ID", "ORDER_ID", "CORRELATION_ID", "INSTANCE_ID", "TRACE_ID"],
    "git_sha": ["GIT_COMMIT", "COMMIT_SHA", "REVISION", "BUILD_SHA", "UPSTREAM_REF"],
    "sha256_digest": ["IMAGE_DIGEST", "CHECKSUM", "ARTIFACT_SHA256", "CONTENT_HASH"],
    "stripe_publishable": ["STRIPE_PUBLISHABLE_KEY", "NEXT_PUBLIC_STRIPE_KEY", "STRIPE_PK"],
    "public_id": ["MAPBOX_PUBLIC_TOKEN", "POSTHOG_PROJECT_ENDPOINT", "PUBNUB_PUBLISH_KEY", "API_BASE_URL", "AWS_REGION", "DEPLOY_ROLE_ARN"],
}


def neg_envlookup(ft, name):
    u = upper(name)
    if ft == "python":
        return "settings.py", R.choice([f"import os\n\n{u} = os.environ[\"{u}\"]\n", f"import os\n\n{u} = os.getenv(\"{u}\", \"\")\n",
                                         f"import os\n\nclient = Client({snake(name)}=os.environ.get(\"{u}\"))\n"])
    if ft == "javascript":
        return "config.js", R.choice([f"const {camel(name)} = process.env.{u};\n", f"module.exports = {{ {camel(name)}: process.env['{u}'] ?? '' }};\n"])
    if ft == "typescript":
        return "config.ts", f"export const {camel(name)}: string = process.env.{u}!;\n"
    if ft == "go":
        return "config.go", f"package config\n\nimport \"os\"\n\nvar {pascal(name)} = os.Getenv(\"{u}\")\n"
    if ft == "java":
        return "AppConfig.java", f"class AppConfig {{\n    static final String {u} = System.getenv(\"{u}\");\n}}\n"
    if ft == "ruby":
        return "config.rb", f"{u} = ENV.fetch('{u}')\n"
    if ft == "php":
        return "config.php", f"<?php\n${camel(name)} = getenv('{u}');\n$other = $_ENV['{u}'] ?? null;\n"
    if ft == "csharp":
        return "Program.cs", f"var {camel(name)} = Environment.GetEnvironmentVariable(\"{u}\");\n"
    if ft == "rust":
        return "main.rs", f"let {snake(name)} = std::env::var(\"{u}\").expect(\"{u} not set\");\n"
    if ft == "shell":
        return "deploy.sh", f"#!/bin/sh\n: \"${{{u}:?{u} must be set}}\"\ncurl -H \"Authorization: Bearer ${u}\" https://api.internal/v1\n"
    if ft == "dockerfile":
        return "Dockerfile", f"FROM node:20\nARG {u}\nENV {u}=${{{u}}}\nCMD [\"node\", \"server.js\"]\n"
    if ft == "docker-compose":
        return "docker-compose.yml", f"services:\n  app:\n    image: acme/app\n    environment:\n      - {u}=${{{u}}}\n"
    if ft == "github-actions":
        return ".github/workflows/ci.yml", f"name: ci\non: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    env:\n      {u}: ${{{{ secrets.{u} }}}}\n    steps:\n      - run: make test\n"
    if ft == "terraform":
        return "main.tf", f"variable \"{snake(name)}\" {{\n  type      = string\n  sensitive = true\n}}\n\nprovider \"x\" {{\n  {snake(name)} = var.{snake(name)}\n}}\n"
    if ft == "k8s-secret":
        return "deployment.yaml", (f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n"
                                   f"        env:\n        - name: {u}\n          valueFrom:\n            secretKeyRef:\n              name: app-secrets\n              key: {kebab(name)}\n")
    if ft == "makefile":
        return "Makefile", f"deploy:\n\t@test -n \"$({u})\" || (echo missing {u}; exit 1)\n\t./deploy.sh --token \"$$" + u + "\"\n"
    if ft == "xml":
        return "web.config", f"<configuration>\n  <appSettings>\n    <add key=\"{pascal(name)}\" value=\"%{u}%\" />\n  </appSettings>\n</configuration>\n"
    if ft == "properties":
        return "application.properties", f"{dotted(name)}=${{{u}}}\n"
    if ft == "yaml":
        return "application.yml", f"app:\n  {kebab(name)}: ${{{u}:}}\n"
    raise ValueError(ft)


ENVLOOKUP_FTS = ["python", "javascript", "typescript", "go", "java", "ruby", "php", "csharp", "rust", "shell", "dockerfile", "docker-compose",
                 "github-actions", "terraform", "k8s-secret", "makefile", "xml", "properties", "yaml"]


def neg_raw():
    """(kind, filetype, filename, content) generators for structural look-alikes"""
    def pkglock():
        deps = {}
        for nm in R.sample(["lodash", "express", "react", "chalk", "debug", "semver", "uuid", "axios", "ms", "commander"], 3):
            deps[f"node_modules/{nm}"] = {"version": f"{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
                                          "resolved": f"https://registry.npmjs.org/{nm}/-/{nm}-1.0.0.tgz",
                                          "integrity": "sha512-" + b64(64)}
        return ("lockfile_integrity", "json", "package-lock.json", json.dumps({"name": "app", "lockfileVersion": 3, "packages": deps}, indent=2) + "\n")

    def cargolock():
        s = "version = 3\n\n"
        for nm in R.sample(["serde", "tokio", "anyhow", "regex", "libc", "rand"], 2):
            s += f"[[package]]\nname = \"{nm}\"\nversion = \"1.{R.randint(0, 40)}.{R.randint(0, 9)}\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"{H(64)}\"\n\n"
        return ("lockfile_integrity", "toml", "Cargo.lock", s)

    def gosum():
        s = ""
        for nm in R.sample(["github.com/pkg/errors", "golang.org/x/sys", "github.com/stretchr/testify", "gopkg.in/yaml.v3"], 2):
            s += f"{nm} v1.{R.randint(0, 9)}.{R.randint(0, 9)} h1:{b64(32)}\n{nm} v1.{R.randint(0, 9)}.{R.randint(0, 9)}/go.mod h1:{b64(32)}\n"
        return ("lockfile_integrity", "go.sum", "go.sum", s)

    def yarnlock():
        nm = R.choice(["lodash", "minimist", "ansi-regex"])
        return ("lockfile_integrity", "yarn.lock", "yarn.lock",
                f"# yarn lockfile v1\n\n{nm}@^4.0.0:\n  version \"4.17.21\"\n  resolved \"https://registry.yarnpkg.com/{nm}/-/{nm}-4.17.21.tgz#{H(40)}\"\n  integrity sha512-{b64(64)}\n")

    def poetrylock():
        return ("lockfile_integrity", "toml", "poetry.lock",
                f"[[package]]\nname = \"requests\"\nversion = \"2.32.3\"\nfiles = [\n    {{file = \"requests-2.32.3-py3-none-any.whl\", hash = \"sha256:{H(64)}\"}},\n]\n\n[metadata]\ncontent-hash = \"{H(64)}\"\n")

    def sri():
        return ("sri", "html", "index.html",
                f"<!doctype html>\n<html>\n<head>\n<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js\"\n  integrity=\"sha384-{b64(48)}\"\n  crossorigin=\"anonymous\"></script>\n</head>\n<body></body>\n</html>\n")

    def sha_sums():
        return ("sha256_digest", "text", "SHA256SUMS", "".join(f"{H(64)}  app-{v}-linux-amd64.tar.gz\n" for v in ["1.2.0", "1.2.1"]))

    def dockerdigest():
        return ("sha256_digest", "dockerfile", "Dockerfile", f"FROM python:3.12-slim@sha256:{H(64)}\nRUN pip install --no-cache-dir uvicorn\n")

    def gitsha():
        return ("git_sha", "yaml", ".pre-commit-config.yaml", f"repos:\n  - repo: https://github.com/psf/black\n    rev: {H(40)}\n    hooks:\n      - id: black\n")

    def gitsha2():
        return ("git_sha", "text", "CHANGELOG.md", f"## 1.4.0\n\n- fix race in scheduler ({H(40)})\n- bump deps ({H(7)})\n")

    def pubkey():
        return ("public_key", "pem", "public.pem", "-----BEGIN PUBLIC KEY-----\n" + pem_lines("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64(260)[:348] + "IDAQAB") + "\n-----END PUBLIC KEY-----\n")

    def cert():
        return ("certificate", "pem", "ca.crt", "-----BEGIN CERTIFICATE-----\n" + pem_lines("MIIDdzCCAl+gAwIBAgIE" + b64(800)[:1050]) + "\n-----END CERTIFICATE-----\n")

    def sshpub():
        return ("ssh_public_key", "text", "authorized_keys", f"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{b64(380)} deploy@ci\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(32)[:43]} ops@laptop\n")

    def knownhosts():
        return ("ssh_public_key", "text", "known_hosts", f"github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(32)[:43]}\n|1|{b64(20)}|{b64(20)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{b64(64)}\n")

    def datauri():
        return ("data_uri", "css", "styles.css", f".logo {{\n  background-image: url(\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ{b64(300)}\");\n}}\n")

    def datauri_js():
        return ("data_uri", "javascript", "icons.js", f"export const SPINNER = 'data:image/gif;base64,R0lGODlhEAAQAPQAAP///wAAAPDw8IqKiuDg4EZGRnp6egAAAFhYWCQkJKysrL6+vhQUFJycnAQEBDY2NmhoaAAAAAAAAAAAACH/C05FVFNDQVBFMi4wAwEAAAAh/hpD{b64(200)}';\n")

    def i18n():
        return ("i18n", "json", "en.json", json.dumps({"login": {"password": "Password", "password_hint": "At least 12 characters", "forgot_password": "Forgot your password?",
                                                                "api_key_label": "API key", "token_expired": "Your session token has expired. Please sign in again.",
                                                                "secret_question": "What was the name of your first pet?"}}, indent=2) + "\n")

    def i18n_po():
        return ("i18n", "text", "messages.po", "msgid \"Enter your API secret\"\nmsgstr \"Geben Sie Ihr API-Geheimnis ein\"\n\nmsgid \"Password\"\nmsgstr \"Passwort\"\n")

    def testnames():
        return ("test_names", "python", "test_auth.py",
                "def test_rejects_invalid_api_key(client):\n    resp = client.get('/v1/items', headers={'Authorization': 'Bearer invalid'})\n    assert resp.status_code == 401\n\n\n"
                "def test_password_reset_token_expires():\n    token = make_reset_token(user_id=1)\n    assert not is_valid(token, now=FUTURE)\n")

    def testnames_js():
        return ("test_names", "javascript", "auth.test.js",
                "describe('secret rotation', () => {\n  it('should not leak the secret token in logs', () => {\n    const token = createToken();\n    expect(logger.output).not.toContain(token);\n  });\n});\n")

    def css():
        cols = "\n".join(f"  --c{i}: #{H(6)};" for i in range(6))
        return ("css_hash", "css", "theme.css", f":root {{\n{cols}\n}}\n.btn {{ color: #{H(6)}; background: #{H(3)}; }}\n")

    def webpack():
        return ("css_hash", "json", "asset-manifest.json", json.dumps({"files": {"main.js": f"/static/js/main.{H(8)}.js", "main.css": f"/static/css/main.{H(8)}.css",
                                                                                  "vendor.js": f"/static/js/787.{H(20)}.chunk.js"}}, indent=2) + "\n")

    def b64text():
        txt = R.choice(["The quick brown fox jumps over the lazy dog and keeps running.", "Welcome to the Acme developer portal. Please read the terms.",
                        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod."])
        return ("base64_text", "python", "fixtures.py", f"# base64 of a greeting used in encoding tests\nGREETING_B64 = \"{base64.b64encode(txt.encode()).decode()}\"\n")

    def minified():
        ids = ",".join(f"_0x{H(6)}" for _ in range(6))
        return ("minified_js", "javascript", "vendor.min.js",
                f"!function(e,t){{var {ids};function n(r){{return e[r]}}t.exports=function(o){{for(var i=0;i<o.length;i++)n(o[i])}}}}(window,module);"
                f"var a=\"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=\";\n")

    def bcrypt_like():
        return ("password_func", "python", "views.py", "def login(request):\n    password = request.POST.get('password')\n    user = authenticate(username=request.POST['username'], password=password)\n    return redirect('/')\n")

    def passwd_field():
        return ("password_func", "typescript", "types.ts", "export interface Credentials {\n  username: string;\n  password: string;\n  apiKey?: string;\n}\n\nconst password = await prompt('Password: ');\n")

    def secret_ref():
        return ("secret_manager_ref", "yaml", "task-def.yaml", f"secrets:\n  - name: DB_PASSWORD\n    valueFrom: arn:aws:secretsmanager:us-east-1:{D(12)}:secret:prod/db-password-{A(6)}\n")

    def vault_ref():
        return ("secret_manager_ref", "terraform", "secrets.tf", "data \"vault_generic_secret\" \"db\" {\n  path = \"secret/prod/db\"\n}\n\nlocals {\n  db_password = data.vault_generic_secret.db.data[\"password\"]\n}\n")

    def eth():
        return ("public_address", "json", "contracts.json", json.dumps({"tokenContractAddress": "0x" + H(40), "chainId": 1}, indent=2) + "\n")

    def jwt_placeholder():
        return ("truncated", "markdown", "AUTH.md", "## Auth\n\nPass the token as `Authorization: Bearer eyJhbGciOi...` (truncated). Tokens look like `eyJ...` and expire after 1h.\n")

    def ipfs():
        return ("content_id", "text", "assets.txt", f"logo: ipfs://Qm{rs('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 44)}\n")

    def uuids_sql():
        return ("uuid_id", "sql", "fixtures.sql", "".join(f"INSERT INTO orders (id, customer_id) VALUES ('{uuid4()}', '{uuid4()}');\n" for _ in range(3)))

    def ipynb_out():
        nb = {"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [{"output_type": "display_data", "data": {"image/png": b64(600), "text/plain": ["<Figure>"]}}],
                         "source": ["plt.plot(xs, ys)\n"]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        return ("data_uri", "ipynb", "plot.ipynb", json.dumps(nb, indent=1) + "\n")

    def hash_test_vector():
        return ("sha256_digest", "go", "hash_test.go", f"package hash\n\nvar vectors = map[string]string{{\n\t\"abc\": \"{hashlib.sha256(b'abc').hexdigest()}\",\n\t\"\": \"{hashlib.sha512(b'').hexdigest()}\",\n}}\n")

    return [pkglock, cargolock, gosum, yarnlock, poetrylock, sri, sha_sums, dockerdigest, gitsha, gitsha2, pubkey, cert, sshpub, knownhosts,
            datauri, datauri_js, i18n, i18n_po, testnames, testnames_js, css, webpack, b64text, minified, bcrypt_like, passwd_field,
            secret_ref, vault_ref, eth, jwt_placeholder, ipfs, uuids_sql, ipynb_out, hash_test_vector]


# ---------------------------------------------------------------- main

def main():
    global R, NEUTRAL
    if len(sys.argv) != 3:
        sys.exit("usage: fresh.py OUTDIR SEED")
    out, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    for sub in ("pos", "neg"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
        os.makedirs(os.path.join(out, sub))
    manifest = []

    needles = []

    def write(label, idx, fname, content, provider, kind, ft, needle=None):
        rel = f"{label[0]}{idx:04d}/{fname}"
        path = os.path.join(out, label, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(content)
        manifest.append({"file": f"{label}/{rel}", "label": label, "provider": provider, "kind": kind, "filetype": ft})
        if needle is not None:
            needles.append({"file": f"{label}/{rel}", "needle": needle})

    # positives: every spec at least twice, then random fill to N_POS
    N_POS, N_NEG = 600, 400
    order = []
    while len(order) < N_POS:
        block = list(SPECS)
        R.shuffle(block)
        order.extend(block)
    order = order[:N_POS]
    ft_cycle = []
    for i, spec in enumerate(order):
        mode = spec["mode"]
        v = spec["gen"]()
        if mode == "pair":
            ft = R.choice(PAIR_FTS)
            if spec["provider"] != "aws" and ft == "terraform":
                ft = "yaml"
            fname, content = render_pair(spec, v, ft)
        elif mode == "header":
            ft = R.choice(HEADER_FTS)
            fname, content = render_header(spec, v, ft)
        elif mode.startswith("raw:"):
            ft, fname, content = render_raw(spec, v)
        else:
            pool = ML_OK if mode == "ml" else FT_WEIGHTED
            if not ft_cycle:
                ft_cycle = list(FT_WEIGHTED)
                R.shuffle(ft_cycle)
            ft = ft_cycle.pop()
            if ft not in pool:
                ft = R.choice(pool)
            if mode == "value" and R.random() < 0.04:
                ft = "k8s-secret-b64"
            name = R.choice(spec["names"])
            if mode == "value" and R.random() < 0.12:
                name = R.choice(UNUSUAL)
            fname, content = RENDER[ft](name, v)
        secret = v[1] if mode == "pair" else v
        if ft == "k8s-secret-b64":
            secret = base64.b64encode(v.encode()).decode()
        if "\n" in secret:
            import re
            m = re.search(r"(MII|MHc|b3Blbn|lQOY)[A-Za-z0-9+/]{12}", secret)
            secret = m.group(0) if m else secret.split("\n")[1]
        if mode == "header":
            secret = secret.split(" ", 1)[-1]
        if secret not in content and ft != "raw-ppk":
            import re
            chunks = sorted((c for c in re.split(r'[&"\\<>]', secret) if c in content), key=len, reverse=True)
            assert chunks and len(chunks[0]) >= 8, (spec["kind"], ft)
            secret = chunks[0]
        write("pos", i, fname, content, spec["provider"], spec["kind"], ft, needle=secret)

    # negatives
    nv = neg_values()
    raws = neg_raw()
    n = 0
    # ~40% structural raw, ~20% env lookups, ~40% value look-alikes through renderers
    plan = (["raw"] * 160) + (["env"] * 80) + (["val"] * 160)
    R.shuffle(plan)
    raw_i = 0
    ft_cycle = []
    for kind in plan[:N_NEG]:
        if kind == "raw":
            g = raws[raw_i % len(raws)]
            raw_i += 1
            k, ft, fname, content = g()
            write("neg", n, fname, content, "none", k, ft)
        elif kind == "env":
            ft = R.choice(ENVLOOKUP_FTS)
            name = R.choice(ALL_NAMES)
            fname, content = neg_envlookup(ft, name)
            write("neg", n, fname, content, "none", "env_lookup", ft)
        else:
            k, g = R.choice(nv)
            name = R.choice(NEG_VALUE_NAMES.get(k, ALL_NAMES))
            v = g(name)
            if not ft_cycle:
                ft_cycle = [f for f in FT_WEIGHTED]
                R.shuffle(ft_cycle)
            ft = ft_cycle.pop()
            NEUTRAL = k in ("uuid_id", "git_sha", "sha256_digest", "public_id", "stripe_publishable")
            fname, content = RENDER[ft](name, v)
            NEUTRAL = False
            write("neg", n, fname, content, "none", k, ft)
        n += 1

    with open(os.path.join(out, "manifest.jsonl"), "w") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w") as f:
        for m in needles:
            f.write(json.dumps(m) + "\n")
    provs = sorted({m["provider"] for m in manifest if m["label"] == "pos"})
    print(f"wrote {sum(m['label'] == 'pos' for m in manifest)} pos, {sum(m['label'] == 'neg' for m in manifest)} neg, "
          f"{len(provs)} providers, {len(SPECS)} specs -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
