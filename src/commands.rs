//! The CLI's verbs. Each returns the process exit code: 0 clean, 1 findings (blocked), and
//! errors are returned to `main.rs`, which renders them once and exits 2.

use std::path::{Path, PathBuf};

use crate::engine::{self, Options};
use crate::error::{Error, Result};
use crate::install;
use crate::report::{self, Context, Style};

/// Output formats of the scanning commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Sarif,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "text" => Ok(Format::Text),
            "json" => Ok(Format::Json),
            "sarif" => Ok(Format::Sarif),
            other => Err(format!("unknown format `{other}` (text, json, sarif)")),
        }
    }
}

fn options(allow: &[String]) -> Options {
    let mut all: Vec<String> = allow
        .iter()
        .map(|a| a.trim().to_ascii_lowercase())
        .collect();
    all.extend(engine::env_allow());
    Options {
        allow: all,
        baseline: None,
    }
}

fn emit(outcome: &engine::Outcome, format: Format, ctx: Context) -> Result<i32> {
    for s in &outcome.skipped {
        eprintln!("keyhook: note: {}", report::escape(s));
    }
    match format {
        Format::Text => {
            if !outcome.findings.is_empty() {
                let text = report::text(&outcome.findings, ctx, Style::detect());
                if ctx == Context::Scan || ctx == Context::History {
                    print!("{text}");
                } else {
                    eprint!("{text}");
                }
            }
        }
        Format::Json => println!("{}", report::json(&outcome.findings)),
        Format::Sarif => {
            return Err(Error::Usage(
                "SARIF output is not available yet; use --format json".into(),
            ))
        }
    }
    Ok(if outcome.findings.is_empty() { 0 } else { 1 })
}

/// `keyhook run`: the hook entry point. Scans what is staged.
pub fn run(hook: &str, allow: &[String], format: Format) -> Result<i32> {
    // Lets the test suite prove that a crash blocks the commit (fail closed).
    if std::env::var_os("KEYHOOK_DEBUG_PANIC").is_some() {
        panic!("panic requested by KEYHOOK_DEBUG_PANIC");
    }
    match hook {
        "pre-commit" => {
            let outcome = engine::scan_staged(Path::new("."), &options(allow))?;
            emit(&outcome, format, Context::Commit)
        }
        other => Err(Error::Usage(format!(
            "keyhook run: unsupported hook `{other}`"
        ))),
    }
}

/// `keyhook scan PATH…`, optionally against a baseline or writing one.
pub fn scan(
    paths: &[PathBuf],
    allow: &[String],
    format: Format,
    baseline: Option<PathBuf>,
    write_baseline: Option<PathBuf>,
) -> Result<i32> {
    let mut opts = options(allow);
    opts.baseline = baseline;
    let outcome = engine::scan_paths(paths, &opts)?;
    if let Some(path) = write_baseline {
        crate::allow::write_baseline(&path, &outcome.findings)?;
        eprintln!(
            "keyhook: wrote a baseline of {} finding(s) to {}; scan with --baseline {} to report only new ones",
            outcome.findings.len(),
            path.display(),
            path.display()
        );
        return Ok(0);
    }
    emit(&outcome, format, Context::Scan)
}

/// The work-tree root of the repository around the current directory.
fn work_tree_root() -> Result<PathBuf> {
    let repo = crate::staged::open(Path::new("."))?;
    let root = repo.workdir().ok_or_else(|| {
        Error::Usage(
            "this repository has no work tree (bare): .keyhook.toml lives in a work tree".into(),
        )
    })?;
    Ok(std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf()))
}

/// `keyhook allow FINGERPRINT [--reason] [--expires]`: record it in `.keyhook.toml` and stage
/// that file (the hook reads the staged configuration).
pub fn allow(fingerprint: &str, reason: Option<&str>, expires: Option<&str>) -> Result<i32> {
    let fp = fingerprint.trim().to_ascii_lowercase();
    if !crate::config::is_fingerprint(&fp) {
        return Err(Error::Usage(format!(
            "`{}` is not a keyhook fingerprint: use the 12 hex digits printed after `fingerprint` in the block message",
            report::escape(fingerprint)
        )));
    }
    if let Some(d) = expires {
        let day = crate::config::parse_date(d).ok_or_else(|| {
            Error::Usage(format!(
                "--expires `{}` is not a date (YYYY-MM-DD)",
                report::escape(d)
            ))
        })?;
        if day < crate::config::today() {
            eprintln!("keyhook: warning: {d} is in the past; this entry is already expired");
        }
    }
    let root = work_tree_root()?;
    let path = root.join(crate::config::FILE_NAME);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::io(&path, e)),
    };
    let new =
        crate::config::add_fingerprint(crate::config::FILE_NAME, &text, &fp, reason, expires)?;
    std::fs::write(&path, new).map_err(|e| Error::io(&path, e))?;
    eprintln!(
        "keyhook: allowed {fp} in {} (a salted hash; the secret is not stored)",
        path.display()
    );
    let staged = std::process::Command::new("git")
        .current_dir(&root)
        .args(["add", "--", crate::config::FILE_NAME])
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if staged {
        eprintln!("keyhook: staged .keyhook.toml: the allowance is reviewed and committed with your change");
    } else {
        eprintln!("keyhook: run `git add .keyhook.toml`: the hook reads the staged configuration");
    }
    Ok(0)
}

/// `keyhook allow --list`: entries, their expiry, and which no current file uses (stale).
pub fn allow_list() -> Result<i32> {
    let root = work_tree_root()?;
    let settings = crate::config::Settings::load_dir(&root)?;
    let entries = settings.config.allow.fingerprints.clone();
    let expiry = settings.expiry_days.clone();
    if entries.is_empty() {
        println!("no allowed fingerprints in {}", crate::config::FILE_NAME);
        return Ok(0);
    }
    let outcome = engine::scan_paths(std::slice::from_ref(&root), &Options::default())?;
    let today = crate::config::today();
    for (e, exp) in entries.iter().zip(expiry) {
        let mut status = Vec::new();
        if exp.is_some_and(|d| d < today) {
            status.push("expired");
        }
        if !outcome.used_fingerprints.contains(&e.fingerprint) {
            status.push("stale: no current file has it");
        }
        println!(
            "{}  {}{}{}",
            e.fingerprint,
            report::escape(e.reason.as_deref().unwrap_or("(no reason)")),
            e.expires
                .as_deref()
                .map(|d| format!("  expires {d}"))
                .unwrap_or_default(),
            if status.is_empty() {
                String::new()
            } else {
                format!("  [{}]", status.join(", "))
            }
        );
    }
    Ok(0)
}

/// `keyhook install`.
pub fn install(hooks: &[&str]) -> Result<i32> {
    let repo = install::open_for_install(Path::new("."))?;
    let dir = install::hooks_dir(&repo)?;
    let bin = install::current_exe()?;
    for hook in hooks {
        match install::install_into(&dir, hook, &bin)? {
            install::Installed::New { path, chained } => {
                eprintln!("keyhook: installed {hook} hook at {}", path.display());
                if let Some(c) = chained {
                    eprintln!(
                        "keyhook: your existing {hook} hook was kept as {} and still runs first",
                        dir.join(c).display()
                    );
                }
            }
            install::Installed::Unchanged { path } => {
                eprintln!(
                    "keyhook: {hook} hook already installed at {}",
                    path.display()
                )
            }
            install::Installed::Upgraded { path } => {
                eprintln!("keyhook: updated the {hook} hook at {}", path.display())
            }
        }
    }
    Ok(0)
}

/// `keyhook uninstall`.
pub fn uninstall(hooks: &[&str]) -> Result<i32> {
    let repo = install::open_for_install(Path::new("."))?;
    let dir = install::hooks_dir(&repo)?;
    for hook in hooks {
        match install::uninstall_from(&dir, hook)? {
            install::Uninstalled::Removed { path, restored } => {
                eprintln!("keyhook: removed the {hook} hook at {}", path.display());
                if restored.is_some() {
                    eprintln!("keyhook: restored the {hook} hook it had replaced");
                }
            }
            install::Uninstalled::NotInstalled { path } => eprintln!(
                "keyhook: no keyhook {hook} hook at {}; nothing to do",
                path.display()
            ),
        }
    }
    Ok(0)
}

/// Render an error for the person at the terminal. On the commit path every error blocks.
pub fn render_error(err: &Error, hook: Option<&str>) -> String {
    let mut s = format!("keyhook: error: {}\n", report::escape(&err.to_string()));
    if let Some(hook) = hook {
        let verb = if hook == "pre-push" { "push" } else { "commit" };
        s.push_str(&format!(
            "\nThe {verb} was blocked because keyhook could not check it (it fails closed: an error never lets a\n\
             secret through). Fix the problem above and try again.\n\
             To bypass every check once, on purpose: git {verb} --no-verify\n"
        ));
    }
    s
}
