#!/usr/bin/env python3
"""Blind evaluation-set generator "mg": e-learning content, learning record stores, LMS platforms.

EMPHASIS
    Domain: e-learning content and training platforms.  xAPI / Tin Can (LRS endpoints with
    Basic auth key:secret pairs: Learning Locker, Watershed, Veracity, SCORM Cloud LRS, ADL LRS),
    SCORM Cloud app ids + secret keys, Rustici Engine, cmi5 launch configs, SCORM/Storyline/Rise
    published output (tc-config.js, scormdriver configuration, user.js), Moodle (config.php,
    web-service tokens, plugins), Totara, Open edX, Canvas, Docebo, TalentLMS, LearnUpon,
    Thinkific, Teachable, Kajabi, Cornerstone, Degreed, LinkedIn Learning, Coursera / Udemy
    Business, Zoom (LTI + S2S OAuth), ProctorU, Honorlock, Vimeo, Wistia, Accredible, Credly,
    Badgr, LTI 1.1 / 1.3 keys, course-authoring CI pipelines (GitHub Actions, GitLab CI, Jenkins).
    File types: JavaScript, HTML, XML, JSON, PHP, Python, Node, Java, C#, Ruby, YAML (CI, compose,
    Helm, k8s, Ansible), Markdown runbooks, CSV, .properties, .ini, .http, shell, PEM, few .env.

USAGE
    python3 -B gen_mg.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic for a given SEED (one
    random.Random(SEED) drives everything).

NEEDLE CONVENTIONS
    needle = the secret value exactly as written, without quotes.  Basic auth headers / tincan
    `auth: "Basic ..."` -> the base64 token only.  Prefixed keys keep their prefix (ghp_, SG.,
    key-, Canvas "N~").  Connection URLs -> the password only.  PEM private keys -> first
    base64 line of the body.  Passwords -> the password itself.  `line` is the 1-based line of
    the needle's first occurrence; the program asserts it.

NEGATIVES
    250 re-use positive templates with the secret slot holding: placeholders (English, German,
    French, Spanish, Portuguese), empty values, masked values, env / secret-manager / CI /
    Helm / Ansible references, documented example values (ADL public LRS tom:1234 and
    xapi-tools:xapi-tools, AWS doc example key, SCORM Cloud Perl-doc sample key), and public
    values (client ids, app ids).  The other 250 are domain look-alikes: imsmanifest.xml,
    tincan.xml, cmi5.xml, xAPI statements (UUIDs, sha2 attachment hashes, mbox_sha1sum),
    suspend_data / base64 course state, SRI hashes, package-lock integrity, SHA256SUMS, LFS
    pointers, LTI JWKS public keys, X.509 certificates, Ansible-vault and SOPS ciphertext,
    image digests, commit SHAs, Wistia/Vimeo media ids, badge/credential ids, Moodle version.php.
    No negative is written to .env / .env.<stage>.

FORMATS CHECKED
    - ADL public sample LRS credentials tom/1234 at lrs.adlnet.gov (adlnet xapiwrapper-node README,
      via code search); xapi-tools/xapi-tools from memory of ADL xAPI Lab.
    - Moodle REST endpoint webservice/rest/server.php?wstoken=..&wsfunction=..&moodlewsrestformat=json
      (docs.moodle.org "Creating a web service client"); token = 32 lowercase hex (md5) from knowledge.
    - SCORM Cloud: app id + secret key, v2 API is HTTP Basic appId:secretKey (metacpan
      WebService::ScormCloud, rustici_software_cloud_v2 docs).
    - From knowledge: GitHub PAT ghp_ + 30 base62 + 6-char base62 CRC32; AWS AKIA ids; SendGrid
      SG.22.43; Vimeo 32-hex tokens; Wistia 64-hex tokens; Django OAuth Toolkit 30-char tokens
      (Badgr); Canvas "<shard>~<64 alnum>"; Learning Locker client key/secret = 40 hex.
DOUBTS
    Guessed lengths/alphabets: SCORM Cloud secret (40 alnum), Watershed / Veracity key+secret,
    TalentLMS (30 alnum), Teachable, Kajabi, Docebo, Cornerstone, Degreed, Coursera, Udemy Business
    (long alnum), ProctorU / Honorlock tokens, Accredible (32 hex), Credly (40+ alnum), Zoom S2S
    secret (32 alnum), LinkedIn secret (16 alnum).  GitHub CRC32 may be computed over a different
    span than the 30 random chars.  Rustici scormdriver TCAPI_* variable names are from memory.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import zlib

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"


ORGS = ["acme", "northwind", "contoso", "globex", "initech", "umbrella-health", "fabrikam", "hooli",
        "stadtwerke-nord", "akademie-west", "univ-lyon", "campus-norte", "edutech", "safetyfirst",
        "pharmalearn", "retailco"]


class Ctx:
    def __init__(self, rng):
        self.r = rng
        self.v = ""
        self.neg = False
        self.reset()

    # ---------- random helpers ----------
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.s(HEX, n)

    def an(self, n):
        return self.s(ALNUM, n)

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def num(self, a, b):
        return self.r.randint(a, b)

    def b64bytes(self, n, url=False):
        raw = bytes(self.r.getrandbits(8) for _ in range(n))
        if url:
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")
        return base64.b64encode(raw).decode()

    # ---------- domain companions ----------
    def reset(self):
        self._org = self.pick(ORGS)
        self._tld = self.pick(["com", "org", "de", "fr", "io", "edu", "es", "com.br", "co.uk"])

    def org(self):
        return self._org

    def host(self):
        return self.pick(["lrs", "learninglocker", "xapi", "records", "lms", "learn", "academy",
                          "training", "moodle", "elearning"]) + "." + self._org + "." + self._tld

    def lrs_endpoint(self):
        return self.pick([
            f"https://{self.host()}/data/xAPI/",
            f"https://{self.org()}.lrs.io/xapi/",
            f"https://{self.org()}.watershedlrs.com/api/organizations/{self.num(1000, 99999)}/lrs/",
            f"https://cloud.scorm.com/lrs/{self.s(UPPER_ALNUM, 10)}/",
            f"https://{self.host()}/xapi/",
            f"https://{self.org()}.veracity.it/lrs/{self.pick(['prod', 'main', 'training'])}/xapi/",
        ])

    def person(self):
        return self.pick(["jmueller", "a.dubois", "mgarcia", "svc-lms", "priya.n", "tkowalski",
                          "lrs-admin", "ops", "c.silva", "hwang", "elearning-bot", "kfischer"])

    def course_id(self):
        return self.pick(["onboarding", "fire-safety", "gdpr-basics", "forklift-cert", "anti-bribery",
                          "datenschutz-2024", "securite-incendie", "code-of-conduct", "hipaa-101",
                          "sales-kickoff"]) + "-" + str(self.num(1, 40))

    def activity_iri(self):
        return f"https://{self.host()}/activities/{self.course_id()}"

    def year(self):
        return str(self.num(2019, 2025))


# ---------------------------------------------------------------- secret generators
def pw(c, url_safe=False):
    words = ["Moodle", "Kurs", "Lern", "Campus", "Tiger", "Falcon", "Schule", "Aprender", "Formation",
             "Winter", "Sommer", "Blue", "River", "Totara", "Storyline", "Rise", "Zebra", "Cobalt"]
    syms = "-_.!~*" if url_safe else "!#*-_.+=?^~@"
    style = c.num(0, 3)
    if style == 0:
        p = c.pick(words) + c.pick(syms) + str(c.num(10, 9999)) + c.pick(words).lower() + c.pick(syms)
        p += c.s(ALNUM, c.num(2, 4))
    elif style == 1:
        n = c.num(14, 24)
        p = c.s(ALNUM + syms, n)
        p = c.pick(string.ascii_uppercase) + c.pick(string.digits) + p + c.pick(syms) + c.pick(string.ascii_lowercase)
    elif style == 2:
        p = c.s(ALNUM, c.num(18, 32))
        p = p[:5] + c.pick(string.digits) + p[5:] + c.pick(string.ascii_uppercase)
    else:
        p = "-".join(c.s(ALNUM, 5) for _ in range(c.num(3, 4)))
    return p


def pw_url(c):
    return pw(c, url_safe=True)


def g_hex(n):
    return lambda c: c.hexs(n)


def g_an(n1, n2=None):
    return lambda c: c.an(n1 if n2 is None else c.num(n1, n2))


def g_basic(c):
    key = c.pick([c.hexs(40), c.an(c.num(16, 24)), c.s(UPPER_ALNUM, 10) + ":" + c.an(6)])
    if ":" in key:
        key = key.split(":")[0]
    secret = c.pick([c.hexs(40), c.an(c.num(20, 40)), pw(c)])
    return base64.b64encode(f"{key}:{secret}".encode()).decode()


def b62(n):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = (string.digits + string.ascii_letters)[d] + out
    return out or "0"


def g_ghp(c):
    body = c.an(30)
    return "ghp_" + body + b62(zlib.crc32(body.encode())).rjust(6, "0")


def g_aws_secret(c):
    return c.s(B64, 40)


def g_sendgrid(c):
    return "SG." + c.s(B64URL, 22) + "." + c.s(B64URL, 43)


def g_canvas(c):
    return f"{c.num(1, 20)}~{c.an(64)}"


def g_django(c):
    return c.s("abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)", 50)


def g_mailgun(c):
    return "key-" + c.hexs(32)


def g_salt(c):
    return c.s(ALNUM + "!#%^&*()-_=+[]{}<>~,.;:/?|", c.num(32, 48))


def g_b64key(c):
    return c.b64bytes(32)


def g_pem(c):
    # PKCS#8 RSA 2048 private key body: fixed DER prefix then random bytes
    raw = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
    raw += bytes(c.r.getrandbits(8) for _ in range(1190))
    body = base64.b64encode(raw).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def pem_needle(v):
    return v.split("\n")[1]


# ---------------------------------------------------------------- negative slot values
PH_COMMON = ["YOUR_SECRET_HERE", "<your-secret>", "xxxxxxxxxxxxxxxxxxxx", "changeme", "", "********",
             "[REDACTED]", "TODO", "<redacted>", "REPLACE_ME", "dein-geheimnis-hier", "VOTRE_CLE_SECRETE",
             "tu_clave_secreta", "SUA_SENHA_AQUI", "***", "<set in vault>", "PLACEHOLDER", "secret"]
PH_BY_KIND = {
    "lrs_secret": ["1234", "xapi-tools", "<LRS_SECRET>", "LRS_SECRET", "your-lrs-secret", "<activity provider secret>"],
    "basic": ["dG9tOjEyMzQ=", "eGFwaS10b29sczp4YXBpLXRvb2xz", "<base64(key:secret)>", "BASE64_KEY_SECRET",
              "BASE64_ENCODED_CREDENTIALS", "xxxxxxxx"],
    "scorm_secret": ["ABCDEFGHIJKLMNOPQRSTUVWXYZ", "your-secret-key", "YOUR_SCORM_CLOUD_SECRET_KEY", "<secretKey>"],
    "password": ["password", "<db-password>", "changeme", "P@ssw0rd_PLACEHOLDER", "********", "moodle", "passwort"],
    "aws_secret": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "<aws-secret-access-key>"],
    "token": ["<token>", "YOUR_TOKEN", "your_api_token_here", "0000000000000000", "abc123"],
    "pem": [],
}
REFS = {
    "yaml": ["${%s}", "$%s", "${%s:?required}"],
    "gha": ["${{ secrets.%s }}"],
    "ansible": ["{{ vault_%s }}", "{{ lookup('env', '%s') }}"],
    "js": ["${process.env.%s}", "%%%s%%"],
    "py": ["${%s}"],
    "php": ["${%s}"],
    "json": ["${%s}", "{{%s}}", "#{%s}#"],
    "xml": ["${%s}", "$(%s)"],
    "properties": ["${%s}", "${vault:secret/lms#%s}"],
    "md": ["$%s", "<%s>"],
    "other": ["${%s}"],
}


def neg_value(c, kind, ftype, envname):
    roll = c.r.random()
    if kind == "pem":
        return c.pick(["-----BEGIN PRIVATE KEY-----\n<paste the tool private key here>\n-----END PRIVATE KEY-----",
                       "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
                       "# key is mounted from the secret store at runtime"])
    if roll < 0.35 and kind in PH_BY_KIND and PH_BY_KIND[kind]:
        return c.pick(PH_BY_KIND[kind])
    if roll < 0.65:
        refs = REFS.get(ftype, REFS["other"])
        return c.pick(refs) % envname
    return c.pick(PH_COMMON)


# ---------------------------------------------------------------- positive templates
# Each render(c) uses c.v (slot value) and returns (relpath, text)
T = []


def tpl(name, provider, kind, gen, envname="LRS_SECRET"):
    def deco(fn):
        T.append(dict(name=name, provider=provider, kind=kind, gen=gen, render=fn, env=envname))
        return fn
    return deco


def cmt_js(c):
    return c.pick(["", "// generated by Storyline 360 - do not edit\n", "/* published " + c.year() + " */\n",
                   "// TODO: mover credenciais para o servidor\n", "// LRS settings for the pilot cohort\n"])


@tpl("tc_config_js", "tincan", "lrs_secret", g_hex(40))
def _(c):
    cid = c.activity_iri()
    return (c.pick(["tc-config.js", "course/tc-config.js", "published/story_content/tc-config.js"]),
            f"""{cmt_js(c)}var TC_COURSE_ID = "{cid}";
var TC_COURSE_NAME = {{
    "en-US": "{c.course_id().replace('-', ' ').title()}"
}};
var TC_COURSE_DESC = {{
    "en-US": "Compliance module"
}};

var TC_RECORD_STORES = [
    {{
        endpoint: "{c.lrs_endpoint()}",
        username: "{c.hexs(40)}",
        password: "{c.v}"
    }}
];
""")


@tpl("tincanjs_lrs_basic", "tincan", "basic", g_basic, "LRS_AUTH")
def _(c):
    pre = c.pick(["", "var debug = false;\n", "// Veracity LRS - Produktivumgebung\n"])
    return (c.pick(["js/lrs.js", "scripts/xapi-init.js", "src/tracking/lrs.js"]),
            f"""{pre}var lrs;
try {{
    lrs = new TinCan.LRS({{
        endpoint: "{c.lrs_endpoint()}",
        version: "1.0.3",
        auth: "Basic {c.v}",
        allowFail: false
    }});
}} catch (ex) {{
    console.log("Failed to setup LRS object: " + ex);
}}
""")


@tpl("launch_html_basic", "tincan", "basic", g_basic, "LRS_AUTH")
def _(c):
    return (c.pick(["index_lms.html", "launch.html", "story_html5.html", "public/launch/index.html"]),
            f"""<!DOCTYPE html>
<html lang="{c.pick(['en', 'de', 'fr', 'es'])}">
<head>
  <meta charset="utf-8">
  <title>{c.course_id()}</title>
  <script src="lib/tincan-min.js"></script>
</head>
<body>
  <div id="app"></div>
  <script>
    var actor = {{ mbox: "mailto:learner@{c.org()}.com", name: "Learner" }};
    var launchUrl = "story.html" +
      "?endpoint=" + encodeURIComponent("{c.lrs_endpoint()}") +
      "&actor=" + encodeURIComponent(JSON.stringify(actor)) +
      "&auth=" + encodeURIComponent("Basic {c.v}");
    window.location.href = launchUrl;
  </script>
</body>
</html>
""")


@tpl("xapiwrapper_config", "adl_xapiwrapper", "lrs_secret", g_an(20, 32))
def _(c):
    return (c.pick(["js/config.js", "xapi/config.js", "assets/js/xapiwrapper.config.js"]),
            f"""{cmt_js(c)}var conf = {{
    "endpoint" : "{c.lrs_endpoint()}",
    "user" : "{c.person()}",
    "password" : "{c.v}",
}};
ADL.XAPIWrapper.changeConfig(conf);
""")


@tpl("xapiwrapper_node", "adl_xapiwrapper", "lrs_secret", pw, "LRS_PASS")
def _(c):
    return (c.pick(["report/pull-statements.js", "scripts/sync-lrs.js", "index.js"]),
            f"""const adl = require('adl-xapiwrapper');
adl.debugLevel = '{c.pick(['info', 'warn', 'error'])}';

const opts = {{
  url: '{c.lrs_endpoint()}',
  auth: {{
    user: '{c.person()}',
    pass: '{c.v}'
  }}
}};
const mylrs = new adl.XAPIWrapper(opts);

mylrs.getStatements(null, null, function (err, resp, bdy) {{
  if (err) return console.error(err);
  console.log(JSON.parse(bdy).statements.length + ' statements');
}});
""")


@tpl("tincan_node_lrs", "learning_locker", "lrs_secret", g_hex(40))
def _(c):
    return (c.pick(["lib/lrs-client.js", "server/xapi.js", "services/tracking.js"]),
            f"""'use strict';
const TinCan = require('tincanjs');

// Learning Locker client "{c.course_id()}"
const lrs = new TinCan.LRS({{
  endpoint: '{c.lrs_endpoint()}',
  username: '{c.hexs(40)}',
  password: '{c.v}',
  allowFail: false,
}});

module.exports = lrs;
""")


@tpl("scormdriver_config", "rustici_scorm_driver", "lrs_secret", g_an(24, 40), "TCAPI_PASSWORD")
def _(c):
    return (c.pick(["scormdriver/configuration.js", "lms/configuration.js", "course/scormdriver/configuration.js"]),
            f"""// SCORM Driver configuration
var USE_STRICT_SUSPEND_DATA_LIMITS = false;
var EXIT_BEHAVIOR = "SCORM_RECOMMENDED";
var REVIEW_MODE_IS_READ_ONLY = true;
var TCAPI_ENDPOINT = "{c.lrs_endpoint()}";
var TCAPI_USER = "{c.an(16)}";
var TCAPI_PASSWORD = "{c.v}";
var TCAPI_DONT_USE_BROKEN_URL_ENCODING = true;
var AICC_COMM_DISABLE_XMLHTTP = false;
""")


@tpl("storyline_userjs_fetch", "articulate_storyline", "basic", g_basic, "LRS_AUTH")
def _(c):
    return ("story_content/user.js",
            f"""function ExecuteScript(strId)
{{
  switch (strId)
    {{
      case "{c.an(11)}":
        Script1();
        break;
    }}
}}

function Script1()
{{
  var player = GetPlayer();
  var score = player.GetVar("Score");
  var stmt = {{
    actor: {{ name: player.GetVar("LearnerName"), mbox: "mailto:" + player.GetVar("Email") }},
    verb: {{ id: "http://adlnet.gov/expapi/verbs/answered" }},
    object: {{ id: "{c.activity_iri()}/q" + score }}
  }};
  fetch("{c.lrs_endpoint()}statements", {{
    method: "POST",
    headers: {{
      "Content-Type": "application/json",
      "X-Experience-API-Version": "1.0.3",
      "Authorization": "Basic {c.v}"
    }},
    body: JSON.stringify(stmt)
  }});
}}
""")


@tpl("rise_lrs_config", "articulate_rise", "lrs_secret", g_an(24, 40))
def _(c):
    return (c.pick(["scormcontent/lrs-settings.js", "lib/lrs-config.js"]),
            f"""window.__RISE_LRS__ = {{
  enabled: true,
  endpoint: "{c.lrs_endpoint()}",
  key: "{c.an(20)}",
  secret: "{c.v}",
  activityId: "{c.activity_iri()}",
  sendResumeData: {c.pick(['true', 'false'])}
}};
""")


@tpl("cmi5_launch_json", "cmi5", "lrs_secret", g_hex(40))
def _(c):
    return (c.pick(["config/launch.json", "cmi5-launch/config.json", "player/lrs.json"]),
            json.dumps({
                "launchServer": {"port": c.pick([3000, 8080, 3398]), "publicUrl": f"https://{c.host()}/cmi5"},
                "lrs": {"endpoint": c.lrs_endpoint(), "key": c.hexs(40), "secret": c.v,
                        "version": "1.0.3"},
                "tenant": c.org(),
                "moveOn": c.pick(["Completed", "CompletedOrPassed", "Passed"]),
            }, indent=2) + "\n")


@tpl("py_requests_lrs", "learning_locker", "lrs_secret", g_hex(40), "LRS_SECRET")
def _(c):
    return (c.pick(["reporting/export_statements.py", "scripts/lrs_report.py", "etl/pull_xapi.py"]),
            f"""#!/usr/bin/env python3
\"\"\"Pull completed statements from the LRS and write a CSV for HR.\"\"\"
import csv
import requests

LRS_ENDPOINT = "{c.lrs_endpoint()}"
LRS_KEY = "{c.hexs(40)}"
LRS_SECRET = "{c.v}"
HEADERS = {{"X-Experience-API-Version": "1.0.3"}}


def fetch(verb="http://adlnet.gov/expapi/verbs/completed"):
    url = LRS_ENDPOINT + "statements"
    params = {{"verb": verb, "limit": 500}}
    while url:
        r = requests.get(url, params=params, headers=HEADERS, auth=(LRS_KEY, LRS_SECRET), timeout=30)
        r.raise_for_status()
        data = r.json()
        yield from data["statements"]
        url = data.get("more") and LRS_ENDPOINT.rsplit("/data", 1)[0] + data["more"]
        params = None


if __name__ == "__main__":
    with open("completions.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        for s in fetch():
            w.writerow([s["actor"].get("mbox"), s["object"]["id"], s["timestamp"]])
""")


@tpl("py_tincan_remote_lrs", "tincan", "lrs_secret", g_an(20, 32))
def _(c):
    return (c.pick(["lrs/client.py", "app/xapi.py", "tools/send_statement.py"]),
            f"""from tincan import RemoteLRS, Statement, Agent, Verb, Activity

lrs = RemoteLRS(
    version="1.0.1",
    endpoint="{c.lrs_endpoint()}",
    username="{c.an(20)}",
    password="{c.v}",
)


def record(email, activity_id):
    st = Statement(
        actor=Agent(mbox="mailto:" + email),
        verb=Verb(id="http://adlnet.gov/expapi/verbs/experienced"),
        object=Activity(id=activity_id),
    )
    resp = lrs.save_statement(st)
    if not resp.success:
        raise RuntimeError(resp.data)
""")


@tpl("node_axios_basic", "watershed", "basic", g_basic, "LRS_AUTH")
def _(c):
    return (c.pick(["src/lrs.ts", "lib/watershed.ts", "api/xapi-proxy.ts"]),
            f"""import axios from 'axios';

const WATERSHED_ORG = {c.num(1000, 99999)};

export const lrs = axios.create({{
  baseURL: `https://{c.org()}.watershedlrs.com/api/organizations/${{WATERSHED_ORG}}/lrs/`,
  timeout: 15000,
  headers: {{
    'X-Experience-API-Version': '1.0.3',
    Authorization: 'Basic {c.v}',
  }},
}});

export async function sendStatement(stmt: unknown) {{
  const {{ data }} = await lrs.post('statements', stmt);
  return data;
}}
""")


@tpl("ll_properties", "learning_locker", "lrs_secret", g_hex(40), "LL_CLIENT_SECRET")
def _(c):
    return (c.pick(["src/main/resources/application.properties", "config/lrs.properties"]),
            f"""# Learning Locker connection
spring.application.name=training-tracker
server.port={c.pick(['8080', '8081', '9000'])}
learninglocker.endpoint={c.lrs_endpoint()}
learninglocker.client.key={c.hexs(40)}
learninglocker.client.secret={c.v}
learninglocker.timeout-ms=20000
logging.level.com.{c.org().replace('-', '')}.xapi=INFO
""")


@tpl("watershed_php", "watershed", "lrs_secret", g_an(20, 32))
def _(c):
    return (c.pick(["config/watershed.php", "app/config/lrs.php"]),
            f"""<?php
// Watershed LRS - Activity Provider credentials
return [
    'endpoint' => '{c.lrs_endpoint()}',
    'org_id'   => {c.num(1000, 99999)},
    'key'      => '{c.an(c.num(16, 24))}',
    'secret'   => '{c.v}',
    'version'  => '1.0.3',
];
""")


@tpl("veracity_yaml", "veracity", "lrs_secret", g_an(24, 36), "VERACITY_SECRET")
def _(c):
    return (c.pick(["config/lrs.yml", "deploy/xapi.yaml", "config/settings.yaml"]),
            f"""app:
  name: {c.course_id()}
  locale: {c.pick(['en', 'de_DE', 'fr_FR', 'pt_BR'])}
xapi:
  lrs:
    provider: veracity
    endpoint: {c.lrs_endpoint()}
    access_key: {c.an(20)}
    access_secret: "{c.v}"
  batch_size: 50
  retry: 3
""")


@tpl("scorm_cloud_py_v2", "scorm_cloud", "scorm_secret", g_an(40), "SCORM_CLOUD_SECRET_KEY")
def _(c):
    return (c.pick(["tools/upload_course.py", "scorm/publish.py", "ci/scormcloud_import.py"]),
            f"""import rustici_software_cloud_v2 as scorm_cloud
from rustici_software_cloud_v2.rest import ApiException

APP_ID = "{c.s(UPPER_ALNUM, 10)}"
SECRET_KEY = "{c.v}"

config = scorm_cloud.Configuration()
config.username = APP_ID
config.password = SECRET_KEY


def import_zip(course_id, path):
    api = scorm_cloud.CourseApi()
    try:
        job = api.create_upload_and_import_course_job(course_id, file=path, may_create_new_version=True)
        return job.result
    except ApiException as e:
        print("SCORM Cloud import failed:", e)
        raise
""")


@tpl("scorm_cloud_node", "scorm_cloud", "scorm_secret", g_an(40), "SCORM_SECRET")
def _(c):
    return (c.pick(["scripts/scormcloud.js", "server/scorm.js"]),
            f"""var SCORMCloud = require('scormcloud-api-wrapper');

// app id is per environment: {c.pick(['staging', 'prod', 'produccion'])}
var api = new SCORMCloud('{c.s(UPPER_ALNUM, 10)}', '{c.v}');

api.authPing(function (error, result) {{
  if (error) throw error;
  console.log('SCORM Cloud reachable:', result);
}});

module.exports = api;
""")


@tpl("scorm_cloud_appsettings", "scorm_cloud", "scorm_secret", g_an(40), "SCORM_SECRET")
def _(c):
    return (c.pick(["appsettings.json", "src/Lms.Web/appsettings.Production.json"]),
            json.dumps({
                "Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
                "AllowedHosts": "*",
                "ScormCloud": {"BasePath": "https://cloud.scorm.com/api/v2",
                               "AppId": c.s(UPPER_ALNUM, 10), "SecretKey": c.v,
                               "Origin": c.org() + ".lms"},
                "ConnectionStrings": {"Default": "Server=sql01;Database=Lms;Integrated Security=true"},
            }, indent=2) + "\n")


@tpl("scorm_cloud_php_v1", "scorm_cloud", "scorm_secret", g_an(40), "SCORM_SECRET")
def _(c):
    return (c.pick(["includes/scormcloud_config.php", "wp-content/plugins/scormcloud/config.php"]),
            f"""<?php
require_once('SCORMCloud_PHPLibrary/ScormEngineService.php');

$ServiceUrl = 'https://cloud.scorm.com/EngineWebServices';
$AppId = '{c.s(UPPER_ALNUM, 10)}';
$SecretKey = '{c.v}';
$Origin = '{c.org()}.lms.{c.year()}';

$ScormService = new ScormEngineService($ServiceUrl, $AppId, $SecretKey, $Origin);
""")


@tpl("scorm_cloud_basic_curl", "scorm_cloud", "basic", g_basic, "SCORM_BASIC")
def _(c):
    return (c.pick(["scripts/list-registrations.sh", "bin/scorm-ping.sh"]),
            f"""#!/usr/bin/env bash
set -euo pipefail
# quick check against SCORM Cloud v2
curl -sS "https://cloud.scorm.com/api/v2/registrations?courseId={c.course_id()}" \\
  -H "Accept: application/json" \\
  -H "Authorization: Basic {c.v}" | jq '.registrations | length'
""")


@tpl("rustici_engine_props", "rustici_engine", "password", pw, "ENGINE_DB_PASSWORD")
def _(c):
    return (c.pick(["RusticiEngineSettings.properties", "engine/conf/RusticiEngineSettings.properties"]),
            f"""# Rustici Engine settings
DataPersistenceEngine=sqlserver
DatabaseConnectionString=jdbc:sqlserver://{c.pick(['sql-engine01', 'db.internal', '10.20.4.15'])}:1433;databaseName=RusticiEngine;user=engine_app;password={c.v}
EngineServerUrl=https://{c.host()}/RusticiEngine
FilePathToContentRoot=/var/lib/rustici/content
UrlToContentRoot=https://{c.host()}/courses
""")


@tpl("moodle_config_dbpass", "moodle", "password", pw, "MOODLE_DB_PASSWORD")
def _(c):
    return ("config.php", f"""<?php  // Moodle configuration file

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = '{c.pick(['pgsql', 'mysqli', 'mariadb'])}';
$CFG->dblibrary = 'native';
$CFG->dbhost    = '{c.pick(['localhost', 'db', 'moodle-db.internal'])}';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = '{c.pick(['moodleuser', 'moodle', 'mdl_app'])}';
$CFG->dbpass    = '{c.v}';
$CFG->prefix    = 'mdl_';
$CFG->dboptions = array (
  'dbpersist' => 0,
  'dbport' => '',
  'dbsocket' => '',
);

$CFG->wwwroot   = 'https://{c.host()}';
$CFG->dataroot  = '/var/moodledata';
$CFG->admin     = 'admin';

$CFG->directorypermissions = 0777;

require_once(__DIR__ . '/lib/setup.php');

// There is no php closing tag in this file,
// it is intentional because it prevents trailing whitespace problems!
""")


@tpl("moodle_config_salt", "moodle", "salt", g_salt, "MOODLE_SALT")
def _(c):
    return ("config.php", f"""<?php  // Moodle configuration file

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'localhost';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodle';
$CFG->dbpass    = getenv('MOODLE_DB_PASS');
$CFG->prefix    = 'mdl_';

$CFG->wwwroot   = 'https://{c.host()}';
$CFG->dataroot  = '/srv/moodledata';
$CFG->passwordsaltmain = '{c.v}';

require_once(__DIR__ . '/lib/setup.php');
""")


@tpl("moodle_config_smtp", "moodle", "password", pw, "SMTP_PASS")
def _(c):
    return (c.pick(["config.php", "moodle/config.php"]), f"""<?php
unset($CFG);
global $CFG;
$CFG = new stdClass();
$CFG->dbtype    = 'mysqli';
$CFG->dbhost    = 'db';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodle';
$CFG->dbpass    = getenv('DB_PASS');
$CFG->prefix    = 'mdl_';
$CFG->wwwroot   = 'https://{c.host()}';
$CFG->dataroot  = '/var/www/moodledata';

// Forced settings: outgoing mail
$CFG->smtphosts  = '{c.pick(['smtp.office365.com:587', 'smtp.sendgrid.net:587', 'mail.' + c.org() + '.de:465'])}';
$CFG->smtpsecure = 'tls';
$CFG->smtpauthtype = 'LOGIN';
$CFG->smtpuser   = 'noreply@{c.org()}.com';
$CFG->smtppass   = '{c.v}';
$CFG->noreplyaddress = 'noreply@{c.org()}.com';

require_once(__DIR__ . '/lib/setup.php');
""")


@tpl("moodle_ws_python", "moodle", "token", g_hex(32), "MOODLE_WSTOKEN")
def _(c):
    return (c.pick(["sync/moodle_enrol.py", "scripts/bulk_enrol.py", "integrations/moodle.py"]),
            f"""import requests

MOODLE_URL = "https://{c.host()}/webservice/rest/server.php"
WSTOKEN = "{c.v}"


def call(wsfunction, **params):
    params.update(wstoken=WSTOKEN, wsfunction=wsfunction, moodlewsrestformat="json")
    r = requests.post(MOODLE_URL, data=params, timeout=60)
    r.raise_for_status()
    out = r.json()
    if isinstance(out, dict) and out.get("exception"):
        raise RuntimeError(out["message"])
    return out


def enrol(userid, courseid, roleid=5):
    return call("enrol_manual_enrol_users",
                **{{"enrolments[0][roleid]": roleid, "enrolments[0][userid]": userid,
                   "enrolments[0][courseid]": courseid}})
""")


@tpl("moodle_ws_runbook", "moodle", "token", g_hex(32), "MOODLE_TOKEN")
def _(c):
    return (c.pick(["docs/runbooks/moodle-api.md", "RUNBOOK.md", "docs/moodle-webservices.md"]),
            f"""# Moodle web services – Runbook

The HR sync uses the external service **{c.pick(['hr_sync', 'Integración RRHH', 'Personalabgleich'])}**
with the `svc_hrsync` user.

## Smoke test

```bash
curl "https://{c.host()}/webservice/rest/server.php?wstoken={c.v}&wsfunction=core_webservice_get_site_info&moodlewsrestformat=json"
```

Expected: JSON with `sitename` and `functions`.

## Rotating

Site administration > Server > Web services > Manage tokens.
""")


@tpl("moodle_ws_csv", "moodle", "token", g_hex(32), "MOODLE_TOKEN")
def _(c):
    rows = ["service,site,user,token,created"]
    rows.append(f"hr_sync,https://{c.host()},svc_hrsync,{c.v},{c.year()}-0{c.num(1, 9)}-1{c.num(0, 9)}")
    rows.append(f"mobile_app,https://{c.host()},*,(per user),")
    rows.append(f"reporting,https://{c.host()},svc_report,revoked,")
    return (c.pick(["ops/moodle_tokens.csv", "inventory/integrations.csv"]), "\n".join(rows) + "\n")


@tpl("moodle_plugin_define", "moodle", "token", g_hex(32), "MOODLE_TOKEN")
def _(c):
    return (c.pick(["local/hrsync/settings_local.php", "blocks/mycourses/remote.php"]),
            f"""<?php
defined('MOODLE_INTERNAL') || die();

// Remote Moodle (Außenstelle) used for course backup pulls
define('REMOTE_MOODLE_URL', 'https://{c.host()}');
define('REMOTE_MOODLE_TOKEN', '{c.v}');
define('REMOTE_MOODLE_CATEGORY', {c.num(2, 40)});
""")


@tpl("totara_config", "totara", "password", pw, "TOTARA_DB_PASS")
def _(c):
    return ("config.php", f"""<?php
// Totara Learn configuration
unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = '{c.pick(['totara-db', 'pg.internal', 'localhost'])}';
$CFG->dbname    = 'totara';
$CFG->dbuser    = 'totara';
$CFG->dbpass    = '{c.v}';
$CFG->prefix    = 'ttr_';
$CFG->wwwroot   = 'https://{c.host()}';
$CFG->dataroot  = '/var/totaradata';
$CFG->sitetype  = 'production';

require_once(__DIR__ . '/lib/setup.php');
""")


@tpl("docebo_py", "docebo", "client_secret", g_hex(40), "DOCEBO_CLIENT_SECRET")
def _(c):
    return (c.pick(["docebo/auth.py", "connectors/docebo_client.py"]),
            f"""import requests

DOCEBO_DOMAIN = "https://{c.org()}.docebosaas.com"
CLIENT_ID = "{c.org()}-hr-connector"
CLIENT_SECRET = "{c.v}"


def get_token(username, password):
    resp = requests.post(f"{{DOCEBO_DOMAIN}}/oauth2/token", data={{
        "grant_type": "password",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "scope": "api",
        "username": username,
        "password": password,
    }})
    resp.raise_for_status()
    return resp.json()["access_token"]
""")


@tpl("talentlms_php", "talentlms", "api_key", g_an(30), "TALENTLMS_API_KEY")
def _(c):
    return (c.pick(["lib/talentlms_bootstrap.php", "app/Services/TalentLms.php"]),
            f"""<?php
require_once 'TalentLMSLib/lib/TalentLMS.php';

try {{
    TalentLMS::setApiKey('{c.v}');
    TalentLMS::setDomain('{c.org()}.talentlms.com');
}} catch (Exception $e) {{
    error_log('TalentLMS init failed: ' . $e->getMessage());
}}

$users = TalentLMS_User::all();
""")


@tpl("learnupon_node", "learnupon", "password", g_hex(32), "LEARNUPON_PASSWORD")
def _(c):
    return (c.pick(["src/learnupon.js", "jobs/learnupon-sync.js"]),
            f"""const fetch = require('node-fetch');

const LU_PORTAL = 'https://{c.org()}.learnupon.com/api/v1';
const LU_USER = 'api-{c.org()}-{c.num(10, 99)}';
const LU_PASS = '{c.v}';

async function listEnrollments(courseId) {{
  const auth = Buffer.from(`${{LU_USER}}:${{LU_PASS}}`).toString('base64');
  const res = await fetch(`${{LU_PORTAL}}/enrollments/search?course_id=${{courseId}}`, {{
    headers: {{ Authorization: `Basic ${{auth}}` }},
  }});
  return res.json();
}}

module.exports = {{ listEnrollments }};
""")


@tpl("thinkific_py", "thinkific", "api_key", g_hex(32), "THINKIFIC_API_KEY")
def _(c):
    return (c.pick(["thinkific_export.py", "scripts/thinkific_users.py"]),
            f"""import requests

HEADERS = {{
    "X-Auth-API-Key": "{c.v}",
    "X-Auth-Subdomain": "{c.org()}",
    "Content-Type": "application/json",
}}

page = 1
while True:
    r = requests.get("https://api.thinkific.com/api/public/v1/enrollments",
                     headers=HEADERS, params={{"page": page, "limit": 250}})
    items = r.json()["items"]
    if not items:
        break
    for e in items:
        print(e["user_email"], e["course_name"], e["percentage_completed"])
    page += 1
""")


@tpl("teachable_node", "teachable", "api_key", g_an(32), "TEACHABLE_API_KEY")
def _(c):
    return (c.pick(["api/teachable.mjs", "src/integrations/teachable.js"]),
            f"""const TEACHABLE_API = 'https://developers.teachable.com/v1';
const apiKey = '{c.v}';

export async function getCourses() {{
  const res = await fetch(`${{TEACHABLE_API}}/courses`, {{
    headers: {{ accept: 'application/json', apiKey }},
  }});
  if (!res.ok) throw new Error(`teachable ${{res.status}}`);
  return (await res.json()).courses;
}}
""")


@tpl("kajabi_yaml", "kajabi", "client_secret", g_an(32, 40), "KAJABI_CLIENT_SECRET")
def _(c):
    return (c.pick(["config/kajabi.yml", "config/integrations.yml"]),
            f"""# Kajabi partner API
default: &default
  site: {c.org()}.mykajabi.com
  client_id: {c.an(24)}
production:
  <<: *default
  client_secret: {c.v}
development:
  <<: *default
  client_secret: dev-not-used
""")


@tpl("cornerstone_props", "cornerstone", "client_secret", g_an(32, 48), "CSOD_CLIENT_SECRET")
def _(c):
    return (c.pick(["src/main/resources/csod.properties", "config/cornerstone.properties"]),
            f"""# Cornerstone OnDemand REST API
csod.portal=https://{c.org()}.csod.com
csod.oauth.tokenUrl=https://{c.org()}.csod.com/services/api/oauth2/token
csod.oauth.clientId={c.s(LOWER_ALNUM, 12)}
csod.oauth.clientSecret={c.v}
csod.oauth.scope=transcript:read employee:read
csod.page.size=100
""")


@tpl("degreed_json", "degreed", "client_secret", g_hex(32), "DEGREED_CLIENT_SECRET")
def _(c):
    return (c.pick(["config/degreed.json", "integrations/degreed/settings.json"]),
            json.dumps({"degreed": {"region": c.pick(["us", "eu"]),
                                    "tokenUrl": "https://degreed.com/oauth/token",
                                    "apiBase": "https://api.degreed.com/api/v2",
                                    "clientId": c.hexs(16),
                                    "clientSecret": c.v,
                                    "scopes": ["content:read", "completions:write"]},
                        "schedule": "0 3 * * *"}, indent=4) + "\n")


@tpl("linkedin_learning_py", "linkedin_learning", "client_secret", g_an(16), "LINKEDIN_CLIENT_SECRET")
def _(c):
    return (c.pick(["lil/sync.py", "linkedin_learning/client.py"]),
            f"""import requests

TOKEN_URL = "https://www.linkedin.com/oauth/v2/accessToken"
CLIENT_ID = "{c.s(LOWER_ALNUM, 14)}"
CLIENT_SECRET = "{c.v}"


def access_token():
    r = requests.post(TOKEN_URL, data={{
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }})
    return r.json()["access_token"]


def learning_assets(start=0):
    h = {{"Authorization": "Bearer " + access_token()}}
    return requests.get("https://api.linkedin.com/v2/learningAssets",
                        params={{"q": "localeAndType", "assetType": "COURSE", "start": start,
                                "sourceLocale.language": "en", "sourceLocale.country": "US"}},
                        headers=h).json()
""")


@tpl("coursera_yaml", "coursera", "client_secret", g_an(22), "COURSERA_CLIENT_SECRET")
def _(c):
    return (c.pick(["config/coursera.yaml", "connectors/coursera/config.yml"]),
            f"""coursera:
  org_id: {c.an(22)}
  program_ids:
    - {c.an(22)}
  oauth:
    client_id: {c.an(22)}
    client_secret: '{c.v}'
    scope: access_business_api
  export:
    bucket: s3://{c.org()}-learning-exports
""")


@tpl("udemy_business_py", "udemy_business", "client_secret", g_an(64, 128), "UDEMY_CLIENT_SECRET")
def _(c):
    return (c.pick(["udemy/report.py", "jobs/udemy_activity.py"]),
            f"""import base64
import requests

ACCOUNT = "{c.org()}"
ACCOUNT_ID = {c.num(10000, 999999)}
CLIENT_ID = "{c.an(40)}"
CLIENT_SECRET = "{c.v}"

auth = base64.b64encode(f"{{CLIENT_ID}}:{{CLIENT_SECRET}}".encode()).decode()
url = f"https://{{ACCOUNT}}.udemy.com/api-2.0/organizations/{{ACCOUNT_ID}}/analytics/user-course-activity/"
resp = requests.get(url, headers={{"Authorization": f"Basic {{auth}}"}}, params={{"page_size": 100}})
for row in resp.json()["results"]:
    print(row["user_email"], row["course_title"], row["completion_ratio"])
""")


@tpl("zoom_lti_moodle_php", "zoom", "lti_secret", g_an(32, 40), "ZOOM_LTI_SECRET")
def _(c):
    return (c.pick(["admin/cli/setup_zoom_lti.php", "local/provision/zoom_tool.php"]),
            f"""<?php
define('CLI_SCRIPT', true);
require(__DIR__ . '/../../config.php');
require_once($CFG->dirroot . '/mod/lti/locallib.php');

$type = new stdClass();
$type->state = LTI_TOOL_STATE_CONFIGURED;
$config = new stdClass();
$config->lti_typename = 'Zoom LTI Pro';
$config->lti_toolurl = 'https://applications.zoom.us/lti/rich';
$config->lti_resourcekey = '{c.an(22)}';
$config->lti_password = '{c.v}';
$config->lti_coursevisible = 1;
lti_add_type($type, $config);
""")


@tpl("zoom_s2s_node", "zoom", "client_secret", g_an(32), "ZOOM_CLIENT_SECRET")
def _(c):
    return (c.pick(["services/zoom.js", "src/zoom/token.js"]),
            f"""// Zoom Server-to-Server OAuth app "{c.org()}-webinars"
const ZOOM_ACCOUNT_ID = '{c.an(22)}';
const ZOOM_CLIENT_ID = '{c.an(22)}';
const ZOOM_CLIENT_SECRET = '{c.v}';

async function getZoomToken() {{
  const basic = Buffer.from(`${{ZOOM_CLIENT_ID}}:${{ZOOM_CLIENT_SECRET}}`).toString('base64');
  const res = await fetch(`https://zoom.us/oauth/token?grant_type=account_credentials&account_id=${{ZOOM_ACCOUNT_ID}}`, {{
    method: 'POST',
    headers: {{ Authorization: `Basic ${{basic}}` }},
  }});
  return (await res.json()).access_token;
}}

module.exports = {{ getZoomToken }};
""")


@tpl("proctoru_ruby", "proctoru", "token", g_an(40), "PROCTORU_TOKEN")
def _(c):
    return (c.pick(["lib/proctoru_client.rb", "app/services/proctoru.rb"]),
            f"""require 'net/http'
require 'json'

module ProctorU
  BASE = URI('https://api.proctoru.com/api/')
  TOKEN = '{c.v}'.freeze
  INSTITUTION_ID = {c.num(1000, 9999)}

  def self.get(path, params = {{}})
    uri = BASE + path
    uri.query = URI.encode_www_form(params)
    req = Net::HTTP::Get.new(uri)
    req['Authorization-Token'] = TOKEN
    Net::HTTP.start(uri.host, uri.port, use_ssl: true) {{ |h| JSON.parse(h.request(req).body) }}
  end
end
""")


@tpl("honorlock_json", "honorlock", "client_secret", g_an(40), "HONORLOCK_SECRET")
def _(c):
    return (c.pick(["config/honorlock.json", "proctoring/honorlock.config.json"]),
            json.dumps({"provider": "honorlock", "baseUrl": "https://app.honorlock.com/api/en/v1",
                        "client_id": c.uuid(), "client_secret": c.v,
                        "institution": c.org(), "exam_defaults": {"browser_guard": True,
                                                                  "room_scan": c.pick([True, False])}},
                       indent=2) + "\n")


@tpl("vimeo_py", "vimeo", "token", g_hex(32), "VIMEO_ACCESS_TOKEN")
def _(c):
    return (c.pick(["media/vimeo_upload.py", "tools/push_videos.py"]),
            f"""import requests

VIMEO_TOKEN = "{c.v}"
FOLDER_ID = {c.num(1000000, 19999999)}

s = requests.Session()
s.headers.update({{
    "Authorization": f"bearer {{VIMEO_TOKEN}}",
    "Accept": "application/vnd.vimeo.*+json;version=3.4",
}})


def list_videos():
    return s.get(f"https://api.vimeo.com/me/projects/{{FOLDER_ID}}/videos").json()["data"]
""")


@tpl("wistia_node", "wistia", "token", g_hex(64), "WISTIA_API_TOKEN")
def _(c):
    return (c.pick(["scripts/wistia-upload.js", "build/upload-media.js"]),
            f"""const fs = require('fs');
const FormData = require('form-data');

const WISTIA_TOKEN = '{c.v}';
const PROJECT_ID = '{c.s(LOWER_ALNUM, 10)}';

async function upload(file) {{
  const form = new FormData();
  form.append('file', fs.createReadStream(file));
  form.append('project_id', PROJECT_ID);
  const res = await fetch('https://upload.wistia.com/', {{
    method: 'POST',
    headers: {{ Authorization: `Bearer ${{WISTIA_TOKEN}}` }},
    body: form,
  }});
  return res.json();
}}
""")


@tpl("accredible_py", "accredible", "api_key", g_hex(32), "ACCREDIBLE_API_KEY")
def _(c):
    return (c.pick(["certificates/issue.py", "accredible_issue.py"]),
            f"""import requests

API = "https://api.accredible.com/v1"
HEADERS = {{"Authorization": "Token token={c.v}", "Content-Type": "application/json"}}
GROUP_ID = {c.num(100000, 999999)}


def issue(name, email):
    body = {{"credential": {{"recipient": {{"name": name, "email": email}}, "group_id": GROUP_ID}}}}
    r = requests.post(f"{{API}}/credentials", json=body, headers=HEADERS)
    r.raise_for_status()
    return r.json()["credential"]["url"]
""")


@tpl("credly_ruby", "credly", "token", g_an(40, 48), "CREDLY_TOKEN")
def _(c):
    return (c.pick(["config/initializers/credly.rb", "lib/badges/credly.rb"]),
            f"""# Credly Web Service API
Credly.configure do |config|
  config.organization_id = '{c.uuid()}'
  config.auth_token = '{c.v}'
  config.base_url = 'https://api.credly.com/v1'
  config.sandbox = false
end
""")


@tpl("badgr_yaml", "badgr", "token", g_an(30), "BADGR_TOKEN")
def _(c):
    return (c.pick(["badges/badgr.yaml", "config/badgr.yml"]),
            f"""badgr:
  api: https://api.badgr.io/v2
  issuer_entity_id: {c.s(ALNUM + '-_', 22)}
  access_token: {c.v}
  badge_classes:
    safety: {c.s(ALNUM + '-_', 22)}
    onboarding: {c.s(ALNUM + '-_', 22)}
""")


@tpl("lti13_private_key", "lti13", "pem", g_pem, "LTI_PRIVATE_KEY")
def _(c):
    return (c.pick(["lti/keys/private.pem", "config/lti/tool-private.key", "keys/lti_rsa.pem"]), c.v + "\n")


@tpl("lti13_config_json_pem", "lti13", "pem", g_pem, "LTI_PRIVATE_KEY")
def _(c):
    return (c.pick(["config/lti-platforms.json", "lti/registration.json"]),
            json.dumps({"issuer": f"https://{c.host()}", "client_id": str(c.num(10000, 99999)),
                        "deployment_id": str(c.num(1, 99)),
                        "auth_login_url": f"https://{c.host()}/mod/lti/auth.php",
                        "auth_token_url": f"https://{c.host()}/mod/lti/token.php",
                        "key_set_url": f"https://{c.host()}/mod/lti/certs.php",
                        "private_key": c.v, "kid": c.hexs(20)}, indent=2) + "\n")


@tpl("lti_hs256_laravel", "lti", "jwt_key", g_b64key, "LTI_JWT_SECRET")
def _(c):
    return (c.pick(["config/lti.php", "config/sso.php"]),
            f"""<?php

return [
    'tool_name' => '{c.course_id()}',
    'launch_url' => env('APP_URL') . '/lti/launch',
    'jwt' => [
        'algo' => 'HS256',
        'secret' => '{c.v}',
        'ttl' => 3600,
    ],
    'consumer_key' => '{c.org()}-lms',
];
""")


@tpl("lti11_consumer_xml", "lti", "lti_secret", g_an(32), "LTI_SHARED_SECRET")
def _(c):
    return (c.pick(["src/main/resources/lti-consumers.xml", "WEB-INF/lti-consumers.xml"]),
            f"""<?xml version="1.0" encoding="UTF-8"?>
<lti-consumers>
  <consumer name="{c.org()} Moodle" enabled="true">
    <key>{c.org()}-moodle</key>
    <secret>{c.v}</secret>
    <launch>https://{c.host()}/lti/launch</launch>
  </consumer>
</lti-consumers>
""")


@tpl("gha_scorm_upload", "scorm_cloud", "scorm_secret", g_an(40), "SCORM_CLOUD_SECRET")
def _(c):
    return (c.pick([".github/workflows/publish-course.yml", ".github/workflows/scorm-cloud.yml"]),
            f"""name: Publish course to SCORM Cloud
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      SCORM_APP_ID: {c.s(UPPER_ALNUM, 10)}
      SCORM_SECRET_KEY: {c.v}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build:scorm
      - run: zip -r course.zip dist/
      - name: Upload
        run: |
          curl -sf -u "$SCORM_APP_ID:$SCORM_SECRET_KEY" \\
            -F file=@course.zip \\
            "https://cloud.scorm.com/api/v2/courses/importJobs/upload?courseId=${{{{ github.event.repository.name }}}}"
""")


@tpl("gitlab_ci_aws", "aws", "aws_secret", g_aws_secret, "AWS_SECRET_ACCESS_KEY")
def _(c):
    ak = "AKIA" + c.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    return (".gitlab-ci.yml", f"""stages: [build, deploy]

variables:
  AWS_DEFAULT_REGION: {c.pick(['eu-central-1', 'us-east-1', 'eu-west-1'])}
  COURSE_BUCKET: {c.org()}-courses

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npx adapt build
  artifacts:
    paths: [build/]

deploy:
  stage: deploy
  image: amazon/aws-cli
  variables:
    AWS_ACCESS_KEY_ID: {ak}
    AWS_SECRET_ACCESS_KEY: "{c.v}"
  script:
    - aws s3 sync build/ s3://$COURSE_BUCKET/{c.course_id()}/ --delete
  only: [main]
""")


@tpl("gha_github_pat", "github", "token", g_ghp, "GH_TOKEN")
def _(c):
    return (c.pick([".github/workflows/release-course.yml", ".github/workflows/package.yml"]),
            f"""name: Package SCORM
on: workflow_dispatch
jobs:
  package:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          repository: {c.org()}/course-assets
          token: {c.v}
      - run: ./tools/package-scorm.sh --version 1.2
      - uses: actions/upload-artifact@v4
        with:
          name: scorm-package
          path: out/*.zip
""")


@tpl("jenkins_lrs", "learning_locker", "lrs_secret", g_hex(40), "LRS_SECRET")
def _(c):
    return ("Jenkinsfile", f"""pipeline {{
  agent any
  stages {{
    stage('Build') {{
      steps {{ sh 'npm ci && npm run build' }}
    }}
    stage('Smoke test LRS') {{
      steps {{
        withEnv(["LRS_ENDPOINT={c.lrs_endpoint()}",
                 "LRS_KEY={c.hexs(40)}",
                 "LRS_SECRET={c.v}"]) {{
          sh 'node test/lrs-smoke.js'
        }}
      }}
    }}
  }}
}}
""")


@tpl("md_lrs_credentials", "learning_locker", "lrs_secret", g_hex(40), "LRS_SECRET")
def _(c):
    return (c.pick(["docs/lrs-setup.md", "README.md", "docs/xapi/credenciales.md"]),
            f"""# LRS setup for the {c.course_id()} pilot

1. Log in to Learning Locker and open *Settings > Clients*.
2. The client **{c.pick(['Storyline pilot', 'Rise export', 'Pilotgruppe'])}** has the following credentials:

| field | value |
|-------|-------|
| endpoint | `{c.lrs_endpoint()}` |
| key | `{c.hexs(40)}` |
| secret | `{c.v}` |

3. Paste them into the Storyline publish dialog (LMS > Reporting and Tracking > LRS).
""")


@tpl("md_smtp", "moodle", "password", pw, "SMTP_PASSWORD")
def _(c):
    return (c.pick(["docs/email.md", "docs/ops/mail-relay.md"]),
            f"""## Outgoing mail for the LMS

Moodle sends notifications through the relay below (Site administration > Server > Email > Outgoing mail configuration).

- SMTP hosts: `smtp.{c.org()}.com:587`
- SMTP security: TLS
- SMTP username: `lms-notify@{c.org()}.com`
- SMTP password: `{c.v}`

Bounces go to `bounces@{c.org()}.com`.
""")


@tpl("spring_mail_props", "lms_java", "password", pw, "MAIL_PASSWORD")
def _(c):
    return (c.pick(["src/main/resources/application-prod.properties", "lms-core/src/main/resources/application.properties"]),
            f"""spring.datasource.url=jdbc:postgresql://db:5432/lms
spring.datasource.username=lms
spring.datasource.password=${{DB_PASSWORD}}
spring.mail.host=smtp.{c.org()}.com
spring.mail.port=587
spring.mail.username=training@{c.org()}.com
spring.mail.password={c.v}
spring.mail.properties.mail.smtp.starttls.enable=true
lrs.endpoint={c.lrs_endpoint()}
""")


@tpl("compose_moodle_bitnami", "moodle", "password", pw, "MOODLE_DATABASE_PASSWORD")
def _(c):
    return (c.pick(["docker-compose.yml", "deploy/docker-compose.prod.yml"]),
            f"""services:
  mariadb:
    image: docker.io/bitnami/mariadb:11.4
    environment:
      - ALLOW_EMPTY_PASSWORD=no
      - MARIADB_USER=bn_moodle
      - MARIADB_DATABASE=bitnami_moodle
      - MARIADB_PASSWORD={c.v}
    volumes:
      - mariadb_data:/bitnami/mariadb
  moodle:
    image: docker.io/bitnami/moodle:4.4
    ports:
      - "80:8080"
    environment:
      - MOODLE_DATABASE_HOST=mariadb
      - MOODLE_DATABASE_USER=bn_moodle
      - MOODLE_DATABASE_NAME=bitnami_moodle
    depends_on:
      - mariadb
volumes:
  mariadb_data:
""")


@tpl("helm_moodle_values", "moodle", "password", pw, "externalDatabase.password")
def _(c):
    return (c.pick(["deploy/moodle/values.yaml", "helm/values-prod.yaml"]),
            f"""moodleUsername: admin
moodleEmail: lms-admin@{c.org()}.com
moodleSiteName: "{c.org().title()} Academy"
mariadb:
  enabled: false
externalDatabase:
  type: mariadb
  host: {c.pick(['mariadb.lms.svc.cluster.local', 'lms-db.internal'])}
  port: 3306
  user: moodle
  database: moodle
  password: "{c.v}"
persistence:
  size: 50Gi
""")


@tpl("ansible_moodle_vars", "moodle", "password", pw, "moodle_db_password")
def _(c):
    return (c.pick(["group_vars/lms/main.yml", "inventories/prod/group_vars/moodle.yml"]),
            f"""---
moodle_version: "MOODLE_{c.pick(['403', '404', '405'])}_STABLE"
moodle_wwwroot: "https://{c.host()}"
moodle_dataroot: /var/moodledata
moodle_db_type: pgsql
moodle_db_host: "{{{{ groups['db'][0] }}}}"
moodle_db_name: moodle
moodle_db_user: moodle
moodle_db_password: "{c.v}"
php_memory_limit: 512M
""")


@tpl("k8s_secret_lrs", "learning_locker", "lrs_secret", g_hex(40), "LRS_SECRET")
def _(c):
    return (c.pick(["k8s/lrs-secret.yaml", "manifests/xapi-secret.yaml"]),
            f"""apiVersion: v1
kind: Secret
metadata:
  name: lrs-credentials
  namespace: {c.pick(['lms', 'training', 'elearning'])}
type: Opaque
stringData:
  LRS_ENDPOINT: {c.lrs_endpoint()}
  LRS_KEY: {c.hexs(40)}
  LRS_SECRET: {c.v}
""")


@tpl("java_tincan_remote", "tincan", "lrs_secret", g_an(20, 32), "LRS_PASSWORD")
def _(c):
    return (c.pick(["src/main/java/com/acme/training/LrsConfig.java", "src/main/java/org/lms/xapi/LrsFactory.java"]),
            f"""package com.acme.training;

import com.rusticisoftware.tincan.RemoteLRS;
import com.rusticisoftware.tincan.TCAPIVersion;

public final class LrsConfig {{
    private LrsConfig() {{}}

    public static RemoteLRS create() throws Exception {{
        RemoteLRS lrs = new RemoteLRS();
        lrs.setEndpoint("{c.lrs_endpoint()}");
        lrs.setVersion(TCAPIVersion.V100);
        lrs.setUsername("{c.an(20)}");
        lrs.setPassword("{c.v}");
        return lrs;
    }}
}}
""")


@tpl("csharp_tincan", "tincan", "lrs_secret", g_an(20, 32), "LRS_PASSWORD")
def _(c):
    return (c.pick(["src/Training/LrsClient.cs", "Lms.Tracking/Xapi.cs"]),
            f"""using TinCan;

namespace Training.Tracking
{{
    public static class LrsClient
    {{
        public static RemoteLRS Create()
        {{
            return new RemoteLRS(
                "{c.lrs_endpoint()}",
                "{c.an(20)}",
                "{c.v}"
            );
        }}
    }}
}}
""")


@tpl("http_file_basic", "learning_locker", "basic", g_basic, "LRS_AUTH")
def _(c):
    return (c.pick(["requests/lrs.http", "api-tests/statements.http"]),
            f"""### Get the last 10 completions
GET {c.lrs_endpoint()}statements?verb=http://adlnet.gov/expapi/verbs/completed&limit=10
X-Experience-API-Version: 1.0.3
Authorization: Basic {c.v}

### About
GET {c.lrs_endpoint()}about
""")


@tpl("postman_env", "scorm_cloud", "scorm_secret", g_an(40), "SCORM_SECRET")
def _(c):
    return (c.pick(["postman/scorm-cloud.postman_environment.json", "tests/postman/env.prod.json"]),
            json.dumps({"id": c.uuid(), "name": "SCORM Cloud " + c.pick(["prod", "staging"]),
                        "values": [
                            {"key": "baseUrl", "value": "https://cloud.scorm.com/api/v2", "enabled": True},
                            {"key": "appId", "value": c.s(UPPER_ALNUM, 10), "enabled": True},
                            {"key": "secretKey", "value": c.v, "type": "secret", "enabled": True}],
                        "_postman_variable_scope": "environment"}, indent=2) + "\n")


@tpl("openedx_lms_yml", "open_edx", "password", pw, "EMAIL_HOST_PASSWORD")
def _(c):
    return (c.pick(["lms.yml", "config/lms.yml", "edx/etc/lms.yml"]),
            f"""LMS_BASE: {c.host()}
PLATFORM_NAME: {c.org().title()} Learning
EMAIL_BACKEND: django.core.mail.backends.smtp.EmailBackend
EMAIL_HOST: smtp.{c.org()}.com
EMAIL_PORT: 587
EMAIL_USE_TLS: true
EMAIL_HOST_USER: edx-notify
EMAIL_HOST_PASSWORD: '{c.v}'
FEATURES:
  ENABLE_COURSEWARE_SEARCH: true
  ENABLE_DISCUSSION_SERVICE: false
""")


@tpl("django_course_settings", "django", "django_secret", g_django, "DJANGO_SECRET_KEY")
def _(c):
    return (c.pick(["coursehub/settings/production.py", "lms_portal/settings.py"]),
            f"""from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["{c.host()}"]
SECRET_KEY = '{c.v}'

XAPI_LRS_ENDPOINT = "{c.lrs_endpoint()}"
LANGUAGE_CODE = "{c.pick(['en-us', 'de-de', 'fr-fr', 'es-es'])}"
TIME_ZONE = "Europe/Berlin"
""")


@tpl("canvas_token_py", "canvas", "token", g_canvas, "CANVAS_TOKEN")
def _(c):
    return (c.pick(["canvas/sync_grades.py", "tools/canvas_export.py"]),
            f"""from canvasapi import Canvas

API_URL = "https://{c.org()}.instructure.com"
API_KEY = "{c.v}"

canvas = Canvas(API_URL, API_KEY)
course = canvas.get_course({c.num(1000, 99999)})
for sub in course.get_multiple_submissions(student_ids="all"):
    print(sub.user_id, sub.assignment_id, sub.score)
""")


@tpl("sendgrid_settings", "sendgrid", "token", g_sendgrid, "SENDGRID_API_KEY")
def _(c):
    return (c.pick(["notifications/config.py", "lms_portal/email.py"]),
            f"""EMAIL_BACKEND = "anymail.backends.sendgrid.EmailBackend"
ANYMAIL = {{
    "SENDGRID_API_KEY": "{c.v}",
}}
DEFAULT_FROM_EMAIL = "Academy <academy@{c.org()}.com>"
""")


@tpl("mailgun_ini", "mailgun", "token", g_mailgun, "MAILGUN_API_KEY")
def _(c):
    return (c.pick(["config/mail.ini", "etc/notifier.ini"]),
            f"""[general]
site = {c.host()}
locale = {c.pick(['de_DE', 'en_GB', 'fr_FR'])}

[mailgun]
domain = mg.{c.org()}.com
api_key = {c.v}
from = Lernplattform <noreply@{c.org()}.com>

[lrs]
endpoint = {c.lrs_endpoint()}
""")


@tpl("kajabi_webhook_express", "kajabi", "webhook_secret", g_hex(64), "KAJABI_WEBHOOK_SECRET")
def _(c):
    return (c.pick(["server/webhooks.js", "routes/kajabi-webhook.js"]),
            f"""const crypto = require('crypto');
const express = require('express');
const router = express.Router();

const WEBHOOK_SECRET = '{c.v}';

router.post('/webhooks/kajabi', express.raw({{ type: '*/*' }}), (req, res) => {{
  const sig = req.get('X-Signature') || '';
  const digest = crypto.createHmac('sha256', WEBHOOK_SECRET).update(req.body).digest('hex');
  if (!crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(digest))) return res.sendStatus(401);
  // grant course access
  res.sendStatus(204);
}});

module.exports = router;
""")


@tpl("wp_config_h5p", "h5p_wordpress", "password", pw, "DB_PASSWORD")
def _(c):
    return ("wp-config.php", f"""<?php
/** Site with H5P + LearnDash */
define( 'DB_NAME', 'wp_academy' );
define( 'DB_USER', 'wp_academy' );
define( 'DB_PASSWORD', '{c.v}' );
define( 'DB_HOST', '{c.pick(['localhost', 'mysql', 'db.internal:3306'])}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'H5P_DISABLE_AGGREGATION', false );
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {{
	define( 'ABSPATH', __DIR__ . '/' );
}}
require_once ABSPATH . 'wp-settings.php';
""")


@tpl("dotenv_learninglocker", "learning_locker", "password", pw_url, "MONGO_PASSWORD")
def _(c):
    return (c.pick([".env", ".env.production"]),
            f"""# Learning Locker
SITE_URL=https://{c.host()}
UI_PORT=3000
API_PORT=8080
MONGODB_PATH=mongodb://ll_app:{c.v}@mongo:27017/learninglocker_v2
REDIS_HOST=redis
REDIS_PORT=6379
QUEUE_PROVIDER=REDIS
""")


@tpl("dotenv_lms_token", "moodle", "token", g_hex(32), "MOODLE_TOKEN")
def _(c):
    return (c.pick([".env.local", ".env"]),
            f"""MOODLE_URL=https://{c.host()}
MOODLE_TOKEN={c.v}
MOODLE_CATEGORY_ID={c.num(2, 60)}
""")


@tpl("pg_url_python", "moodle", "password", pw_url, "DB_PASSWORD")
def _(c):
    return (c.pick(["analytics/db.py", "reports/moodle_db.py"]),
            f"""from sqlalchemy import create_engine

# read replica of the Moodle database, used for the completion dashboard
ENGINE = create_engine(
    "postgresql+psycopg2://report_ro:{c.v}@{c.pick(['moodle-replica.internal', '10.0.3.21', 'pg-ro'])}:5432/moodle",
    pool_pre_ping=True,
)

COMPLETIONS_SQL = \"\"\"
SELECT u.email, c.shortname, cc.timecompleted
  FROM mdl_course_completions cc
  JOIN mdl_user u ON u.id = cc.userid
  JOIN mdl_course c ON c.id = cc.course
 WHERE cc.timecompleted IS NOT NULL
\"\"\"
""")


@tpl("tincan_xml_launch_basic", "tincan", "basic", g_basic, "LRS_AUTH")
def _(c):
    return (c.pick(["public/launch-config.xml", "player/lrs-config.xml"]),
            f"""<?xml version="1.0" encoding="utf-8"?>
<launchConfig>
  <!-- Konfiguration für den internen Kursplayer -->
  <activity id="{c.activity_iri()}" />
  <lrs>
    <endpoint>{c.lrs_endpoint()}</endpoint>
    <auth>Basic {c.v}</auth>
    <version>1.0.3</version>
  </lrs>
</launchConfig>
""")


@tpl("adapt_xapi_config", "adapt_learning", "lrs_secret", g_an(24, 40), "LRS_SECRET")
def _(c):
    return (c.pick(["src/course/config.json", "course/config.json"]),
            json.dumps({"_id": "config", "_defaultLanguage": c.pick(["en", "de", "fr"]),
                        "_xapi": {"_isEnabled": True, "_activityID": c.activity_iri(),
                                  "_endpoint": c.lrs_endpoint(), "_user": c.an(20),
                                  "_password": c.v, "_lrsFailureBehaviour": "ignore"},
                        "_spoor": {"_isEnabled": False}}, indent=2) + "\n")


@tpl("ini_lrs_config", "veracity", "lrs_secret", g_an(24, 36), "LRS_SECRET")
def _(c):
    return (c.pick(["config/lrs.ini", "settings.cfg"]),
            f"""; xAPI forwarding for the kiosk app
[lrs]
endpoint = {c.lrs_endpoint()}
username = {c.an(18)}
password = {c.v}
timeout = 10

[kiosk]
site = {c.pick(['Werk Nord', 'Plant 4', 'Usine Lyon'])}
""")


@tpl("php_curl_basic", "learning_locker", "basic", g_basic, "LRS_AUTH")
def _(c):
    return (c.pick(["local/xapiforward/classes/sender.php", "lib/lrs_sender.php"]),
            f"""<?php
namespace local_xapiforward;

defined('MOODLE_INTERNAL') || die();

class sender {{
    const ENDPOINT = '{c.lrs_endpoint()}statements';
    const AUTH = 'Basic {c.v}';

    public static function send(array $statements): bool {{
        $ch = curl_init(self::ENDPOINT);
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HTTPHEADER => [
                'Authorization: ' . self::AUTH,
                'X-Experience-API-Version: 1.0.3',
                'Content-Type: application/json',
            ],
            CURLOPT_POSTFIELDS => json_encode($statements),
        ]);
        curl_exec($ch);
        return curl_getinfo($ch, CURLINFO_HTTP_CODE) < 300;
    }}
}}
""")


# ---------------------------------------------------------------- look-alike negatives
L = []


def look(name, provider, kind):
    def deco(fn):
        L.append(dict(name=name, provider=provider, kind=kind, render=fn))
        return fn
    return deco


@look("imsmanifest", "scorm", "identifiers")
def _(c):
    org = c.course_id()
    res = "".join(f'      <file href="{p}"/>\n' for p in ["index_lms.html", "story.html", "scormdriver/scormdriver.js",
                                                           f"story_content/{c.an(11)}.js", f"mobile/{c.an(11)}.jpg"])
    return ("imsmanifest.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="{org}_{c.hexs(12)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="{org}_ORG">
    <organization identifier="{org}_ORG">
      <title>{org}</title>
      <item identifier="{org}_SCO" identifierref="{org}_RES">
        <title>{org}</title>
        <adlcp:dataFromLMS>{c.b64bytes(24)}</adlcp:dataFromLMS>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="{org}_RES" type="webcontent" adlcp:scormType="sco" href="index_lms.html">
{res}    </resource>
  </resources>
</manifest>
""")


@look("tincan_xml", "tincan", "activity_ids")
def _(c):
    iri = c.activity_iri()
    return ("tincan.xml", f"""<?xml version="1.0" encoding="utf-8" ?>
<tincan xmlns="http://projecttincan.com/tincan.xsd">
  <activities>
    <activity id="{iri}" type="http://adlnet.gov/expapi/activities/course">
      <name lang="und">{c.course_id()}</name>
      <description lang="und">Module {c.num(1, 9)}</description>
      <launch lang="und">index_lms.html</launch>
    </activity>
    <activity id="{iri}/{c.an(11)}" type="http://adlnet.gov/expapi/activities/objective">
      <name lang="und">Slide {c.num(1, 40)}</name>
    </activity>
    <activity id="urn:articulate:storyline:{c.an(11)}" type="http://adlnet.gov/expapi/activities/cmi.interaction">
      <name lang="und">Question {c.num(1, 20)}</name>
    </activity>
  </activities>
</tincan>
""")


@look("cmi5_xml", "cmi5", "identifiers")
def _(c):
    iri = c.activity_iri()
    return ("cmi5.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="{iri}">
    <title><langstring lang="en-US">{c.course_id()}</langstring></title>
    <description><langstring lang="en-US">Published {c.year()}</langstring></description>
  </course>
  <au id="{iri}/au/{c.uuid()}" moveOn="CompletedOrPassed" masteryScore="0.{c.num(5, 9)}" launchMethod="OwnWindow">
    <title><langstring lang="en-US">Lesson 1</langstring></title>
    <description><langstring lang="en-US">Intro</langstring></description>
    <url>index.html?pkg={c.hexs(16)}</url>
  </au>
</courseStructure>
""")


@look("xapi_statement", "xapi", "uuids_hashes")
def _(c):
    st = {"id": c.uuid(),
          "actor": {"objectType": "Agent", "mbox_sha1sum": c.hexs(40), "name": "Learner " + str(c.num(1, 999))},
          "verb": {"id": "http://adlnet.gov/expapi/verbs/" + c.pick(["completed", "passed", "attempted"]),
                   "display": {"en-US": "completed"}},
          "object": {"id": c.activity_iri(), "objectType": "Activity"},
          "result": {"score": {"scaled": round(c.r.random(), 2)}, "success": True, "duration": f"PT{c.num(1, 59)}M"},
          "context": {"registration": c.uuid(), "contextActivities": {"category": [{"id": "https://w3id.org/xapi/cmi5/context/categories/cmi5"}]}},
          "timestamp": f"{c.year()}-0{c.num(1, 9)}-1{c.num(0, 9)}T10:{c.num(10, 59)}:00.000Z",
          "authority": {"objectType": "Agent", "account": {"homePage": "https://" + c.host(), "name": "client-" + c.hexs(8)}},
          "attachments": [{"usageType": "http://adlnet.gov/expapi/attachments/signature",
                           "display": {"en-US": "signature"}, "contentType": "application/octet-stream",
                           "length": c.num(200, 900), "sha2": c.hexs(64)}]}
    return (c.pick(["test/fixtures/statement.json", "samples/completed.json", "docs/examples/statement.json"]),
            json.dumps(st, indent=2) + "\n")


@look("suspend_data", "articulate_storyline", "encoded_data")
def _(c):
    return (c.pick(["test/fixtures/resume-state.json", "qa/suspend_data_dump.json"]),
            json.dumps({"registration": c.uuid(), "activityId": c.activity_iri(), "stateId": "resume",
                        "suspend_data": c.b64bytes(c.num(120, 400)),
                        "bookmark": f"slide_{c.num(1, 30)}", "lesson_status": "incomplete"}, indent=2) + "\n")


@look("sri_launch_html", "launch_page", "sri_hash")
def _(c):
    return (c.pick(["index.html", "launch/index.html"]), f"""<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <title>Course launch</title>
  <script src="https://cdn.jsdelivr.net/npm/@xapi/cmi5@1.{c.num(0, 4)}.{c.num(0, 9)}/dist/cmi5.umd.js"
          integrity="sha384-{c.b64bytes(48)}" crossorigin="anonymous"></script>
  <link rel="stylesheet" href="css/app.{c.hexs(8)}.css" integrity="sha256-{c.b64bytes(32)}">
</head>
<body data-build="{c.hexs(40)}">
  <script>
    // registration comes from the launch URL; nothing is stored here
    const params = new URLSearchParams(location.search);
    const registration = params.get('registration') || '{c.uuid()}';
  </script>
</body>
</html>
""")


@look("sha256sums", "packaging", "checksums")
def _(c):
    lines = [f"{c.hexs(64)}  {c.course_id()}_scorm2004.zip" for _ in range(c.num(2, 5))]
    lines.append(f"{c.hexs(64)}  {c.course_id()}_xapi.zip")
    return (c.pick(["dist/SHA256SUMS", "release/checksums.txt"]), "\n".join(lines) + "\n")


@look("package_lock", "npm", "integrity")
def _(c):
    pk = {}
    for name in ["scorm-again", "@xapi/xapi", "tincanjs", "pipwerks-scorm-api-wrapper", "adapt-cli"]:
        pk["node_modules/" + name] = {"version": f"{c.num(0, 5)}.{c.num(0, 20)}.{c.num(0, 9)}",
                                      "resolved": f"https://registry.npmjs.org/{name}/-/{name.split('/')[-1]}-1.0.0.tgz",
                                      "integrity": "sha512-" + c.b64bytes(64)}
    return ("package-lock.json", json.dumps({"name": c.course_id(), "lockfileVersion": 3, "requires": True,
                                             "packages": pk}, indent=2) + "\n")


@look("lti_jwks", "lti13", "public_key")
def _(c):
    keys = [{"kty": "RSA", "alg": "RS256", "use": "sig", "kid": c.hexs(20), "e": "AQAB",
             "n": c.b64bytes(256, url=True)} for _ in range(c.num(1, 2))]
    return (c.pick(["public/.well-known/jwks.json", "lti/jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n")


@look("saml_idp_metadata", "moodle_auth_saml2", "certificate")
def _(c):
    body = c.b64bytes(c.num(700, 900))
    return (c.pick(["auth/saml2/idp-metadata.xml", "config/saml/idp.xml"]), f"""<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.{c.org()}.com/{c.uuid()}/">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>MIIC{body}</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.{c.org()}.com/saml2"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""")


@look("lti_public_pem", "lti13", "public_key")
def _(c):
    raw = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + \
        bytes(c.r.getrandbits(8) for _ in range(256)) + bytes.fromhex("0203010001")
    body = base64.b64encode(raw).decode()
    pem = "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END PUBLIC KEY-----\n"
    return (c.pick(["lti/keys/public.pem", "config/lti/tool-public.pem"]), pem)


@look("cert_pem", "tls", "certificate")
def _(c):
    raw = bytes.fromhex("308203") + bytes(c.r.getrandbits(8) for _ in range(c.num(700, 900)))
    body = base64.b64encode(raw).decode()
    pem = "-----BEGIN CERTIFICATE-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END CERTIFICATE-----\n"
    return (c.pick(["certs/lrs-ca.crt", "deploy/tls/moodle.crt"]), pem)


@look("ci_digests", "ci", "digests")
def _(c):
    return (c.pick([".github/workflows/build.yml", ".github/workflows/ci.yml"]), f"""name: build course
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    container:
      image: node@sha256:{c.hexs(64)}
    steps:
      - uses: actions/checkout@{c.hexs(40)} # v4
      - uses: actions/cache@{c.hexs(40)}
        with:
          path: ~/.npm
          key: npm-${{{{ hashFiles('package-lock.json') }}}}
      - run: npm ci && npm run build
      - name: Upload to SCORM Cloud
        env:
          SCORM_APP_ID: ${{{{ vars.SCORM_APP_ID }}}}
          SCORM_SECRET_KEY: ${{{{ secrets.SCORM_SECRET_KEY }}}}
        run: ./tools/upload.sh dist/course.zip
""")


@look("completions_csv", "reporting", "ids")
def _(c):
    rows = ["registration,learner_sha1,course_id,status,score,completed_at"]
    for _ in range(c.num(4, 10)):
        rows.append(f"{c.uuid()},{c.hexs(40)},{c.course_id()},{c.pick(['passed', 'failed', 'completed'])},{c.num(40, 100)},{c.year()}-0{c.num(1, 9)}-{c.num(10, 28)}")
    return (c.pick(["reports/completions.csv", "exports/lrs_completions.csv"]), "\n".join(rows) + "\n")


@look("moodle_version_php", "moodle", "versions")
def _(c):
    comp = c.pick(["local_xapiforward", "block_mycourses", "mod_hvp", "local_hrsync"])
    return ("version.php", f"""<?php
defined('MOODLE_INTERNAL') || die();

$plugin->component = '{comp}';
$plugin->version   = {c.year()}{c.num(10, 12)}{c.num(10, 28)}0{c.num(0, 9)};
$plugin->requires  = 2022112800;
$plugin->maturity  = MATURITY_STABLE;
$plugin->release   = 'v{c.num(1, 4)}.{c.num(0, 9)}.{c.num(0, 9)}';
$plugin->dependencies = ['mod_lti' => 2022112800];
""")


@look("h5p_json", "h5p", "ids")
def _(c):
    return (c.pick(["h5p/content/h5p.json", "content/h5p.json"]),
            json.dumps({"title": c.course_id(), "language": c.pick(["en", "de", "fr"]), "mainLibrary": "H5P.InteractiveVideo",
                        "embedTypes": ["div"], "license": "U",
                        "preloadedDependencies": [{"machineName": "H5P.InteractiveVideo", "majorVersion": 1, "minorVersion": 27},
                                                  {"machineName": "H5P.Video", "majorVersion": 1, "minorVersion": 6}],
                        "extraTitle": c.course_id(), "contentHash": c.hexs(40)}, indent=2) + "\n")


@look("video_ids_json", "wistia_vimeo", "media_ids")
def _(c):
    return (c.pick(["src/course/videos.json", "content/media.json"]),
            json.dumps({"lessons": [{"id": c.uuid(), "wistiaHashedId": c.s(LOWER_ALNUM, 10),
                                     "vimeoId": c.num(100000000, 999999999), "vimeoHash": c.hexs(10),
                                     "thumb": f"https://embed-ssl.wistia.com/deliveries/{c.hexs(40)}.jpg"}
                                    for _ in range(c.num(2, 4))]}, indent=2) + "\n")


@look("badge_ids", "credly_accredible", "ids")
def _(c):
    return (c.pick(["config/badges.yml", "badges/mapping.yaml"]), f"""# course -> badge template mapping (public ids)
credly:
  organization_id: {c.uuid()}
  templates:
    {c.course_id()}: {c.uuid()}
    {c.course_id()}: {c.uuid()}
accredible:
  groups:
    {c.course_id()}: {c.num(100000, 999999)}
badgr:
  issuer: {c.s(ALNUM + '-_', 22)}
""")


@look("engine_log", "rustici_engine", "ids")
def _(c):
    lines = []
    for _ in range(c.num(5, 12)):
        lines.append(f"{c.year()}-0{c.num(1, 9)}-1{c.num(0, 9)} 0{c.num(0, 9)}:{c.num(10, 59)}:{c.num(10, 59)},{c.num(100, 999)} INFO  "
                     f"[req-{c.hexs(16)}] RegistrationService - registration={c.uuid()} course={c.course_id()} "
                     f"launch={c.hexs(32)} status={c.pick(['launched', 'rollup', 'exit'])}")
    return (c.pick(["docs/incidents/engine-launch.log", "support/engine-excerpt.txt"]), "\n".join(lines) + "\n")


@look("ansible_vault", "ansible", "ciphertext")
def _(c):
    blob = c.hexs(c.num(600, 900))
    body = "\n".join("          " + blob[i:i + 80] for i in range(0, len(blob), 80))
    return (c.pick(["group_vars/lms/vault.yml", "inventories/prod/group_vars/moodle_secrets.yml"]), f"""---
moodle_db_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
{body}
""")


@look("sops_yaml", "sops", "ciphertext")
def _(c):
    def enc(n):
        return f"ENC[AES256_GCM,data:{c.b64bytes(n)},iv:{c.b64bytes(32)},tag:{c.b64bytes(16)},type:str]"
    return (c.pick(["secrets/lrs.enc.yaml", "deploy/secrets.sops.yaml"]), f"""lrs:
    key: {enc(30)}
    secret: {enc(30)}
sops:
    kms:
        - arn: arn:aws:kms:eu-central-1:{c.num(100000000000, 999999999999)}:key/{c.uuid()}
          created_at: "{c.year()}-03-01T10:00:00Z"
          enc: {c.b64bytes(120)}
    lastmodified: "{c.year()}-03-01T10:00:00Z"
    mac: ENC[AES256_GCM,data:{c.b64bytes(32)},iv:{c.b64bytes(32)},tag:{c.b64bytes(16)},type:str]
    version: 3.8.1
""")


@look("lfs_pointer", "git_lfs", "digest")
def _(c):
    return (c.pick([f"packages/{c.course_id()}.zip", f"assets/video/intro_{c.num(1, 9)}.mp4"]),
            f"version https://git-lfs.github.com/spec/v1\noid sha256:{c.hexs(64)}\nsize {c.num(100000, 900000000)}\n")


@look("release_notes", "packaging", "versions")
def _(c):
    return (c.pick(["CHANGELOG.md", "docs/releases.md"]), f"""# Changelog

## {c.num(1, 5)}.{c.num(0, 20)}.{c.num(0, 9)} - {c.year()}-0{c.num(1, 9)}-1{c.num(0, 9)}
- Republished from Storyline 360 build `{c.num(3, 3)}.{c.num(80, 95)}.{c.num(10000, 40000)}.0`
- SCORM 2004 package sha256 `{c.hexs(64)}`
- cmi5 AU id `{c.activity_iri()}/au/{c.uuid()}`
- Commit {c.hexs(40)}

## Known issues
- suspend_data exceeds 4096 chars on SCORM 1.2 LMSs
""")


@look("scorm_cloud_courses", "scorm_cloud", "ids")
def _(c):
    return (c.pick(["exports/scorm_courses.json", "data/courses.json"]),
            json.dumps({"courses": [{"id": f"{c.course_id()}-{c.hexs(8)}", "title": c.course_id(), "version": c.num(0, 5),
                                     "registrationCount": c.num(0, 900), "learningStandard": c.pick(["SCORM_2004_4TH_EDITION", "CMI5", "XAPI"]),
                                     "fileHash": c.hexs(32), "created": f"{c.year()}-01-0{c.num(1, 9)}T00:00:00.000Z"}
                                    for _ in range(c.num(2, 4))], "more": c.b64bytes(24, url=True)}, indent=2) + "\n")


@look("k8s_deploy_digest", "k8s", "digests")
def _(c):
    return (c.pick(["k8s/moodle-deployment.yaml", "manifests/lrs.yaml"]), f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {c.pick(['moodle', 'learninglocker-api', 'xapi-proxy'])}
  annotations:
    checksum/config: {c.hexs(64)}
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: app
          image: ghcr.io/{c.org()}/lms@sha256:{c.hexs(64)}
          envFrom:
            - secretRef:
                name: lms-credentials
          env:
            - name: LRS_SECRET
              valueFrom:
                secretKeyRef:
                  name: lrs-credentials
                  key: LRS_SECRET
""")


@look("py_test_uuids", "xapi", "ids")
def _(c):
    return (c.pick(["tests/test_statements.py", "tests/test_cmi5_launch.py"]), f"""import uuid

REGISTRATION = "{c.uuid()}"
STATEMENT_ID = "{c.uuid()}"
ACTIVITY = "{c.activity_iri()}"
MBOX_SHA1 = "{c.hexs(40)}"
SESSION = "{c.hexs(32)}"


def test_ids_are_uuids():
    assert uuid.UUID(REGISTRATION).version == 4
    assert uuid.UUID(STATEMENT_ID).version == 4


def test_sha1_len():
    assert len(MBOX_SHA1) == 40
""")


@look("moodle_lang", "moodle", "text")
def _(c):
    return ("lang/en/local_xapiforward.php", f"""<?php
$string['pluginname'] = 'xAPI forwarder';
$string['endpoint'] = 'LRS endpoint';
$string['endpoint_desc'] = 'Statements endpoint, e.g. https://lrs.example.com/data/xAPI/';
$string['key'] = 'LRS key';
$string['secret'] = 'LRS secret';
$string['secret_desc'] = 'Secret for the Basic auth client. Stored encrypted.';
$string['privacy:metadata'] = 'Sends learner activity ({c.hexs(8)}) to an external LRS.';
""")


@look("signed_url_json", "cmi5", "signature")
def _(c):
    return (c.pick(["test/fixtures/launch-request.json", "samples/launch.json"]),
            json.dumps({"launchUrl": f"https://{c.host()}/au/index.html", "registration": c.uuid(),
                        "fetch": f"https://{c.host()}/cmi5/fetch/{c.uuid()}",
                        "contentHash": "sha256:" + c.hexs(64),
                        "signatureAlgorithm": "RS256", "publicKeyId": c.hexs(16),
                        "signature": c.b64bytes(256, url=True)}, indent=2) + "\n")


# ---------------------------------------------------------------- main
def ftype_of(path):
    base = os.path.basename(path)
    if base == "Jenkinsfile":
        return "groovy"
    if base.startswith(".env"):
        return "env"
    ext = base.rsplit(".", 1)[-1] if "." in base else "none"
    return {"yml": "yaml", "yaml": "yaml", "js": "js", "mjs": "js", "ts": "ts", "py": "py", "php": "php",
            "json": "json", "xml": "xml", "html": "html", "md": "md", "csv": "csv", "properties": "properties",
            "ini": "ini", "cfg": "ini", "http": "http", "sh": "shell", "rb": "ruby", "java": "java", "cs": "csharp",
            "pem": "pem", "key": "pem", "crt": "pem", "txt": "text", "log": "text", "zip": "lfs", "mp4": "lfs"}.get(ext, ext)


def ref_ftype(ft):
    return {"ts": "js", "ruby": "other", "java": "other", "csharp": "other", "ini": "properties", "env": "other",
            "groovy": "other", "shell": "other", "http": "other", "csv": "other", "html": "js"}.get(ft, ft)


def is_env_path(p):
    b = os.path.basename(p)
    return b == ".env" or (b.startswith(".env.") and b not in (".env.example", ".env.sample", ".env.template"))


HEADER_STYLE = {"js": "//", "ts": "//", "java": "//", "csharp": "//", "groovy": "//", "py": "#", "yaml": "#",
                "properties": "#", "ini": ";", "ruby": "#", "shell": "#", "env": "#"}
HEADER_LINES = [
    "Copyright (c) {y} {o} Learning & Development. All rights reserved.",
    "Maintainer: {p} (L&D platform team)",
    "Owner: e-learning ops - ask in #lms-support before changing",
    "Geändert am {y}-03-14 für das neue LRS",
    "Modifié pour la migration Moodle 4.x ({y})",
    "Configuración del entorno de formación",
    "Ticket: LMS-{n}",
    "Do not commit real credentials here (see docs/secrets.md)",
]


def add_header(c, path, text):
    ft = ftype_of(path)
    mark = HEADER_STYLE.get(ft)
    if not mark or text.startswith("#!") or text.startswith("---") or not c.chance(0.35):
        return text
    n = c.num(1, 4)
    lines = [mark + " " + c.pick(HEADER_LINES).format(y=c.year(), o=c.org(), p=c.person(), n=c.num(100, 9999))
             for _ in range(n)]
    if c.chance(0.5):
        lines.append("")
    return "\n".join(lines) + "\n" + text


def line_of(text, needle):
    i = text.find(needle)
    assert i >= 0, "needle missing"
    ln = text.count("\n", 0, i) + 1
    assert needle in text.split("\n")[ln - 1] or "\n" in needle
    return ln


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    c = Ctx(rng)
    manifest, secrets = [], []
    used = set()
    files = {}

    # positives: round-robin over all templates, shuffled order
    order = []
    while len(order) < 500:
        block = list(range(len(T)))
        rng.shuffle(block)
        order.extend(block)
    order = order[:500]
    env_count = 0
    for i, ti in enumerate(order):
        t = T[ti]
        for _ in range(50):
            c.neg = False
            v = t["gen"](c)
            needle = pem_needle(v) if t["kind"] == "pem" else v
            if needle not in used and len(needle) >= 8:
                break
        used.add(needle)
        c.v = v
        c.reset()
        path, text = t["render"](c)
        text = add_header(c, path, text)
        if is_env_path(path):
            env_count += 1
            assert env_count <= 25
        ln = line_of(text, needle)
        rel = f"pos/p{i:04d}/{path}"
        files[rel] = text
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": ftype_of(path), "template": t["name"]})
        secrets.append({"file": rel, "needle": needle, "line": ln})

    # negatives: 250 template re-use, 250 look-alikes
    neg_specs = []
    o2 = []
    while len(o2) < 250:
        b = list(range(len(T)))
        rng.shuffle(b)
        o2.extend(b)
    neg_specs += [("tpl", x) for x in o2[:250]]
    o3 = []
    while len(o3) < 250:
        b = list(range(len(L)))
        rng.shuffle(b)
        o3.extend(b)
    neg_specs += [("look", x) for x in o3[:250]]
    rng.shuffle(neg_specs)
    for j, (typ, idx) in enumerate(neg_specs):
        c.neg = True
        if typ == "tpl":
            t = T[idx]
            # need file type for reference style: render once with dummy to learn path
            c.reset()
            state = rng.getstate()
            c.v = "x"
            p0, _t0 = t["render"](c)
            rng.setstate(state)
            ft = ref_ftype(ftype_of(p0))
            if p0.startswith(".github/"):
                ft = "gha"
            elif "group_vars" in p0:
                ft = "ansible"
            c.v = neg_value(c, t["kind"], ft, t["env"])
            path, text = t["render"](c)
            text = add_header(c, path, text)
            if is_env_path(path):
                path = os.path.join(os.path.dirname(path), ".env.example")
            meta = {"provider": t["provider"], "kind": t["kind"] + ":placeholder", "template": t["name"]}
        else:
            t = L[idx]
            c.reset()
            path, text = t["render"](c)
            meta = {"provider": t["provider"], "kind": t["kind"], "template": "look_" + t["name"]}
        assert not is_env_path(path)
        rel = f"neg/n{j:04d}/{path}"
        files[rel] = text
        manifest.append({"file": rel, "label": "neg", "provider": meta["provider"], "kind": meta["kind"],
                         "filetype": ftype_of(path), "template": meta["template"]})

    # sanity: negatives must not contain positive needles
    needles = [s["needle"] for s in secrets]
    assert len(set(needles)) == 500
    for rel, text in files.items():
        if rel.startswith("neg/"):
            for n in needles:
                assert n not in text, (rel, n)

    for rel, text in files.items():
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=True) + "\n")
    # verify needles on lines as written
    for s in secrets:
        with open(os.path.join(out, s["file"]), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s


if __name__ == "__main__":
    main()
