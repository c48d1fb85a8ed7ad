#!/usr/bin/env python3
"""Blind evaluation-set generator "di": life sciences, biotech and lab informatics.

EMPHASIS
    Credentials as they leak in bioinformatics / lab-informatics repositories:
    Benchling API keys and app client secrets, Illumina BaseSpace access tokens,
    DNAnexus API tokens, Seven Bridges / Velsera auth tokens, Google service-account
    keys (Terra / AnVIL), GCS HMAC secrets and AWS S3 secrets for sequencing buckets,
    Galaxy API keys, LabKey API keys, Synapse personal access tokens, NCBI E-utilities
    API keys, 10x Genomics Cloud access tokens, ELN/LIMS keys (LabArchives, SciNote,
    eLabFTW, Quartzy), instrument-PC share (SMB/CIFS) passwords, sequencing-core
    SFTP/HTTPS passwords and LIMS database passwords.
    File types: nextflow.config / main.nf, Snakefile + config.yaml, WDL (+ inputs JSON),
    CWL job files, Python, R, Jupyter (.ipynb), R Markdown, bash pipelines, Slurm
    scripts, Dockerfiles, docker-compose, .netrc, INI-style credential files,
    JSON credential files, samplesheets (CSV), .env, GitHub Actions, Spring
    properties/YAML, TOML, XML, PowerShell/batch on instrument PCs, Makefiles,
    Markdown runbooks, fstab, rclone.conf, Java and JavaScript.

USAGE
    python3 gen_di.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED
    (all randomness from random.Random(SEED); no clock, no os.urandom).

NEEDLE CONVENTIONS
    * needle = the secret exactly as written in the file; "line" = 1-based line of
      its first occurrence.
    * id/secret pairs (AWS key id + secret, GCS HMAC access id + secret, Benchling
      app client_id + client_secret, LabArchives akid + access password): the
      needle is the secret half; the public id may sit next to it.
    * Passwords embedded in URLs / connection strings (postgres://u:PW@host,
      https://user:PW@seqcore/...): the needle is the password only.
    * Google service-account JSON: the needle is the "private_key" string value as
      written in the JSON (PEM with literal \\n escapes, without the quotes).
    * LabKey: the needle includes the "apikey|" prefix.  eLabFTW: the needle
      includes the "<id>-" prefix.  Synapse PAT: the whole JWT.

NEGATIVES
    About half re-use positive templates with the secret slot filled by: a
    placeholder (<YOUR_...>, REPLACE_ME, x-filled strings of the right shape), an
    environment lookup (os.environ, Sys.getenv, ${VAR}, System.getenv, secrets.X,
    ${{ secrets.X }}), a secret-manager reference (AWS Secrets Manager ARN, GCP
    Secret Manager path, Vault path, 1Password op:// URI), a masked/redacted/
    truncated value, an empty value, or a provider-published documentation example
    (AWS wJalrXUtnFEMI/...EXAMPLEKEY, DNAnexus docs bearer example, eLabFTW docs
    truncated key).  The other half are domain look-alikes: FASTQ md5 manifests,
    sha256 reference checksums, SRR/ERR/GenBank/UniProt accessions, DNA/protein
    FASTA, Illumina index/barcode sequences, RunInfo.xml run/flowcell ids, DOIs
    and ORCIDs (CITATION.cff, .bib), UUID sample ids, DNAnexus/Benchling/Synapse
    object ids, container image digests, pip --hash lines, conda build strings,
    crypt4gh / SSH public keys, i18n message bundles, anonymous-FTP .netrc,
    Galaxy tool wrappers with empty key params, Terra data tables, 10x feature
    reference CSVs, VCF headers, plate maps.

DOUBTS (formats written from memory or uncertain)
    * Benchling API key "sk_" + 30 base62 chars: prefix from memory, length unsure.
      Benchling app client secret "cs_" + 30 base62 and client id "ee" style ids:
      format from memory, quite unsure.
    * BaseSpace access token = 32 lowercase hex (memory).  Seven Bridges auth token
      = 32 lowercase hex (memory).  Galaxy API key = 32 lowercase hex (memory).
    * DNAnexus API token = 32 base62 chars (memory; docs only show a 22-char
      example "7Fjfp0ZBr1KtDRbnfVdmIw", which is used here as a NEGATIVE doc example;
      a reviewer might dispute that label).
    * LabKey API key "apikey|" + 32 hex (memory, length unsure).
    * eLabFTW key "<n>-" + 84 lowercase hex (prefix confirmed by docs example
      "3-cb2314b00d2845a...", length from memory).
    * NCBI E-utilities API key = 36 lowercase hex (memory).
    * Synapse PAT = RS256 JWT with token_type PERSONAL_ACCESS_TOKEN, kid made of
      colon-separated base32 groups (structure from memory).
    * 10x Genomics Cloud access token, Quartzy Access-Token, SciNote API token and
      LabArchives access password: no public format known to me; generated as
      opaque strings (base62 / hex / base64url) of plausible length.
    * GCS HMAC access id "GOOG1E" + 55 [A-Z0-9] and 40-char base64 secret (memory).
    * Generic templates send tokens to the provider host with plausible but not
      verified REST paths (e.g. /api/v1/projects for 10x Cloud, /order-requests for
      Quartzy); header names follow the docs where known (Seven Bridges
      X-SBG-Auth-Token, eLabFTW raw key in Authorization, Galaxy x-api-key), else
      "Authorization: Bearer".
    * Makefile positives replace '#' in generated passwords by '!' (make comments).
    * Negatives use x-filled "shape" placeholders such as sk_xxxx... / cs_xxxx... /
      apikey|XXXX... / 000...0 : obviously fake, but a strict reviewer might still
      flag them as "looks like a key".
    * Negative label disputes: anonymous-FTP .netrc (login anonymous, password =
      an e-mail address) is labelled negative; masked values that keep the first
      4-6 characters of a (never written) key are labelled negative.

SEARCHES
    docs/pages corpora: Benchling authentication (API key as basic-auth username),
    Synapse PAT / .synapseConfig authtoken, NCBI E-utilities api_key parameter,
    DNAnexus authentication (Bearer token; docs example token), Seven Bridges
    auth token env vars (SB_AUTH_TOKEN, SB_API_ENDPOINT), LabKey netrc / apiKey,
    eLabFTW API key (docs "export KEY=3-cb2314b00d2845a..."), Illumina BaseSpace
    CLI regions / ICA API keys, Galaxy BioBlend GalaxyInstance(url, key=...).
    Results also showed third-party "agent skill" pages (K-Dense-AI
    scientific-agent-skills authentication notes) and skills.sh "Agent Trust Hub"
    security-audit summaries of those skills (they say things like "no hardcoded
    credentials detected"); these are not scanner rules and nothing was taken from
    them.  No secret-scanner rule code or regexes were shown by these searches.
"""

import json
import os
import random
import string
import sys

N_POS = 500
N_NEG = 500

B62 = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
UPPER_NUM = string.ascii_uppercase + string.digits
B32 = string.ascii_uppercase + "234567"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64url_bytes(rng, n):
    import base64
    raw = bytes(rng.randrange(256) for _ in range(n))
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def b64url_json(obj):
    import base64
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# --------------------------------------------------------------------------
# realistic filler vocab
# --------------------------------------------------------------------------
LABS = ["smithlab", "genomics-core", "tcell-lab", "neuroseq", "crispr-screens",
        "microbiome", "onco-dx", "plantgen", "proteomics", "sc-atlas", "virology",
        "rnaseq-core", "hts-facility", "biobank", "cryoem", "immunoprofiling"]
ORGS = ["acme-bio", "northwind-tx", "helix-thera", "bluefin-genomics", "oakridge-bio",
        "cedar-labs", "synthex", "verdant-bio", "lumen-rx", "tidewater-dx"]
GENOMES = ["GRCh38", "GRCh37", "GRCm39", "GRCm38", "TAIR10", "R64-1-1", "WBcel235",
           "GRCz11", "BDGP6", "Sscrofa11.1"]
ASSAYS = ["rnaseq", "atacseq", "chipseq", "sarek", "methylseq", "scrnaseq",
          "ampliseq", "mag", "viralrecon", "cutandrun", "hic", "nanoseq"]
INSTRUMENTS = ["NovaSeq6000", "NovaSeqX", "NextSeq2000", "MiSeq", "HiSeq4000",
               "iSeq100", "PromethION", "GridION", "QuantStudio7", "Opentrons-OT2",
               "Hamilton-STAR", "Tecan-Fluent", "Orbitrap-Exploris", "Sequel-IIe"]
TISSUES = ["liver", "PBMC", "tumor", "normal", "cortex", "lung", "colon", "kidney",
           "spleen", "organoid", "iPSC", "HEK293T"]
PEOPLE = ["jchen", "mgarcia", "akumar", "lnguyen", "rpatel", "skim", "tobrien",
          "emuller", "hsato", "dsilva", "pnovak", "ywang"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"]
PW_WORDS = ["Pipette", "Miseq", "Novaseq", "Centrifuge", "Vortex", "Eppendorf",
            "Helix", "Genome", "Plasmid", "Cortex", "Falcon", "Thermo", "Biosafety",
            "Freezer", "Agarose", "Ribosome", "Kinase", "Labrat", "Sequel", "Qubit",
            "Bioanalyzer", "Tapestation", "Nanodrop", "Sunflower", "Hamster",
            "Mercury", "Orion", "Rosalind", "Franklin", "Mendel", "Darwin", "Pasteur",
            "Coffee", "Tuesday", "Winter", "Summer", "Basement", "Tiger", "Panda"]
PW_SYMS = "!#@_-.*+?"


def human_password(rng, url_safe=False):
    syms = "-_.~!" if url_safe else PW_SYMS
    w1 = rng.choice(PW_WORDS)
    style = rng.randrange(7)
    if style == 0:
        return "%s%d%s" % (w1, rng.randint(2012, 2025), rng.choice(syms))
    if style == 1:
        w2 = rng.choice(PW_WORDS).lower()
        return "%s%s%s%d" % (w1, rng.choice(syms), w2, rng.randint(1, 99))
    if style == 2:
        leet = w1.replace("e", "3").replace("a", "@" if not url_safe else "4").replace("o", "0")
        return "%s%s%d" % (leet, rng.choice(syms), rng.randint(10, 9999))
    if style == 3:
        return "%s%s%s%s%d" % (w1, rng.choice(syms), rng.choice(PW_WORDS),
                               rng.choice(syms), rng.randint(1, 9))
    if style == 4:
        return "%s%s%s" % (rs(rng, string.ascii_uppercase, 1),
                           rs(rng, string.ascii_lowercase + string.digits, rng.randint(8, 12)),
                           rng.choice(syms))
    if style == 5:
        return "%s%d%s%s" % (rng.choice(["lab", "seq", "lims", "core", "bio"]),
                             rng.randint(100, 999), rng.choice(syms), w1)
    return "%s%s%s" % (rs(rng, B62, rng.randint(10, 14)), rng.choice(syms),
                       rs(rng, string.digits, 2))


# --------------------------------------------------------------------------
# secret generators (positives)
# --------------------------------------------------------------------------
def gen_benchling_key(rng):
    return "sk_" + rs(rng, B62, 30)


def gen_benchling_cs(rng):
    return "cs_" + rs(rng, B62, 30)


def gen_hex32(rng):
    return rs(rng, HEX, 32)


def gen_dnanexus(rng):
    return rs(rng, B62, 32)


def gen_labkey(rng):
    return "apikey|" + rs(rng, HEX, 32)


def gen_elabftw(rng):
    return "%d-%s" % (rng.randint(1, 60), rs(rng, HEX, 84))


def gen_ncbi(rng):
    return rs(rng, HEX, 36)


def gen_synapse(rng):
    kid = ":".join(rs(rng, B32, 4) for _ in range(12))
    iat = rng.randint(1640000000, 1760000000)
    hdr = {"typ": "JWT", "kid": kid, "alg": "RS256"}
    pl = {"access": {"scope": rng.choice([["view", "download"], ["view", "download", "modify"],
                                          ["view", "download", "modify", "authorize"]]),
                     "oidc_claims": {}},
          "token_type": "PERSONAL_ACCESS_TOKEN",
          "iss": "https://repo-prod.prod.sagebase.org/auth/v1", "aud": "0",
          "nbf": iat, "iat": iat, "jti": str(rng.randint(1000, 99999)),
          "sub": str(rng.randint(3300000, 3499999))}
    return b64url_json(hdr) + "." + b64url_json(pl) + "." + b64url_bytes(rng, 256)


def gen_tenx(rng):
    return rs(rng, B62, 40)


def gen_labarchives(rng):
    return rs(rng, B62, 32)


def gen_scinote(rng):
    return rs(rng, B64URL, 43)


def gen_quartzy(rng):
    return rs(rng, HEX, 40)


def gen_aws_secret(rng):
    return rs(rng, B62, 2) + rs(rng, B64, 37) + rs(rng, B62, 1)


def gen_gcs_secret(rng):
    return rs(rng, B62, 2) + rs(rng, B64, 37) + rs(rng, B62, 1)


def gen_pem_escaped(rng):
    import base64
    head = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a3"
                         "0201000282010100")
    body = bytes([rng.randrange(128, 256)]) + bytes(rng.randrange(256) for _ in range(255))
    tail = bytes.fromhex("0203010001") + bytes.fromhex("02820100") + \
        bytes(rng.randrange(256) for _ in range(1217 - len(head) - 256 - 9))
    der = head + body + tail
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"


def gen_pw(rng):
    return human_password(rng)


def gen_pw_url(rng):
    return human_password(rng, url_safe=True)


# --------------------------------------------------------------------------
# hosts / ids (non-secret context)
# --------------------------------------------------------------------------
def h_benchling(rng):
    return "https://%s.benchling.com" % rng.choice(ORGS)


def h_basespace(rng):
    return rng.choice(["https://api.basespace.illumina.com", "https://api.euc1.sh.basespace.illumina.com",
                       "https://api.aps2.sh.basespace.illumina.com", "https://api.euw2.sh.basespace.illumina.com"])


def h_dnanexus(rng):
    return "https://api.dnanexus.com"


def h_sbg(rng):
    return rng.choice(["https://api.sbgenomics.com/v2", "https://cgc-api.sbgenomics.com/v2",
                       "https://cavatica-api.sbgenomics.com/v2", "https://eu-api.sbgenomics.com/v2"])


def h_galaxy(rng):
    return rng.choice(["https://usegalaxy.org", "https://usegalaxy.eu", "https://usegalaxy.org.au",
                       "https://galaxy.%s.org" % rng.choice(ORGS)])


def h_labkey(rng):
    return rng.choice(["labkey.%s.org" % rng.choice(ORGS), "lims.%s.edu" % rng.choice(LABS),
                       "labkey-prod.%s.com" % rng.choice(ORGS)])


def h_synapse(rng):
    return "https://repo-prod.prod.sagebase.org"


def h_ncbi(rng):
    return "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"


def h_tenx(rng):
    return "https://cloud.10xgenomics.com"


def h_labarchives(rng):
    return rng.choice(["https://api.labarchives.com", "https://auapi.labarchives.com",
                       "https://euapi.labarchives.com"])


def h_scinote(rng):
    return "https://%s.scinote.net" % rng.choice(ORGS)


def h_elab(rng):
    return "https://eln.%s.%s" % (rng.choice(ORGS), rng.choice(["org", "de", "edu", "fr"]))


def h_quartzy(rng):
    return "https://api.quartzy.com"


def h_s3(rng):
    return "s3://%s-%s-%s" % (rng.choice(ORGS), rng.choice(["fastq", "seq-raw", "ngs-data", "bcl"]),
                              rng.choice(["prod", "archive", "us", "eu"]))


def h_gcs(rng):
    return "gs://fc-%s" % uuid4(rng)


def h_smb(rng):
    return "//%s-%s/%s" % (rng.choice(["NOVASEQ", "MISEQ", "NEXTSEQ", "QPCR", "ORBI", "PROM"]),
                           rng.randint(1, 12), rng.choice(["Output", "Runs", "Data", "D$", "export"]))


def h_db(rng):
    return "%s.%s.internal" % (rng.choice(["lims-db", "pg-lims", "labdb", "sampletrack-db", "mysql-lims"]),
                               rng.choice(ORGS))


def h_sftp(rng):
    return "%s.%s.edu" % (rng.choice(["sftp", "seqcore", "ngs-delivery", "gcf-data"]), rng.choice(LABS))


# --------------------------------------------------------------------------
# kinds
# --------------------------------------------------------------------------
def K(**kw):
    kw.setdefault("generic", True)
    kw.setdefault("specific", [])
    kw.setdefault("mask_keep", 4)
    kw.setdefault("doc", None)
    kw.setdefault("pair", None)
    kw.setdefault("password", False)
    kw.setdefault("weight", 1.0)
    return kw


KINDS = [
    K(id="benchling_key", provider="benchling", kind="api_key", gen=gen_benchling_key,
      env="BENCHLING_API_KEY", words=[["benchling", "api", "key"], ["benchling", "key"], ["bnch", "api", "key"]],
      host=h_benchling, host_words=["benchling", "url"], auth=("basic", None),
      shape_ph="sk_" + "x" * 30, mask_keep=6, specific=["md_curl_basic"]),
    K(id="benchling_app", provider="benchling", kind="app_client_secret", gen=gen_benchling_cs,
      env="BENCHLING_CLIENT_SECRET", words=[["benchling", "client", "secret"], ["app", "client", "secret"]],
      host=h_benchling, host_words=["benchling", "tenant", "url"], auth=("oauth", None),
      shape_ph="cs_" + "x" * 30, mask_keep=5,
      pair=(["benchling", "client", "id"], lambda r: "ee" + rs(r, B62, 8))),
    K(id="basespace", provider="illumina", kind="basespace_access_token", gen=gen_hex32,
      env="BASESPACE_ACCESS_TOKEN", words=[["basespace", "access", "token"], ["bs", "access", "token"],
                                          ["basespace", "token"]],
      host=h_basespace, host_words=["basespace", "api", "server"], auth=("header", "x-access-token"),
      shape_ph="0" * 32, specific=["basespace_cfg"]),
    K(id="dnanexus", provider="dnanexus", kind="api_token", gen=gen_dnanexus,
      env="DX_API_TOKEN", words=[["dx", "api", "token"], ["dnanexus", "token"], ["dx", "auth", "token"]],
      host=h_dnanexus, host_words=["dx", "apiserver"], auth=("bearer", None),
      doc="7Fjfp0ZBr1KtDRbnfVdmIw", shape_ph="X" * 32, specific=["dx_env_json"]),
    K(id="sbg", provider="sevenbridges", kind="auth_token", gen=gen_hex32,
      env="SB_AUTH_TOKEN", words=[["sb", "auth", "token"], ["sbg", "token"], ["cavatica", "token"],
                                  ["velsera", "auth", "token"]],
      host=h_sbg, host_words=["sb", "api", "endpoint"], auth=("header", "X-SBG-Auth-Token"),
      shape_ph="<" + "x" * 30 + ">", specific=["sbg_credentials"]),
    K(id="google_sa", provider="google-cloud", kind="service_account_private_key", gen=gen_pem_escaped,
      env="GOOGLE_APPLICATION_CREDENTIALS", words=[["private", "key"]], host=lambda r: "https://app.terra.bio",
      host_words=["terra", "url"], auth=("none", None), generic=False, specific=["gcp_sa_json", "gcp_sa_json_embedded"],
      shape_ph="-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n", weight=1.2),
    K(id="galaxy", provider="galaxy", kind="api_key", gen=gen_hex32,
      env="GALAXY_API_KEY", words=[["galaxy", "api", "key"], ["galaxy", "key"], ["gx", "api", "key"]],
      host=h_galaxy, host_words=["galaxy", "url"], auth=("header", "x-api-key"),
      shape_ph="<your galaxy api key>", specific=["planemo_yml"]),
    K(id="labkey", provider="labkey", kind="api_key", gen=gen_labkey,
      env="LABKEY_API_KEY", words=[["labkey", "api", "key"], ["labkey", "apikey"], ["lk", "api", "key"]],
      host=h_labkey, host_words=["labkey", "server"], auth=("header", "apikey"),
      shape_ph="apikey|" + "X" * 32, mask_keep=9, specific=["netrc_labkey"]),
    K(id="synapse", provider="synapse", kind="personal_access_token", gen=gen_synapse,
      env="SYNAPSE_AUTH_TOKEN", words=[["synapse", "auth", "token"], ["synapse", "pat"], ["syn", "token"]],
      host=h_synapse, host_words=["synapse", "repo", "endpoint"], auth=("bearer", None),
      shape_ph="<authtoken>", mask_keep=10, specific=["synapse_config"]),
    K(id="ncbi", provider="ncbi", kind="eutils_api_key", gen=gen_ncbi,
      env="NCBI_API_KEY", words=[["ncbi", "api", "key"], ["entrez", "api", "key"], ["eutils", "key"]],
      host=h_ncbi, host_words=["eutils", "base"], auth=("query", "api_key"),
      doc="ABCD123", shape_ph="YOUR_API_KEY", specific=["md_eutils_url"]),
    K(id="tenx", provider="10x-genomics", kind="cloud_access_token", gen=gen_tenx,
      env="TXG_ACCESS_TOKEN", words=[["txg", "access", "token"], ["tenx", "cloud", "token"], ["ten_x", "token"]],
      host=h_tenx, host_words=["txg", "cloud", "url"], auth=("bearer", None),
      shape_ph="<10x-cloud-access-token>", weight=0.7),
    K(id="labarchives", provider="labarchives", kind="access_password", gen=gen_labarchives,
      env="LA_ACCESS_PASSWORD", words=[["labarchives", "access", "password"], ["la", "password"],
                                       ["labarchives", "secret"]],
      host=h_labarchives, host_words=["labarchives", "api", "url"], auth=("hmac", None),
      shape_ph="<access password from LabArchives>",
      pair=(["labarchives", "akid"], lambda r: "%s_%s" % (rng_choice(r, ORGS).replace("-", ""), rs(r, string.digits, 2)))),
    K(id="scinote", provider="scinote", kind="api_token", gen=gen_scinote,
      env="SCINOTE_API_TOKEN", words=[["scinote", "api", "token"], ["scinote", "token"]],
      host=h_scinote, host_words=["scinote", "url"], auth=("bearer", None), shape_ph="<scinote token>", weight=0.7),
    K(id="elabftw", provider="elabftw", kind="api_key", gen=gen_elabftw,
      env="ELAB_API_KEY", words=[["elab", "api", "key"], ["elabftw", "key"], ["eln", "api", "key"]],
      host=h_elab, host_words=["elab", "host"], auth=("header", "Authorization"),
      doc="3-cb2314b00d2845a...", shape_ph="1-" + "x" * 84, mask_keep=8, specific=["elapi_yml"]),
    K(id="quartzy", provider="quartzy", kind="access_token", gen=gen_quartzy,
      env="QUARTZY_ACCESS_TOKEN", words=[["quartzy", "access", "token"], ["quartzy", "token"]],
      host=h_quartzy, host_words=["quartzy", "api"], auth=("header", "Access-Token"),
      shape_ph="<quartzy access token>", weight=0.7),
    K(id="aws_s3", provider="aws", kind="s3_secret_access_key", gen=gen_aws_secret,
      env="AWS_SECRET_ACCESS_KEY", words=[["aws", "secret", "access", "key"], ["s3", "secret", "key"],
                                          ["aws", "secret", "key"]],
      host=h_s3, host_words=["fastq", "bucket"], auth=("sigv4", None),
      doc="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", shape_ph="x" * 40,
      pair=(["aws", "access", "key", "id"], lambda r: "AKIA" + rs(r, B32, 16)),
      specific=["aws_credentials", "rclone_s3", "nf_aws_block"], weight=1.3),
    K(id="gcs_hmac", provider="google-cloud", kind="gcs_hmac_secret", gen=gen_gcs_secret,
      env="GCS_HMAC_SECRET", words=[["gcs", "hmac", "secret"], ["gs", "secret", "access", "key"]],
      host=h_gcs, host_words=["gcs", "bucket"], auth=("sigv4", None), shape_ph="x" * 40,
      pair=(["gcs", "hmac", "access", "id"], lambda r: "GOOG1E" + rs(r, UPPER_NUM, 55)),
      specific=["boto_gcs", "rclone_gcs"], weight=0.9),
    K(id="smb", provider="instrument-pc", kind="smb_share_password", gen=gen_pw,
      env="SMB_PASSWORD", words=[["smb", "password"], ["share", "password"], ["instrument", "share", "pass"],
                                 ["cifs", "password"]],
      host=h_smb, host_words=["instrument", "share"], auth=("smb", None), password=True,
      shape_ph="<share password>", specific=["cifs_creds", "fstab_cifs", "ps_netuse", "bat_netuse"], weight=1.3),
    K(id="lims_db", provider="lims-database", kind="database_password", gen=gen_pw_url,
      env="LIMS_DB_PASSWORD", words=[["lims", "db", "password"], ["db", "password"], ["postgres", "password"],
                                     ["database", "pass"]],
      host=h_db, host_words=["lims", "db", "host"], auth=("db", None), password=True,
      shape_ph="<db-password>", specific=["alembic_ini", "django_db", "jdbc_props", "compose_postgres"], weight=1.5),
    K(id="sftp", provider="sequencing-core", kind="delivery_password", gen=gen_pw_url,
      env="SEQCORE_PASSWORD", words=[["seqcore", "password"], ["sftp", "password"], ["delivery", "pass"]],
      host=h_sftp, host_words=["sftp", "host"], auth=("userpass", None), password=True,
      shape_ph="<password>", specific=["netrc_pw", "samplesheet_url", "lftp_script"], weight=1.0),
]
KIND_BY_ID = {k["id"]: k for k in KINDS}


def rng_choice(r, seq):
    return r.choice(seq)


NEUTRAL_NAMES = [["value"], ["cfg", "val"], ["remote", "ref"], ["lab", "setting"], ["conn", "arg"],
                 ["default", "opt"], ["item"], ["p1"], ["blob"], ["upstream", "param"], ["sync", "param"],
                 ["client", "arg"], ["x"], ["default"], ["ctx", "string"], ["run", "opt"], ["remote", "conf"],
                 ["hdr", "val"], ["svc", "param"], ["k"], ["init", "arg"], ["pipeline", "opt"]]


def style_name(words, st):
    words = [w for w in words if w]
    if st == "snake":
        return "_".join(w.lower() for w in words)
    if st == "screaming":
        return "_".join(w.upper() for w in words)
    if st == "camel":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    if st == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in words)
    if st == "kebab":
        return "-".join(w.lower() for w in words)
    if st == "dot":
        return ".".join(w.lower() for w in words)
    return "_".join(words)


NEG_MODES = ["placeholder", "env_ref", "env_ref", "secret_ref", "masked", "redacted", "empty", "docs_example",
             "placeholder", "shape"]


def secret_ref(rng, kd):
    snake = "-".join(kd["words"][0])
    return rng.choice([
        "arn:aws:secretsmanager:%s:%d:secret:%s/%s" % (rng.choice(REGIONS), rng.randint(10 ** 11, 10 ** 12 - 1),
                                                         rng.choice(LABS), snake),
        "projects/%s/secrets/%s/versions/latest" % (rng.choice(ORGS) + "-" + rng.choice(["prod", "research", "hpc"]),
                                                     snake),
        "vault:secret/data/%s/%s#%s" % (rng.choice(LABS), kd["provider"], "_".join(kd["words"][0][-2:])),
        "op://%s/%s/credential" % (rng.choice(["Lab Informatics", "Genomics Core", "Shared-Bioinfo"]),
                                   kd["provider"].title()),
        "ssm:/%s/%s/%s" % (rng.choice(ORGS), kd["provider"], snake),
    ])


def neg_value(rng, kd, mode):
    if mode == "docs_example" and not kd["doc"]:
        mode = "shape"
    if mode == "placeholder":
        if kd["password"]:
            return rng.choice(["<password>", "PASSWORD_HERE", "<%s>" % kd["env"].lower(), "REPLACE_ME", "TODO",
                               "your-password"])
        return rng.choice(["<YOUR_%s>" % kd["env"], "your-%s-here" % "-".join(kd["words"][0]), "REPLACE_ME",
                           "<%s>" % "_".join(kd["words"][0]), "CHANGE_ME", "TODO-set-me", "${%s}" % kd["env"]])
    if mode == "shape":
        return kd["shape_ph"]
    if mode == "masked":
        if kd["password"]:
            return rng.choice(["********", "**********", "••••••••", "xxxxxxxx"])
        full = kd["gen"](rng)
        keep = full[:kd["mask_keep"]]
        return rng.choice([keep + "*" * rng.randint(8, 20), keep + "…", keep + "...", keep + "<hidden>",
                           "*" * rng.randint(12, 24)])
    if mode == "redacted":
        return rng.choice(["[REDACTED]", "<redacted>", "***REDACTED***", "[FILTERED]", "<removed>"])
    if mode == "empty":
        return ""
    if mode == "docs_example":
        return kd["doc"]
    if mode == "secret_ref":
        return secret_ref(rng, kd)
    if mode == "env_ref":
        return rng.choice(["<YOUR_%s>" % kd["env"], "REPLACE_ME"])  # fallback when no env syntax
    raise ValueError(mode)


NO_ENV_LANGS = {"json", "netrc", "plain", "dotenv", "csv", "wdl", "ini_raw"}


class Slot:
    def __init__(self, rng, kd, neg_mode=None):
        self.rng = rng
        self.kd = kd
        self.neg = neg_mode
        self.obvious = rng.random() < 0.5
        self.env = kd["env"]
        self.words = rng.choice(kd["words"]) if self.obvious else rng.choice(NEUTRAL_NAMES)
        self.value = kd["gen"](rng) if neg_mode is None else neg_value(rng, kd, neg_mode)
        self.is_env = neg_mode == "env_ref"
        self.host = kd["host"](rng)
        self.pair_val = None
        if kd["pair"]:
            if neg_mode is None or kd["id"] not in ("aws_s3", "gcs_hmac"):
                self.pair_val = kd["pair"][1](rng)
            elif kd["id"] == "aws_s3":
                self.pair_val = "AKIAIOSFODNN7EXAMPLE" if neg_mode == "docs_example" else "<AWS_ACCESS_KEY_ID>"
            else:
                self.pair_val = "<GCS_HMAC_ACCESS_ID>"
        self.pyenv = rng.choice(['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s")'])
        self.bashenv = rng.choice(['"${%s}"', '"$%s"', '"${%s:?not set}"'])
        self.nfenv = rng.choice(["System.getenv('%s')", "secrets.%s"])

    # variable name in a given naming style
    def nm(self, st="snake"):
        return style_name(self.words, st)

    def obv(self, st="snake"):
        """An obvious name (used for keys of fixed-format files)."""
        return style_name(self.kd["words"][0], st)

    def env_expr(self, lang, envname=None):
        e = envname or self.env
        return {
            "python": self.pyenv % e,
            "r": 'Sys.getenv("%s")' % e,
            "bash": self.bashenv % e,
            "groovy": self.nfenv % e,
            "java": 'System.getenv("%s")' % e,
            "js": "process.env.%s" % e,
            "ps": "$env:%s" % e,
            "batch": "%%%s%%" % e,
            "make": "$(%s)" % e,
            "gha": "${{ secrets.%s }}" % e,
            "yaml": "${%s}" % e,
            "compose": "${%s}" % e,
            "spring": "${%s}" % e,
            "ini": "${%s}" % e,
            "toml": "${%s}" % e,
            "xml": "${env.%s}" % e,
            "hcl": "var.%s" % e.lower(),
            "docker": "${%s}" % e,
        }.get(lang)

    def lit(self, lang, q='"'):
        """Render the slot in code: quoted literal, or an env lookup expression."""
        if self.is_env and lang not in NO_ENV_LANGS and self.env_expr(lang):
            ex = self.env_expr(lang)
            if lang in ("yaml", "compose", "spring", "ini", "toml", "xml", "gha", "docker") and q:
                return q + ex + q
            return ex
        return q + self.value + q

    def raw(self, lang="plain"):
        """Render in unquoted contexts."""
        if self.is_env and lang not in NO_ENV_LANGS and self.env_expr(lang):
            return self.env_expr(lang)
        return self.value

    def pair_lit(self, lang, q='"'):
        if self.pair_val is None:
            return None
        if self.is_env and self.kd["id"] in ("aws_s3", "gcs_hmac") and self.env_expr(lang):
            e = self.env_expr(lang, style_name(self.kd["pair"][0], "screaming"))
            return q + e + q if lang in ("yaml", "compose", "spring", "ini", "toml", "gha", "xml", "docker") else e
        return q + self.pair_val + q

    def pair_name(self, st="snake"):
        return style_name(self.kd["pair"][0], st)


# --------------------------------------------------------------------------
# per-kind usage snippets (the secret is referenced through variable `v`)
# --------------------------------------------------------------------------
def py_imports(kid):
    return {
        "benchling_key": ["from benchling_sdk.benchling import Benchling",
                          "from benchling_sdk.auth.api_key_auth import ApiKeyAuth"],
        "benchling_app": ["from benchling_sdk.benchling import Benchling",
                          "from benchling_sdk.auth.client_credentials_oauth2 import ClientCredentialsOAuth2"],
        "galaxy": ["from bioblend.galaxy import GalaxyInstance"],
        "synapse": ["import synapseclient"],
        "ncbi": ["from Bio import Entrez"],
        "dnanexus": ["import dxpy"],
        "sbg": ["import sevenbridges as sbg"],
        "labkey": ["from labkey.api_wrapper import APIWrapper"],
        "aws_s3": ["import boto3"],
        "gcs_hmac": ["import boto3"],
        "lims_db": ["import psycopg2"],
        "smb": ["import smbclient"],
    }.get(kid, ["import requests"])


def py_use(S, v):
    k = S.kd["id"]
    r = S.rng
    if k == "benchling_key":
        return ["bench = Benchling(url=%r, auth_method=ApiKeyAuth(%s))" % (S.host, v),
                "for page in bench.dna_sequences.list(schema_id=%r):" % ("ts_" + rs(r, B62, 8)),
                "    for seq in page:",
                "        rows.append((seq.id, seq.name, len(seq.bases)))"]
    if k == "benchling_app":
        return ["auth = ClientCredentialsOAuth2(client_id=%s, client_secret=%s)" % (S.pair_lit("python"), v),
                "bench = Benchling(url=%r, auth_method=auth)" % S.host,
                "entries = bench.entries.list_entries(project_id=%r)" % ("src_" + rs(r, B62, 8)),
                "for page in entries:",
                "    rows.extend(e.display_id for e in page)"]
    if k == "galaxy":
        return ["gi = GalaxyInstance(%r, key=%s)" % (S.host, v),
                "hist = gi.histories.create_history(name=%r)" % ("run-%d" % r.randint(100, 999)),
                "for path in fastqs:",
                "    gi.tools.upload_file(path, hist['id'], file_type='fastqsanger.gz')",
                "rows.append(hist['id'])"]
    if k == "synapse":
        return ["syn = synapseclient.Synapse()",
                "syn.login(authToken=%s, silent=True)" % v,
                "ent = syn.get(%r, downloadLocation='data/raw')" % ("syn%d" % r.randint(10 ** 7, 6 * 10 ** 7)),
                "rows.append(ent.path)"]
    if k == "ncbi":
        return ["Entrez.email = %r" % ("%s@%s.org" % (r.choice(PEOPLE), r.choice(ORGS))),
                "Entrez.api_key = %s" % v,
                "handle = Entrez.esearch(db='sra', term=%r, retmax=500)" % ("%s[Organism] AND RNA-Seq[Strategy]" % r.choice(["Homo sapiens", "Mus musculus", "Danio rerio"])),
                "rows.extend(Entrez.read(handle)['IdList'])"]
    if k == "dnanexus":
        return ["dxpy.set_security_context({'auth_token_type': 'Bearer', 'auth_token': %s})" % v,
                "dxpy.set_workspace_id(%r)" % ("project-" + rs(r, B58[:], 24)),
                "for f in dxpy.find_data_objects(classname='file', name='*.fastq.gz', name_mode='glob'):",
                "    rows.append(f['id'])"]
    if k == "sbg":
        return ["api = sbg.Api(url=%r, token=%s)" % (S.host, v),
                "for task in api.tasks.query(project=%r, status='COMPLETED'):" % ("%s/%s" % (r.choice(PEOPLE), r.choice(ASSAYS))),
                "    rows.append((task.id, task.name))"]
    if k == "labkey":
        return ["api = APIWrapper(%r, %r, use_ssl=True, api_key=%s)" % (S.host, "/%s/%s" % (r.choice(["Studies", "Core", "Projects"]), r.choice(LABS)), v),
                "res = api.query.select_rows('samples', 'Samples', max_rows=1000)",
                "rows.extend(res['rows'])"]
    if k in ("aws_s3", "gcs_hmac"):
        ep = ", endpoint_url='https://storage.googleapis.com'" if k == "gcs_hmac" else ""
        b = S.host.split("://")[1]
        return ["s3 = boto3.client('s3', aws_access_key_id=%s, aws_secret_access_key=%s%s)" % (S.pair_lit("python"), v, ep),
                "resp = s3.list_objects_v2(Bucket=%r, Prefix=%r)" % (b, "runs/%s/" % run_id(r)),
                "rows.extend(o['Key'] for o in resp.get('Contents', []))"]
    if k == "lims_db":
        return ["conn = psycopg2.connect(host=%r, dbname='lims', user=%r, password=%s)" % (S.host, r.choice(["lims_app", "lims_ro", "sampletracker"]), v),
                "with conn.cursor() as cur:",
                "    cur.execute('SELECT sample_id, barcode FROM samples WHERE run_id = %s', (run,))",
                "    rows.extend(cur.fetchall())"]
    if k == "smb":
        return ["smbclient.ClientConfig(username=%r, password=%s)" % ("LAB\\\\%s" % r.choice(["seqsvc", "instrument", "ngs-upload"]), v),
                "for entry in smbclient.scandir(%r):" % ("\\\\" + S.host.strip("/").replace("/", "\\")),
                "    rows.append(entry.name)"]
    if k == "labarchives":
        return ["params = {'akid': %s, 'expires': str(expires), 'method': 'users:user_info'}" % S.pair_lit("python"),
                "params['sig'] = base64.b64encode(hmac.new(%s.encode(), msg.encode(), hashlib.sha1).digest()).decode()" % v,
                "resp = requests.get(%r + '/api/users/user_info', params=params, timeout=30)" % S.host,
                "rows.append(resp.text)"]
    if k == "sftp":
        return ["resp = requests.get(%r, auth=(%r, %s), timeout=60)" % ("https://%s/delivery/%s/" % (S.host, run_id(r)), r.choice(PEOPLE), v),
                "rows.extend(line for line in resp.text.splitlines() if line.endswith('.fastq.gz'))"]
    a, hn = S.kd["auth"]
    if a == "bearer":
        hdr = "{'Authorization': f'Bearer {%s}'}" % v
    elif a == "header":
        hdr = "{%r: %s}" % (hn, v)
    else:
        hdr = "{'Authorization': %s}" % v
    return ["resp = requests.get(%r, headers=%s, timeout=30)" % (S.host + api_path(S.kd["id"], r), hdr),
            "resp.raise_for_status()",
            "rows.extend(resp.json().get('items', []))"]


def auth_header(S, ref):
    a, hn = S.kd["auth"]
    if a == "bearer":
        return "Authorization", "Bearer " + ref
    if a == "header":
        return hn, ref
    return "Authorization", "Bearer " + ref


HEADER_TEMPLATES_OK = ("bearer", "header")


def api_path(kid, r):
    return {
        "basespace": "/v2/users/current/projects?Limit=100",
        "tenx": "/api/v1/projects",
        "scinote": "/api/v1/teams/%d/projects" % r.randint(1, 40),
        "elabftw": "/api/v2/experiments?limit=50",
        "quartzy": "/order-requests?page=1",
        "galaxy": "/api/histories",
        "synapse": "/repo/v1/userProfile",
        "dnanexus": "/system/findDataObjects",
        "sbg": "/projects",
        "benchling_key": "/api/v2/dna-sequences",
        "ncbi": "/einfo.fcgi?db=sra&retmode=json",
    }.get(kid, "/api/v1/items")


def run_id(r):
    return "%02d%02d%02d_%s_%04d_%s" % (r.randint(19, 25), r.randint(1, 12), r.randint(1, 28),
                                        r.choice(["A00", "NB5", "M0", "LH00", "VH0"]) + str(r.randint(100, 999)),
                                        r.randint(1, 2000),
                                        r.choice(["A", "B"]) + rs(r, UPPER_NUM, 9))


def r_use(S, v):
    k = S.kd["id"]
    r = S.rng
    if k == "synapse":
        return ["library(synapser)", "synLogin(authToken = %s)" % v,
                "ent <- synGet(\"syn%d\", downloadLocation = \"data/raw\")" % r.randint(10 ** 7, 6 * 10 ** 7),
                "counts <- read.delim(ent$path, row.names = 1)"]
    if k == "ncbi":
        return ["library(rentrez)", "set_entrez_key(%s)" % v,
                "res <- entrez_search(db = \"sra\", term = \"%s[ORGN] AND rna seq[STRA]\", retmax = 200)" % r.choice(["human", "mouse", "zebrafish"]),
                "ids <- res$ids"]
    if k == "labkey":
        return ["library(Rlabkey)", "labkey.setDefaults(apiKey = %s, baseUrl = \"https://%s\")" % (v, S.host),
                "samples <- labkey.selectRows(folderPath = \"/%s\", schemaName = \"samples\", queryName = \"Samples\")" % r.choice(LABS),
                "counts <- samples"]
    if k == "sbg":
        return ["library(sevenbridges2)", "a <- Auth$new(token = %s, url = \"%s\")" % (v, S.host),
                "p <- a$projects$get(id = \"%s/%s\")" % (r.choice(PEOPLE), r.choice(ASSAYS)),
                "counts <- p$list_files()"]
    if k == "lims_db":
        return ["library(DBI)",
                "con <- dbConnect(RPostgres::Postgres(), host = \"%s\", dbname = \"lims\", user = \"lims_ro\", password = %s)" % (S.host, v),
                "counts <- dbGetQuery(con, \"SELECT sample_id, conc_ng_ul FROM qc_results\")", "dbDisconnect(con)"]
    if k in ("aws_s3", "gcs_hmac"):
        return ["library(aws.s3)",
                "Sys.setenv(AWS_ACCESS_KEY_ID = %s, AWS_SECRET_ACCESS_KEY = %s, AWS_DEFAULT_REGION = \"%s\")" % (S.pair_lit("r"), v, r.choice(REGIONS)),
                "objs <- get_bucket_df(\"%s\", prefix = \"counts/\")" % S.host.split("://")[1],
                "counts <- objs$Key"]
    if k == "sftp":
        return ["library(httr)",
                "resp <- GET(\"https://%s/delivery/\", authenticate(\"%s\", %s))" % (S.host, r.choice(PEOPLE), v),
                "counts <- content(resp, \"text\")"]
    if k == "benchling_app":
        return ["library(httr)",
                "tok <- POST(\"%s/api/v2/token\", authenticate(benchling_client_id, %s), body = list(grant_type = \"client_credentials\"), encode = \"form\")" % (S.host, v),
                "access <- content(tok)$access_token",
                "resp <- GET(\"%s/api/v2/entries\", add_headers(Authorization = paste(\"Bearer\", access)))" % S.host,
                "counts <- content(resp)$entries"]
    if k == "labarchives":
        return ["library(httr)", "library(digest)", "expires <- format(as.numeric(Sys.time()) * 1000 + 60000, scientific = FALSE)",
                "sig <- base64enc::base64encode(hmac(%s, paste0(labarchives_akid, \"users:user_info\", expires), \"sha1\", raw = TRUE))" % v,
                "resp <- GET(\"%s/api/users/user_info\", query = list(akid = labarchives_akid, expires = expires, sig = sig))" % S.host,
                "counts <- content(resp, \"text\")"]
    if k == "benchling_key":
        return ["library(httr)",
                "resp <- GET(\"%s/api/v2/dna-sequences\", authenticate(%s, \"\"))" % (S.host, v),
                "counts <- content(resp)$dnaSequences"]
    a, hn = S.kd["auth"]
    if a == "bearer":
        h = "add_headers(Authorization = paste(\"Bearer\", %s))" % v
    elif a == "header":
        h = "add_headers(`%s` = %s)" % (hn, v)
    else:
        h = "add_headers(Authorization = %s)" % v
    return ["library(httr)", "resp <- GET(\"%s%s\", %s)" % (S.host, api_path(k, r), h),
            "stop_for_status(resp)", "counts <- content(resp)"]


def sh_use(S, v):
    """bash lines; v is a shell expansion like "$TOKEN"."""
    k = S.kd["id"]
    r = S.rng
    if k == "dnanexus":
        return ["dx login --token %s --noprojects" % v,
                "dx select %s" % ("project-" + rs(r, B58, 24)),
                "dx upload --brief --path /raw/${RUN_ID}/ \"${OUTDIR}\"/*.fastq.gz"]
    if k == "basespace":
        return ["bs --api-server %s --access-token %s list runs --filter-term ${RUN_ID}" % (S.host, v),
                "bs --access-token %s download run --name ${RUN_ID} -o \"${OUTDIR}/bcl\"" % v]
    if k == "sbg":
        return ["curl -s -H \"X-SBG-Auth-Token: %s\" \"%s/projects/%s/%s\" | jq .name" % (v.strip('"'), S.host, r.choice(PEOPLE), r.choice(ASSAYS))]
    if k == "benchling_app":
        cid = S.pair_lit("bash", q="") if S.pair_val else "${BENCHLING_CLIENT_ID}"
        return ["ACCESS=$(curl -sf -X POST \"%s/api/v2/token\" -u \"%s:%s\" -d grant_type=client_credentials | jq -r .access_token)" % (S.host, cid, v.strip('"')),
                "curl -sf -H \"Authorization: Bearer ${ACCESS}\" \"%s/api/v2/entries?pageSize=50\" -o \"${OUTDIR}/entries.json\"" % S.host]
    if k == "labarchives":
        ak = S.pair_lit("bash", q="") if S.pair_val else "${LA_AKID}"
        return ["EXPIRES=$(( $(date +%s) * 1000 + 60000 ))",
                "SIG=$(printf '%%s' \"%susers:user_info${EXPIRES}\" | openssl dgst -sha1 -hmac %s -binary | base64)" % (ak, v),
                "curl -sf \"%s/api/users/user_info?akid=%s&expires=${EXPIRES}&sig=$(jq -rn --arg s \"$SIG\" '$s|@uri')\" -o \"${OUTDIR}/user.xml\"" % (S.host, ak)]
    if k == "benchling_key":
        return ["curl -sf -u %s: \"%s/api/v2/dna-sequences?pageSize=50\" > \"${OUTDIR}/sequences.json\"" % (v, S.host)]
    if k == "ncbi":
        return ["esearch -db sra -query \"${BIOPROJECT}\" -api_key %s | efetch -format runinfo > runinfo.csv" % v,
                "# or plain curl",
                "curl -s \"%s/esummary.fcgi?db=sra&id=${ID}&api_key=%s\" > summary.xml" % (S.host, v.strip('"'))]
    if k == "galaxy":
        return ["curl -s -H \"x-api-key: %s\" \"%s/api/histories?q=name&qv=${RUN_ID}\" | jq -r '.[0].id'" % (v.strip('"'), S.host)]
    if k == "labkey":
        return ["curl -s -H \"apikey: %s\" \"https://%s/query/%s/selectRows.api?schemaName=samples&query.queryName=Samples\"" % (v.strip('"'), S.host, r.choice(LABS))]
    if k in ("aws_s3", "gcs_hmac"):
        ep = " --endpoint-url https://storage.googleapis.com" if k == "gcs_hmac" else ""
        return ["AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s \\" % (S.pair_lit("bash", q="") if S.pair_val else "", v),
                "  aws s3 sync%s \"${OUTDIR}\" \"%s/runs/${RUN_ID}/\" --exclude '*' --include '*.fastq.gz'" % (ep, S.host)]
    if k == "lims_db":
        return ["PGPASSWORD=%s psql -h %s -U lims_app -d lims -c \"UPDATE runs SET status='DEMUXED' WHERE run_id='${RUN_ID}'\"" % (v, S.host)]
    if k == "smb":
        return ["smbclient \"%s\" -U \"LAB/seqsvc%%%s\" -c \"prompt OFF; recurse ON; cd ${RUN_ID}; mget *\"" % (S.host, v.strip('"').strip("'"))]
    if k == "sftp":
        return ["curl -sf -u \"%s:%s\" \"https://%s/delivery/${RUN_ID}/md5sums.txt\" -o md5sums.txt" % (r.choice(PEOPLE), v.strip('"'), S.host)]
    a, hn = S.kd["auth"]
    if a == "bearer":
        hv = "Authorization: Bearer %s" % v.strip('"')
    elif a == "header":
        hv = "%s: %s" % (hn, v.strip('"'))
    else:
        hv = "Authorization: %s" % v.strip('"')
    return ["curl -sf -H \"%s\" \"%s%s\" -o \"${OUTDIR}/response.json\"" % (hv, S.host, api_path(k, r))]


# --------------------------------------------------------------------------
# generic templates (any kind with generic=True)
# each returns (relpath, filetype, [lines])
# --------------------------------------------------------------------------
def inline_ok(S):
    return (not S.obvious) and S.rng.random() < 0.5


def pair_lines(S, lang, fmt, st="screaming", q='"'):
    if S.pair_val is None:
        return []
    return [fmt % (S.pair_name(st), S.pair_lit(lang, q))]


def t_py_settings(rng, S):
    lab = rng.choice(LABS)
    n = S.nm(rng.choice(["screaming", "screaming", "snake"]))
    L = ['"""Runtime settings for the %s %s."""' % (lab, rng.choice(["sample tracker", "LIMS bridge", "pipeline launcher", "QC dashboard"])),
         "import os", "from pathlib import Path", "",
         "BASE_DIR = Path(__file__).resolve().parent.parent",
         "DATA_ROOT = Path(os.environ.get(\"DATA_ROOT\", \"/mnt/%s/data\"))" % lab,
         "REFERENCE = \"%s\"" % rng.choice(GENOMES),
         "DEBUG = %s" % rng.choice(["False", "True"]), "",
         "# --- external services ---",
         "%s = \"%s\"" % (style_name(S.kd["host_words"], "screaming"), S.host)]
    L += pair_lines(S, "python", "%s = %s")
    if rng.random() < 0.5:
        L.append("%s = %s  # %s" % (n, S.lit("python"), rng.choice(["rotate yearly", "service account", "owner: %s" % rng.choice(PEOPLE), "see wiki"])))
    else:
        L.append("%s = %s" % (n, S.lit("python")))
    L += ["", "MAX_WORKERS = %d" % rng.choice([4, 8, 16]),
          "POLL_INTERVAL_S = %d" % rng.choice([30, 60, 300]),
          "ALLOWED_ASSAYS = %r" % rng.sample(ASSAYS, 3),
          "LOG_LEVEL = os.environ.get(\"LOG_LEVEL\", \"INFO\")"]
    return "%s/settings.py" % rng.choice(["config", lab.replace("-", "_"), "src/%s" % lab.replace("-", "_"), "app"]), "python", L


def t_py_script(rng, S):
    kid = S.kd["id"]
    n = S.nm(rng.choice(["snake", "screaming"]))
    v = S.lit("python", rng.choice(['"', "'"])) if inline_ok(S) else n
    L = ["#!/usr/bin/env python3",
         '"""%s"""' % rng.choice(["Pull run metadata and push sample rows to the LIMS.",
                                  "Nightly sync of sequencing outputs.",
                                  "Fetch entities for the weekly QC report.",
                                  "Helper used by the %s pipeline to register results." % rng.choice(ASSAYS)]),
         "import argparse", "import base64", "import csv", "import hashlib", "import hmac", "import os",
         "import sys", "import time"]
    L += py_imports(kid)
    L += [""]
    if v == n:
        L += pair_lines(S, "python", "%s = %s")
        L += ["%s = %s" % (n, S.lit("python"))]
    elif S.pair_val is not None:
        L += pair_lines(S, "python", "%s = %s")
    L += ["", "", "def main(argv=None):",
          "    ap = argparse.ArgumentParser()",
          "    ap.add_argument('--run', required=True)",
          "    ap.add_argument('--out', default='results/%s.tsv')" % rng.choice(["samples", "entities", "runs", "qc"]),
          "    args = ap.parse_args(argv)",
          "    run = args.run",
          "    run_id = run",
          "    fastqs = sorted(p for p in os.listdir('fastq') if p.endswith('.fastq.gz'))",
          "    expires = int(time.time() * 1000) + 60000",
          "    msg = 'users:user_info' + str(expires)",
          "    rows = []"]
    if S.pair_val is not None and v != n:
        pass
    L += ["    " + x for x in py_use(S, v)]
    L += ["    with open(args.out, 'w', newline='') as fh:",
          "        w = csv.writer(fh, delimiter='\\t')",
          "        for row in rows:",
          "            w.writerow(row if isinstance(row, (list, tuple)) else [row])",
          "    print(f'wrote {len(rows)} rows to {args.out}', file=sys.stderr)",
          "    return 0", "", "",
          "if __name__ == '__main__':",
          "    sys.exit(main())"]
    name = rng.choice(["sync_%s.py" % S.kd["provider"].replace("-", "_"), "fetch_runs.py", "register_samples.py",
                       "pull_metadata.py", "upload_results.py", "%s_client.py" % S.kd["provider"].replace("-", "_")])
    return "%s/%s" % (rng.choice(["scripts", "bin", "tools", "src/lims"]), name), "python", L


def t_r_script(rng, S):
    n = S.nm(rng.choice(["snake", "dot", "camel"]))
    v = S.lit("r") if inline_ok(S) else n
    L = ["# %s" % rng.choice(["Pull counts and metadata for the DE analysis", "Download QC tables", "Load sample sheet from LIMS"]),
         "# author: %s  date: 20%02d-%02d-%02d" % (rng.choice(PEOPLE), rng.randint(19, 25), rng.randint(1, 12), rng.randint(1, 28)),
         "", "suppressPackageStartupMessages({", "  library(dplyr)", "  library(readr)", "})", ""]
    if v == n:
        if S.pair_val is not None:
            L.append("%s <- %s" % (S.pair_name("snake"), S.pair_lit("r")))
        L.append("%s %s %s" % (n, rng.choice(["<-", "="]), S.lit("r")))
    elif S.pair_val is not None:
        L.append("%s <- %s" % (S.pair_name("snake"), S.pair_lit("r")))
    L += [""]
    use = r_use(S, v)
    if S.pair_val is not None:
        use = [u.replace(S.pair_lit("r"), S.pair_name("snake")) for u in use]
    L += use
    L += ["", "meta <- read_csv(\"metadata/samples.csv\", show_col_types = FALSE) %>%",
          "  filter(tissue %%in%% c(\"%s\", \"%s\"))" % tuple(rng.sample(TISSUES, 2)),
          "saveRDS(list(meta = meta, counts = counts), file = \"data/%s.rds\")" % rng.choice(["inputs", "cache", "raw"])]
    return "%s/%s" % (rng.choice(["R", "scripts", "analysis"]), rng.choice(["00_fetch_data.R", "load_data.R", "download.R", "setup.R"])), "r", L


def t_rmd(rng, S):
    n = S.nm(rng.choice(["snake", "dot"]))
    v = S.lit("r") if inline_ok(S) else n
    L = ["---", "title: \"%s\"" % rng.choice(["Differential expression: %s vs %s" % tuple(rng.sample(TISSUES, 2)), "Run QC report", "scRNA-seq clustering"]),
         "author: \"%s\"" % rng.choice(PEOPLE), "date: \"`r Sys.Date()`\"", "output: html_document", "---", "",
         "```{r setup, include=FALSE}", "knitr::opts_chunk$set(echo = TRUE, message = FALSE)", "library(tidyverse)"]
    if v == n:
        if S.pair_val is not None:
            L.append("%s <- %s" % (S.pair_name("snake"), S.pair_lit("r")))
        L.append("%s <- %s" % (n, S.lit("r")))
    elif S.pair_val is not None:
        L.append("%s <- %s" % (S.pair_name("snake"), S.pair_lit("r")))
    L += ["```", "", "## Data", "",
          "Samples were sequenced on a %s (%s, %d bp paired-end)." % (rng.choice(INSTRUMENTS), rng.choice(GENOMES), rng.choice([50, 100, 150])),
          "", "```{r fetch}"]
    use = r_use(S, v)
    if S.pair_val is not None:
        use = [u.replace(S.pair_lit("r"), S.pair_name("snake")) for u in use]
    L += use
    L += ["```", "", "## QC", "", "```{r qc, fig.width=8}",
          "ggplot(as.data.frame(counts), aes(x = 1)) + geom_bar()", "```"]
    return "%s/%s.Rmd" % (rng.choice(["analysis", "reports", "notebooks"]), rng.choice(["qc_report", "de_analysis", "01_exploration", "clustering"])), "rmarkdown", L


def t_ipynb(rng, S):
    n = S.nm(rng.choice(["snake", "screaming"]))
    v = S.lit("python") if inline_ok(S) else n
    c1 = ["import os\n", "import pandas as pd\n"] + [x + "\n" for x in py_imports(S.kd["id"])]
    c2 = []
    if v == n or S.pair_val is not None:
        c2 += [x + "\n" for x in pair_lines(S, "python", "%s = %s")]
    if v == n:
        c2.append("%s = %s\n" % (n, S.lit("python")))
    c2 += ["rows = []\n", "run = %r\n" % run_id(rng), "run_id = run\n", "fastqs = []\n"]
    c2 += [x + "\n" for x in py_use(S, v)]
    c2[-1] = c2[-1].rstrip("\n")
    c3 = ["df = pd.DataFrame(rows)\n", "df.head()"]
    nb = {"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# %s\n" % rng.choice(["Explore run outputs", "Pull samples", "QC overview"]), "\n", "Run on %s." % rng.choice(INSTRUMENTS)]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": c1},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": c2},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [
            {"output_type": "execute_result", "execution_count": 3, "metadata": {},
             "data": {"text/plain": ["   0\n", "0  %s" % rng.choice(["S1", "L001", "ok"])]}}], "source": c3}],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                     "language_info": {"name": "python", "version": "3.%d.%d" % (rng.randint(8, 12), rng.randint(0, 9))}},
        "nbformat": 4, "nbformat_minor": 5}
    txt = json.dumps(nb, indent=1, ensure_ascii=False)
    return "notebooks/%s.ipynb" % rng.choice(["01_explore", "fetch_runs", "qc_overview", "scratch", "02_samples"]), "ipynb", txt.split("\n")


def t_bash_env(rng, S):
    n = S.nm("screaming")
    L = ["#!/usr/bin/env bash", "# source me: . %s" % rng.choice(["env.sh", "scripts/env.sh"]),
         "# environment for the %s pipeline on %s" % (rng.choice(ASSAYS), rng.choice(["the HPC", "the analysis VM", "the instrument PC"])), "",
         "export PIPELINE_HOME=/opt/%s" % rng.choice(LABS),
         "export NXF_SINGULARITY_CACHEDIR=/scratch/$USER/singularity",
         "export GENOME=%s" % rng.choice(GENOMES),
         "export %s=%s" % (style_name(S.kd["host_words"], "screaming"), S.host)]
    L += pair_lines(S, "bash", "export %s=%s", q="")
    q = rng.choice(['"', "'", ""]) if not S.kd["password"] else "'"
    L.append("export %s=%s" % (n, S.lit("bash", q)))
    L += ["export THREADS=%d" % rng.choice([8, 16, 32]), "", "module load %s" % rng.choice(["nextflow/23.10.1", "snakemake/7.32", "samtools/1.19"]),
          "conda activate %s" % rng.choice(["rnaseq", "ngs", "base", "bioinfo"])]
    return rng.choice(["env.sh", "scripts/env.sh", "config/env.sh", "setup_env.sh"]), "bash", L


def t_bash_pipeline(rng, S):
    n = S.nm(rng.choice(["screaming", "snake"]))
    inl = inline_ok(S)
    v = S.lit("bash", '"' if not S.kd["password"] else "'") if inl else '"${%s}"' % n
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "",
         "# %s" % rng.choice(["demux + upload after a run completes", "nightly transfer from the sequencer", "push FASTQs to the analysis platform"]),
         "RUN_ID=\"${1:?usage: $0 RUN_ID}\"",
         "OUTDIR=\"/data/%s/${RUN_ID}\"" % rng.choice(["fastq", "runs", "demux"]),
         "SAMPLESHEET=\"${OUTDIR}/SampleSheet.csv\""]
    if not inl:
        L += pair_lines(S, "bash", "%s=%s", q="'")
        L.append("%s=%s" % (n, S.lit("bash", "'")))
    L += ["", "bcl-convert --bcl-input-directory \"/instrument/runs/${RUN_ID}\" \\",
          "  --output-directory \"${OUTDIR}\" --sample-sheet \"${SAMPLESHEET}\" --force",
          "", "find \"${OUTDIR}\" -name '*.fastq.gz' -exec md5sum {} + > \"${OUTDIR}/md5sums.txt\"", ""]
    use = sh_use(S, v)
    if S.pair_val is not None and not inl:
        use = [u.replace(S.pair_lit("bash", q=""), "\"${%s}\"" % S.pair_name("screaming")) for u in use]
    L += use
    L += ["", "echo \"[$(date -Is)] ${RUN_ID} done\" >> /var/log/%s.log" % rng.choice(["transfer", "demux", "pipeline"])]
    return "%s/%s" % (rng.choice(["bin", "scripts", "pipeline"]), rng.choice(["post_run.sh", "transfer.sh", "upload_fastq.sh", "run_demux.sh"])), "bash", L


def t_slurm(rng, S):
    n = S.nm("screaming")
    L = ["#!/bin/bash", "#SBATCH --job-name=%s" % rng.choice(ASSAYS), "#SBATCH --partition=%s" % rng.choice(["compute", "long", "bigmem", "gpu"]),
         "#SBATCH --cpus-per-task=%d" % rng.choice([4, 8, 16]), "#SBATCH --mem=%dG" % rng.choice([16, 32, 64, 128]),
         "#SBATCH --time=%02d:00:00" % rng.choice([4, 12, 24, 48]), "#SBATCH --array=1-%d" % rng.randint(8, 96),
         "#SBATCH --output=logs/%x_%A_%a.out", "", "set -euo pipefail", "module load %s" % rng.choice(["nextflow", "java/17", "python/3.11"]), ""]
    L += pair_lines(S, "bash", "export %s=%s", q="")
    L.append("export %s=%s" % (n, S.lit("bash", "'" if S.kd["password"] else rng.choice(['"', '']))))
    L += ["SAMPLE=$(sed -n \"${SLURM_ARRAY_TASK_ID}p\" samples.txt)", "RUN_ID=${SAMPLE%%_*}", "OUTDIR=results/${SAMPLE}", ""]
    use = sh_use(S, "\"${%s}\"" % n)
    if S.pair_val is not None:
        use = [u.replace(S.pair_lit("bash", q=""), "\"${%s}\"" % S.pair_name("screaming")) for u in use]
    L += use
    return "%s/%s" % (rng.choice(["slurm", "hpc", "jobs"]), rng.choice(["upload.sbatch", "fetch_inputs.slurm", "array_job.sh", "run_pipeline.sbatch"])), "slurm", L


def t_dockerfile(rng, S):
    n = S.nm("screaming")
    base = rng.choice(["python:3.11-slim", "rocker/r-ver:4.3.2", "ubuntu:22.04", "mambaorg/micromamba:1.5.6", "nfcore/base:2.1"])
    L = ["FROM %s" % base, "", "LABEL maintainer=\"%s@%s.org\"" % (rng.choice(PEOPLE), rng.choice(ORGS)),
         "RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates pigz && rm -rf /var/lib/apt/lists/*",
         "WORKDIR /app", "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", "",
         "ENV %s=%s" % (style_name(S.kd["host_words"], "screaming"), S.host)]
    L += pair_lines(S, "docker", "ENV %s=%s", q="")
    kw = rng.choice(["ENV", "ENV", "ARG"])
    L.append("%s %s=%s" % (kw, n, S.lit("docker", '"' if rng.random() < 0.5 else "")))
    L += ["", "COPY . .", "ENTRYPOINT [\"python\", \"-m\", \"%s\"]" % rng.choice(["lims_sync", "uploader", "worker"])]
    return rng.choice(["Dockerfile", "docker/Dockerfile", "containers/uploader/Dockerfile"]), "dockerfile", L


def t_dotenv(rng, S):
    n = S.nm("screaming")
    L = ["# local settings - %s" % rng.choice(["do not use in prod", "copied from the wiki", "dev"]),
         "APP_ENV=%s" % rng.choice(["development", "staging", "production"]),
         "DATA_DIR=/mnt/%s" % rng.choice(LABS),
         "%s=%s" % (style_name(S.kd["host_words"], "screaming"), S.host)]
    L += pair_lines(S, "dotenv", "%s=%s", q="")
    q = rng.choice(['', '"']) if not S.kd["password"] else rng.choice(['', "'"])
    L.append("%s=%s" % (n, S.lit("dotenv", q)))
    L += ["LOG_LEVEL=%s" % rng.choice(["info", "debug"]), "WORKERS=%d" % rng.choice([2, 4]), "TZ=%s" % rng.choice(["UTC", "Europe/Berlin", "America/New_York"])]
    return rng.choice([".env", ".env.local", "deploy/.env", "app/.env.development"]), "dotenv", L


def t_compose(rng, S):
    n = S.nm("screaming")
    svc = rng.choice(["lims-sync", "uploader", "worker", "ingest", "seq-watcher"])
    L = ["version: \"3.8\"", "services:", "  %s:" % svc, "    image: ghcr.io/%s/%s:%s" % (rng.choice(ORGS), svc, rng.choice(["latest", "1.4.2", "main"])),
         "    restart: unless-stopped", "    volumes:", "      - /mnt/instrument/runs:/runs:ro", "    environment:",
         "      %s: %s" % (style_name(S.kd["host_words"], "screaming"), S.host)]
    if rng.random() < 0.5:
        L += pair_lines(S, "compose", "      %s: %s", q='"')
        L.append("      %s: %s" % (n, S.lit("compose", '"')))
    else:
        L[-1] = "      - %s=%s" % (style_name(S.kd["host_words"], "screaming"), S.host)
        L += pair_lines(S, "compose", "      - %s=%s", q="")
        L.append("      - %s=%s" % (n, S.lit("compose", "")))
    L += ["      LOG_LEVEL: info" if ":" in L[-1].split("=")[0] else "      - LOG_LEVEL=info",
          "  redis:", "    image: redis:7-alpine", "    ports:", "      - \"6379:6379\""]
    return rng.choice(["docker-compose.yml", "docker-compose.yaml", "deploy/docker-compose.yml", "compose.yaml"]), "compose", L


def t_gha(rng, S):
    n = S.nm("screaming")
    L = ["name: %s" % rng.choice(["nightly-sync", "pipeline-test", "upload-results", "ci"]), "on:",
         "  schedule:", "    - cron: \"%d %d * * *\"" % (rng.randint(0, 59), rng.randint(0, 23)), "  workflow_dispatch:", "",
         "jobs:", "  run:", "    runs-on: ubuntu-latest", "    env:",
         "      %s: %s" % (style_name(S.kd["host_words"], "screaming"), S.host)]
    L += pair_lines(S, "gha", "      %s: %s", q="")
    L.append("      %s: %s" % (n, S.lit("gha", rng.choice(["", '"']))))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
          "          python-version: \"3.11\"", "      - run: pip install -r requirements.txt",
          "      - run: python scripts/%s.py --run latest" % rng.choice(["sync", "fetch_runs", "register_samples"])]
    return ".github/workflows/%s.yml" % rng.choice(["nightly", "sync", "deploy", "ci"]), "gh-actions", L


def t_nf_config(rng, S):
    n = S.nm(rng.choice(["snake", "camel"]))
    L = ["// nextflow.config for %s" % rng.choice(LABS), "manifest {", "    name = '%s/%s'" % (rng.choice(ORGS), rng.choice(ASSAYS)),
         "    nextflowVersion = '!>=23.04.0'", "}", "", "params {", "    input   = 'samplesheet.csv'",
         "    outdir  = 'results'", "    genome  = '%s'" % rng.choice(GENOMES), "    %s = '%s'" % (style_name(S.kd["host_words"], "snake"), S.host)]
    if rng.random() < 0.5:
        L += pair_lines(S, "groovy", "    %s = %s", st="snake", q="'")
        L.append("    %s = %s" % (n, S.lit("groovy", "'")))
        L += ["}", ""]
    else:
        L += ["}", "", "env {"]
        L += pair_lines(S, "groovy", "    %s = %s", q="'")
        L.append("    %s = %s" % (S.nm("screaming"), S.lit("groovy", "'")))
        L += ["    NXF_OPTS = '-Xms1g -Xmx4g'", "}", ""]
    L += ["process {", "    executor = '%s'" % rng.choice(["slurm", "awsbatch", "google-batch", "local"]),
          "    withLabel: process_high { cpus = 16; memory = 64.GB }", "}", "",
          "profiles {", "    docker { docker.enabled = true }", "    singularity { singularity.enabled = true; singularity.autoMounts = true }", "}"]
    return rng.choice(["nextflow.config", "conf/custom.config", "conf/%s.config" % rng.choice(LABS)]), "nextflow-config", L


def t_main_nf(rng, S):
    n = S.nm("snake")
    proc = rng.choice(["UPLOAD_RESULTS", "REGISTER_SAMPLES", "FETCH_METADATA", "PUSH_TO_LIMS"])
    L = ["process %s {" % proc, "    tag \"$meta.id\"", "    label 'process_single'", "", "    input:",
         "    tuple val(meta), path(reads)", "", "    output:", "    path '*.json', emit: receipt", "", "    script:"]
    inl = inline_ok(S)
    if inl:
        val = S.raw("groovy")
        if S.is_env:
            val = "${%s}" % S.env_expr("groovy")
        v = '"%s"' % val
    else:
        L.append("    def %s = %s" % (n, S.lit("groovy", "'")))
        v = '"${%s}"' % n
    L += ["    \"\"\""]
    use = sh_use(S, v)
    L += ["    " + u.replace("${RUN_ID}", "${meta.id}").replace("${OUTDIR}", ".") for u in use]
    L += ["    echo '{\"sample\": \"${meta.id}\"}' > ${meta.id}.receipt.json", "    \"\"\"", "}"]
    return "modules/local/%s/main.nf" % proc.lower(), "nextflow", L


def t_smk_config(rng, S):
    n = S.nm(rng.choice(["snake", "kebab"]))
    L = ["# config/config.yaml", "samples: config/samples.tsv", "units: config/units.tsv", "", "ref:",
         "  species: %s" % rng.choice(["homo_sapiens", "mus_musculus", "danio_rerio"]), "  build: %s" % rng.choice(GENOMES),
         "  release: %d" % rng.randint(100, 111), "", "trimming:", "  activate: %s" % rng.choice(["true", "false"]), "",
         "%s:" % S.kd["provider"].replace("-", "_"), "  %s: %s" % (style_name(S.kd["host_words"], "snake"), S.host)]
    L += pair_lines(S, "yaml", "  %s: %s", st="snake", q="")
    L.append("  %s: %s" % (n, S.lit("yaml", rng.choice(["", '"', "'"]))))
    L += ["", "params:", "  star: \"--outSAMtype BAM SortedByCoordinate\"", "  featurecounts: \"-p -s 2\""]
    return "config/config.yaml", "snakemake", L


def t_snakefile(rng, S):
    n = S.nm("screaming")
    L = ["import os", "configfile: \"config/config.yaml\"", "", "SAMPLES = [l.split()[0] for l in open(config['samples']) if not l.startswith('sample')]", ""]
    L += pair_lines(S, "python", "%s = %s")
    L.append("%s = %s" % (n, S.lit("python")))
    L += ["", "rule all:", "    input: expand(\"results/{s}.uploaded\", s=SAMPLES)", "",
          "rule upload:", "    input: \"results/{s}.bam\"", "    output: touch(\"results/{s}.uploaded\")",
          "    params:", "        token=%s," % n, "        host=\"%s\"" % S.host,
          "    shell:", "        \"curl -sf -H '%s: %s' -F file=@{input} {params.host}/upload\"" % auth_header(S, "{params.token}")]
    return rng.choice(["Snakefile", "workflow/Snakefile", "workflow/rules/upload.smk"]), "snakemake", L


def t_wdl_inputs(rng, S):
    wf = rng.choice(["RNAseqAlign", "GermlineCalling", "UploadOutputs", "Cellranger"])
    d = {"%s.sample_id" % wf: "%s-%03d" % (rng.choice(["PT", "S", "LIB"]), rng.randint(1, 999)),
         "%s.fastq_r1" % wf: "%s/fastq/R1.fastq.gz" % h_gcs(rng),
         "%s.fastq_r2" % wf: "%s/fastq/R2.fastq.gz" % h_gcs(rng),
         "%s.ref_fasta" % wf: "gs://gcp-public-data--broad-references/hg38/v0/Homo_sapiens_assembly38.fasta",
         "%s.%s" % (wf, style_name(S.kd["host_words"], "snake")): S.host}
    if S.pair_val is not None:
        d["%s.%s" % (wf, S.pair_name("snake"))] = S.pair_val
    d["%s.%s" % (wf, S.nm("snake"))] = S.value if not S.is_env else S.value
    d["%s.cpu" % wf] = rng.choice([4, 8])
    txt = json.dumps(d, indent=rng.choice([2, 4]))
    return "inputs/%s.inputs.json" % wf.lower(), "json", txt.split("\n")


def t_wdl_task(rng, S):
    n = S.nm("snake")
    L = ["version 1.0", "", "task upload_outputs {", "  input {", "    File bam", "    String sample_id",
         "    String %s = \"%s\"" % (style_name(S.kd["host_words"], "snake"), S.host)]
    if S.pair_val is not None:
        L.append("    String %s = \"%s\"" % (S.pair_name("snake"), S.pair_val))
    L.append("    String %s = \"%s\"" % (n, S.raw("wdl")))
    L += ["  }", "  command <<<", "    set -e"]
    L += ["    " + u.replace("${OUTDIR}", ".").replace("${RUN_ID}", "~{sample_id}") for u in sh_use(S, "\"~{%s}\"" % n)]
    L += ["  >>>", "  runtime {", "    docker: \"%s\"" % rng.choice(["amazon/aws-cli:2.15.0", "curlimages/curl:8.5.0", "ubuntu:22.04"]),
          "    memory: \"4 GB\"", "    cpu: 1", "  }", "}"]
    return "tasks/%s.wdl" % rng.choice(["upload", "transfer", "publish"]), "wdl", L


def t_cwl_job(rng, S):
    n = S.nm("snake")
    L = ["# job file for tools/%s.cwl" % rng.choice(["upload", "fetch_reference", "register"]), "reads_1:", "  class: File",
         "  path: fastq/%s_R1.fastq.gz" % rng.choice(TISSUES), "reads_2:", "  class: File", "  path: fastq/%s_R2.fastq.gz" % rng.choice(TISSUES),
         "sample_name: %s" % rng.choice(["S%02d" % rng.randint(1, 96), "ctrl_rep1", "ko_rep2"]),
         "%s: %s" % (style_name(S.kd["host_words"], "snake"), S.host)]
    if S.pair_val is not None:
        L.append("%s: %s" % (S.pair_name("snake"), S.pair_val))
    L.append("%s: %s" % (n, S.lit("yaml", rng.choice(["", '"']))))
    L += ["threads: %d" % rng.choice([2, 4, 8])]
    return "jobs/%s-job.yml" % rng.choice(["upload", "sample01", "run"]), "cwl", L


def t_params_yaml(rng, S):
    n = S.nm(rng.choice(["snake", "camel"]))
    L = ["# nf-core params file, use with -params-file", "input: 'assets/samplesheet.csv'", "outdir: 's3://%s-results/%s'" % (rng.choice(ORGS), rng.choice(ASSAYS)),
         "genome: '%s'" % rng.choice(GENOMES), "aligner: '%s'" % rng.choice(["star_salmon", "hisat2", "bwa-mem2"]),
         "skip_multiqc: false", "email: '%s@%s.org'" % (rng.choice(PEOPLE), rng.choice(ORGS)), "%s: '%s'" % (style_name(S.kd["host_words"], "snake"), S.host)]
    L += pair_lines(S, "yaml", "%s: %s", st="snake", q="'")
    L.append("%s: %s" % (n, S.lit("yaml", "'")))
    L += ["max_cpus: %d" % rng.choice([16, 32, 64]), "max_memory: '%dGB'" % rng.choice([64, 128, 256])]
    return rng.choice(["params.yaml", "params/%s.yaml" % rng.choice(ASSAYS), "conf/params-prod.yml"]), "yaml", L


def t_spring_props(rng, S):
    n = S.nm("dot") if S.obvious else "app." + S.nm("dot")
    L = ["spring.application.name=%s" % rng.choice(["lims-service", "sample-registry", "biobank-api"]),
         "server.port=%d" % rng.choice([8080, 8081, 9000]), "spring.jpa.hibernate.ddl-auto=validate",
         "management.endpoints.web.exposure.include=health,info", "",
         "# upstream integration", "%s=%s" % ("integration." + style_name(S.kd["host_words"], "dot"), S.host)]
    if S.pair_val is not None:
        L.append("integration.%s=%s" % (S.pair_name("dot"), S.pair_lit("spring", "")))
    L.append("integration.%s=%s" % (n, S.lit("spring", "")))
    L += ["integration.timeout-ms=%d" % rng.choice([5000, 15000]), "logging.level.org.springframework=INFO"]
    return "src/main/resources/application%s.properties" % rng.choice(["", "-prod", "-dev"]), "properties", L


def t_spring_yml(rng, S):
    n = S.nm("kebab")
    L = ["spring:", "  application:", "    name: %s" % rng.choice(["lims-service", "sample-registry", "ngs-tracker"]), "server:", "  port: 8080", "",
         "%s:" % S.kd["provider"].replace("-", ""), "  %s: %s" % (style_name(S.kd["host_words"], "kebab"), S.host)]
    if S.pair_val is not None:
        L.append("  %s: %s" % (S.pair_name("kebab"), S.pair_lit("spring", "")))
    L.append("  %s: %s" % (n, S.lit("spring", rng.choice(["", '"']))))
    L += ["  connect-timeout: 10s", "", "logging:", "  level:", "    root: INFO"]
    return "src/main/resources/application%s.yml" % rng.choice(["", "-prod", "-local"]), "yaml", L


def t_toml(rng, S):
    n = S.nm("snake")
    L = ["[tool.%s]" % rng.choice(["labsync", "seqwatch", "lims"]), "log_level = \"info\"", "poll_seconds = %d" % rng.choice([30, 60]), "",
         "[%s]" % S.kd["provider"].replace("-", "_"), "%s = \"%s\"" % (style_name(S.kd["host_words"], "snake"), S.host)]
    if S.pair_val is not None:
        L.append("%s = %s" % (S.pair_name("snake"), S.pair_lit("toml")))
    L.append("%s = %s" % (n, S.lit("toml", rng.choice(['"', "'"]))))
    L += ["", "[paths]", "runs = \"/mnt/instrument/runs\"", "fastq = \"/data/fastq\""]
    return rng.choice(["config.toml", "config/labsync.toml", "settings.toml"]), "toml", L


def t_md_runbook(rng, S):
    L = ["# %s" % rng.choice(["Runbook: post-run transfer", "Onboarding notes", "How to re-run the upload", "Sequencing data delivery"]), "",
         "Owner: %s. Last updated 20%02d-%02d." % (rng.choice(PEOPLE), rng.randint(20, 25), rng.randint(1, 12)), "",
         "## Steps", "", "1. Check the run finished (`CopyComplete.txt` exists).", "2. Run demux with bcl-convert.",
         "3. Push the FASTQs:", "", "```bash"]
    v = S.lit("bash", "'" if S.kd["password"] else "") if inline_ok(S) else None
    if v is None:
        n = S.nm("screaming")
        L += pair_lines(S, "bash", "export %s=%s", q="")
        L.append("export %s=%s" % (n, S.lit("bash", "'" if S.kd["password"] else "")))
        v = "\"$%s\"" % n
    use = sh_use(S, v)
    if S.pair_val is not None:
        use = [u.replace(S.pair_lit("bash", q=""), "\"$%s\"" % S.pair_name("screaming")) if "export" not in u else u for u in use]
    L += [u.replace("${OUTDIR}", "/data/fastq/$RUN").replace("${RUN_ID}", "$RUN") for u in use]
    L += ["```", "", "4. Post in #%s when done." % rng.choice(["seq-core", "lab-informatics", "ngs-runs"]), "",
          "## Contacts", "", "- core: seqcore@%s.org" % rng.choice(ORGS)]
    return rng.choice(["docs/runbook.md", "notes/runbook.md", "README-transfer.md", "docs/onboarding.md"]), "markdown", L


def t_makefile(rng, S):
    if S.neg is None:
        S.value = S.value.replace("#", "!")  # '#' starts a comment in make
    n = S.nm("screaming")
    L = ["SHELL := /bin/bash", "RUN ?= latest", "OUTDIR ?= results", "%s ?= %s" % (style_name(S.kd["host_words"], "screaming"), S.host)]
    L += pair_lines(S, "make", "%s ?= %s", q="")
    L.append("%s %s %s" % (n, rng.choice(["?=", ":="]), S.lit("make", "")))
    L += ["", ".PHONY: all upload clean", "", "all: upload", "", "upload:",
          "\tpython scripts/upload.py --run $(RUN) --out $(OUTDIR)/receipt.tsv --key \"$(%s)\"" % n, "", "clean:", "\trm -rf $(OUTDIR)/*.tmp"]
    return "Makefile", "makefile", L


def t_json_config(rng, S):
    n = S.nm(rng.choice(["camel", "snake"]))
    d = {"name": rng.choice(["lims-bridge", "run-watcher", "sample-sync"]), "version": "%d.%d.%d" % (rng.randint(0, 3), rng.randint(0, 20), rng.randint(0, 9)),
         "pollIntervalSeconds": rng.choice([30, 60, 120]), "runsDir": "/mnt/instrument/runs",
         S.kd["provider"].replace("-", ""): {style_name(S.kd["host_words"], "camel"): S.host}}
    sub = d[S.kd["provider"].replace("-", "")]
    if S.pair_val is not None:
        sub[S.pair_name("camel")] = S.pair_val
    sub[n] = S.value
    d["notify"] = {"slackChannel": "#%s" % rng.choice(["seq-runs", "lims-alerts"]), "email": "%s@%s.org" % (rng.choice(PEOPLE), rng.choice(ORGS))}
    txt = json.dumps(d, indent=2)
    return rng.choice(["config/config.json", "config.json", "settings/%s.json" % rng.choice(["prod", "local"])]), "json", txt.split("\n")


def t_xml_config(rng, S):
    n = S.nm("camel")
    L = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<configuration>", "  <instrument id=\"%s\" site=\"%s\"/>" % (rng.choice(INSTRUMENTS), rng.choice(LABS)),
         "  <watch folder=\"D:\\Illumina\\Runs\" intervalSeconds=\"%d\"/>" % rng.choice([60, 120]), "  <upload>",
         "    <endpoint>%s</endpoint>" % S.host]
    if S.pair_val is not None:
        L.append("    <%s>%s</%s>" % (S.pair_name("camel"), S.pair_lit("xml", ""), S.pair_name("camel")))
    if rng.random() < 0.5:
        L.append("    <%s>%s</%s>" % (n, S.lit("xml", ""), n))
    else:
        L.append("    <add key=\"%s\" value=%s/>" % (n, S.lit("xml", '"')))
    L += ["    <retries>3</retries>", "  </upload>", "</configuration>"]
    return rng.choice(["conf/uploader.xml", "UploaderService.exe.config", "config/watcher.xml"]), "xml", L


def t_powershell(rng, S):
    n = S.nm("pascal")
    L = ["# Runs on the %s control PC after each run (Task Scheduler)" % rng.choice(INSTRUMENTS), "param([string]$RunFolder)", "",
         "$ErrorActionPreference = 'Stop'", "$Endpoint = '%s'" % S.host]
    if S.pair_val is not None:
        L.append("$%s = %s" % (S.pair_name("pascal"), S.pair_lit("ps", "'")))
    L.append("$%s = %s" % (n, S.lit("ps", "'")))
    L += ["$RunId = Split-Path $RunFolder -Leaf", "if (-not (Test-Path (Join-Path $RunFolder 'CopyComplete.txt'))) { exit 0 }", "",
          "$headers = @{ '%s' = \"%s\" }" % auth_header(S, "$" + n),
          "$body = @{ run_id = $RunId; instrument = $env:COMPUTERNAME } | ConvertTo-Json",
          "Invoke-RestMethod -Uri \"$Endpoint/api/runs\" -Method Post -Headers $headers -Body $body -ContentType 'application/json'",
          "Write-Host \"registered $RunId\""]
    return rng.choice(["instrument/register_run.ps1", "scripts/PostRun.ps1", "tools/win/upload.ps1"]), "powershell", L


def t_batch(rng, S):
    n = S.nm("screaming")
    L = ["@echo off", "REM copy finished runs from %s to the analysis share" % rng.choice(INSTRUMENTS), "setlocal", "set RUN=%~1",
         "set TARGET=%s" % S.host]
    if S.pair_val is not None:
        L.append("set %s=%s" % (S.pair_name("screaming"), S.pair_lit("batch", "")))
    L.append("set %s=%s" % (n, S.lit("batch", "")))
    L += ["", "curl.exe -sf -H \"%s: %s\" \"%%TARGET%%/api/runs/%%RUN%%/start\"" % auth_header(S, "%" + n + "%"),
          "robocopy \"D:\\Illumina\\Runs\\%RUN%\" \"\\\\analysis01\\runs\\%RUN%\" /E /Z /R:3 /W:10 /LOG+:C:\\logs\\robocopy.log", "endlocal"]
    return rng.choice(["instrument/copy_run.bat", "scripts/win/post_run.cmd", "tools/upload.bat"]), "batch", L


def t_ini(rng, S):
    n = S.nm(rng.choice(["snake", "kebab"]))
    L = ["; %s" % rng.choice(["lab sync tool config", "settings for the uploader", "site config"]), "[general]", "site = %s" % rng.choice(LABS),
         "log_file = /var/log/%s.log" % rng.choice(["labsync", "uploader"]), "", "[%s]" % S.kd["provider"],
         "%s = %s" % (style_name(S.kd["host_words"], "snake"), S.host)]
    if S.pair_val is not None:
        L.append("%s = %s" % (S.pair_name("snake"), S.pair_lit("ini", "")))
    L.append("%s = %s" % (n, S.lit("ini", "")))
    L += ["timeout = 30", "", "[paths]", "runs = /mnt/instrument/runs"]
    return rng.choice(["config/labsync.ini", "setup.cfg", "uploader.cfg", "conf/site.ini"]), "ini", L


def t_java(rng, S):
    n = S.nm("screaming")
    pkg = "org.%s.lims" % rng.choice(ORGS).replace("-", "")
    L = ["package %s.config;" % pkg, "", "import java.time.Duration;", "", "public final class IntegrationConfig {", "",
         "    public static final String %s = \"%s\";" % (style_name(S.kd["host_words"], "screaming"), S.host)]
    if S.pair_val is not None:
        L.append("    public static final String %s = %s;" % (S.pair_name("screaming"), S.pair_lit("java")))
    L.append("    %s static final String %s = %s;" % (rng.choice(["public", "private"]), n, S.lit("java")))
    L += ["    public static final Duration TIMEOUT = Duration.ofSeconds(%d);" % rng.choice([10, 30]), "",
          "    private IntegrationConfig() {", "    }", "}"]
    return "src/main/java/%s/config/IntegrationConfig.java" % pkg.replace(".", "/"), "java", L


def t_js(rng, S):
    n = S.nm("camel")
    L = ["// %s" % rng.choice(["sync plate maps from the ELN", "fetch freezer inventory", "post run status"]),
         "const axios = require('axios');", "", "const BASE = '%s';" % S.host]
    if S.pair_val is not None:
        L.append("const %s = %s;" % (S.pair_name("camel"), S.pair_lit("js", "'")))
    L.append("const %s = %s;" % (n, S.lit("js", rng.choice(["'", '"', "`"]))))
    L += ["", "async function main() {", "  const res = await axios.get(`${BASE}/api/v1/items`, {",
          "    headers: { '%s': `%s` }," % auth_header(S, "${" + n + "}"), "    timeout: 15000,", "  });",
          "  console.log(`${res.data.length} items`);", "}", "", "main().catch((e) => { console.error(e); process.exit(1); });"]
    return rng.choice(["scripts/sync.js", "tools/fetch-inventory.js", "src/jobs/postStatus.js"]), "javascript", L


def t_hcl(rng, S):
    n = S.nm("snake")
    L = ["# terraform.tfvars for the %s workspace" % rng.choice(["analysis", "ingest", "lims"]), "project     = \"%s-%s\"" % (rng.choice(ORGS), rng.choice(["prod", "research"])),
         "region      = \"%s\"" % rng.choice(REGIONS), "bucket_name = \"%s\"" % rng.choice(["fastq-archive", "seq-raw", "lims-backups"]),
         "%s = \"%s\"" % (style_name(S.kd["host_words"], "snake"), S.host)]
    if S.pair_val is not None:
        L.append("%s = \"%s\"" % (S.pair_name("snake"), S.pair_val if not S.is_env else "REPLACE_ME"))
    L.append("%s = \"%s\"" % (n, S.value))
    L += ["tags = {", "  team = \"%s\"" % rng.choice(LABS), "  cost_center = \"%d\"" % rng.randint(1000, 9999), "}"]
    return rng.choice(["terraform.tfvars", "infra/prod.tfvars", "deploy/terraform/terraform.tfvars"]), "hcl", L


HEADER_ONLY_TEMPLATES = (t_powershell, t_batch, t_js, t_snakefile)
GENERIC_TEMPLATES = [t_py_settings, t_py_script, t_r_script, t_rmd, t_ipynb, t_bash_env, t_bash_pipeline, t_slurm,
                     t_dockerfile, t_dotenv, t_compose, t_gha, t_nf_config, t_main_nf, t_smk_config, t_snakefile,
                     t_wdl_inputs, t_wdl_task, t_cwl_job, t_params_yaml, t_spring_props, t_spring_yml, t_toml,
                     t_md_runbook, t_makefile, t_json_config, t_xml_config, t_powershell, t_batch, t_ini, t_java,
                     t_js, t_hcl]


# --------------------------------------------------------------------------
# kind-specific templates
# --------------------------------------------------------------------------
def t_md_curl_basic(rng, S):
    L = ["# Benchling API quick notes", "", "Tenant: %s" % S.host, "",
         "Benchling API keys are sent as the basic-auth username with an empty password.", "",
         "```", "curl -s -u %s: \\" % S.raw("plain"), "  \"%s/api/v2/dna-sequences?pageSize=5\" | jq '.dnaSequences[].name'" % S.host, "```", "",
         "Schema ids we use: `ts_%s` (plasmid), `ts_%s` (primer)." % (rs(rng, B62, 8), rs(rng, B62, 8)), "",
         "- folder for imports: `lib_%s`" % rs(rng, B62, 8), "- registry: `src_%s`" % rs(rng, B62, 8)]
    return rng.choice(["notes/benchling.md", "docs/benchling-api.md", "README-benchling.md"]), "markdown", L


def t_basespace_cfg(rng, S):
    L = ["# bs CLI config for the %s workgroup" % rng.choice(LABS),
         "# created with: bs auth --api-server %s%s" % (S.host, rng.choice(["", " --force", " -c %s" % rng.choice(LABS)])),
         "# region: %s" % {"https://api.basespace.illumina.com": "USE1"}.get(S.host, S.host.split(".")[1].upper()), "",
         "apiServer   = %s" % S.host, "accessToken = %s" % S.raw("ini_raw")]
    return rng.choice([".basespace/default.cfg", "deploy/basespace/%s.cfg" % rng.choice(["default", "workgroup", "prod"]), "config/bs/default.cfg"]), "ini", L


def t_dx_env_json(rng, S):
    ctx = json.dumps({"auth_token_type": "Bearer", "auth_token": S.value})
    d = {"DX_APISERVER_HOST": "api.dnanexus.com", "DX_APISERVER_PORT": "443", "DX_APISERVER_PROTOCOL": "https",
         "DX_PROJECT_CONTEXT_ID": "project-" + rs(rng, B58, 24), "DX_PROJECT_CONTEXT_NAME": "%s-%s" % (rng.choice(LABS), rng.choice(ASSAYS)),
         "DX_CLI_WD": "/", "DX_USERNAME": rng.choice(PEOPLE), "DX_SECURITY_CONTEXT": ctx}
    txt = json.dumps(d, indent=4)
    return rng.choice([".dnanexus_config/environment.json", "ci/dnanexus/environment.json"]), "json", txt.split("\n")


def t_sbg_credentials(rng, S):
    prof = rng.sample(["default", "cgc", "cavatica", "sbpla", "eu"], 2)
    L = ["[%s]" % prof[0], "api_endpoint = %s" % S.host, "auth_token = %s" % S.raw("ini_raw"), "",
         "[%s]" % prof[1], "api_endpoint = https://cgc-api.sbgenomics.com/v2", "auth_token = ${SB_AUTH_TOKEN_%s}" % prof[1].upper()]
    return rng.choice([".sevenbridges/credentials", "config/sevenbridges/credentials"]), "ini", L


def sa_dict(rng, S):
    proj = "%s-%s-%d" % (rng.choice(["terra", "anvil", "hpc", "seq"]), rng.choice(LABS), rng.randint(100, 999))
    sa = "%s@%s.iam.gserviceaccount.com" % (rng.choice(["pet-%d" % rng.randint(10 ** 9, 10 ** 10), "cromwell-runner", "data-loader", "terra-sync"]), proj)
    return {"type": "service_account", "project_id": proj, "private_key_id": rs(rng, HEX, 40),
            "private_key": "@@PK@@", "client_email": sa, "client_id": str(rng.randint(10 ** 20, 10 ** 21 - 1)),
            "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
            "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
            "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s" % sa.replace("@", "%40"),
            "universe_domain": "googleapis.com"}


def t_gcp_sa_json(rng, S):
    d = sa_dict(rng, S)
    if S.neg is not None and rng.random() < 0.5:
        d["private_key_id"] = rng.choice(["", "<key-id>", "REDACTED"])
    txt = json.dumps(d, indent=2).replace('"@@PK@@"', '"' + S.value + '"')
    return rng.choice(["credentials/service-account.json", "keys/%s.json" % d["project_id"], "terra/sa-key.json",
                       "config/gcp-credentials.json"]), "json", txt.split("\n")


def t_gcp_sa_json_embedded(rng, S):
    d = sa_dict(rng, S)
    L = ["\"\"\"Copy Terra workspace outputs to the lab bucket.\"\"\"", "from google.cloud import storage",
         "from google.oauth2 import service_account", "", "SA_INFO = {"]
    for k, v in d.items():
        if k == "private_key":
            L.append("    \"private_key\": \"%s\"," % S.value)
        else:
            L.append("    %s: %s," % (json.dumps(k), json.dumps(v)))
    L += ["}", "", "creds = service_account.Credentials.from_service_account_info(SA_INFO)",
          "client = storage.Client(project=SA_INFO[\"project_id\"], credentials=creds)",
          "src = client.bucket(\"fc-%s\")" % uuid4(rng), "for blob in src.list_blobs(prefix=\"submissions/\"):",
          "    if blob.name.endswith((\".cram\", \".crai\", \".vcf.gz\")):", "        print(blob.name)"]
    return rng.choice(["scripts/copy_terra_outputs.py", "terra/export.py", "tools/gcs_sync.py"]), "python", L


def t_planemo_yml(rng, S):
    L = ["## Planemo global configuration", "galaxy_root: ~/galaxy", "galaxy_branch: release_%d.%d" % (rng.randint(23, 24), rng.choice([0, 1, 2])),
         "sheds:", "  toolshed:", "    shed_target: toolshed", "", "profiles:", "  %s:" % rng.choice(["usegalaxy", "production", "eu"]),
         "    galaxy_url: %s" % S.host, "    galaxy_user_key: %s" % S.raw("yaml") if not S.is_env else "    galaxy_user_key: ${GALAXY_API_KEY}",
         "    engine: external_galaxy"]
    return rng.choice([".planemo.yml", "ci/planemo.yml"]), "yaml", L


def t_netrc_labkey(rng, S):
    L = ["machine %s" % S.host, "login apikey", "password %s" % S.raw("netrc")]
    if rng.random() < 0.5:
        L = ["machine %s login apikey password %s" % (S.host, S.raw("netrc"))]
    pre = ["machine ftp.ncbi.nlm.nih.gov", "login anonymous", "password %s@%s.org" % (rng.choice(PEOPLE), rng.choice(ORGS)), ""]
    post = ["", "machine ftp.sra.ebi.ac.uk", "login anonymous", "password anonymous"]
    L = pre + L if rng.random() < 0.5 else L + post
    return rng.choice([".netrc", "docker/netrc", "_netrc", "config/labkey.netrc"]), "netrc", L


def t_synapse_config(rng, S):
    L = ["###########################", "# Login Credentials       #", "###########################", "",
         "[authentication]", "username = %s" % rng.choice(PEOPLE), "authtoken = %s" % S.raw("ini_raw"), "",
         "[cache]", "location = ~/.synapseCache", "", "[transfer]", "max_threads = %d" % rng.choice([8, 16])]
    return rng.choice([".synapseConfig", "docker/.synapseConfig", "config/synapseConfig"]), "ini", L


def t_md_eutils_url(rng, S):
    pid = "PRJNA%d" % rng.randint(100000, 999999)
    L = ["# Pulling SRA run info for %s" % pid, "",
         "E-utilities allow 10 requests/s with a key (3/s without).", "",
         "    %s/esearch.fcgi?db=sra&term=%s&retmax=500&api_key=%s" % (S.host, pid, S.raw("plain")), "",
         "Then feed the ids to efetch with `rettype=runinfo`:", "",
         "    %s/efetch.fcgi?db=sra&id=<ids>&rettype=runinfo&retmode=text" % S.host, "",
         "Runs of interest: SRR%d, SRR%d, SRR%d." % (rng.randint(10 ** 7, 3 * 10 ** 7), rng.randint(10 ** 7, 3 * 10 ** 7), rng.randint(10 ** 7, 3 * 10 ** 7))]
    return rng.choice(["notes/sra_download.md", "docs/eutils.md", "README-data.md"]), "markdown", L


def t_elapi_yml(rng, S):
    L = ["# elAPI configuration", "host: %s/api/v2" % S.host, "api_token: %s" % S.lit("yaml", rng.choice(["", "'"])),
         "unsafe_api_token_warning: false", "export_dir: ~/Downloads/elab", "timeout: %d" % rng.choice([30, 90]), "verify_ssl: true"]
    return rng.choice(["elapi.yml", ".config/elapi.yml", "config/elapi.yaml"]), "yaml", L


def t_aws_credentials(rng, S):
    prof = rng.choice(["default", "seqcore", "fastq-upload", "lims-backup"])
    L = ["[%s]" % prof, "aws_access_key_id = %s" % S.pair_lit("ini_raw", ""), "aws_secret_access_key = %s" % S.raw("ini_raw"),
         "region = %s" % rng.choice(REGIONS), "output = %s" % rng.choice(["json", "table"])]
    if rng.random() < 0.5:
        L = ["[profile-sso]", "sso_start_url = https://%s.awsapps.com/start" % rng.choice(ORGS).replace("-", ""),
             "sso_region = us-east-1", "sso_role_name = ReadOnly", ""] + L
    return rng.choice([".aws/credentials", "docker/aws/credentials", "deploy/aws-credentials"]), "ini", L


def t_rclone_s3(rng, S):
    L = ["[%s]" % rng.choice(["seq-s3", "archive", "fastq"]), "type = s3", "provider = AWS", "env_auth = false",
         "access_key_id = %s" % S.pair_lit("ini_raw", ""), "secret_access_key = %s" % S.raw("ini_raw"),
         "region = %s" % rng.choice(REGIONS), "acl = private", "", "[local-nas]", "type = local"]
    return rng.choice(["rclone.conf", ".config/rclone/rclone.conf", "transfer/rclone.conf"]), "ini", L


def t_nf_aws_block(rng, S):
    L = ["// AWS Batch profile", "process.executor = 'awsbatch'", "process.queue = '%s'" % rng.choice(["nf-spot", "genomics-queue", "default-q"]),
         "workDir = '%s/work'" % S.host, "", "aws {", "    region = '%s'" % rng.choice(REGIONS),
         "    accessKey = %s" % S.pair_lit("groovy", "'"), "    secretKey = %s" % S.lit("groovy", "'"),
         "    batch {", "        cliPath = '/home/ec2-user/miniconda/bin/aws'", "    }", "}"]
    return rng.choice(["conf/awsbatch.config", "nextflow.config", "conf/aws.config"]), "nextflow-config", L


def t_boto_gcs(rng, S):
    L = ["[Credentials]", "gs_access_key_id = %s" % S.pair_lit("ini_raw", ""), "gs_secret_access_key = %s" % S.raw("ini_raw"), "",
         "[Boto]", "https_validate_certificates = True", "", "[GSUtil]", "default_project_id = %s-%d" % (rng.choice(LABS), rng.randint(100, 999)),
         "parallel_composite_upload_threshold = 150M"]
    return rng.choice([".boto", "config/boto.cfg", "docker/.boto"]), "ini", L


def t_rclone_gcs(rng, S):
    L = ["[gcs-hmac]", "type = s3", "provider = GCS", "access_key_id = %s" % S.pair_lit("ini_raw", ""),
         "secret_access_key = %s" % S.raw("ini_raw"), "endpoint = https://storage.googleapis.com", "", "[terra]", "type = google cloud storage",
         "service_account_file = /secrets/sa.json", "bucket_policy_only = true"]
    return rng.choice(["rclone.conf", ".config/rclone/rclone.conf"]), "ini", L


def smb_user(rng):
    return rng.choice(["sbsuser", "seqsvc", "instrument", "LabUser", "ngs-upload", "qpcr"])


def t_cifs_creds(rng, S):
    L = ["# credentials for mount -t cifs %s /mnt/instrument" % S.host,
         "# used by: /etc/fstab (credentials=%s)" % rng.choice(["/root/.smbcredentials", "/etc/cifs/instrument.cred"]),
         "# owner: %s, chmod 600" % rng.choice(PEOPLE),
         "username=%s" % smb_user(rng), "password=%s" % S.raw("plain"), "domain=%s" % rng.choice(["LAB", "WORKGROUP", "CORE"])]
    return rng.choice([".smbcredentials", "mount/%s.cred" % rng.choice(["novaseq", "miseq", "qpcr"]), "ansible/files/cifs-credentials"]), "text", L


def t_fstab_cifs(rng, S):
    L = ["# /etc/fstab: static file system information.", "UUID=%s /               ext4    errors=remount-ro 0       1" % uuid4(rng),
         "UUID=%s none            swap    sw              0       0" % uuid4(rng),
         "%s /mnt/instrument cifs username=%s,password=%s,vers=3.0,uid=1000,gid=1000,iocharset=utf8,_netdev 0 0" % (S.host, smb_user(rng), S.raw("plain")),
         "analysis01:/export/runs /mnt/runs nfs4 defaults,_netdev 0 0"]
    return rng.choice(["ansible/roles/mounts/files/fstab", "etc/fstab", "infra/fstab.analysis"]), "fstab", L


def t_ps_netuse(rng, S):
    L = ["# map the sequencer output share before the copy job", "$ErrorActionPreference = 'Stop'",
         "$share = '\\\\%s'" % S.host.strip("/").replace("/", "\\"), "$user = 'LAB\\%s'" % smb_user(rng)]
    if S.obvious:
        L += ["$%s = %s" % (S.obv("pascal"), S.lit("ps", "'")),
              "net use Z: $share /user:$user $%s /persistent:no" % S.obv("pascal")]
    else:
        L += ["net use Z: $share /user:$user %s /persistent:no" % S.lit("ps", "'")]
    L += ["robocopy Z:\\ D:\\staging /E /XO /R:2 /W:5", "net use Z: /delete"]
    return rng.choice(["instrument/map_share.ps1", "scripts/win/copy_runs.ps1"]), "powershell", L


def t_bat_netuse(rng, S):
    L = ["@echo off", "REM nightly copy from %s" % rng.choice(INSTRUMENTS),
         "net use S: \\\\%s /user:LAB\\%s %s /persistent:no" % (S.host.strip("/").replace("/", "\\"), smb_user(rng), S.raw("batch")),
         "xcopy S:\\*.* E:\\archive\\ /D /E /C /I /Y", "net use S: /delete /y"]
    return rng.choice(["instrument/nightly_copy.bat", "scripts/win/archive.cmd"]), "batch", L


def t_alembic_ini(rng, S):
    L = ["[alembic]", "script_location = migrations", "prepend_sys_path = .",
         "sqlalchemy.url = postgresql+psycopg2://%s:%s@%s:5432/lims" % (rng.choice(["lims_app", "lims_owner", "tracker"]), S.raw("plain"), S.host),
         "", "[loggers]", "keys = root,sqlalchemy,alembic", "", "[logger_root]", "level = WARN", "handlers = console"]
    return "alembic.ini", "ini", L


def t_django_db(rng, S):
    L = ["from .base import *  # noqa", "", "DEBUG = False", "ALLOWED_HOSTS = [\"lims.%s.org\"]" % rng.choice(ORGS), "",
         "DATABASES = {", "    \"default\": {", "        \"ENGINE\": \"django.db.backends.postgresql\",",
         "        \"NAME\": \"lims\",", "        \"USER\": \"%s\"," % rng.choice(["lims", "lims_app"]),
         "        \"PASSWORD\": %s," % S.lit("python"), "        \"HOST\": \"%s\"," % S.host, "        \"PORT\": \"5432\",",
         "    }", "}", "", "MEDIA_ROOT = \"/srv/lims/media\""]
    return rng.choice(["lims/settings/production.py", "config/settings/prod.py"]), "python", L


def t_jdbc_props(rng, S):
    L = ["# LIMS datasource", "spring.datasource.url=jdbc:postgresql://%s:5432/lims" % S.host,
         "spring.datasource.username=%s" % rng.choice(["lims_app", "labware", "starlims"])]
    if S.obvious:
        L.append("spring.datasource.password=%s" % S.lit("spring", ""))
    else:
        L[1] = "spring.datasource.url=jdbc:postgresql://%s:5432/lims?user=lims_app&password=%s" % (S.host, S.raw("spring"))
    L += ["spring.datasource.hikari.maximum-pool-size=10", "spring.flyway.enabled=true"]
    return "src/main/resources/application-db.properties", "properties", L


def t_compose_postgres(rng, S):
    L = ["services:", "  db:", "    image: postgres:%d" % rng.choice([13, 14, 15, 16]), "    environment:",
         "      POSTGRES_DB: lims", "      POSTGRES_USER: lims", "      POSTGRES_PASSWORD: %s" % S.lit("compose", rng.choice(["", '"'])),
         "    volumes:", "      - pgdata:/var/lib/postgresql/data", "  lims:", "    image: ghcr.io/%s/lims:latest" % rng.choice(ORGS),
         "    depends_on: [db]", "    ports: [\"8000:8000\"]", "volumes:", "  pgdata: {}"]
    return rng.choice(["docker-compose.yml", "deploy/docker-compose.lims.yml"]), "compose", L


def t_netrc_pw(rng, S):
    L = ["machine %s" % S.host, "  login %s" % rng.choice(PEOPLE), "  password %s" % S.raw("netrc")]
    extra = ["", "machine ftp.ncbi.nlm.nih.gov", "  login anonymous", "  password %s@%s.org" % (rng.choice(PEOPLE), rng.choice(ORGS))]
    L = L + extra if rng.random() < 0.5 else extra[1:] + [""] + L
    return rng.choice([".netrc", "docker/netrc", "config/netrc"]), "netrc", L


def t_samplesheet_url(rng, S):
    user = rng.choice(PEOPLE)
    L = ["sample,fastq_1,fastq_2,strandedness"]
    n = rng.randint(4, 14)
    k = rng.randrange(n)
    for i in range(n):
        sid = "%s_%s_rep%d" % (rng.choice(["CTRL", "KO", "TRT", "WT"]), rng.choice(TISSUES), i % 3 + 1)
        if i == k:
            base = "https://%s:%s@%s/delivery/%s" % (user, S.raw("plain"), S.host, run_id(rng))
        else:
            base = "https://%s/delivery/%s" % (S.host, run_id(rng))
        L.append("%s,%s/%s_R1.fastq.gz,%s/%s_R2.fastq.gz,%s" % (sid, base, sid, base, sid, rng.choice(["reverse", "auto"])))
    return rng.choice(["samplesheet.csv", "assets/samplesheet.csv", "input/samplesheet_%s.csv" % rng.choice(ASSAYS)]), "csv", L


def t_lftp_script(rng, S):
    L = ["#!/usr/bin/env bash", "# mirror delivered data from the sequencing core", "set -eu",
         "lftp -u %s,%s sftp://%s <<EOF" % (rng.choice(PEOPLE), S.raw("plain"), S.host),
         "set sftp:auto-confirm yes", "mirror --parallel=4 --only-newer /outgoing/%s /data/incoming" % rng.choice(LABS), "bye", "EOF"]
    return rng.choice(["scripts/pull_delivery.sh", "bin/mirror_core.sh"]), "bash", L


SPECIFIC_TEMPLATES = {
    "md_curl_basic": t_md_curl_basic, "basespace_cfg": t_basespace_cfg, "dx_env_json": t_dx_env_json,
    "sbg_credentials": t_sbg_credentials, "gcp_sa_json": t_gcp_sa_json, "gcp_sa_json_embedded": t_gcp_sa_json_embedded,
    "planemo_yml": t_planemo_yml, "netrc_labkey": t_netrc_labkey, "synapse_config": t_synapse_config,
    "md_eutils_url": t_md_eutils_url, "elapi_yml": t_elapi_yml, "aws_credentials": t_aws_credentials,
    "rclone_s3": t_rclone_s3, "nf_aws_block": t_nf_aws_block, "boto_gcs": t_boto_gcs, "rclone_gcs": t_rclone_gcs,
    "cifs_creds": t_cifs_creds, "fstab_cifs": t_fstab_cifs, "ps_netuse": t_ps_netuse, "bat_netuse": t_bat_netuse,
    "alembic_ini": t_alembic_ini, "django_db": t_django_db, "jdbc_props": t_jdbc_props,
    "compose_postgres": t_compose_postgres, "netrc_pw": t_netrc_pw, "samplesheet_url": t_samplesheet_url,
    "lftp_script": t_lftp_script,
}


# --------------------------------------------------------------------------
# domain look-alike negatives (no credential at all)
# each returns (relpath, filetype, provider, kind, [lines])
# --------------------------------------------------------------------------
def dna(rng, n):
    return rs(rng, "ACGT", n)


def protein(rng, n):
    return "M" + rs(rng, "ACDEFGHIKLMNPQRSTVWY", n - 1)


def srr(rng):
    return rng.choice(["SRR", "ERR", "DRR"]) + str(rng.randint(1000000, 29999999))


def uniprot(rng):
    if rng.random() < 0.5:
        return rng.choice("OPQ") + str(rng.randint(0, 9)) + rs(rng, UPPER_NUM, 3) + str(rng.randint(0, 9))
    return rng.choice("ABCDEFGHIJKLMNRSTUVWXYZ") + str(rng.randint(0, 9)) + rs(rng, string.ascii_uppercase, 1) + rs(rng, UPPER_NUM, 2) + str(rng.randint(0, 9))


def genbank(rng):
    return rng.choice(["NM_", "NR_", "XM_", "NC_"]) + "%06d.%d" % (rng.randint(1, 999999), rng.randint(1, 9)) if rng.random() < 0.5 else \
        rs(rng, string.ascii_uppercase, rng.choice([1, 2])) + str(rng.randint(100000, 999999)) + ".%d" % rng.randint(1, 3)


def doi(rng):
    return "10.%d/%s" % (rng.choice([1038, 1016, 1101, 1093, 1186, 7554, 1371]),
                         rng.choice(["s41586-0%d-0%d-%d" % (rng.randint(19, 25), rng.randint(1000, 9999), rng.randint(0, 9)),
                                     "j.cell.20%d.%02d.%03d" % (rng.randint(15, 25), rng.randint(1, 12), rng.randint(1, 99)),
                                     "%d.%02d.%02d.%d" % (2020 + rng.randint(0, 5), rng.randint(1, 12), rng.randint(1, 28), rng.randint(100000, 999999)),
                                     "gb-20%d-%d" % (rng.randint(10, 25), rng.randint(1000, 9999)), "elife.%d" % rng.randint(10000, 99999)]))


def orcid(rng):
    d = [rng.randint(0, 9) for _ in range(15)]
    total = 0
    for x in d:
        total = (total + x) * 2
    c = (12 - total % 11) % 11
    s = "".join(map(str, d)) + ("X" if c == 10 else str(c))
    return "%s-%s-%s-%s" % (s[:4], s[4:8], s[8:12], s[12:])


def flowcell(rng):
    return rng.choice(["H", "A", "B"]) + rs(rng, UPPER_NUM, 4) + rng.choice(["DSX7", "DRXY", "BGXK", "AFXX", "DMXY", "M5"])


def index_seq(rng, n=None):
    return dna(rng, n or rng.choice([8, 10]))


def n_fastq_md5(rng):
    L = []
    for i in range(rng.randint(6, 24)):
        sid = "%s_S%d" % (rng.choice(["CTRL", "KO", "PT%03d" % rng.randint(1, 300), "LIB%04d" % rng.randint(1, 9999)]), i + 1)
        for rd in ("R1", "R2"):
            L.append("%s  %s_L00%d_%s_001.fastq.gz" % (rs(rng, HEX, 32), sid, rng.randint(1, 4), rd))
    return rng.choice(["md5sums.txt", "delivery/md5sum.txt", "data/raw/MD5.txt", "checksums.md5"]), "text", "checksums", "fastq_md5", L


def n_sha256_refs(rng):
    L = ["# reference bundle checksums (sha256)", "references:"]
    for f in rng.sample(["genome.fa.gz", "genes.gtf.gz", "star_index.tar.gz", "salmon_index.tar.gz", "dbsnp.vcf.gz", "gnomad.af.vcf.gz", "blacklist.bed"], 4):
        L += ["  - path: %s/%s/%s" % ("s3://ngi-igenomes/igenomes", rng.choice(GENOMES), f), "    sha256: %s" % rs(rng, HEX, 64),
              "    size: %d" % rng.randint(10 ** 6, 10 ** 10)]
    return rng.choice(["config/references.yaml", "assets/reference_checksums.yml"]), "yaml", "checksums", "sha256_digest", L


def n_nfcore_samplesheet(rng):
    L = ["sample,fastq_1,fastq_2,strandedness"]
    for i in range(rng.randint(4, 20)):
        s = "%s_%s_%d" % (rng.choice(["WT", "KO", "CTRL", "TRT"]), rng.choice(TISSUES), i + 1)
        r = srr(rng)
        L.append("%s,s3://%s-fastq/%s/%s_1.fastq.gz,s3://%s-fastq/%s/%s_2.fastq.gz,%s" % (s, rng.choice(ORGS), r, r, rng.choice(ORGS), r, r, rng.choice(["auto", "reverse"])))
    return rng.choice(["samplesheet.csv", "assets/samplesheet.csv"]), "csv", "nf-core", "samplesheet_accessions", L


def n_illumina_samplesheet(rng):
    L = ["[Header]", "FileFormatVersion,2", "RunName,%s" % run_id(rng), "InstrumentPlatform,%s" % rng.choice(["NovaSeqXSeries", "NextSeq1k2k"]), "",
         "[Reads]", "Read1Cycles,151", "Read2Cycles,151", "Index1Cycles,10", "Index2Cycles,10", "", "[BCLConvert_Settings]",
         "SoftwareVersion,4.2.7", "AdapterRead1,CTGTCTCTTATACACATCT", "", "[BCLConvert_Data]", "Lane,Sample_ID,Index,Index2"]
    for i in range(rng.randint(6, 30)):
        L.append("%d,%s-%03d,%s,%s" % (rng.randint(1, 4), rng.choice(["LIB", "S", "GC"]), i + 1, index_seq(rng, 10), index_seq(rng, 10)))
    return rng.choice(["SampleSheet.csv", "runs/%s/SampleSheet.csv" % flowcell(rng)]), "csv", "illumina", "index_sequences", L


def n_runinfo_xml(rng):
    fc = flowcell(rng)
    rid = run_id(rng)
    L = ["<?xml version=\"1.0\"?>", "<RunInfo Version=\"6\">", "  <Run Id=\"%s\" Number=\"%d\">" % (rid, rng.randint(1, 2000)),
         "    <Flowcell>%s</Flowcell>" % fc, "    <Instrument>%s</Instrument>" % rid.split("_")[1], "    <Date>%s</Date>" % rid[:6], "    <Reads>",
         "      <Read Number=\"1\" NumCycles=\"151\" IsIndexedRead=\"N\"/>", "      <Read Number=\"2\" NumCycles=\"10\" IsIndexedRead=\"Y\"/>",
         "      <Read Number=\"3\" NumCycles=\"10\" IsIndexedRead=\"Y\"/>", "      <Read Number=\"4\" NumCycles=\"151\" IsIndexedRead=\"N\"/>",
         "    </Reads>", "    <FlowcellLayout LaneCount=\"%d\" SurfaceCount=\"2\" SwathCount=\"6\" TileCount=\"%d\"/>" % (rng.choice([2, 4, 8]), rng.choice([78, 88])),
         "    <ImageChannels><Name>green</Name><Name>blue</Name></ImageChannels>", "  </Run>", "</RunInfo>"]
    return rng.choice(["RunInfo.xml", "test/data/%s/RunInfo.xml" % fc]), "xml", "illumina", "run_flowcell_ids", L


def n_fasta(rng):
    L = []
    prot = rng.random() < 0.5
    for _ in range(rng.randint(2, 6)):
        if prot:
            acc = uniprot(rng)
            L.append(">sp|%s|%s_HUMAN %s OS=Homo sapiens OX=9606 GN=%s PE=1 SV=%d" % (acc, rs(rng, string.ascii_uppercase, 4), rng.choice(["Kinase", "Receptor", "Transporter"]), rs(rng, string.ascii_uppercase, 4), rng.randint(1, 3)))
            seq = protein(rng, rng.randint(80, 240))
        else:
            L.append(">%s %s" % (genbank(rng), rng.choice(["Homo sapiens mRNA", "synthetic construct", "plasmid pUC19-derived"])))
            seq = dna(rng, rng.randint(120, 400))
        L += [seq[i:i + 60] for i in range(0, len(seq), 60)]
    return rng.choice(["data/targets.fa", "ref/primers.fasta", "assets/proteins.faa", "test/data/seqs.fasta"]), "fasta", "sequences", "dna_protein_sequence", L


def n_accessions_script(rng):
    accs = [srr(rng) for _ in range(rng.randint(5, 15))]
    L = ["#!/usr/bin/env bash", "# download public runs for BioProject PRJNA%d" % rng.randint(100000, 999999), "set -euo pipefail", "ACCESSIONS=("]
    L += ["  %s" % a for a in accs]
    L += [")", "for acc in \"${ACCESSIONS[@]}\"; do", "  prefetch \"$acc\" && fasterq-dump --split-files --threads 8 \"$acc\"", "  pigz -p 8 \"${acc}\"_*.fastq", "done"]
    return rng.choice(["scripts/download_sra.sh", "bin/fetch_public.sh"]), "bash", "ncbi-sra", "run_accessions", L


def n_citation_cff(rng):
    L = ["cff-version: 1.2.0", "message: \"If you use this pipeline, please cite it as below.\"", "title: \"%s: a pipeline for %s\"" % (rng.choice(["seqflow", "scTrace", "variantik"]), rng.choice(ASSAYS)),
         "version: %d.%d.%d" % (rng.randint(0, 3), rng.randint(0, 9), rng.randint(0, 9)), "doi: %s" % doi(rng), "authors:"]
    for _ in range(rng.randint(2, 5)):
        L += ["  - family-names: %s" % rng.choice(["Chen", "Garcia", "Kumar", "Nguyen", "Müller", "Sato"]), "    given-names: %s" % rng.choice(["Jia", "Maria", "Arjun", "Linh", "Eva", "Hiro"]),
              "    orcid: \"https://orcid.org/%s\"" % orcid(rng)]
    L += ["repository-code: \"https://github.com/%s/%s\"" % (rng.choice(ORGS), rng.choice(ASSAYS)), "license: MIT"]
    return "CITATION.cff", "cff", "citation", "doi_orcid", L


def n_bibtex(rng):
    L = []
    for _ in range(rng.randint(2, 5)):
        key = "%s%d" % (rng.choice(["chen", "smith", "li", "patel"]), rng.randint(2012, 2025))
        L += ["@article{%s," % key, "  title   = {%s}," % rng.choice(["Single-cell atlas of the %s" % rng.choice(TISSUES), "Robust variant calling", "Spatial transcriptomics at scale"]),
              "  journal = {%s}," % rng.choice(["Nature", "Cell", "Genome Biology", "Bioinformatics"]), "  year    = {%d}," % rng.randint(2012, 2025),
              "  doi     = {%s}," % doi(rng), "  pmid    = {%d}" % rng.randint(20000000, 39999999), "}", ""]
    return rng.choice(["references.bib", "paper/refs.bib", "analysis/library.bib"]), "bibtex", "citation", "doi", L


def n_multiqc(rng):
    L = ["title: \"%s QC\"" % rng.choice(LABS), "report_comment: >", "  Run %s on flowcell %s." % (run_id(rng), flowcell(rng)),
         "sample_names_replace:", "  \"%s\": \"%s\"" % (srr(rng), "ctrl_1"), "  \"%s\": \"%s\"" % (srr(rng), "ko_1"),
         "custom_logo_url: https://%s.org" % rng.choice(ORGS), "fn_clean_exts:", "  - \"_trimmed\"", "  - \".sorted\"",
         "table_columns_visible:", "  FastQC:", "    percent_duplicates: true"]
    return "assets/multiqc_config.yml", "yaml", "multiqc", "run_ids", L


def n_nf_config_clean(rng):
    L = ["params {", "    input  = 'samplesheet.csv'", "    outdir = 's3://%s-results/%s'" % (rng.choice(ORGS), rng.choice(ASSAYS)), "    genome = '%s'" % rng.choice(GENOMES),
         "    igenomes_base = 's3://ngi-igenomes/igenomes'", "    // credentials come from the AWS instance profile; nothing to set here", "}", "",
         "aws.region = '%s'" % rng.choice(REGIONS), "aws.batch.cliPath = '/home/ec2-user/miniconda/bin/aws'", "",
         "process {", "    container = 'quay.io/biocontainers/samtools@sha256:%s'" % rs(rng, HEX, 64), "    errorStrategy = 'retry'", "    maxRetries = 2", "}",
         "tower.accessToken = System.getenv('TOWER_ACCESS_TOKEN')", "tower.enabled = %s" % rng.choice(["true", "false"])]
    return rng.choice(["nextflow.config", "conf/aws.config"]), "nextflow-config", "nextflow", "env_reference", L


def n_vcf_header(rng):
    L = ["##fileformat=VCFv4.2", "##source=%s" % rng.choice(["GATK HaplotypeCaller", "DeepVariant 1.6", "bcftools 1.19"]),
         "##reference=file:///ref/%s.fa" % rng.choice(GENOMES), "##contig=<ID=chr1,length=248956422,md5=%s>" % rs(rng, HEX, 32),
         "##contig=<ID=chr2,length=242193529,md5=%s>" % rs(rng, HEX, 32), "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">",
         "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">", "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t%s" % rng.choice(["NA12878", "HG002", "PT001"])]
    for _ in range(rng.randint(4, 12)):
        L.append("chr%d\t%d\trs%d\t%s\t%s\t%d\tPASS\tDP=%d\tGT\t0/1" % (rng.randint(1, 22), rng.randint(10 ** 5, 10 ** 8), rng.randint(10 ** 5, 10 ** 9), rng.choice("ACGT"), rng.choice("ACGT"), rng.randint(30, 999), rng.randint(10, 90)))
    return rng.choice(["test/data/sample.vcf", "tests/fixtures/calls.vcf"]), "vcf", "variants", "contig_md5", L


def n_dockerfile_digest(rng):
    L = ["FROM mambaorg/micromamba@sha256:%s" % rs(rng, HEX, 64), "COPY --chown=$MAMBA_USER:$MAMBA_USER environment.yml /tmp/env.yml",
         "RUN micromamba install -y -n base -f /tmp/env.yml && micromamba clean --all --yes",
         "ARG GIT_SHA=%s" % rs(rng, HEX, 40), "LABEL org.opencontainers.image.revision=$GIT_SHA", "ENV PATH=/opt/conda/bin:$PATH",
         "# secrets are mounted at build time: RUN --mount=type=secret,id=benchling_key ...", "ENTRYPOINT [\"bash\"]"]
    return rng.choice(["Dockerfile", "containers/tools/Dockerfile"]), "dockerfile", "containers", "image_digest", L


def n_conda_env(rng):
    L = ["name: %s" % rng.choice(ASSAYS), "channels:", "  - conda-forge", "  - bioconda", "dependencies:"]
    for p in rng.sample(["samtools=1.19.2=h50ea8bc_0", "bwa-mem2=2.2.1=hd03093a_5", "fastp=0.23.4=hadf994f_2", "salmon=1.10.2=hecfa306_0",
                         "multiqc=1.21=pyhdfd78af_0", "star=2.7.11a=h0033a41_0", "bcftools=1.19=h8b25389_1", "picard=3.1.1=hdfd78af_0"], 5):
        L.append("  - bioconda::%s" % p)
    L += ["  - pip", "  - pip:", "    - pysam==0.22.0 --hash=sha256:%s" % rs(rng, HEX, 64)]
    return rng.choice(["environment.yml", "envs/%s.yaml" % rng.choice(ASSAYS)]), "yaml", "conda", "build_hashes", L


def n_requirements_hashes(rng):
    L = ["# generated by pip-compile --generate-hashes"]
    for p in rng.sample(["biopython==1.83", "pandas==2.2.1", "pysam==0.22.0", "requests==2.31.0", "boto3==1.34.44", "synapseclient==4.1.0", "dxpy==0.370.1"], 4):
        L += ["%s \\" % p, "    --hash=sha256:%s \\" % rs(rng, HEX, 64), "    --hash=sha256:%s" % rs(rng, HEX, 64)]
    return "requirements.txt", "text", "pip", "package_hashes", L


def n_dx_ids(rng):
    d = {"name": rng.choice(["bwa_align", "vcf_qc"]), "title": "BWA alignment", "dxapi": "1.0.0", "version": "%d.%d.0" % (rng.randint(0, 3), rng.randint(0, 9)),
         "inputSpec": [{"name": "reads", "class": "array:file", "patterns": ["*.fastq.gz"]},
                       {"name": "genome_index", "class": "file", "default": {"$dnanexus_link": {"project": "project-" + rs(rng, B58, 24), "id": "file-" + rs(rng, B58, 24)}}}],
         "outputSpec": [{"name": "bam", "class": "file"}],
         "runSpec": {"interpreter": "bash", "file": "src/code.sh", "distribution": "Ubuntu", "release": "20.04", "version": "0",
                     "assetDepends": [{"id": "record-" + rs(rng, B58, 24)}]},
         "regionalOptions": {"aws:us-east-1": {"systemRequirements": {"*": {"instanceType": "mem1_ssd1_v2_x8"}}}}}
    return "dxapp.json", "json", "dnanexus", "object_ids", json.dumps(d, indent=2).split("\n")


def n_benchling_schema(rng):
    d = {"schemaId": "ts_" + rs(rng, B62, 8), "registryId": "src_" + rs(rng, B62, 8), "folderId": "lib_" + rs(rng, B62, 8),
         "entities": [{"id": "seq_" + rs(rng, B62, 8), "name": "p%s-%s" % (rng.choice(["UC19", "CMV", "LVX"]), rs(rng, string.ascii_uppercase, 3)),
                       "bases": dna(rng, 60), "webURL": "https://%s.benchling.com/%s/f/lib_%s/seq_%s" % (rng.choice(ORGS), rng.choice(PEOPLE), rs(rng, B62, 8), rs(rng, B62, 8))}
                      for _ in range(rng.randint(2, 4))]}
    return rng.choice(["fixtures/benchling_entities.json", "tests/data/benchling_response.json"]), "json", "benchling", "entity_ids", json.dumps(d, indent=2).split("\n")


def n_terra_table(rng):
    L = ["entity:sample_id\tparticipant\tcram\tcrai\tmd5"]
    for i in range(rng.randint(4, 16)):
        b = "gs://fc-%s/%s" % (uuid4(rng), uuid4(rng))
        L.append("%s\tPT-%04d\t%s/S%d.cram\t%s/S%d.cram.crai\t%s" % (uuid4(rng), rng.randint(1, 9999), b, i, b, i, rs(rng, HEX, 32)))
    return rng.choice(["terra/sample.tsv", "data_tables/sample.tsv"]), "tsv", "terra", "uuid_gs_paths", L


def n_tenx_feature_ref(rng):
    L = ["id,name,read,pattern,sequence,feature_type"]
    for i in range(rng.randint(5, 20)):
        L.append("CD%d,CD%d_TotalSeqB,R2,5PNNNNNNNNNN(BC),%s,Antibody Capture" % (rng.randint(1, 300), rng.randint(1, 300), dna(rng, 15)))
    return rng.choice(["feature_ref.csv", "config/adt_feature_reference.csv"]), "csv", "10x-genomics", "feature_barcodes", L


def n_plate_map(rng):
    L = ["well,sample_id,i7_index,i5_index,conc_ng_ul"]
    for r in "ABCDEFGH"[:rng.randint(2, 8)]:
        for c in range(1, rng.randint(4, 12)):
            L.append("%s%02d,%s,%s,%s,%.2f" % (r, c, uuid4(rng)[:8].upper(), index_seq(rng, 8), index_seq(rng, 8), rng.uniform(0.5, 80)))
    return rng.choice(["plates/plate_map.csv", "lims/exports/plate_%d.csv" % rng.randint(1, 400)]), "csv", "lims", "barcodes_well_ids", L


def n_crypt4gh_pub(rng):
    import base64
    k = base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()
    L = ["# EGA submission settings", "submitter: %s@%s.org" % (rng.choice(PEOPLE), rng.choice(ORGS)),
         "study: EGAS%011d" % rng.randint(1, 10 ** 6), "inbox: inbox.ega-archive.org", "# EGA Central public key (safe to share)",
         "recipient_public_key: |", "  -----BEGIN CRYPT4GH PUBLIC KEY-----", "  " + k, "  -----END CRYPT4GH PUBLIC KEY-----",
         "encrypt_before_upload: true"]
    return rng.choice(["config/ega_submission.yml", "ega/upload.yaml"]), "yaml", "ega", "crypt4gh_public_key", L


def n_ssh_authorized(rng):
    import base64
    L = ["# instrument PCs allowed to push runs"]
    for _ in range(rng.randint(4, 7)):
        blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + bytes(rng.randrange(256) for _ in range(32))).decode()
        L.append("ssh-ed25519 %s %s@%s" % (blob, rng.choice(["sbsuser", "seqsvc"]), rng.choice(["novaseq01", "miseq02", "nextseq03"])))
    return rng.choice(["ansible/files/authorized_keys", "deploy/ssh/authorized_keys"]), "text", "ssh", "public_key", L


def n_i18n(rng):
    L = ["# LIMS UI strings (en)", "login.title=Sign in to the LIMS", "login.password=Password", "login.password.forgot=Forgot your password?",
         "settings.apiKey.label=API key", "settings.apiKey.help=Generate a personal API key under Profile > API Keys.",
         "settings.apiKey.regenerate=Regenerate key", "settings.token.expired=Your access token has expired. Please sign in again.",
         "instrument.share.password.placeholder=Enter share password", "error.auth.invalid=Invalid username or password",
         "sample.barcode=Barcode", "sample.accession=Accession (e.g. SRR1234567)"]
    return rng.choice(["src/main/resources/messages.properties", "i18n/messages_en.properties"]), "properties", "lims", "i18n_strings", L


def n_galaxy_tool(rng):
    L = ["<tool id=\"%s_upload\" name=\"Upload to %s\" version=\"0.%d.0\">" % (rng.choice(["synapse", "labkey", "basespace"]), rng.choice(["Synapse", "LabKey", "BaseSpace"]), rng.randint(1, 9)),
         "  <requirements><requirement type=\"package\" version=\"4.1.0\">synapseclient</requirement></requirements>",
         "  <command><![CDATA[", "    python '$__tool_directory__/upload.py' --token \"\\$SYNAPSE_AUTH_TOKEN\" --parent '$parent' '$input'", "  ]]></command>",
         "  <inputs>", "    <param name=\"input\" type=\"data\" format=\"fastqsanger.gz\" label=\"Reads\"/>",
         "    <param name=\"parent\" type=\"text\" value=\"syn%d\" label=\"Parent folder\"/>" % rng.randint(10 ** 7, 6 * 10 ** 7),
         "    <param name=\"api_key\" type=\"text\" value=\"\" label=\"API key (leave empty to use the server credential)\"/>",
         "  </inputs>", "  <outputs><data name=\"receipt\" format=\"json\"/></outputs>", "  <citations><citation type=\"doi\">%s</citation></citations>" % doi(rng), "</tool>"]
    return rng.choice(["tools/upload/upload.xml", "galaxy/tools/push.xml"]), "xml", "galaxy", "empty_param", L


def n_anon_netrc(rng):
    L = ["machine ftp.ncbi.nlm.nih.gov", "  login anonymous", "  password %s@%s.org" % (rng.choice(PEOPLE), rng.choice(ORGS)), "",
         "machine ftp.sra.ebi.ac.uk", "  login anonymous", "  password anonymous"]
    return rng.choice([".netrc", "docker/netrc"]), "netrc", "ncbi", "anonymous_ftp", L


def n_env_example(rng):
    L = ["# copy to .env and fill in; never commit the real .env", "BENCHLING_URL=https://<tenant>.benchling.com", "BENCHLING_API_KEY=",
         "SYNAPSE_AUTH_TOKEN=<your PAT>", "NCBI_API_KEY=", "SB_AUTH_TOKEN=<token from Developer > Authentication token>",
         "AWS_ACCESS_KEY_ID=", "AWS_SECRET_ACCESS_KEY=", "LIMS_DB_PASSWORD=changeme-in-vault", "GALAXY_API_KEY=<key>"]
    return ".env.example", "dotenv", "multiple", "placeholders", L


def n_runbook_placeholders(rng):
    L = ["# Credentials", "", "We never store credentials in the repo. Tokens live in the `%s` vault." % rng.choice(LABS), "",
         "| Service | Where | Env var |", "|---|---|---|", "| Benchling | Vault `secret/lab/benchling` | `BENCHLING_API_KEY` |",
         "| BaseSpace | `bs auth` (writes ~/.basespace/default.cfg) | `BASESPACE_ACCESS_TOKEN` |", "| DNAnexus | `dx login` | `DX_API_TOKEN` |",
         "| Synapse | ~/.synapseConfig | `SYNAPSE_AUTH_TOKEN` |", "| NCBI | account settings | `NCBI_API_KEY` |", "",
         "Example (token masked): `dx login --token ****************`", "",
         "```", "export SB_AUTH_TOKEN=$(vault kv get -field=token secret/lab/sbg)", "```"]
    return rng.choice(["docs/credentials.md", "notes/secrets.md"]), "markdown", "multiple", "env_and_vault_refs", L


def n_notebook_outputs(rng):
    rows = ["%s  %s  %s  %s" % (uuid4(rng), srr(rng), flowcell(rng), rs(rng, HEX, 32)) for _ in range(rng.randint(3, 6))]
    nb = {"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                     "source": ["import pandas as pd\n", "df = pd.read_csv('runs.tsv', sep='\\t')\n", "df[['sample_uuid','run','flowcell','md5']].head()"]},
                    {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": [r + "\n" for r in rows]}],
                     "source": ["print(df.to_string(index=False, header=False))"]}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    return rng.choice(["notebooks/runs_overview.ipynb", "analysis/qc.ipynb"]), "ipynb", "lims", "uuids_run_ids", json.dumps(nb, indent=1).split("\n")


def n_uniprot_script(rng):
    accs = [uniprot(rng) for _ in range(rng.randint(4, 10))]
    L = ["import requests", "", "ACCESSIONS = %r" % accs, "FIELDS = 'accession,gene_names,length,sequence'", "",
         "def fetch(acc):", "    url = f'https://rest.uniprot.org/uniprotkb/{acc}.tsv?fields={FIELDS}'",
         "    return requests.get(url, timeout=30).text", "", "for a in ACCESSIONS:", "    print(fetch(a))"]
    return rng.choice(["scripts/uniprot_fetch.py", "tools/get_proteins.py"]), "python", "uniprot", "protein_accessions", L


def n_slurm_md5(rng):
    L = ["#!/bin/bash", "#SBATCH --job-name=md5check", "#SBATCH --array=1-%d" % rng.randint(10, 200), "#SBATCH --mem=2G", "",
         "F=$(sed -n \"${SLURM_ARRAY_TASK_ID}p\" fastq.list)", "EXPECTED=$(grep \"$(basename $F)\" md5sums.txt | cut -d' ' -f1)",
         "GOT=$(md5sum \"$F\" | cut -d' ' -f1)", "# e.g. %s  %s_R1.fastq.gz" % (rs(rng, HEX, 32), srr(rng)),
         "[ \"$EXPECTED\" = \"$GOT\" ] || { echo \"MISMATCH $F\"; exit 1; }"]
    return rng.choice(["slurm/md5check.sbatch", "hpc/verify.slurm"]), "slurm", "checksums", "fastq_md5", L


def n_wdl_digest(rng):
    L = ["version 1.0", "", "task fastqc {", "  input {", "    File reads", "    String docker = \"quay.io/biocontainers/fastqc@sha256:%s\"" % rs(rng, HEX, 64),
         "  }", "  command <<<", "    fastqc -o . ~{reads}", "  >>>", "  output { Array[File] reports = glob(\"*_fastqc.zip\") }",
         "  runtime { docker: docker; memory: \"2 GB\" }", "}"]
    return rng.choice(["tasks/fastqc.wdl", "wdl/qc.wdl"]), "wdl", "containers", "image_digest", L


def n_cwl_tool(rng):
    L = ["cwlVersion: v1.2", "class: CommandLineTool", "baseCommand: [samtools, sort]", "hints:", "  DockerRequirement:",
         "    dockerPull: quay.io/biocontainers/samtools:1.19.2--h50ea8bc_0", "  SoftwareRequirement:", "    packages:",
         "      samtools:", "        specs: [ https://identifiers.org/biotools/samtools ]", "inputs:", "  bam: { type: File, inputBinding: { position: 1 } }",
         "outputs:", "  sorted: { type: stdout }", "s:author:", "  - s:identifier: https://orcid.org/%s" % orcid(rng), "$namespaces: { s: https://schema.org/ }"]
    return rng.choice(["tools/samtools_sort.cwl", "cwl/sort.cwl"]), "cwl", "cwl", "orcid_tool_ids", L


def n_r_ids(rng):
    L = ["# GEO / SRA identifiers for the meta-analysis", "gse <- c(%s)" % ", ".join("\"GSE%d\"" % rng.randint(10000, 250000) for _ in range(4)),
         "runs <- c(%s)" % ", ".join("\"%s\"" % srr(rng) for _ in range(5)),
         "genes <- c(%s)" % ", ".join("\"ENSG%011d\"" % rng.randint(1, 300000) for _ in range(4)),
         "guide_seqs <- c(%s)" % ", ".join("\"%s\"" % dna(rng, 20) for _ in range(3)), "",
         "library(GEOquery)", "gse_list <- lapply(gse, getGEO, GSEMatrix = TRUE)"]
    return rng.choice(["R/ids.R", "analysis/datasets.R"]), "r", "ncbi-geo", "accessions_guides", L


DOMAIN_NEG = [n_fastq_md5, n_sha256_refs, n_nfcore_samplesheet, n_illumina_samplesheet, n_runinfo_xml, n_fasta,
              n_accessions_script, n_citation_cff, n_bibtex, n_multiqc, n_nf_config_clean, n_vcf_header,
              n_dockerfile_digest, n_conda_env, n_requirements_hashes, n_dx_ids, n_benchling_schema, n_terra_table,
              n_tenx_feature_ref, n_plate_map, n_crypt4gh_pub, n_ssh_authorized, n_i18n, n_galaxy_tool, n_anon_netrc,
              n_env_example, n_runbook_placeholders, n_notebook_outputs, n_uniprot_script, n_slurm_md5, n_wdl_digest,
              n_cwl_tool, n_r_ids]


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------
STATS = []


def pick_kind(rng):
    tot = sum(k["weight"] for k in KINDS)
    x = rng.random() * tot
    for k in KINDS:
        x -= k["weight"]
        if x <= 0:
            return k
    return KINDS[-1]


def pick_template(rng, kd):
    spec = [SPECIFIC_TEMPLATES[s] for s in kd["specific"]]
    if not kd["generic"]:
        return rng.choice(spec)
    if spec and rng.random() < 0.3:
        return rng.choice(spec)
    pool = GENERIC_TEMPLATES
    if kd["auth"][0] not in HEADER_TEMPLATES_OK:
        pool = [t for t in GENERIC_TEMPLATES if t not in HEADER_ONLY_TEMPLATES]
    return rng.choice(pool)


def render(lines):
    txt = "\n".join(lines)
    if not txt.endswith("\n"):
        txt += "\n"
    return txt


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_di.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []
    written_secrets = []

    # positives
    for i in range(N_POS):
        for _attempt in range(50):
            kd = pick_kind(rng)
            tpl = pick_template(rng, kd)
            S = Slot(rng, kd)
            rel, ftype, lines = tpl(rng, S)
            text = render(lines)
            needle = S.value
            idx = text.find(needle)
            if idx >= 0:
                break
        else:
            raise RuntimeError("could not place needle")
        line = text.count("\n", 0, idx) + 1
        rel_full = "pos/p%04d/%s" % (i, rel)
        STATS.append(("pos", tpl.__name__))
        write(outdir, rel_full, text)
        manifest.append({"file": rel_full, "label": "pos", "provider": kd["provider"], "kind": kd["kind"], "filetype": ftype})
        secrets.append({"file": rel_full, "needle": needle, "line": line})
        written_secrets.append(needle)

    # negatives: half re-used positive templates, half domain look-alikes
    n_reuse = N_NEG // 2
    dom_order = []
    for i in range(N_NEG):
        rel_full = None
        if i % 2 == 0 and n_reuse > 0:
            n_reuse -= 1
            kd = pick_kind(rng)
            tpl = pick_template(rng, kd)
            mode = rng.choice(NEG_MODES)
            S = Slot(rng, kd, neg_mode=mode)
            rel, ftype, lines = tpl(rng, S)
            eff = mode
            if mode == "docs_example" and not kd["doc"]:
                eff = "shape_placeholder"
            elif mode == "shape":
                eff = "shape_placeholder"
            elif mode == "env_ref" and S.value in render(lines):
                eff = "placeholder"  # file format has no env syntax; fallback value used
            provider, kind = kd["provider"], "%s:%s" % (kd["kind"], eff)
            STATS.append(("neg", tpl.__name__))
        else:
            if not dom_order:
                dom_order = list(DOMAIN_NEG)
                rng.shuffle(dom_order)
            fn = dom_order.pop()
            rel, ftype, provider, kind, lines = fn(rng)
            STATS.append(("neg", fn.__name__))
        text = render(lines)
        rel_full = "neg/n%04d/%s" % (i, rel)
        write(outdir, rel_full, text)
        manifest.append({"file": rel_full, "label": "neg", "provider": provider, "kind": kind, "filetype": ftype})

    if os.environ.get("GEN_DI_STATS"):
        for lab in ("pos", "neg"):
            names = sorted(set(t for l, t in STATS if l == lab))
            sys.stderr.write("%s templates: %d\n" % (lab, len(names)))
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
