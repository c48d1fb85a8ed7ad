#!/usr/bin/env python3
r"""gen_ce.py - blind evaluation-set generator for keyhook (set "ce").

EMPHASIS
  Beginner, student and hackathon code: the messy places where people new to
  programming paste keys.  Positives cover OpenAI / Anthropic / Gemini keys in
  scripts and notebooks, Discord and Telegram bot tokens, Twitter/X and Reddit
  app secrets, Spotify client secrets, Firebase service-account private keys,
  MongoDB Atlas URIs (password), OpenWeatherMap / Google Maps keys, Mapbox
  secret tokens, Twilio auth tokens, SendGrid keys, Stripe test and live
  secret keys, MySQL/Postgres passwords in Flask/Express/PHP apps, Gmail app
  passwords in smtplib/nodemailer, GitHub PATs (ghp_ with a CRC32 check and
  github_pat_), AWS secret keys next to boto3 calls, Supabase service_role
  JWTs, and WiFi passwords in Arduino sketches.
  Carriers: main.py/app.py/bot.py/index.js/server.js, Jupyter and Colab
  notebooks (with outputs, %env magics, and a debug print whose saved output
  holds the key), Streamlit apps and .streamlit/secrets.toml, .replit, README
  setup steps, homework/lab/hackathon folders, commented-out keys, debug logs,
  keys split across string concatenation, config.json/keys.py/secrets.py/
  credentials.json, HTML with inline JS, React/Vite/Angular/Next.js files,
  Arduino sketches, package.json npm scripts, shell scripts and curl tests,
  GitHub Actions and docker-compose, PHP, Java, Dart, Unity C#.
  About half of the positives use an obvious name (OPENAI_API_KEY, bot_token)
  and half a neutral one (k, x, magic, cfg_val), a positional argument
  (bot.run(...), Client(sid, token)), a URL (…?appid=, /bot<token>/, git
  clone https://<pat>@github.com), a header, an argparse default or a
  function default.

USAGE
  python3 gen_ce.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness comes from
  random.Random(SEED); output is byte-identical for the same SEED.
  manifest "kind" for negatives tells what sits in the slot: env_reference,
  runtime_input, placeholder, masked_or_truncated, empty_value, or the name of
  the domain look-alike (web_config_public_apikey, publishable_key, ...).

NEEDLE CONVENTIONS
  - needle = the secret exactly as written in the file; line = 1-based line of
    its first occurrence (which may be a notebook *output* line).
  - id/secret pairs (Twilio SID+token, Spotify/Reddit id+secret, Twitter
    consumer key+secret, AWS key id+secret, Gmail address+app password,
    Supabase URL+key) count as one credential; the needle is the secret half.
  - MongoDB URIs and SQLAlchemy URIs: the needle is the password part only
    (percent-encoded as written, where that applies).
  - Firebase service accounts: the needle is the whole "private_key" JSON
    string value as written, i.e. "-----BEGIN PRIVATE KEY-----\n...\n-----END
    PRIVATE KEY-----\n" with literal backslash-n escapes, on one line.
  - Gmail app passwords keep the spaces when written in the 4x4 form.
  - Keys split across concatenation: the needle is the longest fragment; the
    other fragments are on the same or adjacent lines.
  - .ipynb files are real nbformat-4 JSON; lines are counted in the JSON text.

NEGATIVES
  Half re-use the positive templates with the slot filled by: os.getenv /
  os.environ / load_dotenv, st.secrets, Colab userdata.get, process.env,
  import.meta.env, ${{ secrets.X }}, ${X}, input()/getpass(), tutorial
  placeholders (sk-..., YOUR_API_KEY, <your token>, the Telegram docs token
  123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11, the AWS docs EXAMPLE key),
  masked or truncated values (sk-proj-abc...xyz, head****tail), empty values
  (password = ""), and URIs with <password>.  The other half are domain
  look-alikes: Firebase web configs (public apiKey), Stripe pk_ publishable
  keys, Supabase anon/publishable keys, Mapbox pk. public tokens, reCAPTCHA
  site keys + GA measurement ids, Discord guild/channel/application ids and
  the interactions public key, Telegram chat ids, Spotify track ids, Stripe
  price/prod/cus ids, Twilio Account SID + message SIDs, Mongo ObjectIds,
  chat-completion example outputs (chatcmpl-/fp_ ids, embeddings), random
  seeds + dataset hashes + base64 PNG outputs, README screenshot text with
  truncated keys, .env.example files, revoked-key incident notes with masked
  values, pip --hash and package-lock integrity hashes, pinned action SHAs,
  BLE UUIDs and MAC addresses, arduino_secrets.h templates, Unity .meta
  GUIDs, UUIDs and commit SHAs, RFC 4231 HMAC test vectors, the jwt.io
  documentation JWT, i18n strings about passwords/keys, SSH *public* keys,
  a common-password list in a password-strength homework, login forms.

DOUBTS
  Formats written from memory (not confirmed in provider docs here):
  - OpenAI sk-proj-/sk-svcacct- body: 74 + "T3BlbkFJ" + 74 url-safe chars
    (total ~164); legacy sk- = 20 + T3BlbkFJ + 20 alnum.  Lengths approximate.
  - Anthropic: sk-ant-api03- + 86 + "-" + 6 + "AA" (108 total): shape taken
    from memory and cross-checked by length only.
  - Discord token: base64(user id) "." 6 chars "." 38 chars; the middle
    part's first letter (G-K) is a guess.
  - Telegram: "<bot id>:AA" + 33 chars; the fixed "AA" is an observation,
    not a documented rule.
  - Twitter bearer token layout (21 A's, id chars, 7 A's, %2B/%2F/%3D
    url-encoded base64) is approximate; consumer key 25 / secret 50 alnum.
  - Reddit id 14 or 22, secret 27 or 30 url-safe chars; WeatherAPI not used.
  - Mapbox sk. token middle part = base64url({"u":user,"a":id}) is a guess.
  - Stripe newer-style keys "sk_test_51" + 97 alnum; older 24-char form.
  - github_pat_11 + 20 + "_" + 59 (fine-grained) is from memory; the ghp_
    CRC32/base62 (0-9A-Za-z, left-padded to 6) checksum follows GitHub's
    blog description but the alphabet order is not confirmed by GitHub.
  - Supabase sb_publishable_ key shape (negatives) is a guess.
  - Firebase PKCS#8 bodies start with a real RSA-2048 DER prefix followed by
    random bytes; they are not valid keys.
  Labels a reviewer might dispute:
  - Firebase web apiKey (AIza…) is labelled NEG because Firebase documents
    it as safe to ship; it has the same shape as the Gemini/Maps keys that
    are labelled POS in server-side code.
  - Supabase anon key, Mapbox pk. token, Stripe pk_, reCAPTCHA site key and
    the Discord interactions public key are NEG (documented as public).
  - Spotify client id and Twilio Account SID appear literally in some
    negatives whose secret half comes from the environment.
  - Stripe *test* secret keys are POS (brief asks for them).
  - A key that only appears in a saved notebook output is POS.
  - Commented-out keys and keys in README/notes/logs are POS.
  - WiFi passwords in Arduino sketches are POS (kind wifi_password).
  - DB passwords like "Summer2019!" are POS even though weak.

SEARCHES
  docs/pages corpora: Telegram bot token format; Supabase anon vs
  service_role keys (supabase.com docs: anon safe with RLS, service_role
  never); GitHub token formats (github.blog summary: prefix + 30 + CRC32
  base62 checksum); Anthropic x-api-key header; OpenAI sk-proj- length;
  SendGrid key length (Twilio docs: 69 chars); Gmail app password (16
  chars, 4 groups of 4).
  Scanner-related material shown and ignored: a Yelp/detect-secrets pull
  request adding a SendGrid plugin (with its regex), and an NVIDIA NeMo
  Safe-Synthesizer page quoting a SendGrid regex.  Also shown: a pastebin
  dump of leaked-looking Anthropic keys (used only to confirm the length;
  nothing copied) and a pkg.gl page of a token-forging tool (token-forge)
  mentioning GitHub's base62 alphabet order.
"""
import base64
import binascii
import hashlib
import hmac
import json
import os
import string
import sys
import random

# ---------------------------------------------------------------------------
# alphabets and small helpers
# ---------------------------------------------------------------------------
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
B62 = DIG + UP + LO                      # GitHub's base62 order (0-9A-Za-z)
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
HEX = "0123456789abcdef"
B32 = UP + "234567"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def wchoice(r, pairs):
    """pairs: list of (item, weight) -> item"""
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def snake(words):
    return "_".join(words).lower()


def scream(words):
    return "_".join(words).upper()


def camel(words):
    w = [x.lower() for x in words]
    return w[0] + "".join(x.capitalize() for x in w[1:])


def kebab(words):
    return "-".join(words).lower()


def pascal(words):
    return "".join(x.capitalize() for x in words)


def style_name(r, words, lang="py"):
    if lang == "py":
        f = wchoice(r, [(snake, 4), (scream, 5), (camel, 1)])
    elif lang in ("js", "ts", "java", "dart", "cs", "ino"):
        f = wchoice(r, [(camel, 5), (scream, 4), (snake, 1)])
    elif lang == "env":
        f = scream
    elif lang == "json":
        f = wchoice(r, [(camel, 5), (snake, 4), (kebab, 1)])
    elif lang == "yaml":
        f = wchoice(r, [(snake, 4), (camel, 2), (kebab, 2), (scream, 1)])
    else:
        f = snake
    return f(words)


# ---------------------------------------------------------------------------
# fresh secret generators (formats from provider docs / memory, see DOUBTS)
# ---------------------------------------------------------------------------
FIRST = ["alex", "sam", "priya", "jordan", "maria", "li", "omar", "emma", "noah", "aisha",
         "lucas", "mia", "ethan", "zoe", "ravi", "chloe", "diego", "hana", "kofi", "lena"]
LAST = ["nguyen", "smith", "patel", "garcia", "kim", "mueller", "rossi", "khan", "silva",
        "tanaka", "brown", "okafor", "lopez", "ivanova", "chen", "dubois", "ali", "novak"]
PWWORDS = ["sunshine", "dragon", "monkey", "football", "chelsea", "purple", "tiger", "pizza",
           "maverick", "batman", "soccer", "panda", "mango", "rocket", "bunny", "coffee",
           "galaxy", "summer", "hockey", "ninja", "kitty", "cookie", "shadow", "pepper",
           "banana", "falcon", "thunder", "cricket", "oreo", "biscuit", "luna", "simba"]
PROJ = ["chatbot", "weather-app", "study-buddy", "recipe-finder", "meme-bot", "hackathon",
        "todo-app", "music-mood", "quizbot", "campus-map", "expense-tracker", "flashcards",
        "plant-monitor", "discord-bot", "news-summarizer", "portfolio", "ai-tutor", "smart-home"]


def gen_human_password(r, uri_safe=False):
    while True:
        p = _human_pw(r, uri_safe)
        if len(p) >= 10:
            return p


def _human_pw(r, uri_safe):
    w = pick(r, PWWORDS)
    yr = str(r.choice([r.randint(1985, 2009), r.randint(2019, 2025), r.randint(1, 999)]))
    syms = "!*._-" if uri_safe else "!@#$*.?_-&"
    form = r.randrange(7)
    if form == 0:
        return w.capitalize() + yr + r.choice(syms)
    if form == 1:
        return w + str(r.randint(1, 99)) + pick(r, PWWORDS)
    if form == 2:
        return pick(r, FIRST).capitalize() + r.choice(syms) + yr
    if form == 3:
        leet = w.replace("a", "@" if not uri_safe else "4").replace("o", "0").replace("e", "3")
        return leet.capitalize() + str(r.randint(10, 99)) + r.choice(syms)
    if form == 4:
        return rs(r, ALNUM, r.randint(12, 18))
    if form == 5:
        return pick(r, PWWORDS).capitalize() + pick(r, PWWORDS).capitalize() + str(r.randint(1, 9999))
    return w + "_" + pick(r, LAST) + str(r.randint(1, 99)) + r.choice(syms)


def gen_openai(r):
    t = wchoice(r, [("proj", 6), ("legacy", 2), ("svc", 1)])
    if t == "proj":
        s = "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)
    elif t == "svc":
        s = "sk-svcacct-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)
    else:
        s = "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20)
    return {"value": s}


def gen_anthropic(r):
    return {"value": "sk-ant-api03-" + rs(r, B64URL, 86) + "-" + rs(r, B64URL, 6) + "AA"}


def gen_google_key(r):
    return {"value": "AIza" + rs(r, B64URL, 35)}


def gen_snowflake(r):
    return str(r.randint(700000000000000000, 1290000000000000000))


def gen_discord(r):
    uid = gen_snowflake(r)
    first = b64u(uid.encode())
    tok = first + "." + r.choice("GHIJK") + rs(r, B64URL, 5) + "." + rs(r, B64URL, 38)
    return {"value": tok, "id": uid}


def gen_telegram(r):
    bid = str(r.randint(5000000000, 7999999999)) if r.random() < 0.7 else str(r.randint(100000000, 999999999))
    return {"value": bid + ":AA" + rs(r, B64URL, 33)}


def gen_twitter(r):
    if r.random() < 0.35:
        segs = [rs(r, ALNUM, r.randint(5, 12)) for _ in range(3)]
        s = ("A" * 21) + rs(r, ALNUM, r.randint(4, 5)) + ("A" * 7) + segs[0] + r.choice(["%2B", "%2F"]) \
            + segs[1] + r.choice(["%2B", "%2F"]) + segs[2] + "%3D" + rs(r, ALNUM, 50)
        return {"value": s, "sub": "bearer"}
    return {"value": rs(r, ALNUM, 50), "id": rs(r, ALNUM, 25), "sub": "consumer"}


def gen_reddit(r):
    if r.random() < 0.5:
        return {"value": rs(r, B64URL, 27), "id": rs(r, B64URL, 14)}
    return {"value": rs(r, B64URL, 30), "id": rs(r, B64URL, 22)}


def gen_spotify(r):
    return {"value": rs(r, HEX, 32), "id": rs(r, HEX, 32)}


def gen_mongo_parts(r):
    user = pick(r, [pick(r, FIRST), pick(r, FIRST) + pick(r, LAST)[:3], "admin", "dbuser",
                    pick(r, FIRST) + str(r.randint(1, 99)), "student", "app_user"])
    pw = gen_human_password(r, uri_safe=True) if r.random() < 0.6 else rs(r, ALNUM, 16)
    cluster = pick(r, ["cluster0", "cluster0", "cluster1", "mycluster", "hackathon"]) + "." + rs(r, LO + DIG, 5)
    db = pick(r, ["test", "myFirstDatabase", "todos", "users", "chatapp", "sample_mflix", "hackdb"])
    return user, pw, cluster, db


def mongo_uri(user, pw, cluster, db, r):
    opts = pick(r, ["?retryWrites=true&w=majority", "?retryWrites=true&w=majority&appName=Cluster0", "", "?retryWrites=true"])
    return "mongodb+srv://%s:%s@%s.mongodb.net/%s%s" % (user, pw, cluster, db, opts)


def gen_mongo(r):
    u, p, c, d = gen_mongo_parts(r)
    return {"value": mongo_uri(u, p, c, d, r), "needle": p, "user": u, "cluster": c, "db": d}


def gen_owm(r):
    return {"value": rs(r, HEX, 32)}


def gen_mapbox_secret(r):
    user = pick(r, FIRST) + pick(r, LAST)[:4]
    mid = b64u(json.dumps({"u": user, "a": rs(r, LO + DIG, 25)}, separators=(",", ":")).encode())
    return {"value": "sk." + mid + "." + rs(r, B64URL, 22)}


def gen_twilio(r):
    return {"value": rs(r, HEX, 32), "id": "AC" + rs(r, HEX, 32)}


def gen_sendgrid(r):
    return {"value": "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)}


def gen_stripe(r, live):
    env = "live" if live else "test"
    pre = "rk_" if (live and r.random() < 0.15) else "sk_"
    if r.random() < 0.6:
        s = pre + env + "_51" + rs(r, ALNUM, 97)
    else:
        s = pre + env + "_" + rs(r, ALNUM, 24)
    return {"value": s}


def gen_stripe_test(r):
    return gen_stripe(r, False)


def gen_stripe_live(r):
    return gen_stripe(r, True)


def gen_dbpw(r):
    return {"value": gen_human_password(r)}


def gen_gmail_app(r):
    s = rs(r, LO, 16)
    if r.random() < 0.5:
        s = " ".join(s[i:i + 4] for i in range(0, 16, 4))
    return {"value": s, "id": pick(r, FIRST) + "." + pick(r, LAST) + str(r.randint(1, 99)) + "@gmail.com"}


def base62(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(width, "0")


def gen_github(r):
    if r.random() < 0.75:
        body = rs(r, ALNUM, 30)
        s = "ghp_" + body + base62(binascii.crc32(body.encode()) & 0xffffffff, 6)
    else:
        s = "github_pat_11" + rs(r, UP + DIG, 20) + "_" + rs(r, ALNUM, 59)
    return {"value": s}


def gen_aws(r):
    return {"value": rs(r, B64STD, 40), "id": r.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(r, B32, 16)}


def jwt_hs256_like(r, payload):
    head = b64u(b'{"alg":"HS256","typ":"JWT"}')
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return head + "." + body + "." + rs(r, B64URL, 43)


def gen_supabase_ref(r):
    return rs(r, LO, 20)


def gen_supabase(r):
    ref = gen_supabase_ref(r)
    iat = r.randint(1650000000, 1735000000)
    tok = jwt_hs256_like(r, {"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat, "exp": iat + 315360000})
    return {"value": tok, "ref": ref}


def gen_wifi(r):
    return {"value": gen_human_password(r), "id": pick(r, ["TP-Link_", "NETGEAR", "Vodafone-", "Dorm-WiFi-", "HOME-", "BTHub6-"]) + rs(r, UP + DIG, 4)}


def pem_body(r):
    der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a302010002820101") \
        + bytes([0] + [r.randrange(256) for _ in range(256)]) + bytes.fromhex("0203010001028201") \
        + bytes(r.randrange(256) for _ in range(1217 - 300))
    b = base64.b64encode(der[:1217]).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


def gen_firebase_sa(r):
    proj = pick(r, PROJ).replace("-", "") + "-" + rs(r, LO + DIG, 5)
    lines = pem_body(r)
    esc = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"
    return {"value": esc, "project": proj, "key_id": rs(r, HEX, 40),
            "client_id": str(r.randint(10 ** 20, 10 ** 21 - 1)),
            "email": "firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (rs(r, LO + DIG, 5), proj)}


# ---------------------------------------------------------------------------
# kinds: how each credential is used by beginner code
# ---------------------------------------------------------------------------
class Kind:
    def __init__(self, key, provider, kind, gen, env, words, desc, py_imp, py_use,
                 js_imp=None, js_use=None, pip="", npm="", idinfo=None, web=False,
                 url=None, header=None, arduino=False, generic=True, split=True, ph=None):
        self.key, self.provider, self.kind, self.gen = key, provider, kind, gen
        self.env, self.words, self.desc = env, words, desc
        self.py_imp, self.py_use, self.js_imp, self.js_use = py_imp, py_use, js_imp, js_use
        self.pip, self.npm, self.idinfo, self.web = pip, npm, idinfo, web
        self.url, self.header, self.arduino = url, header, arduino
        self.generic, self.split, self.ph = generic, split, ph or []


def _openai_py(v, i):
    return ["client = OpenAI(api_key=%s)" % v, "",
            "def ask(question):",
            "    resp = client.chat.completions.create(",
            "        model=\"gpt-4o-mini\",",
            "        messages=[{\"role\": \"user\", \"content\": question}],",
            "    )",
            "    return resp.choices[0].message.content", "",
            "print(ask(\"Explain recursion like I'm five\"))"]


def _openai_js(v, i):
    return ["const openai = new OpenAI({ apiKey: %s });" % v, "",
            "async function ask(question) {",
            "  const completion = await openai.chat.completions.create({",
            "    model: \"gpt-4o-mini\",",
            "    messages: [{ role: \"user\", content: question }],",
            "  });",
            "  return completion.choices[0].message.content;",
            "}"]


def _anth_py(v, i):
    return ["client = anthropic.Anthropic(api_key=%s)" % v, "",
            "message = client.messages.create(",
            "    model=\"claude-3-5-sonnet-latest\",",
            "    max_tokens=512,",
            "    messages=[{\"role\": \"user\", \"content\": \"Summarise my lecture notes\"}],",
            ")",
            "print(message.content[0].text)"]


def _anth_js(v, i):
    return ["const anthropic = new Anthropic({ apiKey: %s });" % v, "",
            "async function summarise(text) {",
            "  const msg = await anthropic.messages.create({",
            "    model: \"claude-3-5-haiku-latest\",",
            "    max_tokens: 300,",
            "    messages: [{ role: \"user\", content: `Summarise: ${text}` }],",
            "  });",
            "  return msg.content[0].text;",
            "}"]


def _gem_py(v, i):
    return ["genai.configure(api_key=%s)" % v,
            "model = genai.GenerativeModel(\"gemini-1.5-flash\")", "",
            "response = model.generate_content(\"Give me 3 ideas for a hackathon project\")",
            "print(response.text)"]


def _gem_js(v, i):
    return ["const genAI = new GoogleGenerativeAI(%s);" % v,
            "const model = genAI.getGenerativeModel({ model: \"gemini-1.5-flash\" });", "",
            "async function run(prompt) {",
            "  const result = await model.generateContent(prompt);",
            "  return result.response.text();",
            "}"]


def _disc_py(v, i):
    return ["intents = discord.Intents.default()",
            "intents.message_content = True",
            "bot = commands.Bot(command_prefix=\"!\", intents=intents)", "",
            "@bot.event",
            "async def on_ready():",
            "    print(f\"Logged in as {bot.user}\")", "",
            "@bot.command()",
            "async def ping(ctx):",
            "    await ctx.send(\"pong!\")", "",
            "bot.run(%s)" % v]


def _disc_js(v, i):
    return ["const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });", "",
            "client.once(\"ready\", () => {",
            "  console.log(`Ready! Logged in as ${client.user.tag}`);",
            "});", "",
            "client.on(\"messageCreate\", (msg) => {",
            "  if (msg.content === \"!ping\") msg.reply(\"pong\");",
            "});", "",
            "client.login(%s);" % v]


def _tg_py(v, i):
    return ["async def start(update: Update, context: ContextTypes.DEFAULT_TYPE):",
            "    await update.message.reply_text(\"Hi! I'm your study reminder bot.\")", "",
            "app = ApplicationBuilder().token(%s).build()" % v,
            "app.add_handler(CommandHandler(\"start\", start))",
            "app.run_polling()"]


def _tg_js(v, i):
    return ["const bot = new TelegramBot(%s, { polling: true });" % v, "",
            "bot.onText(/\\/start/, (msg) => {",
            "  bot.sendMessage(msg.chat.id, \"Welcome! Send me a city name.\");",
            "});"]


def _tw_py(v, i):
    if i:
        return ["auth = tweepy.OAuth1UserHandler(%s, %s)" % (i, v),
                "api = tweepy.API(auth)", "",
                "for tweet in api.home_timeline(count=10):",
                "    print(tweet.user.screen_name, \":\", tweet.text)"]
    return ["client = tweepy.Client(bearer_token=%s)" % v, "",
            "query = \"#100DaysOfCode -is:retweet\"",
            "tweets = client.search_recent_tweets(query=query, max_results=10)",
            "for t in tweets.data or []:",
            "    print(t.id, t.text[:80])"]


def _tw_js(v, i):
    if i:
        return ["const client = new TwitterApi({ appKey: %s, appSecret: %s });" % (i, v),
                "const roClient = client.readOnly;"]
    return ["const client = new TwitterApi(%s);" % v,
            "const { data } = await client.v2.search(\"hackathon\");"]


def _rd_py(v, i):
    return ["reddit = praw.Reddit(",
            "    client_id=%s," % i,
            "    client_secret=%s," % v,
            "    user_agent=\"meme-scraper/0.1 by u/throwaway_student\",",
            ")", "",
            "for post in reddit.subreddit(\"learnpython\").hot(limit=10):",
            "    print(post.score, post.title)"]


def _sp_py(v, i):
    return ["sp = spotipy.Spotify(auth_manager=SpotifyClientCredentials(",
            "    client_id=%s," % i,
            "    client_secret=%s," % v,
            "))", "",
            "results = sp.search(q=\"artist:Daft Punk\", type=\"track\", limit=5)",
            "for item in results[\"tracks\"][\"items\"]:",
            "    print(item[\"name\"], item[\"popularity\"])"]


def _sp_js(v, i):
    return ["const spotifyApi = new SpotifyWebApi({",
            "  clientId: %s," % i,
            "  clientSecret: %s," % v,
            "});", "",
            "spotifyApi.clientCredentialsGrant().then((data) => {",
            "  spotifyApi.setAccessToken(data.body[\"access_token\"]);",
            "});"]


def _mongo_py(v, i):
    return ["client = MongoClient(%s)" % v,
            "db = client[\"todos\"]",
            "tasks = db[\"tasks\"]", "",
            "def add_task(title):",
            "    return tasks.insert_one({\"title\": title, \"done\": False}).inserted_id"]


def _mongo_js(v, i):
    return ["mongoose",
            "  .connect(%s)" % v,
            "  .then(() => console.log(\"MongoDB connected\"))",
            "  .catch((err) => console.log(err));"]


def _owm_py(v, i):
    return ["def get_weather(city):",
            "    url = \"https://api.openweathermap.org/data/2.5/weather\"",
            "    params = {\"q\": city, \"appid\": %s, \"units\": \"metric\"}" % v,
            "    data = requests.get(url, params=params).json()",
            "    return data[\"main\"][\"temp\"], data[\"weather\"][0][\"description\"]", "",
            "print(get_weather(\"London\"))"]


def _owm_js(v, i):
    return ["async function getWeather(city) {",
            "  const url = `https://api.openweathermap.org/data/2.5/weather?q=${city}&units=metric&appid=${%s}`;" % v,
            "  const res = await fetch(url);",
            "  return res.json();",
            "}"]


def _gmaps_py(v, i):
    return ["gmaps = googlemaps.Client(key=%s)" % v, "",
            "result = gmaps.geocode(\"1600 Amphitheatre Parkway, Mountain View, CA\")",
            "print(result[0][\"geometry\"][\"location\"])"]


def _gmaps_js(v, i):
    return ["async function geocode(address) {",
            "  const url = `https://maps.googleapis.com/maps/api/geocode/json?address=${encodeURIComponent(address)}&key=${%s}`;" % v,
            "  const res = await fetch(url);",
            "  return (await res.json()).results[0];",
            "}"]


def _mapbox_py(v, i):
    return ["url = \"https://api.mapbox.com/uploads/v1/campusmap/credentials\"",
            "resp = requests.post(url, params={\"access_token\": %s})" % v,
            "print(resp.json())"]


def _twilio_py(v, i):
    return ["client = Client(%s, %s)" % (i, v), "",
            "message = client.messages.create(",
            "    body=\"Your plant needs water!\",",
            "    from_=\"+1415555%04d\"," % 1234,
            "    to=\"+1650555%04d\"," % 9876,
            ")",
            "print(message.sid)"]


def _twilio_js(v, i):
    return ["const client = twilio(%s, %s);" % (i, v), "",
            "client.messages",
            "  .create({ body: \"Reminder: standup at 10!\", from: \"+14155550100\", to: \"+16505550199\" })",
            "  .then((message) => console.log(message.sid));"]


def _sg_py(v, i):
    return ["message = Mail(",
            "    from_email=\"noreply@studybuddy.app\",",
            "    to_emails=\"test@example.com\",",
            "    subject=\"Welcome to Study Buddy\",",
            "    html_content=\"<strong>Thanks for signing up!</strong>\",",
            ")",
            "sg = SendGridAPIClient(%s)" % v,
            "response = sg.send(message)",
            "print(response.status_code)"]


def _sg_js(v, i):
    return ["sgMail.setApiKey(%s);" % v, "",
            "const msg = {",
            "  to: \"test@example.com\",",
            "  from: \"hello@recipefinder.dev\",",
            "  subject: \"Your weekly recipes\",",
            "  text: \"Here are 5 new recipes for you!\",",
            "};",
            "sgMail.send(msg).then(() => console.log(\"Email sent\"));"]


def _stripe_py(v, i):
    return ["stripe.api_key = %s" % v, "",
            "session = stripe.checkout.Session.create(",
            "    line_items=[{\"price\": \"price_1PqAZl2eZvKYlo2CbN7r0sQe\", \"quantity\": 1}],",
            "    mode=\"payment\",",
            "    success_url=\"http://localhost:5000/success\",",
            "    cancel_url=\"http://localhost:5000/cancel\",",
            ")",
            "print(session.url)"]


def _stripe_js(v, i):
    return ["const stripe = require(\"stripe\")(%s);" % v, "",
            "app.post(\"/create-checkout-session\", async (req, res) => {",
            "  const session = await stripe.checkout.sessions.create({",
            "    line_items: [{ price_data: { currency: \"usd\", product_data: { name: \"T-shirt\" }, unit_amount: 2000 }, quantity: 1 }],",
            "    mode: \"payment\",",
            "    success_url: \"http://localhost:3000/success\",",
            "    cancel_url: \"http://localhost:3000/cancel\",",
            "  });",
            "  res.redirect(303, session.url);",
            "});"]


def _db_py(v, i):
    return ["db = mysql.connector.connect(",
            "    host=\"localhost\",",
            "    user=\"root\",",
            "    password=%s," % v,
            "    database=\"school\",",
            ")",
            "cursor = db.cursor()",
            "cursor.execute(\"SELECT id, name, grade FROM students\")",
            "for row in cursor.fetchall():",
            "    print(row)"]


def _db_js(v, i):
    return ["const db = mysql.createConnection({",
            "  host: \"localhost\",",
            "  user: \"root\",",
            "  password: %s," % v,
            "  database: \"hackathon_db\",",
            "});", "",
            "db.connect((err) => {",
            "  if (err) throw err;",
            "  console.log(\"MySQL connected...\");",
            "});"]


def _gmail_py(v, i):
    return ["def send_mail(to, subject, body):",
            "    msg = EmailMessage()",
            "    msg[\"Subject\"] = subject",
            "    msg[\"From\"] = %s" % i,
            "    msg[\"To\"] = to",
            "    msg.set_content(body)",
            "    with smtplib.SMTP_SSL(\"smtp.gmail.com\", 465) as smtp:",
            "        smtp.login(%s, %s)" % (i, v),
            "        smtp.send_message(msg)", "",
            "send_mail(\"prof@university.edu\", \"Homework 4\", \"Please find my submission attached.\")"]


def _gmail_js(v, i):
    return ["const transporter = nodemailer.createTransport({",
            "  service: \"gmail\",",
            "  auth: { user: %s, pass: %s }," % (i, v),
            "});", "",
            "transporter.sendMail({ from: %s, to: \"team@example.com\", subject: \"Demo day\", text: \"See you at 5pm\" });" % i]


def _gh_py(v, i):
    return ["headers = {\"Authorization\": \"token \" + %s, \"Accept\": \"application/vnd.github+json\"}" % v, "",
            "def list_repos(user):",
            "    r = requests.get(f\"https://api.github.com/users/{user}/repos\", headers=headers)",
            "    return [repo[\"name\"] for repo in r.json()]", "",
            "print(list_repos(\"octocat\"))"]


def _gh_js(v, i):
    return ["const octokit = new Octokit({ auth: %s });" % v, "",
            "const { data } = await octokit.rest.repos.listForAuthenticatedUser();",
            "console.log(data.map((r) => r.full_name));"]


def _aws_py(v, i):
    return ["s3 = boto3.client(",
            "    \"s3\",",
            "    aws_access_key_id=%s," % i,
            "    aws_secret_access_key=%s," % v,
            "    region_name=\"us-east-1\",",
            ")", "",
            "s3.upload_file(\"results.csv\", \"hackathon-team7-bucket\", \"results.csv\")",
            "print(\"uploaded!\")"]


def _aws_js(v, i):
    return ["const s3 = new S3Client({",
            "  region: \"us-east-1\",",
            "  credentials: { accessKeyId: %s, secretAccessKey: %s }," % (i, v),
            "});"]


def _supa_py(v, i):
    return ["supabase = create_client(%s, %s)" % (i, v), "",
            "rows = supabase.table(\"leaderboard\").select(\"*\").order(\"score\", desc=True).execute()",
            "print(rows.data)"]


def _supa_js(v, i):
    return ["const supabase = createClient(%s, %s);" % (i, v), "",
            "const { data, error } = await supabase.from(\"profiles\").select(\"*\");",
            "if (error) console.error(error);"]


def _id_url_supabase(r, g):
    return "https://%s.supabase.co" % g.get("ref", gen_supabase_ref(r))


KINDS = [
    Kind("openai", "openai", "api_key", gen_openai, "OPENAI_API_KEY", [["openai", "api", "key"], ["openai", "key"], ["api", "key"], ["gpt", "key"]],
         "OpenAI API key", ["from openai import OpenAI"], _openai_py, ["const OpenAI = require(\"openai\");"], _openai_js,
         pip="openai", npm="openai", web=True, header=("https://api.openai.com/v1/models", "Authorization", "Bearer "),
         ph=["sk-...", "sk-proj-...", "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "YOUR_OPENAI_API_KEY", "<your-openai-api-key>", "sk-YOUR-KEY-HERE"]),
    Kind("anthropic", "anthropic", "api_key", gen_anthropic, "ANTHROPIC_API_KEY", [["anthropic", "api", "key"], ["claude", "key"], ["anthropic", "key"]],
         "Anthropic API key", ["import anthropic"], _anth_py, ["const Anthropic = require(\"@anthropic-ai/sdk\");"], _anth_js,
         pip="anthropic", npm="@anthropic-ai/sdk", web=True, header=("https://api.anthropic.com/v1/models", "x-api-key", ""),
         ph=["sk-ant-...", "sk-ant-api03-...", "YOUR_ANTHROPIC_API_KEY", "<your-anthropic-key>"]),
    Kind("gemini", "google", "gemini_api_key", gen_google_key, "GEMINI_API_KEY", [["gemini", "api", "key"], ["google", "api", "key"], ["genai", "key"]],
         "Gemini API key", ["import google.generativeai as genai"], _gem_py, ["const { GoogleGenerativeAI } = require(\"@google/generative-ai\");"], _gem_js,
         pip="google-generativeai", npm="@google/generative-ai", web=True,
         url=lambda k: "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key=" + k,
         ph=["YOUR_GEMINI_API_KEY", "AIza...", "<GOOGLE_API_KEY>", "your-gemini-key"]),
    Kind("discord", "discord", "bot_token", gen_discord, "DISCORD_TOKEN", [["discord", "token"], ["bot", "token"], ["token"]],
         "Discord bot token", ["import discord", "from discord.ext import commands"], _disc_py,
         ["const { Client, GatewayIntentBits } = require(\"discord.js\");"], _disc_js, pip="discord.py", npm="discord.js",
         ph=["YOUR_BOT_TOKEN_HERE", "<your bot token>", "TOKEN", "your-token-goes-here"]),
    Kind("telegram", "telegram", "bot_token", gen_telegram, "TELEGRAM_BOT_TOKEN", [["telegram", "token"], ["bot", "token"], ["tg", "token"]],
         "Telegram bot token", ["from telegram import Update", "from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes"], _tg_py,
         ["const TelegramBot = require(\"node-telegram-bot-api\");"], _tg_js, pip="python-telegram-bot", npm="node-telegram-bot-api",
         url=lambda k: "https://api.telegram.org/bot" + k + "/sendMessage", arduino=True,
         ph=["<your token>", "YOUR_TELEGRAM_BOT_TOKEN", "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", "PASTE_TOKEN_FROM_BOTFATHER"]),
    Kind("twitter", "twitter", "api_secret", gen_twitter, "TWITTER_API_SECRET", [["twitter", "api", "secret"], ["consumer", "secret"], ["api", "secret"]],
         "Twitter/X API secret", ["import tweepy"], _tw_py, ["const { TwitterApi } = require(\"twitter-api-v2\");"], _tw_js,
         pip="tweepy", npm="twitter-api-v2", idinfo=(["twitter", "api", "key"], "TWITTER_API_KEY", False),
         ph=["YOUR_API_SECRET", "<consumer secret>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]),
    Kind("reddit", "reddit", "client_secret", gen_reddit, "REDDIT_CLIENT_SECRET", [["reddit", "client", "secret"], ["client", "secret"], ["reddit", "secret"]],
         "Reddit app client secret", ["import praw"], _rd_py, None, None, pip="praw",
         idinfo=(["reddit", "client", "id"], "REDDIT_CLIENT_ID", False),
         ph=["YOUR_CLIENT_SECRET", "<client secret>", "my-secret"]),
    Kind("spotify", "spotify", "client_secret", gen_spotify, "SPOTIPY_CLIENT_SECRET", [["spotify", "client", "secret"], ["client", "secret"], ["spotify", "secret"]],
         "Spotify client secret", ["import spotipy", "from spotipy.oauth2 import SpotifyClientCredentials"], _sp_py,
         ["const SpotifyWebApi = require(\"spotify-web-api-node\");"], _sp_js, pip="spotipy", npm="spotify-web-api-node",
         idinfo=(["spotify", "client", "id"], "SPOTIPY_CLIENT_ID", True),
         ph=["YOUR_CLIENT_SECRET", "<your-client-secret>", "your_spotify_client_secret"]),
    Kind("mongodb", "mongodb", "connection_string_password", gen_mongo, "MONGODB_URI", [["mongo", "uri"], ["mongodb", "uri"], ["db", "url"], ["connection", "string"]],
         "MongoDB Atlas connection string", ["from pymongo import MongoClient"], _mongo_py, ["const mongoose = require(\"mongoose\");"], _mongo_js,
         pip="pymongo", npm="mongoose", split=False,
         ph=["mongodb+srv://<username>:<password>@cluster0.mongodb.net/?retryWrites=true&w=majority",
             "mongodb+srv://<db_username>:<db_password>@cluster0.abcde.mongodb.net/",
             "mongodb://localhost:27017/todos", "mongodb://127.0.0.1:27017"]),
    Kind("owm", "openweathermap", "api_key", gen_owm, "OPENWEATHER_API_KEY", [["weather", "api", "key"], ["owm", "key"], ["openweather", "api", "key"], ["api", "key"]],
         "OpenWeatherMap API key", ["import requests"], _owm_py, [], _owm_js, pip="requests", web=True,
         url=lambda k: "https://api.openweathermap.org/data/2.5/weather?q=Paris&units=metric&appid=" + k, arduino=True,
         ph=["YOUR_API_KEY", "{API key}", "<your_openweather_key>", "your_api_key_here"]),
    Kind("gmaps", "google", "maps_api_key", gen_google_key, "GOOGLE_MAPS_API_KEY", [["google", "maps", "key"], ["maps", "api", "key"], ["gmaps", "key"]],
         "Google Maps API key", ["import googlemaps"], _gmaps_py, [], _gmaps_js, pip="googlemaps",
         url=lambda k: "https://maps.googleapis.com/maps/api/geocode/json?address=Main+Library&key=" + k,
         ph=["YOUR_API_KEY", "AIza...", "<MAPS_KEY>"]),
    Kind("mapbox", "mapbox", "secret_token", gen_mapbox_secret, "MAPBOX_SECRET_TOKEN", [["mapbox", "secret", "token"], ["mapbox", "token"]],
         "Mapbox secret access token", ["import requests"], _mapbox_py, pip="requests",
         ph=["sk.YOUR_SECRET_TOKEN", "<mapbox secret token>"]),
    Kind("twilio", "twilio", "auth_token", gen_twilio, "TWILIO_AUTH_TOKEN", [["twilio", "auth", "token"], ["auth", "token"]],
         "Twilio auth token", ["from twilio.rest import Client"], _twilio_py, ["const twilio = require(\"twilio\");"], _twilio_js,
         pip="twilio", npm="twilio", idinfo=(["account", "sid"], "TWILIO_ACCOUNT_SID", True), arduino=True,
         ph=["your_auth_token", "[AuthToken]", "<TWILIO_AUTH_TOKEN>"]),
    Kind("sendgrid", "sendgrid", "api_key", gen_sendgrid, "SENDGRID_API_KEY", [["sendgrid", "api", "key"], ["sg", "key"], ["sendgrid", "key"]],
         "SendGrid API key", ["from sendgrid import SendGridAPIClient", "from sendgrid.helpers.mail import Mail"], _sg_py,
         ["const sgMail = require(\"@sendgrid/mail\");"], _sg_js, pip="sendgrid", npm="@sendgrid/mail",
         header=("https://api.sendgrid.com/v3/user/profile", "Authorization", "Bearer "),
         ph=["SG.xxxxxxxx", "<your SendGrid API key>", "YOUR_SENDGRID_API_KEY"]),
    Kind("stripe_test", "stripe", "secret_key_test", gen_stripe_test, "STRIPE_SECRET_KEY", [["stripe", "secret", "key"], ["stripe", "key"], ["stripe", "api", "key"]],
         "Stripe test secret key", ["import stripe"], _stripe_py, [], _stripe_js, pip="stripe", npm="stripe",
         header=("https://api.stripe.com/v1/charges", "Authorization", "Bearer "),
         ph=["sk_test_...", "sk_test_YOUR_KEY", "<stripe secret key>", "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx"]),
    Kind("stripe_live", "stripe", "secret_key_live", gen_stripe_live, "STRIPE_SECRET_KEY", [["stripe", "secret", "key"], ["stripe", "live", "key"], ["stripe", "key"]],
         "Stripe live secret key", ["import stripe"], _stripe_py, [], _stripe_js, pip="stripe", npm="stripe",
         ph=["sk_live_...", "sk_live_****", "<live secret key>"]),
    Kind("dbpw", "generic", "db_password", gen_dbpw, "DB_PASSWORD", [["db", "password"], ["mysql", "password"], ["db", "pass"], ["password"]],
         "MySQL password", ["import mysql.connector"], _db_py, ["const mysql = require(\"mysql2\");"], _db_js,
         pip="mysql-connector-python", npm="mysql2", arduino=False,
         ph=["", "<your-db-password>", "YOUR_PASSWORD", "********"]),
    Kind("gmail", "google", "gmail_app_password", gen_gmail_app, "GMAIL_APP_PASSWORD", [["email", "password"], ["gmail", "app", "password"], ["app", "password"], ["sender", "password"]],
         "Gmail app password", ["import smtplib", "from email.message import EmailMessage"], _gmail_py,
         ["const nodemailer = require(\"nodemailer\");"], _gmail_js, npm="nodemailer",
         idinfo=(["sender", "email"], "GMAIL_USER", True),
         ph=["xxxx xxxx xxxx xxxx", "your-app-password", "<16-char app password>", "YOUR_APP_PASSWORD"]),
    Kind("github", "github", "personal_access_token", gen_github, "GITHUB_TOKEN", [["github", "token"], ["gh", "token"], ["github", "pat"]],
         "GitHub personal access token", ["import requests"], _gh_py, ["const { Octokit } = require(\"@octokit/rest\");"], _gh_js,
         pip="requests", npm="@octokit/rest", header=("https://api.github.com/user", "Authorization", "token "),
         ph=["ghp_...", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<YOUR_GITHUB_TOKEN>", "your_token_here"]),
    Kind("aws", "aws", "secret_access_key", gen_aws, "AWS_SECRET_ACCESS_KEY", [["aws", "secret", "access", "key"], ["aws", "secret", "key"], ["secret", "key"]],
         "AWS secret access key", ["import boto3"], _aws_py, ["const { S3Client } = require(\"@aws-sdk/client-s3\");"], _aws_js,
         pip="boto3", npm="@aws-sdk/client-s3", idinfo=(["aws", "access", "key", "id"], "AWS_ACCESS_KEY_ID", False),
         ph=["YOUR_SECRET_ACCESS_KEY", "<aws secret>", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]),
    Kind("supabase", "supabase", "service_role_key", gen_supabase, "SUPABASE_SERVICE_ROLE_KEY", [["supabase", "service", "role", "key"], ["supabase", "key"], ["service", "key"]],
         "Supabase service_role key", ["from supabase import create_client"], _supa_py,
         ["const { createClient } = require(\"@supabase/supabase-js\");"], _supa_js, pip="supabase", npm="@supabase/supabase-js",
         idinfo=(["supabase", "url"], "SUPABASE_URL", True),
         ph=["<service_role key>", "your-service-role-key", "YOUR_SUPABASE_SERVICE_ROLE_KEY"]),
]
KBY = {k.key: k for k in KINDS}
# positive kinds that only appear through their own templates
SPECIAL_KINDS = ["firebase_sa", "wifi"]

NEUTRAL_WORDS = [["k"], ["x"], ["s"], ["abc"], ["value"], ["thing"], ["my", "str"], ["cfg", "val"], ["t"],
                 ["magic"], ["xyz"], ["a1"], ["code"], ["s2"], ["stuff"], ["temp"], ["data"], ["c"], ["keyz"], ["main", "val"]]


# ---------------------------------------------------------------------------
# the secret slot: a positive carries a fresh credential, a negative carries a
# look-alike (env/secret-manager reference, placeholder, masked, empty ...)
# ---------------------------------------------------------------------------
GENERIC_PH = ["YOUR_API_KEY", "your-api-key-here", "<API_KEY>", "INSERT_KEY_HERE", "paste-your-key-here",
              "REPLACE_ME", "xxxxxxxxxxxxxxxxxxxx", "<your token>", "TODO: add key", "YOUR_KEY_HERE"]


def masked_of(r, K):
    v = K.gen(r)["value"]
    if K.key == "mongodb":
        g = K.gen(r)
        return mongo_uri(g["user"], "*" * r.randint(6, 12), g["cluster"], g["db"], r)
    if K.key == "dbpw":
        return "*" * r.randint(8, 12)
    if K.key == "gmail":
        return "**** **** **** ****"
    form = r.randrange(3)
    head = v[:min(len(v) // 3, r.choice([3, 5, 8, 10]))]
    if form == 0:
        return head + "..." + v[-4:]
    if form == 1:
        return head + "*" * r.randint(8, 24) + v[-4:]
    return head + "..." + rs(r, LO, 3)


def truncated_doc(r, K):
    """the 'sk-proj-abc...xyz' style text tutorials and README screenshots use"""
    tbl = {"openai": ["sk-proj-abc...xyz", "sk-abc123...", "sk-...XYZ", "sk-proj-****************************"],
           "anthropic": ["sk-ant-api03-...", "sk-ant-...AA"],
           "github": ["ghp_abc...", "ghp_****************************1234", "github_pat_11ABC..."],
           "stripe_test": ["sk_test_...", "sk_test_4eC39Hq..."],
           "stripe_live": ["sk_live_...", "sk_live_••••••••••••"],
           "sendgrid": ["SG.xxxx.yyyy", "SG.****"],
           "discord": ["MTE2...redacted", "NzQ4...(hidden)"],
           "telegram": ["123456789:AA...", "<bot id>:<secret>"]}
    if K.key in tbl:
        return pick(r, tbl[K.key])
    return masked_of(r, K)


class Slot:
    def __init__(self, r, K, pos):
        self.r, self.K, self.pos = r, K, pos
        self.q = r.choice(['"', '"', "'"])
        self.obvious = r.random() < 0.5
        g = K.gen(r)
        self.g = g
        self.idval = g.get("id") if (K.idinfo or K.key == "wifi") else None
        if K.key == "supabase":
            self.idval = "https://%s.supabase.co" % g["ref"]
        if pos:
            self.mode = "literal"
            self.value = g["value"]
            self.needle = g.get("needle", g["value"])
            self.id_lit = True
        else:
            self.needle = None
            self.mode = wchoice(r, [("env", 42), ("placeholder", 33), ("masked", 14), ("empty", 7), ("input", 4)])
            if self.mode == "placeholder":
                self.value = pick(r, K.ph) if (K.ph and r.random() < 0.7) else pick(r, GENERIC_PH)
            elif self.mode == "masked":
                self.value = truncated_doc(r, K) if r.random() < 0.5 else masked_of(r, K)
            elif self.mode == "empty":
                self.value = ""
            else:
                self.value = None
            self.raw_ph = pick(r, K.ph) if K.ph else pick(r, GENERIC_PH)
            if self.raw_ph == "" or self.raw_ph is None:
                self.raw_ph = pick(r, GENERIC_PH)
            self.id_lit = bool(K.idinfo and K.idinfo[2])
        self.envstyle = r.randrange(4)
        self.jsq = r.choice(['"', "'", "'", "`"])
        self._names = {}

    # -- literal? -------------------------------------------------------
    @property
    def lit(self):
        return self.mode in ("literal", "placeholder", "masked", "empty")

    def rawval(self):
        return self.value if self.lit and self.value != "" else (self.value if self.pos else self.raw_ph)

    def raw(self):
        if self.pos:
            return self.value
        if self.lit:
            return self.value
        return self.raw_ph

    # -- names ------------------------------------------------------------
    def var(self, lang="py", force_obvious=None):
        key = (lang, force_obvious)
        if key not in self._names:
            ob = self.obvious if force_obvious is None else force_obvious
            words = pick(self.r, self.K.words) if ob else pick(self.r, NEUTRAL_WORDS)
            self._names[key] = style_name(self.r, words, lang)
        return self._names[key]

    def idvar(self, lang="py"):
        if not self.K.idinfo:
            return None
        key = ("id", lang)
        if key not in self._names:
            self._names[key] = style_name(self.r, self.K.idinfo[0], lang)
        return self._names[key]

    # -- code expressions ----------------------------------------------------
    def py(self, ctx="plain"):
        if self.lit:
            return self.q + self.value + self.q
        env = self.K.env
        if self.mode == "input":
            if self.K.kind in ("db_password", "gmail_app_password") or self.envstyle % 2:
                return "getpass.getpass(%s)" % repr("Enter your %s: " % self.K.desc)
            return "input(%s).strip()" % repr("Paste your %s: " % self.K.desc)
        if ctx == "streamlit":
            return 'st.secrets["%s"]' % env
        if ctx == "colab":
            return "userdata.get('%s')" % env
        return ['os.getenv("%s")' % env, 'os.environ["%s"]' % env, 'os.environ.get("%s")' % env,
                "os.getenv('%s')" % env][self.envstyle]

    def py_pre(self, ctx="plain"):
        """import lines needed by py()"""
        if self.lit:
            return []
        if self.mode == "input":
            return ["import getpass"] if "getpass" in self.py(ctx) else []
        if ctx in ("streamlit", "colab"):
            return []
        if self.envstyle == 3:
            return ["import os", "from dotenv import load_dotenv", "", "load_dotenv()"]
        return ["import os"]

    def js(self):
        if self.lit:
            q = self.jsq
            return q + self.value + q
        return "process.env.%s" % self.K.env

    def js_pre(self):
        if self.lit:
            return []
        return ['require("dotenv").config();'] if self.envstyle % 2 == 0 else []

    def id_py(self, ctx="plain"):
        if self.idval is None:
            return None
        if self.id_lit:
            return self.q + self.idval + self.q
        if ctx == "streamlit":
            return 'st.secrets["%s"]' % self.K.idinfo[1]
        return 'os.getenv("%s")' % self.K.idinfo[1]

    def id_js(self):
        if self.idval is None:
            return None
        if self.id_lit:
            return self.jsq + self.idval + self.jsq
        return "process.env.%s" % self.K.idinfo[1]

    def id_raw(self):
        if self.idval is None:
            return None
        if self.id_lit:
            return self.idval
        return "your_" + "_".join(self.K.idinfo[0]).lower()

    def ref(self, style):
        """a reference for non-code contexts (negatives only)"""
        e = self.K.env
        return {"gha": "${{ secrets.%s }}" % e, "compose": "${%s}" % e, "shell": "$%s" % e,
                "replit": "${%s}" % e}[style]


# ---------------------------------------------------------------------------
# file-building helpers
# ---------------------------------------------------------------------------
PREFIXES = ["", "", "", "", "homework/hw3/", "hw5/", "CS50/week7/project/", "lab04/", "hackathon/",
            "hackathon-2024/backend/", "projects/%s/", "week5-apis/", "final-project/", "src/",
            "assignments/a2/", "my-first-bot/", "python-practice/day23/"]


def pfx(r):
    p = pick(r, PREFIXES)
    if "%s" in p:
        p = p % pick(r, PROJ)
    return p


def nb(cells, colab=False, r=None):
    out_cells = []
    n = 0
    for c in cells:
        src = c["src"]
        lines = [l + "\n" for l in src[:-1]] + ([src[-1]] if src else [])
        if c["t"] == "md":
            out_cells.append({"cell_type": "markdown", "metadata": {}, "source": lines})
            continue
        n += 1
        cell = {"cell_type": "code", "execution_count": n, "metadata": {}, "outputs": [], "source": lines}
        if colab:
            cell["metadata"] = {"id": rs(r, ALNUM + "-_", 12)} if r else {}
        outs = c.get("out")
        if outs:
            cell["outputs"].append({"name": "stdout", "output_type": "stream",
                                    "text": [l + "\n" for l in outs[:-1]] + [outs[-1]]})
        res = c.get("res")
        if res:
            cell["outputs"].append({"data": {"text/plain": [l + "\n" for l in res[:-1]] + [res[-1]]},
                                    "execution_count": n, "metadata": {}, "output_type": "execute_result"})
        out_cells.append(cell)
    meta = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python", "version": "3.10.12"}}
    if colab:
        meta = {"colab": {"provenance": [], "toc_visible": True}, "kernelspec": meta["kernelspec"],
                "language_info": {"name": "python"}}
    doc = {"cells": out_cells, "metadata": meta, "nbformat": 4, "nbformat_minor": 0 if colab else 5}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


PY_FILLER = [
    ["def print_menu():", "    print(\"1. Ask a question\")", "    print(\"2. Quit\")"],
    ["def clean(text):", "    # remove extra whitespace", "    return \" \".join(text.split())"],
    ["# TODO: add error handling later", "# TODO: ask TA about rate limits"],
    ["def save_history(history, path=\"history.json\"):", "    with open(path, \"w\") as f:", "        json.dump(history, f, indent=2)"],
    ["MAX_RETRIES = 3", "TIMEOUT = 30  # seconds"],
    ["def log(msg):", "    print(f\"[{datetime.now():%H:%M:%S}] {msg}\")"],
    ["# works on my machine (python 3.11)", "# run: python main.py"],
    ["students = [\"Ana\", \"Ben\", \"Chidi\", \"Dana\"]", "scores = {s: 0 for s in students}"],
]
JS_FILLER = [
    ["const PORT = process.env.PORT || 3000;"],
    ["// TODO: move this to a config file", "// TODO: handle errors properly"],
    ["function formatDate(d) {", "  return new Date(d).toLocaleDateString(\"en-US\");", "}"],
    ["const sleep = (ms) => new Promise((r) => setTimeout(r, ms));"],
    ["let requestCount = 0;", "const MAX_REQUESTS = 50;"],
    ["// made at HackMIT, don't judge the code lol"],
]


def filler(r, lang, n=None):
    pool = PY_FILLER if lang == "py" else JS_FILLER
    n = r.randint(0, 2) if n is None else n
    out = []
    for b in r.sample(pool, n):
        out += b + [""]
    return out


def header_comment(r, lang, K=None):
    c = "#" if lang in ("py", "sh", "toml", "yaml") else "//"
    who = pick(r, FIRST).capitalize() + " " + pick(r, LAST).capitalize()
    opts = [["%s %s" % (c, pick(r, ["Homework 4 - APIs", "CS101 final project", "Hackathon project", "Lab 6: web requests",
                                      "my first bot!!", "Weekend project", "Team 7 - demo"])),
             "%s author: %s" % (c, who)],
            ["%s %s" % (c, pick(r, ["quick test script", "trying out the API", "practice", "demo for class",
                                    "copied from the tutorial and changed a bit"]))],
            []]
    return pick(r, opts)


def pyimports(base, S, ctx="plain"):
    pre = S.py_pre(ctx)
    imps = [l for l in pre if l.startswith(("import", "from"))]
    rest = [l for l in pre if l and not l.startswith(("import", "from"))]
    out = []
    for l in imps + list(base):
        if l not in out:
            out.append(l)
    if rest:
        out += [""] + rest
    return out


def use_py(S, v, iv):
    return S.K.py_use(v, iv)


def id_line_py(S, ctx="plain"):
    if S.idval is None:
        return None, []
    iv = S.idvar("py")
    return iv, ["%s = %s" % (iv, S.id_py(ctx))]


def id_line_js(S):
    if S.idval is None:
        return None, []
    iv = S.idvar("js")
    return iv, ["const %s = %s;" % (iv, S.id_js())]


# ---------------------------------------------------------------------------
# shared templates: each renders a positive (fresh secret) or a negative
# (look-alike in the same slot).  signature: (r, S) -> (relpath, text)
# ---------------------------------------------------------------------------
def t_py_script(r, S):
    K = S.K
    name = pick(r, ["main.py", "app.py", "script.py", "bot.py" if K.key in ("discord", "telegram") else "run.py",
                    "test.py", "%s.py" % K.provider, "chatbot.py" if K.key in ("openai", "anthropic", "gemini") else "helper.py"])
    v = S.var("py")
    iv, idl = id_line_py(S)
    lines = header_comment(r, "py") + pyimports(K.py_imp + (["import json"] if r.random() < 0.3 else []), S) + [""]
    if r.random() < 0.5:
        lines += ["# " + pick(r, ["put your key here", "my key", "api stuff", "credentials", "config"])]
    lines += idl + ["%s = %s" % (v, S.py())] + [""] + filler(r, "py", r.randint(0, 1)) + use_py(S, v, iv)
    if r.random() < 0.3:
        lines += ["", "if __name__ == \"__main__\":", "    print(\"done\")"]
    return pfx(r) + name, "\n".join(lines) + "\n"


def t_py_keys_module(r, S):
    K = S.K
    name = pick(r, ["keys.py", "secrets.py", "config.py", "credentials.py", "api_keys.py", "settings.py", "constants.py"])
    v = S.var("py", force_obvious=True)
    lines = ['"""%s"""' % pick(r, ["Config for the bot", "keys - DO NOT SHARE (lol)", "settings", "API config for hw",
                                   "all my constants in one place"])] + [""]
    lines += pyimports([], S) + ([""] if S.py_pre() else [])
    harmless = [["DEBUG = True"], ["MODEL = \"gpt-4o-mini\""], ["CITY = \"Toronto\""], ["MAX_TOKENS = 500"],
                ["PREFIX = \"!\""], ["LANGUAGE = \"en\""], ["TIMEZONE = \"Europe/Berlin\""], ["PORT = 5000"],
                ["DATA_DIR = \"data/\""], ["USE_CACHE = False"]]
    pre = [l for b in r.sample(harmless, r.randint(1, 3)) for l in b]
    post = [l for b in r.sample(harmless, r.randint(1, 3)) for l in b if l not in pre]
    idl = []
    if S.idval is not None:
        idl = ["%s = %s" % (S.idvar("py").upper(), S.id_py())]
    lines += pre + [""] + idl + ["%s = %s" % (v.upper() if r.random() < 0.6 else v, S.py())] + [""] + post
    return pfx(r) + name, "\n".join(lines) + "\n"


def t_py_inline_call(r, S):
    K = S.K
    iv = S.id_py() if S.idval is not None else None
    lines = header_comment(r, "py") + pyimports(K.py_imp, S) + [""] + filler(r, "py", 1)
    lines += use_py(S, S.py(), iv)
    return pfx(r) + pick(r, ["main.py", "app.py", "demo.py", "quickstart.py", "try_api.py"]), "\n".join(lines) + "\n"


def _pip_cell(K, r):
    pk = K.pip or "requests"
    return {"t": "code", "src": ["!pip install -q %s" % pk],
            "out": ["Requirement already satisfied: %s in /usr/local/lib/python3.10/dist-packages" % pk.split()[0]] if r.random() < 0.5 else None}


def _use_outputs(K, r):
    outs = {"openai": ["Imagine you have a box of Russian dolls. Each doll has a smaller doll inside..."],
            "anthropic": ["Here is a summary of your lecture notes:", "1. Photosynthesis converts light into chemical energy"],
            "gemini": ["1. A study-group matcher", "2. A campus food-waste tracker", "3. A plant-watering reminder"],
            "owm": ["(14.2, 'scattered clouds')"], "gmaps": ["{'lat': 37.4223878, 'lng': -122.0841877}"],
            "spotify": ["One More Time 78", "Get Lucky 81", "Around the World 72"],
            "reddit": ["1523 Ask Anything Monday - Weekly Thread", "845 I finally understood decorators!"],
            "twilio": ["SM" + rs(r, HEX, 32)], "sendgrid": ["202"], "github": ["['Hello-World', 'Spoon-Knife', 'linguist']"],
            "aws": ["uploaded!"], "supabase": ["[{'id': 1, 'name': 'team-rocket', 'score': 420}]"]}
    return outs.get(K.key)


def t_ipynb_basic(r, S):
    K = S.K
    v = S.var("py")
    iv, idl = id_line_py(S)
    title = pick(r, ["# Playing with the %s" % K.desc.replace(" key", " API").replace(" token", " API"),
                     "# Homework 5: Using APIs", "## Week 8 lab", "# Hackathon prototype"])
    cells = [{"t": "md", "src": [title, "", pick(r, ["First install the library.", "Setup", "Run all cells in order."])]},
             _pip_cell(K, r),
             {"t": "code", "src": pyimports(K.py_imp, S) + [""] + idl + ["%s = %s" % (v, S.py())]},
             {"t": "code", "src": use_py(S, v, iv), "out": _use_outputs(K, r)}]
    if r.random() < 0.5:
        cells.append({"t": "md", "src": ["## Results", "", "It works! Next step: try a different prompt."]})
    path = pfx(r) + pick(r, ["notebook.ipynb", "Untitled.ipynb", "lab8.ipynb", "%s_demo.ipynb" % K.provider, "experiments.ipynb"])
    return path, nb(cells)


def t_colab(r, S):
    K = S.K
    v = S.var("py", force_obvious=True)
    env = K.env
    cells = [{"t": "md", "src": ["<a href=\"https://colab.research.google.com/github/%s/%s/blob/main/colab.ipynb\" target=\"_parent\"><img src=\"https://colab.research.google.com/assets/colab-badge.svg\" alt=\"Open In Colab\"/></a>"
                                 % (pick(r, FIRST) + pick(r, LAST)[:3], pick(r, PROJ))]},
             _pip_cell(K, r)]
    style = r.randrange(3)
    if S.lit:
        if style == 0:
            src = ["%%env %s=%s" % (env, S.raw())]
            out = ["env: %s=%s" % (env, S.raw())] if (r.random() < 0.5 and S.raw()) else None
            cells.append({"t": "code", "src": src, "out": out})
            key_src = ["import os", "%s = os.environ[\"%s\"]" % (v, env)]
        elif style == 1:
            cells.append({"t": "code", "src": ["import os", "os.environ[\"%s\"] = %s" % (env, S.py())]})
            key_src = ["%s = os.environ[\"%s\"]" % (v, env)]
        else:
            key_src = ["%s = %s  # %s" % (v, S.py(), pick(r, ["paste key here", "from the dashboard", "my key"]))]
    else:
        key_src = ["from google.colab import userdata", "%s = %s" % (v, S.py("colab"))] if S.mode == "env" else \
            pyimports([], S) + ["%s = %s" % (v, S.py())]
    iv, idl = id_line_py(S)
    cells.append({"t": "code", "src": pyimports(K.py_imp, S) + [""] + key_src + idl})
    cells.append({"t": "code", "src": use_py(S, v, iv), "out": _use_outputs(K, r)})
    cells.append({"t": "code", "src": ["from google.colab import drive", "drive.mount('/content/drive')"],
                  "out": ["Mounted at /content/drive"]})
    return pfx(r) + pick(r, ["Copy_of_%s_tutorial.ipynb" % K.provider, "colab.ipynb", "Untitled0.ipynb", "project.ipynb"]), nb(cells, colab=True, r=r)


def t_ipynb_output_leak(r, S):
    """source reads the key safely but a debug print left the value in the saved output"""
    K = S.K
    v = S.var("py", force_obvious=True)
    src = ["import os", "from dotenv import load_dotenv", "", "load_dotenv()", "%s = os.getenv(\"%s\")" % (v, K.env)]
    if S.pos:
        dbg = pick(r, ["print(%s)" % v, "print(\"key:\", %s)" % v, "%s" % v])
        if dbg == v:
            cell = {"t": "code", "src": src + [dbg], "res": ["'%s'" % S.value]}
        else:
            pre = "key: " if "key:" in dbg else ""
            cell = {"t": "code", "src": src + [dbg], "out": [pre + S.value]}
    else:
        dbg = pick(r, ["print(%s[:5] + \"...\")" % v, "print(\"key loaded:\", %s is not None)" % v, "print(len(%s))" % v])
        outv = {0: (S.value or "sk-pr")[:5] + "...", 1: "key loaded: True", 2: str(r.randint(40, 170))}
        idx = 0 if "[:5]" in dbg else (1 if "loaded" in dbg else 2)
        o = outv[idx]
        if idx == 0:
            o = K.gen(r)["value"][:5] + "..."
        cell = {"t": "code", "src": src + [dbg], "out": [o]}
    iv, idl = id_line_py(S)
    cells = [{"t": "md", "src": ["# " + pick(r, ["Debugging the API call", "Test notebook", "Sentiment analysis with LLMs", "Data collection"])]},
             _pip_cell(K, r), cell,
             {"t": "code", "src": pyimports(K.py_imp, S) + idl + use_py(S, v, iv), "out": _use_outputs(K, r)}]
    return pfx(r) + pick(r, ["analysis.ipynb", "debug.ipynb", "main.ipynb", "test_api.ipynb"]), nb(cells)


def t_streamlit(r, S):
    K = S.K
    v = S.var("py")
    iv, idl = id_line_py(S, "streamlit")
    lines = ["import streamlit as st"] + pyimports(K.py_imp, S, "streamlit") + [""]
    lines += ["st.set_page_config(page_title=\"%s\", page_icon=\"%s\")" % (pick(r, ["Study Buddy", "Recipe Finder", "Mood DJ", "Weather Now", "AskMe"]), pick(r, ["🤖", "🎵", "☀️", "📚"])),
              "st.title(\"%s\")" % pick(r, ["My AI Assistant", "Hackathon Demo", "Welcome!"]), ""]
    lines += idl + ["%s = %s" % (v, S.py("streamlit"))] + [""]
    lines += ["user_input = st.text_input(\"Ask me anything:\")", "if st.button(\"Go\") and user_input:",
              "    with st.spinner(\"Thinking...\"):"]
    lines += ["        " + l if l else "" for l in use_py(S, v, iv)]
    return pfx(r) + pick(r, ["streamlit_app.py", "app.py", "Home.py", "pages/1_Chat.py"]), "\n".join(lines) + "\n"


def t_streamlit_secrets(r, S):
    K = S.K
    name = S.var("env", force_obvious=True)
    lines = ["# .streamlit/secrets.toml", ""] if r.random() < 0.5 else []
    if S.idval is not None:
        lines.append("%s = \"%s\"" % (K.idinfo[1], S.id_raw()))
    lines.append("%s = \"%s\"" % (name, S.raw()))
    lines += ["", "[app]", "title = \"%s\"" % pick(r, ["Study Buddy", "Mood DJ", "Weather Now"]), "debug = false"]
    if r.random() < 0.5:
        lines += ["", "[limits]", "max_requests_per_user = %d" % r.choice([10, 20, 50])]
    return pfx(r) + ".streamlit/secrets.toml", "\n".join(lines) + "\n"


def t_commented_out(r, S):
    K = S.K
    v = S.var("py", force_obvious=True)
    iv, idl = id_line_py(S)
    lit = S.py() if S.lit else S.q + S.raw_ph + S.q
    note = pick(r, ["old key, keeping just in case", "DON'T COMMIT THIS", "hardcoded for testing", "works but insecure",
                    "backup key from my other account", "for the demo"])
    lines = pyimports(K.py_imp + ["import os"], S) + [""]
    if r.random() < 0.5:
        lines += ["# %s = %s  # %s" % (v, lit, note)]
    else:
        lines += ["# %s" % note, "# %s = %s" % (v, lit)]
    lines += ["%s = os.getenv(\"%s\")" % (v, K.env)] + idl + [""] + filler(r, "py", 1) + use_py(S, v, iv)
    return pfx(r) + pick(r, ["main.py", "app.py", "bot.py", "utils.py"]), "\n".join(lines) + "\n"


def split_secret(r, sec):
    n = r.choice([2, 2, 3])
    cuts = sorted(r.sample(range(3, len(sec) - 2), n - 1))
    parts = [sec[a:b] for a, b in zip([0] + cuts, cuts + [len(sec)])]
    return parts


def t_concat_split(r, S):
    K = S.K
    lang = pick(r, ["py", "py", "js"]) if K.js_use else "py"
    v = S.var(lang)
    iv = None
    if lang == "py":
        lines = pyimports(K.py_imp, S) + [""]
        if S.idval is not None:
            iv = S.idvar("py")
            lines.append("%s = %s" % (iv, S.id_py()))
    else:
        lines = list(K.js_imp or []) + S.js_pre() + [""]
        if S.idval is not None:
            iv = S.idvar("js")
            lines.append("const %s = %s;" % (iv, S.id_js()))
    if S.pos:
        parts = split_secret(r, S.value)
        q = S.q
        S.needle = max(parts, key=len)
        lines.append(pick(r, ["# split so github doesn't detect it", "# split the key in parts (safer?)", "# hehe",
                              "# key is split bc the bot kept getting reset"]).replace("#", "#" if lang == "py" else "//"))
        if r.random() < 0.5:
            names = ["part%d" % (i + 1) for i in range(len(parts))]
            for nme, ptxt in zip(names, parts):
                lines.append(("%s = %s%s%s" if lang == "py" else "const %s = %s%s%s;") % (nme, q, ptxt, q))
            lines.append(("%s = " if lang == "py" else "const %s = ") % v + " + ".join(names) + ("" if lang == "py" else ";"))
        else:
            joined = " + ".join(q + p + q for p in parts)
            lines.append(("%s = %s" if lang == "py" else "const %s = %s;") % (v, joined))
    else:
        lines.append(("%s = %s" if lang == "py" else "const %s = %s;") % (v, S.py() if lang == "py" else S.js()))
    lines.append("")
    if lang == "py":
        lines += use_py(S, v, iv)
        return pfx(r) + pick(r, ["main.py", "bot.py", "app.py"]), "\n".join(lines) + "\n"
    lines += K.js_use(v, iv)
    return pfx(r) + pick(r, ["index.js", "bot.js", "app.js"]), "\n".join(lines) + "\n"


def t_py_class_config(r, S):
    K = S.K
    v = S.var("py", force_obvious=True).upper()
    lines = pyimports([], S) + ([""] if S.py_pre() else [])
    lines += ["class Config:", "    \"\"\"%s\"\"\"" % pick(r, ["App configuration", "Settings for dev", "Base config"]),
              "    DEBUG = %s" % pick(r, ["True", "False"]),
              "    APP_NAME = \"%s\"" % pick(r, PROJ)]
    if S.idval is not None:
        lines.append("    %s = %s" % (S.idvar("py").upper(), S.id_py()))
    lines += ["    %s = %s" % (v, S.py()), "    ITEMS_PER_PAGE = %d" % r.choice([10, 20, 25]), "",
              "", "class DevConfig(Config):", "    DEBUG = True", "", "", "class ProdConfig(Config):", "    DEBUG = False"]
    return pfx(r) + pick(r, ["config.py", "app/config.py", "settings.py"]), "\n".join(lines) + "\n"


def t_py_dict_config(r, S):
    K = S.K
    key = style_name(r, pick(r, K.words), "json") if S.obvious else pick(r, ["key", "k", "value", "token", "auth"])
    lines = pyimports(["import json"], S) + [""]
    lines += ["CONFIG = {", "    \"app\": \"%s\"," % pick(r, PROJ), "    \"%s\": {" % K.provider]
    if S.idval is not None:
        lines.append("        \"%s\": %s," % (style_name(r, K.idinfo[0], "json"), S.id_py()))
    lines += ["        \"%s\": %s," % (key, S.py()), "    },", "    \"retries\": %d," % r.randint(1, 5), "}", "",
              "def get(section, name):", "    return CONFIG[section][name]"]
    return pfx(r) + pick(r, ["config.py", "settings.py", "conf.py"]), "\n".join(lines) + "\n"


def t_argparse_default(r, S):
    K = S.K
    flag = pick(r, ["--key", "--token", "--api-key", "-k", "--secret"])
    dest = flag.lstrip("-").replace("-", "_")
    if dest == "k":
        dest = "key"
    iv, idl = id_line_py(S)
    lines = ["import argparse"] + pyimports(K.py_imp, S) + ["", "parser = argparse.ArgumentParser(description=\"%s\")" % pick(r, ["hw tool", "bot runner", "quick CLI"]),
             ("parser.add_argument(\"-k\", \"--key\", default=%s)" % S.py()) if flag == "-k" else "parser.add_argument(\"%s\", default=%s)" % (flag, S.py()),
             "parser.add_argument(\"--verbose\", action=\"store_true\")", "args = parser.parse_args()", ""] + idl
    lines += use_py(S, "args." + dest, iv)
    return pfx(r) + pick(r, ["cli.py", "main.py", "run.py"]), "\n".join(lines) + "\n"


def t_func_default(r, S):
    K = S.K
    p = pick(r, ["key", "token", "api_key", "secret", "k"])
    iv, idl = id_line_py(S)
    lines = pyimports(K.py_imp, S) + [""] + idl + ["", "def make_request(%s=%s):" % (p, S.py())]
    lines += ["    " + l if l else "" for l in use_py(S, p, iv)]
    lines += ["", "", "make_request()"]
    return pfx(r) + pick(r, ["utils.py", "api.py", "helpers.py", "client.py"]), "\n".join(lines) + "\n"


def t_py_headers(r, S):
    K = S.K
    url, hname, hpre = K.header
    hv = ("\"%s\" + %s" % (hpre, S.py()) if hpre else S.py()) if not S.lit else S.q + hpre + S.value + S.q
    if S.lit and r.random() < 0.5 and hpre:
        hv = "f%s%s%s%s" % (S.q, hpre, S.value, S.q)
    lines = ["import requests"] + pyimports([], S) + ["", "URL = \"%s\"" % url, "",
             "headers = {", "    \"%s\": %s," % (hname, hv), "    \"Content-Type\": \"application/json\","]
    if K.key == "anthropic":
        lines.append("    \"anthropic-version\": \"2023-06-01\",")
    lines += ["}", "", "resp = requests.get(URL, headers=headers, timeout=10)", "print(resp.status_code)", "print(resp.json())"]
    return pfx(r) + pick(r, ["test_api.py", "check_key.py", "request.py", "main.py"]), "\n".join(lines) + "\n"


def t_py_url_param(r, S):
    K = S.K
    if S.lit:
        url = K.url(S.value)
        lines = ["import requests", "", "res = requests.get(\"%s\")" % url]
    else:
        v = S.var("py", force_obvious=True)
        url = K.url("{" + v + "}")
        lines = ["import requests"] + pyimports([], S) + ["", "%s = %s" % (v, S.py()), "res = requests.get(f\"%s\")" % url]
    lines += ["data = res.json()", "print(json.dumps(data, indent=2))" if r.random() < 0.5 else "print(data)"]
    if "json.dumps" in lines[-1]:
        lines.insert(0, "import json")
    return pfx(r) + pick(r, ["weather.py", "fetch.py", "main.py", "notify.py", "test.py"]), "\n".join(lines) + "\n"


def t_node_script(r, S):
    K = S.K
    v = S.var("js")
    iv, idl = id_line_js(S)
    lines = header_comment(r, "js") + S.js_pre() + list(K.js_imp or []) + [""] + idl
    lines += ["const %s = %s;" % (v, S.js())] + [""] + filler(r, "js", r.randint(0, 1)) + K.js_use(v, iv)
    if r.random() < 0.3:
        lines += ["", "console.log(\"%s\", %s.length);" % (pick(r, ["key length:", "debug"]), v)]
    return pfx(r) + pick(r, ["index.js", "app.js", "bot.js" if K.key in ("discord", "telegram") else "main.js", "script.js"]), "\n".join(lines) + "\n"


def t_express(r, S):
    K = S.K
    v = S.var("js")
    iv, idl = id_line_js(S)
    lines = S.js_pre() + ["const express = require(\"express\");", "const cors = require(\"cors\");"] + list(K.js_imp or []) + [""]
    lines += ["const app = express();", "app.use(cors());", "app.use(express.json());", ""] + idl
    lines += ["const %s = %s;" % (v, S.js())] + [""]
    lines += K.js_use(v, iv) + [""]
    lines += ["app.get(\"/health\", (req, res) => res.json({ ok: true }));", "",
              "app.listen(%d, () => console.log(\"Server running on port %d\"));" % ((r.choice([3000, 5000, 8080]),) * 2)]
    return pfx(r) + pick(r, ["server.js", "index.js", "backend/server.js", "api/server.js"]), "\n".join(lines) + "\n"


def _web_fetch_js(K, v):
    if K.key == "openai":
        return ["const res = await fetch(\"https://api.openai.com/v1/chat/completions\", {",
                "  method: \"POST\",",
                "  headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${%s}` }," % v,
                "  body: JSON.stringify({ model: \"gpt-4o-mini\", messages: [{ role: \"user\", content: q }] }),",
                "});",
                "const data = await res.json();",
                "answer = data.choices[0].message.content;"]
    if K.key == "anthropic":
        return ["const res = await fetch(\"https://api.anthropic.com/v1/messages\", {",
                "  method: \"POST\",",
                "  headers: { \"x-api-key\": %s, \"anthropic-version\": \"2023-06-01\", \"content-type\": \"application/json\", \"anthropic-dangerous-direct-browser-access\": \"true\" }," % v,
                "  body: JSON.stringify({ model: \"claude-3-5-haiku-latest\", max_tokens: 256, messages: [{ role: \"user\", content: q }] }),",
                "});",
                "const data = await res.json();",
                "answer = data.content[0].text;"]
    if K.key == "gemini":
        return ["const res = await fetch(`https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key=${%s}`, {" % v,
                "  method: \"POST\",",
                "  headers: { \"Content-Type\": \"application/json\" },",
                "  body: JSON.stringify({ contents: [{ parts: [{ text: q }] }] }),",
                "});",
                "const data = await res.json();",
                "answer = data.candidates[0].content.parts[0].text;"]
    return ["const res = await fetch(`https://api.openweathermap.org/data/2.5/weather?q=${q}&units=metric&appid=${%s}`);" % v,
            "const data = await res.json();",
            "answer = `${data.name}: ${Math.round(data.main.temp)}°C, ${data.weather[0].description}`;"]


def t_html_inline(r, S):
    K = S.K
    v = S.var("js")
    title = pick(r, ["AI Chat", "Weather App", "My Homework Helper", "Ask Gemini", "Hackathon Demo"])
    body = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"UTF-8\">",
            "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">",
            "  <title>%s</title>" % title, "  <link rel=\"stylesheet\" href=\"style.css\">", "</head>", "<body>",
            "  <h1>%s</h1>" % title, "  <input id=\"q\" placeholder=\"%s\">" % ("City name" if K.key == "owm" else "Type a question..."),
            "  <button onclick=\"go()\">Go</button>", "  <p id=\"out\"></p>", "", "  <script>"]
    val = S.js() if S.lit else ("\"\"; // " + pick(r, ["set in the settings box", "paste key in the box below", "entered by the user"]))
    if not S.lit:
        body[-1:-1] = ["  <input id=\"key\" type=\"password\" placeholder=\"Your API key\">"]
        js = ["    let %s = %s" % (v, val), "    async function go() {", "      %s = document.getElementById(\"key\").value;" % v]
    else:
        js = ["    const %s = %s;" % (v, val), "    async function go() {"]
    js += ["      const q = document.getElementById(\"q\").value;", "      let answer = \"\";"]
    js += ["      " + l for l in _web_fetch_js(K, v)]
    js += ["      document.getElementById(\"out\").innerText = answer;", "    }"]
    body += js + ["  </script>", "</body>", "</html>"]
    return pfx(r) + pick(r, ["index.html", "chat.html", "weather.html", "public/index.html"]), "\n".join(body) + "\n"


def t_react_jsx(r, S):
    K = S.K
    v = S.var("js")
    lines = ["import { useState } from \"react\";", "import \"./App.css\";", ""]
    if S.lit:
        lines += ["const %s = %s;" % (v, S.js())]
    else:
        lines += ["const %s = import.meta.env.VITE_%s;" % (v, K.env)]
    lines += ["", "export default function App() {", "  const [q, setQ] = useState(\"\");", "  const [out, setOut] = useState(\"\");", "",
              "  async function go() {", "    let answer = \"\";"]
    lines += ["    " + l for l in _web_fetch_js(K, v)]
    lines += ["    setOut(answer);", "  }", "", "  return (", "    <div className=\"App\">",
              "      <input value={q} onChange={(e) => setQ(e.target.value)} />", "      <button onClick={go}>Send</button>",
              "      <p>{out}</p>", "    </div>", "  );", "}"]
    return pfx(r) + pick(r, ["src/App.jsx", "src/components/Chat.jsx", "frontend/src/App.jsx"]), "\n".join(lines) + "\n"


def t_next_route(r, S):
    K = S.K
    v = S.var("ts")
    iv, idl = id_line_js(S)
    lines = [l.replace("const ", "import ").replace(" = require(", " from ").replace(");", ";") if "require(" in l else l
             for l in (K.js_imp or [])]
    lines = [l.replace("import { ", "import { ").replace("\")", "\"") for l in lines]
    lines += ["import { NextResponse } from \"next/server\";", ""] + idl
    lines += ["const %s = %s;" % (v, S.js())] + [""]
    lines += K.js_use(v, iv) + ["", "export async function POST(req: Request) {", "  const body = await req.json();",
                                "  return NextResponse.json({ ok: true, received: body });", "}"]
    return pfx(r) + pick(r, ["app/api/chat/route.ts", "src/app/api/generate/route.ts", "app/api/send/route.ts"]), "\n".join(lines) + "\n"


def t_dotenv(r, S):
    K = S.K
    lines = []
    if r.random() < 0.5:
        lines += ["# " + pick(r, ["env vars for local dev", "keys", "DO NOT COMMIT (oops)", "config"])]
    harmless = ["PORT=%d" % r.choice([3000, 5000, 8000]), "NODE_ENV=development", "DEBUG=true", "FLASK_APP=app.py",
                "MODEL=gpt-4o-mini", "LOG_LEVEL=info", "CITY=Chicago", "BOT_PREFIX=!"]
    lines += r.sample(harmless, r.randint(2, 4))
    if S.idval is not None:
        lines.append("%s=%s" % (K.idinfo[1], S.id_raw()))
    val = S.raw()
    q = pick(r, ["", "", "\"", "'"]) if " " not in val else "\""
    lines.append("%s=%s%s%s" % (K.env if S.obvious or r.random() < 0.7 else scream(pick(r, NEUTRAL_WORDS)), q, val, q))
    lines += r.sample([h for h in harmless if h not in lines], r.randint(2, 3))
    return pfx(r) + pick(r, [".env", ".env", ".env.local", ".env.development"]), "\n".join(lines) + "\n"


def t_config_json(r, S):
    K = S.K
    key = style_name(r, pick(r, K.words), "json") if S.obvious else pick(r, ["key", "value", "auth", "secret_value", "tok"])
    d = {}
    extra = {"discord": [("prefix", "!"), ("guildId", gen_snowflake(r)), ("clientId", gen_snowflake(r))],
             "telegram": [("adminChatId", r.randint(10000000, 999999999))],
             "owm": [("city", "Berlin"), ("units", "metric")], "openai": [("model", "gpt-4o-mini"), ("temperature", 0.7)],
             "gemini": [("model", "gemini-1.5-flash")], "spotify": [("redirectUri", "http://localhost:8888/callback")]}
    for k, val in extra.get(K.key, [("appName", pick(r, PROJ)), ("debug", False)])[: r.randint(1, 3)]:
        d[k] = val
    if S.idval is not None:
        d[style_name(r, K.idinfo[0], "json")] = S.id_raw()
    d[key] = S.raw()
    d["version"] = "%d.%d.%d" % (0, r.randint(1, 9), r.randint(0, 9))
    if r.random() < 0.5:
        d["logLevel"] = pick(r, ["info", "debug"])
    if r.random() < 0.4:
        d = {K.provider: d, "port": r.choice([3000, 8080])}
    txt = json.dumps(d, indent=r.choice([2, 4])) + "\n"
    return pfx(r) + pick(r, ["config.json", "config.json", "credentials.json", "secrets.json", "settings.json", "keys.json"]), txt


def t_readme_setup(r, S):
    K = S.K
    proj = pick(r, PROJ)
    lines = ["# %s" % proj, "", pick(r, ["A small project for %s." % pick(r, ["CS101", "HackUMass", "our bootcamp", "fun"]),
                                        "Made in 24 hours at a hackathon 🚀", "Final project for Intro to Programming."]), "",
             "## Setup", "", "1. Clone the repo", "2. Install dependencies:", "", "```bash",
             "pip install -r requirements.txt" if K.pip else "npm install", "```", "",
             "3. Create a `.env` file in the root folder with:", "", "```"]
    if S.idval is not None:
        lines.append("%s=%s" % (K.idinfo[1], S.id_raw()))
    lines.append("%s=%s" % (K.env, S.raw()))
    lines += ["```", ""]
    if S.pos:
        lines += [pick(r, ["(that's our team key, please don't spam it)", "You can use my key for now, it has free credits.",
                           "^ this is the key we used for the demo"]), ""]
    else:
        lines += [pick(r, ["Get your own key from the %s dashboard." % K.provider.capitalize(),
                           "Replace the value with your own key. Never commit real keys!",
                           "Ask the team lead for the key (don't paste it here)."]), ""]
    lines += ["4. Run it:", "", "```bash", "python main.py" if K.pip else "node index.js", "```", "",
              "## Team", "", "- %s" % pick(r, FIRST).capitalize(), "- %s" % pick(r, FIRST).capitalize()]
    return pfx(r) + "README.md", "\n".join(lines) + "\n"


def t_replit(r, S):
    K = S.K
    lines = ["run = \"%s\"" % pick(r, ["python3 main.py", "node index.js", "npm start"]),
             "language = \"%s\"" % pick(r, ["python3", "nodejs"]),
             "entrypoint = \"%s\"" % pick(r, ["main.py", "index.js"]), "modules = [\"python-3.10:v18-20230807-322e88b\"]" if r.random() < 0.5 else "hidden = [\".config\", \"package-lock.json\"]", "",
             "[nix]", "channel = \"stable-23_05\"", "", "[env]", "VIRTUAL_ENV = \"${REPL_HOME}/venv\"" if r.random() < 0.5 else "PYTHONUNBUFFERED = \"1\""]
    if S.idval is not None:
        lines.append("%s = \"%s\"" % (K.idinfo[1], S.id_raw()))
    lines.append("%s = \"%s\"" % (K.env, S.raw() if S.pos or S.lit else S.ref("replit")))
    lines += ["", "[deployment]", "run = [\"sh\", \"-c\", \"%s\"]" % pick(r, ["python3 main.py", "node index.js"])]
    return pfx(r) + ".replit", "\n".join(lines) + "\n"


def t_package_json(r, S):
    K = S.K
    deps = {(K.npm or "dotenv"): "^%d.%d.%d" % (r.randint(1, 16), r.randint(0, 20), r.randint(0, 9))}
    if r.random() < 0.6:
        deps["express"] = "^4.19.2"
    if S.pos:
        scripts = {"start": "%s=%s node index.js" % (K.env, S.value), "dev": "nodemon index.js"}
    else:
        if S.lit and S.value:
            scripts = {"start": "%s=%s node index.js" % (K.env, S.value)}
        else:
            scripts = {"start": "node -r dotenv/config index.js", "dev": "nodemon -r dotenv/config index.js"}
    d = {"name": pick(r, PROJ), "version": "1.0.0", "description": "", "main": "index.js", "scripts": scripts,
         "keywords": [], "author": pick(r, FIRST), "license": "ISC", "dependencies": deps}
    return pfx(r) + "package.json", json.dumps(d, indent=2) + "\n"


def t_shell_run(r, S):
    K = S.K
    lines = ["#!/bin/bash", "# " + pick(r, ["run the bot", "start script", "setup + run", "quick launcher"]), ""]
    if S.idval is not None:
        lines.append("export %s=\"%s\"" % (K.idinfo[1], S.id_raw()))
    if S.pos:
        lines.append("export %s=\"%s\"" % (K.env, S.value) if r.random() < 0.7 else "%s='%s' python3 main.py" % (K.env, S.value))
    elif S.lit:
        lines.append("export %s=\"%s\"  # change me" % (K.env, S.value))
    else:
        lines.append(pick(r, [": \"${%s:?Please export %s first}\"" % (K.env, K.env),
                              "read -rsp \"%s: \" %s && export %s" % (K.desc, K.env, K.env),
                              "source .env"]))
    lines += ["", "source venv/bin/activate" if r.random() < 0.5 else "pip install -r requirements.txt", "python3 main.py \"$@\""]
    return pfx(r) + pick(r, ["run.sh", "start.sh", "setup.sh"]), "\n".join(lines) + "\n"


def t_curl(r, S):
    K = S.K
    url, hname, hpre = K.header
    val = S.value if S.lit else "$" + K.env
    lines = ["#!/usr/bin/env bash", "# " + pick(r, ["test that the key works", "sanity check", "curl test from the docs"]), "",
             "curl %s \\" % url, "  -H \"%s: %s%s\"" % (hname, hpre, val) + (" \\" if K.key == "anthropic" else "")]
    if K.key == "anthropic":
        lines.append("  -H \"anthropic-version: 2023-06-01\"")
    lines += ["", "echo \"\"", "echo \"done\""]
    return pfx(r) + pick(r, ["test_key.sh", "curl_test.sh", "scripts/check.sh"]), "\n".join(lines) + "\n"


def t_gha(r, S):
    K = S.K
    val = S.raw() if (S.pos or S.lit) else S.ref("gha")
    lines = ["name: %s" % pick(r, ["Run bot", "Daily job", "Deploy", "Scheduled scrape"]), "", "on:",
             "  schedule:", "    - cron: \"0 %d * * *\"" % r.randint(0, 23), "  workflow_dispatch:", "", "jobs:", "  run:",
             "    runs-on: ubuntu-latest", "    env:"]
    if S.idval is not None:
        lines.append("      %s: %s" % (K.idinfo[1], S.id_raw() if S.id_lit else "${{ secrets.%s }}" % K.idinfo[1]))
    lines.append("      %s: %s" % (K.env, val if val else "\"\""))
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
              "          python-version: \"3.11\"", "      - run: pip install -r requirements.txt", "      - run: python main.py"]
    return ".github/workflows/" + pick(r, ["main.yml", "run.yml", "bot.yml", "deploy.yml"]), "\n".join(lines) + "\n"


def t_compose(r, S):
    K = S.K
    val = S.raw() if (S.pos or S.lit) else S.ref("compose")
    lines = ["version: \"3.8\"", "services:", "  app:", "    build: .", "    ports:", "      - \"%d:%d\"" % ((r.choice([3000, 5000, 8000]),) * 2),
             "    environment:"]
    if S.idval is not None:
        lines.append("      - %s=%s" % (K.idinfo[1], S.id_raw() if S.id_lit else "${%s}" % K.idinfo[1]))
    lines.append("      - %s=%s" % (K.env, val))
    lines += ["    depends_on:", "      - redis", "  redis:", "    image: redis:7-alpine"]
    return pfx(r) + "docker-compose.yml", "\n".join(lines) + "\n"


def t_yaml_config(r, S):
    K = S.K
    key = style_name(r, pick(r, K.words), "yaml") if S.obvious else pick(r, ["key", "value", "token", "auth"])
    val = S.raw()
    q = pick(r, ["", "\"", "'"]) if val and " " not in val else "\""
    lines = ["# " + pick(r, ["bot settings", "config", "app config"]), "app:", "  name: %s" % pick(r, PROJ), "  debug: %s" % pick(r, ["true", "false"]), "",
             "%s:" % K.provider]
    if S.idval is not None:
        lines.append("  %s: %s" % (style_name(r, K.idinfo[0], "yaml"), S.id_raw()))
    lines += ["  %s: %s%s%s" % (key, q, val, q), "", "logging:", "  level: INFO"]
    return pfx(r) + pick(r, ["config.yaml", "config.yml", "settings.yaml", "secrets.yaml"]), "\n".join(lines) + "\n"


def t_notes_txt(r, S):
    K = S.K
    lines = [pick(r, ["notes", "TODO", "stuff to remember", "keys and links"]), "-----", "",
             "- finish the %s part" % pick(r, ["frontend", "login", "database", "slides"]),
             "- demo at %d:%02d" % (r.randint(1, 11), r.choice([0, 15, 30]))]
    if S.idval is not None:
        lines.append("%s: %s" % (" ".join(K.idinfo[0]), S.id_raw()))
    lines.append("%s: %s" % (pick(r, [K.desc.lower(), "key", "the key", "api"]), S.raw() if (S.pos or S.lit) else pick(r, ["in 1password", "ask Sam", "in the team Discord pinned msg", "see dashboard"])))
    lines += ["- docs: https://%s" % pick(r, ["platform.openai.com/docs", "discord.com/developers/docs", "core.telegram.org/bots/api",
                                             "openweathermap.org/api", "docs.stripe.com", "supabase.com/docs"]), ""]
    return pfx(r) + pick(r, ["notes.txt", "todo.txt", "keys.txt", "info.txt"]), "\n".join(lines) + "\n"


def t_notes_md(r, S):
    K = S.K
    lines = ["# %s" % pick(r, ["Dev notes", "Runbook", "How to run the bot", "Meeting notes 03/14"]), "",
             "## %s" % pick(r, ["Credentials", "API", "Setup", "Keys"]), ""]
    if S.idval is not None:
        lines.append("- %s: `%s`" % (" ".join(K.idinfo[0]), S.id_raw()))
    lines.append("- %s: `%s`" % (K.desc, S.raw() if (S.pos or S.lit) else "see GitHub repo secrets (`%s`)" % K.env))
    lines += ["", "## Next steps", "", "- [ ] deploy to %s" % pick(r, ["Render", "Railway", "Vercel", "Heroku", "Replit"]),
              "- [x] get API working", "- [ ] write the report"]
    return pfx(r) + pick(r, ["notes/runbook.md", "NOTES.md", "docs/setup.md", "notes/api.md"]), "\n".join(lines) + "\n"


def t_debug_log(r, S):
    K = S.K
    val = S.raw() if (S.pos or S.lit) else pick(r, ["<redacted>", "***", "(set)"])
    ts = "2024-%02d-%02d %02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    lines = ["%s INFO starting %s" % (ts, pick(r, PROJ)), "%s DEBUG python 3.11.4, cwd=/home/%s/projects" % (ts, pick(r, FIRST)),
             "%s DEBUG loaded config: {'model': 'default', '%s': '%s', 'retries': 3}" % (ts, K.env.lower(), val),
             "%s INFO request ok (200) in %dms" % (ts, r.randint(80, 900)), "%s INFO shutting down" % ts]
    return pfx(r) + pick(r, ["debug.log", "logs/app.log", "output.txt", "nohup.out"]), "\n".join(lines) + "\n"


def t_flask_app(r, S):
    K = S.K
    v = S.var("py")
    iv, idl = id_line_py(S)
    lines = ["from flask import Flask, render_template, request, jsonify"] + pyimports(K.py_imp, S) + ["", "app = Flask(__name__)", ""]
    lines += idl + ["%s = %s" % (v, S.py()), ""]
    lines += ["@app.route(\"/\")", "def index():", "    return render_template(\"index.html\")", "",
              "@app.route(\"/api/run\", methods=[\"POST\"])", "def run():"]
    lines += ["    " + l if l else "" for l in use_py(S, v, iv)]
    lines += ["    return jsonify({\"status\": \"ok\"})", "", "if __name__ == \"__main__\":", "    app.run(debug=True)"]
    return pfx(r) + pick(r, ["app.py", "server.py", "backend/app.py"]), "\n".join(lines) + "\n"


def t_js_config_module(r, S):
    K = S.K
    key = style_name(r, pick(r, K.words), "js") if S.obvious else pick(r, ["key", "token", "value", "secret"])
    lines = S.js_pre() + ["module.exports = {", "  %s: %s," % ("port", r.choice([3000, 8080])) if r.random() < 0.5 else "  env: \"development\","]
    if S.idval is not None:
        lines.append("  %s: %s," % (style_name(r, K.idinfo[0], "js"), S.id_js()))
    lines += ["  %s: %s," % (key, S.js()), "  prefix: \"!\"," if K.key == "discord" else "  timeout: 10000,", "};"]
    return pfx(r) + pick(r, ["config.js", "keys.js", "secrets.js", "src/config.js"]), "\n".join(lines) + "\n"


def t_angular_env(r, S):
    K = S.K
    key = style_name(r, pick(r, K.words), "js")
    val = S.js() if S.lit else "\"\"  // injected at build time from %s" % K.env
    if not S.lit:
        lines = ["export const environment = {", "  production: false,", "  apiUrl: \"http://localhost:3000/api\",",
                 "  %s: %s" % (key, val), "};"]
    else:
        lines = ["export const environment = {", "  production: false,", "  apiUrl: \"http://localhost:3000/api\",",
                 "  %s: %s," % (key, val), "};"]
    return pfx(r) + pick(r, ["src/environments/environment.ts", "src/environments/environment.development.ts"]), "\n".join(lines) + "\n"


def t_vite_fallback(r, S):
    K = S.K
    v = S.var("js", force_obvious=True)
    if S.lit and S.value:
        expr = "import.meta.env.VITE_%s || %s" % (K.env, S.js())
    else:
        expr = "import.meta.env.VITE_%s" % K.env
    lines = ["// api helper", "const %s = %s;" % (v, expr), "", "export async function ask(q) {", "  let answer = \"\";"]
    lines += ["  " + l for l in _web_fetch_js(K, v)] + ["  return answer;", "}"]
    return pfx(r) + pick(r, ["src/api.js", "src/lib/api.js", "src/services/ai.js"]), "\n".join(lines) + "\n"


def t_php_config(r, S):
    K = S.K
    name = S.var("env", force_obvious=True)
    val = S.raw() if S.lit else None
    lines = ["<?php", "// " + pick(r, ["config", "settings for the site", "keys"])]
    if S.idval is not None:
        lines.append("define('%s', '%s');" % (K.idinfo[1], S.id_raw() if S.id_lit else ""))
    if val is not None:
        lines.append("define('%s', '%s');" % (name, val))
    else:
        lines.append("define('%s', getenv('%s'));" % (name, K.env))
    lines += ["define('SITE_NAME', '%s');" % pick(r, PROJ), "define('BASE_URL', 'http://localhost/%s/');" % pick(r, PROJ), "?>"]
    return pfx(r) + pick(r, ["config.php", "includes/config.php", "api_keys.php"]), "\n".join(lines) + "\n"


def t_java_main(r, S):
    K = S.K
    v = S.var("java")
    val = S.js().replace("'", "\"").replace("`", "\"") if S.lit else "System.getenv(\"%s\")" % K.env
    cls = pick(r, ["Main", "App", "WeatherBot", "ApiTest"])
    path = pick(r, ["src/%s.java" % cls, "%s.java" % cls, "src/main/java/com/example/%s.java" % cls])
    lines = (["package com.example;", ""] if "com/example" in path else []) + ["import java.net.URI;", "import java.net.http.HttpClient;", "import java.net.http.HttpRequest;", "import java.net.http.HttpResponse;", "",
             "public class %s {" % cls, "    private static final String %s = %s;" % (v, val), "",
             "    public static void main(String[] args) throws Exception {", "        HttpClient client = HttpClient.newHttpClient();"]
    if K.url:
        lines += [("        String url = \"%s\";" % K.url("\" + " + v + " + \"")).replace(" + \"\";", ";")]
        lines += ["        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();"]
    else:
        url, hname, hpre = K.header
        lines += ["        HttpRequest request = HttpRequest.newBuilder(URI.create(\"%s\"))" % url,
                  "            .header(\"%s\", \"%s\" + %s)" % (hname, hpre, v), "            .build();"]
    lines += ["        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());",
              "        System.out.println(response.body());", "    }", "}"]
    return pfx(r) + path, "\n".join(lines) + "\n"


def t_dart_const(r, S):
    K = S.K
    v = S.var("dart")
    lines = ["// " + pick(r, ["constants", "API keys", "app config"]), ""]
    if S.lit:
        lines += ["const String %s = '%s';" % (v, S.value)]
    else:
        lines += ["const String %s = String.fromEnvironment('%s');" % (v, K.env)]
    lines += ["const String appName = '%s';" % pick(r, PROJ), "const double defaultPadding = 16.0;"]
    return pfx(r) + pick(r, ["lib/constants.dart", "lib/utils/constants.dart", "lib/secrets.dart", "lib/config.dart"]), "\n".join(lines) + "\n"


def t_unity_cs(r, S):
    K = S.K
    v = S.var("cs")
    val = ("\"%s\"" % S.value) if S.lit else "Environment.GetEnvironmentVariable(\"%s\")" % K.env
    cls = pick(r, ["ChatManager", "NpcDialogue", "WeatherFetcher", "AIHelper", "ApiClient"])
    lines = ["using System;", "using System.Collections;", "using UnityEngine;", "using UnityEngine.Networking;", "",
             "public class %s : MonoBehaviour" % cls, "{",
             "    [SerializeField] private string %s = %s;" % (v, val) if S.lit else "    private string %s;" % v,
             "    public string prompt = \"Say hi to the player\";", "",
             "    void Start()", "    {"]
    if not S.lit:
        lines += ["        %s = %s;" % (v, val)]
    lines += ["        StartCoroutine(Send());", "    }", "", "    IEnumerator Send()", "    {"]
    if K.url:
        lines += [("        var req = UnityWebRequest.Get(\"%s\");" % K.url("\" + " + v + " + \"")).replace(" + \"\");", ");")]
    else:
        url, hname, hpre = K.header
        lines += ["        var req = UnityWebRequest.Get(\"%s\");" % url, "        req.SetRequestHeader(\"%s\", \"%s\" + %s);" % (hname, hpre, v)]
    lines += ["        yield return req.SendWebRequest();", "        Debug.Log(req.downloadHandler.text);", "    }", "}"]
    return "Assets/Scripts/" + cls + ".cs", "\n".join(lines) + "\n"


ARDUINO_SECRETS_INCLUDE = ["#include \"arduino_secrets.h\"", "", "char ssid[] = SECRET_SSID;", "char pass[] = SECRET_PASS;"]
ARDUINO_PH_WIFI = ["const char* ssid = \"YOUR_WIFI_SSID\";", "const char* password = \"YOUR_WIFI_PASSWORD\";"]


def t_arduino(r, S):
    K = S.K
    v = S.var("ino", force_obvious=True)
    val = S.raw() if S.lit else None
    lines = ["#include <WiFi.h>", "#include <HTTPClient.h>"]
    wifi = pick(r, [ARDUINO_SECRETS_INCLUDE, ARDUINO_PH_WIFI])
    lines += wifi[:1] if wifi is ARDUINO_SECRETS_INCLUDE else []
    lines += [""] + (wifi[2:] if wifi is ARDUINO_SECRETS_INCLUDE else wifi)
    if val is not None:
        lines.append("String %s = \"%s\";" % (v, val))
    else:
        lines.append("String %s = SECRET_%s;  // see arduino_secrets.h" % (v, K.env.split("_")[0]))
        if wifi is not ARDUINO_SECRETS_INCLUDE:
            lines.insert(2, "#include \"arduino_secrets.h\"")
    if S.idval is not None:
        lines.append("String %s = \"%s\";" % (S.idvar("ino"), S.id_raw()))
    lines += ["", "void setup() {", "  Serial.begin(115200);", "  WiFi.begin(ssid, %s);" % ("pass" if wifi is ARDUINO_SECRETS_INCLUDE else "password"),
              "  while (WiFi.status() != WL_CONNECTED) {", "    delay(500);", "    Serial.print(\".\");", "  }", "  Serial.println(\"connected\");", "}", "",
              "void loop() {", "  HTTPClient http;"]
    if K.key == "twilio":
        lines += ["  http.begin(\"https://api.twilio.com/2010-04-01/Accounts/\" + %s + \"/Messages.json\");" % S.idvar("ino"),
                  "  http.setAuthorization(%s.c_str(), %s.c_str());" % (S.idvar("ino"), v),
                  "  http.addHeader(\"Content-Type\", \"application/x-www-form-urlencoded\");",
                  "  int code = http.POST(\"To=%2B15555550123&From=%2B15555550100&Body=Soil+is+dry\");"]
    else:
        lines += [("  String url = \"%s\";" % K.url("\" + " + v + " + \"")).replace(" + \"\";", ";"), "  http.begin(url);", "  int code = http.GET();"]
    lines += ["  Serial.println(code);", "  http.end();", "  delay(60000);", "}"]
    return pfx(r) + pick(r, ["sketch_%s%02d/sketch_%s%02d.ino" % (("jan", 5) * 2), "plant_monitor/plant_monitor.ino", "weather_station.ino", "esp32_bot/esp32_bot.ino"]), "\n".join(lines) + "\n"


# ---- kind-specific (special kinds) ----------------------------------------
def _sa_dict(S, pkval):
    g = S.g
    return [("type", "service_account"), ("project_id", g["project"]), ("private_key_id", g["key_id"] if S.pos else ""),
            ("private_key", pkval), ("client_email", g["email"]), ("client_id", g["client_id"]),
            ("auth_uri", "https://accounts.google.com/o/oauth2/auth"), ("token_uri", "https://oauth2.googleapis.com/token"),
            ("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"),
            ("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/" + g["email"].replace("@", "%40")),
            ("universe_domain", "googleapis.com")]


def _sa_pk(S):
    if S.pos:
        return S.value
    return S.value if (S.lit and S.value is not None) else S.raw_ph


def t_firebase_sa_json(r, S):
    items = _sa_dict(S, _sa_pk(S))
    lines = ["{"] + ["  \"%s\": \"%s\"%s" % (k, v, "," if i < len(items) - 1 else "") for i, (k, v) in enumerate(items)] + ["}"]
    name = pick(r, ["serviceAccountKey.json", "firebase-adminsdk.json", "%s-firebase-adminsdk-%s.json" % (S.g["project"], S.g["email"][18:23]),
                    "credentials.json", "firebase_key.json"])
    return pfx(r) + name, "\n".join(lines) + "\n"


def t_firebase_sa_py(r, S):
    items = _sa_dict(S, _sa_pk(S))
    lines = ["import firebase_admin", "from firebase_admin import credentials, firestore", "", "cred = credentials.Certificate({"]
    lines += ["    \"%s\": \"%s\"," % (k, v) for k, v in items] + ["})", "firebase_admin.initialize_app(cred)", "db = firestore.client()", "",
                                                                        "doc = db.collection(\"scores\").document(\"player1\")", "doc.set({\"name\": \"Ana\", \"score\": 42})"]
    return pfx(r) + pick(r, ["firebase_setup.py", "db.py", "main.py"]), "\n".join(lines) + "\n"


def t_firebase_sa_js(r, S):
    items = _sa_dict(S, _sa_pk(S))
    lines = ["const admin = require(\"firebase-admin\");", "", "const serviceAccount = {"]
    lines += ["  %s: \"%s\"," % (k, v) for k, v in items] + ["};", "", "admin.initializeApp({", "  credential: admin.credential.cert(serviceAccount),", "});",
                                                           "const db = admin.firestore();"]
    return pfx(r) + pick(r, ["firebase.js", "functions/index.js", "admin.js"]), "\n".join(lines) + "\n"


def t_git_clone_pat(r, S):
    user = pick(r, FIRST) + pick(r, ["dev", "codes", str(r.randint(1, 99)), pick(r, LAST)])
    repo = pick(r, PROJ)
    if S.lit and S.value:
        url = "https://%s:%s@github.com/%s/%s.git" % (user, S.value, user, repo) if r.random() < 0.5 else "https://%s@github.com/%s/%s.git" % (S.value, user, repo)
    else:
        url = "https://${GITHUB_TOKEN}@github.com/%s/%s.git" % (user, repo) if r.random() < 0.5 else "git@github.com:%s/%s.git" % (user, repo)
    lines = ["#!/bin/bash", "# deploy to the lab server", "set -e", "", "cd ~/apps", "rm -rf %s" % repo, "git clone %s" % url,
             "cd %s" % repo, "pip3 install -r requirements.txt", "nohup python3 main.py > log.txt 2>&1 &", "echo \"deployed\""]
    return pfx(r) + pick(r, ["deploy.sh", "update.sh", "scripts/deploy.sh"]), "\n".join(lines) + "\n"


def t_aws_credentials(r, S):
    lines = ["[default]", "aws_access_key_id = %s" % (S.idval if S.pos else pick(r, ["AKIAIOSFODNN7EXAMPLE", "YOUR_ACCESS_KEY_ID", ""])),
             "aws_secret_access_key = %s" % S.raw(), "region = %s" % pick(r, ["us-east-1", "eu-west-1", "ap-south-1"])]
    lines += ["", "[profile class]", "region = us-west-2", "output = json"]
    return pfx(r) + pick(r, [".aws/credentials", "aws_credentials", "aws/config.ini"]), "\n".join(lines) + "\n"


def t_wifi_arduino(r, S):
    ssid = S.idval
    pw = S.raw()
    lines = ["#include <ESP8266WiFi.h>" if r.random() < 0.5 else "#include <WiFi.h>", "#include <DHT.h>", "",
             "#define DHTPIN 4", "#define DHTTYPE DHT11", "DHT dht(DHTPIN, DHTTYPE);", "",
             "const char* ssid = \"%s\";" % ssid, "const char* password = \"%s\";" % pw, "",
             "void setup() {", "  Serial.begin(9600);", "  dht.begin();", "  WiFi.begin(ssid, password);",
             "  while (WiFi.status() != WL_CONNECTED) { delay(500); Serial.print(\".\"); }",
             "  Serial.println(WiFi.localIP());", "}", "", "void loop() {", "  float t = dht.readTemperature();",
             "  Serial.printf(\"temp: %.1f C\\n\", t);", "  delay(2000);", "}"]
    return pfx(r) + pick(r, ["temp_sensor/temp_sensor.ino", "room_monitor.ino", "sketch_mar12a/sketch_mar12a.ino"]), "\n".join(lines) + "\n"


def t_sqlalchemy_uri(r, S):
    pw = S.raw() if (S.pos or S.lit) else None
    db = pick(r, ["school", "flaskdb", "blog", "hackathon"])
    scheme = pick(r, ["mysql+pymysql://root", "postgresql://postgres", "mysql://admin"])
    lines = ["from flask import Flask", "from flask_sqlalchemy import SQLAlchemy"]
    if pw is None:
        lines += ["import os", "", "app = Flask(__name__)",
                  "app.config[\"SQLALCHEMY_DATABASE_URI\"] = os.environ.get(\"DATABASE_URL\", \"sqlite:///dev.db\")"]
    else:
        from urllib.parse import quote
        lines += ["", "app = Flask(__name__)", "app.config[\"SQLALCHEMY_DATABASE_URI\"] = \"%s:%s@localhost/%s\"" % (scheme, quote(pw, safe="!*-._~") if pw else "", db)]
        if S.pos:
            S.needle = quote(pw, safe="!*-._~")
    lines += ["app.config[\"SQLALCHEMY_TRACK_MODIFICATIONS\"] = False", "db = SQLAlchemy(app)", "", "",
              "class Student(db.Model):", "    id = db.Column(db.Integer, primary_key=True)", "    name = db.Column(db.String(80), nullable=False)",
              "    grade = db.Column(db.Integer)", "", "", "@app.route(\"/students\")", "def students():",
              "    return {\"students\": [s.name for s in Student.query.all()]}"]
    return pfx(r) + pick(r, ["app.py", "models.py", "__init__.py"]), "\n".join(lines) + "\n"


def t_php_mysqli(r, S):
    pw = S.raw() if (S.pos or S.lit) else None
    db = pick(r, ["login_system", "school_db", "shop", "blog"])
    lines = ["<?php", "$servername = \"localhost\";", "$username = \"root\";"]
    if pw is None:
        lines.append("$password = getenv('DB_PASSWORD');")
    else:
        lines.append("$password = '%s';" % pw)
    lines += ["$dbname = \"%s\";" % db, "", "// Create connection", "$conn = new mysqli($servername, $username, $password, $dbname);", "",
              "if ($conn->connect_error) {", "    die(\"Connection failed: \" . $conn->connect_error);", "}", "// echo \"Connected successfully\";", "?>"]
    return pfx(r) + pick(r, ["db_connect.php", "includes/dbh.inc.php", "connection.php", "config/db.php"]), "\n".join(lines) + "\n"


def t_dbpw_js_pool(r, S):
    pw = S.js() if S.lit else "process.env.DB_PASSWORD"
    lines = S.js_pre() + ["const { Pool } = require(\"pg\");", "", "const pool = new Pool({", "  user: \"postgres\",", "  host: \"localhost\",",
                          "  database: \"%s\"," % pick(r, ["todo", "hackdb", "inventory"]), "  password: %s," % pw, "  port: 5432,", "});", "",
                          "module.exports = { query: (text, params) => pool.query(text, params) };"]
    return pfx(r) + pick(r, ["db.js", "db/index.js", "config/db.js"]), "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# negative-only domain look-alikes.  signature: (r) -> (relpath, text, provider, kind)
# ---------------------------------------------------------------------------
def _fb_web_cfg(r):
    proj = pick(r, PROJ).replace("-", "") + "-" + rs(r, LO + DIG, 5)
    sender = str(r.randint(100000000000, 999999999999))
    return proj, [("apiKey", "AIza" + rs(r, B64URL, 35)), ("authDomain", proj + ".firebaseapp.com"), ("projectId", proj),
                  ("storageBucket", proj + pick(r, [".appspot.com", ".firebasestorage.app"])), ("messagingSenderId", sender),
                  ("appId", "1:%s:web:%s" % (sender, rs(r, HEX, 22))), ("measurementId", "G-" + rs(r, UP + DIG, 10))]


def n_firebase_web_js(r):
    proj, cfg = _fb_web_cfg(r)
    lines = ["// Import the functions you need from the SDKs you need", "import { initializeApp } from \"firebase/app\";",
             "import { getFirestore } from \"firebase/firestore\";", "import { getAuth } from \"firebase/auth\";", "",
             "// Your web app's Firebase configuration", "const firebaseConfig = {"]
    lines += ["  %s: \"%s\"," % kv for kv in cfg] + ["};", "", "const app = initializeApp(firebaseConfig);",
                                                   "export const db = getFirestore(app);", "export const auth = getAuth(app);"]
    return pfx(r) + pick(r, ["src/firebase.js", "firebase.js", "src/firebaseConfig.js", "src/lib/firebase.ts"]), "\n".join(lines) + "\n", "firebase", "web_config_public_apikey"


def n_firebase_web_html(r):
    proj, cfg = _fb_web_cfg(r)
    lines = ["<!DOCTYPE html>", "<html>", "<head>", "  <title>%s</title>" % pick(r, ["Chat Room", "Guestbook", "Leaderboard"]), "</head>", "<body>",
             "  <div id=\"messages\"></div>", "  <script type=\"module\">",
             "    import { initializeApp } from \"https://www.gstatic.com/firebasejs/10.12.2/firebase-app.js\";",
             "    import { getDatabase, ref, push } from \"https://www.gstatic.com/firebasejs/10.12.2/firebase-database.js\";", "",
             "    const firebaseConfig = {"]
    lines += ["      %s: \"%s\"," % kv for kv in cfg] + ["      databaseURL: \"https://%s-default-rtdb.firebaseio.com\"" % proj, "    };",
                                                       "    const app = initializeApp(firebaseConfig);", "    const db = getDatabase(app);",
                                                       "    push(ref(db, \"messages\"), { text: \"hello\", ts: Date.now() });", "  </script>", "</body>", "</html>"]
    return pfx(r) + pick(r, ["index.html", "public/index.html", "chat.html"]), "\n".join(lines) + "\n", "firebase", "web_config_public_apikey"


def n_stripe_publishable(r):
    pk = pick(r, ["pk_test_", "pk_test_", "pk_live_"]) + ("51" + rs(r, ALNUM, 97) if r.random() < 0.6 else rs(r, ALNUM, 24))
    lines = ["<!DOCTYPE html>", "<html>", "<head>", "  <script src=\"https://js.stripe.com/v3/\"></script>", "</head>", "<body>",
             "  <button id=\"checkout\">Buy T-shirt ($20)</button>", "  <script>",
             "    // publishable key is fine to have in the frontend", "    const stripe = Stripe(\"%s\");" % pk,
             "    document.getElementById(\"checkout\").addEventListener(\"click\", async () => {",
             "      const res = await fetch(\"/create-checkout-session\", { method: \"POST\" });",
             "      const { id } = await res.json();", "      stripe.redirectToCheckout({ sessionId: id });", "    });", "  </script>", "</body>", "</html>"]
    return pfx(r) + pick(r, ["checkout.html", "public/checkout.html", "templates/shop.html"]), "\n".join(lines) + "\n", "stripe", "publishable_key"


def n_supabase_anon(r):
    ref = gen_supabase_ref(r)
    iat = r.randint(1650000000, 1735000000)
    anon = jwt_hs256_like(r, {"iss": "supabase", "ref": ref, "role": "anon", "iat": iat, "exp": iat + 315360000})
    if r.random() < 0.3:
        anon = "sb_publishable_" + rs(r, B64URL, 22) + "_" + rs(r, B64URL, 8)
    lines = ["import { createClient } from \"@supabase/supabase-js\";", "",
             "// anon key is public, RLS protects the tables", "const supabaseUrl = \"https://%s.supabase.co\";" % ref,
             "const supabaseAnonKey = \"%s\";" % anon, "", "export const supabase = createClient(supabaseUrl, supabaseAnonKey);"]
    return pfx(r) + pick(r, ["src/supabaseClient.js", "lib/supabase.js", "src/lib/supabase.ts"]), "\n".join(lines) + "\n", "supabase", "anon_public_key"


def n_discord_ids(r):
    d = {"clientId": gen_snowflake(r), "guildId": gen_snowflake(r), "welcomeChannelId": gen_snowflake(r),
         "modRoleId": gen_snowflake(r), "prefix": "!", "embedColor": "#%06x" % r.randrange(0xffffff)}
    if r.random() < 0.5:
        lines = ["const { REST, Routes } = require(\"discord.js\");", "const { clientId, guildId } = require(\"./config.json\");",
                 "require(\"dotenv\").config();", "", "const commands = [{ name: \"ping\", description: \"Replies with Pong!\" }];",
                 "const rest = new REST().setToken(process.env.DISCORD_TOKEN);", "", "(async () => {",
                 "  await rest.put(Routes.applicationGuildCommands(clientId, guildId), { body: commands });",
                 "  console.log(\"Registered commands for guild %s\");" % d["guildId"], "})();"]
        return pfx(r) + "deploy-commands.js", "\n".join(lines) + "\n", "discord", "snowflake_ids"
    return pfx(r) + "config.json", json.dumps(d, indent=2) + "\n", "discord", "snowflake_ids"


def n_discord_invite_readme(r):
    cid = gen_snowflake(r)
    pubkey = rs(r, HEX, 64)
    lines = ["# %s" % pick(r, ["StudyBot", "MemeLord", "QuizMaster", "DJ Bot"]), "", "A Discord bot for our server.", "",
             "## Invite", "", "[Add to your server](https://discord.com/api/oauth2/authorize?client_id=%s&permissions=274878008384&scope=bot%%20applications.commands)" % cid, "",
             "## Interactions endpoint", "", "Application ID: `%s`  " % cid, "Public key (for verifying interaction signatures): `%s`" % pubkey, "",
             "## Running", "", "```bash", "cp .env.example .env   # then put your bot token in .env", "npm install", "node index.js", "```"]
    return pfx(r) + "README.md", "\n".join(lines) + "\n", "discord", "application_id_public_key"


def n_spotify_tracks(r):
    tracks = [rs(r, ALNUM, 22) for _ in range(r.randint(4, 8))]
    lines = ["import os", "import spotipy", "from spotipy.oauth2 import SpotifyClientCredentials", "",
             "sp = spotipy.Spotify(auth_manager=SpotifyClientCredentials())  # reads SPOTIPY_CLIENT_ID/SECRET from env", "",
             "PLAYLIST_ID = \"%s\"" % rs(r, ALNUM, 22), "TRACKS = ["]
    lines += ["    \"spotify:track:%s\"," % t for t in tracks] + ["]", "", "features = sp.audio_features(TRACKS)", "for f in features:",
                                                               "    print(f[\"id\"], f[\"danceability\"], f[\"energy\"])"]
    return pfx(r) + pick(r, ["mood_playlist.py", "tracks.py", "analyze.py"]), "\n".join(lines) + "\n", "spotify", "track_ids"


def n_notebook_example_output(r):
    cid = "chatcmpl-" + rs(r, ALNUM, 29)
    fp = "fp_" + rs(r, HEX, 10)
    res = ["ChatCompletion(id='%s', choices=[Choice(finish_reason='stop', index=0, message=ChatCompletionMessage(content='Sure! Here are three study tips...', role='assistant'))], created=%d, model='gpt-4o-mini-2024-07-18', object='chat.completion', system_fingerprint='%s', usage=CompletionUsage(completion_tokens=%d, prompt_tokens=%d, total_tokens=%d))"
           % (cid, r.randint(1700000000, 1730000000), fp, 57, 14, 71)]
    cells = [{"t": "md", "src": ["# Exploring the chat API", "", "Key is loaded from Colab secrets, never pasted here."]},
             {"t": "code", "src": ["from google.colab import userdata", "from openai import OpenAI", "", "client = OpenAI(api_key=userdata.get('OPENAI_API_KEY'))"]},
             {"t": "code", "src": ["resp = client.chat.completions.create(", "    model=\"gpt-4o-mini\",",
                                   "    messages=[{\"role\": \"user\", \"content\": \"Give me three study tips\"}],", ")", "resp"], "res": res},
             {"t": "code", "src": ["emb = client.embeddings.create(model=\"text-embedding-3-small\", input=\"hello\")", "emb.data[0].embedding[:5]"],
              "res": ["[%s]" % ", ".join("%.9f" % (r.random() * 0.1 - 0.05) for _ in range(5))]}]
    return pfx(r) + pick(r, ["openai_intro.ipynb", "lesson3.ipynb", "playground.ipynb"]), nb(cells, colab=True, r=r), "openai", "example_output_ids"


def n_notebook_seeds_hashes(r):
    seed = r.choice([42, 1337, 2024, 7, 123, 31337])
    sha = hashlib.sha256(str(r.random()).encode()).hexdigest()
    md5 = hashlib.md5(str(r.random()).encode()).hexdigest()
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(r.randrange(256) for _ in range(150))).decode()
    cells = [{"t": "code", "src": ["import numpy as np", "import torch", "import hashlib", "", "SEED = %d" % seed, "np.random.seed(SEED)",
                                   "torch.manual_seed(SEED)", "rng = np.random.default_rng(%d)" % r.randint(10 ** 9, 10 ** 10)]},
             {"t": "code", "src": ["# verify the dataset download", "EXPECTED_SHA256 = \"%s\"" % sha,
                                   "digest = hashlib.sha256(open(\"data/train.csv\", \"rb\").read()).hexdigest()",
                                   "assert digest == EXPECTED_SHA256, digest", "print(\"md5 of model:\", \"%s\")" % md5],
              "out": ["md5 of model: %s" % md5]}]
    c = {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["plt.plot(history.history[\"loss\"])"],
         "outputs": [{"data": {"image/png": png, "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}]}
    doc = json.loads(nb(cells))
    doc["cells"].append(c)
    return pfx(r) + pick(r, ["train.ipynb", "model.ipynb", "hw6_cnn.ipynb"]), json.dumps(doc, indent=1) + "\n", "generic", "seeds_hashes"


def n_readme_truncated(r):
    lines = ["# %s" % pick(r, PROJ), "", "## Getting an API key", "",
             "1. Go to https://platform.openai.com/api-keys and click **Create new secret key**.",
             "2. It will look something like `%s` (the real one is much longer)." % pick(r, ["sk-proj-abc...xyz", "sk-proj-AbC1...9xYz", "sk-...wXyZ"]),
             "3. Copy it into `.env` as `OPENAI_API_KEY=sk-...`", "", "> ⚠️ Never commit `.env`. It's already in `.gitignore`.", "",
             "![screenshot of the keys page](docs/keys-page.png)", "", "| Name | Key | Created |", "|---|---|---|",
             "| hackathon | `sk-...%s` | %s |" % (rs(r, ALNUM, 4), pick(r, ["Mar 3, 2024", "Oct 12, 2024"])), "",
             "## Gemini (optional)", "", "Create a key at https://aistudio.google.com/app/apikey and set `GEMINI_API_KEY=AIza...`."]
    return pfx(r) + "README.md", "\n".join(lines) + "\n", "openai", "truncated_key_docs"


def n_env_example(r):
    ks = r.sample(KINDS, r.randint(3, 7))
    lines = ["# Copy this file to .env and fill in your own values", ""]
    for K in ks:
        if K.idinfo:
            lines.append("%s=%s" % (K.idinfo[1], pick(r, ["", "your_" + "_".join(K.idinfo[0]).lower()])))
        lines.append("%s=%s" % (K.env, pick(r, K.ph + ["", "changeme"]) if K.ph else ""))
    lines += ["PORT=3000"]
    return pfx(r) + pick(r, [".env.example", ".env.sample", ".env.template"]), "\n".join(lines) + "\n", "generic", "placeholders"


def n_revoked_note(r):
    K = pick(r, [KBY["openai"], KBY["discord"], KBY["github"], KBY["stripe_test"], KBY["sendgrid"], KBY["telegram"]])
    masked = masked_of(r, K)
    d = "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))
    lines = ["# Incident: leaked %s" % K.desc, "", "**Date:** %s" % d, "",
             "On %s %s accidentally pushed our %s to the public repo. GitHub secret scanning emailed us within minutes." % (d, pick(r, FIRST).capitalize(), K.desc), "",
             "- Leaked key: `%s` (**revoked**, do not use)" % masked, "- Rotated: yes, new key is in the team password manager",
             "- Commit removed with `git filter-repo`", "", "## Lessons", "", "- use `.env` + `python-dotenv`", "- add a pre-commit hook"]
    return pfx(r) + pick(r, ["notes/incident.md", "SECURITY.md", "docs/postmortem.md"]), "\n".join(lines) + "\n", K.provider, "revoked_masked"


def n_requirements_hashes(r):
    pk = r.sample(["openai==1.35.3", "requests==2.32.3", "python-dotenv==1.0.1", "discord.py==2.4.0", "flask==3.0.3", "streamlit==1.36.0", "tweepy==4.14.0"], 4)
    lines = ["#", "# This file is autogenerated by pip-compile with Python 3.11", "#    pip-compile --generate-hashes requirements.in", "#"]
    for p in pk:
        lines += ["%s \\" % p, "    --hash=sha256:%s \\" % rs(r, HEX, 64), "    --hash=sha256:%s" % rs(r, HEX, 64)]
    return pfx(r) + "requirements.txt", "\n".join(lines) + "\n", "generic", "package_hashes"


def n_package_lock(r):
    deps = r.sample(["express", "discord.js", "dotenv", "openai", "axios", "cors", "mongoose"], 3)
    pk = {"": {"name": pick(r, PROJ), "version": "1.0.0", "dependencies": {d: "^1.0.0" for d in deps}}}
    for d in deps:
        pk["node_modules/" + d] = {"version": "%d.%d.%d" % (r.randint(1, 16), r.randint(0, 20), r.randint(0, 9)),
                                   "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (d, d),
                                   "integrity": "sha512-" + base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode(), "license": "MIT"}
    doc = {"name": pk[""]["name"], "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return pfx(r) + "package-lock.json", json.dumps(doc, indent=2) + "\n", "generic", "integrity_hashes"


def n_arduino_ble(r):
    svc = "%08x-%04x-%04x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48))
    chars = ["%08x-%04x-%04x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48)) for _ in range(2)]
    mac = ":".join("%02X" % r.randrange(256) for _ in range(6))
    lines = ["#include <BLEDevice.h>", "#include <BLEServer.h>", "", "// generated with uuidgenerator.net",
             "#define SERVICE_UUID        \"%s\"" % svc, "#define CHARACTERISTIC_UUID \"%s\"" % chars[0], "#define LED_CHAR_UUID       \"%s\"" % chars[1],
             "", "// my board: %s" % mac, "", "void setup() {", "  Serial.begin(115200);", "  BLEDevice::init(\"PlantBuddy\");",
             "  BLEServer *pServer = BLEDevice::createServer();", "  BLEService *pService = pServer->createService(SERVICE_UUID);",
             "  pService->start();", "}", "", "void loop() {", "  delay(2000);", "}"]
    return pfx(r) + pick(r, ["ble_plant/ble_plant.ino", "esp32_ble.ino"]), "\n".join(lines) + "\n", "arduino", "uuids_mac"


def n_arduino_secrets_h(r):
    lines = ["// Fill in your WiFi and API credentials here and DON'T commit the real ones", "#define SECRET_SSID \"\"", "#define SECRET_PASS \"\"",
             "#define SECRET_%s \"%s\"" % (pick(r, ["OPENWEATHER", "TELEGRAM", "THINGSPEAK"]), pick(r, ["", "YOUR_KEY", "xxxxxxxx"])),
             "#define SECRET_CHANNEL_ID %d" % r.randint(1000000, 2999999), "", "// copy this file next to your .ino, then add it to .gitignore"]
    return pfx(r) + pick(r, ["arduino_secrets.h", "weather_station/arduino_secrets.h"]), "\n".join(lines) + "\n", "arduino", "empty_placeholders"


def n_gha_pinned(r):
    lines = ["name: CI", "on: [push, pull_request]", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    steps:",
             "      - uses: actions/checkout@%s # v4" % rs(r, HEX, 40), "      - uses: actions/setup-node@%s # v4" % rs(r, HEX, 40),
             "        with:", "          node-version: 20", "      - run: npm ci", "      - run: npm test", "        env:",
             "          OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}", "          DISCORD_TOKEN: ${{ secrets.DISCORD_TOKEN }}"]
    return ".github/workflows/ci.yml", "\n".join(lines) + "\n", "github", "pinned_shas_secret_refs"


def n_twilio_log(r):
    sid = "AC" + rs(r, HEX, 32)
    lines = ["import os", "from twilio.rest import Client", "", "ACCOUNT_SID = \"%s\"  # not secret, just the account id" % sid,
             "client = Client(ACCOUNT_SID, os.environ[\"TWILIO_AUTH_TOKEN\"])", "", "# sent messages (for the report):"]
    for _ in range(r.randint(3, 5)):
        lines.append("#   SM%s  delivered  +1555555%04d" % (rs(r, HEX, 32), r.randint(0, 9999)))
    lines += ["", "for m in client.messages.list(limit=5):", "    print(m.sid, m.status)"]
    return pfx(r) + pick(r, ["sms_report.py", "check_sms.py"]), "\n".join(lines) + "\n", "twilio", "account_sid_message_sids"


def n_mapbox_public(r):
    user = pick(r, FIRST) + pick(r, LAST)[:4]
    mid = b64u(json.dumps({"u": user, "a": rs(r, LO + DIG, 25)}, separators=(",", ":")).encode())
    tok = "pk." + mid + "." + rs(r, B64URL, 22)
    lines = ["<!DOCTYPE html>", "<html>", "<head>", "  <link href=\"https://api.mapbox.com/mapbox-gl-js/v3.4.0/mapbox-gl.css\" rel=\"stylesheet\">",
             "  <script src=\"https://api.mapbox.com/mapbox-gl-js/v3.4.0/mapbox-gl.js\"></script>", "</head>", "<body>",
             "  <div id=\"map\" style=\"width: 100%; height: 500px;\"></div>", "  <script>", "    // default public token (URL-restricted)",
             "    mapboxgl.accessToken = \"%s\";" % tok, "    const map = new mapboxgl.Map({", "      container: \"map\",",
             "      style: \"mapbox://styles/mapbox/streets-v12\",", "      center: [%.4f, %.4f]," % (r.uniform(-120, 20), r.uniform(-40, 60)), "      zoom: 14,", "    });",
             "  </script>", "</body>", "</html>"]
    return pfx(r) + pick(r, ["map.html", "campus-map/index.html"]), "\n".join(lines) + "\n", "mapbox", "public_token"


def n_recaptcha_analytics(r):
    site = "6L" + rs(r, B64URL, 38)
    lines = ["<!-- Google tag (gtag.js) -->", "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-%s\"></script>" % rs(r, UP + DIG, 10),
             "<script>", "  window.dataLayer = window.dataLayer || [];", "  function gtag(){dataLayer.push(arguments);}", "  gtag('js', new Date());",
             "  gtag('config', 'G-%s');" % rs(r, UP + DIG, 10), "</script>", "<script src=\"https://www.google.com/recaptcha/api.js\" async defer></script>", "",
             "<form action=\"/contact\" method=\"POST\">", "  <input name=\"email\" type=\"email\" placeholder=\"you@example.com\">",
             "  <textarea name=\"msg\"></textarea>", "  <div class=\"g-recaptcha\" data-sitekey=\"%s\"></div>" % site, "  <button>Send</button>", "</form>"]
    return pfx(r) + pick(r, ["contact.html", "templates/contact.html"]), "\n".join(lines) + "\n", "google", "site_key_measurement_id"


def n_i18n(r):
    d = {"login": {"title": "Sign in", "email": "Email address", "password": "Password", "passwordPlaceholder": "Enter your password",
                   "forgot": "Forgot your password?", "tokenExpired": "Your session token has expired. Please log in again."},
         "settings": {"apiKey": "API key", "apiKeyHelp": "Paste your OpenAI API key (starts with sk-). It is stored only in your browser.",
                      "secretLabel": "Client secret", "save": "Save"}}
    if r.random() < 0.5:
        d["login"]["title"] = "Iniciar sesión"
        d["login"]["password"] = "Contraseña"
    return pfx(r) + pick(r, ["locales/en.json", "src/i18n/en.json", "public/locales/es/translation.json"]), json.dumps(d, indent=2, ensure_ascii=False) + "\n", "generic", "i18n_strings"


def n_test_vectors(r):
    key = b"\x0b" * 20
    mac = hmac.new(key, b"Hi There", hashlib.sha256).hexdigest()
    mac2 = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest()
    lines = ["import hashlib", "import hmac", "", "# RFC 4231 test vectors for HMAC-SHA256", "",
             "def test_case_1():", "    key = bytes.fromhex(\"%s\")" % key.hex(), "    assert hmac.new(key, b\"Hi There\", hashlib.sha256).hexdigest() == \\",
             "        \"%s\"" % mac, "", "def test_case_2():", "    assert hmac.new(b\"Jefe\", b\"what do ya want for nothing?\", hashlib.sha256).hexdigest() == \\",
             "        \"%s\"" % mac2, "", "def test_sha256_empty():", "    assert hashlib.sha256(b\"\").hexdigest() == \"%s\"" % hashlib.sha256(b"").hexdigest()]
    return pfx(r) + pick(r, ["tests/test_hmac.py", "test_crypto.py"]), "\n".join(lines) + "\n", "generic", "test_vectors"


def n_jwt_lesson(r):
    tok = b64u(b'{"alg":"HS256","typ":"JWT"}') + "." + b64u(b'{"sub":"1234567890","name":"John Doe","iat":1516239022}')
    sig = b64u(hmac.new(b"your-256-bit-secret", tok.encode(), hashlib.sha256).digest())
    lines = ["# Week 9: JSON Web Tokens", "", "A JWT has three parts: header, payload and signature.", "",
             "Example from jwt.io (signed with the demo secret `your-256-bit-secret`):", "", "```", tok + "." + sig, "```", "",
             "Decoded payload:", "", "```json", "{", "  \"sub\": \"1234567890\",", "  \"name\": \"John Doe\",", "  \"iat\": 1516239022", "}", "```", "",
             "In our app the signing secret comes from `process.env.JWT_SECRET`."]
    return pfx(r) + pick(r, ["notes/week9-jwt.md", "lectures/jwt.md"]), "\n".join(lines) + "\n", "generic", "documentation_example_jwt"


def n_checksums(r):
    files = ["train.csv", "test.csv", "model.pt", "vocab.json", "images.zip"]
    lines = ["%s  %s" % (rs(r, HEX, 64), f) for f in r.sample(files, 5)]
    return pfx(r) + pick(r, ["SHA256SUMS", "data/checksums.txt"]), "\n".join(lines) + "\n", "generic", "file_hashes"


def n_unity_meta(r):
    lines = ["fileFormatVersion: 2", "guid: %s" % rs(r, HEX, 32), "MonoImporter:", "  externalObjects: {}", "  serializedVersion: 2",
             "  defaultReferences: []", "  executionOrder: 0", "  icon: {instanceID: 0}", "  userData: ", "  assetBundleName: ", "  assetBundleVariant: "]
    return "Assets/Scripts/%s.cs.meta" % pick(r, ["PlayerController", "ChatManager", "EnemyAI"]), "\n".join(lines) + "\n", "unity", "asset_guid"


def n_ssh_pubkey(r):
    k = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64STD, 43) + " %s@laptop" % pick(r, FIRST)
    lines = ["# Lab server access", "", "Send this public key to the TA so they can add you to the lab server:", "", "```", k, "```", "",
             "The private key stays in `~/.ssh/id_ed25519` on your laptop. Never share that one."]
    return pfx(r) + pick(r, ["docs/server-access.md", "SSH.md"]), "\n".join(lines) + "\n", "generic", "ssh_public_key"


def n_weak_password_hw(r):
    lines = ["# HW2: password strength checker", "", "COMMON_PASSWORDS = [\"123456\", \"password\", \"qwerty\", \"111111\", \"iloveyou\", \"admin\"]", "",
             "def strength(pw):", "    if pw.lower() in COMMON_PASSWORDS:", "        return \"very weak\"", "    score = 0",
             "    score += any(c.isupper() for c in pw)", "    score += any(c.isdigit() for c in pw)", "    score += any(not c.isalnum() for c in pw)",
             "    score += len(pw) >= 12", "    return [\"weak\", \"ok\", \"good\", \"strong\", \"very strong\"][score]", "",
             "if __name__ == \"__main__\":", "    pw = input(\"Enter a password to test: \")", "    print(strength(pw))"]
    return "homework/hw2/" + pick(r, ["password_checker.py", "strength.py"]), "\n".join(lines) + "\n", "generic", "common_password_list"


def n_login_form(r):
    lines = ["<form method=\"POST\" action=\"/login\">", "  <label for=\"username\">Username</label>", "  <input id=\"username\" name=\"username\" required>",
             "  <label for=\"password\">Password</label>", "  <input id=\"password\" name=\"password\" type=\"password\" placeholder=\"••••••••\" minlength=\"8\" required>",
             "  <input type=\"hidden\" name=\"csrf_token\" value=\"{{ csrf_token() }}\">", "  <button type=\"submit\">Log in</button>", "</form>"]
    return pfx(r) + pick(r, ["templates/login.html", "login.html"]), "\n".join(lines) + "\n", "generic", "password_form"


def n_getpass_gmail(r):
    lines = ["import smtplib", "from email.message import EmailMessage", "from getpass import getpass", "",
             "# Use a Gmail *app password* (16 letters, shown as xxxx xxxx xxxx xxxx), not your normal password.",
             "sender = input(\"Your gmail: \")", "app_password = getpass(\"App password: \")", "",
             "msg = EmailMessage()", "msg[\"Subject\"] = \"Test\"", "msg[\"From\"] = sender", "msg[\"To\"] = sender", "msg.set_content(\"It works!\")", "",
             "with smtplib.SMTP(\"smtp.gmail.com\", 587) as s:", "    s.starttls()", "    s.login(sender, app_password)", "    s.send_message(msg)"]
    return pfx(r) + pick(r, ["send_email.py", "mailer.py"]), "\n".join(lines) + "\n", "google", "getpass_input"


def n_aws_docs_example(r):
    lines = ["# Connecting to S3 (from the AWS docs)", "", "Configure your credentials with `aws configure`. The docs use these example values:", "",
             "```", "AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE", "AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
             "Default region name [None]: us-west-2", "Default output format [None]: json", "```", "",
             "Our bucket: `arn:aws:s3:::team%d-%s`, account `%d`." % (r.randint(1, 30), pick(r, PROJ), r.randint(10 ** 11, 10 ** 12 - 1))]
    return pfx(r) + pick(r, ["docs/aws.md", "notes/s3-setup.md"]), "\n".join(lines) + "\n", "aws", "documentation_example"


def n_mongo_objectids(r):
    docs = [{"_id": {"$oid": rs(r, HEX, 24)}, "title": t, "done": r.random() < 0.5} for t in r.sample(["buy milk", "hw 3", "call mom", "fix bug", "gym"], 3)]
    lines = ["// seed data exported from Compass", "// connection: mongodb://localhost:27017/todos"] + [json.dumps(d) for d in docs]
    return pfx(r) + pick(r, ["seed/todos.json", "data/export.json"]), "\n".join(lines) + "\n", "mongodb", "object_ids"


def n_stripe_ids(r):
    lines = ["# Products created in the Stripe dashboard (test mode)", "PRICES = {",
             "    \"basic\": \"price_1%s\"," % rs(r, ALNUM, 23), "    \"pro\": \"price_1%s\"," % rs(r, ALNUM, 23), "}",
             "PRODUCT_ID = \"prod_%s\"" % rs(r, ALNUM, 14), "TEST_CUSTOMER = \"cus_%s\"" % rs(r, ALNUM, 14), "",
             "# test card: 4242 4242 4242 4242, any future date, any CVC", "STRIPE_SECRET_KEY_ENV = \"STRIPE_SECRET_KEY\""]
    return pfx(r) + pick(r, ["billing/constants.py", "stripe_ids.py"]), "\n".join(lines) + "\n", "stripe", "object_ids"


def n_telegram_chat_ids(r):
    lines = ["import os", "import telebot", "", "bot = telebot.TeleBot(os.environ[\"BOT_TOKEN\"])", "",
             "ADMIN_CHAT_ID = %d" % r.randint(10 ** 8, 10 ** 10), "GROUP_CHAT_ID = -100%d" % r.randint(10 ** 9, 10 ** 10 - 1), "",
             "@bot.message_handler(commands=[\"start\"])", "def start(m):", "    bot.reply_to(m, \"Hi! Your chat id is %d\" % m.chat.id)", "",
             "bot.send_message(ADMIN_CHAT_ID, \"bot restarted\")", "bot.infinity_polling()"]
    return pfx(r) + pick(r, ["bot.py", "telegram_bot.py"]), "\n".join(lines) + "\n", "telegram", "chat_ids"


def n_uuid_config(r):
    d = {"deviceId": "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12), 0x8000 | r.getrandbits(14), r.getrandbits(48)),
         "sessionId": "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12), 0x8000 | r.getrandbits(14), r.getrandbits(48)),
         "commit": rs(r, HEX, 40), "buildNumber": r.randint(100, 999), "theme": "dark"}
    return pfx(r) + pick(r, ["app.json", "build-info.json"]), json.dumps(d, indent=2) + "\n", "generic", "uuids_commit"


NEG_DOMAIN = [n_firebase_web_js, n_firebase_web_html, n_stripe_publishable, n_supabase_anon, n_discord_ids, n_discord_invite_readme,
              n_spotify_tracks, n_notebook_example_output, n_notebook_seeds_hashes, n_readme_truncated, n_env_example, n_revoked_note,
              n_requirements_hashes, n_package_lock, n_arduino_ble, n_arduino_secrets_h, n_gha_pinned, n_twilio_log, n_mapbox_public,
              n_recaptcha_analytics, n_i18n, n_test_vectors, n_jwt_lesson, n_checksums, n_unity_meta, n_ssh_pubkey, n_weak_password_hw,
              n_login_form, n_getpass_gmail, n_aws_docs_example, n_mongo_objectids, n_stripe_ids, n_telegram_chat_ids, n_uuid_config]


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------
FIREBASE_SA = Kind("firebase_sa", "firebase", "service_account_private_key", gen_firebase_sa, "GOOGLE_APPLICATION_CREDENTIALS",
                   [["service", "account"]], "Firebase service account", [], None, generic=False, split=False,
                   ph=["-----BEGIN PRIVATE KEY-----\\nYOUR_PRIVATE_KEY\\n-----END PRIVATE KEY-----\\n", "<PRIVATE_KEY>", "",
                       "REPLACE_WITH_PRIVATE_KEY_FROM_DOWNLOADED_JSON"])
WIFI = Kind("wifi", "generic", "wifi_password", gen_wifi, "WIFI_PASSWORD", [["password"]], "WiFi password", [], None,
            generic=False, split=False, ph=["YOUR_WIFI_PASSWORD", "", "********", "your-password"])
KBY["firebase_sa"] = FIREBASE_SA
KBY["wifi"] = WIFI

WEB = ("openai", "anthropic", "gemini", "owm")
ALL_GENERIC = lambda K: K.generic
HAS_JS = lambda K: K.generic and K.js_use is not None
IN = lambda *ks: (lambda K: K.key in ks)

TEMPLATES = [
    # name, fn, compat, weight
    ("py_script", t_py_script, ALL_GENERIC, 6),
    ("py_keys_module", t_py_keys_module, ALL_GENERIC, 3),
    ("py_inline_call", t_py_inline_call, ALL_GENERIC, 3),
    ("ipynb_basic", t_ipynb_basic, ALL_GENERIC, 4),
    ("colab", t_colab, lambda K: K.generic and K.key not in ("dbpw",), 3),
    ("ipynb_output_leak", t_ipynb_output_leak, lambda K: K.generic and K.key not in ("dbpw",), 2),
    ("streamlit_app", t_streamlit, IN("openai", "anthropic", "gemini", "owm", "spotify", "reddit", "supabase", "mongodb", "gmaps", "twitter"), 3),
    ("streamlit_secrets", t_streamlit_secrets, IN("openai", "anthropic", "gemini", "owm", "spotify", "reddit", "supabase", "mongodb", "gmaps"), 2),
    ("commented_out", t_commented_out, ALL_GENERIC, 3),
    ("concat_split", t_concat_split, lambda K: K.generic and K.split, 2),
    ("py_class_config", t_py_class_config, ALL_GENERIC, 1),
    ("py_dict_config", t_py_dict_config, ALL_GENERIC, 1),
    ("argparse_default", t_argparse_default, lambda K: K.generic and K.key not in ("mongodb",), 1),
    ("func_default", t_func_default, ALL_GENERIC, 1),
    ("py_headers", t_py_headers, lambda K: K.header is not None, 2),
    ("py_url_param", t_py_url_param, lambda K: K.url is not None, 2),
    ("node_script", t_node_script, HAS_JS, 4),
    ("express_server", t_express, lambda K: HAS_JS(K) and K.key not in ("discord", "telegram"), 3),
    ("html_inline", t_html_inline, IN(*WEB), 3),
    ("react_jsx", t_react_jsx, IN(*WEB), 2),
    ("vite_fallback", t_vite_fallback, IN(*WEB), 1),
    ("next_route", t_next_route, IN("openai", "anthropic", "gemini", "stripe_test", "stripe_live", "sendgrid", "supabase", "mongodb", "twilio", "github"), 2),
    ("js_config_module", t_js_config_module, HAS_JS, 2),
    ("angular_env", t_angular_env, IN("openai", "gemini", "owm", "gmaps", "stripe_test", "supabase"), 1),
    ("dotenv", t_dotenv, ALL_GENERIC, 4),
    ("config_json", t_config_json, ALL_GENERIC, 4),
    ("readme_setup", t_readme_setup, ALL_GENERIC, 3),
    ("replit", t_replit, ALL_GENERIC, 2),
    ("package_json", t_package_json, lambda K: K.generic and bool(K.npm), 2),
    ("shell_run", t_shell_run, ALL_GENERIC, 2),
    ("curl", t_curl, lambda K: K.header is not None, 2),
    ("gha_workflow", t_gha, ALL_GENERIC, 2),
    ("docker_compose", t_compose, ALL_GENERIC, 1),
    ("yaml_config", t_yaml_config, ALL_GENERIC, 2),
    ("notes_txt", t_notes_txt, ALL_GENERIC, 2),
    ("notes_md", t_notes_md, ALL_GENERIC, 2),
    ("debug_log", t_debug_log, ALL_GENERIC, 1),
    ("flask_app", t_flask_app, lambda K: K.generic and K.key not in ("discord", "telegram"), 2),
    ("php_config", t_php_config, IN("openai", "owm", "gmaps", "sendgrid", "stripe_test", "stripe_live", "twilio", "gemini"), 2),
    ("java_main", t_java_main, IN("openai", "anthropic", "gemini", "telegram", "owm", "gmaps", "sendgrid", "stripe_test", "github"), 2),
    ("dart_const", t_dart_const, IN("openai", "gemini", "owm", "gmaps", "supabase", "stripe_test"), 2),
    ("unity_cs", t_unity_cs, IN("openai", "anthropic", "gemini", "owm"), 2),
    ("arduino", t_arduino, lambda K: K.arduino, 4),
    ("firebase_sa_json", t_firebase_sa_json, IN("firebase_sa"), 5),
    ("firebase_sa_py", t_firebase_sa_py, IN("firebase_sa"), 3),
    ("firebase_sa_js", t_firebase_sa_js, IN("firebase_sa"), 3),
    ("git_clone_pat", t_git_clone_pat, IN("github"), 5),
    ("aws_credentials", t_aws_credentials, IN("aws"), 5),
    ("wifi_arduino", t_wifi_arduino, IN("wifi"), 5),
    ("sqlalchemy_uri", t_sqlalchemy_uri, IN("dbpw"), 6),
    ("php_mysqli", t_php_mysqli, IN("dbpw"), 6),
    ("pg_pool_js", t_dbpw_js_pool, IN("dbpw"), 4),
]

KIND_WEIGHTS = [("openai", 12), ("anthropic", 5), ("gemini", 6), ("discord", 7), ("telegram", 6), ("twitter", 3), ("reddit", 3),
                ("spotify", 4), ("firebase_sa", 4), ("mongodb", 6), ("owm", 5), ("gmaps", 3), ("mapbox", 1), ("twilio", 4),
                ("sendgrid", 3), ("stripe_test", 4), ("stripe_live", 2), ("dbpw", 6), ("gmail", 5), ("github", 4), ("aws", 4),
                ("supabase", 3), ("wifi", 2)]

EXT_TYPES = [(".ipynb", "ipynb"), (".py", "python"), (".js", "javascript"), (".jsx", "jsx"), (".ts", "typescript"), (".html", "html"),
             (".md", "markdown"), (".json", "json"), (".ino", "arduino"), (".h", "c_header"), (".toml", "toml"), (".yml", "yaml"),
             (".yaml", "yaml"), (".sh", "shell"), (".php", "php"), (".java", "java"), (".dart", "dart"), (".cs", "csharp"),
             (".txt", "text"), (".log", "log"), (".out", "log"), (".meta", "yaml"), (".ini", "ini")]


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "dotenv"
    if base == ".replit":
        return "replit_toml"
    if base in ("credentials", "aws_credentials"):
        return "ini"
    if base in ("SHA256SUMS",):
        return "text"
    if base == "requirements.txt":
        return "requirements"
    if base in ("package.json", "package-lock.json"):
        return "package_json"
    for ext, t in EXT_TYPES:
        if base.endswith(ext):
            return t
    return "text"


def render_shared(r, label, kind_key):
    K = KBY[kind_key]
    cands = [(t, w) for t in TEMPLATES for w in [t[3]] if t[2](K)]
    name, fn, _, _ = wchoice(r, [(t, w) for t, w in cands])
    S = Slot(r, K, label == "pos")
    if K.key == "firebase_sa" and S.mode == "masked":
        S.mode, S.value = "placeholder", pick(r, K.ph)
    path, text = fn(r, S)
    return name, path, text, S


def generate(seed):
    r = random.Random(seed)
    recs = []
    # positives
    for i in range(500):
        kk = wchoice(r, KIND_WEIGHTS)
        name, path, text, S = render_shared(r, "pos", kk)
        assert S.needle and S.needle in text, (name, kk)
        line = text[:text.index(S.needle)].count("\n") + 1
        recs.append({"file": "pos/p%04d/%s" % (i, path), "label": "pos", "provider": S.K.provider, "kind": S.K.kind,
                     "filetype": filetype(path), "text": text, "needle": S.needle, "line": line, "template": name})
    # negatives: half re-use shared templates with a look-alike in the slot, half domain look-alikes
    order = ["shared"] * 250 + ["domain"] * 250
    r.shuffle(order)
    dom_cycle = []
    for i, how in enumerate(order):
        if how == "shared":
            kk = wchoice(r, KIND_WEIGHTS)
            name, path, text, S = render_shared(r, "neg", kk)
            kind = {"env": "env_reference", "input": "runtime_input", "placeholder": "placeholder", "masked": "masked_or_truncated",
                    "empty": "empty_value"}[S.mode]
            recs.append({"file": "neg/n%04d/%s" % (i, path), "label": "neg", "provider": S.K.provider, "kind": kind,
                         "filetype": filetype(path), "text": text, "template": name})
        else:
            if not dom_cycle:
                dom_cycle = list(NEG_DOMAIN)
                r.shuffle(dom_cycle)
            fn = dom_cycle.pop()
            path, text, prov, kind = fn(r)
            recs.append({"file": "neg/n%04d/%s" % (i, path), "label": "neg", "provider": prov, "kind": kind,
                         "filetype": filetype(path), "text": text, "template": fn.__name__})
    return recs


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 gen_ce.py OUTDIR SEED\n")
        return 2
    out, seed = argv[1], int(argv[2])
    recs = generate(seed)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as mf, \
            open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as sf:
        for rec in recs:
            fp = os.path.join(out, rec["file"])
            os.makedirs(os.path.dirname(fp), exist_ok=True)
            with open(fp, "w", encoding="utf-8", newline="\n") as f:
                f.write(rec["text"])
            mf.write(json.dumps({k: rec[k] for k in ("file", "label", "provider", "kind", "filetype")}) + "\n")
            if rec["label"] == "pos":
                sf.write(json.dumps({"file": rec["file"], "needle": rec["needle"], "line": rec["line"]}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
