#!/usr/bin/env python3
"""Blind evaluation-set generator "no": desktop analytics / statistics / data-workflow project files.

EMPHASIS
    Project files of desktop analytics and statistics tools as committed to git:
    Alteryx workflows and macros (.yxmd / .yxmc, UserConnections.xml), KNIME
    (settings.xml of nodes, workflow.knime, XMLConfig format), RapidMiner/Altair
    .rmp processes, SAS programs (.sas: libname/filename url/proc sql connect
    to odbc/%let/proc http/proc s3/caslib, SAS EG exported code, _authinfo),
    SPSS syntax (.sps GET DATA /TYPE=ODBC), Stata do-files (odbc load, set
    fredkey), EViews programs (.prg), JMP scripts (.jsl Open Database / New SQL
    Query / HTTP Request), Orange workflows (.ows), Power Query M (.pq/.m),
    Tableau (TSC scripts, tabcmd, Prep CLI credential JSON, .tds/.tfl flow JSON),
    DataRobot (drconfig.yaml, python and R clients), H2O (h2o.connect,
    driverlessai), MATLAB Database Toolbox (.m), Qlik load scripts (.qvs),
    plus companions analysts keep next to them: R scripts, notebooks, odbc.ini,
    dbt profiles, Google / Salesforce credential JSON, Snowflake .p8 keys.
    Providers/kinds: database passwords (SQL Server, Oracle, Postgres, MySQL,
    Teradata, Snowflake, Redshift, MongoDB), ODBC/JDBC connection-string
    passwords, Salesforce (access token, consumer secret, security token),
    Google (API key, OAuth client secret, refresh token, service-account key,
    GA4 Measurement Protocol api_secret), Snowflake key-pair private keys,
    Tableau PAT secrets, Databricks PATs, DataRobot API tokens, Qlik Cloud API
    keys (JWT), Azure AD client secrets, Azure storage keys, AWS secret keys,
    SendGrid, HubSpot, Stripe, Shopify, OpenAI, FRED API keys.

USAGE
    python3 -B gen_no.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness comes from
    one random.Random(SEED); output is byte-identical for one SEED.

NEEDLE CONVENTIONS
    needle = the secret exactly as written: the value without quotes; prefixed
    keys keep their prefix (dapi, GOCSPX-, AIza, SG., pat-na1-, shpat_, sk_live_,
    sk-proj-); for Authorization headers only the token; for URLs / connection
    strings with credentials the password only; for PEM private keys the first
    base64 line of the body (also inside JSON "private_key" strings); Tableau
    PAT secrets include the "==:" joint.  line = 1-based line of the first
    occurrence (asserted).

NEGATIVES
    250 re-use positive templates with the slot holding placeholders (English and
    German/French/Spanish/Portuguese ones), empty values, masks, tool references
    (SAS &macro, Stata `local', Qlik $(var), Alteryx %Question%, KNIME flow
    variables, env vars, {{ }} templates), documented example values (AWS
    EXAMPLEKEY) and public values (Stripe pk_live_, GA4 measurement ids,
    Salesforce consumer keys, Google client ids, public keys).  250 are domain
    look-alikes: Alteryx __EncPwd1__ + DPAPI-hex ciphertext, KNIME xpassword
    values, Qlik XPassword obfuscation, RapidMiner encrypted parameters, SAS
    authdomain / prompt macros, Windows/integrated auth, DSN-only connections,
    Orange pickle-base64 widget settings, notebook PNG outputs, GUIDs/tool ids,
    MD5/SHA hashes, Stata datasignature, git-LFS pointers, pip hashes, Snowflake
    RSA public keys and fingerprints, certificates, DataRobot/H2O object ids,
    Salesforce record ids, Power BI .pbids.  No negative is written to .env*.

FORMATS CHECKED
    From memory of provider docs/SDKs: AWS secret key 40 chars base64 alphabet;
    Azure storage key 64 bytes base64 (88 chars); Azure AD client secret
    ~40 chars with "Q~" at offset 3; Google API key AIza+35; Google OAuth client
    secret GOCSPX-+28; Databricks dapi+32 hex; SendGrid SG.22.43; HubSpot
    pat-<region>-uuid; Shopify shpat_+32 hex; Stripe sk_live_/rk_live_;
    Tableau PAT secret "<22b64>==:<32alnum>"; FRED key 32 lower alnum; Qlik
    Cloud API keys are ES384 JWTs.  KNIME XMLConfig layout (<config key=..>
    <entry key type value>) confirmed via the code corpus (knime workflow.knime).
    Tableau Prep CLI credentials JSON confirmed (help.tableau.com
    prep_run_commandline).

DOUBTS
    DataRobot API token layout (generated as ~90-char base64); Salesforce access
    token body length/alphabet; GA4 api_secret (22 chars url-safe); Alteryx
    encrypted-password blob (rendered as DPAPI hex "01000000D08C9DDF..."); KNIME
    xpassword value encoding (hex assumed); RapidMiner encrypted parameter
    (base64 assumed); Qlik XPassword alphabet (letters); OpenAI sk-proj length.
"""
import base64
import hashlib
import json
import os
import pickle
import string
import sys
import random

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def guid(r, upper=False):
    h = rs(r, 32, HEXL)
    g = "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])
    return g.upper() if upper else g


def xe(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def b64(r, nbytes, urlsafe=False):
    raw = bytes(r.getrandbits(8) for _ in range(nbytes))
    if urlsafe:
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")
    return base64.b64encode(raw).decode()


# ---------------------------------------------------------------- companions
COMPANIES = ["contoso", "nordwind", "acme", "globex", "initech", "vandelay", "stadtwerke-ulm",
             "bancosol", "helvetia-re", "lumenpharma", "fjordline", "kaufhaus-lenz", "sudmetal"]
USERS = ["svc_alteryx", "etl_user", "jmueller", "analyst_ro", "KNIME_SVC", "sas_batch", "tableau_svc",
         "DWH_READ", "mlopez", "pdubois", "rpt_reader", "bi_loader", "h.tanaka", "a.kowalski",
         "SVC_QLIK", "stata_user", "jsl_query", "datasci01", "fin_analytics", "lars.nielsen"]
PEOPLE = ["Jürgen Müller", "Marta López", "Pierre Dubois", "Hiroshi Tanaka", "Anna Kowalska",
          "Søren Kristensen", "Priya Raman", "Tom Becker", "Lucía Fernández", "Wei Zhang",
          "Olena Shevchenko", "João Silva", "Emma Lindqvist", "Daniel O'Brien"]
DBS = ["DWH", "SALES_MART", "finance", "crm_prod", "analytics", "EDW_PROD", "reporting", "CLAIMS",
       "marketing_dm", "supply_chain", "hr_core", "RISK_DB"]
TABLES = ["FACT_SALES", "dim_customer", "orders", "GL_BALANCES", "claims_2023", "web_sessions",
          "inventory_snapshot", "CUSTOMER_CHURN", "campaign_results", "payroll_monthly", "kpi_daily"]
SCHEMAS = ["dbo", "mart", "public", "STAGING", "rpt", "FIN", "analytics"]
WORDS = ["Harbor", "Falke", "Nebula", "Tiger", "Orkan", "Sonne", "Quasar", "Birke", "Lumen", "Vortex",
         "Condor", "Zephyr", "Maple", "Kiwi", "Rhein", "Alpen", "Mistral", "Polaris", "Saphir", "Gecko",
         "Otter", "Cobalt", "Fjord", "Tundra", "Paloma", "Sierra", "Nordlicht", "Jaguar", "Ember", "Granit"]


def company(r):
    return r.choice(COMPANIES)


def user(r):
    return r.choice(USERS)


def person(r):
    return r.choice(PEOPLE)


def db(r):
    return r.choice(DBS)


def table(r):
    return r.choice(TABLES)


def schema(r):
    return r.choice(SCHEMAS)


def date(r):
    return "%04d-%02d-%02d" % (r.randint(2017, 2025), r.randint(1, 12), r.randint(1, 28))


def host(r, kind="sql"):
    c = company(r)
    if kind == "sql":
        return r.choice(["sqlprd%02d.%s.local" % (r.randint(1, 9), c), "SQLDWH%02d" % r.randint(1, 20),
                         "dwh-db.%s.internal" % c, "10.%d.%d.%d" % (r.randint(0, 250), r.randint(0, 250), r.randint(2, 250))])
    if kind == "pg":
        return r.choice(["pg-analytics.%s.internal" % c, "%s-prod.cluster-%s.eu-west-1.rds.amazonaws.com" % (c, rs(r, 12, LO + DIG)),
                         "postgres01.%s.lan" % c])
    if kind == "ora":
        return r.choice(["ora-erp.%s.com" % c, "exadata01.%s.local" % c, "orcl-prd.%s.net" % c])
    if kind == "sf":
        return "%s%05d.%s" % (r.choice(["xy", "ab", "kq", "mn", "zt"]), r.randint(10000, 99999),
                              r.choice(["eu-central-1", "us-east-1", "west-europe.azure", "ap-southeast-2"]))
    if kind == "td":
        return "tdprod%d.%s.com" % (r.randint(1, 4), c)
    if kind == "mysql":
        return "mysql-bi.%s.internal" % c
    return "%s.%s.com" % (kind, c)


# ---------------------------------------------------------------- secrets
SYMS = "!*_-.+~^"


def password(r, ctx="gen"):
    syms = SYMS + ("#@$" if ctx == "gen" else "")
    while True:
        st = r.random()
        if st < 0.45:
            n = r.randint(12, 22)
            s = "".join(r.choice(ALNUM + ALNUM + syms) for _ in range(n))
        elif st < 0.8:
            w = r.choice(WORDS)
            parts = [w, r.choice(syms), str(r.randint(10, 9999)), rs(r, r.randint(2, 4), ALNUM)]
            if r.random() < 0.5:
                parts = [parts[2], parts[0], parts[1], parts[3]]
            s = "".join(parts)
        else:
            cons = "bcdfghjkmnprstvwxz"
            vow = "aeiou"
            s = ""
            for _ in range(r.randint(3, 4)):
                s += r.choice(cons).upper() if r.random() < 0.4 else r.choice(cons)
                s += r.choice(vow)
            s += r.choice(syms) + str(r.randint(100, 99999)) + r.choice(UP)
        if (any(c in UP for c in s) and any(c in LO for c in s) and any(c in DIG for c in s)
                and len(s) >= 10):
            return s


def pem_pkcs8(r):
    hdr = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
    body = hdr + bytes([r.randint(0xb0, 0xfe)]) + bytes(r.getrandbits(8) for _ in range(1217 - len(hdr) - 1))
    s = base64.b64encode(body).decode()
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return lines


def gen_secret(r, g):
    """returns (value_for_render, needle)"""
    if g.startswith("pw"):
        ctx = g[3:] or "gen"
        v = password(r, ctx)
        return v, v
    if g == "aws_secret":
        v = rs(r, 40, ALNUM + ALNUM + "/+")
    elif g == "azure_storage":
        v = b64(r, 64)
    elif g == "azure_ad":
        v = rs(r, 3, ALNUM) + r.choice(DIG) + "Q~" + rs(r, 34, ALNUM + ALNUM + "_.~-")
    elif g == "google_api":
        v = "AIza" + rs(r, 35, B64U)
    elif g == "google_oauth":
        v = "GOCSPX-" + rs(r, 28, B64U)
    elif g == "google_refresh":
        v = "1//0" + r.choice("cdegh") + rs(r, 98, B64U)
    elif g == "ga_mp":
        v = rs(r, 22, B64U)
    elif g == "sf_token":
        v = rs(r, 25, ALNUM)
    elif g == "sf_consumer":
        v = rs(r, 64, HEXU)
    elif g == "sf_access":
        v = "00D" + rs(r, 2, DIG) + rs(r, 10, UP + DIG) + "!" + "AQ" + r.choice(ALNUM) + "AQ" + rs(r, 92, ALNUM + "._")
    elif g == "tableau_pat":
        v = b64(r, 16)[:22] + "==:" + rs(r, 32, ALNUM)
    elif g == "databricks":
        v = "dapi" + rs(r, 32, HEXL) + (r.choice(["", "", "-2", "-3"]))
    elif g == "datarobot":
        inner = rs(r, 24, HEXL) + ":" + rs(r, 43, B64U)
        v = base64.b64encode(inner.encode()).decode().rstrip("=")
    elif g == "qlik_jwt":
        hd = {"alg": "ES384", "kid": guid(r), "typ": "JWT"}
        pl = {"sub": rs(r, 32, B64U), "subType": "user", "tenantId": rs(r, 32, B64U),
              "jti": guid(r), "aud": "qlik.api", "iss": "qlik.api/api-keys", "exp": r.randint(1735000000, 1830000000)}
        e = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        v = e(hd) + "." + e(pl) + "." + b64(r, 96, True)
    elif g == "openai":
        v = "sk-proj-" + rs(r, 74, B64U) + "T3BlbkFJ" + rs(r, 74, B64U)
    elif g == "sendgrid":
        v = "SG." + rs(r, 22, B64U) + "." + rs(r, 43, B64U)
    elif g == "hubspot":
        v = "pat-" + r.choice(["na1", "eu1", "na2"]) + "-" + guid(r)
    elif g == "stripe":
        v = r.choice(["sk_live_", "rk_live_"]) + "51" + rs(r, 12, DIG + UP) + rs(r, 85, ALNUM)
    elif g == "shopify":
        v = "shpat_" + rs(r, 32, HEXL)
    elif g == "fred":
        v = rs(r, 32, LO + DIG)
    elif g == "pem":
        lines = pem_pkcs8(r)
        return lines, lines[0]
    else:
        raise ValueError(g)
    return v, v


# ---------------------------------------------------------------- negatives for reused templates
PH_PW = ["<your-password>", "YOUR_PASSWORD", "changeme", "CHANGE_ME", "<PASSWORD>", "REPLACE_ME",
         "password_here", "IHR_PASSWORT", "VOTRE_MOT_DE_PASSE", "SU_CONTRASENA", "SUA_SENHA",
         "<mot-de-passe>", "Passwort eintragen", "TODO", "<db password>", "dummy", "xxx", "your-db-password"]
MASK = ["********", "****", "[REDACTED]", "<redacted>", "XXXXXXXXXXXX", "***removed***", "*****"]
REFS = ["${DB_PASSWORD}", "%DB_PASSWORD%", "{{ db_password }}", "$(DB_PASS)", "${env:SNOWFLAKE_PASSWORD}",
        "{{ secrets.WAREHOUSE_PW }}", "${vault:secret/analytics/dwh#password}"]
PH_KEY = {
    "google_api": ["AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<GOOGLE_API_KEY>", "YOUR_API_KEY"],
    "google_oauth": ["GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<client-secret>", "YOUR_CLIENT_SECRET"],
    "google_refresh": ["<refresh-token>", "YOUR_REFRESH_TOKEN"],
    "ga_mp": ["<api_secret>", "YOUR_API_SECRET"],
    "databricks": ["dapiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<personal-access-token>", "dapi<token>"],
    "sendgrid": ["SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<SENDGRID_API_KEY>"],
    "hubspot": ["pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "<private-app-token>"],
    "stripe": ["sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "<STRIPE_SECRET_KEY>"],
    "shopify": ["shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<ADMIN_API_ACCESS_TOKEN>"],
    "openai": ["sk-proj-...", "<OPENAI_API_KEY>", "sk-XXXXXXXXXXXXXXXXXXXXXXXX"],
    "aws_secret": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "<aws-secret-access-key>"],
    "azure_storage": ["<storage-account-key>", "YOUR_STORAGE_KEY=="],
    "azure_ad": ["<client-secret>", "YOUR_CLIENT_SECRET"],
    "tableau_pat": ["<PAT_SECRET>", "your-token-secret"],
    "datarobot": ["<YOUR_DATAROBOT_API_TOKEN>", "YOUR_API_TOKEN"],
    "qlik_jwt": ["<API_KEY>", "YOUR_QLIK_API_KEY"],
    "sf_access": ["<ACCESS_TOKEN>", "00DXXXXXXXXXXXX!XXXXXXXX"],
    "sf_consumer": ["<consumer-secret>", "YOUR_CONSUMER_SECRET"],
    "sf_token": ["<security-token>", "YOUR_SECURITY_TOKEN"],
    "fred": ["<your FRED key>", "abcdefghijklmnopqrstuvwxyz123456", "YOUR_FRED_API_KEY"],
}


def public_value(r, g):
    """providers' public / documented values for the slot kind"""
    if g == "stripe":
        return "pk_live_51" + rs(r, 12, DIG + UP) + rs(r, 85, ALNUM)
    if g == "ga_mp":
        return "G-" + rs(r, 10, UP + DIG)
    if g == "sf_consumer":
        return "3MVG9" + rs(r, 80, ALNUM + "._")
    if g == "google_oauth":
        return "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, 32, LO + DIG))
    if g == "aws_secret":
        return "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    if g == "hubspot":
        return str(r.randint(1000000, 49999999))
    if g == "fred":
        return "abcdefghijklmnopqrstuvwxyz123456"
    return None


def neg_value(r, t):
    g = t["gen"]
    cat = r.random()
    if g == "pem":
        return None
    if cat < 0.12:
        return ""
    if cat < 0.27:
        return r.choice(MASK)
    if cat < 0.50 and (t["refs"] or g.startswith("pw")):
        refs = t["refs"] or REFS
        return r.choice(refs)
    if cat < 0.65:
        pv = public_value(r, g)
        if pv:
            return pv
    if g.startswith("pw"):
        return r.choice(PH_PW)
    return r.choice(PH_KEY.get(g, []) + ["<YOUR_API_KEY>", "YOUR_TOKEN_HERE", "changeme", "xxxxxxxx", "TOKEN_EINFUEGEN"])


# ---------------------------------------------------------------- templates
TEMPLATES = []


def tpl(name, provider, kind, gen, ftype, refs=()):
    def deco(fn):
        TEMPLATES.append(dict(name=name, provider=provider, kind=kind, gen=gen, ftype=ftype, fn=fn, refs=list(refs)))
        return fn
    return deco


def ayx_wrap(r, nodes, ver=None):
    ver = ver or r.choice(["2021.4", "2022.1", "2022.3", "2023.1", "2023.2", "2024.1"])
    out = ['<?xml version="1.0"?>', '<AlteryxDocument yxmdVer="%s">' % ver, "  <Nodes>"]
    out += nodes
    out += ["  </Nodes>", "  <Connections>"]
    for i in range(r.randint(1, 3)):
        out += ["    <Connection>", '      <Origin ToolID="%d" Connection="Output" />' % (i + 1),
                '      <Destination ToolID="%d" Connection="Input" />' % (i + 2), "    </Connection>"]
    out += ["  </Connections>", "  <Properties>", "    <Memory default=\"True\" />",
            "    <GlobalRecordLimit value=\"0\" />", "    <TempFiles default=\"True\" />",
            "    <Annotation on=\"True\" includeToolName=\"False\" />",
            "    <MetaInfo>", "      <NameIsFileName value=\"True\" />",
            "      <Description>%s</Description>" % r.choice(["Monthly refresh", "Daily load to Tableau extract",
                                                              "Churn scoring input prep", "Datenaufbereitung Vertrieb", ""]),
            "      <Author>%s</Author>" % person(r), "    </MetaInfo>",
            "    <Events><Enabled value=\"True\" /></Events>", "  </Properties>", "</AlteryxDocument>", ""]
    return "\n".join(out)


def ayx_node(tid, plugin, conf, x=None, y=None, ann=""):
    return "\n".join([
        '    <Node ToolID="%d">' % tid,
        '      <GuiSettings Plugin="%s">' % plugin,
        '        <Position x="%d" y="%d" />' % (x or 54 + tid * 96, y or 162),
        "      </GuiSettings>",
        "      <Properties>",
        "        <Configuration>",
        conf,
        "        </Configuration>",
        "        <Annotation DisplayMode=\"0\">",
        "          <Name />",
        "          <DefaultAnnotationText>%s</DefaultAnnotationText>" % xe(ann),
        "          <Left value=\"False\" />",
        "        </Annotation>",
        "      </Properties>",
        '      <EngineSettings EngineDll="AlteryxBasePluginsEngine.dll" EngineDllEntryPoint="AlteryxSelect" />',
        "    </Node>"])


def ayx_filler(r, start):
    out = []
    for k in range(r.randint(0, 3)):
        tid = start + k
        kind = r.choice(["select", "filter", "formula", "summarize"])
        if kind == "filter":
            conf = '          <Expression>[Region] = "%s"</Expression>\n          <Mode>Custom</Mode>' % r.choice(["EMEA", "DACH", "APAC", "LATAM"])
            out.append(ayx_node(tid, "AlteryxBasePluginsGui.Filter.Filter", conf))
        elif kind == "formula":
            conf = ('          <FormulaFields>\n            <FormulaField expression="DateTimeFormat([OrderDate],&quot;%%Y-%%m&quot;)" field="Period" size="7" type="V_String" />\n'
                    '          </FormulaFields>')
            out.append(ayx_node(tid, "AlteryxBasePluginsGui.Formula.Formula", conf))
        elif kind == "summarize":
            conf = ('          <SummarizeFields>\n            <SummarizeField field="CustomerID" action="GroupBy" rename="CustomerID" />\n'
                    '            <SummarizeField field="Revenue" action="Sum" rename="Sum_Revenue" />\n          </SummarizeFields>')
            out.append(ayx_node(tid, "AlteryxBasePluginsGui.Summarize.Summarize", conf))
        else:
            conf = '          <OrderChanged value="False" />\n          <SelectFields>\n            <SelectField field="*Unknown" selected="True" />\n          </SelectFields>'
            out.append(ayx_node(tid, "AlteryxBasePluginsGui.AlteryxSelect.AlteryxSelect", conf))
    return out


def wf_name(r):
    return r.choice(["sales_refresh", "Churn_Model_Input", "monthly_close", "Kundendaten_Export", "inventory_sync",
                     "campaign_uplift", "claims_pipeline", "forecast_prep", "gl_reconciliation", "web_kpis"])


@tpl("ayx_input_odbc_plain", "sqlserver", "db_password", "pw_odbc", "yxmd",
     refs=["%Question.DB Password%", "__EncPwd1__"])
def _t(r, v, pos):
    h, u, d = host(r), user(r), db(r)
    conn = "odbc:DRIVER={ODBC Driver 17 for SQL Server};SERVER=%s;UID=%s;PWD=%s;DATABASE=%s|||SELECT * FROM %s.%s" % (h, u, v, d, schema(r), table(r))
    nodes = ayx_filler(r, 2)
    node = ayx_node(1, "AlteryxBasePluginsGui.DbFileInput.DbFileInput",
                    '          <Passwords />\n          <File RecordLimit="" FileFormat="23">%s</File>\n          <FormatSpecificOptions>\n            <NoProgress>True</NoProgress>\n            <CacheData>False</CacheData>\n            <TableStyle>Quoted</TableStyle>\n            <ReadUncommitted>False</ReadUncommitted>\n          </FormatSpecificOptions>' % xe(conn))
    pos_i = r.randint(0, len(nodes))
    nodes.insert(pos_i, node)
    return "workflows/%s.yxmd" % wf_name(r), ayx_wrap(r, nodes)


@tpl("ayx_snowflake_bulk", "snowflake", "db_password", "pw_odbc", "yxmd", refs=["__EncPwd1__", "%Question.sf_pw%"])
def _t(r, v, pos):
    u = user(r).upper()
    conn = "snowbl:DSN=Snowflake_%s;UID=%s;PWD=%s;Warehouse=%s;Database=%s;Schema=PUBLIC;Method=user;Stage=~|||%s" % (
        r.choice(["PROD", "Analytics", "EU"]), u, v, r.choice(["COMPUTE_WH", "BI_WH", "LOAD_XS"]), db(r).upper(), table(r).upper())
    nodes = ayx_filler(r, 1)
    nodes.append(ayx_node(len(nodes) + 1, "AlteryxBasePluginsGui.DbFileOutput.DbFileOutput",
                          '          <File MaxRecords="" FileFormat="23">%s</File>\n          <Passwords />\n          <FormatSpecificOptions>\n            <TransactionSize>10000</TransactionSize>\n            <OutputOption>Overwrite</OutputOption>\n          </FormatSpecificOptions>\n          <MultiFile value="False" />' % xe(conn)))
    return "alteryx/%s/%s_to_snowflake.yxmd" % (company(r), wf_name(r)), ayx_wrap(r, nodes)


@tpl("ayx_download_bearer", "salesforce", "access_token", "sf_access", "yxmd", refs=["%Question.token%"])
def _t(r, v, pos):
    inst = "https://%s.my.salesforce.com" % company(r)
    conf = ('          <URLField>url</URLField>\n          <Headers>\n            <Fields orderChanged="False" />\n'
            '            <Header name="Authorization" value="Bearer %s" />\n            <Header name="Content-Type" value="application/json" />\n'
            '          </Headers>\n          <Payload><HTTPAction>GET</HTTPAction></Payload>\n          <Output>String</Output>\n          <NumConnections>2</NumConnections>') % xe(v)
    nodes = [ayx_node(1, "AlteryxBasePluginsGui.TextInput.TextInput",
                      '          <Fields><Field name="url" /></Fields>\n          <Data><r><c>%s/services/data/v58.0/query?q=SELECT+Id,Name+FROM+Account</c></r></Data>' % inst)]
    nodes += ayx_filler(r, 2)
    nodes.insert(r.randint(1, len(nodes)), ayx_node(9, "AlteryxConnectorGui.Download.Download", conf))
    return "Workflows/SFDC/%s.yxmd" % r.choice(["accounts_pull", "opportunity_sync", "sf_leads_daily"]), ayx_wrap(r, nodes)


@tpl("ayx_email_smtp", "sendgrid", "api_key", "sendgrid", "yxmd", refs=["%Question.smtp_key%"])
def _t(r, v, pos):
    conf = ('          <Fields>\n            <To>%s</To>\n            <From>reports@%s.com</From>\n            <Subject>Monthly KPI pack</Subject>\n'
            '          </Fields>\n          <SMTP>smtp.sendgrid.net</SMTP>\n          <Port>587</Port>\n          <Encryption>StartTLS</Encryption>\n'
            '          <UserName>apikey</UserName>\n          <Password>%s</Password>\n          <BodyField>Body</BodyField>') % (
        "finance@%s.com" % company(r), company(r), xe(v))
    nodes = ayx_filler(r, 1) + [ayx_node(7, "AlteryxBasePluginsGui.EmailOutput.EmailOutput", conf)]
    nodes += ayx_filler(r, 8)
    return "workflows/reporting/%s_mail.yxmd" % wf_name(r), ayx_wrap(r, nodes)


@tpl("ayx_python_tool", "openai", "api_key", "openai", "yxmd")
def _t(r, v, pos):
    src = ["from ayx import Alteryx\\n", "import openai, pandas as pd\\n", "\\n",
           "client = openai.OpenAI(api_key=\\\"%s\\\")\\n" % v,
           "df = Alteryx.read(\\\"#1\\\")\\n",
           "df['summary'] = [client.chat.completions.create(model='gpt-4o-mini', messages=[{'role':'user','content':t}]).choices[0].message.content for t in df['comment']]\\n",
           "Alteryx.write(df, 1)"]
    nb = '{"cells":[{"cell_type":"code","execution_count":null,"metadata":{},"outputs":[],"source":[%s]}],"metadata":{"kernelspec":{"display_name":"designerbasetools_venv","language":"python","name":"designerbasetools_venv"}},"nbformat":4,"nbformat_minor":2}' % ",".join('"%s"' % s for s in src)
    conf = "          <WorkflowName>c:\\users\\%s\\appdata\\local\\temp\\%s.yxmd</WorkflowName>\n          <JupyterProduction>false</JupyterProduction>\n          <vEnvName>designerbasetools_venv</vEnvName>\n          <Notebook><![CDATA[%s]]></Notebook>" % (user(r), rs(r, 8, HEXL), nb)
    nodes = ayx_filler(r, 1) + [ayx_node(5, "JupyterCode", conf)]
    return "workflows/genai/%s.yxmd" % r.choice(["comment_summaries", "survey_text_llm", "ticket_triage"]), ayx_wrap(r, nodes)


@tpl("ayx_macro_question_default", "google", "api_key", "google_api", "yxmc")
def _t(r, v, pos):
    q = ("  <Questions>\n    <Question>\n      <Type>Tab</Type>\n      <Description>Questions</Description>\n      <Name>Tab (1)</Name>\n"
         "      <ToolId value=\"1\" />\n      <Questions>\n        <Question>\n          <Type>TextBox</Type>\n          <Description>Google Maps API key</Description>\n"
         "          <Name>api_key</Name>\n          <ToolId value=\"2\" />\n          <Default>%s</Default>\n          <Password value=\"False\" />\n"
         "        </Question>\n      </Questions>\n    </Question>\n  </Questions>\n") % xe(v)
    nodes = [ayx_node(3, "AlteryxBasePluginsGui.MacroInput.MacroInput", '          <UseFileInput value="False" />\n          <Name>Input4</Name>\n          <Abbrev />')]
    nodes += ayx_filler(r, 4)
    doc = ayx_wrap(r, nodes)
    doc = doc.replace("  <Properties>", q + "  <Properties>", 1)
    return "macros/Geocode_Google.yxmc", doc.replace("<AlteryxDocument", "<AlteryxDocument", 1)


@tpl("ayx_user_connections", "oracle", "db_password", "pw_odbc", "xml", refs=["__EncPwd1__"])
def _t(r, v, pos):
    lines = ['<?xml version="1.0"?>', "<Connections>"]
    entries = []
    for _ in range(r.randint(0, 2)):
        entries.append('  <Connection>\n    <Name>%s</Name>\n    <ConnectionString>aka:%s</ConnectionString>\n    <Category>Database</Category>\n  </Connection>' % (
            r.choice(["DWH_READ", "Staging", "HR_Reports"]), guid(r).upper()))
    entries.insert(r.randint(0, len(entries)), '  <Connection>\n    <Name>ORA_ERP_PROD</Name>\n    <ConnectionString>odbc:DSN=ORA_ERP;UID=%s;PWD=%s;DBQ=%s:1521/ERPPRD</ConnectionString>\n    <Category>Database</Category>\n  </Connection>' % (user(r).upper(), xe(v), host(r, "ora")))
    lines += entries + ["</Connections>", ""]
    return "config/alteryx/UserConnections.xml", "\n".join(lines)


@tpl("ayx_s3_upload", "aws", "secret_key", "aws_secret", "yxmd")
def _t(r, v, pos):
    kid = ("AKIA" + rs(r, 16, UP + "234567")) if pos else "AKIAIOSFODNN7EXAMPLE"
    conf = ('          <AccessKeyId>%s</AccessKeyId>\n          <SecretKey>%s</SecretKey>\n          <Endpoint>s3.amazonaws.com</Endpoint>\n'
            '          <Bucket>%s-analytics-exports</Bucket>\n          <ObjectName>tableau/%s.csv</ObjectName>\n          <FileFormat>csv</FileFormat>\n'
            '          <SignatureVersion>V4</SignatureVersion>\n          <Region>eu-central-1</Region>') % (kid, xe(v), company(r), table(r))
    nodes = ayx_filler(r, 1) + [ayx_node(8, "AmazonS3Upload", conf)]
    return "workflows/exports/%s_s3.yxmd" % wf_name(r), ayx_wrap(r, nodes)


# ---------------------------------------------------------------- KNIME
def knime_settings(r, factory, name, model_entries):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<config xmlns="http://www.knime.org/2008/09/XMLConfig" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.knime.org/2008/09/XMLConfig http://www.knime.org/XMLConfig_2008_09.xsd" key="settings.xml">',
           '    <entry key="node_file" type="xstring" value="settings.xml"/>',
           '    <config key="flow_stack"/>',
           '    <config key="internal_node_subsettings">',
           '        <entry key="memory_policy" type="xstring" value="CacheSmallInMemory"/>',
           '    </config>',
           '    <config key="model">']
    out += ["        " + e for e in model_entries]
    out += ['    </config>',
            '    <entry key="customDescription" type="xstring" isnull="true" value=""/>',
            '    <entry key="state" type="xstring" value="%s"/>' % r.choice(["CONFIGURED", "EXECUTED", "IDLE"]),
            '    <entry key="factory" type="xstring" value="%s"/>' % factory,
            '    <entry key="node-name" type="xstring" value="%s"/>' % name,
            '    <entry key="node-bundle-name" type="xstring" value="KNIME database nodes"/>',
            '    <entry key="node-bundle-symbolic-name" type="xstring" value="org.knime.database.nodes"/>',
            '    <entry key="node-bundle-vendor" type="xstring" value="KNIME AG, Zurich, Switzerland"/>',
            '    <entry key="node-bundle-version" type="xstring" value="%s"/>' % r.choice(["4.7.1.v202301311311", "5.1.0.v202307261544", "5.2.3.v202403141110"]),
            '</config>', '']
    return "\n".join(out)


def knime_path(r, node, nid):
    return "knime-workspace/%s/%s (#%d)/settings.xml" % (r.choice(["Churn Analysis", "Sales_Forecast", "ETL_Finanzen", "Customer360", "Claims Scoring"]), node, nid)


@tpl("knime_db_url", "postgres", "db_password", "pw_url", "xml", refs=["${db_pass}"])
def _t(r, v, pos):
    url = "jdbc:postgresql://%s:5432/%s?user=%s&password=%s&ssl=true" % (host(r, "pg"), db(r).lower(), user(r), v)
    ents = ['<config key="connection">',
            '    <entry key="dialect" type="xstring" value="postgres"/>',
            '    <entry key="driver" type="xstring" value="built-in-postgres-42.6.0"/>',
            '    <entry key="database_url" type="xstring" value="%s"/>' % xe(url),
            '</config>',
            '<config key="authentication">',
            '    <entry key="authentication_type" type="xstring" value="NONE"/>',
            '</config>']
    return knime_path(r, "PostgreSQL Connector", r.randint(1, 40)), knime_settings(r, "org.knime.database.extension.postgres.node.connector.PostgreSQLConnectorNodeFactory", "PostgreSQL Connector", ents)


@tpl("knime_workflow_variable", "mssql", "db_password", "pw", "knime", refs=["${db_password}"])
def _t(r, v, pos):
    vars_ = [("db_host", host(r)), ("db_user", user(r)), ("db_password", v), ("run_date", date(r))]
    r.shuffle(vars_)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<config xmlns="http://www.knime.org/2008/09/XMLConfig" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.knime.org/2008/09/XMLConfig http://www.knime.org/XMLConfig_2008_09.xsd" key="workflow.knime">',
           '    <entry key="created_by" type="xstring" value="%s"/>' % r.choice(["4.7.4.v202306201216", "5.2.1.v202401231024", "5.3.0.v202407021540"]),
           '    <entry key="version" type="xstring" value="4.1.0"/>',
           '    <entry key="name" type="xstring" isnull="true" value=""/>',
           '    <config key="authorInformation">',
           '        <entry key="authored-by" type="xstring" value="%s"/>' % user(r),
           '        <entry key="authored-when" type="xstring" value="%s 10:%02d:11 +0100"/>' % (date(r), r.randint(0, 59)),
           '    </config>',
           '    <config key="workflow_variables">']
    for i, (k, val) in enumerate(vars_):
        out += ['        <config key="Var_%d">' % i,
                '            <entry key="name" type="xstring" value="%s"/>' % k,
                '            <entry key="class" type="xstring" value="STRING"/>',
                '            <entry key="value" type="xstring" value="%s"/>' % xe(val),
                '        </config>']
    out += ['    </config>', '    <config key="nodes">']
    for i in range(r.randint(2, 6)):
        out += ['        <config key="node_%d">' % (i + 1),
                '            <entry key="id" type="xint" value="%d"/>' % (i + 1),
                '            <entry key="node_settings_file" type="xstring" value="%s (#%d)/settings.xml"/>' % (r.choice(["DB Table Selector", "DB Reader", "Column Filter", "GroupBy", "Excel Writer"]), i + 1),
                '            <entry key="node_is_meta" type="xboolean" value="false"/>',
                '            <entry key="node_type" type="xstring" value="NativeNode"/>',
                '        </config>']
    out += ['    </config>', '</config>', '']
    return "knime-workspace/%s/workflow.knime" % r.choice(["Monatsabschluss", "Sales Dashboard Feed", "Inventory_Model"]), "\n".join(out)


@tpl("knime_get_request_header", "hubspot", "access_token", "hubspot", "xml")
def _t(r, v, pos):
    ents = ['<entry key="Constant URI" type="xstring" value="https://api.hubapi.com/crm/v3/objects/contacts?limit=100"/>',
            '<entry key="Use constant URI" type="xboolean" value="true"/>',
            '<config key="Request header parameters">',
            '    <entry key="array-size" type="xint" value="2"/>',
            '    <entry key="0" type="xstring" value="Authorization"/>',
            '    <entry key="1" type="xstring" value="Accept"/>',
            '</config>',
            '<config key="Request header values">',
            '    <entry key="array-size" type="xint" value="2"/>',
            '    <entry key="0" type="xstring" value="Bearer %s"/>' % xe(v),
            '    <entry key="1" type="xstring" value="application/json"/>',
            '</config>',
            '<entry key="Timeout (s)" type="xint" value="30"/>']
    return knime_path(r, "GET Request", r.randint(1, 60)), knime_settings(r, "org.knime.rest.nodes.get.RestGetNodeFactory", "GET Request", ents)


@tpl("knime_python_script", "google", "api_key", "google_api", "xml")
def _t(r, v, pos):
    code = "%%%%00010".join(["import knime.scripting.io as knio", "import requests", "",
                             "API_KEY = &quot;%s&quot;" % xe(v),
                             "df = knio.input_tables[0].to_pandas()",
                             "res = [requests.get(&quot;https://maps.googleapis.com/maps/api/geocode/json&quot;, params={&quot;address&quot;: a, &quot;key&quot;: API_KEY}).json() for a in df[&quot;address&quot;]]",
                             "knio.output_tables[0] = knio.Table.from_pandas(df)"])
    ents = ['<entry key="script" type="xstring" value="%s"/>' % code.replace("%%%%", "%%"),
            '<entry key="python3_command" type="xstring" value=""/>',
            '<entry key="executable_selection" type="xstring" value="PREFERENCES"/>']
    return knime_path(r, "Python Script", r.randint(1, 60)), knime_settings(r, "org.knime.python3.scripting.nodes2.script.PythonScriptNodeFactory", "Python Script", ents)


@tpl("knime_amazon_auth", "aws", "secret_key", "aws_secret", "xml")
def _t(r, v, pos):
    kid = ("AKIA" + rs(r, 16, UP + "234567")) if pos else "AKIAIOSFODNN7EXAMPLE"
    ents = ['<config key="authentication">',
            '    <entry key="selectedType" type="xstring" value="ACCESS_KEY_SECRET"/>',
            '    <entry key="accessKeyId" type="xstring" value="%s"/>' % kid,
            '    <entry key="secretAccessKey" type="xstring" value="%s"/>' % xe(v),
            '</config>',
            '<entry key="region" type="xstring" value="%s"/>' % r.choice(["eu-central-1", "us-east-1", "eu-west-1"]),
            '<entry key="switchRole" type="xboolean" value="false"/>']
    return knime_path(r, "Amazon Authenticator", r.randint(1, 60)), knime_settings(r, "org.knime.cloud.aws.AmazonAuthenticatorNodeFactory", "Amazon Authenticator", ents)


@tpl("knime_snowflake_key", "snowflake", "private_key", "pem", "xml")
def _t(r, v, pos):
    if pos:
        key = "%%00010".join(["-----BEGIN PRIVATE KEY-----"] + v + ["-----END PRIVATE KEY-----"])
    else:
        key = ""
    ents = ['<config key="connection">',
            '    <entry key="dialect" type="xstring" value="snowflake"/>',
            '    <entry key="database_url" type="xstring" value="jdbc:snowflake://%s.snowflakecomputing.com/?warehouse=BI_WH&amp;db=%s"/>' % (host(r, "sf"), db(r)),
            '</config>',
            '<config key="authentication">',
            '    <entry key="authentication_type" type="xstring" value="KEY_PAIR"/>',
            '    <entry key="user" type="xstring" value="%s"/>' % user(r).upper(),
            '    <entry key="private_key" type="xstring" value="%s"/>' % key,
            '</config>']
    return knime_path(r, "Snowflake Connector", r.randint(1, 60)), knime_settings(r, "org.knime.snowflake.SnowflakeConnectorNodeFactory", "Snowflake Connector", ents)


# ---------------------------------------------------------------- RapidMiner
def rmp_wrap(r, ops):
    out = ['<?xml version="1.0" encoding="UTF-8"?><process version="%s">' % r.choice(["9.10.001", "10.1.003", "10.3.001", "9.8.001"]),
           '  <context>', '    <input/>', '    <output/>', '    <macros/>', '  </context>',
           '  <operator activated="true" class="process" compatibility="9.10.001" expanded="true" name="Process">',
           '    <parameter key="logverbosity" value="init"/>', '    <parameter key="random_seed" value="2001"/>',
           '    <parameter key="send_mail" value="never"/>', '    <process expanded="true">']
    out += ops
    out += ['    </process>', '  </operator>', '</process>', '']
    return "\n".join(out)


def rm_filler(r):
    return r.choice([
        ['      <operator activated="true" class="select_attributes" compatibility="10.1.003" expanded="true" height="82" name="Select Attributes" width="90" x="313" y="34">',
         '        <parameter key="attribute_filter_type" value="subset"/>', '        <parameter key="attributes" value="customer_id|tenure|monthly_charges|churn"/>', '      </operator>'],
        ['      <operator activated="true" class="concurrency:parallel_decision_tree" compatibility="10.1.003" expanded="true" height="103" name="Decision Tree" width="90" x="447" y="34">',
         '        <parameter key="criterion" value="gain_ratio"/>', '        <parameter key="maximal_depth" value="10"/>', '      </operator>'],
        []])


@tpl("rmp_read_database_url", "mysql", "db_password", "pw_url", "rmp")
def _t(r, v, pos):
    url = "jdbc:mysql://%s:3306/%s?user=%s&password=%s&useSSL=true" % (host(r, "mysql"), db(r).lower(), user(r), v)
    op = ['      <operator activated="true" class="jdbc_connectors:read_database" compatibility="10.1.003" expanded="true" height="68" name="Read Database" width="90" x="112" y="34">',
          '        <parameter key="define_connection" value="url"/>',
          '        <parameter key="database_system" value="MySQL"/>',
          '        <parameter key="database_url" value="%s"/>' % xe(url),
          '        <parameter key="define_query" value="query"/>',
          '        <parameter key="query" value="SELECT * FROM %s WHERE load_date &gt;= CURDATE() - INTERVAL 30 DAY"/>' % table(r),
          '        <parameter key="use_default_schema" value="true"/>',
          '      </operator>']
    ops = rm_filler(r) + op + rm_filler(r)
    return "processes/%s.rmp" % r.choice(["churn_training", "read_crm", "Absatzprognose", "scoring_batch"]), rmp_wrap(r, ops)


@tpl("rmp_password_param", "postgres", "db_password", "pw", "rmp", refs=["%{db_password}"])
def _t(r, v, pos):
    op = ['      <operator activated="true" class="jdbc_connectors:write_database" compatibility="10.1.003" expanded="true" height="82" name="Write Database" width="90" x="581" y="34">',
          '        <parameter key="define_connection" value="url"/>',
          '        <parameter key="database_url" value="jdbc:postgresql://%s:5432/%s"/>' % (host(r, "pg"), db(r).lower()),
          '        <parameter key="username" value="%s"/>' % user(r),
          '        <parameter key="password" value="%s"/>' % xe(v),
          '        <parameter key="table_name" value="scores_%s"/>' % r.choice(["churn", "fraud", "uplift"]),
          '        <parameter key="overwrite_mode" value="overwrite"/>',
          '        <parameter key="batch_size" value="1000"/>',
          '      </operator>']
    ops = rm_filler(r) + rm_filler(r) + op
    return "rapidminer/repository/%s/write_scores.rmp" % company(r), rmp_wrap(r, ops)


@tpl("rmp_python_script", "fred", "api_key", "fred", "rmp")
def _t(r, v, pos):
    script = "&#10;".join(["import pandas as pd", "from fredapi import Fred", "",
                          "def rm_main():", "    fred = Fred(api_key='%s')" % v,
                          "    s = fred.get_series('%s')" % r.choice(["CPIAUCSL", "UNRATE", "DGS10", "GDPC1"]),
                          "    return s.reset_index()"])
    op = ['      <operator activated="true" class="python_scripting:execute_python" compatibility="10.1.000" expanded="true" height="82" name="Execute Python" width="90" x="112" y="136">',
          '        <parameter key="script" value="%s"/>' % script,
          '        <parameter key="notebook_cell_tag_filter" value=""/>',
          '        <parameter key="use_default_python" value="true"/>',
          '      </operator>']
    ops = op + rm_filler(r)
    return "processes/macro_indicators.rmp", rmp_wrap(r, ops)


# ---------------------------------------------------------------- SAS
def sas_header(r, title):
    return "\n".join(["/" + "*" * 70,
                      " * Program : %s" % title,
                      " * Author  : %s" % person(r),
                      " * Created : %s" % date(r),
                      " * Purpose : %s" % r.choice(["monthly claims extract", "Kundenbestand laden", "churn model scoring input",
                                                    "regulatory report feed", "extraction des ventes"]),
                      " " + "*" * 70 + "/", ""])


def sas_fill(r):
    return r.choice([
        "data work.%s;\n  set src.%s(where=(year(load_dt) = %d));\n  margin = revenue - cost;\nrun;\n" % (table(r).lower(), table(r).lower(), r.randint(2019, 2025)),
        "proc means data=work.base n mean std min max;\n  class region;\n  var revenue;\nrun;\n",
        "options mprint mlogic symbolgen compress=yes;\n",
        "proc sort data=work.base nodupkey; by customer_id; run;\n",
        "%%let run_month = %d%02d;\n" % (r.randint(2019, 2025), r.randint(1, 12)),
        "ods excel file=\"/sas/reports/kpi_&run_month..xlsx\";\nproc freq data=work.base; tables segment*churn_flag / nocol; run;\nods excel close;\n",
        ""])


def sas_prog(r, title, core):
    parts = [sas_fill(r) for _ in range(r.randint(0, 3))]
    parts.insert(r.randint(0, len(parts)), core)
    if r.random() < 0.5:
        parts.insert(0, sas_fill(r))
    return sas_header(r, title) + "\n".join(parts) + "\n"


SAS_REFS = ["&dbpass", "&password", "%sysget(ORA_PWD)", "&sysparm"]


@tpl("sas_libname_oracle", "oracle", "db_password", "pw_sas", "sas", refs=SAS_REFS)
def _t(r, v, pos):
    core = 'libname %s oracle user=%s password="%s" path="%s:1521/%s" schema=%s;\n' % (
        r.choice(["ora", "erp", "dwh", "src"]), user(r).upper(), v, host(r, "ora"), r.choice(["ERPPRD", "DWHP", "ORCL"]), schema(r).upper())
    return "sas/programs/%s.sas" % r.choice(["01_extract", "load_erp", "claims_extract", "import_ora"]), sas_prog(r, "extract", core)


@tpl("sas_libname_snowflake", "snowflake", "db_password", "pw_sas", "sas", refs=SAS_REFS)
def _t(r, v, pos):
    core = ('libname snow snow server="%s.snowflakecomputing.com"\n    user=%s password="%s"\n    database=%s schema=PUBLIC warehouse=%s\n    preserve_tab_names=yes;\n') % (
        host(r, "sf"), user(r).upper(), v, db(r).upper(), r.choice(["BI_WH", "SAS_WH"]))
    return "sas/autoexec_snowflake.sas", sas_prog(r, "autoexec", core)


@tpl("sas_filename_url", "sharepoint", "password", "pw_sas", "sas", refs=SAS_REFS)
def _t(r, v, pos):
    core = ('filename src url "https://intranet.%s.com/reports/export.csv"\n    user="%s" pass="%s" debug;\n\n'
            'proc import datafile=src out=work.export dbms=csv replace;\n  getnames=yes;\nrun;\n') % (company(r), user(r), v)
    return "sas/import_intranet.sas", sas_prog(r, "import", core)


@tpl("sas_proc_sql_odbc", "sqlserver", "db_password", "pw_sas", "sas", refs=SAS_REFS)
def _t(r, v, pos):
    core = ('proc sql;\n  connect to odbc as dw (dsn="%s" uid="%s" pwd="%s");\n  create table work.sales as\n  select * from connection to dw\n'
            '    (select region, sum(amount) as amt from %s.%s group by region);\n  disconnect from dw;\nquit;\n') % (
        r.choice(["DWH_PROD", "SQLDW", "FinanzDWH"]), user(r), v, schema(r), table(r))
    return "code/%s.sas" % r.choice(["sales_pull", "passthrough_dw", "monthly_sales"]), sas_prog(r, "sql pass-through", core)


@tpl("sas_let_pw", "teradata", "db_password", "pw_sas", "sas", refs=["%sysget(TD_PASS)", "&sysparm"])
def _t(r, v, pos):
    core = ('%%let td_user = %s;\n%%let td_pw   = %s;\n\nlibname td teradata server="%s" user="&td_user" password="&td_pw" mode=teradata;\n') % (
        user(r), v, host(r, "td"))
    return "sas/macros/td_connect.sas", sas_prog(r, "td connect", core)


@tpl("sas_proc_http_bearer", "salesforce", "access_token", "sf_access", "sas", refs=["&sf_token"])
def _t(r, v, pos):
    core = ('filename resp temp;\nproc http\n  url="https://%s.my.salesforce.com/services/data/v59.0/query?q=SELECT+Id,Name+FROM+Opportunity"\n'
            '  method="GET" out=resp;\n  headers "Authorization"="Bearer %s"\n          "Accept"="application/json";\nrun;\nlibname sf json fileref=resp;\n') % (company(r), v)
    return "sas/salesforce/pull_opps.sas", sas_prog(r, "salesforce pull", core)


@tpl("sas_proc_s3", "aws", "secret_key", "aws_secret", "sas")
def _t(r, v, pos):
    kid = ("AKIA" + rs(r, 16, UP + "234567")) if pos else "AKIAIOSFODNN7EXAMPLE"
    core = ('proc s3 keyid="%s" secret="%s" region="euc1";\n  put "/sas/out/%s.csv" "/%s-exports/sas/%s.csv";\nrun;\n') % (
        kid, v, table(r).lower(), company(r), table(r).lower())
    return "sas/export_to_s3.sas", sas_prog(r, "s3 export", core)


@tpl("sas_caslib_postgres", "postgres", "db_password", "pw_sas", "sas", refs=SAS_REFS)
def _t(r, v, pos):
    core = ('cas mysess;\ncaslib pgdata datasource=(srctype="postgres", server="%s", username="%s",\n    password="%s", database="%s", schema="%s") libref=pgdata;\n') % (
        host(r, "pg"), user(r), v, db(r).lower(), schema(r))
    return "viya/caslib_postgres.sas", sas_prog(r, "viya caslib", core)


@tpl("sas_eg_code", "teradata", "db_password", "pw_sas", "sas", refs=SAS_REFS)
def _t(r, v, pos):
    hdr = ("/* --------------------------------------------------------------------\n   Code generated by a SAS task\n\n   Generated on: %s\n"
           "   By task: Query Builder\n\n   Input Data: TD.%s\n   Server:  SASApp\n   -------------------------------------------------------------------- */\n\n") % (
        r.choice(["Monday, 12 June 2023 at 09:41:02", "Donnerstag, 7. März 2024 um 14:03:55", "Friday, 3 November 2023 at 16:22:10"]), table(r))
    core = ('LIBNAME TD TERADATA SERVER="%s" USER=%s PASSWORD="%s" DATABASE=%s;\n\n%%_eg_conditional_dropds(WORK.QUERY_FOR_%s);\n'
            'PROC SQL;\n   CREATE TABLE WORK.QUERY_FOR_%s AS\n   SELECT t1.* FROM TD.%s t1;\nQUIT;\n') % (
        host(r, "td"), user(r).upper(), v, db(r), table(r).upper(), table(r).upper(), table(r).upper())
    return "EG/%s/Code/Query_Builder.sas" % r.choice(["Claims_Project", "Monatsreport", "Risk_Dashboard"]), hdr + core


@tpl("sas_authinfo", "sas", "db_password", "pw", "authinfo")
def _t(r, v, pos):
    lines = ["# SAS/ACCESS authinfo - keep chmod 600", ""]
    other = ["host %s user %s" % (host(r, "ora"), user(r))]
    main = "default user %s password %s" % (user(r), v) if r.random() < 0.5 else "host %s port 5432 user %s password %s" % (host(r, "pg"), user(r), v)
    ls = other + [main]
    r.shuffle(ls)
    return r.choice(["sas/config/_authinfo", "home/sasdemo/.authinfo"]), "\n".join(lines + ls) + "\n"


# ---------------------------------------------------------------- SPSS
def sps_fill(r):
    return r.choice(["DATASET NAME raw WINDOW=FRONT.\n", "FREQUENCIES VARIABLES=region segment\n  /ORDER=ANALYSIS.\n",
                     "COMPUTE margin = revenue - cost.\nEXECUTE.\n", "* Stand: %s, %s.\n" % (date(r), person(r)),
                     "DESCRIPTIVES VARIABLES=age income tenure\n  /STATISTICS=MEAN STDDEV MIN MAX.\n", ""])


@tpl("spss_get_data_odbc", "sqlserver", "db_password", "pw_odbc", "sps")
def _t(r, v, pos):
    core = ("GET DATA\n  /TYPE=ODBC\n  /CONNECT='DSN=%s;UID=%s;PWD=%s;APP=IBM SPSS Products: Statistics Common;WSID=%s;DATABASE=%s'\n"
            "  /SQL='SELECT customer_id, age, income, churn FROM %s.%s'\n  /ASSUMEDSTRWIDTH=255\n  /UNENCRYPTED.\nCACHE.\nEXECUTE.\n") % (
        r.choice(["DWH", "SurveyDB", "CRM_PROD"]), user(r), v, "PC%04d" % r.randint(1, 9999), db(r), schema(r), table(r))
    parts = [sps_fill(r) for _ in range(r.randint(0, 3))]
    parts.insert(r.randint(0, len(parts)), core)
    return "syntax/%s.sps" % r.choice(["01_daten_laden", "load_survey", "churn_import"]), "\n".join(parts) + "\n"


@tpl("spss_save_translate", "postgres", "db_password", "pw_odbc", "sps")
def _t(r, v, pos):
    core = ("SAVE TRANSLATE /TYPE=ODBC\n  /CONNECT='DRIVER={PostgreSQL Unicode};SERVER=%s;PORT=5432;DATABASE=%s;UID=%s;PWD=%s;'\n"
            "  /ENCRYPTED=NO\n  /MISSING=IGNORE\n  /REPLACE\n  /TABLE='survey_scores'\n  /KEEP=respondent_id score segment.\n") % (host(r, "pg"), db(r).lower(), user(r), v)
    parts = [sps_fill(r) for _ in range(r.randint(1, 3))] + [core]
    return "spss/export_scores.sps", "\n".join(parts) + "\n"


@tpl("spss_python_block", "google", "api_key", "google_api", "sps")
def _t(r, v, pos):
    core = ("BEGIN PROGRAM PYTHON3.\nimport spss, requests\nAPI_KEY = '%s'\nurl = 'https://sheets.googleapis.com/v4/spreadsheets/%s/values/A1:F500'\n"
            "rows = requests.get(url, params={'key': API_KEY}).json()['values']\nprint(len(rows))\nEND PROGRAM.\n") % (v, rs(r, 44, B64U))
    parts = [sps_fill(r) for _ in range(r.randint(0, 2))] + [core, sps_fill(r)]
    return "syntax/import_sheet.sps", "\n".join(parts) + "\n"


# ---------------------------------------------------------------- Stata
def do_fill(r):
    return r.choice(["clear all\nset more off\n", "version 17\n", "* Stand %s (%s)\n" % (date(r), person(r)),
                     "compress\nsave \"data/derived/%s.dta\", replace\n" % table(r).lower(),
                     "tabulate region segment, row\n", "summarize revenue, detail\n", "log using \"logs/extract.log\", replace text\n", ""])


@tpl("stata_odbc_load", "sqlserver", "db_password", "pw_stata", "do", refs=["`pw'", "$DBPW"])
def _t(r, v, pos):
    core = 'odbc load, exec("SELECT * FROM %s.%s WHERE fiscal_year = %d") ///\n    dsn("%s") user("%s") password("%s") clear\n' % (
        schema(r), table(r), r.randint(2018, 2025), r.choice(["DWH", "FinanzDB", "claims_ro"]), user(r), v)
    parts = [do_fill(r) for _ in range(r.randint(1, 4))]
    parts.insert(r.randint(0, len(parts)), core)
    return "do/%s.do" % r.choice(["01_import", "load_dwh", "extract_claims"]), "\n".join(parts) + "\n"


@tpl("stata_odbc_connstr", "mysql", "db_password", "pw_stata", "do", refs=["`pw'"])
def _t(r, v, pos):
    core = 'odbc load, table("%s") ///\n    connectionstring("DRIVER={MySQL ODBC 8.0 Unicode Driver};SERVER=%s;DATABASE=%s;UID=%s;PWD=%s;") clear\n' % (
        table(r), host(r, "mysql"), db(r).lower(), user(r), v)
    parts = [do_fill(r) for _ in range(r.randint(0, 3))] + [core, do_fill(r)]
    return "stata/import_mysql.do", "\n".join(parts) + "\n"


@tpl("stata_local_pw", "postgres", "db_password", "pw_stata", "do", refs=['"$PGPASS"'])
def _t(r, v, pos):
    core = ('local db_user "%s"\nlocal db_pw "%s"\nodbc load, exec("select * from %s") ///\n    connectionstring("Driver={PostgreSQL Unicode};Server=%s;Database=%s;Uid=`db_user\';Pwd=`db_pw\';") clear\n') % (
        user(r), v, table(r), host(r, "pg"), db(r).lower())
    parts = [do_fill(r) for _ in range(r.randint(0, 2))] + [core]
    return "code/stata/pg_extract.do", "\n".join(parts) + "\n"


@tpl("stata_fredkey", "fred", "api_key", "fred", "do")
def _t(r, v, pos):
    core = "set fredkey %s, permanently\nimport fred %s, daterange(%d-01-01 .) aggregate(quarterly) clear\n" % (
        v, " ".join(r.sample(["CPIAUCSL", "UNRATE", "GDPC1", "FEDFUNDS", "DGS10"], 2)), r.randint(1990, 2010))
    parts = [do_fill(r) for _ in range(r.randint(0, 2))] + [core, do_fill(r)]
    return r.choice(["profile.do", "do/macro_data.do"]), "\n".join(parts) + "\n"


# ---------------------------------------------------------------- EViews
@tpl("eviews_wfopen_odbc", "sqlserver", "db_password", "pw_odbc", "prg")
def _t(r, v, pos):
    body = ["' %s - %s" % (r.choice(["quarterly model update", "Prognosemodell laden", "load sales panel"]), person(r)),
            "%%start = \"%d\"" % r.randint(1995, 2010),
            'wfopen(type=odbc) "DSN=%s;UID=%s;PWD=%s;" "SELECT period, gdp, cpi, unemp FROM %s.macro_q"' % (r.choice(["MacroDB", "DWH"]), user(r), v, schema(r)),
            "pagestruct(freq=q, start=%start)",
            "equation eq1.ls log(gdp) c log(cpi) unemp",
            "eq1.forecast gdp_f"]
    return "eviews/%s.prg" % r.choice(["update_model", "laden", "forecast_q"]), "\n".join(body) + "\n"


@tpl("eviews_dbopen", "postgres", "db_password", "pw_odbc", "prg")
def _t(r, v, pos):
    body = ["' connect to the series database",
            'dbopen(type=odbc, server="%s", username=%s, password=%s) %s' % (host(r, "pg"), user(r), v, db(r).lower()),
            "fetch(d=%s) gdp cpi m2" % db(r).lower(), "smpl 2000q1 @last", "show gdp cpi"]
    return "eviews/fetch_series.prg", "\n".join(body) + "\n"


# ---------------------------------------------------------------- JMP
def jsl_head(r):
    return "// %s\n// %s, %s\nNames Default To Here( 1 );\n" % (r.choice(["Pull monthly yield data", "Datenabzug Qualität", "Churn dataset refresh"]), person(r), date(r))


@tpl("jsl_open_database", "sqlserver", "db_password", "pw_odbc", "jsl")
def _t(r, v, pos):
    core = 'dt = Open Database(\n\t"DSN=%s;UID=%s;PWD=%s;DATABASE=%s;",\n\t"SELECT lot_id, wafer, yield_pct FROM %s.%s WHERE run_date >= \'%s\'",\n\t"%s"\n);\n' % (
        r.choice(["MES_PROD", "QualityDW", "FAB_DW"]), user(r), v, db(r), schema(r), table(r), date(r), table(r))
    tail = r.choice(['dt << Distribution( Column( :yield_pct ) );\n', 'Graph Builder( Variables( X( :wafer ), Y( :yield_pct ) ) );\n', ''])
    return "jmp/scripts/%s.jsl" % r.choice(["pull_yield", "abzug", "refresh"]), jsl_head(r) + core + tail


@tpl("jsl_new_sql_query", "postgres", "db_password", "pw_odbc", "jsl")
def _t(r, v, pos):
    core = ('New SQL Query(\n\tVersion( 130 ),\n\tConnection(\n\t\t"ODBC:DRIVER={PostgreSQL Unicode(x64)};DATABASE=%s;SERVER=%s;PORT=5432;UID=%s;PWD=%s;SSLmode=require;"\n\t),\n'
            '\tQueryName( "%s" ),\n\tSelect( Column( "customer_id", "t1" ), Column( "segment", "t1" ) ),\n\tFrom( Table( "%s", Schema( "%s" ), Alias( "t1" ) ) )\n) << Run;\n') % (
        db(r).lower(), host(r, "pg"), user(r), v, table(r), table(r), schema(r))
    return "jmp/queries/%s.jsl" % table(r).lower(), jsl_head(r) + core


@tpl("jsl_http_request", "datarobot", "api_token", "datarobot", "jsl")
def _t(r, v, pos):
    core = ('request = New HTTP Request(\n\tURL( "https://app.eu.datarobot.com/api/v2/deployments/%s/predictions" ),\n\tMethod( "POST" ),\n'
            '\tHeaders( {"Authorization: Bearer %s", "Content-Type: text/csv"} ),\n\tData( dt << Get As CSV )\n);\nresult = request << Send;\n') % (rs(r, 24, HEXL), v)
    return "jmp/score_with_datarobot.jsl", jsl_head(r) + core


# ---------------------------------------------------------------- Orange
@tpl("orange_python_script", "shopify", "access_token", "shopify", "ows")
def _t(r, v, pos):
    script = ("import requests\\nfrom Orange.data.pandas_compat import table_from_frame\\nimport pandas as pd\\n\\n"
              "TOKEN = '%s'\\nr = requests.get('https://%s.myshopify.com/admin/api/2024-01/orders.json', headers={'X-Shopify-Access-Token': TOKEN})\\n"
              "out_data = table_from_frame(pd.json_normalize(r.json()['orders']))\\n") % (v, company(r))
    ows = ['<?xml version=\'1.0\' encoding=\'utf-8\'?>',
           '<scheme version="2.0" title="%s" description="">' % r.choice(["Shop orders", "Bestellungen", "orders clustering"]),
           '\t<nodes>',
           '\t\t<node id="0" name="Python Script" qualified_name="Orange.widgets.data.owpythonscript.OWPythonScript" project_name="Orange3" version="" title="Python Script" position="(150, 150)" />',
           '\t\t<node id="1" name="Data Table" qualified_name="Orange.widgets.data.owtable.OWDataTable" project_name="Orange3" version="" title="Data Table" position="(300, 150)" />',
           '\t</nodes>', '\t<links>',
           '\t\t<link id="0" source_node_id="0" sink_node_id="1" source_channel="Data" sink_channel="Data" enabled="true" source_channel_id="data" sink_channel_id="data" />',
           '\t</links>', '\t<annotations />', '\t<thumbnail />', '\t<node_properties>',
           '\t\t<properties node_id="0" format="literal">{\'controlAreaVisible\': True, \'currentScriptIndex\': 0, \'saved_geometry\': None, \'scriptLibrary\': [{\'name\': \'orders\', \'script\': "%s", \'filename\': None}], \'scriptText\': "%s", \'splitterState\': None, \'vimModeEnabled\': False, \'__version__\': 2}</properties>' % (xe(script), xe(script)),
           '\t\t<properties node_id="1" format="literal">{\'auto_commit\': True, \'color_by_class\': True, \'dist_color_RGB\': (220, 220, 220, 255), \'select_rows\': True, \'show_attribute_labels\': True, \'show_distributions\': False, \'__version__\': 2}</properties>',
           '\t</node_properties>', '\t<session_state>', '\t\t<window_groups />', '\t</session_state>', '</scheme>', '']
    return "orange/%s.ows" % r.choice(["shop_orders", "bestellungen", "order_clusters"]), "\n".join(ows)


# ---------------------------------------------------------------- Power Query M
@tpl("pq_odbc_pwd", "sqlserver", "db_password", "pw_odbc", "pq")
def _t(r, v, pos):
    m = ('let\n    Source = Odbc.Query("driver={ODBC Driver 18 for SQL Server};server=%s;database=%s;uid=%s;pwd=%s;Encrypt=yes", "SELECT * FROM %s.%s"),\n'
         '    #"Changed Type" = Table.TransformColumnTypes(Source, {{"OrderDate", type date}, {"Amount", type number}})\nin\n    #"Changed Type"\n') % (
        host(r), db(r), user(r), v, schema(r), table(r))
    return "powerquery/%s.pq" % r.choice(["Sales", "FactOrders", "Umsatz"]), m


@tpl("pq_web_bearer", "hubspot", "access_token", "hubspot", "pq")
def _t(r, v, pos):
    m = ('let\n    Token = "%s",\n    Source = Json.Document(Web.Contents("https://api.hubapi.com", [RelativePath = "crm/v3/objects/deals", Query = [limit = "100"],\n'
         '        Headers = [Authorization = "Bearer " & Token, Accept = "application/json"]])),\n    results = Source[results],\n    #"To Table" = Table.FromList(results, Splitter.SplitByNothing())\nin\n    #"To Table"\n') % v
    return "queries/HubSpotDeals.pq", m


@tpl("pq_stripe", "stripe", "secret_key", "stripe", "pq")
def _t(r, v, pos):
    m = ('// Stripe charges for finance dashboard\nlet\n    Source = Json.Document(Web.Contents("https://api.stripe.com/v1/charges?limit=100",\n'
         '        [Headers = [Authorization = "Bearer %s"]])),\n    data = Source[data],\n    Tbl = Table.FromRecords(data)\nin\n    Tbl\n') % v
    return "PowerBI/Queries/StripeCharges.m", m


@tpl("pq_google_api_key", "google", "api_key", "google_api", "pq")
def _t(r, v, pos):
    m = ('let\n    ApiKey = "%s",\n    SheetId = "%s",\n    Source = Json.Document(Web.Contents("https://sheets.googleapis.com/v4/spreadsheets/" & SheetId & "/values/Targets!A1:H200",\n'
         '        [Query = [key = ApiKey]])),\n    values = Source[values]\nin\n    values\n') % (v, rs(r, 44, B64U))
    return "pq/Targets_from_GoogleSheet.pq", m


@tpl("pq_databricks", "databricks", "pat", "databricks", "pq")
def _t(r, v, pos):
    m = ('let\n    Host = "adb-%d.%d.azuredatabricks.net",\n    Token = "%s",\n    Source = Json.Document(Web.Contents("https://" & Host & "/api/2.0/sql/statements",\n'
         '        [Headers = [Authorization = "Bearer " & Token, #"Content-Type" = "application/json"],\n         Content = Json.FromValue([warehouse_id = "%s", statement = "SELECT * FROM gold.%s"])]))\nin\n    Source\n') % (
        r.randint(10 ** 15, 10 ** 16 - 1), r.randint(1, 19), v, rs(r, 16, HEXL), table(r).lower())
    return "powerquery/DatabricksGold.pq", m


@tpl("pq_shopify", "shopify", "access_token", "shopify", "pq")
def _t(r, v, pos):
    m = ('let\n    Source = Json.Document(Web.Contents("https://%s.myshopify.com/admin/api/2024-04/products.json",\n'
         '        [Headers = [#"X-Shopify-Access-Token" = "%s"]])),\n    products = Source[products]\nin\n    Table.FromRecords(products)\n') % (company(r), v)
    return "powerbi/queries/ShopifyProducts.pq", m


# ---------------------------------------------------------------- Tableau
@tpl("tsc_pat_python", "tableau", "pat_secret", "tableau_pat", "py")
def _t(r, v, pos):
    src = ('import tableauserverclient as TSC\n\nTOKEN_NAME = "%s"\nTOKEN_SECRET = "%s"\nSITE = "%s"\n\n'
           'auth = TSC.PersonalAccessTokenAuth(TOKEN_NAME, TOKEN_SECRET, site_id=SITE)\nserver = TSC.Server("https://%s", use_server_version=True)\n\n'
           'with server.auth.sign_in(auth):\n    for ds in TSC.Pager(server.datasources):\n        if ds.name.startswith("%s"):\n            server.datasources.refresh(ds)\n') % (
        r.choice(["refresh-bot", "prep_conductor", "ci-publish"]), v, r.choice(["finance", "Vertrieb", "analytics"]),
        r.choice(["tableau.%s.com" % company(r), "prod-useast-a.online.tableau.com", "10ax.online.tableau.com"]), r.choice(["Sales", "KPI", "HR"]))
    return "tableau/scripts/refresh_extracts.py", src


@tpl("tableau_prep_credentials", "postgres", "db_password", "pw", "json")
def _t(r, v, pos):
    d = {"inputConnections": [{"hostname": host(r, "pg"), "port": "5432", "username": user(r), "password": v}],
         "outputConnections": [{"serverUrl": "https://tableau.%s.com" % company(r), "contentUrl": r.choice(["finance", "", "ops"]),
                                "username": "tableau_svc", "password": "${TABLEAU_PASSWORD}"}]}
    if r.random() < 0.5:
        d["outputConnections"][0]["password"] = ""
    return "prep/credentials/%s.json" % r.choice(["sales_flow", "credentials", "nightly"]), json.dumps(d, indent=r.choice([2, 4])) + "\n"


@tpl("tabcmd_login", "tableau", "password", "pw_url", "bat")
def _t(r, v, pos):
    s = ('@echo off\nREM Nightly publish of extracts - %s\nset TABCMD="C:\\Program Files\\Tableau\\Tableau Server\\%s\\extras\\Command Line Utility\\tabcmd.exe"\n'
         '%%TABCMD%% login -s https://tableau.%s.com -t %s -u %s -p %s\n%%TABCMD%% refreshextracts --datasource "%s" --synchronous\n%%TABCMD%% logout\n') % (
        person(r), r.choice(["2023.1", "2022.3"]), company(r), r.choice(["Finance", "Sales"]), user(r), v, table(r))
    return "scripts/publish_extracts.bat", s


@tpl("tableau_rest_yaml", "tableau", "pat_secret", "tableau_pat", "yaml")
def _t(r, v, pos):
    y = ("# metadata api export job\ntableau:\n  server: https://%s\n  site: %s\n  api_version: \"3.21\"\n  pat_name: %s\n  pat_secret: \"%s\"\nexport:\n  output_dir: ./lineage\n  include_workbooks: true\n") % (
        r.choice(["prod-useast-b.online.tableau.com", "tableau.%s.com" % company(r)]), r.choice(["finance", "analytics"]), r.choice(["lineage-export", "catalog_bot"]), v)
    return "config/tableau_lineage.yaml", y


# ---------------------------------------------------------------- DataRobot / H2O
@tpl("drconfig_yaml", "datarobot", "api_token", "datarobot", "yaml")
def _t(r, v, pos):
    y = "endpoint: https://app.%sdatarobot.com/api/v2\ntoken: %s\n" % (r.choice(["", "eu.", "jp."]), v)
    if r.random() < 0.5:
        y += "ssl_verify: true\nmax_retries: 3\n"
    return r.choice(["drconfig.yaml", "config/datarobot/drconfig.yaml"]), y


@tpl("datarobot_python", "datarobot", "api_token", "datarobot", "py")
def _t(r, v, pos):
    src = ('import datarobot as dr\nimport pandas as pd\n\n# %s\ndr.Client(\n    endpoint="https://app.datarobot.com/api/v2",\n    token="%s",\n)\n\n'
           'project = dr.Project.create(sourcedata="data/%s.csv", project_name="%s")\nproject.analyze_and_model(target="%s", mode=dr.AUTOPILOT_MODE.QUICK)\n') % (
        r.choice(["churn autopilot", "Absatzprognose", "fraud v2"]), v, table(r).lower(), r.choice(["Churn Q3", "Fraud v2"]), r.choice(["churn", "is_fraud"]))
    return "notebooks/src/%s.py" % r.choice(["train_autopilot", "datarobot_run"]), src


@tpl("datarobot_r", "datarobot", "api_token", "datarobot", "R")
def _t(r, v, pos):
    src = ('library(datarobot)\n\nConnectToDataRobot(endpoint = "https://app.datarobot.com/api/v2",\n                   token = "%s")\n\n'
           'proj <- SetupProject(dataSource = "data/%s.csv", projectName = "%s")\nSetTarget(proj, target = "churn")\n') % (v, table(r).lower(), r.choice(["churn_r", "Kündiger"]))
    return "R/datarobot_train.R", src


@tpl("h2o_connect_py", "h2o", "password", "pw", "py")
def _t(r, v, pos):
    src = ('import h2o\n\nh2o.connect(url="https://h2o.%s.internal:54321", auth=("%s", "%s"), verify_ssl_certificates=False)\n'
           'frame = h2o.import_file("hdfs://nn01/data/%s.parquet")\nprint(frame.describe())\n') % (company(r), user(r), v, table(r).lower())
    return "ml/h2o/score_batch.py", src


@tpl("h2o_connect_r", "h2o", "password", "pw", "R")
def _t(r, v, pos):
    src = ('library(h2o)\n\nh2o.connect(ip = "h2o-%s.internal", port = 54321, https = TRUE, insecure = TRUE,\n            username = "%s", password = "%s")\n'
           'df <- h2o.importFile("s3://%s-ml/%s.csv")\naml <- h2o.automl(y = "churn", training_frame = df, max_runtime_secs = 600)\n') % (company(r), user(r), v, company(r), table(r).lower())
    return "analysis/h2o_automl.R", src


@tpl("driverlessai_client", "h2o", "password", "pw", "py")
def _t(r, v, pos):
    src = ('import driverlessai\n\ndai = driverlessai.Client(\n    address="https://dai.%s.com",\n    username="%s",\n    password="%s",\n)\n'
           'ds = dai.datasets.create(data="s3://%s-ml/train.csv", data_source="s3")\n') % (company(r), user(r), v, company(r))
    return "dai/launch_experiment.py", src


# ---------------------------------------------------------------- MATLAB
@tpl("matlab_database_dsn", "sqlserver", "db_password", "pw_mat", "m")
def _t(r, v, pos):
    src = ("%% %s\n%% %s\ndatasource = '%s';\nconn = database(datasource, '%s', '%s');\n\nsqlquery = 'SELECT * FROM %s.%s';\ndata = fetch(conn, sqlquery);\nclose(conn)\n") % (
        r.choice(["Load sensor data", "Daten laden", "pull production KPIs"]), person(r), r.choice(["MES", "DWH_PROD", "Plant01"]), user(r), v, schema(r), table(r))
    return "matlab/%s.m" % r.choice(["loadData", "ladeDaten", "fetchKPIs"]), src


@tpl("matlab_database_jdbc", "postgres", "db_password", "pw_mat", "m")
def _t(r, v, pos):
    src = ("function T = readScores()\n%%READSCORES load model scores from Postgres\nconn = database('%s', '%s', '%s', ...\n    'Vendor', 'PostgreSQL', 'Server', '%s', 'PortNumber', 5432);\n"
           "T = sqlread(conn, 'model_scores');\nclose(conn);\nend\n") % (db(r).lower(), user(r), v, host(r, "pg"))
    return "matlab/+io/readScores.m", src


@tpl("matlab_postgresql_native", "postgres", "db_password", "pw_mat", "m")
def _t(r, v, pos):
    src = ("username = \"%s\";\npassword = \"%s\";\nconn = postgresql(username, password, 'Server', '%s', 'DatabaseName', '%s');\nresults = sqlread(conn, \"%s\");\n") % (
        user(r), v, host(r, "pg"), db(r).lower(), table(r).lower())
    return "scripts/pg_import.m", src


@tpl("matlab_weboptions", "google", "oauth_client_secret", "google_oauth", "m")
def _t(r, v, pos):
    src = ("%% refresh GA4 report token\nclientId = '%d-%s.apps.googleusercontent.com';\nclientSecret = '%s';\n"
           "opts = weboptions('MediaType', 'application/x-www-form-urlencoded');\nresp = webwrite('https://oauth2.googleapis.com/token', 'client_id', clientId, ...\n"
           "    'client_secret', clientSecret, 'refresh_token', getenv('GA_REFRESH'), 'grant_type', 'refresh_token', opts);\n") % (
        r.randint(10 ** 11, 10 ** 12 - 1), rs(r, 32, LO + DIG), v)
    return "matlab/ga4/getToken.m", src


# ---------------------------------------------------------------- Qlik
def qvs_main(r):
    return ("///$tab Main\nSET ThousandSep='.';\nSET DecimalSep=',';\nSET MoneyFormat='#.##0,00 €;-#.##0,00 €';\nSET DateFormat='DD.MM.YYYY';\n"
            "SET FirstWeekDay=0;\nSET CollationLocale='de-DE';\n") if r.random() < 0.5 else (
        "///$tab Main\nSET ThousandSep=',';\nSET DecimalSep='.';\nSET DateFormat='M/D/YYYY';\nSET TimestampFormat='M/D/YYYY h:mm:ss[.fff] TT';\n")


@tpl("qlik_oledb_plain", "sqlserver", "db_password", "pw_odbc", "qvs", refs=["$(vDbPassword)"])
def _t(r, v, pos):
    s = qvs_main(r) + ("\n///$tab Extract\nOLEDB CONNECT32 TO [Provider=SQLOLEDB.1;Persist Security Info=True;User ID=%s;Password=%s;Initial Catalog=%s;Data Source=%s];\n\n"
                       "%s:\nSQL SELECT * FROM %s.%s.%s;\n\nSTORE %s INTO [lib://QVD/%s.qvd] (qvd);\n") % (
        user(r), v, db(r), host(r), table(r), db(r), schema(r), table(r), table(r), table(r))
    return "qlik/scripts/%s.qvs" % r.choice(["extract", "01_Extract_DWH", "load"]), s


@tpl("qlik_odbc_userid_password", "oracle", "db_password", "pw_odbc", "qvs", refs=["$(vPwd)"])
def _t(r, v, pos):
    s = qvs_main(r) + ("\nODBC CONNECT TO [%s] (UserId is %s, Password is %s);\n\n%s:\nLOAD *;\nSQL SELECT * FROM %s.%s;\n") % (
        r.choice(["ORA_ERP", "ERP_PROD"]), user(r).upper(), v, table(r), schema(r).upper(), table(r))
    return "QlikView/Load/%s.qvs" % r.choice(["ERP_Load", "Stammdaten"]), s


@tpl("qlik_rest_header", "salesforce", "access_token", "sf_access", "qvs", refs=["$(vToken)"])
def _t(r, v, pos):
    s = qvs_main(r) + ("\nLIB CONNECT TO 'REST_Salesforce';\n\nRestConnectorMasterTable:\nSQL SELECT \"Id\", \"Name\", \"Amount\"\nFROM JSON (wrap on) \"root\"\n"
                       "WITH CONNECTION (\n  URL \"https://%s.my.salesforce.com/services/data/v59.0/query?q=SELECT+Id,Name,Amount+FROM+Opportunity\",\n"
                       "  HTTPHEADER \"Authorization\" \"Bearer %s\"\n);\n") % (company(r), v)
    return "qlik/apps/sales/load_sf.qvs", s


@tpl("qlik_cloud_sdk", "qlik", "api_key", "qlik_jwt", "py")
def _t(r, v, pos):
    src = ('from qlik_sdk import Auth, AuthType, Config\n\nconfig = Config(\n    host="https://%s.%s.qlikcloud.com",\n    auth_type=AuthType.APIKey,\n    api_key="%s",\n)\n'
           'auth = Auth(config)\nuser = auth.rest(path="/users/me").json()\nprint(user["name"])\n') % (company(r), r.choice(["eu", "us", "de"]), v)
    return "qlik/automation/reload_apps.py", src


@tpl("qlik_cli_context", "qlik", "api_key", "qlik_jwt", "yml")
def _t(r, v, pos):
    y = ("current-context: %s\ncontexts:\n  %s:\n    headers:\n      Authorization: Bearer %s\n    server: https://%s.eu.qlikcloud.com\n    server-type: cloud\n") % (
        "prod", "prod", v, company(r))
    return "qlik/.qlik/contexts.yml", y


@tpl("qlik_set_var_key", "google", "api_key", "google_api", "qvs")
def _t(r, v, pos):
    s = qvs_main(r) + ("\nSET vApiKey = '%s';\n\nLIB CONNECT TO 'REST_Geocode';\nGeo:\nSQL SELECT \"lat\", \"lng\" FROM JSON \"location\"\n"
                       "WITH CONNECTION (URL \"https://maps.googleapis.com/maps/api/geocode/json\", QUERY \"key\" \"$(vApiKey)\");\n") % v
    return "qlik/geocode.qvs", s


# ---------------------------------------------------------------- companions
@tpl("r_dbi_odbc", "sqlserver", "db_password", "pw_odbc", "R", refs=['Sys.getenv("DB_PWD")'])
def _t(r, v, pos):
    src = ('library(DBI)\nlibrary(odbc)\n\ncon <- dbConnect(odbc::odbc(),\n                 Driver   = "ODBC Driver 17 for SQL Server",\n                 Server   = "%s",\n'
           '                 Database = "%s",\n                 UID      = "%s",\n                 PWD      = "%s",\n                 Port     = 1433)\n\n'
           'sales <- dbGetQuery(con, "SELECT * FROM %s.%s")\n') % (host(r), db(r), user(r), v, schema(r), table(r))
    return "R/%s.R" % r.choice(["01_load_data", "daten_laden", "pull_sales"]), src


@tpl("notebook_snowflake", "snowflake", "db_password", "pw", "ipynb")
def _t(r, v, pos):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# %s\n" % r.choice(["Churn EDA", "Kohortenanalyse", "Revenue deep-dive"])]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import snowflake.connector\n", "import pandas as pd\n", "\n",
                         "conn = snowflake.connector.connect(\n", "    account=\"%s\",\n" % host(r, "sf"), "    user=\"%s\",\n" % user(r).upper(),
                         "    password=\"%s\",\n" % v, "    warehouse=\"BI_WH\",\n", "    database=\"%s\",\n" % db(r).upper(), ")"]},
             {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
              "source": ["df = pd.read_sql(\"SELECT * FROM %s LIMIT 100000\", conn)\n" % table(r), "df.describe()"]}]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                        "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    return "notebooks/%s.ipynb" % r.choice(["01_eda", "cohorts", "revenue"]), json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


@tpl("odbc_ini_snowflake", "snowflake", "db_password", "pw_odbc", "ini")
def _t(r, v, pos):
    s = ("[ODBC Data Sources]\nSnowflakeDSII = SnowflakeDSIIDriver\n\n[SnowflakeDSII]\nDescription = Snowflake for SAS/Stata\nDriver      = /usr/lib64/snowflake/odbc/lib/libSnowflake.so\n"
         "Locale      = en-US\nserver      = %s.snowflakecomputing.com\nuid         = %s\npwd         = %s\ndatabase    = %s\nwarehouse   = %s\nrole        = ANALYST\n") % (
        host(r, "sf"), user(r).upper(), v, db(r).upper(), r.choice(["BI_WH", "SAS_WH"]))
    return r.choice(["etc/odbc.ini", "config/odbc.ini"]), s


@tpl("dbt_profiles", "redshift", "db_password", "pw", "yml", refs=["{{ env_var('DBT_PASSWORD') }}"])
def _t(r, v, pos):
    y = ("%s:\n  target: dev\n  outputs:\n    dev:\n      type: redshift\n      host: %s.%s.eu-west-1.redshift.amazonaws.com\n      user: %s\n      password: \"%s\"\n"
         "      port: 5439\n      dbname: %s\n      schema: dbt_%s\n      threads: 4\n") % (
        r.choice(["analytics", "finance_dbt", "marts"]), company(r), rs(r, 12, LO + DIG), user(r), v, db(r).lower(), user(r).split(".")[0].lower())
    return "dbt/profiles.yml", y


@tpl("ga_measurement_protocol", "google", "ga4_api_secret", "ga_mp", "py")
def _t(r, v, pos):
    src = ('import requests\n\nMEASUREMENT_ID = "G-%s"\nAPI_SECRET = "%s"\n\n\ndef send_event(client_id, name, params):\n'
           '    url = f"https://www.google-analytics.com/mp/collect?measurement_id={MEASUREMENT_ID}&api_secret={API_SECRET}"\n'
           '    return requests.post(url, json={"client_id": client_id, "events": [{"name": name, "params": params}]})\n') % (rs(r, 10, UP + DIG), v)
    return "tracking/ga4_offline_conversions.py", src


@tpl("simple_salesforce_token", "salesforce", "security_token", "sf_token", "py")
def _t(r, v, pos):
    src = ('import os\nfrom simple_salesforce import Salesforce\n\nsf = Salesforce(\n    username="%s@%s.com",\n    password=os.environ["SF_PASSWORD"],\n'
           '    security_token="%s",\n    domain="login",\n)\nopps = sf.query_all("SELECT Id, Amount, StageName FROM Opportunity")\n') % (user(r).replace("_", "."), company(r), v)
    return "etl/salesforce_extract.py", src


@tpl("sf_connected_app_json", "salesforce", "consumer_secret", "sf_consumer", "json")
def _t(r, v, pos):
    d = {"instance_url": "https://%s.my.salesforce.com" % company(r), "consumer_key": "3MVG9" + rs(r, 80, ALNUM + "._"),
         "consumer_secret": v, "username": "integration@%s.com" % company(r), "api_version": "59.0"}
    return "config/salesforce_connected_app.json", json.dumps(d, indent=2) + "\n"


@tpl("google_client_secret_json", "google", "oauth_client_secret", "google_oauth", "json")
def _t(r, v, pos):
    d = {"installed": {"client_id": "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, 32, LO + DIG)),
                       "project_id": "%s-analytics-%d" % (company(r), r.randint(100000, 999999)),
                       "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
                       "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs", "client_secret": v,
                       "redirect_uris": ["http://localhost"]}}
    return "ga_reporting/client_secret.json", json.dumps(d) + "\n"


@tpl("google_service_account", "google", "private_key", "pem", "json")
def _t(r, v, pos):
    pid = "%s-bi-%d" % (company(r), r.randint(100000, 999999))
    key = ("-----BEGIN PRIVATE KEY-----\n" + "\n".join(v) + "\n-----END PRIVATE KEY-----\n") if pos else ""
    d = {"type": "service_account", "project_id": pid, "private_key_id": rs(r, 40, HEXL), "private_key": key,
         "client_email": "ga4-export@%s.iam.gserviceaccount.com" % pid, "client_id": str(r.randint(10 ** 20, 10 ** 21 - 1)),
         "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
         "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
         "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ga4-export%%40%s.iam.gserviceaccount.com" % pid}
    return "credentials/%s.json" % r.choice(["ga4-service-account", "bq-reader", "sa_key"]), json.dumps(d, indent=2) + "\n"


@tpl("snowflake_p8", "snowflake", "private_key", "pem", "p8")
def _t(r, v, pos):
    if not pos:
        return "keys/rsa_key.p8", "-----BEGIN PRIVATE KEY-----\n<paste the contents of rsa_key.p8 here>\n-----END PRIVATE KEY-----\n"
    return r.choice(["keys/rsa_key.p8", "snowflake/sf_svc_tableau.p8"]), "-----BEGIN PRIVATE KEY-----\n" + "\n".join(v) + "\n-----END PRIVATE KEY-----\n"


@tpl("google_refresh_r", "google", "refresh_token", "google_refresh", "R")
def _t(r, v, pos):
    src = ('library(googleAnalyticsR)\nlibrary(httr)\n\n# token exported once from gargle cache\nga_token <- oauth2.0_token(\n  endpoint = oauth_endpoints("google"),\n'
           '  app = oauth_app("ga", key = Sys.getenv("GA_CLIENT_ID"), secret = Sys.getenv("GA_CLIENT_SECRET")),\n  credentials = list(refresh_token = "%s"),\n  cache = FALSE\n)\n'
           'ga_auth(token = ga_token)\nga_data(%d, metrics = "sessions", dimensions = "date", date_range = c("30daysAgo", "yesterday"))\n') % (v, r.randint(100000000, 499999999))
    return "R/ga4_sessions.R", src


@tpl("powerbi_sp_python", "azure", "client_secret", "azure_ad", "py")
def _t(r, v, pos):
    src = ('import msal\nimport requests\n\nTENANT_ID = "%s"\nCLIENT_ID = "%s"\nCLIENT_SECRET = "%s"\n\n'
           'app = msal.ConfidentialClientApplication(CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT_ID}", client_credential=CLIENT_SECRET)\n'
           'tok = app.acquire_token_for_client(scopes=["https://analysis.windows.net/powerbi/api/.default"])\n'
           'requests.post(f"https://api.powerbi.com/v1.0/myorg/groups/%s/datasets/%s/refreshes", headers={"Authorization": "Bearer " + tok["access_token"]})\n') % (
        guid(r), guid(r), v, guid(r), guid(r))
    return "powerbi/refresh_dataset.py", src


@tpl("azurestor_r", "azure", "storage_key", "azure_storage", "R")
def _t(r, v, pos):
    src = ('library(AzureStor)\n\nendp <- storage_endpoint("https://%sanalytics.blob.core.windows.net",\n                         key = "%s")\ncont <- storage_container(endp, "exports")\n'
           'storage_upload(cont, "out/%s.csv", "%s.csv")\n') % (company(r).replace("-", ""), v, table(r).lower(), table(r).lower())
    return "R/upload_blob.R", src


@tpl("mongo_uri_knime_py", "mongodb", "db_password", "pw_url", "py")
def _t(r, v, pos):
    src = ('from pymongo import MongoClient\nimport pandas as pd\n\nclient = MongoClient("mongodb+srv://%s:%s@cluster0.%s.mongodb.net/?retryWrites=true&w=majority")\n'
           'events = pd.DataFrame(list(client["%s"]["events"].find({}, {"_id": 0})))\n') % (user(r), v, rs(r, 5, LO + DIG), db(r).lower())
    return "python/extract_events.py", src


@tpl("dotenv_analytics", "snowflake", "db_password", "pw", "env")
def _t(r, v, pos):
    lines = ["SNOWFLAKE_ACCOUNT=%s" % host(r, "sf"), "SNOWFLAKE_USER=%s" % user(r).upper(), "SNOWFLAKE_PASSWORD=%s" % v,
             "SNOWFLAKE_WAREHOUSE=BI_WH", "SNOWFLAKE_ROLE=ANALYST"]
    return r.choice([".env", ".env.local"]), "\n".join(lines) + "\n"


@tpl("renviron", "postgres", "db_password", "pw", "Renviron")
def _t(r, v, pos):
    lines = ["R_LIBS_USER=~/R/library", "PG_HOST=%s" % host(r, "pg"), "PG_USER=%s" % user(r), "PG_PASSWORD=%s" % v]
    r.shuffle(lines)
    return "project/.Renviron", "\n".join(lines) + "\n"


@tpl("sendgrid_py_report", "sendgrid", "api_key", "sendgrid", "py")
def _t(r, v, pos):
    src = ('from sendgrid import SendGridAPIClient\nfrom sendgrid.helpers.mail import Mail\n\nSG_KEY = "%s"\n\n'
           'def mail_report(path):\n    msg = Mail(from_email="bi@%s.com", to_emails="controlling@%s.com", subject="KPI report", html_content="see attachment")\n'
           '    SendGridAPIClient(SG_KEY).send(msg)\n') % (v, company(r), company(r))
    return "reporting/mail_report.py", src


@tpl("databrickscfg", "databricks", "pat", "databricks", "cfg")
def _t(r, v, pos):
    s = "[DEFAULT]\nhost  = https://adb-%d.%d.azuredatabricks.net\ntoken = %s\n" % (r.randint(10 ** 15, 10 ** 16 - 1), r.randint(1, 19), v)
    return "tools/.databrickscfg", s


@tpl("sas_http_apikey_query", "google", "api_key", "google_api", "sas", refs=["&gapi_key"])
def _t(r, v, pos):
    core = ('%%let apikey = %s;\nfilename geo temp;\nproc http url="https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=&apikey." out=geo;\nrun;\n') % v
    return "sas/geo/geocode.sas", sas_prog(r, "geocode", core)


@tpl("knime_openai_py", "openai", "api_key", "openai", "py")
def _t(r, v, pos):
    src = ('# used by the KNIME Python Script node "Classify tickets"\nimport knime.scripting.io as knio\nfrom openai import OpenAI\n\n'
           'client = OpenAI(api_key="%s")\ndf = knio.input_tables[0].to_pandas()\n') % v
    return "knime-workspace/shared_scripts/classify_tickets.py", src


# ---------------------------------------------------------------- look-alike negatives
NEG_TEMPLATES = []


def ntpl(name, provider, kind, ftype):
    def deco(fn):
        NEG_TEMPLATES.append(dict(name=name, provider=provider, kind=kind, ftype=ftype, fn=fn))
        return fn
    return deco


def dpapi_hex(r):
    return "01000000D08C9DDF0115D1118C7A00C04FC297EB01000000" + rs(r, 32, HEXU) + "0000000002000000000003660000C000000010000000" + rs(r, r.choice([160, 192, 224]), HEXU)


@ntpl("ayx_encpwd", "sqlserver", "encrypted_password", "yxmd")
def _n(r):
    conn = "odbc:DRIVER={ODBC Driver 17 for SQL Server};SERVER=%s;UID=%s;PWD=__EncPwd1__;DATABASE=%s|||SELECT * FROM %s" % (host(r), user(r), db(r), table(r))
    node = ayx_node(1, "AlteryxBasePluginsGui.DbFileInput.DbFileInput",
                    '          <Passwords>%s</Passwords>\n          <File RecordLimit="" FileFormat="23">%s</File>' % (dpapi_hex(r), xe(conn)))
    return "workflows/%s.yxmd" % wf_name(r), ayx_wrap(r, [node] + ayx_filler(r, 2))


@ntpl("ayx_email_encrypted", "smtp", "encrypted_password", "yxmd")
def _n(r):
    conf = ('          <SMTP>smtp.office365.com</SMTP>\n          <Port>587</Port>\n          <UserName>reports@%s.com</UserName>\n'
            '          <Password>%s</Password>\n          <Encryption>StartTLS</Encryption>') % (company(r), dpapi_hex(r))
    return "workflows/reporting/%s_mail.yxmd" % wf_name(r), ayx_wrap(r, ayx_filler(r, 1) + [ayx_node(6, "AlteryxBasePluginsGui.EmailOutput.EmailOutput", conf)])


@ntpl("ayx_aka_guids", "alteryx", "tool_ids", "yxmd")
def _n(r):
    conf = '          <File RecordLimit="" FileFormat="23">aka:%s|||%s.%s</File>\n          <ConnectionGuid>%s</ConnectionGuid>' % (
        r.choice(["DWH_PROD", "Snowflake_EU", "ORA_ERP"]), schema(r), table(r), guid(r, True))
    doc = ayx_wrap(r, [ayx_node(1, "AlteryxBasePluginsGui.DbFileInput.DbFileInput", conf)] + ayx_filler(r, 2))
    doc = doc.replace("<MetaInfo>", "<MetaInfo>\n      <WorkflowId value=\"%s\" />\n      <Telemetry><PreviousWorkflowId value=\"%s\" /><OriginWorkflowId value=\"%s\" /></Telemetry>" % (guid(r), guid(r), guid(r)), 1)
    return "workflows/%s.yxmd" % wf_name(r), doc


@ntpl("knime_xpassword", "knime", "encrypted_password", "xml")
def _n(r):
    ents = ['<config key="connection">',
            '    <entry key="database_url" type="xstring" value="jdbc:sqlserver://%s:1433;databaseName=%s;encrypt=true"/>' % (host(r), db(r)),
            '</config>', '<config key="authentication">',
            '    <entry key="authentication_type" type="xstring" value="USER_PWD"/>',
            '    <entry key="user" type="xstring" value="%s"/>' % user(r),
            '    <entry key="passwordEncrypted" type="xpassword" value="%s"/>' % rs(r, r.choice([32, 48, 64]), HEXL),
            '    <entry key="save_password" type="xboolean" value="true"/>', '</config>']
    return knime_path(r, "Microsoft SQL Server Connector", r.randint(1, 40)), knime_settings(r, "org.knime.database.extension.mssql.node.connector.MSSQLServerDBConnectorNodeFactory", "Microsoft SQL Server Connector", ents)


@ntpl("knime_credentials_flowvar", "knime", "credentials_reference", "xml")
def _n(r):
    ents = ['<config key="authentication">',
            '    <entry key="authentication_type" type="xstring" value="CREDENTIALS"/>',
            '    <entry key="credentials" type="xstring" value="%s"/>' % r.choice(["dwh_creds", "snowflake_login", "db"]),
            '</config>', '<entry key="checksum" type="xstring" value="%s"/>' % hashlib.sha256(rs(r, 20).encode()).hexdigest(),
            '<entry key="nodeUUID" type="xstring" value="%s"/>' % guid(r)]
    return knime_path(r, "DB Connector", r.randint(1, 40)), knime_settings(r, "org.knime.database.node.connector.generic.DBConnectorNodeFactory", "DB Connector", ents)


@ntpl("qlik_xpassword", "qlik", "obfuscated_password", "qvs")
def _n(r):
    s = qvs_main(r) + ("\nOLEDB CONNECT32 TO [Provider=SQLOLEDB.1;Persist Security Info=True;Initial Catalog=%s;Data Source=%s;Use Procedure for Prepare=1;Auto Translate=True]"
                       " (XUserId is %s, XPassword is %s);\n\n%s:\nSQL SELECT * FROM %s.%s;\n") % (
        db(r), host(r), rs(r, r.choice([7, 14]), UP + LO), rs(r, r.choice([16, 20, 24]), UP + LO), table(r), schema(r), table(r))
    return "qlik/scripts/%s.qvs" % r.choice(["extract", "load_dwh"]), s


@ntpl("qlik_lib_connect_hash", "qlik", "hash_fields", "qvs")
def _n(r):
    s = qvs_main(r) + ("\nLIB CONNECT TO '%s';\n\n%s:\nLOAD *,\n    Hash128(CustomerID, OrderID) AS %%KeyOrder,\n    '%s' AS SourceChecksum;\nSQL SELECT * FROM %s.%s;\n") % (
        r.choice(["DWH (company_svc)", "Snowflake_Prod", "SQL_Finance"]), table(r), hashlib.md5(rs(r, 10).encode()).hexdigest(), schema(r), table(r))
    return "qlik/apps/%s.qvs" % r.choice(["sales", "finance"]), s


@ntpl("rmp_encrypted", "rapidminer", "encrypted_password", "rmp")
def _n(r):
    op = ['      <operator activated="true" class="jdbc_connectors:read_database" compatibility="10.1.003" expanded="true" height="68" name="Read Database" width="90" x="112" y="34">',
          '        <parameter key="define_connection" value="url"/>',
          '        <parameter key="database_url" value="jdbc:postgresql://%s:5432/%s"/>' % (host(r, "pg"), db(r).lower()),
          '        <parameter key="username" value="%s"/>' % user(r),
          '        <parameter key="password" value="%s"/>' % b64(r, r.choice([16, 32])),
          '        <parameter key="query" value="SELECT * FROM %s"/>' % table(r), '      </operator>']
    return "processes/read_%s.rmp" % table(r).lower(), rmp_wrap(r, op + rm_filler(r))


@ntpl("rmp_repository_conn", "rapidminer", "connection_reference", "rmp")
def _n(r):
    op = ['      <operator activated="true" class="retrieve" compatibility="10.1.003" expanded="true" height="68" name="Retrieve" width="90" x="45" y="34">',
          '        <parameter key="repository_entry" value="//%s/Connections/%s"/>' % (r.choice(["Local Repository", "Team Repo"]), r.choice(["DWH", "Snowflake"])),
          '      </operator>',
          '      <operator activated="true" class="generate_id" compatibility="10.1.003" expanded="true" name="Generate ID">',
          '        <parameter key="create_nominal_ids" value="true"/>', '        <parameter key="offset" value="%d"/>' % r.randint(0, 10000), '      </operator>']
    return "processes/%s.rmp" % r.choice(["score", "prepare"]), rmp_wrap(r, op + rm_filler(r))


@ntpl("sas_authdomain", "sas", "auth_reference", "sas")
def _n(r):
    core = r.choice([
        'libname ora oracle authdomain="%s" path="%s:1521/ERPPRD" schema=%s;\n' % (r.choice(["OraAuth", "DBAuth_Prod"]), host(r, "ora"), schema(r).upper()),
        '%%let pw = %%sysget(DB_PASSWORD);\nlibname pg postgres server="%s" user=&sysuserid password="&pw" database=%s;\n' % (host(r, "pg"), db(r).lower()),
        '%%window pwd irow=5 rows=10 #2 @5 "Password:" pw 20 display=no;\n%%display pwd;\nlibname td teradata server="%s" user=&sysuserid password="&pw";\n' % host(r, "td"),
        'libname sq sqlsvr datasrc="%s" authdomain="SQLAuth" schema=dbo;\n' % r.choice(["DWH", "FIN_DW"])])
    return "sas/programs/%s.sas" % r.choice(["extract", "connect"]), sas_prog(r, "connect", core)


@ntpl("sas_md5_hashing", "sas", "hashes", "sas")
def _n(r):
    core = ('data work.pseudo;\n  set raw.customers;\n  length key $32;\n  key = put(md5(cats(email, "%s")), $hex32.);\n  if key = "%s" then flag = 1;\nrun;\n'
            '/* expected checksum of output: %s */\n') % (rs(r, 6, LO), hashlib.md5(rs(r, 12).encode()).hexdigest().upper(), hashlib.sha256(rs(r, 12).encode()).hexdigest())
    return "sas/pseudonymise.sas", sas_prog(r, "pseudonymisation", core)


@ntpl("spss_trusted", "sqlserver", "integrated_auth", "sps")
def _n(r):
    core = ("GET DATA\n  /TYPE=ODBC\n  /CONNECT='DRIVER={SQL Server};SERVER=%s;Trusted_Connection=Yes;APP=IBM SPSS Products: Statistics Common;WSID=PC%04d;DATABASE=%s'\n"
            "  /SQL='SELECT * FROM %s.%s'\n  /ASSUMEDSTRWIDTH=255.\nCACHE.\nEXECUTE.\n") % (host(r), r.randint(1, 9999), db(r), schema(r), table(r))
    return "syntax/%s.sps" % r.choice(["load", "01_import"]), core + "\n" + sps_fill(r)


@ntpl("stata_dsn_datasignature", "stata", "checksums", "do")
def _n(r):
    core = ('odbc load, exec("SELECT * FROM %s") dsn("%s") clear\ndatasignature confirm\n* signature: %d:%d(%d):%d:%d\n'
            'checksum "data/raw/%s.dta"\nassert r(checksum) == %d\n') % (
        table(r), r.choice(["DWH", "FinanzDB"]), r.randint(1000, 90000), r.randint(5, 60), r.randint(10000, 99999), r.randint(10 ** 9, 4 * 10 ** 9), r.randint(10 ** 9, 4 * 10 ** 9),
        table(r).lower(), r.randint(10 ** 9, 4 * 10 ** 9))
    return "do/verify_extract.do", do_fill(r) + "\n" + core


@ntpl("jsl_trusted_guid", "jmp", "integrated_auth", "jsl")
def _n(r):
    core = 'dt = Open Database("DSN=%s;Trusted_Connection=Yes;WSID=PC%04d;", "SELECT * FROM %s", "%s");\ndt << Set Property("Source GUID", "%s");\n' % (
        r.choice(["MES_PROD", "QualityDW"]), r.randint(1, 9999), table(r), table(r), guid(r, True))
    return "jmp/scripts/pull_%s.jsl" % table(r).lower(), jsl_head(r) + core


@ntpl("orange_pickle", "orange", "encoded_settings", "ows")
def _n(r):
    props = {"host": host(r, "pg"), "port": "5432", "database": db(r).lower(), "username": user(r), "table": table(r),
             "guess_values": True, "savedWidgetGeometry": bytes(r.getrandbits(8) for _ in range(r.randint(40, 66))), "__version__": 2}
    enc = base64.b64encode(pickle.dumps(props, protocol=4)).decode()
    ows = ['<?xml version=\'1.0\' encoding=\'utf-8\'?>', '<scheme version="2.0" title="%s" description="">' % r.choice(["SQL clustering", "Kundensegmente"]),
           '\t<nodes>', '\t\t<node id="0" name="SQL Table" qualified_name="Orange.widgets.data.owsql.OWSql" project_name="Orange3" version="" title="SQL Table" position="(120, 180)" />',
           '\t</nodes>', '\t<links />', '\t<annotations />', '\t<thumbnail />', '\t<node_properties>',
           '\t\t<properties node_id="0" format="pickle">%s</properties>' % enc, '\t</node_properties>', '</scheme>', '']
    return "orange/%s.ows" % r.choice(["segments", "sql_kmeans"]), "\n".join(ows)


@ntpl("notebook_png", "jupyter", "encoded_image", "ipynb")
def _n(r):
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(r.getrandbits(8) for _ in range(r.randint(300, 900)))).decode()
    nb = {"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {},
                     "outputs": [{"data": {"image/png": png, "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}],
                     "source": ["df.groupby('month')['revenue'].sum().plot()"]}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    return "notebooks/%s.ipynb" % r.choice(["revenue_plot", "eda"]), json.dumps(nb, indent=1) + "\n"


@ntpl("tableau_prep_flow", "tableau", "ids", "json")
def _n(r):
    nid, cid = guid(r), guid(r)
    d = {"parameters": {"parameters": {}}, "initialNodes": [nid],
         "nodes": {nid: {"nodeType": ".v1.LoadSql", "name": table(r), "id": nid, "connectionId": cid, "relation": {"type": "table", "table": "[%s].[%s]" % (schema(r), table(r))},
                         "nextNodes": [{"namespace": "Default", "nextNodeId": guid(r), "nextNamespace": "Default"}]}},
         "connections": {cid: {"connectionType": ".PostgreSQLDataConnection", "id": cid, "name": host(r, "pg"),
                               "connectionAttributes": {"server": host(r, "pg"), "dbname": db(r).lower(), "username": user(r), "port": "5432", "sslmode": "require", "class": "postgres"}}},
         "documentId": guid(r), "obfuscatorId": guid(r)}
    return "prep/%s/flow" % r.choice(["sales_flow", "customer_prep"]), json.dumps(d, indent=2) + "\n"


@ntpl("tableau_tds_sspi", "tableau", "integrated_auth", "tds")
def _n(r):
    s = ("<?xml version='1.0' encoding='utf-8' ?>\n<datasource formatted-name='%s' inline='true' source-platform='win' version='18.1'>\n"
         "  <repository-location id='%s' path='/t/%s/datasources' revision='1.%d' site='%s' />\n"
         "  <connection class='federated'>\n    <named-connections>\n      <named-connection caption='%s' name='sqlserver.%s'>\n"
         "        <connection authentication='sspi' class='sqlserver' dbname='%s' odbc-native-protocol='' one-time-sql='' server='%s' />\n"
         "      </named-connection>\n    </named-connections>\n  </connection>\n</datasource>\n") % (
        table(r), table(r), r.choice(["finance", "sales"]), r.randint(0, 20), r.choice(["finance", "sales"]), host(r), rs(r, 28, LO + DIG), db(r), host(r))
    return "tableau/datasources/%s.tds" % table(r).lower(), s


@ntpl("pbids", "powerbi", "ids", "pbids")
def _n(r):
    d = {"version": "0.1", "connections": [{"details": {"protocol": "tds", "address": {"server": host(r), "database": db(r)}, "authentication": None, "query": None},
                                            "options": {}, "mode": "DirectQuery"}]}
    return "powerbi/%s.pbids" % db(r).lower(), json.dumps(d, indent=2) + "\n"


@ntpl("pq_sql_database_ids", "powerbi", "ids", "pq")
def _n(r):
    m = ('let\n    Source = Sql.Database("%s", "%s", [CommandTimeout = #duration(0, 0, 10, 0)]),\n    WorkspaceId = "%s",\n    DatasetId = "%s",\n'
         '    Data = Source{[Schema = "%s", Item = "%s"]}[Data]\nin\n    Data\n') % (host(r), db(r), guid(r), guid(r), schema(r), table(r))
    return "powerquery/%s.pq" % table(r), m


@ntpl("matlab_windows_auth", "matlab", "integrated_auth", "m")
def _n(r):
    src = ("%% Windows authentication - no password needed\nconn = database('%s', '', '');\nassert(isopen(conn))\n"
           "expectedSha = '%s';\nraw = fetch(conn, 'SELECT * FROM %s');\n") % (r.choice(["MES", "DWH_PROD"]), hashlib.sha1(rs(r, 12).encode()).hexdigest(), table(r))
    return "matlab/loadWin.m", src


@ntpl("pip_hashes", "python", "hashes", "txt")
def _n(r):
    pk = r.sample(["pandas==2.1.4", "numpy==1.26.2", "snowflake-connector-python==3.6.0", "datarobot==3.3.0", "h2o==3.44.0.3", "tableauserverclient==0.28", "openpyxl==3.1.2"], 4)
    lines = ["# generated by pip-compile --generate-hashes"]
    for p in pk:
        lines.append("%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s" % (p, rs(r, 64, HEXL), rs(r, 64, HEXL)))
    return "requirements.txt", "\n".join(lines) + "\n"


@ntpl("lfs_pointer", "git", "hashes", "yxdb")
def _n(r):
    s = "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (rs(r, 64, HEXL), r.randint(10 ** 4, 10 ** 9))
    return r.choice(["data/%s.yxdb", "extracts/%s.hyper", "data/%s.sas7bdat", "data/%s.sav"]) % table(r).lower(), s


@ntpl("snowflake_public_key", "snowflake", "public_key", "sql")
def _n(r):
    body = base64.b64encode(bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + bytes(r.getrandbits(8) for _ in range(256)) + bytes.fromhex("0203010001")).decode()
    fp = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    s = "-- register key pair for the Tableau service user\nALTER USER %s SET RSA_PUBLIC_KEY='%s';\n-- DESC USER shows RSA_PUBLIC_KEY_FP = SHA256:%s\n" % (user(r).upper(), body, fp)
    return "snowflake/setup/register_key.sql", s


@ntpl("public_key_pem", "snowflake", "public_key", "pub")
def _n(r):
    body = base64.b64encode(bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + bytes(r.getrandbits(8) for _ in range(256)) + bytes.fromhex("0203010001")).decode()
    return "keys/rsa_key.pub", "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END PUBLIC KEY-----\n"


@ntpl("certificate_pem", "tableau", "certificate", "crt")
def _n(r):
    body = base64.b64encode(bytes.fromhex("308203") + bytes(r.getrandbits(8) for _ in range(r.randint(700, 900)))).decode()
    return "certs/tableau-server-ca.crt", "-----BEGIN CERTIFICATE-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END CERTIFICATE-----\n"


@ntpl("google_client_id_only", "google", "public_ids", "json")
def _n(r):
    d = {"ga4": {"property_id": str(r.randint(100000000, 499999999)), "measurement_id": "G-" + rs(r, 10, UP + DIG),
                 "stream_id": str(r.randint(10 ** 9, 10 ** 10 - 1)),
                 "oauth_client_id": "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, 32, LO + DIG))},
         "bigquery": {"project": "%s-analytics" % company(r), "dataset": "analytics_%d" % r.randint(100000000, 499999999)}}
    return "config/ga4_ids.json", json.dumps(d, indent=2) + "\n"


@ntpl("datarobot_ids", "datarobot", "object_ids", "yaml")
def _n(r):
    y = ("# DataRobot deployment registry (ids only, token via DATAROBOT_API_TOKEN)\nendpoint: https://app.datarobot.com/api/v2\ndeployments:\n")
    for n in r.sample(["churn", "fraud", "uplift", "ltv"], 2):
        y += "  %s:\n    deployment_id: %s\n    project_id: %s\n    model_id: %s\n    prediction_server: %s\n" % (n, rs(r, 24, HEXL), rs(r, 24, HEXL), rs(r, 24, HEXL), rs(r, 24, HEXL))
    return "mlops/deployments.yaml", y


@ntpl("h2o_mojo_meta", "h2o", "checksums", "ini")
def _n(r):
    s = ("[info]\nh2o_version = 3.44.0.3\nmojo_version = 1.40\nlicense = Apache License Version 2.0\nalgo = gbm\nalgorithm = Gradient Boosting Machine\n"
         "endianness = LITTLE_ENDIAN\ncategory = Binomial\nuuid = %d\nsupervised = true\nn_features = %d\nn_classes = 2\nbalance_classes = false\n"
         "default_threshold = 0.%d\ntimestamp = %sT10:11:12.000Z\n") % (r.randint(-9 * 10 ** 18, 9 * 10 ** 18), r.randint(5, 80), r.randint(100, 999), date(r))
    return "models/gbm_churn/model.ini", s


@ntpl("salesforce_ids", "salesforce", "record_ids", "soql")
def _n(r):
    ids = ["006%s" % rs(r, 15, ALNUM) for _ in range(4)]
    s = "-- opportunities flagged for QA (org %s)\nSELECT Id, Name, Amount FROM Opportunity\nWHERE Id IN (%s)\n" % ("00D" + rs(r, 15, ALNUM), ", ".join("'%s'" % i for i in ids))
    return "salesforce/queries/qa_opps.soql", s


@ntpl("odbc_ini_sso", "snowflake", "sso", "ini")
def _n(r):
    s = ("[SnowflakeSSO]\nDriver        = SnowflakeDSIIDriver\nserver        = %s.snowflakecomputing.com\nuid           = %s@%s.com\nauthenticator = externalbrowser\n"
         "database      = %s\nwarehouse     = BI_WH\n\n[DWH_Trusted]\nDriver   = ODBC Driver 18 for SQL Server\nServer   = %s\nDatabase = %s\nTrusted_Connection = Yes\n") % (
        host(r, "sf"), user(r).replace("_", "."), company(r), db(r).upper(), host(r), db(r))
    return "etc/odbc.ini", s


@ntpl("column_names_password", "sql", "column_names", "sql")
def _n(r):
    s = ("-- staging for the SAS user audit export\nCREATE TABLE stg.app_users (\n    user_id        BIGINT,\n    login          VARCHAR(64),\n    password_hash  CHAR(60),\n"
         "    password_salt  CHAR(32),\n    last_pw_change DATE\n);\nINSERT INTO stg.app_users VALUES (%d, '%s', '$2b$12$%s', '%s', '%s');\n") % (
        r.randint(1, 99999), user(r), rs(r, 53, ALNUM + "./"), rs(r, 32, HEXL), date(r))
    return "sql/stg_app_users.sql", s


@ntpl("eg_project_xml", "sas", "ids", "xml")
def _n(r):
    s = ('<?xml version="1.0" encoding="utf-16"?>\n<Project>\n  <Element Type="SAS.EG.ProjectElements.ProcessFlowContainer">\n    <Element><Label>Process Flow</Label><ID>%s</ID>'
         '<CreatedOn>%s</CreatedOn><ModifiedBy>%s</ModifiedBy></Element>\n  </Element>\n  <ProjectCollection><EGVersion>8.3</EGVersion><ProjectGuid>%s</ProjectGuid>'
         '<Checksum>%s</Checksum></ProjectCollection>\n</Project>\n') % (
        "PFD-" + rs(r, 16, ALNUM), date(r), user(r), guid(r, True), hashlib.sha1(rs(r, 12).encode()).hexdigest())
    return "EG/%s/project.xml" % r.choice(["Claims_Project", "Monatsreport"]), s


@ntpl("eviews_fred_public", "eviews", "version_ids", "prg")
def _n(r):
    body = ["' open public FRED database (no key required in EViews)", "dbopen(type=fred) fred", "fetch(d=fred) gdpc1 cpiaucsl unrate",
            "' build: %d.%d.%d  hash %s" % (r.randint(10, 13), r.randint(0, 9), r.randint(0, 99), rs(r, 40, HEXL))]
    return "eviews/fred_fetch.prg", "\n".join(body) + "\n"


@ntpl("alteryx_gallery_ids", "alteryx", "ids", "json")
def _n(r):
    d = {"galleryUrl": "https://alteryx.%s.com/gallery" % company(r), "workflowId": rs(r, 24, HEXL), "versionId": rs(r, 24, HEXL),
         "scheduleId": rs(r, 24, HEXL), "owner": user(r), "packageSha256": rs(r, 64, HEXL), "apiKey": "${ALTERYX_API_KEY}", "apiSecret": "${ALTERYX_API_SECRET}"}
    return "deploy/alteryx_schedule.json", json.dumps(d, indent=2) + "\n"


# ---------------------------------------------------------------- driver
def main():
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    used = set()
    env_count = 0
    max_env = 500 // 20

    # positives: round-robin over shuffled templates
    order = []
    while len(order) < 500:
        ts = list(TEMPLATES)
        r.shuffle(ts)
        order += ts
    order = order[:500]
    pos_needles = []
    for i, t in enumerate(order):
        if t["ftype"] == "env":
            env_count += 1
            if env_count > max_env:
                t = r.choice([x for x in TEMPLATES if x["ftype"] != "env"])
        for _ in range(50):
            val, needle = gen_secret(r, t["gen"])
            if needle not in used:
                break
        used.add(needle)
        rel, text = t["fn"](r, val, True)
        lines = text.split("\n")
        ln = next(k + 1 for k, l in enumerate(lines) if needle in l)
        assert needle in lines[ln - 1]
        fpath = "pos/p%04d/%s" % (i, rel)
        write(out, fpath, text)
        manifest.append({"file": fpath, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": t["ftype"], "template": t["name"]})
        secrets.append({"file": fpath, "needle": needle, "line": ln})
        pos_needles.append(needle)

    # negatives: 250 reused templates + 250 look-alikes
    reuse = [x for x in TEMPLATES if x["ftype"] != "env"]
    norder = []
    while len(norder) < 250:
        ts = list(reuse)
        r.shuffle(ts)
        norder += ts
    norder = norder[:250]
    lorder = []
    while len(lorder) < 250:
        ts = list(NEG_TEMPLATES)
        r.shuffle(ts)
        lorder += ts
    lorder = lorder[:250]
    negs = []
    for t in norder:
        v = neg_value(r, t)
        rel, text = t["fn"](r, v if v is not None else [], False)
        negs.append((rel, text, t["provider"], t["kind"], t["ftype"], "reuse:" + t["name"]))
    for t in lorder:
        rel, text = t["fn"](r)
        negs.append((rel, text, t["provider"], t["kind"], t["ftype"], t["name"]))
    r.shuffle(negs)
    for i, (rel, text, prov, kind, ft, name) in enumerate(negs):
        base = rel.rsplit("/", 1)[-1]
        assert not (base == ".env" or base.startswith(".env.") and base not in (".env.example", ".env.sample")), rel
        for nd in pos_needles:
            assert nd not in text
        fpath = "neg/n%04d/%s" % (i, rel)
        write(out, fpath, text)
        manifest.append({"file": fpath, "label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": name})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")


def write(out, fpath, text):
    p = os.path.join(out, fpath)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
