//! The pipeline wired together: staged changes (or files) → added lines → candidates → allow
//! stage → findings. Files are scanned in parallel on large commits.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::added;
use crate::allow::Allowlist;
use crate::config::{self, Settings};
use crate::detect::Detector;
use crate::envfile::{self, EnvKind};
use crate::error::{Error, Result};
use crate::report::{Finding, FindingKind};
use crate::staged;
use crate::stream;
use gix::bstr::ByteSlice;

/// Files above this many in one commit are scanned on several threads.
const PARALLEL_THRESHOLD: usize = 8;

/// The result of a scan: what blocks, and anything that was skipped (said, never silent).
#[derive(Debug, Default)]
pub struct Outcome {
    pub findings: Vec<Finding>,
    /// Human-readable notes about what was not scanned and why.
    pub skipped: Vec<String>,
    /// How many files' contents were scanned.
    pub files_scanned: usize,
    /// Config fingerprint entries that matched something.
    pub used_fingerprints: std::collections::HashSet<String>,
}

/// Options shared by every scanning command.
#[derive(Debug, Default, Clone)]
pub struct Options {
    /// One-off allowed fingerprints (`--allow`, `KEYHOOK_ALLOW`).
    pub allow: Vec<String>,
    /// A baseline file: findings it lists are not reported.
    pub baseline: Option<PathBuf>,
}

/// The allow stage for these settings and options (loads the baseline, if any).
pub fn allowlist(settings: Settings, opts: &Options) -> Result<Allowlist> {
    let mut allow = Allowlist::new(settings, opts.allow.clone());
    if let Some(b) = &opts.baseline {
        allow.baseline = crate::allow::read_baseline(b)?;
    }
    Ok(allow)
}

/// Fingerprints from `KEYHOOK_ALLOW` (comma- or space-separated).
pub fn env_allow() -> Vec<String> {
    std::env::var("KEYHOOK_ALLOW")
        .unwrap_or_default()
        .split([',', ' '])
        .map(|s| s.trim().to_ascii_lowercase())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Build the detector for these settings: built-in rules, then the repository's custom rules,
/// minus disabled ones.
pub fn detector(settings: &Settings) -> Result<Detector> {
    let mut specs = crate::rules::builtin_rules()?;
    specs.retain(|s| !s.optional || settings.config.enable.contains(&s.id));
    let custom = settings.config.rules.clone();
    for c in &custom {
        if specs.iter().any(|s| s.id == c.id) {
            return Err(Error::Config {
                path: settings.source.clone(),
                line: 1,
                column: 1,
                message: format!("custom rule id `{}` collides with a built-in rule", c.id),
            });
        }
    }
    // Custom rules first: a repository's own formats are more specific than the generic rules.
    let mut all = custom;
    all.append(&mut specs);
    Detector::new(all, &settings.config.disable)
}

/// What the pre-commit hook checks: the staged changes of the repository at `dir` (or the one
/// git's environment names).
pub fn scan_staged(dir: &Path, opts: &Options) -> Result<Outcome> {
    let repo = staged::open(dir)?;
    let index = staged::index(&repo)?;
    let changes = staged::changes(&repo, &index)?;
    let mut outcome = Outcome::default();
    if changes.is_empty() {
        return Ok(outcome);
    }
    let settings = match staged::staged_file(&repo, &index, config::FILE_NAME)? {
        Some(bytes) => Settings::parse(config::FILE_NAME, &bytes)?,
        None => Settings::default(),
    };
    let allow = allowlist(settings, opts)?;
    let det = detector(&allow.settings)?;

    // `.env` files: blocked by name, whatever they contain.
    let mut content: Vec<&staged::Change> = Vec::with_capacity(changes.len());
    let mut excludes = None;
    for change in &changes {
        let kind = envfile::classify(
            &change.path,
            &allow.settings.env_block,
            &allow.settings.env_exempt,
        );
        if kind != EnvKind::Secrets {
            if change.path.as_slice() != config::FILE_NAME.as_bytes() {
                content.push(change);
            }
            continue;
        }
        let path = String::from_utf8_lossy(&change.path).into_owned();
        if excludes.is_none() {
            excludes = Some(
                repo.excludes(
                    &index,
                    None,
                    gix::worktree::stack::state::ignore::Source::WorktreeThenIdMappingIfNotSkipped,
                )
                .map_err(|e| Error::git("reading .gitignore", e))?,
            );
        }
        let ignored = match excludes.as_mut() {
            Some(x) => x
                .at_entry(change.path.as_bstr(), Some(gix::index::entry::Mode::FILE))
                .map(|p| p.is_excluded())
                .unwrap_or(false),
            None => false,
        };
        outcome.findings.push(env_finding(&path, ignored));
    }

    let sync = repo.clone().into_sync();
    let notes: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let note = |n: String| notes.lock().unwrap_or_else(|p| p.into_inner()).push(n);
    let work = |change: &staged::Change, repo: &gix::Repository| -> Result<Vec<Finding>> {
        let path = String::from_utf8_lossy(&change.path).into_owned();
        if allow.path_allowed(&path) {
            return Ok(Vec::new());
        }
        let size = stream::object_size(repo, change.new)?;
        if size > stream::HUGE_BLOB {
            if let Some(reader) = stream::open_loose(repo, change.new)? {
                note(format!(
                    "{path}: {} MB, scanned in windows with every line treated as added (too large to diff against HEAD)",
                    size >> 20
                ));
                return Ok(stream::scan_reader(&det, &allow, &path, reader)?.unwrap_or_default());
            }
            if let Some(reader) = stream::open_packed(repo, change.new)? {
                note(format!(
                    "{path}: {} MB, scanned in windows with every line treated as added (too large to diff against HEAD)",
                    size >> 20
                ));
                return Ok(stream::scan_reader(&det, &allow, &path, reader)?.unwrap_or_default());
            }
            note(format!(
                "{path}: {} MB stored as a delta, read whole to scan it",
                size >> 20
            ));
        }
        let new = added::as_text(staged::blob(repo, change.new)?);
        if added::is_binary(&new) {
            return Ok(key_store(&allow, &path, &new));
        }
        let old = match change.old {
            Some(id) if stream::object_size(repo, id)? <= stream::HUGE_BLOB => {
                let old = added::as_text(staged::blob(repo, id)?);
                if added::is_binary(&old) {
                    Vec::new()
                } else {
                    old
                }
            }
            Some(_) => {
                note(format!(
                    "{path}: the HEAD version is too large to diff; every staged line was scanned"
                ));
                Vec::new()
            }
            None => Vec::new(),
        };
        scan_blob_pair(&det, &allow, &path, &old, &new)
    };
    let results = run_parallel(&content, |c, r| work(c, r), &sync, &repo)?;
    outcome.files_scanned = content.len();
    for mut f in results {
        outcome.findings.append(&mut f);
    }
    outcome
        .skipped
        .extend(notes.into_inner().unwrap_or_else(|p| p.into_inner()));
    crate::report::sort(&mut outcome.findings);
    Ok(outcome)
}

/// Run `work` over `items`, on several threads when there are many; first error wins.
fn run_parallel<T: Sync, R: Send>(
    items: &[T],
    work: impl Fn(&T, &gix::Repository) -> Result<R> + Sync,
    sync: &gix::ThreadSafeRepository,
    repo: &gix::Repository,
) -> Result<Vec<R>> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(8);
    if items.len() < PARALLEL_THRESHOLD || threads < 2 {
        return items.iter().map(|i| work(i, repo)).collect();
    }
    parallel(
        items,
        threads,
        1,
        false,
        || sync.to_thread_local(),
        |i, repo: &mut gix::Repository| work(i, repo),
    )
}

/// Run `work` over `items` on `threads` workers, each with its own state (a repository handle,
/// caches) from `make_state`, taking `chunk` consecutive items at a time (from the last item backwards when
/// `reverse`); results in the order of `items`; the first error wins and stops the others.
pub fn parallel<T: Sync, R: Send, S>(
    items: &[T],
    threads: usize,
    chunk: usize,
    reverse: bool,
    make_state: impl Fn() -> S + Sync,
    work: impl Fn(&T, &mut S) -> Result<R> + Sync,
) -> Result<Vec<R>> {
    let chunk = chunk.max(1);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, R)>> = Mutex::new(Vec::with_capacity(items.len()));
    let error: Mutex<Option<Error>> = Mutex::new(None);
    std::thread::scope(|s| {
        for _ in 0..threads.max(1) {
            s.spawn(|| {
                let mut state = make_state();
                let mut local = Vec::new();
                'outer: loop {
                    let start = next.fetch_add(chunk, Ordering::Relaxed);
                    if start >= items.len() {
                        break;
                    }
                    for p in start..(start + chunk).min(items.len()) {
                        let i = if reverse { items.len() - 1 - p } else { p };
                        match work(&items[i], &mut state) {
                            Ok(r) => local.push((i, r)),
                            Err(e) => {
                                error
                                    .lock()
                                    .unwrap_or_else(|p| p.into_inner())
                                    .get_or_insert(e);
                                next.store(items.len(), Ordering::Relaxed);
                                break 'outer;
                            }
                        }
                    }
                }
                results
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .append(&mut local);
            });
        }
    });
    if let Some(e) = error.into_inner().unwrap_or_else(|p| p.into_inner()) {
        return Err(e);
    }
    let mut results = results.into_inner().unwrap_or_else(|p| p.into_inner());
    results.sort_by_key(|(i, _)| *i);
    Ok(results.into_iter().map(|(_, r)| r).collect())
}

/// Added lines of `new` relative to `old`, detected and judged.
pub fn scan_blob_pair(
    det: &Detector,
    allow: &Allowlist,
    path: &str,
    old: &[u8],
    new: &[u8],
) -> Result<Vec<Finding>> {
    scan_pair_with(det, allow, path, old, new, added::added_lines)
}

/// `scan_blob_pair` with `added_lines` (old lines, new lines → indices of added new lines)
/// deciding which lines count as added.
pub fn scan_pair_with(
    det: &Detector,
    allow: &Allowlist,
    path: &str,
    old: &[u8],
    new: &[u8],
    added_lines: added::AddedLines,
) -> Result<Vec<Finding>> {
    let new_lines = added::split_lines(new);
    let old_lines = added::split_lines(old);
    let added = added_lines(&old_lines, &new_lines);
    findings_in(det, allow, path, new, &new_lines, &added)
}

/// The findings in the `added` lines of a file version (`text`, split into `lines`):
/// detection, then the allow stage.
pub fn findings_in(
    det: &Detector,
    allow: &Allowlist,
    path: &str,
    text: &[u8],
    lines: &[&[u8]],
    added: &[usize],
) -> Result<Vec<Finding>> {
    if added.is_empty() {
        return Ok(Vec::new());
    }
    let mut candidates = Vec::new();
    det.scan_file(path, text, lines, added, &mut candidates)?;
    let mut found: Vec<Finding> = candidates
        .into_iter()
        .filter_map(|c| allow.judge(det, path, lines, c).ok())
        .collect();
    if added[0] == 0 {
        if let Some((store, key)) = crate::keyfile::text_key_file(path, lines) {
            found.extend(allow.judge_key_file(path, store, key, 1));
        }
    }
    Ok(found)
}

/// A binary file is not scanned line by line; it is a finding when it is a key store holding a
/// private key (`keyfile`).
pub fn key_store(allow: &Allowlist, path: &str, data: &[u8]) -> Vec<Finding> {
    crate::keyfile::private_key_store(data)
        .and_then(|store| allow.judge_key_file(path, store, data, 0))
        .into_iter()
        .collect()
}

/// The finding for a staged `.env` file.
pub fn env_finding(path: &str, ignored: bool) -> Finding {
    let why = if ignored {
        ".env file staged although .gitignore ignores it (force-added with `git add -f`?)"
    } else {
        ".env file staged: .gitignore does not cover it"
    };
    Finding {
        kind: FindingKind::EnvFile,
        path: path.to_string(),
        line: 0,
        column: 0,
        rule: "env-file".into(),
        description: why.into(),
        provider: String::new(),
        redacted: String::new(),
        fingerprint: crate::allow::fingerprint("env-file", path.as_bytes()),
        rotate: None,
        verified_checksum: false,
        note: None,
        commit: None,
    }
}

/// The directory whose `.keyhook.toml` applies to a scan started in `start`: the enclosing work
/// tree's root, else `start` itself.
pub fn config_root(start: &Path) -> PathBuf {
    let abs = std::fs::canonicalize(start).unwrap_or_else(|_| start.to_path_buf());
    let mut dir = if abs.is_dir() {
        abs.clone()
    } else {
        abs.parent().map(Path::to_path_buf).unwrap_or(abs.clone())
    };
    loop {
        if dir.join(".git").exists() {
            return dir;
        }
        if !dir.pop() {
            return if abs.is_dir() {
                abs
            } else {
                abs.parent().map(Path::to_path_buf).unwrap_or(abs)
            };
        }
    }
}

/// `keyhook scan PATH…`: whole files (every line counts as added), walking directories with
/// `.gitignore` honoured. Named files are scanned even if ignored.
pub fn scan_paths(paths: &[PathBuf], opts: &Options) -> Result<Outcome> {
    let paths: Vec<PathBuf> = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.to_vec()
    };
    let root = config_root(&paths[0]);
    let settings = Settings::load_dir(&root)?;
    let allow = allowlist(settings, opts)?;
    let det = detector(&allow.settings)?;
    let mut files: Vec<PathBuf> = Vec::new();
    let mut outcome = Outcome::default();
    for p in &paths {
        let meta = std::fs::symlink_metadata(p).map_err(|e| Error::io(p, e))?;
        if meta.is_file() {
            files.push(p.clone());
            continue;
        }
        if !meta.is_dir() {
            outcome
                .skipped
                .push(format!("{}: not a regular file", p.display()));
            continue;
        }
        let walker = ignore::WalkBuilder::new(p)
            .hidden(false)
            .git_ignore(true)
            .git_exclude(true)
            .git_global(true)
            .require_git(false)
            .follow_links(false)
            .filter_entry(|e| e.file_name() != ".git")
            .build();
        for entry in walker {
            let entry = entry.map_err(|e| Error::Usage(format!("walking {}: {e}", p.display())))?;
            if entry.file_type().is_some_and(|t| t.is_file()) {
                files.push(entry.into_path());
            }
        }
    }
    files.sort();
    files.dedup();
    // Many files, each too small to pay for the keyword DFA's build on its own: built once,
    // it serves them all.
    if files.len() >= 64 {
        det.use_dfa();
    }
    let display = |p: &Path| -> String {
        let s = p.to_string_lossy();
        s.strip_prefix("./").unwrap_or(&s).to_string()
    };
    let skipped: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(8);
    let per_file = parallel(
        &files,
        threads,
        1,
        false,
        || (),
        |file, _| {
            let path = display(file);
            let rel = file
                .canonicalize()
                .ok()
                .and_then(|abs| {
                    abs.strip_prefix(&root)
                        .ok()
                        .map(|r| r.to_string_lossy().into_owned())
                })
                .unwrap_or_else(|| path.clone());
            let name = envfile::classify(
                rel.as_bytes(),
                &allow.settings.env_block,
                &allow.settings.env_exempt,
            );
            if name == EnvKind::Secrets {
                return Ok(vec![env_finding(&path, false)]);
            }
            if rel == config::FILE_NAME || allow.path_allowed(&rel) {
                return Ok(Vec::new());
            }
            let len = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
            if len > stream::HUGE_BLOB {
                let f = std::fs::File::open(file).map_err(|e| Error::io(file, e))?;
                skipped
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .push(format!("{path}: {} MB, scanned in windows", len >> 20));
                return Ok(stream::scan_reader(&det, &allow, &path, f)?.unwrap_or_default());
            }
            let data = added::as_text(std::fs::read(file).map_err(|e| Error::io(file, e))?);
            if added::is_binary(&data) {
                return Ok(key_store(&allow, &path, &data));
            }
            scan_blob_pair(&det, &allow, &path, &[], &data)
        },
    )?;
    outcome.findings = per_file.into_iter().flatten().collect();
    outcome
        .skipped
        .extend(skipped.into_inner().unwrap_or_else(|p| p.into_inner()));
    outcome.files_scanned = files.len();
    outcome.used_fingerprints = allow.used.into_inner().unwrap_or_else(|p| p.into_inner());
    crate::report::sort(&mut outcome.findings);
    Ok(outcome)
}
