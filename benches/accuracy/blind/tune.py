#!/usr/bin/env python3
"""Run keyhook over the blind generators' tuning sets and compare two runs.

    python3 benches/accuracy/blind/tune.py gen [--seeds 101,202] [--out /tmp] [NAME...]
        writes OUT/blind-NAME-SEED for every generator (or the NAMEs given)
    python3 benches/accuracy/blind/tune.py scan TAG [--bin target/release/keyhook] [--out /tmp] [SET...]
        scans every OUT/blind-*-SEED set (or the SETs given, e.g. bq-101), keeps the findings per
        file in OUT/blind-runs/TAG.json and prints files found / flagged per set; "non-env"
        counts flagged files other than those flagged only by the `.env` policy
    python3 benches/accuracy/blind/tune.py diff TAG1 TAG2 [--out /tmp]
        lists the files whose found/flagged state changed between two runs
    python3 benches/accuracy/blind/tune.py look TAG SET... [--out /tmp] [--misses|--fps]
        prints each missed positive's needle line and each flagged negative's finding lines

A set's `manifest.jsonl` labels each file `pos`/`positive` or `neg`/`negative`; a file counts as
found or flagged when keyhook reports anything in it (the same rule as `../score.py`).
"""
import glob
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))


def option(args, name, default):
    if name in args:
        i = args.index(name)
        value = args[i + 1]
        del args[i : i + 2]
        return value
    return default


def rel(path):
    """`…/pos/p0001/x.py` -> `pos/p0001/x.py` (the leftmost `pos/pNNNN/`: a file's own path may
    hold a `pos/` directory, `com/acme/pos/net/…`)."""
    path = path.replace("\\", "/")
    m = re.search(r"(?:^|/)((?:pos|neg)/[pn]\d+/.*)$", path)
    return m.group(1) if m else path


def manifest(set_dir):
    with open(os.path.join(set_dir, "manifest.jsonl")) as f:
        return [json.loads(line) for line in f]


def gen(args):
    seeds = option(args, "--seeds", "101,202").split(",")
    out = option(args, "--out", "/tmp")
    names = args or sorted(
        os.path.basename(p)[4:-3] for p in glob.glob(os.path.join(HERE, "gen_*.py"))
    )
    jobs = [(n, s) for n in names for s in seeds]

    def one(job):
        name, seed = job
        target = os.path.join(out, f"blind-{name}-{seed}")
        subprocess.run(["rm", "-rf", target], check=True)
        r = subprocess.run(
            [sys.executable, os.path.join(HERE, f"gen_{name}.py"), target, seed],
            capture_output=True,
        )
        return name, seed, r.returncode

    with ThreadPoolExecutor(2) as ex:
        for name, seed, rc in ex.map(one, jobs):
            if rc != 0:
                print(f"gen_{name}.py {seed} failed (exit {rc})")


def scan(args):
    out = option(args, "--out", "/tmp")
    binary = option(args, "--bin", "target/release/keyhook")
    tag = args.pop(0)
    sets = args or sorted(
        os.path.basename(p)[len("blind-") :] for p in glob.glob(os.path.join(out, "blind-*-*"))
    )

    def one(s):
        found = {}
        for lab in ("pos", "neg"):
            r = subprocess.run(
                [binary, "scan", "--format", "json", os.path.join(out, f"blind-{s}", lab)],
                capture_output=True,
                text=True,
            )
            for f in json.loads(r.stdout or "[]"):
                found.setdefault(rel(f["path"]), []).append([f.get("line"), f.get("rule")])
        return s, found

    runs_dir = os.path.join(out, "blind-runs")
    os.makedirs(runs_dir, exist_ok=True)
    path = os.path.join(runs_dir, f"{tag}.json")
    runs = json.load(open(path)) if os.path.exists(path) else {}
    totals = [0, 0, 0]
    with ThreadPoolExecutor(2) as ex:
        for s, found in ex.map(one, sets):
            runs[s] = found
            man = manifest(os.path.join(out, f"blind-{s}"))
            pos = [m["file"] for m in man if m["label"].startswith("pos")]
            neg = [m["file"] for m in man if m["label"].startswith("neg")]
            hit = sum(f in found for f in pos)
            flagged = [f for f in neg if f in found]
            non_env = sum(any(r != "env-file" for _, r in found[f]) for f in flagged)
            print(f"{s:10} found {hit:4}/{len(pos)}  flagged {len(flagged):4}/{len(neg)}  non-env {non_env}")
            totals = [totals[0] + hit, totals[1] + len(flagged), totals[2] + non_env]
    json.dump(runs, open(path, "w"))
    print(f"TOTAL found {totals[0]} flagged {totals[1]} non-env {totals[2]}")


def diff(args):
    out = option(args, "--out", "/tmp")
    a, b = (json.load(open(os.path.join(out, "blind-runs", f"{t}.json"))) for t in args[:2])
    for s in sorted(set(a) & set(b)):
        for f in sorted(set(a[s]) | set(b[s])):
            if (f in a[s]) != (f in b[s]):
                print(("LOST " if f in a[s] else "GAIN ") + f"{s} {f} {(a[s].get(f) or b[s].get(f))[:2]}")


def look(args):
    out = option(args, "--out", "/tmp")
    mode = "both"
    for flag, m in (("--misses", "misses"), ("--fps", "fps")):
        if flag in args:
            args.remove(flag)
            mode = m
    tag = args.pop(0)
    runs = json.load(open(os.path.join(out, "blind-runs", f"{tag}.json")))
    for s in args:
        d = os.path.join(out, f"blind-{s}")
        needles = {}
        secrets = os.path.join(d, "secrets.jsonl")
        if os.path.exists(secrets):
            for line in open(secrets):
                x = json.loads(line)
                needles[x["file"]] = x.get("needle", "")
        found = runs.get(s, {})
        for m in manifest(d):
            f = m["file"]
            if m["label"].startswith("pos") and f not in found and mode != "fps":
                needle = needles.get(f, "")
                text = next(
                    (l.strip() for l in open(os.path.join(d, f), errors="replace") if needle and needle in l),
                    "",
                )
                print(f"MISS {s} {f} [{m.get('provider')}/{m.get('kind')}] {text[:220]}")
            if m["label"].startswith("neg") and f in found and mode != "misses":
                lines = open(os.path.join(d, f), errors="replace").read().split("\n")
                for ln, rule in found[f]:
                    if rule == "env-file":
                        continue
                    text = lines[ln - 1].strip()[:200] if ln and 0 < ln <= len(lines) else ""
                    print(f"FP {s} {f} [{m.get('kind')}] {rule} L{ln}: {text}")


def main():
    args = sys.argv[1:]
    commands = {"gen": gen, "scan": scan, "diff": diff, "look": look}
    if not args or args[0] not in commands:
        print(__doc__)
        sys.exit(2)
    commands[args.pop(0)](args)


if __name__ == "__main__":
    main()
