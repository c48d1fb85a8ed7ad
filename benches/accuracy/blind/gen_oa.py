#!/usr/bin/env python3
"""Blind evaluation-set generator "oa": robotics, drones and autonomous systems.

EMPHASIS
  Robot / drone software repositories: ROS 1 XML launch files, ROS 2 Python launch files,
  ros__parameters YAML, rclcpp / rclpy nodes, companion-computer scripts (pymavlink, MAVProxy
  mavinit.scr, DroneKit), SiK/RFD900 radio AT-command scripts, RTKLIB str2str / rtkrcv configs and
  ROS ntrip_client params, DJI Onboard/Payload SDK app-info files, PX4/ArduPilot parameter files,
  Zenoh json5 configs, SROS2 / DDS-Security keystores, AWS IoT device keys, AWS RoboMaker /
  CloudWatch / Kinesis credentials, Foxglove API keys and device tokens, Formant service accounts,
  Freedom Robotics install URLs, InOrbit keys, DroneDeploy / Skydio / Auterion / Pix4D tokens,
  WebODM JWTs and NodeODM tokens, NVIDIA NGC keys (nvapi- and legacy base64) for Isaac Sim
  containers, Roboflow / Edge Impulse keys, rosbridge/rosauth MAC secrets, Docker registry
  credentials for robot images, VDA 5050 MQTT brokers.
  File types: yaml, py, launch.py, launch (xml), cpp, h, sh, service (systemd), json, json5,
  ini/conf, toml, txt, scr, Dockerfile, Makefile, GitHub/GitLab CI yaml, js/ts, xml, pem, md,
  params, param, pgm-yaml, udev rules, csv.

USAGE
  python3 -B gen_oa.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500), manifest.jsonl and
  secrets.jsonl. Deterministic for a SEED (only random.Random(SEED) is used). Stdlib only.

NEEDLE CONVENTIONS
  * The needle is the secret value exactly as written, without surrounding quotes.
  * Key-id + secret pairs (AWS AKIA.. + secret, Freedom token + secret, DJI app id + key,
    Pix4D client id + secret) count as ONE credential; the needle is the secret half.
  * user:password URLs (ntrip://, mqtts://, str2str paths): the needle is the password only.
  * PEM private keys: the needle is the FIRST base64 body line after the BEGIN line (single line,
    unique); line = that line's number (BEGIN line + 1).
  * Base64-wrapped credentials (docker config.json "auth", k8s .dockerconfigjson) : needle is the
    base64 text as it appears (it decodes to a real credential, so it is labelled positive).
  * No binary files are produced (no hex needles, line is never 0).

NEGATIVES
  ~Half: the positive templates re-rendered with the credential replaced by a non-secret:
  placeholders (<YOUR_...>, REPLACE_ME, changeme, your_app_key), ${ENV} / $(env X) / $(arg x) /
  {{ .Values.x }} lookups, empty values, masked values (********, prefix + xxxx), the AWS
  documented example keys, RTK2go's documented anonymous login (email user, password "none").
  The other half are look-alikes of the domain: PX4 .params and ArduPilot .param dumps (sysids,
  compass/IMU device ids, UUID-ish calibration ids), camera calibration YAML with serials and
  calibration hashes, Nav2 map yaml + sha256 checksums, git-lfs pointers, ROS 2 bag metadata with
  RIHS01 type hashes, docker-compose with image digests, AWS IoT endpoint/thing configs (no key),
  public certificates (DDS permissions CA, Amazon root style), governance XML, SSH public keys in
  authorized_keys, udev rules with serials, VDA 5050 order JSON with UUIDs, Foxglove layout JSON,
  DJI Mobile SDK app key in AndroidManifest (decided non-secret, see DOUBTS), Roboflow
  publishable keys rf_<workspaceId> (documented as non-secret), mosquitto password file with
  PBKDF2-SHA512 hashes ($7$), Ansible-vault encrypted blocks, requirements with --hash pins,
  vcs .repos files with commit SHAs, MAVLink component ids.

FORMATS CHECKED
  * Foxglove API key prefix "fox_sk_" and Bearer usage: docs.foxglove.dev/docs/api (search docs).
  * NGC: docker login nvcr.io with the literal username '$oauthtoken' and the key as password,
    NGC_API_KEY env var: docs.nvidia.com NIM "NGC access setup" pages (search docs). The
    "nvapi-" + 64 [A-Za-z0-9_-] personal-key shape is from my own knowledge.
  * Edge Impulse: x-api-key header, studio.edgeimpulse.com/v1: docs.edgeimpulse.com/apis/studio.
  * Roboflow: private key is secret; publishable key "rf_<workspaceId>" is documented as
    non-secret and safe to embed (docs.roboflow.com/reference/authentication).
  * AWS key id AKIA + 16 base32 chars, 40-char secret; AWS documented example pair used only in
    negatives. PEM/DER structures (PKCS#1 RSA, SEC1 EC P-256, PKCS#8) are built with real ASN.1
    headers so bodies start like real keys (MIIE.., MHcCAQEEI.., MIGHAgEAMBMG..).
  * JWT for WebODM (djangorestframework-jwt payload fields user_id/username/exp/email).
  * mosquitto_passwd "$7$" hash format (iterations$salt$hash) from own knowledge.

DOUBTS
  * Guessed shapes (no documentation consulted): Foxglove key body length (32 alnum) and device
    token prefix "fox_dt_"; Formant service-account password shape; Freedom Robotics
    mc_token/mc_secret ("T"/"S" + hex); InOrbit app key (alnum 16-24); DroneDeploy (32 hex),
    Skydio (64 hex), Auterion (base64url 43) tokens; Pix4D client secret; Roboflow private key
    length (20 alnum) and workspace id length; Edge Impulse "ei_" + 64 hex and 32-hex HMAC keys;
    DJI OSDK app_key as 64 hex and PSDK USER_APP_KEY as 32 hex; Docker Hub PAT "dckr_pat_" + 27.
  * DJI Mobile SDK app key (AndroidManifest com.dji.sdk.API_KEY) is labelled NEGATIVE: it ships
    inside every APK and is bound to the app package name, so it is an app identifier rather
    than a credential. DJI Onboard/Payload SDK app keys (+license) are labelled POSITIVE: they
    authenticate a developer's payload/onboard computer and are not distributed to end users.
    Reasonable people may disagree.
  * RTK2go (documented: username = your email, password "none") is labelled NEGATIVE; other
    casters with a real password are POSITIVE.
  * Search results showed no secret-scanner rule material; none was consulted.
"""
import base64
import hashlib
import json
import os
import sys
import random
import zlib

# ---------------------------------------------------------------------------------------------
# primitives
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
AN = UP + LO + DG
HEX = "0123456789abcdef"
B32 = UP + "234567"
B64 = AN + "+/"
URLS = AN + "-_"

WORDS = """falcon ridge copper lantern harbor meadow orbit thistle granite willow ember canyon
cobalt saffron tundra beacon quartz juniper marble nimbus pepper raven summit velvet walnut
zephyr anchor basalt cedar dune fjord glacier hazel indigo jasper kestrel lichen mango nectar
oxide pylon quill rover sable tango umber vortex wren yarrow atlas bramble cinder delta
fennel gusto heron iris jolt kayak lumen mosaic nova opal prairie rhombus sparrow tiller
upland vesper wharf yodel zinc avocado bison clover drift echo fable garnet hollow inlet
""".split()
GOOD_WORDS = [w for w in WORDS if w not in ("test",)]
SYMS = "!@#$%&*?-_.+="
FIRST = ["alice", "marco", "li", "priya", "jonas", "sofia", "omar", "kenji", "elena", "tomas",
         "ana", "felix", "nadia", "raj", "mia", "lukas", "chloe", "diego", "hana", "sven"]
LAST = ["schmidt", "nguyen", "garcia", "kowalski", "tanaka", "okafor", "larsen", "rossi",
        "dubois", "patel", "kim", "novak", "silva", "berg", "moreau", "ivanov"]
ORGS = ["aerolabs", "fieldbotics", "skyward-survey", "agrirover", "terra-mapping", "botfleet",
        "nordic-uav", "harvestbots", "quarry-autonomy", "seaglide", "voltair", "mapleaf-robotics",
        "polaris-drones", "greenrow", "ironhaul", "lumenav"]
ROBOTS = ["husky", "jackal", "turtlebot4", "spot", "amr", "agv", "rover", "tractor", "x500",
          "hexa", "quad", "vtol", "scout", "mule", "forklift", "picker"]


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rhex(r, n):
    return rs(r, HEX, n)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def ruuid(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def ip(r):
    return "%d.%d.%d.%d" % (r.choice([10, 192, 172]), r.randint(0, 254), r.randint(0, 254), r.randint(2, 250))


def lanip(r):
    return "192.168.%d.%d" % (r.choice([0, 1, 2, 8, 10, 42, 144]), r.randint(2, 250))


def ver(r):
    return "%d.%d.%d" % (r.randint(0, 4), r.randint(0, 19), r.randint(0, 30))


def org(r):
    return r.choice(ORGS)


def robot(r):
    return "%s_%02d" % (r.choice(ROBOTS), r.randint(1, 40))


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def email(r):
    f, l = person(r)
    return "%s.%s@%s.%s" % (f, l, org(r).replace("-", ""), r.choice(["com", "io", "ai", "de", "no"]))


def region(r):
    return r.choice(["us-east-1", "us-west-2", "eu-central-1", "eu-west-1", "ap-northeast-1", "ap-southeast-2"])


def ros_distro(r):
    return r.choice(["humble", "iron", "jazzy", "rolling", "foxy", "galactic"])


def ros1_distro(r):
    return r.choice(["noetic", "melodic"])


# ---------------------------------------------------------------------------------------------
# credential generators

def human_password(r):
    s = r.randint(0, 5)
    if s == 0:
        return r.choice(WORDS).capitalize() + r.choice(SYMS) + r.choice(WORDS).capitalize() + str(r.randint(10, 9999))
    if s == 1:
        return rs(r, AN + "!@#%^&*-_", r.randint(16, 32))
    if s == 2:
        return "-".join(r.choice(WORDS) for _ in range(r.randint(3, 5))) + "-" + str(r.randint(1, 99))
    if s == 3:
        w = r.choice(WORDS)
        w = w.replace("a", "@").replace("o", "0").replace("e", "3")
        return w.capitalize() + str(r.randint(1970, 2025)) + r.choice(SYMS) + r.choice(WORDS)
    if s == 4:
        return rs(r, AN, r.randint(20, 28))
    return r.choice(WORDS).capitalize() + r.choice(WORDS) + r.choice(SYMS) + str(r.randint(100, 999)) + r.choice(UP)


def url_safe_password(r):
    # passwords that live inside URLs (user:pass@host) - no @ : / # ? chars
    s = r.randint(0, 3)
    if s == 0:
        return r.choice(WORDS).capitalize() + r.choice("!*-_.~") + r.choice(WORDS) + str(r.randint(10, 999))
    if s == 1:
        return rs(r, AN, r.randint(12, 24))
    if s == 2:
        return r.choice(WORDS) + r.choice(WORDS).capitalize() + str(r.randint(1000, 99999))
    return rs(r, AN + "-_.!", r.randint(14, 22))


def aws_akid(r):
    return "AKIA" + rs(r, B32, 16)


def aws_secret(r):
    return rs(r, AN + "+/", 40)


def fox_sk(r):
    return "fox_sk_" + rs(r, AN, 32)


def fox_dt(r):
    return "fox_dt_" + rs(r, AN, 32)


def nvapi(r):
    return "nvapi-" + rs(r, URLS, 64)


def ngc_legacy(r):
    raw = rs(r, LO + DG, 26) + ":" + ruuid(r)
    return b64(raw.encode())


def ei_key(r):
    return "ei_" + rhex(r, 64)


def roboflow_key(r):
    return rs(r, AN, 20)


def dckr_pat(r):
    return "dckr_pat_" + rs(r, URLS, 27)


def jwt_webodm(r, user):
    hdr = b64u(json.dumps({"typ": "JWT", "alg": "HS256"}, separators=(",", ":")).encode())
    pl = b64u(json.dumps({"user_id": r.randint(1, 40), "username": user, "exp": r.randint(1700000000, 1790000000),
                          "email": ""}, separators=(",", ":")).encode())
    return hdr + "." + pl + "." + b64u(rbytes(r, 32))


# ---------------------------------------------------------------------------------------------
# ASN.1 / PEM helpers

def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int_bytes(r, nbytes, high=True):
    b = bytearray(rbytes(r, nbytes))
    if high:
        b[0] |= 0x80
        return der(0x02, b"\x00" + bytes(b))
    b[0] = (b[0] & 0x7f) | 0x01
    return der(0x02, bytes(b))


def rsa_der(r, bits=2048):
    nb = bits // 8
    body = der(0x02, b"\x00") + der_int_bytes(r, nb) + der(0x02, b"\x01\x00\x01") + der_int_bytes(r, nb, r.random() < 0.5)
    body += der_int_bytes(r, nb // 2) + der_int_bytes(r, nb // 2)
    for _ in range(3):
        body += der_int_bytes(r, nb // 2, r.random() < 0.5)
    return der(0x30, body)


EC_OID_P256 = bytes.fromhex("06082a8648ce3d030107")
EC_OID_PUB = bytes.fromhex("06072a8648ce3d0201")


def ec_sec1_der(r):
    body = der(0x02, b"\x01") + der(0x04, rbytes(r, 32)) + der(0xa0, EC_OID_P256) + \
        der(0xa1, der(0x03, b"\x00\x04" + rbytes(r, 64)))
    return der(0x30, body)


def ec_pkcs8_der(r):
    inner = der(0x30, der(0x02, b"\x01") + der(0x04, rbytes(r, 32)) + der(0xa1, der(0x03, b"\x00\x04" + rbytes(r, 64))))
    body = der(0x02, b"\x00") + der(0x30, EC_OID_PUB + EC_OID_P256) + der(0x04, inner)
    return der(0x30, body)


def pem_lines(label, d):
    s = b64(d)
    lines = ["-----BEGIN %s-----" % label] + [s[i:i + 64] for i in range(0, len(s), 64)] + ["-----END %s-----" % label]
    return lines


def private_key_pem(r, kind=None):
    kind = kind or r.choice(["rsa", "ec", "p8ec"])
    if kind == "rsa":
        lines = pem_lines("RSA PRIVATE KEY", rsa_der(r))
    elif kind == "ec":
        lines = pem_lines("EC PRIVATE KEY", ec_sec1_der(r))
    else:
        lines = pem_lines("PRIVATE KEY", ec_pkcs8_der(r))
    return lines, lines[1]


def cert_pem(r, cn="robot"):
    # public certificate: plausible DER prefix (SEQUENCE{SEQUENCE{[0]{INTEGER 2} INTEGER serial ...}})
    tbs = der(0xa0, der(0x02, b"\x02")) + der(0x02, rbytes(r, 16)) + \
        der(0x30, bytes.fromhex("06092a864886f70d01010b0500")) + der(0x30, der(0x31, der(0x30, bytes.fromhex("0603550403") + der(0x0c, cn.encode())))) + \
        der(0x30, der(0x17, b"240101000000Z") + der(0x17, b"340101000000Z")) + rbytes(r, 300)
    body = der(0x30, tbs) + der(0x30, bytes.fromhex("06092a864886f70d01010b0500")) + der(0x03, b"\x00" + rbytes(r, 256))
    return pem_lines("CERTIFICATE", der(0x30, body))


def ssh_pub(r):
    if r.random() < 0.5:
        blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)
        return "ssh-ed25519 " + b64(blob)
    blob = b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + rbytes(r, 256)
    return "ssh-rsa " + b64(blob)


# ---------------------------------------------------------------------------------------------
# negative replacement values

def ph(r, env, prefix="", style=None):
    opts = ["<YOUR_%s>" % env, "REPLACE_ME", "changeme", "${%s}" % env, "", "********",
            "<%s>" % env.lower().replace("_", "-"), "TODO_SET_ME", "${{ secrets.%s }}" % env,
            "{{ %s }}" % env.lower()]
    if prefix:
        opts += [prefix + "x" * 24, prefix + "XXXXXXXXXXXXXXXX", prefix + "<redacted>", prefix + "..."]
    if style == "launch":
        opts = ["$(env %s)" % env, "$(optenv %s)" % env, "$(arg %s)" % env.lower(), "changeme", "", "REPLACE_ME"]
    if style == "helm":
        opts += ["{{ .Values.%s }}" % env.lower()]
    return r.choice(opts)


class Ctx:
    def __init__(self, r, pos):
        self.r = r
        self.pos = pos


def pick(r, *xs):
    return r.choice(xs)


def hdr_comment(r, c="#"):
    f, l = person(r)
    return r.choice([
        "%s Maintainer: %s %s" % (c, f.capitalize(), l.capitalize()),
        "%s Copyright %d %s" % (c, r.randint(2018, 2025), org(r)),
        "%s Auto-generated by setup wizard, edit with care" % c,
        "%s %s fleet - field deployment" % (c, org(r)),
        "%s see docs/deployment.md" % c,
    ])


# ---------------------------------------------------------------------------------------------
# POSITIVE-capable templates: f(r, pos) -> (relpath, filetype, text, needle, provider, kind)
# When pos is False, the secret is replaced by a non-secret value and needle is None.

TEMPLATES = []


def tpl(provider, kind):
    def deco(fn):
        TEMPLATES.append((fn, provider, kind))
        return fn
    return deco


@tpl("foxglove", "api_key")
def t_ros2_params_foxglove(r, pos):
    k = fox_sk(r) if pos else ph(r, "FOXGLOVE_API_KEY", "fox_sk_")
    node = pick(r, "mcap_uploader", "data_offload", "bag_sync", "cloud_recorder")
    keyname = pick(r, "api_key", "foxglove_token", "upload_credential", "bearer")
    rb = robot(r)
    lines = [hdr_comment(r), "%s:" % node, "  ros__parameters:",
             "    robot_name: %s" % rb,
             "    storage_dir: /var/lib/%s/bags" % node,
             "    max_bag_size_mb: %d" % pick(r, 512, 1024, 2048),
             "    topics:",
             "      - /tf", "      - /tf_static", "      - /odom", "      - /scan",
             "      - /%s/camera/image_raw/compressed" % rb,
             "    foxglove:",
             "      endpoint: https://api.foxglove.dev/v1",
             "      device_id: dev_%s" % rs(r, AN, 16),
             "      %s: %s" % (keyname, pick(r, k, '"%s"' % k)),
             "      upload_on_wifi_only: %s" % pick(r, "true", "false"),
             "      retry_backoff_s: %d" % r.randint(5, 60),
             "    qos_depth: 10", ""]
    return "config/%s.yaml" % node, "yaml", lines, k


@tpl("foxglove", "api_key")
def t_py_foxglove_upload(r, pos):
    k = fox_sk(r) if pos else ph(r, "FOXGLOVE_API_KEY", "fox_sk_")
    var = pick(r, "FOXGLOVE_TOKEN", "TOKEN", "FG_KEY", "_AUTH")
    dev = "dev_" + rs(r, AN, 16)
    lines = ["#!/usr/bin/env python3", '"""Upload recorded MCAP files to Foxglove Data Platform."""',
             "import argparse", "import glob", "import os", "", "from foxglove_data_platform.client import Client", "",
             '%s = "%s"' % (var, k), 'DEVICE_ID = "%s"' % dev, "", "",
             "def main():",
             "    p = argparse.ArgumentParser()",
             '    p.add_argument("bag_dir", default="/data/bags")',
             '    p.add_argument("--delete", action="store_true")',
             "    args = p.parse_args()",
             "    client = Client(token=%s)" % var,
             '    for path in sorted(glob.glob(os.path.join(args.bag_dir, "*.mcap"))):',
             '        print("uploading", path)',
             '        with open(path, "rb") as f:',
             "            client.upload_data(device_id=DEVICE_ID, filename=os.path.basename(path), data=f.read())",
             "        if args.delete:", "            os.remove(path)", "", "",
             'if __name__ == "__main__":', "    main()", ""]
    return pick(r, "scripts/upload_mcap.py", "tools/fg_upload.py", "src/offload/offload/upload.py"), "py", lines, k


@tpl("foxglove", "device_token")
def t_foxglove_agent_env(r, pos):
    k = fox_dt(r) if pos else ph(r, "FOXGLOVE_DEVICE_TOKEN", "fox_dt_")
    lines = ["# /etc/foxglove/agent/envfile - installed by ansible role foxglove_agent",
             "FOXGLOVE_DEVICE_TOKEN=%s" % k,
             "STORAGE_ROOT=/data/recordings",
             "FOXGLOVE_API_URL=https://api.foxglove.dev",
             "UPLOAD_BANDWIDTH_LIMIT=%dKB" % r.choice([256, 512, 1024]),
             "WATCH_PATTERNS=*.mcap,*.bag", "RETAIN_DAYS=%d" % r.randint(2, 14), ""]
    return pick(r, "deploy/foxglove-agent/envfile", "ansible/roles/foxglove_agent/files/envfile"), "env", lines, k


@tpl("aws", "secret_access_key")
def t_aws_credentials_ini(r, pos):
    ak = aws_akid(r) if pos else pick(r, "AKIAIOSFODNN7EXAMPLE", "<ACCESS_KEY_ID>", "")
    sk = aws_secret(r) if pos else pick(r, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "<SECRET_ACCESS_KEY>", "", "REPLACE_ME")
    prof = pick(r, "robomaker", "default", "sim-ci", "fleet-upload")
    lines = ["# credentials used by the RoboMaker simulation launcher", "[%s]" % prof,
             "aws_access_key_id = %s" % ak, "aws_secret_access_key = %s" % sk,
             "region = %s" % region(r), "output = json", ""]
    return pick(r, "deploy/aws/credentials", "simulation/.aws/credentials", "robot_ws/aws-credentials.ini"), "ini", lines, sk


@tpl("aws", "secret_access_key")
def t_robomaker_sh(r, pos):
    ak = aws_akid(r) if pos else "${AWS_ACCESS_KEY_ID}"
    sk = aws_secret(r) if pos else ph(r, "AWS_SECRET_ACCESS_KEY")
    app = "arn:aws:robomaker:%s:%d:simulation-application/%s/%d" % (region(r), r.randint(10**11, 10**12 - 1), pick(r, "warehouse-sim", "nav-sim", "drone-sim"), r.randint(10**12, 10**13 - 1))
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", hdr_comment(r), "",
             "export AWS_ACCESS_KEY_ID=%s" % ak, "export AWS_SECRET_ACCESS_KEY=%s" % pick(r, sk, '"%s"' % sk),
             "export AWS_DEFAULT_REGION=%s" % region(r), "",
             'SIM_APP_ARN="%s"' % app, 'BUCKET="%s-sim-bundles"' % org(r), "",
             "colcon build --install-base install",
             "colcon bundle",
             'aws s3 cp bundle/output.tar "s3://${BUCKET}/sim/$(git rev-parse --short HEAD).tar"',
             "aws robomaker create-simulation-job \\",
             "  --max-job-duration-in-seconds %d \\" % r.choice([900, 1800, 3600]),
             '  --iam-role "arn:aws:iam::%d:role/RoboMakerSim" \\' % r.randint(10**11, 10**12 - 1),
             '  --simulation-applications "application=${SIM_APP_ARN},launchConfig={packageName=%s,launchFile=sim.launch.py}"' % pick(r, "warehouse_sim", "nav_bringup"),
             ""]
    return pick(r, "scripts/launch_sim.sh", "simulation/run_robomaker.sh"), "sh", lines, sk


@tpl("aws", "secret_access_key")
def t_launch_py_cloudwatch(r, pos):
    ak = aws_akid(r) if pos else "os.environ.get('AWS_ACCESS_KEY_ID', '')"
    sk = aws_secret(r) if pos else ph(r, "AWS_SECRET_ACCESS_KEY")
    akexpr = "'%s'" % ak if pos else ak
    lines = ["import os", "", "from launch import LaunchDescription", "from launch.actions import DeclareLaunchArgument, SetEnvironmentVariable",
             "from launch.substitutions import LaunchConfiguration", "from launch_ros.actions import Node", "", "",
             "def generate_launch_description():",
             "    log_group = LaunchConfiguration('log_group')",
             "    return LaunchDescription([",
             "        DeclareLaunchArgument('log_group', default_value='%s-robots')," % org(r),
             "        SetEnvironmentVariable('AWS_ACCESS_KEY_ID', %s)," % akexpr,
             "        SetEnvironmentVariable('AWS_SECRET_ACCESS_KEY', '%s')," % sk,
             "        SetEnvironmentVariable('AWS_REGION', '%s')," % region(r),
             "        Node(",
             "            package='cloudwatch_logger',",
             "            executable='cloudwatch_logger',",
             "            name='cloudwatch_logger',",
             "            parameters=[{'log_group_name': log_group, 'log_stream_name': '%s', 'sub_log_topics': ['/rosout_agg']}]," % robot(r),
             "            output='screen',", "        ),", "    ])", ""]
    return pick(r, "launch/cloudwatch.launch.py", "src/%s_bringup/launch/monitoring.launch.py" % pick(r, *ROBOTS)), "py", lines, sk


@tpl("aws", "secret_access_key")
def t_ros1_launch_kinesis(r, pos):
    ak = aws_akid(r) if pos else "$(env AWS_ACCESS_KEY_ID)"
    sk = aws_secret(r) if pos else ph(r, "AWS_SECRET_ACCESS_KEY", style="launch")
    lines = ['<?xml version="1.0"?>', "<launch>",
             '  <arg name="stream_name" default="%s-front-cam"/>' % robot(r),
             '  <env name="AWS_ACCESS_KEY_ID" value="%s"/>' % ak,
             '  <env name="AWS_SECRET_ACCESS_KEY" value="%s"/>' % sk,
             '  <env name="AWS_REGION" value="%s"/>' % region(r), "",
             '  <node pkg="kinesis_video_streamer" type="kinesis_video_streamer" name="kvs_streamer" output="screen">',
             '    <rosparam command="load" file="$(find %s_bringup)/config/kvs.yaml"/>' % pick(r, *ROBOTS),
             '    <param name="kinesis_video/stream_count" value="1"/>',
             '    <param name="kinesis_video/stream0/subscription_topic" value="/camera/image_raw"/>',
             '    <param name="kinesis_video/stream0/stream_name" value="$(arg stream_name)"/>',
             "  </node>", "", '  <node pkg="h264_video_encoder" type="h264_video_encoder" name="encoder"/>',
             "</launch>", ""]
    return pick(r, "launch/kinesis_stream.launch", "%s_bringup/launch/video.launch" % pick(r, *ROBOTS)), "launch", lines, sk


@tpl("aws_iot", "device_private_key")
def t_aws_iot_privkey(r, pos):
    if pos:
        lines, needle = private_key_pem(r, "rsa")
        lines = lines + [""]
    else:
        lines = cert_pem(r, "AWS IoT Certificate") + [""]
        needle = None
    tid = rhex(r, 64)[:10]
    name = "certs/%s-private.pem.key" % tid if pos else "certs/%s-certificate.pem.crt" % tid
    return name, "pem", lines, needle


@tpl("aws_iot", "device_private_key")
def t_aws_iot_c_header(r, pos):
    if pos:
        pl, needle = private_key_pem(r, pick(r, "rsa", "ec"))
    else:
        pl, needle = ["-----BEGIN RSA PRIVATE KEY-----", "...paste key here...", "-----END RSA PRIVATE KEY-----"], None
    ep = "%s-ats.iot.%s.amazonaws.com" % (rs(r, LO + DG, 14), region(r))
    lines = ["/* Device credentials for the %s telemetry bridge. */" % robot(r), "#ifndef AWS_IOT_CREDS_H", "#define AWS_IOT_CREDS_H", "",
             '#define AWS_IOT_ENDPOINT "%s"' % ep, '#define AWS_IOT_THING_NAME "%s"' % robot(r),
             "#define AWS_IOT_PORT 8883", "", "static const char kDevicePrivateKey[] ="]
    for i, l in enumerate(pl):
        lines.append('    "%s\\n"%s' % (l, ";" if i == len(pl) - 1 else ""))
    lines += ["", "#endif  // AWS_IOT_CREDS_H", ""]
    return pick(r, "include/aws_iot_creds.h", "firmware/src/iot_credentials.h"), "h", lines, needle


@tpl("formant", "service_account_password")
def t_formant_py(r, pos):
    pw = rs(r, AN + "!#$%", r.randint(24, 32)) if pos else ph(r, "FORMANT_PASSWORD")
    acct = "service-account-%s@%s.formant.io" % (rhex(r, 8), org(r))
    var = pick(r, "FORMANT_PASSWORD", "SA_SECRET", "FM_PW", "PASSPHRASE")
    lines = ["import datetime", "import os", "", "from formant.sdk.cloud.v1 import Client", "",
             '%s = "%s"' % (var, pw),
             'os.environ.setdefault("FORMANT_EMAIL", "%s")' % acct,
             'os.environ.setdefault("FORMANT_PASSWORD", %s)' % var, "",
             "client = Client()", "end = datetime.datetime.utcnow()",
             "start = end - datetime.timedelta(hours=%d)" % r.randint(1, 48),
             'streams = ["battery.percent", "nav.state", "localization.confidence"]',
             "data = client.query.query({\"start\": start.isoformat() + 'Z', \"end\": end.isoformat() + 'Z', \"names\": streams})",
             "for item in data.items:", "    print(item.name, len(item.points))", ""]
    return pick(r, "scripts/formant_export.py", "analytics/pull_formant.py"), "py", lines, pw


@tpl("freedom_robotics", "mc_secret")
def t_freedom_install(r, pos):
    tok = "T" + rhex(r, 24)
    sec = "S" + rhex(r, 24) if pos else ph(r, "FR_SECRET")
    acct, dev = "A" + rhex(r, 12), "D" + rhex(r, 12)
    lines = ["#!/bin/bash", "# Provision the Freedom Robotics agent on a fresh Jetson image", "set -e", "",
             "sudo apt-get update && sudo apt-get install -y curl python3-pip", "",
             'curl -sSf "https://api.freedomrobotics.ai/accounts/%s/devices/%s/installscript?mc_token=%s&mc_secret=%s&install_elements=webrtc,ros" | python3 -'
             % (acct, dev, tok if pos else "${FR_TOKEN}", sec), "",
             "sudo systemctl enable freedomrobotics", "sudo systemctl restart freedomrobotics", 'echo "agent installed on $(hostname)"', ""]
    return pick(r, "provision/install_freedom_agent.sh", "scripts/setup/freedom.sh"), "sh", lines, sec


@tpl("inorbit", "api_key")
def t_inorbit_yaml(r, pos):
    k = rs(r, AN, r.choice([16, 20, 24])) if pos else ph(r, "INORBIT_API_KEY")
    kn = pick(r, "api_key", "app_key", "inorbit_key", "auth")
    lines = ["# InOrbit edge connector", "inorbit:",
             "  api_url: https://api.inorbit.ai", "  %s: %s" % (kn, pick(r, k, "'%s'" % k)),
             "  robot_id: %s" % robot(r), "  robot_name: %s" % robot(r).replace("_", "-"),
             "  location_tz: %s" % pick(r, "Europe/Berlin", "America/Chicago", "Asia/Tokyo"),
             "publishers:", "  pose: /amcl_pose", "  odom: /odom", "  battery: /battery_state",
             "  mission_status: /mission/status", "heartbeat_period_s: %d" % r.randint(5, 30), ""]
    return pick(r, "config/inorbit_connector.yaml", "inorbit_bridge/config/robot.yaml"), "yaml", lines, k


@tpl("dji", "osdk_app_key")
def t_dji_osdk_userconfig(r, pos):
    k = rhex(r, 64) if pos else pick(r, "your_app_key", "<APP_KEY>", "")
    lines = ["app_id : %d" % r.randint(1000000, 1199999), "app_key : %s" % k,
             "device : %s" % pick(r, "/dev/ttyUSB0", "/dev/ttyTHS1", "/dev/ttyACM0"),
             "baudrate : %d" % pick(r, 921600, 230400, 1000000),
             "acm_port : /dev/ttyACM0", ""]
    return pick(r, "onboard/UserConfig.txt", "sample/linux/common/UserConfig.txt"), "txt", lines, k


@tpl("dji", "psdk_app_key")
def t_dji_psdk_header(r, pos):
    k = rhex(r, 32) if pos else "your_app_key"
    lic = b64(rbytes(r, 240)) if pos else "your_app_license"
    lines = ["/**", " * @file dji_sdk_app_info.h", " * Payload application identity for %s" % org(r), " */",
             "#ifndef DJI_SDK_APP_INFO_H", "#define DJI_SDK_APP_INFO_H", "",
             "#ifdef __cplusplus", 'extern "C" {', "#endif", "",
             '#define USER_APP_NAME               "%s"' % pick(r, "gimbal-ctrl", "thermal-payload", "lidar_bridge"),
             '#define USER_APP_ID                 "%d"' % r.randint(100000, 199999),
             '#define USER_APP_KEY                "%s"' % k,
             '#define USER_APP_LICENSE            "%s"' % lic,
             '#define USER_DEVELOPER_ACCOUNT      "%s"' % email(r),
             '#define USER_BAUD_RATE              "460800"', "",
             "#ifdef __cplusplus", "}", "#endif", "", "#endif // DJI_SDK_APP_INFO_H", ""]
    return "samples/sample_c/platform/linux/manifold2/application/dji_sdk_app_info.h", "h", lines, k


@tpl("mavlink", "signing_key")
def t_pymavlink_signing(r, pos):
    k = rhex(r, 64) if pos else None
    kexpr = "bytes.fromhex('%s')" % k if pos else pick(r, "bytes.fromhex(os.environ['MAV_SIGNING_KEY'])", "load_key('/etc/mavlink/signing.key')")
    var = pick(r, "SIGNING_KEY", "secret_key", "LINK_SECRET", "sk")
    lines = ["#!/usr/bin/env python3", "# companion computer: forwards FC telemetry to GCS with MAVLink 2 signing", "import os", "import time", "",
             "from pymavlink import mavutil", "",
             "FC_URL = '%s'" % pick(r, "/dev/ttyAMA0", "/dev/ttyTHS1", "udpin:0.0.0.0:14550"),
             "GCS_URL = 'udpout:%s:14550'" % ip(r),
             "%s = %s" % (var, kexpr), "", "",
             "def load_key(path):", "    with open(path, 'rb') as f:", "        return f.read(32)", "", "",
             "def main():", "    fc = mavutil.mavlink_connection(FC_URL, baud=%d, source_system=%d)" % (pick(r, 57600, 921600), r.randint(200, 254)),
             "    gcs = mavutil.mavlink_connection(GCS_URL, source_system=%d)" % r.randint(200, 254),
             "    gcs.setup_signing(%s, sign_outgoing=True, initial_timestamp=int(time.time() * 1e5))" % var,
             "    fc.wait_heartbeat()", "    while True:", "        m = fc.recv_match(blocking=True)", "        if m is None:", "            continue",
             "        gcs.mav.send(m)", "", "", "if __name__ == '__main__':", "    main()", ""]
    return pick(r, "companion/mav_forward.py", "scripts/telemetry_bridge.py"), "py", lines, k


@tpl("mavlink", "signing_passphrase")
def t_mavproxy_init(r, pos):
    p = human_password(r).replace(" ", "") if pos else ph(r, "SIGNING_PASSPHRASE")
    lines = ["# ~/.mavinit.scr for the ground station laptop", "set moddebug 1", "module load map", "module load console",
             "module load graph", "set heartbeat %d" % r.randint(1, 2),
             "signing setup %s" % p, "set shownoise 0",
             "link add udpin:0.0.0.0:%d" % r.choice([14550, 14551, 14560]), "param fetch", ""]
    return pick(r, "gcs/mavinit.scr", "tools/mavproxy/mavinit.scr"), "scr", lines, p if pos else None


@tpl("sik_radio", "aes_key")
def t_rfd900_config(r, pos):
    k = rhex(r, 32).upper() if pos else pick(r, "<AES_KEY_HEX>", "${RADIO_AES_KEY}", "")
    lines = ["#!/bin/bash", "# Configure RFD900x pair for encrypted telemetry (run with radio on /dev/ttyUSB0)", "PORT=${1:-/dev/ttyUSB0}", "",
             "send() { printf '%s\\r' \"$1\" > \"$PORT\"; sleep 0.5; }", "",
             "stty -F \"$PORT\" 57600 raw -echo", "sleep 1.2; printf '+++' > \"$PORT\"; sleep 1.2",
             "send 'ATS3=%d'      # NETID" % r.randint(1, 499), "send 'ATS4=30'      # TXPOWER",
             "send 'ATS8=915000'  # MIN_FREQ", "send 'ATS9=928000'  # MAX_FREQ", "send 'ATS15=1'      # ENCRYPTION_LEVEL",
             "send 'AT&E=%s'" % k, "send 'AT&W'", "send 'ATZ'", 'echo "radio configured"', ""]
    return pick(r, "radio/configure_rfd900x.sh", "scripts/radio_setup.sh"), "sh", lines, k if pos else None


@tpl("aws", "secret_access_key")
def t_dronekit_s3(r, pos):
    ak = aws_akid(r) if pos else None
    sk = aws_secret(r) if pos else None
    if pos:
        cl = ["s3 = boto3.client(", "    's3',", "    aws_access_key_id='%s'," % ak, "    aws_secret_access_key='%s'," % sk, "    region_name='%s'," % region(r), ")"]
    else:
        cl = ["s3 = boto3.client('s3', region_name='%s')  # creds from instance profile" % region(r)]
    lines = ["#!/usr/bin/env python3", "\"\"\"Log vehicle state during mission and push CSV to S3 after landing.\"\"\"", "import csv", "import time", "",
             "import boto3", "from dronekit import connect, VehicleMode", "",
             "BUCKET = '%s-flight-logs'" % org(r)] + cl + [
             "", "vehicle = connect('%s', wait_ready=True, baud=%d)" % (pick(r, "/dev/serial0", "127.0.0.1:14550", "tcp:127.0.0.1:5760"), 921600),
             "rows = []", "while vehicle.armed or not rows:",
             "    loc = vehicle.location.global_relative_frame",
             "    rows.append([time.time(), loc.lat, loc.lon, loc.alt, vehicle.battery.voltage, vehicle.mode.name])",
             "    time.sleep(0.5)", "",
             "fn = '/tmp/flight_%d.csv' % int(time.time())", "with open(fn, 'w', newline='') as f:",
             "    csv.writer(f).writerows(rows)", "s3.upload_file(fn, BUCKET, 'raw/' + fn.split('/')[-1])", "vehicle.close()", ""]
    return pick(r, "companion/mission_logger.py", "dronekit_scripts/log_and_upload.py"), "py", lines, sk


@tpl("dronedeploy", "api_key")
def t_dronedeploy_py(r, pos):
    k = rhex(r, 32) if pos else ph(r, "DRONEDEPLOY_API_KEY")
    var = pick(r, "DD_API_KEY", "API_KEY", "DD_TOKEN", "AUTH")
    lines = ["import json", "import requests", "", 'GRAPHQL = "https://www.dronedeploy.com/graphql"', '%s = "%s"' % (var, k), "",
             "QUERY = '''", "query ($id: ID!) {", "  node(id: $id) {", "    ... on Plan { name exports(first: 5) { edges { node { id status downloadPath } } } }", "  }", "}", "'''", "", "",
             "def plan_exports(plan_id):",
             '    r = requests.post(GRAPHQL, json={"query": QUERY, "variables": {"id": plan_id}},',
             '                      headers={"Authorization": "Bearer " + %s}, timeout=30)' % var,
             "    r.raise_for_status()", '    return r.json()["data"]["node"]["exports"]["edges"]', "", "",
             'if __name__ == "__main__":', '    print(json.dumps(plan_exports("MapPlan:%s"), indent=2))' % rhex(r, 24), ""]
    return pick(r, "tools/dd_export.py", "survey/dronedeploy_sync.py"), "py", lines, k


@tpl("skydio", "api_token")
def t_skydio_sync(r, pos):
    k = rhex(r, 64) if pos else ph(r, "SKYDIO_API_TOKEN")
    lines = ["# Skydio Cloud media sync job", "skydio:", "  base_url: https://api.skydio.com/api/v0",
             "  token: %s" % k, "  vehicle_serials:"] + ["    - %s" % ("SKYDIO-" + rs(r, UP + DG, 4) + "-" + rs(r, UP + DG, 4)) for _ in range(r.randint(1, 3))] + [
             "  download_dir: /mnt/nas/skydio", "  poll_minutes: %d" % r.randint(5, 60),
             "webhook:", "  url: https://hooks.%s.com/skydio" % org(r).replace("-", ""), ""]
    return pick(r, "config/skydio_sync.yaml", "ops/skydio.yml"), "yaml", lines, k


@tpl("auterion", "api_token")
def t_auterion_toml(r, pos):
    k = b64u(rbytes(r, 32)) if pos else ph(r, "AUTERION_TOKEN")
    lines = ["# Auterion Suite integration", "[suite]", 'url = "https://suite.auterion.com"', 'api_token = "%s"' % k,
             'organization = "%s"' % org(r), "", "[vehicle]", 'name = "%s"' % robot(r), "sysid = %d" % r.randint(1, 250),
             'flight_log_dir = "/data/logs"', "upload_logs = true", ""]
    return pick(r, "app/settings.toml", "auterion-app/config.toml"), "toml", lines, k


@tpl("pix4d", "client_secret")
def t_pix4d_py(r, pos):
    cid = rs(r, AN, 32)
    sec = rs(r, AN, 48) if pos else ph(r, "PIX4D_CLIENT_SECRET")
    lines = ["from pix4dengine import login_seat, create_project", "from pix4dengine.pipeline import Pipeline", "",
             "PIX4D_CLIENT_ID = '%s'" % cid, "PIX4D_CLIENT_SECRET = '%s'" % sec, "", "",
             "def process(images, out_dir):", "    login_seat(PIX4D_CLIENT_ID, PIX4D_CLIENT_SECRET)",
             "    proj = create_project('%s', images, work_dir=out_dir)" % pick(r, "field_a", "orchard", "quarry_north"),
             "    Pipeline().run(proj)", "    return proj", ""]
    return pick(r, "photogrammetry/run_pix4d.py", "pipeline/pix4d_job.py"), "py", lines, sec


@tpl("webodm", "jwt")
def t_webodm_py(r, pos):
    u = pick(r, "admin", "survey", "pilot", "ops") + str(r.randint(1, 9))
    k = jwt_webodm(r, u) if pos else ph(r, "WEBODM_TOKEN")
    lines = ["import glob", "import requests", "", "WEBODM = 'http://%s:8000'" % lanip(r), "PROJECT = %d" % r.randint(1, 60),
             "HEADERS = {'Authorization': 'JWT %s'}" % k, "",
             "files = [('images', (p.split('/')[-1], open(p, 'rb'), 'image/jpg')) for p in glob.glob('DCIM/*.JPG')]",
             "opts = [{'name': 'orthophoto-resolution', 'value': %d}, {'name': 'dsm', 'value': True}]" % r.choice([2, 3, 5]),
             "res = requests.post(f'{WEBODM}/api/projects/{PROJECT}/tasks/', headers=HEADERS, files=files,",
             "                    data={'options': __import__('json').dumps(opts)})", "print(res.json()['id'])", ""]
    return pick(r, "odm/submit_task.py", "mapping/webodm_upload.py"), "py", lines, k


@tpl("nodeodm", "token")
def t_nodeodm_compose(r, pos):
    k = rs(r, AN, r.randint(20, 32)) if pos else ph(r, "NODEODM_TOKEN")
    lines = ["version: '3.8'", "services:", "  nodeodm:", "    image: opendronemap/nodeodm:%s" % pick(r, "latest", "gpu", "3.5.1"),
             "    restart: unless-stopped", "    ports:", '      - "3000:3000"',
             "    command: [\"--port\", \"3000\", \"--token\", \"%s\", \"--max_images\", \"%d\"]" % (k, r.choice([500, 1500, 3000])),
             "    volumes:", "      - ./data:/var/www/data", "  webodm_proxy:", "    image: nginx:1.25-alpine", "    ports:", '      - "8080:80"', ""]
    return pick(r, "odm/docker-compose.yml", "processing/compose.yaml"), "yaml", lines, k


@tpl("nvidia_ngc", "api_key")
def t_ngc_login_sh(r, pos):
    k = nvapi(r) if pos else ph(r, "NGC_API_KEY", "nvapi-")
    tag = pick(r, "4.2.0", "4.1.0", "2023.1.1", "4.5.0")
    lines = ["#!/usr/bin/env bash", "# Pull and run Isaac Sim headless on the sim workstation", "set -e", "",
             "NGC_API_KEY=%s" % pick(r, k, "'%s'" % k),
             "docker login nvcr.io --username '$oauthtoken' --password \"$NGC_API_KEY\"",
             "docker pull nvcr.io/nvidia/isaac-sim:%s" % tag, "",
             "docker run --name isaac-sim --entrypoint bash -it --runtime=nvidia --gpus all -e \"ACCEPT_EULA=Y\" --rm --network=host \\",
             "  -e \"PRIVACY_CONSENT=Y\" \\", "  -v ~/docker/isaac-sim/cache/kit:/isaac-sim/kit/cache:rw \\",
             "  -v ~/docker/isaac-sim/data:/root/.local/share/ov/data:rw \\", "  nvcr.io/nvidia/isaac-sim:%s" % tag, ""]
    return pick(r, "sim/run_isaac.sh", "scripts/isaac_sim_pull.sh"), "sh", lines, k


@tpl("nvidia_ngc", "api_key_legacy")
def t_ngc_config(r, pos):
    k = ngc_legacy(r) if pos else ph(r, "NGC_API_KEY")
    lines = ["[CURRENT]", "apikey = %s" % k, "format_type = ascii", "org = %s" % rs(r, LO + DG, 12), "team = %s" % pick(r, "robotics", "no-team", "isaac"),
             "ace = no-ace", ""]
    return pick(r, "docker/ngc/config", "tools/.ngc/config"), "ini", lines, k


@tpl("nvidia_ngc", "docker_auth_b64")
def t_docker_config_ngc(r, pos):
    if pos:
        key = nvapi(r) if r.random() < 0.6 else ngc_legacy(r)
        auth = b64(("$oauthtoken:" + key).encode())
        entry = {"auth": auth}
        needle = auth
    else:
        entry = {}
        needle = None
    o = {"auths": {"nvcr.io": entry, "ghcr.io": {}}}
    if not pos:
        o["credsStore"] = pick(r, "desktop", "pass", "secretservice")
    o["HttpHeaders"] = {"User-Agent": "Docker-Client/%s (linux)" % pick(r, "24.0.7", "25.0.3", "26.1.4")}
    text = json.dumps(o, indent="\t") + "\n"
    return pick(r, "docker/config.json", "ci/docker-config.json"), "json", text, needle


@tpl("roboflow", "private_api_key")
def t_roboflow_py(r, pos):
    k = roboflow_key(r) if pos else ph(r, "ROBOFLOW_API_KEY")
    var = pick(r, "api_key", "RF_KEY", "ROBOFLOW_API_KEY", "rf_private")
    lines = ["import cv2", "import rclpy", "from rclpy.node import Node", "from sensor_msgs.msg import Image", "from cv_bridge import CvBridge",
             "from roboflow import Roboflow", "", "%s = '%s'" % (var, k), "", "",
             "class WeedDetector(Node):", "    def __init__(self):", "        super().__init__('weed_detector')",
             "        rf = Roboflow(api_key=%s)" % var,
             "        self.model = rf.workspace('%s').project('%s').version(%d).model" % (org(r), pick(r, "weeds", "pallets", "solar-panels"), r.randint(1, 12)),
             "        self.bridge = CvBridge()", "        self.create_subscription(Image, '/camera/color/image_raw', self.cb, 5)", "",
             "    def cb(self, msg):", "        frame = self.bridge.imgmsg_to_cv2(msg, 'bgr8')", "        cv2.imwrite('/tmp/frame.jpg', frame)",
             "        pred = self.model.predict('/tmp/frame.jpg', confidence=%d).json()" % r.randint(30, 70),
             "        self.get_logger().info(f\"{len(pred['predictions'])} detections\")", "", "",
             "def main():", "    rclpy.init()", "    rclpy.spin(WeedDetector())", ""]
    return pick(r, "src/perception/perception/weed_detector.py", "perception/detect_node.py"), "py", lines, k


@tpl("edge_impulse", "api_key")
def t_ei_upload_sh(r, pos):
    k = ei_key(r) if pos else ph(r, "EI_API_KEY", "ei_")
    lines = ["#!/bin/sh", "# push captured IMU windows to the Edge Impulse project", "EI_API_KEY=\"%s\"" % k, "LABEL=${1:-idle}", "",
             "for f in /data/imu/*.json; do",
             "  curl -s -X POST \\", "    -H \"x-api-key: $EI_API_KEY\" \\", "    -H \"x-label: $LABEL\" \\", "    -H \"Content-Type: application/json\" \\",
             "    --data-binary @\"$f\" \\", "    https://ingestion.edgeimpulse.com/api/training/data && rm \"$f\"", "done", ""]
    return pick(r, "tools/ei_upload.sh", "scripts/push_samples.sh"), "sh", lines, k


@tpl("edge_impulse", "hmac_key")
def t_ei_hmac_cpp(r, pos):
    k = rhex(r, 32) if pos else pick(r, "", "<HMAC_KEY>", "REPLACE_ME")
    lines = ["// Data forwarder settings for the vibration sensor board", "#pragma once", "", "#include <cstdint>", "",
             "namespace ei_cfg {", 'constexpr const char* kDeviceName = "%s";' % robot(r),
             'constexpr const char* kDeviceType = "%s";' % pick(r, "NANO33BLE", "ESP32", "RP2040"),
             "constexpr uint32_t kIntervalMs = %d;" % pick(r, 10, 16, 20),
             'constexpr const char* kHmacKey = "%s";' % k, "}  // namespace ei_cfg", ""]
    return pick(r, "firmware/include/ei_config.hpp", "sensor_node/src/ei_config.h"), "cpp", lines, k if pos else None


@tpl("rosbridge", "rosauth_secret")
def t_rosauth_py(r, pos):
    k = rs(r, AN, r.randint(16, 32)) if pos else None
    kexpr = "'%s'" % k if pos else "open('/etc/rosauth/secret').read().strip()"
    var = pick(r, "SECRET", "MAC_SECRET", "shared", "ROSAUTH")
    lines = ["\"\"\"Issues rosauth MAC tokens to authenticated web operators.\"\"\"", "import hashlib", "import random", "import string", "import time", "",
             "from flask import Flask, jsonify, request", "", "app = Flask(__name__)", "%s = %s" % (var, kexpr), "", "",
             "@app.route('/ros-auth')", "def ros_auth():", "    client = request.remote_addr", "    dest = '%s'" % lanip(r),
             "    rand = ''.join(random.choice(string.ascii_letters) for _ in range(10))", "    t = int(time.time())", "    end = t + %d" % r.choice([60, 300, 600]),
             "    level = 'user'",
             "    mac = hashlib.sha512((%s + client + dest + rand + str(t) + level + str(end)).encode()).hexdigest()" % var,
             "    return jsonify(mac=mac, client=client, dest=dest, rand=rand, t=t, level=level, end=end)", ""]
    return pick(r, "web/auth_server.py", "rosbridge_auth/app.py"), "py", lines, k


@tpl("zenoh", "usrpwd_password")
def t_zenoh_json5(r, pos):
    pw = human_password(r).replace('"', "") if pos else ph(r, "ZENOH_PASSWORD")
    lines = ["{", '  mode: "%s",' % pick(r, "router", "peer", "client"), "  connect: {", '    endpoints: ["tls/%s:7447"],' % pick(r, "zenoh.%s.net" % org(r), ip(r)), "  },",
             "  listen: {", '    endpoints: ["tcp/0.0.0.0:7447"],', "  },", "  transport: {", "    auth: {", "      usrpwd: {",
             '        user: "%s",' % robot(r), '        password: "%s",' % pw, "      },", "    },", "  },",
             "  plugins: {", "    ros2dds: {", '      domain: %d,' % r.randint(0, 50), '      namespace: "/%s",' % robot(r), "    },", "  },", "}", ""]
    return pick(r, "config/zenoh-bridge.json5", "zenoh/router.json5"), "json5", lines, pw


@tpl("zenoh", "tls_private_key")
def t_zenoh_tls_key(r, pos):
    if pos:
        lines, needle = private_key_pem(r, pick(r, "p8ec", "rsa"))
        lines = lines + [""]
        return pick(r, "config/tls/zenohd-key.pem", "zenoh/certs/server.key"), "pem", lines, needle
    lines = cert_pem(r, "zenohd") + [""]
    return pick(r, "config/tls/zenohd-cert.pem", "zenoh/certs/server.crt"), "pem", lines, None


@tpl("dds_security", "identity_private_key")
def t_sros2_key(r, pos):
    enc = "/%s/%s" % (robot(r), pick(r, "talker", "nav2", "controller", "lidar_driver"))
    if pos:
        lines, needle = private_key_pem(r, "p8ec")
        return "sros2_keystore/enclaves%s/key.pem" % enc, "pem", lines + [""], needle
    lines = cert_pem(r, enc) + [""]
    return "sros2_keystore/enclaves%s/cert.pem" % enc, "pem", lines, None


@tpl("docker_registry", "password")
def t_gitlab_ci_docker(r, pos):
    pw = human_password(r) if pos else "$CI_REGISTRY_PASSWORD"
    reg = pick(r, "registry.%s.com" % org(r).replace("-", ""), "harbor.%s.io" % org(r).replace("-", ""))
    lines = ["stages:", "  - build", "  - push", "", "variables:", "  IMAGE: %s/robots/%s" % (reg, pick(r, *ROBOTS)), "  ROS_DISTRO: %s" % ros_distro(r), "",
             "build:", "  stage: build", "  image: docker:24", "  services: [docker:24-dind]", "  script:",
             "    - docker build --build-arg ROS_DISTRO=$ROS_DISTRO -t $IMAGE:$CI_COMMIT_SHORT_SHA .",
             "    - docker login -u %s -p '%s' %s" % (pick(r, "robot$ci", "deploy", "ci-bot"), pw, reg),
             "    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA", "  only:", "    - main", ""]
    return ".gitlab-ci.yml", "yaml", lines, pw


@tpl("docker_registry", "dockerconfigjson_b64")
def t_k8s_regcred(r, pos):
    reg = "registry.%s.io" % org(r).replace("-", "")
    if pos:
        u = "fleet-puller"
        p = human_password(r)
        inner = json.dumps({"auths": {reg: {"username": u, "password": p, "auth": b64((u + ":" + p).encode())}}})
        v = b64(inner.encode())
    else:
        v = ph(r, "DOCKERCONFIGJSON", style="helm")
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: regcred", "  namespace: %s" % pick(r, "robots", "fleet", "edge"),
             "type: kubernetes.io/dockerconfigjson", "data:", "  .dockerconfigjson: %s" % v, ""]
    return pick(r, "deploy/k8s/regcred.yaml", "k3s/manifests/pull-secret.yaml"), "yaml", lines, v if pos else None


@tpl("docker_hub", "personal_access_token")
def t_makefile_dockerhub(r, pos):
    k = dckr_pat(r) if pos else "$(DOCKERHUB_TOKEN)"
    img = "%s/%s" % (org(r).replace("-", ""), pick(r, "ros2-nav", "px4-companion", "jetson-perception"))
    lines = ["IMAGE ?= %s" % img, "TAG ?= $(shell git describe --tags --always)", "PLATFORM ?= linux/arm64,linux/amd64",
             "DOCKERHUB_USER ?= %s" % org(r).replace("-", ""), "DOCKERHUB_PAT = %s" % k, "", ".PHONY: build push login", "",
             "build:", "\tdocker buildx build --platform $(PLATFORM) -t $(IMAGE):$(TAG) .", "",
             "login:", "\techo $(DOCKERHUB_PAT) | docker login -u $(DOCKERHUB_USER) --password-stdin", "",
             "push: login build", "\tdocker buildx build --platform $(PLATFORM) -t $(IMAGE):$(TAG) --push .", ""]
    return "Makefile", "makefile", lines, k if pos else None


@tpl("vda5050", "mqtt_password")
def t_vda5050_yaml(r, pos):
    pw = human_password(r) if pos else ph(r, "MQTT_PASSWORD")
    lines = ["# VDA 5050 connector configuration", "mqtt:", "  host: %s" % pick(r, "mqtt.%s.local" % org(r), lanip(r)), "  port: 8883", "  tls: true",
             "  username: %s" % pick(r, "agv-%02d" % r.randint(1, 40), "fleet_master", "mc_client"),
             "  password: %s" % pick(r, "'%s'" % pw.replace("'", ""), '"%s"' % pw.replace('"', "")),
             "  keepalive: 30", "vda5050:", "  interface_name: uagv", "  major_version: v2", "  manufacturer: %s" % org(r),
             "  serial_number: %s" % rs(r, UP + DG, 10), "  state_frequency_hz: 1", "  visualization_frequency_hz: 10", ""]
    if pos:
        pw2 = lines[6].split(": ", 1)[1][1:-1]
        return pick(r, "fleet/config/vda5050_connector.yaml", "config/vda5050.yaml"), "yaml", lines, pw2
    return pick(r, "fleet/config/vda5050_connector.yaml", "config/vda5050.yaml"), "yaml", lines, None


@tpl("vda5050", "mqtt_url_password")
def t_vda5050_conf(r, pos):
    pw = url_safe_password(r) if pos else pick(r, "${MQTT_PASSWORD}", "<password>", "")
    u = pick(r, "agv", "fleet", "master_control")
    lines = ["# fleet adapter runtime settings", "LOG_LEVEL=info", "MQTT_URL=mqtts://%s:%s@%s:8883" % (u, pw, pick(r, "broker.%s.io" % org(r).replace("-", ""), lanip(r))),
             "MQTT_CLIENT_ID=adapter-%s" % rhex(r, 6), "VDA_INTERFACE=uagv", "VDA_VERSION=2.0.0", "MAP_ID=%s" % pick(r, "hall_a", "warehouse_2", "dock"),
             "ORDER_TIMEOUT_S=%d" % r.randint(30, 300), ""]
    return pick(r, "fleet/adapter.conf", "deploy/fleet-adapter.conf"), "conf", lines, pw if pos else None


@tpl("ntrip", "caster_password")
def t_str2str_sh(r, pos):
    if pos:
        u, pw, host = pick(r, "rover", "basefarm", "survey") + str(r.randint(1, 99)), url_safe_password(r), pick(r, "caster.%s.net" % org(r), "ntrip.%s.com" % org(r).replace("-", ""), "rtk.emlid.com")
    else:
        u, pw, host = email(r), "none", "rtk2go.com"
    mnt = rs(r, UP, 4) + str(r.randint(0, 9)) + pick(r, "", "00", "RTCM3")
    lines = ["#!/bin/bash", "# stream RTCM corrections from the caster to the rover serial port", "",
             "str2str -in ntrip://%s:%s@%s:2101/%s \\" % (u, pw, host, mnt),
             "        -out serial://%s:%d:8:n:1:off \\" % (pick(r, "ttyUSB1", "ttyACM0", "ttyS0"), pick(r, 115200, 57600, 460800)),
             "        -p %.7f %.7f %.3f -n %d" % (r.uniform(-50, 60), r.uniform(-120, 30), r.uniform(0, 800), r.choice([1000, 5000, 10000])), ""]
    return pick(r, "rtk/start_corrections.sh", "gnss/ntrip_to_serial.sh"), "sh", lines, pw if pos else None


@tpl("ntrip", "caster_password")
def t_ntrip_ros_params(r, pos):
    pw = human_password(r).replace('"', "") if pos else ph(r, "NTRIP_PASSWORD")
    lines = ["ntrip_client:", "  ros__parameters:", "    host: %s" % pick(r, "caster.%s.net" % org(r), "www.sapos-nw-ntrip.de", "ntrip.data.gnss.ga.gov.au"),
             "    port: 2101", "    mountpoint: %s" % (rs(r, UP, 4) + str(r.randint(0, 9))), "    ntrip_version: None",
             "    authenticate: true", "    username: %s" % pick(r, email(r), "rover%02d" % r.randint(1, 40)),
             '    password: "%s"' % pw, "    ssl: false", "    rtcm_message_package: rtcm_msgs",
             "    reconnect_attempt_max: 10", "    reconnect_attempt_wait_seconds: 5", "    rtcm_timeout_seconds: 4", ""]
    return pick(r, "config/ntrip_client.yaml", "gnss_bringup/params/ntrip.yaml"), "yaml", lines, pw if pos else None


@tpl("ntrip", "caster_password")
def t_ntrip_ros1_launch(r, pos):
    pw = url_safe_password(r) if pos else ph(r, "NTRIP_PASSWORD", style="launch")
    lines = ["<launch>", '  <arg name="namespace" default="%s"/>' % robot(r), '  <group ns="$(arg namespace)">',
             '    <node name="ntrip_client" pkg="ntrip_client" type="ntrip_ros.py" output="screen">',
             '      <param name="host" value="%s"/>' % pick(r, "caster.%s.net" % org(r), "ntrip.%s.com" % org(r).replace("-", "")),
             '      <param name="port" value="2101"/>', '      <param name="mountpoint" value="%s"/>' % (rs(r, UP, 4) + str(r.randint(0, 9))),
             '      <param name="authenticate" value="true"/>', '      <param name="username" value="%s"/>' % pick(r, *FIRST),
             '      <param name="password" value="%s"/>' % pw, '      <remap from="/fix" to="/gps/fix"/>',
             "    </node>", "  </group>", "</launch>", ""]
    return pick(r, "launch/ntrip.launch", "gps_bringup/launch/rtk.launch"), "launch", lines, pw if pos else None


@tpl("ntrip", "caster_password")
def t_rtkrcv_conf(r, pos):
    pw = url_safe_password(r) if pos else "none"
    u = pick(r, "base", "farmrtk", "uav") + str(r.randint(1, 99)) if pos else email(r)
    host = pick(r, "caster.%s.net" % org(r), "ntrip.%s.io" % org(r).replace("-", "")) if pos else "rtk2go.com"
    lines = ["# rtkrcv options (RTKLIB demo5)", "console-timetype    =gpst", "",
             "inpstr1-type       =serial", "inpstr1-path       =%s:115200:8:n:1:off" % pick(r, "ttyACM0", "ttyUSB0"), "inpstr1-format     =ubx",
             "inpstr2-type       =ntripcli", "inpstr2-path       =%s:%s@%s:2101/%s" % (u, pw, host, rs(r, UP, 4) + str(r.randint(0, 9))),
             "inpstr2-format     =rtcm3", "inpstr2-nmeareq    =single", "",
             "outstr1-type       =tcpsvr", "outstr1-path       =:%d" % r.choice([9001, 5000, 2947]), "outstr1-format     =nmea", "",
             "pos1-posmode       =kinematic", "pos1-frequency     =l1+l2", "pos1-elmask       =15", "pos2-armode        =fix-and-hold", ""]
    return pick(r, "rtk/rtkrcv.conf", "gnss/rtklib/rover.conf"), "conf", lines, pw if pos else None


@tpl("inorbit", "api_key")
def t_cpp_node_param(r, pos):
    k = rs(r, AN, r.choice([16, 20, 24])) if pos else ""
    pn = pick(r, "cloud.api_key", "uplink_key", "auth_token", "cloud.credential")
    lines = ["#include <chrono>", "#include <memory>", "#include <string>", "", '#include "rclcpp/rclcpp.hpp"', '#include "sensor_msgs/msg/battery_state.hpp"', "",
             "using namespace std::chrono_literals;", "", "class CloudUplink : public rclcpp::Node {", " public:",
             '  CloudUplink() : Node("cloud_uplink") {', '    endpoint_ = declare_parameter<std::string>("cloud.endpoint", "https://api.inorbit.ai");',
             '    key_ = declare_parameter<std::string>("%s", "%s");' % (pn, k),
             '    sub_ = create_subscription<sensor_msgs::msg::BatteryState>("/battery_state", 10,',
             "      [this](sensor_msgs::msg::BatteryState::SharedPtr m) { last_pct_ = m->percentage; });",
             "    timer_ = create_wall_timer(%ds, [this]() { publish(); });" % r.choice([5, 10, 30]), "  }", "", " private:",
             "  void publish() {", '    RCLCPP_DEBUG(get_logger(), "battery %.2f -> %s", last_pct_, endpoint_.c_str());', "  }",
             "  std::string endpoint_, key_;", "  float last_pct_{0.f};",
             "  rclcpp::Subscription<sensor_msgs::msg::BatteryState>::SharedPtr sub_;", "  rclcpp::TimerBase::SharedPtr timer_;", "};", "",
             "int main(int argc, char** argv) {", "  rclcpp::init(argc, argv);", "  rclcpp::spin(std::make_shared<CloudUplink>());", "  rclcpp::shutdown();", "  return 0;", "}", ""]
    return pick(r, "src/cloud_uplink_node.cpp", "src/%s_cloud/src/uplink.cpp" % pick(r, *ROBOTS)), "cpp", lines, k if pos else None


@tpl("aws", "secret_access_key")
def t_systemd_uplink(r, pos):
    ak = aws_akid(r) if pos else None
    sk = aws_secret(r) if pos else None
    env = ['Environment="AWS_ACCESS_KEY_ID=%s"' % ak, 'Environment="AWS_SECRET_ACCESS_KEY=%s"' % sk] if pos else ["EnvironmentFile=-/etc/default/telemetry-uplink"]
    lines = ["[Unit]", "Description=Telemetry uplink to cloud (%s)" % robot(r), "After=network-online.target ros2.service", "Wants=network-online.target", "",
             "[Service]", "Type=simple", "User=robot"] + env + [
             'Environment="AWS_REGION=%s"' % region(r), "Environment=ROS_DOMAIN_ID=%d" % r.randint(0, 100),
             "ExecStart=/opt/ros/%s/bin/ros2 launch telemetry_uplink uplink.launch.py" % ros_distro(r), "Restart=on-failure", "RestartSec=5", "",
             "[Install]", "WantedBy=multi-user.target", ""]
    return pick(r, "systemd/telemetry-uplink.service", "deploy/systemd/uplink.service"), "service", lines, sk


@tpl("docker_registry", "password")
def t_ansible_vars(r, pos):
    pw = human_password(r) if pos else None
    reg = "registry.%s.io" % org(r).replace("-", "")
    if pos:
        pl = ['registry_password: "%s"' % pw.replace('"', "")]
        needle = pw.replace('"', "")
    else:
        pl = ["registry_password: !vault |", "  $ANSIBLE_VAULT;1.1;AES256"] + ["  " + rhex(r, 80) for _ in range(r.randint(4, 7))]
        needle = None
    lines = ["---", "# group_vars for all field robots", "ros_distro: %s" % ros_distro(r), "robot_user: robot", "registry_url: %s" % reg,
             "registry_username: %s" % pick(r, "fleet-pull", "robot-ci", "deploy")] + pl + [
             "containers:", "  - name: nav", "    image: \"{{ registry_url }}/nav:%s\"" % ver(r), "  - name: perception",
             "    image: \"{{ registry_url }}/perception:%s\"" % ver(r), "ntp_servers: [0.pool.ntp.org, 1.pool.ntp.org]", ""]
    return pick(r, "ansible/group_vars/robots.yml", "provisioning/group_vars/all.yml"), "yaml", lines, needle


@tpl("roboflow", "private_api_key")
def t_dockerfile_jetson(r, pos):
    k = roboflow_key(r) if pos else None
    envl = "ENV ROBOFLOW_API_KEY=%s" % k if pos else "ARG ROBOFLOW_API_KEY"
    lines = ["FROM nvcr.io/nvidia/l4t-ml:r%s-py3" % pick(r, "35.2.1", "36.2.0", "32.7.1"), "", "ENV DEBIAN_FRONTEND=noninteractive",
             "RUN apt-get update && apt-get install -y --no-install-recommends python3-opencv && rm -rf /var/lib/apt/lists/*",
             "RUN pip3 install inference-gpu==%s supervision" % ver(r), envl, "ENV MODEL_ID=%s/%d" % (pick(r, "pallet-detect", "crop-rows", "people-ppe"), r.randint(1, 9)),
             "WORKDIR /app", "COPY detector/ /app/", 'CMD ["python3", "run_inference.py", "--source", "/dev/video0"]', ""]
    return pick(r, "docker/Dockerfile.jetson", "perception/Dockerfile"), "dockerfile", lines, k


@tpl("foxglove", "api_key")
def t_gha_workflow(r, pos):
    k = fox_sk(r) if pos else "${{ secrets.FOXGLOVE_API_KEY }}"
    lines = ["name: sim-regression", "on:", "  push:", "    branches: [main]", "  workflow_dispatch:", "", "jobs:", "  sim:", "    runs-on: ubuntu-22.04",
             "    container: ros:%s" % ros_distro(r), "    env:", "      FOXGLOVE_API_KEY: %s" % k, "      ROS_DOMAIN_ID: %d" % r.randint(0, 99), "    steps:",
             "      - uses: actions/checkout@v4", "      - name: build", "        run: |", "          . /opt/ros/$ROS_DISTRO/setup.sh", "          colcon build --symlink-install",
             "      - name: run scenario", "        run: ros2 launch sim_tests regression.launch.py record:=true",
             "      - name: upload recordings", "        run: python3 tools/upload_mcap.py out/ --delete", ""]
    return ".github/workflows/sim.yml", "yaml", lines, k if pos else None


@tpl("dronedeploy", "api_key")
def t_js_dashboard(r, pos):
    k = rhex(r, 32) if pos else ""
    lines = ["// Fleet dashboard: map export list", "import axios from 'axios';", "", "const DD_ENDPOINT = 'https://www.dronedeploy.com/graphql';",
             "const ddKey = '%s';" % k if pos else "const ddKey = process.env.REACT_APP_DD_KEY || '';", "",
             "export async function listPlans(first = %d) {" % r.choice([10, 20, 50]),
             "  const query = `query { viewer { organization { plans(first: ${first}) { edges { node { id name } } } } } }`;",
             "  const res = await axios.post(DD_ENDPOINT, { query }, { headers: { Authorization: `Bearer ${ddKey}` } });",
             "  return res.data.data.viewer.organization.plans.edges.map((e) => e.node);", "}", ""]
    return pick(r, "dashboard/src/api/dronedeploy.js", "web/src/services/plans.js"), "js", lines, k if pos else None


@tpl("mavlink", "signing_key")
def t_mavlink_router_conf(r, pos):
    # mavlink-router style + custom signing plugin reading base64 key
    k = b64(rbytes(r, 32)) if pos else ph(r, "MAVLINK_SIGNING_KEY")
    lines = ["[General]", "TcpServerPort = 5760", "ReportStats = false", "MavlinkDialect = ardupilotmega", "",
             "[UartEndpoint fc]", "Device = %s" % pick(r, "/dev/ttyTHS1", "/dev/serial0"), "Baud = 921600", "",
             "[UdpEndpoint gcs]", "Mode = Normal", "Address = %s" % ip(r), "Port = 14550", "",
             "# signing (patched router, see docs/signing.md)", "[Signing]", "Enable = true", "LinkId = %d" % r.randint(1, 200),
             "SecretKeyBase64 = %s" % k, ""]
    return pick(r, "companion/main.conf", "mavlink-router/main.conf"), "conf", lines, k if pos else None


@tpl("nvidia_ngc", "api_key")
def t_isaac_ros_helm(r, pos):
    k = nvapi(r) if pos else ph(r, "NGC_API_KEY", "nvapi-", style="helm")
    lines = ["# values for isaac-ros perception deployment on the edge cluster", "image:", "  repository: nvcr.io/nvidia/isaac/ros", "  tag: %s" % pick(r, "x86_64-ros2_humble_6f8b", "3.1.0-humble"),
             "  pullPolicy: IfNotPresent", "ngc:", "  apiKey: %s" % k, "  org: %s" % rs(r, LO + DG, 12),
             "resources:", "  limits:", "    nvidia.com/gpu: 1", "nodeSelector:", "  robot-role: perception", ""]
    return pick(r, "deploy/values-prod.yaml", "helm/isaac-ros/values.yaml"), "yaml", lines, k if pos else None


@tpl("foxglove", "api_key")
def t_ts_config(r, pos):
    k = fox_sk(r) if pos else ""
    lines = ["export const config = {", "  rosbridgeUrl: 'ws://%s:9090'," % lanip(r), "  foxglove: {", "    apiUrl: 'https://api.foxglove.dev/v1',",
             "    key: '%s'," % k if pos else "    key: import.meta.env.VITE_FOXGLOVE_KEY ?? '',", "    orgSlug: '%s'," % org(r), "  },",
             "  mapFrame: 'map',", "  refreshMs: %d," % r.choice([500, 1000, 2000]), "};", ""]
    return pick(r, "web/src/config.ts", "ops-console/src/settings.ts"), "ts", lines, k if pos else None


# ---------------------------------------------------------------------------------------------
# LOOK-ALIKE negatives: f(r) -> (relpath, filetype, lines, provider, kind)
NEGS = []


def neg(provider, kind):
    def deco(fn):
        NEGS.append((fn, provider, kind))
        return fn
    return deco


@neg("px4", "params_dump")
def n_px4_params(r):
    lines = ["# Onboard parameters for Vehicle %d" % r.randint(1, 9), "#", "# Stack: PX4 Pro", "# Vehicle: Multi-Rotor", "# Version: %s dev" % ver(r),
             "# Git Revision: %s" % rhex(r, 16), "#", "# Vehicle-Id Component-Id Name Value Type"]
    sysid = r.randint(1, 250)
    params = [("MAV_SYS_ID", str(sysid), 6), ("MAV_COMP_ID", "1", 6), ("CAL_ACC0_ID", str(r.randint(1000000, 9999999)), 6),
              ("CAL_GYRO0_ID", str(r.randint(1000000, 9999999)), 6), ("CAL_MAG0_ID", str(r.randint(100000, 999999)), 6),
              ("CAL_ACC0_XOFF", "%.9f" % r.uniform(-0.3, 0.3), 9), ("CAL_MAG0_XOFF", "%.9f" % r.uniform(-0.3, 0.3), 9),
              ("SYS_AUTOSTART", str(r.choice([4001, 4014, 6001, 13000])), 6), ("COM_RC_LOSS_T", "0.500000000", 9),
              ("MPC_XY_VEL_MAX", "%.9f" % r.uniform(5, 12), 9), ("SENS_BOARD_ROT", "0", 6), ("UAVCAN_ENABLE", "2", 6),
              ("SER_TEL1_BAUD", "57600", 6), ("MAV_0_RATE", "1200", 6), ("SYS_HITL", "0", 6)]
    for n, v, t in params:
        lines.append("%d\t1\t%s\t%s\t%d" % (sysid, n, v, t))
    return pick(r, "params/x500_field.params", "px4/airframes/vehicle.params"), "params", lines + [""]


@neg("ardupilot", "param_file")
def n_ardupilot_param(r):
    lines = ["# ArduCopter %s params, exported from Mission Planner" % ver(r)]
    for n, v in [("SYSID_THISMAV", r.randint(1, 250)), ("SYSID_MYGCS", 255), ("COMPASS_DEV_ID", r.randint(97000, 99999)),
                 ("COMPASS_DEV_ID2", r.randint(590000, 690000)), ("INS_ACC_ID", r.randint(2000000, 3000000)), ("INS_GYR_ID", r.randint(2000000, 3000000)),
                 ("BRD_SERIAL_NUM", r.randint(0, 99999999)), ("SERIAL2_PROTOCOL", 2), ("SERIAL2_BAUD", 921), ("BRD_OPTIONS", 0),
                 ("FRAME_CLASS", 1), ("FRAME_TYPE", 1), ("GPS_TYPE", 9), ("CAN_D1_UC_NODE", r.randint(1, 127)), ("RTL_ALT", r.choice([1500, 3000, 4000])),
                 ("STAT_BOOTCNT", r.randint(10, 900)), ("STAT_FLTTIME", r.randint(1000, 900000))]:
        lines.append("%s,%s" % (n, v) if r.random() < 0.5 else "%-16s %s" % (n, v))
    return pick(r, "ardupilot/copter_tuned.param", "params/hexa.param"), "param", lines + [""]


@neg("ros", "camera_calibration")
def n_camera_calib(r):
    fx = r.uniform(500, 1400)
    lines = ["image_width: 1280", "image_height: 720", "camera_name: %s" % pick(r, "front_rgb", "narrow_stereo", "belly_cam"),
             "# serial: %s" % rs(r, DG, 12), "# calibration_id: %s" % rhex(r, 40), "camera_matrix:", "  rows: 3", "  cols: 3",
             "  data: [%.5f, 0.0, %.5f, 0.0, %.5f, %.5f, 0.0, 0.0, 1.0]" % (fx, r.uniform(600, 680), fx * 1.001, r.uniform(340, 380)),
             "distortion_model: plumb_bob", "distortion_coefficients:", "  rows: 1", "  cols: 5",
             "  data: [%s]" % ", ".join("%.6f" % r.uniform(-0.3, 0.3) for _ in range(5)),
             "rectification_matrix:", "  rows: 3", "  cols: 3", "  data: [1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0]", ""]
    return pick(r, "config/camera_info/front.yaml", "calibration/ost.yaml"), "yaml", lines


@neg("nav2", "map_checksum")
def n_nav2_map(r):
    lines = ["image: %s.pgm" % pick(r, "warehouse", "hall_b", "campus"), "mode: trinary", "resolution: 0.05",
             "origin: [%.3f, %.3f, 0.0]" % (r.uniform(-50, 0), r.uniform(-50, 0)), "negate: 0", "occupied_thresh: 0.65", "free_thresh: 0.25",
             "# sha256 of the .pgm so robots can verify map sync", "checksum: %s" % hashlib.sha256(rbytes(r, 32)).hexdigest(),
             "map_id: %s" % ruuid(r), "built_with: slam_toolbox %s" % ver(r), ""]
    return pick(r, "maps/warehouse.yaml", "nav2_bringup/maps/site.yaml"), "yaml", lines


@neg("git_lfs", "lfs_pointer")
def n_lfs_pointer(r):
    lines = ["version https://git-lfs.github.com/spec/v1", "oid sha256:%s" % hashlib.sha256(rbytes(r, 16)).hexdigest(), "size %d" % r.randint(100000, 90000000), ""]
    return pick(r, "maps/warehouse.pgm", "models/yolov8n.engine", "bags/calib_2024.mcap"), "lfs", lines


@neg("ros2", "bag_metadata")
def n_bag_metadata(r):
    lines = ["rosbag2_bagfile_information:", "  version: 8", "  storage_identifier: mcap", "  duration:", "    nanoseconds: %d" % r.randint(10**9, 10**12),
             "  starting_time:", "    nanoseconds_since_epoch: %d" % r.randint(1.6e18, 1.75e18), "  message_count: %d" % r.randint(1000, 900000), "  topics_with_message_count:"]
    for t, ty in [("/tf", "tf2_msgs/msg/TFMessage"), ("/scan", "sensor_msgs/msg/LaserScan"), ("/odom", "nav_msgs/msg/Odometry")]:
        lines += ["    - topic_metadata:", "        name: %s" % t, "        type: %s" % ty, "        serialization_format: cdr",
                  "        offered_qos_profiles: []", "        type_description_hash: RIHS01_%s" % rhex(r, 64), "      message_count: %d" % r.randint(100, 90000)]
    lines += ["  compression_format: \"\"", "  compression_mode: \"\"", "  relative_file_paths:", "    - %s_0.mcap" % pick(r, "run", "rosbag2_2024_05_01-10_22_31"),
              "  custom_data: ~", "  ros_distro: %s" % ros_distro(r), ""]
    return pick(r, "bags/run_042/metadata.yaml", "data/recordings/metadata.yaml"), "yaml", lines


@neg("docker", "image_digests")
def n_compose_digests(r):
    lines = ["services:"]
    for s, img in [("ros_core", "ros:%s-ros-base" % ros_distro(r)), ("foxglove_bridge", "ghcr.io/foxglove/foxglove-bridge"),
                   ("mavros", "%s/mavros" % org(r)), ("zenoh", "eclipse/zenoh-bridge-ros2dds")]:
        lines += ["  %s:" % s, "    image: %s@sha256:%s" % (img, rhex(r, 64)), "    network_mode: host", "    restart: unless-stopped",
                  "    environment:", "      - ROS_DOMAIN_ID=%d" % r.randint(0, 99)]
    return pick(r, "docker-compose.yml", "deploy/robot/compose.yaml"), "yaml", lines + [""]


@neg("aws_iot", "endpoint_config")
def n_iot_config(r):
    tid = rhex(r, 10)
    lines = ["{", '  "endpoint": "%s-ats.iot.%s.amazonaws.com",' % (rs(r, LO + DG, 14), region(r)), '  "thingName": "%s",' % robot(r),
             '  "clientId": "%s",' % ruuid(r), '  "certPath": "/greengrass/certs/%s-certificate.pem.crt",' % tid,
             '  "keyPath": "/greengrass/certs/%s-private.pem.key",' % tid, '  "rootCaPath": "/greengrass/certs/AmazonRootCA1.pem",',
             '  "certificateId": "%s",' % rhex(r, 64), '  "topicPrefix": "fleet/%s/telemetry",' % org(r), '  "qos": 1', "}", ""]
    return pick(r, "config/iot_device.json", "greengrass/config/device.json"), "json", lines


@neg("dds_security", "permissions_ca_cert")
def n_permissions_ca(r):
    return pick(r, "sros2_keystore/public/permissions_ca.cert.pem", "keystore/public/identity_ca.cert.pem", "certs/AmazonRootCA1.pem"), "pem", cert_pem(r, "sros2CA") + [""]


@neg("dds_security", "governance_xml")
def n_governance(r):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<dds xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://www.omg.org/spec/DDS-SECURITY/20170901/omg_shared_ca_governance.xsd">',
             "  <domain_access_rules>", "    <domain_rule>", "      <domains><id>%d</id></domains>" % r.randint(0, 99),
             "      <allow_unauthenticated_participants>false</allow_unauthenticated_participants>", "      <enable_join_access_control>true</enable_join_access_control>",
             "      <discovery_protection_kind>ENCRYPT</discovery_protection_kind>", "      <liveliness_protection_kind>ENCRYPT</liveliness_protection_kind>",
             "      <rtps_protection_kind>SIGN</rtps_protection_kind>", "      <topic_access_rules>", "        <topic_rule>", "          <topic_expression>*</topic_expression>",
             "          <enable_discovery_protection>true</enable_discovery_protection>", "          <enable_read_access_control>true</enable_read_access_control>",
             "          <enable_write_access_control>true</enable_write_access_control>", "          <metadata_protection_kind>ENCRYPT</metadata_protection_kind>",
             "          <data_protection_kind>ENCRYPT</data_protection_kind>", "        </topic_rule>", "      </topic_access_rules>", "    </domain_rule>",
             "  </domain_access_rules>", "</dds>", ""]
    return "sros2_keystore/enclaves/governance.xml", "xml", lines


@neg("ssh", "authorized_keys")
def n_authorized_keys(r):
    lines = ["# operators allowed on %s" % robot(r)]
    for _ in range(r.randint(2, 4)):
        f, l = person(r)
        lines.append("%s %s@%s-laptop" % (ssh_pub(r), f, l))
    return pick(r, "ansible/roles/base/files/authorized_keys", "provision/authorized_keys"), "txt", lines + [""]


@neg("udev", "serial_rules")
def n_udev(r):
    lines = ["# stable device names for sensors on %s" % robot(r)]
    for name, vid, pid in [("lidar", "10c4", "ea60"), ("gps", "1546", "01a9"), ("fc", "26ac", "0011"), ("radio", "0403", "6015")]:
        lines.append('SUBSYSTEM=="tty", ATTRS{idVendor}=="%s", ATTRS{idProduct}=="%s", ATTRS{serial}=="%s", SYMLINK+="%s", MODE="0666"' % (vid, pid, pick(r, rhex(r, 32), rs(r, UP + DG, 8), rhex(r, 24)), name))
    return pick(r, "udev/99-robot-sensors.rules", "deploy/udev/90-sensors.rules"), "rules", lines + [""]


@neg("vda5050", "order_json")
def n_vda_order(r):
    nodes = []
    for i in range(r.randint(2, 4)):
        nodes.append({"nodeId": "node_%d" % r.randint(1, 400), "sequenceId": i * 2, "released": True,
                      "nodePosition": {"x": round(r.uniform(0, 80), 3), "y": round(r.uniform(0, 40), 3), "mapId": "hall_a"}, "actions": []})
    o = {"headerId": r.randint(1, 99999), "timestamp": "2024-0%d-1%dT0%d:12:44.120Z" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9)),
         "version": "2.0.0", "manufacturer": org(r), "serialNumber": rs(r, UP + DG, 12), "orderId": ruuid(r), "orderUpdateId": 0,
         "nodes": nodes, "edges": [{"edgeId": ruuid(r), "sequenceId": 1, "released": True, "startNodeId": nodes[0]["nodeId"], "endNodeId": nodes[1]["nodeId"], "actions": []}]}
    return pick(r, "fleet/fixtures/order_example.json", "tests/data/vda_order.json"), "json", json.dumps(o, indent=2).split("\n") + [""]


@neg("foxglove", "layout_json")
def n_foxglove_layout(r):
    p1, p2 = "3D!%s" % rs(r, LO + DG, 6), "Plot!%s" % rs(r, LO + DG, 6)
    o = {"configById": {p1: {"cameraState": {"distance": round(r.uniform(5, 40), 3), "targetOffset": [0, 0, 0]}, "followTf": "base_link",
                             "topics": {"/scan": {"visible": True}, "/map": {"visible": True}}},
                        p2: {"paths": [{"value": "/battery_state.percentage", "enabled": True}], "xAxisVal": "timestamp"}},
         "globalVariables": {}, "userNodes": {}, "playbackConfig": {"speed": 1}, "layout": {"first": p1, "second": p2, "direction": "row"},
         "layoutId": ruuid(r)}
    return pick(r, "foxglove/layouts/nav_debug.json", "tools/layouts/field.json"), "json", json.dumps(o, indent=2).split("\n") + [""]


@neg("dji", "msdk_app_key_public")
def n_dji_manifest(r):
    pkg = "com.%s.%s" % (org(r).replace("-", ""), pick(r, "pilot", "survey", "inspect"))
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<manifest xmlns:android="http://schemas.android.com/apk/res/android"', '    package="%s">' % pkg, "",
             '    <uses-permission android:name="android.permission.INTERNET" />', '    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />', "",
             '    <application android:name=".MApplication" android:label="@string/app_name">',
             "        <!-- DJI MSDK app key: bound to this package name, shipped in the APK -->",
             '        <meta-data android:name="com.dji.sdk.API_KEY" android:value="%s" />' % rhex(r, 24),
             '        <activity android:name=".MainActivity" android:exported="true" />', "    </application>", "</manifest>", ""]
    return "app/src/main/AndroidManifest.xml", "xml", lines


@neg("roboflow", "publishable_key")
def n_roboflow_publishable(r):
    lines = ["<!doctype html>", "<html>", "<head><script src=\"https://cdn.jsdelivr.net/npm/inferencejs\"></script></head>", "<body>", "<video id=\"cam\" autoplay></video>", "<script>",
             "  // publishable key - safe to ship in the browser (inference only)", "  const PUBLISHABLE_KEY = 'rf_%s';" % rs(r, AN, 28),
             "  const { InferenceEngine, CVImage } = inferencejs;", "  const engine = new InferenceEngine();",
             "  engine.startWorker('%s', %d, PUBLISHABLE_KEY).then((id) => console.log('worker', id));" % (pick(r, "pallet-detect", "weeds"), r.randint(1, 9)),
             "</script>", "</body>", "</html>", ""]
    return pick(r, "web/public/detector.html", "operator-ui/index.html"), "html", lines


@neg("mosquitto", "password_hashes")
def n_mosquitto_passwd(r):
    lines = []
    for u in ["fleet_master", "agv-%02d" % r.randint(1, 9), "agv-%02d" % r.randint(10, 40), "monitor"]:
        lines.append("%s:$7$101$%s$%s" % (u, b64(rbytes(r, 12)), b64(rbytes(r, 64))))
    return pick(r, "broker/mosquitto/passwd", "fleet/mqtt/password_file"), "txt", lines + [""]


@neg("pip", "hash_pins")
def n_requirements(r):
    lines = ["# generated by pip-compile --generate-hashes"]
    for p in ["pymavlink==2.4.%d" % r.randint(30, 41), "dronekit==2.9.2", "pyserial==3.5", "numpy==1.26.%d" % r.randint(0, 4)]:
        lines += ["%s \\" % p, "    --hash=sha256:%s \\" % rhex(r, 64), "    --hash=sha256:%s" % rhex(r, 64)]
    return pick(r, "companion/requirements.txt", "requirements-lock.txt"), "txt", lines + [""]


@neg("vcs", "repos_file")
def n_vcs_repos(r):
    lines = ["repositories:"]
    for n, u in [("navigation2", "ros-planning/navigation2"), ("mavros", "mavlink/mavros"), ("micro-ROS-Agent", "micro-ROS/micro-ROS-Agent"), ("px4_msgs", "PX4/px4_msgs")]:
        lines += ["  %s:" % n, "    type: git", "    url: https://github.com/%s.git" % u, "    version: %s" % rhex(r, 40)]
    return pick(r, "robot.repos", "deps/upstream.repos"), "yaml", lines + [""]


@neg("mavlink", "component_ids")
def n_mav_ids(r):
    lines = ["# MAVLink addressing plan for the fleet", "gcs:", "  sysid: 255", "  compid: 190", "vehicles:"]
    for i in range(r.randint(2, 5)):
        lines += ["  - name: %s" % robot(r), "    sysid: %d" % r.randint(1, 250), "    autopilot_compid: 1", "    companion_compid: 191",
                  "    camera_compid: 100", "    fc_uid: 0x%s" % rhex(r, 16).upper(), "    uid2: %s" % rhex(r, 36)]
    return pick(r, "config/mavlink_ids.yaml", "fleet/vehicles.yaml"), "yaml", lines + [""]


@neg("ntrip", "rtk2go_anonymous")
def n_rtk2go_params(r):
    lines = ["ntrip_client:", "  ros__parameters:", "    host: rtk2go.com", "    port: 2101", "    mountpoint: %s" % (rs(r, UP, 5) + str(r.randint(0, 9))),
             "    authenticate: true", "    # RTK2go: user is your e-mail, password is literally 'none'",
             "    username: %s" % email(r), "    password: none", "    rtcm_message_package: rtcm_msgs", ""]
    return pick(r, "config/ntrip_rtk2go.yaml", "gnss_bringup/params/ntrip.yaml"), "yaml", lines


@neg("sensors", "uuid_inventory")
def n_sensor_csv(r):
    lines = ["sensor,model,serial,uuid,firmware,calib_sha1"]
    for s, m in [("lidar_front", "Ouster OS1-64"), ("imu", "Xsens MTi-630"), ("cam_left", "FLIR BFS-U3-16S2C"), ("gnss", "u-blox ZED-F9P")]:
        lines.append("%s,%s,%s,%s,%s,%s" % (s, m, rs(r, DG, 12), ruuid(r), ver(r), rhex(r, 40)))
    return pick(r, "hardware/sensor_inventory.csv", "docs/robot_%02d_sensors.csv" % r.randint(1, 30)), "csv", lines + [""]


# ---------------------------------------------------------------------------------------------

def render(lines):
    if isinstance(lines, str):
        return lines
    return "\n".join(lines)


def main():
    if len(sys.argv) != 3:
        print("usage: gen_oa.py OUTDIR SEED", file=sys.stderr)
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    def write(rel, text):
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    order = []
    while len(order) < 500:
        blk = list(range(len(TEMPLATES)))
        r.shuffle(blk)
        order += blk
    for i in range(500):
        fn, prov, kind = TEMPLATES[order[i]]
        for _attempt in range(20):
            rel, ft, lines, needle = fn(r, True)
            text = render(lines)
            low = (needle or "").lower()
            if needle and text.count(needle) == 1 and not any(w in low for w in ("test", "example", "dummy", "fake", "sample")):
                break
        rel = "pos/p%04d/%s" % (i, rel)
        lno = text[:text.index(needle)].count("\n") + 1
        write(rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": prov, "kind": kind, "filetype": ft, "template": fn.__name__})
        secrets.append({"file": rel, "needle": needle, "line": lno})

    norder, k = [], 0
    while len(norder) < 250:
        blk = list(range(len(TEMPLATES)))
        r.shuffle(blk)
        norder += blk
    lorder = []
    while len(lorder) < 250:
        blk = list(range(len(NEGS)))
        r.shuffle(blk)
        lorder += blk
    kinds = ["reuse"] * 250 + ["lookalike"] * 250
    r.shuffle(kinds)
    ri = li = 0
    for i in range(500):
        if kinds[i] == "reuse":
            fn, prov, kind = TEMPLATES[norder[ri]]
            ri += 1
            rel, ft, lines, _ = fn(r, False)
            tname, kind = fn.__name__, kind + "_placeholder"
        else:
            fn, prov, kind = NEGS[lorder[li]]
            li += 1
            rel, ft, lines = fn(r)
            tname = fn.__name__
        rel = "neg/n%04d/%s" % (i, rel)
        write(rel, render(lines))
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": tname})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
