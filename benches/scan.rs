//! Micro-benchmarks (`cargo bench`): detector throughput over real source text with and without
//! secrets, the cost of loading the catalog, and the scan of a typical commit in a temp repo.
//!
//! The text comes from files that are always on a Rust developer's disk: the crate sources under
//! `~/.cargo/registry/src` (`KEYHOOK_BENCH_SRC` overrides), falling back to keyhook's own sources.

use std::path::{Path, PathBuf};
use std::process::Command;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use keyhook::allow::Allowlist;
use keyhook::config::Settings;
use keyhook::detect::Detector;
use keyhook::engine::{self, Options};

/// Up to `limit` bytes of real source text (`.rs`, `.md`, `.toml`, `.json`, `.c`, `.h`, `.py`).
fn corpus(limit: usize) -> Vec<u8> {
    let root = std::env::var_os("KEYHOOK_BENCH_SRC")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo/registry/src")));
    let mut files = Vec::new();
    if let Some(root) = root {
        collect(&root, &mut files, 0);
    }
    files.sort();
    let mut out = Vec::with_capacity(limit);
    for f in files {
        if out.len() >= limit {
            break;
        }
        if let Ok(data) = std::fs::read(&f) {
            if !data[..data.len().min(8192)].contains(&0) {
                out.extend_from_slice(&data);
                if !out.ends_with(b"\n") {
                    out.push(b'\n');
                }
            }
        }
    }
    if out.len() < limit / 4 {
        // Fallback: keyhook's own sources, repeated.
        let own: &[&str] = &[
            include_str!("../src/engine.rs"),
            include_str!("../src/staged.rs"),
            include_str!("../src/detect/mod.rs"),
            include_str!("../src/detect/filters.rs"),
            include_str!("../src/allow.rs"),
            include_str!("../src/config.rs"),
            include_str!("../src/report.rs"),
            include_str!("../src/rules/generic.toml"),
            include_str!("../README.md"),
        ];
        while out.len() < limit {
            for s in own {
                out.extend_from_slice(s.as_bytes());
            }
        }
    }
    out.truncate(limit);
    out
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        let Ok(t) = e.file_type() else { continue };
        if t.is_dir() && depth < 12 {
            collect(&p, out, depth + 1);
        } else if t.is_file() {
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            if matches!(
                ext,
                "rs" | "md" | "toml" | "json" | "c" | "h" | "py" | "js" | "yml"
            ) {
                out.push(p);
            }
        }
    }
}

/// Synthetic secrets (assembled here so the source file holds none as a literal).
fn secrets() -> Vec<String> {
    vec![
        format!(
            "const AWS_KEY: &str = \"{}{}\";",
            "AKIA", "QYLPMN5HHHFPZAM2"
        ),
        format!(
            "stripe_key = \"{}{}\"",
            "sk_live_", "4eC39HqLyjWDarjtT1zdp7dc9XkQ"
        ),
        format!(
            "let token = \"{}{}\";",
            "xoxb-", "2419847183-8316547290117-Hq4Tz9vLm2XcR7pWk3NbY8sD"
        ),
        format!("DB_PASSWORD={}{}", "Zq8vK2mX9pL4", "wR7tN1bH6cJ3"),
    ]
}

/// The corpus with a secret line inserted every `every` lines.
fn with_secrets(text: &[u8], every: usize) -> Vec<u8> {
    let s = secrets();
    let mut out = Vec::with_capacity(text.len() + text.len() / 20);
    for (i, line) in text.split_inclusive(|&b| b == b'\n').enumerate() {
        out.extend_from_slice(line);
        if i % every == every - 1 {
            out.extend_from_slice(s[(i / every) % s.len()].as_bytes());
            out.push(b'\n');
        }
    }
    out
}

fn bench_catalog(c: &mut Criterion) {
    let mut g = c.benchmark_group("catalog");
    g.bench_function("builtin_specs (parse TOML)", |b| {
        b.iter(|| keyhook::rules::builtin_specs().unwrap())
    });
    g.bench_function("Detector::builtin", |b| {
        b.iter(|| Detector::builtin().unwrap())
    });
    g.finish();
}

fn bench_detector(c: &mut Criterion) {
    let det = Detector::builtin().unwrap();
    let allow = Allowlist::new(Settings::default(), Vec::new());
    let clean = corpus(8 << 20);
    let dirty = with_secrets(&clean, 500);
    let mut g = c.benchmark_group("detector");
    g.sample_size(10);
    for (name, text) in [("clean source", &clean), ("source + secrets", &dirty)] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("all lines added", name), text, |b, t| {
            b.iter(|| engine::scan_blob_pair(&det, &allow, "bench.rs", &[], t).unwrap())
        });
    }
    // Linear time: one long line, 1 MB vs 4 MB (key words everywhere, no secret).
    for mb in [1usize, 4] {
        let line: Vec<u8> = b"api_key=1; token: 2, secret_value == x; auth "
            .iter()
            .copied()
            .cycle()
            .take(mb << 20)
            .collect();
        g.throughput(Throughput::Bytes(line.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("single line", format!("{mb} MB")),
            &line,
            |b, t| b.iter(|| engine::scan_blob_pair(&det, &allow, "bench.min.js", &[], t).unwrap()),
        );
    }
    g.finish();
}

fn git(dir: &Path, args: &[&str]) {
    let st = Command::new("git")
        .args([
            "-c",
            "core.hooksPath=/dev/null",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "bench")
        .env("GIT_AUTHOR_EMAIL", "bench@example.com")
        .env("GIT_COMMITTER_NAME", "bench")
        .env("GIT_COMMITTER_EMAIL", "bench@example.com")
        .status()
        .expect("git");
    assert!(st.success(), "git {args:?}");
}

/// A repository of 2,000 files in 40 directories with one commit, then 5 files gaining 60 lines
/// each (one with a secret), staged.
fn typical_repo() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    git(dir, &["init", "-q"]);
    let text = corpus(4 << 20);
    let lines: Vec<&[u8]> = text.split(|&b| b == b'\n').collect();
    let mut k = 0;
    for d in 0..40 {
        std::fs::create_dir_all(dir.join(format!("mod{d}/sub"))).unwrap();
        for f in 0..50 {
            let n = 20 + (k * 7) % 200;
            let start = (k * 131) % lines.len().saturating_sub(n + 1).max(1);
            let body = lines[start..(start + n).min(lines.len())].join(&b'\n');
            let sub = if f % 2 == 0 { "sub/" } else { "" };
            std::fs::write(dir.join(format!("mod{d}/{sub}f{f}.rs")), body).unwrap();
            k += 1;
        }
    }
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-qm", "init"]);
    let s = secrets();
    for (i, d) in [3, 9, 17, 25, 33].iter().enumerate() {
        let p = dir.join(format!("mod{d}/sub/f{}.rs", i * 2));
        let mut data = std::fs::read(&p).unwrap();
        let extra = &lines[1000 + i * 100..1060 + i * 100];
        data.extend_from_slice(b"\n");
        data.extend_from_slice(&extra.join(&b'\n'));
        data.extend_from_slice(b"\n");
        if i == 0 {
            data.extend_from_slice(s[0].as_bytes());
            data.push(b'\n');
        }
        std::fs::write(&p, data).unwrap();
    }
    git(dir, &["add", "-A"]);
    tmp
}

fn bench_commit(c: &mut Criterion) {
    let repo = typical_repo();
    let out = engine::scan_staged(repo.path(), &Options::default()).unwrap();
    assert_eq!(out.files_scanned, 5);
    assert!(!out.findings.is_empty());
    let mut g = c.benchmark_group("commit");
    g.bench_function("typical (2,000 files, 5 staged, 300 lines)", |b| {
        b.iter(|| engine::scan_staged(repo.path(), &Options::default()).unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench_catalog, bench_detector, bench_commit);
criterion_main!(benches);
