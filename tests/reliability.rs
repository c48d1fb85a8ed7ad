//! Reliability and security: fail closed, read-only, never leak, escape hostile names.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{git_cmd, random_value, text, Repo};

fn secret_line(seed: u8) -> (String, String) {
    let v = random_value(seed, 24);
    (format!("API_KEY = \"{v}\"\n"), v)
}

/// Every file under `.git` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            let p = e.path();
            let ft = e.file_type().unwrap();
            if ft.is_dir() {
                stack.push(p);
            } else {
                out.insert(
                    p.strip_prefix(dir).unwrap().to_string_lossy().into_owned(),
                    std::fs::read(&p).unwrap_or_default(),
                );
            }
        }
    }
    out
}

#[test]
fn run_is_read_only_and_works_while_the_index_is_locked() {
    let r = Repo::new();
    assert!(r.commit_file("a.txt", "one\n").status.success());
    let (line, _) = secret_line(1);
    r.write("a.txt", format!("one\n{line}"));
    r.write("b.txt", "clean\n");
    r.git_ok(&["add", "a.txt", "b.txt"]);
    let git = r.path().join(".git");
    let before = snapshot(&git);
    let out = r.keyhook(&["run"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert_eq!(before, snapshot(&git), "keyhook run changed .git");
    // Another process holds index.lock (as `git commit -a` does): keyhook still reads.
    std::fs::write(git.join("index.lock"), b"locked by someone else").unwrap();
    let out = r.keyhook(&["run"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    std::fs::remove_file(git.join("index.lock")).unwrap();
}

#[test]
fn corrupt_index_fails_closed_with_exit_2() {
    let r = Repo::new();
    assert!(r.commit_file("a.txt", "one\n").status.success());
    let bad = r.path().join("bad-index");
    std::fs::write(&bad, b"DIRC\x00\x00\x00\x02garbage that is not an index").unwrap();
    let out = std::process::Command::new(common::bin())
        .current_dir(r.path())
        .env("GIT_INDEX_FILE", &bad)
        .env("NO_COLOR", "1")
        .args(["run"])
        .output()
        .unwrap();
    let t = text(&out);
    assert_eq!(out.status.code(), Some(2), "{t}");
    assert!(t.contains("blocked"), "{t}");
    assert!(t.contains("--no-verify"), "{t}");
}

#[test]
fn missing_object_blocks_the_commit() {
    let r = Repo::new();
    assert!(r.commit_file("a.txt", "one\n").status.success());
    r.write("a.txt", "one\ntwo\n");
    r.add("a.txt");
    let id = r.git_ok(&["rev-parse", ":a.txt"]).trim().to_string();
    let obj = r.path().join(".git/objects").join(&id[..2]).join(&id[2..]);
    std::fs::remove_file(&obj).expect("loose object");
    let out = r.commit("missing blob");
    let t = text(&out);
    assert!(!out.status.success(), "{t}");
    assert_eq!(r.commit_count(), 1);
    assert!(t.contains("keyhook: error"), "{t}");
}

#[test]
fn a_crash_blocks_the_commit() {
    let r = Repo::new();
    r.write("a.txt", "one\n");
    r.add("a.txt");
    let out = git_cmd(r.path())
        .env("KEYHOOK_DEBUG_PANIC", "1")
        .args(["commit", "-q", "-m", "x"])
        .output()
        .unwrap();
    let t = text(&out);
    assert!(!out.status.success(), "{t}");
    assert_eq!(r.commit_count(), 0);
    assert!(t.contains("internal error"), "{t}");
    assert!(
        !t.contains("panic requested"),
        "panic payload must not be printed: {t}"
    );
    assert!(t.contains("--no-verify"), "{t}");
}

#[test]
fn hostile_file_names_and_terminal_escapes_are_printed_escaped() {
    let r = Repo::bare_init();
    let (line, value) = secret_line(2);
    let name = "evil\nname\x1b[2J.py";
    r.write(name, format!("\x1b]0;pwned\x07 {line}"));
    let out = r.keyhook(&["scan", "."]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(!t.contains('\x1b'), "raw ESC in output: {t:?}");
    assert!(!t.contains('\x07'), "raw BEL in output: {t:?}");
    assert!(t.contains("evil\\nname\\u{1b}[2J.py"), "{t}");
    assert!(!t.contains(&value));
    let out = r.keyhook(&["scan", "--format", "json", "."]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["path"], name);
}

#[test]
fn two_worktrees_commit_at_once() {
    let r = Repo::new();
    assert!(r.commit_file("a.txt", "base\n").status.success());
    let wt = tempfile::tempdir().unwrap();
    let wt_path = wt.path().join("second");
    r.git_ok(&[
        "worktree",
        "add",
        "-q",
        "-b",
        "other",
        wt_path.to_str().unwrap(),
    ]);
    let (line, _) = secret_line(3);
    std::fs::write(r.path().join("clean.txt"), "ok\n").unwrap();
    r.add("clean.txt");
    std::fs::write(wt_path.join("dirty.txt"), &line).unwrap();
    git_cmd(&wt_path)
        .args(["add", "dirty.txt"])
        .output()
        .unwrap();
    let a = git_cmd(r.path())
        .args(["commit", "-q", "-m", "main side"])
        .spawn()
        .unwrap();
    let b = git_cmd(&wt_path)
        .args(["commit", "-q", "-m", "worktree side"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let a = a.wait_with_output().unwrap();
    let b = b.wait_with_output().unwrap();
    assert!(a.status.success(), "{}", text(&a));
    assert!(
        !b.status.success(),
        "secret in the worktree must block: {}",
        text(&b)
    );
    assert!(text(&b).contains("dirty.txt:1:"), "{}", text(&b));
}

#[test]
fn oversized_config_and_regex_bombs_are_config_errors() {
    let r = Repo::new();
    let big = format!("# {}\n", "x".repeat(300 * 1024));
    r.write(".keyhook.toml", big);
    r.add(".keyhook.toml");
    let t = text(&r.commit_file("a.txt", "x\n"));
    assert!(t.contains(".keyhook.toml:1:1: file is larger than"), "{t}");
    r.write(
        ".keyhook.toml",
        "[allow]\nregexes = ['''(((((((((((((((((((((a{1000}){1000}){1000})))))))))))))))))))''']\n",
    );
    r.add(".keyhook.toml");
    let out = r.commit("bomb");
    let t = text(&out);
    assert!(!out.status.success());
    assert!(t.contains(".keyhook.toml:2:"), "{t}");
}

#[test]
fn a_ten_megabyte_single_line_is_scanned() {
    let r = Repo::new();
    let (line, _) = secret_line(4);
    let mut one = "a=1;".repeat(10 << 18);
    one.push_str(line.trim_end());
    one.push_str(";b=2\n");
    let out = r.commit_file("bundle.min.js", one);
    assert!(!out.status.success());
    assert!(text(&out).contains("bundle.min.js:1:"), "{}", text(&out));
}

#[test]
fn huge_blobs_are_streamed_in_windows_and_the_person_is_told() {
    let r = Repo::new();
    let filler = "let value = compute_something(alpha, beta, gamma); // ordinary code\n";
    let mut big = filler.repeat((65 << 20) / filler.len() + 1);
    let lines = big.lines().count();
    let (line, value) = secret_line(5);
    big.push_str(&line);
    r.write("huge.txt", &big);
    drop(big);
    // Loose object.
    r.add("huge.txt");
    let out = r.keyhook(&["run"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(t.contains(&format!("huge.txt:{}:12", lines + 1)), "{t}");
    assert!(t.contains("scanned in windows"), "{t}");
    assert!(!t.contains(&value));
    // Written straight into a pack, as git does above core.bigFileThreshold.
    r.git_ok(&["rm", "-q", "--cached", "huge.txt"]);
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(r.path().join("huge.txt"))
        .unwrap();
    std::io::Write::write_all(&mut f, b"one more line\n").unwrap();
    r.git_ok(&["-c", "core.bigFileThreshold=1m", "add", "huge.txt"]);
    let id = r.git_ok(&["rev-parse", ":huge.txt"]).trim().to_string();
    let loose = r.path().join(".git/objects").join(&id[..2]).join(&id[2..]);
    assert!(!loose.exists(), "expected git to pack the big file");
    let out = r.keyhook(&["run"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(t.contains(&format!("huge.txt:{}:12", lines + 1)), "{t}");
}
