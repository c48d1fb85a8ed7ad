//! Replays the fuzz corpus (`fuzz/corpus/<target>/`, seeds plus every input the fuzzers kept or
//! crashed on) through the same checks as the fuzz targets (`fuzz/checks.rs`), under plain
//! `cargo test`: no fuzzing toolchain or dependency needed. See `fuzz/README.md`.

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::Path;
use std::time::{Duration, Instant};

/// One input may take at most this long (a debug build; the fuzzers use 10 s in release).
const SLOW: Duration = Duration::from_secs(20);

fn replay(target: &str, check: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{}: empty corpus", dir.display());
    for f in &files {
        let data = std::fs::read(f).unwrap();
        let t = Instant::now();
        let r = std::panic::catch_unwind(|| check(&data));
        assert!(r.is_ok(), "{target}: {} fails its checks", f.display());
        let took = t.elapsed();
        assert!(took < SLOW, "{target}: {} took {took:?}", f.display());
    }
    files.len()
}

#[test]
fn scan_text_corpus() {
    replay("scan_text", checks::scan_text);
}

#[test]
fn added_lines_corpus() {
    replay("added_lines", checks::added_lines_pair);
}

#[test]
fn config_corpus() {
    replay("config", checks::config);
}

#[test]
fn stream_corpus() {
    replay("stream", checks::stream);
}

#[test]
fn every_target_has_a_test() {
    let names: Vec<&str> = checks::TARGETS.iter().map(|(n, _)| *n).collect();
    assert_eq!(
        names,
        ["scan_text", "added_lines", "config", "stream", "key_file"]
    );
    for (name, check) in checks::TARGETS {
        // The split used by `added_lines` seeds, and each check on the empty input.
        check(b"");
        let _ = name;
    }
    assert_eq!(checks::split_pair(b"a\xffb"), (&b"a"[..], &b"b"[..]));
}

#[test]
fn key_file_corpus() {
    replay("key_file", checks::key_file);
}
