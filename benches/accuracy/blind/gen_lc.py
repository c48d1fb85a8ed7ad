#!/usr/bin/env python3
"""Blind evaluation-set generator `gen_lc`: offensive-security / pentest tooling configuration.

EMPHASIS
    Domain: red-team and pentest tooling configuration and operator notes as found in real
    engagement repositories, dotfile repos and tooling forks.
    Providers / tools: Metasploit (database.yml, msfrpcd -P, msgrpc, RPC tokens, module
    options), Cobalt Strike (teamserver password, systemd units, malleable .profile), Sliver
    (database.json, http-c2 profile), Havoc (yaotl profile Operators), Mythic (admin password,
    API token), BloodHound / neo4j (NEO4J_AUTH, bolt URLs, bloodhound-python -p), NetExec /
    CrackMapExec and impacket (-p, -hashes LM:NT, user:pass@target), Responder, Burp Suite
    (REST API keys in user options, exported item XML with captured Authorization header,
    private Collaborator config), nuclei (-H, secret/auth files, interactsh token),
    subfinder / amass / theHarvester provider configs (Shodan, Censys id:secret,
    SecurityTrails, VirusTotal, GitHub PAT, BinaryEdge, Hunter, FOFA, PassiveTotal),
    ffuf / gobuster -H 'Authorization: ...', GoPhish config.json / API key, Evilginx
    (gophish api_key, phishlets), Caldera local.yml, Empire config.yaml, plus infra glue
    (DigitalOcean tokens in Terraform, Slack / Discord webhooks and Telegram bots for
    callbacks, redirector TLS private key).
    File types: YAML, JSON, INI/conf, TOML, shell scripts and histories, Python, Go, Ruby
    (Metasploit modules / resource scripts), Markdown reports and notes, XML (Burp), txt,
    CSV (creds exports), HCL (Terraform, Havoc yaotl), systemd units, Dockerfile,
    docker-compose, PEM.

USAGE
    python3 -B gen_lc.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. All randomness comes from one
    random.Random(SEED); output is byte-identical for a given SEED.

NEEDLE CONVENTIONS
    * The needle is the secret value alone, exactly as written: no quotes, no key name.
    * Headers (Authorization: Bearer X, X-API-Key: X): the needle is X, without "Bearer ".
    * user:password pairs, impacket target strings, Censys/FOFA/PassiveTotal "id:secret"
      composites, connection URLs (bolt://neo4j:PW@host, postgres://u:PW@h): the needle is
      the password / secret part only.
    * Pass-the-hash "-hashes LM:NT": the needle is the NT half (32 hex). The LM half in these
      files is always the documented empty-LM constant aad3b435b51404eeaad3b435b51404ee.
      Choice: a real-looking account's NT hash used for pass-the-hash authenticates by
      itself, so it is treated as a credential (positive).
    * Webhook URLs (Slack, Discord): the needle is the whole URL (its path is the secret).
    * Multi-line PEM private keys: the needle is the first base64 body line (the line right
      after -----BEGIN ... PRIVATE KEY-----).
    * Line numbers are 1-based, for the needle's first occurrence; the generator asserts
      the needle is on that line.

NEGATIVES
    Half re-use the positive templates with the secret slot holding a non-secret:
    placeholders (<your-api-key>, YOUR_API_KEY_HERE, changeme, xxxx...), empty values,
    masked values (********, [REDACTED]), environment / secret-manager references
    (${VAR}, $VAR, os.environ[...], op://..., vault paths, ${{ secrets.X }}), template
    expressions ({{ ... }}), and documented example / default values (Empire
    empireadmin/password123, Caldera ADMIN123 / BLUEADMIN123, Havoc password1234, neo4j
    default neo4j/neo4j, empty LM/NT hash constants aad3b435b51404eeaad3b435b51404ee /
    31d6cfe0d16ae931b73c59d7e0c089c0). A file named .env* never holds a negative (such
    names are renamed to .env.example).
    The other half are domain look-alikes: CVE ids, IOC lists with MD5/SHA-1/SHA-256 of
    samples, YARA rules with hex strings, JA3/JA3S fingerprints, nuclei templates (ids,
    matchers, no auth), wordlist paths, Cobalt Strike malleable profiles, Evilginx
    phishlets (cookie names only), Responder.conf, Sliver http-c2 profile, nmap / nxc
    output without secrets, Mythic callback UUIDs, certificate fingerprints and serials,
    SSH public keys, base64-encoded PowerShell/stager data, hashcat mode tables, git
    commit ids, imphash/ssdeep, Kerberos etype tables, BloodHound Cypher queries.
    Cracking-target dumps (NTLMv2 responses, secretsdump output) are not used at all:
    they are ambiguous by nature.

FORMATS CHECKED (search tool, docs/pages corpora)
    * subfinder docs: provider-config.yaml in $HOME/.config/subfinder/, a YAML list of
      keys per source; composite keys (Censys, PassiveTotal, Fofa, Intelx, quake) are
      joined with ':'; the doc example shows BinaryEdge keys as UUIDs.
    * Censys python docs: CENSYS_API_ID + CENSYS_API_SECRET (censys config prompts
      "Censys API ID" / "Censys API Secret").
    * Shodan developer docs: key passed as ?key=YOUR_API_KEY (format not stated).
    * GoPhish docs: API key sent in the Authorization header or api_key= GET param;
      config.json has admin_server / phish_server / db_name / db_path.
    * Burp (PortSwigger / blog): REST API enabled in User options > Misc, service at
      http://127.0.0.1:1337, "New" API key with a name.
    * Metasploit msfrpcd/msfrpc source help: -U user, -P password, -a, -p 55553, -S;
      msgrpc plugin options User / Pass / ServerPort 55552; Rapid7 RPC API doc.
    * Caldera docs: conf/local.yml written on first run; api_key_red (ADMIN123),
      api_key_blue (BLUEADMIN123), crypt_salt REPLACE_WITH_RANDOM_VALUE in examples.
    * Empire docs: empire/server/config.yaml, config.user.yaml overrides,
      database.mysql.password; default API user empireadmin / password123.
    * Havoc profile reference: Teamserver { Host, Port }, Operators { user "x" {
      Password = "password1234" } } (password compared as SHA3-256).
    * GitHub token-format blog (via simonwillison.net): ghp_/gho_/ghu_/ghs_/ghr_ prefixes,
      base62 body, last 6 characters a CRC32 checksum encoded base62.
    Not used: a redhuntlabs "how does it look" page and a GitGuardian remediation page
    appeared in results; they are scanner-vendor pages and nothing was taken from them.

DOUBTS
    * Shodan, SecurityTrails, Burp REST API keys: 32 alphanumerics is what real configs
      show; not confirmed by the vendors' docs.
    * VirusTotal 64 hex, Hunter 40 hex, FOFA 32 hex key, PassiveTotal 64 hex key: from
      observed configs, not confirmed.
    * Censys API secret: 32 alphanumerics assumed; the ID is a UUID.
    * GitHub checksum: CRC32 assumed over the 30-character random part, base62 with
      leading-zero padding to 6 characters.
    * Metasploit permanent RPC tokens: 32 alphanumerics assumed (temporary ones are
      "TEMP" + random); GoPhish API key 64 hex assumed.
    * Sliver database.json keys (dialect, database, username, password, host, port)
      written from memory of the project's config loader, not confirmed.
    * Evilginx 3 'config gophish api_key' command taken from release notes memory.
    * DigitalOcean dop_v1_ + 64 hex, Telegram bot token <digits>:<35 chars>, Slack
      hooks.slack.com/services/T/B/24 chars, Discord webhooks: well-known public formats,
      not re-checked in this session.
    * Whether a pass-the-hash NT hash counts as a credential is a policy choice
      (documented above: positive).
"""
import base64
import hashlib
import json
import os
import sys
import zlib
import random

R = random.Random(0)  # replaced in main()

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
ALNUM = UP + LO + DG
B62 = DG + UP + LO
HEX = "0123456789abcdef"


def ch(seq):
    return R.choice(seq)


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def alnum(n):
    return rs(ALNUM, n)


def hexs(n):
    return rs(HEX, n)


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + ch("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


WORDS = ["amber", "falcon", "granite", "harbor", "juniper", "lantern", "meadow", "nimbus",
         "orchid", "pepper", "quartz", "raven", "saffron", "timber", "umber", "velvet",
         "walnut", "zephyr", "cobalt", "ember", "glacier", "hollow", "indigo", "kestrel",
         "marble", "onyx", "prairie", "rust", "sable", "thistle", "willow", "yarrow"]


def password(url_safe=False):
    """A realistic strong password. No quotes, backslashes or '$'."""
    style = R.randrange(4)
    sym = "-_.~" if url_safe else "!#%*-_+=.^~"
    if style == 0:
        return rs(ALNUM + sym, R.randint(16, 26))
    if style == 1:
        w = [ch(WORDS).capitalize() for _ in range(3)]
        return ch(sym).join(w) + str(R.randint(10, 9999))
    if style == 2:
        p = alnum(R.randint(18, 30))
        return p
    base = rs(ALNUM, R.randint(12, 18))
    pos = R.randrange(len(base))
    return base[:pos] + rs(sym, 2) + base[pos:] + rs(DG, 2)


def b62enc(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def gh_token(prefix="ghp_"):
    body = alnum(30)
    return prefix + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def jwt_token(claims):
    hdr = b64url(json.dumps({"alg": ch(["HS256", "HS512", "RS256"]), "typ": "JWT"},
                            separators=(",", ":")).encode())
    pl = b64url(json.dumps(claims, separators=(",", ":")).encode())
    sig = b64url(rbytes(32))
    return hdr + "." + pl + "." + sig


def long_jwt(sub):
    iat = R.randint(1690000000, 1720000000)
    return jwt_token({"sub": sub, "iat": iat, "exp": iat + R.choice([31536000, 315360000]),
                      "scope": ch(["api", "read write", "admin"])})


def shodan_key():
    return alnum(32)


def censys_secret():
    return alnum(32)


def vt_key():
    return hexs(64)


def st_key():
    return alnum(32)


def msf_token():
    return alnum(32)


def burp_key():
    return alnum(32)


def gophish_key():
    return hexs(64)


def nt_hash():
    return hexs(32)


def do_token():
    return "dop_v1_" + hexs(64)


def tg_token():
    return "%d:%s" % (R.randint(1000000000, 7999999999),
                      "AA" + rs(ALNUM + "_-", 33))


def slack_hook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(UP + DG, 8), rs(UP + DG, R.choice([8, 10])), alnum(24))


def discord_hook():
    return "https://discord.com/api/webhooks/%d/%s" % (
        R.randint(10 ** 17, 10 ** 19 - 1), rs(ALNUM + "_-", 68))


def empire_staging():
    return rs(ALNUM + "!#%*+-.=^_~", 32)


def ec_private_key_pem():
    # SEQUENCE { INTEGER 1, OCTET STRING(32), [0] OID prime256v1, [1] BIT STRING(66) }
    priv = rbytes(32)
    pub = b"\x04" + rbytes(64)
    oid = bytes.fromhex("06082a8648ce3d030107")
    body = (b"\x02\x01\x01" + b"\x04\x20" + priv + b"\xa0" + bytes([len(oid)]) + oid
            + b"\xa1\x44\x03\x42\x00" + pub)
    der = b"\x30" + bytes([len(body)]) + body
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return lines


# ---------------------------------------------------------------- innocent filler
def priv_ip():
    k = R.randrange(3)
    if k == 0:
        return "10.%d.%d.%d" % (R.randint(0, 254), R.randint(0, 254), R.randint(2, 254))
    if k == 1:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 254), R.randint(2, 254))
    return "192.168.%d.%d" % (R.randint(0, 254), R.randint(2, 254))


def doc_ip():
    return ch(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(2, 254))


CLIENTS = ["acme", "globex", "initech", "umbrella", "hooli", "wayne", "stark", "tyrell",
           "cyberdyne", "vandelay", "wonka", "soylent", "massive", "oscorp"]
DOMAINS_AD = ["corp.local", "ad.internal", "acme.lab", "north.sevenkingdoms.local",
              "contoso.local", "lab.int", "hq.example.org"]
USERS = ["svc_backup", "svc_sql", "j.smith", "a.nguyen", "helpdesk01", "m.garcia",
         "svc_scan", "adm_rlopez", "t.brown", "svc_iis", "k.okafor", "backup_admin"]
OPERATORS = ["neo", "trinity", "morpheus", "op1", "op2", "rtlead", "ghost", "viper",
             "hawk", "kilo", "sierra"]


def client():
    return ch(CLIENTS)


def ad_domain():
    return ch(DOMAINS_AD)


def web_host():
    return ch(["app", "portal", "api", "intranet", "sso", "staging-api", "vpn", "crm"]) + "." + \
        client() + ch([".com", ".io", ".net", ".example.com"])


def c2_domain():
    return ch(["cdn", "update", "telemetry", "static", "assets", "sync"]) + "-" + \
        ch(["msft", "azure", "edge", "cloud", "office", "akam"]) + ch([".com", ".net", ".io"])


def date():
    return "20%02d-%02d-%02d" % (R.randint(22, 25), R.randint(1, 12), R.randint(1, 28))


def eng_dir():
    return ch(["engagements/%s-%s/" % (client(), ch(["q1", "q2", "q3", "q4", "ext", "int",
                                                   "2024", "2025", "purple"])),
               "", "", "redteam/", "ops/", "infra/", "lab/", "assessments/%s/" % client()])


def prefix(*opts):
    return eng_dir() + ch(opts)


class Raw(str):
    """A negative slot value that must be written verbatim (no quoting added)."""
    pass


def shq(v):
    """Shell-quote a positive value the way people do; Raw values are left alone."""
    if isinstance(v, Raw):
        return str(v)
    if v and all(c in ALNUM + "_-.:/" for c in v):
        return ch([v, v, "'" + v + "'", '"' + v + '"'])
    return "'" + v + "'"


# ---------------------------------------------------------------- template registry
POS = []


def tpl(provider, kind, gen, ctx="cfg", docneg=()):
    def deco(fn):
        POS.append({"name": fn.__name__, "provider": provider, "kind": kind, "gen": gen,
                    "ctx": ctx, "docneg": list(docneg), "fn": fn})
        return fn
    return deco


def J(obj):
    return json.dumps(obj, indent=ch([2, 4])) + "\n"


# ---- Metasploit ---------------------------------------------------------------------
@tpl("metasploit", "database password", lambda: password(url_safe=True), "cfg")
def msf_database_yml(s):
    host = ch(["127.0.0.1", "localhost", "msfdb", priv_ip()])
    q = ch(['"%s"', "%s", "'%s'"]) % s if not isinstance(s, Raw) else s
    t = """# Metasploit database connection (msfdb reinit overwrites this file)
development: &pgsql
  adapter: postgresql
  database: msf
  username: msf
  password: %s
  host: %s
  port: 5432
  pool: 200
  timeout: 5

production: &production
  <<: *pgsql

test:
  <<: *pgsql
  database: msf_test
  username: msf
""" % (q, host)
    return prefix("config/database.yml", "msf/database.yml", "dotfiles/msf4/database.yml"), t


@tpl("metasploit", "rpc password", password, "cli")
def msfrpcd_script(s):
    port = ch(["55553", "55552", "55553"])
    t = """#!/usr/bin/env bash
# start the Metasploit RPC daemon for the automation workers
set -euo pipefail

MSF_ROOT=/opt/metasploit-framework
LOG=/var/log/msfrpcd.log

if pgrep -f msfrpcd >/dev/null; then
  echo "[*] msfrpcd already running"
  exit 0
fi

cd "$MSF_ROOT"
./msfrpcd -U %s -P %s -a %s -p %s -S -f >>"$LOG" 2>&1 &
echo "[+] msfrpcd started on port %s"
""" % (ch(["msf", "msfrpc", "automation"]), shq(s), ch(["127.0.0.1", "0.0.0.0"]), port, port)
    return prefix("scripts/start_msfrpcd.sh", "bin/msfrpcd-up.sh", "tooling/msf/start.sh"), t


@tpl("metasploit", "rpc password", password, "code")
def msf_pymetasploit(s):
    var = ch(["MSF_RPC_PASSWORD", "rpc_pass", "PASSWORD", "secret"])
    t = """#!/usr/bin/env python3
\"\"\"Kick off auxiliary/scanner/smb/smb_version against the scope list.\"\"\"
import sys
import time

from pymetasploit3.msfrpc import MsfRpcClient

%s = "%s"
SCOPE_FILE = "scope/internal.txt"


def main():
    client = MsfRpcClient(%s, server="%s", port=55553, ssl=True)
    mod = client.modules.use("auxiliary", "scanner/smb/smb_version")
    mod["RHOSTS"] = "file:" + SCOPE_FILE
    mod["THREADS"] = 16
    job = mod.execute()
    print("[+] job", job.get("job_id"))
    while client.jobs.list:
        time.sleep(5)


if __name__ == "__main__":
    sys.exit(main())
""" % (var, s, var, ch(["127.0.0.1", "msf.internal", priv_ip()]))
    return prefix("automation/smb_sweep.py", "tools/msf_sweep.py", "scripts/run_smb_version.py"), t


@tpl("metasploit", "rpc token", msf_token, "code")
def msf_rpc_token_go(s):
    t = """package msf

import (
	"bytes"
	"net/http"

	"github.com/vmihailenco/msgpack/v5"
)

// Permanent token generated with auth.token_add on the shared msfrpcd.
const rpcToken = "%s"

var endpoint = "https://%s:55553/api/"

type Client struct {
	HTTP *http.Client
}

func (c *Client) Call(method string, args ...interface{}) (map[string]interface{}, error) {
	payload := append([]interface{}{method, rpcToken}, args...)
	body, err := msgpack.Marshal(payload)
	if err != nil {
		return nil, err
	}
	resp, err := c.HTTP.Post(endpoint, "binary/message-pack", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out := map[string]interface{}{}
	err = msgpack.NewDecoder(resp.Body).Decode(&out)
	return out, err
}
""" % (s, ch(["127.0.0.1", "msf-rpc.internal"]))
    return prefix("pkg/msf/client.go", "internal/msfrpc/client.go"), t


@tpl("metasploit", "rpc password", password, "cli")
def msf_resource_script(s):
    t = """# autopwn.rc -- loaded with: msfconsole -q -r autopwn.rc
setg LHOST %s
setg LPORT %d
load msgrpc ServerHost=127.0.0.1 ServerPort=55552 User=msf Pass=%s
use exploit/multi/handler
set PAYLOAD windows/x64/meterpreter/reverse_https
set ExitOnSession false
exploit -j -z
""" % (doc_ip(), R.choice([443, 8443, 4443]), s)
    return prefix("msf/autopwn.rc", "resources/handler.rc", "rc/listener.rc"), t


@tpl("shodan", "api key", shodan_key, "code", docneg=["YOUR_API_KEY"])
def msf_module_ruby(s):
    cls = ch(["ShodanExposure", "InternetFacingAudit", "ScopeEnricher"])
    t = """##
# This module requires Metasploit: https://metasploit.com/download
##

class MetasploitModule < Msf::Auxiliary
  include Msf::Auxiliary::Report

  def initialize(info = {})
    super(
      update_info(
        info,
        'Name' => '%s',
        'Description' => %%q{ Pull exposed services for the engagement netblocks. },
        'Author' => [ 'redteam' ],
        'License' => MSF_LICENSE
      )
    )
    register_options(
      [
        OptString.new('SHODAN_APIKEY', [true, 'The Shodan API key', '%s']),
        OptString.new('NETBLOCK', [true, 'CIDR to query', '%s/24'])
      ]
    )
  end

  def run
    print_status("Querying netblock #{datastore['NETBLOCK']}")
  end
end
""" % (cls, s, doc_ip().rsplit(".", 1)[0] + ".0")
    return prefix("modules/auxiliary/gather/%s.rb" % cls.lower(),
                  "msf-modules/auxiliary/%s.rb" % cls.lower()), t


# ---- Cobalt Strike ------------------------------------------------------------------------
@tpl("cobaltstrike", "teamserver password", password, "cli")
def cs_systemd(s):
    t = """[Unit]
Description=Cobalt Strike team server
After=network.target
StartLimitIntervalSec=0

[Service]
Type=simple
Restart=on-failure
RestartSec=10
User=root
WorkingDirectory=/opt/cobaltstrike/server
ExecStart=/opt/cobaltstrike/server/teamserver %s %s /opt/cobaltstrike/profiles/%s.profile

[Install]
WantedBy=multi-user.target
""" % (priv_ip(), shq(s), ch(["jquery-c2.4.5", "amazon", "ocsp", "webbug"]))
    return prefix("infra/teamserver/teamserver.service", "ansible/roles/cobaltstrike/files/teamserver.service",
                  "systemd/teamserver.service"), t


@tpl("cobaltstrike", "teamserver password", password, "cli")
def cs_ansible_vars(s):
    t = """---
# group_vars for the long-haul team server
cobaltstrike_version: "4.%d"
cobaltstrike_install_dir: /opt/cobaltstrike
teamserver_bind_ip: "%s"
teamserver_password: "%s"
malleable_profile: profiles/%s.profile
redirectors:
  - name: redir-01
    fqdn: %s
  - name: redir-02
    fqdn: %s
""" % (R.randint(7, 10), priv_ip(), s, ch(["microsoft_update", "slack", "gmail"]), c2_domain(), c2_domain())
    return prefix("ansible/group_vars/teamserver.yml", "deploy/group_vars/c2.yml"), t


@tpl("cobaltstrike", "teamserver password", password, "doc")
def cs_connect_notes(s):
    op = ch(OPERATORS)
    t = """# Team server access

| Field | Value |
|-------|-------|
| Host | %s |
| Port | 50050 |
| User | any operator handle (ours: `%s`) |
| Password | `%s` |

Connect only through the jump box (`ssh -L 50050:127.0.0.1:50050 ops@%s`).
Profiles live in `profiles/`; do not edit them on the server.
""" % (priv_ip(), op, s, doc_ip())
    return prefix("docs/teamserver.md", "README-ops.md", "notes/access.md"), t


# ---- Havoc / Mythic / Sliver / Empire / Caldera -------------------------------------------
@tpl("havoc", "operator password", password, "cfg", docneg=["password1234"])
def havoc_yaotl(s):
    op1, op2 = R.sample(OPERATORS, 2)
    t = """Teamserver {
    Host = "0.0.0.0"
    Port = %d

    Build {
        Compiler64 = "data/x86_64-w64-mingw32-cross/bin/x86_64-w64-mingw32-gcc"
        Compiler86 = "data/i686-w64-mingw32-cross/bin/i686-w64-mingw32-gcc"
        Nasm = "/usr/bin/nasm"
    }
}

Operators {
    user "%s" {
        Password = "%s"
    }
}

Listeners {
    Http {
        Name         = "https-main"
        Hosts        = ["%s"]
        HostBind     = "0.0.0.0"
        HostRotation = "round-robin"
        PortBind     = 443
        PortConn     = 443
        Secure       = true
        UserAgent    = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
    }
}

Demon {
    Sleep  = %d
    Jitter = %d
}
""" % (ch([40056, 40056, 8443]), op1, s, c2_domain(), R.randint(2, 30), R.randint(10, 40))
    return prefix("profiles/havoc.yaotl", "havoc/profiles/engagement.yaotl", "c2/havoc.yaotl"), t


@tpl("mythic", "admin password", password, "cfg")
def mythic_env(s):
    t = """MYTHIC_SERVER_PORT="7443"
MYTHIC_SERVER_BIND_LOCALHOST_ONLY="true"
MYTHIC_ADMIN_USER="%s"
MYTHIC_ADMIN_PASSWORD="%s"
DEFAULT_OPERATION_NAME="%s"
NGINX_PORT="7443"
NGINX_USE_SSL="true"
DOCUMENTATION_PORT="8090"
""" % (ch(["mythic_admin", "rtlead"]), s, client().capitalize() + " Operation")
    return prefix(".env", "Mythic/.env"), t


@tpl("mythic", "api token", lambda: long_jwt("mythic_admin"), "code")
def mythic_script(s):
    t = """import asyncio

from mythic import mythic

MYTHIC_HOST = "%s"


async def main():
    m = await mythic.login(
        server_ip=MYTHIC_HOST,
        server_port=7443,
        apitoken="%s",
        timeout=-1,
    )
    callbacks = await mythic.get_all_active_callbacks(m)
    for cb in callbacks:
        print(cb["display_id"], cb["host"], cb["user"], cb["integrity_level"])


asyncio.run(main())
""" % (priv_ip(), s)
    return prefix("scripts/list_callbacks.py", "mythic/tools/callbacks.py"), t


@tpl("sliver", "database password", lambda: password(url_safe=True), "cfg")
def sliver_db_json(s):
    t = J({"dialect": "postgres", "database": "sliver", "username": "sliver",
           "password": s, "host": ch(["127.0.0.1", "sliver-db"]), "port": 5432,
           "params": {"sslmode": "disable"}, "max_idle_conns": 10, "max_open_conns": 100,
           "log_level": "warn"})
    return prefix("sliver/configs/database.json", "dotfiles/sliver/database.json"), t


@tpl("empire", "database password", password, "cfg", docneg=["password123"])
def empire_config_user(s):
    t = """# Overrides for the shared Empire server (merged over config.yaml)
api:
  port: %d
database:
  use: mysql
  mysql:
    url: %s:3306
    username: empire_user
    password: %s
    database_name: empire
starkiller:
  enabled: true
  auto_update: false
logging:
  level: INFO
  simple_console: true
""" % (ch([1337, 8443]), ch(["localhost", "empire-db"]), s)
    return prefix("empire/server/config.user.yaml", "c2/empire/config.user.yaml"), t


@tpl("empire", "api password", password, "cfg", docneg=["password123"])
def empire_client_config(s):
    t = """servers:
  localhost:
    host: https://localhost
    port: 1337
    socketport: 5000
    username: empireadmin
    password: %s
    autoconnect: true
  %s:
    host: https://%s
    port: 1337
    socketport: 5000
    username: %s
    autoconnect: false
suppress-self-cert-warning: true
""" % (s, client(), priv_ip(), ch(OPERATORS))
    return prefix("empire/client/config.yaml", "config/empire-client.yaml"), t


@tpl("empire", "staging key", empire_staging, "cfg")
def empire_defaults(s):
    t = """database:
  defaults:
    staging_key: "%s"
    username: empireadmin
    ip_whitelist: ""
    ip_blacklist: ""
    obfuscate: false
    obfuscate_command: "Token\\\\All\\\\1"
directories:
  downloads: empire/server/downloads/
""" % s
    return prefix("empire/server/config.yaml", "c2/empire/config.yaml"), t


@tpl("caldera", "api key", lambda: alnum(ch([32, 43])), "cfg", docneg=["ADMIN123", "BLUEADMIN123"])
def caldera_local(s):
    red_first = R.random() < 0.5
    blue = "api_key_blue: " + (ch(["BLUEADMIN123", "${CALDERA_BLUE_KEY}"]))
    red = "api_key_red: " + s
    t = """ability_refresh: 60
%s
%s
app.contact.dns.domain: mycaldera.caldera
app.contact.dns.socket: 0.0.0.0:8853
app.contact.http: http://%s:8888
app.contact.tcp: 0.0.0.0:7010
app.contact.udp: 0.0.0.0:7011
app.contact.websocket: 0.0.0.0:7012
exfil_dir: /tmp/caldera
host: 0.0.0.0
plugins:
- access
- atomic
- compass
- debrief
- fieldmanual
- manx
- response
- sandcat
- stockpile
- training
port: 8888
reports_dir: /tmp
""" % (((red, blue) if red_first else (blue, red)) + (priv_ip(),))
    return prefix("caldera/conf/local.yml", "conf/local.yml"), t


@tpl("caldera", "user password", password, "cfg", docneg=["admin"])
def caldera_users(s):
    t = """users:
  blue:
    blue: ${CALDERA_BLUE_PASSWORD}
  red:
    %s: %s
    red: ${CALDERA_RED_PASSWORD}
requirements:
  go:
    command: go version
    type: installed_program
    version: 1.19
  python:
    attr: version
    module: sys
    type: python_module
    version: 3.8.0
""" % (ch(["admin", "rtlead", "operator"]), s)
    return prefix("caldera/conf/local.yml", "deploy/caldera/local.yml"), t


# ---- BloodHound / neo4j ---------------------------------------------------------------------
@tpl("neo4j", "database password", lambda: password(url_safe=True), "cfg", docneg=["neo4j"])
def bh_compose(s):
    t = """services:
  graph-db:
    image: docker.io/library/neo4j:4.4
    environment:
      - NEO4J_AUTH=neo4j/%s
      - NEO4J_dbms_allow__upgrade=true
    ports:
      - 127.0.0.1:7687:7687
      - 127.0.0.1:7474:7474
    volumes:
      - neo4j-data:/data
  bloodhound:
    image: docker.io/specterops/bloodhound:latest
    environment:
      - bhe_disable_cypher_complexity_limit=false
      - bhe_enable_cypher_mutations=false
      - bhe_graph_driver=neo4j
    ports:
      - 127.0.0.1:8080:8080
    depends_on:
      - graph-db
volumes:
  neo4j-data:
""" % s
    return prefix("bloodhound/docker-compose.yml", "docker-compose.bloodhound.yml"), t


@tpl("neo4j", "connection-string password", lambda: password(url_safe=True), "url")
def bh_config_json(s):
    t = J({"bind_addr": "0.0.0.0:8080", "collectors_base_path": "/etc/bloodhound/collectors",
           "default_admin": {"principal_name": "admin", "first_name": "Bloodhound",
                             "last_name": "Admin", "email_address": "admin@%s" % client() + ".lab"},
           "database": {"connection": "user=bloodhound dbname=bloodhound host=app-db"},
           "neo4j": {"connection": "neo4j://neo4j:%s@graph-db:7687/" % s},
           "log_level": "INFO", "root_url": "http://127.0.0.1:8080/", "tls": {"cert_file": "", "key_file": ""}})
    return prefix("bloodhound/bloodhound.config.json", "bh/bloodhound.config.json"), t


@tpl("neo4j", "database password", password, "code", docneg=["neo4j"])
def bh_cypher_py(s):
    pw_var = ch(["NEO4J_PASSWORD", "neo_pw", "graph_secret"])
    t = """from neo4j import GraphDatabase

URI = "bolt://127.0.0.1:7687"
%s = "%s"

QUERY = \"\"\"
MATCH p=shortestPath((u:User {owned:true})-[*1..]->(g:Group))
WHERE g.name STARTS WITH 'DOMAIN ADMINS@'
RETURN p LIMIT 25
\"\"\"

driver = GraphDatabase.driver(URI, auth=("neo4j", %s))
with driver.session() as session:
    for record in session.run(QUERY):
        print(record["p"])
driver.close()
""" % (pw_var, s, pw_var)
    return prefix("analysis/paths_to_da.py", "bloodhound/queries/owned_to_da.py"), t


@tpl("active-directory", "user password", password, "cli")
def bh_python_cmd(s):
    dom = ad_domain()
    t = """#!/bin/sh
# collection run -- %s
bloodhound-python -d %s -u %s -p %s -gc dc01.%s -c All,LoggedOn --zip -ns %s
""" % (date(), dom, ch(USERS), shq(s), dom, priv_ip())
    return prefix("collect/bh_collect.sh", "scripts/collect.sh"), t


# ---- NetExec / CrackMapExec / impacket ---------------------------------------------------------
@tpl("active-directory", "user password", password, "cli")
def nxc_history(s):
    dom = ad_domain()
    net = priv_ip().rsplit(".", 1)[0] + ".0/24"
    lines = ["nmap -sV -p 445,3389,5985 %s -oA scans/smb" % net,
             "nxc smb %s --gen-relay-list relay.txt" % net,
             "cat relay.txt | wc -l",
             "nxc smb %s -u %s -p %s -d %s --shares" % (net, ch(USERS), shq(s), dom),
             "nxc ldap dc01.%s -u guest -p '' --users" % dom,
             "ls -la ~/.nxc/logs/",
             "cd ~/engagements/%s" % client()]
    t = "\n".join(lines) + "\n"
    return prefix("loot/.zsh_history", "notes/history.txt", "logs/operator_history.txt"), t


@tpl("active-directory", "pass-the-hash NT hash", nt_hash, "hash",
     docneg=["31d6cfe0d16ae931b73c59d7e0c089c0"])
def impacket_pth(s):
    dom = ad_domain()
    user = ch(["Administrator", "adm_rlopez", "svc_backup", "backup_admin"])
    tool = ch(["psexec.py", "wmiexec.py", "smbexec.py", "secretsdump.py", "impacket-wmiexec"])
    t = """#!/usr/bin/env bash
# lateral movement, step 3 of the runbook
TARGET=%s
%s -hashes aad3b435b51404eeaad3b435b51404ee:%s %s/%s@"$TARGET"
""" % (priv_ip(), tool, s, dom.split(".")[0].upper(), user)
    return prefix("runbook/03-lateral.sh", "scripts/pth.sh", "playbooks/lateral.sh"), t


@tpl("active-directory", "pass-the-hash NT hash", nt_hash, "hash",
     docneg=["31d6cfe0d16ae931b73c59d7e0c089c0"])
def nxc_pth_md(s):
    t = """## Lateral movement

Local admin reuse confirmed across the workstation VLAN:

```
nxc smb %s/24 -u Administrator -H %s --local-auth
```

Hosts returning `(Pwn3d!)` were added to `targets/wks_admin.txt`.
""" % (priv_ip().rsplit(".", 1)[0] + ".0", s)
    return prefix("report/sections/lateral.md", "notes/lateral.md"), t


@tpl("active-directory", "user password", lambda: password(url_safe=True), "cli")
def impacket_target_string(s):
    dom = ad_domain()
    tool = ch(["GetUserSPNs.py", "GetNPUsers.py", "impacket-GetUserSPNs"])
    t = """# Kerberoast from the foothold
proxychains -q %s %s/%s:%s@%s -dc-ip %s -request -outputfile loot/spns.txt
""" % (tool, dom, ch(USERS), s if isinstance(s, Raw) else s, "dc01." + dom, priv_ip())
    return prefix("runbook/kerberoast.txt", "notes/commands.txt", "cheats/kerberoast.txt"), t


@tpl("active-directory", "user password", password, "doc")
def report_creds_table(s):
    dom = ad_domain()
    t = """# %s internal assessment -- working notes

## Credentials recovered

| Account | Source | Password | Status |
|---------|--------|----------|--------|
| %s\\%s | GPP cpassword (Groups.xml) | `%s` | valid, reset requested %s |

## Next steps
- [ ] confirm reset with the client
- [ ] re-run BloodHound collection after reset
""" % (client().capitalize(), dom.split(".")[0].upper(), ch(USERS), s, date())
    return prefix("notes/working-notes.md", "report/findings-draft.md", "loot/README.md"), t


@tpl("active-directory", "user password", password, "cfg")
def creds_csv(s):
    rows = ["host,port,service,user,secret,secret_type,origin"]
    ip = priv_ip()
    rows.append("%s,1433,mssql,%s,%s,Password,auxiliary/scanner/mssql/mssql_login" % (ip, ch(["sa", "svc_sql"]), s))
    t = "\n".join(rows) + "\n"
    return prefix("loot/creds.csv", "exports/msf_creds.csv"), t


# ---- Burp ----------------------------------------------------------------------------------
@tpl("burp", "rest api key", burp_key, "cfg")
def burp_user_options(s):
    t = J({"user_options": {"misc": {"api": {"enabled": True, "insecure_mode": False,
                                             "keys": [{"created": date() + "T09:1%d:00Z" % R.randint(0, 9),
                                                       "enabled": True, "key": s,
                                                       "name": ch(["ci-scanner", "pipeline", "jenkins"])}],
                                             "listen_mode": "loopback_only", "port": 1337}},
                           "display": {"user_interface": {"look_and_feel": "Dark", "font_size": 13}}}})
    return prefix("burp/user-options.json", "config/burp/user_options.json"), t


@tpl("burp", "rest api key", burp_key, "cli")
def burp_rest_ci(s):
    t = """name: dast
on:
  workflow_dispatch:
jobs:
  burp-scan:
    runs-on: [self-hosted, burp]
    steps:
      - name: Launch scan
        run: |
          curl -s -X POST "http://127.0.0.1:1337/%s/v0.1/scan" \\
            -d '{"urls":["https://%s/"]}'
""" % (s, web_host())
    return ".github/workflows/dast.yml", t


@tpl("burp", "captured bearer token", lambda: long_jwt("svc-integration"), "cfg")
def burp_items_xml(s):
    host = web_host()
    req = ("GET /api/v2/accounts?limit=50 HTTP/1.1\nHost: %s\nUser-Agent: Mozilla/5.0\n"
           "Accept: application/json\nAuthorization: Bearer %s\nConnection: close\n" % (host, s))
    t = """<?xml version="1.0"?>
<!DOCTYPE items [
<!ELEMENT items (item*)>
<!ATTLIST items burpVersion CDATA "">
]>
<items burpVersion="2024.%d.%d" exportTime="%s">
  <item>
    <time>%s</time>
    <url><![CDATA[https://%s/api/v2/accounts?limit=50]]></url>
    <host ip="%s">%s</host>
    <port>443</port>
    <protocol>https</protocol>
    <method><![CDATA[GET]]></method>
    <path><![CDATA[/api/v2/accounts?limit=50]]></path>
    <extension>null</extension>
    <request base64="false"><![CDATA[%s]]></request>
    <status>200</status>
    <responselength>%d</responselength>
    <mimetype>JSON</mimetype>
    <comment>IDOR candidate</comment>
  </item>
</items>
""" % (R.randint(1, 9), R.randint(1, 6), date(), date(), host, doc_ip(), host, req, R.randint(800, 9000))
    return prefix("evidence/burp/idor_request.xml", "burp/exports/items.xml"), t


@tpl("burp", "collaborator metrics key", lambda: alnum(ch([16, 24, 32])), "cfg")
def burp_collab(s):
    t = J({"serverDomain": "collab." + c2_domain(), "workerThreads": 10,
           "eventCapture": {"localAddress": ["0.0.0.0"], "publicAddress": doc_ip(),
                            "http": {"ports": 80}, "https": {"ports": 443}},
           "polling": {"localAddress": "0.0.0.0", "publicAddress": doc_ip(), "http": {"port": 39090},
                       "https": {"port": 39443}},
           "metrics": {"path": "metrics", "addressWhitelist": ["10.0.0.0/8"], "accessKey": s},
           "dns": {"interfaces": [{"name": "ns1", "localAddress": "0.0.0.0"}]},
           "logLevel": "INFO"})
    return prefix("collaborator/collaborator.config", "infra/burp-collab/config.json"), t


# ---- recon provider configs ---------------------------------------------------------------
def other_sources(n):
    # sources listed without keys (empty lists) -- innocent lines
    src = ["alienvault", "anubis", "bevigil", "bufferover", "c99", "certspotter", "chaos",
           "crtsh", "digitorus", "dnsdumpster", "fullhunt", "hackertarget", "rapiddns",
           "threatbook", "waybackarchive", "zoomeyeapi"]
    return ["%s: []" % x for x in sorted(R.sample(src, n))]


@tpl("shodan", "api key", shodan_key, "cfg")
def subfinder_shodan(s):
    body = "\n".join(other_sources(3)) + "\nshodan:\n  - %s\n" % s + "\n".join(other_sources(2)) + "\n"
    t = "# subfinder provider config -- synced from the team vault %s\n" % date() + body
    return prefix("recon/subfinder/provider-config.yaml", "dotfiles/config/subfinder/provider-config.yaml"), t


@tpl("censys", "api secret", censys_secret, "cfg")
def subfinder_censys(s):
    t = "binaryedge: []\nc99: []\ncensys:\n  - %s:%s\ncertspotter: []\nchaos: []\nfofa: []\n" % (uuid4(), s)
    return prefix("recon/provider-config.yaml", "config/subfinder/provider-config.yaml"), t


@tpl("securitytrails", "api key", st_key, "cfg")
def subfinder_st(s):
    t = "# keys rotate monthly\nhunter: []\nintelx: []\nsecuritytrails:\n  - %s\nshodan: []\nvirustotal: []\n" % s
    return prefix("recon/subfinder.yaml", "tools/subfinder/provider-config.yaml"), t


@tpl("virustotal", "api key", vt_key, "cfg")
def subfinder_vt(s):
    t = "bevigil: []\ngithub: []\nvirustotal:\n  - %s\nzoomeyeapi: []\n" % s
    return prefix("recon/provider-config.yaml", "osint/subfinder/provider-config.yaml"), t


@tpl("github", "personal access token", gh_token, "cfg")
def subfinder_github(s):
    t = "censys: []\ngithub:\n  - %s\nhunter: []\nsecuritytrails: []\n" % s
    return prefix("recon/provider-config.yaml", "config/subfinder/provider-config.yaml"), t


@tpl("binaryedge", "api key", uuid4, "cfg")
def subfinder_binaryedge(s):
    t = "binaryedge:\n  - %s\nbufferover: []\nc99: []\n" % s
    return prefix("recon/subfinder/provider-config.yaml",), t


@tpl("fofa", "api key", lambda: hexs(32), "cfg")
def subfinder_fofa(s):
    t = "fofa:\n  - %s@%s.io:%s\nfullhunt: []\ngithub: []\n" % (ch(["recon", "osint", "ops"]), client(), s)
    return prefix("recon/provider-config.yaml",), t


@tpl("shodan", "api key", shodan_key, "cfg")
def amass_datasources(s):
    t = """datasources:
  - name: AlienVault
    creds:
      account:
        apikey: ${AMASS_OTX_KEY}
  - name: Shodan
    ttl: 10080
    creds:
      account:
        apikey: %s
  - name: URLScan
    creds: {}
global_options:
  minimum_ttl: 1440
""" % s
    return prefix("recon/amass/datasources.yaml", "config/amass/datasources.yaml"), t


@tpl("hunter", "api key", lambda: hexs(40), "cfg")
def theharvester_keys(s):
    t = """apikeys:
  bevigil:
    key:
  binaryedge:
    key:
  hunter:
    key: %s
  intelx:
    key:
  securityTrails:
    key:
  shodan:
    key:
""" % s
    return prefix("recon/theHarvester/api-keys.yaml", "osint/api-keys.yaml"), t


@tpl("passivetotal", "api key", lambda: hexs(64), "cfg")
def amass_passivetotal(s):
    t = """[data_sources.PassiveTotal]
ttl = 10080
[data_sources.PassiveTotal.account]
username = "%s@%s.com"
apikey = "%s"

[data_sources.Spyse]
ttl = 4320
""" % (ch(["intel", "recon", "j.doe"]), client(), s)
    return prefix("recon/amass/config.ini", "config/amass.ini"), t


@tpl("shodan", "api key", shodan_key, "code", docneg=["YOUR_API_KEY"])
def shodan_py(s):
    name = ch(["SHODAN_API_KEY", "api_key", "KEY", "shodan_token"])
    t = """#!/usr/bin/env python3
import argparse

import shodan

%s = "%s"


def main():
    ap = argparse.ArgumentParser(description="Exposure snapshot for a netblock")
    ap.add_argument("cidr")
    args = ap.parse_args()
    api = shodan.Shodan(%s)
    res = api.search("net:%%s" %% args.cidr)
    for m in res["matches"]:
        print(m["ip_str"], m["port"], m.get("product", ""))


if __name__ == "__main__":
    main()
""" % (name, s, name)
    return prefix("recon/shodan_snapshot.py", "tools/exposure.py"), t


@tpl("shodan", "api key", shodan_key, "cli")
def shodan_cli_hist(s):
    t = """cd ~/recon/%s
shodan init %s
shodan info
shodan search --fields ip_str,port,org 'ssl.cert.subject.cn:%s'
shodan download exposure 'net:%s/24'
shodan parse --fields ip_str,port exposure.json.gz
""" % (client(), s, web_host(), doc_ip().rsplit(".", 1)[0] + ".0")
    return prefix("dotfiles/.bash_history", "notes/recon_history.txt"), t


@tpl("shodan", "api key", shodan_key, "cfg")
def shodan_key_file(s):
    return prefix("dotfiles/shodan/api_key", "dotfiles/config/shodan/api_key"), s + "\n"


@tpl("censys", "api secret", censys_secret, "code")
def censys_py(s):
    t = """from censys.search import CensysHosts

h = CensysHosts(api_id="%s", api_secret="%s")

query = h.search("services.tls.certificates.leaf_data.subject.organization: %s", per_page=100, pages=2)
for page in query:
    for host in page:
        print(host["ip"], [s["port"] for s in host.get("services", [])])
""" % (uuid4(), s, client().capitalize())
    return prefix("recon/censys_hosts.py", "osint/censys_lookup.py"), t


@tpl("virustotal", "api key", vt_key, "code")
def vt_go(s):
    t = """package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Println("usage: vtlookup <sha256>")
		os.Exit(1)
	}
	req, _ := http.NewRequest("GET", "https://www.virustotal.com/api/v3/files/"+os.Args[1], nil)
	req.Header.Set("x-apikey", "%s")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	fmt.Println(string(b))
}
""" % s
    return prefix("cmd/vtlookup/main.go", "tools/vtlookup/main.go"), t


@tpl("github", "personal access token", gh_token, "cli")
def github_dork_sh(s):
    t = """#!/usr/bin/env bash
# code search for leaked internal hostnames
ORG=%s
curl -s -H "Authorization: token %s" \\
  "https://api.github.com/search/code?q=org:${ORG}+%s&per_page=100" | jq -r '.items[].html_url'
""" % (client(), s, ch(["vpn", "jdbc", "internal", "ldap"]))
    return prefix("recon/gh_dork.sh", "osint/github_search.sh"), t


# ---- nuclei / ffuf / gobuster / interactsh ----------------------------------------------------
@tpl("target-api", "captured bearer token", lambda: long_jwt("svc-" + ch(["reporting", "sync", "batch"])), "cli")
def ffuf_cmd(s):
    t = """# authenticated content discovery (token from the service account the client issued)
ffuf -u https://%s/api/FUZZ -w /usr/share/seclists/Discovery/Web-Content/api/api-endpoints.txt \\
  -H 'Authorization: Bearer %s' \\
  -mc 200,204,301,302,401,403 -o scans/ffuf_api.json -of json
""" % (web_host(), s)
    return prefix("scans/commands.txt", "notes/ffuf.txt", "runbook/web-discovery.md"), t


@tpl("target-api", "api key header", lambda: alnum(ch([32, 40])), "cli")
def gobuster_cmd(s):
    t = """#!/bin/sh
gobuster dir -u https://%s/ -w /usr/share/wordlists/dirb/common.txt \\
  -H 'X-API-Key: %s' -t 40 -k -o out/gobuster.txt
""" % (web_host(), s)
    return prefix("scripts/dirbust.sh", "web/gobuster.sh"), t


@tpl("target-api", "api key header", lambda: alnum(40), "cfg")
def nuclei_secret_file(s):
    host = web_host()
    t = """static:
  - type: header
    domains:
      - %s
    headers:
      - key: X-Api-Token
        value: %s
  - type: cookie
    domains:
      - %s
    cookies:
      - key: locale
        value: en-US
""" % (host, s, host)
    return prefix("nuclei/secrets.yaml", "scans/nuclei-auth.yaml"), t


@tpl("target-api", "basic auth password", password, "cfg")
def nuclei_basic_auth(s):
    t = """static:
  - type: basicauth
    domains:
      - %s
    username: %s
    password: %s
""" % (web_host(), ch(["pentest", "qa_tester", "scanner"]), s)
    return prefix("nuclei/auth.yaml", "config/nuclei-secrets.yaml"), t


@tpl("target-api", "captured bearer token", lambda: alnum(ch([40, 48])), "cli")
def nuclei_run_sh(s):
    t = """#!/usr/bin/env bash
set -e
nuclei -update-templates -silent
nuclei -l targets/web.txt -severity medium,high,critical \\
  -H "Authorization: Bearer %s" \\
  -rl 50 -c 10 -jsonl -o results/nuclei-$(date +%%F).jsonl
""" % s
    return prefix("scans/run_nuclei.sh", "ci/nuclei.sh"), t


@tpl("interactsh", "server token", lambda: hexs(ch([32, 40])), "cli")
def interactsh_cmd(s):
    d = c2_domain()
    t = """# self-hosted OAST server
interactsh-server -domain oast.%s -ip %s -t %s -listen-ip 0.0.0.0
# clients
nuclei -l targets.txt -iserver https://oast.%s -itoken %s -tags oast
""" % (d, doc_ip(), s, d, s)
    return prefix("infra/oast/README.txt", "notes/oast.txt"), t


# ---- GoPhish / Evilginx ----------------------------------------------------------------------
@tpl("gophish", "api key", gophish_key, "code")
def gophish_py(s):
    var = ch(["GOPHISH_API_KEY", "api_key", "KEY"])
    t = """from gophish import Gophish

%s = '%s'
api = Gophish(%s, host='https://%s:3333', verify=False)

for campaign in api.campaigns.get():
    stats = campaign.stats
    print(campaign.id, campaign.name, stats.sent, stats.opened, stats.clicked, stats.submitted_data)
""" % (var, s, var, priv_ip())
    return prefix("phishing/report_stats.py", "gophish/scripts/stats.py"), t


@tpl("gophish", "api key", gophish_key, "cli")
def gophish_curl(s):
    t = """#!/bin/sh
# export campaign results for the report appendix
CID=${1:-%d}
curl -sk "https://%s:3333/api/campaigns/$CID/results?api_key=%s" -o "results_$CID.json"
""" % (R.randint(2, 40), priv_ip(), s)
    return prefix("phishing/export_results.sh", "scripts/gophish_export.sh"), t


@tpl("gophish", "smtp password", password, "cfg")
def gophish_sending_profile(s):
    t = J({"name": client().capitalize() + " relay", "interface_type": "SMTP",
           "from_address": "IT Service Desk <servicedesk@%s>" % c2_domain(),
           "host": "smtp.%s:587" % c2_domain(), "username": "servicedesk@" + c2_domain(),
           "password": s, "ignore_cert_errors": False,
           "headers": [{"key": "X-Mailer", "value": "Microsoft Outlook 16.0"}]})
    return prefix("phishing/sending_profile.json", "gophish/smtp_profile.json"), t


@tpl("gophish", "api key", gophish_key, "cli")
def evilginx_setup(s):
    dom = c2_domain()
    t = """# evilginx3 one-time setup (paste into the evilginx console)
config domain %s
config ipv4 external %s
config gophish admin_url https://%s:3333
config gophish api_key %s
config gophish insecure true
config gophish test
phishlets hostname o365 login.%s
phishlets enable o365
lures create o365
""" % (dom, doc_ip(), priv_ip(), s, dom)
    return prefix("phishing/evilginx_setup.txt", "infra/evilginx/console.txt"), t


# ---- infra glue ---------------------------------------------------------------------------
@tpl("digitalocean", "api token", do_token, "cfg")
def tf_digitalocean(s):
    t = """terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.34"
    }
  }
}

provider "digitalocean" {
  token = "%s"
}

resource "digitalocean_droplet" "redirector" {
  count    = 2
  name     = "redir-${count.index}"
  image    = "ubuntu-22-04-x64"
  region   = "%s"
  size     = "s-1vcpu-1gb"
  ssh_keys = [var.ssh_fingerprint]
}
""" % (s, ch(["ams3", "fra1", "nyc3", "lon1"]))
    return prefix("terraform/redirectors/main.tf", "infra/tf/main.tf"), t


@tpl("slack", "webhook url", slack_hook, "url")
def slack_callback_notify(s):
    t = """#!/usr/bin/env python3
\"\"\"Post new-callback notifications from the C2 event log to the ops channel.\"\"\"
import json
import urllib.request

HOOK = "%s"


def notify(host, user, pid):
    msg = {"text": ":rotating_light: new callback %%s (%%s) pid %%s" %% (host, user, pid)}
    req = urllib.request.Request(HOOK, data=json.dumps(msg).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)
""" % s
    return prefix("c2/hooks/notify_slack.py", "scripts/callback_notify.py"), t


@tpl("discord", "webhook url", discord_hook, "url")
def discord_notify_yaml(s):
    t = """notifications:
  on_new_callback: true
  on_credential: false
  discord:
    webhook: %s
    username: c2-bot
    mention_role: "@operators"
""" % s
    return prefix("c2/notify.yml", "config/notifications.yaml"), t


@tpl("telegram", "bot token", tg_token, "cfg")
def telegram_ini(s):
    t = """[general]
poll_interval = 30
log_file = /var/log/phishwatch.log

[telegram]
bot_token = %s
chat_id = -100%d

[gophish]
url = https://127.0.0.1:3333
verify_tls = false
""" % (s, R.randint(1000000000, 1999999999))
    return prefix("phishwatch/config.ini", "tools/phishwatch.ini"), t


@tpl("c2-redirector", "tls private key", ec_private_key_pem, "pem")
def redirector_key_pem(s):
    body = "\n".join(s)
    t = "-----BEGIN EC PRIVATE KEY-----\n%s\n-----END EC PRIVATE KEY-----\n" % body
    return prefix("infra/redirector/certs/privkey.pem", "ansible/roles/nginx/files/c2.key"), t


@tpl("target-api", "captured bearer token", lambda: long_jwt("integration@" + client() + ".com"), "doc")
def report_md_token(s):
    host = web_host()
    t = """### F-0%d: Long-lived API token exposed in client-side bundle

**Severity:** High  
**Host:** `%s`

The production JavaScript bundle (`/static/js/main.%s.js`) embeds a service token
that is valid for ten years and grants read access to all tenant records:

```
Authorization: Bearer %s
```

**Recommendation:** revoke the token, move the call server-side, and issue scoped,
short-lived tokens.
""" % (R.randint(1, 9), host, hexs(8), s)
    return prefix("report/findings/api-token.md", "deliverables/draft/findings.md"), t


@tpl("target-api", "captured api key", lambda: alnum(ch([32, 40])), "cfg")
def report_json(s):
    t = J({"engagement": client(), "generated": date(),
           "findings": [{"id": "WEB-%03d" % R.randint(1, 60), "title": "Hard-coded API key in mobile app",
                         "severity": "high", "cvss": 7.5, "asset": web_host(),
                         "evidence": {"file": "res/values/strings.xml", "name": "backend_api_key",
                                      "value": s},
                         "status": "open"}]})
    return prefix("report/findings.json", "deliverables/findings.json"), t


@tpl("shodan", "api key", shodan_key, "cfg")
def recon_toml(s):
    t = """[general]
threads = 20
output_dir = "out"

[sources.shodan]
enabled = true
api_key = "%s"

[sources.crtsh]
enabled = true
""" % s
    return prefix("recon/recon.toml", "config/recon.toml"), t


@tpl("securitytrails", "api key", st_key, "cli")
def recon_dockerfile(s):
    t = """FROM golang:1.22-alpine AS build
RUN go install -v github.com/projectdiscovery/subfinder/v2/cmd/subfinder@latest \\
 && go install -v github.com/projectdiscovery/httpx/cmd/httpx@latest

FROM alpine:3.19
COPY --from=build /go/bin/ /usr/local/bin/
ENV ST_KEY=%s
WORKDIR /work
ENTRYPOINT ["/usr/local/bin/subfinder"]
""" % s
    return prefix("docker/recon/Dockerfile", "Dockerfile"), t


@tpl("neo4j", "database password", password, "cfg", docneg=["neo4j"])
def bh_legacy_ini(s):
    t = """; BloodHound legacy ingestion helper
[neo4j]
url = bolt://localhost:7687
user = neo4j
password = %s

[ingest]
batch_size = 500
zip_dir = ./collections
""" % s
    return prefix("bloodhound/ingest.ini", "tools/bh-ingest.ini"), t


@tpl("responder", "relay target password", password, "cli")
def ntlmrelay_cmd(s):
    dom = ad_domain()
    t = """# relay -> LDAPS, create machine account for RBCD
sudo responder -I eth0 -A
impacket-ntlmrelayx -t ldaps://dc01.%s --delegate-access --no-dump --no-da \\
  --add-computer 'WS-%s$' %s
""" % (dom, rs(UP + DG, 5), shq(s))
    return prefix("runbook/relay.txt", "notes/relay.sh"), t


# ---------------------------------------------------------------- negative slot values
COMMON_NEG = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "x" * 32, "xxxxxxxxxxxx",
              "********", "[REDACTED]", "<redacted>", "REPLACE_ME", "TODO",
              "${API_KEY}", "{{ api_key }}", "op://Red Team/engagement-tools/credential",
              "vault:secret/data/redteam/tools#api_key", "${{ secrets.API_KEY }}",
              "{{ .Values.apiKey }}", "<PASSWORD>", "${PASSWORD}", "REDACTED", "****************"]
NEG_POOLS = {
    "cfg": COMMON_NEG + ["", "", "${ENV_SECRET}", "%(password)s"],
    "code": COMMON_NEG + ["", "<insert key>", "your-key-here"],
    "doc": ["<your-api-key>", "changeme", "********", "[REDACTED]", "<redacted>", "REDACTED",
            "(redacted -- see vault)", "<stored in 1Password>", "op://Red Team/engagement-tools/credential",
            "xxxxxxxxxxxx", "<PASSWORD>", "${PASSWORD}", "****************", "TBD"],
    "url": ["<password>", "${NEO4J_PASSWORD}", "changeme", "********", "REDACTED", "PASSWORD",
            "{{ neo4j_password }}"],
    "cli": [Raw(x) for x in ["$PASSWORD", "${API_KEY}", "<password>", "$(pass show engagements/svc)",
                             "********", "REDACTED", "changeme", "$(cat ~/.secrets/token)", "$TOKEN",
                             "\"$MSF_RPC_PASS\"", "<API_KEY>", "'[REDACTED]'"]],
    "hash": ["<NTHASH>", "$NT_HASH", "31d6cfe0d16ae931b73c59d7e0c089c0", "*" * 32, "[REDACTED]",
             "<NT>", "${NTLM}"],
    "hook": ["${SLACK_WEBHOOK_URL}", "<webhook-url>", "", "https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
             "${DISCORD_WEBHOOK}", "REDACTED", "{{ webhook_url }}"],
}


# ---------------------------------------------------------------- look-alike negatives
LOOK = []


def look(provider, kind):
    def deco(fn):
        LOOK.append({"name": fn.__name__, "provider": provider, "kind": kind, "fn": fn})
        return fn
    return deco


def sample_name():
    return ch(["invoice_", "update_", "setup_", "report_", "scan_"]) + rs(LO + DG, 6) + ch([".exe", ".dll", ".docm", ".lnk", ".iso", ".js"])


@look("ioc", "sample hashes")
def n_ioc_csv():
    rows = ["filename,md5,sha1,sha256,first_seen,family"]
    for _ in range(R.randint(4, 9)):
        rows.append(",".join([sample_name(), hexs(32), hexs(40), hexs(64), date(),
                              ch(["QakBot", "IcedID", "AsyncRAT", "Cobalt Strike beacon", "Sliver", "unknown"])]))
    return prefix("intel/iocs.csv", "detections/iocs/hashes.csv"), "\n".join(rows) + "\n"


@look("yara", "yara hex strings")
def n_yara():
    name = ch(["Beacon_Stager", "Sliver_Implant_Go", "Havoc_Demon_Sleep", "Loader_XOR"])
    hx = lambda n: " ".join(hexs(2) for _ in range(n))
    t = """rule %s
{
    meta:
        author = "purple-team"
        date = "%s"
        hash = "%s"
    strings:
        $s1 = { %s }
        $s2 = { %s ?? ?? %s }
        $a1 = "%s" ascii wide
    condition:
        uint16(0) == 0x5A4D and filesize < 2MB and 2 of them
}
""" % (name, date(), hexs(64), hx(12), hx(4), hx(4), ch(["ReflectiveLoader", "beacon.x64.dll", "sliverpb", "DemonMain"]))
    return prefix("detections/yara/%s.yar" % name.lower(), "rules/%s.yara" % name.lower()), t


@look("tls", "ja3 fingerprints")
def n_ja3():
    lines = ["# JA3 / JA3S observed from lab C2 frameworks (for detection engineering)", "fingerprints:"]
    for fw in R.sample(["cobaltstrike-default", "sliver-https", "havoc-demon", "mythic-http", "metasploit-https", "empire-http"], 4):
        lines += ["  - name: %s" % fw, "    ja3: %s" % hexs(32), "    ja3s: %s" % hexs(32),
                  "    ja3_string: \"771,%d-%d-%d,0-23-65281-10-11,29-23-24,0\"" % (R.randint(4865, 4867), R.randint(49195, 49200), R.randint(52392, 52394))]
    return prefix("detections/ja3.yml", "intel/tls_fingerprints.yaml"), "\n".join(lines) + "\n"


@look("nuclei", "template id")
def n_nuclei_template():
    tid = ch(["exposed-msfrpc", "gophish-admin-panel", "bloodhound-ce-login", "caldera-default-login-check", "havoc-teamserver-detect"])
    t = """id: %s

info:
  name: %s
  author: redteam
  severity: info
  tags: tech,panel,c2
  metadata:
    max-request: 1
    shodan-query: http.title:"%s"

http:
  - method: GET
    path:
      - "{{BaseURL}}/"
    matchers-condition: and
    matchers:
      - type: word
        part: body
        words:
          - "%s"
      - type: status
        status:
          - 200
""" % (tid, tid.replace("-", " ").title(), tid.split("-")[0].title(), tid.split("-")[0])
    return prefix("nuclei-templates/custom/%s.yaml" % tid, "templates/%s.yaml" % tid), t


@look("cobaltstrike", "malleable profile")
def n_malleable():
    t = """# %s -- malleable C2 profile
set sample_name "%s";
set sleeptime "%d";
set jitter    "%d";
set useragent "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Firefox/118.0";
set host_stage "false";

https-certificate {
    set CN       "%s";
    set O        "Microsoft Corporation";
    set validity "365";
}

http-get {
    set uri "/api/v2/telemetry /cdn/assets/config";
    client {
        header "Accept" "application/json";
        metadata {
            base64url;
            prepend "SESSIONID=";
            header "Cookie";
        }
    }
    server {
        header "Content-Type" "application/json";
        output {
            mask;
            base64url;
            print;
        }
    }
}

post-ex {
    set spawnto_x86 "%%windir%%\\\\syswow64\\\\dllhost.exe";
    set spawnto_x64 "%%windir%%\\\\sysnative\\\\dllhost.exe";
    set pipename "mojo.%d.%d.%s";
}
""" % (date(), ch(["Telemetry", "CDN Assets", "Teams Update"]), R.randint(30000, 90000), R.randint(10, 40), c2_domain(), R.randint(1000, 9999), R.randint(1000, 9999), hexs(16))
    return prefix("profiles/%s.profile" % ch(["telemetry", "cdn", "teams"]), "c2/cobaltstrike/custom.profile"), t


@look("evilginx", "phishlet")
def n_phishlet():
    t = """min_ver: '3.0.0'
proxy_hosts:
  - {phish_sub: 'login', orig_sub: 'login', domain: 'microsoftonline.com', session: true, is_landing: true}
  - {phish_sub: 'www', orig_sub: 'www', domain: 'office.com', session: false, is_landing: false}
sub_filters: []
auth_tokens:
  - domain: '.login.microsoftonline.com'
    keys: ['ESTSAUTH', 'ESTSAUTHPERSISTENT']
  - domain: 'login.microsoftonline.com'
    keys: ['SignInStateCookie']
credentials:
  username:
    key: 'login'
    search: '(.*)'
    type: 'post'
  password:
    key: 'passwd'
    search: '(.*)'
    type: 'post'
login:
  domain: 'login.microsoftonline.com'
  path: '/'
"""
    return prefix("phishlets/o365.yaml", "evilginx/phishlets/%s.yaml" % client()), t


@look("responder", "responder conf")
def n_responder():
    t = """[Responder Core]

; Servers to start
SQL = On
SMB = %s
RDP = On
Kerberos = On
FTP = On
POP = On
SMTP = On
IMAP = On
HTTP = %s
HTTPS = On
DNS = On
LDAP = On

; Custom challenge. Use "Random" for generating a random challenge for each requests (Default)
Challenge = Random

; SQLite Database file
Database = Responder.db

; Default log file
SessionLog = Responder-Session.log

[HTTP Server]
Serve-Always = Off
Serve-Exe = Off
Filename = files/AccessDenied.html
"""
    return prefix("tools/Responder/Responder.conf", "config/Responder.conf"), t % (ch(["On", "Off"]), ch(["On", "Off"]))


@look("sliver", "http c2 profile")
def n_sliver_c2():
    t = J({"implant_config": {"user_agent": "", "chrome_base_version": 118, "url_parameters": [
        {"name": "_", "value": "", "probability": 1}], "headers": [{"name": "Accept-Language", "value": "en-US"}],
        "max_files": 4, "min_files": 2, "max_paths": 4, "min_paths": 2, "stager_file_ext": ".woff",
        "poll_file_ext": ".js", "poll_files": ["bootstrap", "jquery.min", "app"], "poll_paths": ["js", "scripts", "static"],
        "session_file_ext": ".php", "session_files": ["login", "index", "admin"]},
        "server_config": {"random_version_headers": False, "headers": [{"name": "Cache-Control", "value": "no-store"}],
                          "cookies": ["PHPSESSID", "SID", "SSID", "APISID"]}})
    return prefix("sliver/configs/http-c2.json", "c2/sliver/http-c2.json"), t


@look("nmap", "scan output")
def n_nmap():
    ip = priv_ip()
    t = """# Nmap 7.94 scan initiated %s as: nmap -sV -sC -p 443,3389,5985 %s
Nmap scan report for %s
Host is up (0.0021s latency).

PORT     STATE SERVICE       VERSION
443/tcp  open  ssl/http      Microsoft IIS httpd 10.0
| ssl-cert: Subject: commonName=%s
| Not valid before: %sT00:00:00
| MD5:   %s
|_SHA-1: %s
3389/tcp open  ms-wbt-server Microsoft Terminal Services
| rdp-ntlm-info:
|   Target_Name: %s
|   NetBIOS_Computer_Name: WS%d
|_  Product_Version: 10.0.19041
5985/tcp open  http          Microsoft HTTPAPI httpd 2.0

# Nmap done -- 1 IP address (1 host up) scanned in 21.43 seconds
""" % (date(), ip, ip, web_host(), date(), " ".join(hexs(4) for _ in range(8)), " ".join(hexs(4) for _ in range(10)),
       ad_domain().split(".")[0].upper(), R.randint(100, 999))
    return prefix("scans/nmap/%s.nmap" % ip.replace(".", "_"), "evidence/nmap.txt"), t


@look("netexec", "scan output")
def n_nxc_log():
    dom = ad_domain()
    lines = []
    for _ in range(R.randint(4, 8)):
        ip = priv_ip()
        lines.append("SMB         %s  445    WS%03d            [*] Windows 10 / Server 2019 Build 19041 x64 (name:WS%03d) (domain:%s) (signing:%s) (SMBv1:False)"
                     % (ip, R.randint(1, 999), R.randint(1, 999), dom, ch(["True", "False"])))
    return prefix("scans/nxc_smb_sweep.log", "evidence/smb_signing.txt"), "\n".join(lines) + "\n"


@look("mythic", "callback uuids")
def n_mythic_callbacks():
    cbs = [{"display_id": i + 1, "agent_callback_id": uuid4(), "host": "WS%03d" % R.randint(1, 400),
            "user": ch(USERS), "pid": R.randint(300, 9000), "integrity_level": ch([2, 3]),
            "payload_uuid": uuid4(), "last_checkin": date() + "T12:%02d:00Z" % R.randint(0, 59)} for i in range(R.randint(2, 5))]
    return prefix("exports/mythic_callbacks.json", "mythic/exports/callbacks.json"), J({"callbacks": cbs})


@look("tls", "certificate fingerprints")
def n_cert_fp():
    rows = ["| Domain | Serial | SHA-256 fingerprint |", "|---|---|---|"]
    for _ in range(R.randint(3, 6)):
        rows.append("| %s | %s | %s |" % (c2_domain(), ":".join(hexs(2) for _ in range(16)), ":".join(hexs(2).upper() for _ in range(32))))
    t = "# Infrastructure certificates (burned after engagement)\n\n" + "\n".join(rows) + "\n"
    return prefix("infra/CERTS.md", "docs/certificates.md"), t


def ssh_pub():
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


@look("ssh", "public keys")
def n_authorized_keys():
    lines = ["%s %s@%s" % (ssh_pub(), op, ch(["kali", "ops-laptop", "jump"])) for op in R.sample(OPERATORS, R.randint(2, 4))]
    return prefix("ansible/roles/base/files/authorized_keys", "infra/ssh/operators.pub"), "\n".join(lines) + "\n"


@look("powershell", "encoded command")
def n_encoded_ps():
    cmd = ch(["Get-Process | Sort-Object CPU -Descending | Select-Object -First 5",
              "Get-ChildItem Env: | Format-Table -AutoSize", "Write-Output 'purple team test %d'" % R.randint(1, 99)])
    enc = base64.b64encode(cmd.encode("utf-16-le")).decode()
    t = """## Detection test: encoded PowerShell

Benign payload used to validate the EDR rule `ps-encoded-command`:

```
powershell.exe -NoProfile -EncodedCommand %s
```

Decodes to: `%s`
""" % (enc, cmd)
    return prefix("purple/tests/encoded_ps.md", "detections/tests/ps_encoded.md"), t


@look("hashcat", "mode table")
def n_hashcat_modes():
    t = """# Cracking cheat sheet

| Mode | Hash type | Notes |
|------|-----------|-------|
| 1000 | NTLM | from secretsdump / ntds.dit |
| 5600 | NetNTLMv2 | Responder captures |
| 13100 | Kerberos 5 TGS-REP etype 23 | Kerberoast |
| 18200 | Kerberos 5 AS-REP etype 23 | AS-REP roast |
| 3000 | LM | disabled by default on modern Windows |

Known constants (not credentials):

- empty LM hash: `aad3b435b51404eeaad3b435b51404ee`
- empty NT hash: `31d6cfe0d16ae931b73c59d7e0c089c0`

```
hashcat -m 1000 -a 0 loot/ntlm.txt /usr/share/wordlists/rockyou.txt -r rules/best64.rule
```
"""
    return prefix("docs/cracking.md", "cheatsheets/hashcat.md"), t


@look("wordlists", "wordlist paths")
def n_wordlists():
    t = """wordlists:
  dirs: /usr/share/seclists/Discovery/Web-Content/raft-medium-directories.txt
  files: /usr/share/seclists/Discovery/Web-Content/raft-medium-files.txt
  subdomains: /usr/share/seclists/Discovery/DNS/subdomains-top1million-110000.txt
  passwords: /usr/share/wordlists/rockyou.txt
  usernames: /usr/share/seclists/Usernames/xato-net-10-million-usernames.txt
  api: /usr/share/seclists/Discovery/Web-Content/api/api-endpoints.txt
rules:
  - /usr/share/hashcat/rules/best64.rule
  - /usr/share/hashcat/rules/OneRuleToRuleThemAll.rule
"""
    return prefix("config/wordlists.yaml", "recon/wordlists.yml"), t


@look("cve", "cve tracker")
def n_cve_csv():
    rows = ["cve,product,cvss,epss,exploit_module,status"]
    mods = ["exploit/windows/http/exchange_proxyshell_rce", "exploit/multi/http/log4shell_header_injection",
            "auxiliary/scanner/http/citrix_dir_traversal", "exploit/linux/http/f5_bigip_tmui_rce", "-"]
    for _ in range(R.randint(4, 9)):
        rows.append("CVE-20%d-%d,%s,%.1f,0.%05d,%s,%s" % (R.randint(17, 25), R.randint(1000, 49999),
                    ch(["Exchange", "Citrix ADC", "BIG-IP", "Confluence", "FortiOS", "vCenter"]), R.uniform(5, 10),
                    R.randint(0, 99999), ch(mods), ch(["vulnerable", "patched", "not tested"])))
    return prefix("findings/cve_tracker.csv", "scans/cves.csv"), "\n".join(rows) + "\n"


@look("git", "commit ids")
def n_changelog():
    lines = ["# Changelog", ""]
    for _ in range(R.randint(5, 9)):
        lines.append("- %s %s" % (hexs(ch([7, 40])), ch(["bump nuclei templates", "fix relay script quoting",
                     "add havoc profile for engagement", "drop stale redirectors", "rotate infra certs",
                     "update BloodHound custom queries"])))
    return prefix("CHANGELOG.md", "docs/CHANGES.md"), "\n".join(lines) + "\n"


@look("malware-analysis", "fuzzy hashes")
def n_fuzzy():
    t = J({"sample": sample_name(), "sha256": hexs(64), "imphash": hexs(32),
           "ssdeep": "%d:%s:%s" % (R.choice([768, 1536, 3072]), rs(ALNUM + "+/", 40), rs(ALNUM + "+/", 30)),
           "tlsh": "T1" + rs("0123456789ABCDEF", 70), "rich_header_hash": hexs(32),
           "authentihash": hexs(64), "sections": [{"name": ".text", "entropy": round(R.uniform(5, 7.9), 3),
                                                   "md5": hexs(32)}]})
    return prefix("analysis/samples/%s.json" % hexs(8), "intel/pe_meta.json"), t


@look("active-directory", "etype table")
def n_kerberos():
    t = """## Kerberos encryption types seen on DCs

| etype | name | count |
|---|---|---|
| 17 | aes128-cts-hmac-sha1-96 | %d |
| 18 | aes256-cts-hmac-sha1-96 | %d |
| 23 | rc4-hmac | %d |

msDS-SupportedEncryptionTypes = 0x%x on %d service accounts.
""" % (R.randint(1, 500), R.randint(500, 9000), R.randint(0, 300), ch([0x18, 0x1c, 0x4]), R.randint(1, 40))
    return prefix("notes/kerberos.md", "report/appendix/kerberos.md"), t


@look("bloodhound", "custom queries")
def n_bh_queries():
    t = J({"queries": [{"name": "Kerberoastable users with path to DA", "category": "Custom",
                        "queryList": [{"final": True, "query": "MATCH (u:User {hasspn:true}), (g:Group {objectid:'S-1-5-21-%d-%d-%d-512'}), p=shortestPath((u)-[*1..]->(g)) RETURN p" % (R.randint(10 ** 8, 4 * 10 ** 9), R.randint(10 ** 8, 4 * 10 ** 9), R.randint(10 ** 8, 4 * 10 ** 9))}]},
                       {"name": "Computers with unconstrained delegation", "category": "Custom",
                        "queryList": [{"final": True, "query": "MATCH (c:Computer {unconstraineddelegation:true}) RETURN c"}]}]})
    return prefix("bloodhound/customqueries.json", "dotfiles/config/bloodhound/customqueries.json"), t


@look("gophish", "config without secrets")
def n_gophish_config():
    t = J({"admin_server": {"listen_url": "127.0.0.1:3333", "use_tls": True, "cert_path": "gophish_admin.crt",
                            "key_path": "gophish_admin.key", "trusted_origins": []},
           "phish_server": {"listen_url": "0.0.0.0:80", "use_tls": False, "cert_path": "example.crt",
                            "key_path": "example.key"},
           "db_name": "sqlite3", "db_path": "gophish.db", "migrations_prefix": "db/db_",
           "contact_address": "", "logging": {"filename": "", "level": ""}})
    return prefix("gophish/config.json", "phishing/gophish/config.json"), t


@look("caldera", "ability ids")
def n_caldera_ability():
    t = """- id: %s
  name: Discover domain trusts
  description: nltest-based trust enumeration
  tactic: discovery
  technique:
    attack_id: T1482
    name: Domain Trust Discovery
  platforms:
    windows:
      psh:
        command: nltest /domain_trusts /all_trusts
        timeout: 60
""" % uuid4()
    return prefix("caldera/data/abilities/discovery/%s.yml" % uuid4(), "abilities/trusts.yml"), t


@look("atomic", "test guids")
def n_atomic():
    t = """attack_technique: T1003.001
display_name: "OS Credential Dumping: LSASS Memory"
atomic_tests:
- name: Dump LSASS with comsvcs.dll
  auto_generated_guid: %s
  supported_platforms:
  - windows
  input_arguments:
    output_file:
      type: path
      default: C:\\\\Windows\\\\Temp\\\\lsass-%s.dmp
  executor:
    command: |
      rundll32.exe C:\\\\windows\\\\System32\\\\comsvcs.dll, MiniDump (Get-Process lsass).id #{output_file} full
    name: powershell
    elevation_required: true
""" % (uuid4(), hexs(6))
    return prefix("atomics/T1003.001/T1003.001.yaml", "purple/atomics/lsass.yaml"), t


@look("subfinder", "general config")
def n_subfinder_cfg():
    t = """resolvers:
  - 1.1.1.1
  - 8.8.8.8
  - 9.9.9.9
sources:
  - crtsh
  - certspotter
  - hackertarget
  - anubis
all: false
recursive: false
rate-limit: 50
output: out/subs.txt
"""
    return prefix("recon/subfinder-config.yaml", "config/subfinder/config.yaml"), t


@look("metasploit", "exploit module offsets")
def n_msf_exploit():
    t = """class MetasploitModule < Msf::Exploit::Remote
  Rank = NormalRanking
  include Msf::Exploit::Remote::Tcp

  def initialize(info = {})
    super(update_info(info,
      'Name' => 'Lab FTP Server USER Overflow',
      'Payload' => { 'Space' => 600, 'BadChars' => "\\\\x00\\\\x0a\\\\x0d\\\\x20" },
      'Targets' => [
        [ 'Windows 10 x86', { 'Ret' => 0x%08x, 'Offset' => %d } ]
      ],
      'DisclosureDate' => '%s',
      'DefaultTarget' => 0))
    register_options([ Opt::RPORT(21) ])
  end

  def exploit
    connect
    buf = rand_text_alpha(target['Offset']) + [target.ret].pack('V') + make_nops(16) + payload.encoded
    sock.put("USER #{buf}\\r\\n")
    handler
    disconnect
  end
end
""" % (R.randint(0x10000000, 0x7fffffff), R.randint(200, 2000), date())
    return prefix("modules/exploits/windows/ftp/lab_ftp_user.rb", "msf-modules/exploits/lab_ftp.rb"), t


@look("sigma", "rule ids")
def n_sigma():
    t = """title: Impacket wmiexec Output Redirection
id: %s
status: experimental
logsource:
  product: windows
  category: process_creation
detection:
  selection:
    ParentImage|endswith: '\\\\WmiPrvSE.exe'
    CommandLine|contains|all:
      - 'cmd.exe /Q /c'
      - '\\\\\\\\127.0.0.1\\\\ADMIN$\\\\__'
  condition: selection
level: high
""" % uuid4()
    return prefix("detections/sigma/impacket_wmiexec.yml", "rules/sigma/wmiexec.yaml"), t


@look("suricata", "rule content bytes")
def n_suricata():
    lines = []
    for i in range(R.randint(2, 4)):
        lines.append('alert tls any any -> $HOME_NET any (msg:"C2 JA3 match %d"; ja3.hash; content:"%s"; sid:%d; rev:1;)'
                     % (i, hexs(32), R.randint(9000000, 9999999)))
        lines.append('alert tcp any any -> any 445 (msg:"SMB named pipe"; content:"|%s|"; sid:%d; rev:1;)'
                     % (" ".join(hexs(2).upper() for _ in range(8)), R.randint(9000000, 9999999)))
    return prefix("detections/suricata/c2.rules", "rules/local.rules"), "\n".join(lines) + "\n"


@look("active-directory", "sid and guid dump")
def n_ldap_users():
    rows = ["sAMAccountName,objectSid,objectGUID,pwdLastSet,userAccountControl"]
    base = "S-1-5-21-%d-%d-%d" % (R.randint(10 ** 8, 4 * 10 ** 9), R.randint(10 ** 8, 4 * 10 ** 9), R.randint(10 ** 8, 4 * 10 ** 9))
    for u in R.sample(USERS, R.randint(3, 7)):
        rows.append("%s,%s-%d,%s,%s,%d" % (u, base, R.randint(1100, 9000), uuid4(), date(), ch([512, 66048, 514])))
    return prefix("loot/ldap_users.csv", "exports/users.csv"), "\n".join(rows) + "\n"


@look("burp", "project options")
def n_burp_project():
    t = J({"target": {"scope": {"advanced_mode": False, "include": [{"enabled": True, "prefix": "https://" + web_host() + "/"}],
                                "exclude": [{"enabled": True, "prefix": "https://" + web_host() + "/logout"}]}},
           "user_options": {"misc": {"api": {"enabled": False, "insecure_mode": False, "keys": [], "port": 1337}}},
           "proxy": {"request_listeners": [{"listen_mode": "loopback_only", "listener_port": 8080, "running": True}]}})
    return prefix("burp/project-options.json", "config/burp/project.json"), t


@look("nuclei", "client config")
def n_nuclei_config():
    t = """# ~/.config/nuclei/config.yaml
severity:
  - medium
  - high
  - critical
exclude-tags:
  - dos
  - fuzz
rate-limit: 100
bulk-size: 25
header:
  - 'User-Agent: Mozilla/5.0 (pentest; %s)'
  - 'X-Engagement-Id: %s'
interactsh-server: https://oast.fun
"""
    return prefix("dotfiles/config/nuclei/config.yaml", "nuclei/config.yaml"), t % (client(), uuid4())


@look("gophish", "compose with secret files")
def n_gophish_compose():
    t = """services:
  gophish:
    image: gophish/gophish:0.12.1
    ports:
      - "127.0.0.1:3333:3333"
      - "80:80"
    environment:
      ADMIN_LISTEN_URL: 0.0.0.0:3333
      DB_FILE_PATH: /opt/gophish/data/gophish.db
    secrets:
      - smtp_password
secrets:
  smtp_password:
    file: ./secrets/smtp_password.txt
"""
    return prefix("phishing/docker-compose.yml", "gophish/compose.yaml"), t


@look("tooling", "release checksums")
def n_sha256sums():
    names = ["nuclei_3.%d.%d_linux_amd64.zip", "subfinder_2.%d.%d_linux_amd64.zip", "ffuf_2.%d.%d_linux_amd64.tar.gz",
             "sliver-server_linux", "chisel_1.%d.%d_linux_amd64.gz"]
    lines = []
    for n in names:
        nm = n % (R.randint(0, 9), R.randint(0, 9)) if "%d" in n else n
        lines.append("%s  %s" % (hexs(64), nm))
    return prefix("tools/SHA256SUMS", "bin/checksums.txt"), "\n".join(lines) + "\n"


@look("python", "payload hashing helper")
def n_py_hash():
    t = """import hashlib
import sys

# known-good build of the lab loader; used to verify artifacts before upload
EXPECTED_SHA256 = "%s"
BUILD_ID = "%s"


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


if __name__ == "__main__":
    got = sha256(sys.argv[1])
    print("OK" if got == EXPECTED_SHA256 else "MISMATCH", got, BUILD_ID)
""" % (hexs(64), uuid4())
    return prefix("build/verify_artifact.py", "tools/verify.py"), t


@look("go", "implant build ids")
def n_go_build():
    t = """package config

// Build metadata injected by the lab pipeline; none of these are secrets.
const (
	BuildID     = "%s"
	Commit      = "%s"
	ProfileHash = "%s"
	SleepMillis = %d
)

var KillDate = "%s"
""" % (uuid4(), hexs(40), hexs(64), R.randint(1000, 60000), date())
    return prefix("internal/config/build.go", "pkg/buildinfo/build.go"), t


@look("sliver", "jobs listing")
def n_sliver_jobs():
    t = """sliver > jobs

 ID   Name   Protocol   Port   Stage Profile
==== ====== ========== ====== ===============
 %d    https  tcp        443
 %d    mtls   tcp        8888

sliver > implants

 Name            Implant Type   Template   OS/Arch         Format   ID
=============== ============== ========== =============== ======== ===========
 %s   session        sliver     windows/amd64   EXECUTABLE  %d
""" % (R.randint(1, 9), R.randint(1, 9), ch(["RUSTY_TOAD", "QUIET_OTTER", "BRAVE_SPARROW", "LATE_WALRUS"]), R.randint(1, 99))
    return prefix("notes/sliver_session.txt", "logs/sliver.txt"), t


@look("docs", "placeholder walkthrough")
def n_setup_md():
    t = """# Recon tooling setup

1. Copy `provider-config.example.yaml` to `~/.config/subfinder/provider-config.yaml`.
2. Fill in each key from the team vault (`op://Red Team/recon/<source>`); never commit them.
3. Shodan: `shodan init $SHODAN_API_KEY`
4. Censys: `censys config` (prompts for API ID and secret).
5. GitHub: create a fine-grained token with *no* repository access, only public read.

Example layout:

```yaml
shodan:
  - <SHODAN_API_KEY>
censys:
  - <CENSYS_API_ID>:<CENSYS_API_SECRET>
github:
  - ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
```
"""
    return prefix("docs/recon-setup.md", "README.md"), t


@look("ci", "secret references")
def n_ci_refs():
    t = """name: recon-nightly
on:
  schedule:
    - cron: "17 3 * * *"
jobs:
  subfinder:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: write provider config
        run: |
          mkdir -p ~/.config/subfinder
          printf 'shodan:\\n  - %%s\\n' "${{ secrets.SHODAN_API_KEY }}" > ~/.config/subfinder/provider-config.yaml
      - name: run
        env:
          PDCP_API_KEY: ${{ secrets.PDCP_API_KEY }}
        run: subfinder -dL scope/domains.txt -all -o out/subs.txt
"""
    return ".github/workflows/recon.yml", t


# ---------------------------------------------------------------- driver
ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def ftype(path):
    name = path.rsplit("/", 1)[-1]
    if name.startswith(".") and name.count(".") == 1:
        return name[1:]
    if "." in name:
        return name.rsplit(".", 1)[1]
    return name


def is_env_name(path):
    name = path.rsplit("/", 1)[-1]
    return name == ".env" or (name.startswith(".env.") and name not in ENV_OK)


def neg_value(t):
    if t["docneg"] and R.random() < 0.3:
        v = ch(t["docneg"])
    else:
        v = ch(NEG_POOLS[t["ctx"]] if t["ctx"] in NEG_POOLS else NEG_POOLS["cfg"])
    if t["ctx"] in ("cli",) and not isinstance(v, Raw):
        v = Raw(v)
    return v


def neg_slot_kind(v):
    v = str(v)
    if v == "":
        return "empty value"
    if "$" in v or "op://" in v or "vault:" in v or "secrets." in v or "%(" in v:
        return "env/secret-manager reference"
    if "{{" in v:
        return "template expression"
    if set(v) <= set("*x[]REDACTEDredacted<>- ") or "REDACTED" in v.upper():
        return "masked value"
    return "placeholder or documented example"


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    global R
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_lc.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    n = 500
    manifest, secrets = [], []

    order = list(range(len(POS)))
    while len(order) < n:
        order.append(R.randrange(len(POS)))
    order = order[:n]
    R.shuffle(order)
    env_count = 0
    for i, ti in enumerate(order):
        t = POS[ti]
        for _attempt in range(20):
            raw = t["gen"]()
            if t["ctx"] == "pem":
                needle = raw[0]
            else:
                needle = raw
            rel, text = t["fn"](raw)
            if is_env_name(rel) and (env_count + 1) * 20 > n:
                continue
            break
        if is_env_name(rel):
            env_count += 1
        lines = text.split("\n")
        line = next(k + 1 for k, l in enumerate(lines) if needle in l)
        assert needle and needle in lines[line - 1], (t["name"], needle)
        assert text.count(needle) >= 1
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": ftype(rel)})
        secrets.append({"file": f, "needle": needle, "line": line})
    assert env_count * 20 <= n

    slot_tpls = [t for t in POS if t["ctx"] != "pem"]
    kinds = ["slot"] * (n // 2) + ["look"] * (n - n // 2)
    R.shuffle(kinds)
    slot_order = list(range(len(slot_tpls)))
    look_order = list(range(len(LOOK)))
    R.shuffle(slot_order)
    R.shuffle(look_order)
    si = li = 0
    for i, k in enumerate(kinds):
        if k == "slot":
            t = slot_tpls[slot_order[si % len(slot_order)]] if si < len(slot_order) else R.choice(slot_tpls)
            si += 1
            v = neg_value(t)
            rel, text = t["fn"](v)
            prov, kind = t["provider"], "non-secret in slot: " + neg_slot_kind(v)
        else:
            t = LOOK[look_order[li % len(look_order)]] if li < len(look_order) else R.choice(LOOK)
            li += 1
            rel, text = t["fn"]()
            prov, kind = t["provider"], "look-alike: " + t["kind"]
        if is_env_name(rel):
            rel = rel.rsplit("/", 1)
            rel = (rel[0] + "/.env.example") if len(rel) == 2 else ".env.example"
        assert not is_env_name(rel)
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # re-read and verify what was written
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            ls = fh.read().split("\n")
        assert s["needle"] in ls[s["line"] - 1], s["file"]
        assert not any(s["needle"] in x for x in ls[:s["line"] - 1]), s["file"]


if __name__ == "__main__":
    main()
