#!/usr/bin/env python3
"""gen_ix.py - blind evaluation set: embedded Linux builds, firmware images, OTA updates.

EMPHASIS
    Domain: embedded Linux build systems and over-the-air update stacks.
    Providers / ecosystems: Yocto/OpenEmbedded (local.conf, auto.conf, site.conf,
    image recipes, .bbappend, kas YAML), BitBake SRC_URI fetches from private
    GitLab/GitHub/artifact servers, Buildroot (defconfig, users tables,
    post-build scripts), OpenWrt (uci-defaults, files/etc/config, shadow),
    U-Boot (uEnv.txt, FIT .its, verified-boot keys), Mender (mender.conf,
    MENDER_TENANT_TOKEN, MCU Kconfig, personal access tokens, artifact signing
    keys), SWUpdate (AES key files, swupdate.cfg suricatta/hawkBit tokens),
    RAUC (signing keys, PKCS#11 PIN, rauc-hawkbit-updater), balenaCloud
    (config.json deviceApiKey/apiKey, BALENA_API_KEY, SDK login), Memfault
    (organization auth tokens; project keys are public), Golioth (PSK,
    management API key), Raspberry Pi Imager (custom.toml, firstrun.sh),
    Torizon (Cloud API client secret, container registry login), Zephyr and
    ESP-IDF Kconfig fragments (prj.conf, sdkconfig.defaults), Android AOSP
    release signing (ANDROID_PW_FILE, openssl -passin), Nerves/NervesHub
    (shared secret, fwup signing key, VintageNet Wi-Fi), NXP CST (key_pass.txt),
    NetworkManager / connman / wpa_supplicant Wi-Fi PSKs.
    File types: BitBake .conf/.bb/.bbappend/.inc, kas .yml, Kconfig defconfig,
    prj.conf, sdkconfig.defaults, shell (.sh, uci-defaults without extension),
    uEnv.txt, boot.cmd, U-Boot .its, JSON (config.json, mender.conf), TOML
    (custom.toml), INI-style (.nmconnection, .config, .conf), libconfig
    (swupdate.cfg), YAML (GitLab CI, GitHub Actions, docker-compose, kas,
    tcbuild), Makefile/.mk, Dockerfile, Markdown, C headers/sources, Elixir
    (.exs), Python, PEM/.key/.priv files, CSV, SQL, logs, users tables.

USAGE
    python3 -B gen_ix.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive: file, needle, 1-based line). Deterministic per SEED:
    all randomness comes from one random.Random(SEED).

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without surrounding
      quotes, variable name or separator.
    * URLs with credentials (SRC_URI, PREMIRRORS, git insteadOf): the needle is
      only the password/token part between "user:" and "@".
    * HTTP headers / CLI flags (x-api-key, Authorization: Bearer, --token,
      --org-token, -p, -passin pass:): the needle is the token/password only.
    * Key pairs (SWUpdate "KEY IV" key file, openssl -K/-iv): the needle is the
      AES key hex; the IV is not secret. Shared-secret pairs (NervesHub
      product_key/product_secret, Golioth PSK-ID/PSK): the needle is the
      secret half (product_secret, PSK).
    * Multi-line PEM private keys: the needle is the first base64 body line
      (the line right after "-----BEGIN ... PRIVATE KEY-----"); "line" is that
      line's number.
    * C byte arrays: the needle is the whole "0x.., 0x.., ..." initializer,
      which is kept on one line.
    * Files that hold the secret twice (CST key_pass.txt, usermod and a log
      line): "line" is the first occurrence.

NEGATIVES
    Half of the negatives re-use the positive templates with the secret slot
    holding a non-secret: placeholders (<your-password>, YOUR_API_KEY_HERE,
    changeme, xxxx..., REPLACE_ME), empty values, masked values (****,
    [REDACTED]), environment / secret-manager references (${ROOT_PASSWORD},
    $WIFI_PSK, ${{ secrets.X }}, $(vault kv get ...), op://...), BitBake
    ${@...} expressions, documented example values (SWUpdate's documentation
    AES key/IV examples, Golioth's "my-psk", balena's 'asdf', Memfault's
    YOUR_PROJECT_API_KEY, Mender test-suite fake tenant token) and values
    documented as public. The other half are domain look-alikes: crypt
    hashes ($1$/$5$/$6$/$y$, usermod -p with \\$-escaped hashes, Buildroot
    users tables with hashed or locked passwords, OpenWrt files/etc/shadow,
    userconf.txt), public keys and certificates (RAUC ca.cert.pem, SWUpdate
    public.pem, fwup public keys, ssh authorized_keys, imgtool C arrays),
    checksums (SRC_URI[sha256sum], LIC_FILES_CHKSUM, SHA256SUMS, Buildroot
    .hash, opkg Packages), SRCREV / west / kas lock commit hashes, MAC
    addresses, serial numbers, device UUIDs, dm-verity root hash and salt,
    AVB digests, HAB SRK fuse words, FIT image hash nodes, U-Boot
    CONFIG_AUTOBOOT_STOP_STR_SHA256, sw-description ivt, debug-tweaks /
    empty-root-password features, Memfault project keys, Golioth PSK-IDs,
    build logs full of sstate hashes. No negative lives in a .env / .env.*
    file (templates that use .env are renamed .env.example).

FORMATS CHECKED (search of provider docs / public pages and code)
    * Yocto extrausers.bbclass: EXTRA_USERS_PARAMS with useradd/usermod; -P is
      a clear-text password, -p a crypt hash (openembedded-core class text and
      user reports); hashes must have $ escaped as \\$ in BitBake.
    * SWUpdate docs (encrypted_images): AES-256-CBC key = 32 bytes
      (openssl rand -hex 32), IV = 16 bytes; the -K key file holds
      "KEY IV" hex on one line; older docs showed key=/iv= from openssl enc -P.
      The documentation example values are used as negatives only.
    * Mender docs: MCU Kconfig MENDER_SERVER_TENANT_TOKEN ("always treat the
      tenant token as a secret"); Mender server test code shows JWT claims
      "mender.tenant", "sub", "iss" and "mender.plan"/"mender.user"; Personal
      Access Tokens are long-lived JWTs used as Bearer tokens.
    * Memfault docs: Project Keys are "not considered secrets" (-> negatives);
      Organization Auth Tokens are used with Bearer auth / --org-token.
    * balena docs/CLI types: config.json has apiKey, deviceApiKey, uuid,
      mixpanelToken, wifiSsid/wifiKey fields; API key created per user/device.
    * Golioth docs: PSK-ID is "<name>@<project-id>", PSK random from console;
      Kconfig CONFIG_GOLIOTH_SAMPLE_PSK_ID / _PSK; API keys in x-api-key.
    * Raspberry Pi custom.toml (init_config): [user] password +
      password_encrypted, [wlan] ssid/password/password_encrypted.
    * Zephyr: CONFIG_WIFI_CREDENTIALS_STATIC_SSID / _PASSWORD in prj.conf.
    * NervesHubLink: shared_secret [product_key: "nhp_...", product_secret].
    * GitHub tokens: ghp_ + 30 base62 + 6-char base62 CRC32 checksum of the
      30 random characters (GitHub engineering blog, public write-ups).
    * AOSP releasetools: ANDROID_PW_FILE lines "[[[ password ]]] key/path".
    * Buildroot: BR2_TARGET_GENERIC_ROOT_PASSWD clear or crypt; makeusers
      tables mark clear-text passwords with a leading "=".

DOUBTS
    * balena API keys, hawkBit target tokens, Golioth PSKs/API keys, Torizon
      Cloud client secrets and Memfault organization auth tokens: exact
      length/alphabet not confirmed in documentation; generated as 32-48
      random alphanumeric characters without prefix.
    * GitLab tokens use the classic glpat-/gldt- + 20 char shape; newer GitLab
      releases may emit longer tokens. Docker Hub PATs as dckr_pat_ + 27.
    * GitHub checksum base62 alphabet ordering (0-9A-Za-z vs inverted) was
      described differently by different write-ups.
    * fwup private keys generated as base64 of 64 random bytes (seed+pub);
      NervesHub product secret length not documented; nhp_ prefix only seen in
      test configs.
    * Mender tenant-token signature algorithm assumed RS256 (256-byte sig).
    * PEM private keys are structurally DER-shaped but random: not valid keys.
    * `torizoncore-builder`-style registry login replaced by plain
      `docker login -p` (flag format certain, Torizon usage assumed). The
      Torizon Cloud OAuth token endpoint URL in the Python template is assumed.
    * NervesHub product_key ("nhp_...") is treated as an identifier (sent in
      clear in the shared-secret headers), so it also appears in negatives;
      only product_secret is labelled secret.
    * mender-client-qemu TENANT_TOKEN env var and CONFIG_APP_MQTT_* names are
      project-style conventions, not provider-documented names.
"""

import base64
import binascii
import json
import os
import random
import string
import sys

ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEXD = "0123456789abcdef"
B64URL = ALNUM + "-_"
CRYPT64 = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase
LOWER_NUM = string.ascii_lowercase + string.digits


# ---------------------------------------------------------------- basics
def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rhex(r, n):
    return rs(r, HEXD, n)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64(b):
    return base64.b64encode(b).decode()


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def uuid4(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + pick(r, "89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def mac(r, sep=":"):
    b = [r.randrange(256) for _ in range(6)]
    b[0] = (b[0] & 0xFC)
    return sep.join("%02x" % x for x in b)


def serial(r):
    return pick(r, ["SN", "AC", "GW", "EB", ""]) + "%d%02d" % (r.randrange(20, 26), r.randrange(1, 53)) + rs(r, string.digits, 6)


COMPANIES = ["acme", "northwind", "fabrikam", "contoso", "initech", "globex", "hooli",
             "vandelay", "wayland", "tyrell", "nakatomi", "oscorp", "zenith", "aperture"]
PRODUCTS = ["gateway", "edgebox", "kiosk", "sensorhub", "meter", "camera", "router",
            "hmi", "controller", "tracker", "charger", "panel"]
MACHINES = ["raspberrypi4-64", "raspberrypi5", "imx8mm-evk", "imx8mp-lpddr4-evk", "beaglebone-yocto",
            "qemuarm64", "stm32mp157c-dk2", "verdin-imx8mp", "intel-corei7-64", "jetson-orin-nano-devkit",
            "colibri-imx6ull", "rock-pi-4b", "genericx86-64"]
DISTRO_VERS = ["kirkstone", "scarthgap", "styhead", "nanbield", "dunfell"]
BOARDS = ["rpi_4b", "nrf7002dk/nrf5340/cpuapp", "esp32s3_devkitc/esp32s3/procpu", "frdm_rw612",
          "nrf9161dk/nrf9161/ns", "stm32h573i_dk", "esp32c6_devkitc"]
SSIDS = ["ACME-Field", "plant-floor-5G", "Lab_IoT", "wh-north-ap", "factory-test", "DevNet",
         "SiteOps", "Greenhouse-2", "backoffice", "OTA-Staging"]
WORDS = ["harbor", "lantern", "copper", "violet", "tundra", "falcon", "meadow", "quartz", "ember",
         "glacier", "saffron", "orbit", "walnut", "cobalt", "thistle", "canyon", "pepper", "raven",
         "willow", "magnet", "beacon", "juniper", "marble", "sparrow", "nickel", "pylon", "dynamo"]


_CTX = {}   # per-file names so that one file talks about one company/product/board


def _ctx(r, key, pool):
    if key not in _CTX:
        _CTX[key] = pick(r, pool)
    return _CTX[key]


def company(r):
    return _ctx(r, "company", COMPANIES)


def product(r):
    return _ctx(r, "product", PRODUCTS)


def machine(r):
    return _ctx(r, "machine", MACHINES)


def ssid(r):
    return _ctx(r, "ssid", SSIDS)


# ---------------------------------------------------------------- secrets
def gen_pw(r):
    """Human-chosen or generated password, >= 10 chars, shell/conf safe."""
    k = r.randrange(5)
    if k == 0:
        return pick(r, WORDS).capitalize() + pick(r, "!*-_.+") + pick(r, WORDS).capitalize() + str(r.randrange(10, 9999))
    if k == 1:
        return rs(r, ALNUM + "!*-_.+=^~", r.randrange(14, 22))
    if k == 2:
        return "-".join(pick(r, WORDS) for _ in range(3)) + "-" + str(r.randrange(10, 99))
    if k == 3:
        w = pick(r, WORDS)
        t = w.replace("o", "0").replace("e", "3").replace("a", "4").replace("i", "1")
        return t.capitalize() + pick(r, "!*.+") + str(r.randrange(100, 9999)) + rs(r, string.ascii_uppercase, 2)
    return rs(r, ALNUM, r.randrange(16, 25))


def gen_urlpw(r):
    return rs(r, ALNUM, r.randrange(18, 30))


def gen_psk(r):
    k = r.randrange(3)
    if k == 0:
        return pick(r, WORDS) + str(r.randrange(100, 999)) + pick(r, WORDS).capitalize() + pick(r, "!*.+-")
    if k == 1:
        return rs(r, ALNUM, r.randrange(16, 30))
    return " ".join(pick(r, WORDS) for _ in range(4)).replace(" ", pick(r, ["-", "_", "."]))


def gen_hex64(r):
    return rhex(r, 64)


def gen_hex32(r):
    return rhex(r, 32)


def gen_aespair(r):
    return rhex(r, 64) + " " + rhex(r, 32)


def jwt(header, payload, siglen):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + siglen


def gen_mender_tenant(r):
    tid = rhex(r, 24)
    pl = {"mender.tenant": tid, "iss": "Mender", "sub": tid}
    if r.random() < 0.5:
        pl["mender.plan"] = pick(r, ["os", "professional", "enterprise"])
    return jwt({"alg": "RS256", "typ": "JWT"}, pl, b64u(rbytes(r, 256)))


def gen_mender_pat(r):
    iat = 1700000000 + r.randrange(60000000)
    pl = {"jti": uuid4(r), "sub": uuid4(r), "exp": iat + 31536000, "iat": iat,
          "mender.tenant": rhex(r, 24), "mender.user": True, "iss": "Mender",
          "mender.plan": "enterprise", "mender.trial": False, "nbf": iat}
    return jwt({"alg": "RS256", "typ": "JWT"}, pl, b64u(rbytes(r, 256)))


def gen_alnum32(r):
    return rs(r, ALNUM, 32)


def gen_alnum40(r):
    return rs(r, ALNUM, 40)


def gen_glpat(r):
    return "glpat-" + rs(r, B64URL, 20)


def gen_gldt(r):
    return "gldt-" + rs(r, B64URL, 20)


def b62enc(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(width, "0")


def gen_ghp(r):
    body = rs(r, B62, 30)
    return "ghp_" + body + b62enc(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gen_dckr(r):
    return "dckr_pat_" + rs(r, B64URL, 27)


def gen_golioth_psk(r):
    return rhex(r, 32) if r.random() < 0.5 else rs(r, ALNUM, 24)


def gen_nerves_secret(r):
    return b64u(rbytes(r, 32))


def gen_fwup_priv(r):
    return b64(rbytes(r, 64))


def gen_passphrase(r):
    return gen_pw(r)


# ---- DER / PEM shapes (random content, structurally plausible)
def der_len(n):
    if n < 0x80:
        return bytes([n])
    if n < 0x100:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(b):
    if b[0] & 0x80:
        b = b"\x00" + b
    return der(0x02, b)


def rand_int_bytes(r, n):
    b = bytearray(rbytes(r, n))
    b[0] |= 0x80
    return bytes(b)


def rsa_pkcs1(r):
    parts = [b"\x00", rand_int_bytes(r, 256), b"\x01\x00\x01", rand_int_bytes(r, 256)]
    parts += [rand_int_bytes(r, 128) for _ in range(5)]
    body = b"".join(der(0x02, p) if p in (b"\x00", b"\x01\x00\x01") else der_int(p) for p in parts)
    return der(0x30, body)


def pem(label, data):
    s = b64(data)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def gen_pem_rsa(r):
    return pem("RSA PRIVATE KEY", rsa_pkcs1(r))


def gen_pem_pkcs8(r):
    alg = der(0x30, der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
    body = der(0x02, b"\x00") + alg + der(0x04, rsa_pkcs1(r))
    return pem("PRIVATE KEY", der(0x30, body))


def gen_pem_ec(r):
    body = der(0x02, b"\x01") + der(0x04, rbytes(r, 32))
    body += der(0xA0, der(0x06, bytes.fromhex("2a8648ce3d030107")))
    body += der(0xA1, der(0x03, b"\x00\x04" + rbytes(r, 64)))
    return pem("EC PRIVATE KEY", der(0x30, body))


def gen_pem_ed25519(r):
    return pem("PRIVATE KEY", bytes.fromhex("302e020100300506032b657004220420") + rbytes(r, 32))


def pem_needle(v):
    return v.split("\n")[1]


def pem_pub_ec(r):
    return pem("PUBLIC KEY", bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") + rbytes(r, 64))


def pem_pub_rsa(r):
    pre = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
    return pem("PUBLIC KEY", pre + rand_int_bytes(r, 256) + bytes.fromhex("0203010001"))


def pem_cert(r):
    n = r.randrange(700, 1100)
    inner = b"\x30\x82" + bytes([(n - 4) >> 8, (n - 4) & 0xFF]) + b"\xa0\x03\x02\x01\x02\x02\x14" + rbytes(r, n - 11)
    return pem("CERTIFICATE", b"\x30\x82" + bytes([len(inner) >> 8, len(inner) & 0xFF]) + inner)


def ssh_pub(r, comment):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)
    return "ssh-ed25519 " + b64(blob) + " " + comment


def crypt_hash(r, kind=None):
    kind = kind or pick(r, ["6", "6", "5", "1", "y"])
    if kind == "6":
        return "$6$" + rs(r, CRYPT64, 16) + "$" + rs(r, CRYPT64, 86)
    if kind == "5":
        return "$5$" + rs(r, CRYPT64, 16) + "$" + rs(r, CRYPT64, 43)
    if kind == "1":
        return "$1$" + rs(r, CRYPT64, 8) + "$" + rs(r, CRYPT64, 22)
    return "$y$j9T$" + rs(r, CRYPT64, 22) + "$" + rs(r, CRYPT64, 43)


def c_bytes(hexs):
    return ", ".join("0x" + hexs[i:i + 2] for i in range(0, len(hexs), 2))


# ---------------------------------------------------------------- fillers for negatives
GENERIC = [("<your-password>", "placeholder"), ("YOUR_API_KEY_HERE", "placeholder"),
           ("changeme", "placeholder"), ("xxxxxxxxxxxxxxxx", "placeholder"), ("********", "masked"),
           ("[REDACTED]", "masked"), ("REPLACE_ME", "placeholder"), ("", "empty"),
           ("<redacted>", "masked"), ("TODO", "placeholder")]
SLOT_EXTRA = {
    "pw": [("<root-password>", "placeholder"), ("<set-at-first-boot>", "placeholder")],
    "urlpw": [("<password>", "placeholder"), ("xxxxxxxx", "placeholder")],
    "psk": [("<wifi-passphrase>", "placeholder"), ("your-password", "documented-example"),
            ("my-psk", "documented-example")],
    "token": [("asdf", "documented-example"), ("YOUR_PROJECT_API_KEY", "documented-example"),
              ("<api-key>", "placeholder")],
    "jwt": [("fake.eyJzdWIiOiJib2d1c2RldmljZSIsIm1lbmRlci50ZW5hbnQiOiJmb29iYXIifQ.fake", "documented-example"),
            ("<TENANT_TOKEN>", "placeholder"),
            ("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>", "placeholder")],
    "hex64": [("0" * 64, "placeholder"),
              ("390ad54490a4a5f53722291023c19e08ffb5c4677a59e958c96ffa6e641df040", "documented-example"),
              ("B78CC67DD3DC13042A1B575184D4E16D6A09412C242CE253ACEE0F06B5AD68FC", "documented-example")],
    "pair": [("390ad54490a4a5f53722291023c19e08ffb5c4677a59e958c96ffa6e641df040 d5d601bacfe13100b149177318ebc7a4",
              "documented-example"),
             ("B78CC67DD3DC13042A1B575184D4E16D6A09412C242CE253ACEE0F06B5AD68FC 65D793B87B6724BB27954C7664F15FF3",
              "documented-example"),
             ("<aes-key-hex> <iv-hex>", "placeholder")],
    "ghp": [("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"), ("<github-token>", "placeholder")],
    "glpat": [("glpat-xxxxxxxxxxxxxxxxxxxx", "placeholder"), ("<gitlab-token>", "placeholder")],
    "gldt": [("gldt-xxxxxxxxxxxxxxxxxxxx", "placeholder"), ("<deploy-token>", "placeholder")],
    "dckr": [("dckr_pat_XXXXXXXXXXXXXXXXXXXXXXXXXXX", "placeholder"), ("<docker-pat>", "placeholder")],
    "bytes": [(c_bytes("00" * 32), "placeholder"), ("/* provisioned from OTP at boot */ 0", "placeholder")],
    "fwup": [("<paste fwup-key.priv here>", "placeholder"), ("", "empty")],
}
VARNAME = {"pw": "ROOT_PASSWORD", "urlpw": "ARTIFACT_PASSWORD", "psk": "WIFI_PSK", "token": "API_TOKEN",
           "jwt": "MENDER_TENANT_TOKEN", "hex64": "AES_KEY", "pair": "AES_KEY_IV", "ghp": "GITHUB_TOKEN",
           "glpat": "GITLAB_TOKEN", "gldt": "GITLAB_DEPLOY_TOKEN", "dckr": "DOCKERHUB_TOKEN",
           "bytes": "FW_KEY", "fwup": "FWUP_PRIV"}


def lang_refs(lang, slot):
    v = VARNAME.get(slot, "SECRET")
    low = v.lower()
    if lang == "bb":
        return [("${%s}" % v, "env-ref"), ("${@d.getVar('BB_ORIGENV').getVar('%s') or ''}" % v, "bitbake-expr"),
                ("${@bb.utils.contains('DISTRO_FEATURES', 'ci-secrets', '${%s}', '', d)}" % v, "bitbake-expr")]
    if lang == "sh":
        return [("$%s" % v, "env-ref"), ("${%s:?not set}" % v, "env-ref"),
                ("$(cat /run/secrets/%s)" % low, "secret-manager-ref"),
                ("$(vault kv get -field=value secret/firmware/%s)" % low, "secret-manager-ref"),
                ("$(op read op://Firmware/%s/credential)" % low, "secret-manager-ref")]
    if lang == "yaml":
        return [("${{ secrets.%s }}" % v, "ci-secret-ref"), ("$%s" % v, "env-ref"),
                ("{{ lookup('env', '%s') }}" % v, "template-expr")]
    if lang == "json":
        return [("${%s}" % v, "env-ref"), ("@@%s@@" % v, "template-expr"), ("{{ .%s }}" % v, "template-expr")]
    if lang == "gitlab":
        return [("$%s" % v, "ci-secret-ref"), ("${%s}" % v, "ci-secret-ref")]
    if lang == "compose":
        return [("${%s}" % v, "env-ref"), ("${%s:?set it in the shell}" % v, "env-ref")]
    if lang in ("make", "docker"):
        return [("$(%s)" % v if lang == "make" else "${%s}" % v, "env-ref")]
    if lang in ("toml", "ini", "cfg"):
        return [("{{ %s }}" % low, "template-expr"), ("${%s}" % v, "env-ref")]
    if lang == "exs":
        return [("#{System.get_env(\"%s\")}" % v, "env-ref")]
    if lang == "py":
        return [("{os.environ['%s']}" % v, "env-ref")]
    if lang == "md":
        return [("<%s>" % v, "placeholder")]
    return []


def filler(r, slot, lang):
    pool = list(GENERIC) if slot not in ("bytes", "fwup", "pem", "pair", "hex64") else []
    pool += SLOT_EXTRA.get(slot, [])
    if slot != "pem":
        refs = lang_refs(lang, slot)
        pool += refs * 2
    if slot == "pem":
        return pick(r, [
            ("-----BEGIN PRIVATE KEY-----\n<redacted: key lives in the signing HSM>\n-----END PRIVATE KEY-----",
             "masked"),
            (pem_pub_ec(r), "public-key"),
            (pem_pub_rsa(r), "public-key"),
            ("# private key is not stored in git; CI writes it from $SIGNING_KEY_PEM", "env-ref"),
        ])
    return pick(r, pool)


# ---------------------------------------------------------------- registries
POS = []   # (fn, provider, kind, gen, slot, lang, needle_fn)
NEG = []   # (fn, provider, kind)


def pos(provider, kind, gen, slot, lang, needle=None):
    def d(fn):
        POS.append((fn, provider, kind, gen, slot, lang, needle))
        return fn
    return d


def neg(provider, kind):
    def d(fn):
        NEG.append((fn, provider, kind))
        return fn
    return d


def J(*lines):
    return "\n".join(lines) + "\n"


def localconf_base(r, extra_features=None):
    m = machine(r)
    feats = extra_features if extra_features is not None else pick(
        r, ['""', '"ssh-server-openssh"', '"tools-debug ssh-server-dropbear"', '"package-management"'])
    out = [
        "#",
        "# %s %s - build configuration (%s)" % (company(r).capitalize(), product(r), pick(r, DISTRO_VERS)),
        "#",
        'MACHINE ??= "%s"' % m,
        'DISTRO ?= "%s"' % pick(r, ["poky", "poky-altcfg", "%s-distro" % company(r), "fsl-imx-wayland"]),
        'PACKAGE_CLASSES ?= "package_%s"' % pick(r, ["ipk", "rpm", "deb"]),
        'EXTRA_IMAGE_FEATURES ?= %s' % feats,
        'USER_CLASSES ?= "buildstats"',
        'PATCHRESOLVE = "noop"',
        '',
        'DL_DIR ?= "%s/downloads"' % pick(r, ["/srv/yocto", "${TOPDIR}/..", "/mnt/cache/yocto"]),
        'SSTATE_DIR ?= "%s/sstate-cache"' % pick(r, ["/srv/yocto", "${TOPDIR}/..", "/mnt/cache/yocto"]),
        'BB_NUMBER_THREADS ?= "%d"' % pick(r, [8, 12, 16, 24, 32]),
        'PARALLEL_MAKE ?= "-j %d"' % pick(r, [8, 12, 16, 24, 32]),
        'INHERIT += "rm_work"',
        '',
    ]
    return out


def recipe_head(r, summary):
    return [
        'SUMMARY = "%s"' % summary,
        'LICENSE = "%s"' % pick(r, ["MIT", "CLOSED", "Apache-2.0"]),
        'LIC_FILES_CHKSUM = "file://${COMMON_LICENSE_DIR}/MIT;md5=0835ade698e0bcf8506ecda2f7b4f302"',
        '',
    ]


# ================================================================ POSITIVE TEMPLATES
# ---- Yocto / OpenEmbedded
@pos("yocto", "root-password", gen_pw, "pw", "bb")
def p_localconf_usermod(r, v):
    L = localconf_base(r)
    L += ['# root login for the lab units (serial console)',
          'INHERIT += "extrausers"',
          "EXTRA_USERS_PARAMS = \"usermod -P '%s' root;\"" % v,
          '', 'CONF_VERSION = "2"']
    return "build/conf/local.conf", J(*L)


@pos("yocto", "user-password", gen_pw, "pw", "bb")
def p_autoconf_useradd(r, v):
    u = pick(r, ["fieldsvc", "maint", "operator", "support", "tech"])
    L = ["# auto.conf - generated by ci/prepare-build.sh, do not edit by hand",
         'MACHINE = "%s"' % machine(r),
         'DISTRO = "%s-distro"' % company(r),
         'BB_GENERATE_MIRROR_TARBALLS = "1"',
         'SSTATE_MIRRORS ?= "file://.* https://sstate.%s.example/%s/PATH;downloadfilename=PATH"' % (company(r), pick(r, DISTRO_VERS)),
         '',
         'IMAGE_CLASSES += "extrausers"',
         'EXTRA_USERS_PARAMS = "\\',
         '    groupadd -r service; \\',
         "    useradd -m -g service -G dialout,video -s /bin/sh -P '%s' %s; \\" % (v, u),
         '"']
    return "build/conf/auto.conf", J(*L)


@pos("yocto", "root-password", gen_pw, "pw", "bb")
def p_image_bb_rootpw(r, v):
    c = company(r)
    L = recipe_head(r, "%s production image" % c.capitalize())
    L += ['inherit core-image extrausers', '',
          'IMAGE_INSTALL:append = " %s-agent chrony openssh-sftp-server rauc"' % c,
          'IMAGE_FEATURES += "ssh-server-openssh read-only-rootfs"',
          '',
          'ROOT_PASSWORD ?= "%s"' % v,
          'EXTRA_USERS_PARAMS = "usermod -P ${ROOT_PASSWORD} root;"',
          '',
          'IMAGE_ROOTFS_EXTRA_SPACE = "%d"' % pick(r, [65536, 131072, 262144])]
    return "meta-%s/recipes-core/images/%s-image.bb" % (c, c), J(*L)


@pos("yocto", "root-password", gen_pw, "pw", "bb")
def p_image_postprocess(r, v):
    c = company(r)
    L = recipe_head(r, "Factory test image")
    L += ['require recipes-core/images/core-image-minimal.bb', '',
          'IMAGE_INSTALL:append = " %s-factory-tests i2c-tools memtester stress-ng"' % c,
          '',
          'set_factory_login () {',
          '    echo "root:%s" | chpasswd -R ${IMAGE_ROOTFS}' % v,
          '    sed -i "s/^#PermitRootLogin.*/PermitRootLogin yes/" ${IMAGE_ROOTFS}${sysconfdir}/ssh/sshd_config',
          '}',
          'ROOTFS_POSTPROCESS_COMMAND:append = " set_factory_login;"']
    return "meta-%s-factory/recipes-core/images/factory-test-image.bb" % c, J(*L)


@pos("gitlab", "registry-token", gen_glpat, "glpat", "bb")
def p_bbappend_glpat(r, v):
    c = company(r)
    comp = pick(r, ["fw-agent", "sensor-daemon", "hal", "ota-client", "edge-runtime"])
    L = ['# pull the private fork instead of upstream',
         'FILESEXTRAPATHS:prepend := "${THISDIR}/files:"',
         '',
         'SRC_URI = "git://oauth2:%s@gitlab.com/%s/%s.git;protocol=https;branch=%s \\' % (v, c, comp, pick(r, ["main", "release/2.4", "develop"])),
         '           file://0001-use-system-mbedtls.patch \\',
         '           file://%s.service \\' % comp,
         '"',
         'SRCREV = "%s"' % rhex(r, 40),
         'PV = "%d.%d+git${SRCPV}"' % (r.randrange(1, 5), r.randrange(0, 20)),
         '',
         'SYSTEMD_SERVICE:${PN} = "%s.service"' % comp]
    return "meta-%s/recipes-apps/%s/%s_%%.bbappend" % (c, comp, comp), J(*L)


@pos("artifactory", "basic-auth-password", gen_urlpw, "urlpw", "bb")
def p_bb_url_basic(r, v):
    c = company(r)
    n = pick(r, ["vendor-blobs", "npu-runtime", "isp-firmware", "codec-libs"])
    ver = "%d.%d.%d" % (r.randrange(1, 9), r.randrange(0, 20), r.randrange(0, 30))
    L = recipe_head(r, "Prebuilt %s from the vendor portal" % n)
    L += ['SRC_URI = "https://ci-fetch:%s@artifacts.%s.internal/artifactory/bsp/%s-${PV}.tar.xz"' % (v, c, n),
          'SRC_URI[sha256sum] = "%s"' % rhex(r, 64),
          '',
          'S = "${WORKDIR}/%s-${PV}"' % n,
          'INSANE_SKIP:${PN} += "already-stripped ldflags"',
          '',
          'do_install () {',
          '    install -d ${D}${libdir}',
          '    cp -a ${S}/lib/*.so* ${D}${libdir}/',
          '}']
    return "meta-%s-bsp/recipes-bsp/%s/%s_%s.bb" % (c, n, n, ver), J(*L)


@pos("github", "registry-token", gen_ghp, "ghp", "bb")
def p_bb_ghp(r, v):
    c = company(r)
    n = pick(r, ["telemetryd", "canbridge", "provisioner", "uds-server"])
    L = recipe_head(r, "%s daemon" % n)
    L += ['DEPENDS = "openssl json-c"', '',
          'SRC_URI = "git://x-access-token:%s@github.com/%s-embedded/%s.git;protocol=https;branch=main"' % (v, c, n),
          'SRCREV = "%s"' % rhex(r, 40),
          'S = "${WORKDIR}/git"', '',
          'inherit cmake systemd', '',
          'EXTRA_OECMAKE = "-DBUILD_TESTING=OFF -DWITH_SYSTEMD=ON"']
    return "meta-%s/recipes-apps/%s/%s_git.bb" % (c, n, n), J(*L)


@pos("yocto", "root-password", gen_pw, "pw", "bb")
def p_kas_yaml(r, v):
    c = company(r)
    L = ['header:', '  version: 14', '',
         'machine: %s' % machine(r),
         'distro: poky',
         'target: %s-image' % c, '',
         'repos:',
         '  poky:',
         '    url: https://git.yoctoproject.org/poky',
         '    commit: %s' % rhex(r, 40),
         '    layers:', '      meta:', '      meta-poky:',
         '  meta-%s:' % c, '',
         'local_conf_header:',
         '  users: |',
         '    INHERIT += "extrausers"',
         "    EXTRA_USERS_PARAMS = \"usermod -P '%s' root;\"" % v,
         '  mirrors: |',
         '    BB_GENERATE_MIRROR_TARBALLS = "1"']
    return "kas/%s-%s.yml" % (c, pick(r, ["dev", "lab", "release"])), J(*L)


@pos("gitlab", "deploy-token", gen_gldt, "gldt", "bb")
def p_siteconf_premirror(r, v):
    c = company(r)
    L = ['# site.conf - shared by all build hosts in the %s farm' % c,
         'SCONF_VERSION = "1"',
         'BB_HASHSERVE = "auto"',
         'BB_SIGNATURE_HANDLER = "OEEquivHash"',
         '',
         'PREMIRRORS:prepend = "\\',
         '    git://.*/.* git://gitlab+deploy-token-%d:%s@gitlab.%s.example/mirrors/BASENAME;protocol=https \\' % (r.randrange(100, 9999), v, c),
         '    https://.*/.* https://downloads.%s.example/yocto/ \\' % c,
         '"',
         'CONNECTIVITY_CHECK_URIS = "https://www.example.com/"']
    return "build/conf/site.conf", J(*L)


# ---- Buildroot
@pos("buildroot", "root-password", gen_pw, "pw", "kconfig")
def p_br_defconfig(r, v):
    c = company(r)
    L = ['BR2_aarch64=y', 'BR2_cortex_a53=y',
         'BR2_TOOLCHAIN_EXTERNAL=y', 'BR2_TOOLCHAIN_EXTERNAL_ARM_AARCH64=y',
         'BR2_TARGET_GENERIC_HOSTNAME="%s-%s"' % (c, product(r)),
         'BR2_TARGET_GENERIC_ISSUE="Welcome to %s"' % c.capitalize(),
         'BR2_INIT_SYSTEMD=y',
         'BR2_TARGET_GENERIC_ROOT_PASSWD="%s"' % v,
         'BR2_SYSTEM_DHCP="eth0"',
         'BR2_ROOTFS_OVERLAY="board/%s/rootfs-overlay"' % c,
         'BR2_ROOTFS_POST_BUILD_SCRIPT="board/%s/post-build.sh"' % c,
         'BR2_LINUX_KERNEL=y',
         'BR2_LINUX_KERNEL_CUSTOM_VERSION=y',
         'BR2_LINUX_KERNEL_CUSTOM_VERSION_VALUE="6.%d.%d"' % (r.randrange(1, 12), r.randrange(1, 60)),
         'BR2_LINUX_KERNEL_DEFCONFIG="defconfig"',
         'BR2_PACKAGE_DROPBEAR=y',
         'BR2_TARGET_ROOTFS_EXT2=y', 'BR2_TARGET_ROOTFS_EXT2_4=y',
         'BR2_TARGET_UBOOT=y', 'BR2_TARGET_UBOOT_BOARD_DEFCONFIG="%s"' % pick(r, ["rpi_4", "imx8mm_evk", "am335x_evm"])]
    return "configs/%s_%s_defconfig" % (c, product(r)), J(*L)


@pos("buildroot", "user-password", gen_pw, "pw", "none")
def p_br_users(r, v):
    L = ['# username uid group gid password home shell groups comment',
         'svc -1 svc -1 =%s /home/svc /bin/sh dialout,video Field service account' % v,
         'metrics -1 metrics -1 ! - /bin/false - Metrics collector']
    return "board/%s/users.txt" % company(r), J(*L)


@pos("buildroot", "root-password", gen_pw, "pw", "sh")
def p_br_postbuild(r, v):
    L = ['#!/bin/sh',
         '# post-build.sh - called by Buildroot with TARGET_DIR as $1',
         'set -eu', 'TARGET_DIR="$1"', '',
         'install -m 0644 "${BR2_EXTERNAL}/board/common/issue" "${TARGET_DIR}/etc/issue"',
         'echo "%s" > "${TARGET_DIR}/etc/hostname"' % product(r), '',
         '# lab default - rotate before shipping',
         "HASH=$(openssl passwd -6 '%s')" % v,
         'sed -i "s|^root:[^:]*:|root:${HASH}:|" "${TARGET_DIR}/etc/shadow"', '',
         'ln -sf /run/resolv.conf "${TARGET_DIR}/etc/resolv.conf"']
    return "board/%s/post-build.sh" % company(r), J(*L)


# ---- OpenWrt
@pos("openwrt", "root-password", gen_pw, "pw", "sh")
def p_owrt_passwd(r, v):
    L = ['#!/bin/sh', '# first boot defaults for the %s image' % company(r), '',
         'uci -q batch <<-EOF',
         '\tset system.@system[0].hostname=\'%s-%s\'' % (company(r), product(r)),
         "\tset system.@system[0].timezone='UTC'",
         '\tcommit system', 'EOF', '',
         'echo -e "%s\\n%s" | passwd root >/dev/null 2>&1' % (v, v), '',
         'exit 0']
    return "files/etc/uci-defaults/%d_%s-defaults" % (pick(r, [90, 95, 99]), company(r)), J(*L)


@pos("openwrt", "wifi-psk", gen_psk, "psk", "sh")
def p_owrt_wifi_uci(r, v):
    L = ['#!/bin/sh', '',
         "uci set wireless.radio0.disabled='0'",
         "uci set wireless.radio0.country='%s'" % pick(r, ["DE", "US", "GB", "FR", "NL", "SE"]),
         "uci set wireless.default_radio0.ssid='%s'" % ssid(r),
         "uci set wireless.default_radio0.encryption='psk2'",
         "uci set wireless.default_radio0.key='%s'" % v,
         'uci commit wireless', 'wifi reload', '', 'exit 0']
    return "files/etc/uci-defaults/20-wireless", J(*L)


@pos("openwrt", "wifi-psk", gen_psk, "psk", "ini")
def p_owrt_wireless_cfg(r, v):
    L = ["config wifi-device 'radio0'", "\toption type 'mac80211'",
         "\toption path 'platform/soc/18000000.wifi'", "\toption channel '%d'" % pick(r, [1, 6, 11, 36, 44]),
         "\toption band '%s'" % pick(r, ["2g", "5g"]), "\toption htmode 'HE20'", '',
         "config wifi-iface 'default_radio0'", "\toption device 'radio0'", "\toption network 'lan'",
         "\toption mode 'ap'", "\toption ssid '%s'" % ssid(r), "\toption encryption 'sae-mixed'",
         "\toption key '%s'" % v, "\toption ieee80211w '1'"]
    return "files/etc/config/wireless", J(*L)


@pos("openwrt", "pppoe-password", gen_pw, "pw", "sh")
def p_owrt_pppoe(r, v):
    L = ['#!/bin/sh', '# WAN uplink for the branch routers', '',
         "uci set network.wan.proto='pppoe'",
         "uci set network.wan.username='%s%d@%s'" % (company(r), r.randrange(1000, 99999), pick(r, ["dsl.example.net", "isp.example"])),
         "uci set network.wan.password='%s'" % v,
         "uci set network.wan.ipv6='auto'",
         'uci commit network', '', 'exit 0']
    return "files/etc/uci-defaults/30-wan-pppoe", J(*L)


# ---- U-Boot / secure boot
@pos("u-boot", "fit-signing-key", gen_pem_rsa, "pem", "none", pem_needle)
def p_uboot_fit_key(r, v):
    return "board/%s/keys/%s.key" % (company(r), pick(r, ["dev", "fit-dev", "prod-fit"])), v + "\n"


@pos("nxp-cst", "signing-key-passphrase", gen_passphrase, "pw", "none")
def p_cst_keypass(r, v):
    return "tools/cst/keys/key_pass.txt", J(v, v)


@pos("nxp-cst", "signing-key-passphrase", gen_passphrase, "pw", "make")
def p_cst_makefile(r, v):
    L = ['# Makefile.sign - HAB signing of flash.bin for the %s board' % company(r),
         'CST      ?= $(HOME)/tools/cst-3.4.1/linux64/bin/cst',
         'CST_DIR  := tools/cst',
         'SRK_TBL  := $(CST_DIR)/crts/SRK_1_2_3_4_table.bin',
         'CSF_KEY  := $(CST_DIR)/crts/CSF1_1_sha256_4096_65537_v3_usr_crt.pem',
         'CST_PASS := %s' % v, '',
         '.PHONY: sign',
         'sign: flash.bin csf_spl.txt csf_fit.txt',
         '\techo "$(CST_PASS)" > $(CST_DIR)/keys/key_pass.txt',
         '\techo "$(CST_PASS)" >> $(CST_DIR)/keys/key_pass.txt',
         '\t$(CST) -i csf_spl.txt -o csf_spl.bin',
         '\t$(CST) -i csf_fit.txt -o csf_fit.bin',
         '\trm -f $(CST_DIR)/keys/key_pass.txt']
    return "tools/Makefile.sign", J(*L)


# ---- Mender
@pos("mender", "tenant-token", gen_mender_tenant, "jwt", "bb")
def p_mender_localconf(r, v):
    L = localconf_base(r, '""')
    L += ['INHERIT += "mender-full"',
          'MENDER_ARTIFACT_NAME = "release-%d.%d.%d"' % (r.randrange(1, 5), r.randrange(0, 20), r.randrange(0, 10)),
          'MENDER_SERVER_URL = "https://%s"' % pick(r, ["hosted.mender.io", "eu.hosted.mender.io"]),
          'MENDER_TENANT_TOKEN = "%s"' % v,
          'MENDER_STORAGE_TOTAL_SIZE_MB = "%d"' % pick(r, [4096, 8192, 16384]),
          'ARTIFACTIMG_FSTYPE = "ext4"']
    return "build/conf/local.conf", J(*L)


@pos("mender", "tenant-token", gen_mender_tenant, "jwt", "json")
def p_mender_conf(r, v):
    d = ['{',
         '  "ServerURL": "https://%s",' % pick(r, ["hosted.mender.io", "eu.hosted.mender.io"]),
         '  "TenantToken": "%s",' % v,
         '  "UpdatePollIntervalSeconds": %d,' % pick(r, [1800, 3600, 21600]),
         '  "InventoryPollIntervalSeconds": %d,' % pick(r, [28800, 86400]),
         '  "RetryPollIntervalSeconds": 300,',
         '  "ServerCertificate": "/etc/mender/server.crt"',
         '}']
    return "meta-%s/recipes-mender/mender-client/files/mender.conf" % company(r), J(*d)


@pos("mender", "tenant-token", gen_mender_tenant, "jwt", "kconfig")
def p_mender_kconfig(r, v):
    L = ['# Mender MCU client', 'CONFIG_MENDER_MCU_CLIENT=y',
         'CONFIG_MENDER_SERVER_HOST="https://hosted.mender.io"',
         'CONFIG_MENDER_SERVER_TENANT_TOKEN="%s"' % v,
         'CONFIG_MENDER_DEVICE_TIER="micro"',
         'CONFIG_MENDER_CLIENT_UPDATE_POLL_INTERVAL=%d' % pick(r, [1800, 3600, 604800]),
         'CONFIG_MENDER_LOG_LEVEL_INF=y', '',
         'CONFIG_MBEDTLS=y', 'CONFIG_NET_SOCKETS=y', 'CONFIG_DNS_RESOLVER=y']
    return pick(r, ["app/prj.conf", "sdkconfig.defaults"]), J(*L)


@pos("mender", "tenant-token", gen_mender_tenant, "jwt", "gitlab")
def p_mender_gitlabci(r, v):
    L = ['stages: [build, deploy]', '',
         'variables:', '  KAS_FILE: kas/%s.yml' % company(r), '  GIT_DEPTH: "1"', '',
         'build-image:', '  stage: build', '  image: ghcr.io/siemens/kas/kas:4.%d' % r.randrange(0, 6),
         '  tags: [yocto]', '  script:',
         '    - |',
         '      cat > build/conf/auto.conf <<EOF',
         '      MENDER_TENANT_TOKEN = "%s"' % v,
         '      MENDER_ARTIFACT_NAME = "ci-${CI_PIPELINE_IID}"',
         '      EOF',
         '    - kas build $KAS_FILE',
         '  artifacts:', '    paths: [build/tmp/deploy/images/]', '    expire_in: 1 week']
    return ".gitlab-ci.yml", J(*L)


@pos("mender", "personal-access-token", gen_mender_pat, "jwt", "sh")
def p_mender_pat_curl(r, v):
    L = ['#!/usr/bin/env bash', '# upload the artifact built by CI and start a deployment', 'set -euo pipefail', '',
         'ARTIFACT="${1:?usage: $0 file.mender}"',
         'API="https://hosted.mender.io/api/management"', '',
         'curl -fsS -X POST "$API/v1/deployments/artifacts" \\',
         '  -H "Authorization: Bearer %s" \\' % v,
         '  -F "artifact=@${ARTIFACT}"', '',
         'echo "uploaded $(basename "$ARTIFACT")"']
    return "scripts/mender-upload.sh", J(*L)


@pos("mender", "artifact-signing-key", gen_pem_ec, "pem", "none", pem_needle)
def p_mender_signkey(r, v):
    return "keys/mender-artifact-%s.key" % pick(r, ["private", "signing", "release"]), v + "\n"


@pos("mender", "tenant-token", gen_mender_tenant, "jwt", "c")
def p_mender_c_config(r, v):
    L = ['#include "mender-client.h"', '#include "mender-flash.h"', '',
         'static mender_client_config_t mender_client_config = {',
         '    .device_type = "%s-%s",' % (company(r), product(r)),
         '    .host = "https://hosted.mender.io",',
         '    .tenant_token = "%s",' % v,
         '    .update_poll_interval = %d,' % pick(r, [1800, 3600]),
         '    .recommissioning = false,',
         '};', '',
         'int app_mender_start(void)', '{',
         '    return mender_client_init(&mender_client_config, &mender_client_callbacks);', '}']
    return "src/ota/mender_glue.c", J(*L)


@pos("mender", "tenant-token", gen_mender_tenant, "jwt", "compose")
def p_mender_compose(r, v):
    L = ['services:', '  mender-client:', '    image: mendersoftware/mender-client-qemu:%s' % pick(r, ["4.0.0", "mender-3.6.1", "latest"]),
         '    restart: unless-stopped', '    environment:',
         '      SERVER_URL: https://hosted.mender.io',
         '      TENANT_TOKEN: "%s"' % v,
         '    volumes:', '      - ./disk:/mnt/build', '    privileged: true']
    return "tools/virtual-device/docker-compose.yml", J(*L)


# ---- SWUpdate / hawkBit
@pos("swupdate", "aes-key", gen_aespair, "pair", "none", lambda v: v.split()[0])
def p_swu_keyfile(r, v):
    return "meta-%s/recipes-support/swupdate/files/%s" % (company(r), pick(r, ["aes.key", "swupdate-aes.key", "encryption.key"])), v + "\n"


@pos("swupdate", "aes-key", gen_hex64, "hex64", "bb")
def p_swu_encrypt_recipe(r, v):
    c = company(r)
    L = recipe_head(r, "Encrypted SWUpdate bundle for %s" % c)
    L += ['inherit swupdate', '',
          'SRC_URI = "file://sw-description file://update.sh"',
          'IMAGE_DEPENDS = "%s-image"' % c,
          'SWUPDATE_IMAGES = "%s-image"' % c,
          'SWUPDATE_IMAGES_FSTYPES[%s-image] = ".ext4.gz"' % c, '',
          'do_encrypt_script () {',
          '    openssl enc -aes-256-cbc -in ${WORKDIR}/update.sh -out ${DEPLOY_DIR_IMAGE}/update.sh.enc \\',
          '        -K %s -iv %s' % (v, rhex(r, 32)),
          '}',
          'addtask encrypt_script after do_unpack before do_swuimage']
    return "meta-%s/recipes-extended/images/%s-update.bb" % (c, c), J(*L)


@pos("hawkbit", "target-token", gen_alnum32, "token", "cfg")
def p_swu_cfg_hawkbit(r, v):
    L = ['globals :', '{', '\tverbose = true;', '\tloglevel = 5;', '\tsyslog = true;', '};', '',
         'suricatta :', '{',
         '\ttenant\t\t= "default";',
         '\tid\t\t= "%s";' % serial(r),
         '\turl\t\t= "https://hawkbit.%s.example:8443";' % company(r),
         '\tpolldelay\t= %d;' % pick(r, [300, 600, 3600]),
         '\ttargettoken\t= "%s";' % v,
         '\tnocheckcert\t= false;',
         '};', '',
         'identify : (', '\t{ name = "board"; value = "%s"; },' % machine(r), ');']
    return "meta-%s/recipes-support/swupdate/files/swupdate.cfg" % company(r), J(*L)


@pos("hawkbit", "target-token", gen_alnum32, "token", "ini")
def p_rauc_hawkbit_conf(r, v):
    L = ['[client]',
         'hawkbit_server            = hawkbit.%s.example' % company(r),
         'ssl                       = true',
         'ssl_verify                = true',
         'tenant_id                 = DEFAULT',
         'target_name               = %s' % serial(r),
         'auth_token                = %s' % v,
         'bundle_download_location  = /data/bundle.raucb',
         'retry_wait                = 60',
         'connect_timeout           = 20',
         'log_level                 = message', '',
         '[device]', 'product                   = %s' % product(r), 'model                     = %s' % machine(r)]
    return "recipes-core/rauc-hawkbit-updater/files/config.conf", J(*L)


# ---- RAUC
@pos("rauc", "bundle-signing-key", gen_pem_pkcs8, "pem", "none", pem_needle)
def p_rauc_devkey(r, v):
    return "meta-%s/recipes-core/rauc/files/development-1.key.pem" % company(r), v + "\n"


@pos("rauc", "pkcs11-pin", gen_pw, "pw", "sh")
def p_rauc_pkcs11(r, v):
    L = ['#!/bin/sh', '# sign the bundle with the key held in the YubiHSM', 'set -e', '',
         'export RAUC_PKCS11_MODULE=/usr/lib/x86_64-linux-gnu/pkcs11/yubihsm_pkcs11.so',
         'export RAUC_PKCS11_PIN="%s"' % v, '',
         'rauc bundle \\',
         '  --cert=keys/release.cert.pem \\',
         "  --key='pkcs11:token=rauc;object=release-1' \\",
         '  --keyring=keys/ca.cert.pem \\',
         '  bundle/ out/update-$(date +%Y%m%d).raucb']
    return "scripts/sign-bundle.sh", J(*L)


# ---- balena
@pos("balena", "device-api-key", gen_alnum32, "token", "json")
def p_balena_devkey(r, v):
    d = ['{',
         '  "applicationId": %d,' % r.randrange(1000000, 2200000),
         '  "deviceType": "%s",' % pick(r, ["raspberrypi4-64", "jetson-nano", "intel-nuc", "raspberrypi3"]),
         '  "userId": %d,' % r.randrange(10000, 400000),
         '  "appUpdatePollInterval": 900000,',
         '  "listenPort": 48484,', '  "vpnPort": 443,',
         '  "apiEndpoint": "https://api.balena-cloud.com",',
         '  "vpnEndpoint": "cloudlink.balena-cloud.com",',
         '  "registryEndpoint": "registry2.balena-cloud.com",',
         '  "deltaEndpoint": "https://delta.balena-cloud.com",',
         '  "uuid": "%s",' % rhex(r, 32),
         '  "deviceApiKey": "%s",' % v,
         '  "persistentLogging": false',
         '}']
    return "balena/boot/config.json", J(*d)


@pos("balena", "provisioning-key", gen_alnum32, "token", "json")
def p_balena_provkey(r, v):
    d = ['{',
         '  "applicationName": "%s-%s",' % (company(r), product(r)),
         '  "applicationId": %d,' % r.randrange(1000000, 2200000),
         '  "deviceType": "%s",' % pick(r, ["raspberrypi4-64", "fincm3", "generic-aarch64"]),
         '  "apiEndpoint": "https://api.balena-cloud.com",',
         '  "apiKey": "%s",' % v,
         '  "wifiSsid": "%s",' % ssid(r),
         '  "initialDeviceName": "%s",' % product(r),
         '  "os": { "sshKeys": [] }',
         '}']
    return "provisioning/config.json", J(*d)


@pos("balena", "api-key", gen_alnum32, "token", "yaml")
def p_balena_gha(r, v):
    L = ['name: deploy', 'on:', '  push:', '    branches: [main]', '',
         'jobs:', '  push:', '    runs-on: ubuntu-latest', '    steps:',
         '      - uses: actions/checkout@v4',
         '      - name: Install balena CLI',
         '        run: npm install -g balena-cli',
         '      - name: Push release',
         '        run: |',
         '          balena login --token %s' % v,
         '          balena push %s/%s --release-tag sha ${{ github.sha }}' % (company(r), product(r))]
    return ".github/workflows/balena-deploy.yml", J(*L)


@pos("balena", "api-key", gen_alnum32, "token", "none")
def p_balena_env(r, v):
    L = ['BALENA_FLEET=%s/%s' % (company(r), product(r)),
         'BALENA_API_KEY=%s' % v,
         'BALENA_DEVICE_TYPE=raspberrypi4-64',
         'LOG_LEVEL=info']
    return pick(r, [".env", ".env.local"]), J(*L)


@pos("balena", "api-key", gen_alnum32, "token", "py")
def p_balena_sdk(r, v):
    L = ['"""Tag devices in the fleet with their hardware revision."""',
         'from balena import Balena', '',
         'FLEET = "%s/%s"' % (company(r), product(r)), '',
         'sdk = Balena()',
         'sdk.auth.login_with_token("%s")' % v, '',
         'for dev in sdk.models.device.get_all_by_application(FLEET):',
         '    rev = dev.get("note") or "rev-a"',
         '    sdk.models.device.tags.set(dev["uuid"], "hw", rev)']
    return "tools/tag_devices.py", J(*L)


# ---- Memfault
@pos("memfault", "org-auth-token", gen_alnum40, "token", "gitlab")
def p_memfault_ci(r, v):
    L = ['upload-symbols:', '  stage: deploy', '  image: python:3.12-slim',
         '  script:', '    - pip install memfault-cli',
         '    - >', '      memfault --org-token %s' % v,
         '      --org %s --project %s' % (company(r), product(r)),
         '      upload-mcu-symbols build/zephyr/zephyr.elf',
         '  rules:', '    - if: $CI_COMMIT_TAG']
    return "ci/memfault.gitlab-ci.yml", J(*L)


@pos("memfault", "org-auth-token", gen_alnum40, "token", "make")
def p_memfault_make(r, v):
    L = ['MEMFAULT_ORG       ?= %s' % company(r),
         'MEMFAULT_PROJECT   ?= %s-fw' % product(r),
         'MEMFAULT_ORG_TOKEN ?= %s' % v, '',
         'release: build/app.elf',
         '\tmemfault --org-token $(MEMFAULT_ORG_TOKEN) --org $(MEMFAULT_ORG) \\',
         '\t  --project $(MEMFAULT_PROJECT) upload-mcu-symbols $<']
    return "Makefile", J(*L)


# ---- Golioth
@pos("golioth", "psk", gen_golioth_psk, "psk", "kconfig")
def p_golioth_prj(r, v):
    L = ['CONFIG_GOLIOTH_FIRMWARE_SDK=y', 'CONFIG_GOLIOTH_SAMPLE_HARDCODED_CREDENTIALS=y',
         'CONFIG_GOLIOTH_SAMPLE_PSK_ID="%s-%s@%s-%s"' % (product(r), rs(r, LOWER_NUM, 4), company(r), rs(r, LOWER_NUM, 6)),
         'CONFIG_GOLIOTH_SAMPLE_PSK="%s"' % v, '',
         'CONFIG_LOG=y', 'CONFIG_NET_L2_ETHERNET=y', 'CONFIG_MAIN_STACK_SIZE=4096']
    return "prj.conf", J(*L)


@pos("golioth", "psk", gen_golioth_psk, "psk", "c")
def p_golioth_header(r, v):
    L = ['#pragma once', '', '/* device credentials for the bench unit */',
         '#define GOLIOTH_PSK_ID "%s@%s-%s"' % (serial(r).lower(), company(r), rs(r, LOWER_NUM, 6)),
         '#define GOLIOTH_PSK    "%s"' % v, '',
         '#define TELEMETRY_PERIOD_S %d' % pick(r, [30, 60, 300])]
    return "src/credentials.h", J(*L)


@pos("golioth", "api-key", gen_alnum32, "token", "sh")
def p_golioth_curl(r, v):
    proj = "%s-%s" % (company(r), rs(r, LOWER_NUM, 6))
    L = ['#!/bin/sh', '# list devices that have not reported in 24h', '',
         'curl -s "https://api.golioth.io/v1/projects/%s/devices?perPage=200" \\' % proj,
         '  -H "x-api-key: %s" \\' % v,
         "  | jq -r '.list[] | select(.lastReport < (now - 86400)) | .name'"]
    return "scripts/stale-devices.sh", J(*L)


# ---- Raspberry Pi Imager / firstboot
@pos("raspberrypi", "user-password", gen_pw, "pw", "toml")
def p_rpi_toml_user(r, v):
    L = ['# Raspberry Pi first-boot configuration', 'config_version = 1', '',
         '[system]', 'hostname = "%s-%s"' % (product(r), rs(r, LOWER_NUM, 4)), '',
         '[user]', 'name = "%s"' % pick(r, ["pi", "ops", "kiosk", "admin"]),
         'password = "%s"' % v, 'password_encrypted = false', '',
         '[ssh]', 'enabled = true', 'password_authentication = true', '',
         '[wlan]', 'country = "%s"' % pick(r, ["GB", "DE", "US", "NL"]), '',
         '[locale]', 'keymap = "gb"', 'timezone = "Europe/London"']
    return "boot/custom.toml", J(*L)


@pos("raspberrypi", "wifi-psk", gen_psk, "psk", "toml")
def p_rpi_toml_wlan(r, v):
    L = ['config_version = 1', '',
         '[system]', 'hostname = "%s"' % product(r), '',
         '[user]', 'name = "pi"', 'password = "%s"' % crypt_hash(r, "5"), 'password_encrypted = true', '',
         '[ssh]', 'enabled = true', 'authorized_keys = [ "%s" ]' % ssh_pub(r, "ops@%s" % company(r)), '',
         '[wlan]', 'ssid = "%s"' % ssid(r), 'password = "%s"' % v, 'password_encrypted = false',
         'hidden = false', 'country = "DE"']
    return "rpi-provision/custom.toml", J(*L)


@pos("raspberrypi", "wifi-psk", gen_hex64, "psk", "sh")
def p_rpi_firstrun_psk(r, v):
    s = ssid(r)
    L = ['#!/bin/bash', '', 'set +e', '',
         'CURRENT_HOSTNAME=`cat /etc/hostname | tr -d " \\t\\n\\r"`',
         "echo %s >/etc/hostname" % product(r),
         'sed -i "s/127.0.1.1.*$CURRENT_HOSTNAME/127.0.1.1\\t%s/g" /etc/hosts' % product(r), '',
         "cat >/etc/wpa_supplicant/wpa_supplicant.conf <<'WPAEOF'",
         'country=GB', 'ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev', 'ap_scan=1', '',
         'update_config=1', 'network={', '\tssid="%s"' % s, '\tpsk=%s' % v, '}', '', 'WPAEOF',
         'chmod 600 /etc/wpa_supplicant/wpa_supplicant.conf',
         'rfkill unblock wifi', '',
         'rm -f /boot/firstrun.sh',
         "sed -i 's| systemd.run.*||g' /boot/cmdline.txt",
         'exit 0']
    return "boot/firstrun.sh", J(*L)


@pos("raspberrypi", "user-password", gen_pw, "pw", "sh")
def p_rpi_firstrun_user(r, v):
    u = pick(r, ["kiosk", "ops", "display"])
    L = ['#!/bin/bash', '# firstrun.sh - copied to the boot partition by scripts/flash.sh', 'set +e', '',
         'FIRSTUSER=`getent passwd 1000 | cut -d: -f1`',
         'if [ "$FIRSTUSER" != "%s" ]; then' % u,
         '   usermod -l "%s" "$FIRSTUSER"' % u,
         '   usermod -m -d "/home/%s" "%s"' % (u, u),
         'fi',
         'echo "%s:%s" | chpasswd' % (u, v),
         'systemctl enable ssh', '',
         'rm -f /boot/firmware/firstrun.sh', 'exit 0']
    return "image/boot/firstrun.sh", J(*L)


# ---- Torizon / container registries
@pos("dockerhub", "registry-token", gen_dckr, "dckr", "sh")
def p_docker_login(r, v):
    img = "%s/%s-app" % (company(r), product(r))
    L = ['#!/usr/bin/env bash', '# build the arm64 application container for Torizon and push it', 'set -euo pipefail', '',
         'TAG="${1:-$(git describe --tags --always)}"', '',
         'docker login -u %sbot -p %s' % (company(r), v),
         'docker buildx build --platform linux/arm64 -t %s:"$TAG" --push .' % img,
         'torizoncore-builder platform push --credentials credentials.zip --canonicalize docker-compose.yml']
    return "scripts/push-app.sh", J(*L)


@pos("torizon", "client-secret", gen_alnum40, "token", "py")
def p_torizon_api(r, v):
    L = ['import requests', '',
         'TOKEN_URL = "https://kc.torizon.io/auth/realms/ota-users/protocol/openid-connect/token"',
         'API = "https://app.torizon.io/api/v2beta"', '',
         'def get_token():',
         '    resp = requests.post(TOKEN_URL, data={',
         '        "grant_type": "client_credentials",',
         '        "client_id": "api-v2-%s",' % rs(r, LOWER_NUM, 8),
         '        "client_secret": "%s",' % v,
         '    }, timeout=30)',
         '    resp.raise_for_status()',
         '    return resp.json()["access_token"]', '',
         'def list_devices():',
         '    hdr = {"Authorization": "Bearer " + get_token()}',
         '    return requests.get(API + "/devices", headers=hdr, timeout=30).json()']
    return "tools/torizon_fleet.py", J(*L)


@pos("torizon", "client-secret", gen_alnum40, "token", "yaml")
def p_torizon_gha(r, v):
    L = ['name: publish-os-update', 'on:', '  workflow_dispatch:', '',
         'env:', '  TORIZON_CLIENT_ID: api-v2-%s' % rs(r, LOWER_NUM, 8),
         '  TORIZON_CLIENT_SECRET: %s' % v, '',
         'jobs:', '  push:', '    runs-on: [self-hosted, linux]', '    steps:',
         '      - uses: actions/checkout@v4',
         '      - run: torizoncore-builder build --file tcbuild.yaml',
         '      - run: ./scripts/torizon-publish.sh output/']
    return ".github/workflows/torizon-publish.yml", J(*L)


# ---- Zephyr / ESP-IDF Kconfig
@pos("zephyr", "wifi-psk", gen_psk, "psk", "kconfig")
def p_zephyr_wifi(r, v):
    L = ['CONFIG_WIFI=y', 'CONFIG_WIFI_CREDENTIALS=y', 'CONFIG_WIFI_CREDENTIALS_STATIC=y',
         'CONFIG_WIFI_CREDENTIALS_STATIC_SSID="%s"' % ssid(r),
         'CONFIG_WIFI_CREDENTIALS_STATIC_PASSWORD="%s"' % v, '',
         'CONFIG_NET_DHCPV4=y', 'CONFIG_NET_IPV4=y', 'CONFIG_NET_SOCKETS=y',
         'CONFIG_MQTT_LIB=y', 'CONFIG_MAIN_STACK_SIZE=%d' % pick(r, [4096, 6144, 8192])]
    return pick(r, ["prj.conf", "boards/%s.conf" % pick(r, ["esp32c6_devkitc", "nrf7002dk_nrf5340_cpuapp", "frdm_rw612"])]), J(*L)


@pos("esp-idf", "wifi-psk", gen_psk, "psk", "kconfig")
def p_espidf_wifi(r, v):
    L = ['CONFIG_IDF_TARGET="%s"' % pick(r, ["esp32s3", "esp32c3", "esp32"]),
         'CONFIG_ESPTOOLPY_FLASHSIZE_8MB=y',
         'CONFIG_PARTITION_TABLE_CUSTOM=y',
         'CONFIG_PARTITION_TABLE_CUSTOM_FILENAME="partitions.csv"',
         'CONFIG_ESP_WIFI_SSID="%s"' % ssid(r),
         'CONFIG_ESP_WIFI_PASSWORD="%s"' % v,
         'CONFIG_ESP_MAXIMUM_RETRY=5',
         'CONFIG_BOOTLOADER_APP_ROLLBACK_ENABLE=y']
    return "sdkconfig.defaults", J(*L)


@pos("zephyr", "mqtt-password", gen_pw, "pw", "kconfig")
def p_zephyr_mqtt(r, v):
    L = ['# board overlay for the field units',
         'CONFIG_APP_MQTT_BROKER_HOSTNAME="mqtt.%s.example"' % company(r),
         'CONFIG_APP_MQTT_BROKER_PORT=8883',
         'CONFIG_APP_MQTT_USERNAME="%s"' % serial(r).lower(),
         'CONFIG_APP_MQTT_PASSWORD="%s"' % v,
         'CONFIG_MQTT_KEEPALIVE=60',
         'CONFIG_NET_SOCKETS_SOCKOPT_TLS=y']
    return "boards/%s.conf" % pick(r, ["nrf9161dk_nrf9161_ns", "stm32h573i_dk", "rpi_pico_w"]), J(*L)


# ---- Android AOSP release signing
@pos("aosp", "signing-key-password", gen_passphrase, "pw", "none")
def p_aosp_pwfile(r, v):
    c = company(r)
    L = ['[[[  %s  ]]] vendor/%s/security/releasekey' % (v, c),
         '[[[    ]]] vendor/%s/security/media' % c,
         '[[[    ]]] vendor/%s/security/shared' % c]
    return "vendor/%s/security/.passwords" % c, J(*L)


@pos("aosp", "signing-key-password", gen_passphrase, "pw", "sh")
def p_aosp_passin(r, v):
    c = company(r)
    L = ['#!/bin/bash', '# convert the platform key so avbtool can use it', 'set -e',
         'KEYDIR=vendor/%s/security' % c, '',
         'openssl pkcs8 -inform DER -in "$KEYDIR/platform.pk8" -passin pass:%s -out "$KEYDIR/platform.pem"' % v,
         'avbtool extract_public_key --key "$KEYDIR/platform.pem" --output "$KEYDIR/platform_pub.bin"',
         'sha256sum "$KEYDIR/platform_pub.bin"']
    return "vendor/%s/tools/prepare-avb-key.sh" % c, J(*L)


# ---- Nerves / NervesHub
@pos("nerveshub", "shared-secret", gen_nerves_secret, "token", "exs")
def p_nerves_shared(r, v):
    L = ['import Config', '',
         'config :nerves_hub_link,',
         '  host: "devices.nervescloud.com",',
         '  remote_iex: true,',
         '  configurator: NervesHubLink.Configurator.SharedSecret,',
         '  shared_secret: [',
         '    product_key: "nhp_%s",' % b64u(rbytes(r, 24)),
         '    product_secret: "%s"' % v,
         '  ]', '',
         'config :nerves, :firmware, rootfs_overlay: "rootfs_overlay"']
    return "config/target.exs", J(*L)


@pos("nerves", "fwup-signing-key", gen_fwup_priv, "fwup", "none")
def p_fwup_priv(r, v):
    return "keys/fwup-key.priv", v + "\n"


@pos("nerves", "wifi-psk", gen_psk, "psk", "exs")
def p_nerves_wifi(r, v):
    L = ['import Config', '',
         'config :vintage_net,',
         '  regulatory_domain: "%s",' % pick(r, ["US", "DE", "00"]),
         '  config: [',
         '    {"usb0", %{type: VintageNetDirect}},',
         '    {"eth0", %{type: VintageNetEthernet, ipv4: %{method: :dhcp}}},',
         '    {"wlan0",',
         '     %{',
         '       type: VintageNetWiFi,',
         '       vintage_net_wifi: %{',
         '         networks: [%%{key_mgmt: :wpa_psk, ssid: "%s", psk: "%s"}]' % (ssid(r), v),
         '       },',
         '       ipv4: %{method: :dhcp}',
         '     }}',
         '  ]']
    return "config/target.exs", J(*L).replace("%%{", "%{")


# ---- Wi-Fi config files in rootfs overlays
@pos("networkmanager", "wifi-psk", gen_psk, "psk", "ini")
def p_nm_keyfile(r, v):
    s = ssid(r)
    L = ['[connection]', 'id=%s' % s, 'uuid=%s' % uuid4(r), 'type=wifi', 'autoconnect-priority=10', '',
         '[wifi]', 'mode=infrastructure', 'ssid=%s' % s, '',
         '[wifi-security]', 'key-mgmt=wpa-psk', 'psk=%s' % v, '',
         '[ipv4]', 'method=auto', '', '[ipv6]', 'method=auto']
    return "meta-%s/recipes-connectivity/networkmanager/files/%s.nmconnection" % (company(r), s.lower()), J(*L)


@pos("connman", "wifi-psk", gen_psk, "psk", "ini")
def p_connman(r, v):
    L = ['[global]', 'Name = %s field network' % company(r).capitalize(), '',
         '[service_wifi_site]', 'Type = wifi', 'Name = %s' % ssid(r), 'Security = psk',
         'Passphrase = %s' % v, 'IPv4 = dhcp']
    return "rootfs-overlay/var/lib/connman/site-wifi.config", J(*L)


@pos("wpa_supplicant", "wifi-psk", gen_psk, "psk", "none")
def p_wpa_conf(r, v):
    L = ['ctrl_interface=/var/run/wpa_supplicant', 'ctrl_interface_group=0', 'update_config=1',
         'country=%s' % pick(r, ["DE", "US", "GB"]), '',
         'network={', '\tssid="%s"' % ssid(r), '\tkey_mgmt=WPA-PSK', '\tpsk="%s"' % v, '\tpriority=5', '}']
    return "meta-%s/recipes-connectivity/wpa-supplicant/files/wpa_supplicant-wlan0.conf" % company(r), J(*L)


# ---- misc file types
@pos("gitlab", "registry-token", gen_glpat, "glpat", "docker")
def p_dockerfile_glpat(r, v):
    L = ['FROM ubuntu:22.04', '',
         'ARG DEBIAN_FRONTEND=noninteractive',
         'RUN apt-get update && apt-get install -y --no-install-recommends \\',
         '    gawk wget git diffstat unzip texinfo gcc build-essential chrpath socat cpio \\',
         '    python3 python3-pip python3-pexpect xz-utils debianutils iputils-ping zstd lz4 locales \\',
         ' && rm -rf /var/lib/apt/lists/*', '',
         'RUN locale-gen en_US.UTF-8',
         'RUN useradd -m -u 1000 builder', 'USER builder',
         'RUN git config --global url."https://oauth2:%s@gitlab.com/".insteadOf "https://gitlab.com/"' % v,
         'WORKDIR /work']
    return "docker/yocto-builder/Dockerfile", J(*L)


@pos("firmware", "aes-key", gen_hex64, "bytes", "c", lambda v: c_bytes(v))
def p_c_aes_array(r, v):
    L = ['#ifndef FW_KEYS_H', '#define FW_KEYS_H', '', '#include <stdint.h>', '',
         '/* AES-256-CTR key used by the bootloader to decrypt OTA slots */',
         'static const uint8_t fw_image_key[32] = { %s };' % (c_bytes(v) if len(v) == 64 and all(ch in HEXD for ch in v) else v),
         'static const uint32_t fw_key_version = %d;' % r.randrange(1, 9), '',
         '#endif /* FW_KEYS_H */']
    return "bootloader/include/fw_keys.h", J(*L)


@pos("yocto", "root-password", gen_pw, "pw", "md")
def p_md_setup(r, v):
    c = company(r)
    L = ['# Bringing up the %s %s dev kit' % (c.capitalize(), product(r)), '',
         '1. Flash `%s-image-%s.wic.zst` with bmaptool:' % (c, machine(r)), '',
         '   ```sh',
         '   bmaptool copy %s-image-%s.wic.zst /dev/sdX' % (c, machine(r)),
         '   ```', '',
         '2. Connect the debug UART (115200 8N1) and log in as `root`, password `%s`.' % v, '',
         '3. Check the OTA client: `systemctl status rauc-hawkbit-updater`.']
    return "docs/bringup.md", J(*L)


@pos("yocto", "root-password", gen_pw, "pw", "log")
def p_build_log(r, v):
    t = "%02d:%02d:%02d" % (r.randrange(24), r.randrange(60), r.randrange(60))
    L = ['NOTE: Executing Tasks',
         'NOTE: Running task 5312 of 5320 (%s-image.bb:do_rootfs)' % company(r),
         'DEBUG: Executing shell function set_user_group',
         "DEBUG: %s-image-1.0-r0 do_rootfs: Performing usermod with [-R /build/tmp/work/%s/%s-image/1.0-r0/rootfs -P '%s' root]" % (company(r), machine(r).replace("-", "_"), company(r), v),
         'DEBUG: Shell function set_user_group finished',
         'NOTE: Tasks Summary: Attempted 5320 tasks of which 5296 didn\'t need to be rerun and all succeeded.',
         'Build finished at %s' % t]
    return "logs/bitbake-%s.log" % rhex(r, 8), J(*L)


@pos("golioth", "psk", gen_golioth_psk, "psk", "csv")
def p_csv_provision(r, v):
    c = company(r)
    proj = "%s-%s" % (c, rs(r, LOWER_NUM, 6))
    sn = serial(r)
    L = ['serial,mac,hw_rev,psk_id,psk',
         '%s,%s,%s,%s@%s,%s' % (sn, mac(r), pick(r, ["B", "C", "D2"]), sn.lower(), proj, v)]
    return "factory/provision-batch-%d.csv" % r.randrange(10, 99), J(*L)


@pos("factory", "device-psk", gen_hex32, "psk", "sql")
def p_sql_seed(r, v):
    sn = serial(r)
    L = ['-- seed data for the factory test station',
         'INSERT INTO devices (serial, mac, model, created_at) VALUES',
         "  ('%s', '%s', '%s', NOW());" % (sn, mac(r), product(r)), '',
         'INSERT INTO device_credentials (serial, psk_identity, psk_hex) VALUES',
         "  ('%s', '%s', '%s');" % (sn, sn.lower(), v)]
    return "factory/db/seed.sql", J(*L)


# ================================================================ LOOK-ALIKE NEGATIVES
@neg("openwrt", "crypt-hash")
def n_owrt_shadow(r):
    L = ["root:%s:%d:0:99999:7:::" % (crypt_hash(r), r.randrange(19000, 20500)),
         "daemon:*:0:0:99999:7:::", "ftp:*:0:0:99999:7:::", "network:*:0:0:99999:7:::",
         "nobody:*:0:0:99999:7:::", "dnsmasq:x:0:0:99999:7:::",
         "%s:%s:%d:0:99999:7:::" % (pick(r, ["admin", "support"]), crypt_hash(r, "5"), r.randrange(19000, 20500))]
    return "files/etc/shadow", J(*L)


@neg("yocto", "escaped-crypt-hash")
def n_yocto_usermod_hash(r):
    h = crypt_hash(r, pick(r, ["6", "5"])).replace("$", "\\$")
    L = localconf_base(r)
    L += ['# hash generated with: printf "%q" $(openssl passwd -6 <password>)',
          'INHERIT += "extrausers"',
          "EXTRA_USERS_PARAMS = \"usermod -p '%s' root;\"" % h]
    return "build/conf/local.conf", J(*L)


@neg("yocto", "debug-tweaks")
def n_yocto_debug_tweaks(r):
    L = localconf_base(r, '"%s"' % pick(r, ["debug-tweaks", "allow-empty-password empty-root-password allow-root-login",
                                            "debug-tweaks tools-profile"]))
    L += ['# development only: empty root password on the serial console',
          'IMAGE_INSTALL:append = " gdbserver strace"', 'CONF_VERSION = "2"']
    return "build/conf/local.conf", J(*L)


@neg("yocto", "checksum")
def n_recipe_checksums(r):
    n = pick(r, ["libmodbus", "mosquitto", "paho-mqtt-c", "libgpiod", "can-utils"])
    ver = "%d.%d.%d" % (r.randrange(1, 4), r.randrange(0, 20), r.randrange(0, 9))
    L = ['SUMMARY = "%s"' % n, 'LICENSE = "LGPL-2.1-or-later"',
         'LIC_FILES_CHKSUM = "file://COPYING;md5=%s"' % rhex(r, 32), '',
         'SRC_URI = "https://github.com/example/%s/releases/download/v${PV}/%s-${PV}.tar.gz"' % (n, n),
         'SRC_URI[sha256sum] = "%s"' % rhex(r, 64), '', 'inherit autotools pkgconfig']
    return "meta-%s/recipes-support/%s/%s_%s.bb" % (company(r), n, n, ver), J(*L)


@neg("yocto", "git-commit-hash")
def n_recipe_srcrev(r):
    c = company(r)
    n = pick(r, ["edge-agent", "hal-daemon", "ota-helper"])
    L = ['SUMMARY = "%s"' % n, 'LICENSE = "CLOSED"', '',
         'SRC_URI = "git://git@gitlab.%s.example/platform/%s.git;protocol=ssh;branch=main"' % (c, n),
         'SRCREV = "%s"' % rhex(r, 40),
         'SRCREV_FORMAT = "default"',
         'PV = "1.%d+git${SRCPV}"' % r.randrange(0, 30),
         'S = "${WORKDIR}/git"', '', 'inherit meson systemd']
    return "meta-%s/recipes-apps/%s/%s_git.bb" % (c, n, n), J(*L)


@neg("u-boot", "mac-serial-uuid")
def n_uenv(r):
    L = ['bootdelay=1',
         'ethaddr=%s' % mac(r), 'eth1addr=%s' % mac(r),
         'serial#=%s' % serial(r),
         'fdtfile=%s.dtb' % pick(r, ["imx8mm-evk", "am335x-boneblack", "bcm2711-rpi-4-b"]),
         'mmcroot=PARTUUID=%s' % uuid4(r),
         'bootargs=console=ttymxc1,115200 root=${mmcroot} rootwait ro',
         'bootcmd=load mmc 0:1 ${loadaddr} fitImage; bootm ${loadaddr}#conf-1']
    return "boot/uEnv.txt", J(*L)


@neg("u-boot", "password-hash")
def n_uboot_autoboot(r):
    L = ['CONFIG_AUTOBOOT_KEYED=y', 'CONFIG_AUTOBOOT_ENCRYPTION=y',
         'CONFIG_AUTOBOOT_STOP_STR_SHA256="%s"' % rhex(r, 64),
         'CONFIG_AUTOBOOT_PROMPT="Press the unlock phrase within %d s\\n"',
         'CONFIG_FIT_SIGNATURE=y', 'CONFIG_RSA=y', 'CONFIG_BOOTDELAY=2']
    return "configs/%s_secure_defconfig" % company(r), J(*L)


@neg("u-boot", "fit-hash-node")
def n_fit_its(r):
    L = ['/dts-v1/;', '', '/ {', '\tdescription = "Signed kernel + dtb";', '\t#address-cells = <1>;', '',
         '\timages {', '\t\tkernel-1 {', '\t\t\tdata = /incbin/("Image.gz");', '\t\t\ttype = "kernel";',
         '\t\t\tarch = "arm64";', '\t\t\tcompression = "gzip";',
         '\t\t\thash-1 { algo = "sha256"; };', '\t\t};', '\t};', '',
         '\tconfigurations {', '\t\tdefault = "conf-1";', '\t\tconf-1 {', '\t\t\tkernel = "kernel-1";',
         '\t\t\tsignature-1 {', '\t\t\t\talgo = "sha256,rsa2048";',
         '\t\t\t\tkey-name-hint = "%s";' % pick(r, ["dev", "prod-fit"]),
         '\t\t\t\tsign-images = "kernel", "fdt";', '\t\t\t};', '\t\t};', '\t};', '};']
    return "board/%s/fitImage.its" % company(r), J(*L)


@neg("rauc", "certificate")
def n_rauc_ca(r):
    return "meta-%s/recipes-core/rauc/files/ca.cert.pem" % company(r), pem_cert(r) + "\n"


@neg("swupdate", "public-key")
def n_swu_pub(r):
    return "meta-%s/recipes-support/swupdate/files/public.pem" % company(r), pick(r, [pem_pub_rsa, pem_pub_ec])(r) + "\n"


@neg("swupdate", "iv-and-digests")
def n_sw_description(r):
    c = company(r)
    L = ['software =', '{', '\tversion = "%d.%d.%d";' % (r.randrange(1, 5), r.randrange(20), r.randrange(9)),
         '\thardware-compatibility: [ "1.0", "1.1" ];', '\timages: (', '\t\t{',
         '\t\t\tfilename = "%s-image-%s.ext4.gz.enc";' % (c, machine(r)),
         '\t\t\tdevice = "/dev/mmcblk0p3";', '\t\t\ttype = "raw";', '\t\t\tcompressed = "zlib";',
         '\t\t\tencrypted = true;',
         '\t\t\tivt = "%s";' % rhex(r, 32),
         '\t\t\tsha256 = "%s";' % rhex(r, 64), '\t\t}', '\t);', '}']
    return "meta-%s/recipes-extended/images/files/sw-description" % c, J(*L)


@neg("mender", "certificate")
def n_mender_servercrt(r):
    return "meta-%s/recipes-mender/mender-client/files/server.crt" % company(r), pem_cert(r) + "\n"


@neg("balena", "device-uuid")
def n_balena_devices(r):
    L = ['uuid,device_name,status,os_version,ip_address']
    for _ in range(r.randrange(4, 9)):
        L.append('%s,%s-%s,%s,balenaOS 5.%d.%d,10.%d.%d.%d' % (rhex(r, 32), product(r), rs(r, LOWER_NUM, 4),
                 pick(r, ["Idle", "Updating", "Offline"]), r.randrange(0, 4), r.randrange(0, 40),
                 r.randrange(256), r.randrange(256), r.randrange(1, 255)))
    return "reports/fleet-devices.csv", J(*L)


@neg("yocto", "image-checksum")
def n_sha256sums(r):
    c = company(r)
    m = machine(r)
    L = ['%s  %s-image-%s.wic.zst' % (rhex(r, 64), c, m),
         '%s  %s-image-%s.wic.bmap' % (rhex(r, 64), c, m),
         '%s  %s-update-%s.swu' % (rhex(r, 64), c, m),
         '%s  fitImage-%s.bin' % (rhex(r, 64), m)]
    return "release/SHA256SUMS", J(*L)


@neg("buildroot", "package-hash")
def n_br_hash(r):
    n = pick(r, ["libfoo", "acme-agent", "modbus-gw"])
    L = ['# Locally computed', 'sha256  %s  %s-%d.%d.tar.gz' % (rhex(r, 64), n, r.randrange(1, 4), r.randrange(20)),
         'sha256  %s  LICENSE' % rhex(r, 64)]
    return "package/%s/%s.hash" % (n, n), J(*L)


@neg("buildroot", "crypt-hash")
def n_br_users_hashed(r):
    L = ['# username uid group gid password home shell groups comment',
         'svc -1 svc -1 %s /home/svc /bin/sh dialout Field service account' % crypt_hash(r, "6"),
         'kiosk -1 kiosk -1 !=  /home/kiosk /bin/sh video,input Kiosk session',
         'metrics -1 metrics -1 * - /bin/false - Metrics collector']
    return "board/%s/users.txt" % company(r), J(*L)


@neg("memfault", "project-key-public")
def n_memfault_projkey(r):
    L = ['# Memfault project keys are device identifiers, not secrets (see Memfault docs)',
         'CONFIG_MEMFAULT=y', 'CONFIG_MEMFAULT_NCS_PROJECT_KEY="%s"' % rhex(r, 32),
         'CONFIG_MEMFAULT_NCS_DEVICE_ID_RUNTIME=y', 'CONFIG_MEMFAULT_HTTP_PERIODIC_UPLOAD=y']
    return "overlay-memfault.conf", J(*L)


@neg("golioth", "psk-id-only")
def n_golioth_runtime(r):
    L = ['# credentials are written at runtime through the settings shell:',
         '#   uart:~$ settings set golioth/psk-id <psk-id>',
         '#   uart:~$ settings set golioth/psk <psk>',
         'CONFIG_GOLIOTH_SAMPLE_HARDCODED_CREDENTIALS=n',
         'CONFIG_GOLIOTH_SAMPLE_PSK_SETTINGS=y', 'CONFIG_SETTINGS=y', 'CONFIG_SETTINGS_RUNTIME=y',
         'CONFIG_NVS=y', 'CONFIG_FLASH_MAP=y',
         '# bench unit: %s@%s-%s' % (serial(r).lower(), company(r), rs(r, LOWER_NUM, 6))]
    return "prj.conf", J(*L)


@neg("nerves", "public-key")
def n_fwup_pub(r):
    L = ['import Config', '',
         'config :nerves_hub_link,',
         '  fwup_public_keys: ["%s", "%s"]' % (b64(rbytes(r, 32)), b64(rbytes(r, 32))), '',
         'config :nerves, :firmware, provisioning: :nerves_hub_link']
    return "config/target.exs", J(*L)


@neg("yocto", "ssh-public-key")
def n_authorized_keys(r):
    L = [ssh_pub(r, "%s@build-%d" % (pick(r, ["ci", "ops", "alice", "bob"]), r.randrange(1, 9))) for _ in range(r.randrange(2, 5))]
    return "meta-%s/recipes-core/ssh-keys/files/authorized_keys" % company(r), J(*L)


@neg("torizon", "device-uuid")
def n_torizon_tcbuild(r):
    L = ['input:', '  easy-installer:', '    local: images/torizon-core-docker-%s-Tezi_6.%d.0.tar' % (pick(r, ["verdin-imx8mp", "apalis-imx8"]), r.randrange(0, 9)),
         'customization:', '  splash-screen: splash.png', '  device-tree:', '    overlays:', '      add: [ verdin-imx8mp_dsi-to-hdmi_overlay.dts ]',
         'output:', '  easy-installer:', '    local: output/custom-image', '  ostree:',
         '    commit-subject: "release %s"' % rhex(r, 7),
         '# pushed with: torizoncore-builder platform push --credentials credentials.zip',
         '# test device: %s' % uuid4(r)]
    return "tcbuild.yaml", J(*L)


@neg("mender", "artifact-checksums")
def n_mender_artifact_read(r):
    L = ['Mender artifact:', '  Name: release-%d.%d' % (r.randrange(1, 5), r.randrange(20)), '  Format: mender',
         '  Version: 3', '  Signature: signed and verified correctly', '  Compatible devices: [%s]' % machine(r),
         '  Provides group: ', '', 'Updates:', '    - Type:   rootfs-image',
         '      Provides:', '\trootfs-image.checksum: %s' % rhex(r, 64),
         '\trootfs-image.version: release-%d' % r.randrange(100),
         '      Files:', '        - name: core-image.ext4', '          size: %d' % r.randrange(10 ** 8, 10 ** 9),
         '          checksum: %s' % rhex(r, 64)]
    return "logs/artifact-inspect.txt", J(*L)


@neg("yocto", "sstate-hashes")
def n_bitbake_hashes(r):
    L = []
    for _ in range(r.randrange(5, 9)):
        rec = pick(r, ["busybox", "openssl", "linux-yocto", "u-boot", "systemd", "rauc", "glibc"])
        L.append('NOTE: %s: task do_%s: unihash %s (taskhash %s)' % (rec, pick(r, ["compile", "install", "package"]), rhex(r, 64), rhex(r, 64)))
    L.append('NOTE: Tasks Summary: Attempted %d tasks of which %d didn\'t need to be rerun and all succeeded.' % (r.randrange(3000, 6000), r.randrange(2000, 2999)))
    return "logs/cooker-%s.log" % rhex(r, 8), J(*L)


@neg("dm-verity", "root-hash-salt")
def n_verity(r):
    L = ['VERITY header information for rootfs.img.verity', 'UUID:            \t%s' % uuid4(r),
         'Hash type:       \t1', 'Data blocks:     \t%d' % r.randrange(100000, 900000), 'Data block size: \t4096',
         'Hash block size: \t4096', 'Hash algorithm:  \tsha256', 'Salt:            \t%s' % rhex(r, 64),
         'Root hash:      \t%s' % rhex(r, 64)]
    return "deploy/rootfs.verity-info.txt", J(*L)


@neg("aosp", "avb-digest")
def n_avb_info(r):
    L = ['Minimum libavb version:   1.0', 'Header Block:             256 bytes', 'Authentication Block:     576 bytes',
         'Algorithm:                SHA256_RSA4096', 'Rollback Index:           %d' % r.randrange(0, 40),
         'Flags:                    0', 'Release String:           \'avbtool 1.3.0\'', 'Descriptors:',
         '    Hashtree descriptor:', '      Partition Name:        system',
         '      Salt:                  %s' % rhex(r, 64), '      Root Digest:           %s' % rhex(r, 64),
         '    Prop: com.android.build.system.fingerprint -> \'%s/%s/%s:14/UP1A.%d.%03d/%d:user/release-keys\'' % (company(r), product(r), product(r), r.randrange(230000, 240000), r.randrange(1, 999), r.randrange(1000000, 9999999))]
    return "out/vbmeta-info.txt", J(*L)


@neg("nxp-hab", "srk-fuse-words")
def n_hab_fuses(r):
    L = ['# i.MX8M SRK hash fuses (bank 6/7) - from SRK_1_2_3_4_fuse.bin', '# DO NOT burn on engineering samples']
    for i in range(8):
        L.append('fuse prog -y %d %d 0x%s' % (6 + i // 4, i % 4, rhex(r, 8).upper()))
    return "docs/hab/srk-fuse-commands.txt", J(*L)


@neg("esp-idf", "efuse-summary")
def n_esp_efuse(r):
    L = ['espefuse.py v4.%d' % r.randrange(5, 9), 'EFUSE_NAME (Block) Description  = [Meaningful Value] [Readable/Writeable] (Hex Value)',
         'MAC (BLOCK1)                                       Factory MAC Address = %s (OK) R/W' % mac(r),
         'BLOCK_KEY0 (BLOCK4)                                Purpose: XTS_AES_128_KEY',
         '   = ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? -/-',
         'BLOCK_KEY1 (BLOCK5)                                Purpose: SECURE_BOOT_DIGEST0',
         '   = %s R/-' % " ".join(rhex(r, 2) for _ in range(32)),
         'SECURE_BOOT_EN (BLOCK0)                            = True R/W (0b1)']
    return "logs/efuse-summary-%s.txt" % serial(r), J(*L)


@neg("linux", "key-paths")
def n_kernel_config(r):
    L = ['CONFIG_MODULE_SIG=y', 'CONFIG_MODULE_SIG_FORCE=y', 'CONFIG_MODULE_SIG_SHA256=y',
         'CONFIG_MODULE_SIG_KEY="certs/signing_key.pem"', 'CONFIG_SYSTEM_TRUSTED_KEYRING=y',
         'CONFIG_SYSTEM_TRUSTED_KEYS="certs/%s-ca.pem"' % company(r), 'CONFIG_LOCALVERSION="-%s"' % company(r)]
    return "recipes-kernel/linux/files/signing.cfg", J(*L)


@neg("zephyr", "git-commit-hash")
def n_west_yml(r):
    L = ['manifest:', '  remotes:', '    - name: zephyrproject-rtos', '      url-base: https://github.com/zephyrproject-rtos',
         '  projects:', '    - name: zephyr', '      remote: zephyrproject-rtos', '      revision: %s' % rhex(r, 40),
         '      import: true', '    - name: golioth', '      url: https://github.com/golioth/golioth-firmware-sdk',
         '      revision: %s' % rhex(r, 40), '  self:', '    path: app']
    return "west.yml", J(*L)


@neg("aosp", "build-props")
def n_build_prop(r):
    L = ['ro.build.id=UP1A.%d.%03d' % (r.randrange(230000, 240000), r.randrange(999)),
         'ro.build.version.security_patch=2024-%02d-05' % r.randrange(1, 13),
         'ro.serialno=%s' % serial(r), 'ro.boot.vbmeta.digest=%s' % rhex(r, 64),
         'ro.boot.verifiedbootstate=green', 'ro.product.device=%s' % product(r)]
    return "device/%s/%s/system.prop" % (company(r), product(r)), J(*L)


@neg("mcuboot", "public-key")
def n_imgtool_pub(r):
    k = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") + rbytes(r, 64)
    rows = [", ".join("0x%02x" % x for x in k[i:i + 12]) for i in range(0, len(k), 12)]
    L = ['/* Autogenerated by imgtool.py getpub, do not edit. */', 'const unsigned char ecdsa_pub_key[] = {']
    L += ['    %s,' % row for row in rows]
    L += ['};', 'const unsigned int ecdsa_pub_key_len = %d;' % len(k)]
    return "boot/keys/ecdsa_pub_key.c", J(*L)


@neg("mender", "env-docs")
def n_md_provisioning(r):
    L = ['# Device provisioning', '',
         'The tenant token is **not** stored in this repository. CI injects it into',
         '`auto.conf` from the protected variable `MENDER_TENANT_TOKEN`:', '', '```sh',
         'echo "MENDER_TENANT_TOKEN = \\"${MENDER_TENANT_TOKEN}\\"" >> build/conf/auto.conf', '```', '',
         'Wi-Fi credentials are entered by the installer through the captive portal.',
         'Device identity is the MAC address of `eth0`, e.g. `%s`.' % mac(r)]
    return "docs/provisioning.md", J(*L)


@neg("opkg", "package-index")
def n_opkg_packages(r):
    L = []
    for _ in range(r.randrange(2, 5)):
        n = pick(r, ["rauc", "mosquitto", "busybox", "dropbear", "libgpiod2"])
        L += ['Package: %s' % n, 'Version: %d.%d-r0' % (r.randrange(1, 9), r.randrange(20)),
              'Architecture: cortexa53', 'Filename: %s_%d.%d-r0_cortexa53.ipk' % (n, r.randrange(9), r.randrange(20)),
              'Size: %d' % r.randrange(10000, 900000), 'SHA256sum: %s' % rhex(r, 64), 'MD5Sum: %s' % rhex(r, 32), '']
    return "deploy/ipk/cortexa53/Packages", J(*L)


@neg("python", "env-lookup")
def n_py_env(r):
    L = ['import os', 'import crypt', 'import getpass', '',
         'def root_hash():', '    pw = os.environ.get("ROOT_PASSWORD") or getpass.getpass("root password: ")',
         '    return crypt.crypt(pw, crypt.mksalt(crypt.METHOD_SHA512))', '',
         'if __name__ == "__main__":',
         '    tenant = os.environ["MENDER_TENANT_TOKEN"]',
         '    print("tenant token length:", len(tenant))',
         '    print(root_hash())']
    return "tools/mkpasswd_helper.py", J(*L)


@neg("docker", "image-digest")
def n_dockerfile_secret_mount(r):
    L = ['# syntax=docker/dockerfile:1.7',
         'FROM debian:bookworm-slim@sha256:%s' % rhex(r, 64), '',
         'RUN apt-get update && apt-get install -y git python3 && rm -rf /var/lib/apt/lists/*',
         'RUN --mount=type=secret,id=gitlab_token \\',
         '    git clone "https://oauth2:$(cat /run/secrets/gitlab_token)@gitlab.com/%s/tools.git" /opt/tools' % company(r),
         'ENTRYPOINT ["/opt/tools/run.sh"]']
    return "docker/tools/Dockerfile", J(*L)


@neg("raspberrypi", "crypt-hash")
def n_rpi_userconf(r):
    return "boot/userconf.txt", "%s:%s\n" % (pick(r, ["pi", "kiosk", "ops"]), crypt_hash(r, pick(r, ["6", "5"])))


@neg("iot", "cert-fingerprints")
def n_fingerprints(r):
    L = ['device,cert_sha256_fingerprint,not_after']
    for _ in range(r.randrange(3, 7)):
        L.append('%s,%s,2027-%02d-%02d' % (serial(r), ":".join(rhex(r, 2).upper() for _ in range(32)), r.randrange(1, 13), r.randrange(1, 28)))
    return "factory/cert-inventory.csv", J(*L)


@neg("yocto", "kas-lock")
def n_kas_lock(r):
    L = ['header:', '  version: 14', 'overrides:', '  repos:']
    for n in ["poky", "meta-openembedded", "meta-rauc", "meta-%s" % company(r)]:
        L += ['    %s:' % n, '      commit: %s' % rhex(r, 40)]
    return "kas/%s.lock.yml" % company(r), J(*L)


@neg("wpa_supplicant", "status-output")
def n_wpa_status(r):
    L = ['bssid=%s' % mac(r), 'freq=%d' % pick(r, [2437, 5180, 5240]), 'ssid=%s' % ssid(r), 'id=0', 'mode=station',
         'pairwise_cipher=CCMP', 'group_cipher=CCMP', 'key_mgmt=WPA2-PSK', 'wpa_state=COMPLETED',
         'ip_address=192.168.%d.%d' % (r.randrange(256), r.randrange(2, 250)), 'address=%s' % mac(r),
         'uuid=%s' % uuid4(r)]
    return "logs/wpa_cli-status.txt", J(*L)


@neg("yocto", "mirror-urls")
def n_siteconf_mirrors(r):
    c = company(r)
    L = ['SCONF_VERSION = "1"', 'BB_HASHSERVE_UPSTREAM = "wss://hashserv.yoctoproject.org/ws"',
         'SSTATE_MIRRORS ?= "file://.* https://sstate.%s.example/all/PATH;downloadfilename=PATH"' % c,
         'PREMIRRORS:prepend = "git://.*/.* https://downloads.%s.example/git2/ \\n"' % c,
         'BB_FETCH_PREMIRRORONLY = "%d"' % r.randrange(2),
         '# credentials come from ~/.netrc on the build hosts']
    return "build/conf/site.conf", J(*L)


# ================================================================ driver
SPECIAL_TYPES = {"Dockerfile": "dockerfile", "Makefile": "makefile", "authorized_keys": "authorized_keys",
                 "Packages": "opkg-index", "SHA256SUMS": "checksums", "firstrun.sh": "sh", "shadow": "shadow",
                 "sw-description": "libconfig", "wireless": "uci", "users.txt": "makeusers-table",
                 ".passwords": "aosp-pwfile", "uEnv.txt": "uenv"}


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base in SPECIAL_TYPES:
        return SPECIAL_TYPES[base]
    if base.startswith(".env"):
        return "env"
    if base.startswith("Makefile"):
        return "makefile"
    if base in ("sdkconfig.defaults", "prj.conf") or base.startswith("overlay-") or (base.endswith(".conf") and path.startswith("boards/")):
        return "kconfig"
    if base.endswith("_defconfig"):
        return "defconfig"
    if base == ".gitlab-ci.yml":
        return "yml"
    if "/uci-defaults/" in path:
        return "sh"
    if "." in base:
        ext = base.rsplit(".", 1)[-1]
        return {"yaml": "yml"}.get(ext, ext)
    return "none"


def is_env_name(path):
    base = path.rsplit("/", 1)[-1]
    if not base.startswith(".env"):
        return False
    return base not in (".env.example", ".env.sample", ".env.template", ".env.dist")


def schedule(r, n_templates, n_items):
    out = []
    while len(out) < n_items:
        perm = list(range(n_templates))
        r.shuffle(perm)
        out.extend(perm)
    return out[:n_items]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def line_of(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle missing"
    return text.count("\n", 0, idx) + 1


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_ix.py OUTDIR SEED\n")
        return 2
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    n_env = 0

    for i, t in enumerate(schedule(r, len(POS), 500)):
        fn, provider, kind, gen, slot, lang, needle_fn = POS[t]
        for _attempt in range(20):
            _CTX.clear()
            v = gen(r)
            path, text = fn(r, v)
            needle = needle_fn(v) if needle_fn else v
            if is_env_name(path) and n_env >= 24:
                continue
            if len(needle) >= 8 and text.count(needle) >= 1:
                break
        else:
            raise AssertionError("could not build positive from %s" % fn.__name__)
        if is_env_name(path):
            n_env += 1
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        ln = line_of(text, needle)
        with open(os.path.join(outdir, rel), encoding="utf-8") as f:
            lines = f.read().split("\n")
        assert needle in lines[ln - 1], (rel, ln)
        manifest.append({"file": rel, "label": "pos", "provider": provider, "kind": kind, "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": ln})

    neg_a = schedule(r, len(POS), 250)
    neg_b = schedule(r, len(NEG), 250)
    jobs = [("a", t) for t in neg_a] + [("b", t) for t in neg_b]
    r.shuffle(jobs)
    for i, (typ, t) in enumerate(jobs):
        _CTX.clear()
        if typ == "a":
            fn, provider, _kind, _gen, slot, lang, _nf = POS[t]
            v, nkind = filler(r, slot, lang)
            path, text = fn(r, v)
            kind = nkind
        else:
            fn, provider, kind = NEG[t]
            path, text = fn(r)
        if is_env_name(path):
            path = path.rsplit("/", 1)[0] + "/.env.example" if "/" in path else ".env.example"
        assert not is_env_name(path)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    assert n_env <= 25
    return 0


if __name__ == "__main__":
    sys.exit(main())
