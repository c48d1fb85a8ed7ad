#!/usr/bin/env python3
"""gen_ee.py - blind evaluation-set generator for keyhook (set "ee").

EMPHASIS
    Quantum-computing clouds and scientific/HPC computing. Positives carry one credential each for:
    IBM Quantum (legacy 128-hex API tokens in ~/.qiskit/qiskit-ibm.json and QiskitRuntimeService
    calls, IBM Cloud API keys for the ibm_quantum_platform/ibm_cloud channels), AWS Braket / QuEra
    (AWS access key id + secret; needle = secret), Azure Quantum (workspace connection string;
    needle = the ApiKey part), IonQ, Quantinuum (account password), Rigetti QCS (refresh token in
    ~/.qcs/secrets.toml), D-Wave Leap (SAPI token in dwave.conf / DWaveSampler), Xanadu Cloud
    (refresh token), Pasqal (account password), qBraid (qbraidrc), Strangeworks, Classiq;
    HPC: Slurm REST JWTs (SLURM_JWT, X-SLURM-USER-TOKEN) and the HS256 signing key in a k8s Secret,
    slurmdbd StoragePass, Globus confidential-client secrets, Open OnDemand OIDC client secrets,
    PBS/LSF/BMC service passwords, Spack mirrors (S3 access_pair, OCI registry PATs), W&B
    (netrc, wandb.login, env), MLflow (Databricks dapi tokens, tracking passwords), Paperspace,
    Lambda Cloud, CoreWeave kubeconfig tokens, RunPod, Vast.ai, JupyterHub (service api_token,
    cookie secret, proxy auth token, z2jh values), Hugging Face tokens, GitHub/GitLab PATs and
    Postgres passwords in DB URLs (JupyterHub db_url, mlflow server).
    File types: Python scripts, Jupyter notebooks, qiskit-ibm.json, dwave.conf, qbraidrc, AWS
    credentials ini, QCS secrets.toml, sbatch scripts, slurmdbd.conf/slurm.conf, jupyterhub_config.py,
    z2jh Helm values, Spack spack.yaml/mirrors.yaml, conda environment.yml, Apptainer .def files,
    Lmod Lua modulefiles, Makefiles, Dockerfiles, docker-compose, .env, GitHub Actions, .gitlab-ci.yml,
    Ansible group_vars, k8s manifests, kubeconfig, .netrc, pip.conf, Julia, C++, Markdown runbooks.
    About half of the positives put the secret under an obvious name (API_KEY, token=, password),
    half under a neutral one (IONQ_PARAM, QPU_ACCOUNT_1, a tuple unpacked into the constructor,
    a positional argument, a URL userinfo part, an HTTP header, a curl -u argument).

USAGE
    python3 gen_ee.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500), OUTDIR/manifest.jsonl
    and OUTDIR/secrets.jsonl. Standard library only; all randomness comes from random.Random(SEED),
    so the same SEED gives byte-identical output.

NEEDLE CONVENTIONS
    needle = the secret exactly as written in the file, without surrounding quotes.
    - AWS pairs: needle is the 40-char secret access key; the AKIA... key id sits next to it.
    - Azure Quantum: the whole connection string is written; needle is only the ApiKey value.
    - DB URLs (postgresql://user:PASS@host/db): needle is PASS.
    - Globus: client id (UUID, public) next to it; needle is the client secret.
    - Slurm JWT: the full three-part token; Slurm signing key: the base64 value in the Secret.
    - Lambda Cloud: the full "secret_<name>_<hex>.<alnum>" string.
    - Notebooks: the needle appears inside a JSON string of the cell source; "line" is the line
      of the .ipynb file.
    "line" is the 1-based line of the first occurrence of the needle in the file.
    manifest "kind" for positives is the credential kind (api-token, sapi-token, refresh-token,
    password, jwt-token, jwt-signing-key, cookie-secret, ...); for negatives it is the kind of
    look-alike.

NEGATIVES
    Half re-use the positive templates with the secret slot filled by: placeholders
    (<your-...>, YOUR_..., REPLACE_ME, xxxx..., TODO), environment references (${VAR},
    ${VAR:?...}, $(VAR), ${{ secrets.X }}, {{ vault_x }}, %(x)s), secret-manager references
    (vault:, op://, AWS Secrets Manager ARNs, GCP secret paths, /run/secrets files), masked or
    redacted values (********, [REDACTED], prefix + asterisks, prefix...last4), empty values, and
    AWS's documented example key pair (AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY).
    Public ids next to the slot (AWS key id) are replaced too; public ones (Globus client UUID,
    usernames) stay.
    Half are domain look-alikes: IBM job ids + circuit sha256 hashes + instance CRNs, D-Wave
    problem ids, IonQ job JSON, sacct listings (Slurm job ids, node names), slurm.conf with
    AuthAltParameters=jwt_key=<path>, slurmdbd.conf without StoragePass, conda explicit lock files
    (md5) and conda-lock.yml (md5/sha256), Apptainer/compose image digests, CITATION.cff with DOIs
    and ORCIDs (valid checksums), Julia Manifest.toml git-tree-sha1s, spack.lock DAG hashes, W&B
    run metadata (run ids, git commit), MLflow MLmodel run ids, jupyterhub_config.py reading
    secrets from files/env, GitHub workflows with ${{ secrets.* }}, an ExternalSecret manifest,
    a key-rotation runbook with masked keys, i18n strings about keys and passwords, RFC 4231
    HMAC-SHA256 test vectors (computed with hmac), SHA-256 constants and the empty-string digest in
    C++, Braket task ARNs, Azure resource ids, Lambda instance ids, Globus collection UUIDs,
    Pasqal batch ids, QCS settings.toml (OAuth client id + issuer, no secret), Lmod modulefiles,
    Julia/Python code that reads credentials from ENV/getpass, .env.example with empty values.

DOUBTS
    Formats written from memory (no public spec found or checked):
    - IBM Quantum legacy token = 128 lowercase hex; IBM Cloud API key = 44 chars [A-Za-z0-9_-].
    - Azure Quantum access key = base64 of 32 bytes (44 chars, ends "="); the connection string
      field names (SubscriptionId;ResourceGroupName;WorkspaceName;ApiKey;QuantumEndpoint) are
      from memory. Newer Azure keys may be 84-char.
    - IonQ API key = 32 base62 chars (the IonQ docs describe the "Authorization: apiKey <key>"
      header but not the key shape).
    - D-Wave SAPI token = 3 uppercase letters + "-" + 40 hex (e.g. "DEV-..."); the prefix set is a guess.
    - Rigetti QCS refresh token = 43-char base64url; settings/secrets.toml layout from memory.
    - Xanadu Cloud refresh token = Keycloak-style JWT (HS256, typ "Offline"); claims are a guess.
    - qBraid (32 lowercase alnum), Strangeworks (32 hex), Classiq (40 base64url) key shapes are
      guesses; CLASSIQ_API_KEY / STRANGEWORKS_API_KEY / QCS_REFRESH_TOKEN env names are guesses.
    - Globus client secret = 44-char base64; Keycloak client secret = 32 alnum.
    - Paperspace key = 32 hex; Lambda Cloud key = "secret_<name>_<32hex>.<32 alnum>";
      RunPod = "rpa_" + 40 [A-Z0-9] (or legacy 32 [A-Z0-9]); Vast.ai = 64 hex; CoreWeave
      kubeconfig token = 40 alnum. All unverified.
    - GitHub PAT checksum: ghp_ + 30 base62 + 6-char base62 CRC32 of the random part; the base62
      alphabet order (0-9A-Za-z) is assumed.
    - W&B key = 40 hex (self-hosted "local-" + 40 hex); Databricks "dapi" + 32 hex (+ optional -N);
      HF "hf_" + 34 letters; GitLab "glpat-" + 20; JupyterHub secrets = 64 hex (openssl rand -hex 32).
    - pytket-quantinuum login through QuantinuumAPI._request_tokens(user, pwd) is an internal
      method name from memory.
    Labels a reviewer might dispute:
    - Positives with human passwords (Quantinuum, Pasqal, slurmdbd StoragePass, PBS/LSF/IPMI,
      Postgres URLs, MLflow) are generated, not common dictionary words; a reviewer would still
      block them.
    - The Slurm JWT signing key is positive in a k8s Secret (base64 "data:" is encoding, not encryption).
    - Negatives with "changeme-not-a-real-value" / "REPLACE_ME" are placeholders, not weak passwords.
    - Negatives contain many 32/40/64-hex strings (conda md5, git SHAs, MLflow run ids, Lambda
      instance ids, sha256 digests) that look like W&B / Vast.ai / JupyterHub secrets but are ids
      or hashes in context.
    - The .env.example negative carries AWS's documented example pair.
    - D-Wave problem ids, IonQ job ids, Pasqal project/batch ids and Globus client ids are UUIDs
      and treated as non-secret identifiers.

SEARCHES
    docs/pages corpora: Azure Quantum connection strings (learn.microsoft.com how-to-connect-workspace:
    primary/secondary keys, connection string use; exact field layout not shown); D-Wave SAPI token
    and dwave.conf (dwave-cloud-client docs; token shape not shown); RunPod API keys (docs.runpod.io;
    RUNPOD_API_KEY, key shape not shown); Lambda Cloud API (OpenAPI/SDK pages; Bearer/basic auth,
    key shape not shown); QiskitRuntimeService.save_account (quantum.cloud.ibm.com: channel, token,
    instance=CRN); qBraid qbraidrc (docs.qbraid.com: INI [default] url / api-key); Slurm JWT
    (slurm.schedmd.com/jwt.html: jwt_hs256.key, AuthAltTypes, SLURM_JWT); IonQ API (docs.ionq.com:
    "Authorization: apiKey <key>", IONQ_API_KEY).
    Scanner-related material shown by searches: none (no secret-scanner rules or regexes were
    shown or used).
"""

import base64
import binascii
import json
import os
import sys
import random

# ---------------------------------------------------------------------------
# character sets and low-level helpers
# ---------------------------------------------------------------------------
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = DIG + UP + LOW
B62 = DIG + UP + LOW
B64 = UP + LOW + DIG + "+/"
B64URL = UP + LOW + DIG + "-_"
B32 = UP + "234567"

ALL_SECRETS = []  # every secret value minted in a run (for self-checks)


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64u(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + pick(r, "89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def keep(v):
    ALL_SECRETS.append(v)
    return v


def style(words, st):
    words = [w for w in words if w]
    if st == "snake":
        return "_".join(w.lower() for w in words)
    if st == "screaming":
        return "_".join(w.upper() for w in words)
    if st == "kebab":
        return "-".join(w.lower() for w in words)
    if st == "camel":
        return words[0].lower() + "".join(w.capitalize() for w in words[1:])
    if st == "pascal":
        return "".join(w.capitalize() for w in words)
    if st == "dot":
        return ".".join(w.lower() for w in words)
    return "_".join(words)


def rstyle(r, words, allowed=("snake", "screaming", "camel")):
    return style(words, pick(r, allowed))


# ---------------------------------------------------------------------------
# realistic surroundings
# ---------------------------------------------------------------------------
USERS = ["jdoe", "mkowalski", "aparker", "lchen", "rgupta", "snakamura", "ehansen",
         "tmoreau", "kwilliams", "fgarcia", "obrien", "yli", "pnovak", "hsato",
         "dmueller", "cjohansson", "vrossi", "arahman", "bnguyen", "mweber"]
LABS = ["qlab", "qsim-group", "hpc-physics", "quantum-chem", "materials-ai",
        "condmat", "qinfo", "astro-hpc", "bioinformatics", "climate-sim", "qopt"]
CLUSTERS = ["perlmutter", "frontera", "bessemer", "greatlakes", "discovery", "cheaha",
            "hyak", "sherlock", "midway3", "della", "wulver", "orion", "talon", "kestrel"]
PARTS = ["gpu", "cpu", "debug", "long", "a100", "h100", "bigmem", "short", "preempt"]
IBM_BACKENDS = ["ibm_brisbane", "ibm_kyiv", "ibm_sherbrooke", "ibm_torino", "ibm_fez",
                "ibm_marrakesh", "ibm_kingston", "ibm_strasbourg", "ibm_brussels"]
DWAVE_SOLVERS = ["Advantage_system4.1", "Advantage_system6.4", "Advantage2_prototype2.6",
                 "hybrid_binary_quadratic_model_version2", "hybrid_constrained_quadratic_model_version1p"]
IONQ_BACKENDS = ["simulator", "qpu.aria-1", "qpu.aria-2", "qpu.forte-1", "qpu.forte-enterprise-1"]
BRAKET_DEVICES = [
    "arn:aws:braket:::device/quantum-simulator/amazon/sv1",
    "arn:aws:braket:::device/quantum-simulator/amazon/tn1",
    "arn:aws:braket:us-east-1::device/qpu/ionq/Aria-1",
    "arn:aws:braket:us-east-1::device/qpu/quera/Aquila",
    "arn:aws:braket:eu-north-1::device/qpu/iqm/Garnet",
    "arn:aws:braket:us-west-1::device/qpu/rigetti/Ankaa-3",
]
AWS_REGIONS = ["us-east-1", "us-west-1", "us-west-2", "eu-west-2", "eu-north-1"]
AZ_REGIONS = ["eastus", "westus", "westeurope", "northeurope", "japaneast", "uksouth"]
DOMAINS = ["hpc.example.edu", "cluster.physics.example.org", "rc.univ.example.edu",
           "science.example.ac.uk", "compute.lab.example.net", "hpc.institute.example.de"]
QPU_WORDS = ["ghz", "bell", "qaoa", "vqe", "grover", "qft", "teleport", "maxcut", "h2_vqe",
             "ising", "portfolio", "tsp", "qsvm", "qgan", "surface_code", "randomized_bench"]
CONDA_PKGS = [("numpy", "1.26.4"), ("scipy", "1.13.1"), ("qiskit", "1.2.4"), ("cirq", "1.4.1"),
              ("pennylane", "0.38.0"), ("mpi4py", "3.1.6"), ("h5py", "3.11.0"), ("pandas", "2.2.2"),
              ("matplotlib", "3.9.2"), ("networkx", "3.3"), ("dimod", "0.12.17"), ("jax", "0.4.31"),
              ("pytorch", "2.3.1"), ("openmpi", "4.1.6"), ("hdf5", "1.14.3"), ("fftw", "3.3.10")]


def user(r):
    return pick(r, USERS)


def host(r):
    return pick(r, ["login", "head", "ctl", "slurm-ctl", "hub", "mgmt", "db"]) + \
        pick(r, ["", "01", "1", "-a", "02"]) + "." + pick(r, DOMAINS)


def node(r):
    return pick(r, ["gpu", "cn", "nid", "a100-", "c", "node", "hm"]) + "%03d" % r.randrange(1, 640)


def date(r):
    return "20%02d-%02d-%02d" % (r.randrange(22, 26), r.randrange(1, 13), r.randrange(1, 29))


def proj(r):
    return pick(r, QPU_WORDS) + pick(r, ["", "-bench", "-exp", "_study", "-v2", "-paper"])


def slurm_jobid(r):
    return str(r.randrange(1200000, 48000000))


def ibm_job_id(r):
    # IBM Quantum job ids: 20 lowercase alphanumerics
    return rs(r, LOW[:20] + DIG, 20)


def ibm_crn(r):
    return "crn:v1:bluemix:public:quantum-computing:%s:a/%s:%s::" % (
        pick(r, ["us-east", "eu-de"]), rs(r, HEX, 32), uuid4(r))


def sha256hex(r):
    return rs(r, HEX, 64)


def spack_hash(r):
    return rs(r, "abcdefghijklmnopqrstuvwxyz234567", 32)


def orcid(r):
    head = pick(r, ["0000000%d" % r.randrange(1, 4), "00090000", "00090001"])
    digits = [int(c) for c in head] + [r.randrange(10) for _ in range(15 - len(head))]
    total = 0
    for d in digits:
        total = (total + d) * 2
    rem = total % 11
    c = (12 - rem) % 11
    chk = "X" if c == 10 else str(c)
    s = "".join(str(d) for d in digits) + chk
    return "%s-%s-%s-%s" % (s[:4], s[4:8], s[8:12], s[12:])


def doi(r):
    return pick(r, ["10.1103/PhysRevA.%d.%06d" % (r.randrange(95, 111), r.randrange(10000, 99999)),
                    "10.1038/s41586-0%02d-%05d-%d" % (r.randrange(19, 25), r.randrange(10000, 99999), r.randrange(10)),
                    "10.22331/q-20%02d-%02d-%02d-%d" % (r.randrange(19, 25), r.randrange(1, 13), r.randrange(1, 29), r.randrange(100, 1600)),
                    "10.5281/zenodo.%d" % r.randrange(1000000, 14000000),
                    "10.48550/arXiv.%02d%02d.%05d" % (r.randrange(18, 25), r.randrange(1, 13), r.randrange(1000, 30000))])


def comment_lines(r, prefix, n):
    pool = ["TODO: move this to the site config once the allocation is renewed",
            "see the group wiki for the allocation policy",
            "tested on %s, %s" % (pick(r, CLUSTERS), date(r)),
            "keep shots low while debugging, the queue is long",
            "owner: %s" % user(r),
            "requested by %s, ticket RC-%d" % (user(r), r.randrange(1000, 9999)),
            "do not change without telling the ops channel",
            "last updated %s" % date(r),
            "works with python 3.%d" % r.randrange(9, 13),
            "results go to the project scratch, not home",
            "used by the nightly benchmark job"]
    out = []
    for _ in range(n):
        out.append(prefix + pick(r, pool))
    return out


# ---------------------------------------------------------------------------
# human passwords
# ---------------------------------------------------------------------------
PW_WORDS = ["quantum", "Qubit", "photon", "Lattice", "tensor", "Falcon", "aurora", "Cobalt",
            "granite", "Harbor", "maple", "Nebula", "orbit", "Sierra", "tango", "Velvet",
            "walrus", "Zephyr", "helium", "Krypton", "bosonic", "Fermion", "spinor", "Gluon"]


def human_password(r):
    k = r.randrange(5)
    if k == 0:
        return pick(r, PW_WORDS).capitalize() + pick(r, "!@#$%&*") + str(r.randrange(1990, 2026))
    if k == 1:
        return pick(r, PW_WORDS) + pick(r, "-_.") + pick(r, PW_WORDS) + str(r.randrange(10, 99)) + pick(r, "!?#")
    if k == 2:
        w = pick(r, PW_WORDS)
        w = w.replace("o", "0").replace("a", "@").replace("e", "3")
        return w.capitalize() + str(r.randrange(100, 999)) + pick(r, "!$")
    if k == 3:
        return rs(r, ALNUM + "!#%^*-_", r.randrange(14, 22))
    return pick(r, PW_WORDS).capitalize() + pick(r, PW_WORDS).capitalize() + "%02d" % r.randrange(100) + pick(r, "!.#")


# ---------------------------------------------------------------------------
# secret formats
# ---------------------------------------------------------------------------
def gh_pat(r):
    body = rs(r, B62, 30)
    crc = binascii.crc32(body.encode()) & 0xFFFFFFFF
    enc = ""
    while crc:
        crc, m = divmod(crc, 62)
        enc = B62[m] + enc
    return "ghp_" + body + enc.rjust(6, "0")


def aws_pair(r):
    kid = "AKIA" + rs(r, B32, 16)
    sec = rs(r, B64, 40)
    return kid, sec


def jwt_hs256(r, payload, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(rbytes(r, 32))


def slurm_jwt(r, u):
    iat = r.randrange(1700000000, 1760000000)
    return jwt_hs256(r, {"exp": iat + pick(r, [1800, 3600, 86400, 604800]), "iat": iat, "sun": u})


def xanadu_refresh(r):
    iat = r.randrange(1650000000, 1760000000)
    realm = "https://platform.xanadu.ai/auth/realms/platform"
    hdr = {"alg": "HS256", "typ": "JWT", "kid": uuid4(r)}
    pl = {"iat": iat, "jti": uuid4(r), "iss": realm, "aud": realm, "sub": uuid4(r),
          "typ": "Offline", "azp": "public", "session_state": uuid4(r),
          "scope": "profile email offline_access"}
    return jwt_hs256(r, pl, hdr)


def sec(r, kind, **kw):
    """Mint one fresh secret of the given kind."""
    if kind == "ibmq_legacy":
        v = rs(r, HEX, 128)
    elif kind == "ibm_cloud_apikey":
        v = rs(r, B64URL, 44)
    elif kind == "aws_secret":
        v = rs(r, B64, 40)
    elif kind == "azure_key":
        v = base64.b64encode(rbytes(r, 32)).decode()
    elif kind == "ionq":
        v = rs(r, B62, 32)
    elif kind == "rigetti_refresh":
        v = b64u(rbytes(r, 32))
    elif kind == "dwave":
        v = pick(r, ["DEV", "ABC", "QAX", "JPL", "UOT", "ACM", "NRC"]) + "-" + rs(r, HEX, 40)
    elif kind == "xanadu":
        v = xanadu_refresh(r)
    elif kind == "password":
        v = human_password(r)
    elif kind == "qbraid":
        v = rs(r, LOW + DIG, 32)
    elif kind == "strangeworks":
        v = rs(r, HEX, 32)
    elif kind == "classiq":
        v = rs(r, B64URL, 40)
    elif kind == "slurm_jwt":
        v = slurm_jwt(r, kw.get("u") or user(r))
    elif kind == "slurm_jwt_key":
        v = base64.b64encode(rbytes(r, 32)).decode()
    elif kind == "globus_secret":
        v = base64.b64encode(rbytes(r, 32)).decode()
    elif kind == "keycloak_secret":
        v = rs(r, ALNUM, 32)
    elif kind == "crypto_passphrase":
        v = rs(r, ALNUM, 40)
    elif kind == "ghp":
        v = gh_pat(r)
    elif kind == "glpat":
        v = "glpat-" + rs(r, B62 + "-_", 20)
    elif kind == "wandb":
        v = rs(r, HEX, 40) if r.random() < 0.8 else "local-" + rs(r, HEX, 40)
    elif kind == "dapi":
        v = "dapi" + rs(r, HEX, 32) + pick(r, ["", "", "-2", "-3"])
    elif kind == "paperspace":
        v = rs(r, HEX, 32)
    elif kind == "lambda":
        v = "secret_%s_%s.%s" % (kw.get("name") or pick(r, ["laptop", "ci", "cluster-sync", "mykey", "train"]),
                                 rs(r, HEX, 32), rs(r, ALNUM, 32))
    elif kind == "coreweave":
        v = rs(r, ALNUM, 40)
    elif kind == "runpod":
        v = "rpa_" + rs(r, UP + DIG, 40) if r.random() < 0.6 else rs(r, UP + DIG, 32)
    elif kind == "vast":
        v = rs(r, HEX, 64)
    elif kind == "hex64":
        v = rs(r, HEX, 64)
    elif kind == "hf":
        v = "hf_" + rs(r, UP + LOW, 34)
    elif kind == "mlflow_pw":
        v = human_password(r)
    else:
        raise ValueError(kind)
    return keep(v)


# ---------------------------------------------------------------------------
# negative fillers: values that sit in a secret slot but are not secrets
# ---------------------------------------------------------------------------
AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
CODE_TYPES = ("python", "notebook", "julia", "cpp", "lua-modulefile")


def neg_fill(r, ftype, hint, prefix="", doc=None):
    """Return (value, negkind) for a slot in a file of type ftype."""
    code = ftype in CODE_TYPES
    kinds = ["placeholder", "placeholder", "masked", "empty"]
    if not code:
        kinds += ["env-reference", "env-reference", "secret-manager-ref"]
    if doc:
        kinds += ["doc-example", "doc-example"]
    k = pick(r, kinds)
    kb = style(hint.split("_"), "kebab")
    if k == "placeholder":
        v = pick(r, ["<your-%s>" % kb, "YOUR_%s" % hint, "your_%s_here" % hint.lower(), "<%s>" % hint,
                     "REPLACE_ME", "changeme-not-a-real-value", "xxxxxxxxxxxxxxxxxxxxxxxx", "TODO",
                     "<paste token here>", "INSERT_%s_HERE" % hint, "...", "<redacted: ask %s>" % user(r)])
    elif k == "masked":
        v = pick(r, ["********", "*" * r.randrange(12, 40), "[REDACTED]", "<redacted>", "•••••••••••••",
                     (prefix + "*" * r.randrange(8, 24)) if prefix else "****-****-****",
                     (prefix or "") + "..." + rs(r, HEX, 4), "REDACTED"])
    elif k == "empty":
        v = ""
    elif k == "env-reference":
        if ftype == "github-actions":
            opts = ["${{ secrets.%s }}" % hint, "${{ vars.%s }}" % hint]
        elif ftype in ("ansible-yaml",):
            opts = ["{{ vault_%s }}" % hint.lower(), "{{ lookup('env', '%s') }}" % hint]
        elif ftype == "makefile":
            opts = ["$(%s)" % hint, "${%s}" % hint, "$(shell cat ~/.config/%s)" % hint.lower()]
        elif ftype in ("ini", "dwave-conf"):
            opts = ["%%(%s)s" % hint.lower(), "${%s}" % hint]
        elif ftype in ("json", "toml", "spack-yaml", "k8s-yaml"):
            opts = ["${%s}" % hint, "$%s" % hint]
        else:
            opts = ["${%s}" % hint, "$%s" % hint, "${%s:?set it in the environment}" % hint]
        v = pick(r, opts)
    elif k == "secret-manager-ref":
        v = pick(r, ["vault:secret/data/hpc/%s#value" % kb,
                     "op://Research/%s/credential" % kb,
                     "arn:aws:secretsmanager:%s:%d:secret:%s-%s" % (pick(r, AWS_REGIONS), r.randrange(10**11, 10**12), kb, rs(r, ALNUM, 6)),
                     "projects/%s/secrets/%s/versions/latest" % (pick(r, LABS), kb),
                     "file:/run/secrets/%s" % hint.lower(),
                     "/etc/hpc/secrets/%s" % hint.lower()])
    else:
        v = doc
    return v, k


# ---------------------------------------------------------------------------
# providers: maker(r) -> dict
#   s    : the secret (needle)
#   fmt  : how the value is written (\0 marks the secret), default just the secret
#   var  : obvious environment/setting name, alt: neutral name
#   pre  : list of (name, value) settings written before it ("\1" means d["id"])
#   id   : a public id half of a pair (replaced in negatives)
# ---------------------------------------------------------------------------
def mk_ibm(r):
    if r.random() < 0.5:
        return {"s": sec(r, "ibmq_legacy"), "channel": "ibm_quantum", "var": "QISKIT_IBM_TOKEN",
                "alt": pick(r, ["QISKIT_IBM_PARAM", "IQP_VALUE", "QPU_ACCOUNT_1"]), "pre": [("QISKIT_IBM_CHANNEL", "ibm_quantum")],
                "instance": pick(r, ["ibm-q/open/main", "ibm-q-research/%s/main" % pick(r, LABS), "ibm-q-ncsu/nc-state/%s" % pick(r, LABS)])}
    return {"s": sec(r, "ibm_cloud_apikey"), "channel": pick(r, ["ibm_quantum_platform", "ibm_cloud"]),
            "var": pick(r, ["QISKIT_IBM_TOKEN", "IBM_CLOUD_API_KEY", "IBMCLOUD_API_KEY"]),
            "alt": pick(r, ["QISKIT_IBM_PARAM", "IQP_VALUE", "QPU_ACCOUNT_1"]),
            "pre": [("QISKIT_IBM_CHANNEL", "ibm_quantum_platform")], "instance": ibm_crn(r)}


def mk_aws(r):
    kid, s = aws_pair(r)
    keep(s)
    return {"s": s, "id": kid, "var": "AWS_SECRET_ACCESS_KEY", "alt": pick(r, ["BRAKET_SK", "AWS_SK", "S3_PAIR_B"]),
            "pre": [("AWS_ACCESS_KEY_ID", "\1"), ("AWS_DEFAULT_REGION", pick(r, AWS_REGIONS))]}


def mk_azure(r):
    s = sec(r, "azure_key")
    reg = pick(r, AZ_REGIONS)
    fmt = "SubscriptionId=%s;ResourceGroupName=%s;WorkspaceName=%s;ApiKey=\0;QuantumEndpoint=https://%s.quantum.azure.com/;" % (
        uuid4(r), pick(r, ["rg-quantum", "quantum-rg", "AzureQuantum", "rg-%s" % pick(r, LABS)]),
        pick(r, ["ws-%s" % pick(r, LABS), "quantum-ws", "qws-dev", "%s-workspace" % pick(r, LABS)]), reg)
    return {"s": s, "fmt": fmt, "var": "AZURE_QUANTUM_CONNECTION_STRING",
            "alt": pick(r, ["AZQ_CONN", "WORKSPACE_DSN", "QWS_CONFIG"]), "pre": []}


def mk_ionq(r):
    return {"s": sec(r, "ionq"), "var": "IONQ_API_KEY", "alt": pick(r, ["IONQ_PARAM", "TRAPPED_ION_CFG", "QPU_REMOTE_B"]),
            "pre": [("IONQ_BACKEND", pick(r, IONQ_BACKENDS))]}


def mk_quantinuum(r):
    return {"s": sec(r, "password"), "var": "QUANTINUUM_PASSWORD", "alt": pick(r, ["QNX_PASS_B", "H2_LOGIN_B", "QNTM_CRED2"]),
            "pre": [("QUANTINUUM_USERNAME", "%s@%s" % (user(r), pick(r, DOMAINS)))]}


def mk_rigetti(r):
    return {"s": sec(r, "rigetti_refresh"), "var": "QCS_REFRESH_TOKEN", "alt": pick(r, ["QCS_PROFILE_VALUE", "RIGETTI_CFG_B"]),
            "pre": [("QCS_SETTINGS_APPLICATIONS_PYQUIL_QVM_URL", "http://127.0.0.1:5000")]}


def mk_dwave(r):
    return {"s": sec(r, "dwave"), "var": "DWAVE_API_TOKEN", "alt": pick(r, ["DW_PARAM", "ANNEALER_CFG", "LEAP_VALUE"]),
            "pre": [("DWAVE_API_ENDPOINT", "https://na-west-1.cloud.dwavesys.com/sapi/v2/"),
                    ("DWAVE_API_CLIENT", pick(r, ["qpu", "hybrid"]))]}


def mk_xanadu(r):
    return {"s": sec(r, "xanadu"), "var": "XANADU_CLOUD_REFRESH_TOKEN", "alt": pick(r, ["XCC_VALUE", "PHOTONIC_CFG"]),
            "pre": [("XANADU_CLOUD_HOST", "platform.xanadu.ai"), ("XANADU_CLOUD_PORT", "443")]}


def mk_pasqal(r):
    return {"s": sec(r, "password"), "var": "PASQAL_PASSWORD", "alt": pick(r, ["PSQ_LOGIN_B", "NEUTRAL_ATOM_CRED"]),
            "pre": [("PASQAL_USERNAME", "%s@%s" % (user(r), pick(r, DOMAINS))), ("PASQAL_PROJECT_ID", uuid4(r))]}


def mk_qbraid(r):
    return {"s": sec(r, "qbraid"), "var": "QBRAID_API_KEY", "alt": pick(r, ["QB_VALUE", "QBRAID_PARAM"]),
            "pre": [("QBRAID_API_URL", "https://api-v2.qbraid.com/api/v1")]}


def mk_strangeworks(r):
    return {"s": sec(r, "strangeworks"), "var": "STRANGEWORKS_API_KEY", "alt": pick(r, ["SW_VALUE", "SW_PARAM"]),
            "pre": [("STRANGEWORKS_URL", "https://api.strangeworks.com")]}


def mk_classiq(r):
    return {"s": sec(r, "classiq"), "var": "CLASSIQ_API_KEY", "alt": pick(r, ["CLQ_VALUE", "SYNTH_PARAM"]),
            "pre": [("CLASSIQ_HOST", "https://platform.classiq.io")]}


def mk_slurm_jwt(r):
    u = user(r)
    return {"s": sec(r, "slurm_jwt", u=u), "u": u, "var": "SLURM_JWT", "alt": pick(r, ["SLURMRESTD_VALUE", "SCHED_CTX"]),
            "pre": [("SLURMRESTD_URL", "http://%s:6820" % host(r)), ("SLURM_USER_NAME", u)]}


def mk_globus(r):
    return {"s": sec(r, "globus_secret"), "id": uuid4(r), "var": "GLOBUS_CLI_CLIENT_SECRET",
            "alt": pick(r, ["GLOBUS_APP_VALUE", "XFER_PARAM_B"]),
            "pre": [("GLOBUS_CLI_CLIENT_ID", "\1")], "idpublic": True}


def mk_wandb(r):
    return {"s": sec(r, "wandb"), "var": "WANDB_API_KEY", "alt": pick(r, ["WB_VALUE", "TRACKER_PARAM", "EXP_LOG_CFG"]),
            "pre": [("WANDB_ENTITY", pick(r, LABS)), ("WANDB_PROJECT", proj(r))]}


def mk_mlflow(r):
    if r.random() < 0.5:
        return {"s": sec(r, "dapi"), "kind": "databricks-token", "var": "MLFLOW_TRACKING_TOKEN", "alt": pick(r, ["MLF_VALUE", "TRACKING_PARAM"]),
                "pre": [("MLFLOW_TRACKING_URI", "databricks"),
                        ("DATABRICKS_HOST", "https://adb-%d.%d.azuredatabricks.net" % (r.randrange(10**15, 10**16), r.randrange(1, 20)))]}
    return {"s": sec(r, "mlflow_pw"), "kind": "tracking-password", "var": "MLFLOW_TRACKING_PASSWORD", "alt": pick(r, ["MLF_LOGIN_B", "TRACKING_PARAM"]),
            "pre": [("MLFLOW_TRACKING_URI", "https://mlflow.%s" % pick(r, DOMAINS)), ("MLFLOW_TRACKING_USERNAME", user(r))]}


def mk_paperspace(r):
    return {"s": sec(r, "paperspace"), "var": "PAPERSPACE_API_KEY", "alt": pick(r, ["PS_VALUE", "GRADIENT_PARAM"]), "pre": []}


def mk_lambda(r):
    return {"s": sec(r, "lambda"), "var": "LAMBDA_API_KEY", "alt": pick(r, ["LL_VALUE", "GPU_CLOUD_PARAM"]),
            "pre": [("LAMBDA_REGION", pick(r, ["us-east-1", "us-west-1", "us-south-1"]))]}


def mk_runpod(r):
    return {"s": sec(r, "runpod"), "var": "RUNPOD_API_KEY", "alt": pick(r, ["RP_VALUE", "POD_PARAM"]), "pre": []}


def mk_vast(r):
    return {"s": sec(r, "vast"), "var": "VAST_API_KEY", "alt": pick(r, ["VAST_VALUE", "MARKET_PARAM"]), "pre": []}


def mk_coreweave(r):
    return {"s": sec(r, "coreweave"), "var": "COREWEAVE_TOKEN", "alt": pick(r, ["CW_VALUE", "K8S_PARAM"]),
            "pre": [("CW_NAMESPACE", "tenant-%s" % pick(r, LABS))]}


def mk_jhub(r):
    var = pick(r, ["JUPYTERHUB_API_TOKEN", "CONFIGPROXY_AUTH_TOKEN", "JPY_COOKIE_SECRET"])
    kind = {"JUPYTERHUB_API_TOKEN": "api-token", "CONFIGPROXY_AUTH_TOKEN": "proxy-auth-token", "JPY_COOKIE_SECRET": "cookie-secret"}[var]
    return {"s": sec(r, "hex64"), "var": var, "kind": kind, "alt": pick(r, ["HUB_VALUE", "SPAWNER_PARAM_B"]),
            "pre": [("JUPYTERHUB_URL", "https://jupyter.%s" % pick(r, DOMAINS))]}


def mk_hf(r):
    return {"s": sec(r, "hf"), "var": pick(r, ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"]), "alt": pick(r, ["HUB_PARAM", "MODEL_PULL_CFG"]),
            "pre": [("HF_HOME", "/scratch/%s/hf" % user(r))]}


def mk_github(r):
    return {"s": sec(r, "ghp"), "var": pick(r, ["GITHUB_TOKEN", "GH_TOKEN"]), "alt": pick(r, ["MIRROR_PARAM", "REG_VALUE"]),
            "pre": [("GITHUB_ORG", pick(r, LABS))]}


def mk_gitlab(r):
    return {"s": sec(r, "glpat"), "var": pick(r, ["GITLAB_TOKEN", "CI_PUSH_TOKEN"]), "alt": pick(r, ["MIRROR_PARAM", "REG_VALUE"]),
            "pre": [("GITLAB_URL", "https://gitlab.%s" % pick(r, DOMAINS))]}


def mk_postgres(r):
    u = pick(r, ["slurm", "hub", "mlflow", "optuna", "results", "qexp"])
    fmt = "postgresql://%s:\0@%s:5432/%s" % (u, host(r), pick(r, ["slurm_acct_db", "jupyterhub", "mlflow", "optuna", "runs"]))
    pw = human_password(r)
    while any(c in pw for c in "@#%/?:$^"):
        pw = human_password(r)
    keep(pw)
    return {"s": pw, "fmt": fmt, "var": "DATABASE_URL", "alt": pick(r, ["RESULTS_DSN", "STORE_URI", "BACKEND_STORE_URI"]), "pre": [], "url": True}


def mk_slurmdb(r):
    return {"s": sec(r, "password"), "var": "STORAGE_PASS", "alt": pick(r, ["ACCT_DB_B", "MARIADB_VALUE"]),
            "pre": [("STORAGE_USER", "slurm"), ("STORAGE_HOST", host(r))]}


def mk_cluster_pw(r):
    return {"s": sec(r, "password"), "var": pick(r, ["PBS_DATASTORE_PASSWORD", "LSF_ADMIN_PASSWORD", "IPMI_PASSWORD"]),
            "alt": pick(r, ["SCHED_ADMIN_B", "BMC_VALUE"]), "pre": [("CLUSTER_NAME", pick(r, CLUSTERS))]}


def mk_ood(r):
    return {"s": sec(r, "keycloak_secret"), "var": "OOD_OIDC_CLIENT_SECRET", "alt": pick(r, ["OOD_PARAM_B", "PORTAL_VALUE"]),
            "pre": [("OOD_OIDC_CLIENT_ID", "ondemand.%s" % pick(r, DOMAINS))]}


# ---------------------------------------------------------------------------
# template plumbing
# ---------------------------------------------------------------------------
import re as _re

TEMPLATES = {}


def tmpl(ftype):
    def deco(f):
        f.ftype = ftype
        TEMPLATES[f.__name__] = f
        return f
    return deco


def W(d):
    return d.get("fmt", "\0").replace("\0", d["s"])


def PRE(d):
    return [(k, (d.get("id") or "") if v == "\1" else v) for k, v in d.get("pre", [])]


def NAME(d, ob):
    return d["var"] if ob else d["alt"]


def J(lines):
    return "\n".join(lines) + "\n"


SAFE = _re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/+=-]*$")


def yq(r, v):
    if v == "":
        return '""'
    if SAFE.match(v) and r.random() < 0.4 and not v.isdigit():
        return v
    if "'" not in v and r.random() < 0.4:
        return "'" + v + "'"
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def shq(r, v):
    if any(c in v for c in "$`\"\\!") and not v.startswith("$"):
        return "'" + v + "'"
    if v.startswith("$"):
        return '"' + v + '"'
    return pick(r, ['"%s"', "'%s'", "%s"]) % v if SAFE.match(v) else '"' + v + '"'


def envq(r, v):
    if v == "":
        return ""
    if SAFE.match(v):
        return pick(r, ["%s", "%s", '"%s"', "'%s'"]) % v
    return ("'%s'" if "'" not in v else '"%s"') % v


def pyq(r, v):
    q = pick(r, ['"', "'"])
    return q + v + q


def misc_env(r, n):
    pool = [("LOG_LEVEL", pick(r, ["info", "debug", "warning"])), ("OMP_NUM_THREADS", str(pick(r, [1, 4, 8, 16, 32]))),
            ("SHOTS", str(pick(r, [1024, 2000, 4096, 8192]))), ("SCRATCH_DIR", "/scratch/%s/%s" % (user(r), proj(r))),
            ("RESULTS_BUCKET", "s3://%s-results/%s" % (pick(r, LABS), proj(r))), ("TZ", "UTC"),
            ("PYTHONUNBUFFERED", "1"), ("MAX_CIRCUITS", str(r.randrange(50, 500))),
            ("OPT_LEVEL", str(r.randrange(0, 4))), ("SEED", str(r.randrange(1, 99999))),
            ("CUDA_VISIBLE_DEVICES", pick(r, ["0", "0,1", "0,1,2,3"])), ("N_QUBITS", str(r.randrange(4, 130))),
            ("DATA_DIR", "/project/%s/data" % pick(r, LABS)), ("EXPERIMENT", proj(r))]
    r.shuffle(pool)
    return pool[:n]


# ---------------------------------------------------------------------------
# generic templates (any provider whose credential travels as a setting)
# ---------------------------------------------------------------------------
@tmpl("dotenv")
def g_dotenv(r, d, ob):
    path = pick(r, [".env", ".env.local", "config/.env.production", "deploy/cluster.env", "env/dev.env",
                    "services/worker/.env", ".env.hpc"])
    L = ["# %s environment for %s" % (pick(r, ["local", "cluster", "dev", "runner"]), proj(r))]
    misc = misc_env(r, r.randrange(3, 9))
    cut = r.randrange(1, len(misc))
    L += ["%s=%s" % (k, envq(r, v)) for k, v in misc[:cut]]
    if r.random() < 0.5:
        L.append("")
    L += ["%s=%s" % (k, envq(r, v)) for k, v in PRE(d)]
    L.append("%s=%s" % (NAME(d, ob), envq(r, W(d))))
    L += ["%s=%s" % (k, envq(r, v)) for k, v in misc[cut:]]
    return path, "dotenv", J(L)


@tmpl("slurm-batch")
def g_sbatch(r, d, ob):
    p = proj(r)
    path = pick(r, ["jobs/run_%s.sbatch" % p, "slurm/submit.sh", "scripts/sweep.slurm", "hpc/%s.sbatch" % p, "batch/%s.sh" % p])
    L = ["#!/bin/bash", "#SBATCH --job-name=%s" % p, "#SBATCH --partition=%s" % pick(r, PARTS),
         "#SBATCH --account=%s" % pick(r, LABS), "#SBATCH --nodes=%d" % r.randrange(1, 5),
         "#SBATCH --ntasks-per-node=%d" % pick(r, [1, 4, 8, 32]), "#SBATCH --time=%02d:00:00" % r.randrange(1, 48)]
    if r.random() < 0.5:
        L.append("#SBATCH --gres=gpu:%d" % pick(r, [1, 2, 4]))
    L += ["#SBATCH --output=logs/%x-%j.out", "", "set -euo pipefail",
          "module purge", "module load %s" % pick(r, ["python/3.11", "anaconda3/2024.02", "cuda/12.2 python/3.10", "gcc/12.2 openmpi/4.1.6"]),
          "source activate %s" % pick(r, ["qenv", "qiskit", "hpc-py", p]), ""]
    L += comment_lines(r, "# ", r.randrange(0, 2))
    L += ["export %s=%s" % (k, shq(r, v)) for k, v in PRE(d)]
    L.append("export %s=%s" % (NAME(d, ob), shq(r, W(d))))
    L += ["", "cd $SLURM_SUBMIT_DIR", "srun python %s --shots %d --seed $SLURM_ARRAY_TASK_ID" % (pick(r, ["run.py", "src/main.py", "experiments/%s.py" % p]), pick(r, [1000, 4000])),
          "echo \"done $SLURM_JOB_ID on $(hostname)\""]
    return path, "slurm-batch", J(L)


@tmpl("docker-compose")
def g_compose(r, d, ob):
    path = pick(r, ["docker-compose.yml", "deploy/docker-compose.yml", "compose.yaml", "docker-compose.override.yml"])
    svc = pick(r, ["worker", "runner", "submitter", "tracker", "hub", "scheduler"])
    L = ["services:", "  %s:" % svc, "    image: %s/%s:%s" % (pick(r, ["ghcr.io/" + pick(r, LABS), "registry.%s" % pick(r, DOMAINS)]), proj(r), pick(r, ["latest", "1.4.2", "cuda12"])),
         "    restart: unless-stopped"]
    if r.random() < 0.5:
        L += ["    volumes:", "      - ./data:/data", "      - /scratch:/scratch:ro"]
    L.append("    environment:")
    items = misc_env(r, r.randrange(1, 4)) + PRE(d)
    listy = r.random() < 0.5
    for k, v in items:
        L.append(("      - %s=%s" % (k, v)) if listy else ("      %s: %s" % (k, yq(r, v))))
    v = W(d)
    L.append(("      - %s=%s" % (NAME(d, ob), v)) if listy else ("      %s: %s" % (NAME(d, ob), yq(r, v))))
    if r.random() < 0.6:
        L += ["  redis:", "    image: redis:7-alpine", "    ports:", "      - \"6379:6379\""]
    return path, "docker-compose", J(L)


@tmpl("github-actions")
def g_gha(r, d, ob):
    p = proj(r)
    path = ".github/workflows/%s.yml" % pick(r, ["nightly-qpu", "benchmarks", "deploy", "run-experiments", "ci"])
    L = ["name: %s" % pick(r, ["Nightly QPU run", "Benchmarks", "Deploy", "Experiments"]), "", "on:",
         "  schedule:", "    - cron: '%d %d * * *'" % (r.randrange(60), r.randrange(24)), "  workflow_dispatch:", "",
         "jobs:", "  run:", "    runs-on: ubuntu-latest", "    env:"]
    for k, v in PRE(d) + misc_env(r, r.randrange(1, 3)):
        L.append("      %s: %s" % (k, yq(r, v)))
    L.append("      %s: %s" % (NAME(d, ob), yq(r, W(d))))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
          "          python-version: '3.%d'" % r.randrange(10, 13), "      - run: pip install -r requirements.txt",
          "      - run: python -m %s.run --backend %s" % (p.replace("-", "_"), pick(r, IBM_BACKENDS + IONQ_BACKENDS))]
    return path, "github-actions", J(L)


@tmpl("dockerfile")
def g_dockerfile(r, d, ob):
    path = pick(r, ["Dockerfile", "docker/Dockerfile.gpu", "containers/worker/Dockerfile", "Dockerfile.cluster"])
    L = ["FROM %s" % pick(r, ["python:3.11-slim", "nvcr.io/nvidia/pytorch:24.05-py3", "mambaorg/micromamba:1.5.8", "ubuntu:22.04"]),
         "", "WORKDIR /app", "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", ""]
    for k, v in misc_env(r, r.randrange(1, 3)) + PRE(d):
        L.append("ENV %s=%s" % (k, envq(r, v) or '""'))
    L.append("%s %s=%s" % (pick(r, ["ENV", "ENV", "ARG"]), NAME(d, ob), envq(r, W(d)) or '""'))
    L += ["", "COPY . .", "CMD [\"python\", \"%s\"]" % pick(r, ["run.py", "-m", "worker.py"])]
    return path, "dockerfile", J(L)


@tmpl("apptainer-def")
def g_apptainer(r, d, ob):
    p = proj(r)
    path = pick(r, ["containers/%s.def" % p, "apptainer/qsim.def", "Singularity", "singularity/%s.def" % p])
    L = ["Bootstrap: docker", "From: %s" % pick(r, ["python:3.11-slim", "nvcr.io/nvidia/cuda:12.2.0-runtime-ubuntu22.04", "continuumio/miniconda3:24.1.2-0"]),
         "", "%labels", "    Author %s" % user(r), "    Version %d.%d" % (r.randrange(0, 3), r.randrange(10)), "",
         "%post", "    pip install --no-cache-dir %s" % " ".join(pick(r, ["qiskit qiskit-ibm-runtime", "cirq-core cirq-ionq", "pennylane amazon-braket-sdk", "dwave-ocean-sdk", "wandb torch"]) for _ in range(1)),
         "", "%environment"]
    for k, v in misc_env(r, r.randrange(1, 3)) + PRE(d):
        L.append("    export %s=%s" % (k, shq(r, v)))
    L.append("    export %s=%s" % (NAME(d, ob), shq(r, W(d))))
    L += ["", "%runscript", "    exec python /opt/app/%s.py \"$@\"" % p.replace("-", "_")]
    return path, "apptainer-def", J(L)


@tmpl("makefile")
def g_makefile(r, d, ob):
    path = pick(r, ["Makefile", "hpc/Makefile", "mk/cluster.mk", "experiments/Makefile"])
    L = ["# build and submit helpers", "PYTHON ?= python3", "PARTITION ?= %s" % pick(r, PARTS), "ACCOUNT := %s" % pick(r, LABS)]
    for k, v in PRE(d):
        L.append("%s ?= %s" % (k, v))
    nm = NAME(d, ob)
    L.append("%s %s %s" % (nm, pick(r, ["?=", ":=", "="]), W(d)))
    L += ["export %s" % nm, "", ".PHONY: test submit clean", "", "test:", "\t$(PYTHON) -m pytest -q", "",
          "submit:", "\tsbatch --partition=$(PARTITION) --account=$(ACCOUNT) jobs/run.sbatch", "", "clean:", "\trm -rf build/ logs/*.out"]
    return path, "makefile", J(L)


@tmpl("markdown")
def g_md(r, d, ob):
    path = pick(r, ["notes/runbook.md", "docs/cluster-setup.md", "README-hpc.md", "notes/%s.md" % proj(r), "docs/onboarding.md"])
    L = ["# %s" % pick(r, ["Cluster runbook", "Getting started on the cluster", "Running on real hardware", "Onboarding notes"]), "",
         "Log in to `%s` and load the environment:" % host(r), "", "```bash", "module load python/3.11", "conda activate %s" % proj(r)]
    for k, v in PRE(d):
        L.append("export %s=%s" % (k, shq(r, v)))
    L.append("export %s=%s" % (NAME(d, ob), shq(r, W(d))))
    L += ["```", "", "Then submit with `sbatch jobs/run.sbatch`. Check the queue with `squeue -u $USER`.", ""]
    L += comment_lines(r, "- ", r.randrange(1, 4))
    return path, "markdown", J(L)


@tmpl("julia")
def g_julia(r, d, ob):
    path = pick(r, ["scripts/run_braket.jl", "src/Setup.jl", "scripts/%s.jl" % proj(r).replace("-", "_"), "bench/submit.jl"])
    L = ["using %s" % pick(r, ["Braket", "Yao", "QuantumOptics", "LinearAlgebra, Random"]), "using JSON3", ""]
    for k, v in PRE(d):
        L.append('ENV["%s"] = "%s"' % (k, v))
    nm = NAME(d, ob)
    if r.random() < 0.5:
        L.append('ENV["%s"] = "%s"' % (nm, W(d)))
    else:
        L.append('const %s = "%s"' % (style(nm.split("_"), "screaming"), W(d)))
    L += ["", "function run(nshots::Int=%d)" % pick(r, [100, 1000]), "    results = Dict{String,Int}()",
          "    for i in 1:nshots", "        results[string(rand(0:1))] = get(results, string(rand(0:1)), 0) + 1", "    end",
          "    return results", "end", "", "println(JSON3.write(run()))"]
    return path, "julia", J(L)


@tmpl("cpp")
def g_cpp(r, d, ob):
    path = pick(r, ["src/main.cpp", "src/remote_backend.cc", "tools/submit.cpp", "src/client/config.cpp"])
    nm = NAME(d, ob)
    L = ["#include <cstdlib>", "#include <iostream>", "#include <string>", ""]
    mode = r.randrange(2)
    if mode == 0:
        L += ["int main(int argc, char** argv) {"]
        for k, v in PRE(d):
            L.append('    setenv("%s", "%s", 1);' % (k, v))
        L.append('    setenv("%s", "%s", 1);' % (nm, W(d)))
        L += ['    std::cout << "configured " << argc << " args" << std::endl;', "    return run_circuits(argc, argv);", "}"]
    else:
        L += ["namespace cfg {"]
        for k, v in PRE(d):
            L.append('static const std::string k%s = "%s";' % (style(k.split("_"), "pascal"), v))
        L.append('static const std::string k%s = "%s";' % (style(nm.split("_"), "pascal"), W(d)))
        L += ["}  // namespace cfg", "", "int shots() { return %d; }" % pick(r, [1024, 4096])]
    return path, "cpp", J(L)


@tmpl("python")
def g_py_environ(r, d, ob):
    p = proj(r).replace("-", "_")
    path = pick(r, ["scripts/submit_%s.py" % p, "run.py", "experiments/%s.py" % p, "tools/bootstrap_env.py"])
    L = ['"""Submit %s circuits to the remote backend."""' % p, "import os", "import json", ""]
    for k, v in PRE(d):
        L.append("os.environ[%s] = %s" % (pyq(r, k), pyq(r, v)))
    how = pick(r, ["os.environ[%s] = %s", "os.environ.setdefault(%s, %s)"])
    L.append(how % (pyq(r, NAME(d, ob)), pyq(r, W(d))))
    L += ["", "SHOTS = %d" % pick(r, [1000, 2048, 4000]), "", "def main():",
          "    with open(%s) as fh:" % pyq(r, "circuits/%s.json" % p), "        circuits = json.load(fh)",
          "    print(f\"loaded {len(circuits)} circuits\")", "", "if __name__ == \"__main__\":", "    main()"]
    return path, "python", J(L)


def notebook(cells):
    nb = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                    "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    for i, (kind, src) in enumerate(cells):
        lines = src.split("\n")
        source = [l + "\n" for l in lines[:-1]] + [lines[-1]]
        c = {"cell_type": kind, "id": "c%04d" % i, "metadata": {}, "source": source}
        if kind == "code":
            c["execution_count"] = None
            c["outputs"] = []
        nb["cells"].append(c)
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


@tmpl("notebook")
def g_nb_env(r, d, ob):
    p = proj(r)
    path = pick(r, ["notebooks/%s.ipynb" % p, "%s.ipynb" % p.replace("-", "_"), "analysis/explore.ipynb"])
    setup = []
    if r.random() < 0.5:
        for k, v in PRE(d):
            setup.append("%%env %s=%s" % (k, v))
        setup.append("%%env %s=%s" % (NAME(d, ob), W(d)))
    else:
        setup.append("import os")
        for k, v in PRE(d):
            setup.append("os.environ[%s] = %s" % (pyq(r, k), pyq(r, v)))
        setup.append("os.environ[%s] = %s" % (pyq(r, NAME(d, ob)), pyq(r, W(d))))
    cells = [("markdown", "# %s\nQuick exploration of the %s runs." % (p, pick(r, ["QPU", "simulator", "cluster"]))),
             ("code", "\n".join(setup)),
             ("code", "import numpy as np\nimport matplotlib.pyplot as plt\ncounts = np.load('results/counts.npy')\nplt.bar(range(len(counts)), counts)")]
    return path, "notebook", notebook(cells)


@tmpl("conda-yaml")
def g_conda(r, d, ob):
    p = proj(r)
    path = pick(r, ["environment.yml", "envs/%s.yml" % p, "conda/environment-gpu.yml"])
    L = ["name: %s" % p, "channels:", "  - conda-forge", "dependencies:", "  - python=3.%d" % r.randrange(10, 13)]
    for n, v in r.sample(CONDA_PKGS, r.randrange(3, 7)):
        L.append("  - %s=%s" % (n, v))
    L += ["  - pip", "  - pip:", "    - %s" % pick(r, ["qiskit-ibm-runtime", "amazon-braket-sdk", "dwave-ocean-sdk", "wandb", "pennylane-lightning"]),
          "variables:"]
    for k, v in PRE(d):
        L.append("  %s: %s" % (k, yq(r, v)))
    L.append("  %s: %s" % (NAME(d, ob), yq(r, W(d))))
    return path, "conda-yaml", J(L)


@tmpl("spack-yaml")
def g_spack(r, d, ob):
    path = pick(r, ["spack.yaml", "envs/%s/spack.yaml" % proj(r), "spack/environments/gpu/spack.yaml"])
    L = ["spack:", "  specs:"]
    for n in r.sample(["py-qiskit", "py-numpy", "openmpi@4.1.6", "hdf5+mpi", "fftw", "py-mpi4py", "cuda@12.2", "julia"], 4):
        L.append("  - %s" % n)
    L += ["  view: true", "  concretizer:", "    unify: true", "  env_vars:", "    set:"]
    for k, v in PRE(d):
        L.append("      %s: %s" % (k, yq(r, v)))
    L.append("      %s: %s" % (NAME(d, ob), yq(r, W(d))))
    return path, "spack-yaml", J(L)


@tmpl("lua-modulefile")
def g_lmod(r, d, ob):
    p = proj(r)
    path = "modulefiles/%s/%s.lua" % (p, pick(r, ["1.0", "2024.1", "0.3.2"]))
    L = ['help([[%s: site environment for the %s group]])' % (p, pick(r, LABS)),
         'whatis("Name: %s")' % p, 'whatis("Version: 1.0")', "", 'load("%s")' % pick(r, ["python/3.11", "cuda/12.2", "gcc/12.2"]),
         'prepend_path("PATH", "/sw/%s/bin")' % p, 'prepend_path("PYTHONPATH", "/sw/%s/lib/python3.11/site-packages")' % p]
    for k, v in PRE(d):
        L.append('setenv("%s", "%s")' % (k, v))
    L.append('setenv("%s", "%s")' % (NAME(d, ob), W(d)))
    return path, "lua-modulefile", J(L)


@tmpl("k8s-yaml")
def g_k8s(r, d, ob):
    p = proj(r)
    path = pick(r, ["k8s/%s-deployment.yaml" % p, "deploy/k8s/worker.yaml", "manifests/%s.yaml" % p])
    L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % p, "  namespace: %s" % pick(r, LABS), "spec:",
         "  replicas: %d" % r.randrange(1, 4), "  selector:", "    matchLabels:", "      app: %s" % p, "  template:", "    metadata:",
         "      labels:", "        app: %s" % p, "    spec:", "      containers:", "        - name: worker",
         "          image: ghcr.io/%s/%s:%s" % (pick(r, LABS), p, pick(r, ["v1.2.0", "latest"])), "          env:"]
    for k, v in PRE(d):
        L += ["            - name: %s" % k, "              value: %s" % yq(r, v)]
    L += ["            - name: %s" % NAME(d, ob), "              value: %s" % yq(r, W(d))]
    L += ["          resources:", "            limits:", "              nvidia.com/gpu: %d" % pick(r, [1, 2, 8])]
    return path, "k8s-yaml", J(L)


@tmpl("ansible-yaml")
def g_ansible(r, d, ob):
    path = pick(r, ["group_vars/all.yml", "inventory/group_vars/%s.yml" % pick(r, ["compute", "login", "hub", "slurm"]),
                    "roles/%s/defaults/main.yml" % pick(r, ["slurm", "jupyterhub", "qpu_gateway", "ood"])])
    L = ["---", "cluster_name: %s" % pick(r, CLUSTERS), "timezone: UTC", "ntp_servers:", "  - 0.pool.ntp.org", "  - 1.pool.ntp.org"]
    for k, v in PRE(d):
        L.append("%s: %s" % (k.lower(), yq(r, v)))
    L.append("%s: %s" % (NAME(d, ob).lower(), yq(r, W(d))))
    L += ["slurm_partitions:", "  - name: %s" % pick(r, PARTS), "    nodes: %s[001-%03d]" % (pick(r, ["cn", "gpu"]), r.randrange(8, 200))]
    return path, "ansible-yaml", J(L)


@tmpl("gitlab-ci")
def g_gitlab_ci(r, d, ob):
    L = ["stages:", "  - test", "  - run", "", "variables:", "  PIP_CACHE_DIR: \"$CI_PROJECT_DIR/.cache/pip\""]
    for k, v in PRE(d):
        L.append("  %s: %s" % (k, yq(r, v)))
    L.append("  %s: %s" % (NAME(d, ob), yq(r, W(d))))
    L += ["", "unit:", "  stage: test", "  image: python:3.11", "  script:", "    - pip install -e .[test]", "    - pytest -q",
          "", "qpu-smoke:", "  stage: run", "  tags: [%s]" % pick(r, ["hpc", "slurm", "gpu"]), "  script:",
          "    - python scripts/smoke.py --shots 100", "  when: manual"]
    return ".gitlab-ci.yml", "gitlab-ci", J(L)


@tmpl("shell")
def g_profile(r, d, ob):
    path = pick(r, ["dotfiles/.bashrc", "etc/profile.d/%s.sh" % proj(r), "scripts/env.sh", "setup_env.sh"])
    L = ["# shellcheck shell=bash", "# sourced on login nodes", "export PATH=\"$HOME/.local/bin:$PATH\"",
         "alias sq='squeue -u $USER'", "alias si='sinfo -s'"]
    for k, v in PRE(d):
        L.append("export %s=%s" % (k, shq(r, v)))
    L.append("export %s=%s" % (NAME(d, ob), shq(r, W(d))))
    L += ["", "if [ -d /scratch/$USER ]; then", "  export TMPDIR=/scratch/$USER/tmp", "fi"]
    return path, "shell", J(L)


@tmpl("toml")
def g_toml(r, d, ob):
    p = proj(r)
    path = pick(r, ["config/settings.toml", "conf/%s.toml" % p, "settings.local.toml"])
    L = ["[run]", "name = \"%s\"" % p, "shots = %d" % pick(r, [1000, 4096]), "seed = %d" % r.randrange(1, 9999), "",
         "[backend]"]
    for k, v in PRE(d):
        L.append("%s = \"%s\"" % (k.lower(), v))
    L.append("%s = \"%s\"" % (NAME(d, ob).lower(), W(d)))
    L += ["", "[output]", "dir = \"/scratch/%s/%s\"" % (user(r), p), "format = \"parquet\""]
    return path, "toml", J(L)


# ---------------------------------------------------------------------------
# provider-specific templates
# ---------------------------------------------------------------------------
def qiskit_body(r, nmax=8):
    n = r.randrange(2, nmax)
    return ["", "qc = QuantumCircuit(%d)" % n, "qc.h(0)"] + ["qc.cx(%d, %d)" % (i, i + 1) for i in range(n - 1)] + \
        ["qc.measure_all()", "", "backend = service.%s" % pick(r, ["least_busy(operational=True, simulator=False)", "backend(%r)" % pick(r, IBM_BACKENDS)]),
         "isa = transpile(qc, backend=backend, optimization_level=%d)" % r.randrange(1, 4),
         "job = Sampler(mode=backend).run([isa], shots=%d)" % pick(r, [1024, 4096, 8192]),
         "print(job.job_id())", "print(job.result()[0].data.meas.get_counts())"]


@tmpl("json")
def t_qiskit_json(r, d, ob):
    path = pick(r, [".qiskit/qiskit-ibm.json", "config/qiskit-ibm.json", "dotfiles/qiskit/qiskit-ibm.json",
                    "ansible/roles/qiskit/files/qiskit-ibm.json"])
    name = pick(r, ["default-ibm-quantum", "default-ibm-quantum-platform", "default-ibm-cloud", "research", "open", pick(r, LABS)])
    acct = {"channel": d["channel"], "token": d["s"]}
    if d["channel"] == "ibm_quantum":
        acct["url"] = "https://auth.quantum-computing.ibm.com/api"
    if r.random() < 0.7:
        acct["instance"] = d["instance"]
    if r.random() < 0.4:
        acct["private_endpoint"] = False
    body = {name: acct}
    if r.random() < 0.5:
        body[name]["is_default_account"] = True
    return path, "json", json.dumps(body, indent=pick(r, [2, 4])) + "\n"


@tmpl("python")
def t_qiskit_py(r, d, ob):
    p = proj(r).replace("-", "_")
    path = pick(r, ["scripts/%s.py" % p, "run_ibm.py", "experiments/%s/run.py" % p, "src/%s/hardware.py" % p])
    L = ['"""Run the %s circuit on IBM hardware."""' % p, "from qiskit import QuantumCircuit, transpile",
         "from qiskit_ibm_runtime import QiskitRuntimeService, SamplerV2 as Sampler", ""]
    if ob:
        nm = rstyle(r, ["ibm", "quantum", "token"], ("screaming", "snake"))
        L += ["%s = %s" % (nm, pyq(r, d["s"])), "INSTANCE = %s" % pyq(r, d["instance"]), "",
              "service = QiskitRuntimeService(channel=%s, token=%s, instance=INSTANCE)" % (pyq(r, d["channel"]), nm)]
    else:
        L += ["ACCOUNT = (%s, %s)" % (pyq(r, d["channel"]), pyq(r, d["s"])), "",
              "service = QiskitRuntimeService(*ACCOUNT, instance=%s)" % pyq(r, d["instance"])]
    L += qiskit_body(r)
    return path, "python", J(L)


@tmpl("notebook")
def t_qiskit_nb(r, d, ob):
    p = proj(r)
    path = pick(r, ["notebooks/%s.ipynb" % p, "tutorials/01_%s.ipynb" % p.replace("-", "_"), "%s.ipynb" % p])
    if ob:
        acct = "QiskitRuntimeService.save_account(\n    channel=%s,\n    token=%s,\n    overwrite=True,\n    set_as_default=True,\n)" % (pyq(r, d["channel"]), pyq(r, d["s"]))
    else:
        acct = "svc_args = [%s, %s]\nservice = QiskitRuntimeService(*svc_args)" % (pyq(r, d["channel"]), pyq(r, d["s"]))
    cells = [("markdown", "# %s on %s\nFirst run on real hardware." % (p, pick(r, IBM_BACKENDS))),
             ("code", "from qiskit import QuantumCircuit, transpile\nfrom qiskit_ibm_runtime import QiskitRuntimeService, SamplerV2 as Sampler"),
             ("code", acct + ("\nservice = QiskitRuntimeService()" if ob else "\nservice.backends()")),
             ("code", "\n".join(qiskit_body(r, 5)[1:]))]
    return path, "notebook", notebook(cells)


@tmpl("shell")
def t_ibm_curl(r, d, ob):
    path = pick(r, ["scripts/ibm_token.sh", "tools/get_iam_token.sh", "bin/qpu-login"])
    L = ["#!/usr/bin/env bash", "# exchange the key for a short-lived bearer token", "set -euo pipefail", ""]
    if ob:
        L += ["API_KEY=%s" % shq(r, d["s"]), "curl -sS -X POST 'https://iam.cloud.ibm.com/identity/token' \\",
              "  -H 'Content-Type: application/x-www-form-urlencoded' \\",
              "  -d \"grant_type=urn:ibm:params:oauth:grant-type:apikey&apikey=${API_KEY}\" | jq -r .access_token > ~/.cache/iam_token"]
    else:
        L += ["curl -sS -X POST 'https://iam.cloud.ibm.com/identity/token' \\",
              "  -H 'Content-Type: application/x-www-form-urlencoded' \\",
              "  --data-urlencode 'grant_type=urn:ibm:params:oauth:grant-type:apikey' \\",
              "  --data-urlencode 'apikey=%s' | jq -r .access_token > ~/.cache/iam_token" % d["s"]]
    L += ["echo \"token cached for $(whoami)\""]
    return path, "shell", J(L)


@tmpl("ini")
def t_aws_credentials(r, d, ob):
    path = pick(r, ["deploy/aws/credentials", ".aws/credentials", "config/aws-credentials.ini"])
    prof = pick(r, ["default", "braket", "quera-aquila", pick(r, LABS)])
    L = ["[%s]" % prof, "aws_access_key_id = %s" % d["id"], "aws_secret_access_key = %s" % d["s"]]
    if r.random() < 0.5:
        L.append("region = %s" % pick(r, AWS_REGIONS))
    if r.random() < 0.5:
        L += ["", "[profile readonly]", "role_arn = arn:aws:iam::%d:role/BraketReadOnly" % r.randrange(10**11, 10**12), "source_profile = %s" % prof]
    return path, "ini", J(L)


@tmpl("python")
def t_braket_py(r, d, ob):
    dev = pick(r, BRAKET_DEVICES)
    path = pick(r, ["braket/run_%s.py" % proj(r).replace("-", "_"), "scripts/aquila_submit.py", "src/hardware/braket_backend.py"])
    L = ["import boto3", "from braket.aws import AwsDevice, AwsSession", "from braket.circuits import Circuit", ""]
    if ob:
        L += ["session = boto3.Session(", "    aws_access_key_id=%s," % pyq(r, d["id"]),
              "    aws_secret_access_key=%s," % pyq(r, d["s"]), "    region_name=%s," % pyq(r, pick(r, AWS_REGIONS)), ")"]
    else:
        L += ["_pair = (%s, %s)" % (pyq(r, d["id"]), pyq(r, d["s"])),
              "session = boto3.Session(*_pair, region_name=%s)" % pyq(r, pick(r, AWS_REGIONS))]
    L += ["device = AwsDevice(%s, aws_session=AwsSession(boto_session=session))" % pyq(r, dev),
          "bell = Circuit().h(0).cnot(0, 1)",
          "task = device.run(bell, s3_destination_folder=(%s, %s), shots=%d)" % (pyq(r, "amazon-braket-%s" % pick(r, LABS)), pyq(r, "results"), pick(r, [100, 1000])),
          "print(task.id)", "print(task.result().measurement_counts)"]
    return path, "python", J(L)


@tmpl("spack-yaml")
def t_spack_mirrors(r, d, ob):
    path = pick(r, ["spack/mirrors.yaml", "etc/spack/mirrors.yaml", "ci/spack/mirrors.yaml"])
    nm = pick(r, ["buildcache", "site-cache", pick(r, LABS) + "-binaries"])
    L = ["mirrors:", "  spack-public: https://mirror.spack.io", "  %s:" % nm]
    if "id" in d:
        url = "s3://%s-spack-cache/%s" % (pick(r, LABS), pick(r, ["develop", "v0.22", "x86_64_v3"]))
        L += ["    url: %s" % url, "    signed: %s" % pick(r, ["true", "false"]), "    access_pair:",
              "    - %s" % d["id"], "    - %s" % yq(r, d["s"])]
    else:
        url = "oci://%s/%s/spack-buildcache" % (pick(r, ["ghcr.io", "registry.gitlab.%s" % pick(r, DOMAINS)]), pick(r, LABS))
        L += ["    url: %s" % url, "    signed: false", "    access_pair:", "    - %s" % user(r), "    - %s" % yq(r, d["s"])]
    L += ["    binary: true", "    source: false"]
    return path, "spack-yaml", J(L)


@tmpl("python")
def t_azure_py(r, d, ob):
    path = pick(r, ["azure/run_job.py", "scripts/azq_submit.py", "src/backends/azure.py"])
    L = ["from azure.quantum import Workspace", "from azure.quantum.qiskit import AzureQuantumProvider", ""]
    if ob:
        L += ["CONNECTION_STRING = %s" % pyq(r, W(d)), "workspace = Workspace.from_connection_string(CONNECTION_STRING)"]
    else:
        L += ["workspace = Workspace.from_connection_string(", "    %s" % pyq(r, W(d)), ")"]
    L += ["provider = AzureQuantumProvider(workspace)",
          "backend = provider.get_backend(%s)" % pyq(r, pick(r, ["ionq.simulator", "quantinuum.sim.h1-1e", "rigetti.sim.qvm"])),
          "for job in workspace.list_jobs()[:5]:", "    print(job.id, job.details.status)"]
    return path, "python", J(L)


@tmpl("json")
def t_azure_json(r, d, ob):
    path = pick(r, ["local.settings.json", "appsettings.Development.json", "config/azure-quantum.json"])
    key = "AzureQuantum" if ob else pick(r, ["Workspace", "Target", "Backend"])
    body = {"Logging": {"LogLevel": {"Default": "Information"}},
            key: {"ConnectionString" if ob else "Value": W(d), "Target": pick(r, ["ionq.qpu.aria-1", "quantinuum.qpu.h2-1", "rigetti.qpu.ankaa-3"])},
            "Shots": pick(r, [100, 500, 1000])}
    return path, "json", json.dumps(body, indent=2) + "\n"


@tmpl("python")
def t_ionq_py(r, d, ob):
    path = pick(r, ["ionq/submit.py", "scripts/run_ionq.py", "src/%s/ionq_backend.py" % proj(r).replace("-", "_")])
    mode = r.randrange(2)
    if mode == 0:
        L = ["import cirq", "import cirq_ionq as ionq", ""]
        L.append("service = ionq.Service(api_key=%s, default_target=%s)" % (pyq(r, d["s"]), pyq(r, pick(r, IONQ_BACKENDS))) if ob
                 else "service = ionq.Service(None, %s, default_target=%s)" % (pyq(r, d["s"]), pyq(r, pick(r, IONQ_BACKENDS))))
        L += ["q0, q1 = cirq.LineQubit.range(2)", "circuit = cirq.Circuit(cirq.H(q0), cirq.CNOT(q0, q1), cirq.measure(q0, q1, key='x'))",
              "result = service.run(circuit, repetitions=%d)" % pick(r, [100, 1000]), "print(result.histogram(key='x'))"]
    else:
        L = ["from qiskit import QuantumCircuit", "from qiskit_ionq import IonQProvider", ""]
        L.append("provider = IonQProvider(token=%s)" % pyq(r, d["s"]) if ob else "provider = IonQProvider(%s)" % pyq(r, d["s"]))
        L += ["backend = provider.get_backend(%s)" % pyq(r, pick(r, ["ionq_simulator", "ionq_qpu"])), "qc = QuantumCircuit(2, 2)",
              "qc.h(0)", "qc.cx(0, 1)", "qc.measure([0, 1], [0, 1])", "job = backend.run(qc, shots=%d)" % pick(r, [100, 1000]), "print(job.get_counts())"]
    return path, "python", J(L)


@tmpl("markdown")
def t_ionq_curl(r, d, ob):
    path = pick(r, ["docs/ionq-api.md", "notes/ionq.md", "README.md"])
    L = ["## Submitting directly to the IonQ API", "", "The SDK is nicer, but for debugging we hit the REST API directly:", "",
         "```bash", "curl -X POST \"https://api.ionq.co/v0.3/jobs\" \\",
         "  -H \"Authorization: apiKey %s\" \\" % d["s"], "  -H \"Content-Type: application/json\" \\",
         "  -d @circuits/ghz3.json", "```", "", "Results come back under `/v0.3/jobs/<id>/results`."]
    return path, "markdown", J(L)


@tmpl("python")
def t_quantinuum_py(r, d, ob):
    path = pick(r, ["quantinuum/run_h2.py", "scripts/submit_quantinuum.py", "src/backends/qntm.py"])
    u = "%s@%s" % (user(r), pick(r, DOMAINS))
    L = ["from pytket import Circuit", "from pytket.extensions.quantinuum import QuantinuumBackend, QuantinuumAPI", ""]
    if ob:
        L += ["QUANTINUUM_USER = %s" % pyq(r, u), "QUANTINUUM_PASSWORD = %s" % pyq(r, d["s"]), "",
              "api = QuantinuumAPI()", "api._request_tokens(QUANTINUUM_USER, QUANTINUUM_PASSWORD)"]
    else:
        L += ["api = QuantinuumAPI()", "api._request_tokens(%s, %s)" % (pyq(r, u), pyq(r, d["s"]))]
    L += ["backend = QuantinuumBackend(device_name=%s, api_handler=api)" % pyq(r, pick(r, ["H1-1E", "H2-1E", "H1-1SC"])),
          "circ = Circuit(2).H(0).CX(0, 1).measure_all()", "handle = backend.process_circuit(backend.get_compiled_circuit(circ), n_shots=%d)" % pick(r, [100, 500]),
          "print(backend.get_result(handle).get_counts())"]
    return path, "python", J(L)


@tmpl("toml")
def t_qcs_secrets(r, d, ob):
    path = pick(r, [".qcs/secrets.toml", "config/qcs/secrets.toml", "dotfiles/qcs/secrets.toml"])
    prof = pick(r, ["default", pick(r, LABS)])
    L = ["[credentials]", "[credentials.%s]" % prof, "[credentials.%s.token_payload]" % prof,
         "refresh_token = \"%s\"" % d["s"], "token_type = \"Bearer\"", "scope = \"offline_access openid profile email\"",
         "expires_in = 3600", "updated_at = \"%sT%02d:%02d:00Z\"" % (date(r), r.randrange(24), r.randrange(60))]
    return path, "toml", J(L)


@tmpl("dwave-conf")
def t_dwave_conf(r, d, ob):
    path = pick(r, ["dwave.conf", "config/dwave.conf", ".config/dwave/dwave.conf"])
    L = ["[defaults]", "endpoint = https://na-west-1.cloud.dwavesys.com/sapi/v2/", "client = %s" % pick(r, ["qpu", "hybrid", "base"]), ""]
    prof = pick(r, ["prod", "leap", pick(r, LABS)])
    L += ["[%s]" % prof, "token = %s" % d["s"], "solver = {\"name\": \"%s\"}" % pick(r, DWAVE_SOLVERS)]
    if r.random() < 0.5:
        L += ["request_timeout = %d" % pick(r, [60, 120])]
    return path, "dwave-conf", J(L)


@tmpl("python")
def t_dwave_py(r, d, ob):
    path = pick(r, ["anneal/%s.py" % pick(r, ["maxcut", "portfolio", "scheduling"]), "scripts/run_dwave.py", "src/solvers/leap.py"])
    L = ["import dimod", "from dwave.system import DWaveSampler, EmbeddingComposite", ""]
    if ob:
        L += ["LEAP_TOKEN = %s" % pyq(r, d["s"]), "sampler = EmbeddingComposite(DWaveSampler(token=LEAP_TOKEN, solver=dict(qpu=True)))"]
    else:
        L += ["leap = [%s, %s]" % (pyq(r, "https://na-west-1.cloud.dwavesys.com/sapi/v2/"), pyq(r, d["s"])),
              "sampler = EmbeddingComposite(DWaveSampler(endpoint=leap[0], token=leap[1]))"]
    L += ["bqm = dimod.generators.ran_r(1, %d)" % r.randrange(8, 64), "sampleset = sampler.sample(bqm, num_reads=%d, label=%s)" % (pick(r, [100, 1000]), pyq(r, proj(r))),
          "print(sampleset.first)", "print(sampleset.info.get('problem_id'))"]
    return path, "python", J(L)


@tmpl("python")
def t_xcc_py(r, d, ob):
    path = pick(r, ["xanadu/submit.py", "scripts/borealis_job.py", "src/photonic/xcc_client.py"])
    L = ["import xcc", ""]
    if ob:
        L += ["REFRESH_TOKEN = %s" % pyq(r, d["s"]), "connection = xcc.Connection(refresh_token=REFRESH_TOKEN, host=%s)" % pyq(r, "platform.xanadu.ai")]
    else:
        L += ["settings = xcc.Settings(REFRESH_TOKEN=%s)" % pyq(r, d["s"]) if r.random() < 0.5 else
              "connection = xcc.Connection(%s, host=%s, port=443)" % (pyq(r, d["s"]), pyq(r, "platform.xanadu.ai"))]
        if "settings" in L[-1]:
            L += ["settings.save()", "connection = xcc.Connection.load()"]
    L += ["device = xcc.Device(target=%s, connection=connection)" % pyq(r, pick(r, ["X8_01", "borealis", "simulon_gaussian"])),
          "print(device.status)"]
    return path, "python", J(L)


@tmpl("python")
def t_pasqal_py(r, d, ob):
    path = pick(r, ["pasqal/run_sequence.py", "scripts/pasqal_submit.py", "src/neutral_atoms/cloud.py"])
    pid = uuid4(r)
    u = "%s@%s" % (user(r), pick(r, DOMAINS))
    L = ["from pasqal_cloud import SDK", "from pulser import Register, Sequence", "from pulser.devices import AnalogDevice", ""]
    if ob:
        L += ["sdk = SDK(", "    username=%s," % pyq(r, u), "    password=%s," % pyq(r, d["s"]), "    project_id=%s," % pyq(r, pid), ")"]
    else:
        L += ["creds = (%s, %s)" % (pyq(r, u), pyq(r, d["s"])), "sdk = SDK(*creds, project_id=%s)" % pyq(r, pid)]
    L += ["reg = Register.square(%d, spacing=5, prefix='q')" % r.randrange(2, 5), "seq = Sequence(reg, AnalogDevice)",
          "batch = sdk.create_batch(seq.to_abstract_repr(), jobs=[{'runs': %d}])" % pick(r, [50, 100, 500]), "print(batch.id)"]
    return path, "python", J(L)


@tmpl("ini")
def t_qbraidrc(r, d, ob):
    path = pick(r, [".qbraid/qbraidrc", "config/qbraidrc", "dotfiles/qbraid/qbraidrc"])
    L = ["[default]", "url = https://api-v2.qbraid.com/api/v1", "api-key = %s" % d["s"]]
    if r.random() < 0.5:
        L += ["organization = %s" % pick(r, ["qbraid", pick(r, LABS)]), "workspace = qbraid"]
    return path, "ini", J(L)


@tmpl("python")
def t_sw_py(r, d, ob):
    path = pick(r, ["strangeworks/run.py", "scripts/sw_optimize.py", "src/%s/sw_backend.py" % proj(r).replace("-", "_")])
    L = ["import strangeworks as sw", "from strangeworks_qiskit import StrangeworksProvider" if r.random() < 0.5 else "from strangeworks_optimization import StrangeworksOptimizer", ""]
    L.append("sw.authenticate(api_key=%s)" % pyq(r, d["s"]) if ob else "sw.authenticate(%s)" % pyq(r, d["s"]))
    L += ["print(sw.workspace_info())", "for b in sw.backends():", "    print(b.name, b.status)"]
    return path, "python", J(L)


@tmpl("slurm-conf")
def t_slurmdbd_conf(r, d, ob):
    path = pick(r, ["etc/slurm/slurmdbd.conf", "roles/slurm/files/slurmdbd.conf", "slurm/slurmdbd.conf"])
    L = ["#", "# slurmdbd.conf for %s" % pick(r, CLUSTERS), "#", "AuthType=auth/munge", "AuthAltTypes=auth/jwt",
         "AuthAltParameters=jwt_key=/var/spool/slurm/statesave/jwt_hs256.key", "DbdHost=%s" % host(r).split(".")[0],
         "DbdPort=6819", "SlurmUser=slurm", "DebugLevel=info", "LogFile=/var/log/slurm/slurmdbd.log", "PidFile=/run/slurmdbd.pid",
         "PurgeEventAfter=12months", "PurgeJobAfter=%dmonths" % pick(r, [12, 24, 36]), "", "# database",
         "StorageType=accounting_storage/mysql", "StorageHost=%s" % host(r), "StoragePort=3306",
         "StorageUser=%s" % pick(r, ["slurm", "slurmdbd"]), "StoragePass=%s" % d["s"], "StorageLoc=slurm_acct_db"]
    return path, "slurm-conf", J(L)


@tmpl("python")
def t_slurmrestd_py(r, d, ob):
    path = pick(r, ["tools/slurm_api.py", "src/scheduler/slurmrest.py", "scripts/queue_status.py"])
    h = host(r)
    L = ["import requests", "", "BASE = %s" % pyq(r, "http://%s:6820/slurm/v0.0.%d" % (h, pick(r, [39, 40, 41]))), ""]
    if ob:
        L += ["SLURM_TOKEN = %s" % pyq(r, d["s"]),
              "HEADERS = {%s: %s, %s: SLURM_TOKEN}" % (pyq(r, "X-SLURM-USER-NAME"), pyq(r, d.get("u", "slurm")), pyq(r, "X-SLURM-USER-TOKEN"))]
    else:
        L += ["HEADERS = {", "    %s: %s," % (pyq(r, "X-SLURM-USER-NAME"), pyq(r, d.get("u", "slurm"))),
              "    %s: %s," % (pyq(r, "X-SLURM-USER-TOKEN"), pyq(r, d["s"])), "}"]
    L += ["", "def jobs():", "    resp = requests.get(f\"{BASE}/jobs\", headers=HEADERS, timeout=30)", "    resp.raise_for_status()",
          "    return resp.json()[\"jobs\"]", "", "for j in jobs():", "    print(j[\"job_id\"], j[\"name\"], j[\"job_state\"])"]
    return path, "python", J(L)


@tmpl("shell")
def t_slurm_curl(r, d, ob):
    path = pick(r, ["scripts/slurm_ping.sh", "bin/rest-submit.sh", "ops/check_slurmrestd.sh"])
    h = host(r)
    L = ["#!/bin/bash", "# quick check that slurmrestd answers", "set -e"]
    if ob:
        L += ["export SLURM_JWT=%s" % d["s"], "curl -s -H \"X-SLURM-USER-NAME: %s\" -H \"X-SLURM-USER-TOKEN: $SLURM_JWT\" \\" % d.get("u", "slurm")]
    else:
        L += ["curl -s -H \"X-SLURM-USER-NAME: %s\" -H \"X-SLURM-USER-TOKEN: %s\" \\" % (d.get("u", "slurm"), d["s"])]
    L += ["  http://%s:6820/slurm/v0.0.40/diag | jq .statistics" % h]
    return path, "shell", J(L)


@tmpl("k8s-yaml")
def t_k8s_secret(r, d, ob):
    path = pick(r, ["k8s/slurm/jwt-secret.yaml", "deploy/slurm-jwt.yaml", "manifests/slurmrestd-secret.yaml"])
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % pick(r, ["slurm-jwt-key", "slurmrestd-jwt"]),
         "  namespace: %s" % pick(r, ["slurm", "hpc", "scheduler"]), "type: Opaque", "data:", "  jwt_hs256.key: %s" % d["s"]]
    return path, "k8s-yaml", J(L)


@tmpl("python")
def t_globus_py(r, d, ob):
    path = pick(r, ["globus/transfer_results.py", "scripts/sync_to_archive.py", "src/datamover/globus_app.py"])
    L = ["import globus_sdk", ""]
    if ob:
        L += ["CLIENT_ID = %s" % pyq(r, d["id"]), "CLIENT_SECRET = %s" % pyq(r, d["s"]),
              "client = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET)"]
    else:
        L += ["client = globus_sdk.ConfidentialAppAuthClient(%s, %s)" % (pyq(r, d["id"]), pyq(r, d["s"]))]
    L += ["authorizer = globus_sdk.ClientCredentialsAuthorizer(client, globus_sdk.TransferClient.scopes.all)",
          "tc = globus_sdk.TransferClient(authorizer=authorizer)",
          "tdata = globus_sdk.TransferData(source_endpoint=%s, destination_endpoint=%s)" % (pyq(r, uuid4(r)), pyq(r, uuid4(r))),
          "tdata.add_item(%s, %s, recursive=True)" % (pyq(r, "/scratch/%s/out/" % user(r)), pyq(r, "/archive/%s/" % pick(r, LABS))),
          "print(tc.submit_transfer(tdata)[\"task_id\"])"]
    return path, "python", J(L)


@tmpl("yaml")
def t_globus_yaml(r, d, ob):
    path = pick(r, ["config/globus.yaml", "automation/flows.yml", "datamover/config.yml"])
    L = ["globus:", "  client_id: %s" % d["id"], "  %s: %s" % ("client_secret" if ob else "credential_b", yq(r, d["s"])),
         "  source_collection: %s" % uuid4(r), "  destination_collection: %s" % uuid4(r), "transfer:", "  sync_level: checksum",
         "  verify_checksum: true", "  label: \"nightly %s archive\"" % pick(r, LABS)]
    return path, "yaml", J(L)


@tmpl("yaml")
def t_ood_portal(r, d, ob):
    path = pick(r, ["etc/ood/config/ood_portal.yml", "roles/ood/templates/ood_portal.yml", "ondemand/ood_portal.yml"])
    dom = pick(r, DOMAINS)
    L = ["---", "servername: ondemand.%s" % dom, "port: 443", "ssl:", "  - 'SSLCertificateFile \"/etc/pki/tls/certs/ondemand.crt\"'",
         "  - 'SSLCertificateKeyFile \"/etc/pki/tls/private/ondemand.key\"'", "auth:", "  - 'AuthType openid-connect'", "  - 'Require valid-user'",
         "oidc_uri: /oidc", "oidc_provider_metadata_url: https://keycloak.%s/realms/%s/.well-known/openid-configuration" % (dom, pick(r, ["hpc", "research"])),
         "oidc_client_id: %s" % d["pre"][0][1], "oidc_client_secret: %s" % yq(r, d["s"]), "oidc_remote_user_claim: preferred_username",
         "oidc_scope: \"openid profile email\""]
    return path, "yaml", J(L)


@tmpl("netrc")
def t_netrc(r, d, ob):
    path = pick(r, ["dotfiles/.netrc", ".netrc", "config/netrc"])
    L = ["machine api.wandb.ai", "  login user", "  password %s" % d["s"]]
    return path, "netrc", J(L)


@tmpl("python")
def t_wandb_py(r, d, ob):
    p = proj(r)
    path = pick(r, ["train.py", "src/train_%s.py" % p.replace("-", "_"), "scripts/sweep_agent.py"])
    L = ["import argparse", "import wandb", "import torch", ""]
    L.append("wandb.login(key=%s)" % pyq(r, d["s"]) if ob else "wandb.login(%s, %s)" % (pyq(r, "allow"), pyq(r, d["s"])))
    L += ["", "def main():", "    ap = argparse.ArgumentParser()", "    ap.add_argument('--lr', type=float, default=%s)" % pick(r, ["1e-3", "3e-4"]),
          "    args = ap.parse_args()", "    run = wandb.init(project=%s, entity=%s, config=vars(args))" % (pyq(r, p), pyq(r, pick(r, LABS))),
          "    for step in range(100):", "        run.log({'loss': 1.0 / (step + 1)})", "    run.finish()", "", "if __name__ == '__main__':", "    main()"]
    return path, "python", J(L)


@tmpl("shell")
def t_lambda_curl(r, d, ob):
    path = pick(r, ["scripts/lambda_launch.sh", "cloud/launch_gpu.sh", "bin/lambda-up"])
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "REGION=%s" % pick(r, ["us-east-1", "us-west-1"]), "TYPE=%s" % pick(r, ["gpu_1x_a100_sxm4", "gpu_8x_h100_sxm5", "gpu_1x_a10"])]
    if ob:
        L += ["LAMBDA_API_KEY=%s" % d["s"], "curl -su \"$LAMBDA_API_KEY:\" https://cloud.lambdalabs.com/api/v1/instance-operations/launch \\"]
    else:
        L += ["curl -su %s: https://cloud.lambdalabs.com/api/v1/instance-operations/launch \\" % d["s"]]
    L += ["  -d \"{\\\"region_name\\\": \\\"$REGION\\\", \\\"instance_type_name\\\": \\\"$TYPE\\\", \\\"ssh_key_names\\\": [\\\"%s\\\"]}\" \\" % user(r),
          "  -H 'Content-Type: application/json' | jq ."]
    return path, "shell", J(L)


@tmpl("python")
def t_runpod_py(r, d, ob):
    path = pick(r, ["cloud/runpod_launch.py", "scripts/pod_up.py", "src/infra/runpod_client.py"])
    L = ["import runpod", ""]
    L.append("runpod.api_key = %s" % pyq(r, d["s"]) if ob else "setattr(runpod, %s, %s)" % (pyq(r, "api_key"), pyq(r, d["s"])))
    L += ["pod = runpod.create_pod(", "    name=%s," % pyq(r, proj(r)), "    image_name=%s," % pyq(r, "runpod/pytorch:2.1.0-py3.10-cuda11.8.0-devel-ubuntu22.04"),
          "    gpu_type_id=%s," % pyq(r, pick(r, ["NVIDIA A100 80GB PCIe", "NVIDIA H100 80GB HBM3", "NVIDIA RTX A6000"])), "    gpu_count=%d," % pick(r, [1, 2, 4]),
          "    volume_in_gb=%d," % pick(r, [50, 100, 200]), ")", "print(pod[%s])" % pyq(r, "id")]
    return path, "python", J(L)


@tmpl("shell")
def t_vast_sh(r, d, ob):
    path = pick(r, ["scripts/vast_setup.sh", "cloud/vast_bootstrap.sh", "bin/rent-gpu"])
    L = ["#!/bin/bash", "pip install --user vastai"]
    L.append("vastai set api-key %s" % d["s"] if ob else "echo %s > ~/.vast_api_key" % d["s"])
    L += ["vastai search offers 'gpu_name=%s num_gpus=%d reliability>0.98' -o 'dph+'" % (pick(r, ["RTX_4090", "A100_SXM4", "H100_SXM"]), pick(r, [1, 2, 8])),
          "vastai create instance \"$1\" --image pytorch/pytorch:latest --disk %d" % pick(r, [40, 80])]
    return path, "shell", J(L)


@tmpl("kubeconfig")
def t_kubeconfig(r, d, ob):
    path = pick(r, ["kubeconfig/coreweave.yaml", ".kube/config", "deploy/cw-kubeconfig.yaml"])
    ns = d["pre"][0][1]
    tu = "token-" + rs(r, LOW + DIG, 8)
    L = ["apiVersion: v1", "kind: Config", "clusters:", "- cluster:", "    server: https://k8s.ord1.coreweave.com", "  name: coreweave",
         "contexts:", "- context:", "    cluster: coreweave", "    namespace: %s" % ns, "    user: %s" % tu,
         "  name: coreweave", "current-context: coreweave", "preferences: {}", "users:", "- name: %s" % tu,
         "  user:", "    token: %s" % d["s"]]
    return path, "kubeconfig", J(L)


@tmpl("python")
def t_jhub_config(r, d, ob):
    path = pick(r, ["jupyterhub_config.py", "etc/jupyterhub/jupyterhub_config.py", "hub/jupyterhub_config.py"])
    L = ["# JupyterHub configuration for the %s cluster" % pick(r, CLUSTERS), "c = get_config()  # noqa", "",
         "c.JupyterHub.bind_url = 'http://:8000'", "c.JupyterHub.hub_ip = '0.0.0.0'",
         "c.JupyterHub.spawner_class = 'batchspawner.SlurmSpawner'", "c.SlurmSpawner.req_partition = '%s'" % pick(r, PARTS),
         "c.SlurmSpawner.req_runtime = '%02d:00:00'" % r.randrange(1, 12), "c.Authenticator.allowed_users = {%s}" % ", ".join(repr(user(r)) for _ in range(3)), ""]
    mode = r.randrange(3)
    d["kind"] = ["cookie-secret", "service-api-token", "proxy-auth-token"][mode]
    if mode == 0:
        L.append("c.JupyterHub.cookie_secret = bytes.fromhex(%s)" % pyq(r, d["s"]))
    elif mode == 1:
        L += ["c.JupyterHub.services = [", "    {", "        'name': '%s'," % pick(r, ["idle-culler", "announcement", "grader"]),
              "        'api_token': %s," % pyq(r, d["s"]), "        'admin': True,", "    }", "]"]
    else:
        L.append("c.ConfigurableHTTPProxy.auth_token = %s" % pyq(r, d["s"]))
    L += ["c.JupyterHub.db_url = 'sqlite:///jupyterhub.sqlite'"]
    return path, "python", J(L)


@tmpl("helm-values")
def t_z2jh(r, d, ob):
    path = pick(r, ["helm/jupyterhub/values.yaml", "config.yaml", "deploy/z2jh-values.yaml"])
    L = ["hub:", "  config:", "    JupyterHub:", "      authenticator_class: %s" % pick(r, ["github", "generic-oauth", "dummy"])]
    mode = r.randrange(2)
    d["kind"] = ["service-api-token", "proxy-secret-token"][mode]
    if mode == 0:
        L += ["  services:", "    %s:" % pick(r, ["grafana", "culler", "nbgrader"]), "      apiToken: %s" % yq(r, d["s"])]
    else:
        L += ["proxy:", "  secretToken: %s" % yq(r, d["s"])]
    L += ["singleuser:", "  image:", "    name: quay.io/jupyter/scipy-notebook", "    tag: %s" % pick(r, ["2024-05-27", "latest", "python-3.11"]),
          "  memory:", "    limit: %dG" % pick(r, [4, 8, 16])]
    return path, "helm-values", J(L)


@tmpl("python")
def t_hf_py(r, d, ob):
    path = pick(r, ["scripts/download_model.py", "src/data/fetch_weights.py", "prefetch.py"])
    L = ["from huggingface_hub import login, snapshot_download", ""]
    L.append("login(token=%s)" % pyq(r, d["s"]) if ob else "login(%s)" % pyq(r, d["s"]))
    L += ["path = snapshot_download(%s, cache_dir=%s)" % (pyq(r, pick(r, ["meta-llama/Llama-3.1-8B", "mistralai/Mistral-7B-v0.1", "google/gemma-2-9b"])), pyq(r, "/scratch/%s/hf" % user(r))),
          "print(path)"]
    return path, "python", J(L)


@tmpl("pip-conf")
def t_pipconf(r, d, ob):
    path = pick(r, ["pip.conf", "config/pip.conf", ".config/pip/pip.conf"])
    g = pick(r, DOMAINS)
    L = ["[global]", "index-url = https://pypi.org/simple",
         "extra-index-url = https://__token__:%s@gitlab.%s/api/v4/projects/%d/packages/pypi/simple" % (d["s"], g, r.randrange(100, 9999)),
         "timeout = 60"]
    return path, "pip-conf", J(L)


@tmpl("python")
def t_jhub_db(r, d, ob):
    path = pick(r, ["jupyterhub_config.py", "hub/jupyterhub_config.py"])
    L = ["c = get_config()  # noqa", "c.JupyterHub.db_url = %s" % pyq(r, W(d)), "c.JupyterHub.cleanup_servers = False",
         "c.Spawner.default_url = '/lab'", "c.Spawner.notebook_dir = '/home/{username}'"]
    return path, "python", J(L)


@tmpl("slurm-batch")
def t_mlflow_server(r, d, ob):
    path = pick(r, ["jobs/mlflow_server.sbatch", "services/mlflow.slurm"])
    L = ["#!/bin/bash", "#SBATCH --job-name=mlflow", "#SBATCH --partition=%s" % pick(r, ["service", "long", "cpu"]), "#SBATCH --time=7-00:00:00",
         "#SBATCH --mem=8G", "", "module load python/3.11", "mlflow server \\",
         "  --backend-store-uri %s \\" % W(d), "  --artifacts-destination /project/%s/mlruns \\" % pick(r, LABS),
         "  --host 0.0.0.0 --port %d" % pick(r, [5000, 5050, 8080])]
    return path, "slurm-batch", J(L)


# ---------------------------------------------------------------------------
# domain look-alike negatives: (path, ftype, text, provider, kind)
# ---------------------------------------------------------------------------
import hashlib as _hashlib
import hmac as _hmac

NEG_DOMAIN = []


def dneg(f):
    NEG_DOMAIN.append(f)
    return f


@dneg
def n_ibm_results(r):
    jobs = []
    for _ in range(r.randrange(2, 6)):
        jobs.append({"job_id": ibm_job_id(r), "backend": pick(r, IBM_BACKENDS), "status": pick(r, ["DONE", "DONE", "CANCELLED", "ERROR"]),
                     "created": "%sT%02d:%02d:%02dZ" % (date(r), r.randrange(24), r.randrange(60), r.randrange(60)),
                     "circuit_sha256": sha256hex(r), "shots": pick(r, [1024, 4096]), "instance": ibm_crn(r) if r.random() < 0.5 else "ibm-q/open/main"})
    path = pick(r, ["results/ibm_jobs.json", "data/%s/jobs.json" % proj(r), "runs/index.json"])
    return path, "json", json.dumps({"experiment": proj(r), "jobs": jobs}, indent=2) + "\n", "ibm-quantum", "job-id-circuit-hash"


@dneg
def n_qiskit_env(r):
    p = proj(r).replace("-", "_")
    L = ['"""Submit %s; credentials come from the environment or the saved account."""' % p, "import os",
         "from qiskit_ibm_runtime import QiskitRuntimeService, SamplerV2 as Sampler", "",
         "service = QiskitRuntimeService(", "    channel=%s," % pyq(r, "ibm_quantum_platform"),
         "    token=os.environ[%s]," % pyq(r, pick(r, ["QISKIT_IBM_TOKEN", "IBM_CLOUD_API_KEY"])),
         "    instance=os.environ.get(%s)," % pyq(r, "QISKIT_IBM_INSTANCE"), ")",
         "backend = service.backend(%s)" % pyq(r, pick(r, IBM_BACKENDS)),
         "# previous runs: %s" % ", ".join(ibm_job_id(r) for _ in range(3)),
         "job = service.job(%s)" % pyq(r, ibm_job_id(r)), "print(job.status(), job.result()[0].data.meas.get_counts())"]
    return "scripts/%s_status.py" % p, "python", J(L), "ibm-quantum", "env-lookup"


@dneg
def n_dwave_info(r):
    rows = []
    for _ in range(r.randrange(2, 5)):
        rows.append({"problem_id": uuid4(r), "problem_label": proj(r), "solver": pick(r, DWAVE_SOLVERS),
                     "timing": {"qpu_access_time": r.randrange(10000, 90000), "qpu_anneal_time_per_sample": 20.0},
                     "energy": round(-r.random() * 100, 4), "num_occurrences": r.randrange(1, 50)})
    return pick(r, ["results/dwave_runs.json", "anneal/out/%s.json" % proj(r)]), "json", json.dumps(rows, indent=2) + "\n", "dwave-leap", "problem-id"


@dneg
def n_dwave_conf_noauth(r):
    L = ["# token is read from DWAVE_API_TOKEN (set by `dwave auth login`), never stored here",
         "[defaults]", "endpoint = https://na-west-1.cloud.dwavesys.com/sapi/v2/", "client = qpu", "",
         "[hybrid]", "client = hybrid", "solver = {\"name__regex\": \"hybrid_binary_quadratic_model_version.*\"}", "",
         "[qpu]", "solver = {\"topology__type\": \"pegasus\", \"name\": \"%s\"}" % pick(r, DWAVE_SOLVERS[:3]), "request_timeout = 120"]
    return pick(r, ["dwave.conf", "config/dwave.conf"]), "dwave-conf", J(L), "dwave-leap", "config-without-secret"


@dneg
def n_sacct(r):
    L = ["JobID           JobName    Partition    Account  AllocCPUS      State ExitCode        NodeList",
         "------------ ---------- ---------- ---------- ---------- ---------- -------- ---------------"]
    for _ in range(r.randrange(6, 20)):
        j = slurm_jobid(r)
        L.append("%-12s %10s %10s %10s %10d %10s %8s %15s" % (j, proj(r)[:10], pick(r, PARTS), pick(r, LABS)[:10], pick(r, [1, 4, 32, 64]),
                                                          pick(r, ["COMPLETED", "FAILED", "TIMEOUT", "RUNNING"]), pick(r, ["0:0", "1:0"]), node(r)))
    return "logs/sacct_%s.txt" % date(r), "text", J(L), "slurm", "slurm-job-id"


@dneg
def n_slurm_conf(r):
    c = pick(r, CLUSTERS)
    n = r.randrange(16, 400)
    L = ["# slurm.conf for %s" % c, "ClusterName=%s" % c, "SlurmctldHost=%s" % host(r).split(".")[0], "SlurmUser=slurm",
         "AuthType=auth/munge", "AuthAltTypes=auth/jwt", "AuthAltParameters=jwt_key=/var/spool/slurm/statesave/jwt_hs256.key",
         "CredType=cred/munge", "StateSaveLocation=/var/spool/slurm/statesave", "SchedulerType=sched/backfill",
         "SelectType=select/cons_tres", "SelectTypeParameters=CR_Core_Memory", "AccountingStorageType=accounting_storage/slurmdbd",
         "AccountingStorageHost=%s" % host(r).split(".")[0], "JobAcctGatherType=jobacct_gather/cgroup", "",
         "NodeName=cn[001-%03d] CPUs=128 RealMemory=512000 State=UNKNOWN" % n,
         "NodeName=gpu[01-%02d] CPUs=64 Gres=gpu:a100:4 RealMemory=1024000" % r.randrange(4, 40),
         "PartitionName=cpu Nodes=cn[001-%03d] Default=YES MaxTime=2-00:00:00 State=UP" % n,
         "PartitionName=gpu Nodes=gpu[01-04] MaxTime=1-00:00:00 State=UP"]
    return pick(r, ["etc/slurm/slurm.conf", "roles/slurm/templates/slurm.conf", "slurm.conf"]), "slurm-conf", J(L), "slurm", "config-without-secret"


@dneg
def n_sbatch_env(r):
    p = proj(r)
    L = ["#!/bin/bash", "#SBATCH --job-name=%s" % p, "#SBATCH --partition=%s" % pick(r, PARTS), "#SBATCH --time=04:00:00",
         "#SBATCH --array=1-%d" % r.randrange(4, 200), "", "# credentials live in a 0600 file outside the repo",
         "source \"$HOME/.config/%s/credentials.env\"" % pick(r, ["qpu", "wandb", "hpc"]),
         ": \"${WANDB_API_KEY:?WANDB_API_KEY is not set}\"", ": \"${DWAVE_API_TOKEN:?missing}\"",
         "export WANDB_MODE=%s" % pick(r, ["online", "offline"]), "export WANDB_RUN_GROUP=\"%s-${SLURM_ARRAY_JOB_ID}\"" % p,
         "srun python run.py --task $SLURM_ARRAY_TASK_ID", "# resubmitted after job %s failed on %s" % (slurm_jobid(r), node(r))]
    return "jobs/%s.sbatch" % p, "slurm-batch", J(L), "slurm", "env-lookup"


@dneg
def n_conda_explicit(r):
    L = ["# This file may be used to create an environment using:", "# $ conda create --name <env> --file <this file>",
         "# platform: linux-64", "@EXPLICIT"]
    for n, v in r.sample(CONDA_PKGS, r.randrange(6, 14)):
        L.append("https://conda.anaconda.org/conda-forge/linux-64/%s-%s-%s_%d.conda#%s" % (n, v, pick(r, ["py311h", "h", "pyhd8ed1ab"]) + rs(r, HEX, 7), r.randrange(3), rs(r, HEX, 32)))
    return pick(r, ["conda-linux-64.lock", "envs/explicit.txt", "spec-file.txt"]), "conda-lock", J(L), "conda", "package-hash"


@dneg
def n_conda_lock_yaml(r):
    L = ["version: 1", "metadata:", "  content_hash:", "    linux-64: %s" % sha256hex(r), "  channels:", "  - url: conda-forge", "    used_env_vars: []",
         "  platforms:", "  - linux-64", "package:"]
    for n, v in r.sample(CONDA_PKGS, r.randrange(3, 7)):
        L += ["- name: %s" % n, "  version: %s" % v, "  manager: conda", "  platform: linux-64",
              "  url: https://conda.anaconda.org/conda-forge/linux-64/%s-%s-%s.conda" % (n, v, rs(r, LOW + DIG, 12)),
              "  hash:", "    md5: %s" % rs(r, HEX, 32), "    sha256: %s" % sha256hex(r)]
    return "conda-lock.yml", "conda-yaml", J(L), "conda", "package-hash"


@dneg
def n_apptainer_digest(r):
    dg = sha256hex(r)
    L = ["Bootstrap: docker", "From: nvcr.io/nvidia/cuda@sha256:%s" % dg, "", "%files", "    qsim-%s.tar.gz /opt/" % pick(r, ["0.21.0", "0.20.0"]),
         "", "%post", "    cd /opt", "    echo \"%s  qsim.tar.gz\" | sha256sum -c -" % sha256hex(r),
         "    tar xzf qsim*.tar.gz && rm qsim*.tar.gz", "    pip install --no-cache-dir --require-hashes -r /opt/requirements.txt",
         "", "%environment", "    export OMP_NUM_THREADS=${SLURM_CPUS_PER_TASK:-1}", "    export WANDB_API_KEY=${WANDB_API_KEY}", "",
         "%labels", "    org.opencontainers.image.revision %s" % rs(r, HEX, 40)]
    return pick(r, ["containers/qsim.def", "apptainer/cuda-base.def", "Singularity.def"]), "apptainer-def", J(L), "apptainer", "container-digest"


@dneg
def n_compose_digest(r):
    L = ["services:", "  tracker:", "    image: ghcr.io/mlflow/mlflow@sha256:%s" % sha256hex(r), "    environment:",
         "      MLFLOW_TRACKING_USERNAME: ${MLFLOW_TRACKING_USERNAME}", "      MLFLOW_TRACKING_PASSWORD: ${MLFLOW_TRACKING_PASSWORD:?required}",
         "      BACKEND_STORE_URI: postgresql://mlflow@db:5432/mlflow", "  db:", "    image: postgres@sha256:%s" % sha256hex(r),
         "    environment:", "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password", "    secrets:", "      - pg_password",
         "secrets:", "  pg_password:", "    file: ./secrets/pg_password.txt"]
    return pick(r, ["docker-compose.yml", "deploy/compose.yaml"]), "docker-compose", J(L), "mlflow", "container-digest"


@dneg
def n_citation(r):
    L = ["cff-version: 1.2.0", "message: \"If you use this software, please cite it as below.\"", "title: \"%s: %s\"" % (proj(r), pick(r, ["variational solvers on NISQ hardware", "annealing benchmarks", "HPC workflow tools"])),
         "doi: %s" % doi(r), "authors:"]
    for _ in range(r.randrange(2, 5)):
        L += ["  - family-names: %s" % pick(r, ["Kowalski", "Chen", "Gupta", "Nakamura", "Hansen", "Moreau", "Garcia"]),
              "    given-names: %s" % pick(r, ["Anna", "Wei", "Ravi", "Sora", "Erik", "Lea", "Jose"]), "    orcid: \"https://orcid.org/%s\"" % orcid(r)]
    L += ["version: %d.%d.%d" % (r.randrange(3), r.randrange(10), r.randrange(10)), "date-released: %s" % date(r),
          "identifiers:", "  - type: doi", "    value: %s" % doi(r), "    description: archived release on Zenodo"]
    return "CITATION.cff", "cff-yaml", J(L), "zenodo-orcid", "doi-orcid"


@dneg
def n_julia_manifest(r):
    L = ["# This file is machine-generated - editing it directly is not advised", "", "julia_version = \"1.10.%d\"" % r.randrange(5),
         "manifest_format = \"2.0\"", "project_hash = \"%s\"" % rs(r, HEX, 40), ""]
    for n in r.sample(["Braket", "Yao", "JSON3", "StaticArrays", "QuantumOptics", "DataFrames", "CUDA", "MPI"], 4):
        L += ["[[deps.%s]]" % n, "deps = [\"LinearAlgebra\", \"Random\"]", "git-tree-sha1 = \"%s\"" % rs(r, HEX, 40),
              "uuid = \"%s\"" % uuid4(r), "version = \"%d.%d.%d\"" % (r.randrange(5), r.randrange(20), r.randrange(10)), ""]
    return "Manifest.toml", "toml", J(L), "julia", "package-hash"


@dneg
def n_spack_lock(r):
    roots = []
    specs = {}
    for n in r.sample(["py-qiskit", "openmpi", "hdf5", "fftw", "py-numpy", "cuda", "julia"], 3):
        h = spack_hash(r)
        roots.append({"hash": h, "spec": n})
        specs[h] = {"name": n, "version": "%d.%d.%d" % (r.randrange(1, 5), r.randrange(20), r.randrange(10)),
                    "arch": "linux-rhel8-zen3", "compiler": "gcc@12.2.0", "hash": h, "package_hash": spack_hash(r)}
    body = {"_meta": {"file-type": "spack-lockfile", "lockfile-version": 5, "specfile-version": 4}, "spack": {"version": "0.22.1", "type": "git", "commit": rs(r, HEX, 40)},
            "roots": roots, "concrete_specs": specs}
    return pick(r, ["spack.lock", "envs/gpu/spack.lock"]), "json", json.dumps(body, indent=1) + "\n", "spack", "package-hash"


@dneg
def n_wandb_meta(r):
    body = {"os": "Linux-4.18.0-513.el8.x86_64-x86_64-with-glibc2.28", "python": "3.11.%d" % r.randrange(10),
            "startedAt": "%sT%02d:%02d:00Z" % (date(r), r.randrange(24), r.randrange(60)), "program": "train.py",
            "git": {"remote": "https://github.com/%s/%s.git" % (pick(r, LABS), proj(r)), "commit": rs(r, HEX, 40)},
            "host": node(r), "username": user(r), "executable": "/sw/conda/envs/qml/bin/python",
            "slurm": {"job_id": slurm_jobid(r), "cluster_name": pick(r, CLUSTERS)}, "run_id": rs(r, LOW + DIG, 8),
            "gpu_count": pick(r, [1, 4]), "gpu": "NVIDIA A100-SXM4-80GB"}
    return "wandb/run-%s-%s/files/wandb-metadata.json" % (date(r).replace("-", ""), body["run_id"]), "json", json.dumps(body, indent=4) + "\n", "wandb", "run-id-commit"


@dneg
def n_mlmodel(r):
    L = ["artifact_path: model", "flavors:", "  python_function:", "    env:", "      conda: conda.yaml", "      virtualenv: python_env.yaml",
         "    loader_module: mlflow.sklearn", "    python_version: 3.11.%d" % r.randrange(10), "mlflow_version: 2.%d.%d" % (r.randrange(10, 17), r.randrange(3)),
         "model_size_bytes: %d" % r.randrange(10000, 9000000), "model_uuid: %s" % rs(r, HEX, 32), "run_id: %s" % rs(r, HEX, 32),
         "utc_time_created: '%s %02d:%02d:00.000000'" % (date(r), r.randrange(24), r.randrange(60))]
    return "mlruns/%d/%s/artifacts/model/MLmodel" % (r.randrange(1, 30), rs(r, HEX, 32)), "yaml", J(L), "mlflow", "run-id"


@dneg
def n_jhub_env(r):
    L = ["import os", "c = get_config()  # noqa", "", "# secrets are provisioned by ansible into root-only files",
         "c.JupyterHub.cookie_secret_file = '/srv/jupyterhub/jupyterhub_cookie_secret'",
         "c.ConfigurableHTTPProxy.auth_token = os.environ['CONFIGPROXY_AUTH_TOKEN']",
         "c.JupyterHub.services = [", "    {'name': 'idle-culler', 'api_token': os.environ.get('CULLER_API_TOKEN', '')},", "]",
         "c.JupyterHub.db_url = os.environ.get('JUPYTERHUB_DB_URL', 'sqlite:///jupyterhub.sqlite')",
         "c.SlurmSpawner.req_partition = '%s'" % pick(r, PARTS), "c.Spawner.http_timeout = %d" % pick(r, [120, 300])]
    return pick(r, ["jupyterhub_config.py", "etc/jupyterhub/jupyterhub_config.py"]), "python", J(L), "jupyterhub", "env-lookup"


@dneg
def n_gha_refs(r):
    L = ["name: qpu-smoke", "on: [workflow_dispatch]", "jobs:", "  smoke:", "    runs-on: [self-hosted, %s]" % pick(r, CLUSTERS), "    env:",
         "      QISKIT_IBM_TOKEN: ${{ secrets.QISKIT_IBM_TOKEN }}", "      IONQ_API_KEY: ${{ secrets.IONQ_API_KEY }}",
         "      AWS_ACCESS_KEY_ID: ${{ secrets.BRAKET_AWS_ACCESS_KEY_ID }}", "      AWS_SECRET_ACCESS_KEY: ${{ secrets.BRAKET_AWS_SECRET_ACCESS_KEY }}",
         "      WANDB_API_KEY: ${{ secrets.WANDB_API_KEY }}", "    steps:", "      - uses: actions/checkout@%s" % rs(r, HEX, 40),
         "      - run: python scripts/smoke.py --backend %s" % pick(r, IBM_BACKENDS)]
    return ".github/workflows/qpu-smoke.yml", "github-actions", J(L), "github-actions", "secret-reference"


@dneg
def n_runbook_masked(r):
    L = ["# Key rotation, %s" % date(r), "", "Rotated after the offboarding of %s. Old values (masked) for the audit log:" % user(r), "",
         "| service | old key | new key location |", "|---|---|---|",
         "| D-Wave Leap | `DEV-****************%s` | vault `hpc/dwave` |" % rs(r, HEX, 4),
         "| RunPod | `rpa_************************` | vault `hpc/runpod` |",
         "| W&B | `%s…` (first 6) | `~/.netrc` on login nodes |" % rs(r, HEX, 6),
         "| IBM Quantum | `********` | saved account on %s |" % host(r), "",
         "Slurm jobs that used the old keys: %s." % ", ".join(slurm_jobid(r) for _ in range(4)),
         "Nodes drained during the change: %s." % ", ".join(node(r) for _ in range(3))]
    return pick(r, ["notes/key-rotation.md", "docs/ops/rotation-%s.md" % date(r)]), "markdown", J(L), "ops", "masked"


@dneg
def n_i18n(r):
    body = {"settings": {"api_key_label": "API key", "api_key_help": "Paste the key from your provider dashboard.",
                         "token_expired": "Your session token has expired. Please sign in again.", "password": "Password",
                         "password_hint": "At least 12 characters", "secret_saved": "Secret saved to the vault."},
            "jobs": {"queued": "Queued on {backend}", "done": "Finished in {seconds} s"}}
    lang = pick(r, ["en", "de", "fr", "ja"])
    return "web/src/locales/%s.json" % lang, "json", json.dumps(body, indent=2, ensure_ascii=False) + "\n", "i18n", "i18n-strings"


@dneg
def n_hmac_vectors(r):
    key1 = bytes([0x0b] * 20)
    d1 = _hmac.new(key1, b"Hi There", _hashlib.sha256).hexdigest()
    d2 = _hmac.new(b"Jefe", b"what do ya want for nothing?", _hashlib.sha256).hexdigest()
    L = ['"""RFC 4231 test vectors for the job-signing helper."""', "import hmac", "import hashlib", "import unittest", "",
         "from qpu_gateway.signing import sign", "", "class TestHmac(unittest.TestCase):", "    def test_case_1(self):",
         "        key = bytes.fromhex(%s)" % pyq(r, key1.hex()), "        self.assertEqual(sign(key, b'Hi There'), %s)" % pyq(r, d1), "",
         "    def test_case_2(self):", "        self.assertEqual(sign(b'Jefe', b'what do ya want for nothing?'), %s)" % pyq(r, d2),
         "", "if __name__ == '__main__':", "    unittest.main()"]
    return "tests/test_signing.py", "python", J(L), "test-vectors", "test-vector"


@dneg
def n_braket_default(r):
    L = ["from braket.aws import AwsDevice, AwsQuantumTask", "", "# uses the default credential chain (SSO profile on laptops, instance role on the cluster)",
         "device = AwsDevice(%s)" % pyq(r, pick(r, BRAKET_DEVICES)),
         "task = AwsQuantumTask(%s)" % pyq(r, "arn:aws:braket:%s:%d:quantum-task/%s" % (pick(r, AWS_REGIONS), r.randrange(10**11, 10**12), uuid4(r))),
         "print(task.state())", "BUCKET = (%s, %s)" % (pyq(r, "amazon-braket-%s-%d" % (pick(r, AWS_REGIONS), r.randrange(10**11, 10**12))), pyq(r, "tasks")),
         "print(device.properties.service.shotsRange)"]
    return pick(r, ["braket/check_task.py", "scripts/task_status.py"]), "python", J(L), "aws-braket", "arn-task-id"


@dneg
def n_azure_resource(r):
    L = ["from azure.identity import DefaultAzureCredential", "from azure.quantum import Workspace", "",
         "workspace = Workspace(", "    resource_id=%s," % pyq(r, "/subscriptions/%s/resourceGroups/rg-quantum/providers/Microsoft.Quantum/Workspaces/%s" % (uuid4(r), pick(r, LABS))),
         "    location=%s," % pyq(r, pick(r, AZ_REGIONS)), "    credential=DefaultAzureCredential(),", ")",
         "job = workspace.get_job(%s)" % pyq(r, uuid4(r)), "print(job.details.status)"]
    return pick(r, ["azure/status.py", "src/backends/azure_status.py"]), "python", J(L), "azure-quantum", "resource-id"


@dneg
def n_cpp_sha(r):
    L = ["// SHA-256 round constants, used to fingerprint circuits before submission", "#include <array>", "#include <cstdint>", "",
         "static constexpr std::array<uint32_t, 8> kInit = {", "    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,",
         "    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};", "",
         "// sha256(\"\") for the self-test", "static const char* kEmptyDigest =",
         "    \"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\";", "",
         "// fingerprint of the reference GHZ circuit", "static const char* kGhzFingerprint = \"%s\";" % sha256hex(r)]
    return pick(r, ["src/fingerprint.cpp", "src/util/sha256_consts.hpp"]), "cpp", J(L), "hashing", "hash-constant"


@dneg
def n_env_example(r):
    L = ["# Copy to .env and fill in. Never commit the filled-in file.", "QISKIT_IBM_TOKEN=", "QISKIT_IBM_INSTANCE=<crn>",
         "DWAVE_API_TOKEN=<your-leap-token>", "IONQ_API_KEY=", "WANDB_API_KEY=your_wandb_key_here",
         "AWS_ACCESS_KEY_ID=%s" % AWS_DOC_ID, "AWS_SECRET_ACCESS_KEY=%s" % AWS_DOC_SECRET, "SLURM_JWT=", "RUNPOD_API_KEY=<runpod-api-key>"]
    r.shuffle(L[1:])
    return pick(r, [".env.example", ".env.template", "config/env.sample"]), "dotenv", J(L), "multi", "placeholder"


@dneg
def n_lambda_instances(r):
    data = []
    for _ in range(r.randrange(1, 4)):
        data.append({"id": rs(r, HEX, 32), "name": proj(r), "ip": "%d.%d.%d.%d" % (r.randrange(100, 200), r.randrange(256), r.randrange(256), r.randrange(1, 255)),
                     "status": "active", "ssh_key_names": [user(r)], "region": {"name": pick(r, ["us-east-1", "us-west-1"])},
                     "instance_type": {"name": pick(r, ["gpu_1x_a100_sxm4", "gpu_8x_h100_sxm5"])}})
    return "cloud/instances.json", "json", json.dumps({"data": data}, indent=2) + "\n", "lambda-cloud", "instance-id"


@dneg
def n_makefile_env(r):
    L = ["ifndef WANDB_API_KEY", "$(error WANDB_API_KEY is not set; run `wandb login` or export it)", "endif", "",
         "RUNPOD_API_KEY ?= $(shell pass show hpc/runpod)", "IMAGE := ghcr.io/%s/%s@sha256:%s" % (pick(r, LABS), proj(r), sha256hex(r)), "",
         "push:", "\tdocker push $(IMAGE)", "", "train:", "\tsbatch --export=ALL,WANDB_API_KEY jobs/train.sbatch"]
    return pick(r, ["Makefile", "ml/Makefile"]), "makefile", J(L), "wandb", "env-lookup"


@dneg
def n_globus_ids(r):
    L = ["globus:", "  client_id: %s" % uuid4(r), "  # client secret is read from GLOBUS_CLI_CLIENT_SECRET at runtime", "  collections:",
         "    scratch: %s" % uuid4(r), "    archive: %s" % uuid4(r), "  transfer:", "    sync_level: mtime", "    notify_on_failed: true"]
    return pick(r, ["config/globus.yaml", "datamover/globus.yml"]), "yaml", J(L), "globus", "uuid-id"


@dneg
def n_ood_cluster(r):
    c = pick(r, CLUSTERS)
    L = ["---", "v2:", "  metadata:", "    title: \"%s\"" % c.capitalize(), "  login:", "    host: \"%s\"" % host(r), "  job:",
         "    adapter: \"slurm\"", "    cluster: \"%s\"" % c, "    bin: \"/usr/bin\"", "    conf: \"/etc/slurm/slurm.conf\"",
         "  batch_connect:", "    basic:", "      script_wrapper: |", "        module purge", "        %s", "    vnc:", "      script_wrapper: |",
         "        export PATH=\"/opt/TurboVNC/bin:$PATH\"", "        %s"]
    return "etc/ood/config/clusters.d/%s.yml" % c, "yaml", J(L), "open-ondemand", "config-without-secret"


@dneg
def n_slurmdbd_nopass(r):
    L = ["# slurmdbd.conf", "AuthType=auth/munge", "DbdHost=localhost", "SlurmUser=slurm", "LogFile=/var/log/slurm/slurmdbd.log",
         "StorageType=accounting_storage/mysql", "StorageHost=localhost", "StorageUser=slurm",
         "# MariaDB uses unix_socket authentication for the slurm user, so no StoragePass",
         "#StoragePass=", "StorageLoc=slurm_acct_db", "PurgeJobAfter=24months"]
    return pick(r, ["etc/slurm/slurmdbd.conf", "roles/slurm/files/slurmdbd.conf"]), "slurm-conf", J(L), "slurm", "config-without-secret"


@dneg
def n_nb_outputs(r):
    jid = ibm_job_id(r)
    cells = [("markdown", "# Results review"), ("code", "from getpass import getpass\ntoken = getpass('IBM Quantum API key: ')"),
             ("code", "job = service.job(%r)\njob.status()" % jid), ("code", "print(%r)" % {"00": r.randrange(400, 600), "11": r.randrange(400, 600)})]
    nb = json.loads(notebook(cells))
    nb["cells"][2]["outputs"] = [{"output_type": "execute_result", "execution_count": 3, "metadata": {},
                                  "data": {"text/plain": ["'DONE'"]}}]
    nb["cells"][2]["execution_count"] = 3
    return "notebooks/review_%s.ipynb" % jid[:6], "notebook", json.dumps(nb, indent=1) + "\n", "ibm-quantum", "job-id"


@dneg
def n_qcs_settings(r):
    L = ["default_profile_name = \"default\"", "", "[profiles]", "[profiles.default]", "api_url = \"https://api.qcs.rigetti.com\"",
         "auth_server_name = \"default\"", "credentials_name = \"default\"", "", "[profiles.default.applications.pyquil]",
         "qvm_url = \"http://127.0.0.1:5000\"", "quilc_url = \"tcp://127.0.0.1:5555\"", "", "[auth_servers]", "[auth_servers.default]",
         "client_id = \"%s\"" % rs(r, ALNUM, 20), "issuer = \"https://auth.qcs.rigetti.com/oauth2/%s\"" % rs(r, ALNUM, 20)]
    return pick(r, [".qcs/settings.toml", "config/qcs/settings.toml"]), "toml", J(L), "rigetti-qcs", "config-without-secret"


@dneg
def n_ionq_job(r):
    body = {"id": uuid4(r), "status": "completed", "target": pick(r, IONQ_BACKENDS), "qubits": r.randrange(2, 30),
            "request": r.randrange(1700000000, 1760000000), "response": r.randrange(1700000000, 1760000000),
            "execution_time": r.randrange(100, 90000), "predicted_execution_time": r.randrange(100, 90000),
            "children": [uuid4(r) for _ in range(r.randrange(0, 3))], "project_id": uuid4(r)}
    return "results/ionq/%s.json" % body["id"][:8], "json", json.dumps(body, indent=2) + "\n", "ionq", "job-id"


@dneg
def n_externalsecret(r):
    L = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: qpu-credentials", "spec:",
         "  refreshInterval: 1h", "  secretStoreRef:", "    name: vault-hpc", "    kind: ClusterSecretStore", "  target:", "    name: qpu-credentials",
         "  data:", "    - secretKey: IONQ_API_KEY", "      remoteRef:", "        key: hpc/ionq", "        property: api_key",
         "    - secretKey: DWAVE_API_TOKEN", "      remoteRef:", "        key: hpc/dwave", "        property: token"]
    return "k8s/externalsecret.yaml", "k8s-yaml", J(L), "kubernetes", "secret-reference"


@dneg
def n_lmod_plain(r):
    p = proj(r)
    L = ['help([[%s toolkit]])' % p, 'whatis("Version: %d.%d")' % (r.randrange(3), r.randrange(10)), 'load("python/3.11")',
         'prepend_path("PATH", "/sw/%s/bin")' % p, 'setenv("WANDB_MODE", "offline")', 'setenv("WANDB_DIR", "/scratch/" .. os.getenv("USER") .. "/wandb")',
         'setenv("DWAVE_CONFIG_FILE", pathJoin(os.getenv("HOME"), ".config/dwave/dwave.conf"))']
    return "modulefiles/%s/1.0.lua" % p, "lua-modulefile", J(L), "lmod", "config-without-secret"


@dneg
def n_julia_env(r):
    L = ["using Braket", "", "# credentials come from the usual AWS chain; fail early if they are missing",
         "haskey(ENV, \"AWS_SECRET_ACCESS_KEY\") || haskey(ENV, \"AWS_PROFILE\") || error(\"no AWS credentials\")",
         "dev = AwsDevice(\"%s\")" % pick(r, BRAKET_DEVICES), "c = Circuit([(H, 0), (CNot, 0, 1)])",
         "task = dev(c, shots=%d, s3_destination_folder=(\"amazon-braket-%s\", \"jl\"))" % (pick(r, [100, 1000]), pick(r, LABS)),
         "println(arn(task))"]
    return "scripts/bell.jl", "julia", J(L), "aws-braket", "env-lookup"


@dneg
def n_pasqal_ids(r):
    L = ["import os", "from pasqal_cloud import SDK", "",
         "sdk = SDK(username=os.environ['PASQAL_USERNAME'], password=os.environ['PASQAL_PASSWORD'], project_id=%s)" % pyq(r, uuid4(r)),
         "for batch_id in [%s]:" % ", ".join(pyq(r, uuid4(r)) for _ in range(3)), "    b = sdk.get_batch(batch_id)", "    print(b.id, b.status)"]
    return "pasqal/status.py", "python", J(L), "pasqal", "uuid-id"


@dneg
def n_apptainer_plain(r):
    L = ["Bootstrap: localimage", "From: base-%s.sif" % pick(r, ["cuda12", "rocm6"]), "", "%environment",
         "    export QISKIT_IBM_TOKEN=\"${QISKIT_IBM_TOKEN:-}\"", "    export HF_HOME=/scratch/hf", "", "%post",
         "    pip install qiskit-ibm-runtime==0.%d.0" % r.randrange(20, 40), "", "%test", "    python -c 'import qiskit; print(qiskit.__version__)'"]
    return "containers/qiskit.def", "apptainer-def", J(L), "apptainer", "env-lookup"


@dneg
def n_slurm_jwt_doc(r):
    L = ["# slurmrestd access", "", "Ask for a token on a login node; it is valid for the lifespan you request:", "", "```bash",
         "scontrol token lifespan=%d" % pick(r, [3600, 7200]), "# prints SLURM_JWT=<token>, export it in your shell only", "```", "",
         "Then call the API with the `X-SLURM-USER-NAME` and `X-SLURM-USER-TOKEN` headers:", "", "```bash",
         "curl -H \"X-SLURM-USER-NAME: $USER\" -H \"X-SLURM-USER-TOKEN: $SLURM_JWT\" http://%s:6820/slurm/v0.0.40/jobs" % host(r), "```"]
    return "docs/slurmrestd.md", "markdown", J(L), "slurm", "env-lookup"


# ---------------------------------------------------------------------------
# registry: provider -> (default kind, maker, weight, templates)
# ---------------------------------------------------------------------------
T = TEMPLATES
PROVIDERS = [
    ("ibm-quantum", "api-token", mk_ibm, 40, ["t_qiskit_json", "t_qiskit_py", "t_qiskit_nb", "t_ibm_curl", "g_dotenv", "g_sbatch", "g_gha", "g_nb_env", "g_apptainer", "g_conda", "g_toml", "g_md", "g_profile"]),
    ("aws-braket", "aws-secret-access-key", mk_aws, 30, ["t_aws_credentials", "t_braket_py", "t_spack_mirrors", "g_dotenv", "g_compose", "g_gha", "g_dockerfile", "g_julia", "g_k8s", "g_gitlab_ci", "g_sbatch", "g_makefile"]),
    ("azure-quantum", "connection-string-key", mk_azure, 18, ["t_azure_py", "t_azure_json", "g_dotenv", "g_gha", "g_py_environ", "g_nb_env", "g_k8s"]),
    ("ionq", "api-key", mk_ionq, 20, ["t_ionq_py", "t_ionq_curl", "g_dotenv", "g_sbatch", "g_cpp", "g_nb_env", "g_conda", "g_makefile"]),
    ("quantinuum", "password", mk_quantinuum, 12, ["t_quantinuum_py", "g_dotenv", "g_md", "g_ansible", "g_profile"]),
    ("rigetti-qcs", "refresh-token", mk_rigetti, 10, ["t_qcs_secrets", "g_dotenv", "g_sbatch", "g_apptainer"]),
    ("dwave-leap", "sapi-token", mk_dwave, 24, ["t_dwave_conf", "t_dwave_py", "g_dotenv", "g_sbatch", "g_compose", "g_julia", "g_conda", "g_lmod", "g_nb_env"]),
    ("xanadu-cloud", "refresh-token", mk_xanadu, 12, ["t_xcc_py", "g_dotenv", "g_nb_env", "g_gha"]),
    ("pasqal", "password", mk_pasqal, 10, ["t_pasqal_py", "g_dotenv", "g_toml", "g_md"]),
    ("qbraid", "api-key", mk_qbraid, 10, ["t_qbraidrc", "g_dotenv", "g_nb_env", "g_profile", "g_spack"]),
    ("strangeworks", "api-key", mk_strangeworks, 8, ["t_sw_py", "g_dotenv", "g_gha", "g_toml"]),
    ("classiq", "api-key", mk_classiq, 6, ["g_dotenv", "g_nb_env", "g_py_environ", "g_gha"]),
    ("slurm", "jwt-token", mk_slurm_jwt, 18, ["t_slurmrestd_py", "t_slurm_curl", "g_dotenv", "g_sbatch", "g_profile", "g_md", "g_lmod"]),
    ("slurm", "jwt-signing-key", lambda r: dict(mk_slurm_jwt(r), s=sec(r, "slurm_jwt_key"), var="SLURM_JWT_HS256_KEY", alt="SLURMRESTD_B64", pre=[]), 6, ["t_k8s_secret", "g_ansible"]),
    ("slurm", "slurmdbd-storage-password", mk_slurmdb, 14, ["t_slurmdbd_conf", "g_ansible", "g_compose", "g_k8s"]),
    ("globus", "client-secret", mk_globus, 14, ["t_globus_py", "t_globus_yaml", "g_dotenv", "g_sbatch", "g_gha"]),
    ("open-ondemand", "oidc-client-secret", mk_ood, 10, ["t_ood_portal", "g_ansible", "g_dotenv"]),
    ("pbs-lsf", "cluster-password", mk_cluster_pw, 10, ["g_ansible", "g_md", "g_profile", "g_sbatch", "g_makefile"]),
    ("wandb", "api-key", mk_wandb, 26, ["t_netrc", "t_wandb_py", "g_dotenv", "g_sbatch", "g_apptainer", "g_dockerfile", "g_nb_env", "g_lmod", "g_conda", "g_k8s", "g_spack"]),
    ("mlflow", "tracking-credential", mk_mlflow, 16, ["g_dotenv", "g_sbatch", "g_compose", "g_k8s", "g_gha", "g_py_environ"]),
    ("paperspace", "api-key", mk_paperspace, 8, ["g_dotenv", "g_gha", "g_makefile", "g_profile"]),
    ("lambda-cloud", "api-key", mk_lambda, 10, ["t_lambda_curl", "g_dotenv", "g_makefile", "g_py_environ"]),
    ("coreweave", "kube-token", mk_coreweave, 8, ["t_kubeconfig", "g_dotenv", "g_gitlab_ci"]),
    ("runpod", "api-key", mk_runpod, 10, ["t_runpod_py", "g_dotenv", "g_dockerfile", "g_gha"]),
    ("vast-ai", "api-key", mk_vast, 8, ["t_vast_sh", "g_dotenv", "g_profile"]),
    ("jupyterhub", "api-token", mk_jhub, 20, ["t_jhub_config", "t_z2jh", "g_dotenv", "g_compose", "g_k8s", "g_ansible"]),
    ("huggingface", "access-token", mk_hf, 10, ["t_hf_py", "g_dotenv", "g_apptainer", "g_sbatch", "g_dockerfile", "g_spack"]),
    ("github", "personal-access-token", mk_github, 8, ["t_spack_mirrors", "g_makefile", "g_profile", "g_gitlab_ci", "g_spack"]),
    ("gitlab", "personal-access-token", mk_gitlab, 8, ["t_pipconf", "t_spack_mirrors", "g_makefile", "g_gitlab_ci", "g_dotenv"]),
    ("postgres", "db-password", mk_postgres, 14, ["t_jhub_db", "t_mlflow_server", "g_dotenv", "g_compose", "g_k8s", "g_ansible", "g_julia", "g_cpp"]),
]

MASK_PREFIX = {"dwave-leap": "DEV-", "github": "ghp_", "gitlab": "glpat-", "huggingface": "hf_", "runpod": "rpa_",
               "lambda-cloud": "secret_", "aws-braket": ""}

COMMENT = {"dotenv": "# ", "shell": "# ", "slurm-batch": "# ", "ini": "; ", "dwave-conf": "# ", "netrc": "# ", "pip-conf": "# ",
           "toml": "# ", "yaml": "# ", "k8s-yaml": "# ", "kubeconfig": "# ", "helm-values": "# ", "ansible-yaml": "# ",
           "spack-yaml": "# ", "conda-yaml": "# ", "slurm-conf": "# ", "python": "# ", "makefile": "# ", "text": ""}


def pad(r, ftype, text):
    lines = text.count("\n")
    if lines >= 5 or ftype not in COMMENT:
        return text
    c = COMMENT[ftype]
    extra = [c + "managed by %s, do not edit by hand" % pick(r, ["ansible", "the hpc team", user(r)]),
             c + "last reviewed %s" % date(r), c + "cluster: %s" % pick(r, CLUSTERS), c + "see docs/cluster-setup.md"]
    return "\n".join(extra[:5 - lines + 1]) + "\n" + text


def choose_provider(r):
    tot = sum(p[3] for p in PROVIDERS)
    x = r.random() * tot
    for p in PROVIDERS:
        x -= p[3]
        if x < 0:
            return p
    return PROVIDERS[-1]


def make_pos(r):
    prov, kind, maker, _, tl = choose_provider(r)
    tname = pick(r, tl)
    ob = r.random() < 0.5
    d = maker(r)
    path, ft, text = T[tname](r, d, ob)
    text = pad(r, ft, text)
    return path, ft, text, prov, d.get("kind", kind), d["s"]


def make_neg_reuse(r):
    prov, kind, maker, _, tl = choose_provider(r)
    tname = pick(r, tl)
    ob = r.random() < 0.5
    d = maker(r)
    ft = T[tname].ftype
    doc = AWS_DOC_SECRET if "id" in d and prov == "aws-braket" else None
    v, nk = neg_fill(r, ft, d["var"], MASK_PREFIX.get(prov, ""), doc)
    d["s"] = v
    if "id" in d and not d.get("idpublic"):
        if nk == "doc-example":
            d["id"] = AWS_DOC_ID
        elif nk == "env-reference" and v:
            d["id"] = v.replace(d["var"], "AWS_ACCESS_KEY_ID").replace(d["var"].lower(), "aws_access_key_id")
        elif nk == "masked":
            d["id"] = "AKIA" + "*" * 16
        else:
            d["id"] = pick(r, ["<access-key-id>", "YOUR_ACCESS_KEY_ID", ""]) if nk != "empty" else ""
    path, ft, text = T[tname](r, d, ob)
    text = pad(r, ft, text)
    return path, ft, text, prov, nk


def make_neg_domain(r):
    f = pick(r, NEG_DOMAIN)
    path, ft, text, prov, kind = f(r)
    return path, ft, pad(r, ft, text), prov, kind


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def generate(outdir, seed, npos=500, nneg=500):
    r = random.Random(seed)
    del ALL_SECRETS[:]
    manifest, secrets = [], []
    for i in range(npos):
        path, ft, text, prov, kind, needle = make_pos(r)
        idx = text.find(needle)
        if idx < 0 or not needle:
            raise RuntimeError("needle missing in %s" % path)
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": prov, "kind": kind, "filetype": ft})
        secrets.append({"file": rel, "needle": needle, "line": text.count("\n", 0, idx) + 1})
    order = [0] * (nneg // 2) + [1] * (nneg - nneg // 2)
    r.shuffle(order)
    for i, o in enumerate(order):
        path, ft, text, prov, kind = make_neg_reuse(r) if o == 0 else make_neg_domain(r)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=True) + "\n")
    return manifest, secrets


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: %s OUTDIR SEED\n" % argv[0])
        return 2
    outdir, seed = argv[1], int(argv[2])
    os.makedirs(outdir, exist_ok=True)
    generate(outdir, seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
