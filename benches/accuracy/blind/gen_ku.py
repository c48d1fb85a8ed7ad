#!/usr/bin/env python3
"""Blind evaluation-set generator: WebRTC / real-time media infrastructure secrets.

EMPHASIS
    WebRTC and real-time media infrastructure. Providers / software: coturn
    (turnserver.conf static-auth-secret, user=name:password, hashed 0x keys,
    CLI flags), TURN REST API (HMAC-SHA1 of "expiry:user") in Python / Node /
    Go / TypeScript, ICE server configs (iceServers credential), Janus
    (janus.jcfg api_secret, admin_secret, token_auth_secret, turn_pwd,
    turn_rest_api_key, videoroom room secret, janus.js / janode apisecret),
    Jitsi Meet (Prosody Lua app_secret, component_secret,
    external_service_secret, JWT_APP_SECRET, JICOFO_AUTH_PASSWORD,
    JVB_AUTH_PASSWORD, jicofo.conf / jvb.conf HOCON, sip-communicator.properties),
    LiveKit (livekit.yaml keys, helm values, egress config, server SDKs, lk CLI),
    Kurento (WebRtcEndpoint.conf.ini turnURL), Pion TURN, eturnal, STUNner,
    Ant Media Server, Twilio Network Traversal (auth token, API key secret),
    Xirsys (ident/secret), Metered (secretKey, static TURN password),
    Cloudflare Calls / Realtime (TURN key API token, app secret), BigBlueButton
    (bbb-web.properties securitySalt, Greenlight / Scalelite secret, API
    clients), Galene (groups/*.json passwords, authKeys JWK), Matrix Synapse /
    Conduit TURN integration.
    File types: conf, jcfg, ini, Lua, YAML (compose, Kubernetes, helm, ansible),
    JSON, JavaScript, TypeScript, Go, Python, properties, TOML, Terraform,
    Dockerfile, shell, Markdown, SDP, log, CSV, XML, .env (few positives).

USAGE
    python3 -B gen_ku.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED
    (a single random.Random(SEED); no clock, no os.urandom, no set order).

NEEDLE CONVENTIONS
    * The needle is only the secret value, without quotes or the key name.
    * TURN long-term "user=name:password" / "-u name:password" / turnURL
      "user:password@host": the needle is the password only.  For the coturn
      hashed form "user=name:0x<hex>" the needle is "0x<hex>".
    * Basic-auth in curl ("-u ident:secret", "AC...:token"): the password part.
    * URLs with ?secretKey=...: the value of the query parameter only.
    * Authorization headers ("Bearer X"): X only.
    * LiveKit "APIxxxx: secret" pairs: the secret (the API key id is public).
    * Twilio: the auth token or API-key secret; Account SIDs / SK ids are ids.
    * Kubernetes Secret "data:" entries: the base64 text exactly as written.
    * Multi-line PEM private keys: the first base64 line of the body.
    * JWK "oct" keys: the "k" value.

NEGATIVES
    Half re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-secret>, YOUR_API_SECRET_HERE, changeme,
    xxxx...), empty values, masks (****, [REDACTED]), environment /
    secret-manager references (${VAR}, os.environ[...], process.env.X,
    os.Getenv, vault:, op://, {{ .Values... }}, ${{ secrets.X }}), and
    documented example values (coturn "north", Janus "janusrocks" /
    "janusoverlord", LiveKit dev "secret", BBB test-install salt, Metered /
    Cloudflare documentation examples).  The other half are look-alikes:
    STUN-only ICE configs, ephemeral "expiry:user" TURN usernames with
    credentials fetched at runtime, SDP offers (a=fingerprint, ice-ufrag,
    ice-pwd: session-scoped), DTLS fingerprints, LiveKit / Twilio / Cloudflare
    public ids, Metered front-end apiKey (documented as safe for front end),
    RFC 5769 STUN test vectors, BBB checksums, digests, go.sum / lockfile
    hashes, UUID room ids, X.509 certificates and public keys, logs, metrics.
    No negative is written to a .env / .env.* file (only .env.example etc.).

FORMATS CHECKED (search tool, providers' documentation and public configs)
    * coturn man page / README.turnserver: use-auth-secret + static-auth-secret,
      lt-cred-mech, -u user:password; secret is free-form (commonly hex).
    * Cloudflare Realtime TURN: key uid 32 chars, key ("Bearer token") exactly
      64 chars; credentials minted via
      rtc.live.cloudflare.com/v1/turn/keys/$ID/credentials/generate-ice-servers.
    * Metered: secretKey is server-side (doc example 48-char base64url-like),
      TURN username 24 hex, password 16 alnum, apiKey (36 hex) documented as
      "safe for front-end use".
    * LiveKit: API key + secret pair, LIVEKIT_API_KEY / LIVEKIT_API_SECRET,
      livekit.yaml "keys:" map, dev mode devkey/secret.
    * Twilio NTS: /2010-04-01/Accounts/{AccountSid}/Tokens with account
      SID + auth token, or SK API key + secret.
    * Xirsys: ident + secret + channel, PUT global.xirsys.net/_turn/<channel>.
    * docker-jitsi-meet gen-passwords.sh: "openssl rand -hex 16" for
      JICOFO_AUTH_PASSWORD, JVB_AUTH_PASSWORD etc.
    * Janus janus.jcfg: api_secret / token_auth / admin_secret ("janusoverlord"
      shown as the example admin secret).
    * BigBlueButton: shared secret from "bbb-conf --secret", securitySalt.

DOUBTS
    * LiveKit generated key shape assumed "API" + 12 base62 chars and a
      43-char base62 secret (seen in examples, not in a format spec).
    * Cloudflare TURN key / Calls app secret alphabet assumed hex (only the
      64-char length is documented).
    * Xirsys secret assumed UUID-shaped; Metered secretKey alphabet inferred
      from one documentation example.
    * BigBlueButton salt length varies between versions (32/40/64 chars).
    * Ant Media, Galene, eturnal and STUNner secrets are free-form; values
      here follow typical generated-password shapes.
    * Twilio API-key secret assumed 32 alphanumerics.
"""
import base64
import hashlib
import json
import os
import random
import sys

HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
B64URL = ALNUM + "-_"

R = None  # the single random.Random(SEED), set in main()


def pick(seq):
    return R.choice(seq)


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def hexs(n):
    return rs(HEX, n)


def b64(nbytes):
    return base64.b64encode(rbytes(nbytes)).decode()


def b64url(nbytes):
    return base64.urlsafe_b64encode(rbytes(nbytes)).decode().rstrip("=")


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


WORDS = ["otter", "granite", "lantern", "cobalt", "meadow", "falcon", "quartz",
         "harbor", "ember", "willow", "cinder", "tundra", "saffron", "marble",
         "juniper", "comet", "river", "basalt", "orchid", "glacier", "maple",
         "thistle", "copper", "raven", "summit", "velvet", "prairie", "nimbus"]


def human_pw():
    s = pick([0, 1, 2, 3])
    if s == 0:
        return "%s-%s-%s%d" % (pick(WORDS).capitalize(), pick(WORDS), pick(WORDS),
                               R.randint(10, 99))
    if s == 1:
        return "%s%s%d%s" % (pick(WORDS).capitalize(), pick(WORDS).capitalize(),
                             R.randint(100, 9999), pick("!+."))
    if s == 2:
        return rs(ALNUM, R.randint(14, 22))
    return pick(ALNUM) + rs(ALNUM + "!+._-", R.randint(15, 23))


def gen_secret(kind):
    """Random secret shaped like what the software / provider generates."""
    if kind == "turnsecret":
        return pick([lambda: hexs(64), lambda: hexs(32), lambda: b64(32),
                     lambda: rs(ALNUM, R.randint(32, 48))])()
    if kind == "hex16":
        return hexs(32)
    if kind == "hex32":
        return hexs(64)
    if kind == "pw":
        return human_pw()
    if kind == "janus":
        return pick([lambda: hexs(32), lambda: rs(ALNUM, R.randint(20, 40)),
                     human_pw])()
    if kind == "jwt":
        return pick([lambda: rs(ALNUM, R.randint(32, 64)), lambda: hexs(64),
                     lambda: b64(32)])()
    if kind == "lk":
        return rs(ALNUM, 43)
    if kind == "twtoken":
        return hexs(32)
    if kind == "twsecret":
        return rs(ALNUM, 32)
    if kind == "xirsys":
        return uuid4()
    if kind == "metered_secret":
        return rs(B64URL, 48)
    if kind == "metered_pw":
        return rs(ALNUM, 16)
    if kind == "cf64":
        return hexs(64)
    if kind == "bbb":
        return pick([lambda: hexs(64), lambda: rs(ALNUM, 40), lambda: hexs(32)])()
    if kind == "jwk":
        return b64url(32)
    if kind == "k8sb64":
        return base64.b64encode(hexs(pick([32, 64])).encode()).decode()
    if kind == "md5key":
        return "0x" + hexs(32)
    raise KeyError(kind)


def lk_key():
    return "API" + rs(ALNUM, 12)


def tw_sid(prefix):
    return prefix + hexs(32)


def ec_private_pem():
    """SEC1 EC P-256 private key, random bytes in a valid-looking DER shell."""
    der = (bytes.fromhex("30770201010420") + rbytes(32) +
           bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(64))
    body = base64.b64encode(der).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return lines


def cert_pem_lines(nbytes=540):
    body = base64.b64encode(bytes.fromhex("308202") + rbytes(nbytes)).decode()
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def fingerprint():
    return ":".join(hexs(2).upper() for _ in range(32))


HOSTS = ["example.org", "example.com", "meet.example.net", "rtc.example.io",
         "video.example.edu", "calls.example.dev"]
ORGS = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "vandelay",
        "stark", "wayne", "tyrell"]
ROOMS = ["daily-standup", "design-review", "support-queue", "all-hands",
         "onboarding", "town-hall", "pairing-42", "lobby"]
IPS = ["203.0.113.%d" % i for i in range(5, 250, 17)] + \
      ["198.51.100.%d" % i for i in range(3, 250, 19)]


def host():
    return pick(HOSTS)


def ip():
    return pick(IPS)


def org():
    return pick(ORGS)


def room():
    return pick(ROOMS)


class V(object):
    """Value placed in a template's secret slot.

    text : the literal text (secret, placeholder...)
    expr : for negatives, a language expression replacing the quoted literal.
    """

    def __init__(self, text, expr=None):
        self.text = text
        self.expr = expr

    def q(self, qc='"'):
        if self.expr is not None:
            return self.expr
        return qc + self.text + qc

    def __str__(self):
        return self.text

    def __format__(self, spec):
        return self.text


# ---------------------------------------------------------------------------
# Template registry
# ---------------------------------------------------------------------------
POS = []   # dicts: fn, provider, kind, gen, lang, envname, docex
NEG_LOOK = []  # dicts: fn, provider, kind


def tpl(provider, kind, gen, lang, envname, docex=(), embed=False):
    def deco(fn):
        POS.append(dict(fn=fn, provider=provider, kind=kind, gen=gen, lang=lang,
                        envname=envname, docex=list(docex), embed=embed))
        return fn
    return deco


def look(provider, kind):
    def deco(fn):
        NEG_LOOK.append(dict(fn=fn, provider=provider, kind=kind))
        return fn
    return deco


def lines(*parts):
    return "\n".join(parts) + "\n"


# ---------------------------------------------------------------------------
# Positive templates (also re-used for half of the negatives)
# ---------------------------------------------------------------------------
def _turnconf_head(realm):
    return lines(
        "# coturn configuration for %s" % realm,
        "# managed by ops; see docs/turn.md",
        "listening-port=3478",
        "tls-listening-port=5349",
        "listening-ip=0.0.0.0",
        "external-ip=%s" % ip(),
        "min-port=%d" % pick([49152, 40000, 50000]),
        "max-port=%d" % pick([65535, 49999, 59999]),
        "fingerprint",
        "realm=%s" % realm,
        "server-name=turn.%s" % realm,
    )


@tpl("coturn", "turn-shared-secret", "turnsecret", "conf", "TURN_STATIC_AUTH_SECRET",
     docex=["north"])
def p_turnconf_secret(v):
    realm = host()
    txt = _turnconf_head(realm) + lines(
        "",
        "# TURN REST API (ephemeral credentials)",
        "use-auth-secret",
        "static-auth-secret=%s" % v,
        "",
        "total-quota=%d" % R.randint(50, 400),
        "stale-nonce=600",
        "cert=/etc/letsencrypt/live/turn.%s/fullchain.pem" % realm,
        "pkey=/etc/letsencrypt/live/turn.%s/privkey.pem" % realm,
        "no-multicast-peers",
        "denied-peer-ip=10.0.0.0-10.255.255.255",
        "denied-peer-ip=192.168.0.0-192.168.255.255",
        "log-file=/var/log/turnserver/turn.log",
        "simple-log",
    )
    return pick(["etc/turnserver.conf", "deploy/coturn/turnserver.conf",
                 "infra/turn/turnserver.conf", "coturn/turnserver.conf"]), txt


@tpl("coturn", "turn-longterm-credential", "pw", "conf", "TURN_PASSWORD",
     docex=["password1"])
def p_turnconf_user(v):
    realm = host()
    u = pick(["webrtc", "relay", "kiosk", "mobileapp", "bridge"])
    txt = _turnconf_head(realm) + lines(
        "",
        "# long-term credential mechanism",
        "lt-cred-mech",
        "user=%s:%s" % (u, v),
        "",
        "no-tlsv1",
        "no-tlsv1_1",
        "no-cli",
        "syslog",
    )
    return pick(["etc/coturn/turnserver.conf", "turn/turnserver.conf",
                 "ansible/roles/coturn/files/turnserver.conf"]), txt


@tpl("coturn", "turn-longterm-key", "md5key", "conf", "TURN_USER_KEY")
def p_turnconf_hashed(v):
    realm = host()
    txt = _turnconf_head(realm) + lines(
        "lt-cred-mech",
        "# key generated with: turnadmin -k -u gateway -r %s -p ..." % realm,
        "user=gateway:%s" % v,
        "no-loopback-peers",
        "verbose",
    )
    return pick(["config/turnserver.conf", "docker/coturn/turnserver.conf"]), txt


@tpl("coturn", "turn-shared-secret", "turnsecret", "yaml", "TURN_SECRET", embed=True,
     docex=["north"])
def p_compose_coturn_cmd(v):
    realm = host()
    txt = lines(
        "services:",
        "  coturn:",
        "    image: coturn/coturn:4.6.%d" % R.randint(0, 3),
        "    restart: unless-stopped",
        "    network_mode: host",
        "    command:",
        "      - -n",
        "      - --log-file=stdout",
        "      - --realm=%s" % realm,
        "      - --use-auth-secret",
        "      - --static-auth-secret=%s" % v,
        "      - --min-port=49160",
        "      - --max-port=49200",
        "      - --external-ip=%s" % ip(),
        "    volumes:",
        "      - ./certs:/etc/coturn/certs:ro",
    )
    return pick(["docker-compose.yml", "deploy/docker-compose.turn.yml", "compose.yaml"]), txt


@tpl("coturn", "turn-shared-secret", "turnsecret", "yaml", "TURN_SECRET", docex=["north"])
def p_k8s_secret_coturn(v):
    ns = pick(["rtc", "media", "coturn", "voip"])
    txt = lines(
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: coturn-auth",
        "  namespace: %s" % ns,
        "  labels:",
        "    app.kubernetes.io/name: coturn",
        "type: Opaque",
        "stringData:",
        "  static-auth-secret: \"%s\"" % v,
        "  realm: %s" % host(),
    )
    return pick(["k8s/coturn/secret.yaml", "manifests/%s/coturn-secret.yaml" % ns]), txt


@tpl("coturn", "turn-shared-secret", "k8sb64", "yaml", "TURN_SECRET")
def p_k8s_secret_b64(v):
    txt = lines(
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: turn-rest-secret",
        "  namespace: webrtc",
        "type: Opaque",
        "data:",
        "  TURN_REALM: %s" % base64.b64encode(host().encode()).decode(),
        "  TURN_SHARED_SECRET: %s" % v,
    )
    return "deploy/k8s/turn-rest-secret.yaml", txt


def _b64_of(fn_gen):
    return base64.b64encode(fn_gen.encode()).decode()


@tpl("coturn", "turn-longterm-credential", "pw", "sh", "TURN_PASSWORD", embed=True)
def p_sh_turnserver_cli(v):
    realm = host()
    txt = lines(
        "#!/usr/bin/env bash",
        "# start a throw-away relay for the e2e browser tests",
        "set -euo pipefail",
        "",
        "LISTEN_IP=\"${LISTEN_IP:-127.0.0.1}\"",
        "",
        "exec turnserver -n --no-cli --log-file=stdout \\",
        "  -L \"$LISTEN_IP\" -p 3478 -r %s \\" % realm,
        "  -a -u e2e:%s \\" % v,
        "  --min-port 50000 --max-port 50100",
    )
    return pick(["scripts/start-turn.sh", "test/e2e/run-turn.sh", "bin/turn-dev.sh"]), txt


@tpl("coturn", "turn-longterm-credential", "pw", "md", "TURN_PASSWORD", embed=True)
def p_md_turnadmin(v):
    realm = host()
    txt = lines(
        "# TURN relay",
        "",
        "The relay runs on `turn.%s` (UDP/TCP 3478, TLS 5349)." % realm,
        "",
        "## Adding the app user",
        "",
        "We use the long-term credential mechanism with the user stored in the",
        "SQLite user DB. The production user was created with:",
        "",
        "```sh",
        "turnadmin -a -b /var/lib/turn/turndb -u app -r %s -p %s" % (realm, v),
        "```",
        "",
        "Restart with `systemctl restart coturn` after changing the DB.",
    )
    return pick(["docs/turn.md", "ops/coturn/README.md", "docs/runbooks/turn-relay.md"]), txt


@tpl("turn-rest", "turn-shared-secret", "turnsecret", "py", "TURN_SHARED_SECRET",
     docex=["north"])
def p_py_turn_rest(v):
    name = pick(["TURN_SHARED_SECRET", "TURN_STATIC_AUTH_SECRET", "COTURN_SECRET",
                 "_relay_key", "HMAC_KEY"])
    txt = lines(
        '"""Mint short-lived TURN credentials (TURN REST API draft)."""',
        "import base64",
        "import hashlib",
        "import hmac",
        "import time",
        "",
        "TURN_URIS = [",
        '    "turn:turn.%s:3478?transport=udp",' % host(),
        '    "turns:turn.%s:5349?transport=tcp",' % host(),
        "]",
        "%s = %s" % (name, v.q()),
        "TTL = %d" % pick([3600, 86400, 43200]),
        "",
        "",
        "def ice_credentials(user_id: str) -> dict:",
        "    username = f\"{int(time.time()) + TTL}:{user_id}\"",
        "    mac = hmac.new(%s.encode(), username.encode(), hashlib.sha1)" % name,
        "    return {",
        '        "urls": TURN_URIS,',
        '        "username": username,',
        '        "credential": base64.b64encode(mac.digest()).decode(),',
        "    }",
    )
    return pick(["app/turn.py", "backend/webrtc/credentials.py", "server/ice.py"]), txt


@tpl("turn-rest", "turn-shared-secret", "turnsecret", "js", "TURN_SECRET")
def p_js_turn_rest(v):
    name = pick(["hmacKey", "TURN_SECRET", "sharedSecret", "relaySecret"])
    txt = lines(
        "'use strict';",
        "const crypto = require('crypto');",
        "const express = require('express');",
        "",
        "const router = express.Router();",
        "const %s = %s;" % (name, v.q("'")),
        "",
        "router.get('/ice', (req, res) => {",
        "  const expiry = Math.floor(Date.now() / 1000) + 24 * 3600;",
        "  const username = `${expiry}:${req.user.id}`;",
        "  const credential = crypto",
        "    .createHmac('sha1', %s)" % name,
        "    .update(username)",
        "    .digest('base64');",
        "  res.json({",
        "    iceServers: [",
        "      { urls: 'stun:turn.%s:3478' }," % host(),
        "      { urls: 'turn:turn.%s:3478', username, credential }," % host(),
        "    ],",
        "  });",
        "});",
        "",
        "module.exports = router;",
    )
    return pick(["routes/ice.js", "server/routes/turn.js", "src/api/ice.js"]), txt


@tpl("turn-rest", "turn-shared-secret", "turnsecret", "go", "TURN_SECRET")
def p_go_turn_rest(v):
    txt = lines(
        "package turncred",
        "",
        "import (",
        "\t\"crypto/hmac\"",
        "\t\"crypto/sha1\"",
        "\t\"encoding/base64\"",
        "\t\"fmt\"",
        "\t\"time\"",
        ")",
        "",
        "var sharedSecret = []byte(%s)" % v.q(),
        "",
        "// Credentials returns an ephemeral TURN username/password pair.",
        "func Credentials(user string, ttl time.Duration) (string, string) {",
        "\tusername := fmt.Sprintf(\"%d:%s\", time.Now().Add(ttl).Unix(), user)",
        "\tmac := hmac.New(sha1.New, sharedSecret)",
        "\tmac.Write([]byte(username))",
        "\treturn username, base64.StdEncoding.EncodeToString(mac.Sum(nil))",
        "}",
    )
    return pick(["internal/turncred/turncred.go", "pkg/turn/creds.go"]), txt


@tpl("turn-rest", "turn-shared-secret", "turnsecret", "ts", "TURN_SECRET")
def p_ts_turn_ctor(v):
    txt = lines(
        "import { TurnCredentialService } from './turn/credential-service';",
        "import { logger } from './logger';",
        "",
        "export const turnService = new TurnCredentialService({",
        "  realm: '%s'," % host(),
        "  uris: ['turn:turn.%s:3478', 'turns:turn.%s:443?transport=tcp']," % (host(), host()),
        "  secret: %s," % v.q("'"),
        "  ttlSeconds: %d," % pick([600, 3600, 7200]),
        "});",
        "",
        "logger.info('turn credential service ready');",
    )
    return pick(["src/services/turn.ts", "apps/signaling/src/turn.ts"]), txt


@tpl("ice-config", "turn-longterm-credential", "pw", "js", "TURN_CREDENTIAL")
def p_js_iceservers(v):
    u = pick(["webrtc", "app", "client", "relayuser"])
    txt = lines(
        "// Peer connection factory used by the call screen",
        "const ICE_CONFIG = {",
        "  iceServers: [",
        "    { urls: 'stun:stun.%s:3478' }," % host(),
        "    {",
        "      urls: ['turn:turn.%s:3478?transport=udp', 'turn:turn.%s:3478?transport=tcp']," % (host(), host()),
        "      username: '%s'," % u,
        "      credential: %s," % v.q("'"),
        "    },",
        "  ],",
        "  iceTransportPolicy: 'all',",
        "};",
        "",
        "export function createPeer() {",
        "  return new RTCPeerConnection(ICE_CONFIG);",
        "}",
    )
    return pick(["src/webrtc/peer.js", "public/js/call.js", "client/rtc.js"]), txt


@tpl("ice-config", "turn-longterm-credential", "pw", "ts", "TURN_CREDENTIAL")
def p_ts_iceservers(v):
    txt = lines(
        "import type { RTCConfiguration } from './types';",
        "",
        "export const rtcConfig: RTCConfiguration = {",
        "  bundlePolicy: 'max-bundle',",
        "  iceServers: [",
        "    {",
        "      urls: 'turns:relay.%s:443?transport=tcp'," % host(),
        "      username: '%s-prod'," % org(),
        "      credential: %s," % v.q("'"),
        "    },",
        "  ],",
        "};",
    )
    return pick(["src/config/rtc.ts", "packages/client/src/rtcConfig.ts"]), txt


@tpl("ice-config", "turn-longterm-credential", "pw", "json", "TURN_CREDENTIAL")
def p_json_iceservers(v):
    d = {"signalingUrl": "wss://signal.%s/ws" % host(),
         "iceServers": [{"urls": ["stun:stun.%s:3478" % host()]},
                        {"urls": ["turn:turn.%s:3478" % host()],
                         "username": pick(["kiosk", "player", "sfu"]),
                         "credential": "@@V@@"}],
         "video": {"maxBitrate": pick([800000, 1500000, 2500000])}}
    txt = json.dumps(d, indent=2).replace('"@@V@@"', v.q()) + "\n"
    return pick(["config/webrtc.json", "public/config.json", "assets/rtc-config.json"]), txt


@tpl("kurento", "turn-longterm-credential", "pw", "ini", "TURN_PASSWORD", embed=True)
def p_kurento_ini(v):
    txt = lines(
        ";; Kurento WebRtcEndpoint settings",
        "[WebRtcEndpoint]",
        "stunServerAddress=%s" % ip(),
        "stunServerPort=3478",
        ";; turnURL format: user:password@address:port(?transport=[udp|tcp|tls])",
        "turnURL=kurento:%s@%s:3478?transport=udp" % (v, ip()),
        "; pemCertificateRSA=/etc/kurento/cert+key.pem",
        "; networkInterfaces=eth0",
    )
    return pick(["kurento/WebRtcEndpoint.conf.ini", "etc/kurento/modules/kurento/WebRtcEndpoint.conf.ini"]), txt


def _janus_general():
    return [
        "general: {",
        "\tconfigs_folder = \"/opt/janus/etc/janus\"",
        "\tplugins_folder = \"/opt/janus/lib/janus/plugins\"",
        "\ttransports_folder = \"/opt/janus/lib/janus/transports\"",
        "\tdebug_level = %d" % pick([3, 4, 5]),
        "\tserver_name = \"%s-janus\"" % org(),
        "\tsession_timeout = 60",
    ]


@tpl("janus", "janus-api-secret", "janus", "jcfg", "JANUS_API_SECRET", docex=["janusrocks"])
def p_janus_api_secret(v):
    txt = lines(*(_janus_general() + [
        "\t# Require every request to carry this secret",
        "\tapi_secret = \"%s\"" % v,
        "\t#token_auth = true",
        "}",
        "",
        "media: {",
        "\trtp_port_range = \"20000-40000\"",
        "}",
    ]))
    return pick(["janus/janus.jcfg", "conf/janus.jcfg", "docker/janus/etc/janus.jcfg"]), txt


@tpl("janus", "janus-admin-secret", "janus", "jcfg", "JANUS_ADMIN_SECRET", docex=["janusoverlord"])
def p_janus_admin_secret(v):
    txt = lines(*(_janus_general() + [
        "\ttoken_auth = true",
        "\tadmin_secret = \"%s\"" % v,
        "}",
        "",
        "certificates: {",
        "\tcert_pem = \"/etc/janus/certs/janus.pem\"",
        "\tcert_key = \"/etc/janus/certs/janus.key\"",
        "}",
    ]))
    return pick(["janus/janus.jcfg", "etc/janus/janus.jcfg"]), txt


@tpl("janus", "janus-token-auth-secret", "janus", "jcfg", "JANUS_TOKEN_SECRET")
def p_janus_token_secret(v):
    txt = lines(*(_janus_general() + [
        "\ttoken_auth = true",
        "\t# HMAC-signed tokens (see \"Token based authentication\")",
        "\ttoken_auth_secret = \"%s\"" % v,
        "}",
    ]))
    return pick(["config/janus.jcfg", "janus-gateway/janus.jcfg"]), txt


@tpl("janus", "turn-longterm-credential", "pw", "jcfg", "JANUS_TURN_PWD")
def p_janus_turn_pwd(v):
    txt = lines(
        "nat: {",
        "\tstun_server = \"stun.%s\"" % host(),
        "\tstun_port = 3478",
        "\tnice_debug = false",
        "\tfull_trickle = true",
        "\tturn_server = \"turn.%s\"" % host(),
        "\tturn_port = 3478",
        "\tturn_type = \"udp\"",
        "\tturn_user = \"janus\"",
        "\tturn_pwd = \"%s\"" % v,
        "\tice_ignore_list = \"vmnet\"",
        "}",
    )
    return pick(["janus/janus.jcfg", "etc/janus/janus.nat.jcfg"]), txt


@tpl("janus", "turn-rest-api-key", "janus", "jcfg", "JANUS_TURN_REST_KEY")
def p_janus_turn_rest_key(v):
    txt = lines(
        "nat: {",
        "\tturn_rest_api = \"https://turn.%s/api/turn\"" % host(),
        "\tturn_rest_api_key = \"%s\"" % v,
        "\tturn_rest_api_method = \"GET\"",
        "\tturn_rest_api_timeout = 10",
        "}",
    )
    return "etc/janus/janus.jcfg", txt


@tpl("janus", "janus-api-secret", "janus", "js", "JANUS_API_SECRET", docex=["janusrocks"])
def p_janus_js(v):
    txt = lines(
        "import Janus from 'janus-gateway';",
        "",
        "export function connect(onReady) {",
        "  Janus.init({ debug: 'warn', callback: () => {",
        "    const janus = new Janus({",
        "      server: ['wss://janus.%s/ws', 'https://janus.%s/janus']," % (host(), host()),
        "      apisecret: %s," % v.q("'"),
        "      success: () => onReady(janus),",
        "      error: (err) => console.error('janus error', err),",
        "    });",
        "  } });",
        "}",
    )
    return pick(["src/janus/session.js", "web/js/janus-client.js"]), txt


@tpl("janus", "janus-api-secret", "janus", "js", "JANUS_API_SECRET", docex=["secret"])
def p_janode_cfg(v):
    txt = lines(
        "export default {",
        "  janode: {",
        "    address: [{",
        "      url: 'ws://%s:8188/'," % ip(),
        "      apisecret: %s," % v.q("'"),
        "    }],",
        "    retry_time_secs: 10,",
        "  },",
        "  web: { port: 4443, bind: '0.0.0.0' },",
        "};",
    )
    return pick(["src/config.js", "examples/videoroom/src/config.js"]), txt


@tpl("janus", "janus-room-secret", "janus", "jcfg", "JANUS_ROOM_SECRET")
def p_janus_room(v):
    rid = R.randint(1000, 99999)
    txt = lines(
        "general: {",
        "\tadmin_key = \"\"",
        "\tlock_rtp_forward = true",
        "}",
        "",
        "room-%d: {" % rid,
        "\tdescription = \"%s\"" % room().replace("-", " ").title(),
        "\tsecret = \"%s\"" % v,
        "\tpublishers = %d" % pick([6, 12, 25]),
        "\tbitrate = 512000",
        "\tfir_freq = 10",
        "\tvideocodec = \"vp8,h264\"",
        "\trecord = false",
        "}",
    )
    return pick(["janus/janus.plugin.videoroom.jcfg", "etc/janus/janus.plugin.videoroom.jcfg"]), txt


def _prosody_head(dom):
    return [
        "-- Prosody configuration for Jitsi Meet (%s)" % dom,
        "plugin_paths = { \"/usr/share/jitsi-meet/prosody-plugins/\" }",
        "",
        "muc_mapper_domain_base = \"%s\";" % dom,
        "external_service_port = 3478",
        "cross_domain_bosh = false;",
        "consider_bosh_secure = true;",
        "",
    ]


@tpl("jitsi", "jwt-app-secret", "jwt", "lua", "JWT_APP_SECRET")
def p_prosody_app_secret(v):
    dom = "meet." + pick(["example.org", "example.com", "example.net", "example.edu"])
    txt = lines(*(_prosody_head(dom) + [
        "VirtualHost \"%s\"" % dom,
        "    authentication = \"token\"",
        "    app_id = \"%s_meet\"" % org(),
        "    app_secret = %s" % v.q(),
        "    allow_empty_token = false",
        "    ssl = {",
        "        key = \"/etc/prosody/certs/%s.key\";" % dom,
        "        certificate = \"/etc/prosody/certs/%s.crt\";" % dom,
        "    }",
        "    modules_enabled = { \"bosh\"; \"pubsub\"; \"ping\"; \"speakerstats\"; }",
    ]))
    return "prosody/conf.d/%s.cfg.lua" % dom, txt


@tpl("jitsi", "xmpp-component-password", "hex16", "lua", "JICOFO_COMPONENT_SECRET")
def p_prosody_component(v):
    dom = "meet." + pick(["example.org", "example.com", "example.net", "example.edu"])
    txt = lines(*(_prosody_head(dom) + [
        "Component \"internal.auth.%s\" \"muc\"" % dom,
        "    storage = \"memory\"",
        "    modules_enabled = { \"ping\"; }",
        "    admins = { \"focus@auth.%s\", \"jvb@auth.%s\" }" % (dom, dom),
        "",
        "Component \"focus.%s\"" % dom,
        "    component_secret = %s" % v.q(),
    ]))
    return "etc/prosody/conf.avail/%s.cfg.lua" % dom, txt


@tpl("jitsi", "turn-shared-secret", "turnsecret", "lua", "TURN_CREDENTIALS_SECRET")
def p_prosody_external_services(v):
    dom = "meet." + pick(["example.org", "example.com", "example.net", "example.edu"])
    txt = lines(*(_prosody_head(dom) + [
        "external_service_secret = %s;" % v.q(),
        "external_services = {",
        "    { type = \"stun\", host = \"turn.%s\", port = 3478 }," % dom,
        "    { type = \"turn\", host = \"turn.%s\", port = 3478, transport = \"udp\", secret = true, ttl = 86400, algorithm = \"turn\" }," % dom,
        "    { type = \"turns\", host = \"turn.%s\", port = 5349, transport = \"tcp\", secret = true, ttl = 86400, algorithm = \"turn\" }" % dom,
        "};",
    ]))
    return "prosody/%s.cfg.lua" % dom, txt


@tpl("jitsi", "jwt-app-secret", "jwt", "env", "JWT_APP_SECRET")
def p_jitsi_envfile(v):
    txt = lines(
        "# docker-jitsi-meet",
        "CONFIG=~/.jitsi-meet-cfg",
        "HTTP_PORT=8000",
        "HTTPS_PORT=8443",
        "TZ=UTC",
        "PUBLIC_URL=https://meet.%s" % host(),
        "ENABLE_AUTH=1",
        "AUTH_TYPE=jwt",
        "JWT_APP_ID=%s_meet" % org(),
        "JWT_APP_SECRET=%s" % v,
        "JWT_ACCEPTED_ISSUERS=%s_meet" % org(),
    )
    return pick([".env", "jitsi/.env"]), txt


@tpl("jitsi", "xmpp-component-password", "hex16", "yaml", "JICOFO_AUTH_PASSWORD")
def p_jitsi_compose(v):
    txt = lines(
        "version: '3.5'",
        "services:",
        "  jicofo:",
        "    image: jitsi/jicofo:stable-%d" % R.randint(8900, 9999),
        "    restart: unless-stopped",
        "    environment:",
        "      - AUTH_TYPE=internal",
        "      - ENABLE_AUTH=0",
        "      - JICOFO_AUTH_PASSWORD=%s" % v,
        "      - JVB_BREWERY_MUC=jvbbrewery",
        "      - XMPP_DOMAIN=meet.jitsi",
        "      - XMPP_SERVER=xmpp.meet.jitsi",
        "    depends_on:",
        "      - prosody",
    )
    return pick(["docker-compose.yml", "jitsi/docker-compose.yml"]), txt


@tpl("jitsi", "xmpp-component-password", "hex16", "yaml", "JVB_AUTH_PASSWORD")
def p_jitsi_k8s_secret(v):
    txt = lines(
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: jitsi-config",
        "  namespace: jitsi",
        "type: Opaque",
        "stringData:",
        "  JVB_AUTH_USER: jvb",
        "  JVB_AUTH_PASSWORD: %s" % v,
        "  JVB_BREWERY_MUC: jvbbrewery",
    )
    return pick(["k8s/jitsi/jitsi-secret.yaml", "kubernetes/base/jvb-secret.yaml"]), txt


@tpl("jitsi", "xmpp-component-password", "hex16", "conf", "JICOFO_AUTH_PASSWORD")
def p_jicofo_conf(v):
    dom = "meet." + pick(["example.org", "example.com", "example.net", "example.edu"])
    txt = lines(
        "jicofo {",
        "  xmpp: {",
        "    client: {",
        "      client-proxy: \"focus.%s\"" % dom,
        "      xmpp-domain: \"%s\"" % dom,
        "      domain: \"auth.%s\"" % dom,
        "      username: \"focus\"",
        "      password: \"%s\"" % v,
        "    }",
        "    trusted-domains: [ \"recorder.%s\" ]" % dom,
        "  }",
        "  bridge: {",
        "    brewery-jid: \"JvbBrewery@internal.auth.%s\"" % dom,
        "  }",
        "}",
    )
    return pick(["etc/jitsi/jicofo/jicofo.conf", "jitsi/jicofo.conf"]), txt


@tpl("jitsi", "xmpp-component-password", "hex16", "conf", "JVB_AUTH_PASSWORD")
def p_jvb_conf(v):
    dom = "meet." + pick(["example.org", "example.com", "example.net", "example.edu"])
    txt = lines(
        "videobridge {",
        "  http-servers { public { port = 9090 } }",
        "  apis {",
        "    xmpp-client {",
        "      configs {",
        "        shard {",
        "          HOSTNAME = \"localhost\"",
        "          DOMAIN = \"auth.%s\"" % dom,
        "          USERNAME = \"jvb\"",
        "          PASSWORD = \"%s\"" % v,
        "          MUC_JIDS = \"JvbBrewery@internal.auth.%s\"" % dom,
        "          MUC_NICKNAME = \"%s\"" % uuid4(),
        "        }",
        "      }",
        "    }",
        "  }",
        "}",
    )
    return pick(["etc/jitsi/videobridge/jvb.conf", "jitsi/jvb.conf"]), txt


@tpl("jitsi", "xmpp-component-password", "hex16", "properties", "JVB_AUTH_PASSWORD")
def p_jvb_props(v):
    dom = "meet." + pick(["example.org", "example.com", "example.net", "example.edu"])
    txt = lines(
        "org.ice4j.ice.harvest.DISABLE_AWS_HARVESTER=true",
        "org.ice4j.ice.harvest.STUN_MAPPING_HARVESTER_ADDRESSES=meet-jit-si-turnrelay.jitsi.net:443",
        "org.jitsi.videobridge.ENABLE_STATISTICS=true",
        "org.jitsi.videobridge.STATISTICS_TRANSPORT=muc",
        "org.jitsi.videobridge.xmpp.user.shard.HOSTNAME=localhost",
        "org.jitsi.videobridge.xmpp.user.shard.DOMAIN=auth.%s" % dom,
        "org.jitsi.videobridge.xmpp.user.shard.USERNAME=jvb",
        "org.jitsi.videobridge.xmpp.user.shard.PASSWORD=%s" % v,
        "org.jitsi.videobridge.xmpp.user.shard.MUC_JIDS=JvbBrewery@internal.auth.%s" % dom,
    )
    return "etc/jitsi/videobridge/sip-communicator.properties", txt


@tpl("jitsi", "jwt-app-secret", "jwt", "py", "JWT_APP_SECRET")
def p_py_jitsi_jwt(v):
    name = pick(["JITSI_APP_SECRET", "signing_key", "JWT_APP_SECRET", "_MEET_KEY"])
    txt = lines(
        "import time",
        "",
        "import jwt",
        "",
        "APP_ID = \"%s_meet\"" % org(),
        "%s = %s" % (name, v.q()),
        "",
        "",
        "def meeting_token(user, room_name, moderator=False):",
        "    now = int(time.time())",
        "    claims = {",
        "        \"aud\": \"jitsi\", \"iss\": APP_ID, \"sub\": \"meet.%s\"," % host(),
        "        \"room\": room_name, \"nbf\": now - 10, \"exp\": now + 3600,",
        "        \"context\": {\"user\": {\"name\": user.name, \"email\": user.email},",
        "                    \"features\": {\"recording\": moderator}},",
        "    }",
        "    return jwt.encode(claims, %s, algorithm=\"HS256\")" % name,
    )
    return pick(["meetings/tokens.py", "app/jitsi.py", "services/video/jwt.py"]), txt


@tpl("jitsi", "jwt-app-secret", "jwt", "js", "JWT_APP_SECRET")
def p_js_jitsi_jwt(v):
    txt = lines(
        "const jwt = require('jsonwebtoken');",
        "",
        "module.exports = function roomToken(user, room) {",
        "  const payload = {",
        "    aud: 'jitsi',",
        "    iss: '%s_meet'," % org(),
        "    sub: 'meet.%s'," % host(),
        "    room,",
        "    context: { user: { id: user.id, name: user.displayName } },",
        "  };",
        "  return jwt.sign(payload, %s, { algorithm: 'HS256', expiresIn: '2h' });" % v.q("'"),
        "};",
    )
    return pick(["lib/jitsiToken.js", "server/meet-token.js"]), txt


@tpl("livekit", "livekit-api-secret", "lk", "yaml", "LIVEKIT_API_SECRET", docex=["secret"])
def p_livekit_yaml(v):
    txt = lines(
        "port: 7880",
        "bind_addresses:",
        "  - \"\"",
        "rtc:",
        "  tcp_port: 7881",
        "  port_range_start: 50000",
        "  port_range_end: 60000",
        "  use_external_ip: true",
        "redis:",
        "  address: redis.%s:6379" % pick(["internal", "svc.cluster.local", "lan"]),
        "turn:",
        "  enabled: true",
        "  domain: turn.%s" % host(),
        "  tls_port: 5349",
        "keys:",
        "  %s: %s" % (lk_key(), v),
        "logging:",
        "  level: info",
    )
    return pick(["livekit.yaml", "config/livekit.yaml", "deploy/livekit/livekit.yaml"]), txt


@tpl("livekit", "livekit-api-secret", "lk", "yaml", "LIVEKIT_API_SECRET")
def p_livekit_helm(v):
    txt = lines(
        "replicaCount: %d" % R.randint(1, 4),
        "livekit:",
        "  rtc:",
        "    use_external_ip: true",
        "  redis:",
        "    address: livekit-redis-master:6379",
        "  keys:",
        "    %s: \"%s\"" % (lk_key(), v),
        "  turn:",
        "    enabled: true",
        "    domain: turn.%s" % host(),
        "    tls_port: 3478",
        "loadBalancer:",
        "  type: aws",
        "resources: {}",
    )
    return pick(["deploy/helm/livekit/values.yaml", "charts/values-prod.yaml"]), txt


@tpl("livekit", "livekit-api-secret", "lk", "yaml", "LIVEKIT_API_SECRET")
def p_livekit_egress(v):
    txt = lines(
        "log_level: info",
        "api_key: %s" % lk_key(),
        "api_secret: %s" % v,
        "ws_url: wss://livekit.%s" % host(),
        "insecure: false",
        "redis:",
        "  address: redis:6379",
        "s3:",
        "  region: eu-central-1",
        "  bucket: %s-recordings" % org(),
    )
    return pick(["egress.yaml", "config/egress.yaml", "ingress/config.yaml"]), txt


@tpl("livekit", "livekit-api-secret", "lk", "ts", "LIVEKIT_API_SECRET")
def p_livekit_ts(v):
    txt = lines(
        "import { AccessToken } from 'livekit-server-sdk';",
        "",
        "export async function joinToken(identity: string, roomName: string) {",
        "  const at = new AccessToken('%s', %s, {" % (lk_key(), v.q("'")),
        "    identity,",
        "    ttl: '15m',",
        "  });",
        "  at.addGrant({ roomJoin: true, room: roomName, canPublish: true });",
        "  return at.toJwt();",
        "}",
    )
    return pick(["src/lib/livekit.ts", "app/api/token/route.ts", "server/token.ts"]), txt


@tpl("livekit", "livekit-api-secret", "lk", "py", "LIVEKIT_API_SECRET")
def p_livekit_py(v):
    txt = lines(
        "from livekit import api",
        "",
        "LIVEKIT_URL = \"https://%s.livekit.cloud\"" % org(),
        "",
        "",
        "def participant_token(identity: str, room: str) -> str:",
        "    token = api.AccessToken(\"%s\", %s)" % (lk_key(), v.q()),
        "    token.with_identity(identity).with_grants(",
        "        api.VideoGrants(room_join=True, room=room)",
        "    )",
        "    return token.to_jwt()",
    )
    return pick(["agent/token.py", "backend/livekit_tokens.py"]), txt


@tpl("livekit", "livekit-api-secret", "lk", "go", "LIVEKIT_API_SECRET")
def p_livekit_go(v):
    txt = lines(
        "package rooms",
        "",
        "import (",
        "\t\"time\"",
        "",
        "\t\"github.com/livekit/protocol/auth\"",
        ")",
        "",
        "const apiKey = \"%s\"" % lk_key(),
        "",
        "func JoinToken(room, identity string) (string, error) {",
        "\tat := auth.NewAccessToken(apiKey, %s)" % v.q(),
        "\tgrant := &auth.VideoGrant{RoomJoin: true, Room: room}",
        "\tat.SetVideoGrant(grant).SetIdentity(identity).SetValidFor(time.Hour)",
        "\treturn at.ToJWT()",
        "}",
    )
    return pick(["internal/rooms/token.go", "pkg/livekit/join.go"]), txt


@tpl("livekit", "livekit-api-secret", "lk", "dockerfile", "LIVEKIT_API_SECRET")
def p_livekit_dockerfile(v):
    txt = lines(
        "FROM node:20-alpine",
        "WORKDIR /app",
        "COPY package*.json ./",
        "RUN npm ci --omit=dev",
        "COPY . .",
        "ENV NODE_ENV=production \\",
        "    LIVEKIT_URL=wss://livekit.%s \\" % host(),
        "    LIVEKIT_API_KEY=%s \\" % lk_key(),
        "    LIVEKIT_API_SECRET=%s" % v,
        "EXPOSE 3000",
        "CMD [\"node\", \"server.js\"]",
    )
    return pick(["Dockerfile", "services/token-server/Dockerfile"]), txt


@tpl("livekit", "livekit-api-secret", "lk", "md", "LIVEKIT_API_SECRET", embed=True)
def p_livekit_md(v):
    txt = lines(
        "## Local testing",
        "",
        "Create a room on the staging cluster and join with two fake participants:",
        "",
        "```bash",
        "lk room create --url wss://staging.%s \\" % host(),
        "  --api-key %s --api-secret %s \\" % (lk_key(), v),
        "  %s" % room(),
        "lk load-test --room %s --video-publishers 2" % room(),
        "```",
    )
    return pick(["docs/testing.md", "README.md", "CONTRIBUTING.md"]), txt


@tpl("twilio", "twilio-auth-token", "twtoken", "py", "TWILIO_AUTH_TOKEN")
def p_twilio_py(v):
    txt = lines(
        "from twilio.rest import Client",
        "",
        "client = Client(\"%s\", %s)" % (tw_sid("AC"), v.q()),
        "",
        "",
        "def ice_servers(ttl=3600):",
        "    \"\"\"Fetch Network Traversal Service credentials for the browser.\"\"\"",
        "    token = client.tokens.create(ttl=ttl)",
        "    return token.ice_servers",
    )
    return pick(["app/twilio_ice.py", "webrtc/nts.py", "calls/turn.py"]), txt


@tpl("twilio", "twilio-auth-token", "twtoken", "js", "TWILIO_AUTH_TOKEN")
def p_twilio_js(v):
    name = pick(["TWILIO_AUTH_TOKEN", "authToken", "twToken"])
    txt = lines(
        "const twilio = require('twilio');",
        "",
        "const accountSid = '%s';" % tw_sid("AC"),
        "const %s = %s;" % (name, v.q("'")),
        "const client = twilio(accountSid, %s);" % name,
        "",
        "exports.handler = async () => {",
        "  const token = await client.tokens.create({ ttl: 3600 });",
        "  return { statusCode: 200, body: JSON.stringify(token.iceServers) };",
        "};",
    )
    return pick(["functions/ice-servers.js", "netlify/functions/turn.js"]), txt


@tpl("twilio", "twilio-auth-token", "twtoken", "sh", "TWILIO_AUTH_TOKEN", embed=True)
def p_twilio_curl(v):
    sid = tw_sid("AC")
    txt = lines(
        "#!/bin/sh",
        "# smoke test: NTS tokens endpoint must answer with iceServers",
        "curl -sf -X POST \"https://api.twilio.com/2010-04-01/Accounts/%s/Tokens.json\" \\" % sid,
        "  -u \"%s:%s\" \\" % (sid, v),
        "  --data-urlencode \"Ttl=600\" | jq '.ice_servers | length'",
    )
    return pick(["scripts/check-nts.sh", "ops/smoke/twilio-turn.sh"]), txt


@tpl("twilio", "twilio-api-key-secret", "twsecret", "go", "TWILIO_API_SECRET")
def p_twilio_go(v):
    txt = lines(
        "package nts",
        "",
        "import (",
        "\ttwilio \"github.com/twilio/twilio-go\"",
        "\topenapi \"github.com/twilio/twilio-go/rest/api/v2010\"",
        ")",
        "",
        "func NewClient() *twilio.RestClient {",
        "\treturn twilio.NewRestClientWithParams(twilio.ClientParams{",
        "\t\tUsername:   \"%s\"," % tw_sid("SK"),
        "\t\tPassword:   %s," % v.q(),
        "\t\tAccountSid: \"%s\"," % tw_sid("AC"),
        "\t})",
        "}",
        "",
        "func Token(c *twilio.RestClient) (*openapi.ApiV2010Token, error) {",
        "\treturn c.Api.CreateToken(&openapi.CreateTokenParams{})",
        "}",
    )
    return pick(["internal/nts/client.go", "pkg/twilio/nts.go"]), txt


@tpl("twilio", "twilio-api-key-secret", "twsecret", "yaml", "TWILIO_API_SECRET")
def p_twilio_yaml(v):
    txt = lines(
        "video:",
        "  provider: twilio",
        "  twilio:",
        "    account_sid: %s" % tw_sid("AC"),
        "    api_key: %s" % tw_sid("SK"),
        "    api_secret: %s" % v,
        "    room_type: group",
        "    max_participants: %d" % pick([10, 25, 50]),
    )
    return pick(["config/video.yml", "config/settings.production.yml"]), txt


@tpl("xirsys", "provider-api-secret", "xirsys", "js", "XIRSYS_SECRET")
def p_xirsys_js(v):
    txt = lines(
        "const https = require('https');",
        "",
        "const xirsys = {",
        "  ident: '%s'," % pick(["jdoe", "acmedev", "webrtc-team", "ops"]),
        "  secret: %s," % v.q("'"),
        "  channel: '%s'," % pick(["MyFirstApp", "prod-calls", "support"]),
        "};",
        "",
        "function getIce(cb) {",
        "  const auth = Buffer.from(`${xirsys.ident}:${xirsys.secret}`).toString('base64');",
        "  const req = https.request({",
        "    host: 'global.xirsys.net',",
        "    path: `/_turn/${xirsys.channel}`,",
        "    method: 'PUT',",
        "    headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json' },",
        "  }, (res) => { let b = ''; res.on('data', (d) => { b += d; }); res.on('end', () => cb(JSON.parse(b).v)); });",
        "  req.end(JSON.stringify({ format: 'urls' }));",
        "}",
        "",
        "module.exports = { getIce };",
    )
    return pick(["server/xirsys.js", "lib/ice/xirsys.js"]), txt


@tpl("xirsys", "provider-api-secret", "xirsys", "sh", "XIRSYS_SECRET", embed=True)
def p_xirsys_sh(v):
    txt = lines(
        "#!/usr/bin/env bash",
        "CHANNEL=${1:-%s}" % pick(["demo", "MyFirstApp", "calls"]),
        "curl -s -X PUT -H \"Content-Type: application/json\" \\",
        "  -d '{\"format\": \"urls\"}' \\",
        "  -u \"%s:%s\" \\" % (pick(["acme", "rtcdev"]), v),
        "  \"https://global.xirsys.net/_turn/${CHANNEL}\"",
    )
    return pick(["tools/xirsys-ice.sh", "scripts/get-ice.sh"]), txt


@tpl("metered", "provider-api-secret", "metered_secret", "py", "METERED_SECRET_KEY", embed=True,
     docex=["vLwipNRUeDLGfgNEhJE9Vu58LX-1f3VYji0oIR8YpOeW_0pn"])
def p_metered_py(v):
    app = org()
    txt = lines(
        "import requests",
        "",
        "API = \"https://%s.metered.live/api/v1/turn\"" % app,
        "",
        "",
        "def create_credential(label, expiry=3600):",
        "    r = requests.post(",
        "        API + \"/credential?secretKey=%s\"," % v,
        "        json={\"label\": label, \"expiryInSeconds\": expiry},",
        "        timeout=10,",
        "    )",
        "    r.raise_for_status()",
        "    return r.json()",
    )
    return pick(["turn/metered.py", "app/integrations/metered.py"]), txt


@tpl("metered", "turn-longterm-credential", "metered_pw", "ts", "METERED_TURN_PASSWORD")
def p_metered_ts(v):
    user = hexs(24)
    txt = lines(
        "export const iceServers: RTCIceServer[] = [",
        "  { urls: 'stun:stun.relay.metered.ca:80' },",
        "  { urls: 'turn:global.relay.metered.ca:80', username: '%s', credential: %s }," % (user, v.q("'")),
        "  { urls: 'turns:global.relay.metered.ca:443?transport=tcp', username: '%s', credential: %s }," % (user, v.q("'")),
        "];",
    )
    return pick(["src/rtc/iceServers.ts", "lib/ice.ts"]), txt


@tpl("cloudflare", "turn-key-api-token", "cf64", "toml", "TURN_KEY_API_TOKEN")
def p_cf_wrangler(v):
    txt = lines(
        "name = \"%s-turn-credentials\"" % org(),
        "main = \"src/index.ts\"",
        "compatibility_date = \"2024-0%d-1%d\"" % (R.randint(1, 9), R.randint(0, 9)),
        "",
        "[vars]",
        "TURN_KEY_ID = \"%s\"" % hexs(32),
        "TURN_KEY_API_TOKEN = \"%s\"" % v,
        "ALLOWED_ORIGIN = \"https://app.%s\"" % host(),
    )
    return pick(["wrangler.toml", "workers/turn/wrangler.toml"]), txt


@tpl("cloudflare", "calls-app-secret", "cf64", "ts", "CALLS_APP_SECRET", embed=True)
def p_cf_calls_ts(v):
    app_id = hexs(32)
    txt = lines(
        "const CALLS_API = 'https://rtc.live.cloudflare.com/v1';",
        "const APP_ID = '%s';" % app_id,
        "",
        "export async function newSession(offer: RTCSessionDescriptionInit) {",
        "  const res = await fetch(`${CALLS_API}/apps/${APP_ID}/sessions/new`, {",
        "    method: 'POST',",
        "    headers: {",
        "      Authorization: 'Bearer %s'," % v,
        "      'Content-Type': 'application/json',",
        "    },",
        "    body: JSON.stringify({ sessionDescription: offer }),",
        "  });",
        "  return res.json();",
        "}",
    )
    return pick(["src/calls/session.ts", "app/lib/calls.ts"]), txt


@tpl("cloudflare", "turn-key-api-token", "cf64", "md", "TURN_KEY_API_TOKEN", embed=True)
def p_cf_md(v):
    kid = hexs(32)
    txt = lines(
        "### Getting TURN credentials",
        "",
        "Our TURN key is `%s` (Realtime dashboard, account %s)." % (kid, org()),
        "",
        "```sh",
        "curl https://rtc.live.cloudflare.com/v1/turn/keys/%s/credentials/generate-ice-servers \\" % kid,
        "  --header \"Authorization: Bearer %s\" \\" % v,
        "  --header \"Content-Type: application/json\" \\",
        "  --data '{\"ttl\": 86400}'",
        "```",
    )
    return pick(["docs/turn-cloudflare.md", "notes/realtime.md"]), txt


@tpl("bigbluebutton", "bbb-shared-secret", "bbb", "properties", "BBB_SECRET",
     docex=["8cd8ef52e8e101574e400365b55e11a6"])
def p_bbb_props(v):
    h = host()
    txt = lines(
        "# overrides for /usr/share/bbb-web/WEB-INF/classes/bigbluebutton.properties",
        "bigbluebutton.web.serverURL=https://bbb.%s" % h,
        "securitySalt=%s" % v,
        "defaultMaxUsers=%d" % pick([0, 100, 250]),
        "defaultMeetingDuration=0",
        "disableRecordingDefault=false",
        "allowRequestsWithoutSession=false",
        "defaultWelcomeMessageFooter=Powered by BigBlueButton",
    )
    return "etc/bigbluebutton/bbb-web.properties", txt


@tpl("bigbluebutton", "bbb-shared-secret", "bbb", "yaml", "BIGBLUEBUTTON_SECRET",
     docex=["8cd8ef52e8e101574e400365b55e11a6"])
def p_bbb_greenlight_compose(v):
    txt = lines(
        "services:",
        "  greenlight:",
        "    image: bigbluebutton/greenlight:v3",
        "    restart: unless-stopped",
        "    env_file: .env.greenlight",
        "    environment:",
        "      BIGBLUEBUTTON_ENDPOINT: https://bbb.%s/bigbluebutton/" % host(),
        "      BIGBLUEBUTTON_SECRET: %s" % v,
        "      DATABASE_URL: postgres://postgres@postgres:5432/greenlight",
        "    ports:",
        "      - 127.0.0.1:5050:3000",
    )
    return pick(["greenlight/docker-compose.yml", "docker-compose.yml"]), txt


@tpl("bigbluebutton", "bbb-shared-secret", "bbb", "py", "BBB_SECRET")
def p_bbb_py(v):
    txt = lines(
        "import hashlib",
        "from urllib.parse import urlencode",
        "",
        "BBB_URL = \"https://bbb.%s/bigbluebutton/api/\"" % host(),
        "BBB_SECRET = %s" % v.q(),
        "",
        "",
        "def api_url(call, **params):",
        "    query = urlencode(params)",
        "    checksum = hashlib.sha1((call + query + BBB_SECRET).encode()).hexdigest()",
        "    return f\"{BBB_URL}{call}?{query}&checksum={checksum}\"",
    )
    return pick(["lms/bbb.py", "conference/bbb_client.py"]), txt


@tpl("bigbluebutton", "bbb-shared-secret", "bbb", "js", "BBB_SECRET")
def p_bbb_js(v):
    txt = lines(
        "const bbb = require('bigbluebutton-js');",
        "",
        "const api = bbb.api('https://bbb.%s/bigbluebutton/', %s);" % (host(), v.q("'")),
        "const http = bbb.http;",
        "",
        "async function startClass(id, name) {",
        "  const url = api.administration.create(name, id, { record: true, duration: 90 });",
        "  return http(url);",
        "}",
        "",
        "module.exports = { startClass };",
    )
    return pick(["src/bbb.js", "services/classroom.js"]), txt


@tpl("bigbluebutton", "bbb-shared-secret", "bbb", "yaml", "LOADBALANCER_SECRET")
def p_scalelite_k8s(v):
    txt = lines(
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        "  name: scalelite-api",
        "spec:",
        "  template:",
        "    spec:",
        "      containers:",
        "        - name: api",
        "          image: blindsidenetwks/scalelite:v1.5-api",
        "          env:",
        "            - name: URL_HOST",
        "              value: sl.%s" % host(),
        "            - name: LOADBALANCER_SECRET",
        "              value: \"%s\"" % v,
        "            - name: REDIS_URL",
        "              value: redis://redis:6379",
    )
    return pick(["k8s/scalelite/deployment.yaml", "deploy/scalelite.yaml"]), txt


@tpl("galene", "group-password", "pw", "json", "GALENE_PASSWORD")
def p_galene_users(v):
    d = {"description": room().replace("-", " ").title(),
         "public": pick([True, False]),
         "allow-recording": True,
         "users": {pick(["admin", "teacher", "host"]): {"password": "@@V@@", "permissions": "op"}},
         "wildcard-user": {"password": {"type": "wildcard"}, "permissions": "present"}}
    txt = json.dumps(d, indent=4).replace('"@@V@@"', v.q()) + "\n"
    return "groups/%s.json" % room(), txt


@tpl("galene", "group-password", "pw", "json", "GALENE_PASSWORD")
def p_galene_old(v):
    d = {"op": [{"username": pick(["admin", "jch", "moderator"]), "password": "@@V@@"}],
         "presenter": [{}], "max-clients": pick([20, 50, 100]), "allow-anonymous": False}
    txt = json.dumps(d, indent=2).replace('"@@V@@"', v.q()) + "\n"
    return "data/groups/%s.json" % room(), txt


@tpl("galene", "jwt-signing-key", "jwk", "json", "GALENE_AUTH_KEY")
def p_galene_jwk(v):
    d = {"authServer": "https://auth.%s/galene-auth" % host(),
         "authKeys": [{"kty": "oct", "alg": "HS256", "kid": "k%d" % R.randint(1, 9), "k": "@@V@@"}],
         "users": {}}
    txt = json.dumps(d, indent=4).replace('"@@V@@"', v.q()) + "\n"
    return "groups/%s.json" % pick(["classes", "org", "lab"]), txt


@tpl("galene", "admin-password", "pw", "json", "GALENE_ADMIN_PASSWORD")
def p_galene_config(v):
    d = {"canonicalHost": "galene.%s" % host(),
         "users": {"root": {"password": "@@V@@", "permissions": "admin"}},
         "writableGroups": True}
    txt = json.dumps(d, indent=4).replace('"@@V@@"', v.q()) + "\n"
    return pick(["data/config.json", "galene/data/config.json"]), txt


@tpl("matrix", "turn-shared-secret", "turnsecret", "yaml", "TURN_SHARED_SECRET")
def p_synapse(v):
    h = host()
    txt = lines(
        "server_name: \"%s\"" % h,
        "pid_file: /data/homeserver.pid",
        "listeners:",
        "  - port: 8008",
        "    type: http",
        "    x_forwarded: true",
        "    resources:",
        "      - names: [client, federation]",
        "turn_uris:",
        "  - \"turn:turn.%s?transport=udp\"" % h,
        "  - \"turn:turn.%s?transport=tcp\"" % h,
        "turn_shared_secret: \"%s\"" % v,
        "turn_user_lifetime: 86400000",
        "turn_allow_guests: true",
    )
    return pick(["synapse/homeserver.yaml", "matrix/homeserver.yaml"]), txt


@tpl("matrix", "turn-shared-secret", "turnsecret", "yaml", "TURN_SECRET")
def p_matrix_ansible(v):
    txt = lines(
        "---",
        "matrix_domain: %s" % host(),
        "matrix_homeserver_implementation: synapse",
        "matrix_coturn_enabled: true",
        "matrix_coturn_authentication_method: auth-secret",
        "matrix_coturn_turn_static_auth_secret: '%s'" % v,
        "matrix_coturn_turn_external_ip_address: '%s'" % ip(),
        "matrix_synapse_admin_enabled: false",
    )
    return "inventory/host_vars/matrix.%s/vars.yml" % host(), txt


@tpl("matrix", "turn-shared-secret", "turnsecret", "toml", "TURN_SECRET")
def p_conduit(v):
    txt = lines(
        "[global]",
        "server_name = \"%s\"" % host(),
        "database_backend = \"rocksdb\"",
        "database_path = \"/var/lib/matrix-conduit/\"",
        "port = 6167",
        "max_request_size = 20_000_000",
        "allow_registration = false",
        "turn_uris = [\"turn:turn.%s?transport=udp\", \"turn:turn.%s?transport=tcp\"]" % (host(), host()),
        "turn_secret = \"%s\"" % v,
        "turn_ttl = 86400",
    )
    return pick(["conduit.toml", "etc/matrix-conduit/conduit.toml"]), txt


@tpl("antmedia", "jwt-signing-key", "jwt", "properties", "AMS_JWT_SECRET")
def p_antmedia_props(v):
    txt = lines(
        "settings.webRTCEnabled=true",
        "settings.webRTCPortRangeMin=50000",
        "settings.webRTCPortRangeMax=60000",
        "settings.stunServerURI=stun:stun1.l.google.com:19302",
        "settings.playJwtControlEnabled=true",
        "settings.jwtStreamSecretKey=%s" % v,
        "settings.hlsMuxingEnabled=true",
        "settings.deleteHLSFilesOnEnded=true",
    )
    return pick(["webapps/LiveApp/WEB-INF/red5-web.properties", "ams/red5-web.properties"]), txt


@tpl("antmedia", "turn-longterm-credential", "pw", "properties", "AMS_TURN_PASSWORD")
def p_antmedia_turn(v):
    txt = lines(
        "settings.stunServerURI=turn:turn.%s:3478" % host(),
        "settings.turnServerUsername=antmedia",
        "settings.turnServerCredential=%s" % v,
        "settings.webRTCFrameRate=30",
        "settings.encoderSettingsString=[{\"videoBitrate\":800000,\"forceEncode\":true,\"audioBitrate\":64000,\"height\":480}]",
    )
    return "webapps/WebRTCAppEE/WEB-INF/red5-web.properties", txt


@tpl("pion", "turn-longterm-credential", "pw", "go", "TURN_PASSWORD")
def p_pion_turn(v):
    realm = host()
    txt = lines(
        "package main",
        "",
        "import (",
        "\t\"log\"",
        "\t\"net\"",
        "",
        "\t\"github.com/pion/turn/v3\"",
        ")",
        "",
        "func main() {",
        "\tconn, err := net.ListenPacket(\"udp4\", \"0.0.0.0:3478\")",
        "\tif err != nil {",
        "\t\tlog.Fatal(err)",
        "\t}",
        "\tkey := turn.GenerateAuthKey(\"sfu\", \"%s\", %s)" % (realm, v.q()),
        "\t_, err = turn.NewServer(turn.ServerConfig{",
        "\t\tRealm: \"%s\"," % realm,
        "\t\tAuthHandler: func(u, r string, src net.Addr) ([]byte, bool) {",
        "\t\t\treturn key, u == \"sfu\"",
        "\t\t},",
        "\t\tPacketConnConfigs: []turn.PacketConnConfig{{PacketConn: conn,",
        "\t\t\tRelayAddressGenerator: &turn.RelayAddressGeneratorStatic{RelayAddress: net.ParseIP(\"%s\"), Address: \"0.0.0.0\"}}}," % ip(),
        "\t})",
        "\tif err != nil {",
        "\t\tlog.Fatal(err)",
        "\t}",
        "\tselect {}",
        "}",
    )
    return pick(["cmd/turnd/main.go", "turn/main.go"]), txt


@tpl("pion", "turn-longterm-credential", "pw", "dockerfile", "TURN_PASSWORD", embed=True)
def p_pion_dockerfile(v):
    txt = lines(
        "FROM golang:1.22 AS build",
        "WORKDIR /src",
        "COPY . .",
        "RUN CGO_ENABLED=0 go build -o /turn ./examples/turn-server/simple",
        "",
        "FROM gcr.io/distroless/static",
        "COPY --from=build /turn /turn",
        "EXPOSE 3478/udp",
        "ENTRYPOINT [\"/turn\", \"-public-ip\", \"%s\", \"-users\", \"edge=%s\", \"-realm\", \"%s\"]" % (ip(), v, host()),
    )
    return pick(["Dockerfile", "turn/Dockerfile"]), txt


@tpl("pion", "turn-longterm-credential", "pw", "go", "TURN_CREDENTIAL")
def p_pion_iceserver(v):
    txt = lines(
        "package sfu",
        "",
        "import \"github.com/pion/webrtc/v4\"",
        "",
        "var peerConfig = webrtc.Configuration{",
        "\tICEServers: []webrtc.ICEServer{",
        "\t\t{URLs: []string{\"stun:stun.%s:3478\"}}," % host(),
        "\t\t{",
        "\t\t\tURLs:       []string{\"turn:turn.%s:3478?transport=udp\"}," % host(),
        "\t\t\tUsername:   \"sfu-egress\",",
        "\t\t\tCredential: %s," % v.q(),
        "\t\t},",
        "\t},",
        "}",
    )
    return pick(["internal/sfu/config.go", "pkg/sfu/ice.go"]), txt


@tpl("eturnal", "turn-shared-secret", "turnsecret", "yaml", "ETURNAL_SECRET")
def p_eturnal(v):
    txt = lines(
        "eturnal:",
        "  secret: \"%s\"" % v,
        "  relay_ipv4_addr: \"%s\"" % ip(),
        "  relay_min_port: 49152",
        "  relay_max_port: 65535",
        "  listen:",
        "    - ip: \"::\"",
        "      port: 3478",
        "      transport: udp",
        "    - ip: \"::\"",
        "      port: 3478",
        "      transport: tcp",
        "  log_level: info",
    )
    return pick(["eturnal.yml", "etc/eturnal.yml"]), txt


@tpl("stunner", "turn-longterm-credential", "pw", "yaml", "STUNNER_PASSWORD")
def p_stunner(v):
    txt = lines(
        "apiVersion: stunner.l7mp.io/v1",
        "kind: GatewayConfig",
        "metadata:",
        "  name: stunner-gatewayconfig",
        "  namespace: stunner",
        "spec:",
        "  realm: stunner.l7mp.io",
        "  authType: static",
        "  userName: \"%s\"" % pick(["user-1", "media", "webrtc"]),
        "  password: \"%s\"" % v,
    )
    return pick(["deploy/stunner/gatewayconfig.yaml", "k8s/stunner.yaml"]), txt


@tpl("coturn", "turn-shared-secret", "turnsecret", "tf", "TURN_SECRET")
def p_tf_secret(v):
    txt = lines(
        "resource \"kubernetes_secret\" \"turn\" {",
        "  metadata {",
        "    name      = \"turn-shared-secret\"",
        "    namespace = kubernetes_namespace.rtc.metadata[0].name",
        "  }",
        "",
        "  data = {",
        "    realm  = \"%s\"" % host(),
        "    secret = \"%s\"" % v,
        "  }",
        "}",
    )
    return pick(["infra/terraform/turn.tf", "terraform/modules/rtc/secrets.tf"]), txt


@tpl("ice-config", "turn-longterm-credential", "pw", "py", "TURN_CREDENTIAL")
def p_django_ice(v):
    txt = lines(
        "from .base import *  # noqa",
        "",
        "DEBUG = False",
        "ALLOWED_HOSTS = [\"app.%s\"]" % host(),
        "",
        "WEBRTC_ICE_SERVERS = [",
        "    {\"urls\": [\"stun:stun.%s:3478\"]}," % host(),
        "    {",
        "        \"urls\": [\"turn:turn.%s:3478\"]," % host(),
        "        \"username\": \"%s\"," % pick(["teleconsult", "webapp", "relay"]),
        "        \"credential\": %s," % v.q(),
        "    },",
        "]",
    )
    return pick(["config/settings/production.py", "project/settings_prod.py"]), txt


@tpl("janus", "dtls-private-key", "eckey", "pem", "DTLS_KEY")
def p_pem_key(v):
    body = v.lines if hasattr(v, "lines") else [str(v)]
    txt = lines("-----BEGIN EC PRIVATE KEY-----", *(body + ["-----END EC PRIVATE KEY-----"]))
    return pick(["janus/certs/janus.key", "certs/dtls-key.pem", "coturn/turn_server_pkey.pem"]), txt


@tpl("livekit", "livekit-api-secret", "lk", "env", "LIVEKIT_API_SECRET")
def p_env_livekit(v):
    txt = lines(
        "LIVEKIT_URL=wss://%s.livekit.cloud" % org(),
        "LIVEKIT_API_KEY=%s" % lk_key(),
        "LIVEKIT_API_SECRET=%s" % v,
        "NEXT_PUBLIC_SHOW_SETTINGS_MENU=true",
    )
    return pick([".env.local", ".env.production"]), txt


# ---------------------------------------------------------------------------
# Look-alike negatives (no credential at all)
# ---------------------------------------------------------------------------
def _sdp(ufrag, pwd, fp):
    ssrc = R.randint(10 ** 8, 4 * 10 ** 9)
    cname = rs(ALNUM, 16)
    return [
        "v=0",
        "o=- %d 2 IN IP4 127.0.0.1" % R.randint(10 ** 17, 10 ** 18),
        "s=-",
        "t=0 0",
        "a=group:BUNDLE 0 1",
        "a=msid-semantic: WMS",
        "m=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8",
        "c=IN IP4 0.0.0.0",
        "a=rtcp:9 IN IP4 0.0.0.0",
        "a=ice-ufrag:%s" % ufrag,
        "a=ice-pwd:%s" % pwd,
        "a=ice-options:trickle",
        "a=fingerprint:sha-256 %s" % fp,
        "a=setup:actpass",
        "a=mid:0",
        "a=sendrecv",
        "a=rtcp-mux",
        "a=rtpmap:111 opus/48000/2",
        "a=fmtp:111 minptime=10;useinbandfec=1",
        "a=ssrc:%d cname:%s" % (ssrc, cname),
        "m=video 9 UDP/TLS/RTP/SAVPF 96 97",
        "c=IN IP4 0.0.0.0",
        "a=mid:1",
        "a=rtpmap:96 VP8/90000",
        "a=rtpmap:97 rtx/90000",
        "a=fmtp:97 apt=96",
    ]


@look("webrtc", "sdp-offer")
def n_sdp_file():
    return pick(["test/fixtures/offer.sdp", "testdata/chrome-offer.sdp"]), \
        lines(*_sdp(rs(ALNUM, 4), rs(ALNUM + "+/", 24), fingerprint()))


@look("webrtc", "sdp-in-test")
def n_sdp_js():
    body = _sdp(rs(ALNUM, 8), rs(ALNUM, 24), fingerprint())
    out = ["import { parseSdp } from '../src/sdp';", "",
           "const OFFER = [" ] + ["  '%s'," % l for l in body] + [
           "].join('\\r\\n') + '\\r\\n';", "",
           "test('extracts fingerprint', () => {",
           "  expect(parseSdp(OFFER).fingerprint.algorithm).toBe('sha-256');",
           "});"]
    return pick(["test/sdp.test.js", "src/__tests__/sdp.spec.ts"]), lines(*out)


@look("webrtc", "stun-only-config")
def n_stun_js():
    return pick(["src/rtc/config.js", "public/js/ice.js"]), lines(
        "// Public STUN only; TURN is added at runtime by /api/ice",
        "export const defaultIce = {",
        "  iceServers: [",
        "    { urls: 'stun:stun.l.google.com:19302' },",
        "    { urls: 'stun:stun1.l.google.com:19302' },",
        "    { urls: 'stun:stun.cloudflare.com:3478' },",
        "  ],",
        "  iceCandidatePoolSize: %d," % pick([0, 2, 4]),
        "};",
    )


@look("webrtc", "stun-only-config")
def n_stun_json():
    d = {"iceServers": [{"urls": "stun:stun.l.google.com:19302"},
                        {"urls": ["stun:stun.%s:3478" % host()]}],
         "iceTransportPolicy": "all", "bundlePolicy": "max-bundle",
         "rtcpMuxPolicy": "require"}
    return pick(["config/ice.json", "assets/ice-default.json"]), json.dumps(d, indent=2) + "\n"


@look("turn-rest", "ephemeral-credentials-fetched")
def n_ts_fetch_turn():
    return pick(["src/rtc/ice.ts", "web/src/hooks/useIce.ts"]), lines(
        "import { api } from '../api';",
        "",
        "export async function iceConfig(userId: string): Promise<RTCConfiguration> {",
        "  const expiry = Math.floor(Date.now() / 1000) + 3600;",
        "  const { credential } = await api.get(`/turn/credentials?user=${userId}`);",
        "  return {",
        "    iceServers: [{",
        "      urls: 'turn:turn.%s:3478'," % host(),
        "      username: `${expiry}:${userId}`,",
        "      credential,",
        "    }],",
        "  };",
        "}",
    )


@look("coturn", "turn-log")
def n_turn_log():
    out = []
    ts = R.randint(1690000000, 1760000000)
    for i in range(R.randint(8, 14)):
        sid = R.randint(10 ** 14, 10 ** 15)
        user = "%d:%s" % (ts + 86400, pick(["alice", "bob", "u%d" % R.randint(100, 999)]))
        out.append("%d: (%d): INFO: session %015d: realm <%s> user <%s>: incoming packet ALLOCATE processed, success" % (
            R.randint(100, 99999), R.randint(1000, 9999), sid, host(), user))
        out.append("%d: (%d): INFO: session %015d: new, realm=<%s>, username=<%s>, lifetime=600" % (
            R.randint(100, 99999), R.randint(1000, 9999), sid, host(), user))
    return pick(["logs/turn.log", "var/log/turnserver/turn_%d.log" % R.randint(1000, 9999)]), lines(*out)


@look("coturn", "turn-config-no-secret")
def n_turnconf_noauth():
    realm = host()
    return pick(["etc/turnserver.conf", "turn/turnserver.conf"]), _turnconf_head(realm) + lines(
        "# STUN only on this node; relay traffic is handled by turn-%02d" % R.randint(1, 9),
        "stun-only",
        "no-cli",
        "no-tls",
        "no-dtls",
        "log-file=stdout",
        "prometheus",
    )


@look("livekit", "webhook-payload")
def n_livekit_webhook():
    d = {"event": pick(["participant_joined", "track_published", "room_finished"]),
         "room": {"sid": "RM_" + rs(ALNUM, 12), "name": room(), "emptyTimeout": 300,
                  "creationTime": str(R.randint(1690000000, 1760000000))},
         "participant": {"sid": "PA_" + rs(ALNUM, 12), "identity": "user-%d" % R.randint(1, 9999),
                         "state": "ACTIVE"},
         "track": {"sid": "TR_" + rs(ALNUM, 14), "type": "VIDEO", "source": "CAMERA"},
         "id": "EV_" + rs(ALNUM, 12), "createdAt": str(R.randint(1690000000, 1760000000))}
    return pick(["test/fixtures/livekit-webhook.json", "docs/examples/webhook.json"]), json.dumps(d, indent=2) + "\n"


@look("livekit", "jwt-claims-decoded")
def n_livekit_claims():
    d = {"exp": R.randint(1700000000, 1760000000), "iss": lk_key(), "nbf": R.randint(1690000000, 1700000000),
         "sub": "user-%d" % R.randint(1, 999), "name": pick(["Alice", "Bob", "Chen"]),
         "video": {"room": room(), "roomJoin": True, "canPublish": True, "canSubscribe": True}}
    return "docs/token-claims.md", lines(
        "# Access token claims",
        "",
        "A decoded join token (header and signature omitted) looks like this.",
        "`iss` is the API key id; it is not secret.",
        "",
        "```json",
        json.dumps(d, indent=2),
        "```",
    )


@look("livekit", "api-key-id-only")
def n_livekit_keyid():
    return pick(["config/livekit-client.yaml", "deploy/livekit/client.yaml"]), lines(
        "# The secret half is injected by the platform at runtime.",
        "livekit:",
        "  url: wss://%s.livekit.cloud" % org(),
        "  api_key_id: %s" % lk_key(),
        "  default_room: %s" % room(),
        "  auto_subscribe: true",
    )


@look("twilio", "nts-response-redacted")
def n_twilio_resp():
    sid = tw_sid("AC")
    d = {"account_sid": sid, "date_created": "Tue, 0%d Apr 2024 10:%02d:00 +0000" % (R.randint(1, 9), R.randint(0, 59)),
         "ttl": "86400", "username": hexs(64), "password": "[REDACTED]",
         "ice_servers": [{"url": "stun:global.stun.twilio.com:3478", "urls": "stun:global.stun.twilio.com:3478"},
                         {"url": "turn:global.turn.twilio.com:3478?transport=udp",
                          "username": "<same as above>", "credential": "[REDACTED]",
                          "urls": "turn:global.turn.twilio.com:3478?transport=udp"}]}
    return "test/fixtures/twilio-token.json", json.dumps(d, indent=2) + "\n"


@look("twilio", "sid-log")
def n_twilio_log():
    out = []
    for _ in range(R.randint(6, 12)):
        out.append("%s level=info msg=\"room event\" account=%s room=%s participant=%s status=%s" % (
            "2024-0%d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 9), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
            tw_sid("AC"), tw_sid("RM"), tw_sid("PA"), pick(["connected", "disconnected", "in-progress"])))
    return pick(["logs/video-rooms.log", "var/log/app/twilio.log"]), lines(*out)


@look("janus", "dtls-fingerprint-log")
def n_janus_log():
    out = ["[%d] Creating new handle in session %d: %d; %s" % (
        R.randint(10 ** 15, 10 ** 16), R.randint(10 ** 15, 10 ** 16), R.randint(10 ** 15, 10 ** 16),
        "0x7f%s" % hexs(10)),
        "Fingerprint of our certificate: %s" % fingerprint(),
        "[%d] Remote fingerprint (sha-256) of the client is %s" % (R.randint(10 ** 15, 10 ** 16), fingerprint()),
        "[%d] ICE ufrag/pwd for stream 1: %s/%s (session-scoped)" % (R.randint(10 ** 15, 10 ** 16), rs(ALNUM, 4), rs(ALNUM, 22)),
        "[%d] The DTLS handshake has been completed" % R.randint(10 ** 15, 10 ** 16),
        "[janus.plugin.videoroom-%d] WebRTC media is now available" % R.randint(10 ** 15, 10 ** 16)]
    return pick(["logs/janus.log", "debug/janus-session.log"]), lines(*out)


@look("janus", "admin-api-response")
def n_janus_admin_resp():
    d = {"janus": "success", "session_id": R.randint(10 ** 15, 10 ** 16), "transaction": rs(ALNUM, 12),
         "handle_id": R.randint(10 ** 15, 10 ** 16),
         "info": {"plugin": "janus.plugin.videoroom",
                  "webrtc": {"ice": {"local-ufrag": rs(ALNUM, 4), "remote-ufrag": rs(ALNUM, 4),
                                     "ice-state": "connected"},
                             "dtls": {"fingerprint": fingerprint(), "remote-fingerprint": fingerprint(),
                                      "remote-fingerprint-hash": "sha-256", "dtls-role": "active",
                                      "dtls-state": "connected"}}}}
    return "docs/admin-api/handle_info.json", json.dumps(d, indent=2) + "\n"


@look("x509", "certificate")
def n_cert():
    return pick(["certs/turn.example.org.crt", "janus/certs/janus.pem", "deploy/tls/fullchain.pem"]), lines(
        "-----BEGIN CERTIFICATE-----", *(cert_pem_lines() + ["-----END CERTIFICATE-----"]))


@look("jitsi", "public-key")
def n_pubkey():
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") + rbytes(64)
    body = base64.b64encode(der).decode()
    return "asap/%s.pem" % hashlib.sha256(rbytes(16)).hexdigest(), lines(
        "-----BEGIN PUBLIC KEY-----", body[:64], body[64:], "-----END PUBLIC KEY-----")


@look("docker", "image-digests")
def n_compose_digests():
    return pick(["docker-compose.jitsi.yml", "deploy/compose.yml"]), lines(
        "services:",
        "  web:",
        "    image: jitsi/web@sha256:%s" % hexs(64),
        "    ports: [\"443:443\"]",
        "  prosody:",
        "    image: jitsi/prosody@sha256:%s" % hexs(64),
        "    expose: [\"5222\", \"5280\"]",
        "  jvb:",
        "    image: jitsi/jvb@sha256:%s" % hexs(64),
        "    ports: [\"10000:10000/udp\"]",
    )


@look("npm", "lockfile-integrity")
def n_lockfile():
    pk = {}
    for name, ver in [("livekit-client", "2.%d.%d" % (R.randint(0, 9), R.randint(0, 9))),
                      ("mediasoup-client", "3.7.%d" % R.randint(0, 20)),
                      ("janus-gateway", "1.2.%d" % R.randint(0, 4)),
                      ("webrtc-adapter", "9.0.%d" % R.randint(0, 3))]:
        pk["node_modules/" + name] = {
            "version": ver,
            "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, ver),
            "integrity": "sha512-" + b64(64)}
    d = {"name": "%s-video" % org(), "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@look("go", "go-sum")
def n_gosum():
    out = []
    for m, ver in [("github.com/pion/dtls/v2", "v2.2.%d" % R.randint(1, 12)),
                   ("github.com/pion/ice/v2", "v2.3.%d" % R.randint(1, 30)),
                   ("github.com/pion/turn/v3", "v3.0.%d" % R.randint(1, 3)),
                   ("github.com/pion/webrtc/v4", "v4.0.%d" % R.randint(1, 9))]:
        out.append("%s %s h1:%s" % (m, ver, b64(32)))
        out.append("%s %s/go.mod h1:%s" % (m, ver, b64(32)))
    return "go.sum", lines(*out)


@look("galene", "group-no-password")
def n_galene_public():
    d = {"description": "Public lobby", "public": True, "allow-recording": False,
         "wildcard-user": {"password": {"type": "wildcard"}, "permissions": "present"},
         "codecs": ["vp8", "opus"], "max-clients": pick([30, 60])}
    return "groups/%s.json" % pick(["lobby", "public", "open-hour"]), json.dumps(d, indent=4) + "\n"


@look("bigbluebutton", "api-checksum")
def n_bbb_checksum():
    h = host()
    out = ["# BBB API calls captured from the LMS plugin (secret not included)", ""]
    for _ in range(R.randint(4, 8)):
        mid = uuid4()
        out.append("GET https://bbb.%s/bigbluebutton/api/getMeetingInfo?meetingID=%s&checksum=%s" % (h, mid, hexs(40)))
    return pick(["logs/bbb-api-requests.log", "docs/bbb-calls.txt"]), lines(*out)


@look("bigbluebutton", "meeting-ids-xml")
def n_bbb_xml():
    mid = uuid4()
    return "test/fixtures/getMeetingInfo.xml", lines(
        "<response>",
        "  <returncode>SUCCESS</returncode>",
        "  <meetingName>%s</meetingName>" % room(),
        "  <meetingID>%s</meetingID>" % mid,
        "  <internalMeetingID>%s-%d</internalMeetingID>" % (hexs(40), R.randint(10 ** 12, 10 ** 13)),
        "  <createTime>%d</createTime>" % R.randint(10 ** 12, 2 * 10 ** 12),
        "  <voiceBridge>%d</voiceBridge>" % R.randint(70000, 79999),
        "  <running>true</running>",
        "  <participantCount>%d</participantCount>" % R.randint(1, 80),
        "</response>",
    )


@look("jitsi", "room-urls")
def n_jitsi_rooms():
    out = ["# Recurring meetings", "", "| Team | Link |", "|---|---|"]
    for t in ["Platform", "Mobile", "Support", "Sales"]:
        out.append("| %s | https://meet.%s/%s%s |" % (t, host(), t, "".join(w.capitalize() for w in R.sample(WORDS, 3))))
    return "docs/meetings.md", lines(*out)


@look("kubernetes", "secret-key-ref")
def n_k8s_secretref():
    return pick(["k8s/coturn/deployment.yaml", "manifests/livekit.yaml"]), lines(
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        "  name: coturn",
        "spec:",
        "  template:",
        "    spec:",
        "      containers:",
        "        - name: coturn",
        "          image: coturn/coturn:4.6.2",
        "          args: [\"--use-auth-secret\", \"--static-auth-secret=$(TURN_SECRET)\", \"--realm=%s\"]" % host(),
        "          env:",
        "            - name: TURN_SECRET",
        "              valueFrom:",
        "                secretKeyRef:",
        "                  name: coturn-auth",
        "                  key: static-auth-secret",
    )


@look("github-actions", "secrets-context")
def n_gha():
    return ".github/workflows/deploy-livekit.yml", lines(
        "name: deploy-livekit",
        "on:",
        "  push:",
        "    branches: [main]",
        "jobs:",
        "  deploy:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: actions/checkout@%s" % hexs(40),
        "      - name: Render config",
        "        env:",
        "          LIVEKIT_API_KEY: ${{ vars.LIVEKIT_API_KEY }}",
        "          LIVEKIT_API_SECRET: ${{ secrets.LIVEKIT_API_SECRET }}",
        "        run: envsubst < livekit.yaml.tmpl > livekit.yaml",
    )


@look("terraform", "sensitive-variable")
def n_tf_var():
    return "infra/terraform/variables.tf", lines(
        "variable \"turn_shared_secret\" {",
        "  description = \"coturn static-auth-secret (set via TF_VAR_turn_shared_secret)\"",
        "  type        = string",
        "  sensitive   = true",
        "}",
        "",
        "variable \"turn_realm\" {",
        "  type    = string",
        "  default = \"%s\"" % host(),
        "}",
    )


@look("coturn", "allocation-csv")
def n_alloc_csv():
    out = ["session_id,realm,username,peer,bytes_sent,bytes_received,duration_s"]
    for _ in range(R.randint(8, 20)):
        out.append("%015d,%s,%d:%s,%s:%d,%d,%d,%d" % (
            R.randint(10 ** 14, 10 ** 15), host(), R.randint(1690000000, 1760000000),
            pick(["alice", "bob", "carol", "u%d" % R.randint(1, 999)]), ip(), R.randint(49152, 65535),
            R.randint(10 ** 4, 10 ** 8), R.randint(10 ** 4, 10 ** 8), R.randint(5, 7200)))
    return pick(["reports/turn-allocations.csv", "data/turn_usage.csv"]), lines(*out)


@look("livekit", "prometheus-metrics")
def n_metrics():
    nid = "ND_" + rs(ALNUM, 12)
    out = ["# HELP livekit_room_total number of rooms", "# TYPE livekit_room_total gauge",
           "livekit_room_total{node_id=\"%s\",node_type=\"SERVER\"} %d" % (nid, R.randint(0, 80)),
           "# HELP livekit_participant_total number of participants",
           "livekit_participant_total{node_id=\"%s\"} %d" % (nid, R.randint(0, 900)),
           "turn_total_allocations{realm=\"%s\"} %d" % (host(), R.randint(0, 400))]
    return "test/fixtures/metrics.prom", lines(*out)


@look("coturn", "howto-doc")
def n_howto():
    return pick(["docs/turn-setup.md", "ops/README.md"]), lines(
        "## Rotating the TURN shared secret",
        "",
        "1. Generate a new value: `openssl rand -hex 32`",
        "2. Store it in Vault at `secret/rtc/coturn` (key `static-auth-secret`).",
        "3. Run `make turn-rollout`; coturn and the API pick it up on restart.",
        "",
        "The realm is `%s`; the listening ports are 3478 (UDP/TCP) and 5349 (TLS)." % host(),
    )


@look("stun", "rfc5769-test-vectors")
def n_rfc5769():
    return pick(["tests/test_stun_vectors.py", "stun/tests/test_rfc5769.py"]), lines(
        "\"\"\"RFC 5769 sample STUN messages (published test vectors).\"\"\"",
        "from stun.message import parse",
        "",
        "RFC5769_PASSWORD = \"VOkJxbRl1RmTxUk/WvJxBt\"",
        "LONG_TERM_USERNAME = \"\\u30de\\u30c8\\u30ea\\u30c3\\u30af\\u30b9\"",
        "LONG_TERM_PASSWORD = \"TheMatrIX\"",
        "REALM = \"example.org\"",
        "",
        "",
        "def test_sample_request_integrity():",
        "    msg = parse(bytes.fromhex(\"000100582112a442b7e7a701bc34d686fa87dfae\"))",
        "    assert msg.check_integrity(RFC5769_PASSWORD)",
    )


@look("webrtc", "getstats-dump")
def n_getstats():
    cid = "CF" + fingerprint()
    d = {"T01": {"type": "transport", "dtlsState": "connected", "localCertificateId": cid,
                 "remoteCertificateId": "CF" + fingerprint(), "selectedCandidatePairId": "CP" + rs(ALNUM, 8) + "_" + rs(ALNUM, 8)},
         cid: {"type": "certificate", "fingerprint": cid[2:], "fingerprintAlgorithm": "sha-256",
               "base64Certificate": "".join(cert_pem_lines(300))},
         "OT01V%d" % R.randint(10 ** 8, 4 * 10 ** 9): {"type": "outbound-rtp", "kind": "video",
                                                       "bytesSent": R.randint(10 ** 5, 10 ** 8), "framesEncoded": R.randint(100, 90000)}}
    return pick(["debug/webrtc-internals.json", "test/fixtures/getstats.json"]), json.dumps(d, indent=2) + "\n"


@look("mediasoup", "rtp-capabilities")
def n_mediasoup():
    d = {"routerRtpCapabilities": {"codecs": [
        {"kind": "audio", "mimeType": "audio/opus", "clockRate": 48000, "channels": 2, "preferredPayloadType": 100},
        {"kind": "video", "mimeType": "video/VP8", "clockRate": 90000, "preferredPayloadType": 101}]},
        "transportId": uuid4(),
        "iceParameters": {"usernameFragment": rs(LOWER_ALNUM, 16), "password": rs(LOWER_ALNUM, 32), "iceLite": True},
        "dtlsParameters": {"role": "auto", "fingerprints": [{"algorithm": "sha-256", "value": fingerprint()}]}}
    return pick(["test/fixtures/transport.json", "docs/examples/createWebRtcTransport.json"]), json.dumps(d, indent=2) + "\n"


@look("xmpp", "stanza-log")
def n_xmpp():
    dom = "meet." + pick(["example.org", "example.com", "example.net", "example.edu"])
    out = []
    for _ in range(R.randint(4, 8)):
        out.append("<presence to='%s@conference.%s/%s' id='%s'><x xmlns='http://jabber.org/protocol/muc'/>"
                   "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='https://jitsi.org/jitsi-meet' ver='%s'/></presence>" % (
                       room(), dom, hexs(8), rs(ALNUM, 10), b64(20)))
    return pick(["logs/prosody-stanzas.log", "debug/xmpp.xml.log"]), lines(*out)


@look("cloudflare", "public-ids")
def n_cf_ids():
    return pick(["wrangler.toml", "workers/calls/wrangler.toml"]), lines(
        "name = \"%s-calls\"" % org(),
        "main = \"src/worker.ts\"",
        "compatibility_date = \"2024-06-01\"",
        "",
        "[vars]",
        "CALLS_APP_ID = \"%s\"" % hexs(32),
        "TURN_KEY_ID = \"%s\"" % hexs(32),
        "# CALLS_APP_SECRET and TURN_KEY_API_TOKEN: `wrangler secret put ...`",
    )


@look("metered", "frontend-api-key")
def n_metered_front():
    return pick(["src/ice/metered.js", "public/js/turn.js"]), lines(
        "// credential-scoped apiKey: documented by Metered as safe for front-end use",
        "const response = await fetch(",
        "  'https://%s.metered.live/api/v1/turn/credentials?apiKey=%s'" % (org(), hexs(36)),
        ");",
        "const iceServers = await response.json();",
        "export const pc = new RTCPeerConnection({ iceServers });",
    )


@look("release", "sha256sums")
def n_sha256sums():
    out = []
    for f in ["coturn-4.6.%d.tar.gz" % R.randint(0, 3), "janus-gateway-1.2.%d.tar.gz" % R.randint(0, 4),
              "livekit_1.%d.%d_linux_amd64.tar.gz" % (R.randint(5, 9), R.randint(0, 9))]:
        out.append("%s  %s" % (hexs(64), f))
    return pick(["SHA256SUMS", "vendor/checksums.txt"]), lines(*out)


@look("jitsi", "env-example-empty")
def n_jitsi_env_example():
    return pick(["env.example", ".env.example"]), lines(
        "# Security",
        "#",
        "# Set these to strong passwords to avoid intruders from impersonating a service account",
        "# The service(s) won't start unless these are specified",
        "# Running ./gen-passwords.sh will update .env with strong passwords",
        "JICOFO_AUTH_PASSWORD=",
        "JVB_AUTH_PASSWORD=",
        "JIGASI_XMPP_PASSWORD=",
        "JIBRI_RECORDER_PASSWORD=",
        "PUBLIC_URL=https://meet.%s" % host(),
    )


@look("webrtc", "room-uuids")
def n_room_uuids():
    out = ["rooms:"]
    for _ in range(R.randint(4, 8)):
        out.append("  - id: %s" % uuid4())
        out.append("    name: %s" % room())
        out.append("    max_participants: %d" % pick([8, 16, 50]))
    return pick(["config/rooms.yaml", "seed/rooms.yml"]), lines(*out)


@look("webrtc", "ice-candidates-log")
def n_candidates():
    out = []
    for _ in range(R.randint(5, 10)):
        out.append("candidate:%d 1 udp %d %s %d typ %s raddr 0.0.0.0 rport 0 generation 0 ufrag %s network-id %d" % (
            R.randint(10 ** 8, 4 * 10 ** 9), R.randint(10 ** 8, 2 * 10 ** 9), ip(), R.randint(49152, 65535),
            pick(["host", "srflx", "relay"]), rs(ALNUM, 4), R.randint(1, 4)))
    return pick(["logs/ice-candidates.log", "test/fixtures/candidates.txt"]), lines(*out)


@look("pion", "fingerprint-test")
def n_pion_test():
    return pick(["internal/dtls/fingerprint_test.go", "pkg/sfu/cert_test.go"]), lines(
        "package dtls",
        "",
        "import \"testing\"",
        "",
        "func TestFingerprintFormat(t *testing.T) {",
        "\twant := \"%s\"" % fingerprint(),
        "\tgot := Fingerprint(testCert(t))",
        "\tif len(got) != len(want) {",
        "\t\tt.Fatalf(\"unexpected length %d\", len(got))",
        "\t}",
        "}",
    )


# ---------------------------------------------------------------------------
# Negative slot values for re-used positive templates
# ---------------------------------------------------------------------------
EXPR_LANGS = ("py", "js", "ts", "go", "lua")


def neg_value(t):
    env = t["envname"]
    lang = t["lang"]
    cats = ["placeholder"] * 6 + ["ref"] * 6 + ["masked"] * 3 + ["empty"] * 2
    if t["docex"]:
        cats += ["docexample"] * 5
    cat = pick(cats)
    if cat == "placeholder":
        return cat, V(pick(["<your-secret>", "YOUR_API_SECRET_HERE", "changeme", "x" * R.randint(16, 40),
                            "<%s>" % env.lower().replace("_", "-"), "REPLACE_ME", "your-%s-here" % env.lower().replace("_", "-"),
                            "<paste-secret-here>", "CHANGE_ME_BEFORE_DEPLOY", "TODO-set-in-vault",
                            "your_%s" % env.lower(), "<generated by gen-passwords.sh>".replace(" ", "-")]))
    if cat == "masked":
        return cat, V(pick(["********", "[REDACTED]", "****************", "<redacted>", "***hidden***",
                            "REDACTED"]))
    if cat == "empty":
        return cat, V("")
    if cat == "docexample":
        return cat, V(pick(t["docex"]))
    # references
    strs = ["${%s}" % env, "{{ .Values.%s }}" % pick(["turn.secret", "secrets.apiSecret", "auth.password"]),
            "{{ %s }}" % env.lower(), "${{ secrets.%s }}" % env, "vault:secret/data/rtc#%s" % env.lower(),
            "op://Infrastructure/%s/credential" % env.lower().replace("_", "-"), "$(%s)" % env,
            "%%(%s)s" % env.lower()]
    if lang in EXPR_LANGS and not t["embed"] and R.random() < 0.75:
        expr = {
            "py": pick(['os.environ["%s"]' % env, 'os.getenv("%s", "")' % env, "settings.%s" % env]),
            "js": pick(["process.env.%s" % env, "config.get('%s')" % env.lower()]),
            "ts": pick(["process.env.%s!" % env, "process.env.%s ?? ''" % env, "env.%s" % env]),
            "go": pick(['os.Getenv("%s")' % env, 'mustEnv("%s")' % env]),
            "lua": pick(['os.getenv("%s")' % env, 'ENV_%s' % env]),
        }[lang]
        return "ref", V(expr, expr=expr)
    return "ref", V(pick(strs))


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------
def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base == "Dockerfile":
        return "dockerfile"
    if base.startswith(".env") or base == "env.example":
        return "env"
    if base == "SHA256SUMS":
        return "txt"
    if "." not in base:
        return "txt"
    return base.rsplit(".", 1)[-1]


def is_env_path(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base.split(".")[-1] not in (
        "example", "sample", "template", "dist"))


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    global R
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ku.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []

    # positives: every template used, evenly spread
    order = list(range(len(POS)))
    R.shuffle(order)
    n_env = 0
    for i in range(500):
        t = POS[order[i % len(order)]]
        if t["gen"] == "eckey":
            ls = ec_private_pem()
            v = V(ls[0])
            v.lines = ls
        else:
            v = V(gen_secret(t["gen"]))
        path, text = t["fn"](v)
        if is_env_path(path):
            n_env += 1
            if n_env > 25:  # keep .env positives at or below 1 in 20
                path = path.rsplit("/", 1)[0] + "/config.env" if "/" in path else "config.env"
        needle = v.text
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        lineno = None
        for k, ln in enumerate(text.split("\n"), 1):
            if needle in ln:
                lineno = k
                break
        assert needle and lineno is not None, (t["fn"].__name__, needle)
        with open(os.path.join(outdir, rel), encoding="utf-8") as f:
            assert needle in f.read().split("\n")[lineno - 1]
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": lineno})

    # negatives: 250 re-used templates + 250 look-alikes, interleaved
    reusable = [t for t in POS if t["gen"] != "eckey"]
    plan = [("tpl", reusable[k % len(reusable)]) for k in range(250)] + \
           [("look", NEG_LOOK[k % len(NEG_LOOK)]) for k in range(250)]
    R.shuffle(plan)
    for i, (mode, t) in enumerate(plan):
        if mode == "tpl":
            cat, v = neg_value(t)
            path, text = t["fn"](v)
            kind = "%s:%s" % (t["kind"], cat)
        else:
            path, text = t["fn"]()
            kind = t["kind"]
        if is_env_path(path):
            d = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
            path = d + pick([".env.example", ".env.sample", "env.example"])
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": t["provider"], "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
