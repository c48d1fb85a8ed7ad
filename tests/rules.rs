//! Every rule in the embedded catalog carries positive and negative examples; this checks them
//! all, plus the catalog's shape (unique ids, keywords, a rotate link).

use std::collections::HashSet;

use keyhook::detect::Detector;
use keyhook::rules::{builtin_specs, validate_spec, BUILTIN};

#[test]
fn catalog_shape() {
    let specs = builtin_specs().expect("catalog parses");
    let mut ids = HashSet::new();
    let mut problems = Vec::new();
    for s in &specs {
        if !ids.insert(s.id.clone()) {
            problems.push(format!("duplicate rule id `{}`", s.id));
        }
        if let Err(e) = validate_spec(s) {
            problems.push(e);
        }
        if s.examples.is_empty() {
            problems.push(format!("rule `{}` has no examples", s.id));
        }
        if s.negatives.is_empty() {
            problems.push(format!("rule `{}` has no negative examples", s.id));
        }
        if s.rotate
            .as_deref()
            .is_none_or(|r| !r.starts_with("https://"))
        {
            problems.push(format!("rule `{}` has no https rotate link", s.id));
        }
        if s.keywords.iter().any(|k| k.to_ascii_lowercase() != *k) {
            problems.push(format!(
                "rule `{}` has a keyword that is not lowercase",
                s.id
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(!BUILTIN.is_empty());
}

#[test]
fn every_rule_matches_its_examples_and_not_its_negatives() {
    let specs = builtin_specs().expect("catalog parses");
    let det = Detector::new(specs.clone(), &[]).expect("detector");
    let mut problems = Vec::new();
    for (i, rule) in det.rules().iter().enumerate() {
        if let Err(e) = rule.compile_now() {
            problems.push(e.to_string());
            continue;
        }
        for ex in &rule.spec.examples {
            let found = det.scan_text(ex.as_bytes()).expect("scan");
            if !found.iter().any(|c| c.rule == i) {
                let got: Vec<&str> = found.iter().map(|c| det.rule(c.rule).id()).collect();
                problems.push(format!(
                    "rule `{}` misses its example {ex:?} (found: {got:?})",
                    rule.id()
                ));
            }
        }
        for ex in &rule.spec.negatives {
            let found = det.scan_text(ex.as_bytes()).expect("scan");
            if found.iter().any(|c| c.rule == i) {
                problems.push(format!(
                    "rule `{}` matches its negative example {ex:?}",
                    rule.id()
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn each_rule_alone_finds_its_examples() {
    // A rule must not rely on another provider's match to pass its own examples: test each with
    // only the generic rules beside it (a provider's value format may take over a generic match
    // near the provider's name, as in nested YAML), and require the finding under its own id.
    let specs = builtin_specs().expect("catalog parses");
    let generic: Vec<_> = specs.iter().filter(|s| s.random).cloned().collect();
    let mut problems = Vec::new();
    for spec in &specs {
        let mut set = vec![spec.clone()];
        set.extend(generic.iter().filter(|g| g.id != spec.id).cloned());
        let det = Detector::new(set, &[]).expect("detector");
        for ex in &spec.examples {
            let found = det.scan_text(ex.as_bytes()).expect("scan");
            if !found.iter().any(|c| c.rule == 0) {
                problems.push(format!("rule `{}` alone misses {ex:?}", spec.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Keywords of `random = true` rules become generic words, and a provider keyword that contains
/// one stops claiming lines for its provider (a first draft's `:` broke `parseur:`'s claim).
/// This list is the reviewed state: a change to it must be deliberate.
#[test]
fn generic_words_take_no_new_provider_claims() {
    let detector = Detector::new(builtin_specs().expect("catalog parses"), &[]).expect("detector");
    let lost = detector.claims_lost_to_generic_words();
    let reviewed_text = include_str!("data/claims-lost.txt");
    let reviewed: Vec<&str> = reviewed_text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let newly_lost: Vec<&String> = lost
        .iter()
        .filter(|k| !reviewed.contains(&k.as_str()))
        .collect();
    let regained: Vec<&&str> = reviewed
        .iter()
        .filter(|k| !lost.iter().any(|l| l == **k))
        .collect();
    assert!(
        newly_lost.is_empty() && regained.is_empty(),
        "provider keywords that lost their claim to a generic word (a keyword of a `random` \
         rule inside them): {newly_lost:?}; reviewed as lost but claiming again: {regained:?}. \
         If the change is deliberate, update tests/data/claims-lost.txt."
    );
}
