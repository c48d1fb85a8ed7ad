#!/usr/bin/env python3
"""gen_dx.py - blind evaluation-set generator for keyhook (set "dx").

EMPHASIS
    Libraries, scholarly publishing and research-data infrastructure: ORCID member
    API client secrets and access tokens, Crossref Metadata Plus tokens and deposit
    passwords, DataCite repository passwords, Elsevier/Scopus API keys and
    insttokens, Springer Nature, IEEE Xplore, Wiley TDM, Semantic Scholar, CORE,
    Unpaywall data-feed keys, Zotero API keys, Mendeley OAuth secrets, OCLC WSKey
    secrets and access tokens, Ex Libris Alma/Primo API keys, FOLIO Okapi tokens
    and admin passwords, Koha database and API-client secrets, DSpace database/JWT
    secrets, OJS api_key_secret / API tokens / DB passwords, Figshare, Zenodo,
    Dataverse, OSF and Dryad tokens, arXiv/SWORD deposit passwords, EZproxy
    ticket secrets / user.txt / FormVariable passwords, Shibboleth IdP and
    OpenAthens secrets, plus the usual cloud/db credentials these projects carry
    (AWS, GitHub, Google API keys, PostgreSQL/MySQL URLs).
    File types: Python scripts, Jupyter notebooks, R scripts, R Markdown,
    .Renviron, Zotero tooling configs, DSpace local.cfg, OJS config.inc.php,
    Koha koha-conf.xml, FOLIO module/deployment descriptors and env, EZproxy
    config.txt / user.txt, Shibboleth idp.properties / secrets.properties /
    attribute-resolver.xml, docker-compose, .env, GitHub/GitLab CI YAML,
    Jekyll/Hugo academic sites, Makefiles, shell, JS, Java properties, INI,
    TOML, JSON, Markdown runbooks, BibTeX, CFF, CSV, BagIt manifests, .po files.

USAGE
    python3 gen_dx.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files), OUTDIR/neg/nNNNN/<relpath>
    (500 files), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness
    comes from random.Random(SEED); output is byte-identical for the same SEED.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file (no quotes).
    * id/secret pairs (ORCID APP-id + secret, OCLC WSKey + secret, Mendeley id +
      secret, AWS access key id + secret, Koha/Dryad/OpenAthens client id +
      secret, Elsevier apikey + insttoken): the needle is the secret half.
    * user/password pairs (deposit logins, database URLs, EZproxy user.txt,
      curl -u, FormVariable): the needle is the password only.
    * Tokens carried with a scheme ("Bearer X", "token X"): the needle is X.
    * "line" is the 1-based line of the needle's first occurrence.
    * Positive files hold exactly one credential; every other secret-ish slot in
      a positive file is an env/secret-manager reference or placeholder.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by a
    look-alike: placeholders (<your-token>, YOUR_API_KEY, xxxx..., REPLACE_ME),
    env lookups (os.environ, Sys.getenv, process.env, ${VAR}, ${{ secrets.X }},
    {{ vault_x }}), secret-manager references (vault:, arn:aws:secretsmanager,
    op://, sm://), masked values (****, l7xx********...), empty values, the
    providers' published documentation examples (Dataverse xxxxxxxx-xxxx-...,
    osfr "ThIsIsNoTaReAlPaTbUtYoUgEtIt", AWS AKIAIOSFODNN7EXAMPLE/wJalr...EXAMPLEKEY,
    Crossref test DOI 10.5555/12345678, ORCID 0000-0002-1825-0097), Unpaywall
    / Crossref polite-pool e-mail addresses in the key slot, public client ids.
    The other half are domain look-alikes: DOIs, ORCID iDs (valid ISO 7064
    check digit), ISBN-13/ISSN with valid check digits, PMIDs/PMCIDs, arXiv ids,
    Zenodo record ids, Handle ids, ROR ids, Scopus EIDs, Semantic Scholar paper
    ids (40 hex), Zotero item keys, Google Scholar user ids, Alma MMS ids, FOLIO
    record UUIDs, OAI-PMH resumption tokens, dataset md5/sha1/sha256 checksums,
    BagIt manifests, pip --hash / npm integrity / SRI hashes, public X.509
    certificates in SAML metadata, i18n strings (.po / Messages.properties),
    Git commit SHAs, Google Analytics ids and site-verification tokens.

DOUBTS (formats written from memory or uncertain)
    * Elsevier API key / insttoken: 32 lowercase hex (memory).
    * Springer Nature API key: 32 lowercase hex (memory).
    * IEEE Xplore API key: 24 lowercase alphanumerics (memory, uncertain).
    * Semantic Scholar API key: 40 mixed-case alphanumerics (memory, uncertain).
    * CORE API key: 32 mixed-case alphanumerics (memory, uncertain).
    * Unpaywall data-feed api_key: 32 lowercase alphanumerics (guess).
    * Wiley TDM client token: UUID (memory).
    * Mendeley: numeric client id, 16-char alphanumeric client secret (memory).
    * Dryad API client id/secret: 43-char URL-safe base64 (Doorkeeper default; guess).
    * OpenAthens OIDC client secret: 40-char alphanumeric (guess).
    * Crossref Metadata Plus token: modelled as an HS256 JWT (pre-2023 tokens);
      the newer key-manager API keys may have another shape.
    * OJS API token: JWT whose payload is a JSON string (memory, uncertain).
    * FOLIO Okapi token: HS256 JWT with sub/user_id/tenant claims (memory).
    * ORCID client secret and member access tokens: UUIDs (memory; consistent
      with published examples).  OCLC WSKey 80 alnum + 24-char base64 secret
      and tk_ access tokens: from OCLC's own client-credentials example.
    * Zotero key 24 alnum, OSF PAT 70 alnum, Zenodo PAT 60 alnum, Figshare
      token 128 hex, Dataverse UUID, Alma l7xx+32 hex: docs/memory.
    * GitHub ghp_ tokens: 30 base62 + 6-char base62 CRC32 (memory).
    * Label disputes: Algolia search-only keys in a Hugo site, the OSF example
      PAT in a tutorial, Google site-verification tokens and OAI-PMH
      resumption tokens are labelled negative; a strict reviewer might flag
      the Algolia key.  Shibboleth persistentId salt / EZproxy ticket secret
      / OJS api_key_secret / DSpace JWT secret are labelled positive (they are
      shared secrets, even if not "API keys").
    * Human passwords are synthesised from words, digits and symbols.
    * Endpoints from memory: arXiv SWORD (https://arxiv.org/sword-app/...),
      Koha OAuth token path, Dryad /oauth/token, OpenAthens OIDC token URL,
      Dataverse S3 env var names in compose; IEEE/Springer query-parameter names.
    * Placeholder passwords such as "changeme", "set-me", "dummy" are labelled
      negative (obvious placeholders); a very strict reviewer might disagree.
    * Google site-verification strings are random 43-char tokens here; they
      are public meta-tag values, labelled negative.

SEARCHES
    docs/pages searches: ORCID client id/secret (packagist oauth2-orcid,
    python-orcid, Dataverse orcid.json FIXME placeholders), Ex Libris developer
    network (apikey query parameter, myapikey placeholder), Zenodo REST API
    quickstart, Crossref Metadata Plus keys (Crossref-Plus-API-Token: Bearer),
    OCLC client credentials grant (80-char WSKey, base64 secret, tk_ token),
    Semantic Scholar x-api-key, figshare personal tokens, FOLIO X-Okapi-Token,
    Zotero 24-char keys, Elsevier X-ELS-APIKey / X-ELS-Insttoken, osfr 70-char
    PAT, Dataverse X-Dataverse-key.  Third-party pages also appeared
    (a pyzotero "skill" page with placeholder ABC1234XYZ, a Rust crate noting
    Zotero keys are 24 alphanumerics, api-evangelist FOLIO schemas).  No
    secret-scanner rule code, regexes or detector pages were shown by these
    searches.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import zlib

# ---------------------------------------------------------------------------
# basic random helpers
# ---------------------------------------------------------------------------
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
HEXL = "0123456789abcdef"
ALNUM = UP + LOW + DIG
LALNUM = LOW + DIG
UALNUM = UP + DIG
B64 = UP + LOW + DIG + "+/"
B64URL = UP + LOW + DIG + "-_"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return rs(r, HEXL, n)


def mixed(r, alphabet, n):
    """random string guaranteed to contain upper, lower and digit when possible."""
    while True:
        s = rs(r, alphabet, n)
        if n < 12:
            return s
        if any(c.isupper() for c in s) + any(c.islower() for c in s) + any(c.isdigit() for c in s) >= (
            (1 if any(c in alphabet for c in UP) else 0)
            + (1 if any(c in alphabet for c in LOW) else 0)
            + (1 if any(c in alphabet for c in DIG) else 0)
        ):
            return s


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def jwt(r, payload, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(rbytes(r, 32))


def ts(r):
    return r.randrange(1546300800, 1767225600)  # 2019-01-01 .. 2026-01-01


WORDS = ["marc", "catalog", "shelf", "folio", "codex", "vellum", "archive", "quarto",
         "octavo", "serial", "holdings", "stacks", "reading", "atlas", "lexicon",
         "index", "glossa", "scriptor", "ledger", "bindery", "colophon", "incipit",
         "palimpsest", "boolean", "thesis", "harvest", "dublin", "zebra", "beacon",
         "granite", "maple", "osprey", "kestrel", "harbor", "meridian", "saffron",
         "cobalt", "juniper", "lantern", "orchid", "tundra", "walnut", "velvet"]
PW_SYMS = "!*-_.+~^"
URL_SYMS = "-_.~!"


def human_pw(r, url_safe=False):
    syms = URL_SYMS if url_safe else PW_SYMS
    style = r.randrange(6)
    w1, w2 = r.choice(WORDS), r.choice(WORDS)
    if style == 0:
        return w1.capitalize() + r.choice(syms) + w2.capitalize() + str(r.randrange(10, 99999))
    if style == 1:
        return w1.capitalize() + str(r.randrange(1990, 2026)) + r.choice(syms) + rs(r, UP, 2)
    if style == 2:
        leet = w1.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return leet.capitalize() + r.choice(syms) + w2 + str(r.randrange(100, 999))
    if style == 3:
        return mixed(r, ALNUM, r.randrange(14, 22))
    if style == 4:
        return rs(r, ALNUM, 5) + r.choice(syms) + rs(r, ALNUM, 6) + r.choice(syms) + rs(r, ALNUM, 4)
    return w1 + "_" + w2.capitalize() + r.choice(syms) + str(r.randrange(10, 9999)) + rs(r, UP, 1)


B62 = DIG + UP + LOW


def b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def gh_token(r, prefix="ghp_"):
    body = rs(r, ALNUM, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def aws_pair(r):
    return "AKIA" + rs(r, UP + "234567", 16), rs(r, ALNUM + "+/", 40)


def google_key(r):
    return "AIza" + rs(r, ALNUM + "-_", 35)


# ---------------------------------------------------------------------------
# identifier (look-alike) generators -- all public, non-secret
# ---------------------------------------------------------------------------
def orcid_id(r):
    base = "0000000" + str(r.choice([1, 2, 3])) + "".join(r.choice(DIG) for _ in range(7))
    total = 0
    for ch in base:
        total = (total + int(ch)) * 2
    res = (12 - total % 11) % 11
    chk = "X" if res == 10 else str(res)
    d = base + chk
    return "%s-%s-%s-%s" % (d[:4], d[4:8], d[8:12], d[12:])


def isbn13(r):
    d = [9, 7, r.choice([8, 9])] + [r.randrange(10) for _ in range(9)]
    s = sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d))
    d.append((10 - s % 10) % 10)
    s = "".join(map(str, d))
    return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:8], s[8:12], s[12])


def issn(r):
    d = [r.randrange(10) for _ in range(7)]
    s = sum(x * (8 - i) for i, x in enumerate(d))
    c = (11 - s % 11) % 11
    s = "".join(map(str, d))
    return s[:4] + "-" + s[4:] + ("X" if c == 10 else str(c))


def doi(r):
    kind = r.randrange(6)
    if kind == 0:
        return "10.5281/zenodo.%d" % r.randrange(1000000, 15000000)
    if kind == 1:
        return "10.1016/j.%s.%d.%02d.%03d" % (r.choice(["jbi", "lisr", "acalib", "ipm", "joi"]),
                                             r.randrange(2012, 2025), r.randrange(1, 13), r.randrange(1, 999))
    if kind == 2:
        return "10.1007/s%05d-%03d-%05d-%d" % (r.randrange(10000, 99999), r.randrange(18, 25) * 10 + r.randrange(10),
                                                r.randrange(10000, 99999), r.randrange(10))
    if kind == 3:
        return "10.6084/m9.figshare.%d.v%d" % (r.randrange(1000000, 25000000), r.randrange(1, 5))
    if kind == 4:
        return "10.7910/DVN/%s" % rs(r, UALNUM, 6)
    return "10.1109/%s.%d.%d" % (r.choice(["JCDL", "TKDE", "ACCESS", "ICDE"]), r.randrange(2010, 2025),
                                 r.randrange(1000000, 9999999))


def arxiv_id(r):
    return "%02d%02d.%05d" % (r.randrange(15, 25), r.randrange(1, 13), r.randrange(0, 30000))


def ror_id(r):
    return "0" + rs(r, "0123456789abcdefghjkmnpqrstvwxyz", 6) + "%02d" % r.randrange(100)


def pmid(r):
    return str(r.randrange(20000000, 39000000))


def handle(r):
    return "%d/%d" % (r.choice([1721, 2142, 10419, 11250, 1773, 2027]), r.randrange(1000, 999999))


def mms_id(r):
    return "99%d%04d" % (r.randrange(10 ** 9, 10 ** 10), r.choice([3506, 1201, 5508, 4101]))


def sha256_of(r):
    return hashlib.sha256(rbytes(r, 24)).hexdigest()


def md5_of(r):
    return hashlib.md5(rbytes(r, 24)).hexdigest()


def sha1_of(r):
    return hashlib.sha1(rbytes(r, 24)).hexdigest()


def email(r):
    first = r.choice(["ana", "ben", "chidi", "dmitri", "elena", "farah", "goran", "hiro", "ines",
                      "jonas", "kai", "lena", "mateo", "nadia", "oskar", "priya", "quinn", "rosa"])
    dom = r.choice(["lib.example.edu", "uni-example.de", "library.example.ac.uk", "example.org",
                    "research.example.edu", "bib.example.nl"])
    return "%s.%s@%s" % (first, r.choice(["smith", "okafor", "ivanova", "tanaka", "garcia", "novak", "berg"]), dom)


def person(r):
    return r.choice(["Ana Ruiz", "Ben Okafor", "Chloe Martin", "Dmitri Ivanov", "Elena Rossi", "Farah Haddad",
                     "Goran Novak", "Hiro Tanaka", "Ines Silva", "Jonas Berg", "Kwame Mensah", "Lena Fischer",
                     "Mateo Garcia", "Nadia Petrova", "Oskar Lind", "Priya Raman"])


def inst(r):
    return r.choice(["University of Example", "Example State University", "Institut Exemple",
                     "Beispiel Universitat", "Example College Library", "Example Research Institute"])


def host(r):
    return r.choice(["library.example.edu", "lib.example.ac.uk", "repo.example.org", "ub.example.de",
                     "bibliotheek.example.nl", "research.example.edu", "data.example.edu"])


# ---------------------------------------------------------------------------
# credential kinds
#   cat: api  -> single bearer/API key (header and/or query parameter)
#        pair -> client id (public half) + secret (needle)
#        pw   -> user + password (needle)
#        shared -> standalone shared secret in a server config
# ---------------------------------------------------------------------------
def K(**kw):
    kw.setdefault("header", None)
    kw.setdefault("param", None)
    kw.setdefault("doc", [])
    kw.setdefault("id_public", True)
    kw.setdefault("special", [])
    kw.setdefault("generic", True)
    return kw


def _user(r):
    return r.choice(["libsys", "repo_admin", "dspace", "deposit", "cataloguer", "harvester", "ojs",
                     "koha_admin", "svc-repository", "datasvc", "scholcomm", "etd-loader"])


KINDS = [
    # ---- api ---------------------------------------------------------------
    K(key="zenodo_pat", provider="zenodo", kind="personal_access_token", cat="api",
      gen=lambda r: {"secret": mixed(r, ALNUM, 60)}, env="ZENODO_TOKEN",
      words=["zenodo", "token"], nwords=["zenodo"], header=("Authorization", "Bearer "),
      param="access_token", base="https://zenodo.org/api", path="/deposit/depositions",
      doc=["your_access_token_here", "ChangeMe"], special=["zenodo_py"]),
    K(key="figshare_token", provider="figshare", kind="personal_token", cat="api",
      gen=lambda r: {"secret": hexs(r, 128)}, env="FIGSHARE_TOKEN",
      words=["figshare", "token"], nwords=["figshare", "account"], header=("Authorization", "token "),
      base="https://api.figshare.com/v2", path="/account/articles"),
    K(key="dataverse_token", provider="dataverse", kind="api_token", cat="api",
      gen=lambda r: {"secret": uuid4(r)}, env="DATAVERSE_API_TOKEN",
      words=["dataverse", "api", "token"], nwords=["dataverse", "user"], header=("X-Dataverse-key", ""),
      param="key", base="https://dataverse.example.edu/api", path="/dataverses/root/contents",
      doc=["xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"], special=["pydataverse"]),
    K(key="osf_pat", provider="osf", kind="personal_access_token", cat="api",
      gen=lambda r: {"secret": mixed(r, ALNUM, 70)}, env="OSF_PAT",
      words=["osf", "pat"], nwords=["osf"], header=("Authorization", "Bearer "),
      base="https://api.osf.io/v2", path="/users/me/nodes/",
      doc=["ThIsIsNoTaReAlPaTbUtYoUgEtIt"], special=["osfr"]),
    K(key="zotero_key", provider="zotero", kind="api_key", cat="api",
      gen=lambda r: {"secret": mixed(r, ALNUM, 24)}, env="ZOTERO_API_KEY",
      words=["zotero", "api", "key"], nwords=["zotero", "lib"], header=("Zotero-API-Key", ""),
      param="key", base="https://api.zotero.org", path="/groups/%d/items/top" % 2451870,
      doc=["ABC1234XYZ", "your_api_key_here"], special=["pyzotero", "zotero_toml"]),
    K(key="elsevier_key", provider="elsevier", kind="api_key", cat="api",
      gen=lambda r: {"secret": hexs(r, 32)}, env="ELSEVIER_API_KEY",
      words=["scopus", "api", "key"], nwords=["scopus"], header=("X-ELS-APIKey", ""),
      param="apiKey", base="https://api.elsevier.com/content", path="/search/scopus?query=AFFILORG(library)",
      special=["elsapy"]),
    K(key="elsevier_insttoken", provider="elsevier", kind="insttoken", cat="api",
      gen=lambda r: {"secret": hexs(r, 32)}, env="ELSEVIER_INSTTOKEN",
      words=["els", "inst", "token"], nwords=["els", "institution"], header=("X-ELS-Insttoken", ""),
      base="https://api.elsevier.com/content", path="/article/doi/10.1016/j.acalib.2021.102345",
      special=[]),
    K(key="springer_key", provider="springer_nature", kind="api_key", cat="api",
      gen=lambda r: {"secret": hexs(r, 32)}, env="SPRINGER_API_KEY",
      words=["springer", "api", "key"], nwords=["springer", "meta"], param="api_key",
      base="https://api.springernature.com/meta/v2/json", path="?q=subject:Chemistry"),
    K(key="ieee_key", provider="ieee_xplore", kind="api_key", cat="api",
      gen=lambda r: {"secret": rs(r, LALNUM, 24)}, env="IEEE_XPLORE_API_KEY",
      words=["ieee", "api", "key"], nwords=["xplore"], param="apikey",
      base="https://ieeexploreapi.ieee.org/api/v1", path="/search/articles?querytext=digital%20libraries"),
    K(key="wiley_tdm", provider="wiley", kind="tdm_client_token", cat="api",
      gen=lambda r: {"secret": uuid4(r)}, env="WILEY_TDM_TOKEN",
      words=["wiley", "tdm", "token"], nwords=["wiley", "tdm"], header=("Wiley-TDM-Client-Token", ""),
      base="https://api.wiley.com/onlinelibrary/tdm/v1", path="/articles/10.1002%2Fasi.24567"),
    K(key="s2_key", provider="semantic_scholar", kind="api_key", cat="api",
      gen=lambda r: {"secret": mixed(r, ALNUM, 40)}, env="S2_API_KEY",
      words=["semantic", "scholar", "api", "key"], nwords=["s2"], header=("x-api-key", ""),
      base="https://api.semanticscholar.org/graph/v1", path="/paper/search?query=bibliometrics",
      special=["s2_client"]),
    K(key="core_key", provider="core", kind="api_key", cat="api",
      gen=lambda r: {"secret": mixed(r, ALNUM, 32)}, env="CORE_API_KEY",
      words=["core", "api", "key"], nwords=["core", "ac", "uk"], header=("Authorization", "Bearer "),
      param="apiKey", base="https://api.core.ac.uk/v3", path="/search/works?q=open%20access"),
    K(key="unpaywall_feed", provider="unpaywall", kind="data_feed_key", cat="api",
      gen=lambda r: {"secret": rs(r, LALNUM, 32)}, env="UNPAYWALL_FEED_KEY",
      words=["unpaywall", "feed", "key"], nwords=["unpaywall", "feed"], param="api_key",
      base="https://api.unpaywall.org/feed", path="/changefiles?interval=day"),
    K(key="alma_key", provider="exlibris", kind="alma_api_key", cat="api",
      gen=lambda r: {"secret": "l7xx" + hexs(r, 32)}, env="ALMA_API_KEY",
      words=["alma", "api", "key"], nwords=["alma"], header=("Authorization", "apikey "),
      param="apikey", base="https://api-eu.hosted.exlibrisgroup.com/almaws/v1", path="/bibs/%s" % "991234567890003506",
      doc=["myapikey", "l7xxXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"], special=["alma_py"]),
    K(key="primo_key", provider="exlibris", kind="primo_api_key", cat="api",
      gen=lambda r: {"secret": "l7xx" + hexs(r, 32)}, env="PRIMO_API_KEY",
      words=["primo", "api", "key"], nwords=["primo", "ve"], param="apikey",
      base="https://api-na.hosted.exlibrisgroup.com/primo/v1", path="/search?vid=01EXAMPLE_INST:MAIN&tab=Everything&scope=MyInst_and_CI&q=any,contains,metadata"),
    K(key="crossref_plus", provider="crossref", kind="metadata_plus_token", cat="api",
      gen=lambda r: {"secret": jwt(r, {"jti": uuid4(r), "iat": ts(r), "sub": "crossref-plus",
                                         "member": r.randrange(100, 30000)})},
      env="CROSSREF_PLUS_TOKEN", words=["crossref", "plus", "token"], nwords=["crossref", "pool"],
      header=("Crossref-Plus-API-Token", "Bearer "), base="https://api.crossref.org",
      path="/works?filter=from-index-date:2024-01-01&rows=1000"),
    K(key="folio_token", provider="folio", kind="okapi_token", cat="api",
      gen=lambda r: {"secret": jwt(r, {"sub": r.choice(["diku_admin", "migration_user", "etl"]),
                                         "user_id": uuid4(r), "iat": ts(r), "tenant": r.choice(["diku", "fs00001001", "exlib"])},
                                   header={"alg": "HS256"})},
      env="OKAPI_TOKEN", words=["okapi", "token"], nwords=["okapi", "session"], header=("X-Okapi-Token", ""),
      base="https://okapi.lib.example.edu", path="/inventory/instances?limit=100"),
    K(key="ojs_token", provider="ojs_pkp", kind="api_token", cat="api",
      gen=lambda r: {"secret": jwt(r, hexs(r, 40), header={"typ": "JWT", "alg": "HS256"})},
      env="OJS_API_TOKEN", words=["ojs", "api", "token"], nwords=["ojs", "journal"], header=("Authorization", "Bearer "),
      param="apiToken", base="https://journals.example.edu/index.php/jlis/api/v1", path="/submissions?status=3"),
    K(key="oclc_token", provider="oclc", kind="access_token", cat="api",
      gen=lambda r: {"secret": "tk_" + mixed(r, ALNUM, 36)}, env="OCLC_ACCESS_TOKEN",
      words=["oclc", "access", "token"], nwords=["worldcat"], header=("Authorization", "Bearer "),
      base="https://metadata.api.oclc.org/worldcat", path="/search/brief-bibs?q=ti:metadata"),
    K(key="orcid_token", provider="orcid", kind="member_access_token", cat="api",
      gen=lambda r: {"secret": uuid4(r)}, env="ORCID_ACCESS_TOKEN",
      words=["orcid", "access", "token"], nwords=["orcid", "member"], header=("Authorization", "Bearer "),
      base="https://api.orcid.org/v3.0", path="/0000-0002-1825-0097/works"),
    K(key="github_pat", provider="github", kind="personal_access_token", cat="api",
      gen=lambda r: {"secret": gh_token(r)}, env="GITHUB_TOKEN",
      words=["github", "token"], nwords=["gh"], header=("Authorization", "token "),
      base="https://api.github.com", path="/repos/example-lib/theses-archive/releases"),
    K(key="google_key", provider="google", kind="api_key", cat="api",
      gen=lambda r: {"secret": google_key(r)}, env="GOOGLE_BOOKS_API_KEY",
      words=["google", "books", "key"], nwords=["gbooks"], param="key",
      base="https://www.googleapis.com/books/v1", path="/volumes?q=isbn:9780262033848"),
    # ---- pair --------------------------------------------------------------
    K(key="orcid_secret", provider="orcid", kind="client_secret", cat="pair",
      gen=lambda r: {"secret": uuid4(r), "id": "APP-" + rs(r, UALNUM, 16)}, env="ORCID_CLIENT_SECRET",
      id_env="ORCID_CLIENT_ID", words=["orcid", "client", "secret"], nwords=["orcid", "app"],
      token_url="https://orcid.org/oauth/token", scope="/read-limited /activities/update",
      special=["dspace_orcid", "orcid_member", "django_social"]),
    K(key="mendeley_secret", provider="mendeley", kind="oauth_client_secret", cat="pair",
      gen=lambda r: {"secret": mixed(r, ALNUM, 16), "id": str(r.randrange(1000, 19999))},
      env="MENDELEY_CLIENT_SECRET", id_env="MENDELEY_CLIENT_ID", words=["mendeley", "client", "secret"],
      nwords=["mendeley", "app"], token_url="https://api.mendeley.com/oauth/token", scope="all",
      special=["mendeley_sdk", "django_social"]),
    K(key="oclc_wskey", provider="oclc", kind="wskey_secret", cat="pair",
      gen=lambda r: {"secret": base64.b64encode(rbytes(r, 16)).decode(), "id": mixed(r, ALNUM, 80)},
      env="OCLC_WSKEY_SECRET", id_env="OCLC_WSKEY", words=["wskey", "secret"], nwords=["oclc", "wskey"],
      id_public=False, token_url="https://oauth.oclc.org/token", scope="WorldCatMetadataAPI",
      special=["oclc_py"]),
    K(key="dryad_secret", provider="dryad", kind="api_client_secret", cat="pair",
      gen=lambda r: {"secret": rs(r, B64URL, 43), "id": rs(r, B64URL, 43)}, env="DRYAD_CLIENT_SECRET",
      id_env="DRYAD_CLIENT_ID", words=["dryad", "client", "secret"], nwords=["dryad", "app"], id_public=False,
      token_url="https://datadryad.org/oauth/token", scope=""),
    K(key="koha_client", provider="koha", kind="api_client_secret", cat="pair",
      gen=lambda r: {"secret": uuid4(r), "id": uuid4(r)}, env="KOHA_CLIENT_SECRET", id_env="KOHA_CLIENT_ID",
      words=["koha", "client", "secret"], nwords=["koha", "rest"],
      token_url="https://koha-staff.lib.example.edu/api/v1/oauth/token", scope=""),
    K(key="openathens_oidc", provider="openathens", kind="oidc_client_secret", cat="pair",
      gen=lambda r: {"secret": mixed(r, ALNUM, 40),
                     "id": "example.edu.oidc-app-v1." + uuid4(r)}, env="OPENATHENS_CLIENT_SECRET",
      id_env="OPENATHENS_CLIENT_ID", words=["openathens", "client", "secret"], nwords=["openathens", "oidc"],
      token_url="https://connect.openathens.net/oidc/token", scope="openid"),
    K(key="aws_secret", provider="aws", kind="secret_access_key", cat="pair",
      gen=lambda r: dict(zip(("id", "secret"), aws_pair(r))), env="AWS_SECRET_ACCESS_KEY",
      id_env="AWS_ACCESS_KEY_ID", words=["aws", "secret", "access", "key"], nwords=["s3", "archive"],
      id_public=False, token_url=None, scope="", generic=False,
      doc=["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"], special=["aws_creds", "aws_env", "aws_py", "aws_compose"]),
    # ---- pw ----------------------------------------------------------------
    K(key="crossref_deposit", provider="crossref", kind="deposit_password", cat="pw",
      gen=lambda r: {"secret": human_pw(r, True), "user": r.choice(["exlib", "univpress", "jlis"]) + "/" + r.choice(["depositor", "role", "admin"])},
      env="CROSSREF_PASSWORD", words=["crossref", "password"], nwords=["crossref", "login"],
      url="https://doi.crossref.org/servlet/deposit", special=["crossref_curl", "crossref_make"]),
    K(key="datacite_repo", provider="datacite", kind="repository_password", cat="pw",
      gen=lambda r: {"secret": human_pw(r, True), "user": r.choice(["EXLIB", "UNIEX", "TIB"]) + "." + r.choice(["DATA", "REPO", "THESES", "ARCHIVE"])},
      env="DATACITE_PASSWORD", words=["datacite", "password"], nwords=["datacite", "repo"],
      url="https://api.datacite.org/dois", special=["datacite_curl"]),
    K(key="arxiv_sword", provider="arxiv", kind="sword_deposit_password", cat="pw",
      gen=lambda r: {"secret": human_pw(r, True), "user": r.choice(["jsmith", "lib-deposit", "physics-dept"])},
      env="ARXIV_SWORD_PASSWORD", words=["arxiv", "password"], nwords=["arxiv", "sword"],
      url="https://arxiv.org/sword-app/edit", special=["sword_cfg"]),
    K(key="dspace_sword", provider="dspace", kind="sword_password", cat="pw",
      gen=lambda r: {"secret": human_pw(r, True), "user": email(r)},
      env="DSPACE_SWORD_PASSWORD", words=["dspace", "password"], nwords=["dspace", "deposit"],
      url="https://repo.example.edu/server/swordv2/collection/123456789/2", special=["sword_cfg"]),
    K(key="dspace_db", provider="postgresql", kind="database_password", cat="pw",
      gen=lambda r: {"secret": human_pw(r, True), "user": "dspace"}, env="DSPACE_DB_PASSWORD",
      words=["db", "password"], nwords=["db", "url"], url="postgresql://db:5432/dspace",
      special=["dspace_cfg_db", "db_url"]),
    K(key="koha_db", provider="mysql", kind="database_password", cat="pw",
      gen=lambda r: {"secret": human_pw(r, True), "user": "koha_" + r.choice(["library", "main", "prod"])},
      env="KOHA_DB_PASSWORD", words=["koha", "db", "pass"], nwords=["koha", "db"],
      url="mysql://db:3306/koha_library", special=["koha_conf", "db_url"]),
    K(key="ojs_db", provider="mysql", kind="database_password", cat="pw",
      gen=lambda r: {"secret": human_pw(r, True), "user": "ojs"}, env="OJS_DB_PASSWORD",
      words=["ojs", "db", "password"], nwords=["ojs", "db"], url="mysql://db:3306/ojs",
      special=["ojs_config_db", "db_url"]),
    K(key="folio_admin", provider="folio", kind="admin_password", cat="pw",
      gen=lambda r: {"secret": human_pw(r, True), "user": r.choice(["diku_admin", "folio_admin", "migration_user"])},
      env="FOLIO_PASSWORD", words=["folio", "password"], nwords=["folio", "login"],
      url="https://okapi.lib.example.edu/authn/login", special=["folio_login"]),
    K(key="folio_db", provider="folio", kind="database_password", cat="pw",
      gen=lambda r: {"secret": human_pw(r, True), "user": "folio_admin"}, env="DB_PASSWORD",
      words=["db", "password"], nwords=["db", "conn"], url="postgresql://pg-folio:5432/okapi_modules",
      special=["folio_dd", "db_url"]),
    K(key="ezproxy_user", provider="ezproxy", kind="user_password", cat="pw",
      gen=lambda r: {"secret": human_pw(r, True), "user": r.choice(["admin", "ezadmin", "walkin", "sysadmin"])},
      env="EZPROXY_ADMIN_PASSWORD", words=["ezproxy", "password"], nwords=["ezproxy", "admin"],
      url="https://login.ezproxy.lib.example.edu/admin", generic=["ansible"], special=["ezproxy_user", "ezproxy_form"]),
    K(key="shib_ldap", provider="shibboleth", kind="ldap_bind_credential", cat="pw",
      gen=lambda r: {"secret": human_pw(r, True), "user": "cn=idp-svc,ou=services,dc=example,dc=edu"},
      env="IDP_LDAP_BIND_CREDENTIAL", words=["ldap", "bind", "password"], nwords=["ldap", "bind"],
      url="ldaps://ldap.example.edu:636", generic=["ansible", "k8s"], special=["shib_secrets", "shib_resolver"]),
    # ---- shared --------------------------------------------------------------
    K(key="ezproxy_ticket", provider="ezproxy", kind="ticket_shared_secret", cat="shared",
      gen=lambda r: {"secret": mixed(r, ALNUM, r.choice([24, 32]))}, env="EZPROXY_TICKET_SECRET",
      words=["ezproxy", "ticket", "secret"], nwords=["ezproxy", "ticket"], generic=["ansible", "k8s", "dotenv"],
      special=["ezproxy_ticket", "ezproxy_ticket_php"]),
    K(key="ojs_api_secret", provider="ojs_pkp", kind="api_key_secret", cat="shared",
      gen=lambda r: {"secret": mixed(r, ALNUM, r.choice([32, 40, 48]))}, env="OJS_API_KEY_SECRET",
      words=["api", "key", "secret"], nwords=["ojs", "security"], generic=["ansible", "k8s", "dotenv"], special=["ojs_config_secret"]),
    K(key="dspace_jwt", provider="dspace", kind="jwt_signing_secret", cat="shared",
      gen=lambda r: {"secret": mixed(r, ALNUM + "-_", r.choice([32, 43, 48]))}, env="DSPACE_JWT_SECRET",
      words=["jwt", "token", "secret"], nwords=["dspace", "jwt"], generic=["ansible", "k8s", "dotenv"], special=["dspace_cfg_jwt"]),
    K(key="shib_salt", provider="shibboleth", kind="persistent_id_salt", cat="shared",
      gen=lambda r: {"secret": base64.b64encode(rbytes(r, 36)).decode()}, env="IDP_PERSISTENTID_SALT",
      words=["persistent", "id", "salt"], nwords=["idp", "nameid"], generic=["ansible", "k8s", "dotenv"], special=["shib_secrets", "shib_props"]),
    K(key="shib_sealer", provider="shibboleth", kind="sealer_keystore_password", cat="shared",
      gen=lambda r: {"secret": mixed(r, ALNUM, r.choice([20, 24, 28]))}, env="IDP_SEALER_PASSWORD",
      words=["sealer", "store", "password"], nwords=["idp", "sealer"], generic=["ansible", "k8s", "dotenv"], special=["shib_secrets", "shib_props"]),
]
KIND_BY_KEY = {k["key"]: k for k in KINDS}


# ---------------------------------------------------------------------------
# naming helpers
# ---------------------------------------------------------------------------
def name(words, style):
    if style == "snake":
        return "_".join(words)
    if style == "screaming":
        return "_".join(words).upper()
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(words)
    if style == "dot":
        return ".".join(words)
    return "_".join(words)


NEUTRAL_TAILS = ["cfg", "conn", "upstream", "value", "creds", "ident", "src", "remote", "svc", "param"]


# ---------------------------------------------------------------------------
# negative fillers
# ---------------------------------------------------------------------------
def masked_like(r, secret):
    mode = r.randrange(3)
    if mode == 0:
        return "*" * r.choice([8, 12, 16, 20])
    if mode == 1 and len(secret) > 12:
        return secret[:4] + "*" * (len(secret) - 8) + hexs(r, 4) if secret.startswith("l7xx") else \
            "*" * (len(secret) - 4) + rs(r, LALNUM, 4)
    return r.choice(["<redacted>", "[REDACTED]", "********", "[hidden]", "(masked)"])


def placeholder(r, spec, like):
    w = spec["words"]
    opts = ["<your-%s>" % name(w, "kebab"), "YOUR_%s" % name(w, "screaming"), "REPLACE_ME",
            "<%s>" % name(w, "snake"), "changeme" if spec["cat"] in ("pw", "shared") else "your_api_key_here",
            "TODO", "x" * len(like) if len(like) <= 64 and spec["cat"] != "pw" else "xxxxxxxx",
            "<insert %s here>" % " ".join(w), "%s_GOES_HERE" % name(w[-2:], "screaming"), "dummy", "set-me"]
    return r.choice(opts)


def secret_ref(r, spec):
    env = spec["env"]
    lower = env.lower().replace("_", "-")
    return r.choice([
        "vault:secret/data/library/%s#value" % lower,
        "arn:aws:secretsmanager:eu-west-1:%d:secret:%s-%s" % (r.randrange(10 ** 11, 10 ** 12), lower, rs(r, ALNUM, 6)),
        "op://Library Systems/%s/credential" % name(spec["words"], "pascal"),
        "sm://projects/lib-prod/secrets/%s/versions/latest" % lower,
        "${%s}" % env,
        "{{ %s }}" % env.lower(),
        "@@%s@@" % env,
        "%%(%s)s" % env,
    ])


class Cred:
    def __init__(self, r, spec, neg):
        self.spec = spec
        self.provider = spec["provider"]
        self.kind = spec["kind"]
        self.cat = spec["cat"]
        self.env = spec["env"]
        self.neg = neg
        g = spec["gen"](r)
        self.secret = g["secret"]
        self.id = g.get("id")
        self.user = g.get("user") or _user(r)
        self.obvious = r.random() < 0.42
        self.envcall = False
        self.negkind = None
        if not neg:
            self.s = self.secret
        else:
            roll = r.random()
            if roll < 0.22:
                self.negkind = "placeholder"
                self.s = placeholder(r, spec, self.secret)
            elif roll < 0.44:
                self.negkind = "env_reference"
                self.envcall = True
                self.s = "${%s}" % self.env
            elif roll < 0.58:
                self.negkind = "secret_manager_reference"
                self.s = secret_ref(r, spec)
            elif roll < 0.72:
                self.negkind = "masked"
                self.s = masked_like(r, self.secret)
            elif roll < 0.80:
                self.negkind = "empty"
                self.s = ""
            elif spec["doc"] and roll < 0.92:
                self.negkind = "documented_example"
                self.s = r.choice(spec["doc"])
            else:
                self.negkind = "placeholder"
                self.s = placeholder(r, spec, self.secret)
            if not spec["id_public"] and self.id:
                if spec["key"] == "aws_secret" and r.random() < 0.5:
                    self.id = "AKIAIOSFODNN7EXAMPLE"
                else:
                    self.id = "${%s}" % spec["id_env"]
        self.secret_written = self.s

    # expression for a standalone value in language `lang`, quoted with q
    def expr(self, lang, q='"'):
        if self.envcall:
            e = self.env
            if lang == "py":
                return '%s' % ('os.environ["%s"]' % e if q == '"' else "os.environ['%s']" % e)
            if lang == "r":
                return 'Sys.getenv("%s")' % e
            if lang == "js":
                return "process.env.%s" % e
            if lang == "php":
                return "getenv('%s')" % e
            if lang == "sh":
                return '"${%s}"' % e
            if lang == "make":
                return "$(%s)" % e
            if lang == "gha":
                return "${{ secrets.%s }}" % e
            if lang == "yaml":
                return '"${%s}"' % e
            if lang == "ansible":
                return '"{{ vault_%s }}"' % e.lower()
            return "${%s}" % e
        if q:
            return q + self.s + q
        return self.s

    def expr_id(self, lang, q='"'):
        if self.id is None:
            return q + q
        return q + self.id + q

    def n(self, style, extra=None):
        """variable name: obvious uses key/token/secret words, neutral does not."""
        if self.obvious or self.neg and False:
            w = self.spec["words"]
        else:
            w = self.spec["nwords"]
        if extra:
            w = list(w) + list(extra)
        return name(w, style)

    def on(self, style):
        return name(self.spec["words"], style)


# ---------------------------------------------------------------------------
# per-language value helpers
# ---------------------------------------------------------------------------
def lit(c, lang, prefix="", q='"'):
    """expression evaluating to prefix + secret in `lang`."""
    if c.envcall:
        e = c.expr(lang, q)
        if not prefix:
            return e
        if lang == "py":
            return "%s%s%s + %s" % (q, prefix, q, e)
        if lang == "r":
            return 'paste0("%s", %s)' % (prefix, e)
        if lang == "js":
            return "`%s${%s}`" % (prefix, e)
        if lang == "php":
            return "'%s' . %s" % (prefix, e)
        if lang in ("sh", "yaml"):
            return '"%s${%s}"' % (prefix, c.env)
        if lang == "gha":
            return "%s${{ secrets.%s }}" % (prefix, c.env)
        if lang == "make":
            return "%s$(%s)" % (prefix, c.env)
        return prefix + "${%s}" % c.env
    return q + prefix + c.s + q


def xbare(c):
    """bare value safe inside XML text/attributes (placeholders become __ENV__ as in Koha's templates)."""
    v = bare(c)
    if any(ch in v for ch in "<>&\""):
        v = "__%s__" % c.env
    return v


def bare(c, lang="sh"):
    """secret as raw text inside a larger string (URL, header line, config value)."""
    if c.envcall:
        if lang == "make":
            return "$(%s)" % c.env
        if lang == "gha":
            return "${{ secrets.%s }}" % c.env
        if lang == "js":
            return "${process.env.%s}" % c.env
        return "${%s}" % c.env
    return c.s


def hdr_or_param(r, c):
    sp = c.spec
    if sp["header"] and sp["param"]:
        return "header" if r.random() < 0.6 else "param"
    return "header" if sp["header"] else "param"


def base_url(c):
    sp = c.spec
    if c.cat == "api":
        return sp["base"]
    if c.cat == "pair":
        return sp.get("token_url") or "https://s3.eu-west-1.amazonaws.com"
    return sp.get("url", "https://%s" % "repo.example.edu")


def full_url(c):
    sp = c.spec
    if c.cat == "api":
        return sp["base"] + sp["path"]
    return base_url(c)


def with_param(url, p, v):
    return url + ("&" if "?" in url else "?") + p + "=" + v


COMMENT = {"py": "#", "r": "#", "sh": "#", "yaml": "#", "make": "#", "ini": ";", "props": "#",
           "toml": "#", "js": "//", "php": "//", "env": "#", "cfg": "#"}


def py_usage(r, c, var, idvar=None, sess="requests"):
    """python lines using an already-bound variable `var` holding the secret."""
    sp = c.spec
    lines = []
    if c.cat == "api":
        mode = hdr_or_param(r, c)
        if mode == "header":
            h, pre = sp["header"]
            v = ('f"%s{%s}"' % (pre, var)) if pre else var
            lines.append('    resp = %s.get(%s, headers={"%s": %s}, timeout=30)' % (sess, "url", h, v))
        else:
            lines.append('    resp = %s.get(url, params={"%s": %s}, timeout=30)' % (sess, sp["param"], var))
    elif c.cat == "pair":
        if r.random() < 0.5:
            lines.append('    resp = %s.post("%s", auth=(%s, %s),' % (sess, sp["token_url"], idvar, var))
            lines.append('                    data={"grant_type": "client_credentials", "scope": "%s"}, timeout=30)' % sp["scope"])
        else:
            lines.append('    resp = %s.post("%s", data={' % (sess, sp["token_url"]))
            lines.append('        "client_id": %s,' % idvar)
            lines.append('        "client_secret": %s,' % var)
            lines.append('        "grant_type": "client_credentials",')
            lines.append('        "scope": "%s",' % sp["scope"])
            lines.append('    }, headers={"Accept": "application/json"}, timeout=30)')
    else:
        lines.append('    resp = %s.post(url, auth=(USERNAME, %s), timeout=60)' % (sess, var))
    lines.append("    resp.raise_for_status()")
    return lines


def py_inline(r, c, sess="requests"):
    """python lines with the secret written inline (neutral form: header, URL, positional tuple)."""
    sp = c.spec
    lines = []
    if c.cat == "api":
        mode = hdr_or_param(r, c)
        if mode == "header":
            h, pre = sp["header"]
            lines.append('    resp = %s.get(url, headers={"%s": %s,' % (sess, h, lit(c, "py", pre)))
            lines.append('                                "Accept": "application/json"}, timeout=30)')
        else:
            if c.envcall:
                lines.append('    resp = %s.get(url, params={"%s": %s}, timeout=30)' % (sess, sp["param"], c.expr("py")))
            else:
                lines.append('    url = "%s"' % with_param(full_url(c), sp["param"], c.s))
                lines.append("    resp = %s.get(url, timeout=30)" % sess)
    elif c.cat == "pair":
        lines.append('    resp = %s.post("%s",' % (sess, sp["token_url"]))
        lines.append('                    auth=(%s, %s),' % (c.expr_id("py"), lit(c, "py")))
        lines.append('                    data={"grant_type": "client_credentials"}, timeout=30)')
    else:
        lines.append('    resp = %s.post(url, auth=("%s", %s), timeout=60)' % (sess, c.user, lit(c, "py")))
    lines.append("    resp.raise_for_status()")
    return lines


def sh_curl(r, c, secret_text=None, multiline=True):
    """curl command with the secret inline; secret_text overrides the bare value."""
    sp = c.spec
    s = bare(c) if secret_text is None else secret_text
    j = " \\\n  " if multiline else " "
    if c.cat == "api":
        mode = hdr_or_param(r, c)
        if mode == "header":
            h, pre = sp["header"]
            return 'curl -sS -H "%s: %s%s"%s-H "Accept: application/json"%s"%s"' % (h, pre, s, j, j, full_url(c))
        return 'curl -sS%s"%s"' % (j, with_param(full_url(c), sp["param"], s))
    if c.cat == "pair":
        if r.random() < 0.5:
            return 'curl -sS -X POST -u "%s:%s"%s-d "grant_type=client_credentials"%s"%s"' % (
                c.id or "", s, j, j, sp["token_url"] or "")
        return 'curl -sS -X POST "%s"%s-d "client_id=%s"%s-d "client_secret=%s"%s-d "grant_type=client_credentials"' % (
            sp["token_url"] or "", j, c.id or "", j, s, j)
    return 'curl -sS -u "%s:%s"%s-H "Content-Type: application/xml"%s"%s"' % (c.user, s, j, j, full_url(c))


def verb_for(c):
    return {"zenodo": "deposit", "figshare": "upload", "dataverse": "publish", "osf": "sync", "zotero": "export",
            "elsevier": "harvest", "springer_nature": "harvest", "ieee_xplore": "harvest", "wiley": "tdm_fetch",
            "semantic_scholar": "enrich", "core": "harvest", "unpaywall": "oa_check", "exlibris": "sync",
            "crossref": "deposit", "folio": "migrate", "ojs_pkp": "export", "oclc": "lookup", "orcid": "push",
            "github": "release", "google": "cover_fetch", "mendeley": "import", "dryad": "harvest",
            "koha": "sync", "openathens": "login", "aws": "backup", "datacite": "mint", "arxiv": "submit",
            "dspace": "ingest", "postgresql": "migrate", "mysql": "backup", "ezproxy": "ezproxy",
            "shibboleth": "idp"}.get(c.provider, "sync")


def fill_settings(r, n=3):
    pool = [("CONTACT_EMAIL", email(r)), ("ROR_ID", "https://ror.org/" + ror_id(r)), ("PAGE_SIZE", str(r.choice([25, 50, 100, 200]))),
            ("TIMEOUT_SECONDS", str(r.choice([10, 30, 60, 120]))), ("LOG_LEVEL", r.choice(["INFO", "DEBUG", "WARNING"])),
            ("INSTITUTION", inst(r)), ("DATA_DIR", r.choice(["./data", "/srv/harvest/data", "/var/lib/harvester"])),
            ("USER_AGENT", "LibHarvester/%d.%d (mailto:%s)" % (r.randrange(1, 4), r.randrange(10), email(r))),
            ("RETRY_LIMIT", str(r.randrange(2, 8))), ("ISSN_FILTER", issn(r)), ("START_DATE", "20%02d-%02d-01" % (r.randrange(19, 25), r.randrange(1, 13)))]
    r.shuffle(pool)
    return pool[:n]


# ---------------------------------------------------------------------------
# generic templates (shared by positives and template-negatives)
# each returns (relpath, filetype, text)
# ---------------------------------------------------------------------------
def t_py_script(r, c):
    v = verb_for(c)
    path = r.choice(["scripts/%s_%s.py" % (v, c.provider), "tools/%s.py" % c.provider, "%s/%s.py" % (c.provider, v),
                     "bin/%s-%s.py" % (c.provider.replace("_", "-"), v)])
    L = ['#!/usr/bin/env python3', '"""%s helper for the %s.' % (v.replace("_", " ").capitalize(), inst(r)), "",
         "Run nightly from cron; see docs/ops.md for the schedule.", '"""', "import json", "import logging",
         "import os" if c.envcall or r.random() < 0.5 else "import sys", "", "import requests", "",
         "log = logging.getLogger(__name__)", ""]
    L.append('BASE_URL = "%s"' % base_url(c))
    if c.cat == "pw":
        L.append('USERNAME = "%s"' % c.user)
    if c.cat == "pair":
        L.append('CLIENT_ID = %s' % c.expr_id("py"))
    for k, val in fill_settings(r, 2):
        L.append('%s = "%s"' % (k, val))
    if c.obvious:
        var = c.n("screaming")
        L.append("%s = %s" % (var, c.expr("py")))
        L += ["", "", "def fetch(url):"]
        L += py_usage(r, c, var, "CLIENT_ID")
    else:
        L += ["", "", "def fetch(url):"]
        L += py_inline(r, c)
    L += ["    return resp.json()", "", "", "def main():", "    logging.basicConfig(level=logging.INFO)",
          '    url = BASE_URL%s' % (' + "%s"' % c.spec["path"] if c.cat == "api" else ""),
          "    data = fetch(url)", '    log.info("received %d bytes", len(json.dumps(data)))',
          '    with open("out/%s.json", "w", encoding="utf-8") as fh:' % c.provider,
          "        json.dump(data, fh, indent=2)", "", "", 'if __name__ == "__main__":', "    main()"]
    return path, "python", "\n".join(L) + "\n"


def t_r_script(r, c):
    path = r.choice(["R/%s_%s.R" % (c.provider, verb_for(c)), "analysis/%s.R" % c.provider, "scripts/fetch_%s.R" % c.provider])
    sp = c.spec
    L = ["# %s -- bibliometrics pipeline, %s" % (c.provider, inst(r)), "# Author: %s" % person(r), "",
         "library(httr)", "library(jsonlite)", "library(dplyr)", ""]
    url = full_url(c)
    if c.obvious:
        var = c.n("snake")
        L.append("%s <- %s" % (var, c.expr("r")))
        L.append("")
        if c.cat == "api":
            if hdr_or_param(r, c) == "header":
                h, pre = sp["header"]
                val = 'paste0("%s", %s)' % (pre, var) if pre else var
                L.append('res <- GET("%s", add_headers(`%s` = %s))' % (url, h, val))
            else:
                L.append('res <- GET("%s", query = list(%s = %s))' % (url, sp["param"], var))
        elif c.cat == "pair":
            L.append('res <- POST("%s", authenticate(%s, %s),' % (sp["token_url"], c.expr_id("r"), var))
            L.append('            body = list(grant_type = "client_credentials"), encode = "form")')
        else:
            L.append('res <- POST("%s", authenticate("%s", %s))' % (url, c.user, var))
    else:
        if c.cat == "api":
            if hdr_or_param(r, c) == "header" or c.envcall:
                h, pre = sp["header"] or ("x", "")
                if sp["header"]:
                    L.append('res <- GET("%s", add_headers(`%s` = %s))' % (url, h, lit(c, "r", pre)))
                else:
                    L.append('res <- GET("%s", query = list(%s = %s))' % (url, sp["param"], lit(c, "r")))
            else:
                L.append('res <- GET("%s")' % with_param(url, sp["param"], c.s))
        elif c.cat == "pair":
            L.append('res <- POST("%s", authenticate(%s, %s),' % (sp["token_url"], c.expr_id("r"), lit(c, "r")))
            L.append('            body = list(grant_type = "client_credentials"), encode = "form")')
        else:
            L.append('res <- POST("%s", authenticate("%s", %s))' % (url, c.user, lit(c, "r")))
    L += ["stop_for_status(res)", 'payload <- fromJSON(content(res, as = "text", encoding = "UTF-8"))', "",
          "# keep only the fields the dashboard uses",
          "records <- as_tibble(payload[[1]])",
          'write.csv(records, file.path("data", "%s_%s.csv"), row.names = FALSE)' % (c.provider, r.randrange(2019, 2026)),
          'message("rows written: ", nrow(records))']
    return path, "r", "\n".join(L) + "\n"


def nb_cell(kind, src):
    lines = src.split("\n")
    srcl = [l + "\n" for l in lines[:-1]] + [lines[-1]]
    cell = {"cell_type": kind, "metadata": {}, "source": srcl}
    if kind == "code":
        cell["execution_count"] = None
        cell["outputs"] = []
    return cell


def t_notebook(r, c):
    path = r.choice(["notebooks/%s_exploration.ipynb" % c.provider, "analysis/%02d-%s.ipynb" % (r.randrange(1, 20), c.provider),
                     "%s_api_demo.ipynb" % c.provider])
    url = full_url(c)
    cfg = ["import os", "import requests", "import pandas as pd", ""]
    if c.cat == "pw":
        cfg.append('USERNAME = "%s"' % c.user)
    if c.cat == "pair":
        cfg.append("CLIENT_ID = %s" % c.expr_id("py"))
    cfg.append('url = "%s"' % url)
    if c.obvious:
        var = c.n("snake")
        cfg.append("%s = %s" % (var, c.expr("py")))
        body = ["def get(url):"] + py_usage(r, c, var, "CLIENT_ID") + ["    return resp.json()"]
    else:
        body = ["def get(url):"] + py_inline(r, c) + ["    return resp.json()"]
    cells = [nb_cell("markdown", "# %s API exploration\n\nQuick look at what the %s API returns for our institution (%s)." % (
        c.provider.replace("_", " ").title(), c.provider, inst(r))),
        nb_cell("code", "\n".join(cfg)),
        nb_cell("code", "\n".join(body)),
        nb_cell("code", "data = get(url)\ndf = pd.json_normalize(data if isinstance(data, list) else [data])\ndf.head()"),
        nb_cell("markdown", "## Notes\n\n- counts differ from the web UI by a few records\n- rerun after the nightly load")]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.%d.%d" % (r.randrange(8, 13), r.randrange(10))}},
          "nbformat": 4, "nbformat_minor": 5}
    return path, "notebook", json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def t_dotenv(r, c):
    path = r.choice([".env", ".env.production", "deploy/.env", "docker/%s.env" % c.provider, ".env.local"])
    L = ["# %s settings -- loaded by python-dotenv" % c.provider, "APP_ENV=%s" % r.choice(["production", "staging"])]
    for k, val in fill_settings(r, 3):
        L.append("%s=%s" % (k, val if " " not in val else '"%s"' % val))
    L.append("")
    sval = bare(c)
    q = r.choice(["", '"', "'"]) if " " not in sval else '"'
    if c.cat == "pair":
        L.append("%s=%s" % (c.spec["id_env"] if c.obvious else name(c.spec["nwords"] + ["id"], "screaming"), c.id or ""))
    if c.cat == "pw":
        L.append("%s=%s" % (name(c.spec["nwords"] + ["user"], "screaming"), c.user))
    if c.obvious:
        L.append("%s=%s%s%s" % (c.env, q, sval, q))
    else:
        if c.cat == "api" and c.spec["param"] and r.random() < 0.6:
            L.append("%s=%s" % (name(c.spec["nwords"] + ["url"], "screaming"), with_param(full_url(c), c.spec["param"], sval)))
        elif c.cat == "pw" and r.random() < 0.5:
            u = base_url(c).split("://")
            L.append("%s=%s://%s:%s@%s" % (name(c.spec["nwords"] + ["endpoint"], "screaming"), u[0], c.user.replace("@", "%40"), sval, u[1]))
        else:
            L.append("%s=%s%s%s" % (name(c.spec["nwords"], "screaming") + "_" + r.choice(["VALUE", "CRED", "AUTH"]), q, sval, q))
    L += ["", "# cache", "REDIS_URL=redis://cache:6379/%d" % r.randrange(4)]
    return path, "dotenv", "\n".join(L) + "\n"


def t_compose(r, c):
    path = r.choice(["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"])
    svc = c.provider.replace("_", "-") + "-" + r.choice(["worker", "harvester", "sync", "bridge"])
    L = ["version: \"3.8\"", "", "services:", "  %s:" % svc,
         "    image: ghcr.io/example-lib/%s:%s" % (svc, r.choice(["latest", "1.4.2", "2024.06"])),
         "    restart: unless-stopped", "    depends_on:", "      - redis", "    environment:"]
    style = r.choice(["map", "list"])

    def kv(k, v):
        if style == "map":
            return "      %s: %s" % (k, v)
        return "      - %s=%s" % (k, v.strip('"'))
    for k, val in fill_settings(r, 3):
        L.append(kv(k, '"%s"' % val))
    if c.cat == "pair":
        L.append(kv(c.spec["id_env"], '"%s"' % (c.id or "")))
    if c.cat == "pw":
        L.append(kv(name(c.spec["nwords"] + ["user"], "screaming"), c.user))
    sval = bare(c)
    if c.obvious:
        L.append(kv(c.env, '"%s"' % sval))
    elif c.cat == "pw":
        u = base_url(c).split("://")
        L.append(kv(name(c.spec["nwords"] + ["url"], "screaming"), '"%s://%s:%s@%s"' % (u[0], c.user.replace("@", "%40"), sval, u[1])))
    elif c.cat == "api" and c.spec["param"]:
        L.append(kv(name(c.spec["nwords"] + ["endpoint"], "screaming"), '"%s"' % with_param(full_url(c), c.spec["param"], sval)))
    else:
        L.append(kv(name(c.spec["nwords"], "screaming"), '"%s"' % sval))
    L += ["    volumes:", "      - ./data:/data", "    logging:", "      driver: json-file", "      options:",
          '        max-size: "10m"', "", "  redis:", "    image: redis:7-alpine", "    volumes:",
          "      - redis-data:/data", "", "volumes:", "  redis-data:"]
    return path, "compose", "\n".join(L) + "\n"


def t_gha(r, c):
    wf = r.choice(["deploy", "nightly-harvest", "sync-%s" % c.provider.replace("_", "-"), "publish", "update-publications"])
    path = ".github/workflows/%s.yml" % wf
    L = ["name: %s" % wf.replace("-", " ").title(), "", "on:", "  schedule:", "    - cron: \"%d %d * * *\"" % (r.randrange(60), r.randrange(24)),
         "  workflow_dispatch:", "", "jobs:", "  run:", "    runs-on: ubuntu-latest"]
    sval = bare(c, "gha")
    env_lines = ["      PYTHONUNBUFFERED: \"1\"", "      CONTACT_EMAIL: %s" % email(r)]
    if c.cat == "pair":
        env_lines.append("      %s: %s" % (c.spec["id_env"], c.id or ""))
    if c.obvious:
        if not sval or sval[0] in "*[{<@%!&|>'\"#" or " " in sval:
            env_lines.append('      %s: "%s"' % (c.env, sval))
        else:
            env_lines.append("      %s: %s" % (c.env, sval))
    L += ["    env:"] + env_lines
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
          "          python-version: \"3.%d\"" % r.randrange(9, 13), "      - run: pip install -r requirements.txt"]
    if c.obvious:
        L += ["      - name: Run", "        run: python scripts/%s_%s.py" % (verb_for(c), c.provider)]
    else:
        cmd = sh_curl(r, c, secret_text=sval, multiline=False)
        L += ["      - name: Smoke-test %s API" % c.provider, "        run: |", "          %s -o /tmp/out.json" % cmd,
              "          python scripts/load.py /tmp/out.json"]
    L += ["      - uses: actions/upload-artifact@v4", "        with:", "          name: output", "          path: out/"]
    return path, "yaml-ci", "\n".join(L) + "\n"


def t_gitlab(r, c):
    path = ".gitlab-ci.yml"
    sval = bare(c)
    L = ["stages:", "  - test", "  - harvest", "", "variables:", "  PIP_CACHE_DIR: \"$CI_PROJECT_DIR/.cache/pip\"",
         "  CONTACT_EMAIL: \"%s\"" % email(r)]
    if c.cat == "pair":
        L.append("  %s: \"%s\"" % (c.spec["id_env"], c.id or ""))
    if c.obvious:
        L.append("  %s: \"%s\"" % (c.env, sval))
    L += ["", "test:", "  stage: test", "  image: python:3.%d" % r.randrange(9, 13), "  script:", "    - pip install -r requirements.txt",
          "    - pytest -q", "", "harvest:", "  stage: harvest", "  image: curlimages/curl:8.5.0", "  only:", "    - schedules", "  script:"]
    if c.obvious:
        L.append("    - sh scripts/harvest.sh")
    else:
        L.append("    - '%s > harvest.json'" % sh_curl(r, c, multiline=False))
    L += ["  artifacts:", "    paths:", "      - harvest.json", "    expire_in: 1 week"]
    return path, "yaml-ci", "\n".join(L) + "\n"


def t_makefile(r, c):
    path = r.choice(["Makefile", "ops/Makefile", "deposit/Makefile"])
    sval = bare(c, "make")
    L = ["# %s targets" % c.provider, "SHELL := /bin/bash", "PYTHON ?= python3", "OUT := build", ""]
    if c.cat == "pair":
        L.append("CLIENT_ID ?= %s" % (c.id or ""))
    if c.cat == "pw":
        L.append("USER ?= %s" % c.user)
    if c.obvious:
        L.append("%s ?= %s" % (c.env, sval))
        cmdsecret = "$(%s)" % c.env
    else:
        cmdsecret = sval
    L += ["", ".PHONY: all fetch clean", "", "all: fetch", "", "fetch: | $(OUT)"]
    cmd = sh_curl(r, c, secret_text=cmdsecret, multiline=False).replace("$$", "$")
    if c.cat == "pw":
        cmd = cmd.replace('-u "%s:' % c.user, '-u "$(USER):')
    L.append("\t%s -o $(OUT)/%s.json" % (cmd, c.provider))
    L += ["\t$(PYTHON) tools/summarise.py $(OUT)/%s.json" % c.provider, "", "$(OUT):", "\tmkdir -p $@", "", "clean:", "\trm -rf $(OUT)"]
    return path, "makefile", "\n".join(L) + "\n"


def t_shell(r, c):
    path = r.choice(["scripts/%s.sh" % verb_for(c), "bin/%s-%s" % (c.provider.replace("_", "-"), verb_for(c)), "cron/%s_nightly.sh" % c.provider])
    L = ["#!/usr/bin/env bash", "# %s -- run by cron on %s" % (verb_for(c), host(r)), "set -euo pipefail", "",
         "OUT_DIR=\"/var/lib/%s/$(date +%%F)\"" % c.provider, "mkdir -p \"$OUT_DIR\""]
    if c.cat == "pair":
        L.append('CLIENT_ID="%s"' % (c.id or ""))
    if c.obvious:
        if c.envcall:
            L.append(': "${%s:?%s must be set}"' % (c.env, c.env))
            sec = "${%s}" % c.env
        else:
            L.append('%s="%s"' % (c.env, c.s))
            sec = "${%s}" % c.env
        cmd = sh_curl(r, c, secret_text=sec)
    else:
        cmd = sh_curl(r, c)
    if c.cat == "pair":
        cmd = cmd.replace('"%s:' % (c.id or ""), '"${CLIENT_ID}:').replace("client_id=%s" % (c.id or ""), "client_id=${CLIENT_ID}")
    L += ["", cmd + " \\", '  -o "$OUT_DIR/response.json"', "", 'jq -r ".. | .id? // empty" "$OUT_DIR/response.json" | sort -u > "$OUT_DIR/ids.txt"',
          'echo "$(wc -l < "$OUT_DIR/ids.txt") ids fetched"']
    return path, "shell", "\n".join(L) + "\n"


def t_js(r, c):
    path = r.choice(["scripts/fetch-%s.mjs" % c.provider.replace("_", "-"), "src/lib/%s.js" % c.provider, "tools/%s-client.js" % c.provider])
    sp = c.spec
    L = ["// %s client used by the publications page build" % c.provider, "import fs from 'node:fs/promises';", ""]
    url = full_url(c)
    if c.obvious:
        var = c.n("camel")
        L.append("const %s = %s;" % (var, c.expr("js", "'")))
        sec_in = "${%s}" % var
        valexpr = var
    else:
        sec_in = bare(c, "js")
        valexpr = lit(c, "js", "", "'")
    L.append("")
    if c.cat == "api":
        if sp["header"]:
            h, pre = sp["header"]
            hv = ("`%s%s`" % (pre, sec_in)) if (pre or c.obvious or c.envcall) else valexpr
            L += ["export async function fetchRecords() {", "  const res = await fetch('%s', {" % url,
                  "    headers: { '%s': %s, Accept: 'application/json' }," % (h, hv), "  });"]
        else:
            L += ["export async function fetchRecords() {", "  const res = await fetch(`%s`);" % with_param(url, sp["param"], sec_in)]
    elif c.cat == "pair":
        L += ["export async function fetchRecords() {", "  const body = new URLSearchParams({", "    grant_type: 'client_credentials',",
              "    client_id: '%s'," % (c.id or ""), "    client_secret: %s," % valexpr, "  });",
              "  const res = await fetch('%s', { method: 'POST', body });" % sp["token_url"]]
    else:
        L += ["export async function fetchRecords() {",
              "  const auth = Buffer.from(`%s:%s`).toString('base64');" % (c.user, sec_in),
              "  const res = await fetch('%s', { headers: { Authorization: `Basic ${auth}` } });" % url]
    L += ["  if (!res.ok) throw new Error(`HTTP ${res.status}`);", "  return res.json();", "}", "",
          "if (import.meta.url === `file://${process.argv[1]}`) {", "  const data = await fetchRecords();",
          "  await fs.writeFile('data/%s.json', JSON.stringify(data, null, 2));" % c.provider, "}"]
    return path, "javascript", "\n".join(L) + "\n"


def t_runbook(r, c):
    path = r.choice(["notes/runbook.md", "docs/%s-api.md" % c.provider.replace("_", "-"), "docs/ops/%s.md" % c.provider, "README-%s.md" % c.provider])
    L = ["# %s integration runbook" % c.provider.replace("_", " ").title(), "",
         "Owner: %s (%s)  " % (person(r), email(r)), "Last reviewed: 20%02d-%02d-%02d" % (r.randrange(20, 26), r.randrange(1, 13), r.randrange(1, 29)), "",
         "## Checking the connection", "", "From the harvester host (`%s`):" % host(r), "", "```bash"]
    if c.obvious:
        if c.envcall:
            L.append("export %s=\"$(cat /etc/harvester/%s)\"" % (c.env, c.env.lower()))
        else:
            L.append("export %s=%s" % (c.env, c.s))
        L.append(sh_curl(r, c, secret_text="$%s" % c.env))
    else:
        L.append(sh_curl(r, c))
    L += ["```", "", "A `200` with a JSON body means the credentials are fine. A `401` usually means the key was rotated;",
          "ask %s for the new one." % person(r), "", "## Known issues", "",
          "- The API is rate limited; back off on `429`.", "- Records updated after 02:00 UTC show up the next day."]
    return path, "markdown", "\n".join(L) + "\n"


def t_yaml_cfg(r, c):
    path = r.choice(["config/%s.yml" % c.provider, "config/harvester.yaml", "settings/%s.yaml" % c.provider, "conf/app.yml"])
    L = ["# harvester configuration", "environment: %s" % r.choice(["production", "staging"]), "",
         "%s:" % c.provider, "  base_url: %s" % base_url(c)]
    sval = bare(c, "yaml")
    q = r.choice(['"', "'", ""]) if sval and not sval.startswith(("*", "{", "[", "@", "%", "!")) else '"'
    if c.cat == "pair":
        L.append("  client_id: %s" % (c.id or '""'))
    if c.cat == "pw":
        L.append("  username: %s" % c.user)
    if c.obvious:
        key = c.n(r.choice(["snake", "camel", "kebab"]))
        L.append("  %s: %s%s%s" % (key, q, sval, q))
    elif c.cat == "api" and c.spec["header"]:
        h, pre = c.spec["header"]
        L += ["  headers:", "    %s: %s%s%s%s" % (h, q, pre, sval, q)]
    elif c.cat == "api":
        L.append("  endpoint: \"%s\"" % with_param(full_url(c), c.spec["param"], sval))
    elif c.cat == "pw":
        L.append("  auth: [%s, %s%s%s]" % (c.user if "@" not in c.user else '"%s"' % c.user, q or '"', sval, q or '"'))
    else:
        L.append("  credentials: [%s, %s%s%s]" % (c.id, q or '"', sval, q or '"'))
    L += ["  timeout: %d" % r.choice([15, 30, 60]), "  retries: %d" % r.randrange(1, 6), "", "output:",
          "  format: %s" % r.choice(["jsonl", "csv", "parquet"]), "  path: /data/%s" % c.provider, "", "notify:",
          "  email: %s" % email(r)]
    return path, "yaml", "\n".join(L) + "\n"


def t_json_cfg(r, c):
    path = r.choice(["config/%s.json" % c.provider, "config.json", "settings.json", "conf/%s-credentials.json" % c.provider])
    d = {"service": c.provider, "baseUrl": base_url(c)}
    if c.cat == "pair":
        d["clientId"] = c.id or ""
    if c.cat == "pw":
        d["username"] = c.user
    if c.obvious:
        d[c.n(r.choice(["camel", "snake"]))] = bare(c)
    elif c.cat == "api" and c.spec["header"]:
        h, pre = c.spec["header"]
        d["headers"] = {h: pre + bare(c), "Accept": "application/json"}
    elif c.cat == "api":
        d["endpoint"] = with_param(full_url(c), c.spec["param"], bare(c))
    else:
        d["auth"] = [c.user if c.cat == "pw" else (c.id or ""), bare(c)]
    d["pageSize"] = r.choice([50, 100, 500])
    d["contact"] = email(r)
    d["output"] = {"dir": "data/%s" % c.provider, "format": "jsonl"}
    return path, "json", json.dumps(d, indent=r.choice([2, 4])) + "\n"


def t_ini(r, c):
    path = r.choice(["%s.ini" % c.provider, "config/harvest.ini", "setup/%s.cfg" % c.provider, ".%src" % c.provider.replace("_", "")])
    L = ["; %s" % inst(r), "[general]", "contact = %s" % email(r), "log_file = /var/log/harvest/%s.log" % c.provider, "",
         "[%s]" % c.provider, "url = %s" % base_url(c)]
    if c.cat == "pair":
        L.append("client_id = %s" % (c.id or ""))
    if c.cat == "pw":
        L.append("user = %s" % c.user)
    sval = bare(c)
    if c.obvious:
        L.append("%s = %s" % (c.n("snake"), sval))
    elif c.cat == "api" and c.spec["param"]:
        L.append("query_url = %s" % with_param(full_url(c), c.spec["param"], sval))
    else:
        L.append("%s = %s" % (r.choice(["auth", "conn_value", "value", "upstream"]), sval))
    L += ["", "[output]", "dir = ./out", "format = %s" % r.choice(["csv", "json"])]
    return path, "ini", "\n".join(L) + "\n"


def t_renviron(r, c):
    path = r.choice([".Renviron", "project/.Renviron"])
    L = ["# project-local environment; see usethis::edit_r_environ()", "R_MAX_VSIZE=%dGb" % r.choice([8, 16, 32]),
         "CROSSREF_EMAIL=%s" % email(r), "ENTREZ_EMAIL=%s" % email(r)]
    if c.cat == "pair":
        L.append("%s=%s" % (c.spec["id_env"], c.id or ""))
    if c.cat == "pw":
        L.append("%s=%s" % (name(c.spec["nwords"] + ["user"], "screaming"), c.user))
    nm = c.env if c.obvious else name(c.spec["nwords"], "screaming")
    L.append("%s=%s" % (nm, bare(c)))
    L.append("RENV_CONFIG_AUTOLOADER_ENABLED=FALSE")
    return path, "renviron", "\n".join(L) + "\n"


def t_rmd(r, c):
    path = r.choice(["reports/%s_report.Rmd" % c.provider, "analysis/%s.Rmd" % c.provider])
    L = ["---", 'title: "%s usage report"' % c.provider.replace("_", " ").title(), 'author: "%s"' % person(r),
         "date: \"`r Sys.Date()`\"", "output: html_document", "---", "", "```{r setup, include=FALSE}",
         "knitr::opts_chunk$set(echo = FALSE, message = FALSE)", "library(httr)", "library(tidyverse)"]
    if c.obvious:
        L.append("%s <- %s" % (c.n("snake"), c.expr("r")))
        if c.cat == "api":
            if c.spec["header"]:
                h, pre = c.spec["header"]
                call = 'GET("%s", add_headers(`%s` = %s))' % (full_url(c), h, ('paste0("%s", %s)' % (pre, c.n("snake"))) if pre else c.n("snake"))
            else:
                call = 'GET("%s", query = list(%s = %s))' % (full_url(c), c.spec["param"], c.n("snake"))
        elif c.cat == "pair":
            call = 'POST("%s", authenticate(%s, %s), body = list(grant_type = "client_credentials"))' % (c.spec["token_url"], c.expr_id("r"), c.n("snake"))
        else:
            call = 'POST("%s", authenticate("%s", %s))' % (full_url(c), c.user, c.n("snake"))
    else:
        if c.cat == "api" and c.spec["header"]:
            h, pre = c.spec["header"]
            call = 'GET("%s", add_headers(`%s` = %s))' % (full_url(c), h, lit(c, "r", pre))
        elif c.cat == "api":
            call = 'GET("%s", query = list(%s = %s))' % (full_url(c), c.spec["param"], lit(c, "r"))
        elif c.cat == "pair":
            call = 'POST("%s", authenticate(%s, %s), body = list(grant_type = "client_credentials"))' % (c.spec["token_url"], c.expr_id("r"), lit(c, "r"))
        else:
            call = 'POST("%s", authenticate("%s", %s))' % (full_url(c), c.user, lit(c, "r"))
    L += ["```", "", "## Summary", "", "```{r fetch}", "res <- %s" % call, "dat <- content(res, as = \"parsed\")",
          "length(dat)", "```", "", "Counts are for the current academic year only."]
    return path, "rmarkdown", "\n".join(L) + "\n"


def t_streamlit(r, c):
    path = ".streamlit/secrets.toml"
    L = ["# Streamlit secrets for the OA dashboard", "contact_email = \"%s\"" % email(r), "", "[%s]" % c.provider, "base_url = \"%s\"" % base_url(c)]
    if c.cat == "pair":
        L.append("client_id = \"%s\"" % (c.id or ""))
    if c.cat == "pw":
        L.append("username = \"%s\"" % c.user)
    nm = c.n("snake") if c.obvious else r.choice(["value", "upstream", "auth"])
    L.append("%s = \"%s\"" % (nm, bare(c)))
    L += ["", "[db]", "path = \"data/dashboard.duckdb\""]
    return path, "toml", "\n".join(L) + "\n"


def t_k8s(r, c):
    path = r.choice(["deploy/k8s/%s-secret.yaml" % c.provider.replace("_", "-"), "k8s/secrets/%s.yaml" % c.provider.replace("_", "-"),
                     "helm/harvester/templates/%s-secret.yaml" % c.provider.replace("_", "-")])
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % c.provider.replace("_", "-"),
         "  namespace: %s" % r.choice(["library", "repository", "harvest"]), "  labels:", "    app.kubernetes.io/part-of: %s" % r.choice(["dspace", "harvester", "ojs"]),
         "type: Opaque", "stringData:"]
    if c.cat == "pair":
        L.append("  %s: \"%s\"" % (c.spec["id_env"], c.id or ""))
    if c.cat == "pw":
        L.append("  username: \"%s\"" % c.user)
    nm = c.env if c.obvious else name(c.spec["nwords"], "screaming")
    L.append("  %s: \"%s\"" % (nm, bare(c)))
    return path, "yaml-k8s", "\n".join(L) + "\n"


def t_django(r, c):
    path = r.choice(["config/settings.py", "%s/settings/production.py" % r.choice(["repository", "portal", "researchhub"]), "app/settings.py"])
    L = ['"""Django settings for the research portal (production)."""', "import os", "from pathlib import Path", "",
         "BASE_DIR = Path(__file__).resolve().parent.parent", "DEBUG = False",
         'ALLOWED_HOSTS = ["%s"]' % host(r), 'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]', "",
         "DATABASES = {", '    "default": {', '        "ENGINE": "django.db.backends.postgresql",', '        "NAME": "portal",',
         '        "HOST": os.environ.get("DB_HOST", "localhost"),', '        "PASSWORD": os.environ.get("DB_PASSWORD"),', "    }", "}", ""]
    if c.obvious:
        if c.cat == "pair":
            L.append("%s = %s" % (c.spec["id_env"], c.expr_id("py")))
        if c.cat == "pw":
            L.append('%s = "%s"' % (name(c.spec["nwords"] + ["user"], "screaming"), c.user))
        L.append("%s = %s" % (c.env, c.expr("py")))
    else:
        d = ["%s_INTEGRATION = {" % name(c.spec["nwords"][:1], "screaming"), '    "url": "%s",' % base_url(c)]
        if c.cat == "pair":
            d.append('    "credentials": (%s, %s),' % (c.expr_id("py"), lit(c, "py")))
        elif c.cat == "pw":
            d.append('    "login": ("%s", %s),' % (c.user, lit(c, "py")))
        elif c.spec["header"]:
            h, pre = c.spec["header"]
            d.append('    "headers": {"%s": %s},' % (h, lit(c, "py", pre)))
        else:
            d.append('    "params": {"%s": %s},' % (c.spec["param"], lit(c, "py")))
        d += ['    "timeout": %d,' % r.choice([10, 30]), "}"]
        L += d
    L += ["", 'STATIC_URL = "/static/"', 'STATIC_ROOT = BASE_DIR / "staticfiles"', 'LANGUAGE_CODE = "en-gb"', 'TIME_ZONE = "Europe/London"']
    return path, "python", "\n".join(L) + "\n"


def t_ansible(r, c):
    path = r.choice(["ansible/group_vars/all.yml", "inventory/group_vars/%s.yml" % r.choice(["repository", "library", "prod"]),
                     "roles/%s/defaults/main.yml" % c.provider])
    L = ["---", "# %s role variables" % c.provider, "%s_base_url: %s" % (c.provider, base_url(c)),
         "%s_install_dir: /opt/%s" % (c.provider, c.provider), "%s_cron_hour: %d" % (c.provider, r.randrange(24))]
    if c.cat == "pair":
        L.append("%s_client_id: \"%s\"" % (c.provider, c.id or ""))
    if c.cat == "pw":
        L.append("%s_user: \"%s\"" % (c.provider, c.user))
    if c.obvious:
        nm = c.n("snake")
        if not nm.startswith(c.provider.split("_")[0]):
            nm = "%s_%s" % (c.provider, nm)
    else:
        nm = "%s_%s" % (c.provider, r.choice(["value", "upstream_cred", "conn"]))
    if c.envcall:
        L.append("%s: \"{{ vault_%s }}\"" % (nm, nm))
    else:
        L.append("%s: \"%s\"" % (nm, c.s))
    L += ["%s_notify: %s" % (c.provider, email(r)), "%s_packages:" % c.provider, "  - python3-requests", "  - jq"]
    return path, "yaml-ansible", "\n".join(L) + "\n"


def t_properties(r, c):
    path = r.choice(["src/main/resources/application.properties", "conf/%s.properties" % c.provider, "config/integration.properties"])
    L = ["# %s connector" % c.provider, "server.port=%d" % r.choice([8080, 8081, 9090]),
         "spring.application.name=%s-connector" % c.provider.replace("_", "-"), "%s.base-url=%s" % (c.provider.replace("_", "-"), base_url(c))]
    if c.cat == "pair":
        L.append("%s.client-id=%s" % (c.provider.replace("_", "-"), c.id or ""))
    if c.cat == "pw":
        L.append("%s.username=%s" % (c.provider.replace("_", "-"), c.user))
    nm = "%s.%s" % (c.provider.replace("_", "-"), c.n("kebab") if c.obvious else r.choice(["conn-value", "upstream", "auth-value"]))
    sval = bare(c) if not c.envcall else "${%s}" % c.env
    L.append("%s=%s" % (nm, sval))
    L += ["%s.page-size=%d" % (c.provider.replace("_", "-"), r.choice([50, 100])), "logging.level.root=INFO",
          "management.endpoints.web.exposure.include=health,info"]
    return path, "properties", "\n".join(L) + "\n"


def t_php(r, c):
    path = r.choice(["config/services.php", "config/%s.php" % c.provider, "includes/%s-config.php" % c.provider])
    L = ["<?php", "", "// %s integration settings" % c.provider, "return [", "    '%s' => [" % c.provider, "        'base_url' => '%s'," % base_url(c)]
    if c.cat == "pair":
        L.append("        'client_id' => '%s'," % (c.id or ""))
    if c.cat == "pw":
        L.append("        'username' => '%s'," % c.user)
    nm = c.n("snake") if c.obvious else r.choice(["upstream", "auth", "value"])
    L.append("        '%s' => %s," % (nm, c.expr("php", "'")))
    L += ["        'timeout' => %d," % r.choice([10, 30]), "    ],", "    'mail' => [", "        'from' => '%s'," % email(r), "    ],", "];"]
    return path, "php", "\n".join(L) + "\n"


def t_argparse(r, c):
    path = r.choice(["cli/%s_cli.py" % c.provider, "scripts/%s_sync.py" % c.provider])
    L = ["#!/usr/bin/env python3", '"""Command line entry point for %s sync."""' % c.provider, "import argparse", "import os", "",
         "import requests", "", "", "def parse_args():", "    p = argparse.ArgumentParser(description=__doc__)",
         '    p.add_argument("--base-url", default="%s")' % base_url(c)]
    if c.cat == "pair":
        L.append('    p.add_argument("--client-id", default=%s)' % c.expr_id("py"))
    if c.cat == "pw":
        L.append('    p.add_argument("--user", default="%s")' % c.user)
    flag = "--" + (c.n("kebab") if c.obvious else r.choice(["auth", "cred", "upstream"]))
    L.append('    p.add_argument("%s", default=%s)' % (flag, c.expr("py")))
    L += ['    p.add_argument("--dry-run", action="store_true")', "    return p.parse_args()", "", "", "def main():", "    args = parse_args()",
          "    attr = %r" % flag[2:].replace("-", "_"), "    value = getattr(args, attr)"]
    if c.cat == "api":
        if c.spec["header"]:
            h, pre = c.spec["header"]
            L.append('    resp = requests.get(args.base_url + "%s", headers={"%s": "%s" + value}, timeout=30)' % (c.spec["path"], h, pre))
        else:
            L.append('    resp = requests.get(args.base_url + "%s", params={"%s": value}, timeout=30)' % (c.spec["path"], c.spec["param"]))
    elif c.cat == "pair":
        L.append('    resp = requests.post(args.base_url, auth=(args.client_id, value), data={"grant_type": "client_credentials"})')
    else:
        L.append("    resp = requests.get(args.base_url, auth=(args.user, value), timeout=30)")
    L += ["    print(resp.status_code)", "", "", 'if __name__ == "__main__":', "    main()"]
    return path, "python", "\n".join(L) + "\n"


def t_hugo(r, c):
    path = r.choice(["config/_default/params.toml", "hugo.toml", "config.toml"])
    L = ["# Hugo Blox / Academic site parameters", "title = \"%s\"" % person(r), "baseURL = \"https://%s/\"" % r.choice(["jdoe.example.io", "lab.example.edu", "group.example.org"]),
         "", "[params]", "  description = \"Research group in information science\"", "  orcid = \"%s\"" % orcid_id(r),
         "  google_analytics = \"G-%s\"" % rs(r, UALNUM, 10), "", "[params.publications]", "  source = \"%s\"" % c.provider,
         "  endpoint = \"%s\"" % base_url(c)]
    if c.cat == "pair":
        L.append("  client_id = \"%s\"" % (c.id or ""))
    if c.cat == "pw":
        L.append("  user = \"%s\"" % c.user)
    nm = c.n("snake") if c.obvious else r.choice(["sync_value", "upstream", "auth"])
    L.append("  %s = \"%s\"" % (nm, bare(c)))
    L += ["  refresh_hours = %d" % r.choice([6, 12, 24]), "", "[markup.goldmark.renderer]", "  unsafe = true"]
    return path, "toml", "\n".join(L) + "\n"


def t_jekyll(r, c):
    path = "_config.yml"
    L = ["title: %s Lab" % person(r).split()[1], "description: >-", "  Publications, datasets and software from our group.",
         "url: https://%s" % r.choice(["lab.example.edu", "scholar.example.io"]), "baseurl: \"\"", "theme: minima", "",
         "plugins:", "  - jekyll-scholar", "  - jekyll-feed", "", "scholar:", "  style: apa", "  bibliography: references.bib", "",
         "publication_sync:", "  provider: %s" % c.provider, "  api: %s" % base_url(c)]
    if c.cat == "pair":
        L.append("  client_id: %s" % (c.id or '""'))
    if c.cat == "pw":
        L.append("  user: \"%s\"" % c.user)
    nm = c.n("snake") if c.obvious else r.choice(["upstream", "sync_value", "auth"])
    L.append("  %s: \"%s\"" % (nm, bare(c)))
    L += ["", "exclude:", "  - Gemfile", "  - Gemfile.lock", "  - vendor/"]
    return path, "yaml-jekyll", "\n".join(L) + "\n"


GENERIC = {
    "py_script": t_py_script, "r_script": t_r_script, "notebook": t_notebook, "dotenv": t_dotenv, "compose": t_compose,
    "gha": t_gha, "gitlab": t_gitlab, "makefile": t_makefile, "shell": t_shell, "js": t_js, "runbook": t_runbook,
    "yaml_cfg": t_yaml_cfg, "json_cfg": t_json_cfg, "ini": t_ini, "renviron": t_renviron, "rmd": t_rmd,
    "streamlit": t_streamlit, "k8s": t_k8s, "django": t_django, "ansible": t_ansible, "properties": t_properties,
    "php": t_php, "argparse": t_argparse, "hugo": t_hugo, "jekyll": t_jekyll,
}


# ---------------------------------------------------------------------------
# provider-specific templates
# ---------------------------------------------------------------------------
def t_zenodo_py(r, c):
    path = r.choice(["scripts/zenodo_upload.py", "release/zenodo_deposit.py", "tools/publish_to_zenodo.py"])
    L = ['"""Create a new Zenodo deposition for the dataset release and upload files."""', "import os", "import sys", "from pathlib import Path", "",
         "import requests", "", 'ZENODO = "https://%s/api"' % r.choice(["zenodo.org", "sandbox.zenodo.org"])]
    if c.obvious:
        L.append("ACCESS_TOKEN = %s" % c.expr("py"))
        prm = 'params={"access_token": ACCESS_TOKEN}'
    else:
        prm = 'params={"access_token": %s}' % lit(c, "py")
    L += ["", "", "def main(files):", '    r = requests.post(f"{ZENODO}/deposit/depositions", %s, json={})' % prm,
          "    r.raise_for_status()", "    dep = r.json()", '    bucket = dep["links"]["bucket"]', "    for f in files:",
          '        with open(f, "rb") as fh:',
          '            up = requests.put(f"{bucket}/{Path(f).name}", data=fh, %s)' % prm, "            up.raise_for_status()",
          '    meta = {"metadata": {"title": "%s", "upload_type": "dataset",' % r.choice(["Circulation statistics 2015-2023", "Thesis metadata export", "OA monitor snapshot"]),
          '                         "creators": [{"name": "%s", "orcid": "%s"}]}}' % (person(r), orcid_id(r)),
          '    requests.put(dep["links"]["self"], %s, json=meta).raise_for_status()' % prm,
          '    print("draft:", dep["links"]["html"])', "", "", 'if __name__ == "__main__":', "    main(sys.argv[1:])"]
    return path, "python", "\n".join(L) + "\n"


def t_pydataverse(r, c):
    path = r.choice(["scripts/dv_upload.py", "dataverse/publish_dataset.py"])
    base = r.choice(["https://dataverse.harvard.edu", "https://demo.dataverse.org", "https://dataverse.nl", "https://data.example.edu"])
    L = ["from pyDataverse.api import NativeApi, DataAccessApi", "from pyDataverse.models import Datafile", "",
         'BASE_URL = "%s"' % base, 'DOI = "doi:%s"' % doi(r).replace("10.5281/zenodo.", "10.7910/DVN/")]
    if c.obvious:
        L += ["API_TOKEN = %s" % c.expr("py"), "", "api = NativeApi(BASE_URL, API_TOKEN)"]
    else:
        L += ["", "api = NativeApi(BASE_URL, %s)" % lit(c, "py")]
    L += ["data_api = DataAccessApi(BASE_URL)", "", "df = Datafile()",
          'df.set({"pid": DOI, "filename": "holdings_%d.csv", "description": "weekly export"})' % r.randrange(2018, 2026),
          'resp = api.upload_datafile(DOI, "out/holdings.csv", df.json())', "print(resp.json()[\"status\"])"]
    return path, "python", "\n".join(L) + "\n"


def t_osfr(r, c):
    path = r.choice(["R/osf_sync.R", "analysis/00_download_osf.R", "scripts/osf_upload.R"])
    L = ["library(osfr)", "library(here)", ""]
    if c.obvious:
        L.append("Sys.setenv(OSF_PAT = %s)" % c.expr("r"))
        L.append("osf_auth()")
    else:
        L.append("osf_auth(%s)" % lit(c, "r"))
    L += ["", 'proj <- osf_retrieve_node("%s")' % rs(r, LALNUM, 5), 'comp <- osf_ls_nodes(proj, pattern = "data")',
          'osf_upload(comp, path = here("data", "processed"), conflicts = "overwrite")', 'message("uploaded to ", proj$name)']
    return path, "r", "\n".join(L) + "\n"


def t_pyzotero(r, c):
    path = r.choice(["scripts/zotero_export.py", "bib/sync_zotero.py", "tools/zot2bib.py"])
    lib = str(r.randrange(100000, 5999999))
    L = ['"""Export the group library to BibTeX for the website."""', "from pyzotero import zotero", "",
         'LIBRARY_ID = "%s"' % lib, 'LIBRARY_TYPE = "%s"' % r.choice(["group", "user"])]
    if c.obvious:
        L += ["%s = %s" % (c.n("screaming"), c.expr("py")), "", "zot = zotero.Zotero(LIBRARY_ID, LIBRARY_TYPE, %s)" % c.n("screaming")]
    else:
        L += ["", "zot = zotero.Zotero(LIBRARY_ID, LIBRARY_TYPE, %s)" % lit(c, "py")]
    L += ['zot.add_parameters(format="bibtex", style="apa")', "items = zot.everything(zot.top())",
          'with open("references.bib", "w", encoding="utf-8") as fh:', "    fh.write(items.bibtex if hasattr(items, 'bibtex') else str(items))",
          'print("exported", len(items.entries) if hasattr(items, "entries") else "?")']
    return path, "python", "\n".join(L) + "\n"


def t_zotero_toml(r, c):
    path = r.choice(["zotero-cli.toml", ".config/zotero-cli/zotero-cli.toml", "zotero2md.toml"])
    L = ["# zotero sync configuration", "[zotero]", "library-type = \"%s\"" % r.choice(["user", "group"]),
         "library-id = %d" % r.randrange(100000, 5999999)]
    L.append("%s = \"%s\"" % (c.n("kebab") if c.obvious else r.choice(["auth", "remote"]), bare(c)))
    L += ["", "[export]", "format = \"%s\"" % r.choice(["biblatex", "csljson", "bibtex"]), "output = \"refs/library.bib\"",
          "collection = \"%s\"" % rs(r, UALNUM, 8)]
    return path, "toml", "\n".join(L) + "\n"


def t_elsapy(r, c):
    if c.obvious:
        path = r.choice(["config.json", "elsapy/config.json", "scopus/config.json"])
        d = {"apikey": bare(c), "insttoken": ""}
        return path, "json", json.dumps(d, indent=4) + "\n"
    path = r.choice(["scopus/affiliation_report.py", "scripts/scopus_pull.py"])
    L = ["from elsapy.elsclient import ElsClient", "from elsapy.elssearch import ElsSearch", "import pandas as pd", "",
         "client = ElsClient(%s)" % lit(c, "py"), "",
         'srch = ElsSearch("AF-ID(%d) AND PUBYEAR > %d", "scopus")' % (r.randrange(60000000, 60200000), r.randrange(2015, 2023)),
         "srch.execute(client, get_all=True)", "df = pd.DataFrame(srch.results)",
         'df[["eid", "dc:title", "prism:doi"]].to_csv("out/scopus_affil.csv", index=False)', 'print(len(df), "records")']
    return path, "python", "\n".join(L) + "\n"


def t_s2_client(r, c):
    path = r.choice(["enrich/s2_citations.py", "scripts/semantic_scholar.py"])
    L = ["import requests", "", 'S2 = "https://api.semanticscholar.org/graph/v1"', "session = requests.Session()"]
    if c.obvious:
        L += ["%s = %s" % (c.n("screaming"), c.expr("py")), 'session.headers["x-api-key"] = %s' % c.n("screaming")]
    else:
        L.append('session.headers.update({"x-api-key": %s})' % lit(c, "py"))
    L += ["", "", "def citations(doi):", '    r = session.get(f"{S2}/paper/DOI:{doi}", params={"fields": "title,citationCount,externalIds"})',
          "    r.raise_for_status()", "    return r.json()", "", "",
          'for d in ["%s", "%s"]:' % (doi(r), doi(r)), "    print(citations(d))"]
    return path, "python", "\n".join(L) + "\n"


def t_alma_py(r, c):
    path = r.choice(["alma/update_items.py", "scripts/alma_barcodes.py", "almatools/sets.py"])
    region = r.choice(["eu", "na", "ap"])
    L = ['"""Bulk update item policy for a set exported from Alma Analytics."""', "import csv", "import requests", "",
         'ALMA = "https://api-%s.hosted.exlibrisgroup.com/almaws/v1"' % region]
    if c.obvious:
        L += ["%s = %s" % (c.n("screaming"), c.expr("py")), "", "session = requests.Session()",
              'session.headers.update({"Authorization": f"apikey {%s}", "Accept": "application/json"})' % c.n("screaming")]
    else:
        L += ["", "session = requests.Session()"]
        if r.random() < 0.5:
            L.append('session.params = {"apikey": %s, "format": "json"}' % lit(c, "py"))
        else:
            L.append('session.headers.update({"Authorization": %s, "Accept": "application/json"})' % lit(c, "py", "apikey "))
    L += ["", 'with open("barcodes.csv", newline="") as fh:', "    for row in csv.DictReader(fh):",
          '        r = session.get(f"{ALMA}/items", params={"item_barcode": row["barcode"]})', "        r.raise_for_status()",
          "        item = r.json()", '        item["item_data"]["policy"] = {"value": "%s"}' % r.choice(["14DAY", "REF", "NOLOAN"]),
          '        link = item["link"]', "        session.put(link, json=item).raise_for_status()"]
    return path, "python", "\n".join(L) + "\n"


def t_dspace_orcid(r, c):
    path = r.choice(["dspace/config/local.cfg", "config/local.cfg", "local.cfg"])
    L = ["# DSpace 7 local configuration -- %s" % inst(r), "dspace.dir = /dspace", "dspace.server.url = https://%s/server" % host(r),
         "dspace.ui.url = https://%s" % host(r), "dspace.name = %s Repository" % inst(r), "", "db.url = jdbc:postgresql://db:5432/dspace",
         "db.username = dspace", "db.password = ${DB_PASSWORD}", "", "# ORCID integration", "orcid.synchronization-enabled = true",
         "orcid.domain-url = https://orcid.org", "orcid.api-url = https://api.orcid.org/v3.0",
         "orcid.application-client-id = %s" % (c.id or ""), "orcid.application-client-secret = %s" % bare(c), "",
         "handle.prefix = %d" % r.choice([123456789, 10419, 2142, 11250]), "solr.server = http://solr:8983/solr"]
    return path, "dspace-cfg", "\n".join(L) + "\n"


def t_orcid_member(r, c):
    path = r.choice(["orcid/push_works.py", "scripts/orcid_sync.py", "integrations/orcid_member.py"])
    L = ["import orcid", "", 'INSTITUTION_ORCID_KEY = "%s"' % (c.id or "")]
    if c.obvious:
        L += ["INSTITUTION_ORCID_SECRET = %s" % c.expr("py"), "", "api = orcid.MemberAPI(INSTITUTION_ORCID_KEY, INSTITUTION_ORCID_SECRET, sandbox=%s)" % r.choice(["False", "True"])]
    else:
        L += ["", "api = orcid.MemberAPI(INSTITUTION_ORCID_KEY, %s, sandbox=%s)" % (lit(c, "py"), r.choice(["False", "True"]))]
    L += ["", "", "def push(orcid_id, access_token, work):", '    return api.add_record(orcid_id, access_token, "work", work)', "", "",
          'if __name__ == "__main__":', '    work = {"title": "%s", "type": "journal-article"}' % r.choice(["Open access uptake in the humanities", "Linked data for special collections"]),
          '    print(push("%s", input("user token: "), work))' % orcid_id(r)]
    return path, "python", "\n".join(L) + "\n"


def t_django_social(r, c):
    path = r.choice(["portal/settings/auth.py", "config/settings/social.py"])
    pfx = "SOCIAL_AUTH_ORCID_MEMBER" if c.provider == "orcid" else "SOCIAL_AUTH_MENDELEY_OAUTH2"
    L = ["# python-social-auth backends", "AUTHENTICATION_BACKENDS = (", '    "social_core.backends.orcid.ORCIDMemberOAuth2",' if c.provider == "orcid" else '    "social_core.backends.mendeley.MendeleyOAuth2",',
         '    "django.contrib.auth.backends.ModelBackend",', ")", "", '%s_KEY = "%s"' % (pfx, c.id or ""),
         "%s_SECRET = %s" % (pfx, c.expr("py")), "%s_SCOPE = [\"/authenticate\"]" % pfx if c.provider == "orcid" else "%s_SCOPE = [\"all\"]" % pfx,
         "", 'SOCIAL_AUTH_LOGIN_REDIRECT_URL = "/profile/"', 'SOCIAL_AUTH_URL_NAMESPACE = "social"']
    return path, "python", "\n".join(L) + "\n"


def t_mendeley_sdk(r, c):
    path = r.choice(["import/mendeley_import.py", "scripts/mendeley_groups.py"])
    L = ["from mendeley import Mendeley", "", "CLIENT_ID = %s" % (c.id or "0"), 'REDIRECT = "http://localhost:5000/oauth"']
    if c.obvious:
        L += ["CLIENT_SECRET = %s" % c.expr("py"), "", "mendeley = Mendeley(CLIENT_ID, CLIENT_SECRET, REDIRECT)"]
    else:
        L += ["", "mendeley = Mendeley(CLIENT_ID, %s, REDIRECT)" % lit(c, "py")]
    L += ["auth = mendeley.start_client_credentials_flow()", "session = auth.authenticate()", "",
          'for doc in session.catalog.search("%s").iter():' % r.choice(["information retrieval", "scholarly communication"]),
          "    print(doc.identifiers.get('doi'), doc.title)"]
    return path, "python", "\n".join(L) + "\n"


def t_oclc_py(r, c):
    path = r.choice(["oclc/holdings.py", "scripts/worldcat_lookup.py"])
    L = ["import requests", "from requests.auth import HTTPBasicAuth", "", 'TOKEN_URL = "https://oauth.oclc.org/token"',
         'SCOPE = "WorldCatMetadataAPI"']
    if c.obvious:
        L += ["WSKEY = %s" % c.expr_id("py"), "WSKEY_SECRET = %s" % c.expr("py"), "", "",
              "def token():", "    r = requests.post(TOKEN_URL, auth=HTTPBasicAuth(WSKEY, WSKEY_SECRET),"]
    else:
        L += ["", "", "def token():", "    r = requests.post(TOKEN_URL, auth=HTTPBasicAuth(%s, %s)," % (c.expr_id("py"), lit(c, "py"))]
    L += ['                      params={"grant_type": "client_credentials", "scope": SCOPE})', "    r.raise_for_status()",
          '    return r.json()["access_token"]', "", "", "def holdings(oclc_number):",
          '    h = {"Authorization": "Bearer " + token()}',
          '    return requests.get(f"https://metadata.api.oclc.org/worldcat/manage/institution/holdings/current?oclcNumbers={oclc_number}", headers=h).json()',
          "", "", 'print(holdings("%d"))' % r.randrange(10000000, 1300000000)]
    return path, "python", "\n".join(L) + "\n"


def t_aws_creds(r, c):
    path = r.choice([".aws/credentials", "deploy/aws/credentials", "backup/credentials"])
    L = ["[default]", "region = eu-west-1", "", "[%s]" % r.choice(["dataverse-s3", "repo-backup", "archive"]),
         "aws_access_key_id = %s" % (c.id or ""), "aws_secret_access_key = %s" % bare(c), "region = %s" % r.choice(["eu-west-1", "us-east-1", "eu-central-1"])]
    return path, "ini", "\n".join(L) + "\n"


def t_aws_env(r, c):
    path = r.choice([".env", "dataverse/s3.env", "config/backup.env"])
    L = ["# S3 storage for the repository bitstreams", "S3_BUCKET=%s" % r.choice(["lib-dspace-assetstore", "dataverse-files-prod", "etd-archive"]),
         "AWS_DEFAULT_REGION=eu-west-1", "AWS_ACCESS_KEY_ID=%s" % (c.id or ""), "AWS_SECRET_ACCESS_KEY=%s" % bare(c), "BACKUP_RETENTION_DAYS=%d" % r.choice([30, 90, 365])]
    return path, "dotenv", "\n".join(L) + "\n"


def t_aws_py(r, c):
    path = r.choice(["backup/push_bags.py", "scripts/s3_archive.py"])
    L = ['"""Push BagIt bags to cold storage."""', "import pathlib", "import boto3", ""]
    if c.obvious:
        L += ['AWS_ACCESS_KEY_ID = "%s"' % (c.id or ""), "AWS_SECRET_ACCESS_KEY = %s" % c.expr("py"),
              "session = boto3.Session(aws_access_key_id=AWS_ACCESS_KEY_ID, aws_secret_access_key=AWS_SECRET_ACCESS_KEY)"]
    else:
        L += ['session = boto3.Session("%s", %s, region_name="eu-west-1")' % (c.id or "", lit(c, "py"))]
    L += ["s3 = session.client(\"s3\")", "", 'for bag in pathlib.Path("/srv/bags").glob("*.tar"):',
          '    s3.upload_file(str(bag), "%s", f"bags/{bag.name}", ExtraArgs={"StorageClass": "DEEP_ARCHIVE"})' % r.choice(["lib-preservation", "etd-archive"]),
          '    print("uploaded", bag.name)']
    return path, "python", "\n".join(L) + "\n"


def t_aws_compose(r, c):
    path = r.choice(["docker-compose.yml", "compose.dataverse.yml"])
    L = ["services:", "  dataverse:", "    image: gdcc/dataverse:%s" % r.choice(["6.2", "6.3", "alpha"]), "    environment:",
         "      DATAVERSE_DB_HOST: postgres", "      DATAVERSE_DB_USER: dataverse", "      DATAVERSE_DB_PASSWORD: ${DATAVERSE_DB_PASSWORD}",
         "      DATAVERSE_FILES_S3_BUCKET_NAME: dataverse-files", "      AWS_ACCESS_KEY_ID: %s" % (c.id or ""),
         "      AWS_SECRET_ACCESS_KEY: \"%s\"" % bare(c), "    ports:", "      - \"8080:8080\"", "  postgres:", "    image: postgres:16",
         "    environment:", "      POSTGRES_PASSWORD: ${DATAVERSE_DB_PASSWORD}"]
    return path, "compose", "\n".join(L) + "\n"


def t_crossref_curl(r, c):
    path = r.choice(["scripts/crossref_deposit.sh", "deposit/submit.sh", "bin/crossref-upload"])
    L = ["#!/bin/sh", "# Upload a Crossref deposit batch (see https://www.crossref.org/documentation/)", "set -eu", "",
         'BATCH="${1:?usage: $0 batch.xml}"', 'ENDPOINT="https://%s/servlet/deposit"' % r.choice(["doi.crossref.org", "test.crossref.org"]),
         'LOGIN_ID="%s"' % c.user]
    if c.obvious:
        if c.envcall:
            L.append(': "${CROSSREF_PASSWORD:?set CROSSREF_PASSWORD}"')
        else:
            L.append('CROSSREF_PASSWORD="%s"' % c.s)
        pw = "${CROSSREF_PASSWORD}"
    else:
        pw = bare(c)
    L += ["", 'curl -sS -F "operation=doMDUpload" \\', '  -F "login_id=${LOGIN_ID}" \\', '  -F "login_passwd=%s" \\' % pw,
          '  -F "fname=@${BATCH}" \\', '  "$ENDPOINT"', "", 'echo "submitted $BATCH; check the submission queue for results"']
    return path, "shell", "\n".join(L) + "\n"


def t_crossref_make(r, c):
    path = r.choice(["Makefile", "crossref/Makefile"])
    L = ["# Build and deposit Crossref XML for the journal issue", "ISSUE ?= %d-%d" % (r.randrange(2019, 2026), r.randrange(1, 5)),
         "XSLT := xslt/jats2crossref.xsl", "CR_USER := %s" % c.user]
    if c.obvious:
        L.append("CR_PASS ?= %s" % bare(c, "make"))
        pw = "$(CR_PASS)"
    else:
        pw = bare(c, "make")
    L += ["", "build/$(ISSUE).xml: issues/$(ISSUE)/*.xml", "\tmkdir -p build", "\txsltproc $(XSLT) $^ > $@", "",
          "deposit: build/$(ISSUE).xml", "\tcurl -F operation=doMDUpload -F login_id=$(CR_USER) -F login_passwd=%s -F fname=@$< https://doi.crossref.org/servlet/deposit" % pw,
          "", ".PHONY: deposit"]
    return path, "makefile", "\n".join(L) + "\n"


def t_datacite_curl(r, c):
    d = "%s/%s" % (r.choice(["10.48550", "10.25592", "10.17632", "10.5438"]), rs(r, LALNUM, 4) + "-" + rs(r, LALNUM, 4))
    if r.random() < 0.5:
        path = r.choice(["scripts/mint_doi.sh", "datacite/register.sh"])
        L = ["#!/usr/bin/env bash", "# register/update a DOI with DataCite MDS", "set -euo pipefail", 'DOI="%s"' % d,
             'URL="https://%s/items/%d"' % (host(r), r.randrange(1000, 99999)), 'REPO="%s"' % c.user]
        if c.obvious:
            L.append('DATACITE_PASSWORD=%s' % ('"%s"' % c.s if not c.envcall else '"${DATACITE_PASSWORD:?}"'))
            pw = "${DATACITE_PASSWORD}"
        else:
            pw = bare(c)
        L += ["", 'curl -sS -u "${REPO}:%s" -H "Content-Type: application/xml;charset=UTF-8" \\' % pw,
              '  -X PUT --data-binary @metadata/datacite.xml "https://mds.%sdatacite.org/metadata/${DOI}"' % r.choice(["", "test."]),
              'curl -sS -u "${REPO}:%s" -H "Content-Type: text/plain;charset=UTF-8" \\' % pw,
              '  -X PUT --data "doi=${DOI}"$\'\\n\'"url=${URL}" "https://mds.datacite.org/doi/${DOI}"']
        return path, "shell", "\n".join(L) + "\n"
    path = r.choice(["datacite/mint.py", "scripts/datacite_register.py"])
    L = ["import json", "import requests", "", 'API = "https://api.%sdatacite.org/dois"' % r.choice(["", "test."]), 'REPOSITORY_ID = "%s"' % c.user]
    if c.obvious:
        L.append("REPOSITORY_PASSWORD = %s" % c.expr("py"))
        auth = "(REPOSITORY_ID, REPOSITORY_PASSWORD)"
    else:
        auth = "(REPOSITORY_ID, %s)" % lit(c, "py")
    L += ["", "payload = {", '    "data": {', '        "type": "dois",', '        "attributes": {', '            "doi": "%s",' % d,
          '            "event": "publish",', '            "titles": [{"title": "%s"}],' % r.choice(["Reading room occupancy sensor data", "Digitised map collection"]),
          '            "creators": [{"name": "%s", "nameIdentifiers": [{"nameIdentifier": "https://orcid.org/%s", "nameIdentifierScheme": "ORCID"}]}],' % (person(r), orcid_id(r)),
          '            "publisher": "%s",' % inst(r), '            "publicationYear": %d,' % r.randrange(2019, 2026),
          '            "types": {"resourceTypeGeneral": "Dataset"},', '            "url": "https://%s/datasets/%d",' % (host(r), r.randrange(100, 9999)),
          "        },", "    }", "}", "",
          'resp = requests.post(API, auth=%s, headers={"Content-Type": "application/vnd.api+json"}, data=json.dumps(payload))' % auth,
          "print(resp.status_code, resp.text[:200])"]
    return path, "python", "\n".join(L) + "\n"


def t_sword_cfg(r, c):
    if r.random() < 0.5:
        path = r.choice(["sword.cfg", "deposit/sword.ini", "config/sword2.ini"])
        L = ["[sword]", "service_document = %s" % c.spec["url"].rsplit("/", 1)[0] + "/servicedocument", "collection = %s" % c.spec["url"],
             "on_behalf_of =", "user = %s" % c.user]
        L.append("%s = %s" % ("password" if c.obvious else "auth", bare(c)))
        L += ["", "[package]", "format = http://purl.org/net/sword/package/SimpleZip", "mimetype = application/zip", "in_progress = false"]
        return path, "ini", "\n".join(L) + "\n"
    path = r.choice(["deposit/sword_deposit.py", "etd/push_to_repo.py"])
    L = ["import sword2", "", 'SD_IRI = "%s"' % (c.spec["url"].rsplit("/", 1)[0] + "/servicedocument"), 'COL_IRI = "%s"' % c.spec["url"]]
    if c.obvious:
        L += ['DEPOSIT_USER = "%s"' % c.user, "DEPOSIT_PASSWORD = %s" % c.expr("py"), "", "conn = sword2.Connection(SD_IRI, user_name=DEPOSIT_USER, user_pass=DEPOSIT_PASSWORD)"]
    else:
        L += ["", 'conn = sword2.Connection(SD_IRI, "%s", %s)' % (c.user, lit(c, "py"))]
    L += ["conn.get_service_document()", 'with open("package.zip", "rb") as pkg:',
          '    receipt = conn.create(col_iri=COL_IRI, payload=pkg, mimetype="application/zip",',
          '                          filename="package.zip", packaging="http://purl.org/net/sword/package/SimpleZip")',
          "print(receipt.edit)"]
    return path, "python", "\n".join(L) + "\n"


def t_dspace_cfg_db(r, c):
    path = r.choice(["dspace/config/local.cfg", "config/local.cfg", "local.cfg"])
    L = ["# local.cfg -- overrides for %s" % host(r), "dspace.dir = /dspace", "dspace.server.url = https://%s/server" % host(r),
         "dspace.ui.url = https://%s" % host(r), "", "# Database", "db.url = jdbc:postgresql://%s:5432/dspace" % r.choice(["db", "localhost", "pg.internal"]),
         "db.username = %s" % c.user, "db.password = %s" % bare(c), "db.schema = public", "", "# Email",
         "mail.server = smtp.example.edu", "mail.from.address = %s" % email(r), "", "solr.server = http://solr:8983/solr",
         "handle.prefix = %d" % r.choice([123456789, 10419, 2142])]
    return path, "dspace-cfg", "\n".join(L) + "\n"


def t_dspace_cfg_jwt(r, c):
    path = r.choice(["dspace/config/local.cfg", "config/local.cfg"])
    L = ["# DSpace REST / authentication overrides", "dspace.server.url = https://%s/server" % host(r), "db.password = ${DB_PASSWORD}", "",
         "# signing key for login JWTs (leave empty to auto-generate on startup)", "jwt.login.token.secret = %s" % bare(c),
         "jwt.login.token.expiration = 1800000", "jwt.login.compression.enabled = true", "",
         "rest.cors.allowed-origins = https://%s" % host(r), "authentication-ip.Staff = 10.%d.0.0/16" % r.randrange(256)]
    return path, "dspace-cfg", "\n".join(L) + "\n"


def t_db_url(r, c):
    u = c.spec["url"].split("://")
    scheme = {"postgresql": "postgresql+psycopg2", "mysql": "mysql+pymysql"}[u[0]]
    sval = bare(c)
    mode = r.randrange(3)
    if mode == 0:
        path = r.choice(["app/config.py", "reports/db.py"])
        L = ['"""Reporting database connection."""', "from sqlalchemy import create_engine", "",
             'ENGINE = create_engine("%s://%s:%s@%s", pool_pre_ping=True)' % (scheme, c.user, sval, u[1]),
             "", "", "def loans_by_month(conn):", '    return conn.execute("SELECT date_trunc(\'month\', issuedate), count(*) FROM issues GROUP BY 1").fetchall()']
        return path, "python", "\n".join(L) + "\n"
    if mode == 1:
        path = r.choice([".env", "reports/.env"])
        L = ["# read replica for statistics", "DATABASE_URL=%s://%s:%s@%s" % (u[0], c.user, sval, u[1]), "STATS_SCHEMA=public", "CACHE_TTL=600"]
        return path, "dotenv", "\n".join(L) + "\n"
    path = r.choice(["config/database.yml", "config/reports.yml"])
    L = ["production:", "  adapter: %s" % ("postgresql" if u[0] == "postgresql" else "mysql2"),
         "  url: \"%s://%s:%s@%s\"" % (u[0], c.user, sval, u[1]), "  pool: %d" % r.choice([5, 10]), "  timeout: 5000"]
    return path, "yaml", "\n".join(L) + "\n"


def t_koha_conf(r, c):
    path = r.choice(["etc/koha/sites/library/koha-conf.xml", "koha-conf.xml", "docker/koha/koha-conf.xml"])
    inst_name = c.user.replace("koha_", "")
    L = ["<yazgfs>", "<listen id=\"biblioserver\">unix:/var/run/koha/%s/bibliosocket</listen>" % inst_name, "", "<config>",
         " <db_scheme>mysql</db_scheme>", " <database>%s</database>" % c.user, " <hostname>%s</hostname>" % r.choice(["db", "localhost", "mariadb"]),
         " <port>3306</port>", " <user>%s</user>" % c.user]
    L.append(" <pass>%s</pass>" % xbare(c))
    L += [" <tls>no</tls>", " <biblioserver>biblios</biblioserver>", " <intranetdir>/usr/share/koha/intranet/cgi-bin</intranetdir>",
          " <opacdir>/usr/share/koha/opac/cgi-bin/opac</opacdir>", " <logdir>/var/log/koha/%s</logdir>" % inst_name,
          " <memcached_servers>127.0.0.1:11211</memcached_servers>", " <memcached_namespace>koha_%s</memcached_namespace>" % inst_name,
          " <timezone>%s</timezone>" % r.choice(["Europe/Paris", "America/Chicago", "Pacific/Auckland"]), " <use_zebra_facets>1</use_zebra_facets>",
          "</config>", "</yazgfs>"]
    return path, "xml", "\n".join(L) + "\n"


def t_ojs_config_db(r, c):
    path = r.choice(["config.inc.php", "ojs/config.inc.php"])
    L = ["; <?php exit(); // DO NOT DELETE ?>", "; OJS configuration", "", "[general]", "installed = On", "base_url = \"https://journals.%s\"" % host(r).split(".", 1)[1],
         "session_cookie_name = OJSSID", "", "[database]", "driver = mysqli", "host = %s" % r.choice(["localhost", "db", "127.0.0.1"]),
         "username = %s" % c.user, "password = %s" % bare(c), "name = ojs", "persistent = Off", "debug = Off", "", "[security]", "force_ssl = On",
         "api_key_secret = \"\"", "", "[email]", "smtp = On", "smtp_server = smtp.example.edu", "smtp_port = 587"]
    return path, "php-ini", "\n".join(L) + "\n"


def t_ojs_config_secret(r, c):
    path = r.choice(["config.inc.php", "ojs/config.inc.php"])
    L = ["; <?php exit(); // DO NOT DELETE ?>", "", "[general]", "installed = On", "base_url = \"https://journals.%s\"" % host(r).split(".", 1)[1], "",
         "[database]", "driver = mysqli", "host = db", "username = ojs", "password = ${OJS_DB_PASSWORD}", "name = ojs", "",
         "[security]", "force_ssl = On", "encryption = sha1", "allowed_html = \"a[href|target|title],em,strong,cite,code,ul,ol,li[class],dl,dt,dd,b,i,u,img[src|alt],sup,sub,br,p\"",
         "; Secret used to sign API tokens", "api_key_secret = \"%s\"" % bare(c), "", "[oai]", "oai = On", "repository_id = journals.%s" % host(r).split(".", 1)[1]]
    return path, "php-ini", "\n".join(L) + "\n"


def t_folio_login(r, c):
    if r.random() < 0.5:
        path = r.choice(["migration/login.py", "scripts/folio_session.py"])
        L = ["import requests", "", 'OKAPI = "https://okapi-%s.folio.example.edu"' % r.choice(["prod", "test"]), 'TENANT = "%s"' % r.choice(["diku", "fs00001001"])]
        if c.obvious:
            L += ['FOLIO_USER = "%s"' % c.user, "FOLIO_PASSWORD = %s" % c.expr("py"), "",
                  'resp = requests.post(f"{OKAPI}/authn/login", json={"username": FOLIO_USER, "password": FOLIO_PASSWORD},']
        else:
            L += ["", 'resp = requests.post(f"{OKAPI}/authn/login", json={"username": "%s", "password": %s},' % (c.user, lit(c, "py"))]
        L += ['                     headers={"X-Okapi-Tenant": TENANT, "Content-Type": "application/json"})', "resp.raise_for_status()",
              'token = resp.headers["x-okapi-token"]', 'print("logged in as", resp.json()["user"]["username"] if "user" in resp.json() else "?")']
        return path, "python", "\n".join(L) + "\n"
    path = r.choice(["migration/run_inventory.py", "etl/load_instances.py"])
    L = ["from folioclient import FolioClient", "", 'okapi_url = "https://okapi.%s"' % host(r), 'tenant = "%s"' % r.choice(["diku", "fs00001001"])]
    if c.obvious:
        L += ['username = "%s"' % c.user, "password = %s" % c.expr("py"), "fc = FolioClient(okapi_url, tenant, username, password)"]
    else:
        L += ['fc = FolioClient(okapi_url, tenant, "%s", %s)' % (c.user, lit(c, "py"))]
    L += ["", 'for inst in fc.folio_get_all("/instance-storage/instances", "instances", query="source==MARC", limit=500):',
          '    print(inst["id"], inst["hrid"], inst.get("title", "")[:60])']
    return path, "python", "\n".join(L) + "\n"


def t_folio_dd(r, c):
    mod = r.choice(["mod-inventory-storage", "mod-users", "mod-circulation-storage", "mod-orders-storage"])
    path = r.choice(["descriptors/%s-deployment.json" % mod, "deploy/%s/DeploymentDescriptor.json" % mod])
    env = [{"name": "JAVA_OPTIONS", "value": "-XX:MaxRAMPercentage=66.0"}, {"name": "DB_HOST", "value": "pg-folio"},
           {"name": "DB_PORT", "value": "5432"}, {"name": "DB_USERNAME", "value": c.user},
           {"name": "DB_PASSWORD" if c.obvious else "DB_CONN_VALUE", "value": bare(c)}, {"name": "DB_DATABASE", "value": "okapi_modules"},
           {"name": "DB_MAXPOOLSIZE", "value": str(r.choice([5, 10, 20]))}]
    ver = "%d.%d.%d" % (r.randrange(18, 28), r.randrange(5), r.randrange(10))
    d = {"srvcId": "%s-%s" % (mod, ver), "nodeId": "folio-node-%d" % r.randrange(1, 4),
         "descriptor": {"dockerImage": "folioorg/%s:%s" % (mod, ver),
                        "dockerPull": True, "env": env,
                        "dockerArgs": {"HostConfig": {"PortBindings": {"8081/tcp": [{"HostPort": "%HOST_PORT%"}]}}}}}
    return path, "json", json.dumps(d, indent=2) + "\n"


def t_ezproxy_user(r, c):
    path = r.choice(["ezproxy/user.txt", "user.txt", "config/ezproxy/user.txt"])
    L = ["# EZproxy user.txt -- %s" % inst(r), "# Local admin account (break-glass only)", "%s:%s:admin" % (c.user, bare(c)), "",
         "# Everyone else authenticates through Shibboleth", "::Shibboleth", "IfUnauthenticated; Stop",
         "IfTest eduPersonScopedAffiliation member@%s; Group Default" % host(r).split(".", 1)[1], "/Shibboleth", "",
         "# walk-in users on the library network", "::IP", "Include ipranges.txt", "/IP"]
    return path, "ezproxy", "\n".join(L) + "\n"


def t_ezproxy_form(r, c):
    path = r.choice(["ezproxy/config.txt", "config.txt", "ezproxy/databases/%s.txt" % r.choice(["statista", "vendor-portal", "lexis"])])
    vendor = r.choice(["stats.vendor-example.com", "portal.vendor-example.net", "db.vendor-example.org"])
    L = ["# Database stanzas -- keep alphabetical", "Title %s" % r.choice(["Business Statistics Portal", "Legal Research Online", "Market Data Hub"]),
         "URL https://%s/login" % vendor, "DJ %s" % vendor.split(".", 1)[1], "", "# vendor only supports a shared institutional login",
         "FormSelect", "Title Vendor auto-login", "URL https://%s/login" % vendor, "FormSubmit https://%s/account/login" % vendor,
         "FormVariable username=%s" % r.choice(["uni-example-lib", "exlib_shared", "library01"]),
         "FormVariable %s=%s" % ("password" if c.obvious else "pw", bare(c)), "/FormSelect", "",
         "Title %s" % r.choice(["JSTOR", "Project MUSE", "Web of Science"]), "URL https://www.%s" % r.choice(["jstor.org", "muse.jhu.edu", "webofscience.com"]),
         "DJ %s" % r.choice(["jstor.org", "muse.jhu.edu", "webofscience.com"])]
    return path, "ezproxy", "\n".join(L) + "\n"


def t_ezproxy_ticket(r, c):
    path = r.choice(["ezproxy/user.txt", "user.txt"])
    L = ["# user.txt", "# Ticket authentication used by the library portal (see portal/ezproxy.php)", "::Ticket",
         "TimeValid %d" % r.choice([5, 10, 30]), "%s %s" % (r.choice(["MD5", "SHA256", "SHA512"]), bare(c)), "Expired; Deny expired.html", "/Ticket", "",
         "::CGI=https://%s/cgi-bin/login?url=^R" % host(r), "", "::Shibboleth", "IfUnauthenticated; Stop", "Group Default", "/Shibboleth"]
    return path, "ezproxy", "\n".join(L) + "\n"


def t_ezproxy_ticket_php(r, c):
    path = r.choice(["portal/ezproxy.php", "web/ezproxy-ticket.php"])
    L = ["<?php", "// Build an EZproxy ticket URL for the signed-in portal user.", "function ezproxy_url($user, $url, $groups = 'Default') {",
         "    $ezproxy = 'https://login.ezproxy.%s';" % host(r).split(".", 1)[1]]
    if c.obvious:
        L.append("    $secret = %s;" % c.expr("php", "'"))
        sv = "$secret"
    else:
        L.append("    $s = %s;" % c.expr("php", "'"))
        sv = "$s"
    L += ["    $packet = '$u' . time();", "    if ($groups) { $packet .= '$g' . $groups; }", "    $packet .= '$e';",
          "    $ticket = urlencode(md5(%s . $user . $packet) . $packet);" % sv,
          "    return $ezproxy . '/login?user=' . urlencode($user) . '&ticket=' . $ticket . '&url=' . $url;", "}"]
    return path, "php", "\n".join(L) + "\n"


def t_shib_secrets(r, c):
    path = r.choice(["credentials/secrets.properties", "idp/credentials/secrets.properties", "shibboleth-idp/credentials/secrets.properties"])
    L = ["# This is a reserved spot for most properties containing passwords or other secrets.", "# Created by install at %s" % "20%02d-%02d-%02d" % (r.randrange(19, 26), r.randrange(1, 13), r.randrange(1, 29)), "",
         "# Access to internal AES encryption key"]
    k = c.spec["key"]
    sval = bare(c)
    if k == "shib_sealer":
        L += ["idp.sealer.storePassword = %s" % sval, "idp.sealer.keyPassword = %{idp.sealer.storePassword}"]
    else:
        L += ["idp.sealer.storePassword = %{env:IDP_SEALER_PASSWORD}", "idp.sealer.keyPassword = %{idp.sealer.storePassword}"]
    L += ["", "# Default access to LDAP authn and attribute stores."]
    if k == "shib_ldap":
        L += ["idp.authn.LDAP.bindDNCredential              = %s" % sval, "idp.attribute.resolver.LDAP.bindDNCredential = %{idp.authn.LDAP.bindDNCredential:undefined}"]
    else:
        L += ["idp.authn.LDAP.bindDNCredential              = %{env:IDP_LDAP_BIND_CREDENTIAL}", "idp.attribute.resolver.LDAP.bindDNCredential = %{idp.authn.LDAP.bindDNCredential:undefined}"]
    L += ["", "# Salt used to generate persistent/pairwise IDs, must be kept secret"]
    if k == "shib_salt":
        L.append("idp.persistentId.salt = %s" % sval)
    else:
        L.append("#idp.persistentId.salt = changethistosomethingrandom")
    return path, "properties", "\n".join(L) + "\n"


def t_shib_props(r, c):
    k = c.spec["key"]
    if k == "shib_salt":
        path = r.choice(["conf/saml-nameid.properties", "idp/conf/saml-nameid.properties"])
        L = ["# Properties for SAML NameID generation", "idp.nameid.saml2.default = urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
             "idp.persistentId.sourceAttribute = %s" % r.choice(["uid", "employeeNumber", "eduPersonPrincipalName"]),
             "idp.persistentId.useUnfilteredAttributes = true", "idp.persistentId.algorithm = SHA",
             "idp.persistentId.encoding = BASE64", "idp.persistentId.%s = %s" % ("salt" if c.obvious else "salt", bare(c)),
             "idp.persistentId.generator = shibboleth.ComputedPersistentIdGenerator"]
        return path, "properties", "\n".join(L) + "\n"
    path = r.choice(["conf/idp.properties", "idp/conf/idp.properties"])
    L = ["idp.entityID = https://idp.%s/idp/shibboleth" % host(r).split(".", 1)[1], "idp.scope = %s" % host(r).split(".", 1)[1], "",
         "# Set the location of user-supplied web flow definitions", "#idp.webflows = %{idp.home}/flows", "",
         "# Settings for internal AES encryption key", "idp.sealer.storeType = JCEKS", "idp.sealer.storeResource = %{idp.home}/credentials/sealer.jks",
         "idp.sealer.versionResource = %{idp.home}/credentials/sealer.kver", "idp.sealer.storePassword = %s" % bare(c),
         "idp.sealer.keyPassword = %{idp.sealer.storePassword}", "", "idp.session.enabled = true", "idp.session.timeout = PT60M"]
    return path, "properties", "\n".join(L) + "\n"


def t_shib_resolver(r, c):
    path = r.choice(["conf/attribute-resolver.xml", "idp/conf/attribute-resolver-ldap.xml"])
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<AttributeResolver', '        xmlns="urn:mace:shibboleth:2.0:resolver"',
         '        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
         '        xsi:schemaLocation="urn:mace:shibboleth:2.0:resolver http://shibboleth.net/schema/idp/shibboleth-attribute-resolver.xsd">', "",
         '    <AttributeDefinition id="eduPersonScopedAffiliation" xsi:type="ScopedString" scope="%{idp.scope}">',
         '        <InputDataConnector ref="myLDAP" attributeNames="eduPersonAffiliation"/>', "    </AttributeDefinition>", "",
         '    <DataConnector id="myLDAP" xsi:type="LDAPDirectory"', '        ldapURL="%s"' % c.spec["url"],
         '        baseDN="ou=people,dc=example,dc=edu"', '        principal="%s"' % c.user,
         '        principalCredential="%s"' % xbare(c),
         '        useStartTLS="false">', '        <FilterTemplate><![CDATA[ (uid=$resolutionContext.principal) ]]></FilterTemplate>',
         '        <ReturnAttributes>eduPersonAffiliation mail displayName</ReturnAttributes>', "    </DataConnector>", "", "</AttributeResolver>"]
    return path, "xml", "\n".join(L) + "\n"


SPECIAL = {
    "zenodo_py": t_zenodo_py, "pydataverse": t_pydataverse, "osfr": t_osfr, "pyzotero": t_pyzotero, "zotero_toml": t_zotero_toml,
    "elsapy": t_elsapy, "s2_client": t_s2_client, "alma_py": t_alma_py, "dspace_orcid": t_dspace_orcid, "orcid_member": t_orcid_member,
    "django_social": t_django_social, "mendeley_sdk": t_mendeley_sdk, "oclc_py": t_oclc_py, "aws_creds": t_aws_creds, "aws_env": t_aws_env,
    "aws_py": t_aws_py, "aws_compose": t_aws_compose, "crossref_curl": t_crossref_curl, "crossref_make": t_crossref_make,
    "datacite_curl": t_datacite_curl, "sword_cfg": t_sword_cfg, "dspace_cfg_db": t_dspace_cfg_db, "dspace_cfg_jwt": t_dspace_cfg_jwt,
    "db_url": t_db_url, "koha_conf": t_koha_conf, "ojs_config_db": t_ojs_config_db, "ojs_config_secret": t_ojs_config_secret,
    "folio_login": t_folio_login, "folio_dd": t_folio_dd, "ezproxy_user": t_ezproxy_user, "ezproxy_form": t_ezproxy_form,
    "ezproxy_ticket": t_ezproxy_ticket, "ezproxy_ticket_php": t_ezproxy_ticket_php, "shib_secrets": t_shib_secrets,
    "shib_props": t_shib_props, "shib_resolver": t_shib_resolver,
}


# ---------------------------------------------------------------------------
# domain look-alike negatives: (relpath, filetype, text, provider, kind)
# ---------------------------------------------------------------------------
def n_citation_cff(r):
    L = ["cff-version: 1.2.0", "message: \"If you use this software, please cite it as below.\"", "title: \"%s\"" % r.choice(["marc-tools", "oa-monitor", "bagit-validator", "etd-pipeline"]),
         "version: %d.%d.%d" % (r.randrange(3), r.randrange(10), r.randrange(10)), "doi: %s" % doi(r), "date-released: 20%02d-%02d-%02d" % (r.randrange(19, 26), r.randrange(1, 13), r.randrange(1, 29)),
         "commit: %s" % sha1_of(r), "authors:"]
    for _ in range(r.randrange(2, 5)):
        f, l = person(r).split()
        L += ["  - family-names: %s" % l, "    given-names: %s" % f, "    orcid: \"https://orcid.org/%s\"" % orcid_id(r),
              "    affiliation: \"%s\"" % inst(r)]
    L += ["repository-code: \"https://github.com/example-lib/%s\"" % r.choice(["marc-tools", "oa-monitor"]), "license: MIT",
          "identifiers:", "  - type: doi", "    value: %s" % doi(r), "    description: concept DOI for all versions",
          "  - type: swh", "    value: \"swh:1:rel:%s\"" % sha1_of(r)]
    return "CITATION.cff", "yaml-cff", "\n".join(L) + "\n", "zenodo", "doi_orcid_commit_ids"


def n_bibtex(r):
    path = r.choice(["references.bib", "_bibliography/papers.bib", "paper/refs.bib", "static/publications.bib"])
    L = []
    for i in range(r.randrange(3, 7)):
        key = "%s%d%s" % (person(r).split()[1].lower(), r.randrange(2008, 2025), r.choice(["a", "b", "open", "data"]))
        typ = r.choice(["article", "book", "misc", "inproceedings"])
        L.append("@%s{%s," % (typ, key))
        L.append("  author    = {%s and %s}," % (person(r), person(r)))
        L.append("  title     = {{%s}}," % r.choice(["Persistent identifiers in practice", "Measuring open access uptake", "Linked data for libraries", "Research data management at scale"]))
        L.append("  year      = {%d}," % r.randrange(2008, 2025))
        if typ == "article":
            L += ["  journal   = {%s}," % r.choice(["Journal of Documentation", "Scientometrics", "College & Research Libraries"]), "  issn      = {%s}," % issn(r)]
        if typ == "book":
            L.append("  isbn      = {%s}," % isbn13(r))
        if typ == "misc":
            L += ["  eprint    = {%s}," % arxiv_id(r), "  archivePrefix = {arXiv},", "  primaryClass  = {cs.DL},"]
        L.append("  doi       = {%s}," % doi(r))
        if r.random() < 0.4:
            L.append("  pmid      = {%s}," % pmid(r))
        L.append("}")
        L.append("")
    return path, "bibtex", "\n".join(L), "crossref", "doi_isbn_issn_arxiv"


def n_zenodo_json(r):
    d = {"title": r.choice(["Open Access Monitor: weekly snapshot", "Digitised newspapers OCR corpus", "Library loan statistics"]),
         "upload_type": r.choice(["dataset", "software"]),
         "creators": [{"name": "%s, %s" % tuple(reversed(person(r).split())), "orcid": orcid_id(r), "affiliation": inst(r)} for _ in range(r.randrange(1, 4))],
         "license": r.choice(["CC-BY-4.0", "MIT", "CC0-1.0"]), "keywords": ["bibliometrics", "open access", "libraries"],
         "related_identifiers": [{"identifier": doi(r), "relation": "isSupplementTo", "scheme": "doi"},
                                 {"identifier": "arXiv:%s" % arxiv_id(r), "relation": "isDocumentedBy", "scheme": "arxiv"}],
         "grants": [{"id": "10.13039/501100000780::%d" % r.randrange(100000, 999999)}],
         "communities": [{"identifier": r.choice(["lis", "open-science", "digital-humanities"])}]}
    return ".zenodo.json", "json", json.dumps(d, indent=2) + "\n", "zenodo", "orcid_doi_grant_ids"


def n_bagit(r):
    alg = r.choice(["sha256", "md5", "sha512"])
    path = "bags/%s/manifest-%s.txt" % (r.choice(["etd_2023_0412", "maps_batch7", "oral-history-22"]), alg)
    L = []
    for i in range(r.randrange(6, 20)):
        h = {"sha256": sha256_of(r), "md5": md5_of(r), "sha512": hashlib.sha512(rbytes(r, 16)).hexdigest()}[alg]
        L.append("%s  data/%s_%04d.%s" % (h, r.choice(["page", "scan", "audio", "item"]), i, r.choice(["tif", "jp2", "wav", "pdf", "xml"])))
    return path, "bagit-manifest", "\n".join(L) + "\n", "bagit", alg + "_checksums"


def n_checksum_csv(r):
    path = r.choice(["data/checksums.csv", "metadata/files.csv", "deposit/file_inventory.csv"])
    L = ["filename,bytes,md5,sha256,doi"]
    d = doi(r)
    for i in range(r.randrange(5, 15)):
        L.append("%s_%02d.%s,%d,%s,%s,%s" % (r.choice(["survey", "loans", "gate_counts"]), i, r.choice(["csv", "parquet", "zip"]),
                                             r.randrange(10 ** 4, 10 ** 9), md5_of(r), sha256_of(r), d))
    return path, "csv", "\n".join(L) + "\n", "zenodo", "dataset_checksums"


def n_datacite_xml(r):
    path = r.choice(["metadata/datacite.xml", "datacite/%s.xml" % rs(r, LALNUM, 6)])
    d = "10.%d/%s" % (r.choice([48550, 25592, 17632, 5438]), rs(r, LALNUM, 4) + "-" + rs(r, LALNUM, 4))
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<resource xmlns="http://datacite.org/schema/kernel-4" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
         '  xsi:schemaLocation="http://datacite.org/schema/kernel-4 http://schema.datacite.org/meta/kernel-4.4/metadata.xsd">',
         '  <identifier identifierType="DOI">%s</identifier>' % d, "  <creators>"]
    for _ in range(r.randrange(1, 4)):
        L += ["    <creator>", "      <creatorName nameType=\"Personal\">%s</creatorName>" % person(r),
              '      <nameIdentifier nameIdentifierScheme="ORCID" schemeURI="https://orcid.org">https://orcid.org/%s</nameIdentifier>' % orcid_id(r),
              '      <affiliation affiliationIdentifier="https://ror.org/%s" affiliationIdentifierScheme="ROR">%s</affiliation>' % (ror_id(r), inst(r)),
              "    </creator>"]
    L += ["  </creators>", "  <titles><title>%s</title></titles>" % r.choice(["Reading room sensor data", "Manuscript catalogue export"]),
          "  <publisher>%s</publisher>" % inst(r), "  <publicationYear>%d</publicationYear>" % r.randrange(2015, 2026),
          '  <resourceType resourceTypeGeneral="Dataset">Tabular data</resourceType>', "  <alternateIdentifiers>",
          '    <alternateIdentifier alternateIdentifierType="Handle">%s</alternateIdentifier>' % handle(r),
          '    <alternateIdentifier alternateIdentifierType="md5">%s</alternateIdentifier>' % md5_of(r), "  </alternateIdentifiers>",
          "  <fundingReferences><fundingReference>", "    <funderName>European Commission</funderName>",
          '    <funderIdentifier funderIdentifierType="Crossref Funder ID">https://doi.org/10.13039/501100000780</funderIdentifier>',
          "    <awardNumber>%d</awardNumber>" % r.randrange(100000, 999999), "  </fundingReference></fundingReferences>", "</resource>"]
    return path, "xml", "\n".join(L) + "\n", "datacite", "doi_orcid_ror_handle"


def n_crossref_xml(r):
    path = r.choice(["crossref/batch_%d.xml" % r.randrange(1000, 9999), "deposit/issue.xml"])
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<doi_batch version="5.3.1" xmlns="http://www.crossref.org/schema/5.3.1">', "  <head>",
         "    <doi_batch_id>%s</doi_batch_id>" % hexs(r, 32), "    <timestamp>%d</timestamp>" % (r.randrange(2019, 2026) * 10 ** 10 + r.randrange(10 ** 10)),
         "    <depositor><depositor_name>%s</depositor_name><email_address>%s</email_address></depositor>" % (inst(r), email(r)),
         "    <registrant>%s</registrant>" % inst(r), "  </head>", "  <body>", "    <journal>",
         '      <journal_metadata><full_title>Journal of Library Studies</full_title><issn media_type="electronic">%s</issn></journal_metadata>' % issn(r),
         "      <journal_article publication_type=\"full_text\">", "        <titles><title>%s</title></titles>" % r.choice(["Weeding with data", "Discovery layers revisited"]),
         '        <contributors><person_name sequence="first" contributor_role="author"><given_name>%s</given_name><surname>%s</surname><ORCID>https://orcid.org/%s</ORCID></person_name></contributors>' % (tuple(person(r).split()) + (orcid_id(r),)),
         "        <doi_data><doi>10.5555/%d</doi><resource>https://journals.%s/article/view/%d</resource></doi_data>" % (r.randrange(10 ** 6, 10 ** 8), host(r).split(".", 1)[1], r.randrange(100, 9999)),
         "      </journal_article>", "    </journal>", "  </body>", "</doi_batch>"]
    return path, "xml", "\n".join(L) + "\n", "crossref", "deposit_xml_ids"


def n_unpaywall_py(r):
    path = r.choice(["scripts/oa_status.py", "analysis/unpaywall_check.py"])
    L = ['"""Look up OA status for our DOIs. Unpaywall only needs an email, no key."""', "import csv", "import time", "import requests", "",
         'UNPAYWALL_EMAIL = "%s"' % email(r), 'CROSSREF_MAILTO = "%s"' % email(r), "", "DOIS = ["]
    for _ in range(r.randrange(3, 7)):
        L.append('    "%s",' % doi(r))
    L += ["]", "", "with open(\"out/oa.csv\", \"w\", newline=\"\") as fh:", "    w = csv.writer(fh)", '    w.writerow(["doi", "is_oa", "oa_status"])',
          "    for d in DOIS:", '        r = requests.get(f"https://api.unpaywall.org/v2/{d}", params={"email": UNPAYWALL_EMAIL}, timeout=30)',
          "        j = r.json()", '        w.writerow([d, j.get("is_oa"), j.get("oa_status")])', "        time.sleep(0.1)", "",
          'meta = requests.get("https://api.crossref.org/works", params={"filter": "issn:%s", "mailto": CROSSREF_MAILTO}).json()' % issn(r)]
    return path, "python", "\n".join(L) + "\n", "unpaywall", "email_only_access"


def n_rorcid(r):
    path = r.choice(["R/orcid_profiles.R", "analysis/staff_orcids.R"])
    L = ["library(rorcid)", "library(rcrossref)", "", "# public API reads only; no token needed for these calls", "ids <- c("]
    ids = [orcid_id(r) for _ in range(r.randrange(3, 7))]
    L.append(",\n".join('  "%s"' % i for i in ids))
    L += [")", "", "works <- lapply(ids, function(id) orcid_works(id))", 'cr <- cr_works(dois = c("%s", "%s"), .progress = "text")' % (doi(r), doi(r)),
          'options(crossref_email = "%s")' % email(r), "summary(cr$data$type)"]
    return path, "r", "\n".join(L) + "\n", "orcid", "orcid_ids"


def n_po(r):
    path = r.choice(["locale/en/user.po", "locale/de/api.po", "plugins/generic/orcidProfile/locale/en/locale.po"])
    entries = [("user.password", "Password"), ("user.apiKey", "API Key"), ("user.apiKey.generate", "Generate new API key"),
               ("user.apiKey.secretRequired", "An API key secret must be configured in config.inc.php before API keys can be used."),
               ("plugins.generic.orcidProfile.manager.settings.orcidClientSecret", "Client Secret"),
               ("plugins.generic.orcidProfile.manager.settings.orcidClientId", "Client ID"),
               ("user.login.resetPasswordInstructions", "Enter your email to reset your password."),
               ("manager.setup.doiPrefix", "DOI Prefix"), ("user.token.expired", "Your access token has expired. Please log in again.")]
    r.shuffle(entries)
    L = ['msgid ""', 'msgstr ""', '"Project-Id-Version: \\n"', '"Language: %s\\n"' % r.choice(["en", "de", "fr"]), '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
    for k, v in entries[:r.randrange(5, 9)]:
        L += ['msgid "%s"' % k, 'msgstr "%s"' % v, ""]
    return path, "po", "\n".join(L), "ojs_pkp", "i18n_strings"


def n_messages_props(r):
    path = r.choice(["dspace/config/emails/Messages.properties", "src/main/resources/Messages.properties", "i18n/messages_en.properties"])
    L = ["# UI strings", "jsp.register.password.title = Set your password", "jsp.register.password.info = Enter a new password below.",
         "login.form.password = Password", "login.form.email = Email address", "admin.orcid.client-secret.label = ORCID client secret",
         "admin.orcid.client-secret.hint = Stored encrypted; leave blank to keep the current value", "api.token.label = Personal access token",
         "api.token.copy = Copy this token now. You won't be able to see it again!", "handle.prefix.label = Handle prefix"]
    return path, "properties", "\n".join(L) + "\n", "dspace", "i18n_strings"


def n_folio_ref(r):
    path = "reference-data/instances/%s.json" % uuid4(r)
    d = {"id": uuid4(r), "hrid": "in%011d" % r.randrange(10 ** 8), "source": "MARC", "title": r.choice(["The order of books", "A history of reading", "Cataloguing rules"]),
         "instanceTypeId": uuid4(r), "modeOfIssuanceId": uuid4(r), "statusId": uuid4(r),
         "identifiers": [{"identifierTypeId": uuid4(r), "value": isbn13(r)}, {"identifierTypeId": uuid4(r), "value": "(OCoLC)%d" % r.randrange(10 ** 6, 10 ** 9)}],
         "contributors": [{"name": ", ".join(reversed(person(r).split())), "contributorNameTypeId": uuid4(r), "primary": True}],
         "metadata": {"createdDate": "20%02d-%02d-%02dT10:00:00.000+00:00" % (r.randrange(19, 26), r.randrange(1, 13), r.randrange(1, 29)),
                      "createdByUserId": uuid4(r), "updatedByUserId": uuid4(r)}}
    return path, "json", json.dumps(d, indent=2) + "\n", "folio", "record_uuids"


def n_alma_export(r):
    path = r.choice(["alma/exports/items_%d.json" % r.randrange(100, 999), "data/alma_items.json"])
    items = []
    for _ in range(r.randrange(2, 5)):
        items.append({"bib_data": {"mms_id": mms_id(r), "title": r.choice(["Codex studies", "Maps of the region", "Serial catalog"]), "isbn": isbn13(r)},
                      "holding_data": {"holding_id": "22%d" % r.randrange(10 ** 14, 10 ** 15)},
                      "item_data": {"pid": "23%d" % r.randrange(10 ** 14, 10 ** 15), "barcode": "3%013d" % r.randrange(10 ** 12),
                                    "policy": {"value": "14DAY"}, "library": {"value": "MAIN"}},
                      "link": "https://api-eu.hosted.exlibrisgroup.com/almaws/v1/bibs/%s/holdings" % mms_id(r)})
    return path, "json", json.dumps({"item": items, "total_record_count": len(items)}, indent=2) + "\n", "exlibris", "mms_ids_barcodes"


def n_hugo_pub(r):
    slug = rs(r, LOW, 6)
    path = "content/publication/%s/index.md" % slug
    L = ["---", "title: \"%s\"" % r.choice(["Citation advantage of open data", "Shelf-ready metadata quality"]), "authors:", "  - admin", "  - %s" % person(r),
         "date: \"20%02d-%02d-01T00:00:00Z\"" % (r.randrange(15, 26), r.randrange(1, 13)), "doi: \"%s\"" % doi(r), "publication_types: [\"2\"]",
         "publication: \"*%s*\"" % r.choice(["Scientometrics", "JASIST", "Code4Lib Journal"]), "url_pdf: \"https://arxiv.org/pdf/%s\"" % arxiv_id(r),
         "url_dataset: \"https://doi.org/%s\"" % doi(r), "links:", "  - name: PubMed", "    url: https://pubmed.ncbi.nlm.nih.gov/%s/" % pmid(r),
         "  - name: Zenodo", "    url: https://zenodo.org/records/%d" % r.randrange(1000000, 15000000), "tags: [bibliometrics]", "---", "",
         "Preprint available on arXiv (arXiv:%s). Supplementary code: commit `%s`." % (arxiv_id(r), sha1_of(r)[:12])]
    return path, "markdown", "\n".join(L) + "\n", "hugo", "publication_ids"


def n_jekyll_cfg(r):
    L = ["title: %s" % person(r), "email: %s" % email(r), "url: https://%s" % r.choice(["jdoe.github.io", "lab.example.edu"]),
         "google_analytics: G-%s" % rs(r, UALNUM, 10), "google_site_verification: %s" % rs(r, ALNUM + "-_", 43),
         "orcid: %s" % orcid_id(r), "scholar_userid: %s" % (rs(r, ALNUM + "-_", 8) + "AAAAJ"), "research_gate_profile: %s" % person(r).replace(" ", "-"),
         "semanticscholar_id: %d" % r.randrange(10 ** 7, 10 ** 10), "", "scholar:", "  source: /_bibliography/", "  bibliography: papers.bib",
         "", "giscus:", "  repo_id: R_kgDO%s" % rs(r, ALNUM, 6), "  category_id: DIC_kwDO%s" % rs(r, ALNUM + "-_", 10)]
    return "_config.yml", "yaml-jekyll", "\n".join(L) + "\n", "jekyll", "public_site_ids"


def n_hugo_algolia(r):
    path = r.choice(["config/_default/params.toml", "hugo.toml"])
    L = ["[params]", "  author = \"%s\"" % person(r), "  orcid = \"https://orcid.org/%s\"" % orcid_id(r), "", "[params.search]",
         "  engine = \"algolia\"", "  # search-only key: safe to expose in the browser (Algolia docs)",
         "  algolia_app_id = \"%s\"" % rs(r, UALNUM, 10), "  algolia_search_only_key = \"%s\"" % hexs(r, 32), "  algolia_index = \"publications\"", "",
         "[params.analytics]", "  google_analytics = \"G-%s\"" % rs(r, UALNUM, 10)]
    return path, "toml", "\n".join(L) + "\n", "algolia", "publishable_search_key"


def n_saml_metadata(r):
    path = r.choice(["shibboleth/sp-metadata.xml", "metadata/idp-metadata.xml"])
    body = b"\x30\x82" + rbytes(r, 2) + b"\xa0\x03\x02\x01\x02\x02" + rbytes(r, 690)
    cert = base64.b64encode(b"\x30\x82" + len(body).to_bytes(2, "big") + body).decode()
    lines = [cert[i:i + 64] for i in range(0, len(cert), 64)]
    ent = "https://%s/shibboleth" % host(r)
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="%s">' % ent,
         '  <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">', '    <md:KeyDescriptor use="signing">',
         "      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>"] + ["        " + l for l in lines] + [
        "      </ds:X509Certificate></ds:X509Data></ds:KeyInfo>", "    </md:KeyDescriptor>",
        '    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://%s/Shibboleth.sso/SAML2/POST" index="1"/>' % host(r),
        "  </md:SPSSODescriptor>", "</md:EntityDescriptor>"]
    return path, "xml", "\n".join(L) + "\n", "shibboleth", "public_x509_certificate"


def n_shib_filter(r):
    path = "conf/attribute-filter.xml"
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<AttributeFilterPolicyGroup id="ShibbolethFilterPolicy" xmlns="urn:mace:shibboleth:2.0:afp"',
         '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">', '  <AttributeFilterPolicy id="releaseToOpenAthens">',
         '    <PolicyRequirementRule xsi:type="Requester" value="https://proxy.openathens.net/entity" />',
         '    <AttributeRule attributeID="eduPersonScopedAffiliation"><PermitValueRule xsi:type="ANY" /></AttributeRule>',
         '    <AttributeRule attributeID="eduPersonTargetedID"><PermitValueRule xsi:type="ANY" /></AttributeRule>', "  </AttributeFilterPolicy>",
         '  <AttributeFilterPolicy id="releaseToEZproxy">', '    <PolicyRequirementRule xsi:type="Requester" value="https://login.ezproxy.%s/shibboleth" />' % host(r).split(".", 1)[1],
         '    <AttributeRule attributeID="uid"><PermitValueRule xsi:type="ANY" /></AttributeRule>', "  </AttributeFilterPolicy>", "</AttributeFilterPolicyGroup>"]
    return path, "xml", "\n".join(L) + "\n", "shibboleth", "attribute_filter_no_secrets"


def n_ezproxy_cfg(r):
    path = r.choice(["ezproxy/config.txt", "config.txt"])
    L = ["LoginPort 80", "LoginPortSSL 443", "Option ForceHTTPSLogin", "Name login.ezproxy.%s" % host(r).split(".", 1)[1],
         "ShibbolethMetadata \\", "  -EntityID=https://login.ezproxy.%s/shibboleth \\" % host(r).split(".", 1)[1], "  -File=shibboleth/metadata.xml \\",
         "  -Cert=%d" % r.randrange(1, 9), "Audit Most", "AuditPurge %d" % r.choice([7, 30]), "MaxLifetime 120", "MaxSessions 5000", ""]
    for t, u in [("JSTOR", "www.jstor.org"), ("Web of Science", "www.webofscience.com"), ("ScienceDirect", "www.sciencedirect.com"), ("IEEE Xplore", "ieeexplore.ieee.org")]:
        L += ["Title %s" % t, "URL https://%s" % u, "DJ %s" % u.split(".", 1)[1], ""]
    return path, "ezproxy", "\n".join(L), "ezproxy", "config_no_secrets"


def n_requirements(r):
    path = r.choice(["requirements.txt", "requirements/prod.txt"])
    L = ["# generated by pip-compile --generate-hashes"]
    for pkg, ver in [("requests", "2.31.0"), ("pyzotero", "1.5.18"), ("pyDataverse", "0.3.1"), ("lxml", "5.1.0"), ("orcid", "1.0.3"), ("habanero", "1.2.6")]:
        L.append("%s==%s \\" % (pkg, ver))
        L.append("    --hash=sha256:%s \\" % sha256_of(r))
        L.append("    --hash=sha256:%s" % sha256_of(r))
    return path, "requirements", "\n".join(L) + "\n", "pip", "package_hashes"


def n_oai_yaml(r):
    path = r.choice(["harvest/oai_sources.yml", "config/oai.yml"])
    tok = base64.b64encode(("metadataPrefix=oai_dc&set=%s&from=2024-01-01&offset=%d" % (r.choice(["com_123456789_1", "hdl_1721.1_7582"]), r.randrange(100, 90000))).encode()).decode()
    L = ["sources:", "  - name: %s" % inst(r), "    base_url: https://%s/server/oai/request" % host(r), "    metadata_prefix: oai_dc",
         "    set: %s" % r.choice(["com_123456789_1", "col_10419_42"]), "    # resume an interrupted harvest (opaque token from the server, not a credential)",
         "    resumption_token: \"%s\"" % tok, "  - name: arXiv cs.DL", "    base_url: https://oaipmh.arxiv.org/oai", "    metadata_prefix: arXiv",
         "    set: cs", "    last_id: oai:arXiv.org:%s" % arxiv_id(r), "  - name: Handle repository", "    base_url: https://hdl.handle.net/%s" % handle(r)]
    return path, "yaml", "\n".join(L) + "\n", "oai_pmh", "resumption_token"


def n_orcid_csv(r):
    path = r.choice(["data/staff_orcids.csv", "orcid/affiliations.csv"])
    L = ["name,orcid,ror,scopus_author_id,put_code"]
    for _ in range(r.randrange(5, 14)):
        L.append("%s,%s,https://ror.org/%s,%d,%d" % (person(r), orcid_id(r), ror_id(r), r.randrange(7000000000, 58000000000), r.randrange(100000, 9999999)))
    return path, "csv", "\n".join(L) + "\n", "orcid", "orcid_ids"


def n_s2_ids(r):
    path = r.choice(["enrich/seed_papers.py", "analysis/corpus_ids.py"])
    L = ['"""Seed set of Semantic Scholar paper ids (sha1-style) and Scopus EIDs for the citation network."""', "", "S2_PAPER_IDS = ["]
    for _ in range(r.randrange(4, 9)):
        L.append('    "%s",' % sha1_of(r))
    L += ["]", "", "SCOPUS_EIDS = ["]
    for _ in range(r.randrange(2, 5)):
        L.append('    "2-s2.0-%d",' % r.randrange(84000000000, 86000000000))
    L += ["]", "", 'ZOTERO_COLLECTION = "%s"' % rs(r, UALNUM, 8), 'ZOTERO_ITEM_KEYS = ["%s", "%s"]' % (rs(r, UALNUM, 8), rs(r, UALNUM, 8))]
    return path, "python", "\n".join(L) + "\n", "semantic_scholar", "paper_ids"


def n_pubmed_r(r):
    path = r.choice(["R/pubmed_fetch.R", "analysis/entrez.R"])
    L = ["library(rentrez)", "", "# NCBI api key is read from the environment (ENTREZ_KEY), never hard-coded", "set_entrez_key(Sys.getenv(\"ENTREZ_KEY\"))", "",
         "pmids <- c(%s)" % ", ".join('"%s"' % pmid(r) for _ in range(r.randrange(3, 7))),
         "pmcids <- c(%s)" % ", ".join('"PMC%d"' % r.randrange(1000000, 11000000) for _ in range(2)),
         'recs <- entrez_summary(db = "pubmed", id = pmids)', 'dois <- extract_from_esummary(recs, "elocationid")', "print(dois)"]
    return path, "r", "\n".join(L) + "\n", "ncbi", "pmid_pmcid"


def n_csl_json(r):
    path = r.choice(["data/library.json", "_data/publications.json"])
    items = []
    for _ in range(r.randrange(2, 5)):
        items.append({"id": "http://zotero.org/groups/%d/items/%s" % (r.randrange(100000, 5999999), rs(r, UALNUM, 8)), "type": "article-journal",
                      "title": r.choice(["Shelf life of e-books", "Linked open authority data"]), "DOI": doi(r), "ISSN": issn(r),
                      "author": [{"family": person(r).split()[1], "given": person(r).split()[0]}], "issued": {"date-parts": [[r.randrange(2010, 2025)]]},
                      "PMID": pmid(r) if r.random() < 0.3 else None})
    for it in items:
        if it["PMID"] is None:
            del it["PMID"]
    return path, "json", json.dumps(items, indent=2) + "\n", "zotero", "item_keys_dois"


def n_gha_secure(r):
    path = ".github/workflows/%s.yml" % r.choice(["zenodo-release", "publish-dataset", "update-citations"])
    L = ["name: Release", "on:", "  release:", "    types: [published]", "jobs:", "  archive:", "    runs-on: ubuntu-latest", "    steps:",
         "      - uses: actions/checkout@v4", "      - name: Upload to Zenodo", "        env:", "          ZENODO_TOKEN: ${{ secrets.ZENODO_TOKEN }}",
         "          CONCEPT_DOI: %s" % doi(r), "        run: python scripts/zenodo_upload.py dist/*", "      - name: Verify checksum",
         "        run: echo \"%s  dist/data.zip\" | sha256sum -c -" % sha256_of(r)]
    return path, "yaml-ci", "\n".join(L) + "\n", "github", "secrets_context_reference"


def n_makefile_thesis(r):
    L = ["# Build the thesis PDF", "ARXIV_ID := %s" % arxiv_id(r), "DOI := %s" % doi(r), "DATA_SHA256 := %s" % sha256_of(r), "",
         "all: thesis.pdf", "", "data/corpus.tar.gz:", "\tcurl -L -o $@ https://zenodo.org/records/%d/files/corpus.tar.gz" % r.randrange(10 ** 6, 15 * 10 ** 6),
         "\techo \"$(DATA_SHA256)  $@\" | sha256sum -c -", "", "thesis.pdf: thesis.tex refs.bib data/corpus.tar.gz", "\tlatexmk -pdf thesis.tex", "",
         "arxiv.tar.gz: thesis.pdf", "\ttar czf $@ thesis.tex thesis.bbl figures/", "", ".PHONY: all"]
    return "Makefile", "makefile", "\n".join(L) + "\n", "arxiv", "arxiv_doi_checksum"


def n_dspace_cfg_clean(r):
    path = r.choice(["dspace/config/local.cfg", "local.cfg"])
    L = ["# All secrets come from environment variables (see docker-compose.yml)", "dspace.dir = /dspace", "dspace.server.url = https://%s/server" % host(r),
         "db.url = ${DB_URL}", "db.username = ${DB_USERNAME}", "db.password = ${DB_PASSWORD}", "handle.prefix = %d" % r.choice([123456789, 10419, 2142]),
         "handle.canonical.prefix = https://hdl.handle.net/", "orcid.application-client-id = %s" % ("APP-" + rs(r, UALNUM, 16)),
         "orcid.application-client-secret = ${ORCID_CLIENT_SECRET}", "google.analytics.key = G-%s" % rs(r, UALNUM, 10),
         "identifier.doi.prefix = 10.%d" % r.choice([5281, 48550, 25592]), "identifier.doi.namespaceseparator = dspace/"]
    return path, "dspace-cfg", "\n".join(L) + "\n", "dspace", "env_references_public_ids"


def n_koha_marc(r):
    path = r.choice(["misc/migration/items.csv", "data/koha_import.csv"])
    L = ["biblionumber,barcode,isbn,issn,itemcallnumber,homebranch,oclc"]
    for _ in range(r.randrange(5, 15)):
        L.append("%d,%s,%s,%s,%s,%s,%d" % (r.randrange(1, 300000), "3%013d" % r.randrange(10 ** 12), isbn13(r), issn(r),
                                           "%s %d.%d" % (r.choice(["QA", "Z", "PN"]), r.randrange(1, 999), r.randrange(1, 99)), r.choice(["MAIN", "LAW", "SCI"]), r.randrange(10 ** 6, 10 ** 9)))
    return path, "csv", "\n".join(L) + "\n", "koha", "catalogue_ids"


def n_npm_lock(r):
    path = "package-lock.json"
    pk = {}
    for name_, ver in [("citation-js", "0.7.14"), ("@citation-js/plugin-doi", "0.7.14"), ("node-fetch", "3.3.2")]:
        pk["node_modules/" + name_] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name_, name_.split("/")[-1], ver),
                                       "integrity": "sha512-" + base64.b64encode(hashlib.sha512(rbytes(r, 16)).digest()).decode()}
    d = {"name": "publications-site", "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return path, "json", json.dumps(d, indent=2) + "\n", "npm", "package_integrity_hashes"


def n_notebook_ids(r):
    path = r.choice(["notebooks/zenodo_records.ipynb", "analysis/handles.ipynb"])
    src = ["import requests", "RECORDS = [%s]" % ", ".join(str(r.randrange(10 ** 6, 15 * 10 ** 6)) for _ in range(4)),
           "HANDLES = [%s]" % ", ".join('"%s"' % handle(r) for _ in range(3)),
           "ROR = \"https://ror.org/%s\"" % ror_id(r)]
    cells = [nb_cell("markdown", "# Public record lookup\nNo authentication needed for published records."),
             nb_cell("code", "\n".join(src)),
             nb_cell("code", "for rid in RECORDS:\n    r = requests.get(f\"https://zenodo.org/api/records/{rid}\")\n    print(rid, r.json()[\"metadata\"][\"doi\"])"),
             nb_cell("code", "# checksum of the downloaded archive\nexpected = \"md5:%s\"" % md5_of(r))]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    return path, "notebook", json.dumps(nb, indent=1) + "\n", "zenodo", "record_ids_handles"


def n_doc_examples(r):
    path = r.choice(["docs/api-examples.md", "docs/getting-started.md"])
    L = ["# API examples", "", "These snippets are copied from the providers' documentation; substitute your own values.", "", "## Dataverse", "", "```bash",
         "export API_TOKEN=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "export SERVER_URL=https://demo.dataverse.org",
         "curl -H X-Dataverse-key:$API_TOKEN $SERVER_URL/api/dataverses/root/contents", "```", "", "## OSF (osfr)", "", "```r",
         'osf_auth("ThIsIsNoTaReAlPaTbUtYoUgEtIt")', "```", "", "## Crossref test DOI", "", "```bash",
         "curl -LH \"Accept: text/turtle\" https://doi.org/10.5555/12345678", "```", "", "## ORCID example iD", "", "https://orcid.org/0000-0002-1825-0097", "",
         "## AWS (documentation example keys)", "", "```ini", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
         "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "```"]
    return path, "markdown", "\n".join(L) + "\n", "docs", "documented_examples"


DOMAIN = [n_citation_cff, n_bibtex, n_zenodo_json, n_bagit, n_checksum_csv, n_datacite_xml, n_crossref_xml, n_unpaywall_py, n_rorcid,
          n_po, n_messages_props, n_folio_ref, n_alma_export, n_hugo_pub, n_jekyll_cfg, n_hugo_algolia, n_saml_metadata, n_shib_filter,
          n_ezproxy_cfg, n_requirements, n_oai_yaml, n_orcid_csv, n_s2_ids, n_pubmed_r, n_csl_json, n_gha_secure, n_makefile_thesis,
          n_dspace_cfg_clean, n_koha_marc, n_npm_lock, n_notebook_ids, n_doc_examples]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
SITE_ONLY = ("hugo", "jekyll")
SITE_PROVIDERS = ("zenodo", "figshare", "osf", "zotero", "elsevier", "semantic_scholar", "core", "orcid", "crossref",
                  "github", "google", "mendeley", "springer_nature", "ieee_xplore", "dataverse", "unpaywall")


def templates_for(spec):
    out = []
    g = spec["generic"]
    if g is True:
        out += [("g:" + k, GENERIC[k]) for k in GENERIC
                if k not in SITE_ONLY or spec["provider"] in SITE_PROVIDERS]
    elif g:
        out += [("g:" + k, GENERIC[k]) for k in g]
    specials = [("s:" + k, SPECIAL[k]) for k in spec["special"]]
    return out, specials


def pick_template(r, spec):
    gen, spc = templates_for(spec)
    if spc and (not gen or r.random() < 0.45):
        return r.choice(spc)
    return r.choice(gen)


def needle_line(text, needle):
    i = text.find(needle)
    if i < 0:
        return None
    return text.count("\n", 0, i) + 1


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def balanced(r, items, n):
    out = []
    while len(out) < n:
        chunk = list(items)
        r.shuffle(chunk)
        out += chunk
    return out[:n]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_dx.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    all_needles = []

    # positives
    kinds = balanced(r, KINDS, 500)
    for i, spec in enumerate(kinds):
        for attempt in range(20):
            c = Cred(r, spec, False)
            tname, fn = pick_template(r, spec)
            rel, ftype, text = fn(r, c)
            ln = needle_line(text, c.secret)
            nlines = text.count("\n")
            if ln is not None and 5 <= nlines <= 80:
                break
        else:
            raise SystemExit("could not place secret for %s via %s" % (spec["key"], tname))
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": c.provider, "kind": c.kind, "filetype": ftype})
        secrets.append({"file": f, "needle": c.secret, "line": ln})
        all_needles.append(c.secret)

    # negatives: first half template-reuse, second half domain look-alikes
    neg_specs = balanced(r, KINDS, 250)
    domain = balanced(r, DOMAIN, 250)
    order = [("t", s) for s in neg_specs] + [("d", d) for d in domain]
    r.shuffle(order)
    for i, (kind_, obj) in enumerate(order):
        for attempt in range(20):
            if kind_ == "t":
                c = Cred(r, obj, True)
                tname, fn = pick_template(r, obj)
                rel, ftype, text = fn(r, c)
                provider, kind = c.provider, c.negkind
            else:
                rel, ftype, text, provider, kind = obj(r)
            if 5 <= text.count("\n") <= 80:
                break
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": provider, "kind": kind, "filetype": ftype})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
