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

fn absolute(p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(p))
            .unwrap_or_else(|_| p.to_path_buf())
    }
}

/// Single-quote a string for POSIX sh.
pub fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// The shim text for `hook`, calling `bin`, chaining `chained` (a file name in the same
/// directory) if any.
pub fn shim(hook: &str, bin: &Path, chained: Option<&str>) -> String {
    SHIM_TEMPLATE
        .replace("@VERSION@", env!("CARGO_PKG_VERSION"))
        .replace("@HOOK@", hook)
        .replace("@BIN@", &sh_quote(&bin.to_string_lossy()))
        .replace("@CHAINED@", &sh_quote(chained.unwrap_or("")))
}

/// Is this file content keyhook's shim?
pub fn is_shim(content: &str) -> bool {
    content
        .lines()
        .nth(1)
        .is_some_and(|l| l.starts_with(MARKER))
}

/// The chained hook file name recorded in a shim.
pub fn shim_chained(content: &str) -> Option<String> {
    let line = content
        .lines()
        .find(|l| l.starts_with("KEYHOOK_CHAINED="))?;
    let v = line.trim_start_matches("KEYHOOK_CHAINED=");
    let v = v.trim_matches('\'').replace("'\\''", "'");
    (!v.is_empty()).then_some(v)
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
    /// An older shim was replaced in place.
    Upgraded { path: PathBuf },
}

/// Write `content` to `path` atomically with mode 0755.
fn write_executable(path: &Path, content: &str) -> Result<()> {
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
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o755))
            .map_err(|e| Error::io(&tmp, e))?;
    }
    std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))
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

/// Install the shim for `hook` into `dir`, calling `bin`.
pub fn install_into(dir: &Path, hook: &str, bin: &Path) -> Result<Installed> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let path = dir.join(hook);
    let existing = std::fs::symlink_metadata(&path).ok();
    if let Some(meta) = &existing {
        if meta.is_file() {
            let old = std::fs::read_to_string(&path).unwrap_or_default();
            if is_shim(&old) {
                let chained = shim_chained(&old);
                let new = shim(hook, bin, chained.as_deref());
                if new == old {
                    return Ok(Installed::Unchanged { path });
                }
                write_executable(&path, &new)?;
                return Ok(Installed::Upgraded { path });
            }
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
    write_executable(&path, &shim(hook, bin, chained.as_deref()))?;
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
    let path = dir.join(hook);
    let content = match std::fs::symlink_metadata(&path) {
        Ok(m) if m.is_file() => std::fs::read_to_string(&path).unwrap_or_default(),
        _ => return Ok(Uninstalled::NotInstalled { path }),
    };
    if !is_shim(&content) {
        return Ok(Uninstalled::NotInstalled { path });
    }
    let chained = shim_chained(&content);
    std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
    let mut restored = None;
    if let Some(name) = chained {
        let backup = dir.join(&name);
        if std::fs::symlink_metadata(&backup).is_ok() {
            std::fs::rename(&backup, &path).map_err(|e| Error::io(&backup, e))?;
            restored = Some(name);
        }
    }
    Ok(Uninstalled::Removed { path, restored })
}

/// The repository for install commands: must have a work tree.
pub fn open_for_install(dir: &Path) -> Result<gix::Repository> {
    let repo = crate::staged::open(dir)?;
    if repo.workdir().is_none() {
        return Err(Error::Install(format!(
            "{} is a bare repository: it has no work tree, so nothing is committed there and a \
             pre-commit hook would never run. Install keyhook in a clone instead.",
            repo.git_dir().display()
        )));
    }
    Ok(repo)
}

/// The absolute path of the running keyhook binary (baked into the shim).
pub fn current_exe() -> Result<PathBuf> {
    let exe = std::env::current_exe().map_err(|e| Error::io("current executable", e))?;
    Ok(std::fs::canonicalize(&exe).unwrap_or(exe))
}
