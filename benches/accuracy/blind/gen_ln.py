#!/usr/bin/env python3
"""gen_ln.py - blind evaluation set: IP intelligence, geolocation, anti-abuse and threat feeds.

EMPHASIS
  Credentials that live next to IP-intelligence / geolocation / anti-abuse code and ops config:
  MaxMind (GeoIP.conf AccountID + LicenseKey, geoipupdate GEOIPUPDATE_LICENSE_KEY, download URLs
  with license_key=, basic auth "account:key", GeoIP2 / minFraud web-service clients), ipinfo
  (token= in URLs, Bearer header, IPinfo Lite), ipdata (api-key=), ipstack / ipapi.com
  (access_key=), ipgeolocation.io (apiKey=), IP2Location (download token, ip2location.io key),
  IPQualityScore (key in URL path), AbuseIPDB (Key: header, fail2ban action.d/jail.local),
  GreyNoise (key: header), Spamhaus DQS (key embedded in <key>.zen.dq.spamhaus.net), Project
  Honey Pot http:BL (12 lowercase letters embedded in DNS query), CrowdSec (bouncer API keys,
  machine passwords in local_api_credentials.yaml, console enrollment keys), Cloudflare API
  tokens for IP lists, Shodan, Censys (API id + secret), db-ip, FraudLabs Pro, Sift.
  File types: GeoIP.conf, YAML (CrowdSec, compose, Kubernetes, Traefik, GitHub Actions), nginx
  conf, fail2ban action.d/*.conf and jail.local, postfix main.cf, rspamd conf, Python, Go, PHP,
  Node.js, Ruby, shell (cron + curl), Dockerfile, Terraform, Markdown, JSON, INI, SQL, CSV, logs,
  .env (few, < 1 in 20 positives). Comments in English, French, German, Spanish, Portuguese,
  Japanese, Russian and Chinese.

USAGE
  python3 -B gen_ln.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
  Deterministic per SEED: all randomness comes from one random.Random(SEED).

NEEDLE CONVENTIONS
  The needle is always the bare credential value exactly as written, nothing around it:
  - URLs: only the value of license_key= / token= / access_key= / api-key= / apiKey= / key=, or
    the path segment (IPQualityScore, db-ip); for "account:key@" or curl -u "acct:key" only key.
  - Headers: only the value (no "Bearer ", no "Key: ").
  - DNS-embedded keys (Spamhaus DQS, http:BL): only the key label, not the query name.
  - Key pairs (MaxMind AccountID + LicenseKey, Censys API id + secret, CrowdSec login +
    password): only the secret half (license key, API secret, password); ids are context.
  - No multi-line keys are used in this domain (public PGP/SSH keys appear only as negatives).

NEGATIVES
  250 re-use the positive templates with the secret slot holding a non-secret: placeholders
  (YOUR_LICENSE_KEY, <your-token>, changeme, xxxx...), empty values, masked values (****,
  [REDACTED], "AbC123******" as MaxMind support shows), env / secret-manager / template
  references (${VAR}, {{ .Values.x }}, ${{ secrets.X }}, op://, vault:, %(x)s), documented
  examples (GeoIP.conf default LicenseKey 000000000000, ipdata "test" key, IP2Location "demo",
  http:BL spec example "abcdefghijkl") and public values. 250 are domain look-alikes: AccountID
  alone, EditionIDs, mmdb names, sha256/md5 of downloads, IPs/CIDRs/ASNs, GeoNames ids, country
  codes, Spamhaus public zones (zen.spamhaus.org), DROP lists, CrowdSec bouncer names, machine_id
  values, decisions, API responses, STIX ids, go.sum / npm integrity hashes, Cloudflare
  account/zone/list ids, public PGP / SSH keys, webhook signatures in fixtures, env lookups.
  No negative is written to a .env / .env.local / .env.production file.

FORMATS CHECKED (search tool, providers' docs)
  - MaxMind release note 2023-03-16: new license keys are 40 chars, charset [a-zA-Z0-9_],
    six-character prefix, "_mmk" suffix; older keys [a-zA-Z0-9] (12 chars used here for the
    legacy kind, GeoIP.conf default "000000000000" is a documented placeholder).
  - Spamhaus DQS docs: zones are <key>.<zone>.dq.spamhaus.net, key is a 26-character code.
  - Project Honey Pot http:BL API spec: access keys are 12 chars, lower case, letters only;
    query is <key>.<reversed-ip>.dnsbl.httpbl.org.
  - apilayer ipapi docs: access key is "a unique 32-character hash", passed as access_key=.
  - AbuseIPDB v2: header named "Key"; GreyNoise docs: header named "key".
  - CrowdSec docs: machines use login/password (local_api_credentials.yaml, cscli machines add
    --auto), bouncers use an API key from cscli bouncers add, cscli console enroll <enroll-key>.
  - ipinfo: token via ?token= or Authorization: Bearer (seen in real client code).
  - A search hit was a secret-scanner vendor's detector page (GitGuardian, MaxMind); it was not
    used; the MaxMind format comes from MaxMind's own release note.

DOUBTS
  Not confirmed from provider docs, chosen from memory of real-world values: ipinfo token
  (14 lowercase hex), ipdata key (56 lowercase hex), ipgeolocation.io key (32 hex), IP2Location
  download token (64 [A-Za-z0-9]) and ip2location.io key (32 uppercase hex), IPQualityScore key
  (32 [A-Za-z0-9]), AbuseIPDB key (80 lowercase hex), GreyNoise key (64 [A-Za-z0-9]), Spamhaus
  DQS alphabet (lowercase alnum assumed), CrowdSec bouncer key (32 hex or 43-char base64 in newer
  versions), CrowdSec machine password (64 [A-Za-z0-9]), console enroll key (25-char cuid-like
  "cl..." lowercase alnum), Cloudflare API token (40 [A-Za-z0-9_-]), Shodan key (32 alnum),
  Censys secret (32 alnum), db-ip key (40 lowercase hex), FraudLabs Pro key (32 uppercase alnum),
  Sift REST key (32 lowercase hex). The MaxMind new-format body after the prefix is drawn from
  [A-Za-z0-9] (no inner underscore) even though "_" is allowed.
"""
import json
import os
import random
import sys

R = random.Random(0)

LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
ALNUM = LOW + UP + DIG
B64 = ALNUM + "+/"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rc(seq):
    return R.choice(seq)


def ri(a, b):
    return R.randint(a, b)


# ---------------------------------------------------------------- secret formats
def mm_new():
    return rs(ALNUM, 6) + "_" + rs(ALNUM, 29) + "_mmk"


def mm_legacy():
    return rs(ALNUM, 12)


def bouncer_key():
    if R.random() < 0.6:
        return rs(HEXL, 32)
    return rs(B64, 43)


SECRET = {
    "maxmind_new": mm_new,
    "maxmind_legacy": mm_legacy,
    "maxmind_any": lambda: mm_new() if R.random() < 0.7 else mm_legacy(),
    "ipinfo": lambda: rs(HEXL, 14),
    "ipdata": lambda: rs(HEXL, 56),
    "ipstack": lambda: rs(HEXL, 32),
    "ipgeolocation": lambda: rs(HEXL, 32),
    "ip2location_dl": lambda: rs(ALNUM, 64),
    "ip2location_io": lambda: rs(HEXU, 32),
    "ipqs": lambda: rs(ALNUM, 32),
    "abuseipdb": lambda: rs(HEXL, 80),
    "greynoise": lambda: rs(ALNUM, 64),
    "spamhaus_dqs": lambda: rs(LOW + DIG, 26),
    "httpbl": lambda: rs(LOW, 12),
    "crowdsec_bouncer": bouncer_key,
    "crowdsec_machine": lambda: rs(ALNUM, 64),
    "crowdsec_enroll": lambda: "cl" + rs(LOW + DIG, 23),
    "cloudflare": lambda: rs(ALNUM + "_-", 40),
    "shodan": lambda: rs(ALNUM, 32),
    "censys": lambda: rs(ALNUM, 32),
    "dbip": lambda: rs(HEXL, 40),
    "fraudlabs": lambda: rs(UP + DIG, 32),
    "sift": lambda: rs(HEXL, 32),
}

DOC_EXAMPLES = {
    "maxmind_legacy": ["000000000000"],
    "maxmind_any": ["000000000000"],
    "maxmind_new": ["000000000000"],
    "ipdata": ["test"],
    "ip2location_io": ["demo"],
    "ip2location_dl": ["demo"],
    "httpbl": ["abcdefghijkl"],
    "ipstack": ["YOUR_ACCESS_KEY"],
}

# ---------------------------------------------------------------- innocent context helpers
COMMENTS = [
    ("Weekly refresh of the GeoIP databases", "Mise à jour hebdomadaire des bases GeoIP",
     "Wöchentliche Aktualisierung der GeoIP-Datenbanken", "Actualización semanal de las bases GeoIP",
     "GeoIPデータベースを毎週更新する", "Еженедельное обновление баз GeoIP", "每周更新 GeoIP 数据库"),
    ("Look up the client address before scoring the signup", "Vérifier l'adresse du client avant le score",
     "Client-Adresse vor der Bewertung prüfen", "Consultar la IP del cliente antes de puntuar",
     "登録前にクライアントIPを確認する", "Проверяем IP клиента перед оценкой", "注册前先查询客户端 IP"),
    ("Block known abusive addresses at the edge", "Bloquer les adresses abusives connues",
     "Bekannte missbräuchliche Adressen blockieren", "Bloquear direcciones abusivas conocidas",
     "既知の不正アドレスをブロックする", "Блокируем известные вредоносные адреса", "在边缘拦截已知恶意地址"),
    ("Report offenders back to the feed", "Signaler les attaquants au flux",
     "Angreifer an den Feed melden", "Reportar atacantes al servicio",
     "攻撃元をフィードに報告する", "Сообщаем об атакующих в фид", "将攻击者上报到情报源"),
    ("Cache answers for an hour to stay under the quota", "Mettre en cache une heure pour rester sous le quota",
     "Antworten eine Stunde cachen, um das Kontingent einzuhalten", "Cachear respuestas una hora por la cuota",
     "クォータ節約のため1時間キャッシュする", "Кэшируем ответы на час из-за квоты", "缓存一小时以免超出配额"),
    ("Enrich alerts with reputation context", "Enrichir les alertes avec la réputation",
     "Alarme mit Reputationsdaten anreichern", "Enriquecer alertas con reputación",
     "アラートにレピュテーション情報を付与する", "Обогащаем алерты данными о репутации", "用信誉数据丰富告警"),
    ("Atualiza a lista de bloqueio a cada 4 horas", "Refresh the blocklist every 4 hours",
     "Sperrliste alle 4 Stunden aktualisieren", "Actualiza la lista de bloqueo cada 4 horas",
     "ブロックリストを4時間ごとに更新", "Обновляем блоклист каждые 4 часа", "每4小时刷新一次黑名单"),
]


def cm():
    return rc(rc(COMMENTS))


def ip4():
    first = rc([5, 23, 31, 37, 45, 46, 51, 62, 77, 78, 80, 85, 89, 91, 92, 103, 104, 109, 117, 118,
                141, 144, 151, 159, 162, 167, 176, 178, 185, 188, 193, 194, 195, 203, 212, 213, 217])
    return "%d.%d.%d.%d" % (first, ri(0, 255), ri(0, 255), ri(1, 254))


def ip6():
    return "2a0%d:%x:%x::%x" % (ri(1, 9), ri(0x100, 0xffff), ri(0, 0xffff), ri(1, 0xfff))


def cidr():
    ip = ip4().rsplit(".", 1)[0] + ".0"
    return ip + "/" + str(rc([16, 20, 22, 24, 24, 24]))


def acct():
    return str(ri(100000, 1299999))


def asn():
    return rc([13335, 15169, 16509, 8075, 14061, 24940, 16276, 3320, 12322, 20473, 9009, 4134, 4837,
               45102, 62240, 51167, 60068, 206264, 202425, 396982])


def uuid():
    h = rs(HEXL, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rc("89ab"), h[17:20], h[20:32])


def sha256():
    return rs(HEXL, 64)


def md5():
    return rs(HEXL, 32)


def sha1():
    return rs(HEXL, 40)


def b64(n):
    s = rs(B64, n)
    return s


def date():
    return "20%02d-%02d-%02d" % (ri(22, 25), ri(1, 12), ri(1, 28))


def ymd():
    return date().replace("-", "")


EDITIONS = ["GeoLite2-City", "GeoLite2-Country", "GeoLite2-ASN", "GeoIP2-City", "GeoIP2-ISP",
            "GeoIP2-Anonymous-IP", "GeoIP2-Connection-Type", "GeoIP2-Domain", "GeoIP2-Country"]


def editions():
    k = ri(1, 3)
    out = []
    for e in EDITIONS:
        if len(out) < k and R.random() < 0.4:
            out.append(e)
    return out or ["GeoLite2-City"]


COUNTRIES = ["US", "DE", "FR", "GB", "NL", "BR", "JP", "IN", "RU", "CN", "ES", "IT", "PL", "SE", "CA",
             "AU", "SG", "KR", "UA", "TR", "VN", "ID", "MX", "AR", "ZA"]
CITIES = [("Frankfurt am Main", 2925533, "DE", 50.1155, 8.6842), ("Amsterdam", 2759794, "NL", 52.374, 4.8897),
          ("Paris", 2988507, "FR", 48.8534, 2.3488), ("London", 2643743, "GB", 51.5085, -0.1257),
          ("Ashburn", 4744870, "US", 39.0437, -77.4875), ("Tokyo", 1850147, "JP", 35.6895, 139.6917),
          ("São Paulo", 3448439, "BR", -23.5475, -46.6361), ("Singapore", 1880252, "SG", 1.2897, 103.8501),
          ("Warsaw", 756135, "PL", 52.2298, 21.0118), ("Madrid", 3117735, "ES", 40.4165, -3.7026)]
APPS = ["signup-guard", "edge-geo", "fraud-svc", "geo-api", "shield", "ipintel", "checkout", "waf-sync",
        "abuse-reporter", "threatfeed", "geofence", "login-risk", "mailgate", "blocklist-sync"]


def app():
    return rc(APPS)


def envname(provider):
    return {
        "maxmind_new": "MAXMIND_LICENSE_KEY", "maxmind_legacy": "MAXMIND_LICENSE_KEY",
        "maxmind_any": "GEOIPUPDATE_LICENSE_KEY", "ipinfo": "IPINFO_TOKEN", "ipdata": "IPDATA_API_KEY",
        "ipstack": "IPSTACK_ACCESS_KEY", "ipgeolocation": "IPGEOLOCATION_API_KEY",
        "ip2location_dl": "IP2LOCATION_TOKEN", "ip2location_io": "IP2LOCATION_IO_KEY",
        "ipqs": "IPQS_KEY", "abuseipdb": "ABUSEIPDB_API_KEY", "greynoise": "GREYNOISE_API_KEY",
        "spamhaus_dqs": "DQS_KEY", "httpbl": "HTTPBL_ACCESS_KEY", "crowdsec_bouncer": "CROWDSEC_BOUNCER_KEY",
        "crowdsec_machine": "CROWDSEC_MACHINE_PASSWORD", "crowdsec_enroll": "CROWDSEC_ENROLL_KEY",
        "cloudflare": "CLOUDFLARE_API_TOKEN", "shodan": "SHODAN_API_KEY", "censys": "CENSYS_API_SECRET",
        "dbip": "DBIP_API_KEY", "fraudlabs": "FRAUDLABSPRO_API_KEY", "sift": "SIFT_API_KEY",
    }.get(provider, "API_KEY")


# ---------------------------------------------------------------- negative slot values
PLACEHOLDERS = ["YOUR_LICENSE_KEY", "YOUR_API_KEY_HERE", "<your-license-key>", "<YOUR_TOKEN>", "changeme",
                "REPLACE_ME", "your_api_key", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "XXXXXXXXXXXX",
                "<api-key>", "TODO", "insert-key-here", "YOUR_ACCESS_KEY", "<token>", "dummy", "your-key-here",
                "PUT_YOUR_KEY_HERE", "<redacted>", "12345", "test-key"]
MASKED = ["****", "********", "[REDACTED]", "<hidden>", "***REDACTED***", "••••••••", "(masked)"]


def neg_slot(meta):
    """Return (value, subkind) for a re-used positive template."""
    prov, ctx = meta["gen"], meta["ctx"]
    name = envname(prov)
    choices = ["placeholder", "placeholder", "masked", "ref", "ref", "ref", "doc"]
    if ctx not in ("dns", "url", "path"):
        choices.append("empty")
    kind = rc(choices)
    if kind == "doc" and prov not in DOC_EXAMPLES:
        kind = "placeholder"
    if kind == "placeholder":
        v = rc(PLACEHOLDERS)
        if ctx in ("dns", "url", "path"):
            v = rc(["YOUR_KEY", "YOUR_API_KEY", "xxxxxxxxxxxx", "changeme", "REPLACE_ME", "your-key"])
        return v, "placeholder"
    if kind == "masked":
        if prov.startswith("maxmind") and R.random() < 0.5:
            return rs(ALNUM, 6) + "*" * rc([6, 10, 34]), "masked"
        v = rc(MASKED)
        if ctx in ("dns", "url", "path"):
            v = rc(["REDACTED", "xxxx", "MASKED", "******"])
        return v, "masked"
    if kind == "empty":
        return "", "empty"
    if kind == "doc":
        return rc(DOC_EXAMPLES[prov]), "doc_example"
    lang = meta["lang"]
    low = name.lower()
    if lang in ("yaml",) and R.random() < 0.5:
        v = rc(["{{ .Values.%s }}" % low.replace("_", ""), "{{ env \"%s\" }}" % name,
                "${{ secrets.%s }}" % name, "{{ vault('secret/data/geoip', '%s') }}" % low])
    elif lang in ("ini", "conf") and R.random() < 0.5:
        v = rc(["%%(%s)s" % low, "${%s}" % name, "@%s@" % name])
    elif lang in ("tf",):
        v = rc(["${var.%s}" % low, "${data.vault_generic_secret.geo.data[\"%s\"]}" % low])
    elif ctx in ("dns", "url", "path"):
        v = rc(["${%s}" % name, "$%s" % name, "{%s}" % low, "%%%s%%" % name])
    else:
        v = rc(["${%s}" % name, "$%s" % name, "op://ops/%s/credential" % low.replace("_", "-"),
                "vault:secret/data/ipintel#%s" % low, "{{%s}}" % name, "arn:aws:secretsmanager:eu-west-1:%s:secret:%s" % (
                    rs(DIG, 12), low.replace("_", "-")), "<%s>" % name])
    return v, "env_ref"


# ---------------------------------------------------------------- positive templates
PROVIDER = {
    "maxmind_new": "maxmind", "maxmind_legacy": "maxmind", "maxmind_any": "maxmind", "ipinfo": "ipinfo",
    "ipdata": "ipdata", "ipstack": "ipstack", "ipgeolocation": "ipgeolocation", "ip2location_dl": "ip2location",
    "ip2location_io": "ip2location", "ipqs": "ipqualityscore", "abuseipdb": "abuseipdb",
    "greynoise": "greynoise", "spamhaus_dqs": "spamhaus", "httpbl": "projecthoneypot",
    "crowdsec_bouncer": "crowdsec", "crowdsec_machine": "crowdsec", "crowdsec_enroll": "crowdsec",
    "cloudflare": "cloudflare", "shodan": "shodan", "censys": "censys", "dbip": "db-ip",
    "fraudlabs": "fraudlabspro", "sift": "sift",
}
POS = []


def pos(gen, kind, ctx, lang, conv):
    def deco(fn):
        POS.append({"fn": fn, "gen": gen, "kind": kind, "ctx": ctx, "lang": lang, "conv": conv,
                    "name": fn.__name__})
        return fn
    return deco


def J(*lines):
    return "\n".join(lines) + "\n"


# ---- MaxMind
@pos("maxmind_new", "license_key", "bare", "conf", True)
def p_geoip_conf(k):
    path = rc(["GeoIP.conf", "etc/GeoIP.conf", "deploy/geoip/GeoIP.conf", "ops/geoipupdate/GeoIP.conf"])
    return path, J("# GeoIP.conf file for `geoipupdate` program, for versions >= 3.1.1.",
                   "# " + cm(), "# Used to update GeoIP databases from https://www.maxmind.com.",
                   "", "AccountID " + acct(), "LicenseKey " + k,
                   "", "# Enter the edition IDs of the databases you would like to update.",
                   "EditionIDs " + " ".join(editions()), "",
                   "DatabaseDirectory /var/lib/GeoIP", "# LockFile /var/lib/GeoIP/.geoipupdate.lock",
                   "PreserveFileTimes 1", "RetryFor %dm" % rc([5, 10, 15]))


@pos("maxmind_legacy", "license_key_legacy", "bare", "conf", True)
def p_geoip_conf_legacy(k):
    return rc(["GeoIP.conf", "legacy/GeoIP.conf", "roles/geoip/files/GeoIP.conf"]), J(
        "# GeoIP.conf - geoipupdate 2.x (kept for the old mail relays)", "# " + cm(),
        "UserId " + acct(), "LicenseKey " + k, "ProductIds GeoLite2-City GeoLite2-Country 106",
        "DatabaseDirectory /usr/share/GeoIP")


@pos("maxmind_any", "license_key", "bare", "yaml", True)
def p_compose_geoipupdate(k):
    return rc(["docker-compose.yml", "compose.yaml", "deploy/docker-compose.geo.yml"]), J(
        "services:", "  geoipupdate:", "    image: ghcr.io/maxmind/geoipupdate:v%d.%d" % (ri(6, 7), ri(0, 1)),
        "    restart: unless-stopped", "    environment:",
        "      GEOIPUPDATE_ACCOUNT_ID: \"%s\"" % acct(), "      GEOIPUPDATE_LICENSE_KEY: " + k,
        "      GEOIPUPDATE_EDITION_IDS: \"%s\"" % " ".join(editions()),
        "      GEOIPUPDATE_FREQUENCY: \"%d\"" % rc([24, 72, 168]), "    volumes:",
        "      - geoip_data:/usr/share/GeoIP", "  %s:" % app(), "    build: .", "    volumes:",
        "      - geoip_data:/usr/share/GeoIP:ro", "volumes:", "  geoip_data: {}")


@pos("maxmind_new", "license_key", "bare", "yaml", True)
def p_k8s_secret_mm(k):
    return rc(["k8s/geoipupdate-secret.yaml", "deploy/k8s/geoip/secret.yaml", "manifests/geoipupdate.yaml"]), J(
        "apiVersion: v1", "kind: Secret", "metadata:", "  name: geoipupdate-credentials",
        "  namespace: %s" % rc(["edge", "ingress", "platform", "geo"]), "  labels:",
        "    app.kubernetes.io/name: geoipupdate", "type: Opaque", "stringData:",
        "  GEOIPUPDATE_ACCOUNT_ID: \"%s\"" % acct(), "  GEOIPUPDATE_LICENSE_KEY: " + k,
        "  GEOIPUPDATE_EDITION_IDS: \"%s\"" % " ".join(editions()))


@pos("maxmind_any", "license_key", "url", "sh", False)
def p_cron_mm_url(k):
    ed = rc(EDITIONS[:3])
    return rc(["scripts/update-geoip.sh", "cron/geolite-refresh.sh", "bin/fetch_geoip.sh"]), J(
        "#!/usr/bin/env bash", "# " + cm(), "set -euo pipefail", "DEST=/usr/share/GeoIP", "TMP=$(mktemp -d)",
        "trap 'rm -rf \"$TMP\"' EXIT", "",
        "curl -fsSL -o \"$TMP/%s.tar.gz\" \\" % ed,
        "  \"https://download.maxmind.com/app/geoip_download?edition_id=%s&license_key=%s&suffix=tar.gz\"" % (ed, k),
        "tar -xzf \"$TMP/%s.tar.gz\" -C \"$TMP\"" % ed,
        "install -m 0644 \"$TMP\"/%s_*/%s.mmdb \"$DEST/%s.mmdb\"" % (ed, ed, ed),
        "systemctl reload nginx")


@pos("maxmind_new", "license_key", "str", "sh", False)
def p_curl_basic_mm(k):
    a, ed = acct(), rc(EDITIONS[:3])
    return rc(["ops/cron/geoip-weekly.sh", "scripts/download_mmdb.sh"]), J(
        "#!/bin/sh", "# " + cm(), "# crontab: 17 4 * * 3 /opt/%s/ops/cron/geoip-weekly.sh" % app(),
        "cd /var/lib/GeoIP || exit 1",
        "curl -sS -L -u \"%s:%s\" \\" % (a, k),
        "  'https://download.maxmind.com/geoip/databases/%s/download?suffix=tar.gz' -o %s.tar.gz" % (ed, ed),
        "sha256sum -c %s.tar.gz.sha256 2>/dev/null || echo 'checksum file missing'" % ed,
        "tar xzf %s.tar.gz --strip-components=1 --wildcards '*.mmdb'" % ed)


@pos("maxmind_any", "license_key", "str", "py", False)
def p_py_geoip2_ws(k):
    return rc(["app/geo/lookup.py", "services/geo.py", "src/%s/geoip.py" % app().replace("-", "_")]), J(
        "import functools", "import logging", "", "import geoip2.webservice", "", "log = logging.getLogger(__name__)",
        "", "# " + cm(), "_client = geoip2.webservice.Client(%s, \"%s\", host=\"geolite.info\")" % (acct(), k), "",
        "", "@functools.lru_cache(maxsize=4096)", "def city_for(ip: str):",
        "    try:", "        r = _client.city(ip)", "    except geoip2.errors.AddressNotFoundError:",
        "        return None", "    return r.city.name, r.country.iso_code")


@pos("maxmind_any", "license_key", "str", "go", False)
def p_go_mm_basic(k):
    return rc(["internal/geo/client.go", "pkg/ipintel/maxmind.go"]), J(
        "package geo", "", "import (", "\t\"encoding/json\"", "\t\"net/http\"", "\t\"time\"", ")", "",
        "// " + cm(), "const accountID = \"%s\"" % acct(), "", "var httpClient = &http.Client{Timeout: 3 * time.Second}",
        "", "func Country(ip string) (string, error) {",
        "\treq, _ := http.NewRequest(\"GET\", \"https://geoip.maxmind.com/geoip/v2.1/country/\"+ip, nil)",
        "\treq.SetBasicAuth(accountID, \"%s\")" % k, "\tresp, err := httpClient.Do(req)",
        "\tif err != nil {", "\t\treturn \"\", err", "\t}", "\tdefer resp.Body.Close()",
        "\tvar out struct{ Country struct{ IsoCode string `json:\"iso_code\"` } `json:\"country\"` }",
        "\treturn out.Country.IsoCode, json.NewDecoder(resp.Body).Decode(&out)", "}")


@pos("maxmind_any", "license_key", "str", "php", False)
def p_php_mm(k):
    return rc(["src/Geo/Locator.php", "app/Services/GeoIpService.php"]), J(
        "<?php", "", "namespace App\\Services;", "", "use GeoIp2\\WebService\\Client;", "",
        "final class GeoIpService", "{", "    private Client $client;", "",
        "    public function __construct()", "    {", "        // " + cm(),
        "        $this->client = new Client(%s, '%s', ['en', 'de']);" % (acct(), k), "    }", "",
        "    public function country(string $ip): ?string", "    {",
        "        return $this->client->country($ip)->country->isoCode;", "    }", "}")


@pos("maxmind_new", "license_key", "str", "js", False)
def p_node_mm(k):
    return rc(["src/geo.js", "lib/maxmind-client.js", "server/geo/index.js"]), J(
        "'use strict';", "const { WebServiceClient } = require('@maxmind/geoip2-node');", "",
        "// " + cm(), "const client = new WebServiceClient('%s', '%s', { host: 'geolite.info' });" % (acct(), k), "",
        "async function lookup(ip) {", "  const res = await client.city(ip);",
        "  return { country: res.country?.isoCode, city: res.city?.names?.en };", "}", "",
        "module.exports = { lookup };")


@pos("maxmind_any", "license_key", "str", "rb", True)
def p_ruby_mm(k):
    return rc(["config/initializers/maxmind.rb", "lib/geo/client.rb"]), J(
        "# frozen_string_literal: true", "require 'maxmind/geoip2'", "", "# " + cm(),
        "GEO_CLIENT = MaxMind::GeoIP2::Client.new(", "  account_id: %s," % acct(),
        "  license_key: '%s'," % k, "  timeout: 2,", ")")


@pos("maxmind_any", "license_key", "bare", "docker", True)
def p_docker_mm(k):
    return rc(["Dockerfile", "docker/geo/Dockerfile", "images/nginx-geoip/Dockerfile"]), J(
        "FROM nginx:1.%d-alpine" % ri(24, 27), "", "RUN apk add --no-cache nginx-mod-http-geoip2 curl tar",
        "# " + cm(), "ENV GEOIPUPDATE_ACCOUNT_ID=%s \\" % acct(), "    MAXMIND_LICENSE_KEY=" + k,
        "RUN curl -fsSL \"https://download.maxmind.com/geoip/databases/GeoLite2-Country/download?suffix=tar.gz\" \\",
        "      -u \"$GEOIPUPDATE_ACCOUNT_ID:$MAXMIND_LICENSE_KEY\" | tar xz --strip-components=1 -C /etc/nginx/",
        "COPY nginx.conf /etc/nginx/nginx.conf", "EXPOSE 80")


@pos("maxmind_any", "license_key", "str", "tf", True)
def p_tf_mm(k):
    return rc(["infra/geoip/variables.tf", "terraform/modules/geo/variables.tf"]), J(
        "variable \"maxmind_account_id\" {", "  type    = number", "  default = %s" % acct(), "}", "",
        "variable \"maxmind_license_key\" {", "  type      = string", "  sensitive = true",
        "  default   = \"%s\"" % k, "}", "", "variable \"edition_ids\" {", "  type    = list(string)",
        "  default = %s" % json.dumps(editions()), "}")


@pos("maxmind_any", "license_key", "bare", "env", True)
def p_env_mm(k):
    return rc([".env", ".env.production"]), J(
        "APP_ENV=production", "APP_PORT=%d" % rc([3000, 8000, 8080]), "GEOIP_DB_DIR=/var/lib/GeoIP",
        "MAXMIND_ACCOUNT_ID=" + acct(), "MAXMIND_LICENSE_KEY=" + k, "LOG_LEVEL=info")


@pos("maxmind_any", "license_key", "str", "py", True)
def p_py_minfraud(k):
    return rc(["fraud/scoring.py", "checkout/risk.py"]), J(
        "from minfraud import Client", "", "# " + cm(), "MINFRAUD_ACCOUNT_ID = %s" % acct(),
        "MINFRAUD_LICENSE_KEY = \"%s\"" % k, "", "client = Client(MINFRAUD_ACCOUNT_ID, MINFRAUD_LICENSE_KEY)", "",
        "def score(order):", "    return client.score({", "        'device': {'ip_address': order.ip},",
        "        'event': {'transaction_id': order.id, 'type': 'purchase'},", "    }).risk_score")


@pos("maxmind_any", "license_key", "url", "md", False)
def p_md_mm(k):
    return rc(["docs/geoip.md", "RUNBOOK.md", "docs/ops/geolite-refresh.md"]), J(
        "# GeoLite2 refresh", "", cm() + ".", "", "Manual download if the cron job failed:", "", "```sh",
        "wget -O GeoLite2-ASN.tar.gz 'https://download.maxmind.com/app/geoip_download?edition_id=GeoLite2-ASN&license_key=%s&suffix=tar.gz'" % k,
        "tar xzf GeoLite2-ASN.tar.gz", "```", "", "Then restart `%s`." % app())


@pos("maxmind_any", "license_key", "str", "json", True)
def p_json_mm(k):
    return rc(["appsettings.json", "config/appsettings.Production.json"]), json.dumps({
        "Logging": {"LogLevel": {"Default": "Information"}},
        "MaxMind": {"AccountId": int(acct()), "LicenseKey": k, "Host": "geolite.info",
                    "DatabasePath": "/data/GeoLite2-City.mmdb"},
        "AllowedHosts": "*"}, indent=2) + "\n"


@pos("maxmind_new", "license_key", "bare", "yaml", True)
def p_gha_mm(k):
    return rc([".github/workflows/geoip.yml", ".github/workflows/refresh-mmdb.yml"]), J(
        "name: refresh geoip", "on:", "  schedule:", "    - cron: '0 3 * * 2'", "  workflow_dispatch: {}", "",
        "jobs:", "  update:", "    runs-on: ubuntu-latest", "    env:", "      MAXMIND_ACCOUNT_ID: %s" % acct(),
        "      MAXMIND_LICENSE_KEY: " + k, "    steps:", "      - uses: actions/checkout@v4",
        "      - run: sudo apt-get install -y geoipupdate",
        "      - run: ./scripts/geoipupdate.sh")


# ---- ipinfo / ipdata / ipstack / ipgeolocation / IP2Location / IPQS / db-ip
@pos("ipinfo", "api_token", "url", "py", False)
def p_py_ipinfo_url(k):
    return rc(["app/enrich/ipinfo.py", "tools/whereis.py"]), J(
        "import requests", "", "# " + cm(), "def lookup(ip):",
        "    r = requests.get(f\"https://ipinfo.io/{ip}/json?token=%s\", timeout=3)" % k,
        "    r.raise_for_status()", "    data = r.json()", "    return data.get(\"country\"), data.get(\"org\")")


@pos("ipinfo", "api_token", "header", "js", False)
def p_js_ipinfo_hdr(k):
    return rc(["src/lib/ipinfo.ts", "api/geo.js"]), J(
        "// " + cm(), "export async function whois(ip) {", "  const res = await fetch(`https://api.ipinfo.io/lite/${ip}`, {",
        "    headers: { Accept: 'application/json', Authorization: 'Bearer %s' }," % k, "  });",
        "  if (!res.ok) throw new Error(`ipinfo ${res.status}`);", "  return res.json();", "}")


@pos("ipinfo", "api_token", "str", "go", False)
def p_go_ipinfo(k):
    return rc(["cmd/enrich/main.go", "internal/ipinfo/ipinfo.go"]), J(
        "package main", "", "import (", "\t\"fmt\"", "\t\"net\"", "", "\t\"github.com/ipinfo/go/v2/ipinfo\"",
        "\t\"github.com/ipinfo/go/v2/ipinfo/cache\"", ")", "", "// " + cm(), "func main() {",
        "\tclient := ipinfo.NewClient(nil, ipinfo.NewCache(cache.NewInMemory()), \"%s\")" % k,
        "\tinfo, err := client.GetIPInfo(net.ParseIP(\"%s\"))" % ip4(), "\tif err != nil {", "\t\tpanic(err)", "\t}",
        "\tfmt.Println(info.Country, info.Org)", "}")


@pos("ipinfo", "api_token", "url", "sh", False)
def p_sh_ipinfo(k):
    return rc(["scripts/ipinfo-batch.sh", "bin/asn-of"]), J(
        "#!/usr/bin/env bash", "# " + cm(), "while read -r ip; do",
        "  curl -s \"https://ipinfo.io/${ip}?token=%s\" | jq -r '[.ip,.country,.org] | @tsv'" % k,
        "done < \"${1:-ips.txt}\"")


@pos("ipinfo", "api_token", "bare", "yaml", True)
def p_yaml_ipinfo(k):
    return rc(["config/production.yml", "config/settings.yaml"]), J(
        "server:", "  port: %d" % rc([8080, 9000]), "  trusted_proxies: [%s]" % ", ".join('"%s"' % cidr() for _ in range(2)),
        "geo:", "  provider: ipinfo", "  ipinfo_token: " + k, "  cache_ttl: 3600",
        "  fallback_mmdb: /usr/share/GeoIP/GeoLite2-Country.mmdb")


@pos("ipdata", "api_key", "str", "py", True)
def p_py_ipdata(k):
    return rc(["geo/ipdata_client.py", "enrich/ipdata.py"]), J(
        "import ipdata", "", "# " + cm(), "ipdata.api_key = \"%s\"" % k, "",
        "def threat(ip):", "    resp = ipdata.lookup(ip, fields=['threat', 'asn'])",
        "    return resp['threat']['is_tor'] or resp['threat']['is_known_abuser']")


@pos("ipdata", "api_key", "url", "php", False)
def p_php_ipdata(k):
    return rc(["includes/geo.php", "lib/visitor-country.php"]), J(
        "<?php", "// " + cm(), "function visitor_country(string $ip): string {",
        "    $url = 'https://eu-api.ipdata.co/' . urlencode($ip) . '?api-key=%s&fields=country_code';" % k,
        "    $json = @file_get_contents($url);", "    if ($json === false) { return 'ZZ'; }",
        "    return json_decode($json, true)['country_code'] ?? 'ZZ';", "}")


@pos("ipstack", "access_key", "url", "js", False)
def p_js_ipstack(k):
    return rc(["src/services/ipstack.js", "server/middleware/geo.js"]), J(
        "const axios = require('axios');", "", "// " + cm(), "module.exports = async function geo(req, res, next) {",
        "  const ip = req.headers['x-forwarded-for']?.split(',')[0] || req.socket.remoteAddress;",
        "  const { data } = await axios.get(`http://api.ipstack.com/${ip}?access_key=%s&fields=country_code,region_code`);" % k,
        "  req.geo = data;", "  next();", "};")


@pos("ipstack", "access_key", "str", "php", True)
def p_php_ipapi(k):
    return rc(["config/services.php", "config/geo.php"]), J(
        "<?php", "", "return [", "    // " + cm(), "    'ipapi' => [", "        'endpoint' => 'https://api.ipapi.com/api/',",
        "        'access_key' => '%s'," % k, "        'timeout' => 2,", "    ],", "    'cache' => ['ttl' => 86400],", "];")


@pos("ipgeolocation", "api_key", "url", "py", False)
def p_py_ipgeo(k):
    return rc(["scripts/timezone_for_ip.py", "geo/tz.py"]), J(
        "import json", "import urllib.request", "", "# " + cm(), "def timezone(ip):",
        "    url = \"https://api.ipgeolocation.io/ipgeo?apiKey=%s&ip=\" + ip" % k,
        "    with urllib.request.urlopen(url, timeout=4) as r:", "        return json.load(r)[\"time_zone\"][\"name\"]")


@pos("ipgeolocation", "api_key", "str", "rb", True)
def p_rb_ipgeo(k):
    return rc(["app/services/ip_geolocation.rb", "lib/tz_lookup.rb"]), J(
        "require 'net/http'", "require 'json'", "", "class IpGeolocation", "  # " + cm(),
        "  IPGEOLOCATION_API_KEY = '%s'" % k, "", "  def self.call(ip)",
        "    uri = URI(\"https://api.ipgeolocation.io/ipgeo?apiKey=#{IPGEOLOCATION_API_KEY}&ip=#{ip}\")",
        "    JSON.parse(Net::HTTP.get(uri))", "  end", "end")


@pos("ip2location_dl", "download_token", "url", "sh", False)
def p_sh_ip2l(k):
    code = rc(["DB11LITEBIN", "DB1LITEBIN", "DB5LITEBINIPV6", "PX2LITEBIN", "DBASNLITEBIN"])
    return rc(["cron/ip2location-update.sh", "scripts/update_ip2location.sh"]), J(
        "#!/bin/bash", "# " + cm(), "set -e", "cd /opt/ip2location",
        "wget -q -O %s.zip \"https://www.ip2location.com/download/?token=%s&file=%s\"" % (code, k, code),
        "unzip -o %s.zip '*.BIN'" % code, "chown -R www-data: /opt/ip2location")


@pos("ip2location_dl", "download_token", "bare", "docker", True)
def p_docker_ip2l(k):
    return rc(["Dockerfile", "docker/Dockerfile.geo"]), J(
        "FROM python:3.12-slim", "WORKDIR /srv", "# " + cm(), "ARG IP2LOCATION_TOKEN=" + k,
        "RUN apt-get update && apt-get install -y --no-install-recommends wget unzip && rm -rf /var/lib/apt/lists/*",
        "RUN wget -qO db.zip \"https://www.ip2location.com/download/?token=${IP2LOCATION_TOKEN}&file=DB11LITEBIN\" \\",
        "    && unzip db.zip && rm db.zip", "COPY . .", "CMD [\"gunicorn\", \"app:app\"]")


@pos("ip2location_io", "api_key", "url", "js", False)
def p_js_ip2lio(k):
    return rc(["src/geo/ip2location.mjs", "workers/geo.js"]), J(
        "// " + cm(), "export default {", "  async fetch(request) {",
        "    const ip = request.headers.get('cf-connecting-ip');",
        "    const r = await fetch(`https://api.ip2location.io/?key=%s&ip=${ip}&format=json`);" % k,
        "    return new Response(await r.text(), { headers: { 'content-type': 'application/json' } });", "  },", "};")


@pos("ipqs", "api_key", "path", "py", False)
def p_py_ipqs(k):
    return rc(["signup/fraud_check.py", "risk/ipqs.py"]), J(
        "import requests", "", "# " + cm(), "def proxy_score(ip, ua):",
        "    url = \"https://ipqualityscore.com/api/json/ip/%s/\" + ip" % k,
        "    r = requests.get(url, params={\"strictness\": 1, \"user_agent\": ua}, timeout=5)",
        "    d = r.json()", "    return d.get(\"fraud_score\", 0), d.get(\"vpn\"), d.get(\"proxy\")")


@pos("ipqs", "api_key", "str", "php", True)
def p_php_ipqs(k):
    return rc(["wp-content/plugins/signup-guard/ipqs.php", "app/Fraud/Ipqs.php"]), J(
        "<?php", "// " + cm(), "const IPQS_KEY = '%s';" % k, "",
        "function ipqs_check(string $ip): array {",
        "    $url = sprintf('https://www.ipqualityscore.com/api/json/ip/%s/%s?strictness=1', IPQS_KEY, $ip);",
        "    return json_decode(wp_remote_retrieve_body(wp_remote_get($url)), true) ?: [];", "}")


@pos("dbip", "api_key", "path", "php", False)
def p_php_dbip(k):
    return rc(["lib/DbIp.php", "src/Geo/DbIpLookup.php"]), J(
        "<?php", "// " + cm(), "final class DbIpLookup", "{",
        "    private const BASE = 'https://api.db-ip.com/v2/%s/';" % k, "",
        "    public function lookup(string $ip): array", "    {",
        "        return json_decode(file_get_contents(self::BASE . $ip), true);", "    }", "}")


# ---- AbuseIPDB
@pos("abuseipdb", "api_key", "bare", "conf", True)
def p_f2b_action(k):
    return "etc/fail2ban/action.d/abuseipdb.local", J(
        "# Fail2Ban local override for the AbuseIPDB action", "# " + cm(), "[Definition]",
        "norestored = 1", "", "[Init]", "abuseipdb_apikey = " + k, "abuseipdb_category = 18,22")


@pos("abuseipdb", "api_key", "str", "conf", False)
def p_f2b_jail(k):
    return rc(["etc/fail2ban/jail.local", "roles/fail2ban/templates/jail.local"]), J(
        "[DEFAULT]", "bantime  = %dh" % rc([1, 4, 24]), "findtime = 10m", "maxretry = 5",
        "ignoreip = 127.0.0.1/8 ::1 %s" % cidr(), "", "[sshd]", "enabled  = true", "port     = ssh",
        "action   = %(action_)s",
        "           %%(action_abuseipdb)s[abuseipdb_apikey=\"%s\", abuseipdb_category=\"18,22\"]" % k, "",
        "[nginx-botsearch]", "enabled = true", "logpath = /var/log/nginx/access.log")


@pos("abuseipdb", "api_key", "header", "py", False)
def p_py_abuse(k):
    return rc(["tools/report_abuse.py", "soc/abuseipdb_check.py"]), J(
        "import requests", "", "# " + cm(), "HEADERS = {\"Accept\": \"application/json\", \"Key\": \"%s\"}" % k, "",
        "def check(ip, days=90):", "    r = requests.get(\"https://api.abuseipdb.com/api/v2/check\",",
        "                     params={\"ipAddress\": ip, \"maxAgeInDays\": days}, headers=HEADERS, timeout=10)",
        "    return r.json()[\"data\"][\"abuseConfidenceScore\"]")


@pos("abuseipdb", "api_key", "header", "sh", False)
def p_sh_abuse(k):
    return rc(["scripts/abuse-report.sh", "fail2ban/report.sh"]), J(
        "#!/bin/sh", "# usage: abuse-report.sh <ip> <categories> <comment>", "# " + cm(),
        "curl -s https://api.abuseipdb.com/api/v2/report \\", "  --data-urlencode \"ip=$1\" \\",
        "  -d categories=\"$2\" \\", "  --data-urlencode \"comment=$3\" \\",
        "  -H \"Key: %s\" \\" % k, "  -H \"Accept: application/json\"")


@pos("abuseipdb", "api_key", "header", "go", False)
def p_go_abuse(k):
    return rc(["internal/abuse/report.go", "pkg/reputation/abuseipdb.go"]), J(
        "package abuse", "", "import (", "\t\"net/http\"", "\t\"net/url\"", ")", "", "// " + cm(),
        "func Check(ip string) (*http.Response, error) {",
        "\treq, err := http.NewRequest(http.MethodGet, \"https://api.abuseipdb.com/api/v2/check?ipAddress=\"+url.QueryEscape(ip), nil)",
        "\tif err != nil {", "\t\treturn nil, err", "\t}", "\treq.Header.Set(\"Key\", \"%s\")" % k,
        "\treq.Header.Set(\"Accept\", \"application/json\")", "\treturn http.DefaultClient.Do(req)", "}")


# ---- GreyNoise
@pos("greynoise", "api_key", "str", "py", False)
def p_py_gn(k):
    return rc(["triage/greynoise_enrich.py", "soar/actions/greynoise.py"]), J(
        "from greynoise import GreyNoise", "", "# " + cm(), "session = GreyNoise(api_key=\"%s\", integration_name=\"%s\")" % (k, app()),
        "", "def is_noise(ip):", "    ctx = session.quick(ip)", "    return bool(ctx and ctx[0].get(\"noise\"))")


@pos("greynoise", "api_key", "header", "sh", False)
def p_sh_gn(k):
    return rc(["scripts/gn-context.sh", "bin/greynoise"]), J(
        "#!/usr/bin/env bash", "# " + cm(), "ip=${1:?ip required}",
        "curl -s -H 'Accept: application/json' -H 'key: %s' \\" % k, "  \"https://api.greynoise.io/v3/community/${ip}\" | jq .")


@pos("greynoise", "api_key", "str", "json", True)
def p_json_gn(k):
    return rc(["analyzers/GreyNoise.json", "config/enrichment.json"]), json.dumps({
        "name": "GreyNoise_3_0", "version": "3.0", "dataTypeList": ["ip"],
        "config": {"service": "ip", "check_tlp": True, "max_tlp": 2},
        "configuration": {"greynoise_api_key": k, "url": "https://api.greynoise.io/v3/"}}, indent=2) + "\n"


# ---- Spamhaus DQS / Project Honey Pot http:BL
@pos("spamhaus_dqs", "dns_embedded_key", "dns", "conf", False)
def p_postfix_dqs(k):
    return rc(["etc/postfix/main.cf", "roles/postfix/files/main.cf"]), J(
        "# " + cm(), "myhostname = mx%d.%s" % (ri(1, 3), rc(["example.net", "mail.example.org"])),
        "smtpd_helo_required = yes", "smtpd_recipient_restrictions =", "    permit_mynetworks,",
        "    reject_unauth_destination,", "    reject_rbl_client %s.zen.dq.spamhaus.net=127.0.0.[2..11]," % k,
        "    reject_unknown_reverse_client_hostname,", "    permit", "smtpd_tls_security_level = may")


@pos("spamhaus_dqs", "dns_embedded_key", "dns", "conf", False)
def p_rspamd_dqs(k):
    return rc(["etc/rspamd/local.d/rbl.conf", "rspamd/local.d/rbl.conf"]), J(
        "# " + cm(), "rbls {", "  spamhaus {", "    rbl = \"%s.zen.dq.spamhaus.net\";" % k,
        "    from = false;", "    received = true;", "    ipv6 = true;", "  }", "}")


@pos("spamhaus_dqs", "dns_embedded_key", "dns", "py", False)
def p_py_dqs(k):
    return rc(["mail/dnsbl.py", "antispam/rbl_check.py"]), J(
        "import ipaddress", "import socket", "", "ZONE = \"%s.zen.dq.spamhaus.net\"" % k, "",
        "# " + cm(), "def listed(ip: str) -> bool:",
        "    rev = \".\".join(reversed(str(ipaddress.ip_address(ip)).split(\".\")))", "    try:",
        "        socket.gethostbyname(f\"{rev}.{ZONE}\")", "        return True", "    except socket.gaierror:",
        "        return False")


@pos("spamhaus_dqs", "dns_key", "bare", "yaml", True)
def p_yaml_dqs(k):
    return rc(["group_vars/mailservers.yml", "ansible/vars/spamhaus.yml"]), J(
        "---", "postfix_myhostname: mx1.example.net", "spamhaus_dqs_key: " + k,
        "spamhaus_zones:", "  - zen", "  - dbl", "  - zrd", "postfix_rbl_reply_codes: \"127.0.0.[2..11]\"")


@pos("httpbl", "dns_embedded_key", "str", "php", True)
def p_php_httpbl(k):
    return rc(["includes/httpbl.php", "src/Security/HttpBl.php"]), J(
        "<?php", "// " + cm(), "$httpbl_key = '%s';" % k, "",
        "function httpbl_check(string $ip, string $key): ?array {",
        "    $rev = implode('.', array_reverse(explode('.', $ip)));",
        "    $res = gethostbyname(\"$key.$rev.dnsbl.httpbl.org\");",
        "    if ($res === \"$key.$rev.dnsbl.httpbl.org\") { return null; }",
        "    [$a, $days, $threat, $type] = explode('.', $res);",
        "    return ['days' => (int)$days, 'threat' => (int)$threat, 'type' => (int)$type];", "}")


@pos("httpbl", "dns_embedded_key", "dns", "py", False)
def p_py_httpbl(k):
    return rc(["middleware/honeypot.py", "security/httpbl.py"]), J(
        "import socket", "", "# " + cm(), "def httpbl(ip):", "    rev = '.'.join(ip.split('.')[::-1])",
        "    try:", "        ans = socket.gethostbyname('%s.' + rev + '.dnsbl.httpbl.org')" % k,
        "    except socket.gaierror:", "        return None", "    _, days, threat, kind = map(int, ans.split('.'))",
        "    return {'days': days, 'threat': threat, 'type': kind}")


# ---- CrowdSec
@pos("crowdsec_machine", "machine_password", "bare", "yaml", True)
def p_cs_creds(k):
    login = rs(HEXL, 32) + rs(ALNUM, 16)
    return rc(["etc/crowdsec/local_api_credentials.yaml", "crowdsec/config/local_api_credentials.yaml"]), J(
        "url: http://%s:8080/" % rc(["127.0.0.1", "crowdsec-lapi", "10.0.%d.%d" % (ri(0, 9), ri(2, 250))]),
        "login: " + login, "password: " + k)


@pos("crowdsec_bouncer", "bouncer_key", "bare", "yaml", True)
def p_cs_fw_bouncer(k):
    return rc(["etc/crowdsec/bouncers/crowdsec-firewall-bouncer.yaml", "bouncers/firewall.yaml"]), J(
        "mode: %s" % rc(["nftables", "iptables"]), "update_frequency: 10s", "log_mode: file",
        "log_dir: /var/log/", "log_level: info", "api_url: http://127.0.0.1:8080/", "api_key: " + k,
        "insecure_skip_verify: false", "disable_ipv6: false", "deny_action: DROP", "deny_log: false",
        "blacklists_ipv4: crowdsec-blacklists", "blacklists_ipv6: crowdsec6-blacklists")


@pos("crowdsec_bouncer", "bouncer_key", "bare", "yaml", False)
def p_cs_compose(k):
    name = rc(["traefik", "nginx", "firewall", "caddy"])
    return rc(["docker-compose.yml", "stack/crowdsec/compose.yaml"]), J(
        "services:", "  crowdsec:", "    image: crowdsecurity/crowdsec:v1.6.%d" % ri(0, 8), "    environment:",
        "      COLLECTIONS: \"crowdsecurity/nginx crowdsecurity/linux\"", "      BOUNCER_KEY_%s: %s" % (name, k),
        "      GID: \"1000\"", "    volumes:", "      - ./acquis.yaml:/etc/crowdsec/acquis.yaml:ro",
        "      - crowdsec-db:/var/lib/crowdsec/data/", "      - /var/log/nginx:/var/log/nginx:ro", "volumes:",
        "  crowdsec-db:")


@pos("crowdsec_bouncer", "bouncer_key", "bare", "conf", True)
def p_cs_nginx_bouncer(k):
    return "etc/crowdsec/bouncers/crowdsec-nginx-bouncer.conf", J(
        "ENABLED=true", "API_URL=http://127.0.0.1:8080", "API_KEY=" + k, "CACHE_EXPIRATION=1",
        "BOUNCING_ON_TYPE=all", "FALLBACK_REMEDIATION=ban", "REQUEST_TIMEOUT=3000", "UPDATE_FREQUENCY=10",
        "MODE=stream", "BAN_TEMPLATE_PATH=/var/lib/crowdsec/lua/templates/ban.html")


@pos("crowdsec_enroll", "enroll_key", "str", "sh", False)
def p_cs_enroll(k):
    return rc(["provision/crowdsec.sh", "scripts/bootstrap-crowdsec.sh"]), J(
        "#!/usr/bin/env bash", "# " + cm(), "set -euo pipefail",
        "curl -s https://install.crowdsec.net | sudo sh", "sudo apt-get install -y crowdsec crowdsec-firewall-bouncer-nftables",
        "sudo cscli collections install crowdsecurity/nginx crowdsecurity/sshd",
        "sudo cscli console enroll -e context --name \"$(hostname -s)\" %s" % k, "sudo systemctl reload crowdsec")


@pos("crowdsec_bouncer", "bouncer_key", "bare", "yaml", False)
def p_cs_traefik(k):
    return rc(["traefik/dynamic/crowdsec.yml", "config/traefik/middlewares.yml"]), J(
        "http:", "  middlewares:", "    crowdsec:", "      plugin:", "        bouncer:", "          enabled: true",
        "          crowdsecMode: stream", "          crowdsecLapiHost: crowdsec:8080",
        "          crowdsecLapiKey: " + k, "          forwardedHeadersTrustedIPs:",
        "            - %s" % cidr(), "          updateIntervalSeconds: 60")


# ---- Cloudflare IP lists / Shodan / Censys / FraudLabs / Sift
@pos("cloudflare", "api_token", "str", "tf", False)
def p_tf_cf(k):
    acc = rs(HEXL, 32)
    return rc(["infra/cloudflare/main.tf", "terraform/edge/lists.tf"]), J(
        "provider \"cloudflare\" {", "  api_token = \"%s\"" % k, "}", "",
        "resource \"cloudflare_list\" \"blocked_ips\" {", "  account_id  = \"%s\"" % acc,
        "  name        = \"abuse_feed\"", "  kind        = \"ip\"", "  description = \"synced from AbuseIPDB\"",
        "", "  item {", "    value { ip = \"%s\" }" % cidr(), "    comment = \"scanner\"", "  }", "}")


@pos("cloudflare", "api_token", "header", "py", False)
def p_py_cf(k):
    return rc(["sync/cf_ip_list.py", "jobs/push_blocklist.py"]), J(
        "import requests", "", "ACCOUNT = \"%s\"" % rs(HEXL, 32), "LIST_ID = \"%s\"" % rs(HEXL, 32), "# " + cm(),
        "S = requests.Session()", "S.headers[\"Authorization\"] = \"Bearer %s\"" % k, "",
        "def replace(ips):", "    url = f\"https://api.cloudflare.com/client/v4/accounts/{ACCOUNT}/rules/lists/{LIST_ID}/items\"",
        "    return S.put(url, json=[{\"ip\": i, \"comment\": \"feed\"} for i in ips]).json()")


@pos("shodan", "api_key", "str", "py", False)
def p_py_shodan(k):
    return rc(["recon/exposure.py", "scripts/shodan_watch.py"]), J(
        "import shodan", "", "# " + cm(), "api = shodan.Shodan('%s')" % k, "",
        "for net in [%s]:" % ", ".join("'%s'" % cidr() for _ in range(2)),
        "    for banner in api.search_cursor(f'net:{net}'):",
        "        print(banner['ip_str'], banner['port'], banner.get('product'))")


@pos("shodan", "api_key", "str", "sh", False)
def p_sh_shodan(k):
    return rc(["ci/setup-shodan.sh", "scripts/monitor-setup.sh"]), J(
        "#!/bin/sh", "# " + cm(), "pip install --user shodan", "shodan init %s" % k,
        "shodan alert create \"%s\" %s" % (app(), cidr()), "shodan alert list")


@pos("censys", "api_secret", "str", "py", True)
def p_py_censys(k):
    return rc(["intel/censys_certs.py", "recon/censys_hosts.py"]), J(
        "from censys.search import CensysHosts", "", "# " + cm(),
        "h = CensysHosts(api_id=\"%s\", api_secret=\"%s\")" % (uuid(), k), "",
        "for page in h.search(\"autonomous_system.asn: %d\", per_page=50, pages=2):" % asn(),
        "    for host in page:", "        print(host[\"ip\"], [s[\"port\"] for s in host[\"services\"]])")


@pos("censys", "api_secret", "bare", "ini", True)
def p_ini_censys(k):
    return rc(["config/censys.cfg", ".config/censys/censys.cfg"]), J(
        "[DEFAULT]", "api_id = " + uuid(), "api_secret = " + k, "asm_api_key =", "color = auto")


@pos("fraudlabs", "api_key", "str", "py", True)
def p_py_flp(k):
    return rc(["checkout/fraudlabs.py", "orders/screening.py"]), J(
        "from fraudlabspro.fraudvalidation import FraudValidation", "", "# " + cm(),
        "FRAUDLABSPRO_API_KEY = '%s'" % k, "validator = FraudValidation(FRAUDLABSPRO_API_KEY)", "",
        "def screen(order):", "    return validator.validate({'ip': order.ip, 'order': {'amount': order.total}})")


@pos("fraudlabs", "api_key", "url", "json", False)
def p_json_flp(k):
    return rc(["config/fraud.json", "settings/providers.json"]), json.dumps({
        "providers": [{"name": "fraudlabspro", "enabled": True,
                       "endpoint": "https://api.fraudlabspro.com/v2/order/screen?key=%s&format=json" % k,
                       "timeout_ms": 2500},
                      {"name": "local-rules", "enabled": True, "max_score": 70}]}, indent=2) + "\n"


@pos("sift", "api_key", "str", "rb", True)
def p_rb_sift(k):
    return rc(["config/initializers/sift.rb", "app/lib/sift_client.rb"]), J(
        "# " + cm(), "require 'sift'", "", "Sift.api_key = '%s'" % k, "Sift.account_id = '%s'" % rs(HEXL, 24),
        "", "SIFT = Sift::Client.new(timeout: 2)")


@pos("sift", "api_key", "str", "js", False)
def p_js_sift(k):
    return rc(["src/risk/sift.js", "services/sift.ts"]), J(
        "import Sift from 'sift';", "", "// " + cm(), "const sift = Sift('%s');" % k, "",
        "export function trackLogin(user, ip) {",
        "  return sift.track('$login', { $user_id: user.id, $ip: ip, $login_status: '$success' });", "}")


@pos("abuseipdb", "api_key", "bare", "env", True)
def p_env_abuse(k):
    return rc([".env", ".env.local"]), J(
        "NODE_ENV=production", "PORT=8080", "REDIS_URL=redis://redis:6379/0", "ABUSEIPDB_API_KEY=" + k,
        "ABUSEIPDB_MIN_SCORE=75")


@pos("greynoise", "api_key", "bare", "yaml", True)
def p_yaml_gn_k8s(k):
    return rc(["helm/values.yaml", "deploy/values.yaml"]), J(
        "replicaCount: 2", "image:", "  repository: ghcr.io/acme/%s" % app(), "  tag: \"%d.%d.%d\"" % (ri(1, 3), ri(0, 20), ri(0, 9)),
        "enrichment:", "  greynoise:", "    enabled: true", "    apiKey: " + k, "  abuseipdb:", "    enabled: false",
        "resources:", "  limits:", "    memory: 256Mi")


@pos("ipqs", "api_key", "bare", "ini", True)
def p_ini_ipqs(k):
    return rc(["config/app.ini", "settings.ini"]), J(
        "[server]", "host = 0.0.0.0", "port = 8000", "", "[fraud]", "provider = ipqualityscore",
        "ipqs_key = " + k, "strictness = 1", "allow_public_access_points = true")


@pos("ipinfo", "api_token", "str", "rb", False)
def p_rb_ipinfo(k):
    return rc(["lib/tasks/geo.rake", "app/jobs/enrich_ip_job.rb"]), J(
        "require 'ipinfo'", "", "# " + cm(), "class EnrichIpJob < ApplicationJob",
        "  def perform(ip)", "    handler = IPinfo.create('%s')" % k, "    d = handler.details(ip)",
        "    Visit.where(ip: ip).update_all(country: d.country, asn: d.org)", "  end", "end")


# ---------------------------------------------------------------- look-alike negative templates
NEG = []


def neg(provider, kind):
    def deco(fn):
        NEG.append({"fn": fn, "provider": provider, "kind": kind, "name": fn.__name__})
        return fn
    return deco


@neg("maxmind", "account_id_only")
def n_geoip_default(_=None):
    return rc(["GeoIP.conf", "etc/GeoIP.conf.default"]), J(
        "# GeoIP.conf file - used by geoipupdate program to update databases", "# from http://www.maxmind.com",
        "# Replace AccountID and LicenseKey with your own values.", "AccountID 0", "LicenseKey 000000000000", "",
        "EditionIDs GeoLite2-Country GeoLite2-City")


@neg("maxmind", "sha256_checksums")
def n_mm_sha(_=None):
    lines = ["%s  %s_%s.tar.gz" % (sha256(), e, ymd()) for e in editions()]
    return rc(["checksums/geoip.sha256", "vendor/geoip/SHA256SUMS"]), J(*lines)


@neg("maxmind", "mmdb_metadata")
def n_mmdb_meta(_=None):
    return rc(["testdata/mmdb-metadata.json", "docs/samples/metadata.json"]), json.dumps({
        "binary_format_major_version": 2, "binary_format_minor_version": 0, "build_epoch": ri(1690000000, 1750000000),
        "database_type": rc(EDITIONS), "description": {"en": "GeoLite2 database"}, "ip_version": 6,
        "languages": ["de", "en", "es", "fr", "ja", "pt-BR", "ru", "zh-CN"], "node_count": ri(1000000, 5000000),
        "record_size": 28}, indent=2) + "\n"


@neg("maxmind", "geonames_ids")
def n_locations_csv(_=None):
    rows = ["geoname_id,locale_code,continent_code,continent_name,country_iso_code,country_name,city_name,time_zone"]
    for c in R.sample(CITIES, 5):
        rows.append("%d,en,EU,Europe,%s,,%s,Europe/Berlin" % (c[1], c[2], c[0]))
    return "data/GeoLite2-City-Locations-en.sample.csv", J(*rows)


@neg("maxmind", "cidr_blocks")
def n_blocks_csv(_=None):
    rows = ["network,geoname_id,registered_country_geoname_id,is_anonymous_proxy,postal_code,latitude,longitude,accuracy_radius"]
    for _i in range(ri(5, 9)):
        c = rc(CITIES)
        rows.append("%s,%d,%d,0,,%.4f,%.4f,%d" % (cidr(), c[1], c[1], c[3], c[4], rc([10, 20, 50, 100, 500])))
    return "tests/fixtures/GeoLite2-City-Blocks-IPv4.csv", J(*rows)


@neg("ipinfo", "api_response")
def n_ipinfo_resp(_=None):
    c = rc(CITIES)
    return rc(["tests/fixtures/ipinfo_response.json", "spec/fixtures/ipinfo.json"]), json.dumps({
        "ip": ip4(), "hostname": "static.%s.clients.example.net" % ri(1, 250), "city": c[0], "region": c[0],
        "country": c[2], "loc": "%.4f,%.4f" % (c[3], c[4]), "org": "AS%d Example Hosting GmbH" % asn(),
        "postal": str(ri(10000, 99999)), "timezone": "Europe/Berlin"}, indent=2) + "\n"


@neg("abuseipdb", "api_response")
def n_abuse_resp(_=None):
    return "tests/fixtures/abuseipdb_check.json", json.dumps({"data": {
        "ipAddress": ip4(), "isPublic": True, "ipVersion": 4, "isWhitelisted": False,
        "abuseConfidenceScore": ri(0, 100), "countryCode": rc(COUNTRIES), "usageType": "Data Center/Web Hosting/Transit",
        "isp": "Example Networks", "domain": "example.net", "hostnames": [], "isTor": False,
        "totalReports": ri(0, 900), "numDistinctUsers": ri(0, 120), "lastReportedAt": date() + "T11:02:14+00:00"}},
        indent=2) + "\n"


@neg("greynoise", "api_response")
def n_gn_resp(_=None):
    return "testdata/greynoise_community.json", json.dumps({
        "ip": ip4(), "noise": True, "riot": False, "classification": rc(["malicious", "benign", "unknown"]),
        "name": "unknown", "link": "https://viz.greynoise.io/ip/%s" % ip4(), "last_seen": date(),
        "message": "Success"}, indent=2) + "\n"


@neg("shodan", "host_banner")
def n_shodan_host(_=None):
    return "fixtures/shodan_host.json", json.dumps({
        "ip_str": ip4(), "asn": "AS%d" % asn(), "org": "Example Cloud", "ports": sorted(R.sample([22, 80, 443, 3389, 8080, 25, 993], 3)),
        "hostnames": ["edge-%d.example.com" % ri(1, 99)], "vulns": ["CVE-20%d-%d" % (ri(18, 24), ri(1000, 49999))],
        "ssl": {"cert": {"fingerprint": {"sha1": sha1(), "sha256": sha256()}, "serial": int(rs(DIG, 30))}},
        "hash": ri(-2 ** 31, 2 ** 31)}, indent=2) + "\n"


@neg("censys", "cert_fingerprints")
def n_censys(_=None):
    return "intel/censys_export.csv", J("ip,asn,port,service,cert_sha256",
                                         *["%s,%d,%d,%s,%s" % (ip4(), asn(), p, s, sha256()) for p, s in
                                           [(443, "HTTP"), (8443, "HTTP"), (993, "IMAP"), (22, "SSH")]])


@neg("abuse.ch", "threat_feed_hashes")
def n_feed_csv(_=None):
    rows = ["first_seen_utc,dst_ip,dst_port,c2_status,malware,md5,sha256"]
    for _i in range(ri(4, 8)):
        rows.append("%s 0%d:%02d:11,%s,%d,online,%s,%s,%s" % (date(), ri(0, 9), ri(0, 59), ip4(), rc([443, 8080, 447, 4443]),
                                                            rc(["QakBot", "Emotet", "Dridex", "IcedID"]), md5(), sha256()))
    return rc(["feeds/ipblocklist_recommended.csv", "data/c2_feed.csv"]), J(*rows)


@neg("stix", "stix_ids")
def n_stix(_=None):
    objs = [{"type": "indicator", "spec_version": "2.1", "id": "indicator--" + uuid(), "created": date() + "T00:00:00Z",
             "pattern": "[ipv4-addr:value = '%s']" % ip4(), "pattern_type": "stix", "valid_from": date() + "T00:00:00Z"}
            for _i in range(3)]
    return "feeds/bundle.json", json.dumps({"type": "bundle", "id": "bundle--" + uuid(), "objects": objs}, indent=2) + "\n"


@neg("crowdsec", "bouncer_names")
def n_cs_bouncers(_=None):
    rows = []
    for n in R.sample(["cs-firewall-bouncer-1699", "traefik-bouncer", "nginx-edge", "cloudflare-worker", "caddy-01"], 3):
        rows.append({"name": n, "ip_address": ip4(), "revoked": False, "last_pull": date() + "T10:11:12Z",
                     "type": "crowdsec-firewall-bouncer", "version": "v0.0.%d" % ri(28, 31), "auth_type": "api-key"})
    return "docs/examples/cscli-bouncers-list.json", json.dumps(rows, indent=2) + "\n"


@neg("crowdsec", "machine_ids")
def n_cs_machines(_=None):
    lines = ["Name                                              IP Address   Last Update           Status  Version"]
    for _i in range(3):
        lines.append("%s%s  %s  %sT08:12:33Z  ✔️      v1.6.%d-debian" % (rs(HEXL, 32), rs(ALNUM, 16), ip4(), date(), ri(0, 8)))
    return "docs/ops/crowdsec-machines.txt", J(*lines)


@neg("crowdsec", "decisions")
def n_cs_decisions(_=None):
    d = [{"id": ri(1000, 99999), "origin": rc(["crowdsec", "CAPI", "cscli"]), "type": "ban", "scope": "Ip",
          "value": ip4(), "duration": "%dh59m%ds" % (ri(1, 167), ri(0, 59)),
          "scenario": rc(["crowdsecurity/ssh-bf", "crowdsecurity/http-probing", "crowdsecurity/http-cve"]),
          "uuid": uuid()} for _i in range(3)]
    return "tests/data/decisions.json", json.dumps(d, indent=2) + "\n"


@neg("crowdsec", "acquis")
def n_cs_acquis(_=None):
    return rc(["etc/crowdsec/acquis.yaml", "crowdsec/acquis.yaml"]), J(
        "filenames:", "  - /var/log/nginx/access.log", "  - /var/log/nginx/error.log", "labels:", "  type: nginx",
        "---", "filenames:", "  - /var/log/auth.log", "labels:", "  type: syslog")


@neg("crowdsec", "env_ref")
def n_cs_bouncer_env(_=None):
    return "etc/crowdsec/bouncers/crowdsec-firewall-bouncer.yaml.local", J(
        "# values are expanded from the environment by the bouncer", "api_url: ${CROWDSEC_LAPI_URL}",
        "api_key: ${BOUNCER_KEY}", "mode: nftables")


@neg("nginx", "geoip2_config")
def n_nginx_geoip2(_=None):
    return rc(["nginx/conf.d/geoip2.conf", "etc/nginx/geoip2.conf"]), J(
        "geoip2 /usr/share/GeoIP/GeoLite2-Country.mmdb {", "    auto_reload 60m;",
        "    $geoip2_metadata_country_build metadata build_epoch;",
        "    $geoip2_data_country_code default=US source=$remote_addr country iso_code;", "}",
        "geoip2 /usr/share/GeoIP/GeoLite2-ASN.mmdb {", "    $geoip2_asn autonomous_system_number;", "}",
        "map $geoip2_data_country_code $blocked_country {", "    default 0;",
        *["    %s 1;" % c for c in R.sample(COUNTRIES, 3)], "}", "map $geoip2_asn $blocked_asn {", "    default 0;",
        "    %d 1;" % asn(), "}")


@neg("fail2ban", "jail_no_key")
def n_f2b_jail(_=None):
    return "etc/fail2ban/jail.d/sshd.local", J(
        "[sshd]", "enabled   = true", "backend   = systemd", "bantime   = 1h", "bantime.increment = true",
        "ignoreip  = 127.0.0.1/8 %s %s" % (cidr(), cidr()), "action    = nftables-multiport[name=sshd, port=\"ssh\"]")


@neg("fail2ban", "ban_log")
def n_f2b_log(_=None):
    lines = ["%s %02d:%02d:%02d,%03d fail2ban.actions [%d]: NOTICE  [%s] Ban %s" % (
        date(), ri(0, 23), ri(0, 59), ri(0, 59), ri(0, 999), ri(700, 2000), rc(["sshd", "nginx-botsearch", "postfix"]), ip4())
        for _i in range(ri(5, 10))]
    return "logs/fail2ban.log", J(*lines)


@neg("fail2ban", "action_ref")
def n_f2b_action_ref(_=None):
    return "etc/fail2ban/jail.d/abuseipdb.local", J(
        "# key lives in /etc/fail2ban/action.d/abuseipdb.local (managed by ansible-vault)", "[sshd]",
        "action = %(action_)s", "         %(action_abuseipdb)s[abuseipdb_category=\"18,22\"]")


@neg("spamhaus", "public_zone")
def n_postfix_public(_=None):
    return rc(["etc/postfix/main.cf", "postfix/main.cf"]), J(
        "smtpd_recipient_restrictions =", "    permit_mynetworks,", "    reject_unauth_destination,",
        "    reject_rbl_client zen.spamhaus.org=127.0.0.[2..11],", "    reject_rhsbl_sender dbl.spamhaus.org=127.0.1.[2..99],",
        "    permit", "postscreen_dnsbl_sites = zen.spamhaus.org*3 bl.spamcop.net*1 b.barracudacentral.org*2")


@neg("spamhaus", "drop_list")
def n_drop(_=None):
    lines = ["; Spamhaus DROP List %s - (c) %s The Spamhaus Project SLU" % (date().replace("-", "/"), date()[:4]),
             "; https://www.spamhaus.org/drop/drop.txt", "; Last-Modified: %s" % date()]
    lines += ["%s ; SBL%d" % (cidr(), ri(100000, 650000)) for _i in range(ri(6, 12))]
    return "data/drop.txt", J(*lines)


@neg("spamhaus", "dig_output")
def n_dig(_=None):
    return "docs/dnsbl-check.md", J("# Checking a listing", "", "```", "$ dig +short 2.0.0.127.zen.spamhaus.org",
                                     "127.0.0.2", "127.0.0.4", "127.0.0.10", "$ dig +short dbltest.com.dbl.spamhaus.org",
                                     "127.0.1.2", "```", "", "127.0.0.2 is the RFC 5782 test entry.")


@neg("projecthoneypot", "doc_example")
def n_httpbl_doc(_=None):
    return "docs/httpbl.md", J("# http:BL", "", "Query format: `[Access Key].[Octet-Reversed IP].[List-Specific Domain]`", "",
                               "Example from the API spec: `abcdefghijkl.2.1.9.127.dnsbl.httpbl.org`", "",
                               "The key itself is read from `HTTPBL_ACCESS_KEY` at startup.")


@neg("maxmind", "env_ref")
def n_compose_env(_=None):
    return rc(["docker-compose.yml", "compose.geo.yaml"]), J(
        "services:", "  geoipupdate:", "    image: ghcr.io/maxmind/geoipupdate:v7", "    environment:",
        "      GEOIPUPDATE_ACCOUNT_ID: ${GEOIPUPDATE_ACCOUNT_ID}", "      GEOIPUPDATE_LICENSE_KEY_FILE: /run/secrets/maxmind_license_key",
        "      GEOIPUPDATE_EDITION_IDS: %s" % " ".join(editions()), "    secrets:", "      - maxmind_license_key",
        "secrets:", "  maxmind_license_key:", "    file: ./secrets/maxmind_license_key.txt")


@neg("maxmind", "secret_ref")
def n_k8s_secretref(_=None):
    return "k8s/geoipupdate-cronjob.yaml", J(
        "apiVersion: batch/v1", "kind: CronJob", "metadata:", "  name: geoipupdate", "spec:",
        "  schedule: \"%d 3 * * 3\"" % ri(0, 59), "  jobTemplate:", "    spec:", "      template:", "        spec:",
        "          restartPolicy: OnFailure", "          containers:", "            - name: geoipupdate",
        "              image: ghcr.io/maxmind/geoipupdate:v7.1.0", "              env:",
        "                - name: GEOIPUPDATE_ACCOUNT_ID", "                  value: \"%s\"" % acct(),
        "                - name: GEOIPUPDATE_LICENSE_KEY", "                  valueFrom:", "                    secretKeyRef:",
        "                      name: maxmind", "                      key: license-key",
        "                - name: GEOIPUPDATE_EDITION_IDS", "                  value: \"%s\"" % " ".join(editions()))


@neg("maxmind", "ci_secret_ref")
def n_gha_ref(_=None):
    return ".github/workflows/mmdb.yml", J(
        "name: mmdb", "on: { schedule: [ { cron: '0 5 * * 1' } ] }", "jobs:", "  fetch:", "    runs-on: ubuntu-latest",
        "    steps:", "      - uses: actions/checkout@v4", "      - name: download", "        env:",
        "          MAXMIND_ACCOUNT_ID: ${{ vars.MAXMIND_ACCOUNT_ID }}", "          MAXMIND_LICENSE_KEY: ${{ secrets.MAXMIND_LICENSE_KEY }}",
        "        run: ./scripts/fetch-mmdb.sh GeoLite2-City GeoLite2-ASN")


@neg("ipinfo", "env_lookup")
def n_py_env(_=None):
    return rc(["app/config.py", "settings/geo.py"]), J(
        "import os", "", "IPINFO_TOKEN = os.environ[\"IPINFO_TOKEN\"]", "ABUSEIPDB_API_KEY = os.getenv(\"ABUSEIPDB_API_KEY\", \"\")",
        "MAXMIND_ACCOUNT_ID = int(os.environ.get(\"MAXMIND_ACCOUNT_ID\", \"%s\"))" % acct(),
        "GEOIP_DB = os.environ.get(\"GEOIP_DB\", \"/usr/share/GeoIP/GeoLite2-City.mmdb\")")


@neg("ipstack", "env_lookup")
def n_js_env(_=None):
    return rc(["src/config.js", "config/index.ts"]), J(
        "module.exports = {", "  ipstackKey: process.env.IPSTACK_ACCESS_KEY,", "  ipinfoToken: process.env.IPINFO_TOKEN ?? '',",
        "  greynoiseKey: process.env.GREYNOISE_API_KEY,", "  cacheTtl: Number(process.env.GEO_CACHE_TTL || 3600),", "};")


@neg("maxmind", "docs_placeholder")
def n_md_placeholder(_=None):
    return rc(["README.md", "docs/geoip-setup.md"]), J(
        "## GeoIP setup", "", "1. Create a free MaxMind account and generate a license key.",
        "2. Copy `GeoIP.conf.example` to `/etc/GeoIP.conf` and fill in:", "", "```", "AccountID YOUR_ACCOUNT_ID",
        "LicenseKey YOUR_LICENSE_KEY", "EditionIDs GeoLite2-Country GeoLite2-City", "```", "",
        "Direct download:", "`https://download.maxmind.com/app/geoip_download?edition_id=GeoLite2-City&license_key=YOUR_LICENSE_KEY&suffix=tar.gz`")


@neg("maxmind", "local_db")
def n_go_local(_=None):
    return "internal/geo/reader.go", J(
        "package geo", "", "import (", "\t\"net\"", "", "\t\"github.com/oschwald/geoip2-golang\"", ")", "",
        "var db *geoip2.Reader", "", "func Open(path string) (err error) {", "\tdb, err = geoip2.Open(path)", "\treturn", "}", "",
        "func ASN(ip string) (uint, string) {", "\tr, err := db.ASN(net.ParseIP(ip))", "\tif err != nil {", "\t\treturn 0, \"\"", "\t}",
        "\treturn r.AutonomousSystemNumber, r.AutonomousSystemOrganization", "}")


@neg("maxmind", "local_db")
def n_php_local(_=None):
    return "src/Geo/LocalReader.php", J(
        "<?php", "use GeoIp2\\Database\\Reader;", "", "$reader = new Reader('/usr/share/GeoIP/GeoLite2-City.mmdb');",
        "$record = $reader->city('%s');" % ip4(), "echo $record->country->isoCode . PHP_EOL; // '%s'" % rc(COUNTRIES),
        "echo $record->city->geonameId . PHP_EOL; // %d" % rc(CITIES)[1])


@neg("maxmind", "local_db")
def n_node_local(_=None):
    return "src/geo/local.js", J(
        "const maxmind = require('maxmind');", "", "let lookup;", "async function init() {",
        "  lookup = await maxmind.open('/usr/share/GeoIP/GeoLite2-ASN.mmdb');", "}",
        "function asn(ip) { return lookup.get(ip)?.autonomous_system_number; }", "module.exports = { init, asn };")


@neg("maxmind", "local_db")
def n_rb_local(_=None):
    return "lib/geo_local.rb", J("require 'maxmind/db'", "",
                                 "READER = MaxMind::DB.new('/usr/share/GeoIP/GeoLite2-Country.mmdb', mode: MaxMind::DB::MODE_MEMORY)",
                                 "", "def country(ip)", "  READER.get(ip)&.dig('country', 'iso_code')", "end")


@neg("cloudflare", "public_ids")
def n_tf_cf_ids(_=None):
    return "infra/cloudflare/lists.tf", J(
        "locals {", "  account_id = \"%s\"" % rs(HEXL, 32), "  zone_id    = \"%s\"" % rs(HEXL, 32), "}", "",
        "resource \"cloudflare_list\" \"office\" {", "  account_id = local.account_id", "  name       = \"office_ranges\"",
        "  kind       = \"ip\"", *["  item {\n    value { ip = \"%s\" }\n  }" % cidr() for _i in range(2)], "}")


@neg("cloudflare", "api_response_ids")
def n_cf_resp(_=None):
    return "tests/fixtures/cf_list_items.json", json.dumps({"success": True, "errors": [], "result": [
        {"id": rs(HEXL, 32), "ip": cidr(), "comment": "feed", "created_on": date() + "T10:00:00Z"} for _i in range(3)],
        "result_info": {"cursors": {"after": rs(ALNUM, 24)}}}, indent=2) + "\n"


@neg("maxmind", "geoipupdate_log")
def n_gu_log(_=None):
    lines = []
    for e in editions():
        lines.append("%s 03:0%d:1%d geoipupdate: Database %s up to date (md5=%s)" % (date(), ri(0, 9), ri(0, 9), e, md5()))
    lines.append("%s 03:10:00 geoipupdate: next run in 24h0m0s" % date())
    return "logs/geoipupdate.log", J(*lines)


@neg("maxmind", "minfraud_hashes")
def n_minfraud_req(_=None):
    return "tests/fixtures/minfraud_request.json", json.dumps({
        "device": {"ip_address": ip4(), "session_id": uuid(), "accept_language": "en-US,en;q=0.8"},
        "event": {"transaction_id": "txn_%s" % rs(DIG, 10), "type": "purchase", "time": date() + "T12:00:00Z"},
        "email": {"address": md5(), "domain": "example.com"},
        "billing": {"country": rc(COUNTRIES), "postal": str(ri(10000, 99999))}}, indent=2) + "\n"


@neg("sift", "webhook_signature_fixture")
def n_sift_sig(_=None):
    return "tests/fixtures/sift_webhook_headers.txt", J(
        "POST /hooks/sift HTTP/1.1", "Host: %s.example.com" % app(), "Content-Type: application/json",
        "X-Sift-Science-Signature: sha1=%s" % sha1(), "X-Request-Id: %s" % uuid())


@neg("gpg", "public_key")
def n_pgp_pub(_=None):
    body = [b64(64) for _i in range(ri(8, 14))] + [b64(ri(10, 60)), "=" + b64(4)]
    return rc(["keys/feed-signing.pub.asc", "docs/keys/threatfeed.asc"]), J(
        "-----BEGIN PGP PUBLIC KEY BLOCK-----", "Comment: threat feed signing key", "", *body,
        "-----END PGP PUBLIC KEY BLOCK-----")


@neg("ssh", "public_key")
def n_ssh_pub(_=None):
    return "deploy/authorized_keys", J(*["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s geoip-sync@%s" % (b64(43), h)
                                         for h in ["mx1", "edge-2", "bastion"]])


@neg("go", "go_sum_hashes")
def n_gosum(_=None):
    mods = ["github.com/oschwald/geoip2-golang v1.%d.0" % ri(8, 11), "github.com/oschwald/maxminddb-golang v1.%d.0" % ri(10, 13),
            "github.com/ipinfo/go/v2 v2.%d.0" % ri(9, 10), "github.com/crowdsecurity/go-cs-bouncer v0.0.%d" % ri(10, 14)]
    lines = []
    for m in mods:
        lines.append("%s h1:%s=" % (m, b64(43)))
        lines.append("%s/go.mod h1:%s=" % (m, b64(43)))
    return "go.sum", J(*lines)


@neg("npm", "integrity_hashes")
def n_npm_lock(_=None):
    pk = {}
    for n, v in [("maxmind", "4.3.%d" % ri(10, 24)), ("@maxmind/geoip2-node", "5.0.%d" % ri(0, 3)), ("ip-cidr", "4.0.%d" % ri(0, 2))]:
        pk["node_modules/" + n] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n.split("/")[-1], v),
                                   "integrity": "sha512-" + b64(86) + "=="}
    return "package-lock.json", json.dumps({"name": app(), "lockfileVersion": 3, "packages": pk}, indent=2) + "\n"


@neg("sql", "reputation_rows")
def n_sql(_=None):
    rows = ["  ('%s', %d, '%s', %d, '%s')" % (ip4(), asn(), rc(COUNTRIES), ri(0, 100), sha1()) for _i in range(ri(4, 7))]
    return rc(["db/seeds/ip_reputation.sql", "migrations/0042_seed_reputation.sql"]), J(
        "CREATE TABLE IF NOT EXISTS ip_reputation (", "  ip inet PRIMARY KEY,", "  asn integer,", "  country char(2),",
        "  score smallint,", "  report_digest char(40)", ");", "", "INSERT INTO ip_reputation VALUES", ",\n".join(rows) + ";")


@neg("nginx", "access_log")
def n_access_log(_=None):
    lines = ["%s - - [%s:10:%02d:%02d +0000] \"GET /api/v1/items HTTP/2.0\" 200 %d \"-\" \"Mozilla/5.0\" country=%s asn=%d req_id=%s" % (
        ip4(), date(), ri(0, 59), ri(0, 59), ri(200, 9000), rc(COUNTRIES), asn(), rs(HEXL, 32)) for _i in range(ri(5, 9))]
    return "logs/access-geo.log", J(*lines)


@neg("maxmind", "properties")
def n_props(_=None):
    return "src/main/resources/application.properties", J(
        "spring.application.name=%s" % app(), "geo.mmdb.path=/data/GeoLite2-City.mmdb", "geo.maxmind.account-id=%s" % acct(),
        "geo.maxmind.license-key=${MAXMIND_LICENSE_KEY}", "geo.cache.size=10000", "geo.edition-ids=%s" % ",".join(editions()))


@neg("ip2location", "db_files")
def n_ip2l_files(_=None):
    return "data/ip2location/MANIFEST.txt", J(*["%s  %s  %d" % (sha256(), f, ri(10 ** 6, 2 * 10 ** 8)) for f in
                                               ["IP2LOCATION-LITE-DB11.BIN", "IP2LOCATION-LITE-DB11.IPV6.BIN", "IP2PROXY-LITE-PX2.BIN"]])


@neg("crowdsec", "profiles")
def n_cs_profiles(_=None):
    return "etc/crowdsec/profiles.yaml", J(
        "name: default_ip_remediation", "filters:", " - Alert.Remediation == true && Alert.GetScope() == \"Ip\"",
        "decisions:", " - type: ban", "   duration: %dh" % rc([4, 12, 24]), "on_success: break")


@neg("maxmind", "dockerfile_checksum")
def n_docker_sum(_=None):
    v = "7.%d.%d" % (ri(0, 1), ri(0, 9))
    return "docker/geoipupdate/Dockerfile", J(
        "FROM debian:bookworm-slim", "ARG GEOIPUPDATE_VERSION=%s" % v, "ARG GEOIPUPDATE_SHA256=%s" % sha256(),
        "ADD https://github.com/maxmind/geoipupdate/releases/download/v${GEOIPUPDATE_VERSION}/geoipupdate_${GEOIPUPDATE_VERSION}_linux_amd64.deb /tmp/gu.deb",
        "RUN echo \"${GEOIPUPDATE_SHA256}  /tmp/gu.deb\" | sha256sum -c - && dpkg -i /tmp/gu.deb && rm /tmp/gu.deb",
        "ENTRYPOINT [\"/usr/bin/geoipupdate\", \"-v\"]")


@neg("ipinfo", "asn_list")
def n_asn_yaml(_=None):
    return "config/asn-blocklist.yml", J("# hosting ranges we challenge at login", "asns:",
                                          *["  - %d  # %s" % (asn(), rc(["hosting", "vpn", "cloud"])) for _i in range(5)],
                                          "countries: [%s]" % ", ".join(R.sample(COUNTRIES, 3)))


# ---------------------------------------------------------------- driver
def ftype(path):
    base = path.rsplit("/", 1)[-1]
    if base == "Dockerfile" or base.startswith("Dockerfile."):
        return "dockerfile"
    if base.startswith(".env"):
        return "env"
    if base == "authorized_keys":
        return "ssh"
    if base == "go.sum":
        return "gosum"
    if base == "GeoIP.conf" or base.startswith("GeoIP.conf"):
        return "geoipconf"
    if base == "main.cf":
        return "postfix"
    if "." not in base:
        return "sh" if "/bin/" in "/" + path else "text"
    ext = base.rsplit(".", 1)[-1]
    return {"yaml": "yml", "mjs": "js", "cfg": "ini", "local": "conf", "asc": "pgp", "sha256": "checksum"}.get(ext, ext)


ENV_BLOCKED = (".env", ".env.local", ".env.production", ".env.development", ".env.staging", ".env.test")


def safe_neg_path(path):
    d, _, base = path.rpartition("/")
    if base.startswith(".env") and not any(base.endswith(s) for s in (".example", ".sample", ".template", ".dist")):
        base = ".env.example"
    return (d + "/" + base) if d else base


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def cycle(items, n):
    out = []
    while len(out) < n:
        block = list(items)
        R.shuffle(block)
        out.extend(block)
    return out[:n]


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_ln.py OUTDIR SEED")
    outdir, seed = sys.argv[1], sys.argv[2]
    R.seed(int(seed) if seed.lstrip("-").isdigit() else seed)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []

    env_pos = 0
    for i, meta in enumerate(cycle(POS, 500)):
        secret = SECRET[meta["gen"]]()
        path, text = meta["fn"](secret)
        base = path.rsplit("/", 1)[-1]
        if base in ENV_BLOCKED:
            env_pos += 1
        rel = "pos/p%04d/%s" % (i, path)
        lines = text.split("\n")
        line = next(n for n, l in enumerate(lines, 1) if secret in l)
        assert secret in lines[line - 1], (rel, secret)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": PROVIDER[meta["gen"]], "kind": meta["kind"],
                         "filetype": ftype(path)})
        secrets.append({"file": rel, "needle": secret, "line": line})
    assert env_pos <= 25, env_pos

    modes = ["reuse"] * 250 + ["look"] * 250
    R.shuffle(modes)
    reuse = iter(cycle(POS, 250))
    look = iter(cycle(NEG, 250))
    for i, mode in enumerate(modes):
        if mode == "reuse":
            meta = next(reuse)
            val, sub = neg_slot(meta)
            path, text = meta["fn"](val)
            path = safe_neg_path(path)
            prov, kind = PROVIDER[meta["gen"]], sub
        else:
            meta = next(look)
            path, text = meta["fn"]()
            prov, kind = meta["provider"], "lookalike_" + meta["kind"]
        assert path.rsplit("/", 1)[-1] not in ENV_BLOCKED, path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-read check: needle really is on the recorded line of the written file
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            assert s["needle"] in f.read().split("\n")[s["line"] - 1], s


if __name__ == "__main__":
    main()
