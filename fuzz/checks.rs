//! The fuzz targets' bodies: each takes arbitrary bytes, calls keyhook's library and asserts its
//! invariants (a panic is a finding). Shared, unchanged, by the cargo-fuzz targets in
//! `fuzz/fuzz_targets/` and by the corpus replay test `tests/fuzz_corpus.rs` (plain `cargo test`),
//! so a corpus file that once crashed a target keeps being checked forever.
//!
//! Depends on `keyhook` and std only.

#![allow(dead_code)]

use std::collections::BTreeSet;
use std::sync::OnceLock;

use keyhook::added::{added_lines, is_binary, split_lines};
use keyhook::allow::Allowlist;
use keyhook::config::{add_fingerprint, Settings};
use keyhook::detect::{Candidate, Detector};
use keyhook::report::Finding;
use keyhook::rules::Kind;

/// A fuzz target's checks: any input, no return value; a panic is a failure.
pub type Check = fn(&[u8]);

/// The targets, by name: `fuzz/corpus/<name>/` holds each one's corpus.
pub const TARGETS: &[(&str, Check)] = &[
    ("scan_text", scan_text),
    ("added_lines", added_lines_pair),
    ("config", config),
    ("stream", stream),
    ("key_file", key_file),
];

/// The built-in detector, built once per process (rule regexes compile lazily inside it).
pub fn detector() -> &'static Detector {
    static DET: OnceLock<Detector> = OnceLock::new();
    DET.get_or_init(|| Detector::builtin().expect("built-in catalog compiles"))
}

fn allowlist() -> &'static Allowlist {
    static ALLOW: OnceLock<Allowlist> = OnceLock::new();
    ALLOW.get_or_init(Allowlist::default)
}

/// A finding as a comparable tuple (everything that identifies it in a report).
type Key = (usize, usize, String, String, String);

fn keys(findings: &[Finding]) -> Vec<Key> {
    let mut k: Vec<Key> = findings
        .iter()
        .map(|f| {
            (
                f.line,
                f.column,
                f.rule.clone(),
                f.fingerprint.clone(),
                f.redacted.clone(),
            )
        })
        .collect();
    k.sort();
    k
}

/// Split a fuzz input into an (old, new) blob pair at its first 0xFF byte (a byte that never
/// occurs in UTF-8, so seed files stay readable). Without one, there is no old blob.
pub fn split_pair(data: &[u8]) -> (&[u8], &[u8]) {
    match data.iter().position(|&b| b == 0xFF) {
        Some(p) => (&data[..p], &data[p + 1..]),
        None => (&[], data),
    }
}

fn check_split_lines(data: &[u8], lines: &[&[u8]]) {
    for l in lines {
        assert!(!l.contains(&b'\n'), "a line contains a newline");
    }
    let newlines = data.iter().filter(|&&b| b == b'\n').count();
    let expected = if data.is_empty() {
        0
    } else if data.ends_with(b"\n") {
        newlines
    } else {
        newlines + 1
    };
    assert_eq!(lines.len(), expected, "line count");
}

fn check_candidates(det: &Detector, lines: &[&[u8]], added: &[usize], cands: &[Candidate]) {
    for c in cands {
        assert!(c.rule < det.rules().len(), "rule index out of range");
        assert!(c.line < lines.len(), "candidate line out of range");
        assert!(
            added.binary_search(&c.line).is_ok(),
            "candidate on a line that is not added"
        );
        let line = lines[c.line];
        assert!(
            c.start < c.end && c.end <= line.len(),
            "span {}..{} in a line of {}",
            c.start,
            c.end,
            line.len()
        );
        assert!(!c.secret.is_empty(), "empty secret");
        if det.rule(c.rule).spec.kind == Kind::Token {
            assert_eq!(
                c.secret,
                &line[c.start..c.end],
                "token secret is not its span"
            );
        }
    }
    // No two candidates overlap on one line (a higher-priority rule wins a span).
    for (i, a) in cands.iter().enumerate() {
        for b in &cands[i + 1..] {
            assert!(
                a.line != b.line || a.end <= b.start || b.end <= a.start,
                "overlapping candidates on line {}",
                a.line
            );
        }
    }
}

fn check_findings(lines: &[&[u8]], findings: &[Finding], secrets: &[Vec<u8>]) {
    for f in findings {
        assert!(f.line >= 1 && f.line <= lines.len(), "finding line");
        assert!(f.column >= 1, "finding column");
        assert_eq!(f.fingerprint.len(), 12, "fingerprint length");
    }
    // The redacted form never shows a whole secret (of a length worth hiding).
    for f in findings {
        for s in secrets.iter().filter(|s| s.len() >= 8) {
            assert!(
                !f.redacted.as_bytes().windows(s.len()).any(|w| w == &s[..]),
                "redacted form contains the secret"
            );
        }
    }
}

/// Line scanner on arbitrary bytes: `Detector::scan_text` and `engine::scan_blob_pair`.
pub fn scan_text(data: &[u8]) {
    let det = detector();
    let allow = allowlist();
    let lines = split_lines(data);
    check_split_lines(data, &lines);
    let all: Vec<usize> = (0..lines.len()).collect();
    let cands = det.scan_text(data).expect("built-in rules compile");
    check_candidates(det, &lines, &all, &cands);
    let secrets: Vec<Vec<u8>> = cands.iter().map(|c| c.secret.clone()).collect();
    let judged: Vec<Finding> = cands
        .into_iter()
        .filter_map(|c| allow.judge(det, "path", &lines, c).ok())
        .collect();
    check_findings(&lines, &judged, &secrets);
    // A new file: every line is added, so the blob-pair scan reports exactly the same.
    let fresh = keyhook::engine::scan_blob_pair(det, allow, "path", b"", data).unwrap();
    assert_eq!(
        keys(&fresh),
        keys(&judged),
        "new-file scan differs from scan_text"
    );
    // Nothing changed: nothing is added, nothing is reported.
    let same = keyhook::engine::scan_blob_pair(det, allow, "path", data, data).unwrap();
    assert!(same.is_empty(), "unchanged blob reported findings");
    let _ = is_binary(data);
}

/// Added-line extraction on an arbitrary blob pair (see [`split_pair`]).
pub fn added_lines_pair(data: &[u8]) {
    let (old, new) = split_pair(data);
    let old_lines = split_lines(old);
    let new_lines = split_lines(new);
    check_split_lines(old, &old_lines);
    check_split_lines(new, &new_lines);
    let added = added_lines(&old_lines, &new_lines);
    // Ascending, no duplicates, in range.
    for w in added.windows(2) {
        assert!(w[0] < w[1], "added indices not strictly ascending");
    }
    if let Some(&last) = added.last() {
        assert!(last < new_lines.len(), "added index out of range");
    }
    // The lines of `new` not reported as added form a subsequence of `old`: every line that is
    // not scanned really was there before, in that order. This is what makes scanning only the
    // added lines safe.
    let added_set: BTreeSet<usize> = added.iter().copied().collect();
    let mut rest = old_lines.iter();
    for (i, line) in new_lines.iter().enumerate() {
        if added_set.contains(&i) {
            continue;
        }
        assert!(
            rest.any(|o| o == line),
            "unchanged line {i} of new is not in old (in order)"
        );
    }
    // Degenerate pairs.
    assert!(
        added_lines(&new_lines, &new_lines).is_empty(),
        "identical blobs"
    );
    assert_eq!(
        added_lines(&[], &new_lines),
        (0..new_lines.len()).collect::<Vec<_>>(),
        "no old blob"
    );
    // Findings on a changed file are a subset of the findings on the same file as new.
    let det = detector();
    let allow = allowlist();
    let pair = keyhook::engine::scan_blob_pair(det, allow, "path", old, new).unwrap();
    let fresh = keyhook::engine::scan_blob_pair(det, allow, "path", b"", new).unwrap();
    let fresh: BTreeSet<Key> = keys(&fresh).into_iter().collect();
    for f in &pair {
        assert!(
            added_set.contains(&(f.line - 1)),
            "finding on a line not added"
        );
    }
    for k in keys(&pair) {
        assert!(
            fresh.contains(&k),
            "pair finding missing from new-file scan"
        );
    }
}

/// A fingerprint for `add_fingerprint` (12 lowercase hex digits).
const FP: &str = "0123456789ab";

/// Config parser: `Settings::parse` never panics (errors are fine, and name `file:line:col`),
/// and `add_fingerprint` on arbitrary text either fails or yields a valid configuration that
/// allows the fingerprint.
pub fn config(data: &[u8]) {
    let parsed = Settings::parse(".keyhook.toml", data);
    match &parsed {
        Ok(s) => {
            let allow = &s.config.allow;
            assert_eq!(s.expiry_days.len(), allow.fingerprints.len());
            assert_eq!(s.value_regexes.len(), allow.regexes.len());
            assert_eq!(s.stopwords.len(), allow.stopwords.len());
            // A valid configuration builds a detector with its custom rules.
            let mut specs = keyhook::rules::builtin_specs().unwrap();
            specs.extend(s.config.rules.iter().cloned());
            let _ = Detector::new(specs, &s.config.disable);
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(
                msg.starts_with(".keyhook.toml:"),
                "error does not name the file: {msg}"
            );
        }
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match add_fingerprint(".keyhook.toml", text, FP, Some("fuzz"), Some("2030-01-01")) {
        Ok(out) => {
            let s = Settings::parse(".keyhook.toml", out.as_bytes())
                .expect("add_fingerprint output parses");
            assert!(
                s.config
                    .allow
                    .fingerprints
                    .iter()
                    .any(|f| f.fingerprint == FP),
                "added fingerprint missing"
            );
            // Adding it again updates in place.
            let again = add_fingerprint(".keyhook.toml", &out, FP, Some("fuzz"), None)
                .expect("adding the same fingerprint again");
            let s = Settings::parse(".keyhook.toml", again.as_bytes()).unwrap();
            let n = s
                .config
                .allow
                .fingerprints
                .iter()
                .filter(|f| f.fingerprint == FP)
                .count();
            assert_eq!(n, 1, "fingerprint recorded twice:\n{again}");
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.starts_with(".keyhook.toml:"), "{msg}");
        }
    }
}

/// A reader that hands out its data in small, irregular pieces.
struct Trickle<'a> {
    data: &'a [u8],
    n: usize,
}

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.n = self.n.wrapping_mul(31).wrapping_add(7);
        let k = (self.n % 97 + 1).min(buf.len()).min(self.data.len());
        buf[..k].copy_from_slice(&self.data[..k]);
        self.data = &self.data[k..];
        Ok(k)
    }
}

/// Windowed scanning: for inputs smaller than a window, `stream::scan_reader` finds exactly what
/// the whole-file scan finds, whatever pieces the reader returns.
pub fn stream(data: &[u8]) {
    assert!(data.len() < keyhook::stream::WINDOW);
    let det = detector();
    let allow = allowlist();
    let whole = keyhook::stream::scan_reader(det, allow, "path", data).unwrap();
    let trickled = keyhook::stream::scan_reader(
        det,
        allow,
        "path",
        Trickle {
            data,
            n: data.len(),
        },
    )
    .unwrap();
    if is_binary(data) {
        assert!(whole.is_none() && trickled.is_none(), "binary not skipped");
        return;
    }
    let whole = whole.expect("text is scanned");
    let trickled = trickled.expect("text is scanned");
    let fresh = keyhook::engine::scan_blob_pair(det, allow, "path", b"", data).unwrap();
    assert_eq!(
        keys(&whole),
        keys(&fresh),
        "scan_reader differs from scan_text"
    );
    assert_eq!(
        keys(&trickled),
        keys(&fresh),
        "trickled scan_reader differs"
    );
}

/// `keyfile`: any bytes get an answer, never a panic or an endless walk; a key store is only
/// ever found behind its format's magic (JKS/JCEKS) or a DER SEQUENCE (PKCS#12), and a Rails key
/// only in a 32-hex-digit first line.
pub fn key_file(data: &[u8]) {
    let found = keyhook::keyfile::private_key_store(data);
    if found.is_some() {
        assert!(
            data.starts_with(&[0xFE, 0xED, 0xFE, 0xED])
                || data.starts_with(&[0xCE, 0xCE, 0xCE, 0xCE])
                || data.first() == Some(&0x30),
            "a key store without its magic"
        );
    }
    let lines = keyhook::added::split_lines(data);
    if let Some((_, key)) = keyhook::keyfile::text_key_file("config/master.key", &lines) {
        assert!(key.len() == 32 && key.iter().all(u8::is_ascii_hexdigit));
    }
}
