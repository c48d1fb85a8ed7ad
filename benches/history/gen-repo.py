#!/usr/bin/env python3
"""Write a `git fast-import` stream of a long history, for benchmarking `keyhook scan --history`.

    git init -q repo && cd repo && python3 gen-repo.py synthetic 20000 | git fast-import --quiet

Modes (deterministic for a given seed, corpus and count):

synthetic COMMITS [--seed 42]
    2,000 Python-looking files in 200 directories; every commit edits 1-4 of them by inserting
    1-6 short random lines (files stop growing at ~300 lines); one edit in 500 adds an
    `API_KEY = "..."` line. Tiny diffs: per-commit overhead dominates. With seed 42 this is
    byte for byte the stream of the original /tmp/genrepo.py used in BENCHMARKS.md.

realistic COMMITS [--seed 7] [--src DIR]
    Replays real source text (default: ~/.cargo/registry/src, sorted, seeded choice): an initial
    import of 300 files, then commits that edit 1-6 files with hunks of 1-40 lines copied from
    other real files (and deletions; files stop at 400 lines), add a new file (1 commit in 12), rename a file (1 in 60),
    delete one (1 in 150), and now and then add a credential of a common provider shape
    (1 edit in 400). Larger, varied diffs; text a regex scanner must really read.

Secrets are assembled from random characters at run time; none is stored in this file.
"""
import argparse
import os
import random
import sys

ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
T0 = 1500000000
MAX_LINES = 400  # realistic files stop growing here (keeps the repository a few hundred MB)


def synthetic(args, out):
    # Same random call sequence as the original generator (seed 42 reproduces it exactly).
    random.seed(args.seed)
    files = {}
    words = ("def class return import self value result data config client request response "
             "item index count total").split()

    def line():
        return ("    " * random.randint(0, 2)
                + " ".join(random.choice(words) for _ in range(random.randint(3, 9)))
                + f" = {random.randint(0, 99999)}\n")

    dirs = [f"pkg{d}/sub{s}" for d in range(40) for s in range(5)]
    paths = [f"{random.choice(dirs)}/mod{i}.py" for i in range(2000)]
    mark = 0
    for c in range(args.commits):
        changed = random.sample(paths, random.randint(1, 4))
        blobs = []
        for p in changed:
            lines = list(files.get(p, []))
            for _ in range(random.randint(1, 6)):
                lines.insert(random.randint(0, len(lines)), line())
            if len(lines) > 300:
                del lines[random.randint(0, len(lines) - 1)]
            if random.random() < 0.002:
                lines.insert(0, 'API_KEY = "' + "".join(random.choice(ALNUM) for _ in range(28)) + '"\n')
            files[p] = lines
            mark += 1
            data = "".join(lines).encode()
            out.write(b"blob\nmark :%d\ndata %d\n" % (mark, len(data)) + data + b"\n")
            blobs.append((p, mark))
        msg = b"commit %d\n" % c
        ts = T0 + c * 60
        out.write(b"commit refs/heads/main\n")
        out.write(b"author Dev <dev@example.invalid> %d +0000\ncommitter Dev <dev@example.invalid> %d +0000\n" % (ts, ts))
        out.write(b"data %d\n" % len(msg) + msg)
        for p, m in blobs:
            out.write(b"M 100644 :%d %s\n" % (m, p.encode()))
        out.write(b"\n")


SOURCE_EXT = (".rs", ".c", ".h", ".py", ".js", ".ts", ".go", ".toml", ".md", ".txt", ".json", ".yml")


def corpus(src):
    found = []
    for root, dirs, names in os.walk(src):
        dirs.sort()
        for n in sorted(names):
            if not n.endswith(SOURCE_EXT):
                continue
            p = os.path.join(root, n)
            try:
                size = os.path.getsize(p)
            except OSError:
                continue
            if 200 <= size <= 60_000:
                found.append(p)
    if len(found) < 50:
        sys.exit(f"gen-repo: too little source text under {src} (found {len(found)} files)")
    return found


def read_lines(path):
    with open(path, "rb") as f:
        data = f.read()
    if b"\0" in data:
        return [b"// binary file elided\n"]
    return data.splitlines(keepends=True) or [b"\n"]


def secret(rnd):
    """A credential of a common provider shape, random characters (never a real key)."""
    def r(n, chars=ALNUM):
        return "".join(rnd.choice(chars) for _ in range(n))
    kind = rnd.randrange(5)
    if kind == 0:
        return f'aws_access_key_id = "AKIA{r(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}"\n'
    if kind == 1:
        return f'let token = "ghp_{r(36)}";\n'
    if kind == 2:
        return f'STRIPE_KEY = "sk_live_{r(24)}"\n'
    if kind == 3:
        return f'slack_token: "xoxb-{r(10, "0123456789")}-{r(13, "0123456789")}-{r(24)}"\n'
    return f'db_password = "{r(20)}"\n'


def realistic(args, out):
    rnd = random.Random(args.seed)
    src = corpus(os.path.expanduser(args.src))
    cache = {}

    def text(p):
        if p not in cache:
            cache[p] = read_lines(p)
        return cache[p]

    def repo_path(p):
        rel = os.path.relpath(p, os.path.expanduser(args.src))
        parts = rel.split(os.sep)
        # registry index dir / crate-version / ... → vendor/<crate>/...
        path = "/".join(["vendor"] + (parts[-4:] if len(parts) > 4 else parts))
        return path.replace(" ", "_").replace('"', "_")

    files = {}  # path → list of byte lines

    def emit(c, ops):
        ts = T0 + c * 60
        for op in ops:
            if op[0] == "M":
                data = b"".join(op[2])
                out.write(b"blob\nmark :%d\ndata %d\n" % (op[3], len(data)) + data + b"\n")
        msg = b"commit %d\n" % c
        out.write(b"commit refs/heads/main\n")
        out.write(b"author Dev <dev@example.invalid> %d +0000\ncommitter Dev <dev@example.invalid> %d +0000\n" % (ts, ts))
        out.write(b"data %d\n" % len(msg) + msg)
        for op in ops:
            if op[0] == "M":
                out.write(b"M 100644 :%d %s\n" % (op[3], op[1].encode()))
            elif op[0] == "D":
                out.write(b"D %s\n" % op[1].encode())
            else:
                out.write(b"R %s %s\n" % (op[1].encode(), op[2].encode()))
        out.write(b"\n")

    mark = 0
    ops = []
    for p in rnd.sample(src, min(300, len(src))):
        path = repo_path(p)
        files[path] = list(text(p))
        mark += 1
        ops.append(("M", path, files[path], mark))
    emit(0, ops)

    for c in range(1, args.commits):
        ops = []
        touched = set()
        r = rnd.random()
        if r < 1 / 12:  # a new file
            p = rnd.choice(src)
            path = repo_path(p)
            if path not in files:
                files[path] = list(text(p))
                mark += 1
                ops.append(("M", path, files[path], mark))
                touched.add(path)
        elif r < 1 / 12 + 1 / 60 and len(files) > 10:  # a rename (same content)
            old = rnd.choice(sorted(files))
            new = old.rsplit("/", 1)[0] + "/renamed_" + str(c) + "_" + old.rsplit("/", 1)[-1]
            files[new] = files.pop(old)
            ops.append(("R", old, new))
            touched.update((old, new))
        elif r < 1 / 12 + 1 / 60 + 1 / 150 and len(files) > 10:  # a deletion
            old = rnd.choice(sorted(files))
            del files[old]
            ops.append(("D", old))
            touched.add(old)
        paths = sorted(files)
        edits = rnd.randint(1, 6)
        while edits > 0 or not ops:
            edits -= 1
            path = rnd.choice(paths)
            if path in touched:
                continue
            touched.add(path)
            lines = list(files[path])
            for _ in range(rnd.randint(1, 3)):
                donor = text(rnd.choice(src))
                a = rnd.randrange(len(donor))
                hunk = donor[a:a + rnd.randint(1, 40)]
                at = rnd.randint(0, len(lines))
                lines[at:at] = hunk
                if rnd.random() < 0.5 and len(lines) > 40:
                    d = rnd.randrange(len(lines) - 20)
                    del lines[d:d + rnd.randint(1, 20)]
            if len(lines) > MAX_LINES:
                cut = rnd.randrange(MAX_LINES // 2)
                del lines[cut:cut + len(lines) - MAX_LINES]
            if rnd.random() < 1 / 400:
                lines.insert(rnd.randint(0, len(lines)), secret(rnd).encode())
            files[path] = lines
            mark += 1
            ops.append(("M", path, lines, mark))
        if ops:
            emit(c, ops)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["synthetic", "realistic"])
    ap.add_argument("commits", type=int)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--src", default="~/.cargo/registry/src")
    args = ap.parse_args()
    out = sys.stdout.buffer
    if args.mode == "synthetic":
        args.seed = 42 if args.seed is None else args.seed
        synthetic(args, out)
    else:
        args.seed = 7 if args.seed is None else args.seed
        realistic(args, out)
    out.flush()


if __name__ == "__main__":
    main()
