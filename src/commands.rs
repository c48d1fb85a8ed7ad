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
    Options { allow: all }
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
        Format::Sarif => println!("{}", report::sarif(&outcome.findings)),
    }
    Ok(if outcome.findings.is_empty() { 0 } else { 1 })
}

/// `keyhook run`: the hook entry point. `pre-commit` scans what is staged; `pre-push` scans the
/// commits being pushed (`args` = the remote's name and URL git passes, the ref lines come on
/// stdin).
pub fn run(hook: &str, args: &[String], allow: &[String], format: Format) -> Result<i32> {
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

/// `keyhook scan PATH…`.
pub fn scan(paths: &[PathBuf], allow: &[String], format: Format) -> Result<i32> {
    let outcome = engine::scan_paths(paths, &options(allow))?;
    emit(&outcome, format, Context::Scan)
}

/// `keyhook scan --history [RANGE]`: the lines every selected commit added.
pub fn scan_history(
    range: Option<&str>,
    allow: &[String],
    format: Format,
    progress: bool,
) -> Result<i32> {
    let outcome = history::scan_history(
        Path::new("."),
        range,
        &options(allow),
        history::progress_wanted(progress),
    )?;
    emit(&outcome, format, Context::History)
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
