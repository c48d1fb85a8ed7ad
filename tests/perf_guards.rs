//! Guards for the performance work: the fast paths must not change behaviour.

use keyhook::rules::{builtin_rules, builtin_specs, catalog_is_preparsed};

/// The catalog pre-parsed by build.rs exists (a catalog value build.rs does not know, such as a
/// new checksum kind, silently makes every run parse the TOML: ~12 ms per commit) and equals
/// the TOML parsed at run time, field by field (except `examples`/`negatives`, which the
/// scanner does not use).
#[test]
fn preparsed_catalog_matches_toml() {
    assert!(
        catalog_is_preparsed(),
        "build.rs emitted no pre-parsed catalog: teach it the new catalog value"
    );
    let fast = builtin_rules().expect("pre-parsed catalog");
    let full = builtin_specs().expect("TOML catalog");
    assert_eq!(fast.len(), full.len());
    for (a, b) in fast.iter().zip(&full) {
        assert_eq!(a.id, b.id);
        assert_eq!(a.description, b.description, "{}", b.id);
        assert_eq!(a.provider, b.provider, "{}", b.id);
        assert_eq!(a.keywords, b.keywords, "{}", b.id);
        assert_eq!(a.file_keywords, b.file_keywords, "{}", b.id);
        assert_eq!(a.regex, b.regex, "{}", b.id);
        assert_eq!(a.entropy, b.entropy, "{}", b.id);
        assert_eq!(a.checksum, b.checksum, "{}", b.id);
        assert_eq!(a.context, b.context, "{}", b.id);
        assert_eq!(a.random, b.random, "{}", b.id);
        assert_eq!(a.kind, b.kind, "{}", b.id);
        assert_eq!(a.stopwords, b.stopwords, "{}", b.id);
        assert_eq!(a.rotate, b.rotate, "{}", b.id);
    }
}

/// Every built-in example gives the same candidates with the detector built from the fast
/// catalog as with the one built from the TOML, whether the scan is small (NFA keyword
/// automaton) or large (DFA keyword automaton).
#[test]
fn examples_found_with_both_automata() {
    // Optional rules included on both sides (`Detector::builtin` leaves them out).
    let fast = keyhook::rules::builtin_rules().expect("pre-parsed catalog");
    let det = keyhook::detect::Detector::new(fast, &[]).expect("detector");
    let full = keyhook::detect::Detector::new(builtin_specs().unwrap(), &[]).expect("detector");
    let key = |c: &keyhook::detect::Candidate| (c.rule, c.line, c.start, c.end, c.secret.clone());
    let padding = "let x = 1;\n".repeat(5000);
    for s in builtin_specs().expect("catalog") {
        for ex in &s.examples {
            let small: Vec<_> = det
                .scan_text(ex.as_bytes())
                .unwrap()
                .iter()
                .map(key)
                .collect();
            let reference: Vec<_> = full
                .scan_text(ex.as_bytes())
                .unwrap()
                .iter()
                .map(key)
                .collect();
            assert_eq!(small, reference, "rule {}", s.id);
            let big_text = format!("{ex}\n{padding}");
            let big: Vec<_> = det
                .scan_text(big_text.as_bytes())
                .unwrap()
                .iter()
                .map(key)
                .collect();
            assert_eq!(small, big, "rule {}", s.id);
        }
    }
}
