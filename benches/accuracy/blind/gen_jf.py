#!/usr/bin/env python3
"""gen_jf.py - blind evaluation set: blogging, publishing and CMS publishing APIs.

EMPHASIS
    Domain: blogs, publishing platforms and (headless) CMSes.
    Providers: WordPress (application passwords, wp-config DB password,
    WP-CLI config), WordPress.com OAuth / Jetpack, Ghost Admin API keys and
    Ghost config passwords, Medium integration tokens, DEV.to/Forem API keys,
    Hashnode PATs, Blogger (Google API key), Tumblr OAuth consumer secrets,
    Substack session cookie, Micro.blog app tokens, Write.as tokens, static
    site deploys (Hugo/Jekyll/Eleventy: sshpass+rsync, FTP deploy actions,
    lftp, PHPloy), TinaCMS tokens, Strapi API tokens and salts, Directus
    static tokens and SECRET, Payload secret, KeystoneJS session secret,
    Craft CMS securityKey, Statamic and Kirby license keys.
    File types: PHP, JavaScript/TypeScript (.js .mjs .ts), Python, Ruby, Go,
    YAML (GitHub Actions, wp-cli.yml, docker-compose, Jekyll _config.yml),
    TOML (hugo.toml), JSON, INI, XML (phpunit, RSS/Atom), .http, Dockerfile,
    Makefile, shell, SQL, CSV, logs, Markdown posts and READMEs, HTML, .env.

USAGE
    python3 -B gen_jf.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500) and OUTDIR/neg/nNNNN/<relpath>
    (500), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Standard library
    only; every random choice comes from one random.Random(SEED).

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file.
    * WordPress application passwords: written either chunked
      ("abcd EFGH 1234 ijkl MNOP 5678", needle includes the spaces) or as the
      raw 24 characters; when a template sends HTTP Basic auth the needle is
      the base64 of "user:password" as it appears in the header.
    * Headers ("Authorization: Bearer X", "api-key: X", "X-API-KEY: X"): the
      needle is the token X only, never the header name or "Bearer ".
    * URLs with credentials (https://user:PASS@host, mysql://u:PASS@h/db):
      the needle is PASS only. sshpass -p PASS / lftp -u user,PASS: PASS.
    * Ghost Admin API keys: the whole "<24 hex id>:<64 hex secret>".
    * Jetpack blog token: the whole "<key>.<secret>" string.
    * Substack cookie: the cookie value after "substack.sid=" (url-encoded
      "s%3A<id>.<signature>").
    * Strapi/Directus/Payload/Keystone/Craft secrets: the value only.
    * There are no multi-line keys in this set (no PEM keys in this domain).

NEGATIVES
    Half re-use the positive templates with the slot holding a placeholder
    (<your-key>, YOUR_API_KEY_HERE, changeme, xxxx...), an empty value, a
    masked value (****, [REDACTED]), an environment / secret-manager
    reference (${VAR}, {{ secrets.X }}, op://, vault: paths), a documented
    example (WordPress "abcd EFGH 1234 ijkl MNOP 6789", Medium's
    "181d415f34379af07b2c11d144dfbe35d", Strapi "tobemodified", Tina
    "<Your Read Only Token>"), or sequential application-password
    placeholders ("abcd efgh ijkl mnop qrst uvwx").
    The other half are look-alikes: Ghost Content API keys (public by
    design), WordPress nonces and wp_rest nonces, post ids, slugs, GUIDs in
    RSS/Atom feeds, media/file hashes, Gravatar md5s, lockfile integrity
    hashes, go.sum, Docker digests, pinned action SHAs, SRI hashes, UUIDs in
    CMS schema snapshots, public ids (Tina clientId, WordPress.com client_id,
    reCAPTCHA site keys, GA measurement ids), public SSH keys, HMAC
    signatures, Decap/Netlify CMS config.yml, wp-cli.yml aliases.
    WordPress salts (AUTH_KEY ...) are deliberately left out entirely.
    No negative is written to a file named .env / .env.local / .env.<stage>;
    such paths are renamed to .env.example for negatives.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * WordPress application passwords: make.wordpress.org integration guide:
      24 characters from wp_generate_password() without special characters
      (upper, lower, digits), displayed chunked "abcd EFGH 1234 ijkl ...";
      used via HTTP Basic auth with the username (REST API handbook).
    * Ghost Admin API key "{id}:{hex_secret}", id goes in the JWT kid, the
      hex secret (64 hex) is the HS256 key; Content API key passed as ?key=
      and is safe for browsers (Ghost docs, client docs).
    * Medium: self-issued "integration tokens" sent as Authorization: Bearer
      (Medium/medium-api-docs); docs example token 181d415f...35d.
    * DEV/Forem: "api-key" header, keys from dev.to/settings/extensions.
    * Strapi: "Authorization: bearer your-api-token", API_TOKEN_SALT in .env.
    * Directus: static tokens per user, Authorization: Bearer or
      ?access_token=, SDK staticToken().
    * Tina: config.token "read only token" + config.clientId, X-API-KEY for
      content.tinajs.io; search.tina.indexerToken.
    * Craft: CRAFT_SECURITY_KEY / SECURITY_KEY in .env.
    * WP-CLI: wp-cli.yml aliases with ssh:/http:/user:/path: keys.
    * Tumblr: OAuth1 consumer key/secret + token/token secret
      (pytumblr, tumblr.js createClient).
    * Write.as: access tokens are UUIDs (client docs, setToken()).
    * Hashnode: PAT sent in the Authorization header (gql.hashnode.com).

DOUBTS
    * Medium integration token length: generated as 64 lower-case hex as
      the brief says; some real tokens may be 65 characters.
    * DEV.to API key: assumed 24 alphanumerics (not documented).
    * Hashnode PAT: assumed UUID-shaped (not documented).
    * WordPress.com OAuth access token: assumed 64 characters of letters,
      digits and punctuation; client secret 64 alphanumerics (not confirmed).
    * Jetpack blog token "<32>.<32>" alphanumerics: from memory, unconfirmed.
    * Substack "substack.sid" assumed an express-session signed cookie
      "s%3A<32>.<43>"; not documented by Substack.
    * Micro.blog app token assumed 20 upper-case hex; not confirmed.
    * Tina read-only token assumed 40 hex; Tina documents it as read-only
      (low privilege) but it still grants access to private content.
    * Directus static token / SECRET assumed 32 chars of [A-Za-z0-9_-].
    * Payload secret assumed 24 hex (create-payload-app style).
    * Statamic license key (24 alnum) and Kirby license code
      ("K3-PRO-"/"K-BAS-" + hex) are guesses at the shape.
    * Strapi API token assumed 256 hex (128 random bytes).
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import textwrap

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
PW_ALPHA = ALNUM + "!#%&*+-=?@^_"
URL_PW_ALPHA = ALNUM + "-_."


def T(_tpl, **kw):
    """Dedent a template and replace <<name>> markers."""
    out = textwrap.dedent(_tpl).lstrip("\n")
    for k, v in kw.items():
        out = out.replace("<<" + k + ">>", str(v))
    return out


def rs(r, n, alpha):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def ruuid(r):
    h = rs(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def objectid(r):
    return "%08x" % r.randint(0x5f000000, 0x67ffffff) + rs(r, 16, HEX)


WORDS = ["harbor", "maple", "quill", "ember", "lantern", "atlas", "north",
         "willow", "copper", "meadow", "signal", "paper", "orbit", "cedar",
         "juniper", "falcon", "river", "summit", "pixel", "tidal", "amber",
         "garden", "ink", "static", "field", "studio", "coast", "forge"]
TLDS = ["com", "org", "net", "blog", "dev", "io", "press", "news"]
USERS = ["editor", "deploybot", "jmartin", "publisher", "api-user",
         "sofia.k", "webmaster", "content-sync", "amelia", "ci-bot", "tomh"]
TITLES = ["Notes from the Field", "Shipping Static Sites", "Weekly Digest",
          "On Writing Every Day", "Moving Off WordPress", "Release Notes",
          "The Slow Web", "Designing for Readers", "Newsletter Archive",
          "Building a Headless Blog", "Year in Review", "Coffee and Code"]


def word(r):
    return r.choice(WORDS)


def site(r):
    w = word(r)
    return r.choice(["%s.%s" % (w, r.choice(TLDS)),
                     "blog.%s%s.com" % (w, word(r)),
                     "%s-journal.%s" % (w, r.choice(TLDS)),
                     "www.%s%s.org" % (w, r.choice(["press", "notes", "media"]))])


def bare(r):
    return "%s%s.%s" % (word(r), word(r), r.choice(TLDS))


def user(r):
    return r.choice(USERS)


def title(r):
    return r.choice(TITLES)


def slug(r):
    return title(r).lower().replace(" ", "-")


def date(r):
    return "20%02d-%02d-%02d" % (r.randint(19, 25), r.randint(1, 12), r.randint(1, 28))


# ---------------------------------------------------------------- secrets
def g_wpapp(r):
    raw = rs(r, 24, ALNUM)
    return " ".join(raw[i:i + 4] for i in range(0, 24, 4))


def g_wpapp_raw(r):
    return rs(r, 24, ALNUM)


def g_wpcom_token(r):
    return rs(r, 64, ALNUM + "!#%^&*()@")


def g_alnum64(r):
    return rs(r, 64, ALNUM)


def g_jetpack(r):
    return rs(r, 32, ALNUM) + "." + rs(r, 32, ALNUM)


def g_ghost_admin(r):
    return objectid(r) + ":" + rs(r, 64, HEX)


def g_hex64(r):
    return rs(r, 64, HEX)


def g_devto(r):
    return rs(r, 24, ALNUM)


def g_uuid(r):
    return ruuid(r)


def g_google(r):
    return "AIza" + rs(r, 35, B64URL)


def g_tumblr(r):
    return rs(r, 50, ALNUM)


def g_substack(r):
    return "s%3A" + rs(r, 32, B64URL) + "." + rs(r, 43, ALNUM)


def g_microblog(r):
    return rs(r, 20, "0123456789ABCDEF")


def g_password(r):
    n = r.randint(14, 24)
    while True:
        p = rs(r, n, PW_ALPHA)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p):
            return p


def g_url_password(r):
    n = r.randint(14, 22)
    while True:
        p = rs(r, n, URL_PW_ALPHA)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p):
            return p


def g_hex40(r):
    return rs(r, 40, HEX)


def g_hex256(r):
    return rs(r, 256, HEX)


def g_b64_16(r):
    return base64.b64encode(rbytes(r, 16)).decode()


def g_b64url32(r):
    return rs(r, 32, B64URL)


def g_hex24(r):
    return rs(r, 24, HEX)


def g_keystone(r):
    return rs(r, r.choice([32, 40, 48]), ALNUM)


def g_statamic(r):
    return rs(r, 24, ALNUM)


def g_kirby(r):
    return r.choice(["K3-PRO-", "K-BAS-", "K-ENT-"]) + rs(r, 32, HEX)


def b64(s):
    return base64.b64encode(s.encode()).decode()


# ------------------------------------------------------- positive templates
# Each template: fn(r, v) -> (relpath, content) or (relpath, content, needle).
# v is the secret for positives, or a non-secret filler for negatives.
POS = []


def P(provider, kind, gen, fill):
    def deco(fn):
        POS.append((fn, provider, kind, gen, fill))
        return fn
    return deco


@P("wordpress", "application password", g_wpapp, "wpapp")
def p_py_wp_requests(r, v):
    s, u = site(r), user(r)
    return "tools/publish_drafts.py", T('''
        """Push Markdown drafts from ./drafts to the WordPress REST API."""
        import pathlib

        import markdown
        import requests

        SITE = "https://<<s>>"
        ENDPOINT = SITE + "/wp-json/wp/v2/posts"


        def publish(path: pathlib.Path) -> int:
            body = markdown.markdown(path.read_text(encoding="utf-8"))
            resp = requests.post(
                ENDPOINT,
                auth=("<<u>>", "<<v>>"),
                json={"title": path.stem.replace("-", " ").title(),
                      "content": body, "status": "draft"},
                timeout=30,
            )
            resp.raise_for_status()
            return resp.json()["id"]


        if __name__ == "__main__":
            for p in sorted(pathlib.Path("drafts").glob("*.md")):
                print(p.name, "->", publish(p))
        ''', s=s, u=u, v=v)


@P("wordpress", "application password", g_wpapp, "wpapp")
def p_py_xmlrpc(r, v):
    s, u = site(r), user(r)
    return "scripts/xmlrpc_import.py", T('''
        from wordpress_xmlrpc import Client, WordPressPost
        from wordpress_xmlrpc.methods.posts import NewPost

        # legacy importer, kept until the REST migration is finished
        wp = Client("https://<<s>>/xmlrpc.php", "<<u>>", "<<v>>")


        def import_entry(entry):
            post = WordPressPost()
            post.title = entry["title"]
            post.content = entry["html"]
            post.terms_names = {"category": entry.get("categories", ["Archive"])}
            post.post_status = "publish"
            return wp.call(NewPost(post))
        ''', s=s, u=u, v=v)


@P("wordpress", "application password", g_wpapp, "wpapp")
def p_php_wp_remote(r, v):
    s, u = site(r), user(r)
    return "wp-content/mu-plugins/syndicate-to-network.php", T('''
        <?php
        /**
         * Plugin Name: Syndicate to network site
         * Description: Copies published posts to the partner network via REST.
         */

        defined( 'ABSPATH' ) || exit;

        const SYNDICATE_REMOTE = 'https://<<s>>/wp-json/wp/v2/posts';
        const SYNDICATE_USER   = '<<u>>';
        const SYNDICATE_APP_PASSWORD = '<<v>>';

        add_action( 'publish_post', function ( $post_id, $post ) {
            $response = wp_remote_post( SYNDICATE_REMOTE, array(
                'headers' => array(
                    'Authorization' => 'Basic ' . base64_encode( SYNDICATE_USER . ':' . SYNDICATE_APP_PASSWORD ),
                ),
                'body'    => array(
                    'title'   => $post->post_title,
                    'content' => $post->post_content,
                    'status'  => 'publish',
                ),
                'timeout' => 20,
            ) );
            if ( is_wp_error( $response ) ) {
                error_log( 'syndication failed: ' . $response->get_error_message() );
            }
        }, 10, 2 );
        ''', s=s, u=u, v=v)


@P("wordpress", "application password", g_wpapp, "wpapp")
def p_js_fetch_basic(r, v):
    s, u = site(r), user(r)
    return "scripts/sync-wordpress.mjs", T('''
        import { readFile } from 'node:fs/promises';

        const WP_URL = 'https://<<s>>';
        const WP_USER = '<<u>>';
        const WP_APP_PASSWORD = '<<v>>';

        const auth = Buffer.from(`${WP_USER}:${WP_APP_PASSWORD}`).toString('base64');

        export async function createPost(file) {
          const { title, html } = JSON.parse(await readFile(file, 'utf8'));
          const res = await fetch(`${WP_URL}/wp-json/wp/v2/posts`, {
            method: 'POST',
            headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ title, content: html, status: 'draft' }),
          });
          if (!res.ok) throw new Error(`WordPress answered ${res.status}`);
          return res.json();
        }
        ''', s=s, u=u, v=v)


@P("wordpress", "application password", g_wpapp, "wpapp")
def p_sh_curl_user(r, v):
    s, u = site(r), user(r)
    return "bin/wp-upload-media.sh", T('''
        #!/usr/bin/env bash
        # Upload every image in ./export/images to the media library.
        set -euo pipefail

        SITE="https://<<s>>"
        for img in export/images/*.{jpg,png,webp}; do
          [ -e "$img" ] || continue
          curl -fsS --user "<<u>>:<<v>>" \\
            -H "Content-Disposition: attachment; filename=$(basename "$img")" \\
            --data-binary @"$img" \\
            "$SITE/wp-json/wp/v2/media" | jq -r '.source_url'
        done
        ''', s=s, u=u, v=v)


@P("wordpress", "application password", g_wpapp, "wpapp")
def p_yml_gha_wp(r, v):
    s, u = site(r), user(r)
    return ".github/workflows/publish-changelog.yml", T('''
        name: Publish changelog to blog
        on:
          release:
            types: [published]

        jobs:
          post:
            runs-on: ubuntu-latest
            env:
              WP_SITE: https://<<s>>
              WP_USER: <<u>>
              WP_APP_PASSWORD: "<<v>>"
            steps:
              - uses: actions/checkout@v4
              - name: Create post
                run: |
                  body=$(jq -Rs . < CHANGELOG.md)
                  curl -fsS -u "$WP_USER:$WP_APP_PASSWORD" \\
                    -H 'Content-Type: application/json' \\
                    -d "{\\"title\\":\\"Release ${{ github.event.release.tag_name }}\\",\\"content\\":$body,\\"status\\":\\"publish\\"}" \\
                    "$WP_SITE/wp-json/wp/v2/posts"
        ''', s=s, u=u, v=v)


@P("wordpress", "application password", g_wpapp_raw, "wpapp")
def p_log_basic(r, v):
    s, u = site(r), user(r)
    tok = b64(u + ":" + v)
    lines = []
    d = date(r)
    for i in range(r.randint(3, 6)):
        lines.append("%sT09:13:%02dZ INFO  sync: GET https://%s/wp-json/wp/v2/posts?page=%d -> 200 (%d ms)"
                     % (d, 10 + 7 * i, s, i + 1, r.randint(80, 900)))
    lines.append("%sT09:14:02Z DEBUG http: > POST /wp-json/wp/v2/posts HTTP/1.1" % d)
    lines.append("%sT09:14:02Z DEBUG http: > Host: %s" % (d, s))
    lines.append("%sT09:14:02Z DEBUG http: > Authorization: Basic %s" % (d, tok))
    lines.append("%sT09:14:02Z DEBUG http: > Content-Type: application/json" % d)
    lines.append("%sT09:14:03Z DEBUG http: < HTTP/1.1 201 Created" % d)
    lines.append("%sT09:14:03Z INFO  sync: created post id=%d" % (d, r.randint(100, 9000)))
    return "logs/wp-sync-debug.log", "\n".join(lines) + "\n", tok


@P("wordpress", "application password", g_wpapp, "wpapp")
def p_md_readme_wp(r, v):
    s, u = site(r), user(r)
    return "docs/wordpress-integration.md", T('''
        # WordPress integration

        The static export pulls posts from the production blog through the
        REST API. Authentication uses an application password created under
        *Users -> Profile -> Application Passwords* for the `<<u>>` account.

        ## Quick check

        ```sh
        curl -s --user '<<u>>:<<v>>' https://<<s>>/wp-json/wp/v2/users/me | jq .name
        ```

        ## Notes

        - Pagination: `X-WP-TotalPages` header, 100 items per page max.
        - Drafts need `?status=draft` and an authenticated request.
        ''', s=s, u=u, v=v)


@P("wordpress", "application password", g_wpapp, "wpapp")
def p_json_wp_sync(r, v):
    s, u = site(r), user(r)
    return "config/wp-sync.json", T('''
        {
          "source": "content/posts",
          "target": {
            "url": "https://<<s>>",
            "username": "<<u>>",
            "applicationPassword": "<<v>>",
            "defaultStatus": "draft",
            "categories": [<<c1>>, <<c2>>]
          },
          "images": { "upload": true, "maxWidth": 1600 }
        }
        ''', s=s, u=u, v=v, c1=r.randint(2, 40), c2=r.randint(41, 90))


@P("wordpress", "application password", g_wpapp, "wpapp")
def p_ts_wp_client(r, v):
    s, u = site(r), user(r)
    return "src/lib/wordpress.ts", T('''
        import { WpClient } from './wp-client';
        import type { Post } from '../types';

        export const wp = new WpClient({
          baseUrl: 'https://<<s>>/wp-json',
          username: '<<u>>',
          appPassword: '<<v>>',
          timeoutMs: 15_000,
        });

        export async function latestPosts(limit = 10): Promise<Post[]> {
          return wp.get<Post[]>('/wp/v2/posts', { per_page: limit, _embed: 1 });
        }
        ''', s=s, u=u, v=v)


@P("wordpress", "application password", g_wpapp, "wpapp")
def p_rb_jekyll_wp(r, v):
    s, u = site(r), user(r)
    return "_plugins/wordpress_mirror.rb", T('''
        # frozen_string_literal: true

        require "net/http"
        require "json"

        module Jekyll
          # Mirrors each generated post to the old WordPress install.
          class WordpressMirror < Generator
            safe true
            priority :low

            ENDPOINT = URI("https://<<s>>/wp-json/wp/v2/posts")
            LOGIN = "<<u>>"
            SECRET = "<<v>>"

            def generate(site)
              return unless ENV["JEKYLL_ENV"] == "production"

              site.posts.docs.last(3).each do |doc|
                req = Net::HTTP::Post.new(ENDPOINT, "Content-Type" => "application/json")
                req.basic_auth(LOGIN, SECRET)
                req.body = { title: doc.data["title"], content: doc.content, status: "draft" }.to_json
                Net::HTTP.start(ENDPOINT.host, ENDPOINT.port, use_ssl: true) { |h| h.request(req) }
              end
            end
          end
        end
        ''', s=s, u=u, v=v)


@P("wordpress", "application password", g_wpapp, "wpapp")
def p_go_wp(r, v):
    s, u = site(r), user(r)
    return "internal/wpimport/client.go", T('''
        package wpimport

        import (
        	"encoding/json"
        	"fmt"
        	"net/http"
        	"time"
        )

        const baseURL = "https://<<s>>/wp-json/wp/v2"

        var httpClient = &http.Client{Timeout: 20 * time.Second}

        // FetchPosts pulls published posts for the Hugo content/ import.
        func FetchPosts(page int) ([]Post, error) {
        	req, err := http.NewRequest("GET", fmt.Sprintf("%s/posts?page=%d&per_page=50", baseURL, page), nil)
        	if err != nil {
        		return nil, err
        	}
        	req.SetBasicAuth("<<u>>", "<<v>>")
        	resp, err := httpClient.Do(req)
        	if err != nil {
        		return nil, err
        	}
        	defer resp.Body.Close()
        	var posts []Post
        	return posts, json.NewDecoder(resp.Body).Decode(&posts)
        }
        ''', s=s, u=u, v=v)


@P("wordpress", "application password", g_wpapp, "wpapp")
def p_env_wp(r, v):
    s, u = site(r), user(r)
    return ".env", T('''
        NODE_ENV=development
        WORDPRESS_URL=https://<<s>>
        WORDPRESS_USERNAME=<<u>>
        WORDPRESS_APP_PASSWORD="<<v>>"
        REVALIDATE_PATHS=/,/blog
        ''', s=s, u=u, v=v)


@P("wordpress", "application password", g_wpapp, "wpapp")
def p_toml_hugo_wp(r, v):
    s, u = site(r), user(r)
    return "hugo.toml", T('''
        baseURL = "https://<<w>>.example.net/"
        languageCode = "en-us"
        title = "<<t>>"
        theme = "paper"

        [pagination]
          pagerSize = 10

        [params]
          description = "Posts mirrored from the old WordPress blog."
          showReadingTime = true

        [params.wordpress]
          endpoint = "https://<<s>>/wp-json/wp/v2"
          user = "<<u>>"
          secret = "<<v>>"

        [markup.goldmark.renderer]
          unsafe = true
        ''', s=s, u=u, v=v, w=word(r), t=title(r))


@P("wordpress", "application password", g_wpapp_raw, "wpapp")
def p_makefile_wp(r, v):
    s, u = site(r), user(r)
    return "Makefile", T('''
        SITE    ?= https://<<s>>
        WP_AUTH := <<u>>:<<v>>
        OUT     := build

        .PHONY: build export clean

        build:
        \thugo --minify -d $(OUT)

        export:
        \tmkdir -p data
        \tcurl -fsS -u '$(WP_AUTH)' '$(SITE)/wp-json/wp/v2/posts?per_page=100' > data/wp-posts.json

        clean:
        \trm -rf $(OUT) resources/_gen
        ''', s=s, u=u, v=v)


@P("wordpress", "application password", g_wpapp, "wpapp")
def p_ini_wp(r, v):
    s, u = site(r), user(r)
    return "publisher.ini", T('''
        ; blog publisher settings
        [general]
        drafts_dir = drafts
        default_status = draft
        timezone = Europe/Berlin

        [wordpress]
        url = https://<<s>>
        user = <<u>>
        password = <<v>>

        [images]
        max_width = 1600
        quality = 82
        ''', s=s, u=u, v=v)


@P("wordpress", "application password", g_wpapp_raw, "wpapp")
def p_http_basic(r, v):
    s, u = site(r), user(r)
    tok = b64(u + ":" + v)
    return "api-tests/wordpress.http", T('''
        ### List draft posts
        GET https://<<s>>/wp-json/wp/v2/posts?status=draft
        Authorization: Basic <<tok>>
        Accept: application/json

        ### Public categories (no auth)
        GET https://<<s>>/wp-json/wp/v2/categories?per_page=50
        Accept: application/json
        ''', s=s, tok=tok), tok


@P("wordpress", "application password", g_wpapp, "wpapp")
def p_xml_phpunit(r, v):
    s, u = site(r), user(r)
    return "phpunit.xml.dist", T('''
        <?xml version="1.0"?>
        <phpunit bootstrap="tests/bootstrap.php" colors="true" beStrictAboutTestsThatDoNotTestAnything="true">
          <testsuites>
            <testsuite name="integration">
              <directory suffix="Test.php">./tests/integration</directory>
            </testsuite>
          </testsuites>
          <php>
            <env name="WP_TESTS_REMOTE_URL" value="https://<<s>>"/>
            <env name="WP_TESTS_REMOTE_USER" value="<<u>>"/>
            <env name="WP_TESTS_REMOTE_APP_PASSWORD" value="<<v>>"/>
          </php>
        </phpunit>
        ''', s=s, u=u, v=v)


@P("wordpress.com", "oauth token", g_wpcom_token, "generic")
def p_py_wpcom(r, v):
    sid = r.randint(100000000, 240000000)
    return "bots/wpcom_stats.py", T('''
        import requests

        SITE_ID = <<sid>>
        API = "https://public-api.wordpress.com/rest/v1.1/sites/%d" % SITE_ID

        session = requests.Session()
        session.headers.update({"Authorization": "Bearer <<v>>"})


        def views_last_week():
            r = session.get(API + "/stats/visits", params={"unit": "day", "quantity": 7})
            r.raise_for_status()
            return r.json()["data"]
        ''', sid=sid, v=v)


@P("wordpress.com", "client secret", g_alnum64, "generic")
def p_php_wpcom_secret(r, v):
    cid = r.randint(10000, 99999)
    s = site(r)
    return "wp-content/plugins/wpcom-login/config.php", T('''
        <?php
        // WordPress.com "Log in with WordPress.com" application settings
        define( 'WPCOM_CLIENT_ID', <<cid>> );
        define( 'WPCOM_CLIENT_SECRET', '<<v>>' );
        define( 'WPCOM_REDIRECT_URI', 'https://<<s>>/oauth/wpcom/callback' );
        define( 'WPCOM_SCOPE', 'auth' );
        ''', cid=cid, v=v, s=s)


@P("jetpack", "blog token", g_jetpack, "generic")
def p_sql_jetpack(r, v):
    oid = r.randint(150, 900)
    s = site(r)
    ser = 'a:1:{s:10:"blog_token";s:%d:"%s";}' % (len(v), v)
    return "db/seed/staging-options.sql", T('''
        -- staging options snapshot (trimmed)
        INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES
        (1, 'siteurl', 'https://<<s>>', 'yes'),
        (2, 'home', 'https://<<s>>', 'yes'),
        (3, 'blogname', '<<t>>', 'yes'),
        (<<oid>>, 'jetpack_private_options', '<<ser>>', 'yes'),
        (<<oid2>>, 'jetpack_activated', '1', 'yes');
        ''', s=s, t=title(r), oid=oid, oid2=oid + 1, ser=ser)


@P("wordpress.com", "oauth token", g_wpcom_token, "generic")
def p_yml_wpcom_gha(r, v):
    sid = r.randint(100000000, 240000000)
    return ".github/workflows/wpcom-backup.yml", T('''
        name: Nightly WordPress.com export
        on:
          schedule:
            - cron: "17 3 * * *"
          workflow_dispatch: {}

        jobs:
          export:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - name: Export posts
                env:
                  WPCOM_SITE_ID: "<<sid>>"
                  WPCOM_ACCESS_TOKEN: '<<v>>'
                run: python scripts/export_wpcom.py --out backups/
              - uses: actions/upload-artifact@v4
                with:
                  name: wpcom-export
                  path: backups/
        ''', sid=sid, v=v)


@P("wordpress", "database password", g_password, "password")
def p_php_wp_config(r, v):
    db = word(r) + "_wp"
    return "wp-config.php", T('''
        <?php
        /**
         * WordPress base configuration (staging).
         * Salts live in wp-salt.php, which is generated on deploy.
         */

        define( 'DB_NAME', '<<db>>' );
        define( 'DB_USER', '<<db>>_user' );
        define( 'DB_PASSWORD', '<<v>>' );
        define( 'DB_HOST', 'localhost' );
        define( 'DB_CHARSET', 'utf8mb4' );
        define( 'DB_COLLATE', '' );

        require_once __DIR__ . '/wp-salt.php';

        $table_prefix = 'wp_';

        define( 'WP_DEBUG', false );
        define( 'DISALLOW_FILE_EDIT', true );

        if ( ! defined( 'ABSPATH' ) ) {
            define( 'ABSPATH', __DIR__ . '/' );
        }

        require_once ABSPATH . 'wp-settings.php';
        ''', db=db, v=v)


@P("wordpress", "database password", g_password, "password")
def p_yml_compose_wp(r, v):
    return "docker-compose.yml", T('''
        services:
          db:
            image: mariadb:11
            environment:
              MARIADB_DATABASE: wordpress
              MARIADB_USER: wordpress
              MARIADB_PASSWORD: '<<v>>'
              MARIADB_RANDOM_ROOT_PASSWORD: "1"
            volumes:
              - db:/var/lib/mysql

          wordpress:
            image: wordpress:6.5-php8.2-apache
            depends_on: [db]
            ports:
              - "8080:80"
            environment:
              WORDPRESS_DB_HOST: db
              WORDPRESS_DB_USER: wordpress
              WORDPRESS_DB_PASSWORD: '<<v>>'
              WORDPRESS_DB_NAME: wordpress
            volumes:
              - ./wp-content:/var/www/html/wp-content

        volumes:
          db: {}
        ''', v=v)


@P("wp-cli", "http auth password", g_url_password, "urlpw")
def p_wpcli_http(r, v):
    s, u = site(r), user(r)
    return "wp-cli.yml", T('''
        path: web/wp
        url: https://<<s>>

        @staging:
          http: https://<<u>>:<<v>>@staging.<<s>>
          user: <<u>>
        @production:
          ssh: deploy@<<s>>/srv/www/<<w>>/current
        ''', s=s, u=u, v=v, w=word(r))


@P("wp-cli", "database password", g_password, "password")
def p_wpcli_dbpass(r, v):
    return "wp-cli.local.yml", T('''
        path: public/wp
        color: true

        config create:
          dbname: <<w>>_local
          dbuser: <<w>>
          dbpass: '<<v>>'
          dbhost: 127.0.0.1:3307
          extra-php: |
            define( 'WP_DEBUG', true );
            define( 'WP_DEBUG_LOG', true );

        core install:
          title: "<<t>> (local)"
          admin_user: admin
          admin_email: dev@example.com
          skip-email: true
        ''', w=word(r), v=v, t=title(r))


@P("ghost", "admin api key", g_ghost_admin, "ghost")
def p_js_ghost_admin(r, v):
    s = site(r)
    return "scripts/ghost-import.js", T('''
        const GhostAdminAPI = require('@tryghost/admin-api');
        const fs = require('fs/promises');
        const path = require('path');

        const api = new GhostAdminAPI({
          url: 'https://<<s>>',
          key: '<<v>>',
          version: 'v5.0',
        });

        async function main() {
          const dir = path.join(__dirname, '..', 'export');
          for (const file of await fs.readdir(dir)) {
            const post = JSON.parse(await fs.readFile(path.join(dir, file), 'utf8'));
            await api.posts.add({ title: post.title, html: post.html, status: 'draft' }, { source: 'html' });
            console.log('imported', post.slug);
          }
        }

        main().catch((err) => { console.error(err); process.exit(1); });
        ''', s=s, v=v)


@P("ghost", "admin api key", g_ghost_admin, "ghost")
def p_py_ghost_jwt(r, v):
    s = site(r)
    return "newsletter/ghost_client.py", T('''
        import datetime as dt

        import jwt  # PyJWT
        import requests

        GHOST_URL = "https://<<s>>"
        ADMIN_KEY = "<<v>>"


        def _token() -> str:
            key_id, secret = ADMIN_KEY.split(":")
            iat = int(dt.datetime.now(dt.timezone.utc).timestamp())
            header = {"alg": "HS256", "typ": "JWT", "kid": key_id}
            payload = {"iat": iat, "exp": iat + 5 * 60, "aud": "/admin/"}
            return jwt.encode(payload, bytes.fromhex(secret), algorithm="HS256", headers=header)


        def members_count() -> int:
            r = requests.get(GHOST_URL + "/ghost/api/admin/members/?limit=1",
                             headers={"Authorization": "Ghost " + _token()}, timeout=20)
            r.raise_for_status()
            return r.json()["meta"]["pagination"]["total"]
        ''', s=s, v=v)


@P("ghost", "admin api key", g_ghost_admin, "ghost")
def p_yml_ghost_theme(r, v):
    s = site(r)
    return ".github/workflows/deploy-theme.yml", T('''
        name: Deploy Ghost theme
        on:
          push:
            branches: [main]
            paths-ignore: ["README.md"]

        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-node@v4
                with:
                  node-version: 20
              - run: yarn install --frozen-lockfile && yarn zip
              - name: Upload theme
                uses: TryGhost/action-deploy-theme@v1
                with:
                  api-url: https://<<s>>
                  api-key: <<v>>
                  file: dist/<<w>>.zip
        ''', s=s, v=v, w=word(r))


@P("ghost", "database password", g_password, "password")
def p_json_ghost_config(r, v):
    s = site(r)
    return "ghost/config.production.json", T('''
        {
          "url": "https://<<s>>",
          "server": { "port": 2368, "host": "127.0.0.1" },
          "database": {
            "client": "mysql",
            "connection": {
              "host": "localhost",
              "user": "ghost_<<n>>",
              "password": "<<v>>",
              "database": "ghost_production"
            }
          },
          "mail": { "transport": "Direct" },
          "logging": { "transports": ["file", "stdout"] },
          "process": "systemd",
          "paths": { "contentPath": "/var/www/ghost/content" }
        }
        ''', s=s, v=v, n=r.randint(100, 999))


@P("ghost", "smtp password", g_password, "password")
def p_json_ghost_mail(r, v):
    s = site(r)
    return "config.development.json", T('''
        {
          "url": "http://localhost:2368",
          "database": {
            "client": "sqlite3",
            "connection": { "filename": "content/data/ghost-dev.db" }
          },
          "mail": {
            "transport": "SMTP",
            "from": "'<<t>>' <noreply@<<s>>>",
            "options": {
              "service": "Mailgun",
              "host": "smtp.eu.mailgun.org",
              "port": 465,
              "secure": true,
              "auth": {
                "user": "postmaster@mg.<<s>>",
                "pass": "<<v>>"
              }
            }
          }
        }
        ''', s=s, v=v, t=title(r))


@P("ghost", "admin api key", g_ghost_admin, "ghost")
def p_sh_ghost_jwt(r, v):
    s = site(r)
    return "scripts/ghost-auth.sh", T('''
        #!/bin/sh
        # Build a short-lived Admin API JWT and list the five newest posts.
        KEY="<<v>>"
        URL="https://<<s>>"

        TMPIFS=$IFS; IFS=':' read ID SECRET <<EOF
        $KEY
        EOF
        IFS=$TMPIFS

        NOW=$(date +'%s'); FIVE_MINS=$((NOW + 300))
        HEADER="{\\"alg\\": \\"HS256\\",\\"typ\\": \\"JWT\\", \\"kid\\": \\"$ID\\"}"
        PAYLOAD="{\\"iat\\":$NOW,\\"exp\\":$FIVE_MINS,\\"aud\\": \\"/admin/\\"}"
        b64() { openssl base64 -e -A | tr '+/' '-_' | tr -d '='; }
        H=$(printf '%s' "$HEADER" | b64); P=$(printf '%s' "$PAYLOAD" | b64)
        SIG=$(printf '%s' "$H.$P" | openssl dgst -binary -sha256 -mac HMAC -macopt hexkey:"$SECRET" | b64)
        curl -s -H "Authorization: Ghost $H.$P.$SIG" "$URL/ghost/api/admin/posts/?limit=5"
        ''', s=s, v=v)


@P("ghost", "admin api key", g_ghost_admin, "ghost")
def p_ts_ghost_const(r, v):
    s = site(r)
    return "src/config/ghost.ts", T('''
        export const GHOST_URL = 'https://<<s>>';
        export const GHOST_ADMIN_API_KEY = '<<v>>';
        export const GHOST_API_VERSION = 'v5.0';

        export const newsletterDefaults = {
          status: 'draft' as const,
          tags: ['weekly'],
          visibility: 'members' as const,
        };
        ''', s=s, v=v)


@P("ghost", "admin api key", g_ghost_admin, "ghost")
def p_go_ghost(r, v):
    s = site(r)
    return "cmd/ghostsync/main.go", T('''
        package main

        import (
        	"log"
        	"strings"

        	"example.com/ghostsync/internal/ghost"
        )

        func main() {
        	adminKey := "<<v>>"
        	parts := strings.SplitN(adminKey, ":", 2)
        	client := ghost.NewAdminClient("https://<<s>>", parts[0], parts[1])
        	posts, err := client.Posts(ghost.Filter{Status: "published", Limit: 50})
        	if err != nil {
        		log.Fatal(err)
        	}
        	for _, p := range posts {
        		log.Printf("%s %s", p.ID, p.Slug)
        	}
        }
        ''', s=s, v=v)


@P("ghost", "admin api key", g_ghost_admin, "ghost")
def p_md_ghost_post(r, v):
    s = site(r)
    return "content/posts/%s-automating-ghost.md" % date(r), T('''
        ---
        title: "Automating my Ghost newsletter"
        date: <<d>>
        tags: [ghost, automation]
        draft: true
        ---

        I finally wired the weekly links post into Ghost. The integration lives
        under *Settings -> Integrations -> Custom*, which gives you a Content
        key and an Admin key. The Admin key is the one that can write:

        ```js
        const api = new GhostAdminAPI({
          url: 'https://<<s>>',
          key: '<<v>>',
          version: 'v5.0'
        });
        ```

        Then every Friday a cron job turns my bookmarks into a draft.
        ''', s=s, v=v, d=date(r))


@P("medium", "integration token", g_hex64, "medium")
def p_py_medium(r, v):
    return "crosspost/medium.py", T('''
        import requests

        API = "https://api.medium.com/v1"
        HEADERS = {
            "Authorization": "Bearer <<v>>",
            "Content-Type": "application/json",
            "Accept": "application/json",
        }


        def me():
            return requests.get(API + "/me", headers=HEADERS, timeout=15).json()["data"]


        def crosspost(title, markdown, canonical_url, tags=()):
            user_id = me()["id"]
            payload = {
                "title": title,
                "contentFormat": "markdown",
                "content": markdown,
                "canonicalUrl": canonical_url,
                "tags": list(tags)[:5],
                "publishStatus": "draft",
            }
            r = requests.post(f"{API}/users/{user_id}/posts", json=payload, headers=HEADERS, timeout=30)
            r.raise_for_status()
            return r.json()["data"]["url"]
        ''', v=v)


@P("medium", "integration token", g_hex64, "medium")
def p_js_medium(r, v):
    return "scripts/crosspost-medium.js", T('''
        #!/usr/bin/env node
        const fs = require('fs');
        const matter = require('gray-matter');

        const MEDIUM_TOKEN = '<<v>>';

        async function post(file) {
          const { data, content } = matter(fs.readFileSync(file, 'utf8'));
          const headers = { Authorization: `Bearer ${MEDIUM_TOKEN}`, 'Content-Type': 'application/json' };
          const me = await (await fetch('https://api.medium.com/v1/me', { headers })).json();
          const res = await fetch(`https://api.medium.com/v1/users/${me.data.id}/posts`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ title: data.title, contentFormat: 'markdown', content, publishStatus: 'draft' }),
          });
          console.log(res.status, file);
        }

        post(process.argv[2]);
        ''', v=v)


@P("medium", "integration token", g_hex64, "medium")
def p_yml_medium_gha(r, v):
    return ".github/workflows/crosspost.yml", T('''
        name: Cross-post new articles
        on:
          push:
            branches: [main]
            paths: ["_posts/**"]

        jobs:
          medium:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 2
              - name: Find new posts
                id: new
                run: echo "files=$(git diff --name-only HEAD~1 -- _posts | tr '\\n' ' ')" >> "$GITHUB_OUTPUT"
              - name: Publish drafts to Medium
                if: steps.new.outputs.files != ''
                env:
                  MEDIUM_INTEGRATION_TOKEN: <<v>>
                run: node scripts/medium.js ${{ steps.new.outputs.files }}
        ''', v=v)


@P("medium", "integration token", g_hex64, "medium")
def p_yml_jekyll_medium(r, v):
    s = site(r)
    return "_config.yml", T('''
        title: "<<t>>"
        url: "https://<<s>>"
        baseurl: ""
        permalink: /:year/:month/:title/
        markdown: kramdown
        theme: minima

        plugins:
          - jekyll-feed
          - jekyll-seo-tag
          - jekyll-medium-crosspost

        medium_crosspost:
          enabled: true
          status: draft
          license: all-rights-reserved
          auth_token: "<<v>>"

        exclude:
          - Gemfile
          - Gemfile.lock
          - node_modules
        ''', s=s, v=v, t=title(r))


@P("medium", "integration token", g_hex64, "medium")
def p_log_medium(r, v):
    d = date(r)
    lines = ["[%s 07:00:01] crosspost: scanning content/posts (%d files)" % (d, r.randint(40, 300)),
             "[%s 07:00:02] crosspost: new post %s" % (d, slug(r)),
             "[%s 07:00:02] http: POST https://api.medium.com/v1/users/%s/posts" % (d, rs(r, 65, HEX)),
             "[%s 07:00:02] http: headers={'Authorization': 'Bearer %s', 'Content-Type': 'application/json'}" % (d, v),
             "[%s 07:00:03] http: 201 Created" % d,
             "[%s 07:00:03] crosspost: done" % d]
    return "logs/crosspost-%s.log" % d, "\n".join(lines) + "\n"


@P("dev.to", "api key", g_devto, "generic")
def p_py_devto(r, v):
    return "crosspost/devto.py", T('''
        import requests

        DEVTO_API = "https://dev.to/api/articles"


        def publish(title, body_markdown, tags, canonical_url, series=None):
            article = {
                "title": title,
                "body_markdown": body_markdown,
                "published": False,
                "tags": tags[:4],
                "canonical_url": canonical_url,
            }
            if series:
                article["series"] = series
            r = requests.post(
                DEVTO_API,
                json={"article": article},
                headers={"api-key": "<<v>>", "accept": "application/vnd.forem.api-v1+json"},
                timeout=30,
            )
            r.raise_for_status()
            return r.json()["url"]
        ''', v=v)


@P("dev.to", "api key", g_devto, "generic")
def p_sh_devto(r, v):
    return "bin/devto-drafts.sh", T('''
        #!/usr/bin/env bash
        # list my unpublished DEV articles
        set -eu
        curl -s https://dev.to/api/articles/me/unpublished \\
          -H "accept: application/vnd.forem.api-v1+json" \\
          -H "api-key: <<v>>" | jq -r '.[] | "\\(.id)\\t\\(.title)"'
        ''', v=v)


@P("dev.to", "api key", g_devto, "generic")
def p_yml_devto_gha(r, v):
    return ".github/workflows/devto.yml", T('''
        name: Publish to DEV
        on:
          push:
            branches: [main]
            paths: ["posts/**/*.md"]

        jobs:
          publish:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - name: Sync articles
                uses: sinedied/publish-devto@v2
                with:
                  devto_key: '<<v>>'
                  github_token: ${{ secrets.GITHUB_TOKEN }}
                  files: 'posts/**/*.md'
                  branch: main
                  conventional_commits: true
        ''', v=v)


@P("dev.to", "api key", g_devto, "generic")
def p_js_devto(r, v):
    return "src/integrations/forem.ts", T('''
        const FOREM_BASE = 'https://dev.to/api';
        const DEVTO_API_KEY = '<<v>>';

        export async function updateArticle(id: number, bodyMarkdown: string) {
          const res = await fetch(`${FOREM_BASE}/articles/${id}`, {
            method: 'PUT',
            headers: {
              'api-key': DEVTO_API_KEY,
              accept: 'application/vnd.forem.api-v1+json',
              'content-type': 'application/json',
            },
            body: JSON.stringify({ article: { body_markdown: bodyMarkdown } }),
          });
          if (!res.ok) throw new Error(`forem ${res.status}`);
          return res.json();
        }
        ''', v=v)


@P("hashnode", "personal access token", g_uuid, "generic")
def p_js_hashnode(r, v):
    host = word(r) + ".hashnode.dev"
    return "lib/hashnode.js", T('''
        const ENDPOINT = 'https://gql.hashnode.com';

        const PUBLISH = `
          mutation PublishPost($input: PublishPostInput!) {
            publishPost(input: $input) { post { id slug url } }
          }`;

        export async function publishPost(input) {
          const res = await fetch(ENDPOINT, {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              Authorization: '<<v>>',
            },
            body: JSON.stringify({ query: PUBLISH, variables: { input } }),
          });
          const { data, errors } = await res.json();
          if (errors) throw new Error(errors[0].message);
          return data.publishPost.post;
        }

        export const PUBLICATION_HOST = '<<host>>';
        ''', v=v, host=host)


@P("hashnode", "personal access token", g_uuid, "generic")
def p_py_hashnode(r, v):
    return "scripts/hashnode_backup.py", T('''
        import json
        import urllib.request

        HASHNODE_PAT = "<<v>>"
        QUERY = """
        query Drafts { me { drafts(first: 20) { edges { node { id title updatedAt } } } } }
        """

        req = urllib.request.Request(
            "https://gql.hashnode.com",
            data=json.dumps({"query": QUERY}).encode(),
            headers={"Content-Type": "application/json", "Authorization": HASHNODE_PAT},
        )
        with urllib.request.urlopen(req, timeout=20) as resp:
            drafts = json.load(resp)["data"]["me"]["drafts"]["edges"]
        with open("backup/drafts.json", "w", encoding="utf-8") as fh:
            json.dump([e["node"] for e in drafts], fh, indent=2)
        ''', v=v)


@P("blogger", "api key", g_google, "google")
def p_py_blogger(r, v):
    bid = "".join(r.choice(string.digits) for _ in range(19))
    return "archive/blogger_export.py", T('''
        from googleapiclient.discovery import build

        BLOG_ID = "<<bid>>"

        service = build("blogger", "v3", developerKey="<<v>>")


        def all_posts():
            req = service.posts().list(blogId=BLOG_ID, maxResults=50, fetchBodies=True)
            while req is not None:
                resp = req.execute()
                yield from resp.get("items", [])
                req = service.posts().list_next(req, resp)
        ''', bid=bid, v=v)


@P("blogger", "api key", g_google, "google")
def p_js_blogger(r, v):
    bid = "".join(r.choice(string.digits) for _ in range(19))
    return "src/_data/blogger.js", T('''
        // Eleventy global data: pull the old Blogspot posts at build time.
        const EleventyFetch = require('@11ty/eleventy-fetch');

        module.exports = async function () {
          const url = 'https://www.googleapis.com/blogger/v3/blogs/<<bid>>/posts?maxResults=100&key=<<v>>';
          const json = await EleventyFetch(url, { duration: '1d', type: 'json' });
          return json.items.map((p) => ({ title: p.title, url: p.url, published: p.published }));
        };
        ''', bid=bid, v=v)


@P("tumblr", "oauth consumer secret", g_tumblr, "generic")
def p_py_tumblr(r, v):
    ck = rs(r, 50, ALNUM)
    return "bots/tumblr_queue.py", T('''
        import os

        import pytumblr

        client = pytumblr.TumblrRestClient(
            os.environ["TUMBLR_CONSUMER_KEY"],
            "<<v>>",
            os.environ["TUMBLR_OAUTH_TOKEN"],
            os.environ["TUMBLR_OAUTH_SECRET"],
        )

        BLOG = "<<w>>-archive"


        def queue_photo(path, caption):
            return client.create_photo(BLOG, state="queue", tags=["archive"], data=path, caption=caption)
        ''', ck=ck, v=v, w=word(r))


@P("tumblr", "oauth consumer secret", g_tumblr, "generic")
def p_rb_tumblr(r, v):
    ck = rs(r, 50, ALNUM)
    return "config/initializers/tumblr.rb", T('''
        # frozen_string_literal: true

        Tumblr.configure do |config|
          config.consumer_key = ENV.fetch("TUMBLR_CONSUMER_KEY")
          config.consumer_secret = "<<v>>"
          config.oauth_token = ENV.fetch("TUMBLR_OAUTH_TOKEN")
          config.oauth_token_secret = ENV.fetch("TUMBLR_OAUTH_TOKEN_SECRET")
        end
        ''', ck=ck, v=v)


@P("tumblr", "oauth token secret", g_tumblr, "generic")
def p_js_tumblr(r, v):
    return "services/tumblr.js", T('''
        const tumblr = require('tumblr.js');

        const client = tumblr.createClient({
          consumer_key: process.env.TUMBLR_CONSUMER_KEY,
          consumer_secret: process.env.TUMBLR_CONSUMER_SECRET,
          token: process.env.TUMBLR_TOKEN,
          token_secret: '<<v>>',
        });

        module.exports = async function reblogLatest(blog) {
          const { posts } = await client.blogPosts(blog, { limit: 1 });
          return posts[0];
        };
        ''', v=v)


@P("substack", "session cookie", g_substack, "generic")
def p_py_substack(r, v):
    pub = word(r)
    return "tools/substack_export.py", T('''
        import requests

        PUB = "https://<<pub>>.substack.com"
        s = requests.Session()
        s.cookies.set("substack.sid", "<<v>>", domain=".substack.com")


        def drafts():
            r = s.get(PUB + "/api/v1/drafts", params={"limit": 25, "offset": 0})
            r.raise_for_status()
            return [(d["id"], d["draft_title"]) for d in r.json()]
        ''', pub=pub, v=v)


@P("substack", "session cookie", g_substack, "generic")
def p_sh_substack(r, v):
    pub = word(r)
    return "scripts/substack-stats.sh", T('''
        #!/usr/bin/env bash
        # dump subscriber stats for the weekly report
        curl -s "https://<<pub>>.substack.com/api/v1/publish-dashboard/summary?range=30" \\
          -b 'substack.sid=<<v>>' \\
          -H 'accept: application/json' > reports/substack-$(date +%F).json
        ''', pub=pub, v=v)


@P("micro.blog", "app token", g_microblog, "generic")
def p_sh_microblog(r, v):
    return "bin/mb-post", T('''
        #!/bin/sh
        # usage: mb-post "short note"
        [ -n "$1" ] || { echo "usage: mb-post TEXT" >&2; exit 1; }
        curl -s https://micro.blog/micropub \\
          -H "Authorization: Bearer <<v>>" \\
          --data-urlencode "h=entry" \\
          --data-urlencode "content=$1"
        ''', v=v)


@P("micro.blog", "app token", g_microblog, "generic")
def p_py_microblog(r, v):
    return "indieweb/syndicate.py", T('''
        import requests

        MICROPUB = "https://micro.blog/micropub"
        token = "<<v>>"


        def syndicate(url, summary):
            r = requests.post(MICROPUB, data={"h": "entry", "content": f"{summary} {url}"},
                              headers={"Authorization": f"Bearer {token}"}, timeout=15)
            return r.headers.get("Location")
        ''', v=v)


@P("write.as", "access token", g_uuid, "generic")
def p_py_writeas(r, v):
    return "publish/writeas_sync.py", T('''
        from writeas import client

        c = client()
        c.setToken("<<v>>")

        COLLECTION = "<<w>>"


        def push(title, body):
            return c.createCollectionPost(COLLECTION, body, title)
        ''', v=v, w=word(r))


@P("write.as", "access token", g_uuid, "generic")
def p_go_writeas(r, v):
    return "cmd/wfpost/main.go", T('''
        package main

        import (
        	"fmt"
        	"os"

        	"github.com/writeas/go-writeas/v2"
        )

        func main() {
        	c := writeas.NewClientWith(writeas.Config{URL: "https://<<w>>.writeas.com/api"})
        	c.SetToken("<<v>>")
        	p, err := c.CreatePost(&writeas.PostParams{Title: os.Args[1], Content: os.Args[2], Collection: "<<w>>"})
        	if err != nil {
        		fmt.Fprintln(os.Stderr, err)
        		os.Exit(1)
        	}
        	fmt.Println(p.ID)
        }
        ''', v=v, w=word(r))


@P("ssh", "deploy password", g_password, "password")
def p_sh_sshpass(r, v):
    host = "%s.%s" % (word(r), r.choice(["host", "vps", "server"]) + ".net")
    return "deploy.sh", T('''
        #!/usr/bin/env bash
        # Build the Hugo site and push it to the shared host.
        set -euo pipefail

        HOST=<<host>>
        REMOTE_USER=<<u>>
        REMOTE_DIR=/home/<<u>>/public_html

        hugo --gc --minify
        sshpass -p '<<v>>' rsync -avz --delete \\
          -e "ssh -o StrictHostKeyChecking=accept-new" \\
          public/ "$REMOTE_USER@$HOST:$REMOTE_DIR/"
        echo "deployed $(git rev-parse --short HEAD)"
        ''', host=host, u=word(r), v=v)


@P("ftp", "deploy password", g_password, "password")
def p_yml_ftp_deploy(r, v):
    s = site(r)
    return ".github/workflows/ftp-deploy.yml", T('''
        name: Build and deploy (FTP)
        on:
          push:
            branches: [main]

        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: ruby/setup-ruby@v1
                with:
                  ruby-version: "3.2"
                  bundler-cache: true
              - run: bundle exec jekyll build
                env:
                  JEKYLL_ENV: production
              - name: Sync files
                uses: SamKirkland/FTP-Deploy-Action@v4.3.5
                with:
                  server: ftp.<<s>>
                  username: <<u>>@<<s>>
                  password: '<<v>>'
                  local-dir: ./_site/
                  server-dir: /public_html/
        ''', s=s, u=word(r), v=v)


@P("ftp", "deploy password", g_url_password, "urlpw")
def p_make_lftp(r, v):
    s = site(r)
    return "Makefile", T('''
        HUGO := hugo
        DEST := public

        .PHONY: build deploy serve

        build:
        \t$(HUGO) --minify -d $(DEST)

        serve:
        \t$(HUGO) server -D

        deploy: build
        \tlftp -u <<u>>,<<v>> sftp://<<s>> -e "mirror -R --delete --verbose $(DEST)/ /var/www/html/; bye"
        ''', s=s, u=word(r), v=v)


@P("ftp", "deploy password", g_password, "password")
def p_ini_phploy(r, v):
    s = site(r)
    return "phploy.ini", T('''
        ; PHPloy deployment config
        [production]
            scheme = ftp
            host = ftp.<<s>>
            path = /public_html
            port = 21
            user = <<u>>
            pass = '<<v>>'
            branch = main
            exclude[] = 'node_modules/*'
            exclude[] = 'tests/*'
        ''', s=s, u=word(r), v=v)


@P("ftp", "deploy password", g_password, "password")
def p_mjs_eleventy_ftp(r, v):
    s = site(r)
    return "scripts/deploy.mjs", T('''
        import { Client } from 'basic-ftp';

        const client = new Client();
        client.ftp.verbose = false;

        try {
          await client.access({
            host: 'ftp.<<s>>',
            user: '<<u>>',
            password: '<<v>>',
            secure: true,
          });
          await client.ensureDir('/htdocs');
          await client.clearWorkingDir();
          await client.uploadFromDir('_site');
          console.log('11ty site uploaded');
        } finally {
          client.close();
        }
        ''', s=s, u=word(r), v=v)


@P("tina", "read-only token", g_hex40, "tina")
def p_ts_tina_config(r, v):
    return "tina/config.ts", T('''
        import { defineConfig } from 'tinacms';

        const branch = process.env.GITHUB_BRANCH || process.env.HEAD || 'main';

        export default defineConfig({
          branch,
          clientId: '<<cid>>',
          token: '<<v>>',
          build: { outputFolder: 'admin', publicFolder: 'public' },
          media: { tina: { mediaRoot: 'uploads', publicFolder: 'public' } },
          schema: {
            collections: [
              {
                name: 'post',
                label: 'Posts',
                path: 'content/posts',
                fields: [
                  { type: 'string', name: 'title', label: 'Title', isTitle: true, required: true },
                  { type: 'rich-text', name: 'body', label: 'Body', isBody: true },
                ],
              },
            ],
          },
        });
        ''', cid=ruuid(r), v=v)


@P("tina", "search indexer token", g_hex40, "tina")
def p_ts_tina_search(r, v):
    return "tina/config.tsx", T('''
        import { defineConfig } from 'tinacms';
        import { collections } from './collections';

        export default defineConfig({
          branch: process.env.NEXT_PUBLIC_TINA_BRANCH ?? 'main',
          clientId: process.env.NEXT_PUBLIC_TINA_CLIENT_ID,
          token: process.env.TINA_TOKEN,
          build: { outputFolder: 'admin', publicFolder: 'public' },
          search: {
            tina: {
              indexerToken: '<<v>>',
              stopwordLanguages: ['eng'],
            },
            indexBatchSize: 100,
          },
          schema: { collections },
        });
        ''', v=v)


@P("strapi", "api token", g_hex256, "strapi")
def p_js_strapi_fetch(r, v):
    host = "cms.%s" % bare(r)
    return "lib/strapi.js", T('''
        const STRAPI_URL = 'https://<<host>>';

        export async function fetchArticles(locale = 'en') {
          const qs = new URLSearchParams({ locale, 'populate': 'cover', 'sort': 'publishedAt:desc' });
          const res = await fetch(`${STRAPI_URL}/api/articles?${qs}`, {
            headers: {
              Authorization: 'Bearer <<v>>',
            },
            next: { revalidate: 60 },
          });
          if (!res.ok) throw new Error('strapi ' + res.status);
          const { data } = await res.json();
          return data;
        }
        ''', host=host, v=v)


@P("strapi", "api token salt", g_b64_16, "strapi")
def p_js_strapi_admin(r, v):
    return "config/admin.js", T('''
        module.exports = ({ env }) => ({
          auth: {
            secret: env('ADMIN_JWT_SECRET'),
          },
          apiToken: {
            salt: env('API_TOKEN_SALT', '<<v>>'),
          },
          transfer: {
            token: {
              salt: env('TRANSFER_TOKEN_SALT'),
            },
          },
          flags: {
            nps: env.bool('FLAG_NPS', true),
            promoteEE: env.bool('FLAG_PROMOTE_EE', true),
          },
        });
        ''', v=v)


@P("strapi", "jwt secret", g_b64_16, "strapi")
def p_ts_strapi_plugins(r, v):
    return "config/plugins.ts", T('''
        export default ({ env }) => ({
          'users-permissions': {
            config: {
              jwtSecret: env('JWT_SECRET', '<<v>>'),
              jwt: { expiresIn: '7d' },
              register: { allowedFields: ['displayName'] },
            },
          },
          upload: {
            config: {
              sizeLimit: 25 * 1024 * 1024,
            },
          },
        });
        ''', v=v)


@P("strapi", "api token", g_hex256, "strapi")
def p_py_strapi(r, v):
    host = "cms.%s" % bare(r)
    return "etl/strapi_push.py", T('''
        import csv

        import requests

        BASE = "https://<<host>>/api"
        session = requests.Session()
        session.headers["Authorization"] = "bearer <<v>>"


        def push_authors(path="data/authors.csv"):
            with open(path, newline="", encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    session.post(BASE + "/authors", json={"data": row}, timeout=20).raise_for_status()
        ''', host=host, v=v)


@P("directus", "static token", g_b64url32, "generic")
def p_js_directus(r, v):
    host = "data.%s" % bare(r)
    return "src/lib/directus.ts", T('''
        import { createDirectus, rest, staticToken, readItems } from '@directus/sdk';

        type Schema = { posts: { id: number; title: string; slug: string; body: string }[] };

        export const directus = createDirectus<Schema>('https://<<host>>')
          .with(staticToken('<<v>>'))
          .with(rest());

        export const getPosts = () =>
          directus.request(readItems('posts', { fields: ['id', 'title', 'slug'], sort: ['-date_created'] }));
        ''', host=host, v=v)


@P("directus", "static token", g_b64url32, "generic")
def p_py_directus(r, v):
    host = "data.%s" % bare(r)
    return "scripts/directus_migrate.py", T('''
        import json
        import sys

        import requests

        DIRECTUS = "https://<<host>>"
        TOKEN = "<<v>>"


        def create(collection, item):
            r = requests.post(f"{DIRECTUS}/items/{collection}", json=item,
                              headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
            r.raise_for_status()
            return r.json()["data"]["id"]


        if __name__ == "__main__":
            for item in json.load(open(sys.argv[1], encoding="utf-8")):
                print(create("articles", item))
        ''', host=host, v=v)


@P("directus", "secret", g_b64url32, "generic")
def p_yml_directus_compose(r, v):
    return "docker-compose.yml", T('''
        services:
          directus:
            image: directus/directus:11.1.0
            ports:
              - 8055:8055
            volumes:
              - ./database:/directus/database
              - ./uploads:/directus/uploads
              - ./extensions:/directus/extensions
            environment:
              SECRET: "<<v>>"
              DB_CLIENT: "sqlite3"
              DB_FILENAME: "/directus/database/data.db"
              ADMIN_EMAIL: "admin@<<s>>"
              WEBSOCKETS_ENABLED: "true"
              CACHE_ENABLED: "false"
        ''', v=v, s=site(r))


@P("payload", "payload secret", g_hex24, "generic")
def p_ts_payload(r, v):
    return "src/payload.config.ts", T('''
        import path from 'path';
        import { buildConfig } from 'payload';
        import { mongooseAdapter } from '@payloadcms/db-mongodb';
        import { lexicalEditor } from '@payloadcms/richtext-lexical';
        import { Posts } from './collections/Posts';
        import { Users } from './collections/Users';

        export default buildConfig({
          admin: { user: Users.slug },
          collections: [Users, Posts],
          editor: lexicalEditor(),
          secret: process.env.PAYLOAD_SECRET || '<<v>>',
          typescript: { outputFile: path.resolve(__dirname, 'payload-types.ts') },
          db: mongooseAdapter({ url: process.env.DATABASE_URI || 'mongodb://127.0.0.1/<<w>>' }),
        });
        ''', v=v, w=word(r))


@P("payload", "payload secret", g_hex24, "generic")
def p_dockerfile_payload(r, v):
    return "Dockerfile", T('''
        FROM node:20-alpine AS base

        FROM base AS deps
        WORKDIR /app
        COPY package.json pnpm-lock.yaml ./
        RUN corepack enable pnpm && pnpm i --frozen-lockfile

        FROM base AS builder
        WORKDIR /app
        COPY --from=deps /app/node_modules ./node_modules
        COPY . .
        ENV NEXT_TELEMETRY_DISABLED=1
        ENV PAYLOAD_SECRET=<<v>>
        RUN corepack enable pnpm && pnpm run build

        FROM base AS runner
        WORKDIR /app
        ENV NODE_ENV=production
        COPY --from=builder /app/.next/standalone ./
        COPY --from=builder /app/.next/static ./.next/static
        EXPOSE 3000
        CMD ["node", "server.js"]
        ''', v=v)


@P("keystone", "session secret", g_keystone, "generic")
def p_ts_keystone(r, v):
    return "keystone.ts", T('''
        import { config } from '@keystone-6/core';
        import { statelessSessions } from '@keystone-6/core/session';
        import { createAuth } from '@keystone-6/auth';
        import { lists } from './schema';

        const { withAuth } = createAuth({
          listKey: 'User',
          identityField: 'email',
          secretField: 'password',
          sessionData: 'name isAdmin',
        });

        const session = statelessSessions({
          maxAge: 60 * 60 * 24 * 30,
          secret: '<<v>>',
        });

        export default withAuth(
          config({
            db: { provider: 'sqlite', url: 'file:./keystone.db' },
            lists,
            session,
          })
        );
        ''', v=v)


@P("craft", "security key", g_b64url32, "craft")
def p_php_craft(r, v):
    return "config/general.php", T('''
        <?php
        /**
         * General Configuration
         * @see \\craft\\config\\GeneralConfig
         */

        use craft\\config\\GeneralConfig;
        use craft\\helpers\\App;

        return GeneralConfig::create()
            ->defaultWeekStartDay(1)
            ->omitScriptNameInUrls()
            ->devMode(App::env('DEV_MODE') ?? false)
            ->allowAdminChanges(App::env('ALLOW_ADMIN_CHANGES') ?? false)
            ->disallowRobots(App::env('DISALLOW_ROBOTS') ?? false)
            ->securityKey('<<v>>')
            ->maxUploadFileSize('32M')
        ;
        ''', v=v)


@P("craft", "security key", g_b64url32, "craft")
def p_env_craft(r, v):
    return ".env.production", T('''
        CRAFT_APP_ID=CraftCMS--<<id>>
        CRAFT_ENVIRONMENT=production
        CRAFT_SECURITY_KEY=<<v>>
        CRAFT_DB_DRIVER=mysql
        CRAFT_DB_SERVER=127.0.0.1
        CRAFT_DB_PORT=3306
        CRAFT_DB_DATABASE=craft
        PRIMARY_SITE_URL=https://<<s>>
        ''', id=ruuid(r), v=v, s=site(r))


@P("statamic", "license key", g_statamic, "generic")
def p_php_statamic(r, v):
    return "config/statamic/system.php", T('''
        <?php

        return [

            /*
            | License Key
            | The license key for the corresponding domain from your Statamic account.
            */

            'license_key' => env('STATAMIC_LICENSE_KEY', '<<v>>'),

            'multisite' => false,

            'send_powered_by_header' => true,

            'date_format' => 'F jS, Y',

            'charset' => 'UTF-8',
        ];
        ''', v=v)


@P("kirby", "license code", g_kirby, "generic")
def p_json_kirby(r, v):
    return "site/config/.license", T('''
        {
            "activation": "<<d>>T10:21:43+00:00",
            "code": "<<v>>",
            "date": "<<d>>T10:21:43+00:00",
            "domain": "<<s>>",
            "email": "studio@<<s>>",
            "order": "<<order>>",
            "signature": "<<sig>>"
        }
        ''', d=date(r), v=v, s=site(r), order=r.randint(100000, 999999),
        sig=base64.b64encode(rbytes(r, 256)).decode())


@P("wordpress.com", "oauth token", g_wpcom_token, "generic")
def p_php_jetpack_cli(r, v):
    sid = r.randint(100000000, 240000000)
    return "wp-content/themes/%s/inc/wpcom-stats.php" % word(r), T('''
        <?php
        /**
         * Fetch top posts from the WordPress.com Stats API for the sidebar widget.
         */
        function theme_top_posts() {
            $cached = get_transient( 'theme_top_posts' );
            if ( false !== $cached ) {
                return $cached;
            }
            $resp = wp_remote_get(
                'https://public-api.wordpress.com/rest/v1.1/sites/<<sid>>/stats/top-posts?period=week',
                array( 'headers' => array( 'Authorization' => 'Bearer <<v>>' ) )
            );
            $body = json_decode( wp_remote_retrieve_body( $resp ), true );
            set_transient( 'theme_top_posts', $body, HOUR_IN_SECONDS );
            return $body;
        }
        ''', sid=sid, v=v)


@P("ghost", "admin api key", g_ghost_admin, "ghost")
def p_env_ghost(r, v):
    return ".env.local", T('''
        GHOST_API_URL=https://<<s>>
        GHOST_ADMIN_API_KEY=<<v>>
        NEXT_PUBLIC_SITE_NAME="<<t>>"
        ''', s=site(r), v=v, t=title(r))


# ------------------------------------------------ fillers for negatives
ENVNAME = {
    "wordpress": "WP_APP_PASSWORD", "wordpress.com": "WPCOM_ACCESS_TOKEN",
    "jetpack": "JETPACK_BLOG_TOKEN", "wp-cli": "WP_HTTP_PASSWORD",
    "ghost": "GHOST_ADMIN_API_KEY", "medium": "MEDIUM_TOKEN",
    "dev.to": "DEVTO_API_KEY", "hashnode": "HASHNODE_PAT",
    "blogger": "BLOGGER_API_KEY", "tumblr": "TUMBLR_CONSUMER_SECRET",
    "substack": "SUBSTACK_SID", "micro.blog": "MICROBLOG_TOKEN",
    "write.as": "WRITEAS_TOKEN", "ssh": "DEPLOY_PASSWORD",
    "ftp": "FTP_PASSWORD", "tina": "TINA_TOKEN", "strapi": "STRAPI_API_TOKEN",
    "directus": "DIRECTUS_TOKEN", "payload": "PAYLOAD_SECRET",
    "keystone": "SESSION_SECRET", "craft": "CRAFT_SECURITY_KEY",
    "statamic": "STATAMIC_LICENSE_KEY", "kirby": "KIRBY_LICENSE",
}

PLACEHOLDERS = ["<your-key>", "YOUR_API_KEY_HERE", "changeme", "your-token-here",
                "REPLACE_ME", "xxxxxxxxxxxxxxxxxxxxxxxx", "TODO", "dummy",
                "<insert token>", "XXXX-XXXX-XXXX-XXXX"]
MASKED = ["****************", "[REDACTED]", "<redacted>", "********", "•••••••••••••",
          "***hidden***"]
SPECIFIC = {
    "wpapp": ["abcd efgh ijkl mnop qrst uvwx", "abcd EFGH 1234 ijkl MNOP 6789",
              "xxxx xxxx xxxx xxxx xxxx xxxx", "AAAA BBBB CCCC DDDD EEEE FFFF",
              "1234 5678 abcd efgh 1234 5678", "**** **** **** **** **** ****",
              "your application password"],
    "ghost": ["<id>:<secret>", "YOUR_ADMIN_API_KEY", "<admin-api-key>",
              "6748592f4b9b7700010f6564:b1b5b9c1d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1",
              "000000000000000000000000:" + "0" * 64, "{id}:{secret}"],
    "medium": ["181d415f34379af07b2c11d144dfbe35d", "<integration-token>",
               "YOUR_INTEGRATION_TOKEN"],
    "google": ["AIza" + "X" * 35, "YOUR_BLOGGER_API_KEY", "<google-api-key>"],
    "tina": ["<Your Read Only Token>", "<Your Search Token>"],
    "strapi": ["tobemodified", "toBeModified1", "toBeModified2"],
    "craft": ["generate-a-long-random-key-and-put-it-here", "temp"],
    "password": ["password", "changeme", "secret", "examplepass", "<db-password>"],
    "urlpw": ["PASSWORD", "changeme", "password", "secret"],
    "generic": [],
}


def filler(r, fkey, provider):
    name = ENVNAME.get(provider, "API_TOKEN")
    refs = ["${%s}" % name, "${{ secrets.%s }}" % name, "$%s" % name,
            "op://Blog/%s/credential" % name.lower().replace("_", "-"),
            "vault:secret/data/blog#%s" % name.lower(),
            "<%%= ENV['%s'] %%>" % name, "%%%s%%" % name, "{{ %s }}" % name.lower()]
    k = r.random()
    spec = SPECIFIC.get(fkey, [])
    if fkey == "urlpw":
        pool = spec + ["${%s}" % name, "****", "xxxxxxxx", "%s" % "PASSWORD_HERE"]
        return r.choice(pool), "placeholder"
    if spec and k < 0.35:
        return r.choice(spec), "documented example or placeholder"
    if k < 0.55:
        return r.choice(PLACEHOLDERS), "placeholder"
    if k < 0.65:
        return "", "empty value"
    if k < 0.78:
        return r.choice(MASKED), "masked value"
    return r.choice(refs), "env or secret-manager reference"


# ------------------------------------------------- look-alike negatives
# Each: fn(r) -> (relpath, content, provider, kind)
NEG = []


def N(fn):
    NEG.append(fn)
    return fn


def sha1(r):
    return hashlib.sha1(rbytes(r, 20)).hexdigest()


def md5(r):
    return hashlib.md5(rbytes(r, 16)).hexdigest()


def sha256(r):
    return hashlib.sha256(rbytes(r, 32)).hexdigest()


def ghost_content_key(r):
    return rs(r, 26, HEX)


@N
def n_js_ghost_content(r):
    s = site(r)
    return "src/lib/ghost.js", T('''
        import GhostContentAPI from '@tryghost/content-api';

        // The Content API key only exposes published, public content and is
        // safe to ship to the browser (see Ghost docs).
        export const api = new GhostContentAPI({
          url: 'https://<<s>>',
          key: '<<k>>',
          version: 'v5.0',
        });

        export async function getPosts() {
          return api.posts.browse({ limit: 'all', include: 'tags,authors' });
        }
        ''', s=s, k=ghost_content_key(r)), "ghost", "content api key (public)"


@N
def n_eleventy_ghost(r):
    s = site(r)
    return "_data/site.json", T('''
        {
          "title": "<<t>>",
          "ghost": {
            "url": "https://<<s>>",
            "contentKey": "<<k>>",
            "version": "v5.0"
          },
          "postsPerPage": 12,
          "lang": "en"
        }
        ''', t=title(r), s=s, k=ghost_content_key(r)), "ghost", "content api key (public)"


@N
def n_env_example_ghost(r):
    return ".env.example", T('''
        # Public Ghost Content API settings (read-only, safe for the browser)
        GHOST_API_URL=https://<<s>>
        GHOST_CONTENT_API_KEY=<<k>>
        # Admin key: create a custom integration and paste it here locally
        GHOST_ADMIN_API_KEY=
        ''', s=site(r), k=ghost_content_key(r)), "ghost", "content api key (public)"


@N
def n_html_wp_nonce(r):
    s = site(r)
    nonce, rest = rs(r, 10, HEX), rs(r, 10, HEX)
    return "tests/fixtures/post-edit.html", T('''
        <!DOCTYPE html>
        <html lang="en-US">
        <head>
        <meta charset="UTF-8">
        <title>Edit Post &lsaquo; <<t>> &#8212; WordPress</title>
        <script id="wp-api-fetch-js-after">
        wp.apiFetch.use( wp.apiFetch.createRootURLMiddleware( "https://<<s>>/wp-json/" ) );
        wp.apiFetch.nonceMiddleware = wp.apiFetch.createNonceMiddleware( "<<rest>>" );
        wp.apiFetch.use( wp.apiFetch.nonceMiddleware );
        </script>
        </head>
        <body class="wp-admin post-php">
        <form name="post" action="post.php" method="post" id="post">
        <input type="hidden" id="_wpnonce" name="_wpnonce" value="<<nonce>>" />
        <input type="hidden" name="_wp_http_referer" value="/wp-admin/post.php?post=<<pid>>&amp;action=edit" />
        <input type="hidden" id="post_ID" name="post_ID" value="<<pid>>" />
        </form>
        </body>
        </html>
        ''', t=title(r), s=s, rest=rest, nonce=nonce, pid=r.randint(10, 9999)), "wordpress", "nonce"


@N
def n_js_wp_rest_nonce(r):
    return "assets/js/like-button.js", T('''
        /* global likeButtonData */
        ( function () {
          // likeButtonData is printed by wp_localize_script(), e.g.
          // { "root": "https://<<s>>/wp-json/", "nonce": "<<n>>", "postId": <<pid>> }
          document.querySelectorAll( '.like-button' ).forEach( ( btn ) => {
            btn.addEventListener( 'click', async () => {
              const res = await fetch( likeButtonData.root + 'likes/v1/posts/' + btn.dataset.post, {
                method: 'POST',
                headers: { 'X-WP-Nonce': likeButtonData.nonce },
                credentials: 'same-origin',
              } );
              btn.querySelector( '.count' ).textContent = ( await res.json() ).count;
            } );
          } );
        } )();
        ''', s=site(r), n=rs(r, 10, HEX), pid=r.randint(10, 9999)), "wordpress", "wp_rest nonce"


@N
def n_json_wp_posts(r):
    s = site(r)
    items = []
    for _ in range(r.randint(2, 4)):
        pid = r.randint(100, 9999)
        sl = slug(r) + "-" + str(r.randint(2, 9))
        items.append(T('''
              {
                "id": <<pid>>,
                "date_gmt": "<<d>>T08:00:00",
                "guid": { "rendered": "https://<<s>>/?p=<<pid>>" },
                "slug": "<<sl>>",
                "status": "publish",
                "link": "https://<<s>>/<<sl>>/",
                "featured_media": <<fm>>,
                "_links": { "self": [{ "href": "https://<<s>>/wp-json/wp/v2/posts/<<pid>>" }] }
              }''', pid=pid, d=date(r), s=s, sl=sl, fm=r.randint(100, 9999)).rstrip("\n"))
    return "tests/fixtures/wp-posts.json", "[\n" + ",\n".join(items) + "\n]\n", "wordpress", "post ids and guids"


@N
def n_rss(r):
    s = site(r)
    items = []
    for _ in range(r.randint(2, 4)):
        sl = slug(r)
        items.append(T('''
              <item>
                <title><<t>></title>
                <link>https://<<s>>/<<sl>>/</link>
                <guid isPermaLink="false">https://<<s>>/?p=<<pid>></guid>
                <pubDate>Mon, <<dd>> Mar 2024 09:00:00 +0000</pubDate>
              </item>''', t=title(r), s=s, sl=sl, pid=r.randint(10, 9999), dd=r.randint(10, 28)))
    body = T('''
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
          <channel>
            <title><<t>></title>
            <link>https://<<s>></link>
            <atom:link href="https://<<s>>/feed/" rel="self" type="application/rss+xml" />
            <description>Posts</description>
        ''', t=title(r), s=s) + "".join(items) + "  </channel>\n</rss>\n"
    return "static/feed.xml", body, "wordpress", "rss guids"


@N
def n_atom_uuid(r):
    s = site(r)
    entries = "".join(T('''
          <entry>
            <title><<t>></title>
            <id>urn:uuid:<<u>></id>
            <link href="https://<<s>>/posts/<<sl>>/"/>
            <updated><<d>>T12:00:00Z</updated>
          </entry>
        ''', t=title(r), u=ruuid(r), s=s, sl=slug(r), d=date(r)) for _ in range(r.randint(2, 3)))
    return "public/atom.xml", T('''
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title><<t>></title>
          <id>urn:uuid:<<u>></id>
          <updated><<d>>T12:00:00Z</updated>
        ''', t=title(r), u=ruuid(r), d=date(r)) + entries + "</feed>\n", "eleventy", "feed ids"


@N
def n_jekyll_config(r):
    s = site(r)
    return "_config.yml", T('''
        title: "<<t>>"
        url: "https://<<s>>"
        author: Ana Reyes
        google_analytics: G-<<ga>>
        disqus:
          shortname: <<w>>-blog
        recaptcha:
          site_key: 6L<<rk>>
        feed:
          path: feed.xml
        plugins:
          - jekyll-feed
          - jekyll-sitemap
        ''', t=title(r), s=s, ga=rs(r, 10, string.ascii_uppercase + string.digits),
        w=word(r), rk=rs(r, 38, B64URL)), "jekyll", "public site ids"


@N
def n_decap_config(r):
    return "static/admin/config.yml", T('''
        backend:
          name: git-gateway
          branch: main
        publish_mode: editorial_workflow
        media_folder: "static/images/uploads"
        public_folder: "/images/uploads"
        site_url: https://<<s>>
        collections:
          - name: "blog"
            label: "Blog"
            folder: "content/blog"
            create: true
            slug: "{{year}}-{{month}}-{{day}}-{{slug}}"
            fields:
              - { label: "Title", name: "title", widget: "string" }
              - { label: "Publish Date", name: "date", widget: "datetime" }
              - { label: "Body", name: "body", widget: "markdown" }
        ''', s=site(r)), "decap", "cms config"


@N
def n_decap_github(r):
    return "admin/config.yml", T('''
        backend:
          name: github
          repo: <<w>>/<<w2>>-site
          branch: main
          base_url: https://cms-auth.<<s>>
          auth_endpoint: /auth
          app_id: <<appid>>
        media_folder: src/assets/uploads
        public_folder: /assets/uploads
        collections:
          - name: posts
            label: Posts
            folder: src/posts
            create: true
            fields:
              - { name: title, label: Title }
              - { name: body, label: Body, widget: markdown }
        ''', w=word(r), w2=word(r), s=site(r), appid=r.randint(100000, 999999)), "decap", "cms config"


@N
def n_go_sum(r):
    mods = ["github.com/gohugoio/hugo-mod-bootstrap-scss/v5 v5.20300.20200",
            "github.com/hugo-toha/toha/v4 v4.5.0", "github.com/gohugoio/hugo-mod-jslibs-dist/popperjs/v2 v2.21100.20000",
            "github.com/twbs/bootstrap v5.3.3+incompatible", "github.com/FortAwesome/Font-Awesome v0.0.0-20240108205627-a1232e345536"]
    lines = []
    for m in r.sample(mods, 3):
        lines.append("%s h1:%s=" % (m, base64.b64encode(rbytes(r, 32)).decode()[:43]))
        lines.append("%s/go.mod h1:%s=" % (m, base64.b64encode(rbytes(r, 32)).decode()[:43]))
    return "go.sum", "\n".join(lines) + "\n", "hugo", "module checksums"


@N
def n_package_lock(r):
    pk = [("@tryghost/content-api", "1.11.21"), ("@11ty/eleventy", "2.0.1"),
          ("gray-matter", "4.0.3"), ("markdown-it", "14.1.0")]
    parts = []
    for name, ver in r.sample(pk, 3):
        parts.append(T('''
                "node_modules/<<n>>": {
                  "version": "<<v>>",
                  "resolved": "https://registry.npmjs.org/<<n>>/-/<<b>>-<<v>>.tgz",
                  "integrity": "sha512-<<i>>"
                }''', n=name, v=ver, b=name.split("/")[-1],
                    i=base64.b64encode(rbytes(r, 64)).decode()).rstrip("\n"))
    return "package-lock.json", T('''
        {
          "name": "<<w>>-blog",
          "version": "1.0.0",
          "lockfileVersion": 3,
          "requires": true,
          "packages": {
        ''', w=word(r)) + ",\n".join(parts) + "\n  }\n}\n", "npm", "integrity hashes"


@N
def n_composer_lock(r):
    return "composer.lock", T('''
        {
            "_readme": [
                "This file locks the dependencies of your project to a known state"
            ],
            "content-hash": "<<ch>>",
            "packages": [
                {
                    "name": "wpackagist-plugin/wordpress-seo",
                    "version": "22.4",
                    "dist": {
                        "type": "zip",
                        "url": "https://downloads.wordpress.org/plugin/wordpress-seo.22.4.zip"
                    },
                    "type": "wordpress-plugin"
                },
                {
                    "name": "roots/wordpress-no-content",
                    "version": "6.5.2",
                    "source": {
                        "type": "git",
                        "url": "https://github.com/WordPress/WordPress.git",
                        "reference": "<<ref>>"
                    },
                    "dist": { "type": "zip", "shasum": "<<sh>>" }
                }
            ]
        }
        ''', ch=md5(r), ref=sha1(r), sh=sha1(r)), "composer", "lock hashes"


@N
def n_wp_checksums(r):
    files = ["wp-login.php", "wp-includes/version.php", "wp-admin/index.php",
             "wp-includes/js/wp-emoji.js", "xmlrpc.php", "wp-settings.php"]
    body = ",\n".join('      "%s": "%s"' % (f, md5(r)) for f in r.sample(files, 4))
    return "ops/core-checksums-6.5.json", '{\n  "checksums": {\n    "6.5.2": {\n' + body + "\n    }\n  }\n}\n", "wordpress", "file checksums"


@N
def n_media_csv(r):
    rows = ["attachment_id,file,sha1,width,height,mime"]
    for _ in range(r.randint(4, 8)):
        rows.append("%d,uploads/%s/%02d/%s.jpg,%s,%d,%d,image/jpeg" % (
            r.randint(100, 9999), r.randint(2019, 2025), r.randint(1, 12), md5(r)[:12], sha1(r),
            r.choice([1200, 1600, 2048]), r.choice([800, 900, 1365])))
    return "exports/media-library.csv", "\n".join(rows) + "\n", "wordpress", "media hashes"


@N
def n_authors_gravatar(r):
    out = []
    for n in r.sample(["ana", "marco", "lee", "priya", "tom", "sara"], 3):
        out.append("%s:\n  name: %s\n  gravatar: https://www.gravatar.com/avatar/%s?s=160\n  twitter: %s_writes\n" % (n, n.title(), md5(r), n))
    return "_data/authors.yml", "\n".join(out), "gravatar", "email md5"


@N
def n_medium_export(r):
    return "imports/medium/posts.json", T('''
        {
          "user": { "id": "5303d74c64f66366f00cb9b2a94f3251bf5", "username": "majelbstoat" },
          "posts": [
            { "id": "<<p1>>", "title": "<<t1>>", "url": "https://medium.com/@majelbstoat/<<s1>>-<<p1>>", "publishStatus": "public" },
            { "id": "<<p2>>", "title": "<<t2>>", "url": "https://medium.com/@majelbstoat/<<s2>>-<<p2>>", "publishStatus": "draft" }
          ]
        }
        ''', p1=rs(r, 12, HEX), p2=rs(r, 12, HEX), t1=title(r), t2=title(r), s1=slug(r), s2=slug(r)), "medium", "post ids"


@N
def n_devto_fixture(r):
    aid = r.randint(1000000, 2500000)
    sl = slug(r) + "-" + rs(r, 4, LOWER_ALNUM)
    return "test/fixtures/devto-article.json", T('''
        {
          "type_of": "article",
          "id": <<aid>>,
          "title": "<<t>>",
          "slug": "<<sl>>",
          "path": "/<<u>>/<<sl>>",
          "url": "https://dev.to/<<u>>/<<sl>>",
          "canonical_url": "https://<<s>>/posts/<<sl0>>/",
          "published_at": "<<d>>T10:12:41Z",
          "tag_list": ["webdev", "blogging"],
          "user": { "user_id": <<uid>>, "username": "<<u>>" }
        }
        ''', aid=aid, t=title(r), sl=sl, u=word(r), s=site(r), sl0=slug(r), d=date(r),
        uid=r.randint(100000, 4000000)), "dev.to", "article ids and slugs"


@N
def n_hashnode_resp(r):
    return "tests/fixtures/hashnode-publication.json", T('''
        {
          "data": {
            "publication": {
              "id": "<<pid>>",
              "title": "<<t>>",
              "posts": {
                "edges": [
                  { "node": { "id": "<<a>>", "slug": "<<s1>>", "cuid": "cl<<c1>>" } },
                  { "node": { "id": "<<b>>", "slug": "<<s2>>", "cuid": "cl<<c2>>" } }
                ],
                "pageInfo": { "hasNextPage": true, "endCursor": "<<cur>>" }
              }
            }
          }
        }
        ''', pid=objectid(r), t=title(r), a=objectid(r), b=objectid(r), s1=slug(r), s2=slug(r),
        c1=rs(r, 23, LOWER_ALNUM), c2=rs(r, 23, LOWER_ALNUM),
        cur=base64.b64encode(objectid(r).encode()).decode()), "hashnode", "object ids"


@N
def n_tina_public(r):
    return "tina/config.js", T('''
        import { defineConfig } from 'tinacms';

        export default defineConfig({
          branch: process.env.HEAD || 'main',
          // Client ID is public: it identifies the TinaCloud project.
          clientId: '<<cid>>',
          token: process.env.TINA_TOKEN,
          build: { outputFolder: 'admin', publicFolder: 'static' },
          media: { tina: { mediaRoot: 'images', publicFolder: 'static' } },
          schema: { collections: [] },
        });
        ''', cid=ruuid(r)), "tina", "client id (public)"


@N
def n_strapi_sql(r):
    rows = []
    for i in range(1, r.randint(3, 5)):
        rows.append("(%d, '%s', '', 'read-only', '%s', NULL, '%sT10:00:00.000Z')" % (
            i, r.choice(["Frontend", "Preview", "Search indexer", "Newsletter"]),
            hashlib.sha512(rbytes(r, 64)).hexdigest(), date(r)))
    return "database/snapshots/api_tokens.sql", (
        "-- Strapi stores only an HMAC of each API token (access_key); tokens themselves are not recoverable.\n"
        "INSERT INTO strapi_api_tokens (id, name, description, type, access_key, last_used_at, created_at) VALUES\n"
        + ",\n".join(rows) + ";\n"), "strapi", "token hashes"


@N
def n_wp_posts_sql(r):
    s = site(r)
    rows = []
    for _ in range(r.randint(3, 5)):
        pid = r.randint(10, 9999)
        rows.append("(%d, 1, '%s 09:00:00', '%s', 'publish', 'open', '', '%s', 'https://%s/?p=%d', 'post')" % (
            pid, date(r), title(r).replace("'", ""), slug(r), s, pid))
    return "db/fixtures/posts.sql", (
        "INSERT INTO wp_posts (ID, post_author, post_date, post_title, post_status, comment_status, post_password, post_name, guid, post_type) VALUES\n"
        + ",\n".join(rows) + ";\n"), "wordpress", "post slugs"


@N
def n_changelog(r):
    out = ["# Changelog", ""]
    for i in range(r.randint(3, 5)):
        out.append("## v1.%d.%d (%s)" % (r.randint(0, 9), i, date(r)))
        for _ in range(2):
            out.append("- %s (%s)" % (r.choice(["Fix RSS GUIDs", "Add Ghost theme preview", "Update Tina schema",
                                                 "Lazy-load images", "Bump Hugo to 0.125"]), sha1(r)[:r.choice([7, 40])]))
        out.append("")
    return "CHANGELOG.md", "\n".join(out), "git", "commit shas"


@N
def n_compose_digest(r):
    return "deploy/docker-compose.yml", T('''
        services:
          ghost:
            image: ghost:5-alpine@sha256:<<d1>>
            restart: unless-stopped
            environment:
              url: https://<<s>>
              database__client: mysql
              database__connection__host: db
              database__connection__user: ghost
              database__connection__password: ${GHOST_DB_PASSWORD}
              database__connection__database: ghost
          db:
            image: mysql:8.0@sha256:<<d2>>
            environment:
              MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root
            secrets: [mysql_root]
        secrets:
          mysql_root:
            file: ./secrets/mysql_root.txt
        ''', d1=sha256(r), d2=sha256(r), s=site(r)), "docker", "image digests"


@N
def n_gha_pinned(r):
    return ".github/workflows/hugo.yml", T('''
        name: Deploy Hugo site to Pages
        on:
          push:
            branches: [main]
        permissions:
          contents: read
          pages: write
          id-token: write
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@<<a>> # v4.1.1
                with:
                  submodules: recursive
              - uses: peaceiris/actions-hugo@<<b>> # v3.0.0
                with:
                  hugo-version: "0.125.4"
                  extended: true
              - run: hugo --minify
              - uses: actions/upload-pages-artifact@<<c>> # v3
                with:
                  path: ./public
          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
            steps:
              - uses: actions/deploy-pages@<<d>> # v4
        ''', a=sha1(r), b=sha1(r), c=sha1(r), d=sha1(r)), "github", "pinned action shas"


@N
def n_sri_html(r):
    return "layouts/partials/head.html", T('''
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ .Title }} | {{ .Site.Title }}</title>
        <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
              integrity="sha384-<<a>>" crossorigin="anonymous">
        {{ $css := resources.Get "scss/main.scss" | toCSS | minify | fingerprint }}
        <link rel="stylesheet" href="{{ $css.RelPermalink }}" integrity="{{ $css.Data.Integrity }}">
        <script defer src="https://cdn.jsdelivr.net/npm/alpinejs@3.13.10/dist/cdn.min.js"
                integrity="sha384-<<b>>" crossorigin="anonymous"></script>
        ''', a=base64.b64encode(rbytes(r, 48)).decode(), b=base64.b64encode(rbytes(r, 48)).decode()), "hugo", "sri hashes"


@N
def n_hugo_stats(r):
    return "resources/_gen/assets/scss/main.scss_%s.json" % md5(r), T('''
        {"Target":"css/main.min.<<h>>.css","MediaType":"text/css","Data":{"Integrity":"sha256-<<i>>"}}
        ''', h=sha256(r), i=base64.b64encode(rbytes(r, 32)).decode()), "hugo", "fingerprints"


@N
def n_ssh_pub(r):
    return "docs/deploy-access.md", T('''
        # Deploy access

        The CI runner deploys over SSH with a key pair stored in the CI secret
        store. Add this **public** key to `~/.ssh/authorized_keys` on the host:

        ```
        ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k>> ci-deploy@<<w>>
        ```

        Host key fingerprint (verify on first connect):
        `SHA256:<<fp>>`
        ''', k=base64.b64encode(rbytes(r, 32)).decode()[:43], w=word(r),
        fp=base64.b64encode(rbytes(r, 32)).decode().rstrip("=")), "ssh", "public key"


@N
def n_wpcom_public(r):
    return "config/jetpack.php", T('''
        <?php
        // Public identifiers only; the blog token is stored by Jetpack in the DB.
        define( 'JETPACK_SITE_ID', <<sid>> );
        define( 'WPCOM_CLIENT_ID', <<cid>> );
        define( 'JETPACK_DEV_DEBUG', false );
        define( 'JETPACK_STAGING_MODE', wp_get_environment_type() !== 'production' );
        ''', sid=r.randint(100000000, 240000000), cid=r.randint(10000, 99999)), "jetpack", "public ids"


@N
def n_blogger_ids(r):
    bid = "".join(r.choice(string.digits) for _ in range(19))
    lines = ["blog_id,post_id,title,published"]
    for _ in range(r.randint(3, 6)):
        lines.append("%s,%s,%s,%sT09:00:00-07:00" % (bid, "".join(r.choice(string.digits) for _ in range(19)), title(r), date(r)))
    return "migration/blogger-posts.csv", "\n".join(lines) + "\n", "blogger", "post ids"


@N
def n_directus_snapshot(r):
    return "snapshots/schema.yaml", T('''
        version: 1
        directus: 11.1.0
        vendor: postgres
        collections:
          - collection: articles
            meta:
              accountability: all
              icon: article
              sort_field: sort
            schema:
              name: articles
        fields:
          - collection: articles
            field: id
            type: uuid
            meta:
              special: [uuid]
          - collection: articles
            field: cover
            type: uuid
            schema:
              default_value: <<u>>
        relations: []
        ''', u=ruuid(r)), "directus", "uuids"


@N
def n_craft_project(r):
    return "config/project/project.yaml", T('''
        dateModified: <<ts>>
        email:
          fromEmail: $SYSTEM_EMAIL
          fromName: '<<t>>'
          transportType: craft\\mail\\transportadapters\\Sendmail
        fs:
          uploads:
            hasUrls: true
            name: Uploads
            type: craft\\fs\\Local
            url: '@web/uploads'
        meta:
          __names__:
            <<u1>>: Blog # Blog
            <<u2>>: Uploads # Uploads
        system:
          edition: pro
          live: true
          name: '<<t>>'
          schemaVersion: 5.0.0.20
          timeZone: Europe/London
        ''', ts=r.randint(1700000000, 1730000000), t=title(r), u1=ruuid(r), u2=ruuid(r)), "craft", "uids"


@N
def n_kirby_content(r):
    return "content/2_blog/%d_%s/article.txt" % (r.randint(1, 40), slug(r)), T('''
        Title: <<t>>

        ----

        Date: <<d>>

        ----

        Uuid: <<k>>

        ----

        Cover: - file://<<f>>

        ----

        Text: Short notes from this week. (link: page://<<p>> text: previous issue)
        ''', t=title(r), d=date(r), k=rs(r, 16, ALNUM), f=rs(r, 16, ALNUM), p=rs(r, 16, ALNUM)), "kirby", "content uuids"


@N
def n_statamic_entry(r):
    return "content/collections/articles/%s.%s.md" % (date(r), slug(r)), T('''
        ---
        id: <<u>>
        blueprint: article
        title: '<<t>>'
        author: <<a>>
        updated_by: <<a>>
        updated_at: <<ts>>
        ---
        Statamic entry body goes here.
        ''', u=ruuid(r), t=title(r), a=ruuid(r), ts=r.randint(1700000000, 1730000000)), "statamic", "entry ids"


@N
def n_substack_csv(r):
    lines = ["post_id,post_date,is_published,email_sent_at,type,audience,title,subtitle"]
    for _ in range(r.randint(3, 6)):
        pid = r.randint(100000000, 150000000)
        lines.append("%d.%s,%sT13:00:00.000Z,true,%sT13:00:05.000Z,newsletter,everyone,%s," % (
            pid, slug(r), date(r), date(r), title(r)))
    return "imports/substack/posts.csv", "\n".join(lines) + "\n", "substack", "post ids"


@N
def n_hentry(r):
    s = site(r)
    return "layouts/partials/h-entry.html", T('''
        <article class="h-entry">
          <a class="u-url u-uid" href="https://<<s>>/notes/<<d>>/<<n>>/">permalink</a>
          <time class="dt-published" datetime="<<d>>T08:12:00+00:00"><<d>></time>
          <div class="e-content">{{ .Content }}</div>
          <a class="u-syndication" href="https://micro.blog/<<w>>/<<mid>>">Also on Micro.blog</a>
          <link rel="webmention" href="https://webmention.io/<<s>>/webmention">
        </article>
        ''', s=s, d=date(r), n=r.randint(1, 9), w=word(r), mid=r.randint(10000000, 40000000)), "micro.blog", "ids"


@N
def n_webhook_verify(r):
    return "api/ghost-webhook.js", T('''
        import crypto from 'node:crypto';

        // Ghost signs webhooks: header "x-ghost-signature: sha256=<hex>, t=<timestamp>"
        // Example header from our logs (signature only, safe to keep):
        // x-ghost-signature: sha256=<<sig>>, t=<<ts>>
        export function verify(rawBody, header) {
          const [sigPart, tPart] = header.split(', ');
          const sig = sigPart.split('=')[1];
          const t = tPart.split('=')[1];
          const expected = crypto
            .createHmac('sha256', process.env.GHOST_WEBHOOK_SECRET)
            .update(`${rawBody}${t}`)
            .digest('hex');
          return crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected));
        }
        ''', sig=sha256(r), ts=r.randint(1700000000000, 1730000000000)), "ghost", "hmac signature"


@N
def n_data_uri(r):
    return "assets/css/icons.css", T('''
        .icon-rss {
          width: 16px;
          height: 16px;
          background-image: url("data:image/png;base64,<<b>>");
        }
        .icon-mastodon { background-image: url("/img/mastodon.svg"); }
        ''', b=base64.b64encode(b"\x89PNG\r\n\x1a\n" + rbytes(r, 120)).decode()), "css", "base64 data"


@N
def n_wpcli_aliases(r):
    s = site(r)
    return "wp-cli.yml", T('''
        path: web/wp
        url: https://<<s>>
        apache_modules:
          - mod_rewrite

        @staging:
          ssh: deploy@staging.<<s>>:2222/srv/www/<<w>>/current/web/wp
        @production:
          ssh: deploy@<<s>>/srv/www/<<w>>/current/web/wp
        @all:
          - @staging
          - @production
        ''', s=s, w=word(r)), "wp-cli", "aliases"


@N
def n_make_rsync_key(r):
    return "Makefile", T('''
        HOST ?= <<w>>.example.net
        KEY  ?= ~/.ssh/deploy_ed25519

        deploy:
        \tbundle exec jekyll build
        \trsync -avz --delete -e "ssh -i $(KEY)" _site/ deploy@$(HOST):/var/www/<<w>>/
        ''', w=word(r)), "rsync", "key path"


@N
def n_strapi_env_example(r):
    return ".env.example", T('''
        HOST=0.0.0.0
        PORT=1337
        APP_KEYS="toBeModified1,toBeModified2"
        API_TOKEN_SALT=tobemodified
        ADMIN_JWT_SECRET=tobemodified
        TRANSFER_TOKEN_SALT=tobemodified
        JWT_SECRET=tobemodified
        DATABASE_CLIENT=sqlite
        DATABASE_FILENAME=.tmp/data.db
        '''), "strapi", "placeholders"


@N
def n_readme_wp_docs(r):
    return "README.md", T('''
        # <<w>>-importer

        Imports posts into WordPress through the REST API.

        1. In WordPress go to *Users -> Profile -> Application Passwords*.
        2. Copy the generated password. It is shown chunked, like
           `abcd EFGH 1234 ijkl MNOP 6789` (that one is the example from the
           WordPress docs - yours will differ).
        3. Export it before running:

        ```sh
        export WP_USER=admin
        export WP_APP_PASSWORD='xxxx xxxx xxxx xxxx xxxx xxxx'
        npm run import -- --site https://example.com
        ```
        ''', w=word(r)), "wordpress", "documented example"


@N
def n_medium_docs(r):
    return "docs/medium.md", T('''
        ## Medium

        Medium integration tokens are created under *Settings -> Security and
        apps -> Integration tokens*. Requests look like this (token from the
        Medium API docs, not a real one):

        ```
        GET /v1/me HTTP/1.1
        Host: api.medium.com
        Authorization: Bearer 181d415f34379af07b2c11d144dfbe35d
        Content-Type: application/json
        ```

        Put your own token in the `MEDIUM_TOKEN` CI secret.
        '''), "medium", "documented example"


@N
def n_ghost_members_csv(r):
    lines = ["id,email,name,note,subscribed_to_emails,complimentary_plan,stripe_customer_id,created_at,labels"]
    for _ in range(r.randint(3, 6)):
        lines.append("%s,reader%d@example.com,Reader %d,,true,false,,%sT10:00:00.000Z,newsletter" % (
            objectid(r), r.randint(1, 999), r.randint(1, 999), date(r)))
    return "exports/ghost-members-sample.csv", "\n".join(lines) + "\n", "ghost", "member ids"


@N
def n_payload_seed(r):
    return "src/seed/posts.json", T('''
        [
          { "id": "<<a>>", "title": "<<t1>>", "slug": "<<s1>>", "_status": "published", "author": "<<u>>" },
          { "id": "<<b>>", "title": "<<t2>>", "slug": "<<s2>>", "_status": "draft", "author": "<<u>>" }
        ]
        ''', a=objectid(r), b=objectid(r), t1=title(r), t2=title(r), s1=slug(r), s2=slug(r), u=objectid(r)), "payload", "object ids"


@N
def n_hugo_toml_public(r):
    return "config/_default/params.toml", T('''
        description = "<<t>>"
        mainSections = ["posts"]

        [analytics]
          googleAnalytics = "G-<<ga>>"
          plausibleDomain = "<<s>>"

        [comments.giscus]
          repo = "<<w>>/<<w>>-blog"
          repoId = "R_kgDO<<rid>>"
          category = "Comments"
          categoryId = "DIC_kwDO<<cid>>"
        ''', t=title(r), ga=rs(r, 10, string.ascii_uppercase + string.digits), s=site(r), w=word(r),
        rid=rs(r, 8, B64URL), cid=rs(r, 12, B64URL)), "hugo", "public ids"


@N
def n_sql_schema(r):
    return "db/migrations/0003_api_keys.sql", T('''
        -- API keys for the headless blog; only a SHA-256 digest is stored.
        CREATE TABLE api_keys (
            id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
            label       TEXT NOT NULL,
            key_prefix  CHAR(8) NOT NULL,
            key_sha256  CHAR(64) NOT NULL,
            created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
        );

        INSERT INTO api_keys (id, label, key_prefix, key_sha256) VALUES
            ('<<u>>', 'preview', '<<p>>', '<<h>>');
        ''', u=ruuid(r), p=rs(r, 8, LOWER_ALNUM), h=sha256(r)), "cms", "key digest"


# ------------------------------------------------------------------ driver
BLOCKED_ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return base.startswith(".env") and base not in BLOCKED_ENV_OK


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    special = {"Makefile": "makefile", "Dockerfile": "dockerfile", ".license": "json",
               "mb-post": "sh", "go.sum": "gosum"}
    if base in special:
        return special[base]
    if base.startswith(".env"):
        return "env"
    if "." in base:
        ext = base.rsplit(".", 1)[-1]
        return {"yaml": "yml", "mjs": "js", "tsx": "ts", "dist": "xml"}.get(ext, ext)
    return "txt"


def cycle(r, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out.extend(block)
    return out[:n]


def write(outdir, rel, content):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(content)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_jf.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    import shutil
    for sub in ("pos", "neg"):
        if os.path.isdir(os.path.join(outdir, sub)):
            shutil.rmtree(os.path.join(outdir, sub))
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []

    # positives
    n_env = 0
    for i, (fn, prov, kind, gen, _fill) in enumerate(cycle(r, POS, 500)):
        v = gen(r)
        res = fn(r, v)
        path, content = res[0], res[1]
        needle = res[2] if len(res) > 2 else v
        if is_blocked_env(path):
            n_env += 1
        rel = "pos/p%04d/%s" % (i, path)
        assert needle and "\n" not in needle, (fn.__name__, needle)
        idx = content.find(needle)
        assert idx >= 0, (fn.__name__, needle)
        line = content.count("\n", 0, idx) + 1
        assert needle in content.split("\n")[line - 1], fn.__name__
        write(outdir, rel, content)
        manifest.append({"file": rel, "label": "pos", "provider": prov, "kind": kind,
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert n_env <= 25, n_env

    # negatives: half re-used templates, half look-alikes
    jobs = [("reuse", t) for t in cycle(r, POS, 250)] + [("alike", t) for t in cycle(r, NEG, 250)]
    r.shuffle(jobs)
    for i, (mode, t) in enumerate(jobs):
        if mode == "reuse":
            fn, prov, kind, gen, fill = t
            val, why = filler(r, fill, prov)
            res = fn(r, val)
            path, content = res[0], res[1]
            kind = "%s (%s)" % (kind, why)
        else:
            path, content, prov, kind = t(r)
        if is_blocked_env(path):
            path = path.rsplit("/", 1)[0] + "/.env.example" if "/" in path else ".env.example"
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, content)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=False) + "\n")

    # re-read check: every needle on its stated line of the written file
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s
    print("wrote %d positives, %d negatives to %s (%d pos templates, %d look-alike templates)"
          % (len(secrets), len(manifest) - len(secrets), outdir, len(POS), len(NEG)))


if __name__ == "__main__":
    main()
