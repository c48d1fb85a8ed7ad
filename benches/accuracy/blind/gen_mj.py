#!/usr/bin/env python3
"""Blind evaluation-set generator "mj": AWS managed services' own credentials.

EMPHASIS
  Domain: credentials of AWS managed services as teams commit them, beyond
  plain IAM keys (but IAM key pairs in the same files too).
  Providers / kinds: IAM access key pairs (AKIA.. + 40-char secret), SES SMTP
  credentials (AKIA.. username + derived v4 SMTP password, 44 chars starting
  with "B"), Cognito app client secrets, IoT Core device private keys
  (*-private.pem.key), Transfer Family passwords and SSH keys, Amazon MQ
  broker users, RDS/Aurora/DocumentDB/Redshift master passwords, ElastiCache
  AUTH tokens, OpenSearch master users, CodeCommit HTTPS Git credentials,
  Lightsail default keys and DB passwords, AppSync API keys (da2-...), Amazon
  Connect widget keys / user passwords, Chime Voice Connector SIP credentials,
  MediaPackage CDN authorization identifiers, CloudFront signing keys
  (pk-APKA....pem), Secrets Manager SecretString dumps, SSM put-parameter
  SecureString values, temporary STS credentials (ASIA.. + session token),
  Elastic Beanstalk option_settings.
  File types: CloudFormation YAML/JSON, CDK TS/Python, SAM, Terraform (.tf,
  .tfvars), samconfig.toml, serverless.yml, .ebextensions, shell with aws CLI,
  boto3, Java SDK, Node SDK, Postman, Markdown runbooks, CSV exports, PEM,
  JSON CLI outputs, Spring properties/yml, Django, Rails, PHP, C headers,
  fluent-bit, pjsip, dbt profiles, .git-credentials, a few .env files.

USAGE
  python3 -B gen_mj.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED.

NEEDLE CONVENTIONS
  One credential per positive file. Needle = the secret value without quotes:
  IAM / STS pairs -> the 40-char secret access key (key id and, for STS, the
  session token are companions of the same credential); SES -> the SMTP
  password; passwords -> the password itself; in URLs -> the password only
  (as written, i.e. percent-encoded when the URL needs it); PEM private keys
  -> the first base64 line of the body (also inside JSON "\\n"-escaped
  strings); AppSync -> the full da2-... key.

NEGATIVES
  250 re-use positive templates with the secret slot holding placeholders
  (<your-password>, YOUR_..., changeme, xxxx, local-language ones), empty or
  masked values, CloudFormation dynamic references ({{resolve:...}}), !Ref /
  Fn::GetAtt, Terraform variables / data sources, ${...} env refs, CI secret
  refs, AWS documented example keys (AKIAIOSFODNN7EXAMPLE /
  wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, da2-fakeApiId123456,
  CLIENT_SECRET). Key ids next to a placeholder secret are the documented
  example id or masked. The other 250 are look-alikes: ARNs, account ids,
  resource ids, NoEcho params without default, ManageMasterUserPassword,
  Cognito pool/client ids, Amplify public config, JWKS, public certificates
  and public keys, IoT certificate ids, key fingerprints, Lambda CodeSha256,
  KMS ciphertext blobs, S3 ETags/version ids, SigV4 signatures (example key
  id), expired CloudFront signed URLs, SES DKIM/verification tokens, ECR
  digests, sts get-caller-identity ids (AIDA/AROA), buildspec/ECS secret refs.
  No negative is written to a .env/.env.<stage> file.

FORMATS CHECKED
  - SES SMTP password v4 derivation (HMAC-SHA256 chain "AWS4"+key, 11111111,
    region, ses, aws4_request, SendRawEmail; prefix byte 0x04; base64 -> 44
    chars starting with "B"): AWS SES developer guide algorithm, confirmed
    against public conversion scripts (gists) found with the search tool.
  - AppSync key "da2-" + 26 [a-z0-9]: public aws-exports samples (code search).
  - Cognito ClientSecret pattern [\\w+]+ (API reference, 24-64 chars);
    client id 26 [a-z0-9] (AWS CLI docs example 38fjsnc484p94kpqsnet7mpld0).
  - AKIA/ASIA + 16 base32 chars, 40-char base64 secret, documented example
    keys, IQoJb3JpZ2luX2Vj session-token prefix, PEM DER layouts (PKCS#1,
    PKCS#8, SEC1 EC): from knowledge of AWS docs / RFCs.
DOUBTS
  - Cognito generated secrets: length 51-52 of [a-z0-9] assumed.
  - CodeCommit HTTPS Git password: assumed 44-char base64 of 32 bytes.
  - Connect widget security key assumed 44-char base64; MediaPackage CDN
    identifier is free-form (random 32 alnum or UUID used).
  - PEM bodies are random bytes in correct DER framing, not valid keys.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import sys
import urllib.parse

# --------------------------------------------------------------- helpers
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
ALNUM = LOW + UP + DIG
REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1",
           "eu-west-3", "ap-southeast-2", "ap-northeast-1", "ap-south-1",
           "sa-east-1", "ca-central-1", "eu-north-1"]
APPS = ["orders", "billing", "catalog", "payments", "notify", "crm", "ledger",
        "portal", "inventory", "telemetry", "checkout", "reports", "fleet",
        "booking", "kundenportal", "facturation", "pedidos"]
ENVS = ["prod", "production", "staging", "dev", "uat", "qa", "preprod"]
DBUSERS = ["admin", "dbadmin", "postgres", "master", "root", "awsuser",
           "appuser", "masteruser", "rdsadmin_app", "svc_app"]
PEOPLE = ["jdoe", "mgarcia", "hkumar", "t.nakamura", "lpetit", "akowalski",
          "sven.o", "cwu", "rsilva", "fbauer", "dlee", "nperez"]
WORDS = ["Falcon", "Tundra", "Pixel", "Cobalt", "Harbor", "Quartz", "Maple",
         "Nimbus", "Orbit", "Zephyr", "Kiwi", "Lumen", "Raptor", "Sierra",
         "Vortex", "Ember", "Mistral", "Otter", "Juniper", "Basalt"]


def rb(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def hx(r, n):
    return rs(r, n, "0123456789abcdef")


def uid(r):
    h = hx(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def acct(r):
    return str(r.randint(100000000000, 999999999999))


def akid(r, prefix="AKIA"):
    return prefix + rs(r, 16, B32)


def aws_secret(r):
    return base64.b64encode(rb(r, 30)).decode()


def ses_password(secret, region):
    def sign(k, m):
        return hmac.new(k, m.encode(), hashlib.sha256).digest()
    s = sign(("AWS4" + secret).encode(), "11111111")
    for m in (region, "ses", "aws4_request", "SendRawEmail"):
        s = sign(s, m)
    return base64.b64encode(b"\x04" + s).decode()


def session_token(r, region):
    if r.random() < 0.8:
        head = b"!\n\torigin_ec\x10" + rb(r, 5) + b"\x1a" + bytes([len(region)]) + region.encode()
        head += b'"G0E\x02 ' + rb(r, 32) + b"\x02!\x00"
    else:
        head = b"\x17\n\x06er/aws\x10" + rb(r, 4) + b"\x1a\x0c"
    n = r.choice([480, 570, 660, 750])
    body = head + rb(r, n - len(head))
    return base64.b64encode(body).decode()


def _password(r, style=None, safe=""):
    """Realistic chosen or generated password. safe='url' -> no specials."""
    st = style or r.choice(["rand", "rand", "words", "gen32", "hexish", "mixed"])
    sym = "!#%*-_+.~^" if safe != "url" else "-_."
    if st == "rand":
        n = r.randint(14, 24)
        while True:
            p = rs(r, n, ALNUM + sym * 2)
            if any(c in UP for c in p) and any(c in LOW for c in p) and any(c in DIG for c in p):
                return p
    if st == "words":
        w1, w2 = r.sample(WORDS, 2)
        return w1 + r.choice(sym) + w2.lower() + str(r.randint(10, 9999)) + r.choice(["", r.choice(sym)])
    if st == "gen32":
        while True:
            p = rs(r, 32, ALNUM + sym)
            if any(c in DIG for c in p) and any(c in UP for c in p):
                return p
    if st == "hexish":
        return rs(r, 4, UP) + hx(r, 12) + r.choice(sym) + str(r.randint(10, 99))
    # mixed
    return rs(r, 3, UP) + rs(r, 4, LOW) + str(r.randint(100, 999)) + r.choice(sym) + rs(r, 5, ALNUM)


def password(r, style=None, safe=""):
    p = _password(r, style, safe)
    if not p[0].isalnum():
        p = r.choice(UP) + p[1:]
    return p


# --- DER / PEM ------------------------------------------------------------
def dlen(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return b"\x81" + bytes([n])
    return b"\x82" + n.to_bytes(2, "big")


def tlv(t, body):
    return bytes([t]) + dlen(len(body)) + body


def dint(r, n, top=True):
    b = bytearray(rb(r, n))
    if top:
        b[0] |= 0x80
    b = bytes(b)
    if b[0] & 0x80:
        b = b"\x00" + b
    return tlv(0x02, b)


def rsa_pkcs1(r):
    parts = [tlv(0x02, b"\x00"), dint(r, 256), tlv(0x02, b"\x01\x00\x01"), dint(r, 256, False),
             dint(r, 128), dint(r, 128), dint(r, 128, False), dint(r, 128, False), dint(r, 128, False)]
    return tlv(0x30, b"".join(parts))


RSA_OID = tlv(0x30, tlv(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")


def rsa_pkcs8(r):
    return tlv(0x30, tlv(0x02, b"\x00") + RSA_OID + tlv(0x04, rsa_pkcs1(r)))


def ec_sec1(r):
    return tlv(0x30, tlv(0x02, b"\x01") + tlv(0x04, rb(r, 32)) +
               tlv(0xA0, tlv(0x06, bytes.fromhex("2a8648ce3d030107"))) +
               tlv(0xA1, tlv(0x03, b"\x00\x04" + rb(r, 64))))


def rsa_pub(r):
    inner = tlv(0x30, dint(r, 256) + tlv(0x02, b"\x01\x00\x01"))
    return tlv(0x30, RSA_OID + tlv(0x03, b"\x00" + inner))


def cert_der(r):
    tbs = (tlv(0xA0, tlv(0x02, b"\x02")) + tlv(0x02, b"\x00" + rb(r, 19)) + rb(r, r.randint(560, 700)))
    return tlv(0x30, tlv(0x30, tbs) + rb(r, 15) + tlv(0x03, b"\x00" + rb(r, 256)))


def pem(der, label):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def pem_first_line(p):
    return p.split("\n")[1]


# ------------------------------------------------------------ placeholders
GEN_PH = ["<your-password>", "YOUR_PASSWORD_HERE", "changeme", "CHANGE_ME", "xxxxxxxx",
          "********", "[REDACTED]", "", "REPLACE_ME", "<mot_de_passe>", "<passwort>",
          "tu_contrasena_aqui", "TODO", "<redacted>", "sua-senha-aqui", "パスワード",
          "<DB_PASSWORD>", "set-me", "***", "PLACEHOLDER", "<пароль>"]
NEG_BY_KIND = {
    "aws_secret": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "<secret-access-key>",
                   "YOUR_SECRET_ACCESS_KEY", "****************************************",
                   "[REDACTED]", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "",
                   "<AWS_SECRET_ACCESS_KEY>", "REPLACE_WITH_SECRET_KEY"],
    "ses": ["<smtp-password>", "YOUR_SMTP_PASSWORD", "********", "[REDACTED]",
            "SMTP_PASSWORD_GOES_HERE", "", "<SES SMTP password>", "xxxxxxxxxxxxxxxxxxxx"],
    "cognito": ["CLIENT_SECRET", "<app-client-secret>", "YOUR_CLIENT_SECRET", "",
                "********", "[REDACTED]", "<client_secret>"],
    "appsync": ["da2-fakeApiId123456", "<appsync-api-key>", "YOUR_API_KEY",
                "da2-xxxxxxxxxxxxxxxxxxxxxxxxxx", "", "REPLACE_ME"],
    "codecommit": ["<git-password>", "YOUR_GIT_CREDENTIALS_PASSWORD", "********", "[REDACTED]"],
    "token": ["<token>", "YOUR_TOKEN", "********", "[REDACTED]", "", "changeme"],
}
PEM_LABEL = {"pem_rsa": "RSA PRIVATE KEY", "pem_pkcs8": "PRIVATE KEY", "pem_ec": "EC PRIVATE KEY"}


class M:
    """Secret slot manager: real value for positives, non-secret for negatives."""

    def __init__(self, r, neg):
        self.r, self.neg, self.needle = r, neg, None
        self.region = r.choice(REGIONS)
        self.acct = acct(r)
        self._kid = None

    def kid(self, prefix="AKIA"):
        if self._kid is None:
            if not self.neg:
                self._kid = akid(self.r, prefix)
            else:
                self._kid = self.r.choice(["AKIAIOSFODNN7EXAMPLE", "<access-key-id>",
                                           "AKIA****************", "YOUR_ACCESS_KEY_ID"]
                                          if prefix == "AKIA" else
                                          ["ASIAIOSFODNN7EXAMPLE", "<access-key-id>", "ASIA****************"])
        return self._kid

    def sts_token(self):
        if self.neg:
            return self.r.choice(["AQoDYXdzEJr...<remainder of security token>", "<session-token>",
                                  "********", "[REDACTED]"])
        return session_token(self.r, self.region)

    def _set(self, v, needle=None):
        assert self.needle is None, "two secrets in one template"
        self.needle = needle if needle is not None else v
        return v

    def S(self, kind, refs=(), **kw):
        r = self.r
        if self.neg:
            if kind in PEM_LABEL:
                lab = PEM_LABEL[kind]
                return r.choice(["-----BEGIN %s-----\n<paste private key here>\n-----END %s-----" % (lab, lab),
                                 "-----BEGIN %s-----\n[REDACTED - stored in Secrets Manager]\n-----END %s-----" % (lab, lab),
                                 "-----BEGIN %s-----\n...\n-----END %s-----" % (lab, lab)])
            pool = list(NEG_BY_KIND.get(kind, GEN_PH))
            if kind not in NEG_BY_KIND:
                pool = GEN_PH
            refs = list(refs)
            if refs and r.random() < 0.5:
                return r.choice(refs)
            v = r.choice(pool)
            if kw.get("nonempty") and not v:
                v = "changeme"
            return v
        if kind == "aws_secret":
            return self._set(aws_secret(r))
        if kind == "ses":
            return self._set(ses_password(aws_secret(r), kw.get("region", self.region)))
        if kind == "cognito":
            return self._set(rs(r, r.choice([51, 52]), LOW + DIG))
        if kind == "appsync":
            return self._set("da2-" + rs(r, 26, LOW + DIG))
        if kind == "codecommit":
            v = base64.b64encode(rb(r, 32)).decode()
            if kw.get("urlenc"):
                return self._set(urllib.parse.quote(v, safe=""))
            return self._set(v)
        if kind == "b64key":
            return self._set(base64.b64encode(rb(r, 32)).decode())
        if kind == "token":
            return self._set(kw.get("gen", lambda: rs(r, r.randint(32, 64), ALNUM))())
        if kind == "hex":
            return self._set(hx(r, kw.get("n", 32)))
        if kind in PEM_LABEL:
            der = {"pem_rsa": rsa_pkcs1, "pem_pkcs8": rsa_pkcs8, "pem_ec": ec_sec1}[kind](r)
            p = pem(der, PEM_LABEL[kind])
            return self._set(p, pem_first_line(p))
        # passwords
        p = password(r, kw.get("style"), kw.get("safe", ""))
        if kw.get("noslash"):
            p = p.replace("/", "x")
        return self._set(p)


def C(r, *opts):
    return r.choice(opts)


def env_path(m, *stages):
    if m.neg:
        return C(m.r, ".env.example", ".env.sample", ".env.template")
    return C(m.r, ".env", ".env.production", ".env.local", *stages)


def pad_before(r, lines):
    """Optional filler comment lines to vary the secret position."""
    return "".join(r.sample(lines, r.randint(0, len(lines))))


POS = []


def tpl(provider, kind, filetype):
    def deco(f):
        POS.append((f.__name__, provider, kind, filetype, f))
        return f
    return deco


# ====================================================================== IAM
@tpl("aws-iam", "access_key", "csv")
def iam_credentials_csv(m):
    r = m.r
    kid, sec = m.kid(), m.S("aws_secret")
    user = C(r, *PEOPLE, "ci-deployer", "s3-uploader")
    if r.random() < 0.5:
        txt = "Access key ID,Secret access key\n%s,%s\n" % (kid, sec)
    else:
        txt = ("User name,Password,Access key ID,Secret access key,Console login link\n"
               "%s,,%s,%s,https://%s.signin.aws.amazon.com/console\n" % (user, kid, sec, m.acct))
    return C(r, "%s_accessKeys.csv" % user, "docs/aws/credentials.csv", "secrets/new_user_credentials.csv"), txt


@tpl("aws-iam", "access_key", "ini")
def iam_credentials_ini(m):
    r = m.r
    kid, sec = m.kid(), m.S("aws_secret", refs=["${AWS_SECRET_ACCESS_KEY}"])
    prof = C(r, "default", "deploy", m.r.choice(APPS) + "-" + r.choice(ENVS))
    other = "[sso-dev]\nsso_start_url = https://d-%s.awsapps.com/start\nsso_region = %s\nsso_account_id = %s\nsso_role_name = ReadOnly\n\n" % (hx(r, 10), m.region, acct(r))
    body = "[%s]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = %s\n" % (prof, kid, sec, m.region)
    txt = (other + body) if r.random() < 0.5 else (body + "\n" + other)
    return C(r, "deploy/aws/credentials", ".aws/credentials", "config/aws-credentials", "ops/credentials.ini"), txt


@tpl("aws-iam", "access_key", "python")
def iam_boto3(m):
    r = m.r
    kid, sec = m.kid(), m.S("aws_secret", refs=['" + os.environ["AWS_SECRET_ACCESS_KEY"] + "'])
    bucket = "%s-%s-%s" % (C(r, *APPS), C(r, *ENVS), m.acct[-4:])
    svc = C(r, "s3", "sqs", "dynamodb", "sns")
    txt = ('import os\nimport boto3\n\n'
           'BUCKET = "%s"\nREGION = "%s"\n\n' % (bucket, m.region) +
           pad_before(r, ["# TODO: move to instance profile\n", "# temporary until IRSA is set up\n"]) +
           'session = boto3.Session(\n    aws_access_key_id="%s",\n    aws_secret_access_key="%s",\n'
           '    region_name=REGION,\n)\n%s = session.client("%s")\n\n\n'
           'def upload(path, key):\n    s3 = session.client("s3")\n    s3.upload_file(path, BUCKET, key)\n' % (kid, sec, svc, svc))
    return C(r, "scripts/sync_%s.py" % svc, "app/aws_clients.py", "tools/upload.py", "lambda_utils/aws.py"), txt


@tpl("aws-iam", "access_key", "java")
def iam_java(m):
    r = m.r
    kid, sec = m.kid(), m.S("aws_secret")
    pkg = "com.%s.%s.config" % (C(r, "acme", "contoso", "globex", "initech"), C(r, *APPS))
    if r.random() < 0.5:
        body = ('import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;\n'
                'import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;\n'
                'import software.amazon.awssdk.regions.Region;\n'
                'import software.amazon.awssdk.services.s3.S3Client;\n\n'
                'public class S3Config {\n\n'
                '    private static final String ACCESS_KEY = "%s";\n'
                '    private static final String SECRET_KEY = "%s";\n\n'
                '    public static S3Client client() {\n'
                '        return S3Client.builder()\n'
                '                .region(Region.of("%s"))\n'
                '                .credentialsProvider(StaticCredentialsProvider.create(\n'
                '                        AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))\n'
                '                .build();\n    }\n}\n' % (kid, sec, m.region))
    else:
        body = ('import com.amazonaws.auth.AWSStaticCredentialsProvider;\n'
                'import com.amazonaws.auth.BasicAWSCredentials;\n'
                'import com.amazonaws.services.sqs.AmazonSQS;\n'
                'import com.amazonaws.services.sqs.AmazonSQSClientBuilder;\n\n'
                'public class QueueConfig {\n'
                '    // queue url: https://sqs.%s.amazonaws.com/%s/%s-events\n'
                '    public AmazonSQS sqs() {\n'
                '        BasicAWSCredentials creds = new BasicAWSCredentials("%s", "%s");\n'
                '        return AmazonSQSClientBuilder.standard()\n'
                '                .withCredentials(new AWSStaticCredentialsProvider(creds))\n'
                '                .withRegion("%s").build();\n    }\n}\n' % (m.region, m.acct, C(r, *APPS), kid, sec, m.region))
    path = "src/main/java/%s/%s" % (pkg.replace(".", "/"), "S3Config.java" if "S3Config" in body else "QueueConfig.java")
    return path, "package %s;\n\n" % pkg + body


@tpl("aws-iam", "access_key", "javascript")
def iam_node(m):
    r = m.r
    kid, sec = m.kid(), m.S("aws_secret", refs=["process.env.AWS_SECRET"])
    q = "'"
    sv = sec if sec.startswith("process.") else q + sec + q
    txt = ("const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');\n\n"
           "const s3 = new S3Client({\n  region: '%s',\n  credentials: {\n"
           "    accessKeyId: '%s',\n    secretAccessKey: %s,\n  },\n});\n\n"
           "async function putReport(key, body) {\n"
           "  return s3.send(new PutObjectCommand({ Bucket: '%s-reports', Key: key, Body: body }));\n}\n\n"
           "module.exports = { putReport };\n" % (m.region, kid, sv, C(r, *APPS)))
    return C(r, "src/lib/s3.js", "server/storage.js", "lambda/shared/s3client.js"), txt


@tpl("aws-iam", "access_key", "terraform")
def iam_tf_provider(m):
    r = m.r
    kid, sec = m.kid(), m.S("aws_secret", refs=["var.aws_secret_key"])
    sv = sec if sec.startswith("var.") else '"%s"' % sec
    txt = ('terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n'
           '      version = "~> 5.%d"\n    }\n  }\n}\n\nprovider "aws" {\n  region     = "%s"\n'
           '  access_key = "%s"\n  secret_key = %s\n}\n\nresource "aws_s3_bucket" "logs" {\n'
           '  bucket = "%s-logs-%s"\n}\n' % (r.randint(0, 60), m.region, kid, sv, C(r, *APPS), m.acct))
    return C(r, "infra/provider.tf", "terraform/main.tf", "envs/%s/providers.tf" % C(r, *ENVS)), txt


@tpl("aws-iam", "access_key", "yaml")
def iam_gh_actions(m):
    r = m.r
    kid = m.kid()
    sec = m.S("aws_secret", refs=["${{ secrets.AWS_SECRET_ACCESS_KEY }}"])
    txt = ("name: deploy\n\non:\n  push:\n    branches: [main]\n\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
           "    env:\n      AWS_DEFAULT_REGION: %s\n      AWS_ACCESS_KEY_ID: %s\n      AWS_SECRET_ACCESS_KEY: %s\n"
           "    steps:\n      - uses: actions/checkout@v4\n      - run: aws s3 sync ./dist s3://%s-site --delete\n"
           % (m.region, kid, sec, C(r, *APPS)))
    return C(r, ".github/workflows/deploy.yml", ".github/workflows/release.yaml"), txt


@tpl("aws-iam", "access_key", "dotenv")
def iam_dotenv(m):
    r = m.r
    kid, sec = m.kid(), m.S("aws_secret")
    txt = ("NODE_ENV=production\nPORT=%d\nAWS_REGION=%s\nAWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\n"
           "S3_BUCKET=%s-uploads\n" % (r.choice([3000, 8080, 5000]), m.region, kid, sec, C(r, *APPS)))
    return env_path(m), txt


@tpl("aws-iam", "access_key", "json")
def iam_postman_env(m):
    r = m.r
    kid, sec = m.kid(), m.S("aws_secret", refs=["{{aws_secret}}"])
    d = {"id": uid(r), "name": "%s-%s" % (C(r, *APPS), C(r, *ENVS)), "values": [
        {"key": "baseUrl", "value": "https://%s.execute-api.%s.amazonaws.com/%s" % (rs(r, 10, LOW + DIG), m.region, C(r, *ENVS)), "type": "default", "enabled": True},
        {"key": "awsAccessKey", "value": kid, "type": "default", "enabled": True},
        {"key": "awsSecretKey", "value": sec, "type": "secret", "enabled": True},
        {"key": "awsRegion", "value": m.region, "type": "default", "enabled": True}],
        "_postman_variable_scope": "environment", "_postman_exported_using": "Postman/10.%d.%d" % (r.randint(0, 24), r.randint(0, 9))}
    return C(r, "postman/%s.postman_environment.json" % C(r, *ENVS), "tests/api/env.postman_environment.json"), json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@tpl("aws-iam", "access_key", "yaml")
def iam_serverless(m):
    r = m.r
    kid = m.kid()
    sec = m.S("aws_secret", refs=["${ssm:/media/aws-secret-key}", "${env:MEDIA_SECRET_KEY}"])
    app = C(r, *APPS)
    txt = ("service: %s-api\nframeworkVersion: '3'\n\nprovider:\n  name: aws\n  runtime: nodejs18.x\n  region: %s\n"
           "  stage: ${opt:stage, 'dev'}\n  environment:\n    TABLE_NAME: %s-${sls:stage}\n"
           "    MEDIA_BUCKET_KEY_ID: %s\n    MEDIA_BUCKET_SECRET: %s\n\nfunctions:\n  api:\n    handler: src/handler.main\n"
           "    events:\n      - httpApi: '*'\n" % (app, m.region, app, kid, sec))
    return C(r, "serverless.yml", "services/%s/serverless.yml" % app), txt


@tpl("aws-elasticbeanstalk", "access_key", "yaml")
def eb_iam(m):
    r = m.r
    kid, sec = m.kid(), m.S("aws_secret")
    txt = ("option_settings:\n  aws:elasticbeanstalk:application:environment:\n    DJANGO_SETTINGS_MODULE: config.settings.%s\n"
           "    AWS_STORAGE_BUCKET_NAME: %s-static\n    AWS_ACCESS_KEY_ID: %s\n    AWS_SECRET_ACCESS_KEY: %s\n"
           "  aws:elasticbeanstalk:container:python:\n    WSGIPath: config.wsgi:application\n" % (C(r, *ENVS), C(r, *APPS), kid, sec))
    return C(r, ".ebextensions/01_environment.config", ".ebextensions/env-vars.config"), txt


# ====================================================================== SES
def ses_user(r):
    return "ses-smtp-user.%d%02d%02d-%02d%02d%02d" % (r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28),
                                                      r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


@tpl("aws-ses", "smtp_password", "csv")
def ses_csv(m):
    kid, pw = m.kid(), m.S("ses")
    return C(m.r, "credentials.csv", "docs/ses/smtp_credentials.csv", "ops/ses-smtp-credentials.csv"), \
        "IAM user name,SMTP user name,SMTP password\n%s,%s,%s\n" % (ses_user(m.r), kid, pw)


@tpl("aws-ses", "smtp_password", "python")
def ses_django(m):
    r = m.r
    kid = m.kid()
    pw = m.S("ses", refs=['os.environ.get("EMAIL_HOST_PASSWORD")'])
    pv = pw if pw.startswith("os.") else "'%s'" % pw
    txt = ("from .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = ['.%s.example.com']\n\n"
           "# Amazon SES (SMTP interface)\nEMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'\n"
           "EMAIL_HOST = 'email-smtp.%s.amazonaws.com'\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\n"
           "EMAIL_HOST_USER = '%s'\nEMAIL_HOST_PASSWORD = %s\nDEFAULT_FROM_EMAIL = 'no-reply@%s.example.com'\n"
           % (C(r, *APPS), m.region, kid, pv, C(r, *APPS)))
    return C(r, "config/settings/production.py", "mysite/settings_prod.py"), txt


@tpl("aws-ses", "smtp_password", "properties")
def ses_spring(m):
    r = m.r
    kid = m.kid()
    pw = m.S("ses", refs=["${SES_SMTP_PASSWORD}"])
    txt = ("server.port=8080\nspring.application.name=%s-service\n\n# SES\nspring.mail.host=email-smtp.%s.amazonaws.com\n"
           "spring.mail.port=587\nspring.mail.username=%s\nspring.mail.password=%s\n"
           "spring.mail.properties.mail.smtp.auth=true\nspring.mail.properties.mail.smtp.starttls.enable=true\n"
           % (C(r, *APPS), m.region, kid, pw))
    return "src/main/resources/application-%s.properties" % C(r, "prod", "staging", "aws"), txt


@tpl("aws-ses", "smtp_password", "javascript")
def ses_nodemailer(m):
    r = m.r
    kid = m.kid()
    pw = m.S("ses")
    txt = ("const nodemailer = require('nodemailer');\n\n// SES SMTP (%s)\nconst transporter = nodemailer.createTransport({\n"
           "  host: 'email-smtp.%s.amazonaws.com',\n  port: 465,\n  secure: true,\n  auth: {\n    user: '%s',\n"
           "    pass: '%s',\n  },\n});\n\nexports.sendMail = (opts) => transporter.sendMail({ from: 'alerts@%s.io', ...opts });\n"
           % (m.region, m.region, kid, pw, C(r, *APPS)))
    return C(r, "src/services/mailer.js", "lib/email.js", "functions/notify/mail.js"), txt


@tpl("aws-ses", "smtp_password", "ruby")
def ses_rails(m):
    r = m.r
    kid = m.kid()
    pw = m.S("ses", refs=["ENV['SMTP_PASSWORD']"])
    pv = pw if pw.startswith("ENV") else "'%s'" % pw
    txt = ("Rails.application.configure do\n  config.cache_classes = true\n  config.action_mailer.delivery_method = :smtp\n"
           "  config.action_mailer.smtp_settings = {\n    address: 'email-smtp.%s.amazonaws.com',\n    port: 587,\n"
           "    user_name: '%s',\n    password: %s,\n    authentication: :login,\n    enable_starttls_auto: true\n  }\nend\n"
           % (m.region, kid, pv))
    return "config/environments/production.rb", txt


@tpl("aws-ses", "smtp_password", "config")
def ses_postfix(m):
    r = m.r
    kid, pw = m.kid(), m.S("ses")
    txt = "[email-smtp.%s.amazonaws.com]:587 %s:%s\n" % (m.region, kid, pw)
    if r.random() < 0.5:
        txt = "# relay via Amazon SES, run postmap after editing\n" + txt
    return C(r, "ansible/roles/postfix/files/sasl_passwd", "docker/postfix/sasl_passwd"), txt


@tpl("aws-ses", "smtp_password", "dotenv")
def ses_laravel_env(m):
    r = m.r
    kid, pw = m.kid(), m.S("ses")
    txt = ("APP_NAME=%s\nAPP_ENV=production\nAPP_DEBUG=false\n\nMAIL_MAILER=smtp\nMAIL_HOST=email-smtp.%s.amazonaws.com\n"
           "MAIL_PORT=587\nMAIL_USERNAME=%s\nMAIL_PASSWORD=%s\nMAIL_ENCRYPTION=tls\nMAIL_FROM_ADDRESS=\"noreply@%s.com\"\n"
           % (C(r, *APPS).capitalize(), m.region, kid, pw, C(r, *APPS)))
    return env_path(m), txt


@tpl("aws-ses", "smtp_password", "php")
def ses_wpconfig(m):
    r = m.r
    kid, pw = m.kid(), m.S("ses")
    txt = ("<?php\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_HOST', 'localhost' );\n\n/* WP Mail SMTP -> Amazon SES */\n"
           "define( 'WPMS_ON', true );\ndefine( 'WPMS_MAILER', 'smtp' );\ndefine( 'WPMS_SMTP_HOST', 'email-smtp.%s.amazonaws.com' );\n"
           "define( 'WPMS_SMTP_PORT', 587 );\ndefine( 'WPMS_SSL', 'tls' );\ndefine( 'WPMS_SMTP_AUTH', true );\n"
           "define( 'WPMS_SMTP_USER', '%s' );\ndefine( 'WPMS_SMTP_PASS', '%s' );\n\n$table_prefix = 'wp_';\n" % (m.region, kid, pw))
    return "wp-config.php", txt


@tpl("aws-ses", "smtp_password", "markdown")
def ses_runbook(m):
    r = m.r
    kid, pw = m.kid(), m.S("ses")
    txt = ("# Outbound email (Amazon SES)\n\nWe send transactional mail through SES in `%s`. Sandbox was lifted on %d-%02d.\n\n"
           "| Setting | Value |\n|---|---|\n| SMTP endpoint | `email-smtp.%s.amazonaws.com` |\n| Port | 587 (STARTTLS) |\n"
           "| SMTP username | `%s` |\n| SMTP password | `%s` |\n\nIf the password leaks, delete the IAM user `%s` and create new SMTP credentials.\n"
           % (m.region, r.randint(2020, 2025), r.randint(1, 12), m.region, kid, pw, ses_user(r)))
    return C(r, "docs/runbooks/email.md", "docs/ses.md", "wiki/Outbound-Mail.md"), txt


@tpl("aws-ses", "smtp_password", "yaml")
def ses_helm_values(m):
    r = m.r
    kid, pw = m.kid(), m.S("ses", refs=["{{ .Values.global.smtpPassword }}"])
    txt = ("replicaCount: %d\nimage:\n  repository: %s.dkr.ecr.%s.amazonaws.com/%s\n  tag: \"%d.%d.%d\"\n\nsmtp:\n"
           "  host: email-smtp.%s.amazonaws.com\n  port: 587\n  username: %s\n  password: \"%s\"\n  from: noreply@example.org\n"
           % (r.randint(1, 4), m.acct, m.region, C(r, *APPS), r.randint(1, 3), r.randint(0, 20), r.randint(0, 9), m.region, kid, pw))
    return C(r, "deploy/helm/values-prod.yaml", "charts/app/values.yaml"), txt


# ================================================================== Cognito
def pool_id(r, region):
    return "%s_%s" % (region, rs(r, 9, ALNUM))


def client_id(r):
    return rs(r, 26, LOW + DIG)


@tpl("aws-cognito", "client_secret", "python")
def cognito_secret_hash(m):
    r = m.r
    sec = m.S("cognito", refs=['os.environ["COGNITO_CLIENT_SECRET"]'])
    sv = sec if sec.startswith("os.") else '"%s"' % sec
    txt = ("import base64\nimport hashlib\nimport hmac\nimport os\n\nimport boto3\n\nUSER_POOL_ID = \"%s\"\nCLIENT_ID = \"%s\"\n"
           "CLIENT_SECRET = %s\n\nidp = boto3.client(\"cognito-idp\", region_name=\"%s\")\n\n\n"
           "def secret_hash(username):\n    msg = (username + CLIENT_ID).encode()\n"
           "    dig = hmac.new(CLIENT_SECRET.encode(), msg, hashlib.sha256).digest()\n    return base64.b64encode(dig).decode()\n\n\n"
           "def login(username, password):\n    return idp.initiate_auth(\n        ClientId=CLIENT_ID,\n        AuthFlow=\"USER_PASSWORD_AUTH\",\n"
           "        AuthParameters={\"USERNAME\": username, \"PASSWORD\": password, \"SECRET_HASH\": secret_hash(username)},\n    )\n"
           % (pool_id(r, m.region), client_id(r), sv, m.region))
    return C(r, "auth/cognito.py", "app/services/cognito_auth.py", "src/auth.py"), txt


@tpl("aws-cognito", "client_secret", "javascript")
def cognito_nextauth(m):
    r = m.r
    sec = m.S("cognito", refs=["process.env.COGNITO_CLIENT_SECRET"])
    sv = sec if sec.startswith("process") else "'%s'" % sec
    pid = pool_id(r, m.region)
    txt = ("import NextAuth from 'next-auth';\nimport CognitoProvider from 'next-auth/providers/cognito';\n\nexport default NextAuth({\n"
           "  providers: [\n    CognitoProvider({\n      clientId: '%s',\n      clientSecret: %s,\n"
           "      issuer: 'https://cognito-idp.%s.amazonaws.com/%s',\n    }),\n  ],\n  session: { strategy: 'jwt' },\n});\n"
           % (client_id(r), sv, m.region, pid))
    return C(r, "pages/api/auth/[...nextauth].js", "src/pages/api/auth/[...nextauth].ts"), txt


@tpl("aws-cognito", "client_secret", "yaml")
def cognito_spring(m):
    r = m.r
    sec = m.S("cognito", refs=["${COGNITO_CLIENT_SECRET}"])
    pid = pool_id(r, m.region)
    dom = "%s-%s" % (C(r, *APPS), C(r, *ENVS))
    txt = ("spring:\n  security:\n    oauth2:\n      client:\n        registration:\n          cognito:\n"
           "            client-id: %s\n            client-secret: %s\n            scope: openid,email,profile\n"
           "            redirect-uri: \"{baseUrl}/login/oauth2/code/{registrationId}\"\n        provider:\n          cognito:\n"
           "            issuer-uri: https://cognito-idp.%s.amazonaws.com/%s\n            user-name-attribute: username\n"
           "# hosted UI: https://%s.auth.%s.amazoncognito.com\n" % (client_id(r), sec, m.region, pid, dom, m.region))
    return C(r, "src/main/resources/application.yml", "src/main/resources/application-cognito.yml"), txt


@tpl("aws-cognito", "client_secret", "json")
def cognito_describe_json(m):
    r = m.r
    sec = m.S("cognito")
    d = {"UserPoolClient": {"UserPoolId": pool_id(r, m.region), "ClientName": "%s-backend" % C(r, *APPS), "ClientId": client_id(r),
                            "ClientSecret": sec, "LastModifiedDate": "2024-%02d-%02dT10:%02d:11.123000+00:00" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
                            "RefreshTokenValidity": 30, "ExplicitAuthFlows": ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"],
                            "AllowedOAuthFlows": ["client_credentials"], "AllowedOAuthScopes": ["%s/read" % C(r, *APPS)],
                            "AllowedOAuthFlowsUserPoolClient": True}}
    return C(r, "docs/cognito/client.json", "tmp/describe-user-pool-client.json"), json.dumps(d, indent=4) + "\n"


@tpl("aws-cognito", "client_secret", "json")
def cognito_postman(m):
    r = m.r
    sec = m.S("cognito", refs=["{{cognitoClientSecret}}"])
    dom = "%s-%s" % (C(r, *APPS), C(r, *ENVS))
    d = {"info": {"_postman_id": uid(r), "name": "%s API" % C(r, *APPS), "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "auth": {"type": "oauth2", "oauth2": [
             {"key": "accessTokenUrl", "value": "https://%s.auth.%s.amazoncognito.com/oauth2/token" % (dom, m.region), "type": "string"},
             {"key": "clientId", "value": client_id(r), "type": "string"},
             {"key": "clientSecret", "value": sec, "type": "string"},
             {"key": "grant_type", "value": "client_credentials", "type": "string"}]},
         "item": [{"name": "List items", "request": {"method": "GET", "url": "{{baseUrl}}/items"}}]}
    return "postman/%s.postman_collection.json" % C(r, *APPS), json.dumps(d, indent=2) + "\n"


@tpl("aws-cognito", "client_secret", "terraform")
def cognito_tfvars(m):
    r = m.r
    sec = m.S("cognito")
    txt = ('region              = "%s"\nenvironment         = "%s"\ncognito_user_pool_id = "%s"\ncognito_client_id   = "%s"\n'
           'cognito_client_secret = "%s"\nalb_certificate_arn = "arn:aws:acm:%s:%s:certificate/%s"\n'
           % (m.region, C(r, *ENVS), pool_id(r, m.region), client_id(r), sec, m.region, m.acct, uid(r)))
    return C(r, "terraform/prod.tfvars", "envs/prod/terraform.tfvars"), txt


# ====================================================================== IoT
@tpl("aws-iot", "private_key", "pem")
def iot_private_pem(m):
    r = m.r
    k = m.S("pem_rsa")
    return "certs/%s-private.pem.key" % hx(r, 10), k + "\n"


@tpl("aws-iot", "private_key", "json")
def iot_create_keys_json(m):
    r = m.r
    cid = hx(r, 64)
    k = m.S("pem_rsa")
    d = {"certificateArn": "arn:aws:iot:%s:%s:cert/%s" % (m.region, m.acct, cid), "certificateId": cid,
         "certificatePem": pem(cert_der(r), "CERTIFICATE") + "\n",
         "keyPair": {"PublicKey": pem(rsa_pub(r), "PUBLIC KEY") + "\n", "PrivateKey": k + "\n"}}
    return C(r, "provisioning/device-%03d.json" % r.randint(1, 999), "iot/certs/create-keys-and-certificate.json"), json.dumps(d, indent=4) + "\n"


@tpl("aws-iot", "private_key", "c")
def iot_esp32_secrets(m):
    r = m.r
    k = m.S(C(r, "pem_rsa", "pem_ec"))
    thing = "%s-%s" % (C(r, "sensor", "gateway", "meter", "esp32"), hx(r, 6))
    txt = ("#include <pgmspace.h>\n\n#define SECRET\n#define THINGNAME \"%s\"\n\nconst char WIFI_SSID[] = \"%s\";\n"
           "const char AWS_IOT_ENDPOINT[] = \"%s-ats.iot.%s.amazonaws.com\";\n\n"
           "// Device Certificate\nstatic const char AWS_CERT_CRT[] PROGMEM = R\"KEY(\n%s\n)KEY\";\n\n"
           "// Device Private Key\nstatic const char AWS_CERT_PRIVATE[] PROGMEM = R\"KEY(\n%s\n)KEY\";\n"
           % (thing, C(r, "Lab-IoT", "FactoryNet", "Werkstatt"), rs(r, 14, LOW + DIG), m.region, pem(cert_der(r), "CERTIFICATE"), k))
    return C(r, "firmware/include/secrets.h", "src/secrets.h", "arduino/%s/secrets.h" % thing), txt


@tpl("aws-iot", "private_key", "javascript")
def iot_node_fixture(m):
    r = m.r
    k = m.S(C(r, "pem_rsa", "pem_pkcs8"))
    txt = ("const awsIot = require('aws-iot-device-sdk');\n\n// device: %s\nconst device = awsIot.device({\n"
           "  privateKey: Buffer.from(`%s`),\n  clientCert: Buffer.from(fs.readFileSync('./certs/device.pem.crt')),\n"
           "  caPath: './certs/AmazonRootCA1.pem',\n  clientId: '%s',\n  host: '%s-ats.iot.%s.amazonaws.com',\n});\n"
           % (hx(r, 10), k, "dev-" + hx(r, 8), rs(r, 14, LOW + DIG), m.region))
    return C(r, "device/index.js", "simulator/device.js"), "const fs = require('fs');\n" + txt


# ================================================================= Transfer
def transfer_host(r, region):
    return "s-%s.server.transfer.%s.amazonaws.com" % (hx(r, 17), region)


@tpl("aws-transfer", "password", "shell")
def transfer_secret_sh(m):
    r = m.r
    sid = "s-" + hx(r, 17)
    user = C(r, "acme-partner", "edi_upload", "lieferant01", "bankfeed")
    pw = m.S("password")
    txt = ("#!/usr/bin/env bash\nset -euo pipefail\n# Transfer Family custom IdP user (%s)\n"
           "aws secretsmanager create-secret --region %s \\\n  --name \"aws/transfer/%s/%s\" \\\n"
           "  --secret-string '{\"Password\":\"%s\",\"Role\":\"arn:aws:iam::%s:role/transfer-%s\",\"HomeDirectory\":\"/%s-sftp/%s\"}'\n"
           % (user, m.region, sid, user, pw, m.acct, user, C(r, *APPS), user))
    return C(r, "scripts/transfer/add_user.sh", "ops/sftp-create-user.sh"), txt


@tpl("aws-transfer", "password", "python")
def transfer_paramiko(m):
    r = m.r
    pw = m.S("password", refs=['os.environ["SFTP_PASSWORD"]'])
    pv = pw if pw.startswith("os.") else '"%s"' % pw
    txt = ("import os\nimport paramiko\n\nHOST = \"%s\"\nUSER = \"%s\"\nPASSWORD = %s\n\n\ndef push(local, remote):\n"
           "    t = paramiko.Transport((HOST, 22))\n    t.connect(username=USER, password=PASSWORD)\n"
           "    sftp = paramiko.SFTPClient.from_transport(t)\n    sftp.put(local, remote)\n    sftp.close()\n    t.close()\n"
           % (transfer_host(r, m.region), C(r, "edi_upload", "reports", "partner-acme"), pv))
    return C(r, "jobs/sftp_push.py", "etl/transfer_upload.py"), txt


@tpl("aws-transfer", "private_key", "pem")
def transfer_ssh_key(m):
    r = m.r
    k = m.S(C(r, "pem_rsa", "pem_rsa", "pem_ec"))
    return C(r, "keys/sftp/%s_transfer_rsa" % C(r, "acme", "bank", "partner"), "deploy/sftp/id_rsa_transfer", ".ssh/transfer-family.pem"), k + "\n"


@tpl("aws-transfer", "password", "python")
def transfer_idp_lambda(m):
    r = m.r
    user = C(r, "acme", "lieferant01", "fournisseur_b", "bankfeed")
    pw = m.S("password")
    txt = ("import json\n\nUSERS = {\n    \"%s\": {\n        \"Password\": \"%s\",\n        \"Role\": \"arn:aws:iam::%s:role/TransferAccess\",\n"
           "        \"HomeDirectory\": \"/%s-inbound/%s\",\n    },\n}\n\n\ndef lambda_handler(event, context):\n"
           "    u = USERS.get(event.get(\"username\"))\n    if not u or event.get(\"password\") != u[\"Password\"]:\n        return {}\n"
           "    return {\"Role\": u[\"Role\"], \"HomeDirectory\": u[\"HomeDirectory\"]}\n" % (user, pw, m.acct, C(r, *APPS), user))
    return C(r, "idp/handler.py", "lambda/transfer_auth/app.py"), txt


# ======================================================================= MQ
def mq_host(r, region):
    return "b-%s.mq.%s.amazonaws.com" % (uid(r), region)


@tpl("aws-mq", "password", "yaml")
def mq_cfn(m):
    r = m.r
    pw = m.S("password", refs=["'{{resolve:secretsmanager:mq/admin:SecretString:password}}'"], nonempty=True)
    pv = pw if pw.startswith("'{{") else "'%s'" % pw
    txt = ("AWSTemplateFormatVersion: '2010-09-09'\nDescription: Amazon MQ broker\nResources:\n  Broker:\n    Type: AWS::AmazonMQ::Broker\n"
           "    Properties:\n      BrokerName: %s-broker\n      EngineType: %s\n      EngineVersion: '%s'\n"
           "      HostInstanceType: mq.m5.large\n      DeploymentMode: SINGLE_INSTANCE\n      PubliclyAccessible: false\n"
           "      AutoMinorVersionUpgrade: true\n      Users:\n        - Username: %s\n          Password: %s\n          ConsoleAccess: true\n"
           % (C(r, *APPS), *C(r, ("ACTIVEMQ", "5.17.6"), ("RABBITMQ", "3.11.20")), C(r, "admin", "mqadmin", "broker"), pv))
    return C(r, "cfn/mq-broker.yaml", "templates/amazon-mq.yml"), txt


@tpl("aws-mq", "password", "terraform")
def mq_tf(m):
    r = m.r
    pw = m.S("password", refs=["var.mq_password", "random_password.mq.result"], nonempty=True)
    pv = pw if pw.startswith(("var.", "random_")) else '"%s"' % pw
    txt = ('resource "aws_mq_broker" "main" {\n  broker_name        = "%s-mq"\n  engine_type        = "ActiveMQ"\n'
           '  engine_version     = "5.17.6"\n  host_instance_type = "mq.t3.micro"\n  security_groups    = [aws_security_group.mq.id]\n\n'
           '  user {\n    username = "%s"\n    password = %s\n  }\n}\n' % (C(r, *APPS), C(r, "app", "mqadmin"), pv))
    return C(r, "terraform/mq.tf", "infra/modules/mq/main.tf"), txt


@tpl("aws-mq", "password", "yaml")
def mq_spring(m):
    r = m.r
    pw = m.S("password", refs=["${MQ_PASSWORD}"])
    txt = ("spring:\n  activemq:\n    broker-url: failover:(ssl://%s-1.mq.%s.amazonaws.com:61617)\n    user: %s\n    password: %s\n"
           "    packages:\n      trust-all: false\n  jms:\n    listener:\n      concurrency: 2\n"
           % (mq_host(r, m.region)[:-len(".mq.%s.amazonaws.com" % m.region)], m.region, C(r, "app", "orders-svc"), pw))
    return C(r, "src/main/resources/application-aws.yml", "config/application.yml"), txt


@tpl("aws-mq", "password", "python")
def mq_amqp_url(m):
    r = m.r
    pw = m.S("password", safe="url")
    user = C(r, "worker", "rabbit_app", "celery")
    txt = ("import pika\n\n# Amazon MQ for RabbitMQ\nBROKER_URL = \"amqps://%s:%s@%s:5671\"\n\n"
           "params = pika.URLParameters(BROKER_URL)\nconnection = pika.BlockingConnection(params)\nchannel = connection.channel()\n"
           "channel.queue_declare(queue=\"%s\", durable=True)\n" % (user, pw, mq_host(r, m.region), C(r, *APPS)))
    return C(r, "worker/broker.py", "celeryconfig.py", "app/mq.py"), txt


# ====================================================================== RDS
def rds_host(r, region, kind="instance"):
    c = rs(r, 12, LOW + DIG)
    if kind == "cluster":
        return "%s-%s.cluster-%s.%s.rds.amazonaws.com" % (C(r, *APPS), C(r, *ENVS), c, region)
    return "%s-db.%s.%s.rds.amazonaws.com" % (C(r, *APPS), c, region)


CFN_REFS = ["'{{resolve:secretsmanager:%s-db:SecretString:password}}'", "'{{resolve:ssm-secure:/app/db/password:1}}'", "!Ref DBPassword"]


def cfn_refs(r):
    return [x % C(r, *APPS) if "%s" in x else x for x in CFN_REFS]


@tpl("aws-rds", "master_password", "yaml")
def rds_cfn_yaml(m):
    r = m.r
    pw = m.S("password", refs=cfn_refs(r), noslash=True, nonempty=True)
    pv = pw if pw.startswith(("'{{", "!Ref")) else "'%s'" % pw
    txt = ("AWSTemplateFormatVersion: '2010-09-09'\nDescription: %s database\n\nResources:\n  Database:\n    Type: AWS::RDS::DBInstance\n"
           "    DeletionPolicy: Snapshot\n    Properties:\n      DBInstanceIdentifier: %s-%s\n      Engine: %s\n"
           "      DBInstanceClass: db.t3.medium\n      AllocatedStorage: '50'\n      MasterUsername: %s\n      MasterUserPassword: %s\n"
           "      VPCSecurityGroups:\n        - !GetAtt DBSecurityGroup.GroupId\n      DBSubnetGroupName: !Ref DBSubnetGroup\n"
           "      StorageEncrypted: true\n" % (C(r, *APPS), C(r, *APPS), C(r, *ENVS), C(r, "postgres", "mysql", "mariadb"), C(r, *DBUSERS), pv))
    return C(r, "cloudformation/rds.yaml", "infra/database.yml", "templates/db-stack.yaml"), txt


@tpl("aws-rds", "master_password", "json")
def aurora_cfn_json(m):
    r = m.r
    pw = m.S("password", refs=["{{resolve:secretsmanager:aurora-master:SecretString:password}}"], noslash=True, nonempty=True)
    d = {"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"AuroraCluster": {"Type": "AWS::RDS::DBCluster", "Properties": {
        "Engine": "aurora-postgresql", "EngineVersion": "15.%d" % r.randint(2, 6), "DatabaseName": C(r, *APPS),
        "MasterUsername": C(r, *DBUSERS), "MasterUserPassword": pw, "DBSubnetGroupName": {"Ref": "DBSubnetGroup"},
        "VpcSecurityGroupIds": [{"Fn::GetAtt": ["DBSG", "GroupId"]}], "StorageEncrypted": True}},
        "AuroraInstance1": {"Type": "AWS::RDS::DBInstance", "Properties": {"DBClusterIdentifier": {"Ref": "AuroraCluster"},
                                                                          "DBInstanceClass": "db.r6g.large", "Engine": "aurora-postgresql"}}}}
    return C(r, "cfn/aurora.json", "templates/aurora-cluster.template.json"), json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@tpl("aws-rds", "master_password", "yaml")
def cfn_param_default(m):
    r = m.r
    pw = m.S("password", noslash=True)
    if m.neg:
        pline = "    NoEcho: true\n    MinLength: 8\n" + ("    Default: '%s'\n" % pw if pw else "")
    else:
        pline = "    NoEcho: true\n    MinLength: 8\n    Default: '%s'\n" % pw
    txt = ("AWSTemplateFormatVersion: '2010-09-09'\nParameters:\n  Environment:\n    Type: String\n    Default: %s\n  DBUser:\n"
           "    Type: String\n    Default: %s\n  DBPassword:\n    Type: String\n    Description: Master password\n%s"
           "Resources:\n  DB:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      DBInstanceClass: db.t3.small\n"
           "      AllocatedStorage: '20'\n      MasterUsername: !Ref DBUser\n      MasterUserPassword: !Ref DBPassword\n"
           % (C(r, *ENVS), C(r, *DBUSERS), pline))
    return C(r, "cloudformation/db-params.yaml", "stacks/mysql.yaml"), txt


@tpl("aws-rds", "master_password", "typescript")
def cdk_ts_rds(m):
    r = m.r
    pw = m.S("password", noslash=True, nonempty=True)
    user = C(r, *DBUSERS)
    txt = ("import * as cdk from 'aws-cdk-lib';\nimport * as ec2 from 'aws-cdk-lib/aws-ec2';\nimport * as rds from 'aws-cdk-lib/aws-rds';\n"
           "import { Construct } from 'constructs';\n\nexport class DatabaseStack extends cdk.Stack {\n"
           "  constructor(scope: Construct, id: string, props?: cdk.StackProps) {\n    super(scope, id, props);\n"
           "    const vpc = ec2.Vpc.fromLookup(this, 'Vpc', { vpcId: 'vpc-%s' });\n\n"
           "    new rds.DatabaseInstance(this, 'Db', {\n      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_15 }),\n"
           "      vpc,\n      credentials: rds.Credentials.fromPassword('%s', cdk.SecretValue.unsafePlainText('%s')),\n"
           "      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MEDIUM),\n    });\n  }\n}\n"
           % (hx(r, 17), user, pw))
    return C(r, "lib/database-stack.ts", "cdk/lib/db-stack.ts"), txt


@tpl("aws-docdb", "master_password", "python")
def cdk_py_docdb(m):
    r = m.r
    pw = m.S("password", noslash=True, nonempty=True)
    txt = ("from aws_cdk import Stack, SecretValue\nfrom aws_cdk import aws_docdb as docdb\nfrom aws_cdk import aws_ec2 as ec2\n"
           "from constructs import Construct\n\n\nclass DocDbStack(Stack):\n    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:\n"
           "        super().__init__(scope, construct_id, **kwargs)\n        vpc = ec2.Vpc.from_lookup(self, \"Vpc\", is_default=False)\n"
           "        docdb.DatabaseCluster(\n            self, \"Docs\",\n            master_user=docdb.Login(\n"
           "                username=\"%s\",\n                password=SecretValue.unsafe_plain_text(\"%s\"),\n            ),\n"
           "            instance_type=ec2.InstanceType(\"r6g.large\"),\n            vpc=vpc,\n        )\n" % (C(r, "docdbadmin", "mongoadmin"), pw))
    return C(r, "infra/stacks/docdb_stack.py", "cdk/docdb.py"), txt


@tpl("aws-rds", "master_password", "terraform")
def tf_db_instance(m):
    r = m.r
    pw = m.S("password", refs=["var.db_password", "random_password.db.result", "data.aws_secretsmanager_secret_version.db.secret_string"], noslash=True, nonempty=True)
    pv = pw if pw.startswith(("var.", "random_", "data.")) else '"%s"' % pw
    txt = ('resource "aws_db_instance" "%s" {\n  identifier           = "%s-%s"\n  engine               = "postgres"\n'
           '  engine_version       = "16.%d"\n  instance_class       = "db.t4g.medium"\n  allocated_storage    = 100\n'
           '  username             = "%s"\n  password             = %s\n  db_subnet_group_name = aws_db_subnet_group.main.name\n'
           '  skip_final_snapshot  = false\n}\n' % (C(r, "main", "app", "this"), C(r, *APPS), C(r, *ENVS), r.randint(1, 4), C(r, *DBUSERS), pv))
    return C(r, "terraform/rds.tf", "infra/db.tf", "modules/database/main.tf"), txt


@tpl("aws-rds", "master_password", "terraform")
def tf_rds_cluster(m):
    r = m.r
    pw = m.S("password", refs=["var.master_password"], noslash=True, nonempty=True)
    pv = pw if pw.startswith("var.") else '"%s"' % pw
    txt = ('module "aurora" {\n  source  = "terraform-aws-modules/rds-aurora/aws"\n  version = "~> 9.0"\n}\n\n'
           'resource "aws_rds_cluster" "aurora" {\n  cluster_identifier      = "%s-aurora"\n  engine                  = "aurora-mysql"\n'
           '  database_name           = "%s"\n  master_username         = "%s"\n  master_password         = %s\n'
           '  backup_retention_period = 7\n  vpc_security_group_ids  = ["sg-%s"]\n}\n'
           % (C(r, *APPS), C(r, *APPS), C(r, *DBUSERS), pv, hx(r, 17)))
    return C(r, "terraform/aurora.tf", "stacks/%s/aurora.tf" % C(r, *ENVS)), txt


@tpl("aws-sam", "password", "yaml")
def sam_env(m):
    r = m.r
    pw = m.S("password", refs=["'{{resolve:secretsmanager:app/db:SecretString:password}}'", "!Ref DbPassword"])
    pv = pw if pw.startswith(("'{{", "!Ref")) else "'%s'" % pw
    txt = ("AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nDescription: %s api\n\nGlobals:\n"
           "  Function:\n    Timeout: 15\n    Runtime: python3.12\n\nResources:\n  ApiFunction:\n    Type: AWS::Serverless::Function\n"
           "    Properties:\n      Handler: app.handler\n      CodeUri: src/\n      Environment:\n        Variables:\n"
           "          DB_HOST: %s\n          DB_USER: %s\n          DB_PASSWORD: %s\n      Events:\n        Api:\n          Type: HttpApi\n"
           % (C(r, *APPS), rds_host(r, m.region), C(r, *DBUSERS), pv))
    return C(r, "template.yaml", "sam/template.yml"), txt


@tpl("aws-sam", "password", "toml")
def samconfig_toml(m):
    r = m.r
    app = C(r, *APPS)
    pw = m.S("password", noslash=True)
    txt = ('version = 0.1\n\n[default.global.parameters]\nstack_name = "%s-api"\n\n[default.deploy.parameters]\n'
           'resolve_s3 = true\ns3_prefix = "%s-api"\nregion = "%s"\nconfirm_changeset = true\ncapabilities = "CAPABILITY_IAM"\n'
           'parameter_overrides = "Stage=\\"%s\\" DbUser=\\"%s\\" DbPassword=\\"%s\\""\nimage_repositories = []\n'
           % (app, app, m.region, C(r, *ENVS), C(r, *DBUSERS), pw))
    return "samconfig.toml", txt


@tpl("aws-rds", "password", "yaml")
def serverless_db(m):
    r = m.r
    pw = m.S("password", refs=["${ssm:/aws/reference/secretsmanager/db-pass}", "${env:DB_PASS}"])
    txt = ("service: %s\n\nprovider:\n  name: aws\n  runtime: python3.11\n  region: %s\n  environment:\n"
           "    DB_HOST: %s\n    DB_NAME: %s\n    DB_USER: %s\n    DB_PASS: '%s'\n\nfunctions:\n  worker:\n    handler: handler.run\n"
           % (C(r, *APPS), m.region, rds_host(r, m.region, "cluster"), C(r, *APPS), C(r, *DBUSERS), pw))
    return C(r, "serverless.yml", "backend/serverless.yaml"), txt


@tpl("aws-rds", "password", "properties")
def jdbc_props(m):
    r = m.r
    pw = m.S("password", refs=["${DB_PASSWORD}", "${sm://rds-credentials}"])
    txt = ("spring.datasource.url=jdbc:postgresql://%s:5432/%s?sslmode=require\nspring.datasource.username=%s\n"
           "spring.datasource.password=%s\nspring.jpa.hibernate.ddl-auto=validate\nspring.datasource.hikari.maximum-pool-size=10\n"
           % (rds_host(r, m.region), C(r, *APPS), C(r, *DBUSERS), pw))
    pre = pad_before(r, ["# Aurora/RDS connection\n", "server.port=8080\n", "logging.level.root=INFO\n"])
    return "src/main/resources/application%s.properties" % C(r, "", "-prod", "-aws"), pre + txt


@tpl("aws-rds", "password", "terraform")
def tfvars_db(m):
    r = m.r
    pw = m.S("password", noslash=True)
    txt = ('aws_region      = "%s"\nvpc_id          = "vpc-%s"\nprivate_subnets = ["subnet-%s", "subnet-%s"]\n\n'
           'db_name     = "%s"\ndb_username = "%s"\ndb_password = "%s"\ninstance_class = "db.m6g.large"\n'
           % (m.region, hx(r, 17), hx(r, 17), hx(r, 17), C(r, *APPS), C(r, *DBUSERS), pw))
    return C(r, "terraform.tfvars", "env/%s.tfvars" % C(r, *ENVS)), txt


# =================================================================== DocDB
@tpl("aws-docdb", "password", "json")
def docdb_uri(m):
    r = m.r
    pw = m.S("password", safe="url", nonempty=True)
    host = "%s.cluster-%s.%s.docdb.amazonaws.com" % (C(r, *APPS), rs(r, 12, LOW + DIG), m.region)
    d = {"port": 3000, "mongo": {"uri": "mongodb://%s:%s@%s:27017/%s?tls=true&replicaSet=rs0&readPreference=secondaryPreferred&retryWrites=false"
                                 % (C(r, "docdbadmin", "app"), pw, host, C(r, *APPS)), "tlsCAFile": "global-bundle.pem"},
         "logLevel": "info"}
    return C(r, "config/production.json", "config/default.json"), json.dumps(d, indent=2) + "\n"


@tpl("aws-docdb", "master_password", "terraform")
def docdb_tf(m):
    r = m.r
    pw = m.S("password", refs=["var.docdb_password"], noslash=True, nonempty=True)
    pv = pw if pw.startswith("var.") else '"%s"' % pw
    txt = ('resource "aws_docdb_cluster" "docdb" {\n  cluster_identifier      = "%s-docdb"\n  engine                  = "docdb"\n'
           '  master_username         = "%s"\n  master_password         = %s\n  backup_retention_period = 5\n'
           '  preferred_backup_window = "07:00-09:00"\n  skip_final_snapshot     = true\n}\n' % (C(r, *APPS), C(r, "docdbadmin", "root"), pv))
    return C(r, "terraform/docdb.tf", "infra/documentdb.tf"), txt


# ============================================================= ElastiCache
def token_gen(r):
    return lambda: C(r, rs(r, r.randint(32, 64), ALNUM), hx(r, 64), rs(r, 40, ALNUM + "!&#^-"))


@tpl("aws-elasticache", "auth_token", "terraform")
def redis_tf(m):
    r = m.r
    t = m.S("token", refs=["var.redis_auth_token", "random_password.redis.result"], gen=token_gen(r), nonempty=True)
    tv = t if t.startswith(("var.", "random_")) else '"%s"' % t
    txt = ('resource "aws_elasticache_replication_group" "redis" {\n  replication_group_id       = "%s-redis"\n'
           '  description                = "sessions"\n  node_type                  = "cache.t4g.small"\n  num_cache_clusters         = 2\n'
           '  transit_encryption_enabled = true\n  auth_token                 = %s\n  engine_version             = "7.1"\n}\n' % (C(r, *APPS), tv))
    return C(r, "terraform/elasticache.tf", "infra/redis.tf"), txt


@tpl("aws-elasticache", "auth_token", "python")
def redis_py(m):
    r = m.r
    t = m.S("token", refs=['os.getenv("REDIS_AUTH")'], gen=token_gen(r))
    tv = t if t.startswith("os.") else '"%s"' % t
    txt = ("import os\nimport redis\n\nr = redis.Redis(\n    host=\"master.%s-redis.%s.%s.cache.amazonaws.com\",\n    port=6379,\n"
           "    password=%s,\n    ssl=True,\n    decode_responses=True,\n)\n" % (C(r, *APPS), rs(r, 6, LOW + DIG), C(r, "use1", "euw1", "usw2", "apse2"), tv))
    return C(r, "app/cache.py", "services/session_store.py"), txt


@tpl("aws-elasticache", "auth_token", "yaml")
def redis_cfn(m):
    r = m.r
    t = m.S("token", refs=["'{{resolve:secretsmanager:redis-auth:SecretString:token}}'"], gen=token_gen(r), nonempty=True)
    tv = t if t.startswith("'{{") else "'%s'" % t
    txt = ("Resources:\n  RedisGroup:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n"
           "      ReplicationGroupDescription: %s cache\n      Engine: redis\n      CacheNodeType: cache.r6g.large\n"
           "      NumCacheClusters: 2\n      TransitEncryptionEnabled: true\n      AuthToken: %s\n"
           "      CacheSubnetGroupName: !Ref CacheSubnets\n" % (C(r, *APPS), tv))
    return C(r, "cfn/cache.yaml", "templates/redis.yml"), txt


# ================================================================ Redshift
@tpl("aws-redshift", "master_password", "terraform")
def redshift_tf(m):
    r = m.r
    pw = m.S("password", refs=["var.redshift_password"], style=C(r, "rand", "mixed", "words"), noslash=True, nonempty=True)
    pv = pw if pw.startswith("var.") else '"%s"' % pw
    txt = ('resource "aws_redshift_cluster" "dw" {\n  cluster_identifier = "%s-dw"\n  database_name      = "analytics"\n'
           '  master_username    = "awsuser"\n  master_password    = %s\n  node_type          = "ra3.xlplus"\n  cluster_type       = "multi-node"\n'
           '  number_of_nodes    = 2\n}\n' % (C(r, *APPS), pv))
    return C(r, "terraform/redshift.tf", "warehouse/main.tf"), txt


@tpl("aws-redshift", "password", "python")
def redshift_py(m):
    r = m.r
    pw = m.S("password", refs=['os.environ["REDSHIFT_PASSWORD"]'])
    pv = pw if pw.startswith("os.") else "'%s'" % pw
    txt = ("import os\nimport redshift_connector\n\nconn = redshift_connector.connect(\n"
           "    host='%s-dw.%s.%s.redshift.amazonaws.com',\n    database='analytics',\n    port=5439,\n    user='%s',\n"
           "    password=%s,\n)\ncursor = conn.cursor()\ncursor.execute('select count(*) from events')\nprint(cursor.fetchone())\n"
           % (C(r, *APPS), rs(r, 12, LOW + DIG), m.region, C(r, "awsuser", "etl_user", "analyst"), pv))
    return C(r, "notebooks/redshift_check.py", "etl/load_events.py"), txt


@tpl("aws-redshift", "password", "yaml")
def dbt_profiles(m):
    r = m.r
    pw = m.S("password", refs=["\"{{ env_var('DBT_PASSWORD') }}\""])
    pv = pw if pw.startswith('"{{') else "'%s'" % pw
    txt = ("analytics:\n  target: prod\n  outputs:\n    prod:\n      type: redshift\n      host: %s-dw.%s.%s.redshift.amazonaws.com\n"
           "      user: dbt_%s\n      password: %s\n      port: 5439\n      dbname: analytics\n      schema: dbt\n      threads: 4\n"
           % (C(r, *APPS), rs(r, 12, LOW + DIG), m.region, C(r, *PEOPLE).replace(".", "_"), pv))
    return C(r, "profiles.yml", "dbt/profiles.yml"), txt


# ============================================================== OpenSearch
@tpl("aws-opensearch", "master_password", "yaml")
def os_cfn(m):
    r = m.r
    pw = m.S("password", refs=cfn_refs(r), style=C(r, "rand", "mixed"), nonempty=True)
    pv = pw if pw.startswith(("'{{", "!Ref")) else "'%s'" % pw
    txt = ("Resources:\n  SearchDomain:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      DomainName: %s-search\n"
           "      EngineVersion: OpenSearch_2.%d\n      NodeToNodeEncryptionOptions:\n        Enabled: true\n      EncryptionAtRestOptions:\n"
           "        Enabled: true\n      DomainEndpointOptions:\n        EnforceHTTPS: true\n      AdvancedSecurityOptions:\n        Enabled: true\n"
           "        InternalUserDatabaseEnabled: true\n        MasterUserOptions:\n          MasterUserName: %s\n          MasterUserPassword: %s\n"
           % (C(r, *APPS), r.randint(5, 13), C(r, "admin", "osmaster"), pv))
    return C(r, "cfn/opensearch.yaml", "infra/search-domain.yml"), txt


@tpl("aws-opensearch", "master_password", "terraform")
def os_tf(m):
    r = m.r
    pw = m.S("password", refs=["var.master_password"], style=C(r, "rand", "mixed"), nonempty=True)
    pv = pw if pw.startswith("var.") else '"%s"' % pw
    txt = ('resource "aws_opensearch_domain" "logs" {\n  domain_name    = "%s-logs"\n  engine_version = "OpenSearch_2.11"\n\n'
           '  advanced_security_options {\n    enabled                        = true\n    internal_user_database_enabled = true\n'
           '    master_user_options {\n      master_user_name     = "admin"\n      master_user_password = %s\n    }\n  }\n}\n' % (C(r, *APPS), pv))
    return C(r, "terraform/opensearch.tf", "logging/opensearch.tf"), txt


@tpl("aws-opensearch", "password", "config")
def fluentbit(m):
    r = m.r
    pw = m.S("password", refs=["${OS_PASSWORD}"])
    txt = ("[SERVICE]\n    Flush        5\n    Log_Level    info\n\n[INPUT]\n    Name   tail\n    Path   /var/log/containers/*.log\n\n"
           "[OUTPUT]\n    Name            opensearch\n    Match           *\n    Host            search-%s-logs-%s.%s.es.amazonaws.com\n"
           "    Port            443\n    TLS             On\n    HTTP_User       %s\n    HTTP_Passwd     %s\n    Index           %s\n"
           % (C(r, *APPS), rs(r, 26, LOW + DIG), m.region, C(r, "fluentbit", "logwriter", "admin"), pw, C(r, *APPS)))
    return C(r, "fluent-bit/fluent-bit.conf", "deploy/logging/fluent-bit.conf"), txt


# ============================================================== CodeCommit
def cc_user(r, a):
    return "%s-at-%s" % (C(r, *PEOPLE).replace(".", ""), a)


@tpl("aws-codecommit", "git_password", "config")
def cc_git_credentials(m):
    r = m.r
    pw = m.S("codecommit", urlenc=True)
    if m.neg:
        pw = urllib.parse.quote(pw, safe="<>*[]")
    txt = "https://%s:%s@git-codecommit.%s.amazonaws.com\n" % (cc_user(r, m.acct), pw, m.region)
    return C(r, "ci/.git-credentials", ".git-credentials", "build/git-credentials"), txt


@tpl("aws-codecommit", "git_password", "csv")
def cc_csv(m):
    r = m.r
    pw = m.S("codecommit")
    return C(r, "%s_codecommit_credentials.csv" % C(r, *PEOPLE), "docs/codecommit-credentials.csv"), \
        "User Name,Password\n%s,%s\n" % (cc_user(r, m.acct), pw)


@tpl("aws-codecommit", "git_password", "markdown")
def cc_md(m):
    r = m.r
    pw = m.S("codecommit")
    repo = C(r, *APPS)
    txt = ("## Cloning the %s repo\n\n```bash\ngit clone https://git-codecommit.%s.amazonaws.com/v1/repos/%s\n```\n\n"
           "When prompted use the shared build account:\n\n- user: `%s`\n- password: `%s`\n\nPlease switch to git-remote-codecommit when you can.\n"
           % (repo, m.region, repo, cc_user(r, m.acct), pw))
    return C(r, "README.md", "docs/onboarding.md", "CONTRIBUTING.md"), txt


# ================================================================ Lightsail
@tpl("aws-lightsail", "private_key", "pem")
def lightsail_pem(m):
    r = m.r
    k = m.S("pem_rsa")
    return C(r, "LightsailDefaultKey-%s.pem" % m.region, "keys/LightsailDefaultKey-%s.pem" % m.region), k + "\n"


@tpl("aws-lightsail", "master_password", "shell")
def lightsail_db_sh(m):
    r = m.r
    pw = m.S("password", noslash=True, nonempty=True)
    txt = ("#!/bin/sh\n# create managed DB for the blog\naws lightsail create-relational-database \\\n"
           "  --relational-database-name %s-db \\\n  --availability-zone %sa \\\n  --relational-database-blueprint-id mysql_8_0 \\\n"
           "  --relational-database-bundle-id micro_2_0 \\\n  --master-database-name %s \\\n  --master-username dbmasteruser \\\n"
           "  --master-user-password '%s'\n" % (C(r, *APPS), m.region, C(r, *APPS), pw))
    return C(r, "scripts/lightsail-db.sh", "infra/lightsail/create_db.sh"), txt


# ================================================================= AppSync
def appsync_ep(r, region):
    return "https://%s.appsync-api.%s.amazonaws.com/graphql" % (rs(r, 26, LOW + DIG), region)


@tpl("aws-appsync", "api_key", "javascript")
def appsync_exports(m):
    r = m.r
    k = m.S("appsync")
    txt = ("/* eslint-disable */\n// WARNING: DO NOT EDIT. This file is automatically generated by AWS Amplify. It will be overwritten.\n\n"
           "const awsmobile = {\n    \"aws_project_region\": \"%s\",\n    \"aws_appsync_graphqlEndpoint\": \"%s\",\n"
           "    \"aws_appsync_region\": \"%s\",\n    \"aws_appsync_authenticationType\": \"API_KEY\",\n    \"aws_appsync_apiKey\": \"%s\"\n};\n\n"
           "export default awsmobile;\n" % (m.region, appsync_ep(r, m.region), m.region, k))
    return C(r, "src/aws-exports.js", "frontend/src/aws-exports.js"), txt


@tpl("aws-appsync", "api_key", "python")
def appsync_py(m):
    r = m.r
    k = m.S("appsync", refs=['os.environ["APPSYNC_API_KEY"]'])
    kv = k if k.startswith("os.") else '"%s"' % k
    txt = ("import os\nimport requests\n\nURL = \"%s\"\nAPI_KEY = %s\n\nQUERY = \"\"\"\nquery ListOrders { listOrders(limit: 20) { items { id status } } }\n\"\"\"\n\n"
           "resp = requests.post(URL, json={\"query\": QUERY}, headers={\"x-api-key\": API_KEY}, timeout=10)\nresp.raise_for_status()\nprint(resp.json())\n"
           % (appsync_ep(r, m.region), kv))
    return C(r, "scripts/query_appsync.py", "tests/smoke/graphql_smoke.py"), txt


@tpl("aws-appsync", "api_key", "json")
def appsync_cdk_outputs(m):
    r = m.r
    k = m.S("appsync")
    st = "%sApiStack" % C(r, *APPS).capitalize()
    d = {st: {"GraphQLAPIURL": appsync_ep(r, m.region), "GraphQLAPIKey": k, "GraphQLAPIId": rs(r, 26, LOW + DIG),
              "Region": m.region}}
    return C(r, "cdk-outputs.json", "frontend/cdk-outputs.json"), json.dumps(d, indent=2) + "\n"


# ================================================================= Connect
@tpl("aws-connect", "widget_key", "javascript")
def connect_widget(m):
    r = m.r
    k = m.S("b64key") if not m.neg else m.S("token", refs=["process.env.CONNECT_WIDGET_KEY"])
    kv = k if k.startswith("process") else "'%s'" % k
    txt = ("const jwt = require('jsonwebtoken');\n\n// Amazon Connect hosted chat widget (instance %s)\nconst WIDGET_ID = '%s';\n"
           "const SECURITY_KEY = %s;\n\nexports.handler = async (event) => {\n  const payload = {\n    sub: WIDGET_ID,\n"
           "    iat: Math.floor(Date.now() / 1000),\n    exp: Math.floor(Date.now() / 1000) + 500,\n    attributes: { name: event.name },\n  };\n"
           "  return { token: jwt.sign(payload, SECURITY_KEY, { algorithm: 'HS256' }) };\n};\n" % (uid(r), uid(r), kv))
    return C(r, "lambda/connect-widget-token/index.js", "backend/connectWidgetJwt.js"), txt


@tpl("aws-connect", "password", "shell")
def connect_user_sh(m):
    r = m.r
    pw = m.S("password", nonempty=True)
    txt = ("#!/usr/bin/env bash\nINSTANCE_ID=%s\n\naws connect create-user \\\n  --instance-id \"$INSTANCE_ID\" \\\n"
           "  --username %s \\\n  --password '%s' \\\n  --identity-info FirstName=%s,LastName=%s \\\n"
           "  --phone-config PhoneType=SOFT_PHONE \\\n  --security-profile-ids %s \\\n  --routing-profile-id %s\n"
           % (uid(r), C(r, "agent.marie", "supervisor1", "k.tanaka"), pw, C(r, "Marie", "Kenji", "Lucia"), C(r, "Dubois", "Tanaka", "Gomez"), uid(r), uid(r)))
    return C(r, "connect/create_agents.sh", "scripts/connect-user.sh"), txt


# ==================================================================== Chime
@tpl("aws-chime", "sip_password", "config")
def chime_pjsip(m):
    r = m.r
    pw = m.S("password", nonempty=True)
    vc = rs(r, 22, LOW + DIG)
    txt = ("[transport-tls]\ntype=transport\nprotocol=tls\nbind=0.0.0.0:5061\n\n[chime-auth]\ntype=auth\nauth_type=userpass\n"
           "username=%s\npassword=%s\n\n[chime]\ntype=endpoint\noutbound_auth=chime-auth\naors=chime\ncontext=from-chime\n\n"
           "[chime]\ntype=aor\ncontact=sip:%s.voiceconnector.chime.aws\n" % (C(r, "pbx01", "asterisk", "sbc-main"), pw, vc))
    return C(r, "asterisk/pjsip.conf", "etc/asterisk/pjsip_chime.conf"), txt


@tpl("aws-chime", "sip_password", "shell")
def chime_cli(m):
    r = m.r
    pw = m.S("password", safe="url", nonempty=True)
    txt = ("# enable termination auth on the voice connector\naws chime put-voice-connector-termination-credentials \\\n"
           "  --voice-connector-id %s \\\n  --credentials Username=%s,Password=%s\n" % (rs(r, 22, LOW + DIG), C(r, "pbx01", "sbc"), pw))
    return C(r, "scripts/chime-termination.sh", "telephony/setup.sh"), "#!/bin/bash\nset -e\n" + txt


# ============================================================ MediaPackage
@tpl("aws-mediapackage", "cdn_identifier", "yaml")
def mediapackage_cfn(m):
    r = m.r
    v = m.S("token", refs=["'{{resolve:secretsmanager:MediaPackage/cdnauth:SecretString:MediaPackageCDNIdentifier}}'"],
            gen=lambda: C(r, rs(r, 32, ALNUM), uid(r)), nonempty=True)
    ss = v if v.startswith("'{{") else "'{\"MediaPackageCDNIdentifier\":\"%s\"}'" % v
    txt = ("Resources:\n  CdnAuthSecret:\n    Type: AWS::SecretsManager::Secret\n    Properties:\n      Name: MediaPackage/%s-cdnauth\n"
           "      SecretString: %s\n  CdnAuthRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n"
           "        Statement:\n          - Effect: Allow\n            Principal: { Service: mediapackage.amazonaws.com }\n            Action: sts:AssumeRole\n"
           % (C(r, *APPS), ss))
    return C(r, "cfn/mediapackage-cdn-auth.yaml", "live/cdn-auth.yml"), txt


# ============================================================== CloudFront
@tpl("aws-cloudfront", "private_key", "pem")
def cf_pk_pem(m):
    r = m.r
    k = m.S("pem_rsa")
    return "keys/pk-%s.pem" % akid(r, "APKA"), k + "\n"


@tpl("aws-cloudfront", "private_key", "python")
def cf_signer_py(m):
    r = m.r
    k = m.S(C(r, "pem_rsa", "pem_pkcs8"))
    txt = ("import datetime\n\nfrom botocore.signers import CloudFrontSigner\nfrom cryptography.hazmat.primitives import hashes, serialization\n"
           "from cryptography.hazmat.primitives.asymmetric import padding\n\nKEY_PAIR_ID = \"%s\"\nPRIVATE_KEY = \"\"\"%s\n\"\"\"\n\n\n"
           "def rsa_signer(message):\n    key = serialization.load_pem_private_key(PRIVATE_KEY.encode(), password=None)\n"
           "    return key.sign(message, padding.PKCS1v15(), hashes.SHA1())\n\n\nsigner = CloudFrontSigner(KEY_PAIR_ID, rsa_signer)\n\n\n"
           "def signed_url(path, minutes=30):\n    exp = datetime.datetime.utcnow() + datetime.timedelta(minutes=minutes)\n"
           "    return signer.generate_presigned_url(\"https://%s.cloudfront.net/\" + path, date_less_than=exp)\n"
           % (C(r, akid(r, "APKA"), "K" + rs(r, 13, UP + DIG)), k, rs(r, 14, LOW + DIG)))
    return C(r, "app/cdn_signing.py", "media/signed_urls.py"), txt


@tpl("aws-cloudfront", "private_key", "javascript")
def cf_node_signer(m):
    r = m.r
    k = m.S("pem_pkcs8")
    txt = ("import { getSignedUrl } from '@aws-sdk/cloudfront-signer';\n\nconst keyPairId = '%s';\nconst privateKey = `%s`;\n\n"
           "export function signVideo(path: string): string {\n  return getSignedUrl({\n    url: `https://cdn.%s.example.com/${path}`,\n"
           "    keyPairId,\n    privateKey,\n    dateLessThan: new Date(Date.now() + 3600 * 1000).toISOString(),\n  });\n}\n"
           % ("K" + rs(r, 13, UP + DIG), k, C(r, *APPS)))
    return C(r, "src/lib/cloudfront.ts", "api/utils/signUrl.ts"), txt


# ========================================================= Secrets Manager
@tpl("aws-secretsmanager", "password", "json")
def sm_get_secret_value(m):
    r = m.r
    pw = m.S("password", style=C(r, "gen32", "rand"))
    host = rds_host(r, m.region)
    ss = json.dumps({"username": C(r, *DBUSERS), "password": pw, "engine": "postgres", "host": host, "port": 5432,
                     "dbInstanceIdentifier": host.split(".")[0]}, separators=(",", ":"))
    name = "%s/%s/db" % (C(r, *ENVS), C(r, *APPS))
    d = {"ARN": "arn:aws:secretsmanager:%s:%s:secret:%s-%s" % (m.region, m.acct, name, rs(r, 6)), "Name": name,
         "VersionId": uid(r), "SecretString": ss, "VersionStages": ["AWSCURRENT"], "CreatedDate": "2024-%02d-%02dT09:12:44.512000+00:00" % (r.randint(1, 12), r.randint(1, 28))}
    return C(r, "debug/get-secret-value.json", "tmp/secret.json", "docs/examples/db-secret.json"), json.dumps(d, indent=4) + "\n"


@tpl("aws-secretsmanager", "api_key", "terraform")
def sm_tf_version(m):
    r = m.r
    pw = m.S("password", refs=["var.api_password", "random_password.app.result"])
    pv = pw if pw.startswith(("var.", "random_")) else '"%s"' % pw
    txt = ('resource "aws_secretsmanager_secret" "app" {\n  name = "%s/%s/app"\n}\n\nresource "aws_secretsmanager_secret_version" "app" {\n'
           '  secret_id = aws_secretsmanager_secret.app.id\n  secret_string = jsonencode({\n    username = "%s"\n    password = %s\n  })\n}\n'
           % (C(r, *ENVS), C(r, *APPS), C(r, *DBUSERS), pv))
    return C(r, "terraform/secrets.tf", "infra/secrets.tf"), txt


@tpl("aws-secretsmanager", "password", "shell")
def sm_create_secret_sh(m):
    r = m.r
    pw = m.S("password")
    name = "%s/%s/%s" % (C(r, *ENVS), C(r, *APPS), C(r, "rds", "redshift", "docdb"))
    txt = ("#!/usr/bin/env bash\nset -euo pipefail\n\naws secretsmanager create-secret \\\n  --name %s \\\n"
           "  --description \"master credentials\" \\\n  --secret-string '{\"username\":\"%s\",\"password\":\"%s\"}' \\\n  --region %s\n"
           % (name, C(r, *DBUSERS), pw, m.region))
    return C(r, "scripts/bootstrap-secrets.sh", "ops/create_db_secret.sh"), txt


# ===================================================================== SSM
@tpl("aws-ssm", "password", "shell")
def ssm_put_sh(m):
    r = m.r
    val = m.S(C(r, "password", "token"), gen=token_gen(r), nonempty=True)
    pname = "/%s/%s/%s" % (C(r, *APPS), C(r, *ENVS), C(r, "db_password", "api_secret", "jwt_secret", "smtp_pass"))
    txt = ("#!/bin/bash\n# seed parameters for a new environment\naws ssm put-parameter --name \"/%s/%s/db_host\" --type String --value \"%s\" --overwrite\n"
           "aws ssm put-parameter --name \"%s\" --type SecureString --value '%s' --overwrite\n"
           % (C(r, *APPS), C(r, *ENVS), rds_host(r, m.region), pname, val))
    return C(r, "scripts/seed-ssm.sh", "bin/put-params.sh"), txt


@tpl("aws-ssm", "password", "markdown")
def ssm_md(m):
    r = m.r
    val = m.S("password", nonempty=True)
    txt = ("# Rotating the reporting DB password\n\n1. Change the password in RDS.\n2. Update the parameter:\n\n```sh\n"
           "aws ssm put-parameter \\\n    --name /reporting/%s/db/password \\\n    --type SecureString \\\n    --value '%s' \\\n    --overwrite\n```\n\n"
           "3. Restart the ECS service `reporting-%s`.\n" % (C(r, *ENVS), val, C(r, *ENVS)))
    return C(r, "docs/runbooks/rotate-db-password.md", "RUNBOOK.md"), txt


# ===================================================================== STS
@tpl("aws-sts", "session_credentials", "shell")
def sts_export_sh(m):
    r = m.r
    kid = m.kid("ASIA")
    sec = m.S("aws_secret")
    tok = m.sts_token()
    txt = ("# creds from `aws sts assume-role` (expire in 1h)\nexport AWS_ACCESS_KEY_ID=%s\nexport AWS_SECRET_ACCESS_KEY=%s\n"
           "export AWS_SESSION_TOKEN=%s\nexport AWS_DEFAULT_REGION=%s\n\naws s3 ls s3://%s-artifacts/\n" % (kid, sec, tok, m.region, C(r, *APPS)))
    return C(r, "scripts/assume.sh", "notes/tmp-creds.sh", "debug.sh"), txt


@tpl("aws-sts", "session_credentials", "json")
def sts_assume_json(m):
    r = m.r
    kid = m.kid("ASIA")
    sec = m.S("aws_secret")
    d = {"Credentials": {"AccessKeyId": kid, "SecretAccessKey": sec, "SessionToken": m.sts_token(),
                         "Expiration": "2024-%02d-%02dT%02d:%02d:00+00:00" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))},
         "AssumedRoleUser": {"AssumedRoleId": "AROA%s:%s" % (rs(r, 17, UP + DIG), C(r, *PEOPLE)),
                             "Arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (m.acct, C(r, "Admin", "DeployRole", "ReadOnly"), C(r, *PEOPLE))}}
    return C(r, "tmp/assume-role-output.json", "debug/creds.json"), json.dumps(d, indent=4) + "\n"


@tpl("aws-sts", "session_credentials", "ini")
def sts_credentials_ini(m):
    r = m.r
    kid = m.kid("ASIA")
    sec = m.S("aws_secret")
    txt = ("[%s]\naws_access_key_id=%s\naws_secret_access_key=%s\naws_session_token=%s\n"
           % (C(r, "%s_AdministratorAccess" % m.acct, "temp", "mfa"), kid, sec, m.sts_token()))
    return C(r, "docker/aws/credentials", "local/aws_credentials"), txt


# ====================================================================== EB
@tpl("aws-elasticbeanstalk", "password", "yaml")
def eb_db_config(m):
    r = m.r
    pw = m.S("password")
    txt = ("option_settings:\n  - namespace: aws:elasticbeanstalk:application:environment\n    option_name: RDS_HOSTNAME\n    value: %s\n"
           "  - namespace: aws:elasticbeanstalk:application:environment\n    option_name: RDS_USERNAME\n    value: %s\n"
           "  - namespace: aws:elasticbeanstalk:application:environment\n    option_name: RDS_PASSWORD\n    value: '%s'\n"
           "  - namespace: aws:autoscaling:launchconfiguration\n    option_name: InstanceType\n    value: t3.small\n"
           % (rds_host(r, m.region), C(r, *DBUSERS), pw))
    return C(r, ".ebextensions/02-db.config", ".ebextensions/options.config"), txt


@tpl("aws-elasticbeanstalk", "password", "yaml")
def eb_saved_config(m):
    r = m.r
    pw = m.S("password")
    txt = ("EnvironmentConfigurationMetadata:\n  DateCreated: '%d000'\nSolutionStack: 64bit Amazon Linux 2023 v4.%d.%d running Node.js 20\n"
           "OptionSettings:\n  aws:elasticbeanstalk:application:environment:\n    NODE_ENV: production\n    MQ_URL: amqps://%s:5671\n"
           "    MQ_USER: app\n    MQ_PASSWORD: '%s'\n  aws:elasticbeanstalk:environment:\n    EnvironmentType: LoadBalanced\n"
           % (r.randint(1600000000, 1700000000), r.randint(0, 3), r.randint(0, 9), mq_host(r, m.region), pw))
    return ".elasticbeanstalk/saved_configs/%s-%s.cfg.yml" % (C(r, *APPS), C(r, *ENVS)), txt


# ========================================================= look-alike negatives
NEG = []


def ntpl(provider, kind, filetype):
    def deco(f):
        NEG.append((f.__name__, provider, kind, filetype, f))
        return f
    return deco


def iso(r):
    return "2024-%02d-%02dT%02d:%02d:%02d.%03d000+00:00" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                                           r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


@ntpl("aws-rds", "managed_password", "yaml")
def n_rds_managed(r, reg, a):
    app = C(r, *APPS)
    txt = ("AWSTemplateFormatVersion: '2010-09-09'\nParameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n"
           "    MinLength: 12\n    Description: only used for the legacy replica\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n"
           "    Properties:\n      DBInstanceIdentifier: %s-db\n      Engine: postgres\n      DBInstanceClass: db.t4g.large\n"
           "      AllocatedStorage: '100'\n      MasterUsername: %s\n      ManageMasterUserPassword: true\n"
           "      MasterUserSecret:\n        KmsKeyId: arn:aws:kms:%s:%s:key/%s\n      VPCSecurityGroups:\n        - sg-%s\n"
           "Outputs:\n  SecretArn:\n    Value: !GetAtt Db.MasterUserSecret.SecretArn\n  Endpoint:\n    Value: !GetAtt Db.Endpoint.Address\n"
           % (app, C(r, *DBUSERS), reg, a, uid(r), hx(r, 17)))
    return C(r, "cloudformation/rds-managed.yaml", "templates/db.yaml"), txt


@ntpl("aws-secretsmanager", "arn", "json")
def n_describe_secret(r, reg, a):
    name = "%s/%s/db" % (C(r, *ENVS), C(r, *APPS))
    d = {"ARN": "arn:aws:secretsmanager:%s:%s:secret:%s-%s" % (reg, a, name, rs(r, 6)), "Name": name,
         "KmsKeyId": "arn:aws:kms:%s:%s:key/%s" % (reg, a, uid(r)), "RotationEnabled": True,
         "RotationLambdaARN": "arn:aws:lambda:%s:%s:function:SecretsManagerRDSPostgreSQLRotationSingleUser" % (reg, a),
         "RotationRules": {"AutomaticallyAfterDays": 30}, "LastRotatedDate": iso(r), "LastChangedDate": iso(r),
         "VersionIdsToStages": {uid(r): ["AWSCURRENT"], uid(r): ["AWSPREVIOUS"]}}
    return C(r, "docs/describe-secret.json", "tmp/secret-meta.json"), json.dumps(d, indent=4) + "\n"


@ntpl("aws-iot", "certificate", "json")
def n_iot_describe_cert(r, reg, a):
    cid = hx(r, 64)
    d = {"certificateDescription": {"certificateArn": "arn:aws:iot:%s:%s:cert/%s" % (reg, a, cid), "certificateId": cid,
                                    "caCertificateId": hx(r, 64), "status": "ACTIVE", "certificatePem": pem(cert_der(r), "CERTIFICATE") + "\n",
                                    "ownedBy": a, "creationDate": iso(r), "customerVersion": 1, "generationId": uid(r),
                                    "validity": {"notBefore": iso(r), "notAfter": "2049-12-31T23:59:59+00:00"}, "certificateMode": "DEFAULT"}}
    return C(r, "iot/describe-certificate.json", "provisioning/cert-%s.json" % cid[:10]), json.dumps(d, indent=2) + "\n"


@ntpl("aws-iot", "certificate", "pem")
def n_iot_cert_file(r, reg, a):
    return "certs/%s-certificate.pem.crt" % hx(r, 10), pem(cert_der(r), "CERTIFICATE") + "\n"


@ntpl("aws-iot", "public_key", "pem")
def n_iot_public_key(r, reg, a):
    return "certs/%s-public.pem.key" % hx(r, 10), pem(rsa_pub(r), "PUBLIC KEY") + "\n"


@ntpl("aws-cloudfront", "public_key", "terraform")
def n_cf_public_key(r, reg, a):
    kp = pem(rsa_pub(r), "PUBLIC KEY")
    txt = ('resource "aws_cloudfront_public_key" "signing" {\n  comment     = "signed URLs for %s"\n  encoded_key = <<-EOT\n%s\nEOT\n'
           '  name        = "%s-signing-key"\n}\n\nresource "aws_cloudfront_key_group" "signing" {\n  items = [aws_cloudfront_public_key.signing.id]\n'
           '  name  = "%s-key-group"\n}\n\n# current key id: %s\n' % (C(r, *APPS), kp, C(r, *APPS), C(r, *APPS), "K" + rs(r, 13, UP + DIG)))
    return C(r, "terraform/cloudfront_keys.tf", "cdn/keys.tf"), txt


@ntpl("aws-ec2", "fingerprint", "json")
def n_key_pairs(r, reg, a):
    items = []
    for _ in range(r.randint(1, 4)):
        items.append({"KeyPairId": "key-" + hx(r, 17), "KeyFingerprint": ":".join(hx(r, 2) for _ in range(20)),
                      "KeyName": C(r, "deploy", "bastion", "LightsailDefaultKey", "%s-%s" % (C(r, *APPS), C(r, *ENVS))),
                      "KeyType": "rsa", "Tags": [], "CreateTime": iso(r)})
    items.append({"KeyPairId": "key-" + hx(r, 17), "KeyFingerprint": "SHA256:" + base64.b64encode(rb(r, 32)).decode().rstrip("="),
                  "KeyName": "ops-ed25519", "KeyType": "ed25519", "CreateTime": iso(r)})
    return C(r, "docs/ec2-key-pairs.json", "inventory/key-pairs.json"), json.dumps({"KeyPairs": items}, indent=4) + "\n"


@ntpl("aws-lambda", "digest", "json")
def n_lambda_list(r, reg, a):
    fns = []
    for _ in range(r.randint(2, 5)):
        n = "%s-%s-%s" % (C(r, *APPS), C(r, "api", "worker", "cron", "authorizer"), C(r, *ENVS))
        fns.append({"FunctionName": n, "FunctionArn": "arn:aws:lambda:%s:%s:function:%s" % (reg, a, n), "Runtime": C(r, "python3.12", "nodejs20.x"),
                    "Role": "arn:aws:iam::%s:role/%s-role-%s" % (a, n, rs(r, 8, LOW + DIG)), "Handler": "index.handler",
                    "CodeSize": r.randint(1000, 9000000), "CodeSha256": base64.b64encode(rb(r, 32)).decode(),
                    "Version": "$LATEST", "RevisionId": uid(r), "LastModified": iso(r).replace("+00:00", "+0000")})
    return C(r, "inventory/lambda-functions.json", "docs/list-functions.json"), json.dumps({"Functions": fns}, indent=4) + "\n"


@ntpl("aws-kms", "ciphertext", "yaml")
def n_kms_ciphertext(r, reg, a):
    blob = base64.b64encode(b"\x01\x02\x02\x00\x78" + rb(r, r.choice([180, 200, 220]))).decode()
    txt = ("# values encrypted with alias/%s-config (decrypted at boot via kms:Decrypt)\nencrypted:\n  db_password: %s\n"
           "kms_key_arn: arn:aws:kms:%s:%s:key/%s\n" % (C(r, *APPS), blob, reg, a, uid(r)))
    return C(r, "config/secrets.enc.yaml", "deploy/encrypted-values.yml"), txt


@ntpl("aws-s3", "etag", "json")
def n_s3_versions(r, reg, a):
    vs = [{"ETag": "\"%s\"" % hx(r, 32), "Size": r.randint(100, 10 ** 7), "StorageClass": "STANDARD",
           "Key": "%s/%s.parquet" % (C(r, *APPS), hx(r, 8)), "VersionId": rs(r, 32, ALNUM + "._"), "IsLatest": True,
           "LastModified": iso(r), "Owner": {"ID": hx(r, 64)}} for _ in range(r.randint(2, 4))]
    return C(r, "tmp/list-object-versions.json", "docs/s3-versions.json"), json.dumps({"Versions": vs}, indent=4) + "\n"


@ntpl("aws-cloudformation", "ids", "json")
def n_describe_stacks(r, reg, a):
    pid = pool_id(r, reg)
    stack = "%s-%s" % (C(r, *APPS), C(r, *ENVS))
    d = {"Stacks": [{"StackId": "arn:aws:cloudformation:%s:%s:stack/%s/%s" % (reg, a, stack, uid(r)), "StackName": stack,
                     "StackStatus": "UPDATE_COMPLETE", "CreationTime": iso(r),
                     "Outputs": [{"OutputKey": "UserPoolId", "OutputValue": pid},
                                 {"OutputKey": "UserPoolClientId", "OutputValue": client_id(r)},
                                 {"OutputKey": "IdentityPoolId", "OutputValue": "%s:%s" % (reg, uid(r))},
                                 {"OutputKey": "DbSecretArn", "OutputValue": "arn:aws:secretsmanager:%s:%s:secret:%s/db-%s" % (reg, a, stack, rs(r, 6))},
                                 {"OutputKey": "VpcId", "OutputValue": "vpc-" + hx(r, 17)}]}]}
    return C(r, "outputs/%s.json" % stack, "docs/stack-outputs.json"), json.dumps(d, indent=4) + "\n"


@ntpl("aws-amplify", "public_config", "javascript")
def n_aws_exports(r, reg, a):
    txt = ("/* eslint-disable */\n// WARNING: DO NOT EDIT. This file is automatically generated by AWS Amplify. It will be overwritten.\n\n"
           "const awsmobile = {\n    \"aws_project_region\": \"%s\",\n    \"aws_cognito_identity_pool_id\": \"%s:%s\",\n"
           "    \"aws_cognito_region\": \"%s\",\n    \"aws_user_pools_id\": \"%s\",\n    \"aws_user_pools_web_client_id\": \"%s\",\n"
           "    \"oauth\": {\n        \"domain\": \"%s-%s.auth.%s.amazoncognito.com\",\n        \"redirectSignIn\": \"https://app.example.com/\",\n"
           "        \"responseType\": \"code\"\n    },\n    \"aws_appsync_graphqlEndpoint\": \"%s\",\n    \"aws_appsync_region\": \"%s\",\n"
           "    \"aws_appsync_authenticationType\": \"AMAZON_COGNITO_USER_POOLS\",\n    \"aws_user_files_s3_bucket\": \"%s%s-%s\",\n"
           "    \"aws_user_files_s3_bucket_region\": \"%s\"\n};\n\nexport default awsmobile;\n"
           % (reg, reg, uid(r), reg, pool_id(r, reg), client_id(r), C(r, *APPS), hx(r, 8), reg, appsync_ep(r, reg), reg,
              C(r, *APPS), hx(r, 12), C(r, *ENVS), reg))
    return C(r, "src/aws-exports.js", "app/src/aws-exports.js"), txt


@ntpl("aws-amplify", "public_config", "json")
def n_amplify_outputs(r, reg, a):
    d = {"version": "1.%d" % r.randint(1, 3), "auth": {"aws_region": reg, "user_pool_id": pool_id(r, reg),
                                                       "user_pool_client_id": client_id(r), "identity_pool_id": "%s:%s" % (reg, uid(r)),
                                                       "mfa_configuration": "OFF", "password_policy": {"min_length": 8, "require_numbers": True}},
         "data": {"url": appsync_ep(r, reg), "aws_region": reg, "default_authorization_type": "AMAZON_COGNITO_USER_POOLS"},
         "storage": {"aws_region": reg, "bucket_name": "amplify-%s-%s" % (C(r, *APPS), hx(r, 10))}}
    return "amplify_outputs.json", json.dumps(d, indent=2) + "\n"


@ntpl("aws-cognito", "jwks", "json")
def n_jwks(r, reg, a):
    keys = [{"alg": "RS256", "e": "AQAB", "kid": base64.b64encode(rb(r, 32)).decode(), "kty": "RSA",
             "n": base64.urlsafe_b64encode(b"\xc1" + rb(r, 255)).decode().rstrip("="), "use": "sig"} for _ in range(2)]
    return C(r, "test/fixtures/jwks.json", "src/test/resources/cognito-jwks.json"), json.dumps({"keys": keys}, indent=2) + "\n"


@ntpl("aws-acm", "certificate", "json")
def n_acm_describe(r, reg, a):
    dom = "%s.example.com" % C(r, *APPS)
    d = {"Certificate": {"CertificateArn": "arn:aws:acm:%s:%s:certificate/%s" % (reg, a, uid(r)), "DomainName": dom,
                         "Serial": ":".join(hx(r, 2) for _ in range(16)), "Status": "ISSUED", "KeyAlgorithm": "RSA-2048",
                         "SignatureAlgorithm": "SHA256WITHRSA", "Issuer": "Amazon",
                         "DomainValidationOptions": [{"DomainName": dom, "ValidationMethod": "DNS", "ResourceRecord": {
                             "Name": "_%s.%s." % (hx(r, 32), dom), "Type": "CNAME", "Value": "_%s.%s.acm-validations.aws." % (hx(r, 32), rs(r, 10, LOW))}}]}}
    return C(r, "docs/acm-certificate.json", "tmp/describe-certificate.json"), json.dumps(d, indent=4) + "\n"


@ntpl("aws-ses", "dns_token", "terraform")
def n_ses_dkim(r, reg, a):
    dom = "%s.example.org" % C(r, *APPS)
    recs = "".join('resource "aws_route53_record" "dkim_%d" {\n  zone_id = "Z%s"\n  name    = "%s._domainkey.%s"\n  type    = "CNAME"\n'
                   '  ttl     = 600\n  records = ["%s.dkim.amazonses.com"]\n}\n\n' % (i, rs(r, 13, UP + DIG), t, dom, t)
                   for i, t in enumerate([rs(r, 32, LOW + DIG) for _ in range(3)]))
    txt = ('# SES domain verification\nresource "aws_route53_record" "ses_verification" {\n  zone_id = "Z%s"\n  name    = "_amazonses.%s"\n'
           '  type    = "TXT"\n  ttl     = 600\n  records = ["%s"]\n}\n\n' % (rs(r, 13, UP + DIG), dom, base64.b64encode(rb(r, 32)).decode())) + recs
    return C(r, "terraform/ses_dns.tf", "dns/ses.tf"), txt


@ntpl("aws-ecr", "digest", "json")
def n_ecs_taskdef(r, reg, a):
    app = C(r, *APPS)
    d = {"family": "%s-%s" % (app, C(r, *ENVS)), "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "512", "memory": "1024",
         "executionRoleArn": "arn:aws:iam::%s:role/ecsTaskExecutionRole" % a,
         "containerDefinitions": [{"name": app, "image": "%s.dkr.ecr.%s.amazonaws.com/%s@sha256:%s" % (a, reg, app, hx(r, 64)),
                                   "environment": [{"name": "DB_HOST", "value": "%s-db.%s.%s.rds.amazonaws.com" % (app, rs(r, 12, LOW + DIG), reg)}],
                                   "secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:%s:%s:secret:%s/db-%s:password::" % (reg, a, app, rs(r, 6))},
                                               {"name": "API_KEY", "valueFrom": "arn:aws:ssm:%s:%s:parameter/%s/api_key" % (reg, a, app)}]}]}
    return C(r, "ecs/task-definition.json", "deploy/taskdef.json"), json.dumps(d, indent=2) + "\n"


@ntpl("aws-sts", "ids", "json")
def n_caller_identity(r, reg, a):
    if r.random() < 0.5:
        d = {"UserId": "AIDA" + rs(r, 17, UP + "234567"), "Account": a, "Arn": "arn:aws:iam::%s:user/%s" % (a, C(r, *PEOPLE))}
    else:
        d = {"UserId": "AROA%s:%s" % (rs(r, 17, UP + "234567"), C(r, *PEOPLE)), "Account": a,
             "Arn": "arn:aws:sts::%s:assumed-role/AWSReservedSSO_Admin_%s/%s" % (a, hx(r, 16), C(r, *PEOPLE))}
    return C(r, "docs/whoami.json", "debug/caller-identity.json"), json.dumps(d, indent=4) + "\n"


@ntpl("aws-cloudfront", "signed_url", "markdown")
def n_cf_signed_url(r, reg, a):
    sig = base64.b64encode(rb(r, 128)).decode().replace("+", "-").replace("=", "_").replace("/", "~")
    url = "https://%s.cloudfront.net/videos/%s.m3u8?Expires=%d&Signature=%s&Key-Pair-Id=%s" % (
        rs(r, 14, LOW + DIG), hx(r, 8), r.randint(1500000000, 1650000000), sig, "K" + rs(r, 13, UP + DIG))
    txt = ("# Signed URL format\n\nThe player receives a canned-policy URL like this one (expired, kept for the tests):\n\n```\n%s\n```\n\n"
           "`Key-Pair-Id` is the public key id from the key group; the private key lives in Secrets Manager.\n" % url)
    return C(r, "docs/signed-urls.md", "docs/cdn.md"), txt


@ntpl("aws-sigv4", "signature", "python")
def n_sigv4_test(r, reg, a):
    d = "2024%02d%02d" % (r.randint(1, 12), r.randint(1, 28))
    txt = ("# expected values computed with the documented example credentials\nEXPECTED_AUTH = (\n"
           "    \"AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/%s/%s/execute-api/aws4_request, \"\n"
           "    \"SignedHeaders=host;x-amz-date, Signature=%s\"\n)\nEXPECTED_PAYLOAD_HASH = \"%s\"\n\n\n"
           "def test_signature(signer):\n    assert signer.sign(\"GET\", \"/items\")[\"Authorization\"] == EXPECTED_AUTH\n"
           % (d, reg, hx(r, 64), hx(r, 64)))
    return C(r, "tests/test_sigv4.py", "tests/unit/test_signer.py"), txt


@ntpl("aws-codebuild", "reference", "yaml")
def n_buildspec(r, reg, a):
    app = C(r, *APPS)
    txt = ("version: 0.2\n\nenv:\n  variables:\n    AWS_DEFAULT_REGION: %s\n    IMAGE_REPO: %s.dkr.ecr.%s.amazonaws.com/%s\n"
           "  parameter-store:\n    DB_PASSWORD: /%s/prod/db_password\n  secrets-manager:\n    SES_SMTP_PASSWORD: prod/ses:smtp_password\n"
           "    DOCKERHUB_TOKEN: arn:aws:secretsmanager:%s:%s:secret:dockerhub-%s:token\n\nphases:\n  build:\n    commands:\n"
           "      - docker build -t $IMAGE_REPO:$CODEBUILD_RESOLVED_SOURCE_VERSION .\n      - docker push $IMAGE_REPO:$CODEBUILD_RESOLVED_SOURCE_VERSION\n"
           % (reg, a, reg, app, app, reg, a, rs(r, 6)))
    return "buildspec.yml", txt


@ntpl("aws-iam", "reference", "yaml")
def n_gh_oidc(r, reg, a):
    txt = ("name: deploy\non: [push]\npermissions:\n  id-token: write\n  contents: read\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
           "    steps:\n      - uses: actions/checkout@%s\n      - uses: aws-actions/configure-aws-credentials@%s\n        with:\n"
           "          role-to-assume: arn:aws:iam::%s:role/github-deploy\n          aws-region: %s\n"
           "      - run: aws ssm get-parameter --name /%s/prod/db_password --with-decryption --query Parameter.Value --output text > /dev/null\n"
           % (hx(r, 40), hx(r, 40), a, reg, C(r, *APPS)))
    return ".github/workflows/deploy.yml", txt


@ntpl("aws-iot", "endpoint", "json")
def n_iot_device_config(r, reg, a):
    cid = hx(r, 10)
    d = {"endpoint": "%s-ats.iot.%s.amazonaws.com" % (rs(r, 14, LOW + DIG), reg), "port": 8883, "thingName": "sensor-%s" % hx(r, 6),
         "certPath": "certs/%s-certificate.pem.crt" % cid, "keyPath": "certs/%s-private.pem.key" % cid, "caPath": "certs/AmazonRootCA1.pem",
         "certificateId": cid + hx(r, 54), "topic": "dt/%s/telemetry" % C(r, *APPS)}
    return C(r, "device/config.json", "config/iot.json"), json.dumps(d, indent=2) + "\n"


@ntpl("aws-sam", "config", "toml")
def n_samconfig(r, reg, a):
    app = C(r, *APPS)
    txt = ('version = 0.1\n[default.deploy.parameters]\nstack_name = "%s"\nresolve_s3 = true\nregion = "%s"\nconfirm_changeset = false\n'
           'capabilities = "CAPABILITY_IAM CAPABILITY_AUTO_EXPAND"\nparameter_overrides = "Stage=\\"prod\\" VpcId=\\"vpc-%s\\" '
           'DbSecretArn=\\"arn:aws:secretsmanager:%s:%s:secret:%s-db-%s\\" CertificateArn=\\"arn:aws:acm:%s:%s:certificate/%s\\""\n'
           'image_repositories = ["ApiFunction=%s.dkr.ecr.%s.amazonaws.com/%s%s/apifunction%s"]\n'
           % (app, reg, hx(r, 17), reg, a, app, rs(r, 6), reg, a, uid(r), a, reg, app, hx(r, 8), hx(r, 8)))
    return "samconfig.toml", txt


@ntpl("aws-rds", "reference", "typescript")
def n_cdk_generated_secret(r, reg, a):
    txt = ("import * as rds from 'aws-cdk-lib/aws-rds';\nimport * as ec2 from 'aws-cdk-lib/aws-ec2';\n\n"
           "export function makeCluster(scope: any, vpc: ec2.IVpc) {\n  return new rds.DatabaseCluster(scope, 'Aurora', {\n"
           "    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_15_4 }),\n"
           "    credentials: rds.Credentials.fromGeneratedSecret('%s', { secretName: '%s/aurora' }),\n"
           "    writer: rds.ClusterInstance.provisioned('writer'),\n    vpc,\n  });\n}\n" % (C(r, *DBUSERS), C(r, *APPS)))
    return C(r, "lib/aurora.ts", "cdk/lib/database.ts"), txt


@ntpl("aws-elasticbeanstalk", "config", "yaml")
def n_eb_config(r, reg, a):
    txt = ("option_settings:\n  aws:elasticbeanstalk:application:environment:\n    NODE_ENV: production\n"
           "    DB_SECRET_ARN: arn:aws:secretsmanager:%s:%s:secret:%s/db-%s\n    BUILD_SHA: %s\n    CDN_DISTRIBUTION_ID: E%s\n"
           "  aws:ec2:vpc:\n    VPCId: vpc-%s\n    Subnets: subnet-%s,subnet-%s\n  aws:autoscaling:launchconfiguration:\n"
           "    SecurityGroups: sg-%s\n    IamInstanceProfile: aws-elasticbeanstalk-ec2-role\n"
           % (reg, a, C(r, *APPS), rs(r, 6), hx(r, 40), rs(r, 13, UP + DIG), hx(r, 17), hx(r, 17), hx(r, 17), hx(r, 17)))
    return ".ebextensions/00-options.config", txt


@ntpl("npm", "integrity", "json")
def n_package_lock(r, reg, a):
    pk = {}
    for name in r.sample(["@aws-sdk/client-s3", "@aws-sdk/client-ses", "@aws-sdk/client-cognito-identity-provider",
                          "aws-amplify", "aws-iot-device-sdk-v2", "@aws-sdk/cloudfront-signer", "aws-cdk-lib"], 4):
        pk["node_modules/" + name] = {"version": "3.%d.%d" % (r.randint(100, 600), r.randint(0, 9)),
                                      "resolved": "https://registry.npmjs.org/%s/-/%s-3.0.0.tgz" % (name, name.split("/")[-1]),
                                      "integrity": "sha512-" + base64.b64encode(rb(r, 64)).decode()}
    d = {"name": C(r, *APPS), "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@ntpl("aws-transfer", "host_key_fingerprint", "markdown")
def n_transfer_doc(r, reg, a):
    sid = "s-" + hx(r, 17)
    txt = ("# Partner SFTP\n\n- Server id: `%s`\n- Host: `%s.server.transfer.%s.amazonaws.com`\n"
           "- Host key fingerprint: `SHA256:%s`\n- User role: `arn:aws:iam::%s:role/transfer-partner`\n\n"
           "Partners send us their **public** key; add it with:\n\n```\naws transfer import-ssh-public-key --server-id %s --user-name acme \\\n"
           "  --ssh-public-key-body \"ssh-ed25519 %s acme@partner\"\n```\n"
           % (sid, sid, reg, base64.b64encode(rb(r, 32)).decode().rstrip("="), a, sid,
              base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rb(r, 32)).decode()))
    return C(r, "docs/sftp.md", "docs/partners/transfer-family.md"), txt


@ntpl("aws-cloudtrail", "ids", "json")
def n_cloudtrail(r, reg, a):
    d = {"eventVersion": "1.09", "userIdentity": {"type": "AssumedRole", "principalId": "AROA%s:%s" % (rs(r, 17, UP + "234567"), C(r, *PEOPLE)),
                                                  "arn": "arn:aws:sts::%s:assumed-role/Deploy/%s" % (a, C(r, *PEOPLE)), "accountId": a},
         "eventTime": iso(r)[:19] + "Z", "eventSource": "secretsmanager.amazonaws.com", "eventName": "GetSecretValue",
         "awsRegion": reg, "sourceIPAddress": "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
         "requestParameters": {"secretId": "arn:aws:secretsmanager:%s:%s:secret:%s-%s" % (reg, a, C(r, *APPS), rs(r, 6))},
         "responseElements": None, "requestID": uid(r), "eventID": uid(r), "readOnly": True}
    return C(r, "test/fixtures/cloudtrail-event.json", "samples/getsecretvalue.json"), json.dumps(d, indent=2) + "\n"


# =================================================================== main
def main():
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0].strip())
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    seen = set()

    def write(rel, text):
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    order = list(POS)
    plan = []
    while len(plan) < 500:
        r.shuffle(order)
        plan.extend(order)
    plan = plan[:500]
    env_count = 0
    for i, (name, prov, kind, ft, fn) in enumerate(plan):
        while True:
            m = M(r, False)
            rel, text = fn(m)
            nd = m.needle
            assert nd, name
            if nd in seen:
                continue
            if ft == "dotenv":
                if env_count >= 24:
                    name, prov, kind, ft, fn = r.choice([t for t in POS if t[3] != "dotenv"])
                    continue
                env_count += 1
            break
        seen.add(nd)
        idx = text.index(nd)
        line = text[:idx].count("\n") + 1
        assert nd in text.split("\n")[line - 1]
        f = "pos/p%04d/%s" % (i, rel)
        write(f, text)
        manifest.append({"file": f, "label": "pos", "provider": prov, "kind": kind, "filetype": ft, "template": name})
        secrets.append({"file": f, "needle": nd, "line": line})

    negs = []
    order = list(POS)
    while len(negs) < 250:
        r.shuffle(order)
        negs.extend(("ph", t) for t in order)
    negs = negs[:250]
    order = list(NEG)
    la = []
    while len(la) < 250:
        r.shuffle(order)
        la.extend(("la", t) for t in order)
    negs += la[:250]
    r.shuffle(negs)
    for i, (mode, (name, prov, kind, ft, fn)) in enumerate(negs):
        if mode == "ph":
            m = M(r, True)
            rel, text = fn(m)
            assert m.needle is None
            tname = name + "__placeholder"
        else:
            rel, text = fn(r, C(r, *REGIONS), acct(r))
            tname = name
        base = rel.rsplit("/", 1)[-1]
        assert not (base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample", ".env.template"))), rel
        f = "neg/n%04d/%s" % (i, rel)
        write(f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": tname})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for x in manifest:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for x in secrets:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
