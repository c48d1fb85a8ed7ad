#!/usr/bin/env python3
"""Blind evaluation-set generator "je": scientific workflow managers and bioinformatics platforms.

EMPHASIS
    Domain: pipeline / workflow engines and life-science data platforms.  Providers:
    Nextflow + Seqera Platform (Tower) tokens, AWS keys in `aws {}` blocks and Snakemake
    S3 remotes, Azure Batch/Storage keys in Nextflow, Google service-account keys (Cromwell,
    Life Sciences, Terra/FireCloud), Google OAuth client secrets and access tokens, Galaxy
    (master_api_key, id_secret, user API keys, BioBlend, Planemo, object stores), Cromwell
    database passwords, CWL job files, WDL inputs JSON, DNAnexus (dx login --token, dxpy),
    Seven Bridges / CGC / Cavatica (auth_token, X-SBG-Auth-Token), Illumina BaseSpace
    (accessToken in default.cfg), Benchling (API keys, OAuth client secret), LabKey API keys,
    OMERO and iRODS passwords, Globus client secrets / refresh tokens, NCBI E-utilities
    api_key, Slack incoming webhooks used for pipeline notifications, GitHub tokens in the
    Nextflow SCM file, Docker Hub PATs for private containers.
    File types: nextflow.config / *.config / *.nf (Groovy), Snakefile, YAML (profiles,
    galaxy.yml, planemo, CWL jobs, GitHub workflows, Helm values), HOCON (cromwell.conf),
    JSON (WDL inputs, irods_environment.json, service-account keys, dx app), Python, R,
    shell / SLURM scripts, INI/cfg, TOML, XML (Galaxy object store), properties, Dockerfile,
    Singularity recipes, Terraform, Markdown, SQL, CSV, logs, WDL.

USAGE
    python3 -B gen_je.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness comes from one
    random.Random(SEED); output is byte-identical for equal seeds.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without surrounding quotes.
    * Key pairs (AWS access key id + secret, Benchling/Globus client id + secret): the needle
      is the secret half only; the id stays in the file as innocent context.
    * URLs with embedded credentials (JDBC/Postgres/Mongo connection strings): the needle is
      the password part only.  Slack webhooks: the needle is the whole https://hooks... URL.
    * Headers (X-SBG-Auth-Token, Authorization: Bearer ...): the needle is the token only.
    * Multi-line private keys (PEM files, service-account JSON with \\n escapes): the needle
      is the first base64 body line (64 chars) after the BEGIN line.
    * LabKey keys: the whole "apikey|<hex>" string.  Seqera tokens: the whole base64 string.

NEGATIVES
    250 re-use the positive templates with the secret slot holding a non-secret:
    placeholders (<your-token>, YOUR_API_KEY_HERE, changeme, xxxx), empty values, masked
    values (****, [REDACTED]), environment references (${VAR}, os.environ[...],
    Sys.getenv(), System.getenv(), secrets.TOWER_ACCESS_TOKEN, ${?VAR} in HOCON,
    ${{ secrets.X }}), secret-manager references (vault paths, op://, AWS Secrets Manager
    ARNs), Jinja/Ansible template expressions and providers' documented example values
    (AKIAIOSFODNN7EXAMPLE, the Seqera "eyxxxx...Q1ZTE=" placeholder, NCBI "ABCDE12345").
    Companion ids in key-pair templates become the documented example as well.
    250 are domain look-alikes: SRA/ENA run accessions, GCF_/GCA_ assemblies, ENSG ids,
    reference md5 checksums (@SQ M5), container sha256 digests, Galaxy encoded ids (16 hex),
    Cromwell workflow UUIDs, DNAnexus object ids (file-/project- + 24 chars), Seven Bridges
    ids, Seqera compute-env ids, git SHAs in modules.json, CWL sha1$ checksums, conda md5s,
    iRODS .irodsA scrambled passwords, irods_environment.json without password, public
    OAuth client ids, Globus endpoint UUIDs, ORCIDs, PGP/SSH public keys, base64 fixtures,
    Entrez email-only scripts, Ensembl/UniProt calls (no keys).  No negative is written to a
    .env / .env.local / .env.production file (.env.example is used instead).

FORMATS CHECKED (search of public docs / project pages)
    * Seqera docs: `export TOWER_ACCESS_TOKEN=eyxxxxxxxxxxxxxxxQ1ZTE=` (base64 string starting
      "ey", ending with "=" padding); tower.accessToken config scope; tokens from GitHub
      Actions `${{ secrets.TOWER_ACCESS_TOKEN }}`; workspace id is numeric.
    * Galaxy: API keys come from security.get_new_guid() (32 lowercase hex); doc example
      "baa4d6e3a156d3033f05736255f195f9" (used only as a negative); master key in tests
      "TEST123"; GALAXY_CONFIG_MASTER_API_KEY env var.
    * DNAnexus docs: `dx login --token <TOKEN>`, tokens generated in My Profile.
    * Seven Bridges R docs: SB_AUTH_TOKEN / SB_API_ENDPOINT env vars, cgc-api.sbgenomics.com.
    * Benchling: API key used as HTTP Basic username with empty password; ApiKeyAuth(...);
      ClientCredentialsOAuth2(client_id, client_secret, token_url).
    * NCBI: api_key parameter on E-utilities URLs; doc examples "ABCDE12345"/"ABCD123".
    * BaseSpace CLI: `bs auth` writes a default config; `bs -c NAME`.
    * Globus: client secret seen as 44-char base64 (32 bytes, "=" padded); client ids UUID.
    * iRODS: irods_environment.json keys (irods_host, irods_port, irods_zone_name, ...).
    * AWS key id AKIA + 16 base32 chars, 40-char secret; Google GOCSPX- client secrets,
      ya29. access tokens, PKCS#8 "BEGIN PRIVATE KEY" in service-account JSON: general
      knowledge of the providers' published formats.

DOUBTS
    * Seqera token internals: modelled as base64('{"tid": N}.' + 40 hex); only the "ey"
      start and "=" padding were visible in the docs.
    * DNAnexus token alphabet/length (modelled 32 mixed-case alphanumerics) not confirmed.
    * Seven Bridges and BaseSpace tokens modelled as 32 lowercase hex: not confirmed.
    * Benchling key modelled "sk_" + 30 alphanumerics and client secret "cs_" + 32: the
      docs seen only said "your_api_key"; prefix/length not confirmed.
    * LabKey "apikey|" + 32 hex: from memory, not confirmed by a search result.
    * NCBI real keys modelled as 36 lowercase hex (docs only say "alphanumeric string").
    * Globus refresh tokens: modelled as 60-90 alphanumerics; not confirmed.
    * GitHub classic PAT checksum: modelled as CRC32 of the 30 random chars, base62, 6 chars.
    * Docker Hub PAT "dckr_pat_" + 27 chars; DNAnexus id alphabet for look-alikes.
"""
import base64
import json
import os
import random
import re
import sys
import zlib

M = "@@S@@"
HEX = "0123456789abcdef"
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
ALNUM = UP + LO + DIG
B64 = UP + LO + DIG + "+/"
URLSAFE = UP + LO + DIG + "-_"
B32 = UP + "234567"
DXALPH = "0123456789BFGJKQPVXYZbfgjkpqvxyz"


class G(object):
    """Thin wrapper over one random.Random."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.neg = False

    def s(self, alph, n):
        return "".join(self.r.choice(alph) for _ in range(n))

    def hx(self, n):
        return self.s(HEX, n)

    def an(self, n):
        return self.s(ALNUM, n)

    def c(self, seq):
        return self.r.choice(seq)

    def i(self, a, b):
        return self.r.randint(a, b)

    def raw(self, n):
        return bytes(self.r.randrange(256) for _ in range(n))

    def b64(self, n):
        return base64.b64encode(self.raw(n)).decode()

    def uuid(self):
        h = self.hx(32)
        h = h[:12] + "4" + h[13:16] + self.c("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def date(self):
        return "20%02d-%02d-%02d" % (self.i(19, 25), self.i(1, 12), self.i(1, 28))

    def ip(self):
        return "10.%d.%d.%d" % (self.i(0, 255), self.i(0, 255), self.i(2, 250))


# ---------------------------------------------------------------- pools of innocent content
PIPES = ["nf-core/rnaseq", "nf-core/sarek", "nf-core/atacseq", "nf-core/chipseq",
         "nf-core/methylseq", "nf-core/viralrecon", "nf-core/ampliseq", "nf-core/scrnaseq",
         "nf-core/mag", "nf-core/taxprofiler", "nf-core/fetchngs", "nf-core/nanoseq"]
GENOMES = ["GRCh38", "GRCh37", "GRCm39", "GRCm38", "R64-1-1", "BDGP6", "WBcel235", "TAIR10"]
LABS = ["genomics-core", "lab-schmidt", "bioinf-platform", "ngs-facility", "cancer-genomics",
        "microbiome-lab", "single-cell-hub", "popgen-group", "clinical-seq", "plant-omics"]
USERS = ["a.kowalski", "m.nguyen", "j.oduya", "s.lindqvist", "r.patel", "l.moreau",
         "t.okafor", "e.santos", "k.tanaka", "h.weber", "d.rossi", "c.murphy"]
DOMAINS = ["uni-example.edu", "biolab.example.org", "research.example.ac.uk",
           "genome-institute.example", "example-hospital.org"]
REGIONS = ["eu-west-1", "us-east-1", "eu-central-1", "us-west-2", "ap-southeast-2"]
TOOLS = ["fastqc", "multiqc", "star", "salmon", "bwa-mem2", "samtools", "gatk4", "trimgalore",
         "bcftools", "deeptools", "macs2", "picard", "kraken2", "minimap2", "featurecounts"]
DBNAMES = ["cromwell", "galaxy", "labdb", "lims", "pipeline_meta", "sample_tracker"]


def lab(g):
    return g.c(LABS)


def user(g):
    return g.c(USERS)


def email(g):
    return "%s@%s" % (g.c(USERS), g.c(DOMAINS))


def bucket(g):
    return "%s-%s-%s" % (g.c(["s3", "ngs", "omics", "seq"]), lab(g), g.c(["data", "work", "results", "scratch"]))


def host(g, sub):
    return "%s.%s" % (sub, g.c(DOMAINS))


def srr(g):
    return g.c(["SRR", "ERR", "DRR"]) + str(g.i(1000000, 29999999))


def tool_ver(g):
    return "%d.%d.%d" % (g.i(0, 4), g.i(0, 20), g.i(0, 9))


# ---------------------------------------------------------------- secret generators
def sec_seqera(g):
    raw = '{"tid": %d}.%s' % (g.i(100, 99999), g.hx(40))
    return base64.b64encode(raw.encode()).decode()


def sec_aws(g):
    return g.s(B64, 40)


def akid(g):
    if g.neg:
        return g.c(["AKIAIOSFODNN7EXAMPLE", "<ACCESS_KEY_ID>", "${AWS_ACCESS_KEY_ID}"])
    return g.c(["AKIA", "AKIA", "ASIA"]) + g.s(B32, 16)


def sec_hex32(g):
    return g.hx(32)


def sec_idsecret(g):
    return g.s(ALNUM, g.i(28, 44))


def sec_dx(g):
    return g.an(32)


def sec_benchling(g):
    return "sk_" + g.an(30)


def sec_benchling_cs(g):
    return "cs_" + g.an(32)


def sec_labkey(g):
    return "apikey|" + g.hx(32)


def sec_ncbi(g):
    return g.hx(36)


def sec_globus(g):
    return g.b64(32)


def sec_globus_rt(g):
    return "Ag" + g.an(g.i(60, 90))


def sec_gocspx(g):
    return "GOCSPX-" + g.s(URLSAFE, 28)


def sec_ya29(g):
    return "ya29." + g.s(URLSAFE, g.i(150, 200))


def sec_slack(g):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        g.s(UP + DIG, g.i(8, 10)), g.s(UP + DIG, g.i(8, 10)), g.an(24))


def b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = (DIG + UP + LO)[d] + out
    return out.rjust(width, "0")


def sec_ghp(g):
    body = g.an(30)
    return "ghp_" + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def sec_dckr(g):
    return "dckr_pat_" + g.s(URLSAFE, 27)


def sec_azure(g):
    return g.b64(64)


def sec_pw(g):
    while True:
        p = g.s(ALNUM + "-_.+", g.i(16, 26))
        if (any(ch in DIG for ch in p) and any(ch in UP for ch in p)
                and any(ch in LO for ch in p) and p[0] not in "-_.+"):
            return p


def sec_urlpw(g):
    while True:
        p = g.s(ALNUM + "-_~", g.i(16, 24))
        if any(ch in DIG for ch in p) and any(ch in UP for ch in p) and p[0] in ALNUM:
            return p


def sec_pem(g):
    """Returns the first body line (the needle); full body via pem_body()."""
    return "MIIEv" + g.c("gQw") + "IBADANBgkqhkiG9w0BAQEFAASCBK" + g.c("gcks") + "wggS" + g.c("ijk") + "AgEAAoIBAQ" + g.s(B64, 13)


def pem_body(g, first):
    lines = [first] + [g.s(B64, 64) for _ in range(24)] + [g.s(B64, g.i(20, 60)) + "=="]
    return lines


def pem_lines(g, first, label="PRIVATE KEY"):
    return ["-----BEGIN %s-----" % label] + pem_body(g, first) + ["-----END %s-----" % label]


# ---------------------------------------------------------------- positive templates
TEMPL = []


def tp(provider, kind, lang, var, sec):
    def deco(fn):
        TEMPL.append(dict(name=fn.__name__, provider=provider, kind=kind, lang=lang,
                          var=var, sec=sec, fn=fn))
        return fn
    return deco


@tp("seqera", "platform_access_token", "nf", "TOWER_ACCESS_TOKEN", sec_seqera)
def p_nf_tower_block(g):
    p = g.c(PIPES)
    return g.c(["nextflow.config", "conf/tower.config", "conf/hpc.config"]), f"""// Nextflow configuration for {p} runs at the {lab(g)}
manifest {{
    name            = '{p}'
    nextflowVersion = '!>=23.04.0'
}}

params {{
    outdir = 's3://{bucket(g)}/results'
    genome = '{g.c(GENOMES)}'
    max_cpus = {g.c([16, 32, 64])}
}}

tower {{
    enabled     = true
    accessToken = '{M}'
    workspaceId = '{g.i(10**13, 10**14 - 1)}'
}}
"""


@tp("seqera", "platform_access_token", "sh", "TOWER_ACCESS_TOKEN", sec_seqera)
def p_slurm_tower(g):
    return g.c(["scripts/run_pipeline.slurm", "hpc/submit_nf.sbatch", "jobs/launch.sh"]), f"""#!/bin/bash
#SBATCH --job-name=nf-{g.c(['rnaseq', 'sarek', 'mag'])}
#SBATCH --partition={g.c(['long', 'batch', 'compute'])}
#SBATCH --time={g.i(12, 96)}:00:00
#SBATCH --cpus-per-task=2
#SBATCH --mem=8G
#SBATCH --output=logs/%x-%j.out

module load nextflow/{g.c(['23.10.1', '24.04.2', '24.10.0'])} singularity

export NXF_SINGULARITY_CACHEDIR=/scratch/$USER/singularity
export TOWER_ACCESS_TOKEN={M}
export TOWER_WORKSPACE_ID={g.i(10**13, 10**14 - 1)}

nextflow run {g.c(PIPES)} -r {tool_ver(g)} -profile singularity \\
    --input samplesheet.csv --outdir results -with-tower -resume
"""


@tp("seqera", "platform_access_token", "md", "TOWER_ACCESS_TOKEN", sec_seqera)
def p_md_tower(g):
    return g.c(["docs/running_on_platform.md", "README.md", "docs/hpc.md"]), f"""# Running the pipeline with Seqera Platform monitoring

1. Load the module: `module load nextflow`
2. Set the token we created for the shared service account:

```bash
export TOWER_ACCESS_TOKEN="{M}"
export TOWER_WORKSPACE_ID={g.i(10**13, 10**14 - 1)}
```

3. Launch:

```bash
nextflow run {g.c(PIPES)} -profile {g.c(['docker', 'singularity'])} -with-tower
```

Runs appear under the *{lab(g)}* workspace.
"""


@tp("seqera", "platform_access_token", "yaml", "TOWER_ACCESS_TOKEN", sec_seqera)
def p_gha_tower(g):
    return ".github/workflows/launch-tower.yml", f"""name: Launch on Seqera Platform
on:
  workflow_dispatch:
  push:
    branches: [main]

jobs:
  launch:
    runs-on: ubuntu-latest
    steps:
      - uses: seqeralabs/action-tower-launch@v2
        with:
          workspace_id: {g.i(10**13, 10**14 - 1)}
          access_token: {M}
          compute_env: {g.c(['aws-batch-spot', 'gcp-batch', 'slurm-hpc'])}
          revision: ${{{{ github.sha }}}}
          workdir: s3://{bucket(g)}/work
          parameters: |
            outdir: s3://{bucket(g)}/results
"""


@tp("seqera", "platform_access_token", "docker", "TOWER_ACCESS_TOKEN", sec_seqera)
def p_docker_tower(g):
    return g.c(["Dockerfile", "docker/launcher/Dockerfile"]), f"""FROM nextflow/nextflow:{g.c(['23.10.1', '24.04.4'])}

LABEL maintainer="{email(g)}"
RUN yum install -y awscli && yum clean all

ENV NXF_ANSI_LOG=false \\
    TOWER_ACCESS_TOKEN={M} \\
    NXF_HOME=/opt/nextflow

WORKDIR /pipeline
COPY . /pipeline
ENTRYPOINT ["nextflow", "run", "main.nf", "-with-tower"]
"""


@tp("seqera", "platform_access_token", "py", "TOWER_ACCESS_TOKEN", sec_seqera)
def p_py_tower_api(g):
    return g.c(["tools/list_runs.py", "scripts/platform_report.py"]), f"""\"\"\"List recent workflow runs from Seqera Platform.\"\"\"
import requests

API = "https://api.cloud.seqera.io"
WORKSPACE = {g.i(10**13, 10**14 - 1)}
HEADERS = {{
    "Accept": "application/json",
    "Authorization": "Bearer {M}",
}}


def runs(max_items=50):
    r = requests.get(f"{{API}}/workflow", params={{"workspaceId": WORKSPACE, "max": max_items}},
                     headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()["workflows"]


if __name__ == "__main__":
    for w in runs():
        print(w["workflow"]["runName"], w["workflow"]["status"])
"""


@tp("aws", "cloud_access_key", "nf", "AWS_SECRET_ACCESS_KEY", sec_aws)
def p_nf_aws(g):
    reg = g.c(REGIONS)
    return g.c(["conf/awsbatch.config", "nextflow.config", "conf/aws.config"]), f"""/*
 * AWS Batch profile for the {lab(g)}
 */
process {{
    executor = 'awsbatch'
    queue    = '{g.c(['spot-queue', 'ondemand-q', 'nf-batch'])}'
    container = 'quay.io/biocontainers/{g.c(TOOLS)}:{tool_ver(g)}--h{g.hx(7)}_0'
}}

workDir = 's3://{bucket(g)}/work'

aws {{
    region    = '{reg}'
    accessKey = '{akid(g)}'
    secretKey = '{M}'
    batch {{
        cliPath = '/home/ec2-user/miniconda/bin/aws'
        maxParallelTransfers = 8
    }}
}}
"""


@tp("aws", "cloud_access_key", "py", "AWS_SECRET_ACCESS_KEY", sec_aws)
def p_snake_s3(g):
    return g.c(["Snakefile", "workflow/Snakefile"]), f"""from snakemake.remote.S3 import RemoteProvider as S3RemoteProvider

configfile: "config/config.yaml"

S3 = S3RemoteProvider(access_key_id="{akid(g)}", secret_access_key="{M}")
SAMPLES = config["samples"]


rule all:
    input:
        expand("results/{{sample}}.sorted.bam", sample=SAMPLES)


rule fetch_fastq:
    input:
        S3.remote("{bucket(g)}/raw/{{sample}}_R1.fastq.gz")
    output:
        "data/{{sample}}_R1.fastq.gz"
    shell:
        "cp {{input}} {{output}}"
"""


@tp("aws", "cloud_access_key", "yaml", "AWS_SECRET_ACCESS_KEY", sec_aws)
def p_snake_profile(g):
    return g.c(["profiles/aws/config.yaml", "workflow/profiles/default/config.yaml"]), f"""# Snakemake profile: cluster execution with S3 default remote
jobs: {g.c([50, 100, 200])}
use-conda: true
latency-wait: 60
default-remote-provider: S3
default-remote-prefix: {bucket(g)}/snakemake
envvars:
  - AWS_DEFAULT_REGION
set-resources:
  - bwa_map:mem_mb={g.c([8000, 16000])}
# credentials for the shared analysis bucket
remote-access-key-id: {akid(g)}
remote-secret-access-key: {M}
"""


@tp("aws", "cloud_access_key", "tf", "AWS_SECRET_ACCESS_KEY", sec_aws)
def p_tf_aws(g):
    reg = g.c(REGIONS)
    return g.c(["infra/batch/main.tf", "terraform/providers.tf"]), f"""terraform {{
  required_providers {{
    aws = {{
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }}
  }}
}}

provider "aws" {{
  region     = "{reg}"
  access_key = "{akid(g)}"
  secret_key = "{M}"
}}

resource "aws_batch_job_queue" "nextflow" {{
  name     = "nextflow-{lab(g)}"
  state    = "ENABLED"
  priority = 1
  compute_environment_order {{
    order               = 1
    compute_environment = aws_batch_compute_environment.spot.arn
  }}
}}
"""


@tp("aws", "cloud_access_key", "xml", "AWS_SECRET_ACCESS_KEY", sec_aws)
def p_galaxy_objstore(g):
    return g.c(["config/object_store_conf.xml", "galaxy/config/object_store_conf.xml"]), f"""<?xml version="1.0"?>
<object_store type="distributed" id="primary">
    <backends>
        <backend id="files1" type="disk" weight="1">
            <files_dir path="/data/galaxy/files1"/>
            <extra_dir type="job_work" path="/scratch/galaxy/jobs"/>
        </backend>
        <backend id="s3archive" type="aws_s3" weight="0">
            <auth access_key="{akid(g)}" secret_key="{M}"/>
            <bucket name="{bucket(g)}" use_reduced_redundancy="False"/>
            <cache path="/data/galaxy/s3cache" size="{g.c([500, 1000, 2000])}"/>
        </backend>
    </backends>
</object_store>
"""


@tp("aws", "cloud_access_key", "hocon", "AWS_SECRET_ACCESS_KEY", sec_aws)
def p_cromwell_aws(g):
    return g.c(["cromwell/aws.conf", "config/cromwell-aws.conf"]), f"""include required(classpath("application"))

aws {{
  application-name = "cromwell"
  auths = [{{
    name = "default"
    scheme = "custom_keys"
    access-key = "{akid(g)}"
    secret-key = "{M}"
  }}]
  region = "{g.c(REGIONS)}"
}}

engine {{ filesystems {{ s3.auth = "default" }} }}

backend {{
  default = "AWSBatch"
}}
"""


@tp("aws", "cloud_access_key", "ini", "AWS_SECRET_ACCESS_KEY", sec_aws)
def p_aws_credfile(g):
    return g.c(["deploy/aws/credentials", "hpc/aws-credentials.ini"]), f"""# shared credentials for the pipeline service user (see docs/aws.md)
[default]
region = {g.c(REGIONS)}
output = json

[nextflow-batch]
aws_access_key_id = {akid(g)}
aws_secret_access_key = {M}
"""


@tp("azure", "cloud_access_key", "nf", "AZURE_STORAGE_KEY", sec_azure)
def p_nf_azure(g):
    acct = lab(g).replace("-", "") + "sa"
    return g.c(["conf/azurebatch.config", "nextflow.config"]), f"""process.executor = 'azurebatch'
workDir = 'az://nextflow-work/{lab(g)}'

azure {{
    storage {{
        accountName = '{acct}'
        accountKey  = '{M}'
    }}
    batch {{
        location   = '{g.c(['westeurope', 'eastus', 'northeurope'])}'
        accountName = '{acct}batch'
        autoPoolMode = true
        allowPoolCreation = true
    }}
}}
"""


@tp("google", "service_account_key", "json", "GOOGLE_APPLICATION_CREDENTIALS", sec_pem)
def p_gsa_json(g):
    proj = "%s-%d" % (lab(g), g.i(100000, 999999))
    cid = str(g.i(10**20, 10**21 - 1))
    if g.neg:
        pk = M
    else:
        rest = "\\n".join(pem_body(g, "x")[1:])
        pk = "-----BEGIN PRIVATE KEY-----\\n" + M + "\\n" + rest + "\\n-----END PRIVATE KEY-----\\n"
    path = g.c(["credentials/cromwell-sa.json", "config/gcp-service-account.json", "secrets/terra-runner.json"])
    return path, f"""{{
  "type": "service_account",
  "project_id": "{proj}",
  "private_key_id": "{g.hx(40) if not g.neg else ''}",
  "private_key": "{pk}",
  "client_email": "cromwell-runner@{proj}.iam.gserviceaccount.com",
  "client_id": "{cid}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/cromwell-runner%40{proj}.iam.gserviceaccount.com"
}}
"""


@tp("google", "service_account_key", "pem", "GOOGLE_APPLICATION_CREDENTIALS", sec_pem)
def p_gsa_pem(g):
    lines = pem_lines(g, M)
    path = g.c(["keys/lifesciences-runner.pem", "deploy/gcp/runner-key.pem"])
    if g.neg:
        lines = ["# service-account key goes here (kept in Secret Manager)", M]
    return path, "\n".join(lines) + "\n"


@tp("google", "oauth_client_secret", "json", "FIRECLOUD_CLIENT_SECRET", sec_gocspx)
def p_terra_client(g):
    num = g.i(10**11, 10**12 - 1)
    return g.c(["config/client_secret.json", "terra/oauth_client.json"]), f"""{{
  "installed": {{
    "client_id": "{num}-{g.s(LO + DIG, 32)}.apps.googleusercontent.com",
    "project_id": "{lab(g)}-terra",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "client_secret": "{M}",
    "redirect_uris": ["http://localhost"]
  }}
}}
"""


@tp("google", "oauth_access_token", "sh", "FIRECLOUD_TOKEN", sec_ya29)
def p_firecloud_curl(g):
    ns = lab(g)
    return g.c(["scripts/terra_submit.sh", "tools/firecloud_list.sh"]), f"""#!/usr/bin/env bash
# list submissions in the Terra workspace (token from gcloud auth print-access-token)
set -euo pipefail
NS={ns}
WS={g.c(['wgs-cohort', 'rnaseq-2024', 'gwas-pilot'])}
curl -sS -X GET \\
  "https://api.firecloud.org/api/workspaces/$NS/$WS/submissions" \\
  -H "accept: application/json" \\
  -H "Authorization: Bearer {M}" | jq '.[] | .submissionId'
"""


@tp("cromwell", "database_password", "hocon", "CROMWELL_DB_PASSWORD", sec_pw)
def p_cromwell_db(g):
    return g.c(["cromwell.conf", "config/cromwell.conf", "deploy/cromwell/application.conf"]), f"""include required(classpath("application"))

webservice {{
  port = 8000
  interface = 0.0.0.0
}}

call-caching {{
  enabled = true
  invalidate-bad-cache-results = true
}}

database {{
  profile = "slick.jdbc.MySQLProfile$"
  db {{
    driver = "com.mysql.cj.jdbc.Driver"
    url = "jdbc:mysql://{host(g, 'mysql')}/cromwell?rewriteBatchedStatements=true&useSSL=false"
    user = "cromwell"
    password = "{M}"
    connectionTimeout = 5000
  }}
}}
"""


@tp("cromwell", "database_password", "hocon", "CROMWELL_DB_PASSWORD", sec_urlpw)
def p_cromwell_dburl(g):
    return g.c(["config/cromwell-pg.conf", "cromwell/local.conf"]), f"""include required(classpath("application"))

backend.default = "SLURM"

database {{
  profile = "slick.jdbc.PostgresProfile$"
  db {{
    driver = "org.postgresql.Driver"
    url = "jdbc:postgresql://{host(g, 'pg')}:5432/cromwell?user=cromwell&password={M}&sslmode=require"
    port = 5432
    numThreads = 10
  }}
}}
"""


@tp("galaxy", "signing_secret", "yaml", "GALAXY_CONFIG_ID_SECRET", sec_idsecret)
def p_galaxy_idsecret(g):
    return g.c(["config/galaxy.yml", "galaxy/config/galaxy.yml"]), f"""gravity:
  process_manager: systemd
  galaxy_root: /srv/galaxy/server
  gunicorn:
    bind: localhost:8080
    workers: {g.c([2, 4, 8])}

galaxy:
  brand: {lab(g)}
  database_connection: postgresql:///galaxy?host=/var/run/postgresql
  file_path: /data/galaxy/datasets
  admin_users: {email(g)},{email(g)}
  id_secret: {M}
  allow_user_creation: false
  require_login: true
  tool_config_file: tool_conf.xml,shed_tool_conf.xml
"""


@tp("galaxy", "api_key", "yaml", "GALAXY_CONFIG_MASTER_API_KEY", sec_hex32)
def p_galaxy_master(g):
    return g.c(["group_vars/galaxyservers.yml", "ansible/group_vars/galaxy.yml"]), f"""---
galaxy_create_user: true
galaxy_separate_privileges: true
galaxy_manage_paths: true
galaxy_layout: root-dir
galaxy_root: /srv/galaxy
galaxy_commit_id: release_{g.c(['23.1', '23.2', '24.0', '24.1'])}

galaxy_config:
  galaxy:
    brand: "{lab(g)}"
    admin_users: {email(g)}
    master_api_key: "{M}"
    database_connection: "postgresql:///galaxy?host=/var/run/postgresql"
    object_store_store_by: uuid
"""


@tp("galaxy", "api_key", "py", "GALAXY_API_KEY", sec_hex32)
def p_bioblend(g):
    return g.c(["scripts/upload_datasets.py", "tools/galaxy_batch.py", "bioblend_run.py"]), f"""from bioblend.galaxy import GalaxyInstance

gi = GalaxyInstance("https://{host(g, 'galaxy')}", key="{M}")

history = gi.histories.create_history(name="{g.c(['RNA-seq batch', 'Variant calling', 'QC run'])} {g.date()}")
for path in ["data/sample1_R1.fastq.gz", "data/sample1_R2.fastq.gz"]:
    gi.tools.upload_file(path, history["id"], file_type="fastqsanger.gz")

wf = gi.workflows.get_workflows(name="{g.c(['RNA-seq PE', 'GATK best practices', 'ChIP-seq'])}")[0]
print(gi.workflows.invoke_workflow(wf["id"], history_id=history["id"]))
"""


@tp("galaxy", "api_key", "py", "GALAXY_API_KEY", sec_hex32)
def p_bioblend_pos(g):
    return g.c(["notebooks/galaxy_helpers.py", "lib/galaxy_client.py"]), f"""import logging
from bioblend import galaxy

log = logging.getLogger(__name__)
SERVER = "https://usegalaxy.{g.c(['eu', 'org', 'org.au'])}"


def connect():
    # service account used by the nightly sync job
    return galaxy.GalaxyInstance(SERVER, "{M}")


def list_histories():
    gi = connect()
    return [h["name"] for h in gi.histories.get_histories()]
"""


@tp("galaxy", "api_key", "yaml", "PLANEMO_GALAXY_KEY", sec_hex32)
def p_planemo(g):
    return g.c([".planemo.yml", "ci/planemo.yml"]), f"""## Planemo global configuration
sheds:
  toolshed:
    key: "{M}"
  testtoolshed:
    key: ""
galaxy_url: https://{host(g, 'galaxy')}
galaxy_user_key_test: ""
default_engine: external_galaxy
galaxy_branch: release_{g.c(['23.2', '24.0', '24.1'])}
"""


@tp("galaxy", "api_key", "sh", "GALAXY_API_KEY", sec_hex32)
def p_galaxy_curl(g):
    return g.c(["scripts/galaxy_jobs.sh", "admin/purge_histories.sh"]), f"""#!/bin/sh
# report running jobs on the production Galaxy
GALAXY=https://{host(g, 'galaxy')}
curl -s -H "x-api-key: {M}" "$GALAXY/api/jobs?state=running&limit=200" \\
  | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'
"""


@tp("galaxy", "api_key", "sql", "GALAXY_API_KEY", sec_hex32)
def p_galaxy_sql(g):
    return g.c(["db/seed_test_users.sql", "sql/bootstrap_admin.sql"]), f"""-- Bootstrap admin account for the training instance
BEGIN;
INSERT INTO galaxy_user (email, username, password, active, create_time)
VALUES ('{email(g)}', 'training-admin', 'PBKDF2$sha256$100000$placeholder$hash', true, now());

INSERT INTO api_keys (user_id, key, create_time, deleted)
VALUES (currval('galaxy_user_id_seq'), '{M}', now(), false);
COMMIT;
"""


@tp("galaxy", "api_key", "csv", "GALAXY_API_KEY", sec_hex32)
def p_galaxy_csv(g):
    rows = "\n".join("%s,%s,%s" % (email(g), g.c(["RNA-seq", "WGS", "16S"]), g.date()) for _ in range(3))
    return g.c(["training/participants.csv", "admin/service_accounts.csv"]), f"""email,course,created,api_key
{email(g)},bootstrap,{g.date()},{M}
{rows}
""".replace(rows, "\n".join(r + "," for r in rows.split("\n")))


@tp("dnanexus", "platform_access_token", "sh", "DX_API_TOKEN", sec_dx)
def p_dx_login(g):
    return g.c(["scripts/dx_upload.sh", "ci/dx_deploy.sh"]), f"""#!/bin/bash
set -e
# non-interactive login for the build agent
dx login --token {M} --noprojects
dx select project-{g.s(DXALPH, 24)}
dx build --overwrite --destination /apps/{g.c(TOOLS)}/ ./applets/{g.c(TOOLS)}
dx upload --brief --path /raw/ data/*.fastq.gz
"""


@tp("dnanexus", "platform_access_token", "py", "DX_API_TOKEN", sec_dx)
def p_dxpy(g):
    return g.c(["pipeline/dx_helpers.py", "scripts/launch_dx.py"]), f"""import dxpy

dxpy.set_security_context({{"auth_token_type": "Bearer", "auth_token": "{M}"}})
dxpy.set_workspace_id("project-{g.s(DXALPH, 24)}")

applet = dxpy.DXApplet("applet-{g.s(DXALPH, 24)}")
job = applet.run({{"reads": dxpy.dxlink("file-{g.s(DXALPH, 24)}")}}, name="{g.c(TOOLS)} run")
print(job.get_id())
"""


@tp("dnanexus", "platform_access_token", "json", "DX_SECURITY_CONTEXT", sec_dx)
def p_dx_env(g):
    return g.c(["deploy/dnanexus/environment.json", "config/dx_environment.json"]), f"""{{
  "DX_APISERVER_HOST": "api.dnanexus.com",
  "DX_APISERVER_PORT": "443",
  "DX_APISERVER_PROTOCOL": "https",
  "DX_PROJECT_CONTEXT_ID": "project-{g.s(DXALPH, 24)}",
  "DX_SECURITY_CONTEXT": "{{\\"auth_token_type\\": \\"Bearer\\", \\"auth_token\\": \\"{M}\\"}}",
  "DX_USERNAME": "{user(g).replace('.', '_')}"
}}
"""


@tp("sevenbridges", "platform_access_token", "ini", "SB_AUTH_TOKEN", sec_hex32)
def p_sbg_credentials(g):
    return g.c(["deploy/sevenbridges/credentials", "config/sbg_credentials.ini"]), f"""[default]
api_endpoint = https://api.sbgenomics.com/v2
auth_token = {M}

[cgc]
api_endpoint = https://cgc-api.sbgenomics.com/v2
auth_token =
"""


@tp("sevenbridges", "platform_access_token", "py", "SB_AUTH_TOKEN", sec_hex32)
def p_sbg_py(g):
    return g.c(["scripts/cgc_copy_files.py", "tools/sbg_tasks.py"]), f"""import sevenbridges as sbg

api = sbg.Api(url="https://cgc-api.sbgenomics.com/v2", token="{M}")
project = api.projects.get(id="{user(g).replace('.', '')}/{g.c(['tcga-rnaseq', 'wgs-pilot', 'pdx-study'])}")

for f in api.files.query(project=project, limit=100).all():
    if f.name.endswith(".bam"):
        print(f.id, f.name, f.size)
"""


@tp("sevenbridges", "platform_access_token", "r", "SB_AUTH_TOKEN", sec_hex32)
def p_sbg_httr(g):
    return g.c(["R/cavatica_query.R", "analysis/sbg_api.R"]), f"""library(httr)
library(jsonlite)

base <- "https://cavatica-api.sbgenomics.com/v2"
res <- GET(paste0(base, "/projects"),
           add_headers("X-SBG-Auth-Token" = "{M}"),
           query = list(limit = 50))
stop_for_status(res)
projects <- fromJSON(content(res, as = "text"))$items
print(projects[, c("id", "name")])
"""


@tp("sevenbridges", "platform_access_token", "log", "SB_AUTH_TOKEN", sec_hex32)
def p_sbg_log(g):
    t = "%s %02d:%02d:%02d" % (g.date(), g.i(0, 23), g.i(0, 59), g.i(0, 59))
    return g.c(["logs/sync-cgc.log", "logs/api_debug.log"]), f"""{t},101 INFO  sync starting for project {g.c(['tcga-rnaseq', 'pdx-study'])}
{t},233 DEBUG Starting new HTTPS connection (1): cgc-api.sbgenomics.com:443
{t},234 DEBUG send: GET /v2/files?project=x&limit=100 HTTP/1.1
{t},234 DEBUG header: X-SBG-Auth-Token: {M}
{t},235 DEBUG header: Accept: application/json
{t},611 DEBUG https://cgc-api.sbgenomics.com:443 "GET /v2/files?limit=100 HTTP/1.1" 200 18231
{t},702 INFO  142 files listed, 0 new
"""


@tp("basespace", "platform_access_token", "ini", "BASESPACE_ACCESS_TOKEN", sec_hex32)
def p_bs_cfg(g):
    return g.c([".basespace/default.cfg", "config/basespace/default.cfg", "deploy/bs-workgroup.cfg"]), f"""apiServer   = https://api.{g.c(['basespace.illumina.com', 'euc1.sh.basespace.illumina.com'])}
accessToken = {M}
"""


@tp("basespace", "platform_access_token", "py", "BASESPACE_ACCESS_TOKEN", sec_hex32)
def p_bs_py(g):
    return g.c(["scripts/bs_download_run.py", "tools/basespace_sync.py"]), f"""import requests

BASE = "https://api.basespace.illumina.com/v2"
TOKEN = "{M}"


def list_runs():
    r = requests.get(f"{{BASE}}/runs", headers={{"x-access-token": TOKEN}}, params={{"limit": 25}})
    r.raise_for_status()
    return [(run["Id"], run["ExperimentName"]) for run in r.json()["Items"]]


for run_id, name in list_runs():
    print(run_id, name)
"""


@tp("benchling", "api_key", "py", "BENCHLING_API_KEY", sec_benchling)
def p_benchling_key(g):
    return g.c(["integrations/benchling_sync.py", "scripts/register_plasmids.py"]), f"""from benchling_sdk.benchling import Benchling
from benchling_sdk.auth.api_key_auth import ApiKeyAuth

benchling = Benchling(
    url="https://{lab(g)}.benchling.com",
    auth_method=ApiKeyAuth("{M}"),
)

for page in benchling.dna_sequences.list(folder_id="lib_{g.an(8)}"):
    for seq in page:
        print(seq.id, seq.name, len(seq.bases))
"""


@tp("benchling", "oauth_client_secret", "py", "BENCHLING_CLIENT_SECRET", sec_benchling_cs)
def p_benchling_oauth(g):
    tenant = "https://%s.benchling.com" % lab(g)
    return g.c(["app/benchling_client.py", "integrations/benchling_app.py"]), f"""from benchling_sdk.benchling import Benchling
from benchling_sdk.auth.client_credentials_oauth2 import ClientCredentialsOAuth2

TENANT = "{tenant}"
auth = ClientCredentialsOAuth2(
    client_id="{g.uuid()}",
    client_secret="{M}",
    token_url=f"{{TENANT}}/api/v2/token",
)
benchling = Benchling(url=TENANT, auth_method=auth)
"""


@tp("benchling", "api_key", "sh", "BENCHLING_API_KEY", sec_benchling)
def p_benchling_curl(g):
    return g.c(["scripts/benchling_export.sh", "tools/fetch_entries.sh"]), f"""#!/usr/bin/env bash
TENANT=https://{lab(g)}.benchling.com
curl -s "$TENANT/api/v2/entries?pageSize=50" \\
  -u "{M}:" | jq -r '.entries[] | [.id, .name] | @tsv'
"""


@tp("labkey", "api_key", "r", "LABKEY_API_KEY", sec_labkey)
def p_labkey_r(g):
    return g.c(["R/labkey_pull.R", "analysis/fetch_assays.R"]), f"""library(Rlabkey)

labkey.setDefaults(apiKey = "{M}",
                   baseUrl = "https://{host(g, 'labkey')}/labkey")

rows <- labkey.selectRows(
  folderPath = "/{lab(g)}/Assays",
  schemaName = "assay.General.{g.c(['Plate Reader', 'ELISA', 'qPCR'])}",
  queryName  = "Data",
  colNameOpt = "rname"
)
head(rows)
"""


@tp("labkey", "api_key", "properties", "LABKEY_API_KEY", sec_labkey)
def p_labkey_props(g):
    return g.c(["src/main/resources/application.properties", "config/lims.properties"]), f"""# LIMS bridge configuration
server.port=8085
spring.application.name=lims-bridge
labkey.baseUrl=https://{host(g, 'labkey')}/labkey
labkey.container=/{lab(g)}/Samples
labkey.apiKey={M}
labkey.pollIntervalSeconds=300
logging.level.org.labkey=INFO
"""


@tp("omero", "password", "sh", "OMERO_PASSWORD", sec_pw)
def p_omero_login(g):
    return g.c(["scripts/omero_import.sh", "imaging/bulk_import.sh"]), f"""#!/bin/bash
# bulk import of plate scans into OMERO
SERVER={host(g, 'omero')}
omero login -s $SERVER -u {user(g).replace('.', '')} -w '{M}' -p 4064
omero import --bulk imaging/bulk.yml -T Dataset:name:{g.c(['Plate_', 'Screen_', 'Run_'])}{g.i(1, 99)}
omero logout
"""


@tp("omero", "password", "py", "OMERO_PASSWORD", sec_pw)
def p_omero_py(g):
    return g.c(["imaging/omero_export.py", "scripts/fetch_thumbnails.py"]), f"""from omero.gateway import BlitzGateway

conn = BlitzGateway("{user(g).replace('.', '')}", "{M}", host="{host(g, 'omero')}", port=4064, secure=True)
conn.connect()
try:
    for image in conn.getObjects("Image", opts={{"dataset": {g.i(100, 9999)}}}):
        print(image.getId(), image.getName())
finally:
    conn.close()
"""


@tp("irods", "password", "py", "IRODS_PASSWORD", sec_pw)
def p_irods_py(g):
    return g.c(["scripts/irods_put.py", "transfer/irods_sync.py"]), f"""from irods.session import iRODSSession

with iRODSSession(host="{host(g, 'irods')}", port=1247, user="{user(g).replace('.', '')}",
                  password="{M}", zone="{g.c(['tempZone', 'nlumc', 'seqZone'])}") as session:
    coll = session.collections.get("/seqZone/home/projects/{lab(g)}")
    for obj in coll.data_objects:
        print(obj.name, obj.size, obj.checksum)
"""


@tp("irods", "password", "json", "IRODS_PASSWORD", sec_pw)
def p_irods_env(g):
    return g.c(["config/irods_environment.json", ".irods/irods_environment.json"]), f"""{{
    "irods_host": "{host(g, 'irods')}",
    "irods_port": 1247,
    "irods_user_name": "{user(g).replace('.', '')}",
    "irods_zone_name": "{g.c(['tempZone', 'seqZone', 'archZone'])}",
    "irods_authentication_scheme": "native",
    "irods_password": "{M}",
    "irods_client_server_policy": "CS_NEG_REQUIRE",
    "irods_encryption_algorithm": "AES-256-CBC",
    "irods_encryption_key_size": 32
}}
"""


@tp("globus", "oauth_client_secret", "py", "GLOBUS_CLIENT_SECRET", sec_globus)
def p_globus_cc(g):
    return g.c(["transfer/globus_move.py", "scripts/archive_to_tape.py"]), f"""import globus_sdk

CLIENT_ID = "{g.uuid()}"
CLIENT_SECRET = "{M}"
SRC = "{g.uuid()}"
DST = "{g.uuid()}"

client = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET)
authorizer = globus_sdk.ClientCredentialsAuthorizer(client, globus_sdk.TransferClient.scopes.all)
tc = globus_sdk.TransferClient(authorizer=authorizer)
tdata = globus_sdk.TransferData(tc, SRC, DST, label="nightly {lab(g)} archive")
tdata.add_item("/sequencing/runs/", "/archive/runs/", recursive=True)
print(tc.submit_transfer(tdata)["task_id"])
"""


@tp("globus", "oauth_client_secret", "yaml", "GLOBUS_CLIENT_SECRET", sec_globus)
def p_globus_yaml(g):
    return g.c(["deploy/values.yaml", "config/transfer-service.yaml"]), f"""replicaCount: 1
image:
  repository: ghcr.io/{lab(g)}/transfer-bot
  tag: "{tool_ver(g)}"
globus:
  clientId: {g.uuid()}
  clientSecret: "{M}"
  sourceEndpoint: {g.uuid()}
  destinationEndpoint: {g.uuid()}
resources:
  limits:
    memory: 256Mi
"""


@tp("globus", "refresh_token", "json", "GLOBUS_REFRESH_TOKEN", sec_globus_rt)
def p_globus_tokens(g):
    return g.c(["config/globus_tokens.json", "cache/transfer_tokens.json"]), f"""{{
  "transfer.api.globus.org": {{
    "scope": "urn:globus:auth:scope:transfer.api.globus.org:all",
    "resource_server": "transfer.api.globus.org",
    "token_type": "Bearer",
    "expires_at_seconds": {g.i(1700000000, 1790000000)},
    "refresh_token": "{M}"
  }}
}}
"""


@tp("ncbi", "api_key", "py", "NCBI_API_KEY", sec_ncbi)
def p_entrez_py(g):
    return g.c(["scripts/fetch_genbank.py", "utils/entrez_fetch.py"]), f"""from Bio import Entrez, SeqIO

Entrez.email = "{email(g)}"
Entrez.api_key = "{M}"

handle = Entrez.esearch(db="nucleotide", term="{g.c(['SARS-CoV-2[orgn] AND complete genome', 'Mycobacterium tuberculosis[orgn] AND rpoB'])}", retmax=200)
ids = Entrez.read(handle)["IdList"]
with Entrez.efetch(db="nucleotide", id=",".join(ids), rettype="gb", retmode="text") as fh:
    SeqIO.write(SeqIO.parse(fh, "genbank"), "data/sequences.gb", "genbank")
"""


@tp("ncbi", "api_key", "r", "ENTREZ_KEY", sec_ncbi)
def p_rentrez(g):
    return g.c(["R/pubmed_counts.R", "analysis/entrez.R"]), f"""library(rentrez)

set_entrez_key("{M}")
res <- entrez_search(db = "pubmed", term = "{g.c(['CRISPR screen', 'single-cell RNA-seq', 'long-read assembly'])}[TIAB]", retmax = 500)
summ <- entrez_summary(db = "pubmed", id = res$ids[1:20])
extract_from_esummary(summ, "title")
"""


@tp("ncbi", "api_key", "sh", "NCBI_API_KEY", sec_ncbi)
def p_eutils_url(g):
    return g.c(["scripts/get_assemblies.sh", "bin/download_refs.sh"]), f"""#!/usr/bin/env bash
set -euo pipefail
TERM_Q="{g.c(['Escherichia coli', 'Staphylococcus aureus', 'Klebsiella pneumoniae'])}[orgn] AND latest[filter]"
curl -s "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi?db=assembly&retmax=500&api_key={M}&term=$(jq -rn --arg t "$TERM_Q" '$t|@uri')" \\
  > work/assembly_ids.xml
"""


@tp("ncbi", "api_key", "nf", "NCBI_API_KEY", sec_ncbi)
def p_nf_fetchngs(g):
    return g.c(["conf/fetchngs.config", "custom.config"]), f"""// parameters for nf-core/fetchngs at the {lab(g)}
params {{
    input              = 'ids.csv'
    outdir             = 'results/fetchngs'
    download_method    = 'sratools'
    nf_core_pipeline   = 'rnaseq'
}}

env {{
    NCBI_API_KEY = '{M}'
}}
"""


@tp("slack", "webhook_url", "nf", "SLACK_WEBHOOK", sec_slack)
def p_nf_hook(g):
    return g.c(["conf/notifications.config", "nextflow.config"]), f"""params {{
    email_on_fail = '{email(g)}'
    hook_url      = '{M}'
    plaintext_email = false
}}

notification {{
    enabled = true
    to      = '{email(g)}'
}}
"""


@tp("slack", "webhook_url", "yaml", "SLACK_WEBHOOK", sec_slack)
def p_snake_slack(g):
    return g.c(["config/config.yaml", "config/notify.yaml"]), f"""samples: config/samples.tsv
units: config/units.tsv
ref:
  species: homo_sapiens
  release: {g.i(100, 112)}
  build: {g.c(['GRCh38', 'GRCh37'])}
trimming:
  activate: true
notify:
  slack_webhook: {M}
  on: [error, success]
"""


@tp("github", "access_token", "nf", "NXF_GITHUB_TOKEN", sec_ghp)
def p_nf_scm(g):
    return g.c([".nextflow/scm", "config/scm"]), f"""providers {{
    github {{
        user     = '{user(g).replace('.', '-')}'
        password = '{M}'
    }}
    internal {{
        server   = 'https://{host(g, 'git')}'
        platform = 'gitlab'
    }}
}}
"""


@tp("docker", "access_token", "singularity", "SINGULARITY_DOCKER_PASSWORD", sec_dckr)
def p_singularity(g):
    return g.c(["containers/Singularity.def", "singularity/variant-caller.def"]), f"""Bootstrap: docker
From: {lab(g)}/{g.c(TOOLS)}:{tool_ver(g)}

%environment
    export LC_ALL=C
    export SINGULARITY_DOCKER_USERNAME={user(g).replace('.', '')}
    export SINGULARITY_DOCKER_PASSWORD={M}

%post
    apt-get update && apt-get install -y --no-install-recommends procps
    rm -rf /var/lib/apt/lists/*

%labels
    Author {email(g)}
    Version {tool_ver(g)}
"""


@tp("docker", "access_token", "nf", "DOCKER_PASSWORD", sec_dckr)
def p_nf_registry(g):
    return g.c(["conf/containers.config", "conf/private_registry.config"]), f"""docker {{
    enabled  = true
    registry = 'docker.io'
    runOptions = '-u $(id -u):$(id -g)'
}}

// private images for the in-house tools
env {{
    DOCKER_USER = '{user(g).replace('.', '')}'
    DOCKER_PASS = '{M}'
}}

process {{
    withLabel: 'inhouse' {{ container = '{lab(g)}/qc-tools:{tool_ver(g)}' }}
}}
"""


@tp("seqera", "platform_access_token", "toml", "TOWER_ACCESS_TOKEN", sec_seqera)
def p_toml_tower(g):
    return g.c(["launcher.toml", "config/launcher.toml"]), f"""[launcher]
pipeline = "{g.c(PIPES)}"
revision = "{tool_ver(g)}"
profile = "{g.c(['docker', 'singularity'])}"

[seqera]
endpoint = "https://api.cloud.seqera.io"
workspace_id = {g.i(10**13, 10**14 - 1)}
token = "{M}"

[storage]
work_dir = "s3://{bucket(g)}/work"
"""


@tp("seqera", "platform_access_token", "nf", "TOWER_ACCESS_TOKEN", sec_seqera)
def p_nf_main_script(g):
    return g.c(["main.nf", "workflows/launch.nf"]), f"""#!/usr/bin/env nextflow
nextflow.enable.dsl = 2

params.reads = 'data/*_R{{1,2}}.fastq.gz'
params.api   = 'https://api.cloud.seqera.io'
def platformToken = '{M}'

process FASTQC {{
    tag "$sample"
    container 'quay.io/biocontainers/fastqc:0.12.1--hdfd78af_0'
    input:
    tuple val(sample), path(reads)
    output:
    path '*.zip'
    script:
    \"\"\"
    fastqc -t $task.cpus $reads
    \"\"\"
}}

workflow {{
    Channel.fromFilePairs(params.reads) | FASTQC
}}
"""


@tp("cwl", "platform_access_token", "cwl", "SB_AUTH_TOKEN", sec_hex32)
def p_cwl_job(g):
    return g.c(["jobs/download-job.yml", "cwl/inputs/fetch.yml"]), f"""# cwltool workflows/fetch_sbg.cwl jobs/download-job.yml
api_endpoint: https://api.sbgenomics.com/v2
auth_token: {M}
file_ids:
  - {g.hx(24)}
  - {g.hx(24)}
output_dir:
  class: Directory
  location: ./downloads
"""


@tp("wdl", "api_key", "json", "NCBI_API_KEY", sec_ncbi)
def p_wdl_inputs(g):
    wf = g.c(["FetchReferences", "SraToFastq", "AnnotateVariants"])
    return g.c(["inputs/%s.inputs.json" % wf.lower(), "wdl/inputs.json"]), f"""{{
  "{wf}.accessions": ["{srr(g)}", "{srr(g)}", "{srr(g)}"],
  "{wf}.ncbi_api_key": "{M}",
  "{wf}.docker": "quay.io/biocontainers/sra-tools:3.0.{g.i(0, 9)}--h9f5acd7_0",
  "{wf}.threads": {g.c([4, 8])}
}}
"""


@tp("terra", "oauth_access_token", "wdl", "TERRA_TOKEN", sec_ya29)
def p_wdl_task(g):
    return g.c(["wdl/tasks/upload.wdl", "workflows/export_results.wdl"]), f"""version 1.0

task UploadToWorkspace {{
  input {{
    File results
    String bucket = "gs://fc-{g.uuid()}"
  }}
  command <<<
    set -e
    export CLOUDSDK_AUTH_ACCESS_TOKEN="{M}"
    gsutil cp ~{{results}} ~{{bucket}}/exports/
  >>>
  runtime {{
    docker: "gcr.io/google.com/cloudsdktool/cloud-sdk:{g.i(400, 480)}.0.0-slim"
    memory: "2 GB"
  }}
}}
"""


@tp("benchling", "api_key", "env", "BENCHLING_API_KEY", sec_benchling)
def p_dotenv(g):
    return g.c([".env", ".env.local"]), f"""BENCHLING_TENANT=https://{lab(g)}.benchling.com
BENCHLING_API_KEY={M}
REGISTRY_ID=src_{g.an(8)}
LOG_LEVEL=info
"""


@tp("galaxy", "database_password", "yaml", "GALAXY_DB_PASSWORD", sec_urlpw)
def p_galaxy_dburl(g):
    return g.c(["galaxy/config/galaxy.yml", "config/galaxy.yml"]), f"""galaxy:
  database_connection: postgresql://galaxy:{M}@{host(g, 'db')}:5432/galaxy
  install_database_connection: sqlite:///./database/install.sqlite?isolation_level=IMMEDIATE
  file_path: /data/galaxy/objects
  job_config_file: job_conf.yml
  admin_users: {email(g)}
  watch_tools: 'false'
"""


@tp("labkey", "database_password", "xml", "LABKEY_DB_PASSWORD", sec_pw)
def p_labkey_xml(g):
    return g.c(["tomcat/conf/Catalina/localhost/labkey.xml", "deploy/labkey.xml"]), f"""<?xml version="1.0" encoding="UTF-8"?>
<Context docBase="/labkey/labkeywebapp" reloadable="false" crossContext="true">
    <Resource name="jdbc/labkeyDataSource" auth="Container" type="javax.sql.DataSource"
        username="labkey"
        password="{M}"
        driverClassName="org.postgresql.Driver"
        url="jdbc:postgresql://{host(g, 'pg')}:5432/labkey"
        maxTotal="50" maxIdle="10" accessToUnderlyingConnectionAllowed="true"
        validationQuery="SELECT 1"/>
    <Parameter name="MasterEncryptionKey" value="@@encryptionKey@@" />
</Context>
"""


@tp("dnanexus", "platform_access_token", "md", "DX_API_TOKEN", sec_dx)
def p_dx_md(g):
    return g.c(["docs/dnanexus.md", "docs/cloud/ukb-rap.md"]), f"""## Connecting to the Research Analysis Platform

The shared analysis account token (valid until {g.date()}) is:

    dx login --token {M} --noprojects

Then choose the project:

    dx select project-{g.s(DXALPH, 24)}

Do not run `dx logout` on the shared node; it invalidates the token for everyone.
"""


@tp("mongodb", "database_password", "py", "SAMPLE_DB_URI", sec_urlpw)
def p_mongo_tracker(g):
    return g.c(["tracker/db.py", "lims/settings.py"]), f"""import pymongo

MONGO_URI = "mongodb://tracker:{M}@{host(g, 'mongo')}:27017/sample_tracker?authSource=admin"
client = pymongo.MongoClient(MONGO_URI)
samples = client.sample_tracker.samples
runs = client.sample_tracker.runs


def pending(limit=100):
    return list(samples.find({{"status": "received"}}).limit(limit))
"""


@tp("nextflow", "database_password", "nf", "NXF_DB_PASSWORD", sec_pw)
def p_nf_sqlplugin(g):
    return g.c(["conf/sql.config", "nextflow.config"]), f"""plugins {{
    id 'nf-sqldb@0.5.0'
}}

sql {{
    db {{
        lims {{
            url      = 'jdbc:postgresql://{host(g, 'lims-db')}:5432/lims'
            user     = 'nf_reader'
            password = '{M}'
        }}
    }}
}}
"""


# ---------------------------------------------------------------- negative fillers for template re-use
DOC_EXAMPLES = {
    "seqera": ["eyxxxxxxxxxxxxxxxQ1ZTE="],
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "ncbi": ["ABCDE12345", "ABCD123"],
    "galaxy": ["TEST123", "baa4d6e3a156d3033f05736255f195f9"],
    "sevenbridges": ["your_token"],
    "benchling": ["your_api_key_here"],
}
LITERALS = ["<your-token>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "****", "********", "[REDACTED]", "", "REPLACE_ME", "<insert token here>", "TODO",
            "${%(V)s}", "{{ %(v)s }}", "{{ vault_%(v)s }}", "${{ secrets.%(V)s }}",
            "op://%(lab)s/%(v)s/credential", "vault:secret/data/pipelines/%(v)s#value",
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:%(v)s-AbCdEf",
            "<%(V)s>", "dummy", "test", "xxxx-xxxx-xxxx-xxxx", "...", "null"]
EXPRS = {
    "py": ['os.environ["%(V)s"]', 'os.getenv("%(V)s")', 'settings.%(V)s',
           'keyring.get_password("%(lab)s", "%(v)s")'],
    "r": ['Sys.getenv("%(V)s")', 'keyring::key_get("%(v)s")'],
    "nf": ["secrets.%(V)s", "System.getenv('%(V)s')", "params.%(v)s", "env('%(V)s')"],
    "hocon": ["${?%(V)s}", "${%(V)s}"],
    "sh": ['"${%(V)s}"', '"$(cat /run/secrets/%(v)s)"', '"$(vault kv get -field=value secret/%(v)s)"'],
}
NF_LITERALS = ["${params.%(v)s}", "${System.getenv('%(V)s')}"]


def neg_fill(g, t, text):
    d = {"V": t["var"], "v": t["var"].lower(), "lab": lab(g)}
    exprs = EXPRS.get(t["lang"], [])
    qm = re.search(r"(['\"])" + re.escape(M) + r"\1", text)
    roll = g.r.random()
    if exprs and qm and roll < 0.4:
        rep = g.c(exprs) % d
        return text[:qm.start()] + rep + text[qm.end():], "env_reference"
    pool = list(LITERALS)
    if t["lang"] == "nf":
        pool += NF_LITERALS * 3
    ex = DOC_EXAMPLES.get(t["provider"])
    if ex and roll > 0.8:
        val, why = g.c(ex), "documented_example"
    else:
        val = g.c(pool) % d
        why = "placeholder"
        if "{" in val or "op://" in val or "vault" in val or "arn:" in val:
            why = "env_reference"
        elif val in ("****", "********", "[REDACTED]"):
            why = "masked"
        elif val == "":
            why = "empty"
    if t["lang"] == "json":
        val = val.replace('"', '\\"')
    elif t["lang"] in ("yaml", "cwl") and val[:1] in ("{", "*", "[", "$", "<", "") \
            and not re.search(r"['\"]" + re.escape(M), text):
        val = '"%s"' % val
    return text.replace(M, val), why


# ---------------------------------------------------------------- negative look-alike templates
NEGT = []


def tn(provider, kind):
    def deco(fn):
        NEGT.append(dict(name=fn.__name__, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


def md5(g):
    return g.hx(32)


def sha256(g):
    return g.hx(64)


def dxid(g, cls):
    return "%s-%s" % (cls, g.s(DXALPH, 24))


@tn("sra", "accession")
def n_samplesheet(g):
    rows = []
    for k in range(g.i(4, 9)):
        acc = srr(g)
        rows.append("S%02d,s3://%s/raw/%s_1.fastq.gz,s3://%s/raw/%s_2.fastq.gz,%s,%s" % (
            k + 1, bucket(g), acc, bucket(g), acc, g.c(["forward", "reverse", "auto"]), md5(g)))
    return g.c(["assets/samplesheet.csv", "samplesheet.csv", "inputs/samples.csv"]), \
        "sample,fastq_1,fastq_2,strandedness,md5_1\n" + "\n".join(rows) + "\n"


@tn("nextflow", "container_digest")
def n_nf_digests(g):
    lines = ["process {"]
    for t in g.r.sample(TOOLS, 5):
        lines.append("    withName: '.*:%s' {\n        container = 'quay.io/biocontainers/%s@sha256:%s'\n    }" % (
            t.upper().replace("-", "_"), t, sha256(g)))
    lines.append("}")
    return g.c(["conf/containers.config", "conf/pinned.config"]), "// images pinned by digest for reproducibility\n" + "\n".join(lines) + "\n"


@tn("galaxy", "encoded_id")
def n_galaxy_history(g):
    items = [{"id": g.hx(16), "hid": k + 1, "name": "%s_R%d.fastq.gz" % (srr(g), 1 + k % 2),
              "state": "ok", "extension": "fastqsanger.gz", "history_id": None} for k in range(4)]
    hid = g.hx(16)
    for it in items:
        it["history_id"] = hid
    return g.c(["tests/fixtures/history_contents.json", "data/galaxy_history.json"]), json.dumps(
        {"id": hid, "name": "RNA-seq %s" % g.date(), "contents": items}, indent=2) + "\n"


@tn("dnanexus", "object_id")
def n_dx_inputs(g):
    d = {"stage-common.reads_fastqgzs": [{"$dnanexus_link": dxid(g, "file")} for _ in range(3)],
         "stage-common.reference_genome": {"$dnanexus_link": {"project": dxid(g, "project"), "id": dxid(g, "file")}},
         "stage-common.output_prefix": g.c(["batch_", "cohortA_", "run"]) + str(g.i(1, 99))}
    return g.c(["dx/inputs.json", "dnanexus/batch_inputs.json"]), json.dumps(d, indent=2) + "\n"


@tn("dnanexus", "object_id")
def n_dxapp(g):
    return g.c(["applets/qc/dxapp.json", "dxapp.json"]), json.dumps({
        "name": g.c(TOOLS) + "_qc", "version": tool_ver(g), "runSpec": {
            "interpreter": "bash", "file": "src/run.sh", "distribution": "Ubuntu", "release": "20.04",
            "assetDepends": [{"id": "record-" + g.s(DXALPH, 24)}]},
        "inputSpec": [{"name": "reads", "class": "array:file", "patterns": ["*.fastq.gz"]}],
        "access": {"project": "CONTRIBUTE", "network": ["*"]},
        "regionalOptions": {"aws:eu-central-1": {"systemRequirements": {"*": {"instanceType": "mem1_ssd1_v2_x4"}}}},
        "details": {"upstreamProject": dxid(g, "project")}}, indent=2) + "\n"


@tn("genome", "checksum")
def n_md5_refs(g):
    lines = ["%s  %s" % (md5(g), f) for f in [
        "genome.fa", "genome.fa.fai", "genes.gtf", "star/SA", "star/Genome", "bwa/genome.fa.bwt",
        "salmon/pos.bin", "dbsnp_146.hg38.vcf.gz"]]
    return g.c(["references/%s/md5sums.txt" % g.c(GENOMES), "assets/reference.md5"]), "\n".join(lines) + "\n"


@tn("nf-core", "git_sha")
def n_modules_json(g):
    mods = {t: {"branch": "master", "git_sha": g.hx(40), "installed_by": ["modules"]} for t in g.r.sample(TOOLS, 6)}
    return "modules.json", json.dumps({"name": g.c(PIPES), "homePage": "https://github.com/" + g.c(PIPES),
                                       "repos": {"https://github.com/nf-core/modules.git": {"modules": {"nf-core": mods}}}},
                                      indent=4) + "\n"


@tn("cwl", "checksum")
def n_cwl_job_checksum(g):
    return g.c(["jobs/align-job.yml", "cwl/jobs/bwa.yml"]), f"""reference:
  class: File
  location: s3://{bucket(g)}/refs/{g.c(GENOMES)}/genome.fa
  checksum: sha1${g.hx(40)}
  size: {g.i(10**8, 4 * 10**9)}
reads_1:
  class: File
  path: data/{srr(g)}_1.fastq.gz
  checksum: sha1${g.hx(40)}
threads: {g.c([4, 8, 16])}
read_group: "@RG\\tID:{g.hx(8)}\\tSM:sample{g.i(1, 96)}\\tPL:ILLUMINA"
"""


@tn("cromwell", "workflow_uuid")
def n_cromwell_meta(g):
    wid = g.uuid()
    calls = {}
    for t in g.r.sample(["BwaMem", "MarkDuplicates", "BaseRecalibrator", "HaplotypeCaller"], 3):
        calls["Germline." + t] = [{"shardIndex": -1, "executionStatus": "Done", "jobId": str(g.i(100000, 999999)),
                                   "callCaching": {"hit": g.c([True, False]), "hashes": {"command template": md5(g).upper(),
                                                                                          "runtime attribute": {"docker": md5(g).upper()}}},
                                   "callRoot": "gs://%s/Germline/%s/call-%s" % (bucket(g), wid, t)}]
    return g.c(["metadata/%s.json" % wid[:8], "runs/metadata.json"]), json.dumps(
        {"id": wid, "workflowName": "Germline", "status": "Succeeded", "calls": calls}, indent=2) + "\n"


@tn("ensembl", "gene_id")
def n_ensembl(g):
    genes = ", ".join('"ENSG%011d"' % g.i(1, 300000) for _ in range(4))
    return g.c(["scripts/ensembl_lookup.py", "utils/rest_ensembl.py"]), f"""import requests

SERVER = "https://rest.ensembl.org"
GENES = [{genes}]


def lookup(ids):
    r = requests.post(SERVER + "/lookup/id", headers={{"Content-Type": "application/json",
                                                       "Accept": "application/json"}},
                      json={{"ids": ids, "expand": 0}})
    r.raise_for_status()
    return r.json()


for gid, rec in lookup(GENES).items():
    print(gid, rec["display_name"], rec["biotype"])
"""


@tn("uniprot", "accession")
def n_uniprot(g):
    accs = " OR ".join("accession:%s%d%s%d" % (g.c("OPQ"), g.i(0, 9), g.s(UP + DIG, 3), g.i(0, 9)) for _ in range(3))
    return g.c(["R/uniprot_fetch.R", "analysis/uniprot.R"]), f"""library(httr)
q <- "{accs}"
res <- GET("https://rest.uniprot.org/uniprotkb/search",
           query = list(query = q, format = "tsv", fields = "accession,gene_names,length"))
stop_for_status(res)
tab <- read.delim(text = content(res, "text"))
print(tab)
"""


@tn("ncbi", "email_only")
def n_entrez_email(g):
    return g.c(["scripts/fetch_taxonomy.py", "utils/taxonomy.py"]), f"""from Bio import Entrez

# NCBI asks for a contact e-mail; no API key is used (3 requests/s limit)
Entrez.email = "{email(g)}"
Entrez.tool = "{lab(g)}-taxfetch"

handle = Entrez.efetch(db="taxonomy", id="{g.i(1000, 3000000)},{g.i(1000, 3000000)}", retmode="xml")
for rec in Entrez.read(handle):
    print(rec["TaxId"], rec["ScientificName"], rec["Rank"])
"""


@tn("irods", "scrambled_password")
def n_irodsA(g):
    return g.c([".irods/.irodsA", "home/.irods/.irodsA"]), g.s(ALNUM + "!#$%&()*+,-./:;<=>?@[]^_{|}~", g.i(30, 52)) + "\n"


@tn("irods", "config")
def n_irods_env(g):
    return g.c(["config/irods_environment.json", ".irods/irods_environment.json"]), json.dumps({
        "irods_host": host(g, "irods"), "irods_port": 1247, "irods_user_name": user(g).replace(".", ""),
        "irods_zone_name": g.c(["tempZone", "seqZone"]), "irods_authentication_scheme": g.c(["native", "pam_password"]),
        "irods_default_hash_scheme": "SHA256", "irods_client_server_policy": "CS_NEG_REQUIRE",
        "irods_ssl_verify_server": "cert", "irods_ssl_ca_certificate_file": "/etc/irods/ca.pem"}, indent=4) + "\n"


@tn("globus", "public_client_id")
def n_globus_native(g):
    return g.c(["transfer/login.py", "scripts/globus_native.py"]), f"""import globus_sdk

# native (public) app registration: no client secret exists for this client
CLIENT_ID = "{g.uuid()}"
ENDPOINT_HPC = "{g.uuid()}"
ENDPOINT_LAB = "{g.uuid()}"

client = globus_sdk.NativeAppAuthClient(CLIENT_ID)
client.oauth2_start_flow(requested_scopes=globus_sdk.TransferClient.scopes.all, refresh_tokens=True)
print("Login here:", client.oauth2_get_authorize_url())
"""


@tn("google", "public_client_id")
def n_oauth_client_id(g):
    num = g.i(10**11, 10**12 - 1)
    return g.c(["web/src/config.js", "portal/config.js"]), f"""// Google sign-in for the Terra data portal; the client id is public by design
export const config = {{
  googleClientId: "{num}-{g.s(LO + DIG, 32)}.apps.googleusercontent.com",
  orchestrationUrl: "https://api.firecloud.org",
  workspaceNamespace: "{lab(g)}",
  workspaceName: "{g.c(['wgs-cohort', 'rnaseq-2024'])}",
  bucket: "fc-{g.uuid()}",
}};
"""


@tn("slurm", "job_ids")
def n_slurm_checksum(g):
    return g.c(["hpc/verify_transfer.sbatch", "scripts/checksum.slurm"]), f"""#!/bin/bash
#SBATCH --job-name=verify
#SBATCH --array=1-{g.i(10, 96)}%8
#SBATCH --dependency=afterok:{g.i(1000000, 9999999)}
#SBATCH --account={lab(g)}

set -euo pipefail
EXPECTED_SHA256={sha256(g)}
RUN_ID={g.i(200101, 251231)}_A0{g.i(1000, 2999)}_{g.i(100, 999):04d}_{g.c(['A', 'B'])}H{g.s(UP + DIG, 9)}
FILE=$(sed -n "${{SLURM_ARRAY_TASK_ID}}p" manifests/$RUN_ID.txt)
echo "$EXPECTED_SHA256  reference.tar.gz" | sha256sum -c -
md5sum "$FILE" >> checksums/$RUN_ID.md5
"""


@tn("nextflow", "task_hash")
def n_nf_trace(g):
    rows = ["task_id\thash\tnative_id\tname\tstatus\texit\trealtime"]
    for k in range(g.i(5, 10)):
        rows.append("%d\t%s/%s\t%d\t%s (%s)\tCOMPLETED\t0\t%dm %ds" % (
            k + 1, g.hx(2), g.hx(6), g.i(1000000, 9999999), g.c(TOOLS).upper(), srr(g), g.i(0, 59), g.i(0, 59)))
    return g.c(["results/pipeline_info/execution_trace.txt", "pipeline_info/trace.txt"]), "\n".join(rows) + "\n"


@tn("nextflow", "session_id")
def n_nf_history(g):
    rows = []
    for _ in range(g.i(3, 6)):
        rows.append("%s %02d:%02d:%02d\t%dm %ds\t%s_%s\t%s\t%s\t%s\tnextflow run %s -profile docker -resume" % (
            g.date(), g.i(0, 23), g.i(0, 59), g.i(0, 59), g.i(1, 90), g.i(0, 59), g.c(["happy", "sad", "angry", "tiny"]),
            g.c(["turing", "curie", "darwin", "franklin"]), g.c(["OK", "ERR"]), g.hx(10), g.uuid(), g.c(PIPES)))
    return ".nextflow/history", "\n".join(rows) + "\n"


@tn("singularity", "container_digest")
def n_singularity_digest(g):
    return g.c(["containers/Singularity", "singularity/qc.def"]), f"""Bootstrap: docker
From: quay.io/biocontainers/{g.c(TOOLS)}@sha256:{sha256(g)}

%labels
    org.opencontainers.image.revision {g.hx(40)}
    org.opencontainers.image.source https://github.com/{lab(g)}/containers

%post
    echo "{sha256(g)}  /opt/db.tar.gz" > /opt/db.sha256
"""


@tn("docker", "checksum")
def n_dockerfile_sha(g):
    v = "1.%d" % g.i(15, 21)
    return g.c(["docker/samtools/Dockerfile", "Dockerfile"]), f"""FROM ubuntu:22.04@sha256:{sha256(g)}
ARG SAMTOOLS_VERSION={v}
ARG SAMTOOLS_SHA256={sha256(g)}
RUN apt-get update && apt-get install -y --no-install-recommends curl build-essential zlib1g-dev libbz2-dev liblzma-dev \\
 && curl -fsSL -o /tmp/st.tar.bz2 https://github.com/samtools/samtools/releases/download/${{SAMTOOLS_VERSION}}/samtools-${{SAMTOOLS_VERSION}}.tar.bz2 \\
 && echo "${{SAMTOOLS_SHA256}}  /tmp/st.tar.bz2" | sha256sum -c - \\
 && tar -xjf /tmp/st.tar.bz2 -C /tmp && cd /tmp/samtools-${{SAMTOOLS_VERSION}} && ./configure && make install
"""


@tn("conda", "checksum")
def n_conda_explicit(g):
    lines = ["# This file may be used to create an environment using:", "# $ conda create --name <env> --file <this file>",
             "# platform: linux-64", "@EXPLICIT"]
    for t in g.r.sample(TOOLS, 6):
        lines.append("https://conda.anaconda.org/bioconda/linux-64/%s-%s-h%s_0.tar.bz2#%s" % (t, tool_ver(g), g.hx(7), md5(g)))
    return g.c(["envs/explicit-linux-64.txt", "conda-lock.txt"]), "\n".join(lines) + "\n"


@tn("genome", "checksum")
def n_sam_header(g):
    lines = ["@HD\tVN:1.6\tSO:coordinate"]
    for c in ["chr1", "chr2", "chr3", "chrX", "chrM"]:
        lines.append("@SQ\tSN:%s\tLN:%d\tM5:%s\tUR:file:/refs/GRCh38/genome.fa" % (c, g.i(16000, 248956422), md5(g)))
    lines.append("@RG\tID:%s.%d\tSM:%s\tPL:ILLUMINA\tPU:%s" % (g.s(UP + DIG, 9), g.i(1, 4), srr(g), g.s(UP + DIG, 9)))
    lines.append("@PG\tID:bwa\tPN:bwa\tVN:0.7.17-r1188\tCL:bwa mem -t 16 genome.fa r1.fq.gz r2.fq.gz")
    return g.c(["tests/data/header.sam", "qc/bam_header.txt"]), "\n".join(lines) + "\n"


@tn("galaxy", "loc_file")
def n_galaxy_loc(g):
    lines = ["#value\tdbkey\tname\tpath"]
    for gn in g.r.sample(GENOMES, 4):
        lines.append("%s_%s\t%s\t%s (%s)\t/cvmfs/data.galaxyproject.org/byhand/%s/seq/%s.fa" % (
            gn, g.hx(8), gn, gn, g.hx(12), gn, gn))
    return g.c(["tool-data/all_fasta.loc", "tool-data/bwa_mem_index.loc"]), "\n".join(lines) + "\n"


@tn("ga4gh", "drs_uri")
def n_drs(g):
    rows = ["entity:sample_id\tcram\tcrai"]
    for k in range(g.i(3, 7)):
        rows.append("NWD%06d\tdrs://dg.4503:dg.4503/%s\tdrs://dg.4503:dg.4503/%s" % (g.i(100000, 999999), g.uuid(), g.uuid()))
    return g.c(["terra/sample.tsv", "data/anvil_samples.tsv"]), "\n".join(rows) + "\n"


@tn("basespace", "run_id")
def n_bs_ids(g):
    return g.c(["config/basespace_runs.yaml", "pipeline/bs_import.yaml"]), f"""# BaseSpace objects to import (numeric ids are not secrets)
project_id: {g.i(100000000, 999999999)}
runs:
  - id: {g.i(100000000, 999999999)}
    name: {g.i(230101, 251231)}_NB{g.i(500000, 552000)}_{g.i(1, 999):04d}_AH{g.s(UP + DIG, 8)}
  - id: {g.i(100000000, 999999999)}
    name: {g.i(230101, 251231)}_M0{g.i(1000, 7000)}_{g.i(1, 999):04d}_000000000-{g.s(UP + DIG, 5)}
biosample_prefix: {lab(g)}
appsession: {g.i(100000000, 999999999)}
"""


@tn("sevenbridges", "object_id")
def n_sbg_ids(g):
    return g.c(["scripts/sbg_run_task.py", "tasks/launch_cgc.py"]), f"""import os
import sevenbridges as sbg

api = sbg.Api(url=os.environ["SB_API_ENDPOINT"], token=os.environ["SB_AUTH_TOKEN"])
inputs = {{
    "reads": [api.files.get("{g.hx(24)}"), api.files.get("{g.hx(24)}")],
    "reference": api.files.get("{g.hx(24)}"),
}}
task = api.tasks.create(name="align {g.date()}", project="{user(g).replace('.', '')}/wgs-pilot",
                        app="admin/sbg-public-data/bwa-mem-bundle-{g.c(['0-7-17', '0-7-15'])}", inputs=inputs, run=True)
print(task.id)
"""


@tn("omero", "image_ids")
def n_omero_getpass(g):
    return g.c(["imaging/export_rois.py", "scripts/omero_rois.py"]), f"""import getpass
from omero.gateway import BlitzGateway

conn = BlitzGateway(input("OMERO user: "), getpass.getpass(), host="{host(g, 'omero')}", port=4064, secure=True)
assert conn.connect()
IMAGES = [{", ".join(str(g.i(10000, 999999)) for _ in range(5))}]
for iid in IMAGES:
    img = conn.getObject("Image", iid)
    print(iid, img.getName(), img.getSizeX(), img.getSizeY())
conn.close()
"""


@tn("ssh", "public_key")
def n_ssh_pub(g):
    keys = "\n".join("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s" % (g.s(B64, 43), email(g)) for _ in range(3))
    return g.c(["deploy/hpc/authorized_keys", "ansible/files/authorized_keys"]), "# login keys for pipeline operators (public keys)\n" + keys + "\n"


@tn("ega", "pgp_public_key")
def n_pgp_pub(g):
    body = "\n".join(g.s(B64, 64) for _ in range(12))
    return g.c(["keys/ega_submission.pub.asc", "docs/upload-key.asc"]), (
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: data submission public key\n\nmQINBF" + g.s(B64, 58) + "\n" + body
        + "\n=" + g.s(B64, 4) + "\n-----END PGP PUBLIC KEY BLOCK-----\n")


@tn("seqera", "resource_id")
def n_seqera_ids(g):
    return g.c(["conf/platform_ids.yml", "seqera/launch.yml"]), f"""# tw launch settings (ids only; token comes from TOWER_ACCESS_TOKEN in the runner)
workspace: {lab(g)}/{g.c(['production', 'development'])}
workspaceId: {g.i(10**13, 10**14 - 1)}
computeEnvId: {g.an(22)}
pipelineId: {g.i(10**13, 10**14 - 1)}
credentialsId: {g.an(22)}
labels: [{g.c(['rnaseq', 'wgs'])}, batch-{g.i(1, 40)}]
"""


@tn("nextflow", "tower_no_token")
def n_nf_tower_env(g):
    return g.c(["nextflow.config", "conf/tower.config"]), f"""tower {{
    enabled     = true
    endpoint    = 'https://api.cloud.seqera.io'
    workspaceId = '{g.i(10**13, 10**14 - 1)}'
    // accessToken is read from the TOWER_ACCESS_TOKEN environment variable
}}

timeline.enabled = true
report.enabled   = true
trace.file       = "${{params.outdir}}/pipeline_info/trace_${{new Date().format('yyyy-MM-dd_HH-mm-ss')}}.txt"
"""


@tn("benchling", "entity_id")
def n_benchling_ids(g):
    return g.c(["config/benchling_schema.yaml", "integrations/schema_map.yml"]), f"""# Benchling registry/schema ids (not credentials)
tenant: https://{lab(g)}.benchling.com
registry_id: src_{g.an(8)}
folder_id: lib_{g.an(8)}
schemas:
  plasmid: ts_{g.an(8)}
  strain: ts_{g.an(8)}
  sample_request: assaysch_{g.an(8)}
dropdowns:
  resistance: sfs_{g.an(8)}
"""


@tn("labkey", "guid")
def n_labkey_guid(g):
    return g.c(["labkey/queries.sql", "sql/labkey_export.sql"]), f"""-- LabKey SQL: samples per container (entity ids are GUIDs)
SELECT s.Name, s.LSID, s.Created
FROM samples."{g.c(['Blood', 'Tissue', 'DNA'])} Samples" s
WHERE s.Container = '{g.uuid()}'
  AND s.LSID LIKE 'urn:lsid:labkey.com:Sample.{g.i(10, 999)}.{lab(g)}:%'
ORDER BY s.Created DESC;
"""


@tn("fixture", "base64_data")
def n_b64_fixture(g):
    return g.c(["tests/fixtures/small_bam.json", "tests/data/payload.json"]), json.dumps({
        "filename": "%s.sorted.bam.bai" % srr(g), "encoding": "base64", "content": g.b64(g.i(180, 360)),
        "md5": md5(g)}, indent=2) + "\n"


@tn("orcid", "identifier")
def n_ro_crate(g):
    def orcid():
        return "0000-000%d-%04d-%03d%s" % (g.i(1, 3), g.i(0, 9999), g.i(0, 999), g.c(DIG + "X"))
    return g.c(["ro-crate-metadata.json", "workflow/ro-crate-metadata.json"]), json.dumps({
        "@context": "https://w3id.org/ro/crate/1.1/context", "@graph": [
            {"@id": "main.nf", "@type": ["File", "SoftwareSourceCode", "ComputationalWorkflow"],
             "sha256": sha256(g), "author": [{"@id": "https://orcid.org/" + orcid()}, {"@id": "https://orcid.org/" + orcid()}]},
            {"@id": "https://doi.org/10.5281/zenodo.%d" % g.i(1000000, 9999999), "@type": "CreativeWork"}]}, indent=2) + "\n"


@tn("aws", "resource_id")
def n_aws_arns(g):
    acct = g.i(10**11, 10**12 - 1)
    reg = g.c(REGIONS)
    return g.c(["infra/batch.tfvars", "terraform/terraform.tfvars"]), f"""region              = "{reg}"
account_id          = "{acct}"
ami_id              = "ami-{g.hx(17)}"
subnet_ids          = ["subnet-{g.hx(17)}", "subnet-{g.hx(17)}"]
security_group_id   = "sg-{g.hx(17)}"
job_role_arn        = "arn:aws:iam::{acct}:role/nextflow-batch-job"
ecr_image           = "{acct}.dkr.ecr.{reg}.amazonaws.com/qc-tools@sha256:{sha256(g)}"
kms_key_id          = "{g.uuid()}"
"""


@tn("galaxy", "config_no_secret")
def n_galaxy_yml(g):
    return g.c(["config/galaxy.yml", "galaxy/config/galaxy.yml"]), f"""galaxy:
  brand: {lab(g)}
  admin_users: {email(g)}
  database_connection: postgresql:///galaxy?host=/var/run/postgresql
  # id_secret and master_api_key are injected via GALAXY_CONFIG_ID_SECRET /
  # GALAXY_CONFIG_MASTER_API_KEY by systemd EnvironmentFile
  object_store_store_by: uuid
  tool_data_table_config_path: /cvmfs/data.galaxyproject.org/byhand/location/tool_data_table_conf.xml
  enable_celery_tasks: true
  cleanup_job: onsuccess
"""


@tn("vcf", "checksum")
def n_vcf(g):
    lines = ["##fileformat=VCFv4.2", "##reference=file:///refs/GRCh38/genome.fa",
             "##contig=<ID=chr1,length=248956422,md5=%s>" % md5(g), "##contig=<ID=chr2,length=242193529,md5=%s>" % md5(g),
             "##source=GATK HaplotypeCaller", "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO"]
    for _ in range(5):
        lines.append("chr%d\t%d\trs%d\t%s\t%s\t%d\tPASS\tDP=%d" % (g.i(1, 2), g.i(10000, 9999999), g.i(1000, 99999999),
                                                               g.c("ACGT"), g.c("ACGT"), g.i(30, 999), g.i(10, 80)))
    return g.c(["tests/data/calls.vcf", "example/small.vcf"]), "\n".join(lines) + "\n"


@tn("snakemake", "log_ids")
def n_snake_log(g):
    lines = ["Building DAG of jobs...", "Using shell: /usr/bin/bash", "Provided cluster nodes: 100",
             "Job stats:", "job        count", "-------  -------"]
    for k in range(5):
        lines.append("[%s]" % g.date())
        lines.append("rule %s:\n    input: data/%s.fastq.gz\n    output: results/%s.bam\n    jobid: %d\n    reason: Missing output files\n"
                     "Submitted job %d with external jobid 'Submitted batch job %d'." % (
                         g.c(["bwa_map", "samtools_sort", "trim"]), srr(g), srr(g), k + 1, k + 1, g.i(1000000, 9999999)))
    lines.append("Complete log: .snakemake/log/%sT%06d.%06d.snakemake.log" % (g.date(), g.i(0, 235959), g.i(0, 999999)))
    return g.c([".snakemake/log/run.snakemake.log", "logs/snakemake.log"]), "\n".join(lines) + "\n"


@tn("assembly", "accession")
def n_assemblies_md(g):
    rows = "\n".join("| %s | GCF_%09d.%d | GCA_%09d.%d | %s |" % (g.c(["E. coli K-12", "S. aureus", "H. sapiens", "M. musculus"]),
                                                              g.i(1, 40000000), g.i(1, 3), g.i(1, 40000000), g.i(1, 3), g.hx(32))
                     for _ in range(4))
    return g.c(["docs/references.md", "README.md"]), f"""# Reference assemblies

| organism | RefSeq | GenBank | md5 (genomic.fna.gz) |
|----------|--------|---------|----------------------|
{rows}

Download with `datasets download genome accession <ACC> --include genome`.
"""


@tn("dockstore", "trs_id")
def n_dockstore(g):
    return g.c([".dockstore.yml", "dockstore.yml"]), f"""version: 1.2
workflows:
  - subclass: NFL
    primaryDescriptorPath: /nextflow.config
    name: {g.c(['rnaseq', 'variant-calling'])}
    authors:
      - orcid: 0000-000{g.i(1, 3)}-{g.i(1000, 9999)}-{g.i(1000, 9999)}
    testParameterFiles:
      - /tests/test-{g.hx(8)}.json
# TRS: #workflow/github.com/{lab(g)}/pipeline:{g.hx(40)}
"""


@tn("terra", "workspace_bucket")
def n_terra_config(g):
    return g.c(["terra/method_config.json", "config/terra_method.json"]), json.dumps({
        "namespace": lab(g), "name": "HaplotypeCaller-GVCF", "rootEntityType": "sample",
        "inputs": {"HaplotypeCallerGvcf.input_bam": "this.cram", "HaplotypeCallerGvcf.ref_fasta":
                   "workspace.ref_fasta"},
        "outputs": {"HaplotypeCallerGvcf.output_vcf": "this.gvcf"},
        "methodRepoMethod": {"methodUri": "dockstore://github.com%%2F%s%%2Fwdl/%s" % (lab(g), g.hx(7)),
                             "sourceRepo": "dockstore", "methodVersion": g.hx(40)},
        "workspace_bucket": "fc-" + g.uuid(), "submissionId": g.uuid()}, indent=2) + "\n"


@tn("kubernetes", "secret_ref")
def n_helm_secretref(g):
    return g.c(["deploy/values.yaml", "charts/galaxy/values.yaml"]), f"""galaxy:
  image:
    repository: quay.io/galaxyproject/galaxy-min
    tag: "{g.c(['23.1', '24.0', '24.1'])}"
  configs:
    galaxy.yml:
      galaxy:
        admin_users: {email(g)}
  extraEnv:
    - name: GALAXY_CONFIG_MASTER_API_KEY
      valueFrom:
        secretKeyRef:
          name: galaxy-secrets
          key: master-api-key
    - name: GALAXY_CONFIG_ID_SECRET
      valueFrom:
        secretKeyRef:
          name: galaxy-secrets
          key: id-secret
persistence:
  size: {g.c([50, 100, 500])}Gi
"""


@tn("multiqc", "config_hash")
def n_multiqc(g):
    return g.c(["assets/multiqc_config.yml", "multiqc_config.yaml"]), f"""report_comment: >
  Generated by {g.c(PIPES)} (commit {g.hx(40)}) for run {g.i(230101, 251231)}_{g.s(UP + DIG, 10)}.
report_section_order:
  software_versions:
    order: -1000
custom_data:
  sample_checksums:
    file_format: tsv
    section_name: Input checksums
sample_names_replace:
  "{g.hx(12)}": "S1"
  "{g.hx(12)}": "S2"
export_plots: true
"""


# ---------------------------------------------------------------- driver
SPECIAL_TYPES = {"Dockerfile": "dockerfile", "Snakefile": "snakefile", "Singularity": "singularity",
                 "credentials": "ini", "scm": "config", "history": "text", "authorized_keys": "text",
                 ".irodsA": "text"}
ENV_OK_NEG = (".env.example", ".env.sample", ".env.template")


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base in SPECIAL_TYPES:
        return SPECIAL_TYPES[base]
    if base.startswith(".env"):
        return "env"
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[-1].lower()
    return "text"


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return base.startswith(".env") and base not in ENV_OK_NEG


def line_of(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle missing"
    return text.count("\n", 0, idx) + 1


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def cycle(g, n, count):
    order = []
    while len(order) < count:
        idx = list(range(n))
        g.r.shuffle(idx)
        order += idx
    return order[:count]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_je.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    g = G(seed)
    manifest, secrets = [], []
    n_env = 0

    # positives
    for k, ti in enumerate(cycle(g, len(TEMPL), 500)):
        t = TEMPL[ti]
        g.neg = False
        path, text = t["fn"](g)
        assert text.count(M) == 1, t["name"]
        needle = t["sec"](g)
        text = text.replace(M, needle)
        if is_blocked_env(path):
            n_env += 1
        rel = "pos/p%04d/%s" % (k, path)
        ln = line_of(text, needle)
        assert needle in text.split("\n")[ln - 1], (t["name"], ln)
        write(outdir, rel, text)
        # re-read and assert the needle is on the recorded line
        with open(os.path.join(outdir, rel), encoding="utf-8") as fh:
            assert needle in fh.read().split("\n")[ln - 1]
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": ln})
    assert n_env <= 25, n_env

    # negatives: half re-used templates, half look-alikes, interleaved
    reuse = cycle(g, len(TEMPL), 250)
    looks = cycle(g, len(NEGT), 250)
    kinds = ["r"] * 250 + ["l"] * 250
    g.r.shuffle(kinds)
    ri = li = 0
    for k, which in enumerate(kinds):
        if which == "r":
            t = TEMPL[reuse[ri]]
            ri += 1
            g.neg = True
            path, text = t["fn"](g)
            assert text.count(M) == 1, t["name"]
            text, why = neg_fill(g, t, text)
            provider, kind = t["provider"], why
        else:
            t = NEGT[looks[li]]
            li += 1
            g.neg = True
            path, text = t["fn"](g)
            provider, kind = t["provider"], t["kind"]
        if is_blocked_env(path):
            path = path.rsplit("/", 1)[0] + "/.env.example" if "/" in path else ".env.example"
        assert M not in text
        rel = "neg/n%04d/%s" % (k, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
