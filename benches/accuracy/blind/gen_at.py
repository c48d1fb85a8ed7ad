#!/usr/bin/env python3
"""Blind evaluation-set generator "at": .NET and Azure application projects.

EMPHASIS
    ASP.NET Core / Blazor / MAUI / Azure Functions / Worker services / Orleans /
    Entity Framework / legacy ASP.NET projects.  Secrets sit in appsettings*.json,
    local.settings.json, launchSettings.json, user-secrets secrets.json, .csproj,
    Directory.Build.props, nuget.config, web.config / App.config (+ Web.Release.config
    transforms), C#/F#/VB code, publish profiles (.PublishSettings / .pubxml),
    Functions secret stores (azure-webjobs-secrets/*.json), Data Protection key XML,
    Bicep / ARM templates and parameter files, azure-pipelines.yml, GitHub Actions,
    Dockerfile, docker-compose.override.yml, VS REST .http files, PowerShell deploy
    scripts and README.md - right beside Key Vault references, managed identities,
    publish profiles and other things careful developers legitimately commit.

USAGE
    python3 gen_at.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relative path> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relative path> (500 innocent look-alikes),
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"}   (positives only)
    Deterministic per SEED: the only randomness is random.Random(SEED).

NEEDLE CONVENTIONS
    * The needle is the secret substring exactly as written in the file (after any
      XML/JSON/URL encoding the file type imposes), never the surrounding
      connection string.  Examples:
        - connection strings: only the value of Password=/Pwd=/AccountKey=/
          SharedAccessKey=/AccessKey=/accesskey=/password= (Redis);
        - SAS tokens / SAS URLs: only the value of sig= (URL-encoded, as written);
        - Function URLs: only the value of code=;
        - publish profiles: the userPWD attribute value;
        - Data Protection key XML: the base64 text of <value> inside <masterKey>;
        - machineKey: the validationKey or decryptionKey hex (the other one is
          AutoGenerate,IsolateApps so the file holds exactly one credential);
        - URIs with userinfo (amqps://user:pass@host): only the password.
    * line = 1-based line number of the first occurrence of the needle.
    * Each positive file contains exactly one credential; other values in it are
      identifiers (GUIDs, hosts, account names), references or non-secret config.

DECISIONS
    * Application Insights: the instrumentation key is a GUID that Microsoft
      documents as non-secret (it only identifies the ingestion target); an
      InstrumentationKey=<GUID>;IngestionEndpoint=... connection string is therefore
      a NEGATIVE.  The Application Insights *API key* (40 chars [a-z0-9], used for
      the REST API / live-metrics authenticated channel) is a POSITIVE.
    * Azurite/Storage Emulator account key (devstoreaccount1, Eby8vdM0...) and the
      Cosmos DB emulator key (C2y6yDjf5...) are published well-known keys -> NEGATIVE.
    * Stripe pk_live_/pk_test_ publishable keys are documented as safe to expose ->
      NEGATIVE.  Twilio Account SIDs (AC + 32 hex) alone are identifiers -> NEGATIVE.
    * Tenant / client / subscription ids, UserSecretsId, PublicKeyToken, strong-name
      public key blobs, sha512 content hashes, certificate thumbprints, DPAPI /
      SOPS / xmlenc ciphertext, ASP.NET Identity password hashes -> NEGATIVE.
    * Human-chosen passwords (SQL admin, Hangfire dashboard, SMTP) are positives and
      look like real human passwords (word + year + symbol, leetspeak).

DOUBTS (formats I am not certain of; written from memory of public docs)
    * Microsoft "identifiable" key layouts: signature placement (+ASt / ACDb at
      offset 76 of 88-char keys; +ASb / +AEh / +ARm / AzCa at offset 33 of 44-char
      keys; AzFu at offset 44 of 56-char Function keys; +ACR / AzSe at offset 42 of
      52-char keys).  Offsets are my best recollection; about half of such keys are
      generated in the older fully-random layout anyway.
    * 84-char "common annotated" keys (new Azure DevOps PATs with AZDO, Cognitive
      Services / Azure OpenAI keys with ACOG): 52 random + "JQQJ99" + 18 chars + 4-char
      provider signature + 4 chars.  The trailing 4 chars are a checksum in the
      real format (Marvin-based, I do not know the exact algorithm), so here they
      are random: a validator that checks that checksum will reject them.
    * Azure Maps subscription keys: generated as 43-char base64url (older
      layout); newer portals may issue 84-char annotated keys.
    * Entra ID client secrets: new layout 3 chars + digit(7/8) + "Q~" + 34 chars
      of [A-Za-z0-9_.~-] (40 total); legacy layout 34 chars incl. . _ - ~.
    * Azure Functions keys: older keys are 56-char base64 ending "==" (40 bytes).
    * Application Insights API keys: 40 chars [a-z0-9] (from memory).
    * ACR admin passwords: only the newer 52-char form with "+ACR" is generated.
    * Cosmos DB emulator key constant is quoted from memory (it decodes to 64 bytes).
    * NuGet.org API keys: "oy2" + 43 chars [a-z0-9] (as given in the brief).
    * GitHub ghp_ checksum: CRC32 of the 30-char random part, base62 (0-9A-Za-z),
      left-padded to 6 with '0'.
"""
import base64
import binascii
import hashlib
import json
import os
import random
import sys
import urllib.parse

N_POS = 500
N_NEG = 500

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
URLSAFE = ALNUM + "-_"

BAD_SUBSTR = ("abcd", "bcde", "1234", "2345", "3456", "4567", "5678", "6789",
              "0000", "1111", "xxxx", "XXXX", "aaaa", "AAAA", "test", "Test",
              "TEST", "pass", "Pass", "demo", "fake", "dummy", "secret", "Secret",
              "sample", "example", "qwer", "asdf")


def _ok(s):
    return not any(b in s for b in BAD_SUBSTR)


def rstr(rng, alphabet, n):
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if _ok(s):
            return s


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def rb64(rng, nbytes, urlsafe=False, pad=True):
    while True:
        raw = rbytes(rng, nbytes)
        s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
        if not pad:
            s = s.rstrip("=")
        if _ok(s):
            return s


def rhex(rng, n, upper=False):
    s = rstr(rng, HEX, n)
    return s.upper() if upper else s


def guid(rng):
    h = "".join(rng.choice(HEX) for _ in range(32))
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b62(n):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out or "0"


def github_token(rng, prefix="ghp_"):
    body = rstr(rng, ALNUM, 30)
    crc = binascii.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + b62(crc).rjust(6, "0")


def with_sig(s, off, sig):
    return s[:off] + sig + s[off + len(sig):]


def annotated84(rng, sig):
    core = rstr(rng, ALNUM, 52) + "JQQJ99" + rng.choice("ABCD") + rstr(rng, ALNUM, 11)
    core += "AAAAAA" + sig + rstr(rng, ALNUM, 4)
    return core


WORDS = ["winter", "Falcon", "maple", "Orion", "tiger", "Lisbon", "copper", "Harbor",
         "violet", "Kasztan", "river", "Monday", "jungle", "Phoenix", "pepper", "Zagreb",
         "mango", "Dragon", "cobalt", "Sunset", "pirate", "Nordic", "biscuit", "Meadow",
         "rocket", "Sparrow", "walnut", "Tundra", "lemon", "Gizmo", "marble", "Aurora"]
NAMES = ["Marek", "Anna", "Jonas", "Priya", "Diego", "Kasia", "Lukas", "Sofia", "Mateo",
         "Ingrid", "Tomasz", "Hannah", "Arjun", "Chloe", "Olek", "Freya", "Nikos", "Yuki"]
LEET = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}


def human_password(rng):
    w = rng.choice(WORDS)
    n = rng.choice(NAMES)
    y = str(rng.randint(1971, 2021))
    sym = rng.choice("!.#@*-_?+~")
    form = rng.randrange(7)
    if form == 0:
        p = n + sym + y + w.lower()
    elif form == 1:
        leet = "".join(LEET.get(c, c) if rng.random() < 0.6 else c for c in w)
        p = leet[0].upper() + leet[1:] + sym + str(rng.randint(1, 99))
    elif form == 2:
        p = w.capitalize() + rng.choice(WORDS).capitalize() + y[2:] + sym
    elif form == 3:
        p = n.lower() + "_" + w.lower() + sym + y
    elif form == 4:
        p = w.lower() + sym + rng.choice(WORDS).capitalize() + str(rng.randint(10, 999))
    elif form == 5:
        p = n + y + sym + sym
    else:
        p = rng.choice(WORDS).capitalize() + sym + n.lower() + y[2:]
    return p


def random_password(rng, n=None):
    n = n or rng.randint(16, 28)
    alphabet = ALNUM + "!#*-_.@?+~"
    while True:
        s = rstr(rng, alphabet, n)
        if (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                and any(c in "!#*-_.@?+~" for c in s)):
            return s


# ---------------------------------------------------------------------------
# project context
# ---------------------------------------------------------------------------
COMPANIES = ["Contoso", "Fabrikam", "Northwind", "Tailspin", "Woodgrove", "Adatum",
             "Litware", "Proseware", "Wingtip", "Lamna", "Relecloud", "Humongous",
             "Kestrelly", "Bluefjord", "Mercado", "Osprey", "Trellis", "Vantora"]
APPS = ["Orders", "Billing", "Catalog", "Inventory", "Payments", "Identity", "Shipping",
        "Notifications", "Reporting", "Scheduling", "Booking", "Ledger", "Telemetry",
        "Onboarding", "Claims", "Pricing", "Fleet", "Warehouse", "Loyalty", "Returns"]
LAYERS = ["Api", "Web", "Functions", "Worker", "Blazor", "Silo", "Admin", "Gateway", "Maui"]
REGIONS = ["westeurope", "northeurope", "eastus", "eastus2", "westus2", "uksouth",
           "swedencentral", "germanywestcentral", "francecentral", "australiaeast"]
ENVS = ["dev", "test", "stg", "prod", "qa", "uat"]


def make_ctx(rng):
    comp = rng.choice(COMPANIES)
    app = rng.choice(APPS)
    layer = rng.choice(LAYERS)
    env = rng.choice(ENVS)
    short = (comp[:4] + app[:4]).lower()
    return {
        "comp": comp, "app": app, "layer": layer, "env": env,
        "ns": "%s.%s.%s" % (comp, app, layer),
        "proj": "%s.%s.%s" % (comp, app, layer),
        "short": short,
        "region": rng.choice(REGIONS),
        "sa": ("st" + short + env + rstr(rng, LOWER_ALNUM, 3))[:24],
        "host": "%s-%s-%s" % (app.lower(), layer.lower(), env),
        "db": "%s%sDb" % (app, rng.choice(["", "Main", "Core", ""])),
        "sqlsrv": "sql-%s-%s" % (short, env),
        "tenant": guid(rng), "client": guid(rng), "sub": guid(rng),
        "dotnet": rng.choice(["net6.0", "net7.0", "net8.0", "net8.0", "net9.0"]),
        "user": rng.choice(["sqladmin", "appuser", "svc_" + app.lower(), "dbowner",
                            app.lower() + "_rw", "azureuser"]),
    }


def sas_qs(rng, sig_enc, service=False):
    y = rng.choice([2024, 2025, 2026])
    se = "%d-%02d-%02dT%02d:%02d:%02dZ" % (y + 1, rng.randint(1, 12), rng.randint(1, 28),
                                           rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    st = "%d-%02d-%02dT%02d:%02d:%02dZ" % (y, rng.randint(1, 12), rng.randint(1, 28),
                                           rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    sv = rng.choice(["2021-06-08", "2022-11-02", "2023-01-03", "2023-11-03", "2024-11-04"])
    if service:
        return "sp=%s&st=%s&se=%s&spr=https&sv=%s&sr=%s&sig=%s" % (
            rng.choice(["r", "racwdl", "rl", "rw"]), st, se, sv, rng.choice(["c", "b"]), sig_enc)
    return "sv=%s&ss=%s&srt=%s&sp=%s&se=%s&st=%s&spr=https&sig=%s" % (
        sv, rng.choice(["b", "bfqt", "bq", "t"]), rng.choice(["sco", "co", "o"]),
        rng.choice(["rwdlacupiytfx", "rl", "rwdlac", "racwdl", "r"]), se, st, sig_enc)


def sas_sig(rng):
    raw = base64.b64encode(rbytes(rng, 32)).decode()
    return urllib.parse.quote(raw, safe="")


def storage_key(rng, newfmt=None):
    k = rb64(rng, 64)
    if newfmt is None:
        newfmt = rng.random() < 0.4
    return with_sig(k, 76, "+ASt") if newfmt else k


def key44(rng, sig=None):
    k = rb64(rng, 32)
    if sig and rng.random() < 0.45:
        k = with_sig(k, 33, sig)
    return k


# ---------------------------------------------------------------------------
# positive kinds.  Each returns a spec dict:
#   provider, kind, needle, value (what goes in the slot), conn (bool),
#   names (provider-named (section,key)), generic (non-provider names),
#   fts (generic filetypes allowed), special (special renderers), header
# ---------------------------------------------------------------------------
CFG_FTS = ["appsettings.json", "appsettings.Development.json", "appsettings.Production.json",
           "local.settings.json", "launchSettings.json", "secrets.json", "web.config",
           "App.config", "cs", "fs", "vb", "Dockerfile", "docker-compose.override.yml",
           "azure-pipelines.yml", "README.md", "github-workflow.yml", "ps1",
           "Web.Release.config", "appsettings.Staging.json"]
KEY_FTS = CFG_FTS + ["http"]
CONN_FTS = [f for f in CFG_FTS if f != "github-workflow.yml"]
BUILD_FTS = ["csproj", "Directory.Build.props", "azure-pipelines.yml", "github-workflow.yml",
             "Dockerfile", "README.md", "ps1"]


def spec(provider, kind, needle, value=None, conn=False, names=(), generic=(), fts=KEY_FTS,
         special=(), header=None, cs=None, sp_p=0.3):
    return {"provider": provider, "kind": kind, "needle": needle, "sp_p": sp_p,
            "value": needle if value is None else value, "conn": conn,
            "names": list(names), "generic": list(generic), "fts": list(fts),
            "special": list(special), "header": header, "cs": cs}


def k_sql_password(rng, c, human):
    pw = human_password(rng) if human else random_password(rng)
    form = rng.randrange(4)
    if form == 0:
        v = ("Server=tcp:%s.database.windows.net,1433;Initial Catalog=%s;Persist Security Info=False;"
             "User ID=%s;Password=%s;MultipleActiveResultSets=False;Encrypt=True;"
             "TrustServerCertificate=False;Connection Timeout=30;" % (c["sqlsrv"], c["db"], c["user"], pw))
    elif form == 1:
        v = "Data Source=%s;Initial Catalog=%s;User Id=%s;Password=%s;TrustServerCertificate=True" % (
            rng.choice(["localhost,1433", "sql01.corp.local", "10.20.4.17", "db", "mssql"]), c["db"], c["user"], pw)
    elif form == 2:
        v = ("Driver={ODBC Driver 18 for SQL Server};Server=tcp:%s.database.windows.net,1433;"
             "Database=%s;Uid=%s;Pwd=%s;Encrypt=yes;TrustServerCertificate=no;" % (c["sqlsrv"], c["db"], c["user"], pw))
    else:
        v = "Server=%s.database.windows.net;Database=%s;User ID=%s@%s;Password=%s;Encrypt=True" % (
            c["sqlsrv"], c["db"], c["user"], c["sqlsrv"], pw)
    return spec("mssql", "connection_string_human_password" if human else "connection_string_password",
                pw, v, conn=True,
                names=[("ConnectionStrings", "SqlServer"), ("ConnectionStrings", "AzureSql"),
                       ("ConnectionStrings", c["app"] + "Sql")],
                generic=[("ConnectionStrings", "DefaultConnection"), ("ConnectionStrings", c["db"]),
                         ("ConnectionStrings", "Default"), ("Database", "ConnectionString")],
                fts=CONN_FTS, special=["ef_dbcontext", "pulumi"], cs="new SqlConnection({v})")


def k_postgres(rng, c):
    pw = random_password(rng)
    v = "Host=psql-%s-%s.postgres.database.azure.com;Database=%s;Username=%s;Password=%s;Ssl Mode=Require" % (
        c["short"], c["env"], c["db"].lower(), c["user"], pw)
    return spec("postgres", "npgsql_connection_string", pw, v, conn=True,
                names=[("ConnectionStrings", "Postgres"), ("ConnectionStrings", "Npgsql")],
                generic=[("ConnectionStrings", "DefaultConnection"), ("ConnectionStrings", "Default")],
                fts=CONN_FTS, special=["ef_dbcontext"], cs="new NpgsqlConnection({v})")


def k_mysql(rng, c):
    pw = random_password(rng)
    v = "Server=mysql-%s.mysql.database.azure.com;Port=3306;Database=%s;Uid=%s;Pwd=%s;SslMode=Required;" % (
        c["short"], c["db"].lower(), c["user"], pw)
    return spec("mysql", "connection_string_password", pw, v, conn=True,
                names=[("ConnectionStrings", "MySql")],
                generic=[("ConnectionStrings", "DefaultConnection"), ("ConnectionStrings", "AppDb")],
                fts=CONN_FTS, special=["ef_dbcontext"])


def k_storage_key(rng, c):
    k = storage_key(rng)
    return spec("azure_storage", "account_key", k,
                names=[("AzureStorage", "AccountKey"), ("Storage", "AccountKey"), ("BlobStorage", "Key")],
                generic=[("Uploads", "Key"), ("Files", "SharedKey"), ("", "ACCESS_KEY")],
                special=["pulumi"], cs="new StorageSharedKeyCredential(\"%s\", {v})" % c["sa"])


def k_storage_conn(rng, c):
    k = storage_key(rng)
    v = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (c["sa"], k)
    return spec("azure_storage", "connection_string", k, v, conn=True,
                names=[("ConnectionStrings", "AzureStorage"), ("", "AzureWebJobsStorage"),
                       ("Storage", "ConnectionString"), ("ConnectionStrings", "Blobs")],
                generic=[("ConnectionStrings", "Files"), ("Queue", "Connection"), ("", "DataLake")],
                fts=CONN_FTS, special=["functions_local"], cs="new BlobServiceClient({v})")


def k_storage_sas(rng, c):
    sig = sas_sig(rng)
    form = rng.randrange(3)
    if form == 0:
        v = "?" + sas_qs(rng, sig)
        names = [("AzureStorage", "SasToken"), ("Blob", "Sas")]
        kind = "sas_token"
    elif form == 1:
        v = "https://%s.blob.core.windows.net/%s?%s" % (
            c["sa"], rng.choice(["exports", "uploads", "backups", "media", "invoices"]), sas_qs(rng, sig, True))
        names = [("AzureStorage", "ContainerSasUrl"), ("Blob", "SasUri")]
        kind = "sas_url"
    else:
        v = ("BlobEndpoint=https://%s.blob.core.windows.net/;QueueEndpoint=https://%s.queue.core.windows.net/;"
             "SharedAccessSignature=%s" % (c["sa"], c["sa"], sas_qs(rng, sig)))
        names = [("ConnectionStrings", "StorageSas")]
        kind = "sas_connection_string"
    return spec("azure_storage", kind, sig, v, names=names,
                generic=[("Export", "Url"), ("Backup", "Target"), ("", "UPLOAD_URL")],
                fts=[f for f in CONN_FTS if f not in ("ps1",)] + ["http"],
                cs="new BlobContainerClient(new Uri({v}))")


def k_sb(rng, c, svc):
    if svc == "servicebus":
        key = key44(rng, "+ASb")
        ns = "sb-%s-%s" % (c["short"], c["env"])
        host = "%s.servicebus.windows.net" % ns
        provider = "azure_service_bus"
        names = [("ConnectionStrings", "ServiceBus"), ("", "ServiceBusConnection"), ("ServiceBus", "ConnectionString")]
        cs = "new ServiceBusClient({v})"
    elif svc == "eventhubs":
        key = key44(rng, "+AEh")
        ns = "evhns-%s-%s" % (c["short"], c["env"])
        host = "%s.servicebus.windows.net" % ns
        provider = "azure_event_hubs"
        names = [("ConnectionStrings", "EventHubs"), ("", "EventHubConnection"), ("EventHub", "ConnectionString")]
        cs = "new EventHubProducerClient({v})"
    else:
        key = key44(rng, "+ARm")
        ns = "relay-%s-%s" % (c["short"], c["env"])
        host = "%s.servicebus.windows.net" % ns
        provider = "azure_relay"
        names = [("Relay", "ConnectionString"), ("ConnectionStrings", "HybridConnection")]
        cs = None
    kn = rng.choice(["RootManageSharedAccessKey", "send", "listen", "app-" + c["app"].lower()])
    v = "Endpoint=sb://%s/;SharedAccessKeyName=%s;SharedAccessKey=%s" % (host, kn, key)
    if svc == "eventhubs" and rng.random() < 0.5:
        v += ";EntityPath=%s" % rng.choice(["telemetry", "orders", "clicks", "audit"])
    if svc == "relay" and rng.random() < 0.6:
        v += ";EntityPath=%s" % rng.choice(["onprem-bridge", "hc-sql", "hc-files"])
    return spec(provider, "shared_access_key", key, v, conn=True, names=names,
                generic=[("Messaging", "Connection"), ("ConnectionStrings", "Bus"), ("", "QUEUE_CONN")],
                fts=CONN_FTS, special=["functions_local"], cs=cs)


def k_cosmos(rng, c):
    k = storage_key(rng, rng.random() < 0.4)
    if k[76:80] == "+ASt":
        k = with_sig(k, 76, "ACDb")
    host = "cosmos-%s-%s" % (c["short"], c["env"])
    if rng.random() < 0.5:
        v = "AccountEndpoint=https://%s.documents.azure.com:443/;AccountKey=%s;" % (host, k)
        return spec("azure_cosmosdb", "connection_string", k, v, conn=True,
                    names=[("ConnectionStrings", "CosmosDb"), ("Cosmos", "ConnectionString"), ("", "CosmosDBConnection")],
                    generic=[("ConnectionStrings", "Documents"), ("Store", "Connection")],
                    fts=CONN_FTS, special=["functions_local"], cs="new CosmosClient({v})")
    return spec("azure_cosmosdb", "account_key", k,
                names=[("CosmosDb", "AccountKey"), ("Cosmos", "Key"), ("CosmosDb", "PrimaryKey")],
                generic=[("Documents", "AuthKey"), ("", "DOCDB_KEY")],
                cs="new CosmosClient(\"https://%s.documents.azure.com:443/\", {v})" % host)


def k_signalr(rng, c, webpubsub=False):
    k = rb64(rng, 32)
    if webpubsub:
        v = "Endpoint=https://wps-%s-%s.webpubsub.azure.com;AccessKey=%s;Version=1.0;" % (c["short"], c["env"], k)
        return spec("azure_web_pubsub", "access_key", k, v, conn=True,
                    names=[("Azure", "WebPubSub"), ("ConnectionStrings", "WebPubSub")],
                    generic=[("Realtime", "Connection")], fts=CONN_FTS)
    v = "Endpoint=https://sigr-%s-%s.service.signalr.net;AccessKey=%s;Version=1.0;" % (c["short"], c["env"], k)
    return spec("azure_signalr", "access_key", k, v, conn=True,
                names=[("Azure:SignalR", "ConnectionString"), ("", "AzureSignalRConnectionString")],
                generic=[("Realtime", "Connection"), ("Hub", "ConnectionString")],
                fts=CONN_FTS, special=["functions_local"])


def k_redis(rng, c):
    k = key44(rng, "AzCa")
    v = "redis-%s-%s.redis.cache.windows.net:6380,password=%s,ssl=True,abortConnect=False" % (c["short"], c["env"], k)
    return spec("azure_redis", "access_key", k, v, conn=True,
                names=[("ConnectionStrings", "Redis"), ("Redis", "Configuration"), ("", "RedisCacheConnection")],
                generic=[("ConnectionStrings", "Cache"), ("Caching", "Connection"), ("", "CACHE_CONN")],
                fts=CONN_FTS, cs="ConnectionMultiplexer.Connect({v})")


def k_appinsights_api(rng, c):
    k = rstr(rng, LOWER_ALNUM, 40)
    return spec("azure_app_insights", "api_key", k,
                names=[("ApplicationInsights", "ApiKey"), ("ApplicationInsights", "QuickPulseApiKey"),
                       ("", "APPINSIGHTS_API_KEY")],
                generic=[("Telemetry", "ApiKey"), ("Monitoring", "Key")], header="x-api-key")


def k_entra(rng, c, new=True):
    if new:
        k = rstr(rng, ALNUM, 3) + rng.choice("78") + "Q~" + rstr(rng, ALNUM + "_.~-", 34)
        kind = "client_secret"
    else:
        while True:
            k = rstr(rng, ALNUM + "_.~-", 34)
            if sum(ch in "_.~-" for ch in k) >= 3:
                break
        kind = "client_secret_legacy"
    return spec("azure_ad", kind, k,
                names=[("AzureAd", "ClientSecret"), ("EntraId", "ClientSecret"), ("", "AZURE_CLIENT_SECRET")],
                generic=[("Authentication", "Secret"), ("Graph", "AppSecret"), ("Downstream", "Secret")],
                special=["gh_azure_login", "pulumi"] if new else [],
                cs="new ClientSecretCredential(\"%s\", \"%s\", {v})" % (c["tenant"], c["client"]))


def k_ado_pat(rng, c, new=False):
    k = annotated84(rng, "AZDO") if new else rstr(rng, B32L, 52)
    return spec("azure_devops", "pat_v2" if new else "pat", k,
                names=[("AzureDevOps", "PersonalAccessToken"), ("", "AZURE_DEVOPS_PAT"), ("Ado", "Pat")],
                generic=[("", "SYSTEM_ACCESSTOKEN_OVERRIDE"), ("Feed", "Token"), ("", "FEED_TOKEN")],
                fts=KEY_FTS + BUILD_FTS, special=["nuget_config"])


def k_cog(rng, c, provider, kind):
    newfmt = provider in ("azure_openai", "azure_cognitive") and rng.random() < 0.35
    k = annotated84(rng, "ACOG") if newfmt else rhex(rng, 32)
    res = {"azure_openai": "aoai", "azure_cognitive": "cog", "azure_translator": "trsl",
           "azure_apim": "apim", "bing_search": "bing"}[provider]
    names = {
        "azure_openai": [("AzureOpenAI", "ApiKey"), ("OpenAI", "Key"), ("", "AZURE_OPENAI_API_KEY")],
        "azure_cognitive": [("CognitiveServices", "SubscriptionKey"), ("ComputerVision", "Key"),
                            ("TextAnalytics", "ApiKey"), ("Speech", "SubscriptionKey")],
        "azure_translator": [("Translator", "SubscriptionKey"), ("", "TRANSLATOR_KEY")],
        "azure_apim": [("Apim", "SubscriptionKey"), ("ApiManagement", "SubscriptionKey")],
        "bing_search": [("BingSearch", "SubscriptionKey"), ("Bing", "ApiKey")],
    }[provider]
    header = "api-key" if provider == "azure_openai" else "Ocp-Apim-Subscription-Key"
    return spec(provider, kind, k, names=names,
                generic=[("Ai", "Key"), ("", "LLM_KEY"), ("Search", "Key"), ("Upstream", "ApiKey")],
                header=header, cs=(
                    "new AzureOpenAIClient(new Uri(\"https://%s-%s.openai.azure.com/\"), new AzureKeyCredential({v}))"
                    % (res, c["short"]) if provider == "azure_openai" else "new AzureKeyCredential({v})"))


def k_maps(rng, c):
    k = rb64(rng, 32, urlsafe=True, pad=False)
    return spec("azure_maps", "subscription_key", k,
                names=[("AzureMaps", "SubscriptionKey"), ("Maps", "Key")],
                generic=[("Geo", "Key"), ("", "MAP_KEY")], header="subscription-key")


def k_acs(rng, c):
    k = rb64(rng, 64)
    v = "endpoint=https://acs-%s-%s.%s.communication.azure.com/;accesskey=%s" % (
        c["short"], c["env"], rng.choice(["europe", "unitedstates", "uk"]), k)
    return spec("azure_communication", "connection_string", k, v, conn=True,
                names=[("CommunicationServices", "ConnectionString"), ("Acs", "ConnectionString")],
                generic=[("Sms", "ConnectionString"), ("Email", "Connection")], fts=CONN_FTS,
                cs="new EmailClient({v})")


def func_key(rng, new=None):
    if new is None:
        new = rng.random() < 0.4
    if new:
        k = base64.urlsafe_b64encode(rbytes(rng, 40)).decode()
        return with_sig(k, 44, "AzFu")
    return rb64(rng, 40)


def k_func_url(rng, c):
    k = func_key(rng)
    enc = urllib.parse.quote(k, safe="") if rng.random() < 0.5 else k
    fn = rng.choice(["ProcessOrder", "HttpTrigger1", "Webhook", "ResizeImage", "SyncCustomers", "Export"])
    v = "https://func-%s-%s.azurewebsites.net/api/%s?code=%s" % (c["short"], c["env"], fn, enc)
    return spec("azure_functions", "function_key_url", enc, v,
                names=[("Functions", "ProcessOrderUrl"), ("AzureFunctions", "Endpoint")],
                generic=[("Webhooks", "Target"), ("Downstream", "Url"), ("", "CALLBACK_URL")],
                fts=KEY_FTS, cs="new Uri({v})")


def k_func_hostkey(rng, c):
    k = func_key(rng)
    return spec("azure_functions", "host_master_key", k,
                names=[("Functions", "MasterKey"), ("", "FUNCTIONS_HOST_KEY")],
                generic=[("Downstream", "Key")], fts=["http", "README.md", "azure-pipelines.yml",
                                                     "appsettings.json", "cs", "ps1"],
                special=["func_secrets_host"], header="x-functions-key")


def k_publish(rng, c):
    k = rstr(rng, ALNUM, 60)
    return spec("azure_app_service", "publish_profile_password", k,
                names=[("Deploy", "PublishPassword")], generic=[("", "DEPLOY_PASSWORD")],
                fts=["azure-pipelines.yml", "github-workflow.yml", "ps1"],
                special=["publishsettings"], sp_p=0.8)


def k_msdeploy(rng, c):
    k = random_password(rng, rng.randint(14, 22)) if rng.random() < 0.6 else human_password(rng)
    return spec("msdeploy", "password", k,
                names=[("", "MSDeployPassword"), ("WebDeploy", "Password")],
                generic=[("", "DeployPassword")],
                fts=["azure-pipelines.yml", "ps1", "csproj", "Directory.Build.props"],
                special=["pubxml"], sp_p=0.6)


def k_nuget(rng, c):
    k = "oy2" + rstr(rng, LOWER_ALNUM, 43)
    return spec("nuget", "api_key", k,
                names=[("", "NUGET_API_KEY"), ("", "NuGetApiKey"), ("NuGet", "ApiKey")],
                generic=[("", "PackageFeedKey"), ("", "PUBLISH_KEY")],
                fts=BUILD_FTS + ["README.md"])


def k_github(rng, c):
    k = github_token(rng)
    return spec("github", "pat", k,
                names=[("", "GITHUB_TOKEN"), ("GitHub", "Token"), ("", "GH_PACKAGES_PAT")],
                generic=[("Feed", "Token"), ("", "PACKAGES_TOKEN")],
                fts=KEY_FTS + BUILD_FTS, special=["nuget_config"])


def k_idsrv(rng, c):
    k = rb64(rng, rng.choice([24, 32, 33])) if rng.random() < 0.5 else rstr(rng, ALNUM, rng.choice([32, 40]))
    return spec("identityserver", "client_secret", k,
                names=[("IdentityServer", "ClientSecret"), ("Oidc", "ClientSecret"), ("Duende", "ClientSecret")],
                generic=[("Authentication", "Secret"), ("Clients", "Secret")],
                special=["idsrv_config"])


def k_jwt(rng, c):
    k = rb64(rng, rng.choice([32, 48, 64])) if rng.random() < 0.5 else rstr(rng, ALNUM, rng.choice([48, 64]))
    return spec("jwt", "symmetric_signing_key", k,
                names=[("Jwt", "Key"), ("JwtSettings", "SecretKey"), ("Jwt", "SigningKey")],
                generic=[("Auth", "Key"), ("Tokens", "IssuerSigningKey"), ("", "SIGNING_KEY")],
                cs="new SymmetricSecurityKey(Encoding.UTF8.GetBytes({v}))")


def k_sendgrid(rng, c):
    k = "SG." + rstr(rng, URLSAFE, 22) + "." + rstr(rng, URLSAFE, 43)
    return spec("sendgrid", "api_key", k,
                names=[("SendGrid", "ApiKey"), ("", "SENDGRID_API_KEY"), ("SendGridOptions", "Key")],
                generic=[("Email", "ApiKey"), ("Mail", "Key"), ("Notifications", "Token")],
                cs="new SendGridClient({v})")


def k_twilio(rng, c, which):
    if which == "auth_token":
        k = rhex(rng, 32)
        names = [("Twilio", "AuthToken"), ("", "TWILIO_AUTH_TOKEN")]
    else:
        k = rstr(rng, ALNUM, 32)
        names = [("Twilio", "ApiKeySecret"), ("", "TWILIO_API_SECRET")]
    return spec("twilio", which, k, names=names,
                generic=[("Sms", "Token"), ("Notifications", "SmsSecret"), ("", "SMS_AUTH")],
                fts=CFG_FTS)


def k_stripe(rng, c, which):
    if which == "secret_key":
        k = "sk_live_" + (rstr(rng, ALNUM, 24) if rng.random() < 0.4 else "51" + rstr(rng, ALNUM, 97))
        names = [("Stripe", "SecretKey"), ("", "STRIPE_SECRET_KEY")]
    elif which == "restricted_key":
        k = "rk_live_" + (rstr(rng, ALNUM, 24) if rng.random() < 0.4 else "51" + rstr(rng, ALNUM, 97))
        names = [("Stripe", "RestrictedKey"), ("Stripe", "ApiKey")]
    else:
        k = "whsec_" + rstr(rng, ALNUM, 32)
        names = [("Stripe", "WebhookSecret"), ("", "STRIPE_WEBHOOK_SECRET")]
    return spec("stripe", which, k, names=names,
                generic=[("Payments", "ApiKey"), ("Billing", "Secret"), ("", "PAYMENT_KEY")],
                fts=CFG_FTS)


def k_hangfire(rng, c):
    pw = human_password(rng)
    return spec("hangfire", "dashboard_password", pw,
                names=[("Hangfire", "DashboardPassword"), ("HangfireDashboard", "Password")],
                generic=[("Dashboard", "Password"), ("Admin", "Password")],
                fts=["appsettings.json", "appsettings.Production.json", "cs", "secrets.json", "web.config",
                     "docker-compose.override.yml", "launchSettings.json"], special=["hangfire_cs"])


def k_smtp(rng, c):
    pw = human_password(rng) if rng.random() < 0.5 else random_password(rng)
    return spec("smtp", "password", pw,
                names=[("Smtp", "Password"), ("MailSettings", "Password"), ("EmailSettings", "SmtpPassword")],
                generic=[("Mail", "Pass"), ("Notifications", "Password")], fts=CFG_FTS,
                special=["smtp_webconfig"])


def k_rabbit(rng, c):
    pw = random_password(rng)
    pw = pw.replace("@", "x").replace("?", "k").replace("#", "h").replace("+", "p")
    v = "amqps://%s:%s@rabbit-%s.%s.cloudapp.azure.com:5671/%s" % (
        c["app"].lower(), pw, c["env"], c["region"], rng.choice(["", "prod", c["app"].lower()]))
    return spec("rabbitmq", "amqp_uri_password", pw, v, conn=True,
                names=[("RabbitMq", "Uri"), ("ConnectionStrings", "RabbitMQ")],
                generic=[("Messaging", "Host"), ("ConnectionStrings", "Bus")], fts=CONN_FTS)


def k_iothub(rng, c):
    k = rb64(rng, 32)
    v = "HostName=iot-%s-%s.azure-devices.net;SharedAccessKeyName=%s;SharedAccessKey=%s" % (
        c["short"], c["env"], rng.choice(["iothubowner", "service", "registryReadWrite"]), k)
    return spec("azure_iot_hub", "shared_access_key", k, v, conn=True,
                names=[("IoTHub", "ConnectionString"), ("ConnectionStrings", "IotHub")],
                generic=[("Devices", "Connection")], fts=CONN_FTS,
                cs="ServiceClient.CreateFromConnectionString({v})")


def k_acr(rng, c):
    k = with_sig(rb64(rng, 39), 42, "+ACR")
    return spec("azure_container_registry", "admin_password", k,
                names=[("", "ACR_PASSWORD"), ("ContainerRegistry", "Password")],
                generic=[("", "REGISTRY_PASSWORD"), ("Docker", "Password")],
                fts=["azure-pipelines.yml", "github-workflow.yml", "ps1", "README.md", "docker-compose.override.yml"])


def k_search(rng, c):
    k = with_sig(rstr(rng, ALNUM, 52), 42, "AzSe") if rng.random() < 0.4 else rhex(rng, 32, upper=True)
    return spec("azure_search", "admin_key", k,
                names=[("AzureSearch", "AdminKey"), ("CognitiveSearch", "ApiKey"), ("", "SEARCH_ADMIN_KEY")],
                generic=[("Search", "Key"), ("Index", "ApiKey")], header="api-key",
                cs="new SearchClient(endpoint, indexName, new AzureKeyCredential({v}))")


def k_eventgrid(rng, c):
    k = rb64(rng, 32) if rng.random() < 0.6 else annotated84(rng, "AZEG")
    return spec("azure_event_grid", "topic_key", k,
                names=[("EventGrid", "TopicKey"), ("EventGrid", "AccessKey")],
                generic=[("Events", "Key"), ("", "TOPIC_KEY")], header="aeg-sas-key")


def k_batch(rng, c):
    k = rb64(rng, 64)
    return spec("azure_batch", "account_key", k,
                names=[("Batch", "AccountKey"), ("AzureBatch", "Key")],
                generic=[("Compute", "Key")], fts=CFG_FTS)


def k_openai(rng, c):
    if rng.random() < 0.7:
        k = "sk-proj-" + rstr(rng, URLSAFE, 74) + "T3BlbkFJ" + rstr(rng, URLSAFE, 74)
    else:
        k = "sk-" + rstr(rng, ALNUM, 20) + "T3BlbkFJ" + rstr(rng, ALNUM, 20)
    return spec("openai", "api_key", k,
                names=[("OpenAI", "ApiKey"), ("", "OPENAI_API_KEY")],
                generic=[("", "LLM_KEY"), ("Ai", "ApiKey"), ("SemanticKernel", "Key")],
                header="Authorization", cs="new OpenAIClient({v})")


def k_sqladmin_iac(rng, c):
    pw = human_password(rng) if rng.random() < 0.5 else random_password(rng)
    return spec("azure_sql", "administrator_login_password", pw,
                special=["bicep", "arm", "arm_params", "pulumi"], fts=[])


def k_machinekey(rng, c, which):
    k = rhex(rng, 128, upper=True) if which == "validation" else rhex(rng, 64, upper=True)
    return spec("aspnet", "machine_key_" + which, k, special=["machinekey"], fts=[])


def k_dataprotection(rng, c):
    k = rb64(rng, 64)
    return spec("aspnet", "data_protection_master_key", k, special=["dpkey"], fts=[])


def k_gh_creds(rng, c):
    k = rstr(rng, ALNUM, 3) + rng.choice("78") + "Q~" + rstr(rng, ALNUM + "_.~-", 34)
    return spec("azure_ad", "sp_credentials_json", k, special=["gh_azure_login"], fts=[])


def k_nuget_feed(rng, c):
    k = rstr(rng, B32L, 52) if rng.random() < 0.6 else github_token(rng)
    return spec("nuget", "cleartext_feed_password", k, special=["nuget_config"], fts=[])


def k_func_master(rng, c):
    k = func_key(rng)
    return spec("azure_functions", "webjobs_secrets_key", k, special=["func_secrets_host", "func_secrets_fn"], fts=[])


POS_KINDS = [
    lambda r, c: k_sql_password(r, c, False),
    lambda r, c: k_sql_password(r, c, True),
    k_postgres, k_mysql, k_storage_key, k_storage_conn, k_storage_sas, k_storage_sas,
    lambda r, c: k_sb(r, c, "servicebus"),
    lambda r, c: k_sb(r, c, "eventhubs"),
    lambda r, c: k_sb(r, c, "relay"),
    k_cosmos, k_cosmos,
    k_signalr, lambda r, c: k_signalr(r, c, True),
    k_redis, k_appinsights_api,
    lambda r, c: k_entra(r, c, True), lambda r, c: k_entra(r, c, False),
    lambda r, c: k_ado_pat(r, c, False), lambda r, c: k_ado_pat(r, c, True),
    lambda r, c: k_cog(r, c, "azure_openai", "api_key"),
    lambda r, c: k_cog(r, c, "azure_cognitive", "subscription_key"),
    lambda r, c: k_cog(r, c, "azure_translator", "subscription_key"),
    lambda r, c: k_cog(r, c, "azure_apim", "subscription_key"),
    lambda r, c: k_cog(r, c, "bing_search", "subscription_key"),
    k_maps, k_acs, k_func_url, k_func_hostkey, k_func_master, k_publish, k_msdeploy,
    k_nuget, k_nuget_feed, k_github, k_idsrv, k_jwt, k_dataprotection, k_sendgrid,
    lambda r, c: k_twilio(r, c, "auth_token"), lambda r, c: k_twilio(r, c, "api_key_secret"),
    lambda r, c: k_stripe(r, c, "secret_key"), lambda r, c: k_stripe(r, c, "restricted_key"),
    lambda r, c: k_stripe(r, c, "webhook_secret"),
    k_hangfire, k_smtp, k_rabbit, k_iothub, k_acr, k_search, k_eventgrid, k_batch, k_openai,
    k_sqladmin_iac, k_sqladmin_iac,
    lambda r, c: k_machinekey(r, c, "validation"), lambda r, c: k_machinekey(r, c, "decryption"),
    k_gh_creds,
]


# ---------------------------------------------------------------------------
# rendering helpers
# ---------------------------------------------------------------------------
class Raw(str):
    """A code expression (not a string literal) for code file types."""


def env_name(section, key):
    s = section.replace(":", "__")
    return (s + "__" + key) if s else key


def colon_name(section, key):
    return (section + ":" + key) if section else key


def pascal(section, key):
    parts = []
    for p in (section.replace(":", " ") + " " + key).replace("_", " ").split():
        parts.append(p[:1].upper() + (p[1:].lower() if p.isupper() else p[1:]))
    s = "".join(parts)
    return s or "Value"


def camel(section, key):
    p = pascal(section, key)
    return p[:1].lower() + p[1:]


def xml_attr(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def yq(v):
    """YAML scalar: single-quoted."""
    return "'" + v.replace("'", "''") + "'"


def cs_lit(v):
    if isinstance(v, Raw):
        return str(v)
    assert '"' not in v and "\\" not in v, v
    return '"' + v + '"'


def jset(d, section, key, value):
    if not section:
        d[key] = value
        return
    cur = d
    for part in section.split(":"):
        nxt = cur.get(part)
        if not isinstance(nxt, dict):
            nxt = {}
            cur[part] = nxt
        cur = nxt
    cur[key] = value


def port(rng):
    return rng.randint(5000, 7299)


def filler_sections(rng, c, n):
    """Non-secret appsettings sections."""
    pool = [
        ("Serilog", {"MinimumLevel": {"Default": "Information", "Override": {"Microsoft": "Warning", "System": "Warning"}},
                     "WriteTo": [{"Name": "Console"}]}),
        ("Cors", {"AllowedOrigins": ["https://%s.%s.com" % (c["app"].lower(), c["comp"].lower()),
                                     "https://localhost:%d" % port(rng)]}),
        ("FeatureManagement", {"UseNewCheckout": rng.choice([True, False]), "EnableAuditLog": True}),
        ("Swagger", {"Enabled": rng.choice([True, False]), "Title": "%s %s API" % (c["comp"], c["app"])}),
        ("HealthChecks", {"Path": "/health", "TimeoutSeconds": rng.choice([5, 10, 30])}),
        ("Caching", {"DefaultTtlMinutes": rng.choice([5, 10, 15, 60]), "SizeLimit": 1024}),
        ("Storage", {"ContainerName": rng.choice(["uploads", "documents", "images", "exports"]),
                     "MaxUploadMb": rng.choice([10, 25, 50])}),
        ("Orleans", {"ClusterId": "%s-%s" % (c["short"], c["env"]), "ServiceId": c["app"] + "Service"}),
        ("RateLimiting", {"PermitLimit": rng.choice([60, 100, 600]), "WindowSeconds": 60}),
        ("Kestrel", {"Endpoints": {"Http": {"Url": "http://0.0.0.0:%d" % rng.choice([80, 8080, 5000])}}}),
        ("AzureAd", {"Instance": "https://login.microsoftonline.com/", "Domain": "%s.onmicrosoft.com" % c["comp"].lower(),
                     "TenantId": c["tenant"], "ClientId": c["client"], "CallbackPath": "/signin-oidc"}),
        ("Paging", {"DefaultPageSize": rng.choice([20, 25, 50]), "MaxPageSize": 200}),
        ("Retry", {"MaxAttempts": rng.choice([3, 5]), "BackoffMs": rng.choice([200, 500, 1000])}),
    ]
    rng.shuffle(pool)
    return pool[:n]


def base_appsettings(rng, c, n_fill=None):
    d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}}
    if rng.random() < 0.3:
        d["Logging"]["LogLevel"]["Microsoft.EntityFrameworkCore.Database.Command"] = "Warning"
    d["AllowedHosts"] = "*"
    for k, v in filler_sections(rng, c, rng.randint(1, 4) if n_fill is None else n_fill):
        d[k] = json.loads(json.dumps(v))
    return d


def r_appsettings(rng, c, section, key, value, conn, ft):
    d = base_appsettings(rng, c)
    if ft in ("appsettings.Development.json", "appsettings.Staging.json") and rng.random() < 0.6:
        d = {"Logging": {"LogLevel": {"Default": "Debug", "Microsoft.AspNetCore": "Information"}}}
    jset(d, section, key, value)
    if rng.random() < 0.5:
        # move the setting to a random position among top-level keys
        items = list(d.items())
        top = section.split(":")[0] if section else key
        it = [x for x in items if x[0] == top]
        rest = [x for x in items if x[0] != top]
        pos = rng.randint(1, len(rest)) if rest else 0
        d = dict(rest[:pos] + it + rest[pos:])
    return json.dumps(d, indent=2) + "\n"


def r_local_settings(rng, c, section, key, value, conn, ft):
    vals = {"AzureWebJobsStorage": "UseDevelopmentStorage=true",
            "FUNCTIONS_WORKER_RUNTIME": rng.choice(["dotnet-isolated", "dotnet-isolated", "dotnet"])}
    if rng.random() < 0.5:
        vals["FUNCTIONS_EXTENSION_VERSION"] = "~4"
    for k, v in rng.sample([("QueueName", rng.choice(["orders", "outbox", "thumbnails"])),
                            ("ScheduleCron", "0 */5 * * * *"), ("BlobContainer", "incoming"),
                            ("AzureFunctionsJobHost__logging__logLevel__default", "Information"),
                            ("WEBSITE_TIME_ZONE", "UTC")], rng.randint(1, 3)):
        vals[k] = v
    d = {"IsEncrypted": False, "Values": vals}
    if conn and section == "ConnectionStrings" and rng.random() < 0.6:
        d["ConnectionStrings"] = {key: value}
    else:
        name = key if not section or section == "ConnectionStrings" else (
            env_name(section, key) if rng.random() < 0.6 else colon_name(section, key))
        vals[name] = value
    if rng.random() < 0.4:
        d["Host"] = {"LocalHttpPort": 7071, "CORS": "*"}
    return json.dumps(d, indent=2) + "\n"


def r_launch(rng, c, section, key, value, conn, ft):
    p = port(rng)
    env = {"ASPNETCORE_ENVIRONMENT": "Development"}
    env[env_name(section, key)] = value
    prof = {"commandName": "Project", "dotnetRunMessages": True, "launchBrowser": rng.choice([True, False]),
            "applicationUrl": "https://localhost:%d;http://localhost:%d" % (p + 1000, p),
            "environmentVariables": env}
    if rng.random() < 0.5:
        prof["launchUrl"] = rng.choice(["swagger", "health", ""])
    d = {"$schema": "https://json.schemastore.org/launchsettings.json"}
    if rng.random() < 0.5:
        d["iisSettings"] = {"windowsAuthentication": False, "anonymousAuthentication": True,
                            "iisExpress": {"applicationUrl": "http://localhost:%d" % rng.randint(40000, 60000),
                                           "sslPort": rng.randint(44300, 44399)}}
    d["profiles"] = {c["proj"]: prof}
    if rng.random() < 0.5:
        d["profiles"]["IIS Express"] = {"commandName": "IISExpress", "launchBrowser": True,
                                        "environmentVariables": {"ASPNETCORE_ENVIRONMENT": "Development"}}
    if rng.random() < 0.3:
        d["profiles"]["Docker"] = {"commandName": "Docker", "launchBrowser": True,
                                   "launchUrl": "{Scheme}://{ServiceHost}:{ServicePort}/swagger",
                                   "publishAllPorts": True, "useSSL": True}
    return json.dumps(d, indent=2) + "\n"


def r_secrets_json(rng, c, section, key, value, conn, ft):
    items = [("AzureAd:TenantId", c["tenant"]), ("AzureAd:ClientId", c["client"]),
             ("Smtp:Host", "smtp.%s.com" % c["comp"].lower()), ("FeatureFlags:UseMocks", "false"),
             ("Storage:ContainerName", "uploads-dev"), ("Seed:AdminEmail", "admin@%s.com" % c["comp"].lower())]
    rng.shuffle(items)
    items = items[:rng.randint(0, 3)]
    items.insert(rng.randint(0, len(items)), (colon_name(section, key), value))
    if rng.random() < 0.3:
        d = {}
        for k, v in items:
            parts = k.split(":")
            jset(d, ":".join(parts[:-1]), parts[-1], v)
    else:
        d = dict(items)
    return json.dumps(d, indent=2) + "\n"


BINDINGS = [("Newtonsoft.Json", "30ad4fe6b2a6aeed", "13.0.0.0"),
            ("System.Runtime.CompilerServices.Unsafe", "b03f5f7f11d50a3a", "6.0.0.0"),
            ("Microsoft.Owin", "31bf3856ad364e35", "4.2.2.0"),
            ("System.Web.Mvc", "31bf3856ad364e35", "5.2.9.0"),
            ("System.Memory", "cc7b13ffcd2ddd51", "4.0.1.2"),
            ("Antlr3.Runtime", "eb42632606e9261f", "3.5.0.2"),
            ("System.Web.Helpers", "31bf3856ad364e35", "3.0.0.0"),
            ("Microsoft.Bcl.AsyncInterfaces", "cc7b13ffcd2ddd51", "8.0.0.0")]


def assembly_binding(rng, n=None):
    bs = rng.sample(BINDINGS, n if n is not None else rng.randint(1, 3))
    out = ["  <runtime>", '    <assemblyBinding xmlns="urn:schemas-microsoft-com:asm.v1">']
    for name, tok, ver in bs:
        out += ["      <dependentAssembly>",
                '        <assemblyIdentity name="%s" publicKeyToken="%s" culture="neutral" />' % (name, tok),
                '        <bindingRedirect oldVersion="0.0.0.0-%s" newVersion="%s" />' % (ver, ver),
                "      </dependentAssembly>"]
    out += ["    </assemblyBinding>", "  </runtime>"]
    return out


def r_webconfig(rng, c, section, key, value, conn, ft, extra_sys_web=None, conn_lines=None, app_lines=None):
    legacy = ft in ("web.config", "App.config")
    lines = ['<?xml version="1.0" encoding="utf-8"?>']
    if ft == "Web.Release.config":
        lines.append('<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">')
    else:
        lines.append("<configuration>")
    if ft == "App.config":
        lines += ["  <startup>", '    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.%s" />'
                  % rng.choice(["7.2", "8", "8.1"]), "  </startup>"]
    tr = ' xdt:Transform="SetAttributes" xdt:Locator="Match(%s)"'
    cl = list(conn_lines or [])
    al = list(app_lines or [])
    if value is not None:
        v = xml_attr(value)
        if conn and section in ("ConnectionStrings", ""):
            low = value.lower()
            if "postgres" in low or low.startswith("host="):
                prov = rng.choice(["Npgsql", ""])
            elif "mysql" in low:
                prov = rng.choice(["MySql.Data.MySqlClient", ""])
            elif "initial catalog" in low or "database.windows.net" in low or "database=" in low:
                prov = rng.choice(["System.Data.SqlClient", "System.Data.SqlClient", "Microsoft.Data.SqlClient", ""])
            else:
                prov = ""
            cl.append('    <add name="%s" connectionString="%s"%s%s />' % (
                key, v, (' providerName="%s"' % prov) if prov else "", tr % "name" if ft == "Web.Release.config" else ""))
        else:
            name = colon_name(section, key) if rng.random() < 0.5 else pascal(section, key)
            al.append('    <add key="%s" value="%s"%s />' % (name, v, tr % "key" if ft == "Web.Release.config" else ""))
    if ft != "Web.Release.config":
        fill = [('ClientValidationEnabled', 'true'), ('UnobtrusiveJavaScriptEnabled', 'true'),
                ('Environment', c["env"]),
                ('ida:Tenant', c["tenant"]), ('ida:ClientId', c["client"]),
                ('BlobContainer', 'documents'), ('PageSize', '25')]
        if ft == "web.config":
            fill.append(('webpages:Version', '3.0.0.0'))
        for k, v in rng.sample(fill, rng.randint(1, 4)):
            al.insert(rng.randint(0, len(al)), '    <add key="%s" value="%s" />' % (k, v))
    if cl:
        lines += ["  <connectionStrings>"] + cl + ["  </connectionStrings>"]
    if al:
        lines += ["  <appSettings>"] + al + ["  </appSettings>"]
    if ft == "web.config":
        lines += ["  <system.web>",
                  '    <compilation debug="%s" targetFramework="4.%s" />' % (rng.choice(["true", "false"]), rng.choice(["7.2", "8"])),
                  '    <httpRuntime targetFramework="4.%s" maxRequestLength="%d" />' % (rng.choice(["7.2", "8"]), rng.choice([4096, 10240, 51200])),
                  '    <customErrors mode="%s" />' % rng.choice(["RemoteOnly", "On", "Off"])]
        lines += list(extra_sys_web or [])
        lines += ["  </system.web>"]
        if rng.random() < 0.6:
            lines += ["  <system.webServer>", '    <modules runAllManagedModulesForAllRequests="true" />',
                      "    <handlers>",
                      '      <remove name="ExtensionlessUrlHandler-Integrated-4.0" />',
                      '      <add name="ExtensionlessUrlHandler-Integrated-4.0" path="*." verb="*" type="System.Web.Handlers.TransferRequestHandler" preCondition="integratedMode,runtimeVersionv4.0" />',
                      "    </handlers>", "  </system.webServer>"]
        lines += assembly_binding(rng)
    elif ft == "App.config":
        lines += list(extra_sys_web or [])
        if rng.random() < 0.5:
            lines += assembly_binding(rng)
    else:
        lines += ["  <system.web>", '    <compilation xdt:Transform="RemoveAttributes(debug)" />', "  </system.web>"]
    lines.append("</configuration>")
    return "\n".join(lines) + "\n"


USINGS = ["using System;", "using System.Net.Http;", "using Microsoft.Extensions.DependencyInjection;",
          "using Microsoft.Extensions.Configuration;", "using System.Threading.Tasks;",
          "using Microsoft.Extensions.Logging;", "using System.Collections.Generic;"]


CS_NS = {"new BlobServiceClient": "Azure.Storage.Blobs", "new BlobContainerClient": "Azure.Storage.Blobs",
         "new StorageSharedKeyCredential": "Azure.Storage", "new ServiceBusClient": "Azure.Messaging.ServiceBus",
         "new EventHubProducerClient": "Azure.Messaging.EventHubs.Producer", "new CosmosClient": "Microsoft.Azure.Cosmos",
         "ConnectionMultiplexer": "StackExchange.Redis", "new SqlConnection": "Microsoft.Data.SqlClient",
         "new NpgsqlConnection": "Npgsql", "new ClientSecretCredential": "Azure.Identity",
         "new AzureOpenAIClient": "Azure.AI.OpenAI", "new AzureKeyCredential": "Azure",
         "new EmailClient": "Azure.Communication.Email", "new SendGridClient": "SendGrid",
         "new SymmetricSecurityKey": "Microsoft.IdentityModel.Tokens", "ServiceClient": "Microsoft.Azure.Devices",
         "new SearchClient": "Azure.Search.Documents", "new OpenAIClient": "OpenAI", "new Uri": "System"}


def cs_ns_for(tmpl):
    for k, v in CS_NS.items():
        if tmpl.startswith(k):
            return v
    return "System"


def r_cs(rng, c, section, key, value, conn, ft, sp=None):
    ident = pascal(section, key) if rng.random() < 0.7 else pascal("", key)
    lit = cs_lit(value)
    raw = isinstance(value, Raw)
    cs_tmpl = sp.get("cs") if sp else None
    header = sp.get("header") if sp else None
    forms = [0, 3]
    if cs_tmpl:
        forms += [1, 1, 4]
    if header and not conn:
        forms += [2, 2, 4]
    form = rng.choice(forms)
    L = sorted(rng.sample(USINGS, rng.randint(2, 4)))
    L.append("")
    ns = c["ns"]
    p = c["proj"]
    if form == 0:
        cls = rng.choice(["AppConstants", "Settings", "Defaults", "Secrets", "Keys", "Config"])
        L += ["namespace %s.Configuration;" % ns, "",
              "internal static class %s" % cls, "{",
              '    public const string Environment = "%s";' % c["env"],
              ("    public static readonly string %s = %s;" if raw else "    public const string %s = %s;") % (ident, lit),
              "    public const int TimeoutSeconds = %d;" % rng.choice([15, 30, 60]),
              "}"]
        path = "src/%s/Configuration/%s.cs" % (p, cls)
    elif form == 1:
        L = ["using %s;" % cs_ns_for(cs_tmpl), ""]
        L += [rng.choice(["var builder = WebApplication.CreateBuilder(args);",
                          "var builder = WebApplication.CreateSlimBuilder(args);"]),
              "", "builder.Services.AddControllers();",
              "builder.Services.AddEndpointsApiExplorer();",
              "builder.Services.AddSingleton(_ => %s);" % cs_tmpl.replace("{v}", lit),
              "builder.Services.AddApplicationInsightsTelemetry();", "",
              "var app = builder.Build();", "", "app.UseHttpsRedirection();",
              "app.MapControllers();", "app.MapGet(\"/health\", () => Results.Ok());", "", "app.Run();"]
        path = "src/%s/Program.cs" % p
    elif form == 2:
        cls = c["app"] + rng.choice(["Client", "ApiClient", "Gateway"])
        L += ["namespace %s.Services;" % ns, "",
              "public sealed class %s" % cls, "{",
              "    private readonly HttpClient _http;", "",
              "    public %s(HttpClient http)" % cls, "    {",
              "        _http = http;",
              '        _http.BaseAddress = new Uri("https://%s.%s.com/");' % (c["app"].lower(), c["comp"].lower()),
              '        _http.DefaultRequestHeaders.Add("%s", %s);' % (header, (('"Bearer " + ' + lit) if header == "Authorization" else lit)),
              "    }", "",
              "    public async Task<string> GetAsync(string path)", "    {",
              "        var res = await _http.GetAsync(path);", "        res.EnsureSuccessStatusCode();",
              "        return await res.Content.ReadAsStringAsync();", "    }", "}"]
        path = "src/%s/Services/%s.cs" % (p, cls)
    elif form == 3:
        cls = (section.split(":")[-1] or c["app"]) + "Options"
        L += ["namespace %s.Options;" % ns, "",
              "public class %s" % cls, "{",
              '    public const string SectionName = "%s";' % (section or c["app"]), "",
              '    public string Endpoint { get; set; } = "https://%s-%s.azurewebsites.net";' % (c["short"], c["env"]),
              "    public string %s { get; set; } = %s;" % (pascal("", key), lit),
              "    public int RetryCount { get; set; } = %d;" % rng.choice([3, 5]), "}"]
        path = "src/%s/Options/%s.cs" % (p, cls)
    else:
        L = ["using Xunit;", ""] + L
        L += ["namespace %s.Tests;" % ns, "", "public class %sIntegrationTests" % c["app"], "{",
              ("    private static readonly string %s = %s;" % (ident, lit)), "", "    [Fact]"]
        if header and not conn:
            L += ["    public async Task Health_ReturnsOk()", "    {",
                  "        using var client = new HttpClient { BaseAddress = new Uri(\"https://%s-%s.azurewebsites.net\") };" % (c["host"], c["region"][:3]),
                  '        client.DefaultRequestHeaders.Add("%s", %s);' % (header, ('"Bearer " + ' + ident) if header == "Authorization" else ident),
                  '        var res = await client.GetAsync("/health");',
                  "        Assert.True(res.IsSuccessStatusCode);", "    }", "}"]
        else:
            L += ["    public void Client_CanBeCreated()", "    {",
                  "        var client = %s;" % cs_tmpl.replace("{v}", ident), "        Assert.NotNull(client);", "    }", "}"]
        path = "tests/%s.Tests/%sIntegrationTests.cs" % (p, c["app"])
    return "\n".join(L) + "\n", path


def r_fs(rng, c, section, key, value, conn, ft, sp=None):
    ident = camel(section, key)
    raw = isinstance(value, Raw)
    lit = cs_lit(value)
    L = ["module %s.Config" % c["ns"], "", "open System", "open System.Net.Http", ""]
    if not raw and rng.random() < 0.5:
        L += ["[<Literal>]", "let %s = %s" % (pascal(section, key), lit)]
    else:
        L += ["let %s = %s" % (ident, lit)]
    L += ["", "let baseUrl = Uri \"https://%s-%s.azurewebsites.net/\"" % (c["short"], c["env"]),
          "let timeout = TimeSpan.FromSeconds %d." % rng.choice([10, 30, 60]), "",
          "let createClient () =", "    let c = new HttpClient(BaseAddress = baseUrl, Timeout = timeout)",
          "    c.DefaultRequestHeaders.Add(\"User-Agent\", \"%s/%d.%d\")" % (c["app"], rng.randint(1, 4), rng.randint(0, 9)),
          "    c"]
    return "\n".join(L) + "\n"


def r_vb(rng, c, section, key, value, conn, ft, sp=None):
    ident = pascal(section, key)
    lit = cs_lit(value)
    raw = isinstance(value, Raw)
    L = ["Imports System", "Imports System.Configuration", "", "Namespace %s" % c["ns"].replace(".Maui", ""),
         "    Public Module AppSettings",
         ('        Public ReadOnly %s As String = %s' if raw else '        Public Const %s As String = %s') % (ident, lit),
         '        Public Const Environment As String = "%s"' % c["env"],
         "        Public Const PageSize As Integer = %d" % rng.choice([20, 25, 50]), "",
         "        Public Function ServiceUrl() As String",
         '            Return "https://%s-%s.azurewebsites.net/api/"' % (c["short"], c["env"]),
         "        End Function", "    End Module", "End Namespace"]
    return "\n".join(L) + "\n"


def csproj_head(rng, c):
    return ['<Project Sdk="%s">' % rng.choice(["Microsoft.NET.Sdk.Web", "Microsoft.NET.Sdk", "Microsoft.NET.Sdk.Worker"]), "",
            "  <PropertyGroup>", "    <TargetFramework>%s</TargetFramework>" % c["dotnet"],
            "    <Nullable>enable</Nullable>", "    <ImplicitUsings>enable</ImplicitUsings>"]


PKGS = [("Azure.Identity", "1.12.0"), ("Microsoft.EntityFrameworkCore.SqlServer", "8.0.6"),
        ("Serilog.AspNetCore", "8.0.1"), ("Azure.Storage.Blobs", "12.20.0"), ("Swashbuckle.AspNetCore", "6.6.2"),
        ("Microsoft.Identity.Web", "2.19.0"), ("Azure.Messaging.ServiceBus", "7.17.5"),
        ("Microsoft.Azure.Functions.Worker", "1.22.0"), ("Hangfire.AspNetCore", "1.8.12")]


def r_csproj(rng, c, section, key, value, conn, ft, extra_props=None):
    name = pascal("", key) if rng.random() < 0.5 else pascal(section, key)
    if ft == "Directory.Build.props":
        L = ["<Project>", "  <PropertyGroup>", "    <LangVersion>latest</LangVersion>",
             "    <Company>%s</Company>" % c["comp"], "    <Authors>%s Engineering</Authors>" % c["comp"],
             "    <TreatWarningsAsErrors>%s</TreatWarningsAsErrors>" % rng.choice(["true", "false"])]
    else:
        L = csproj_head(rng, c)
    L += list(extra_props or [])
    if value is not None:
        L.append("    <%s>%s</%s>" % (name, xml_attr(value), name))
    L += ["  </PropertyGroup>", ""]
    if ft != "Directory.Build.props":
        L += ["  <ItemGroup>"]
        for p, v in rng.sample(PKGS, rng.randint(2, 5)):
            L.append('    <PackageReference Include="%s" Version="%s" />' % (p, v))
        L += ["  </ItemGroup>", ""]
    else:
        L += ["  <ItemGroup>", '    <PackageReference Include="Microsoft.SourceLink.GitHub" Version="8.0.0" PrivateAssets="All" />',
              "  </ItemGroup>", ""]
    L.append("</Project>")
    return "\n".join(L) + "\n"


def r_dockerfile(rng, c, section, key, value, conn, ft, build_arg=False):
    name = env_name(section, key)
    img = c["dotnet"].replace("net", "")
    dll = c["proj"] + ".dll"
    L = ["FROM mcr.microsoft.com/dotnet/aspnet:%s AS base" % img, "WORKDIR /app",
         "EXPOSE 8080", "", "FROM mcr.microsoft.com/dotnet/sdk:%s AS build" % img,
         "ARG BUILD_CONFIGURATION=Release", "WORKDIR /src",
         'COPY ["src/%s/%s.csproj", "src/%s/"]' % (c["proj"], c["proj"], c["proj"])]
    setting = 'ENV %s="%s"' % (name, value) if value is not None else None
    if build_arg and setting:
        L.append('ARG %s="%s"' % (name, value))
    L += ['RUN dotnet restore "./src/%s/%s.csproj"' % (c["proj"], c["proj"]), "COPY . .",
          'WORKDIR "/src/src/%s"' % c["proj"],
          'RUN dotnet build "./%s.csproj" -c $BUILD_CONFIGURATION -o /app/build' % c["proj"], "",
          "FROM build AS publish",
          'RUN dotnet publish "./%s.csproj" -c $BUILD_CONFIGURATION -o /app/publish /p:UseAppHost=false' % c["proj"], "",
          "FROM base AS final", "WORKDIR /app", "COPY --from=publish /app/publish .",
          "ENV ASPNETCORE_ENVIRONMENT=%s" % rng.choice(["Production", "Staging", "Development"])]
    if setting and not build_arg:
        L.append(setting)
    L.append('ENTRYPOINT ["dotnet", "%s"]' % dll)
    return "\n".join(L) + "\n"


def r_compose(rng, c, section, key, value, conn, ft):
    svc = c["proj"].lower()
    name = env_name(section, key)
    L = ["services:", "  %s:" % svc, "    environment:", "      - ASPNETCORE_ENVIRONMENT=Development",
         "      - ASPNETCORE_HTTP_PORTS=8080"]
    if rng.random() < 0.5:
        L.append("      - ASPNETCORE_HTTPS_PORTS=8081")
    if value is not None:
        if any(ch in value for ch in "#:{}[]'\" ") or rng.random() < 0.3:
            L.append('      - "%s=%s"' % (name, value))
        else:
            L.append("      - %s=%s" % (name, value))
    L += ["    ports:", "      - \"%d:8080\"" % port(rng), "    volumes:",
          "      - ${APPDATA}/Microsoft/UserSecrets:/home/app/.microsoft/usersecrets:ro",
          "      - ${APPDATA}/ASP.NET/Https:/home/app/.aspnet/https:ro"]
    if rng.random() < 0.6:
        L = ["version: '3.4'", ""] + L
    if rng.random() < 0.5:
        L += ["", "  azurite:", "    image: mcr.microsoft.com/azure-storage/azurite",
              "    ports:", '      - "10000:10000"', '      - "10001:10001"']
    return "\n".join(L) + "\n"


def r_pipelines(rng, c, section, key, value, conn, ft, steps_extra=None):
    name = env_name(section, key) if rng.random() < 0.6 else pascal(section, key)
    L = ["trigger:", "  branches:", "    include:", "      - main", "", "pool:",
         "  vmImage: '%s'" % rng.choice(["ubuntu-latest", "windows-latest"]), "", "variables:",
         "  buildConfiguration: 'Release'",
         "  azureSubscription: '%s-%s-sc'" % (c["comp"].lower(), c["env"]),
         "  webAppName: 'app-%s-%s'" % (c["short"], c["env"])]
    if value is not None:
        L.append("  %s: %s" % (name, yq(value)))
    L += ["", "steps:", "- task: UseDotNet@2", "  inputs:", "    packageType: 'sdk'",
          "    version: '%s.x'" % c["dotnet"].replace("net", ""), "",
          "- task: DotNetCoreCLI@2", "  displayName: 'Restore'", "  inputs:", "    command: 'restore'",
          "    projects: '**/*.csproj'", "",
          "- task: DotNetCoreCLI@2", "  displayName: 'Publish'", "  inputs:", "    command: 'publish'",
          "    publishWebProjects: true", "    arguments: '--configuration $(buildConfiguration) --output $(Build.ArtifactStagingDirectory)'"]
    L += list(steps_extra or [])
    L += ["", "- task: AzureWebApp@1", "  inputs:", "    azureSubscription: '$(azureSubscription)'",
          "    appName: '$(webAppName)'", "    package: '$(Build.ArtifactStagingDirectory)/**/*.zip'"]
    return "\n".join(L) + "\n"


def r_ghwf(rng, c, section, key, value, conn, ft, steps_extra=None):
    name = env_name(section, key).upper() if rng.random() < 0.5 else env_name(section, key)
    L = ["name: build-and-deploy", "", "on:", "  push:", "    branches: [ main ]", "  workflow_dispatch:", "",
         "env:", "  DOTNET_VERSION: '%s.x'" % c["dotnet"].replace("net", ""),
         "  AZURE_WEBAPP_NAME: app-%s-%s" % (c["short"], c["env"])]
    if value is not None:
        L.append("  %s: %s" % (name, yq(value)))
    L += ["", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
          "      - uses: actions/setup-dotnet@v4", "        with:", "          dotnet-version: ${{ env.DOTNET_VERSION }}",
          "      - run: dotnet restore", "      - run: dotnet build --no-restore -c Release",
          "      - run: dotnet test --no-build -c Release"]
    L += list(steps_extra or [])
    return "\n".join(L) + "\n"


def r_ps1(rng, c, section, key, value, conn, ft):
    var = camel(section, key)
    rg = "rg-%s-%s" % (c["short"], c["env"])
    L = ["#Requires -Version 7", "param(", '    [string]$ResourceGroup = "%s",' % rg,
         '    [string]$Location = "%s"' % c["region"], ")", "", '$ErrorActionPreference = "Stop"',
         '$appName = "app-%s-%s"' % (c["short"], c["env"])]
    if value is not None:
        if isinstance(value, Raw):
            L.append("$%s = %s" % (var, value))
        else:
            L.append('$%s = "%s"' % (var, value))
    L += ["", "az group create --name $ResourceGroup --location $Location | Out-Null",
          "az webapp config appsettings set `", "    --resource-group $ResourceGroup `", "    --name $appName `",
          '    --settings "%s=$%s" "ASPNETCORE_ENVIRONMENT=Production"' % (env_name(section, key), var), "",
          'Write-Host "Settings updated for $appName"']
    return "\n".join(L) + "\n"


def r_readme(rng, c, section, key, value, conn, ft):
    L = ["# %s %s" % (c["comp"], c["app"]), "",
         "%s service for the %s platform. Built with ASP.NET Core (%s)." % (c["layer"], c["comp"], c["dotnet"]), "",
         "## Getting started", "", "1. Install the .NET SDK and Docker.",
         "2. Start Azurite: `docker compose up azurite -d`", "3. Configure local settings:", ""]
    form = rng.randrange(3)
    if form == 0:
        L += ["```bash", "cd src/%s" % c["proj"], "dotnet user-secrets init",
              'dotnet user-secrets set "%s" "%s"' % (colon_name(section, key), value), "```"]
    elif form == 1:
        d = {}
        jset(d, section, key, value)
        L += ["Add this to `appsettings.Development.json`:", "", "```json"] + json.dumps(d, indent=2).split("\n") + ["```"]
    else:
        L += ["```bash", "export %s='%s'" % (env_name(section, key), value), "dotnet run --project src/%s" % c["proj"], "```"]
    L += ["", "## Running tests", "", "```bash", "dotnet test", "```", "",
          "## Deployment", "", "Merges to `main` deploy to the `%s` environment via Azure Pipelines." % c["env"]]
    return "\n".join(L) + "\n"


def r_http(rng, c, section, key, value, conn, ft, sp=None):
    header = (sp or {}).get("header") or rng.choice(["X-Api-Key", "Ocp-Apim-Subscription-Key", "api-key"])
    var = camel("", key) if rng.random() < 0.6 else camel(section, key)
    host = rng.choice(["https://localhost:%d" % (port(rng) + 1000),
                       "https://app-%s-%s.azurewebsites.net" % (c["short"], c["env"])])
    L = ["@host = %s" % host]
    is_url = value is not None and value.startswith("https://")
    if is_url:
        L += ["", "### Call endpoint", "GET %s" % value, "Accept: application/json"]
    else:
        hv = ("Bearer {{%s}}" % var) if header == "Authorization" else "{{%s}}" % var
        L += ["@%s = %s" % (var, value), "",
              "### List %s" % c["app"].lower(), "GET {{host}}/api/%s" % c["app"].lower(),
              "%s: %s" % (header, hv), "Accept: application/json", ""]
    L += ["", "### Create", "POST {{host}}/api/%s" % c["app"].lower(), "Content-Type: application/json", "",
          "{", '  "name": "%s",' % rng.choice(NAMES), '  "quantity": %d' % rng.randint(1, 20), "}"]
    return "\n".join(L) + "\n"


GENERIC = {
    "appsettings.json": r_appsettings, "appsettings.Development.json": r_appsettings,
    "appsettings.Production.json": r_appsettings, "appsettings.Staging.json": r_appsettings,
    "local.settings.json": r_local_settings, "launchSettings.json": r_launch, "secrets.json": r_secrets_json,
    "web.config": r_webconfig, "App.config": r_webconfig, "Web.Release.config": r_webconfig,
    "cs": r_cs, "fs": r_fs, "vb": r_vb, "csproj": r_csproj, "Directory.Build.props": r_csproj,
    "Dockerfile": r_dockerfile, "docker-compose.override.yml": r_compose, "azure-pipelines.yml": r_pipelines,
    "github-workflow.yml": r_ghwf, "ps1": r_ps1, "README.md": r_readme, "http": r_http,
}


def path_for(rng, c, ft):
    p = c["proj"]
    return {
        "appsettings.json": "src/%s/appsettings.json" % p,
        "appsettings.Development.json": "src/%s/appsettings.Development.json" % p,
        "appsettings.Production.json": "src/%s/appsettings.Production.json" % p,
        "appsettings.Staging.json": "src/%s/appsettings.Staging.json" % p,
        "local.settings.json": "src/%s/local.settings.json" % p,
        "launchSettings.json": "src/%s/Properties/launchSettings.json" % p,
        "secrets.json": rng.choice(["src/%s/secrets.json" % p, "UserSecrets/%s/secrets.json" % guid(rng)]),
        "web.config": rng.choice(["%s/Web.config" % p, "src/%s/web.config" % p]),
        "App.config": "src/%s/App.config" % p,
        "Web.Release.config": "%s/Web.Release.config" % p,
        "cs": "src/%s/%s.cs" % (p, rng.choice(["Program", "Startup", "Configuration/AppConstants",
                                               "Services/%sClient" % c["app"], "Options/%sOptions" % c["app"],
                                               "ServiceCollectionExtensions"])),
        "fs": "src/%s/%s.fs" % (p, rng.choice(["Config", "Settings", "Program"])),
        "vb": "src/%s/%s.vb" % (p, rng.choice(["AppSettings", "Module1", "Globals"])),
        "csproj": "src/%s/%s.csproj" % (p, p),
        "Directory.Build.props": "Directory.Build.props",
        "Dockerfile": "src/%s/Dockerfile" % p,
        "docker-compose.override.yml": "docker-compose.override.yml",
        "azure-pipelines.yml": rng.choice(["azure-pipelines.yml", "build/azure-pipelines.yml", ".azuredevops/azure-pipelines.yml"]),
        "github-workflow.yml": ".github/workflows/%s.yml" % rng.choice(["build", "deploy", "main_app-" + c["short"], "ci"]),
        "ps1": "deploy/%s.ps1" % rng.choice(["deploy", "Set-AppSettings", "provision", "bootstrap"]),
        "README.md": rng.choice(["README.md", "src/%s/README.md" % p, "docs/local-setup.md"]),
        "http": "src/%s/%s.http" % (p, rng.choice([p, "api", "requests"])),
    }[ft]


# ---------------------------------------------------------------------------
# special renderers: fn(rng, c, sp) -> (path, filetype, text)
# sp["value"] may be a negative stand-in; sp.get("variant") selects forms
# ---------------------------------------------------------------------------
def s_ef_dbcontext(rng, c, sp):
    v = sp["value"]
    method = {"postgres": "UseNpgsql", "mysql": "UseMySql"}.get(sp["provider"], "UseSqlServer")
    arg = cs_lit(v)
    if method == "UseMySql":
        arg = "%s, ServerVersion.AutoDetect(%s)" % (arg, arg) if isinstance(v, Raw) else \
            "connectionString, ServerVersion.Parse(\"8.0.36-mysql\")"
    ctx = c["app"] + "DbContext"
    L = ["using Microsoft.EntityFrameworkCore;", "using %s.Domain;" % c["ns"].rsplit(".", 1)[0], "",
         "namespace %s.Data;" % c["ns"], "", "public class %s : DbContext" % ctx, "{",
         "    public DbSet<%s> %s => Set<%s>();" % (c["app"].rstrip("s"), c["app"], c["app"].rstrip("s")),
         "    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();", "",
         "    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)", "    {",
         "        if (!optionsBuilder.IsConfigured)", "        {"]
    if method == "UseMySql" and not isinstance(v, Raw):
        L.append("            var connectionString = %s;" % cs_lit(v))
    L += ["            optionsBuilder.%s(%s);" % (method, arg), "        }", "    }", "",
          "    protected override void OnModelCreating(ModelBuilder modelBuilder)", "    {",
          "        modelBuilder.HasDefaultSchema(\"%s\");" % c["app"].lower()[:6],
          "        modelBuilder.ApplyConfigurationsFromAssembly(typeof(%s).Assembly);" % ctx, "    }", "}"]
    return "src/%s/Data/%s.cs" % (c["proj"], ctx), "cs", "\n".join(L) + "\n"


def s_pulumi(rng, c, sp):
    v = sp["value"]
    prov = sp["provider"]
    L = ["using Pulumi;", "using Pulumi.AzureNative.Resources;", "using Pulumi.AzureNative.Sql;",
         "using Pulumi.AzureNative.Sql.Inputs;", "", "return await Deployment.RunAsync(() =>", "{",
         "    var config = new Config();",
         '    var rg = new ResourceGroup("rg-%s-%s");' % (c["short"], c["env"]), ""]
    if prov == "azure_ad":
        L = ["using Pulumi;", "using Pulumi.AzureNative.Resources;", "using AzureNative = Pulumi.AzureNative;", "",
             "return await Deployment.RunAsync(() =>", "{",
             '    var provider = new AzureNative.Provider("%s", new AzureNative.ProviderArgs' % c["env"], "    {",
             '        TenantId = "%s",' % c["tenant"], '        ClientId = "%s",' % c["client"],
             "        ClientSecret = %s," % cs_lit(v), '        SubscriptionId = "%s",' % c["sub"], "    });", "",
             '    var rg = new ResourceGroup("rg-%s-%s", new ResourceGroupArgs { Location = "%s" },' % (c["short"], c["env"], c["region"]),
             "        new CustomResourceOptions { Provider = provider });", "",
             '    return new Dictionary<string, object?> { ["rgName"] = rg.Name };', "});"]
        return "infra/Program.cs", "cs", "\n".join(L) + "\n"
    L += ['    var server = new Server("%s", new ServerArgs' % c["sqlsrv"], "    {",
          "        ResourceGroupName = rg.Name,", '        AdministratorLogin = "%s",' % c["user"],
          "        AdministratorLoginPassword = %s," % cs_lit(v), '        Version = "12.0",',
          '        MinimalTlsVersion = "1.2",', "    });", "",
          '    var db = new Database("%s", new DatabaseArgs' % c["db"].lower(), "    {",
          "        ResourceGroupName = rg.Name,", "        ServerName = server.Name,",
          '        Sku = new SkuArgs { Name = "%s" },' % rng.choice(["S0", "Basic", "GP_S_Gen5_1"]), "    });", "",
          '    return new Dictionary<string, object?> { ["serverFqdn"] = server.FullyQualifiedDomainName };', "});"]
    return "infra/%s.cs" % rng.choice(["Program", "MyStack", "SqlStack"]), "cs", "\n".join(L) + "\n"


def secrets_store_meta(rng, c):
    return {"hostName": "func-%s-%s.azurewebsites.net" % (c["short"], c["env"]),
            "instanceId": rhex(rng, 32), "source": "runtime", "decryptionKeyId": ""}


def s_func_secrets_host(rng, c, sp):
    v = sp["value"]
    d = {"masterKey": {"name": "master", "value": v, "encrypted": bool(sp.get("encrypted"))},
         "functionKeys": [], "systemKeys": []}
    d.update(secrets_store_meta(rng, c))
    return "azure-webjobs-secrets/func-%s-%s/host.json" % (c["short"], c["env"]), "host.json", json.dumps(d, indent=2) + "\n"


def s_func_secrets_fn(rng, c, sp):
    v = sp["value"]
    fn = rng.choice(["httptrigger1", "processorder", "webhook", "resizeimage"])
    d = {"keys": [{"name": "default", "value": v, "encrypted": bool(sp.get("encrypted"))}]}
    d.update(secrets_store_meta(rng, c))
    return "azure-webjobs-secrets/func-%s-%s/%s.json" % (c["short"], c["env"], fn), "function-secrets.json", \
        json.dumps(d, indent=2) + "\n"


def s_publishsettings(rng, c, sp):
    v = xml_attr(sp["value"])
    site = "app-%s-%s" % (c["short"], c["env"])
    user = "$" + site
    L = ["<publishData>",
         '  <publishProfile profileName="%s - Web Deploy" publishMethod="MSDeploy" publishUrl="%s.scm.azurewebsites.net:443" '
         'msdeploySite="%s" userName="%s" userPWD="%s" destinationAppUrl="https://%s.azurewebsites.net" '
         'SQLServerDBConnectionString="" mySQLDBConnectionString="" hostingProviderForumLink="" controlPanelLink="https://portal.azure.com" '
         'webSystem="WebSites">' % (site, site, site, user, v, site),
         "    <databases />", "  </publishProfile>"]
    if rng.random() < 0.6:
        # other profiles reference the same password in a real file; keep one credential: they use FTP with disabled creds
        L += ['  <publishProfile profileName="%s - Zip Deploy" publishMethod="ZipDeploy" publishUrl="%s.scm.azurewebsites.net:443" '
              'userName="%s" destinationAppUrl="https://%s.azurewebsites.net" webSystem="WebSites">' % (site, site, user, site),
              "    <databases />", "  </publishProfile>"]
    L.append("</publishData>")
    return "%s.PublishSettings" % site, "PublishSettings", "\n".join(L) + "\n"


def s_pubxml(rng, c, sp):
    v = sp["value"]
    site = "app-%s-%s" % (c["short"], c["env"])
    L = ['<?xml version="1.0" encoding="utf-8"?>',
         "<!--", "This file is used by the publish/package process of your Web project.", "-->",
         '<Project ToolsVersion="4.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">', "  <PropertyGroup>",
         "    <WebPublishMethod>MSDeploy</WebPublishMethod>",
         "    <ResourceId>/subscriptions/%s/resourceGroups/rg-%s-%s/providers/Microsoft.Web/sites/%s</ResourceId>" % (c["sub"], c["short"], c["env"], site),
         "    <ResourceGroup>rg-%s-%s</ResourceGroup>" % (c["short"], c["env"]),
         "    <PublishProvider>AzureWebSite</PublishProvider>",
         "    <LastUsedBuildConfiguration>Release</LastUsedBuildConfiguration>",
         "    <LastUsedPlatform>Any CPU</LastUsedPlatform>",
         "    <SiteUrlToLaunchAfterPublish>https://%s.azurewebsites.net</SiteUrlToLaunchAfterPublish>" % site,
         "    <LaunchSiteAfterPublish>true</LaunchSiteAfterPublish>",
         "    <ExcludeApp_Data>false</ExcludeApp_Data>",
         "    <MSDeployServiceURL>%s.scm.azurewebsites.net:443</MSDeployServiceURL>" % site,
         "    <DeployIisAppPath>%s</DeployIisAppPath>" % site,
         "    <SkipExtraFilesOnServer>true</SkipExtraFilesOnServer>",
         "    <MSDeployPublishMethod>WMSVC</MSDeployPublishMethod>",
         "    <EnableMSDeployBackup>true</EnableMSDeployBackup>",
         "    <UserName>$%s</UserName>" % site]
    if sp.get("variant") == "encrypted":
        L.append("    <EncryptedPassword>%s</EncryptedPassword>" % v)
    elif v is not None:
        L.append("    <Password>%s</Password>" % xml_attr(v))
    L += ["    <_SavePWD>%s</_SavePWD>" % ("True" if v is not None else "False"),
          "    <TargetFramework>%s</TargetFramework>" % c["dotnet"], "  </PropertyGroup>", "</Project>"]
    name = "%s - Web Deploy.pubxml" % site
    if sp.get("variant") == "encrypted":
        name += ".user"
    return "src/%s/Properties/PublishProfiles/%s" % (c["proj"], name), "pubxml", "\n".join(L) + "\n"


def s_nuget_config(rng, c, sp):
    v = sp["value"]
    org = c["comp"].lower()
    feed = c["comp"] + "Packages"
    gh = v.startswith("ghp_") if v else rng.random() < 0.3
    url = ("https://nuget.pkg.github.com/%s/index.json" % org if gh else
           "https://pkgs.dev.azure.com/%s/_packaging/%s/nuget/v3/index.json" % (org, feed))
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <packageSources>", "    <clear />",
         '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />',
         '    <add key="%s" value="%s" />' % (feed, url), "  </packageSources>"]
    if rng.random() < 0.5:
        L += ["  <packageSourceMapping>", '    <packageSource key="nuget.org">', '      <package pattern="*" />',
              "    </packageSource>", '    <packageSource key="%s">' % feed, '      <package pattern="%s.*" />' % c["comp"],
              "    </packageSource>", "  </packageSourceMapping>"]
    if v is not None:
        kind = sp.get("pwtag", "ClearTextPassword")
        L += ["  <packageSourceCredentials>", "    <%s>" % feed,
              '      <add key="Username" value="%s" />' % rng.choice(["az", org + "-ci", "build", "PAT"]),
              '      <add key="%s" value="%s" />' % (kind, xml_attr(v)), "    </%s>" % feed,
              "  </packageSourceCredentials>"]
    L.append("</configuration>")
    return rng.choice(["nuget.config", "NuGet.Config", "src/nuget.config"]), "nuget.config", "\n".join(L) + "\n"


def s_idsrv_config(rng, c, sp):
    v = sp["value"]
    cid = rng.choice([c["app"].lower() + ".api", c["app"].lower() + "-worker", "m2m." + c["app"].lower(), "bff"])
    if isinstance(v, Raw):
        secret = "new Secret(%s)" % v
    else:
        secret = "new Secret(%s.Sha256())" % cs_lit(v)
    L = ["using Duende.IdentityServer;", "using Duende.IdentityServer.Models;", "",
         "namespace %s.Identity;" % c["comp"], "", "public static class Config", "{",
         "    public static IEnumerable<ApiScope> ApiScopes =>", "        new ApiScope[]", "        {",
         '            new("%s.read"),' % c["app"].lower(), '            new("%s.write"),' % c["app"].lower(), "        };", "",
         "    public static IEnumerable<Client> Clients =>", "        new Client[]", "        {",
         "            new Client", "            {", '                ClientId = "%s",' % cid,
         "                AllowedGrantTypes = GrantTypes.ClientCredentials,",
         "                ClientSecrets = { %s }," % secret,
         '                AllowedScopes = { "%s.read", "%s.write" }' % (c["app"].lower(), c["app"].lower()),
         "            },", "        };", "}"]
    return "src/%s.Identity/Config.cs" % c["comp"], "cs", "\n".join(L) + "\n"


def s_hangfire_cs(rng, c, sp):
    v = sp["value"]
    L = ["using Hangfire;", "using Hangfire.Dashboard.BasicAuthorization;", "",
         "var builder = WebApplication.CreateBuilder(args);",
         'builder.Services.AddHangfire(cfg => cfg.UseSqlServerStorage(builder.Configuration.GetConnectionString("Hangfire")));',
         "builder.Services.AddHangfireServer();", "", "var app = builder.Build();", "",
         'app.UseHangfireDashboard("/jobs", new DashboardOptions', "{",
         "    Authorization = new[]", "    {",
         "        new BasicAuthAuthorizationFilter(new BasicAuthAuthorizationFilterOptions", "        {",
         "            RequireSsl = true,", "            LoginCaseSensitive = true,",
         "            Users = new[]", "            {",
         '                new BasicAuthAuthorizationUser { Login = "%s", PasswordClear = %s }' % (
             rng.choice(["admin", "ops", "hangfire"]), cs_lit(v)),
         "            }", "        })", "    }", "});", "",
         'RecurringJob.AddOrUpdate<ReportJob>("nightly-report", j => j.RunAsync(), Cron.Daily(2));', "", "app.Run();"]
    return "src/%s/Program.cs" % c["proj"], "cs", "\n".join(L) + "\n"


def s_smtp_webconfig(rng, c, sp):
    v = sp["value"]
    host = rng.choice(["smtp.office365.com", "smtp.sendgrid.net", "mail.%s.com" % c["comp"].lower()])
    pw = ' password="%s"' % xml_attr(v) if v is not None else ""
    extra = ["  <system.net>", "    <mailSettings>",
             '      <smtp from="noreply@%s.com" deliveryMethod="Network">' % c["comp"].lower(),
             '        <network host="%s" port="587" userName="noreply@%s.com"%s enableSsl="true" />' % (
                 host, c["comp"].lower(), pw),
             "      </smtp>", "    </mailSettings>", "  </system.net>"]
    txt = r_webconfig(rng, c, "", "", None, False, "web.config")
    txt = txt.replace("  <system.web>\n", "\n".join(extra) + "\n  <system.web>\n", 1)
    return "%s/Web.config" % c["proj"], "web.config", txt


def s_bicep(rng, c, sp):
    v = sp["value"]
    variant = sp.get("variant", "literal")
    L = ["targetScope = 'resourceGroup'", "", "param location string = resourceGroup().location",
         "param env string = '%s'" % c["env"], "param sqlServerName string = '%s'" % c["sqlsrv"],
         "param administratorLogin string = '%s'" % c["user"]]
    if variant == "secure":
        L += ["", "@secure()", "@description('SQL administrator password; supplied from Key Vault at deploy time.')",
              "param administratorLoginPassword string"]
        pwexpr = "administratorLoginPassword"
    elif variant == "kv":
        L += ["", "resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {",
              "  name: 'kv-%s-%s'" % (c["short"], c["env"]), "}"]
        pwexpr = "kv.getSecret('sql-admin-password')"
        L = L  # getSecret is only valid for module params; used via module below
    else:
        if rng.random() < 0.5:
            L.append("param administratorLoginPassword string = '%s'" % v)
            pwexpr = "administratorLoginPassword"
        else:
            pwexpr = "'%s'" % v
    if variant == "kv":
        L += ["", "module sql 'modules/sql.bicep' = {", "  name: 'sql-deploy'", "  params: {",
              "    location: location", "    sqlServerName: sqlServerName", "    administratorLogin: administratorLogin",
              "    administratorLoginPassword: %s" % pwexpr, "  }", "}"]
    else:
        L += ["", "resource sqlServer 'Microsoft.Sql/servers@2023-05-01-preview' = {", "  name: sqlServerName",
              "  location: location", "  properties: {", "    administratorLogin: administratorLogin",
              "    administratorLoginPassword: %s" % pwexpr, "    version: '12.0'", "    minimalTlsVersion: '1.2'",
              "    publicNetworkAccess: 'Enabled'", "  }", "}", "",
              "resource db 'Microsoft.Sql/servers/databases@2023-05-01-preview' = {", "  parent: sqlServer",
              "  name: '%s'" % c["db"], "  location: location", "  sku: {", "    name: '%s'" % rng.choice(["S0", "Basic", "GP_S_Gen5_1"]),
              "  }", "}", "", "output sqlFqdn string = sqlServer.properties.fullyQualifiedDomainName"]
    return "infra/%s.bicep" % rng.choice(["main", "sql", "database"]), "bicep", "\n".join(L) + "\n"


def s_arm(rng, c, sp):
    v = sp["value"]
    variant = sp.get("variant", "literal")
    params = {"location": {"type": "string", "defaultValue": "[resourceGroup().location]"},
              "sqlServerName": {"type": "string", "defaultValue": c["sqlsrv"]},
              "administratorLogin": {"type": "string", "defaultValue": c["user"]}}
    if variant == "literal":
        if rng.random() < 0.5:
            params["administratorLoginPassword"] = {"type": "string", "defaultValue": v}
            pw = "[parameters('administratorLoginPassword')]"
        else:
            pw = v
    else:
        params["administratorLoginPassword"] = {"type": "securestring",
                                                "metadata": {"description": "The administrator password."}}
        pw = "[parameters('administratorLoginPassword')]"
    d = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
         "contentVersion": "1.0.0.0", "parameters": params,
         "resources": [{"type": "Microsoft.Sql/servers", "apiVersion": "2022-05-01-preview",
                        "name": "[parameters('sqlServerName')]", "location": "[parameters('location')]",
                        "properties": {"administratorLogin": "[parameters('administratorLogin')]",
                                       "administratorLoginPassword": pw, "version": "12.0"}}],
         "outputs": {"sqlFqdn": {"type": "string",
                                 "value": "[reference(parameters('sqlServerName')).fullyQualifiedDomainName]"}}}
    return rng.choice(["azuredeploy.json", "infra/azuredeploy.json", "deploy/template.json"]), "azuredeploy.json", \
        json.dumps(d, indent=2) + "\n"


def s_arm_params(rng, c, sp):
    v = sp["value"]
    p = {"sqlServerName": {"value": c["sqlsrv"]}, "administratorLogin": {"value": c["user"]}}
    if sp.get("variant") == "kvref":
        p["administratorLoginPassword"] = {"reference": {
            "keyVault": {"id": "/subscriptions/%s/resourceGroups/rg-%s-shared/providers/Microsoft.KeyVault/vaults/kv-%s-%s"
                               % (c["sub"], c["short"], c["short"], c["env"])},
            "secretName": "sql-admin-password"}}
    else:
        p["administratorLoginPassword"] = {"value": v}
    if rng.random() < 0.6:
        p["environmentName"] = {"value": c["env"]}
    d = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
         "contentVersion": "1.0.0.0", "parameters": p}
    return rng.choice(["azuredeploy.parameters.json", "infra/azuredeploy.parameters.%s.json" % c["env"]]), \
        "azuredeploy.parameters.json", json.dumps(d, indent=2) + "\n"


def s_machinekey(rng, c, sp):
    v = sp["value"]
    kind = sp["kind"]
    if kind == "machine_key_validation":
        mk = '    <machineKey validationKey="%s" decryptionKey="AutoGenerate,IsolateApps" validation="HMACSHA256" decryption="Auto" />' % v
    elif kind == "machine_key_decryption":
        mk = '    <machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="%s" validation="HMACSHA256" decryption="AES" />' % v
    else:
        mk = '    <machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" validation="%s" />' % rng.choice(["HMACSHA256", "SHA1"])
    return "%s/Web.config" % c["proj"], "web.config", r_webconfig(rng, c, "", "", None, False, "web.config", extra_sys_web=[mk])


def dp_key_xml(rng, c, inner):
    kid = guid(rng)
    y = rng.choice([2023, 2024, 2025])
    m = rng.randint(1, 9)
    d = rng.randint(1, 28)
    ts = "T%02d:%02d:%02d.%07dZ" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 9999999))
    ver = rng.choice(["6.0.0.0", "7.0.0.0", "8.0.0.0"])
    L = ['<?xml version="1.0" encoding="utf-8"?>', '<key id="%s" version="1">' % kid,
         "  <creationDate>%d-%02d-%02d%s</creationDate>" % (y, m, d, ts),
         "  <activationDate>%d-%02d-%02d%s</activationDate>" % (y, m, d, ts),
         "  <expirationDate>%d-%02d-%02d%s</expirationDate>" % (y, m + 3, d, ts),
         '  <descriptor deserializerType="Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel.'
         'AuthenticatedEncryptorDescriptorDeserializer, Microsoft.AspNetCore.DataProtection, Version=%s, Culture=neutral, '
         'PublicKeyToken=adb9793829ddae60">' % ver, "    <descriptor>", '      <encryption algorithm="AES_256_CBC" />',
         '      <validation algorithm="HMACSHA256" />']
    L += inner
    L += ["    </descriptor>", "  </descriptor>", "</key>"]
    return "%s/key-%s.xml" % (rng.choice(["keys", "DataProtection-Keys", "src/%s/keys" % c["proj"]]), kid), \
        "dataprotection-key.xml", "\n".join(L) + "\n"


def s_dpkey(rng, c, sp):
    v = sp["value"]
    inner = ['      <masterKey p4:requiresEncryption="true" xmlns:p4="http://schemas.asp.net/2015/03/dataProtection">',
             "        <!-- Warning: the key below is in an unencrypted form. -->", "        <value>%s</value>" % v,
             "      </masterKey>"]
    return dp_key_xml(rng, c, inner)


def sdk_auth(c, secret):
    return {"clientId": c["client"], "clientSecret": secret, "subscriptionId": c["sub"], "tenantId": c["tenant"],
            "activeDirectoryEndpointUrl": "https://login.microsoftonline.com",
            "resourceManagerEndpointUrl": "https://management.azure.com/",
            "activeDirectoryGraphResourceId": "https://graph.windows.net/",
            "sqlManagementEndpointUrl": "https://management.core.windows.net:8443/",
            "galleryEndpointUrl": "https://gallery.azure.com/",
            "managementEndpointUrl": "https://management.core.windows.net/"}


def s_gh_azure_login(rng, c, sp):
    v = sp["value"]
    if rng.random() < 0.35 and v is not None:
        return rng.choice(["azure-credentials.json", "deploy/sp-%s.json" % c["env"]]), "sdk-auth.json", \
            json.dumps(sdk_auth(c, v), indent=2) + "\n"
    if v is None:
        login = ["      - uses: azure/login@v2", "        with:", "          client-id: ${{ secrets.AZURE_CLIENT_ID }}",
                 "          tenant-id: ${{ secrets.AZURE_TENANT_ID }}",
                 "          subscription-id: ${{ secrets.AZURE_SUBSCRIPTION_ID }}"]
    else:
        creds = json.dumps({"clientId": c["client"], "clientSecret": v, "subscriptionId": c["sub"], "tenantId": c["tenant"]})
        login = ["      - uses: azure/login@v2", "        with:", "          creds: '%s'" % creds]
    steps = ["", "  deploy:", "    needs: build", "    runs-on: ubuntu-latest"]
    if v is None:
        steps += ["    permissions:", "      id-token: write", "      contents: read"]
    steps += ["    steps:"] + login + [
        "      - uses: azure/webapps-deploy@v3", "        with:", "          app-name: ${{ env.AZURE_WEBAPP_NAME }}",
        "          package: ./publish"]
    return ".github/workflows/%s.yml" % rng.choice(["deploy", "cd", "azure-webapp"]), "github-workflow.yml", \
        r_ghwf(rng, c, "", "", None, False, "github-workflow.yml", steps_extra=steps)


SPECIAL = {
    "ef_dbcontext": s_ef_dbcontext, "pulumi": s_pulumi, "func_secrets_host": s_func_secrets_host,
    "func_secrets_fn": s_func_secrets_fn, "publishsettings": s_publishsettings, "pubxml": s_pubxml,
    "nuget_config": s_nuget_config, "idsrv_config": s_idsrv_config, "hangfire_cs": s_hangfire_cs,
    "smtp_webconfig": s_smtp_webconfig, "bicep": s_bicep, "arm": s_arm, "arm_params": s_arm_params,
    "machinekey": s_machinekey, "dpkey": s_dpkey, "gh_azure_login": s_gh_azure_login,
}


# ---------------------------------------------------------------------------
# positives
# ---------------------------------------------------------------------------
def pick_name(rng, sp):
    if sp["generic"] and (rng.random() < 0.36 or not sp["names"]):
        return rng.choice(sp["generic"]), True
    return rng.choice(sp["names"]), False


def choose_ft(rng, sp):
    fts = [f for f in sp["fts"] if f != "http" or (sp["header"] and not sp["conn"]) or
           sp["value"].startswith("https://")]
    if "http" in fts:
        fts += ["http", "http"]
    if "appsettings.json" in fts:
        fts += ["appsettings.json", "appsettings.json", "appsettings.Production.json", "appsettings.Development.json"]
    if "csproj" in fts:
        fts += ["csproj"]
    specials = sp["special"]
    if specials and (not fts or rng.random() < sp.get("sp_p", 0.3)):
        return "special", rng.choice(specials)
    return "generic", rng.choice(fts)


def render_spec(rng, c, sp, where, ft, section=None, key=None):
    if where == "special" and ft == "functions_local":
        where, ft = "generic", "local.settings.json"
    if where == "special":
        return SPECIAL[ft](rng, c, sp)
    fn = GENERIC[ft]
    if ft in ("cs", "fs", "vb", "http"):
        text = fn(rng, c, section, key, sp["value"], sp["conn"], ft, sp=sp)
    else:
        text = fn(rng, c, section, key, sp["value"], sp["conn"], ft)
    if isinstance(text, tuple):
        return text[1], ft, text[0]
    return path_for(rng, c, ft), ft, text


def make_positive(rng, kind_fn):
    for _ in range(50):
        c = make_ctx(rng)
        sp = kind_fn(rng, c)
        where, ft = choose_ft(rng, sp)
        (section, key), generic = pick_name(rng, sp) if (sp["names"] or sp["generic"]) else (("", ""), False)
        path, ftype, text = render_spec(rng, c, sp, where, ft, section, key)
        if text.count(sp["needle"]) != 1:
            continue
        n = text.count("\n")
        if not (5 <= n <= 80):
            continue
        line = text[:text.index(sp["needle"])].count("\n") + 1
        return {"path": path, "filetype": ftype, "text": text, "provider": sp["provider"],
                "kind": sp["kind"], "needle": sp["needle"], "line": line, "generic_name": generic}
    raise RuntimeError("could not render positive")


# ---------------------------------------------------------------------------
# negatives, part 1: "mirror" negatives - a positive's slot, name, file type and
# surroundings, with the secret replaced by what careful developers commit.
# ---------------------------------------------------------------------------
CODE_FTS = ("cs", "fs", "vb")
JSON_FTS = ("appsettings.json", "appsettings.Development.json", "appsettings.Production.json",
            "appsettings.Staging.json", "local.settings.json", "launchSettings.json", "secrets.json")

KNOWN_PREFIXES = ["sk-proj-", "sk_live_", "rk_live_", "whsec_", "SG.", "ghp_", "oy2", "sk-"]


def code_ref(rng, ft, section, key, conn):
    envn = env_name(section, key).upper().replace("__", "_") if rng.random() < 0.5 else env_name(section, key)
    colon = colon_name(section, key)
    if ft == "cs":
        opts = ['Environment.GetEnvironmentVariable("%s")' % envn,
                'Environment.GetEnvironmentVariable("%s") ?? throw new InvalidOperationException("%s is not set")' % (envn, envn)]
        if conn and section == "ConnectionStrings":
            opts.append('configuration.GetConnectionString("%s")!' % key)
        else:
            opts.append('configuration["%s"]!' % colon)
        return Raw(rng.choice(opts))
    if ft == "fs":
        return Raw('Environment.GetEnvironmentVariable "%s"' % envn)
    if ft == "vb":
        return Raw(rng.choice(['Environment.GetEnvironmentVariable("%s")' % envn,
                               'ConfigurationManager.AppSettings("%s")' % colon]))
    if ft == "ps1":
        return Raw(rng.choice(["$env:%s" % envn.upper().replace("__", "_"),
                               "(az keyvault secret show --vault-name kv-%s --name %s --query value -o tsv)"
                               % (rng.choice(["shared", "prod", "app"]), pascal(section, key).lower())]))
    return None


def text_ref(rng, ft, section, key):
    envn = env_name(section, key)
    up = envn.upper().replace("__", "_")
    pasc = pascal(section, key)
    if ft == "azure-pipelines.yml":
        return rng.choice(["$(%s)" % pasc, "$(%s)" % envn.replace("__", "."), "$[variables.%s]" % pasc])
    if ft == "github-workflow.yml":
        return "${{ secrets.%s }}" % up
    if ft in ("docker-compose.override.yml", "Dockerfile"):
        return rng.choice(["${%s}" % up, "${%s:?%s must be set}" % (up, up), "${%s}" % envn])
    if ft in ("csproj", "Directory.Build.props"):
        return "$(%s)" % pasc
    if ft in ("web.config", "App.config", "Web.Release.config"):
        return rng.choice(["#{%s}#" % pasc, "__%s__" % up, "%%%s%%" % up])
    if ft == "http":
        return rng.choice(["{{$dotenv %s}}" % up, "{{$processEnv %s}}" % up, "{{%s}}" % camel(section, key)])
    if ft == "README.md":
        return rng.choice(["$%s" % up, "<%s>" % pasc, "${%s}" % up])
    return rng.choice(["#{%s}#" % pasc, "${%s}" % up, "%%%s%%" % up, "__%s__" % up])


GENERIC_PLACEHOLDERS = ["<your-key>", "YOUR_API_KEY", "changeme", "<set-in-user-secrets>", "REPLACE_ME",
                        "<from-key-vault>", "TODO", "***", "<secret>", "{your-secret-here}", "<insert key here>",
                        "set-me", "-", "N/A", "SEE_KEY_VAULT", "<redacted>"]


def placeholder_for(rng, sp):
    k = sp["kind"]
    p = sp["provider"]
    specific = {
        "stripe": ["sk_live_...", "sk_test_...", "rk_live_<restricted-key>", "whsec_..."],
        "sendgrid": ["SG.xxxxxxxx.xxxxxxxx", "SG.<your-sendgrid-key>"],
        "github": ["ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<github-pat>", "ghp_..."],
        "nuget": ["oy2...", "<nuget-api-key>", "%NUGET_API_KEY%"],
        "openai": ["sk-...", "sk-proj-...", "<openai-api-key>"],
        "azure_ad": ["<client-secret>", "your-client-secret", "[Enter the Client Secret here]"],
        "azure_storage": ["<storage-account-key>", "{account-key}", "[AccountKey]"],
        "azure_cosmosdb": ["<cosmos-primary-key>", "{cosmos-key}"],
        "mssql": ["{your_password}", "<YourPassword>", "********", "yourpassword"],
        "postgres": ["{your_password}", "<password>"], "mysql": ["{your_password}", "<password>"],
        "azure_devops": ["<PAT>", "<your-personal-access-token>", "PAT_GOES_HERE"],
        "azure_openai": ["<azure-openai-key>", "YOUR_AZURE_OPENAI_KEY"],
        "twilio": ["your_auth_token", "[AuthToken]"],
        "hangfire": ["changeme", "<dashboard-password>"],
        "smtp": ["<smtp-password>", "changeme"],
        "jwt": ["<at-least-32-characters-long-signing-key>", "CHANGE_ME_IN_PRODUCTION"],
    }.get(p, [])
    if k in ("sas_token", "sas_url", "sas_connection_string"):
        specific = ["<signature>", "REDACTED", "%3Csig%3E", "..."]
    pool = specific * 2 + GENERIC_PLACEHOLDERS
    return rng.choice(pool)


def masked_for(rng, needle):
    pre = ""
    for p in KNOWN_PREFIXES:
        if needle.startswith(p):
            pre = p
            break
    tail = needle[-4:] if rng.random() < 0.7 else ""
    form = rng.randrange(4)
    if form == 0:
        return pre + "*" * rng.choice([4, 8, 12, 20]) + tail
    if form == 1:
        return pre + "\u2026" + (tail or needle[-3:])
    if form == 2:
        return pre + "x" * rng.choice([8, 16, 24])
    return (pre or needle[:3]) + "..." + (tail or "")


def kv_ref(rng, c, section, key):
    vault = "kv-%s-%s" % (c["short"], c["env"])
    name = (pascal(section, key) if rng.random() < 0.5 else
            (section.replace(":", "--") + "--" + key if section else key))
    if rng.random() < 0.5:
        ver = ("/" + rhex(rng, 32)) if rng.random() < 0.4 else "/"
        return "@Microsoft.KeyVault(SecretUri=https://%s.vault.azure.net/secrets/%s%s)" % (vault, name, ver)
    return "@Microsoft.KeyVault(VaultName=%s;SecretName=%s)" % (vault, name)


def neg_mirror(rng):
    for _ in range(80):
        c = make_ctx(rng)
        kind_fn = rng.choice(POS_KINDS)
        sp = kind_fn(rng, c)
        if not (sp["names"] or sp["generic"]) or not sp["fts"]:
            continue
        (section, key), _g = pick_name(rng, sp)
        ft = rng.choice([f for f in sp["fts"] if f != "http" or not sp["conn"]])
        t = rng.choice(["env_reference", "env_reference", "placeholder", "placeholder", "masked", "token_replace",
                        "keyvault_reference", "keyvault_reference", "empty"])
        nd = sp["needle"]
        if t == "keyvault_reference":
            if ft not in JSON_FTS + ("README.md",) or ft == "launchSettings.json":
                continue
            val = kv_ref(rng, c, section, key)
        elif t == "empty":
            if ft not in JSON_FTS + ("web.config", "App.config", "azure-pipelines.yml"):
                continue
            val = ""
        elif t == "env_reference":
            cr = code_ref(rng, ft, section, key, sp["conn"])
            if cr is not None:
                val = cr
            else:
                val = sp["value"].replace(nd, text_ref(rng, ft, section, key))
        elif t == "token_replace":
            if ft in CODE_FTS + ("ps1",):
                continue
            tok = rng.choice(["#{%s}#", "__%s__", "$(%s)", "{{%s}}"]) % pascal(section, key)
            val = sp["value"].replace(nd, tok)
        elif t == "placeholder":
            val = sp["value"].replace(nd, placeholder_for(rng, sp))
        else:
            val = sp["value"].replace(nd, masked_for(rng, nd))
        if ft in CODE_FTS and not isinstance(val, Raw) and ('"' in val or "\\" in val):
            continue
        sp2 = dict(sp)
        sp2["value"] = val
        if ft == "http" and isinstance(val, str) and not sp["header"] and not val.startswith("https://"):
            continue
        path, ftype, text = render_spec(rng, c, sp2, "generic", ft, section, key)
        return {"path": path, "filetype": ftype, "text": text, "provider": sp["provider"], "kind": t}
    raise RuntimeError("mirror negative failed")


def neg_special_mirror(rng):
    """Negative variants of the special renderers."""
    c = make_ctx(rng)
    form = rng.randrange(12)
    if form == 0:
        sp = k_sql_password(rng, c, False)
        sp["value"] = Raw(rng.choice(['Environment.GetEnvironmentVariable("SQL_CONNECTION_STRING")',
                                      '_configuration.GetConnectionString("DefaultConnection")']))
        return ("mssql", "ef_connection_from_config") + s_ef_dbcontext(rng, c, sp)
    if form == 1:
        sp = k_sqladmin_iac(rng, c)
        sp["value"] = Raw('config.RequireSecret("sqlAdminPassword")')
        return ("azure_sql", "pulumi_config_secret") + s_pulumi(rng, c, sp)
    if form == 2:
        sp = k_func_master(rng, c)
        sp["encrypted"] = True
        sp["value"] = "CfDJ8" + rb64(rng, rng.choice([150, 165, 180]), urlsafe=True, pad=False)
        fn = rng.choice([s_func_secrets_host, s_func_secrets_fn])
        return ("azure_functions", "secrets_store_encrypted") + fn(rng, c, sp)
    if form == 3:
        sp = k_msdeploy(rng, c)
        if rng.random() < 0.6:
            sp["variant"] = "encrypted"
            sp["value"] = "AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA" + rb64(rng, rng.choice([150, 182, 230]))
            kind = "pubxml_user_dpapi_password"
        else:
            sp["value"] = None
            kind = "pubxml_without_password"
        return ("msdeploy", kind) + s_pubxml(rng, c, sp)
    if form == 4:
        sp = k_nuget_feed(rng, c)
        sp["value"] = rng.choice(["%NUGET_FEED_PAT%", "%AZURE_ARTIFACTS_PAT%", "%GITHUB_PACKAGES_TOKEN%"])
        return ("nuget", "config_env_reference") + s_nuget_config(rng, c, sp)
    if form == 5:
        sp = k_idsrv(rng, c)
        sp["value"] = Raw('configuration["Clients:%s:Secret"]!.Sha256()' % c["app"])
        return ("identityserver", "client_secret_from_config") + s_idsrv_config(rng, c, sp)
    if form == 6:
        sp = k_hangfire(rng, c)
        sp["value"] = Raw('builder.Configuration["Hangfire:DashboardPassword"]')
        return ("hangfire", "dashboard_password_from_config") + s_hangfire_cs(rng, c, sp)
    if form == 7:
        sp = k_smtp(rng, c)
        sp["value"] = rng.choice([None, "#{SmtpPassword}#", "__SMTP_PASSWORD__"])
        return ("smtp", "mailsettings_without_password") + s_smtp_webconfig(rng, c, sp)
    if form == 8:
        sp = k_sqladmin_iac(rng, c)
        sp["variant"] = rng.choice(["secure", "kv"])
        return ("azure_sql", "bicep_" + sp["variant"] + "_param") + s_bicep(rng, c, sp)
    if form == 9:
        sp = k_sqladmin_iac(rng, c)
        if rng.random() < 0.5:
            sp["variant"] = "secure"
            return ("azure_sql", "arm_securestring_parameter") + s_arm(rng, c, sp)
        sp["variant"] = "kvref"
        return ("azure_sql", "arm_parameters_keyvault_reference") + s_arm_params(rng, c, sp)
    if form == 10:
        sp = {"value": None, "kind": "machine_key_autogenerate", "provider": "aspnet"}
        return ("aspnet", "machine_key_autogenerate") + s_machinekey(rng, c, sp)
    sp = {"value": None}
    return ("azure_ad", "github_oidc_login") + s_gh_azure_login(rng, c, sp)


# ---------------------------------------------------------------------------
# negatives, part 2: standalone look-alikes specific to .NET / Azure
# each returns (provider, kind, path, filetype, text)
# ---------------------------------------------------------------------------
AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
COSMOS_EMULATOR_KEY = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="


def gen_value_neg(rng, c, provider, kind, section, key, value, conn, fts):
    ft = rng.choice(fts)
    if ft in CODE_FTS and ("\\" in value or '"' in value):
        value = Raw('@"%s"' % value) if ft in ("cs", "fs") else Raw('"%s"' % value)
    sp = {"value": value, "conn": conn, "header": None, "cs": None, "provider": provider}
    path, ftype, text = render_spec(rng, c, sp, "generic", ft, section, key)
    return provider, kind, path, ftype, text


def n_dev_storage(rng, c):
    v = "UseDevelopmentStorage=true"
    if rng.random() < 0.2:
        v += ";DevelopmentStorageProxyUri=http://127.0.0.1"
    sec, key = rng.choice([("", "AzureWebJobsStorage"), ("ConnectionStrings", "AzureStorage"),
                           ("Storage", "ConnectionString"), ("ConnectionStrings", "Blobs")])
    return gen_value_neg(rng, c, "azure_storage", "use_development_storage", sec, key, v, True,
                         ["local.settings.json", "appsettings.Development.json", "appsettings.json", "secrets.json",
                          "web.config", "App.config", "cs", "launchSettings.json"])


def n_azurite(rng, c):
    if rng.random() < 0.7:
        host = rng.choice(["127.0.0.1", "azurite", "localhost"])
        v = ("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;"
             "BlobEndpoint=http://%s:10000/devstoreaccount1;QueueEndpoint=http://%s:10001/devstoreaccount1;"
             % (AZURITE_KEY, host, host))
        if rng.random() < 0.5:
            v += "TableEndpoint=http://%s:10002/devstoreaccount1;" % host
        sec, key, conn = rng.choice([("ConnectionStrings", "AzureStorage"), ("", "AzureWebJobsStorage"),
                                     ("Storage", "ConnectionString")]) + (True,)
    else:
        v, sec, key, conn = AZURITE_KEY, rng.choice(["AzureStorage", "Storage", "Azurite"]), "AccountKey", False
    return gen_value_neg(rng, c, "azure_storage", "azurite_well_known_key", sec, key, v, conn,
                         ["local.settings.json", "appsettings.Development.json", "docker-compose.override.yml",
                          "cs", "README.md", "launchSettings.json", "github-workflow.yml", "azure-pipelines.yml"])


def n_cosmos_emulator(rng, c):
    if rng.random() < 0.6:
        v = "AccountEndpoint=https://%s:8081/;AccountKey=%s" % (rng.choice(["localhost", "cosmosdb", "127.0.0.1"]),
                                                                 COSMOS_EMULATOR_KEY)
        sec, key, conn = ("ConnectionStrings", "CosmosDb", True)
    else:
        v, sec, key, conn = COSMOS_EMULATOR_KEY, "CosmosDb", rng.choice(["AccountKey", "Key", "AuthKey"]), False
    return gen_value_neg(rng, c, "azure_cosmosdb", "emulator_well_known_key", sec, key, v, conn,
                         ["appsettings.Development.json", "local.settings.json", "cs", "README.md",
                          "docker-compose.override.yml", "launchSettings.json"])


def n_sql_identity(rng, c):
    form = rng.randrange(6)
    srv = "tcp:%s.database.windows.net,1433" % c["sqlsrv"]
    if form == 0:
        v = "Server=%s;Database=%s;Authentication=Active Directory Managed Identity;Encrypt=True;" % (srv, c["db"])
        kind = "managed_identity_connection"
    elif form == 1:
        v = "Server=%s;Database=%s;Authentication=Active Directory Managed Identity;User Id=%s;Encrypt=True;" % (
            srv, c["db"], guid(rng))
        kind = "user_assigned_identity_connection"
    elif form == 2:
        v = "Server=%s;Initial Catalog=%s;Authentication=Active Directory Default;Encrypt=True;TrustServerCertificate=False;" % (srv, c["db"])
        kind = "ad_default_connection"
    elif form == 3:
        v = "Server=(localdb)\\mssqllocaldb;Database=%s;Trusted_Connection=True;MultipleActiveResultSets=true" % c["db"]
        kind = "trusted_connection"
    elif form == 4:
        v = "Data Source=%s;Initial Catalog=%s;Integrated Security=True;TrustServerCertificate=True" % (
            rng.choice(["SQL01", "sqlprod.corp.%s.local" % c["comp"].lower(), ".\\SQLEXPRESS"]), c["db"])
        kind = "integrated_security"
    else:
        v = "Data Source=%s.db;Cache=Shared" % c["app"].lower()
        kind = "sqlite_file"
    return gen_value_neg(rng, c, "mssql", kind, "ConnectionStrings",
                         rng.choice(["DefaultConnection", c["db"], "Default", "SqlServer", "AzureSql"]), v, True,
                         ["appsettings.json", "appsettings.Production.json", "web.config", "App.config",
                          "local.settings.json", "cs", "vb", "Web.Release.config", "secrets.json"])


def n_app_insights(rng, c):
    reg = c["region"]
    v = ("InstrumentationKey=%s;IngestionEndpoint=https://%s-%d.in.applicationinsights.azure.com/;"
         "LiveEndpoint=https://%s.livediagnostics.monitor.azure.com/" % (guid(rng), reg, rng.randint(0, 8), reg))
    if rng.random() < 0.5:
        v += ";ApplicationId=%s" % guid(rng)
    sec, key = rng.choice([("ApplicationInsights", "ConnectionString"), ("", "APPLICATIONINSIGHTS_CONNECTION_STRING"),
                           ("AzureMonitor", "ConnectionString")])
    if rng.random() < 0.25:
        v = guid(rng)
        sec, key = rng.choice([("ApplicationInsights", "InstrumentationKey"), ("", "APPINSIGHTS_INSTRUMENTATIONKEY")])
    return gen_value_neg(rng, c, "azure_app_insights", "instrumentation_key_connection_string", sec, key, v, False,
                         ["appsettings.json", "appsettings.Production.json", "local.settings.json", "web.config",
                          "App.config", "cs", "launchSettings.json"])


def n_azuread_ids(rng, c):
    d = base_appsettings(rng, c, 1)
    ad = {"Instance": "https://login.microsoftonline.com/", "Domain": "%s.onmicrosoft.com" % c["comp"].lower(),
          "TenantId": c["tenant"], "ClientId": c["client"], "CallbackPath": "/signin-oidc"}
    form = rng.randrange(3)
    if form == 0:
        ad["ClientCertificates"] = [{"SourceType": "KeyVault", "KeyVaultUrl": "https://kv-%s-%s.vault.azure.net" % (c["short"], c["env"]),
                                     "KeyVaultCertificateName": "%s-auth" % c["app"].lower()}]
        kind = "client_certificate_from_keyvault"
    elif form == 1:
        ad["ClientCredentials"] = [{"SourceType": "SignedAssertionFromManagedIdentity", "ManagedIdentityClientId": guid(rng)}]
        kind = "managed_identity_assertion"
    else:
        ad["Scopes"] = "api://%s/access_as_user" % c["client"]
        kind = "tenant_and_client_ids"
    d["AzureAd"] = ad
    if rng.random() < 0.5:
        d["DownstreamApis"] = {"Graph": {"BaseUrl": "https://graph.microsoft.com/v1.0", "Scopes": ["User.Read"]}}
    ft = rng.choice(["appsettings.json", "appsettings.Production.json", "appsettings.Development.json"])
    return "azure_ad", kind, path_for(rng, c, ft), ft, json.dumps(d, indent=2) + "\n"


def n_user_secrets_id(rng, c):
    extra = ["    <UserSecretsId>%s</UserSecretsId>" % (guid(rng) if rng.random() < 0.7 else
                                                        "%s-%s" % (c["proj"].lower(), guid(rng)))]
    if rng.random() < 0.4:
        extra.append("    <DockerDefaultTargetOS>Linux</DockerDefaultTargetOS>")
    if rng.random() < 0.3:
        extra.append("    <ApplicationInsightsResourceId>/subscriptions/%s/resourceGroups/rg-%s/providers/microsoft.insights/components/appi-%s</ApplicationInsightsResourceId>"
                     % (c["sub"], c["short"], c["short"]))
    ft = rng.choice(["csproj", "csproj", "Directory.Build.props"])
    return "aspnet", "user_secrets_id", path_for(rng, c, ft), ft, r_csproj(rng, c, "", "", None, False, ft, extra_props=extra)


def n_public_key_token(rng, c):
    ft = rng.choice(["web.config", "App.config"])
    lines = r_webconfig(rng, c, "", "", None, False, ft)
    if "assemblyBinding" not in lines:
        lines = lines.replace("</configuration>", "\n".join(assembly_binding(rng, 3)) + "\n</configuration>")
    return "dotnet", "public_key_token", path_for(rng, c, ft), ft, lines


def snk_pub(rng):
    return "0024000004800000940000000602000000240000525341310004000001000100" + rhex(rng, 256)


def n_snk(rng, c):
    pk = snk_pub(rng)
    if rng.random() < 0.5:
        L = ["using System.Reflection;", "using System.Runtime.CompilerServices;", "",
             '[assembly: AssemblyCompany("%s")]' % c["comp"], '[assembly: AssemblyProduct("%s %s")]' % (c["comp"], c["app"]),
             '[assembly: InternalsVisibleTo("%s.Tests, PublicKey=%s")]' % (c["proj"], pk),
             '[assembly: InternalsVisibleTo("DynamicProxyGenAssembly2, PublicKey=0024000004800000940000000602000000240000525341310004000001000100c547cac37abd99c8db225ef2f6c8a3602f3b3606cc9891605d02baa56104f4cfc0734aa39b93bf7852f7d9266654753cc297e7d2edfe0bac1cdcf9f717241550e0a7b191195b7667bb4f64bcb8e2121380fd1d9d46ad2d92d2d15605093924cceaf74c4861eff62abf69b9291ed0a340e113be11e6a7d3113e92484cf7045cc7")]']
        return "dotnet", "strong_name_public_key", "src/%s/Properties/AssemblyInfo.cs" % c["proj"], "cs", "\n".join(L) + "\n"
    extra = ["    <SignAssembly>true</SignAssembly>", "    <AssemblyOriginatorKeyFile>..\\..\\build\\%s.snk</AssemblyOriginatorKeyFile>" % c["comp"]]
    txt = r_csproj(rng, c, "", "", None, False, "csproj", extra_props=extra)
    txt = txt.replace("</Project>", '  <ItemGroup>\n    <InternalsVisibleTo Include="%s.Tests" Key="%s" />\n  </ItemGroup>\n\n</Project>' % (c["proj"], pk))
    return "dotnet", "strong_name_public_key", path_for(rng, c, "csproj"), "csproj", txt


def n_lockfile(rng, c):
    deps = {}
    for p, v in rng.sample(PKGS + [("Polly", "8.4.0"), ("MediatR", "12.2.0"), ("FluentValidation", "11.9.1")], rng.randint(2, 4)):
        deps[p] = {"type": "Direct", "requested": "[%s, )" % v, "resolved": v, "contentHash": rb64(rng, 64)}
        if rng.random() < 0.5:
            deps[p]["dependencies"] = {"Microsoft.Extensions.Logging.Abstractions": "8.0.1"}
    d = {"version": 1, "dependencies": {c["dotnet"]: deps}}
    return "nuget", "packages_lock_sha512", "src/%s/packages.lock.json" % c["proj"], "packages.lock.json", json.dumps(d, indent=2) + "\n"


def n_protected_config(rng, c):
    ft = rng.choice(["web.config", "App.config"])
    if rng.random() < 0.6:
        enc = ['  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">',
               '    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">',
               '      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />',
               '      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">',
               '        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">',
               '          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />',
               '          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">', "            <KeyName>Rsa Key</KeyName>",
               "          </KeyInfo>", "          <CipherData>",
               "            <CipherValue>%s</CipherValue>" % rb64(rng, 256), "          </CipherData>",
               "        </EncryptedKey>", "      </KeyInfo>", "      <CipherData>",
               "        <CipherValue>%s</CipherValue>" % rb64(rng, rng.choice([192, 240, 288])), "      </CipherData>",
               "    </EncryptedData>", "  </connectionStrings>"]
        kind = "rsa_protected_config_section"
    else:
        enc = ['  <connectionStrings configProtectionProvider="DataProtectionConfigurationProvider">', "    <EncryptedData>",
               "      <CipherData>",
               "        <CipherValue>AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA%s</CipherValue>" % rb64(rng, rng.choice([300, 420])),
               "      </CipherData>", "    </EncryptedData>", "  </connectionStrings>"]
        kind = "dpapi_protected_config_section"
    txt = r_webconfig(rng, c, "", "", None, False, ft)
    txt = txt.replace("  <appSettings>\n", "\n".join(enc) + "\n  <appSettings>\n", 1)
    return "aspnet", kind, path_for(rng, c, ft), ft, txt


def identity_hash(rng):
    if rng.random() < 0.5:
        head = bytes([1, 0, 0, 0, 2, 0, 1, 0x86, 0xA0, 0, 0, 0, 16])
    else:
        head = bytes([1, 0, 0, 0, 1, 0, 0, 0x27, 0x10, 0, 0, 0, 16])
    return base64.b64encode(head + rbytes(rng, 48)).decode()


def n_identity_hash(rng, c):
    h = identity_hash(rng)
    email = "%s@%s.com" % (rng.choice(NAMES).lower(), c["comp"].lower())
    if rng.random() < 0.6:
        L = ["using Microsoft.AspNetCore.Identity;", "using Microsoft.EntityFrameworkCore;", "",
             "namespace %s.Data.Seed;" % c["ns"], "", "internal static class UserSeed", "{",
             "    public static void Seed(ModelBuilder builder)", "    {",
             "        builder.Entity<IdentityUser>().HasData(new IdentityUser", "        {",
             '            Id = "%s",' % guid(rng), '            UserName = "%s",' % email,
             '            NormalizedUserName = "%s",' % email.upper(), '            Email = "%s",' % email,
             '            NormalizedEmail = "%s",' % email.upper(), "            EmailConfirmed = true,",
             '            PasswordHash = "%s",' % h, '            SecurityStamp = "%s",' % rstr(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32),
             '            ConcurrencyStamp = "%s"' % guid(rng), "        });", "    }", "}"]
        return "aspnet_identity", "password_hash", "src/%s/Data/Seed/UserSeed.cs" % c["proj"], "cs", "\n".join(L) + "\n"
    users = [{"id": guid(rng), "userName": email, "email": email, "emailConfirmed": True,
              "passwordHash": h, "roles": ["Admin"]}]
    return "aspnet_identity", "password_hash", "src/%s/SeedData/users.json" % c["proj"], "seed.json", json.dumps(users, indent=2) + "\n"


def sops_enc(rng, s):
    n = max(4, len(s))
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
        rb64(rng, n, pad=True), rb64(rng, 32), rb64(rng, 16))


def n_sops(rng, c):
    d = base_appsettings(rng, c, 1)
    sec, key = rng.choice([("SendGrid", "ApiKey"), ("Stripe", "SecretKey"), ("AzureAd", "ClientSecret"), ("Jwt", "Key")])
    jset(d, "ConnectionStrings", "DefaultConnection", sops_enc(rng, "x" * rng.randint(90, 160)))
    jset(d, sec, key, sops_enc(rng, "x" * rng.randint(30, 70)))
    d["sops"] = {"kms": None, "gcp_kms": None,
                 "azure_kv": [{"vault_url": "https://kv-%s-%s.vault.azure.net" % (c["short"], c["env"]),
                               "name": "sops-key", "version": rhex(rng, 32),
                               "created_at": "2024-%02d-%02dT10:%02d:11Z" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 59)),
                               "enc": rb64(rng, 256, urlsafe=True, pad=False)}],
                 "hc_vault": None, "age": None,
                 "lastmodified": "2024-%02d-%02dT10:%02d:11Z" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 59)),
                 "mac": sops_enc(rng, "x" * 32), "pgp": None, "unencrypted_suffix": "_unencrypted", "version": "3.8.1"}
    return "sops", "encrypted_appsettings", "src/%s/%s" % (c["proj"], rng.choice(["appsettings.Production.json", "appsettings.Production.json", "appsettings.Production.enc.json"])), "appsettings.Production.json", \
        json.dumps(d, indent=2) + "\n"


def n_dpkey_encrypted(rng, c):
    if rng.random() < 0.5:
        inner = ['      <encryptedSecret decryptorType="Microsoft.AspNetCore.DataProtection.XmlEncryption.DpapiNGXmlDecryptor, '
                 'Microsoft.AspNetCore.DataProtection, Version=8.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60" '
                 'xmlns="http://schemas.asp.net/2015/03/dataProtection">',
                 '        <encryptedKey xmlns="">', "          <!-- This key is encrypted with Windows DPAPI-NG. -->",
                 "          <!-- Rule: SID=S-1-5-21-%d-%d-%d-%d -->" % (rng.randint(10**9, 4 * 10**9), rng.randint(10**9, 4 * 10**9), rng.randint(10**8, 4 * 10**9), rng.randint(1000, 9999)),
                 "          <value>%s</value>" % ("MIIB" + rb64(rng, 330)[4:]), "        </encryptedKey>", "      </encryptedSecret>"]
        kind = "dataprotection_key_dpapi_ng"
    else:
        inner = ['      <encryptedSecret decryptorType="Microsoft.AspNetCore.DataProtection.XmlEncryption.EncryptedXmlDecryptor, '
                 'Microsoft.AspNetCore.DataProtection, Version=8.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60" '
                 'xmlns="http://schemas.asp.net/2015/03/dataProtection">',
                 '        <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">',
                 '          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />',
                 '          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">', '            <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">',
                 '              <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />',
                 "              <CipherData>", "                <CipherValue>%s</CipherValue>" % rb64(rng, 256),
                 "              </CipherData>", "            </EncryptedKey>", "          </KeyInfo>", "          <CipherData>",
                 "            <CipherValue>%s</CipherValue>" % rb64(rng, 176), "          </CipherData>",
                 "        </EncryptedData>", "      </encryptedSecret>"]
        kind = "dataprotection_key_xmlenc"
    return ("aspnet", kind) + dp_key_xml(rng, c, inner)


def n_function_json(rng, c):
    trig = rng.randrange(3)
    if trig == 0:
        b = [{"authLevel": rng.choice(["function", "anonymous", "admin"]), "type": "httpTrigger", "direction": "in",
              "name": "req", "methods": ["get", "post"], "route": "%s/{id?}" % c["app"].lower()},
             {"type": "http", "direction": "out", "name": "$return"}]
    elif trig == 1:
        b = [{"name": "message", "type": "serviceBusTrigger", "direction": "in",
              "queueName": rng.choice(["orders", "outbox", "emails"]), "connection": rng.choice(["ServiceBusConnection", "AzureServiceBus"])}]
    else:
        b = [{"name": "myBlob", "type": "blobTrigger", "direction": "in", "path": "incoming/{name}",
              "connection": "AzureWebJobsStorage"},
             {"name": "outputDocument", "type": "cosmosDB", "direction": "out", "databaseName": c["db"],
              "containerName": "items", "connection": "CosmosDBConnection", "createIfNotExists": True}]
    d = {"generatedBy": "Microsoft.NET.Sdk.Functions.Generator-4.%d.0" % rng.randint(1, 4),
         "configurationSource": "attributes", "bindings": b, "disabled": False,
         "scriptFile": "../bin/%s.dll" % c["proj"], "entryPoint": "%s.%s.Run" % (c["ns"], rng.choice(["ProcessOrder", "ResizeImage", "HttpApi"]))}
    fn = rng.choice(["ProcessOrder", "ResizeImage", "HttpApi", "Webhook"])
    return "azure_functions", "function_json_bindings", "src/%s/%s/function.json" % (c["proj"], fn), "function.json", json.dumps(d, indent=2) + "\n"


def n_host_json(rng, c):
    d = {"version": "2.0",
         "logging": {"applicationInsights": {"samplingSettings": {"isEnabled": True, "excludedTypes": "Request"},
                                             "enableLiveMetricsFilters": True},
                     "logLevel": {"default": "Information", "Host.Results": "Error", "Function": "Information"}},
         "extensions": {}}
    if rng.random() < 0.5:
        d["extensions"]["serviceBus"] = {"prefetchCount": 100, "maxConcurrentCalls": rng.choice([8, 16, 32]),
                                         "autoCompleteMessages": False}
    if rng.random() < 0.5:
        d["extensions"]["http"] = {"routePrefix": "api", "maxConcurrentRequests": 100}
    if rng.random() < 0.5:
        d["functionTimeout"] = "00:%02d:00" % rng.choice([5, 10, 30])
    if rng.random() < 0.4:
        d["extensionBundle"] = {"id": "Microsoft.Azure.Functions.ExtensionBundle", "version": "[4.*, 5.0.0)"}
    return "azure_functions", "host_json_configuration", "src/%s/host.json" % c["proj"], "host.json", json.dumps(d, indent=2) + "\n"


def n_identity_based(rng, c):
    vals = {"AzureWebJobsStorage__accountName": c["sa"],
            "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated"}
    opts = [("ServiceBusConnection__fullyQualifiedNamespace", "sb-%s-%s.servicebus.windows.net" % (c["short"], c["env"])),
            ("EventHubConnection__fullyQualifiedNamespace", "evhns-%s-%s.servicebus.windows.net" % (c["short"], c["env"])),
            ("CosmosDBConnection__accountEndpoint", "https://cosmos-%s-%s.documents.azure.com:443/" % (c["short"], c["env"])),
            ("AzureWebJobsStorage__credential", "managedidentity"),
            ("AzureWebJobsStorage__clientId", guid(rng)),
            ("ServiceBusConnection__credential", "managedidentity")]
    for k, v in rng.sample(opts, rng.randint(2, 4)):
        vals[k] = v
    ft = rng.choice(["local.settings.json", "local.settings.json", "appsettings.json"])
    d = {"IsEncrypted": False, "Values": vals} if ft == "local.settings.json" else dict(base_appsettings(rng, c, 1), **vals)
    return "azure_functions", "identity_based_connection", path_for(rng, c, ft), ft, json.dumps(d, indent=2) + "\n"


def n_signalr_mi(rng, c):
    v = "Endpoint=https://sigr-%s-%s.service.signalr.net;AuthType=azure.msi;" % (c["short"], c["env"])
    if rng.random() < 0.5:
        v += "ClientId=%s;" % guid(rng)
    v += "Version=1.0;"
    return gen_value_neg(rng, c, "azure_signalr", "managed_identity_connection", "Azure:SignalR", "ConnectionString", v, True,
                         ["appsettings.json", "appsettings.Production.json", "local.settings.json", "secrets.json"])


def n_redis_noauth(rng, c):
    form = rng.randrange(2)
    if form == 0:
        v = "redis-%s-%s.redis.cache.windows.net:6380,ssl=True,abortConnect=False" % (c["short"], c["env"])
        return gen_value_neg(rng, c, "azure_redis", "entra_auth_connection", "ConnectionStrings", "Redis", v, True,
                             ["appsettings.json", "appsettings.Production.json", "local.settings.json", "web.config"])
    v = "localhost:6379,abortConnect=false"
    return gen_value_neg(rng, c, "azure_redis", "local_redis_connection", "ConnectionStrings", "Redis", v, True,
                         ["appsettings.Development.json", "docker-compose.override.yml", "launchSettings.json"])


def n_listkeys(rng, c):
    if rng.random() < 0.5:
        L = ["param location string = resourceGroup().location", "param storageAccountName string = '%s'" % c["sa"], "",
             "resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {", "  name: storageAccountName",
             "  location: location", "  sku: { name: 'Standard_LRS' }", "  kind: 'StorageV2'", "}", "",
             "resource plan 'Microsoft.Web/serverfarms@2023-01-01' existing = {", "  name: 'asp-%s-%s'" % (c["short"], c["env"]), "}", "",
             "resource func 'Microsoft.Web/sites@2023-01-01' = {", "  name: 'func-%s-%s'" % (c["short"], c["env"]),
             "  location: location", "  kind: 'functionapp'", "  identity: { type: 'SystemAssigned' }", "  properties: {",
             "    serverFarmId: plan.id", "    siteConfig: {", "      appSettings: [", "        {",
             "          name: 'AzureWebJobsStorage'",
             "          value: 'DefaultEndpointsProtocol=https;AccountName=${sa.name};AccountKey=${sa.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'",
             "        }", "        {", "          name: 'SendGrid__ApiKey'",
             "          value: '@Microsoft.KeyVault(VaultName=kv-%s-%s;SecretName=SendGridApiKey)'" % (c["short"], c["env"]),
             "        }", "        {", "          name: 'FUNCTIONS_WORKER_RUNTIME'", "          value: 'dotnet-isolated'", "        }",
             "      ]", "    }", "  }", "}"]
        return "azure_storage", "bicep_listkeys_expression", "infra/%s.bicep" % rng.choice(["main", "functionapp"]), "bicep", "\n".join(L) + "\n"
    d = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
         "contentVersion": "1.0.0.0",
         "parameters": {"storageAccountName": {"type": "string", "defaultValue": c["sa"]},
                        "siteName": {"type": "string", "defaultValue": "app-%s-%s" % (c["short"], c["env"])}},
         "resources": [{"type": "Microsoft.Web/sites/config", "apiVersion": "2022-09-01",
                        "name": "[concat(parameters('siteName'), '/appsettings')]",
                        "properties": {
                            "AzureWebJobsStorage": "[concat('DefaultEndpointsProtocol=https;AccountName=', parameters('storageAccountName'), ';AccountKey=', listKeys(resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName')), '2023-01-01').keys[0].value)]",
                            "ServiceBusConnection": "[listKeys(resourceId('Microsoft.ServiceBus/namespaces/authorizationRules', 'sb-%s', 'RootManageSharedAccessKey'), '2022-10-01-preview').primaryConnectionString]" % c["short"],
                            "APPLICATIONINSIGHTS_CONNECTION_STRING": "[reference(resourceId('Microsoft.Insights/components', 'appi-%s'), '2020-02-02').ConnectionString]" % c["short"]}}]}
    return "azure_storage", "arm_listkeys_expression", rng.choice(["azuredeploy.json", "infra/azuredeploy.json"]), "azuredeploy.json", json.dumps(d, indent=2) + "\n"


def n_thumbprint(rng, c):
    form = rng.randrange(3)
    if form == 0:
        return gen_value_neg(rng, c, "x509", "certificate_thumbprint", rng.choice(["Certificates", "Signing", "AzureAd:ClientCertificate"]),
                             rng.choice(["Thumbprint", "CertificateThumbprint"]), rhex(rng, 40, upper=True), False,
                             ["appsettings.json", "appsettings.Production.json", "web.config", "App.config", "local.settings.json"])
    if form == 1:
        return gen_value_neg(rng, c, "x509", "website_load_certificates", "", "WEBSITE_LOAD_CERTIFICATES",
                             rhex(rng, 40, upper=True), False, ["azure-pipelines.yml", "local.settings.json", "ps1"])
    dig = "sha256:" + rhex(rng, 64)
    return gen_value_neg(rng, c, "docker", "image_digest", "", "BASE_IMAGE_DIGEST", dig, False,
                         ["azure-pipelines.yml", "github-workflow.yml", "docker-compose.override.yml", "Dockerfile"])


def n_twilio_sid(rng, c):
    d = base_appsettings(rng, c, 1)
    d["Twilio"] = {"AccountSid": "AC" + rhex(rng, 32), "FromNumber": "+1%d" % rng.randint(2000000000, 9899999999),
                   "AuthToken": rng.choice(["", "@Microsoft.KeyVault(VaultName=kv-%s;SecretName=TwilioAuthToken)" % c["short"]])}
    if rng.random() < 0.4:
        d["Twilio"]["MessagingServiceSid"] = "MG" + rhex(rng, 32)
    ft = rng.choice(["appsettings.json", "appsettings.Production.json"])
    return "twilio", "account_sid_only", path_for(rng, c, ft), ft, json.dumps(d, indent=2) + "\n"


def n_stripe_pk(rng, c):
    pk = rng.choice(["pk_live_", "pk_test_"]) + ("51" + rstr(rng, ALNUM, 97) if rng.random() < 0.6 else rstr(rng, ALNUM, 24))
    sec, key = rng.choice([("Stripe", "PublishableKey"), ("Stripe", "PublicKey"), ("", "STRIPE_PUBLISHABLE_KEY")])
    return gen_value_neg(rng, c, "stripe", "publishable_key", sec, key, pk, False,
                         ["appsettings.json", "appsettings.Production.json", "cs", "launchSettings.json", "README.md",
                          "docker-compose.override.yml"])


def n_test_vector(rng, c):
    L = ["using System.Security.Cryptography;", "using System.Text;", "using Xunit;", "",
         "namespace %s.Tests;" % c["ns"], "", "public class HmacSignerTests", "{",
         "    // RFC 4231, test case 2", "    [Fact]", "    public void ComputesRfc4231TestCase2()", "    {",
         '        var key = Encoding.ASCII.GetBytes("Jefe");',
         '        var data = Encoding.ASCII.GetBytes("what do ya want for nothing?");',
         "        var mac = new HmacSigner(key).Sign(data);",
         '        Assert.Equal("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", Convert.ToHexString(mac).ToLowerInvariant());',
         "    }", "",
         "    // RFC 4231, test case 1 (key = 0x0b repeated 20 times)", "    [Fact]", "    public void ComputesRfc4231TestCase1()", "    {",
         "        var key = Enumerable.Repeat((byte)0x0b, 20).ToArray();",
         '        var mac = new HmacSigner(key).Sign(Encoding.ASCII.GetBytes("Hi There"));',
         '        Assert.Equal("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", Convert.ToHexString(mac).ToLowerInvariant());',
         "    }", "}"]
    return "test_vectors", "rfc4231_hmac", "tests/%s.Tests/HmacSignerTests.cs" % c["proj"], "cs", "\n".join(L) + "\n"


def n_maps_clientid(rng, c):
    d = base_appsettings(rng, c, 1)
    d["AzureMaps"] = {"ClientId": guid(rng), "AuthType": "aad", "AadAppId": guid(rng), "AadTenant": c["tenant"]}
    ft = rng.choice(["appsettings.json", "appsettings.Production.json", "appsettings.Development.json"])
    return "azure_maps", "entra_client_id", path_for(rng, c, ft), ft, json.dumps(d, indent=2) + "\n"


def n_openai_mi(rng, c):
    if rng.random() < 0.5:
        d = base_appsettings(rng, c, 1)
        d["AzureOpenAI"] = {"Endpoint": "https://aoai-%s-%s.openai.azure.com/" % (c["short"], c["env"]),
                            "DeploymentName": rng.choice(["gpt-4o", "gpt-4o-mini", "gpt-35-turbo"]),
                            "ApiVersion": "2024-06-01", "UseManagedIdentity": True}
        ft = rng.choice(["appsettings.json", "appsettings.Production.json"])
        return "azure_openai", "managed_identity_config", path_for(rng, c, ft), ft, json.dumps(d, indent=2) + "\n"
    L = ["using Azure.AI.OpenAI;", "using Azure.Identity;", "", "var builder = WebApplication.CreateBuilder(args);",
         'var endpoint = new Uri(builder.Configuration["AzureOpenAI:Endpoint"]!);', "",
         "builder.Services.AddSingleton(new AzureOpenAIClient(endpoint, new DefaultAzureCredential(new DefaultAzureCredentialOptions",
         "{", '    ManagedIdentityClientId = "%s"' % guid(rng), "})));", "",
         "var app = builder.Build();", 'app.MapGet("/", () => "ok");', "app.Run();"]
    return "azure_openai", "default_azure_credential", "src/%s/Program.cs" % c["proj"], "cs", "\n".join(L) + "\n"


def n_public_cert(rng, c):
    der = "MII" + rng.choice("BCDE") + rb64(rng, rng.choice([540, 720, 900]))[4:]
    if rng.random() < 0.5:
        d = base_appsettings(rng, c, 1)
        d["Saml"] = {"IdpEntityId": "https://sts.windows.net/%s/" % c["tenant"],
                     "IdpSigningCertificate": der,
                     "SingleSignOnUrl": "https://login.microsoftonline.com/%s/saml2" % c["tenant"]}
        ft = "appsettings.json"
        return "x509", "public_signing_certificate", path_for(rng, c, ft), ft, json.dumps(d, indent=2) + "\n"
    body = [der[i:i + 64] for i in range(0, len(der), 64)]
    L = ["# Federation metadata", "", "The IdP's public signing certificate (safe to share):", "", "```",
         "-----BEGIN CERTIFICATE-----"] + body + ["-----END CERTIFICATE-----", "```"]
    return "x509", "public_certificate_pem", "docs/sso.md", "README.md", "\n".join(L) + "\n"


def n_storage_mi(rng, c):
    d = base_appsettings(rng, c, 1)
    d["AzureStorage"] = {"AccountName": c["sa"], "BlobEndpoint": "https://%s.blob.core.windows.net/" % c["sa"],
                         "ContainerName": rng.choice(["uploads", "invoices", "media"]), "UseManagedIdentity": True}
    if rng.random() < 0.5:
        d["AzureStorage"]["ManagedIdentityClientId"] = guid(rng)
    ft = rng.choice(["appsettings.json", "appsettings.Production.json"])
    return "azure_storage", "account_name_managed_identity", path_for(rng, c, ft), ft, json.dumps(d, indent=2) + "\n"


def n_http_dotenv(rng, c):
    var = rng.choice(["apiKey", "subscriptionKey", "functionKey", "token"])
    src = rng.choice(["{{$dotenv %s}}" % var.upper(), "{{$processEnv %s}}" % var.upper(),
                      "{{$aadToken}}", "{{$dotenv API_KEY}}"])
    sp = {"value": src, "header": rng.choice(["Ocp-Apim-Subscription-Key", "x-functions-key", "api-key", "Authorization"]),
          "conn": False}
    path, ft, text = render_spec(rng, c, sp, "generic", "http", "", var)
    return "vs_http", "dotenv_reference", path, ft, text


STANDALONE = [n_dev_storage, n_dev_storage, n_azurite, n_azurite, n_cosmos_emulator, n_sql_identity, n_sql_identity,
              n_app_insights, n_app_insights, n_azuread_ids, n_user_secrets_id, n_public_key_token, n_snk, n_lockfile,
              n_protected_config, n_identity_hash, n_sops, n_dpkey_encrypted, n_function_json, n_host_json,
              n_identity_based, n_signalr_mi, n_redis_noauth, n_listkeys, n_thumbprint, n_twilio_sid, n_stripe_pk,
              n_test_vector, n_maps_clientid, n_openai_mi, n_public_cert, n_storage_mi, n_http_dotenv]


# ---------------------------------------------------------------------------
# driver + self-check
# ---------------------------------------------------------------------------
def make_negative(rng):
    for _ in range(50):
        r = rng.random()
        if r < 0.45:
            d = neg_mirror(rng)
            out = (d["provider"], d["kind"], d["path"], d["filetype"], d["text"])
        elif r < 0.58:
            out = neg_special_mirror(rng)
        else:
            c = make_ctx(rng)
            out = rng.choice(STANDALONE)(rng, c)
        n = out[4].count("\n")
        if 5 <= n <= 80:
            return out
    raise RuntimeError("negative generation failed")


XML_FTS = {"web.config", "App.config", "Web.Release.config", "csproj", "Directory.Build.props", "nuget.config",
           "PublishSettings", "pubxml", "dataprotection-key.xml"}
JSONISH = {"appsettings.json", "appsettings.Development.json", "appsettings.Production.json", "appsettings.Staging.json",
           "local.settings.json", "launchSettings.json", "secrets.json", "host.json", "function.json",
           "function-secrets.json", "azuredeploy.json", "azuredeploy.parameters.json", "packages.lock.json",
           "sdk-auth.json", "seed.json"}


def wellformed(ft, text):
    if ft in JSONISH:
        json.loads(text)
    elif ft in XML_FTS:
        import xml.etree.ElementTree as ET
        ET.fromstring(text.encode("utf-8"))


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("NEEDLE")[0])
        print("usage: gen_at.py OUTDIR SEED", file=sys.stderr)
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    manifest, secrets, pos_texts, neg_texts = [], [], {}, {}
    order = []
    generic_named = 0
    for i in range(N_POS):
        if not order:
            order = list(range(len(POS_KINDS)))
            rng.shuffle(order)
        p = make_positive(rng, POS_KINDS[order.pop()])
        rel = "pos/p%04d/%s" % (i + 1, p["path"])
        pos_texts[rel] = (p["text"], p["needle"], p["line"], p["filetype"])
        generic_named += p["generic_name"]
        manifest.append({"file": rel, "label": "positive", "provider": p["provider"], "kind": p["kind"],
                         "filetype": p["filetype"]})
        secrets.append({"file": rel, "needle": p["needle"], "line": p["line"]})
    for i in range(N_NEG):
        prov, kind, path, ft, text = make_negative(rng)
        rel = "neg/n%04d/%s" % (i + 1, path)
        neg_texts[rel] = (text, ft)
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": kind, "filetype": ft})

    for rel, (text, *_rest) in list(pos_texts.items()) + list(neg_texts.items()):
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")

    # ---- self-check ----
    errors = []
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        ln = s["line"]
        if not (1 <= ln <= len(lines)) or s["needle"] not in lines[ln - 1]:
            errors.append("needle not on stated line: %s" % s["file"])
    needles = [s["needle"] for s in secrets]
    for rel, (text, ft) in neg_texts.items():
        for nd in needles:
            if nd in text:
                errors.append("negative %s contains positive needle %s" % (rel, nd))
    bad_wf = 0
    for rel, (text, needle, line, ft) in pos_texts.items():
        try:
            wellformed(ft, text)
        except Exception as e:  # noqa
            bad_wf += 1
            errors.append("malformed %s: %s" % (rel, e))
    for rel, (text, ft) in neg_texts.items():
        try:
            wellformed(ft, text)
        except Exception as e:  # noqa
            bad_wf += 1
            errors.append("malformed %s: %s" % (rel, e))
    for rel, (text, *_r) in list(pos_texts.items()) + list(neg_texts.items()):
        n = text.count("\n")
        if not 5 <= n <= 80:
            errors.append("line count %d out of range: %s" % (n, rel))

    def count(label, field):
        d = {}
        for m in manifest:
            if m["label"] == label:
                d[m[field]] = d.get(m[field], 0) + 1
        return d

    for label in ("positive", "negative"):
        for field in ("provider", "kind", "filetype"):
            d = count(label, field)
            print("%s %s (%d distinct):" % (label, field, len(d)))
            for k, v in sorted(d.items(), key=lambda x: (-x[1], x[0])):
                print("  %5d  %s" % (v, k))
    pairs = {(m["provider"], m["kind"]) for m in manifest if m["label"] == "positive"}
    print("positive provider/kind pairs: %d" % len(pairs))
    print("positives under non-provider names: %d / %d" % (generic_named, N_POS))
    if errors:
        for e in errors[:40]:
            print("SELF-CHECK ERROR:", e)
        print("SELF-CHECK FAILED (%d errors)" % len(errors))
        sys.exit(1)
    print("SELF-CHECK OK: %d positives, %d negatives" % (len(pos_texts), len(neg_texts)))


if __name__ == "__main__":
    main()
