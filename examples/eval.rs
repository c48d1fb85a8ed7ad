//! Score keyhook's detector on labelled examples and on real, secret-free code.
//!
//! ```text
//! cargo run --release --example eval -- FILE.jsonl…          # recall / FPR per source
//! cargo run --release --example eval -- --clean FILE.jsonl…  # the corpus's "clean" subset
//! cargo run --release --example eval -- --tree DIR…          # findings per 100 MB of real code
//! cargo run --release --example eval -- --misses FILE.jsonl  # print what is missed / flagged
//! cargo run --release --example eval -- --explain TEXT        # which rule patterns match TEXT
//! cargo run --release --example eval -- --reasons FILE…       # which filters cost recall / save FPs
//! EVAL_DISABLE=rule-id,rule-id cargo run …                   # score without some rules
//! EVAL_ENABLE=password-hash cargo run …                       # with optional rules on
//! ```
//!
//! JSONL rows: `{"source", "rule", "label": "pos"|"neg", "text", …}`. A positive counts as
//! caught when keyhook reports anything in its text (every line treated as added); a negative
//! counts as a false positive when keyhook reports anything.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use keyhook::allow::Allowlist;
use keyhook::detect::Detector;
use keyhook::engine::scan_blob_pair;

#[derive(Default)]
struct Score {
    pos: usize,
    tp: usize,
    neg: usize,
    fp: usize,
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let clean = take_flag(&mut args, "--clean");
    let tree = take_flag(&mut args, "--tree");
    let misses = take_flag(&mut args, "--misses");
    let reasons = take_flag(&mut args, "--reasons");
    let explain = take_flag(&mut args, "--explain");
    let disable: Vec<String> = std::env::var("EVAL_DISABLE")
        .unwrap_or_default()
        .split(',')
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    // Optional rules (off in a repository without `enable`) only when EVAL_ENABLE names them.
    let enable = std::env::var("EVAL_ENABLE").unwrap_or_default();
    let mut specs = keyhook::rules::builtin_specs().unwrap_or_else(|e| {
        eprintln!("catalog: {e}");
        std::process::exit(2)
    });
    specs.retain(|s| !s.optional || enable.split(',').any(|e| e == s.id));
    let det = Detector::new(specs, &disable).unwrap_or_else(|e| {
        eprintln!("catalog: {e}");
        std::process::exit(2)
    });
    let allow = Allowlist::default();
    if explain {
        for text in &args {
            explain_text(&det, text);
        }
    } else if tree {
        trees(&det, &allow, &args);
    } else {
        corpus(&det, &allow, &args, clean, misses, reasons);
    }
}

fn take_flag(args: &mut Vec<String>, flag: &str) -> bool {
    let before = args.len();
    args.retain(|a| a != flag);
    args.len() != before
}

fn corpus(
    det: &Detector,
    allow: &Allowlist,
    files: &[String],
    clean: bool,
    misses: bool,
    reasons: bool,
) {
    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    // Filter → (missed positives it dropped a match in, negatives it kept clean).
    let mut by_reason: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for file in files {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| {
            eprintln!("{file}: {e}");
            std::process::exit(2)
        });
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let Ok(row) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            if clean
                && (row["placeholder_like"] == true
                    || row["neg_kind"] == "keyword_out_of_range"
                    || row["ruleset"] == "np.assets")
            {
                continue;
            }
            let source = row["source"].as_str().unwrap_or("?").to_string();
            let label = row["label"].as_str().unwrap_or("");
            let Some(example) = row["text"].as_str() else {
                continue;
            };
            let hits = scan_blob_pair(det, allow, "example.txt", b"", example.as_bytes())
                .unwrap_or_default();
            let found = hits.len();
            for key in [source.clone(), "all".to_string()] {
                let s = scores.entry(key).or_default();
                match label {
                    "pos" => {
                        s.pos += 1;
                        s.tp += (found > 0) as usize;
                    }
                    "neg" => {
                        s.neg += 1;
                        s.fp += (found > 0) as usize;
                    }
                    _ => {}
                }
            }
            let mut why: Vec<String> = Vec::new();
            if reasons && found == 0 {
                let (_, dropped) = det.explain(example.as_bytes()).unwrap_or_default();
                why = dropped
                    .iter()
                    .filter(|d| d.why != keyhook::detect::DropReason::Overlap)
                    .map(|d| {
                        let id = &det.rule(d.rule).spec.id;
                        let v = String::from_utf8_lossy(&d.value);
                        format!("{:?}({id} {v:?})", d.why)
                    })
                    .collect();
                why.sort();
                why.dedup();
                if why.is_empty() {
                    why.push("no pattern matched".into());
                }
                let mut kinds: Vec<&str> = why
                    .iter()
                    .map(|w| w.split('(').next().unwrap_or(""))
                    .collect();
                kinds.dedup();
                for w in kinds {
                    let e = by_reason.entry(w.to_string()).or_default();
                    match label {
                        "pos" => e.0 += 1,
                        "neg" => e.1 += 1,
                        _ => {}
                    }
                }
            }
            if misses {
                let rule = row["rule"].as_str().unwrap_or("?");
                let shown: String = example.chars().take(160).collect();
                if label == "pos" && found == 0 {
                    println!("MISS {source} {rule}: {shown:?}");
                    for w in &why {
                        println!("     {w}");
                    }
                } else if label == "neg" && found > 0 {
                    let by: Vec<&str> = hits.iter().map(|f| f.rule.as_str()).collect();
                    println!("FP   {source} {rule} by {by:?}: {shown:?}");
                }
            }
        }
    }
    if reasons {
        println!(
            "{:<24} {:>14} {:>14}",
            "filter", "misses (pos)", "kept (neg)"
        );
        for (why, (pos, neg)) in &by_reason {
            println!("{why:<24} {pos:>14} {neg:>14}");
        }
    }
    println!(
        "{:<14} {:>6} {:>7} {:>6} {:>6}",
        "source", "pos", "recall", "neg", "FPR"
    );
    for (name, s) in &scores {
        println!(
            "{:<14} {:>6} {:>7.3} {:>6} {:>6.3}",
            name,
            s.pos,
            s.tp as f64 / s.pos.max(1) as f64,
            s.neg,
            s.fp as f64 / s.neg.max(1) as f64
        );
    }
}

fn trees(det: &Detector, allow: &Allowlist, dirs: &[String]) {
    let mut bytes = 0u64;
    let mut files = 0u64;
    let mut findings: BTreeMap<String, usize> = BTreeMap::new();
    let mut total = 0usize;
    let started = std::time::Instant::now();
    for dir in dirs {
        let mut stack = vec![PathBuf::from(dir)];
        while let Some(p) = stack.pop() {
            let Ok(meta) = std::fs::symlink_metadata(&p) else {
                continue;
            };
            if meta.is_dir() {
                if let Ok(rd) = std::fs::read_dir(&p) {
                    stack.extend(rd.flatten().map(|e| e.path()));
                }
                continue;
            }
            if !meta.is_file() || meta.len() > 16 << 20 {
                continue;
            }
            let Ok(data) = std::fs::read(&p) else {
                continue;
            };
            if keyhook::added::is_binary(&data) {
                continue;
            }
            bytes += data.len() as u64;
            files += 1;
            let path = p.to_string_lossy();
            if let Ok(fs) = scan_blob_pair(det, allow, &path, b"", &data) {
                for f in fs {
                    total += 1;
                    *findings.entry(f.rule.clone()).or_default() += 1;
                    if std::env::var_os("EVAL_SHOW").is_some() {
                        println!("{}:{} {} {}", show(&p), f.line, f.rule, f.redacted);
                    }
                }
            }
        }
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "{files} files, {mb:.1} MB, {total} findings, {:.2} per 100 MB, {:.1} s",
        total as f64 / mb * 100.0,
        started.elapsed().as_secs_f64()
    );
    let mut by: Vec<_> = findings.into_iter().collect();
    by.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    for (rule, n) in by.iter().take(25) {
        println!("  {n:>6}  {rule}");
    }
}

fn show(p: &Path) -> String {
    p.display().to_string()
}

/// Every rule whose pattern matches a line of `text` (before any filter), then what the detector
/// reports: for finding out which filter drops a value.
fn explain_text(det: &Detector, text: &str) {
    for (i, line) in text.lines().enumerate() {
        for rule in det.rules() {
            let (Ok(re), Ok(groups)) = (rule.regex(), rule.secret_groups()) else {
                continue;
            };
            for caps in re.captures_iter(line.as_bytes()) {
                if let Some(m) = groups.iter().find_map(|&g| caps.get_group(g)) {
                    println!("line {i}: {} matches {:?}", rule.spec.id, &line[m.range()]);
                }
            }
        }
    }
    match det.explain(text.as_bytes()) {
        Ok((found, dropped)) => {
            for d in dropped {
                let id = &det.rule(d.rule).spec.id;
                println!(
                    "dropped: {id} line {} {:?}: {:?}",
                    d.line,
                    String::from_utf8_lossy(&d.value),
                    d.why
                );
            }
            for c in found {
                let id = &det.rule(c.rule).spec.id;
                println!(
                    "reported: {id} line {} {:?}",
                    c.line,
                    String::from_utf8_lossy(&c.secret)
                );
            }
        }
        Err(e) => println!("error: {e}"),
    }
}
