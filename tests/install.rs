//! The installer and doctor, end to end: real repositories, real `git commit` through the
//! installed shim, the real binary.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{bin, git_cmd, text, Repo};

fn secret_line(seed: u8) -> String {
    format!("API_KEY = \"{}\"\n", common::random_value(seed, 24))
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn mode(p: &Path) -> u32 {
    std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o7777
}

/// `git rev-parse --git-path hooks`, made absolute against `dir`.
fn git_hooks_dir(dir: &Path) -> PathBuf {
    let out = git_cmd(dir)
        .args(["rev-parse", "--git-path", "hooks"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let p = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    let p = if p.is_absolute() { p } else { dir.join(p) };
    std::fs::canonicalize(&p).unwrap_or(p)
}

fn is_keyhook_shim(p: &Path) -> bool {
    std::fs::read_to_string(p).is_ok_and(|s| {
        s.lines()
            .nth(1)
            .is_some_and(|l| l.starts_with("# keyhook-shim "))
    })
}

fn keyhook_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(bin())
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .args(args)
        .output()
        .unwrap()
}

/// A blocked commit: non-zero, HEAD unchanged.
fn assert_blocked(r: &Repo, out: &Output, head_before: Option<&str>) {
    assert!(
        !out.status.success(),
        "commit should be blocked: {}",
        text(out)
    );
    match head_before {
        Some(h) => assert_eq!(r.head(), h, "HEAD moved"),
        None => assert_eq!(r.commit_count(), 0, "a commit was made"),
    }
}

fn write_hook(p: &Path, body: &str, mode: u32) {
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, body).unwrap();
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn existing_hook_is_chained_and_secrets_still_block() {
    let r = Repo::bare_init();
    let marker = r.path().join(".git/orig-ran");
    let hook = r.path().join(".git/hooks/pre-commit");
    write_hook(
        &hook,
        &format!(
            "#!/bin/sh\necho \"args:$#\" >> '{}'\nexit 0\n",
            marker.display()
        ),
        0o755,
    );
    // An older backup must never be clobbered.
    std::fs::write(
        r.path().join(".git/hooks/pre-commit.keyhook-backup"),
        "older\n",
    )
    .unwrap();
    let out = r.keyhook(&["install"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        std::fs::read_to_string(r.path().join(".git/hooks/pre-commit.keyhook-backup")).unwrap(),
        "older\n"
    );
    assert!(r
        .path()
        .join(".git/hooks/pre-commit.keyhook-backup.1")
        .exists());

    let ok = r.commit_file("README.md", "hello\n");
    assert!(ok.status.success(), "{}", text(&ok));
    assert!(std::fs::read_to_string(&marker).unwrap().contains("args:0"));
    let head = r.head();

    std::fs::remove_file(&marker).unwrap();
    let out = r.commit_file("config.py", secret_line(1));
    assert_blocked(&r, &out, Some(&head));
    assert!(marker.exists(), "the original hook did not run");
    assert!(stderr(&out).contains("keyhook"), "{}", text(&out));
}

#[test]
fn failing_original_hook_fails_the_commit() {
    let r = Repo::bare_init();
    write_hook(
        &r.path().join(".git/hooks/pre-commit"),
        "#!/bin/sh\necho original-says-no >&2\nexit 3\n",
        0o755,
    );
    assert!(r.keyhook(&["install"]).status.success());
    let out = r.commit_file("README.md", "hello\n");
    assert_blocked(&r, &out, None);
    assert!(stderr(&out).contains("original-says-no"));
}

#[test]
fn uninstall_restores_the_original_exactly() {
    let r = Repo::bare_init();
    let hook = r.path().join(".git/hooks/pre-commit");
    let body = "#!/bin/sh\r\n# odd bytes: \u{e9}\texit 0\nexit 0";
    write_hook(&hook, body, 0o750);
    assert!(r.keyhook(&["install"]).status.success());
    assert!(is_keyhook_shim(&hook));
    let out = r.keyhook(&["uninstall"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(std::fs::read(&hook).unwrap(), body.as_bytes());
    assert_eq!(mode(&hook), 0o750);
    let names: Vec<_> = std::fs::read_dir(r.path().join(".git/hooks"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("keyhook"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
    // Nothing installed: a no-op that says so.
    let out = r.keyhook(&["uninstall"]);
    assert!(out.status.success());
    assert!(stderr(&out).contains("nothing to do"), "{}", text(&out));
    assert_eq!(std::fs::read(&hook).unwrap(), body.as_bytes());
}

#[test]
fn uninstall_restores_a_symlinked_hook() {
    let r = Repo::bare_init();
    let target = r.path().join("scripts/hook.sh");
    write_hook(&target, "#!/bin/sh\nexit 0\n", 0o755);
    let hook = r.path().join(".git/hooks/pre-commit");
    std::os::unix::fs::symlink("../../scripts/hook.sh", &hook).unwrap();
    assert!(r.keyhook(&["install"]).status.success());
    let out = r.commit_file("a.py", secret_line(2));
    assert_blocked(&r, &out, None);
    assert!(r.keyhook(&["uninstall"]).status.success());
    assert_eq!(
        std::fs::read_link(&hook).unwrap(),
        PathBuf::from("../../scripts/hook.sh")
    );
}

#[test]
fn install_twice_is_stable_and_stale_shims_are_upgraded() {
    let r = Repo::new();
    let hook = r.path().join(".git/hooks/pre-commit");
    let first = std::fs::read(&hook).unwrap();
    assert_eq!(mode(&hook), 0o755);
    assert!(!first.contains(&b'\r'));
    assert!(first.starts_with(b"#!/bin/sh\n"));
    let out = r.keyhook(&["install"]);
    assert!(out.status.success());
    assert!(stderr(&out).contains("already installed"), "{}", text(&out));
    assert_eq!(std::fs::read(&hook).unwrap(), first);
    let entries = std::fs::read_dir(r.path().join(".git/hooks"))
        .unwrap()
        .count();

    // A shim from an older version is replaced in place (no backup of it).
    let old = String::from_utf8(first.clone()).unwrap().replace(
        &format!("version={}", env!("CARGO_PKG_VERSION")),
        "version=0.0.1",
    );
    std::fs::write(&hook, old).unwrap();
    let out = r.keyhook(&["install"]);
    assert!(stderr(&out).contains("updated"), "{}", text(&out));
    assert_eq!(std::fs::read(&hook).unwrap(), first);
    assert_eq!(
        std::fs::read_dir(r.path().join(".git/hooks"))
            .unwrap()
            .count(),
        entries
    );
}

#[test]
fn core_hooks_path_relative_and_absolute() {
    for absolute in [false, true] {
        let r = Repo::bare_init();
        let abs_dir = tempfile::tempdir().unwrap();
        let value = if absolute {
            abs_dir.path().to_string_lossy().into_owned()
        } else {
            "tools/githooks".to_string()
        };
        r.git_ok(&["config", "core.hooksPath", &value]);
        std::fs::create_dir_all(r.path().join("sub")).unwrap();
        // Installed from a subdirectory: relative paths resolve against the work-tree root.
        let out = keyhook_in(&r.path().join("sub"), &["install"]);
        assert!(out.status.success(), "{}", text(&out));
        let dir = git_hooks_dir(r.path());
        assert!(
            is_keyhook_shim(&dir.join("pre-commit")),
            "not in {}",
            dir.display()
        );
        assert!(!r.path().join(".git/hooks/pre-commit").exists());
        let out = r.commit_file("k.py", secret_line(3));
        assert_blocked(&r, &out, None);
    }
}

#[test]
fn linked_worktree_shares_the_hook() {
    let r = Repo::bare_init();
    r.commit_no_verify("init");
    let wt = tempfile::tempdir().unwrap();
    let wt_path = wt.path().join("linked");
    r.git_ok(&[
        "worktree",
        "add",
        "-q",
        "-b",
        "feature",
        wt_path.to_str().unwrap(),
    ]);
    let out = keyhook_in(&wt_path, &["install"]);
    assert!(out.status.success(), "{}", text(&out));
    let dir = git_hooks_dir(&wt_path);
    assert_eq!(
        dir,
        std::fs::canonicalize(r.path().join(".git/hooks")).unwrap()
    );
    assert!(is_keyhook_shim(&dir.join("pre-commit")));

    std::fs::write(wt_path.join("k.py"), secret_line(4)).unwrap();
    git_cmd(&wt_path).args(["add", "k.py"]).output().unwrap();
    let before = git_cmd(&wt_path)
        .args(["rev-parse", "HEAD"])
        .output()
        .unwrap()
        .stdout;
    let out = git_cmd(&wt_path)
        .args(["commit", "-q", "-m", "x"])
        .output()
        .unwrap();
    assert!(!out.status.success(), "{}", text(&out));
    let after = git_cmd(&wt_path)
        .args(["rev-parse", "HEAD"])
        .output()
        .unwrap()
        .stdout;
    assert_eq!(before, after);
}

/// A faithful imitation of husky v9's generated `.husky/_` directory.
fn fake_husky(r: &Repo, own_hook: Option<&str>) {
    let d = r.path().join(".husky/_");
    write_hook(
        &d.join("h"),
        "#!/usr/bin/env sh\n\
         [ \"$HUSKY\" = \"2\" ] && set -x\n\
         n=$(basename \"$0\")\n\
         s=$(dirname \"$(dirname \"$0\")\")/$n\n\
         \n\
         [ ! -f \"$s\" ] && exit 0\n\
         \n\
         i=\"${XDG_CONFIG_HOME:-$HOME/.config}/husky/init.sh\"\n\
         [ -f \"$i\" ] && . \"$i\"\n\
         \n\
         [ \"${HUSKY-}\" = \"0\" ] && exit 0\n\
         \n\
         export PATH=\"node_modules/.bin:$PATH\"\n\
         sh -e \"$s\" \"$@\"\n\
         c=$?\n\
         \n\
         [ $c != 0 ] && echo \"husky - $n script failed (code $c)\"\n\
         [ $c = 127 ] && echo \"husky - command not found in PATH=$PATH\"\n\
         exit $c\n",
        0o644,
    );
    write_hook(
        &d.join("pre-commit"),
        "#!/usr/bin/env sh\n. \"$(dirname \"$0\")/h\"\n",
        0o755,
    );
    std::fs::write(d.join(".gitignore"), "*\n").unwrap();
    if let Some(body) = own_hook {
        write_hook(&r.path().join(".husky/pre-commit"), body, 0o644);
    }
    r.git_ok(&["config", "core.hooksPath", ".husky/_"]);
}

#[test]
fn husky_own_hook_keeps_running_and_secrets_block() {
    let r = Repo::bare_init();
    let marker = r.path().join(".git/husky-ran");
    let own = format!("echo lint >> '{}'\n", marker.display());
    fake_husky(&r, Some(&own));
    let dispatcher = std::fs::read(r.path().join(".husky/_/pre-commit")).unwrap();
    let out = r.keyhook(&["install"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        std::fs::read(r.path().join(".husky/_/pre-commit")).unwrap(),
        dispatcher
    );
    assert!(!r.path().join(".husky/_/pre-commit.keyhook-backup").exists());
    let user_file = std::fs::read_to_string(r.path().join(".husky/pre-commit")).unwrap();
    assert!(user_file.contains("keyhook") && user_file.contains("echo lint"));

    let ok = r.commit_file("README.md", "hi\n");
    assert!(ok.status.success(), "{}", text(&ok));
    assert!(marker.exists(), "husky's own hook did not run");
    let head = r.head();
    let out = r.commit_file("k.py", secret_line(5));
    assert_blocked(&r, &out, Some(&head));

    // Idempotent, and uninstall restores the user's file exactly.
    assert!(r.keyhook(&["install"]).status.success());
    assert_eq!(
        std::fs::read_to_string(r.path().join(".husky/pre-commit")).unwrap(),
        user_file
    );
    assert!(r.keyhook(&["uninstall"]).status.success());
    assert_eq!(
        std::fs::read_to_string(r.path().join(".husky/pre-commit")).unwrap(),
        own
    );
}

#[test]
fn husky_without_a_pre_commit_file_gets_one() {
    let r = Repo::bare_init();
    fake_husky(&r, None);
    assert!(r.keyhook(&["install"]).status.success());
    let out = r.commit_file("k.py", secret_line(6));
    assert_blocked(&r, &out, None);
    assert!(r.keyhook(&["uninstall"]).status.success());
    assert!(!r.path().join(".husky/pre-commit").exists());
}

#[test]
fn lefthook_config_gets_a_keyhook_command() {
    let r = Repo::bare_init();
    let cfg = "pre-commit:\n  parallel: true\n  commands:\n    lint:\n      run: npm run lint\n";
    r.write("lefthook.yml", cfg);
    let out = r.keyhook(&["install"]);
    assert!(out.status.success(), "{}", text(&out));
    let after = std::fs::read_to_string(r.path().join("lefthook.yml")).unwrap();
    assert!(
        after.contains("    keyhook:\n      run: keyhook run --hook pre-commit\n"),
        "{after}"
    );
    assert!(after.contains("    lint:\n      run: npm run lint\n"));
    // Flow style cannot be edited safely: print the snippet, exit non-zero.
    r.write("lefthook.yml", "pre-commit: {commands: {lint: {run: x}}}\n");
    let out = r.keyhook(&["install"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(stderr(&out).contains("run: keyhook run --hook pre-commit"));

    // Uninstall takes exactly what install added.
    r.write("lefthook.yml", cfg);
    assert!(r.keyhook(&["install"]).status.success());
    assert!(r.keyhook(&["uninstall"]).status.success());
    assert_eq!(
        std::fs::read_to_string(r.path().join("lefthook.yml")).unwrap(),
        cfg
    );
}

#[test]
fn minimal_environment_still_runs_keyhook() {
    let r = Repo::new();
    r.write("k.py", secret_line(7));
    r.add("k.py");
    let out = Command::new("git")
        .current_dir(r.path())
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .args(["-c", "user.name=T", "-c", "user.email=t@example.invalid"])
        .args(["commit", "-q", "-m", "x"])
        .output()
        .unwrap();
    assert_blocked(&r, &out, None);
    assert!(stderr(&out).contains("keyhook"), "{}", text(&out));
}

#[test]
fn missing_binary_blocks_the_commit() {
    let r = Repo::bare_init();
    let tmp = tempfile::tempdir().unwrap();
    let copy = tmp.path().join("keyhook");
    if std::fs::hard_link(bin(), &copy).is_err() {
        std::fs::copy(bin(), &copy).unwrap();
    }
    let out = Command::new(&copy)
        .current_dir(r.path())
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .arg("install")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    std::fs::remove_file(&copy).unwrap();
    r.write("README.md", "clean\n");
    r.add("README.md");
    let out = git_cmd(r.path())
        .env("PATH", "/usr/bin:/bin")
        .env_remove("KEYHOOK_BIN")
        .args(["commit", "-q", "-m", "x"])
        .output()
        .unwrap();
    assert_blocked(&r, &out, None);
    let err = stderr(&out);
    assert!(
        err.contains("keyhook") && err.contains("not found"),
        "{err}"
    );
    assert!(err.contains("--no-verify"), "{err}");
}

#[test]
fn outside_a_repository_and_bare_repositories_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::new(bin())
        .current_dir(tmp.path())
        .env("GIT_CEILING_DIRECTORIES", tmp.path().parent().unwrap())
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .arg("install")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        stderr(&out).contains("not inside a git repository"),
        "{}",
        text(&out)
    );

    let bare = tmp.path().join("b.git");
    let st = git_cmd(tmp.path())
        .args(["init", "-q", "--bare", "b.git"])
        .status()
        .unwrap();
    assert!(st.success());
    let out = keyhook_in(&bare, &["install"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(stderr(&out).contains("bare repository"), "{}", text(&out));
    assert!(!bare.join("hooks/pre-commit").exists());
}

#[test]
fn pre_push_is_installed_and_removed_generically() {
    let r = Repo::bare_init();
    let out = r.keyhook(&["install", "--pre-push"]);
    assert!(out.status.success(), "{}", text(&out));
    let hook = r.path().join(".git/hooks/pre-push");
    assert!(is_keyhook_shim(&hook));
    assert!(std::fs::read_to_string(&hook)
        .unwrap()
        .contains("hook=pre-push"));
    assert!(is_keyhook_shim(&r.path().join(".git/hooks/pre-commit")));
    assert!(r.keyhook(&["uninstall", "--pre-push"]).status.success());
    assert!(!hook.exists());
}

#[test]
fn doctor_reports_and_fixes_gitignore() {
    let r = Repo::bare_init();
    let out = r.keyhook(&["doctor"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        report.contains("problem  .gitignore does not cover .env"),
        "{report}"
    );
    assert!(report.contains("no keyhook pre-commit hook"), "{report}");

    let out = r.keyhook(&["doctor", "--fix"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let gi = std::fs::read_to_string(r.path().join(".gitignore")).unwrap();
    for line in [".env", ".env.*", "!.env.example"] {
        assert!(gi.lines().any(|l| l == line), "{gi}");
    }
    assert!(is_keyhook_shim(&r.path().join(".git/hooks/pre-commit")));
    let out = r.keyhook(&["doctor"]);
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{report}");
    assert!(
        report.contains("ok       .gitignore covers .env and .env.*"),
        "{report}"
    );
    // --fix again changes nothing.
    assert!(r.keyhook(&["doctor", "--fix"]).status.success());
    assert_eq!(
        std::fs::read_to_string(r.path().join(".gitignore")).unwrap(),
        gi
    );
}

#[test]
fn doctor_flags_tracked_env_live_template_ai_tools_and_shadowing() {
    let r = Repo::new();
    r.write(".gitignore", ".env\n.env.*\n!.env.example\n");
    r.write(".env.example", secret_line(8));
    r.write(".env", "X=1\n");
    r.git_ok(&["add", "-f", ".gitignore", ".env", ".env.example"]);
    r.commit_no_verify("oops");
    r.write(".cursorrules", "be nice\n");
    // The hook is in .git/hooks, but core.hooksPath sends git elsewhere.
    r.git_ok(&["config", "core.hooksPath", "elsewhere"]);
    let out = r.keyhook(&["doctor"]);
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(report.contains("git rm --cached -- '.env'"), "{report}");
    assert!(
        report.contains(".env.example holds what looks like a live key"),
        "{report}"
    );
    assert!(report.contains("no .cursorignore"), "{report}");
    assert!(
        report.contains("core.hooksPath, set in repository config"),
        "{report}"
    );
    assert!(
        !report.contains(&common::random_value(8, 24)),
        "doctor printed a secret"
    );

    let out = r.keyhook(&["doctor", "--fix"]);
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        is_keyhook_shim(&r.path().join("elsewhere/pre-commit")),
        "{report}"
    );
    assert!(std::fs::read_to_string(r.path().join(".cursorignore"))
        .unwrap()
        .contains(".env"));
    assert!(report.contains("ok       .cursorignore"), "{report}");
    // Tracked .env and the live template need a person: still problems.
    assert_eq!(out.status.code(), Some(1), "{report}");
}

#[test]
fn global_install_covers_repositories_and_keeps_their_hooks() {
    let home = tempfile::tempdir().unwrap();
    let gitconfig = home.path().join(".gitconfig");
    std::fs::write(&gitconfig, "").unwrap();
    let run = |dir: &Path, args: &[&str]| {
        Command::new(bin())
            .current_dir(dir)
            .env("HOME", home.path())
            .env_remove("XDG_CONFIG_HOME")
            .env("GIT_CONFIG_GLOBAL", &gitconfig)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(home.path(), &["install", "--global"]);
    assert!(out.status.success(), "{}", text(&out));
    let dir = home.path().join(".config/keyhook/hooks");
    assert!(std::fs::read_to_string(&gitconfig)
        .unwrap()
        .contains("hooksPath"));
    assert!(is_keyhook_shim(&dir.join("pre-commit")));
    assert!(is_keyhook_shim(&dir.join("post-checkout")));

    let r = Repo::bare_init();
    let marker = r.path().join(".git/own-ran");
    write_hook(
        &r.path().join(".git/hooks/pre-commit"),
        &format!("#!/bin/sh\ntouch '{}'\n", marker.display()),
        0o755,
    );
    let commit = |rel: &str, content: String| {
        r.write(rel, content);
        r.add(rel);
        git_cmd(r.path())
            .env("GIT_CONFIG_GLOBAL", &gitconfig)
            .env("HOME", home.path())
            .args(["commit", "-q", "-m", "x"])
            .output()
            .unwrap()
    };
    let ok = commit("README.md", "hi\n".into());
    assert!(ok.status.success(), "{}", text(&ok));
    assert!(marker.exists(), "the repository's own hook did not run");
    let head = r.head();
    let out = commit("k.py", secret_line(9));
    assert_blocked(&r, &out, Some(&head));

    // A per-repository install under the global hooks leaves the global shim alone.
    let global_shim = std::fs::read(dir.join("pre-commit")).unwrap();
    let out = run(r.path(), &["install"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(std::fs::read(dir.join("pre-commit")).unwrap(), global_shim);
    let out = run(r.path(), &["doctor"]);
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        report.contains("ok       keyhook's pre-commit hook is installed"),
        "{report}"
    );

    let out = run(home.path(), &["uninstall", "--global"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(!std::fs::read_to_string(&gitconfig)
        .unwrap()
        .contains("hooksPath"));
    assert!(!dir.join("pre-commit").exists());
    let out = run(home.path(), &["uninstall", "--global"]);
    assert!(stderr(&out).contains("nothing to do"), "{}", text(&out));
}

#[test]
fn recurse_submodules_installs_in_each() {
    let sub = Repo::bare_init();
    sub.commit_no_verify("sub init");
    let r = Repo::bare_init();
    r.commit_no_verify("init");
    r.git_ok(&[
        "-c",
        "protocol.file.allow=always",
        "submodule",
        "add",
        "-q",
        sub.path().to_str().unwrap(),
        "libs/sub",
    ]);
    let out = r.keyhook(&["install", "--recurse-submodules"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(is_keyhook_shim(&r.path().join(".git/hooks/pre-commit")));
    let sub_hooks = git_hooks_dir(&r.path().join("libs/sub"));
    assert!(
        sub_hooks.ends_with(".git/modules/libs/sub/hooks"),
        "{}",
        sub_hooks.display()
    );
    assert!(is_keyhook_shim(&sub_hooks.join("pre-commit")));
}

#[test]
fn pre_push_shim_hands_the_same_stdin_and_args_to_both_hooks() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let fake = d.join("fake-keyhook");
    write_hook(
        &fake,
        &format!(
            "#!/bin/sh\necho \"$*\" > '{0}/k-args'\ncat > '{0}/k-in'\n",
            d.display()
        ),
        0o755,
    );
    let hooks = d.join("hooks");
    write_hook(
        &hooks.join("pre-push.keyhook-backup"),
        &format!(
            "#!/bin/sh\necho \"$*\" > '{0}/o-args'\ncat > '{0}/o-in'\n",
            d.display()
        ),
        0o755,
    );
    let shim = keyhook::install::shim("pre-push", &fake, Some("pre-push.keyhook-backup"));
    write_hook(&hooks.join("pre-push"), &shim, 0o755);
    let input = "refs/heads/main 1111111111111111111111111111111111111111 refs/heads/main 2222222222222222222222222222222222222222\nrefs/heads/x 3333333333333333333333333333333333333333 refs/heads/x 0000000000000000000000000000000000000000\n";
    let mut child = Command::new(hooks.join("pre-push"))
        .args(["origin", "https://example.invalid/r.git"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success());
    assert_eq!(std::fs::read_to_string(d.join("o-in")).unwrap(), input);
    assert_eq!(std::fs::read_to_string(d.join("k-in")).unwrap(), input);
    assert_eq!(
        std::fs::read_to_string(d.join("o-args")).unwrap(),
        "origin https://example.invalid/r.git\n"
    );
    assert_eq!(
        std::fs::read_to_string(d.join("k-args")).unwrap(),
        "run --hook pre-push origin https://example.invalid/r.git\n"
    );
}
