//! History scan, pre-push backstop, JSON and SARIF output: real repositories, real commits,
//! real `git push` through the installed pre-push shim.

mod common;

use common::{git_cmd, text, Repo};
use serde_json::Value;

/// A secret line the generic rule catches; the value is random per seed, never a literal here.
fn secret(seed: u8) -> (String, String) {
    let value = common::random_value(seed, 24);
    (format!("API_KEY = \"{value}\"\n"), value)
}

fn json_of(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", text(out)))
}

/// Commit a file bypassing the hooks; returns the new commit id.
fn commit_bypassed(repo: &Repo, rel: &str, content: &str, msg: &str) -> String {
    repo.write(rel, content);
    repo.add(rel);
    repo.commit_no_verify(msg);
    repo.head()
}

/// base, leak (HEAD~3), two unrelated commits, then the removal at HEAD... with the leak three
/// commits before the removal. Returns (repo, leak commit id, secret value).
fn leaked_then_removed() -> (Repo, String, String) {
    let repo = Repo::new();
    commit_bypassed(&repo, "README.md", "# demo\n", "base");
    let (line, value) = secret(1);
    let leak = commit_bypassed(
        &repo,
        "app/settings.py",
        &format!("DEBUG = True\n{line}"),
        "add settings",
    );
    commit_bypassed(&repo, "README.md", "# demo\nmore\n", "docs");
    commit_bypassed(&repo, "src/main.py", "print('hi')\n", "code");
    commit_bypassed(&repo, "app/settings.py", "DEBUG = True\n", "remove key");
    assert_eq!(
        repo.git_ok(&["rev-parse", "HEAD~3"]).trim(),
        leak,
        "the leak is three commits back"
    );
    (repo, leak, value)
}

#[test]
fn history_scan_names_the_commit_and_says_the_key_is_gone_but_must_be_rotated() {
    let (repo, leak, value) = leaked_then_removed();
    let out = repo.keyhook(&["scan", "--history"]);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(all.contains("app/settings.py:2:"), "{all}");
    assert!(all.contains(&leak[..12]), "names the commit: {all}");
    assert!(
        all.contains("no longer at HEAD, but still in history"),
        "{all}"
    );
    assert!(
        all.contains("Deleting the line does not un-leak the key"),
        "{all}"
    );
    assert!(all.contains("Rotate"), "{all}");
    assert!(all.contains("rewrite history"), "{all}");
    assert!(!all.contains(&value), "the secret is never printed: {all}");

    let out = repo.keyhook(&["scan", "--history", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(!text(&out).contains(&value));
    let doc = json_of(&out);
    let items = doc.as_array().expect("array");
    assert_eq!(items.len(), 1, "one secret, reported once: {doc:#}");
    let f = &items[0];
    assert_eq!(f["path"], "app/settings.py");
    assert_eq!(f["line"], 2);
    assert_eq!(f["commit"]["id"], leak.as_str());
    assert_eq!(f["commit"]["present_at_head"], false);
    assert!(f["commit"]["date"]
        .as_str()
        .is_some_and(|d| d.contains('T')));
    assert_eq!(f["schema_version"], 1);
}

#[test]
fn history_scan_reads_packed_and_deltified_objects_like_loose_ones() {
    // Many versions of a growing file (deltas against each other once packed), the secret in
    // one of them: the scan of the packed repository (own pack reader, delta chains, inflating
    // from the mapped pack) must report exactly what the scan of loose objects reports.
    let repo = Repo::new();
    let (line, value) = secret(7);
    let mut body = String::new();
    let mut leak = String::new();
    for i in 0..30 {
        body.push_str(&format!("setting_{i} = {}\n", i * 7919 % 1000));
        let content = if (10..20).contains(&i) {
            format!("{body}{line}")
        } else {
            body.clone()
        };
        let id = commit_bypassed(&repo, "conf/app.py", &content, &format!("v{i}"));
        if i == 10 {
            leak = id;
        }
    }
    assert_packed_scan_matches_loose(&repo, &leak, &value);
}

#[test]
fn history_scan_of_many_files_split_between_readers_matches_loose_objects() {
    // Several files edited in turn: enough pairs for the blob reading to be split between
    // readers, where a pair's old version may be read by another reader and handed over. The
    // secret's origin must not depend on that (loose objects, then one pack).
    let repo = Repo::new();
    let (line, value) = secret(11);
    let mut bodies = vec![String::new(); 4];
    let mut leak = String::new();
    for i in 0..40 {
        let f = i % 4;
        bodies[f].push_str(&format!("option_{i} = {}\n", i * 7919 % 1000));
        let content = if f == 2 && (13..30).contains(&i) {
            format!("{}{line}", bodies[f])
        } else {
            bodies[f].clone()
        };
        let id = commit_bypassed(&repo, &format!("src/m{f}.py"), &content, &format!("c{i}"));
        if i == 14 {
            leak = id;
        }
    }
    assert_packed_scan_matches_loose(&repo, &leak, &value);
}

#[test]
fn history_scan_says_when_the_key_is_still_at_head() {
    let repo = Repo::new();
    commit_bypassed(&repo, "README.md", "# demo\n", "base");
    let (line, value) = secret(2);
    let leak = commit_bypassed(&repo, "config.py", &line, "leak");
    // Later edits around the secret do not re-report it or move its origin.
    commit_bypassed(
        &repo,
        "config.py",
        &format!("# settings\n{line}TIMEOUT = 3\n"),
        "edit",
    );
    let out = repo.keyhook(&["scan", "--history", "--format", "json"]);
    let doc = json_of(&out);
    let items = doc.as_array().expect("array");
    assert_eq!(items.len(), 1, "{doc:#}");
    assert_eq!(items[0]["commit"]["id"], leak.as_str());
    assert_eq!(items[0]["commit"]["present_at_head"], true);
    let t = text(&repo.keyhook(&["scan", "--history"]));
    assert!(t.contains("still present at HEAD"), "{t}");
    assert!(!t.contains(&value));
}

#[test]
fn history_scan_attributes_a_merged_secret_to_the_branch_commit() {
    let repo = Repo::new();
    commit_bypassed(&repo, "README.md", "# demo\n", "base");
    repo.git_ok(&["checkout", "-q", "-b", "feature"]);
    let (line, _) = secret(3);
    let leak = commit_bypassed(&repo, "feature.py", &line, "feature with key");
    repo.git_ok(&["checkout", "-q", "main"]);
    commit_bypassed(&repo, "other.txt", "x\n", "main work");
    repo.git_ok(&[
        "merge",
        "-q",
        "--no-ff",
        "--no-verify",
        "-m",
        "merge",
        "feature",
    ]);
    let doc = json_of(&repo.keyhook(&["scan", "--history", "--format", "json"]));
    let items = doc.as_array().expect("array");
    assert_eq!(items.len(), 1, "{doc:#}");
    assert_eq!(items[0]["commit"]["id"], leak.as_str());
}

#[test]
fn history_scan_honours_ranges_and_the_allowlist() {
    let (repo, _leak, _) = leaked_then_removed();
    // Only the last two commits: the leak is older.
    let out = repo.keyhook(&["scan", "--history", "HEAD~2..HEAD"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    // A single revision means everything reachable from it.
    let out = repo.keyhook(&["scan", "--history", "HEAD~3"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let out = repo.keyhook(&["scan", "--history", "no-such-rev..HEAD"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));

    // The allowlist of the work tree applies.
    let doc = json_of(&repo.keyhook(&["scan", "--history", "--format", "json"]));
    let fp = doc[0]["fingerprint"]
        .as_str()
        .expect("fingerprint")
        .to_string();
    repo.write(
        ".keyhook.toml",
        format!("[[allow.fingerprints]]\nfingerprint = \"{fp}\"\nreason = \"rotated\"\n"),
    );
    let out = repo.keyhook(&["scan", "--history"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    // And one-off allowances.
    std::fs::remove_file(repo.path().join(".keyhook.toml")).expect("rm");
    let out = repo.keyhook(&["scan", "--history", "--allow", &fp]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
}

#[test]
fn history_scan_of_an_empty_repository_is_clean() {
    let repo = Repo::bare_init();
    let out = repo.keyhook(&["scan", "--history"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let out = repo.keyhook(&["scan", "--history", "--format", "json"]);
    assert_eq!(json_of(&out), serde_json::json!([]));
}

#[test]
fn history_scan_reports_committed_env_files() {
    let repo = Repo::new();
    commit_bypassed(&repo, "README.md", "# demo\n", "base");
    let c = commit_bypassed(&repo, ".env", "PORT=1\n", "env");
    let doc = json_of(&repo.keyhook(&["scan", "--history", "--format", "json"]));
    assert_eq!(doc[0]["kind"], "env-file", "{doc:#}");
    assert_eq!(doc[0]["commit"]["id"], c.as_str());
    assert_eq!(doc[0]["commit"]["present_at_head"], true);
}

// ---------------------------------------------------------------------------------------------
// pre-push

/// A repository with the pre-push shim and a local bare remote `origin`.
struct PushSetup {
    repo: Repo,
    _remote: tempfile::TempDir,
}

fn push_setup() -> PushSetup {
    let repo = Repo::new();
    let remote = tempfile::tempdir().expect("tempdir");
    let out = git_cmd(remote.path())
        .args(["init", "-q", "--bare", "-b", "main"])
        .output()
        .expect("git init --bare");
    assert!(out.status.success(), "{}", text(&out));
    let url = remote.path().to_string_lossy().into_owned();
    repo.git_ok(&["remote", "add", "origin", &url]);
    keyhook::install::install_into(
        &repo.path().join(".git").join("hooks"),
        "pre-push",
        &common::bin(),
    )
    .expect("install pre-push shim");
    PushSetup {
        repo,
        _remote: remote,
    }
}

fn push(repo: &Repo, args: &[&str]) -> std::process::Output {
    let mut a = vec!["push", "-q"];
    a.extend_from_slice(args);
    repo.git(&a)
}

fn remote_has(s: &PushSetup, refname: &str) -> Option<String> {
    let out = git_cmd(s._remote.path())
        .args(["rev-parse", "--verify", "-q", refname])
        .output()
        .expect("rev-parse");
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

#[test]
fn pre_push_refuses_a_bypassed_commit_and_lets_a_clean_push_through() {
    let s = push_setup();
    let repo = &s.repo;
    commit_bypassed(repo, "README.md", "# demo\n", "base");
    let out = push(repo, &["-u", "origin", "main"]);
    assert!(out.status.success(), "clean push: {}", text(&out));
    assert_eq!(remote_has(&s, "refs/heads/main"), Some(repo.head()));

    let (line, value) = secret(4);
    let before = repo.head();
    let bad = commit_bypassed(repo, "deploy.py", &line, "bypassed the pre-commit hook");
    let out = push(repo, &["origin", "main"]);
    let all = text(&out);
    assert!(!out.status.success(), "push must be refused: {all}");
    assert!(all.contains("keyhook: push blocked"), "{all}");
    assert!(all.contains("deploy.py:1:"), "{all}");
    assert!(all.contains(&bad[..12]), "names the commit: {all}");
    assert!(all.contains("git push --no-verify"), "{all}");
    assert!(!all.contains(&value), "{all}");
    assert_eq!(
        remote_has(&s, "refs/heads/main"),
        Some(before.clone()),
        "nothing reached the remote"
    );

    // Fix the commit, push again: clean.
    repo.git_ok(&["reset", "-q", "--hard", &before]);
    commit_bypassed(
        repo,
        "deploy.py",
        "API_KEY = os.environ['API_KEY']\n",
        "fixed",
    );
    let out = push(repo, &["origin", "main"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(remote_has(&s, "refs/heads/main"), Some(repo.head()));

    // Deleting a remote branch scans nothing.
    repo.git_ok(&["branch", "old"]);
    let out = push(repo, &["origin", "old"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = push(repo, &["origin", "--delete", "old"]);
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn pre_push_of_a_new_branch_scans_only_commits_the_remote_lacks() {
    let s = push_setup();
    let repo = &s.repo;
    commit_bypassed(repo, "README.md", "# demo\n", "base");
    // A secret already on the remote (pushed before keyhook guarded pushes).
    let (line, _) = secret(5);
    commit_bypassed(repo, "legacy.py", &line, "old leak");
    let out = repo.git(&["push", "-q", "--no-verify", "-u", "origin", "main"]);
    assert!(out.status.success(), "{}", text(&out));

    // A new branch with clean commits: only those are scanned, so the old leak does not block.
    repo.git_ok(&["checkout", "-q", "-b", "topic"]);
    commit_bypassed(repo, "topic.txt", "clean\n", "topic work");
    let out = push(repo, &["-u", "origin", "topic"]);
    assert!(out.status.success(), "{}", text(&out));

    // Another new branch that adds a secret is refused, and names only the new leak.
    repo.git_ok(&["checkout", "-q", "-b", "topic2"]);
    let (line, value) = secret(6);
    let bad = commit_bypassed(repo, "new.py", &line, "new leak");
    let out = push(repo, &["-u", "origin", "topic2"]);
    let all = text(&out);
    assert!(!out.status.success(), "{all}");
    assert!(all.contains("new.py:1:"), "{all}");
    assert!(all.contains(&bad[..12]), "{all}");
    assert!(!all.contains("legacy.py"), "already on the remote: {all}");
    assert!(!all.contains(&value));
    assert_eq!(remote_has(&s, "refs/heads/topic2"), None);
}

#[test]
fn pre_push_input_is_parsed_and_errors_fail_closed() {
    let repo = Repo::new();
    commit_bypassed(&repo, "README.md", "# demo\n", "base");
    let (line, _) = secret(7);
    let bad = commit_bypassed(&repo, "k.py", &line, "leak");
    let zero = "0".repeat(40);
    let run = |input: String| {
        let mut c = std::process::Command::new(common::bin());
        c.current_dir(repo.path())
            .env("NO_COLOR", "1")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .args(["run", "--hook", "pre-push", "origin", "/nowhere"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = c.spawn().expect("spawn");
        use std::io::Write;
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write");
        child.wait_with_output().expect("wait")
    };
    // New branch, no remote-tracking refs: everything reachable is scanned.
    let out = run(format!("refs/heads/main {bad} refs/heads/main {zero}\n"));
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    // The remote already has the leak commit: nothing new.
    let out = run(format!("refs/heads/main {bad} refs/heads/main {bad}\n"));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    // A deletion: nothing to scan.
    let out = run(format!("(delete) {zero} refs/heads/x {bad}\n"));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    // Nothing pushed.
    let out = run(String::new());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    // Garbage: exit 2 with the fail-closed explanation.
    let out = run("what is this\n".into());
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("git push --no-verify"),
        "{}",
        text(&out)
    );
    // An unknown local commit: exit 2.
    let out = run(format!(
        "refs/heads/main {} refs/heads/main {zero}\n",
        "1".repeat(40)
    ));
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
}

// ---------------------------------------------------------------------------------------------
// formats

/// The official SARIF 2.1.0 schema's `language` patterns (run, toolComponent) has a stray `]`
/// (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`), which strict validators reject as a regex.
/// The vendored file stays byte-for-byte as published; this one pattern is replaced in memory
/// by the evidently intended one. keyhook's output has no `language` at all.
const SARIF_LANGUAGE_PATTERN_ERRATUM: (&str, &str) = (
    "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$",
    "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$",
);

fn fix_erratum(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (k, x) in map.iter_mut() {
                if k == "pattern" && *x == SARIF_LANGUAGE_PATTERN_ERRATUM.0 {
                    *x = Value::from(SARIF_LANGUAGE_PATTERN_ERRATUM.1);
                } else {
                    fix_erratum(x);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(fix_erratum),
        _ => {}
    }
}

fn validator(schema_path: &str) -> jsonschema::Validator {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(schema_path);
    let mut schema: Value =
        serde_json::from_slice(&std::fs::read(&path).expect("read schema")).expect("schema JSON");
    fix_erratum(&mut schema);
    jsonschema::validator_for(&schema).expect("valid schema")
}

fn assert_valid(v: &jsonschema::Validator, doc: &Value) {
    let errors: Vec<String> = v
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}\n{doc:#}");
}

/// A repository whose history and work tree give every kind of finding, with a path that needs
/// URI escaping.
fn varied_repo() -> (Repo, Vec<String>) {
    let repo = Repo::new();
    commit_bypassed(&repo, "README.md", "# demo\n", "base");
    let (l1, v1) = secret(8);
    let (l2, v2) = secret(9);
    commit_bypassed(&repo, "dir with space/ünï #1.py", &l1, "odd path");
    commit_bypassed(&repo, "b.py", &format!("x = 1\n    {l2}"), "indented");
    commit_bypassed(&repo, ".env.production", "SECRET=1\n", "env");
    // A Java keystore with one private-key entry (tag 1), as keytool lays it out.
    let mut jks = vec![
        0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 1, 0, 3,
    ];
    jks.extend(b"tls");
    jks.extend([0u8; 8]);
    jks.extend([0, 0, 0, 4, 0x30, 0x02, 0x05, 0x00, 0, 0, 0, 0]);
    jks.extend([0u8; 20]);
    repo.write("certs/server.jks", jks);
    repo.add("certs/server.jks");
    repo.commit_no_verify("keystore");
    (repo, vec![v1, v2])
}

#[test]
fn json_output_matches_the_published_schema() {
    let (repo, values) = varied_repo();
    let v = validator("docs/keyhook-findings.schema.json");
    for args in [
        &["scan", "--history", "--format", "json"][..],
        &["scan", "--format", "json", "."][..],
    ] {
        let out = repo.keyhook(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", text(&out));
        let doc = json_of(&out);
        assert!(doc.as_array().is_some_and(|a| a.len() >= 3), "{doc:#}");
        assert!(
            doc.as_array()
                .is_some_and(|a| a.iter().any(|f| f["kind"] == "key-file")),
            "{args:?}: {doc:#}"
        );
        assert_valid(&v, &doc);
        for value in &values {
            assert!(!text(&out).contains(value.as_str()), "{args:?} leaks");
        }
    }
    // The pre-commit path's JSON too.
    let (line, value) = secret(10);
    repo.write("staged.py", &line);
    repo.add("staged.py");
    let out = repo.keyhook(&["run", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert_valid(&v, &json_of(&out));
    assert!(!text(&out).contains(&value));
}

#[test]
fn sarif_output_validates_against_the_official_schema() {
    let (repo, values) = varied_repo();
    let v = validator("tests/data/sarif-schema-2.1.0.json");
    // The validator is live: a wrong version and a result without a message are refused.
    assert!(!v.is_valid(&serde_json::json!({"version": "2.0.0", "runs": []})));
    assert!(
        !v.is_valid(&serde_json::json!({"version": "2.1.0", "runs": [
            {"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "r"}]}
        ]}))
    );
    let (line, staged_value) = secret(11);
    repo.write("staged.py", &line);
    repo.add("staged.py");
    for args in [
        &["scan", "--history", "--format", "sarif"][..],
        &["scan", "--format", "sarif", "."][..],
        &["run", "--format", "sarif"][..],
    ] {
        let out = repo.keyhook(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", text(&out));
        let all = text(&out);
        for value in values.iter().chain([&staged_value]) {
            assert!(!all.contains(value.as_str()), "{args:?} leaks the secret");
        }
        let doc = json_of(&out);
        assert_valid(&v, &doc);

        // What GitHub code scanning reads.
        assert_eq!(doc["version"], "2.1.0");
        assert!(doc["$schema"].as_str().is_some_and(|s| s.contains("sarif")));
        let driver = &doc["runs"][0]["tool"]["driver"];
        assert_eq!(driver["name"], "keyhook");
        assert!(driver["informationUri"].as_str().is_some());
        assert!(driver["version"].as_str().is_some());
        let rules = driver["rules"].as_array().expect("rules");
        for r in rules {
            for k in [
                "id",
                "name",
                "shortDescription",
                "fullDescription",
                "helpUri",
            ] {
                assert!(!r[k].is_null(), "rule lacks {k}: {r:#}");
            }
            assert!(r["properties"].is_object());
        }
        let results = doc["runs"][0]["results"].as_array().expect("results");
        assert!(!results.is_empty());
        for res in results {
            let i = res["ruleIndex"].as_u64().expect("ruleIndex") as usize;
            assert_eq!(rules[i]["id"], res["ruleId"]);
            assert_eq!(res["level"], "error");
            assert!(res["message"]["text"].as_str().is_some());
            let loc = &res["locations"][0]["physicalLocation"];
            let uri = loc["artifactLocation"]["uri"].as_str().expect("uri");
            assert!(!uri.starts_with('/') && !uri.contains(' '), "{uri}");
            assert!(res["partialFingerprints"]["keyhook/v1"]
                .as_str()
                .is_some_and(|f| f.len() == 12));
            if !matches!(
                res["ruleId"].as_str(),
                Some("env-file" | "java-keystore-private-key")
            ) {
                assert!(loc["region"]["startLine"].as_u64().is_some_and(|l| l >= 1));
                assert!(loc["region"]["startColumn"]
                    .as_u64()
                    .is_some_and(|c| c >= 1));
            }
        }
        if args[1] == "--history" {
            let uris: Vec<&str> = results
                .iter()
                .filter_map(|r| {
                    r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str()
                })
                .collect();
            assert!(
                uris.contains(&"dir%20with%20space/%C3%BCn%C3%AF%20%231.py"),
                "{uris:?}"
            );
        }
    }
}

#[test]
fn no_output_format_contains_the_whole_secret() {
    let (repo, values) = varied_repo();
    for format in ["text", "json", "sarif"] {
        for args in [
            vec!["scan", "--history", "--format", format],
            vec!["scan", "--format", format, "."],
        ] {
            let out = repo.keyhook(&args);
            assert_eq!(out.status.code(), Some(1), "{args:?}: {}", text(&out));
            let all = text(&out);
            for v in &values {
                assert!(!all.contains(v.as_str()), "{args:?} prints a secret");
                // Not even most of it.
                assert!(!all.contains(&v[..12]), "{args:?} prints half a secret");
            }
        }
    }
}

#[test]
fn unknown_format_is_a_usage_error() {
    let repo = Repo::new();
    let out = repo.keyhook(&["scan", "--history", "--format", "xml"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let out = repo.keyhook(&["scan", "--history", "HEAD", "extra-path"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
}

/// The history scan reports the same single finding from loose objects and, after a deep repack,
/// from one pack (delta chains, the own pack reader): the commit `leak`, gone from HEAD, redacted.
fn assert_packed_scan_matches_loose(repo: &Repo, leak: &str, value: &str) {
    let loose = repo.keyhook(&["scan", "--history", "--format", "json"]);
    assert_eq!(loose.status.code(), Some(1), "{}", text(&loose));
    repo.git_ok(&["repack", "-adf", "-q", "--depth=50", "--window=50"]);
    repo.git_ok(&["prune-packed"]);
    let packed = repo.keyhook(&["scan", "--history", "--format", "json"]);
    assert_eq!(packed.status.code(), Some(1), "{}", text(&packed));
    assert_eq!(json_of(&loose), json_of(&packed));
    let doc = json_of(&packed);
    let items = doc.as_array().expect("array");
    assert_eq!(items.len(), 1, "{doc:#}");
    assert_eq!(items[0]["commit"]["id"], leak);
    assert_eq!(items[0]["commit"]["present_at_head"], false);
    assert!(!text(&packed).contains(value));
}
