#!/usr/bin/env python3
"""gen_ll.py - blind evaluation set: container registries and image build/publish pipelines.

EMPHASIS
    Credentials that leak while building, signing and publishing container images:
    Docker `config.json` `auths` entries (base64 `user:secret` in `auth`, `identitytoken`),
    `docker login -p` misuse, Kubernetes `kubernetes.io/dockerconfigjson` pull secrets (base64 of
    the whole JSON), Docker Hub personal access tokens (`dckr_pat_`) and organisation access
    tokens (`dckr_oat_`), GHCR (GitHub `ghp_` / `github_pat_` tokens), GitLab deploy tokens
    (`gldt-`) and PATs (`glpat-`), Quay robot accounts (`org+robot` + 64-char token), Harbor robot
    accounts (`robot$name` + secret), AWS ECR (access key pairs, `ecr get-login-password` output),
    Google Artifact Registry (`_json_key`, `_json_key_base64`, `oauth2accesstoken` + `ya29.`),
    Azure ACR (admin / token passwords, service-principal client secrets, ACR refresh tokens in
    `identitytoken`), JFrog Artifactory (reference/identity tokens, legacy `AKC` API keys), Nexus,
    DigitalOcean (`dop_v1_`), Scaleway (`SCW` access key + UUID secret key), Alibaba ACR
    (`LTAI` AccessKey), podman/skopeo/buildah `auth.json`, Kaniko `/kaniko/.docker/config.json`,
    crane / ko, BuildKit secrets, cosign (`COSIGN_PASSWORD`), Notary / Docker Content Trust
    passphrases and unencrypted delegation keys.
    File types: JSON, YAML (Kubernetes, GitHub Actions, GitLab CI, Tekton, Argo Workflows, Helm,
    docker-compose), Dockerfile, shell, Makefile, Terraform, Packer HCL, Jenkinsfile, Markdown,
    TOML, XML (Maven settings), properties, Python, Go, INI, CSV, logs, PEM.

USAGE
    python3 -B gen_ll.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl and
    OUTDIR/secrets.jsonl. All randomness comes from one random.Random(SEED); output is
    byte-identical for one SEED.

NEEDLE CONVENTIONS
    * Tokens, API keys, passwords, client secrets: the bare value as written (no quotes).
    * Base64 `auth` strings in docker config.json / auth.json: the base64 value as written.
    * `.dockerconfigjson` / `.dockercfg` in a Kubernetes Secret `data:` block: the whole base64 blob.
    * URLs with embedded credentials (`https://user:secret@host`): only the secret part.
    * HTTP headers (`Authorization: Bearer X` / `Basic X`): only X.
    * Key pairs (AWS access key id + secret, Scaleway, Alibaba): the secret half; the id is context.
    * `_json_key` service-account JSON written inline: the `private_key` string value as written
      (one line, with literal `\\n` escapes); `_json_key_base64`: the whole base64 blob.
    * Multi-line PEM private keys: the `-----BEGIN ... PRIVATE KEY-----` line.
    * The line is the 1-based line of the needle's first occurrence (asserted after writing).

NEGATIVES
    Half of the negatives re-use positive templates with the secret slot holding something that is
    not a secret: placeholders (`<your-token>`, `YOUR_API_KEY_HERE`, `changeme`, `xxxx...`), empty
    values, masks (`****`, `[REDACTED]`), references (`${VAR}`, `$CI_REGISTRY_PASSWORD`,
    `${{ secrets.X }}`, `os.environ[...]`-style names, vault / `op://` paths, Helm/Go templates),
    documented examples (AWS `...EXAMPLEKEY`, the JFrog docs `AKCp5Z3W...` key, Docker API docs
    `dckr_pat_124509ugsdjga93`, `dXNlcm5hbWU6cGFzc3dvcmQ=`). The other half are look-alikes:
    image digests, tags, OCI manifests / indexes, layer diff ids, config.json with credsStore /
    credHelpers only, cosign public keys, signatures, Rekor entries, DSSE / in-toto / SLSA / SPDX
    payloads, `--password-stdin < file`, robot account names without secrets, public client ids,
    CA certificates, trust data, checksums and build logs. No negative lives in a `.env*` file
    other than `.env.example` / `.env.sample`.

FORMATS CHECKED (search tool, docs/pages corpora)
    * DigitalOcean docs release note: PATs prefixed `dop_v1_` (OAuth `doo_v1_`, refresh `dor_v1_`).
    * GitLab MR 138438: deploy tokens prefixed `gldt-` (like `glpat-` for PATs).
    * Docker docs: PATs / OATs used as the password of `docker login`; API reference example
      secret `dckr_pat_124509ugsdjga93` (used only as a negative).
    * GitHub engineering post (via S. Willison): `ghp_`/`gho_`... prefixes, last 6 chars are a
      base62 CRC32 checksum.
    * Red Hat Quay docs: robot names are `orgname+robot-name`, API returns a `token`.
    * Harbor docs: robot account names derive from a configurable prefix (`robot$`) + name.
    * JFrog docs: identity/reference tokens are used like API keys (`curl -u user:cm...`); docs
      show the legacy key `AKCp5Z3W...` (73 chars, used only as a negative).
    * Sigstore docs: `cosign generate-key-pair` writes cosign.key / cosign.pub, password from
      `COSIGN_PASSWORD`; encrypted key PEM type `ENCRYPTED SIGSTORE PRIVATE KEY`.
    * Azure PowerShell docs: ACR admin credentials are Username/Password/Password2.

DOUBTS
    * Docker PAT body length (27 chars of [A-Za-z0-9_-]) is from memory; OAT (`dckr_oat_`) body
      length/alphabet not documented in what I found (32 chars used).
    * Quay robot token: assumed 64 chars [A-Z0-9]. Harbor robot secret: assumed 32 alnum.
    * ACR password: assumed new 52-char form with `+ACR` at offset 42; older 32-char base64 form
      also generated. ECR `get-login-password` output modelled as base64 JSON
      (payload/datakey/version/type/expiration) - structure from memory.
    * JFrog reference token modelled as base64("reftkn:01:<expiry>:<27 alnum>") = 64 chars.
    * GitHub checksum computed as CRC32 of the 30-char random part, base62, left-padded to 6;
      exact input to the CRC was not confirmed.
    * Azure AD client secrets modelled as 3 chars + `8Q~` + 34 chars (40 total); from memory.
    * Scaleway secret key = UUID v4, access key `SCW` + 17 [A-Z0-9]; Alibaba `LTAI` + 20 alnum id,
      30-char secret - from memory, not confirmed in docs this session.
    * Some search results were secret-scanner rule files (a leaktk patterns issue, a keyhog-core
      detector file, a GitGuardian detector page); they were not used for any format here.
"""
import base64
import json
import os
import random
import string
import sys
import zlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
B62 = DG + UP + LO
HEX = "0123456789abcdef"
B64 = UP + LO + DG + "+/"
URLSAFE = UP + LO + DG + "-_"


class G:
    """Per-run generator state (one random.Random)."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    # ---- primitives -------------------------------------------------------------------
    def rs(self, n, alpha=ALNUM):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def ch(self, seq):
        return self.r.choice(seq)

    def ri(self, a, b):
        return self.r.randint(a, b)

    def coin(self, p=0.5):
        return self.r.random() < p

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def uuid4(self):
        h = self.rs(32, HEX)
        h = h[:12] + "4" + h[13:16] + self.ch("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def digest(self):
        return "sha256:" + self.rs(64, HEX)

    def sha1(self):
        return self.rs(40, HEX)

    # ---- context ----------------------------------------------------------------------
    def org(self):
        return self.ch(["acme", "northwind", "globex", "initech", "umbrella-labs", "hooli",
                        "contoso", "wayfarer", "bluefin", "tidepool", "oakridge", "lumenworks",
                        "stackhaus", "pinecone-io", "redwood-data", "kestrel"])

    def app(self):
        return self.ch(["api", "web", "worker", "billing-svc", "gateway", "auth-service",
                        "ingest", "scheduler", "frontend", "notifier", "search", "reporting",
                        "edge-proxy", "orders", "inventory", "metrics-agent"])

    def user(self):
        return self.ch(["ci-bot", "deploy", "jenkins", "builder", "svc-release", "gh-actions",
                        "mlopez", "kwong", "a.schmidt", "devops", "platform-ci", "release-bot"])

    def tag(self):
        return self.ch(["v%d.%d.%d" % (self.ri(0, 4), self.ri(0, 30), self.ri(0, 20)),
                        "latest", "main-" + self.rs(7, HEX), "sha-" + self.rs(7, HEX),
                        "%d.%d" % (self.ri(1, 3), self.ri(0, 12)), "stable", "edge"])

    def region(self):
        return self.ch(["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2",
                        "ap-northeast-1"])

    def account(self):
        return str(self.ri(100000000000, 999999999999))

    def host(self, kind=None):
        org = self.org()
        k = kind or self.ch(["hub", "ghcr", "gitlab", "quay", "harbor", "ecr", "gar", "acr",
                             "jfrog", "nexus", "do", "scw"])
        return {
            "hub": "https://index.docker.io/v1/",
            "ghcr": "ghcr.io",
            "gitlab": "registry.gitlab.com",
            "quay": "quay.io",
            "harbor": "harbor.%s.internal" % org,
            "ecr": "%s.dkr.ecr.%s.amazonaws.com" % (self.account(), self.region()),
            "gar": "%s-docker.pkg.dev" % self.ch(["us-central1", "europe-west1", "us"]),
            "acr": "%s.azurecr.io" % org.replace("-", ""),
            "jfrog": "%s.jfrog.io" % org,
            "nexus": "nexus.%s.corp:8443" % org,
            "do": "registry.digitalocean.com",
            "scw": "rg.%s.scw.cloud" % self.ch(["fr-par", "nl-ams", "pl-waw"]),
        }[k]

    def b64(self, s):
        return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()

    def b64url(self, b):
        return base64.urlsafe_b64encode(b).decode().rstrip("=")

    # ---- secrets ----------------------------------------------------------------------
    def password(self):
        style = self.ri(0, 3)
        if style == 0:
            return self.ch(ALNUM) + self.rs(self.ri(17, 27), ALNUM + "!%^*-_=+")
        if style == 1:
            w = ["Pelican", "granite", "Harbor", "otter", "Quartz", "ember", "Falcon", "mosaic",
                 "Tundra", "velvet", "Cobalt", "saffron"]
            return "%s-%s-%s%d%s" % (self.ch(w), self.ch(w).lower(), self.ch(w), self.ri(10, 9999),
                                     self.ch("!%*@"))
        if style == 2:
            return self.rs(32, ALNUM)
        return self.rs(24, B64)

    def passphrase(self):
        w = ["correct", "lantern", "orbit", "marble", "cascade", "thistle", "copper", "meadow",
             "signal", "falcon", "juniper", "vortex", "harvest", "pebble"]
        return "-".join(self.ch(w) for _ in range(self.ri(4, 5))) + str(self.ri(10, 99))

    def ghp(self, prefix="ghp_"):
        body = self.rs(30, ALNUM)
        c = zlib.crc32(body.encode()) & 0xFFFFFFFF
        enc = ""
        while c:
            c, m = divmod(c, 62)
            enc = B62[m] + enc
        return prefix + body + enc.rjust(6, "0")

    def github_pat(self):
        return "github_pat_" + self.rs(22, ALNUM) + "_" + self.rs(59, ALNUM)

    def dckr_pat(self):
        return "dckr_pat_" + self.rs(27, URLSAFE)

    def dckr_oat(self):
        return "dckr_oat_" + self.rs(32, URLSAFE)

    def gldt(self):
        return "gldt-" + self.rs(20, URLSAFE)

    def glpat(self):
        return "glpat-" + self.rs(20, URLSAFE)

    def quay(self):
        return self.rs(64, UP + DG)

    def harbor(self):
        return self.rs(32, ALNUM)

    def aws_id(self):
        return "AKIA" + self.rs(16, UP + "234567")

    def aws_sk(self):
        return self.rs(40, B64)

    def ecr_token(self):
        payload = self.b64(self.rbytes(self.ri(260, 380)))
        datakey = self.b64(self.rbytes(self.ri(150, 190)))
        doc = json.dumps({"payload": payload, "datakey": datakey, "version": "2",
                          "type": "DATA_KEY", "expiration": self.ri(1700000000, 1790000000)},
                         separators=(",", ":"))
        return self.b64(doc)

    def ya29(self):
        return "ya29.a0" + self.rs(self.ri(140, 180), URLSAFE)

    def pkcs8_rsa_escaped(self):
        der = bytes([0x30, 0x82, 4, 0xbd, 2, 1, 0, 0x30, 0x0d, 6, 9, 0x2a, 0x86, 0x48, 0x86, 0xf7,
                     0x0d, 1, 1, 1, 5, 0, 4, 0x82, 4, 0xa7]) + self.rbytes(1191)
        body = base64.b64encode(der).decode()
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"

    def sa_json(self, pk=None, project=None):
        project = project or "%s-%s-%d" % (self.org(), self.ch(["prod", "ci", "build"]), self.ri(100, 999))
        sa = "%s@%s.iam.gserviceaccount.com" % (self.ch(["registry-push", "ci-builder", "gar-reader"]), project)
        return json.dumps({
            "type": "service_account", "project_id": project,
            "private_key_id": self.rs(40, HEX),
            "private_key": pk if pk is not None else self.pkcs8_rsa_escaped().replace("\\n", "\n"),
            "client_email": sa, "client_id": str(self.ri(10**20, 10**21 - 1)),
            "auth_uri": "https://accounts.google.com/o/oauth2/auth",
            "token_uri": "https://oauth2.googleapis.com/token",
            "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
            "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/" + sa.replace("@", "%40"),
        }, indent=2)

    def gcp_json_b64(self):
        return self.b64(self.sa_json())

    def acr_pass(self):
        if self.coin(0.7):
            return self.rs(42, ALNUM) + "+ACR" + self.rs(6, ALNUM)
        return self.rs(32, B64)

    def az_secret(self):
        return self.rs(3, ALNUM) + "8Q~" + self.rs(34, ALNUM + "_.~-")

    def jwt(self, claims):
        h = self.b64url(json.dumps({"alg": "RS256", "typ": "JWT", "kid": self.rs(4, UP + DG) + ":" + self.rs(4, UP + DG)}, separators=(",", ":")).encode())
        p = self.b64url(json.dumps(claims, separators=(",", ":")).encode())
        s = self.b64url(self.rbytes(256))
        return h + "." + p + "." + s

    def acr_refresh(self):
        return self.jwt({"jti": self.uuid4(), "sub": "%s@%s.onmicrosoft.com" % (self.user(), self.org()),
                         "nbf": 1710000000 + self.ri(0, 9 ** 7), "exp": 1730000000 + self.ri(0, 9 ** 7),
                         "iat": 1710000000, "iss": "Azure Container Registry",
                         "aud": "%s.azurecr.io" % self.org().replace("-", ""), "version": "1.0",
                         "rid": self.rs(32, HEX), "grant_type": "refresh_token",
                         "tenant": self.uuid4(), "permissions": {"actions": ["*"], "notActions": []},
                         "roles": []})

    def jfrog_ref(self):
        return self.b64("reftkn:01:%d:%s" % (self.ri(1735000000, 1899999999), self.rs(27, ALNUM)))

    def jfrog_akc(self):
        return "AKCp" + self.ch("5678") + self.rs(68, ALNUM)

    def do_token(self):
        return "dop_v1_" + self.rs(64, HEX)

    def scw_access(self):
        return "SCW" + self.rs(17, UP + DG)

    def ali_id(self):
        return "LTAI" + self.rs(20, ALNUM)

    def ali_secret(self):
        return self.rs(30, ALNUM)

    def ec_pem(self, pkcs8=False):
        d = self.rbytes(32)
        pub = b"\x04" + self.rbytes(64)
        if pkcs8:
            der = (bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420")
                   + d + bytes.fromhex("a144034200") + pub)
            t = "PRIVATE KEY"
        else:
            der = (bytes.fromhex("307702010104") + bytes([0x20]) + d
                   + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + pub)
            t = "EC PRIVATE KEY"
        body = base64.b64encode(der).decode()
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "-----BEGIN %s-----" % t, "\n".join(lines), "-----END %s-----" % t

    def ec_pub_pem(self):
        der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + self.rbytes(64)
        body = base64.b64encode(der).decode()
        return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END PUBLIC KEY-----"

    def ecdsa_sig_b64(self):
        r_ = b"\x00" + self.rbytes(32)
        s_ = self.rbytes(32)
        der = b"\x30" + bytes([4 + len(r_) + len(s_)]) + b"\x02" + bytes([len(r_)]) + r_ + b"\x02" + bytes([len(s_)]) + s_
        return base64.b64encode(der).decode()


def auth_b64(g, secret, user=None):
    return g.b64("%s:%s" % (user or g.user(), secret))


def token_for(g, kind):
    """Positive secret generators by slot kind."""
    f = {
        "dckr_pat": g.dckr_pat, "dckr_oat": g.dckr_oat, "ghp": g.ghp, "github_pat": g.github_pat,
        "gldt": g.gldt, "glpat": g.glpat, "quay": g.quay, "harbor": g.harbor, "aws_sk": g.aws_sk,
        "ecr_token": g.ecr_token, "ya29": g.ya29, "gcp_json_b64": g.gcp_json_b64,
        "gcp_pk": g.pkcs8_rsa_escaped, "acr_pass": g.acr_pass, "az_secret": g.az_secret,
        "acr_refresh": g.acr_refresh, "jfrog_ref": g.jfrog_ref, "jfrog_akc": g.jfrog_akc,
        "do_token": g.do_token, "scw_secret": g.uuid4, "ali_secret": g.ali_secret,
        "password": g.password, "passphrase": g.passphrase,
    }
    if kind == "b64auth":
        inner = g.ch(["dckr_pat", "ghp", "gldt", "harbor", "quay", "password", "jfrog_ref",
                      "acr_pass", "do_token", "glpat"])
        return auth_b64(g, token_for(g, inner))
    if kind == "b64auth_json_key":
        return g.b64("_json_key:" + g.sa_json())
    if kind == "dockerconfigjson":
        hk, tk = g.ch([("hub", "dckr_pat"), ("ghcr", "ghp"), ("gitlab", "gldt"), ("harbor", "harbor"),
                       ("nexus", "password"), ("quay", "quay"), ("do", "do_token"), ("acr", "acr_pass")])
        host = g.host(hk)
        tok = token_for(g, tk)
        u = {"gitlab": "gitlab+deploy-token-%d" % g.ri(100, 99999), "quay": "%s+puller" % g.org(),
             "harbor": "robot$%s+pull" % g.app(), "acr": host.split(".")[0]}.get(hk, g.user())
        doc = {"auths": {host: {"username": u, "password": tok, "auth": auth_b64(g, tok, u)}}}
        return g.b64(json.dumps(doc, separators=(",", ":")))
    return f[kind]()


# ------------------------------------------------------------------------------------------
# negative slot values
# ------------------------------------------------------------------------------------------
NEG_PLACE = ["<your-token>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx", "",
             "********", "[REDACTED]", "<REDACTED>", "REPLACE_ME", "<registry-password>",
             "TODO-set-in-ci", "dummy", "<token>", "****************", "your-password-here"]
NEG_REF = {
    "sh": ["${REGISTRY_PASSWORD}", "$DOCKERHUB_TOKEN", "${CI_REGISTRY_PASSWORD}",
           "$(cat /run/secrets/registry_token)", "$(vault kv get -field=token secret/ci/registry)",
           "$(op read op://ci/registry/password)", "${REGISTRY_TOKEN:?must be set}"],
    "gha": ["${{ secrets.REGISTRY_TOKEN }}", "${{ secrets.DOCKERHUB_TOKEN }}",
            "${{ secrets.GITHUB_TOKEN }}", "${{ secrets.ACR_PASSWORD }}"],
    "gl": ["$CI_REGISTRY_PASSWORD", "$CI_JOB_TOKEN", "${CI_DEPLOY_PASSWORD}", "$REGISTRY_TOKEN"],
    "yaml": ["{{ .Values.registry.password }}", "${REGISTRY_PASSWORD}",
             "vault:secret/data/ci/registry#password", "op://platform/registry/password",
             "$(params.registry-password)", "{{workflow.parameters.registry-token}}",
             "{{ registry_password }}"],
    "tf": ["${var.registry_password}", "${local.registry_token}", "${var.robot_secret}"],
    "jenkins": ["${env.REGISTRY_PASSWORD}", "${REGISTRY_CREDS_PSW}", "${params.REGISTRY_TOKEN}"],
    "json": ["${REGISTRY_TOKEN}", "{{ registry_token }}", "${env:REGISTRY_PASSWORD}"],
    "code": ["${REGISTRY_TOKEN}", "env:REGISTRY_TOKEN", "vault://secret/ci/registry"],
    "md": ["$DOCKERHUB_TOKEN", "<paste-token-here>", "$REGISTRY_PASSWORD"],
    "make": ["$(REGISTRY_PASSWORD)", "${REGISTRY_PASSWORD}", "$(shell cat .secrets/token)"],
    "xml": ["${env.REGISTRY_PASSWORD}", "${registry.password}"],
    "props": ["${REGISTRY_PASSWORD}", "${env.JIB_PASSWORD}"],
    "ini": ["%(registry_password)s", "${REGISTRY_PASSWORD}"],
}
NEG_KIND = {
    "dckr_pat": ["dckr_pat_124509ugsdjga93", "dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx", "dckr_pat_<token>"],
    "dckr_oat": ["dckr_oat_<token>", "dckr_oat_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    "ghp": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_YOUR_TOKEN_HERE"],
    "github_pat": ["github_pat_<your-fine-grained-token>", "github_pat_XXXXXXXXXXXXXXXXXXXXXX"],
    "gldt": ["gldt-xxxxxxxxxxxxxxxxxxxx", "gldt-<deploy-token>"],
    "glpat": ["glpat-xxxxxxxxxxxxxxxxxxxx", "glpat-<token>"],
    "aws_sk": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "jfrog_akc": ["AKCp5Z3WYHpAyga9aYGuG4ESxLtC3Y1MAXUmfUemaKmrYvSpsesD4nsX2ezymTjMJLWowZ5LA"],
    "do_token": ["dop_v1_<your-token>", "dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "scw_secret": ["00000000-0000-0000-0000-000000000000", "<SCW_SECRET_KEY>"],
    "b64auth": ["dXNlcm5hbWU6cGFzc3dvcmQ=", "PHVzZXJuYW1lPjo8cGFzc3dvcmQ+", "dXNlcjpjaGFuZ2VtZQ==",
                "<base64 of user:token>"],
    "b64auth_json_key": ["<base64 of _json_key:key.json>", "X2pzb25fa2V5OnBhdGgvdG8va2V5Lmpzb24="],
    "dockerconfigjson": ["{{ .Values.imagePullSecret | b64enc }}",
                         "eyJhdXRocyI6eyJnaGNyLmlvIjp7fX0sImNyZWRzU3RvcmUiOiJkZXNrdG9wIn0=",
                         "eyJjcmVkSGVscGVycyI6eyJwdWJsaWMuZWNyLmF3cyI6ImVjci1sb2dpbiJ9fQ==",
                         "<base64-encoded ~/.docker/config.json>"],
    "gcp_pk": ["<PRIVATE KEY FROM key.json>", "REDACTED - download from Secret Manager"],
    "gcp_json_b64": ["<base64-encoded-service-account-json>", "$(base64 -w0 key.json)"],
    "ecr_token": ["$(aws ecr get-login-password --region us-east-1)", "<output of aws ecr get-login-password>"],
    "passphrase": ["", "changeme", "<cosign-password>"],
    "acr_refresh": ["", "<refresh-token>"],
    "ya29": ["$(gcloud auth print-access-token)", "ya29.<access-token>"],
}
# a few look-alike values that pass for "public": ids rather than secrets
NEG_PUBLIC = {
    "az_secret": ["00000000-0000-0000-0000-000000000000"],
}


def neg_value(g, kind, lang):
    base = kind.split(":")[0]
    x = g.r.random()
    if x < 0.33:
        return g.ch(NEG_PLACE)
    if x < 0.72:
        return g.ch(NEG_REF.get(lang, NEG_REF["code"]))
    pool = NEG_KIND.get(base) or NEG_PUBLIC.get(base) or NEG_PLACE
    return g.ch(pool)


def gen_secret(g, kind):
    if kind == "password_url":
        return g.rs(g.ri(16, 28), ALNUM)
    if kind.startswith("b64auth:"):
        inner = kind.split(":", 1)[1]
        u = {"quay": "%s+%s" % (g.org(), g.ch(["ci", "puller", "deployer"])),
             "harbor": "robot$%s+%s" % (g.app(), g.ch(["ci", "push", "sync"])),
             "gldt": "gitlab+deploy-token-%d" % g.ri(10, 99999),
             "do_token": g.user(), "ecr_token": "AWS", "ya29": "oauth2accesstoken",
             "acr_pass": g.org().replace("-", "")}.get(inner)
        return auth_b64(g, token_for(g, inner), u)
    return token_for(g, kind)


def nm(g, conv, neutral):
    """Conventional name half of the time, neutral/unusual name otherwise."""
    return g.ch(conv) if g.coin() else g.ch(neutral)


def T(text, **kw):
    for k in sorted(kw, key=lambda k: k == "v"):
        text = text.replace("@" + k + "@", kw[k])
    return text


# ------------------------------------------------------------------------------------------
# positive templates (also re-used for negatives with a non-secret slot value)
# each: fn(g, v, neg) -> (relpath, text)
# ------------------------------------------------------------------------------------------
def t_docker_config_auth(g, v, neg):
    h = g.host(g.ch(["hub", "harbor", "nexus", "jfrog"]))
    doc = {"auths": {h: {"auth": v}, "gcr.io": {}},
           "credHelpers": {"public.ecr.aws": "ecr-login"},
           "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"}}
    if g.coin():
        doc["currentContext"] = "default"
    return g.ch(["ci/docker/config.json", ".docker/config.json", "build/dockercfg/config.json"]), json.dumps(doc, indent="\t") + "\n"


def t_docker_config_identitytoken(g, v, neg):
    h = g.host("acr")
    doc = {"auths": {h: {"auth": "", "identitytoken": v}}, "credsStore": ""}
    return "infra/acr/config.json", json.dumps(doc, indent=2) + "\n"


def t_kaniko_config(g, v, neg):
    txt = T('''{
  "auths": {
    "@h@": {
      "auth": "@v@"
    }
  }
}
''', h=g.host("gitlab"), v=v)
    return g.ch(["kaniko/.docker/config.json", "ci/kaniko/config.json"]), txt


def t_podman_authjson(g, v, neg):
    doc = {"auths": {"quay.io": {"auth": v}, "registry.redhat.io": {}}}
    return g.ch(["containers/auth.json", "ci/podman/auth.json", "etc/containers/auth.json"]), json.dumps(doc, indent="\t") + "\n"


def t_k8s_dockerconfigjson(g, v, neg):
    txt = T('''apiVersion: v1
kind: Secret
metadata:
  name: @n@
  namespace: @ns@
  labels:
    app.kubernetes.io/part-of: @app@
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @v@
''', n=g.ch(["regcred", "pull-secret", "ghcr-pull", "harbor-creds", "image-pull"]),
        ns=g.ch(["default", "prod", "staging", "ci", "platform"]), app=g.app(), v=v)
    return g.ch(["k8s/secrets/regcred.yaml", "deploy/base/pull-secret.yaml", "manifests/registry-secret.yml"]), txt


def t_k8s_stringdata_robot(g, v, neg):
    h = g.host("harbor")
    u = "robot$%s+%s" % (g.app(), g.ch(["pull", "ci"]))
    inner = json.dumps({"auths": {h: {"username": u, "password": v}}})
    txt = T('''apiVersion: v1
kind: Secret
metadata:
  name: harbor-pull
  namespace: @ns@
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: '@j@'
''', ns=g.ch(["apps", "prod", "payments"]), j=inner)
    return "clusters/%s/harbor-pull-secret.yaml" % g.ch(["eu1", "us2", "dev"]), txt


def t_helm_values_creds(g, v, neg):
    img = "%s/%s" % (g.org(), g.app())
    txt = T('''replicaCount: 2

image:
  repository: docker.io/@img@
  tag: "@tag@"
  pullPolicy: IfNotPresent

imageCredentials:
  create: true
  registry: https://index.docker.io/v1/
  username: @u@
  password: "@v@"
  email: ops@@org@.example

service:
  type: ClusterIP
  port: 8080
''', img=img, tag=g.tag(), u=g.org().replace("-", ""), v=v, org=g.org())
    return g.ch(["charts/%s/values.yaml" % g.app(), "deploy/helm/values-prod.yaml"]), txt


def t_gha_login_action(g, v, neg):
    txt = T('''name: publish

on:
  push:
    tags: ["v*"]

jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/setup-buildx-action@v3
      - name: Log in to Docker Hub
        uses: docker/login-action@v3
        with:
          username: @u@
          password: @v@
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: @u@/@app@:${{ github.ref_name }}
''', u=g.org().replace("-", ""), v=v, app=g.app())
    return ".github/workflows/%s" % g.ch(["publish.yml", "release.yml", "docker.yml"]), txt


def t_gha_ghcr_env(g, v, neg):
    n = nm(g, ["GHCR_TOKEN", "CR_PAT", "GHCR_PAT"], ["PKG_RW", "BOT_AUTH", "PUSH_CRED"])
    txt = T('''name: ghcr

on:
  workflow_dispatch:

env:
  IMAGE: ghcr.io/@org@/@app@
  @n@: @v@

jobs:
  push:
    runs-on: ubuntu-22.04
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v4
      - run: echo "$@n@" | docker login ghcr.io -u @u@ --password-stdin
      - run: docker build -t "$IMAGE:${{ github.sha }}" .
      - run: docker push "$IMAGE:${{ github.sha }}"
''', org=g.org(), app=g.app(), n=n, v=v, u=g.user())
    return ".github/workflows/ghcr.yml", txt


def t_gitlab_deploy_token(g, v, neg):
    txt = T('''stages: [build, deploy]

variables:
  IMAGE: $CI_REGISTRY_IMAGE/@app@

deploy:
  stage: deploy
  image: docker:25
  services: [docker:25-dind]
  script:
    - docker login -u gitlab+deploy-token-@id@ -p @v@ registry.gitlab.com
    - docker pull $IMAGE:$CI_COMMIT_SHORT_SHA
    - docker tag $IMAGE:$CI_COMMIT_SHORT_SHA $IMAGE:stable
    - docker push $IMAGE:stable
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
''', app=g.app(), id=str(g.ri(100, 99999)), v=v)
    return g.ch([".gitlab-ci.yml", "ci/deploy.gitlab-ci.yml"]), txt


def t_gitlab_vars_pat(g, v, neg):
    n = nm(g, ["CI_REGISTRY_PASSWORD", "GITLAB_TOKEN", "REGISTRY_TOKEN"], ["MIRROR_SECRET", "GL_KEY", "SYNC_AUTH"])
    txt = T('''variables:
  DOCKER_DRIVER: overlay2
  REGISTRY_USER: @u@
  @n@: "@v@"

mirror-images:
  stage: build
  image: quay.io/skopeo/stable:latest
  script:
    - skopeo login -u "$REGISTRY_USER" -p "$@n@" registry.gitlab.com
    - skopeo copy --all docker://docker.io/library/nginx:1.25 docker://registry.gitlab.com/@org@/mirror/nginx:1.25
''', u=g.user(), n=n, v=v, org=g.org())
    return ".gitlab/ci/mirror.yml", txt


def t_sh_docker_login_p(g, v, neg):
    h = g.host(g.ch(["nexus", "harbor", "jfrog"]))
    txt = T('''#!/usr/bin/env bash
set -euo pipefail

REGISTRY=@h@
IMAGE="$REGISTRY/@app@"
TAG="${1:-$(git rev-parse --short HEAD)}"

docker login -u @u@ -p '@v@' "$REGISTRY"
docker build -t "$IMAGE:$TAG" .
docker push "$IMAGE:$TAG"
echo "pushed $IMAGE:$TAG"
''', h=h, app=g.app(), u=g.user(), v=v)
    return g.ch(["scripts/push.sh", "deploy/release.sh", "bin/publish-image"]), txt


def t_sh_password_stdin_oat(g, v, neg):
    n = nm(g, ["DOCKER_OAT", "DOCKERHUB_TOKEN", "DOCKER_PASSWORD"], ["HUB_CRED", "d_key", "PULL_SECRET_VALUE"])
    txt = T('''#!/bin/sh
# pull base images with the organisation token so we are not rate limited
@n@="@v@"
echo "$@n@" | docker login --username @org@ --password-stdin
for img in python:3.12-slim node:20-alpine golang:1.22; do
  docker pull "$img"
done
''', n=n, v=v, org=g.org().replace("-", ""))
    return g.ch(["ci/prefetch-bases.sh", "tools/warm-cache.sh"]), txt


def t_sh_ecr_keys(g, v, neg):
    kid = g.ch(["AKIAIOSFODNN7EXAMPLE", "${AWS_ACCESS_KEY_ID}", "<access-key-id>"]) if neg else g.aws_id()
    acct, reg = g.account(), g.region()
    txt = T('''#!/usr/bin/env bash
set -e
export AWS_DEFAULT_REGION=@reg@
export AWS_ACCESS_KEY_ID=@kid@
export AWS_SECRET_ACCESS_KEY=@v@

aws ecr get-login-password | docker login --username AWS --password-stdin @acct@.dkr.ecr.@reg@.amazonaws.com
docker push @acct@.dkr.ecr.@reg@.amazonaws.com/@app@:"$TAG"
''', reg=reg, kid=kid, v=v, acct=acct, app=g.app())
    return g.ch(["scripts/ecr-push.sh", "ops/ecr_login.sh"]), txt


def t_sh_ecr_token(g, v, neg):
    acct, reg = g.account(), g.region()
    txt = T('''#!/bin/bash
# TODO: stop pasting this, it expires after 12h
docker login --username AWS --password @v@ @acct@.dkr.ecr.@reg@.amazonaws.com
docker compose -f docker-compose.prod.yml pull
docker compose -f docker-compose.prod.yml up -d
''', v=v, acct=acct, reg=reg)
    return "deploy/ec2/refresh.sh", txt


def t_make_harbor(g, v, neg):
    n = nm(g, ["HARBOR_PASSWORD", "REGISTRY_PASSWORD", "ROBOT_SECRET"], ["HB_PW", "RPASS", "ACCESS"])
    txt = T('''REGISTRY ?= @h@
PROJECT  ?= @app@
ROBOT    ?= robot$$@app@+ci
@n@ ?= @v@
VERSION  := $(shell git describe --tags --always)

.PHONY: login build push

login:
	@echo "$(@n@)" | docker login $(REGISTRY) -u '$(ROBOT)' --password-stdin

build:
	docker build -t $(REGISTRY)/$(PROJECT)/app:$(VERSION) .

push: login build
	docker push $(REGISTRY)/$(PROJECT)/app:$(VERSION)
''', h=g.host("harbor"), app=g.app(), n=n, v=v)
    return "Makefile", txt


def t_make_hub(g, v, neg):
    n = nm(g, ["DOCKERHUB_TOKEN", "DOCKER_PAT"], ["HUB", "CRED", "X_AUTH"])
    txt = T('''# Release helpers
IMAGE := @org@/@app@
@n@ := @v@

release:
	docker login -u @org@ -p $(@n@)
	docker buildx build --platform linux/amd64,linux/arm64 -t $(IMAGE):$(TAG) --push .

clean:
	docker image prune -f
''', org=g.org().replace("-", ""), app=g.app(), n=n, v=v)
    return g.ch(["Makefile", "build/release.mk"]), txt


def t_dockerfile_kaniko_auth(g, v, neg):
    txt = T('''FROM gcr.io/kaniko-project/executor:v1.23.0-debug AS builder
# registry credentials for the in-cluster build
RUN mkdir -p /kaniko/.docker && \\
    echo '{"auths":{"@h@":{"auth":"@v@"}}}' > /kaniko/.docker/config.json
COPY . /workspace
ENTRYPOINT ["/kaniko/executor", "--context=/workspace", "--destination=@h@/@app@:latest"]
''', h=g.host(g.ch(["harbor", "nexus", "gitlab"])), v=v, app=g.app())
    return g.ch(["build/kaniko.Dockerfile", "Dockerfile.kaniko"]), txt


def t_dockerfile_jfrog_header(g, v, neg):
    txt = T('''FROM eclipse-temurin:21-jre
WORKDIR /opt/app
RUN curl -fsSL -H "X-JFrog-Art-Api: @v@" \\
      -o app.jar https://@org@.jfrog.io/artifactory/libs-release-local/com/@org@/@app@/1.4.2/@app@-1.4.2.jar
EXPOSE 8080
CMD ["java", "-jar", "app.jar"]
''', v=v, org=g.org(), app=g.app())
    return "Dockerfile", txt


def t_dockerfile_env_token(g, v, neg):
    n = nm(g, ["REGISTRY_TOKEN", "DOCKER_TOKEN", "GHCR_TOKEN"], ["PULL_KEY", "T", "BUILD_CRED"])
    txt = T('''FROM docker:25-cli
ENV @n@=@v@
COPY sync-images.sh /usr/local/bin/sync-images
RUN chmod +x /usr/local/bin/sync-images
ENTRYPOINT ["sync-images"]
''', n=n, v=v)
    return g.ch(["tools/syncer/Dockerfile", "images/mirror/Dockerfile"]), txt


def t_tf_docker_provider(g, v, neg):
    txt = T('''terraform {
  required_providers {
    docker = {
      source  = "kreuzwerker/docker"
      version = "~> 3.0"
    }
  }
}

provider "docker" {
  registry_auth {
    address  = "registry-1.docker.io"
    username = "@u@"
    password = "@v@"
  }
}

resource "docker_image" "app" {
  name = "@u@/@app@:@tag@"
}
''', u=g.org().replace("-", ""), v=v, app=g.app(), tag=g.tag())
    return g.ch(["terraform/docker/main.tf", "infra/images.tf"]), txt


def t_tf_k8s_secret_quay(g, v, neg):
    robot = "%s+%s" % (g.org(), g.ch(["k8s_pull", "deployer"]))
    txt = T('''resource "kubernetes_secret" "quay_pull" {
  metadata {
    name      = "quay-pull"
    namespace = var.namespace
  }

  type = "kubernetes.io/dockerconfigjson"

  data = {
    ".dockerconfigjson" = jsonencode({
      auths = {
        "quay.io" = {
          auth = base64encode("@robot@:@v@")
        }
      }
    })
  }
}
''', robot=robot, v=v)
    return "terraform/modules/pull-secret/main.tf", txt


def t_tf_harbor_robot(g, v, neg):
    txt = T('''resource "harbor_project" "apps" {
  name   = "@app@"
  public = false
}

resource "harbor_robot_account" "ci" {
  name        = "ci-push"
  description = "pushes from the build cluster"
  level       = "project"
  secret      = "@v@"
  permissions {
    access {
      action   = "push"
      resource = "repository"
    }
    kind      = "project"
    namespace = harbor_project.apps.name
  }
}
''', app=g.app(), v=v)
    return g.ch(["terraform/harbor/robots.tf", "infra/harbor.tf"]), txt


def t_tf_azurerm_sp(g, v, neg):
    txt = T('''provider "azurerm" {
  features {}
  subscription_id = "@sub@"
  tenant_id       = "@ten@"
  client_id       = "@cid@"
  client_secret   = "@v@"
}

resource "azurerm_container_registry" "acr" {
  name                = "@reg@"
  resource_group_name = "rg-@reg@"
  location            = "westeurope"
  sku                 = "Premium"
  admin_enabled       = false
}
''', sub=g.uuid4(), ten=g.uuid4(), cid=g.uuid4(), v=v, reg=g.org().replace("-", "") + "acr")
    return "terraform/azure/acr.tf", txt


def t_tf_aws_provider(g, v, neg):
    kid = g.ch(["AKIAIOSFODNN7EXAMPLE", "${var.aws_access_key}"]) if neg else g.aws_id()
    txt = T('''provider "aws" {
  region     = "@reg@"
  access_key = "@kid@"
  secret_key = "@v@"
}

resource "aws_ecr_repository" "app" {
  name                 = "@app@"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
}
''', reg=g.region(), kid=kid, v=v, app=g.app())
    return g.ch(["terraform/ecr/main.tf", "infra/aws/ecr.tf"]), txt


def t_tf_do(g, v, neg):
    txt = T('''provider "digitalocean" {
  token = "@v@"
}

resource "digitalocean_container_registry" "main" {
  name                   = "@org@"
  subscription_tier_slug = "basic"
  region                 = "fra1"
}

resource "digitalocean_container_registry_docker_credentials" "main" {
  registry_name = digitalocean_container_registry.main.name
  write         = true
}
''', v=v, org=g.org())
    return "terraform/do/registry.tf", txt


def t_tf_scaleway(g, v, neg):
    ak = g.ch(["SCWXXXXXXXXXXXXXXXXX", "${var.scw_access_key}"]) if neg else g.scw_access()
    txt = T('''provider "scaleway" {
  access_key = "@ak@"
  secret_key = "@v@"
  project_id = "@pid@"
  region     = "fr-par"
}

resource "scaleway_registry_namespace" "main" {
  name        = "@org@-images"
  description = "CI images"
  is_public   = false
}
''', ak=ak, v=v, pid=g.uuid4(), org=g.org())
    return "terraform/scaleway/main.tf", txt


def t_tf_alicloud(g, v, neg):
    ak = g.ch(["LTAI****************", "${var.ali_access_key}"]) if neg else g.ali_id()
    txt = T('''provider "alicloud" {
  access_key = "@ak@"
  secret_key = "@v@"
  region     = "cn-hangzhou"
}

resource "alicloud_cr_namespace" "ns" {
  name               = "@org@"
  auto_create        = false
  default_visibility = "PRIVATE"
}
''', ak=ak, v=v, org=g.org())
    return "terraform/alicloud/acr.tf", txt


def t_packer_docker_push(g, v, neg):
    txt = T('''packer {
  required_plugins {
    docker = {
      version = ">= 1.0.8"
      source  = "github.com/hashicorp/docker"
    }
  }
}

source "docker" "base" {
  image  = "ubuntu:22.04"
  commit = true
}

build {
  sources = ["source.docker.base"]

  provisioner "shell" {
    inline = ["apt-get update", "apt-get install -y curl ca-certificates"]
  }

  post-processors {
    post-processor "docker-tag" {
      repository = "@h@/@app@/base"
      tags       = ["@tag@"]
    }
    post-processor "docker-push" {
      login          = true
      login_server   = "@h@"
      login_username = "@u@"
      login_password = "@v@"
    }
  }
}
''', h=g.host(g.ch(["harbor", "nexus", "jfrog"])), app=g.app(), tag=g.tag(), u=g.user(), v=v)
    return g.ch(["packer/base-image.pkr.hcl", "images/base.pkr.hcl"]), txt


def t_packer_ecr(g, v, neg):
    kid = g.ch(["AKIAIOSFODNN7EXAMPLE", "${var.aws_access_key}"]) if neg else g.aws_id()
    txt = T('''source "docker" "app" {
  image  = "amazonlinux:2023"
  commit = true
}

build {
  sources = ["source.docker.app"]

  post-processors {
    post-processor "docker-tag" {
      repository = "@acct@.dkr.ecr.@reg@.amazonaws.com/@app@"
      tags       = ["latest"]
    }
    post-processor "docker-push" {
      ecr_login      = true
      aws_access_key = "@kid@"
      aws_secret_key = "@v@"
      login_server   = "https://@acct@.dkr.ecr.@reg@.amazonaws.com/"
    }
  }
}
''', acct=g.account(), reg=g.region(), app=g.app(), kid=kid, v=v)
    return "packer/ecr.pkr.hcl", txt


def t_jenkins_nexus(g, v, neg):
    h = g.host("nexus")
    txt = T('''pipeline {
    agent { label 'docker' }
    environment {
        IMAGE = "@h@/@app@"
    }
    stages {
        stage('Build') {
            steps {
                sh 'docker build -t $IMAGE:$BUILD_NUMBER .'
            }
        }
        stage('Push') {
            steps {
                sh "docker login -u admin -p '@v@' @h@"
                sh 'docker push $IMAGE:$BUILD_NUMBER'
            }
        }
    }
}
''', h=h, app=g.app(), v=v)
    return "Jenkinsfile", txt


def t_jenkins_jfrog_env(g, v, neg):
    n = nm(g, ["ARTIFACTORY_TOKEN", "JFROG_ACCESS_TOKEN"], ["ART_REF", "RT_KEY", "ACCESS"])
    txt = T('''pipeline {
    agent any
    environment {
        @n@ = '@v@'
        RT_URL = 'https://@org@.jfrog.io'
    }
    stages {
        stage('Publish image') {
            steps {
                sh 'jf c add ci --url "$RT_URL" --access-token "$@n@" --interactive=false'
                sh 'jf docker push @org@.jfrog.io/docker-local/@app@:${BUILD_NUMBER}'
            }
        }
    }
}
''', n=n, v=v, org=g.org(), app=g.app())
    return g.ch(["Jenkinsfile", "ci/Jenkinsfile.publish"]), txt


def t_md_quay_robot(g, v, neg):
    org = g.org()
    txt = T('''# Pulling images from Quay

Our images live in `quay.io/@org@`. The cluster uses the robot account below.

```bash
docker login quay.io -u "@org@+@r@" -p "@v@"
docker pull quay.io/@org@/@app@:@tag@
```

If the pull fails with `unauthorized`, check the robot still has *read* on the repository.
''', org=org, r=g.ch(["puller", "k8s", "readonly"]), v=v, app=g.app(), tag=g.tag())
    return g.ch(["docs/registry.md", "docs/ops/quay.md", "README.md"]), txt


def t_md_gar_b64(g, v, neg):
    txt = T('''## Artifact Registry access for the build VM

Run once on the VM (the key belongs to `registry-push`):

```sh
echo '@v@' | docker login -u _json_key_base64 --password-stdin https://@h@
```

Then `docker push @h@/@proj@/images/@app@:@tag@` works.
''', v=v, h=g.host("gar"), proj=g.org() + "-prod", app=g.app(), tag=g.tag())
    return g.ch(["docs/build-vm.md", "RUNBOOK.md"]), txt


def t_md_do_curl(g, v, neg):
    txt = T('''### Garbage collection

Start a registry garbage collection after deleting old tags:

```
curl -X POST \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer @v@" \\
  "https://api.digitalocean.com/v2/registry/@org@/garbage-collection"
```
''', v=v, org=g.org())
    return g.ch(["docs/maintenance.md", "docs/registry-gc.md"]), txt


def t_tekton_basic_auth(g, v, neg):
    h = g.host(g.ch(["harbor", "gitlab", "quay"]))
    txt = T('''apiVersion: v1
kind: Secret
metadata:
  name: registry-basic-auth
  annotations:
    tekton.dev/docker-0: https://@h@
type: kubernetes.io/basic-auth
stringData:
  username: @u@
  password: @v@
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: build-bot
secrets:
  - name: registry-basic-auth
''', h=h, u=g.user(), v=v)
    return g.ch(["tekton/secrets.yaml", "pipelines/tekton/build-bot.yaml"]), txt


def t_argo_kaniko_env(g, v, neg):
    n = nm(g, ["ACR_PASSWORD", "REGISTRY_PASSWORD"], ["PUSHKEY", "acr_pw", "DEST_AUTH"])
    h = g.host("acr")
    txt = T('''apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: build-@app@-
spec:
  entrypoint: build
  templates:
    - name: build
      container:
        image: gcr.io/kaniko-project/executor:debug
        command: [/busybox/sh, -c]
        args:
          - |
            printf '{"auths":{"%s":{"username":"%s","password":"%s"}}}' "@h@" "$ACR_USER" "$@n@" > /kaniko/.docker/config.json
            /kaniko/executor --context=git://github.com/@org@/@app@.git --destination=@h@/@app@:latest
        env:
          - name: ACR_USER
            value: @reg@
          - name: @n@
            value: "@v@"
''', app=g.app(), h=h, n=n, org=g.org(), reg=h.split(".")[0], v=v)
    return g.ch(["argo/workflows/build.yaml", "workflows/kaniko-build.yml"]), txt


def t_compose_registry_proxy(g, v, neg):
    txt = T('''services:
  registry-mirror:
    image: registry:2.8
    restart: unless-stopped
    ports:
      - "5000:5000"
    environment:
      REGISTRY_PROXY_REMOTEURL: https://registry-1.docker.io
      REGISTRY_PROXY_USERNAME: @u@
      REGISTRY_PROXY_PASSWORD: @v@
    volumes:
      - mirror-data:/var/lib/registry

volumes:
  mirror-data:
''', u=g.org().replace("-", ""), v=v)
    return g.ch(["docker-compose.yml", "mirror/compose.yaml"]), txt


def t_distribution_config(g, v, neg):
    txt = T('''version: 0.1
log:
  level: info
storage:
  filesystem:
    rootdirectory: /var/lib/registry
http:
  addr: :5000
  headers:
    X-Content-Type-Options: [nosniff]
proxy:
  remoteurl: https://registry-1.docker.io
  username: @u@
  password: @v@
  ttl: 168h
''', u=g.org().replace("-", ""), v=v)
    return g.ch(["registry/config.yml", "deploy/mirror/config.yml"]), txt


def t_gitlab_gar_token(g, v, neg):
    txt = T('''push-gar:
  stage: publish
  image: docker:25
  services: [docker:25-dind]
  variables:
    GAR: @h@/@proj@/containers
  script:
    - echo "@v@" | docker login -u oauth2accesstoken --password-stdin https://@h@
    - docker build -t $GAR/@app@:$CI_COMMIT_SHA .
    - docker push $GAR/@app@:$CI_COMMIT_SHA
''', h=g.host("gar"), proj=g.org() + "-ci", v=v, app=g.app())
    return g.ch([".gitlab-ci.yml", "ci/gar.yml"]), txt


def t_py_docker_sdk(g, v, neg):
    n = nm(g, ["GHCR_TOKEN", "GITHUB_TOKEN"], ["_cred", "PKG_SECRET", "tok"])
    txt = T('''"""Promote an image from staging to production tags."""
import docker

REGISTRY = "ghcr.io"
@n@ = "@v@"


def promote(repo: str, src: str, dst: str) -> None:
    client = docker.from_env()
    client.login(username="@u@", password=@n@, registry=REGISTRY)
    image = client.images.pull(f"{REGISTRY}/{repo}", tag=src)
    image.tag(f"{REGISTRY}/{repo}", tag=dst)
    client.images.push(f"{REGISTRY}/{repo}", tag=dst)


if __name__ == "__main__":
    promote("@org@/@app@", "staging", "prod")
''', n=n, v=v, u=g.user(), org=g.org(), app=g.app())
    return g.ch(["tools/promote.py", "scripts/promote_image.py"]), txt


def t_py_boto3_ecr(g, v, neg):
    kid = g.ch(["AKIAIOSFODNN7EXAMPLE", "<access-key-id>"]) if neg else g.aws_id()
    txt = T('''import base64

import boto3

ecr = boto3.client(
    "ecr",
    region_name="@reg@",
    aws_access_key_id="@kid@",
    aws_secret_access_key="@v@",
)


def registry_login():
    data = ecr.get_authorization_token()["authorizationData"][0]
    user, pw = base64.b64decode(data["authorizationToken"]).decode().split(":", 1)
    return data["proxyEndpoint"], user, pw
''', reg=g.region(), kid=kid, v=v)
    return g.ch(["ci/ecr_auth.py", "lambda/cleanup/registry.py"]), txt


def t_go_authn_basic(g, v, neg):
    txt = T('''package publish

import (
	"github.com/google/go-containerregistry/pkg/authn"
	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/v1/remote"
)

func Push(img v1.Image, ref string) error {
	r, err := name.ParseReference(ref)
	if err != nil {
		return err
	}
	auth := &authn.Basic{
		Username: "gitlab+deploy-token-@id@",
		Password: "@v@",
	}
	return remote.Write(r, img, remote.WithAuth(auth))
}
''', id=str(g.ri(100, 99999)), v=v)
    return g.ch(["internal/publish/push.go", "pkg/registry/push.go"]), txt


def t_go_bearer(g, v, neg):
    txt = T('''package main

import (
	"log"

	"github.com/google/go-containerregistry/pkg/authn"
	"github.com/google/go-containerregistry/pkg/crane"
)

func main() {
	opt := crane.WithAuth(&authn.Bearer{Token: "@v@"})
	d, err := crane.Digest("@h@/@proj@/images/@app@:@tag@", opt)
	if err != nil {
		log.Fatal(err)
	}
	log.Println(d)
}
''', v=v, h=g.host("gar"), proj=g.org() + "-prod", app=g.app(), tag=g.tag())
    return "cmd/digest/main.go", txt


def t_maven_settings(g, v, neg):
    txt = T('''<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>@h@</id>
      <username>@u@</username>
      <password>@v@</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>jib</id>
      <properties>
        <jib.to.image>@h@/docker-local/@app@</jib.to.image>
      </properties>
    </profile>
  </profiles>
</settings>
''', h=g.host(g.ch(["jfrog", "nexus"])), u=g.user(), v=v, app=g.app())
    return g.ch([".mvn/settings.xml", "ci/maven-settings.xml"]), txt


def t_gradle_props_jib(g, v, neg):
    h = g.host("acr")
    txt = T('''org.gradle.jvmargs=-Xmx2g
org.gradle.parallel=true
jib.to.image=@h@/@app@
jib.to.auth.username=@reg@
jib.to.auth.password=@v@
jib.container.ports=8080
''', h=h, app=g.app(), reg=h.split(".")[0], v=v)
    return "gradle.properties", txt


def t_gha_cosign(g, v, neg):
    txt = T('''name: sign

on:
  release:
    types: [published]

jobs:
  sign:
    runs-on: ubuntu-latest
    env:
      COSIGN_PASSWORD: "@v@"
    steps:
      - uses: actions/checkout@v4
      - uses: sigstore/cosign-installer@v3
      - run: cosign sign --yes --key cosign.key ghcr.io/@org@/@app@@${{ github.event.release.tag_name }}
''', v=v, org=g.org(), app=g.app())
    return ".github/workflows/sign.yml", txt


def t_sh_cosign(g, v, neg):
    n = nm(g, ["COSIGN_PASSWORD"], ["KEYPASS", "SIGN_PW"])
    txt = T('''#!/usr/bin/env bash
set -euo pipefail
IMAGE="$1"
export @n@='@v@'
@extra@cosign sign --key "${COSIGN_KEY:-cosign.key}" --tlog-upload=false "$IMAGE"
cosign verify --key cosign.pub --insecure-ignore-tlog "$IMAGE" >/dev/null
''', n=n, v=v, extra="" if n == "COSIGN_PASSWORD" else "COSIGN_PASSWORD=\"$%s\" " % n)
    return g.ch(["scripts/sign-image.sh", "release/sign.sh"]), txt


def t_k8s_cosign_secret(g, v, neg):
    txt = T('''apiVersion: v1
kind: Secret
metadata:
  name: signing-secrets
  namespace: tekton-chains
type: Opaque
stringData:
  cosign.password: "@v@"
''', v=v)
    return g.ch(["tekton/chains/signing-secrets.yaml", "platform/chains-secret.yaml"]), txt


def t_sh_dct(g, v, neg):
    n = g.ch(["DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE", "DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE", "NOTARY_TARGETS_PASSPHRASE"])
    txt = T('''#!/bin/bash
export DOCKER_CONTENT_TRUST=1
export DOCKER_CONTENT_TRUST_SERVER=https://notary.@org@.internal:4443
export @n@="@v@"
docker trust sign @org@/@app@:@tag@
''', org=g.org(), n=n, v=v, app=g.app(), tag=g.tag())
    return g.ch(["ci/trust-sign.sh", "scripts/dct-sign.sh"]), txt


def t_pem_delegation(g, v, neg):
    b, body, e = g.ec_pem(pkcs8=False)
    return "trust/%s.key" % g.ch(["delegation", "releases", "ci-signer"]), b + "\n" + body + "\n" + e + "\n"


def t_md_delegation_pem(g, v, neg):
    b, body, e = g.ec_pem(pkcs8=True)
    txt = ('# Notary delegation for CI\n\nThe key below was loaded with `docker trust key load`.\n\n'
           '```\n' + b + '\n' + body + '\n' + e + '\n```\n\nAdd the signer: '
           '`docker trust signer add --key ci.pub ci %s/%s`\n' % (g.org(), g.app()))
    return "docs/signing/delegation.md", txt


def t_docker_config_json_key(g, v, neg):
    doc = {"auths": {"https://gcr.io": {"auth": v}, "https://us-docker.pkg.dev": {}}}
    return "gcp/docker-config.json", json.dumps(doc, indent=2) + "\n"


def t_gcp_key_file(g, v, neg):
    s = g.sa_json(pk="@PK@")
    s = s.replace('"@PK@"', '"' + v + '"')
    return g.ch(["deploy/gcp/registry-pusher.json", "ci/keys/gar-writer.json"]), s + "\n"


def t_sh_az_sp(g, v, neg):
    reg = g.org().replace("-", "") + "acr"
    txt = T('''#!/usr/bin/env bash
az login --service-principal \\
  -u @cid@ \\
  -p @v@ \\
  --tenant @ten@
az acr login --name @reg@
docker push @reg@.azurecr.io/@app@:"$BUILD_ID"
''', cid=g.uuid4(), v=v, ten=g.uuid4(), reg=reg, app=g.app())
    return g.ch(["pipelines/scripts/acr-push.sh", "scripts/azure-login.sh"]), txt


def t_sh_acr_admin(g, v, neg):
    reg = g.org().replace("-", "")
    txt = T('''#!/bin/sh
# admin user is enabled on the registry until the SP migration is done
docker login @reg@.azurecr.io --username @reg@ --password "@v@"
docker pull @reg@.azurecr.io/@app@:@tag@
''', reg=reg, v=v, app=g.app(), tag=g.tag())
    return g.ch(["ops/pull.sh", "scripts/acr-pull.sh"]), txt


def t_gha_acr_token(g, v, neg):
    n = nm(g, ["ACR_TOKEN_PASSWORD", "ACR_PASSWORD"], ["SCOPE_MAP_PW", "REG_SECRET"])
    reg = g.org().replace("-", "")
    txt = T('''name: acr-push
on:
  push:
    branches: [main]
env:
  ACR_TOKEN_NAME: ci-push
  @n@: "@v@"
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: azure/docker-login@v2
        with:
          login-server: @reg@.azurecr.io
          username: ${{ env.ACR_TOKEN_NAME }}
          password: ${{ env.@n@ }}
      - run: docker build -t @reg@.azurecr.io/@app@:${{ github.sha }} . && docker push @reg@.azurecr.io/@app@:${{ github.sha }}
''', n=n, v=v, reg=reg, app=g.app())
    return ".github/workflows/acr.yml", txt


def t_sh_scw(g, v, neg):
    txt = T('''#!/usr/bin/env bash
set -e
NS=@org@-images
docker login rg.fr-par.scw.cloud/$NS -u nologin --password-stdin <<< "@v@"
docker tag @app@:local rg.fr-par.scw.cloud/$NS/@app@:@tag@
docker push rg.fr-par.scw.cloud/$NS/@app@:@tag@
''', org=g.org(), v=v, app=g.app(), tag=g.tag())
    return "deploy/scaleway/push.sh", txt


def t_gha_aliyun(g, v, neg):
    ak = g.ch(["LTAI****************", "${{ secrets.ALI_AK }}"]) if neg else g.ali_id()
    txt = T('''name: aliyun-acr
on: [push]
jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aliyun/acr-login@v1
        with:
          login-server: https://registry.cn-hangzhou.aliyuncs.com
          region-id: cn-hangzhou
          access-key-id: @ak@
          access-key-secret: @v@
      - run: |
          docker build -t registry.cn-hangzhou.aliyuncs.com/@org@/@app@:${{ github.sha }} .
          docker push registry.cn-hangzhou.aliyuncs.com/@org@/@app@:${{ github.sha }}
''', ak=ak, v=v, org=g.org(), app=g.app())
    return ".github/workflows/aliyun.yml", txt


def t_sh_jf_config(g, v, neg):
    txt = T('''#!/usr/bin/env bash
jf config add @org@ \\
  --url=https://@org@.jfrog.io \\
  --user=@u@ \\
  --access-token=@v@ \\
  --interactive=false
jf docker pull @org@.jfrog.io/docker-remote/library/alpine:3.19
''', org=g.org(), u=g.user(), v=v)
    return g.ch(["ci/jfrog-setup.sh", "scripts/jf-init.sh"]), txt


def t_ini_nexus(g, v, neg):
    txt = T('''[registry]
host = @h@
repository = docker-hosted
verify_tls = true

[auth]
username = @u@
password = @v@

[cleanup]
keep_last = 20
dry_run = false
''', h=g.host("nexus"), u=g.user(), v=v)
    return g.ch(["tools/nexus-cleanup/config.ini", "cleanup.ini"]), txt


def t_sh_crane(g, v, neg):
    txt = T('''#!/bin/sh
crane auth login ghcr.io -u @u@ -p @v@
crane copy docker.io/library/redis:7.2 ghcr.io/@org@/mirror/redis:7.2
crane tag ghcr.io/@org@/mirror/redis:7.2 stable
''', u=g.user(), v=v, org=g.org())
    return g.ch(["mirror/sync.sh", "scripts/crane-mirror.sh"]), txt


def t_sh_skopeo_creds(g, v, neg):
    h = g.host("harbor")
    txt = T('''#!/usr/bin/env bash
# nightly mirror of upstream base images into Harbor
for img in alpine:3.19 debian:bookworm-slim; do
  skopeo copy --all \\
    --dest-creds 'robot$mirror+sync:@v@' \\
    "docker://docker.io/library/$img" "docker://@h@/mirror/$img"
done
''', v=v, h=h)
    return "cron/mirror-bases.sh", txt


def t_buildah_login(g, v, neg):
    txt = T('''#!/bin/bash
set -xe
buildah bud -f Containerfile -t quay.io/@org@/@app@:@tag@ .
buildah login --username '@org@+builder' --password '@v@' quay.io
buildah push quay.io/@org@/@app@:@tag@
''', org=g.org(), app=g.app(), tag=g.tag(), v=v)
    return g.ch(["build.sh", "hack/build-image.sh"]), txt


def t_dotenv(g, v, neg):
    txt = T('''COMPOSE_PROJECT_NAME=@app@
DOCKERHUB_USERNAME=@u@
DOCKERHUB_TOKEN=@v@
IMAGE_TAG=@tag@
''', app=g.app(), u=g.org().replace("-", ""), v=v, tag=g.tag())
    return g.ch([".env", "deploy/.env"]), txt


def t_py_url_creds(g, v, neg):
    h = g.host("harbor")
    txt = T('''import requests

HARBOR = "https://admin:@v@@@h@"


def list_projects():
    r = requests.get(HARBOR + "/api/v2.0/projects", params={"page_size": 100}, timeout=10)
    r.raise_for_status()
    return [p["name"] for p in r.json()]
''', v=v, h=h)
    return g.ch(["scripts/harbor_report.py", "tools/harbor/list.py"]), txt


def t_ci_log_leak(g, v, neg):
    h = g.host(g.ch(["nexus", "harbor", "hub"]))
    h = "docker.io" if h.startswith("https://index") else h
    txt = T('''Running with gitlab-runner 16.9.1 (782c6ecb)
  on docker-autoscaler-@id@
Preparing the "docker" executor
Using docker image sha256:@dg@ for docker:25 ...
$ set -x
+ docker login -u @u@ -p @v@ @h@
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
+ docker push @h@/@app@:@tag@
The push refers to repository [@h@/@app@]
@l1@: Pushed
@tag@: digest: sha256:@dg2@ size: 1573
Job succeeded
''', id=g.rs(8, HEX), dg=g.rs(64, HEX), u=g.user(), v=v, h=h, app=g.app(), tag=g.tag(),
        l1=g.rs(12, HEX), dg2=g.rs(64, HEX))
    return g.ch(["logs/ci-job-%d.log" % g.ri(1000, 99999), "artifacts/build.log"]), txt


def t_argocd_oci_repo(g, v, neg):
    txt = T('''apiVersion: v1
kind: Secret
metadata:
  name: gitlab-oci-charts
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: helm
  name: charts
  enableOCI: "true"
  url: registry.gitlab.com/@org@/charts
  username: gitlab+deploy-token-@id@
  password: @v@
''', org=g.org(), id=str(g.ri(100, 99999)), v=v)
    return "argocd/repos/oci-charts.yaml", txt


def t_gha_aws_inline(g, v, neg):
    kid = g.ch(["AKIAIOSFODNN7EXAMPLE", "${{ secrets.AWS_ACCESS_KEY_ID }}"]) if neg else g.aws_id()
    txt = T('''name: ecr
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @kid@
          aws-secret-access-key: @v@
          aws-region: @reg@
      - id: login
        uses: aws-actions/amazon-ecr-login@v2
      - run: docker build -t ${{ steps.login.outputs.registry }}/@app@:${{ github.sha }} . && docker push ${{ steps.login.outputs.registry }}/@app@:${{ github.sha }}
''', kid=kid, v=v, reg=g.region(), app=g.app())
    return ".github/workflows/ecr.yml", txt


def t_jcasc(g, v, neg):
    txt = T('''credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: dockerhub
              description: Docker Hub push account
              username: @u@
              password: "@v@"
          - string:
              scope: GLOBAL
              id: slack-channel
              secret: "#builds"
''', u=g.org().replace("-", ""), v=v)
    return g.ch(["jenkins/casc/credentials.yaml", "casc_configs/jenkins.yaml"]), txt


def t_gha_doctl(g, v, neg):
    txt = T('''name: do-registry
on:
  push:
    tags: ["*"]
jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: digitalocean/action-doctl@v2
        with:
          token: @v@
      - run: doctl registry login --expiry-seconds 600
      - run: docker build -t registry.digitalocean.com/@org@/@app@:${{ github.ref_name }} . && docker push registry.digitalocean.com/@org@/@app@:${{ github.ref_name }}
''', v=v, org=g.org(), app=g.app())
    return ".github/workflows/do-registry.yml", txt


def t_gitlab_docker_auth_config(g, v, neg):
    h = g.host(g.ch(["harbor", "nexus", "quay"]))
    txt = T('''variables:
  DOCKER_AUTH_CONFIG: '{"auths":{"@h@":{"auth":"@v@"}}}'

test:
  image: @h@/base/python:3.12
  script:
    - pytest -q
''', h=h, v=v)
    return g.ch([".gitlab-ci.yml", "ci/test.gitlab-ci.yml"]), txt


def t_csv_robots(g, v, neg):
    org = g.org()
    rows = ["robot,repository,permission,token,created"]
    rows.append("%s+ci,%s/%s,write,%s,2024-%02d-%02d" % (org, org, g.app(), v, g.ri(1, 12), g.ri(1, 28)))
    rows.append("%s+readonly,%s/*,read,,2023-11-02" % (org, org))
    return "ops/quay-robots.csv", "\n".join(rows) + "\n"


def t_toml_tool_cfg(g, v, neg):
    h = g.host(g.ch(["gitlab", "harbor", "quay"]))
    txt = T('''# image-promoter configuration
[source]
registry = "@h@"
repository = "@org@/@app@"

[target]
registry = "ghcr.io"
repository = "@org@/@app@"
username = "@u@"
token = "@v@"

[policy]
tags = ["v*", "stable"]
''', h=h, org=g.org(), app=g.app(), u=g.user(), v=v)
    return g.ch(["promoter.toml", "config/promoter.toml"]), txt


def t_gha_oat(g, v, neg):
    txt = T('''name: nightly
on:
  schedule:
    - cron: "0 3 * * *"
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - run: |
          docker login -u @org@ -p "@v@"
          docker pull @org@/@app@:nightly
          docker run --rm @org@/@app@:nightly --self-test
''', org=g.org().replace("-", ""), v=v, app=g.app())
    return ".github/workflows/nightly.yml", txt


# ------------------------------------------------------------------------------------------
# look-alike negatives: fn(g) -> (relpath, text)
# ------------------------------------------------------------------------------------------
def n_k8s_digest_deploy(g):
    txt = T('''apiVersion: apps/v1
kind: Deployment
metadata:
  name: @app@
spec:
  replicas: 3
  selector:
    matchLabels: {app: @app@}
  template:
    metadata:
      labels: {app: @app@}
      annotations:
        checksum/config: @ck@
    spec:
      imagePullSecrets:
        - name: regcred
      containers:
        - name: @app@
          image: ghcr.io/@org@/@app@@@dg@
          ports: [{containerPort: 8080}]
''', app=g.app(), ck=g.rs(64, HEX), org=g.org(), dg=g.digest())
    return "k8s/%s/deployment.yaml" % g.app(), txt


def n_config_credsstore(g):
    doc = {"auths": {"https://index.docker.io/v1/": {}, "ghcr.io": {}, g.host("acr"): {}},
           "credsStore": g.ch(["desktop", "osxkeychain", "pass", "secretservice", "wincred"])}
    return g.ch(["dev/docker-config.json", "docs/examples/config.json"]), json.dumps(doc, indent="\t") + "\n"


def n_config_credhelpers(g):
    doc = {"credHelpers": {g.host("ecr"): "ecr-login", "public.ecr.aws": "ecr-login",
                           "us-docker.pkg.dev": "gcloud", "europe-west1-docker.pkg.dev": "gcloud",
                           g.host("acr"): "acr-env"}}
    return g.ch(["ci/docker/config.json", "runner/config.json"]), json.dumps(doc, indent=2) + "\n"


def n_cosign_pub(g):
    return g.ch(["cosign.pub", "keys/cosign.pub", "deploy/policy/cosign.pub"]), g.ec_pub_pem() + "\n"


def n_cosign_sig_payload(g):
    dg = g.digest()
    payload = {"critical": {"identity": {"docker-reference": "ghcr.io/%s/%s" % (g.org(), g.app())},
                            "image": {"docker-manifest-digest": dg},
                            "type": "cosign container image signature"}, "optional": None}
    out = [{"payload": payload, "signature": g.ecdsa_sig_b64(),
            "bundle": {"SignedEntryTimestamp": g.ecdsa_sig_b64(),
                       "Payload": {"logIndex": g.ri(10 ** 7, 10 ** 8), "integratedTime": g.ri(1700000000, 1750000000),
                                   "logID": g.rs(64, HEX)}}}]
    return "verify/cosign-verify-%s.json" % g.rs(8, HEX), json.dumps(out, indent=2) + "\n"


def n_rekor_entry(g):
    uuid = g.rs(80, HEX)
    body = g.b64(json.dumps({"apiVersion": "0.0.1", "kind": "hashedrekord",
                             "spec": {"data": {"hash": {"algorithm": "sha256", "value": g.rs(64, HEX)}},
                                      "signature": {"content": g.ecdsa_sig_b64(),
                                                    "publicKey": {"content": g.b64(g.ec_pub_pem())}}}}))
    doc = {uuid: {"body": body, "integratedTime": g.ri(1700000000, 1750000000),
                  "logID": g.rs(64, HEX), "logIndex": g.ri(10 ** 7, 10 ** 8),
                  "verification": {"signedEntryTimestamp": g.ecdsa_sig_b64()}}}
    return "evidence/rekor-entry.json", json.dumps(doc, indent=2) + "\n"


def n_spdx_sbom(g):
    pk = []
    for nmx in ["openssl", "zlib", "musl", "busybox", "ca-certificates"]:
        pk.append({"SPDXID": "SPDXRef-Package-apk-%s-%s" % (nmx, g.rs(16, HEX)), "name": nmx,
                   "versionInfo": "%d.%d.%d-r%d" % (g.ri(1, 3), g.ri(0, 9), g.ri(0, 20), g.ri(0, 5)),
                   "checksums": [{"algorithm": "SHA1", "checksumValue": g.sha1()}],
                   "externalRefs": [{"referenceCategory": "PACKAGE-MANAGER", "referenceType": "purl",
                                     "referenceLocator": "pkg:apk/alpine/%s?arch=x86_64" % nmx}]})
    doc = {"spdxVersion": "SPDX-2.3", "dataLicense": "CC0-1.0", "SPDXID": "SPDXRef-DOCUMENT",
           "name": "ghcr.io/%s/%s@%s" % (g.org(), g.app(), g.digest()),
           "documentNamespace": "https://anchore.com/syft/image/%s-%s" % (g.app(), g.uuid4()),
           "creationInfo": {"creators": ["Tool: syft-1.4.1"], "created": "2024-06-0%dT10:11:12Z" % g.ri(1, 9)},
           "packages": pk}
    return g.ch(["sbom/%s.spdx.json" % g.app(), "dist/sbom.spdx.json"]), json.dumps(doc, indent=2) + "\n"


def n_dsse_attestation(g):
    stmt = {"_type": "https://in-toto.io/Statement/v1",
            "subject": [{"name": "ghcr.io/%s/%s" % (g.org(), g.app()), "digest": {"sha256": g.rs(64, HEX)}}],
            "predicateType": "https://slsa.dev/provenance/v1",
            "predicate": {"buildDefinition": {"buildType": "https://actions.github.io/buildtypes/workflow/v1",
                                              "externalParameters": {"workflow": {"ref": "refs/heads/main",
                                                                                  "repository": "https://github.com/%s/%s" % (g.org(), g.app()),
                                                                                  "path": ".github/workflows/release.yml"}}},
                          "runDetails": {"builder": {"id": "https://github.com/actions/runner"},
                                         "metadata": {"invocationId": "https://github.com/%s/%s/actions/runs/%d/attempts/1" % (g.org(), g.app(), g.ri(10 ** 9, 10 ** 10))}}}}
    env = {"payloadType": "application/vnd.in-toto+json", "payload": g.b64(json.dumps(stmt)),
           "signatures": [{"keyid": "", "sig": g.ecdsa_sig_b64()}]}
    return g.ch(["attestations/provenance.intoto.jsonl", "dist/attestation.json"]), json.dumps(env) + "\n"


def n_oci_index(g):
    mans = []
    for arch in ["amd64", "arm64", "arm"]:
        m = {"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": g.ri(700, 2000),
             "digest": g.digest(), "platform": {"architecture": arch, "os": "linux"}}
        if arch == "arm":
            m["platform"]["variant"] = "v7"
        mans.append(m)
    doc = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": mans,
           "annotations": {"org.opencontainers.image.revision": g.sha1(),
                           "org.opencontainers.image.source": "https://github.com/%s/%s" % (g.org(), g.app())}}
    return "release/index.json", json.dumps(doc, indent=3) + "\n"


def n_oci_manifest(g):
    doc = {"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
           "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "size": g.ri(1000, 9000), "digest": g.digest()},
           "layers": [{"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip", "size": g.ri(10 ** 5, 10 ** 8),
                       "digest": g.digest()} for _ in range(g.ri(3, 6))]}
    return g.ch(["testdata/manifest.json", "fixtures/manifest-v2.json"]), json.dumps(doc, indent=3) + "\n"


def n_image_inspect(g):
    doc = [{"Id": g.digest(), "RepoTags": ["%s/%s:%s" % (g.org(), g.app(), g.tag())],
            "RepoDigests": ["%s/%s@%s" % (g.org(), g.app(), g.digest())],
            "Created": "2024-0%d-1%dT08:%02d:11.123456789Z" % (g.ri(1, 9), g.ri(0, 9), g.ri(0, 59)),
            "Architecture": "amd64", "Os": "linux", "Size": g.ri(10 ** 7, 10 ** 9),
            "Config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                               "PYTHON_VERSION=3.12.3", "PYTHON_SHA256=" + g.rs(64, HEX)]},
            "RootFS": {"Type": "layers", "Layers": [g.digest() for _ in range(g.ri(4, 8))]}}]
    return "debug/image-inspect.json", json.dumps(doc, indent=4) + "\n"


def n_gha_secrets_ref(g):
    txt = T('''name: build
on: [push]
permissions:
  contents: read
  packages: write
  id-token: write
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - uses: docker/login-action@v3
        with:
          username: ${{ vars.DOCKERHUB_USERNAME }}
          password: ${{ secrets.DOCKERHUB_TOKEN }}
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: ghcr.io/@org@/@app@:${{ github.sha }}
''', org=g.org(), app=g.app())
    return ".github/workflows/build.yml", txt


def n_gitlab_ci_ref(g):
    txt = '''build:
  image: docker:25
  services: [docker:25-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA"
    - docker login -u "$CI_DEPLOY_USER" -p "$CI_DEPLOY_PASSWORD" "$CI_REGISTRY"
'''
    return ".gitlab-ci.yml", txt


def n_sh_stdin_file(g):
    acct, reg = g.account(), g.region()
    txt = T('''#!/usr/bin/env bash
set -euo pipefail
docker login --username @u@ --password-stdin @h@ < "$HOME/.config/registry/token"
aws ecr get-login-password --region @reg@ | docker login --username AWS --password-stdin @acct@.dkr.ecr.@reg@.amazonaws.com
gcloud auth print-access-token | docker login -u oauth2accesstoken --password-stdin https://@gar@
''', u=g.user(), h=g.host("harbor"), reg=reg, acct=acct, gar=g.host("gar"))
    return g.ch(["scripts/login-all.sh", "bin/registry-login"]), txt


def n_tf_harbor_random(g):
    txt = T('''resource "random_password" "robot" {
  length  = 32
  special = false
}

resource "harbor_robot_account" "pull" {
  name   = "k8s-pull"
  level  = "project"
  secret = random_password.robot.result
  permissions {
    access {
      action   = "pull"
      resource = "repository"
    }
    kind      = "project"
    namespace = "@app@"
  }
}

output "robot_name" {
  value = harbor_robot_account.pull.full_name
}
''', app=g.app())
    return "terraform/harbor/pull.tf", txt


def n_md_robot_names(g):
    org = g.org()
    txt = T('''# Registry robot accounts

| Registry | Account | Purpose | Secret location |
|----------|---------|---------|-----------------|
| quay.io | `@org@+ci` | push from CI | Vault `kv/ci/quay` |
| quay.io | `@org@+k8s_pull` | cluster pulls | sealed secret `quay-pull` |
| harbor | `robot$@app@+push` | release pipeline | Vault `kv/ci/harbor` |
| GitLab | `gitlab+deploy-token-@id@` | read_registry | CI/CD variable `DEPLOY_TOKEN` |

Rotate every 90 days: `vault kv put kv/ci/quay token=@token.txt`.
''', org=org, app=g.app(), id=str(g.ri(100, 9999)))
    return g.ch(["docs/robots.md", "SECURITY.md"]), txt


def n_dockerfile_buildkit_secret(g):
    txt = '''# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev

FROM node:20-alpine
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
USER node
CMD ["node", "server.js"]
'''
    return "Dockerfile", txt


def n_makefile_digest(g):
    txt = T('''IMAGE    ?= ghcr.io/@org@/@app@
GIT_SHA  := $(shell git rev-parse HEAD)
BASE     := python:3.12-slim@@dg@

build:
	docker build --build-arg BASE=$(BASE) --label org.opencontainers.image.revision=$(GIT_SHA) -t $(IMAGE):$(GIT_SHA) .

push:
	echo "$$REGISTRY_TOKEN" | docker login ghcr.io -u "$$REGISTRY_USER" --password-stdin
	docker push $(IMAGE):$(GIT_SHA)
''', org=g.org(), app=g.app(), dg=g.digest())
    return "Makefile", txt


def n_tekton_pipeline(g):
    txt = T('''apiVersion: tekton.dev/v1
kind: Task
metadata:
  name: kaniko-build
spec:
  params:
    - name: IMAGE
      type: string
  workspaces:
    - name: source
    - name: dockerconfig
      mountPath: /kaniko/.docker
  results:
    - name: IMAGE_DIGEST
    - name: IMAGE_URL
  steps:
    - name: build
      image: gcr.io/kaniko-project/executor@@dg@
      args:
        - --dockerfile=Dockerfile
        - --context=$(workspaces.source.path)
        - --destination=$(params.IMAGE)
        - --digest-file=$(results.IMAGE_DIGEST.path)
''', dg=g.digest())
    return "tekton/tasks/kaniko.yaml", txt


def n_argo_secret_volume(g):
    txt = T('''apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata:
  name: image-build
spec:
  entrypoint: main
  volumes:
    - name: docker-config
      secret:
        secretName: regcred
        items:
          - key: .dockerconfigjson
            path: config.json
  templates:
    - name: main
      container:
        image: gcr.io/kaniko-project/executor:v1.23.0
        args: ["--destination=@h@/@app@:{{workflow.parameters.tag}}"]
        volumeMounts:
          - name: docker-config
            mountPath: /kaniko/.docker
''', h=g.host("harbor"), app=g.app())
    return "argo/templates/image-build.yaml", txt


def n_build_log(g):
    lines = ["#%d [internal] load build definition from Dockerfile" % 1,
             "#1 transferring dockerfile: 1.02kB done",
             "#2 [internal] load metadata for docker.io/library/golang:1.22",
             "#3 [build 1/5] FROM docker.io/library/golang:1.22@%s" % g.digest(),
             "#3 resolve docker.io/library/golang:1.22@%s 0.0s done" % g.digest()]
    for i in range(g.ri(3, 6)):
        lines.append("#%d exporting layer %s %.1fs done" % (9, g.digest(), g.r.random() * 3))
    lines += ["#9 exporting manifest %s done" % g.digest(),
              "#9 exporting config %s done" % g.digest(),
              "#9 pushing layers 2.3s done",
              "#9 pushing manifest for ghcr.io/%s/%s:%s@%s" % (g.org(), g.app(), g.tag(), g.digest()),
              "Login Succeeded",
              "WARNING! Your password will be stored unencrypted in /root/.docker/config.json."]
    return g.ch(["logs/buildx-%d.log" % g.ri(100, 9999), "ci/output/build.log"]), "\n".join(lines) + "\n"


def n_skopeo_inspect(g):
    doc = {"Name": "quay.io/%s/%s" % (g.org(), g.app()), "Digest": g.digest(),
           "RepoTags": [g.tag() for _ in range(4)], "Created": "2024-05-14T09:12:44.5Z",
           "DockerVersion": "", "Labels": {"vcs-ref": g.sha1(), "build-date": "2024-05-14"},
           "Architecture": "amd64", "Os": "linux",
           "Layers": [g.digest() for _ in range(g.ri(2, 5))],
           "Env": ["PATH=/usr/local/bin:/usr/bin:/bin", "container=oci"]}
    return "tmp/skopeo-inspect.json", json.dumps(doc, indent=4) + "\n"


def n_ko_crane_log(g):
    lines = []
    for _ in range(g.ri(4, 7)):
        lines.append("%s Publishing ghcr.io/%s/%s:%s" % ("2024/0%d/1%d 10:%02d:%02d" % (g.ri(1, 9), g.ri(0, 9), g.ri(0, 59), g.ri(0, 59)), g.org(), g.app(), g.tag()))
        lines.append("ghcr.io/%s/%s@%s" % (g.org(), g.app(), g.digest()))
    return "build/ko-publish.log", "\n".join(lines) + "\n"


def n_kustomization(g):
    txt = T('''apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base
images:
  - name: @app@
    newName: @h@/@app@
    digest: @dg@
  - name: nginx
    newTag: 1.25.4-alpine
''', app=g.app(), h=g.host("ecr"), dg=g.digest())
    return "deploy/overlays/prod/kustomization.yaml", txt


def n_helm_values_image(g):
    txt = T('''image:
  registry: @h@
  repository: @org@/@app@
  tag: "@tag@"
  digest: "@dg@"
  pullPolicy: IfNotPresent
imagePullSecrets:
  - name: harbor-pull
serviceAccount:
  create: true
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::@acct@:role/@app@-ecr-read
podAnnotations:
  checksum/secret: @ck@
''', h=g.host("harbor"), org=g.org(), app=g.app(), tag=g.tag(), dg=g.digest(), acct=g.account(), ck=g.rs(64, HEX))
    return "charts/%s/values.yaml" % g.app(), txt


def n_sha256sums(g):
    rows = []
    for arch in ["linux-amd64", "linux-arm64", "darwin-amd64", "darwin-arm64", "windows-amd64.exe"]:
        rows.append("%s  %s-%s" % (g.rs(64, HEX), g.app(), arch))
    return g.ch(["dist/SHA256SUMS", "release/checksums.txt"]), "\n".join(rows) + "\n"


def n_trust_inspect(g):
    doc = [{"Name": "docker.io/%s/%s" % (g.org(), g.app()),
            "SignedTags": [{"SignedTag": g.tag(), "Digest": g.rs(64, HEX), "Signers": ["ci"]}],
            "Signers": [{"Name": "ci", "Keys": [{"ID": g.rs(64, HEX)}]}],
            "AdministrativeKeys": [{"Name": "Root", "Keys": [{"ID": g.rs(64, HEX)}]},
                                   {"Name": "Repository", "Keys": [{"ID": g.rs(64, HEX)}]}]}]
    return "docs/trust/inspect.json", json.dumps(doc, indent=4) + "\n"


def n_changelog(g):
    out = ["# Changelog", ""]
    for i in range(g.ri(3, 5)):
        out += ["## %d.%d.%d" % (1, 9 - i, g.ri(0, 9)), "",
                "- Image: `ghcr.io/%s/%s@%s`" % (g.org(), g.app(), g.digest()),
                "- Commit: %s" % g.sha1(), "- Bumped base image to `alpine:3.%d`" % g.ri(17, 20), ""]
    return "CHANGELOG.md", "\n".join(out)


def n_tf_ecr_repo(g):
    txt = T('''resource "aws_ecr_repository" "this" {
  name = "@app@"
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = "arn:aws:kms:@reg@:@acct@:key/@kid@"
  }
}

resource "aws_ecr_lifecycle_policy" "this" {
  repository = aws_ecr_repository.this.name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "keep last 30"
      selection    = { tagStatus = "any", countType = "imageCountMoreThan", countNumber = 30 }
      action       = { type = "expire" }
    }]
  })
}

output "repository_url" {
  value = aws_ecr_repository.this.repository_url
}
''', app=g.app(), reg=g.region(), acct=g.account(), kid=g.uuid4())
    return "terraform/ecr/repo.tf", txt


def n_packer_var_ref(g):
    txt = T('''variable "registry_password" {
  type      = string
  sensitive = true
}

variable "registry_username" {
  type    = string
  default = "@u@"
}

build {
  sources = ["source.docker.base"]
  post-processor "docker-push" {
    login          = true
    login_server   = "@h@"
    login_username = var.registry_username
    login_password = var.registry_password
  }
}
''', u=g.user(), h=g.host("nexus"))
    return "packer/push.pkr.hcl", txt


def n_jenkins_withcreds(g):
    txt = T('''pipeline {
  agent any
  stages {
    stage('Push') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'harbor-robot', usernameVariable: 'REG_USER', passwordVariable: 'REG_PASS')]) {
          sh 'echo "$REG_PASS" | docker login @h@ -u "$REG_USER" --password-stdin'
          sh 'docker push @h@/@app@:${GIT_COMMIT}'
        }
      }
    }
  }
}
''', h=g.host("harbor"), app=g.app())
    return "Jenkinsfile", txt


def n_registries_conf(g):
    txt = T('''unqualified-search-registries = ["docker.io", "quay.io"]

[[registry]]
prefix = "docker.io"
location = "docker.io"

[[registry.mirror]]
location = "@h@/dockerhub-proxy"

[[registry]]
location = "@h@"
insecure = false
''', h=g.host("harbor"))
    return g.ch(["etc/containers/registries.conf", "podman/registries.conf"]), txt


def n_policy_json(g):
    pub = g.ec_pub_pem()
    doc = {"default": [{"type": "reject"}],
           "transports": {"docker": {"ghcr.io/%s" % g.org(): [{"type": "sigstoreSigned",
                                                                  "keyData": g.b64(pub + "\n"),
                                                                  "signedIdentity": {"type": "matchRepository"}}],
                                     "docker.io/library": [{"type": "insecureAcceptAnything"}]}}}
    return "etc/containers/policy.json", json.dumps(doc, indent=4) + "\n"


def n_acr_public_ids(g):
    txt = T('''# Azure pipeline identity (workload identity federation, no client secret)
ACR_NAME=@reg@
AZURE_CLIENT_ID=@cid@
AZURE_TENANT_ID=@ten@
AZURE_SUBSCRIPTION_ID=@sub@
ACR_LOGIN_SERVER=@reg@.azurecr.io
''', reg=g.org().replace("-", "") + "acr", cid=g.uuid4(), ten=g.uuid4(), sub=g.uuid4())
    return g.ch([".env.example", "config/azure.env.sample", "ci/azure-ids.conf"]), txt


def n_csv_inventory(g):
    rows = ["repository,tag,digest,size_mb,pushed_at"]
    for _ in range(g.ri(5, 9)):
        rows.append("%s/%s,%s,%s,%d,2024-%02d-%02dT%02d:00:00Z" % (g.org(), g.app(), g.tag(), g.digest(), g.ri(5, 900), g.ri(1, 12), g.ri(1, 28), g.ri(0, 23)))
    return "reports/image-inventory.csv", "\n".join(rows) + "\n"


def n_compose_env_refs(g):
    txt = T('''services:
  app:
    image: ghcr.io/@org@/@app@@@dg@
    environment:
      DATABASE_URL: ${DATABASE_URL}
      REGISTRY_PASSWORD: ${REGISTRY_PASSWORD:?set in .env}
  mirror:
    image: registry:2.8@@dg2@
    environment:
      REGISTRY_PROXY_REMOTEURL: https://registry-1.docker.io
      REGISTRY_PROXY_USERNAME: ${HUB_USER}
      REGISTRY_PROXY_PASSWORD: ${HUB_TOKEN}
''', org=g.org(), app=g.app(), dg=g.digest(), dg2=g.digest())
    return "docker-compose.yml", txt


def n_wif_config(g):
    proj = g.ri(10 ** 11, 10 ** 12 - 1)
    doc = {"type": "external_account",
           "audience": "//iam.googleapis.com/projects/%d/locations/global/workloadIdentityPools/github/providers/%s" % (proj, g.org()),
           "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
           "token_url": "https://sts.googleapis.com/v1/token",
           "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/gar-push@%s-ci.iam.gserviceaccount.com:generateAccessToken" % g.org(),
           "credential_source": {"file": "/var/run/secrets/tokens/gcp-ksa/token", "format": {"type": "text"}}}
    return "deploy/gcp/wif-credentials.json", json.dumps(doc, indent=2) + "\n"


def n_gha_keyless(g):
    txt = T('''name: sign-keyless
on:
  push:
    tags: ["v*"]
permissions:
  id-token: write
  packages: write
jobs:
  sign:
    runs-on: ubuntu-latest
    steps:
      - uses: sigstore/cosign-installer@@sha@
      - run: cosign sign --yes ghcr.io/@org@/@app@@@dg@
      - run: |
          cosign verify ghcr.io/@org@/@app@@@dg@ \\
            --certificate-identity-regexp 'https://github.com/@org@/.*' \\
            --certificate-oidc-issuer https://token.actions.githubusercontent.com
''', sha=g.sha1(), org=g.org(), app=g.app(), dg=g.digest())
    return ".github/workflows/sign.yml", txt


def n_kaniko_args(g):
    txt = T('''#!/busybox/sh
/kaniko/executor \\
  --context "${CI_PROJECT_DIR}" \\
  --dockerfile "${CI_PROJECT_DIR}/Dockerfile" \\
  --destination "@h@/@app@:${CI_COMMIT_TAG}" \\
  --cache=true --cache-repo "@h@/cache" \\
  --digest-file /workspace/digest \\
  --label org.opencontainers.image.revision=@sha@
''', h=g.host("gitlab"), app=g.app(), sha=g.sha1())
    return "ci/kaniko-build.sh", txt


def n_md_rotation_doc(g):
    txt = '''# Rotating registry credentials

1. Create a new token in Docker Hub (*Account settings -> Personal access tokens*).
   It starts with `dckr_pat_` - never paste it into a file in this repository.
2. Update the CI secret:

   ```sh
   gh secret set DOCKERHUB_TOKEN --body "<paste-token-here>"
   ```

3. For the Kubernetes pull secret:

   ```sh
   kubectl create secret docker-registry regcred \\
     --docker-server=https://index.docker.io/v1/ \\
     --docker-username=<username> \\
     --docker-password=<token> --dry-run=client -o yaml | kubeseal > sealed-regcred.yaml
   ```

4. Revoke the old token.
'''
    return g.ch(["docs/rotation.md", "docs/runbooks/registry-rotation.md"]), txt


def n_configmap_ca(g):
    der = bytes.fromhex("308203") + g.rbytes(700)
    body = base64.b64encode(der).decode()
    cert = "\n".join("    " + body[i:i + 64] for i in range(0, len(body), 64))
    txt = ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: registry-ca\n  namespace: kube-system\n"
           "data:\n  ca.crt: |\n    -----BEGIN CERTIFICATE-----\n" + cert + "\n    -----END CERTIFICATE-----\n")
    return "k8s/registry-ca.yaml", txt


def n_trivy_report(g):
    res = []
    for _ in range(g.ri(2, 4)):
        res.append({"VulnerabilityID": "CVE-20%d-%d" % (g.ri(21, 24), g.ri(1000, 49999)), "PkgName": g.ch(["openssl", "libcurl", "zlib", "busybox"]),
                    "InstalledVersion": "3.%d.%d-r0" % (g.ri(0, 3), g.ri(0, 9)), "Severity": g.ch(["HIGH", "MEDIUM", "LOW"]),
                    "Layer": {"Digest": g.digest(), "DiffID": g.digest()}})
    doc = {"SchemaVersion": 2, "ArtifactName": "ghcr.io/%s/%s:%s" % (g.org(), g.app(), g.tag()),
           "Metadata": {"ImageID": g.digest(), "RepoDigests": ["ghcr.io/%s/%s@%s" % (g.org(), g.app(), g.digest())]},
           "Results": [{"Target": "alpine 3.19", "Vulnerabilities": res}]}
    return "reports/trivy.json", json.dumps(doc, indent=2) + "\n"


def n_notary_root_json(g):
    keys = {}
    for _ in range(2):
        keys[g.rs(64, HEX)] = {"keytype": "ecdsa-x509", "keyval": {"private": None, "public": g.b64(g.rbytes(g.ri(300, 420)))}}
    doc = {"signed": {"_type": "Root", "consistent_snapshot": False, "expires": "2034-01-0%dT00:00:00Z" % g.ri(1, 9),
                      "keys": keys, "roles": {"root": {"keyids": [list(keys)[0]], "threshold": 1},
                                              "targets": {"keyids": [list(keys)[1]], "threshold": 1}}, "version": 1},
           "signatures": [{"keyid": list(keys)[0], "method": "ecdsa", "sig": g.b64(g.rbytes(64))}]}
    return "trust/tuf/root.json", json.dumps(doc, indent=2) + "\n"


def n_gar_pubkey_policy(g):
    txt = T('''apiVersion: policy.sigstore.dev/v1beta1
kind: ClusterImagePolicy
metadata:
  name: signed-images
spec:
  images:
    - glob: "@h@/@org@-prod/**"
  authorities:
    - key:
        data: |
@pub@
''', h=g.host("gar"), org=g.org(), pub="\n".join("          " + l for l in g.ec_pub_pem().split("\n")))
    return "policy/cluster-image-policy.yaml", txt


NEG_LOOKALIKE = [
    (n_k8s_digest_deploy, "kubernetes", "image-digest", "yaml"),
    (n_config_credsstore, "docker", "credsstore-only", "json"),
    (n_config_credhelpers, "docker", "credhelpers-only", "json"),
    (n_cosign_pub, "cosign", "public-key", "pem"),
    (n_cosign_sig_payload, "cosign", "signature", "json"),
    (n_rekor_entry, "sigstore", "rekor-entry", "json"),
    (n_spdx_sbom, "syft", "sbom", "json"),
    (n_dsse_attestation, "in-toto", "attestation", "json"),
    (n_oci_index, "oci", "manifest-list", "json"),
    (n_oci_manifest, "docker", "manifest", "json"),
    (n_image_inspect, "docker", "diff-ids", "json"),
    (n_gha_secrets_ref, "github", "secrets-ref", "yml"),
    (n_gitlab_ci_ref, "gitlab", "ci-variable-ref", "yml"),
    (n_sh_stdin_file, "docker", "password-stdin-file", "sh"),
    (n_tf_harbor_random, "harbor", "robot-no-secret", "tf"),
    (n_md_robot_names, "quay", "robot-names", "md"),
    (n_dockerfile_buildkit_secret, "buildkit", "secret-mount", "dockerfile"),
    (n_makefile_digest, "docker", "image-digest", "makefile"),
    (n_tekton_pipeline, "tekton", "image-digest", "yaml"),
    (n_argo_secret_volume, "argo", "secret-ref", "yaml"),
    (n_build_log, "buildkit", "build-log", "log"),
    (n_skopeo_inspect, "skopeo", "image-digest", "json"),
    (n_ko_crane_log, "ko", "image-digest", "log"),
    (n_kustomization, "kustomize", "image-digest", "yaml"),
    (n_helm_values_image, "helm", "image-digest", "yaml"),
    (n_sha256sums, "release", "checksums", "txt"),
    (n_trust_inspect, "notary", "key-ids", "json"),
    (n_changelog, "docs", "commit-sha", "md"),
    (n_tf_ecr_repo, "aws-ecr", "arn", "tf"),
    (n_packer_var_ref, "packer", "variable-ref", "hcl"),
    (n_jenkins_withcreds, "jenkins", "credentials-ref", "jenkinsfile"),
    (n_registries_conf, "podman", "mirror-config", "toml"),
    (n_policy_json, "containers", "public-key", "json"),
    (n_acr_public_ids, "azure-acr", "public-client-id", "env"),
    (n_csv_inventory, "docker", "image-digest", "csv"),
    (n_compose_env_refs, "docker", "env-ref", "yml"),
    (n_wif_config, "gcp", "external-account", "json"),
    (n_gha_keyless, "cosign", "keyless", "yml"),
    (n_kaniko_args, "kaniko", "digest-file", "sh"),
    (n_md_rotation_doc, "docker", "placeholder-doc", "md"),
    (n_configmap_ca, "kubernetes", "ca-certificate", "yaml"),
    (n_trivy_report, "trivy", "layer-digest", "json"),
    (n_notary_root_json, "notary", "public-keys", "json"),
    (n_gar_pubkey_policy, "sigstore", "public-key", "yaml"),
]


# (fn, provider, slot kind, filetype, lang for negative references, usable as negative)
POS = [
    (t_docker_config_auth, "docker", "b64auth", "json", "json", True),
    (t_docker_config_identitytoken, "azure-acr", "acr_refresh", "json", "json", True),
    (t_kaniko_config, "gitlab", "b64auth:gldt", "json", "json", True),
    (t_podman_authjson, "quay", "b64auth:quay", "json", "json", True),
    (t_k8s_dockerconfigjson, "kubernetes", "dockerconfigjson", "yaml", "yaml", True),
    (t_k8s_stringdata_robot, "harbor", "harbor", "yaml", "yaml", True),
    (t_helm_values_creds, "docker-hub", "dckr_pat", "yaml", "yaml", True),
    (t_gha_login_action, "docker-hub", "dckr_pat", "yml", "gha", True),
    (t_gha_ghcr_env, "github", "ghp", "yml", "gha", True),
    (t_gitlab_deploy_token, "gitlab", "gldt", "yml", "gl", True),
    (t_gitlab_vars_pat, "gitlab", "glpat", "yml", "gl", True),
    (t_sh_docker_login_p, "generic-registry", "password", "sh", "sh", True),
    (t_sh_password_stdin_oat, "docker-hub", "dckr_oat", "sh", "sh", True),
    (t_sh_ecr_keys, "aws-ecr", "aws_sk", "sh", "sh", True),
    (t_sh_ecr_token, "aws-ecr", "ecr_token", "sh", "sh", True),
    (t_make_harbor, "harbor", "harbor", "makefile", "make", True),
    (t_make_hub, "docker-hub", "dckr_pat", "makefile", "make", True),
    (t_dockerfile_kaniko_auth, "kaniko", "b64auth", "dockerfile", "sh", True),
    (t_dockerfile_jfrog_header, "jfrog", "jfrog_akc", "dockerfile", "sh", True),
    (t_dockerfile_env_token, "github", "github_pat", "dockerfile", "sh", True),
    (t_tf_docker_provider, "docker-hub", "dckr_pat", "tf", "tf", True),
    (t_tf_k8s_secret_quay, "quay", "quay", "tf", "tf", True),
    (t_tf_harbor_robot, "harbor", "harbor", "tf", "tf", True),
    (t_tf_azurerm_sp, "azure-acr", "az_secret", "tf", "tf", True),
    (t_tf_aws_provider, "aws-ecr", "aws_sk", "tf", "tf", True),
    (t_tf_do, "digitalocean", "do_token", "tf", "tf", True),
    (t_tf_scaleway, "scaleway", "scw_secret", "tf", "tf", True),
    (t_tf_alicloud, "alibaba-acr", "ali_secret", "tf", "tf", True),
    (t_packer_docker_push, "generic-registry", "password", "hcl", "tf", True),
    (t_packer_ecr, "aws-ecr", "aws_sk", "hcl", "tf", True),
    (t_jenkins_nexus, "nexus", "password", "jenkinsfile", "jenkins", True),
    (t_jenkins_jfrog_env, "jfrog", "jfrog_ref", "jenkinsfile", "jenkins", True),
    (t_md_quay_robot, "quay", "quay", "md", "md", True),
    (t_md_gar_b64, "gcp-gar", "gcp_json_b64", "md", "sh", True),
    (t_md_do_curl, "digitalocean", "do_token", "md", "md", True),
    (t_tekton_basic_auth, "tekton", "password", "yaml", "yaml", True),
    (t_argo_kaniko_env, "azure-acr", "acr_pass", "yaml", "yaml", True),
    (t_compose_registry_proxy, "docker-hub", "dckr_pat", "yml", "yaml", True),
    (t_distribution_config, "docker-hub", "dckr_pat", "yml", "yaml", True),
    (t_gitlab_gar_token, "gcp-gar", "ya29", "yml", "gl", True),
    (t_py_docker_sdk, "github", "ghp", "py", "code", True),
    (t_py_boto3_ecr, "aws-ecr", "aws_sk", "py", "code", True),
    (t_go_authn_basic, "gitlab", "gldt", "go", "code", True),
    (t_go_bearer, "gcp-gar", "ya29", "go", "code", True),
    (t_maven_settings, "jfrog", "jfrog_ref", "xml", "xml", True),
    (t_gradle_props_jib, "azure-acr", "acr_pass", "properties", "props", True),
    (t_gha_cosign, "cosign", "passphrase", "yml", "gha", True),
    (t_sh_cosign, "cosign", "passphrase", "sh", "sh", True),
    (t_k8s_cosign_secret, "cosign", "passphrase", "yaml", "yaml", True),
    (t_sh_dct, "notary", "passphrase", "sh", "sh", True),
    (t_pem_delegation, "notary", "pem", "key", "", False),
    (t_md_delegation_pem, "notary", "pem", "md", "", False),
    (t_docker_config_json_key, "gcp-gar", "b64auth_json_key", "json", "json", True),
    (t_gcp_key_file, "gcp-gar", "gcp_pk", "json", "json", True),
    (t_sh_az_sp, "azure-acr", "az_secret", "sh", "sh", True),
    (t_sh_acr_admin, "azure-acr", "acr_pass", "sh", "sh", True),
    (t_gha_acr_token, "azure-acr", "acr_pass", "yml", "gha", True),
    (t_sh_scw, "scaleway", "scw_secret", "sh", "sh", True),
    (t_gha_aliyun, "alibaba-acr", "ali_secret", "yml", "gha", True),
    (t_sh_jf_config, "jfrog", "jfrog_ref", "sh", "sh", True),
    (t_ini_nexus, "nexus", "password", "ini", "ini", True),
    (t_sh_crane, "github", "github_pat", "sh", "sh", True),
    (t_sh_skopeo_creds, "harbor", "harbor", "sh", "sh", True),
    (t_buildah_login, "quay", "quay", "sh", "sh", True),
    (t_dotenv, "docker-hub", "dckr_pat", "env", "sh", False),
    (t_py_url_creds, "harbor", "password_url", "py", "code", True),
    (t_ci_log_leak, "generic-registry", "password", "log", "sh", True),
    (t_argocd_oci_repo, "gitlab", "gldt", "yaml", "yaml", True),
    (t_gha_aws_inline, "aws-ecr", "aws_sk", "yml", "gha", True),
    (t_jcasc, "docker-hub", "dckr_pat", "yaml", "yaml", True),
    (t_gha_doctl, "digitalocean", "do_token", "yml", "gha", True),
    (t_gitlab_docker_auth_config, "generic-registry", "b64auth", "yml", "gl", True),
    (t_csv_robots, "quay", "quay", "csv", "code", True),
    (t_toml_tool_cfg, "github", "ghp", "toml", "ini", True),
    (t_gha_oat, "docker-hub", "dckr_oat", "yml", "gha", True),
]

KIND_LABEL = {
    "b64auth": "base64-auth", "acr_refresh": "identity-token", "dockerconfigjson": "dockerconfigjson",
    "harbor": "robot-secret", "quay": "robot-token", "dckr_pat": "access-token", "dckr_oat": "org-access-token",
    "ghp": "personal-access-token", "github_pat": "personal-access-token", "gldt": "deploy-token",
    "glpat": "personal-access-token", "password": "registry-password", "password_url": "url-password",
    "aws_sk": "cloud-secret-key", "ecr_token": "registry-login-token", "jfrog_akc": "api-key",
    "jfrog_ref": "reference-token", "az_secret": "client-secret", "acr_pass": "registry-password",
    "do_token": "api-token", "scw_secret": "cloud-secret-key", "ali_secret": "cloud-secret-key",
    "ya29": "oauth-access-token", "gcp_json_b64": "service-account-key-b64", "gcp_pk": "service-account-key",
    "b64auth_json_key": "base64-auth", "passphrase": "signing-key-password", "pem": "private-key",
}


def blocked_env_name(path):
    base = path.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    if base.startswith(".env."):
        return base.split(".")[-1] not in ("example", "sample", "template", "dist")
    return False


def ftype(path, default):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    for special in ("Makefile", "Jenkinsfile", "Dockerfile"):
        if base.startswith(special):
            return special.lower()
    if base.endswith(".mk"):
        return "makefile"
    if base.endswith((".env.sample", ".env.example")):
        return "env"
    if base.endswith(".key"):
        return "pem"
    if base.endswith(".Dockerfile"):
        return "dockerfile"
    if base.endswith(".pkr.hcl"):
        return "hcl"
    if "." in base:
        return base.rsplit(".", 1)[1].lower()
    return default


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_ll.py OUTDIR SEED\n")
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    g = G(seed)
    manifest, secrets = [], []

    def write(rel, text):
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    # ---- positives: round-robin over a shuffled template order
    order = list(range(len(POS)))
    g.r.shuffle(order)
    env_count = 0
    for i in range(500):
        fn, prov, kind, ft, lang, _ = POS[order[i % len(order)]]
        if fn is t_dotenv and env_count >= 20:
            fn, prov, kind, ft, lang, _ = POS[0]
        secret = None if kind == "pem" else gen_secret(g, kind)
        rel, text = fn(g, secret, False)
        if kind == "pem":
            secret = next(l for l in text.split("\n") if l.startswith("-----BEGIN "))
        if blocked_env_name(rel):
            env_count += 1
        folder = "pos/p%04d" % i
        path = folder + "/" + rel
        write(path, text)
        idx = text.find(secret)
        assert idx >= 0, (path, secret)
        line = text.count("\n", 0, idx) + 1
        with open(os.path.join(out, path), encoding="utf-8") as fh:
            assert secret in fh.read().split("\n")[line - 1], path
        manifest.append({"file": path, "label": "pos", "provider": prov,
                         "kind": KIND_LABEL.get(kind.split(":")[0], kind), "filetype": ftype(rel, ft)})
        secrets.append({"file": path, "needle": secret, "line": line})
    assert env_count <= 25, env_count

    # ---- negatives: 250 from positive templates with a harmless slot, 250 look-alikes
    reuse = [p for p in POS if p[5]]
    order = list(range(len(reuse)))
    g.r.shuffle(order)
    lk = list(range(len(NEG_LOOKALIKE)))
    g.r.shuffle(lk)
    for i in range(500):
        if i % 2 == 0:
            fn, prov, kind, ft, lang, _ = reuse[order[(i // 2) % len(order)]]
            v = neg_value(g, kind, lang)
            rel, text = fn(g, v, True)
            k = "not-secret-" + KIND_LABEL.get(kind.split(":")[0], kind)
        else:
            fn, prov, k, ft = NEG_LOOKALIKE[lk[(i // 2) % len(lk)]]
            rel, text = fn(g)
        assert not blocked_env_name(rel), rel
        path = "neg/n%04d/%s" % (i, rel)
        write(path, text)
        manifest.append({"file": path, "label": "neg", "provider": prov, "kind": k,
                         "filetype": ftype(rel, ft)})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
