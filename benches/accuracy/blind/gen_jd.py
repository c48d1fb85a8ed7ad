#!/usr/bin/env python3
"""Blind evaluation-set generator gen_jd: note-taking / knowledge-base / personal-research apps.

EMPHASIS
    Domain: note-taking, knowledge-base and personal-research tools and their plugins.
    Obsidian plugin settings (.obsidian/plugins/<id>/data.json: Readwise, Todoist,
    Copilot/Smart Connections/Text Generator/QuickAdd LLM keys, Omnivore, Raindrop,
    GitHub publisher PATs, remotely-save S3/WebDAV/Dropbox, Self-hosted LiveSync CouchDB),
    Logseq plugin settings and EDN config, Joplin settings.json sync targets (Nextcloud,
    WebDAV, S3, Joplin Cloud), Zotero (prefs.js, Web API keys in scripts), Anki
    (AnkiConnect apiKey, AnkiWeb), Notion (secret_/ntn_ tokens), Readwise, Evernote
    developer tokens, Roam graph tokens, Pocket, Instapaper, Todoist, TickTick, Trello,
    Dropbox, Bear, WordPress application passwords, Ghost Admin keys, Medium tokens,
    Discord webhooks from Templater scripts, an SSH key pasted into a setup note.
    File types: JSON (data.json, settings.json, canvas, exports), Markdown notes (with
    YAML front matter, dataviewjs blocks), JavaScript (Templater/QuickAdd/Node sync
    scripts), Python sync scripts, shell, EDN, prefs.js/user.js, INI, TOML, YAML, CSV,
    XML (ENEX), logs, docker-compose, .Renviron, a few .env files (< 1 in 20 positives).

USAGE
    python3 -B gen_jd.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one per positive).
    Deterministic per SEED: all randomness comes from one random.Random(SEED).

NEEDLE CONVENTIONS
    - The needle is the secret value exactly as written, without surrounding quotes.
    - Header forms (Authorization: Bearer X / Token X, x-api-key: X): the needle is X only.
    - URLs with embedded credentials (https://user:PASS@host, ?key=..&token=T): the
      needle is the password / token value only. Webhook URLs (Discord): the needle is
      the whole URL, because the secret is the URL.
    - Key pairs (AWS access key id + secret, Pocket consumer key + access token, Trello
      key + token, Dropbox app key + refresh token): the needle is the secret half
      (secret access key, access token, token, refresh token). The public half may be
      present in the same file.
    - Ghost Admin API key: the whole "id:secret" string. WordPress application
      password: the whole chunked "abcd EFGH ..." string, spaces included.
    - Evernote developer token: the whole "S=s..:U=..:...:H=.." string.
    - Multi-line private keys: the needle is the first base64 body line after the
      -----BEGIN ... PRIVATE KEY----- line.
    - line is the 1-based line of the needle's first occurrence (asserted).

NEGATIVES
    500 negatives, no .env* file names (only .env.example / .env.sample).
    About half re-use the positive templates with the secret slot holding a
    non-secret: empty values, placeholders (your-api-key, YOUR_API_KEY_HERE, <token>,
    changeme, xxxx...), masked values (********, [REDACTED], prefix+****+last4),
    environment and secret-manager references (os.environ[...], process.env.X, ${X},
    $(op read op://...), #env in EDN, vault: paths, {{ template }} expressions), and
    providers' documented example values (Pocket docs consumer key / access token,
    AWS docs example keys). Companion identifiers (AWS key ids, Pocket consumer keys)
    are blanked too in these files.
    The other half are look-alikes: Obsidian vault ids, workspace leaf ids, canvas node
    ids, Excalidraw ids/seeds, Logseq block UUIDs, Roam block uids, Joplin item ids,
    Zotero user/library ids and item keys, Notion page/database ids (32 hex, UUIDs),
    Anki deck/model ids and note GUIDs, Todoist project/task ids, Readwise/ASIN ids,
    CouchDB _rev revision ids, chunk ids, sha256/md5 checksums, npm integrity hashes,
    ETags, public-share URLs, base64 images, SSH/PGP public keys, public client ids
    (Trello API key, Ghost Content API key, Dropbox app key, Notion OAuth client id,
    Google OAuth client id), documented example keys in notes.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    - Notion: tokens use ntn_ (current) or secret_ (legacy) prefix (skills page and
      developers.notion.com authentication: Authorization: Bearer).
    - Evernote: token shape S=s3:U=13d80:E=<hex ms>:C=<hex ms>:P=185:A=<app>:V=2:H=<32 hex>
      (blog decoding a token; dev.evernote.com documents developer tokens).
    - Readwise: Authorization: Token <token>, readwise.io/api/v2/export (gist, pypi).
    - Pocket: docs say a consumer key looks like 1234-abcd1234abcd1234abcd1234; request
      code example dcba4321-dcba-4321-dcba-4321dc (those are used only as negatives).
    - Todoist: token from Settings > Integrations, Bearer auth (doist docs, plugin docs).
    - Ghost Admin API key: {id}:{hex_secret}, 24-hex id, 64-hex secret (docs.rs crate doc).
    - WordPress application passwords: 24 chars [A-Za-z0-9], shown in groups of 4
      separated by spaces (make.wordpress.org integration guide).
    - Trello: API key is public, token is the secret, sent as key=..&token=.. (Atlassian).
    - Dropbox: short-lived access tokens + long-lived refresh tokens since 2021.
    - Zotero: API key + numeric userID, Zotero-API-Key header, pyzotero
      Zotero(library_id, 'user', api_key).
    - Raindrop: test token from app settings > integrations, Bearer auth.
    - Roam: Bearer token against api.roamresearch.com/api/graph/<graph>/q.
    - Joplin: settings.json keys sync.target, sync.5.path/username/password (Nextcloud)
      from joplinapp.org/schema/settings.json.
    - AnkiConnect: apiKey config option, sent as "key" in requests / Bearer by clients.
    - LiveSync: CouchDB URI/user/password/database name settings.
    A GitGuardian detector page appeared in one result list; it was not opened or used.

DOUBTS
    - Exact lengths not confirmed by provider docs: Readwise (50 alnum assumed), Notion
      ntn_ body (11 digits + 35 alnum assumed), secret_ (43 alnum), Roam
      (roam-graph-token- + 27 chars assumed), Raindrop test token and Omnivore API key
      (UUID assumed), Pocket access token (8-4-4-4-6 hex assumed), Trello ATTA token
      (ATTA + 64 hex + 8 hex assumed), Dropbox sl. token length/alphabet, Medium
      integration token (2 + 64 hex assumed), Instapaper consumer secret and TickTick
      client secret (alnum 30/32 assumed), Bear API token (XXXXXX-XXXXXX-XXXXXX hex
      assumed), Evernote dev token field values (A=en-devtoken assumed).
    - GitHub ghp_ checksum: CRC32 of the 30-char body, base62 (0-9A-Za-z), 6 chars;
      alphabet order not confirmed. OpenAI sk-proj- layout (T3BlbkFJ marker) and
      Anthropic sk-ant-api03-...AA layout from general knowledge, not re-checked.
    - Mem, Craft, Day One have no public key format I could confirm; not used as positives.
"""
import json
import os
import random
import sys
import zlib

A_UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
A_LO = "abcdefghijklmnopqrstuvwxyz"
DIG = "0123456789"
A62 = DIG + A_UP + A_LO
URLSAFE = A62 + "-_"
HEX = "0123456789abcdef"
B32 = A_UP + "234567"
B64 = A_UP + A_LO + DIG + "+/"


def rs(r, alph, n):
    return "".join(r.choice(alph) for _ in range(n))


def uuid4(r, upper=False):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = A62[d] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------- secret generators
def g_ghp(r):
    body = rs(r, A62, 30)
    return "ghp_" + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_github_pat(r):
    return "github_pat_11" + rs(r, A_UP + DIG, 20) + "_" + rs(r, A62, 59)


def g_openai(r):
    if r.random() < 0.75:
        return "sk-proj-" + rs(r, URLSAFE, 74) + "T3BlbkFJ" + rs(r, URLSAFE, 74)
    return "sk-" + rs(r, A62, 20) + "T3BlbkFJ" + rs(r, A62, 20)


def g_anthropic(r):
    return "sk-ant-api03-" + rs(r, URLSAFE, 93) + "AA"


def g_gemini(r):
    return "AIza" + rs(r, URLSAFE, 35)


def g_aws_id(r):
    return "AKIA" + rs(r, B32, 16)


def g_aws_secret(r):
    return rs(r, A62 + "+/", 40)


def g_notion(r):
    if r.random() < 0.55:
        return "ntn_" + rs(r, DIG, 11) + rs(r, A62, 35)
    return "secret_" + rs(r, A62, 43)


def g_readwise(r):
    return rs(r, A62, 50)


def g_todoist(r):
    return rs(r, HEX, 40)


def g_evernote(r):
    c = r.randint(0x18a0000000, 0x19f0000000)
    return "S=s%d:U=%x:E=%x:C=%x:P=1cd:A=en-devtoken:V=2:H=%s" % (
        r.randint(1, 720), r.randint(0x1000, 0x3fffff), c + 365 * 86400000, c, rs(r, HEX, 32))


def g_roam(r):
    return "roam-graph-token-" + rs(r, URLSAFE, 27)


def g_uuid(r):
    return uuid4(r)


def g_pocket_ck(r):
    return "%d-%s" % (r.randint(10000, 999999), rs(r, HEX, 24))


def g_pocket_at(r):
    h = rs(r, HEX, 26)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:26])


def g_trello(r):
    return "ATTA" + rs(r, HEX, 64) + rs(r, "0123456789ABCDEF", 8)


def g_dropbox_sl(r):
    return "sl." + r.choice(["B", "u.A"]) + rs(r, URLSAFE, 136)


def g_dropbox_refresh(r):
    return rs(r, A62, 11) + "AAAAAAAAAA" + rs(r, URLSAFE, 43)


def g_zotero(r):
    return rs(r, A62, 24)


def g_ghost(r):
    return rs(r, HEX, 24) + ":" + rs(r, HEX, 64)


def g_wp(r):
    p = rs(r, A62, 24)
    return " ".join(p[i:i + 4] for i in range(0, 24, 4))


def g_medium(r):
    return "2" + rs(r, HEX, 64)


def g_alnum30(r):
    return rs(r, A62, 30)


def g_alnum32(r):
    return rs(r, A62, 32)


def g_anki_key(r):
    return rs(r, URLSAFE, 32)


def g_bear(r):
    return "-".join(rs(r, "0123456789ABCDEF", 6) for _ in range(3))


def g_nc_app(r):
    return "-".join(rs(r, A62, 5) for _ in range(5))


WORDS = ("amber bramble cobalt dune ember fjord glacier harbor indigo juniper kestrel lantern "
         "meadow nimbus orchid pebble quartz raven saffron thistle umber velvet willow yarrow "
         "zephyr copper falcon marble tundra basalt cedar hollow").split()


def g_password(r):
    k = r.random()
    if k < 0.4:
        return rs(r, A62 + "!@#%^*-_+=", r.randint(16, 24))
    if k < 0.7:
        return "-".join(r.choice(WORDS).capitalize() if i == 0 else r.choice(WORDS)
                        for i in range(4)) + str(r.randint(10, 99))
    return rs(r, A62, r.randint(20, 32))


def g_discord(r):
    return "https://discord.com/api/webhooks/%d/%s" % (
        r.randint(10 ** 17, 10 ** 19 - 1), rs(r, URLSAFE, 68))


def g_sshkey(r):
    import base64
    raw = (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01"
           b"\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 "
           + bytes(r.randrange(256) for _ in range(300)))
    b = base64.b64encode(raw).decode()[:396]
    lines = [b[i:i + 70] for i in range(0, len(b), 70)]
    return "\n".join(lines)


# ---------------------------------------------------------------- innocent filler
FIRST = "alice ben carla dmitri elena farid greta hiro ines jonas keiko lars maya nadia omar priya quinn rosa sven tara".split()
LAST = "okafor lindqvist moreau tanaka schmidt novak rossi haddad kowalski brennan fischer dubois sato weber costa".split()
TOPICS = ["zettelkasten", "reading notes", "PhD literature review", "weekly review", "garden journal",
          "language learning", "research log", "book highlights", "project notes", "meeting notes",
          "thesis chapter 3", "spaced repetition", "second brain", "daily notes", "citations"]


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def email(r):
    f, l = person(r)
    return "%s.%s@%s" % (f, l, r.choice(["proton.me", "fastmail.com", "posteo.de", "mailbox.org", "gmail.com"]))


def host(r):
    f, l = person(r)
    return r.choice(["cloud.%s.net" % l, "nc.%s-%s.de" % (f, l), "notes.%s.io" % l,
                     "dav.%s.family" % l, "files.%s.org" % l])


def date(r):
    return "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))


def ts_ms(r):
    return r.randint(1690000000000, 1735000000000)


def hex16(r):
    return rs(r, HEX, 16)


def note_title(r):
    return r.choice(["Reading list", "Sync setup", "Plugin config", "Inbox", "Weekly review",
                     "Literature notes", "Index", "Workflow", "Automation", "Dashboard"])


def jdump(o):
    return json.dumps(o, indent=2, ensure_ascii=False)


# ---------------------------------------------------------------- slot machinery
SLOT = "\x00SLOT\x00"

PLACEHOLDERS = ["your-api-key", "YOUR_API_KEY_HERE", "<your-token>", "<paste token here>", "changeme",
                "TODO", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME", "insert-token-here",
                "your_token_goes_here", "<API_KEY>", "XXXX-XXXX-XXXX", "dummy", "none", "example-token"]
MASKS = ["********", "••••••••••••", "[REDACTED]", "<redacted>", "***", "[hidden]", "REDACTED"]


class Ctx(object):
    pass


def neg_filler(r, tpl, ctx):
    """Return (S, Q, subkind) for a non-secret slot."""
    lang = tpl["lang"]
    env = tpl["env"]
    choices = ["placeholder", "empty", "masked", "envref", "secretref", "template"]
    if tpl["provider"] in DOC_EXAMPLES:
        choices += ["doc_example", "doc_example"]
    k = r.choice(choices)
    if k == "doc_example":
        v = r.choice(DOC_EXAMPLES[tpl["provider"]])
    elif k == "placeholder":
        v = r.choice(PLACEHOLDERS)
    elif k == "empty":
        v = ""
    elif k == "masked":
        v = r.choice(MASKS)
        if r.random() < 0.3 and tpl.get("prefix"):
            v = tpl["prefix"] + "*" * r.randint(8, 20) + rs(r, HEX, 4)
    elif k == "envref":
        v = r.choice(["${%s}" % env, "$%s" % env, "%%%s%%" % env, "env:%s" % env])
    elif k == "secretref":
        v = r.choice(["op://Personal/%s/credential" % tpl["provider"].title(),
                      "vault:secret/data/notes/%s#token" % tpl["provider"],
                      "keychain:%s" % tpl["provider"], "bw://notes/%s" % env.lower(),
                      "pass:notes/%s" % tpl["provider"]])
    else:
        v = r.choice(["{{ %s }}" % env.lower(), "{{secrets.%s}}" % env, "<%%= ENV['%s'] %%>" % env,
                      "{{ .Env.%s }}" % env, "${{ secrets.%s }}" % env])
    q = '"%s"' % v
    if lang in ("py", "js", "sh", "edn", "r") and k in ("envref", "secretref") and r.random() < 0.8:
        if lang == "py":
            q = r.choice(['os.environ["%s"]' % env, 'os.getenv("%s")' % env, 'os.environ.get("%s", "")' % env])
        elif lang == "js":
            q = r.choice(["process.env.%s" % env, 'process.env["%s"]' % env])
        elif lang == "sh":
            q = r.choice(['"${%s:?}"' % env, '"$(op read op://Personal/%s/credential)"' % tpl["provider"],
                          '"$(security find-generic-password -s %s -w)"' % tpl["provider"],
                          '"$(pass show notes/%s)"' % tpl["provider"]])
        elif lang == "edn":
            q = "#env %s" % env
        elif lang == "r":
            q = 'Sys.getenv("%s")' % env
        k = "envref"
    return v, q, k


DOC_EXAMPLES = {
    "pocket": ["1234-abcd1234abcd1234abcd1234", "5678defg-5678-defg-5678-defg56"],
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "zotero": ["ABC1234XYZ"],
    "openai": ["sk-..."],
}

POS = []
NEGB = []


def pos(provider, kind, gen, env, lang, prefix=""):
    def deco(fn):
        POS.append(dict(name=fn.__name__, provider=provider, kind=kind, gen=gen, env=env,
                        lang=lang, fn=fn, prefix=prefix))
        return fn
    return deco


def negb(provider, kind):
    def deco(fn):
        NEGB.append(dict(name=fn.__name__, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


def comp(c, v, blank=""):
    return blank if c.neg else v


# ================================================================ positive templates
# ---- Obsidian plugin data.json ---------------------------------------------------
@pos("readwise", "api_token", g_readwise, "READWISE_TOKEN", "json")
def t_obs_readwise(r, c):
    d = {"token": c.S, "readwiseDir": r.choice(["Readwise", "Sources/Readwise", "References/Highlights"]),
         "frequency": r.choice(["0", "60", "720", "1440"]), "triggerOnLoad": r.random() < 0.5,
         "isSyncing": False, "lastSyncFailed": False,
         "lastSavedStatusID": r.randint(10000000, 99999999), "currentSyncStatusID": 0,
         "refreshBooks": False, "booksToRefresh": [], "failedBooks": [],
         "booksIDsMap": {"%s.md" % r.choice(["How to Take Smart Notes", "Deep Work", "The Extended Mind",
                                            "Thinking Fast and Slow"]): str(r.randint(10000000, 49999999))},
         "reimportShowConfirmation": True}
    return ".obsidian/plugins/readwise-official/data.json", jdump(d)


@pos("todoist", "api_token", g_todoist, "TODOIST_API_TOKEN", "json")
def t_obs_todoist(r, c):
    d = {"fadeToggle": True, "autoRefreshToggle": r.random() < 0.5, "autoRefreshInterval": 60,
         "renderDateIcon": True, "renderProjectIcon": True, "renderLabelsIcon": True,
         "shouldWrapLinksInParens": False, "addTaskButtonAddsPageLink": "content", "apiToken": c.S,
         "debugLogging": False}
    return ".obsidian/plugins/todoist-sync-plugin/data.json", jdump(d)


@pos("openai", "llm_api_key", g_openai, "OPENAI_API_KEY", "json", "sk-")
def t_obs_copilot(r, c):
    d = {"openAIApiKey": c.S, "openAIOrgId": "", "defaultModelKey": r.choice(["gpt-4o|openai", "gpt-4.1-mini|openai"]),
         "embeddingModelKey": "text-embedding-3-small|openai", "temperature": 0.1, "maxTokens": 4000,
         "contextTurns": 15, "userSystemPrompt": "", "stream": True, "defaultSaveFolder": "copilot-conversations",
         "defaultConversationTag": "copilot-conversation", "autosaveChat": False, "qaExclusions": "Templates,Archive",
         "indexVaultToVectorStore": "ON MODE SWITCH", "debug": False, "enableEncryption": False}
    return ".obsidian/plugins/copilot/data.json", jdump(d)


@pos("openai", "llm_api_key", g_openai, "OPENAI_API_KEY", "json", "sk-")
def t_obs_smart_connections(r, c):
    d = {"api_key": c.S, "smart_chat_model": "gpt-4o-mini", "file_exclusions": "Daily,Templates",
         "folder_exclusions": "_attachments", "header_exclusions": "", "path_only": "",
         "show_full_path": False, "expanded_view": True, "group_nearest_by_file": False,
         "language": "en", "log_render": False, "log_render_files": False, "recently_sent_retry_notice": False,
         "skip_sections": False, "smart_chat_folder": "smart-chats", "view_open": True, "version": "2.1.%d" % r.randint(0, 90)}
    return ".obsidian/plugins/smart-connections/data.json", jdump(d)


@pos("anthropic", "llm_api_key", g_anthropic, "ANTHROPIC_API_KEY", "json", "sk-ant-")
def t_obs_textgen(r, c):
    d = {"selectedProvider": "Anthropic Chat (Langchain)", "max_tokens": 800, "temperature": 0.7,
         "frequency_penalty": 0.5, "showStatusBar": True, "promptsPath": "textgenerator/templates",
         "LLMProviderOptions": {"Anthropic Chat (Langchain)": {"api_key": c.S, "model": "claude-3-5-sonnet-latest",
                                                             "basePath": "https://api.anthropic.com"}},
         "displayErrorInEditor": False, "outputToBlockQuote": False}
    return ".obsidian/plugins/obsidian-textgenerator-plugin/data.json", jdump(d)


@pos("omnivore", "api_token", g_uuid, "OMNIVORE_API_KEY", "json")
def t_obs_omnivore(r, c):
    d = {"dateHighlightedFormat": "yyyy-MM-dd HH:mm:ss", "dateSavedFormat": "yyyy-MM-dd HH:mm:ss",
         "apiKey": c.S, "filter": "HIGHLIGHTS", "syncAt": "%sT%02d:14:09" % (date(r), r.randint(0, 23)),
         "customQuery": "", "template": "# {{{title}}}\n\n{{#highlights}}> {{{text}}}\n{{/highlights}}",
         "highlightOrder": "LOCATION", "syncing": False, "folder": "Omnivore/{{{date}}}",
         "folderDateFormat": "yyyy-MM-dd", "endpoint": "https://api-prod.omnivore.app/api/graphql",
         "filename": "{{{title}}}", "attachmentFolder": "Omnivore/attachments", "version": "1.10.%d" % r.randint(0, 9)}
    return ".obsidian/plugins/obsidian-omnivore/data.json", jdump(d)


@pos("raindrop", "api_token", g_uuid, "RAINDROP_TOKEN", "json")
def t_obs_raindrop(r, c):
    cid = r.randint(20000000, 49999999)
    d = {"version": "0.0.%d" % r.randint(15, 21), "username": r.choice(FIRST), "isConnected": True,
         "ribbonIcon": True, "appendMode": True, "collectionsFolders": True, "onlyBookmarksWithHl": False,
         "highlightsFolder": "Raindrop", "collectionGroups": False, "autoSyncSuccessNotice": True,
         "syncCollections": {str(cid): {"id": cid, "title": r.choice(["Research", "To read", "Papers"]),
                                        "sync": True, "lastSyncDate": "%sT09:12:44.000Z" % date(r)}},
         "template": "{{title}}\n{{#highlights}}- {{text}}\n{{/highlights}}", "dateTimeFormat": "YYYY/MM/DD HH:mm:ss",
         "autoSyncInterval": 0, "autoescape": True, "token": c.S}
    return ".obsidian/plugins/obsidian-raindrop-highlights/data.json", jdump(d)


@pos("github", "api_token", g_ghp, "GITHUB_TOKEN", "json", "ghp_")
def t_obs_github_publisher(r, c):
    f, l = person(r)
    d = {"github": {"user": "%s%s" % (f, l[:3]), "repo": "%s-digital-garden" % f, "branch": "main",
                    "token": c.S, "api": {"tiersForApi": "Github Free/Pro/Team (default)", "hostname": ""},
                    "workflow": {"commitMessage": "[PUBLISHER] Merge", "name": ""}, "verifiedRepo": True},
         "upload": {"behavior": "fixed", "defaultName": "docs", "rootFolder": "", "yamlFolderKey": "category",
                    "frontmatterTitle": {"enable": False, "key": "title"}, "autoclean": {"enable": False}},
         "plugin": {"shareKey": "share", "fileMenu": True, "editorMenu": False, "dev": False}}
    return ".obsidian/plugins/obsidian-mkdocs-publisher/data.json", jdump(d)


@pos("github", "api_token", g_github_pat, "GITHUB_TOKEN", "json", "github_pat_")
def t_obs_github_sync(r, c):
    f, l = person(r)
    d = {"remoteURL": "https://github.com/%s-%s/vault.git" % (f, l), "gitLocation": "", "syncinterval": 30,
         "isSyncOnLoad": True, "isSyncOnSave": False, "personalAccessToken": c.S,
         "commitMessage": "vault backup: {{date}}", "ignoreConflicts": False}
    return ".obsidian/plugins/github-sync/data.json", jdump(d)


@pos("aws", "s3_secret_key", g_aws_secret, "AWS_SECRET_ACCESS_KEY", "json")
def t_obs_remotely_s3(r, c):
    d = {"s3": {"s3Endpoint": r.choice(["s3.eu-central-1.amazonaws.com", "s3.us-west-2.amazonaws.com"]),
                "s3Region": r.choice(["eu-central-1", "us-west-2"]), "s3AccessKeyID": comp(c, g_aws_id(r)),
                "s3SecretAccessKey": c.S, "s3BucketName": "%s-vault-sync" % r.choice(LAST),
                "bypassCorsLocally": True, "partsConcurrency": 20, "forcePathStyle": False, "remotePrefix": ""},
         "webdav": {"address": "", "username": "", "password": "", "authType": "basic", "manualRecursive": True,
                    "depth": "manual_1", "remoteBaseDir": ""},
         "dropbox": {"accessToken": "", "clientID": "", "refreshToken": "", "accessTokenExpiresInSeconds": 0,
                     "accessTokenExpiresAtTime": 0, "accountID": "", "username": "", "credentialsShouldBeDeletedAtTime": 0},
         "password": "", "serviceType": "s3", "currLogLevel": "info", "autoRunEveryMilliseconds": 300000,
         "initRunAfterMilliseconds": -1, "agreeToUploadExtraMetadata": True, "concurrency": 5,
         "syncConfigDir": False, "syncUnderscoreItems": False, "lang": "auto", "logToDB": False,
         "skipSizeLargerThan": -1, "ignorePaths": [], "enableStatusBarInfo": True, "vaultRandomID": hex16(r)}
    return ".obsidian/plugins/remotely-save/data.json", jdump(d)


@pos("webdav", "password", g_nc_app, "WEBDAV_PASSWORD", "json")
def t_obs_remotely_webdav(r, c):
    h = host(r)
    d = {"webdav": {"address": "https://%s/remote.php/dav/files/%s/" % (h, r.choice(FIRST)),
                    "username": r.choice(FIRST), "password": c.S, "authType": "basic", "manualRecursive": True,
                    "depth": "manual_1", "remoteBaseDir": "ObsidianVault"},
         "serviceType": "webdav", "currLogLevel": "info", "autoRunEveryMilliseconds": 600000,
         "initRunAfterMilliseconds": 5000, "concurrency": 5, "syncConfigDir": False, "lang": "auto",
         "vaultRandomID": hex16(r), "deleteToWhere": "system", "conflictAction": "keep_newer"}
    return ".obsidian/plugins/remotely-save/data.json", jdump(d)


@pos("couchdb", "password", g_password, "COUCHDB_PASSWORD", "json")
def t_obs_livesync(r, c):
    h = host(r)
    d = {"couchDB_URI": "https://%s" % h, "couchDB_USER": r.choice(FIRST), "couchDB_PASSWORD": c.S,
         "couchDB_DBNAME": r.choice(["obsidian", "vault", "notes-sync"]), "liveSync": True,
         "syncOnSave": False, "syncOnStart": True, "savingDelay": 200, "lessInformationInLog": False,
         "gcDelay": 300, "versionUpFlash": "", "minimumChunkSize": 20, "longLineThreshold": 250,
         "showVerboseLog": False, "suspendFileWatching": False, "trashInsteadDelete": True,
         "periodicReplication": False, "periodicReplicationInterval": 60, "encrypt": False, "passphrase": "",
         "usePathObfuscation": False, "batchSave": False, "deviceAndVaultName": "%s-laptop" % r.choice(FIRST),
         "usePluginSync": False, "showStatusOnEditor": True, "customChunkSize": 0, "readChunksOnline": True}
    return ".obsidian/plugins/obsidian-livesync/data.json", jdump(d)


@pos("dropbox", "refresh_token", g_dropbox_refresh, "DROPBOX_REFRESH_TOKEN", "json")
def t_obs_remotely_dropbox(r, c):
    d = {"dropbox": {"accessToken": "", "clientID": comp(c, rs(r, DIG + A_LO, 15)), "refreshToken": c.S,
                     "accessTokenExpiresInSeconds": 14400, "accessTokenExpiresAtTime": ts_ms(r),
                     "accountID": "dbid:AA" + rs(r, URLSAFE, 38), "username": "%s %s" % person(r),
                     "credentialsShouldBeDeletedAtTime": 0, "remoteBaseDir": "ObsidianVault"},
         "serviceType": "dropbox", "currLogLevel": "info", "autoRunEveryMilliseconds": 300000,
         "concurrency": 5, "syncConfigDir": False, "vaultRandomID": hex16(r)}
    return ".obsidian/plugins/remotely-save/data.json", jdump(d)


@pos("google", "llm_api_key", g_gemini, "GOOGLE_API_KEY", "json", "AIza")
def t_obs_copilot_gemini(r, c):
    d = {"openAIApiKey": "", "anthropicApiKey": "", "googleApiKey": c.S, "groqApiKey": "",
         "defaultModelKey": "gemini-1.5-pro|google", "embeddingModelKey": "text-embedding-004|google",
         "temperature": 0.2, "maxTokens": 2000, "contextTurns": 10, "stream": True,
         "defaultSaveFolder": "copilot-conversations", "showSuggestedPrompts": True, "numPartitions": 1}
    return ".obsidian/plugins/copilot/data.json", jdump(d)


@pos("ghost", "admin_api_key", g_ghost, "GHOST_ADMIN_API_KEY", "json")
def t_obs_ghost(r, c):
    d = {"url": "https://%s.ghost.io" % r.choice(LAST), "adminToken": c.S, "version": "v5.0",
         "defaultStatus": "draft", "tagsFromFrontmatter": True, "featureImageFolder": "assets"}
    return ".obsidian/plugins/send-to-ghost/data.json", jdump(d)


@pos("wordpress", "app_password", g_wp, "WP_APP_PASSWORD", "json")
def t_obs_wordpress(r, c):
    f, l = person(r)
    d = {"profiles": [{"name": "blog", "apiType": "wp-rest-api-application-passwords",
                       "endpoint": "https://%s-%s.blog" % (f, l), "xmlRpcPath": "/xmlrpc.php", "saveUsername": True,
                       "savePassword": True, "isDefault": True, "lastSelectedCategories": [1],
                       "username": f, "password": c.S}],
         "showRibbonIcon": True, "defaultPostStatus": "draft", "defaultCommentStatus": "open",
         "defaultPostType": "post", "rememberLastSelectedCategories": True, "showWordPressEditConfirm": False,
         "mathJaxOutputType": "svg", "commentConvertMode": "ignore", "enableHtml": False, "replaceMediaLinks": True}
    return ".obsidian/plugins/obsidian-wordpress/data.json", jdump(d)


@pos("notion", "integration_secret", g_notion, "NOTION_TOKEN", "json", "ntn_")
def t_obs_notion_share(r, c):
    d = {"NextButton": True, "notionAPINext": c.S, "databaseIDNext": rs(r, HEX, 32),
         "bannerUrl": "", "notionUser": r.choice(FIRST), "proxy": "", "GeneralButton": False,
         "tagButton": True, "CustomTitleButton": False, "CustomTitleName": ""}
    return ".obsidian/plugins/share-to-notionnext/data.json", jdump(d)


@pos("openai", "llm_api_key", g_openai, "OPENAI_API_KEY", "json", "sk-")
def t_obs_quickadd(r, c):
    d = {"choices": [{"id": uuid4(r), "name": "Summarize selection", "type": "Macro", "command": True,
                      "macroId": uuid4(r)}],
         "macros": [], "inputPrompt": "single-line", "devMode": False, "templateFolderPath": "Templates",
         "announceUpdates": True, "version": "1.%d.0" % r.randint(6, 12), "disableOnlineFeatures": False,
         "ai": {"defaultModel": "Ask me", "defaultSystemPrompt": "You are a helpful note assistant.",
                "promptTemplatesFolderPath": "Prompts", "showAssistant": True,
                "providers": [{"name": "OpenAI", "endpoint": "https://api.openai.com/v1", "apiKey": c.S,
                               "models": [{"name": "gpt-4o", "maxTokens": 128000}]}]}}
    return ".obsidian/plugins/quickadd/data.json", jdump(d)


# ---- Logseq ---------------------------------------------------------------------
@pos("openai", "llm_api_key", g_openai, "OPENAI_API_KEY", "json", "sk-")
def t_logseq_gpt(r, c):
    d = {"openAIKey": c.S, "openAICompletionEngine": "gpt-4o-mini", "chatCompletionEndpoint": "https://api.openai.com/v1",
         "openAITemperature": 1, "openAIMaxTokens": 1000, "injectPrefix": "", "customHeaders": "",
         "popupShortcut": "mod+j", "disabled": False}
    return ".logseq/settings/logseq-plugin-gpt3-openai.json", jdump(d)


@pos("todoist", "api_token", g_todoist, "TODOIST_TOKEN", "json")
def t_logseq_todoist(r, c):
    d = {"apiToken": c.S, "retrieveDefaultProject": "Inbox", "retrieveAppendTodo": True,
         "retrieveAppendCreationDateTime": False, "retrieveAppendUrl": True, "sendDefaultProject": "---",
         "sendDefaultLabel": "---", "sendDefaultDeadline": False, "disabled": False}
    return ".logseq/settings/logseq-todoist-plugin.json", jdump(d)


@pos("roam", "api_token", g_roam, "ROAM_API_TOKEN", "edn", "roam-graph-token-")
def t_edn_roam(r, c):
    g = r.choice(["research", "%s-notes" % r.choice(FIRST), "phd-graph"])
    txt = """;; babashka config for the nightly Roam -> Logseq export
{:roam {:graph "%s"
        :api-base "https://api.roamresearch.com/api/graph"
        :token %s}
 :logseq {:dir "~/Documents/logseq-%s"
          :journals "journals"
          :pages "pages"}
 :export {:formats #{:md :edn}
          :since-days 2
          :skip-tags ["private" "draft"]}
 :log-level :info}
""" % (g, c.Q, g)
    return "tools/roam-export/config.edn", txt


@pos("readwise", "api_token", g_readwise, "READWISE_TOKEN", "edn")
def t_edn_logseq_config(r, c):
    txt = """{:meta/version 1
 :preferred-format "Markdown"
 :preferred-workflow :todo
 :hidden ["/assets/private"]
 :journal/page-title-format "yyyy-MM-dd"
 :ui/show-brackets? false
 :feature/enable-whiteboards? true
 :default-templates {:journals "daily-template"}
 ;; used by the custom readwise importer in bb/import.clj
 :custom/readwise {:token "%s"
                   :tag "highlights"
                   :target-page "Readwise Inbox"}
 :graph/settings {:orphan-pages? false
                  :builtin-pages? false}
 :favorites ["inbox" "projects" "reading list"]}
""" % c.S
    return "logseq/config.edn", txt


# ---- Joplin ---------------------------------------------------------------------
def _joplin_base(r):
    return {"$schema": "https://joplinapp.org/schema/settings.json", "locale": r.choice(["en_GB", "de_DE", "fr_FR", "en_US"]),
            "sync.interval": r.choice([300, 600, 1800]), "theme": r.choice([1, 2, 22]),
            "markdown.plugin.mark": True, "editor.codeView": True, "dateFormat": "YYYY-MM-DD",
            "showNoteCounts": True, "revisionService.ttlDays": 90, "ui.layout": {"key": "root"}}


@pos("nextcloud", "password", g_nc_app, "NEXTCLOUD_APP_PASSWORD", "json")
def t_joplin_nextcloud(r, c):
    d = _joplin_base(r)
    u = r.choice(FIRST)
    d.update({"sync.target": 5, "sync.5.path": "https://%s/remote.php/dav/files/%s/Joplin" % (host(r), u),
              "sync.5.username": u, "sync.5.password": c.S})
    return "joplin-desktop/settings.json", jdump(d)


@pos("webdav", "password", g_password, "WEBDAV_PASSWORD", "json")
def t_joplin_webdav(r, c):
    d = _joplin_base(r)
    d.update({"sync.target": 6, "sync.6.path": "https://%s/webdav/joplin" % host(r),
              "sync.6.username": r.choice(FIRST), "sync.6.password": c.S})
    return ".config/joplin-desktop/settings.json", jdump(d)


@pos("aws", "s3_secret_key", g_aws_secret, "AWS_SECRET_ACCESS_KEY", "json")
def t_joplin_s3(r, c):
    d = _joplin_base(r)
    d.update({"sync.target": 8, "sync.8.path": "%s-joplin" % r.choice(LAST),
              "sync.8.url": "https://s3.amazonaws.com/", "sync.8.region": r.choice(["eu-west-1", "us-east-1"]),
              "sync.8.username": comp(c, g_aws_id(r)), "sync.8.password": c.S, "sync.8.forcePathStyle": False})
    return "joplin-desktop/settings.json", jdump(d)


@pos("joplin", "password", g_password, "JOPLIN_CLOUD_PASSWORD", "json")
def t_joplin_cloud(r, c):
    d = _joplin_base(r)
    d.update({"sync.target": 10, "sync.10.path": "https://api.joplincloud.com",
              "sync.10.userContentPath": "https://joplinusercontent.com", "sync.10.username": email(r),
              "sync.10.password": c.S})
    return "dotfiles/joplin/settings.json", jdump(d)


# ---- Zotero ---------------------------------------------------------------------
@pos("openai", "llm_api_key", g_openai, "OPENAI_API_KEY", "prefs", "sk-")
def t_zotero_prefs_gpt(r, c):
    uid = r.randint(1000000, 15999999)
    lines = ['// Mozilla User Preferences', '',
             '// DO NOT EDIT THIS FILE.', '//',
             '// If you make changes to this file while the application is running,',
             '// the changes will be overwritten when the application exits.', '',
             'user_pref("extensions.zotero.dataDir", "/Users/%s/Zotero");' % r.choice(FIRST),
             'user_pref("extensions.zotero.firstRun2", false);',
             'user_pref("extensions.zotero.lastViewedFolder", "L1");',
             'user_pref("extensions.zotero.sync.server.username", "%s");' % r.choice(FIRST),
             'user_pref("extensions.zotero.sync.storage.enabled", true);',
             'user_pref("extensions.zotero.translators.better-bibtex.citekeyFormat", "auth.lower + year");',
             'user_pref("extensions.zotero.zoterogpt.api", "https://api.openai.com");',
             'user_pref("extensions.zotero.zoterogpt.model", "gpt-4o-mini");',
             'user_pref("extensions.zotero.zoterogpt.secretKey", "%s");' % c.S,
             'user_pref("extensions.zotero.zoterogpt.temperature", "1.0");',
             'user_pref("extensions.zotero.lastUserID", %d);' % uid]
    return "zotero-profile/prefs.js", "\n".join(lines) + "\n"


@pos("zotero", "api_token", g_zotero, "ZOTERO_API_KEY", "py")
def t_zotero_py(r, c):
    lib = r.randint(1000000, 15999999)
    txt = '''"""Export my Zotero library to literature notes in the vault."""
import os
from pathlib import Path

from pyzotero import zotero

VAULT = Path.home() / "Vault" / "Literature"
LIBRARY_ID = "%d"

zot = zotero.Zotero(LIBRARY_ID, "user", %s)


def main():
    for item in zot.everything(zot.top(itemType="journalArticle")):
        data = item["data"]
        key = data["key"]
        title = data.get("title", "untitled")
        note = VAULT / f"{key}.md"
        if note.exists():
            continue
        note.write_text(f"---\\nzotero-key: {key}\\ntitle: \\"{title}\\"\\n---\\n\\n# {title}\\n")
        print("wrote", note)


if __name__ == "__main__":
    main()
''' % (lib, c.Q)
    return "scripts/zotero_to_vault.py", txt


@pos("zotero", "api_token", g_zotero, "ZOTERO_KEY", "sh")
def t_zotero_renviron(r, c):
    uid = r.randint(1000000, 15999999)
    txt = """# ~/.Renviron (copied into the thesis repo for the CI job)
R_LIBS_USER=~/R/library
ZOTERO_USER=%d
ZOTERO_KEY=%s
RENV_CONFIG_AUTOLOADER_ENABLED=FALSE
_R_CHECK_FORCE_SUGGESTS_=false
""" % (uid, c.S)
    return "thesis/.Renviron", txt


@pos("zotero", "api_token", g_zotero, "ZOTERO_API_KEY", "ini")
def t_zotero_ini(r, c):
    txt = """[zotcli]
library_id = %d
library_type = user
api_key = %s
default_collection = %s
note_format = markdown

[output]
citation_style = apa
bibliography = ~/Vault/refs.bib
""" % (r.randint(1000000, 15999999), c.S, rs(r, A_UP + DIG, 8))
    return ".config/zotcli/config.ini", txt


# ---- Anki -----------------------------------------------------------------------
@pos("ankiconnect", "api_token", g_anki_key, "ANKICONNECT_API_KEY", "json")
def t_anki_meta(r, c):
    d = {"name": "AnkiConnect", "mod": r.randint(1690000000, 1735000000), "min_point_version": 45,
         "max_point_version": 0, "branch_index": 1, "disabled": False,
         "config": {"apiKey": c.S, "apiLogPath": None, "ignoreOriginList": [], "webBindAddress": "127.0.0.1",
                    "webBindPort": 8765, "webCorsOriginList": ["http://localhost", "app://obsidian.md"]}}
    return "Anki2/addons21/2055492159/meta.json", jdump(d)


@pos("ankiconnect", "api_token", g_anki_key, "ANKICONNECT_KEY", "py")
def t_anki_py(r, c):
    deck = r.choice(["Vocabulary::German", "Medicine::Pharmacology", "Readwise", "Japanese::N3"])
    txt = '''import json
import urllib.request

ANKI_URL = "http://127.0.0.1:8765"
DECK = "%s"


def invoke(action, **params):
    payload = {"action": action, "version": 6, "params": params, "key": %s}
    req = urllib.request.Request(ANKI_URL, json.dumps(payload).encode("utf-8"))
    with urllib.request.urlopen(req) as resp:
        out = json.load(resp)
    if out.get("error"):
        raise RuntimeError(out["error"])
    return out["result"]


def add_card(front, back, tags=()):
    note = {"deckName": DECK, "modelName": "Basic", "fields": {"Front": front, "Back": back},
            "tags": list(tags), "options": {"allowDuplicate": False}}
    return invoke("addNote", note=note)


if __name__ == "__main__":
    print(invoke("deckNames"))
''' % (deck, c.Q)
    return "anki/obsidian_to_anki.py", txt


@pos("ankiweb", "password", g_password, "ANKIWEB_PASSWORD", "sh")
def t_ankiweb_sh(r, c):
    txt = """#!/usr/bin/env bash
# headless sync of the Anki collection on the home server (cron: 0 */6 * * *)
set -euo pipefail

ANKI_BASE="$HOME/.local/share/Anki2"
ANKIWEB_USER="%s"
ANKIWEB_PASS=%s

python3 - <<EOF
from anki.collection import Collection
col = Collection("$ANKI_BASE/User 1/collection.anki2")
auth = col.sync_login("$ANKIWEB_USER", "$ANKIWEB_PASS", None)
col.sync_collection(auth, True)
col.close()
EOF
echo "synced at $(date -Is)"
""" % (email(r), c.Q)
    return "homelab/anki-sync.sh", txt


# ---- Notion ---------------------------------------------------------------------
@pos("notion", "integration_secret", g_notion, "NOTION_TOKEN", "py", "ntn_")
def t_notion_py(r, c):
    txt = '''import os
from datetime import date

from notion_client import Client

NOTION_TOKEN = %s
READING_DB = "%s"

notion = Client(auth=NOTION_TOKEN)


def add_reading(title, author, url=None):
    props = {
        "Name": {"title": [{"text": {"content": title}}]},
        "Author": {"rich_text": [{"text": {"content": author}}]},
        "Added": {"date": {"start": date.today().isoformat()}},
    }
    if url:
        props["URL"] = {"url": url}
    return notion.pages.create(parent={"database_id": READING_DB}, properties=props)


if __name__ == "__main__":
    add_reading("The Extended Mind", "Annie Murphy Paul")
''' % (c.Q, rs(r, HEX, 32))
    return "sync/notion_reading_list.py", txt


@pos("notion", "integration_secret", g_notion, "NOTION_API_KEY", "js", "ntn_")
def t_notion_js(r, c):
    txt = """// Pull the Notion "Ideas" database into the Obsidian inbox folder.
const { Client } = require("@notionhq/client");
const fs = require("fs/promises");
const path = require("path");

const notion = new Client({ auth: %s });
const databaseId = "%s";
const inbox = path.join(process.env.HOME, "Vault", "Inbox");

async function run() {
  const res = await notion.databases.query({ database_id: databaseId, page_size: 50 });
  for (const page of res.results) {
    const title = page.properties.Name.title.map((t) => t.plain_text).join("");
    const file = path.join(inbox, `${title.replace(/[\\\\/:]/g, "-")}.md`);
    await fs.writeFile(file, `---\\nnotion-id: ${page.id}\\n---\\n# ${title}\\n`);
  }
}

run().catch((err) => { console.error(err); process.exit(1); });
""" % (c.Q, uuid4(r))
    return "scripts/notion-to-obsidian.js", txt


@pos("notion", "integration_secret", g_notion, "NOTION_TOKEN", "sh", "ntn_")
def t_notion_curl(r, c):
    txt = """#!/bin/sh
# weekly backup of the research wiki (Notion) as JSON
OUT="$HOME/backups/notion/$(date +%%F)"
mkdir -p "$OUT"
curl -sS -X POST 'https://api.notion.com/v1/search' \\
  -H 'Authorization: Bearer %s' \\
  -H 'Notion-Version: 2022-06-28' \\
  -H 'Content-Type: application/json' \\
  --data '{"filter": {"value": "page", "property": "object"}, "page_size": 100}' \\
  > "$OUT/pages.json"
echo "saved $(jq '.results | length' "$OUT/pages.json") pages"
""" % c.S
    return "bin/notion-backup.sh", txt


@pos("notion", "integration_secret", g_notion, "NOTION_TOKEN", "md", "ntn_")
def t_notion_md(r, c):
    txt = """---
tags: [setup, notion, automation]
created: %s
---
# Notion integration

Created the internal integration "Vault bridge" under Settings > Connections and shared
the *Reading list* database with it.

- Workspace: personal
- Capabilities: read content, update content, insert content
- Internal integration secret: `%s`
- Database: https://www.notion.so/%s?v=%s

Next: wire it into [[Sync scripts]] and add a cron entry.
""" % (date(r), c.S, rs(r, HEX, 32), rs(r, HEX, 32))
    return "Vault/Meta/Notion integration.md", txt


# ---- Readwise / Evernote / Roam / Todoist / Raindrop ------------------------------
@pos("readwise", "api_token", g_readwise, "READWISE_TOKEN", "py")
def t_readwise_py(r, c):
    txt = '''import requests

EXPORT_URL = "https://readwise.io/api/v2/export/"


def fetch_all(updated_after=None):
    params = {}
    if updated_after:
        params["updatedAfter"] = updated_after
    while True:
        resp = requests.get(EXPORT_URL, params=params,
                            headers={"Authorization": "Token %s"}, timeout=30)
        resp.raise_for_status()
        data = resp.json()
        yield from data["results"]
        if not data.get("nextPageCursor"):
            break
        params["pageCursor"] = data["nextPageCursor"]


if __name__ == "__main__":
    for book in fetch_all("%sT00:00:00Z"):
        print(book["title"], len(book["highlights"]))
''' % (c.S, date(r))
    return "scripts/readwise_export.py", txt


@pos("readwise", "api_token", g_readwise, "READWISE_TOKEN", "js")
def t_readwise_templater(r, c):
    txt = """// Templater user script: tp.user.readwiseDaily(tp)
// Pulls today's Readwise review into the daily note.
const RW = %s;

async function readwiseDaily(tp) {
  const res = await fetch("https://readwise.io/api/v2/review/", {
    headers: { Authorization: `Token ${RW}` },
  });
  if (!res.ok) return "> Readwise review unavailable";
  const json = await res.json();
  return json.highlights
    .map((h) => `> ${h.text}\\n> — *${h.title}*`)
    .join("\\n\\n");
}

module.exports = readwiseDaily;
""" % c.Q
    return "Templates/Scripts/readwiseDaily.js", txt


@pos("readwise", "api_token", g_readwise, "READWISE_ACCESS_TOKEN", "sh")
def t_readwise_env(r, c):
    txt = """# readwise-to-anki local settings
READWISE_ACCESS_TOKEN=%s
ANKI_DECK=Readwise
ANKI_CONNECT_URL=http://127.0.0.1:8765
SYNC_SINCE_DAYS=7
""" % c.S
    return ".env", txt


@pos("evernote", "developer_token", g_evernote, "EVERNOTE_TOKEN", "py", "S=s")
def t_evernote_py(r, c):
    txt = '''"""One-off migration: Evernote notebooks -> Markdown."""
from evernote.api.client import EvernoteClient
from evernote.edam.notestore.ttypes import NoteFilter, NotesMetadataResultSpec

client = EvernoteClient(token="%s", sandbox=False, china=False)
note_store = client.get_note_store()

spec = NotesMetadataResultSpec(includeTitle=True, includeUpdated=True)
for nb in note_store.listNotebooks():
    flt = NoteFilter(notebookGuid=nb.guid)
    res = note_store.findNotesMetadata(flt, 0, 250, spec)
    print(nb.name, res.totalNotes)
''' % c.S
    return "migration/evernote_dump.py", txt


@pos("evernote", "developer_token", g_evernote, "EVERNOTE_DEV_TOKEN", "ini", "S=s")
def t_evernote_ini(r, c):
    txt = """; evernote-backup / enex exporter settings
[evernote]
backend = evernote
developer_token = %s
network_retry_count = 50
max_chunk_results = 200

[export]
output_dir = ~/Archive/evernote-enex
single_notes = false
include_trash = false
""" % c.S
    return "evernote-backup/config.ini", txt


@pos("roam", "api_token", g_roam, "ROAM_API_TOKEN", "py", "roam-graph-token-")
def t_roam_py(r, c):
    g = r.choice(["research", "zettel", "%s-graph" % r.choice(FIRST)])
    txt = '''import requests

GRAPH = "%s"
BASE = f"https://api.roamresearch.com/api/graph/{GRAPH}"
HEADERS = {
    "Accept": "application/json",
    "Content-Type": "application/json",
    "Authorization": "Bearer %s",
}


def q(query, args=()):
    r = requests.post(f"{BASE}/q", json={"query": query, "args": list(args)}, headers=HEADERS)
    r.raise_for_status()
    return r.json()["result"]


print(q("[:find ?title :where [?e :node/title ?title]]")[:10])
''' % (g, c.S)
    return "roam/query_titles.py", txt


@pos("roam", "api_token", g_roam, "ROAM_API_TOKEN", "yaml", "roam-graph-token-")
def t_roam_gha(r, c):
    txt = """name: roam-backup
on:
  schedule:
    - cron: "17 3 * * *"
  workflow_dispatch:

jobs:
  backup:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - name: Export graph
        env:
          ROAM_GRAPH: %s
          ROAM_API_TOKEN: "%s"
        run: python backup.py --out exports/
      - run: |
          git config user.name "backup-bot"
          git add exports && git commit -m "roam backup" || true
          git push
""" % (r.choice(["research", "notes"]), c.S)
    return ".github/workflows/roam-backup.yml", txt


@pos("todoist", "api_token", g_todoist, "TODOIST_API_TOKEN", "py")
def t_todoist_py(r, c):
    txt = '''from datetime import date
from pathlib import Path

from todoist_api_python.api import TodoistAPI

api = TodoistAPI(%s)
DAILY = Path.home() / "Vault" / "Daily" / f"{date.today():%%Y-%%m-%%d}.md"


def main():
    tasks = api.get_tasks(filter="today | overdue")
    lines = [f"- [ ] {t.content} ([todoist]({t.url}))" for t in tasks]
    with DAILY.open("a", encoding="utf-8") as fh:
        fh.write("\\n## Tasks\\n" + "\\n".join(lines) + "\\n")


if __name__ == "__main__":
    main()
''' % c.Q
    return "scripts/todoist_daily.py", txt


@pos("todoist", "api_token", g_todoist, "TODOIST_TOKEN", "md")
def t_todoist_dataviewjs(r, c):
    txt = """---
cssclasses: dashboard
---
# Today

```dataviewjs
const res = await fetch("https://api.todoist.com/rest/v2/tasks?filter=today", {
  headers: { "Authorization": "Bearer %s" }
});
const tasks = await res.json();
dv.list(tasks.map(t => t.content));
```

```dataview
TASK FROM "Projects" WHERE !completed AND due <= date(today)
```
""" % c.S
    return "Vault/Dashboards/Today.md", txt


@pos("todoist", "api_token", g_todoist, "TODOIST_API_TOKEN", "sh")
def t_todoist_zshrc(r, c):
    txt = """# ~/.zshrc (notes section)
export EDITOR=nvim
export VAULT="$HOME/Vault"
alias daily='nvim "$VAULT/Daily/$(date +%%F).md"'
alias inbox='cd "$VAULT/Inbox"'
export TODOIST_API_TOKEN=%s
alias tdt='todoist-cli list --filter today'
eval "$(zoxide init zsh)"
""" % c.S
    return "dotfiles/zsh/notes.zsh", txt


@pos("raindrop", "api_token", g_uuid, "RAINDROP_TEST_TOKEN", "py")
def t_raindrop_py(r, c):
    txt = '''import csv
import requests

RAINDROP_TEST_TOKEN = %s
COLLECTION = %d


def raindrops(page=0):
    url = f"https://api.raindrop.io/rest/v1/raindrops/{COLLECTION}"
    resp = requests.get(url, params={"page": page, "perpage": 50},
                        headers={"Authorization": f"Bearer {RAINDROP_TEST_TOKEN}"})
    resp.raise_for_status()
    return resp.json()["items"]


with open("bookmarks.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["title", "link", "tags"])
    for item in raindrops():
        w.writerow([item["title"], item["link"], ",".join(item["tags"])])
''' % (c.Q, r.randint(20000000, 49999999))
    return "scripts/raindrop_export.py", txt


@pos("raindrop", "api_token", g_uuid, "RAINDROP_TOKEN", "toml")
def t_raindrop_toml(r, c):
    txt = """# raindrop-sync config
[raindrop]
token = "%s"
collections = [%d, %d]
include_highlights = true

[output]
vault = "~/Vault"
folder = "Clippings"
filename = "{{title}}"
overwrite = false
""" % (c.S, r.randint(20000000, 49999999), r.randint(20000000, 49999999))
    return "raindrop-sync/config.toml", txt


# ---- Pocket / Instapaper / TickTick / Trello / Dropbox ---------------------------
@pos("pocket", "oauth_access_token", g_pocket_at, "POCKET_ACCESS_TOKEN", "py")
def t_pocket_py(r, c):
    txt = '''import os
import requests

CONSUMER_KEY = os.environ["POCKET_CONSUMER_KEY"]
ACCESS_TOKEN = %s


def unread(count=30):
    body = {"consumer_key": CONSUMER_KEY, "access_token": ACCESS_TOKEN,
            "state": "unread", "sort": "newest", "count": count, "detailType": "simple"}
    resp = requests.post("https://getpocket.com/v3/get", json=body,
                         headers={"X-Accept": "application/json"})
    resp.raise_for_status()
    return resp.json()["list"].values()


for it in unread():
    print(f"- [{it.get('resolved_title') or it['given_url']}]({it['given_url']})")
''' % c.Q
    return "scripts/pocket_to_md.py", txt


@pos("pocket", "consumer_key", g_pocket_ck, "POCKET_CONSUMER_KEY", "json")
def t_pocket_json(r, c):
    d = {"pocket": {"consumer_key": c.S, "redirect_uri": "http://localhost:8080/callback"},
         "vault": "~/Vault", "folder": "Pocket", "tagFilter": ["obsidian", "research"],
         "archiveAfterImport": True, "lastSince": r.randint(1690000000, 1735000000)}
    return "pocket2obsidian/config.json", jdump(d)


@pos("instapaper", "oauth_consumer_secret", g_alnum30, "INSTAPAPER_CONSUMER_SECRET", "py")
def t_instapaper_py(r, c):
    txt = '''import os
from requests_oauthlib import OAuth1Session

CONSUMER_KEY = os.environ.get("INSTAPAPER_CONSUMER_KEY")
CONSUMER_SECRET = %s
API = "https://www.instapaper.com/api/1"


def xauth(username, password):
    sess = OAuth1Session(CONSUMER_KEY, client_secret=CONSUMER_SECRET)
    resp = sess.post(f"{API}/oauth/access_token", data={
        "x_auth_username": username, "x_auth_password": password, "x_auth_mode": "client_auth"})
    resp.raise_for_status()
    return dict(kv.split("=") for kv in resp.text.split("&"))
''' % c.Q
    return "instapaper/auth.py", txt


@pos("ticktick", "oauth_client_secret", g_alnum32, "TICKTICK_CLIENT_SECRET", "yaml")
def t_ticktick_yaml(r, c):
    txt = """# ticktick -> obsidian tasks bridge
ticktick:
  client_id: %s
  client_secret: "%s"
  redirect_uri: http://127.0.0.1:8765/callback
  scope: "tasks:read tasks:write"
obsidian:
  vault: ~/Vault
  tasks_file: Tasks/TickTick.md
  completed_marker: "[x]"
schedule:
  every_minutes: 15
""" % (rs(r, A62, 16), c.S)
    return "ticktick-bridge/config.yaml", txt


@pos("trello", "api_token", g_trello, "TRELLO_TOKEN", "py", "ATTA")
def t_trello_py(r, c):
    txt = '''import requests

KEY = "%s"
TOKEN = %s
BOARD = "%s"


def cards():
    url = f"https://api.trello.com/1/boards/{BOARD}/cards"
    resp = requests.get(url, params={"key": KEY, "token": TOKEN, "fields": "name,desc,due"})
    resp.raise_for_status()
    return resp.json()


for card in cards():
    print(f"- [ ] {card['name']}")
''' % (rs(r, HEX, 32), c.Q, rs(r, A62, 8))
    return "scripts/trello_to_tasks.py", txt


@pos("trello", "api_token", g_trello, "TRELLO_TOKEN", "sh", "ATTA")
def t_trello_sh(r, c):
    txt = """#!/usr/bin/env bash
# list my Trello boards as markdown links for the projects index
KEY=%s
curl -s "https://api.trello.com/1/members/me/boards?fields=name,url&key=${KEY}&token=%s" \\
  | jq -r '.[] | "- [\\(.name)](\\(.url))"' > "$HOME/Vault/Projects/Trello boards.md"
""" % (rs(r, HEX, 32), c.S)
    return "bin/trello-boards.sh", txt


@pos("dropbox", "oauth_access_token", g_dropbox_sl, "DROPBOX_ACCESS_TOKEN", "py", "sl.")
def t_dropbox_py(r, c):
    txt = '''import datetime
import pathlib

import dropbox

VAULT = pathlib.Path.home() / "Vault"
dbx = dropbox.Dropbox(%s)


def backup():
    stamp = datetime.date.today().isoformat()
    for p in VAULT.rglob("*.md"):
        rel = p.relative_to(VAULT).as_posix()
        with p.open("rb") as fh:
            dbx.files_upload(fh.read(), f"/vault-backup/{stamp}/{rel}",
                             mode=dropbox.files.WriteMode.overwrite)


if __name__ == "__main__":
    backup()
''' % c.Q
    return "backup/dropbox_backup.py", txt


@pos("dropbox", "refresh_token", g_dropbox_refresh, "DROPBOX_REFRESH_TOKEN", "yaml")
def t_dropbox_yaml(r, c):
    txt = """vault_backup:
  source: ~/Vault
  exclude:
    - .obsidian/workspace*.json
    - .trash/
  dropbox:
    app_key: %s
    app_secret: ${DROPBOX_APP_SECRET}
    refresh_token: "%s"
    target: /Apps/vault-backup
  keep_daily: 14
  keep_weekly: 8
""" % (comp(c, rs(r, DIG + A_LO, 15)), c.S)
    return "vault-backup/config.yml", txt


# ---- publishing (WordPress / Ghost / Medium) ---------------------------------------
@pos("wordpress", "app_password", g_wp, "WP_APP_PASSWORD", "py")
def t_wp_py(r, c):
    f, l = person(r)
    txt = '''"""Publish an iA Writer / Obsidian markdown file as a WordPress draft."""
import sys
from pathlib import Path

import markdown
import requests
from requests.auth import HTTPBasicAuth

SITE = "https://%s-%s.blog/wp-json/wp/v2"
AUTH = HTTPBasicAuth("%s", %s)


def publish(path):
    text = Path(path).read_text(encoding="utf-8")
    title, _, body = text.partition("\\n")
    post = {"title": title.lstrip("# "), "content": markdown.markdown(body), "status": "draft"}
    resp = requests.post(f"{SITE}/posts", json=post, auth=AUTH, timeout=20)
    resp.raise_for_status()
    print("draft:", resp.json()["link"])


if __name__ == "__main__":
    publish(sys.argv[1])
''' % (f, l, f, c.Q)
    return "publish/wp_publish.py", txt


@pos("ghost", "admin_api_key", g_ghost, "GHOST_ADMIN_API_KEY", "js")
def t_ghost_js(r, c):
    txt = """// node publish.js "Notes/Essays/My essay.md"
const GhostAdminAPI = require("@tryghost/admin-api");
const fs = require("fs");
const matter = require("gray-matter");

const api = new GhostAdminAPI({
  url: "https://%s.ghost.io",
  key: %s,
  version: "v5.0",
});

const file = process.argv[2];
const { data, content } = matter(fs.readFileSync(file, "utf8"));

api.posts
  .add({ title: data.title, tags: data.tags || [], markdown: content, status: "draft" }, { source: "html" })
  .then((post) => console.log("created", post.url))
  .catch((err) => console.error(err));
""" % (r.choice(LAST), c.Q)
    return "publish/ghost/publish.js", txt


@pos("medium", "integration_token", g_medium, "MEDIUM_TOKEN", "md")
def t_medium_frontmatter(r, c):
    txt = """---
title: "%s"
tags: [writing, pkm]
status: draft
publish: medium
medium_token: %s
canonical_url: https://%s.blog/posts/%s
---

# %s

Most of my notes start as fleeting thoughts in the daily note. Once a week I go
through them and promote the ones that still feel alive into permanent notes.

## Capture
## Connect
## Create
""" % ("How I process my inbox", c.S, r.choice(LAST), rs(r, A_LO, 6), "How I process my inbox")
    return "Vault/Writing/How I process my inbox.md", txt


# ---- CSV / TOML / INI / YAML / docker ------------------------------------------------
@pos("nextcloud", "password", g_password, "NEXTCLOUD_PASSWORD", "csv")
def t_csv_pwexport(r, c):
    rows = ["name,url,username,password,note",
            "Obsidian forum,https://forum.obsidian.md,%s,,uses SSO" % r.choice(FIRST),
            "Zotero,https://www.zotero.org,%s,,passkey" % r.choice(FIRST),
            "Nextcloud,https://%s,%s,%s,vault sync" % (host(r), r.choice(FIRST), c.S),
            "Readwise,https://readwise.io,%s,,google login" % email(r)]
    return "exports/logins-%s.csv" % date(r), "\n".join(rows) + "\n"


@pos("readwise", "api_token", g_readwise, "READWISE_TOKEN", "csv")
def t_csv_integrations(r, c):
    rows = ["service,account,credential,last_sync,status",
            "zotero,%d,,%s,ok" % (r.randint(1000000, 9999999), date(r)),
            "readwise,%s,%s,%s,ok" % (email(r), c.S, date(r)),
            "anki,local,,%s,ok" % date(r),
            "raindrop,%s,,%s,paused" % (r.choice(FIRST), date(r))]
    return "pkm-sync/integrations.csv", "\n".join(rows) + "\n"


@pos("aws", "s3_secret_key", g_aws_secret, "AWS_SECRET_ACCESS_KEY", "toml")
def t_toml_s3(r, c):
    txt = """# notes-sync: mirror the vault to S3-compatible storage
[source]
path = "~/Vault"
ignore = [".obsidian/workspace.json", ".trash"]

[s3]
endpoint = "https://s3.%s.amazonaws.com"
bucket = "%s-notes"
access_key_id = "%s"
secret_access_key = "%s"
prefix = "vault/"

[schedule]
interval = "10m"
""" % (r.choice(["eu-west-1", "us-east-2"]), r.choice(LAST), comp(c, g_aws_id(r)), c.S)
    return "notes-sync/config.toml", txt


@pos("aws", "s3_secret_key", g_aws_secret, "AWS_SECRET_ACCESS_KEY", "ini")
def t_rclone_conf(r, c):
    txt = """[vault-s3]
type = s3
provider = AWS
env_auth = false
access_key_id = %s
secret_access_key = %s
region = %s
location_constraint = %s
acl = private
storage_class = STANDARD_IA

[vault-crypt]
type = alias
remote = vault-s3:%s-vault
""" % (comp(c, g_aws_id(r)), c.S, "eu-central-1", "eu-central-1", r.choice(LAST))
    return ".config/rclone/rclone.conf", txt


@pos("couchdb", "password", g_password, "COUCHDB_PASSWORD", "yaml")
def t_compose_couchdb(r, c):
    txt = """# self-hosted LiveSync backend
services:
  couchdb:
    image: couchdb:3.3
    container_name: obsidian-livesync
    restart: unless-stopped
    environment:
      - COUCHDB_USER=%s
      - COUCHDB_PASSWORD=%s
    volumes:
      - ./data:/opt/couchdb/data
      - ./local.ini:/opt/couchdb/etc/local.ini
    ports:
      - "5984:5984"
    labels:
      - traefik.http.routers.couchdb.rule=Host(`%s`)
""" % (r.choice(["admin", "obsidian", r.choice(FIRST)]), c.S, host(r))
    return "livesync/docker-compose.yml", txt


@pos("couchdb", "password", g_password, "COUCHDB_ADMIN_PASSWORD", "ini")
def t_couchdb_local_ini(r, c):
    txt = """[couchdb]
single_node=true
max_document_size = 50000000

[chttpd]
require_valid_user = true
max_http_request_size = 4294967296
enable_cors = true

[chttpd_auth]
require_valid_user = true

[admins]
%s = %s

[httpd]
WWW-Authenticate = Basic realm="couchdb"
enable_cors = true

[cors]
origins = app://obsidian.md,capacitor://localhost,http://localhost
credentials = true
headers = accept, authorization, content-type, origin, referer
methods = GET, PUT, POST, HEAD, DELETE
""" % (r.choice(["admin", "obsidian"]), c.S)
    return "livesync/local.ini", txt


@pos("couchdb", "password", g_password, "COUCHDB_PASSWORD", "sh")
def t_couchdb_url(r, c):
    u = r.choice(FIRST)
    txt = """#!/usr/bin/env bash
# compact the LiveSync database every night
set -e
DB=obsidian
curl -s -X POST -H 'Content-Type: application/json' \\
  "https://%s:%s@%s/${DB}/_compact"
curl -s "https://%s@%s/${DB}" | jq '.sizes'
""" % (u, c.S, host(r), u, host(r))
    return "livesync/compact.sh", txt


@pos("webdav", "password", g_nc_app, "WEBDAV_PASSWORD", "sh")
def t_env_local(r, c):
    txt = """# local overrides for the vault sync container
WEBDAV_URL=https://%s/remote.php/dav/files/%s/Vault
WEBDAV_USER=%s
WEBDAV_PASSWORD=%s
SYNC_INTERVAL=300
""" % (host(r), r.choice(FIRST), r.choice(FIRST), c.S)
    return "vault-sync/.env.local", txt


# ---- misc: Bear, Discord webhook, Anthropic, SSH key, Zotero note, Gemini, Dockerfile
@pos("bear", "api_token", g_bear, "BEAR_TOKEN", "sh")
def t_bear_sh(r, c):
    txt = """#!/bin/zsh
# export Bear notes tagged #research via x-callback-url
TOKEN="%s"
TAG="research"
open "bear://x-callback-url/search?tag=${TAG}&token=${TOKEN}&show_window=no&x-success=notes-export://done"
sleep 2
echo "requested export for #${TAG}"
""" % c.S
    return "bear/export-research.sh", txt


@pos("discord", "webhook", g_discord, "DISCORD_WEBHOOK_URL", "js")
def t_discord_templater(r, c):
    txt = """// QuickAdd macro: post the finished weekly review to my study-group channel
module.exports = async (params) => {
  const { app } = params;
  const file = app.workspace.getActiveFile();
  const body = await app.vault.read(file);
  const summary = body.split("## Summary")[1]?.trim().slice(0, 1800) ?? "(no summary)";
  await fetch(%s, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: "weekly-review", content: `**${file.basename}**\\n${summary}` }),
  });
  new Notice("Posted weekly review");
};
""" % c.Q
    return "Scripts/postWeeklyReview.js", txt


@pos("anthropic", "llm_api_key", g_anthropic, "ANTHROPIC_API_KEY", "js", "sk-ant-")
def t_anthropic_templater(r, c):
    txt = """// Templater user script: tp.user.summarize(tp, text)
async function summarize(tp, text) {
  const res = await requestUrl({
    url: "https://api.anthropic.com/v1/messages",
    method: "POST",
    headers: {
      "x-api-key": "%s",
      "anthropic-version": "2023-06-01",
      "content-type": "application/json",
    },
    body: JSON.stringify({
      model: "claude-3-5-haiku-latest",
      max_tokens: 400,
      messages: [{ role: "user", content: `Summarize in 3 bullets:\\n\\n${text}` }],
    }),
  });
  return res.json.content[0].text;
}
module.exports = summarize;
""" % c.S
    return "Templates/Scripts/summarize.js", txt


@pos("ssh", "private_key", g_sshkey, "SSH_PRIVATE_KEY", "md")
def t_ssh_note(r, c):
    txt = """---
tags: [homelab, obsidian-git]
---
# Deploy key for vault repo

Generated on the NAS for the obsidian-git plugin on the tablet (which cannot read ~/.ssh).
Public half added as a deploy key with write access.

```
-----BEGIN OPENSSH PRIVATE KEY-----
%s
-----END OPENSSH PRIVATE KEY-----
```

Fingerprint: SHA256:%s
""" % (c.S, rs(r, A62 + "+/", 43))
    return "Vault/Homelab/Vault deploy key.md", txt


@pos("zotero", "api_token", g_zotero, "ZOTERO_API_KEY", "md")
def t_zotero_note(r, c):
    txt = """# Zotero setup

- userID: %d (from zotero.org/settings/keys)
- API key (read/write, personal library): %s
- Group "Lab reading group": %d
- Better BibTeX auto-export to `~/Vault/refs.bib`, keep updated

## Citation workflow
1. Save with the connector
2. Let BBT pin the citekey
3. Import annotations with the Zotero Integration plugin
""" % (r.randint(1000000, 15999999), c.S, r.randint(100000, 5999999))
    return "Vault/Meta/Zotero setup.md", txt


@pos("google", "llm_api_key", g_gemini, "GEMINI_API_KEY", "py", "AIza")
def t_gemini_py(r, c):
    txt = '''import pathlib

import google.generativeai as genai

genai.configure(api_key=%s)
model = genai.GenerativeModel("gemini-1.5-flash")

for note in pathlib.Path("~/Vault/Literature").expanduser().glob("*.md"):
    text = note.read_text(encoding="utf-8")
    if "## AI summary" in text:
        continue
    out = model.generate_content("Summarize these reading notes in 5 bullets:\\n" + text)
    note.write_text(text + "\\n## AI summary\\n" + out.text + "\\n", encoding="utf-8")
''' % c.Q
    return "scripts/summarize_notes.py", txt


@pos("openai", "llm_api_key", g_openai, "OPENAI_API_KEY", "dockerfile", "sk-")
def t_dockerfile_openai(r, c):
    txt = """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV VAULT_PATH=/vault \\
    EMBED_MODEL=text-embedding-3-small \\
    OPENAI_API_KEY=%s
VOLUME ["/vault"]
CMD ["python", "index_vault.py", "--watch"]
""" % c.S
    return "vault-search/Dockerfile", txt


@pos("readwise", "api_token", g_readwise, "READWISE_TOKEN", "js")
def t_readwise_reader_node(r, c):
    txt = """import fetch from "node-fetch";

const client = {
  base: "https://readwise.io/api/v3",
  headers: { Authorization: "Token %s" },
};

export async function saveToReader(url, tags = []) {
  const res = await fetch(`${client.base}/save/`, {
    method: "POST",
    headers: { ...client.headers, "Content-Type": "application/json" },
    body: JSON.stringify({ url, tags, location: "later" }),
  });
  return res.json();
}
""" % c.S
    return "raycast/readwise-save/src/client.mjs", txt


# ================================================================ look-alike negatives
@negb("obsidian", "vault_ids")
def n_obsidian_json(r):
    vs = {}
    for _ in range(r.randint(2, 4)):
        vs[hex16(r)] = {"path": "/Users/%s/%s" % (r.choice(FIRST), r.choice(["Vault", "Work notes", "PhD", "Journal"])),
                        "ts": ts_ms(r)}
    k = list(vs)[0]
    vs[k]["open"] = True
    d = {"vaults": vs, "frame": "hidden", "updateDisabled": False, "insider": False}
    return "dotfiles/obsidian/obsidian.json", jdump(d)


@negb("obsidian", "workspace_leaf_ids")
def n_workspace(r):
    def leaf(f):
        return {"id": hex16(r), "type": "leaf", "state": {"type": "markdown", "state": {"file": f, "mode": "source", "source": False}}}
    d = {"main": {"id": hex16(r), "type": "split", "children": [
        {"id": hex16(r), "type": "tabs", "children": [leaf("Daily/%s.md" % date(r)), leaf("Projects/Thesis.md")]}],
        "direction": "vertical"},
        "left": {"id": hex16(r), "type": "split", "children": [{"id": hex16(r), "type": "tabs", "children": [
            {"id": hex16(r), "type": "leaf", "state": {"type": "file-explorer", "state": {"sortOrder": "alphabetical"}}}]}],
            "direction": "horizontal", "width": 300},
        "active": hex16(r), "lastOpenFiles": ["Inbox/%s.md" % note_title(r), "Daily/%s.md" % date(r)]}
    return ".obsidian/workspace.json", jdump(d)


@negb("obsidian", "canvas_node_ids")
def n_canvas(r):
    nodes = []
    for i in range(r.randint(3, 6)):
        nodes.append({"id": hex16(r), "type": r.choice(["text", "file"]), "x": r.randint(-800, 800), "y": r.randint(-600, 600),
                      "width": 250, "height": 60, "text" if i % 2 == 0 else "file":
                      r.choice(["Research question", "Methods", "Lit review", "Findings"]) if i % 2 == 0 else "Literature/%s.md" % rs(r, A_UP + DIG, 8)})
    edges = [{"id": hex16(r), "fromNode": nodes[i]["id"], "fromSide": "right", "toNode": nodes[i + 1]["id"], "toSide": "left"}
             for i in range(len(nodes) - 1)]
    return "Vault/Boards/Thesis map.canvas", jdump({"nodes": nodes, "edges": edges})


@negb("obsidian", "excalidraw_ids")
def n_excalidraw(r):
    els = []
    for _ in range(r.randint(2, 4)):
        els.append({"id": rs(r, URLSAFE, 21), "type": "rectangle", "x": r.randint(0, 900), "y": r.randint(0, 600),
                    "width": 180, "height": 80, "angle": 0, "strokeColor": "#1e1e1e", "seed": r.randint(1, 2 ** 31),
                    "version": r.randint(1, 90), "versionNonce": r.randint(1, 2 ** 31), "isDeleted": False,
                    "groupIds": [], "boundElements": None, "updated": ts_ms(r), "link": None, "locked": False})
    txt = "---\nexcalidraw-plugin: parsed\ntags: [excalidraw]\n---\n==⚠  Switch to EXCALIDRAW VIEW in the MORE OPTIONS menu of this document. ⚠==\n\n# Drawing\n```json\n%s\n```\n%%%%\n" % jdump(
        {"type": "excalidraw", "version": 2, "source": "https://github.com/zsviczian/obsidian-excalidraw-plugin", "elements": els,
         "appState": {"gridSize": None, "viewBackgroundColor": "#ffffff"}, "files": {}})
    return "Vault/Excalidraw/Concept map %s.excalidraw.md" % date(r), txt


@negb("logseq", "block_uuids")
def n_logseq_page(r):
    lines = ["title:: %s" % r.choice(TOPICS), "tags:: reading, notes", ""]
    for _ in range(r.randint(3, 6)):
        lines.append("- %s" % r.choice(["Key idea: retrieval practice beats rereading", "See ((%s))" % uuid4(r),
                                        "TODO follow up on the methods section", "Quote from chapter 4"]))
        lines.append("  id:: %s" % uuid4(r))
    return "logseq-graph/pages/%s.md" % r.choice(TOPICS).replace(" ", "_"), "\n".join(lines) + "\n"


@negb("logseq", "config_no_secret")
def n_logseq_config(r):
    txt = """{:meta/version 1
 :preferred-format "Markdown"
 :preferred-workflow :now
 :journal/page-title-format "MMM do, yyyy"
 :ref/linkable-properties #{:source :author}
 :default-queries {:journals [{:title "🔨 NOW" :query [:find (pull ?h [*]) :where [?h :block/marker ?m] [(contains? #{"NOW" "DOING"} ?m)]]}]}
 :commands []
 :shortcuts {:editor/new-block "enter"}
 :graph/settings {:journal? true}
 :file/name-format :triple-lowbar
 :publishing/all-pages-public? false
 :git/auto-commit-seconds 60}
"""
    return "logseq/config.edn", txt


@negb("roam", "block_uids")
def n_roam_export(r):
    pages = []
    for _ in range(2):
        pages.append({"title": note_title(r), "create-time": ts_ms(r), "edit-time": ts_ms(r),
                      "children": [{"string": r.choice(["Thought about spaced repetition", "[[Reading]] done", "#idea link graphs"]),
                                    "uid": rs(r, URLSAFE, 9), "create-time": ts_ms(r),
                                    ":create/user": {":user/uid": rs(r, A62, 28)}} for _ in range(3)]})
    return "exports/roam/%s.json" % date(r), jdump(pages)


@negb("joplin", "item_ids")
def n_joplin_note(r):
    txt = """# %s

Notes from the session. Linked to [previous note](:/%s).

![diagram](:/%s)

id: %s
parent_id: %s
created_time: %sT10:11:12.000Z
updated_time: %sT18:01:44.000Z
is_conflict: 0
latitude: 0.00000000
longitude: 0.00000000
altitude: 0.0000
author: 
source_url: 
is_todo: 0
encryption_cipher_text: 
encryption_applied: 0
markup_language: 1
is_shared: 0
share_id: 
user_created_time: %sT10:11:12.000Z
type_: 1""" % (note_title(r), rs(r, HEX, 32), rs(r, HEX, 32), rs(r, HEX, 32), rs(r, HEX, 32), date(r), date(r), date(r))
    return "joplin-export/%s.md" % rs(r, HEX, 32), txt + "\n"


@negb("joplin", "settings_no_secret")
def n_joplin_settings(r):
    d = _joplin_base(r)
    d.update({"sync.target": 2, "sync.2.path": "/Users/%s/Dropbox/Apps/Joplin" % r.choice(FIRST),
              "encryption.enabled": True, "sync.resourceDownloadMode": "auto", "clientId": rs(r, HEX, 32),
              "sync.5.password": "", "sync.6.password": ""})
    return "joplin-desktop/settings.json", jdump(d)


@negb("zotero", "user_library_ids")
def n_zotero_prefs(r):
    lines = ['// Mozilla User Preferences', '',
             'user_pref("extensions.zotero.dataDir", "/home/%s/Zotero");' % r.choice(FIRST),
             'user_pref("extensions.zotero.lastUserID", %d);' % r.randint(1000000, 15999999),
             'user_pref("extensions.zotero.lastLibraryID", %d);' % r.randint(1, 9),
             'user_pref("extensions.zotero.sync.server.username", "%s");' % r.choice(FIRST),
             'user_pref("extensions.zotero.sync.storage.protocol", "webdav");',
             'user_pref("extensions.zotero.sync.storage.url", "%s/zotero");' % host(r),
             'user_pref("extensions.zotero.sync.storage.username", "%s");' % r.choice(FIRST),
             'user_pref("extensions.zotero.lastViewedFolder", "C%d");' % r.randint(1, 400),
             'user_pref("extensions.zotero.translators.better-bibtex.citekeyFormat", "[auth:lower][year][shorttitle1_0]");',
             'user_pref("extensions.zotero.translators.better-bibtex.autoExportDelay", 5);',
             'user_pref("extensions.zotero.pane.persist", "{\\"zotero-items-column-title\\":{\\"width\\":\\"%d\\"}}");' % r.randint(200, 500)]
    return "zotero-profile/prefs.js", "\n".join(lines) + "\n"


@negb("zotero", "item_keys_md5")
def n_zotero_items(r):
    items = []
    lib = r.randint(1000000, 15999999)
    for _ in range(r.randint(2, 4)):
        k = rs(r, A_UP + DIG, 8)
        items.append({"key": k, "version": r.randint(100, 9000),
                      "library": {"type": "user", "id": lib, "name": r.choice(FIRST)},
                      "links": {"self": {"href": "https://api.zotero.org/users/%d/items/%s" % (lib, k), "type": "application/json"}},
                      "data": {"key": k, "itemType": "attachment", "parentItem": rs(r, A_UP + DIG, 8),
                               "contentType": "application/pdf", "filename": "%s %d.pdf" % (r.choice(LAST).title(), r.randint(1990, 2024)),
                               "md5": rs(r, HEX, 32), "mtime": ts_ms(r)}})
    return "cache/zotero/items-%d.json" % lib, jdump(items)


@negb("notion", "page_ids_csv")
def n_notion_csv(r):
    rows = ["Name,Status,Author,URL,Notion page"]
    for _ in range(r.randint(3, 6)):
        t = r.choice(["Deep Work", "Atomic Habits", "The Art of Doing Science", "Range", "Thinking in Systems", "Make It Stick"])
        rows.append("%s,%s,%s,https://example.org/%s,https://www.notion.so/%s-%s" % (
            t, r.choice(["To read", "Reading", "Done"]), r.choice(LAST).title(), rs(r, A_LO, 6), t.replace(" ", "-"), rs(r, HEX, 32)))
    return "exports/Reading list %s.csv" % rs(r, HEX, 32), "\n".join(rows) + "\n"


@negb("notion", "database_ids_env")
def n_notion_py(r):
    txt = '''import os

from notion_client import Client

notion = Client(auth=os.environ["NOTION_TOKEN"])

DATABASES = {
    "reading": "%s",
    "projects": "%s",
    "journal": "%s",
}
INBOX_PAGE = "%s"


def count(db):
    return len(notion.databases.query(database_id=DATABASES[db])["results"])
''' % (rs(r, HEX, 32), uuid4(r), rs(r, HEX, 32), uuid4(r))
    return "sync/notion_ids.py", txt


@negb("anki", "deck_model_ids")
def n_anki_decks(r):
    decks = {}
    for name in ["Default", "Vocabulary::German", "Medicine", "Readwise"]:
        did = r.randint(1500000000000, 1735000000000)
        decks[str(did)] = {"id": did, "name": name, "mod": r.randint(1690000000, 1735000000), "usn": -1,
                           "conf": 1, "collapsed": False, "desc": "", "dyn": 0}
    return "anki/decks.json", jdump(decks)


@negb("anki", "note_guids_csv")
def n_anki_csv(r):
    rows = ["#separator:tab", "#html:true", "#guid column:1", "#notetype column:2", "#deck column:3", "#tags column:6"]
    for _ in range(r.randint(4, 7)):
        rows.append("\t".join([rs(r, A62 + "!#$%&()*+,-./:;<=>?@[]^_`{|}~", 10), "Basic", "Vocabulary::German",
                               r.choice(["der Zusammenhang", "die Erkenntnis", "beiläufig", "nachhaltig"]),
                               r.choice(["connection", "insight", "incidental", "sustainable"]), "vocab b2"]))
    return "anki/export/german-vocab.txt", "\n".join(rows) + "\n"


@negb("todoist", "project_task_ids")
def n_todoist_json(r):
    projects = [{"id": rs(r, A62, 16), "name": n, "color": r.choice(["berry_red", "blue", "charcoal"]),
                 "parent_id": None, "order": i, "is_favorite": i == 0, "view_style": "list",
                 "url": "https://app.todoist.com/app/project/%s" % rs(r, A62, 16)} for i, n in enumerate(["Inbox", "Thesis", "Reading"])]
    return "todoist-cache/projects.json", jdump(projects)


@negb("readwise", "highlight_ids_csv")
def n_readwise_csv(r):
    rows = ["Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags"]
    for _ in range(r.randint(3, 6)):
        rows.append('"%s",%s,%s,B0%s,,yellow,,location,%d,%s 09:12:00+00:00,' % (
            r.choice(["Attention is the new currency.", "Write notes for your future self.", "Structure emerges from the bottom up."]),
            r.choice(["How to Take Smart Notes", "Deep Work"]), r.choice(["Sönke Ahrens", "Cal Newport"]),
            rs(r, A_UP + DIG, 8), r.randint(10, 5000), date(r)))
    return "exports/readwise-data.csv", "\n".join(rows) + "\n"


@negb("checksums", "sha256_table")
def n_pdf_checksums(r):
    rows = ["# PDF archive checksums", "", "| File | SHA-256 | Size |", "|---|---|---|"]
    for _ in range(r.randint(3, 6)):
        rows.append("| %s%d.pdf | `%s` | %d KB |" % (r.choice(LAST), r.randint(1995, 2024), rs(r, HEX, 64), r.randint(200, 9000)))
    rows += ["", "Verified with `shasum -a 256 -c checksums.txt` on %s." % date(r)]
    return "Vault/Archive/PDF checksums.md", "\n".join(rows) + "\n"


@negb("couchdb", "revision_ids")
def n_couch_docs(r):
    rows = []
    for _ in range(r.randint(2, 4)):
        rows.append({"id": "f:" + rs(r, HEX, 32), "key": "daily/%s.md" % date(r), "value": {"rev": "%d-%s" % (r.randint(1, 40), rs(r, HEX, 32))},
                     "doc": {"_id": "f:" + rs(r, HEX, 32), "_rev": "%d-%s" % (r.randint(1, 40), rs(r, HEX, 32)),
                             "children": ["h:+" + rs(r, B32.lower(), 13) for _ in range(3)], "path": "daily/%s.md" % date(r),
                             "ctime": ts_ms(r), "mtime": ts_ms(r), "size": r.randint(100, 9000), "type": "plain", "eden": {}}})
    return "livesync/debug/all_docs.json", jdump({"total_rows": len(rows), "offset": 0, "rows": rows})


@negb("sharing", "public_share_urls")
def n_public_urls(r):
    f, l = person(r)
    txt = """# Public links

- Digital garden: https://publish.obsidian.md/%s-%s/Home
- Reading list (Notion, public): https://%s.notion.site/Reading-%s
- Raindrop collection: https://raindrop.io/%s/research-%d
- Zotero group: https://www.zotero.org/groups/%d/lab_reading_group
- Readwise shared highlight: https://readwise.io/open/%d
- Anki shared deck: https://ankiweb.net/shared/info/%d
- Todoist template: https://todoist.com/templates/%s
""" % (f, l, f, rs(r, HEX, 32), f, r.randint(20000000, 49999999), r.randint(100000, 5999999),
       r.randint(100000000, 999999999), r.randint(100000000, 2099999999), r.choice(["weekly-review", "reading-list"]))
    return "Vault/Meta/Public links.md", txt


@negb("github", "integrity_hashes")
def n_package_lock(r):
    import base64
    deps = {}
    for name in ["obsidian", "esbuild", "tslib", "@codemirror/view", "builtin-modules"]:
        deps["node_modules/" + name] = {"version": "%d.%d.%d" % (r.randint(0, 6), r.randint(0, 20), r.randint(0, 9)),
                                        "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (name, name.split("/")[-1]),
                                        "integrity": "sha512-" + base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode(),
                                        "dev": True}
    d = {"name": "obsidian-%s-plugin" % r.choice(["reading", "zotero", "anki"]), "version": "1.0.%d" % r.randint(0, 9),
         "lockfileVersion": 3, "requires": True, "packages": deps}
    return "package-lock.json", jdump(d)


@negb("obsidian", "manifest")
def n_manifest(r):
    d = {"id": r.choice(["reading-tracker", "zotero-notes", "anki-export"]), "name": "Reading Tracker",
         "version": "0.%d.%d" % (r.randint(1, 9), r.randint(0, 20)), "minAppVersion": "1.4.0",
         "description": "Track what you read, with highlights.", "author": "%s %s" % person(r),
         "authorUrl": "https://github.com/%s" % r.choice(FIRST), "fundingUrl": "https://buymeacoffee.com/%s" % r.choice(FIRST),
         "isDesktopOnly": False}
    return ".obsidian/plugins/%s/manifest.json" % d["id"], jdump(d)


@negb("ssh", "public_key")
def n_ssh_pub(r):
    import base64
    blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + bytes(r.randrange(256) for _ in range(32))).decode()
    txt = """# NAS access

Added to `~/.ssh/authorized_keys` on the NAS so obsidian-git on the tablet can push:

```
ssh-ed25519 %s %s@tablet
```

Host fingerprint: `SHA256:%s`
""" % (blob, r.choice(FIRST), rs(r, A62 + "+/", 43))
    return "Vault/Homelab/NAS access.md", txt


@negb("pgp", "public_key_block")
def n_pgp_pub(r):
    import base64
    body = base64.b64encode(bytes(r.randrange(256) for _ in range(360))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    txt = "# Contact\n\nEmail: %s\n\n```\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----\n```\n" % (
        email(r), "\n".join(lines), rs(r, A62, 4))
    return "Vault/About/Contact.md", txt


@negb("markdown", "base64_image")
def n_b64_image(r):
    import base64
    png = b"\x89PNG\r\n\x1a\n" + bytes(r.randrange(256) for _ in range(240))
    txt = "# Sketch\n\nQuick whiteboard capture from the meeting.\n\n![whiteboard](data:image/png;base64,%s)\n\nFollow-ups in [[Meeting notes]].\n" % base64.b64encode(png).decode()
    return "Vault/Inbox/Whiteboard %s.md" % date(r), txt


@negb("hypothesis", "annotation_ids")
def n_hypothesis(r):
    rows = [{"id": rs(r, URLSAFE, 22), "created": "%sT08:00:00.000000+00:00" % date(r), "user": "acct:%s@hypothes.is" % r.choice(FIRST),
             "uri": "https://arxiv.org/abs/%d.%05d" % (r.randint(1801, 2412), r.randint(1, 20000)),
             "text": r.choice(["check this claim", "nice framing", ""]), "tags": ["thesis"], "group": rs(r, A62, 8)} for _ in range(3)]
    return "exports/hypothesis.json", jdump({"total": len(rows), "rows": rows})


@negb("evernote", "enex_hashes")
def n_enex(r):
    import base64
    data = base64.b64encode(bytes(r.randrange(256) for _ in range(150))).decode()
    h = rs(r, HEX, 32)
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20240312T101500Z" application="Evernote" version="10.%d">
  <note>
    <title>%s</title>
    <created>20230105T081200Z</created>
    <content><![CDATA[<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd"><en-note><div>Scan of the lecture handout</div><en-media hash="%s" type="image/png"/></en-note>]]></content>
    <resource>
      <data encoding="base64">%s</data>
      <mime>image/png</mime>
      <resource-attributes><file-name>handout.png</file-name></resource-attributes>
    </resource>
  </note>
</en-export>
""" % (r.randint(40, 90), note_title(r), h, data)
    return "exports/evernote/%s.enex" % note_title(r).replace(" ", "_"), txt


@negb("dayone", "entry_uuids")
def n_dayone(r):
    entries = [{"uuid": rs(r, "0123456789ABCDEF", 32), "creationDate": "%sT07:30:00Z" % date(r), "timeZone": "Europe/Berlin",
                "text": r.choice(["Morning pages. Slept well.", "Read two chapters.", "Walk by the river."]), "starred": False,
                "photos": [{"identifier": rs(r, "0123456789ABCDEF", 32), "md5": rs(r, HEX, 32), "type": "jpeg"}]} for _ in range(2)]
    return "exports/DayOne/Journal.json", jdump({"metadata": {"version": "1.0"}, "entries": entries})


@negb("bear", "textbundle_ids")
def n_bear(r):
    d = {"version": 2, "type": "net.daringfireball.markdown", "transient": False,
         "creatorIdentifier": "net.shinyfrog.bear",
         "net.shinyfrog.bear": {"modificationDate": "%sT12:00:00Z" % date(r), "creationDate": "%sT11:00:00Z" % date(r),
                                "uniqueIdentifier": uuid4(r, True), "pinned": False, "trashed": False}}
    return "bear-backup/%s.textbundle/info.json" % note_title(r), jdump(d)


@negb("smart-connections", "embedding_hashes")
def n_smart_ajson(r):
    lines = []
    for _ in range(3):
        p = "Literature/%s.md" % rs(r, A_UP + DIG, 8)
        lines.append('"smart_sources:%s": {"path":"%s","embeddings":{"TaylorAI/bge-micro-v2":{"vec":[%s]}},"last_read":{"hash":"%s","size":%d,"mtime":%d}},' % (
            p, p, ",".join("%.4f" % (r.random() * 2 - 1) for _ in range(6)), rs(r, HEX, 8) if r.random() < 0.5 else str(r.randint(10 ** 8, 4 * 10 ** 9)),
            r.randint(200, 9000), ts_ms(r)))
    return ".smart-env/multi/Literature.ajson", "\n".join(lines) + "\n"


@negb("zotero", "bibtex")
def n_bibtex(r):
    out = []
    for _ in range(r.randint(2, 4)):
        a = r.choice(LAST)
        y = r.randint(1995, 2024)
        out.append("""@article{%s%d%s,
  title = {%s},
  author = {%s, %s},
  year = {%d},
  journal = {Journal of Learning Sciences},
  doi = {10.%d/%s},
  url = {https://doi.org/10.%d/%s},
  file = {/Users/%s/Zotero/storage/%s/%s.pdf},
  keywords = {retrieval practice},
}""" % (a, y, rs(r, A_LO, 4), r.choice(["Retrieval practice in the classroom", "Spacing effects revisited"]), a.title(),
            r.choice(FIRST).title(), y, r.randint(1000, 9999), rs(r, A_LO + DIG, 10), r.randint(1000, 9999), rs(r, A_LO + DIG, 10),
            r.choice(FIRST), rs(r, A_UP + DIG, 8), a))
    return "Vault/refs.bib", "\n\n".join(out) + "\n"


@negb("zk", "toml_no_secret")
def n_zk_toml(r):
    txt = """[notebook]
dir = "~/notes"

[note]
language = "en"
default-title = "Untitled"
filename = "{{id}}-{{slug title}}"
extension = "md"
template = "default.md"
id-charset = "alphanum"
id-length = %d
id-case = "lower"

[format.markdown]
link-format = "wiki"
hashtags = true

[tool]
editor = "nvim"
fzf-preview = "bat -p --color always {-1}"

[lsp.diagnostics]
wiki-title = "hint"
dead-link = "error"
""" % r.choice([4, 6, 8])
    return ".zk/config.toml", txt


@negb("sync", "log_ids")
def n_sync_log(r):
    lines = []
    for _ in range(r.randint(6, 10)):
        lines.append("%sT%02d:%02d:%02d.%03dZ [%s] %s" % (date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999),
                                                       r.choice(["info", "info", "debug", "warn"]),
                                                       r.choice(["uploaded Daily/%s.md etag=\"%s\"" % (date(r), rs(r, HEX, 32)),
                                                                 "request-id=%s status=200" % uuid4(r),
                                                                 "replication checkpoint seq=%d-%s" % (r.randint(100, 9999), rs(r, URLSAFE, 40)),
                                                                 "skip unchanged %s.md mtime=%d" % (rs(r, A_UP + DIG, 8), ts_ms(r)),
                                                                 "conflict resolved rev=%d-%s" % (r.randint(2, 9), rs(r, HEX, 32))])))
    return "logs/remotely-save-%s.log" % date(r), "\n".join(lines) + "\n"


@negb("docs", "documented_examples")
def n_doc_examples(r):
    txt = """# API cheat-sheet (from the docs)

## Pocket
Consumer keys look like `1234-abcd1234abcd1234abcd1234` (docs example). Request:

    POST https://getpocket.com/v3/oauth/request
    {"consumer_key":"1234-abcd1234abcd1234abcd1234","redirect_uri":"pocketapp1234:authorizationFinished"}

## AWS / S3 for remotely-save
Example credentials from the AWS docs, never real:

    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

## Readwise
`Authorization: Token <your access token>` (get it at readwise.io/access_token)
"""
    return "Vault/Dev/API cheat-sheet.md", txt


@negb("public", "public_client_ids")
def n_public_ids(r):
    txt = '''"""Public identifiers only; secrets come from the OS keychain."""
import keyring

TRELLO_API_KEY = "%s"          # public: identifies the Power-Up
GHOST_CONTENT_API_KEY = "%s"   # public content API key (read-only, published posts)
DROPBOX_APP_KEY = "%s"         # PKCE app key, no secret needed
NOTION_OAUTH_CLIENT_ID = "%s"
GOOGLE_CLIENT_ID = "%d-%s.apps.googleusercontent.com"


def secret(name):
    return keyring.get_password("pkm-sync", name)
''' % (rs(r, HEX, 32), rs(r, HEX, 26), rs(r, DIG + A_LO, 15), uuid4(r), r.randint(10 ** 11, 10 ** 12 - 1), rs(r, DIG + A_LO, 32))
    return "pkm_sync/public_ids.py", txt


@negb("obsidian", "frontmatter_ids")
def n_frontmatter_ids(r):
    txt = """---
title: "%s"
citekey: %s%d
zotero-key: %s
doi: 10.%d/%s
uuid: %s
note-hash: %s
aliases: []
---
# %s

> [!quote] p. %d
> Spacing practice over days improves retention more than massed practice.

Related: [[%s]]
""" % (r.choice(["Spacing effects revisited", "Desirable difficulties"]), r.choice(LAST), r.randint(1990, 2024), rs(r, A_UP + DIG, 8),
       r.randint(1000, 9999), rs(r, A_LO + DIG, 9), uuid4(r), rs(r, HEX, 40), note_title(r), r.randint(1, 300), note_title(r))
    return "Vault/Literature/%s.md" % rs(r, A_UP + DIG, 8), txt


@negb("obsidian", "templater_ids")
def n_templater_ids(r):
    txt = """<%%*
// Zettel template: id = timestamp, uid = random
const id = tp.date.now("YYYYMMDDHHmm");
const uid = crypto.randomUUID();
const seed = "%s"; // fixed seed for the colour hash
await tp.file.rename(`${id} ${tp.file.title}`);
-%%>
---
id: <%% id %%>
uid: <%% uid %%>
created: <%% tp.date.now() %%>
---
# <%% tp.file.title %%>
""" % rs(r, HEX, 12)
    return "Templates/Zettel.md", txt


@negb("scripts", "hash_constants")
def n_hash_py(r):
    txt = '''import hashlib
from pathlib import Path

# expected digests of the template files shipped with the vault starter kit
EXPECTED = {
    "Templates/Daily.md": "%s",
    "Templates/Zettel.md": "%s",
    "Templates/Literature.md": "%s",
}


def verify(root="."):
    for rel, digest in EXPECTED.items():
        got = hashlib.sha256(Path(root, rel).read_bytes()).hexdigest()
        print(("OK  " if got == digest else "BAD ") + rel)
''' % (rs(r, HEX, 64), rs(r, HEX, 64), rs(r, HEX, 64))
    return "tools/verify_templates.py", txt


@negb("git", "commit_shas")
def n_obsidian_git(r):
    d = {"commitMessage": "vault backup: {{date}}", "autoCommitMessage": "vault backup: {{date}}",
         "commitDateFormat": "YYYY-MM-DD HH:mm:ss", "autoSaveInterval": 10, "autoPushInterval": 0, "autoPullInterval": 10,
         "autoPullOnBoot": True, "disablePush": False, "pullBeforePush": True, "disablePopups": False,
         "listChangedFilesInMessageBody": False, "showStatusBar": True, "updateSubmodules": False,
         "syncMethod": "merge", "customMessageOnAutoBackup": False, "autoBackupAfterFileChange": False,
         "treeStructure": False, "refreshSourceControl": True, "basePath": "", "differentIntervalCommitAndPush": False,
         "changedFilesInStatusBar": False, "showedMobileNotice": True, "lastAutoBackUp": "%sT09:00:00.000Z" % date(r),
         "lastKnownHead": rs(r, HEX, 40)}
    return ".obsidian/plugins/obsidian-git/data.json", jdump(d)


@negb("sh", "sha256sum_script")
def n_shasum_sh(r):
    txt = """#!/usr/bin/env bash
# verify the Obsidian AppImage before installing
set -euo pipefail
VER=1.%d.%d
FILE="Obsidian-${VER}.AppImage"
EXPECTED=%s
curl -fsSLO "https://github.com/obsidianmd/obsidian-releases/releases/download/v${VER}/${FILE}"
echo "${EXPECTED}  ${FILE}" | sha256sum -c -
chmod +x "$FILE"
""" % (r.randint(4, 8), r.randint(0, 16), rs(r, HEX, 64))
    return "bin/install-obsidian.sh", txt


@negb("env_example", "placeholders")
def n_env_example(r):
    txt = """# copy to .env and fill in
READWISE_TOKEN=
NOTION_TOKEN=ntn_your_integration_secret_here
TODOIST_API_TOKEN=<40-hex-token>
ZOTERO_USER_ID=%d
ZOTERO_API_KEY=
OPENAI_API_KEY=sk-...
VAULT_PATH=~/Vault
""" % r.randint(1000000, 9999999)
    return r.choice([".env.example", ".env.sample"]), txt


# ================================================================ driver
ENV_NAMES = ("t_readwise_env", "t_env_local")


def filetype(rel):
    base = rel.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    if base.startswith(".") and base.count(".") == 1:
        return base[1:].lower()
    if "." not in base:
        return "none"
    return base.rsplit(".", 1)[-1].lower()


def neg_path(rel):
    parts = rel.rsplit("/", 1)
    base = parts[-1]
    if base.startswith(".env") and base not in (".env.example", ".env.sample", ".env.template"):
        base = ".env.example"
    return base if len(parts) == 1 else parts[0] + "/" + base


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def cycle(r, lst, n):
    res = []
    while len(res) < n:
        l = list(lst)
        r.shuffle(l)
        res.extend(l)
    return res[:n]


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_jd.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    non_env = [t for t in POS if t["name"] not in ENV_NAMES]

    env_count = 0
    for i, t in enumerate(cycle(r, POS, 500)):
        if t["name"] in ENV_NAMES:
            if env_count >= 20:
                t = r.choice(non_env)
            else:
                env_count += 1
        c = Ctx()
        c.neg = False
        secret = t["gen"](r)
        c.S = secret
        c.Q = '"%s"' % secret
        rel, text = t["fn"](r, c)
        needle = secret.split("\n")[0]
        idx = text.find(needle)
        assert idx >= 0, (t["name"], needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (t["name"], line)
        frel = "pos/p%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(rel)})
        secrets.append({"file": frel, "needle": needle, "line": line})
    assert env_count <= 25

    kinds = ["A"] * 250 + ["B"] * 250
    r.shuffle(kinds)
    atpl = cycle(r, POS, 250)
    btpl = cycle(r, NEGB, 250)
    ai = bi = 0
    for i, k in enumerate(kinds):
        if k == "A":
            t = atpl[ai]
            ai += 1
            c = Ctx()
            c.neg = True
            c.S, c.Q, sub = neg_filler(r, t, c)
            rel, text = t["fn"](r, c)
            rel = neg_path(rel)
            provider, kind = t["provider"], "%s:%s" % (t["kind"], sub)
        else:
            t = btpl[bi]
            bi += 1
            rel, text = t["fn"](r)
            provider, kind = t["provider"], "lookalike:" + t["kind"]
        base = rel.rsplit("/", 1)[-1]
        assert not base.startswith(".env") or base in (".env.example", ".env.sample", ".env.template"), rel
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    # re-read check of every needle
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]


if __name__ == "__main__":
    main()
