#!/usr/bin/env python3
"""Score scanners on a fresh.py set.

usage: score.py OUTDIR [--keyhook POS.json NEG.json] [--gitleaks POS.json NEG.json] [--kingfisher POS.json NEG.json] [--detail keyhook]
A positive file is caught if any finding is in it; a negative file is a FP if any finding is in it.
"""
import json, os, re, sys
from collections import defaultdict


def norm(path):
    """`…/pos/p0001/x.py` -> `pos/p0001/x.py`: the set's own `pos/`/`neg/` and the file's folder
    (the leftmost such pair; a file's own path may hold a `pos/` directory, `com/acme/pos/`)."""
    path = path.replace("\\", "/")
    m = re.search(r"(?:^|/)((?:pos|neg)/[pn]\d+/.*)$", path)
    return m.group(1) if m else path


def load(tool, fn):
    """-> list of (file, line, rule)"""
    if not os.path.exists(fn) or os.path.getsize(fn) == 0:
        return []
    txt = open(fn).read()
    data, _ = json.JSONDecoder().raw_decode(txt)  # kingfisher appends a summary object
    out = []
    if tool == "keyhook":
        for f in data:
            out.append((norm(f["path"]), f.get("line"), f.get("rule")))
    elif tool == "gitleaks":
        for f in data or []:
            out.append((norm(f["File"]), f.get("StartLine"), f.get("RuleID")))
    elif tool == "kingfisher":
        items = data.get("findings", []) if isinstance(data, dict) else data
        for it in items:
            fd = it["finding"]
            out.append((norm(fd["path"]), fd.get("line"), it["rule"]["id"]))
    return out


LONG = re.compile(r"[A-Za-z0-9+/=_\-.~%$:]{20,}")


def redact(line, needle=None):
    if needle and needle in line:
        return line.replace(needle, f"{needle[:6]}…({len(needle)})").strip()[:180]
    line = LONG.sub(lambda m: m.group(0) if "…(" in m.group(0) else f"{m.group(0)[:6]}…({len(m.group(0))})", line)
    return line.strip()[:180]


def main():
    a = sys.argv[1:]
    out = a[0]
    runs = {}
    detail = None
    i = 1
    while i < len(a):
        if a[i] == "--detail":
            detail = a[i + 1]; i += 2; continue
        runs[a[i].lstrip("-")] = (a[i + 1], a[i + 2]); i += 3
    man = [json.loads(l) for l in open(os.path.join(out, "manifest.jsonl"))]
    needles = {}
    sp = os.path.join(out, "secrets.jsonl")
    if os.path.exists(sp):
        for l in open(sp):
            d = json.loads(l); needles[d["file"]] = d["needle"]
    # (`pos`/`neg`, or `positive`/`negative` as some generators write them.)
    pos = [m for m in man if m["label"] in ("pos", "positive")]
    neg = [m for m in man if m["label"] in ("neg", "negative")]
    res = {}
    print(f"{'scanner':12s} {'recall':>16s} {'FPR':>14s} {'precision':>10s}")
    for tool, (pf, nf) in runs.items():
        fp_find = load(tool, pf) + load(tool, nf)
        by = defaultdict(list)
        for f, ln, r in fp_find:
            by[f].append((ln, r))
        tp = sum(1 for m in pos if m["file"] in by)
        fp = sum(1 for m in neg if m["file"] in by)
        prec = tp / (tp + fp) if tp + fp else 0
        print(f"{tool:12s} {tp:4d}/{len(pos)} {100*tp/len(pos):6.1f}%  {fp:4d}/{len(neg)} {100*fp/len(neg):5.1f}%  {100*prec:8.1f}%")
        res[tool] = by
    if not detail:
        return
    by = res[detail]
    print(f"\n## {detail}: per-group recall")
    for key in ("filetype", "provider"):
        g = defaultdict(lambda: [0, 0])
        for m in pos:
            g[m[key]][1] += 1
            g[m[key]][0] += m["file"] in by
        rows = sorted(g.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0]))
        print(f"\n### by {key} (worst first; only <100% shown for provider)")
        for k, (c, n) in rows:
            if key == "provider" and c == n:
                continue
            print(f"  {k:28s} {c:3d}/{n:<3d} {100*c/n:5.1f}%")
    g = defaultdict(lambda: [0, 0])
    for m in pos:
        g[(m["provider"], m["kind"])][1] += 1
        g[(m["provider"], m["kind"])][0] += m["file"] in by
    print("\n### by provider/kind with misses")
    for (p, k), (c, n) in sorted(g.items()):
        if c < n:
            print(f"  {p}/{k:30s} {c}/{n}")
    g = defaultdict(lambda: [0, 0])
    for m in neg:
        g[m["kind"]][1] += 1
        g[m["kind"]][0] += m["file"] in by
    print("\n### negatives: FP count by kind")
    for k, (c, n) in sorted(g.items()):
        print(f"  {k:24s} {c}/{n}")
    print(f"\n## {detail}: missed positives")
    for m in pos:
        if m["file"] in by:
            continue
        path = os.path.join(out, m["file"])
        nd = needles.get(m["file"])
        line = ""
        try:
            for ln in open(path, errors="replace"):
                if nd and nd in ln:
                    line = ln; break
        except OSError:
            pass
        print(f"MISS\t{m['file']}\t{m['provider']}\t{m['kind']}\t{m['filetype']}\t{redact(line, nd)}")
    print(f"\n## {detail}: false positives")
    for m in neg:
        if m["file"] not in by:
            continue
        lines = open(os.path.join(out, m["file"]), errors="replace").read().split("\n")
        for ln, rule in by[m["file"]]:
            txt = lines[ln - 1].strip()[:160] if ln and 0 < ln <= len(lines) else ""
            print(f"FP\t{m['file']}\t{m['kind']}\t{m['filetype']}\tline {ln}\t{rule}\t{txt}")


if __name__ == "__main__":
    main()
