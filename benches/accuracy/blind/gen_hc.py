#!/usr/bin/env python3
"""gen_hc.py - blind evaluation set: web servers and reverse proxies as sysadmins configure them.

EMPHASIS
    Domain: credentials that end up in web-server / reverse-proxy configuration.
    Servers: nginx (auth_basic user files with {PLAIN} entries, proxy_set_header Authorization /
    X-Api-Key, `set $var`, secure_link_secret, secure_link_md5, ssl_password_file contents,
    ingress-nginx annotations and auth secrets), Apache httpd (.htaccess, .htpasswd plain entries,
    RequestHeader set, mod_auth_mysql, mod_dbd DBDParams, mod_auth_openidc, mod_authnz_ldap,
    SSLPassPhraseDialog scripts), Caddy (Caddyfile DNS provider tokens for ACME, header_up,
    Caddy v1 plain basicauth, caddy.json, caddy-docker-proxy labels), HAProxy (stats auth,
    userlist insecure-password, http-request set-header, Data Plane API users, Ansible vars),
    Traefik (DNS-challenge environment tokens in compose/systemd/.env/k8s, plugin secrets,
    headers middleware), Envoy (request_headers_to_add, private-key password, inline private key,
    Lua filter), Varnish VCL, OpenResty Lua, Squid (cache_peer login=, cachemgr_passwd),
    lighttpd (plain user file, setenv request header).
    DNS providers for ACME DNS-01: Cloudflare (API token, Global API key), DigitalOcean,
    AWS Route53, Gandi (PAT and legacy API key); plus GitHub PATs and Slack webhooks that show
    up in proxy configs and renewal hooks, and generic upstream API keys.
    Kinds: basic-auth passwords, Basic headers, bearer tokens / API keys in injected headers,
    DNS API tokens, secure_link secrets, private-key passphrases, private keys, signing
    secrets, DB/LDAP bind passwords, OIDC client secrets, webhook URLs.
    File types: nginx .conf / sites-available, .conf.template, .htaccess, .htpasswd, httpd.conf,
    Caddyfile, caddy.json, haproxy.cfg, traefik.yml/.toml, dynamic config, docker-compose.yml
    (environment and labels), Kubernetes YAML (Ingress annotations, Secrets), Envoy YAML, VCL,
    Lua, squid.conf, lighttpd.conf, shell, systemd units, INI (certbot), Terraform, Dockerfile,
    GitHub workflow YAML, Ansible vars, Python, PHP, Markdown, SQL, CSV, logs, JSON, PEM.

    Templates: 75 positive templates, 66 negative look-alike templates (plus the 75 positive
    templates re-used with non-secret fillers for half of the negatives).

USAGE
    python3 -B gen_hc.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (file, label, provider, kind, filetype) and OUTDIR/secrets.jsonl
    (file, needle, line).  Deterministic per SEED: one random.Random(SEED), no clock, no
    os.urandom, no set iteration, no hash().  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written, without surrounding quotes.
    * user:password pairs (htpasswd {PLAIN}/plain lines, HAProxy `stats auth`, Squid `login=`,
      lighttpd plain files, curl -u, Caddy v1 basicauth): the needle is the password only.
    * URLs with credentials (http://user:pass@host): the needle is the password only.
    * Authorization: Basic <b64>: the needle is the base64 blob (it encodes user:password).
    * Authorization: Bearer <tok> / token <tok> / X-Api-Key <tok>: the needle is the token only.
    * Key pairs (AWS access key id + secret access key; Cloudflare e-mail + Global API key):
      the needle is the secret half; the public id / e-mail is also written in the file.
    * Webhook URLs (Slack): the needle is the whole URL, because the secret is its path.
    * Multi-line PEM private keys: the needle is the SECOND line of the base64 body (the first
      line is mostly the fixed ASN.1/PKCS#8 header shared by all keys of that type).
    * Passphrase files (ssl_password_file): the needle is the passphrase line.
    * `line` is the 1-based line of the needle's first occurrence; the program re-reads every
      written file and asserts the needle is on that line.

NEGATIVES
    250 negatives re-use the positive templates with the secret slot filled by a non-secret:
    placeholders (<your-api-token>, YOUR_API_TOKEN_HERE, changeme, xxxx...), empty values,
    masked values (****, [REDACTED]), environment references in the syntax the file type
    really uses (${VAR} for compose/shell/envsubst templates, {env.VAR}/{$VAR} for Caddy,
    "${VAR}" for HAProxy, ${{ secrets.VAR }} for GitHub Actions, Jinja/Helm expressions),
    secret-manager references (vault:, op://, AWS Secrets Manager ARN), documented example
    values (AWS AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, Apache's
    "myPassword", lego's Gandi example token) and, for password-file slots, a hash instead of
    the plain password.  250 negatives come from look-alike templates: hashed htpasswd
    entries ($apr1$, $2y$, {SHA}, crypt, $6$), bcrypt hashes in Caddy/Traefik, htdigest
    lines, TLS certificate / key / dhparam / OCSP / session-ticket paths, public PEM
    certificates and public keys, JWKS, DKIM records, HPKP pins, CSP/SRI hashes, image
    digests, GPG fingerprints, request ids, ACME challenge values, zone/account ids, upstream
    names, header rules with variable values ($http_authorization, %REQ()%, req.hdr()),
    redacted logs, signed-link examples.  No negative is written to a .env / .env.* file
    other than .env.example / .env.sample.

FORMATS CHECKED (search tool, providers' docs and public pages)
    * Cloudflare: developers.cloudflare.com "Token formats" page: new credentials are
      cfk_/cfut_/cfat_ + 40 characters + a checksum; API tokens are sent as
      "Authorization: Bearer", Global API key as X-Auth-Key + X-Auth-Email (community thread).
    * DigitalOcean: docs.digitalocean.com release note 2022 "API token format": personal
      access tokens start with dop_v1_ (doo_v1_ OAuth, dor_v1_ refresh).
    * Gandi: api.gandi.net/docs/authentication: PAT used as "Authorization: Bearer"; API key
      deprecated; lego docs list GANDIV5_PERSONAL_ACCESS_TOKEN / GANDIV5_API_KEY (example
      value abcdefghijklmnopqrstuvwx); caddy-dns/gandi README: `dns gandi {env.GANDI_BEARER_TOKEN}`.
    * AWS: access key id is 20 upper-case alphanumerics (AKIA...), secret access key is 40
      characters of [A-Za-z0-9/+] (vendor docs quoting AWS); AKIAIOSFODNN7EXAMPLE is AWS's example.
    * GitHub: ghp_ prefix, last six characters are a CRC32 checksum in base62 (GitHub blog as
      summarised by simonwillison.net and others).
    * Apache: httpd docs "Password Formats": $2y$ bcrypt, $apr1$ MD5, {SHA} base64 SHA-1, crypt,
      plain text only on Windows/Netware; htpasswd examples with myName/myPassword.
    * Caddy: basic_auth accepts only hashed passwords (bcrypt default); `caddy hash-password`.
    * Traefik: BasicAuth users are htpasswd hashes (MD5/SHA1/BCrypt); dollar signs doubled in
      compose labels.
    * HAProxy: userlist `user <name> password <crypt>` or `insecure-password <plain>`.
    * Squid: cache_peer `login=user:password` (% written as %%), login=PASS, login=*:password.
    * nginx: ngx_http_secure_link_module (secure_link_secret, secure_link_md5 with a secret in
      the expression, base64url md5 in the link); ssl_password_file holds passphrases.
    * lighttpd: plain backend file is "user:cleartext" per line.

DOUBTS
    * Cloudflare's new cfut_/cfat_/cfk_ checksum algorithm and length are not documented in what
      I found, so positives use the legacy API-token shape (40 chars of [A-Za-z0-9_-]) and the
      Global API key shape (37 lower-case hex), both from general knowledge, not from the docs.
    * DigitalOcean: the docs give the dop_v1_ prefix only; the 64 lower-case hex body is from
      experience, not from a DigitalOcean page.
    * Gandi: PAT = 40 hex and API key = 24 alphanumerics come from a user's GitHub issue
      comment, not from Gandi's documentation.
    * GitHub: whether the CRC32 covers only the 30 random characters, and the base62 digit
      order (0-9A-Za-z assumed), are not confirmed.
    * Slack incoming-webhook URL shape (T.../B.../24 chars) is from experience.
    * nginx {PLAIN} scheme in auth_basic_user_file is from memory of the nginx docs.
    * Generic upstream API keys (hex / base64url / alphanumeric) have no provider format.
    * Search results included GitGuardian detector pages and a regex101 "AWS key" regex; they
      were not used for any format.
"""
import base64
import hashlib
import json
import os
import random
import re
import sys
import textwrap
import zlib

LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
ALNUM = UP + LOW + DIG
HEXL = DIG + "abcdef"
B62 = DIG + UP + LOW
CRYPT_ALPHA = "./" + DIG + UP + LOW
B32UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def hexs(r, n):
    return rs(r, HEXL, n)


def b62(num, width):
    out = ""
    while num:
        num, rem = divmod(num, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def D(text):
    """dedent a triple-quoted block and drop the first newline"""
    if text.startswith("\n"):
        text = text[1:]
    return textwrap.dedent(text)


_MARK = re.compile(r"@([A-Za-z][A-Za-z_0-9]*)@")


def R(text, **kw):
    """render @name@ markers (only known names are replaced)"""
    text = D(text)

    def rep(m):
        k = m.group(1)
        return str(kw[k]) if k in kw else m.group(0)
    return _MARK.sub(rep, text)


# ---------------------------------------------------------------- secret generators
def g_cf_token(r):
    while True:
        t = rs(r, ALNUM + "-_", 40)
        if any(c in DIG for c in t) and any(c in UP for c in t) and any(c in LOW for c in t):
            return t


def g_cf_global(r):
    return hexs(r, 37)


def g_do(r):
    return "dop_v1_" + hexs(r, 64)


def g_akid(r):
    return "AKIA" + rs(r, B32UP, 16)


def g_aws_secret(r):
    return rs(r, ALNUM + "+/", 40)


def g_gandi_pat(r):
    return hexs(r, 40)


def g_gandi_key(r):
    return rs(r, ALNUM, 24)


def g_ghp(r):
    body = rs(r, ALNUM, 30)
    return "ghp_" + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_b64url(r, n=32):
    return base64.urlsafe_b64encode(rbytes(r, n)).rstrip(b"=").decode()


def g_api(r):
    k = r.randrange(6)
    if k == 0:
        return hexs(r, 32)
    if k == 1:
        return hexs(r, 40)
    if k == 2:
        return g_b64url(r, 32)
    if k == 3:
        return rs(r, ALNUM, 32)
    if k == 4:
        return rs(r, ALNUM, 48)
    return hexs(r, 64)


WORDS = ("amber anchor aspen basalt beacon birch bison canyon cedar cinder cobalt comet copper "
         "coral crane delta ember falcon fern fjord garnet glacier granite harbor hazel heron "
         "indigo iris juniper kestrel lagoon lantern larch maple marble meadow mesa nectar nova "
         "onyx orchid osprey pebble pepper pine prism quartz quill raven reef ridge saffron "
         "sable sierra slate sparrow spruce summit tundra umber velvet walnut willow zephyr").split()


def g_pw(r):
    k = r.randrange(10)
    if k < 4:
        while True:
            p = rs(r, ALNUM + "!*-_.^~", r.randint(14, 24))
            if any(c in DIG for c in p) and any(c in UP for c in p) and any(c in LOW for c in p):
                return p
    if k < 7:
        sep = r.choice("-._")
        w = [r.choice(WORDS).capitalize() for _ in range(3)]
        return sep.join(w) + sep + str(r.randint(10, 99)) + r.choice(["", "!", "*"])
    if k < 9:
        return rs(r, ALNUM, r.randint(16, 32))
    return r.choice(WORDS).capitalize() + r.choice(WORDS) + str(r.randint(1990, 2029)) + r.choice("!*.")


def g_phrase(r):
    sep = r.choice(["-", ".", "_", " "])
    return sep.join(r.choice(WORDS) for _ in range(r.randint(4, 5))) + sep + str(r.randint(100, 9999))


def g_link_secret(r):
    k = r.randrange(3)
    if k == 0:
        return rs(r, ALNUM, r.randint(20, 32))
    if k == 1:
        return hexs(r, 32)
    return g_b64url(r, 24)


def g_slack(r):
    return ("https://hooks.slack.com/services/T" + rs(r, UP + DIG, 8) + "/B" + rs(r, UP + DIG, 10)
            + "/" + rs(r, ALNUM, 24))


def basic_b64(user, pw):
    return base64.b64encode((user + ":" + pw).encode()).decode()


# ---------------------------------------------------------------- look-alike generators
def h_apr1(r):
    return "$apr1$" + rs(r, CRYPT_ALPHA, 8) + "$" + rs(r, CRYPT_ALPHA, 22)


def h_bcrypt(r, pfx="$2y$"):
    return pfx + r.choice(["05", "10", "11", "12", "14"]) + "$" + rs(r, CRYPT_ALPHA, 53)


def h_sha(r):
    return "{SHA}" + base64.b64encode(hashlib.sha1(rbytes(r, 12)).digest()).decode()


def h_ssha(r):
    return "{SSHA}" + base64.b64encode(hashlib.sha1(rbytes(r, 12)).digest() + rbytes(r, 4)).decode()


def h_crypt(r):
    return rs(r, CRYPT_ALPHA, 13)


def h_sha512crypt(r):
    return "$6$" + rs(r, CRYPT_ALPHA, 16) + "$" + rs(r, CRYPT_ALPHA, 86)


def h_any(r):
    return r.choice([h_apr1, h_bcrypt, h_sha, h_sha512crypt])(r)


def uuid4(r):
    h = hexs(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def pem(label, der):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def der_cert(r):
    n = r.randint(1150, 1400)
    body = b"\x30\x82" + (n - 4).to_bytes(2, "big") + b"\x30\x82" + (n - 300).to_bytes(2, "big")
    body += b"\xa0\x03\x02\x01\x02\x02\x12\x03" + rbytes(r, n - len(body) - 8)
    return body


def der_rsa_pkcs8(r):
    head = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a302010002820101")
    return head + b"\x00" + rbytes(r, 0x4c1 - len(head) - 1)


def der_ec_pkcs8(r):
    head = bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420")
    return head + rbytes(r, 32) + bytes.fromhex("a144034200") + b"\x04" + rbytes(r, 64)


def der_rsa_pub(r):
    head = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
    return head + b"\xc1" + rbytes(r, 255) + bytes.fromhex("0203010001")


def ssh_fp(r):
    return "SHA256:" + base64.b64encode(rbytes(r, 32)).decode().rstrip("=")


# ---------------------------------------------------------------- context generators
DOMAINS = ["brightfield.io", "kestrel-labs.net", "northwind-cdn.com", "orbitcart.shop", "tallgrass.dev",
           "harborline.co", "quillstack.app", "mossbank.org", "lumenfield.cloud", "ridgeway-media.de",
           "copperleaf.eu", "saltmarsh.systems", "bluecairn.io", "fernhollow.net", "vantapoint.tech"]
APPS = ["api", "shop", "grafana", "kibana", "wiki", "status", "media", "billing", "portal", "admin",
        "registry", "gitea", "minio", "metrics", "assets", "auth", "search", "docs", "cms", "jenkins"]
USERS = ["admin", "ops", "deploy", "monitor", "stats", "webmaster", "backup", "ci", "jenkins", "edge",
         "haproxy", "prometheus", "svc-proxy", "reporter", "support", "alice", "bob", "mkrause", "jdoe"]
UPSTREAMS = ["app_backend", "api_pool", "legacy_php", "node_cluster", "static_origin", "grpc_workers",
             "search_nodes", "media_store", "auth_service", "billing_api"]


def dom(r):
    return r.choice(DOMAINS)


def host(r):
    return r.choice(APPS) + "." + dom(r)


def ip(r):
    return r.choice(["10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250)),
                     "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 250)),
                     "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 250))])


def user(r):
    return r.choice(USERS)


def email(r, d=None):
    return r.choice(["ops", "admin", "hostmaster", "it", "letsencrypt", "infra"]) + "@" + (d or dom(r))


def up(r):
    return r.choice(UPSTREAMS)


def port(r):
    return r.choice([8080, 8000, 3000, 9000, 5000, 8081, 8443, 4000, 9090, 7070])


def pick(r, *opts):
    return r.choice(opts)


# ---------------------------------------------------------------- slot: secret or non-secret
ENV_SH = ("${VAR}", "$VAR")
ENV_COMPOSE = ("${VAR}", "${VAR:?set VAR}")
ENV_CADDY = ("{env.VAR}", "{$VAR}")
ENV_NGX = ("${VAR}",)
ENV_HAP = ("${VAR}",)
ENV_GHA = ("${{ secrets.VAR }}",)
ENV_JINJA = ("{{ vault_VARL }}", "{{ VARL }}", "{{ lookup('env', 'VAR') }}")
ENV_HELM = ("{{ .Values.secrets.VARL }}", "{{ required \"VARL\" .Values.VARL }}")
ENV_TF = ("var.VARL",)
SECMGR = ("vault:secret/data/edge/VARL#value", "op://Infrastructure/VARL/credential",
          "arn:aws:secretsmanager:eu-west-1:123456789012:secret:edge/VARL")

PH_TOKEN = ("<your-api-token>", "YOUR_API_TOKEN_HERE", "REPLACE_ME", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "<token>", "changeme", "your-token-goes-here", "TODO", "<insert token>", "PLACEHOLDER")
PH_PW = ("changeme", "<password>", "CHANGE_ME", "xxxxxxxx", "your-password-here", "REPLACE_WITH_PASSWORD",
         "<secret>", "TODO", "change-me-please")
MASKED = ("****", "********", "[REDACTED]", "<redacted>", "***REMOVED***", "xxxx-redacted-xxxx", "[FILTERED]")


class Slot(object):
    def __init__(self, r, neg):
        self.r = r
        self.neg = neg
        self.needle = None
        self.cat = None

    def take(self, gen, var="SECRET", refs=(), examples=(), hashed=None, empty=True, pw=False,
             secmgr=False):
        r = self.r
        if not self.neg:
            v = gen(r)
            self.needle = v
            return v
        cats = ["placeholder", "placeholder", "masked"]
        if empty:
            cats.append("empty")
        if refs:
            cats += ["ref", "ref", "ref"]
        if secmgr:
            cats.append("secmgr")
        if examples:
            cats += ["example", "example"]
        if hashed is not None:
            cats += ["hashed", "hashed", "hashed"]
        c = r.choice(cats)
        self.cat = c
        if c == "placeholder":
            return r.choice(PH_PW if pw else PH_TOKEN)
        if c == "masked":
            return r.choice(MASKED)
        if c == "empty":
            return ""
        if c == "ref":
            return r.choice(refs).replace("VARL", var.lower()).replace("VAR", var)
        if c == "secmgr":
            return r.choice(SECMGR).replace("VARL", var.lower().replace("_", "-"))
        if c == "example":
            return r.choice(examples)
        return hashed(r)

    def side(self, gen, example=None, var=None, refs=None, keep=False):
        """companion public half (AWS key id, e-mail): real-looking in positives, matching
        the filler category in negatives; keep=True keeps a real-looking value (e-mails)"""
        r = self.r
        if not self.neg or keep:
            return gen(r)
        if self.cat == "example" and example:
            return example
        if self.cat == "ref" and var and refs:
            return r.choice(refs).replace("VARL", var.lower()).replace("VAR", var)
        if self.cat == "secmgr" and var:
            return r.choice(SECMGR).replace("VARL", var.lower().replace("_", "-"))
        if example:
            return r.choice(["AKIAXXXXXXXXXXXXXXXX", "<access-key-id>", "YOUR_ACCESS_KEY_ID"])
        return "<id>"


POS = []
NEG = []


def pos(provider, kind):
    def deco(fn):
        POS.append((fn.__name__, provider, kind, fn))
        return fn
    return deco


def neg(provider, kind):
    def deco(fn):
        NEG.append((fn.__name__, provider, kind, fn))
        return fn
    return deco


# ================================================================ POSITIVE TEMPLATES
# Each positive template is f(r, S) -> (relpath, text).  S.take() returns the secret (positive)
# or a non-secret filler (negative re-use); exactly one S.take() per template.

# ---------------------------------------------------------------- nginx
@pos("nginx", "basic-auth-header")
def p_nginx_proxy_basic(r, S):
    h, u = host(r), user(r)
    pw = g_pw(r)
    b = S.take(lambda r: basic_b64(u, pw), "UPSTREAM_BASIC_AUTH", refs=ENV_NGX)
    path = pick(r, "nginx/sites-available/%s.conf" % h, "deploy/nginx/conf.d/%s.conf" % h.split(".")[0],
                "etc/nginx/sites-enabled/%s" % h)
    return path, R('''
    # managed by ops - reverse proxy for @h@
    upstream @up@ {
        server @ip@:@port@ max_fails=3 fail_timeout=10s;
        keepalive 16;
    }

    server {
        listen 443 ssl http2;
        server_name @h@;

        ssl_certificate     /etc/letsencrypt/live/@h@/fullchain.pem;
        ssl_certificate_key /etc/letsencrypt/live/@h@/privkey.pem;

        location / {
            proxy_pass http://@up@;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            # upstream only accepts the service account "@u@"
            proxy_set_header Authorization "Basic @b@";
        }
    }
    ''', h=h, up=up(r), ip=ip(r), port=port(r), u=u, b=b)


@pos("generic", "bearer-token")
def p_nginx_proxy_bearer(r, S):
    h = host(r)
    t = S.take(g_api, "BACKEND_TOKEN", refs=ENV_NGX)
    path = pick(r, "nginx/conf.d/%s.conf" % h.split(".")[0], "templates/%s.conf" % h.split(".")[0],
                "roles/nginx/files/%s.conf" % h)
    return path, R('''
    server {
        listen 80;
        server_name @h@;
        return 301 https://$host$request_uri;
    }

    server {
        listen 443 ssl;
        server_name @h@;
        include snippets/ssl-params.conf;

        client_max_body_size 20m;

        location /api/ {
            proxy_pass https://@bh@/v2/;
            proxy_ssl_server_name on;
            proxy_set_header Host @bh@;
            proxy_set_header Authorization "Bearer @t@";
            proxy_read_timeout 60s;
        }

        location / {
            root /srv/www/@h@/current;
            try_files $uri $uri/ /index.html;
        }
    }
    ''', h=h, bh="internal-" + host(r), t=t)


@pos("generic", "api-key-header")
def p_nginx_set_var_key(r, S):
    name = pick(r, "$api_key", "$upstream_key", "$partner_secret", "$k")
    hdr = pick(r, "X-Api-Key", "X-Auth-Token", "apikey", "X-Partner-Key", "Ocp-Apim-Subscription-Key")
    t = S.take(g_api, "PARTNER_API_KEY", refs=ENV_NGX)
    h = host(r)
    return pick(r, "nginx/nginx.conf", "docker/nginx/default.conf", "conf/partner-proxy.conf"), R('''
    user  nginx;
    worker_processes  auto;
    error_log  /var/log/nginx/error.log notice;
    pid        /var/run/nginx.pid;

    events { worker_connections 1024; }

    http {
        include       /etc/nginx/mime.types;
        default_type  application/octet-stream;
        sendfile      on;
        keepalive_timeout 65;

        resolver 1.1.1.1 valid=300s;

        server {
            listen 8080;
            server_name @h@;

            set @name@ "@t@";

            location /partner/ {
                proxy_pass https://gateway.@d@/;
                proxy_set_header @hdr@ @name@;
                proxy_set_header X-Request-Id $request_id;
            }
        }
    }
    ''', name=name, hdr=hdr, t=t, h=h, d=dom(r))


@pos("nginx", "secure-link-secret")
def p_nginx_secure_link_secret(r, S):
    s = S.take(g_link_secret, "SECURE_LINK_SECRET", refs=ENV_NGX, empty=False)
    h = host(r)
    return pick(r, "nginx/sites-available/downloads.conf", "conf/vhosts/%s.conf" % h, "nginx/snippets/protected-downloads.conf"), R('''
    # Protected downloads: /dl/<md5>/<path>
    # links are generated by the billing app, see docs/downloads.md
    server {
        listen 443 ssl;
        server_name @h@;

        location /dl/ {
            secure_link_secret @s@;
            if ($secure_link = "") {
                return 403;
            }
            rewrite ^ /files/$secure_link;
        }

        location /files/ {
            internal;
            alias /srv/downloads/;
        }
    }
    ''', s=s, h=h)


@pos("nginx", "secure-link-secret")
def p_nginx_secure_link_md5(r, S):
    s = S.take(g_link_secret, "LINK_SIGNING_KEY", refs=ENV_NGX, empty=False)
    return pick(r, "nginx/conf.d/media.conf", "etc/nginx/sites-available/video", "infra/nginx/media-origin.conf"), R('''
    location /video/ {
        secure_link $arg_md5,$arg_expires;
        secure_link_md5 "$secure_link_expires$uri$remote_addr @s@";

        if ($secure_link = "") { return 403; }
        if ($secure_link = "0") { return 410; }

        root /var/media;
        mp4;
        mp4_buffer_size 1m;
        add_header Cache-Control "private, max-age=3600";
    }
    ''', s=s)


@pos("nginx", "basic-auth-password")
def p_nginx_htpasswd_plain(r, S):
    u = user(r)
    pw = S.take(g_pw, "password", hashed=h_any, pw=True, empty=False)
    entry = pw if (S.neg and S.cat == "hashed") else "{PLAIN}" + pw
    others = []
    for _ in range(r.randint(1, 3)):
        others.append("%s:%s" % (r.choice(["alice", "bob", "carol", "dave", "erin", "frank"]), h_any(r)))
    lines = others[:]
    lines.insert(r.randint(0, len(lines)), "%s:%s" % (u, entry))
    path = pick(r, "nginx/htpasswd", "etc/nginx/.htpasswd", "deploy/nginx/auth/%s.htpasswd" % r.choice(APPS))
    return path, "\n".join(lines) + "\n"


@pos("github", "bearer-token")
def p_nginx_github_proxy(r, S):
    t = S.take(g_ghp, "GITHUB_TOKEN", refs=ENV_NGX)
    org = r.choice(["brightfield", "kestrel-labs", "harborline", "quillstack"])
    return pick(r, "nginx/conf.d/gh-cache.conf", "mirror/nginx/github-api.conf"), R('''
    # Caching proxy in front of the GitHub API so CI does not hit rate limits.
    proxy_cache_path /var/cache/nginx/gh levels=1:2 keys_zone=gh:10m max_size=1g inactive=30m;

    server {
        listen 8088;

        location /repos/@org@/ {
            proxy_pass https://api.github.com;
            proxy_ssl_server_name on;
            proxy_set_header Host api.github.com;
            proxy_set_header Accept "application/vnd.github+json";
            proxy_set_header Authorization "token @t@";
            proxy_cache gh;
            proxy_cache_valid 200 5m;
            add_header X-Cache-Status $upstream_cache_status;
        }
    }
    ''', org=org, t=t)


@pos("nginx", "key-passphrase")
def p_nginx_ssl_password_file(r, S):
    s = S.take(g_phrase, "passphrase", empty=False)
    path = pick(r, "nginx/ssl/%s.pass" % dom(r), "etc/nginx/ssl/passphrases", "deploy/tls/key-passphrase.txt")
    return path, s + "\n"


@pos("generic", "api-key-header")
def p_ingress_snippet(r, S):
    h = host(r)
    t = S.take(g_api, "UPSTREAM_KEY", refs=ENV_HELM)
    name = h.split(".")[0]
    return pick(r, "k8s/%s/ingress.yaml" % name, "deploy/charts/%s/templates/ingress.yaml" % name,
                "manifests/ingress-%s.yml" % name), R('''
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: @name@
      namespace: @ns@
      annotations:
        cert-manager.io/cluster-issuer: letsencrypt-prod
        nginx.ingress.kubernetes.io/backend-protocol: "HTTPS"
        nginx.ingress.kubernetes.io/upstream-vhost: "@vh@"
        nginx.ingress.kubernetes.io/configuration-snippet: |
          proxy_set_header X-Api-Key "@t@";
          more_set_headers "X-Frame-Options: DENY";
    spec:
      ingressClassName: nginx
      tls:
        - hosts: [@h@]
          secretName: @name@-tls
      rules:
        - host: @h@
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: @name@-svc
                    port:
                      number: 443
    ''', name=name, ns=r.choice(["default", "edge", "prod", "web"]), vh=host(r), t=t, h=h)


@pos("nginx", "basic-auth-password")
def p_ingress_auth_secret(r, S):
    u = user(r)
    pw = S.take(g_pw, "basic_auth_password", refs=ENV_HELM, hashed=h_apr1, pw=True, empty=False)
    entry = pw if (S.neg and S.cat == "hashed") else "{PLAIN}" + pw
    name = r.choice(APPS)
    return pick(r, "k8s/%s/basic-auth.yaml" % name, "manifests/%s-auth-secret.yml" % name), R('''
    # referenced by nginx.ingress.kubernetes.io/auth-secret: @name@-basic-auth
    apiVersion: v1
    kind: Secret
    metadata:
      name: @name@-basic-auth
      namespace: monitoring
    type: Opaque
    stringData:
      auth: "@u@:@e@"
    ''', name=name, u=u, e=entry)


@pos("generic", "bearer-token")
def p_md_curl_bearer(r, S):
    h = host(r)
    t = S.take(g_api, "API_TOKEN", refs=ENV_SH)
    return pick(r, "docs/reverse-proxy.md", "README.md", "docs/runbooks/edge-debugging.md"), R('''
    # Edge proxy runbook

    The public endpoint `https://@h@` is served by nginx on the two edge nodes
    (`edge-01`, `edge-02`). Config lives in `nginx/sites-available/`.

    ## Reloading

    ```sh
    sudo nginx -t && sudo systemctl reload nginx
    ```

    ## Checking the upstream directly

    Bypass the proxy and call the backend with the service token:

    ```sh
    curl -sS -H "Authorization: Bearer @t@" \\
         http://@ip@:@port@/healthz | jq .
    ```

    If this returns 200 but the public URL fails, look at `/var/log/nginx/error.log`.
    ''', h=h, t=t, ip=ip(r), port=port(r))


@pos("generic", "api-key")
def p_nginx_envsubst_compose(r, S):
    k = S.take(g_api, "UPSTREAM_API_KEY", refs=ENV_COMPOSE, secmgr=True)
    var = pick(r, "UPSTREAM_API_KEY", "BACKEND_KEY", "API_KEY", "X_KEY")
    return pick(r, "docker-compose.yml", "compose/proxy.yml", "deploy/docker-compose.prod.yml"), R('''
    services:
      proxy:
        image: nginx:1.27-alpine
        restart: unless-stopped
        ports:
          - "80:80"
          - "443:443"
        volumes:
          - ./nginx/templates:/etc/nginx/templates:ro
          - ./certs:/etc/nginx/certs:ro
        environment:
          NGINX_ENVSUBST_OUTPUT_DIR: /etc/nginx/conf.d
          SERVER_NAME: @h@
          @var@: "@k@"
        depends_on:
          - app
      app:
        image: ghcr.io/@org@/app:@ver@
        expose:
          - "8000"
    ''', h=host(r), var=var, k=k, org=r.choice(["brightfield", "kestrel-labs", "orbitcart"]),
        ver="%d.%d.%d" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9)))


@pos("slack", "webhook-url")
def p_sh_renew_hook_slack(r, S):
    u = S.take(g_slack, "SLACK_WEBHOOK_URL", refs=ENV_SH, empty=False)
    return pick(r, "scripts/renew-hook.sh", "etc/letsencrypt/renewal-hooks/deploy/notify.sh", "bin/reload-nginx.sh"), R('''
    #!/bin/sh
    # certbot deploy hook: reload nginx and tell #infra
    set -eu

    nginx -t
    systemctl reload nginx

    WEBHOOK="@u@"
    payload=$(printf '{"text":"TLS renewed for %s on %s"}' "$RENEWED_DOMAINS" "$(hostname -f)")
    curl -fsS -X POST -H 'Content-type: application/json' --data "$payload" "$WEBHOOK" >/dev/null
    ''', u=u)


# ---------------------------------------------------------------- Apache httpd
@pos("apache", "basic-auth-header")
def p_apache_requestheader_basic(r, S):
    h = host(r)
    u = user(r)
    pw = g_pw(r)
    b = S.take(lambda r: basic_b64(u, pw), "BACKEND_BASIC", refs=("${VAR}",))
    return pick(r, "apache/sites-available/%s-ssl.conf" % h.split(".")[0], "httpd/conf.d/%s.conf" % h,
                "etc/apache2/sites-available/%s.conf" % h), R('''
    <VirtualHost *:443>
        ServerName @h@
        ServerAdmin @mail@

        SSLEngine on
        SSLCertificateFile      /etc/ssl/certs/@h@.crt
        SSLCertificateKeyFile   /etc/ssl/private/@h@.key

        ProxyPreserveHost On
        ProxyPass        / http://@ip@:@port@/ retry=0 timeout=30
        ProxyPassReverse / http://@ip@:@port@/

        # legacy backend still wants basic auth from the proxy
        RequestHeader set Authorization "Basic @b@"
        RequestHeader set X-Forwarded-Proto "https"

        ErrorLog ${APACHE_LOG_DIR}/@h@-error.log
        CustomLog ${APACHE_LOG_DIR}/@h@-access.log combined
    </VirtualHost>
    ''', h=h, mail=email(r), ip=ip(r), port=port(r), b=b)


@pos("generic", "api-key-header")
def p_htaccess_requestheader(r, S):
    hdr = pick(r, "X-Api-Key", "X-Auth-Token", "X-Service-Key", "Api-Key")
    t = S.take(g_api, "SERVICE_KEY", refs=("%{ENV:VAR}",))
    return pick(r, "public/.htaccess", "web/.htaccess", "htdocs/api/.htaccess"), R('''
    Options -Indexes
    RewriteEngine On

    # send everything under /api to the internal service
    RewriteRule ^api/(.*)$ http://@ip@:@port@/$1 [P,L]

    <IfModule mod_headers.c>
        RequestHeader set @hdr@ "@t@"
        Header always set X-Content-Type-Options "nosniff"
        Header always set Referrer-Policy "strict-origin-when-cross-origin"
    </IfModule>

    RewriteCond %{REQUEST_FILENAME} !-f
    RewriteCond %{REQUEST_FILENAME} !-d
    RewriteRule ^ index.php [L]
    ''', ip=ip(r), port=port(r), hdr=hdr, t=t)


@pos("apache", "basic-auth-password")
def p_apache_htpasswd_plain(r, S):
    u = user(r)
    pw = S.take(g_pw, "password", hashed=h_any, pw=True, empty=False, examples=("myPassword",))
    lines = ["%s:%s" % (n, h_any(r)) for n in r.sample(["anna", "ben", "chris", "dana", "eli"], r.randint(0, 2))]
    lines.insert(r.randint(0, len(lines)), "%s:%s" % (u, pw))
    return pick(r, "apache/conf/.htpasswd", "apache24/conf/users.htpasswd", "xampp/security/webdav.htpasswd"), "\n".join(lines) + "\n"


@pos("apache", "db-password")
def p_apache_mod_auth_mysql(r, S):
    pw = S.take(g_pw, "auth_db_password", pw=True, refs=("${VAR}",))
    d = pick(r, "AuthMySQLPassword", "AuthMySQL_Password")
    return pick(r, "apache/conf.d/members-auth.conf", "etc/httpd/conf.d/auth_mysql.conf"), R('''
    <Directory "/var/www/members">
        AuthName "Members only"
        AuthType Basic
        AuthMySQLEnable On
        AuthMySQLHost @dbh@
        AuthMySQLUser apache_auth
        @d@ @pw@
        AuthMySQLDB webauth
        AuthMySQLUserTable users
        AuthMySQLNameField username
        AuthMySQLPasswordField passwd
        AuthMySQLPwEncryption md5
        Require valid-user
    </Directory>
    ''', dbh="db01." + dom(r), d=d, pw=pw)


@pos("apache", "db-password")
def p_apache_dbd(r, S):
    pw = S.take(g_pw, "DBD_PASS", pw=True, refs=("${VAR}",))
    return pick(r, "httpd/conf.d/authn_dbd.conf", "apache2/mods-available/dbd-auth.conf"), R('''
    DBDriver mysql
    DBDParams "host=@dbh@ port=3306 dbname=httpauth user=httpd pass=@pw@"
    DBDMin  2
    DBDKeep 4
    DBDMax  10
    DBDExptime 300

    <Location "/intranet">
        AuthType Basic
        AuthName "Intranet"
        AuthBasicProvider dbd
        AuthDBDUserPWQuery "SELECT password FROM users WHERE username = %s AND active = 1"
        Require valid-user
    </Location>
    ''', dbh="mysql." + dom(r), pw=pw)


@pos("apache", "oidc-client-secret")
def p_apache_oidc(r, S):
    s = S.take(lambda r: g_b64url(r, r.choice([24, 32])), "OIDC_CLIENT_SECRET", refs=("${VAR}",))
    d = dom(r)
    return pick(r, "apache/conf-available/oidc.conf", "httpd/conf.d/auth_openidc.conf"), R('''
    OIDCProviderMetadataURL https://sso.@d@/realms/staff/.well-known/openid-configuration
    OIDCClientID @cid@
    OIDCClientSecret @s@
    OIDCRedirectURI https://@h@/oauth2callback
    OIDCCryptoPassphrase exec:/usr/local/sbin/oidc-passphrase
    OIDCScope "openid email profile"
    OIDCRemoteUserClaim preferred_username

    <Location />
        AuthType openid-connect
        Require valid-user
    </Location>
    ''', d=d, cid=r.choice(["grafana-proxy", "wiki", "apache-intranet", "staff-portal"]), s=s, h=host(r))


@pos("apache", "ldap-bind-password")
def p_apache_ldap(r, S):
    pw = S.take(g_pw, "LDAP_BIND_PW", pw=True, refs=("${VAR}",))
    d = dom(r)
    dc = ",".join("dc=" + x for x in d.split("."))
    return pick(r, "apache/conf.d/ldap-auth.conf", "etc/httpd/conf.d/svn-ldap.conf"), R('''
    <Location /svn>
        DAV svn
        SVNParentPath /srv/svn

        AuthType Basic
        AuthName "Subversion"
        AuthBasicProvider ldap
        AuthLDAPURL "ldaps://ldap.@d@/ou=people,@dc@?uid?sub?(objectClass=posixAccount)"
        AuthLDAPBindDN "cn=svc-apache,ou=services,@dc@"
        AuthLDAPBindPassword "@pw@"
        Require ldap-group cn=developers,ou=groups,@dc@
    </Location>
    ''', d=d, dc=dc, pw=pw)


@pos("apache", "key-passphrase")
def p_apache_passphrase_script(r, S):
    s = S.take(g_phrase, "SSL_KEY_PASSPHRASE", refs=ENV_SH, empty=False)
    return pick(r, "apache/ssl/passphrase.sh", "usr/local/sbin/apache-ssl-pass", "scripts/ssl-pass-dialog.sh"), R('''
    #!/bin/sh
    # Used by: SSLPassPhraseDialog exec:/usr/local/sbin/apache-ssl-pass
    # httpd calls this with "servername:port" and the key type as arguments.
    case "$1" in
      *:443) echo "@s@" ;;
      *) exit 1 ;;
    esac
    ''', s=s)


# ---------------------------------------------------------------- Caddy
@pos("cloudflare", "dns-api-token")
def p_caddy_dns_cloudflare(r, S):
    t = S.take(g_cf_token, "CF_API_TOKEN", refs=ENV_CADDY, empty=False)
    h = host(r)
    return pick(r, "Caddyfile", "caddy/Caddyfile", "deploy/caddy/Caddyfile"), R('''
    {
        email @mail@
        acme_dns cloudflare @t@
    }

    *.@d@, @d@ {
        @@grafana host grafana.@d@
        handle @@grafana {
            reverse_proxy @ip@:3000
        }

        handle {
            root * /srv/www/@d@
            file_server
            encode zstd gzip
        }
    }
    ''', mail=email(r), t=t, d=dom(r), ip=ip(r)).replace("@@", "@")


@pos("digitalocean", "dns-api-token")
def p_caddy_dns_do(r, S):
    t = S.take(g_do, "DO_AUTH_TOKEN", refs=ENV_CADDY, empty=False)
    h = host(r)
    return pick(r, "Caddyfile", "caddy/sites/%s.caddy" % h.split(".")[0], "infra/caddy/Caddyfile"), R('''
    @h@ {
        tls {
            dns digitalocean @t@
            resolvers 1.1.1.1
        }

        reverse_proxy @ip@:@port@ {
            health_uri /healthz
            health_interval 15s
        }

        log {
            output file /var/log/caddy/@h@.log
            format json
        }
    }
    ''', h=h, t=t, ip=ip(r), port=port(r))


@pos("aws-route53", "aws-secret-key")
def p_caddy_dns_route53(r, S):
    s = S.take(g_aws_secret, "AWS_SECRET_ACCESS_KEY", refs=ENV_CADDY, empty=False,
               examples=("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",))
    kid = S.side(g_akid, example="AKIAIOSFODNN7EXAMPLE", var="AWS_ACCESS_KEY_ID", refs=ENV_CADDY)
    h = host(r)
    return pick(r, "Caddyfile", "caddy/Caddyfile.prod"), R('''
    @h@ {
        tls {
            dns route53 {
                access_key_id @kid@
                secret_access_key @s@
                region eu-central-1
            }
        }
        reverse_proxy localhost:@port@
    }
    ''', h=h, kid=kid, s=s, port=port(r))


@pos("gandi", "dns-api-token")
def p_caddy_dns_gandi(r, S):
    t = S.take(g_gandi_pat, "GANDI_BEARER_TOKEN", refs=ENV_CADDY, empty=False,
               examples=("abcdefghijklmnopqrstuvwx",))
    d = dom(r)
    return pick(r, "Caddyfile", "caddy/Caddyfile"), R('''
    # wildcard cert via Gandi LiveDNS
    *.@d@ {
        tls {
            dns gandi @t@
        }

        @@wiki host wiki.@d@
        handle @@wiki {
            reverse_proxy 127.0.0.1:3001
        }

        handle {
            respond "not found" 404
        }
    }
    ''', d=d, t=t).replace("@@", "@")


@pos("generic", "bearer-token")
def p_caddy_header_up(r, S):
    t = S.take(g_api, "UPSTREAM_TOKEN", refs=ENV_CADDY)
    h = host(r)
    return pick(r, "Caddyfile", "caddy/conf.d/%s.caddy" % h.split(".")[0]), R('''
    @h@ {
        encode gzip
        header {
            Strict-Transport-Security "max-age=31536000;"
            -Server
        }
        reverse_proxy https://@bh@ {
            header_up Host {upstream_hostport}
            header_up Authorization "Bearer @t@"
            transport http {
                tls_server_name @bh@
            }
        }
    }
    ''', h=h, bh="backend." + dom(r), t=t)


@pos("caddy", "basic-auth-password")
def p_caddy_v1_basicauth(r, S):
    u = user(r)
    pw = S.take(g_pw, "ADMIN_PASSWORD", refs=("{$VAR}",), pw=True, empty=False)
    h = host(r)
    return pick(r, "Caddyfile", "legacy/caddy/Caddyfile"), R('''
    # Caddy 0.11 - TODO migrate to v2
    @h@ {
        gzip
        log /var/log/caddy/access.log
        basicauth /admin @u@ @pw@
        proxy / localhost:@port@ {
            transparent
        }
    }
    ''', h=h, u=u, pw=pw, port=port(r))


@pos("cloudflare", "dns-api-token")
def p_caddy_json(r, S):
    t = S.take(g_cf_token, "CLOUDFLARE_API_TOKEN", refs=("{env.VAR}",), empty=False)
    h = host(r)
    return pick(r, "caddy.json", "caddy/config.json", "deploy/caddy/caddy.json"), R('''
    {
      "apps": {
        "http": {
          "servers": {
            "srv0": {
              "listen": [":443"],
              "routes": [
                {
                  "match": [{"host": ["@h@"]}],
                  "handle": [
                    {"handler": "reverse_proxy", "upstreams": [{"dial": "@ip@:@port@"}]}
                  ]
                }
              ]
            }
          }
        },
        "tls": {
          "automation": {
            "policies": [
              {
                "subjects": ["@h@"],
                "issuers": [
                  {
                    "module": "acme",
                    "challenges": {
                      "dns": {
                        "provider": {"name": "cloudflare", "api_token": "@t@"}
                      }
                    }
                  }
                ]
              }
            ]
          }
        }
      }
    }
    ''', h=h, ip=ip(r), port=port(r), t=t)


@pos("cloudflare", "dns-api-token")
def p_caddy_docker_proxy_labels(r, S):
    t = S.take(g_cf_token, "CF_API_TOKEN", refs=ENV_COMPOSE, empty=False)
    h = host(r)
    name = h.split(".")[0]
    return pick(r, "docker-compose.yml", "stacks/%s/compose.yaml" % name), R('''
    services:
      @name@:
        image: @img@
        restart: unless-stopped
        networks: [caddy]
        labels:
          caddy: @h@
          caddy.reverse_proxy: "{{upstreams @p@}}"
          caddy.tls.dns: cloudflare @t@
          caddy.encode: gzip

    networks:
      caddy:
        external: true
    ''', name=name, img=r.choice(["grafana/grafana:11.1.0", "louislam/uptime-kuma:1", "gitea/gitea:1.22"]),
        h=h, p=port(r), t=t)


# ---------------------------------------------------------------- HAProxy
HAP_GLOBAL = '''
global
    log /dev/log local0
    chroot /var/lib/haproxy
    stats socket /run/haproxy/admin.sock mode 660 level admin
    user haproxy
    group haproxy
    daemon
    ssl-default-bind-ciphersuites TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384
    ssl-default-bind-options ssl-min-ver TLSv1.2

defaults
    log     global
    mode    http
    option  httplog
    timeout connect 5s
    timeout client  30s
    timeout server  30s
'''


@pos("haproxy", "basic-auth-password")
def p_haproxy_stats_auth(r, S):
    u = pick(r, "admin", "stats", "ops", "haproxy")
    pw = S.take(g_pw, "STATS_PASSWORD", refs=ENV_HAP, pw=True, empty=False)
    if S.neg and S.cat == "ref":
        pw = '"' + pw + '"'
    return pick(r, "haproxy/haproxy.cfg", "etc/haproxy/haproxy.cfg", "lb/haproxy.cfg"), D(HAP_GLOBAL) + R('''

    listen stats
        bind *:8404
        stats enable
        stats uri /stats
        stats refresh 10s
        stats auth @u@:@pw@
        stats admin if LOCALHOST

    frontend fe_http
        bind *:80
        default_backend be_app

    backend be_app
        balance roundrobin
        server app1 @ip1@:@port@ check
        server app2 @ip2@:@port@ check
    ''', u=u, pw=pw, ip1=ip(r), ip2=ip(r), port=port(r))


@pos("haproxy", "basic-auth-password")
def p_haproxy_userlist(r, S):
    u = user(r)
    pw = S.take(g_pw, "OPS_PASSWORD", refs=ENV_HAP, pw=True, empty=False)
    if S.neg and S.cat == "ref":
        pw = '"' + pw + '"'
    return pick(r, "haproxy/haproxy.cfg", "haproxy/conf.d/10-userlist.cfg"), D(HAP_GLOBAL) + R('''

    userlist ops_users
        group admins users @u@
        user @u@ insecure-password @pw@

    frontend fe_admin
        bind *:9443 ssl crt /etc/haproxy/certs/
        acl auth_ok http_auth(ops_users)
        http-request auth realm Ops unless auth_ok
        default_backend be_admin

    backend be_admin
        server admin1 @ip@:@port@ check
    ''', u=u, pw=pw, ip=ip(r), port=port(r))


@pos("generic", "api-key-header")
def p_haproxy_set_header(r, S):
    hdr = pick(r, "X-Api-Key", "Authorization", "X-Gateway-Token", "x-functions-key")
    t = S.take(g_api, "GATEWAY_KEY", refs=ENV_HAP)
    val = ("Bearer " + t) if hdr == "Authorization" else t
    return pick(r, "haproxy/haproxy.cfg", "conf/haproxy-edge.cfg"), D(HAP_GLOBAL) + R('''

    frontend fe_https
        bind *:443 ssl crt /etc/haproxy/certs/@d@.pem alpn h2,http/1.1
        http-request set-header X-Forwarded-Proto https
        use_backend be_partner if { path_beg /partner/ }
        default_backend be_web

    backend be_partner
        http-request set-path %[path,regsub(^/partner/,/)]
        http-request set-header @hdr@ "@val@"
        server partner1 gateway.@d2@:443 ssl verify required ca-file /etc/ssl/certs/ca-certificates.crt sni str(gateway.@d2@)

    backend be_web
        server web1 @ip@:@port@ check
    ''', d=dom(r), d2=dom(r), hdr=hdr, val=val, ip=ip(r), port=port(r))


@pos("haproxy", "basic-auth-header")
def p_haproxy_basic_header(r, S):
    u, pw = user(r), g_pw(r)
    b = S.take(lambda r: basic_b64(u, pw), "ES_BASIC_B64", refs=ENV_HAP)
    return pick(r, "haproxy/haproxy.cfg", "haproxy/conf.d/30-elastic.cfg"), R('''
    backend be_elastic
        mode http
        balance leastconn
        option httpchk GET /_cluster/health
        http-check expect status 200
        http-request set-header Authorization "Basic @b@"
        server es1 @ip1@:9200 check
        server es2 @ip2@:9200 check
        server es3 @ip3@:9200 check
    ''', b=b, ip1=ip(r), ip2=ip(r), ip3=ip(r))


@pos("haproxy", "basic-auth-password")
def p_haproxy_dataplane(r, S):
    pw = S.take(g_pw, "DPAPI_PASSWORD", pw=True, refs=ENV_COMPOSE, hashed=h_sha512crypt)
    ins = "false" if (S.neg and S.cat == "hashed") else "true"
    return pick(r, "haproxy/dataplaneapi.yml", "etc/haproxy/dataplaneapi.yaml"), R('''
    config_version: 2
    name: @n@
    dataplaneapi:
      host: 0.0.0.0
      port: 5555
      user:
        - name: admin
          insecure: @ins@
          password: "@pw@"
      transaction:
        transaction_dir: /tmp/haproxy
    haproxy:
      config_file: /etc/haproxy/haproxy.cfg
      haproxy_bin: /usr/sbin/haproxy
      reload:
        reload_delay: 5
        reload_cmd: systemctl reload haproxy
        restart_cmd: systemctl restart haproxy
    ''', n="lb-" + str(r.randint(1, 4)), ins=ins, pw=pw)


@pos("haproxy", "basic-auth-password")
def p_haproxy_ansible_vars(r, S):
    pw = S.take(g_pw, "haproxy_stats_password", refs=("{{ vault_VARL }}",), pw=True, secmgr=True)
    return pick(r, "ansible/group_vars/loadbalancers.yml", "inventories/prod/group_vars/haproxy.yml",
                "roles/haproxy/defaults/main.yml"), R('''
    ---
    haproxy_version: "2.8"
    haproxy_frontend_port: 443
    haproxy_backend_servers:
      - name: app1
        address: @ip1@:@port@
      - name: app2
        address: @ip2@:@port@
    haproxy_stats_enabled: true
    haproxy_stats_port: 8404
    haproxy_stats_user: stats
    haproxy_stats_password: "@pw@"
    haproxy_ssl_cert: /etc/haproxy/certs/@d@.pem
    ''', ip1=ip(r), ip2=ip(r), port=port(r), pw=pw, d=dom(r))


# ---------------------------------------------------------------- Traefik
TRAEFIK_SVC = '''
services:
  traefik:
    image: traefik:v3.1
    command:
      - --providers.docker=true
      - --providers.docker.exposedbydefault=false
      - --entrypoints.web.address=:80
      - --entrypoints.websecure.address=:443
      - --certificatesresolvers.le.acme.email=@mail@
      - --certificatesresolvers.le.acme.storage=/letsencrypt/acme.json
      - --certificatesresolvers.le.acme.dnschallenge=true
      - --certificatesresolvers.le.acme.dnschallenge.provider=@prov@
    ports:
      - "80:80"
      - "443:443"
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
      - ./letsencrypt:/letsencrypt
    environment:
'''


def traefik_compose(r, prov, env_lines):
    head = R(TRAEFIK_SVC, mail=email(r), prov=prov)
    body = "".join("      - %s\n" % l for l in env_lines)
    h = host(r)
    tail = R('''
      whoami:
        image: traefik/whoami
        labels:
          - traefik.enable=true
          - traefik.http.routers.whoami.rule=Host(`@h@`)
          - traefik.http.routers.whoami.tls.certresolver=le
    ''', h=h)
    return head + body + "\n" + textwrap.indent(tail, "  ")


@pos("cloudflare", "dns-api-token")
def p_traefik_cf_env(r, S):
    t = S.take(g_cf_token, "CF_DNS_API_TOKEN", refs=ENV_COMPOSE, empty=False)
    var = pick(r, "CF_DNS_API_TOKEN", "CLOUDFLARE_DNS_API_TOKEN")
    return pick(r, "docker-compose.yml", "traefik/docker-compose.yml", "proxy/compose.yaml"), \
        traefik_compose(r, "cloudflare", ["%s=%s" % (var, t)])


@pos("digitalocean", "dns-api-token")
def p_traefik_do_env(r, S):
    t = S.take(g_do, "DO_AUTH_TOKEN", refs=ENV_COMPOSE, empty=False)
    return pick(r, "docker-compose.yml", "traefik/docker-compose.yml"), \
        traefik_compose(r, "digitalocean", ["DO_AUTH_TOKEN=%s" % t, "DO_POLLING_INTERVAL=10"])


@pos("aws-route53", "aws-secret-key")
def p_traefik_route53_env(r, S):
    s = S.take(g_aws_secret, "AWS_SECRET_ACCESS_KEY", refs=ENV_COMPOSE, empty=False,
               examples=("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",))
    kid = S.side(g_akid, example="AKIAIOSFODNN7EXAMPLE", var="AWS_ACCESS_KEY_ID", refs=ENV_COMPOSE)
    zone = "Z" + rs(r, UP + DIG, r.choice([13, 14, 21]))
    return pick(r, "docker-compose.yml", "traefik/compose.yml"), traefik_compose(r, "route53", [
        "AWS_ACCESS_KEY_ID=%s" % kid, "AWS_SECRET_ACCESS_KEY=%s" % s, "AWS_REGION=us-east-1",
        "AWS_HOSTED_ZONE_ID=%s" % zone])


@pos("gandi", "dns-api-token")
def p_traefik_gandi_env(r, S):
    legacy = r.random() < 0.35
    if legacy:
        t = S.take(g_gandi_key, "GANDIV5_API_KEY", refs=ENV_COMPOSE, empty=False)
        line = "GANDIV5_API_KEY=%s" % t
    else:
        t = S.take(g_gandi_pat, "GANDIV5_PERSONAL_ACCESS_TOKEN", refs=ENV_COMPOSE, empty=False,
                   examples=("abcdefghijklmnopqrstuvwx",))
        line = "GANDIV5_PERSONAL_ACCESS_TOKEN=%s" % t
    return pick(r, "docker-compose.yml", "edge/traefik/docker-compose.yml"), \
        traefik_compose(r, "gandiv5", [line, "GANDIV5_PROPAGATION_TIMEOUT=600"])


@pos("cloudflare", "dns-api-key")
def p_traefik_cf_global(r, S):
    k = S.take(g_cf_global, "CF_API_KEY", refs=ENV_COMPOSE, empty=False)
    return pick(r, "docker-compose.yml", "traefik/docker-compose.yml"), traefik_compose(
        r, "cloudflare", ["CF_API_EMAIL=%s" % email(r), "CF_API_KEY=%s" % k])


@pos("traefik", "signing-secret")
def p_traefik_plugin_secret(r, S):
    s = S.take(lambda r: g_b64url(r, 32), "JWT_SECRET", refs=('{{ env "VAR" }}',))
    return pick(r, "traefik/dynamic/middlewares.yml", "config/dynamic.yml", "traefik/conf.d/auth.yaml"), R('''
    http:
      middlewares:
        jwt-auth:
          plugin:
            jwt:
              Required: true
              Keys:
                - "@s@"
              Alg: HS256
              ForwardToken: false
        secure-headers:
          headers:
            frameDeny: true
            stsSeconds: 31536000
      routers:
        api:
          rule: Host(`@h@`) && PathPrefix(`/api`)
          middlewares: [jwt-auth, secure-headers]
          service: api
          tls:
            certResolver: le
      services:
        api:
          loadBalancer:
            servers:
              - url: http://@ip@:@port@
    ''', s=s, h=host(r), ip=ip(r), port=port(r))


@pos("generic", "api-key-header")
def p_traefik_headers_toml(r, S):
    t = S.take(g_api, "BACKEND_KEY", refs=('{{ env "VAR" }}',))
    hdr = pick(r, "X-Api-Key", "X-Backend-Auth", "X-Internal-Token")
    return pick(r, "traefik/dynamic/headers.toml", "traefik/rules/backend.toml"), R('''
    [http.middlewares]
      [http.middlewares.inject-key.headers]
        [http.middlewares.inject-key.headers.customRequestHeaders]
          @hdr@ = "@t@"
          X-Forwarded-Proto = "https"

    [http.routers]
      [http.routers.backend]
        rule = "Host(`@h@`)"
        service = "backend"
        middlewares = ["inject-key"]
        [http.routers.backend.tls]
          certResolver = "le"

    [http.services]
      [http.services.backend.loadBalancer]
        [[http.services.backend.loadBalancer.servers]]
          url = "http://@ip@:@port@"
    ''', hdr=hdr, t=t, h=host(r), ip=ip(r), port=port(r))


@pos("cloudflare", "dns-api-token")
def p_k8s_cf_secret(r, S):
    t = S.take(g_cf_token, "cloudflare_api_token", refs=ENV_HELM, empty=False)
    key = pick(r, "api-token", "CF_DNS_API_TOKEN", "token")
    return pick(r, "k8s/cert-manager/cloudflare-secret.yaml", "clusters/prod/traefik/dns-secret.yaml"), R('''
    apiVersion: v1
    kind: Secret
    metadata:
      name: cloudflare-api-token
      namespace: @ns@
    type: Opaque
    stringData:
      @key@: @t@
    ''', ns=r.choice(["cert-manager", "traefik", "kube-system"]), key=key, t=t)


@pos("cloudflare", "dns-api-token")
def p_dotenv_traefik(r, S):
    t = S.take(g_cf_token, "CF_DNS_API_TOKEN", refs=ENV_SH, empty=False)
    path = pick(r, ".env", "traefik/.env")
    if S.neg:
        path = path.replace(".env", r.choice([".env.example", ".env.sample"]))
    return path, R('''
    # traefik / acme
    ACME_EMAIL=@mail@
    DOMAIN=@d@
    CF_API_EMAIL=@mail@
    CF_DNS_API_TOKEN=@t@
    TZ=Europe/Berlin
    ''', mail=email(r), d=dom(r), t=t)


@pos("cloudflare", "dns-api-token")
def p_systemd_traefik(r, S):
    t = S.take(g_cf_token, "CF_DNS_API_TOKEN", refs=("${VAR}",), empty=False)
    return pick(r, "systemd/traefik.service", "etc/systemd/system/traefik.service"), R('''
    [Unit]
    Description=Traefik reverse proxy
    After=network-online.target
    Wants=network-online.target

    [Service]
    Type=notify
    User=traefik
    Environment=CF_DNS_API_TOKEN=@t@
    ExecStart=/usr/local/bin/traefik --configFile=/etc/traefik/traefik.yml
    Restart=on-failure
    AmbientCapabilities=CAP_NET_BIND_SERVICE
    LimitNOFILE=1048576

    [Install]
    WantedBy=multi-user.target
    ''', t=t)


# ---------------------------------------------------------------- Envoy
ENVOY_HEAD = '''
static_resources:
  listeners:
    - name: listener_0
      address:
        socket_address: { address: 0.0.0.0, port_value: 10000 }
      filter_chains:
        - filters:
            - name: envoy.filters.network.http_connection_manager
              typed_config:
                "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
                stat_prefix: ingress_http
'''


@pos("generic", "bearer-token")
def p_envoy_headers_to_add(r, S):
    t = S.take(g_api, "UPSTREAM_TOKEN", refs=())
    hdr = pick(r, "authorization", "x-api-key", "x-upstream-token")
    val = ("Bearer " + t) if hdr == "authorization" else t
    return pick(r, "envoy/envoy.yaml", "deploy/envoy/front-proxy.yaml", "envoy.yml"), D(ENVOY_HEAD) + textwrap.indent(R('''
                    route_config:
                      name: local_route
                      virtual_hosts:
                        - name: backend
                          domains: ["*"]
                          routes:
                            - match: { prefix: "/" }
                              route: { cluster: @c@, timeout: 15s }
                              request_headers_to_add:
                                - header:
                                    key: "@hdr@"
                                    value: "@val@"
                                  append_action: OVERWRITE_IF_EXISTS_OR_ADD
                    http_filters:
                      - name: envoy.filters.http.router
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
      clusters:
        - name: @c@
          type: STRICT_DNS
          lb_policy: ROUND_ROBIN
          load_assignment:
            cluster_name: @c@
            endpoints:
              - lb_endpoints:
                  - endpoint:
                      address:
                        socket_address: { address: @bh@, port_value: @port@ }
    ''', c=up(r), hdr=hdr, val=val, bh=r.choice(APPS) + ".svc.cluster.local", port=port(r)), "  ")


@pos("envoy", "key-passphrase")
def p_envoy_tls_password(r, S):
    s = S.take(g_phrase, "TLS_KEY_PASSWORD", empty=False)
    h = host(r)
    return pick(r, "envoy/envoy.yaml", "envoy/tls-listener.yaml"), R('''
    # downstream TLS for @h@
    transport_socket:
      name: envoy.transport_sockets.tls
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.DownstreamTlsContext
        common_tls_context:
          alpn_protocols: ["h2", "http/1.1"]
          tls_certificates:
            - certificate_chain:
                filename: /etc/envoy/certs/@h@.crt
              private_key:
                filename: /etc/envoy/certs/@h@.key.enc
              password:
                inline_string: "@s@"
          tls_params:
            tls_minimum_protocol_version: TLSv1_2
    ''', h=h, s=s)


@pos("envoy", "private-key")
def p_envoy_inline_key(r, S):
    h = host(r)
    if S.neg:
        keyblock = "filename: /etc/envoy/tls/%s.key" % h
        S.take(None)
        S.cat = "file-reference"
    else:
        der = der_ec_pkcs8(r) if r.random() < 0.5 else der_rsa_pkcs8(r)
        p = pem("PRIVATE KEY", der)
        S.needle = p.split("\n")[2]
        keyblock = "inline_string: |\n" + textwrap.indent(p, " " * 10)
    return pick(r, "envoy/bootstrap.yaml", "envoy/sds/server-cert.yaml"), R('''
    resources:
      - "@type": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret
        name: server_cert
        tls_certificate:
          certificate_chain:
            filename: /etc/envoy/tls/@h@.crt
          private_key:
            @kb@
    ''', h=h, kb=keyblock)


@pos("generic", "api-key")
def p_envoy_lua(r, S):
    t = S.take(g_api, "API_KEY")
    return pick(r, "envoy/lua-filter.yaml", "envoy/filters/inject-key.yaml"), R('''
    http_filters:
      - name: envoy.filters.http.lua
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua
          default_source_code:
            inline_string: |
              local key = "@t@"
              function envoy_on_request(request_handle)
                request_handle:headers():replace("x-api-key", key)
                request_handle:headers():remove("cookie")
              end
      - name: envoy.filters.http.router
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
    ''', t=t)


# ---------------------------------------------------------------- Varnish
@pos("varnish", "basic-auth-header")
def p_varnish_basic(r, S):
    u, pw = user(r), g_pw(r)
    b = S.take(lambda r: basic_b64(u, pw), "PURGE_AUTH")
    return pick(r, "varnish/default.vcl", "etc/varnish/default.vcl"), R('''
    vcl 4.1;

    backend default {
        .host = "@ip@";
        .port = "@port@";
        .probe = { .url = "/healthz"; .interval = 5s; .timeout = 1s; .window = 5; .threshold = 3; }
    }

    acl purgers { "127.0.0.1"; "@net@"; }

    sub vcl_recv {
        if (req.url ~ "^/admin") {
            if (req.http.Authorization != "Basic @b@") {
                return (synth(401, "Restricted"));
            }
        }
        if (req.method == "PURGE") {
            if (!client.ip ~ purgers) { return (synth(405)); }
            return (purge);
        }
    }
    ''', ip=ip(r), port=port(r), net="10.0.0.0/8", b=b)


@pos("generic", "api-key-header")
def p_varnish_bereq(r, S):
    t = S.take(g_api, "ORIGIN_KEY")
    hdr = pick(r, "X-Api-Key", "X-Origin-Auth", "X-Edge-Secret")
    return pick(r, "varnish/origin.vcl", "vcl/backend.vcl"), R('''
    vcl 4.1;
    import std;

    backend origin {
        .host = "origin.@d@";
        .port = "443";
    }

    sub vcl_backend_fetch {
        set bereq.http.@hdr@ = "@t@";
        unset bereq.http.Cookie;
    }

    sub vcl_backend_response {
        if (beresp.status >= 500) { set beresp.ttl = 5s; }
        set beresp.grace = 1h;
    }
    ''', d=dom(r), hdr=hdr, t=t)


# ---------------------------------------------------------------- OpenResty / Lua
@pos("openresty", "api-key")
def p_lua_set_header(r, S):
    t = S.take(g_api, "API_KEY")
    name = pick(r, "API_KEY", "upstream_key", "K", "token")
    return pick(r, "lua/access.lua", "openresty/lua/inject_auth.lua", "conf/lua/upstream_auth.lua"), R('''
    -- access_by_lua_file: attach credentials for the upstream API
    local cjson = require "cjson.safe"

    local @name@ = "@t@"

    local function deny(status, msg)
      ngx.status = status
      ngx.say(cjson.encode({ error = msg }))
      return ngx.exit(status)
    end

    if ngx.var.remote_user == nil and ngx.var.arg_debug then
      return deny(401, "unauthenticated")
    end

    ngx.req.set_header("Authorization", "Bearer " .. @name@)
    ngx.req.clear_header("Cookie")
    ''', name=name, t=t)


@pos("openresty", "signing-secret")
def p_lua_hmac(r, S):
    s = S.take(g_link_secret, "LINK_SECRET")
    return pick(r, "lua/signed_urls.lua", "openresty/lua/verify_sig.lua"), R('''
    local resty_string = require "resty.string"
    local M = {}

    local SECRET = "@s@"
    local MAX_AGE = 300

    function M.verify()
      local args = ngx.req.get_uri_args()
      local exp = tonumber(args.exp or 0)
      if exp < ngx.time() or exp > ngx.time() + MAX_AGE then
        return ngx.exit(ngx.HTTP_GONE)
      end
      local expected = resty_string.to_hex(ngx.hmac_sha1(SECRET, ngx.var.uri .. exp))
      if expected ~= args.sig then
        return ngx.exit(ngx.HTTP_FORBIDDEN)
      end
    end

    return M
    ''', s=s)


@pos("openresty", "db-password")
def p_lua_redis(r, S):
    pw = S.take(g_pw, "REDIS_PASSWORD", pw=True)
    return pick(r, "lua/ratelimit.lua", "openresty/lua/limit_by_key.lua"), R('''
    local redis = require "resty.redis"

    local function get_conn()
      local red = redis:new()
      red:set_timeouts(100, 100, 100)
      local ok, err = red:connect("@ip@", 6379)
      if not ok then
        ngx.log(ngx.ERR, "redis connect: ", err)
        return nil
      end
      local res, aerr = red:auth("@pw@")
      if not res then
        ngx.log(ngx.ERR, "redis auth: ", aerr)
        return nil
      end
      return red
    end

    local red = get_conn()
    if red then
      local n = red:incr("rl:" .. ngx.var.binary_remote_addr)
      red:expire("rl:" .. ngx.var.binary_remote_addr, 60)
      red:set_keepalive(10000, 50)
      if n and n > 120 then return ngx.exit(429) end
    end
    ''', ip=ip(r), pw=pw)


# ---------------------------------------------------------------- Squid
@pos("squid", "basic-auth-password")
def p_squid_cache_peer(r, S):
    u = user(r)
    pw = S.take(g_pw, "password", pw=True, empty=False)
    return pick(r, "squid/squid.conf", "etc/squid/squid.conf", "proxy/squid.conf"), R('''
    http_port 3128
    visible_hostname proxy01

    acl localnet src 10.0.0.0/8
    acl localnet src 192.168.0.0/16
    acl SSL_ports port 443
    acl CONNECT method CONNECT

    http_access deny CONNECT !SSL_ports
    http_access allow localnet
    http_access deny all

    cache_peer upstream-proxy.@d@ parent 8080 0 no-query default login=@u@:@pw@
    never_direct allow all

    cache_dir ufs /var/spool/squid 2000 16 256
    coredump_dir /var/spool/squid
    refresh_pattern . 0 20% 4320
    ''', d=dom(r), u=u, pw=pw)


@pos("squid", "admin-password")
def p_squid_cachemgr(r, S):
    pw = S.take(g_pw, "cachemgr", pw=True, empty=False)
    return pick(r, "squid/squid.conf", "squid/conf.d/manager.conf"), R('''
    # cache manager access (squidclient mgr:info)
    acl managers src 127.0.0.1 @ip@
    http_access allow localhost manager
    http_access allow managers manager
    http_access deny manager

    cachemgr_passwd @pw@ all
    cache_mem 512 MB
    maximum_object_size 64 MB
    ''', ip=ip(r), pw=pw)


# ---------------------------------------------------------------- lighttpd
@pos("lighttpd", "basic-auth-password")
def p_lighttpd_plain_userfile(r, S):
    u = user(r)
    pw = S.take(g_pw, "password", pw=True, empty=False)
    return pick(r, "lighttpd/lighttpd.user", "etc/lighttpd/.lighttpdpassword", "lighttpd/auth/users.plain"), \
        "%s:%s\n" % (u, pw)


@pos("generic", "bearer-token")
def p_lighttpd_setenv(r, S):
    t = S.take(g_api, "API_TOKEN")
    return pick(r, "lighttpd/lighttpd.conf", "lighttpd/conf.d/proxy.conf"), R('''
    server.modules += ( "mod_proxy", "mod_setenv" )

    $HTTP["url"] =~ "^/api/" {
        setenv.add-request-header = ( "Authorization" => "Bearer @t@" )
        proxy.server = ( "" => ( ( "host" => "@ip@", "port" => @port@ ) ) )
        proxy.header = ( "map-urlpath" => ( "/api/" => "/" ) )
    }
    ''', t=t, ip=ip(r), port=port(r))


# ---------------------------------------------------------------- ACME clients, CI, IaC, scripts
@pos("cloudflare", "dns-api-token")
def p_certbot_cf_ini(r, S):
    t = S.take(g_cf_token, "token", empty=False)
    return pick(r, "certbot/cloudflare.ini", "secrets/certbot/cloudflare.ini", "etc/letsencrypt/cloudflare.ini"), R('''
    # Cloudflare API token used by certbot-dns-cloudflare
    # chmod 600, used by: certbot certonly --dns-cloudflare --dns-cloudflare-credentials <this file>
    dns_cloudflare_api_token = @t@
    ''', t=t)


@pos("digitalocean", "dns-api-token")
def p_certbot_do_ini(r, S):
    t = S.take(g_do, "token", empty=False)
    return pick(r, "certbot/digitalocean.ini", "etc/letsencrypt/do.ini"), R('''
    # DigitalOcean API credentials used by Certbot
    dns_digitalocean_token = @t@
    ''', t=t)


@pos("cloudflare", "dns-api-token")
def p_acmesh_cf(r, S):
    t = S.take(g_cf_token, "CF_Token", refs=ENV_SH, empty=False)
    d = dom(r)
    return pick(r, "scripts/issue-cert.sh", "bin/acme-wildcard.sh"), R('''
    #!/usr/bin/env bash
    # issue / renew the wildcard with acme.sh and reload haproxy
    set -euo pipefail

    export CF_Token="@t@"
    export CF_Account_ID="@acct@"

    ~/.acme.sh/acme.sh --issue --dns dns_cf -d "@d@" -d "*.@d@" --keylength ec-256
    ~/.acme.sh/acme.sh --install-cert -d "@d@" --ecc \\
        --fullchain-file /etc/haproxy/certs/@d@.crt \\
        --key-file /etc/haproxy/certs/@d@.crt.key \\
        --reloadcmd "systemctl reload haproxy"
    ''', t=t, acct=hexs(r, 32), d=d)


@pos("gandi", "dns-api-token")
def p_acmesh_gandi(r, S):
    t = S.take(g_gandi_pat, "GANDI_LIVEDNS_TOKEN", refs=ENV_SH, empty=False)
    d = dom(r)
    return pick(r, "scripts/renew-gandi.sh", "ops/acme/renew.sh"), R('''
    #!/bin/sh
    GANDI_LIVEDNS_TOKEN="@t@" \\
      /root/.acme.sh/acme.sh --renew --dns dns_gandi_livedns -d @d@ -d '*.@d@'
    nginx -s reload
    ''', t=t, d=d)


@pos("cloudflare", "dns-api-token")
def p_sh_cf_purge(r, S):
    t = S.take(g_cf_token, "CF_PURGE_TOKEN", refs=ENV_SH)
    return pick(r, "scripts/purge-cache.sh", "deploy/post-deploy.sh", "bin/cf-purge"), R('''
    #!/usr/bin/env bash
    # purge the CDN after a static deploy
    set -euo pipefail
    ZONE_ID="@zone@"

    curl -fsS -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \\
      -H "Authorization: Bearer @t@" \\
      -H "Content-Type: application/json" \\
      --data '{"purge_everything":true}' | jq -r '.success'
    ''', zone=hexs(r, 32), t=t)


@pos("digitalocean", "api-token")
def p_sh_do_dns(r, S):
    t = S.take(g_do, "DIGITALOCEAN_TOKEN", refs=ENV_SH)
    d = dom(r)
    return pick(r, "scripts/update-dns.sh", "ops/ddns.sh"), R('''
    #!/bin/bash
    # keep edge.@d@ pointing at this box
    IP=$(curl -s https://ifconfig.me)
    curl -s -X PUT \\
      -H "Content-Type: application/json" \\
      -H "Authorization: Bearer @t@" \\
      -d "{\\"data\\":\\"$IP\\"}" \\
      "https://api.digitalocean.com/v2/domains/@d@/records/@rid@"
    ''', d=d, t=t, rid=r.randint(10000000, 99999999))


@pos("generic", "basic-auth-password")
def p_sh_curl_u(r, S):
    u = pick(r, "monitor", "status", "nagios", "zabbix")
    pw = S.take(g_pw, "STATUS_PASSWORD", refs=ENV_SH, pw=True)
    return pick(r, "scripts/check_status.sh", "monitoring/check-nginx.sh", "bin/server-status"), R('''
    #!/bin/sh
    # nagios-style check of the protected status page
    OUT=$(curl -s -u @u@:@pw@ http://127.0.0.1/server-status?auto) || { echo "CRITICAL: no status"; exit 2; }
    BUSY=$(echo "$OUT" | awk '/BusyWorkers/ {print $2}')
    [ "${BUSY:-0}" -gt 200 ] && { echo "WARNING: $BUSY busy workers"; exit 1; }
    echo "OK: $BUSY busy workers"
    ''', u=u, pw=pw)


@pos("haproxy", "basic-auth-password")
def p_exporter_url(r, S):
    pw = S.take(g_pw, "HAPROXY_STATS_PASSWORD", pw=True, refs=ENV_COMPOSE)
    return pick(r, "monitoring/docker-compose.yml", "exporters/compose.yaml"), R('''
    services:
      haproxy-exporter:
        image: prom/haproxy-exporter:v0.15.0
        command:
          - --haproxy.scrape-uri=@uri@
        ports:
          - "9101:9101"
      node-exporter:
        image: prom/node-exporter:v1.8.1
        pid: host
    ''', uri="http://stats:%s@%s:8404/stats;csv" % (pw, r.choice(["lb01", "haproxy", "10.0.0.5"])))


@pos("cloudflare", "dns-api-token")
def p_tf_cloudflare(r, S):
    t = S.take(g_cf_token, "cloudflare_api_token", refs=ENV_TF)
    q = "" if (S.neg and S.cat == "ref") else '"'
    d = dom(r)
    return pick(r, "terraform/dns/main.tf", "infra/cloudflare.tf", "tf/edge/providers.tf"), R('''
    terraform {
      required_providers {
        cloudflare = {
          source  = "cloudflare/cloudflare"
          version = "~> 4.0"
        }
      }
    }

    provider "cloudflare" {
      api_token = @q@@t@@q@
    }

    resource "cloudflare_record" "edge" {
      zone_id = "@zone@"
      name    = "edge"
      value   = "@pip@"
      type    = "A"
      proxied = true
    }
    ''', q=q, t=t, zone=hexs(r, 32), pip="203.0.113.%d" % r.randint(2, 250))


@pos("cloudflare", "dns-api-token")
def p_gha_deploy(r, S):
    t = S.take(g_cf_token, "CLOUDFLARE_API_TOKEN", refs=ENV_GHA)
    return pick(r, ".github/workflows/deploy.yml", ".github/workflows/edge-config.yml"), R('''
    name: deploy-edge
    on:
      push:
        branches: [main]
        paths: ["nginx/**", "caddy/**"]

    jobs:
      deploy:
        runs-on: ubuntu-latest
        env:
          CLOUDFLARE_API_TOKEN: "@t@"
          ZONE: @d@
        steps:
          - uses: actions/checkout@v4
          - name: Validate nginx config
            run: docker run --rm -v "$PWD/nginx:/etc/nginx:ro" nginx:1.27 nginx -t
          - name: Purge cache
            run: ./scripts/purge-cache.sh "$ZONE"
    ''', t=t, d=dom(r))


@pos("gandi", "dns-api-key")
def p_dockerfile_gandi(r, S):
    k = S.take(g_gandi_key, "GANDIV5_API_KEY", refs=("${VAR}",))
    return pick(r, "Dockerfile", "docker/lego/Dockerfile", "images/certs/Dockerfile"), R('''
    FROM goacme/lego:v4.17.4
    ENV GANDIV5_API_KEY=@k@ \\
        LEGO_PATH=/data
    VOLUME ["/data"]
    ENTRYPOINT ["lego", "--accept-tos", "--email", "@mail@", "--dns", "gandiv5"]
    CMD ["--domains", "*.@d@", "run"]
    ''', k=k, mail=email(r), d=dom(r))


@pos("nginx", "basic-auth-password")
def p_dockerfile_htpasswd(r, S):
    u = user(r)
    pw = S.take(g_pw, "ADMIN_PASS", refs=("${VAR}",), pw=True, empty=False)
    return pick(r, "Dockerfile", "docker/nginx/Dockerfile", "proxy/Dockerfile"), R('''
    FROM nginx:1.27-alpine
    RUN apk add --no-cache apache2-utils \\
     && htpasswd -bc /etc/nginx/.htpasswd @u@ '@pw@'
    COPY nginx.conf /etc/nginx/nginx.conf
    COPY conf.d/ /etc/nginx/conf.d/
    EXPOSE 80 443
    HEALTHCHECK CMD wget -qO- http://127.0.0.1/healthz || exit 1
    ''', u=u, pw=pw)


@pos("nginx", "basic-auth-password")
def p_md_htpasswd(r, S):
    u = user(r)
    pw = S.take(g_pw, "password", pw=True, empty=False, examples=("myPassword",))
    h = host(r)
    return pick(r, "docs/setup.md", "docs/staging-access.md", "wiki/Proxy-Setup.md"), R('''
    # Staging access

    Staging (`https://@h@`) sits behind HTTP basic auth so crawlers stay out.

    1. Install the tools: `apt install apache2-utils`
    2. Create the user file on the proxy host:

       ```sh
       sudo htpasswd -bc /etc/nginx/.htpasswd-staging @u@ '@pw@'
       ```

    3. Point the vhost at it:

       ```nginx
       auth_basic           "Staging";
       auth_basic_user_file /etc/nginx/.htpasswd-staging;
       ```

    4. `sudo nginx -t && sudo systemctl reload nginx`
    ''', h=h, u=u, pw=pw)


@pos("nginx", "secure-link-secret")
def p_py_secure_link(r, S):
    s = S.take(g_link_secret, "SECURE_LINK_SECRET")
    name = pick(r, "SECURE_LINK_SECRET", "LINK_SALT", "_SIG_KEY", "SECRET")
    return pick(r, "app/downloads/links.py", "billing/securelink.py", "src/media/signed_urls.py"), R('''
    """Build nginx secure_link URLs (see nginx/conf.d/media.conf)."""
    import base64
    import hashlib
    import time

    @name@ = "@s@"
    DEFAULT_TTL = 3600


    def signed_url(path, client_ip, ttl=DEFAULT_TTL, host="https://@h@"):
        expires = int(time.time()) + ttl
        raw = "%d%s%s %s" % (expires, path, client_ip, @name@)
        digest = hashlib.md5(raw.encode()).digest()
        token = base64.urlsafe_b64encode(digest).decode().rstrip("=")
        return "%s%s?md5=%s&expires=%d" % (host, path, token, expires)
    ''', name=name, s=s, h=host(r))


@pos("nginx", "secure-link-secret")
def p_php_secure_link(r, S):
    s = S.take(g_link_secret, "SECURE_LINK_SECRET")
    return pick(r, "src/Download/LinkSigner.php", "lib/secure_link.php", "app/Services/SecureLink.php"), R('''
    <?php

    namespace App\\Download;

    final class LinkSigner
    {
        private const SECRET = '@s@';

        public function sign(string $path, int $ttl = 600): string
        {
            $expires = time() + $ttl;
            $hash = base64_encode(md5($expires . $path . ' ' . self::SECRET, true));
            $hash = rtrim(strtr($hash, '+/', '-_'), '=');

            return sprintf('%s?md5=%s&expires=%d', $path, $hash, $expires);
        }
    }
    ''', s=s)


@pos("generic", "bearer-token")
def p_log_leak(r, S):
    t = S.take(g_api, "token")
    lines = []
    for i in range(r.randint(3, 6)):
        lines.append('%s [debug] %d#%d: *%d http header: "%s"' % (
            "2024/%02d/%02d %02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
            r.randint(1000, 9999), 0, r.randint(100, 99999),
            r.choice(["Host: " + host(r), "User-Agent: curl/8.5.0", "Accept: */*", "X-Request-Id: " + hexs(r, 32),
                      "Connection: keep-alive"])))
    pos_i = r.randint(1, len(lines))
    lines.insert(pos_i, '2024/%02d/%02d 10:%02d:%02d [debug] %d#0: *%d http proxy header: "Authorization: Bearer %s"' % (
        r.randint(1, 12), r.randint(1, 28), r.randint(0, 59), r.randint(0, 59), r.randint(1000, 9999), r.randint(100, 99999), t))
    return pick(r, "logs/nginx-debug.log", "var/log/nginx/error.log", "tmp/proxy-debug.log"), "\n".join(lines) + "\n"


@pos("generic", "api-key")
def p_dotenv_proxy(r, S):
    k = S.take(g_api, "UPSTREAM_API_KEY", refs=ENV_SH)
    path = pick(r, ".env", ".env.production", "proxy/.env")
    if S.neg:
        path = path.replace(".env.production", ".env").replace(".env", r.choice([".env.example", ".env.sample"]))
    return path, R('''
    SERVER_NAME=@h@
    UPSTREAM_HOST=@ip@
    UPSTREAM_PORT=@port@
    UPSTREAM_API_KEY=@k@
    CLIENT_MAX_BODY_SIZE=25m
    ''', h=host(r), ip=ip(r), port=port(r), k=k)


# ================================================================ NEGATIVE LOOK-ALIKE TEMPLATES
# Each is f(r) -> (relpath, text) and contains no credential.

@neg("nginx", "htpasswd-hashes")
def n_htpasswd_hashed(r):
    names = r.sample(USERS, r.randint(2, 6))
    lines = ["%s:%s" % (n, r.choice([h_apr1, h_bcrypt, h_sha, h_crypt])(r)) for n in names]
    return pick(r, "nginx/.htpasswd", "etc/nginx/htpasswd", "apache/.htpasswd", "auth/users.htpasswd"), "\n".join(lines) + "\n"


@neg("apache", "htaccess-auth")
def n_htaccess_auth(r):
    return pick(r, "public/.htaccess", "htdocs/admin/.htaccess", "web/stats/.htaccess"), R('''
    AuthType Basic
    AuthName "Restricted area"
    AuthUserFile /var/www/.htpasswd
    AuthGroupFile /dev/null
    Require valid-user

    <FilesMatch "\\.(env|ini|log|sh|sql)$">
        Require all denied
    </FilesMatch>

    Header always set Strict-Transport-Security "max-age=63072000; includeSubDomains"
    ''')


@neg("caddy", "bcrypt-hash")
def n_caddy_bcrypt(r):
    h = host(r)
    users = "\n".join("        %s %s" % (u, h_bcrypt(r, "$2a$")) for u in r.sample(USERS, r.randint(1, 3)))
    return pick(r, "Caddyfile", "caddy/Caddyfile", "deploy/Caddyfile"), R('''
    @h@ {
        basic_auth /admin/* {
    @users@
        }
        reverse_proxy @ip@:@port@
    }
    ''', h=h, users=users, ip=ip(r), port=port(r))


@neg("caddy", "bcrypt-hash-b64")
def n_caddy_bcrypt_b64(r):
    u = user(r)
    hb = base64.b64encode(h_bcrypt(r, "$2a$").encode()).decode()
    return pick(r, "Caddyfile", "caddy/sites/internal.caddy"), R('''
    # hash generated with: caddy hash-password (Caddy 2.4 prints base64)
    @h@ {
        basicauth {
            @u@ @hb@
        }
        file_server browse
        root * /srv/share
    }
    ''', h=host(r), u=u, hb=hb)


@neg("traefik", "htpasswd-hashes")
def n_traefik_dynamic_users(r):
    users = "\n".join('            - "%s:%s"' % (u, r.choice([h_apr1, h_bcrypt])(r)) for u in r.sample(USERS, r.randint(1, 3)))
    return pick(r, "traefik/dynamic/auth.yml", "traefik/conf/middlewares.yaml"), R('''
    http:
      middlewares:
        dashboard-auth:
          basicAuth:
            removeHeader: true
            users:
    @users@
      routers:
        dashboard:
          rule: Host(`traefik.@d@`)
          service: api@internal
          middlewares: [dashboard-auth]
          tls:
            certResolver: le
    ''', users=users, d=dom(r))


@neg("traefik", "htpasswd-hashes")
def n_traefik_labels_escaped(r):
    hh = r.choice([h_apr1, h_bcrypt])(r).replace("$", "$$")
    u = user(r)
    return pick(r, "docker-compose.yml", "traefik/docker-compose.yml"), R('''
    services:
      dashboard:
        image: traefik:v3.1
        labels:
          - "traefik.enable=true"
          - "traefik.http.routers.dash.rule=Host(`traefik.@d@`)"
          - "traefik.http.routers.dash.service=api@internal"
          - "traefik.http.routers.dash.middlewares=dash-auth"
          # user generated with: echo $(htpasswd -nB @u@) | sed -e s/\\\\$/\\\\$\\\\$/g
          - "traefik.http.middlewares.dash-auth.basicauth.users=@u@:@hh@"
    ''', d=dom(r), u=u, hh=hh)


@neg("traefik", "usersfile")
def n_traefik_toml_usersfile(r):
    return pick(r, "traefik/dynamic/auth.toml", "traefik/rules/auth.toml"), R('''
    [http.middlewares]
      [http.middlewares.admin-auth.basicAuth]
        usersFile = "/etc/traefik/secrets/admin.htpasswd"
        realm = "Admin"
        headerField = "X-WebAuth-User"
      [http.middlewares.admin-ip.ipAllowList]
        sourceRange = ["10.0.0.0/8", "192.168.0.0/16"]
    ''')


@neg("haproxy", "crypt-hash")
def n_haproxy_userlist_hashed(r):
    users = "\n".join("    user %s password %s" % (u, h_sha512crypt(r)) for u in r.sample(USERS, r.randint(1, 3)))
    return pick(r, "haproxy/haproxy.cfg", "haproxy/conf.d/10-users.cfg"), D(HAP_GLOBAL) + R('''

    userlist admins
    @users@

    listen stats
        bind *:8404
        acl authorized http_auth(admins)
        stats enable
        stats uri /
        stats http-request auth unless authorized
    ''', users=users)


@neg("haproxy", "tls-paths")
def n_haproxy_tls(r):
    d = dom(r)
    return pick(r, "haproxy/haproxy.cfg", "lb/haproxy.cfg"), D(HAP_GLOBAL) + R('''
        ssl-dh-param-file /etc/haproxy/dhparam.pem

    frontend fe_https
        bind :443 ssl crt /etc/haproxy/certs/@d@.pem crt-list /etc/haproxy/crt-list.txt alpn h2,http/1.1
        bind :443 ssl crt /etc/haproxy/certs/ ca-file /etc/haproxy/ca/clients.pem verify optional
        http-request set-header X-SSL-Client-Verify %[ssl_c_verify]
        http-request set-header X-SSL-Client-SHA1 %[ssl_c_sha1,hex]
        http-request set-header X-SSL-Client-DN %{+Q}[ssl_c_s_dn]
        default_backend be_app

    backend be_app
        server app1 @ip@:@port@ ssl verify required ca-file /etc/ssl/certs/ca-certificates.crt check
    ''', d=d, ip=ip(r), port=port(r))


@neg("haproxy", "header-from-request")
def n_haproxy_apikey_acl(r):
    return pick(r, "haproxy/haproxy.cfg", "haproxy/conf.d/20-api.cfg"), R('''
    frontend fe_api
        bind :8443 ssl crt /etc/haproxy/certs/api.pem
        # valid keys are managed by the API team in a map file, not here
        acl has_key req.hdr(X-Api-Key) -m found
        acl valid_key req.hdr(X-Api-Key),map_str(/etc/haproxy/maps/apikeys.map) -m found
        http-request deny deny_status 401 unless has_key
        http-request deny deny_status 403 unless valid_key
        http-request set-var(txn.client) req.hdr(X-Api-Key),map_str(/etc/haproxy/maps/apikeys.map)
        http-request set-header X-Client-Name %[var(txn.client)]
        stick-table type string len 64 size 100k expire 10m store http_req_rate(10s)
        http-request track-sc0 req.hdr(X-Api-Key)
        default_backend be_api
    ''')


@neg("nginx", "tls-paths")
def n_nginx_ssl_params(r):
    d = dom(r)
    return pick(r, "nginx/snippets/ssl-params.conf", "nginx/conf.d/ssl.conf", "etc/nginx/snippets/tls.conf"), R('''
    ssl_certificate         /etc/letsencrypt/live/@d@/fullchain.pem;
    ssl_certificate_key     /etc/letsencrypt/live/@d@/privkey.pem;
    ssl_trusted_certificate /etc/letsencrypt/live/@d@/chain.pem;
    ssl_dhparam             /etc/nginx/dhparam.pem;
    ssl_password_file       /etc/nginx/ssl/passphrases;
    ssl_session_ticket_key  /etc/nginx/ssl/ticket.key;
    ssl_session_cache       shared:SSL:10m;
    ssl_session_timeout     1d;
    ssl_protocols           TLSv1.2 TLSv1.3;
    ssl_ciphers             ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384;
    ssl_prefer_server_ciphers off;
    ssl_stapling            on;
    ssl_stapling_verify     on;
    resolver                1.1.1.1 9.9.9.9 valid=300s;
    add_header Strict-Transport-Security "max-age=63072000" always;
    ''', d=d)


@neg("nginx", "header-variables")
def n_nginx_proxy_vars(r):
    return pick(r, "nginx/snippets/proxy.conf", "nginx/proxy_params", "conf/proxy-headers.conf"), R('''
    proxy_set_header Host              $host;
    proxy_set_header X-Real-IP         $remote_addr;
    proxy_set_header X-Forwarded-For   $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header X-Request-Id      $request_id;
    proxy_set_header Authorization     $http_authorization;
    proxy_set_header X-Remote-User     $remote_user;
    proxy_pass_header Authorization;
    proxy_set_header Cookie            $http_cookie;
    proxy_http_version 1.1;
    proxy_set_header Upgrade           $http_upgrade;
    proxy_set_header Connection        $connection_upgrade;
    ''')


@neg("nginx", "upstreams")
def n_nginx_upstreams(r):
    blocks = []
    for u in r.sample(UPSTREAMS, r.randint(2, 4)):
        servers = "\n".join("    server %s:%d weight=%d max_fails=3 fail_timeout=30s;" % (ip(r), port(r), r.randint(1, 5))
                            for _ in range(r.randint(2, 4)))
        blocks.append("upstream %s {\n    zone %s 64k;\n    least_conn;\n%s\n    keepalive 32;\n}\n" % (u, u, servers))
    return pick(r, "nginx/conf.d/upstreams.conf", "nginx/upstreams.conf"), "\n".join(blocks)


@neg("nginx", "secure-link-example")
def n_nginx_secure_link_include(r):
    h = host(r)
    md5 = base64.urlsafe_b64encode(rbytes(r, 16)).decode().rstrip("=")
    return pick(r, "nginx/conf.d/media.conf", "nginx/sites-available/cdn.conf"), R('''
    # Signed links look like:
    #   https://@h@/v/intro.mp4?md5=@md5@&expires=@exp@
    # The secret expression is kept out of git, see /etc/nginx/secrets/securelink.conf
    location /v/ {
        secure_link $arg_md5,$arg_expires;
        include /etc/nginx/secrets/securelink.conf;
        if ($secure_link = "")  { return 403; }
        if ($secure_link = "0") { return 410; }
        alias /srv/video/;
    }
    ''', h=h, md5=md5, exp=r.randint(1700000000, 1900000000))


@neg("nginx", "access-log")
def n_nginx_access_log(r):
    lines = []
    for _ in range(r.randint(6, 14)):
        lines.append('%s - %s [%02d/Mar/2024:%02d:%02d:%02d +0000] "%s %s HTTP/1.1" %d %d "-" "%s" rid=%s rt=%.3f uct="%.3f"' % (
            ip(r), r.choice(["-", "-", user(r)]), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
            r.choice(["GET", "GET", "POST", "HEAD"]),
            r.choice(["/", "/api/v1/orders", "/static/app.%s.js" % hexs(r, 8), "/healthz", "/login", "/v/intro.mp4?md5=%s&expires=%d" % (
                base64.urlsafe_b64encode(rbytes(r, 16)).decode().rstrip("="), r.randint(1700000000, 1800000000))]),
            r.choice([200, 200, 200, 301, 304, 401, 404, 502]), r.randint(0, 90000),
            r.choice(["Mozilla/5.0 (X11; Linux x86_64)", "curl/8.5.0", "kube-probe/1.29", "Go-http-client/2.0"]),
            hexs(r, 32), r.random(), r.random() / 10))
    return pick(r, "logs/access.log", "var/log/nginx/access.log", "samples/nginx-access.log"), "\n".join(lines) + "\n"


@neg("nginx", "error-log")
def n_nginx_error_log(r):
    h = host(r)
    lines = [
        "2024/04/%02d 03:12:%02d [warn] 1234#1234: \"ssl_stapling\" ignored, no OCSP responder URL in the certificate \"/etc/ssl/%s.crt\"" % (r.randint(1, 28), r.randint(0, 59), h),
        "2024/04/%02d 03:12:%02d [error] 1234#1234: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: %s, request: \"GET /api HTTP/1.1\", upstream: \"http://%s:%d/api\"" % (r.randint(1, 28), r.randint(0, 59), r.randint(1, 99999), ip(r), h, ip(r), port(r)),
        "2024/04/%02d 03:13:%02d [error] 1234#1234: *%d user \"%s\": password mismatch, client: %s, server: %s, request: \"GET /admin HTTP/1.1\"" % (r.randint(1, 28), r.randint(0, 59), r.randint(1, 99999), user(r), ip(r), h),
        "2024/04/%02d 03:14:%02d [info] 1234#1234: *%d SSL_do_handshake() failed (SSL: error:0A000126:SSL routines::unexpected eof while reading) while SSL handshaking" % (r.randint(1, 28), r.randint(0, 59), r.randint(1, 99999)),
        "2024/04/%02d 03:15:%02d [error] 1234#1234: *%d access forbidden by rule, client: %s, server: %s, request: \"GET /.git/config HTTP/1.1\"" % (r.randint(1, 28), r.randint(0, 59), r.randint(1, 99999), ip(r), h),
    ]
    r.shuffle(lines)
    return pick(r, "logs/error.log", "var/log/nginx/error.log"), "\n".join(lines) + "\n"


@neg("envoy", "sds-reference")
def n_envoy_sds(r):
    return pick(r, "envoy/envoy.yaml", "envoy/listener-tls.yaml"), R('''
    transport_socket:
      name: envoy.transport_sockets.tls
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.DownstreamTlsContext
        common_tls_context:
          tls_certificate_sds_secret_configs:
            - name: server_cert
              sds_config:
                path_config_source:
                  path: /etc/envoy/sds/server_cert.yaml
                resource_api_version: V3
          validation_context_sds_secret_config:
            name: client_ca
            sds_config:
              path_config_source:
                path: /etc/envoy/sds/client_ca.yaml
    ''')


@neg("envoy", "sha-htpasswd")
def n_envoy_basic_auth_sha(r):
    users = "\\n".join("%s:%s" % (u, h_sha(r)) for u in r.sample(USERS, r.randint(1, 3)))
    return pick(r, "envoy/basic-auth.yaml", "envoy/filters/basic_auth.yaml"), R('''
    http_filters:
      - name: envoy.filters.http.basic_auth
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.http.basic_auth.v3.BasicAuth
          users:
            inline_string: "@users@"
          forward_username_header: x-authenticated-user
      - name: envoy.filters.http.router
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
    ''', users=users)


@neg("envoy", "header-formatters")
def n_envoy_formatters(r):
    return pick(r, "envoy/routes.yaml", "envoy/envoy.yaml"), R('''
    routes:
      - match: { prefix: "/" }
        route: { cluster: @c@ }
        request_headers_to_add:
          - header: { key: "x-request-start", value: "t=%START_TIME(%s.%3f)%" }
          - header: { key: "x-client-ip", value: "%DOWNSTREAM_REMOTE_ADDRESS_WITHOUT_PORT%" }
          - header: { key: "x-forwarded-auth", value: "%REQ(authorization)%" }
          - header: { key: "x-cert-hash", value: "%DOWNSTREAM_PEER_FINGERPRINT_256%" }
        request_headers_to_remove: ["cookie"]
    ''', c=up(r))


def jwks(r, n=1):
    keys = []
    for _ in range(n):
        keys.append('    {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": "%s", "n": "%s", "e": "AQAB"}' % (
            hexs(r, 16), base64.urlsafe_b64encode(b"\xc1" + rbytes(r, 255)).decode().rstrip("=")))
    return '{\n  "keys": [\n' + ",\n".join(keys) + "\n  ]\n}\n"


@neg("envoy", "jwks-public")
def n_envoy_jwt(r):
    d = dom(r)
    return pick(r, "envoy/jwt_authn.yaml", "envoy/filters/jwt.yaml"), R('''
    - name: envoy.filters.http.jwt_authn
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.http.jwt_authn.v3.JwtAuthentication
        providers:
          sso:
            issuer: https://sso.@d@/realms/main
            audiences: [edge]
            remote_jwks:
              http_uri:
                uri: https://sso.@d@/realms/main/protocol/openid-connect/certs
                cluster: sso
                timeout: 2s
              cache_duration: 600s
            forward: true
        rules:
          - match: { prefix: /api }
            requires: { provider_name: sso }
    ''', d=d)


@neg("nginx", "jwks-public")
def n_jwks_file(r):
    return pick(r, "nginx/jwks.json", "conf/auth/jwks.json", "public/.well-known/jwks.json"), jwks(r, r.randint(1, 3))


@neg("varnish", "vcl-no-secret")
def n_varnish_vcl(r):
    return pick(r, "varnish/default.vcl", "vcl/main.vcl"), R('''
    vcl 4.1;
    import std;
    import directors;

    backend web1 { .host = "@ip1@"; .port = "8080"; }
    backend web2 { .host = "@ip2@"; .port = "8080"; }

    sub vcl_init {
        new pool = directors.round_robin();
        pool.add_backend(web1);
        pool.add_backend(web2);
    }

    sub vcl_recv {
        set req.backend_hint = pool.backend();
        if (req.http.Authorization || req.http.Cookie ~ "sessionid") {
            return (pass);
        }
        unset req.http.Cookie;
    }

    sub vcl_hash {
        hash_data(req.url);
        hash_data(req.http.host);
        return (lookup);
    }
    ''', ip1=ip(r), ip2=ip(r))


@neg("varnish", "secret-file-path")
def n_varnish_systemd(r):
    return pick(r, "systemd/varnish.service", "etc/systemd/system/varnish.service.d/override.conf"), R('''
    [Service]
    ExecStart=
    ExecStart=/usr/sbin/varnishd -j unix,user=vcache -F -a :6081 -a localhost:8443,PROXY \\
      -T localhost:6082 -S /etc/varnish/secret -f /etc/varnish/default.vcl -s malloc,@m@
    # varnishadm -T localhost:6082 -S /etc/varnish/secret ban req.url '~' .
    ''', m=r.choice(["256m", "1g", "2g"]))


@neg("openresty", "env-reference")
def n_lua_getenv(r):
    return pick(r, "lua/auth.lua", "openresty/lua/upstream_auth.lua"), R('''
    -- nginx.conf must declare: env UPSTREAM_TOKEN;
    local token = os.getenv("UPSTREAM_TOKEN")
    if not token or token == "" then
      ngx.log(ngx.ERR, "UPSTREAM_TOKEN not set")
      return ngx.exit(ngx.HTTP_INTERNAL_SERVER_ERROR)
    end
    ngx.req.set_header("Authorization", "Bearer " .. token)

    local digest = ngx.encode_base64(ngx.sha1_bin(ngx.var.request_uri))
    ngx.req.set_header("X-Uri-Digest", digest)
    ''')


@neg("openresty", "public-key")
def n_lua_jwt_pubkey(r):
    p = pem("PUBLIC KEY", der_rsa_pub(r))
    return pick(r, "lua/jwt_verify.lua", "openresty/lua/verify.lua"), R('''
    local jwt = require "resty.jwt"

    -- public half of the SSO signing key (safe to commit)
    local PUBLIC_KEY = [[
    @p@
    ]]

    local auth = ngx.var.http_authorization or ""
    local token = auth:match("^Bearer%s+(.+)$")
    if not token then return ngx.exit(401) end

    local obj = jwt:verify(PUBLIC_KEY, token)
    if not obj.verified then
      ngx.log(ngx.WARN, "jwt rejected: ", obj.reason)
      return ngx.exit(403)
    end
    ngx.req.set_header("X-User", obj.payload.sub)
    ''', p=p)


@neg("squid", "config-no-secret")
def n_squid_conf(r):
    return pick(r, "squid/squid.conf", "etc/squid/squid.conf"), R('''
    auth_param basic program /usr/lib/squid/basic_ncsa_auth /etc/squid/passwd
    auth_param basic children 5 startup=5 idle=1
    auth_param basic realm Proxy
    auth_param basic credentialsttl 2 hours
    acl authenticated proxy_auth REQUIRED
    http_access allow authenticated
    http_access deny all

    # forward user credentials to the parent, nothing stored here
    cache_peer parent.@d@ parent 3128 0 no-query default login=PASS
    http_port 3128 ssl-bump cert=/etc/squid/ssl/bump.crt key=/etc/squid/ssl/bump.key generate-host-certificates=on
    sslcrtd_program /usr/lib/squid/security_file_certgen -s /var/lib/squid/ssl_db -M 4MB
    ''', d=dom(r))


@neg("lighttpd", "config-no-secret")
def n_lighttpd_conf(r):
    h = host(r)
    return pick(r, "lighttpd/lighttpd.conf", "etc/lighttpd/conf.d/auth.conf"), R('''
    server.modules += ( "mod_auth", "mod_authn_file", "mod_openssl" )

    auth.backend = "htpasswd"
    auth.backend.htpasswd.userfile = "/etc/lighttpd/htpasswd"

    auth.require = ( "/admin/" => (
        "method"  => "basic",
        "realm"   => "Admin",
        "require" => "valid-user"
    ))

    $SERVER["socket"] == ":443" {
        ssl.engine  = "enable"
        ssl.pemfile = "/etc/lighttpd/certs/@h@.pem"
        ssl.privkey = "/etc/lighttpd/certs/@h@.key"
        ssl.ca-file = "/etc/lighttpd/certs/chain.pem"
    }
    ''', h=h)


@neg("lighttpd", "htdigest-hashes")
def n_htdigest(r):
    realm = r.choice(["Admin", "Restricted", "Staging", "Intranet"])
    lines = ["%s:%s:%s" % (u, realm, hexs(r, 32)) for u in r.sample(USERS, r.randint(2, 5))]
    return pick(r, "lighttpd/htdigest", "apache/conf/.htdigest", "etc/lighttpd/lighttpd.htdigest"), "\n".join(lines) + "\n"


@neg("tls", "certificate-pem")
def n_cert_pem(r):
    blocks = [pem("CERTIFICATE", der_cert(r)) for _ in range(r.randint(1, 3))]
    return pick(r, "certs/fullchain.pem", "nginx/ssl/chain.crt", "haproxy/certs/ca-bundle.pem", "ssl/intermediate.crt"), "\n".join(blocks) + "\n"


@neg("tls", "public-key-pem")
def n_pubkey_pem(r):
    return pick(r, "keys/jwt_public.pem", "nginx/keys/sso.pub.pem", "certs/signing.pub"), pem("PUBLIC KEY", der_rsa_pub(r)) + "\n"


@neg("ssh", "public-keys")
def n_authorized_keys(r):
    lines = []
    for u in r.sample(USERS, r.randint(2, 4)):
        if r.random() < 0.5:
            lines.append("ssh-ed25519 %s %s@%s" % (base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)).decode(), u, r.choice(["laptop", "ci", "bastion"])))
        else:
            lines.append("ssh-rsa %s %s" % (base64.b64encode(b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + rbytes(r, 256)).decode(), u))
    return pick(r, "ansible/files/authorized_keys", "deploy/keys/authorized_keys", "roles/users/files/edge.pub"), "\n".join(lines) + "\n"


@neg("nginx", "hpkp-pins")
def n_hpkp(r):
    p1 = base64.b64encode(rbytes(r, 32)).decode()
    p2 = base64.b64encode(rbytes(r, 32)).decode()
    return pick(r, "nginx/snippets/security-headers.conf", "nginx/conf.d/headers.conf"), R('''
    # HPKP is deprecated; kept for the old kiosk clients only
    add_header Public-Key-Pins 'pin-sha256="@p1@"; pin-sha256="@p2@"; max-age=5184000' always;
    add_header X-Frame-Options SAMEORIGIN always;
    add_header X-Content-Type-Options nosniff always;
    add_header Referrer-Policy strict-origin-when-cross-origin always;
    ''', p1=p1, p2=p2)


@neg("nginx", "csp-hashes")
def n_csp(r):
    hs = " ".join("'sha256-%s'" % base64.b64encode(rbytes(r, 32)).decode() for _ in range(r.randint(1, 3)))
    return pick(r, "nginx/snippets/csp.conf", "caddy/snippets/csp.caddy"), R('''
    set $csp_default "default-src 'self'";
    add_header Content-Security-Policy "$csp_default; script-src 'self' @hs@ 'nonce-$request_id'; style-src 'self' 'unsafe-inline'; img-src 'self' data:" always;
    ''', hs=hs)


@neg("html", "sri-hashes")
def n_sri(r):
    def sri():
        return "sha384-" + base64.b64encode(rbytes(r, 48)).decode()
    return pick(r, "public/index.html", "html/maintenance.html", "static/50x.html"), R('''
    <!doctype html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Down for maintenance</title>
      <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
            integrity="@a@" crossorigin="anonymous">
      <script src="/assets/app.@h8@.js" integrity="@b@" crossorigin="anonymous" defer></script>
    </head>
    <body>
      <main class="container"><h1>We'll be back soon</h1><p>Ref: @rid@</p></main>
    </body>
    </html>
    ''', a=sri(), b=sri(), h8=hexs(r, 8), rid=uuid4(r))


@neg("docker", "image-digests")
def n_compose_digests(r):
    return pick(r, "docker-compose.yml", "stack/proxy.yml"), R('''
    services:
      nginx:
        image: nginx:1.27.0-alpine@sha256:@d1@
        ports: ["80:80", "443:443"]
        volumes:
          - ./nginx/conf.d:/etc/nginx/conf.d:ro
          - /etc/letsencrypt:/etc/letsencrypt:ro
      certbot:
        image: certbot/dns-cloudflare@sha256:@d2@
        volumes:
          - /etc/letsencrypt:/etc/letsencrypt
          - ./secrets/cloudflare.ini:/cloudflare.ini:ro
        command: renew --dns-cloudflare --dns-cloudflare-credentials /cloudflare.ini
    ''', d1=hexs(r, 64), d2=hexs(r, 64))


@neg("kubernetes", "ingress-annotations")
def n_ingress_refs(r):
    h = host(r)
    name = h.split(".")[0]
    return pick(r, "k8s/%s/ingress.yaml" % name, "manifests/ingress.yml"), R('''
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: @name@
      annotations:
        cert-manager.io/cluster-issuer: letsencrypt-dns
        nginx.ingress.kubernetes.io/auth-type: basic
        nginx.ingress.kubernetes.io/auth-secret: @name@-basic-auth
        nginx.ingress.kubernetes.io/auth-realm: "Authentication Required"
        nginx.ingress.kubernetes.io/proxy-body-size: 50m
        nginx.ingress.kubernetes.io/configuration-snippet: |
          proxy_set_header X-Request-Id $req_id;
    spec:
      ingressClassName: nginx
      tls:
        - hosts: [@h@]
          secretName: @name@-tls
      rules:
        - host: @h@
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service: { name: @name@, port: { number: 80 } }
    ''', name=name, h=h)


@neg("kubernetes", "external-auth")
def n_ingress_oauth2(r):
    d = dom(r)
    return pick(r, "k8s/dashboard/ingress.yaml", "manifests/oauth2-ingress.yml"), R('''
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: dashboard
      annotations:
        nginx.ingress.kubernetes.io/auth-url: "https://oauth2.@d@/oauth2/auth"
        nginx.ingress.kubernetes.io/auth-signin: "https://oauth2.@d@/oauth2/start?rd=$escaped_request_uri"
        nginx.ingress.kubernetes.io/auth-response-headers: "Authorization, X-Auth-Request-Email"
    spec:
      rules:
        - host: dash.@d@
          http:
            paths:
              - path: /
                pathType: Prefix
                backend: { service: { name: dashboard, port: { number: 9090 } } }
    ''', d=d)


@neg("cloudflare", "secret-reference")
def n_cert_manager_issuer(r):
    return pick(r, "k8s/cert-manager/clusterissuer.yaml", "clusters/prod/issuers.yaml"), R('''
    apiVersion: cert-manager.io/v1
    kind: ClusterIssuer
    metadata:
      name: letsencrypt-dns
    spec:
      acme:
        server: https://acme-v02.api.letsencrypt.org/directory
        email: @mail@
        privateKeySecretRef:
          name: letsencrypt-dns-account-key
        solvers:
          - dns01:
              cloudflare:
                apiTokenSecretRef:
                  name: cloudflare-api-token
                  key: api-token
            selector:
              dnsZones: ["@d@"]
    ''', mail=email(r), d=dom(r))


@neg("traefik", "file-reference")
def n_traefik_static(r):
    return pick(r, "traefik/traefik.yml", "traefik.yml", "config/traefik.yaml"), R('''
    entryPoints:
      web:
        address: ":80"
        http:
          redirections:
            entryPoint: { to: websecure, scheme: https }
      websecure:
        address: ":443"

    certificatesResolvers:
      le:
        acme:
          email: @mail@
          storage: /letsencrypt/acme.json
          dnsChallenge:
            provider: @prov@
            resolvers: ["1.1.1.1:53", "9.9.9.9:53"]
    # credentials come from @var@_FILE=/run/secrets/@sec@ (docker secret)

    providers:
      docker: { exposedByDefault: false }
      file: { directory: /etc/traefik/dynamic, watch: true }
    api:
      dashboard: true
    ''', mail=email(r), prov=r.choice(["cloudflare", "digitalocean", "route53", "gandiv5"]),
        var=r.choice(["CF_DNS_API_TOKEN", "DO_AUTH_TOKEN", "GANDIV5_PERSONAL_ACCESS_TOKEN"]),
        sec=r.choice(["cf_token", "dns_token", "acme_dns"]))


@neg("caddy", "global-options")
def n_caddy_global(r):
    d = dom(r)
    return pick(r, "Caddyfile", "caddy/Caddyfile"), R('''
    {
        email @mail@
        acme_ca https://acme-v02.api.letsencrypt.org/directory
        ocsp_stapling off
        servers {
            trusted_proxies static 10.0.0.0/8 192.168.0.0/16
        }
    }

    @d@ {
        tls /etc/caddy/certs/@d@.crt /etc/caddy/certs/@d@.key
        reverse_proxy @ip@:@port@ {
            header_up X-Real-IP {remote_host}
            header_up Authorization {http.request.header.Authorization}
        }
    }
    ''', mail=email(r), d=d, ip=ip(r), port=port(r))


@neg("cloudflare", "public-ids")
def n_tf_cf_ids(r):
    return pick(r, "terraform/cloudflare/main.tf", "infra/dns.tf"), R('''
    variable "cloudflare_api_token" {
      type      = string
      sensitive = true
    }

    provider "cloudflare" {
      api_token = var.cloudflare_api_token
    }

    locals {
      account_id = "@acct@"
      zone_id    = "@zone@"
    }

    resource "cloudflare_record" "www" {
      zone_id = local.zone_id
      name    = "www"
      content = "@d@"
      type    = "CNAME"
      proxied = true
    }
    ''', acct=hexs(r, 32), zone=hexs(r, 32), d=dom(r))


@neg("aws-route53", "public-ids")
def n_tf_route53(r):
    zone = "Z" + rs(r, UP + DIG, r.choice([13, 14, 21]))
    return pick(r, "terraform/route53.tf", "infra/aws/dns.tf"), R('''
    provider "aws" {
      region  = "eu-west-1"
      profile = "dns-admin"
    }

    data "aws_route53_zone" "main" {
      zone_id = "@zone@"
    }

    resource "aws_route53_record" "edge" {
      zone_id = data.aws_route53_zone.main.zone_id
      name    = "edge.@d@"
      type    = "A"
      alias {
        name                   = "@elb@.elb.eu-west-1.amazonaws.com"
        zone_id                = "Z32O12XQLNTSW2"
        evaluate_target_health = true
      }
    }
    ''', zone=zone, d=dom(r), elb="edge-lb-%d" % r.randint(100000000, 999999999))


@neg("digitalocean", "public-ids")
def n_tf_do(r):
    fp = ":".join(hexs(r, 2) for _ in range(16))
    return pick(r, "terraform/do/main.tf", "infra/droplets.tf"), R('''
    variable "do_token" { sensitive = true }

    provider "digitalocean" {
      token = var.do_token
    }

    resource "digitalocean_droplet" "edge" {
      image    = "ubuntu-24-04-x64"
      name     = "edge-@n@"
      region   = "fra1"
      size     = "s-2vcpu-4gb"
      ssh_keys = ["@fp@"]
      tags     = ["edge", "nginx"]
    }

    resource "digitalocean_record" "edge" {
      domain = "@d@"
      type   = "A"
      name   = "edge"
      value  = digitalocean_droplet.edge.ipv4_address
    }
    ''', n=r.randint(1, 9), fp=fp, d=dom(r))


@neg("gandi", "dkim-record")
def n_zone_file(r):
    d = dom(r)
    p = base64.b64encode(der_rsa_pub(r)).decode()
    return pick(r, "dns/%s.zone" % d, "zones/db.%s" % d), R('''
    $ORIGIN @d@.
    $TTL 3600
    @@   IN SOA ns1.gandi.net. hostmaster.gandi.net. ( @serial@ 10800 3600 604800 10800 )
    @@   IN A     203.0.113.@o@
    www  IN CNAME @d@.
    @@   IN MX 10 spool.mail.gandi.net.
    @@   IN TXT   "v=spf1 include:_mailcust.gandi.net ~all"
    gm1._domainkey IN TXT "v=DKIM1; k=rsa; p=@p@"
    _acme-challenge IN TXT "@acme@"
    @@   IN CAA 0 issue "letsencrypt.org"
    ''', d=d, serial=r.randint(2024010100, 2024123199), o=r.randint(2, 250), p=p,
        acme=base64.urlsafe_b64encode(rbytes(r, 32)).decode().rstrip("=")).replace("@@", "@")


@neg("acme", "challenge-log")
def n_acme_log(r):
    d = dom(r)
    lines = [
        "%s [INFO] [%s] acme: Obtaining bundled SAN certificate" % ("2024/05/%02d 04:00:01" % r.randint(1, 28), d),
        "%s [INFO] [%s] AuthURL: https://acme-v02.api.letsencrypt.org/acme/authz-v3/%d" % ("2024/05/%02d 04:00:02" % r.randint(1, 28), d, r.randint(10 ** 11, 10 ** 12)),
        "%s [INFO] [%s] acme: Preparing to solve DNS-01" % ("2024/05/%02d 04:00:02" % r.randint(1, 28), d),
        "%s [INFO] [%s] acme: Trying to solve DNS-01 (record _acme-challenge.%s. TXT \"%s\")" % (
            "2024/05/%02d 04:00:03" % r.randint(1, 28), d, d, base64.urlsafe_b64encode(rbytes(r, 32)).decode().rstrip("=")),
        "%s [INFO] [%s] The server validated our request" % ("2024/05/%02d 04:00:40" % r.randint(1, 28), d),
        "%s [INFO] [%s] Server responded with a certificate. serial=%s" % ("2024/05/%02d 04:00:41" % r.randint(1, 28), d, hexs(r, 36)),
    ]
    return pick(r, "logs/lego.log", "var/log/traefik/acme.log", "logs/cert-renew.log"), "\n".join(lines) + "\n"


@neg("docs", "documented-examples")
def n_md_examples(r):
    return pick(r, "docs/basic-auth.md", "docs/htpasswd.md", "wiki/Password-Formats.md"), R('''
    # Password formats accepted by our proxies

    From the Apache docs (`htpasswd -nbB myName myPassword` etc.):

    | Format | Example |
    |--------|---------|
    | bcrypt | `myName:$2y$05$c4WoMPo3SXsafkva.HHa6uXQZWr7oboPiC2bT/r7q1BB8I2s0BRqC` |
    | MD5    | `myName:$apr1$r31.....$HqJZimcKQFAMYayBlzkrA/` |
    | SHA1   | `myName:{SHA}VBPuJHI7uixaa6LQGWx4s+5GKNE=` |
    | crypt  | `myName:rqXexS6ZhobKA` |

    Traefik's docs use `test:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/` - never copy that into prod.

    Generate your own with `htpasswd -nB <user>` and paste only the hash.
    ''')


@neg("aws-route53", "documented-examples")
def n_md_route53(r):
    return pick(r, "docs/acme-route53.md", "docs/dns-challenge.md"), R('''
    # DNS-01 with Route53

    Traefik (lego) reads the usual AWS variables. The values below are the
    placeholders from the AWS documentation - use an IAM user limited to
    `route53:ChangeResourceRecordSets` on the one hosted zone.

    ```sh
    AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    AWS_REGION=us-east-1
    AWS_HOSTED_ZONE_ID=<zone id>
    ```

    On the hosts the real values come from `/run/secrets/route53` via `AWS_SHARED_CREDENTIALS_FILE`.
    ''')


@neg("gandi", "documented-examples")
def n_md_gandi(r):
    return pick(r, "docs/gandi-dns.md", "README.md"), R('''
    ## Wildcard certificates (Gandi)

    lego's documentation shows the shape of the command:

        GANDIV5_PERSONAL_ACCESS_TOKEN=abcdefghijklmnopqrstuvwx \\
        lego --dns gandiv5 -d '*.example.com' -d example.com run

    Create a PAT in the Gandi admin (Organizations -> Sharing -> Personal access
    tokens), scope it to "Manage domain name technical configurations" and put it
    in the vault under `edge/gandi`.
    ''')


@neg("tls", "openssl-output")
def n_md_fingerprints(r):
    fp = ":".join(hexs(r, 2).upper() for _ in range(32))
    return pick(r, "docs/certificates.md", "docs/tls-rotation.md"), R('''
    # Certificate rotation @y@

    Current leaf for `@h@`:

    ```
    $ openssl x509 -in fullchain.pem -noout -serial -fingerprint -sha256 -dates
    serial=@serial@
    sha256 Fingerprint=@fp@
    notBefore=Mar  1 00:00:00 @y@ GMT
    notAfter=May 30 23:59:59 @y@ GMT
    ```

    SSH host key of the edge box: `@sshfp@` (ED25519).
    ''', y=r.choice([2024, 2025]), h=host(r), serial=hexs(r, 36).upper(), fp=fp, sshfp=ssh_fp(r))


@neg("git", "commit-shas")
def n_changelog(r):
    lines = ["# Changelog (edge config)", ""]
    for _ in range(r.randint(5, 9)):
        lines.append("- %s %s" % (hexs(r, 40) if r.random() < 0.4 else hexs(r, 7), r.choice([
            "nginx: raise client_max_body_size for uploads", "haproxy: add health check for be_api",
            "traefik: switch resolver to DNS-01", "caddy: enable zstd", "rotate TLS certs",
            "varnish: bump grace to 1h", "squid: tighten CONNECT acl", "envoy: add retry policy"])))
    return pick(r, "CHANGELOG.md", "docs/CHANGES.md"), "\n".join(lines) + "\n"


@neg("http", "response-headers")
def n_curl_headers(r):
    return pick(r, "docs/debug/headers.txt", "tmp/curl-I.txt", "notes/cache-check.txt"), R('''
    $ curl -sI https://@h@/assets/app.js
    HTTP/2 200
    date: Tue, 14 May 2024 09:12:44 GMT
    content-type: application/javascript
    etag: "@etag@"
    cache-control: public, max-age=31536000, immutable
    x-cache: HIT
    x-request-id: @rid@
    x-amz-cf-id: @cfid@
    cf-ray: @ray@-FRA
    server: nginx
    ''', h=host(r), etag=hexs(r, 8) + "-" + hexs(r, 13), rid=uuid4(r),
        cfid=rs(r, ALNUM + "_-", 54) + "==", ray=hexs(r, 16))


@neg("docker", "checksums")
def n_dockerfile_checksums(r):
    return pick(r, "docker/nginx/Dockerfile", "Dockerfile"), R('''
    FROM debian:bookworm-slim
    ENV NGINX_VERSION=1.27.0 \\
        NGINX_SHA256=@sha@ \\
        NGINX_GPG_KEY=@gpg@
    RUN set -eux; \\
        apt-get update; apt-get install -y --no-install-recommends ca-certificates curl gnupg build-essential libpcre2-dev zlib1g-dev libssl-dev; \\
        curl -fsSLO https://nginx.org/download/nginx-${NGINX_VERSION}.tar.gz; \\
        echo "${NGINX_SHA256}  nginx-${NGINX_VERSION}.tar.gz" | sha256sum -c -; \\
        tar xzf nginx-${NGINX_VERSION}.tar.gz
    ''', sha=hexs(r, 64), gpg=hexs(r, 40).upper())


@neg("sql", "hashed-passwords")
def n_sql_auth_table(r):
    rows = ",\n".join("  ('%s', '%s', %d)" % (u, r.choice([h_apr1, h_bcrypt, lambda r: hexs(r, 32)])(r), r.randint(0, 1))
                      for u in r.sample(USERS, r.randint(2, 5)))
    return pick(r, "sql/webauth.sql", "db/migrations/002_users.sql"), R('''
    -- table used by mod_auth_mysql / mod_authn_dbd
    CREATE TABLE IF NOT EXISTS users (
      username VARCHAR(64) PRIMARY KEY,
      passwd   VARCHAR(255) NOT NULL,
      active   TINYINT(1) NOT NULL DEFAULT 1
    );

    INSERT INTO users (username, passwd, active) VALUES
    @rows@;
    ''', rows=rows)


@neg("csv", "key-inventory")
def n_csv_inventory(r):
    lines = ["key_id,owner,service,created,last_used,status"]
    for _ in range(r.randint(4, 9)):
        lines.append("%s,%s,%s,2024-%02d-%02d,2024-%02d-%02d,%s" % (
            uuid4(r), user(r), r.choice(["nginx-edge", "haproxy-lb", "traefik-dns", "varnish"]),
            r.randint(1, 12), r.randint(1, 28), r.randint(1, 12), r.randint(1, 28), r.choice(["active", "revoked", "active"])))
    return pick(r, "inventory/api-keys.csv", "reports/credential-rotation.csv"), "\n".join(lines) + "\n"


@neg("caddy", "redacted-log")
def n_caddy_json_log(r):
    lines = []
    for _ in range(r.randint(2, 4)):
        lines.append(json.dumps({
            "level": "info", "ts": 1715000000 + r.randint(0, 999999) + r.random(), "logger": "http.log.access.log0",
            "msg": "handled request",
            "request": {"remote_ip": ip(r), "proto": "HTTP/2.0", "method": "GET", "host": host(r), "uri": "/api/me",
                        "headers": {"Authorization": ["REDACTED"], "Cookie": ["REDACTED"], "User-Agent": ["curl/8.5.0"]}},
            "duration": r.random(), "status": r.choice([200, 401, 403]),
            "resp_headers": {"X-Request-Id": [uuid4(r)]}}, sort_keys=True))
    return pick(r, "logs/caddy-access.log", "var/log/caddy/access.json"), "\n".join(lines) + "\n"


@neg("haproxy", "stats-output")
def n_haproxy_show_servers(r):
    lines = ["1", "# be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state srv_uweight"]
    for i in range(r.randint(3, 6)):
        lines.append("%d be_app %d app%d %s 2 0 %d" % (r.randint(3, 9), i + 1, i + 1, ip(r), r.randint(1, 256)))
    return pick(r, "haproxy/state/server-state", "var/lib/haproxy/server-state"), "\n".join(lines) + "\n"


@neg("nginx", "base64-asset")
def n_nginx_base64_gif(r):
    data = base64.b64encode(b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + rbytes(r, 20) + b"\x00;").decode()
    return pick(r, "nginx/conf.d/pixel.conf", "nginx/snippets/tracking-pixel.conf"), R('''
    location = /px.gif {
        empty_gif;
        access_log /var/log/nginx/pixel.log;
    }

    location = /favicon.svg {
        default_type image/svg+xml;
        return 200 '<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/gif;base64,@data@"/></svg>';
    }
    ''', data=data)


@neg("nginx", "real-ip")
def n_nginx_real_ip(r):
    cidrs = ["173.245.48.0/20", "103.21.244.0/22", "103.22.200.0/22", "141.101.64.0/18", "108.162.192.0/18",
             "190.93.240.0/20", "188.114.96.0/20", "197.234.240.0/22", "198.41.128.0/17", "162.158.0.0/15"]
    body = "\n".join("set_real_ip_from %s;" % c for c in cidrs[:r.randint(5, 10)])
    return pick(r, "nginx/conf.d/cloudflare-realip.conf", "nginx/snippets/cf-ips.conf"), body + "\nreal_ip_header CF-Connecting-IP;\n"


@neg("apache", "tls-paths")
def n_apache_ssl(r):
    h = host(r)
    return pick(r, "apache/sites-available/default-ssl.conf", "httpd/conf.d/ssl.conf"), R('''
    Listen 443
    SSLPassPhraseDialog  exec:/usr/libexec/httpd-ssl-pass-dialog
    SSLSessionCache      shmcb:/run/httpd/sslcache(512000)
    SSLUseStapling       On
    SSLStaplingCache     shmcb:/run/httpd/ocsp(128000)
    SSLSessionTicketKeyFile /etc/httpd/ssl/ticket.key

    <VirtualHost _default_:443>
        ServerName @h@
        SSLEngine on
        SSLCertificateFile    /etc/pki/tls/certs/@h@.crt
        SSLCertificateKeyFile /etc/pki/tls/private/@h@.key
        SSLCACertificateFile  /etc/pki/tls/certs/ca-bundle.crt
        SSLOpenSSLConfCmd DHParameters /etc/pki/tls/dhparam.pem
        SSLProtocol all -SSLv3 -TLSv1 -TLSv1.1
    </VirtualHost>
    ''', h=h)


@neg("apache", "oidc-public-id")
def n_apache_oidc_refs(r):
    d = dom(r)
    return pick(r, "apache/conf-available/oidc.conf", "httpd/conf.d/openidc.conf"), R('''
    OIDCProviderMetadataURL https://sso.@d@/.well-known/openid-configuration
    OIDCClientID @cid@
    OIDCClientSecret ${OIDC_CLIENT_SECRET}
    OIDCRedirectURI https://intranet.@d@/redirect_uri
    OIDCCryptoPassphrase "exec:/bin/bash -c \\"head /dev/urandom | tr -dc A-Za-z0-9 | head -c 32\\""
    OIDCSessionInactivityTimeout 3600
    ''', d=d, cid=r.choice(["intranet", uuid4(r), "0oa%s" % rs(r, ALNUM, 17)]))


@neg("recaptcha", "public-site-key")
def n_site_key(r):
    return pick(r, "html/login.html", "public/contact.html"), R('''
    <form method="post" action="/contact">
      <input type="email" name="email" required>
      <textarea name="message"></textarea>
      <!-- site key is public by design; the secret lives in the backend vault -->
      <div class="g-recaptcha" data-sitekey="6L@sk@"></div>
      <button type="submit">Send</button>
    </form>
    <script src="https://www.google.com/recaptcha/api.js" async defer></script>
    ''', sk=rs(r, ALNUM + "_-", 38))


@neg("kubernetes", "ca-bundle")
def n_k8s_ca_configmap(r):
    p = pem("CERTIFICATE", der_cert(r))
    return pick(r, "k8s/edge/ca-configmap.yaml", "manifests/trusted-ca.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: upstream-ca\ndata:\n  ca.crt: |\n" + textwrap.indent(p, "    ") + "\n"


@neg("envoy", "cluster-config")
def n_envoy_clusters(r):
    cs = []
    for u in r.sample(UPSTREAMS, r.randint(2, 3)):
        cs.append(R('''
          - name: @u@
            connect_timeout: 0.5s
            type: STRICT_DNS
            lb_policy: LEAST_REQUEST
            circuit_breakers:
              thresholds: [{ max_connections: 1024, max_pending_requests: 256 }]
            load_assignment:
              cluster_name: @u@
              endpoints:
                - lb_endpoints:
                    - endpoint: { address: { socket_address: { address: @h@, port_value: @p@ } } }
        ''', u=u, h=r.choice(APPS) + ".internal", p=port(r)))
    return pick(r, "envoy/clusters.yaml", "envoy/cds.yaml"), "static_resources:\n  clusters:\n" + textwrap.indent("".join(cs), "  ")


@neg("nginx", "map-and-limits")
def n_nginx_maps(r):
    return pick(r, "nginx/conf.d/maps.conf", "nginx/http.d/limits.conf"), R('''
    map $http_upgrade $connection_upgrade {
        default upgrade;
        ''      close;
    }

    map $http_user_agent $is_bot {
        default 0;
        ~*(googlebot|bingbot|yandex|baiduspider) 1;
    }

    limit_req_zone $binary_remote_addr zone=perip:10m rate=20r/s;
    limit_req_zone $http_x_api_key zone=perkey:10m rate=100r/s;
    limit_conn_zone $binary_remote_addr zone=addr:10m;

    log_format main_ext '$remote_addr - $remote_user [$time_local] "$request" $status '
                        '$body_bytes_sent "$http_referer" "$http_user_agent" rid=$request_id';
    ''')


@neg("haproxy", "ansible-vars-vaulted")
def n_ansible_vault_ref(r):
    vault = "\n".join("          " + hexs(r, 80) for _ in range(r.randint(3, 5)))
    return pick(r, "ansible/group_vars/lb/vars.yml", "inventories/prod/group_vars/edge.yml"), R('''
    ---
    haproxy_stats_user: stats
    haproxy_stats_password: "{{ vault_haproxy_stats_password }}"
    nginx_basic_auth_users:
      - name: ops
        password: "{{ vault_nginx_ops_password }}"
    cloudflare_api_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=edge/data/cloudflare:token') }}"
    tls_cert_path: /etc/ssl/certs/{{ inventory_hostname }}.pem
    tls_key_path: /etc/ssl/private/{{ inventory_hostname }}.key
    ''')


@neg("openresty", "hash-computation")
def n_lua_cache_key(r):
    return pick(r, "lua/cache_key.lua", "openresty/lua/etag.lua"), R('''
    local resty_md5 = require "resty.md5"
    local str = require "resty.string"

    -- cache key: method + host + normalised uri, e.g. @ex@
    local md5 = resty_md5:new()
    md5:update(ngx.req.get_method())
    md5:update(ngx.var.host)
    md5:update(ngx.var.uri)
    ngx.var.cache_key = str.to_hex(md5:final())
    ngx.header["ETag"] = '"' .. ngx.var.cache_key:sub(1, 16) .. '"'
    ''', ex=hexs(r, 32))


# ================================================================ driver
ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def is_blocked_env(rel):
    base = os.path.basename(rel)
    return (base == ".env" or base.startswith(".env.")) and base not in ENV_OK


def filetype(rel):
    base = os.path.basename(rel)
    if base.startswith(".env"):
        return "env"
    if base.startswith(".") and base.count(".") == 1:
        return base[1:]
    if "/sites-available/" in "/" + rel or "/sites-enabled/" in "/" + rel:
        return "conf"
    if "/zones/" in "/" + rel:
        return "zone"
    if base.startswith("Caddyfile"):
        return "Caddyfile"
    if "." in base:
        return base.rsplit(".", 1)[1].lower()
    if "/bin/" in "/" + rel:
        return "sh"
    return base


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return full


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_hc.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    assert len(POS) >= 60 and len(NEG) >= 60, (len(POS), len(NEG))
    manifest, secrets = [], []

    order = []
    while len(order) < 500:
        idx = list(range(len(POS)))
        r.shuffle(idx)
        order += idx
    env_count = 0
    for i, ti in enumerate(order[:500]):
        name, prov, kind, fn = POS[ti]
        S = Slot(r, False)
        rel, text = fn(r, S)
        if not text.endswith("\n"):
            text += "\n"
        needle = S.needle
        assert needle and needle in text, (name, needle)
        if is_blocked_env(rel):
            env_count += 1
        frel = "pos/p%04d/%s" % (i, rel)
        full = write(outdir, frel, text)
        line = text[:text.index(needle)].count("\n") + 1
        with open(full, encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        assert needle in lines[line - 1], (frel, needle, line)
        manifest.append({"file": frel, "label": "pos", "provider": prov, "kind": kind,
                         "filetype": filetype(rel)})
        secrets.append({"file": frel, "needle": needle, "line": line})
    assert env_count <= 25, env_count

    plan = [("re", r.randrange(len(POS))) for _ in range(250)]
    la = []
    while len(la) < 250:
        idx = list(range(len(NEG)))
        r.shuffle(idx)
        la += idx
    plan += [("la", x) for x in la[:250]]
    r.shuffle(plan)
    for i, (src, ti) in enumerate(plan):
        if src == "re":
            name, prov, kind, fn = POS[ti]
            S = Slot(r, True)
            rel, text = fn(r, S)
            kind = "%s:%s" % (kind, S.cat)
        else:
            name, prov, kind, fn = NEG[ti]
            rel, text = fn(r)
        if not text.endswith("\n"):
            text += "\n"
        assert not is_blocked_env(rel), (name, rel)
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": prov, "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as f:
        for s in secrets:
            f.write(json.dumps(s, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
