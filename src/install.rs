//! Installing the hook: the hooks directory git really uses, the POSIX shim, chaining an
//! existing hook, uninstalling byte-for-byte.

use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Result};

/// The shim template (`hooks/shim.sh`).
pub const SHIM_TEMPLATE: &str = include_str!("../hooks/shim.sh");
/// First-line marker that identifies keyhook's shim.
pub const MARKER: &str = "# keyhook-shim ";

/// Normalise `a/b/../c` → `a/c` without touching the file system (git may hand back
/// `.../worktrees/x/../..`).
pub fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// The hooks directory git uses for this repository: `core.hooksPath` (relative paths against
/// the work-tree root), else the common dir's `hooks/` (shared by linked worktrees).
pub fn hooks_dir(repo: &gix::Repository) -> Result<PathBuf> {
    let snapshot = repo.config_snapshot();
    let configured = snapshot
        .trusted_path("core.hooksPath")
        .map_err(|e| Error::git("reading core.hooksPath", e))?;
    if let Some(p) = configured {
        let abs = if p.is_absolute() {
            p
        } else {
            let base = repo.workdir().unwrap_or_else(|| repo.git_dir());
            absolute(base).join(p)
        };
        return Ok(normalize(&abs));
    }
    Ok(normalize(&absolute(repo.common_dir()).join("hooks")))
}

/// `p` made absolute against the current directory (no file-system access).
pub fn absolute(p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(p))
            .unwrap_or_else(|_| p.to_path_buf())
    }
}

/// Where `core.hooksPath` comes from, if it is set: a description such as
/// `global config (/home/me/.gitconfig)`.
pub fn hooks_path_origin(repo: &gix::Repository) -> Option<String> {
    let snapshot = repo.config_snapshot();
    let file = snapshot.plumbing();
    let mut origin = None;
    for section in file.sections_by_name("core")? {
        if section.value("hooksPath").is_some() {
            let meta = section.meta();
            let kind = match meta.source {
                gix::config::Source::Local => "repository config",
                gix::config::Source::Worktree => "worktree config",
                gix::config::Source::User | gix::config::Source::Git => "global config",
                gix::config::Source::System | gix::config::Source::GitInstallation => {
                    "system config"
                }
                gix::config::Source::Env | gix::config::Source::EnvOverride => "environment",
                _ => "config",
            };
            origin = Some(match &meta.path {
                Some(p) => format!("{kind} ({})", p.display()),
                None => kind.to_string(),
            });
        }
    }
    origin
}

/// Single-quote a string for POSIX sh.
pub fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// Replace `@NAME@` placeholders in one pass (values are never re-scanned).
fn render(template: &str, vars: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 256);
    let mut rest = template;
    while let Some(i) = rest.find('@') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let hit = vars
            .iter()
            .find(|(k, _)| after.starts_with(k) && after[k.len()..].starts_with('@'));
        match hit {
            Some((k, v)) => {
                out.push_str(v);
                rest = &after[k.len() + 1..];
            }
            None => {
                out.push('@');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace("\r\n", "\n")
}

/// Is `hook` a plausible git hook name (`pre-commit`, `pre-push`, …)?
pub fn valid_hook_name(hook: &str) -> bool {
    !hook.is_empty()
        && hook
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// How a shim behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShimKind {
    /// In one repository's hooks directory: run the chained hook, then keyhook.
    Repo,
    /// In the global hooks directory: run the repository's own hook, then keyhook.
    Global,
    /// In the global hooks directory, for hooks keyhook does not check: run the repository's
    /// own hook only (so `core.hooksPath` does not switch off a repository's other hooks).
    PassThrough,
}

/// The shim text for `hook`, calling `bin`, chaining `chained` (a file name in the same
/// directory) if any.
pub fn shim(hook: &str, bin: &Path, chained: Option<&str>) -> String {
    shim_of(ShimKind::Repo, hook, bin, chained)
}

/// The shim text of any kind.
pub fn shim_of(kind: ShimKind, hook: &str, bin: &Path, chained: Option<&str>) -> String {
    let flag = |b: bool| if b { "1" } else { "0" }.to_string();
    render(
        SHIM_TEMPLATE,
        &[
            ("VERSION", env!("CARGO_PKG_VERSION").to_string()),
            ("HOOK", hook.to_string()),
            ("BIN", sh_quote(&bin.to_string_lossy())),
            ("CHAINED", sh_quote(chained.unwrap_or(""))),
            ("GLOBAL", flag(kind != ShimKind::Repo)),
            ("SCAN", flag(kind != ShimKind::PassThrough)),
        ],
    )
}

/// Is this file content keyhook's shim?
pub fn is_shim(content: &str) -> bool {
    content
        .lines()
        .nth(1)
        .is_some_and(|l| l.starts_with(MARKER))
}

/// The version recorded in a shim's marker line.
pub fn shim_version(content: &str) -> Option<String> {
    let line = content.lines().nth(1)?.strip_prefix(MARKER)?;
    line.split_whitespace()
        .find_map(|w| w.strip_prefix("version="))
        .map(str::to_string)
}

fn shim_var(content: &str, name: &str) -> Option<String> {
    let prefix = format!("{name}=");
    let line = content.lines().find(|l| l.starts_with(&prefix))?;
    let v = &line[prefix.len()..];
    let v = v
        .strip_prefix('\'')
        .and_then(|v| v.strip_suffix('\''))
        .unwrap_or(v);
    Some(v.replace("'\\''", "'"))
}

/// The chained hook file name recorded in a shim.
pub fn shim_chained(content: &str) -> Option<String> {
    shim_var(content, "KEYHOOK_CHAINED").filter(|v| !v.is_empty())
}

/// The binary path baked into a shim.
pub fn shim_binary(content: &str) -> Option<PathBuf> {
    shim_var(content, "KEYHOOK_BAKED")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// What `install` did.
#[derive(Debug, PartialEq, Eq)]
pub enum Installed {
    /// Fresh install; `Some(name)` when an existing hook was moved aside and is chained.
    New {
        path: PathBuf,
        chained: Option<String>,
    },
    /// The same shim was already there.
    Unchanged { path: PathBuf },
    /// An older shim (other version or binary) was replaced in place.
    Upgraded { path: PathBuf },
}

/// Write `content` to `path` atomically with mode `mode`.
fn write_mode(path: &Path, content: &str, mode: u32) -> Result<()> {
    let tmp = path.with_file_name(format!(
        ".{}.keyhook-tmp",
        path.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default()
    ));
    std::fs::write(&tmp, content).map_err(|e| Error::io(&tmp, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(mode))
            .map_err(|e| Error::io(&tmp, e))?;
    }
    #[cfg(not(unix))]
    let _ = mode;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(path, e)
    })
}

fn write_executable(path: &Path, content: &str) -> Result<()> {
    write_mode(path, content, 0o755)
}

/// The mode bits of an existing file (0644 if unknown), to keep them when editing it.
fn mode_of(path: &Path) -> u32 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(m) = std::fs::metadata(path) {
            return m.permissions().mode() & 0o7777;
        }
    }
    let _ = path;
    0o644
}

/// A backup name next to `hook` that does not exist yet (never clobbers an older backup).
fn backup_name(dir: &Path, hook: &str) -> String {
    let base = format!("{hook}.keyhook-backup");
    if std::fs::symlink_metadata(dir.join(&base)).is_err() {
        return base;
    }
    (1..)
        .map(|i| format!("{base}.{i}"))
        .find(|n| std::fs::symlink_metadata(dir.join(n)).is_err())
        .unwrap_or(base)
}

fn check_hook_name(hook: &str) -> Result<()> {
    if valid_hook_name(hook) {
        Ok(())
    } else {
        Err(Error::Usage(format!("`{hook}` is not a git hook name")))
    }
}

/// Install the shim for `hook` into `dir`, calling `bin`.
pub fn install_into(dir: &Path, hook: &str, bin: &Path) -> Result<Installed> {
    install_kind(dir, hook, bin, ShimKind::Repo)
}

fn install_kind(dir: &Path, hook: &str, bin: &Path, kind: ShimKind) -> Result<Installed> {
    check_hook_name(hook)?;
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let path = dir.join(hook);
    let existing = std::fs::symlink_metadata(&path).ok();
    if let Some(meta) = &existing {
        if meta.is_file() {
            let old = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
            let old = String::from_utf8_lossy(&old);
            if is_shim(&old) {
                let chained = shim_chained(&old);
                let new = shim_of(kind, hook, bin, chained.as_deref());
                if new == old && mode_of(&path) & 0o111 != 0 {
                    return Ok(Installed::Unchanged { path });
                }
                write_executable(&path, &new)?;
                return Ok(Installed::Upgraded { path });
            }
        } else if meta.is_dir() {
            return Err(Error::Install(format!(
                "{} is a directory, not a hook; move it away and run keyhook install again",
                path.display()
            )));
        }
    }
    let chained = match existing {
        Some(_) => {
            let name = backup_name(dir, hook);
            std::fs::rename(&path, dir.join(&name)).map_err(|e| Error::io(&path, e))?;
            Some(name)
        }
        None => None,
    };
    if let Err(e) = write_executable(&path, &shim_of(kind, hook, bin, chained.as_deref())) {
        // Put the original back: never leave the repository without its hook.
        if let Some(name) = &chained {
            let _ = std::fs::rename(dir.join(name), &path);
        }
        return Err(e);
    }
    Ok(Installed::New { path, chained })
}

/// What `uninstall` did.
#[derive(Debug, PartialEq, Eq)]
pub enum Uninstalled {
    Removed {
        path: PathBuf,
        restored: Option<String>,
    },
    NotInstalled {
        path: PathBuf,
    },
}

/// Remove keyhook's shim for `hook` from `dir`, restoring the hook it replaced byte-for-byte.
pub fn uninstall_from(dir: &Path, hook: &str) -> Result<Uninstalled> {
    check_hook_name(hook)?;
    let path = dir.join(hook);
    let content = match std::fs::symlink_metadata(&path) {
        Ok(m) if m.is_file() => {
            String::from_utf8_lossy(&std::fs::read(&path).map_err(|e| Error::io(&path, e))?)
                .into_owned()
        }
        _ => return Ok(Uninstalled::NotInstalled { path }),
    };
    if !is_shim(&content) {
        return Ok(Uninstalled::NotInstalled { path });
    }
    let chained = shim_chained(&content);
    let backup = chained.as_ref().map(|n| dir.join(n));
    let restored = match &backup {
        // rename over the shim: atomic, keeps the original's bytes, mode and symlink-ness.
        Some(b) if std::fs::symlink_metadata(b).is_ok() => {
            std::fs::rename(b, &path).map_err(|e| Error::io(b, e))?;
            chained
        }
        _ => {
            std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
            None
        }
    };
    Ok(Uninstalled::Removed { path, restored })
}

/// The repository for install commands: must have a work tree.
pub fn open_for_install(dir: &Path) -> Result<gix::Repository> {
    let repo = crate::staged::open(dir).map_err(|e| match e {
        Error::NotARepository(m) => Error::NotARepository(format!(
            "{m}; run keyhook install inside the repository to protect, or use \
             keyhook install --global for every repository"
        )),
        other => other,
    })?;
    if repo.workdir().is_none() {
        return Err(Error::Install(format!(
            "{} is a bare repository: it has no work tree, so nothing is committed there and a \
             pre-commit hook would never run. Install keyhook in a clone instead.",
            normalize(&absolute(repo.git_dir())).display()
        )));
    }
    Ok(repo)
}

/// The absolute path of the running keyhook binary (baked into the shim).
pub fn current_exe() -> Result<PathBuf> {
    let exe = std::env::current_exe().map_err(|e| Error::io("current executable", e))?;
    Ok(std::fs::canonicalize(&exe).unwrap_or(exe))
}

// ---------------------------------------------------------------------------------------------
// Hook managers

/// Where keyhook goes in a repository.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A shim in the hooks directory git uses.
    Shim { dir: PathBuf },
    /// husky: a block in `.husky/<hook>` (husky's dispatcher in `.husky/_` is left alone).
    /// `legacy` is husky 5–8 (hooks directory `.husky`, files executed directly by git).
    Husky { husky_dir: PathBuf, legacy: bool },
    /// lefthook: a `keyhook` command in `lefthook.yml`.
    Lefthook { file: PathBuf },
}

/// lefthook's configuration file names, in its order of preference.
pub const LEFTHOOK_FILES: &[&str] = &[
    "lefthook.yml",
    ".lefthook.yml",
    "lefthook.yaml",
    ".lefthook.yaml",
];

/// Decide where keyhook goes in this repository.
pub fn target(repo: &gix::Repository) -> Result<Target> {
    let dir = hooks_dir(repo)?;
    let name = dir.file_name().map(|n| n.to_string_lossy().into_owned());
    let parent_name = dir
        .parent()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned());
    if name.as_deref() == Some("_") && parent_name.as_deref() == Some(".husky") {
        let husky_dir = dir.parent().map(Path::to_path_buf).unwrap_or(dir.clone());
        return Ok(Target::Husky {
            husky_dir,
            legacy: false,
        });
    }
    if name.as_deref() == Some(".husky") && dir.join("_").join("husky.sh").is_file() {
        return Ok(Target::Husky {
            husky_dir: dir,
            legacy: true,
        });
    }
    if let Some(root) = repo.workdir() {
        for f in LEFTHOOK_FILES {
            let p = absolute(root).join(f);
            if p.is_file() {
                return Ok(Target::Lefthook { file: p });
            }
        }
    }
    Ok(Target::Shim { dir })
}

/// First line of keyhook's block in a hook manager's file.
pub const BLOCK_BEGIN: &str = "# >>> keyhook >>>";
/// Last line of keyhook's block.
pub const BLOCK_END: &str = "# <<< keyhook <<<";
/// The git config key recording the binary's absolute path for hook-manager blocks (a
/// committed file must not hold one person's path; the clone's config can).
pub const BIN_CONFIG_KEY: &str = "keyhook.bin";

/// keyhook's block for a husky hook file.
pub fn husky_block(hook: &str) -> String {
    let verb = if hook == "pre-push" { "push" } else { "commit" };
    format!(
        "{BLOCK_BEGIN} added by `keyhook install`; `keyhook uninstall` removes it\n\
         keyhook_bin=$(git config --get {BIN_CONFIG_KEY} 2>/dev/null || true)\n\
         [ -n \"$keyhook_bin\" ] && [ -x \"$keyhook_bin\" ] || keyhook_bin=${{KEYHOOK_BIN:-keyhook}}\n\
         if ! command -v \"$keyhook_bin\" >/dev/null 2>&1; then\n\
         \x20 echo \"keyhook: {verb} blocked: the keyhook binary was not found. Install it and run 'keyhook install' (bypass once: git {verb} --no-verify)\" >&2\n\
         \x20 exit 1\n\
         fi\n\
         \"$keyhook_bin\" run --hook {hook} \"$@\" || exit $?\n\
         {BLOCK_END}\n"
    )
}

/// What a hook-manager install did.
#[derive(Debug, PartialEq, Eq)]
pub enum Managed {
    Added {
        file: PathBuf,
        created: bool,
    },
    Present {
        file: PathBuf,
    },
    /// The file could not be edited safely: add `snippet` by hand.
    Manual {
        file: PathBuf,
        snippet: String,
    },
}

/// Byte range of keyhook's block in `text`, if present.
fn block_range(text: &str) -> Option<(usize, usize)> {
    let start = text
        .match_indices(BLOCK_BEGIN)
        .map(|(i, _)| i)
        .find(|&i| i == 0 || text.as_bytes()[i - 1] == b'\n')?;
    let end_rel = text[start..].find(BLOCK_END)?;
    let mut end = start + end_rel + BLOCK_END.len();
    if text[end..].starts_with('\n') {
        end += 1;
    }
    Some((start, end))
}

/// Add keyhook's block to `.husky/<hook>`, creating the file if needed. The block goes after the
/// leading shebang/comment/`husky.sh` lines, so a later `exit` cannot skip it.
pub fn husky_install(husky_dir: &Path, legacy: bool, hook: &str) -> Result<Managed> {
    check_hook_name(hook)?;
    let file = husky_dir.join(hook);
    let block = husky_block(hook);
    match std::fs::read(&file) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            if let Some((s, e)) = block_range(&text) {
                if text[s..e] == block {
                    return Ok(Managed::Present { file });
                }
                let new = format!("{}{}{}", &text[..s], block, &text[e..]);
                write_mode(&file, &new, mode_of(&file))?;
                return Ok(Managed::Added {
                    file,
                    created: false,
                });
            }
            let mut at = 0;
            for line in text.split_inclusive('\n') {
                let t = line.trim();
                let header = t.starts_with("#!") || t.contains("husky.sh") || t.is_empty();
                if !header || !line.ends_with('\n') {
                    break;
                }
                at += line.len();
            }
            let new = format!("{}{}{}", &text[..at], block, &text[at..]);
            write_mode(&file, &new, mode_of(&file))?;
            Ok(Managed::Added {
                file,
                created: false,
            })
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(husky_dir).map_err(|e| Error::io(husky_dir, e))?;
            write_executable(&file, &format!("{}{block}", husky_header(legacy)))?;
            Ok(Managed::Added {
                file,
                created: true,
            })
        }
        Err(e) => Err(Error::io(&file, e)),
    }
}

fn husky_header(legacy: bool) -> &'static str {
    if legacy {
        "#!/usr/bin/env sh\n. \"$(dirname -- \"$0\")/_/husky.sh\"\n\n"
    } else {
        ""
    }
}

/// Remove keyhook's block from `.husky/<hook>`; delete the file if keyhook created it.
pub fn husky_uninstall(husky_dir: &Path, legacy: bool, hook: &str) -> Result<Uninstalled> {
    check_hook_name(hook)?;
    let path = husky_dir.join(hook);
    let Ok(bytes) = std::fs::read(&path) else {
        return Ok(Uninstalled::NotInstalled { path });
    };
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let Some((s, e)) = block_range(&text) else {
        return Ok(Uninstalled::NotInstalled { path });
    };
    let rest = format!("{}{}", &text[..s], &text[e..]);
    if rest.is_empty() || rest == husky_header(legacy) {
        std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
    } else {
        write_mode(&path, &rest, mode_of(&path))?;
    }
    Ok(Uninstalled::Removed {
        path,
        restored: None,
    })
}

/// The lefthook command keyhook adds.
pub fn lefthook_snippet(hook: &str) -> String {
    format!("{hook}:\n  commands:\n    keyhook:\n      run: keyhook run --hook {hook}\n")
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_blank_or_comment(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#')
}

/// Add a `keyhook` command to the `<hook>` section of a lefthook configuration. Only simple
/// block-style YAML is edited; anything else yields [`Managed::Manual`].
pub fn lefthook_install(file: &Path, hook: &str) -> Result<Managed> {
    check_hook_name(hook)?;
    let bytes = std::fs::read(file).map_err(|e| Error::io(file, e))?;
    let manual = || Managed::Manual {
        file: file.to_path_buf(),
        snippet: lefthook_snippet(hook),
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return Ok(manual());
    };
    if text.contains('\t') || text.contains("\r\n") {
        return Ok(manual());
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let key = format!("{hook}:");
    let section = lines.iter().position(|l| {
        let t = l.trim_end();
        indent_of(l) == 0 && (t == key || t.starts_with(&format!("{key} #")))
    });
    let offset = |i: usize| lines[..i].iter().map(|l| l.len()).sum::<usize>();
    let with_newline = |s: &str| {
        if s.is_empty() || s.ends_with('\n') {
            s.to_string()
        } else {
            format!("{s}\n")
        }
    };
    let Some(sec) = section else {
        // A top-level key of another form (`pre-commit: {…}`, anchors) means: hands off.
        if lines
            .iter()
            .any(|l| indent_of(l) == 0 && l.starts_with(&key))
        {
            return Ok(manual());
        }
        // No blank separator line: uninstall then restores the file exactly.
        let new = format!("{}{}", with_newline(&text), lefthook_snippet(hook));
        write_mode(file, &new, mode_of(file))?;
        return Ok(Managed::Added {
            file: file.to_path_buf(),
            created: false,
        });
    };
    // The section's body: following lines that are indented, blank or comments.
    let mut end = sec + 1;
    while end < lines.len() && (indent_of(lines[end]) > 0 || is_blank_or_comment(lines[end])) {
        end += 1;
    }
    let body = &lines[sec + 1..end];
    let child = body
        .iter()
        .find(|l| !is_blank_or_comment(l))
        .map(|l| indent_of(l))
        .unwrap_or(2);
    if child == 0 {
        return Ok(manual());
    }
    let commands = body
        .iter()
        .position(|l| indent_of(l) == child && l.trim() == "commands:");
    if body.iter().any(|l| {
        indent_of(l) == child && l.trim_start().starts_with("commands:") && l.trim() != "commands:"
    }) {
        return Ok(manual());
    }
    let pad = |n: usize| " ".repeat(n);
    let (at, entry) = match commands {
        Some(c) => {
            let c_abs = sec + 1 + c;
            let mut k = c_abs + 1;
            let mut grand = None;
            while k < end {
                let l = lines[k];
                if !is_blank_or_comment(l) {
                    if indent_of(l) <= child {
                        break;
                    }
                    if grand.is_none() {
                        grand = Some(indent_of(l));
                    }
                    if Some(indent_of(l)) == grand && l.trim() == "keyhook:" {
                        return Ok(Managed::Present {
                            file: file.to_path_buf(),
                        });
                    }
                }
                k += 1;
            }
            let g = grand.unwrap_or(child * 2);
            let step = g - child;
            (
                offset(c_abs + 1),
                format!(
                    "{}keyhook:\n{}run: keyhook run --hook {hook}\n",
                    pad(g),
                    pad(g + step)
                ),
            )
        }
        None => (
            offset(sec + 1),
            format!(
                "{}commands:\n{}keyhook:\n{}run: keyhook run --hook {hook}\n",
                pad(child),
                pad(child * 2),
                pad(child * 3)
            ),
        ),
    };
    if at > 0 && !text[..at].ends_with('\n') {
        return Ok(manual());
    }
    let new = format!("{}{}{}", &text[..at], entry, &text[at..]);
    write_mode(file, &new, mode_of(file))?;
    Ok(Managed::Added {
        file: file.to_path_buf(),
        created: false,
    })
}

/// Remove what [`lefthook_install`] added. Returns `false` when keyhook's command is not there
/// in the form keyhook writes it (then the user removes it by hand).
pub fn lefthook_uninstall(file: &Path, hook: &str) -> Result<bool> {
    let Ok(text) = std::fs::read_to_string(file) else {
        return Ok(false);
    };
    let snippet = lefthook_snippet(hook);
    let at_line_start = |i: usize| i == 0 || text.as_bytes()[i - 1] == b'\n';
    if let Some(i) = text
        .match_indices(&snippet)
        .map(|(i, _)| i)
        .find(|&i| at_line_start(i))
    {
        let new = format!("{}{}", &text[..i], &text[i + snippet.len()..]);
        write_mode(file, &new, mode_of(file))?;
        return Ok(true);
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let run = format!("run: keyhook run --hook {hook}");
    for i in 0..lines.len().saturating_sub(1) {
        let (a, b) = (lines[i], lines[i + 1]);
        if a.trim() == "keyhook:" && b.trim() == run && indent_of(b) > indent_of(a) {
            let mut from = i;
            let to = i + 2;
            // The `commands:` line keyhook added along with the entry, if nothing else is in it.
            if i > 0 && lines[i - 1].trim() == "commands:" && indent_of(lines[i - 1]) < indent_of(a)
            {
                let next_deeper = lines[to..]
                    .iter()
                    .find(|l| !is_blank_or_comment(l))
                    .is_some_and(|l| indent_of(l) > indent_of(lines[i - 1]));
                if !next_deeper {
                    from = i - 1;
                }
            }
            let new: String = lines[..from].concat() + &lines[to..].concat();
            write_mode(file, &new, mode_of(file))?;
            return Ok(true);
        }
    }
    Ok(false)
}

/// Does the lefthook configuration run keyhook for `hook`?
pub fn lefthook_has(file: &Path, hook: &str) -> bool {
    let Ok(text) = std::fs::read_to_string(file) else {
        return false;
    };
    text.contains(&format!("keyhook run --hook {hook}"))
        || (hook == "pre-commit" && text.contains("keyhook run\n"))
}

/// Record the binary's path in the repository's config (for hook-manager blocks).
pub fn record_binary(repo: &gix::Repository, bin: &Path) -> Result<()> {
    let config = absolute(repo.common_dir()).join("config");
    let out = std::process::Command::new("git")
        .arg("config")
        .arg("--file")
        .arg(&config)
        .arg(BIN_CONFIG_KEY)
        .arg(bin)
        .output()
        .map_err(|e| Error::io("git", e))?;
    if !out.status.success() {
        return Err(Error::Install(format!(
            "could not record {BIN_CONFIG_KEY} in {}: {}",
            config.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Global install

/// Hooks the global hooks directory passes through to each repository's own hooks (setting
/// `core.hooksPath` globally would otherwise switch them all off).
pub const GIT_HOOKS: &[&str] = &[
    "applypatch-msg",
    "pre-applypatch",
    "post-applypatch",
    "pre-commit",
    "pre-merge-commit",
    "prepare-commit-msg",
    "commit-msg",
    "post-commit",
    "pre-rebase",
    "post-checkout",
    "post-merge",
    "pre-push",
    "pre-receive",
    "update",
    "proc-receive",
    "post-receive",
    "post-update",
    "reference-transaction",
    "push-to-checkout",
    "pre-auto-gc",
    "post-rewrite",
    "sendemail-validate",
    "post-index-change",
];

/// keyhook's global hooks directory: `$XDG_CONFIG_HOME/keyhook/hooks` (else
/// `~/.config/keyhook/hooks`).
pub fn global_hooks_dir() -> Result<PathBuf> {
    let base = match std::env::var_os("XDG_CONFIG_HOME").filter(|v| !v.is_empty()) {
        Some(x) => PathBuf::from(x),
        None => match std::env::var_os("HOME").filter(|v| !v.is_empty()) {
            Some(h) => PathBuf::from(h).join(".config"),
            None => {
                return Err(Error::Install(
                    "neither XDG_CONFIG_HOME nor HOME is set: no place for global hooks".into(),
                ))
            }
        },
    };
    Ok(base.join("keyhook").join("hooks"))
}

/// Is `dir` keyhook's global hooks directory?
pub fn is_global_dir(dir: &Path) -> bool {
    global_hooks_dir().is_ok_and(|g| same_dir(dir, &g))
}

fn git_global(args: &[&str]) -> Result<std::process::Output> {
    std::process::Command::new("git")
        .arg("config")
        .arg("--global")
        .args(args)
        .output()
        .map_err(|e| Error::io("git", e))
}

/// The global `core.hooksPath`, if set.
pub fn global_hooks_path() -> Result<Option<String>> {
    let out = git_global(&["--get", "core.hooksPath"])?;
    let v = String::from_utf8_lossy(&out.stdout).trim().to_string();
    Ok((out.status.success() && !v.is_empty()).then_some(v))
}

fn same_dir(a: &Path, b: &Path) -> bool {
    let c = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| normalize(&absolute(p)));
    c(a) == c(b)
}

fn expand_home(p: &str) -> PathBuf {
    match (p.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(h)) => PathBuf::from(h).join(rest),
        _ => PathBuf::from(p),
    }
}

/// `keyhook install --global`: shims in keyhook's global hooks directory (the checked hooks run
/// each repository's own hook first; every other hook passes through), and the global
/// `core.hooksPath` pointing there. Refuses to replace another global `core.hooksPath`.
pub fn install_global(hooks: &[&str], bin: &Path) -> Result<(PathBuf, Vec<Installed>)> {
    let dir = global_hooks_dir()?;
    if let Some(current) = global_hooks_path()? {
        if !same_dir(&expand_home(&current), &dir) {
            return Err(Error::Install(format!(
                "the global core.hooksPath is already set to {current}: keyhook will not replace \
                 another tool's hooks directory. Add keyhook to the pre-commit hook there \
                 (`\"{}\" run --hook pre-commit`), or unset it first \
                 (git config --global --unset core.hooksPath) and run keyhook install --global again.",
                bin.display()
            )));
        }
    }
    let mut done = Vec::new();
    for hook in GIT_HOOKS.iter().copied().chain(hooks.iter().copied()) {
        let kind = if hooks.contains(&hook) {
            ShimKind::Global
        } else {
            ShimKind::PassThrough
        };
        let r = install_kind(&dir, hook, bin, kind)?;
        if hooks.contains(&hook)
            && !done
                .iter()
                .any(|d: &Installed| installed_path(d) == installed_path(&r))
        {
            done.push(r);
        }
    }
    let out = git_global(&["core.hooksPath", &dir.to_string_lossy()])?;
    if !out.status.success() {
        return Err(Error::Install(format!(
            "git config --global core.hooksPath failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok((dir, done))
}

fn installed_path(i: &Installed) -> &Path {
    match i {
        Installed::New { path, .. }
        | Installed::Unchanged { path }
        | Installed::Upgraded { path } => path,
    }
}

/// `keyhook uninstall --global`: remove keyhook's shims from the global hooks directory and
/// unset the global `core.hooksPath` if it points there. Returns whether anything was removed.
pub fn uninstall_global() -> Result<bool> {
    let dir = global_hooks_dir()?;
    let mut removed = false;
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for e in entries.flatten() {
            let p = e.path();
            if e.file_type().is_ok_and(|t| t.is_file()) {
                let text =
                    String::from_utf8_lossy(&std::fs::read(&p).unwrap_or_default()).into_owned();
                if is_shim(&text) {
                    std::fs::remove_file(&p).map_err(|e| Error::io(&p, e))?;
                    removed = true;
                }
            }
        }
        let _ = std::fs::remove_dir(&dir);
    }
    if let Some(current) = global_hooks_path()? {
        if same_dir(&expand_home(&current), &dir) {
            let out = git_global(&["--unset", "core.hooksPath"])?;
            if !out.status.success() {
                return Err(Error::Install(format!(
                    "git config --global --unset core.hooksPath failed: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                )));
            }
            removed = true;
        }
    }
    Ok(removed)
}

/// Work trees of the (initialised) submodules of the repository at `root`, recursively.
pub fn submodule_paths(root: &Path) -> Result<Vec<PathBuf>> {
    let out = std::process::Command::new("git")
        .current_dir(root)
        .args(["submodule", "foreach", "--recursive", "--quiet", "pwd"])
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .map_err(|e| Error::io("git", e))?;
    if !out.status.success() {
        return Err(Error::Install(format!(
            "listing submodules failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(PathBuf::from)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_single_pass() {
        let s = shim("pre-commit", Path::new("/opt/@HOOK@/it's/keyhook"), None);
        assert!(s.contains("KEYHOOK_BAKED='/opt/@HOOK@/it'\\''s/keyhook'"));
        assert_eq!(
            shim_binary(&s).as_deref(),
            Some(Path::new("/opt/@HOOK@/it's/keyhook"))
        );
        assert!(is_shim(&s));
        assert_eq!(shim_version(&s).as_deref(), Some(env!("CARGO_PKG_VERSION")));
        assert!(!s.contains('\r'));
    }

    #[test]
    fn lefthook_edits() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("lefthook.yml");
        let cases = [
            ("", "pre-commit:\n  commands:\n    keyhook:\n      run: keyhook run --hook pre-commit\n"),
            (
                "pre-commit:\n  parallel: true\n  commands:\n    lint:\n      run: npm run lint\n",
                "pre-commit:\n  parallel: true\n  commands:\n    keyhook:\n      run: keyhook run --hook pre-commit\n    lint:\n      run: npm run lint\n",
            ),
            (
                "pre-push:\n    commands:\n        t:\n            run: x\npre-commit:\n    parallel: true\n",
                "pre-push:\n    commands:\n        t:\n            run: x\npre-commit:\n    commands:\n        keyhook:\n            run: keyhook run --hook pre-commit\n    parallel: true\n",
            ),
        ];
        for (before, after) in cases {
            std::fs::write(&f, before).unwrap();
            assert!(matches!(
                lefthook_install(&f, "pre-commit").unwrap(),
                Managed::Added { .. }
            ));
            assert_eq!(std::fs::read_to_string(&f).unwrap(), after);
            assert!(matches!(
                lefthook_install(&f, "pre-commit").unwrap(),
                Managed::Present { .. }
            ));
            assert!(lefthook_has(&f, "pre-commit"));
            assert!(lefthook_uninstall(&f, "pre-commit").unwrap());
            assert_eq!(std::fs::read_to_string(&f).unwrap(), before);
            assert!(!lefthook_uninstall(&f, "pre-commit").unwrap());
        }
        std::fs::write(&f, "pre-push:\n  commands:\n    t:\n      run: x\n").unwrap();
        lefthook_install(&f, "pre-commit").unwrap();
        assert!(lefthook_uninstall(&f, "pre-commit").unwrap());
        assert_eq!(
            std::fs::read_to_string(&f).unwrap(),
            "pre-push:\n  commands:\n    t:\n      run: x\n"
        );
        std::fs::write(&f, "pre-commit: {commands: {}}\n").unwrap();
        assert!(matches!(
            lefthook_install(&f, "pre-commit").unwrap(),
            Managed::Manual { .. }
        ));
    }
}
