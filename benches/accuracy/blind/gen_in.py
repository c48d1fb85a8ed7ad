#!/usr/bin/env python3
"""Blind evaluation-set generator: Kubernetes platform tools' own credentials.

EMPHASIS
    Credentials that belong to the Kubernetes platform layer rather than to the
    applications running on it:
      * Rancher: API keys (`token-xxxxx` access key + 54-char secret key, or the
        combined bearer `token-xxxxx:<secret>`), bootstrap passwords, cluster
        registration / cattle-cluster-agent tokens (import URL, agent `--token`).
      * Portainer: `ptr_` access tokens (X-API-Key), admin password files.
      * OpenShift: `sha256~` OAuth access tokens, kubeadmin passwords
        (xxxxx-xxxxx-xxxxx-xxxxx), pull secrets (`auths` with base64 `auth`).
      * Harbor: robot accounts (`robot$project+name` + 32-char secret), admin
        password, dockerconfigjson Secrets.
      * Velero: `credentials-velero` for AWS (INI), Azure (KEY=VALUE), GCP (SA JSON).
      * Argo CD: admin/initial password, repo credentials (PAT, SSH key), cluster
        Secrets with bearer tokens, API tokens (HS256 JWT), notifications tokens.
      * Flux: git basic-auth Secrets, bootstrap PATs, notification provider
        webhook URLs, receiver tokens, SOPS age keys.
      * Kubernetes Dashboard / Headlamp / Lens / k9s: service-account JWTs,
        kubeconfigs with tokens or client-key-data.
      * Longhorn backup target S3 keys, cert-manager DNS-01 solver secrets
        (Cloudflare tokens and global keys, Route53 keys), external-dns provider
        credentials (Cloudflare, DigitalOcean, Azure, AWS), MetalLB BGP passwords,
        Istio / Linkerd CA and issuer private keys, Sealed Secrets controller keys,
        k3s / RKE2 join tokens, kubeadm bootstrap tokens, k3d / kind / TKG configs.
    File types: YAML (Secrets with stringData and base64 data, Helm values,
    Kustomize, Argo / Flux / cert-manager / MetalLB CRs, kubeconfigs, workflows),
    shell scripts, Terraform, JSON, INI, TOML, Markdown runbooks, Makefile,
    Dockerfile, Python, Go, TypeScript, logs, plain secret files, SQL, CSV.

USAGE
    python3 -B gen_in.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    and OUTDIR/secrets.jsonl.  Standard library only; all randomness comes from
    one random.Random(SEED), so a seed always gives byte-identical output.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file; `line` is the
      1-based line of its first occurrence (asserted after writing).
    * Tokens / passwords / API keys: the bare value, without quotes, without the
      `Bearer ` / `X-API-Key: ` / `--password=` / `-p` around it.
    * Rancher combined bearer token (`token-abcde:<secret>`): the whole
      `token-abcde:<secret>` string.  When access key and secret key are written
      separately, the needle is the secret key only (the access key is a name).
    * Key pairs (AWS / MinIO access key id + secret, Azure client id + secret):
      the needle is the secret half; the public id may appear in the same file.
    * URLs that are the credential (Slack / Discord webhooks): the whole URL.
      URLs that embed a password or token (registration/import URLs): only the
      token part.
    * base64 Secret `data:` values, docker `auth` fields, `.dockerconfigjson`,
      `client-key-data`, base64-wrapped keys: the base64 string as written.
    * TKG `<encoded:...>` values: the base64 text inside the brackets.
    * Multi-line PEM / OpenSSH private keys written as several lines: the
      `-----BEGIN ... PRIVATE KEY-----` line (without indentation).
      JSON-escaped one-line keys (GCP service-account JSON): the whole escaped
      string value from `-----BEGIN` to the final `\\n`.
    * k3s secure tokens: the whole `K10<ca-hash>::server:<password>` string.

NEGATIVES
    Half of the negatives re-use the positive templates with the slot holding a
    non-secret: placeholders (`<your-token>`, `YOUR_API_KEY_HERE`, `changeme`,
    `xxxx...`), empty values, masked values (`****`, `[REDACTED]`), environment
    and secret-manager references (`${VAR}`, `os.environ[...]`,
    `process.env.X`, `os.Getenv`, `var.x`, `vault:` and `op://` paths,
    `ref+vault://`), template expressions (`{{ .Values.x }}`,
    `${{ secrets.X }}`), and documented example values (AWS `AKIAIOSFODNN7EXAMPLE`
    pair, OpenShift docs kubeadmin sample `4vYBz-Ee6gm-ymBZj-Wt5AL`, Harbor's
    documented default `Harbor12345`, kubeadm's `abcdef.0123456789abcdef`, Slack's
    `T00000000/B00000000/XXXX...` webhook, the jwt.io sample token).  The other
    half are look-alikes: SealedSecret `encryptedData`, SOPS `ENC[AES256_GCM,...]`
    files, `secretKeyRef` / `valueFrom`, ExternalSecrets, GitHub `secrets.X`,
    Rancher cluster / project / token *names* (`c-m-xxxxxxxx`, `p-xxxxx`,
    `token-xxxxx`), `sha256:` image digests, Helm checksums, git SHAs, CA and
    server certificates, public keys (SSH known_hosts, JWKS, age recipients,
    sealed-secrets certificate), bcrypt hashes of admin passwords, OpenShift
    OAuthAccessToken object names (sha256 of a token, not a token), kubeadm CA
    cert hashes, base64 of non-secret text (`YWRtaW4=` for `admin`), UUIDs.
    No negative is written to a `.env`, `.env.local`, `.env.production` ... file.

FORMATS CHECKED
    * Rancher: docs (API keys page: access key = token name, secret key, bearer =
      both joined) and Rancher's own token generator source: 54 characters from
      `bcdfghjklmnpqrstvwxz2456789`; token names use the Kubernetes generateName
      5-char suffix.  A public Rancher manifest shows a cattle-keys-server
      `token` that decodes to 54 chars of that alphabet (registration token).
      Bootstrap password: docs (`bootstrapPassword` Helm value,
      `CATTLE_BOOTSTRAP_PASSWORD`, `bootstrap-secret` in cattle-system).
    * Portainer: Portainer source api/apikey/service.go: `ptr_` +
      base64.StdEncoding(32 random bytes) (44 chars with `=`); a real project's
      README shows a token of exactly that shape.  Header: `X-API-Key`.
    * OpenShift: OAuth API docs: tokens are `sha256~` prefixed, URL-safe unpadded
      base64 (43 chars for 32 bytes); token *object names* are the sha256 of the
      token.  kubeadmin: openshift/installer password.go: 23 chars from
      lower (no `l`) + upper (no `O`) + digits 2-9 with `-` at 5, 11, 17.
    * Velero / OADP docs: credentials-velero INI `[default]` with
      aws_access_key_id / aws_secret_access_key (docs use the AWS EXAMPLE pair).
    * Harbor source: robot secrets are GenerateRandomStringWithLen(32) over
      [A-Za-z0-9] and must hold upper, lower and digit; docs: robot names carry
      the `robot$` prefix, `robot$project+name` since v2.2.
    * cert-manager docs: Cloudflare `apiTokenSecretRef` / `apiKeySecretRef`,
      Secret key `api-token`.  Cloudflare docs (token formats): new tokens are
      `cfut_` / `cfat_` / `cfk_` + 40 chars + checksum; pre-2026 tokens are 40
      alphanumerics, global API keys 37-45 lowercase hex.
    * k3s / RKE2 docs: secure token `K10<sha256 of CA>::<credentials>`,
      credentials `server:<password>` or a bootstrap token.
    * Argo CD: initial admin password is read from argocd-initial-admin-secret
      (`.data.password`, base64).
    * OpenShift docs install output sample password `4vYBz-Ee6gm-ymBZj-Wt5AL`
      (used only as a negative).

DOUBTS
    * The brief says the Rancher secret is 52 chars; Rancher's generator source
      says 54, which is used here.
    * Rancher's randomly generated bootstrap password (docker logs
      "Bootstrap Password:") is assumed to use the same 54-char generator.
    * Cloudflare's new-token checksum construction and length are not
      documented; 8 hex chars of CRC32 over prefix+body is assumed.  Legacy
      tokens are drawn from [A-Za-z0-9] plus occasional `_`/`-`.
    * GitHub PAT checksum (last 6 chars = base62 CRC32 of the 30 random chars)
      is from memory of GitHub's blog, not re-checked.
    * Argo CD initial admin password length (16, alphanumeric) and Azure client
      secret shape (40 chars with `Q~` at positions 4-5) are not confirmed from
      documentation.
    * Slack / Discord webhook and token lengths, DigitalOcean `dop_v1_` + 64 hex,
      GitLab `glpat-` + 20 chars, Quay robot tokens (64 upper-case alnum),
      `age` secret keys (Bech32, `AGE-SECRET-KEY-1`) are from memory.
    * Private keys are structurally valid DER (right sequence, sizes and
      headers) filled with random integers; they are not mathematically valid
      RSA / EC keys.  Certificates used as negatives are likewise structural.
    * k3d's `superSecretToken` is recalled as a k3d docs example; it is only
      used as a negative.
    * Search results that turned out to be secret-scanner material (GitGuardian
      detector pages, a scanner rule table, a Rust detection crate) were not used.
      One of them stated an 8-hex-char Cloudflare checksum, which matches the
      CRC32 guess above; treat that detail as unconfirmed by Cloudflare.
    * No separate TOML file: TOML appears inside YAML (kind containerd patches).
"""
import base64
import hashlib
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
K8S = "bcdfghjklmnpqrstvwxz2456789"
HEX = "0123456789abcdef"
AWSB32 = UP + "234567"
B64CH = ALNUM + "+/"
URLCH = ALNUM + "-_"
B62 = DIG + UP + LOW


# ----------------------------------------------------------------- primitives
def rs(r, alph, n):
    return "".join(r.choice(alph) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(x):
    if isinstance(x, str):
        x = x.encode()
    return base64.b64encode(x).decode()


def b64u(x):
    if isinstance(x, str):
        x = x.encode()
    return base64.urlsafe_b64encode(x).decode().rstrip("=")


def uuid4(r):
    h = rs(r, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"),
                                 h[17:20], h[20:32])


def sha256hex(r):
    return rs(r, HEX, 64)


def gitsha(r):
    return rs(r, HEX, 40)


def k8sname(r, n=5):
    return rs(r, K8S, n)


def strong_pw(r, n=None, symbols="!%*-_=+.^~"):
    n = n or r.randint(14, 24)
    while True:
        s = rs(r, ALNUM + symbols, n)
        if (any(ch in UP for ch in s) and any(ch in LOW for ch in s)
                and any(ch in DIG for ch in s) and s[0] not in "-=+.^~"):
            return s


def mixed_alnum(r, n):
    while True:
        s = rs(r, ALNUM, n)
        if any(ch in UP for ch in s) and any(ch in LOW for ch in s) and any(ch in DIG for ch in s):
            return s


def indent(text, pad):
    return "\n".join((pad + ln) if ln else ln for ln in text.split("\n"))


def ts(r):
    """An ISO timestamp in 2024/2025 (no wall clock involved)."""
    return "20%02d-%02d-%02dT%02d:%02d:%02dZ" % (r.choice([24, 25]), r.randint(1, 12),
                                                 r.randint(1, 28), r.randint(0, 23),
                                                 r.randint(0, 59), r.randint(0, 59))


def epoch(r):
    return r.randint(1690000000, 1760000000)


# ----------------------------------------------------------------- DER / PEM
def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def der_int(x):
    if isinstance(x, int):
        b = x.to_bytes(max(1, (x.bit_length() + 7) // 8), "big")
    else:
        b = x
    if b[0] & 0x80:
        b = b"\x00" + b
    return der(0x02, b)


def seq(*parts):
    return der(0x30, b"".join(parts))


def rint(r, bits):
    return r.getrandbits(bits) | (1 << (bits - 1)) | 1


OID_RSA = bytes.fromhex("06092a864886f70d010101")
OID_SHA256RSA = bytes.fromhex("06092a864886f70d01010b")
OID_P256 = bytes.fromhex("06082a8648ce3d030107")
OID_ECPUB = bytes.fromhex("06072a8648ce3d0201")
OID_CN = bytes.fromhex("0603550403")
OID_O = bytes.fromhex("060355040a")
NULL = b"\x05\x00"


def rsa_pkcs1(r, bits=2048):
    h = bits // 2
    return seq(der_int(0), der_int(rint(r, bits)), der_int(65537), der_int(rint(r, bits - 1)),
               der_int(rint(r, h)), der_int(rint(r, h)), der_int(rint(r, h - 1)),
               der_int(rint(r, h - 1)), der_int(rint(r, h - 1)))


def rsa_pkcs8(r, bits=2048):
    return seq(der_int(0), seq(OID_RSA, NULL), der(0x04, rsa_pkcs1(r, bits)))


def ec_sec1(r):
    return seq(der_int(1), der(0x04, rbytes(r, 32)), der(0xa0, OID_P256),
               der(0xa1, der(0x03, b"\x00\x04" + rbytes(r, 64))))


def pem(label, blob, width=64):
    body = b64(blob)
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def rsa_pub_spki(r, bits=2048):
    pub = seq(der_int(rint(r, bits)), der_int(65537))
    return seq(seq(OID_RSA, NULL), der(0x03, b"\x00" + pub))


def ec_pub_spki(r):
    return seq(seq(OID_ECPUB, OID_P256), der(0x03, b"\x00\x04" + rbytes(r, 64)))


def _name(cn, org=None):
    rdns = []
    if org:
        rdns.append(der(0x31, seq(OID_O, der(0x0c, org.encode()))))
    rdns.append(der(0x31, seq(OID_CN, der(0x0c, cn.encode()))))
    return seq(*rdns)


def cert_der(r, cn, issuer=None, ec=False, org=None):
    """Structurally plausible X.509 certificate (public material only)."""
    y = r.randint(2023, 2025)
    nb = ("%02d%02d%02d000000Z" % (y % 100, r.randint(1, 12), r.randint(1, 28))).encode()
    na = ("%02d%02d%02d000000Z" % ((y + 10) % 100, r.randint(1, 12), r.randint(1, 28))).encode()
    spki = ec_pub_spki(r) if ec else rsa_pub_spki(r)
    alg = seq(OID_SHA256RSA, NULL)
    tbs = seq(der(0xa0, der_int(2)), der_int(rbytes(r, 16)), alg, _name(issuer or cn, org),
              seq(der(0x17, nb), der(0x17, na)), _name(cn, org), spki)
    return seq(tbs, alg, der(0x03, b"\x00" + rbytes(r, 256)))


def cert_pem(r, cn, **kw):
    return pem("CERTIFICATE", cert_der(r, cn, **kw))


# ----------------------------------------------------------------- OpenSSH
def _sshs(b):
    return len(b).to_bytes(4, "big") + b


def ed25519_pair(r, comment):
    pub = rbytes(r, 32)
    seed_ = rbytes(r, 32)
    pubblob = _sshs(b"ssh-ed25519") + _sshs(pub)
    ci = rbytes(r, 4)
    priv = ci + ci + _sshs(b"ssh-ed25519") + _sshs(pub) + _sshs(seed_ + pub) + _sshs(comment.encode())
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + _sshs(b"none") + _sshs(b"none") + _sshs(b"")
            + (1).to_bytes(4, "big") + _sshs(pubblob) + _sshs(priv))
    private = pem("OPENSSH PRIVATE KEY", blob, 70)
    public = "ssh-ed25519 " + b64(pubblob) + " " + comment
    return private, public


def ssh_rsa_pub(r, comment):
    blob = _sshs(b"ssh-rsa") + _sshs(b"\x01\x00\x01") + _sshs(b"\x00" + rbytes(r, 256))
    return "ssh-rsa " + b64(blob) + ((" " + comment) if comment else "")


def ecdsa_host_pub(r):
    blob = _sshs(b"ecdsa-sha2-nistp256") + _sshs(b"nistp256") + _sshs(b"\x04" + rbytes(r, 64))
    return "ecdsa-sha2-nistp256 " + b64(blob)


# ----------------------------------------------------------------- Bech32 (age)
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32(hrp, data8):
    acc, bits, out = 0, 0, []
    for byte in data8:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    hx = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(hx + out + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in out + chk)


def age_secret(r):
    return bech32("age-secret-key-", rbytes(r, 32)).upper()


def age_public(r):
    return bech32("age", rbytes(r, 32))


# ----------------------------------------------------------------- JWTs
def _j(o):
    return json.dumps(o, separators=(",", ":"))


def jwt(r, header, payload, siglen):
    return b64u(_j(header)) + "." + b64u(_j(payload)) + "." + b64u(rbytes(r, siglen))


NAMESPACES = ["kube-system", "kubernetes-dashboard", "headlamp", "argocd", "flux-system",
              "cattle-system", "monitoring", "platform-tools", "ci", "lens-metrics"]
SA_NAMES = ["admin-user", "dashboard-admin", "headlamp-admin", "argocd-manager", "ci-deployer",
            "lens-viewer", "cluster-reader", "gitlab-runner", "k9s-operator", "platform-bot"]


def sa_jwt(r, ns=None, sa=None, legacy=None):
    ns = ns or r.choice(NAMESPACES)
    sa = sa or r.choice(SA_NAMES)
    hdr = {"alg": "RS256", "kid": b64u(rbytes(r, 32))}
    if legacy is None:
        legacy = r.random() < 0.45
    if legacy:
        pl = {"iss": "kubernetes/serviceaccount",
              "kubernetes.io/serviceaccount/namespace": ns,
              "kubernetes.io/serviceaccount/secret.name": "%s-token-%s" % (sa, k8sname(r)),
              "kubernetes.io/serviceaccount/service-account.name": sa,
              "kubernetes.io/serviceaccount/service-account.uid": uuid4(r),
              "sub": "system:serviceaccount:%s:%s" % (ns, sa)}
    else:
        iat = epoch(r)
        pl = {"aud": ["https://kubernetes.default.svc.cluster.local"],
              "exp": iat + r.choice([3600, 86400, 31536000]), "iat": iat,
              "iss": "https://kubernetes.default.svc.cluster.local", "jti": uuid4(r),
              "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": sa, "uid": uuid4(r)}},
              "nbf": iat, "sub": "system:serviceaccount:%s:%s" % (ns, sa)}
    return jwt(r, hdr, pl, 256)


def argocd_jwt(r):
    iat = epoch(r)
    sub = r.choice(["proj:platform:ci-deployer", "proj:default:sync-bot", "ci-bot:apiKey",
                    "proj:payments:release", "automation:apiKey"])
    pl = {"iat": iat, "iss": "argocd", "jti": uuid4(r), "nbf": iat, "sub": sub}
    return jwt(r, {"alg": "HS256", "typ": "JWT"}, pl, 32)


# ----------------------------------------------------------------- secret generators
# Each returns (text inserted into the file, needle).
def same(v):
    return v, v


def g_rancher_secret(r):
    return same(rs(r, K8S, 54))


def rancher_token_name(r):
    return "token-" + k8sname(r)


def g_rancher_bearer(r):
    return same(rancher_token_name(r) + ":" + rs(r, K8S, 54))


def g_rancher_reg(r):
    return same(rs(r, K8S, 54))


def g_b64_of(inner):
    def g(r):
        return same(b64(inner(r)[0]))
    return g


def g_portainer(r):
    return same("ptr_" + b64(rbytes(r, 32)))


def g_ocp_token(r):
    return same("sha256~" + b64u(rbytes(r, 32)))


KUBEADMIN_ALPH = "abcdefghijkmnopqrstuvwxyz" + "ABCDEFGHIJKLMNPQRSTUVWXYZ" + "23456789"


def g_kubeadmin(r):
    pw = list(rs(r, KUBEADMIN_ALPH, 23))
    for i in (5, 11, 17):
        pw[i] = "-"
    return same("".join(pw))


def ocm_auth_plain(r):
    return "openshift-release-dev+ocm_access_%s:%s" % (rs(r, HEX, 32), rs(r, UP + DIG, 64))


def g_pull_auth(r):
    kind = r.random()
    if kind < 0.5:
        plain = ocm_auth_plain(r)
    elif kind < 0.8:
        plain = "%s+%s:%s" % (r.choice(["acme", "platform", "mirror"]),
                              r.choice(["ci_pull", "ocp_mirror", "cluster_pull"]), rs(r, UP + DIG, 64))
    else:
        plain = "%s:%s" % (r.choice(["init", "mirror-admin", "quayadmin"]), strong_pw(r, 20, "-_"))
    return same(b64(plain))


def harbor_secret(r):
    return mixed_alnum(r, 32)


def g_harbor_secret(r):
    return same(harbor_secret(r))


def robot_name(r):
    return "robot$%s+%s" % (r.choice(["platform", "ci", "apps", "library", "payments", "infra"]),
                            r.choice(["builder", "ci-push", "pull-only", "argocd", "flux", "gitlab"]))


def g_pw(r):
    return same(strong_pw(r))


def g_alnum_pw(r):
    return same(mixed_alnum(r, r.randint(16, 28)))


def aws_akid(r):
    return "AKIA" + rs(r, AWSB32, 16)


def g_aws_secret(r):
    return same(rs(r, B64CH, 40))


def g_azure_secret(r):
    return same(rs(r, ALNUM, 3) + r.choice(DIG) + "Q~" + rs(r, ALNUM + "_.~-", 34))


def g_azure_storage(r):
    return same(b64(rbytes(r, 64)))


def g_argocd_admin(r):
    return same(mixed_alnum(r, 16))


def g_argocd_jwt(r):
    return same(argocd_jwt(r))


def g_sa_jwt(r):
    return same(sa_jwt(r))


def github_pat(r, prefix="ghp_"):
    body = rs(r, ALNUM, 30)
    c = zlib.crc32(body.encode()) & 0xffffffff
    enc = ""
    while c:
        c, m = divmod(c, 62)
        enc = B62[m] + enc
    return prefix + body + enc.rjust(6, "0")


def g_git_pat(r):
    x = r.random()
    if x < 0.45:
        return same(github_pat(r))
    if x < 0.6:
        return same(github_pat(r, "gho_") if r.random() < 0.3 else github_pat(r))
    if x < 0.85:
        return same("glpat-" + rs(r, URLCH, 20))
    return same(strong_pw(r, 24, "-_"))


def g_slack_webhook(r):
    return same("https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, UP + DIG, r.choice([8, 10])), rs(r, UP + DIG, r.choice([8, 10, 11])), rs(r, ALNUM, 24)))


def g_discord_webhook(r):
    return same("https://discord.com/api/webhooks/%d/%s" % (
        r.randint(10 ** 17, 10 ** 19 - 1), rs(r, URLCH, 68)))


def g_slack_bot(r):
    return same("xoxb-%d-%d-%s" % (r.randint(10 ** 9, 10 ** 12), r.randint(10 ** 12, 10 ** 13 - 1),
                                    rs(r, ALNUM, 24)))


def cf_token(r):
    if r.random() < 0.45:
        pre = r.choice(["cfut_", "cfut_", "cfat_"])
        body = rs(r, ALNUM, 40)
        return pre + body + "%08x" % (zlib.crc32((pre + body).encode()) & 0xffffffff)
    while True:
        s = rs(r, ALNUM + "_-", 40)
        if s[0] not in "_-" and any(ch in DIG for ch in s):
            return s


def g_cf_token(r):
    return same(cf_token(r))


def g_cf_global(r):
    if r.random() < 0.3:
        body = rs(r, ALNUM, 40)
        return same("cfk_" + body + "%08x" % (zlib.crc32(("cfk_" + body).encode()) & 0xffffffff))
    return same(rs(r, HEX, 37))


def g_do_token(r):
    return same("dop_v1_" + rs(r, HEX, 64))


def g_k3s_token(r):
    if r.random() < 0.75:
        cred = "server:" + rs(r, HEX, 32)
    else:
        cred = rs(r, LOW + DIG, 6) + "." + rs(r, LOW + DIG, 16)
    return same("K10" + rs(r, HEX, 64) + "::" + cred)


def g_kubeadm_token(r):
    return same(rs(r, LOW + DIG, 6) + "." + rs(r, LOW + DIG, 16))


def g_hex40(r):
    return same(rs(r, HEX, 40))


def g_age(r):
    return same(age_secret(r))


def g_minio_secret(r):
    return same(rs(r, ALNUM + "+/", 40) if r.random() < 0.6 else mixed_alnum(r, 32))


def pem_gen(kind):
    def g(r):
        if kind == "rsa":
            k = pem("RSA PRIVATE KEY", rsa_pkcs1(r, r.choice([2048, 4096])))
        elif kind == "rsa8":
            k = pem("PRIVATE KEY", rsa_pkcs8(r, 2048))
        elif kind == "ec":
            k = pem("EC PRIVATE KEY", ec_sec1(r))
        else:
            k, _ = ed25519_pair(r, r.choice(["argocd@platform", "flux", "deploy-key", "git@ci"]))
        return k, k.split("\n", 1)[0]
    return g


def b64pem_gen(kind):
    inner = pem_gen(kind)

    def g(r):
        return same(b64(inner(r)[0] + "\n"))
    return g


def g_gcp_key_json(r):
    k = pem("PRIVATE KEY", rsa_pkcs8(r, 2048)) + "\n"
    esc = k.replace("\n", "\\n")
    return esc, esc


def g_quay_robot(r):
    return same(rs(r, UP + DIG, 64))


def g_tkg_encoded(r):
    return same(b64(strong_pw(r)))


# ----------------------------------------------------------------- template machinery
DOMAINS = ["example.com", "corp.example", "acme.internal", "platform.example.org",
           "lab.example.net", "k8s.example.io"]
CLUSTERS = ["prod-eu1", "staging", "dev-us2", "edge-01", "ops", "shared-services", "prod-us-east"]
TEAMS = ["platform", "sre", "infra", "devops", "cloud-ops"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "us-west-2", "ap-southeast-2"]


class Ctx:
    env_budget = 20  # positives written to .env* files, at most 1 in 25

    def __init__(self, r, neg):
        self.r = r
        self.neg = neg
        self.raw = False

    def q(self, v, qc='"'):
        return v if self.raw else qc + v + qc

    def dom(self):
        return self.r.choice(DOMAINS)

    def host(self, prefix):
        return "%s.%s" % (prefix, self.dom())

    def cluster(self):
        return self.r.choice(CLUSTERS)

    def akid(self):
        if self.neg:
            return self.r.choice(["AKIAIOSFODNN7EXAMPLE", "${AWS_ACCESS_KEY_ID}", "<ACCESS_KEY_ID>"])
        return aws_akid(self.r)

    def envpath(self, default, chance=0.5):
        r = self.r
        if self.neg:
            return r.choice([default, default, ".env.example", ".env.sample"])
        if Ctx.env_budget > 0 and r.random() < chance:
            Ctx.env_budget -= 1
            return r.choice([".env", ".env.local", ".env.production", "deploy/.env"])
        return default


class T:
    def __init__(self, fn, provider, kind, gen, style, var, lang, doc, conv):
        self.fn, self.provider, self.kind, self.gen = fn, provider, kind, gen
        self.style, self.var, self.lang, self.doc, self.conv = style, var, lang, doc, conv
        self.name = fn.__name__


POS = []
NEG = []


def P(provider, kind, gen, style="str", var="SECRET_TOKEN", lang="yaml", doc=None, conv=True):
    def deco(fn):
        POS.append(T(fn, provider, kind, gen, style, var, lang, doc, conv))
        return fn
    return deco


def N(provider, kind):
    def deco(fn):
        NEG.append((fn, provider, kind))
        return fn
    return deco


DOC_AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
DOC_KUBEADMIN = "4vYBz-Ee6gm-ymBZj-Wt5AL"
DOC_SLACK = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
DOC_JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9l"
           "IiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def yaml_hdr(kind, name, ns, api="v1", labels=None, ann=None):
    out = ["apiVersion: %s" % api, "kind: %s" % kind, "metadata:", "  name: %s" % name,
           "  namespace: %s" % ns]
    if labels:
        out.append("  labels:")
        out += ["    %s: %s" % kv for kv in labels]
    if ann:
        out.append("  annotations:")
        out += ["    %s: %s" % kv for kv in ann]
    return "\n".join(out)


# ================================================================= POSITIVE TEMPLATES
# ---- Rancher -----------------------------------------------------------------
@P("rancher", "api_key", g_rancher_secret, var="RANCHER_SECRET_KEY", lang="tf")
def p_tf_rancher2_keys(c, v):
    r = c.r
    h = c.host("rancher")
    cl = c.cluster()
    return "terraform/rancher/providers.tf", """terraform {
  required_providers {
    rancher2 = {
      source  = "rancher/rancher2"
      version = "~> %s"
    }
  }
}

provider "rancher2" {
  api_url    = "https://%s"
  access_key = "%s"
  secret_key = %s
  insecure   = false
}

resource "rancher2_cluster" "%s" {
  name        = "%s"
  description = "Imported by terraform (%s team)"
}
""" % (r.choice(["4.1", "5.0", "6.2", "7.1"]), h, rancher_token_name(r), c.q(v),
       cl.replace("-", "_"), cl, r.choice(TEAMS))


@P("rancher", "api_key", g_rancher_bearer, var="RANCHER_TOKEN", lang="tf")
def p_tf_rancher2_tokenkey(c, v):
    r = c.r
    return "infra/%s/rancher.tf" % c.cluster(), """locals {
  rancher_url = "https://%s"
}

provider "rancher2" {
  alias     = "admin"
  api_url   = local.rancher_url
  token_key = %s
  timeout   = "%dm"
}

data "rancher2_project" "system" {
  provider   = rancher2.admin
  cluster_id = "c-m-%s"
  name       = "System"
}
""" % (c.host("rancher"), c.q(v), r.choice([5, 10, 15]), k8sname(r, 8))


@P("rancher", "api_key", g_rancher_bearer, var="RANCHER_TOKEN", lang="sh", conv=False)
def p_sh_rancher_login(c, v):
    r = c.r
    return "scripts/rancher-login.sh", """#!/usr/bin/env bash
# Log the CI runner into Rancher and switch to the %s project.
set -euo pipefail

RANCHER_URL="https://%s"
CONTEXT="c-m-%s:p-%s"

rancher login "$RANCHER_URL" \\
  --token "%s" \\
  --context "$CONTEXT" \\
  --skip-verify=false

rancher kubectl get nodes -o wide
rancher apps ls
""" % (r.choice(["Default", "System", "apps"]), c.host("rancher"), k8sname(r, 8), k8sname(r), v)


@P("rancher", "api_key", g_rancher_bearer, var="RANCHER_TOKEN", lang="py", conv=False)
def p_py_rancher_client(c, v):
    r = c.r
    return "tools/rancher_inventory.py", '''"""Dump Rancher clusters and node pools into a CSV for the capacity review."""
import csv
import sys

import requests

RANCHER = "https://%s/v3"
SESSION = requests.Session()
SESSION.headers.update({
    "Accept": "application/json",
    "Authorization": "Bearer " + %s,
})


def clusters():
    resp = SESSION.get(RANCHER + "/clusters", timeout=%d)
    resp.raise_for_status()
    return resp.json()["data"]


def main():
    out = csv.writer(sys.stdout)
    out.writerow(["id", "name", "state", "k8s"])
    for cl in clusters():
        out.writerow([cl["id"], cl["name"], cl["state"], cl.get("version", {}).get("gitVersion")])


if __name__ == "__main__":
    main()
''' % (c.host("rancher"), c.q(v), r.choice([10, 20, 30]))


@P("rancher", "password", g_pw, var="RANCHER_BOOTSTRAP_PASSWORD")
def p_yaml_rancher_values(c, v):
    r = c.r
    return r.choice(["deploy/rancher/values.yaml", "helm/rancher-values.yaml"]), """# Rancher server chart values (%s)
hostname: %s
replicas: %d
ingress:
  tls:
    source: %s
letsEncrypt:
  email: %s@%s
  ingress:
    class: nginx
bootstrapPassword: %s
auditLog:
  level: %d
  destination: sidecar
antiAffinity: preferred
""" % (c.cluster(), c.host("rancher"), r.choice([1, 3]), r.choice(["letsEncrypt", "secret", "rancher"]),
       r.choice(TEAMS), c.dom(), c.q(v), r.choice([0, 1, 2]))


@P("rancher", "password", g_pw, var="CATTLE_BOOTSTRAP_PASSWORD", lang="sh")
def p_sh_rancher_docker(c, v):
    r = c.r
    return "bootstrap/run-rancher.sh", """#!/bin/sh
# Single-node Rancher for the lab. Not for production.
docker run -d --restart=unless-stopped \\
  --name rancher \\
  -p 80:80 -p 443:443 \\
  --privileged \\
  -v /opt/rancher:/var/lib/rancher \\
  -e CATTLE_BOOTSTRAP_PASSWORD='%s' \\
  rancher/rancher:v%s
""" % (v, r.choice(["2.7.9", "2.8.5", "2.9.2", "2.10.1"]))


@P("rancher", "token", g_rancher_reg, var="CATTLE_TOKEN")
def p_yaml_cattle_agent(c, v):
    r = c.r
    return "manifests/cattle-cluster-agent.yaml", """%s
spec:
  selector:
    matchLabels:
      app: cattle-cluster-agent
  template:
    metadata:
      labels:
        app: cattle-cluster-agent
    spec:
      serviceAccountName: cattle
      containers:
        - name: cluster-register
          image: rancher/rancher-agent:v%s
          imagePullPolicy: IfNotPresent
          env:
            - name: CATTLE_SERVER
              value: "https://%s"
            - name: CATTLE_CA_CHECKSUM
              value: "%s"
            - name: CATTLE_CLUSTER
              value: "true"
            - name: CATTLE_K8S_MANAGED
              value: "true"
            - name: CATTLE_TOKEN
              value: "%s"
""" % (yaml_hdr("Deployment", "cattle-cluster-agent", "cattle-system", "apps/v1"),
       r.choice(["2.7.9", "2.8.5", "2.9.2"]), c.host("rancher"), sha256hex(r), v)


@P("rancher", "token", g_rancher_reg, var="RANCHER_REGISTRATION_TOKEN", lang="sh", conv=False)
def p_sh_rancher_import(c, v):
    r = c.r
    return "clusters/%s/import.sh" % c.cluster(), """#!/usr/bin/env bash
# Register the downstream cluster with Rancher (copied from the Import Existing page).
set -e
kubectl config use-context %s
kubectl create clusterrolebinding cluster-admin-binding \\
  --clusterrole cluster-admin --user "$(whoami)@%s" || true
curl --insecure -sfL https://%s/v3/import/%s_c-m-%s.yaml | kubectl apply -f -
kubectl -n cattle-system rollout status deploy/cattle-cluster-agent --timeout=%ds
""" % (c.cluster(), c.dom(), c.host("rancher"), v, k8sname(r, 8), r.choice([120, 300]))


@P("rancher", "token", g_rancher_reg, var="RANCHER_NODE_TOKEN", lang="md", conv=False)
def p_md_rancher_node(c, v):
    r = c.r
    return "docs/runbooks/add-rke-node.md", """# Adding a node to the %s custom cluster

1. Provision the VM from the `rke-node` template (4 vCPU, 16 GiB).
2. Make sure Docker %s is installed and the host firewall allows 6443, 2379-2380, 10250.
3. Run the registration command on the new host:

```bash
sudo docker run -d --privileged --restart=unless-stopped --net=host \\
  -v /etc/kubernetes:/etc/kubernetes -v /var/run:/var/run \\
  rancher/rancher-agent:v%s --server https://%s \\
  --token %s \\
  --ca-checksum %s --worker
```

4. Watch the node appear under *Cluster Management > %s > Machines*.
5. Label it: `kubectl label node <name> node.kubernetes.io/pool=%s`.
""" % (c.cluster(), r.choice(["20.10", "24.0"]), r.choice(["2.6.14", "2.7.9"]), c.host("rancher"),
       v, sha256hex(r), c.cluster(), r.choice(["general", "gpu", "ingress"]))


@P("rancher", "password", g_rancher_reg, var="BOOTSTRAP_PASSWORD", lang="log", conv=False)
def p_log_rancher_boot(c, v):
    r = c.r
    d = "20%02d/%02d/%02d" % (r.choice([24, 25]), r.randint(1, 12), r.randint(1, 28))
    t = lambda: "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    return "logs/rancher-first-start.log", """%s %s [INFO] Rancher version v%s (%s) is starting
%s %s [INFO] Rancher arguments {ACMEDomains:[] AddLocal:true Embedded:false BindHost: HTTPListenPort:80 HTTPSListenPort:443 K8sMode:auto Debug:false Trace:false NoCACerts:false AuditLogPath:/var/log/auditlog/rancher-api-audit.log AuditLogMaxage:10 AuditLogMaxsize:100 AuditLogMaxbackup:10 AuditLevel:0 Features: ClusterRegistry:}
%s %s [INFO] Listening on /tmp/log.sock
%s %s [INFO] Waiting for server to become available: Get "https://127.0.0.1:6444/version?timeout=15m0s": dial tcp 127.0.0.1:6444: connect: connection refused
%s %s [INFO] Running in single server mode, will not peer connections
%s %s [INFO] Applying CRD features.management.cattle.io
%s %s [INFO] Bootstrap Password: %s
%s %s [INFO] Starting API controllers
%s %s [INFO] Creating CRD clusters.provisioning.cattle.io
""" % (d, t(), r.choice(["2.8.5", "2.9.2"]), gitsha(r)[:7], d, t(), d, t(), d, t(), d, t(), d, t(),
       d, t(), v, d, t(), d, t())


@P("rancher", "base64_secret", g_b64_of(g_rancher_reg), style="b64", var="CATTLE_TOKEN")
def p_yaml_cattle_credentials(c, v):
    r = c.r
    return "backup/cattle-system/cattle-credentials.yaml", """%s
type: Opaque
data:
  namespace: %s
  token: %s
  url: %s
""" % (yaml_hdr("Secret", "cattle-credentials-%s" % rs(r, HEX, 7), "cattle-system"),
       b64("cattle-system"), v, b64("https://" + c.host("rancher")))


# ---- Portainer ---------------------------------------------------------------
@P("portainer", "api_key", g_portainer, var="PORTAINER_API_KEY", lang="sh", conv=False)
def p_sh_portainer_curl(c, v):
    r = c.r
    return "scripts/redeploy-stack.sh", """#!/usr/bin/env bash
# Trigger a git redeploy of the %s stack through the Portainer API.
set -euo pipefail
PORTAINER=https://%s:9443
STACK_ID=%d
ENDPOINT_ID=%d

curl -fsS -X PUT \\
  -H "X-API-Key: %s" \\
  -H "Content-Type: application/json" \\
  "$PORTAINER/api/stacks/$STACK_ID/git/redeploy?endpointId=$ENDPOINT_ID" \\
  -d '{"pullImage": true, "prune": false}'
""" % (r.choice(["monitoring", "ingress", "gitea", "registry"]), c.host("portainer"),
       r.randint(2, 60), r.randint(1, 9), v)


@P("portainer", "api_key", g_portainer, var="PORTAINER_API_KEY", lang="py")
def p_py_portainer(c, v):
    r = c.r
    return "automation/portainer_backup.py", '''import datetime
import pathlib

import httpx

PORTAINER_URL = "https://%s:9443"
PORTAINER_API_KEY = %s
BACKUP_DIR = pathlib.Path("/srv/backups/portainer")


def run_backup():
    with httpx.Client(base_url=PORTAINER_URL, headers={"X-API-Key": PORTAINER_API_KEY},
                      timeout=%d) as client:
        resp = client.post("/api/backup", json={"password": ""})
        resp.raise_for_status()
        name = "portainer-%%s.tar.gz" %% datetime.date.today().isoformat()
        (BACKUP_DIR / name).write_bytes(resp.content)


if __name__ == "__main__":
    run_backup()
''' % (c.host("portainer"), c.q(v), r.choice([30, 60, 120]))


@P("portainer", "api_key", g_portainer, var="HOMEPAGE_VAR_PORTAINER_KEY", conv=False)
def p_yaml_homepage(c, v):
    r = c.r
    return "homepage/config/services.yaml", """- Infrastructure:
    - Portainer:
        icon: portainer.png
        href: https://%s:9443
        description: Docker and edge environments
        widget:
          type: portainer
          url: https://%s:9443
          env: %d
          key: %s
    - Proxmox:
        icon: proxmox.png
        href: https://%s:8006
        description: Hypervisor cluster
""" % (c.host("portainer"), c.host("portainer"), r.randint(1, 5), v, c.host("pve"))


@P("portainer", "password", g_pw, var="PORTAINER_ADMIN_PASSWORD", lang="txt", conv=False)
def p_txt_portainer_pwfile(c, v):
    return c.r.choice(["secrets/portainer_admin_password.txt", "deploy/portainer/admin-password"]), v + "\n"


@P("portainer", "api_key", g_portainer, var="PORTAINER_API_KEY", lang="tf")
def p_tf_portainer(c, v):
    r = c.r
    return "terraform/portainer/main.tf", """terraform {
  required_providers {
    portainer = {
      source  = "portainer/portainer"
      version = "%s"
    }
  }
}

provider "portainer" {
  endpoint = "https://%s:9443"
  api_key  = %s
  skip_ssl_verify = %s
}

resource "portainer_stack" "%s" {
  name            = "%s"
  deployment_type = "standalone"
  method          = "repository"
  endpoint_id     = %d
  repository_url  = "https://git.%s/ops/stacks.git"
  file_path_in_repository = "%s/docker-compose.yml"
}
""" % (r.choice(["1.4.0", "1.10.0"]), c.host("portainer"), c.q(v), r.choice(["true", "false"]),
       "grafana", "grafana", r.randint(1, 5), c.dom(), "grafana")


# ---- OpenShift ---------------------------------------------------------------
@P("openshift", "token", g_ocp_token, var="OPENSHIFT_TOKEN")
def p_kubeconfig_ocp(c, v):
    r = c.r
    h = c.host("api.%s" % c.cluster())
    u = "admin/%s:6443" % h.replace(".", "-")
    return r.choice([".kube/config", "kubeconfigs/%s.yaml" % c.cluster()]), """apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://%s:6443
  name: %s:6443
contexts:
- context:
    cluster: %s:6443
    namespace: %s
    user: %s
  name: %s/%s:6443/admin
current-context: %s/%s:6443/admin
preferences: {}
users:
- name: %s
  user:
    token: %s
""" % (h, h.replace(".", "-"), h.replace(".", "-"), "openshift-gitops", u, "openshift-gitops",
       h.replace(".", "-"), "openshift-gitops", h.replace(".", "-"), u, v)


@P("openshift", "token", g_ocp_token, var="OC_TOKEN", lang="sh", conv=False)
def p_sh_oc_login_token(c, v):
    r = c.r
    return "ci/deploy-openshift.sh", """#!/bin/bash
set -eu
oc login --token=%s --server=https://api.%s.%s:6443
oc project %s
oc apply -k overlays/%s
oc rollout status deployment/%s --timeout=%ds
""" % (v, c.cluster(), c.dom(), r.choice(["shop", "payments", "web"]), c.cluster(),
       r.choice(["frontend", "api", "worker"]), r.choice([180, 300]))


@P("openshift", "password", g_kubeadmin, var="KUBEADMIN_PASSWORD", lang="sh", doc=DOC_KUBEADMIN,
   conv=False)
def p_sh_oc_login_kubeadmin(c, v):
    r = c.r
    return "lab/setup-crc.sh", """#!/usr/bin/env bash
# Local OpenShift lab bootstrap
crc setup
crc start -m %d -c %d -p ~/Downloads/pull-secret.txt
eval "$(crc oc-env)"
oc login -u kubeadmin -p %s https://api.crc.testing:6443
oc new-project %s
oc create -f manifests/
""" % (r.choice([12288, 16384]), r.choice([4, 6, 8]), v, r.choice(["demo", "workshop", "sandbox"]))


@P("openshift", "password", g_kubeadmin, var="KUBEADMIN_PASSWORD", lang="txt", doc=DOC_KUBEADMIN)
def p_txt_kubeadmin(c, v):
    return "clusters/%s/auth/kubeadmin-password" % c.cluster(), v


@P("openshift", "password", g_kubeadmin, var="KUBEADMIN_PASSWORD", lang="log", doc=DOC_KUBEADMIN,
   conv=False)
def p_log_ocp_install(c, v):
    r = c.r
    cl = c.cluster()
    d = c.dom()
    return "install/%s/.openshift_install.log" % cl, """time="%s" level=info msg="Waiting up to 40m0s (until 3:12PM) for the cluster at https://api.%s.%s:6443 to initialize..."
time="%s" level=info msg="Checking to see if there is a route at openshift-console/console..."
time="%s" level=info msg="Install complete!"
time="%s" level=info msg="To access the cluster as the system:admin user when using 'oc', run 'export KUBECONFIG=/home/ocp/install/%s/auth/kubeconfig'"
time="%s" level=info msg="Access the OpenShift web-console here: https://console-openshift-console.apps.%s.%s"
time="%s" level=info msg="Login to the console with user: \\"kubeadmin\\", and password: \\"%s\\""
time="%s" level=info msg="Time elapsed: %dm%02ds"
""" % (ts(r), cl, d, ts(r), ts(r), ts(r), cl, ts(r), cl, d, ts(r), v, ts(r), r.randint(30, 55),
       r.randint(0, 59))


@P("openshift", "pull_secret", g_pull_auth, style="b64", var="PULL_SECRET_AUTH", lang="json",
   conv=False)
def p_json_pull_secret(c, v):
    r = c.r
    reg = r.choice(["cloud.openshift.com", "quay.io", "registry.redhat.io",
                    "mirror.%s:8443" % c.dom()])
    return r.choice(["install/pull-secret.json", "pull-secret.txt"]), json.dumps(
        {"auths": {reg: {"auth": v, "email": "%s@%s" % (r.choice(TEAMS), c.dom())}}}) + "\n"


@P("openshift", "pull_secret", g_pull_auth, style="b64", var="PULL_SECRET_AUTH", conv=False)
def p_yaml_install_config(c, v):
    r = c.r
    _, pub = ed25519_pair(r, "ocp-admin@bastion")
    return "install/%s/install-config.yaml" % c.cluster(), """apiVersion: v1
baseDomain: %s
metadata:
  name: %s
compute:
- name: worker
  replicas: %d
controlPlane:
  name: master
  replicas: 3
networking:
  clusterNetwork:
  - cidr: 10.128.0.0/14
    hostPrefix: 23
  networkType: OVNKubernetes
  serviceNetwork:
  - 172.30.0.0/16
platform:
  none: {}
fips: false
pullSecret: '{"auths":{"mirror.%s:8443":{"auth":"%s","email":"ops@%s"}}}'
sshKey: '%s'
""" % (c.dom(), c.cluster(), r.choice([2, 3, 5]), c.dom(), v, c.dom(), pub)


@P("openshift", "token", g_ocp_token, var="OPENSHIFT_TOKEN", lang="py", conv=False)
def p_py_ocp_client(c, v):
    r = c.r
    return "scripts/ocp_quota_report.py", '''from kubernetes import client

cfg = client.Configuration()
cfg.host = "https://api.%s.%s:6443"
cfg.verify_ssl = %s
cfg.api_key = {"authorization": "Bearer " + %s}

api = client.CoreV1Api(client.ApiClient(cfg))
for q in api.list_resource_quota_for_all_namespaces().items:
    print(q.metadata.namespace, q.status.used)
''' % (c.cluster(), c.dom(), r.choice(["True", "False"]), c.q(v))


# ---- Harbor ------------------------------------------------------------------
@P("harbor", "robot_secret", g_harbor_secret, var="HARBOR_ROBOT_SECRET", lang="sh", conv=False)
def p_sh_harbor_login(c, v):
    r = c.r
    h = c.host("harbor")
    proj = r.choice(["platform", "apps", "library"])
    return "ci/push-image.sh", """#!/usr/bin/env bash
set -euo pipefail
IMAGE=%s/%s/%s
TAG=${CI_COMMIT_SHORT_SHA:-dev}

docker login %s -u '%s' -p '%s'
docker build -t "$IMAGE:$TAG" .
docker push "$IMAGE:$TAG"
""" % (h, proj, r.choice(["api", "web", "worker"]), h, robot_name(r), v)


@P("harbor", "robot_secret", g_harbor_secret, var="HARBOR_PASSWORD")
def p_gh_harbor(c, v):
    r = c.r
    return ".github/workflows/build.yml", """name: build
on:
  push:
    branches: [main]
env:
  REGISTRY: %s
  HARBOR_USERNAME: %s
  HARBOR_PASSWORD: %s
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: ${{ env.REGISTRY }}
          username: ${{ env.HARBOR_USERNAME }}
          password: ${{ env.HARBOR_PASSWORD }}
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: ${{ env.REGISTRY }}/%s/app:${{ github.sha }}
""" % (c.host("harbor"), "'" + robot_name(r) + "'", v, r.choice(["apps", "platform"]))


@P("harbor", "registry_auth", lambda r: same(b64(robot_name(r) + ":" + harbor_secret(r))),
   style="b64", var="HARBOR_AUTH", lang="json", conv=False)
def p_json_docker_config(c, v):
    r = c.r
    return r.choice([".docker/config.json", "ci/docker-config.json"]), json.dumps(
        {"auths": {c.host("harbor"): {"auth": v}}, "credsStore": "",
         "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"}}, indent=2) + "\n"


@P("harbor", "password", g_pw, var="HARBOR_ADMIN_PASSWORD", doc="Harbor12345")
def p_yaml_harbor_values(c, v):
    r = c.r
    return "deploy/harbor/values-%s.yaml" % c.cluster(), """expose:
  type: ingress
  tls:
    enabled: true
    certSource: secret
    secret:
      secretName: harbor-tls
  ingress:
    hosts:
      core: %s
externalURL: https://%s
persistence:
  enabled: true
  resourcePolicy: "keep"
  persistentVolumeClaim:
    registry:
      storageClass: %s
      size: %dGi
harborAdminPassword: %s
trivy:
  enabled: true
""" % (c.host("harbor"), c.host("harbor"), r.choice(["longhorn", "ceph-rbd", "gp3"]),
       r.choice([100, 200, 500]), c.q(v))


@P("harbor", "password", g_pw, var="HARBOR_ADMIN_PASSWORD", doc="Harbor12345")
def p_yml_harbor_cfg(c, v):
    r = c.r
    return "harbor/harbor.yml", """# Configuration file of Harbor
hostname: %s
http:
  port: 80
https:
  port: 443
  certificate: /etc/harbor/tls/harbor.crt
  private_key: /etc/harbor/tls/harbor.key
harbor_admin_password: %s
database:
  max_idle_conns: 100
  max_open_conns: 900
data_volume: /data
trivy:
  ignore_unfixed: false
  skip_update: false
jobservice:
  max_job_workers: %d
log:
  level: info
  local:
    rotate_count: 50
    rotate_size: 200M
    location: /var/log/harbor
""" % (c.host("harbor"), v, r.choice([5, 10]))


@P("harbor", "password", g_pw, var="HARBOR_PASSWORD", lang="tf")
def p_tf_harbor(c, v):
    r = c.r
    return "terraform/harbor/provider.tf", """provider "harbor" {
  url      = "https://%s"
  username = "admin"
  password = %s
  insecure = %s
}

resource "harbor_project" "%s" {
  name                   = "%s"
  public                 = false
  vulnerability_scanning = true
}
""" % (c.host("harbor"), c.q(v), r.choice(["false", "true"]), "apps", "apps")


@P("harbor", "registry_auth",
   lambda r: same(b64(json.dumps({"auths": {"harbor.%s" % r.choice(DOMAINS): {
       "username": robot_name(r), "password": harbor_secret(r)}}}))),
   style="b64", var="DOCKERCONFIGJSON", conv=False)
def p_yaml_dockerconfigjson(c, v):
    r = c.r
    return "manifests/%s/harbor-pull-secret.yaml" % r.choice(["apps", "platform"]), """%s
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: %s
""" % (yaml_hdr("Secret", "harbor-pull", r.choice(["apps", "default", "web"])), v)


# ---- Velero ------------------------------------------------------------------
@P("velero", "cloud_key", g_aws_secret, var="AWS_SECRET_ACCESS_KEY", lang="ini", doc=DOC_AWS_SECRET)
def p_ini_credentials_velero(c, v):
    r = c.r
    return r.choice(["velero/credentials-velero", "backup/credentials-velero"]), """[default]
aws_access_key_id=%s
aws_secret_access_key=%s
""" % (c.akid(), v)


@P("velero", "cloud_key", g_azure_secret, var="AZURE_CLIENT_SECRET", lang="ini")
def p_env_velero_azure(c, v):
    r = c.r
    return c.envpath("velero/credentials-velero-azure", 0.2), """AZURE_SUBSCRIPTION_ID=%s
AZURE_TENANT_ID=%s
AZURE_CLIENT_ID=%s
AZURE_CLIENT_SECRET=%s
AZURE_RESOURCE_GROUP=MC_%s_%s_westeurope
AZURE_CLOUD_NAME=AzurePublicCloud
""" % (uuid4(r), uuid4(r), uuid4(r), v, c.cluster(), c.cluster())


@P("velero", "private_key", g_gcp_key_json, style="pemjson", var="GCP_SA_KEY", lang="json")
def p_json_velero_gcp(c, v):
    r = c.r
    proj = "%s-%d" % (r.choice(["platform", "k8s-backup", "infra"]), r.randint(100000, 999999))
    sa = "velero@%s.iam.gserviceaccount.com" % proj
    return "velero/gcp/credentials-velero", """{
  "type": "service_account",
  "project_id": "%s",
  "private_key_id": "%s",
  "private_key": "%s",
  "client_email": "%s",
  "client_id": "%d",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s",
  "universe_domain": "googleapis.com"
}
""" % (proj, rs(r, HEX, 40), v, sa, r.randint(10 ** 20, 10 ** 21 - 1), sa.replace("@", "%40"))


@P("velero", "cloud_key", g_aws_secret, var="AWS_SECRET_ACCESS_KEY", doc=DOC_AWS_SECRET)
def p_yaml_velero_values(c, v):
    r = c.r
    return "deploy/velero/values.yaml", """configuration:
  backupStorageLocation:
    - name: default
      provider: aws
      bucket: %s-velero-backups
      config:
        region: %s
  volumeSnapshotLocation:
    - name: default
      provider: aws
      config:
        region: %s
initContainers:
  - name: velero-plugin-for-aws
    image: velero/velero-plugin-for-aws:v1.%d.0
    volumeMounts:
      - mountPath: /target
        name: plugins
credentials:
  useSecret: true
  secretContents:
    cloud: |
      [default]
      aws_access_key_id=%s
      aws_secret_access_key=%s
schedules:
  nightly:
    schedule: "0 2 * * *"
    template:
      ttl: "%dh"
""" % (c.cluster(), r.choice(REGIONS), r.choice(REGIONS), r.randint(7, 11), c.akid(), v,
       r.choice([168, 336, 720]))


@P("velero", "cloud_key", g_aws_secret, var="AWS_SECRET_ACCESS_KEY", lang="sh", doc=DOC_AWS_SECRET)
def p_sh_velero_install(c, v):
    r = c.r
    reg = r.choice(REGIONS)
    return "scripts/install-velero.sh", """#!/usr/bin/env bash
set -euo pipefail
BUCKET=%s-backups
REGION=%s

cat > /tmp/credentials-velero <<EOF
[default]
aws_access_key_id = %s
aws_secret_access_key = %s
EOF

velero install \\
  --provider aws \\
  --plugins velero/velero-plugin-for-aws:v1.%d.0 \\
  --bucket "$BUCKET" \\
  --secret-file /tmp/credentials-velero \\
  --backup-location-config region=$REGION \\
  --snapshot-location-config region=$REGION \\
  --use-node-agent
rm -f /tmp/credentials-velero
""" % (c.cluster(), reg, c.akid(), v, r.randint(8, 11))


@P("velero", "cloud_key", g_minio_secret, var="MINIO_SECRET_KEY")
def p_yaml_velero_minio(c, v):
    r = c.r
    return "clusters/%s/velero/cloud-credentials.yaml" % c.cluster(), """%s
type: Opaque
stringData:
  cloud: |
    [default]
    aws_access_key_id = %s
    aws_secret_access_key = %s
---
apiVersion: velero.io/v1
kind: BackupStorageLocation
metadata:
  name: minio
  namespace: velero
spec:
  provider: aws
  objectStorage:
    bucket: velero
  config:
    region: minio
    s3ForcePathStyle: "true"
    s3Url: http://minio.%s.svc:9000
  credential:
    name: cloud-credentials
    key: cloud
""" % (yaml_hdr("Secret", "cloud-credentials", "velero"),
       r.choice(["velero", "velero-backup", "minio-velero"]), v, r.choice(["minio", "storage"]))


# ---- Argo CD -----------------------------------------------------------------
@P("argocd", "password", g_argocd_admin, var="ARGOCD_PASSWORD", lang="sh", conv=False)
def p_sh_argocd_login(c, v):
    r = c.r
    return "scripts/argocd-sync.sh", """#!/usr/bin/env bash
set -euo pipefail
APP=${1:-%s}
argocd login %s --username admin --password '%s' --grpc-web
argocd app sync "$APP" --prune
argocd app wait "$APP" --health --timeout %d
""" % (r.choice(["frontend", "platform-apps", "monitoring"]), c.host("argocd"), v,
       r.choice([300, 600]))


@P("argocd", "repo_credential", g_git_pat, var="GIT_PASSWORD")
def p_yaml_argocd_repo(c, v):
    r = c.r
    return "argocd/repositories/%s-repo.yaml" % r.choice(["gitops", "infra", "apps"]), """%s
stringData:
  type: git
  url: https://%s/%s/%s.git
  username: %s
  password: %s
""" % (yaml_hdr("Secret", "repo-%s" % k8sname(r, 6), "argocd",
                labels=[("argocd.argoproj.io/secret-type", "repository")]),
       r.choice(["github.com", "gitlab.com", "git." + c.dom()]), r.choice(TEAMS),
       r.choice(["gitops", "k8s-manifests", "cluster-config"]),
       r.choice(["git", "argocd-bot", "oauth2"]), v)


@P("argocd", "private_key", pem_gen("ssh"), style="pem", var="SSH_PRIVATE_KEY")
def p_yaml_argocd_ssh(c, v):
    r = c.r
    return "argocd/repo-creds-ssh.yaml", """%s
stringData:
  type: git
  url: git@%s:%s
  sshPrivateKey: |
%s
""" % (yaml_hdr("Secret", "private-repo-creds", "argocd",
                labels=[("argocd.argoproj.io/secret-type", "repo-creds")]),
       r.choice(["github.com", "gitlab.com", "git." + c.dom()]), r.choice(TEAMS), indent(v, "    "))


@P("argocd", "jwt", g_sa_jwt, style="jwt", var="BEARER_TOKEN", conv=False)
def p_yaml_argocd_cluster(c, v):
    r = c.r
    cl = c.cluster()
    return "argocd/clusters/%s.yaml" % cl, """%s
type: Opaque
stringData:
  name: %s
  server: https://%s:6443
  config: |
    {
      "bearerToken": "%s",
      "tlsClientConfig": {
        "insecure": false,
        "caData": "%s"
      }
    }
""" % (yaml_hdr("Secret", "cluster-%s" % cl, "argocd",
                labels=[("argocd.argoproj.io/secret-type", "cluster")]),
       cl, c.host("api." + cl), v, b64(cert_pem(r, "kubernetes-ca") + "\n"))


@P("argocd", "jwt", g_argocd_jwt, style="jwt", var="ARGOCD_AUTH_TOKEN")
def p_gh_argocd_token(c, v):
    r = c.r
    return ".github/workflows/deploy.yml", """name: deploy
on:
  workflow_dispatch:
  push:
    tags: ["v*"]
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      ARGOCD_SERVER: %s
      ARGOCD_AUTH_TOKEN: %s
    steps:
      - name: Install argocd CLI
        run: |
          curl -sSL -o /usr/local/bin/argocd https://github.com/argoproj/argo-cd/releases/download/v2.%d.3/argocd-linux-amd64
          chmod +x /usr/local/bin/argocd
      - name: Sync
        run: argocd app sync %s --grpc-web
""" % (c.host("argocd"), v, r.randint(8, 13), r.choice(["web", "api", "platform"]))


@P("slack", "token", g_slack_bot, var="SLACK_TOKEN")
def p_yaml_argocd_notif(c, v):
    r = c.r
    return "argocd/notifications/secret.yaml", """%s
type: Opaque
stringData:
  slack-token: %s
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: argocd-notifications-cm
  namespace: argocd
data:
  service.slack: |
    token: $slack-token
  trigger.on-sync-failed: |
    - when: app.status.operationState.phase in ['Error', 'Failed']
      send: [app-sync-failed]
  subscriptions: |
    - recipients: [slack:%s]
      triggers: [on-sync-failed]
""" % (yaml_hdr("Secret", "argocd-notifications-secret", "argocd"), v,
       r.choice(["deploys", "platform-alerts", "gitops"]))


@P("argocd", "password", g_argocd_admin, var="ARGOCD_PASSWORD", lang="make")
def p_make_argocd(c, v):
    r = c.r
    return "Makefile", """SHELL := /bin/bash
CLUSTER ?= %s
ARGOCD_SERVER ?= %s
ARGOCD_PASSWORD ?= %s

.PHONY: login bootstrap diff

login:
\targocd login $(ARGOCD_SERVER) --username admin --password $(ARGOCD_PASSWORD) --grpc-web

bootstrap: login
\tkubectl apply -k bootstrap/$(CLUSTER)

diff:
\targocd app diff root --local apps/
""" % (c.cluster(), c.host("argocd"), v)


@P("argocd", "base64_secret", g_b64_of(g_argocd_admin), style="b64", var="ARGOCD_PASSWORD")
def p_yaml_argocd_initial(c, v):
    r = c.r
    return "backup/argocd/argocd-initial-admin-secret.yaml", """%s
type: Opaque
data:
  password: %s
""" % (yaml_hdr("Secret", "argocd-initial-admin-secret", "argocd"), v)


# ---- Flux --------------------------------------------------------------------
@P("flux", "repo_credential", g_git_pat, var="GIT_PASSWORD")
def p_yaml_flux_basic(c, v):
    r = c.r
    return "clusters/%s/flux-system/git-credentials.yaml" % c.cluster(), """%s
type: Opaque
stringData:
  username: %s
  password: %s
---
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: apps
  namespace: flux-system
spec:
  interval: %dm
  url: https://%s/%s/apps.git
  ref:
    branch: main
  secretRef:
    name: git-credentials
""" % (yaml_hdr("Secret", "git-credentials", "flux-system"), r.choice(["git", "flux", "oauth2"]), v,
       r.choice([1, 5, 10]), r.choice(["github.com", "gitlab.com"]), r.choice(TEAMS))


@P("flux", "repo_credential", g_git_pat, var="GIT_TOKEN", lang="sh", conv=False)
def p_sh_flux_secret(c, v):
    r = c.r
    return "bootstrap/flux-git-secret.sh", """#!/bin/sh
flux create secret git %s-auth \\
  --namespace=flux-system \\
  --url=https://%s/%s/%s \\
  --username=git \\
  --password=%s
flux reconcile source git flux-system
""" % (r.choice(["apps", "infra"]), r.choice(["github.com", "gitlab.com"]), r.choice(TEAMS),
       r.choice(["fleet", "apps"]), v)


@P("flux", "token", lambda r: same(github_pat(r)), var="GITHUB_TOKEN", lang="sh")
def p_sh_flux_bootstrap(c, v):
    r = c.r
    return "bootstrap/flux-bootstrap.sh", """#!/usr/bin/env bash
set -euo pipefail
export GITHUB_TOKEN=%s
export GITHUB_USER=%s

flux check --pre
flux bootstrap github \\
  --owner=$GITHUB_USER \\
  --repository=fleet-infra \\
  --branch=main \\
  --path=./clusters/%s \\
  --personal
""" % (v, r.choice(["acme-platform", "infra-bot", "ops-team"]), c.cluster())


@P("slack", "webhook", g_slack_webhook, style="url", var="SLACK_WEBHOOK_URL", doc=DOC_SLACK,
   conv=False)
def p_yaml_flux_slack(c, v):
    r = c.r
    return "clusters/%s/notifications/slack.yaml" % c.cluster(), """%s
stringData:
  address: %s
---
apiVersion: notification.toolkit.fluxcd.io/v1beta3
kind: Provider
metadata:
  name: slack
  namespace: flux-system
spec:
  type: slack
  channel: %s
  secretRef:
    name: slack-url
---
apiVersion: notification.toolkit.fluxcd.io/v1beta3
kind: Alert
metadata:
  name: on-call
  namespace: flux-system
spec:
  providerRef:
    name: slack
  eventSeverity: error
  eventSources:
    - kind: Kustomization
      name: '*'
""" % (yaml_hdr("Secret", "slack-url", "flux-system"), v, r.choice(["#flux", "#deploys", "#alerts"]))


@P("discord", "webhook", g_discord_webhook, style="url", var="DISCORD_WEBHOOK", conv=False)
def p_yaml_flux_discord(c, v):
    return "infrastructure/notifications/discord-provider.yaml", """%s
stringData:
  address: "%s"
---
apiVersion: notification.toolkit.fluxcd.io/v1beta3
kind: Provider
metadata:
  name: discord
  namespace: flux-system
spec:
  type: discord
  username: flux
  secretRef:
    name: discord-webhook
""" % (yaml_hdr("Secret", "discord-webhook", "flux-system"), v)


@P("flux", "token", g_hex40, var="WEBHOOK_TOKEN")
def p_yaml_flux_receiver(c, v):
    r = c.r
    return "clusters/%s/receivers/github-receiver.yaml" % c.cluster(), """%s
type: Opaque
stringData:
  token: %s
---
apiVersion: notification.toolkit.fluxcd.io/v1
kind: Receiver
metadata:
  name: github-receiver
  namespace: flux-system
spec:
  type: github
  events:
    - "ping"
    - "push"
  secretRef:
    name: receiver-token
  resources:
    - kind: GitRepository
      name: flux-system
""" % (yaml_hdr("Secret", "receiver-token", "flux-system"), v)


@P("flux", "private_key", g_age, var="SOPS_AGE_KEY", conv=False)
def p_yaml_flux_age(c, v):
    r = c.r
    return "clusters/%s/flux-system/sops-age.yaml" % c.cluster(), """%s
type: Opaque
stringData:
  age.agekey: |
    # created: %s
    # public key: %s
    %s
""" % (yaml_hdr("Secret", "sops-age", "flux-system"), ts(r), age_public(r), v)


# ---- Kubernetes Dashboard / Headlamp / Lens / k9s ----------------------------
@P("kubernetes", "jwt", g_sa_jwt, style="jwt", var="DASHBOARD_TOKEN", lang="md", doc=DOC_JWT,
   conv=False)
def p_md_dashboard(c, v):
    r = c.r
    return "docs/dashboard-access.md", """# Kubernetes Dashboard access (%s)

The dashboard is exposed only through `kubectl proxy`:

```
kubectl proxy --port=8001
open http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/
```

Token for the break-glass `admin-user` (created %s, rotate after the incident review):

```
$ kubectl -n kubernetes-dashboard create token admin-user --duration=%dh
%s
```

Paste it into the *Token* field of the login screen.
""" % (c.cluster(), ts(r)[:10], r.choice([24, 720, 8760]), v)


@P("kubernetes", "jwt", g_sa_jwt, style="jwt", var="KUBE_TOKEN")
def p_kubeconfig_sa(c, v):
    r = c.r
    cl = c.cluster()
    return r.choice(["lens/%s.kubeconfig" % cl, "kubeconfig/%s-readonly.yaml" % cl, ".kube/%s" % cl]), """apiVersion: v1
kind: Config
clusters:
  - name: %s
    cluster:
      server: https://%s:6443
      certificate-authority-data: %s
contexts:
  - name: %s-viewer
    context:
      cluster: %s
      user: %s
      namespace: default
current-context: %s-viewer
users:
  - name: %s
    user:
      token: %s
""" % (cl, c.host("api." + cl), b64(cert_pem(r, "kubernetes") + "\n"), cl, cl, "lens-viewer", cl,
       "lens-viewer", v)


@P("kubernetes", "base64_secret", lambda r: same(b64(sa_jwt(r, legacy=True))), style="b64",
   var="SA_TOKEN")
def p_yaml_sa_token_secret(c, v):
    r = c.r
    ns = r.choice(NAMESPACES)
    sa = r.choice(SA_NAMES)
    return "exports/%s/%s-token.yaml" % (ns, sa), """%s
type: kubernetes.io/service-account-token
data:
  ca.crt: %s
  namespace: %s
  token: %s
""" % (yaml_hdr("Secret", "%s-token" % sa, ns,
                ann=[("kubernetes.io/service-account.name", sa),
                     ("kubernetes.io/service-account.uid", uuid4(r))]),
       b64(cert_pem(r, "kubernetes") + "\n"), b64(ns), v)


@P("headlamp", "jwt", g_sa_jwt, style="jwt", var="HEADLAMP_TOKEN", lang="ts", doc=DOC_JWT,
   conv=False)
def p_ts_headlamp(c, v):
    r = c.r
    return "e2e/tests/headlamp-login.spec.ts", """import { test, expect } from '@playwright/test';

const HEADLAMP_URL = process.env.HEADLAMP_URL ?? 'https://%s';
const token = %s;

test('login with service account token', async ({ page }) => {
  await page.goto(HEADLAMP_URL);
  await page.getByPlaceholder('Token').fill(token);
  await page.getByRole('button', { name: 'Authenticate' }).click();
  await expect(page.getByText('Cluster')).toBeVisible({ timeout: %d });
});
""" % (c.host("headlamp"), c.q(v, "'"), r.choice([10000, 20000]))


@P("kind", "private_key", b64pem_gen("ec"), style="b64", var="CLIENT_KEY_DATA", conv=False)
def p_kubeconfig_client_key(c, v):
    r = c.r
    tool = r.choice(["kind", "k3d", "minikube"])
    name = {"kind": "kind-dev", "k3d": "k3d-local", "minikube": "minikube"}[tool]
    return "local/%s-kubeconfig.yaml" % tool, """apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: %s
    server: https://127.0.0.1:%d
  name: %s
contexts:
- context:
    cluster: %s
    user: %s
  name: %s
current-context: %s
kind: Config
preferences: {}
users:
- name: %s
  user:
    client-certificate-data: %s
    client-key-data: %s
""" % (b64(cert_pem(r, "kubernetes", ec=True) + "\n"), r.randint(33000, 45000), name, name,
       name, name, name, name, b64(cert_pem(r, "kubernetes-admin", issuer="kubernetes", ec=True,
                                            org="system:masters") + "\n"), v)


# ---- Longhorn ----------------------------------------------------------------
@P("longhorn", "cloud_key", g_aws_secret, var="AWS_SECRET_ACCESS_KEY", doc=DOC_AWS_SECRET)
def p_yaml_longhorn_secret(c, v):
    r = c.r
    return "longhorn/backup-target-secret.yaml", """%s
type: Opaque
stringData:
  AWS_ACCESS_KEY_ID: %s
  AWS_SECRET_ACCESS_KEY: %s
  AWS_ENDPOINTS: https://s3.%s.amazonaws.com
---
# Settings > General > Backup Target: s3://%s-longhorn@%s/
""" % (yaml_hdr("Secret", "longhorn-s3-backup", "longhorn-system"), c.akid(), v,
       r.choice(REGIONS), c.cluster(), r.choice(REGIONS))


@P("longhorn", "cloud_key", g_minio_secret, var="AWS_SECRET_ACCESS_KEY", lang="sh")
def p_sh_longhorn_secret(c, v):
    r = c.r
    return "scripts/longhorn-backup-target.sh", """#!/usr/bin/env bash
kubectl -n longhorn-system create secret generic minio-backup \\
  --from-literal=AWS_ACCESS_KEY_ID=%s \\
  --from-literal=AWS_SECRET_ACCESS_KEY='%s' \\
  --from-literal=AWS_ENDPOINTS=https://minio.%s:9000 \\
  --dry-run=client -o yaml | kubectl apply -f -
kubectl -n longhorn-system patch settings.longhorn.io backup-target \\
  --type merge -p '{"value": "s3://longhorn@us-east-1/"}'
""" % (r.choice(["longhorn", "lh-backup"]), v, c.dom())


# ---- cert-manager ------------------------------------------------------------
@P("cloudflare", "token", g_cf_token, var="CLOUDFLARE_API_TOKEN")
def p_yaml_cm_cloudflare(c, v):
    r = c.r
    return "cert-manager/cloudflare-issuer.yaml", """%s
type: Opaque
stringData:
  api-token: %s
---
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt-dns
spec:
  acme:
    server: https://acme-v02.api.letsencrypt.org/directory
    email: %s@%s
    privateKeySecretRef:
      name: letsencrypt-dns-account
    solvers:
      - dns01:
          cloudflare:
            apiTokenSecretRef:
              name: cloudflare-api-token-secret
              key: api-token
""" % (yaml_hdr("Secret", "cloudflare-api-token-secret", "cert-manager"), v, r.choice(TEAMS), c.dom())


@P("cloudflare", "token", g_cf_token, var="CF_API_TOKEN", lang="sh", conv=False)
def p_sh_cm_cloudflare(c, v):
    return "bootstrap/cert-manager.sh", """#!/usr/bin/env bash
set -euo pipefail
helm upgrade --install cert-manager jetstack/cert-manager \\
  --namespace cert-manager --create-namespace --set crds.enabled=true
kubectl -n cert-manager create secret generic cloudflare-api-token-secret \\
  --from-literal=api-token=%s
kubectl apply -f cluster-issuer.yaml
""" % v


@P("aws", "cloud_key", g_aws_secret, var="AWS_SECRET_ACCESS_KEY", doc=DOC_AWS_SECRET)
def p_yaml_cm_route53(c, v):
    r = c.r
    return "cert-manager/route53-issuer.yaml", """%s
type: Opaque
stringData:
  secret-access-key: %s
---
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt-route53
spec:
  acme:
    server: https://acme-v02.api.letsencrypt.org/directory
    email: certs@%s
    privateKeySecretRef:
      name: le-route53-account
    solvers:
      - selector:
          dnsZones: ["%s"]
        dns01:
          route53:
            region: %s
            hostedZoneID: Z%s
            accessKeyID: %s
            secretAccessKeySecretRef:
              name: route53-credentials
              key: secret-access-key
""" % (yaml_hdr("Secret", "route53-credentials", "cert-manager"), v, c.dom(), c.dom(),
       r.choice(REGIONS), rs(r, UP + DIG, 13), c.akid())


@P("cloudflare", "api_key", g_cf_global, var="CLOUDFLARE_API_KEY")
def p_yaml_cm_cf_global(c, v):
    r = c.r
    return "cert-manager/cloudflare-global-key.yaml", """# Legacy solver config: uses the account's Global API Key
%s
type: Opaque
stringData:
  api-key: %s
---
apiVersion: cert-manager.io/v1
kind: Issuer
metadata:
  name: cf-global
  namespace: %s
spec:
  acme:
    server: https://acme-staging-v02.api.letsencrypt.org/directory
    privateKeySecretRef:
      name: cf-global-account
    solvers:
      - dns01:
          cloudflare:
            email: %s@%s
            apiKeySecretRef:
              name: cloudflare-api-key-secret
              key: api-key
""" % (yaml_hdr("Secret", "cloudflare-api-key-secret", "ingress"), v, "ingress", r.choice(TEAMS),
       c.dom())


# ---- external-dns --------------------------------------------------------------
@P("cloudflare", "token", g_cf_token, var="CF_API_TOKEN")
def p_yaml_extdns_cf(c, v):
    r = c.r
    return "deploy/external-dns/values.yaml", """provider:
  name: cloudflare
env:
  - name: CF_API_TOKEN
    value: %s
sources:
  - ingress
  - service
domainFilters:
  - %s
policy: upsert-only
txtOwnerId: %s
interval: %dm
""" % (c.q(v), c.dom(), c.cluster(), r.choice([1, 5]))


@P("digitalocean", "token", g_do_token, var="DO_TOKEN")
def p_yaml_extdns_do(c, v):
    r = c.r
    return "manifests/external-dns/deployment.yaml", """%s
spec:
  strategy:
    type: Recreate
  selector:
    matchLabels:
      app: external-dns
  template:
    metadata:
      labels:
        app: external-dns
    spec:
      serviceAccountName: external-dns
      containers:
        - name: external-dns
          image: registry.k8s.io/external-dns/external-dns:v0.%d.0
          args:
            - --source=ingress
            - --domain-filter=%s
            - --provider=digitalocean
          env:
            - name: DO_TOKEN
              value: "%s"
""" % (yaml_hdr("Deployment", "external-dns", "external-dns", "apps/v1"), r.randint(13, 15),
       c.dom(), v)


@P("azure", "cloud_key", g_azure_secret, var="AZURE_CLIENT_SECRET", lang="json")
def p_json_extdns_azure(c, v):
    r = c.r
    return "external-dns/azure.json", json.dumps({
        "tenantId": uuid4(r), "subscriptionId": uuid4(r),
        "resourceGroup": "rg-dns-%s" % c.cluster(), "aadClientId": uuid4(r),
        "aadClientSecret": v}, indent=2) + "\n"


@P("cloudflare", "token", g_cf_token, var="CF_API_TOKEN", lang="tf", conv=False)
def p_tf_extdns_helm(c, v):
    r = c.r
    return "terraform/addons/external-dns.tf", """resource "helm_release" "external_dns" {
  name       = "external-dns"
  repository = "https://kubernetes-sigs.github.io/external-dns/"
  chart      = "external-dns"
  version    = "1.%d.0"
  namespace  = "external-dns"

  set {
    name  = "provider.name"
    value = "cloudflare"
  }
  set {
    name  = "env[0].name"
    value = "CF_API_TOKEN"
  }
  set_sensitive {
    name  = "env[0].value"
    value = %s
  }
}
""" % (r.randint(13, 15), c.q(v))


# ---- MetalLB -------------------------------------------------------------------
@P("metallb", "password", g_alnum_pw, var="BGP_PASSWORD")
def p_yaml_metallb_peer(c, v):
    r = c.r
    return "metallb/bgp-peers.yaml", """apiVersion: metallb.io/v1beta2
kind: BGPPeer
metadata:
  name: tor-%s
  namespace: metallb-system
spec:
  myASN: %d
  peerASN: %d
  peerAddress: 10.%d.%d.1
  holdTime: 90s
  password: "%s"
---
apiVersion: metallb.io/v1beta1
kind: BGPAdvertisement
metadata:
  name: default
  namespace: metallb-system
""" % (r.choice(["a", "b", "rack1"]), r.choice([64512, 64513]), r.choice([65000, 65001]),
       r.randint(0, 255), r.randint(0, 255), v)


@P("metallb", "password", g_alnum_pw, var="BGP_PASSWORD", conv=False)
def p_yaml_metallb_cm(c, v):
    r = c.r
    return "legacy/metallb-config.yaml", """apiVersion: v1
kind: ConfigMap
metadata:
  namespace: metallb-system
  name: config
data:
  config: |
    peers:
    - peer-address: 10.%d.0.1
      peer-asn: %d
      my-asn: %d
      password: %s
    address-pools:
    - name: default
      protocol: bgp
      addresses:
      - 192.168.%d.0/24
""" % (r.randint(0, 250), r.choice([65000, 65010]), r.choice([64512, 64600]), v, r.randint(0, 250))


# ---- Istio / Linkerd -----------------------------------------------------------
@P("istio", "private_key", b64pem_gen("rsa"), style="b64", var="CA_KEY")
def p_yaml_istio_cacerts(c, v):
    r = c.r
    root = cert_pem(r, "Root CA", org="Istio")
    inter = cert_pem(r, "Intermediate CA", issuer="Root CA", org="Istio")
    return "istio/cacerts-%s.yaml" % c.cluster(), """%s
type: Opaque
data:
  ca-cert.pem: %s
  ca-key.pem: %s
  cert-chain.pem: %s
  root-cert.pem: %s
""" % (yaml_hdr("Secret", "cacerts", "istio-system"), b64(inter + "\n"), v,
       b64(inter + "\n" + root + "\n"), b64(root + "\n"))


@P("linkerd", "private_key", pem_gen("ec"), style="pem", var="ISSUER_KEY")
def p_yaml_linkerd_values(c, v):
    r = c.r
    return "linkerd/values-identity.yaml", """identityTrustAnchorsPEM: |
%s
identity:
  issuer:
    scheme: linkerd.io/tls
    tls:
      crtPEM: |
%s
      keyPEM: |
%s
""" % (indent(cert_pem(r, "root.linkerd.cluster.local", ec=True), "  "),
       indent(cert_pem(r, "identity.linkerd.cluster.local", issuer="root.linkerd.cluster.local",
                       ec=True), "        "), indent(v, "        "))


@P("linkerd", "private_key", pem_gen("ec"), style="pem", var="ISSUER_KEY", lang="pem", conv=False)
def p_pem_issuer_key(c, v):
    return c.r.choice(["certs/linkerd/issuer.key", "pki/issuer-key.pem"]), v + "\n"


# ---- Sealed Secrets --------------------------------------------------------------
@P("sealed-secrets", "private_key", b64pem_gen("rsa"), style="b64", var="TLS_KEY")
def p_yaml_sealed_key(c, v):
    r = c.r
    return "backup/sealed-secrets/main.key.yaml", """apiVersion: v1
kind: Secret
type: kubernetes.io/tls
metadata:
  name: sealed-secrets-key%s
  namespace: kube-system
  labels:
    sealedsecrets.bitnami.com/sealed-secrets-key: active
data:
  tls.crt: %s
  tls.key: %s
""" % (k8sname(r), b64(cert_pem(r, "sealed-secret", org="sealed-secret") + "\n"), v)


@P("sealed-secrets", "private_key", pem_gen("rsa"), style="pem", var="TLS_KEY", lang="pem",
   conv=False)
def p_pem_sealed_key(c, v):
    return c.r.choice(["keys/sealed-secrets.key", "recovery/sealed-secrets-%s.pem" % c.cluster()]), v + "\n"


# ---- k3s / RKE2 / kubeadm / kind / k3d / TKG ------------------------------------
@P("k3s", "token", g_k3s_token, var="K3S_TOKEN")
def p_yaml_k3s_config(c, v):
    r = c.r
    tool = r.choice(["k3s", "rke2"])
    return "ansible/roles/%s/files/config.yaml" % tool, """# /etc/rancher/%s/config.yaml
server: https://%s:%d
token: %s
node-label:
  - "topology.kubernetes.io/zone=%s"
kubelet-arg:
  - "max-pods=%d"
write-kubeconfig-mode: "0640"
""" % (tool, c.host("k8s-api"), 6443 if tool == "k3s" else 9345, v,
       r.choice(["zone-a", "zone-b"]), r.choice([110, 150]))


@P("k3s", "token", g_k3s_token, var="K3S_TOKEN", lang="sh")
def p_sh_k3s_agent(c, v):
    r = c.r
    return "scripts/join-agent.sh", """#!/bin/sh
# Join this host as a k3s agent
curl -sfL https://get.k3s.io | \\
  INSTALL_K3S_VERSION=v1.%d.%d+k3s1 \\
  K3S_URL=https://%s:6443 \\
  K3S_TOKEN=%s \\
  sh -s - agent --node-label pool=%s
""" % (r.randint(27, 31), r.randint(1, 9), c.host("k3s"), v, r.choice(["edge", "general"]))


@P("k3d", "token", g_alnum_pw, var="K3D_TOKEN", doc="superSecretToken")
def p_yaml_k3d(c, v):
    r = c.r
    return "dev/k3d-config.yaml", """apiVersion: k3d.io/v1alpha5
kind: Simple
metadata:
  name: %s
servers: 1
agents: %d
image: rancher/k3s:v1.%d.4-k3s1
token: %s
ports:
  - port: 8080:80
    nodeFilters:
      - loadbalancer
registries:
  create:
    name: registry.localhost
    hostPort: "5000"
options:
  k3s:
    extraArgs:
      - arg: --disable=traefik
        nodeFilters:
          - server:*
""" % (r.choice(["dev", "local", "playground"]), r.choice([1, 2, 3]), r.randint(28, 31), v)


@P("kind", "registry_auth", g_pw, var="REGISTRY_PASSWORD", conv=False)
def p_yaml_kind_registry(c, v):
    r = c.r
    h = c.host("registry")
    return "hack/kind-config.yaml", """kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
name: %s
nodes:
  - role: control-plane
  - role: worker
containerdConfigPatches:
  - |-
    [plugins."io.containerd.grpc.v1.cri".registry.mirrors."%s"]
      endpoint = ["https://%s"]
    [plugins."io.containerd.grpc.v1.cri".registry.configs."%s".auth]
      username = "%s"
      password = "%s"
""" % (r.choice(["ci", "e2e", "dev"]), h, h, h, r.choice(["ci-pull", "kind"]), v)


@P("tanzu", "password", g_tkg_encoded, style="b64", var="VSPHERE_PASSWORD", conv=False)
def p_yaml_tkg(c, v):
    r = c.r
    cl = c.cluster()
    return "tkg/clusterconfigs/%s.yaml" % cl, """CLUSTER_NAME: %s
CLUSTER_PLAN: %s
INFRASTRUCTURE_PROVIDER: vsphere
VSPHERE_SERVER: vcenter.%s
VSPHERE_USERNAME: tkg-admin@vsphere.local
VSPHERE_PASSWORD: <encoded:%s>
VSPHERE_DATACENTER: /DC-%d
VSPHERE_DATASTORE: /DC-%d/datastore/vsanDatastore
VSPHERE_NETWORK: /DC-%d/network/k8s-workload
VSPHERE_RESOURCE_POOL: /DC-%d/host/Cluster/Resources/tkg
VSPHERE_TLS_THUMBPRINT: %s
VSPHERE_CONTROL_PLANE_ENDPOINT: 10.%d.%d.10
ENABLE_CEIP_PARTICIPATION: "false"
""" % (cl, r.choice(["dev", "prod"]), c.dom(), v, 1, 1, 1, 1,
       ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(20)), r.randint(0, 250), r.randint(0, 250))


@P("kubeadm", "token", g_kubeadm_token, var="KUBEADM_TOKEN", lang="sh",
   doc="abcdef.0123456789abcdef", conv=False)
def p_sh_kubeadm_join(c, v):
    r = c.r
    return "provision/join-worker.sh", """#!/usr/bin/env bash
set -e
swapoff -a
modprobe br_netfilter
kubeadm join %s:6443 --token %s \\
  --discovery-token-ca-cert-hash sha256:%s
""" % (c.host("k8s-cp"), v, sha256hex(r))


@P("portainer", "api_key", g_portainer, var="PORTAINER_API_KEY", lang="env")
def p_env_portainer(c, v):
    r = c.r
    return c.envpath("deploy/homepage/portainer.env", 0.5), """# consumed by docker compose (homepage + watchtower notifications)
PORTAINER_URL=https://%s:9443
PORTAINER_ENDPOINT_ID=%d
PORTAINER_API_KEY=%s
TZ=Europe/Berlin
""" % (c.host("portainer"), r.randint(1, 5), v)


@P("quay", "registry_auth", g_quay_robot, var="QUAY_ROBOT_TOKEN", lang="docker", conv=False)
def p_dockerfile_quay(c, v):
    r = c.r
    org = r.choice(["acme", "platform"])
    return "images/mirror-tools/Dockerfile", """FROM registry.access.redhat.com/ubi9/ubi-minimal:9.%d
RUN microdnf install -y skopeo jq && microdnf clean all
ENV REGISTRY_AUTH_FILE=/tmp/auth.json
# mirror job pulls from quay with the org robot account
RUN skopeo login quay.io -u %s+mirror -p %s
COPY mirror.sh /usr/local/bin/mirror.sh
ENTRYPOINT ["/usr/local/bin/mirror.sh"]
""" % (r.randint(3, 5), org, v)


# ================================================================= NEGATIVE LOOK-ALIKES
def sealed_blob(r):
    return "AgB" + rs(r, B64CH, r.choice([600, 700, 800])) + "=="


@N("sealed-secrets", "sealed_secret")
def n_sealedsecret(c):
    r = c.r
    keys = r.sample(["password", "api-token", "AWS_SECRET_ACCESS_KEY", "bootstrapPassword", "token"], 2)
    body = "\n".join("    %s: %s" % (k, sealed_blob(r)) for k in keys)
    return "clusters/%s/sealed/%s.yaml" % (c.cluster(), r.choice(["rancher", "harbor", "velero"])), """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: %s
  namespace: %s
spec:
  encryptedData:
%s
  template:
    metadata:
      name: %s
      namespace: %s
    type: Opaque
""" % ("app-credentials", "apps", body, "app-credentials", "apps")


def sops_enc(r, n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
        b64(rbytes(r, n)), b64(rbytes(r, 32))[:43] + "=", b64(rbytes(r, 16)))


@N("sops", "sops_encrypted")
def n_sops_yaml(c):
    r = c.r
    return "clusters/%s/secrets/%s.enc.yaml" % (c.cluster(), r.choice(["harbor", "argocd", "rancher"])), """apiVersion: v1
kind: Secret
metadata:
    name: platform-credentials
    namespace: %s
type: Opaque
stringData:
    username: %s
    password: %s
    api-token: %s
sops:
    age:
        - recipient: %s
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            %s
            %s
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "%s"
    mac: %s
    encrypted_regex: ^(data|stringData)$
    version: 3.%d.1
""" % (r.choice(NAMESPACES), sops_enc(r, 5), sops_enc(r, 24), sops_enc(r, 40), age_public(r),
       b64(rbytes(r, 48)), b64(rbytes(r, 30)), ts(r), sops_enc(r, 32), r.randint(7, 9))


@N("sops", "sops_encrypted")
def n_sops_json(c):
    r = c.r
    return "secrets/%s.enc.json" % c.cluster(), json.dumps({
        "rancher_token": sops_enc(r, 60), "portainer_api_key": sops_enc(r, 48),
        "sops": {"kms": [], "age": [{"recipient": age_public(r), "enc": "-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n" % b64(rbytes(r, 60))}],
                 "lastmodified": ts(r), "mac": sops_enc(r, 32), "version": "3.8.1"}}, indent=2) + "\n"


@N("kubernetes", "secret_ref")
def n_secretkeyref(c):
    r = c.r
    return "manifests/%s/deployment.yaml" % r.choice(["velero", "external-dns", "portainer-agent"]), """apiVersion: apps/v1
kind: Deployment
metadata:
  name: external-dns
  namespace: external-dns
spec:
  selector:
    matchLabels: {app: external-dns}
  template:
    metadata:
      labels: {app: external-dns}
    spec:
      containers:
        - name: external-dns
          image: registry.k8s.io/external-dns/external-dns@sha256:%s
          env:
            - name: CF_API_TOKEN
              valueFrom:
                secretKeyRef:
                  name: cloudflare-api-token
                  key: api-token
            - name: AWS_SECRET_ACCESS_KEY
              valueFrom:
                secretKeyRef:
                  name: route53-credentials
                  key: secret-access-key
                  optional: true
""" % sha256hex(r)


@N("github", "ci_secret_ref")
def n_gh_secrets(c):
    r = c.r
    return ".github/workflows/gitops.yml", """name: gitops
on: [push]
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@%s
      - name: Login to Harbor
        uses: docker/login-action@v3
        with:
          registry: %s
          username: ${{ vars.HARBOR_ROBOT }}
          password: ${{ secrets.HARBOR_ROBOT_SECRET }}
      - name: Argo CD sync
        env:
          ARGOCD_AUTH_TOKEN: ${{ secrets.ARGOCD_AUTH_TOKEN }}
          RANCHER_TOKEN: ${{ secrets.RANCHER_TOKEN }}
        run: argocd app sync %s --grpc-web --server %s
""" % (gitsha(r), c.host("harbor"), r.choice(["web", "api"]), c.host("argocd"))


@N("external-secrets", "secret_ref")
def n_externalsecret(c):
    r = c.r
    return "platform/external-secrets/%s.yaml" % r.choice(["rancher-token", "harbor-robot", "velero-creds"]), """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: harbor-robot
  namespace: ci
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: harbor-robot
    template:
      type: kubernetes.io/dockerconfigjson
  data:
    - secretKey: password
      remoteRef:
        key: secret/data/platform/harbor/robot-ci
        property: secret
    - secretKey: username
      remoteRef:
        key: secret/data/platform/harbor/robot-ci
        property: name
"""


@N("argocd", "git_sha")
def n_argocd_app(c):
    r = c.r
    return "argocd/apps/%s.yaml" % r.choice(["monitoring", "ingress", "velero"]), """apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: velero
  namespace: argocd
  finalizers: [resources-finalizer.argocd.argoproj.io]
spec:
  project: platform
  source:
    repoURL: https://github.com/%s/cluster-config.git
    targetRevision: %s
    path: addons/velero
  destination:
    server: https://kubernetes.default.svc
    namespace: velero
  syncPolicy:
    automated: {prune: true, selfHeal: true}
status:
  sync:
    revision: %s
""" % (r.choice(TEAMS), gitsha(r), gitsha(r))


@N("kubernetes", "log_ids")
def n_kubectl_log(c):
    r = c.r
    lines = ["NAMESPACE          NAME                                      READY   STATUS    RESTARTS   AGE"]
    for ns, app in [("cattle-system", "cattle-cluster-agent"), ("argocd", "argocd-server"),
                    ("velero", "velero"), ("longhorn-system", "longhorn-manager"),
                    ("flux-system", "source-controller")]:
        lines.append("%-18s %-41s 1/1     Running   %d          %dd" % (
            ns, "%s-%s-%s" % (app, rs(r, K8S, 9), k8sname(r)), r.randint(0, 3), r.randint(1, 90)))
    lines.append("")
    lines.append("$ kubectl -n argocd get pod -o jsonpath='{.items[0].status.containerStatuses[0].imageID}'")
    lines.append("quay.io/argoproj/argocd@sha256:%s" % sha256hex(r))
    lines.append("$ kubectl get ns velero -o jsonpath='{.metadata.uid}'")
    lines.append(uuid4(r))
    return "logs/cluster-status-%s.txt" % ts(r)[:10], "\n".join(lines) + "\n"


@N("rancher", "resource_ids")
def n_rancher_ids(c):
    r = c.r
    rows = ["ID              NAME            STATE     PROVIDER   NODES"]
    for n in r.sample(CLUSTERS, 4):
        rows.append("c-m-%s    %-15s active    %-10s %d" % (k8sname(r, 8), n, r.choice(["rke2", "k3s", "imported"]), r.randint(1, 12)))
    rows += ["", "$ rancher token ls", "NAME            DESCRIPTION              EXPIRES"]
    for d in ["terraform", "ci-pipeline", "grafana-datasource"]:
        rows.append("token-%s     %-24s %s" % (k8sname(r), d, ts(r)[:10]))
    rows += ["", "$ rancher projects", "p-%s  Default" % k8sname(r), "p-%s  System" % k8sname(r)]
    return "docs/inventory/rancher-%s.txt" % c.cluster(), "\n".join(rows) + "\n"


@N("kubernetes", "public_cert")
def n_ca_configmap(c):
    r = c.r
    return "manifests/trust/kube-root-ca.yaml", """apiVersion: v1
kind: ConfigMap
metadata:
  name: corporate-ca-bundle
  namespace: %s
data:
  ca.crt: |
%s
""" % (r.choice(NAMESPACES), indent(cert_pem(r, "Corp Root CA", org="Acme Corp"), "    "))


@N("kubernetes", "kubeconfig_exec")
def n_kubeconfig_exec(c):
    r = c.r
    cl = c.cluster()
    return ".kube/%s-eks.yaml" % cl, """apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: %s
    server: https://%s.gr7.%s.eks.amazonaws.com
  name: arn:aws:eks:%s:%d:cluster/%s
contexts:
- context:
    cluster: arn:aws:eks:%s:%d:cluster/%s
    user: eks-%s
  name: %s
current-context: %s
users:
- name: eks-%s
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["eks", "get-token", "--cluster-name", "%s", "--output", "json"]
      env:
        - name: AWS_PROFILE
          value: platform-admin
""" % (b64(cert_pem(r, "kubernetes") + "\n"), rs(r, "0123456789ABCDEF", 32), r.choice(REGIONS),
       r.choice(REGIONS), r.randint(10 ** 11, 10 ** 12 - 1), cl, r.choice(REGIONS),
       r.randint(10 ** 11, 10 ** 12 - 1), cl, cl, cl, cl, cl, cl)


@N("helm", "digest")
def n_helm_digests(c):
    r = c.r
    return "deploy/%s/values.yaml" % r.choice(["velero", "longhorn", "headlamp", "harbor"]), """image:
  repository: velero/velero
  tag: v1.%d.0
  digest: sha256:%s
podAnnotations:
  checksum/config: %s
  checksum/secret: %s
kubectl:
  image:
    repository: docker.io/bitnami/kubectl
    digest: sha256:%s
credentials:
  useSecret: true
  existingSecret: velero-cloud-credentials
""" % (r.randint(12, 15), sha256hex(r), sha256hex(r), sha256hex(r), sha256hex(r))


@N("rancher", "secret_ref")
def n_cattle_agent_ref(c):
    r = c.r
    return "manifests/cattle/agent-patch.yaml", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: cattle-cluster-agent
  namespace: cattle-system
spec:
  template:
    spec:
      containers:
        - name: cluster-register
          env:
            - name: CATTLE_CA_CHECKSUM
              value: "%s"
            - name: CATTLE_SERVER
              value: "https://%s"
            - name: CATTLE_TOKEN
              valueFrom:
                secretKeyRef:
                  name: cattle-credentials-%s
                  key: token
""" % (sha256hex(r), c.host("rancher"), rs(r, HEX, 7))


@N("kustomize", "digest")
def n_kustomization(c):
    r = c.r
    return "overlays/%s/kustomization.yaml" % c.cluster(), """apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: portainer
resources:
  - ../../base
secretGenerator:
  - name: portainer-admin
    files:
      - password=secrets/admin-password.txt
    options:
      disableNameSuffixHash: true
images:
  - name: portainer/portainer-ce
    newTag: 2.%d.%d
    digest: sha256:%s
"""% (r.randint(19, 24), r.randint(0, 4), sha256hex(r))


def bcrypt_hash(r, cost="10", v="2a"):
    return "$%s$%s$%s" % (v, cost, rs(r, ALNUM + "./", 53))


@N("argocd", "password_hash")
def n_argocd_bcrypt(c):
    r = c.r
    return "argocd/install/argocd-secret-patch.yaml", """# admin password is stored only as a bcrypt hash (argocd account bcrypt --password ...)
apiVersion: v1
kind: Secret
metadata:
  name: argocd-secret
  namespace: argocd
stringData:
  admin.password: "%s"
  admin.passwordMtime: "%s"
""" % (bcrypt_hash(r), ts(r))


@N("portainer", "password_hash")
def n_portainer_bcrypt(c):
    r = c.r
    return "portainer/docker-compose.yml", """services:
  portainer:
    image: portainer/portainer-ce:2.%d.0
    command: --admin-password '%s' --http-disabled
    ports:
      - "9443:9443"
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock
      - portainer_data:/data
    restart: unless-stopped
volumes:
  portainer_data:
""" % (r.randint(19, 24), bcrypt_hash(r, "05", "2y"))


@N("kubeadm", "ca_hash")
def n_kubeadm_hash(c):
    r = c.r
    return "provision/join-worker.sh", """#!/usr/bin/env bash
# token is minted per node by the provisioner and passed in the environment
set -euo pipefail
: "${KUBEADM_JOIN_TOKEN:?missing}"
kubeadm join %s:6443 --token "$KUBEADM_JOIN_TOKEN" \\
  --discovery-token-ca-cert-hash sha256:%s
""" % (c.host("k8s-cp"), sha256hex(r))


@N("openshift", "token_object_name")
def n_ocp_token_names(c):
    r = c.r
    rows = ["NAME                                                 USER NAME    CLIENT NAME                    CREATED                EXPIRES"]
    for u in ["kube:admin", "alice", "ci-bot"]:
        rows.append("sha256~%s   %-12s openshift-browser-client       %s   %s" % (
            b64u(rbytes(r, 32)), u, ts(r), ts(r)))
    return "docs/audit/oauth-tokens-%s.txt" % ts(r)[:10], "$ oc get useroauthaccesstokens\n" + "\n".join(rows) + "\n"


@N("openshift", "config")
def n_ocp_idms(c):
    r = c.r
    return "install/%s/idms.yaml" % c.cluster(), """apiVersion: config.openshift.io/v1
kind: ImageDigestMirrorSet
metadata:
  name: release-mirror
spec:
  imageDigestMirrors:
  - mirrors:
    - mirror.%s:8443/ocp4/openshift-release-dev
    source: quay.io/openshift-release-dev/ocp-release
# release image: quay.io/openshift-release-dev/ocp-release@sha256:%s
""" % (c.dom(), sha256hex(r))


@N("harbor", "robot_listing")
def n_harbor_robots(c):
    r = c.r
    robots = [{"id": r.randint(1, 90), "name": robot_name(r), "level": "project", "disable": False,
               "duration": r.choice([-1, 30, 90]), "expires_at": r.choice([-1, epoch(r)]),
               "creation_time": ts(r), "permissions": [{"kind": "project", "namespace": "apps",
                                                        "access": [{"resource": "repository", "action": "push"}]}]}
              for _ in range(2)]
    return "harbor/exports/robots.json", json.dumps(robots, indent=2) + "\n"


@N("velero", "secret_ref")
def n_velero_bsl(c):
    r = c.r
    return "velero/backupstoragelocation.yaml", """apiVersion: velero.io/v1
kind: BackupStorageLocation
metadata:
  name: default
  namespace: velero
spec:
  provider: aws
  objectStorage:
    bucket: %s-velero
    prefix: %s
  config:
    region: %s
  credential:
    name: cloud-credentials
    key: cloud
---
apiVersion: velero.io/v1
kind: Schedule
metadata:
  name: daily
  namespace: velero
spec:
  schedule: "0 3 * * *"
  template:
    ttl: 720h0m0s
    includedNamespaces: ["*"]
""" % (c.cluster(), c.cluster(), r.choice(REGIONS))


@N("velero", "log_ids")
def n_velero_describe(c):
    r = c.r
    return "logs/velero-backup-describe.txt", """Name:         daily-%s
Namespace:    velero
Labels:       velero.io/schedule-name=daily
              velero.io/storage-location=default
Annotations:  velero.io/source-cluster-k8s-version=v1.%d.%d
Phase:  Completed
Backup Format Version:  1.1.0
Started:    %s
Completed:  %s
Total items to be backed up:  %d
Items backed up:              %d
Velero-Native Snapshots: <none included>
Resource List:
  v1/Secret:
    - cattle-system/tls-rancher-ingress
    - velero/cloud-credentials
Backup UID: %s
Repository ID: %s
""" % (ts(r).replace(":", "").replace("-", "")[:15], r.randint(27, 31), r.randint(0, 9), ts(r), ts(r),
       r.randint(500, 4000), r.randint(500, 4000), uuid4(r), rs(r, HEX, 64))


@N("cert-manager", "secret_ref")
def n_cm_issuer_ref(c):
    r = c.r
    return "cert-manager/clusterissuer.yaml", """apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt-prod
spec:
  acme:
    server: https://acme-v02.api.letsencrypt.org/directory
    email: %s@%s
    privateKeySecretRef:
      name: letsencrypt-prod-account-key
    solvers:
      - dns01:
          cloudflare:
            apiTokenSecretRef:
              name: cloudflare-api-token-secret
              key: api-token
        selector:
          dnsZones: ["%s"]
""" % (r.choice(TEAMS), c.dom(), c.dom())


@N("external-dns", "public_id")
def n_extdns_args(c):
    r = c.r
    return "deploy/external-dns/args.yaml", """args:
  - --source=service
  - --source=ingress
  - --provider=cloudflare
  - --zone-id-filter=%s
  - --domain-filter=%s
  - --txt-owner-id=%s-%s
  - --cloudflare-proxied
  - --aws-zone-type=public
  - --registry=txt
  - --txt-prefix=edns-
""" % (rs(r, HEX, 32), c.dom(), c.cluster(), uuid4(r)[:8])


@N("metallb", "secret_ref")
def n_metallb_ref(c):
    r = c.r
    return "metallb/peers.yaml", """apiVersion: metallb.io/v1beta2
kind: BGPPeer
metadata:
  name: spine-%d
  namespace: metallb-system
spec:
  myASN: 64512
  peerASN: 65000
  peerAddress: 10.0.%d.1
  passwordSecret:
    name: bgp-peer-auth
    namespace: metallb-system
  bfdProfile: fast
""" % (r.randint(1, 4), r.randint(0, 250))


@N("istio", "public_cert")
def n_istio_root(c):
    r = c.r
    return "istio/root-cert-configmap.yaml", """apiVersion: v1
kind: ConfigMap
metadata:
  name: istio-ca-root-cert
  namespace: %s
data:
  root-cert.pem: |
%s
""" % (r.choice(["apps", "istio-system", "payments"]), indent(cert_pem(r, "Root CA", org="Istio"), "    "))


@N("linkerd", "public_cert")
def n_linkerd_anchor(c):
    r = c.r
    return "linkerd/trust-anchor.crt", cert_pem(r, "root.linkerd.cluster.local", ec=True) + "\n"


@N("sealed-secrets", "public_cert")
def n_kubeseal_cert(c):
    r = c.r
    return "sealed-secrets/pub-cert.pem", """%s
""" % cert_pem(r, "sealed-secret", org="sealed-secret")


@N("sealed-secrets", "script")
def n_kubeseal_script(c):
    r = c.r
    return "scripts/seal.sh", """#!/usr/bin/env bash
# Seal a secret with the controller's public certificate (safe to commit the output)
set -euo pipefail
kubeseal --fetch-cert --controller-namespace kube-system > pub-cert.pem
kubectl create secret generic "$1" --dry-run=client --from-env-file="$2" -o yaml \\
  | kubeseal --cert pub-cert.pem --format yaml > "sealed/$1.yaml"
sha256sum pub-cert.pem
# expected fingerprint: %s
""" % sha256hex(r)


@N("tanzu", "public_key")
def n_tkg_ssh(c):
    r = c.r
    return "tkg/clusterconfigs/%s-mgmt.yaml" % c.cluster(), """CLUSTER_NAME: %s-mgmt
INFRASTRUCTURE_PROVIDER: vsphere
VSPHERE_SERVER: vcenter.%s
VSPHERE_USERNAME: tkg-admin@vsphere.local
VSPHERE_PASSWORD: ""
VSPHERE_SSH_AUTHORIZED_KEY: %s
VSPHERE_TLS_THUMBPRINT: %s
TKG_CUSTOM_IMAGE_REPOSITORY: harbor.%s/tkg
TKG_CUSTOM_IMAGE_REPOSITORY_CA_CERTIFICATE: %s
""" % (c.cluster(), c.dom(), ssh_rsa_pub(r, "tkg@bastion"),
       ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(20)), c.dom(),
       b64(cert_pem(r, "Harbor CA") + "\n"))


@N("kind", "digest")
def n_kind_config(c):
    r = c.r
    return "hack/kind.yaml", """kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
nodes:
  - role: control-plane
    image: kindest/node:v1.%d.0@sha256:%s
  - role: worker
    image: kindest/node:v1.%d.0@sha256:%s
networking:
  podSubnet: 10.244.0.0/16
""" % (r.randint(28, 31), sha256hex(r), r.randint(28, 31), sha256hex(r))


@N("minikube", "ids")
def n_minikube_profile(c):
    r = c.r
    return "dev/minikube/config.json", json.dumps({
        "Name": "minikube", "KeepContext": False, "Memory": 8192, "CPUs": 4,
        "Driver": "docker", "KubernetesConfig": {"KubernetesVersion": "v1.30.0",
                                                "ClusterName": "minikube", "ContainerRuntime": "containerd"},
        "MachineID": rs(r, HEX, 32), "BootstrapID": uuid4(r),
        "Nodes": [{"Name": "", "IP": "192.168.49.2", "Port": 8443, "ControlPlane": True}]}, indent=2) + "\n"


@N("k9s", "config")
def n_k9s(c):
    r = c.r
    return ".config/k9s/config.yaml", """k9s:
  liveViewAutoRefresh: false
  refreshRate: %d
  maxConnRetry: 5
  readOnly: %s
  ui:
    skin: %s
    logoless: true
  logger:
    tail: 200
    buffer: 5000
    sinceSeconds: -1
  thresholds:
    cpu: {critical: 90, warn: 70}
    memory: {critical: 90, warn: 70}
""" % (r.choice([2, 5]), r.choice(["true", "false"]), r.choice(["dracula", "nord", "monokai"]))


@N("lens", "ids")
def n_lens_prefs(c):
    r = c.r
    return "lens/lens-cluster-store.json", json.dumps({"__internal__": {"migrations": {"version": "6.5.0"}},
        "clusters": [{"id": rs(r, HEX, 32), "kubeConfigPath": "~/.kube/%s" % cl, "contextName": cl,
                      "preferences": {"clusterName": cl, "prometheus": {"namespace": "monitoring"}},
                      "metadata": {"id": rs(r, HEX, 32), "distribution": "rke2"}}
                     for cl in r.sample(CLUSTERS, 2)]}, indent=2) + "\n"


@N("headlamp", "public_id")
def n_headlamp_oidc(c):
    r = c.r
    return "deploy/headlamp/values.yaml", """config:
  oidc:
    clientID: %s
    issuerURL: https://login.microsoftonline.com/%s/v2.0
    scopes: "openid,profile,email"
    secret:
      create: false
      name: headlamp-oidc
ingress:
  enabled: true
  hosts:
    - host: %s
      paths: [{path: /, type: Prefix}]
""" % (uuid4(r), uuid4(r), c.host("headlamp"))


@N("kubernetes", "base64_public")
def n_b64_public_data(c):
    r = c.r
    region = r.choice(REGIONS)
    return "manifests/%s/config-secret.yaml" % r.choice(["velero", "longhorn", "grafana"]), """apiVersion: v1
kind: Secret
metadata:
  name: backup-settings
  namespace: longhorn-system
type: Opaque
data:
  username: YWRtaW4=
  AWS_REGION: %s
  AWS_ENDPOINTS: %s
  BUCKET: %s
""" % (b64(region), b64("https://s3.%s.amazonaws.com" % region), b64("%s-longhorn" % c.cluster()))


@N("git", "git_sha")
def n_changelog(c):
    r = c.r
    lines = ["# Changelog", ""]
    for _ in range(6):
        lines.append("* %s %s (%s)" % (gitsha(r)[:r.choice([7, 40])], r.choice([
            "bump argo-cd chart to 7.%d.%d" % (r.randint(0, 9), r.randint(0, 9)),
            "rotate rancher api key (new token stored in Vault)",
            "velero: pin plugin image digest", "flux: move receivers to v1",
            "harbor: robot accounts now expire after 90 days", "metallb: switch to BGP"]),
            ts(r)[:10]))
    return "CHANGELOG.md", "\n".join(lines) + "\n"


@N("github", "checksums")
def n_sha256sums(c):
    r = c.r
    files = ["argocd-linux-amd64", "flux_2.3.0_linux_amd64.tar.gz", "rancher-linux-amd64-v2.8.0.tar.gz",
             "velero-v1.14.0-linux-amd64.tar.gz", "kubeseal-0.27.0-linux-amd64.tar.gz", "k9s_Linux_amd64.tar.gz"]
    return "tools/SHA256SUMS", "".join("%s  %s\n" % (sha256hex(r), f) for f in files)


@N("flux", "git_sha")
def n_flux_status(c):
    r = c.r
    return "clusters/%s/flux-status.yaml" % c.cluster(), """apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: infrastructure
  namespace: flux-system
spec:
  interval: 10m
  path: ./infrastructure
  prune: true
  sourceRef: {kind: GitRepository, name: flux-system}
  decryption:
    provider: sops
    secretRef:
      name: sops-age
status:
  lastAppliedRevision: main@sha1:%s
  lastAttemptedRevision: main@sha1:%s
  observedGeneration: %d
---
apiVersion: image.toolkit.fluxcd.io/v1beta2
kind: ImagePolicy
status:
  latestImage: ghcr.io/%s/api:1.%d.%d
  latestRef:
    digest: sha256:%s
""" % (gitsha(r), gitsha(r), r.randint(1, 90), r.choice(TEAMS), r.randint(0, 9), r.randint(0, 30),
       sha256hex(r))


@N("flux", "secret_ref")
def n_flux_provider_ref(c):
    return "clusters/%s/notifications/provider.yaml" % c.cluster(), """apiVersion: notification.toolkit.fluxcd.io/v1beta3
kind: Provider
metadata:
  name: msteams
  namespace: flux-system
spec:
  type: msteams
  secretRef:
    name: msteams-webhook   # created out-of-band from Vault, never committed
---
apiVersion: notification.toolkit.fluxcd.io/v1beta3
kind: Alert
metadata:
  name: infra
  namespace: flux-system
spec:
  providerRef: {name: msteams}
  eventSeverity: info
  eventSources: [{kind: HelmRelease, name: '*'}]
"""


@N("rancher", "variable_ref")
def n_tf_rancher_vars(c):
    r = c.r
    return "terraform/rancher/main.tf", """variable "rancher_access_key" {
  type      = string
  sensitive = true
}

variable "rancher_secret_key" {
  type      = string
  sensitive = true
}

provider "rancher2" {
  api_url    = "https://%s"
  access_key = var.rancher_access_key
  secret_key = var.rancher_secret_key
}

output "cluster_id" {
  value = "c-m-%s"
}
""" % (c.host("rancher"), k8sname(r, 8))


@N("oidc", "public_key")
def n_jwks(c):
    r = c.r
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": b64u(rbytes(r, 32)),
             "n": b64u(rbytes(r, 256)), "e": "AQAB"} for _ in range(2)]
    return "docs/oidc/openid-keys.json", json.dumps({"keys": keys}, indent=2) + "\n"


@N("argocd", "public_key")
def n_argocd_known_hosts(c):
    r = c.r
    return "argocd/argocd-ssh-known-hosts-cm.yaml", """apiVersion: v1
kind: ConfigMap
metadata:
  name: argocd-ssh-known-hosts-cm
  namespace: argocd
data:
  ssh_known_hosts: |
    git.%s %s
    git.%s %s
    [bitbucket.%s]:7999 %s
""" % (c.dom(), ssh_rsa_pub(r, ""), c.dom(), ecdsa_host_pub(r), c.dom(), ed25519_pair(r, "")[1].strip())


@N("sops", "public_key")
def n_sops_config(c):
    r = c.r
    return ".sops.yaml", """creation_rules:
  - path_regex: clusters/%s/.*\\.enc\\.yaml$
    encrypted_regex: ^(data|stringData)$
    age: %s
  - path_regex: clusters/staging/.*\\.enc\\.yaml$
    age: >-
      %s,
      %s
    pgp: %s
""" % (c.cluster(), age_public(r), age_public(r), age_public(r), rs(r, "0123456789ABCDEF", 40))


@N("rancher", "sql_ids")
def n_sql(c):
    r = c.r
    rows = ",\n".join("  ('c-m-%s', '%s', '%s', '%s')" % (k8sname(r, 8), cl, sha256hex(r), ts(r))
                      for cl in r.sample(CLUSTERS, 3))
    return "db/migrations/0%d_cluster_inventory.sql" % r.randint(10, 99), """CREATE TABLE IF NOT EXISTS cluster_inventory (
  rancher_id    VARCHAR(16) PRIMARY KEY,
  name          VARCHAR(64) NOT NULL,
  ca_checksum   CHAR(64)    NOT NULL,
  registered_at TIMESTAMP   NOT NULL
);

INSERT INTO cluster_inventory (rancher_id, name, ca_checksum, registered_at) VALUES
%s;
""" % rows


@N("kubernetes", "csv_ids")
def n_csv(c):
    r = c.r
    out = ["cluster,api_server,ca_fingerprint_sha256,node_pool_id,owner"]
    for cl in r.sample(CLUSTERS, 4):
        out.append("%s,https://%s:6443,%s,%s,%s" % (cl, c.host("api." + cl),
                   ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(32)), uuid4(r), r.choice(TEAMS)))
    return "inventory/clusters.csv", "\n".join(out) + "\n"


@N("argocd", "runbook")
def n_md_runbook(c):
    r = c.r
    return "docs/runbooks/break-glass.md", """# Break-glass access

Never paste passwords or tokens in this repository. Fetch them when needed:

* Argo CD admin: `kubectl -n argocd get secret argocd-initial-admin-secret -o jsonpath="{.data.password}" | base64 -d`
* Rancher bootstrap: `kubectl get secret --namespace cattle-system bootstrap-secret -o go-template='{{.data.bootstrapPassword|base64decode}}'`
* OpenShift kubeadmin: stored in the install directory, `auth/kubeadmin-password` (Vault path `kv/ocp/%s/kubeadmin`)
* Portainer API key: *My account > Access tokens*, store it as `op://Platform/portainer/credential`

Last reviewed %s by %s.
""" % (c.cluster(), ts(r)[:10], r.choice(TEAMS))


@N("portainer", "env_template")
def n_env_example(c):
    r = c.r
    return r.choice([".env.example", ".env.sample", "deploy/.env.template"]), """# Copy to .env and fill in. Never commit the real file.
RANCHER_URL=https://rancher.example.com
RANCHER_TOKEN=
PORTAINER_URL=https://portainer.example.com:9443
PORTAINER_API_KEY=ptr_...
HARBOR_ROBOT=robot$project+name
HARBOR_ROBOT_SECRET=<robot secret from Harbor UI>
ARGOCD_AUTH_TOKEN=
CF_API_TOKEN=your-cloudflare-token
"""


@N("helm", "digest")
def n_chart_lock(c):
    r = c.r
    return "charts/platform/Chart.lock", """dependencies:
- name: argo-cd
  repository: https://argoproj.github.io/argo-helm
  version: 7.%d.%d
- name: velero
  repository: https://vmware-tanzu.github.io/helm-charts
  version: 7.%d.0
- name: cert-manager
  repository: https://charts.jetstack.io
  version: v1.%d.1
digest: sha256:%s
generated: "%s"
""" % (r.randint(0, 9), r.randint(0, 9), r.randint(0, 2), r.randint(13, 16), sha256hex(r), ts(r))


@N("rancher", "code_hash")
def n_py_hash(c):
    r = c.r
    return "tools/token_audit.py", '''"""Compare API token hashes exported by Rancher with the inventory (no raw tokens here)."""
import hashlib
import hmac

KNOWN_HASHES = {
    "token-%s": "%s",
    "token-%s": "%s",
}


def matches(name: str, raw: str) -> bool:
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return hmac.compare_digest(KNOWN_HASHES.get(name, ""), digest)
''' % (k8sname(r), sha256hex(r), k8sname(r), sha256hex(r))


@N("portainer", "code_env")
def n_go_client(c):
    r = c.r
    return "internal/portainer/client.go", """package portainer

import (
	"fmt"
	"net/http"
	"os"
)

const apiKeyHeader = "X-API-Key"

// New reads the access token from the environment; tokens start with "ptr_".
func New(baseURL string) (*Client, error) {
	key := os.Getenv("PORTAINER_API_KEY")
	if key == "" {
		return nil, fmt.Errorf("PORTAINER_API_KEY is not set")
	}
	return &Client{base: baseURL, key: key, http: &http.Client{}}, nil
}

// request id used in logs: %s
"""% uuid4(r)


@N("docker", "digest")
def n_dockerfile(c):
    r = c.r
    return "images/ops-toolbox/Dockerfile", """FROM alpine:3.%d@sha256:%s
ARG KUBECTL_VERSION=v1.%d.0
ARG KUBECTL_SHA256=%s
RUN apk add --no-cache curl bash jq \\
 && curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/amd64/kubectl \\
 && echo "${KUBECTL_SHA256}  /usr/local/bin/kubectl" | sha256sum -c - \\
 && chmod +x /usr/local/bin/kubectl
# credentials are mounted at runtime from /var/run/secrets
ENTRYPOINT ["/bin/bash"]
""" % (r.randint(18, 20), sha256hex(r), r.randint(28, 31), sha256hex(r))


@N("longhorn", "ids")
def n_longhorn_backup(c):
    r = c.r
    return "logs/longhorn-backups.txt", "".join(
        "backup-%s  volume=pvc-%s  size=%dGi  snapshot=%s  url=s3://%s-longhorn@%s/?backup=backup-%s&volume=pvc-%s\n" % (
            rs(r, HEX, 16), uuid4(r), r.randint(1, 200), uuid4(r), c.cluster(), r.choice(REGIONS),
            rs(r, HEX, 16), uuid4(r)) for _ in range(5))



@N("rancher", "log_ids")
def n_rancher_audit(c):
    r = c.r
    out = []
    for _ in range(4):
        out.append(json.dumps({"auditID": uuid4(r), "requestURI": "/v3/clusters/c-m-%s" % k8sname(r, 8),
                               "user": {"name": "u-%s" % k8sname(r), "group": ["system:authenticated"]},
                               "method": r.choice(["GET", "PUT"]), "responseCode": 200,
                               "requestTimestamp": ts(r), "extra": {"tokenName": "token-%s" % k8sname(r)}}))
    return "logs/rancher-api-audit.log", "\n".join(out) + "\n"


@N("portainer", "ids")
def n_portainer_endpoints(c):
    r = c.r
    eps = [{"Id": i, "Name": cl, "Type": 7, "URL": "https://%s:6443" % c.host("api." + cl),
            "GroupId": 1, "TagIds": [r.randint(1, 9)], "Status": 1,
            "TLSConfig": {"TLS": True, "TLSSkipVerify": False}, "Kubernetes": {"Configuration": {
                "UseLoadBalancer": True, "StorageClasses": [{"Name": "longhorn"}]}}}
           for i, cl in enumerate(r.sample(CLUSTERS, 3), 1)]
    return "portainer/exports/endpoints.json", json.dumps(eps, indent=2) + "\n"


@N("openshift", "digest")
def n_ocp_clusterversion(c):
    r = c.r
    return "install/%s/clusterversion.yaml" % c.cluster(), """apiVersion: config.openshift.io/v1
kind: ClusterVersion
metadata:
  name: version
spec:
  channel: stable-4.%d
  clusterID: %s
status:
  desired:
    image: quay.io/openshift-release-dev/ocp-release@sha256:%s
    version: 4.%d.%d
  history:
  - completionTime: "%s"
    image: quay.io/openshift-release-dev/ocp-release@sha256:%s
    state: Completed
""" % (r.randint(14, 17), uuid4(r), sha256hex(r), r.randint(14, 17), r.randint(1, 30), ts(r),
       sha256hex(r))


@N("harbor", "digest")
def n_harbor_artifact(c):
    r = c.r
    return "harbor/exports/artifact.json", json.dumps({
        "id": r.randint(100, 9999), "type": "IMAGE", "digest": "sha256:" + sha256hex(r),
        "manifest_media_type": "application/vnd.oci.image.manifest.v1+json",
        "push_time": ts(r), "size": r.randint(10 ** 6, 10 ** 9),
        "tags": [{"name": "v1.%d.%d" % (r.randint(0, 9), r.randint(0, 9)), "immutable": True}],
        "scan_overview": {"application/vnd.security.vulnerability.report; version=1.1": {
            "report_id": uuid4(r), "scan_status": "Success", "severity": "Low"}}}, indent=2) + "\n"


@N("cert-manager", "public_csr")
def n_cm_csr(c):
    r = c.r
    csr = pem("CERTIFICATE REQUEST", seq(seq(der_int(0), _name(c.host("app")), ec_pub_spki(r)),
                                         seq(OID_SHA256RSA, NULL), der(0x03, b"\x00" + rbytes(r, 64))))
    return "cert-manager/debug/certificaterequest.yaml", """apiVersion: cert-manager.io/v1
kind: CertificateRequest
metadata:
  name: app-tls-%s
  namespace: apps
  annotations:
    cert-manager.io/certificate-revision: "%d"
spec:
  issuerRef:
    name: letsencrypt-dns
    kind: ClusterIssuer
  request: %s
status:
  conditions:
  - type: Ready
    status: "True"
    reason: Issued
""" % (k8sname(r), r.randint(1, 9), b64(csr + "\n"))


@N("argocd", "config")
def n_argocd_cm(c):
    r = c.r
    return "argocd/argocd-cm.yaml", """apiVersion: v1
kind: ConfigMap
metadata:
  name: argocd-cm
  namespace: argocd
data:
  url: https://%s
  accounts.ci-bot: apiKey
  accounts.ci-bot.enabled: "true"
  admin.enabled: "false"
  oidc.config: |
    name: Azure
    issuer: https://login.microsoftonline.com/%s/v2.0
    clientID: %s
    clientSecret: $oidc.azure.clientSecret
    requestedScopes: ["openid", "profile", "email"]
""" % (c.host("argocd"), uuid4(r), uuid4(r))


@N("flux", "hash_path")
def n_flux_receiver_status(c):
    r = c.r
    return "clusters/%s/receivers/status.yaml" % c.cluster(), """apiVersion: notification.toolkit.fluxcd.io/v1
kind: Receiver
metadata:
  name: github-receiver
  namespace: flux-system
spec:
  type: github
  secretRef:
    name: receiver-token
status:
  webhookPath: /hook/%s
  observedGeneration: %d
# GitHub webhook URL: https://flux-webhook.%s/hook/<path above>
""" % (sha256hex(r), r.randint(1, 9), c.dom())


@N("velero", "ids")
def n_velero_repo(c):
    r = c.r
    return "velero/backuprepository.yaml", """apiVersion: velero.io/v1
kind: BackupRepository
metadata:
  name: %s-default-kopia-%s
  namespace: velero
spec:
  backupStorageLocation: default
  maintenanceFrequency: 1h0m0s
  repositoryType: kopia
  resticIdentifier: s3:s3-%s.amazonaws.com/%s-velero/restic/%s
  volumeNamespace: %s
status:
  lastMaintenanceTime: "%s"
  phase: Ready
""" % (r.choice(NAMESPACES), k8sname(r), r.choice(REGIONS), c.cluster(), r.choice(NAMESPACES),
       r.choice(NAMESPACES), ts(r))


@N("terraform", "masked")
def n_tf_output(c):
    r = c.r
    return "terraform/rancher/outputs.txt", """$ terraform output
admin_token = <sensitive>
cluster_id = "c-m-%s"
kubeconfig = <sensitive>
rancher_url = "https://%s"
registration_command = <sensitive>

$ terraform output -json admin_token
(sensitive value)
""" % (k8sname(r, 8), c.host("rancher"))


# ================================================================= fillers for re-used templates
PLACEHOLDERS = ["<your-token>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "REPLACE_ME", "TODO-set-me", "dummy", "<insert-secret-here>", "CHANGE_ME_BEFORE_DEPLOY",
                "your-password-here", "XXXXXXXXXXXXXXXXXXXX", "example"]
MASKED = ["********", "[REDACTED]", "<redacted>", "****************", "###", "(hidden)"]


def filler(r, t):
    """Return (kind, value, raw) for a non-secret value in template t's slot."""
    var = t.var
    low = var.lower()
    style = t.style
    if style == "b64":
        kind = r.choice(["placeholder", "placeholder", "empty", "masked", "template"])
        if kind == "placeholder":
            return kind, b64(r.choice(["changeme", "REPLACE_ME", "<your-token>", "dummy", "TODO"])), False
        if kind == "empty":
            return kind, r.choice(["", '""']), False
        if kind == "masked":
            return kind, b64(r.choice(["[REDACTED]", "<redacted>", "********"])), False
        return kind, r.choice(["{{ .Values.%s | b64enc }}" % low.replace("_", ""),
                               "${%s_B64}" % var]), False
    if style in ("pem", "pemjson"):
        kind = r.choice(["public_key", "placeholder", "env_reference", "public_cert"]) if style == "pem" \
            else r.choice(["placeholder", "env_reference", "empty"])
        if kind == "public_key":
            return kind, pem("PUBLIC KEY", ec_pub_spki(r) if r.random() < 0.5 else rsa_pub_spki(r)), False
        if kind == "public_cert":
            return kind, cert_pem(r, "issuer.example.internal"), False
        if kind == "placeholder":
            return kind, r.choice(["# paste the private key here (kept in Vault, not in git)",
                                   "<private-key>", "REPLACE_WITH_SERVICE_ACCOUNT_KEY"]), False
        if kind == "empty":
            return kind, "", False
        return kind, "${%s}" % var, False
    if style == "url":
        kind = r.choice(["doc_example", "placeholder", "env_reference", "masked"])
        if kind == "doc_example" and t.doc:
            return kind, t.doc, False
        if kind == "env_reference":
            return kind, "${%s}" % var, False
        if kind == "masked":
            return kind, "https://hooks.example.invalid/[REDACTED]", False
        return "placeholder", r.choice(["<webhook-url>", "https://discord.com/api/webhooks/<id>/<token>",
                                        "https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"]), False
    kinds = ["placeholder"] * 5 + ["empty"] * 2 + ["masked"] * 3 + ["env_reference"] * 5 + \
            ["secret_manager_ref"] * 4 + ["template"] * 2 + (["doc_example"] * 5 if t.doc else [])
    kind = r.choice(kinds)
    if kind == "doc_example":
        return kind, t.doc, False
    if kind == "placeholder":
        return kind, r.choice(PLACEHOLDERS + ["<%s>" % low.replace("_", "-")]), False
    if kind == "empty":
        return kind, "", False
    if kind == "masked":
        return kind, r.choice(MASKED), False
    if kind == "env_reference":
        if t.lang == "py":
            return kind, r.choice(['os.environ["%s"]' % var, 'os.getenv("%s", "")' % var]), True
        if t.lang == "ts":
            return kind, "process.env.%s ?? ''" % var, True
        if t.lang == "tf":
            return kind, "var.%s" % low, True
        if t.lang == "make":
            return kind, "$(shell cat /run/secrets/%s)" % low, False
        return kind, r.choice(["${%s}" % var, "$%s" % var]), False
    if kind == "secret_manager_ref":
        return kind, r.choice(["vault:secret/data/platform/%s#value" % low,
                               "op://Platform/%s/credential" % low.replace("_", "-"),
                               "ref+vault://secret/platform/%s#/value" % low,
                               "arn:aws:secretsmanager:us-east-1:123456789012:secret:platform/%s" % low,
                               "gcp:secretmanager:projects/platform/secrets/%s/versions/latest" % low]), False
    if t.lang == "tf":
        return kind, "data.vault_generic_secret.platform.data[\"%s\"]" % low, True
    return kind, r.choice(["{{ .Values.secrets.%s }}" % low.replace("_", ""),
                           "${{ secrets.%s }}" % var, "{{ .Env.%s }}" % var]), False


# ================================================================= main
SPECIAL_TYPES = {"Makefile": "makefile", "Dockerfile": "dockerfile", "SHA256SUMS": "txt",
                 "config": "yaml", "kubeadmin-password": "txt", "admin-password": "txt",
                 ".openshift_install.log": "log"}
EXT_TYPES = {"kubeconfig": "yaml", "key": "pem", "crt": "pem", "lock": "yaml"}


def ftype(path):
    base = os.path.basename(path)
    if base in SPECIAL_TYPES:
        return SPECIAL_TYPES[base]
    if base.startswith(".env"):
        return "env"
    if base.startswith("credentials-velero"):
        return "ini"
    if "." not in base.lstrip("."):
        return "yaml" if "/.kube/" in "/" + path else "txt"
    ext = base.rsplit(".", 1)[1].lower()
    return EXT_TYPES.get(ext, ext)


def is_blocked_env(path):
    base = os.path.basename(path)
    if base == ".env":
        return True
    if base.startswith(".env."):
        return base.split(".", 2)[2] not in ("example", "sample", "template", "dist")
    return False


def spread(r, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out += block
    return out[:n]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return full


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 gen_in.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    Ctx.env_budget = 20
    manifest, secrets = [], []
    env_pos = 0

    for i, t in enumerate(spread(r, POS, 500)):
        c = Ctx(r, False)
        ins, needle = t.gen(r)
        path, text = t.fn(c, ins)
        assert needle and needle in text, (t.name, needle)
        assert "\n" not in needle, t.name
        rel = "pos/p%04d/%s" % (i, path)
        full = write(outdir, rel, text)
        with open(full, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        line = text[:text.index(needle)].count("\n") + 1
        assert needle in lines[line - 1], (rel, line)
        env_pos += is_blocked_env(path)
        manifest.append({"file": rel, "label": "pos", "provider": t.provider, "kind": t.kind,
                         "filetype": ftype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_pos <= 25, env_pos

    plan = [("reuse", t) for t in spread(r, POS, 250)] + [("look", n) for n in spread(r, NEG, 250)]
    r.shuffle(plan)
    for i, (mode, item) in enumerate(plan):
        c = Ctx(r, True)
        if mode == "reuse":
            kind, value, raw = filler(r, item)
            c.raw = raw
            path, text = item.fn(c, value)
            provider = item.provider
            kind = "%s(%s)" % (kind, item.kind)
        else:
            fn, provider, kind = item
            path, text = fn(c)
        assert not is_blocked_env(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": ftype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
