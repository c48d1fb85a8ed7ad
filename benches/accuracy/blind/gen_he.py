#!/usr/bin/env python3
"""gen_he.py - blind evaluation set: classic monitoring agents and network management.

EMPHASIS
    Domain: classic monitoring agents and NMS tooling as it sits in ops repositories.
    Providers: Zabbix (server/proxy DBPassword, frontend zabbix.conf.php, agent PSK files,
    API tokens), Nagios / NRPE / NCPA (resource.cfg $USERn$ macros, check_nrpe -a args,
    check_snmp), Icinga 2 (api-users.conf, TicketSalt, IDO, Icinga Web 2 / Director
    resources.ini), Checkmk (automation secrets, agent registration, password store,
    agent encryption), PRTG (passhash, API keys), LibreNMS / Observium / Cacti (config.php,
    spine.conf, SNMPv3 auth), Prometheus exporters (mysqld_exporter .my.cnf,
    postgres_exporter DATA_SOURCE_NAME, scrape / blackbox basic_auth, snmp_exporter auths),
    Telegraf (influxdb / influxdb_v2 / datadog / http outputs, snmp and mysql inputs),
    Datadog agent, New Relic infrastructure agent, collectd, Munin, net-snmp, JMX.
    Kinds: database passwords, API tokens, hex PSKs, SNMP community strings and SNMPv3
    passphrases, license / API keys, basic-auth passwords, passhashes, salts.
    File types: .conf .cfg .php .yml/.yaml .toml .ini .cnf/.my.cnf .psk .service .json .xml
    .properties .tf .sh .ps1 .py .go .pl .sql .csv .md .log Dockerfile .env .mk .password.

USAGE
    python3 -B gen_he.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl and
    OUTDIR/secrets.jsonl. Standard library only; every random choice comes from one
    random.Random(SEED), so a seed always gives byte-identical output.

NEEDLE CONVENTIONS
    The needle is exactly the secret value as written, without surrounding quotes.
    - Connection URLs / DSNs (postgresql://user:PASS@host, user:PASS@tcp(..)): the
      password part only.
    - Headers (Authorization: Bearer X, X-Auth-Token: X, API-Key: X,
      "Bearer automation X"): the token only, not the scheme or user name.
    - URL query parameters (passhash=, apitoken=): the value only.
    - PSK files: the hex string (one line).
    - Positional / flag arguments (-p, -A, -C, -a, --password): the argument value.
    - No multi-line needles are produced (no private keys in this domain set).
    "line" is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    250 negatives re-use positive templates with the slot holding a non-secret:
    placeholders (<your-password>, YOUR_API_KEY_HERE, changeme, xxxx..), empty values,
    masks (********, [REDACTED]), environment / secret-manager references (${VAR},
    getenv(), {{ vault_x }}, op://, vault:, Datadog ENC[] handles), documented example
    values (Zabbix manual PSKs, LibreNMS / Checkmk / Telegraf / snmp_exporter doc
    examples) and values documented as public (SNMP community "public", Datadog RUM
    client tokens). 250 are look-alikes: Zabbix template exports with 32-hex UUIDs, item
    keys and {$MACROS}, OIDs and snmpwalk output, PSK identities without the key, package
    SHA-256 sums, MIB md5sums, image digests, commit hashes, cert / SSH fingerprints,
    public certificates and SSH public keys, New Relic entity GUIDs (base64), InfluxDB
    org / bucket IDs, Grafana uids, SNMP engine IDs, ansible-vault ciphertext, serials,
    MACs, metric names, Prometheus exposition text. No negative is written to a .env*
    file (.env.example / .env.sample only); positives use .env at most 1 in 20.

FORMATS CHECKED
    - Zabbix manual "Using pre-shared keys": PSK is a hex string, min 128-bit (32 hex
      digits), max 2048-bit (512 hex digits); OpenSSL 1.1.1 caps at 128 hex digits;
      generated with `openssl rand -hex 32`. Manual examples (e560cb0d..., af8ced32...,
      9b8eafed...) are used only in negatives. PSK identity is non-secret.
    - Zabbix ZBXNEXT-6207 / API docs: API token is 32 random bytes as 64 hex digits,
      sent as "Authorization: Bearer <token>".
    - New Relic docs: license key is a 40-character hexadecimal string ("ingest -
      license"); user keys are separate (NerdGraph, API-Key header).
    - Datadog: API key required by the agent; a client library documents API key
      length 32 and application key length 40.
    - Checkmk docs: REST API uses "Authorization: Bearer <user> <secret>" with an
      automation user; cmk-agent-ctl register --user --password (doc example
      'PTEGDYXBFXVGNDPRL' used as negative); Ansible collection uses server_url, site,
      automation_user, automation_secret. A forum post shows a UUID-shaped secret.
    - PRTG manual: authentication by API key (apitoken=) or username + passhash or
      password, as GET parameters.
    - Telegraf docs: [[outputs.datadog]] apikey (doc example "my-secret-key"),
      [[outputs.influxdb_v2]] token.
    - snmp_exporter README: auths with community, username, password, auth_protocol,
      priv_protocol, security_level; default community "public", example
      "SomeCommunityString".
    - Icinga 2 docs: ApiUser object with password and permissions in api-users.conf.
    - LibreNMS / Observium config.php: $config['db_pass'], $config['snmp']['community'];
      LibreNMS docs example password D42nf23rewD (negative only).

DOUBTS
    - Checkmk automation secret shape: generated here either as UUID4 or as 32
      alphanumerics; not confirmed from Checkmk source.
    - PRTG API key shape: not shown in the manual pages found; generated as 45 base32
      characters plus "===" padding (from memory of real keys). passhash as a 10-digit
      number is from memory / community scripts, not the manual text found.
    - New Relic: "NRAL" suffix on newer 40-char license keys and the "NRAK-" + 27
      uppercase alphanumerics user key shape are from memory; docs only confirmed
      "40-character hex". Browser key shape "NRJS-" + 19 hex (negatives) is from memory.
    - InfluxDB v2 token shape (86 base64url chars + "==") is from memory; docs found did
      not show it.
    - Datadog 32/40 hex lengths come from a third-party client, not Datadog's page.
    - Icinga TicketSalt as 32 hex and `icinga2 api setup` root password as 16 hex are
      from memory. LibreNMS API token as 32 hex is from memory.
    - Zabbix DB example password "password" (install guide) used as a doc-example
      negative is from memory, not re-checked.
    - Search results included GitGuardian detector pages (a scanner's rule list); they
      were not used.
"""

import base64
import json
import os
import random
import shutil
import string
import sys
import uuid

HEX = "0123456789abcdef"
UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIGITS = string.digits
ALNUM = string.ascii_letters + string.digits
B32 = UPPER + "234567"
PW_SYM = "!^*-_+.=~@"
URL_SYM = "-_.~"


def L(*lines):
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- secret generators
def hexs(r, n):
    return "".join(r.choice(HEX) for _ in range(n))


def rstr(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def _mixed(r, alphabet, n):
    # ensure at least one upper, lower, digit so it reads like a generated password
    while True:
        s = rstr(r, alphabet, n)
        if (any(c.isupper() for c in s) and any(c.islower() for c in s)
                and any(c.isdigit() for c in s)):
            return s


WORDS = ["tundra", "falcon", "copper", "harbor", "violet", "granite", "maple", "orbit",
         "saffron", "glacier", "ember", "lantern", "quartz", "meadow", "cobalt", "summit",
         "willow", "raven", "pepper", "thistle", "marble", "canyon", "juniper", "nebula"]


def gen_pw(r):
    """Generic strong password (safe in quoted ini/yaml/php/shell-single contexts)."""
    style = r.random()
    if style < 0.6:
        return _mixed(r, ALNUM + PW_SYM, r.randint(14, 26))
    if style < 0.85:
        w1, w2 = r.sample(WORDS, 2)
        return (w1.capitalize() + r.choice("-_.") + w2.capitalize() + str(r.randint(10, 9999))
                + r.choice("!^*+~"))
    return _mixed(r, ALNUM, r.randint(16, 32))


def gen_urlpw(r):
    """Password that can sit unencoded in a URL / DSN userinfo part."""
    return _mixed(r, ALNUM + URL_SYM, r.randint(14, 28))


def gen_alnum(r, lo=16, hi=28):
    return _mixed(r, ALNUM, r.randint(lo, hi))


def gen_community(r):
    style = r.random()
    if style < 0.4:
        return _mixed(r, ALNUM, r.randint(12, 20))
    if style < 0.7:
        return _mixed(r, ALNUM + "-_.", r.randint(12, 22))
    w = r.choice(WORDS)
    return w[:3].upper() + r.choice("-_") + _mixed(r, ALNUM, r.randint(8, 12)) + r.choice("-_") + str(r.randint(10, 99))


def gen_snmpv3(r):
    # RFC 3414 / net-snmp: passphrase at least 8 characters
    return gen_pw(r) if r.random() < 0.7 else _mixed(r, ALNUM, r.randint(12, 24))


def gen_psk(r):
    return hexs(r, r.choice([32, 64, 64, 64, 96, 128]))


def gen_zbx_token(r):
    return hexs(r, 64)


def gen_dd_api(r):
    return hexs(r, 32)


def gen_dd_app(r):
    return hexs(r, 40)


def gen_nr_license(r):
    if r.random() < 0.5:
        return hexs(r, 40)
    return hexs(r, 36) + "NRAL"


def gen_nr_user(r):
    return "NRAK-" + rstr(r, UPPER + DIGITS, 27)


def gen_influx_token(r):
    raw = bytes(r.getrandbits(8) for _ in range(64))
    return base64.urlsafe_b64encode(raw).decode()


def gen_cmk_secret(r):
    if r.random() < 0.5:
        return str(uuid.UUID(int=r.getrandbits(128), version=4))
    return _mixed(r, ALNUM, 32)


def gen_passhash(r):
    return str(r.randint(1000000000, 4294967295))


def gen_prtg_key(r):
    return rstr(r, B32, 45) + "==="


def gen_hex32(r):
    return hexs(r, 32)


def gen_hex16(r):
    return hexs(r, 16)


def gen_icinga_pw(r):
    return hexs(r, 16) if r.random() < 0.4 else gen_pw(r)


# ---------------------------------------------------------------- filler helpers
SITES = ["fra1", "ams2", "lon1", "nyc3", "sfo2", "sgp1", "tor1", "blr1", "par1", "dub1"]
ORGS = ["acme", "globex", "initech", "umbrella", "hooli", "vandelay", "wayne", "stark",
        "tyrell", "cyberdyne", "soylent", "wonka", "oscorp", "nakatomi"]
TLDS = ["internal", "lan", "corp", "local", "example.net", "example.com"]
MONUSERS = ["zabbix", "monitor", "nagios", "icinga", "svc_monitoring", "observer", "prom",
            "telegraf", "librenms", "cacti", "munin", "netops", "exporter", "ddagent"]


class Ctx:
    """Per-file random context for realistic filler."""

    def __init__(self, r):
        self.r = r
        self.org = r.choice(ORGS)
        self.site = r.choice(SITES)
        self.tld = r.choice(TLDS)
        self.dom = "%s.%s" % (self.org, self.tld)
        self.env = r.choice(["prod", "production", "staging", "dc1", "dc2", "core", "edge"])

    def host(self, kind=None):
        r = self.r
        kind = kind or r.choice(["mon", "zbx", "nms", "db", "pg", "mysql", "sw", "core", "fw",
                                 "web", "app", "proxy", "edge", "rtr"])
        return "%s-%s-%02d" % (kind, self.site, r.randint(1, 24))

    def fqdn(self, kind=None):
        return "%s.%s" % (self.host(kind), self.dom)

    def ip(self):
        r = self.r
        c = r.choice([10, 172, 192])
        if c == 10:
            return "10.%d.%d.%d" % (r.randint(0, 254), r.randint(0, 254), r.randint(2, 250))
        if c == 172:
            return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 254), r.randint(2, 250))
        return "192.168.%d.%d" % (r.randint(0, 254), r.randint(2, 250))

    def user(self):
        return self.r.choice(MONUSERS)

    def port(self, base):
        return base

    def ver(self, major_choices):
        r = self.r
        m = r.choice(major_choices)
        sep = "" if m[-1] in ".p" else "."
        return "%s%s%d" % (m, sep, r.randint(0, 30))

    def date(self):
        r = self.r
        return "20%02d-%02d-%02d" % (r.randint(21, 25), r.randint(1, 12), r.randint(1, 28))

    def ts(self):
        r = self.r
        return "%sT%02d:%02d:%02dZ" % (self.date(), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def uuidhex(self):
        return uuid.UUID(int=self.r.getrandbits(128), version=4).hex

    def mac(self):
        return ":".join("%02x" % self.r.randint(0, 255) for _ in range(6))

    def person(self):
        return self.r.choice(["j.doe", "a.kowalski", "m.garcia", "s.nakamura", "l.okafor",
                              "p.schmidt", "r.silva", "t.nguyen", "e.larsen", "k.singh"])


def pick(r, *opts):
    return r.choice(opts)


# ================================================================ positive templates
# Each template: fn(c, v) -> (relpath, text). `v` is the slot text (quotes included
# when the syntax wants them). The generator fills it with a secret (positives) or a
# non-secret value (negatives).
POS = []


def P(name, provider, kind, gen, cls, conv, q='"', var="SECRET", examples=(), negvals=None,
      ref=None, envfile=False):
    def deco(fn):
        POS.append(dict(name=name, provider=provider, kind=kind, gen=gen, cls=cls, conv=conv,
                        q=q, var=var, examples=list(examples), negvals=negvals, ref=ref,
                        fn=fn, envfile=envfile))
        return fn
    return deco


ZBX_PSK_DOC = ["e560cb0d918d26d31b4f642181f5f570ad89a390931102e5391d08327ba434e9",
               "af8ced32dfe8714e548694e2d29e1a14ba6fa13f216cb35c19d0feb1084b0429",
               "9b8eafedfaae00cece62e85d5f4792c7d9c9bcc851b23216a1d300311cc4f7cb"]


# ---------------------------------------------------------------- Zabbix
@P("zbx_server_conf", "zabbix", "db_password", gen_pw, "password", True, q="", var="ZBX_DBPASSWORD",
   examples=["password"])
def _(c, v):
    r = c.r
    db = pick(r, "zabbix", "zabbix_%s" % c.env, "zbx")
    return (pick(r, "etc/zabbix/zabbix_server.conf", "roles/zabbix_server/files/zabbix_server.conf",
                 "deploy/zabbix/zabbix_server.conf"),
            L("# This is a configuration file for Zabbix server daemon",
              "# To get more information about Zabbix, visit https://www.zabbix.com",
              "", "############ GENERAL PARAMETERS #################", "",
              "ListenPort=10051", "SourceIP=%s" % c.ip(),
              "LogType=file", "LogFile=/var/log/zabbix/zabbix_server.log", "LogFileSize=%d" % r.choice([0, 10, 50]),
              "DebugLevel=3", "PidFile=/run/zabbix/zabbix_server.pid",
              "SocketDir=/run/zabbix", "",
              "### Option: DBHost", "DBHost=%s" % c.fqdn("pg"),
              "DBName=%s" % db, "DBSchema=public" if r.random() < 0.5 else "# DBSchema=",
              "DBUser=%s" % pick(r, "zabbix", "zbx_server", "zabbix_srv"),
              "DBPassword=" + v, "DBPort=%d" % r.choice([5432, 3306]), "",
              "StartPollers=%d" % r.randint(5, 60), "StartPingers=%d" % r.randint(1, 10),
              "StartDiscoverers=%d" % r.randint(1, 5), "StartHTTPPollers=%d" % r.randint(1, 5),
              "SNMPTrapperFile=/var/log/snmptrap/snmptrap.log", "StartSNMPTrapper=1",
              "CacheSize=%dM" % r.choice([64, 128, 256, 512]), "HistoryCacheSize=64M",
              "Timeout=%d" % r.randint(3, 30), "FpingLocation=/usr/sbin/fping",
              "LogSlowQueries=3000", "StatsAllowedIP=127.0.0.1",
              "Include=/etc/zabbix/zabbix_server.d/*.conf"))


@P("zbx_proxy_conf", "zabbix", "db_password", gen_pw, "password", True, q="", var="ZBX_PROXY_DBPASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "etc/zabbix/zabbix_proxy.conf", "proxies/%s/zabbix_proxy.conf" % c.site),
            L("# Zabbix proxy configuration - managed by config management",
              "ProxyMode=%d" % r.choice([0, 1]), "Server=%s" % c.fqdn("zbx"),
              "Hostname=%s" % c.host("proxy"), "ListenPort=10051",
              "LogFile=/var/log/zabbix/zabbix_proxy.log", "LogFileSize=0",
              "PidFile=/run/zabbix/zabbix_proxy.pid", "SocketDir=/run/zabbix",
              "DBHost=localhost", "DBName=zabbix_proxy", "DBUser=zabbix", "DBPassword=" + v,
              "ProxyLocalBuffer=0", "ProxyOfflineBuffer=%d" % r.choice([1, 24, 72]),
              "ConfigFrequency=%d" % r.choice([60, 300, 3600]), "DataSenderFrequency=1",
              "StartPollers=%d" % r.randint(5, 40), "StartPreprocessors=3",
              "TLSConnect=psk", "TLSAccept=psk",
              "TLSPSKIdentity=PSK %s %s" % (c.site.upper(), c.host("proxy")),
              "TLSPSKFile=/etc/zabbix/zabbix_proxy.psk", "Timeout=4",
              "ExternalScripts=/usr/lib/zabbix/externalscripts"))


@P("zbx_frontend_php", "zabbix", "db_password", gen_pw, "password", True, q="'", var="ZBX_DB_PASSWORD",
   ref="getenv('ZBX_DB_PASSWORD')")
def _(c, v):
    r = c.r
    return (pick(r, "ui/conf/zabbix.conf.php", "etc/zabbix/web/zabbix.conf.php", "conf/zabbix.conf.php"),
            L("<?php", "// Zabbix GUI configuration file.", "",
              "$DB['TYPE']\t\t\t= '%s';" % pick(r, "POSTGRESQL", "MYSQL"),
              "$DB['SERVER']\t\t\t= '%s';" % c.fqdn("db"),
              "$DB['PORT']\t\t\t= '0';", "$DB['DATABASE']\t\t\t= 'zabbix';",
              "$DB['USER']\t\t\t= '%s';" % pick(r, "zabbix", "zabbix_web", "zbx_ui"),
              "$DB['PASSWORD']\t\t\t= " + v + ";", "",
              "// Schema name. Used for PostgreSQL.", "$DB['SCHEMA']\t\t\t= '';", "",
              "// Used for TLS connection.", "$DB['ENCRYPTION']\t\t= %s;" % pick(r, "true", "false"),
              "$DB['KEY_FILE']\t\t\t= '';", "$DB['CERT_FILE']\t\t= '';", "$DB['CA_FILE']\t\t\t= '';",
              "$DB['VERIFY_HOST']\t\t= false;", "$DB['CIPHER_LIST']\t\t= '';", "",
              "$DB['DOUBLE_IEEE754']\t= true;", "",
              "$ZBX_SERVER_NAME\t\t= '%s Zabbix';" % c.org.capitalize(), "",
              "$IMAGE_FORMAT_DEFAULT\t= IMAGE_FORMAT_PNG;"))


@P("zbx_psk_file", "zabbix", "psk", gen_psk, "hex", False, q="", var="ZBX_PSK",
   negvals=ZBX_PSK_DOC + ["", "<paste the output of: openssl rand -hex 32>", "CHANGE_ME_PSK"])
def _(c, v):
    r = c.r
    return (pick(r, "etc/zabbix/zabbix_agentd.psk", "roles/zabbix_agent/files/%s.psk" % c.host("web"),
                 "files/zabbix/agent2.psk", "secrets/zabbix_proxy.psk"),
            v + "\n")


@P("zbx_ansible_psk", "zabbix", "psk", gen_psk, "hex", True, q='"', var="ZABBIX_AGENT_TLSPSK_SECRET",
   examples=ZBX_PSK_DOC)
def _(c, v):
    r = c.r
    return (pick(r, "group_vars/zabbix_agents.yml", "inventories/%s/group_vars/all/zabbix.yml" % c.env,
                 "host_vars/%s.yml" % c.host("app")),
            L("---", "# community.zabbix.zabbix_agent role settings",
              "zabbix_agent_version: %s" % pick(r, "6.0", "6.4", "7.0"),
              "zabbix_agent2: %s" % pick(r, "true", "false"),
              "zabbix_agent_server: %s" % c.fqdn("proxy"),
              "zabbix_agent_serveractive: %s" % c.fqdn("proxy"),
              "zabbix_agent_hostname: \"{{ inventory_hostname }}\"",
              "zabbix_agent_tlsconnect: psk", "zabbix_agent_tlsaccept: psk",
              "zabbix_agent_tlspskidentity: \"PSK-{{ inventory_hostname_short }}\"",
              "zabbix_agent_tlspsk_secret: " + v,
              "zabbix_agent_host_state: present",
              "zabbix_agent_link_templates:", "  - Linux by Zabbix agent", "  - Nginx by Zabbix agent",
              "zabbix_agent_host_groups:", "  - Linux servers", "  - %s/%s" % (c.org.capitalize(), c.site)))


@P("zbx_py_api_token", "zabbix", "api_token", gen_zbx_token, "token", False, q='"', var="ZABBIX_API_TOKEN",
   ref='os.environ["ZABBIX_API_TOKEN"]')
def _(c, v):
    r = c.r
    return (pick(r, "scripts/zbx_maintenance.py", "tools/zabbix/sync_hosts.py", "ops/zbx_export_templates.py"),
            L("#!/usr/bin/env python3", '"""Put hosts of a host group into maintenance before patching."""',
              "import os", "import sys", "import time", "", "from zabbix_utils import ZabbixAPI", "",
              'ZABBIX_URL = "https://%s/zabbix"' % c.fqdn("zbx"),
              'GROUP = "%s"' % pick(r, "Linux servers", "Patch window A", "Databases"), "", "",
              "def main():",
              "    api = ZabbixAPI(url=ZABBIX_URL)",
              "    api.login(token=" + v + ")",
              '    groups = api.hostgroup.get(filter={"name": [GROUP]}, output=["groupid"])',
              "    if not groups:",
              '        sys.exit("host group %s not found" % GROUP)',
              "    now = int(time.time())",
              "    api.maintenance.create(",
              '        name="patching-%d" % now,',
              '        active_since=now, active_till=now + %d,' % r.choice([3600, 7200, 14400]),
              '        groups=[{"groupid": groups[0]["groupid"]}],',
              '        timeperiods=[{"period": %d}],' % r.choice([3600, 7200]),
              "    )", "    api.logout()", "", "",
              'if __name__ == "__main__":', "    main()"))


@P("zbx_curl_bearer", "zabbix", "api_token", gen_zbx_token, "token", False, q="", var="ZABBIX_API_TOKEN")
def _(c, v):
    r = c.r
    return (pick(r, "scripts/zbx-problems.sh", "bin/zabbix-ack.sh", "ops/check_zbx_api.sh"),
            L("#!/usr/bin/env bash", "# List current problems for the on-call summary", "set -euo pipefail", "",
              'ZBX_URL="https://%s/api_jsonrpc.php"' % c.fqdn("zbx"), "",
              'curl -sS --fail -X POST "$ZBX_URL" \\',
              "  -H 'Content-Type: application/json-rpc' \\",
              "  -H 'Authorization: Bearer " + v + "' \\",
              "  --data '{\"jsonrpc\":\"2.0\",\"method\":\"problem.get\",\"params\":{\"output\":\"extend\",\"recent\":true,\"severities\":[%d,%d,5]},\"id\":1}' \\" % (r.randint(2, 3), 4),
              "  | jq -r '.result[] | [.eventid, .severity, .name] | @tsv'"))


@P("zbx_grafana_ds", "zabbix", "api_token", gen_zbx_token, "token", True, q="", var="ZABBIX_API_TOKEN")
def _(c, v):
    r = c.r
    return (pick(r, "grafana/provisioning/datasources/zabbix.yaml", "deploy/grafana/datasources/zabbix.yml"),
            L("apiVersion: 1", "datasources:", "  - name: Zabbix %s" % c.env,
              "    type: alexanderzobnin-zabbix-datasource", "    access: proxy",
              "    url: https://%s/zabbix/api_jsonrpc.php" % c.fqdn("zbx"),
              "    isDefault: %s" % pick(r, "true", "false"), "    jsonData:",
              "      authType: token", "      trends: true", "      trendsFrom: \"7d\"",
              "      trendsRange: \"4d\"", "      cacheTTL: \"1h\"", "    secureJsonData:",
              "      apiToken: " + v, "    version: 1", "    editable: false"))


@P("zbx_compose", "zabbix", "db_password", gen_pw, "password", True, q='"', var="POSTGRES_PASSWORD")
def _(c, v):
    r = c.r
    ver = pick(r, "6.0", "6.4", "7.0")
    return (pick(r, "docker-compose.yml", "zabbix/docker-compose.yaml", "deploy/compose/zabbix.yml"),
            L("services:", "  postgres-server:", "    image: postgres:%s-alpine" % pick(r, "15", "16"),
              "    environment:", "      POSTGRES_USER: zabbix", "      POSTGRES_PASSWORD: " + v,
              "      POSTGRES_DB: zabbix", "    volumes:", "      - pgdata:/var/lib/postgresql/data", "",
              "  zabbix-server:", "    image: zabbix/zabbix-server-pgsql:alpine-%s-latest" % ver,
              "    ports:", "      - \"10051:10051\"", "    environment:",
              "      DB_SERVER_HOST: postgres-server", "      POSTGRES_USER: zabbix",
              "      POSTGRES_PASSWORD_FILE: /run/secrets/POSTGRES_PASSWORD", "      ZBX_CACHESIZE: 256M",
              "    depends_on: [postgres-server]", "",
              "  zabbix-web:", "    image: zabbix/zabbix-web-nginx-pgsql:alpine-%s-latest" % ver,
              "    ports:", "      - \"8080:8080\"", "    environment:",
              "      ZBX_SERVER_HOST: zabbix-server", "      DB_SERVER_HOST: postgres-server",
              "      PHP_TZ: %s" % pick(r, "Europe/Berlin", "UTC", "America/New_York"),
              "    depends_on: [zabbix-server]", "", "volumes:", "  pgdata: {}"))


@P("zbx_helm_values", "zabbix", "db_password", gen_pw, "password", True, q='"', var="ZABBIX_DB_PASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "charts/zabbix/values-%s.yaml" % c.env, "deploy/zabbix/values.yaml"),
            L("# Overrides for the zabbix-community helm chart", "zabbixImageTag: ubuntu-%s" % c.ver(["6.0", "7.0"]),
              "postgresAccess:", "  useUnifiedSecret: false", "  host: %s" % c.fqdn("pg"),
              "  port: \"5432\"", "  user: zabbix", "  database: zabbix", "  password: " + v,
              "zabbixServer:", "  enabled: true", "  replicaCount: 1",
              "  service:", "    type: ClusterIP", "    port: 10051",
              "zabbixWeb:", "  enabled: true", "  service:", "    type: ClusterIP",
              "ingress:", "  enabled: true", "  hosts:", "    - host: zabbix.%s" % c.dom,
              "      paths:", "        - path: /", "          pathType: ImplementationSpecific"))


@P("zbx_terraform", "zabbix", "api_password", gen_pw, "password", True, q='"', var="TF_VAR_zabbix_password")
def _(c, v):
    r = c.r
    return (pick(r, "terraform/zabbix/provider.tf", "infra/monitoring/zabbix.tf"),
            L("terraform {", "  required_providers {", "    zabbix = {",
              "      source  = \"tpretz/zabbix\"", "      version = \"~> 0.%d\"" % r.randint(15, 18),
              "    }", "  }", "}", "", "provider \"zabbix\" {",
              "  username    = \"%s\"" % pick(r, "terraform", "svc_tf_zabbix", "Admin"),
              "  password    = " + v,
              "  url         = \"https://%s/zabbix/api_jsonrpc.php\"" % c.fqdn("zbx"),
              "  tls_insecure = false", "}", "",
              "resource \"zabbix_hostgroup\" \"linux\" {", "  name = \"Linux servers/%s\"" % c.site, "}"))


@P("zbx_macro_community", "zabbix", "snmp_community", gen_community, "community", False, q="'",
   var="SNMP_COMMUNITY")
def _(c, v):
    r = c.r
    h = c.host("sw")
    return (pick(r, "zabbix/hosts/%s.yaml" % h, "exports/zbx_export_hosts.yaml"),
            L("zabbix_export:", "  version: '%s'" % pick(r, "6.0", "6.4", "7.0"), "  host_groups:",
              "    - uuid: %s" % c.uuidhex(), "      name: Network/Switches", "  hosts:",
              "    - host: %s" % h, "      name: %s" % h.upper(), "      templates:",
              "        - name: '%s'" % pick(r, "Cisco IOS by SNMP", "Juniper by SNMP", "Arista by SNMP"),
              "      groups:", "        - name: Network/Switches", "      interfaces:",
              "        - type: SNMP", "          ip: %s" % c.ip(), "          port: '161'",
              "          details:", "            community: '{$SNMP_COMMUNITY}'", "          interface_ref: if1",
              "      macros:", "        - macro: '{$SNMP_COMMUNITY}'", "          value: " + v,
              "        - macro: '{$IF.UTIL.MAX}'", "          value: '%d'" % r.choice([80, 90, 95]),
              "      inventory_mode: AUTOMATIC"))


@P("zbx_sql_grant", "zabbix", "db_password", gen_pw, "password", False, q="'", var="ZBX_DB_PASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "db/init/01-zabbix-users.sql", "sql/zabbix_create_users.sql"),
            L("-- Zabbix database bootstrap", "CREATE DATABASE zabbix CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;",
              "CREATE USER 'zabbix'@'%s' IDENTIFIED BY %s;" % (pick(r, "localhost", "%", "10.%"), v),
              "GRANT ALL PRIVILEGES ON zabbix.* TO 'zabbix'@'%s';" % pick(r, "localhost", "%"),
              "SET GLOBAL log_bin_trust_function_creators = 1;", "FLUSH PRIVILEGES;", "",
              "-- read-only user for reporting is created by the DBA team (ticket OPS-%d)" % r.randint(1000, 9999)))


@P("zbx_agent2_plugin", "zabbix", "db_password", gen_pw, "password", True, q="", var="MYSQL_PASSWORD")
def _(c, v):
    r = c.r
    db = pick(r, "Mysql", "Postgres")
    sess = pick(r, "prod", "main", c.site)
    port = 3306 if db == "Mysql" else 5432
    return (pick(r, "etc/zabbix/zabbix_agent2.d/plugins.d/%s.conf" % db.lower(),
                 "roles/zabbix_agent2/files/%s.conf" % db.lower()),
            L("# Zabbix agent 2 %s plugin - named session" % db,
              "Plugins.%s.System.Path=/usr/sbin/zabbix-agent2-plugin/zabbix-agent2-plugin-%s" % (db, db.lower()) if db == "Postgres" else "# Plugins.Mysql.Timeout=",
              "Plugins.%s.Sessions.%s.Uri=tcp://%s:%d" % (db, sess, c.fqdn("db"), port),
              "Plugins.%s.Sessions.%s.User=%s" % (db, sess, pick(r, "zbx_monitor", "zabbix")),
              "Plugins.%s.Sessions.%s.Password=%s" % (db, sess, v),
              "Plugins.%s.KeepAlive=%d" % (db, r.choice([60, 300]))))


@P("jmx_password_file", "zabbix", "jmx_password", gen_pw, "password", False, q="", var="JMX_PASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "conf/jmxremote.password", "docker/tomcat/jmxremote.password"),
            L("# JMX password file used by the Zabbix Java gateway / JMX checks",
              "# format: <role> <password>; keep mode 0600",
              "# controlRole is intentionally not defined", "%s %s" % (pick(r, "monitorRole", "zabbixjmx"), v)))


@P("zbx_ps1_token", "zabbix", "api_token", gen_zbx_token, "token", True, q='"', var="ZABBIX_API_TOKEN",
   ref="$env:ZABBIX_API_TOKEN")
def _(c, v):
    r = c.r
    return (pick(r, "scripts/Get-ZabbixHosts.ps1", "windows/Register-ZabbixHost.ps1"),
            L("# Query Zabbix hosts for the CMDB sync", "param([string]$Group = 'Windows servers')", "",
              "$ZabbixUrl = 'https://%s/zabbix/api_jsonrpc.php'" % c.fqdn("zbx"),
              "$ZabbixApiToken = " + v, "",
              "$body = @{", "    jsonrpc = '2.0'", "    method  = 'host.get'",
              "    params  = @{ output = @('hostid','host'); selectInterfaces = @('ip') }", "    id = 1",
              "} | ConvertTo-Json -Depth 5", "",
              "$headers = @{ Authorization = \"Bearer $ZabbixApiToken\" }",
              "$resp = Invoke-RestMethod -Uri $ZabbixUrl -Method Post -Body $body -ContentType 'application/json-rpc' -Headers $headers",
              "$resp.result | Select-Object hostid, host | Format-Table"))


# ---------------------------------------------------------------- Nagios / NRPE / NCPA
@P("nagios_resource_cfg", "nagios", "macro_password", gen_pw, "password", False, q="", var="USER5")
def _(c, v):
    r = c.r
    n = r.randint(3, 9)
    return (pick(r, "etc/nagios/resource.cfg", "nagios/etc/resource.cfg", "roles/nagios/files/resource.cfg"),
            L("###########################################################################",
              "#", "# RESOURCE.CFG - Sample Resource File for Nagios", "#",
              "# You can define $USERx$ macros in this file, which can in turn be used",
              "# in command definitions in your host config file(s).",
              "###########################################################################", "",
              "# Sets $USER1$ to be the path to the plugins", "$USER1$=/usr/lib64/nagios/plugins", "",
              "# Sets $USER2$ to be the path to event handlers", "$USER2$=/usr/lib64/nagios/plugins/eventhandlers", "",
              "# database monitoring account (%s)" % pick(r, "check_mysql_health", "check_postgres", "check_mssql"),
              "$USER%d$=%s" % (n - 1, pick(r, "nagios_ro", "monitor", "svc_nagios")),
              "$USER%d$=%s" % (n, v), "",
              "# $USER%d$=/usr/local/nagios/libexec/custom" % (n + 1)))


@P("nagios_check_mysql_cmd", "nagios", "db_password", gen_pw, "password", False, q="'", var="MYSQL_PWD")
def _(c, v):
    r = c.r
    return (pick(r, "etc/nagios/objects/commands.cfg", "nagios/conf.d/commands_db.cfg"),
            L("# 'check-host-alive' command definition", "define command {",
              "    command_name    check-host-alive",
              "    command_line    $USER1$/check_ping -H $HOSTADDRESS$ -w 3000.0,80% -c 5000.0,100% -p 5", "}", "",
              "define command {", "    command_name    check_mysql_replication",
              "    command_line    $USER1$/check_mysql -H $HOSTADDRESS$ -u %s -p %s -S -w %d -c %d" % (
                  pick(r, "nagios", "monitor"), v, r.choice([30, 60]), r.choice([120, 300])), "}", "",
              "define command {", "    command_name    check_http_vhost",
              "    command_line    $USER1$/check_http -H $ARG1$ -I $HOSTADDRESS$ -S --sni -e 200,301", "}"))


@P("nrpe_args_service", "nagios", "db_password", gen_alnum, "password", False, q="", var="ARG2")
def _(c, v):
    r = c.r
    h = c.host("db")
    return (pick(r, "etc/nagios/conf.d/%s.cfg" % h, "nagios/hosts/%s.cfg" % h),
            L("define host {", "    use                 linux-server", "    host_name           %s" % h,
              "    alias               %s.%s" % (h, c.dom), "    address             %s" % c.ip(),
              "    hostgroups          databases,%s" % c.site, "}", "",
              "define service {", "    use                 generic-service", "    host_name           %s" % h,
              "    service_description PostgreSQL connections",
              "    check_command       check_nrpe!check_pg_conn!-a %s %s %d" % (
                  pick(r, "nagios", "monitor"), v, r.choice([80, 150, 300])), "}", "",
              "define service {", "    use                 generic-service", "    host_name           %s" % h,
              "    service_description Disk /var/lib/pgsql", "    check_command       check_nrpe!check_disk_pgdata", "}"))


@P("nrpe_cfg_command", "nagios", "db_password", gen_pw, "password", True, q="", var="PGPASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "etc/nagios/nrpe.cfg", "etc/nrpe.d/databases.cfg", "roles/nrpe/files/nrpe_local.cfg"),
            L("log_facility=daemon", "pid_file=/run/nrpe/nrpe.pid", "server_port=5666",
              "nrpe_user=nrpe", "nrpe_group=nrpe",
              "allowed_hosts=127.0.0.1,::1,%s" % c.ip(), "dont_blame_nrpe=0", "command_timeout=60", "",
              "command[check_users]=/usr/lib64/nagios/plugins/check_users -w 5 -c 10",
              "command[check_load]=/usr/lib64/nagios/plugins/check_load -r -w .15,.10,.05 -c .30,.25,.20",
              "command[check_pg_backends]=/usr/lib64/nagios/plugins/check_postgres.pl --action=backends --dbuser=%s --dbpass=%s --warning=80%% --critical=95%%" % (
                  pick(r, "nagios", "monitor"), v),
              "command[check_zombie_procs]=/usr/lib64/nagios/plugins/check_procs -w 5 -c 10 -s Z"))


@P("nagios_check_snmp_comm", "nagios", "snmp_community", gen_community, "community", False, q="", var="SNMP_COMMUNITY")
def _(c, v):
    r = c.r
    return (pick(r, "etc/nagios/objects/switch.cfg", "nagios/conf.d/network_commands.cfg"),
            L("define command {", "    command_name    check_snmp_uptime",
              "    command_line    $USER1$/check_snmp -H $HOSTADDRESS$ -P 2c -C %s -o sysUpTime.0" % v, "}", "",
              "define command {", "    command_name    check_snmp_ifstatus",
              "    command_line    $USER1$/check_snmp -H $HOSTADDRESS$ -P 2c -C %s -o ifOperStatus.$ARG1$ -r 1 -m RFC1213-MIB" % v, "}", "",
              "define service {", "    use                     generic-service",
              "    hostgroup_name          switches", "    service_description     Uptime",
              "    check_command           check_snmp_uptime", "    normal_check_interval   5", "}"))


@P("nagios_check_snmp_v3", "nagios", "snmpv3_passphrase", gen_snmpv3, "password", False, q="'", var="SNMP_AUTHPASS")
def _(c, v):
    r = c.r
    return (pick(r, "etc/nagios/objects/snmpv3.cfg", "nagios/commands/snmp_v3.cfg"),
            L("# SNMPv3 (authNoPriv) checks for core routers", "define command {",
              "    command_name    check_snmpv3_cpu",
              "    command_line    $USER1$/check_snmp -H $HOSTADDRESS$ -P 3 -L authNoPriv -U %s -a %s -A %s -o %s -w 80 -c 90" % (
                  pick(r, "nagiosv3", "monitor", "nms"), pick(r, "SHA", "SHA256", "MD5"), v,
                  pick(r, ".1.3.6.1.4.1.9.9.109.1.1.1.1.8.1", ".1.3.6.1.4.1.2021.11.9.0")), "}", "",
              "define host {", "    use         generic-switch", "    host_name   %s" % c.host("rtr"),
              "    address     %s" % c.ip(), "}"))


@P("ncpa_cfg", "nagios", "api_token", gen_alnum, "password", False, q="", var="NCPA_TOKEN")
def _(c, v):
    r = c.r
    return (pick(r, "etc/ncpa/ncpa.cfg", "windows/ncpa/etc/ncpa.cfg", "roles/ncpa/files/ncpa.cfg"),
            L("#", "# NCPA Configuration File", "#", "", "[general]", "check_logging = 1",
              "check_logging_time = 30", "all_partitions = 1", "", "[listener]", "uid = nagios", "gid = nagios",
              "ip = ::", "port = 5693", "ssl_version = TLSv1_2", "certificate = adhoc",
              "loglevel = info", "logfile = var/log/ncpa_listener.log", "", "[api]",
              "community_string = " + v, "", "[passive]", "handlers = None", "sleep = 300"))


@P("perl_net_snmp", "nagios", "snmp_community", gen_community, "community", False, q="'", var="SNMP_COMMUNITY",
   ref="$ENV{SNMP_COMMUNITY}")
def _(c, v):
    r = c.r
    return (pick(r, "plugins/check_ups_battery.pl", "libexec/check_pdu_load.pl"),
            L("#!/usr/bin/perl", "use strict;", "use warnings;", "use Net::SNMP;", "use Getopt::Long;", "",
              "my $host = '%s';" % c.ip(), "my $oid  = '%s';" % pick(r, ".1.3.6.1.2.1.33.1.2.4.0", ".1.3.6.1.4.1.318.1.1.12.2.3.1.1.2.1"),
              "GetOptions('host=s' => \\$host);", "",
              "my ($session, $error) = Net::SNMP->session(", "    -hostname  => $host,",
              "    -version   => 'snmpv2c',", "    -community => " + v + ",", "    -timeout   => 5,", ");",
              "die \"UNKNOWN - $error\\n\" unless $session;", "",
              "my $res = $session->get_request(-varbindlist => [$oid]);",
              "printf(\"OK - value %s\\n\", $res->{$oid});", "$session->close();", "exit 0;"))


# ---------------------------------------------------------------- Icinga 2
@P("icinga_api_users", "icinga", "api_password", gen_icinga_pw, "password", True, q='"', var="ICINGA_API_PASSWORD")
def _(c, v):
    r = c.r
    u = pick(r, "root", "director", "icingaweb2", "dashing", "ansible")
    return (pick(r, "etc/icinga2/conf.d/api-users.conf", "icinga2/conf.d/api-users.conf", "roles/icinga2/files/api-users.conf"),
            L("/**", " * The ApiUser objects are used for authentication against the API.", " */",
              "object ApiUser \"%s\" {" % u, "  password = " + v,
              "  // client_cn = \"\"", "",
              "  permissions = [ %s ]" % pick(r, "\"*\"", "\"status/query\", \"objects/query/*\"",
                                                 "\"objects/query/Host\", \"objects/query/Service\", \"actions/*\""),
              "}"))


@P("icinga_ticket_salt", "icinga", "ticket_salt", gen_hex32, "hex", False, q='"', var="ICINGA_TICKET_SALT")
def _(c, v):
    r = c.r
    return (pick(r, "etc/icinga2/constants.conf", "icinga2/constants.conf"),
            L("/**", " * This file defines global constants which can be used in", " * the other configuration files.",
              " */", "", "/* The directory which contains the plugins from the Monitoring Plugins project. */",
              "const PluginDir = \"/usr/lib/nagios/plugins\"", "",
              "/* The directory which contains the Manubulon plugins. */",
              "const ManubulonPluginDir = \"/usr/lib/nagios/plugins\"", "",
              "/* Our local instance name. By default this is the server's hostname as returned by `hostname --fqdn`. */",
              "const NodeName = \"%s\"" % c.fqdn("mon"), "",
              "/* Our local zone name. */", "const ZoneName = \"%s\"" % pick(r, "master", c.site), "",
              "/* Secret key for remote node tickets */", "const TicketSalt = " + v))


@P("icinga_ido_mysql", "icinga", "db_password", gen_pw, "password", True, q='"', var="IDO_PASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "etc/icinga2/features-available/ido-mysql.conf", "icinga2/features-enabled/ido-mysql.conf"),
            L("/**", " * The db_ido_mysql library implements IDO functionality", " * for MySQL.", " */", "",
              "library \"db_ido_mysql\"", "", "object IdoMysqlConnection \"ido-mysql\" {",
              "  user = \"icinga2\"", "  password = " + v, "  host = \"%s\"" % c.fqdn("mysql"),
              "  database = \"icinga2\"", "  cleanup = {", "    downtimehistory_age = 48h",
              "    contactnotifications_age = 31d", "  }", "}"))


@P("icingaweb_resources_ini", "icinga", "db_password", gen_pw, "password", True, q='"', var="ICINGAWEB_DB_PASSWORD")
def _(c, v):
    r = c.r
    name = pick(r, "icingaweb_db", "director_db", "icingadb")
    return (pick(r, "etc/icingaweb2/resources.ini", "icingaweb2/resources.ini"),
            L("[%s]" % name, "type = \"db\"", "db = \"%s\"" % pick(r, "mysql", "pgsql"),
              "host = \"%s\"" % c.fqdn("db"), "port = \"\"", "dbname = \"%s\"" % name.replace("_db", ""),
              "username = \"%s\"" % name.replace("_db", ""), "password = " + v, "charset = \"utf8\"",
              "use_ssl = \"0\"", "", "[icinga_ldap]", "type = \"ldap\"", "hostname = \"%s\"" % c.fqdn("dc"),
              "port = \"389\"", "encryption = \"starttls\"", "root_dn = \"dc=%s,dc=%s\"" % (c.org, "com"),
              "bind_dn = \"\"", "bind_pw = \"\""))


@P("icinga_director_kickstart", "icinga", "api_password", gen_pw, "password", True, q='"', var="DIRECTOR_API_PASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "etc/icingaweb2/modules/director/kickstart.ini", "icingaweb2/modules/director/kickstart.ini"),
            L("[config]", "endpoint = \"%s\"" % c.fqdn("mon"), "host = \"127.0.0.1\"", "port = \"5665\"",
              "username = \"director\"", "password = " + v))


@P("icinga_py_client", "icinga", "api_password", gen_pw, "password", False, q="'", var="ICINGA_API_PASSWORD",
   ref="os.environ['ICINGA_API_PASSWORD']")
def _(c, v):
    r = c.r
    return (pick(r, "tools/icinga_downtime.py", "scripts/schedule_downtime.py"),
            L("#!/usr/bin/env python3", "import datetime", "", "from icinga2apic.client import Client", "",
              "client = Client('https://%s:5665', '%s', %s)" % (c.fqdn("mon"), pick(r, "root", "downtime-bot"), v), "",
              "start = datetime.datetime.now()", "end = start + datetime.timedelta(hours=%d)" % r.choice([1, 2, 4]),
              "client.actions.schedule_downtime(", "    object_type='Host',",
              "    filters='match(\"%s*\", host.name)'," % c.host("web")[:6],
              "    author='patchbot', comment='monthly patching',",
              "    start_time=start.timestamp(), end_time=end.timestamp(), duration=3600)"))


@P("icinga_ansible_vars", "icinga", "db_password", gen_pw, "password", True, q="'", var="ICINGADB_PASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "group_vars/icinga_masters.yml", "inventories/%s/group_vars/icinga.yml" % c.env),
            L("---", "icinga2_features:", "  - name: api", "    ca_host: none", "  - name: icingadb",
              "    host: %s" % c.fqdn("redis"), "  - name: notification", "",
              "icingadb_database_type: %s" % pick(r, "mysql", "pgsql"),
              "icingadb_database_host: %s" % c.fqdn("db"), "icingadb_database_user: icingadb",
              "icingadb_database_password: " + v, "icingadb_redis_host: 127.0.0.1"))


# ---------------------------------------------------------------- Checkmk
@P("cmk_ansible_automation", "checkmk", "automation_secret", gen_cmk_secret, "token", True, q='"',
   var="CHECKMK_AUTOMATION_SECRET")
def _(c, v):
    r = c.r
    return (pick(r, "playbooks/checkmk_hosts.yml", "ansible/checkmk/create_hosts.yml"),
            L("---", "- name: Register hosts in Checkmk", "  hosts: localhost", "  gather_facts: false",
              "  vars:", "    server_url: \"https://%s/\"" % c.fqdn("mon"), "    site: \"%s\"" % pick(r, "mysite", "cmk", c.site),
              "  tasks:", "    - name: Create host", "      checkmk.general.host:",
              "        server_url: \"{{ server_url }}\"", "        site: \"{{ site }}\"",
              "        automation_user: \"automation\"", "        automation_secret: " + v,
              "        name: \"{{ item }}\"", "        folder: \"/%s\"" % c.site,
              "        attributes:", "          tag_agent: cmk-agent", "        state: present",
              "      loop: \"{{ groups['linux'] }}\""))


@P("cmk_agent_register_sh", "checkmk", "registration_password", gen_pw, "password", False, q="'",
   var="CMK_REG_PASSWORD", examples=["PTEGDYXBFXVGNDPRL"])
def _(c, v):
    r = c.r
    return (pick(r, "scripts/cmk-register.sh", "bootstrap/register_checkmk_agent.sh"),
            L("#!/bin/sh", "# Register the Checkmk agent for TLS (run as root after package install)", "set -e", "",
              "dpkg -i /tmp/check-mk-agent_%s-1_all.deb" % c.ver(["2.2.0p", "2.3.0p"]), "",
              "cmk-agent-ctl register \\", "  --hostname \"$(hostname -s)\" \\",
              "  --server %s \\" % c.fqdn("mon"), "  --site %s \\" % pick(r, "mysite", "cmk"),
              "  --user agent_registration \\", "  --password " + v + " \\", "  --trust-cert", "",
              "cmk-agent-ctl status"))


@P("cmk_rest_bearer", "checkmk", "automation_secret", gen_cmk_secret, "token", False, q="", var="CMK_SECRET")
def _(c, v):
    r = c.r
    return (pick(r, "tools/cmk_activate.py", "scripts/checkmk_activate_changes.py"),
            L("import requests", "",
              "API_URL = \"https://%s/%s/check_mk/api/1.0\"" % (c.fqdn("mon"), pick(r, "mysite", "cmk")), "",
              "session = requests.session()",
              "session.headers['Authorization'] = \"Bearer automation " + v + "\"",
              "session.headers['Accept'] = 'application/json'", "",
              "resp = session.post(", "    f\"{API_URL}/domain-types/activation_run/actions/activate-changes/invoke\",",
              "    headers={\"If-Match\": \"*\", \"Content-Type\": \"application/json\"},",
              "    json={\"redirect\": False, \"sites\": [\"%s\"], \"force_foreign_changes\": False}," % pick(r, "mysite", "cmk"),
              ")", "resp.raise_for_status()", "print(resp.json()['id'])"))


@P("cmk_agent_role_vars", "checkmk", "automation_secret", gen_cmk_secret, "token", True, q='"', var="CHECKMK_AGENT_SECRET")
def _(c, v):
    r = c.r
    return (pick(r, "group_vars/all/checkmk.yml", "inventories/%s/group_vars/checkmk_agent.yml" % c.env),
            L("---", "checkmk_agent_version: \"%s\"" % c.ver(["2.2.0p", "2.3.0p"]),
              "checkmk_agent_edition: %s" % pick(r, "cre", "cee"), "checkmk_agent_server_protocol: https",
              "checkmk_agent_server: %s" % c.fqdn("mon"), "checkmk_agent_site: %s" % pick(r, "mysite", "cmk"),
              "checkmk_agent_auto_activate: true", "checkmk_agent_tls: true", "checkmk_agent_update: true",
              "checkmk_agent_user: automation", "checkmk_agent_secret: " + v,
              "checkmk_agent_host_name: \"{{ inventory_hostname }}\"", "checkmk_agent_folder: \"/%s\"" % c.site))


@P("cmk_password_store", "checkmk", "stored_password", gen_pw, "password", False, q="'", var="CMK_STORED_PASSWORD")
def _(c, v):
    r = c.r
    ident = pick(r, "vcenter_ro", "netapp_monitor", "ipmi_bmc", "mssql_monitor")
    return (pick(r, "etc/check_mk/conf.d/wato/passwords.mk", "site/etc/check_mk/multisite.d/wato/passwords.mk"),
            L("# Written by WATO", "# encoding: utf-8", "", "stored_passwords.update({",
              "    '%s': {" % ident, "        'title': '%s'," % ident.replace("_", " ").title(),
              "        'comment': 'owner: %s'," % c.person(), "        'docu_url': '',",
              "        'password': " + v + ",", "        'owned_by': None,", "        'shared_with': [],", "    },", "})"))


@P("cmk_win_agent_yml", "checkmk", "agent_passphrase", gen_pw, "password", False, q='"', var="CMK_AGENT_PASSPHRASE")
def _(c, v):
    r = c.r
    return (pick(r, "windows/checkmk/check_mk.user.yml", "ProgramData/checkmk/agent/check_mk.user.yml"),
            L("# Checkmk Windows agent user configuration", "global:", "  enabled: yes",
              "  port: 6556", "  only_from: %s 127.0.0.1" % c.ip(), "  encrypted: yes",
              "  passphrase: " + v, "  sections:", "    - check_mk mem df ps services uptime", "",
              "logwatch:", "  enabled: yes"))


# ---------------------------------------------------------------- PRTG
@P("prtg_ps1_passhash", "prtg", "passhash", gen_passhash, "passhash", False, q="", var="PRTG_PASSHASH")
def _(c, v):
    r = c.r
    return (pick(r, "sensors/Get-BackupAge.ps1", "prtg/EXEXML/Check-QueueDepth.ps1"),
            L("# PRTG EXE/Script Advanced sensor - reports sensor states to a dashboard", "param(",
              "    [string]$PrtgServer = '%s'" % c.fqdn("prtg"), ")", "",
              "$uri = \"https://$PrtgServer/api/table.json?content=sensors&columns=objid,device,sensor,status&filter_status=5&username=%s&passhash=%s\"" % (
                  pick(r, "prtgapi", "svc_prtg"), v),
              "$data = Invoke-RestMethod -Uri $uri -Method Get", "",
              "$count = @($data.sensors).Count",
              "Write-Output \"<prtg><result><channel>Down sensors</channel><value>$count</value></result></prtg>\""))


@P("prtg_json_passhash", "prtg", "passhash", gen_passhash, "passhash", True, q='"', var="PRTG_PASSHASH")
def _(c, v):
    r = c.r
    return (pick(r, "Custom Sensors/prtgapi.json", "config/prtgapi.json"),
            L("{", "  \"server\": \"%s\"," % c.fqdn("prtg"), "  \"ssl\": true,", "  \"port\": 443,",
              "  \"username\": \"%s\"," % pick(r, "prtgadmin", "api_reader"), "  \"passhash\": " + v, "}"))


@P("prtg_py_apitoken", "prtg", "api_key", gen_prtg_key, "token", True, q='"', var="PRTG_API_KEY",
   ref='os.getenv("PRTG_API_KEY")')
def _(c, v):
    r = c.r
    return (pick(r, "prtg/export_sensors.py", "tools/prtg_inventory.py"),
            L("import csv", "import sys", "", "import requests", "",
              "PRTG = \"https://%s\"" % c.fqdn("prtg"), "PRTG_API_KEY = " + v, "", "",
              "def sensors():", "    resp = requests.get(", "        PRTG + \"/api/table.json\",",
              "        params={\"content\": \"sensors\", \"columns\": \"objid,device,sensor,status\",",
              "                \"count\": %d, \"apitoken\": PRTG_API_KEY}," % r.choice([500, 2500, 10000]),
              "        timeout=30,", "    )", "    resp.raise_for_status()", "    return resp.json()[\"sensors\"]", "", "",
              "w = csv.writer(sys.stdout)", "for s in sensors():", "    w.writerow([s[\"objid\"], s[\"device\"], s[\"sensor\"], s[\"status\"]])"))


@P("prtg_curl_apitoken", "prtg", "api_key", gen_prtg_key, "token", False, q="", var="PRTG_API_KEY")
def _(c, v):
    r = c.r
    return (pick(r, "scripts/prtg-pause.sh", "bin/prtg_pause_group.sh"),
            L("#!/bin/bash", "# Pause a PRTG group during the maintenance window", "GROUP_ID=${1:?group id}",
              "MINUTES=${2:-60}", "",
              "curl -s \"https://%s/api/pauseobjectfor.htm?id=${GROUP_ID}&pausemsg=maintenance&duration=${MINUTES}&apitoken=%s\"" % (c.fqdn("prtg"), v),
              "echo"))


# ---------------------------------------------------------------- LibreNMS / Observium / Cacti
@P("librenms_config_php", "librenms", "db_password", gen_pw, "password", True, q="'", var="DB_PASSWORD",
   examples=["D42nf23rewD"], ref="getenv('DB_PASSWORD')")
def _(c, v):
    r = c.r
    return (pick(r, "opt/librenms/config.php", "librenms/config.php"),
            L("<?php", "## Have a look in misc/config_definitions.json for examples of settings you can set here.", "",
              "### Database config", "$config['db_host'] = '%s';" % pick(r, "localhost", c.fqdn("db")),
              "$config['db_port'] = '3306';", "$config['db_user'] = 'librenms';",
              "$config['db_pass'] = " + v + ";", "$config['db_name'] = 'librenms';", "$config['db_socket'] = '';", "",
              "// This is the user LibreNMS will run as", "$config['user'] = 'librenms';", "",
              "$config['rrdcached'] = \"unix:/run/rrdcached.sock\";", "$config['fping'] = '/usr/bin/fping';",
              "$config['snmp']['community'] = array(\"public\");" if r.random() < 0.5 else "// default community is set via lnms config:set",
              "$config['auth_mechanism'] = \"mysql\";", "$config['update'] = 0;"))


@P("librenms_env", "librenms", "db_password", gen_pw, "password", True, q="", var="DB_PASSWORD", envfile=True)
def _(c, v):
    r = c.r
    return (pick(r, "opt/librenms/.env", "librenms/.env"),
            L("APP_KEY=", "DB_HOST=%s" % pick(r, "localhost", c.fqdn("db")), "DB_DATABASE=librenms",
              "DB_USERNAME=librenms", "DB_PASSWORD=" + v, "", "#APP_URL=", "NODE_ID=%s" % hexs(r, 13),
              "LIBRENMS_USER=librenms"))


@P("librenms_snmpv3_php", "librenms", "snmpv3_passphrase", gen_snmpv3, "password", True, q="'", var="SNMP_AUTHPASS")
def _(c, v):
    r = c.r
    return (pick(r, "opt/librenms/config.php", "librenms/conf.d/snmp.php"),
            L("<?php", "// SNMPv3 credentials tried during discovery (authNoPriv)",
              "$config['snmp']['version'] = ['v3', 'v2c'];",
              "$config['snmp']['v3'][0]['authlevel'] = 'authNoPriv';",
              "$config['snmp']['v3'][0]['authname'] = '%s';" % pick(r, "librenms", "nmsv3", "monitor"),
              "$config['snmp']['v3'][0]['authpass'] = " + v + ";",
              "$config['snmp']['v3'][0]['authalgo'] = '%s';" % pick(r, "SHA", "SHA-256", "MD5"),
              "$config['snmp']['v3'][0]['cryptolevel'] = '';", "$config['snmp']['timeout'] = %d;" % r.choice([1, 2, 5]),
              "$config['snmp']['retries'] = %d;" % r.choice([2, 3])))


@P("librenms_api_token", "librenms", "api_token", gen_hex32, "token", False, q="", var="LIBRENMS_TOKEN")
def _(c, v):
    r = c.r
    return (pick(r, "scripts/librenms-add-device.sh", "bin/nms_add.sh"),
            L("#!/usr/bin/env bash", "# usage: librenms-add-device.sh <hostname>", "set -eu", "",
              "HOST=\"$1\"", "",
              "curl -sS -X POST \\", "  -H 'X-Auth-Token: " + v + "' \\",
              "  -d \"{\\\"hostname\\\":\\\"${HOST}\\\",\\\"version\\\":\\\"v2c\\\",\\\"community\\\":\\\"public\\\"}\" \\",
              "  https://%s/api/v0/devices" % c.fqdn("nms")))


@P("observium_config_php", "observium", "db_password", gen_pw, "password", True, q="'", var="OBSERVIUM_DB_PASS")
def _(c, v):
    r = c.r
    return (pick(r, "opt/observium/config.php", "observium/config.php"),
            L("<?php", "", "## Check http://www.observium.org/docs/config_options/ for documentation of possible settings", "",
              "// Database config ---  This MUST be configured", "$config['db_extension'] = 'mysqli';",
              "$config['db_host']      = 'localhost';", "$config['db_user']      = 'observium';",
              "$config['db_pass']      = " + v + ";", "$config['db_name']      = 'observium';", "",
              "// Base directory", "#$config['install_dir'] = \"/opt/observium\";", "",
              "// Default community list to use when adding/discovering",
              "$config['snmp']['community'] = array(\"public\");", "",
              "// Authentication Model", "$config['auth_mechanism'] = \"mysql\";", "",
              "$config['email']['default'] = \"noc@%s\";" % c.dom))


@P("observium_community_php", "observium", "snmp_community", gen_community, "community", False, q='"',
   var="SNMP_COMMUNITY", examples=["public"])
def _(c, v):
    r = c.r
    return (pick(r, "observium/config.d/snmp.php", "opt/observium/config.php"),
            L("<?php", "", "// Communities tried in order when adding devices",
              "$config['snmp']['community'] = array(" + v + ");",
              "$config['snmp']['timeout'] = %d;" % r.choice([1, 3]), "$config['snmp']['retries'] = 3;",
              "$config['snmp']['max-rep'] = %s;" % pick(r, "TRUE", "FALSE"),
              "$config['autodiscovery']['xdp'] = TRUE;",
              "$config['discovery_modules']['arp-table'] = 0;"))


@P("cacti_config_php", "cacti", "db_password", gen_pw, "password", True, q="'", var="CACTI_DB_PASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "cacti/include/config.php", "var/www/html/cacti/include/config.php"),
            L("<?php", "/*", " * Make sure these values reflect your actual database/host/user/password", " */", "",
              "$database_type     = 'mysql';", "$database_default  = 'cacti';",
              "$database_hostname = '%s';" % pick(r, "localhost", c.fqdn("db")),
              "$database_username = 'cactiuser';", "$database_password = " + v + ";",
              "$database_port     = '3306';", "$database_retries  = 5;", "$database_ssl      = false;", "",
              "$poller_id = 1;", "$url_path = '/cacti/';", "$cacti_session_name = 'Cacti';",
              "$cacti_db_session = false;"))


@P("cacti_spine_conf", "cacti", "db_password", gen_pw, "password", True, q="", var="DB_PASS")
def _(c, v):
    r = c.r
    return (pick(r, "etc/spine.conf", "cacti/spine.conf"),
            L("# +-------------------------------------------------------------------------+",
              "# | Copyright (C) 2004-2024 The Cacti Group                                 |",
              "# +-------------------------------------------------------------------------+", "",
              "DB_Host       %s" % pick(r, "localhost", c.fqdn("db")), "DB_Database   cacti", "DB_User       cactiuser",
              "DB_Pass       " + v, "DB_Port       3306", "#DB_UseSSL    0", "#RDB_Host     localhost",
              "Cacti_Log     /var/www/html/cacti/log/cacti.log"))


# ---------------------------------------------------------------- Prometheus exporters
@P("mysqld_exporter_mycnf", "prometheus", "db_password", gen_pw, "password", True, q="", var="MYSQLD_EXPORTER_PASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "etc/mysqld_exporter/.my.cnf", "roles/mysqld_exporter/files/.my.cnf", "exporters/mysql/.my.cnf"),
            L("# credentials for prometheus mysqld_exporter (GRANT PROCESS, REPLICATION CLIENT, SELECT)",
              "[client]", "user=%s" % pick(r, "exporter", "mysqld_exporter", "prom"), "password=" + v,
              "host=%s" % pick(r, "127.0.0.1", "localhost"), "port=3306"))


@P("postgres_exporter_unit", "prometheus", "db_password", gen_urlpw, "password", False, q="", var="PG_EXPORTER_PASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "etc/systemd/system/postgres_exporter.service", "roles/postgres_exporter/files/postgres_exporter.service"),
            L("[Unit]", "Description=Prometheus PostgreSQL Exporter", "After=network-online.target", "",
              "[Service]", "Type=simple", "User=postgres_exporter", "Group=postgres_exporter",
              "Environment=\"DATA_SOURCE_NAME=postgresql://%s:%s@%s:5432/postgres?sslmode=%s\"" % (
                  pick(r, "postgres_exporter", "prom"), v, pick(r, "localhost", c.fqdn("pg")), pick(r, "disable", "require")),
              "ExecStart=/usr/local/bin/postgres_exporter --web.listen-address=:9187 --collector.stat_statements",
              "Restart=on-failure", "", "[Install]", "WantedBy=multi-user.target"))


@P("prom_scrape_basic_auth", "prometheus", "basic_auth_password", gen_pw, "password", True, q="'", var="SCRAPE_PASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "prometheus/prometheus.yml", "deploy/prometheus/prometheus.yml", "etc/prometheus/prometheus.yml"),
            L("global:", "  scrape_interval: %ds" % r.choice([15, 30, 60]), "  evaluation_interval: 30s", "",
              "rule_files:", "  - /etc/prometheus/rules/*.yml", "", "scrape_configs:",
              "  - job_name: node", "    static_configs:", "      - targets: ['%s:9100', '%s:9100']" % (c.host("web"), c.host("db")), "",
              "  - job_name: %s" % pick(r, "federate-edge", "haproxy", "rabbitmq"), "    scheme: https",
              "    metrics_path: /metrics", "    basic_auth:", "      username: %s" % pick(r, "prometheus", "scraper"),
              "      password: " + v, "    static_configs:", "      - targets: ['%s:443']" % c.fqdn("edge")))


@P("snmp_exporter_v3", "prometheus", "snmpv3_passphrase", gen_snmpv3, "password", True, q='"', var="SNMP_V3_PASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "snmp_exporter/generator.yml", "prometheus/snmp/generator.yml"),
            L("---", "auths:", "  public_v2:", "    version: 2", "    community: public",
              "  core_v3:", "    version: 3", "    username: %s" % pick(r, "prometheus", "snmpmon", "nms"),
              "    security_level: authNoPriv", "    password: " + v,
              "    auth_protocol: %s" % pick(r, "SHA", "SHA256", "MD5"), "",
              "modules:", "  if_mib:", "    walk: [sysUpTime, interfaces, ifXTable]", "    lookups:",
              "      - source_indexes: [ifIndex]", "        lookup: ifAlias", "      - source_indexes: [ifIndex]",
              "        lookup: ifDescr", "    overrides:", "      ifType:", "        type: EnumAsInfo"))


@P("snmp_exporter_community", "prometheus", "snmp_community", gen_community, "community", False, q="",
   var="SNMP_COMMUNITY", examples=["public", "SomeCommunityString"])
def _(c, v):
    r = c.r
    return (pick(r, "snmp_exporter/snmp.yml", "prometheus/snmp.yml"),
            L("# WARNING: This file was auto-generated using snmp_exporter generator, manual changes will be lost.",
              "auths:", "  %s:" % pick(r, "netgear_v2", "ups_v2", "pdus"), "    community: " + v,
              "    security_level: noAuthNoPriv", "    auth_protocol: MD5", "    priv_protocol: DES", "    version: 2",
              "modules:", "  system:", "    get:", "    - 1.3.6.1.2.1.1.3.0", "    metrics:",
              "    - name: sysUpTime", "      oid: 1.3.6.1.2.1.1.3", "      type: gauge",
              "      help: The time (in hundredths of a second) since the network management portion of the system was last re-initialized. - 1.3.6.1.2.1.1.3"))


@P("compose_postgres_exporter", "prometheus", "db_password", gen_urlpw, "password", False, q="", var="PG_PASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "monitoring/docker-compose.yml", "compose/exporters.yml"),
            L("services:", "  postgres-exporter:", "    image: quay.io/prometheuscommunity/postgres-exporter:v0.%d.0" % r.randint(12, 16),
              "    restart: unless-stopped", "    ports:", "      - \"9187:9187\"", "    environment:",
              "      DATA_SOURCE_NAME: \"postgresql://%s:%s@%s:5432/%s?sslmode=disable\"" % (
                  pick(r, "exporter", "monitoring"), v, c.host("pg"), pick(r, "postgres", "app")),
              "  node-exporter:", "    image: quay.io/prometheus/node-exporter:latest", "    pid: host",
              "    volumes:", "      - /:/host:ro,rslave", "    command: ['--path.rootfs=/host']"))


@P("helm_mysql_exporter", "prometheus", "db_password", gen_pw, "password", True, q='"', var="MYSQL_EXPORTER_PASS")
def _(c, v):
    r = c.r
    return (pick(r, "charts/prometheus-mysql-exporter/values-%s.yaml" % c.env, "deploy/mysql-exporter/values.yaml"),
            L("serviceMonitor:", "  enabled: true", "  interval: 30s", "mysql:", "  db: \"\"",
              "  host: \"%s\"" % c.fqdn("mysql"), "  param: \"\"", "  pass: " + v, "  port: 3306",
              "  protocol: \"\"", "  user: \"exporter\"", "  existingSecret: false",
              "resources:", "  limits:", "    memory: 128Mi"))


@P("blackbox_basic_auth", "prometheus", "basic_auth_password", gen_pw, "password", True, q='"', var="PROBE_PASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "blackbox/blackbox.yml", "prometheus/blackbox_exporter.yml"),
            L("modules:", "  http_2xx:", "    prober: http", "    timeout: 5s", "  http_admin_auth:",
              "    prober: http", "    http:", "      preferred_ip_protocol: ip4", "      valid_status_codes: [200]",
              "      basic_auth:", "        username: %s" % pick(r, "probe", "blackbox"), "        password: " + v,
              "  icmp:", "    prober: icmp", "  tcp_connect:", "    prober: tcp"))


@P("k8s_exporter_secret", "prometheus", "db_password", gen_pw, "password", True, q='"', var="DATA_SOURCE_PASS")
def _(c, v):
    r = c.r
    return (pick(r, "k8s/monitoring/postgres-exporter-secret.yaml", "manifests/exporters/pg-secret.yaml"),
            L("apiVersion: v1", "kind: Secret", "metadata:", "  name: postgres-exporter",
              "  namespace: %s" % pick(r, "monitoring", "observability"), "  labels:",
              "    app.kubernetes.io/name: postgres-exporter", "type: Opaque", "stringData:",
              "  DATA_SOURCE_URI: \"%s:5432/postgres?sslmode=disable\"" % c.fqdn("pg"),
              "  DATA_SOURCE_USER: \"postgres_exporter\"", "  DATA_SOURCE_PASS: " + v))


# ---------------------------------------------------------------- Telegraf / InfluxDB
def _telegraf_head(c):
    r = c.r
    return ["# Telegraf Configuration", "[global_tags]", "  dc = \"%s\"" % c.site, "  env = \"%s\"" % c.env, "",
            "[agent]", "  interval = \"%ds\"" % r.choice([10, 30, 60]), "  round_interval = true",
            "  metric_batch_size = 1000", "  metric_buffer_limit = 10000", "  flush_interval = \"10s\"",
            "  hostname = \"\"", "  omit_hostname = false", ""]


@P("telegraf_influx_v2", "influxdb", "api_token", gen_influx_token, "token", True, q='"', var="INFLUX_TOKEN")
def _(c, v):
    r = c.r
    return (pick(r, "etc/telegraf/telegraf.conf", "telegraf/telegraf.d/outputs.conf"),
            L(*(_telegraf_head(c) + [
                "[[outputs.influxdb_v2]]", "  urls = [\"https://%s:8086\"]" % c.fqdn("influx"),
                "  token = " + v, "  organization = \"%s\"" % c.org, "  bucket = \"%s\"" % pick(r, "telegraf", "infra", "metrics"), "",
                "[[inputs.cpu]]", "  percpu = true", "  totalcpu = true", "[[inputs.mem]]", "[[inputs.disk]]",
                "  ignore_fs = [\"tmpfs\", \"devtmpfs\", \"overlay\"]"])))


@P("telegraf_datadog", "datadog", "api_key", gen_dd_api, "token", True, q='"', var="DD_API_KEY",
   examples=["my-secret-key"])
def _(c, v):
    r = c.r
    return (pick(r, "etc/telegraf/telegraf.d/datadog.conf", "telegraf/outputs/datadog.conf"),
            L("# Configuration for DataDog API to send metrics to.", "[[outputs.datadog]]",
              "  ## Datadog API key", "  apikey = " + v, "", "  ## Connection timeout.", "  timeout = \"5s\"",
              "  # url = \"https://app.datadoghq.%s/api/v1/series\"" % pick(r, "com", "eu"),
              "  namepass = [\"snmp*\", \"ping\"]"))


@P("telegraf_influx_v1", "influxdb", "db_password", gen_pw, "password", True, q='"', var="INFLUX_PASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "etc/telegraf/telegraf.conf", "telegraf/%s.conf" % c.site),
            L(*(_telegraf_head(c) + [
                "[[outputs.influxdb]]", "  urls = [\"http://%s:8086\"]" % c.fqdn("influx"),
                "  database = \"telegraf\"", "  retention_policy = \"\"", "  write_consistency = \"any\"",
                "  timeout = \"5s\"", "  username = \"%s\"" % pick(r, "telegraf", "writer"), "  password = " + v, "",
                "[[inputs.system]]", "[[inputs.net]]", "  interfaces = [\"eth*\", \"en*\"]"])))


@P("telegraf_snmp_community", "telegraf", "snmp_community", gen_community, "community", False, q='"',
   var="SNMP_COMMUNITY", examples=["public"])
def _(c, v):
    r = c.r
    return (pick(r, "etc/telegraf/telegraf.d/snmp.conf", "telegraf/inputs/snmp_switches.conf"),
            L("[[inputs.snmp]]", "  agents = [\"udp://%s:161\", \"udp://%s:161\"]" % (c.ip(), c.ip()),
              "  timeout = \"5s\"", "  version = 2", "  community = " + v, "  retries = 3",
              "  agent_host_tag = \"source\"", "", "  [[inputs.snmp.field]]", "    oid = \"RFC1213-MIB::sysUpTime.0\"",
              "    name = \"uptime\"", "", "  [[inputs.snmp.table]]", "    oid = \"IF-MIB::ifTable\"",
              "    name = \"interface\"", "    inherit_tags = [\"source\"]", "", "    [[inputs.snmp.table.field]]",
              "      oid = \"IF-MIB::ifDescr\"", "      name = \"ifDescr\"", "      is_tag = true"))


@P("telegraf_snmp_v3", "telegraf", "snmpv3_passphrase", gen_snmpv3, "password", False, q='"', var="SNMP_AUTH_PASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "etc/telegraf/telegraf.d/snmp_v3.conf", "telegraf/inputs/snmp_core.conf"),
            L("[[inputs.snmp]]", "  agents = [\"udp://%s:161\"]" % c.fqdn("rtr"), "  version = 3",
              "  sec_name = \"%s\"" % pick(r, "telegraf", "monv3"), "  auth_protocol = \"%s\"" % pick(r, "SHA", "SHA256", "MD5"),
              "  auth_password = " + v, "  sec_level = \"authNoPriv\"", "  path = [\"/usr/share/snmp/mibs\"]", "",
              "  [[inputs.snmp.field]]", "    name = \"hostname\"", "    oid = \"SNMPv2-MIB::sysName.0\"", "    is_tag = true"))


@P("telegraf_mysql_dsn", "telegraf", "db_password", gen_urlpw, "password", False, q="", var="MYSQL_PASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "etc/telegraf/telegraf.d/mysql.conf", "telegraf/inputs/mysql.conf"),
            L("[[inputs.mysql]]", "  servers = [\"%s:%s@tcp(%s:3306)/?tls=false\"]" % (pick(r, "telegraf", "monitor"), v, c.host("mysql")),
              "  metric_version = 2", "  gather_process_list = true", "  gather_slave_status = true",
              "  gather_info_schema_auto_inc = true", "  interval_slow = \"30m\""))


@P("telegraf_http_bearer", "influxdb", "api_token", gen_influx_token, "token", False, q="", var="INFLUX_TOKEN")
def _(c, v):
    r = c.r
    return (pick(r, "etc/telegraf/telegraf.d/http_out.conf", "telegraf/outputs/http.conf"),
            L("[[outputs.http]]", "  url = \"https://%s/api/v2/write?org=%s&bucket=edge\"" % (c.fqdn("influx"), c.org),
              "  method = \"POST\"", "  data_format = \"influx\"", "  content_encoding = \"gzip\"", "",
              "  [outputs.http.headers]", "    Authorization = \"Token " + v + "\"",
              "    Content-Type = \"text/plain; charset=utf-8\""))


# ---------------------------------------------------------------- Datadog
@P("datadog_yaml", "datadog", "api_key", gen_dd_api, "token", True, q="", var="DD_API_KEY",
   ref='ENC[datadog_api_key]')
def _(c, v):
    r = c.r
    return (pick(r, "etc/datadog-agent/datadog.yaml", "roles/datadog/files/datadog.yaml"),
            L("#########################", "## Basic Configuration ##", "#########################", "",
              "## @param api_key - string - required", "## The Datadog API key used by your Agent to submit metrics and events to Datadog.",
              "api_key: " + v, "", "site: %s" % pick(r, "datadoghq.com", "datadoghq.eu", "us3.datadoghq.com"),
              "hostname: %s" % c.fqdn("app"), "tags:", "  - env:%s" % c.env, "  - dc:%s" % c.site,
              "logs_enabled: %s" % pick(r, "true", "false"), "process_config:", "  process_collection:",
              "    enabled: true"))


@P("datadog_helm", "datadog", "api_key", gen_dd_api, "token", True, q='"', var="DD_API_KEY")
def _(c, v):
    r = c.r
    return (pick(r, "charts/datadog/values-%s.yaml" % c.env, "k8s/datadog/values.yaml"),
            L("datadog:", "  apiKey: " + v, "  appKeyExistingSecret: datadog-app-key",
              "  site: %s" % pick(r, "datadoghq.com", "datadoghq.eu"), "  clusterName: %s-%s" % (c.org, c.env),
              "  logs:", "    enabled: true", "    containerCollectAll: false", "  apm:", "    portEnabled: true",
              "clusterAgent:", "  enabled: true", "  metricsProvider:", "    enabled: false"))


@P("datadog_dockerfile", "datadog", "api_key", gen_dd_api, "token", True, q="", var="DD_API_KEY")
def _(c, v):
    r = c.r
    return (pick(r, "docker/dd-agent/Dockerfile", "images/monitoring-agent/Dockerfile"),
            L("FROM gcr.io/datadoghq/agent:%d" % r.choice([7]), "",
              "COPY conf.d/ /etc/datadog-agent/conf.d/", "COPY checks.d/ /etc/datadog-agent/checks.d/", "",
              "ENV DD_SITE=%s" % pick(r, "datadoghq.com", "datadoghq.eu"), "ENV DD_API_KEY=" + v,
              "ENV DD_LOGS_ENABLED=true", "ENV DD_PROCESS_AGENT_ENABLED=true", "",
              "HEALTHCHECK --interval=30s CMD agent health"))


@P("datadog_tf_app_key", "datadog", "app_key", gen_dd_app, "token", True, q='"', var="TF_VAR_datadog_app_key")
def _(c, v):
    r = c.r
    return (pick(r, "terraform/datadog/provider.tf", "infra/datadog/main.tf"),
            L("terraform {", "  required_providers {", "    datadog = {", "      source = \"DataDog/datadog\"",
              "    }", "  }", "}", "", "provider \"datadog\" {", "  api_key = var.datadog_api_key",
              "  app_key = " + v, "  api_url = \"https://api.%s/\"" % pick(r, "datadoghq.com", "datadoghq.eu"), "}", "",
              "resource \"datadog_monitor\" \"disk\" {", "  name    = \"Disk almost full on {{host.name}}\"",
              "  type    = \"metric alert\"", "  query   = \"avg(last_5m):avg:system.disk.in_use{env:%s} by {host} > 0.9\"" % c.env,
              "  message = \"@pagerduty-%s\"" % c.org, "}"))


@P("datadog_py_client", "datadog", "api_key", gen_dd_api, "token", False, q='"', var="DD_API_KEY",
   ref='os.environ["DD_API_KEY"]')
def _(c, v):
    r = c.r
    return (pick(r, "tools/dd_post_event.py", "scripts/send_deploy_event.py"),
            L("import os", "", "from datadog_api_client import ApiClient, Configuration",
              "from datadog_api_client.v1.api.events_api import EventsApi",
              "from datadog_api_client.v1.model.event_create_request import EventCreateRequest", "",
              "configuration = Configuration()", "configuration.api_key[\"apiKeyAuth\"] = " + v,
              "configuration.server_variables[\"site\"] = \"%s\"" % pick(r, "datadoghq.com", "datadoghq.eu"), "",
              "with ApiClient(configuration) as api_client:", "    EventsApi(api_client).create_event(",
              "        body=EventCreateRequest(title=\"deploy %s\", text=os.environ.get(\"CI_COMMIT_SHA\", \"\"), tags=[\"env:%s\"])" % (c.org, c.env),
              "    )"))


@P("datadog_mysql_integration", "datadog", "db_password", gen_pw, "password", True, q='"', var="DD_MYSQL_PASSWORD",
   ref='"ENC[mysql_datadog_password]"')
def _(c, v):
    r = c.r
    return (pick(r, "etc/datadog-agent/conf.d/mysql.d/conf.yaml", "datadog/conf.d/postgres.d/conf.yaml"),
            L("init_config:", "", "instances:", "  - host: %s" % pick(r, "127.0.0.1", c.fqdn("db")),
              "    port: %d" % r.choice([3306, 5432]), "    username: datadog", "    password: " + v,
              "    dbm: true", "    tags:", "      - service:%s-db" % c.org, "      - env:%s" % c.env))


# ---------------------------------------------------------------- New Relic
@P("newrelic_infra_yml", "newrelic", "license_key", gen_nr_license, "token", True, q="", var="NRIA_LICENSE_KEY")
def _(c, v):
    r = c.r
    return (pick(r, "etc/newrelic-infra.yml", "roles/newrelic/files/newrelic-infra.yml"),
            L("license_key: " + v, "display_name: %s" % c.fqdn("app"), "log:", "  level: info",
              "  file: /var/log/newrelic-infra/newrelic-infra.log", "custom_attributes:",
              "  environment: %s" % c.env, "  datacenter: %s" % c.site, "enable_process_metrics: true"))


@P("newrelic_helm", "newrelic", "license_key", gen_nr_license, "token", True, q='"', var="NEW_RELIC_LICENSE_KEY")
def _(c, v):
    r = c.r
    return (pick(r, "charts/nri-bundle/values-%s.yaml" % c.env, "k8s/newrelic/values.yaml"),
            L("global:", "  licenseKey: " + v, "  cluster: %s-%s" % (c.org, c.env), "  lowDataMode: true",
              "newrelic-infrastructure:", "  privileged: true", "kube-state-metrics:", "  enabled: true",
              "nri-kube-events:", "  enabled: true", "newrelic-logging:", "  enabled: %s" % pick(r, "true", "false")))


@P("newrelic_dockerfile", "newrelic", "license_key", gen_nr_license, "token", True, q="", var="NRIA_LICENSE_KEY")
def _(c, v):
    r = c.r
    return (pick(r, "docker/newrelic-infra/Dockerfile", "images/infra-agent/Dockerfile"),
            L("FROM newrelic/infrastructure:latest", "", "ENV NRIA_LICENSE_KEY=" + v,
              "ENV NRIA_DISPLAY_NAME=%s-docker" % c.site, "ADD integrations.d/ /etc/newrelic-infra/integrations.d/"))


@P("newrelic_tf_user_key", "newrelic", "user_api_key", gen_nr_user, "token", True, q='"', var="NEW_RELIC_API_KEY")
def _(c, v):
    r = c.r
    return (pick(r, "terraform/newrelic/provider.tf", "infra/newrelic/main.tf"),
            L("terraform {", "  required_providers {", "    newrelic = {", "      source  = \"newrelic/newrelic\"",
              "      version = \"~> 3.%d\"" % r.randint(20, 40), "    }", "  }", "}", "",
              "provider \"newrelic\" {", "  account_id = %d" % r.randint(1000000, 4999999), "  api_key    = " + v,
              "  region     = \"%s\"" % pick(r, "US", "EU"), "}", "",
              "resource \"newrelic_alert_policy\" \"infra\" {", "  name = \"%s infra\"" % c.org,
              "  incident_preference = \"PER_CONDITION\"", "}"))


@P("newrelic_nerdgraph_curl", "newrelic", "user_api_key", gen_nr_user, "token", False, q="", var="NEW_RELIC_API_KEY")
def _(c, v):
    r = c.r
    return (pick(r, "scripts/nr-entities.sh", "bin/newrelic_query.sh"),
            L("#!/usr/bin/env bash", "set -euo pipefail", "",
              "curl -sS https://api.%snewrelic.com/graphql \\" % pick(r, "", "eu."),
              "  -H 'Content-Type: application/json' \\", "  -H 'API-Key: " + v + "' \\",
              "  --data-binary '{\"query\":\"{ actor { entitySearch(query: \\\"domain = '\"'\"'INFRA'\"'\"'\\\") { count } } }\"}'"))


@P("newrelic_ini", "newrelic", "license_key", gen_nr_license, "token", True, q="", var="NEW_RELIC_LICENSE_KEY")
def _(c, v):
    r = c.r
    return (pick(r, "newrelic.ini", "config/newrelic.ini"),
            L("# ---------------------------------------------------------------------------",
              "# This file configures the New Relic Python Agent.", "# ---------------------------------------------------------------------------",
              "", "[newrelic]", "license_key = " + v, "app_name = %s-%s" % (c.org, pick(r, "api", "worker", "web")),
              "monitor_mode = true", "log_file = stdout", "log_level = info",
              "high_security = false", "transaction_tracer.enabled = true", "error_collector.enabled = true",
              "", "[newrelic:%s]" % c.env, "monitor_mode = true"))


# ---------------------------------------------------------------- collectd / Munin
@P("collectd_mysql", "collectd", "db_password", gen_pw, "password", True, q='"', var="COLLECTD_MYSQL_PASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "etc/collectd/collectd.conf.d/mysql.conf", "etc/collectd.d/mysql.conf"),
            L("LoadPlugin mysql", "<Plugin mysql>", "  <Database \"%s\">" % pick(r, "app", "orders", "billing"),
              "    Host \"%s\"" % pick(r, "localhost", c.fqdn("mysql")), "    Port \"3306\"",
              "    User \"collectd\"", "    Password " + v, "    MasterStats true", "    ConnectTimeout 10",
              "  </Database>", "</Plugin>"))


@P("collectd_network", "collectd", "network_password", gen_pw, "password", True, q='"', var="COLLECTD_NET_PASSWORD")
def _(c, v):
    r = c.r
    return (pick(r, "etc/collectd/collectd.conf", "etc/collectd.conf"),
            L("Hostname \"%s\"" % c.fqdn("app"), "FQDNLookup false", "Interval %d" % r.choice([10, 30, 60]), "",
              "LoadPlugin syslog", "LoadPlugin cpu", "LoadPlugin load", "LoadPlugin memory", "LoadPlugin network", "",
              "<Plugin network>", "  <Server \"%s\" \"25826\">" % c.fqdn("mon"), "    SecurityLevel Encrypt",
              "    Username \"%s\"" % c.host("app"), "    Password " + v, "  </Server>",
              "  TimeToLive 128", "</Plugin>"))


@P("munin_plugin_conf", "munin", "db_password", gen_pw, "password", True, q="", var="MUNIN_MYSQL_PASSWORD")
def _(c, v):
    r = c.r
    kind = pick(r, "mysql", "postgres")
    if kind == "mysql":
        body = ["[mysql*]", "user root", "env.mysqluser munin", "env.mysqlpassword " + v,
                "env.mysqlconnection DBI:mysql:mysql;host=127.0.0.1;port=3306"]
    else:
        body = ["[postgres_*]", "user postgres", "env.PGUSER munin", "env.PGPASSWORD " + v,
                "env.PGHOST %s" % c.fqdn("pg"), "env.PGPORT 5432"]
    return (pick(r, "etc/munin/plugin-conf.d/%s" % kind, "munin/plugin-conf.d/zz-%s.conf" % kind),
            L("# plugin configuration for %s plugins" % kind, "", "[df*]", "env.exclude none unknown iso9660 squashfs udf romfs ramfs debugfs",
              "", *body))


# ---------------------------------------------------------------- misc SNMP / docs / logs
@P("runbook_md_snmpv3", "snmp", "snmpv3_passphrase", gen_snmpv3, "password", False, q="`", var="SNMP_AUTHPASS")
def _(c, v):
    r = c.r
    user = pick(r, "nmsv3", "monitor", "librenms")
    return (pick(r, "docs/runbooks/snmp-onboarding.md", "docs/network/snmpv3.md", "wiki/monitoring/add-switch.md"),
            L("# Onboarding a new switch into monitoring", "",
              "1. Configure SNMPv3 on the device (authNoPriv, %s):" % pick(r, "SHA", "SHA-256"), "",
              "   | setting | value |", "   |---|---|", "   | user | `%s` |" % user, "   | auth protocol | `SHA` |",
              "   | auth passphrase | " + v + " |", "   | allowed from | `%s/32` |" % c.ip(), "",
              "2. Add the device in LibreNMS: *Devices -> Add Device*, SNMP v3.",
              "3. Check that `IF-MIB::ifHCInOctets` is being polled (`1.3.6.1.2.1.31.1.1.1.6`).",
              "4. Add the device to the host group `%s-access` in Zabbix." % c.site))


@P("exporter_log_dsn", "prometheus", "db_password", gen_urlpw, "password", False, q="", var="PG_PASSWORD")
def _(c, v):
    r = c.r
    ts = c.ts()
    return (pick(r, "logs/postgres_exporter.log", "var/log/postgres_exporter/exporter.log"),
            L("ts=%s caller=main.go:86 level=info msg=\"Listening on address\" address=:9187" % ts,
              "ts=%s caller=tls_config.go:274 level=info msg=\"TLS is disabled.\" http2=false" % ts,
              "ts=%s caller=server.go:74 level=info msg=\"Established new database connection\" fingerprint=%s:5432" % (ts, c.host("pg")),
              "ts=%s caller=postgres_exporter.go:682 level=error err=\"Error opening connection to database (postgresql://%s:%s@%s:5432/postgres?sslmode=disable): dial tcp %s:5432: connect: connection refused\"" % (
                  ts, pick(r, "postgres_exporter", "exporter"), v, c.host("pg"), c.ip()),
              "ts=%s caller=collector.go:194 level=error msg=\"collector failed\" name=bgwriter duration_seconds=0.0021" % ts))


@P("go_gosnmp", "snmp", "snmp_community", gen_community, "community", False, q='"', var="SNMP_COMMUNITY",
   ref='os.Getenv("SNMP_COMMUNITY")')
def _(c, v):
    r = c.r
    return (pick(r, "internal/poller/snmp.go", "pkg/collector/snmp_client.go"),
            L("package poller", "", "import (", "\t\"time\"", "", "\tg \"github.com/gosnmp/gosnmp\"", ")", "",
              "func newClient(target string) *g.GoSNMP {", "\treturn &g.GoSNMP{", "\t\tTarget:    target,",
              "\t\tPort:      161,", "\t\tCommunity: " + v + ",", "\t\tVersion:   g.Version2c,",
              "\t\tTimeout:   time.Duration(%d) * time.Second," % r.choice([2, 5]), "\t\tRetries:   %d," % r.choice([1, 3]),
              "\t\tMaxOids:   g.MaxOids,", "\t}", "}"))


@P("pysnmp_usm", "snmp", "snmpv3_passphrase", gen_snmpv3, "password", False, q="'", var="SNMP_AUTH_KEY",
   ref="os.environ['SNMP_AUTH_KEY']")
def _(c, v):
    r = c.r
    return (pick(r, "collector/snmp_poll.py", "tools/ups_poll.py"),
            L("import os", "", "from pysnmp.hlapi import (", "    SnmpEngine, UsmUserData, UdpTransportTarget, ContextData,",
              "    ObjectType, ObjectIdentity, getCmd, usmHMACSHAAuthProtocol,", ")", "",
              "user = UsmUserData('%s', authKey=%s, authProtocol=usmHMACSHAAuthProtocol)" % (pick(r, "pollerv3", "monitor"), v), "",
              "it = getCmd(SnmpEngine(), user, UdpTransportTarget(('%s', 161)), ContextData()," % c.ip(),
              "            ObjectType(ObjectIdentity('SNMPv2-MIB', 'sysDescr', 0)))",
              "err, status, idx, binds = next(it)", "for name, val in binds:", "    print(name.prettyPrint(), '=', val.prettyPrint())"))


@P("ansible_inventory_snmp", "snmp", "snmp_community", gen_community, "community", True, q="", var="SNMP_COMMUNITY")
def _(c, v):
    r = c.r
    lines = ["[switches]"]
    for _i in range(r.randint(3, 6)):
        lines.append("%s ansible_host=%s" % (c.host("sw"), c.ip()))
    lines += ["", "[switches:vars]", "ansible_network_os=%s" % pick(r, "cisco.ios.ios", "arista.eos.eos"),
              "ansible_connection=ansible.netcommon.network_cli", "snmp_community=" + v,
              "snmp_location=\"%s rack %d\"" % (c.site.upper(), r.randint(1, 40))]
    return (pick(r, "inventories/%s/hosts.ini" % c.env, "inventory/network.ini"), L(*lines))


@P("csv_device_import", "observium", "snmp_community", gen_community, "community", False, q="", var="SNMP_COMMUNITY")
def _(c, v):
    r = c.r
    lines = ["hostname,ip,snmp_version,community,location"]
    for _i in range(r.randint(4, 9)):
        lines.append("%s,%s,v2c,%s,%s" % (c.host(pick(r, "sw", "rtr", "fw")), c.ip(), v, c.site.upper()))
    return (pick(r, "import/devices.csv", "data/nms_bulk_add.csv"), L(*lines))


@P("snmpd_conf_createuser", "netsnmp", "snmpv3_passphrase", gen_snmpv3, "password", False, q='"', var="SNMPV3_AUTH")
def _(c, v):
    r = c.r
    u = pick(r, "monitor", "zabbixv3", "librenms")
    return (pick(r, "etc/snmp/snmpd.conf", "roles/snmpd/files/snmpd.conf"),
            L("# Managed by ansible", "sysLocation    %s, rack %d" % (c.site.upper(), r.randint(1, 40)),
              "sysContact     noc@%s" % c.dom, "agentAddress   udp:161,udp6:[::1]:161", "",
              "view   systemonly  included   .1.3.6.1.2.1.1", "view   systemonly  included   .1.3.6.1.2.1.25.1", "",
              "createUser %s SHA %s" % (u, v), "rouser %s authNoPriv" % u, "",
              "includeDir /etc/snmp/snmpd.conf.d"))


@P("snmpwalk_script", "netsnmp", "snmpv3_passphrase", gen_snmpv3, "password", False, q="'", var="SNMP_AUTHPASS")
def _(c, v):
    r = c.r
    return (pick(r, "scripts/walk-interfaces.sh", "bin/snmp_ifcheck.sh"),
            L("#!/bin/bash", "# quick interface dump for troubleshooting", "TARGET=${1:-%s}" % c.ip(), "",
              "snmpwalk -v3 -l authNoPriv -u %s -a SHA -A %s \"$TARGET\" IF-MIB::ifOperStatus" % (pick(r, "monitor", "noc"), v),
              "snmpwalk -v2c -c public \"$TARGET\" SNMPv2-MIB::sysDescr.0"))


# ================================================================ look-alike negatives
NEG = []


def N(name, provider, kind):
    def deco(fn):
        NEG.append(dict(name=name, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


ITEM_KEYS = ["system.cpu.load[,avg1]", "system.cpu.util[,idle]", "vm.memory.size[available]",
             "vfs.fs.size[/,pused]", "net.if.in[\"eth0\"]", "proc.num[,,run]", "agent.ping",
             "system.uptime", "vfs.fs.inode[/var,pfree]", "net.tcp.service[ssh]", "system.swap.size[,pfree]",
             "zabbix[process,poller,avg,busy]", "web.page.get[localhost,/server-status?auto,80]"]
OIDS = [("sysDescr", "1.3.6.1.2.1.1.1.0"), ("sysUpTime", "1.3.6.1.2.1.1.3.0"), ("sysName", "1.3.6.1.2.1.1.5.0"),
        ("ifDescr", "1.3.6.1.2.1.2.2.1.2"), ("ifOperStatus", "1.3.6.1.2.1.2.2.1.8"),
        ("ifHCInOctets", "1.3.6.1.2.1.31.1.1.1.6"), ("ifHCOutOctets", "1.3.6.1.2.1.31.1.1.1.10"),
        ("hrProcessorLoad", "1.3.6.1.2.1.25.3.3.1.2"), ("upsBatteryStatus", "1.3.6.1.2.1.33.1.2.1.0"),
        ("entPhysicalSerialNum", "1.3.6.1.2.1.47.1.1.1.1.11"), ("cpmCPUTotal5minRev", "1.3.6.1.4.1.9.9.109.1.1.1.1.8")]


def b64_lines(r, nbytes, width=64):
    s = base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()
    return [s[i:i + width] for i in range(0, len(s), width)]


@N("zbx_template_export", "zabbix", "uuid")
def _(c):
    r = c.r
    lines = ["zabbix_export:", "  version: '%s'" % pick(r, "6.0", "6.4", "7.0"), "  template_groups:",
             "    - uuid: %s" % c.uuidhex(), "      name: Templates/Applications", "  templates:",
             "    - uuid: %s" % c.uuidhex(), "      template: '%s app checks'" % c.org.capitalize(),
             "      name: '%s app checks'" % c.org.capitalize(), "      groups:", "        - name: Templates/Applications",
             "      items:"]
    for k in r.sample(ITEM_KEYS, r.randint(3, 6)):
        lines += ["        - uuid: %s" % c.uuidhex(), "          name: '%s'" % k.split("[")[0],
                  "          key: '%s'" % k, "          delay: %s" % pick(r, "1m", "5m", "30s"),
                  "          history: %s" % pick(r, "7d", "31d")]
    lines += ["      macros:", "        - macro: '{$APP.PASSWORD}'", "          type: SECRET_TEXT",
              "          description: 'Set on host level'", "        - macro: '{$APP.USER}'",
              "          value: '%s'" % pick(r, "monitor", "zabbix"), "        - macro: '{$CPU.UTIL.CRIT}'",
              "          value: '90'"]
    return pick(r, "templates/%s_app.yaml" % c.org, "zabbix/templates/app_checks.yaml"), L(*lines)


@N("zbx_agent_conf_identity", "zabbix", "psk_identity")
def _(c):
    r = c.r
    return (pick(r, "etc/zabbix/zabbix_agentd.conf", "etc/zabbix/zabbix_agent2.conf"),
            L("PidFile=/run/zabbix/zabbix_agentd.pid", "LogFile=/var/log/zabbix/zabbix_agentd.log", "LogFileSize=0",
              "Server=%s" % c.fqdn("proxy"), "ServerActive=%s" % c.fqdn("proxy"), "Hostname=%s" % c.fqdn("web"),
              "HostMetadata=linux %s %s" % (c.site, c.env), "Include=/etc/zabbix/zabbix_agentd.d/*.conf", "",
              "TLSConnect=psk", "TLSAccept=psk", "TLSPSKIdentity=PSK %s %03d" % (c.site.upper(), r.randint(1, 999)),
              "TLSPSKFile=/etc/zabbix/zabbix_agentd.psk", "",
              "UserParameter=mysql.ping,mysqladmin --defaults-file=/var/lib/zabbix/.my.cnf ping | grep -c alive",
              "UserParameter=custom.queue.depth[*],/usr/local/bin/queue_depth.sh $1"))


@N("sha256sums_packages", "zabbix", "checksum")
def _(c):
    r = c.r
    v = c.ver(["6.0.", "6.4.", "7.0."])
    names = ["zabbix-agent_%s-1+ubuntu22.04_amd64.deb" % v, "zabbix-agent2_%s-1+ubuntu22.04_amd64.deb" % v,
             "zabbix-agent-%s-release1.el9.x86_64.rpm" % v, "zabbix_agent-%s-windows-amd64-openssl.msi" % v,
             "zabbix-sender_%s-1+debian12_amd64.deb" % v, "zabbix-get_%s-1+debian12_amd64.deb" % v]
    return (pick(r, "packages/SHA256SUMS", "vendor/zabbix/sha256sums.txt"),
            L(*["%s  %s" % (hexs(r, 64), n) for n in names]))


@N("md5sums_mibs", "snmp", "checksum")
def _(c):
    r = c.r
    mibs = ["IF-MIB.txt", "SNMPv2-MIB.txt", "HOST-RESOURCES-MIB.txt", "CISCO-PROCESS-MIB.my", "ENTITY-MIB.txt",
            "UPS-MIB.txt", "PowerNet-MIB.txt", "JUNIPER-MIB.txt", "LLDP-MIB.txt", "IP-MIB.txt"]
    return (pick(r, "mibs/MD5SUMS", "snmp/mibs/checksums.md5"),
            L(*["%s  %s" % (hexs(r, 32), m) for m in r.sample(mibs, r.randint(5, 9))]))


@N("nagios_hosts_snmp_public", "nagios", "snmp_public_community")
def _(c):
    r = c.r
    lines = []
    for _i in range(r.randint(2, 4)):
        h = c.host("sw")
        lines += ["define host {", "    use             generic-switch", "    host_name       %s" % h,
                  "    address         %s" % c.ip(), "    hostgroups      switches", "}", "",
                  "define service {", "    use                 generic-service", "    host_name           %s" % h,
                  "    service_description Port 1 Bandwidth",
                  "    check_command       check_snmp!-C public -o ifInOctets.1 -o ifOutOctets.1 -u bytes",
                  "}", ""]
    return pick(r, "etc/nagios/objects/switches.cfg", "nagios/conf.d/switches.cfg"), L(*lines)


@N("snmp_exporter_modules", "prometheus", "oid")
def _(c):
    r = c.r
    lines = ["auths:", "  public_v2:", "    community: public", "    security_level: noAuthNoPriv",
             "    auth_protocol: MD5", "    priv_protocol: DES", "    version: 2", "modules:", "  if_mib:", "    walk:"]
    for name, oid in r.sample(OIDS, 5):
        lines.append("    - %s" % oid.rstrip(".0"))
    lines += ["    metrics:"]
    for name, oid in r.sample(OIDS, 4):
        lines += ["    - name: %s" % name, "      oid: %s" % oid, "      type: %s" % pick(r, "gauge", "counter", "DisplayString"),
                  "      help: %s - %s" % (name, oid)]
    return pick(r, "snmp_exporter/snmp.yml", "prometheus/snmp/snmp.yml"), L(*lines)


@N("prom_exposition", "prometheus", "metric_names")
def _(c):
    r = c.r
    lines = ["# HELP node_cpu_seconds_total Seconds the CPUs spent in each mode.", "# TYPE node_cpu_seconds_total counter"]
    for cpu in range(r.randint(2, 4)):
        for mode in ["idle", "iowait", "system", "user"]:
            lines.append('node_cpu_seconds_total{cpu="%d",mode="%s"} %.2f' % (cpu, mode, r.uniform(10, 900000)))
    lines += ["# HELP mysql_up Whether the MySQL server is up.", "# TYPE mysql_up gauge", "mysql_up 1",
              "# HELP go_info Information about the Go environment.", "# TYPE go_info gauge",
              'go_info{version="go1.%d.%d"} 1' % (r.randint(19, 22), r.randint(0, 9)),
              'node_uname_info{machine="x86_64",nodename="%s",release="5.15.0-%d-generic"} 1' % (c.host("web"), r.randint(40, 120))]
    return pick(r, "testdata/node_exporter.prom", "fixtures/metrics.txt"), L(*lines)


@N("telegraf_inputs_only", "telegraf", "snmp_public_community")
def _(c):
    r = c.r
    return (pick(r, "etc/telegraf/telegraf.conf", "telegraf/telegraf.conf"),
            L(*(_telegraf_head(c) + [
                "[[outputs.file]]", "  files = [\"stdout\"]", "  data_format = \"influx\"", "",
                "[[inputs.snmp]]", "  agents = [\"udp://%s:161\"]" % c.ip(), "  version = 2", "  community = \"public\"",
                "  [[inputs.snmp.field]]", "    oid = \"SNMPv2-MIB::sysUpTime.0\"", "    name = \"uptime\"", "",
                "[[inputs.ping]]", "  urls = [\"%s\", \"%s\"]" % (c.fqdn("rtr"), c.fqdn("fw")), "  count = 3"])))


@N("influx_line_protocol", "influxdb", "ids")
def _(c):
    r = c.r
    lines = []
    base = r.randint(1690000000, 1730000000)
    for i in range(r.randint(6, 12)):
        lines.append("snmp_interface,agent_host=%s,ifDescr=GigabitEthernet1/0/%d,ifIndex=%d ifHCInOctets=%di,ifHCOutOctets=%di,ifOperStatus=1i %d" % (
            c.ip(), i + 1, 10100 + i, r.randint(10 ** 9, 10 ** 12), r.randint(10 ** 9, 10 ** 12), (base + i * 10) * 10 ** 9))
    return pick(r, "testdata/snmp_interfaces.lp", "fixtures/telegraf_output.txt"), L(*lines)


@N("cmk_agent_output", "checkmk", "uuid_fingerprint")
def _(c):
    r = c.r
    fp = ":".join("%02X" % r.randint(0, 255) for _ in range(32))
    return (pick(r, "docs/troubleshooting/cmk-agent-ctl-status.txt", "support/agent_status_%s.txt" % c.host("app")),
            L("Version: %s" % c.ver(["2.2.0p", "2.3.0p"]), "Agent socket: operational", "IP allowlist: any", "",
              "Connection: %s:8000/%s" % (c.fqdn("mon"), pick(r, "mysite", "cmk")),
              "\tUUID: %s" % c.uuid(), "\tLocal:", "\t\tConnection type: pull-agent",
              "\t\tCertificate issuer: Site '%s' local CA" % pick(r, "mysite", "cmk"),
              "\t\tCertificate validity: %s - 2074-01-01" % c.date(),
              "\tRemote:", "\t\tConnection type: pull-agent", "\t\tRegistration state: operational",
              "\t\tServer certificate SHA256 fingerprint: %s" % fp, "",
              "<<<check_mk>>>", "Version: %s" % c.ver(["2.2.0p", "2.3.0p"]), "AgentOS: linux",
              "Hostname: %s" % c.host("app"), "AgentDirectory: /etc/check_mk", "DataDirectory: /var/lib/check_mk_agent"))


@N("icinga_zones_conf", "icinga", "endpoint_config")
def _(c):
    r = c.r
    m = c.fqdn("mon")
    lines = ["object Endpoint \"%s\" {" % m, "  host = \"%s\"" % c.ip(), "  port = \"5665\"", "}", "",
             "object Zone \"master\" {", "  endpoints = [ \"%s\" ]" % m, "}", ""]
    for _i in range(r.randint(1, 3)):
        s = c.fqdn("sat")
        lines += ["object Endpoint \"%s\" {" % s, "  host = \"%s\"" % c.ip(), "}", "",
                  "object Zone \"%s\" {" % s.split(".")[0], "  endpoints = [ \"%s\" ]" % s, "  parent = \"master\"", "}", ""]
    lines += ["object Zone \"global-templates\" {", "  global = true", "}"]
    return pick(r, "etc/icinga2/zones.conf", "icinga2/zones.conf"), L(*lines)


@N("icinga_ca_cert", "icinga", "public_certificate")
def _(c):
    r = c.r
    return (pick(r, "var/lib/icinga2/certs/ca.crt", "icinga2/pki/ca.crt", "files/icinga/ca.crt"),
            L("-----BEGIN CERTIFICATE-----", *b64_lines(r, r.choice([900, 1100, 1300])), "-----END CERTIFICATE-----"))


@N("ssh_authorized_keys", "nagios", "public_key")
def _(c):
    r = c.r
    lines = ["# check_by_ssh keys for the nagios user"]
    for _i in range(r.randint(1, 3)):
        if r.random() < 0.5:
            blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(r.getrandbits(8) for _ in range(32))).decode()
            lines.append("ssh-ed25519 %s nagios@%s" % (blob, c.host("mon")))
        else:
            blob = base64.b64encode(b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x81\x00" + bytes(r.getrandbits(8) for _ in range(384))).decode()
            lines.append("from=\"%s\",no-pty,no-agent-forwarding ssh-rsa %s icinga@%s" % (c.ip(), blob, c.host("mon")))
    return pick(r, "roles/nagios_client/files/authorized_keys", "home/nagios/.ssh/authorized_keys"), L(*lines)


@N("compose_digests", "prometheus", "image_digest")
def _(c):
    r = c.r
    return (pick(r, "monitoring/docker-compose.yml", "stack/monitoring.yml"),
            L("services:", "  prometheus:", "    image: prom/prometheus@sha256:%s" % hexs(r, 64),
              "    volumes:", "      - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro",
              "  alertmanager:", "    image: prom/alertmanager@sha256:%s" % hexs(r, 64),
              "  grafana:", "    image: grafana/grafana-oss@sha256:%s" % hexs(r, 64), "    environment:",
              "      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin", "    secrets:", "      - grafana_admin",
              "secrets:", "  grafana_admin:", "    file: ./secrets/grafana_admin.txt"))


@N("changelog_commits", "zabbix", "commit_hash")
def _(c):
    r = c.r
    lines = ["# Changelog", "", "## [%d.%d.%d] - %s" % (r.randint(1, 3), r.randint(0, 20), r.randint(0, 9), c.date()), ""]
    msgs = ["add LLD rule for bonded interfaces", "raise CPU trigger to 90%", "fix typo in MySQL template macro",
            "switch agents to PSK encryption", "drop legacy SNMPv1 items", "add blackbox probes for status page",
            "tune housekeeper", "move proxy for %s" % c.site]
    for m in r.sample(msgs, r.randint(4, 7)):
        h = hexs(r, 40)
        lines.append("- %s ([%s](https://git.%s/ops/monitoring/commit/%s))" % (m, h[:7], c.dom, h))
    return pick(r, "CHANGELOG.md", "monitoring/CHANGELOG.md"), L(*lines)


@N("datadog_rum_public", "datadog", "public_client_token")
def _(c):
    r = c.r
    return (pick(r, "web/static/js/rum-init.js", "frontend/src/monitoring/rum.js"),
            L("import { datadogRum } from '@datadog/browser-rum';", "",
              "// client tokens are public by design; they can only send RUM data",
              "datadogRum.init({", "  applicationId: '%s'," % c.uuid(), "  clientToken: 'pub%s'," % hexs(r, 32),
              "  site: '%s'," % pick(r, "datadoghq.com", "datadoghq.eu"), "  service: '%s-web'," % c.org,
              "  env: '%s'," % c.env, "  sessionSampleRate: %d," % r.choice([10, 20, 100]),
              "  trackUserInteractions: true,", "});"))


@N("newrelic_entity_guids", "newrelic", "entity_guid")
def _(c):
    r = c.r
    acct = r.randint(1000000, 4999999)
    widgets = []
    for i in range(r.randint(2, 4)):
        eid = r.randint(10 ** 8, 10 ** 10)
        guid = base64.b64encode(("%d|%s|%d" % (acct, pick(r, "INFRA|NA", "APM|APPLICATION", "SYNTH|MONITOR"), eid)).encode()).decode().rstrip("=")
        widgets.append('        { "title": "widget %d", "entityGuid": "%s", "accountId": %d }%s' % (i, guid, acct, "," if i else ","))
    widgets[-1] = widgets[-1].rstrip(",")
    return (pick(r, "dashboards/newrelic/infra-overview.json", "newrelic/dashboards/hosts.json"),
            L("{", '  "name": "%s infra overview",' % c.org, '  "permissions": "PUBLIC_READ_WRITE",', '  "pages": [',
              "    {", '      "name": "Hosts",', '      "widgets": [', *widgets, "      ]", "    }", "  ]", "}"))


@N("newrelic_browser_snippet", "newrelic", "public_browser_key")
def _(c):
    r = c.r
    return (pick(r, "web/templates/partials/nr-browser.html", "public/nr-loader-config.js"),
            L("<script type=\"text/javascript\">", ";window.NREUM||(NREUM={});NREUM.init={privacy:{cookies_enabled:true}};",
              ";NREUM.loader_config={accountID:\"%d\",trustKey:\"%d\",agentID:\"%d\",licenseKey:\"NRJS-%s\",applicationID:\"%d\"};" % (
                  r.randint(10 ** 6, 5 * 10 ** 6), r.randint(10 ** 6, 5 * 10 ** 6), r.randint(10 ** 8, 10 ** 9), hexs(r, 19), r.randint(10 ** 8, 10 ** 9)),
              ";NREUM.info={beacon:\"bam.nr-data.net\",errorBeacon:\"bam.nr-data.net\",sa:1};", "</script>"))


@N("influx_ids_telegraf", "influxdb", "org_bucket_id")
def _(c):
    r = c.r
    return (pick(r, "etc/telegraf/telegraf.d/influx.conf", "telegraf/outputs/influxdb.conf"),
            L("# org and bucket IDs are not secret; the token comes from the environment",
              "[[outputs.influxdb_v2]]", "  urls = [\"https://%s:8086\"]" % c.fqdn("influx"),
              "  token = \"${INFLUX_TOKEN}\"", "  organization = \"%s\"" % hexs(r, 16), "  bucket = \"%s\"" % hexs(r, 16),
              "  bucket_tag = \"\"", "  insecure_skip_verify = false"))


@N("grafana_dashboard_uids", "grafana", "uid")
def _(c):
    r = c.r
    panels = []
    for i in range(r.randint(2, 4)):
        panels.append('    { "id": %d, "type": "timeseries", "title": "%s", "datasource": { "type": "prometheus", "uid": "%s" }, "targets": [ { "expr": "rate(%s[5m])" } ] }%s' % (
            i + 1, pick(r, "CPU", "Traffic", "Errors", "Latency"), rstr(r, ALNUM, 9),
            pick(r, "node_cpu_seconds_total", "ifHCInOctets", "http_requests_total"), ","))
    panels[-1] = panels[-1].rstrip(",")
    return (pick(r, "grafana/dashboards/network.json", "dashboards/snmp-overview.json"),
            L("{", '  "uid": "%s",' % rstr(r, ALNUM + "-_", 14), '  "title": "%s network overview",' % c.org,
              '  "version": %d,' % r.randint(1, 60), '  "panels": [', *panels, "  ]", "}"))


@N("snmpwalk_output", "netsnmp", "snmp_output")
def _(c):
    r = c.r
    lines = ["$ snmpwalk -v2c -c public %s ." % c.ip(),
             "SNMPv2-MIB::sysDescr.0 = STRING: Cisco IOS Software, C2960X Software, Version 15.2(%d)E%d" % (r.randint(2, 7), r.randint(1, 9)),
             "SNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.9.1.%d" % r.randint(500, 2500),
             "SNMP-FRAMEWORK-MIB::snmpEngineID.0 = Hex-STRING: 80 00 00 09 03 00 %s" % " ".join("%02X" % r.randint(0, 255) for _ in range(6))]
    for i in range(1, r.randint(4, 8)):
        lines.append("IF-MIB::ifPhysAddress.%d = STRING: %s" % (10100 + i, c.mac()))
    lines.append("ENTITY-MIB::entPhysicalSerialNum.1001 = STRING: FOC%d%s" % (r.randint(1000, 2999), rstr(r, UPPER + DIGITS, 4)))
    return pick(r, "docs/snmp/%s-walk.txt" % c.host("sw"), "captures/snmpwalk.log"), L(*lines)


@N("prtg_sensors_csv", "prtg", "object_ids")
def _(c):
    r = c.r
    lines = ["objid,device,sensor,status,lastvalue"]
    for _i in range(r.randint(6, 12)):
        lines.append("%d,%s,%s,%s,%s" % (r.randint(2000, 99999), c.host(), pick(r, "Ping", "SNMP Traffic", "Disk Free", "CPU Load", "HTTP"),
                                         pick(r, "Up", "Up", "Warning", "Down", "Paused"), pick(r, "12 msec", "41 %", "3,2 Mbit/s", "0 #")))
    return pick(r, "reports/prtg_sensors.csv", "exports/prtg-%s.csv" % c.date()), L(*lines)


@N("inventory_csv_serials", "librenms", "serials_macs")
def _(c):
    r = c.r
    lines = ["hostname,serial,mac,sysObjectID,os_version"]
    for _i in range(r.randint(5, 10)):
        lines.append("%s,%s,%s,.1.3.6.1.4.1.%s,%s" % (
            c.host(pick(r, "sw", "rtr", "fw")), rstr(r, UPPER + DIGITS, 11), c.mac(),
            pick(r, "9.1.2134", "2636.1.1.1.2.29", "30065.1.3011.7050.3741.52", "12356.101.1.3004"),
            pick(r, "15.2(7)E8", "21.4R3", "4.28.3M", "7.2.5")))
    return pick(r, "inventory/network_devices.csv", "data/librenms_export.csv"), L(*lines)


@N("munin_node_conf", "munin", "node_config")
def _(c):
    r = c.r
    return (pick(r, "etc/munin/munin-node.conf", "roles/munin/files/munin-node.conf"),
            L("log_level 4", "log_file /var/log/munin/munin-node.log", "pid_file /var/run/munin/munin-node.pid",
              "background 1", "setsid 1", "user root", "group root",
              "ignore_file [\\#~]$", "ignore_file DEADJOE$", "ignore_file \\.bak$", "",
              "host_name %s" % c.fqdn("web"), "allow ^127\\.0\\.0\\.1$", "allow ^::1$",
              "cidr_allow %s/32" % c.ip(), "host *", "port 4949"))


@N("cacti_poller_log", "cacti", "log_ids")
def _(c):
    r = c.r
    lines = []
    for _i in range(r.randint(6, 10)):
        lines.append("%s %02d:%02d:%02d - SPINE: Poller[1] PID[%d] Device[%d] HT[1] DS[%d] SNMP: v2: %s, dsname: traffic_in, oid: .1.3.6.1.2.1.31.1.1.1.6.%d, value: %d" % (
            c.date(), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(1000, 60000), r.randint(1, 300),
            r.randint(1, 5000), c.ip(), r.randint(1, 52), r.randint(10 ** 6, 10 ** 12)))
    lines.append("%s 00:05:01 - SYSTEM STATS: Time:%.4f Method:spine Processes:1 Threads:%d Hosts:%d HostsPerProcess:%d DataSources:%d RRDsProcessed:%d" % (
        c.date(), r.uniform(2, 50), r.choice([4, 8, 16]), r.randint(10, 400), r.randint(10, 400), r.randint(100, 9000), r.randint(50, 5000)))
    return pick(r, "logs/cacti.log", "var/log/cacti/cacti.log"), L(*lines)


@N("collectd_conf_nosecret", "collectd", "config")
def _(c):
    r = c.r
    return (pick(r, "etc/collectd/collectd.conf", "etc/collectd.conf"),
            L("Hostname \"%s\"" % c.fqdn("app"), "Interval 10", "LoadPlugin cpu", "LoadPlugin interface", "LoadPlugin network",
              "LoadPlugin rrdtool", "", "<Plugin interface>", "  Interface \"lo\"", "  IgnoreSelected true", "</Plugin>", "",
              "<Plugin network>", "  Server \"%s\" \"25826\"" % c.ip(), "  # SecurityLevel None (metrics only, isolated VLAN)", "</Plugin>", "",
              "<Plugin rrdtool>", "  DataDir \"/var/lib/collectd/rrd\"", "  CacheTimeout 120", "</Plugin>"))


@N("ansible_vault_blob", "ansible", "ciphertext")
def _(c):
    r = c.r
    lines = ["$ANSIBLE_VAULT;1.1;AES256"]
    for _i in range(r.randint(5, 12)):
        lines.append(hexs(r, 80))
    return pick(r, "group_vars/monitoring/vault.yml", "inventories/%s/group_vars/all/vault.yml" % c.env), L(*lines)


@N("node_exporter_unit", "prometheus", "systemd_unit")
def _(c):
    r = c.r
    return (pick(r, "etc/systemd/system/node_exporter.service", "roles/node_exporter/templates/node_exporter.service"),
            L("[Unit]", "Description=Prometheus Node Exporter", "Wants=network-online.target", "After=network-online.target", "",
              "[Service]", "User=node_exporter", "Group=node_exporter", "Type=simple",
              "EnvironmentFile=-/etc/default/node_exporter",
              "ExecStart=/usr/local/bin/node_exporter --collector.systemd --collector.textfile.directory=/var/lib/node_exporter --web.config.file=/etc/node_exporter/web.yml",
              "Restart=always", "NoNewPrivileges=yes", "ProtectSystem=strict", "", "[Install]", "WantedBy=multi-user.target"))


@N("nrpe_cfg_nosecret", "nagios", "config")
def _(c):
    r = c.r
    return (pick(r, "etc/nagios/nrpe.cfg", "etc/nrpe.d/base.cfg"),
            L("server_port=5666", "nrpe_user=nrpe", "allowed_hosts=127.0.0.1,%s" % c.ip(), "dont_blame_nrpe=0",
              "allow_bash_command_substitution=0", "debug=0", "command_timeout=60", "connection_timeout=300", "",
              "command[check_load]=/usr/lib64/nagios/plugins/check_load -r -w 8,6,4 -c 12,10,8",
              "command[check_disk_root]=/usr/lib64/nagios/plugins/check_disk -w 15% -c 8% -p /",
              "command[check_ntp]=/usr/lib64/nagios/plugins/check_ntp_time -H %s -w 0.5 -c 1" % c.fqdn("ntp"),
              "command[check_swap]=/usr/lib64/nagios/plugins/check_swap -w 20% -c 10%"))


@N("runbook_vault_paths", "zabbix", "docs_refs")
def _(c):
    r = c.r
    return (pick(r, "docs/monitoring/secrets.md", "docs/runbooks/zabbix-credentials.md"),
            L("# Where monitoring credentials live", "",
              "Nothing in this repository contains a real credential. Look them up at run time:", "",
              "| what | where |", "|---|---|",
              "| Zabbix DB password | `vault kv get -field=password secret/monitoring/zabbix/db` |",
              "| Agent PSK (identity `PSK %s 001`) | `secret/monitoring/zabbix/psk/<hostname>` |" % c.site.upper(),
              "| Datadog API key | 1Password item `op://Ops/Datadog/api-key` |",
              "| SNMP v3 passphrases | `secret/network/snmpv3` |", "",
              "The SNMP community `public` is only enabled on the lab VLAN (`%s/24`)." % c.ip()))


@N("zabbix_sql_queries", "zabbix", "ids")
def _(c):
    r = c.r
    return (pick(r, "sql/reports/unsupported_items.sql", "db/queries/zbx_hosts.sql"),
            L("-- items that are not supported, grouped by host", "SELECT h.hostid, h.host, i.itemid, i.key_, i.error",
              "  FROM items i JOIN hosts h ON h.hostid = i.hostid",
              " WHERE i.state = 1 AND h.status = 0",
              "   AND h.hostid IN (%s)" % ", ".join(str(r.randint(10084, 99999)) for _ in range(r.randint(3, 6))),
              " ORDER BY h.host;", "", "-- item keys look like system.cpu.load[,avg1] or vfs.fs.size[/,pused]",
              "SELECT count(*) FROM items WHERE key_ LIKE 'net.if.%';"))


@N("blackbox_configmap", "prometheus", "config")
def _(c):
    r = c.r
    return (pick(r, "k8s/monitoring/blackbox-configmap.yaml", "manifests/blackbox.yaml"),
            L("apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: blackbox-exporter", "  namespace: monitoring",
              "data:", "  blackbox.yml: |", "    modules:", "      http_2xx:", "        prober: http",
              "        http:", "          valid_status_codes: [200, 204]", "          fail_if_not_ssl: true",
              "      tcp_tls:", "        prober: tcp", "        tcp:", "          tls: true"))


@N("snmpd_conf_public", "netsnmp", "snmp_public_community")
def _(c):
    r = c.r
    return (pick(r, "etc/snmp/snmpd.conf", "lab/snmpd.conf"),
            L("# lab box: read-only v2c with the default community, localhost and lab VLAN only",
              "rocommunity public 127.0.0.1", "rocommunity public %s/24" % c.ip(),
              "sysLocation %s lab" % c.site.upper(), "sysContact noc@%s" % c.dom,
              "view systemview included .1.3.6.1.2.1.1", "view systemview included .1.3.6.1.2.1.25.1.1",
              "engineID 0x80001f8880%s" % hexs(r, 16)))


@N("zbx_api_json_hosts", "zabbix", "ids")
def _(c):
    r = c.r
    hosts = []
    for i in range(r.randint(2, 4)):
        hosts.append('    {"hostid": "%d", "host": "%s", "proxyid": "%d", "status": "0"}%s' % (
            r.randint(10084, 99999), c.host(), r.randint(10000, 20000), ","))
    hosts[-1] = hosts[-1].rstrip(",")
    return (pick(r, "tests/fixtures/zabbix_host_get.json", "testdata/host.get.response.json"),
            L("{", '  "jsonrpc": "2.0",', '  "result": [', *hosts, "  ],", '  "id": %d' % r.randint(1, 99), "}"))


@N("terraform_datadog_vars", "datadog", "ids")
def _(c):
    r = c.r
    return (pick(r, "terraform/datadog/monitors.tf", "infra/datadog/monitors.tf"),
            L("variable \"datadog_api_key\" {", "  type      = string", "  sensitive = true", "}", "",
              "resource \"datadog_dashboard_list\" \"ops\" {", "  name = \"Ops\"", "  dash_item {", "    type    = \"custom_timeboard\"",
              "    dash_id = \"%s-%s-%s\"" % (rstr(r, LOWER + DIGITS, 3), rstr(r, LOWER + DIGITS, 3), rstr(r, LOWER + DIGITS, 3)), "  }", "}", "",
              "resource \"datadog_monitor\" \"cpu\" {", "  name  = \"CPU high\"", "  type  = \"metric alert\"",
              "  query = \"avg(last_10m):avg:system.cpu.user{*} by {host} > 90\"", "  tags  = [\"team:ops\", \"monitor_id:%d\"]" % r.randint(10 ** 7, 10 ** 8), "}"))


@N("py_test_digests", "zabbix", "hash_fixture")
def _(c):
    r = c.r
    s1 = pick(r, "zabbix_agentd.conf", "template.yaml", "snmp.yml")
    return (pick(r, "tests/test_config_digest.py", "tests/unit/test_render.py"),
            L("import hashlib", "", "from monitoring.render import render_config", "", "",
              "def test_rendered_config_is_stable():",
              "    out = render_config(\"%s\", hostname=\"%s\")" % (s1, c.host("web")),
              "    assert hashlib.sha256(out.encode()).hexdigest() == \"%s\"" % hexs(r, 64), "", "",
              "def test_template_checksum():", "    # md5 of the vendored template, updated by `make vendor`",
              "    assert hashlib.md5(open(\"vendor/%s\", \"rb\").read()).hexdigest() == \"%s\"" % (s1, hexs(r, 32))))


@N("msi_install_log", "zabbix", "guids")
def _(c):
    r = c.r
    pc = "{%s}" % c.uuid().upper()
    return (pick(r, "logs/zabbix_agent_install.log", "support/msi-install-%s.log" % c.host("win")),
            L("=== Verbose logging started: %s  Build type: SHIP UNICODE 5.00.10011.00 ===" % c.date(),
              "MSI (s) (%02X:%02X) [10:%02d:%02d:%03d]: Product: Zabbix Agent 2 (64-bit) -- Installation operation completed successfully." % (
                  r.randint(0, 255), r.randint(0, 255), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
              "MSI (s) (A0:24) [10:12:44:201]: ProductCode = %s" % pc,
              "MSI (s) (A0:24) [10:12:44:201]: UpgradeCode = {%s}" % c.uuid().upper(),
              "Property(S): SERVER = %s" % c.fqdn("proxy"), "Property(S): HOSTNAME = %s" % c.host("win"),
              "Property(S): TLSCONNECT = psk", "Property(S): TLSPSKIDENTITY = PSK %s WIN" % c.site.upper(),
              "Property(S): TLSPSKFILE = C:\\Program Files\\Zabbix Agent 2\\psk.key",
              "MSI (s) (A0:24) [10:12:45:003]: Windows Installer installed the product. Product Version: %s." % c.ver(["6.0.", "7.0."])))


@N("icinga_object_list", "icinga", "object_dump")
def _(c):
    r = c.r
    h = c.fqdn("web")
    return (pick(r, "docs/debug/icinga_object_list.txt", "support/object-list.txt"),
            L("Object '%s' of type 'Host':" % h, "  % declared in '/etc/icinga2/zones.d/master/hosts.conf', lines 3:1-3:27",
              "  * __name = \"%s\"" % h, "  * address = \"%s\"" % c.ip(), "  * check_command = \"hostalive\"",
              "  * vars", "    * os = \"Linux\"", "    * snmp_community = \"public\"", "    * snmp_version = \"2c\"",
              "  * version = %d.%06d" % (r.randint(1600000000, 1730000000), r.randint(0, 999999)),
              "  * zone = \"master\""))


@N("k8s_configmap_binary", "snmp", "encoded_data")
def _(c):
    r = c.r
    return (pick(r, "k8s/monitoring/snmp-mibs-configmap.yaml", "manifests/mibs.yaml"),
            L("apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: vendor-mibs", "  namespace: monitoring",
              "binaryData:", "  vendor-mibs.tar.gz: %s" % "".join(b64_lines(r, r.choice([300, 450, 600]), 10 ** 6))))


@N("grafana_ds_env_ref", "grafana", "env_reference")
def _(c):
    r = c.r
    return (pick(r, "grafana/provisioning/datasources/influx.yaml", "deploy/grafana/datasources.yaml"),
            L("apiVersion: 1", "datasources:", "  - name: InfluxDB", "    type: influxdb", "    access: proxy",
              "    url: http://%s:8086" % c.host("influx"), "    jsonData:", "      version: Flux",
              "      organization: %s" % c.org, "      defaultBucket: telegraf", "    secureJsonData:",
              "      token: $INFLUX_TOKEN", "  - name: Prometheus", "    type: prometheus",
              "    url: http://prometheus:9090", "    basicAuth: true", "    basicAuthUser: grafana",
              "    secureJsonData:", "      basicAuthPassword: ${PROM_BASIC_AUTH_PASSWORD}"))


@N("zabbix_server_log", "zabbix", "log")
def _(c):
    r = c.r
    lines = []
    day = c.date().replace("-", "")
    pids = [r.randint(1000, 99999) for _ in range(3)]
    hh = r.randint(0, 22)
    for _i in range(r.randint(6, 10)):
        lines.append("%6d:%s:%02d%02d%02d.%03d %s" % (
            r.choice(pids), day, hh, _i * 5 + r.randint(0, 4), r.randint(0, 59), r.randint(0, 999),
            pick(r, "housekeeper [deleted %d hist/trends, 0 items/triggers, 0 events, 0 sessions in 1.2 sec]" % r.randint(100, 99999),
                 "item \"%s:%s\" became not supported: Cannot obtain filesystem information" % (c.host(), r.choice(ITEM_KEYS)),
                 "failed to accept an incoming connection: from %s: TLS handshake returned error code 1: PSK identity mismatch" % c.ip(),
                 "enabling Zabbix agent checks on host \"%s\": interface became available" % c.host(),
                 "cannot send list of active checks to \"%s\": host [%s] not found" % (c.ip(), c.host()))))
    return pick(r, "logs/zabbix_server.log", "var/log/zabbix/zabbix_server.log"), L(*lines)


@N("checkmk_ansible_envref", "checkmk", "env_reference")
def _(c):
    r = c.r
    return (pick(r, "playbooks/checkmk_folders.yml", "ansible/checkmk/folders.yml"),
            L("---", "- hosts: localhost", "  gather_facts: false", "  tasks:", "    - name: Create folder",
              "      checkmk.general.folder:", "        server_url: \"https://%s/\"" % c.fqdn("mon"),
              "        site: \"%s\"" % pick(r, "mysite", "cmk"), "        automation_user: \"automation\"",
              "        automation_secret: \"{{ lookup('ansible.builtin.env', 'CHECKMK_SECRET') }}\"",
              "        path: \"/%s\"" % c.site, "        name: \"%s\"" % c.site.upper(), "        state: present"))


@N("env_example_file", "librenms", "placeholders")
def _(c):
    r = c.r
    return (pick(r, ".env.example", "librenms/.env.example", "deploy/.env.sample"),
            L("# copy to .env and fill in", "DB_HOST=localhost", "DB_DATABASE=librenms", "DB_USERNAME=librenms",
              "DB_PASSWORD=", "ZABBIX_API_TOKEN=<64-hex-token-from-Users-API-tokens>", "DD_API_KEY=",
              "NEW_RELIC_LICENSE_KEY=your_license_key_here", "SNMP_COMMUNITY=public", "TZ=UTC"))


@N("ifalias_csv_descriptions", "librenms", "descriptions")
def _(c):
    r = c.r
    lines = ["device,ifName,ifAlias,ifSpeed"]
    for i in range(r.randint(5, 9)):
        lines.append("%s,Gi1/0/%d,%s,%d" % (c.host("sw"), i + 1, pick(r, "uplink-%s" % c.host("core"), "srv-%s" % c.host("db"), "AP-%s-%02d" % (c.site, i), "unused"), r.choice([1000000000, 10000000000])))
    return pick(r, "exports/ports.csv", "reports/interface_aliases.csv"), L(*lines)


@N("prtg_device_template_xml", "prtg", "guids")
def _(c):
    r = c.r
    lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<devicetemplate id=\"%s\" name=\"%s Linux\" priority=\"1\">" % (c.uuid(), c.org.capitalize()),
             "  <check id=\"ping\" meta=\"ping\"/>", "  <check id=\"snmp\" meta=\"snmp\" requires=\"ping\"/>", "  <create>"]
    for s in r.sample(["ping", "snmpcpu", "snmpmemory", "snmpdiskfree", "snmptraffic"], 3):
        lines += ["    <create id=\"%s\" kind=\"%s\" requires=\"snmp\" displayname=\"%s\">" % (c.uuid(), s, s.upper()),
                  "      <createdata><interval>60</interval><priority>3</priority></createdata>", "    </create>"]
    lines += ["  </create>", "</devicetemplate>"]
    return pick(r, "prtg/devicetemplates/%s-linux.odt" % c.org, "templates/prtg/linux.odt"), L(*lines)


@N("datadog_yaml_envref", "datadog", "env_reference")
def _(c):
    r = c.r
    return (pick(r, "etc/datadog-agent/datadog.yaml", "datadog/datadog.yaml"),
            L("# api_key is injected via DD_API_KEY by the systemd drop-in", "site: datadoghq.com",
              "hostname_fqdn: true", "secret_backend_command: /usr/local/bin/dd-secret-helper",
              "tags:", "  - team:%s" % pick(r, "sre", "netops"), "  - dc:%s" % c.site,
              "inventories_configuration_enabled: true"))


# ================================================================ negative slot values
PLACEHOLDERS = {
    "password": ["<your-password>", "<PASSWORD>", "changeme", "CHANGE_ME", "REPLACE_ME", "your_password_here",
                 "xxxxxxxxxxxx", "<db-password>", "TODO-set-in-vault", "secret"],
    "token": ["<your-api-token>", "YOUR_API_KEY_HERE", "<API_TOKEN>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
              "REPLACE_WITH_TOKEN", "your_license_key_here", "<insert key>", "TOKEN_GOES_HERE"],
    "hex": ["<psk-hex>", "0" * 64, "<output of openssl rand -hex 32>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "CHANGE_ME_PSK"],
    "community": ["<community>", "YOUR_COMMUNITY", "changeme", "xxxxxx", "<snmp-community-string>"],
    "passhash": ["<passhash>", "0000000000", "YOUR_PASSHASH", "1234567890"],
}
MASKS = ["********", "[REDACTED]", "***", "<redacted>", "REDACTED", "xxxx-masked-xxxx", "****************"]
TEMPLATE_EXPR = ["<%%= @%s %%>", "{{ pillar.monitoring.%s }}", "{{ .Values.%s }}", "#{%s}", "@@%s@@"]


def _yamlish(path):
    return path.endswith((".yml", ".yaml"))


def neg_slot(r, t, path_hint):
    """Return (slot_text, mode) for a non-secret value in template t."""
    q = t["q"]
    var = t["var"]
    low = var.lower()
    cls = t["cls"]
    if t["negvals"] is not None:
        val = r.choice(t["negvals"])
        mode = "doc_example" if val in ZBX_PSK_DOC else ("empty" if val == "" else "placeholder")
        return q + val + q, mode
    modes = ["placeholder"] * 24 + ["env_reference"] * 20 + ["secret_manager_ref"] * 10 + ["masked"] * 12 + \
        ["empty"] * 9 + ["template_expr"] * 8
    examples = list(t["examples"])
    if cls == "hex":
        examples += ZBX_PSK_DOC
    if examples:
        modes += ["doc_example"] * 12
    if cls == "community":
        modes += ["public_value"] * 12
    mode = r.choice(modes)
    qq = q
    if mode == "placeholder":
        val = r.choice(PLACEHOLDERS[cls])
    elif mode == "masked":
        val = r.choice(MASKS)
    elif mode == "empty":
        val = ""
    elif mode == "doc_example":
        val = r.choice(examples)
    elif mode == "public_value":
        val = "public"
    elif mode == "env_reference":
        if t["ref"] and r.random() < 0.7:
            return t["ref"], mode
        val = r.choice(["${%s}" % var, "${%s}" % var, "$%s" % var, "{{ vault_%s }}" % low if _yamlish(path_hint) else "${%s}" % var,
                        "%%(ENV_%s)s" % var if path_hint.endswith((".ini", ".conf", ".cfg")) else "${%s:?missing}" % var])
    elif mode == "secret_manager_ref":
        val = r.choice(["op://Monitoring/%s/credential" % low, "vault:secret/data/monitoring#%s" % low,
                        ("ENC[%s]" if t["provider"] == "datadog" else "secret://monitoring/%s") % low, "arn:aws:secretsmanager:eu-central-1:%d:secret:monitoring/%s" % (r.randint(10 ** 11, 10 ** 12 - 1), low),
                        "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/monitoring:%s') }}" % low])
    else:
        val = r.choice(TEMPLATE_EXPR) % low
    if q and q in val:
        val = "${%s}" % var
    if not q and not _yamlish(path_hint) and ("'" in val or '"' in val):
        val = "${%s}" % var
    embedded = t["gen"] is gen_urlpw
    if embedded and (" " in val or "'" in val or '"' in val):
        val = "${%s}" % var
    if (not embedded and qq == "" and _yamlish(path_hint)
            and (" " in val or val.startswith(("{", "[", "*", "@", "<", "%", "!", "&", "`")))):
        qq = '"'
    return qq + val + qq, mode


# ================================================================ assembly
def filetype(path):
    b = os.path.basename(path)
    if b == "Dockerfile":
        return "dockerfile"
    if b.startswith(".env"):
        return "env"
    if b == ".my.cnf":
        return "cnf"
    core = b.lstrip(".")
    if "." in core:
        return core.rsplit(".", 1)[1].lower()
    return "txt"


ENV_OK_SUFFIXES = ("example", "sample", "template", "dist", "defaults")


def is_blocked_env(path):
    b = os.path.basename(path)
    if b == ".env":
        return True
    if b.startswith(".env."):
        return b.split(".", 2)[2] not in ENV_OK_SUFFIXES
    return False


def cycle_pick(r, items, n, ok=lambda it: True):
    out = []
    pool = []
    while len(out) < n:
        if not pool:
            pool = [it for it in items if ok(it)]
            r.shuffle(pool)
        out.append(pool.pop())
    return out


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_he.py OUTDIR SEED\n")
        return 2
    outdir = argv[1]
    seed = int(argv[2])
    r = random.Random(seed)
    for sub in ("pos", "neg"):
        if os.path.isdir(os.path.join(outdir, sub)):
            shutil.rmtree(os.path.join(outdir, sub))
    os.makedirs(outdir, exist_ok=True)

    manifest = []
    secrets = []
    env_pos = 0
    npos = nneg = 500

    # ---------------- positives
    plan = cycle_pick(r, POS, npos)
    for i, t in enumerate(plan):
        c = Ctx(r)
        for _attempt in range(20):
            secret = t["gen"](c.r)
            rel, text = t["fn"](c, t["q"] + secret + t["q"])
            if is_blocked_env(rel) and env_pos >= npos // 20:
                t = r.choice([x for x in POS if not x["envfile"]])
                continue
            break
        if is_blocked_env(rel):
            env_pos += 1
        assert env_pos <= npos // 20
        lines = text.split("\n")
        line = next((k + 1 for k, ln in enumerate(lines) if secret in ln), None)
        assert secret and line is not None, (t["name"], secret)
        assert secret in lines[line - 1]
        assert "\n" not in secret
        fname = "pos/p%04d/%s" % (i, rel)
        write(outdir, fname, text)
        # re-read and verify the needle really is on that line
        with open(os.path.join(outdir, fname), encoding="utf-8", newline="") as fh:
            back = fh.read().split("\n")
        assert secret in back[line - 1] and not any(secret in x for x in back[:line - 1])
        manifest.append({"file": fname, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(rel)})
        secrets.append({"file": fname, "needle": secret, "line": line})

    # ---------------- negatives
    reuse = cycle_pick(r, POS, nneg // 2, ok=lambda x: not x["envfile"])
    looks = cycle_pick(r, NEG, nneg - nneg // 2)
    jobs = [("reuse", t) for t in reuse] + [("look", t) for t in looks]
    r.shuffle(jobs)
    for i, (how, t) in enumerate(jobs):
        c = Ctx(r)
        if how == "reuse":
            # render once with a marker to learn the path, then with the real value
            probe_state = r.getstate()
            rel, _ = t["fn"](c, "MARKER")
            r.setstate(probe_state)
            slot, mode = neg_slot(r, t, rel)
            c = Ctx(r)
            rel, text = t["fn"](c, slot)
            provider, kind = t["provider"], "%s:%s" % (t["kind"], mode)
        else:
            rel, text = t["fn"](c)
            provider, kind = t["provider"], t["kind"]
        assert not is_blocked_env(rel), rel
        fname = "neg/n%04d/%s" % (i, rel)
        write(outdir, fname, text)
        manifest.append({"file": fname, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=False) + "\n")
    assert len([m for m in manifest if m["label"] == "pos"]) == npos
    assert len([m for m in manifest if m["label"] == "neg"]) == nneg
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
