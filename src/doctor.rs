//! `keyhook doctor`: checks a repository against the practices keyhook exists for, and prints
//! each as ok / problem (with the exact fix) / advice. `--fix` applies the safe fixes.

use std::path::{Path, PathBuf};

use gix::bstr::ByteSlice;

use crate::config::Settings;
use crate::engine;
use crate::envfile::{self, EnvKind};
use crate::error::{Error, Result};
use crate::install::{self, Target};

/// Print a line on stdout; a closed pipe (`keyhook doctor | head`) is not an error.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// The outcome of one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok,
    Problem,
    /// Worth knowing, not a problem (does not fail `doctor`).
    Advice,
}

/// A safe fix `--fix` can apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fix {
    /// `keyhook install` (pre-commit).
    InstallHook,
    /// Append these lines to this file (created if missing).
    AppendLines { file: PathBuf, lines: Vec<String> },
}

/// One line of the doctor's report.
#[derive(Debug, Clone)]
pub struct Check {
    pub status: Status,
    pub message: String,
    /// What to do, exactly.
    pub fix: Option<String>,
    /// Applied by `--fix`.
    pub auto: Option<Fix>,
}

impl Check {
    fn ok(message: impl Into<String>) -> Check {
        Check {
            status: Status::Ok,
            message: message.into(),
            fix: None,
            auto: None,
        }
    }
    fn problem(message: impl Into<String>, fix: impl Into<String>, auto: Option<Fix>) -> Check {
        Check {
            status: Status::Problem,
            message: message.into(),
            fix: Some(fix.into()),
            auto,
        }
    }
    fn advice(message: impl Into<String>, fix: impl Into<String>) -> Check {
        Check {
            status: Status::Advice,
            message: message.into(),
            fix: Some(fix.into()),
            auto: None,
        }
    }
}

/// AI coding assistants and the ignore file each reads; the tool counts as used when any of the
/// marker files exists in the work tree root.
pub const AI_TOOLS: &[(&str, &str, &[&str])] = &[
    (
        "Cursor",
        ".cursorignore",
        &[
            ".cursor",
            ".cursorrules",
            ".cursorignore",
            ".cursorindexingignore",
        ],
    ),
    (
        "Aider",
        ".aiderignore",
        &[
            ".aiderignore",
            ".aider.conf.yml",
            ".aider.chat.history.md",
            ".aider.input.history",
        ],
    ),
    (
        "Codeium / Windsurf",
        ".codeiumignore",
        &[".codeiumignore", ".codeium", ".windsurf", ".windsurfrules"],
    ),
    ("Gemini Code Assist", ".aiexclude", &[".aiexclude"]),
    (
        "Gemini CLI",
        ".geminiignore",
        &[".geminiignore", ".gemini", "GEMINI.md"],
    ),
];

/// Lines keyhook appends to `.gitignore`.
const GITIGNORE_HEADER: &str = "# keyhook: keep secrets out of git";

fn work_root(repo: &gix::Repository) -> Result<PathBuf> {
    let wd = repo
        .workdir()
        .ok_or_else(|| Error::Install("a bare repository has nothing to check".into()))?;
    Ok(std::fs::canonicalize(wd).unwrap_or_else(|_| wd.to_path_buf()))
}

/// Run every check on the repository at `dir`.
pub fn checks(dir: &Path) -> Result<Vec<Check>> {
    let repo = install::open_for_install(dir)?;
    let root = work_root(&repo)?;
    let mut out = vec![hook_check(&repo)?];
    out.extend(gitignore_checks(&repo, &root)?);
    let index = repo
        .index_or_empty()
        .map_err(|e| Error::git("reading the index", e))?;
    let settings = Settings::load_dir(&root).unwrap_or_default();
    let mut templates: Vec<PathBuf> = Vec::new();
    let mut tracked_env: Vec<String> = Vec::new();
    for entry in index.entries() {
        let path = entry.path(&index);
        match envfile::classify(path.as_bytes(), &settings.env_block, &settings.env_exempt) {
            EnvKind::Secrets => tracked_env.push(path.to_str_lossy().into_owned()),
            EnvKind::Template => templates.push(root.join(path.to_str_lossy().as_ref())),
            EnvKind::None => {}
        }
    }
    if tracked_env.is_empty() {
        out.push(Check::ok("no .env file is tracked"));
    } else {
        let list = tracked_env
            .iter()
            .map(|p| install::sh_quote(p))
            .collect::<Vec<_>>()
            .join(" ");
        out.push(Check::problem(
            format!(
                "tracked .env file(s): {} (their keys are in the history and on every clone)",
                tracked_env.join(", ")
            ),
            format!(
                "git rm --cached -- {list} && git commit -m 'Stop tracking .env', then rotate \
                 every key they hold (removing the file does not remove it from history)"
            ),
            None,
        ));
    }
    out.extend(ai_checks(&root));
    for name in crate::envfile::TEMPLATE_SUFFIXES {
        let p = root.join(format!(".env.{name}"));
        if p.is_file() && !templates.contains(&p) {
            templates.push(p);
        }
    }
    out.extend(template_checks(&root, &templates)?);
    Ok(out)
}

fn hook_check(repo: &gix::Repository) -> Result<Check> {
    let fix_install = "keyhook install";
    let check = match install::target(repo)? {
        Target::Shim { dir } => {
            let path = dir.join("pre-commit");
            let content = std::fs::symlink_metadata(&path)
                .ok()
                .filter(|m| m.is_file())
                .and_then(|_| std::fs::read(&path).ok())
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default();
            if install::is_shim(&content) {
                let version = install::shim_version(&content).unwrap_or_default();
                let bin = install::shim_binary(&content);
                if version != env!("CARGO_PKG_VERSION") {
                    Check::problem(
                        format!(
                            "the pre-commit hook at {} is from keyhook {version}, this is {}",
                            path.display(),
                            env!("CARGO_PKG_VERSION")
                        ),
                        format!("{fix_install} (replaces it in place)"),
                        Some(Fix::InstallHook),
                    )
                } else if !bin.as_deref().is_some_and(is_executable) {
                    Check::problem(
                        format!(
                            "the pre-commit hook at {} calls {}, which is gone (commits are \
                             blocked until it is found)",
                            path.display(),
                            bin.unwrap_or_default().display()
                        ),
                        format!("{fix_install} (bakes in this binary's path)"),
                        Some(Fix::InstallHook),
                    )
                } else {
                    Check::ok(format!(
                        "keyhook's pre-commit hook is installed and current in {}, the hooks \
                         directory git uses",
                        dir.display()
                    ))
                }
            } else {
                let default = install::normalize(&abs(repo.common_dir()).join("hooks"));
                let origin = install::hooks_path_origin(repo);
                let shadowed = default != dir
                    && std::fs::read(default.join("pre-commit"))
                        .is_ok_and(|b| install::is_shim(&String::from_utf8_lossy(&b)));
                match (shadowed, origin) {
                    (true, Some(origin)) => Check::problem(
                        format!(
                            "keyhook is installed in {} but git runs hooks from {} \
                             (core.hooksPath, set in {origin}), so it never runs",
                            default.display(),
                            dir.display()
                        ),
                        format!(
                            "{fix_install} (installs into {}, keeping the hook there), or remove \
                             the core.hooksPath setting",
                            dir.display()
                        ),
                        Some(Fix::InstallHook),
                    ),
                    (_, origin) => Check::problem(
                        format!(
                            "no keyhook pre-commit hook in {}{}",
                            dir.display(),
                            origin
                                .map(|o| format!(" (core.hooksPath, set in {o})"))
                                .unwrap_or_default()
                        ),
                        fix_install,
                        Some(Fix::InstallHook),
                    ),
                }
            }
        }
        Target::Husky { husky_dir, .. } => {
            let file = husky_dir.join("pre-commit");
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            if text.contains(install::BLOCK_BEGIN) {
                Check::ok(format!("husky runs keyhook from {}", file.display()))
            } else {
                Check::problem(
                    format!(
                        "husky manages the hooks, and {} does not run keyhook",
                        file.display()
                    ),
                    fix_install,
                    Some(Fix::InstallHook),
                )
            }
        }
        Target::Lefthook { file } => {
            if install::lefthook_has(&file, "pre-commit") {
                Check::ok(format!("lefthook runs keyhook ({})", file.display()))
            } else {
                Check::problem(
                    format!(
                        "lefthook manages the hooks, and {} has no keyhook command in pre-commit",
                        file.display()
                    ),
                    fix_install,
                    Some(Fix::InstallHook),
                )
            }
        }
    };
    Ok(check)
}

fn abs(p: &Path) -> PathBuf {
    crate::install::absolute(p)
}

fn is_executable(p: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        p.is_file()
    }
}

/// How git's ignore rules treat a path: excluded, and by which file.
fn ignored(stack: &mut gix::AttributeStack<'_>, path: &str) -> Result<(bool, Option<PathBuf>)> {
    let platform = stack
        .at_entry(path, Some(gix::index::entry::Mode::FILE))
        .map_err(|e| Error::git("reading .gitignore", e))?;
    let source = platform
        .matching_exclude_pattern()
        .and_then(|m| m.source.map(Path::to_path_buf));
    Ok((platform.is_excluded(), source))
}

fn gitignore_checks(repo: &gix::Repository, root: &Path) -> Result<Vec<Check>> {
    let index = repo
        .index_or_empty()
        .map_err(|e| Error::git("reading the index", e))?;
    let mut stack = repo
        .excludes(
            &index,
            None,
            gix::worktree::stack::state::ignore::Source::WorktreeThenIdMappingIfNotSkipped,
        )
        .map_err(|e| Error::git("reading .gitignore", e))?;
    let in_tree = |src: &Option<PathBuf>| {
        src.as_ref().is_some_and(|s| {
            let s = std::fs::canonicalize(s).unwrap_or_else(|_| s.clone());
            s.starts_with(root) && s.file_name().is_some_and(|n| n == ".gitignore")
        })
    };
    let mut missing: Vec<&str> = Vec::new();
    let mut personal: Vec<String> = Vec::new();
    for (path, pattern) in [
        (".env", ".env"),
        (".env.local", ".env.*"),
        (".env.production", ".env.*"),
    ] {
        let (excluded, src) = ignored(&mut stack, path)?;
        if !excluded {
            if !missing.contains(&pattern) {
                missing.push(pattern);
            }
        } else if !in_tree(&src) {
            if !missing.contains(&pattern) {
                missing.push(pattern);
            }
            if let Some(s) = src {
                personal.push(format!("{path} is ignored only by {}", s.display()));
            }
        }
    }
    let (example_ignored, _) = ignored(&mut stack, ".env.example")?;
    let mut lines: Vec<String> = missing.iter().map(|s| s.to_string()).collect();
    if example_ignored || missing.contains(&".env.*") {
        lines.push("!.env.example".into());
    }
    let gitignore = root.join(".gitignore");
    let mut out = Vec::new();
    if missing.is_empty() {
        out.push(Check::ok(".gitignore covers .env and .env.*"));
    } else {
        let mut msg = format!(".gitignore does not cover {}", missing.join(" and "));
        if !personal.is_empty() {
            msg.push_str(&format!(
                " ({}, which your teammates do not share)",
                personal.join("; ")
            ));
        }
        out.push(Check::problem(
            msg,
            format!("add these lines to .gitignore: {}", lines.join("  ")),
            Some(Fix::AppendLines {
                file: gitignore.clone(),
                lines: lines.clone(),
            }),
        ));
    }
    if !missing.is_empty() {
        // The .env.example line is part of the fix above.
    } else if example_ignored {
        out.push(Check::problem(
            ".env.example is ignored, so the template your team needs cannot be committed",
            "add this line to .gitignore, after the .env lines: !.env.example",
            Some(Fix::AppendLines {
                file: gitignore,
                lines: vec!["!.env.example".into()],
            }),
        ));
    } else {
        out.push(Check::ok(".env.example can still be committed"));
    }
    Ok(out)
}

/// Does the gitignore-style file `file` exclude `.env` and `.env.local`?
fn excludes_env(root: &Path, file: &Path) -> bool {
    let mut b = ignore::gitignore::GitignoreBuilder::new(root);
    if b.add(file).is_some() {
        return false;
    }
    let Ok(gi) = b.build() else { return false };
    [".env", ".env.local"]
        .iter()
        .all(|p| gi.matched(root.join(p), false).is_ignore())
}

fn ai_checks(root: &Path) -> Vec<Check> {
    let mut out = Vec::new();
    let mut unused = Vec::new();
    for (tool, file, markers) in AI_TOOLS {
        let used = markers.iter().any(|m| root.join(m).exists());
        let path = root.join(file);
        if path.is_file() && excludes_env(root, &path) {
            out.push(Check::ok(format!(
                "{file} keeps .env files away from {tool}"
            )));
        } else if used {
            let what = if path.is_file() {
                format!("{file} does not exclude .env files")
            } else {
                format!("this repository uses {tool}, and there is no {file}")
            };
            out.push(Check::problem(
                format!("{what}: {tool} can read your keys and send them to a model"),
                format!("add these lines to {file}: .env  .env.*"),
                Some(Fix::AppendLines {
                    file: path,
                    lines: vec![".env".into(), ".env.*".into()],
                }),
            ));
        } else {
            unused.push(*file);
        }
    }
    if !unused.is_empty() {
        out.push(Check::advice(
            format!(
                "AI coding assistants read {} for what to leave alone; none is set up here",
                unused.join(", ")
            ),
            "if you use one of them, put the lines `.env` and `.env.*` in its file \
             (keyhook doctor --fix does it once the tool's files are present)",
        ));
    }
    out
}

fn template_checks(root: &Path, templates: &[PathBuf]) -> Result<Vec<Check>> {
    let mut out = Vec::new();
    let files: Vec<PathBuf> = templates.iter().filter(|p| p.is_file()).cloned().collect();
    if files.is_empty() {
        return Ok(out);
    }
    let outcome = engine::scan_paths(&files, &engine::Options::default())?;
    for f in &files {
        let rel = f.strip_prefix(root).unwrap_or(f).display().to_string();
        let hits: Vec<String> = outcome
            .findings
            .iter()
            .filter(|x| Path::new(&x.path) == f.as_path() || x.path.ends_with(&rel))
            .map(|x| format!("line {}: {} ({})", x.line, x.description, x.redacted))
            .collect();
        if hits.is_empty() {
            out.push(Check::ok(format!(
                "{rel} holds placeholders, not live keys"
            )));
        } else {
            out.push(Check::problem(
                format!(
                    "{rel} holds what looks like a live key: {}",
                    crate::report::escape(&hits.join("; "))
                ),
                format!(
                    "replace each value in {rel} with a placeholder such as YOUR_API_KEY_HERE, \
                     and rotate the key if this file was ever committed or shared"
                ),
                None,
            ));
        }
    }
    Ok(out)
}

/// Append `lines` (those not already present) to `file`, creating it if needed.
fn append_lines(file: &Path, lines: &[String]) -> Result<()> {
    let existing = match std::fs::read(file) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::io(file, e)),
    };
    let have: Vec<&str> = existing.lines().map(str::trim).collect();
    let add: Vec<&String> = lines
        .iter()
        .filter(|l| !have.contains(&l.as_str()))
        .collect();
    let mut text = existing.clone();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    if !have.contains(&GITIGNORE_HEADER) {
        text.push_str(GITIGNORE_HEADER);
        text.push('\n');
    }
    for l in add {
        text.push_str(l);
        text.push('\n');
    }
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(file)
        .map_err(|e| Error::io(file, e))?;
    f.write_all(&text.as_bytes()[existing.len()..])
        .map_err(|e| Error::io(file, e))
}

/// Apply a fix; returns what was done.
fn apply(dir: &Path, fix: &Fix) -> Result<String> {
    match fix {
        Fix::InstallHook => {
            let repo = install::open_for_install(dir)?;
            let bin = install::current_exe()?;
            let code = crate::commands::install_repo(&repo, &["pre-commit"], &bin)?;
            Ok(if code == 0 {
                "installed the pre-commit hook".into()
            } else {
                "the hook needs a manual step (see above)".into()
            })
        }
        Fix::AppendLines { file, lines } => {
            append_lines(file, lines)?;
            Ok(format!("added {} to {}", lines.join(" "), file.display()))
        }
    }
}

fn print(checks: &[Check]) {
    for c in checks {
        let tag = match c.status {
            Status::Ok => "ok     ",
            Status::Problem => "problem",
            Status::Advice => "advice ",
        };
        say!("{tag}  {}", c.message);
        if c.status != Status::Ok {
            if let Some(fix) = &c.fix {
                say!("         fix: {fix}");
            }
        }
    }
}

/// `keyhook doctor [--fix]`: 0 when no problem remains, 1 otherwise.
pub fn run(dir: &Path, fix: bool) -> Result<i32> {
    let mut list = checks(dir)?;
    if fix {
        let mut fixed = Vec::new();
        for c in &list {
            if let (Status::Problem, Some(f)) = (c.status, &c.auto) {
                fixed.push(apply(dir, f)?);
            }
        }
        for f in &fixed {
            say!("fixed    {f}");
        }
        if !fixed.is_empty() {
            list = checks(dir)?;
        }
    }
    print(&list);
    let problems = list.iter().filter(|c| c.status == Status::Problem).count();
    let fixable = list
        .iter()
        .filter(|c| c.status == Status::Problem && c.auto.is_some())
        .count();
    if problems == 0 {
        say!("\nkeyhook doctor: no problems");
        Ok(0)
    } else {
        let hint = if fixable > 0 && !fix {
            format!(" (`keyhook doctor --fix` fixes {fixable} of them)")
        } else {
            String::new()
        };
        say!(
            "\nkeyhook doctor: {problems} problem{}{hint}",
            if problems == 1 { "" } else { "s" }
        );
        Ok(1)
    }
}
