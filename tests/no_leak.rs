//! No output ever contains a whole secret: plant every rule's examples, run every output format
//! and the hook, and grep the outputs for each secret.

mod common;

use common::{text, Repo};
use keyhook::detect::Detector;
use keyhook::rules::builtin_specs;

/// (file name, content, secrets found in it) for every rule example.
fn planted() -> Vec<(String, String, Vec<Vec<u8>>)> {
    let specs = builtin_specs().expect("catalog");
    let det = Detector::new(specs, &[]).expect("detector");
    let mut out = Vec::new();
    for (i, rule) in det.rules().iter().enumerate() {
        for (j, ex) in rule.spec.examples.iter().enumerate() {
            let secrets: Vec<Vec<u8>> = det
                .scan_text(ex.as_bytes())
                .expect("scan")
                .into_iter()
                .map(|c| c.secret)
                .filter(|s| s.len() >= 8)
                .collect();
            out.push((format!("r{i:04}_{j}.txt"), ex.clone(), secrets));
        }
    }
    out
}

fn assert_no_secret(output: &[u8], secrets: &[Vec<u8>], what: &str) {
    // One automaton over all secrets: thousands of planted examples stay fast in debug builds.
    let ac = aho_corasick::AhoCorasick::new(secrets).expect("automaton");
    if let Some(m) = ac.find(output) {
        let s = &secrets[m.pattern().as_usize()];
        panic!(
            "{what} contains a whole secret ({} chars, starts {:?})",
            s.len(),
            String::from_utf8_lossy(&s[..4])
        );
    }
}

#[test]
fn no_output_format_contains_a_whole_secret() {
    let files = planted();
    assert!(!files.is_empty());
    let r = Repo::new();
    let mut all = Vec::new();
    for (name, content, secrets) in &files {
        r.write(&format!("planted/{name}"), content);
        all.extend(secrets.iter().cloned());
    }
    for format in ["text", "json", "sarif"] {
        let out = r.keyhook(&["scan", "--format", format, "planted"]);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
        assert_no_secret(&out.stdout, &all, format);
        assert_no_secret(&out.stderr, &all, format);
    }
    let out = r.keyhook(&["scan", "--write-baseline", "base.json", "planted"]);
    assert!(out.status.success());
    assert_no_secret(
        &std::fs::read(r.path().join("base.json")).unwrap(),
        &all,
        "baseline",
    );
    // The hook itself, through a real commit.
    r.git_ok(&["add", "planted"]);
    let out = r.commit("plant");
    assert!(!out.status.success());
    assert_no_secret(&out.stdout, &all, "hook stdout");
    assert_no_secret(&out.stderr, &all, "hook stderr");
    // Allowing by fingerprint stores no secret either.
    let t = text(&out);
    let i = t.find("fingerprint ").unwrap() + "fingerprint ".len();
    let fp = t[i..i + 12].to_string();
    assert!(r.keyhook(&["allow", &fp]).status.success());
    assert_no_secret(
        &std::fs::read(r.path().join(".keyhook.toml")).unwrap(),
        &all,
        ".keyhook.toml",
    );
}
