#!/usr/bin/env python3
"""gen_iv.py - blind evaluation set: session cookies and captured authentication state.

EMPHASIS
    Session cookies and captured browser authentication state committed by
    accident.  Netscape ``cookies.txt`` files written for yt-dlp / gallery-dl /
    wget / curl, EditThisCookie and Cookie-Editor JSON exports, "Copy as cURL"
    lines (``-b 'a=b'`` and ``-H 'Cookie: ...'``), Python ``requests`` cookie
    dicts, scrapers with hard-coded Cookie headers, Playwright / Puppeteer /
    Selenium cookie injection, HTTPie session files, Insomnia / Bruno /
    Postman / Charles / HAR exports, ``.http`` / ``.rest`` files, debug logs
    and Markdown bug reports.
    Providers / frameworks: Django ``sessionid``, PHP ``PHPSESSID``, Tomcat
    ``JSESSIONID``, Express ``connect.sid``, Flask (itsdangerous) ``session``,
    Rails encrypted session and Devise ``remember_user_token``, Laravel
    ``laravel_session`` / ``remember_web_*``, ASP.NET Core
    ``.AspNetCore.Cookies``, Spring Security ``remember-me``, WordPress
    ``wordpress_logged_in_*``, Slack ``d`` cookie (xoxd-) with ``xoxc-``
    tokens, claude.ai ``sessionKey``, ChatGPT ``__Secure-next-auth.session-token``,
    Google ``SID`` / ``__Secure-1PSID``, LinkedIn ``li_at``, X/Twitter
    ``auth_token``, Instagram ``sessionid``, Discord user tokens, pixiv
    ``PHPSESSID``, Spotify ``sp_dc``, GitHub ``user_session``, Patreon
    ``session_id``, generic web-session JWTs and auth0 ``appSession`` JWEs.
    File types: cookies.txt, JSON, Python, JavaScript / TypeScript, shell, PHP,
    Go, C#, Java, Ruby, PowerShell, YAML, TOML, INI, properties, XML (JMeter),
    ``.http`` / ``.rest`` / ``.bru``, Markdown, logs, HAR, CSV, SQL, Dockerfile,
    Terraform, Jupyter notebooks.

USAGE
    python3 -B gen_iv.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive: file, needle, 1-based line).  Standard library only;
    every random choice comes from one random.Random(SEED).

NEEDLE CONVENTIONS
    * The needle is the cookie VALUE exactly as written in the file, without
      the cookie name, the ``=`` or surrounding quotes.  URL-encoded values
      keep their encoding (``s%3A...`` for connect.sid, ``%3D`` padding for
      Rails / Laravel, ``%7C`` for WordPress, ``%3A`` for Instagram).
    * In ``Cookie:`` / ``Set-Cookie:`` headers and ``-b`` arguments the needle
      is only the value of the one authenticating cookie; the other cookies on
      the line (analytics, consent, locale) are innocent filler.
    * Tokens passed to constructors, positional arguments, headers
      (``Authorization: <discord token>``, ``Bearer <jwt>``) or env vars: the
      needle is the bare token.
    * Slack pairs: a file that holds both ``xoxc-`` and ``d=xoxd-`` puts them on
      ONE line and the needle is the ``xoxc-`` token (the pair is counted as one
      credential).  Files that hold only the ``d`` cookie use the ``xoxd-``
      value as needle.
    * There are no multi-line needles in this set (no private keys).

NEGATIVES
    Half re-use the positive templates with the credential slot holding
    something that is not a credential: placeholders (``<your-session-cookie>``,
    ``PASTE_SESSIONKEY_HERE``, ``sk-ant-sid01-XXXX...``), empty values, masked
    values (``****``, ``[REDACTED]``), the deletion value ``deleted``, env and
    secret-manager references (``${VAR}``, ``os.environ[...]``,
    ``process.env.X``, ``op://`` and ``vault:`` paths), template expressions,
    documented examples (RFC 6265 ``SID=31d4d96e407aad42``, MDN
    ``sessionId=38afes7a8``, discord.py docs token, jwt.io sample) and public
    non-auth cookies swapped in (``_ga``, consent, locale).
    The other half are look-alikes: analytics / consent / A-B cookies,
    load-balancer stickiness cookies, Cloudflare ``__cf_bm`` (marked as bot
    management), expired and deleted cookies, cookie names without values,
    Set-Cookie documentation, CSRF tokens shown as public page tokens,
    ETags, request ids, trace ids, cache keys, lockfile integrity hashes,
    image digests, SRI hashes, UUIDs, public keys, JWKS, WebAuthn public
    credentials, reCAPTCHA site keys and similar.
    No negative is written to a file named ``.env`` / ``.env.<env>``.

FORMATS CHECKED
    (search tool, corpora docs/pages; no scanner rules were consulted)
    * Netscape cookies.txt: 7 TAB-separated fields domain, include-subdomains
      flag, path, secure, expiry (unix seconds), name, value; curl writes
      ``#HttpOnly_`` before the domain of HttpOnly cookies.
    * Cookie-Editor / EditThisCookie JSON: array of objects with domain,
      expirationDate (float seconds), hostOnly, httpOnly, name, path,
      sameSite, secure, session, storeId, value (zennolab docs page).
    * RFC 6265 examples ``SID=31d4d96e407aad42`` and ``lang=en-US`` (negatives).
    * itsdangerous: ``payload.signature`` / ``payload.timestamp.signature``,
      URL-safe base64 without padding (docs); Flask session = TimestampSigner
      over base64url JSON (``.`` prefix when zlib-compressed).
    * express-session: cookie ``connect.sid`` = ``s:`` + id + ``.`` + HMAC,
      URL-encoded as ``s%3A...`` (seen in a pasted document.cookie line).
    * Rails >= 5.2 encrypted cookies: ``data--iv--auth_tag`` base64, AES-256-GCM
      (Rails docs / blog); Devise remember cookie is a signed cookie
      ``base64(json)--hexdigest``.
    * Laravel: base64 of JSON {iv, value, mac(64 hex), tag}; session key
      ``login_web_59ba36addc2b2f9401580f014c7f58ea4e30989d`` (sha1 of the guard
      class) so remember cookie is ``remember_web_59ba36...``.
    * ASP.NET Core Data Protection cookies start with ``CfDJ8``.
    * PHP: sid_length 22..256, bits per char 4 (0-9a-f), 5 (0-9a-v), 6;
      compiled default 32 chars / 4 bits, php.ini-* default 26 / 5.
    * Tomcat StandardSessionIdGenerator: 16 random bytes (hex) + ``.jvmRoute``.
    * WordPress auth cookie: ``username|expiration|token|hmac``, token is
      wp_generate_password(43) (developer.wordpress.org + WPSE answer).
    * Slack web client: token ``xoxc-...`` from localConfig_v2 plus cookie
      ``d`` starting ``xoxd-`` (mautrix-slack docs).
    * claude.ai ``sessionKey``: ``sk-ant-sid01-`` + 86 chars + ``-`` + 6 chars +
      ``AA`` (clewdr docs); ``sk-ant-sid02-`` also issued now.
    * ChatGPT ``__Secure-next-auth.session-token``: NextAuth JWE
      ``eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..iv.ciphertext.tag``.
    * LinkedIn cookie table: ``li_at`` "Used to authenticate Members and API
      clients", domain .www.linkedin.com.
    * Discord token: base64(user id) . base64(timestamp) . HMAC (discord.py
      docs, whose example token is used as a negative).
    * HTTPie sessions: JSON with ``__meta__``, ``auth``, ``cookies``,
      ``headers``.

DOUBTS
    * Exact lengths of Google ``g.a000...0076`` SID values, LinkedIn ``li_at``
      (``AQEDA...``), Spotify ``sp_dc``, GitHub ``user_session`` (48 chars
      assumed), Patreon ``session_id``, Instagram ``sessionid`` internals,
      X/Twitter ``auth_token`` (40 hex assumed) and Slack ``xoxd-`` and
      ``xoxc-`` internals were not confirmed by provider documentation;
      they follow the shape commonly seen in public issues and tools.
    * Django ``sessionid`` alphabet (a-z0-9, 32 chars) is from memory of
      Django's source, not from its documentation.
    * Rails signed-cookie digest (SHA1 40 hex vs SHA256 64 hex) and the
      ``message``/``data`` key differ between versions; both are used.
    * Whether a load-balancer stickiness cookie (AWSALB) or ``__cf_bm`` is
      harmless can be argued; they are labelled negative as documented
      non-authentication cookies.
"""

import base64
import hashlib
import json
import os
import re
import sys
import random

# ---------------------------------------------------------------------------
# random helpers (all randomness flows from the single Random passed around)
# ---------------------------------------------------------------------------
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIG = "0123456789"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
ALNUM = LOWER + UPPER + DIG
B64U = ALNUM + "-_"
B32PHP = "0123456789abcdefghijklmnopqrstuv"


def rs(R, alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rb(R, n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64(b):
    return base64.b64encode(b).decode()


def cookie_escape(s):
    return s.replace("%", "%25").replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def uuid4(R):
    h = rs(R, HEXL, 32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ts_future(R):
    return R.randint(1767225600, 1830297600)  # 2026 .. 2027


def ts_recent(R):
    return R.randint(1735689600, 1764547200)  # 2025


def iso(R):
    t = ts_recent(R)
    # simple civil-from-days conversion (no time module)
    days, secs = divmod(t, 86400)
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    if m <= 2:
        y += 1
    return "%04d-%02d-%02dT%02d:%02d:%02d" % (y, m, d, secs // 3600, secs % 3600 // 60, secs % 60)


APPS = ["acme-crm", "shopfront", "ledgerly", "tidepool", "northwind", "bluefin", "orbital",
        "quarry", "parcelhub", "helpdesk", "fieldnotes", "minty", "kanbanize", "cobalt"]
APP_HOSTS = ["app.%s.io", "portal.%s.com", "admin.%s.dev", "%s.internal.example.com",
             "staging.%s.net", "dashboard.%s.app", "intranet.%s.local"]
USERS = ["alice", "bob", "carol", "dmitri", "eve.k", "fatima", "gwen", "hiro", "ivan", "jules",
         "kofi", "lena", "marta", "nikhil", "oscar", "priya"]


def app_host(R):
    return R.choice(APP_HOSTS) % R.choice(APPS)


def ua(R):
    v = R.randint(118, 131)
    return R.choice([
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % v,
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % v,
        "Mozilla/5.0 (X11; Linux x86_64; rv:%d.0) Gecko/20100101 Firefox/%d.0" % (v, v),
    ])


# ---------------------------------------------------------------------------
# credential generators
# ---------------------------------------------------------------------------
def _g(gid, provider, kind, name, value, domain, env, cookie=True, bearer=False, extra=None):
    return {"gid": gid, "provider": provider, "kind": kind, "name": name, "value": value,
            "domain": domain, "env": env, "cookie": cookie, "bearer": bearer, "extra": extra}


def g_django(R):
    return _g("django", "django", "session-cookie", "sessionid", rs(R, LOWER + DIG, 32),
              app_host(R), "DJANGO_SESSIONID")


def g_php(R):
    v = rs(R, B32PHP, 26) if R.random() < 0.5 else rs(R, HEXL, 32)
    return _g("php", "php", "session-cookie", "PHPSESSID", v, app_host(R), "PHPSESSID")


def g_jsession(R):
    v = rs(R, HEXU, 32)
    if R.random() < 0.4:
        v += "." + R.choice(["node0", "node1", "worker1", "jvm2", "tc-app-3"])
    return _g("tomcat", "tomcat", "session-cookie", "JSESSIONID", v, app_host(R), "JSESSIONID")


def g_connect(R):
    sid = b64u(rb(R, 24))
    sig = b64(rb(R, 32)).rstrip("=").replace("+", "%2B").replace("/", "%2F")
    return _g("express", "express-session", "session-cookie", "connect.sid",
              "s%3A" + sid + "." + sig, app_host(R), "CONNECT_SID")


def g_flask(R):
    payload = {"_fresh": True, "_id": rs(R, HEXL, 128), "_user_id": str(R.randint(2, 90000))}
    if R.random() < 0.5:
        payload["csrf_token"] = rs(R, HEXL, 40)
    raw = json.dumps(payload, separators=(",", ":")).encode()
    body = b64u(raw)
    t = ts_recent(R).to_bytes(4, "big")
    v = body + "." + b64u(t) + "." + b64u(rb(R, 20))
    return _g("flask", "flask", "session-cookie", "session", v, app_host(R), "FLASK_SESSION_COOKIE")


def g_rails(R):
    ct = rb(R, R.randint(180, 420))
    v = cookie_escape(b64(ct)) + "--" + cookie_escape(b64(rb(R, 12))) + "--" + cookie_escape(b64(rb(R, 16)))
    app = R.choice(APPS).replace("-", "_")
    return _g("rails", "rails", "session-cookie", "_%s_session" % app, v, app_host(R), "RAILS_SESSION_COOKIE")


def g_devise(R):
    inner = json.dumps([[R.randint(1, 50000)], "$2a$12$" + rs(R, ALNUM + "./", 22),
                        "%d.%06d" % (ts_recent(R), R.randint(0, 999999))], separators=(",", ":"))
    msg = {"_rails": {"message": b64(inner.encode()), "exp": None, "pur": "cookie.remember_user_token"}}
    if R.random() < 0.5:
        msg = {"_rails": {"data": json.loads(inner), "exp": iso(R) + ".000Z", "pur": "cookie.remember_user_token"}}
    body = cookie_escape(b64(json.dumps(msg, separators=(",", ":")).encode()))
    dig = rs(R, HEXL, 40 if R.random() < 0.6 else 64)
    return _g("devise", "rails-devise", "remember-me-token", "remember_user_token", body + "--" + dig,
              app_host(R), "REMEMBER_USER_TOKEN")


def _laravel_blob(R):
    obj = {"iv": b64(rb(R, 16)), "value": b64(rb(R, R.choice([48, 64, 96, 112, 160]))),
           "mac": rs(R, HEXL, 64), "tag": ""}
    return cookie_escape(b64(json.dumps(obj, separators=(",", ":")).encode().replace(b"/", b"\\/")))


def g_laravel(R):
    name = R.choice(["laravel_session", "%s_session" % R.choice(APPS).replace("-", "_")])
    return _g("laravel", "laravel", "session-cookie", name, _laravel_blob(R), app_host(R), "LARAVEL_SESSION")


def g_laravel_remember(R):
    return _g("laravel-remember", "laravel", "remember-me-token",
              "remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d", _laravel_blob(R), app_host(R),
              "LARAVEL_REMEMBER_COOKIE")


def g_aspnet(R):
    b = b"\x09\xf0\xc9\xf0" + rb(R, R.randint(280, 520))
    name = R.choice([".AspNetCore.Cookies", ".AspNetCore.Identity.Application", ".AspNetCore.Session"])
    kind = "session-cookie"
    return _g("aspnet", "aspnetcore", kind, name, b64u(b), app_host(R), "ASPNET_AUTH_COOKIE")


def g_spring(R):
    user = R.choice(USERS) + "@" + R.choice(APPS) + ".io"
    raw = "%s:%d:SHA256:%s" % (user, ts_future(R) * 1000, rs(R, HEXL, 64))
    return _g("spring", "spring-security", "remember-me-token", "remember-me", b64(raw.encode()).rstrip("="),
              app_host(R), "REMEMBER_ME_COOKIE")


def g_wordpress(R):
    user = R.choice(["admin", "editor", R.choice(USERS).replace(".", "")])
    v = "%s%%7C%d%%7C%s%%7C%s" % (user, ts_future(R), rs(R, ALNUM, 43), rs(R, HEXL, 64))
    return _g("wordpress", "wordpress", "session-cookie", "wordpress_logged_in_" + rs(R, HEXL, 32), v,
              "blog." + R.choice(APPS) + ".com", "WP_LOGGED_IN_COOKIE")


def g_slack(R):
    d = "xoxd-" + cookie_escape(b64(rb(R, R.choice([150, 168, 180, 198]))))
    tok = "xoxc-%d-%d-%d-%s" % (R.randint(10 ** 9, 10 ** 12), R.randint(10 ** 11, 10 ** 13),
                                R.randint(10 ** 12, 10 ** 13 - 1), rs(R, HEXL, 64))
    return _g("slack", "slack", "slack-d-cookie", "d", d, ".slack.com", "SLACK_D_COOKIE", extra=tok)


def g_claude(R):
    ver = R.choice(["sid01", "sid01", "sid02"])
    v = "sk-ant-%s-%s-%sAA" % (ver, rs(R, B64U, 86), rs(R, B64U, 6))
    return _g("claude", "claude.ai", "unofficial-api-session-key", "sessionKey", v, ".claude.ai",
              "CLAUDE_SESSION_KEY")


JWE_DIR = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0"


def g_chatgpt(R):
    v = JWE_DIR + ".." + b64u(rb(R, 12)) + "." + b64u(rb(R, R.randint(700, 1400))) + "." + b64u(rb(R, 16))
    return _g("chatgpt", "chatgpt", "web-session-jwe", "__Secure-next-auth.session-token", v, ".chatgpt.com",
              "CHATGPT_SESSION_TOKEN")


def g_google(R):
    name = R.choice(["__Secure-1PSID", "__Secure-3PSID", "SID", "__Secure-1PSID"])
    v = "g.a000" + rs(R, B64U, 128) + "0076"
    return _g("google", "google", "session-cookie", name, v, R.choice([".google.com", ".youtube.com"]),
              "GOOGLE_" + name.strip("_").replace("-", "_").upper())


def g_linkedin(R):
    return _g("linkedin", "linkedin", "session-cookie", "li_at", "AQEDA" + rs(R, B64U, R.randint(140, 170)),
              ".www.linkedin.com", "LINKEDIN_LI_AT")


def g_twitter(R):
    return _g("twitter", "x-twitter", "session-cookie", "auth_token", rs(R, HEXL, 40),
              R.choice([".x.com", ".twitter.com"]), "TWITTER_AUTH_TOKEN")


def g_instagram(R):
    v = "%d%%3A%s%%3A%d%%3AAY%s" % (R.randint(10 ** 9, 10 ** 11), rs(R, ALNUM, R.choice([14, 15, 16])),
                                    R.randint(1, 28), rs(R, B64U, R.randint(56, 72)))
    return _g("instagram", "instagram", "session-cookie", "sessionid", v, ".instagram.com", "IG_SESSIONID")


def g_discord(R):
    uid = str(R.randint(10 ** 17, 13 * 10 ** 17))
    v = b64(uid.encode()).rstrip("=") + "." + b64u(rb(R, 4)) + "." + rs(R, B64U, R.choice([27, 38]))
    return _g("discord", "discord", "unofficial-api-user-token", "token", v, "discord.com", "DISCORD_TOKEN",
              cookie=False, bearer=True)


def g_pixiv(R):
    return _g("pixiv", "pixiv", "session-cookie", "PHPSESSID", "%d_%s" % (R.randint(10 ** 6, 10 ** 8), rs(R, ALNUM, 32)),
              ".pixiv.net", "PIXIV_PHPSESSID")


def g_spotify(R):
    return _g("spotify", "spotify", "session-cookie", "sp_dc", "AQ" + rs(R, B64U, R.randint(150, 170)),
              ".spotify.com", "SPOTIFY_SP_DC")


def g_github(R):
    return _g("github", "github", "session-cookie", "user_session", rs(R, B64U, 48), "github.com",
              "GITHUB_USER_SESSION")


def g_patreon(R):
    return _g("patreon", "patreon", "session-cookie", "session_id", rs(R, B64U, 43), ".patreon.com",
              "PATREON_SESSION_ID")


def g_jwt(R):
    alg = R.choice(["HS256", "HS256", "RS256", "ES256"])
    hdr = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    now = ts_recent(R)
    pl = {"sub": str(R.randint(1000, 9999999)) if R.random() < 0.5 else uuid4(R), "sid": uuid4(R),
          "iat": now, "exp": now + R.choice([86400, 604800, 2592000])}
    if R.random() < 0.5:
        pl["email"] = R.choice(USERS).replace(".", "") + "@" + R.choice(APPS) + ".io"
    if R.random() < 0.5:
        pl["role"] = R.choice(["admin", "member", "owner", "support"])
    sig_len = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    v = hdr + "." + b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + b64u(rb(R, sig_len))
    name = R.choice(["token", "auth_token", "session_token", "jwt", "__session", "access_token"])
    return _g("jwt", "custom-webapp", "web-session-jwt", name, v, app_host(R), "SESSION_JWT", bearer=True)


def g_auth0(R):
    now = ts_recent(R)
    hdr = b64u(json.dumps({"alg": "dir", "enc": "A256GCM", "iat": now, "uat": now, "exp": now + 86400},
                          separators=(",", ":")).encode())
    v = hdr + ".." + b64u(rb(R, 12)) + "." + b64u(rb(R, R.randint(500, 1100))) + "." + b64u(rb(R, 16))
    return _g("auth0", "auth0-express-openid-connect", "web-session-jwe", "appSession", v, app_host(R),
              "APP_SESSION_COOKIE")


GENS = [g_django, g_php, g_jsession, g_connect, g_flask, g_rails, g_devise, g_laravel, g_laravel_remember,
        g_aspnet, g_spring, g_wordpress, g_slack, g_claude, g_chatgpt, g_google, g_linkedin, g_twitter,
        g_instagram, g_discord, g_pixiv, g_spotify, g_github, g_patreon, g_jwt, g_auth0]
GEN_IDS = ["django", "php", "tomcat", "express", "flask", "rails", "devise", "laravel", "laravel-remember",
           "aspnet", "spring", "wordpress", "slack", "claude", "chatgpt", "google", "linkedin", "twitter",
           "instagram", "discord", "pixiv", "spotify", "github", "patreon", "jwt", "auth0"]

# ---------------------------------------------------------------------------
# innocent filler cookies (analytics, consent, locale, A/B buckets)
# ---------------------------------------------------------------------------


def filler_cookies(R, domain, n=None):
    t = ts_recent(R)
    pool = [
        ("_ga", "GA1.1.%d.%d" % (R.randint(10 ** 8, 10 ** 10), t)),
        ("_gid", "GA1.2.%d.%d" % (R.randint(10 ** 8, 10 ** 10), t)),
        ("_gcl_au", "1.1.%d.%d" % (R.randint(10 ** 8, 10 ** 10), t)),
        ("_fbp", "fb.1.%d.%d" % (t * 1000 + R.randint(0, 999), R.randint(10 ** 8, 10 ** 10))),
        ("cookieconsent_status", "dismiss"),
        ("OptanonAlertBoxClosed", iso(R) + ".512Z"),
        ("lang", R.choice(["en-US", "de", "fr-FR", "ja", "pt-BR"])),
        ("theme", R.choice(["dark", "light", "system"])),
        ("tz", R.choice(["Europe%2FBerlin", "America%2FNew_York", "Asia%2FTokyo", "UTC"])),
        ("ab_bucket", R.choice(["A", "B", "control", "variant-2"])),
        ("sidebar_collapsed", R.choice(["true", "false"])),
        ("NEXT_LOCALE", R.choice(["en", "de", "es"])),
        ("_pk_id.1.%s" % rs(R, HEXL, 4), "%s.%d." % (rs(R, HEXL, 16), t)),
        ("_hjSessionUser_%d" % R.randint(100000, 3999999), b64(json.dumps(
            {"id": uuid4(R), "created": t * 1000, "existing": True}, separators=(",", ":")).encode()).rstrip("=")),
    ]
    if "google" in domain or "youtube" in domain:
        pool = [("CONSENT", "PENDING+%d" % R.randint(100, 999)),
                ("PREF", "f6=40000000&tz=Europe.Berlin&f7=100"),
                ("VISITOR_INFO1_LIVE", rs(R, B64U, 11)),
                ("YSC", rs(R, B64U, 11)),
                ("wide", "1")]
    R.shuffle(pool)
    if n is None:
        n = R.randint(2, 4)
    return pool[:n]


# ---------------------------------------------------------------------------
# the slot that a template fills
# ---------------------------------------------------------------------------
class Slot(object):
    def __init__(self, sec):
        self.gid = sec["gid"]
        self.provider = sec["provider"]
        self.kind = sec["kind"]
        self.name = sec["name"]
        self.raw = sec["value"]
        self.domain = sec["domain"]
        self.env = sec["env"]
        self.cookie = sec["cookie"]
        self.bearer = sec["bearer"]
        self.extra = sec["extra"]
        self.expr = None      # dict lang -> code expression (negatives only)
        self.neg = False

    def q(self, lang, quote='"'):
        if self.expr and lang in self.expr:
            return self.expr[lang]
        return quote + self.raw + quote

    def qx(self, lang, quote='"'):
        """quoted 'extra' (xoxc token of a slack pair)."""
        if self.expr and lang in self.expr:
            return self.expr[lang].replace(self.env, "SLACK_TOKEN")
        return quote + self.extra + quote


def sub(text, **kw):
    """single-pass %%key%% substitution (inserted values are never re-scanned)."""
    return re.sub(r"%%(\w+)%%", lambda m: str(kw[m.group(1)]), text)


def cookie_header(R, s, pos=None, domain=None):
    """'a=b; name=value; c=d' with the slot cookie at a random position."""
    fill = filler_cookies(R, domain or s.domain)
    pairs = ["%s=%s" % kv for kv in fill]
    if pos is None:
        pos = R.randint(0, len(pairs))
    pairs.insert(pos, "%s=%s" % (s.name, s.raw))
    return "; ".join(pairs)


def host_of(s):
    return s.domain.lstrip(".")


def site_url(R, s):
    h = host_of(s)
    paths = {
        "claude": ["/api/organizations", "/api/bootstrap"],
        "chatgpt": ["/api/auth/session", "/backend-api/conversations?offset=0&limit=28"],
        "google": ["/feed/subscriptions", "/", "/app"],
        "linkedin": ["/voyager/api/me", "/feed/"],
        "twitter": ["/i/api/graphql/UserTweets", "/home"],
        "instagram": ["/api/v1/users/web_profile_info/?username=natgeo", "/"],
        "slack": ["/api/conversations.history", "/api/users.list"],
        "pixiv": ["/ajax/user/extra", "/ajax/illust/%d" % R.randint(10 ** 7, 10 ** 8)],
        "spotify": ["/get_access_token?reason=transport&productType=web_player"],
        "github": ["/settings/profile", "/notifications"],
        "patreon": ["/api/current_user", "/home"],
        "discord": ["/api/v9/users/@me", "/api/v9/channels/%d/messages?limit=50" % R.randint(10 ** 17, 10 ** 18)],
        "wordpress": ["/wp-admin/", "/wp-json/wp/v2/posts?status=draft"],
    }.get(s.gid, ["/api/v1/me", "/dashboard", "/api/orders?page=2", "/admin/reports/export.csv",
                  "/account/settings", "/api/v2/projects"])
    if s.gid == "spotify":
        h = "open.spotify.com"
    if s.gid == "instagram" or s.gid == "linkedin" or s.gid == "twitter":
        h = "www." + h if not h.startswith("www.") else h
    return "https://" + h + R.choice(paths)


# ---------------------------------------------------------------------------
# positive templates (also re-used for half of the negatives)
# ---------------------------------------------------------------------------
POS = []
SITE_GENS = ["google", "linkedin", "twitter", "instagram", "pixiv", "spotify", "github", "patreon"]
APP_GENS = ["django", "php", "tomcat", "express", "flask", "rails", "devise", "laravel", "laravel-remember",
            "aspnet", "spring", "wordpress", "jwt", "auth0"]


def pos(want="cookie", needle="raw", gens=None, weight=1):
    def deco(fn):
        POS.append({"fn": fn, "want": want, "needle": needle, "gens": gens, "id": fn.__name__, "weight": weight})
        return fn
    return deco


NEUTRAL = ["COOKIE", "AUTH", "sess", "c", "blob", "MAGIC", "raw_cookie", "k", "browser_cookie", "VAL",
           "token", "creds", "login_state", "S", "auth_blob", "COOKIE_VALUE", "sid"]


def varname(R, s, lower=False):
    if R.random() < 0.5:
        v = s.env
    else:
        v = R.choice(NEUTRAL)
    return v.lower() if lower else v


def site_tag(s):
    h = host_of(s).replace("www.", "")
    return h.split(".")[0] if s.gid not in APP_GENS else h.split(".")[1] if h.count(".") >= 2 else h.split(".")[0]


def nc_line(s, R, flag=None, secure=None, exp=None, path="/"):
    dom = s.domain
    if flag is None:
        flag = "TRUE" if dom.startswith(".") else "FALSE"
    if secure is None:
        secure = "TRUE"
    if exp is None:
        exp = ts_future(R)
    return "\t".join([dom, flag, path, secure, str(exp), s.name, s.raw])


def nc_filler(R, s):
    out = []
    dom = s.domain if s.domain.startswith(".") else "." + s.domain
    for k, v in filler_cookies(R, s.domain, R.randint(2, 5)):
        out.append("\t".join([dom, "TRUE", "/", R.choice(["TRUE", "FALSE"]), str(ts_future(R)), k, v]))
    return out


@pos(weight=4)
def t_cookies_txt(R, s):
    lines = ["# Netscape HTTP Cookie File", "# http://curl.haxx.se/rfc/cookie_spec.html",
             "# This is a generated file!  Do not edit.", ""]
    body = nc_filler(R, s)
    body.insert(R.randint(0, len(body)), nc_line(s, R))
    tag = site_tag(s)
    path = R.choice(["cookies.txt", "yt-dlp/cookies.txt", "data/cookies-%s.txt" % tag,
                     "scripts/cookies/%s.txt" % tag, "config/gallery-dl/cookies.txt", "%s_cookies.txt" % tag])
    return path, "\n".join(lines + body) + "\n"


@pos(weight=2)
def t_curl_jar(R, s):
    lines = ["# Netscape HTTP Cookie File", "# https://curl.se/docs/http-cookies.html",
             "# This file was generated by libcurl! Edit at your own risk.", ""]
    body = nc_filler(R, s)
    ln = nc_line(s, R, exp=R.choice([0, ts_future(R)]))
    body.insert(R.randint(0, len(body)), "#HttpOnly_" + ln)
    path = R.choice(["tmp/cookiejar.txt", "tests/fixtures/cookiejar.txt", ".cache/session-cookies.txt",
                     "tools/smoke/jar.txt"])
    return path, "\n".join(lines + body) + "\n"


@pos(gens=["instagram", "twitter", "pixiv", "patreon"])
def t_gallery_dl(R, s):
    site = {"instagram": "instagram", "twitter": "twitter", "pixiv": "pixiv", "patreon": "patreon"}[s.gid]
    cfg = {"extractor": {
        "base-directory": R.choice(["~/gallery-dl/", "/mnt/archive/gallery-dl/", "./downloads/"]),
        "archive": "~/gallery-dl/archive.sqlite3",
        "skip": True,
        site: {"cookies": {s.name: s.raw}, "directory": ["{category}", "{username|user[name]}"],
               "sleep-request": [R.randint(2, 5), R.randint(6, 12)]},
        "postprocessors": [{"name": "metadata", "event": "post", "filename": "{id}.json"}]},
        "downloader": {"rate": "2M", "retries": 4}}
    path = R.choice(["gallery-dl/config.json", "config/gallery-dl.conf", ".config/gallery-dl/config.json"])
    return path, json.dumps(cfg, indent=4) + "\n"


@pos(gens=SITE_GENS)
def t_ytdlp_conf(R, s):
    txt = sub("""# yt-dlp configuration used by the archive job
# see https://github.com/yt-dlp/yt-dlp#configuration

-o "%(uploader)s/%(upload_date)s - %(title)s [%(id)s].%(ext)s"
--format "bv*[height<=%%h%%]+ba/b"
--embed-metadata
--embed-thumbnail
--download-archive archive.txt
--sleep-requests %%sl%%
--add-header "Cookie:%%name%%=%%val%%"
--user-agent "%%ua%%"
""", h=R.choice([720, 1080, 1440]), sl=R.randint(1, 4), name=s.name, val=s.raw, ua=ua(R))
    return R.choice(["yt-dlp.conf", "config/yt-dlp.conf", "archive/yt-dlp.conf"]), txt


def cookie_editor_obj(R, name, value, domain, idx=None, ete=False):
    o = {"domain": domain, "expirationDate": ts_future(R) + R.randint(0, 999999) / 1e6,
         "hostOnly": not domain.startswith("."), "httpOnly": R.random() < 0.6, "name": name, "path": "/",
         "sameSite": R.choice(["lax", "no_restriction", "strict", "unspecified"]), "secure": True,
         "session": False, "storeId": "0" if ete else None, "value": value}
    if ete:
        o["id"] = idx
    return o


@pos(weight=2)
def t_cookie_editor(R, s):
    dom = s.domain if s.domain.startswith(".") else "." + s.domain
    arr = [cookie_editor_obj(R, k, v, dom) for k, v in filler_cookies(R, s.domain)]
    arr.insert(R.randint(0, len(arr)), cookie_editor_obj(R, s.name, s.raw, s.domain))
    tag = site_tag(s)
    path = R.choice(["cookies/%s.json" % tag, "session/%s-cookies.json" % tag, "exports/cookie-editor-%s.json" % tag,
                     "bot/cookies.json"])
    return path, json.dumps(arr, indent=4) + "\n"


@pos()
def t_editthiscookie(R, s):
    dom = s.domain if s.domain.startswith(".") else "." + s.domain
    arr = [cookie_editor_obj(R, k, v, dom, 0, True) for k, v in filler_cookies(R, s.domain)]
    arr.insert(R.randint(0, len(arr)), cookie_editor_obj(R, s.name, s.raw, s.domain, 0, True))
    for i, o in enumerate(arr):
        o["id"] = i + 1
    return R.choice(["fixtures/editthiscookie.json", "scraper/cookies.json", "login/cookies_export.json"]), \
        json.dumps(arr, indent=2, sort_keys=True) + "\n"


@pos(weight=2)
def t_copy_as_curl_b(R, s):
    url = site_url(R, s)
    txt = sub("""#!/usr/bin/env bash
# %%why%%
# (copied from Chrome DevTools -> Network -> Copy as cURL)
set -euo pipefail

curl '%%url%%' \\
  -H 'accept: application/json, text/plain, */*' \\
  -H 'accept-language: en-US,en;q=0.9' \\
  -H 'cache-control: no-cache' \\
  -b '%%ck%%' \\
  -H 'referer: https://%%host%%/' \\
  -H 'sec-fetch-mode: cors' \\
  -H 'user-agent: %%ua%%' \\
  --compressed | jq '.' > out/%%out%%.json
""", why=R.choice(["reproduce the 500 from the export endpoint", "grab the list for the migration",
                   "debug pagination issue (#%d)" % R.randint(100, 999), "fetch raw payload for fixtures"]),
              url=url, ck=cookie_header(R, s), host=host_of(s), ua=ua(R), out=R.choice(["resp", "page2", "raw"]))
    return R.choice(["scripts/repro.sh", "debug/fetch.sh", "tools/curl_export.sh", "repro_%d.sh" % R.randint(1, 99)]), txt


@pos()
def t_curl_H_cookie(R, s):
    txt = sub("""#!/bin/sh
# nightly pull of the report, run from cron on the jump host
OUT_DIR=${OUT_DIR:-/var/tmp/reports}
mkdir -p "$OUT_DIR"

curl -sS --fail --retry 3 \\
     -H "Accept: text/csv" \\
     -H "Cookie: %%ck%%" \\
     "%%url%%" -o "$OUT_DIR/report-$(date +%F).csv"

echo "saved to $OUT_DIR"
""", ck=cookie_header(R, s), url=site_url(R, s))
    return R.choice(["cron/pull_report.sh", "bin/fetch-report", "ops/report.sh"]), txt


@pos()
def t_md_bugreport(R, s):
    txt = sub("""## Bug: %%title%%

**Version:** %%ver%%
**Browser:** Chrome %%cv%% on macOS

### Steps to reproduce

1. Log in and open the dashboard
2. Click *Export*
3. The request below returns `%%code%%`

```bash
curl '%%url%%' \\
  -H 'accept: */*' \\
  -H 'cookie: %%ck%%' \\
  -H 'user-agent: %%ua%%'
```

### Expected

A 200 with the JSON list.

### Actual

```
HTTP/2 %%code%%
content-type: application/json
{"error":"internal"}
```
""", title=R.choice(["export returns 500", "pagination skips page 2", "timeout on large accounts"]),
              ver="%d.%d.%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 9)), cv=R.randint(118, 131),
              code=R.choice([500, 502, 422]), url=site_url(R, s), ck=cookie_header(R, s), ua=ua(R))
    return R.choice(["docs/bugs/export-500.md", "ISSUE.md", ".github/ISSUE_TEMPLATE/../bug-report-draft.md".replace("/../", "/"),
                     "notes/repro-%d.md" % R.randint(10, 400)]), txt


@pos(weight=2)
def t_py_requests_dict(R, s):
    fill = filler_cookies(R, s.domain)
    lines = ["    %r: %r," % (k, v) for k, v in fill]
    lines.insert(R.randint(0, len(lines)), "    %r: %s," % (s.name, s.q("py", "'")))
    txt = sub("""import os
import time

import requests

BASE = "%%base%%"

cookies = {
%%lines%%
}

headers = {
    "User-Agent": "%%ua%%",
    "Accept": "application/json",
}


def fetch(page):
    r = requests.get(BASE + "%%path%%", params={"page": page}, cookies=cookies, headers=headers, timeout=30)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    for p in range(1, %%n%%):
        data = fetch(p)
        print(p, len(data.get("items", [])))
        time.sleep(1.5)
""", base="https://" + host_of(s), lines="\n".join(lines), ua=ua(R),
              path=R.choice(["/api/items", "/api/v1/export", "/ajax/list"]), n=R.randint(5, 40))
    if "os.environ" not in txt:
        txt = txt.replace("import os\n", "", 1)
    return R.choice(["scraper.py", "scripts/export_items.py", "tools/crawl.py", "src/fetch_pages.py"]), txt


@pos()
def t_py_session_set(R, s):
    txt = sub("""\"\"\"Thin wrapper around the web endpoints (no official API).\"\"\"
import logging

import requests

log = logging.getLogger(__name__)


class WebSession:
    def __init__(self):
        self.s = requests.Session()
        self.s.headers.update({"User-Agent": "%%ua%%"})
        self.s.cookies.set(%%nameq%%, %%val%%, domain="%%dom%%")

    def me(self):
        r = self.s.get("%%url%%", timeout=20)
        log.debug("status=%s", r.status_code)
        return r.json()
""", ua=ua(R), nameq=repr(s.name), val=s.q("py"), dom=s.domain, url=site_url(R, s))
    return R.choice(["client/web_session.py", "app/integrations/web.py", "lib/session.py"]), txt


@pos()
def t_py_headers_cookie(R, s):
    txt = sub("""# -*- coding: utf-8 -*-
import json
import random
import time

import requests

HEADERS = {
    "accept": "application/json, text/plain, */*",
    "accept-language": "en-GB,en;q=0.8",
    "cookie": "%%ck%%",
    "user-agent": "%%ua%%",
}

URLS = [
    "%%u1%%",
    "%%u2%%",
]

for u in URLS:
    resp = requests.get(u, headers=HEADERS)
    print(u, resp.status_code)
    with open("dump_%d.json" % int(time.time()), "w") as fh:
        json.dump(resp.json(), fh, indent=2)
    time.sleep(random.uniform(2, 5))
""", ck=cookie_header(R, s), ua=ua(R), u1=site_url(R, s), u2=site_url(R, s))
    return R.choice(["crawler/main.py", "scrape.py", "jobs/pull.py", "notebooks/helpers/fetch.py"]), txt


CTORS = {
    "claude": ("from claude_api import Client", "client = Client(%s)", "client.list_all_conversations()"),
    "chatgpt": ("from revChatGPT.V1 import Chatbot", 'bot = Chatbot(config={"session_token": %s})',
                'bot.ask("summarise the release notes")'),
    "google": ("from gemini_webapi import GeminiClient", "client = GeminiClient(%s, None, proxy=None)",
               "await client.init(timeout=30)"),
    "discord": ("import discum", "bot = discum.Client(token=%s, log=False)", "bot.gateway.run(auto_reconnect=True)"),
    "linkedin": ("from linkedin_api import Linkedin", 'api = Linkedin("", "", cookies={"li_at": %s})',
                 'api.get_profile("williamhgates")'),
    "twitter": ("from twikit import Client", 'client = Client("en-US")\nclient.set_cookies({"auth_token": %s})',
                'client.get_user_by_screen_name("nasa")'),
    "instagram": ("import instaloader", 'L = instaloader.Instaloader()\nL.context._session.cookies.set("sessionid", %s)',
                  'instaloader.Profile.from_username(L.context, "natgeo")'),
    "spotify": ("from syrics.api import Spotify", "sp = Spotify(%s)", 'sp.get_lyrics("4cOdK2wGLETKBW3PvgPWqT")'),
}


@pos(want="token")
def t_py_ctor(R, s):
    imp, ctor, call = CTORS.get(s.gid, ("from .http import SessionClient",
                                        'client = SessionClient("https://%s", session_cookie=%%s)' % host_of(s),
                                        "client.get('/api/v1/me')"))
    txt = "\n".join(["import asyncio", "import logging", "", imp, "", "logging.basicConfig(level=logging.INFO)", "",
                     ctor % s.q("py"), "", "", "async def main():" if "await" in call else "def main():",
                     "    result = " + call, "    logging.info('ok: %s', str(result)[:200])", "", "",
                     "if __name__ == '__main__':",
                     "    asyncio.run(main())" if "await" in call else "    main()", ""])
    return R.choice(["bot.py", "main.py", "app/client.py", "playground/try_%s.py" % s.gid]), txt


@pos(want="token")
def t_py_settings_const(R, s):
    vn = varname(R, s)
    txt = sub("""\"\"\"Local settings for the sync worker.\"\"\"
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = BASE_DIR / "data"
LOG_LEVEL = "%%lvl%%"
POLL_SECONDS = %%poll%%
TARGET_HOST = "%%host%%"

# copied from the browser after logging in
%%vn%% = %%val%%

MAX_RETRIES = 5
""", lvl=R.choice(["INFO", "DEBUG"]), poll=R.choice([30, 60, 300]), host=host_of(s), vn=vn, val=s.q("py"))
    return R.choice(["settings_local.py", "config/local.py", "worker/settings.py", "conf.py"]), txt


@pos()
def t_py_playwright(R, s):
    txt = sub("""import asyncio

from playwright.async_api import async_playwright

COOKIES = [
    {
        "name": %%nameq%%,
        "value": %%val%%,
        "domain": "%%dom%%",
        "path": "/",
        "httpOnly": True,
        "secure": True,
        "sameSite": "Lax",
    }
]


async def run():
    async with async_playwright() as p:
        browser = await p.chromium.launch(headless=True)
        ctx = await browser.new_context(viewport={"width": 1366, "height": 900})
        await ctx.add_cookies(COOKIES)
        page = await ctx.new_page()
        await page.goto("%%url%%")
        await page.screenshot(path="shots/home.png", full_page=True)
        await browser.close()


asyncio.run(run())
""", nameq=json.dumps(s.name), val=s.q("py"), dom=s.domain, url=site_url(R, s))
    return R.choice(["e2e/screenshot.py", "tools/snap.py", "tests/visual/capture.py"]), txt


@pos()
def t_py_selenium(R, s):
    txt = sub("""from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.common.by import By

opts = Options()
opts.add_argument("--headless=new")
opts.add_argument("--window-size=1280,1024")
driver = webdriver.Chrome(options=opts)

driver.get("https://%%host%%/")
driver.add_cookie({"name": %%nameq%%, "value": %%val%%, "path": "/"})
driver.get("%%url%%")

for row in driver.find_elements(By.CSS_SELECTOR, "table tbody tr"):
    print(row.text)

driver.quit()
""", host=host_of(s), nameq=json.dumps(s.name), val=s.q("py"), url=site_url(R, s))
    return R.choice(["selenium_login.py", "automation/read_table.py", "qa/smoke_selenium.py"]), txt


@pos()
def t_js_fetch(R, s):
    txt = sub("""// quick script to pull the list; run with `node fetch-list.mjs`
import fs from 'node:fs/promises';

const url = '%%url%%';

const res = await fetch(url, {
  headers: {
    accept: 'application/json',
    cookie: '%%ck%%',
    'user-agent': '%%ua%%',
  },
});

if (!res.ok) {
  console.error('request failed', res.status);
  process.exit(1);
}
await fs.writeFile('out/list.json', JSON.stringify(await res.json(), null, 2));
console.log('done');
""", url=site_url(R, s), ck=cookie_header(R, s), ua=ua(R))
    return R.choice(["scripts/fetch-list.mjs", "tools/pull.mjs", "fetch-list.mjs"]), txt


@pos()
def t_js_axios(R, s):
    txt = sub("""const axios = require('axios');

const api = axios.create({
  baseURL: 'https://%%host%%',
  timeout: 15000,
  headers: {
    'X-Requested-With': 'XMLHttpRequest',
    Cookie: `%%name%%=%%val%%`,
  },
});

async function listPage(page = 1) {
  const { data } = await api.get('%%path%%', { params: { page, per_page: 50 } });
  return data;
}

module.exports = { api, listPage };
""", host=host_of(s), name=s.name, val=s.raw, path=R.choice(["/api/v1/items", "/api/orders", "/ajax/list"]))
    return R.choice(["src/api/client.js", "lib/http.js", "services/upstream.js"]), txt


@pos()
def t_ts_puppeteer(R, s):
    txt = sub("""import puppeteer from 'puppeteer';

const SESSION = {
  name: %%nameq%%,
  value: %%val%%,
  domain: '%%dom%%',
  path: '/',
  httpOnly: true,
  secure: true,
};

(async () => {
  const browser = await puppeteer.launch({ headless: true });
  const page = await browser.newPage();
  await page.setCookie(SESSION);
  await page.goto('%%url%%', { waitUntil: 'networkidle2' });
  const title = await page.title();
  console.log(`loaded: ${title}`);
  await browser.close();
})();
""", nameq="'" + s.name + "'", val=s.q("ts", "'"), dom=s.domain, url=site_url(R, s))
    return R.choice(["scripts/render.ts", "src/crawler/login.ts", "e2e/session.ts"]), txt


@pos(want="token")
def t_ts_config(R, s):
    vn = R.choice(["sessionToken", "sessionKey", "cookie", "authCookie", "token", "sid", "webSession"])
    txt = sub("""// runtime config for the local proxy
export interface ProxyConfig {
  port: number;
  upstream: string;
  %%vn%%: string;
  retries: number;
}

export const config: ProxyConfig = {
  port: %%port%%,
  upstream: 'https://%%host%%',
  %%vn%%: %%val%%,
  retries: 3,
};

export default config;
""", vn=vn, port=R.choice([3000, 8080, 8787, 5173]), host=host_of(s), val=s.q("ts", "'"))
    return R.choice(["src/config.ts", "proxy/config.ts", "server/settings.ts"]), txt


JS_CTORS = {
    "claude": ("import { Claude } from 'claude-ai';", "const claude = new Claude({ sessionKey: %s });",
               "await claude.init();"),
    "chatgpt": ("import { ChatGPTWebClient } from './chatgpt-web.js';",
                "const api = new ChatGPTWebClient({ sessionToken: %s, model: 'auto' });",
                "const res = await api.sendMessage('hello');"),
    "discord": ("import { Client } from 'discord.js-selfbot-v13';", "const client = new Client();\nconst TOKEN = %s;",
                "await client.login(TOKEN);"),
}


@pos(want="token", gens=["claude", "chatgpt", "discord", "jwt", "google", "linkedin"])
def t_js_ctor(R, s):
    imp, ctor, call = JS_CTORS.get(s.gid, ("import { WebClient } from './web-client.js';",
                                           "const client = new WebClient('https://%s', %%s);" % host_of(s),
                                           "const me = await client.get('/me');"))
    txt = "\n".join([imp, "import 'dotenv/config';", "", ctor % s.q("js", "'"), "", "async function main() {",
                     "  " + call, "  console.log('ready');", "}", "", "main().catch((err) => {",
                     "  console.error(err);", "  process.exitCode = 1;", "});", ""])
    return R.choice(["index.mjs", "src/bot.js", "scripts/try-%s.mjs" % s.gid]), txt


@pos()
def t_js_cookie_module(R, s):
    arr = [{"name": k, "value": v, "domain": s.domain, "path": "/"} for k, v in filler_cookies(R, s.domain)]
    rows = ["  { name: '%s', value: '%s', domain: '%s', path: '/' }," % (o["name"], o["value"], o["domain"]) for o in arr]
    rows.insert(R.randint(0, len(rows)), "  { name: '%s', value: %s, domain: '%s', path: '/', httpOnly: true }," %
                (s.name, s.q("js", "'"), s.domain))
    txt = "// cookies used by the headless job (exported from Cookie-Editor)\nmodule.exports = [\n" + \
        "\n".join(rows) + "\n];\n"
    return R.choice(["cookies.js", "config/cookies.js", "jobs/cookies.cjs"]), txt


@pos()
def t_go_addcookie(R, s):
    txt = sub("""package upstream

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Fetch downloads the page with the logged-in browser session.
func Fetch(ctx context.Context) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "%%url%%", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "%%ua%%")
	req.AddCookie(&http.Cookie{Name: "%%name%%", Value: %%val%%})

	client := &http.Client{Timeout: %%to%% * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("unexpected status %d", resp.StatusCode)
	}
	return io.ReadAll(resp.Body)
}
""", url=site_url(R, s), ua=ua(R), name=s.name, val=s.q("go"), to=R.choice([10, 20, 30]))
    return R.choice(["internal/upstream/fetch.go", "pkg/scrape/fetch.go", "cmd/pull/fetch.go"]), txt


@pos()
def t_go_header(R, s):
    ck = cookie_header(R, s)
    if s.expr and "go" in s.expr:
        line = '\treq.Header.Set("Cookie", "%s="+%s)' % (s.name, s.expr["go"])
    else:
        line = '\treq.Header.Set("Cookie", "%s")' % ck
    txt = sub("""package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
)

func main() {
	req, _ := http.NewRequest("GET", "%%url%%", nil)
	req.Header.Set("Accept", "application/json")
%%line%%
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		log.Fatal(err)
	}
	json.NewEncoder(os.Stdout).Encode(out)
}
""", url=site_url(R, s), line=line)
    return R.choice(["main.go", "cmd/debug/main.go", "tools/peek/main.go"]), txt


@pos(want="token")
def t_go_const(R, s):
    vn = R.choice(["sessionCookie", "authCookie", "webToken", "cookieValue", "sess", "defaultSession"])
    decl = "var %s = %s" % (vn, s.expr["go"]) if (s.expr and "go" in s.expr) else "const %s = %s" % (vn, s.q("go"))
    txt = sub("""package config

import "time"

const (
	BaseURL      = "https://%%host%%"
	PollInterval = %%poll%% * time.Second
	MaxPages     = %%mp%%
)

// TODO(%%user%%): move to secret store before prod
%%decl%%
""", host=host_of(s), poll=R.choice([15, 30, 60]), mp=R.randint(5, 200), user=R.choice(USERS).replace(".", ""),
              decl=decl)
    if s.expr and "os.Getenv" in s.expr.get("go", ""):
        txt = txt.replace('import "time"', 'import (\n\t"os"\n\t"time"\n)')
    return R.choice(["internal/config/config.go", "config/defaults.go"]), txt


@pos()
def t_php_curl(R, s):
    txt = sub("""<?php
// pulls the order list from the old admin panel
$ch = curl_init('%%url%%');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_FOLLOWLOCATION, true);
curl_setopt($ch, CURLOPT_USERAGENT, '%%ua%%');
curl_setopt($ch, CURLOPT_COOKIE, '%%name%%=' . %%val%%);
$body = curl_exec($ch);
if ($body === false) {
    error_log('curl error: ' . curl_error($ch));
    exit(1);
}
curl_close($ch);
file_put_contents(__DIR__ . '/cache/orders.html', $body);
""", url=site_url(R, s), ua=ua(R), name=s.name, val=s.q("php", "'"))
    return R.choice(["cron/pull_orders.php", "scripts/fetch.php", "legacy/import.php"]), txt


@pos()
def t_php_guzzle(R, s):
    txt = sub("""<?php

namespace App\\Services;

use GuzzleHttp\\Client;
use GuzzleHttp\\Cookie\\CookieJar;

class LegacyPortal
{
    private Client $http;

    public function __construct()
    {
        $jar = CookieJar::fromArray([
            '%%name%%' => %%val%%,
        ], '%%dom%%');

        $this->http = new Client([
            'base_uri' => 'https://%%host%%',
            'cookies'  => $jar,
            'timeout'  => 20,
        ]);
    }

    public function invoices(int $page = 1): array
    {
        $res = $this->http->get('/api/invoices', ['query' => ['page' => $page]]);
        return json_decode((string) $res->getBody(), true);
    }
}
""", name=s.name, val=s.q("php", "'"), dom=host_of(s), host=host_of(s))
    return R.choice(["app/Services/LegacyPortal.php", "src/Service/PortalClient.php"]), txt


@pos(want="token")
def t_php_config(R, s):
    key = R.choice(["session_cookie", "cookie", "auth", "web_session", strip_env(s)])
    txt = sub("""<?php

return [
    'base_url' => 'https://%%host%%',
    'timeout' => %%to%%,
    '%%key%%' => %%val%%,
    'user_agent' => '%%ua%%',
    'cache_ttl' => 3600,
];
""", host=host_of(s), to=R.choice([10, 30]), key=key, val=s.q("php", "'"), ua=ua(R))
    return R.choice(["config/scraper.php", "config/portal.php"]), txt


def strip_env(s):
    return s.env.lower()


@pos()
def t_yaml_scraper(R, s):
    val = s.raw
    txt = sub("""# scraper settings
target:
  base_url: https://%%host%%
  start_paths:
    - /
    - %%p%%
  concurrency: %%c%%
  delay_ms: %%d%%

http:
  user_agent: "%%ua%%"
  cookies:
    %%fk%%: "%%fv%%"
    %%name%%: "%%val%%"

output:
  format: jsonl
  dir: ./out
""", host=host_of(s), p=R.choice(["/explore", "/api/list", "/archive"]), c=R.randint(1, 8), d=R.choice([250, 500, 1200]),
              ua=ua(R), fk=filler_cookies(R, s.domain, 1)[0][0], fv=filler_cookies(R, s.domain, 1)[0][1], name=s.name,
              val=val)
    return R.choice(["scraper.yaml", "config/crawl.yml", "conf/spider.yaml"]), txt


@pos(want="token")
def t_gha_workflow(R, s):
    vn = s.env if R.random() < 0.6 else R.choice(["COOKIE", "SESSION", "AUTH_COOKIE"])
    txt = sub("""name: nightly-sync

on:
  schedule:
    - cron: "%%m%% 3 * * *"
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      TARGET_HOST: %%host%%
      %%vn%%: "%%val%%"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python sync.py --since 1d
""", m=R.randint(0, 59), host=host_of(s), vn=vn, val=s.raw)
    return R.choice([".github/workflows/nightly.yml", ".github/workflows/sync.yaml"]), txt


@pos(want="token")
def t_compose(R, s):
    txt = sub("""services:
  worker:
    build: .
    restart: unless-stopped
    environment:
      - TZ=Europe/Berlin
      - LOG_LEVEL=info
      - %%vn%%=%%val%%
    volumes:
      - ./data:/app/data
  redis:
    image: redis:7-alpine
    ports:
      - "6379:6379"
""", vn=varname(R, s), val=s.raw)
    return R.choice(["docker-compose.yml", "compose.yaml", "deploy/docker-compose.dev.yml"]), txt


@pos(want="token")
def t_k8s_configmap(R, s):
    txt = sub("""apiVersion: v1
kind: ConfigMap
metadata:
  name: %%app%%-worker
  namespace: %%ns%%
  labels:
    app.kubernetes.io/name: %%app%%
data:
  TARGET_HOST: "%%host%%"
  POLL_SECONDS: "60"
  %%vn%%: "%%val%%"
""", app=R.choice(APPS), ns=R.choice(["default", "scrapers", "tools"]), host=host_of(s), vn=varname(R, s), val=s.raw)
    return R.choice(["k8s/configmap.yaml", "deploy/worker-config.yaml", "manifests/cm.yml"]), txt


@pos()
def t_http_file(R, s):
    txt = sub("""### list items (copied from browser session)
GET %%url%%
Accept: application/json
Cookie: %%ck%%

###

GET https://%%host%%/api/health
Accept: application/json
""", url=site_url(R, s), ck=cookie_header(R, s), host=host_of(s))
    return R.choice(["requests.http", "api/debug.http", "http/session.http"]), txt


@pos()
def t_rest_file(R, s):
    txt = sub("""@host = https://%%host%%
@%%vn%% = %%val%%

### whoami
GET {{host}}%%p%%
Cookie: %%name%%={{%%vn%%}}
Accept: application/json

### second page
GET {{host}}%%p%%?page=2
Cookie: %%name%%={{%%vn%%}}
""", host=host_of(s), vn=R.choice(["session", "cookie", "sid", "auth"]), val=s.raw,
              p=R.choice(["/api/v1/me", "/api/items", "/account"]), name=s.name)
    return R.choice(["api.rest", "docs/calls.rest", "rest/session.rest"]), txt


@pos()
def t_httpie_session(R, s):
    cookies = [{"domain": "", "expires": None, "name": k, "path": "/", "secure": False, "value": v}
               for k, v in filler_cookies(R, s.domain, R.randint(1, 2))]
    cookies.insert(R.randint(0, len(cookies)), {"domain": "", "expires": ts_future(R), "name": s.name, "path": "/",
                                               "secure": True, "value": s.raw})
    obj = {"__meta__": {"about": "HTTPie session file", "help": "https://httpie.io/docs#sessions",
                        "httpie": R.choice(["3.2.1", "3.2.2", "3.2.4"])},
           "auth": {"password": None, "type": None, "username": None},
           "cookies": cookies,
           "headers": [{"name": "Accept", "value": "application/json"}]}
    h = host_of(s).replace(":", "_")
    return R.choice([".config/httpie/sessions/%s/default.json" % h, "httpie/sessions/%s/dev.json" % h]), \
        json.dumps(obj, indent=4) + "\n"


@pos()
def t_insomnia(R, s):
    jar = {"_id": "jar_" + rs(R, HEXL, 32), "_type": "cookie_jar", "name": "Default Jar",
           "parentId": "wrk_" + rs(R, HEXL, 32),
           "cookies": [{"key": s.name, "value": s.raw, "domain": host_of(s), "path": "/", "secure": True,
                        "httpOnly": True, "hostOnly": True, "creation": iso(R) + ".000Z",
                        "lastAccessed": iso(R) + ".000Z", "id": str(R.random())[2:17]}]}
    req = {"_id": "req_" + rs(R, HEXL, 32), "_type": "request", "name": "list items", "method": "GET",
           "url": site_url(R, s), "headers": [{"name": "Accept", "value": "application/json"}],
           "parentId": jar["parentId"]}
    obj = {"_type": "export", "__export_format": 4, "__export_date": iso(R) + ".000Z",
           "__export_source": "insomnia.desktop.app:v%d.%d.%d" % (R.randint(8, 10), R.randint(0, 6), R.randint(0, 3)),
           "resources": [req, jar]}
    return R.choice(["insomnia/export.json", "docs/api/Insomnia_export.json"]), json.dumps(obj, indent=2) + "\n"


@pos()
def t_bruno(R, s):
    txt = sub("""meta {
  name: list items
  type: http
  seq: %%seq%%
}

get {
  url: %%url%%
  body: none
  auth: none
}

headers {
  Accept: application/json
  Cookie: %%name%%=%%val%%
}
""", seq=R.randint(1, 9), url=site_url(R, s), name=s.name, val=s.raw)
    return R.choice(["bruno/items/list.bru", "collections/portal/get-items.bru"]), txt


@pos()
def t_postman(R, s):
    obj = {"info": {"_postman_id": uuid4(R), "name": R.choice(APPS) + " (browser session)",
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [{"name": "list", "request": {"method": "GET", "header": [
               {"key": "Accept", "value": "application/json"},
               {"key": "Cookie", "value": "%s=%s" % (s.name, s.raw), "type": "text"}],
               "url": {"raw": site_url(R, s)}}, "response": []}]}
    return R.choice(["postman/collection.json", "docs/postman_collection.json"]), json.dumps(obj, indent="\t") + "\n"


def har_entry(R, s, url, with_secret=True):
    ck = filler_cookies(R, s.domain)
    cookies = [{"name": k, "value": v} for k, v in ck]
    if with_secret:
        cookies.insert(R.randint(0, len(cookies)), {"name": s.name, "value": s.raw})
    return {"startedDateTime": iso(R) + ".%03dZ" % R.randint(0, 999), "time": round(R.uniform(20, 900), 3),
            "request": {"method": "GET", "url": url, "httpVersion": "http/2.0",
                        "headers": [{"name": ":authority", "value": host_of(s)},
                                    {"name": "accept", "value": "application/json"},
                                    {"name": "user-agent", "value": ua(R)}],
                        "queryString": [], "cookies": cookies, "headersSize": -1, "bodySize": 0},
            "response": {"status": 200, "statusText": "", "httpVersion": "http/2.0",
                         "headers": [{"name": "content-type", "value": "application/json"},
                                     {"name": "x-request-id", "value": uuid4(R)}],
                         "cookies": [], "content": {"size": R.randint(200, 90000), "mimeType": "application/json"},
                         "redirectURL": "", "headersSize": -1, "bodySize": -1},
            "cache": {}, "timings": {"blocked": 1.2, "dns": -1, "ssl": -1, "connect": -1, "send": 0.1,
                                     "wait": round(R.uniform(10, 800), 3), "receive": 2.4}}


@pos()
def t_har(R, s):
    obj = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [],
                   "entries": [har_entry(R, s, site_url(R, s))]}}
    return R.choice(["debug/network.har", "docs/repro/%s.har" % site_tag(s), "tests/fixtures/session.har"]), \
        json.dumps(obj, indent=2) + "\n"


@pos()
def t_charles(R, s):
    arr = [{"status": "COMPLETE", "method": "GET", "protocolVersion": "HTTP/1.1", "scheme": "https",
            "host": host_of(s), "actualPort": 443, "path": R.choice(["/api/v1/me", "/api/items"]), "query": None,
            "tunnel": False, "keptAlive": True, "webSocket": False, "remoteAddress": host_of(s) + "/10.%d.%d.%d" % (
                R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
            "times": {"start": iso(R) + ".000+00:00"},
            "request": {"header": {"firstLine": "GET /api/items HTTP/1.1", "headers": [
                {"name": "Host", "value": host_of(s)},
                {"name": "Cookie", "value": cookie_header(R, s)},
                {"name": "User-Agent", "value": ua(R)}]}},
            "response": {"status": 200, "header": {"headers": [{"name": "Content-Type", "value": "application/json"}]}}}]
    return R.choice(["captures/session.chlsj", "charles/export.chlsj"]), json.dumps(arr, indent=2) + "\n"


@pos()
def t_fiddler_raw(R, s):
    url = site_url(R, s)
    txt = sub("""GET %%url%% HTTP/1.1
Host: %%host%%
Connection: keep-alive
Accept: application/json, text/plain, */*
User-Agent: %%ua%%
Referer: https://%%host%%/
Accept-Encoding: gzip, deflate, br
Accept-Language: en-US,en;q=0.9
Cookie: %%ck%%

""", url=url, host=host_of(s), ua=ua(R), ck=cookie_header(R, s))
    return R.choice(["captures/fiddler_request.txt", "docs/raw-request.txt", "traffic/req_%03d.txt" % R.randint(1, 300)]), txt


@pos()
def t_debug_log(R, s):
    lines = []
    for i in range(R.randint(3, 6)):
        lines.append("%s INFO  [worker-%d] GET /healthz 200 %dms" % (iso(R), R.randint(1, 4), R.randint(1, 20)))
    lines.append("%s DEBUG [http] >>> GET %s" % (iso(R), site_url(R, s)))
    lines.append("%s DEBUG [http] >>> Accept: application/json" % iso(R))
    lines.append("%s DEBUG [http] >>> Cookie: %s" % (iso(R), cookie_header(R, s)))
    lines.append("%s DEBUG [http] <<< 200 OK (%d bytes) x-request-id=%s" % (iso(R), R.randint(300, 9000), uuid4(R)))
    for i in range(R.randint(2, 5)):
        lines.append("%s INFO  [worker-%d] processed batch %d" % (iso(R), R.randint(1, 4), R.randint(1, 900)))
    return R.choice(["logs/worker.log", "debug.log", "var/log/sync-debug.log"]), "\n".join(lines) + "\n"


@pos(gens=APP_GENS)
def t_setcookie_log(R, s):
    lines = ["> POST /login HTTP/1.1", "> Host: %s" % host_of(s), "> Content-Type: application/x-www-form-urlencoded",
             ">", "< HTTP/1.1 302 Found", "< Location: /dashboard",
             "< Set-Cookie: %s=%s; Path=/; Expires=Fri, 01 Jan 2027 00:00:00 GMT; HttpOnly; Secure; SameSite=Lax" % (
                 s.name, s.raw),
             "< Set-Cookie: lang=en-US; Path=/", "< X-Request-Id: %s" % uuid4(R), "<"]
    head = "# curl -v output attached to ticket %s-%d\n" % (R.choice(["OPS", "SUP", "BUG"]), R.randint(100, 9999))
    return R.choice(["logs/login-trace.txt", "tickets/curl-verbose.log", "debug/login.log"]), head + "\n".join(lines) + "\n"


@pos(want="token")
def t_readme_export(R, s):
    txt = sub("""# %%app%% exporter

Small tool that exports your data through the web endpoints.

## Setup

```bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
export %%vn%%=%%val%%
python export.py --out data/
```

The value comes from the browser (DevTools -> Application -> Cookies -> `%%name%%`).

## License

MIT
""", app=R.choice(APPS), vn=s.env, val=s.raw, name=s.name)
    return R.choice(["README.md", "tools/exporter/README.md"]), txt


@pos()
def t_notes_md(R, s):
    txt = sub("""# debugging notes %%d%%

- staging login redirects twice, see HAR in the ticket
- session cookie from my browser (expires next week):

    %%name%%=%%val%%

- /api/v1/me returns 200 with it, 401 without
- TODO: ask %%u%% about the SSO callback
""", d=iso(R)[:10], name=s.name, val=s.raw, u=R.choice(USERS))
    return R.choice(["notes/debug.md", "docs/scratch.md", "NOTES.md"]), txt


@pos(want="token")
def t_dotenv(R, s):
    txt = sub("""# local development
APP_ENV=local
LOG_LEVEL=debug
TARGET_HOST=%%host%%
%%vn%%=%%val%%
""", host=host_of(s), vn=s.env, val=s.raw)
    return R.choice([".env", ".env.local"]), txt


@pos(want="token")
def t_env_sh(R, s):
    txt = sub("""#!/usr/bin/env bash
# source me: . scripts/env.sh
export APP_ENV=dev
export TARGET_HOST=%%host%%
export %%vn%%='%%val%%'
export HTTP_TIMEOUT=30
""", host=host_of(s), vn=varname(R, s), val=s.raw)
    return R.choice(["scripts/env.sh", "env/dev.sh", "setenv.sh"]), txt


@pos(want="token")
def t_toml(R, s):
    txt = sub("""[general]
name = "%%app%%-sync"
interval = "%%iv%%"

[target]
host = "%%host%%"
%%key%% = "%%val%%"

[output]
path = "./data"
format = "parquet"
""", app=R.choice(APPS), iv=R.choice(["5m", "1h", "30s"]), host=host_of(s),
              key=R.choice(["session_cookie", "cookie", "session", "auth"]), val=s.raw)
    return R.choice(["config.toml", "settings.toml", "conf/sync.toml"]), txt


@pos()
def t_ini(R, s):
    txt = sub("""[DEFAULT]
timeout = 30
retries = 3

[%%sec%%]
url = https://%%host%%
cookie_name = %%name%%
cookie_value = %%val%%

[output]
dir = ./out
""", sec=R.choice(["portal", "session", "browser"]), host=host_of(s), name=s.name, val=s.raw)
    return R.choice(["settings.ini", "config/portal.ini", "scraper.cfg"]), txt


@pos()
def t_appsettings(R, s):
    obj = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
           "AllowedHosts": "*",
           "Upstream": {"BaseUrl": "https://" + host_of(s), "CookieName": s.name, "CookieValue": s.raw,
                        "TimeoutSeconds": R.choice([15, 30])}}
    return R.choice(["appsettings.Development.json", "src/Api/appsettings.Local.json"]), json.dumps(obj, indent=2) + "\n"


@pos()
def t_csharp(R, s):
    txt = sub("""using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace Tools.Export
{
    public static class PortalClient
    {
        public static async Task<string> GetAsync(string path)
        {
            var cookies = new CookieContainer();
            cookies.Add(new Uri("https://%%host%%"), new Cookie("%%name%%", %%val%%));
            using var handler = new HttpClientHandler { CookieContainer = cookies };
            using var http = new HttpClient(handler) { BaseAddress = new Uri("https://%%host%%") };
            return await http.GetStringAsync(path);
        }
    }
}
""", host=host_of(s), name=s.name, val=s.q("cs"))
    return R.choice(["src/Tools.Export/PortalClient.cs", "Export/PortalClient.cs"]), txt


@pos()
def t_java_jsoup(R, s):
    txt = sub("""package com.example.crawler;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

public class PageFetcher {
    private static final String BASE = "https://%%host%%";

    public Document fetch(String path) throws IOException {
        return Jsoup.connect(BASE + path)
                .userAgent("%%ua%%")
                .cookie("%%name%%", %%val%%)
                .timeout(20_000)
                .get();
    }
}
""", host=host_of(s), ua=ua(R), name=s.name, val=s.q("java"))
    return R.choice(["src/main/java/com/example/crawler/PageFetcher.java"]), txt


@pos()
def t_ruby(R, s):
    txt = sub("""require "faraday"
require "json"

conn = Faraday.new(url: "https://%%host%%") do |f|
  f.request :retry, max: 3
  f.adapter Faraday.default_adapter
end
conn.headers["Cookie"] = "%%name%%=" + %%val%%
conn.headers["Accept"] = "application/json"

resp = conn.get("%%p%%")
puts JSON.pretty_generate(JSON.parse(resp.body)).lines.first(20).join
""", host=host_of(s), name=s.name, val=s.q("rb"), p=R.choice(["/api/v1/me", "/orders.json", "/admin/users.json"]))
    return R.choice(["script/peek.rb", "lib/tasks/peek.rb", "bin/fetch.rb"]), txt


@pos()
def t_powershell(R, s):
    txt = sub("""# Pulls the report with the browser session (Invoke-WebRequest)
$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession
$session.UserAgent = "%%ua%%"
$session.Cookies.Add((New-Object System.Net.Cookie("%%name%%", %%val%%, "/", "%%dom%%")))

$resp = Invoke-WebRequest -UseBasicParsing -Uri "%%url%%" -WebSession $session
$resp.Content | Out-File -Encoding utf8 .\\report.json
Write-Host "saved $($resp.RawContentLength) bytes"
""", ua=ua(R), name=s.name, val=s.q("ps1"), dom=host_of(s), url=site_url(R, s))
    return R.choice(["scripts/Get-Report.ps1", "tools/pull.ps1"]), txt


@pos(want="token")
def t_dockerfile(R, s):
    txt = sub("""FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV PYTHONUNBUFFERED=1 \\
    TARGET_HOST=%%host%% \\
    %%vn%%="%%val%%"

CMD ["python", "worker.py"]
""", host=host_of(s), vn=varname(R, s), val=s.raw)
    return R.choice(["Dockerfile", "docker/worker.Dockerfile"]), txt


@pos()
def t_terraform(R, s):
    txt = sub("""resource "datadog_synthetics_test" "dashboard_logged_in" {
  name      = "dashboard loads for logged-in user"
  type      = "api"
  subtype   = "http"
  status    = "live"
  locations = ["aws:eu-central-1"]

  request_definition {
    method = "GET"
    url    = "%%url%%"
  }

  request_headers = {
    Accept = "text/html"
    Cookie = "%%name%%=%%val%%"
  }

  assertion {
    type     = "statusCode"
    operator = "is"
    target   = "200"
  }

  options_list {
    tick_every = 900
  }
}
""", url=site_url(R, s), name=s.name, val=s.raw)
    return R.choice(["terraform/synthetics.tf", "infra/monitoring/synthetics.tf"]), txt


@pos()
def t_wget(R, s):
    txt = sub("""#!/bin/bash
# mirror the member-only docs section
wget --mirror --convert-links --adjust-extension --page-requisites --no-parent \\
     --wait=1 --random-wait \\
     --header="Cookie: %%name%%=%%val%%" \\
     --user-agent="%%ua%%" \\
     https://%%host%%/docs/
""", name=s.name, val=s.raw, ua=ua(R), host=host_of(s))
    return R.choice(["mirror.sh", "scripts/mirror-docs.sh"]), txt


@pos()
def t_ipynb(R, s):
    src1 = ["import pandas as pd\n", "import requests\n"]
    src2 = ["cookies = {%r: %s}\n" % (s.name, s.q("py", "'")),
            "r = requests.get(%r, cookies=cookies)\n" % site_url(R, s), "df = pd.DataFrame(r.json()['items'])\n",
            "df.head()"]
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# quick look at the export\n"]},
                    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": src1},
                    {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": src2}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return R.choice(["notebooks/explore.ipynb", "analysis/export.ipynb"]), json.dumps(nb, indent=1) + "\n"


@pos(want="slackpair", needle="extra", gens=["slack"])
def t_slack_py_pair(R, s):
    txt = sub("""from slack_sdk import WebClient

# browser session (xoxc token + d cookie) -- no app install needed
client = WebClient(token=%%tok%%, headers={"cookie": "d=%%d%%"})

resp = client.conversations_history(channel="%%ch%%", limit=200)
for m in resp["messages"]:
    print(m.get("user"), m.get("text", "")[:80])
""", tok=s.qx("py"), d=s.raw, ch="C0" + rs(R, UPPER + DIG, 9))
    return R.choice(["slack_export.py", "tools/slack/history.py"]), txt


@pos(want="slackpair", needle="extra", gens=["slack"])
def t_slack_curl_pair(R, s):
    tok = s.extra if not (s.expr and "sh" in s.expr) else "${SLACK_TOKEN}"
    txt = sub("""#!/bin/sh
# check which workspace the browser session belongs to
curl -s https://%%ws%%.slack.com/api/auth.test -H "Authorization: Bearer %%tok%%" -b "d=%%d%%" | jq .
""", ws=R.choice(APPS), tok=tok, d=s.raw)
    return R.choice(["scripts/slack-whoami.sh", "bin/slack-auth-test"]), txt


@pos(gens=["slack"])
def t_slack_cookie_only(R, s):
    txt = sub("""{
  "workspace": "%%ws%%",
  "team_id": "T0%%tid%%",
  "cookie_d": "%%d%%",
  "export_dir": "./slack-export",
  "channels": ["general", "eng-alerts"]
}
""", ws=R.choice(APPS), tid=rs(R, UPPER + DIG, 8), d=s.raw)
    return R.choice(["slackdump.json", "config/slack.json"]), txt


@pos()
def t_burp_md(R, s):
    txt = sub("""### Finding %%n%%: IDOR on `/api/users/{id}`

**Severity:** High

Request (Burp Repeater):

```http
GET /api/users/%%uid%% HTTP/2
Host: %%host%%
Cookie: %%ck%%
Accept: application/json
User-Agent: %%ua%%
```

The server returns the profile of another tenant. Remediation: check ownership in the handler.
""", n=R.randint(1, 14), uid=R.randint(100, 99999), host=host_of(s), ck=cookie_header(R, s), ua=ua(R))
    return R.choice(["pentest/findings.md", "security/report-%d.md" % R.randint(2023, 2026)]), txt


@pos()
def t_sql(R, s):
    txt = sub("""-- seed data for local scraper runs
INSERT INTO scraper_accounts (id, label, host, cookie_name, cookie_value, created_at)
VALUES (%%id%%, '%%label%%', '%%host%%', '%%name%%', '%%val%%', '%%ts%%');

UPDATE scraper_accounts SET active = TRUE WHERE id = %%id%%;
""", id=R.randint(1, 40), label=R.choice(USERS), host=host_of(s), name=s.name, val=s.raw, ts=iso(R).replace("T", " "))
    return R.choice(["db/seed/accounts.sql", "sql/seed_dev.sql"]), txt


@pos()
def t_csv(R, s):
    rows = ["label,host,cookie_name,cookie_value,proxy"]
    rows.append("%s,%s,%s,%s,socks5://10.0.%d.%d:1080" % (R.choice(USERS), host_of(s), s.name, s.raw,
                                                         R.randint(0, 9), R.randint(2, 250)))
    return R.choice(["accounts.csv", "data/sessions.csv"]), "\n".join(rows) + "\n"


@pos()
def t_jmeter(R, s):
    txt = sub("""<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <CookieManager guiclass="CookiePanel" testclass="CookieManager" testname="HTTP Cookie Manager">
      <collectionProp name="CookieManager.cookies">
        <elementProp name="%%name%%" elementType="Cookie" testname="%%name%%">
          <stringProp name="Cookie.value">%%val%%</stringProp>
          <stringProp name="Cookie.domain">%%dom%%</stringProp>
          <stringProp name="Cookie.path">/</stringProp>
          <boolProp name="Cookie.secure">true</boolProp>
        </elementProp>
      </collectionProp>
      <boolProp name="CookieManager.clearEachIteration">false</boolProp>
    </CookieManager>
  </hashTree>
</jmeterTestPlan>
""", name=s.name, val=s.raw, dom=host_of(s))
    return R.choice(["load/plan.jmx", "perf/logged-in.jmx"]), txt


@pos()
def t_properties(R, s):
    txt = sub("""# local overrides
server.port=%%port%%
upstream.base-url=https://%%host%%
upstream.cookie.name=%%name%%
upstream.cookie.value=%%val%%
upstream.timeout=20s
""", port=R.choice([8080, 8081, 9000]), host=host_of(s), name=s.name, val=s.raw)
    return R.choice(["src/main/resources/application-local.properties", "config/application-dev.properties"]), txt


@pos()
def t_k6(R, s):
    txt = sub("""import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = { vus: %%vus%%, duration: '%%dur%%' };

export function setup() {
  const jar = http.cookieJar();
  jar.set('https://%%host%%', '%%name%%', %%val%%);
}

export default function () {
  const res = http.get('%%url%%');
  check(res, { 'status 200': (r) => r.status === 200 });
  sleep(1);
}
""", vus=R.choice([5, 10, 50]), dur=R.choice(["30s", "2m", "5m"]), host=host_of(s), name=s.name,
              val=s.q("js", "'"), url=site_url(R, s))
    return R.choice(["load/k6-dashboard.js", "perf/smoke.js"]), txt


@pos()
def t_cypress(R, s):
    txt = sub("""describe('dashboard (logged in)', () => {
  beforeEach(() => {
    cy.setCookie('%%name%%', %%val%%, { domain: '%%dom%%', secure: true });
  });

  it('shows the widgets', () => {
    cy.visit('/dashboard');
    cy.get('[data-test=widget]').should('have.length.at.least', 3);
  });
});
""", name=s.name, val=s.q("js", "'"), dom=host_of(s))
    return R.choice(["cypress/e2e/dashboard.cy.js", "e2e/dashboard.cy.ts"]), txt


@pos()
def t_locust(R, s):
    txt = sub("""from locust import HttpUser, between, task


class LoggedInUser(HttpUser):
    wait_time = between(1, 3)
    host = "https://%%host%%"

    def on_start(self):
        self.client.cookies.update({%%nameq%%: %%val%%})

    @task(3)
    def dashboard(self):
        self.client.get("/dashboard")

    @task
    def search(self):
        self.client.get("/api/search", params={"q": "invoice"})
""", host=host_of(s), nameq=repr(s.name), val=s.q("py"))
    return R.choice(["locustfile.py", "load/locustfile.py"]), txt


@pos(gens=["tomcat", "php"])
def t_url_session(R, s):
    host = host_of(s)
    if s.gid == "tomcat":
        url = "https://%s/shop/cart.do;jsessionid=%s?item=%d" % (host, s.raw, R.randint(1000, 99999))
    else:
        url = "https://%s/checkout.php?step=2&PHPSESSID=%s" % (host, s.raw)
    txt = sub("""# Support ticket %%t%%: checkout link from the customer's e-mail

Customer says the link below "logs her in as someone else".  Reproduced on
staging with the same URL (session id is rewritten into the URL because the
browser had cookies disabled):

    %%url%%

Steps: open the link in a private window -> cart of another account is shown.
Related: url-rewriting should be disabled (`tracking-mode` COOKIE only).
""", t="%s-%d" % (R.choice(["SUP", "HELP", "CS"]), R.randint(1000, 99999)), url=url)
    return R.choice(["docs/tickets/checkout-link.md", "support/ticket-notes.md"]), txt


@pos(want="bearer")
def t_py_bearer(R, s):
    hv = ("Bearer " + s.raw) if s.gid == "jwt" else s.raw
    if s.expr and "py" in s.expr:
        line = '    "Authorization": %s,' % (('"Bearer " + ' + s.expr["py"]) if s.gid == "jwt" else s.expr["py"])
    else:
        line = '    "Authorization": "%s",' % hv
    txt = sub("""import requests

API = "%%api%%"
HEADERS = {
%%line%%
    "Content-Type": "application/json",
}

r = requests.get(API, headers=HEADERS, timeout=15)
print(r.status_code, r.text[:300])
""", api=site_url(R, s), line=line)
    return R.choice(["whoami.py", "scripts/check_token.py", "debug/api_call.py"]), txt


@pos(want="bearer")
def t_curl_bearer(R, s):
    hv = ("Bearer " + s.raw) if s.gid == "jwt" else s.raw
    txt = sub("""# copied from the network tab
curl '%%url%%' \\
  -H 'accept: */*' \\
  -H 'authorization: %%hv%%' \\
  -H 'user-agent: %%ua%%'
""", url=site_url(R, s), hv=hv, ua=ua(R))
    return R.choice(["curl.txt", "docs/debug/request.sh", "scratch/call.sh"]), txt


# ---------------------------------------------------------------------------
# negatives, part 1: positive templates with a non-secret in the slot
# ---------------------------------------------------------------------------
DOC_EXAMPLES = {
    "discord": ["MjQ1NTU5MDg3NTI0MjE2ODMy.DulyxA.brcD2xRAqjACTuMcGPwy4TWVQdg",
                "OTY4NTU2MzQ4MzkwMzkxODU5.G49NjP.pD8PLpKp-Xx8sr-8m1DCxSPTJZdcpcJZOExc1c",
                "ODY4MDcxODUzMDMyMzU3OTc4.YPqU6Q.jNJcq1daGG3otexX3c1LcxCpgpQ"],
    "jwt": ["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"],
    "laravel": ["eyJpdiI6Ill5MmZleG5ycTBaZmQ5NnRDT3N3dVE9PSIsInZhbHVlIjoiTmgrRnlqajJjUk9qTk1qeHJLU21LUT09IiwibWFjIjoiNWEzZDRjZWMwMjg0ZDhlMjhlZWRiODg3ZWQ5MTcxN2I5N2JjY2ZmMzc0NTYyOTI5MThmOTk4YjAyZjM1YTRjMyJ9"],
    "flask": ["my string.wh6tMHxLgJqB6oY1uT73iMlyrOA"],
    "slack": ["xoxd-cookiegoeshere"],
    "claude": ["sk-ant-sid01-*****"],
}
GENERIC_DOC = [("SID", "31d4d96e407aad42"), ("sessionId", "38afes7a8"), ("id", "a3fWa"),
               ("NETSCAPE_ID", "100103"), ("lang", "en-US")]

PLACEHOLDERS = ["<your-session-cookie>", "YOUR_SESSION_ID_HERE", "changeme", "x" * 32, "PASTE_COOKIE_HERE",
                "<paste value from DevTools>", "REPLACE_ME", "...", "TODO", "<SESSION>", "your-cookie-value",
                "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "insert-cookie-here", "dummy", "null"]
PREFIXED_PLACEHOLDERS = {
    "claude": ["sk-ant-sid01-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "sk-ant-sid01-your-session-key"],
    "slack": ["xoxd-XXXXXXXXXXXXXXXXXXXXXXXX", "xoxd-your-d-cookie"],
    "chatgpt": [JWE_DIR + "..<paste-the-rest>", "<__Secure-next-auth.session-token value>"],
    "google": ["g.a000XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "g.a000...your-psid"],
    "linkedin": ["AQEDA_YOUR_LI_AT_COOKIE", "AQEDAXXXXXXXXXXXXXXXXXXXX"],
    "express": ["s%3A<session-id>.<signature>", "s:xxxxxxxx.yyyyyyyy"],
    "wordpress": ["admin%7C<expiration>%7C<token>%7C<hmac>"],
    "tomcat": ["0000000000000000000000000000000000", "ABCDEF0123456789ABCDEF0123456789"],
    "discord": ["YOUR.DISCORD.TOKEN", "<discord user token>"],
    "jwt": ["eyJhbGciOi...", "<jwt>"],
    "aspnet": ["CfDJ8...", "CfDJ8<truncated>"],
}
MASKS = ["********", "[REDACTED]", "<redacted>", "***REDACTED***", "••••••••".replace("•", "*"), "(hidden)",
         "<removed>", "xxx-redacted-xxx"]
SECRET_REFS = ["op://Private/%(site)s session/cookie", "vault:secret/data/scraper#%(name)s",
               "sm://projects/%(site)s-tools/secrets/%(env)s/versions/latest",
               "arn:aws:secretsmanager:eu-west-1:123456789012:secret:%(site)s/%(env)s",
               "keyring:%(site)s/%(name)s", "pass show web/%(site)s/cookie"]
TEMPLATE_EXPRS = ["{{ .Values.session.cookie }}", "{{ session_cookie }}", "<%%= ENV[\"%(env)s\"] %%>",
                  "${{ secrets.%(env)s }}", "%%(%(low)s)s", "#{%(env)s}", "{{%(low)s}}"]
PUBLIC_SWAP = [("_ga", lambda R: "GA1.1.%d.%d" % (R.randint(10 ** 8, 10 ** 10), ts_recent(R))),
               ("cookieconsent_status", lambda R: "dismiss"),
               ("lang", lambda R: R.choice(["en-US", "de-DE"])),
               ("li_gc", lambda R: "MTswOzE3%s" % rs(R, DIG, 12)),
               ("theme", lambda R: "dark"),
               ("_gid", lambda R: "GA1.2.%d.%d" % (R.randint(10 ** 8, 10 ** 10), ts_recent(R))),
               ("OptanonConsent", lambda R: "isGpcEnabled=0&datestamp=Mon+Mar+03+2025&version=202409.1.0&groups=C0001%3A1%2CC0002%3A0")]

CODE_LANGS = ["py", "js", "ts", "go", "php", "rb", "cs", "java", "ps1", "sh"]


def env_exprs(env):
    return {"py": 'os.environ["%s"]' % env, "js": "process.env.%s" % env, "ts": "process.env.%s!" % env,
            "go": 'os.Getenv("%s")' % env, "php": "getenv('%s')" % env, "rb": 'ENV.fetch("%s")' % env,
            "cs": 'Environment.GetEnvironmentVariable("%s")' % env, "java": 'System.getenv("%s")' % env,
            "ps1": "$env:%s" % env, "sh": "${%s}" % env}


def secret_exprs(ref):
    return {"py": 'secret_store.get("%s")' % ref, "js": "await secretStore.get('%s')" % ref,
            "ts": "await secretStore.get('%s')" % ref, "go": 'secrets.MustGet("%s")' % ref,
            "php": "$secrets->get('%s')" % ref, "rb": 'Secrets.fetch("%s")' % ref,
            "cs": '_secrets.Get("%s")' % ref, "java": 'secrets.get("%s")' % ref,
            "ps1": "(Get-Secret -Name '%s' -AsPlainText)" % ref}


def make_neg_slot(R, sec, want):
    s = Slot(sec)
    s.neg = True
    kinds = ["placeholder", "placeholder", "empty", "masked", "envref", "envref", "secretref", "template",
             "docexample"]
    if want == "cookie":
        kinds += ["public", "public", "deleted"]
    k = R.choice(kinds)
    site = site_tag(s)
    fmt = {"site": site, "name": s.name, "env": s.env, "low": s.env.lower()}
    if k == "placeholder":
        pool = PLACEHOLDERS + PREFIXED_PLACEHOLDERS.get(s.gid, []) * 2
        s.raw = R.choice(pool)
    elif k == "empty":
        s.raw = ""
    elif k == "masked":
        m = R.choice(MASKS)
        if R.random() < 0.4 and sec["value"]:
            m = sec["value"][:4] + "****"
        s.raw = m
    elif k == "envref":
        s.raw = R.choice(["${%s}", "$%s", "%%%s%%"]) % s.env
        s.expr = env_exprs(s.env)
    elif k == "secretref":
        s.raw = R.choice(SECRET_REFS) % fmt
        s.expr = secret_exprs(s.raw)
    elif k == "template":
        s.raw = R.choice(TEMPLATE_EXPRS) % fmt
    elif k == "docexample":
        if s.gid in DOC_EXAMPLES and R.random() < 0.7:
            s.raw = R.choice(DOC_EXAMPLES[s.gid])
        else:
            n, v = R.choice(GENERIC_DOC)
            s.raw = v
            if want == "cookie":
                s.name = n
    elif k == "public":
        if R.random() < 0.5:
            n, fn = R.choice(PUBLIC_SWAP)
            s.name, s.raw = n, fn(R)
        else:
            s.name, s.raw = filler_cookies(R, s.domain, 1)[0]
    elif k == "deleted":
        s.raw = R.choice(["deleted", "", "\"\""])
    if s.extra is not None:
        s.extra = {"envref": "${SLACK_TOKEN}", "masked": "xoxc-****", "empty": ""}.get(
            k, R.choice(["xoxc-tokengoeshere", "xoxc-XXXXXXXXXX-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXX", "<xoxc token>"]))
    return s, k


# ---------------------------------------------------------------------------
# negatives, part 2: look-alikes of the domain
# ---------------------------------------------------------------------------
LOOK = []


def look(kind, provider="none"):
    def deco(fn):
        LOOK.append({"fn": fn, "kind": kind, "provider": provider, "id": fn.__name__})
        return fn
    return deco


def _fake_sec(R, host=None):
    return {"domain": "." + (host or app_host(R))}


@look("analytics-cookies", "google-analytics")
def la_analytics_cookies_txt(R):
    dom = "." + app_host(R)
    t = ts_recent(R)
    rows = [(k, v) for k, v in filler_cookies(R, dom, R.randint(3, 6))]
    rows.append(("__stripe_mid", uuid4(R) + rs(R, HEXL, 6)))
    rows.append(("__stripe_sid", uuid4(R) + rs(R, HEXL, 6)))
    R.shuffle(rows)
    out = ["# Netscape HTTP Cookie File", "# analytics / consent only - exported for the tracking audit", ""]
    for k, v in rows:
        out.append("\t".join([dom, "TRUE", "/", "FALSE", str(t + R.randint(86400, 63072000)), k, v]))
    return R.choice(["audit/cookies-before-consent.txt", "cookies.txt", "docs/privacy/cookies_sample.txt"]), "\n".join(out) + "\n"


@look("analytics-cookies", "google")
def la_youtube_consent_txt(R):
    out = ["# Netscape HTTP Cookie File", "# This is a generated file!  Do not edit.", ""]
    for k, v in filler_cookies(R, ".youtube.com", 5):
        out.append("\t".join([".youtube.com", "TRUE", "/", "TRUE", str(ts_future(R)), k, v]))
    out.append("\t".join([".youtube.com", "TRUE", "/", "TRUE", str(ts_future(R)), "SOCS", "CAI"]))
    return R.choice(["yt-dlp/cookies-anon.txt", "cookies-youtube-logged-out.txt"]), "\n".join(out) + "\n"


@look("deleted-cookie")
def la_logout_log(R):
    host = app_host(R)
    name = R.choice(["sessionid", "PHPSESSID", "connect.sid", "laravel_session", "_app_session", "JSESSIONID"])
    txt = sub("""# logout trace (curl -v), session cookie is cleared by the server
> POST /logout HTTP/1.1
> Host: %%host%%
>
< HTTP/1.1 302 Found
< Location: /login
< Set-Cookie: %%name%%=%%v%%; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; HttpOnly
< Set-Cookie: remember_token=; Max-Age=0; Path=/
< X-Request-Id: %%rid%%
""", host=host, name=name, v=R.choice(["deleted", "", '""']), rid=uuid4(R))
    return R.choice(["logs/logout-trace.txt", "docs/debug/logout.log"]), txt


@look("analytics-cookies")
def la_cookie_editor_consent(R):
    dom = "." + app_host(R)
    arr = [cookie_editor_obj(R, k, v, dom) for k, v in filler_cookies(R, dom, R.randint(3, 5))]
    return R.choice(["exports/cookies-consent-only.json", "fixtures/consent_cookies.json"]), json.dumps(arr, indent=4) + "\n"


@look("doc-example", "ietf-rfc6265")
def la_rfc_docs(R):
    txt = """# How sessions work in this service

The server sets a session cookie after login (example from RFC 6265, section 3.1):

```
Set-Cookie: SID=31d4d96e407aad42; Path=/; Secure; HttpOnly
Set-Cookie: lang=en-US; Path=/; Domain=example.com
```

and the browser sends it back:

```
Cookie: SID=31d4d96e407aad42; lang=en-US
```

MDN uses the same pattern:

```
Set-Cookie: sessionId=38afes7a8
Set-Cookie: id=a3fWa; Expires=Thu, 21 Oct 2021 07:28:00 GMT; Secure; HttpOnly
```

To log out, the server overwrites the cookie with an expiry in the past
(`Max-Age=0`).  Never paste real cookie values into tickets.
"""
    return R.choice(["docs/sessions.md", "docs/architecture/cookies.md", "wiki/Session-Cookies.md"]), txt


@look("cookie-names-only")
def la_cookie_policy(R):
    txt = """# Cookie policy

| Cookie | Provider | Purpose | Lifetime |
|---|---|---|---|
| `sessionid` | us | keeps you signed in | 2 weeks |
| `csrftoken` | us | protects forms against CSRF | 1 year |
| `remember_user_token` | us | "remember me" on this device | 30 days |
| `_ga`, `_gid` | Google Analytics | usage statistics | 2 years / 24 h |
| `li_at` | LinkedIn | set by the LinkedIn Insight tag when you are signed in to LinkedIn | 1 year |
| `__cf_bm` | Cloudflare | bot management | 30 min |
| `AWSALB` | AWS | load-balancer stickiness | 7 days |

No cookie value is ever shared with third parties.
"""
    return R.choice(["docs/legal/cookie-policy.md", "content/pages/cookies.md", "COOKIES.md"]), txt


@look("config-no-value", "django")
def la_django_settings(R):
    txt = sub("""import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

SESSION_ENGINE = "django.contrib.sessions.backends.%%eng%%"
SESSION_COOKIE_NAME = "%%name%%"
SESSION_COOKIE_AGE = %%age%%
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = ["https://%%host%%"]
""", eng=R.choice(["db", "cache", "cached_db", "signed_cookies"]), name=R.choice(["sessionid", "app_sid", "__Host-sid"]),
              age=R.choice([1209600, 86400, 3600 * 8]), host=app_host(R))
    return R.choice(["config/settings/production.py", "project/settings.py"]), txt


@look("config-no-value", "express-session")
def la_express_session_cfg(R):
    txt = sub("""const session = require('express-session');
const RedisStore = require('connect-redis').default;

app.set('trust proxy', 1);
app.use(
  session({
    store: new RedisStore({ client: redisClient, prefix: '%%pfx%%:' }),
    name: '%%name%%',
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: %%age%% },
  }),
);
""", pfx=R.choice(["sess", "app-sess"]), name=R.choice(["connect.sid", "sid", "__Host-session"]),
              age=R.choice([86400000, 3600000, 604800000]))
    return R.choice(["src/middleware/session.js", "server/session.js"]), txt


@look("test-no-value", "flask")
def la_flask_test(R):
    txt = """import pytest

from app import create_app


@pytest.fixture
def client():
    app = create_app({"TESTING": True, "SECRET_KEY": "test"})
    with app.test_client() as c:
        yield c


def test_dashboard_requires_login(client):
    r = client.get("/dashboard")
    assert r.status_code == 302


def test_dashboard_logged_in(client):
    with client.session_transaction() as sess:
        sess["_user_id"] = "1"
        sess["_fresh"] = True
    r = client.get("/dashboard")
    assert r.status_code == 200
    assert b"Welcome" in r.data
"""
    return R.choice(["tests/test_dashboard.py", "tests/web/test_auth.py"]), txt


@look("config-no-value", "yt-dlp")
def la_ytdlp_browser(R):
    txt = sub("""# use the logged-in browser profile instead of a cookies file
--cookies-from-browser %%b%%
-o "%(channel)s/%(title)s.%(ext)s"
--format "bv*+ba/b"
--download-archive archive.txt
--embed-subs --sub-langs "en.*"
""", b=R.choice(["firefox", "chrome", "brave:Profile 2", "firefox:default-release"]))
    return R.choice(["yt-dlp.conf", "config/yt-dlp/config"]), txt


@look("config-no-value", "gallery-dl")
def la_gallerydl_path(R):
    cfg = {"extractor": {"base-directory": "~/gallery-dl/",
                         "instagram": {"cookies": "~/.config/gallery-dl/cookies-instagram.txt", "cookies-update": True},
                         "twitter": {"cookies": ["firefox"], "text-tweets": True},
                         "pixiv": {"refresh-token": "cache"}}}
    return R.choice(["gallery-dl.conf", "config/gallery-dl/config.json"]), json.dumps(cfg, indent=4) + "\n"


@look("analytics-cookies")
def la_har_noauth(R):
    host = app_host(R)
    fake = Slot(_g("x", "none", "none", "x", "x", "." + host, "X"))
    e = har_entry(R, fake, "https://%s/static/app.%s.js" % (host, rs(R, HEXL, 8)), with_secret=False)
    e["response"]["headers"] += [{"name": "etag", "value": 'W/"%s-%s"' % (rs(R, HEXL, 8), rs(R, HEXL, 4))},
                                 {"name": "cf-ray", "value": rs(R, HEXL, 16) + "-FRA"}]
    obj = {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "128.0"}, "entries": [e]}}
    return R.choice(["perf/static-assets.har", "tests/fixtures/anon.har"]), json.dumps(obj, indent=2) + "\n"


@look("request-id")
def la_nginx_log(R):
    out = []
    for i in range(R.randint(6, 12)):
        out.append('10.%d.%d.%d - - [%s +0000] "GET %s HTTP/1.1" %d %d "-" "%s" rid=%s rt=%.3f' % (
            R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), iso(R).replace("T", ":"),
            R.choice(["/", "/api/items?page=%d" % R.randint(1, 9), "/healthz", "/static/app.css"]),
            R.choice([200, 200, 304, 404]), R.randint(120, 40000), ua(R), rs(R, HEXL, 32), R.uniform(0.001, 1.5)))
    return R.choice(["logs/access.log", "var/log/nginx/access.log.1"]), "\n".join(out) + "\n"


@look("trace-id")
def la_trace_log(R):
    out = []
    for i in range(R.randint(5, 10)):
        tid, sid = rs(R, HEXL, 32), rs(R, HEXL, 16)
        out.append(json.dumps({"ts": iso(R) + "Z", "level": R.choice(["info", "debug"]), "msg": R.choice(
            ["request finished", "cache miss", "session loaded", "user authenticated"]),
            "trace_id": tid, "span_id": sid, "traceparent": "00-%s-%s-01" % (tid, sid),
            "http.status": R.choice([200, 201, 302]), "duration_ms": R.randint(1, 900)}))
    return R.choice(["logs/app.jsonl", "samples/otel-logs.jsonl"]), "\n".join(out) + "\n"


@look("etag")
def la_response_headers(R):
    txt = sub("""HTTP/1.1 200 OK
Content-Type: application/json
Content-Length: %%cl%%
ETag: "%%etag%%"
Last-Modified: Tue, 11 Mar 2025 10:22:01 GMT
x-amz-request-id: %%rid%%
x-amz-id-2: %%id2%%
x-amz-version-id: %%vid%%
Via: 1.1 %%via%%.cloudfront.net (CloudFront)
X-Cache: Hit from cloudfront
X-Amz-Cf-Id: %%cfid%%
Set-Cookie: lang=en-US; Path=/
""", cl=R.randint(300, 90000), etag=rs(R, HEXL, 32), rid=rs(R, HEXU + DIG, 16), id2=b64(rb(R, 57)),
              vid=rs(R, B64U, 32), via=rs(R, HEXL, 32), cfid=rs(R, B64U, 54) + "==")
    return R.choice(["docs/examples/s3-response.txt", "tests/fixtures/headers.txt"]), txt


@look("integrity-hash", "npm")
def la_package_lock(R):
    pk = {}
    for n in R.sample(["cookie", "cookie-signature", "express-session", "uid-safe", "on-headers", "depd",
                       "random-bytes", "safe-buffer", "debug", "ms"], 5):
        pk["node_modules/" + n] = {"version": "%d.%d.%d" % (R.randint(0, 4), R.randint(0, 20), R.randint(0, 9)),
                                   "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (n, n),
                                   "integrity": "sha512-" + b64(rb(R, 64)), "license": "MIT"}
    obj = {"name": R.choice(APPS), "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(obj, indent=2) + "\n"


@look("integrity-hash", "go")
def la_go_sum(R):
    mods = ["github.com/gorilla/sessions v1.2.2", "github.com/gorilla/securecookie v1.1.2",
            "golang.org/x/net v0.2%d.0" % R.randint(0, 9), "github.com/stretchr/testify v1.9.0"]
    out = []
    for m in mods:
        out.append("%s h1:%s=" % (m, b64(rb(R, 32))[:43]))
        out.append("%s/go.mod h1:%s=" % (m, b64(rb(R, 32))[:43]))
    return "go.sum", "\n".join(out) + "\n"


@look("image-digest")
def la_deploy_digest(R):
    txt = sub("""apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: web
          image: ghcr.io/%%org%%/web@sha256:%%d%%
          env:
            - name: SESSION_COOKIE_NAME
              value: sessionid
            - name: SESSION_SECRET
              valueFrom:
                secretKeyRef:
                  name: web-secrets
                  key: session-secret
""", org=R.choice(APPS), d=rs(R, HEXL, 64))
    return R.choice(["k8s/web-deployment.yaml", "deploy/web.yaml"]), txt


@look("sri-hash")
def la_sri_html(R):
    txt = sub("""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Sign in</title>
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
          integrity="sha384-%%sri%%" crossorigin="anonymous"></script>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form method="post" action="/login">
    <input name="email" type="email">
    <input name="password" type="password">
    <div class="g-recaptcha" data-sitekey="6L%%sk%%"></div>
    <button>Sign in</button>
  </form>
</body>
</html>
""", sri=b64(rb(R, 48)), sk=rs(R, B64U, 38))
    return R.choice(["templates/login.html", "public/login.html"]), txt


@look("csrf-page-token", "django")
def la_csrf_snapshot(R):
    txt = sub("""# name: test_login_page_renders
<form method="post" action="/accounts/login/">
  <input type="hidden" name="csrfmiddlewaretoken" value="%%tok%%">
  <label for="id_username">Username</label>
  <input type="text" name="username" id="id_username">
  <input type="password" name="password" id="id_password">
</form>
<script nonce="%%nonce%%">window.__BOOT__ = {"page": "login"};</script>
""", tok=rs(R, ALNUM, 64), nonce=b64(rb(R, 16)))
    return R.choice(["tests/__snapshots__/test_login.ambr", "tests/snapshots/login_page.html"]), txt


@look("public-key", "openssh")
def la_ssh_pub(R):
    out = ["# deploy keys allowed on the build hosts"]
    for u in R.sample(USERS, 3):
        if R.random() < 0.5:
            out.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@laptop" % (b64(rb(R, 32))[:43], u.replace(".", "")))
        else:
            out.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s %s@ci" % (b64(rb(R, 380))[:508], u.replace(".", "")))
    return R.choice(["deploy/authorized_keys", "ops/keys/authorized_keys"]), "\n".join(out) + "\n"


@look("jwks")
def la_jwks(R):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(R, B64U, 22), "n": b64u(rb(R, 256)), "e": "AQAB"}
            for _ in range(R.randint(1, 2))]
    return R.choice([".well-known/jwks.json", "public/jwks.json", "tests/fixtures/jwks.json"]), \
        json.dumps({"keys": keys}, indent=2) + "\n"


@look("webauthn-public")
def la_webauthn(R):
    obj = {"credentials": [{"credentialId": b64u(rb(R, 32)), "publicKey": b64u(b"\xa5\x01\x02\x03\x26\x20\x01\x21\x58\x20" + rb(R, 32) + b"\x22\x58\x20" + rb(R, 32)),
                            "aaguid": uuid4(R), "signCount": R.randint(0, 400), "transports": ["internal", "hybrid"],
                            "userHandle": b64u(rb(R, 16))}]}
    return R.choice(["tests/fixtures/passkeys.json", "fixtures/webauthn_credentials.json"]), json.dumps(obj, indent=2) + "\n"


@look("public-key")
def la_pem_pub(R):
    body = b64(b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x03\x82\x01\x0f\x00" + rb(R, 270))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    txt = "# public key used to verify session tokens issued by the auth service\nsession_token_public_key: |\n" + \
        "  -----BEGIN PUBLIC KEY-----\n" + "\n".join("  " + ln for ln in lines) + "\n  -----END PUBLIC KEY-----\n"
    return R.choice(["config/auth.yaml", "deploy/auth-public.yml"]), txt


@look("uuid")
def la_events_csv(R):
    rows = ["event_time,client_id,ga_session_id,user_pseudo_id,event_name,page"]
    for i in range(R.randint(6, 12)):
        rows.append("%s,%d.%d,%d,%s,%s,%s" % (iso(R), R.randint(10 ** 8, 10 ** 10), ts_recent(R), ts_recent(R), uuid4(R),
                                           R.choice(["page_view", "login", "scroll", "sign_up"]),
                                           R.choice(["/", "/pricing", "/docs", "/login"])))
    return R.choice(["data/ga4_export_sample.csv", "analytics/events.csv"]), "\n".join(rows) + "\n"


@look("cache-key", "redis")
def la_cache_keys(R):
    out = ["127.0.0.1:6379> SCAN 0 MATCH cache:* COUNT 20", "1) \"%d\"" % R.randint(1, 9999), "2)"]
    for i in range(R.randint(5, 9)):
        out.append('   %d) "cache:v2:%s:%s"' % (i + 1, R.choice(["page", "fragment", "api"]),
                                                hashlib.sha1(rs(R, ALNUM, 20).encode()).hexdigest()))
    out.append("127.0.0.1:6379> TTL cache:v2:page:%s" % hashlib.sha1(b"/pricing").hexdigest())
    out.append("(integer) %d" % R.randint(10, 3600))
    return R.choice(["docs/runbooks/redis-cache.txt", "notes/cache-keys.txt"]), "\n".join(out) + "\n"


@look("checksum")
def la_checksums(R):
    txt = sub("""FROM debian:bookworm-slim
ARG YTDLP_VERSION=2025.%%m%%.%%d%%
ARG YTDLP_SHA256=%%sha%%
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl ffmpeg \\
 && curl -fsSLo /usr/local/bin/yt-dlp https://github.com/yt-dlp/yt-dlp/releases/download/${YTDLP_VERSION}/yt-dlp \\
 && echo "${YTDLP_SHA256}  /usr/local/bin/yt-dlp" | sha256sum -c - \\
 && chmod +x /usr/local/bin/yt-dlp
# cookies are mounted at runtime, never baked into the image
VOLUME ["/cookies"]
ENTRYPOINT ["yt-dlp", "--cookies", "/cookies/cookies.txt"]
""", m="%02d" % R.randint(1, 12), d="%02d" % R.randint(1, 28), sha=rs(R, HEXL, 64))
    return R.choice(["Dockerfile", "docker/ytdlp.Dockerfile"]), txt


@look("commit-hash")
def la_changelog(R):
    out = ["# Changelog", ""]
    for v in range(R.randint(3, 5)):
        out.append("## %d.%d.%d" % (R.randint(1, 3), R.randint(0, 15), v))
        for i in range(R.randint(2, 4)):
            out.append("- %s (%s)" % (R.choice(["rotate session cookie name to `__Host-sid`",
                                                "expire remember-me tokens after 30 days",
                                                "drop legacy PHPSESSID fallback", "fix CSRF cookie SameSite",
                                                "log request ids instead of cookies"]), rs(R, HEXL, 40)))
        out.append("")
    return "CHANGELOG.md", "\n".join(out)


@look("lb-sticky-cookie", "aws-elb")
def la_lb_sticky(R):
    dom = app_host(R)
    out = ["# Netscape HTTP Cookie File", "# load-balancer stickiness only (AWS ALB) - captured while logged OUT", ""]
    v = b64(rb(R, 96))
    out.append("\t".join([dom, "FALSE", "/", "FALSE", str(ts_future(R)), "AWSALB", v]))
    out.append("\t".join([dom, "FALSE", "/", "TRUE", str(ts_future(R)), "AWSALBCORS", v]))
    out.append("\t".join(["." + dom, "TRUE", "/", "FALSE", str(ts_future(R)), "lang", "en"]))
    return R.choice(["tests/fixtures/anon-cookies.txt", "lb/sticky-cookies.txt"]), "\n".join(out) + "\n"


@look("bot-management-cookie", "cloudflare")
def la_cf_bm(R):
    dom = "." + app_host(R)
    out = ["# Netscape HTTP Cookie File", "# Cloudflare bot-management cookies from an anonymous visit (no login)", ""]
    out.append("\t".join([dom, "TRUE", "/", "TRUE", str(ts_recent(R)), "__cf_bm",
                          "%s-%d-1.0.1.1-%s" % (rs(R, B64U, 43), ts_recent(R), rs(R, B64U + ".", 86))]))
    out.append("\t".join([dom, "TRUE", "/", "TRUE", "0", "_cfuvid", "%s-%d%03d-0.0.1.1-604800000" % (
        rs(R, B64U + ".", 43), ts_recent(R), R.randint(0, 999))]))
    return R.choice(["fixtures/cloudflare-anon-cookies.txt", "docs/cf-cookies-sample.txt"]), "\n".join(out) + "\n"


@look("config-no-value", "ingress-nginx")
def la_ingress_affinity(R):
    txt = sub("""apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    nginx.ingress.kubernetes.io/affinity: "cookie"
    nginx.ingress.kubernetes.io/session-cookie-name: "%%n%%"
    nginx.ingress.kubernetes.io/session-cookie-max-age: "172800"
    nginx.ingress.kubernetes.io/session-cookie-samesite: "Lax"
spec:
  rules:
    - host: %%host%%
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
""", n=R.choice(["route", "INGRESSCOOKIE", "sticky"]), host=app_host(R))
    return R.choice(["k8s/ingress.yaml", "deploy/ingress.yml"]), txt


@look("config-no-value", "haproxy")
def la_haproxy(R):
    txt = """global
    maxconn 4096

defaults
    mode http
    timeout connect 5s
    timeout client  30s
    timeout server  30s

backend web
    balance roundrobin
    cookie SERVERID insert indirect nocache httponly secure
    server web1 10.0.1.11:8080 check cookie w1
    server web2 10.0.1.12:8080 check cookie w2
    server web3 10.0.1.13:8080 check cookie w3
"""
    return R.choice(["haproxy/haproxy.cfg", "ops/haproxy.cfg"]), txt


@look("deleted-cookie", "php")
def la_php_logout(R):
    txt = """<?php
session_start();
$_SESSION = [];

if (ini_get('session.use_cookies')) {
    $p = session_get_cookie_params();
    setcookie(session_name(), '', time() - 42000, $p['path'], $p['domain'], $p['secure'], $p['httponly']);
}
setcookie('remember_me', '', ['expires' => 1, 'path' => '/']);
session_destroy();
header('Location: /login.php');
exit;
"""
    return R.choice(["public/logout.php", "web/logout.php"]), txt


@look("public-project-token", "mixpanel")
def la_mixpanel(R):
    txt = sub("""<!-- analytics (public project identifiers, safe to ship to the browser) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-%%ga%%"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-%%ga%%', { cookie_flags: 'SameSite=None;Secure' });
</script>
<script>
  mixpanel.init('%%mp%%', { persistence: 'localStorage', track_pageview: true });
</script>
""", ga=rs(R, UPPER + DIG, 10), mp=rs(R, HEXL, 32))
    return R.choice(["templates/partials/analytics.html", "src/partials/analytics.html"]), txt


@look("env-reference")
def la_http_env_vars(R):
    txt = sub("""### uses variables from http-client.private.env.json (git-ignored)
GET https://{{host}}/api/v1/me
Cookie: %%n%%={{%%v%%}}
Accept: application/json

### same with the env var
GET https://{{host}}/api/items
Cookie: %%n%%={{$processEnv %%e%%}}
""", n=R.choice(["sessionid", "PHPSESSID", "connect.sid", "laravel_session"]), v=R.choice(["session", "sid", "cookie"]),
              e=R.choice(["SESSION_COOKIE", "DJANGO_SESSIONID", "APP_SID"]))
    return R.choice(["http/requests.http", "api.http"]), txt


@look("doc-example", "ietf-rfc6265")
def la_cookie_parser_test(R):
    txt = """import unittest
from http.cookies import SimpleCookie


class ParseTests(unittest.TestCase):
    def test_rfc6265_example(self):
        c = SimpleCookie()
        c.load("SID=31d4d96e407aad42; lang=en-US")
        self.assertEqual(c["SID"].value, "31d4d96e407aad42")
        self.assertEqual(c["lang"].value, "en-US")

    def test_deleted_cookie(self):
        c = SimpleCookie()
        c.load('sessionid=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/')
        self.assertEqual(c["sessionid"].value, "")
        self.assertEqual(c["sessionid"]["max-age"], "0")


if __name__ == "__main__":
    unittest.main()
"""
    return R.choice(["tests/test_cookie_parsing.py", "tests/unit/test_cookies.py"]), txt


@look("doc-example", "ietf-rfc7636")
def la_pkce_doc(R):
    txt = """## PKCE in the SPA login

We use S256.  With the example values from RFC 7636 appendix B:

| field | value |
|---|---|
| code_verifier | `dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk` |
| code_challenge | `E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM` |

The verifier is generated per login attempt and kept in `sessionStorage`; it
never reaches a cookie.
"""
    return R.choice(["docs/auth/pkce.md", "docs/oauth.md"]), txt


@look("test-vector", "ietf-rfc4231")
def la_hmac_vectors(R):
    txt = """package signing

import "testing"

// RFC 4231 test case 1 (HMAC-SHA-256), key = 0x0b repeated 20 times.
func TestHMACVector1(t *testing.T) {
	key := make([]byte, 20)
	for i := range key {
		key[i] = 0x0b
	}
	got := hexHMAC(key, []byte("Hi There"))
	want := "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
	if got != want {
		t.Fatalf("got %s want %s", got, want)
	}
}
"""
    return R.choice(["internal/signing/hmac_test.go", "pkg/cookie/sign_test.go"]), txt


@look("base64-image")
def la_data_uri(R):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rb(R, R.randint(60, 140))
    txt = ".cookie-banner {\n  position: fixed;\n  bottom: 0;\n  background: #222 url(\"data:image/png;base64,%s\") no-repeat 12px center;\n}\n" % b64(png)
    return R.choice(["static/css/cookie-banner.css", "src/styles/banner.css"]), txt


@look("cookie-names-only", "cookieconsent")
def la_consent_config(R):
    txt = """// cookie-consent categories: names / patterns only
export const categories = {
  necessary: { readOnly: true, cookies: [/^sessionid$/, /^csrftoken$/, /^__Host-sid$/] },
  analytics: {
    autoClear: { cookies: [{ name: /^_ga/ }, { name: '_gid' }, { name: /^_pk_/ }, { name: /^_hj/ }] },
  },
  marketing: { autoClear: { cookies: [{ name: '_fbp' }, { name: '_gcl_au' }] } },
};
"""
    return R.choice(["src/consent/categories.js", "assets/js/consent.js"]), txt


@look("analytics-cookies", "hotjar")
def la_ab_cookies_json(R):
    t = ts_recent(R)
    obj = {"cookies": {"optimizelyEndUserId": "oeu%d%03dr0.%d" % (t, R.randint(0, 999), R.randint(10 ** 15, 10 ** 16)),
                       "_hjSessionUser_%d" % R.randint(10 ** 5, 4 * 10 ** 6): b64(json.dumps(
                           {"id": uuid4(R), "created": t * 1000, "existing": True}, separators=(",", ":")).encode()).rstrip("="),
                       "_hjSession_%d" % R.randint(10 ** 5, 4 * 10 ** 6): b64(json.dumps(
                           {"id": uuid4(R), "c": t * 1000, "s": 0, "r": 0, "sb": 0}, separators=(",", ":")).encode()).rstrip("="),
                       "ab_bucket": R.choice(["A", "B"]), "exp_pricing_v3": "variant"},
           "note": "captured for the consent-banner bug, visitor was not logged in"}
    return R.choice(["fixtures/ab-cookies.json", "docs/bugs/consent-cookies.json"]), json.dumps(obj, indent=2) + "\n"


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
GEN_BY_ID = dict(zip(GEN_IDS, GENS))


def compatible(t):
    want = t["want"]
    ids = t["gens"] or GEN_IDS
    out = []
    for gid in ids:
        probe = gid
        if want == "cookie" and probe == "discord":
            continue
        if want == "bearer" and probe not in ("jwt", "discord"):
            continue
        if want == "slackpair" and probe != "slack":
            continue
        out.append(gid)
    return out


def pick_gen(R, t, counts):
    cands = compatible(t)
    a, b = R.choice(cands), R.choice(cands)
    gid = a if counts.get(a, 0) <= counts.get(b, 0) else b
    counts[gid] = counts.get(gid, 0) + 1
    return GEN_BY_ID[gid](R)


def filetype(path, text):
    base = path.rsplit("/", 1)[-1]
    if text.startswith("# Netscape HTTP Cookie File"):
        return "cookies.txt"
    if base == "Dockerfile" or base.endswith(".Dockerfile"):
        return "dockerfile"
    if base == ".env" or base.startswith(".env."):
        return "env"
    if "." in base.lstrip("."):
        ext = base.rsplit(".", 1)[-1].lower()
        return "log" if ext.isdigit() else ext
    if text.startswith("#!"):
        return "sh"
    return "txt"


ENV_RE = re.compile(r"^\.env(\.[A-Za-z0-9_-]+)?$")
ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def safe_neg_path(path):
    parts = path.split("/")
    if ENV_RE.match(parts[-1]) and parts[-1] not in ENV_OK:
        parts[-1] = ".env.example"
    return "/".join(parts)


def fix_imports(path, text):
    if path.endswith(".py") and "os.environ" in text and not re.search(r"^import os$", text, re.M):
        text = "import os\n" + text
    if path.endswith(".go") and "os.Getenv" in text and '"os"' not in text:
        text = text.replace('import (\n', 'import (\n\t"os"\n', 1)
    return text


def needle_line(text, needle):
    for i, ln in enumerate(text.split("\n")):
        if needle in ln:
            return i + 1
    return 0


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def build(outdir, seed):
    R = random.Random(seed)
    import shutil
    for d in ("pos", "neg"):
        p = os.path.join(outdir, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []
    counts = {}

    # ---------------- positives
    order = []
    while len(order) < 500:
        blk = [t for t in POS for _ in range(t["weight"])]
        R.shuffle(blk)
        order.extend(blk)
    order = order[:500]
    n_env = 0
    for i, t in enumerate(order):
        sec = pick_gen(R, t, counts)
        s = Slot(sec)
        path, text = t["fn"](R, s)
        assert ".." not in path.split("/")
        base = path.rsplit("/", 1)[-1]
        if ENV_RE.match(base):
            n_env += 1
            if n_env > 25:  # keep .env files under 1 in 20
                path = path[:-len(base)] + "env.sh"
                text = "#!/bin/sh\n" + "\n".join(("export " + ln) if ("=" in ln and not ln.startswith("#")) else ln
                                                for ln in text.split("\n"))
        needle = s.extra if t["needle"] == "extra" else s.raw
        assert needle and len(needle) >= 8, (t["id"], needle)
        line = needle_line(text, needle)
        assert line > 0, (t["id"], needle)
        assert needle in text.split("\n")[line - 1]
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        with open(os.path.join(outdir, rel), encoding="utf-8", newline="") as fh:
            back = fh.read().split("\n")
        assert needle in back[line - 1], rel
        manifest.append({"file": rel, "label": "pos", "provider": sec["provider"], "kind": sec["kind"],
                         "filetype": filetype(path, text)})
        secrets.append({"file": rel, "needle": needle, "line": line})

    # ---------------- negatives
    jobs = []
    blk_r = []
    while len(blk_r) < 250:
        b = list(POS)
        R.shuffle(b)
        blk_r.extend(b)
    jobs.extend(("reuse", t) for t in blk_r[:250])
    blk_l = []
    while len(blk_l) < 250:
        b = list(LOOK)
        R.shuffle(b)
        blk_l.extend(b)
    jobs.extend(("look", t) for t in blk_l[:250])
    R.shuffle(jobs)
    for i, (mode, t) in enumerate(jobs):
        if mode == "reuse":
            sec = pick_gen(R, t, {})
            s, k = make_neg_slot(R, sec, t["want"])
            path, text = t["fn"](R, s)
            text = fix_imports(path, text)
            assert sec["value"] not in text, (t["id"], k)
            if sec["extra"]:
                assert sec["extra"] not in text
            provider, kind = sec["provider"], k
        else:
            path, text = t["fn"](R)
            provider, kind = t["provider"], t["kind"]
        path = safe_neg_path(path)
        assert not ENV_RE.match(path.rsplit("/", 1)[-1]) or path.rsplit("/", 1)[-1] in ENV_OK
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(path, text)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in secrets:
            fh.write(json.dumps(m) + "\n")
    return manifest, secrets


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 gen_iv.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    assert len(POS) >= 60 and len(LOOK) >= 30
    manifest, secrets = build(outdir, seed)
    npos = sum(1 for m in manifest if m["label"] == "pos")
    nneg = len(manifest) - npos
    sys.stdout.write("wrote %d positives, %d negatives to %s\n" % (npos, nneg, outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
