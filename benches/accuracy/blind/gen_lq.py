#!/usr/bin/env python3
"""gen_lq.py - blind evaluation set: library & museum systems and their integrations.

EMPHASIS
    Credentials as they appear in the repositories of libraries, archives and
    museums: EZproxy (user.txt text-file users, ::SIP / ::LDAP / ::Ticket blocks,
    config.txt signature keys, ticket scripts), OCLC (WorldShare WSKey secrets,
    Connexion logons), Ex Libris Alma/Primo API keys (l8xx / l7xx), FOLIO (Okapi
    x-okapi-token JWTs, edge-module API keys and ephemeral store passwords, admin
    passwords), Koha (koha-conf.xml, SIPconfig.xml, Z39.50 targets), Evergreen
    (opensrf.xml, opensrf_core.xml, oils_sip.xml, eg_db_config), DSpace (local.cfg),
    VuFind (config.ini and ILS driver ini files), Sierra / Polaris / Symphony API
    keys and secrets, Aspen Discovery, ArchivesSpace (config.rb), Islandora/Fedora,
    CollectiveAccess, OpenAthens, Shibboleth SP/IdP, SIP2 self-check machines and
    yaz-client Z39.50 authentication.
    File types: EZproxy user.txt/config.txt, XML, INI, Java .properties, Ruby,
    Perl, PHP, Python, JavaScript, C#, shell, YAML (Ansible, compose, GitHub
    workflows), JSON, Markdown, CSV, SQL, Terraform, Dockerfile, PEM, MARC-like
    text (.mrk), logs.

USAGE
    python3 -B gen_lq.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files), OUTDIR/neg/nNNNN/<relpath>
    (500 files), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness
    comes from one random.Random(SEED); output is byte-identical per SEED.

NEEDLE CONVENTIONS
    * The needle is the secret value only, exactly as written: a password without
      its key name or quotes; for `user:password` lines (EZproxy user.txt, curl -u,
      yaz-client -u user/password, FOLIO ephemeral `tenant=user,password`) only
      the password part.
    * Database URLs / JDBC URLs: only the password component of the URL.
    * Headers: only the token value (`Authorization: apikey <needle>`,
      `x-okapi-token: <needle>`); for HTTP Basic the whole base64 blob.
    * URLs with keys (`?apikey=`, `?apiKey=`): only the query value.
    * Key pairs (WSKey client id + secret, Sierra key + secret, Polaris access id +
      access key): the needle is the secret half; the client id / key id is
      treated as public.
    * JWTs: the full three-part token.  FOLIO edge API keys: the full base64
      string including '=' padding.
    * Multi-line PEM private keys: the first base64 line after the BEGIN line.
    * `line` is the 1-based line of the needle's first occurrence.

NEGATIVES
    Half re-use the positive templates with the secret slot holding a non-secret:
    placeholders (<your-api-key>, YOUR_API_KEY_HERE, changeme, xxxx...), empty
    values, masked values (****, [REDACTED]), environment / secret-manager
    references in the file's own syntax (os.environ[...], process.env.X, ENV[...],
    $ENV{...}, getenv(), ${VAR}, {{ vault_... }}, op://..., vault: paths), Koha
    style __TEMPLATE__ tokens, and providers' documented examples (EZproxy doc
    `sippass`/`termpass`/`shhh`, Sierra doc Elvis:Presley1, DSpace default
    `dspace`, ArchivesSpace doc `as123`, FOLIO README edge key, OCLC README
    secret, OCLC WSKey Lite doc key).  The other half are look-alikes: ISBN-10/13
    and ISSN with valid check digits, OCLC numbers, MARC 001/035, LCCNs, call
    numbers, DOIs, ORCID iDs (ISO 7064 check), patron barcodes (mod-10),
    FOLIO UUIDs/hrids, MMS ids, SIP2 logs with AD/CO masked, EZproxy user.txt with
    ::auth directives and no password, bcrypt ($2a$) hashes, checksums, commit
    hashes, image digests, SRI hashes, public certificates and JWKS, PGP public
    keys, OAI-PMH resumption tokens, RFID EPCs, ARKs, handles, base64 data.
    No negative is written to a .env / .env.* file (only .env.example).

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * OCLC developer docs: WSKey V1 client identifier is "an 80 character
      string"; V2 HMAC header `http://www.worldcat.org/wskey/v2/hmac/v1
      clientId=..., timestamp=..., nonce=..., signature=...`.  OCLC's own
      oclc-auth-node README shows a WSKey secret as base64 of 16 bytes (24 chars,
      `==`).  The WSKey Lite doc example key is used only as a negative.
    * Ex Libris: public code shows Alma/Primo keys as `l8xx`/`l7xx` + 32 lowercase
      hex (36 chars), passed as `apikey=` query parameter or
      `Authorization: apikey <key>`; hosts api-na/api-eu/api-ap.hosted.exlibrisgroup.com.
    * FOLIO edge-common README: edge API key = URL-safe base64 of
      {"s":salt,"t":tenant,"u":user}, salt 10 chars by default; given as
      `?apiKey=`, `Authorization: apikey` or in the path.
    * Sierra REST API docs: client secret chosen by the library, at least 8
      chars; token request with HTTP Basic base64(key:secret) to
      /iii/sierra-api/v6/token (doc example Elvis/Presley1 used as negative).
    * Polaris: `Authorization: PWS [PAPIAccessKeyID]:[Signature]`.
    * EZproxy docs: ::SIP blocks with LoginUsername/LoginPassword/
      TerminalPassword, `::file=` text-file users `user:password`, ticket
      authentication shared secret after `MD5` in user.txt, `::CGI=` URLs.

DOUBTS
    * Okapi JWT algorithm/claims (HS512? sub/user_id/tenant/iat) not confirmed;
      tokens here are random-signature JWTs of that shape.
    * Polaris PAPI access key assumed to be a GUID; Sierra client key format
      (random ~28 chars) assumed; OpenAthens API key format (UUID-like, header
      `OAApiKey`) not confirmed.
    * Config key names for Koha (koha-conf.xml <pass>, /etc/koha/passwd),
      Evergreen (<pw>, <passwd>, oils_sip.xml), DSpace, VuFind ([Authentication]
      ils_encryption_key, SierraRest.ini, Polaris.ini), ArchivesSpace
      (*_user_secret), Aspen (config.pwd.ini), CollectiveAccess, EZproxy
      TokenSignatureKey/::LDAP BindPassword and SIP2 93-message CN/CO fields are
      from general knowledge, not re-checked against documentation.
    * Connexion logon file layout is invented around the documented
      "authorization + password" pair.
"""
import base64
import json
import os
import random
import sys

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = LOWER + UPPER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"


class Expr(str):
    """A code expression written without quotes (env lookups in negatives)."""


def S(v, q="'"):
    return str(v) if isinstance(v, Expr) else q + v + q


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rhex(r, n):
    return rs(r, HEX, n)


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def ruuid(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rpass(r, ctx="plain"):
    """A strong random password safe for the given syntax context."""
    punct = {"plain": "!#%^*-_=+.?", "xml": "!#%*-_=+.?", "url": "-_.~",
             "ini": "!%*-_+.?", "shell": "!%*-_+.?", "csv": "!#%*-_+.?"}[ctx]
    style = r.random()
    if style < 0.25 and ctx != "url":
        words = ["Folio", "Marc", "Dewey", "Codex", "Vellum", "Quarto", "Atlas",
                 "Lexis", "Stacks", "Folium", "Incipit", "Colophon", "Verso"]
        return r.choice(words) + rs(r, punct, 1) + rs(r, DIGITS, 4) + rs(r, UPPER + LOWER, 3)
    n = r.randint(14, 24)
    while True:
        p = rs(r, ALNUM + ALNUM + punct, n)
        if (any(c in DIGITS for c in p) and any(c in LOWER for c in p)
                and any(c in UPPER for c in p) and p[0] not in "-=+#!"):
            return p


# ---------------------------------------------------------------- secrets
def g_alma(r):
    return "l8xx" + rhex(r, 32)


def g_primo(r):
    return "l7xx" + rhex(r, 32)


def g_wskey_id(r):
    return rs(r, ALNUM, 80)


def g_wskey_secret(r):
    return b64(r, 16)


def g_edge_key(r, tenant="diku", user=None):
    salt = rs(r, ALNUM, r.choice([10, 10, 20]))
    obj = '{"s":"%s","t":"%s","u":"%s"}' % (salt, tenant, user or tenant)
    return base64.urlsafe_b64encode(obj.encode()).decode()


def g_okapi_jwt(r, tenant="diku", user="diku_admin"):
    head = b64url(b'{"alg":"HS512"}')
    body = '{"sub":"%s","user_id":"%s","type":"legacy-access","iat":%d,"tenant":"%s"}' % (
        user, ruuid(r), r.randint(1650000000, 1720000000), tenant)
    return head + "." + b64url(body.encode()) + "." + b64url(rbytes(r, 64))


def g_sierra_key(r):
    return rs(r, ALNUM + "+/", 28)


def g_sierra_secret(r):
    return rpass(r, "url")


def g_basic(r, user):
    return base64.b64encode((user + ":" + rpass(r, "url")).encode()).decode()


def g_guid_upper(r):
    return ruuid(r).upper()


def g_pem_lines(r):
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + b64(r, 1180)
    body = body[:1624]
    return [body[i:i + 64] for i in range(0, len(body), 64)]


# ---------------------------------------------------------------- context data
LIBS = [("Riverside Public Library", "rpl"), ("Northfield College Library", "ncl"),
        ("St. Brendan University Libraries", "sbu"), ("Harbor County Library System", "hcls"),
        ("Museum of Regional History", "mrh"), ("Calder Art Museum Archives", "cama"),
        ("Westbrook Law Library", "wll"), ("Lakeshore Medical Library", "lml"),
        ("Pinecrest Community College", "pcc"), ("Marlow Historical Society", "mhs")]
TENANTS = ["diku", "fs00001000", "fs09000000", "cornell", "tamu", "lib5c", "mainlib"]
ALMA_HOSTS = ["api-na.hosted.exlibrisgroup.com", "api-eu.hosted.exlibrisgroup.com",
              "api-ap.hosted.exlibrisgroup.com", "api-ca.hosted.exlibrisgroup.com"]
FIRST = ["anna", "bjorn", "carla", "dmitri", "elena", "farid", "grace", "hiro",
         "ines", "jonas", "kemi", "liam", "maya", "noor", "oskar", "priya"]
LAST = ["okafor", "lindqvist", "moreau", "tanaka", "garcia", "novak", "reyes",
        "fischer", "haddad", "osei", "kowalski", "brennan"]


def lib(r):
    return r.choice(LIBS)


def host(r, code, sub):
    return "%s.%s.%s" % (sub, code, r.choice(["org", "edu", "lib.us", "museum"]))


def person(r):
    return r.choice(FIRST) + "." + r.choice(LAST)


def ean_check(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def isbn13(r):
    d = r.choice(["978", "979"]) + rs(r, DIGITS, 9)
    return d + ean_check(d)


def isbn10(r):
    d = rs(r, DIGITS, 9)
    s = sum(int(c) * (10 - i) for i, c in enumerate(d))
    c = (11 - s % 11) % 11
    return d + ("X" if c == 10 else str(c))


def issn(r):
    d = rs(r, DIGITS, 7)
    s = sum(int(c) * (8 - i) for i, c in enumerate(d))
    c = (11 - s % 11) % 11
    return d[:4] + "-" + d[4:] + ("X" if c == 10 else str(c))


def orcid(r):
    d = "000" + str(r.randint(0, 2)) + rs(r, DIGITS, 11)
    tot = 0
    for c in d:
        tot = (tot + int(c)) * 2
    c = (12 - tot % 11) % 11
    d += "X" if c == 10 else str(c)
    return "-".join(d[i:i + 4] for i in range(0, 16, 4))


def luhn(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return str((10 - s % 10) % 10)


def barcode(r, prefix="2"):
    d = prefix + rs(r, DIGITS, 12)
    return d + luhn(d)


def oclcnum(r):
    n = r.randint(100000, 2100000000)
    if n < 100000000:
        return "ocm%08d" % n if r.random() < 0.5 else "(OCoLC)%d" % n
    return ("ocn%d" % n) if n < 1000000000 else ("on%d" % n)


def lccn(r):
    return "%d%06d" % (r.randint(1990, 2023), r.randint(1, 999999))


def callno(r):
    return "%s%d .%s%d %d" % (r.choice(["PS", "QA", "HD", "E", "ND", "BX", "Z"]), r.randint(1, 9999),
                              r.choice(UPPER), r.randint(10, 99), r.randint(1950, 2023))


def doi(r):
    return "10.%d/%s" % (r.randint(1000, 9999), r.choice(["j.lib.", "s", "acrl.", "jdoc."]) + rs(r, DIGITS, 4) + "." + rs(r, DIGITS, 3))


def mmsid(r):
    return "99" + rs(r, DIGITS, 12) + r.choice(["3126", "5601", "4731", "2146"])


# ---------------------------------------------------------------- fillers
ENV_EXPR = {
    "py": ['os.environ["{N}"]', 'os.getenv("{N}")', 'settings.{N}'],
    "js": ["process.env.{N}", "process.env['{N}']"],
    "php": ["getenv('{N}')", "$_ENV['{N}']"],
    "rb": ["ENV['{N}']", 'ENV.fetch("{N}")'],
    "pl": ["$ENV{{{N}}}"],
    "java": ['System.getenv("{N}")'],
    "cs": ['Environment.GetEnvironmentVariable("{N}")'],
}
CFG_REFS = ["${{{N}}}", "{{{{ vault_{n} }}}}", "{{{{ lookup('env', '{N}') }}}}",
            "op://Library-Systems/{n}/password", "vault:secret/data/library/{n}#value",
            "%({N})s", "@@{N}@@", "$({N})", "__{N}__"]
PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "CHANGE_ME",
                "xxxxxxxxxxxxxxxxxxxxxxxx", "<password>", "REPLACE_ME", "<secret>",
                "your-secret-here", "TODO", "<insert key>", "XXXXXXXX"]
MASKED = ["****", "********", "[REDACTED]", "<redacted>", "**********", "[hidden]"]


def filler(r, lang, env, docex):
    """Choose a non-secret value for a template's secret slot."""
    while True:
        v, style = _filler(r, lang, env, docex)
        if lang != "xml" or not any(c in v for c in "<>&'\""):
            return v, style


def _filler(r, lang, env, docex):
    x = r.random()
    if docex and x < 0.14:
        return r.choice(docex), "documented-example"
    if x < 0.40:
        return r.choice(PLACEHOLDERS), "placeholder"
    if x < 0.50:
        return r.choice(MASKED), "masked"
    if x < 0.56:
        return "", "empty"
    if lang in ENV_EXPR and x < 0.85:
        return Expr(r.choice(ENV_EXPR[lang]).format(N=env)), "env-reference"
    refs = CFG_REFS if lang == "cfg" else [c for c in CFG_REFS if "'" not in c]
    ref = r.choice(refs).format(N=env, n=env.lower())
    return ref, "env-reference"


# ---------------------------------------------------------------- positive templates
POS = []


def pos(prov, kind, gen, lang="cfg", env="SECRET", docex=()):
    def deco(f):
        POS.append(dict(f=f, prov=prov, kind=kind, gen=gen, lang=lang, env=env,
                        docex=list(docex), name=f.__name__))
        return f
    return deco


def ezp_header(r, name):
    return ("# EZproxy user authentication for %s\n"
            "# Changes to this file take effect immediately; no restart needed.\n"
            "# Reviewed %d-%02d by systems librarian\n\n" % (name, r.randint(2019, 2024), r.randint(1, 12)))


@pos("ezproxy", "password", lambda r: rpass(r, "plain"), env="EZPROXY_ADMIN_PASS", docex=["secret", "codeword"])
def p_ezp_userfile(r, v):
    name, code = lib(r)
    lines = [ezp_header(r, name).rstrip("\n"), "",
             "# Local emergency accounts (text-file authentication)",
             "%s:%s" % (r.choice(["ezadmin", "sysadmin", "eresources", "proxyadmin"]), v),
             "", "# Everyone else authenticates against the ILS",
             "::SIP", "Host sip.%s.org:6001" % code, "SIP2", "/SIP", "",
             "::Common", "Audit Most", "/Common"]
    return "ezproxy/user.txt", "\n".join(lines) + "\n"


@pos("ezproxy", "sip2-password", lambda r: rpass(r, "plain"), env="SIP_LOGIN_PASSWORD", docex=["sippass"])
def p_ezp_sip(r, v):
    name, code = lib(r)
    port = r.choice([6001, 6002, 8023, 1290])
    lines = [ezp_header(r, name).rstrip("\n"), "",
             "::SIP", "Host sip.%s.org:%d" % (code, port), "Timeout 30",
             "LoginUsername %s" % r.choice(["ezproxy", "ezp_sip", "proxyuser"]),
             "LoginPassword %s" % v,
             "LoginLocation %s" % r.choice(["EZproxy", "REMOTE", "MAIN"]),
             "TerminalInstitution %s" % code.upper(), "SIP2", "/SIP", "",
             "::file=localusers.txt"]
    return r.choice(["ezproxy/user.txt", "ezproxy/ezproxy.usr"]), "\n".join(lines) + "\n"


@pos("ezproxy", "sip2-password", lambda r: rpass(r, "plain"), env="SIP_TERMINAL_PASSWORD", docex=["termpass"])
def p_ezp_sip_term(r, v):
    name, code = lib(r)
    lines = ["# %s - patron authentication via Symphony SIP2" % name,
             "::SIP,Debug", "Host %s:%d" % (host(r, code, "ils"), r.choice([6001, 6003])),
             "Timeout 20", "TerminalInstitution %s" % code.upper(),
             "TerminalPassword %s" % v, "SIP2", "IfInvalid; Deny invalid.htm", "/SIP"]
    return "config/ezproxy/user.txt", "\n".join(lines) + "\n"


@pos("ezproxy", "ticket-secret", lambda r: rpass(r, "plain"), env="EZPROXY_TICKET_SECRET", docex=["shhh"])
def p_ezp_ticket(r, v):
    name, code = lib(r)
    lines = [ezp_header(r, name).rstrip("\n"), "",
             "# Courseware links are signed by the portal and accepted for 10 minutes",
             "::Ticket", "TimeValid 10", "MD5 %s" % v, "Expired; Deny expired.html", "/Ticket", "",
             "::CGI=https://auth.%s.org/ezpauth.cgi?url=^R" % code]
    return "ezproxy/user.txt", "\n".join(lines) + "\n"


@pos("ezproxy", "signing-key", lambda r: rs(r, ALNUM, r.choice([32, 40, 48])), env="EZPROXY_TOKEN_SIG_KEY")
def p_ezp_config(r, v):
    name, code = lib(r)
    dbs = [("JSTOR", "www.jstor.org", "jstor.org"), ("ProQuest", "search.proquest.com", "proquest.com"),
           ("Web of Science", "www.webofscience.com", "webofscience.com"),
           ("Oxford English Dictionary", "www.oed.com", "oed.com")]
    r.shuffle(dbs)
    out = ["# EZproxy config.txt - %s" % name, "Name ezproxy.%s.org" % code, "LoginPortSSL 443",
           "Option ForceHTTPSLogin", "MaxLifetime 120", "MaxSessions 5000",
           "TokenKey %s-ezp" % code, "TokenSignatureKey %s" % v, ""]
    for t, u, d in dbs[:3]:
        out += ["Title %s" % t, "URL https://%s" % u, "DJ %s" % d, "Option Cookie" if r.random() < 0.5 else "HJ %s" % u, ""]
    return "ezproxy/config.txt", "\n".join(out)


@pos("ezproxy", "ticket-secret", lambda r: rpass(r, "plain"), lang="php", env="EZPROXY_SECRET", docex=["shhh"])
def p_ezp_ticket_php(r, v):
    name, code = lib(r)
    body = """<?php
// Builds EZproxy ticket URLs for users already signed in to the %s portal.
require_once __DIR__ . '/../vendor/autoload.php';

$ezproxy = 'https://ezproxy.%s.org/login';
$secret  = %s;

function ezproxy_url($ezproxy, $secret, $user, $url, $groups = '') {
    $packet = '$u' . time();
    if ($groups !== '') {
        $packet .= '$g' . $groups;
    }
    $packet .= '$e';
    $ticket = urlencode(md5($secret . $user . $packet) . $packet);
    return $ezproxy . '?user=' . urlencode($user) . '&ticket=' . $ticket . '&url=' . urlencode($url);
}

header('Location: ' . ezproxy_url($ezproxy, $secret, $_SESSION['netid'], $_GET['url']));
""" % (name, code, S(v))
    return "public/ezproxy/ticket.php", body


@pos("ezproxy", "ticket-secret", lambda r: rpass(r, "plain").replace("@", "a"), lang="pl", env="EZP_TICKET_SECRET")
def p_ezp_ticket_pl(r, v):
    name, code = lib(r)
    body = """#!/usr/bin/perl
use strict;
use warnings;
use CGI;
use Digest::MD5 qw(md5_hex);
use URI::Escape;

# %s - hand patrons from the LMS to EZproxy
my $ezproxy = "https://login.ezproxy.%s.org/login";
my $shared  = %s;

my $q    = CGI->new;
my $user = $q->remote_user() || 'guest';
my $url  = $q->param('url') || 'https://www.jstor.org/';
my $packet = '$u' . time() . '$e';
my $ticket = uri_escape(md5_hex($shared . $user . $packet) . $packet);
print $q->redirect("$ezproxy?user=$user&ticket=$ticket&url=" . uri_escape($url));
""" % (name, code, S(v))
    return "cgi-bin/ezpticket.pl", body


@pos("ezproxy", "ldap-password", lambda r: rpass(r, "plain"), env="LDAP_BIND_PASSWORD")
def p_ezp_ldap(r, v):
    name, code = lib(r)
    lines = ["# %s - staff and students via campus directory" % name,
             "::LDAP", "BindUser CN=svc-ezproxy,OU=Service Accounts,DC=%s,DC=edu" % code,
             "BindPassword %s" % v,
             "URL ldaps://ldap.%s.edu/OU=People,DC=%s,DC=edu?sAMAccountName?sub?(objectClass=person)" % (code, code),
             "IfUnauthenticated; Stop", "/LDAP", "", "::file=walkins.txt"]
    return "ezproxy/user.txt", "\n".join(lines) + "\n"


# --- OCLC -----------------------------------------------------------------
OCLC_DOC = ["eUK5Qz9AdsZQrCPRRliBzQ==", "{secret}", "api-key-secret"]


@pos("oclc", "wskey-secret", g_wskey_secret, env="OCLC_WSKEY_SECRET", docex=OCLC_DOC)
def p_oclc_props(r, v):
    name, code = lib(r)
    inst = r.randint(1000, 999999)
    body = """# WorldShare Metadata API - nightly holdings sync (%s)
oclc.institution.id=%d
oclc.symbol=%s
oclc.auth.url=https://oauth.oclc.org/token
oclc.metadata.base=https://metadata.api.oclc.org/worldcat
oclc.wskey=%s
oclc.secret=%s
oclc.scope=WorldCatMetadataAPI
sync.batch.size=%d
""" % (name, inst, rs(r, UPPER, 3), g_wskey_id(r), v, r.choice([50, 100, 250]))
    return r.choice(["src/main/resources/oclc.properties", "conf/worldshare.properties"]), body


@pos("oclc", "wskey-secret", g_wskey_secret, lang="py", env="OCLC_SECRET", docex=OCLC_DOC)
def p_oclc_py(r, v):
    body = """\"\"\"Pull WorldCat holdings counts for the weeding report.\"\"\"
import os

import requests

TOKEN_URL = "https://oauth.oclc.org/token"
WSKEY = "%s"
WSKEY_SECRET = %s
SCOPE = "WorldCatMetadataAPI wcapi"


def get_token():
    resp = requests.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "scope": SCOPE},
        auth=(WSKEY, WSKEY_SECRET),
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
""" % (g_wskey_id(r), S(v, '"'))
    return r.choice(["scripts/oclc_holdings.py", "weeding/oclc_client.py"]), body


@pos("oclc", "wskey-secret", g_wskey_secret, lang="js", env="WSKEY_SECRET", docex=OCLC_DOC)
def p_oclc_js(r, v):
    body = """// ILL request bridge: WorldShare ILL -> local ticketing
const { Wskey } = require('./lib/oclc-auth');

const key = new Wskey({
  clientId: '%s',
  secret: %s,
  contextInstitutionId: '%d',
  scope: ['WorldCatDiscoveryAPI', 'tipasa'],
});

module.exports = { key };
""" % (g_wskey_id(r), S(v), r.randint(1000, 999999))
    return "src/oclc/credentials.js", body


@pos("oclc", "wskey-secret", g_wskey_secret, env="WORLDSHARE_SECRET", docex=OCLC_DOC)
def p_oclc_ansible(r, v):
    name, code = lib(r)
    body = """---
# group_vars for the discovery layer hosts (%s)
discovery_hostname: search.%s.org
worldshare:
  institution_id: %d
  symbol: %s
  wskey: %s
  secret: "%s"
  services:
    - WorldCatMetadataAPI
    - wcapi
vufind_theme: bootstrap5
""" % (name, code, r.randint(1000, 999999), rs(r, UPPER, 3), g_wskey_id(r), v)
    return "ansible/group_vars/discovery.yml", body


@pos("oclc", "wskey-secret", g_wskey_secret, lang="sh", env="OCLC_SECRET")
def p_oclc_curl(r, v):
    body = """#!/usr/bin/env bash
# Fetch a WorldCat record for a given OCLC number
set -euo pipefail
ocn="${1:?usage: $0 OCLC_NUMBER}"
token=$(curl -s -u "%s:%s" \\
  -d 'grant_type=client_credentials&scope=WorldCatMetadataAPI' \\
  https://oauth.oclc.org/token | jq -r .access_token)
curl -s -H "Authorization: Bearer ${token}" -H 'Accept: application/marcxml+xml' \\
  "https://metadata.api.oclc.org/worldcat/manage/bibs/${ocn}"
""" % (g_wskey_id(r), v)
    return "bin/wc-fetch.sh", body


@pos("oclc", "password", lambda r: rpass(r, "ini"), env="CONNEXION_PASSWORD")
def p_connexion(r, v):
    name, code = lib(r)
    body = """; Connexion client batch logon for the cataloging workstation (%s)
[Logon]
Authorization=100-%03d-%03d
Password=%s
Symbol=%s
AutoLogon=1

[Batch]
SearchWorldCat=1
ExportFormat=MARC21
ExportDestination=C:\\\\Cataloging\\\\export\\\\
""" % (name, r.randint(100, 999), r.randint(100, 999), v, rs(r, UPPER, 3))
    return "cataloging/connexion/logon.ini", body


# --- Ex Libris ----------------------------------------------------------------
ALMA_DOC = ["l8xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "l7xx00000000000000000000000000000000", "your_api_key"]


@pos("exlibris", "api-key", g_alma, lang="py", env="ALMA_API_KEY", docex=ALMA_DOC)
def p_alma_py(r, v):
    h = r.choice(ALMA_HOSTS)
    body = """import os

import requests

ALMA_API_KEY = %s
BASE = "https://%s/almaws/v1"


def get_bib(mms_id):
    r = requests.get(
        f"{BASE}/bibs/{mms_id}",
        params={"apikey": ALMA_API_KEY, "view": "full", "format": "json"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    print(get_bib("%s")["title"])
""" % (S(v, '"'), h, mmsid(r))
    return r.choice(["alma/bibs.py", "scripts/alma_lookup.py"]), body


@pos("exlibris", "api-key", g_alma, lang="js", env="ALMA_KEY", docex=ALMA_DOC)
def p_alma_js_url(r, v):
    h = r.choice(ALMA_HOSTS)
    if isinstance(v, Expr):
        url = "`https://%s/almaws/v1/bibs/collections?format=json&apikey=${%s}`" % (h, v)
    else:
        url = "'https://%s/almaws/v1/bibs/collections?format=json&apikey=%s'" % (h, v)
    body = """// Digital collections landing page
const collectionsAPI = %s;

export async function loadCollections() {
  const res = await fetch(collectionsAPI, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`Alma returned ${res.status}`);
  const data = await res.json();
  return data.collection.map((c) => ({ id: c.pid.value, name: c.name }));
}
""" % url
    return "src/api/collections.js", body


@pos("exlibris", "api-key", g_alma, lang="py", env="ALMA_KEY", docex=ALMA_DOC)
def p_alma_header(r, v):
    h = r.choice(ALMA_HOSTS)
    hv = ("f'apikey {%s}'" % v) if isinstance(v, Expr) else "'apikey %s'" % v
    body = """from argparse import ArgumentParser
import os

import requests

session = requests.Session()
session.headers.update({
    'Authorization': %s,
    'Accept': 'application/json',
})


def users_with_fines(limit=100):
    url = 'https://%s/almaws/v1/users'
    return session.get(url, params={'limit': limit, 'q': 'fines~true'}).json()


if __name__ == '__main__':
    p = ArgumentParser(description='List patrons with fines')
    p.add_argument('--limit', type=int, default=100)
    print(users_with_fines(p.parse_args().limit))
""" % (hv, h)
    return "tools/fines_report.py", body


@pos("exlibris", "api-key", g_primo, env="PRIMO_API_KEY", docex=ALMA_DOC)
def p_primo_yaml(r, v):
    name, code = lib(r)
    inst = "01%s_INST" % code.upper()
    body = """# New-books widget for the library homepage (%s)
primo:
  region: %s
  vid: "%s:%s"
  tab: Everything
  scope: MyInst_and_CI
  apikey: %s
widget:
  query: "lsr03,exact,newbooks"
  limit: 24
  cache_minutes: 60
""" % (name, r.choice(["na", "eu", "ap"]), inst, r.choice(["NDE", "DEFAULT", "MAIN"]), v)
    return "config/newbooks.yml", body


@pos("exlibris", "api-key", g_alma, lang="php", env="ALMA_API_KEY", docex=ALMA_DOC)
def p_alma_php(r, v):
    body = """<?php
return [
    'alma' => [
        'region'   => 'https://%s',
        'key'      => %s,
        'timeout'  => 15,
    ],
    'primo' => [
        'vid'   => '%s',
        'scope' => 'MyInstitution',
    ],
    'cache' => ['ttl' => 3600],
];
""" % (r.choice(ALMA_HOSTS), S(v), "01%s_INST:%s" % (lib(r)[1].upper(), r.choice(["NDE", "MAIN"])))
    return "config/services.php", body


@pos("exlibris", "api-key", g_alma, lang="rb", env="ALMA_API_KEY", docex=ALMA_DOC)
def p_alma_rb(r, v):
    body = """require 'faraday'
require 'json'

# Looks up availability for MMS ids coming from the Blacklight index
class AlmaAvailability
  BASE = 'https://%s/almaws/v1'.freeze

  def initialize(key = %s)
    @conn = Faraday.new(BASE, params: { apikey: key, format: 'json' })
  end

  def holdings(mms_id)
    JSON.parse(@conn.get("bibs/#{mms_id}/holdings").body)
  end
end
""" % (r.choice(ALMA_HOSTS), S(v))
    return "app/services/alma_availability.rb", body


@pos("exlibris", "api-key", g_alma, env="ALMA_SANDBOX_KEY", docex=ALMA_DOC)
def p_alma_md(r, v):
    name, code = lib(r)
    body = """# Alma integration notes

These notes cover the nightly course-reserves sync for %s.

## Environments

| Env | Host | Key |
|-----|------|-----|
| sandbox | %s | `%s` |
| production | %s | stored in the systems vault |

## Running locally

```
export ALMA_HOST=%s
python -m reserves.sync --term 2024FA --dry-run
```
""" % (name, ALMA_HOSTS[0], v, ALMA_HOSTS[0], ALMA_HOSTS[0])
    return "docs/alma-integration.md", body


# --- FOLIO ---------------------------------------------------------------------
FOLIO_DOC = ["eyJzIjoiblo1NkYzTGVBYSIsInQiOiJkaWt1IiwidSI6ImRpa3UifQ==",
             "eyJzIjoiQlBhb2ZORm5jSzY0NzdEdWJ4RGgiLCJ0IjoiZGlrdSIsInUiOiJkaWt1In0="]


@pos("folio", "password", lambda r: rpass(r, "plain").replace(",", "."), env="EDGE_INSTITUTIONAL_PASSWORD", docex=["diku"])
def p_folio_ephemeral(r, v):
    t = r.choice(TENANTS)
    body = """# Ephemeral secure store for edge-patron (development only)
secureStore.type=Ephemeral
# comma separated list of tenants
tenants=%s
#######################################################
# For each tenant, the institutional user password...
#
# Format:
# <tenantId>=<user>,<password>
#######################################################
%s=%s,%s
""" % (t, t, r.choice([t, t + "_edge", "edgeuser"]), v)
    return r.choice(["edge-patron/ephemeral.properties", "deploy/edge/ephemeral.properties"]), body


@pos("folio", "edge-api-key", lambda r: g_edge_key(r, r.choice(TENANTS)), lang="sh", env="EDGE_API_KEY", docex=FOLIO_DOC)
def p_folio_edge_curl(r, v):
    name, code = lib(r)
    body = """#!/bin/sh
# Smoke test for edge-rtac after each deploy
EDGE_URL=https://edge.folio.%s.org
INSTANCE=%s

curl -sf "${EDGE_URL}/rtac?instanceIds=${INSTANCE}&apiKey=%s" \\
  -H 'Accept: application/json' | jq '.holdings | length'
""" % (code, ruuid(r), v)
    return "ci/smoke-edge-rtac.sh", body


@pos("folio", "edge-api-key", lambda r: g_edge_key(r, r.choice(TENANTS), "edgeeds"), env="FOLIO_EDGE_KEY", docex=FOLIO_DOC)
def p_folio_edge_yaml(r, v):
    name, code = lib(r)
    body = """# EBSCO Discovery Service - FOLIO patron empowerment connector
connector:
  name: %s FOLIO
  type: folio-edge
  base_url: https://edge.folio.%s.org
  endpoints:
    patron: /patron/account/{patronId}
    rtac: /rtac
  api_key: %s
  patron_id_field: externalSystemId
  timeout_seconds: 10
""" % (name, code, v)
    return "eds/folio-connector.yaml", body


@pos("folio", "okapi-token", lambda r: g_okapi_jwt(r, r.choice(TENANTS)), lang="sh", env="OKAPI_TOKEN")
def p_folio_token_sh(r, v):
    t = r.choice(TENANTS)
    name, code = lib(r)
    body = """#!/usr/bin/env bash
# Re-index inventory after the bulk load
OKAPI=https://okapi.%s.org
TENANT=%s

curl -s -X POST "$OKAPI/search/index/inventory/reindex" \\
  -H "x-okapi-tenant: $TENANT" \\
  -H "x-okapi-token: %s" \\
  -H 'Content-Type: application/json' \\
  -d '{"recreateIndex": true, "resourceName": "instance"}'
""" % (code, t, v)
    return "scripts/reindex.sh", body


@pos("folio", "okapi-token", lambda r: g_okapi_jwt(r, r.choice(TENANTS)), lang="py", env="OKAPI_TOKEN")
def p_folio_token_py(r, v):
    t = r.choice(TENANTS)
    body = """import os

import requests

OKAPI_URL = "https://okapi.example-consortium.org"
HEADERS = {
    "x-okapi-tenant": "%s",
    "x-okapi-token": %s,
    "Content-Type": "application/json",
}


def loans_due_today():
    q = 'status.name=="Open" and dueDate<"2024-06-01"'
    r = requests.get(f"{OKAPI_URL}/circulation/loans", params={"query": q, "limit": 500}, headers=HEADERS)
    return r.json()["loans"]
""" % (t, S(v, '"'))
    return "notebooks/overdue_loans.py", body


@pos("folio", "password", lambda r: rpass(r, "plain"), env="FOLIO_ADMIN_PASSWORD", docex=["admin"])
def p_folio_ansible(r, v):
    t = r.choice(TENANTS)
    body = """---
# host_vars for the FOLIO platform (Ramsons)
okapi_url: http://localhost:9130
folio_release: R2-2024
tenant: %s
tenant_name: "%s"
admin_user:
  username: %s_admin
  password: "%s"
  first_name: Admin
  last_name: Librarian
load_reference: true
load_sample: false
""" % (t, lib(r)[0], t, v)
    return "ansible/host_vars/folio-prod.yml", body


@pos("folio", "password", lambda r: rpass(r, "ini"), env="FOLIO_API_PASSWORD", docex=["admin"])
def p_vufind_folio_ini(r, v):
    t = r.choice(TENANTS)
    body = """; VuFind ILS driver settings for FOLIO
[API]
base_url = https://okapi.%s.org
tenant = %s
username = vufind
password = "%s"
legacy_authentication = false

[IDs]
type = hrid

[Holds]
default_request = Hold
""" % (lib(r)[1], t, v)
    return "local/config/vufind/Folio.ini", body


@pos("folio", "db-password", lambda r: rpass(r, "plain"), env="DB_PASSWORD")
def p_folio_compose(r, v):
    body = """version: "3.8"
services:
  mod-users:
    image: folioorg/mod-users:19.3.1
    environment:
      DB_HOST: postgres
      DB_PORT: "5432"
      DB_DATABASE: okapi_modules
      DB_USERNAME: folio_admin
      DB_PASSWORD: "%s"
      JAVA_OPTIONS: "-XX:MaxRAMPercentage=66.0"
    depends_on:
      - postgres
  postgres:
    image: postgres:13-alpine
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
""" % v
    return "docker-compose.yml", body


# --- Koha ---------------------------------------------------------------------
def koha_conf(r, dbpass, zpass):
    inst = r.choice(["library", "rpl", "catalogue", "koha"])
    return """<yazgfs>
<listen id="biblioserver" >unix:/var/run/koha/%s/bibliosocket</listen>
<server id="biblioserver"  listenref="biblioserver">
    <directory>/var/lib/koha/%s/biblios</directory>
    <config>/var/lib/koha/%s/biblios/zebra-biblios-dom.cfg</config>
</server>
<serverinfo id="biblioserver">
    <ccl2rpn>/etc/koha/zebradb/ccl.properties</ccl2rpn>
    <user>kohauser</user>
    <password>%s</password>
</serverinfo>
<config>
 <db_scheme>mysql</db_scheme>
 <database>koha_%s</database>
 <hostname>localhost</hostname>
 <port>3306</port>
 <user>koha_%s</user>
 <pass>%s</pass>
 <tls>no</tls>
 <biblioserver>biblios</biblioserver>
 <intranetdir>/usr/share/koha/intranet/cgi-bin</intranetdir>
 <memcached_servers>127.0.0.1:11211</memcached_servers>
 <timezone>%s</timezone>
</config>
</yazgfs>
""" % (inst, inst, inst, zpass, inst, inst, dbpass, r.choice(["America/Chicago", "Europe/London", "Pacific/Auckland"]))


@pos("koha", "db-password", lambda r: rpass(r, "xml"), lang="xml", env="KOHA_DB_PASS", docex=["__DB_PASS__"])
def p_koha_conf(r, v):
    return "etc/koha/sites/library/koha-conf.xml", koha_conf(r, v, "__ZEBRA_PASS__")


@pos("koha", "zebra-password", lambda r: rpass(r, "xml"), lang="xml", env="ZEBRA_PASS", docex=["__ZEBRA_PASS__"])
def p_koha_zebra(r, v):
    return "koha/koha-conf.xml", koha_conf(r, "__DB_PASS__", v)


@pos("koha", "sip2-password", lambda r: rpass(r, "xml"), lang="xml", env="SIP_TERM_PASSWORD", docex=["term1"])
def p_koha_sipconfig(r, v):
    code = lib(r)[1].upper()
    body = """<acsconfig xmlns="http://openncip.org/acs-config/1.0/">
  <error-detect enabled="true" />
  <server-params min_servers='1' min_spare_servers='0' max_servers='4' />
  <listeners>
    <service port="127.0.0.1:6001/tcp" transport="RAW" protocol="SIP/2.00" timeout="60" />
  </listeners>
  <accounts>
      <login id="%s" password="%s" delimiter="|" error-detect="enabled" institution="%s" encoding="utf8" />
  </accounts>
  <institutions>
    <institution id="%s" implementation="ILS" parms="">
      <policy checkin="true" renewal="true" checkout="true" status_update="false" offline="false" timeout="100" retries="5" />
    </institution>
  </institutions>
</acsconfig>
""" % (r.choice(["selfcheck01", "sc_main", "kiosk2"]), v, code, code)
    return "etc/koha/sites/library/SIPconfig.xml", body


@pos("koha", "z3950-password", lambda r: rpass(r, "url").replace("'", ""), lang="sql", env="Z3950_PASSWORD")
def p_koha_z3950_sql(r, v):
    body = """-- Z39.50 targets for copy cataloguing
INSERT INTO z3950servers (host, port, db, userid, password, servername, checked, rank, syntax, encoding, servertype)
VALUES ('lx2.loc.gov', 210, 'LCDB', '', '', 'LIBRARY OF CONGRESS', 1, 1, 'USMARC', 'utf8', 'zed');
INSERT INTO z3950servers (host, port, db, userid, password, servername, checked, rank, syntax, encoding, servertype)
VALUES ('zcat.oclc.org', 210, 'OLUCWorldCat', '100%06d', '%s', 'OCLC WORLDCAT', 1, 2, 'USMARC', 'utf8', 'zed');
""" % (r.randint(100000, 999999), v)
    return "installer/data/mysql/local/z3950servers.sql", body


@pos("koha", "db-password", lambda r: rpass(r, "plain").replace("'", ""), lang="pl", env="KOHA_DB_PASS")
def p_koha_perl(r, v):
    body = """#!/usr/bin/perl
# Export overdue notices for the courier service
use Modern::Perl;
use DBI;
use Text::CSV;

my $dbh = DBI->connect('DBI:mysql:database=koha_library;host=db.internal', 'koha_ro', %s,
    { RaiseError => 1, mysql_enable_utf8mb4 => 1 });
my $sth = $dbh->prepare(q{
    SELECT b.cardnumber, b.surname, i.barcode, iss.date_due
    FROM issues iss JOIN borrowers b USING (borrowernumber) JOIN items i USING (itemnumber)
    WHERE iss.date_due < NOW()
});
$sth->execute;
my $csv = Text::CSV->new({ binary => 1, eol => "\\n" });
while (my $row = $sth->fetchrow_arrayref) { $csv->print(*STDOUT, $row) }
""" % S(v)
    return "misc/cronjobs/local/export_overdues.pl", body


@pos("koha", "db-password", lambda r: rpass(r, "url"), env="KOHA_DB_PASS")
def p_koha_passwd(r, v):
    lines = ["# koha-create writes one line per instance: name:dbuser:dbpass:dbname[:dbhost]"]
    inst = r.choice(["library", "main", "branches"])
    lines.append("%s:koha_%s:%s:koha_%s:localhost" % (inst, inst, v, inst))
    return "etc/koha/passwd", "\n".join(lines) + "\n"


# --- Evergreen -----------------------------------------------------------------
@pos("evergreen", "db-password", lambda r: rpass(r, "xml"), lang="xml", env="EVERGREEN_DB_PASSWORD", docex=["databasepassword"])
def p_eg_opensrf(r, v):
    body = """<?xml version="1.0"?>
<opensrf version="0.0.3">
  <default>
    <dirs>
      <log>/openils/var/log</log>
      <sock>/openils/var/lock</sock>
    </dirs>
    <apps>
      <open-ils.storage>
        <app_settings>
          <databases>
            <driver>pgsql</driver>
            <database>
              <type>master</type>
              <weight>2</weight>
              <user>evergreen</user>
              <host>%s</host>
              <port>5432</port>
              <pw>%s</pw>
              <db>evergreen</db>
              <client_encoding>UTF8</client_encoding>
            </database>
          </databases>
        </app_settings>
      </open-ils.storage>
    </apps>
  </default>
</opensrf>
""" % (r.choice(["localhost", "db1.eg.internal", "10.20.0.15"]), v)
    return "Open-ILS/examples/opensrf.xml", body


@pos("evergreen", "router-password", lambda r: rpass(r, "xml"), lang="xml", env="OPENSRF_PRIVATE_PASS", docex=["password"])
def p_eg_core(r, v):
    body = """<?xml version="1.0"?>
<config>
  <opensrf>
    <routers>
      <router>
        <name>router</name>
        <domain>private.localhost</domain>
        <services>
          <service>opensrf.math</service>
          <service>open-ils.cat</service>
          <service>open-ils.search</service>
        </services>
      </router>
    </routers>
    <domain>private.localhost</domain>
    <username>opensrf</username>
    <passwd>%s</passwd>
    <port>5222</port>
    <logfile>/openils/var/log/osrfsys.log</logfile>
    <loglevel>3</loglevel>
  </opensrf>
</config>
""" % v
    return "openils/conf/opensrf_core.xml", body


@pos("evergreen", "sip2-password", lambda r: rpass(r, "xml"), lang="xml", env="EG_SIP_PASSWORD", docex=["clientpwd"])
def p_eg_sip(r, v):
    body = """<?xml version="1.0" encoding="UTF-8"?>
<acsconfig xmlns="http://openncip.org/acs-config/1.0/">
  <error-detect enabled="true" />
  <server-params min_servers="1" min_spare_servers="0" />
  <listeners>
    <service port="0.0.0.0:6001/tcp" transport="RAW" protocol="SIP/2.00" timeout="60" />
  </listeners>
  <accounts>
    <login id="%s" password="%s" institution="%s" />
  </accounts>
  <institutions>
    <institution id="%s" implementation="OpenILS::SIP">
      <policy checkin="true" renewal="true" checkout="true" />
    </institution>
  </institutions>
</acsconfig>
""" % (r.choice(["scclient", "bibliotheca1", "envisionware"]), v, "gapines", "gapines")
    return "openils/conf/oils_sip.xml", body


@pos("evergreen", "db-password", lambda r: rpass(r, "shell"), lang="sh", env="PGPASSWORD")
def p_eg_pgdump(r, v):
    body = """#!/bin/bash
# Nightly logical backup of evergreen_db
set -e
export PGHOST=db1.eg.internal
export PGUSER=evergreen
export PGPASSWORD='%s'
STAMP=$(date +%%Y%%m%%d)
pg_dump -Fc evergreen > /backup/evergreen-$STAMP.dump
find /backup -name 'evergreen-*.dump' -mtime +14 -delete
""" % v
    return "ops/backup_evergreen.sh", body


@pos("evergreen", "db-password", lambda r: rpass(r, "shell"), lang="sh", env="EG_DB_PASS")
def p_eg_dbconfig(r, v):
    body = """## Installing the database

Run the configuration script as the `opensrf` user:

```bash
perl Open-ILS/src/support-scripts/eg_db_config --update-config \\
  --service all --create-database --create-schema --create-offline \\
  --user evergreen --password '%s' --hostname localhost --port 5432 \\
  --database evergreen --admin-user egadmin --admin-pass "$EG_ADMIN_PASS"
```

Then restart all services with `osrf_control --localhost --restart-all`.
""" % v
    return "docs/install/database.md", body


# --- DSpace --------------------------------------------------------------------
@pos("dspace", "db-password", lambda r: rpass(r, "ini"), env="DSPACE_DB_PASSWORD", docex=["dspace"])
def p_dspace_db(r, v):
    name, code = lib(r)
    body = """# local.cfg for %s repository
dspace.dir = /dspace
dspace.server.url = https://repository.%s.edu/server
dspace.ui.url = https://repository.%s.edu
dspace.name = %s Digital Repository

db.url = jdbc:postgresql://localhost:5432/dspace
db.username = dspace
db.password = %s
db.schema = public

handle.prefix = %d
solr.server = http://localhost:8983/solr
""" % (name, code, code, name, v, r.randint(10000, 99999))
    return "dspace/config/local.cfg", body


@pos("dspace", "smtp-password", lambda r: rpass(r, "ini"), env="DSPACE_MAIL_PASSWORD")
def p_dspace_mail(r, v):
    name, code = lib(r)
    body = """# Mail settings - %s
mail.server = smtp.%s.edu
mail.server.port = 587
mail.server.username = repository-noreply@%s.edu
mail.server.password = %s
mail.extraproperties = mail.smtp.starttls.enable=true
mail.from.address = repository-noreply@%s.edu
feedback.recipient = scholcomm@%s.edu
mail.admin = dspace-admins@%s.edu
""" % (name, code, code, v, code, code, code)
    return "config/local.cfg", body


@pos("dspace", "db-password", lambda r: rpass(r, "plain"), env="DSPACE_DB_PASSWORD", docex=["dspace"])
def p_dspace_compose(r, v):
    body = """services:
  dspace:
    image: dspace/dspace:7.6
    environment:
      dspace__P__dir: /dspace
      dspace__P__server__P__url: http://localhost:8080/server
      db__P__url: "jdbc:postgresql://dspacedb:5432/dspace"
      db__P__username: dspace
      db__P__password: "%s"
      solr__P__server: http://dspacesolr:8983/solr
    ports:
      - "8080:8080"
  dspacedb:
    image: dspace/dspace-postgres-pgcrypto:7.6
""" % v
    return "docker/docker-compose.yml", body


@pos("dspace", "ldap-password", lambda r: rpass(r, "ini"), env="LDAP_SEARCH_PASSWORD")
def p_dspace_ldap(r, v):
    code = lib(r)[1]
    body = """# authentication-ldap.cfg overrides
authentication-ldap.enable = true
authentication-ldap.provider_url = ldaps://ldap.%s.edu:636/
authentication-ldap.id_field = uid
authentication-ldap.search_scope = 2
authentication-ldap.search.user = cn=dspace-bind,ou=services,dc=%s,dc=edu
authentication-ldap.search.password = %s
authentication-ldap.netid_email_domain = @%s.edu
""" % (code, code, v, code)
    return "dspace/config/modules/authentication-ldap.cfg", body


# --- VuFind ------------------------------------------------------------------
@pos("vufind", "db-password", lambda r: rpass(r, "url"), env="VUFIND_DB_PASSWORD")
def p_vufind_db(r, v):
    name, code = lib(r)
    body = """; VuFind main configuration (excerpt) - %s
[System]
available = true
debug = false

[Site]
url = https://find.%s.org
email = library@%s.org
title = "%s Catalog"
theme = bootstrap5

[Catalog]
driver = %s

[Database]
database = mysql://vufind:%s@localhost/vufind
use_ssl = false

[Index]
url = http://localhost:8983/solr
default_core = biblio
""" % (name, code, code, name, r.choice(["KohaRest", "SierraRest", "Folio", "Alma"]), v)
    return "local/config/vufind/config.ini", body


@pos("vufind", "encryption-key", lambda r: rhex(r, 40), env="ILS_ENCRYPTION_KEY")
def p_vufind_auth(r, v):
    body = """[Authentication]
method = ILS
hash_passwords = true
encrypt_ils_password = true
ils_encryption_key = "%s"
ils_encryption_algo = "aes"
minimum_password_length = 8

[Account]
force_first_scheduled_email = false
""" % v
    return "local/config/vufind/config.ini", body


@pos("sierra", "client-secret", g_sierra_secret, env="SIERRA_CLIENT_SECRET", docex=["Presley1"])
def p_vufind_sierra(r, v):
    code = lib(r)[1]
    body = """; SierraRest driver
[Catalog]
host = "https://catalog.%s.org/iii/sierra-api/v6"
client_key = "%s"
client_secret = "%s"
redirect_uri = "https://find.%s.org/MyResearch/SierraAuth"
http_timeout = 30

[Holds]
defaultRequiredDate = 0:0:2
""" % (code, g_sierra_key(r), v, code)
    return "local/config/vufind/SierraRest.ini", body


@pos("koha", "client-secret", lambda r: ruuid(r), env="KOHA_CLIENT_SECRET")
def p_vufind_koha(r, v):
    code = lib(r)[1]
    body = """; KohaRest driver (OAuth2 client credentials)
[Catalog]
host = "https://intranet.%s.org/api/v1"
clientId = "%s"
clientSecret = "%s"
grantType = client_credentials
defaultPickUpLocation = MAIN
""" % (code, ruuid(r), v)
    return "local/config/vufind/KohaRest.ini", body


@pos("polaris", "api-key", g_guid_upper, env="PAPI_ACCESS_KEY")
def p_vufind_polaris(r, v):
    code = lib(r)[1]
    body = """; Polaris driver
[PAPI]
url = "https://polaris.%s.org/PAPIService/REST"
access_id = "%s"
access_key = "%s"
ws_lang = 1033
ws_app = 100
ws_org = %d
""" % (code, r.choice(["vufind", "discovery", "VUFINDPROD"]), v, r.randint(1, 40))
    return "local/config/vufind/Polaris.ini", body


# --- Sierra / Polaris / Symphony ------------------------------------------------
@pos("sierra", "basic-auth", lambda r: g_basic(r, g_sierra_key(r)), lang="py", env="SIERRA_BASIC", docex=["RWx2aXM6UHJlc2xleTE="])
def p_sierra_py(r, v):
    code = lib(r)[1]
    hv = ("f\"Basic {%s}\"" % v.replace('"', "'")) if isinstance(v, Expr) else "\"Basic %s\"" % v
    body = """import os

import requests

TOKEN_URL = "https://catalog.%s.org/iii/sierra-api/v6/token"


def fetch_token():
    resp = requests.post(
        TOKEN_URL,
        headers={"Authorization": %s},
        data={"grant_type": "client_credentials"},
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
""" % (code, hv)
    return "sierra/token.py", body


@pos("sierra", "client-secret", g_sierra_secret, lang="js", env="SIERRA_SECRET", docex=["Presley1"])
def p_sierra_js(r, v):
    code = lib(r)[1]
    body = """'use strict';
// Patron self-registration -> Sierra
const SierraClient = require('./sierra-client');

const sierra = new SierraClient({
  base: 'https://catalog.%s.org/iii/sierra-api/v6',
  key: '%s',
  secret: %s,
});

module.exports = async function createPatron(form) {
  await sierra.authenticate();
  return sierra.post('/patrons', { names: [form.name], emails: [form.email], patronType: 3 });
};
""" % (code, g_sierra_key(r), S(v))
    return "server/registration.js", body


@pos("polaris", "api-key", g_guid_upper, lang="cs", env="PAPI_ACCESS_KEY")
def p_polaris_cs(r, v):
    body = """using System;
using System.Security.Cryptography;
using System.Text;

namespace Library.Kiosk
{
    public static class PapiAuth
    {
        private const string AccessId = "%s";
        private static readonly string AccessKey = %s;

        public static string Header(string method, string uri, string date)
        {
            using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(AccessKey));
            var sig = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(method + uri + date)));
            return $"PWS {AccessId}:{sig}";
        }
    }
}
""" % (r.choice(["kiosk", "selfreg", "mobileapp"]), S(v, '"'))
    return "src/Library.Kiosk/PapiAuth.cs", body


@pos("sirsidynix", "password", lambda r: rpass(r, "plain").replace('"', ""), env="ILSWS_STAFF_PASSWORD")
def p_symphony_json(r, v):
    body = """{
  "ilsws": {
    "baseUrl": "https://%s.sirsi.net/%s_ilsws/rest",
    "clientId": "%s_WEB",
    "appId": "discovery-sync"
  },
  "staffLogin": {
    "login": "%s",
    "password": "%s"
  },
  "sync": {"libraries": ["MAIN", "EAST", "BOOKMOBILE"], "pageSize": 100}
}
""" % (lib(r)[1], lib(r)[1], lib(r)[1].upper(), r.choice(["ADMIN_SYNC", "APIUSER", "webstaff"]), v)
    return "config/symphony.json", body


# --- Aspen / ArchivesSpace / Fedora / CollectiveAccess --------------------------
@pos("aspen", "db-password", lambda r: rpass(r, "ini"), env="ASPEN_DB_PASSWORD")
def p_aspen(r, v):
    code = lib(r)[1]
    body = """[Database]
database_aspen_jdbc = "jdbc:mysql://localhost:3306/aspen?useUnicode=yes&characterEncoding=UTF-8"
database_user = aspen
database_password = "%s"
database_dsn = "mysql:host=localhost;dbname=aspen"

[Site]
url = https://%s.aspendiscovery.org
local = /usr/local/aspen-discovery/code/web
""" % (v, code)
    return "sites/%s.production/conf/config.pwd.ini" % code, body


@pos("archivesspace", "db-password", lambda r: rpass(r, "url"), lang="rb", env="ASPACE_DB_PASSWORD", docex=["as123"])
def p_aspace_dburl(r, v):
    name, code = lib(r)
    if isinstance(v, Expr):
        v = "#{%s}" % v
    body = """# ArchivesSpace configuration for %s
AppConfig[:db_url] = "jdbc:mysql://db.%s.internal:3306/archivesspace?user=as&password=%s&useUnicode=true&characterEncoding=UTF-8"
AppConfig[:frontend_proxy_url] = "https://archives.%s.org/staff"
AppConfig[:public_proxy_url] = "https://archives.%s.org"
AppConfig[:solr_url] = "http://localhost:8983/solr/archivesspace"
AppConfig[:plugins] = ['local', 'lcnaf', 'aspace-oauth']
AppConfig[:enable_custom_reports] = true
""" % (name, code, v, code, code)
    return "archivesspace/config/config.rb", body


@pos("archivesspace", "app-secret", lambda r: rhex(r, 64), lang="rb", env="ASPACE_SEARCH_USER_SECRET")
def p_aspace_secret(r, v):
    which = r.choice(["search_user_secret", "public_user_secret", "staff_user_secret", "frontend_cookie_secret"])
    body = """AppConfig[:backend_url] = "http://localhost:8089"
AppConfig[:frontend_url] = "http://localhost:8080"
AppConfig[:public_url] = "http://localhost:8081"
AppConfig[:%s] = %s
AppConfig[:default_admin_password] = ENV.fetch('ASPACE_ADMIN_PASSWORD')
AppConfig[:pui_hide][:accessions] = true
""" % (which, S(v, '"'))
    return "config/config.rb", body


@pos("fedora", "password", lambda r: rpass(r, "xml"), lang="xml", env="FEDORA_ADMIN_PASSWORD", docex=["fedoraAdmin"])
def p_fedora_users(r, v):
    body = """<?xml version='1.0' ?>
<users>
  <user name="fedoraAdmin" password="%s">
    <attribute name="fedoraRole">
      <value>administrator</value>
    </attribute>
  </user>
  <user name="fedoraIntCallUser" password="__FEDORA_INTCALL_PASS__">
    <attribute name="fedoraRole">
      <value>fedoraInternalCall-1</value>
      <value>fedoraInternalCall-2</value>
    </attribute>
  </user>
</users>
""" % v
    return "fedora/server/config/fedora-users.xml", body


@pos("islandora", "db-password", lambda r: rpass(r, "plain").replace("'", ""), lang="php", env="DRUPAL_DB_PASSWORD")
def p_islandora_settings(r, v):
    body = """<?php

$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '/var/www/private';

$databases['default']['default'] = [
  'database' => 'drupal_default',
  'username' => 'drupal',
  'password' => %s,
  'host' => 'mariadb',
  'port' => '3306',
  'driver' => 'mysql',
  'prefix' => '',
];

$settings['flysystem']['fedora'] = ['driver' => 'fedora', 'config' => ['root' => 'http://fcrepo:8080/fcrepo/rest/']];
""" % S(v)
    return "web/sites/default/settings.php", body


@pos("islandora", "password", lambda r: rpass(r, "plain"), env="FCREPO_ADMIN_PASSWORD")
def p_islandora_vars(r, v):
    body = """---
# Islandora playbook overrides
fcrepo_version: 6.5.0
fcrepo_db_name: fcrepo
fcrepo_admin_user: fedoraAdmin
fcrepo_admin_password: "%s"
tomcat9_java_opts: "-Xms512m -Xmx2g"
islandora_distro: ubuntu/focal64
""" % v
    return "inventory/vagrant/group_vars/tomcat.yml", body


@pos("collectiveaccess", "db-password", lambda r: rpass(r, "plain").replace('"', ""), lang="php", env="CA_DB_PASSWORD")
def p_ca_setup(r, v):
    name, code = lib(r)
    body = """<?php
# CollectiveAccess Providence setup for %s
define("__CA_BASE_DIR__", "/var/www/providence");
define("__CA_URL_ROOT__", "");
define("__CA_SITE_HOSTNAME__", "collections.%s.org");
define("__CA_APP_DISPLAY_NAME__", "%s Collections");

define("__CA_DB_HOST__", "localhost");
define("__CA_DB_USER__", "ca_user");
define("__CA_DB_PASSWORD__", %s);
define("__CA_DB_DATABASE__", "collectiveaccess");

define("__CA_DEFAULT_LOCALE__", "en_US");
define("__CA_USE_CLEAN_URLS__", 1);
""" % (name, code, name, S(v, '"'))
    return "providence/setup.php", body


# --- OpenAthens / Shibboleth ----------------------------------------------------
@pos("openathens", "api-key", ruuid, lang="py", env="OPENATHENS_API_KEY")
def p_openathens(r, v):
    hv = ("f'OAApiKey {%s}'" % v) if isinstance(v, Expr) else "'OAApiKey %s'" % v
    body = """\"\"\"Sync expired patrons from the ILS into OpenAthens.\"\"\"
import os

import requests

OA = "https://admin.openathens.net/api/v1/%s.%s"
HEADERS = {
    "Authorization": %s,
    "Content-Type": "application/vnd.eduserv.iam.auth.localAccountRequest+json",
}


def suspend(account_id):
    return requests.post(f"{OA}/account/{account_id}/suspend", headers=HEADERS, timeout=20)
""" % (r.choice(["example", "library"]), lib(r)[1], hv)
    return "sync/openathens_sync.py", body


@pos("shibboleth", "keystore-password", lambda r: rpass(r, "ini"), env="IDP_SEALER_PASSWORD", docex=["password"])
def p_shib_secrets(r, v):
    body = """# This is a reserved spot for most properties containing passwords or other secrets.
# Created by install at %d-%02d-%02d

# Access to internal AES encryption key
idp.sealer.storePassword = %s
idp.sealer.keyPassword = %%{idp.sealer.storePassword}

# Default access to LDAP authn and attribute stores.
idp.authn.LDAP.bindDNCredential = %%{idp.attribute.resolver.LDAP.bindDNCredential:undefined}
""" % (r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28), v)
    return "shibboleth-idp/credentials/secrets.properties", body


@pos("shibboleth", "private-key", lambda r: "\n".join(g_pem_lines(r)), env="SP_KEY")
def p_shib_pem(r, v):
    if isinstance(v, Expr) or not v.startswith("MII"):
        # negative reuse: the key is rendered from a secret store at deploy time
        return "deploy/templates/sp-key.pem.j2", ("{# rendered by ansible from the vault #}\n"
                                                 "{{ shibboleth_sp_key | default('%s') }}\n" % v)
    return "shibboleth/sp-key.pem", "-----BEGIN PRIVATE KEY-----\n" + v + "\n-----END PRIVATE KEY-----\n"


# --- SIP2 / Z39.50 ------------------------------------------------------------------
@pos("sip2", "sip2-password", lambda r: rpass(r, "ini"), env="SIP2_LOGIN_PASSWORD")
def p_sip_kiosk(r, v):
    code = lib(r)[1].upper()
    body = """; Self-check kiosk %d - circulation desk, 2nd floor
[SIP2]
host = sip.%s.org
port = 6001
use_ssl = true
login_user = sc%02d
login_password = %s
location_code = %s
institution_id = %s
terminator = CR

[Printer]
receipt_width = 42
""" % (r.randint(1, 9), code.lower(), r.randint(1, 20), v, r.choice(["MAIN", "CIRC2", "EAST"]), code)
    return r.choice(["selfcheck/kiosk.ini", "C:/ProgramData/SelfCheck/config.ini".replace("C:/", "")]), body


@pos("sip2", "sip2-password", lambda r: rpass(r, "plain").replace("|", "!"), env="SIP2_PASSWORD")
def p_sip_log(r, v):
    user = "sc%02d" % r.randint(1, 20)
    ts = "2024%02d%02d    %02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(8, 20), r.randint(0, 59), r.randint(0, 59))
    lines = ["[%s] connect 10.40.%d.%d:6001" % (ts, r.randint(0, 9), r.randint(2, 250)),
             "[%s] >> 9300CN%s|CO%s|CPMAIN|AY0AZ%s" % (ts, user, v, rhex(r, 4).upper()),
             "[%s] << 941AY0AZFDFC" % ts,
             "[%s] >> 9900302.00AY1AZFCA5" % ts,
             "[%s] << 98YYYYNN60000320240514    1012002.00AOMAIN|AMMain Library|BXYYYYYYYYYYYNNNYN|AY1AZD3B1" % ts]
    return "logs/selfcheck/sip2-debug.log", "\n".join(lines) + "\n"


@pos("z3950", "z3950-password", lambda r: rpass(r, "url"), lang="sh", env="Z3950_PASS")
def p_yaz(r, v):
    body = """#!/bin/sh
# Batch-search WorldCat Z39.50 for ISBNs from the order file
while read -r isbn; do
  yaz-client -u 100%06d/%s -m records.mrc zcat.oclc.org:210/OLUCWorldCat <<EOF
find @attr 1=7 $isbn
show 1
quit
EOF
done < isbns.txt
""" % (r.randint(100000, 999999), v)
    return "acq/z3950_lookup.sh", body


# --- deployment wrappers (.env, Dockerfile, Terraform, CI, CSV) -----------------
@pos("koha", "db-password", lambda r: rpass(r, "url"), env="KOHA_DB_PASS")
def p_dotenv(r, v):
    body = """KOHA_INSTANCE=library
KOHA_INTRANET_URL=https://staff.library.test
KOHA_OPAC_URL=https://catalog.library.test
MYSQL_SERVER=db
DB_NAME=koha_library
MYSQL_USER=koha_library
MYSQL_PASSWORD=%s
ZEBRA_MARC_FORMAT=marc21
KOHA_LANGS=en es
""" % v
    return "docker/.env", body


@pos("exlibris", "api-key", g_alma, env="ALMA_API_KEY", docex=ALMA_DOC)
def p_dockerfile(r, v):
    body = """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY reserves/ reserves/
ENV ALMA_REGION=%s \\
    ALMA_API_KEY=%s \\
    PYTHONUNBUFFERED=1
CMD ["python", "-m", "reserves.sync"]
""" % (r.choice(ALMA_HOSTS), v)
    return "Dockerfile", body


@pos("evergreen", "db-password", lambda r: rpass(r, "url"), env="TF_VAR_evergreen_db_password")
def p_terraform(r, v):
    body = """resource "aws_db_instance" "evergreen" {
  identifier              = "evergreen-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.m6g.large"
  allocated_storage       = 200
  db_name                 = "evergreen"
  username                = "evergreen"
  password                = "%s"
  backup_retention_period = 14
  skip_final_snapshot     = false
  tags = {
    Service = "ils"
  }
}
""" % v
    return "infra/terraform/rds.tf", body


@pos("exlibris", "api-key", g_alma, env="ALMA_API_KEY", docex=ALMA_DOC)
def p_workflow(r, v):
    body = """name: nightly-reserves-sync
on:
  schedule:
    - cron: "15 6 * * *"
  workflow_dispatch:
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      ALMA_REGION: %s
      ALMA_KEY: %s
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python -m reserves.sync --term current
""" % (r.choice(ALMA_HOSTS), v)
    return ".github/workflows/reserves.yml", body


@pos("sip2", "sip2-password", lambda r: rpass(r, "csv"), env="SIP_ACCOUNT_PASSWORD")
def p_csv_accounts(r, v):
    rows = ["login_id,institution,password,location,notes",
            "sc%02d,%s,%s,%s,lobby kiosk replaced %d" % (r.randint(1, 9), lib(r)[1].upper(), v,
                                                        r.choice(["MAIN", "EAST"]), r.randint(2019, 2024))]
    return "migration/sip_accounts.csv", "\n".join(rows) + "\n"


# ---------------------------------------------------------------- look-alike negatives
NEG = []


def neg(kind):
    def deco(f):
        NEG.append(dict(f=f, kind=kind, name=f.__name__))
        return f
    return deco


@neg("isbn")
def n_isbn_orders(r):
    rows = ["po_line,isbn13,isbn10,title,vendor,price"]
    for i in range(r.randint(6, 12)):
        rows.append("POL-%05d,%s,%s,\"%s\",%s,%.2f" % (r.randint(1, 99999), isbn13(r), isbn10(r),
                    r.choice(["Atlas of Rivers", "Collected Essays", "A History of Print", "Field Guide to Moths"]),
                    r.choice(["GOBI", "AMAZON", "BAKER"]), r.uniform(9, 180)))
    return "acquisitions/orders/firm_orders.csv", "\n".join(rows) + "\n"


@neg("issn")
def n_issn(r):
    out = ["# Serials with print and electronic ISSNs (checked digits)", "serials:"]
    for i in range(r.randint(5, 9)):
        out += ["  - title: %s" % r.choice(["Journal of Library Metadata", "Archival Review", "Museum Studies Quarterly",
                                            "Information Technology and Libraries"]),
                "    issn_print: \"%s\"" % issn(r), "    issn_online: \"%s\"" % issn(r),
                "    oclc: \"%s\"" % oclcnum(r)]
    return "data/serials.yml", "\n".join(out) + "\n"


@neg("marc")
def n_marc(r):
    recs = []
    for i in range(r.randint(2, 4)):
        recs.append("\n".join([
            "=LDR  00000cam a2200000 i 4500",
            "=001  %s" % oclcnum(r).replace("(OCoLC)", "ocm"),
            "=003  OCoLC",
            "=005  2024%02d%02d%06d.0" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959)),
            "=008  %02d%02d%02ds2023\\\\\\\\nyu\\\\\\\\\\\\\\\\\\\\b\\\\\\\\001\\\\0\\eng\\d" % (r.randint(0, 99), r.randint(1, 12), r.randint(1, 28)),
            "=010  \\\\$a  %s" % lccn(r),
            "=020  \\\\$a%s$q(hardcover)" % isbn13(r),
            "=035  \\\\$a(OCoLC)%d" % r.randint(10000000, 1400000000),
            "=050  00$a%s" % callno(r),
            "=245  10$aSample title %d /$cby %s." % (i, person(r)),
            "=856  40$uhttps://doi.org/%s" % doi(r)]))
    return "data/marc/sample_records.mrk", "\n\n".join(recs) + "\n"


@neg("bcrypt-hash")
def n_patron_csv(r):
    rows = ["cardnumber,surname,firstname,branchcode,categorycode,dateexpiry,password"]
    for i in range(r.randint(5, 10)):
        salt = rs(r, ALNUM + "./", 53)
        rows.append("%s,%s,%s,MAIN,PT,2026-08-31,$2a$08$%s" % (barcode(r), r.choice(LAST).title(),
                                                                r.choice(FIRST).title(), salt))
    return "migration/patrons_import_sample.csv", "\n".join(rows) + "\n"


@neg("ezproxy-auth-directives")
def n_ezp_user_noauth(r):
    name, code = lib(r)
    lines = ["# %s - EZproxy user.txt" % name, "# Authentication is delegated; no local passwords in this file.", "",
             "::Shibboleth", "IDP20 https://idp.%s.edu/idp/shibboleth" % code, "/Shibboleth", "",
             "::CGI=https://auth.%s.edu/ezpauth.cgi?url=^R" % code, "",
             "::SIP", "Host sip.%s.org:6001" % code, "SIP2", "IfInvalid; Deny invalid.htm", "/SIP", "",
             "::file=walkins.txt", "::auth=IP"]
    return "ezproxy/user.txt", "\n".join(lines) + "\n"


@neg("ezproxy-config")
def n_ezp_config(r):
    name, code = lib(r)
    out = ["# config.txt - %s" % name, "Name ezproxy.%s.org" % code, "LoginPortSSL 443",
           "Option ForceHTTPSLogin", "Option Cookie", "IncludeFile databases/*.txt", ""]
    for t, d in [("Gale Virtual Reference", "galegroup.com"), ("Project MUSE", "muse.jhu.edu"),
                 ("HathiTrust", "hathitrust.org"), ("Naxos Music Library", "naxosmusiclibrary.com")]:
        out += ["Title %s" % t, "URL https://www.%s" % d, "DJ %s" % d, ""]
    return "ezproxy/config.txt", "\n".join(out)


@neg("sip2-masked-log")
def n_sip_masked(r):
    lines = []
    for i in range(r.randint(4, 8)):
        ts = "2024-%02d-%02d %02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(8, 20), r.randint(0, 59), r.randint(0, 59))
        lines.append("%s INFO SIP >> 9300CNsc%02d|CO********|CPMAIN|AY%dAZ%s" % (ts, r.randint(1, 9), i % 10, rhex(r, 4).upper()))
        lines.append("%s INFO SIP >> 6300120240514    101200          AOMAIN|AA%s|AD[masked]|BP1|BQ5|AY%dAZ%s"
                     % (ts, barcode(r), i % 10, rhex(r, 4).upper()))
        lines.append("%s INFO SIP << 64              00120240514    101201000000000000000000000000AOMAIN|AA%s|AEPatron|BLY|CQY|AY%dAZ%s"
                     % (ts, barcode(r), i % 10, rhex(r, 4).upper()))
    return "logs/sip2/selfcheck-2024.log", "\n".join(lines) + "\n"


@neg("orcid")
def n_orcid(r):
    people = []
    for i in range(r.randint(3, 6)):
        people.append('    {"name": "%s", "orcid": "https://orcid.org/%s", "affiliation": "%s"}' % (
            person(r).replace(".", " ").title(), orcid(r), lib(r)[0]))
    return "repository/data/authors.json", '{\n  "authors": [\n' + ",\n".join(people) + "\n  ]\n}\n"


@neg("doi")
def n_bibtex(r):
    out = []
    for i in range(r.randint(3, 6)):
        out.append("@article{%s%d,\n  author = {%s},\n  title = {On catalogue interoperability, part %d},\n"
                   "  journal = {Cataloging \\& Classification Quarterly},\n  year = {%d},\n  doi = {%s},\n  issn = {%s}\n}"
                   % (r.choice(LAST), r.randint(2000, 2023), person(r), i + 1, r.randint(2000, 2023), doi(r), issn(r)))
    return "docs/references.bib", "\n\n".join(out) + "\n"


@neg("uuid")
def n_folio_instance(r):
    body = """{
  "id": "%s",
  "hrid": "in%08d",
  "source": "MARC",
  "title": "Maps of the river delta",
  "instanceTypeId": "%s",
  "identifiers": [
    {"identifierTypeId": "%s", "value": "%s"},
    {"identifierTypeId": "%s", "value": "%s"}
  ],
  "statisticalCodeIds": ["%s"],
  "_version": %d
}
""" % (ruuid(r), r.randint(1, 99999999), ruuid(r), ruuid(r), isbn13(r), ruuid(r), oclcnum(r), ruuid(r), r.randint(1, 9))
    return "folio/sample-data/instances/instance-%s.json" % rs(r, DIGITS, 4), body


@neg("public-certificate")
def n_shib_metadata(r):
    cert = "MIIDXTCCAkWgAwIBAgIJA" + b64(r, 600)
    lines = [cert[i:i + 64] for i in range(0, len(cert), 64)]
    body = """<?xml version="1.0" encoding="UTF-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#"
    entityID="https://ezproxy.%s.org/shibboleth">
  <SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>
%s
      </ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </KeyDescriptor>
    <AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
        Location="https://ezproxy.%s.org/Shibboleth.sso/SAML2/POST" index="1"/>
  </SPSSODescriptor>
</EntityDescriptor>
""" % (lib(r)[1], "\n".join(lines), lib(r)[1])
    return "shibboleth/sp-metadata.xml", body


@neg("checksum")
def n_sha256sums(r):
    out = []
    for i in range(r.randint(4, 9)):
        out.append("%s  marc_export_%04d.mrc" % (rhex(r, 64), i))
    return "exports/SHA256SUMS", "\n".join(out) + "\n"


@neg("commit-hash")
def n_changelog(r):
    out = ["# Changelog", "", "## [%d.%d.%d] - 2024-%02d-%02d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9), r.randint(1, 12), r.randint(1, 28)), ""]
    for msg in ["Fix MARC 856 parsing", "Add ISSN validator", "Bump Koha plugin API", "Handle empty SIP2 AO field",
                "Cache Alma holdings for 5 minutes"]:
        out.append("- %s (%s)" % (msg, rhex(r, r.choice([7, 40]))))
    return "CHANGELOG.md", "\n".join(out) + "\n"


@neg("iiif-ids")
def n_iiif(r):
    code = lib(r)[1]
    ident = rhex(r, 32)
    body = """{
  "@context": "http://iiif.io/api/presentation/3/context.json",
  "id": "https://iiif.%s.org/manifests/%s",
  "type": "Manifest",
  "label": {"en": ["Herbarium sheet %d"]},
  "items": [{
    "id": "https://iiif.%s.org/canvas/%s/p1",
    "type": "Canvas", "height": 6000, "width": 4000,
    "items": [{"id": "https://iiif.%s.org/page/%s", "type": "AnnotationPage"}]
  }]
}
""" % (code, ident, r.randint(1, 9999), code, ident, code, rhex(r, 24))
    return "iiif/manifests/%s.json" % ident[:8], body


@neg("oai-resumption-token")
def n_oai(r):
    tok = b64(r, 36).replace("+", "-").replace("/", "_")
    body = """<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
  <responseDate>2024-05-14T10:12:00Z</responseDate>
  <request verb="ListRecords" metadataPrefix="oai_dc">https://repository.%s.edu/server/oai/request</request>
  <ListRecords>
    <record><header><identifier>oai:repository.%s.edu:%d/%d</identifier><datestamp>2023-11-02T08:00:00Z</datestamp></header></record>
    <resumptionToken completeListSize="%d" cursor="0">%s</resumptionToken>
  </ListRecords>
</OAI-PMH>
""" % (lib(r)[1], lib(r)[1], r.randint(10000, 99999), r.randint(1, 9999), r.randint(1000, 90000), tok)
    return "tests/fixtures/oai_listrecords.xml", body


@neg("md5-checksum")
def n_mets(r):
    body = """<mets:fileGrp xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink" USE="ORIGINAL">
  <mets:file ID="BITSTREAM_ORIGINAL_%s" MIMETYPE="application/pdf" SIZE="%d" CHECKSUM="%s" CHECKSUMTYPE="MD5">
    <mets:FLocat LOCTYPE="URL" xlink:href="/bitstreams/%s/download"/>
  </mets:file>
</mets:fileGrp>
""" % (ruuid(r), r.randint(10000, 9000000), rhex(r, 32), ruuid(r))
    return "dspace/export/item_%d/mets.xml" % r.randint(100, 9999), body


@neg("rfid-epc")
def n_rfid(r):
    lines = ["timestamp,reader,epc,item_barcode,rssi"]
    for i in range(r.randint(6, 12)):
        lines.append("2024-05-%02dT%02d:%02d:%02d,gate-%d,%s,%s,-%d" % (r.randint(1, 28), r.randint(8, 20), r.randint(0, 59),
                     r.randint(0, 59), r.randint(1, 4), rhex(r, 24).upper(), barcode(r, "3"), r.randint(40, 75)))
    return "logs/rfid/gate_reads.csv", "\n".join(lines) + "\n"


@neg("oclc-numbers")
def n_holdings(r):
    lines = ["OCLC Number\tSymbol\tTitle\tLCCN\tCall Number"]
    for i in range(r.randint(6, 12)):
        lines.append("%d\t%s\t%s\t%s\t%s" % (r.randint(1000000, 1400000000), rs(r, UPPER, 3),
                     r.choice(["Birds of the Pacific", "Quantum Basics", "The Mill Town", "Tidewater Letters"]), lccn(r), callno(r)))
    return "reports/holdings_set_%d.tsv" % r.randint(1, 99), "\n".join(lines) + "\n"


@neg("mms-ids")
def n_alma_set(r):
    lines = ["MMS Id,Item PID,Barcode,Permanent Location"]
    for i in range(r.randint(6, 12)):
        lines.append("%s,23%s,%s,%s" % (mmsid(r), rs(r, DIGITS, 16), barcode(r, "3"), r.choice(["STACKS", "REF", "SPCOLL"])))
    return "alma/sets/weeding_candidates.csv", "\n".join(lines) + "\n"


@neg("public-client-id")
def n_wskey_public(r):
    body = """// Browser widget: WorldCat Search API via our server-side proxy.
// The WSKey client id identifies the app; the secret stays on the proxy.
export const OCLC_CLIENT_ID = '%s';
export const SEARCH_PROXY = '/api/worldcat/search';

export function search(q) {
  return fetch(`${SEARCH_PROXY}?q=${encodeURIComponent(q)}&client=${OCLC_CLIENT_ID}`).then((r) => r.json());
}
""" % g_wskey_id(r)
    return "web/src/worldcat.js", body


@neg("documented-examples")
def n_doc_examples(r):
    body = """# Authenticating to library APIs (cheat sheet)

Examples below are copied from vendor documentation; none of them are live.

* Sierra token request (doc example, key `Elvis` / secret `Presley1`):
  `Authorization: Basic RWx2aXM6UHJlc2xleTE=`
* FOLIO edge API key (edge-common README):
  `eyJzIjoiblo1NkYzTGVBYSIsInQiOiJkaWt1IiwidSI6ImRpa3UifQ==`
* Polaris PAPI header: `Authorization: PWS polarisdev:j5h3Jee/23aUWT3OGRNEF06cOFc=`
* EZproxy ticket URL:
  `http://ezproxy.yourlib.org:2048/login?user=rdoe&ticket=a6911a5d0219f428b33e190a80818625%24c20041222220203%24e&url=http://www.somedb.com/`
* Alma: `GET /almaws/v1/bibs/{mms_id}?apikey=l8xxXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`

Real keys live in the team vault under `library-systems/`.
"""
    return "docs/api-auth-cheatsheet.md", body


@neg("pgp-public-key")
def n_pgp(r):
    body = b64(r, 700)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "KEYS", ("pub   rsa4096 2021-03-02 [SC]\n      %s\nuid   Release Signing <releases@koha-plugins.example>\n\n"
                    "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG" + "\n".join(lines) + "\n=" + b64(r, 3) +
                    "\n-----END PGP PUBLIC KEY BLOCK-----\n") % rhex(r, 40).upper()


@neg("sri-hash")
def n_sri(r):
    body = """<?php $this->headScript()->appendFile('vendor/jquery.min.js'); ?>
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
      integrity="sha384-%s" crossorigin="anonymous">
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
        integrity="sha384-%s" crossorigin="anonymous"></script>
""" % (b64(r, 48), b64(r, 48))
    return "themes/localtheme/templates/layout/head.phtml", body


@neg("lockfile-integrity")
def n_lock(r):
    out = ['{', '  "name": "library-hours-widget",', '  "lockfileVersion": 3,', '  "packages": {']
    pk = []
    for p in ["dayjs", "lit", "marked"]:
        pk.append('    "node_modules/%s": {\n      "version": "%d.%d.%d",\n      "resolved": "https://registry.npmjs.org/%s/-/%s.tgz",\n'
                  '      "integrity": "sha512-%s"\n    }' % (p, r.randint(1, 9), r.randint(0, 20), r.randint(0, 9), p, p, b64(r, 64)))
    out.append(",\n".join(pk))
    out += ["  }", "}"]
    return "package-lock.json", "\n".join(out) + "\n"


@neg("jwks-public")
def n_jwks(r):
    n = b64url(rbytes(r, 256))
    body = """{
  "keys": [
    {
      "kid": "%s",
      "kty": "RSA",
      "alg": "RS256",
      "use": "sig",
      "n": "%s",
      "e": "AQAB"
    }
  ]
}
""" % (b64url(rbytes(r, 32)), n)
    return "keycloak/realm-%s-certs.json" % r.choice(TENANTS), body


@neg("bcrypt-hash")
def n_koha_sql(r):
    out = ["-- anonymised borrowers fixture for tests",
           "INSERT INTO borrowers (cardnumber, surname, firstname, branchcode, categorycode, password) VALUES"]
    vals = []
    for i in range(r.randint(3, 6)):
        vals.append("('%s', '%s', '%s', 'CPL', 'PT', '$2a$08$%s')" % (barcode(r), r.choice(LAST).title(), r.choice(FIRST).title(),
                                                                      rs(r, ALNUM + "./", 53)))
    return "t/db_dependent/data/borrowers.sql", "\n".join(out) + "\n" + ",\n".join(vals) + ";\n"


@neg("z3950-targets")
def n_yaz_targets(r):
    body = """# yaz-client command file: public Z39.50 targets (anonymous)
open tcp:lx2.loc.gov:210/LCDB
set_marcdump loc.mrc
find @attr 1=7 %s
show 1
close
open tcp:z3950.bl.uk:9909/ZBLACU
find @attr 1=7 %s
show 1
quit
""" % (isbn13(r), isbn13(r))
    return "acq/yaz/targets.cmd", body


@neg("base64-data")
def n_base64_png(r):
    body = """<!-- library logo, inlined for the email notice template -->
<img alt="%s" width="120" height="40"
     src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAHgAAAAo%s" />
<p>Dear <<borrowers.firstname>>, the following items are due on <<issues.date_due>>.</p>
""" % (lib(r)[0], b64(r, 120))
    return "koha-tmpl/notices/ODUE_email.html", body


@neg("image-digest")
def n_k8s(r):
    body = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: mod-inventory-storage
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: mod-inventory-storage
          image: folioorg/mod-inventory-storage@sha256:%s
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: db-connect-modules
                  key: DB_PASSWORD
""" % rhex(r, 64)
    return "k8s/mod-inventory-storage.yaml", body


@neg("ark-handle")
def n_ark(r):
    out = ["identifier,type,target"]
    for i in range(r.randint(5, 10)):
        out.append("ark:/%d/%s,ark,https://collections.%s.org/objects/%d" % (r.choice([13030, 67531, 87278]),
                   rs(r, "bcdfghjkmnpqrstvwxz" + DIGITS, 10), lib(r)[1], r.randint(1, 99999)))
        out.append("hdl:%d/%d,handle,https://repository.%s.edu/handle/%d/%d" % (r.randint(10000, 99999), r.randint(1, 9999), lib(r)[1],
                   r.randint(10000, 99999), r.randint(1, 9999)))
    return "data/persistent_ids.csv", "\n".join(out) + "\n"


@neg("authority-ids")
def n_authority(r):
    out = []
    for i in range(r.randint(3, 6)):
        out.append('{"heading": "%s", "lcnaf": "n%d%06d", "viaf": "%d", "isni": "%s", "wikidata": "Q%d"}' % (
            person(r).title(), r.randint(79, 99), r.randint(0, 999999), r.randint(10000000, 999999999),
            rs(r, DIGITS, 16), r.randint(1000, 99999999)))
    return "authorities/persons.jsonl", "\n".join(out) + "\n"


@neg("barcodes")
def n_labels(r):
    out = ["# spine/barcode label batch %d" % r.randint(1, 999), "barcode\tcall_number\tcopy"]
    for i in range(r.randint(8, 14)):
        out.append("%s\t%s\tc.%d" % (barcode(r, "3"), callno(r), r.randint(1, 3)))
    return "circ/labels/batch.tsv", "\n".join(out) + "\n"


@neg("primo-deeplinks")
def n_primo_links(r):
    code = lib(r)[1].upper()
    out = ["# Course guide links (Primo VE deep links)"]
    for i in range(r.randint(4, 8)):
        out.append("- [Item %d](https://%s.primo.exlibrisgroup.com/discovery/fulldisplay?docid=alma%s&context=L&vid=01%s_INST:NDE&lang=en)"
                   % (i + 1, code.lower(), mmsid(r), code))
    return "guides/course-links.md", "\n".join(out) + "\n"


@neg("session-ids-hashed")
def n_ezp_audit(r):
    out = ["%Y-%m-%d %H:%M:%S\tEvent\tIP\tUsername\tSession\tOther"]
    for i in range(r.randint(5, 10)):
        out.append("2024-05-%02d %02d:%02d:%02d\tLogin.Success\t10.%d.%d.%d\t%s\t-\tsha256:%s" % (
            r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 255), r.randint(0, 255),
            r.randint(1, 254), rhex(r, 12), rhex(r, 64)))
    return "ezproxy/audit/20240514.txt", "\n".join(out) + "\n"


@neg("folio-module-descriptor")
def n_folio_md(r):
    body = """{
  "id": "mod-circulation-24.%d.%d",
  "name": "Circulation Module",
  "provides": [{"id": "circulation", "version": "14.%d", "handlers": [
    {"methods": ["POST"], "pathPattern": "/circulation/check-out-by-barcode", "permissionsRequired": ["circulation.check-out-by-barcode.post"]}
  ]}],
  "requires": [{"id": "users", "version": "16.0"}, {"id": "login", "version": "7.0"}],
  "launchDescriptor": {"dockerImage": "folioorg/mod-circulation:24.%d.%d", "env": [{"name": "JAVA_OPTIONS", "value": "-XX:MaxRAMPercentage=66.0"}]}
}
""" % (r.randint(0, 3), r.randint(0, 9), r.randint(0, 5), r.randint(0, 3), r.randint(0, 9))
    return "descriptors/ModuleDescriptor.json", body


@neg("env-example")
def n_env_example(r):
    body = """# Copy to .env and fill in locally. Never commit the real file.
ALMA_API_KEY=
OCLC_WSKEY=
OCLC_SECRET=
OKAPI_URL=https://okapi.example.org
OKAPI_TENANT=diku
OKAPI_TOKEN=
KOHA_DB_PASS=changeme
"""
    return r.choice([".env.example", "docker/.env.sample"]), body


# ---------------------------------------------------------------- driver
SPECIAL_TYPES = {"Dockerfile": "dockerfile", "KEYS": "txt", "SHA256SUMS": "txt", "passwd": "txt"}


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base in SPECIAL_TYPES:
        return SPECIAL_TYPES[base]
    if base.startswith(".env"):
        return "env"
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[-1].lower()
    return "txt"


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample", ".env.template", ".env.dist"))


def cycle(r, n, count):
    out = []
    while len(out) < count:
        idx = list(range(n))
        r.shuffle(idx)
        out.extend(idx)
    return out[:count]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_lq.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    assert len(POS) >= 60 and len(POS) + len(NEG) >= 60, (len(POS), len(NEG))
    manifest, secrets = [], []
    env_pos = 0

    for i, ti in enumerate(cycle(r, len(POS), 500)):
        t = POS[ti]
        v = t["gen"](r)
        path, text = t["f"](r, v)
        if is_blocked_env(path):
            env_pos += 1
        needle = v.split("\n")[0]
        rel = "pos/p%04d/%s" % (i, path)
        pos_ = text.find(needle)
        assert needle and pos_ >= 0, (t["name"], needle)
        line = text.count("\n", 0, pos_) + 1
        assert needle in text.split("\n")[line - 1], (t["name"], line)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t["prov"], "kind": t["kind"],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_pos <= 25, env_pos

    jobs = [("reuse", ti) for ti in cycle(r, len(POS), 250)] + [("look", ti) for ti in cycle(r, len(NEG), 250)]
    r.shuffle(jobs)
    for i, (mode, ti) in enumerate(jobs):
        if mode == "reuse":
            t = POS[ti]
            v, style = filler(r, t["lang"], t["env"], t["docex"])
            path, text = t["f"](r, v)
            provider, kind = t["prov"], "%s:%s" % (style, t["kind"])
        else:
            t = NEG[ti]
            path, text = t["f"](r)
            provider, kind = "lookalike", t["kind"]
        if is_blocked_env(path):
            path = path.rsplit("/", 1)[0] + "/.env.example" if "/" in path else ".env.example"
        assert not is_blocked_env(path)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
