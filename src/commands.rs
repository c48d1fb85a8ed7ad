//! The CLI's verbs. Each returns the process exit code: 0 clean, 1 findings (blocked), and
//! errors are returned to `main.rs`, which renders them once and exits 2.

use std::path::{Path, PathBuf};

use crate::engine::{self, Options};
use crate::error::{Error, Result};
use crate::history;
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

/// Write to stdout; a closed pipe (`keyhook scan | head`) is not an error worth a crash.
fn stdout(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
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
                    stdout(&text);
                } else {
                    eprint!("{text}");
                }
            }
        }
        Format::Json => stdout(&(report::json(&outcome.findings) + "\n")),
        Format::Sarif => stdout(&(report::sarif(&outcome.findings) + "\n")),
    }
    Ok(if outcome.findings.is_empty() { 0 } else { 1 })
}

/// `keyhook run`: the hook entry point. `pre-commit` scans what is staged; `pre-push` scans the
/// commits being pushed (`args` = the remote's name and URL git passes, the ref lines come on
/// stdin).
pub fn run(hook: &str, args: &[String], allow: &[String], format: Format) -> Result<i32> {
    // Lets the test suite prove that a crash blocks the commit (fail closed).
    if std::env::var_os("KEYHOOK_DEBUG_PANIC").is_some() {
        panic!("panic requested by KEYHOOK_DEBUG_PANIC");
    }
    match hook {
        "pre-commit" => {
            let outcome = engine::scan_staged(Path::new("."), &options(allow))?;
            emit(&outcome, format, Context::Commit)
        }
        "pre-push" => {
            use std::io::Read;
            let remote = args.first().map(String::as_str).unwrap_or("");
            let mut input = String::new();
            std::io::stdin()
                .read_to_string(&mut input)
                .map_err(|e| Error::io("<stdin>", e))?;
            let outcome = history::scan_push(
                Path::new("."),
                remote,
                &input,
                &options(allow),
                history::progress_wanted(false),
            )?;
            emit(&outcome, format, Context::Push)
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

/// `keyhook scan --history [RANGE]`: the lines every selected commit added.
pub fn scan_history(
    range: Option<&str>,
    allow: &[String],
    format: Format,
    progress: bool,
    baseline: Option<PathBuf>,
) -> Result<i32> {
    let mut opts = options(allow);
    opts.baseline = baseline;
    let outcome = history::scan_history(
        Path::new("."),
        range,
        &opts,
        history::progress_wanted(progress),
    )?;
    emit(&outcome, format, Context::History)
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

/// What `keyhook install` / `keyhook uninstall` act on.
#[derive(Debug, Clone, Default)]
pub struct InstallOptions {
    /// Hook names (`pre-commit`, `pre-push`).
    pub hooks: Vec<String>,
    /// The global hooks directory (`core.hooksPath` in the global config) instead of this
    /// repository.
    pub global: bool,
    /// Also every initialised submodule, recursively.
    pub recurse_submodules: bool,
}

impl InstallOptions {
    fn hook_names(&self) -> Vec<&str> {
        if self.hooks.is_empty() {
            vec!["pre-commit"]
        } else {
            self.hooks.iter().map(String::as_str).collect()
        }
    }
}

/// The repositories an install acts on: the one here, then its submodules.
fn install_roots(opts: &InstallOptions) -> Result<Vec<PathBuf>> {
    let repo = install::open_for_install(Path::new("."))?;
    let root = repo
        .workdir()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let mut roots = vec![PathBuf::from(".")];
    if opts.recurse_submodules {
        roots.extend(install::submodule_paths(&root)?);
    }
    Ok(roots)
}

/// `keyhook install`. Exit 1 when a hook manager's file must be edited by hand.
pub fn install(opts: &InstallOptions) -> Result<i32> {
    let bin = install::current_exe()?;
    let hooks = opts.hook_names();
    if opts.global {
        let (dir, done) = install::install_global(&hooks, &bin)?;
        for d in done {
            report_installed(&d, &dir);
        }
        eprintln!(
            "keyhook: global core.hooksPath is {}; every repository's own hooks still run \
             (a repository with its own core.hooksPath is not covered: run keyhook doctor there)",
            dir.display()
        );
        return Ok(0);
    }
    let mut code = 0;
    for root in install_roots(opts)? {
        let repo = install::open_for_install(&root)?;
        code = code.max(install_repo(&repo, &hooks, &bin)?);
    }
    Ok(code)
}

fn report_installed(done: &install::Installed, dir: &Path) {
    match done {
        install::Installed::New { path, chained } => {
            eprintln!("keyhook: installed the hook at {}", path.display());
            if let Some(c) = chained {
                eprintln!(
                    "keyhook: the hook that was there is kept as {} and still runs first",
                    dir.join(c).display()
                );
            }
        }
        install::Installed::Unchanged { path } => {
            eprintln!("keyhook: already installed at {}", path.display())
        }
        install::Installed::Upgraded { path } => {
            eprintln!("keyhook: updated the hook at {}", path.display())
        }
    }
}

/// Install keyhook's hooks in one repository, wherever its hook manager wants them.
pub fn install_repo(repo: &gix::Repository, hooks: &[&str], bin: &Path) -> Result<i32> {
    let mut code = 0;
    match install::target(repo)? {
        install::Target::Shim { dir } if install::is_global_dir(&dir) => {
            eprintln!(
                "keyhook: this repository already uses keyhook's global hooks in {}; nothing to do",
                dir.display()
            );
        }
        install::Target::Shim { dir } => {
            for hook in hooks {
                let done = install::install_into(&dir, hook, bin)?;
                report_installed(&done, &dir);
            }
        }
        install::Target::Husky { husky_dir, legacy } => {
            install::record_binary(repo, bin)?;
            for hook in hooks {
                match install::husky_install(&husky_dir, legacy, hook)? {
                    install::Managed::Added { file, created } => eprintln!(
                        "keyhook: husky manages the hooks here: {} keyhook to {} (husky's own \
                         hooks keep running; commit that file so your team is covered)",
                        if created { "created it with" } else { "added" },
                        file.display()
                    ),
                    install::Managed::Present { file } => {
                        eprintln!("keyhook: already in {}", file.display())
                    }
                    install::Managed::Manual { file, snippet } => {
                        eprintln!("keyhook: add this to {}:\n{snippet}", file.display());
                        code = 1;
                    }
                }
            }
        }
        install::Target::Lefthook { file } => {
            for hook in hooks {
                match install::lefthook_install(&file, hook)? {
                    install::Managed::Added { file, .. } => eprintln!(
                        "keyhook: lefthook manages the hooks here: added a keyhook command to {} \
                         (run `lefthook install` if lefthook's hook is not installed yet; \
                         keyhook must be on PATH)",
                        file.display()
                    ),
                    install::Managed::Present { file } => {
                        eprintln!("keyhook: already in {}", file.display())
                    }
                    install::Managed::Manual { file, snippet } => {
                        eprintln!(
                            "keyhook: {} could not be edited safely; add this to it by hand:\n\n{snippet}",
                            file.display()
                        );
                        code = 1;
                    }
                }
            }
        }
    }
    Ok(code)
}

/// `keyhook uninstall`.
pub fn uninstall(opts: &InstallOptions) -> Result<i32> {
    let hooks = opts.hook_names();
    if opts.global {
        if install::uninstall_global()? {
            eprintln!("keyhook: removed the global hooks and the global core.hooksPath");
        } else {
            eprintln!("keyhook: no global keyhook install; nothing to do");
        }
        return Ok(0);
    }
    for root in install_roots(opts)? {
        let repo = install::open_for_install(&root)?;
        let results = match install::target(&repo)? {
            install::Target::Shim { dir } if install::is_global_dir(&dir) => {
                eprintln!(
                    "keyhook: this repository uses keyhook's global hooks in {}; to remove them \
                     run keyhook uninstall --global",
                    dir.display()
                );
                continue;
            }
            install::Target::Shim { dir } => hooks
                .iter()
                .map(|h| install::uninstall_from(&dir, h))
                .collect::<Result<Vec<_>>>()?,
            install::Target::Husky { husky_dir, legacy } => hooks
                .iter()
                .map(|h| install::husky_uninstall(&husky_dir, legacy, h))
                .collect::<Result<Vec<_>>>()?,
            install::Target::Lefthook { file } => {
                for h in &hooks {
                    if install::lefthook_uninstall(&file, h)? {
                        eprintln!(
                            "keyhook: removed the keyhook command from the {h} section of {}",
                            file.display()
                        );
                    } else if install::lefthook_has(&file, h) {
                        eprintln!(
                            "keyhook: remove the keyhook command from the {h} section of {} by hand",
                            file.display()
                        );
                    } else {
                        eprintln!(
                            "keyhook: {} does not run keyhook; nothing to do",
                            file.display()
                        );
                    }
                }
                continue;
            }
        };
        for r in results {
            match r {
                install::Uninstalled::Removed { path, restored } => {
                    eprintln!("keyhook: removed keyhook from {}", path.display());
                    if let Some(name) = restored {
                        eprintln!("keyhook: restored the hook it had replaced (from {name})");
                    }
                }
                install::Uninstalled::NotInstalled { path } => eprintln!(
                    "keyhook: keyhook is not installed at {}; nothing to do",
                    path.display()
                ),
            }
        }
    }
    Ok(0)
}

/// `keyhook doctor [--fix]`.
pub fn doctor(fix: bool) -> Result<i32> {
    crate::doctor::run(Path::new("."), fix)
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
