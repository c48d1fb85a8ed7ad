//! Overrides and configuration, end to end through real commits.

mod common;

use common::{git_cmd, random_value, text, Repo};

fn secret(seed: u8) -> (String, String) {
    let v = random_value(seed, 24);
    (format!("API_KEY = \"{v}\""), v)
}

fn blocked(r: &Repo, out: &std::process::Output) -> String {
    let t = text(out);
    assert!(!out.status.success(), "expected a block:\n{t}");
    let _ = r;
    t
}

fn fingerprint_in(t: &str) -> String {
    let i = t.find("fingerprint ").expect("fingerprint printed") + "fingerprint ".len();
    t[i..i + 12].to_string()
}

#[test]
fn rule_scoped_and_next_line_annotations() {
    let r = Repo::new();
    let (line, _) = secret(1);
    // Scoped to another rule: does not suppress.
    let out = r.commit_file("a.py", format!("{line}  # keyhook:allow=github-pat\n"));
    blocked(&r, &out);
    // Scoped to the right rule: suppresses.
    let out = r.commit_file(
        "a.py",
        format!("{line}  # keyhook:allow=generic-secret-assignment fixture for tests\n"),
    );
    assert!(out.status.success(), "{}", text(&out));
    // Next-line annotation for formats without comments at the end of a line.
    let (line2, _) = secret(2);
    let json = format!(
        "// keyhook:allow-next-line sample data\n{{{}}}\n",
        line2.replace(" = ", ": ")
    );
    let out = r.commit_file("b.jsonc", &json);
    assert!(out.status.success(), "{}", text(&out));
    // It covers only the next line.
    let (line3, _) = secret(3);
    let out = r.commit_file(
        "b.jsonc",
        format!("{json}{{{}}}\n", line3.replace(" = ", ": ")),
    );
    let t = blocked(&r, &out);
    assert!(t.contains("b.jsonc:3:"), "{t}");
}

#[test]
fn migration_annotations_are_honoured_and_can_be_turned_off() {
    let r = Repo::new();
    let (l1, _) = secret(4);
    let (l2, _) = secret(5);
    let out = r.commit_file(
        "m.py",
        format!("{l1}  # pragma: allowlist secret\n{l2}  # gitleaks:allow\n"),
    );
    assert!(out.status.success(), "{}", text(&out));
    r.write(".keyhook.toml", "[allow]\nmigration_annotations = false\n");
    r.add(".keyhook.toml");
    let (l3, _) = secret(6);
    let out = r.commit_file("n.py", format!("{l3}  # gitleaks:allow\n"));
    blocked(&r, &out);
}

#[test]
fn fingerprint_from_block_message_allows_the_next_commit_and_is_content_based() {
    let r = Repo::new();
    let (line, value) = secret(7);
    let out = r.commit_file("cfg/app.py", format!("# settings\n{line}\n"));
    let t = blocked(&r, &out);
    let fp = fingerprint_in(&t);
    assert!(t.contains(&format!("keyhook allow {fp}")), "{t}");

    let out = r.keyhook(&["allow", &fp, "--reason", "test fixture"]);
    assert!(out.status.success(), "{}", text(&out));
    let config = std::fs::read_to_string(r.path().join(".keyhook.toml")).unwrap();
    assert!(config.contains(&fp));
    assert!(
        !config.contains(&value),
        "the allowlist must not store the secret"
    );
    let out = r.commit("with allowance");
    assert!(out.status.success(), "{}", text(&out));

    // The same value on another line of another file keeps the same fingerprint.
    let out = r.commit_file("other/place.py", format!("x = 1\ny = 2\n{line}\n"));
    assert!(out.status.success(), "{}", text(&out));

    // A different secret still blocks.
    let (line2, _) = secret(8);
    let out = r.commit_file("cfg/app.py", format!("# settings\n{line}\n{line2}\n"));
    let t = blocked(&r, &out);
    assert_ne!(fingerprint_in(&t), fp);
}

#[test]
fn expired_entry_blocks_again_and_says_so() {
    let r = Repo::new();
    let (line, _) = secret(9);
    let t = blocked(&r, &r.commit_file("a.py", format!("{line}\n")));
    let fp = fingerprint_in(&t);
    r.write(
        ".keyhook.toml",
        format!(
            "[[allow.fingerprints]]\nfingerprint = \"{fp}\"\nreason = \"temp\"\nexpires = \"2001-01-01\"\n"
        ),
    );
    r.add(".keyhook.toml");
    let t = blocked(&r, &r.commit("expired"));
    assert!(t.contains("expired on 2001-01-01"), "{t}");
    // Extending the expiry lets it through.
    let out = r.keyhook(&["allow", &fp, "--expires", "2999-12-31"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = r.commit("extended");
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn the_staged_config_is_the_one_in_effect() {
    let r = Repo::new();
    let (line, _) = secret(10);
    // Allow paths in the work tree only (not staged): has no effect.
    r.write(".keyhook.toml", "[allow]\npaths = [\"fixtures/**\"]\n");
    let out = r.commit_file("fixtures/keys.py", format!("{line}\n"));
    blocked(&r, &out);
    // Staged: takes effect.
    r.add(".keyhook.toml");
    let out = r.commit("fixtures allowed");
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn custom_rules_from_config_block_their_tokens_and_are_checked() {
    let r = Repo::new();
    r.write(
        ".keyhook.toml",
        "[[rules]]\nid = \"acme-key\"\ndescription = \"ACME internal key\"\nkeywords = [\"acme_\"]\n\
         regex = '''\\b(acme_[a-z0-9]{20})\\b'''\nrotate = \"https://acme.invalid/keys\"\n\
         examples = [\"k = acme_q8z3m1x7v4k9w2r6t5p0\"]\nnegatives = [\"acme_short\"]\n",
    );
    r.add(".keyhook.toml");
    let out = r.commit_file("svc.txt", "endpoint acme_h3k8w1q9z2m7x4v6t0p5\n");
    let t = blocked(&r, &out);
    assert!(t.contains("ACME internal key"), "{t}");
    assert!(t.contains("https://acme.invalid/keys"), "{t}");
    r.git_ok(&["reset", "-q", "svc.txt"]);
    // A custom rule whose example does not match is a config error naming the file.
    r.write(
        ".keyhook.toml",
        "[[rules]]\nid = \"acme-key\"\ndescription = \"ACME\"\nkeywords = [\"acme_\"]\n\
         regex = '''\\b(acme_[a-z0-9]{20})\\b'''\nexamples = [\"nothing here\"]\n",
    );
    r.add(".keyhook.toml");
    let out = r.commit("bad rule");
    let t = blocked(&r, &out);
    assert!(t.contains(".keyhook.toml:"), "{t}");
    assert!(t.contains("is not matched"), "{t}");
    assert_eq!(out.status.code(), Some(1), "git reports hook failure as 1");
}

#[test]
fn value_rules_take_over_nested_keys_of_their_provider() {
    let r = Repo::new();
    r.write(
        ".keyhook.toml",
        "[[rules]]\nid = \"acmecorp-key\"\ndescription = \"AcmeCorp legacy key\"\n\
         keywords = [\"acmecorp\"]\nvalue = '[a-f0-9]{40}'\n\
         examples = [\"ACMECORP_KEY=4456db1d6c8a2a49e8c600be27ef0eb7d469e479\"]\n\
         negatives = [\"ACMECORP_KEY=9c1f0e7b2d4a\"]\n",
    );
    r.add(".keyhook.toml");
    // Same line: the derived pattern.
    let t = blocked(
        &r,
        &r.commit_file(
            "a.env.example",
            "ACMECORP_KEY=737b3b38b1dc68d86d6d7c04163b507928e48d6a\n",
        ),
    );
    assert!(t.contains("AcmeCorp legacy key"), "{t}");
    r.git_ok(&["reset", "-q", "a.env.example"]);
    // Nested YAML: the generic match two lines below the provider's name is reported under the
    // provider's rule because the value has its format.
    let t = blocked(
        &r,
        &r.commit_file(
            "svc.yaml",
            "acmecorp:\n  region: eu\n  api_key: 47a3b5243dc7874fca28ba26a67159d919dd4607\n",
        ),
    );
    assert!(t.contains("AcmeCorp legacy key"), "{t}");
    assert!(t.contains("svc.yaml:3"), "{t}");
    r.git_ok(&["reset", "-q", "svc.yaml"]);
    // A near miss of the provider's format (a truncated key) is not reported at all...
    let out = r.commit_file(
        "svc2.yaml",
        "acmecorp:\n  api_key: 47a3b5243dc7874fca28ba26a67159d919dd4\n",
    );
    assert!(out.status.success(), "{}", text(&out));
    // ...but a random value of another kind is still a generic finding.
    let t = blocked(
        &r,
        &r.commit_file(
            "svc3.yaml",
            "acmecorp:\n  api_key: Zq8vN3kL0pW7rT2mX4bY9cV6\n",
        ),
    );
    assert!(t.contains("svc3.yaml:2"), "{t}");
    assert!(!t.contains("AcmeCorp legacy key"), "{t}");
    r.git_ok(&["reset", "-q", "svc3.yaml"]);
    // A sibling assignment naming a provider (`OPENAI_ORG=…` holding its own
    // value) does not claim the password on the next line: that is still a finding of its own.
    let t = blocked(
        &r,
        &r.commit_file(
            "app.conf",
            "OPENAI_ORG=org-7Hq2Lm\nDATABASE_PASSWORD=Xk8vQ2mLp9TzR4wN7bYc\n",
        ),
    );
    assert!(t.contains("app.conf:2"), "{t}");
}

#[test]
fn one_off_allow_via_environment_and_flag() {
    let r = Repo::new();
    let (line, _) = secret(11);
    let t = blocked(&r, &r.commit_file("a.py", format!("{line}\n")));
    let fp = fingerprint_in(&t);
    // `keyhook scan --allow`.
    let out = r.keyhook(&["scan", "a.py"]);
    assert_eq!(out.status.code(), Some(1));
    let out = r.keyhook(&["scan", "--allow", &fp, "a.py"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    // KEYHOOK_ALLOW for one commit.
    let out = git_cmd(r.path())
        .env("KEYHOOK_ALLOW", &fp)
        .args(["commit", "-q", "-m", "once"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert!(!std::fs::read_to_string(r.path().join(".keyhook.toml")).is_ok_and(|c| c.contains(&fp)));
}

#[test]
fn baseline_reports_only_new_findings() {
    let r = Repo::bare_init();
    let (l1, _) = secret(12);
    r.write("old.py", format!("{l1}\n"));
    let out = r.keyhook(&["scan", "--write-baseline", "baseline.json", "."]);
    assert!(out.status.success(), "{}", text(&out));
    let base = std::fs::read_to_string(r.path().join("baseline.json")).unwrap();
    assert!(!base.contains(&random_value(12, 24)));
    let out = r.keyhook(&["scan", "--baseline", "baseline.json", "old.py"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let (l2, _) = secret(13);
    r.write("new.py", format!("{l2}\n"));
    let out = r.keyhook(&[
        "scan",
        "--baseline",
        "baseline.json",
        "--format",
        "json",
        "old.py",
        "new.py",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let paths: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, vec!["new.py"]);
}

#[test]
fn allow_list_marks_stale_and_expired_entries() {
    let r = Repo::bare_init();
    let (line, _) = secret(14);
    r.write("a.py", format!("{line}\n"));
    let out = r.keyhook(&["scan", "--format", "json", "a.py"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let fp = v[0]["fingerprint"].as_str().unwrap().to_string();
    for args in [
        vec!["allow", fp.as_str(), "--reason", "in use"],
        vec![
            "allow",
            "0123456789ab",
            "--reason",
            "gone",
            "--expires",
            "2001-02-03",
        ],
    ] {
        let out = r.keyhook(&args);
        assert!(out.status.success(), "{}", text(&out));
    }
    let out = r.keyhook(&["allow", "--list"]);
    let t = String::from_utf8_lossy(&out.stdout).to_string();
    let used = t.lines().find(|l| l.starts_with(&fp)).unwrap();
    assert!(!used.contains("stale"), "{t}");
    let gone = t.lines().find(|l| l.starts_with("0123456789ab")).unwrap();
    assert!(gone.contains("stale") && gone.contains("expired"), "{t}");
}

#[test]
fn bad_fingerprint_and_bad_date_are_usage_errors() {
    let r = Repo::bare_init();
    let out = r.keyhook(&["allow", "not-a-fingerprint"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("not a keyhook fingerprint"));
    let out = r.keyhook(&["allow", "0123456789ab", "--expires", "tomorrow"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!r.path().join(".keyhook.toml").exists());
}

#[test]
fn env_file_patterns_can_be_added_and_exempted() {
    let r = Repo::new();
    r.write(
        ".keyhook.toml",
        "[env]\nblock = [\"*.secrets\"]\nexempt = [\".env.test\"]\n",
    );
    r.add(".keyhook.toml");
    // An extra pattern blocks by name.
    let out = r.commit_file("deploy/prod.secrets", "DB=1\n");
    let t = blocked(&r, &out);
    assert!(t.contains("git rm --cached deploy/prod.secrets"), "{t}");
    r.git_ok(&["rm", "-q", "--cached", "deploy/prod.secrets"]);
    // An exempted .env-like file is committed, and its values are still scanned.
    let out = r.commit_file(".env.test", "DEBUG=1\n");
    assert!(out.status.success(), "{}", text(&out));
    let (line, _) = secret(15);
    let out = r.commit_file(
        ".env.test",
        format!("DEBUG=1\n{}\n", line.replace(" = ", "=")),
    );
    let t = blocked(&r, &out);
    assert!(t.contains(".env.test:2:"), "{t}");
}

#[test]
fn password_hashes_pass_unless_the_optional_rule_is_enabled() {
    let r = Repo::new();
    // A bcrypt hash in a seed file and an htpasswd line: what a system stores, not a password.
    let salt = "UVXWRfYmETG9JlbzI9XLn/";
    let seed = format!(
        "INSERT INTO users (email, password_hash) VALUES ('ops@example.org', '$2b$12${salt}zWhNkvKpBO6tixWhma3.vHkey8mevrX');\n"
    );
    let out = r.commit_file("db/seed.sql", &seed);
    assert!(out.status.success(), "{}", text(&out));
    // The same line is reported once the rule is on (so the hash above is one it knows).
    let scan = r.keyhook(&["scan", "db/seed.sql"]);
    assert_eq!(scan.status.code(), Some(0), "{}", text(&scan));
    // A team that wants them reported turns the rule on.
    r.write(".keyhook.toml", "enable = [\"password-hash\"]\n");
    r.add(".keyhook.toml");
    let out = r.commit_file(
        "deploy/htpasswd",
        format!("admin:$2y$10${salt}Qm7vT2pL9wR4Zq8vN3kL0pW7rT2mXc5\n"),
    );
    let t = blocked(&r, &out);
    assert!(t.contains("password-hash"), "{t}");
    r.git_ok(&["rm", "-q", "--cached", "deploy/htpasswd"]);
    let scan = r.keyhook(&["scan", "db/seed.sql"]);
    assert_eq!(scan.status.code(), Some(1), "{}", text(&scan));
}
