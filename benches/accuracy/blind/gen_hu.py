#!/usr/bin/env python3
"""Blind evaluation-set generator "hu": durable workflow engines and job orchestrators.

EMPHASIS
    Credentials as projects that run durable workflows and background jobs configure them:
    Temporal (Temporal Cloud API keys, namespace mTLS client private keys, temporal/tcld CLI env),
    Prefect Cloud (user keys `pnu_`, service-account keys `pnb_`, profiles.toml),
    Dagster+ / Dagster Cloud (agent and user tokens, dagster.yaml, Helm values),
    Inngest (event keys, signing keys `signkey-<env>-<hex>`), Trigger.dev (`tr_dev_`/`tr_prod_`/
    `tr_stg_` secret keys, `tr_pat_` personal access tokens), Hatchet (client JWTs), Windmill
    (user tokens, webhook URLs with `?token=`), Kestra (basic-auth passwords, base64 `SECRET_*`
    values), Argo Workflows (artifact-repository S3/MinIO keys, server bearer tokens = Kubernetes
    service-account JWTs), Orkes Conductor (key id / key secret), Celery and RQ brokers (redis://,
    rediss://, amqp://, amqps:// URLs with passwords), Sidekiq Pro/Enterprise licence credentials
    (`BUNDLE_GEMS__CONTRIBSYS__COM`, Gemfile source URLs), Upstash QStash (tokens, current/next
    signing keys `sig_`), Zeebe / Camunda 8 SaaS (OAuth client secrets), AWS Step Functions (IAM
    access key secrets) and Azure Durable Functions (storage connection strings, AccountKey).
    File types: Python, TypeScript, Go, Java, Ruby (Gemfile), YAML (Kubernetes, Helm values,
    dagster.yaml, Argo manifests, GitHub Actions, docker-compose, Spring), TOML (Prefect profiles,
    temporal CLI profiles, wrangler.toml), JSON (local.settings.json, fixtures), INI/conf,
    .properties, Terraform, Dockerfile, Procfile, shell, Markdown runbooks, logs, CSV, SQL, XML
    (BPMN), PEM, a few .env files (at most 1 in 20 positives).

USAGE
    python3 -B gen_hu.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500) and OUTDIR/neg/nNNNN/<relpath> (500), plus
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
    All randomness comes from one random.Random(SEED); the output is byte-identical per SEED.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without surrounding quotes.
    * Key pairs (AWS access key id + secret, Orkes key id + secret, Camunda client id + secret,
      Kestra user + password): the needle is the secret half only; the id stays in the file as
      innocent context.
    * URLs (broker URLs, Gemfile sources): the needle is the password part only (between `:` and
      `@`), except the Sidekiq licence credential, which is the whole `user:password` pair as the
      vendor issues it (in `BUNDLE_GEMS__CONTRIBSYS__COM=` and in `https://user:pass@gems...`).
      Webhook/trigger URLs carrying a secret query parameter: the needle is the parameter value.
    * Headers (`Authorization: Bearer X`, `Dagster-Cloud-Api-Token: X`): the needle is X, without
      the scheme word.
    * Connection strings (Azure storage): the needle is the AccountKey value.
    * Kestra `SECRET_*` variables: the needle is the base64 text as written.
    * Multi-line private keys (PEM): the needle is the `-----BEGIN ... PRIVATE KEY-----` marker
      line text and `line` is the line where that marker stands; the key body follows it.
    * `line` is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    Half of the negatives re-use the positive templates with the secret slot holding something
    that is not a secret: placeholders (`<your-api-key>`, `YOUR_API_KEY_HERE`, `changeme`,
    `xxxx...`, prefix-plus-x placeholders such as `pnu_xxxx...`), empty values, masked values
    (`****`, `[REDACTED]`), environment references (`${VAR}`, `$VAR`, `os.environ[...]`,
    `process.env.X`, `os.Getenv`, `System.getenv`, `ENV.fetch`), secret-manager references
    (Vault, 1Password `op://`, AWS Secrets Manager ARNs, Azure Key Vault references, GitHub
    `${{ secrets.X }}`, Helm `{{ .Values.x }}`, Kestra `{{ secret('X') }}`), and documented
    example values (AWS `...EXAMPLE` keys, the Azurite development-storage key, the QStash local
    dev-server defaults, Kestra's `Admin1234`, MinIO `minioadmin`, RabbitMQ `guest`).
    Files named .env are renamed `.env.example` for negatives. The other half are look-alikes of
    this domain: workflow/run ids, Temporal task tokens and base64 payloads, namespaces with account
    ids (`orders.a1b2c`), cron expressions, event names, webhook URLs without secrets, public CA
    certificates, SealedSecrets and SOPS ciphertext, image and definition digests, checksums,
    lock-file hashes, JWKS public keys, SSH/GPG public keys, hashed passwords (Redis ACL,
    RabbitMQ definitions), API key prefixes plus hashes, trace ids, QStash message ids and
    request-signature JWTs, Zeebe process keys, Durable Functions instance ids, Step Functions ARNs.

FORMATS CHECKED (search of public documentation and of public project files)
    * Prefect: docs say `PREFECT_API_KEY` / `prefect cloud login -k`; public config files show
      `pnu_` + 36 alphanumerics; `pnb_` appears for service-account keys (one public code hit).
    * Inngest docs: signing key "begins with signkey-", env var INNGEST_SIGNING_KEY, fallback key
      INNGEST_SIGNING_KEY_FALLBACK, event key INNGEST_EVENT_KEY; public files show
      `signkey-prod-` + 64 hex and 86-character base64url event keys.
    * Trigger.dev docs: TRIGGER_SECRET_KEY, prefixes tr_dev_ / tr_stg_ / tr_prod_, PATs tr_pat_,
      public keys pk_dev_/pk_prod_ (CLI source), project refs proj_ + 20 lowercase letters.
    * Temporal docs: API keys for Cloud and namespace auth (TEMPORAL_API_KEY,
      TEMPORAL_CLOUD_API_KEY), endpoints <ns>.<acct>.tmprl.cloud:7233 and
      <region>.<cloud>.api.temporal.io:7233; public files show keys are ES256 JWTs whose header
      is {"alg":"ES256", "kid":...} and payload has account_id, aud temporal.io, iss, jti, key_id.
    * Upstash docs: Authorization: Bearer <QSTASH_TOKEN>, qstash_token query parameter,
      QSTASH_CURRENT_SIGNING_KEY / QSTASH_NEXT_SIGNING_KEY, local dev-server default token and
      signing keys (used here only as negatives); public files show tokens are base64 of
      {"UserID":...,"Password":...} and signing keys `sig_` + 28 base58 characters.
    * Camunda docs: ZEEBE_ADDRESS, ZEEBE_CLIENT_ID, ZEEBE_CLIENT_SECRET,
      ZEEBE_AUTHORIZATION_SERVER_URL, ZEEBE_TOKEN_AUDIENCE, CAMUNDA_CLUSTER_ID/REGION; public
      files show 32-character client ids and 64-character secrets over [A-Za-z0-9_.~-].
    * Dagster docs: DAGSTER_CLOUD_AGENT_TOKEN / DAGSTER_CLOUD_API_TOKEN, dagster.yaml
      `dagster_cloud_api: agent_token:`, Helm chart dagster-cloud-agent; public files show user
      tokens beginning `user:`.
    * Kestra docs: kestra.server.basic-auth username/password (example Admin1234), secrets as
      SECRET_<NAME>=<base64> in .env_encoded, {{ secret('X') }} in flows.
    * Argo Workflows docs: artifact-repositories ConfigMap with accessKeySecret/secretKeySecret
      references; MinIO example AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.
    * Heroku docs: BUNDLE_GEMS__CONTRIBSYS__COM=<username>:<password> for Sidekiq Pro gems.
    * Orkes docs: applications with access keys (key id + key secret), CONDUCTOR_AUTH_KEY /
      CONDUCTOR_AUTH_SECRET, keyId/keySecret in the JS SDK.
    * Hatchet docs/public files: HATCHET_CLIENT_TOKEN is a JWT (eyJhbGciOi...), carrying the
      server and gRPC broadcast addresses.
    * Windmill docs: user tokens from Account settings, sent as Bearer; WM_TOKEN in the CLI.

DOUBTS
    * Windmill token length/alphabet (32 alphanumerics assumed), Orkes key secret format
      (48 alphanumerics assumed), Sidekiq licence credential shape (8 hex : 8 hex assumed),
      Dagster token body (`agent:<org>:<32 hex>` / `user:<org>:<32 hex>` assumed), Trigger.dev
      secret-key body (20 alphanumerics assumed) and PAT body (40 lowercase alphanumerics),
      Hatchet JWT algorithm and claim set (ES256 with sub/server_url/grpc_broadcast_address
      assumed), `pnb_` service-account prefix (one public hit only) were not confirmed in
      providers' documentation.
    * JWT signatures and PEM bodies are random bytes of the right length and DER shape; they do
      not verify. Temporal Cloud API key claim order is modelled on public files, not docs.
    * The Inngest event key length (86 base64url characters) comes from public files only.
    * Some search results were secret-scanner rule files or scanner documentation (a GitGuardian
      detector page for Prefect, a rule file with Temporal test vectors, a masking test with a
      pnb_ key); they were not used for any format.
"""

import base64
import hashlib
import json
import os
import random
import re
import string
import sys

N_POS = 500
N_NEG = 500

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B64URL = ALNUM + "-_"
B32AWS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
AWS_SECRET_ALPHA = ALNUM + "/+"
CAMUNDA_ID_ALPHA = ALNUM + "_~-"
CAMUNDA_SECRET_ALPHA = ALNUM + "_~.-"

SLOT = "@@S@@"


# --------------------------------------------------------------------------- random helpers
def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def rhex(r, n):
    return rs(r, n, HEX)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def ruuid(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64(b):
    return base64.b64encode(b).decode()


def F(_tpl, **kw):
    """Fill ⟨name⟩ markers (chosen so code braces and shell dollars need no escaping)."""
    for k, v in kw.items():
        _tpl = _tpl.replace("⟨%s⟩" % k, str(v))
    assert "⟨" not in _tpl, _tpl[_tpl.index("⟨"):_tpl.index("⟨") + 30]
    return _tpl


def ulid(r):
    alpha = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    return "01" + r.choice("HJ") + rs(r, 23, alpha)


def pick(r, seq):
    return r.choice(seq)


ORGS = ["acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "tyrell", "soylent",
        "cyberdyne", "wonka", "vandelay", "piedpiper", "aperture", "oscorp", "massive", "dunder",
        "kramerica", "bluth", "prestige", "nakatomi", "gringotts", "monarch", "sirius"]
APPS = ["orders", "billing", "payments", "ingest", "etl", "reports", "fulfillment", "onboarding",
        "notifications", "search-index", "ledger", "invoicing", "shipping", "analytics", "crm-sync",
        "media-pipeline", "risk-scoring", "subscriptions", "inventory", "kyc"]
QUEUES = ["default", "critical", "low", "mailers", "exports", "webhooks", "reports", "ingest"]
TEMPORAL_REGIONS = ["us-east-1.aws", "us-west-2.aws", "eu-west-1.aws", "eu-central-1.aws",
                    "ap-south-1.aws", "ap-northeast-1.aws", "europe-west3.gcp", "us-central1.gcp"]
AWS_REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"]
CAMUNDA_REGIONS = ["bru-2", "jfk-1", "syd-1", "lhr-1", "ams-1"]
PERSONS = ["alice", "bob", "carol", "dmitri", "erin", "farah", "gustavo", "hana", "ivan", "jules"]


def org(r):
    return pick(r, ORGS)


def app(r):
    return pick(r, APPS)


def acct5(r):
    return rs(r, 5, string.ascii_lowercase + string.digits)


def tns(r):
    """Temporal Cloud namespace `name.acct`."""
    return "%s-%s.%s" % (app(r), pick(r, ["prod", "staging", "dev", "live"]), acct5(r))


def pascal(s):
    return "".join(p.capitalize() for p in re.split(r"[-_ ]", s))


def snake(s):
    return s.replace("-", "_")


# --------------------------------------------------------------------------- secret generators
# Each returns the secret text exactly as it will be written (the needle), except PEM keys
# which return the full block (needle = its BEGIN line).

def g_temporal_api_key(r):
    acct = acct5(r)
    jti = rs(r, 32)
    header = '{"alg":"ES256", "kid":"%s"}' % rs(r, 6)
    payload = ('{"account_id":"%s", "aud":["temporal.io"], "exp":%d, "iss":"temporal.io", '
               '"jti":"%s", "key_id":"%s", "sub":"%s"}'
               % (acct, r.randint(1790000000, 1890000000), jti, jti, rhex(r, 32)))
    return b64u(header.encode()) + "." + b64u(payload.encode()) + "." + b64u(rbytes(r, 64))


def _pem(label, der, width=64):
    body = b64(der)
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def g_ec_private_key(r):
    der = (bytes.fromhex("30770201010420") + rbytes(r, 32) +
           bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(r, 64))
    return _pem("EC PRIVATE KEY", der)


def g_pkcs8_rsa_key(r):
    body = rbytes(r, 1189)
    der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") + body
    return _pem("PRIVATE KEY", der)


def g_prefect_user(r):
    return "pnu_" + rs(r, 36)


def g_prefect_sa(r):
    return "pnb_" + rs(r, 36)


def g_dagster_agent(r, o=None):
    return "agent:%s:%s" % (o or org(r), rhex(r, 32))


def g_dagster_user(r, o=None):
    return "user:%s:%s" % (o or org(r), rhex(r, 32))


def g_inngest_signing(r):
    return "signkey-%s-%s" % (pick(r, ["prod", "prod", "test", "branch"]), rhex(r, 64))


def g_inngest_event(r):
    return rs(r, 86, B64URL)


def g_trigger_secret(r, env=None):
    return "tr_%s_%s" % (env or pick(r, ["dev", "prod", "prod", "stg"]), rs(r, 20))


def g_trigger_pat(r):
    return "tr_pat_" + rs(r, 40, LOWER_ALNUM)


def g_hatchet(r):
    tenant = ruuid(r)
    host = pick(r, ["cloud.onhatchet.run", "hatchet.%s.internal" % org(r)])
    header = {"alg": "ES256", "kid": rs(r, 6)}
    payload = {"aud": "https://" + host, "exp": r.randint(1790000000, 1990000000),
               "grpc_broadcast_address": host + ":443", "iat": r.randint(1700000000, 1760000000),
               "iss": "https://" + host, "server_url": "https://" + host, "sub": tenant,
               "token_id": ruuid(r)}
    return (b64u(json.dumps(header, separators=(",", ":")).encode()) + "." +
            b64u(json.dumps(payload, separators=(",", ":")).encode()) + "." + b64u(rbytes(r, 64)))


def g_windmill(r):
    return rs(r, 32)


def g_password(r, n=None, url_safe=False):
    n = n or r.randint(16, 28)
    alpha = ALNUM + ("-_" if url_safe else "-_.+=%")
    while True:
        s = r.choice(ALNUM) + rs(r, n - 1, alpha)
        if (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                and any(c.islower() for c in s)):
            return s


def g_kestra_secret_b64(r):
    inner = pick(r, ["ghp_" + rs(r, 36), "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 11), r.randint(10 ** 12, 10 ** 13), rs(r, 24)),
                     g_password(r, 24), "sk_live_" + rs(r, 24)])
    return b64(inner.encode())


def g_aws_key_id(r):
    return "AKIA" + rs(r, 16, B32AWS)


def g_aws_secret(r):
    return rs(r, 40, AWS_SECRET_ALPHA)


def g_k8s_sa_jwt(r, ns="argo", sa="argo-server"):
    header = {"alg": "RS256", "kid": rs(r, 43, B64URL)}
    iat = r.randint(1700000000, 1760000000)
    payload = {"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": iat + 31536000,
               "iat": iat, "iss": "https://kubernetes.default.svc.cluster.local",
               "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": sa, "uid": ruuid(r)}},
               "nbf": iat, "sub": "system:serviceaccount:%s:%s" % (ns, sa)}
    return (b64u(json.dumps(header, separators=(",", ":")).encode()) + "." +
            b64u(json.dumps(payload, separators=(",", ":")).encode()) + "." + b64u(rbytes(r, 256)))


def g_orkes_secret(r):
    return rs(r, 48)


def g_broker_pw(r):
    return g_password(r, r.randint(20, 32), url_safe=True)


def g_sidekiq(r):
    return "%s:%s" % (rhex(r, 8), rhex(r, 8))


def g_qstash_token(r):
    return b64(json.dumps({"UserID": ruuid(r), "Password": rhex(r, 32)},
                          separators=(",", ":")).encode())


def g_qstash_sig(r):
    return "sig_" + rs(r, 28, B58)


def g_camunda_id(r):
    return rs(r, 32, CAMUNDA_ID_ALPHA)


def g_camunda_secret(r):
    return rs(r, 64, CAMUNDA_SECRET_ALPHA)


def g_azure_account_key(r):
    return b64(rbytes(r, 64))


SECRET_GEN = {
    "temporal_api_key": g_temporal_api_key,
    "ec_key": g_ec_private_key,
    "rsa_key": g_pkcs8_rsa_key,
    "prefect_user": g_prefect_user,
    "prefect_sa": g_prefect_sa,
    "dagster_agent": g_dagster_agent,
    "dagster_user": g_dagster_user,
    "inngest_signing": g_inngest_signing,
    "inngest_event": g_inngest_event,
    "trigger_secret": g_trigger_secret,
    "trigger_pat": g_trigger_pat,
    "hatchet": g_hatchet,
    "windmill": g_windmill,
    "password": g_password,
    "url_password": g_broker_pw,
    "kestra_b64": g_kestra_secret_b64,
    "aws_secret": g_aws_secret,
    "k8s_jwt": g_k8s_sa_jwt,
    "orkes_secret": g_orkes_secret,
    "sidekiq": g_sidekiq,
    "qstash_token": g_qstash_token,
    "qstash_sig": g_qstash_sig,
    "camunda_secret": g_camunda_secret,
    "azure_key": g_azure_account_key,
}

# --------------------------------------------------------------------------- template registry
# A positive template is a function (r) -> (relpath, text) whose text contains SLOT exactly once.
# Metadata: provider, kind, gen (SECRET_GEN key), slot type, lang, var (env var name for
# references), conv (conventional variable name or not).
POS_TEMPLATES = []


def ptpl(provider, kind, gen, slot, lang, var, conv):
    def deco(fn):
        POS_TEMPLATES.append({"fn": fn, "provider": provider, "kind": kind, "gen": gen,
                              "slot": slot, "lang": lang, "var": var, "conv": conv,
                              "name": fn.__name__})
        return fn
    return deco


LOOKALIKES = []


def ntpl(provider, kind):
    def deco(fn):
        LOOKALIKES.append({"fn": fn, "provider": provider, "kind": kind, "name": fn.__name__})
        return fn
    return deco


# =========================================================================== POSITIVE TEMPLATES
# ---------------------------------------------------------------- Temporal
@ptpl("temporal", "api_key", "temporal_api_key", "q", "py", "TEMPORAL_API_KEY", False)
def p_temporal_py_worker(r):
    ns = tns(r)
    a = app(r)
    region = pick(r, TEMPORAL_REGIONS)
    return pick(r, ["worker/main.py", "%s/worker.py" % snake(a), "src/%s_worker/run.py" % snake(a)]), F('''"""Temporal worker for the ⟨a⟩ service."""
import asyncio
import logging

from temporalio.client import Client
from temporalio.worker import Worker

from ⟨m⟩.activities import charge_card, reserve_stock, send_receipt
from ⟨m⟩.workflows import ⟨W⟩Workflow

TASK_QUEUE = "⟨a⟩-task-queue"
log = logging.getLogger(__name__)


async def main() -> None:
    client = await Client.connect(
        "⟨region⟩.api.temporal.io:7233",
        namespace="⟨ns⟩",
        api_key="@@S@@",
        tls=True,
    )
    worker = Worker(
        client,
        task_queue=TASK_QUEUE,
        workflows=[⟨W⟩Workflow],
        activities=[charge_card, reserve_stock, send_receipt],
        max_concurrent_activities=⟨mca⟩,
    )
    log.info("worker started on %s", TASK_QUEUE)
    await worker.run()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
''', a=a, m=snake(a), W=pascal(a), region=region, ns=ns, mca=pick(r, [10, 20, 50, 100]))


@ptpl("temporal", "api_key", "temporal_api_key", "q", "ts", "TEMPORAL_API_KEY", False)
def p_temporal_ts_worker(r):
    ns = tns(r)
    a = app(r)
    return pick(r, ["src/worker.ts", "apps/worker/src/index.ts", "packages/%s-worker/src/main.ts" % a]), F('''import { NativeConnection, Worker } from '@temporalio/worker';
import * as activities from './activities';

const TASK_QUEUE = '⟨a⟩';

async function run(): Promise<void> {
  const connection = await NativeConnection.connect({
    address: '⟨ns⟩.tmprl.cloud:7233',
    tls: true,
    apiKey: '@@S@@',
  });

  const worker = await Worker.create({
    connection,
    namespace: '⟨ns⟩',
    taskQueue: TASK_QUEUE,
    workflowsPath: require.resolve('./workflows'),
    activities,
    maxConcurrentActivityTaskExecutions: ⟨n⟩,
  });

  await worker.run();
}

run().catch((err) => {
  console.error(err);
  process.exit(1);
});
''', a=a, ns=ns, n=pick(r, [8, 16, 32]))


@ptpl("temporal", "api_key", "temporal_api_key", "q", "go", "TEMPORAL_API_KEY", False)
def p_temporal_go_worker(r):
    ns = tns(r)
    a = app(r)
    region = pick(r, TEMPORAL_REGIONS)
    return pick(r, ["cmd/worker/main.go", "internal/temporal/client.go"]), F('''package main

import (
	"crypto/tls"
	"log"

	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/worker"

	"github.com/⟨o⟩/⟨a⟩/internal/activities"
	"github.com/⟨o⟩/⟨a⟩/internal/workflows"
)

const taskQueue = "⟨a⟩-queue"

func main() {
	c, err := client.Dial(client.Options{
		HostPort:    "⟨region⟩.api.temporal.io:7233",
		Namespace:   "⟨ns⟩",
		Credentials: client.NewAPIKeyStaticCredentials("@@S@@"),
		ConnectionOptions: client.ConnectionOptions{
			TLS: &tls.Config{},
		},
	})
	if err != nil {
		log.Fatalln("unable to create Temporal client", err)
	}
	defer c.Close()

	w := worker.New(c, taskQueue, worker.Options{})
	w.RegisterWorkflow(workflows.⟨W⟩)
	w.RegisterActivity(&activities.Activities{})

	if err := w.Run(worker.InterruptCh()); err != nil {
		log.Fatalln("worker exited", err)
	}
}
''', o=org(r), a=a, W=pascal(a), ns=ns, region=region)


@ptpl("temporal", "api_key", "temporal_api_key", "v", "yaml", "TEMPORAL_API_KEY", True)
def p_temporal_k8s_env(r):
    ns = tns(r)
    a = app(r)
    region = pick(r, TEMPORAL_REGIONS)
    return pick(r, ["k8s/%s-worker-deployment.yaml" % a, "deploy/worker/deployment.yaml"]), F('''apiVersion: apps/v1
kind: Deployment
metadata:
  name: ⟨a⟩-worker
  labels:
    app.kubernetes.io/name: ⟨a⟩-worker
    app.kubernetes.io/part-of: ⟨a⟩
spec:
  replicas: ⟨rep⟩
  selector:
    matchLabels:
      app.kubernetes.io/name: ⟨a⟩-worker
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ⟨a⟩-worker
    spec:
      containers:
        - name: worker
          image: ghcr.io/⟨o⟩/⟨a⟩-worker:⟨ver⟩
          env:
            - name: TEMPORAL_ADDRESS
              value: ⟨region⟩.api.temporal.io:7233
            - name: TEMPORAL_NAMESPACE
              value: ⟨ns⟩
            - name: TEMPORAL_TASK_QUEUE
              value: ⟨a⟩
            - name: TEMPORAL_API_KEY
              value: @@S@@
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
            limits:
              memory: 512Mi
''', a=a, o=org(r), ns=ns, region=region, rep=pick(r, [2, 3, 4]),
        ver="1.%d.%d" % (r.randint(0, 30), r.randint(0, 9)))


@ptpl("temporal", "api_key", "temporal_api_key", "v", "sh", "TEMPORAL_API_KEY", True)
def p_temporal_cli_sh(r):
    ns = tns(r)
    a = app(r)
    return pick(r, ["scripts/start-%s-workflow.sh" % a, "bin/temporal-backfill.sh"]), F('''#!/usr/bin/env bash
# Kick off a backfill run of the ⟨a⟩ workflow against Temporal Cloud.
set -euo pipefail

export TEMPORAL_ADDRESS=⟨ns⟩.tmprl.cloud:7233
export TEMPORAL_NAMESPACE=⟨ns⟩
export TEMPORAL_API_KEY=@@S@@

START_DATE="${1:-2024-01-01}"
END_DATE="${2:-2024-01-31}"

temporal workflow start \\
  --task-queue ⟨a⟩ \\
  --type ⟨W⟩Backfill \\
  --workflow-id "⟨a⟩-backfill-${START_DATE}" \\
  --input "{\\"from\\": \\"${START_DATE}\\", \\"to\\": \\"${END_DATE}\\"}"

temporal workflow list --query 'WorkflowType="⟨W⟩Backfill" AND ExecutionStatus="Running"'
''', a=a, W=pascal(a), ns=ns)


@ptpl("temporal", "api_key", "temporal_api_key", "q", "java", "TEMPORAL_API_KEY", False)
def p_temporal_java(r):
    ns = tns(r)
    a = app(r)
    o = org(r)
    region = pick(r, TEMPORAL_REGIONS)
    return "src/main/java/com/%s/%s/config/TemporalConfig.java" % (o, snake(a)), F('''package com.⟨o⟩.⟨m⟩.config;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class TemporalConfig {

    private static final String TARGET = "⟨region⟩.api.temporal.io:7233";
    private static final String NAMESPACE = "⟨ns⟩";

    @Bean
    public WorkflowServiceStubs serviceStubs() {
        WorkflowServiceStubsOptions options = WorkflowServiceStubsOptions.newBuilder()
                .setTarget(TARGET)
                .setEnableHttps(true)
                .addApiKey(() -> "@@S@@")
                .build();
        return WorkflowServiceStubs.newServiceStubs(options);
    }

    @Bean
    public WorkflowClient workflowClient(WorkflowServiceStubs stubs) {
        return WorkflowClient.newInstance(stubs,
                WorkflowClientOptions.newBuilder().setNamespace(NAMESPACE).build());
    }
}
''', o=o, m=snake(a), ns=ns, region=region)


@ptpl("temporal", "api_key", "temporal_api_key", "q", "tf", "TEMPORAL_CLOUD_API_KEY", False)
def p_temporal_tf(r):
    a = app(r)
    return pick(r, ["infra/temporal/main.tf", "terraform/temporal-cloud.tf"]), F('''terraform {
  required_providers {
    temporalcloud = {
      source  = "temporalio/temporalcloud"
      version = "~> 0.⟨v⟩"
    }
  }
}

provider "temporalcloud" {
  api_key = "@@S@@"
}

resource "temporalcloud_namespace" "⟨m⟩" {
  name               = "⟨a⟩-prod"
  regions            = ["aws-⟨reg⟩"]
  api_key_auth       = true
  retention_days     = ⟨ret⟩
}

resource "temporalcloud_service_account" "⟨m⟩_worker" {
  name           = "⟨a⟩-worker"
  account_access = "Read"
  namespace_accesses = [
    {
      namespace_id = temporalcloud_namespace.⟨m⟩.id
      permission   = "Write"
    }
  ]
}
''', a=a, m=snake(a), v=r.randint(4, 9), reg=pick(r, AWS_REGIONS), ret=pick(r, [7, 14, 30, 90]))


@ptpl("temporal", "api_key", "temporal_api_key", "q", "toml", "TEMPORAL_API_KEY", False)
def p_temporal_toml(r):
    ns = tns(r)
    ns2 = tns(r)
    return pick(r, ["ops/temporal.toml", "config/temporal/temporal.toml"]), F('''# Temporal CLI / SDK environment configuration profiles.
# Select one with TEMPORAL_PROFILE=<name>.

[profile.default]
address = "localhost:7233"
namespace = "default"

[profile.staging]
address = "⟨ns2⟩.tmprl.cloud:7233"
namespace = "⟨ns2⟩"
[profile.staging.tls]
client_cert_path = "certs/staging.pem"
client_key_path = "certs/staging.key"

[profile.prod]
address = "⟨region⟩.api.temporal.io:7233"
namespace = "⟨ns⟩"
api_key = "@@S@@"
''', ns=ns, ns2=ns2, region=pick(r, TEMPORAL_REGIONS))


@ptpl("temporal", "private_key", "ec_key", "pem", "yaml", "TEMPORAL_TLS_KEY", True)
def p_temporal_mtls_secret(r):
    ns = tns(r)
    a = app(r)
    return pick(r, ["deploy/temporal-mtls-secret.yaml", "k8s/secrets/temporal-client-tls.yaml"]), F('''apiVersion: v1
kind: Secret
metadata:
  name: ⟨a⟩-temporal-tls
  namespace: ⟨a⟩
  annotations:
    temporal.io/namespace: ⟨ns⟩
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIBxTCCAWugAwIBAgIUX⟨c1⟩
    ⟨c2⟩
    -----END CERTIFICATE-----
  tls.key: |
    @@S@@
''', a=a, ns=ns, c1=rs(r, 43, ALNUM + "+/"), c2=rs(r, 64, ALNUM + "+/"))


@ptpl("temporal", "private_key", "ec_key", "pem", "md", "TEMPORAL_TLS_KEY", False)
def p_temporal_mtls_runbook(r):
    ns = tns(r)
    who = pick(r, PERSONS)
    return pick(r, ["docs/runbooks/temporal-cert-rotation.md", "runbooks/temporal-mtls.md"]), F('''# Rotating the Temporal Cloud client certificate

Owner: @⟨who⟩ · Namespace: `⟨ns⟩`

1. Generate a new client key and CSR with `tcld gen leaf` (or openssl) for `⟨ns⟩`.
2. Upload the new CA bundle in the Cloud UI (Namespaces → ⟨ns⟩ → Certificates) and wait for
   propagation (a few minutes).
3. Roll the workers so they pick up the new pair.

The pair currently deployed to the staging workers (temporary, to be replaced after the
audit):

```
@@S@@
```

4. Verify with:

```bash
temporal workflow list --namespace ⟨ns⟩ \\
  --address ⟨ns⟩.tmprl.cloud:7233 \\
  --tls-cert-path client.pem --tls-key-path client.key
```
''', ns=ns, who=who)


@ptpl("temporal", "private_key", "rsa_key", "pem", "yaml", "TEMPORAL_TLS_KEY", False)
def p_temporal_mtls_helm(r):
    ns = tns(r)
    a = app(r)
    return pick(r, ["charts/%s-worker/values-prod.yaml" % a, "helm/worker/values.yaml"]), F('''replicaCount: ⟨rep⟩

image:
  repository: ghcr.io/⟨o⟩/⟨a⟩-worker
  tag: "⟨ver⟩"
  pullPolicy: IfNotPresent

temporal:
  address: ⟨ns⟩.tmprl.cloud:7233
  namespace: ⟨ns⟩
  taskQueue: ⟨a⟩
  tls:
    enabled: true
    serverName: ⟨ns⟩.tmprl.cloud
    clientCert: files/client.pem
    clientKey: |
      @@S@@

resources:
  requests:
    cpu: 200m
    memory: 256Mi
''', a=a, o=org(r), ns=ns, rep=pick(r, [1, 2, 3]), ver="%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)))


@ptpl("temporal", "private_key", "ec_key", "pem", "py", "TEMPORAL_TLS_KEY", False)
def p_temporal_mtls_py(r):
    ns = tns(r)
    return pick(r, ["worker/tls_config.py", "app/temporal_tls.py"]), F('''"""mTLS material for connecting workers to Temporal Cloud namespace ⟨ns⟩."""
from pathlib import Path

from temporalio.client import Client, TLSConfig

CERT_PATH = Path(__file__).parent / "certs" / "client.pem"

CLIENT_KEY = b"""
@@S@@
"""


async def connect() -> Client:
    return await Client.connect(
        "⟨ns⟩.tmprl.cloud:7233",
        namespace="⟨ns⟩",
        tls=TLSConfig(
            client_cert=CERT_PATH.read_bytes(),
            client_private_key=CLIENT_KEY.strip(),
        ),
    )
''', ns=ns)


# ---------------------------------------------------------------- Prefect
def prefect_url(r):
    return "https://api.prefect.cloud/api/accounts/%s/workspaces/%s" % (ruuid(r), ruuid(r))


@ptpl("prefect", "api_key", "prefect_user", "q", "toml", "PREFECT_API_KEY", True)
def p_prefect_profiles(r):
    return pick(r, [".prefect/profiles.toml", "deploy/prefect/profiles.toml"]), F('''active = "cloud-prod"

[profiles.local]
PREFECT_API_URL = "http://127.0.0.1:4200/api"
PREFECT_LOGGING_LEVEL = "DEBUG"

[profiles.cloud-prod]
PREFECT_API_URL = "⟨url⟩"
PREFECT_API_KEY = "@@S@@"
PREFECT_RESULTS_PERSIST_BY_DEFAULT = true
''', url=prefect_url(r))


@ptpl("prefect", "api_key", "prefect_sa", "v", "docker", "PREFECT_API_KEY", True)
def p_prefect_dockerfile(r):
    a = app(r)
    return pick(r, ["Dockerfile", "flows/Dockerfile", "docker/prefect-worker.Dockerfile"]), F('''FROM prefecthq/prefect:3-python3.⟨py⟩

WORKDIR /opt/prefect/flows

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY flows/ ./

ENV PREFECT_API_URL=⟨url⟩
ENV PREFECT_API_KEY=@@S@@
ENV PREFECT_LOGGING_LEVEL=INFO

CMD ["prefect", "worker", "start", "--pool", "⟨a⟩-pool", "--type", "process"]
''', a=a, url=prefect_url(r), py=pick(r, [11, 12]))


@ptpl("prefect", "api_key", "prefect_user", "q", "py", "PREFECT_API_KEY", False)
def p_prefect_py_header(r):
    a = app(r)
    return pick(r, ["scripts/trigger_deployment.py", "tools/prefect_runs.py"]), F('''"""Trigger the nightly ⟨a⟩ deployment through the Prefect Cloud REST API."""
import sys

import httpx

API_URL = "⟨url⟩"
DEPLOYMENT_ID = "⟨dep⟩"
HEADERS = {"Authorization": "Bearer @@S@@"}


def create_run(params: dict) -> str:
    resp = httpx.post(
        f"{API_URL}/deployments/{DEPLOYMENT_ID}/create_flow_run",
        headers=HEADERS,
        json={"parameters": params, "tags": ["manual"]},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["id"]


if __name__ == "__main__":
    run_id = create_run({"date": sys.argv[1] if len(sys.argv) > 1 else None})
    print("created flow run", run_id)
''', a=a, url=prefect_url(r), dep=ruuid(r))


@ptpl("prefect", "api_key", "prefect_sa", "v", "yaml", "PREFECT_API_KEY", True)
def p_prefect_gha(r):
    a = app(r)
    return pick(r, [".github/workflows/prefect-deploy.yml", ".github/workflows/deploy-flows.yaml"]), F('''name: Deploy Prefect flows

on:
  push:
    branches: [main]
    paths: ["flows/**", "prefect.yaml"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      PREFECT_API_URL: ⟨url⟩
      PREFECT_API_KEY: @@S@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: prefect deploy --all
''', url=prefect_url(r), a=a)


@ptpl("prefect", "api_key", "prefect_user", "v", "md", "PREFECT_API_KEY", False)
def p_prefect_md_login(r):
    o = org(r)
    return pick(r, ["docs/prefect-setup.md", "flows/README.md"]), F('''# Running the flows against Prefect Cloud

Install the dependencies and log in to the shared workspace:

```bash
pip install -r requirements.txt
prefect cloud login -k @@S@@ --workspace ⟨o⟩/production
prefect work-pool ls
```

Then start a worker for the `⟨a⟩` pool:

```bash
prefect worker start --pool ⟨a⟩-pool
```

Schedules live in `prefect.yaml`; do not edit them in the UI.
''', o=o, a=app(r))


@ptpl("prefect", "api_key", "prefect_sa", "q", "yaml", "PREFECT_API_KEY", True)
def p_prefect_compose(r):
    a = app(r)
    return pick(r, ["docker-compose.yml", "compose.yaml", "deploy/docker-compose.prefect.yml"]), F('''services:
  prefect-worker:
    image: prefecthq/prefect:3-latest
    command: prefect worker start --pool ⟨a⟩-docker --type docker
    environment:
      PREFECT_API_URL: "⟨url⟩"
      PREFECT_API_KEY: "@@S@@"
      PREFECT_LOGGING_LEVEL: "INFO"
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock
    restart: unless-stopped

  postgres:
    image: postgres:16
    environment:
      POSTGRES_DB: ⟨m⟩
    volumes:
      - pgdata:/var/lib/postgresql/data

volumes:
  pgdata: {}
''', a=a, m=snake(a), url=prefect_url(r))


@ptpl("prefect", "api_key", "prefect_sa", "v", "yaml", "PREFECT_API_KEY", False)
def p_prefect_k8s_secret(r):
    return pick(r, ["k8s/prefect-api-key.yaml", "helm/prefect-worker/templates/api-key-secret.yaml"]), F('''apiVersion: v1
kind: Secret
metadata:
  name: prefect-api-key
  namespace: prefect
  labels:
    app.kubernetes.io/component: worker
type: Opaque
stringData:
  key: @@S@@
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: prefect-worker-config
  namespace: prefect
data:
  PREFECT_API_URL: ⟨url⟩
  PREFECT_WORKER_QUERY_SECONDS: "15"
''', url=prefect_url(r))


# ---------------------------------------------------------------- Dagster+
@ptpl("dagster", "api_token", "dagster_agent", "v", "yaml", "DAGSTER_CLOUD_AGENT_TOKEN", False)
def p_dagster_yaml(r):
    return pick(r, ["dagster.yaml", "agent/dagster.yaml"]), F('''instance_class:
  module: dagster_cloud.instance
  class: DagsterCloudAgentInstance

dagster_cloud_api:
  agent_token: @@S@@
  deployment: ⟨dep⟩
  branch_deployments: true

user_code_launcher:
  module: dagster_cloud.workspace.docker
  class: DockerUserCodeLauncher
  config:
    networks:
      - dagster_cloud_agent
''', dep=pick(r, ["prod", "production", "staging"]))


@ptpl("dagster", "api_token", "dagster_agent", "q", "yaml", "DAGSTER_CLOUD_AGENT_TOKEN", False)
def p_dagster_helm(r):
    o = org(r)
    return pick(r, ["deploy/dagster-agent-values.yaml", "helm/dagster-cloud-agent/values-prod.yaml"]), F('''dagsterCloud:
  deployment: prod
  branchDeployments: true
  agentToken: "@@S@@"

dagsterCloudAgent:
  resources:
    requests:
      cpu: "500m"
      memory: "1Gi"
    limits:
      memory: "2Gi"

workspace:
  serverK8sConfig:
    podSpecConfig:
      nodeSelector:
        pool: ⟨o⟩-dagster
  runK8sConfig:
    containerConfig:
      resources:
        limits:
          memory: "4Gi"
''', o=o)


@ptpl("dagster", "api_token", "dagster_user", "v", "yaml", "DAGSTER_CLOUD_API_TOKEN", True)
def p_dagster_gha(r):
    o = org(r)
    return ".github/workflows/dagster-cloud-deploy.yml", F('''name: Dagster+ serverless deploy

on:
  push:
    branches: [main]
  pull_request:

concurrency:
  group: ${{ github.workflow }}-${{ github.ref }}
  cancel-in-progress: true

env:
  DAGSTER_CLOUD_URL: "https://⟨o⟩.dagster.cloud"
  DAGSTER_CLOUD_API_TOKEN: @@S@@
  ENABLE_FAST_DEPLOYS: "true"

jobs:
  dagster_cloud_default_deploy:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - uses: dagster-io/dagster-cloud-action/actions/utils/prerun@v0.1
        id: prerun
      - uses: dagster-io/dagster-cloud-action/actions/utils/dagster-cloud-cli@v0.1
        with:
          command: "ci check --project-dir=${{ env.DAGSTER_PROJECT_DIR }}"
''', o=o)


@ptpl("dagster", "api_token", "dagster_user", "v", "sh", "DAGSTER_CLOUD_API_TOKEN", False)
def p_dagster_cli_sh(r):
    o = org(r)
    a = app(r)
    return pick(r, ["scripts/dagster_deploy.sh", "bin/deploy-code-location.sh"]), F('''#!/usr/bin/env bash
set -euo pipefail

IMAGE="ghcr.io/⟨o⟩/⟨a⟩-dagster:${GIT_SHA:-latest}"

docker build -t "$IMAGE" .
docker push "$IMAGE"

dagster-cloud deployment add-location \\
  --organization ⟨o⟩ \\
  --deployment prod \\
  --api-token @@S@@ \\
  --location-name ⟨m⟩ \\
  --image "$IMAGE" \\
  --module-name ⟨m⟩.definitions
''', o=o, a=a, m=snake(a))


@ptpl("dagster", "api_token", "dagster_user", "q", "py", "DAGSTER_CLOUD_API_TOKEN", False)
def p_dagster_py_header(r):
    o = org(r)
    return pick(r, ["tools/dagster_api.py", "scripts/list_failed_runs.py"]), F('''"""List failed Dagster+ runs from the last day via the GraphQL API."""
import requests

URL = "https://⟨o⟩.dagster.cloud/prod/graphql"
HEADERS = {
    "Dagster-Cloud-Api-Token": "@@S@@",
    "Content-Type": "application/json",
}

QUERY = """
query FailedRuns($limit: Int) {
  runsOrError(filter: {statuses: [FAILURE]}, limit: $limit) {
    ... on Runs { results { runId jobName startTime } }
  }
}
"""


def failed_runs(limit: int = 50):
    resp = requests.post(URL, json={"query": QUERY, "variables": {"limit": limit}},
                         headers=HEADERS, timeout=20)
    resp.raise_for_status()
    return resp.json()["data"]["runsOrError"]["results"]


if __name__ == "__main__":
    for run in failed_runs():
        print(run["runId"], run["jobName"])
''', o=o)


@ptpl("dagster", "api_token", "dagster_agent", "v", "md", "DAGSTER_CLOUD_AGENT_TOKEN", True)
def p_dagster_md_kubectl(r):
    return pick(r, ["docs/dagster-agent.md", "infra/README.md"]), F('''## Dagster+ hybrid agent

The agent runs in the `dagster-cloud` namespace of the shared cluster.

```bash
kubectl create namespace dagster-cloud
kubectl --namespace dagster-cloud create secret generic dagster-cloud-agent-token \\
  --from-literal=DAGSTER_CLOUD_AGENT_TOKEN=@@S@@
helm repo add dagster-cloud https://dagster-io.github.io/helm-user-cloud
helm --namespace dagster-cloud upgrade --install agent dagster-cloud/dagster-cloud-agent \\
  -f deploy/dagster-agent-values.yaml
```

Run `kubectl -n dagster-cloud logs deploy/agent` to check that it heartbeats.
''')


# ---------------------------------------------------------------- Inngest
@ptpl("inngest", "event_key", "inngest_event", "q", "ts", "INNGEST_EVENT_KEY", False)
def p_inngest_ts_client(r):
    a = app(r)
    return pick(r, ["src/inngest/client.ts", "lib/inngest.ts"]), F('''import { EventSchemas, Inngest } from "inngest";

type Events = {
  "⟨a⟩/order.created": { data: { orderId: string; total: number } };
  "⟨a⟩/order.cancelled": { data: { orderId: string; reason?: string } };
};

export const inngest = new Inngest({
  id: "⟨a⟩-app",
  eventKey: "@@S@@",
  schemas: new EventSchemas().fromRecord<Events>(),
});
''', a=a)


@ptpl("inngest", "signing_key", "inngest_signing", "q", "ts", "INNGEST_SIGNING_KEY", False)
def p_inngest_ts_serve(r):
    a = app(r)
    return pick(r, ["src/app/api/inngest/route.ts", "app/api/inngest/route.ts"]), F('''import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { syncCustomer, sendDigest, cleanupSessions } from "@/inngest/functions";

export const { GET, POST, PUT } = serve({
  client: inngest,
  functions: [syncCustomer, sendDigest, cleanupSessions],
  signingKey: "@@S@@",
  servePath: "/api/inngest",
});
''')


@ptpl("inngest", "signing_key", "inngest_signing", "v", "env", "INNGEST_SIGNING_KEY", True)
def p_inngest_dotenv(r):
    a = app(r)
    return pick(r, [".env", ".env.local", ".env.production"]), F('''# ⟨a⟩ web
NEXT_PUBLIC_APP_URL=https://⟨a⟩.⟨o⟩.com
DATABASE_POOL_SIZE=10
LOG_LEVEL=info

# Inngest
INNGEST_SIGNING_KEY=@@S@@
INNGEST_SERVE_ORIGIN=https://⟨a⟩.⟨o⟩.com
''', a=a, o=org(r))


@ptpl("inngest", "signing_key", "inngest_signing", "q", "py", "INNGEST_SIGNING_KEY", True)
def p_inngest_py(r):
    a = app(r)
    return pick(r, ["app/inngest_client.py", "%s/jobs/client.py" % snake(a)]), F('''import logging

import inngest

logger = logging.getLogger("uvicorn")

inngest_client = inngest.Inngest(
    app_id="⟨a⟩",
    logger=logger,
    is_production=True,
    signing_key="@@S@@",
)


@inngest_client.create_function(
    fn_id="nightly-⟨a⟩-rollup",
    trigger=inngest.TriggerCron(cron="0 3 * * *"),
)
async def nightly_rollup(ctx: inngest.Context) -> None:
    ctx.logger.info("rollup started")
''', a=a)


@ptpl("inngest", "event_key", "inngest_event", "q", "go", "INNGEST_EVENT_KEY", False)
def p_inngest_go(r):
    a = app(r)
    return pick(r, ["internal/jobs/inngest.go", "pkg/events/client.go"]), F('''package jobs

import (
	"context"

	"github.com/inngest/inngestgo"
)

func NewClient() (inngestgo.Client, error) {
	return inngestgo.NewClient(inngestgo.ClientOpts{
		AppID:    "⟨a⟩",
		EventKey: inngestgo.StrPtr("@@S@@"),
	})
}

func PublishSignup(ctx context.Context, c inngestgo.Client, userID string) error {
	_, err := c.Send(ctx, inngestgo.Event{
		Name: "user/signed.up",
		Data: map[string]any{"user_id": userID},
	})
	return err
}
''', a=a)


@ptpl("inngest", "signing_key", "inngest_signing", "v", "md", "INNGEST_SIGNING_KEY", False)
def p_inngest_md_curl(r):
    return pick(r, ["docs/runbooks/inngest-replay.md", "docs/inngest.md"]), F('''# Replaying failed Inngest runs

List the latest runs for an event with the REST API (the signing key doubles as the API
bearer token):

```bash
curl -s https://api.inngest.com/v1/events/⟨eid⟩/runs \\
  -H "Authorization: Bearer @@S@@" | jq '.data[] | {run_id, status}'
```

Then cancel stuck runs from the dashboard (Functions → ⟨fn⟩ → Runs).
''', eid=ulid(r), fn=pick(r, ["sync-customer", "send-digest", "import-csv"]))


@ptpl("inngest", "signing_key", "inngest_signing", "q", "yaml", "INNGEST_SIGNING_KEY", True)
def p_inngest_configmap(r):
    a = app(r)
    return pick(r, ["k8s/configmap.yaml", "deploy/%s/configmap.yaml" % a]), F('''apiVersion: v1
kind: ConfigMap
metadata:
  name: ⟨a⟩-env
  namespace: ⟨a⟩
data:
  NODE_ENV: "production"
  PORT: "3000"
  INNGEST_BASE_URL: "https://api.inngest.com"
  INNGEST_SIGNING_KEY: "@@S@@"
  INNGEST_SERVE_PATH: "/api/inngest"
''', a=a)


# ---------------------------------------------------------------- Trigger.dev
@ptpl("trigger.dev", "api_key", "trigger_secret", "q", "ts", "TRIGGER_SECRET_KEY", False)
def p_trigger_ts_configure(r):
    return pick(r, ["src/lib/trigger.ts", "server/trigger-client.ts"]), F('''import { configure, tasks } from "@trigger.dev/sdk/v3";
import type { generateInvoice } from "../trigger/invoices";

configure({
  accessToken: "@@S@@",
});

export async function queueInvoice(customerId: string, period: string) {
  const handle = await tasks.trigger<typeof generateInvoice>("generate-invoice", {
    customerId,
    period,
  });
  return handle.id;
}
''')


@ptpl("trigger.dev", "access_token", "trigger_pat", "v", "yaml", "TRIGGER_ACCESS_TOKEN", True)
def p_trigger_gha(r):
    return pick(r, [".github/workflows/trigger-deploy.yml", ".github/workflows/release-tasks.yml"]), F('''name: Deploy Trigger.dev tasks

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: "20.x"
      - run: npm ci
      - name: Deploy
        env:
          TRIGGER_ACCESS_TOKEN: @@S@@
        run: npx trigger.dev@latest deploy --env prod
''')


@ptpl("trigger.dev", "api_key", "trigger_secret", "v", "docker", "TRIGGER_SECRET_KEY", True)
def p_trigger_dockerfile(r):
    return pick(r, ["apps/api/Dockerfile", "Dockerfile.api"]), F('''FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:20-alpine
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY dist ./dist
ENV NODE_ENV=production
ENV TRIGGER_API_URL=https://api.trigger.dev
ENV TRIGGER_SECRET_KEY=@@S@@
EXPOSE 8080
CMD ["node", "dist/server.js"]
''')


@ptpl("trigger.dev", "api_key", "trigger_secret", "q", "py", "TRIGGER_SECRET_KEY", False)
def p_trigger_py(r):
    return pick(r, ["scripts/trigger_task.py", "backend/jobs/trigger_client.py"]), F('''import requests

BASE = "https://api.trigger.dev/api/v1"
SESSION = requests.Session()
SESSION.headers.update({"Authorization": "Bearer @@S@@"})


def trigger(task_id: str, payload: dict, idempotency_key: str | None = None) -> str:
    body = {"payload": payload}
    if idempotency_key:
        body["options"] = {"idempotencyKey": idempotency_key}
    resp = SESSION.post(f"{BASE}/tasks/{task_id}/trigger", json=body, timeout=15)
    resp.raise_for_status()
    return resp.json()["id"]
''')


@ptpl("trigger.dev", "api_key", "trigger_secret", "v", "md", "TRIGGER_SECRET_KEY", True)
def p_trigger_readme(r):
    ref = "proj_" + rs(r, 20, string.ascii_lowercase)
    return pick(r, ["README.md", "docs/background-jobs.md"]), F('''## Background jobs

Long-running work (PDF rendering, CSV imports) runs as Trigger.dev tasks in `src/trigger`.
The project ref is `⟨ref⟩` (see `trigger.config.ts`).

Local development:

```bash
export TRIGGER_SECRET_KEY=@@S@@
npx trigger.dev@latest dev
```

The dashboard shows runs under *Runs*; failed runs are retried three times.
''', ref=ref)


# ---------------------------------------------------------------- Hatchet
@ptpl("hatchet", "api_token", "hatchet", "v", "yaml", "HATCHET_CLIENT_TOKEN", True)
def p_hatchet_k8s(r):
    a = app(r)
    return pick(r, ["k8s/hatchet-worker-secret.yaml", "deploy/hatchet/secret.yaml"]), F('''apiVersion: v1
kind: Secret
metadata:
  name: ⟨a⟩-hatchet
  namespace: workers
type: Opaque
stringData:
  HATCHET_CLIENT_TOKEN: @@S@@
  HATCHET_CLIENT_NAMESPACE: ⟨m⟩
''', a=a, m=snake(a))


@ptpl("hatchet", "api_token", "hatchet", "q", "py", "HATCHET_CLIENT_TOKEN", False)
def p_hatchet_py(r):
    a = app(r)
    return pick(r, ["worker.py", "%s/hatchet_worker.py" % snake(a)]), F('''from hatchet_sdk import ClientConfig, Context, Hatchet
from pydantic import BaseModel

hatchet = Hatchet(
    debug=False,
    config=ClientConfig(
        token="@@S@@",
        namespace="⟨m⟩",
    ),
)


class ResizeInput(BaseModel):
    image_url: str
    width: int


@hatchet.task(name="resize-image", input_validator=ResizeInput, retries=3)
def resize_image(input: ResizeInput, ctx: Context) -> dict:
    ctx.log(f"resizing {input.image_url} to {input.width}px")
    return {"status": "ok"}


def main() -> None:
    worker = hatchet.worker("⟨a⟩-worker", slots=⟨slots⟩, workflows=[resize_image])
    worker.start()


if __name__ == "__main__":
    main()
''', a=a, m=snake(a), slots=pick(r, [5, 10, 20]))


@ptpl("hatchet", "api_token", "hatchet", "q", "ts", "HATCHET_CLIENT_TOKEN", False)
def p_hatchet_ts(r):
    return pick(r, ["src/hatchet-client.ts", "src/workers/hatchet.ts"]), F('''import { HatchetClient } from "@hatchet-dev/typescript-sdk/v1";

export const hatchet = HatchetClient.init({
  token: "@@S@@",
  log_level: "INFO",
});

export const sendWelcome = hatchet.task({
  name: "send-welcome-email",
  retries: 2,
  fn: async (input: { userId: string }) => {
    return { queued: input.userId };
  },
});
''')


@ptpl("hatchet", "api_token", "hatchet", "v", "yaml", "HATCHET_CLIENT_TOKEN", True)
def p_hatchet_compose(r):
    a = app(r)
    return pick(r, ["docker-compose.worker.yml", "deploy/compose/hatchet-worker.yml"]), F('''services:
  worker:
    build:
      context: .
      dockerfile: Dockerfile.worker
    environment:
      - HATCHET_CLIENT_TOKEN=@@S@@
      - HATCHET_CLIENT_TLS_STRATEGY=tls
      - LOG_LEVEL=info
      - WORKER_SLOTS=⟨slots⟩
    restart: always
    deploy:
      replicas: ⟨rep⟩
''', slots=pick(r, [10, 25, 50]), rep=pick(r, [1, 2, 4]))


# ---------------------------------------------------------------- Windmill
@ptpl("windmill", "api_token", "windmill", "v", "sh", "WM_TOKEN", False)
def p_windmill_cli(r):
    o = org(r)
    ws = pick(r, ["ops", "data", "prod", "automation"])
    return pick(r, ["scripts/sync_windmill.sh", "bin/wmill-push.sh"]), F('''#!/usr/bin/env bash
# Push the scripts and flows under ./windmill to the ⟨ws⟩ workspace.
set -euo pipefail
cd "$(dirname "$0")/../windmill"

wmill workspace add ⟨ws⟩ ⟨ws⟩ https://windmill.⟨o⟩.io/ --token @@S@@
wmill workspace switch ⟨ws⟩
wmill sync push --yes --skip-variables --skip-secrets
''', o=o, ws=ws)


@ptpl("windmill", "webhook_token", "windmill", "url", "py", "WM_TOKEN", False)
def p_windmill_webhook_py(r):
    o = org(r)
    ws = pick(r, ["ops", "data", "prod"])
    flow = pick(r, ["rotate_logs", "refresh_dashboards", "reconcile_payouts", "sync_leads"])
    return pick(r, ["integrations/windmill_trigger.py", "app/hooks/windmill.py"]), F('''"""Fire the Windmill ⟨flow⟩ flow when an upload finishes."""
import requests

WEBHOOK = (
    "https://windmill.⟨o⟩.io/api/w/⟨ws⟩/jobs/run/f/f/⟨ws⟩/⟨flow⟩"
    "?token=@@S@@"
)


def on_upload_finished(bucket: str, key: str) -> str:
    resp = requests.post(WEBHOOK, json={"bucket": bucket, "key": key}, timeout=10)
    resp.raise_for_status()
    return resp.text  # job uuid
''', o=o, ws=ws, flow=flow)


@ptpl("windmill", "api_token", "windmill", "v", "yaml", "WMILL_TOKEN", True)
def p_windmill_gha(r):
    o = org(r)
    return pick(r, [".github/workflows/windmill-sync.yml", ".github/workflows/push-windmill.yaml"]), F('''name: Sync Windmill workspace

on:
  push:
    branches: [main]
    paths: ["windmill/**"]

env:
  WMILL_URL: https://windmill.⟨o⟩.io/
  WMILL_WORKSPACE: ops
  WMILL_TOKEN: @@S@@

jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: oven-sh/setup-bun@v2
      - run: npm install -g windmill-cli
      - run: wmill sync push --yes --base-url "$WMILL_URL" --workspace "$WMILL_WORKSPACE" --token "$WMILL_TOKEN"
''', o=o)


# ---------------------------------------------------------------- Kestra
@ptpl("kestra", "password", "password", "v", "yaml", "KESTRA_BASIC_AUTH_PASSWORD", False)
def p_kestra_application(r):
    o = org(r)
    return pick(r, ["kestra/application.yaml", "config/kestra.yml"]), F('''datasources:
  postgres:
    url: jdbc:postgresql://postgres:5432/kestra
    driverClassName: org.postgresql.Driver
    username: kestra
    password: ${KESTRA_DB_PASSWORD}

kestra:
  server:
    basic-auth:
      username: admin@⟨o⟩.com
      password: @@S@@
  repository:
    type: postgres
  queue:
    type: postgres
  storage:
    type: local
    local:
      base-path: /app/storage
  url: https://kestra.⟨o⟩.internal/
''', o=o)


@ptpl("kestra", "password", "password", "v", "yaml", "KESTRA_BASIC_AUTH_PASSWORD", False)
def p_kestra_compose(r):
    o = org(r)
    return pick(r, ["docker-compose.yml", "kestra/docker-compose.yml"]), F('''services:
  kestra:
    image: kestra/kestra:v⟨ver⟩
    command: server standalone
    user: "root"
    ports:
      - "8080:8080"
    environment:
      KESTRA_CONFIGURATION: |
        datasources:
          postgres:
            url: jdbc:postgresql://postgres:5432/kestra
            username: kestra
            password: ${POSTGRES_PASSWORD}
        kestra:
          server:
            basic-auth:
              username: ops@⟨o⟩.com
              password: @@S@@
          repository:
            type: postgres
          queue:
            type: postgres
    depends_on:
      - postgres
''', o=o, ver="0.%d.%d" % (r.randint(15, 24), r.randint(0, 9)))


@ptpl("kestra", "api_key", "kestra_b64", "v", "env", "SECRET_GITHUB_TOKEN", True)
def p_kestra_env_encoded(r):
    name = pick(r, ["GITHUB_TOKEN", "SLACK_BOT_TOKEN", "DB_PASSWORD", "STRIPE_KEY"])
    return pick(r, [".env_encoded", "kestra/.env_encoded"]), F('''# generated by scripts/encode-secrets.sh -- values are base64 as Kestra expects
SECRET_⟨name⟩=@@S@@
KESTRA_ENV=production
KESTRA_URL=https://kestra.⟨o⟩.internal
''', name=name, o=org(r))


@ptpl("kestra", "password", "password", "v", "sh", "KESTRA_PASSWORD", False)
def p_kestra_curl(r):
    o = org(r)
    return pick(r, ["scripts/kestra_deploy_flows.sh", "ci/deploy-flows.sh"]), F('''#!/bin/sh
# Deploy every flow in ./flows to the ⟨ns⟩ namespace.
set -eu
KESTRA=https://kestra.⟨o⟩.internal
for f in flows/*.yml; do
  echo "deploying $f"
  curl -sSf -u admin@⟨o⟩.com:@@S@@ \\
    -X POST "$KESTRA/api/v1/flows/import" \\
    -F fileUpload=@"$f" > /dev/null
done
''', o=o, ns="%s.%s" % (o, pick(r, ["etl", "ops", "data"])))


# ---------------------------------------------------------------- Argo Workflows
@ptpl("argo", "access_key_secret", "aws_secret", "v", "yaml", "AWS_SECRET_ACCESS_KEY", False)
def p_argo_artifact_secret(r):
    return pick(r, ["argo/artifact-credentials.yaml", "manifests/argo/s3-artifact-secret.yaml"]), F('''apiVersion: v1
kind: Secret
metadata:
  name: argo-artifacts-s3
  namespace: argo
type: Opaque
stringData:
  accesskey: ⟨kid⟩
  secretkey: @@S@@
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: artifact-repositories
  namespace: argo
  annotations:
    workflows.argoproj.io/default-artifact-repository: default-v1
data:
  default-v1: |
    s3:
      bucket: ⟨o⟩-argo-artifacts
      endpoint: s3.amazonaws.com
      region: ⟨reg⟩
      keyFormat: "{{workflow.creationTimestamp.Y}}/{{workflow.name}}/{{pod.name}}"
      accessKeySecret:
        name: argo-artifacts-s3
        key: accesskey
      secretKeySecret:
        name: argo-artifacts-s3
        key: secretkey
''', kid=g_aws_key_id(r), o=org(r), reg=pick(r, AWS_REGIONS))


@ptpl("argo", "access_key_secret", "aws_secret", "v", "yaml", "AWS_SECRET_ACCESS_KEY", True)
def p_argo_workflow_env(r):
    a = app(r)
    return pick(r, ["workflows/%s-nightly.yaml" % a, "argo/cron/%s.yaml" % a]), F('''apiVersion: argoproj.io/v1alpha1
kind: CronWorkflow
metadata:
  name: ⟨a⟩-nightly
  namespace: argo
spec:
  schedule: "⟨cron⟩"
  timezone: "Europe/Berlin"
  concurrencyPolicy: Forbid
  workflowSpec:
    entrypoint: export
    templates:
      - name: export
        container:
          image: ghcr.io/⟨o⟩/⟨a⟩-export:⟨ver⟩
          command: [python, -m, export, --bucket, ⟨o⟩-exports]
          env:
            - name: AWS_REGION
              value: ⟨reg⟩
            - name: AWS_ACCESS_KEY_ID
              value: ⟨kid⟩
            - name: AWS_SECRET_ACCESS_KEY
              value: @@S@@
''', a=a, o=org(r), cron=pick(r, ["0 2 * * *", "30 1 * * 1-5", "15 */6 * * *"]),
        ver="v%d.%d" % (r.randint(1, 4), r.randint(0, 30)), reg=pick(r, AWS_REGIONS), kid=g_aws_key_id(r))


@ptpl("argo", "bearer_token", "k8s_jwt", "v", "sh", "ARGO_TOKEN", True)
def p_argo_token_sh(r):
    o = org(r)
    return pick(r, ["scripts/argo_submit.sh", "ci/submit-workflow.sh"]), F('''#!/usr/bin/env bash
set -euo pipefail

export ARGO_SERVER=argo.⟨o⟩.internal:443
export ARGO_HTTP1=true
export ARGO_SECURE=true
export ARGO_NAMESPACE=argo
export ARGO_TOKEN="Bearer @@S@@"

argo submit --from workflowtemplate/⟨t⟩ -p date="$(date +%F)" --watch
''', o=o, t=pick(r, ["daily-etl", "model-train", "backup-db"]))


@ptpl("argo", "bearer_token", "k8s_jwt", "q", "py", "ARGO_TOKEN", False)
def p_argo_py(r):
    o = org(r)
    return pick(r, ["tools/argo_client.py", "pipelines/submit.py"]), F('''import requests

ARGO = "https://argo.⟨o⟩.internal/api/v1"
SESSION = requests.Session()
SESSION.headers["Authorization"] = "Bearer @@S@@"


def submit(template: str, params: dict[str, str]) -> str:
    body = {
        "resourceKind": "WorkflowTemplate",
        "resourceName": template,
        "submitOptions": {"parameters": [f"{k}={v}" for k, v in params.items()]},
    }
    resp = SESSION.post(f"{ARGO}/workflows/argo/submit", json=body, timeout=30)
    resp.raise_for_status()
    return resp.json()["metadata"]["name"]
''', o=o)


@ptpl("argo", "password", "password", "q", "yaml", "MINIO_ROOT_PASSWORD", False)
def p_argo_minio_values(r):
    return pick(r, ["argo-workflows/values.yaml", "platform/argo/values-minio.yaml"]), F('''minio:
  enabled: true
  mode: standalone
  rootUser: argo-admin
  rootPassword: "@@S@@"
  buckets:
    - name: argo-artifacts
      policy: none
  persistence:
    size: 50Gi

workflow-controller:
  workflowDefaults:
    spec:
      ttlStrategy:
        secondsAfterCompletion: 86400
''')


# ---------------------------------------------------------------- Orkes Conductor
@ptpl("orkes", "key_secret", "orkes_secret", "q", "py", "CONDUCTOR_AUTH_SECRET", False)
def p_orkes_py(r):
    o = org(r)
    return pick(r, ["workers/conductor_config.py", "app/conductor.py"]), F('''from conductor.client.configuration.configuration import Configuration
from conductor.client.configuration.settings.authentication_settings import AuthenticationSettings
from conductor.client.automator.task_handler import TaskHandler

from workers.tasks import fetch_invoice, notify_customer

configuration = Configuration(
    server_api_url="https://⟨o⟩.orkesconductor.io/api",
    debug=False,
    authentication_settings=AuthenticationSettings(
        key_id="⟨kid⟩",
        key_secret="@@S@@",
    ),
)

if __name__ == "__main__":
    handler = TaskHandler(workers=[fetch_invoice, notify_customer], configuration=configuration)
    handler.start_processes()
    handler.join_processes()
''', o=o, kid=ruuid(r))


@ptpl("orkes", "key_secret", "orkes_secret", "v", "properties", "CONDUCTOR_AUTH_SECRET", False)
def p_orkes_properties(r):
    o = org(r)
    return "src/main/resources/application.properties", F('''spring.application.name=⟨a⟩-workers
server.port=8081

conductor.server.url=https://⟨o⟩.orkesconductor.io/api
conductor.security.client.key-id=⟨kid⟩
conductor.security.client.secret=@@S@@
conductor.worker.all.polling-interval=250
conductor.worker.all.thread-count=⟨tc⟩

management.endpoints.web.exposure.include=health,info,prometheus
''', a=app(r), o=o, kid=ruuid(r), tc=pick(r, [4, 8, 16]))


@ptpl("orkes", "key_secret", "orkes_secret", "v", "sh", "CONDUCTOR_AUTH_SECRET", True)
def p_orkes_sh(r):
    o = org(r)
    return pick(r, ["scripts/conductor-env.sh", "bin/run-workers.sh"]), F('''#!/usr/bin/env bash
export CONDUCTOR_SERVER_URL=https://⟨o⟩.orkesconductor.io/api
export CONDUCTOR_AUTH_KEY=⟨kid⟩
export CONDUCTOR_AUTH_SECRET=@@S@@

exec go run ./cmd/worker --threads 8
''', o=o, kid=ruuid(r))


@ptpl("orkes", "key_secret", "orkes_secret", "q", "ts", "CONDUCTOR_AUTH_SECRET", False)
def p_orkes_ts(r):
    o = org(r)
    return pick(r, ["src/conductor/client.ts", "workers/src/conductor.ts"]), F('''import { orkesConductorClient, TaskManager } from "@io-orkes/conductor-javascript";
import { workers } from "./workers";

const config = {
  keyId: "⟨kid⟩",
  keySecret: "@@S@@",
  serverUrl: "https://⟨o⟩.orkesconductor.io/api",
  refreshTokenInterval: 30 * 60 * 1000,
};

export async function startWorkers() {
  const client = await orkesConductorClient(config);
  const manager = new TaskManager(client, workers, { options: { pollInterval: 200, concurrency: 4 } });
  manager.startPolling();
  return manager;
}
''', o=o, kid=ruuid(r))


# ---------------------------------------------------------------- Celery / RQ brokers
def redis_host(r):
    return pick(r, ["redis-%d.c%d.%s-1.ec2.cloud.redislabs.com:%d" % (r.randint(10000, 19999), r.randint(1, 300), pick(r, AWS_REGIONS), r.randint(10000, 19999)),
                    "%s-redis.%s.cache.amazonaws.com:6379" % (app(r), pick(r, AWS_REGIONS)),
                    "redis.internal:6379", "10.0.%d.%d:6379" % (r.randint(0, 20), r.randint(2, 250))])


def amqp_host(r):
    return pick(r, ["%s.rmq.cloudamqp.com" % pick(r, ["cow", "sparrow", "hippo", "goose", "rattlesnake"]),
                    "b-%s.mq.%s.amazonaws.com:5671" % (ruuid(r), pick(r, AWS_REGIONS)),
                    "rabbitmq.internal:5672"])


@ptpl("celery", "broker_password", "url_password", "url", "py", "CELERY_BROKER_URL", True)
def p_celery_django(r):
    a = app(r)
    user = rs(r, 8, string.ascii_lowercase)
    return pick(r, ["config/settings/production.py", "%s/settings/prod.py" % snake(a)]), F('''from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = [".⟨o⟩.com"]

CELERY_BROKER_URL = "amqps://⟨u⟩:@@S@@@⟨h⟩/⟨u⟩"
CELERY_RESULT_BACKEND = "django-db"
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_ROUTES = {
    "⟨m⟩.tasks.send_*": {"queue": "mailers"},
    "⟨m⟩.tasks.export_*": {"queue": "exports"},
}
''', a=a, m=snake(a), o=org(r), u=user, h=amqp_host(r).split(":")[0])


@ptpl("celery", "broker_password", "url_password", "url", "py", "CELERY_BROKER_URL", False)
def p_celeryconfig(r):
    return pick(r, ["celeryconfig.py", "worker/celeryconfig.py"]), F('''# Celery configuration module (loaded with app.config_from_object("celeryconfig")).
broker_url = "rediss://default:@@S@@@⟨h⟩/0?ssl_cert_reqs=required"
result_backend = "rpc://"

task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
enable_utc = True

beat_schedule = {
    "purge-expired-sessions": {"task": "tasks.purge_sessions", "schedule": 3600.0},
}
''', h=redis_host(r))


@ptpl("celery", "broker_password", "url_password", "url", "procfile", "CELERY_BROKER_URL", False)
def p_celery_procfile(r):
    a = app(r)
    return "Procfile", F('''web: gunicorn ⟨m⟩.wsgi --log-file -
worker: celery -A ⟨m⟩ worker -Q default,mailers --concurrency=4 --broker=amqp://⟨u⟩:@@S@@@⟨h⟩/⟨u⟩
beat: celery -A ⟨m⟩ beat --loglevel=info
release: python manage.py migrate --noinput
''', m=snake(a), u=rs(r, 8, string.ascii_lowercase), h=amqp_host(r).split(":")[0])


@ptpl("rq", "broker_password", "url_password", "q", "py", "REDIS_PASSWORD", False)
def p_rq_worker(r):
    host = redis_host(r)
    h, port = host.rsplit(":", 1)
    return pick(r, ["jobs/worker.py", "app/rq_worker.py"]), F('''from redis import Redis
from rq import Queue, Worker

redis_conn = Redis(
    host="⟨h⟩",
    port=⟨port⟩,
    password="@@S@@",
    ssl=⟨ssl⟩,
    socket_timeout=5,
)

QUEUES = [Queue(name, connection=redis_conn) for name in ("high", "default", "low")]

if __name__ == "__main__":
    Worker(QUEUES, connection=redis_conn).work(with_scheduler=True)
''', h=h, port=port, ssl=pick(r, ["True", "False"]))


@ptpl("celery", "broker_password", "url_password", "url", "ini", "CELERY_BROKER_URL", True)
def p_celery_supervisor(r):
    a = app(r)
    return pick(r, ["deploy/supervisor/celery.conf", "etc/supervisor/conf.d/%s-worker.conf" % a]), F('''[program:⟨a⟩-celery]
command=/srv/⟨a⟩/venv/bin/celery -A ⟨m⟩ worker --loglevel=INFO -Q default
directory=/srv/⟨a⟩/current
user=www-data
numprocs=1
autostart=true
autorestart=true
stopwaitsecs=600
stdout_logfile=/var/log/⟨a⟩/celery.log
redirect_stderr=true
environment=DJANGO_SETTINGS_MODULE="⟨m⟩.settings.production",CELERY_BROKER_URL="redis://default:@@S@@@⟨h⟩/1"
''', a=a, m=snake(a), h=redis_host(r))


@ptpl("celery", "broker_password", "url_password", "url", "log", "CELERY_BROKER_URL", False)
def p_celery_log(r):
    a = app(r)
    lines = []
    t = r.randint(0, 3000)
    def ts():
        return "2024-%02d-%02d %02d:%02d:%02d,%03d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
    head = ts()
    lines.append("[%s: INFO/MainProcess] Booting %s worker (pid %d)" % (head, a, r.randint(100, 9000)))
    lines.append("[%s: DEBUG/MainProcess] settings loaded from %s.settings.production" % (head, snake(a)))
    lines.append("[%s: DEBUG/MainProcess] env BROKER_URL=redis://:@@S@@@%s/0" % (head, redis_host(r)))
    lines.append("[%s: INFO/MainProcess] Connected to redis://:**@redis:6379/0" % head)
    lines.append("[%s: INFO/MainProcess] mingle: searching for neighbors" % head)
    for _ in range(r.randint(4, 9)):
        lines.append("[%s: INFO/MainProcess] Task %s.tasks.%s[%s] received" % (ts(), snake(a), pick(r, ["send_email", "export_csv", "sync_account", "rebuild_index"]), ruuid(r)))
        lines.append("[%s: INFO/ForkPoolWorker-%d] Task succeeded in %.3fs: None" % (ts(), r.randint(1, 8), r.random() * 4))
    return pick(r, ["logs/celery-worker.log", "var/log/celery/worker-1.log"]), "\n".join(lines) + "\n"


@ptpl("rq", "broker_password", "url_password", "url", "yaml", "RQ_DASHBOARD_REDIS_URL", True)
def p_rq_compose(r):
    return pick(r, ["docker-compose.rq.yml", "ops/rq-dashboard.yml"]), F('''services:
  rq-dashboard:
    image: eoranged/rq-dashboard:v0.⟨v⟩
    ports:
      - "9181:9181"
    environment:
      RQ_DASHBOARD_REDIS_URL: redis://:@@S@@@⟨h⟩/0
      RQ_DASHBOARD_USERNAME: ops
    restart: unless-stopped
''', v=r.randint(6, 8), h=redis_host(r))


# ---------------------------------------------------------------- Sidekiq Pro / Enterprise
@ptpl("sidekiq", "licence_credential", "sidekiq", "q", "yaml", "BUNDLE_GEMS__CONTRIBSYS__COM", True)
def p_sidekiq_bundle_config(r):
    return ".bundle/config", F('''---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_JOBS: "4"
BUNDLE_WITHOUT: "development:test"
BUNDLE_GEMS__CONTRIBSYS__COM: "@@S@@"
''')


@ptpl("sidekiq", "licence_credential", "sidekiq", "url", "rb", "BUNDLE_GEMS__CONTRIBSYS__COM", False)
def p_sidekiq_gemfile(r):
    return "Gemfile", F('''source "https://rubygems.org"

ruby "3.⟨rv⟩"

gem "rails", "~> 7.⟨rails⟩"
gem "pg", "~> 1.5"
gem "puma", ">= 6.0"
gem "redis", "~> 5.0"
gem "sidekiq", "~> 7.2"

source "https://@@S@@@gems.contribsys.com/" do
  gem "sidekiq-pro"
  gem "sidekiq-ent"
end

group :development, :test do
  gem "rspec-rails"
end
''', rv=pick(r, ["2.2", "3.0", "3.4"]), rails=pick(r, [0, 1, 2]))


@ptpl("sidekiq", "licence_credential", "sidekiq", "v", "yaml", "BUNDLE_GEMS__CONTRIBSYS__COM", True)
def p_sidekiq_gha(r):
    return pick(r, [".github/workflows/ci.yml", ".github/workflows/test.yml"]), F('''name: CI

on: [push, pull_request]

jobs:
  rspec:
    runs-on: ubuntu-latest
    services:
      redis:
        image: redis:7
        ports: ["6379:6379"]
    env:
      RAILS_ENV: test
      BUNDLE_GEMS__CONTRIBSYS__COM: @@S@@
    steps:
      - uses: actions/checkout@v4
      - uses: ruby/setup-ruby@v1
        with:
          bundler-cache: true
      - run: bin/rails db:setup
      - run: bundle exec rspec
''')


@ptpl("sidekiq", "licence_credential", "sidekiq", "v", "docker", "BUNDLE_GEMS__CONTRIBSYS__COM", True)
def p_sidekiq_dockerfile(r):
    return pick(r, ["Dockerfile", "docker/app.Dockerfile"]), F('''FROM ruby:3.3-slim AS build
RUN apt-get update -qq && apt-get install -y --no-install-recommends build-essential libpq-dev git
WORKDIR /rails
ENV BUNDLE_GEMS__CONTRIBSYS__COM=@@S@@ \\
    BUNDLE_DEPLOYMENT=1 \\
    BUNDLE_WITHOUT=development:test
COPY Gemfile Gemfile.lock ./
RUN bundle install && rm -rf ~/.bundle/ "${BUNDLE_PATH}"/ruby/*/cache
COPY . .
RUN bundle exec bootsnap precompile app/ lib/
CMD ["bundle", "exec", "sidekiq", "-C", "config/sidekiq.yml"]
''')


# ---------------------------------------------------------------- Upstash QStash
@ptpl("qstash", "api_token", "qstash_token", "q", "ts", "QSTASH_TOKEN", False)
def p_qstash_ts_client(r):
    a = app(r)
    return pick(r, ["src/lib/qstash.ts", "lib/queue.ts"]), F('''import { Client } from "@upstash/qstash";

export const qstash = new Client({ token: "@@S@@" });

export async function enqueueDigest(userId: string) {
  return qstash.publishJSON({
    url: "https://⟨a⟩.⟨o⟩.app/api/jobs/digest",
    body: { userId },
    retries: 3,
    delay: "10s",
  });
}
''', a=a, o=org(r))


@ptpl("qstash", "signing_key", "qstash_sig", "q", "ts", "QSTASH_CURRENT_SIGNING_KEY", False)
def p_qstash_receiver(r):
    return pick(r, ["app/api/webhooks/qstash/route.ts", "src/pages/api/qstash.ts"]), F('''import { Receiver } from "@upstash/qstash";

const receiver = new Receiver({
  currentSigningKey: "@@S@@",
  nextSigningKey: process.env.QSTASH_NEXT_SIGNING_KEY!,
});

export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("Upstash-Signature") ?? "";
  const ok = await receiver.verify({ body, signature, url: "https://⟨o⟩.app/api/webhooks/qstash" });
  if (!ok) return new Response("invalid signature", { status: 401 });
  return new Response("ok");
}
''', o=org(r))


@ptpl("qstash", "api_token", "qstash_token", "q", "py", "QSTASH_TOKEN", False)
def p_qstash_py(r):
    a = app(r)
    return pick(r, ["tasks/schedule.py", "scripts/create_schedules.py"]), F('''from qstash import QStash

client = QStash("@@S@@")

SCHEDULES = [
    ("https://⟨a⟩.⟨o⟩.app/api/cron/cleanup", "0 * * * *"),
    ("https://⟨a⟩.⟨o⟩.app/api/cron/report", "30 6 * * 1"),
]

for url, cron in SCHEDULES:
    schedule_id = client.schedule.create(destination=url, cron=cron)
    print(cron, url, schedule_id)
''', a=a, o=org(r))


@ptpl("qstash", "api_token", "qstash_token", "v", "md", "QSTASH_TOKEN", False)
def p_qstash_md(r):
    a = app(r)
    return pick(r, ["docs/queue.md", "docs/runbooks/qstash-dlq.md"]), F('''# Draining the QStash dead-letter queue

```bash
curl -s https://qstash.upstash.io/v2/dlq \\
  -H "Authorization: Bearer @@S@@" | jq '.messages[] | {messageId, url, responseStatus}'
```

Re-publish one message after fixing the endpoint:

```bash
curl -X POST https://qstash.upstash.io/v2/publish/https://⟨a⟩.⟨o⟩.app/api/jobs/retry \\
  -H "Content-Type: application/json" -d '{"messageId": "msg_..."}'
```
''', a=a, o=org(r))


@ptpl("qstash", "signing_key", "qstash_sig", "q", "toml", "QSTASH_CURRENT_SIGNING_KEY", True)
def p_qstash_wrangler(r):
    a = app(r)
    return "wrangler.toml", F('''name = "⟨a⟩-worker"
main = "src/index.ts"
compatibility_date = "2024-0⟨m⟩-0⟨d⟩"

[vars]
ENVIRONMENT = "production"
QSTASH_CURRENT_SIGNING_KEY = "@@S@@"
APP_ORIGIN = "https://⟨a⟩.⟨o⟩.app"

[[kv_namespaces]]
binding = "CACHE"
id = "⟨kv⟩"
''', a=a, o=org(r), m=r.randint(1, 9), d=r.randint(1, 9), kv=rhex(r, 32))


# ---------------------------------------------------------------- Camunda 8 / Zeebe
def camunda_cluster(r):
    return ruuid(r), pick(r, CAMUNDA_REGIONS)


@ptpl("camunda", "client_secret", "camunda_secret", "v", "yaml", "ZEEBE_CLIENT_SECRET", False)
def p_camunda_spring(r):
    cid, reg = camunda_cluster(r)
    return "src/main/resources/application.yaml", F('''spring:
  application:
    name: ⟨a⟩-process-app

camunda:
  client:
    mode: saas
    cluster-id: ⟨cid⟩
    region: ⟨reg⟩
    auth:
      client-id: ⟨clid⟩
      client-secret: @@S@@
    zeebe:
      defaults:
        max-jobs-active: 32

logging:
  level:
    io.camunda: INFO
''', a=app(r), cid=cid, reg=reg, clid=g_camunda_id(r))


@ptpl("camunda", "client_secret", "camunda_secret", "q", "sh", "ZEEBE_CLIENT_SECRET", True)
def p_camunda_sh(r):
    cid, reg = camunda_cluster(r)
    return pick(r, ["scripts/camunda-credentials.sh", "ops/camunda/env.sh"]), F('''# Client credentials for the ⟨a⟩ cluster (Console → Clusters → API)
export ZEEBE_ADDRESS='⟨cid⟩.⟨reg⟩.zeebe.camunda.io:443'
export ZEEBE_CLIENT_ID='⟨clid⟩'
export ZEEBE_CLIENT_SECRET='@@S@@'
export ZEEBE_AUTHORIZATION_SERVER_URL='https://login.cloud.camunda.io/oauth/token'
export ZEEBE_TOKEN_AUDIENCE='zeebe.camunda.io'
export CAMUNDA_CLUSTER_ID='⟨cid⟩'
export CAMUNDA_CLUSTER_REGION='⟨reg⟩'
''', a=app(r), cid=cid, reg=reg, clid=g_camunda_id(r))


@ptpl("camunda", "client_secret", "camunda_secret", "q", "ts", "ZEEBE_CLIENT_SECRET", False)
def p_camunda_ts(r):
    cid, reg = camunda_cluster(r)
    return pick(r, ["src/zeebe.ts", "src/workers/zeebe-client.ts"]), F('''import { ZBClient } from "zeebe-node";

export const zbc = new ZBClient({
  camundaCloud: {
    clusterId: "⟨cid⟩",
    clusterRegion: "⟨reg⟩",
    clientId: "⟨clid⟩",
    clientSecret: "@@S@@",
  },
});

zbc.createWorker({
  taskType: "charge-card",
  taskHandler: async (job) => job.complete({ charged: true }),
});
''', cid=cid, reg=reg, clid=g_camunda_id(r))


@ptpl("camunda", "client_secret", "camunda_secret", "q", "go", "ZEEBE_CLIENT_SECRET", False)
def p_camunda_go(r):
    cid, reg = camunda_cluster(r)
    return pick(r, ["internal/zeebe/client.go", "cmd/zbworker/main.go"]), F('''package zeebe

import (
	"github.com/camunda-community-hub/zeebe-client-go/v8/pkg/zbc"
)

func MustClient() zbc.Client {
	creds, err := zbc.NewOAuthCredentialsProvider(&zbc.OAuthProviderConfig{
		ClientID:               "⟨clid⟩",
		ClientSecret:           "@@S@@",
		AuthorizationServerURL: "https://login.cloud.camunda.io/oauth/token",
		Audience:               "zeebe.camunda.io",
	})
	if err != nil {
		panic(err)
	}
	client, err := zbc.NewClient(&zbc.ClientConfig{
		GatewayAddress:      "⟨cid⟩.⟨reg⟩.zeebe.camunda.io:443",
		CredentialsProvider: creds,
	})
	if err != nil {
		panic(err)
	}
	return client
}
''', cid=cid, reg=reg, clid=g_camunda_id(r))


@ptpl("camunda", "client_secret", "camunda_secret", "q", "py", "ZEEBE_CLIENT_SECRET", False)
def p_camunda_py(r):
    cid, reg = camunda_cluster(r)
    return pick(r, ["workers/zeebe_worker.py", "app/bpmn/worker.py"]), F('''import asyncio

from pyzeebe import ZeebeWorker, create_camunda_cloud_channel

channel = create_camunda_cloud_channel(
    client_id="⟨clid⟩",
    client_secret="@@S@@",
    cluster_id="⟨cid⟩",
    region="⟨reg⟩",
)
worker = ZeebeWorker(channel)


@worker.task(task_type="send-invoice")
async def send_invoice(order_id: str) -> dict:
    return {"invoiceSent": True, "orderId": order_id}


if __name__ == "__main__":
    asyncio.run(worker.work())
''', cid=cid, reg=reg, clid=g_camunda_id(r))


# ---------------------------------------------------------------- Azure Durable Functions
def azure_conn(r, acct):
    return "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=@@S@@;EndpointSuffix=core.windows.net" % acct


def storage_acct(r):
    return "st%s%s" % (snake(app(r)).replace("_", "")[:10], rs(r, 4, string.ascii_lowercase + string.digits))


@ptpl("azure-durable", "connection_string_key", "azure_key", "conn", "json", "AzureWebJobsStorage", True)
def p_azure_local_settings(r):
    acct = storage_acct(r)
    return pick(r, ["local.settings.json", "OrderOrchestrator/local.settings.json"]), F('''{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "⟨conn⟩",
    "FUNCTIONS_WORKER_RUNTIME": "⟨rt⟩",
    "TaskHubName": "⟨hub⟩",
    "APPLICATIONINSIGHTS_CONNECTION_STRING": "InstrumentationKey=⟨ik⟩;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"
  },
  "Host": {
    "LocalHttpPort": 7071
  }
}
''', conn=azure_conn(r, acct), rt=pick(r, ["python", "node", "dotnet-isolated"]), hub=pascal(app(r)) + "Hub", ik=ruuid(r))


@ptpl("azure-durable", "connection_string_key", "azure_key", "conn", "tf", "AzureWebJobsStorage", True)
def p_azure_tf(r):
    acct = storage_acct(r)
    a = app(r)
    return pick(r, ["infra/functions.tf", "terraform/durable-functions.tf"]), F('''resource "azurerm_linux_function_app" "⟨m⟩" {
  name                = "func-⟨a⟩-prod"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  service_plan_id     = azurerm_service_plan.main.id

  storage_account_name = "⟨acct⟩"

  site_config {
    application_stack {
      python_version = "3.11"
    }
  }

  app_settings = {
    "FUNCTIONS_WORKER_RUNTIME" = "python"
    "AzureWebJobsStorage"      = "⟨conn⟩"
    "TaskHubName"              = "⟨hub⟩"
  }
}
''', m=snake(a), a=a, acct=acct, conn=azure_conn(r, acct), hub=pascal(a) + "Hub")


@ptpl("azure-durable", "connection_string_key", "azure_key", "conn", "sh", "AzureWebJobsStorage", True)
def p_azure_cli(r):
    acct = storage_acct(r)
    a = app(r)
    return pick(r, ["scripts/deploy-functions.sh", "deploy/azure/configure-app.sh"]), F('''#!/usr/bin/env bash
set -euo pipefail
RG=rg-⟨a⟩-prod
APP=func-⟨a⟩-prod

func azure functionapp publish "$APP" --python

az functionapp config appsettings set -g "$RG" -n "$APP" --settings \\
  "AzureWebJobsStorage=⟨conn⟩" \\
  "TaskHubName=⟨hub⟩" \\
  "WEBSITE_RUN_FROM_PACKAGE=1"
''', a=a, conn=azure_conn(r, acct), hub=pascal(a) + "Hub")


# ---------------------------------------------------------------- AWS Step Functions
@ptpl("aws-stepfunctions", "access_key_secret", "aws_secret", "v", "ini", "AWS_SECRET_ACCESS_KEY", True)
def p_sfn_credentials(r):
    return pick(r, ["deploy/aws/credentials", "ops/aws-credentials.ini"]), F('''[default]
region = ⟨reg⟩

[stepfunctions-deployer]
aws_access_key_id = ⟨kid⟩
aws_secret_access_key = @@S@@
region = ⟨reg⟩
output = json
''', reg=pick(r, AWS_REGIONS), kid=g_aws_key_id(r))


@ptpl("aws-stepfunctions", "access_key_secret", "aws_secret", "q", "py", "AWS_SECRET_ACCESS_KEY", False)
def p_sfn_boto3(r):
    acct = r.randint(100000000000, 999999999999)
    reg = pick(r, AWS_REGIONS)
    a = app(r)
    return pick(r, ["scripts/start_execution.py", "pipeline/sfn_client.py"]), F('''import json
import uuid

import boto3

sfn = boto3.client(
    "stepfunctions",
    region_name="⟨reg⟩",
    aws_access_key_id="⟨kid⟩",
    aws_secret_access_key="@@S@@",
)

STATE_MACHINE = "arn:aws:states:⟨reg⟩:⟨acct⟩:stateMachine:⟨a⟩-pipeline"


def start(payload: dict) -> str:
    resp = sfn.start_execution(
        stateMachineArn=STATE_MACHINE,
        name=f"run-{uuid.uuid4()}",
        input=json.dumps(payload),
    )
    return resp["executionArn"]
''', reg=reg, acct=acct, a=a, kid=g_aws_key_id(r))


@ptpl("aws-stepfunctions", "access_key_secret", "aws_secret", "v", "yaml", "AWS_SECRET_ACCESS_KEY", True)
def p_sfn_local_compose(r):
    return pick(r, ["docker-compose.sfn.yml", "local/stepfunctions-local.yml"]), F('''services:
  stepfunctions-local:
    image: amazon/aws-stepfunctions-local:⟨ver⟩
    ports:
      - "8083:8083"
    environment:
      AWS_DEFAULT_REGION: ⟨reg⟩
      AWS_ACCOUNT_ID: "⟨acct⟩"
      LAMBDA_ENDPOINT: https://lambda.⟨reg⟩.amazonaws.com
      AWS_ACCESS_KEY_ID: ⟨kid⟩
      AWS_SECRET_ACCESS_KEY: @@S@@
''', ver="1.%d.%d" % (r.randint(10, 14), r.randint(0, 5)), reg=pick(r, AWS_REGIONS),
        acct=r.randint(100000000000, 999999999999), kid=g_aws_key_id(r))


# ---------------------------------------------------------------- more conventional-name files
@ptpl("temporal", "api_key", "temporal_api_key", "v", "sh", "TEMPORAL_API_KEY", True)
def p_temporal_envrc(r):
    ns = tns(r)
    return ".envrc", F('''# direnv: loaded when you cd into the repo
use flake
export TEMPORAL_ADDRESS=⟨region⟩.api.temporal.io:7233
export TEMPORAL_NAMESPACE=⟨ns⟩
export TEMPORAL_API_KEY=@@S@@
export TEMPORAL_TASK_QUEUE=⟨a⟩
PATH_add bin
''', ns=ns, a=app(r), region=pick(r, TEMPORAL_REGIONS))


@ptpl("prefect", "api_key", "prefect_sa", "v", "yaml", "PREFECT_API_KEY", True)
def p_prefect_gitlab(r):
    return ".gitlab-ci.yml", F('''stages: [test, deploy]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  PREFECT_API_URL: ⟨url⟩
  PREFECT_API_KEY: @@S@@

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

deploy-flows:
  stage: deploy
  image: prefecthq/prefect:3-python3.12
  script:
    - prefect deploy --all
  only: [main]
''', url=prefect_url(r))


@ptpl("qstash", "api_token", "qstash_token", "v", "yaml", "QSTASH_TOKEN", True)
def p_qstash_appengine(r):
    return pick(r, ["app.yaml", "deploy/appengine/app.yaml"]), F('''runtime: nodejs20
instance_class: F2

env_variables:
  NODE_ENV: production
  QSTASH_URL: https://qstash.upstash.io
  QSTASH_TOKEN: @@S@@

automatic_scaling:
  max_instances: ⟨mi⟩
''', mi=pick(r, [3, 5, 10]))


@ptpl("inngest", "event_key", "inngest_event", "q", "toml", "INNGEST_EVENT_KEY", True)
def p_inngest_fly(r):
    a = app(r)
    return "fly.toml", F('''app = "⟨a⟩-web"
primary_region = "⟨reg⟩"

[build]
  dockerfile = "Dockerfile"

[env]
  PORT = "8080"
  INNGEST_EVENT_KEY = "@@S@@"
  INNGEST_SERVE_ORIGIN = "https://⟨a⟩-web.fly.dev"

[http_service]
  internal_port = 8080
  force_https = true
  min_machines_running = 1
''', a=a, reg=pick(r, ["ams", "fra", "iad", "ord", "syd"]))


@ptpl("camunda", "client_secret", "camunda_secret", "v", "yaml", "ZEEBE_CLIENT_SECRET", True)
def p_camunda_compose(r):
    cid, reg = camunda_cluster(r)
    return pick(r, ["docker-compose.workers.yml", "deploy/zeebe-workers.yml"]), F('''services:
  payment-worker:
    image: ghcr.io/⟨o⟩/payment-worker:⟨ver⟩
    environment:
      ZEEBE_ADDRESS: ⟨cid⟩.⟨reg⟩.zeebe.camunda.io:443
      ZEEBE_CLIENT_ID: ⟨clid⟩
      ZEEBE_CLIENT_SECRET: @@S@@
      ZEEBE_AUTHORIZATION_SERVER_URL: https://login.cloud.camunda.io/oauth/token
      ZEEBE_TOKEN_AUDIENCE: zeebe.camunda.io
    restart: unless-stopped
''', o=org(r), ver="1.%d.%d" % (r.randint(0, 9), r.randint(0, 9)), cid=cid, reg=reg, clid=g_camunda_id(r))


@ptpl("trigger.dev", "api_key", "trigger_secret", "q", "js", "TRIGGER_SECRET_KEY", True)
def p_trigger_pm2(r):
    a = app(r)
    return "ecosystem.config.js", F('''module.exports = {
  apps: [
    {
      name: "⟨a⟩-api",
      script: "dist/server.js",
      instances: ⟨n⟩,
      exec_mode: "cluster",
      env_production: {
        NODE_ENV: "production",
        PORT: 3000,
        TRIGGER_SECRET_KEY: "@@S@@",
        TRIGGER_API_URL: "https://api.trigger.dev",
      },
    },
  ],
};
''', a=a, n=pick(r, [2, 4, "\"max\""]))


# =========================================================================== NEGATIVE FILLERS
DOC_EXAMPLES = {
    "aws_secret": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "azure_key": ["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="],
    "qstash_token": ["eyJVc2VySUQiOiJkZWZhdWx0VXNlciIsIlBhc3N3b3JkIjoiZGVmYXVsdFBhc3N3b3JkIn0="],
    "qstash_sig": ["sig_7RvLjqfZBvP5KEUimQCE1pvpLuou", "sig_7W3ZNbfKWk5NWwEs3U4ixuQ7fxwE"],
    "password": ["Admin1234", "minioadmin"],
    "url_password": ["guest", "mypassword"],
    "trigger_secret": ["tr_dev_sk_1234"],
}

PREFIX_PLACEHOLDERS = {
    "temporal_api_key": ["eyJhbGciOiJFUzI1NiIs...", "<temporal-cloud-api-key>", "YOUR_TEMPORAL_API_KEY"],
    "prefect_user": ["pnu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "pnu_...", "<my-api-key>"],
    "prefect_sa": ["pnb_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "pnb_...", "<service-account-api-key>"],
    "dagster_agent": ["agent:<org>:<token>", "<YOUR_AGENT_TOKEN>", "agent:xxxxxxxx"],
    "dagster_user": ["user:xxxxxxxx", "user:<your-token>", "<USER_TOKEN>"],
    "inngest_signing": ["signkey-prod-<your-signing-key>", "signkey-prod-...", "signkey-test-xxxxxxxxxxxxxxxx"],
    "inngest_event": ["<your-event-key>", "xyz...", "test-event-key"],
    "trigger_secret": ["tr_dev_xxxxxxxxxxxxxxxxxxxx", "tr_prod_...", "tr_dev_your_key_here"],
    "trigger_pat": ["tr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "tr_pat_..."],
    "hatchet": ["eyJhbGciOi...", "<hatchet-client-token>", "your-hatchet-token"],
    "windmill": ["<windmill-token>", "<paste-token-here>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "password": ["<strong-password>", "changeme", "change-me-please"],
    "url_password": ["<password>", "password", "changeme", "PASSWORD"],
    "kestra_b64": ["base64_encoded_token", "Y2hhbmdlbWU=", "<base64-of-token>"],
    "aws_secret": ["<aws-secret-access-key>", "YOUR_SECRET_ACCESS_KEY", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "k8s_jwt": ["<service-account-token>", "eyJhbGciOiJSUzI1NiIs...", "<output of kubectl create token>"],
    "orkes_secret": ["<key-secret>", "XXXX", "your-api-secret"],
    "sidekiq": ["<username>:<password>", "xxxx:xxxx", "user:pass"],
    "qstash_token": ["<QSTASH_TOKEN>", "eyJVc2VySUQiOi...", "qstash_xxxxx"],
    "qstash_sig": ["sig_xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sig_...", "YOUR_CURRENT_SIGNING_KEY"],
    "camunda_secret": ["[Client Secret]", "<client-secret>", "YOUR_CLIENT_SECRET"],
    "azure_key": ["<storage-account-key>", "<account-key>", "xxxxxxxx"],
    "ec_key": [], "rsa_key": [],
}

GENERIC_PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "REPLACE_ME", "TODO",
                        "xxxxxxxxxxxxxxxxxxxxxxxx", "dummy", "placeholder", "<token>", "your-token-here"]
MASKED = ["****", "********", "[REDACTED]", "<redacted>", "***redacted***", "•••••••••"]


def public_values(r, gen):
    if gen == "trigger_secret":
        return ["pk_%s_%s" % (pick(r, ["dev", "prod"]), rs(r, 20))]
    return []


def env_refs(r, t, path, in_string):
    """(value, is_expression, kind) candidates that reference the secret instead of holding it."""
    var = t["var"]
    lang = t["lang"]
    m = re.search(r"(?m)^\s*(?:export\s+|ENV\s+|-\s+)?([A-Z][A-Z0-9_]*)\s*[=:]\s*[\"']?" + re.escape(SLOT), CURRENT_TEXT[0])
    self_ref = False
    if m:
        self_ref = True
        if m.group(1) != var and not m.group(1).startswith("SECRET_"):
            var = m.group(1)
    if t["slot"] == "url":
        j = CURRENT_TEXT[0].index(SLOT)
        ctx = CURRENT_TEXT[0][max(0, j - 60):j]
        var = ("SIDEKIQ_CREDENTIALS" if t["provider"] == "sidekiq" else
               "REDIS_PASSWORD" if "redis" in ctx else "RABBITMQ_PASSWORD" if "amqp" in ctx else "WINDMILL_TOKEN")
        self_ref = False
    elif t["slot"] == "conn":
        var = "STORAGE_ACCOUNT_KEY"
        self_ref = False
    lv = var.lower()
    out = []
    if in_string and lang in ("py", "ts", "js", "go", "java"):
        return out
    if self_ref and lang == "env":
        return out
    if self_ref and lang == "sh":
        return [("${%s:?%s must be set}" % (var, var), False, "env_reference"),
                ('$(vault kv get -field=%s secret/%s)' % (lv, t["provider"].replace(".", "-")), False, "secret_manager_reference"),
                ('$(op read "op://Engineering/%s/credential")' % t["provider"], False, "secret_manager_reference")]
    if not in_string:
        if lang == "py":
            out += [('os.environ["%s"]' % var, True, "env_reference"),
                    ('os.getenv("%s", "")' % var, True, "env_reference"),
                    ("settings.%s" % var, True, "env_reference")]
        elif lang in ("ts", "js"):
            out += [("process.env.%s!" % var, True, "env_reference"),
                    ('process.env.%s ?? ""' % var, True, "env_reference")]
        elif lang == "go":
            out += [('os.Getenv("%s")' % var, True, "env_reference")]
        elif lang == "java":
            out += [('System.getenv("%s")' % var, True, "env_reference")]
        elif lang == "tf":
            out += [("var.%s" % lv, True, "env_reference"),
                    ("data.aws_secretsmanager_secret_version.%s.secret_string" % lv, True, "secret_manager_reference")]
    if lang in ("yaml",):
        if path.startswith(".github/"):
            out += [("${{ secrets.%s }}" % var, False, "template_expression")]
        elif "helm" in path or "values" in path or "charts/" in path:
            camel = pascal(lv)[0].lower() + pascal(lv)[1:]
            out += [("{{ .Values.secrets.%s }}" % camel, False, "template_expression")]
        elif "kestra" in path or t["provider"] == "kestra":
            out += [("{{ secret('%s') }}" % var, False, "template_expression")]
        out += [("${%s}" % var, False, "env_reference"),
                ("ref+vault://secret/data/%s/%s#/%s" % (t["provider"].replace(".", "-"), pick(r, ["prod", "ci"]), lv), False, "secret_manager_reference")]
    elif lang in ("sh",):
        out += [("$%s" % var, False, "env_reference"), ("${%s}" % var, False, "env_reference"),
                ('$(vault kv get -field=%s secret/%s)' % (lv, t["provider"].replace(".", "-")), False, "secret_manager_reference"),
                ('$(op read "op://Engineering/%s/credential")' % t["provider"], False, "secret_manager_reference")]
    elif lang in ("env", "docker", "procfile", "ini", "properties", "toml", "log"):
        out += [("${%s}" % var, False, "env_reference")]
    elif lang == "md":
        out += [("$%s" % var, False, "env_reference")]
    elif lang == "rb":
        out += [('#{ENV["%s"]}' % var, False, "env_reference")]
    elif lang == "json":
        out += [("${%s}" % var, False, "env_reference")]
    elif lang in ("py", "ts", "js", "go", "java", "tf") and in_string:
        if lang == "tf":
            out += [("${var.%s}" % lv, False, "env_reference")]
        if lang in ("ts", "js"):
            pass
    if not out and not (in_string and lang in ("py", "ts", "js", "go", "java")):
        out.append(("${%s}" % var, False, "env_reference"))
    return out


CURRENT_TEXT = [""]


def choose_filler(r, t, path, text):
    """Pick a non-secret value for the slot. Returns (value, is_expression, kind)."""
    gen = t["gen"]
    i = text.index(SLOT)
    before = text[i - 1] if i > 0 else ""
    after = text[i + len(SLOT)] if i + len(SLOT) < len(text) else ""
    quoted = before in "\"'" and after == before
    in_string = not quoted or t["slot"] in ("url", "conn")
    cands = []
    # (weight, producer)
    ph = PREFIX_PLACEHOLDERS.get(gen, []) + GENERIC_PLACEHOLDERS
    if t["slot"] == "url":
        ph = PREFIX_PLACEHOLDERS.get(gen, []) or ["<password>"]
    cands.append((4, lambda: (pick(r, ph), False, "placeholder")))
    if t["slot"] not in ("url",):
        cands.append((1, lambda: ("", False, "empty")))
    cands.append((2, lambda: (pick(r, MASKED) if t["slot"] != "url" else pick(r, ["****", "**", "xxxxx"]), False, "masked")))
    CURRENT_TEXT[0] = text
    refs = env_refs(r, t, path, in_string)
    if refs:
        cands.append((4, lambda: pick(r, refs)))
    if DOC_EXAMPLES.get(gen) and (gen != "url_password" or "amqp" in text[max(0, i - 40):i]):
        cands.append((3, lambda: (pick(r, DOC_EXAMPLES[gen]), False, "documented_example")))
    pv = public_values(r, gen)
    if pv:
        cands.append((2, lambda: (pick(r, pv), False, "public_value")))
    total = sum(w for w, _ in cands)
    x = r.uniform(0, total)
    for w, prod in cands:
        x -= w
        if x <= 0:
            return prod()
    return cands[-1][1]()


def yaml_safe(v):
    if v == "":
        return '""'
    if v[0] in "*&!%@[{|>`'\"#" or ": " in v or v.startswith("- ") or v.endswith(":"):
        return '"' + v.replace('"', '\\"') + '"'
    return v


def cert_pem(r, indent=""):
    body = b64(bytes.fromhex("308203") + rbytes(r, r.randint(560, 700)))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def pem_filler(r, t):
    var = t["var"]
    c = r.randrange(6)
    if c == 0:
        return "-----BEGIN PRIVATE KEY-----\n<redacted: stored in Vault at secret/temporal/client-key>\n-----END PRIVATE KEY-----", "masked"
    if c == 1:
        return "${%s}" % var, "env_reference"
    if c == 2:
        return "<paste the PEM-encoded client key here>", "placeholder"
    if c == 3:
        return cert_pem(r), "public_value"
    if c == 4:
        return "{{ .Values.temporal.tls.clientKey }}" if t["lang"] == "yaml" else "# key is mounted from /etc/temporal/tls/client.key", "template_expression"
    return "", "empty"


def indent_multiline(text, value):
    """Insert a (possibly multi-line) value at SLOT, indenting continuation lines like SLOT."""
    i = text.index(SLOT)
    ls = text.rfind("\n", 0, i) + 1
    prefix = text[ls:i]
    ind = prefix if prefix.strip() == "" else ""
    value = value.replace("\n", "\n" + ind)
    return text[:i] + value + text[i + len(SLOT):]


def fill_negative(r, t, path, text):
    if t["slot"] == "pem":
        v, kind = pem_filler(r, t)
        return indent_multiline(text, v), kind
    if t["slot"] == "conn" and r.random() < 0.35:
        m = re.search(r"DefaultEndpointsProtocol=[^\"\s]*" + re.escape(SLOT) + r"[^\"\s]*", text)
        alt = pick(r, ["UseDevelopmentStorage=true",
                       "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/storage-connection/)" % snake(app(r)).replace("_", "-"),
                       "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;" % DOC_EXAMPLES["azure_key"][0]])
        kind = "documented_example" if "devstore" in alt or "Development" in alt else "secret_manager_reference"
        return text[:m.start()] + alt + text[m.end():], kind
    v, is_expr, kind = choose_filler(r, t, path, text)
    i = text.index(SLOT)
    if is_expr:
        q = text[i - 1]
        assert text[i + len(SLOT)] == q
        return text[:i - 1] + v + text[i + len(SLOT) + 1:], kind
    if t["slot"] == "v" and t["lang"] == "yaml":
        v = yaml_safe(v)
    if t["slot"] == "v" and t["lang"] in ("sh", "env", "docker") and v and not v.startswith("$("):
        line_prefix = text[text.rfind("\n", 0, i) + 1:i]
        inside = line_prefix.count('"') % 2 == 1 or line_prefix.count("'") % 2 == 1
        if not inside and any(c in v for c in " <>|&;()*?[]{}#"):
            v = '"%s"' % v
    if t["slot"] == "q":
        q = text[i - 1]
        if q in "\"'":
            v = v.replace(q, "'" if q == '"' else '"')
    return text[:i] + v + text[i + len(SLOT):], kind


# =========================================================================== LOOK-ALIKE NEGATIVES
def iso(r):
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                                   r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


def sha256hex(r):
    return hashlib.sha256(rbytes(r, 32)).hexdigest()


@ntpl("temporal", "workflow_history_ids")
def n_temporal_history(r):
    a = app(r)
    wid = "%s-%s" % (a, ruuid(r))
    rid = ruuid(r)
    payload = b64(json.dumps({"orderId": "ord_" + rs(r, 14), "amount": r.randint(100, 99999), "currency": "EUR"}).encode())
    events = [
        {"eventId": "1", "eventTime": iso(r), "eventType": "EVENT_TYPE_WORKFLOW_EXECUTION_STARTED",
         "workflowExecutionStartedEventAttributes": {
             "workflowType": {"name": pascal(a) + "Workflow"}, "taskQueue": {"name": a, "kind": "TASK_QUEUE_KIND_NORMAL"},
             "input": {"payloads": [{"metadata": {"encoding": "anNvbi9wbGFpbg=="}, "data": payload}]},
             "originalExecutionRunId": rid, "firstExecutionRunId": rid, "identity": "%d@worker-%s" % (r.randint(1, 99), rhex(r, 10)),
             "attempt": 1, "workflowId": wid}},
        {"eventId": "2", "eventTime": iso(r), "eventType": "EVENT_TYPE_WORKFLOW_TASK_SCHEDULED",
         "workflowTaskScheduledEventAttributes": {"taskQueue": {"name": a}, "startToCloseTimeout": "10s", "attempt": 1}},
        {"eventId": "3", "eventTime": iso(r), "eventType": "EVENT_TYPE_WORKFLOW_TASK_STARTED",
         "workflowTaskStartedEventAttributes": {"scheduledEventId": "2", "requestId": ruuid(r), "historySizeBytes": str(r.randint(400, 2000))}},
    ]
    return pick(r, ["exports/history-%s.json" % rid[:8], "testdata/replay/%s_history.json" % snake(a)]), json.dumps({"events": events}, indent=2) + "\n"


@ntpl("temporal", "task_tokens_in_log")
def n_temporal_worker_log(r):
    a = app(r)
    ns = tns(r)
    lines = []
    for _ in range(r.randint(5, 9)):
        wid = "%s-%s" % (a, rhex(r, 12))
        lines.append('%s INFO  temporal_sdk_core::worker::activities: Activity task received namespace=%s WorkflowID=%s RunID=%s ActivityType=%s TaskToken="%s"'
                     % (iso(r), ns, wid, ruuid(r), pick(r, ["ChargeCard", "ReserveStock", "SendReceipt"]),
                        b64(b"\n$" + ruuid(r).encode() + b"\x1a" + wid.encode() + b"\"$" + rbytes(r, 30))))
        lines.append("%s DEBUG temporal_sdk_core::worker: Completed activity Attempt=1 Elapsed=%dms" % (iso(r), r.randint(3, 900)))
    return pick(r, ["logs/temporal-worker.log", "var/log/%s/worker.log" % a]), "\n".join(lines) + "\n"


@ntpl("temporal", "namespace_with_account_id")
def n_temporal_config(r):
    ns = tns(r)
    return pick(r, ["config/temporal.yaml", "config/worker.yml"]), F('''temporal:
  # mTLS: cert and key are mounted by the CSI driver, nothing secret in this file
  address: ⟨ns⟩.tmprl.cloud:7233
  namespace: ⟨ns⟩
  task_queue: ⟨a⟩
  tls:
    client_cert_path: /etc/temporal/tls/tls.crt
    client_key_path: /etc/temporal/tls/tls.key
    server_name: ⟨ns⟩.tmprl.cloud
  worker:
    max_concurrent_activities: ⟨n⟩
    max_concurrent_workflow_tasks: ⟨n2⟩
  schedules:
    - id: ⟨a⟩-nightly
      cron: "⟨cron⟩"
      workflow: ⟨W⟩Nightly
''', ns=ns, a=app(r), W=pascal(app(r)), n=pick(r, [20, 50, 100]), n2=pick(r, [10, 20]),
        cron=pick(r, ["0 3 * * *", "*/15 * * * *", "0 0 1 * *"]))


@ntpl("temporal", "public_ca_certificate")
def n_ca_pem(r):
    return pick(r, ["certs/ca.pem", "deploy/temporal/ca-chain.pem", "tls/client.crt"]), cert_pem(r) + "\n"


@ntpl("temporal", "accepted_client_ca_base64")
def n_temporal_tf_ca(r):
    a = app(r)
    ca = b64((cert_pem(r) + "\n").encode())
    return pick(r, ["infra/temporal/namespaces.tf", "terraform/namespace.tf"]), F('''resource "temporalcloud_namespace" "⟨m⟩" {
  name               = "⟨a⟩-prod"
  regions            = ["aws-⟨reg⟩"]
  accepted_client_ca = "⟨ca⟩"
  retention_days     = 30

  certificate_filters = [
    {
      common_name = "⟨a⟩-worker"
    }
  ]
}
''', m=snake(a), a=a, reg=pick(r, AWS_REGIONS), ca=ca)


@ntpl("temporal", "api_key_listing_without_tokens")
def n_tcld_list(r):
    rows = []
    for _ in range(r.randint(3, 6)):
        rows.append("| %s | %s | %s | %s |" % (rs(r, 32, LOWER_ALNUM), pick(r, ["ci-deployer", "worker-prod", "worker-staging", "alice@", "bob@"]),
                                              pick(r, ["service-account", "user"]), iso(r)[:10]))
    return pick(r, ["docs/temporal-api-keys.md", "docs/security/key-inventory.md"]), F('''# Temporal Cloud API key inventory

Output of `tcld apikey list` (ids only; the key secrets are shown once at creation and live
in Vault under `secret/temporal/<owner>`).

| Key ID | Owner | Owner type | Expires |
|---|---|---|---|
⟨rows⟩

Rotate keys 30 days before expiry; Temporal e-mails the owners 30, 20 and 10 days ahead.
''', rows="\n".join(rows))


@ntpl("prefect", "deployment_schedules")
def n_prefect_yaml(r):
    a = app(r)
    return "prefect.yaml", F('''name: ⟨a⟩-flows
prefect-version: 3.⟨v⟩.0

build: null
push: null

pull:
  - prefect.deployments.steps.git_clone:
      repository: https://github.com/⟨o⟩/⟨a⟩-flows.git
      branch: main

deployments:
  - name: nightly-⟨a⟩
    entrypoint: flows/⟨m⟩.py:⟨m⟩_flow
    work_pool:
      name: ⟨a⟩-pool
      job_variables:
        image: ghcr.io/⟨o⟩/⟨a⟩-flows@sha256:⟨dig⟩
    schedules:
      - cron: "⟨cron⟩"
        timezone: "Europe/Paris"
    parameters:
      lookback_days: ⟨lb⟩
    tags: [⟨a⟩, nightly]
''', a=a, m=snake(a), o=org(r), v=r.randint(0, 4), dig=sha256hex(r), cron=pick(r, ["0 4 * * *", "30 2 * * 1-5"]), lb=pick(r, [1, 3, 7]))


@ntpl("prefect", "flow_run_ids_csv")
def n_prefect_csv(r):
    rows = ["flow_run_id,deployment_id,state,start_time,duration_s"]
    dep = ruuid(r)
    for _ in range(r.randint(8, 15)):
        rows.append("%s,%s,%s,%s,%d" % (ruuid(r), dep, pick(r, ["COMPLETED", "COMPLETED", "FAILED", "CRASHED"]), iso(r), r.randint(3, 4000)))
    return pick(r, ["reports/flow-runs.csv", "data/prefect_runs_export.csv"]), "\n".join(rows) + "\n"


@ntpl("prefect", "run_ids_in_log")
def n_prefect_log(r):
    lines = []
    for _ in range(r.randint(6, 10)):
        lines.append("%s | INFO    | prefect.flow_runs.worker - Worker '%s' submitting flow run '%s'" % (iso(r).replace("T", " ")[:23], "ProcessWorker " + ruuid(r), ruuid(r)))
        lines.append("%s | INFO    | Flow run '%s-%s' - Finished in state Completed()" % (iso(r).replace("T", " ")[:23], pick(r, ["crimson", "sapphire", "witty", "agile"]), pick(r, ["panda", "heron", "otter", "lynx"])))
    return pick(r, ["logs/prefect-worker.log", "var/log/prefect/worker.log"]), "\n".join(lines) + "\n"


@ntpl("dagster", "code_locations_with_digests")
def n_dagster_cloud_yaml(r):
    locs = []
    for _ in range(r.randint(1, 3)):
        a = app(r)
        locs.append(F('''  - location_name: ⟨m⟩
    code_source:
      package_name: ⟨m⟩
    build:
      directory: ./⟨m⟩
      registry: ⟨acct⟩.dkr.ecr.⟨reg⟩.amazonaws.com/⟨a⟩
    image: ⟨acct⟩.dkr.ecr.⟨reg⟩.amazonaws.com/⟨a⟩@sha256:⟨dig⟩
    container_context:
      k8s:
        env_secrets:
          - snowflake-credentials
        env_vars:
          - DAGSTER_DEPLOYMENT=prod''', m=snake(a), a=a, acct=r.randint(100000000000, 999999999999), reg=pick(r, AWS_REGIONS), dig=sha256hex(r)))
    return "dagster_cloud.yaml", "locations:\n" + "\n".join(locs) + "\n"


@ntpl("dagster", "run_ids_in_log")
def n_dagster_log(r):
    run = ruuid(r)
    lines = []
    for step in ["extract", "transform", "load", "publish"]:
        lines.append("%s - dagster - DEBUG - %s - %s - %d - %s - STEP_START - Started execution of step \"%s\"." % (iso(r), pick(r, ["daily_orders_job", "asset_materialization_job"]), run, r.randint(100, 9999), step, step))
        lines.append("%s - dagster - DEBUG - %s - %s - ASSET_MATERIALIZATION - Materialized value %s [\"%s\", \"%s\"] data_version=%s" % (iso(r), "daily_orders_job", run, step, app(r), step, rhex(r, 64)))
    return pick(r, ["logs/dagster-run.log", "tmp/dagster/%s.log" % run[:8]]), "\n".join(lines) + "\n"


@ntpl("inngest", "event_payload_fixture")
def n_inngest_events(r):
    evs = []
    for _ in range(r.randint(3, 6)):
        evs.append({"id": ulid(r), "name": pick(r, ["app/user.signed.up", "shop/order.created", "billing/invoice.paid", "app/account.deleted"]),
                    "ts": r.randint(1700000000000, 1760000000000), "v": "2024-%02d-%02d.1" % (r.randint(1, 12), r.randint(1, 28)),
                    "data": {"user_id": ruuid(r), "plan": pick(r, ["free", "pro", "team"])}})
    return pick(r, ["tests/fixtures/inngest-events.json", "src/__fixtures__/events.json"]), json.dumps(evs, indent=2) + "\n"


@ntpl("inngest", "cron_and_event_names")
def n_inngest_functions(r):
    return pick(r, ["src/inngest/functions.ts", "inngest/functions/index.ts"]), F('''import { inngest } from "./client";

export const sendDigest = inngest.createFunction(
  { id: "send-weekly-digest", concurrency: { limit: ⟨c⟩ } },
  { cron: "TZ=Europe/London ⟨cron⟩" },
  async ({ step }) => {
    const users = await step.run("load-users", () => loadSubscribers());
    await step.sendEvent("fan-out", users.map((u) => ({ name: "app/digest.requested", data: { userId: u.id } })));
  },
);

export const syncCustomer = inngest.createFunction(
  { id: "sync-customer", retries: 4, idempotency: "event.data.customerId" },
  { event: "billing/customer.updated" },
  async ({ event, step }) => {
    await step.sleep("debounce", "30s");
    return step.run("push-to-crm", () => pushToCrm(event.data.customerId));
  },
);
''', c=pick(r, [2, 5, 10]), cron=pick(r, ["0 9 * * MON", "0 7 * * *"]))


@ntpl("trigger.dev", "project_ref_public_id")
def n_trigger_config(r):
    return "trigger.config.ts", F('''import { defineConfig } from "@trigger.dev/sdk/v3";

export default defineConfig({
  project: "proj_⟨ref⟩",
  runtime: "node",
  logLevel: "log",
  maxDuration: ⟨md⟩,
  retries: {
    enabledInDev: false,
    default: { maxAttempts: 3, minTimeoutInMs: 1000, maxTimeoutInMs: 10000, factor: 2 },
  },
  dirs: ["./src/trigger"],
});
''', ref=rs(r, 20, string.ascii_lowercase), md=pick(r, [300, 900, 3600]))


@ntpl("trigger.dev", "run_ids")
def n_trigger_runs(r):
    runs = [{"id": "run_" + rs(r, 25, LOWER_ALNUM), "taskIdentifier": pick(r, ["generate-invoice", "import-csv", "render-pdf"]),
             "status": pick(r, ["COMPLETED", "FAILED", "EXECUTING"]), "batchId": "batch_" + rs(r, 25, LOWER_ALNUM),
             "idempotencyKey": sha256hex(r), "createdAt": iso(r)} for _ in range(r.randint(3, 6))]
    return pick(r, ["tmp/trigger-runs.json", "test/fixtures/runs.json"]), json.dumps({"data": runs}, indent=2) + "\n"


@ntpl("hatchet", "tenant_and_run_ids")
def n_hatchet_log(r):
    tenant = ruuid(r)
    lines = []
    for _ in range(r.randint(5, 9)):
        lines.append('{"level":"info","time":"%s","tenant_id":"%s","workflow_run_id":"%s","step_run_id":"%s","action":"%s","message":"step run completed"}'
                     % (iso(r), tenant, ruuid(r), ruuid(r), pick(r, ["resize-image", "send-welcome-email", "index-document"])))
    return pick(r, ["logs/hatchet-worker.jsonl", "var/log/hatchet.log"]), "\n".join(lines) + "\n"


@ntpl("windmill", "script_lock_hashes")
def n_windmill_lock(r):
    lines = ["version: v2", "locks:"]
    for _ in range(r.randint(4, 8)):
        lines.append("  f/%s/%s.%s: %s" % (pick(r, ["ops", "data", "billing"]), pick(r, ["rotate_logs", "sync_leads", "refresh", "notify"]) + str(r.randint(1, 99)),
                                         pick(r, ["py", "ts", "bun.ts"]), sha256hex(r)))
    return "wmill-lock.yaml", "\n".join(lines) + "\n"


@ntpl("kestra", "secret_function_references")
def n_kestra_flow(r):
    o = org(r)
    return pick(r, ["flows/%s.etl.daily_sync.yml" % o, "kestra/flows/daily_sync.yaml"]), F('''id: daily_sync
namespace: ⟨o⟩.etl

triggers:
  - id: schedule
    type: io.kestra.plugin.core.trigger.Schedule
    cron: "⟨cron⟩"

tasks:
  - id: extract
    type: io.kestra.plugin.jdbc.postgresql.Query
    url: jdbc:postgresql://db.⟨o⟩.internal:5432/app
    username: etl_reader
    password: "{{ secret('POSTGRES_PASSWORD') }}"
    sql: SELECT * FROM orders WHERE updated_at > '{{ trigger.date | dateAdd(-1, 'DAYS') }}'
    fetchType: STORE

  - id: notify
    type: io.kestra.plugin.notifications.slack.SlackIncomingWebhook
    url: "{{ secret('SLACK_WEBHOOK_URL') }}"
    payload: |
      {"text": "daily_sync finished for {{ execution.id }}"}
''', o=o, cron=pick(r, ["0 5 * * *", "0 */4 * * *"]))


@ntpl("argo", "image_digests_and_cron")
def n_argo_template(r):
    a = app(r)
    return pick(r, ["argo/templates/%s.yaml" % a, "workflows/templates/build-and-test.yaml"]), F('''apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata:
  name: ⟨a⟩-pipeline
  namespace: argo
  annotations:
    workflows.argoproj.io/description: "definition sha256 ⟨d1⟩"
spec:
  entrypoint: main
  serviceAccountName: argo-workflow
  arguments:
    parameters:
      - name: date
        value: "{{workflow.creationTimestamp.Y}}-{{workflow.creationTimestamp.m}}-{{workflow.creationTimestamp.d}}"
  templates:
    - name: main
      steps:
        - - name: fetch
            template: fetch
        - - name: train
            template: train
    - name: fetch
      container:
        image: ghcr.io/⟨o⟩/fetcher@sha256:⟨d2⟩
        args: ["--date", "{{workflow.parameters.date}}"]
    - name: train
      container:
        image: ghcr.io/⟨o⟩/trainer@sha256:⟨d3⟩
        resources:
          limits:
            nvidia.com/gpu: 1
''', a=a, o=org(r), d1=sha256hex(r), d2=sha256hex(r), d3=sha256hex(r))


@ntpl("argo", "external_secret_reference")
def n_external_secret(r):
    a = app(r)
    return pick(r, ["k8s/external-secrets/%s.yaml" % a, "deploy/externalsecret.yaml"]), F('''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ⟨a⟩-worker-credentials
  namespace: ⟨a⟩
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: ⟨a⟩-worker-credentials
    creationPolicy: Owner
  data:
    - secretKey: TEMPORAL_API_KEY
      remoteRef:
        key: prod/⟨a⟩/temporal
        property: api_key
    - secretKey: INNGEST_SIGNING_KEY
      remoteRef:
        key: prod/⟨a⟩/inngest
        property: signing_key
    - secretKey: CELERY_BROKER_URL
      remoteRef:
        key: prod/⟨a⟩/rabbitmq
        property: url
''', a=a)


@ntpl("argo", "sealed_secret_ciphertext")
def n_sealed_secret(r):
    a = app(r)
    def blob():
        return "AgB" + b64(rbytes(r, r.randint(300, 420)))[3:]
    return pick(r, ["k8s/sealed/%s-credentials.yaml" % a, "gitops/apps/%s/sealedsecret.yaml" % a]), F('''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ⟨a⟩-credentials
  namespace: ⟨a⟩
spec:
  encryptedData:
    PREFECT_API_KEY: ⟨b1⟩
    QSTASH_TOKEN: ⟨b2⟩
  template:
    metadata:
      name: ⟨a⟩-credentials
      namespace: ⟨a⟩
    type: Opaque
''', a=a, b1=blob(), b2=blob())


@ntpl("generic", "sops_ciphertext")
def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, n)), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
    return pick(r, ["secrets/prod.enc.yaml", "deploy/secrets.sops.yaml"]), F('''temporal:
    api_key: ⟨e1⟩
dagster:
    agent_token: ⟨e2⟩
sops:
    kms: []
    age:
        - recipient: age1⟨rec⟩
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            ⟨a1⟩
            ⟨a2⟩
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "⟨ts⟩"
    mac: ENC[AES256_GCM,data:⟨mac⟩,iv:⟨iv⟩,tag:⟨tag⟩,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
''', e1=enc(r.randint(150, 260)), e2=enc(r.randint(40, 60)), rec=rs(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
        a1=b64(rbytes(r, 48)), a2=b64(rbytes(r, 48)), ts=iso(r)[:19] + "Z", mac=b64(rbytes(r, 32)), iv=b64(rbytes(r, 32)), tag=b64(rbytes(r, 16)))


@ntpl("orkes", "workflow_definition_ids")
def n_orkes_def(r):
    a = app(r)
    wf = {"name": snake(a) + "_workflow", "version": r.randint(1, 9), "schemaVersion": 2, "ownerEmail": "platform@%s.com" % org(r),
          "tasks": [{"name": "fetch_invoice", "taskReferenceName": "fetch_invoice_ref", "type": "SIMPLE",
                     "inputParameters": {"invoiceId": "${workflow.input.invoiceId}"}},
                    {"name": "notify_customer", "taskReferenceName": "notify_ref", "type": "SIMPLE",
                     "inputParameters": {"correlationId": "${workflow.correlationId}"}}],
          "timeoutSeconds": 3600, "restartable": True,
          "_exported": {"workflowId": ruuid(r), "correlationId": ruuid(r), "checksum": sha256hex(r)}}
    return pick(r, ["conductor/workflows/%s.json" % snake(a), "definitions/%s_workflow.json" % snake(a)]), json.dumps(wf, indent=2) + "\n"


@ntpl("celery", "beat_schedule_crontab")
def n_celery_beat(r):
    a = app(r)
    return pick(r, ["%s/celery_schedule.py" % snake(a), "config/beat.py"]), F('''from celery.schedules import crontab

# Broker credentials come from CELERY_BROKER_URL in the environment.
beat_schedule = {
    "rebuild-search-index": {
        "task": "⟨m⟩.tasks.rebuild_index",
        "schedule": crontab(minute=0, hour="*/⟨h⟩"),
        "options": {"queue": "low", "expires": 3600},
    },
    "send-daily-digest": {
        "task": "⟨m⟩.tasks.send_digest",
        "schedule": crontab(minute=30, hour=7, day_of_week="mon-fri"),
    },
    "purge-results": {
        "task": "celery.backend_cleanup",
        "schedule": crontab(minute=0, hour=4),
    },
}

# last task ids seen in staging, kept for the flaky-test investigation:
#   ⟨t1⟩
#   ⟨t2⟩
''', m=snake(a), h=pick(r, [2, 4, 6]), t1=ruuid(r), t2=ruuid(r))


@ntpl("celery", "masked_broker_url_in_log")
def n_celery_log(r):
    a = app(r)
    lines = [" -------------- celery@worker-%s v5.%d.%d (opalescent)" % (rhex(r, 10), r.randint(2, 4), r.randint(0, 6)),
             "--- ***** ----- ",
             "-- ******* ---- Linux-6.1.0-x86_64-with-glibc2.36 %s" % iso(r)[:19].replace("T", " "),
             "- *** --- * --- ",
             "- ** ---------- [config]",
             "- ** ---------- .> app:         %s:0x7f%s" % (snake(a), rhex(r, 10)),
             "- ** ---------- .> transport:   amqp://%s:**@%s//" % (rs(r, 8, string.ascii_lowercase), amqp_host(r).split(":")[0]),
             "- ** ---------- .> results:     redis://:**@redis:6379/1",
             "- *** --- * --- .> concurrency: %d (prefork)" % pick(r, [4, 8, 16]),
             "-- ******* ---- .> task events: OFF",
             "--- ***** ----- "]
    for _ in range(r.randint(4, 8)):
        lines.append("[%s: INFO/MainProcess] Task %s.tasks.%s[%s] received" % (iso(r), snake(a), pick(r, ["export_csv", "sync_account"]), ruuid(r)))
    return pick(r, ["logs/celery.log", "var/log/celery/worker.log"]), "\n".join(lines) + "\n"


@ntpl("rq", "job_ids_in_log")
def n_rq_log(r):
    lines = []
    for _ in range(r.randint(6, 10)):
        jid = ruuid(r)
        lines.append("%s default: jobs.%s(%d) (%s)" % (iso(r)[11:19], pick(r, ["resize", "send_mail", "import_row"]), r.randint(1, 99999), jid))
        lines.append("%s default: Job OK (%s)" % (iso(r)[11:19], jid))
        lines.append("%s Result is kept for 500 seconds" % iso(r)[11:19])
    return pick(r, ["logs/rq-worker.log", "var/log/rq.log"]), "\n".join(lines) + "\n"


@ntpl("sidekiq", "jids_in_log")
def n_sidekiq_log(r):
    lines = []
    for _ in range(r.randint(6, 10)):
        jid = rhex(r, 24)
        cls = pick(r, ["HardWorker", "InvoiceMailerJob", "SyncAccountJob", "WebhookDeliveryJob"])
        pid = r.randint(100, 9999)
        lines.append("%s pid=%d tid=%s class=%s jid=%s INFO: start" % (iso(r), pid, rs(r, 4, LOWER_ALNUM), cls, jid))
        lines.append("%s pid=%d tid=%s class=%s jid=%s elapsed=%.3f INFO: done" % (iso(r), pid, rs(r, 4, LOWER_ALNUM), cls, jid, r.random() * 3))
    return pick(r, ["log/sidekiq.log", "logs/sidekiq-2024.log"]), "\n".join(lines) + "\n"


@ntpl("sidekiq", "gemfile_lock_checksums")
def n_gemfile_lock(r):
    gems = [("connection_pool", "2.4.1"), ("redis-client", "0.22.%d" % r.randint(0, 2)), ("sidekiq", "7.2.%d" % r.randint(0, 4)),
            ("rack", "3.0.%d" % r.randint(8, 11)), ("concurrent-ruby", "1.2.3"), ("logger", "1.6.0")]
    spec = "\n".join("    %s (%s)" % g for g in gems)
    sums = "\n".join("  %s (%s) sha256=%s" % (g[0], g[1], sha256hex(r)) for g in gems)
    return "Gemfile.lock", F('''GEM
  remote: https://rubygems.org/
  specs:
⟨spec⟩

GEM
  remote: https://gems.contribsys.com/
  specs:
    sidekiq-pro (7.2.⟨pv⟩)
      sidekiq (>= 7.2.0)

PLATFORMS
  x86_64-linux

DEPENDENCIES
  sidekiq
  sidekiq-pro!

CHECKSUMS
⟨sums⟩

BUNDLED WITH
   2.5.⟨b⟩
''', spec=spec, sums=sums, b=r.randint(3, 16), pv=r.randint(0, 3))


@ntpl("qstash", "message_ids_and_request_signature")
def n_qstash_log(r):
    a = app(r)
    lines = []
    for _ in range(r.randint(3, 6)):
        url = "https://%s.%s.app/api/jobs/%s" % (a, org(r), pick(r, ["digest", "cleanup", "report"]))
        body_hash = b64u(hashlib.sha256(rbytes(r, 20)).digest()) + "="
        now = r.randint(1700000000, 1760000000)
        sig = (b64u(b'{"alg":"HS256","typ":"JWT"}') + "." +
               b64u(json.dumps({"iss": "Upstash", "sub": url, "exp": now + 300, "nbf": now, "iat": now,
                                "jti": "jwt_" + rs(r, 28, B58), "body": body_hash}, separators=(",", ":")).encode()) +
               "." + b64u(rbytes(r, 32)))
        lines.append("%s POST %s upstash-message-id=msg_%s upstash-schedule-id=scd_%s upstash-retried=0" % (iso(r), url, rs(r, 40, B58), rs(r, 28, B58)))
        lines.append("%s   upstash-signature: %s -> verified (200)" % (iso(r), sig))
    return pick(r, ["logs/qstash-requests.log", "var/log/api/webhooks.log"]), "\n".join(lines) + "\n"


@ntpl("camunda", "bpmn_process_ids")
def n_bpmn(r):
    a = app(r)
    return pick(r, ["src/main/resources/bpmn/%s.bpmn" % snake(a), "processes/%s.bpmn" % a]), F('''<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_⟨d⟩" targetNamespace="http://bpmn.io/schema/bpmn" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.⟨v⟩.0">
  <bpmn:process id="⟨m⟩-process" name="⟨W⟩" isExecutable="true">
    <bpmn:startEvent id="StartEvent_⟨s⟩" name="Order received" />
    <bpmn:serviceTask id="Activity_⟨t1⟩" name="Charge card">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="charge-card" retries="3" />
      </bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:serviceTask id="Activity_⟨t2⟩" name="Send invoice">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="send-invoice" />
      </bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:endEvent id="Event_⟨e⟩" />
    <bpmn:sequenceFlow id="Flow_⟨f1⟩" sourceRef="StartEvent_⟨s⟩" targetRef="Activity_⟨t1⟩" />
    <bpmn:sequenceFlow id="Flow_⟨f2⟩" sourceRef="Activity_⟨t1⟩" targetRef="Activity_⟨t2⟩" />
    <bpmn:sequenceFlow id="Flow_⟨f3⟩" sourceRef="Activity_⟨t2⟩" targetRef="Event_⟨e⟩" />
  </bpmn:process>
</bpmn:definitions>
''', d=rs(r, 7, LOWER_ALNUM), v=r.randint(3, 7), m=snake(a), W=pascal(a), s=rs(r, 7, LOWER_ALNUM),
        t1=rs(r, 7, LOWER_ALNUM), t2=rs(r, 7, LOWER_ALNUM), e=rs(r, 7, LOWER_ALNUM),
        f1=rs(r, 7, LOWER_ALNUM), f2=rs(r, 7, LOWER_ALNUM), f3=rs(r, 7, LOWER_ALNUM))


@ntpl("camunda", "process_instance_keys_csv")
def n_zeebe_csv(r):
    rows = ["processInstanceKey,bpmnProcessId,version,state,startDate,clientId"]
    clid = g_camunda_id(r)
    base = 2251799813685248
    for _ in range(r.randint(6, 12)):
        rows.append("%d,%s,%d,%s,%s,%s" % (base + r.randint(1, 10 ** 7), "order-process", r.randint(1, 5),
                                           pick(r, ["COMPLETED", "ACTIVE", "INCIDENT"]), iso(r), clid))
    return pick(r, ["reports/operate-export.csv", "data/zeebe-instances.csv"]), "\n".join(rows) + "\n"


@ntpl("azure-durable", "instance_ids_status")
def n_durable_status(r):
    a = app(r)
    iid = rhex(r, 32)
    host = "func-%s-prod.azurewebsites.net" % a
    status = {"name": pascal(a) + "Orchestrator", "instanceId": iid, "runtimeStatus": pick(r, ["Completed", "Running", "Failed"]),
              "input": {"orderId": "ord_" + rs(r, 12)}, "customStatus": None, "output": None,
              "createdTime": iso(r), "lastUpdatedTime": iso(r),
              "statusQueryGetUri": "https://%s/runtime/webhooks/durabletask/instances/%s?taskHub=%sHub&connection=Storage" % (host, iid, pascal(a))}
    return pick(r, ["docs/examples/orchestration-status.json", "tests/data/durable_status.json"]), json.dumps(status, indent=2) + "\n"


@ntpl("azure-durable", "development_storage_settings")
def n_host_json(r):
    return pick(r, ["host.json", "src/Functions/host.json"]), json.dumps({
        "version": "2.0",
        "extensions": {"durableTask": {"hubName": pascal(app(r)) + "Hub",
                                       "storageProvider": {"connectionStringName": "AzureWebJobsStorage", "partitionCount": pick(r, [4, 8, 16])},
                                       "maxConcurrentActivityFunctions": pick(r, [10, 20])}},
        "logging": {"applicationInsights": {"samplingSettings": {"isEnabled": True, "excludedTypes": "Request"}}},
        "extensionBundle": {"id": "Microsoft.Azure.Functions.ExtensionBundle", "version": "[4.*, 5.0.0)"}}, indent=2) + "\n"


@ntpl("aws-stepfunctions", "state_machine_arns")
def n_sfn_asl(r):
    acct = r.randint(100000000000, 999999999999)
    reg = pick(r, AWS_REGIONS)
    a = app(r)
    asl = {"Comment": "%s pipeline" % a, "StartAt": "Extract",
           "States": {"Extract": {"Type": "Task", "Resource": "arn:aws:lambda:%s:%d:function:%s-extract" % (reg, acct, a), "Next": "WaitForApproval"},
                      "WaitForApproval": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                                          "Parameters": {"QueueUrl": "https://sqs.%s.amazonaws.com/%d/%s-approvals" % (reg, acct, a),
                                                         "MessageBody": {"TaskToken.$": "$$.Task.Token", "RunId.$": "$$.Execution.Id"}},
                                          "Next": "Load"},
                      "Load": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync", "Parameters": {"JobName": "%s-load" % a}, "End": True}}}
    return pick(r, ["statemachine/%s.asl.json" % a, "infra/stepfunctions/definition.json"]), json.dumps(asl, indent=2) + "\n"


@ntpl("aws-stepfunctions", "execution_arns_log")
def n_sfn_log(r):
    acct = r.randint(100000000000, 999999999999)
    reg = pick(r, AWS_REGIONS)
    a = app(r)
    lines = []
    for _ in range(r.randint(4, 8)):
        lines.append("%s\tINFO\tstarted execution arn:aws:states:%s:%d:execution:%s-pipeline:run-%s requestId=%s" % (iso(r), reg, acct, a, ruuid(r), ruuid(r)))
    return pick(r, ["logs/sfn-trigger.log", "var/log/lambda/start-execution.log"]), "\n".join(lines) + "\n"


@ntpl("generic", "release_checksums")
def n_sha256sums(r):
    names = ["worker_linux_amd64.tar.gz", "worker_linux_arm64.tar.gz", "worker_darwin_arm64.tar.gz", "worker_windows_amd64.zip"]
    return pick(r, ["dist/SHA256SUMS", "release/checksums.txt"]), "".join("%s  %s\n" % (sha256hex(r), n) for n in names)


@ntpl("generic", "package_lock_integrity")
def n_package_lock(r):
    pk = {}
    for name, ver in [("@temporalio/client", "1.%d.%d" % (r.randint(9, 11), r.randint(0, 5))), ("@upstash/qstash", "2.%d.%d" % (r.randint(5, 7), r.randint(0, 9))),
                      ("inngest", "3.%d.%d" % (r.randint(20, 30), r.randint(0, 9))), ("@trigger.dev/sdk", "3.%d.%d" % (r.randint(0, 3), r.randint(0, 9)))]:
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                      "integrity": "sha512-" + b64(rbytes(r, 64)), "license": "MIT"}
    return "package-lock.json", json.dumps({"name": app(r), "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2) + "\n"


@ntpl("generic", "go_sum_hashes")
def n_go_sum(r):
    mods = [("go.temporal.io/sdk", "v1.%d.%d" % (r.randint(25, 31), r.randint(0, 3))), ("go.temporal.io/api", "v1.%d.0" % r.randint(30, 40)),
            ("github.com/inngest/inngestgo", "v0.%d.%d" % (r.randint(5, 9), r.randint(0, 9))), ("google.golang.org/grpc", "v1.%d.0" % r.randint(60, 66))]
    out = []
    for m, v in mods:
        out.append("%s %s h1:%s" % (m, v, b64(rbytes(r, 32))))
        out.append("%s %s/go.mod h1:%s" % (m, v, b64(rbytes(r, 32))))
    return "go.sum", "\n".join(out) + "\n"


@ntpl("generic", "jwks_public_keys")
def n_jwks(r):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(r, 43, B64URL), "n": b64u(rbytes(r, 256)), "e": "AQAB"} for _ in range(2)]
    return pick(r, ["config/jwks.json", "public/.well-known/jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@ntpl("generic", "ssh_public_keys")
def n_authorized_keys(r):
    lines = []
    for p in r.sample(PERSONS, 3):
        lines.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@deploy" % (b64(rbytes(r, 32))[:43], p))
    lines.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ%s ci-runner" % b64(rbytes(r, 256)))
    return pick(r, ["deploy/authorized_keys", "ansible/files/worker_authorized_keys"]), "\n".join(lines) + "\n"


@ntpl("generic", "gpg_public_key_block")
def n_gpg_pub(r):
    body = b64(rbytes(r, 600))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return pick(r, ["docs/verify-release.md", "SECURITY.md"]), F('''# Verifying worker releases

Release archives are signed with the key below (fingerprint `⟨fp⟩`).

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

⟨body⟩
=⟨crc⟩
-----END PGP PUBLIC KEY BLOCK-----
```

```bash
gpg --import release-key.asc
gpg --verify worker_linux_amd64.tar.gz.asc worker_linux_amd64.tar.gz
```
''', fp=" ".join(rhex(r, 4).upper() for _ in range(10)), body="\n".join(lines), crc=b64(rbytes(r, 3)))


@ntpl("celery", "redis_acl_hashed_passwords")
def n_redis_acl(r):
    lines = ["user default off",
             "user celery on #%s ~celery* ~_kombu* &* +@all -@dangerous" % sha256hex(r),
             "user rq on #%s ~rq:* +@all -@admin" % sha256hex(r),
             "user monitor on #%s +info +ping +client|list" % sha256hex(r)]
    return pick(r, ["deploy/redis/users.acl", "ops/redis/acl.conf"]), "\n".join(lines) + "\n"


@ntpl("celery", "rabbitmq_password_hashes")
def n_rabbit_defs(r):
    users = [{"name": u, "password_hash": b64(rbytes(r, 36)), "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": t, "limits": {}}
             for u, t in [("admin", ["administrator"]), ("celery", []), ("monitoring", ["monitoring"])]]
    d = {"rabbit_version": "3.13.%d" % r.randint(0, 7), "users": users, "vhosts": [{"name": "/"}, {"name": app(r)}],
         "permissions": [{"user": "celery", "vhost": "/", "configure": ".*", "write": ".*", "read": ".*"}]}
    return pick(r, ["deploy/rabbitmq/definitions.json", "rabbitmq/definitions.json"]), json.dumps(d, indent=2) + "\n"


@ntpl("generic", "api_key_prefix_and_hash")
def n_sql_keys(r):
    rows = []
    for _ in range(r.randint(3, 6)):
        prov, pref = pick(r, [("prefect", "pnu_"), ("trigger", "tr_prod_"), ("inngest", "signkey-prod-"), ("qstash", "sig_")])
        rows.append("  ('%s', '%s', '%s%s', '%s', '%s')" % (ruuid(r), prov, pref, rs(r, 4), sha256hex(r), iso(r)[:10]))
    return pick(r, ["db/migrations/20240%d_seed_key_fingerprints.sql" % r.randint(1, 9), "sql/seed_integrations.sql"]), F('''-- Integration credentials are stored in Vault; this table only keeps a display prefix and
-- a SHA-256 fingerprint so the UI can show which key is configured.
CREATE TABLE IF NOT EXISTS integration_keys (
  id          uuid PRIMARY KEY,
  provider    text NOT NULL,
  key_prefix  text NOT NULL,
  key_sha256  char(64) NOT NULL,
  created_on  date NOT NULL
);

INSERT INTO integration_keys (id, provider, key_prefix, key_sha256, created_on) VALUES
⟨rows⟩;
''', rows=",\n".join(rows))


@ntpl("generic", "webhook_urls_without_secrets")
def n_alerts(r):
    o = org(r)
    return pick(r, ["config/alerts.yaml", "ops/notifications.yml"]), F('''notifications:
  prefect:
    on: [Failed, Crashed]
    url: https://hooks.⟨o⟩.internal/prefect/flow-run-state
  dagster:
    on: [RUN_FAILURE]
    url: https://hooks.⟨o⟩.internal/dagster/run-failure
  inngest:
    serve_url: https://⟨a⟩.⟨o⟩.com/api/inngest
  qstash:
    callback: https://⟨a⟩.⟨o⟩.com/api/qstash/callback
    failure_callback: https://⟨a⟩.⟨o⟩.com/api/qstash/failed
  temporal:
    ui: https://cloud.temporal.io/namespaces/⟨ns⟩/workflows
''', o=o, a=app(r), ns=tns(r))


@ntpl("generic", "trace_ids")
def n_traces(r):
    spans = [{"traceId": rhex(r, 32), "spanId": rhex(r, 16), "parentSpanId": rhex(r, 16), "name": pick(r, ["RunWorkflow:OrderWorkflow", "StartActivity:ChargeCard", "celery.run"]),
              "startTimeUnixNano": str(r.randint(10 ** 18, 2 * 10 ** 18)), "attributes": [{"key": "temporalWorkflowID", "value": {"stringValue": "%s-%s" % (app(r), rhex(r, 12))}}]}
             for _ in range(r.randint(2, 5))]
    return pick(r, ["testdata/otel-spans.json", "tmp/traces.json"]), json.dumps({"resourceSpans": [{"scopeSpans": [{"spans": spans}]}]}, indent=2) + "\n"


@ntpl("temporal", "base64_payload_fixtures")
def n_payload_codec(r):
    cases = []
    for _ in range(r.randint(2, 4)):
        raw = json.dumps({"customerId": ruuid(r), "items": r.randint(1, 9), "note": pick(r, ["gift", "express", ""])})
        cases.append('    ({"encoding": "json/plain"}, "%s"),' % b64(raw.encode()))
    return pick(r, ["tests/test_payload_codec.py", "worker/tests/test_codec.py"]), F('''"""Round-trip tests for the payload codec (data below is plain JSON, base64 encoded)."""
import base64
import json

import pytest

from worker.codec import CompressionCodec

CASES = [
⟨cases⟩
]


@pytest.mark.parametrize("metadata,data", CASES)
def test_roundtrip(metadata, data):
    raw = base64.b64decode(data)
    json.loads(raw)
    codec = CompressionCodec()
    assert codec.decode_bytes(codec.encode_bytes(raw)) == raw
''', cases="\n".join(cases))


@ntpl("generic", "commit_shas_changelog")
def n_changelog(r):
    lines = ["# Changelog", ""]
    for v in range(r.randint(3, 5)):
        lines.append("## v1.%d.%d (%s)" % (r.randint(0, 20), r.randint(0, 9), iso(r)[:10]))
        for _ in range(r.randint(2, 4)):
            lines.append("- %s (%s, #%d)" % (pick(r, ["Retry activity on 429 from QStash", "Bump temporalio SDK", "Pin dagster-cloud agent image",
                                                     "Rotate Inngest signing key via fallback", "Fix Celery acks_late with Redis"]), rhex(r, 40), r.randint(100, 2000)))
        lines.append("")
    return "CHANGELOG.md", "\n".join(lines)


@ntpl("generic", "empty_secret_manifest")
def n_empty_secret(r):
    a = app(r)
    return pick(r, ["k8s/secrets.example.yaml", "deploy/secret-template.yaml"]), F('''# Template only: fill the values in the real cluster with `kubectl edit secret`, never here.
apiVersion: v1
kind: Secret
metadata:
  name: ⟨a⟩-workers
  namespace: ⟨a⟩
type: Opaque
stringData:
  TEMPORAL_API_KEY: ""
  PREFECT_API_KEY: ""
  INNGEST_SIGNING_KEY: ""
  QSTASH_CURRENT_SIGNING_KEY: ""
  QSTASH_NEXT_SIGNING_KEY: ""
  ZEEBE_CLIENT_SECRET: ""
''', a=a)


@ntpl("generic", "env_example_placeholders")
def n_env_example(r):
    return pick(r, [".env.example", ".env.sample"]), F('''# Copy to .env and fill in. Never commit real values.
TEMPORAL_ADDRESS=⟨ns⟩.tmprl.cloud:7233
TEMPORAL_NAMESPACE=⟨ns⟩
TEMPORAL_API_KEY=
PREFECT_API_URL=https://api.prefect.cloud/api/accounts/<account-id>/workspaces/<workspace-id>
PREFECT_API_KEY=pnu_...
INNGEST_EVENT_KEY=<your-event-key>
INNGEST_SIGNING_KEY=signkey-prod-<your-signing-key>
TRIGGER_SECRET_KEY=tr_dev_...
QSTASH_TOKEN=
QSTASH_CURRENT_SIGNING_KEY=sig_...
QSTASH_NEXT_SIGNING_KEY=sig_...
CELERY_BROKER_URL=redis://localhost:6379/0
''', ns=tns(r))


@ntpl("trigger.dev", "public_keys_and_ids")
def n_trigger_public(r):
    a = app(r)
    return pick(r, ["src/components/RunStatus.tsx", "app/(dashboard)/runs/realtime.tsx"]), F('''"use client";
import { useRealtimeRun } from "@trigger.dev/react-hooks";

// Public, read-only access token minted server-side per run; nothing secret is bundled here.
const PROJECT_REF = "proj_⟨ref⟩";

export function RunStatus({ runId, publicAccessToken }: { runId: string; publicAccessToken: string }) {
  const { run, error } = useRealtimeRun(runId, { accessToken: publicAccessToken });
  if (error) return <p>Failed to load run {runId}</p>;
  return <span data-project={PROJECT_REF}>{run?.status ?? "QUEUED"}</span>;
}
''', ref=rs(r, 20, string.ascii_lowercase))


# =========================================================================== DRIVER
SPECIAL_TYPES = {"Dockerfile": "Dockerfile", "Procfile": "Procfile", "Gemfile": "Gemfile",
                 "Gemfile.lock": "lock", "go.sum": "sum", "SHA256SUMS": "txt", "credentials": "ini",
                 "authorized_keys": "txt", "worker_authorized_keys": "txt", "users.acl": "acl", "config": "yml", ".envrc": "sh", ".env_encoded": "env"}

ENV_BLOCKED = re.compile(r"^\.env(\.[A-Za-z0-9_-]+)?$")
ENV_ALLOWED_SUFFIXES = (".example", ".sample", ".template", ".dist")


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base in SPECIAL_TYPES:
        return SPECIAL_TYPES[base]
    if base.endswith(".Dockerfile") or base.startswith("Dockerfile"):
        return "Dockerfile"
    if ENV_BLOCKED.match(base):
        return "env"
    if "." in base:
        return base.rsplit(".", 1)[-1]
    return base


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return bool(ENV_BLOCKED.match(base)) and not base.endswith(ENV_ALLOWED_SUFFIXES)


# Self-check of this generator's own formats: a negative must not carry a value shaped like the
# secrets the positives carry (catches template leaks; not a scanner rule set).
LEAK_CHECKS = [
    re.compile(r"pn[ub]_[A-Za-z0-9]{36}"),
    re.compile(r"signkey-(?:prod|test|branch)-[0-9a-f]{64}"),
    re.compile(r"tr_(?:dev|prod|stg)_[A-Za-z0-9]{20}(?![A-Za-z0-9])"),
    re.compile(r"tr_pat_[a-z0-9]{40}"),
    re.compile(r"-----BEGIN (?:EC )?PRIVATE KEY-----\s*\n\s*M[A-Za-z0-9+/]{40,}"),
    re.compile(r"AKIA(?!IOSFODNN7EXAMPLE)[A-Z2-7]{16}"),
    re.compile(r"(?:agent|user):[a-z]+:[0-9a-f]{32}"),
    re.compile(r"eyJhbGciOiJFUzI1NiIsICJraWQi[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{40,}"),
]


def make_positive(r, t):
    path, text = t["fn"](r)
    secret = SECRET_GEN[t["gen"]](r)
    if t["slot"] == "pem":
        text = indent_multiline(text, secret)
        needle = secret.split("\n", 1)[0]
    else:
        assert "\n" not in secret
        text = text.replace(SLOT, secret)
        needle = secret
    assert SLOT not in text
    idx = text.index(needle)
    line = text.count("\n", 0, idx) + 1
    assert needle in text.split("\n")[line - 1]
    return path, text, needle, line


def make_negative_reuse(r, t):
    path, text = t["fn"](r)
    text, kind = fill_negative(r, t, path, text)
    text = re.sub(r"AKIA[A-Z2-7]{16}", "AKIAIOSFODNN7EXAMPLE", text)
    if is_blocked_env(path):
        d, _, b = path.rpartition("/")
        path = (d + "/" if d else "") + ".env.example"
    return path, text, kind


def balanced(r, items, n):
    seq = []
    while len(seq) + len(items) <= n:
        seq.extend(items)
    seq.extend(r.sample(items, n - len(seq)))
    r.shuffle(seq)
    return seq


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 gen_hu.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    assert len(POS_TEMPLATES) >= 60 and len(LOOKALIKES) >= 30
    manifest = []
    secrets = []

    env_pos = 0
    for i, t in enumerate(balanced(r, POS_TEMPLATES, N_POS)):
        path, text, needle, line = make_positive(r, t)
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        with open(os.path.join(outdir, rel), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert needle in lines[line - 1], (rel, line)
        assert needle not in "\n".join(lines[:line - 1]), rel
        if is_blocked_env(path):
            env_pos += 1
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_pos * 20 <= N_POS, env_pos

    n_reuse = N_NEG // 2
    plan = [("reuse", t) for t in balanced(r, POS_TEMPLATES, n_reuse)]
    plan += [("look", t) for t in balanced(r, LOOKALIKES, N_NEG - n_reuse)]
    r.shuffle(plan)
    for i, (how, t) in enumerate(plan):
        if how == "reuse":
            path, text, kind = make_negative_reuse(r, t)
        else:
            path, text = t["fn"](r)
            kind = "lookalike:" + t["kind"]
        assert SLOT not in text and "⟨" not in text
        assert not is_blocked_env(path), path
        for rx in LEAK_CHECKS:
            for m in rx.finditer(text):
                assert len(set(m.group(0))) < 12, (t["name"], m.group(0))
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": t["provider"], "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
