#!/usr/bin/env python3
"""Blind evaluation-set generator "mf": OSINT / reconnaissance tooling credentials.

EMPHASIS
    Domain: OSINT and recon tooling as bug-bounty hunters and researchers configure it
    (defensive/recon side).  Tools: theHarvester api-keys.yaml, subfinder / uncover / notify
    provider-config.yaml, Amass v3 config.ini and v4 datasources.yaml, SpiderFoot settings
    export, recon-ng resource files / `keys list` dumps / key CSV exports, Maltego
    .transformsettings and TRX transforms, bbot secrets.yml, reconFTW cfg, OneForAll api.py,
    h8mail config, Shodan CLI (~/.shodan/api_key, `shodan init`), Censys CLI (censys.cfg,
    `censys config`), gitdorks token files, chaos CLI.
    Providers: Shodan, Censys (id + secret), Hunter.io, URLScan, AlienVault OTX, HIBP, GitHub,
    VirusTotal, FOFA (email + key), SecurityTrails, IntelX, BinaryEdge, FullHunt, Netlas,
    ZoomEye, Chaos/ProjectDiscovery, GreyNoise, WhoisXML, PassiveTotal/RiskIQ, LeakIX,
    Pulsedive, Spyse (legacy); notification bots (Telegram, Discord webhook, Slack webhook and
    bot token); AWS keys / GCP service account for storing results; DB passwords of result
    stores (Postgres for Amass, Elasticsearch).
    File types: YAML, INI/cfg/conf, JSON, TOML, Python, Go, shell, PowerShell, JavaScript,
    recon-ng .rc, Jupyter notebooks, Markdown, CSV, Dockerfile, docker-compose, GitHub
    Actions, Kubernetes, systemd, crontab, XML, tfvars, .env (<= 1 in 20 positives).

USAGE
    python3 -B gen_mf.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Standard library only; deterministic
    for a given SEED (one random.Random(SEED)).

NEEDLE CONVENTIONS
    Needle = the secret value exactly as written, without quotes.  Prefixed tokens keep the
    prefix (ghp_, github_pat_, xoxb-, at_).  Header-borne keys: only the value.  Telegram bot
    tokens: the whole "<bot id>:<secret>" token.  Discord / Slack incoming webhooks: the whole
    webhook URL (the URL is the credential).  Paired credentials (Censys id+secret, FOFA
    email+key, PassiveTotal user+key, AWS key id+secret): the secret half only.  DB URLs:
    the password only.  PEM keys (GCP service account JSON): the first base64 line of the
    body.  Line = 1-based line of first occurrence (asserted).

NEGATIVES
    250 re-use positive templates with the secret slot holding: placeholders (English,
    Spanish, German, French, Chinese, Russian), empty values (`shodan: []` in subfinder),
    masked values, environment / GitHub-secrets / shell references, providers' documented
    example values (HIBP all-zero test key, Telegram docs token, Slack docs webhook, AWS
    EXAMPLE keys).  Public companions (Censys API id, FOFA e-mail, chat ids) stay.
    250 are look-alikes: IOC CSVs (md5/sha1/sha256, IPs, domains), Shodan/Censys/VT/urlscan/
    OTX/IntelX/httpx/amass result files, JARM and favicon mmh3 hashes, cert fingerprints and
    public certificates, Shodan dork lists, crt.sh / DNSDumpster / username-check scripts
    without keys, go.sum, pip --hash, Docker digests, pinned Actions SHAs, PGP / SSH public
    keys, ansible-vault and SOPS ciphertext, scan UUIDs and request ids in logs.
    No negative is written to a .env / .env.<stage> file.

FORMATS CHECKED
    GreyNoise: key sent in header "key" (docs.greynoise.io authentication page).
    subfinder provider-config layout (list per source, censys "id:secret", fofa "email:key")
    and OneForAll config/api.py layout seen via the code search corpus (tool repos/docs).
    Others from knowledge of providers' docs/SDKs: Shodan 32 alnum; Censys API id UUID +
    32-char secret; Hunter 40 hex; urlscan UUID (header API-Key); OTX 64 hex
    (X-OTX-API-KEY); HIBP 32 hex (hibp-api-key, test key 000..0); VirusTotal 64 hex
    (x-apikey); FOFA 32 hex + e-mail; GitHub classic PAT ghp_ + 30 base62 + 6-char base62
    CRC32; fine-grained github_pat_11 + 20 + _ + 59; WhoisXML at_ + 29 alnum; Slack
    xoxb-/hooks.slack.com/services/T../B../24; Discord webhooks/<snowflake>/<68>; Telegram
    <id>:AA + 33; AWS AKIA + 16 base32 / 40-char secret.

DOUBTS
    Guessed lengths/alphabets: Netlas (32 alnum), ZoomEye (8-4-5-4-11 mixed-case hex),
    GreyNoise (30 alnum), LeakIX (48 alnum), Pulsedive (64 hex), PassiveTotal key (64 hex),
    SecurityTrails (32 alnum), IntelX/BinaryEdge/FullHunt/Chaos/Spyse (UUID), the GitHub
    checksum input (CRC32 of the 30 random chars).  Key names inside some tool configs
    (SpiderFoot option names, h8mail keys, bbot module names) are from memory.
"""
import json
import os
import random
import string
import sys
import zlib
import base64

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
HEXC = "0123456789abcdef"
B62 = DG + UP + LO


# ---------------------------------------------------------------- generators
def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def hx(r, n):
    return rs(r, n, HEXC)


def uuid4(r):
    h = list(hx(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b62(n):
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = B62[m] + s
    return s or "0"


def gh_token(r):
    if r.random() < 0.8:
        body = rs(r, 30)
        cs = b62(zlib.crc32(body.encode()) & 0xFFFFFFFF).rjust(6, "0")
        return "ghp_" + body + cs
    return "github_pat_11" + rs(r, 20, UP + DG) + "_" + rs(r, 59)


def strong_pw(r, urlsafe=False):
    sym = "-_.~" if urlsafe else "!#%^*-_.+=$&"
    st = r.randrange(4)
    words = ["Falcon", "Tundra", "marble", "Orchid", "zephyr", "Kestrel", "basalt", "Nimbus",
             "quartz", "Vortex", "Lumen", "cobalt", "Ember", "Sierra", "Raven", "pixel"]
    if st == 0:
        while True:
            p = rs(r, r.randint(14, 22), ALNUM + sym)
            if any(c in DG for c in p) and any(c in UP for c in p) and any(c in LO for c in p):
                return p
    if st == 1:
        return r.choice(words) + r.choice(sym) + str(r.randint(10, 9999)) + r.choice(words).lower()[:3] + r.choice(UP)
    if st == 2:
        return "-".join(rs(r, 4, LO + DG + UP) for _ in range(r.randint(3, 4)))
    return rs(r, 3, UP) + r.choice(sym) + rs(r, 5, LO) + str(r.randint(100, 999)) + rs(r, 3, LO + UP)


def pem_body_lines(r):
    prefix = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
    der = prefix + bytes(r.getrandbits(8) for _ in range(1217 - len(prefix)))
    b = base64.b64encode(der).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


# ---------------------------------------------------------------- world data
DOMAINS = ["acme-corp.com", "tesla-bounty.io", "shopwave.net", "examplebank.co.uk", "globex.de",
           "initech.fr", "umbrella-labs.org", "hooli.xyz", "piedpiper.dev", "wayne-ent.com",
           "stark-ind.io", "cyberdyne.jp", "soylent.com.br", "vandelay.es", "monarch.it"]
USERS = ["jdoe", "m.schmidt", "alejandro", "k4tana", "nullbyte", "r3con", "yuki.t", "pwnmeow",
         "lucas.b", "0xsven", "ana.silva", "dmitri", "hax0rina", "bughunter42", "chloe_r"]
MAILDOM = ["gmail.com", "proton.me", "outlook.com", "yandex.ru", "qq.com", "tutanota.com"]


def email(r):
    return r.choice(USERS).replace("_", ".") + str(r.randint(1, 99)) + "@" + r.choice(MAILDOM)


def ip(r):
    return f"{r.choice([23, 34, 45, 52, 66, 89, 104, 142, 151, 185, 193, 203])}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}"


def date(r):
    return f"20{r.randint(21,25)}-{r.randint(1,12):02d}-{r.randint(1,28):02d}"


# ---------------------------------------------------------------- providers
def zoomeye_key(r):
    a = DG + "ABCDEF"
    return f"{rs(r,8,a)}-{rs(r,4,a)}-{rs(r,5,a)}-{rs(r,4,a)}-{rs(r,11,a)}"


def telegram_tok(r):
    return f"{r.randint(10**8, 7*10**9)}:AA{rs(r, 33, ALNUM + '-_')}"


def discord_hook(r):
    host = r.choice(["discord.com", "discord.com", "discordapp.com"])
    return f"https://{host}/api/webhooks/{r.randint(10**17, 13*10**17)}/{rs(r, 68, ALNUM + '-_')}"


def slack_hook(r):
    return (f"https://hooks.slack.com/services/T{rs(r, r.choice([8, 10]), UP + DG)}/"
            f"B{rs(r, r.choice([8, 10]), UP + DG)}/{rs(r, 24)}")


def slack_bot(r):
    return f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**11, 10**13)}-{rs(r, 24)}"


def aws_id(r):
    return "AKIA" + rs(r, 16, UP + "234567")


# fields: label, env, gen, auth(style,name), url, harv, sub, amass, sf, rng, bbot, unc, comp
P = {
    "shodan": dict(label="Shodan", env="SHODAN_API_KEY", gen=lambda r: rs(r, 32), auth=("query", "key"),
                   url="https://api.shodan.io/shodan/host/search", harv="shodan", sub="shodan", amass="Shodan",
                   sf=("sfp_shodan", "api_key"), rng="shodan_api", bbot="shodan_dns", unc="shodan"),
    "censys": dict(label="Censys", env="CENSYS_API_SECRET", gen=lambda r: rs(r, 32), auth=("basic", ""),
                   url="https://search.censys.io/api/v2/hosts/search", harv="censys", sub="censys", amass="Censys",
                   sf=("sfp_censys", "censys_api_key_secret"), rng="censysio_secret", bbot="censys", unc="censys",
                   comp=("CENSYS_API_ID", uuid4)),
    "hunter": dict(label="Hunter.io", env="HUNTER_API_KEY", gen=lambda r: hx(r, 40), auth=("query", "api_key"),
                   url="https://api.hunter.io/v2/domain-search", harv="hunter", sf=("sfp_hunter", "api_key"),
                   rng="hunter_api"),
    "urlscan": dict(label="urlscan.io", env="URLSCAN_API_KEY", gen=uuid4, auth=("header", "API-Key"),
                    url="https://urlscan.io/api/v1/scan/", amass="URLScan", sf=("sfp_urlscan", "api_key"),
                    bbot="urlscan"),
    "otx": dict(label="AlienVault OTX", env="OTX_API_KEY", gen=lambda r: hx(r, 64), auth=("header", "X-OTX-API-KEY"),
                url="https://otx.alienvault.com/api/v1/indicators/domain/{d}/passive_dns", amass="AlienVault",
                sf=("sfp_alienvault", "api_key"), rng="alienvault_api", bbot="otx"),
    "hibp": dict(label="Have I Been Pwned", env="HIBP_API_KEY", gen=lambda r: hx(r, 32), auth=("header", "hibp-api-key"),
                 url="https://haveibeenpwned.com/api/v3/breachedaccount/{e}", sf=("sfp_haveibeenpwned", "api_key"),
                 rng="hibp_api"),
    "github": dict(label="GitHub", env="GITHUB_TOKEN", gen=gh_token, auth=("bearer", "Authorization"),
                   url="https://api.github.com/search/code", harv="github", sub="github", amass="GitHub",
                   rng="github_api", bbot="github_codesearch"),
    "virustotal": dict(label="VirusTotal", env="VT_API_KEY", gen=lambda r: hx(r, 64), auth=("header", "x-apikey"),
                       url="https://www.virustotal.com/api/v3/domains/{d}/subdomains", harv="virustotal",
                       sub="virustotal", amass="VirusTotal", sf=("sfp_virustotal", "api_key"),
                       rng="virustotal_api", bbot="virustotal"),
    "fofa": dict(label="FOFA", env="FOFA_KEY", gen=lambda r: hx(r, 32), auth=("query", "key"),
                 url="https://fofa.info/api/v1/search/all", sub="fofa", sf=("sfp_fofa", "api_key"), unc="fofa",
                 comp=("FOFA_EMAIL", email)),
    "securitytrails": dict(label="SecurityTrails", env="SECURITYTRAILS_API_KEY", gen=lambda r: rs(r, 32),
                           auth=("header", "APIKEY"), url="https://api.securitytrails.com/v1/domain/{d}/subdomains",
                           harv="securityTrails", sub="securitytrails", amass="SecurityTrails",
                           sf=("sfp_securitytrails", "api_key"), bbot="securitytrails"),
    "intelx": dict(label="Intelligence X", env="INTELX_API_KEY", gen=uuid4, auth=("header", "x-key"),
                   url="https://2.intelx.io/intelligent/search", harv="intelx", sf=("sfp_intelx", "api_key"),
                   rng="intelx_api"),
    "binaryedge": dict(label="BinaryEdge", env="BINARYEDGE_API_KEY", gen=uuid4, auth=("header", "X-Key"),
                       url="https://api.binaryedge.io/v2/query/domains/subdomain/{d}", harv="binaryedge",
                       sub="binaryedge", amass="BinaryEdge", sf=("sfp_binaryedge", "binaryedge_api_key"),
                       rng="binaryedge_api", bbot="binaryedge"),
    "fullhunt": dict(label="FullHunt", env="FULLHUNT_API_KEY", gen=uuid4, auth=("header", "X-API-KEY"),
                     url="https://fullhunt.io/api/v1/domain/{d}/subdomains", harv="fullhunt", sub="fullhunt",
                     bbot="fullhunt"),
    "netlas": dict(label="Netlas", env="NETLAS_API_KEY", gen=lambda r: rs(r, 32), auth=("header", "X-API-Key"),
                   url="https://app.netlas.io/api/domains/", harv="netlas", unc="netlas"),
    "zoomeye": dict(label="ZoomEye", env="ZOOMEYE_API_KEY", gen=zoomeye_key, auth=("header", "API-KEY"),
                    url="https://api.zoomeye.org/domain/search", harv="zoomeye", sub="zoomeyeapi", unc="zoomeye"),
    "chaos": dict(label="Chaos (ProjectDiscovery)", env="PDCP_API_KEY", gen=uuid4, auth=("raw", "Authorization"),
                  url="https://dns.projectdiscovery.io/dns/{d}/subdomains", harv="projectDiscovery", sub="chaos"),
    "greynoise": dict(label="GreyNoise", env="GREYNOISE_API_KEY", gen=lambda r: rs(r, 30), auth=("header", "key"),
                      url="https://api.greynoise.io/v3/community/{ip}", sf=("sfp_greynoise", "api_key")),
    "whoisxml": dict(label="WhoisXML API", env="WHOISXML_API_KEY", gen=lambda r: "at_" + rs(r, 29),
                     auth=("query", "apiKey"), url="https://subdomains.whoisxmlapi.com/api/v1",
                     sub="whoisxmlapi", amass="WhoisXMLAPI", sf=("sfp_whoisxml", "api_key")),
    "passivetotal": dict(label="PassiveTotal", env="PT_API_KEY", gen=lambda r: hx(r, 64), auth=("basic", ""),
                         url="https://api.passivetotal.org/v2/enrichment/subdomains", sub="passivetotal",
                         amass="PassiveTotal", sf=("sfp_riskiq", "api_key_password"), bbot="passivetotal",
                         comp=("PT_USERNAME", email)),
    "leakix": dict(label="LeakIX", env="LEAKIX_API_KEY", gen=lambda r: rs(r, 48), auth=("header", "api-key"),
                   url="https://leakix.net/api/subdomains/{d}", sub="leakix", bbot="leakix"),
    "pulsedive": dict(label="Pulsedive", env="PULSEDIVE_API_KEY", gen=lambda r: hx(r, 64), auth=("query", "key"),
                      url="https://pulsedive.com/api/info.php", sf=("sfp_pulsedive", "api_key")),
    "spyse": dict(label="Spyse", env="SPYSE_API_TOKEN", gen=uuid4, auth=("bearer", "Authorization"),
                  url="https://api.spyse.com/v4/data/domain/search", sf=("sfp_spyse", "api_key")),
    # notifications
    "telegram": dict(label="Telegram bot", env="TELEGRAM_BOT_TOKEN", gen=telegram_tok,
                     comp=("TELEGRAM_CHAT_ID", lambda r: "-100" + str(r.randint(10**9, 10**10 - 1)))),
    "discord": dict(label="Discord webhook", env="DISCORD_WEBHOOK_URL", gen=discord_hook),
    "slackhook": dict(label="Slack webhook", env="SLACK_WEBHOOK_URL", gen=slack_hook),
    "slackbot": dict(label="Slack bot token", env="SLACK_BOT_TOKEN", gen=slack_bot),
    # cloud for results
    "aws": dict(label="AWS", env="AWS_SECRET_ACCESS_KEY", gen=lambda r: rs(r, 40, ALNUM + "/+"),
                comp=("AWS_ACCESS_KEY_ID", aws_id)),
}
P["db"] = dict(label="Postgres", env="DB_PASSWORD")
P["gcp"] = dict(label="GCP", env="GOOGLE_APPLICATION_CREDENTIALS")
OSINT = ["shodan", "censys", "hunter", "urlscan", "otx", "hibp", "github", "virustotal", "fofa",
         "securitytrails", "intelx", "binaryedge", "fullhunt", "netlas", "zoomeye", "chaos", "greynoise",
         "whoisxml", "passivetotal", "leakix", "pulsedive", "spyse"]
NOTIFY = ["telegram", "discord", "slackhook", "slackbot"]
ALL = OSINT + NOTIFY + ["aws"]
KIND = {"telegram": "bot_token", "discord": "webhook_url", "slackhook": "webhook_url", "slackbot": "bot_token",
        "aws": "cloud_secret_key", "github": "access_token", "gcp": "private_key", "db": "password"}

EXAMPLES = {
    "hibp": ["00000000000000000000000000000000"],
    "telegram": ["123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"],
    "slackhook": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
    "slackbot": ["xoxb-your-token", "xoxb-not-a-real-token-this-will-not-work"],
    "discord": ["https://discord.com/api/webhooks/<webhook_id>/<webhook_token>"],
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<github_token>"],
    "censys": ["<your-censys-api-secret>"],
    "db": ["changeme", "postgres"],
}
PLACEHOLDERS = ["YOUR_API_KEY", "<your-{n}-api-key>", "YOUR_{N}_KEY", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx",
                "TU_API_KEY_AQUI", "DEIN_API_KEY", "VOTRE_CLE_API", "在这里填写你的key", "ВАШ_КЛЮЧ_API",
                "insert_key_here", "<API_KEY>", "your_api_key_here", "REPLACE_ME", "PUT-YOUR-KEY-HERE",
                "<{n}_key>", "TODO", "api-key-goes-here", "sua_chave_aqui", "{{ {n}_api_key }}"]


class V:
    def __init__(self, kind, s):
        self.kind = kind  # secret, ph, empty, mask, env, example
        self.s = s


ENV_LANGS = {"py", "go", "js", "sh", "ps1", "yaml", "gha", "docker", "compose", "ini", "k8s", "systemd", "md"}


def neg_value(r, pk, lang, secret_sample):
    ks = ["ph"] * 35 + ["empty"] * 14 + ["mask"] * 13 + ["example"] * 13
    if lang in ENV_LANGS:
        ks += ["env"] * 25
    k = r.choice(ks)
    if k == "example" and pk not in EXAMPLES:
        k = "ph"
    if k == "ph":
        n = P.get(pk, {}).get("label", pk).split()[0].lower().replace(".", "")
        return V("ph", r.choice(PLACEHOLDERS).replace("{n}", n).replace("{N}", n.upper()))
    if k == "empty":
        return V("empty", "")
    if k == "mask":
        m = r.randrange(4)
        if m == 0:
            return V("mask", "*" * r.choice([8, 16, 32]))
        if m == 1:
            return V("mask", r.choice(["[REDACTED]", "<redacted>", "REDACTED", "***hidden***"]))
        if m == 2 and len(secret_sample) > 12:
            return V("mask", secret_sample[:4] + "*" * (len(secret_sample) - 8))
        return V("mask", "•" * 12 if r.random() < 0.3 else "********")
    if k == "example":
        return V("example", r.choice(EXAMPLES[pk]))
    return V("env", "")


class C:
    """Template context."""

    def __init__(self, r, pk, v, lang):
        self.r, self.pk, self.v, self.lang = r, pk, v, lang
        self.p = P.get(pk, {"label": pk, "env": pk.upper()})
        self.env = self.p.get("env", pk.upper())
        self.neg = v.kind != "secret"
        comp = self.p.get("comp")
        self.comp_env = comp[0] if comp else None
        self.comp = comp[1](r) if comp else None
        if comp and pk == "aws" and self.neg:
            self.comp = "AKIAIOSFODNN7EXAMPLE"
        self.dom = r.choice(DOMAINS)
        self.qc = r.choice(['"', "'"])

    @property
    def s(self):
        return self.v.s

    def envref(self, lang=None, name=None):
        lang = lang or self.lang
        n = name or self.env
        r = self.r
        if lang == "py":
            return r.choice([f'os.getenv("{n}")', f'os.environ["{n}"]', f"os.environ.get('{n}', '')"])
        if lang == "go":
            return f'os.Getenv("{n}")'
        if lang == "js":
            return f"process.env.{n}"
        if lang == "ps1":
            return f"$env:{n}"
        if lang == "gha":
            return "${{ secrets.%s }}" % n
        if lang == "docker":
            return "$" + n
        return "${%s}" % n

    def q(self, lang=None, qc=None):
        """Quoted literal or expression."""
        lang = lang or self.lang
        qc = qc or (self.qc if lang in ("py", "js", "sh") else '"')
        if self.v.kind == "env":
            if lang == "sh":
                return '"${%s}"' % self.env
            if lang in ("yaml", "ini", "toml", "json", "compose", "k8s"):
                return qc + self.envref(lang) + qc
            return self.envref(lang)
        return qc + self.v.s + qc

    def raw(self, lang=None):
        if self.v.kind == "env":
            return self.envref(lang)
        return self.v.s

    def comp_q(self, lang=None):
        lang = lang or self.lang
        qc = self.qc if lang in ("py", "js", "sh") else '"'
        if self.v.kind == "env" and self.pk == "aws":
            return self.envref(lang, self.comp_env) if lang not in ("yaml", "ini") else qc + "${AWS_ACCESS_KEY_ID}" + qc
        return qc + self.comp + qc


TEMPLATES = {}


def T(tid, ftype, lang, provs, weight=1.0):
    def deco(f):
        TEMPLATES[tid] = dict(f=f, ftype=ftype, lang=lang, provs=provs, w=weight)
        return f
    return deco


def pick(r, seq):
    return r.choice(seq)


def http_py_lines(c, var="API_KEY"):
    """Python requests call for an OSINT provider, key held in variable var."""
    p = c.p
    st, name = p["auth"]
    url = p["url"].replace("{d}", "{domain}").replace("{e}", "{email}").replace("{ip}", "{ip}")
    lines = []
    if st == "query":
        extra = ""
        if c.pk == "fofa":
            extra = '"email": FOFA_EMAIL, "qbase64": base64.b64encode(f\'domain="{domain}"\'.encode()).decode(), '
            lines.append("    import base64")
        elif c.pk == "shodan":
            extra = '"query": f"hostname:{domain}", '
        elif c.pk == "hunter":
            extra = '"domain": domain, '
        elif c.pk == "whoisxml":
            extra = '"domainName": domain, '
        elif c.pk == "pulsedive":
            extra = '"indicator": domain, '
        lines += [f'    resp = requests.get(f"{url}", params={{{extra}"{name}": {var}}}, timeout=30)']
    elif st == "header":
        lines += [f'    headers = {{"{name}": {var}, "Accept": "application/json"}}',
                  f'    resp = requests.get(f"{url}", headers=headers, timeout=30)']
    elif st == "bearer":
        lines += [f'    headers = {{"Authorization": f"Bearer {{{var}}}"}}',
                  f'    resp = requests.get(f"{url}", headers=headers, params={{"q": f"{{domain}} password"}}, timeout=30)']
    elif st == "raw":
        lines += [f'    resp = requests.get(f"{url}", headers={{"Authorization": {var}}}, timeout=30)']
    else:
        lines += [f'    resp = requests.get(f"{url}", auth=({c.comp_env}, {var}), params={{"q": domain}}, timeout=30)']
    return lines


# ======================================================= positive/type-A templates
@T("theharvester_api_keys", "yaml", "yaml", [k for k in OSINT if P[k].get("harv")])
def t_harv(c):
    r = c.r
    names = ["bevigil", "binaryedge", "bing", "bufferoverun", "censys", "criminalip", "fullhunt", "github",
             "hunter", "hunterhow", "intelx", "netlas", "onyphe", "pentestTools", "projectDiscovery",
             "rocketreach", "securityTrails", "shodan", "tomba", "virustotal", "zoomeye"]
    out = ["apikeys:"]
    for n in names:
        out.append(f"  {n}:")
        if n == "censys":
            if c.p.get("harv") == "censys":
                out += [f"    id: {c.comp}", f"    secret: {c.raw()}"]
            else:
                out += ["    id:", "    secret:"]
        elif n == "bing" or n == "tomba":
            out += ["    key:", "    secret:"] if n == "tomba" else ["    key:"]
        else:
            out.append(f"    key: {c.raw()}" if n == c.p["harv"] else "    key:")
    out = [o.rstrip() for o in out]
    if r.random() < 0.4:
        out.insert(0, f"# theHarvester keys - {r.choice(USERS)} - updated {date(r)}")
    return pick(r, ["api-keys.yaml", "theHarvester/api-keys.yaml", "dotfiles/theHarvester/api-keys.yaml",
                    "recon/config/theharvester-api-keys.yaml"]), "\n".join(out) + "\n"


SUBF = ["alienvault", "anubis", "bevigil", "binaryedge", "bufferover", "c99", "censys", "certspotter", "chaos",
        "chinaz", "dnsdb", "fofa", "fullhunt", "github", "hunter", "intelx", "leakix", "netlas", "passivetotal",
        "quake", "securitytrails", "shodan", "threatbook", "virustotal", "whoisxmlapi", "zoomeyeapi"]


def sub_value(c):
    if c.pk in ("censys", "fofa", "passivetotal"):
        return f"{c.comp}:{c.raw()}"
    if c.pk == "zoomeye":
        return f"api.zoomeye.org:{c.raw()}" if c.r.random() < 0.5 else c.raw()
    return c.raw()


@T("subfinder_provider_config", "yaml", "yaml", [k for k in OSINT if P[k].get("sub")], 1.5)
def t_subfinder(c):
    r = c.r
    out = []
    chosen = [n for n in SUBF if r.random() < 0.6 or n == c.p["sub"]]
    for n in chosen:
        if n == c.p["sub"]:
            if c.v.kind == "empty":
                out.append(f"{n}: []")
            else:
                out += [f"{n}:", f"  - {sub_value(c)}"]
        else:
            out.append(f"{n}: []")
    return pick(r, [".config/subfinder/provider-config.yaml", "subfinder/provider-config.yaml",
                    "configs/provider-config.yaml", "docker/subfinder/provider-config.yaml"]), "\n".join(out) + "\n"


@T("uncover_provider_config", "yaml", "yaml", ["shodan", "censys", "fofa", "zoomeye", "netlas"])
def t_uncover(c):
    r = c.r
    out = []
    for n in ["shodan", "shodan-idb", "fofa", "censys", "quake", "hunter", "zoomeye", "netlas", "criminalip",
              "publicwww", "hunterhow"]:
        if n == c.p["unc"] and c.v.kind != "empty":
            out += [f"{n}:", f"  - {sub_value(c)}"]
        else:
            out.append(f"{n}: []")
    return pick(r, [".config/uncover/provider-config.yaml", "uncover/provider-config.yaml"]), "\n".join(out) + "\n"


@T("amass_v4_datasources", "yaml", "yaml", [k for k in OSINT if P[k].get("amass")])
def t_amass4(c):
    r = c.r
    out = ["datasources:"]
    others = [n for n in ["AlienVault", "BinaryEdge", "Censys", "GitHub", "SecurityTrails", "Shodan",
                          "URLScan", "VirusTotal", "WhoisXMLAPI"] if n != c.p["amass"]]
    r.shuffle(others)
    lst = others[:r.randint(1, 4)] + [c.p["amass"]]
    r.shuffle(lst)
    for n in lst:
        out += [f"  - name: {n}", f"    ttl: {r.choice([1440, 4320, 10080])}"]
        if n == c.p["amass"]:
            out += ["    creds:", "      account:"]
            if c.pk in ("censys", "passivetotal"):
                out += [f"        {'apikey' if c.pk == 'censys' else 'username'}: {c.comp}",
                        f"        {'secret' if c.pk == 'censys' else 'apikey'}: {c.raw()}"]
            else:
                out.append(f"        apikey: {c.raw()}")
    out += ["global_options:", "  minimum_ttl: 1440 # one day"]
    return pick(r, ["amass/datasources.yaml", ".config/amass/datasources.yaml", "recon/amass/datasources.yaml"]), \
        "\n".join(out) + "\n"


@T("amass_v3_config_ini", "ini", "ini", [k for k in OSINT if P[k].get("amass")])
def t_amass3(c):
    r = c.r
    n = c.p["amass"]
    out = ["# Amass configuration", "", "[scope]", "port = 80", "port = 443", "port = 8443", "",
           "[scope.domains]", f"domain = {c.dom}", "", "[resolvers]", "resolver = 8.8.8.8",
           "resolver = 1.1.1.1", "", "[data_sources]", "ttl = 4320", "", f"[data_sources.{n}]", "ttl = 10080",
           f"[data_sources.{n}.Credentials]"]
    if c.pk in ("censys", "passivetotal"):
        out += [f"{'apikey' if c.pk == 'censys' else 'username'} = {c.comp}",
                f"{'secret' if c.pk == 'censys' else 'apikey'} = {c.raw()}"]
    else:
        out.append(f"apikey = {c.raw()}")
    out += ["", "#[data_sources.Umbrella]", "#[data_sources.Umbrella.Credentials]", "#apikey ="]
    return pick(r, ["amass/config.ini", ".config/amass/config.ini", "tools/amass/config.ini"]), "\n".join(out) + "\n"


@T("amass_graphdb_postgres", "ini", "ini", ["db"])
def t_amass_pg(c):
    r = c.r
    user = pick(r, ["amass", "recon", "postgres"])
    host = pick(r, ["127.0.0.1", "db.recon.internal", "10.0.3.12", "localhost"])
    out = ["# Amass configuration", "", "[scope.domains]", f"domain = {c.dom}", "",
           "[graphdbs]", "local_database = true", "",
           "[graphdbs.postgres]",
           f"primary = false",
           f"url = \"postgres://{user}:{c.raw()}@{host}:5432/amass?sslmode=disable\"",
           "options=\"connect_timeout=10\"", "", "[bruteforce]", "enabled = false"]
    return pick(r, ["amass/config.ini", "infra/amass/config.ini"]), "\n".join(out) + "\n"


@T("spiderfoot_settings_export", "cfg", "cfg", [k for k in OSINT if P[k].get("sf")], 1.3)
def t_spiderfoot(c):
    r = c.r
    mods = ["sfp_abuseipdb:api_key", "sfp_alienvault:api_key", "sfp_binaryedge:binaryedge_api_key",
            "sfp_censys:censys_api_key_uid", "sfp_censys:censys_api_key_secret", "sfp_fofa:api_email",
            "sfp_fofa:api_key", "sfp_greynoise:api_key", "sfp_haveibeenpwned:api_key", "sfp_hunter:api_key",
            "sfp_intelx:api_key", "sfp_pulsedive:api_key", "sfp_riskiq:api_key_login",
            "sfp_riskiq:api_key_password", "sfp_securitytrails:api_key", "sfp_shodan:api_key",
            "sfp_spyse:api_key", "sfp_urlscan:api_key", "sfp_virustotal:api_key", "sfp_whoisxml:api_key"]
    target = ":".join(c.p["sf"])
    out = ["__database=/home/spiderfoot/.spiderfoot/spiderfoot.db", "_debug=0", "_dnsserver=",
           "_fetchtimeout=5", "_maxthreads=3", "_socks1type=", "_useragent=Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:62.0) Gecko/20100101 Firefox/62.0"]
    for m in mods:
        if m == target:
            out.append(f"{m}={c.raw()}")
        elif (m == "sfp_censys:censys_api_key_uid" and c.pk == "censys") or \
                (m == "sfp_fofa:api_email" and c.pk == "fofa") or \
                (m == "sfp_riskiq:api_key_login" and c.pk == "passivetotal"):
            out.append(f"{m}={c.comp}")
        else:
            out.append(f"{m}=")
        if m.startswith("sfp_shodan"):
            out.append("sfp_shodan:netblocklookup=1")
    return pick(r, ["spiderfoot.cfg", "spiderfoot/settings-export.cfg", "osint/spiderfoot.cfg"]), "\n".join(out) + "\n"


@T("reconng_resource_rc", "rc", "rc", [k for k in OSINT if P[k].get("rng")])
def t_rng_rc(c):
    r = c.r
    ws = c.dom.split(".")[0]
    out = [f"workspaces create {ws}", f"db insert domains {c.dom}~none"]
    if c.pk == "censys":
        out.append(f"keys add censysio_id {c.comp}")
    out.append(f"keys add {c.p['rng']} {c.raw()}")
    mods = ["recon/domains-hosts/hackertarget", "recon/domains-hosts/certificate_transparency",
            "recon/hosts-hosts/resolve", "recon/domains-contacts/whois_pocs", "reporting/csv"]
    if c.pk == "shodan":
        mods.insert(1, "recon/domains-hosts/shodan_hostname")
    for m in mods:
        out += [f"modules load {m}", "run"]
    if r.random() < 0.5:
        out.insert(0, "# recon-ng -r " + ws + ".rc")
    return pick(r, ["recon-ng/" + ws + ".rc", "resources/recon.rc", "rc/init.rc"]), "\n".join(out) + "\nexit\n"


@T("reconng_keys_list_dump", "txt", "txt", [k for k in OSINT if P[k].get("rng")])
def t_rng_list(c):
    r = c.r
    names = ["bing_api", "builtwith_api", "censysio_id", "censysio_secret", "flickr_api", "fullcontact_api",
             "github_api", "google_api", "hibp_api", "hunter_api", "ipinfodb_api", "shodan_api", "twitter_api",
             "virustotal_api", "binaryedge_api", "alienvault_api", "intelx_api"]
    names = sorted(set(names))
    w = max(len(c.raw()), len(c.comp or ""), 20) + 2
    sep = "  +" + "-" * (22 + w + 1) + "+"
    out = [f"[recon-ng][{c.dom.split('.')[0]}] > keys list", "", sep,
           "  | " + "Name".ljust(20) + "|" + " Value".ljust(w) + "|", sep]
    for n in names:
        val = ""
        if n == c.p["rng"]:
            val = c.raw()
        elif n == "censysio_id" and c.pk == "censys":
            val = c.comp
        out.append("  | " + n.ljust(20) + "| " + val.ljust(w - 1) + "|")
    out += [sep, ""]
    return pick(r, ["notes/recon-ng-keys.txt", "docs/recon-ng.txt", "recon/keys_list.txt"]), "\n".join(out) + "\n"


@T("keystore_csv_export", "csv", "csv", ALL)
def t_keys_csv(c):
    r = c.r
    hdr = pick(r, ["name,value", "service,key,owner,added", "provider;api_key;comment"])
    sep = ";" if ";" in hdr else ","
    rows = [hdr]
    ncol = hdr.count(sep) + 1
    others = [k for k in OSINT if k != c.pk]
    r.shuffle(others)
    items = others[:r.randint(2, 6)] + [c.pk]
    r.shuffle(items)
    for k in items:
        nm = P[k].get("rng") or k + "_api"
        if k == "aws":
            nm = "aws_secret_access_key"
        if k == c.pk:
            if c.comp:
                idn = "aws_access_key_id" if k == "aws" else nm.replace("secret", "id") if "secret" in nm else nm + "_id"
                rows.append(sep.join([idn, c.comp] + ["", ""][:ncol - 2]))
            val = c.raw()
        else:
            val = pick(r, ["", "", "(vault)", "revoked"])
        extra = [pick(r, USERS), date(r)] if ncol == 4 else ([pick(r, ["free tier", "paid", ""])] if ncol == 3 else [])
        rows.append(sep.join([nm, val] + extra))
    return pick(r, ["keys.csv", "exports/recon-ng-keys.csv", "vault/api_keys_export.csv"]), "\n".join(rows) + "\n"


@T("shodan_cli_keyfile", "text", "txt", ["shodan"], 0.7)
def t_shodan_file(c):
    return pick(c.r, [".shodan/api_key", "dotfiles/shodan/api_key", "home/kali/.shodan/api_key"]), c.raw() + "\n"


@T("shodan_init_setup_sh", "shell", "sh", ["shodan"])
def t_shodan_init(c):
    r = c.r
    out = ["#!/usr/bin/env bash", "# bootstrap recon VPS", "set -euo pipefail", "",
           "sudo apt-get update -y && sudo apt-get install -y python3-pip jq whois nmap",
           "pip3 install --user shodan censys theHarvester", "",
           f"shodan init {c.raw('sh') if c.v.kind != 'env' else '$SHODAN_API_KEY'}",
           "shodan info", "", "mkdir -p ~/recon/{subs,ports,screens}",
           f"shodan domain {c.dom} | tee ~/recon/subs/shodan.txt"]
    if r.random() < 0.5:
        out.insert(4, "export GOPATH=$HOME/go; export PATH=$PATH:$GOPATH/bin")
    return pick(r, ["setup.sh", "scripts/bootstrap-vps.sh", "install/recon_setup.sh"]), "\n".join(out) + "\n"


@T("censys_cli_cfg", "ini", "ini", ["censys"])
def t_censys_cfg(c):
    out = ["[DEFAULT]", f"api_id = {c.comp}", f"api_secret = {c.raw()}", "asm_api_key = ", "color = auto"]
    return pick(c.r, [".config/censys/censys.cfg", "dotfiles/censys/censys.cfg"]), "\n".join(out) + "\n"


@T("censys_config_pipe_sh", "shell", "sh", ["censys"])
def t_censys_sh(c):
    r = c.r
    out = ["#!/bin/sh", "# non-interactive `censys config` for the CI runner",
           f"printf '%s\\n%s\\n' \"{c.comp}\" {c.q('sh', chr(34))} | censys config",
           f"censys search 'services.tls.certificates.leaf_data.subject.common_name: \"{c.dom}\"' --index-type hosts -o hosts.json"]
    return pick(r, ["ci/censys-login.sh", "scripts/censys.sh"]), "\n".join(out) + "\n"


@T("h8mail_config_ini", "ini", "ini", ["hunter", "intelx"])
def t_h8mail(c):
    r = c.r
    keys = ["hunterio", "snusbase_token", "leak-lookup_pub", "leak-lookup_priv", "emailrep", "intelx_key",
            "intelx_maxfile", "breachdirectory_user", "breachdirectory_pass", "dehashed_email", "dehashed_key"]
    tgt = "hunterio" if c.pk == "hunter" else "intelx_key"
    out = ["[h8mail]", "; h8mail -t targets.txt -c h8mail_config.ini"]
    for k in keys:
        if k == tgt:
            out.append(f"{k} = {c.raw()}")
        elif k == "intelx_maxfile":
            out.append(f"{k} = 10")
        else:
            out.append(f";{k} = ")
    return pick(r, ["h8mail_config.ini", "breach/h8mail_config.ini"]), "\n".join(out) + "\n"


@T("maltego_transformsettings_xml", "xml", "xml", OSINT)
def t_maltego_xml(c):
    r = c.r
    tname = f"{c.p['label'].split()[0].lower().replace('.', '')}ToDomains"
    val = c.raw()
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<TransformSettings enabled="true" disclaimerAccepted="false" showHelp="true" runWithAll="true" favorite="false">',
           '   <Properties>',
           '      <Property name="transform.local.command" type="string" popup="false">/usr/bin/python3</Property>',
           '      <Property name="transform.local.parameters" type="string" popup="false">project.py local ' + tname + '</Property>',
           '      <Property name="transform.local.working-directory" type="string" popup="false">/home/' + pick(r, USERS).replace(".", "") + '/maltego/transforms</Property>',
           '      <Property name="transform.local.debug" type="boolean" popup="false">false</Property>',
           f'      <Property name="{c.pk}.api.key" type="string" popup="false">{val}</Property>',
           '   </Properties>', '</TransformSettings>']
    return f"maltego/TransformSettings/local.{tname}.transformsettings", "\n".join(out) + "\n"


@T("maltego_trx_transform_py", "python", "py", [k for k in OSINT if P[k]["auth"][0] != "basic"])
def t_trx(c):
    r = c.r
    var = pick(r, ["API_KEY", "api_key", c.env])
    out = ["import requests", "from maltego_trx.entities import Domain", "from maltego_trx.transform import DiscoverableTransform", "",
           f"{var} = {c.q('py')}", "" if c.pk != "fofa" else f"FOFA_EMAIL = {c.comp_q('py')}", "",
           f"class {c.pk.capitalize()}Subdomains(DiscoverableTransform):",
           '    """Returns subdomains for a Domain entity."""', "",
           "    @classmethod", "    def create_entities(cls, request, response):",
           "        domain = request.Value", "        email = ip = domain"]
    body = ["        " + ln.strip() if ln.startswith("    ") else "        " + ln for ln in http_py_lines(c, var)]
    out += body + ["        for sub in resp.json().get(\"subdomains\", []):",
                   "            response.addEntity(Domain, f\"{sub}.{domain}\")"]
    if "os.getenv" in out[4] or "os.environ" in out[4]:
        out.insert(0, "import os")
    return pick(r, ["transforms/" + c.pk + "_subdomains.py", "maltego/transforms/" + c.pk + ".py"]), "\n".join(out) + "\n"


@T("bbot_secrets_yml", "yaml", "yaml", [k for k in OSINT if P[k].get("bbot")])
def t_bbot(c):
    r = c.r
    out = ["# bbot -t targets.txt -p subdomain-enum -c secrets.yml", "modules:"]
    mods = sorted({c.p["bbot"], *r.sample(["c99", "chaos", "dnsdumpster", "leakix", "passivetotal", "otx", "shodan_dns", "virustotal"], 2)})
    for m in mods:
        out.append(f"  {m}:")
        if m == c.p["bbot"]:
            v = f"{c.comp}:{c.raw()}" if c.comp else c.raw()
            out.append(f"    api_key: {v}")
        else:
            out.append("    api_key: \"\"")
    out += ["dns:", "  threads: 20", "web:", "  http_timeout: 10"]
    return pick(r, [".config/bbot/secrets.yml", "bbot/secrets.yml", "presets/secrets.yml"]), "\n".join(out) + "\n"


@T("reconftw_cfg", "shell", "sh", ["shodan", "whoisxml", "slackbot", "github"])
def t_reconftw(c):
    r = c.r
    names = {"shodan": "SHODAN_API_KEY", "whoisxml": "WHOISXML_API", "slackbot": "slack_auth",
             "github": "GITHUB_TOKEN"}
    out = ["#!/bin/bash", "", "#############################################", "#			reconFTW config file			#",
           "#############################################", "", "# General values",
           'tools=~/Tools', 'SCRIPTPATH="$( cd "$(dirname "$0")" >/dev/null 2>&1 ; pwd -P )"',
           'profile_shell=".$(basename $(echo $SHELL))rc"', 'reconftw_version=$(git rev-parse --abbrev-ref HEAD)',
           "", "# APIs/TOKENS - Uncomment the lines you want removing the '#' at the beginning of the line"]
    for k, n in names.items():
        if k == c.pk:
            out.append(f'{n}={c.q("sh", chr(34))}')
        else:
            out.append(f'#{n}="XXXXXXXXXXXXX"')
    out += ['#slack_channel="XXXXXXXX"', "", "# File descriptors", "DEBUG_STD=\"&>/dev/null\"", "DEBUG_ERROR=\"2>/dev/null\"",
            "", "# Osint", "OSINT=true", "GOOGLE_DORKS=true", "GITHUB_DORKS=true", "METADATA=true", "EMAILS=true"]
    return pick(r, ["reconftw.cfg", "reconFTW/reconftw.cfg", "configs/reconftw.cfg"]), "\n".join(out) + "\n"


@T("oneforall_api_py", "python", "py", ["censys", "binaryedge", "securitytrails", "fofa", "passivetotal", "shodan",
                                        "virustotal", "zoomeye", "spyse"])
def t_oneforall(c):
    r = c.r
    blocks = [("censys", ["# Censys可以免费注册获取API：https://censys.io/api", "censys_api_id = {ID}", "censys_api_secret = {V}"]),
              ("binaryedge", ["# Binaryedge可以免费注册获取API：https://app.binaryedge.io/account/api", "binaryedge_api = {V}"]),
              ("securitytrails", ["# SecurityTrails可以免费注册获取API：https://securitytrails.com/corp/api", "securitytrails_api = {V}"]),
              ("fofa", ["# https://fofa.info/api", "fofa_api_email = {ID}  # fofa用户邮箱", "fofa_api_key = {V}  # fofa用户key"]),
              ("passivetotal", ["# https://api.passivetotal.org/api/docs/", "riskiq_api_username = {ID}", "riskiq_api_key = {V}"]),
              ("shodan", ["# Shodan可以免费注册获取API: https://account.shodan.io/register", "# 免费的API限速1秒查询1次", "shodan_api_key = {V}"]),
              ("virustotal", ["# VirusTotal可以免费注册获取API: https://developers.virustotal.com/reference", "virustotal_api_key = {V}"]),
              ("zoomeye", ["# https://www.zoomeye.org/doc?channel=api", "zoomeye_api_key = {V}"]),
              ("spyse", ["# Spyse可以免费注册获取API: https://spyse.com/", "spyse_api_token = {V}"])]
    out = ["# 模块API配置", ""]
    for k, lines in blocks:
        for ln in lines:
            if k == c.pk:
                ln = ln.replace("{ID}", c.comp_q("py") if c.comp else "''").replace("{V}", c.q("py"))
            else:
                ln = ln.replace("{ID}", "''").replace("{V}", "''")
            out.append(ln)
        out.append("")
    if c.v.kind == "env":
        out.insert(0, "import os")
    return pick(r, ["config/api.py", "OneForAll/config/api.py"]), "\n".join(out)


@T("gitdorks_tokens_txt", "text", "txt", ["github"], 0.8)
def t_tokens(c):
    r = c.r
    out = ["# one token per line, rotated by gitdorks_go / github-search"] if r.random() < 0.5 else []
    out.append(c.raw())
    return pick(r, ["tokens.txt", "gitdorks/tokens.txt", "github-search/.tokens"]), "\n".join(out) + "\n"


@T("github_subdomains_sh", "shell", "sh", ["github"])
def t_ghsub(c):
    r = c.r
    out = ["#!/usr/bin/env bash", "# passive subdomains from GitHub code search", 'DOMAIN="${1:?usage: $0 domain}"',
           f'GH_TOKEN={c.q("sh")}', "",
           'github-subdomains -d "$DOMAIN" -t "$GH_TOKEN" -o "out/${DOMAIN}.github.txt"',
           'cat "out/${DOMAIN}.github.txt" | anew subs.txt | wc -l']
    return pick(r, ["scripts/gh-subs.sh", "recon/github_subdomains.sh"]), "\n".join(out) + "\n"


@T("pygithub_dorker_py", "python", "py", ["github"])
def t_pygithub(c):
    r = c.r
    out = ["#!/usr/bin/env python3", '"""Dork GitHub for leaked configs of in-scope orgs."""', "import sys", "import time",
           "from github import Github, RateLimitExceededException", "", f"TOKEN = {c.q('py')}",
           'DORKS = ["filename:.npmrc _auth", "filename:.dockercfg auth", "extension:pem private", "filename:wp-config.php"]',
           "", "def main(org):", "    gh = Github(TOKEN, per_page=100)", "    for dork in DORKS:",
           "        try:", '            for hit in gh.search_code(f"org:{org} {dork}"):',
           '                print(hit.repository.full_name, hit.path, hit.html_url)', "        except RateLimitExceededException:",
           "            time.sleep(60)", "", 'if __name__ == "__main__":', "    main(sys.argv[1])"]
    if c.v.kind == "env":
        out.insert(2, "import os")
    return pick(r, ["dorks/github_dorker.py", "tools/gh_dork.py"]), "\n".join(out) + "\n"


@T("chaos_cli_sh", "shell", "sh", ["chaos"])
def t_chaos(c):
    r = c.r
    out = ["#!/bin/bash", f"export PDCP_API_KEY={c.q('sh')}", "", "while read -r d; do",
           f'  chaos -d "$d" -silent | dnsx -silent -a -resp >> resolved.txt', "done < scope.txt"]
    if r.random() < 0.5:
        out[1] = "# chaos dataset pull"
        out.insert(4, f'  chaos -key {c.raw("sh")} -d "$d" -o "chaos-$d.txt"')
    return pick(r, ["scripts/chaos.sh", "recon/chaos_pull.sh"]), "\n".join(out) + "\n"


@T("notify_provider_config", "yaml", "yaml", ["telegram", "discord", "slackhook"], 1.3)
def t_notify(c):
    r = c.r
    out = []
    if c.pk == "telegram":
        out += ["telegram:", '  - id: "tel"', f'    telegram_api_key: "{c.raw()}"', f'    telegram_chat_id: "{c.comp}"',
                '    telegram_format: "{{data}}"', '    telegram_parsemode: "Markdown"']
    elif c.pk == "discord":
        out += ["discord:", '  - id: "recon"', '    discord_channel: "recon-alerts"', '    discord_username: "notify-bot"',
                '    discord_format: "{{data}}"', f'    discord_webhook_url: "{c.raw()}"']
    else:
        out += ["slack:", '  - id: "recon"', '    slack_channel: "bugbounty"', '    slack_username: "notify"',
                '    slack_format: "{{data}}"', f'    slack_webhook_url: "{c.raw()}"']
    if r.random() < 0.5:
        out = ["# ~/.config/notify/provider-config.yaml", "# subfinder -d x.com | notify -provider-config this -bulk"] + out
    return pick(r, [".config/notify/provider-config.yaml", "notify/provider-config.yaml", "config/notify.yaml"]), "\n".join(out) + "\n"


@T("telegram_notify_py", "python", "py", ["telegram"])
def t_tg_py(c):
    r = c.r
    out = ["import requests", "", f"BOT_TOKEN = {c.q('py')}", f"CHAT_ID = {c.comp_q('py')}", "", "",
           "def alert(msg: str) -> None:",
           '    url = f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage"',
           '    requests.post(url, data={"chat_id": CHAT_ID, "text": msg, "parse_mode": "HTML"}, timeout=10)', "", "",
           'if __name__ == "__main__":', '    with open("new_subs.txt") as fh:', "        new = [l.strip() for l in fh if l.strip()]",
           "    if new:", '        alert(f"<b>{len(new)} new subdomains</b>\\n" + "\\n".join(new[:40]))']
    if c.v.kind == "env":
        out.insert(0, "import os")
    return pick(r, ["notify/telegram_alert.py", "utils/tg.py", "monitor/notify.py"]), "\n".join(out) + "\n"


@T("webhook_curl_sh", "shell", "sh", ["discord", "slackhook", "telegram"])
def t_hook_sh(c):
    r = c.r
    if c.pk == "telegram":
        out = ["#!/usr/bin/env bash", "# send new nuclei findings to the team chat", f"TG_TOKEN={c.q('sh', chr(34))}",
               f'CHAT_ID="{c.comp}"', 'NEW=$(comm -13 <(sort findings.old) <(sort findings.txt))', 'if [ -n "$NEW" ]; then',
               '  curl -s -X POST "https://api.telegram.org/bot${TG_TOKEN}/sendMessage" -d chat_id="$CHAT_ID" --data-urlencode text="$NEW"',
               "fi", "cp findings.txt findings.old"]
        return pick(r, ["monitor/tg_notify.sh", "cron/telegram.sh"]), "\n".join(out) + "\n"
    field = "content" if c.pk == "discord" else "text"
    out = ["#!/usr/bin/env bash", "# diff today's subdomains with yesterday's and ping the channel",
           f"WEBHOOK={c.q('sh', chr(34))}", 'NEW=$(comm -13 <(sort subs.old) <(sort subs.txt))',
           'if [ -n "$NEW" ]; then',
           f'  payload=$(jq -Rs \'{{{field}: ("New hosts:\\n" + .)}}\' <<< "$NEW")',
           '  curl -s -H "Content-Type: application/json" -X POST -d "$payload" "$WEBHOOK"', "fi", "cp subs.txt subs.old"]
    return pick(r, ["monitor/diff_notify.sh", "cron/notify.sh", "scripts/alert.sh"]), "\n".join(out) + "\n"


@T("slack_py", "python", "py", ["slackhook", "slackbot"])
def t_slack_py(c):
    r = c.r
    if c.pk == "slackbot":
        out = ["from slack_sdk import WebClient", "", f"client = WebClient(token={c.q('py')})", "",
               "def post_findings(findings):", "    blocks = [f\"*{f['severity']}* {f['host']} - {f['name']}\" for f in findings]",
               '    client.chat_postMessage(channel="#recon", text="\\n".join(blocks))']
    else:
        out = ["import json", "import urllib.request", "", f"SLACK_WEBHOOK = {c.q('py')}", "",
               "def post(text):", '    req = urllib.request.Request(SLACK_WEBHOOK, data=json.dumps({"text": text}).encode(),',
               '                                 headers={"Content-Type": "application/json"})',
               "    urllib.request.urlopen(req, timeout=10)"]
    if c.v.kind == "env":
        out.insert(0, "import os")
    return pick(r, ["notify/slack.py", "recon/slack_notify.py"]), "\n".join(out) + "\n"


@T("slack_bolt_js", "javascript", "js", ["slackbot"])
def t_slack_js(c):
    out = ["const { WebClient } = require('@slack/web-api');", "",
           f"const web = new WebClient({c.q('js')});", "const CHANNEL = 'C0' + 'RECON01';", "",
           "async function report(host, finding) {",
           "  await web.chat.postMessage({ channel: CHANNEL, text: `:rotating_light: ${host}: ${finding}` });", "}", "",
           "module.exports = { report };"]
    return pick(c.r, ["src/notify.js", "bot/slack.js"]), "\n".join(out) + "\n"


@T("aws_boto3_upload_py", "python", "py", ["aws"])
def t_boto(c):
    r = c.r
    out = ["import boto3", "import datetime", "", "s3 = boto3.client(", '    "s3",',
           f'    region_name="{pick(r, ["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2"])}",',
           f"    aws_access_key_id={c.comp_q('py')},", f"    aws_secret_access_key={c.q('py')},", ")",
           f'BUCKET = "{c.dom.split(".")[0]}-recon-results"', "", "def upload(path):",
           '    key = f"{datetime.date.today():%Y/%m/%d}/{path.split(\'/\')[-1]}"',
           "    s3.upload_file(path, BUCKET, key)", "    return key"]
    if c.v.kind == "env":
        out.insert(0, "import os")
    return pick(r, ["storage/s3_upload.py", "recon/upload_results.py"]), "\n".join(out) + "\n"


@T("aws_credentials_file", "ini", "ini", ["aws"])
def t_awscred(c):
    out = ["[default]", "region = us-east-1", "", "[recon-results]", f"aws_access_key_id = {c.comp}",
           f"aws_secret_access_key = {c.raw()}"]
    return pick(c.r, ["infra/aws/credentials", "dotfiles/aws/credentials"]), "\n".join(out) + "\n"


@T("gcp_service_account_json", "json", "json", ["gcp"])
def t_gcp(c):
    r = c.r
    proj = c.dom.split(".")[0] + "-osint-" + str(r.randint(100, 999))
    if c.neg:
        pk = "-----BEGIN PRIVATE KEY-----\\n" + c.v.s + "\\n-----END PRIVATE KEY-----\\n" if c.v.kind == "mask" else c.v.s
    else:
        pk = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(c.pem) + "\\n-----END PRIVATE KEY-----\\n"
    sa = f"recon-writer@{proj}.iam.gserviceaccount.com"
    d = [("type", "service_account"), ("project_id", proj), ("private_key_id", hx(r, 40)), ("private_key", pk),
         ("client_email", sa), ("client_id", str(r.randint(10**20, 10**21 - 1))),
         ("auth_uri", "https://accounts.google.com/o/oauth2/auth"), ("token_uri", "https://oauth2.googleapis.com/token"),
         ("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"),
         ("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/" + sa.replace("@", "%40"))]
    body = "{\n" + ",\n".join(f'  "{k}": "{v}"' for k, v in d) + "\n}\n"
    return pick(r, ["credentials/gcs-writer.json", "keys/recon-sa.json", "infra/sa-results.json"]), body


@T("compose_result_db", "compose", "compose", ["db"])
def t_compose_db(c):
    r = c.r
    pw = c.q("compose")
    out = ['version: "3.8"', "services:", "  spiderfoot:", "    image: ctdc/spiderfoot:latest", "    ports:",
           '      - "127.0.0.1:5001:5001"', "    volumes:", "      - sfdata:/var/lib/spiderfoot", "  db:",
           "    image: postgres:15-alpine", "    environment:", "      POSTGRES_USER: recon", "      POSTGRES_DB: findings",
           f"      POSTGRES_PASSWORD: {pw}", "    volumes:", "      - pgdata:/var/lib/postgresql/data",
           "volumes:", "  sfdata: {}", "  pgdata: {}"]
    return pick(r, ["docker-compose.yml", "deploy/docker-compose.yml"]), "\n".join(out) + "\n"


@T("elastic_results_yaml", "yaml", "yaml", ["db"])
def t_es(c):
    r = c.r
    out = ["# where the pipeline pushes httpx/nuclei jsonl", "output:", "  elasticsearch:",
           f"    hosts: [\"https://{pick(r, ['es.recon.lan', '10.8.0.4', 'elastic.internal'])}:9200\"]",
           "    index: recon-%{+yyyy.MM.dd}", "    username: recon_writer", f"    password: {c.q('yaml')}",
           "    ssl.verification_mode: none", "batch_size: 500"]
    return pick(r, ["pipeline/output.yml", "config/elastic.yml"]), "\n".join(out) + "\n"


# ---------------------------------------------------------------- generic-language templates
SDK = {
    "shodan": (["import shodan"], "api = shodan.Shodan({K})", ['results = api.search(f"ssl.cert.subject.cn:{domain}")',
                                                               'for m in results["matches"]:', '    print(m["ip_str"], m["port"])']),
    "otx": (["from OTXv2 import OTXv2, IndicatorTypes"], "otx = OTXv2({K}, server='https://otx.alienvault.com/')",
            ["pdns = otx.get_indicator_details_by_section(IndicatorTypes.DOMAIN, domain, 'passive_dns')"]),
    "virustotal": (["import vt"], "client = vt.Client({K})", ['obj = client.get_object(f"/domains/{domain}")', "print(obj.last_analysis_stats)"]),
    "greynoise": (["from greynoise import GreyNoise"], "gn = GreyNoise(api_key={K}, integration_name='recon-notebook')",
                  ["print(gn.ip('8.8.8.8'))"]),
    "intelx": (["from intelxapi import intelx"], "ix = intelx({K})", ["results = ix.search(domain, maxresults=100)"]),
    "netlas": (["import netlas"], "conn = netlas.Netlas(api_key={K})", ['res = conn.search(f"domain:*.{domain}", datatype="domain")']),
    "censys": (["from censys.search import CensysHosts"], "h = CensysHosts(api_id={ID}, api_secret={K})",
               ['for page in h.search(f"services.tls.certificates.leaf_data.names: {domain}", pages=2):', "    print(page)"]),
    "hunter": (["from pyhunter import PyHunter"], "hunter = PyHunter({K})", ["emails = hunter.domain_search(domain, limit=50)"]),
    "hibp": (["import pyhibp"], "pyhibp.set_api_key(key={K})", ['breaches = pyhibp.get_account_breaches(account=email, truncate_response=True)']),
    "binaryedge": (["from pybinaryedge import BinaryEdge"], "be = BinaryEdge({K})", ["subs = be.domain_subdomains(domain)"]),
    "passivetotal": (["from passivetotal.libs.dns import DnsRequest"], "client = DnsRequest({ID}, {K})",
                     ["print(client.get_passive_dns(query=domain))"]),
    "spyse": (["from spyse import Client"], "client = Client({K})", ["print(client.get_domain_details(domain))"]),
}


@T("python_sdk_script", "python", "py", list(SDK), 1.5)
def t_sdk(c):
    r = c.r
    imps, init, body = SDK[c.pk]
    kq = c.q("py")
    idq = c.comp_q("py") if c.comp else ""
    var = pick(r, ["API_KEY", c.env, "KEY", "apikey", "clave_api", "schluessel"])
    out = ["#!/usr/bin/env python3"] + list(imps) + ["import sys", ""]
    if r.random() < 0.5:
        out.append(f"{var} = {kq}  # {pick(r, ['personal key', 'free tier', 'TODO move to env', 'key de la cuenta del equipo', 'mein Schlüssel'])}")
        if c.comp:
            out.append(f"{c.comp_env} = {idq}")
        init = init.replace("{K}", var).replace("{ID}", c.comp_env or "")
    else:
        init = init.replace("{K}", kq).replace("{ID}", idq)
    out += ["", 'domain = sys.argv[1] if len(sys.argv) > 1 else "' + c.dom + '"', f'email = "security@{c.dom}"', init] + body
    if c.v.kind == "env":
        out.insert(1, "import os")
    return pick(r, [f"{c.pk}_lookup.py", f"scripts/{c.pk}_enum.py", f"osint/{c.pk}.py", "recon.py"]), "\n".join(out) + "\n"


HTTP = [k for k in OSINT]


@T("python_requests_script", "python", "py", HTTP, 2.0)
def t_requests(c):
    r = c.r
    var = pick(r, ["API_KEY", c.env, "KEY", c.pk.upper() + "_KEY", "apiKey"])
    out = ["#!/usr/bin/env python3", "import json", "import sys", "", "import requests", ""]
    if c.comp:
        out.append(f"{c.comp_env} = {c.comp_q('py')}")
    out += [f"{var} = {c.q('py')}", "", "",
            "def fetch(domain, email=None, ip=None):"] + http_py_lines(c, var) + \
        ["    resp.raise_for_status()", "    return resp.json()", "", "",
         'if __name__ == "__main__":', "    data = fetch(sys.argv[1])",
         "    json.dump(data, sys.stdout, indent=2)"]
    if c.v.kind == "env":
        out.insert(1, "import os")
    return pick(r, [f"{c.pk}.py", f"sources/{c.pk}.py", f"recon/modules/{c.pk}_source.py", "enum_subs.py"]), "\n".join(out) + "\n"


@T("python_settings_module", "python", "py", ALL, 1.5)
def t_settings(c):
    r = c.r
    out = ['"""Settings for the recon pipeline."""', "import os", "", "BASE_DIR = os.path.dirname(os.path.abspath(__file__))",
           'OUTPUT_DIR = os.path.join(BASE_DIR, "output")', "THREADS = 40", "", "# --- API keys ---"]
    others = [k for k in ALL if k != c.pk]
    r.shuffle(others)
    items = others[:r.randint(2, 6)] + [c.pk]
    r.shuffle(items)
    for k in items:
        if k == c.pk:
            if c.comp:
                out.append(f"{c.comp_env} = {c.comp_q('py')}")
            out.append(f"{c.env} = {c.q('py')}")
        else:
            out.append(f"{P[k]['env']} = os.getenv(\"{P[k]['env']}\", \"\")")
    out += ["", "TIMEOUT = 20", f'USER_AGENT = "Mozilla/5.0 (compatible; recon/{r.randint(1,3)}.{r.randint(0,9)})"']
    return pick(r, ["settings.py", "config/settings.py", "recon/config.py", "core/config.py"]), "\n".join(out) + "\n"


@T("python_argparse_default", "python", "py", OSINT)
def t_argparse(c):
    r = c.r
    out = ["import argparse", "", "parser = argparse.ArgumentParser(description='passive recon helper')",
           "parser.add_argument('-d', '--domain', required=True)"]
    if c.comp:
        out.append(f"parser.add_argument('--{c.comp_env.lower().replace('_', '-')}', default={c.comp_q('py')})")
    out += [f"parser.add_argument('-k', '--{c.pk}-key', default={c.q('py')}, help='{c.p['label']} API key')",
            "parser.add_argument('-o', '--output', default='out.json')", "args = parser.parse_args()"]
    if c.v.kind == "env":
        out.insert(0, "import os")
    return pick(r, ["cli.py", f"tools/{c.pk}_cli.py"]), "\n".join(out) + "\n"


@T("python_keys_dict", "python", "py", OSINT)
def t_pydict(c):
    r = c.r
    name = pick(r, ["API_KEYS", "apis", "CREDS", "claves"])
    out = [f"{name} = {{"]
    others = r.sample([k for k in OSINT if k != c.pk], 4) + [c.pk]
    r.shuffle(others)
    for k in others:
        if k == c.pk:
            if c.comp:
                out.append(f"    '{c.pk}_id': {c.comp_q('py')},")
            out.append(f"    '{c.pk}': {c.q('py')},")
        else:
            out.append(f"    '{k}': '',")
    out.append("}")
    out += ["", "def enabled():", f"    return [k for k, v in {name}.items() if v]"]
    if c.v.kind == "env":
        out.insert(0, "import os\n")
    return pick(r, ["keys.py", "config/keys.py", "modules/apis.py"]), "\n".join(out) + "\n"


def go_req(c, var):
    st, name = c.p["auth"]
    url = c.p["url"].replace("{d}", "%s").replace("{e}", "%s").replace("{ip}", "%s")
    lines = [f'\turl := fmt.Sprintf("{url}", target)' if "%s" in url else f'\turl := "{url}"',
             '\treq, _ := http.NewRequest("GET", url, nil)']
    if st == "query":
        lines += ['\tq := req.URL.Query()', f'\tq.Set("{name}", {var})', '\treq.URL.RawQuery = q.Encode()']
    elif st == "header":
        lines.append(f'\treq.Header.Set("{name}", {var})')
    elif st == "bearer":
        lines.append(f'\treq.Header.Set("Authorization", "Bearer "+{var})')
    elif st == "raw":
        lines.append(f'\treq.Header.Set("Authorization", {var})')
    else:
        lines.append(f'\treq.SetBasicAuth(apiID, {var})')
    return lines


@T("go_const_client", "go", "go", OSINT)
def t_go_const(c):
    r = c.r
    var = c.pk + "Key"
    out = ["package sources", "", "import (", '\t"fmt"', '\t"io"', '\t"net/http"', ")", ""]
    if "{" not in c.p["url"]:
        out.remove('\t"fmt"')
    if c.v.kind == "env":
        out[3:3] = ['\t"os"']
        out.append(f"var {var} = {c.q('go')}")
    else:
        out.append(f"const {var} = {c.q('go')}")
    if c.comp:
        out.append(f'const apiID = "{c.comp}"')
    out += ["", f"// {c.p['label']} passive source", f"func {c.pk.capitalize()}(target string) ([]byte, error) {{"]
    out += go_req(c, var)
    out += ["\tresp, err := http.DefaultClient.Do(req)", "\tif err != nil {", "\t\treturn nil, err", "\t}",
            "\tdefer resp.Body.Close()", "\treturn io.ReadAll(resp.Body)", "}"]
    return pick(r, [f"pkg/sources/{c.pk}.go", f"internal/{c.pk}/client.go"]), "\n".join(out) + "\n"


@T("go_config_struct", "go", "go", OSINT + NOTIFY)
def t_go_struct(c):
    r = c.r
    field = "".join(w.capitalize() for w in c.env.lower().split("_"))
    out = ["package config", ""] + (['import "os"', ""] if c.v.kind == "env" else []) + ["type Config struct {",
           "\tThreads  int", "\tOutDir   string"]
    if c.comp:
        out.append("\t" + "".join(w.capitalize() for w in c.comp_env.lower().split("_")) + " string")
    out += [f"\t{field} string", "}", "", "func Default() Config {", "\treturn Config{", "\t\tThreads: 25,",
            '\t\tOutDir:  "./out",']
    if c.comp:
        out.append("\t\t" + "".join(w.capitalize() for w in c.comp_env.lower().split("_")) + ": " + c.comp_q("go") + ",")
    out += [f"\t\t{field}: {c.q('go')},", "\t}", "}"]
    return pick(r, ["config/config.go", "internal/config/defaults.go"]), "\n".join(out) + "\n"


@T("go_getenv_fallback", "go", "go", OSINT + NOTIFY)
def t_go_fallback(c):
    r = c.r
    val = c.q("go") if c.v.kind != "env" else '""'
    out = ["package main", "", "import (", '\t"log"', '\t"os"', ")", "", "func apiKey() string {",
           f'\tk := os.Getenv("{c.env}")', '\tif k == "" {', f"\t\tk = {val} // fallback for local runs", "\t}",
           "\treturn k", "}", "", "func main() {", "\tkey := apiKey()", '\tif key == "" {',
           f'\t\tlog.Fatal("{c.env} not set")', "\t}", "\trun(key)", "}"]
    return pick(r, ["cmd/recon/main.go", "main.go"]), "\n".join(out) + "\n"


def sh_req(c, var):
    st, name = c.p["auth"]
    url = c.p["url"].replace("{d}", "$DOMAIN").replace("{e}", "$EMAIL").replace("{ip}", "$IP")
    if st == "query":
        extra = f"&email={c.comp}" if c.pk == "fofa" else ""
        sep = "&" if "?" in url else "?"
        q = "qbase64=$(echo -n \"domain=\\\"$DOMAIN\\\"\" | base64 -w0)&" if c.pk == "fofa" else (
            "query=hostname:$DOMAIN&" if c.pk == "shodan" else "domain=$DOMAIN&")
        return [f'curl -s "{url}{sep}{q}{name}=${{{var}}}{extra}" | jq .']
    if st == "header":
        return [f'curl -s -H "{name}: ${{{var}}}" "{url}" | jq .']
    if st == "bearer":
        return [f'curl -s -H "Authorization: Bearer ${{{var}}}" "{url}?q=$DOMAIN+password" | jq .']
    if st == "raw":
        return [f'curl -s -H "Authorization: ${{{var}}}" "{url}" | jq -r \'.subdomains[]\'']
    return [f'curl -s -u "{c.comp}:${{{var}}}" "{url}?q=$DOMAIN" | jq .']


@T("shell_curl_script", "shell", "sh", OSINT, 1.5)
def t_sh_curl(c):
    r = c.r
    var = pick(r, [c.env, "KEY", "APIKEY", "API_KEY"])
    out = ["#!/usr/bin/env bash", "set -e", 'DOMAIN="${1:-' + c.dom + '}"', 'EMAIL="${2:-}"', 'IP="${3:-}"',
           f"{var}={c.q('sh')}", ""] + sh_req(c, var)
    if r.random() < 0.4:
        out.insert(1, f"# {pick(r, ['quick check', 'pull data from ' + c.p['label'], 'consulta rápida', 'Abfrage'])}")
    return pick(r, [f"scripts/{c.pk}.sh", f"{c.pk}-lookup.sh", "bin/enum.sh"]), "\n".join(out) + "\n"


@T("shell_curl_inline", "shell", "sh", [k for k in OSINT if P[k]["auth"][0] in ("header", "raw")])
def t_sh_inline(c):
    r = c.r
    name = c.p["auth"][1]
    url = c.p["url"].replace("{d}", c.dom).replace("{e}", "admin@" + c.dom).replace("{ip}", ip(r))
    val = c.raw("sh") if c.v.kind != "env" else "$" + c.env
    out = ["# notes - quick API checks", "", f"# {c.p['label']}",
           f"curl -s -H '{name}: {val}' '{url}' | jq '.' > out/{c.pk}.json" if c.v.kind != "env" else
           f"curl -s -H \"{name}: {val}\" '{url}' | jq '.' > out/{c.pk}.json", "", "# crt.sh (no key)",
           f"curl -s 'https://crt.sh/?q=%25.{c.dom}&output=json' | jq -r '.[].name_value' | sort -u"]
    return pick(r, ["notes/api-checks.sh", "cheatsheet.sh"]), "\n".join(out) + "\n"


@T("shell_exports_rc", "shell", "sh", ALL, 1.3)
def t_sh_exports(c):
    r = c.r
    out = ["# ~/.zshrc additions for recon box", 'export GOPATH="$HOME/go"', 'export PATH="$PATH:$GOPATH/bin:$HOME/.local/bin"',
           "alias subs='subfinder -all -silent -d'", ""]
    if c.comp:
        out.append(f"export {c.comp_env}={c.comp_q('sh')}")
    out.append(f"export {c.env}={c.q('sh')}")
    out += ["", "alias ll='ls -lah'"]
    return pick(r, ["dotfiles/zshrc", "dotfiles/.bashrc", "shell/recon_env.sh", "home/.zshrc"]), "\n".join(out) + "\n"


@T("powershell_profile", "powershell", "ps1", ALL, 0.8)
def t_ps1(c):
    r = c.r
    out = ["# Microsoft.PowerShell_profile.ps1 - OSINT workstation", "Set-Alias -Name np -Value notepad++.exe", ""]
    if c.comp:
        out.append(f'$env:{c.comp_env} = "{c.comp}"')
    out.append(f"$env:{c.env} = {c.q('ps1')}")
    out += ["", "function Get-Subs($d) { subfinder.exe -d $d -silent }"]
    return pick(r, ["powershell/Microsoft.PowerShell_profile.ps1", "scripts/env.ps1"]), "\n".join(out) + "\n"


@T("node_axios_script", "javascript", "js", [k for k in OSINT if P[k]["auth"][0] in ("header", "raw", "bearer")])
def t_node(c):
    r = c.r
    st, name = c.p["auth"]
    url = c.p["url"].replace("{d}", "${domain}").replace("{e}", "${email}").replace("{ip}", "${ip}")
    hv = "`Bearer ${API_KEY}`" if st == "bearer" else "API_KEY"
    out = ["const axios = require('axios');", "", f"const API_KEY = {c.q('js')};", "",
           "async function lookup(domain, email, ip) {",
           f"  const {{ data }} = await axios.get(`{url}`, {{ headers: {{ '{name}': {hv} }} }});", "  return data;", "}", "",
           f"lookup(process.argv[2] || '{c.dom}').then(d => console.log(JSON.stringify(d, null, 2)));"]
    return pick(r, [f"src/{c.pk}.js", f"lib/sources/{c.pk}.js"]), "\n".join(out) + "\n"


@T("js_config_module", "javascript", "js", ALL)
def t_js_cfg(c):
    r = c.r
    key = c.pk + ("Token" if c.pk in NOTIFY else "ApiKey")
    out = ["module.exports = {", "  concurrency: 10,", "  outputDir: './results',"]
    if c.comp:
        out.append(f"  {c.pk}Id: '{c.comp}',")
    out += [f"  {key}: {c.q('js', chr(39))},", "  screenshot: { enabled: true, timeout: 15000 },", "};"]
    return pick(r, ["config.js", "src/config.js", "recon.config.js"]), "\n".join(out) + "\n"


def nb(cells):
    d = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                   "language_info": {"name": "python", "version": "3.11.4"}}, "nbformat": 4,
         "nbformat_minor": 5}
    for i, (kind, src) in enumerate(cells):
        lines = src.split("\n")
        srcl = [l + "\n" for l in lines[:-1]] + [lines[-1]]
        cell = {"cell_type": kind, "id": f"c{i:07x}", "metadata": {}, "source": srcl}
        if kind == "code":
            cell["execution_count"] = i + 1
            cell["outputs"] = []
        d["cells"].append(cell)
    return json.dumps(d, indent=1, ensure_ascii=False) + "\n"


@T("jupyter_key_cell", "ipynb", "py", OSINT + NOTIFY)
def t_nb_assign(c):
    r = c.r
    setup = "import os\nimport requests\nimport pandas as pd"
    keycell = (f"{c.comp_env} = {c.comp_q('py')}\n" if c.comp else "") + f"{c.env} = {c.q('py')}"
    cells = [("markdown", f"# Passive recon: {c.dom}\nNotebook for the {c.p['label']} pivoting."), ("code", setup),
             ("code", keycell), ("code", "subs = pd.read_csv('subs.csv')\nsubs.head()")]
    return pick(r, ["notebooks/recon.ipynb", f"notebooks/{c.pk}_pivot.ipynb", "analysis.ipynb"]), nb(cells)


@T("jupyter_inline_headers", "ipynb", "py", [k for k in OSINT if P[k]["auth"][0] in ("header",)])
def t_nb_headers(c):
    r = c.r
    name = c.p["auth"][1]
    url = c.p["url"].replace("{d}", c.dom).replace("{e}", "info@" + c.dom).replace("{ip}", ip(r))
    code = f"r = requests.get('{url}', headers={{'{name}': {c.q('py', chr(39))}}})\nr.json()"
    cells = [("markdown", "## Enrichment"), ("code", "import os\nimport requests"), ("code", code)]
    return pick(r, ["notebooks/enrich.ipynb", "hunting/ioc_enrichment.ipynb"]), nb(cells)


@T("markdown_writeup", "markdown", "md", [k for k in OSINT if P[k]["auth"][0] in ("header", "query", "raw")], 1.3)
def t_md(c):
    r = c.r
    lang = pick(r, ["en", "es", "de"])
    title = {"en": f"# Recon writeup: {c.dom}", "es": f"# Writeup de reconocimiento: {c.dom}",
             "de": f"# Recon-Notizen: {c.dom}"}[lang]
    intro = {"en": "Passive enumeration first, then pivot on infrastructure.",
             "es": "Primero enumeración pasiva, luego pivotar sobre la infraestructura.",
             "de": "Zuerst passive Enumeration, dann Pivot über die Infrastruktur."}[lang]
    out = [title, "", intro, "", f"## {c.p['label']}", "", "```bash"]
    if c.v.kind == "env":
        out += [f"KEY=${c.env}"]
    else:
        out += [f"KEY={c.raw()}"]
    out += sh_req(c, "KEY") + ["```", "", "Results: " + str(r.randint(12, 400)) + " hosts, "
                               + str(r.randint(1, 9)) + " interesting ones (staging, jenkins).", "",
                               "## crt.sh", "", "```", f"curl -s 'https://crt.sh/?q=%25.{c.dom}&output=json'", "```"]
    out = [o.replace("$DOMAIN", c.dom) for o in out]
    return pick(r, ["writeups/" + c.dom.split(".")[0] + ".md", "README.md", "notes/recon.md"]), "\n".join(out) + "\n"


@T("markdown_setup_notes", "markdown", "md", [k for k in OSINT if P[k].get("sub")])
def t_md_setup(c):
    r = c.r
    out = ["# My recon setup", "", "Install the PD tools with pdtm, then drop this into "
           "`~/.config/subfinder/provider-config.yaml`:", "", "```yaml"]
    if c.v.kind == "empty":
        out.append(f"{c.p['sub']}: []")
    else:
        out += [f"{c.p['sub']}:", f"  - {sub_value(c)}"]
    out += ["```", "", "Then: `subfinder -d target.com -all -o subs.txt`"]
    return pick(r, ["SETUP.md", "docs/setup.md", "recon-notes.md"]), "\n".join(out) + "\n"


@T("dockerfile_env", "dockerfile", "docker", ALL)
def t_docker(c):
    r = c.r
    out = ["FROM golang:1.22-alpine AS build",
           "RUN go install -v github.com/projectdiscovery/subfinder/v2/cmd/subfinder@latest && \\",
           "    go install -v github.com/projectdiscovery/httpx/cmd/httpx@latest", "", "FROM alpine:3.19",
           "RUN apk add --no-cache bash curl jq", "COPY --from=build /go/bin/ /usr/local/bin/", "COPY recon.sh /recon.sh"]
    if c.comp:
        out.append(f"ENV {c.comp_env}={c.comp if c.v.kind != 'env' or c.pk != 'aws' else '$' + c.comp_env}")
    if c.v.kind == "env":
        out.append(f"ARG {c.env}")
    out.append(f"ENV {c.env}={c.raw()}" if c.v.kind != "empty" else f'ENV {c.env}=""')
    out += ['ENTRYPOINT ["/recon.sh"]']
    return pick(r, ["Dockerfile", "docker/Dockerfile", "recon/Dockerfile"]), "\n".join(out) + "\n"


@T("compose_env", "compose", "compose", ALL)
def t_compose(c):
    r = c.r
    out = ["services:", "  recon:", "    build: .", "    restart: unless-stopped", "    environment:",
           "      - TZ=Europe/Berlin"]
    if c.comp:
        out.append(f"      - {c.comp_env}={c.comp if not (c.v.kind == 'env' and c.pk == 'aws') else '${' + c.comp_env + '}'}")
    out.append(f"      - {c.env}={c.raw()}")
    out += ["    volumes:", "      - ./output:/output"]
    return pick(r, ["docker-compose.yml", "compose.yaml", "deploy/docker-compose.yml"]), "\n".join(out) + "\n"


@T("gha_scheduled_recon", "yaml", "gha", ALL, 1.2)
def t_gha(c):
    r = c.r
    out = ["name: nightly-recon", "on:", "  schedule:", f"    - cron: '{r.randint(0,59)} {r.randint(0,6)} * * *'",
           "  workflow_dispatch:", "", "jobs:", "  recon:", "    runs-on: ubuntu-latest", "    env:",
           f"      TARGET: {c.dom}"]
    if c.comp:
        cv = c.comp if not (c.v.kind == "env" and c.pk == "aws") else "${{ secrets.AWS_ACCESS_KEY_ID }}"
        out.append(f"      {c.comp_env}: {cv}")
    out.append(f"      {c.env}: {c.raw('gha')}")
    out += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-go@v5", "        with:",
            "          go-version: '1.22'", "      - run: go install github.com/projectdiscovery/subfinder/v2/cmd/subfinder@latest",
            "      - run: ./scripts/recon.sh \"$TARGET\""]
    return pick(r, [".github/workflows/recon.yml", ".github/workflows/nightly.yml"]), "\n".join(out) + "\n"


@T("gha_write_provider_config", "yaml", "gha", [k for k in OSINT if P[k].get("sub")])
def t_gha_write(c):
    r = c.r
    val = sub_value(c) if c.v.kind != "env" else "${{ secrets.%s }}" % c.env
    out = ["name: subdomain-monitor", "on:", "  schedule:", "    - cron: '0 */6 * * *'", "jobs:", "  enum:",
           "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
           "      - name: subfinder config", "        run: |", "          mkdir -p ~/.config/subfinder",
           "          cat > ~/.config/subfinder/provider-config.yaml <<'EOF'", f"          {c.p['sub']}:",
           f"            - {val}", "          EOF", "      - name: enumerate",
           "        run: subfinder -dL scope.txt -all -silent | anew subs.txt"]
    return ".github/workflows/" + pick(r, ["subdomains.yml", "monitor.yml"]), "\n".join(out) + "\n"


@T("json_tool_config", "json", "json", ALL, 1.2)
def t_json(c):
    r = c.r
    d = {"threads": r.choice([10, 20, 50]), "timeout": 30, "output": "results/"}
    keys = {}
    for k in r.sample([x for x in OSINT if x != c.pk], 3):
        keys[k] = ""
    if c.comp:
        keys[c.pk + "_id"] = c.comp
    keys[c.pk if c.pk not in NOTIFY else c.pk + "_token"] = c.raw() if c.v.kind != "env" else "${" + c.env + "}"
    d["api_keys" if r.random() < 0.5 else "apis"] = keys
    d["resolvers"] = ["1.1.1.1", "8.8.8.8"]
    return pick(r, ["config.json", "config/recon.json", "settings.json"]), json.dumps(d, indent=r.choice([2, 4])) + "\n"


@T("toml_tool_config", "toml", "toml", ALL)
def t_toml(c):
    r = c.r
    out = ["[general]", "threads = 25", 'output = "out"', "", f"[sources.{c.pk}]", "enabled = true"]
    if c.comp:
        out.append(f'id = "{c.comp}"')
    out.append(f'{"token" if c.pk in NOTIFY else "key"} = "{c.raw()}"')
    out += ["", "[sources.crtsh]", "enabled = true"]
    return pick(r, ["config.toml", "recon.toml"]), "\n".join(out) + "\n"


@T("ini_tool_config", "ini", "ini", ALL, 1.2)
def t_ini(c):
    r = c.r
    out = ["[general]", "threads = 30", "output_dir = ./output", "", f"[{c.pk}]"]
    if c.comp:
        out.append(f"{'api_id' if c.pk == 'censys' else 'email' if c.pk == 'fofa' else 'user'} = {c.comp}")
    kname = pick(r, ["api_key", "apikey", "key", "token" if c.pk in NOTIFY else "api_key", "clave"])
    out.append(f"{kname} = {c.raw()}")
    out += ["", "[proxy]", "http = ", "https = "]
    return pick(r, ["config.ini", "settings.conf", "conf/recon.conf", "osint.cfg"]), "\n".join(out) + "\n"


@T("yaml_tool_config", "yaml", "yaml", ALL, 1.2)
def t_yaml(c):
    r = c.r
    out = ["target:", f"  domain: {c.dom}", "  exclude: []", "concurrency: 20", "sources:"]
    for k in r.sample([x for x in OSINT if x != c.pk], 2):
        out += [f"  {k}:", "    enabled: false"]
    out += [f"  {c.pk}:", "    enabled: true"]
    if c.comp:
        out.append(f"    id: {c.comp}")
    out.append(f"    {pick(r, ['api_key', 'apiKey', 'key', 'token'])}: {c.q('yaml') if r.random() < 0.5 else c.raw()}")
    return pick(r, ["config.yaml", "recon.yml", "config/sources.yaml"]), "\n".join(out) + "\n"


@T("dotenv_file", "dotenv", "env", ALL, 0.7)
def t_dotenv(c):
    r = c.r
    out = ["# recon stack", "OUTPUT_DIR=./out", "LOG_LEVEL=info"]
    if c.comp:
        out.append(f"{c.comp_env}={c.comp}")
    out.append(f"{c.env}={c.raw()}")
    return pick(r, [".env", ".env.local", ".env.production"]), "\n".join(out) + "\n"


@T("k8s_cronjob", "yaml", "k8s", ALL)
def t_k8s(c):
    r = c.r
    out = ["apiVersion: batch/v1", "kind: CronJob", "metadata:", "  name: asm-recon", "  namespace: security", "spec:",
           '  schedule: "30 2 * * *"', "  jobTemplate:", "    spec:", "      template:", "        spec:",
           "          restartPolicy: OnFailure", "          containers:", "            - name: recon",
           f"              image: ghcr.io/{pick(r, USERS).replace('.', '')}/recon:latest", "              env:"]
    if c.comp:
        out += [f"                - name: {c.comp_env}", f'                  value: "{c.comp}"']
    out += [f"                - name: {c.env}", f'                  value: "{c.raw()}"']
    return pick(r, ["k8s/cronjob.yaml", "deploy/recon-cronjob.yaml"]), "\n".join(out) + "\n"


@T("systemd_unit", "systemd", "systemd", ALL, 0.8)
def t_systemd(c):
    r = c.r
    out = ["[Unit]", "Description=continuous subdomain monitor", "After=network-online.target", "", "[Service]",
           "Type=simple", "User=recon"]
    if c.comp:
        out.append(f'Environment="{c.comp_env}={c.comp}"')
    out.append(f'Environment="{c.env}={c.raw()}"')
    out += ["ExecStart=/opt/recon/monitor.sh", "Restart=on-failure", "", "[Install]", "WantedBy=multi-user.target"]
    return pick(r, ["systemd/recon-monitor.service", "deploy/recon.service"]), "\n".join(out) + "\n"


@T("crontab_entry", "crontab", "sh", OSINT + NOTIFY, 0.8)
def t_cron(c):
    r = c.r
    val = c.raw("sh") if c.v.kind != "env" else "$(cat /run/secrets/" + c.env.lower() + ")"
    out = ["# m h dom mon dow command", "MAILTO=\"\"", "PATH=/usr/local/bin:/usr/bin:/bin:/home/recon/go/bin"]
    if c.comp:
        out.append(f"{c.comp_env}={c.comp}")
    out += [f"{c.env}={val}", f"{r.randint(0,59)} */4 * * * /home/recon/bin/monitor.sh >> /var/log/recon.log 2>&1"]
    return pick(r, ["crontab.txt", "cron/recon.crontab"]), "\n".join(out) + "\n"


@T("ansible_group_vars", "yaml", "yaml", ALL)
def t_ansible(c):
    r = c.r
    out = ["---", "recon_user: recon", "recon_go_version: 1.22.1", "recon_tools:", "  - subfinder", "  - httpx", "  - nuclei"]
    if c.comp:
        out.append(f"{c.comp_env.lower()}: \"{c.comp}\"")
    val = c.raw() if c.v.kind != "env" else "{{ lookup('env', '%s') }}" % c.env
    out.append(f'{c.env.lower()}: "{val}"')
    return pick(r, ["ansible/group_vars/recon.yml", "group_vars/all.yml"]), "\n".join(out) + "\n"


@T("terraform_tfvars", "hcl", "toml", ALL, 0.8)
def t_tfvars(c):
    r = c.r
    out = [f'region      = "{pick(r, ["eu-west-1", "us-east-2"])}"', 'instance    = "t3.small"',
           f'ssh_cidr    = "{ip(r)}/32"']
    if c.comp:
        out.append(f'{c.comp_env.lower()} = "{c.comp}"')
    out.append(f'{c.env.lower()} = "{c.raw()}"')
    return pick(r, ["terraform/recon.auto.tfvars", "infra/terraform.tfvars"]), "\n".join(out) + "\n"


@T("url_query_bookmark", "markdown", "md", ["shodan", "hunter", "fofa", "whoisxml", "pulsedive"])
def t_url_q(c):
    r = c.r
    name = c.p["auth"][1]
    base = c.p["url"]
    val = c.raw() if c.v.kind != "env" else "$" + c.env
    if c.pk == "fofa":
        u = f"{base}?email={c.comp}&key={val}&qbase64=" + base64.b64encode(f'domain="{c.dom}"'.encode()).decode()
    elif c.pk == "shodan":
        u = f"https://api.shodan.io/shodan/host/{ip(r)}?{name}={val}"
    elif c.pk == "hunter":
        u = f"{base}?domain={c.dom}&{name}={val}"
    elif c.pk == "whoisxml":
        u = f"{base}?{name}={val}&domainName={c.dom}"
    else:
        u = f"{base}?indicator={c.dom}&{name}={val}"
    out = ["# handy links", "", f"- {c.p['label']} raw: {u}", f"- crt.sh: https://crt.sh/?q=%25.{c.dom}",
           f"- wayback: https://web.archive.org/cdx/search/cdx?url=*.{c.dom}/*&output=txt&fl=original&collapse=urlkey"]
    return pick(r, ["links.md", "notes/bookmarks.md"]), "\n".join(out) + "\n"


@T("fofa_py_client", "python", "py", ["fofa"])
def t_fofa(c):
    r = c.r
    out = ["# -*- coding: utf-8 -*-", "import base64", "import requests", "", f"FOFA_EMAIL = {c.comp_q('py')}",
           f"FOFA_KEY = {c.q('py')}", "", "def search(q, size=100):",
           "    qb = base64.b64encode(q.encode()).decode()",
           '    url = f"https://fofa.info/api/v1/search/all?email={FOFA_EMAIL}&key={FOFA_KEY}&qbase64={qb}&size={size}"',
           '    return requests.get(url, timeout=20).json()["results"]', "", f"print(search('domain=\"{c.dom}\"'))"]
    if c.v.kind == "env":
        out.insert(1, "import os")
    return pick(r, ["fofa_search.py", "modules/fofa.py"]), "\n".join(out) + "\n"


@T("zoomeye_py_client", "python", "py", ["zoomeye"])
def t_zoom(c):
    r = c.r
    out = ["from zoomeye.sdk import ZoomEye", "", f"zm = ZoomEye(api_key={c.q('py')})",
           f"data = zm.dork_search('hostname:\"{c.dom}\"')", "zm.dork_filter(\"ip,port\")"]
    if c.v.kind == "env":
        out.insert(0, "import os")
    return pick(r, ["zoomeye_query.py", "scripts/zoomeye.py"]), "\n".join(out) + "\n"


# ======================================================= look-alike negatives (type B)
NEG = {}


def N(tid, ftype, w=1.0):
    def deco(f):
        NEG[tid] = dict(f=f, ftype=ftype, w=w)
        return f
    return deco


def sha256(r):
    return hx(r, 64)


def mmh3(r):
    return str(r.randint(-2**31, 2**31 - 1))


def jarm(r):
    return hx(r, 62)


def colon_fp(r, n=32):
    return ":".join(hx(r, 2).upper() for _ in range(n))


@N("ioc_csv", "csv", 1.3)
def n_ioc(r):
    out = ["type,indicator,source,first_seen,comment"]
    for _ in range(r.randint(8, 20)):
        t = r.choice(["sha256", "md5", "sha1", "ipv4", "domain", "url"])  # noqa
        v = {"sha256": hx(r, 64), "md5": hx(r, 32), "sha1": hx(r, 40), "ipv4": ip(r),
             "domain": rs(r, 8, LO) + "." + r.choice(["top", "xyz", "ru", "site"]),
             "url": "hxxp://" + ip(r) + "/" + rs(r, 6, LO) + ".php"}[t]
        out.append(f"{t},{v},{r.choice(['otx', 'vt', 'internal', 'abuse.ch'])},{date(r)},{r.choice(['c2', 'loader', 'phishing', ''])}")
    return pick(r, ["iocs/iocs.csv", "intel/indicators-" + date(r) + ".csv"]), "\n".join(out) + "\n"


@N("shodan_host_json", "json", 1.2)
def n_shodan_host(r):
    ipv = ip(r)
    d = {"ip_str": ipv, "org": "Hetzner Online GmbH", "asn": "AS24940", "ports": [22, 80, 443],
         "data": [{"port": 443, "transport": "tcp", "hash": int(mmh3(r)),
                   "http": {"status": 200, "title": "Login", "favicon": {"hash": int(mmh3(r)), "location": "/favicon.ico"},
                            "html_hash": int(mmh3(r))},
                   "ssl": {"jarm": jarm(r), "ja3s": hx(r, 32),
                           "cert": {"fingerprint": {"sha1": hx(r, 40), "sha256": hx(r, 64)}, "serial": int(hx(r, 30), 16)}},
                   "_shodan": {"id": uuid4(r), "module": "https", "crawler": hx(r, 40)}}]}
    return f"results/shodan/{ipv}.json", json.dumps(d, indent=2) + "\n"


@N("dorks_markdown", "markdown")
def n_dorks(r):
    dom = r.choice(DOMAINS)
    out = ["# Shodan / Censys / FOFA dorks", "", "```", f'ssl.cert.subject.cn:"{dom}"', f"http.favicon.hash:{mmh3(r)}",
           f"ssl.jarm:{jarm(r)}", f"ssl.cert.serial:{hx(r, 32)}", f"http.html_hash:{mmh3(r)}",
           f'org:"{dom.split(".")[0].title()}" port:8443', "```", "", "Censys:", "```",
           f"services.tls.certificates.leaf_data.fingerprint: {hx(r, 64)}", f"services.jarm.fingerprint: {jarm(r)}", "```",
           "", "FOFA:", "```", f'icon_hash="{mmh3(r)}"', f'cert="{hx(r, 32)}"', "```"]
    return pick(r, ["dorks.md", "docs/dorks.md", "cheatsheets/shodan-dorks.md"]), "\n".join(out) + "\n"


@N("censys_hosts_result", "json")
def n_censys(r):
    hits = []
    for _ in range(r.randint(2, 5)):
        hits.append({"ip": ip(r), "services": [{"port": 443, "service_name": "HTTP",
                                                "certificate": sha256(r), "jarm": {"fingerprint": jarm(r)}}],
                     "autonomous_system": {"asn": r.randint(1000, 65000)}, "last_updated_at": date(r) + "T10:11:12.000Z"})
    d = {"code": 200, "status": "OK", "result": {"query": "services.tls.certificates.leaf_data.names: " + r.choice(DOMAINS),
                                                  "total": len(hits), "hits": hits, "links": {"next": rs(r, 40, ALNUM + "_-"), "prev": ""}}}
    return pick(r, ["results/censys_hosts.json", "out/censys.json"]), json.dumps(d, indent=2) + "\n"


@N("vt_file_report", "json")
def n_vt(r):
    d = {"data": {"id": sha256(r), "type": "file", "links": {"self": "https://www.virustotal.com/api/v3/files/" + sha256(r)},
                  "attributes": {"md5": hx(r, 32), "sha1": hx(r, 40), "sha256": sha256(r), "vhash": hx(r, 32),
                                 "ssdeep": f"{r.randint(3,6)*1536}:{rs(r, 40, ALNUM + '/+')}:{rs(r, 20, ALNUM + '/+')}",
                                 "tlsh": "T1" + hx(r, 70).upper(), "authentihash": sha256(r),
                                 "last_analysis_stats": {"malicious": r.randint(0, 60), "undetected": r.randint(0, 20)}}}}
    return pick(r, ["reports/vt/" + hx(r, 12) + ".json", "samples/vt_report.json"]), json.dumps(d, indent=2) + "\n"


@N("urlscan_result", "json")
def n_urlscan(r):
    u = uuid4(r)
    d = {"message": "Submission successful", "uuid": u, "result": f"https://urlscan.io/result/{u}/",
         "api": f"https://urlscan.io/api/v1/result/{u}/", "visibility": "unlisted", "options": {"useragent": "Mozilla/5.0"},
         "url": "https://" + r.choice(DOMAINS) + "/login", "country": "de",
         "lists": {"hashes": [sha256(r) for _ in range(3)], "certificates": [{"subjectName": r.choice(DOMAINS), "validTo": 1735689600}]}}
    return pick(r, ["scans/urlscan-" + u[:8] + ".json", "results/urlscan_submit.json"]), json.dumps(d, indent=2) + "\n"


@N("otx_pulse_export", "json")
def n_otx(r):
    d = {"id": hx(r, 24), "name": "Phishing kit infra " + date(r), "author_name": r.choice(USERS),
         "indicators": [dict(zip(("id", "indicator", "type"), (r.randint(10**9, 10**10),) + r.choice(
             [(sha256(r), "FileHash-SHA256"), (hx(r, 32), "FileHash-MD5"), (ip(r), "IPv4"),
              (rs(r, 9, LO) + ".top", "domain")]))) for _ in range(r.randint(3, 8))],
         "TLP": "white", "revision": r.randint(1, 9)}
    return pick(r, ["intel/otx_pulse.json", "pulses/" + d["id"] + ".json"]), json.dumps(d, indent=2) + "\n"


@N("intelx_search_response", "json")
def n_intelx(r):
    d = {"id": uuid4(r), "status": 0, "softselectorwarning": False}
    out = {"request": {"term": r.choice(DOMAINS), "maxresults": 100, "media": 0, "sort": 2},
           "response": d, "records": [{"systemid": uuid4(r), "storageid": hx(r, 128), "bucket": "leaks.public",
                                       "name": rs(r, 10, LO) + ".txt", "date": date(r) + "T00:00:00Z"} for _ in range(3)]}
    return pick(r, ["samples/intelx_search.json", "tests/fixtures/intelx_response.json"]), json.dumps(out, indent=2) + "\n"


@N("cert_pins_yaml", "yaml")
def n_pins(r):
    out = ["# certificate fingerprints we alert on (ct monitor)", "watch:"]
    for _ in range(r.randint(3, 6)):
        out += [f"  - cn: \"*.{r.choice(DOMAINS)}\"", f"    sha256: \"{colon_fp(r)}\"", f"    sha1: \"{colon_fp(r, 20)}\"",
                f"    serial: \"{hx(r, 32)}\""]
    return pick(r, ["ct-monitor/pins.yaml", "config/cert_watch.yml"]), "\n".join(out) + "\n"


@N("crtsh_script", "python")
def n_crtsh(r):
    out = ["#!/usr/bin/env python3", '"""crt.sh subdomain grabber - no API key needed."""', "import sys", "import requests", "",
           "def crtsh(domain):", '    r = requests.get("https://crt.sh/", params={"q": f"%.{domain}", "output": "json"}, timeout=60)',
           "    names = set()", "    for row in r.json():", '        for n in row["name_value"].split("\\n"):',
           '            names.add(n.lstrip("*."))', "    return sorted(names)", "", 'if __name__ == "__main__":',
           "    print(\"\\n\".join(crtsh(sys.argv[1])))"]
    return pick(r, ["crtsh.py", "sources/crtsh.py"]), "\n".join(out) + "\n"


@N("dnsdumpster_scraper", "python")
def n_dnsd(r):
    out = ["import re", "import requests", "", "URL = 'https://dnsdumpster.com/'", "", "def lookup(domain):",
           "    s = requests.Session()", "    page = s.get(URL, timeout=20).text",
           "    csrf = re.search(r'name=\"csrfmiddlewaretoken\" value=\"(.*?)\"', page).group(1)",
           "    data = {'csrfmiddlewaretoken': csrf, 'targetip': domain, 'user': 'free'}",
           "    res = s.post(URL, data=data, headers={'Referer': URL}, timeout=30)",
           "    return re.findall(r'([\\w.-]+\\.' + re.escape(domain) + ')', res.text)"]
    return pick(r, ["sources/dnsdumpster.py", "dnsdumpster.py"]), "\n".join(out) + "\n"


@N("username_checker", "python")
def n_sherlock(r):
    sites = {"GitHub": "https://github.com/{}", "GitLab": "https://gitlab.com/{}", "Reddit": "https://www.reddit.com/user/{}",
             "Keybase": "https://keybase.io/{}", "HackerOne": "https://hackerone.com/{}"}
    out = ["import sys", "import requests", "", "SITES = " + json.dumps(sites, indent=4), "",
           "def check(user):", "    for name, url in SITES.items():", "        r = requests.get(url.format(user), timeout=10)",
           "        if r.status_code == 200:", "            print(f'[+] {name}: {url.format(user)}')", "",
           "check(sys.argv[1])"]
    return pick(r, ["usercheck.py", "osint/username_hunt.py"]), "\n".join(out) + "\n"


@N("amass_output_jsonl", "jsonl")
def n_amass_out(r):
    dom = r.choice(DOMAINS)
    out = []
    for _ in range(r.randint(5, 12)):
        out.append(json.dumps({"name": rs(r, 5, LO) + "." + dom, "domain": dom,
                               "addresses": [{"ip": ip(r), "cidr": "0.0.0.0/0", "asn": r.randint(1000, 60000), "desc": "CLOUDFLARENET"}],
                               "tag": r.choice(["cert", "api", "scrape", "dns"]), "sources": [r.choice(["Crtsh", "HackerTarget", "AlienVault"])]}))
    return pick(r, ["output/amass.json", "results/" + dom + "/amass.jsonl"]), "\n".join(out) + "\n"


@N("reconng_hosts_csv", "csv")
def n_rng_hosts(r):
    dom = r.choice(DOMAINS)
    out = ["host,ip_address,region,country,latitude,longitude,notes,module"]
    for _ in range(r.randint(5, 15)):
        out.append(f"{rs(r, 6, LO)}.{dom},{ip(r)},,,,,,{r.choice(['hackertarget', 'certificate_transparency', 'shodan_hostname'])}")
    return pick(r, ["exports/hosts.csv", "recon-ng/workspace_hosts.csv"]), "\n".join(out) + "\n"


@N("favicon_hash_py", "python")
def n_favicon(r):
    known = {r.choice(["Jenkins", "GitLab", "Grafana", "Kibana", "SonarQube", "Fortinet"]): int(mmh3(r)) for _ in range(5)}
    out = ["import base64", "import mmh3", "import requests", "", "KNOWN = " + json.dumps(known, indent=4), "",
           "def favicon_hash(url):", "    raw = requests.get(url, timeout=10).content",
           "    return mmh3.hash(base64.encodebytes(raw))", "",
           "def identify(url):", "    h = favicon_hash(url)", "    return [k for k, v in KNOWN.items() if v == h]"]
    return pick(r, ["favicon.py", "tools/favhash.py"]), "\n".join(out) + "\n"


@N("requirements_hashes", "text")
def n_reqs(r):
    out = []
    for pk, ver in [("requests", "2.31.0"), ("shodan", "1.31.0"), ("censys", "2.2.11"), ("dnspython", "2.6.1")]:
        out += [f"{pk}=={ver} \\", f"    --hash=sha256:{sha256(r)} \\", f"    --hash=sha256:{sha256(r)}"]
    return pick(r, ["requirements.txt", "requirements.lock"]), "\n".join(out) + "\n"


@N("go_sum", "text")
def n_gosum(r):
    out = []
    for m, v in [("github.com/projectdiscovery/goflags", "v0.1.40"), ("github.com/miekg/dns", "v1.1.58"),
                 ("golang.org/x/net", "v0.21.0"), ("github.com/projectdiscovery/retryabledns", "v1.0.57")]:
        out.append(f"{m} {v} h1:{base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()}")
        out.append(f"{m} {v}/go.mod h1:{base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()}")
    return "go.sum", "\n".join(out) + "\n"


@N("dockerfile_digest", "dockerfile")
def n_dockerdigest(r):
    out = [f"FROM golang:1.22@sha256:{sha256(r)} AS build", "WORKDIR /src", "COPY . .", "RUN go build -o /recon ./cmd/recon",
           f"FROM gcr.io/distroless/static@sha256:{sha256(r)}", "ARG SHODAN_API_KEY", "COPY --from=build /recon /recon",
           'ENTRYPOINT ["/recon"]']
    return pick(r, ["Dockerfile", "build/Dockerfile"]), "\n".join(out) + "\n"


@N("gha_pinned_secrets_ref", "yaml", 1.2)
def n_gha(r):
    out = ["name: recon", "on:", "  schedule:", "    - cron: '17 3 * * 1'", "jobs:", "  run:", "    runs-on: ubuntu-latest",
           "    steps:", f"      - uses: actions/checkout@{hx(r, 40)} # v4.1.1",
           f"      - uses: actions/setup-python@{hx(r, 40)} # v5", "      - run: pip install -r requirements.txt",
           "      - run: python recon.py -d ${{ vars.TARGET }}", "        env:",
           "          SHODAN_API_KEY: ${{ secrets.SHODAN_API_KEY }}", "          CENSYS_API_ID: ${{ secrets.CENSYS_API_ID }}",
           "          CENSYS_API_SECRET: ${{ secrets.CENSYS_API_SECRET }}",
           "          TELEGRAM_BOT_TOKEN: ${{ secrets.TELEGRAM_BOT_TOKEN }}"]
    return ".github/workflows/" + pick(r, ["recon.yml", "weekly.yml"]), "\n".join(out) + "\n"


@N("pgp_public_key_md", "markdown")
def n_pgp(r):
    b = base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(400, 700)))).decode()
    lines = ["mQINBG" + b[:58]] + [b[i:i + 64] for i in range(58, len(b), 64)]
    out = ["# Security", "", "Report vulnerabilities to security@" + r.choice(DOMAINS) + ". Our PGP key:", "", "```",
           "-----BEGIN PGP PUBLIC KEY BLOCK-----", ""] + lines + ["=" + rs(r, 4, ALNUM + "+/"), "-----END PGP PUBLIC KEY BLOCK-----", "```",
           "", f"Fingerprint: `{' '.join(hx(r, 4).upper() for _ in range(10))}`"]
    return pick(r, ["SECURITY.md", "docs/pgp.md"]), "\n".join(out) + "\n"


@N("ssh_public_keys", "text")
def n_ssh(r):
    out = ["# recon VPS authorized keys"]
    for u in r.sample(USERS, 3):
        out.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, 43, ALNUM + "+/") + " " + u + "@laptop")
    return pick(r, ["infra/authorized_keys", "ansible/files/authorized_keys"]), "\n".join(out) + "\n"


@N("ansible_vault_blob", "yaml")
def n_vault(r):
    out = ["$ANSIBLE_VAULT;1.1;AES256"] + [hx(r, 80) for _ in range(r.randint(6, 12))]
    return pick(r, ["group_vars/recon/vault.yml", "ansible/vault.yml"]), "\n".join(out) + "\n"


@N("sops_encrypted_yaml", "yaml")
def n_sops(r):
    def enc(n):
        return (f"ENC[AES256_GCM,data:{base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()},"
                f"iv:{base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()},"
                f"tag:{base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode()},type:str]")
    out = [f"shodan_api_key: {enc(24)}", f"censys_api_secret: {enc(24)}", f"telegram_bot_token: {enc(34)}", "sops:",
           "    kms: []", "    age:", f"        - recipient: age1{rs(r, 58, LO + DG)}", "          enc: |",
           "            -----BEGIN AGE ENCRYPTED FILE-----"] + \
          ["            " + base64.b64encode(bytes(r.getrandbits(8) for _ in range(48))).decode() for _ in range(4)] + \
          ["            -----END AGE ENCRYPTED FILE-----", f"    lastmodified: \"{date(r)}T09:12:44Z\"",
           f"    mac: {enc(32)}", "    version: 3.8.1"]
    return pick(r, ["secrets/recon.enc.yaml", "secrets.sops.yaml"]), "\n".join(out) + "\n"


@N("httpx_jsonl_output", "jsonl")
def n_httpx(r):
    out = []
    for _ in range(r.randint(4, 10)):
        h = rs(r, 6, LO) + "." + r.choice(DOMAINS)
        out.append(json.dumps({"timestamp": date(r) + "T12:00:00Z", "url": "https://" + h, "input": h, "status_code": 200,
                               "title": "Welcome", "webserver": "nginx", "hash": {"body_md5": hx(r, 32), "body_mmh3": mmh3(r),
                                                                                  "body_sha256": sha256(r), "header_md5": hx(r, 32)},
                               "favicon": mmh3(r), "jarm": jarm(r), "tls": {"fingerprint_hash": {"sha256": sha256(r)}}}))
    return pick(r, ["out/httpx.json", "results/alive.jsonl"]), "\n".join(out) + "\n"


@N("hibp_breaches_json", "json")
def n_hibp(r):
    bs = [{"Name": n, "Title": n, "Domain": n.lower() + ".com", "BreachDate": date(r), "PwnCount": r.randint(10**5, 10**8),
           "DataClasses": ["Email addresses", "Passwords"], "IsVerified": True} for n in r.sample(["Adobe", "LinkedIn", "Canva", "Dropbox", "MyFitnessPal", "Zynga"], 3)]
    return pick(r, ["fixtures/hibp_breaches.json", "data/breaches.json"]), json.dumps(bs, indent=2) + "\n"


@N("scan_log_request_ids", "log", 1.2)
def n_log(r):
    out = []
    for _ in range(r.randint(6, 14)):
        kind = r.randrange(4)
        ts = f"{date(r)} {r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}"
        if kind == 0:
            out.append(f"{ts} INFO urlscan submitted uuid={uuid4(r)} visibility=unlisted")
        elif kind == 1:
            out.append(f"{ts} DEBUG shodan response x-request-id={hx(r, 32)} credits_left={r.randint(0, 100)}")
        elif kind == 2:
            out.append(f"{ts} INFO censys search done trace_id={hx(r, 32)} total={r.randint(1, 900)}")
        else:
            out.append(f"{ts} WARN greynoise 429 request_id={uuid4(r)} retry_in=60s")
    return pick(r, ["logs/recon.log", "out/run-" + date(r) + ".log"]), "\n".join(out) + "\n"


@N("public_certificate_pem", "pem")
def n_cert(r):
    b = base64.b64encode(bytes.fromhex("308203") + bytes(r.getrandbits(8) for _ in range(r.randint(700, 900)))).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return pick(r, ["certs/" + r.choice(DOMAINS) + ".crt", "evidence/leaf.pem"]), \
        "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"


@N("changelog_commits", "markdown")
def n_changelog(r):
    out = ["# Changelog", ""]
    for i in range(r.randint(4, 8)):
        out += [f"## v{r.randint(0,2)}.{r.randint(0,20)}.{r.randint(0,9)} - {date(r)}", "",
                f"- {r.choice(['add fullhunt source', 'fix censys pagination', 'rotate user agents', 'bump deps'])} ({hx(r, 7)})",
                f"- merge #{r.randint(10, 400)} ({hx(r, 40)})", ""]
    return "CHANGELOG.md", "\n".join(out)


@N("env_only_config_py", "python", 1.3)
def n_envpy(r):
    ks = r.sample(OSINT, 5)
    out = ["import os", "", "# never hardcode keys; export them or use `pass`"]
    for k in ks:
        out.append(f"{P[k]['env']} = os.environ.get(\"{P[k]['env']}\")")
    out += ["", "def missing():", f"    return [n for n in {[P[k]['env'] for k in ks]!r} if not os.environ.get(n)]"]
    return pick(r, ["config.py", "recon/keys.py"]), "\n".join(out) + "\n"


@N("subfinder_empty_config", "yaml")
def n_subempty(r):
    out = ["# subfinder provider config - keys are injected by CI from the vault"]
    for n in SUBF:
        out.append(f"{n}: []")
    return ".config/subfinder/provider-config.yaml", "\n".join(out) + "\n"


@N("notebook_hash_outputs", "ipynb")
def n_nb(r):
    cells = [("markdown", "## Cluster samples by imphash"), ("code", "import pandas as pd\ndf = pd.read_csv('samples.csv')"),
             ("code", "df[['sha256','imphash']].head()")]
    txt = json.loads(nb(cells))
    txt["cells"][2]["outputs"] = [{"output_type": "execute_result", "execution_count": 3, "metadata": {},
                                   "data": {"text/plain": ["   sha256  imphash\n"] + [f"{i}  {sha256(r)}  {hx(r, 32)}\n" for i in range(5)]}}]
    return pick(r, ["notebooks/samples.ipynb", "hunting/imphash.ipynb"]), json.dumps(txt, indent=1) + "\n"


@N("telegram_chat_ids_config", "yaml")
def n_tgids(r):
    out = ["notify:", "  telegram:", "    enabled: true", "    token_env: TELEGRAM_BOT_TOKEN",
           f"    chat_id: \"-100{r.randint(10**9, 10**10 - 1)}\"", "  discord:", "    enabled: false",
           "    webhook_env: DISCORD_WEBHOOK_URL", f"    channel_id: \"{r.randint(10**17, 10**18)}\""]
    return pick(r, ["config/notify.yml", "notify.yaml"]), "\n".join(out) + "\n"


@N("aws_public_ids", "json")
def n_awsids(r):
    acct = str(r.randint(10**11, 10**12 - 1))
    d = {"bucket": r.choice(DOMAINS).split(".")[0] + "-recon-results", "region": "eu-west-1",
         "kms_key_arn": f"arn:aws:kms:eu-west-1:{acct}:key/{uuid4(r)}", "role_arn": f"arn:aws:iam::{acct}:role/recon-writer",
         "etag": '"' + hx(r, 32) + '"', "version_id": rs(r, 32, ALNUM + "._")}
    return pick(r, ["infra/outputs.json", "storage/s3.json"]), json.dumps(d, indent=2) + "\n"


@N("package_lock_integrity", "json")
def n_lock(r):
    pk = {}
    for n in ["axios", "commander", "p-limit", "chalk"]:
        pk["node_modules/" + n] = {"version": f"{r.randint(1,9)}.{r.randint(0,9)}.{r.randint(0,9)}",
                                   "resolved": f"https://registry.npmjs.org/{n}/-/{n}-1.0.0.tgz",
                                   "integrity": "sha512-" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()}
    d = {"name": "recon-js", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


# ================================================================ driver
def weighted(r, items):
    tot = sum(w for _, w in items)
    x = r.random() * tot
    for it, w in items:
        x -= w
        if x <= 0:
            return it
    return items[-1][0]


def secret_for(r, pk, ctxholder):
    if pk == "db":
        return strong_pw(r, urlsafe=True)
    if pk == "gcp":
        lines = pem_body_lines(r)
        ctxholder["pem"] = lines
        return lines[0]
    return P[pk]["gen"](r)


def main():
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    used = set()
    tids = sorted(TEMPLATES)
    titems = [(t, TEMPLATES[t]["w"]) for t in tids]
    env_count = 0

    def write(rel, text):
        path = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    # ensure each template appears at least once among positives
    order = list(tids)
    r.shuffle(order)
    plan = order + [None] * (500 - len(order))
    for i in range(500):
        while True:
            tid = plan[i] or weighted(r, titems)
            if tid == "dotenv_file" and env_count >= 20:
                plan[i] = None
                continue
            break
        tm = TEMPLATES[tid]
        pk = r.choice(tm["provs"])
        hold = {}
        while True:
            sec = secret_for(r, pk, hold)
            if sec not in used:
                break
        used.add(sec)
        c = C(r, pk, V("secret", sec), tm["lang"])
        c.pem = hold.get("pem")
        rel, text = tm["f"](c)
        if tid == "dotenv_file":
            env_count += 1
        lines = text.split("\n")
        ln = next(k for k, l in enumerate(lines) if sec in l) + 1
        assert sec in lines[ln - 1]
        f = f"pos/p{i:04d}/{rel}"
        write(f, text)
        manifest.append({"file": f, "label": "pos", "provider": pk, "kind": KIND.get(pk, "api_key"),
                         "filetype": tm["ftype"], "template": tid})
        secrets.append({"file": f, "needle": sec, "line": ln})

    # negatives: 250 template re-use, 250 look-alikes
    ntids = [t for t in tids if t != "dotenv_file"]
    nitems = [(t, TEMPLATES[t]["w"]) for t in ntids]
    lk = sorted(NEG)
    litems = [(t, NEG[t]["w"]) for t in lk]
    negs = []
    for i in range(250):
        tid = ntids[i] if i < len(ntids) else weighted(r, nitems)
        negs.append(("A", tid))
    for i in range(250):
        tid = lk[i] if i < len(lk) else weighted(r, litems)
        negs.append(("B", tid))
    r.shuffle(negs)
    for i, (kind, tid) in enumerate(negs):
        if kind == "A":
            tm = TEMPLATES[tid]
            pk = r.choice(tm["provs"])
            hold = {}
            sample = secret_for(r, pk, hold) if pk != "gcp" else "x" * 20
            v = neg_value(r, pk, tm["lang"], sample)
            c = C(r, pk, v, tm["lang"])
            c.pem = None
            rel, text = tm["f"](c)
            ftype, prov, kd = tm["ftype"], pk, "template_" + v.kind
        else:
            nt = NEG[tid]
            rel, text = nt["f"](r)
            ftype, prov, kd, = nt["ftype"], "none", "lookalike"
        base = os.path.basename(rel)
        assert not (base == ".env" or base.startswith(".env.") and base not in (".env.example", ".env.sample"))
        f = f"neg/n{i:04d}/{rel}"
        write(f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kd, "filetype": ftype, "template": tid})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
