//! Property tests: every rule's examples, embedded at random positions in random text, are found
//! at the right line and column with the same fingerprint; the same text without them yields
//! nothing. A small deterministic generator keeps runs reproducible (the seed is printed).

use keyhook::allow::fingerprint;
use keyhook::detect::Detector;
use keyhook::rules::builtin_specs;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Filler: lowercase words and spaces, never key-shaped.
    fn words(&mut self, max: usize) -> String {
        const WORDS: &[&str] = &[
            "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "lorem", "render",
            "value", "count", "index", "while", "return", "module", "list", "map", "call",
        ];
        (0..self.below(max + 1))
            .map(|_| WORDS[self.below(WORDS.len())])
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[test]
fn examples_are_found_where_they_are_embedded() {
    let seed = std::env::var("KEYHOOK_PROPTEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_cafe_u64);
    let mut rng = Rng(seed);
    let det = Detector::new(builtin_specs().expect("catalog"), &[]).expect("detector");
    let mut problems = Vec::new();
    for (ri, rule) in det.rules().iter().enumerate() {
        let anchored = rule.pattern().contains('^');
        for ex in &rule.spec.examples {
            let base: Vec<_> = det
                .scan_text(ex.as_bytes())
                .expect("scan")
                .into_iter()
                .filter(|c| c.rule == ri)
                .collect();
            let Some(orig) = base.first() else { continue };
            let want_fp = fingerprint(rule.id(), &orig.secret);
            for _ in 0..4 {
                let before = rng.below(6);
                let mut lines: Vec<String> = (0..before).map(|_| rng.words(8)).collect();
                let ex_lines: Vec<&str> = ex.split('\n').collect();
                let single = ex_lines.len() == 1;
                let prefix = if single && !anchored {
                    let w = rng.words(5);
                    if w.is_empty() {
                        w
                    } else {
                        w + " "
                    }
                } else {
                    String::new()
                };
                for (k, l) in ex_lines.iter().enumerate() {
                    if single {
                        lines.push(format!("{prefix}{l} {}", rng.words(5)));
                    } else {
                        lines.push((*l).to_string());
                        let _ = k;
                    }
                }
                let after = rng.below(6);
                lines.extend((0..after).map(|_| rng.words(8)));
                let text = lines.join("\n");
                let found = det.scan_text(text.as_bytes()).expect("scan");
                let want_line = before + orig.line;
                let want_start = orig.start + prefix.len();
                let hit = found.iter().any(|c| {
                    c.rule == ri
                        && c.line == want_line
                        && c.start == want_start
                        && fingerprint(rule.id(), &c.secret) == want_fp
                });
                if !hit {
                    problems.push(format!(
                        "rule `{}` (seed {seed}): example not found at line {} col {} in {:?}",
                        rule.id(),
                        want_line + 1,
                        want_start + 1,
                        text
                    ));
                    break;
                }
                // Without the example, the filler alone yields nothing.
                let filler: Vec<&str> = lines
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i < before || *i >= before + ex_lines.len())
                    .map(|(_, l)| l.as_str())
                    .collect();
                let rest = det.scan_text(filler.join("\n").as_bytes()).expect("scan");
                if !rest.is_empty() {
                    problems.push(format!("filler alone produced findings: {filler:?}"));
                }
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
