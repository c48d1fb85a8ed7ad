//! Shared helpers for integration tests: real git repositories in temp dirs, the real keyhook
//! binary, real `git commit` runs through the installed shim.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The keyhook binary built for these tests.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_keyhook"))
}

/// A `git` command with a fixed identity and no user/global/system config influence.
pub fn git_cmd(dir: &Path) -> Command {
    let mut c = Command::new("git");
    c.current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.invalid")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.invalid")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("NO_COLOR", "1")
        .env_remove("GIT_DIR")
        .env_remove("GIT_INDEX_FILE")
        .env_remove("GIT_WORK_TREE")
        .env_remove("KEYHOOK_ALLOW");
    c
}

/// A throwaway repository.
pub struct Repo {
    pub tmp: tempfile::TempDir,
}

impl Repo {
    /// `git init` (branch `main`), no hook installed.
    pub fn bare_init() -> Repo {
        let tmp = tempfile::tempdir().expect("tempdir");
        let r = Repo { tmp };
        r.git_ok(&["init", "-q", "-b", "main"]);
        r
    }

    /// `git init` and `keyhook install`.
    pub fn new() -> Repo {
        let r = Repo::bare_init();
        let out = r.keyhook(&["install"]);
        assert!(out.status.success(), "install failed: {}", text(&out));
        r
    }

    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    pub fn git(&self, args: &[&str]) -> Output {
        git_cmd(self.path()).args(args).output().expect("run git")
    }

    /// Run git and assert success; returns stdout.
    pub fn git_ok(&self, args: &[&str]) -> String {
        let out = self.git(args);
        assert!(out.status.success(), "git {args:?} failed: {}", text(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn keyhook(&self, args: &[&str]) -> Output {
        git_cmd(self.path())
            .args(["--version"])
            .output()
            .expect("git present");
        let mut c = Command::new(bin());
        c.current_dir(self.path())
            .env("NO_COLOR", "1")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env_remove("KEYHOOK_ALLOW")
            .args(args);
        c.output().expect("run keyhook")
    }

    pub fn write(&self, rel: &str, content: impl AsRef<[u8]>) {
        let p = self.path().join(rel);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).expect("mkdir");
        }
        std::fs::write(p, content).expect("write");
    }

    pub fn add(&self, rel: &str) {
        self.git_ok(&["add", "--", rel]);
    }

    /// Write, stage and commit through the hook; returns the commit's output.
    pub fn commit_file(&self, rel: &str, content: impl AsRef<[u8]>) -> Output {
        self.write(rel, content);
        self.add(rel);
        self.commit("change")
    }

    /// `git commit -m msg` (hooks run).
    pub fn commit(&self, msg: &str) -> Output {
        self.git(&["commit", "-q", "-m", msg])
    }

    /// Commit bypassing hooks (to set up history).
    pub fn commit_no_verify(&self, msg: &str) {
        self.git_ok(&["commit", "-q", "--no-verify", "--allow-empty", "-m", msg]);
    }

    pub fn head(&self) -> String {
        self.git_ok(&["rev-parse", "HEAD"]).trim().to_string()
    }

    pub fn commit_count(&self) -> usize {
        let out = self.git(&["rev-list", "--count", "HEAD"]);
        if !out.status.success() {
            return 0;
        }
        String::from_utf8_lossy(&out.stdout)
            .trim()
            .parse()
            .unwrap_or(0)
    }
}

/// stdout + stderr of a process, for assertions and failure messages.
pub fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

const BASE62: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// `len` characters of `alphabet` from a xorshift generator started at `state`: deterministic,
/// random-looking (no runs or sequences the placeholder filter would drop).
fn random_chars(mut state: u32, len: usize, alphabet: &[u8]) -> String {
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            alphabet[(state % alphabet.len() as u32) as usize] as char
        })
        .collect()
}

/// A GitHub classic PAT with a valid CRC32 checksum, built at run time so no literal token sits
/// in the test source. `seed` varies the body.
pub fn github_pat(seed: u8) -> String {
    let body = random_chars(0x9e37_79b9 ^ seed as u32, 30, BASE62);
    let crc = keyhook::detect::checksum::crc32(body.as_bytes());
    let sum = String::from_utf8(keyhook::detect::checksum::base62(crc, 6)).expect("ascii");
    format!("ghp_{body}{sum}")
}

/// A random-looking value for generic `API_KEY = "…"` assignments.
pub fn random_value(seed: u8, len: usize) -> String {
    random_chars(0xdead_beef ^ ((seed as u32) << 16), len, BASE62)
}
