#!/usr/bin/env python3
"""Blind evaluation-set generator "ef" for keyhook: museums, archives, genealogy and
cultural-heritage projects.

EMPHASIS
  Code and config written by GLAM (galleries, libraries, archives, museums) developers
  and genealogists: OAI-PMH / REST harvesters (Python, Node, R, PHP), Jupyter notebooks,
  Omeka S / Omeka Classic scripts and database.ini, ArchivesSpace config.rb and backend
  logins, CollectiveAccess setup.php, Islandora/Drupal settings.php and ISLE .env files,
  Cantaloupe IIIF cantaloupe.properties, Internet Archive ia.ini / internetarchive
  scripts, pywikibot user-password.py and Wikimedia OAuth consumers, Preservica
  credentials.properties, Axiell WebAPI XML, GEDCOM exports, METS/EAD XML, docker
  compose, .env, YAML/JSON/TOML/INI/properties configs, GitHub workflows, k8s, Ansible.
  Providers: Europeana, DPLA, Smithsonian Open Access and congress.gov (api.data.gov
  keys), Rijksmuseum, Harvard Art Museums, Cooper Hewitt, Trove (NLA), DigitalNZ,
  FamilySearch (tokens and service-account passwords), Geni, WikiTree, MyHeritage,
  Internet Archive IA-S3, Omeka S key pairs, Omeka Classic, ArchivesSpace, CollectiveAccess,
  Islandora/Fedora (+ Drupal hash_salt), Cantaloupe, Preservica, Axiell, Wikimedia bot
  passwords and OAuth consumer secrets, plus AWS, Azure storage, PostgreSQL/MySQL,
  Google API keys, GitHub PATs, SendGrid and Mapbox secret tokens.
  Half the positives use an obvious name (EUROPEANA_API_KEY, key_credential,
  endpoint.admin.secret ...), half a neutral one (BLOB, PARAM, hk, v1 ...) or no name
  at all (URL query string, Authorization header, positional argument, DSN userinfo,
  METS xlink:href, GEDCOM NOTE).

USAGE
  python3 gen_ef.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED (one
  random.Random(SEED); no clock, no os.urandom, no set iteration). Standard library only.
  manifest rows carry an extra "template" field (name of the generating template).

NEEDLE CONVENTIONS
  One credential per positive file. needle = the secret exactly as written:
  - id/secret pairs (Omeka S key_identity/key_credential, IA-S3 access/secret, AWS key
    id/secret, Wikimedia consumer key/secret, MyHeritage client id/secret): the needle is
    the secret half; the public half may sit on a neighbouring line.
  - username/password (ArchivesSpace, WikiTree, Preservica, Axiell, Fedora, Cantaloupe
    admin, databases, Wikimedia BotPassword): the needle is the password only (for
    BotPassword the 32-char generated password, not "User@label").
  - tokens sent as "Authorization: Bearer X": the needle is X without "Bearer ".
  - Azure: the needle is the AccountKey value, not the whole connection string.
  - DSNs: the needle is the password inside postgresql://user:PASSWORD@host/db.
  line = 1-based line of the needle's first occurrence (the needle occurs exactly once).
  Passwords avoid quote, backslash, $, #, @, / and : so they appear verbatim in every
  format (JSON notebooks, URLs, YAML, shell).

NEGATIVES
  ~250 re-use the positive templates with the secret slot filled by a non-secret:
  environment lookups in the file's own language (os.environ[...], process.env.X,
  getenv(), ENV.fetch, Sys.getenv, ${X}, ${{ secrets.X }}, lookup('env')), placeholders
  (<YOUR_API_KEY>, changeme, xxxxxxxx, 000...0), masked values (*****, bullets,
  xxxx-xxxx-xxxx), redacted markers, empty values, template variables ({{ x }}, %(x)s,
  @@X@@), secret-manager references (vault:, arn:aws:secretsmanager:, op://, GCP
  projects/.../secrets, azurekv://, ssm:) and provider-documented demo/example keys
  (Europeana "api2demo", api.data.gov "DEMO_KEY", Harvard's 00000000-0000-... form, AWS
  AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY).
  ~250 are domain look-alikes: METS files with MD5/SHA-1/SHA-256 checksums, BagIt
  manifests and bag-info, GEDCOM exports with @I1@ xrefs, _UID and FamilySearch person
  ids, EAD with handles/ARKs/aspace ref ids, IIIF v3 manifests, accession registers
  (accession numbers, UUID object ids, ARKs, DOIs, Q-ids, sha1s), Wikidata SPARQL
  notebooks, i18n strings ("API key", "Password"), READMEs quoting documented demo keys,
  .env.example files, workflows using ${{ secrets.X }}, Cantaloupe with admin disabled,
  ArchivesSpace/Drupal/compose reading env vars or /run/secrets files, pywikibot
  user-config.py, Mapbox pk.* public tokens, Stripe pk_live_ publishable keys, Sentry
  browser DSNs, DVC md5 pointers, Ansible Vault and SealedSecret ciphertext, PGP
  signatures, npm integrity hashes, bcrypt hashes in test fixtures, VCR cassettes with
  filtered keys, API response fixtures (Rijksmuseum/Harvard/Europeana ids), Trove
  article ids, Chronicling America LCCNs and keyless V&A URLs, incident notes with masked
  keys, ARK/Handle/DOI minting config.

DOUBTS
  Formats written from memory (not confirmed in provider docs during this session):
  - Europeana wskey: 8-12 mixed alphanumerics (length/alphabet uncertain).
  - Rijksmuseum key: docs say "a-z|0-9"; the 8-char length is from memory.
  - Trove v3 key as 32 alphanumerics, DigitalNZ key as 20 alphanumerics and its
    "Authentication-Token" header: from memory.
  - FamilySearch access tokens: two shapes from memory ("USYS<32 hex>_idses-prodNN.a.
    fsglobal.net" legacy session ids, and "p0-..."); app key shape "a02j..." invented.
  - Geni access token (40 alnum), MyHeritage client secret (32 hex) / client id (16 hex):
    invented shapes, no documented format known.
  - IA-S3 access/secret as 16 alphanumerics each; Omeka S identity/credential as 32
    alphanumerics; Omeka Classic key as 40 hex; Cooper Hewitt access_token as 32 hex.
  - Wikimedia: BotPassword length 32 is documented; the [a-z0-9] alphabet is from memory;
    OAuth 1.0a consumer key 32 hex / secret 40 hex from memory.
  - Cantaloupe key names (endpoint.admin.secret, S3Source.access_key_id,
    S3Source.secret_access_key, AzureStorageSource.account_key) and ArchivesSpace
    AppConfig keys (frontend_cookie_secret, public_cookie_secret, search_user_secret,
    staff_user_secret) from memory; the shape of ArchivesSpace secrets is invented.
  - GitHub ghp_ checksum = base62(CRC32 of the 30 random chars), 6 chars: believed, not
    verified. Mapbox sk./pk. = base64url({"u","a"}) + "." + 22 chars: from memory.
  - Drupal hash_salt = base64url(55 random bytes) = 74 chars: from memory.
  Labels a reviewer might dispute:
  - Negatives keep the public half of pairs (Omeka key_identity, IA-S3 access key,
    Wikimedia consumer key, MyHeritage client id, usernames) next to a placeholder secret.
  - Sentry browser DSNs, Mapbox pk.* and Stripe pk_live_ are negatives (documented as
    safe to expose); bcrypt hashes in fixtures are negatives.
  - Masked DSNs (postgresql://user:*****@db) and "your-github-key-here" in a token URL
    are negatives.
  - V&A and Chronicling America APIs are keyless, so they appear only in negatives;
    "Library of Congress" positives are api.data.gov keys for api.congress.gov.
  - Passwords in a GEDCOM NOTE and in a k8s ConfigMap are positives.

SEARCHES
  docs/pages corpora: Europeana API key (only client-library READMEs, no format); the
  Rijksmuseum API docs (key parameter "a-z|0-9"); Omeka S key_identity/key_credential
  (nothing specific); MediaWiki Manual:Bot_passwords and createBotPassword.php ("must be
  exactly 32 characters", user@appid login name); Cantaloupe admin secret (nothing
  relevant); Internet Archive IA-S3 keys (IAS3_ACCESS_KEY/IAS3_SECRET_KEY env names,
  archive.org/account/s3.php); Harvard Art Museums API docs (keys "take the form
  00000000-0000-0000-0000-000000000000"); Cooper Hewitt API (access_token argument, OAuth2);
  FamilySearch developer guides (OAuth2, no token format); Trove API v3 (keys expire
  after 12 months, no format).
  Scanner-related material shown: none (no gitleaks/trufflehog/etc. rules or detector
  pages appeared). One pages result was a pastebin dump of an s3cmd config containing a
  live-looking access/secret key pair; it was ignored and nothing from it was used.
"""
import base64
import json
import os
import random
import sys
import zlib

# ---------------------------------------------------------------------------
# low-level random helpers (all randomness flows from one random.Random)
# ---------------------------------------------------------------------------
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
HEX = "0123456789abcdef"
ALNUM = LOW + UP + DIG
B62 = DIG + UP + LOW


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def mixed(rng, alphabet, n, need=(LOW, UP, DIG)):
    """random string that contains at least one char of each class in need"""
    while True:
        s = rs(rng, alphabet, n)
        if all(any(c in cls for c in s) for cls in need):
            return s


def hexs(rng, n):
    while True:
        s = rs(rng, HEX, n)
        if sum(c.isdigit() for c in s) >= 2 and sum(c.isalpha() for c in s) >= 2:
            return s


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64url_nopad(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def base62(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------------------
# human-ish vocabulary
# ---------------------------------------------------------------------------
WORDS = ["vermeer", "rembrandt", "hokusai", "papyrus", "vellum", "codex", "archive",
         "ledger", "parish", "tithe", "census", "daguerre", "tintype", "lantern", "folio",
         "quarto", "marginalia", "reliquary", "tapestry", "mosaic", "amphora", "scarab",
         "obelisk", "sextant", "astrolabe", "herbarium", "fossil", "kauri", "tui", "wattle",
         "banksia", "heron", "kestrel", "lindisfarne", "kelmscott", "gutenberg", "baskerville",
         "bodoni", "sampler", "quilt", "lacework", "pewter", "gilt", "ochre", "umber",
         "sepia", "cyanotype", "carte", "cabinet", "stereo", "microfilm", "fiche", "accession",
         "provenance", "curator", "registrar", "conservator", "docent", "atrium", "plinth"]
FIRST = ["Margaret", "Alice", "Thomas", "Ewan", "Aroha", "Priya", "Jonas", "Ingrid",
         "Mateus", "Keiko", "Fionnuala", "Rangi", "Sofie", "Dmitri", "Lucia", "Hamish",
         "Yusuf", "Annelies", "Grace", "Tomasz", "Nadia", "Oliver", "Wiremu", "Hannah"]
LAST = ["Whitcombe", "van der Berg", "Okafor", "MacLeod", "Tane", "Lindqvist", "Ferreira",
        "Nakamura", "O'Donnell", "Kowalski", "Haddad", "Brennan", "Sørensen", "Patel",
        "Moreau", "Fitzgerald", "Ngata", "Schreiber", "Alvarez", "Hughes"]
ORGS = ["Harbourside Museum", "Kilbride County Archives", "Northfield Historical Society",
        "Tasman Heritage Trust", "St Aidan's Diocesan Archive", "Vale of Ewyas Museum",
        "Riverbend Public Library Local Studies", "Museum of Printing and Letterforms",
        "Whanganui Regional Collections", "Fenland Folk Life Museum", "Lakeshore Genealogy Club",
        "Old Mill Textile Museum", "Carrick Maritime Museum", "Eastgate University Special Collections"]
HOSTS = ["collections", "archive", "catalogue", "iiif", "omeka", "as", "ca", "repo", "dams",
         "heritage", "digital", "images", "search", "harvest"]
DOMAINS = ["harbourside-museum.org", "kilbride-archives.ie", "northfieldhistory.org.uk",
           "tasmanheritage.org.nz", "ewyasmuseum.wales", "riverbendlibrary.org",
           "printingmuseum.nl", "whanganui-collections.nz", "fenlandfolk.org.uk",
           "carrickmaritime.org", "eastgate.ac.uk", "oldmilltextiles.org"]


def host(rng):
    return "%s.%s" % (rng.choice(HOSTS), rng.choice(DOMAINS))


def person(rng):
    return "%s %s" % (rng.choice(FIRST), rng.choice(LAST))


def username(rng):
    f = rng.choice(FIRST).lower()
    l = rng.choice(LAST).lower().replace(" ", "").replace("'", "").replace("ø", "o")
    return rng.choice([f[0] + l, f + "." + l, l + f[0], f + "_" + l[:4], "svc_" + rng.choice(["harvest", "ingest", "iiif", "backup", "sync"])])


def human_password(rng):
    """realistic human-chosen passwords (no quote, backslash, $, #, @, / or : so they
    survive every file format and URL userinfo unescaped)"""
    w = rng.choice(WORDS)
    w2 = rng.choice(WORDS)
    yr = str(rng.randint(1600, 2024))
    sym = rng.choice("!*-_.~+=")
    pat = rng.randrange(7)
    if pat == 0:
        return w.capitalize() + yr + sym
    if pat == 1:
        return w.capitalize() + sym + w2.capitalize() + str(rng.randint(10, 99))
    if pat == 2:
        return "%s-%s-%s-%d" % (w, w2, rng.choice(WORDS), rng.randint(2, 99))
    if pat == 3:
        leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return leet.capitalize() + sym + str(rng.randint(100, 9999))
    if pat == 4:
        return mixed(rng, ALNUM + "!*-_.~", rng.randint(14, 22))
    if pat == 5:
        return rng.choice(FIRST) + str(rng.randint(1, 31)) + rng.choice(["Jan", "Mar", "Jun", "Sep", "Nov"]) + yr[-2:] + sym
    return w2.upper()[:1] + w2[1:] + w.capitalize() + sym + yr[-2:]


# ---------------------------------------------------------------------------
# secret generators: each returns (secret, public_id_or_None)
# ---------------------------------------------------------------------------
def g_europeana(rng):
    return mixed(rng, ALNUM, rng.choice([9, 10, 12]), need=(LOW, DIG)), None


def g_dpla(rng):
    return hexs(rng, 32), None


def g_datagov(rng):
    return mixed(rng, ALNUM, 40), None


def g_rijks(rng):
    return mixed(rng, LOW + DIG, 8, need=(LOW, DIG)), None


def g_harvard(rng):
    return uuid4(rng), None


def g_cooper(rng):
    return hexs(rng, 32), None


def g_trove(rng):
    return mixed(rng, ALNUM, 32), None


def g_digitalnz(rng):
    return mixed(rng, ALNUM, 20), None


def g_fs_token(rng):
    if rng.random() < 0.5:
        return "USYS" + rs(rng, "0123456789ABCDEF", 32) + "_idses-prod0%d.a.fsglobal.net" % rng.randint(1, 9), None
    return "p0-" + mixed(rng, ALNUM + "_-", rng.randint(26, 34)) + "." + mixed(rng, ALNUM, 8), None


def g_fs_password(rng):
    return human_password(rng), username(rng)


def g_geni(rng):
    return mixed(rng, ALNUM, 40), str(rng.randint(100, 2999))


def g_myheritage(rng):
    return hexs(rng, 32), hexs(rng, 16)


def g_password(rng):
    return human_password(rng), username(rng)


def g_wikitree(rng):
    u = username(rng).replace("svc_", "")
    return human_password(rng), "%s@%s" % (u, rng.choice(["gmail.com", "outlook.com", "btinternet.com", "xtra.co.nz", "bigpond.com"]))


def g_ia(rng):
    return mixed(rng, ALNUM, 16), mixed(rng, ALNUM, 16)


def g_omeka_s(rng):
    return mixed(rng, ALNUM, 32), mixed(rng, ALNUM, 32)


def g_omeka_classic(rng):
    return hexs(rng, 40), None


def g_as_secret(rng):
    return rng.choice([hexs(rng, 64), mixed(rng, ALNUM, 48), b64url_nopad(rbytes(rng, 36))]), None


def g_drupal_salt(rng):
    return b64url_nopad(rbytes(rng, 55)), None


def g_cantaloupe_admin(rng):
    return rng.choice([human_password(rng), mixed(rng, ALNUM, 24)]), "admin"


def g_wm_botpw(rng):
    user = rng.choice(FIRST) + rng.choice(["Bot", "", "_GLAM"]) + "@" + rng.choice(["harvester", "commons-upload", "wd-sync", "GLAMBot", "catalogue"])
    return rs(rng, LOW + DIG, 32), user


def g_wm_oauth(rng):
    return hexs(rng, 40), hexs(rng, 32)


def g_aws(rng):
    return mixed(rng, ALNUM + "+/", 40), "AKIA" + rs(rng, UP + "234567", 16)


def g_google(rng):
    return "AIza" + mixed(rng, ALNUM + "_-", 35), None


def g_github(rng):
    body = mixed(rng, ALNUM, 30)
    return "ghp_" + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6), None


def g_azure(rng):
    return base64.b64encode(rbytes(rng, 64)).decode(), None


def g_sendgrid(rng):
    return "SG." + mixed(rng, ALNUM + "_-", 22) + "." + mixed(rng, ALNUM + "_-", 43), None


def g_mapbox_sk(rng):
    u = rng.choice(["harbourside", "kilbride-archives", "tasmanheritage", "printmuseum", "fenlandfolk"])
    a = "cl" + rs(rng, LOW + DIG, 23)
    payload = b64url_nopad(json.dumps({"u": u, "a": a}, separators=(",", ":")).encode())
    return "sk." + payload + "." + mixed(rng, ALNUM + "_-", 22), None


def g_db_password(rng):
    return rng.choice([human_password(rng), mixed(rng, ALNUM, rng.randint(16, 28))]), username(rng)


# ---------------------------------------------------------------------------
# provider / kind catalogue
#   mode: apikey  -> sent as query parameter or header to an HTTP API
#         pair    -> public id + secret half (needle = secret half)
#         password-> username + password (needle = password)
#         secret  -> server-side random secret (cookie secret, salt)
# ---------------------------------------------------------------------------
def P(**kw):
    kw.setdefault("param", None)
    kw.setdefault("header", None)
    kw.setdefault("idname", None)
    kw.setdefault("demo", [])
    kw.setdefault("weight", 1.0)
    kw.setdefault("login", None)
    return kw


PROVIDERS = [
    P(key="europeana", provider="europeana", kind="api_key", gen=g_europeana, mode="apikey",
      env="EUROPEANA_API_KEY", names=["europeana_api_key", "wskey", "europeana_key"],
      param="wskey", base="https://api.europeana.eu", path="/record/v2/search.json?query=who%3A%22Vermeer%22&rows=100&profile=rich",
      client="EuropeanaClient", service="Europeana Search/Record API", demo=["api2demo"], weight=1.4),
    P(key="dpla", provider="dpla", kind="api_key", gen=g_dpla, mode="apikey",
      env="DPLA_API_KEY", names=["dpla_api_key", "dpla_key", "api_key"], param="api_key",
      base="https://api.dp.la", path="/v2/items?q=quilt&sourceResource.type=image&page_size=500",
      client="DPLAClient", service="DPLA API", weight=1.2),
    P(key="smithsonian", provider="smithsonian", kind="api_key", gen=g_datagov, mode="apikey",
      env="SI_API_KEY", names=["si_api_key", "smithsonian_api_key", "data_gov_key"], param="api_key",
      base="https://api.si.edu", path="/openaccess/api/v1.0/search?q=online_media_type%3AImages&rows=100",
      client="OpenAccessClient", service="Smithsonian Open Access (api.data.gov)", demo=["DEMO_KEY"], weight=1.2),
    P(key="loc", provider="library_of_congress", kind="api_key", gen=g_datagov, mode="apikey",
      env="CONGRESS_GOV_API_KEY", names=["congress_api_key", "loc_api_key", "datagov_api_key"], param="api_key",
      base="https://api.congress.gov", path="/v3/bill?format=json&limit=250",
      client="CongressClient", service="Library of Congress congress.gov API (api.data.gov key)", demo=["DEMO_KEY"], weight=0.8),
    P(key="rijksmuseum", provider="rijksmuseum", kind="api_key", gen=g_rijks, mode="apikey",
      env="RIJKS_API_KEY", names=["rijksmuseum_api_key", "rijks_key", "rijksmuseum_key"], param="key",
      base="https://www.rijksmuseum.nl", path="/api/en/collection?involvedMaker=Rembrandt+van+Rijn&imgonly=True&ps=100",
      client="RijksClient", service="Rijksmuseum Collection API", weight=1.3),
    P(key="harvard", provider="harvard_art_museums", kind="api_key", gen=g_harvard, mode="apikey",
      env="HAM_API_KEY", names=["ham_api_key", "harvard_apikey", "harvard_art_museums_key"], param="apikey",
      base="https://api.harvardartmuseums.org", path="/object?classification=Prints&size=100&hasimage=1",
      client="HAMClient", service="Harvard Art Museums API", demo=["00000000-0000-0000-0000-000000000000"], weight=1.2),
    P(key="cooperhewitt", provider="cooper_hewitt", kind="access_token", gen=g_cooper, mode="apikey",
      env="CH_ACCESS_TOKEN", names=["cooperhewitt_access_token", "ch_access_token", "access_token"], param="access_token",
      base="https://api.collection.cooperhewitt.org", path="/rest/?method=cooperhewitt.search.objects&query=wallpaper&per_page=100",
      client="CooperHewittAPI", service="Cooper Hewitt collection API", weight=1.0),
    P(key="trove", provider="trove_nla", kind="api_key", gen=g_trove, mode="apikey",
      env="TROVE_API_KEY", names=["trove_api_key", "trove_key", "nla_trove_key"], param="key", header="X-API-KEY",
      base="https://api.trove.nla.gov.au", path="/v3/result?category=newspaper&q=%22gold+rush%22&n=100&encoding=json",
      client="TroveClient", service="Trove API v3 (National Library of Australia)", weight=1.2),
    P(key="digitalnz", provider="digitalnz", kind="api_key", gen=g_digitalnz, mode="apikey",
      env="DIGITALNZ_API_KEY", names=["digitalnz_api_key", "dnz_api_key", "digitalnz_key"], param="api_key", header="Authentication-Token",
      base="https://api.digitalnz.org", path="/records.json?text=waka&and[category][]=Images&per_page=100",
      client="DigitalNZ", service="DigitalNZ API", weight=1.1),
    P(key="familysearch", provider="familysearch", kind="access_token", gen=g_fs_token, mode="apikey",
      env="FS_ACCESS_TOKEN", names=["familysearch_access_token", "fs_access_token", "fs_session_id"], header="Authorization",
      base="https://api.familysearch.org", path="/platform/tree/persons/KWQ7-Y57?flag=fsh",
      client="FamilySearchSession", service="FamilySearch Family Tree API", weight=1.1),
    P(key="familysearch_pw", provider="familysearch", kind="password", gen=g_fs_password, mode="password",
      env="FS_PASSWORD", names=["familysearch_password", "fs_password", "fs_pass"], idname="username",
      base="https://ident.familysearch.org", path="/cis-web/oauth2/v3/token", login="grant",
      client="FamilySearchSession", service="FamilySearch service account", weight=0.7),
    P(key="geni", provider="geni", kind="oauth_token", gen=g_geni, mode="apikey",
      env="GENI_ACCESS_TOKEN", names=["geni_access_token", "geni_token", "geni_oauth_token"], param="access_token",
      base="https://www.geni.com", path="/api/profile-g6000000012345678901/immediate-family",
      client="GeniClient", service="Geni API", weight=0.9),
    P(key="wikitree", provider="wikitree", kind="password", gen=g_wikitree, mode="password",
      env="WIKITREE_PASSWORD", names=["wikitree_password", "wt_password", "wikitree_pass"], idname="email",
      base="https://api.wikitree.com", path="/api.php", login="form",
      client="WikiTreeSession", service="WikiTree API (clientLogin)", weight=0.9),
    P(key="myheritage", provider="myheritage", kind="oauth_client_secret", gen=g_myheritage, mode="pair",
      env="MYHERITAGE_CLIENT_SECRET", names=["myheritage_client_secret", "mh_client_secret", "familygraph_secret"], idname="client_id",
      base="https://familygraph.myheritage.com", path="/me/individuals",
      client="FamilyGraph", service="MyHeritage Family Graph API", weight=0.8),
    P(key="internetarchive", provider="internet_archive", kind="s3_secret_key", gen=g_ia, mode="pair",
      env="IA_S3_SECRET_KEY", names=["ia_secret_key", "ias3_secret_key", "archive_org_secret"], idname="access",
      base="https://s3.us.archive.org", path="/", client="ArchiveSession", service="Internet Archive IA-S3", weight=1.3),
    P(key="omeka_s", provider="omeka_s", kind="key_credential", gen=g_omeka_s, mode="pair",
      env="OMEKA_KEY_CREDENTIAL", names=["key_credential", "omeka_key_credential", "omeka_credential"], idname="key_identity",
      base="https://omeka.harbourside-museum.org", path="/api/items?per_page=50", client="OmekaS",
      service="Omeka S REST API", weight=1.4),
    P(key="omeka_classic", provider="omeka_classic", kind="api_key", gen=g_omeka_classic, mode="apikey",
      env="OMEKA_API_KEY", names=["omeka_api_key", "omeka_key", "api_key"], param="key",
      base="https://exhibits.northfieldhistory.org.uk", path="/api/items?collection=4&per_page=50",
      client="OmekaClient", service="Omeka Classic API", weight=0.8),
    P(key="archivesspace", provider="archivesspace", kind="password", gen=g_password, mode="password",
      env="ASPACE_PASSWORD", names=["aspace_password", "archivesspace_password", "as_admin_password"], idname="username",
      base="https://as-api.kilbride-archives.ie", path="/users/{user}/login", login="aspace",
      client="ASnakeClient", service="ArchivesSpace backend API", weight=1.3),
    P(key="archivesspace_secret", provider="archivesspace", kind="session_secret", gen=g_as_secret, mode="secret",
      env="ASPACE_FRONTEND_COOKIE_SECRET", names=["frontend_cookie_secret", "public_cookie_secret", "search_user_secret"],
      base="", path="", client="", service="ArchivesSpace cookie/user secrets", weight=0.6),
    P(key="collectiveaccess", provider="collectiveaccess", kind="password", gen=g_db_password, mode="password",
      env="CA_DB_PASSWORD", names=["ca_db_password", "collectiveaccess_password", "ca_service_password"], idname="user",
      base="https://ca.fenlandfolk.org.uk", path="/service.php/find/ca_objects?q=*", login="basic",
      client="CAClient", service="CollectiveAccess Providence", weight=1.0),
    P(key="fedora", provider="islandora_fedora", kind="password", gen=g_password, mode="password",
      env="FCREPO_ADMIN_PASSWORD", names=["fedora_admin_password", "fcrepo_password", "fedora_password"], idname="user",
      base="https://repo.eastgate.ac.uk", path="/fcrepo/rest/", login="basic",
      client="FedoraClient", service="Fedora repository (Islandora)", weight=1.0),
    P(key="drupal_salt", provider="islandora_fedora", kind="hash_salt", gen=g_drupal_salt, mode="secret",
      env="DRUPAL_HASH_SALT", names=["hash_salt", "drupal_hash_salt", "DRUPAL_HASH_SALT"],
      base="", path="", client="", service="Islandora Drupal hash_salt", weight=0.6),
    P(key="cantaloupe", provider="cantaloupe", kind="admin_secret", gen=g_cantaloupe_admin, mode="password",
      env="CANTALOUPE_ADMIN_SECRET", names=["cantaloupe_admin_secret", "endpoint_admin_secret", "iiif_admin_secret"], idname="user",
      base="https://iiif.harbourside-museum.org", path="/admin", login="basic",
      client="CantaloupeAdmin", service="Cantaloupe IIIF image server admin endpoint", weight=1.0),
    P(key="preservica", provider="preservica", kind="password", gen=g_password, mode="password",
      env="PRESERVICA_PASSWORD", names=["preservica_password", "preservica_pass", "px_password"], idname="username",
      base="https://eu.preservica.com", path="/api/accesstoken/login", login="form",
      client="EntityAPI", service="Preservica Entity API", weight=1.0),
    P(key="axiell", provider="axiell", kind="password", gen=g_password, mode="password",
      env="AXIELL_PASSWORD", names=["axiell_password", "adlib_password", "ciplus_password"], idname="username",
      base="https://collections.carrickmaritime.org", path="/wwwopac.ashx?database=collect&search=all&limit=50", login="basic",
      client="AxiellWebAPI", service="Axiell Collections / CollectionsIndex+ WebAPI", weight=0.9),
    P(key="wm_botpw", provider="wikimedia", kind="bot_password", gen=g_wm_botpw, mode="password",
      env="WIKI_BOT_PASSWORD", names=["bot_password", "wikidata_bot_password", "lgpassword"], idname="username",
      base="https://commons.wikimedia.org", path="/w/api.php", login="mwlogin",
      client="Site", service="Wikimedia bot password", weight=1.1),
    P(key="wm_oauth", provider="wikimedia", kind="oauth_consumer_secret", gen=g_wm_oauth, mode="pair",
      env="WM_CONSUMER_SECRET", names=["consumer_secret", "wikimedia_consumer_secret", "oauth_consumer_secret"], idname="consumer_key",
      base="https://meta.wikimedia.org", path="/w/rest.php/oauth2/access_token", client="OAuth1",
      service="Wikimedia OAuth consumer", weight=0.8),
    # common cloud / db credentials in heritage projects
    P(key="aws", provider="aws", kind="secret_access_key", gen=g_aws, mode="pair",
      env="AWS_SECRET_ACCESS_KEY", names=["aws_secret_access_key", "s3_secret_key", "aws_secret"], idname="aws_access_key_id",
      base="https://s3.eu-west-2.amazonaws.com", path="/", client="boto3", service="AWS S3 (image derivatives bucket)",
      demo=["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"], weight=1.0),
    P(key="postgres", provider="postgres", kind="db_password", gen=g_db_password, mode="password",
      env="POSTGRES_PASSWORD", names=["db_password", "postgres_password", "database_password"], idname="user",
      base="", path="", login="dsn", client="psycopg2", service="PostgreSQL", weight=1.1),
    P(key="mysql", provider="mysql", kind="db_password", gen=g_db_password, mode="password",
      env="MYSQL_PASSWORD", names=["mysql_password", "db_pass", "database_password"], idname="user",
      base="", path="", login="dsn", client="pymysql", service="MySQL/MariaDB", weight=1.0),
    P(key="google", provider="google", kind="api_key", gen=g_google, mode="apikey",
      env="GOOGLE_API_KEY", names=["google_api_key", "gcp_api_key", "vision_api_key"], param="key",
      base="https://vision.googleapis.com", path="/v1/images:annotate", client="VisionClient",
      service="Google Cloud Vision (OCR of index cards)", weight=0.7),
    P(key="github", provider="github", kind="personal_access_token", gen=g_github, mode="apikey",
      env="GITHUB_TOKEN", names=["github_token", "gh_token", "gh_pat"], header="Authorization",
      base="https://api.github.com", path="/repos/harbourside-museum/collection-data/contents/objects.csv", client="Github",
      service="GitHub (publishing open data)", weight=0.7),
    P(key="azure", provider="azure", kind="storage_account_key", gen=g_azure, mode="secret",
      env="AZURE_STORAGE_KEY", names=["azure_storage_key", "account_key", "storage_account_key"],
      base="", path="", client="BlobServiceClient", service="Azure Blob storage (masters)", weight=0.6),
    P(key="sendgrid", provider="sendgrid", kind="api_key", gen=g_sendgrid, mode="apikey",
      env="SENDGRID_API_KEY", names=["sendgrid_api_key", "sendgrid_key", "mail_api_key"], header="Authorization",
      base="https://api.sendgrid.com", path="/v3/mail/send", client="SendGridAPIClient",
      service="SendGrid (reading-room booking mails)", weight=0.5),
    P(key="mapbox", provider="mapbox", kind="secret_token", gen=g_mapbox_sk, mode="apikey",
      env="MAPBOX_SECRET_TOKEN", names=["mapbox_secret_token", "mapbox_sk", "mapbox_upload_token"], param="access_token",
      base="https://api.mapbox.com", path="/uploads/v1/harbourside/credentials", client="Uploader",
      service="Mapbox uploads (secret scope)", weight=0.5),
]
PROV = {p["key"]: p for p in PROVIDERS}

NEUTRAL = ["value", "k", "cfg_val", "src_opt", "param", "remote", "v1", "attr", "blob",
           "setting", "hk", "lookup", "conn_opt", "q_extra", "arg2", "sval", "entry", "xparam"]


def style(name, st):
    parts = [p for p in name.replace("-", "_").split("_") if p]
    if st == "snake":
        return "_".join(p.lower() for p in parts)
    if st == "scream":
        return "_".join(p.upper() for p in parts)
    if st == "camel":
        return parts[0].lower() + "".join(p.capitalize() for p in parts[1:])
    if st == "kebab":
        return "-".join(p.lower() for p in parts)
    if st == "dot":
        return ".".join(p.lower() for p in parts)
    return name


# ---------------------------------------------------------------------------
# the slot: either a literal string (secret or look-alike) or an env lookup
# ---------------------------------------------------------------------------
class Slot(object):
    def __init__(self, s=None, env=None, what="secret"):
        self.s = s
        self.env = env
        self.what = what


def lit(lang, V, q='"'):
    """render the slot as a complete expression / value for language lang"""
    if V.env:
        e = V.env
        return {
            "py": 'os.environ["%s"]' % e, "py2": 'os.getenv("%s")' % e,
            "js": "process.env.%s" % e, "ts": "process.env.%s ?? ''" % e,
            "php": "getenv('%s')" % e, "rb": 'ENV.fetch("%s")' % e, "r": 'Sys.getenv("%s")' % e,
            "sh": '"${%s}"' % e, "yaml": '"${%s}"' % e, "compose": "${%s:?set %s in .env}" % (e, e),
            "props": "${%s}" % e, "json": '"${%s}"' % e, "ini": "${%s}" % e, "toml": '"${%s}"' % e,
            "xml": "${%s}" % e, "java": 'System.getenv("%s")' % e, "go": 'os.Getenv("%s")' % e,
            "env": "${%s}" % e, "md": "$%s" % e, "make": "$(%s)" % e, "docker": "${%s}" % e,
        }.get(lang, "${%s}" % e)
    s = V.s
    if lang in ("props", "ini", "env", "xml", "md", "make", "docker", "compose", "raw"):
        return s
    if lang in ("yaml",):
        return q + s + q if q else s
    if lang in ("js", "ts") and q == "`":
        return "`" + s + "`"
    return q + s + q


def inurl(lang, V):
    """the slot as it sits inside a URL string literal; returns (text, needs_interp)"""
    if V.env:
        e = V.env
        if lang == "py":
            return "{os.environ['%s']}" % e, True
        if lang in ("js", "ts"):
            return "${process.env.%s}" % e, True
        if lang == "r":
            return '", Sys.getenv("%s"), "' % e, True
        if lang == "php":
            return "' . getenv('%s') . '" % e, True
        if lang == "rb":
            return '#{ENV["%s"]}' % e, True
        return "${%s}" % e, False
    return V.s, False


def urlstr(lang, url_before, V, url_after):
    piece, interp = inurl(lang, V)
    body = url_before + piece + url_after
    if lang == "py":
        return ('f"%s"' if interp else '"%s"') % body
    if lang in ("js", "ts"):
        return ("`%s`" if interp else '"%s"') % body
    if lang == "r":
        return ('paste0("%s")' if interp else '"%s"') % body
    if lang == "php":
        return "'%s'" % body
    if lang == "rb":
        return '"%s"' % body
    if lang == "sh":
        return '"%s"' % body
    return body


# ---------------------------------------------------------------------------
# negative slot values
# ---------------------------------------------------------------------------
SECRET_MANAGER = [
    "vault:secret/data/collections/{k}#value",
    "arn:aws:secretsmanager:eu-west-2:{acct}:secret:prod/{k}-{sfx}",
    "op://Collections/{k}/credential",
    "projects/heritage-prod-{n}/secrets/{k}/versions/latest",
    "sm://{k}",
    "azurekv://kv-collections-prod/secrets/{k}",
    "ssm:/heritage/{k}",
]


def neg_slot(rng, Pr, prefer=None):
    """a look-alike that is not a credential; returns Slot with .what describing it"""
    cats = ["placeholder", "env", "masked", "redacted", "empty", "secret_manager", "template_var"]
    if Pr["demo"]:
        cats += ["documented_example"] * 2
    c = prefer or rng.choice(cats)
    keyname = Pr["key"].replace("_", "-")
    up = Pr["env"]
    if c == "env":
        return Slot(env=up, what="env_reference")
    if c == "placeholder":
        if Pr["mode"] == "password":
            opts = ["<password>", "CHANGE_ME", "your-password-here", "<%s>" % Pr["names"][0].upper(),
                    "changeme", "PASSWORD_GOES_HERE", "<insert password>", "xxxxxxxx"]
        else:
            opts = ["<YOUR_API_KEY>", "your-%s-key-here" % keyname, "YOUR_%s" % up, "REPLACE_ME",
                    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<%s>" % Pr["names"][0], "INSERT_KEY_HERE",
                    "TODO-request-a-key", "0" * 32]
        return Slot(s=rng.choice(opts), what="placeholder")
    if c == "masked":
        n = rng.randint(8, 24)
        opts = ["*" * n, "\u2022" * n, "xxxx-xxxx-xxxx", "****" + rs(rng, DIG, 4), "<hidden>", "********"]
        return Slot(s=rng.choice(opts), what="masked")
    if c == "redacted":
        return Slot(s=rng.choice(["[REDACTED]", "<redacted>", "***REMOVED***", "[FILTERED]", "REDACTED", "[secret removed]"]), what="redacted")
    if c == "empty":
        return Slot(s="", what="empty")
    if c == "secret_manager":
        t = rng.choice(SECRET_MANAGER)
        return Slot(s=t.format(k=keyname + "-" + rng.choice(["key", "secret", "credential"]),
                               acct=rs(rng, DIG, 12), sfx=rs(rng, ALNUM, 6), n=rng.randint(1, 9)),
                    what="secret_manager_reference")
    if c == "template_var":
        v = Pr["names"][0].lower()
        return Slot(s=rng.choice(["{{ %s }}" % v, "{{%s}}" % v, "%%(%s)s" % v, "@@%s@@" % v.upper(), "#{%s}" % v]), what="template_variable")
    if c == "documented_example":
        return Slot(s=rng.choice(Pr["demo"]), what="documented_example")
    raise ValueError(c)


# ---------------------------------------------------------------------------
# harmless filler
# ---------------------------------------------------------------------------
OAI_SETS = ["photographs", "maps", "letters", "parish_registers", "oral_histories", "ephemera",
            "textiles", "ship_plans", "glass_plates", "postcards"]
PREFIXES = ["oai_dc", "mods", "ead", "marc21", "edm", "lido"]


def accession(rng):
    y = rng.randint(1890, 2023)
    return rng.choice(["%d.%d" % (y, rng.randint(1, 400)), "%d.%d.%d" % (y, rng.randint(1, 90), rng.randint(1, 30)),
                       "%s.%d-%d" % (rng.choice(["T", "E", "M", "CIRC", "P"]), rng.randint(1, 900), y),
                       "%s-%d-%04d" % (rng.choice(["HM", "KCA", "NHS", "OMT"]), y, rng.randint(1, 9999))])


def ark(rng):
    return "ark:/%d/%s" % (rng.choice([13030, 12148, 81055, 65665, 99166]), rs(rng, "bcdfghjkmnpqrstvwxz" + DIG, 10))


def handle(rng):
    return "%d.%d/%s" % (rng.choice([10, 11, 20]), rng.randint(100, 99999), rs(rng, LOW + DIG, rng.randint(5, 9)))


def doi(rng):
    return "10.%d/%s" % (rng.randint(1000, 99999), rng.choice(["zenodo.", "heritage.", "ch.", ""]) + str(rng.randint(100000, 9999999)))


def fs_pid(rng):
    a = "BCDFGHJKLMNPQRSTVWXYZ" + DIG
    return rs(rng, a, 4) + "-" + rs(rng, a, 3)


def qid(rng):
    return "Q%d" % rng.randint(100, 120000000)


def iso_date(rng):
    return "%04d-%02d-%02d" % (rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28))


def header_comment(rng, cm, what):
    org = rng.choice(ORGS)
    lines = [cm + " " + rng.choice([what, what + " for " + org, org + ": " + what]),
             cm + " " + rng.choice(["Maintainer: " + person(rng), "Owner: digital collections team",
                                     "Last reviewed " + iso_date(rng), "See docs/harvesting.md",
                                     "Ticket DIG-%d" % rng.randint(100, 2999)])]
    return lines[:rng.randint(1, 2)]


# ---------------------------------------------------------------------------
# template context
# ---------------------------------------------------------------------------
class Ctx(object):
    pass


def settings(C, st):
    """ordered (name, rendered-by-caller value, kind) triples: kind in slot/pub/str/num"""
    rng, Pr = C.rng, C.P
    items = []
    if Pr["base"] and rng.random() < 0.8:
        items.append((style(rng.choice(["base_url", "endpoint", "api_url", "api_base"]), st), Pr["base"], "str"))
    if Pr["mode"] in ("pair", "password"):
        items.append((style(C.idname, st), C.PUB, "pub"))
    items.append((style(C.name, st), C.V, "slot"))
    fill = [("timeout", str(rng.choice([10, 15, 30, 60, 120])), "num"),
            ("page_size", str(rng.choice([50, 100, 200, 500])), "num"),
            ("oai_set", rng.choice(OAI_SETS), "str"),
            ("metadata_prefix", rng.choice(PREFIXES), "str"),
            ("output_dir", rng.choice(["data/raw", "harvest/out", "/srv/harvest", "var/cache/records"]), "str"),
            ("user_agent", "%s-harvester/%d.%d (+https://%s)" % (Pr["provider"].split("_")[0], rng.randint(0, 3), rng.randint(0, 12), rng.choice(DOMAINS)), "str"),
            ("retries", str(rng.randint(2, 6)), "num"),
            ("rate_limit_per_sec", str(rng.choice([1, 2, 5, 10])), "num")]
    rng.shuffle(fill)
    k = rng.randint(1, 4)
    pos = rng.randint(0, len(items))
    for f in fill[:k]:
        items.insert(pos, (style(f[0], st), f[1], f[2]))
        pos = rng.randint(0, len(items))
    return items


def kv_val(lang, item, q='"'):
    name, val, kind = item
    if kind in ("slot", "pub"):
        return lit(lang, val, q)
    if kind == "num":
        return val
    if lang in ("props", "ini", "env", "make", "docker", "compose", "raw"):
        return val
    return q + val + q


# ------------------------------- generic KV --------------------------------
def t_dotenv(C):
    rng = C.rng
    path = rng.choice([".env", ".env.production", "config/.env.local", "deploy/.env", "harvester/.env", ".env.staging"])
    lines = header_comment(rng, "#", rng.choice(["Environment for the harvest worker", "Local settings - do not commit", "Runtime config"]))
    lines.append("APP_ENV=%s" % rng.choice(["production", "staging", "dev"]))
    q = rng.choice(["", "", '"', "'"])
    for it in settings(C, "scream"):
        v = kv_val("env", it)
        if it[2] in ("slot", "pub", "str") and q and not (it[2] in ("slot", "pub") and getattr(it[1], "env", None)):
            v = q + v + q
        lines.append("%s=%s" % (it[0], v))
    lines += ["LOG_LEVEL=%s" % rng.choice(["info", "debug", "warning"]),
              "SENTRY_ENVIRONMENT=%s" % rng.choice(["prod", "staging"]) if rng.random() < 0.5 else "TZ=Europe/London"]
    return path, "\n".join(lines) + "\n", "env"


def t_yaml_config(C):
    rng = C.rng
    path = rng.choice(["config/harvest.yml", "config/sources.yaml", "harvester/config.yml", "settings.yaml", "config/settings.yml", "etc/aggregator.yml"])
    sect = C.P["provider"].split("_")[0]
    lines = header_comment(rng, "#", "Harvest sources")
    lines += ["version: %d" % rng.randint(1, 3), "sources:", "  %s:" % sect, "    enabled: true"]
    q = rng.choice(['"', "'", ""])
    for it in settings(C, "snake"):
        lines.append("    %s: %s" % (it[0], kv_val("yaml", it, q)))
    lines += ["    schedule: \"%d %d * * %d\"" % (rng.randint(0, 59), rng.randint(0, 23), rng.randint(0, 6)),
              "  local_omeka:", "    enabled: %s" % rng.choice(["false", "true"]),
              "    endpoint: https://%s/api" % host(rng), "output:",
              "  format: %s" % rng.choice(["jsonl", "csv", "parquet"]), "  path: data/%s" % rng.choice(OAI_SETS)]
    return path, "\n".join(lines) + "\n", "yaml"


def t_json_config(C):
    rng = C.rng
    path = rng.choice(["config/sources.json", "config.json", "harvester/settings.json", "app/config/default.json", "conf/aggregator.json"])
    d = {"name": rng.choice(["collections-aggregator", "oai-harvester", "heritage-sync", "iiif-indexer"]), "version": "%d.%d.%d" % (rng.randint(0, 3), rng.randint(0, 20), rng.randint(0, 9))}
    sub = {}
    for it in settings(C, rng.choice(["camel", "snake"])):
        if it[2] in ("slot", "pub"):
            sub[it[0]] = ("${%s}" % it[1].env) if it[1].env else it[1].s
        elif it[2] == "num":
            sub[it[0]] = int(it[1])
        else:
            sub[it[0]] = it[1]
    d[C.P["provider"].split("_")[0]] = sub
    d["iiif"] = {"imageService": "https://%s/iiif/3" % host(rng), "maxWidth": rng.choice([1200, 2000, 4000])}
    d["logging"] = {"level": rng.choice(["info", "debug"])}
    return path, json.dumps(d, indent=rng.choice([2, 4]), ensure_ascii=False) + "\n", "json"


def t_properties(C):
    rng = C.rng
    path = rng.choice(["src/main/resources/application.properties", "src/main/resources/application-prod.properties", "conf/harvester.properties", "config/app.properties"])
    lines = header_comment(rng, "#", "Spring Boot configuration")
    lines += ["spring.application.name=%s" % rng.choice(["collections-api", "catalogue-sync", "iiif-bridge"]),
              "server.port=%d" % rng.choice([8080, 8081, 9090])]
    pre = "heritage." + C.P["provider"].split("_")[0]
    for it in settings(C, "kebab"):
        lines.append("%s.%s=%s" % (pre, it[0], kv_val("props", it)))
    lines += ["management.endpoints.web.exposure.include=health,info", "logging.level.org.springframework.web=%s" % rng.choice(["INFO", "WARN"])]
    return path, "\n".join(lines) + "\n", "properties"


def t_ini(C):
    rng = C.rng
    path = rng.choice(["harvester.cfg", "config/harvest.ini", "settings.ini", "etc/sync.conf", "tools/oai/config.ini"])
    lines = header_comment(rng, ";" if rng.random() < 0.4 else "#", "Harvester configuration")
    lines += ["[general]", "log_file = logs/harvest.log", "dry_run = %s" % rng.choice(["false", "no"]), "",
              "[%s]" % C.P["provider"]]
    sep = rng.choice([" = ", "=", ": "])
    for it in settings(C, "snake"):
        lines.append("%s%s%s" % (it[0], sep, kv_val("ini", it)))
    lines += ["", "[output]", "directory = %s" % rng.choice(["./out", "/data/harvest"]), "format = %s" % rng.choice(["jsonl", "xml"])]
    return path, "\n".join(lines) + "\n", "ini"


def t_toml(C):
    rng = C.rng
    path = rng.choice(["config/settings.toml", "harvest.toml", "config.toml", ".harvester.toml"])
    lines = header_comment(rng, "#", "settings")
    lines += ["title = \"%s\"" % rng.choice(ORGS), "", "[%s]" % C.P["provider"]]
    for it in settings(C, "snake"):
        lines.append("%s = %s" % (it[0], kv_val("toml", it)))
    lines += ["", "[storage]", "root = \"%s\"" % rng.choice(["/srv/dams", "data"]), "keep_originals = true"]
    return path, "\n".join(lines) + "\n", "toml"


def t_compose(C):
    rng = C.rng
    path = rng.choice(["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"])
    svc = rng.choice(["harvester", "worker", "indexer", "sync", "importer"])
    lines = ["services:", "  %s:" % svc, "    image: ghcr.io/%s/%s:%s" % (rng.choice(["harbourside", "kilbride-archives", "tasmanheritage"]), svc, rng.choice(["latest", "1.4.2", "2024.03"])),
             "    restart: unless-stopped", "    environment:"]
    asmap = rng.random() < 0.5
    for it in settings(C, "scream"):
        v = kv_val("compose", it)
        if asmap:
            if it[2] in ("slot", "pub") and not it[1].env:
                v = '"%s"' % v
            lines.append("      %s: %s" % (it[0], v))
        else:
            lines.append("      - %s=%s" % (it[0], v))
    lines += ["    volumes:", "      - ./data:/data", "    depends_on:", "      - solr",
              "  solr:", "    image: solr:%d" % rng.choice([8, 9]), "    ports:", "      - \"8983:8983\"",
              "    volumes:", "      - solr_data:/var/solr", "volumes:", "  solr_data:"]
    return path, "\n".join(lines) + "\n", "docker-compose"


def t_gh_workflow(C):
    rng = C.rng
    path = ".github/workflows/%s.yml" % rng.choice(["harvest", "nightly-sync", "deploy", "publish-data", "update-records"])
    lines = ["name: %s" % rng.choice(["Nightly harvest", "Sync collection data", "Publish open data"]),
             "on:", "  schedule:", "    - cron: \"%d %d * * *\"" % (rng.randint(0, 59), rng.randint(0, 23)),
             "  workflow_dispatch:", "jobs:", "  harvest:", "    runs-on: ubuntu-latest", "    env:"]
    for it in settings(C, "scream"):
        if it[2] in ("slot", "pub") and it[1].env:
            v = "${{ secrets.%s }}" % it[1].env
        else:
            v = kv_val("yaml", it, rng.choice(['"', "'", ""])) if it[2] in ("slot", "pub") else it[1]
        lines.append("      %s: %s" % (it[0], v))
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5",
              "        with:", "          python-version: \"3.%d\"" % rng.choice([10, 11, 12]),
              "      - run: pip install -r requirements.txt", "      - run: python -m harvester.run --since yesterday"]
    return path, "\n".join(lines) + "\n", "github-workflow"


def t_k8s(C):
    rng = C.rng
    path = rng.choice(["k8s/secret.yaml", "deploy/k8s/harvester-secret.yml", "helm/values-prod.yaml", "manifests/configmap.yaml"])
    kind = "Secret" if "secret" in path else "ConfigMap"
    lines = ["apiVersion: v1", "kind: %s" % kind, "metadata:", "  name: %s-config" % C.P["provider"].replace("_", "-"),
             "  namespace: %s" % rng.choice(["collections", "heritage", "dams"]), "  labels:", "    app: harvester"]
    if kind == "Secret":
        lines += ["type: Opaque", "stringData:"]
    else:
        lines += ["data:"]
    for it in settings(C, "scream"):
        v = kv_val("yaml", it, '"') if it[2] != "num" else '"%s"' % it[1]
        if it[2] == "str":
            v = '"%s"' % it[1]
        lines.append("  %s: %s" % (it[0], v))
    return path, "\n".join(lines) + "\n", "kubernetes"


def t_ansible(C):
    rng = C.rng
    path = rng.choice(["ansible/group_vars/all.yml", "ansible/group_vars/harvesters.yml", "ansible/host_vars/dams01.yml", "roles/harvester/defaults/main.yml"])
    pre = C.P["provider"].split("_")[0] + "_"
    lines = ["---", "# %s" % rng.choice(["Variables for the harvester role", "Collections server vars"]),
             "harvester_user: %s" % rng.choice(["harvest", "dams", "www-data"]),
             "harvester_home: /opt/harvester"]
    for it in settings(C, "snake"):
        nm = it[0] if it[0].startswith(pre) else pre + it[0]
        if it[2] in ("slot", "pub") and it[1].env:
            v = "\"{{ lookup('env', '%s') }}\"" % it[1].env
        else:
            v = kv_val("yaml", it, rng.choice(['"', "'"]))
        lines.append("%s: %s" % (nm, v))
    lines += ["cron_hour: %d" % rng.randint(0, 6), "solr_core: %s" % rng.choice(["collections", "archives", "blacklight-core"])]
    return path, "\n".join(lines) + "\n", "yaml"


def t_dockerfile(C):
    rng = C.rng
    path = rng.choice(["Dockerfile", "docker/harvester/Dockerfile", "Dockerfile.worker"])
    lines = ["FROM python:3.%d-slim" % rng.choice([10, 11, 12]), "WORKDIR /app",
             "RUN apt-get update && apt-get install -y --no-install-recommends libxml2 libxslt1.1 && rm -rf /var/lib/apt/lists/*",
             "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", "COPY . ."]
    for it in settings(C, "scream"):
        v = kv_val("docker", it)
        if it[2] == "str" or (it[2] in ("slot", "pub") and rng.random() < 0.5):
            v = '"%s"' % v
        lines.append("ENV %s=%s" % (it[0], v))
    lines += ["USER 1000", 'CMD ["python", "-m", "harvester", "--all"]']
    return path, "\n".join(lines) + "\n", "dockerfile"


def t_makefile(C):
    rng = C.rng
    path = rng.choice(["Makefile", "harvest/Makefile"])
    lines = ["# %s" % rng.choice(["make harvest  - pull records", "Build targets for the open data release"]),
             "PYTHON ?= python3", "OUT := data/$(shell date +%Y%m%d)"]
    its = settings(C, "scream")
    for it in its:
        lines.append("%s %s %s" % (it[0], rng.choice(["?=", ":=", "="]), kv_val("make", it)))
    slotname = [it[0] for it in its if it[2] == "slot"][0]
    lines += ["", ".PHONY: harvest clean", "harvest:", "\t$(PYTHON) -m harvester --key \"$(%s)\" --out $(OUT)" % slotname, "", "clean:", "\trm -rf data/tmp"]
    return path, "\n".join(lines) + "\n", "makefile"


def t_xml_config(C):
    rng = C.rng
    path = rng.choice(["config/harvest-job.xml", "conf/sources.xml", "src/main/resources/harvester-config.xml"])
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<!-- %s -->" % rng.choice(["OAI-PMH / REST harvest job definition", "Aggregator source configuration"]),
             '<harvestJob id="%s" schedule="0 %d * * *">' % (C.P["provider"], rng.randint(0, 23)),
             "  <source type=\"%s\">" % rng.choice(["rest", "oai-pmh"])]
    for it in settings(C, "camel"):
        lines.append("    <%s>%s</%s>" % (it[0], kv_val("xml", it), it[0]))
    lines += ["  </source>", "  <target>", "    <solr core=\"%s\"/>" % rng.choice(["collections", "aggregated"]),
              "    <mapping xslt=\"xsl/%s2solr.xsl\"/>" % rng.choice(PREFIXES), "  </target>", "</harvestJob>"]
    return path, "\n".join(lines) + "\n", "xml"


def t_shell_export(C):
    rng = C.rng
    path = rng.choice(["scripts/env.sh", "bin/setenv.sh", "deploy/profile.sh", "scripts/run_harvest.sh"])
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "# %s" % rng.choice(["source this before running the harvester", "cron wrapper"])]
    for it in settings(C, "scream"):
        v = kv_val("sh", it, "'" if rng.random() < 0.5 else '"') if it[2] in ("slot", "pub") else ('"%s"' % it[1] if it[2] == "str" else it[1])
        lines.append("export %s=%s" % (it[0], v))
    lines += ["cd \"$(dirname \"$0\")/..\"", "exec python3 -m harvester run --incremental \"$@\""]
    return path, "\n".join(lines) + "\n", "shell"


# ------------------------------ code configs -------------------------------
def t_py_settings(C):
    rng = C.rng
    path = rng.choice(["config/settings.py", "harvester/settings.py", "app/config.py", "settings/production.py", "local_settings.py"])
    lines = ['"""%s"""' % rng.choice(["Settings for the collections harvester.", "Production settings.", "Local overrides."]), "import os", "from pathlib import Path", "",
             "BASE_DIR = Path(__file__).resolve().parent.parent", "DEBUG = %s" % rng.choice(["False", "os.getenv('DEBUG') == '1'"])]
    for it in settings(C, "scream"):
        v = kv_val("py" if rng.random() < 0.7 else "py2", it, rng.choice(['"', "'"]))
        lines.append("%s = %s" % (it[0], v))
    lines += ["", "SOLR_URL = os.getenv(\"SOLR_URL\", \"http://localhost:8983/solr/collections\")",
              "IIIF_IMAGE_BASE = \"https://%s/iiif/2\"" % host(rng), "ALLOWED_RIGHTS = [", "    \"http://rightsstatements.org/vocab/NoC-US/1.0/\",",
              "    \"http://creativecommons.org/publicdomain/mark/1.0/\",", "]"]
    return path, "\n".join(lines) + "\n", "python"


def t_js_config(C):
    rng = C.rng
    path = rng.choice(["config/index.js", "src/config.js", "harvest.config.js", "config/production.js"])
    esm = rng.random() < 0.5
    lines = ["// %s" % rng.choice(["runtime configuration", "harvester config", "keep in sync with config/schema.json"]), "'use strict';" if not esm else ""]
    lines.append("export default {" if esm else "module.exports = {")
    for it in settings(C, "camel"):
        lines.append("  %s: %s," % (it[0], kv_val("js", it, rng.choice(["'", '"']))))
    lines += ["  iiif: {", "    imageApi: 'https://%s/iiif/3'," % host(rng), "    thumbnailWidth: %d," % rng.choice([200, 400]), "  },",
              "  solr: { core: '%s', host: process.env.SOLR_HOST || 'localhost' }," % rng.choice(["collections", "archives"]), "};"]
    return path, "\n".join(l for l in lines if l != "") + "\n", "javascript"


def t_ts_config(C):
    rng = C.rng
    path = rng.choice(["src/config.ts", "src/lib/apiConfig.ts", "app/services/config.ts"])
    lines = ["import type { HarvestConfig } from './types';", "", "// %s" % rng.choice(["defaults for the aggregator", "used by the importer CLI"]),
             "export const %sConfig: HarvestConfig = {" % style(C.P["provider"], "camel")]
    for it in settings(C, "camel"):
        lines.append("  %s: %s," % (it[0], kv_val("ts", it, rng.choice(["'", '"']))))
    lines += ["  concurrency: %d," % rng.randint(1, 8), "};", "", "export default %sConfig;" % style(C.P["provider"], "camel")]
    return path, "\n".join(lines) + "\n", "typescript"


def t_php_config(C):
    rng = C.rng
    path = rng.choice(["config/local.config.php", "config/harvest.php", "inc/config.php", "wp-content/plugins/collection-feed/config.php"])
    lines = ["<?php", "// %s" % rng.choice(["Harvester settings", "Collection feed configuration"]), "return ["]
    for it in settings(C, "snake"):
        lines.append("    '%s' => %s," % (it[0], kv_val("php", it, "'")))
    lines += ["    'cache' => [", "        'adapter' => 'filesystem',", "        'ttl' => %d," % rng.choice([300, 3600, 86400]), "    ],", "];"]
    return path, "\n".join(lines) + "\n", "php"


def t_rb_init(C):
    rng = C.rng
    path = rng.choice(["config/initializers/%s.rb" % C.P["provider"], "lib/harvest/config.rb", "config/harvest.rb"])
    mod = style(C.P["provider"], "camel")
    mod = mod[0].upper() + mod[1:]
    lines = ["# frozen_string_literal: true", "", "%s.configure do |config|" % mod]
    for it in settings(C, "snake"):
        lines.append("  config.%s = %s" % (it[0], kv_val("rb", it, rng.choice(["'", '"']))))
    lines += ["  config.logger = Rails.logger", "end"]
    return path, "\n".join(lines) + "\n", "ruby"


def t_renviron(C):
    rng = C.rng
    path = rng.choice([".Renviron", "analysis/.Renviron", "R/.Renviron"])
    lines = ["# %s" % rng.choice(["R session environment for the collections analysis", "used by harvest.R"]),
             "R_LIBS_USER=~/R/library", "LANG=en_GB.UTF-8"]
    for it in settings(C, "scream"):
        v = kv_val("env", it)
        lines.append("%s=%s" % (it[0], v if it[2] != "str" else '"%s"' % v))
    lines.append("OUTPUT_DIR=~/projects/%s/output" % rng.choice(["acquisitions", "loans-report", "collection-dashboard"]))
    return path, "\n".join(lines) + "\n", "renviron"


def t_java_const(C):
    rng = C.rng
    cls = rng.choice(["HarvestConfig", "ApiSettings", "CollectionsClientConfig"])
    path = "src/main/java/org/%s/harvest/%s.java" % (rng.choice(["harbourside", "kilbride", "tasmanheritage"]), cls)
    lines = ["package org.heritage.harvest;", "", "/** %s */" % rng.choice(["Static configuration for the harvester.", "API settings."]),
             "public final class %s {" % cls, "    private %s() {}" % cls, ""]
    for it in settings(C, "scream"):
        if it[2] == "num":
            lines.append("    public static final int %s = %s;" % (it[0], it[1]))
        else:
            lines.append("    public static final String %s = %s;" % (it[0], kv_val("java", it)))
    lines += ["}"]
    return path, "\n".join(lines) + "\n", "java"


def t_go_const(C):
    rng = C.rng
    path = rng.choice(["internal/config/config.go", "cmd/harvest/config.go", "pkg/sources/%s.go" % C.P["provider"]])
    lines = ["package config", "", "import (", "\t\"os\"", "\t\"time\"", ")", "", "var ("]
    for it in settings(C, "camel"):
        if it[2] == "num":
            lines.append("\t%s = %s" % (it[0], it[1]))
        else:
            lines.append("\t%s = %s" % (it[0], kv_val("go", it)))
    lines += ["\tHTTPTimeout = 30 * time.Second", ")", "", "func SolrURL() string {", "\tif v := os.Getenv(\"SOLR_URL\"); v != \"\" {", "\t\treturn v", "\t}",
              "\treturn \"http://localhost:8983/solr/collections\"", "}"]
    return path, "\n".join(lines) + "\n", "go"


# ------------------------------ HTTP API usage -----------------------------
def auth_hdr(Pr):
    h = Pr["header"]
    if h == "Authorization":
        return "Authorization", ("token " if Pr["key"] == "github" and False else "Bearer ")
    return h, ""


def use_header(C):
    Pr = C.P
    if Pr["header"] and not Pr["param"]:
        return True
    if Pr["header"] and Pr["param"]:
        return C.rng.random() < 0.5
    return False


def full_url(Pr):
    return Pr["base"] + Pr["path"]


def qjoin(url):
    return "&" if "?" in url else "?"


def t_py_requests(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["harvest/%s.py" % Pr["provider"], "scripts/fetch_%s.py" % Pr["provider"], "harvester/sources/%s.py" % Pr["key"], "tools/%s_harvest.py" % Pr["provider"].split("_")[0]])
    nm = style(C.name, "scream")
    hdr = use_header(C)
    lines = ['"""Harvest records from the %s and write JSON lines."""' % Pr["service"], "import json", "import os", "import time", "", "import requests", "",
             "BASE_URL = \"%s\"" % Pr["base"], "%s = %s" % (nm, lit("py", C.V, rng.choice(['"', "'"]))),
             "OUT = os.path.join(\"data\", \"%s.jsonl\")" % Pr["key"], "", "", "def fetch(page=1):"]
    p = Pr["path"].split("?")[0]
    if hdr:
        hn, pre = auth_hdr(Pr)
        lines.append("    headers = {\"%s\": %s, \"Accept\": \"application/json\"}" % (hn, ('f"%s{%s}"' % (pre, nm)) if pre else nm))
        lines.append("    r = requests.get(BASE_URL + \"%s\", headers=headers, params={\"page\": page}, timeout=%d)" % (p, rng.choice([20, 30, 60])))
    else:
        lines.append("    params = {\"%s\": %s, \"page\": page, \"rows\": %d}" % (Pr["param"], nm, rng.choice([50, 100])))
        lines.append("    r = requests.get(BASE_URL + \"%s\", params=params, timeout=%d)" % (p, rng.choice([20, 30, 60])))
    lines += ["    r.raise_for_status()", "    return r.json()", "", "", "def main():", "    with open(OUT, \"w\", encoding=\"utf-8\") as fh:",
              "        for page in range(1, %d):" % rng.randint(5, 200), "            data = fetch(page)",
              "            items = data.get(\"%s\") or []" % rng.choice(["items", "records", "artObjects", "docs", "objects"]),
              "            if not items:", "                break", "            for item in items:", "                fh.write(json.dumps(item, ensure_ascii=False) + \"\\n\")",
              "            time.sleep(%s)" % rng.choice(["0.5", "1", "0.2"]), "", "", "if __name__ == \"__main__\":", "    main()"]
    return path, "\n".join(lines) + "\n", "python"


def t_py_url_inline(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["notebooks/quick_query.py", "scripts/oai_probe.py", "harvest/probe_%s.py" % Pr["key"], "sandbox/try_api.py"])
    lines = ["# %s" % rng.choice(["quick probe of the %s" % Pr["service"], "one-off export for the exhibition team"]), "import csv", "import urllib.request", "import json", ""]
    url = full_url(Pr)
    if Pr["param"]:
        lines.append("URL = %s" % urlstr("py", url + qjoin(url) + Pr["param"] + "=", C.V, ""))
        lines.append("with urllib.request.urlopen(URL, timeout=30) as resp:")
    else:
        hn, pre = auth_hdr(Pr)
        lines.append("req = urllib.request.Request(\"%s\", headers={\"%s\": %s})" % (url, hn, urlstr("py", pre, C.V, "")))
        lines.append("with urllib.request.urlopen(req, timeout=30) as resp:")
    lines += ["    payload = json.load(resp)", "", "rows = payload.get(\"%s\", [])" % rng.choice(["items", "records", "objects"]),
              "with open(\"%s.csv\", \"w\", newline=\"\") as fh:" % rng.choice(["export", "objects", "shortlist"]),
              "    w = csv.writer(fh)", "    w.writerow([\"id\", \"title\", \"date\"])", "    for r in rows:",
              "        w.writerow([r.get(\"id\"), r.get(\"title\"), r.get(\"date\")])", "print(len(rows), \"rows\")"]
    return path, "\n".join(lines) + "\n", "python"


def t_py_positional(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["scripts/build_index.py", "jobs/nightly.py", "harvest/run_%s.py" % Pr["key"], "app/tasks.py"])
    cls = Pr["client"] or "Client"
    lines = ["import logging", "", "from heritage_clients import %s" % cls, "from indexer import SolrIndexer", "",
             "log = logging.getLogger(__name__)", "", "", "def run():"]
    if Pr["mode"] in ("pair", "password"):
        lines.append("    client = %s(%s, %s, timeout=%d)" % (cls, lit("py", C.PUB, "'"), lit("py", C.V, "'"), rng.choice([30, 60])))
    else:
        lines.append("    client = %s(%s, timeout=%d)" % (cls, lit("py", C.V, rng.choice(["'", '"'])), rng.choice([30, 60])))
    lines += ["    idx = SolrIndexer(\"http://localhost:8983/solr/%s\")" % rng.choice(["collections", "aggregated"]),
              "    for n, rec in enumerate(client.iter_records(%s=\"%s\")):" % (rng.choice(["query", "set_spec", "q"]), rng.choice(OAI_SETS)),
              "        idx.add(rec)", "        if n %% %d == 0:" % rng.choice([100, 500]), "            log.info(\"indexed %d\", n)", "    idx.commit()", "",
              "", "if __name__ == \"__main__\":", "    logging.basicConfig(level=logging.INFO)", "    run()"]
    return path, "\n".join(lines) + "\n", "python"


def t_node_fetch(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["scripts/harvest.mjs", "src/harvest/%s.js" % Pr["provider"], "tools/fetch-%s.js" % Pr["key"].replace("_", "-"), "index.js"])
    nm = style(C.name, rng.choice(["camel", "scream"]))
    hdr = use_header(C)
    lines = ["// %s" % rng.choice(["pull records and write ndjson", "nightly export for the kiosk app"]), "import fs from 'node:fs';", "",
             "const BASE = '%s';" % Pr["base"], "const %s = %s;" % (nm, lit("js", C.V, rng.choice(["'", '"']))), "",
             "async function page(n) {"]
    p = Pr["path"].split("?")[0]
    if hdr:
        hn, pre = auth_hdr(Pr)
        lines += ["  const res = await fetch(`${BASE}%s?page=${n}`, {" % p, "    headers: { '%s': %s, Accept: 'application/json' }," % (hn, ("`%s${%s}`" % (pre, nm)) if pre else nm), "  });"]
    else:
        lines += ["  const url = new URL(BASE + '%s');" % p, "  url.searchParams.set('%s', %s);" % (Pr["param"], nm), "  url.searchParams.set('page', String(n));",
                  "  const res = await fetch(url);"]
    lines += ["  if (!res.ok) throw new Error(`HTTP ${res.status}`);", "  return res.json();", "}", "",
              "const out = fs.createWriteStream('data/%s.ndjson');" % Pr["key"], "for (let n = 1; n <= %d; n++) {" % rng.randint(5, 50),
              "  const body = await page(n);", "  for (const rec of body.%s ?? []) out.write(JSON.stringify(rec) + '\\n');" % rng.choice(["items", "records", "results"]), "}", "out.end();"]
    return path, "\n".join(lines) + "\n", "javascript"


def t_r_httr(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["analysis/harvest.R", "R/fetch_%s.R" % Pr["provider"], "scripts/collection_stats.R"])
    nm = style(C.name, rng.choice(["snake", "dot"]))
    hdr = use_header(C)
    lines = ["# %s" % rng.choice(["Pull object records for the acquisitions analysis", "Harvest for the dashboard"]), "library(httr)", "library(jsonlite)", "library(dplyr)", "",
             "%s <- %s" % (nm, lit("r", C.V, '"')), "base_url <- \"%s%s\"" % (Pr["base"], Pr["path"].split("?")[0]), ""]
    if hdr:
        hn, pre = auth_hdr(Pr)
        lines.append("resp <- GET(base_url, add_headers(`%s` = paste0(\"%s\", %s)), query = list(page = 1))" % (hn, pre, nm))
    else:
        lines.append("resp <- GET(base_url, query = list(%s = %s, rows = %d))" % (Pr["param"], nm, rng.choice([100, 500])))
    lines += ["stop_for_status(resp)", "dat <- fromJSON(content(resp, as = \"text\", encoding = \"UTF-8\"), flatten = TRUE)",
              "items <- as_tibble(dat$%s)" % rng.choice(["items", "records", "artObjects"]),
              "items %%>%% count(%s, sort = TRUE) %%>%% head(20)" % rng.choice(["type", "dataProvider", "century"]),
              "write.csv(items, \"output/%s.csv\", row.names = FALSE)" % Pr["key"]]
    return path, "\n".join(lines) + "\n", "r"


def notebook(cells):
    nb = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                    "language_info": {"name": "python", "version": "3.11.4"}}, "nbformat": 4, "nbformat_minor": 5}
    for i, (ct, src) in enumerate(cells):
        lines = src.split("\n")
        srcl = [l + "\n" for l in lines[:-1]] + [lines[-1]]
        c = {"cell_type": ct, "id": "c%04x" % (i * 7919 % 65536), "metadata": {}, "source": srcl}
        if ct == "code":
            c["execution_count"] = None
            c["outputs"] = []
        nb["cells"].append(c)
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def t_notebook(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["notebooks/%s_exploration.ipynb" % Pr["provider"], "notebooks/harvest.ipynb", "analysis/Collections overview.ipynb", "glam/explore_api.ipynb"])
    nm = style(C.name, rng.choice(["snake", "scream"]))
    if Pr["mode"] in ("pair", "password"):
        setup = "%s = %s\n%s = %s" % (style(C.idname, "snake"), lit("py", C.PUB, "'"), nm, lit("py", C.V, "'"))
        call = "r = requests.get(BASE + \"%s\", auth=(%s, %s), timeout=30)" % (Pr["path"].split("?")[0] or "/", style(C.idname, "snake"), nm)
    elif use_header(C):
        hn, pre = auth_hdr(Pr)
        setup = "%s = %s" % (nm, lit("py", C.V, "'"))
        call = "r = requests.get(BASE + \"%s\", headers={\"%s\": %s}, timeout=30)" % (Pr["path"].split("?")[0], hn, ('f"%s{%s}"' % (pre, nm)) if pre else nm)
    else:
        setup = "%s = %s" % (nm, lit("py", C.V, "'"))
        call = "r = requests.get(BASE + \"%s\", params={\"%s\": %s, \"rows\": 100}, timeout=30)" % (Pr["path"].split("?")[0], Pr["param"] or "key", nm)
    cells = [("markdown", "# Exploring the %s\n\nQuick look at what the API returns for our %s." % (Pr["service"], rng.choice(["photographs", "letters", "maps", "textiles"]))),
             ("code", "import requests\nimport pandas as pd\n\nBASE = \"%s\"\n%s" % (Pr["base"] or "https://example.invalid", setup)),
             ("code", call + "\nr.status_code"),
             ("code", "df = pd.json_normalize(r.json().get(\"%s\", []))\ndf.head()" % rng.choice(["items", "records", "objects"])),
             ("markdown", "Next: join on accession number (`%s`) with the local catalogue export." % accession(rng))]
    return path, notebook(cells), "jupyter"


def t_curl_sh(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["scripts/smoke_test.sh", "bin/pull-%s.sh" % Pr["key"].replace("_", "-"), "ops/check_api.sh"])
    url = full_url(Pr)
    lines = ["#!/bin/sh", "# %s" % rng.choice(["smoke test the upstream API before the nightly run", "fetch one page for debugging"]), "set -e", "OUT=${1:-/tmp/page.json}"]
    if use_header(C) or not Pr["param"]:
        hn, pre = auth_hdr(Pr)
        piece = inurl("sh", C.V)[0]
        lines.append("curl -fsS -H \"%s: %s%s\" \\" % (hn, pre, piece))
        lines.append("  \"%s\" -o \"$OUT\"" % url)
    else:
        lines.append("curl -fsS \"%s%s%s=%s\" -o \"$OUT\"" % (url, qjoin(url), Pr["param"], inurl("sh", C.V)[0]))
    lines += ["jq '.%s | length' \"$OUT\"" % rng.choice(["items", "records", "totalResults"]), "echo \"ok: $(date -u +%FT%TZ)\""]
    return path, "\n".join(lines) + "\n", "shell"


def t_md_runbook(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["notes/runbook.md", "docs/harvesting.md", "docs/%s.md" % Pr["provider"], "README.harvest.md", "wiki/Upstream-APIs.md"])
    url = full_url(Pr)
    lines = ["# %s" % rng.choice(["Harvest runbook", "Upstream API notes", "On-call notes: aggregator"]), "",
             "The nightly job pulls from the %s and pushes to Solr. If it fails:" % Pr["service"], "",
             "1. Check the job log in `/var/log/harvester/`.", "2. Try one request by hand:", "", "```bash"]
    if Pr["mode"] in ("pair", "password"):
        lines.append("curl -u '%s:%s' '%s'" % (inurl("md", C.PUB)[0], inurl("md", C.V)[0], url or "https://%s/" % host(rng)))
    elif use_header(C) or not Pr["param"]:
        hn, pre = auth_hdr(Pr)
        lines.append("curl -H '%s: %s%s' '%s'" % (hn, pre, inurl("md", C.V)[0], url))
    else:
        lines.append("curl '%s%s%s=%s'" % (url, qjoin(url), Pr["param"], inurl("md", C.V)[0]))
    lines += ["```", "", "3. If you get a 401/403 the key was probably rotated; ask %s." % person(rng), "",
              "Contact at the provider: %s (ticket `%s`)." % (rng.choice(["api support form", "their developer mailing list"]), "INC%06d" % rng.randint(1, 999999))]
    return path, "\n".join(lines) + "\n", "markdown"


def t_php_guzzle(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["src/Service/%sClient.php" % style(Pr["provider"], "camel").capitalize(), "modules/collection_feed/src/Fetcher.php", "lib/ApiFetcher.php"])
    nm = style(C.name, "camel")
    lines = ["<?php", "", "namespace Heritage\\Feed;", "", "use GuzzleHttp\\Client;", "", "final class Fetcher", "{",
             "    private const BASE = '%s';" % Pr["base"]]
    if C.V.env:
        lines += ["    private string $%s;" % nm, "", "    public function __construct()", "    {", "        $this->%s = getenv('%s') ?: '';" % (nm, C.V.env), "    }", ""]
    else:
        lines += ["    private string $%s = %s;" % (nm, lit("php", C.V, "'")), ""]
    lines += [
             "    public function page(int $n): array", "    {", "        $http = new Client(['base_uri' => self::BASE, 'timeout' => %d]);" % rng.choice([10, 30])]
    p = Pr["path"].split("?")[0]
    if use_header(C) or not Pr["param"]:
        hn, pre = auth_hdr(Pr)
        lines.append("        $res = $http->get('%s', ['headers' => ['%s' => '%s' . $this->%s], 'query' => ['page' => $n]]);" % (p, hn, pre, nm))
    else:
        lines.append("        $res = $http->get('%s', ['query' => ['%s' => $this->%s, 'page' => $n]]);" % (p, Pr["param"], nm))
    lines += ["        return json_decode((string) $res->getBody(), true);", "    }", "}"]
    return path, "\n".join(lines) + "\n", "php"


def t_py_oai(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["harvest/oai_%s.py" % Pr["key"], "oai/harvest.py", "scripts/oai_pmh_harvest.py"])
    pre = rng.choice(PREFIXES)
    lines = ['"""OAI-PMH harvest (%s) into one XML file per record."""' % Pr["service"], "import pathlib", "", "from sickle import Sickle", ""]
    if Pr["key"] == "rijksmuseum":
        nm = style(C.name, "scream")
        lines += ["%s = %s" % (nm, lit("py", C.V, '"')), "ENDPOINT = f\"https://www.rijksmuseum.nl/api/oai2/{%s}/\"" % nm, "sickle = Sickle(ENDPOINT, max_retries=%d)" % rng.randint(2, 6)]
    else:
        lines += ["ENDPOINT = \"%s\"" % (Pr["base"] + rng.choice(["/oai", "/service.php/OAI/dc", "/oai-pmh"])),
                  "sickle = Sickle(ENDPOINT, auth=(%s, %s), max_retries=%d)" % (lit("py", C.PUB, '"'), lit("py", C.V, '"'), rng.randint(2, 6))]
    lines += ["out = pathlib.Path(\"harvest/%s\")" % pre, "out.mkdir(parents=True, exist_ok=True)", "",
              "records = sickle.ListRecords(metadataPrefix=\"%s\", set=\"%s\", ignore_deleted=True)" % (pre, rng.choice(OAI_SETS)),
              "for n, rec in enumerate(records, 1):", "    ident = rec.header.identifier.rsplit(\":\", 1)[-1]", "    (out / f\"{ident}.xml\").write_text(rec.raw, encoding=\"utf-8\")",
              "    if n %% %d == 0:" % rng.choice([100, 500, 1000]), "        print(n, \"records\")"]
    return path, "\n".join(lines) + "\n", "python"


# ------------------------------ logins / passwords -------------------------
def t_py_login(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["harvest/%s_session.py" % Pr["provider"], "scripts/login_%s.py" % Pr["key"], "sync/%s.py" % Pr["provider"].split("_")[0], "tools/export_%s.py" % Pr["key"]])
    nm = style(C.name, rng.choice(["snake", "scream"]))
    idn = style(C.idname or "username", "snake")
    lines = ['"""%s"""' % rng.choice(["Log in and export records.", "Session helper for the %s." % Pr["service"]]), "import requests", "",
             "BASE = \"%s\"" % Pr["base"], "%s = %s" % (idn, lit("py", C.PUB, '"')), "%s = %s" % (nm, lit("py", C.V, '"')), "", "s = requests.Session()"]
    ls = Pr["login"]
    if ls == "grant":
        lines += ["tok = s.post(BASE + \"%s\", data={" % Pr["path"], "    \"grant_type\": \"password\",", "    \"username\": %s," % idn, "    \"password\": %s," % nm,
                  "    \"client_id\": \"a02j%s\"," % rs(rng, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 14), "}).json()[\"access_token\"]",
                  "s.headers[\"Authorization\"] = \"Bearer \" + tok", "me = s.get(\"https://api.familysearch.org/platform/users/current\").json()"]
    elif ls == "aspace":
        lines += ["r = s.post(BASE + \"/users/%%s/login\" %% %s, params={\"password\": %s})" % (idn, nm), "r.raise_for_status()",
                  "s.headers[\"X-ArchivesSpace-Session\"] = r.json()[\"session\"]",
                  "me = s.get(BASE + \"/repositories/%d/resources\", params={\"all_ids\": \"true\"}).json()" % rng.randint(2, 5)]
    elif ls == "mwlogin":
        lines += ["api = BASE + \"%s\"" % Pr["path"], "t = s.get(api, params={\"action\": \"query\", \"meta\": \"tokens\", \"type\": \"login\", \"format\": \"json\"}).json()",
                  "s.post(api, data={\"action\": \"login\", \"lgname\": %s, \"lgpassword\": %s," % (idn, nm),
                  "                  \"lgtoken\": t[\"query\"][\"tokens\"][\"logintoken\"], \"format\": \"json\"})",
                  "me = s.get(api, params={\"action\": \"query\", \"meta\": \"userinfo\", \"format\": \"json\"}).json()"]
    elif ls == "form":
        if Pr["key"] == "wikitree":
            lines += ["r = s.post(BASE + \"%s\", data={\"action\": \"clientLogin\", \"doLogin\": 1, \"wpEmail\": %s, \"wpPassword\": %s})" % (Pr["path"], idn, nm),
                      "me = s.get(BASE + \"%s\", params={\"action\": \"getProfile\", \"key\": \"%s-%d\"}).json()" % (Pr["path"], rng.choice(LAST).replace(" ", "").replace("'", "").replace("ø", "o"), rng.randint(1, 9999))]
        else:
            lines += ["r = s.post(BASE + \"%s\", data={\"username\": %s, \"password\": %s, \"tenant\": \"%s\"})" % (Pr["path"], idn, nm, rng.choice(["HARBOURSIDE", "KCA", "TASMAN"])),
                      "s.headers[\"Preservica-Access-Token\"] = r.json()[\"token\"]", "me = s.get(BASE + \"/api/entity/root/children\").json()"]
    else:  # basic
        lines += ["s.auth = (%s, %s)" % (idn, nm), "me = s.get(BASE + \"%s\", timeout=30).json()" % Pr["path"]]
    lines += ["", "print(me)"]
    return path, "\n".join(lines) + "\n", "python"


def t_curl_login(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["scripts/check_%s.sh" % Pr["key"], "ops/healthcheck.sh", "bin/export.sh"])
    u = inurl("sh", C.PUB)[0]
    pw = inurl("sh", C.V)[0]
    lines = ["#!/usr/bin/env bash", "# %s" % rng.choice(["health check used by monitoring", "manual export helper"]), "set -euo pipefail"]
    ls = Pr["login"]
    if ls == "aspace":
        lines += ["SESSION=$(curl -s -F password=\"%s\" \"%s/users/%s/login\" | jq -r .session)" % (pw, Pr["base"], u),
                  "curl -s -H \"X-ArchivesSpace-Session: $SESSION\" \"%s/repositories/2/resources?page=1\" | jq '.results | length'" % Pr["base"]]
    elif ls == "mwlogin":
        lines += ["API=%s%s" % (Pr["base"], Pr["path"]), "TOKEN=$(curl -s -c cj.txt \"$API?action=query&meta=tokens&type=login&format=json\" | jq -r .query.tokens.logintoken)",
                  "curl -s -b cj.txt -c cj.txt --data-urlencode \"lgname=%s\" --data-urlencode \"lgpassword=%s\" \\" % (u, pw),
                  "  --data-urlencode \"lgtoken=$TOKEN\" \"$API?action=login&format=json\""]
    elif ls in ("form", "grant"):
        lines += ["curl -s -X POST \"%s%s\" \\" % (Pr["base"], Pr["path"]), "  -d \"username=%s\" -d \"password=%s\" | jq ." % (u, pw)]
    else:
        lines += ["curl -fsS -u \"%s:%s\" \"%s%s\" -o /dev/null -w '%%{http_code}\\n'" % (u, pw, Pr["base"], Pr["path"])]
    lines += ["echo \"checked %s at $(date -u +%%H:%%M)\" >> %s" % (Pr["service"].split(" (")[0], rng.choice(["/var/log/healthcheck.log", "check.log"]))]
    return path, "\n".join(lines) + "\n", "shell"


def t_node_login(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["src/clients/%s.js" % Pr["provider"], "scripts/%s-sync.js" % Pr["key"].replace("_", "-")])
    nm = style(C.name, "camel")
    idn = style(C.idname or "username", "camel")
    lines = ["const axios = require('axios');", "", "const %s = %s;" % (idn, lit("js", C.PUB, "'")), "const %s = %s;" % (nm, lit("js", C.V, "'")), "",
             "async function client() {"]
    if Pr["login"] == "basic":
        lines += ["  return axios.create({", "    baseURL: '%s'," % Pr["base"], "    auth: { username: %s, password: %s }," % (idn, nm), "    timeout: 20000,", "  });"]
    else:
        lines += ["  const { data } = await axios.post('%s%s', new URLSearchParams({ username: %s, password: %s }));" % (Pr["base"], Pr["path"].replace("{user}", "admin"), idn, nm),
                  "  return axios.create({ baseURL: '%s', headers: { Authorization: `Bearer ${data.token || data.session}` } });" % Pr["base"]]
    lines += ["}", "", "module.exports = { client };"]
    return path, "\n".join(lines) + "\n", "javascript"


def dsn_parts(C):
    rng, Pr = C.rng, C.P
    if Pr["key"] == "mysql" or (Pr["key"] == "collectiveaccess"):
        return "mysql", 3306, rng.choice(["omeka_s", "collectiveaccess", "archivesspace", "atom"])
    return "postgresql", 5432, rng.choice(["islandora", "drupal", "collections", "dspace", "blacklight"])


def t_dsn_env(C):
    rng, Pr = C.rng, C.P
    scheme, port, db = dsn_parts(C)
    path = rng.choice([".env", ".env.production", "deploy/app.env", "config/.env"])
    h = rng.choice(["db", "localhost", "pg-prod.internal", "10.20.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))])
    lines = ["# database", "DATABASE_URL=%s://%s:%s@%s:%d/%s" % (scheme, inurl("env", C.PUB)[0], inurl("env", C.V)[0], h, port, db),
             "DB_POOL=%d" % rng.choice([5, 10, 20]), "SOLR_URL=http://solr:8983/solr/%s" % db, "IIIF_BASE=https://%s/iiif/3" % host(rng)]
    if rng.random() < 0.5:
        lines.insert(0, "APP_ENV=production")
    return path, "\n".join(lines) + "\n", "env"


def t_dsn_py(C):
    rng, Pr = C.rng, C.P
    scheme, port, db = dsn_parts(C)
    path = rng.choice(["app/db.py", "harvester/database.py", "scripts/load_catalogue.py"])
    drv = "+psycopg2" if scheme == "postgresql" else "+pymysql"
    h = rng.choice(["localhost", "db.internal", "%s.%s" % (rng.choice(["pg", "mysql"]), rng.choice(DOMAINS))])
    lines = ["from sqlalchemy import create_engine, text", ""]
    lines.append("engine = create_engine(%s, pool_pre_ping=True)" % urlstr("py", "%s%s://%s:" % (scheme, drv, inurl("py", C.PUB)[0] if not C.PUB.env else "{os.environ['%s']}" % C.PUB.env), C.V, "@%s:%d/%s" % (h, port, db)))
    if C.V.env or C.PUB.env:
        lines.insert(0, "import os")
    lines += ["", "", "def accessions_since(year):", "    with engine.connect() as conn:",
              "        q = text(\"SELECT accession_no, title FROM objects WHERE acq_year >= :y ORDER BY accession_no\")",
              "        return conn.execute(q, {\"y\": year}).fetchall()"]
    return path, "\n".join(lines) + "\n", "python"


def t_rails_db(C):
    rng, Pr = C.rng, C.P
    scheme, port, db = dsn_parts(C)
    path = "config/database.yml"
    ad = "postgresql" if scheme == "postgresql" else "mysql2"
    pw = lit("yaml", C.V, rng.choice(['"', "'"])) if not C.V.env else "<%%= ENV['%s'] %%>" % C.V.env
    us = lit("yaml", C.PUB, "") if not C.PUB.env else "<%%= ENV['%s'] %%>" % C.PUB.env
    lines = ["default: &default", "  adapter: %s" % ad, "  encoding: %s" % ("unicode" if ad == "postgresql" else "utf8mb4"), "  pool: <%= ENV.fetch(\"RAILS_MAX_THREADS\") { 5 } %>", "",
             "development:", "  <<: *default", "  database: %s_development" % db, "", "production:", "  <<: *default", "  database: %s_production" % db,
             "  host: %s" % rng.choice(["db.internal", "localhost"]), "  username: %s" % us, "  password: %s" % pw]
    return path, "\n".join(lines) + "\n", "yaml"


def t_knex(C):
    rng, Pr = C.rng, C.P
    scheme, port, db = dsn_parts(C)
    path = rng.choice(["knexfile.js", "db/knexfile.js"])
    lines = ["// knex configuration for the visitor-facing collections API", "module.exports = {", "  production: {",
             "    client: '%s'," % ("pg" if scheme == "postgresql" else "mysql2"), "    connection: {", "      host: process.env.DB_HOST || 'localhost',",
             "      port: %d," % port, "      database: '%s'," % db, "      user: %s," % lit("js", C.PUB, "'"), "      password: %s," % lit("js", C.V, "'"),
             "    },", "    pool: { min: 2, max: %d }," % rng.choice([10, 20]), "    migrations: { tableName: 'knex_migrations' },", "  },", "};"]
    return path, "\n".join(lines) + "\n", "javascript"


# ------------------------------ product-specific ---------------------------
def t_omeka_s_script(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["scripts/omeka_import.py", "tools/push_to_omeka.py", "omeka/bulk_update.py"])
    site = host(rng)
    idn = style(C.idname, "scream") if C.obv else "OMEKA_ID"
    nm = style(C.name, "scream")
    lines = ['"""Push item metadata from the catalogue CSV into Omeka S via the REST API."""', "import csv", "import requests", "",
             "API = \"https://%s/api\"" % site, "%s = %s" % (idn, lit("py", C.PUB, '"')), "%s = %s" % (nm, lit("py", C.V, '"')),
             "AUTH = {\"key_identity\": %s, \"key_credential\": %s}" % (idn, nm), "ITEM_SET = %d" % rng.randint(2, 400), "", "",
             "def update(item_id, title):", "    item = requests.get(f\"{API}/items/{item_id}\", params=AUTH).json()",
             "    item[\"dcterms:title\"] = [{\"type\": \"literal\", \"property_id\": 1, \"@value\": title}]",
             "    r = requests.patch(f\"{API}/items/{item_id}\", params=AUTH, json=item)", "    r.raise_for_status()", "", "",
             "with open(\"catalogue_export.csv\", newline=\"\", encoding=\"utf-8\") as fh:", "    for row in csv.DictReader(fh):",
             "        update(row[\"omeka_id\"], row[\"title\"])"]
    return path, "\n".join(lines) + "\n", "python"


def t_omeka_s_notebook(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["notebooks/omeka_upload.ipynb", "notebooks/Create items in Omeka S.ipynb"])
    cells = [("markdown", "## Upload digitised letters to Omeka S\nUses the REST API with an API key pair created under *User > API keys*."),
             ("code", "from omeka_s_tools.api import OmekaAPIClient\n\nomeka = OmekaAPIClient('https://%s/api')" % host(rng)),
             ("code", "omeka_auth = OmekaAPIClient('https://%s/api', key_identity=%s, key_credential=%s)" % (host(rng), lit("py", C.PUB, "'"), lit("py", C.V, "'"))),
             ("code", "item_sets = omeka_auth.get_resources('item_sets')\nitem_sets['total_results']"),
             ("markdown", "Letters go into item set %d; the template is *Correspondence*." % rng.randint(2, 300))]
    return path, notebook(cells), "jupyter"


def t_database_ini(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["config/database.ini", "omeka-s/config/database.ini", "volume/config/database.ini"])
    lines = ["; Omeka S database configuration", "user     = %s" % (C.PUB.s if not C.PUB.env else "${%s}" % C.PUB.env),
             "password = %s" % lit("ini", C.V), "dbname   = %s" % rng.choice(["omeka", "omeka_s", "omekas_prod"]),
             "host     = %s" % rng.choice(["localhost", "db", "mariadb"]), ";port     = 3306", ";unix_socket = ", ";log_path = "]
    return path, "\n".join(l for l in lines if l) + "\n", "ini"


def t_aspace_config(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["config/config.rb", "archivesspace/config/config.rb", "docker/archivesspace/config.rb"])
    site = rng.choice(DOMAINS)
    lines = ["# ArchivesSpace local configuration", "AppConfig[:backend_url] = \"http://localhost:8089\"", "AppConfig[:frontend_url] = \"http://localhost:8080\"",
             "AppConfig[:frontend_proxy_url] = \"https://staff.%s\"" % site, "AppConfig[:public_proxy_url] = \"https://archives.%s\"" % site,
             "AppConfig[:solr_url] = \"http://solr:8983/solr/archivesspace\""]
    if Pr["mode"] == "secret":
        key = style(C.name, "snake") if C.obv else rng.choice(["frontend_cookie_secret", "public_cookie_secret", "staff_user_secret", "search_user_secret"])
        lines.append("AppConfig[:db_url] = ENV.fetch(\"ASPACE_DB_URL\", \"jdbc:mysql://db:3306/archivesspace?useUnicode=true&characterEncoding=UTF-8\")")
        lines.append("AppConfig[:%s] = %s" % (key, lit("rb", C.V, '"')))
    else:
        u = C.PUB.s if not C.PUB.env else "#{ENV['%s']}" % C.PUB.env
        pw = inurl("rb", C.V)[0]
        lines.append("AppConfig[:db_url] = \"jdbc:mysql://%s:3306/archivesspace?user=%s&password=%s&useUnicode=true&characterEncoding=UTF-8\"" % (rng.choice(["db", "localhost", "mysql.internal"]), u, pw))
    lines += ["AppConfig[:enable_oai] = %s" % rng.choice(["true", "false"]), "AppConfig[:oai_repository_name] = \"%s\"" % rng.choice(ORGS),
              "AppConfig[:locale] = :%s" % rng.choice(["en", "fr", "de"]), "AppConfig[:plugins] = ['local', 'lcnaf'%s]" % rng.choice(["", ", 'aspace-oauth'"])]
    return path, "\n".join(lines) + "\n", "ruby"


def t_ca_setup(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["setup.php", "providence/setup.php", "ca/setup.php"])
    org = rng.choice(ORGS)
    lines = ["<?php", "# --------------------------------------------------------------------", "# CollectiveAccess Providence setup", "# --------------------------------------------------------------------",
             "if (!defined(\"__CA_DB_HOST__\")) {", "    define(\"__CA_DB_HOST__\", '%s');" % rng.choice(["localhost", "db"]), "}",
             "if (!defined(\"__CA_DB_USER__\")) {", "    define(\"__CA_DB_USER__\", %s);" % lit("php", C.PUB, "'"), "}",
             "if (!defined(\"__CA_DB_PASSWORD__\")) {", "    define(\"__CA_DB_PASSWORD__\", %s);" % lit("php", C.V, "'"), "}",
             "if (!defined(\"__CA_DB_DATABASE__\")) {", "    define(\"__CA_DB_DATABASE__\", '%s');" % rng.choice(["ca_prod", "collectiveaccess", "providence"]), "}",
             "if (!defined(\"__CA_APP_DISPLAY_NAME__\")) {", "    define(\"__CA_APP_DISPLAY_NAME__\", \"%s\");" % org, "}",
             "if (!defined(\"__CA_ADMIN_EMAIL__\")) {", "    define(\"__CA_ADMIN_EMAIL__\", 'collections@%s');" % rng.choice(DOMAINS), "}",
             "date_default_timezone_set('%s');" % rng.choice(["Europe/London", "Europe/Dublin", "Pacific/Auckland"]),
             "require(__DIR__.\"/app/helpers/post-setup.php\");"]
    return path, "\n".join(lines) + "\n", "php"


def t_drupal_settings(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["web/sites/default/settings.php", "sites/default/settings.local.php", "drupal/web/sites/default/settings.php"])
    lines = ["<?php", "", "// Islandora site settings (generated by the installer, edited by hand)."]
    if Pr["key"] == "drupal_salt":
        lines += ["$databases['default']['default'] = [", "  'database' => getenv('DRUPAL_DEFAULT_DB_NAME'),", "  'username' => getenv('DRUPAL_DEFAULT_DB_USER'),",
                  "  'password' => getenv('DRUPAL_DEFAULT_DB_PASSWORD'),", "  'host' => 'mariadb',", "  'driver' => 'mysql',", "];", "",
                  "$settings['hash_salt'] = %s;" % lit("php", C.V, "'")]
    else:
        drv = "pgsql" if Pr["key"] == "postgres" else "mysql"
        lines += ["$databases['default']['default'] = [", "  'database' => 'drupal_default',", "  'username' => %s," % lit("php", C.PUB, "'"),
                  "  'password' => %s," % lit("php", C.V, "'"), "  'prefix' => '',", "  'host' => '%s'," % rng.choice(["localhost", "postgresql", "mariadb"]),
                  "  'port' => '%d'," % (5432 if drv == "pgsql" else 3306), "  'namespace' => 'Drupal\\\\%s\\\\Driver\\\\Database\\\\%s'," % ("pgsql" if drv == "pgsql" else "mysql", drv),
                  "  'driver' => '%s'," % drv, "];", "", "$settings['hash_salt'] = file_get_contents('/var/run/secrets/DRUPAL_DEFAULT_SALT');"]
    lines += ["$settings['config_sync_directory'] = '../config/sync';", "$settings['flysystem'] = [", "  'fedora' => [", "    'driver' => 'fedora',",
              "    'config' => ['root' => 'http://fcrepo:8080/fcrepo/rest/'],", "  ],", "];", "$settings['trusted_host_patterns'] = ['^%s$'];" % host(rng).replace(".", "\\.")]
    return path, "\n".join(lines) + "\n", "php"


def t_cantaloupe(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["cantaloupe.properties", "config/cantaloupe.properties", "docker/cantaloupe/cantaloupe.properties", "etc/cantaloupe.properties"])
    lines = ["###########################################################################", "# Cantaloupe IIIF image server", "###########################################################################", "",
             "http.enabled = true", "http.port = 8182", "base_uri = https://%s" % host(rng), "slash_substitute = %s" % rng.choice(["", "~"]), "",
             "endpoint.iiif.2.enabled = true", "endpoint.iiif.3.enabled = true"]
    if Pr["key"] == "cantaloupe":
        nm = "endpoint.admin.secret"
        lines += ["", "endpoint.admin.enabled = true", "endpoint.admin.username = %s" % lit("props", C.PUB), "%s = %s" % (nm, lit("props", C.V))]
        lines += ["", "source.static = %s" % rng.choice(["FilesystemSource", "S3Source"]), "FilesystemSource.BasicLookupStrategy.path_prefix = /imageroot/"]
    elif Pr["key"] == "aws":
        lines += ["", "endpoint.admin.enabled = false", "", "source.static = S3Source", "S3Source.endpoint = s3.eu-west-2.amazonaws.com",
                  "S3Source.access_key_id = %s" % lit("props", C.PUB), "S3Source.secret_access_key = %s" % lit("props", C.V),
                  "S3Source.BasicLookupStrategy.bucket.name = %s" % rng.choice(["masters-tiff", "iiif-source", "digitised-collections"])]
    else:  # azure
        lines += ["", "endpoint.admin.enabled = false", "", "source.static = AzureStorageSource",
                  "AzureStorageSource.account_name = %s" % rng.choice(["hmcollections", "kcaarchive", "tasmaniiif"]), "AzureStorageSource.account_key = %s" % lit("props", C.V),
                  "AzureStorageSource.container_name = masters"]
    lines += ["", "processor.selection_strategy = AutomaticSelectionStrategy", "cache.server.derivative.enabled = true",
              "cache.server.derivative = FilesystemCache", "FilesystemCache.pathname = /var/cache/cantaloupe", "log.application.level = %s" % rng.choice(["info", "warn"])]
    return path, "\n".join(lines) + "\n", "properties"


def t_ia_ini(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["ia.ini", ".config/internetarchive/ia.ini", "config/ia.ini", "deploy/ia.ini"])
    lines = ["[s3]", "access = %s" % lit("ini", C.PUB), "secret = %s" % lit("ini", C.V), "", "[cookies]", "logged-in-user = %s@%s" % (rng.choice(FIRST).lower(), rng.choice(DOMAINS)), "",
             "[general]", "screenname = %s" % rng.choice(["HarboursideMuseum", "KilbrideArchives", "FenlandFolk"]), "secure = true"]
    return path, "\n".join(lines) + "\n", "ini"


def t_ia_python(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["scripts/upload_to_ia.py", "ia_upload.py", "tools/push_scans.py"])
    idn = style(C.idname, "snake") if C.obv else "a"
    nm = style(C.name, "snake")
    lines = ["from internetarchive import get_session", "", "%s = %s" % (idn, lit("py", C.PUB, "'")), "%s = %s" % (nm, lit("py", C.V, "'")), "",
             "session = get_session(config={\"s3\": {\"access\": %s, \"secret\": %s}})" % (idn, nm),
             "item = session.get_item(\"%s-%s\")" % (rng.choice(["harbourside", "kilbride", "fenland"]), rng.choice(["parish-registers-1841", "glass-plates-box-7", "oral-history-tapes"])),
             "md = {\"collection\": \"%s\", \"mediatype\": \"texts\", \"licenseurl\": \"https://creativecommons.org/publicdomain/mark/1.0/\"}" % rng.choice(["opensource", "americana", "folkscanomy"]),
             "r = item.upload([\"scans/\"], metadata=md, retries=%d, verbose=True)" % rng.randint(3, 10), "print([x.status_code for x in r])"]
    return path, "\n".join(lines) + "\n", "python"


def t_pywikibot(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["user-password.py", "pywikibot/user-password.py", "bot/user-password.py"])
    user, label = (C.PUB.s or "Bot@label").split("@", 1) if not C.PUB.env else ("GLAMBot", "harvester")
    lines = ["# -*- coding: utf-8 -*-", "# pywikibot BotPassword credentials for %s" % rng.choice(["Commons uploads", "Wikidata sync", "the GLAM batch uploader"]),
             "# Format: (username, BotPassword(suffix, password)); see pywikibot docs", "# Keep this file chmod 600 - pywikibot refuses to read it otherwise", "",
             "(%r, BotPassword(%r, %s))" % (user, label, lit("py", C.V, "'"))]
    if rng.random() < 0.5:
        lines.insert(2, "# created at Special:BotPasswords, grants: editpage, createeditmovepage, uploadfile")
    return path, "\n".join(lines) + "\n", "python"


def t_wm_oauth_py(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["app.py", "tool/app.py", "src/wikidata_sync.py"])
    lines = ["import mwapi", "import mwoauth", "from flask import Flask, session, redirect, request", "", "app = Flask(__name__)",
             "app.secret_key = open('/data/project/%s/secret_key').read().strip()" % rng.choice(["glamtool", "heritage-sync", "commons-batch"]), "",
             "consumer_token = mwoauth.ConsumerToken(", "    %s," % lit("py", C.PUB, "'"), "    %s," % lit("py", C.V, "'"), ")",
             "handshaker = mwoauth.Handshaker('https://meta.wikimedia.org/w/index.php', consumer_token)", "", "",
             "@app.route('/login')", "def login():", "    redirect_url, request_token = handshaker.initiate()", "    session['request_token'] = dict(zip(request_token._fields, request_token))",
             "    return redirect(redirect_url)"]
    return path, "\n".join(lines) + "\n", "python"


def t_preservica(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["credentials.properties", "scripts/credentials.properties", "preservica/credentials.properties"])
    lines = ["# pyPreservica credentials", "username=%s@%s" % (C.PUB.s if not C.PUB.env else "digital.preservation", rng.choice(DOMAINS)),
             "password=%s" % lit("props", C.V), "tenant=%s" % rng.choice(["HARBOURSIDE", "KCA", "TASMAN"]), "server=%s.preservica.com" % rng.choice(["eu", "us", "au", "ca"])]
    return path, "\n".join(lines) + "\n", "properties"


def t_axiell_xml(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["adlibweb.xml", "config/axiell-webapi.xml", "wwwopac/adlibweb.xml"])
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!-- Axiell WebAPI settings for the online collection -->", "<WebAppSettings>",
             "  <AdlibServer>%s</AdlibServer>" % Pr["base"], "  <Databases>", "    <Database>collect</Database>", "    <Database>people</Database>", "  </Databases>",
             "  <Authentication mode=\"%s\">" % rng.choice(["Basic", "SingleUser"]), "    <UserName>%s</UserName>" % lit("xml", C.PUB),
             "    <Password>%s</Password>" % lit("xml", C.V), "  </Authentication>", "  <DefaultLimit>%d</DefaultLimit>" % rng.choice([20, 50]),
             "  <ImageServer>https://%s/wwwopac.ashx?command=getcontent&amp;server=images</ImageServer>" % host(rng), "</WebAppSettings>"]
    return path, "\n".join(lines) + "\n", "xml"


def gedcom_people(rng, n):
    out = []
    for i in range(1, n + 1):
        sur = rng.choice(LAST).replace("ø", "o")
        out += ["0 @I%d@ INDI" % i, "1 NAME %s /%s/" % (rng.choice(FIRST), sur), "1 SEX %s" % rng.choice("MF"),
                "1 BIRT", "2 DATE %d %s %d" % (rng.randint(1, 28), rng.choice(["JAN", "MAR", "JUN", "AUG", "NOV"]), rng.randint(1780, 1920)),
                "2 PLAC %s" % rng.choice(["Kilbride, County Wicklow, Ireland", "Whanganui, New Zealand", "Ely, Cambridgeshire, England", "Hobart, Tasmania, Australia"]),
                "1 _FSFTID %s" % fs_pid(rng), "1 FAMS @F%d@" % rng.randint(1, 3)]
    return out


def t_gedcom_note(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["exports/family_tree.ged", "gedcom/%s_family.ged" % rng.choice(LAST).split()[-1].lower().replace("'", "").replace("ø", "o"), "data/tree-export.ged"])
    svc = {"familysearch": "FamilySearch", "wikitree": "WikiTree"}.get(Pr["provider"], Pr["service"])
    lines = ["0 HEAD", "1 SOUR %s" % rng.choice(["RootsMagic", "GRAMPS", "FTM", "MYHERITAGE"]), "2 VERS %d.%d" % (rng.randint(4, 9), rng.randint(0, 9)),
             "1 GEDC", "2 VERS 5.5.1", "2 FORM LINEAGE-LINKED", "1 CHAR UTF-8", "1 SUBM @U1@", "0 @U1@ SUBM", "1 NAME %s" % person(rng)]
    lines += gedcom_people(rng, rng.randint(2, 5))
    lines += ["0 @N1@ NOTE Research log: %s login used for record hints" % svc,
              "1 CONT user: %s" % (C.PUB.s if not C.PUB.env else "(see password manager)"),
              "1 CONT pass: %s" % lit("raw", C.V) if not C.V.env else "1 CONT pass: (see password manager)",
              "1 CONT checked the 1911 census transcriptions on %s" % iso_date(rng), "0 TRLR"]
    return path, "\n".join(lines) + "\n", "gedcom"


def t_mets_flocat(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["mets/%s.mets.xml" % accession(rng).replace(".", "_"), "data/mets/item_%d.xml" % rng.randint(100, 99999), "export/METS.xml"])
    url = full_url(Pr)
    piece = inurl("xml", C.V)[0]
    href = "%s%s%s=%s" % (url.replace("&", "&amp;"), qjoin(url).replace("&", "&amp;"), Pr["param"], piece)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink" OBJID="%s">' % ark(rng),
             '  <mets:metsHdr CREATEDATE="%sT10:%02d:00Z">' % (iso_date(rng), rng.randint(0, 59)), '    <mets:agent ROLE="CREATOR" TYPE="ORGANIZATION"><mets:name>%s</mets:name></mets:agent>' % rng.choice(ORGS),
             "  </mets:metsHdr>", '  <mets:fileSec>', '    <mets:fileGrp USE="master">',
             '      <mets:file ID="F1" MIMETYPE="image/tiff" CHECKSUMTYPE="MD5" CHECKSUM="%s">' % rs(rng, HEX, 32),
             '        <mets:FLocat LOCTYPE="URL" xlink:href="https://%s/masters/%d.tif"/>' % (host(rng), rng.randint(1000, 99999)), "      </mets:file>", "    </mets:fileGrp>",
             '    <mets:fileGrp USE="external-record">', '      <mets:file ID="F2" MIMETYPE="application/json">',
             '        <mets:FLocat LOCTYPE="URL" xlink:href="%s"/>' % href, "      </mets:file>", "    </mets:fileGrp>", "  </mets:fileSec>",
             '  <mets:structMap TYPE="physical">', '    <mets:div TYPE="item"><mets:fptr FILEID="F1"/><mets:fptr FILEID="F2"/></mets:div>', "  </mets:structMap>", "</mets:mets>"]
    return path, "\n".join(lines) + "\n", "xml-mets"


def t_isle_env(C):
    rng, Pr = C.rng, C.P
    path = rng.choice([".env", "isle-dc/.env", "docker/islandora.env"])
    key = {"fedora": "FCREPO_ADMIN_PASSWORD" if C.obv else "FCREPO_PW2", "postgres": "POSTGRES_ROOT_PASSWORD" if C.obv else "PG_ROOT_PW",
           "mysql": "MYSQL_ROOT_PASSWORD" if C.obv else "DB_ROOT_PW", "drupal_salt": "DRUPAL_DEFAULT_SALT" if C.obv else "DRUPAL_DEFAULT_S"}[Pr["key"]]
    lines = ["# Islandora (ISLE) environment", "COMPOSE_PROJECT_NAME=isle-dc", "ENVIRONMENT=%s" % rng.choice(["production", "local", "demo"]),
             "DOMAIN=%s" % host(rng), "DRUPAL_DEFAULT_SITE_URL=https://%s" % host(rng), "FEDORA_6=true", "REQUIRE_SOLR=true",
             "%s=%s" % (key, lit("env", C.V)), "DRUPAL_DEFAULT_ACCOUNT_NAME=admin", "DRUPAL_DEFAULT_ACCOUNT_EMAIL=webmaster@%s" % rng.choice(DOMAINS),
             "TAG=%s" % rng.choice(["2.0.7", "3.1.2", "main"]), "USE_SECRETS=%s" % rng.choice(["false", "true"])]
    return path, "\n".join(lines) + "\n", "env"


def t_aws_creds(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["deploy/aws/credentials", ".aws/credentials", "ops/aws-credentials.ini"])
    lines = ["[%s]" % rng.choice(["default", "iiif-masters", "dams-backup"]), "aws_access_key_id = %s" % lit("ini", C.PUB),
             "aws_secret_access_key = %s" % lit("ini", C.V), "region = %s" % rng.choice(["eu-west-2", "ap-southeast-2", "us-east-1"]), "",
             "[profile readonly]", "role_arn = arn:aws:iam::%s:role/collections-readonly" % rs(rng, DIG, 12), "source_profile = default"]
    if rng.random() < 0.5:
        lines = ["# bucket: s3://%s" % rng.choice(["harbourside-masters", "kca-digitised", "tasman-iiif"])] + lines
    return path, "\n".join(lines) + "\n", "ini"


def t_boto3(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["scripts/sync_masters.py", "tiles/upload_tiles.py", "backup/push_to_s3.py"])
    lines = ["import boto3", "from pathlib import Path", "", "s3 = boto3.client(", "    \"s3\",", "    region_name=\"%s\"," % rng.choice(["eu-west-2", "ap-southeast-2"]),
             "    aws_access_key_id=%s," % lit("py", C.PUB, '"'), "    aws_secret_access_key=%s," % lit("py", C.V, '"'), ")",
             "BUCKET = \"%s\"" % rng.choice(["harbourside-masters", "kca-digitised", "tasman-iiif"]), "",
             "for tif in sorted(Path(\"%s\").glob(\"*.tif\")):" % rng.choice(["/mnt/scans", "out/ptif"]), "    s3.upload_file(str(tif), BUCKET, f\"masters/{tif.name}\")", "    print(\"uploaded\", tif.name)"]
    return path, "\n".join(lines) + "\n", "python"


def t_azure_conn(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["appsettings.json", "src/Collections.Api/appsettings.Production.json", "local.settings.json"])
    acct = rng.choice(["hmcollections", "kcaarchive", "tasmaniiif", "fenlandmedia"])
    if C.V.env:
        cs = "${%s}" % C.V.env
    else:
        cs = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, C.V.s)
    d = {"Logging": {"LogLevel": {"Default": "Information"}}, "AllowedHosts": "*",
         "ConnectionStrings": {"Blob" if not C.obv else "AzureStorage": cs},
         "Iiif": {"ImageService": "https://%s/iiif/3" % host(rng), "Container": "masters"}}
    return path, json.dumps(d, indent=2) + "\n", "json"


def t_git_remote(C):
    rng, Pr = C.rng, C.P
    path = rng.choice(["scripts/publish_data.sh", "ci/push-open-data.sh", "bin/release-dataset.sh"])
    repo = rng.choice(["harbourside-museum/collection-data", "kilbride-archives/ead-finding-aids", "tasmanheritage/open-data"])
    lines = ["#!/usr/bin/env bash", "# Publish the weekly CSV/JSON dump to GitHub", "set -euo pipefail", "cd \"$(mktemp -d)\"",
             "git clone --depth 1 \"https://x-access-token:%s@github.com/%s.git\" repo" % (inurl("sh", C.V)[0], repo),
             "cp /srv/exports/objects.csv /srv/exports/objects.json repo/data/", "cd repo", "git add data", "git -c user.name=\"Collections Bot\" -c user.email=\"bot@%s\" commit -m \"Weekly export $(date +%%F)\" || exit 0" % rng.choice(DOMAINS),
             "git push origin main"]
    return path, "\n".join(lines) + "\n", "shell"


# ---------------------------------------------------------------------------
# negative-only domain look-alikes: fn(rng) -> (path, text, filetype, provider, kind)
# ---------------------------------------------------------------------------
def n_mets_checksums(rng):
    path = rng.choice(["mets/%s.xml" % rs(rng, LOW + DIG, 8), "aip/METS.xml", "data/ingest/mets_%d.xml" % rng.randint(1, 9999)])
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink" OBJID="%s" TYPE="Monograph">' % ark(rng),
             '  <mets:metsHdr CREATEDATE="%sT09:00:00Z" RECORDSTATUS="Complete"/>' % iso_date(rng), '  <mets:fileSec>', '    <mets:fileGrp USE="preservation">']
    for i in range(rng.randint(3, 9)):
        ct = rng.choice(["MD5", "SHA-1", "SHA-256"])
        n = {"MD5": 32, "SHA-1": 40, "SHA-256": 64}[ct]
        lines += ['      <mets:file ID="FILE%03d" MIMETYPE="image/tiff" SIZE="%d" CHECKSUMTYPE="%s" CHECKSUM="%s">' % (i + 1, rng.randint(10**7, 10**9), ct, rs(rng, HEX, n)),
                  '        <mets:FLocat LOCTYPE="OTHER" OTHERLOCTYPE="SYSTEM" xlink:href="objects/%04d.tif"/>' % (i + 1), "      </mets:file>"]
    lines += ["    </mets:fileGrp>", "  </mets:fileSec>", "</mets:mets>"]
    return path, "\n".join(lines) + "\n", "xml-mets", "mets", "checksum"


def n_bagit(rng):
    path = rng.choice(["bags/%s/manifest-sha256.txt" % rs(rng, LOW + DIG, 10), "transfer/manifest-sha256.txt", "bag/manifest-md5.txt"])
    n = 32 if "md5" in path else 64
    lines = ["%s  data/%s/%04d.%s" % (rs(rng, HEX, n), rng.choice(["scans", "masters", "audio"]), i, rng.choice(["tif", "jp2", "wav"])) for i in range(rng.randint(5, 30))]
    return path, "\n".join(lines) + "\n", "bagit-manifest", "bagit", "checksum"


def n_bag_info(rng):
    path = rng.choice(["bags/%s/bag-info.txt" % rs(rng, LOW + DIG, 10), "transfer/bag-info.txt"])
    lines = ["Source-Organization: %s" % rng.choice(ORGS), "Organization-Address: %d High Street" % rng.randint(1, 200),
             "Contact-Email: digitalpreservation@%s" % rng.choice(DOMAINS), "External-Identifier: %s" % ark(rng), "Internal-Sender-Identifier: %s" % accession(rng),
             "Bagging-Date: %s" % iso_date(rng), "Payload-Oxum: %d.%d" % (rng.randint(10**6, 10**10), rng.randint(1, 400)),
             "Bag-Group-Identifier: %s" % uuid4(rng), "Bag-Software-Agent: bagit.py v1.8.1 <https://github.com/LibraryOfCongress/bagit-python>",
             "Tag-Manifest-SHA256: %s" % rs(rng, HEX, 64)]
    return path, "\n".join(lines) + "\n", "bagit-info", "bagit", "identifier"


def n_gedcom(rng):
    path = rng.choice(["exports/tree.ged", "gedcom/%s.ged" % rng.choice(["whitcombe", "macleod", "okafor", "ngata"]), "family/export_%s.ged" % iso_date(rng)])
    lines = ["0 HEAD", "1 SOUR FamilySearch Family Tree Export", "1 GEDC", "2 VERS 5.5.1", "2 FORM LINEAGE-LINKED", "1 CHAR UTF-8", "1 _EXPORTED_FROM_SITE_ID %d" % rng.randint(1000, 99999)]
    n = rng.randint(3, 7)
    for i in range(1, n + 1):
        lines += ["0 @I%d@ INDI" % i, "1 NAME %s /%s/" % (rng.choice(FIRST), rng.choice(LAST).replace("ø", "o")), "1 _UID %s" % rs(rng, "0123456789ABCDEF", 32),
                  "1 _FSFTID %s" % fs_pid(rng), "1 REFN %s" % fs_pid(rng), "1 RIN MH:I%d" % rng.randint(100, 9999), "1 FAMC @F%d@" % rng.randint(1, 3)]
    lines += ["0 @F1@ FAM", "1 HUSB @I1@", "1 WIFE @I2@", "1 CHIL @I3@", "0 TRLR"]
    return path, "\n".join(lines) + "\n", "gedcom", "gedcom", "xref_and_person_id"


def n_ead(rng):
    path = rng.choice(["ead/%s.xml" % accession(rng).replace(".", "_").replace("-", "_"), "finding-aids/ms_%d.xml" % rng.randint(1, 999), "export/ead/collection.xml"])
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<ead xmlns="urn:isbn:1-931666-22-9" xmlns:xlink="http://www.w3.org/1999/xlink">',
             '  <eadheader><eadid countrycode="GB" mainagencycode="GB-%d" url="https://hdl.handle.net/%s">%s</eadid></eadheader>' % (rng.randint(100, 9999), handle(rng), accession(rng)),
             "  <archdesc level=\"collection\">", "    <did>", "      <unittitle>Papers of %s</unittitle>" % person(rng),
             "      <unitid>%s</unitid>" % accession(rng), "      <unitdate>%d-%d</unitdate>" % (rng.randint(1800, 1870), rng.randint(1880, 1950)),
             "      <dao xlink:href=\"https://n2t.net/%s\" xlink:title=\"Digitised letters\"/>" % ark(rng), "    </did>", "    <dsc>"]
    for i in range(rng.randint(2, 6)):
        lines += ["      <c01 id=\"aspace_%s\" level=\"file\">" % rs(rng, HEX, 32), "        <did><unittitle>%s</unittitle><container type=\"box\">%d</container></did>" % (rng.choice(["Letters", "Accounts", "Photographs", "Sketchbook"]), i + 1), "      </c01>"]
    lines += ["    </dsc>", "  </archdesc>", "</ead>"]
    return path, "\n".join(lines) + "\n", "xml-ead", "archivesspace", "aspace_ref_id"


def n_iiif_manifest(rng):
    h = host(rng)
    oid = rs(rng, LOW + DIG, 12)
    path = rng.choice(["iiif/%s/manifest.json" % oid, "public/manifests/%s.json" % oid, "data/manifest.json"])
    canv = []
    for i in range(rng.randint(1, 2)):
        img = "%s_%04d" % (rs(rng, HEX, 16), i)
        canv.append({"id": "https://%s/iiif/%s/canvas/p%d" % (h, oid, i + 1), "type": "Canvas", "height": rng.randint(2000, 8000), "width": rng.randint(2000, 8000),
                     "items": [{"id": "https://%s/iiif/%s/page/p%d/1" % (h, oid, i + 1), "type": "AnnotationPage",
                                "items": [{"id": "https://%s/iiif/%s/annotation/p%04d-image" % (h, oid, i + 1), "type": "Annotation", "motivation": "painting",
                                           "body": {"id": "https://%s/iiif/3/%s/full/max/0/default.jpg" % (h, img), "type": "Image", "format": "image/jpeg",
                                                    "service": [{"id": "https://%s/iiif/3/%s" % (h, img), "type": "ImageService3", "profile": "level2"}]},
                                           "target": "https://%s/iiif/%s/canvas/p%d" % (h, oid, i + 1)}]}]})
    d = {"@context": "http://iiif.io/api/presentation/3/context.json", "id": "https://%s/iiif/%s/manifest" % (h, oid), "type": "Manifest",
         "label": {"en": ["%s, %d" % (rng.choice(["Portrait of a woman", "Sampler", "Ship plan", "Letter to the editor"]), rng.randint(1700, 1950))]},
         "metadata": [{"label": {"en": ["Accession number"]}, "value": {"none": [accession(rng)]}}, {"label": {"en": ["Wikidata"]}, "value": {"none": [qid(rng)]}}],
         "rights": "http://creativecommons.org/publicdomain/mark/1.0/", "items": canv}
    text = json.dumps(d, indent=2) + "\n"
    if text.count("\n") > 80:
        d["items"] = d["items"][:1]
        text = json.dumps(d, indent=1) + "\n"
    return path, text, "json-iiif", "iiif", "manifest_url"


def n_accession_csv(rng):
    path = rng.choice(["data/accessions.csv", "exports/objects_%s.csv" % iso_date(rng), "registers/accession_register.csv"])
    lines = ["accession_number,object_id,title,ark,doi,wikidata,image_sha1"]
    for _ in range(rng.randint(5, 25)):
        lines.append("%s,%s,\"%s\",%s,%s,%s,%s" % (accession(rng), uuid4(rng), rng.choice(["Tea caddy", "Sampler", "Carte de visite", "Ship's log", "Quilt", "Daguerreotype"]),
                                                  ark(rng), doi(rng), qid(rng), rs(rng, HEX, 40)))
    return path, "\n".join(lines) + "\n", "csv", "collections", "object_id"


def n_wikidata_nb(rng):
    path = rng.choice(["notebooks/wikidata_reconcile.ipynb", "notebooks/Wikidata creators.ipynb"])
    qs = " ".join("wd:%s" % qid(rng) for _ in range(rng.randint(3, 8)))
    cells = [("markdown", "# Reconcile makers against Wikidata\nNo login needed: the query service is public."),
             ("code", "from SPARQLWrapper import SPARQLWrapper, JSON\nsparql = SPARQLWrapper('https://query.wikidata.org/sparql', agent='%s-reconcile/0.1 (collections@%s)')" % (rng.choice(["harbourside", "kca"]), rng.choice(DOMAINS))),
             ("code", "sparql.setQuery('''\nSELECT ?item ?itemLabel ?ulan WHERE {\n  VALUES ?item { %s }\n  OPTIONAL { ?item wdt:P245 ?ulan }\n  SERVICE wikibase:label { bd:serviceParam wikibase:language \"en\". }\n}''')\nsparql.setReturnFormat(JSON)\nres = sparql.query().convert()" % qs),
             ("code", "rows = [(b['item']['value'], b.get('ulan', {}).get('value')) for b in res['results']['bindings']]\nlen(rows)")]
    return path, notebook(cells), "jupyter", "wikimedia", "wikidata_qid"


def n_i18n(rng):
    path = rng.choice(["config/locales/en.yml", "locales/en/translation.json", "app/i18n/messages_en.properties"])
    pairs = [("api_key_label", "API key"), ("api_key_help", "Paste the key from your Europeana account page"), ("password", "Password"),
             ("password_hint", "At least 12 characters"), ("secret_key", "Secret key"), ("token_expired", "Your session token has expired, please sign in again"),
             ("key_identity", "Key identity"), ("key_credential", "Key credential"), ("bot_password", "Bot password (from Special:BotPasswords)"),
             ("reset_password", "Reset password"), ("accession_number", "Accession number"), ("credential_saved", "Credential saved")]
    rng.shuffle(pairs)
    pairs = pairs[:rng.randint(6, 12)]
    if path.endswith(".yml"):
        text = "en:\n  settings:\n" + "".join("    %s: \"%s\"\n" % p for p in pairs)
        ft = "yaml-i18n"
    elif path.endswith(".json"):
        text = json.dumps({"settings": dict(pairs)}, indent=2) + "\n"
        ft = "json-i18n"
    else:
        text = "".join("settings.%s=%s\n" % p for p in pairs)
        ft = "properties-i18n"
    return path, text, ft, "i18n", "i18n_string"


def n_readme_demo(rng):
    path = rng.choice(["README.md", "docs/getting-started.md", "docs/apis.md"])
    lines = ["# %s" % rng.choice(["collections-aggregator", "glam-harvest", "heritage-sync"]), "", "Pulls open collection data from several APIs.", "",
             "## Keys", "", "Every API except the Wikidata query service needs a key. Put them in `.env` (see `.env.example`) - never in code.", "",
             "| API | variable | where to get it |", "|---|---|---|", "| Europeana | `EUROPEANA_API_KEY` | https://pro.europeana.eu/page/get-api |",
             "| DPLA | `DPLA_API_KEY` | `curl -v -XPOST https://api.dp.la/v2/api_key/you@example.org` |",
             "| Smithsonian | `SI_API_KEY` | https://api.data.gov/signup/ |", "| Harvard Art Museums | `HAM_API_KEY` | request form on the API docs page |", "",
             "For a first try you can use the public demo keys the providers document:", "", "```bash",
             "curl 'https://api.europeana.eu/record/v2/search.json?wskey=api2demo&query=vermeer'", "curl 'https://api.si.edu/openaccess/api/v1.0/search?q=quilt&api_key=DEMO_KEY'", "```", "",
             "Harvard keys look like `00000000-0000-0000-0000-000000000000`."]
    return path, "\n".join(lines) + "\n", "markdown", "docs", "documented_example"


def n_env_example(rng):
    path = rng.choice([".env.example", ".env.sample", "config/.env.template", "example.env"])
    keys = ["EUROPEANA_API_KEY=", "DPLA_API_KEY=", "SI_API_KEY=DEMO_KEY", "RIJKS_API_KEY=<your-rijksmuseum-key>", "HAM_API_KEY=00000000-0000-0000-0000-000000000000",
            "TROVE_API_KEY=", "DIGITALNZ_API_KEY=changeme", "OMEKA_KEY_IDENTITY=", "OMEKA_KEY_CREDENTIAL=", "IA_S3_ACCESS_KEY=", "IA_S3_SECRET_KEY=",
            "ASPACE_PASSWORD=", "CANTALOUPE_ADMIN_SECRET=", "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "DATABASE_URL=postgresql://collections:${POSTGRES_PASSWORD}@db:5432/collections"]
    rng.shuffle(keys)
    lines = ["# Copy to .env and fill in. Do not commit the real file."] + keys[:rng.randint(5, 12)]
    return path, "\n".join(lines) + "\n", "env", "multi", "placeholder"


def n_gh_secrets_wf(rng):
    path = ".github/workflows/%s.yml" % rng.choice(["harvest", "sync", "nightly"])
    names = rng.sample(["EUROPEANA_API_KEY", "DPLA_API_KEY", "SI_API_KEY", "TROVE_API_KEY", "DIGITALNZ_API_KEY", "OMEKA_KEY_CREDENTIAL", "IA_S3_SECRET_KEY", "WIKI_BOT_PASSWORD"], 3)
    lines = ["name: Harvest", "on:", "  schedule:", "    - cron: '17 3 * * *'", "jobs:", "  run:", "    runs-on: ubuntu-latest", "    env:"]
    lines += ["      %s: ${{ secrets.%s }}" % (n, n) for n in names]
    lines += ["      AWS_ROLE_ARN: arn:aws:iam::%s:role/harvester-ci" % rs(rng, DIG, 12), "    steps:", "      - uses: actions/checkout@v4",
              "      - uses: aws-actions/configure-aws-credentials@v4", "        with:", "          role-to-assume: ${{ env.AWS_ROLE_ARN }}", "          aws-region: eu-west-2",
              "      - run: make harvest"]
    return path, "\n".join(lines) + "\n", "github-workflow", "ci", "secret_reference"


def n_cantaloupe_safe(rng):
    path = rng.choice(["cantaloupe.properties", "config/cantaloupe.properties"])
    lines = ["# Cantaloupe - admin endpoint disabled, S3 via instance role", "http.port = 8182", "base_uri = https://%s" % host(rng), "endpoint.admin.enabled = false",
             "endpoint.admin.username = admin", "endpoint.admin.secret =", "source.static = S3Source", "S3Source.endpoint = s3.eu-west-2.amazonaws.com",
             "# credentials come from the EC2 instance profile", "S3Source.access_key_id =", "S3Source.secret_access_key =",
             "S3Source.BasicLookupStrategy.bucket.name = %s" % rng.choice(["masters-tiff", "iiif-source"]), "cache.server.derivative = FilesystemCache"]
    return path, "\n".join(lines) + "\n", "properties", "cantaloupe", "empty"


def n_aspace_env(rng):
    path = rng.choice(["config/config.rb", "archivesspace/config/config.rb"])
    lines = ["# values injected by the container entrypoint", "AppConfig[:db_url] = ENV.fetch('ASPACE_DB_URL')",
             "AppConfig[:frontend_cookie_secret] = ENV.fetch('ASPACE_FRONTEND_COOKIE_SECRET')", "AppConfig[:public_cookie_secret] = ENV.fetch('ASPACE_PUBLIC_COOKIE_SECRET')",
             "AppConfig[:search_user_secret] = ENV['ASPACE_SEARCH_USER_SECRET']", "AppConfig[:oai_proxy_url] = 'https://archives.%s/oai'" % rng.choice(DOMAINS),
             "AppConfig[:pui_hide][:accessions] = true", "AppConfig[:default_admin_password] = ENV.fetch('ASPACE_ADMIN_PASSWORD')"]
    return path, "\n".join(lines) + "\n", "ruby", "archivesspace", "env_reference"


def n_drupal_env(rng):
    path = "web/sites/default/settings.php"
    lines = ["<?php", "$databases['default']['default'] = [", "  'database' => getenv('DRUPAL_DEFAULT_DB_NAME'),", "  'username' => getenv('DRUPAL_DEFAULT_DB_USER'),",
             "  'password' => getenv('DRUPAL_DEFAULT_DB_PASSWORD'),", "  'host' => getenv('DB_HOST') ?: 'mariadb',", "  'driver' => 'mysql',", "];",
             "$settings['hash_salt'] = file_get_contents('/var/run/secrets/DRUPAL_DEFAULT_SALT');", "$settings['config_sync_directory'] = '../config/sync';",
             "// Fedora credentials are read by the flysystem adapter from FCREPO_* env vars."]
    return path, "\n".join(lines) + "\n", "php", "islandora_fedora", "env_reference"


def n_compose_secrets(rng):
    path = rng.choice(["docker-compose.yml", "isle/docker-compose.yml"])
    lines = ["services:", "  fcrepo:", "    image: islandora/fcrepo6:%s" % rng.choice(["3.1.2", "2.0.7"]), "    environment:",
             "      FCREPO_DB_PASSWORD_FILE: /run/secrets/FCREPO_DB_PASSWORD", "    secrets:", "      - FCREPO_DB_PASSWORD",
             "  cantaloupe:", "    image: islandora/cantaloupe:%s" % rng.choice(["3.1.2", "2.0.7"]), "    environment:", "      CANTALOUPE_ENDPOINT_ADMIN_ENABLED: \"false\"",
             "  mariadb:", "    image: islandora/mariadb:3", "    environment:", "      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?required}",
             "secrets:", "  FCREPO_DB_PASSWORD:", "    file: ./secrets/live/FCREPO_DB_PASSWORD"]
    return path, "\n".join(lines) + "\n", "docker-compose", "islandora_fedora", "secret_reference"


def n_pywikibot_config(rng):
    path = rng.choice(["user-config.py", "pywikibot/user-config.py"])
    lines = ["# pywikibot configuration (no secrets here; see password_file)", "family = '%s'" % rng.choice(["commons", "wikidata"]), "mylang = '%s'" % rng.choice(["commons", "wikidata"]),
             "usernames['commons']['commons'] = '%sBot'" % rng.choice(FIRST), "usernames['wikidata']['wikidata'] = '%sBot'" % rng.choice(FIRST),
             "password_file = 'user-password.py'", "put_throttle = %d" % rng.randint(1, 10), "maxlag = 5", "console_encoding = 'utf-8'"]
    return path, "\n".join(lines) + "\n", "python", "wikimedia", "no_secret"


def n_mapbox_public(rng):
    u = rng.choice(["harbourside", "kilbride-archives", "tasmanheritage"])
    payload = b64url_nopad(json.dumps({"u": u, "a": "cl" + rs(rng, LOW + DIG, 23)}, separators=(",", ":")).encode())
    pk = "pk." + payload + "." + mixed(rng, ALNUM + "_-", 22)
    path = rng.choice(["public/map.html", "site/map/index.html", "static/js/findspots.js"])
    if path.endswith(".js"):
        lines = ["// Public map of find-spots; pk.* tokens are URL-restricted public tokens", "mapboxgl.accessToken = '%s';" % pk, "const map = new mapboxgl.Map({",
                 "  container: 'map',", "  style: 'mapbox://styles/%s/%s'," % (u, rs(rng, LOW + DIG, 25)), "  center: [%.4f, %.4f]," % (rng.uniform(-10, 175), rng.uniform(-45, 58)), "  zoom: 7,", "});"]
        ft = "javascript"
    else:
        lines = ["<!doctype html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">", "  <title>Find-spots map</title>",
                 "  <link href=\"https://api.mapbox.com/mapbox-gl-js/v3.2.0/mapbox-gl.css\" rel=\"stylesheet\">", "</head>", "<body>", "<div id=\"map\"></div>",
                 "<script src=\"https://api.mapbox.com/mapbox-gl-js/v3.2.0/mapbox-gl.js\"></script>", "<script>", "  mapboxgl.accessToken = '%s';" % pk,
                 "  new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/light-v11', center: [%.3f, %.3f], zoom: 6 });" % (rng.uniform(-10, 175), rng.uniform(-45, 58)),
                 "</script>", "</body>", "</html>"]
        ft = "html"
    return path, "\n".join(lines) + "\n", ft, "mapbox", "public_token"


def n_stripe_pk(rng):
    pk = "pk_live_" + mixed(rng, ALNUM, 99)
    path = rng.choice(["shop/static/checkout.js", "src/shop/stripe.js", "assets/js/donate.js"])
    lines = ["// Museum shop / donations checkout. Publishable key is public by design.", "const stripe = Stripe('%s');" % pk,
             "document.querySelector('#donate').addEventListener('click', async () => {", "  const res = await fetch('/api/donations/session', { method: 'POST' });",
             "  const { id } = await res.json();", "  await stripe.redirectToCheckout({ sessionId: id });", "});"]
    return path, "\n".join(lines) + "\n", "javascript", "stripe", "publishable_key"


def n_git_lfs(rng):
    path = rng.choice(["masters.dvc", "data/scans.dvc", "audio/oral_histories.dvc"])
    lines = ["# tracked with DVC; the files live in the s3://%s remote" % rng.choice(["harbourside-dvc", "kca-dvc"]), "outs:",
             "- md5: %s.dir" % rs(rng, HEX, 32), "  size: %d" % rng.randint(10**8, 10**11), "  nfiles: %d" % rng.randint(10, 90000), "  hash: md5", "  path: %s" % path.split("/")[-1][:-4]]
    return path, "\n".join(lines) + "\n", "dvc", "dvc", "digest"


def n_vault(rng):
    path = rng.choice(["ansible/group_vars/prod/vault.yml", "ansible/host_vars/dams01/vault.yml"])
    body = rs(rng, HEX, rng.randint(400, 900))
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [body[i:i + 80] for i in range(0, len(body), 80)]
    return path, "\n".join(lines) + "\n", "ansible-vault", "ansible", "ciphertext"


def n_pgp_sig(rng):
    path = rng.choice(["releases/collections-dump-%s.csv.asc" % iso_date(rng), "dist/SHA256SUMS.asc"])
    b = base64.b64encode(rbytes(rng, rng.randint(280, 400))).decode()
    lines = ["-----BEGIN PGP SIGNATURE-----", ""] + [b[i:i + 64] for i in range(0, len(b), 64)] + ["=" + base64.b64encode(rbytes(rng, 3)).decode(), "-----END PGP SIGNATURE-----"]
    return path, "\n".join(lines) + "\n", "pgp-signature", "pgp", "signature"


def n_sealed_secret(rng):
    path = rng.choice(["k8s/sealed-harvester.yaml", "deploy/sealedsecret.yml"])
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: harvester-keys", "  namespace: collections", "spec:", "  encryptedData:"]
    for k in rng.sample(["EUROPEANA_API_KEY", "DPLA_API_KEY", "TROVE_API_KEY", "OMEKA_KEY_CREDENTIAL", "ASPACE_PASSWORD"], 2):
        lines.append("    %s: %s" % (k, "Ag" + base64.b64encode(rbytes(rng, rng.randint(300, 360))).decode()))
    return path, "\n".join(lines) + "\n", "kubernetes", "kubernetes", "ciphertext"


def n_package_lock(rng):
    path = rng.choice(["package-lock.json", "viewer/package-lock.json"])
    pk = {}
    for nm in rng.sample(["mirador", "openseadragon", "@iiif/parser", "leaflet", "axios", "manifesto.js", "universalviewer"], 4):
        pk["node_modules/" + nm] = {"version": "%d.%d.%d" % (rng.randint(0, 4), rng.randint(0, 20), rng.randint(0, 9)),
                                    "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (nm, nm.split("/")[-1]),
                                    "integrity": "sha512-" + base64.b64encode(rbytes(rng, 64)).decode()}
    d = {"name": "collection-viewer", "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return path, json.dumps(d, indent=2) + "\n", "json", "npm", "integrity_hash"


def n_bcrypt_fixture(rng):
    path = rng.choice(["spec/fixtures/users.yml", "test/fixtures/users.yml"])
    lines = ["# test users - hashes only (bcrypt)"]
    for i in range(rng.randint(2, 4)):
        lines += ["%s:" % rng.choice(["cataloguer", "registrar", "viewer", "admin", "volunteer"]) + str(i), "  username: %s" % username(rng),
                  "  password_digest: \"$2a$10$%s\"" % rs(rng, ALNUM + "./", 53), "  role: %s" % rng.choice(["staff", "public", "admin"])]
    return path, "\n".join(lines) + "\n", "yaml", "test_fixture", "password_hash"


def n_vcr_cassette(rng):
    path = rng.choice(["spec/cassettes/europeana_search.yml", "tests/cassettes/test_dpla_items.yaml"])
    lines = ["---", "http_interactions:", "- request:", "    method: get",
             "    uri: https://api.europeana.eu/record/v2/search.json?query=sampler&rows=12&wskey=<EUROPEANA_API_KEY>" if "europeana" in path else "    uri: https://api.dp.la/v2/items?q=sampler&api_key=<DPLA_API_KEY>",
             "    headers:", "      User-Agent:", "      - Faraday v2.9.0", "  response:", "    status:", "      code: 200", "      message: OK",
             "    body:", "      encoding: UTF-8", "      string: '{\"itemsCount\":12,\"totalResults\":%d}'" % rng.randint(100, 99999),
             "  recorded_at: %s" % iso_date(rng), "recorded_with: VCR 6.2.0"]
    return path, "\n".join(lines) + "\n", "yaml", "test_fixture", "filtered_cassette"


def n_rijks_response(rng):
    path = rng.choice(["tests/fixtures/rijks_collection.json", "fixtures/harvard_object.json", "sample_data/europeana_record.json"])
    if "rijks" in path:
        arts = [{"links": {"self": "https://www.rijksmuseum.nl/api/nl/collection/SK-A-%d" % (n := rng.randint(1000, 5000)), "web": "http://www.rijksmuseum.nl/nl/collectie/SK-A-%d" % n},
                 "id": "nl-SK-A-%d" % n, "objectNumber": "SK-A-%d" % n, "title": rng.choice(["Winter landscape", "Still life with cheese", "Portrait of a man"]),
                 "webImage": {"guid": uuid4(rng), "width": 2500, "height": 2034}} for _ in range(rng.randint(2, 4))]
        d = {"elapsedMilliseconds": rng.randint(10, 400), "count": rng.randint(100, 9000), "artObjects": arts}
    elif "harvard" in path:
        d = {"objectid": rng.randint(10000, 400000), "objectnumber": "%d.%d" % (rng.randint(1900, 2020), rng.randint(1, 500)),
             "images": [{"imageid": rng.randint(10**5, 10**6), "iiifbaseuri": "https://ids.lib.harvard.edu/ids/iiif/%d" % rng.randint(10**7, 10**8), "idsid": rng.randint(10**7, 10**8)}],
             "url": "https://harvardartmuseums.org/collections/object/%d" % rng.randint(10000, 400000), "lastupdate": iso_date(rng) + "T04:12:00-0400"}
    else:
        d = {"success": True, "object": {"about": "/%d/%s" % (rng.randint(2000000, 2100000), rs(rng, LOW + DIG + "_", 14)),
                                          "europeanaAggregation": {"edmPreview": "https://api.europeana.eu/thumbnail/v2/url.json?uri=https%%3A%%2F%%2F%s%%2F%d.jpg&type=IMAGE" % (host(rng), rng.randint(1, 9999))},
                                          "timestamp_created": iso_date(rng), "dcIdentifier": [accession(rng)]}}
    return path, json.dumps(d, indent=2) + "\n", "json", "api_fixture", "object_id"


def n_trove_citations(rng):
    path = rng.choice(["research/trove_articles.md", "notes/sources.md"])
    lines = ["# Newspaper sources (Trove)", ""]
    for _ in range(rng.randint(4, 10)):
        a = rng.randint(10**6, 3 * 10**8)
        lines.append("- \"%s\", *%s*, %s. https://nla.gov.au/nla.news-article%d" % (rng.choice(["Shipping intelligence", "Local and general", "Gold fields", "Obituary"]),
                                                                                 rng.choice(["The Argus", "The Mercury", "Sydney Morning Herald"]), iso_date(rng).replace("20", "18", 1), a))
    lines += ["", "Persistent id for the whole title: https://nla.gov.au/nla.news-title%d" % rng.randint(1, 1500),
              "DigitalNZ equivalents: https://paperspast.natlib.govt.nz/newspapers/%s%d%02d%02d.2.%d" % (rng.choice(["EP", "NZH", "ODT"]), rng.randint(1860, 1940), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 40))]
    return path, "\n".join(lines) + "\n", "markdown", "trove_nla", "article_id"


def n_chronam(rng):
    path = rng.choice(["scripts/chronam_pages.py", "harvest/chronicling_america.py"])
    lccn = "sn%d" % rng.randint(82000000, 96099999)
    lines = ['"""Chronicling America needs no API key; identifiers are LCCNs."""', "import requests", "",
             "LCCN = \"%s\"" % lccn, "URL = f\"https://chroniclingamerica.loc.gov/lccn/{LCCN}/issues/%d.json\"" % rng.randint(1850, 1922),
             "VA_OBJECT = \"https://api.vam.ac.uk/v2/museumobject/O%d\"  # V&A API is keyless" % rng.randint(10000, 1999999), "",
             "issues = requests.get(URL, timeout=30).json()[\"issues\"]", "for iss in issues[:%d]:" % rng.randint(3, 20), "    print(iss[\"date_issued\"], iss[\"url\"])"]
    return path, "\n".join(lines) + "\n", "python", "library_of_congress", "lccn"


def n_r_keyring(rng):
    path = rng.choice(["analysis/fetch.R", "R/harvest.R"])
    lines = ["library(httr2)", "# keys live in the OS keychain: keyring::key_set('dpla')", "dpla_key <- keyring::key_get(\"dpla\")",
             "trove_key <- Sys.getenv(\"TROVE_API_KEY\")", "stopifnot(nzchar(trove_key))", "",
             "req <- request(\"https://api.dp.la/v2/items\") |>", "  req_url_query(q = \"%s\", api_key = dpla_key, page_size = 100)" % rng.choice(["sampler", "quilt", "whaling"]),
             "resp <- req_perform(req)", "str(resp_body_json(resp)$count)"]
    return path, "\n".join(lines) + "\n", "r", "dpla", "secret_manager_reference"


def n_node_env(rng):
    path = rng.choice(["src/clients/omeka.js", "lib/aspace.js"])
    lines = ["// credentials come from the environment; see .env.example", "const axios = require('axios');", "",
             "const api = axios.create({", "  baseURL: process.env.OMEKA_API_URL || 'https://%s/api'," % host(rng), "  params: {",
             "    key_identity: process.env.OMEKA_KEY_IDENTITY,", "    key_credential: process.env.OMEKA_KEY_CREDENTIAL,", "  },", "});", "",
             "async function items(page = 1) {", "  const { data } = await api.get('/items', { params: { page, item_set_id: %d } });" % rng.randint(2, 300), "  return data;", "}",
             "module.exports = { items };"]
    return path, "\n".join(lines) + "\n", "javascript", "omeka_s", "env_reference"


def n_sentry_dsn(rng):
    path = rng.choice(["src/sentry.js", "public/js/monitoring.js"])
    dsn = "https://%s@o%d.ingest.sentry.io/%d" % (rs(rng, HEX, 32), rng.randint(100000, 999999), rng.randint(1000000, 9999999))
    lines = ["// Browser error reporting for the online collection. The DSN is public (client key only).", "import * as Sentry from '@sentry/browser';", "",
             "Sentry.init({", "  dsn: '%s'," % dsn, "  tracesSampleRate: %s," % rng.choice(["0.1", "0.05"]), "  environment: 'production',", "});"]
    return path, "\n".join(lines) + "\n", "javascript", "sentry", "public_dsn"


def n_access_log_masked(rng):
    path = rng.choice(["notes/incident-%s.md" % iso_date(rng), "docs/postmortem-harvest-outage.md"])
    lines = ["# Incident: harvest failing with 401", "", "Timeline (UTC):", "",
             "- 02:14 job starts, first request `GET /record/v2/search.json?wskey=****&query=*` returns 401",
             "- 02:15 retries exhausted; key `%s…` (first four chars only) shown as revoked in the provider console" % rs(rng, LOW, 2) + "",
             "- 08:30 %s rotated the key; the new one is in the password manager entry *Europeana API*" % person(rng), "",
             "Request id from the provider: `%s`" % uuid4(rng), "Trace id: `%s`" % rs(rng, HEX, 32), "",
             "Action: move the key to the secret store (done, see ticket DIG-%d)." % rng.randint(100, 2999)]
    return path, "\n".join(lines) + "\n", "markdown", "europeana", "masked"


def n_doi_config(rng):
    path = rng.choice(["config/identifiers.yml", "config/minting.yml"])
    lines = ["# persistent identifier minting", "ark:", "  naan: %d" % rng.choice([13030, 65665, 81055]), "  shoulder: %s" % rs(rng, "bcdfghjkmnpqrstvwxz", 2) + "1",
             "  resolver: https://n2t.net/", "handle:", "  prefix: \"%d.%d\"" % (rng.choice([10, 20]), rng.randint(100, 99999)), "  admin_handle: \"0.NA/%d.%d\"" % (rng.choice([10, 20]), rng.randint(100, 99999)),
             "  admin_index: 300", "  private_key_file: /etc/handle/admpriv.bin", "doi:", "  prefix: \"10.%d\"" % rng.randint(1000, 99999), "  datacite_repository: %s.%s" % (rng.choice(["BL", "HM", "KCA"]), rng.choice(["ARCHIVE", "COLL"])),
             "  password: ${DATACITE_PASSWORD}", "example_doi: %s" % doi(rng), "example_ark: %s" % ark(rng)]
    return path, "\n".join(lines) + "\n", "yaml", "identifiers", "doi_ark_handle"


NEG_DOMAIN = [n_mets_checksums, n_bagit, n_bag_info, n_gedcom, n_ead, n_iiif_manifest, n_accession_csv, n_wikidata_nb, n_i18n, n_readme_demo,
              n_env_example, n_gh_secrets_wf, n_cantaloupe_safe, n_aspace_env, n_drupal_env, n_compose_secrets, n_pywikibot_config, n_mapbox_public,
              n_stripe_pk, n_git_lfs, n_vault, n_pgp_sig, n_sealed_secret, n_package_lock, n_bcrypt_fixture, n_vcr_cassette, n_rijks_response,
              n_trove_citations, n_chronam, n_r_keyring, n_node_env, n_sentry_dsn, n_access_log_masked, n_doi_config]


# ---------------------------------------------------------------------------
# template registry: (name, fn, predicate(provider), weight)
# ---------------------------------------------------------------------------
def m(*modes):
    return lambda Pr: Pr["mode"] in modes


def keys(*ks):
    return lambda Pr: Pr["key"] in ks


ALL = lambda Pr: True
LOGIN = lambda Pr: Pr["mode"] == "password" and Pr["login"] not in (None, "dsn")
BASICISH = lambda Pr: Pr["mode"] == "apikey" or (Pr["mode"] == "password" and Pr["login"] == "basic")

TEMPLATES = [
    ("dotenv", t_dotenv, ALL, 1.0), ("yaml_config", t_yaml_config, ALL, 1.0), ("json_config", t_json_config, ALL, 1.0),
    ("properties", t_properties, ALL, 0.7), ("ini", t_ini, ALL, 0.7), ("toml", t_toml, ALL, 0.6), ("compose", t_compose, ALL, 1.0),
    ("gh_workflow", t_gh_workflow, ALL, 0.6), ("k8s", t_k8s, ALL, 0.6), ("ansible", t_ansible, ALL, 0.6), ("dockerfile", t_dockerfile, ALL, 0.6),
    ("makefile", t_makefile, ALL, 0.4), ("xml_config", t_xml_config, ALL, 0.6), ("shell_export", t_shell_export, ALL, 0.6),
    ("py_settings", t_py_settings, ALL, 1.0), ("js_config", t_js_config, ALL, 0.8), ("ts_config", t_ts_config, ALL, 0.6),
    ("php_config", t_php_config, ALL, 0.6), ("rb_init", t_rb_init, ALL, 0.5), ("renviron", t_renviron, ALL, 0.6),
    ("java_const", t_java_const, ALL, 0.4), ("go_const", t_go_const, ALL, 0.4),
    ("py_requests", t_py_requests, m("apikey"), 1.6), ("py_url_inline", t_py_url_inline, m("apikey"), 1.4),
    ("py_positional", t_py_positional, lambda Pr: Pr["mode"] in ("apikey", "pair") or LOGIN(Pr), 1.0),
    ("node_fetch", t_node_fetch, m("apikey"), 1.2), ("r_httr", t_r_httr, m("apikey"), 1.0), ("php_guzzle", t_php_guzzle, m("apikey"), 0.7),
    ("notebook", t_notebook, lambda Pr: Pr["mode"] == "apikey" or (Pr["mode"] == "password" and Pr["login"] == "basic") or Pr["key"] in ("myheritage",), 1.3),
    ("curl_sh", t_curl_sh, m("apikey"), 0.9), ("md_runbook", t_md_runbook, BASICISH, 1.0),
    ("mets_flocat", t_mets_flocat, lambda Pr: Pr["mode"] == "apikey" and Pr["param"] and Pr["key"] not in ("google", "mapbox"), 1.5),
    ("py_login", t_py_login, LOGIN, 2.0), ("curl_login", t_curl_login, LOGIN, 1.5), ("node_login", t_node_login, LOGIN, 1.0),
    ("dsn_env", t_dsn_env, keys("postgres", "mysql"), 2.0), ("dsn_py", t_dsn_py, keys("postgres", "mysql"), 1.5),
    ("rails_db", t_rails_db, keys("postgres", "mysql"), 1.0), ("knex", t_knex, keys("postgres", "mysql"), 1.0),
    ("omeka_s_script", t_omeka_s_script, keys("omeka_s"), 4.0), ("omeka_s_notebook", t_omeka_s_notebook, keys("omeka_s"), 3.0),
    ("database_ini", t_database_ini, keys("mysql", "collectiveaccess"), 2.0), ("aspace_config", t_aspace_config, keys("archivesspace_secret", "mysql"), 4.0),
    ("ca_setup", t_ca_setup, keys("collectiveaccess", "mysql"), 4.0), ("drupal_settings", t_drupal_settings, keys("drupal_salt", "postgres", "mysql"), 4.0),
    ("cantaloupe", t_cantaloupe, keys("cantaloupe", "aws", "azure"), 5.0), ("ia_ini", t_ia_ini, keys("internetarchive"), 4.0),
    ("ia_python", t_ia_python, keys("internetarchive"), 4.0), ("pywikibot", t_pywikibot, keys("wm_botpw"), 5.0),
    ("wm_oauth_py", t_wm_oauth_py, keys("wm_oauth"), 5.0), ("preservica_props", t_preservica, keys("preservica"), 5.0),
    ("axiell_xml", t_axiell_xml, keys("axiell"), 5.0), ("gedcom_note", t_gedcom_note, keys("familysearch_pw", "wikitree"), 9.0),
    ("py_oai", t_py_oai, keys("rijksmuseum", "collectiveaccess", "axiell"), 2.5),
    ("isle_env", t_isle_env, keys("fedora", "postgres", "mysql", "drupal_salt"), 2.5), ("aws_creds", t_aws_creds, keys("aws"), 4.0),
    ("boto3", t_boto3, keys("aws"), 4.0), ("azure_conn", t_azure_conn, keys("azure"), 5.0), ("git_remote", t_git_remote, keys("github"), 4.0),
]
# file types that a negative re-use must not change (placeholders that break the format)


def wchoice(rng, items, weights):
    tot = sum(weights)
    x = rng.random() * tot
    acc = 0.0
    for it, w in zip(items, weights):
        acc += w
        if x < acc:
            return it
    return items[-1]


def make_ctx(rng, Pr, positive, neg_pref=None):
    C = Ctx()
    C.rng = rng
    C.P = Pr
    C.obv = rng.random() < 0.5
    C.name = rng.choice(Pr["names"]) if C.obv else rng.choice(NEUTRAL)
    C.idname = Pr["idname"] or "username"
    secret, pub = Pr["gen"](rng)
    if positive:
        C.V = Slot(s=secret)
        C.PUB = Slot(s=pub if pub is not None else username(rng))
        C.secret = secret
    else:
        C.V = neg_slot(rng, Pr, neg_pref)
        C.secret = None
        if C.V.env:
            base = Pr["env"]
            for suf in ("_SECRET_ACCESS_KEY", "_SECRET_KEY", "_CLIENT_SECRET", "_CONSUMER_SECRET", "_KEY_CREDENTIAL", "_PASSWORD", "_SECRET"):
                if base.endswith(suf):
                    base = base[: -len(suf)]
                    break
            C.PUB = Slot(env=base + ("_ACCESS_KEY_ID" if Pr["key"] == "aws" else "_ID" if Pr["mode"] == "pair" else "_USER"))
        elif Pr["key"] == "aws":
            C.PUB = Slot(s="AKIAIOSFODNN7EXAMPLE")
        else:
            C.PUB = Slot(s=pub if pub is not None else username(rng))
    return C


def first_line(text, needle):
    i = text.find(needle)
    if i < 0:
        return None
    return text.count("\n", 0, i) + 1


def pick_template(rng, Pr):
    cands = [t for t in TEMPLATES if t[2](Pr)]
    return wchoice(rng, cands, [t[3] for t in cands])


def gen_positive(rng):
    Pr = wchoice(rng, PROVIDERS, [p["weight"] for p in PROVIDERS])
    for _ in range(50):
        name, fn, _pred, _w = pick_template(rng, Pr)
        C = make_ctx(rng, Pr, True)
        path, text, ft = fn(C)
        ln = first_line(text, C.secret)
        n = text.count(C.secret)
        if ln is not None and n == 1 and 5 <= text.count("\n") <= 80:
            return dict(path=path, text=text, filetype=ft, provider=Pr["provider"], kind=Pr["kind"], template=name, needle=C.secret, line=ln)
    raise RuntimeError("could not build positive for %s" % Pr["key"])


def gen_negative_reuse(rng):
    Pr = wchoice(rng, PROVIDERS, [p["weight"] for p in PROVIDERS])
    name, fn, _pred, _w = pick_template(rng, Pr)
    C = make_ctx(rng, Pr, False)
    path, text, ft = fn(C)
    return dict(path=path, text=text, filetype=ft, provider=Pr["provider"], kind=C.V.what, template=name)


def gen_negative_domain(rng, i):
    fn = NEG_DOMAIN[i % len(NEG_DOMAIN)] if i < len(NEG_DOMAIN) else rng.choice(NEG_DOMAIN)
    path, text, ft, prov, kind = fn(rng)
    return dict(path=path, text=text, filetype=ft, provider=prov, kind=kind, template=fn.__name__)


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ef.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []
    for i in range(500):
        r = gen_positive(rng)
        rel = "pos/p%04d/%s" % (i, r["path"])
        write(outdir, rel, r["text"])
        manifest.append({"file": rel, "label": "pos", "provider": r["provider"], "kind": r["kind"], "filetype": r["filetype"], "template": r["template"]})
        secrets.append({"file": rel, "needle": r["needle"], "line": r["line"]})
    order = ["reuse"] * 250 + ["domain"] * 250
    rng.shuffle(order)
    di = 0
    for i, how in enumerate(order):
        if how == "reuse":
            r = gen_negative_reuse(rng)
        else:
            r = gen_negative_domain(rng, di)
            di += 1
        rel = "neg/n%04d/%s" % (i, r["path"])
        write(outdir, rel, r["text"])
        manifest.append({"file": rel, "label": "neg", "provider": r["provider"], "kind": r["kind"], "filetype": r["filetype"], "template": r["template"]})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for row in manifest:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for row in secrets:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
