//! History audit and the pre-push backstop: the lines each commit added, scanned once.
//!
//! Commits are selected with a gix revision walk (tips minus hidden commits). Each commit's tree
//! is compared with its first parent's tree (the empty tree for a root commit) by walking both
//! trees and descending only where ids differ, so no `blob-diff` machinery is needed. Every
//! (old blob, new blob) pair is scanned once, by `engine::scan_pair_with`, attributed to the
//! oldest commit that has it; findings are then reduced to one per (path, fingerprint): the
//! commit that first introduced that secret in that file. A line counts as added when the old
//! blob has its content fewer times (`added::new_content_lines`, no line diff). Pairs are read
//! in pack order through `packs::Reader`, which keeps decoded objects by pack offset.
//!
//! "Still present at HEAD" compares fingerprints with a scan of the **same path's blob at HEAD**
//! (detection only: an allow annotation added later does not hide a leaked key).

use std::collections::{HashMap, HashSet};
use std::io::IsTerminal;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use gix::bstr::{BString, ByteSlice};
use gix::ObjectId;

use crate::added;
use crate::allow;
use crate::config::{self, Settings};
use crate::detect::Detector;
use crate::engine::{self, Options, Outcome};
use crate::envfile::{self, EnvKind};
use crate::error::{Error, Result};
use crate::packs::{Packs, Reader};
use crate::report::{CommitInfo, Finding, FindingKind};
use crate::staged;

/// Which lines of a file version count as added: those whose content the parent's version does
/// not have (no line diff: a line that merely moved was introduced by an older commit).
const NEW_LINES: added::AddedLines = added::new_content_lines;

/// Progress lines on stderr every this many commits.
const PROGRESS_EVERY: usize = 1000;

/// Which commits to scan: reachable from `tips`, not reachable from `hidden`.
#[derive(Debug, Default, Clone)]
pub struct Selection {
    pub tips: Vec<ObjectId>,
    pub hidden: Vec<ObjectId>,
}

/// Whether to print progress: `--progress`, or stderr is a terminal.
pub fn progress_wanted(flag: bool) -> bool {
    flag || std::io::stderr().is_terminal()
}

/// `keyhook scan --history [RANGE]`: the commits of `range` (default: everything reachable
/// from HEAD) in the repository at `dir`.
pub fn scan_history(
    dir: &Path,
    range: Option<&str>,
    opts: &Options,
    progress: bool,
) -> Result<Outcome> {
    let repo = staged::open(dir)?;
    let sel = match range.map(str::trim).filter(|r| !r.is_empty()) {
        Some(r) => parse_range(&repo, r)?,
        None => match head_commit(&repo)? {
            Some(id) => Selection {
                tips: vec![id],
                hidden: Vec::new(),
            },
            None => return Ok(Outcome::default()), // unborn HEAD: no history yet
        },
    };
    scan_selection(&repo, &sel, opts, progress)
}

/// HEAD's commit, `None` on an unborn branch.
fn head_commit(repo: &gix::Repository) -> Result<Option<ObjectId>> {
    let mut head = repo.head().map_err(|e| Error::git("reading HEAD", e))?;
    if head.is_unborn() {
        return Ok(None);
    }
    let commit = head
        .peel_to_commit()
        .map_err(|e| Error::git("resolving HEAD to a commit", e))?;
    Ok(Some(commit.id))
}

/// Peel any object (e.g. an annotated tag) to its commit.
fn to_commit(repo: &gix::Repository, id: ObjectId, what: &str) -> Result<ObjectId> {
    let obj = repo
        .find_object(id)
        .map_err(|e| Error::git(format!("reading {what}"), e))?;
    let commit = obj
        .peel_to_commit()
        .map_err(|e| Error::git(format!("{what} is not a commit"), e))?;
    Ok(commit.id)
}

/// A revision range as git understands it: `A..B`, `A...B`, `^A`, `REV`.
pub fn parse_range(repo: &gix::Repository, range: &str) -> Result<Selection> {
    use gix::revision::plumbing::Spec;
    let spec = repo
        .rev_parse(range.as_bytes().as_bstr())
        .map_err(|e| Error::Usage(format!("invalid revision range `{range}`: {e}")))?
        .detach();
    let c = |id: ObjectId| to_commit(repo, id, range);
    Ok(match spec {
        Spec::Include(id) => Selection {
            tips: vec![c(id)?],
            hidden: Vec::new(),
        },
        Spec::Range { from, to } => Selection {
            tips: vec![c(to)?],
            hidden: vec![c(from)?],
        },
        Spec::Exclude(id) => Selection {
            tips: head_commit(repo)?.into_iter().collect(),
            hidden: vec![c(id)?],
        },
        Spec::Merge { theirs, ours } => {
            let (theirs, ours) = (c(theirs)?, c(ours)?);
            let base = repo
                .merge_base(theirs, ours)
                .ok()
                .flatten()
                .map(|b| b.detach())
                .into_iter()
                .collect();
            Selection {
                tips: vec![theirs, ours],
                hidden: base,
            }
        }
        Spec::IncludeOnlyParents(id) => {
            let commit = repo
                .find_commit(c(id)?)
                .map_err(|e| Error::git(format!("reading {range}"), e))?;
            Selection {
                tips: commit.parent_ids().map(|p| p.detach()).collect(),
                hidden: Vec::new(),
            }
        }
        Spec::ExcludeParents(id) => {
            let id = c(id)?;
            let commit = repo
                .find_commit(id)
                .map_err(|e| Error::git(format!("reading {range}"), e))?;
            Selection {
                tips: vec![id],
                hidden: commit.parent_ids().map(|p| p.detach()).collect(),
            }
        }
    })
}

/// git's all-zero object id (a deleted or not yet existing ref in hook input).
fn is_zero(hex: &str) -> bool {
    !hex.is_empty() && hex.bytes().all(|b| b == b'0')
}

/// `keyhook run --hook pre-push <remote> <url>`: the commits being pushed, from the ref lines git
/// writes on the hook's stdin (`<local ref> <local sha> <remote ref> <remote sha>`).
pub fn scan_push(
    dir: &Path,
    remote: &str,
    input: &str,
    opts: &Options,
    progress: bool,
) -> Result<Outcome> {
    let repo = staged::open(dir)?;
    let sel = push_selection(&repo, remote, input)?;
    if sel.is_empty() {
        return Ok(Outcome::default());
    }
    let mut outcome = Outcome::default();
    for s in sel {
        let mut o = scan_selection(&repo, &s, opts, progress)?;
        outcome.findings.append(&mut o.findings);
        outcome.skipped.append(&mut o.skipped);
        outcome.files_scanned += o.files_scanned;
    }
    dedupe(&mut outcome.findings);
    crate::report::sort(&mut outcome.findings);
    Ok(outcome)
}

/// One selection per pushed ref (each has its own "already on the remote" boundary).
pub fn push_selection(repo: &gix::Repository, remote: &str, input: &str) -> Result<Vec<Selection>> {
    let mut out: Vec<Selection> = Vec::new();
    let mut remote_refs: Option<Vec<ObjectId>> = None;
    for (n, line) in input.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.len() != 4 {
            return Err(Error::Usage(format!(
                "pre-push: unexpected input on line {}: expected `<local ref> <local sha> <remote ref> <remote sha>`",
                n + 1
            )));
        }
        let (local_sha, remote_sha) = (fields[1], fields[3]);
        if is_zero(local_sha) {
            continue; // a deletion: nothing new reaches the remote
        }
        let parse = |hex: &str| {
            ObjectId::from_hex(hex.as_bytes())
                .map_err(|e| Error::Usage(format!("pre-push: invalid object id `{hex}`: {e}")))
        };
        let local = to_commit(repo, parse(local_sha)?, fields[0])?;
        let known_remote = if is_zero(remote_sha) {
            None
        } else {
            let id = parse(remote_sha)?;
            // A remote tip we do not have (someone else pushed; or a force push): fall back to
            // what we know the remote has.
            repo.find_object(id)
                .ok()
                .and_then(|o| o.peel_to_commit().ok())
                .map(|c| c.id)
        };
        let hidden = match known_remote {
            Some(id) => vec![id],
            None => {
                if remote_refs.is_none() {
                    remote_refs = Some(remote_tracking_tips(repo, remote)?);
                }
                remote_refs.clone().unwrap_or_default()
            }
        };
        out.push(Selection {
            tips: vec![local],
            hidden,
        });
    }
    Ok(out)
}

/// The commits `refs/remotes/<remote>/*` point to (empty when the remote is a URL or unknown).
fn remote_tracking_tips(repo: &gix::Repository, remote: &str) -> Result<Vec<ObjectId>> {
    if remote.is_empty() || remote.contains(['/', ':', ' ', '\\']) {
        return Ok(Vec::new());
    }
    let platform = repo
        .references()
        .map_err(|e| Error::git("reading references", e))?;
    let prefix = format!("refs/remotes/{remote}/");
    let Ok(iter) = platform.prefixed(prefix.as_bytes().as_bstr()) else {
        return Ok(Vec::new());
    };
    let mut tips = Vec::new();
    for r in iter {
        let Ok(r) = r else { continue };
        if let Ok(id) = r.into_fully_peeled_id() {
            if let Ok(c) = to_commit(repo, id.detach(), "remote-tracking ref") {
                tips.push(c);
            }
        }
    }
    tips.sort();
    tips.dedup();
    Ok(tips)
}

/// One commit to scan, in walk order (newest first), with its tree and its first parent's
/// tree (each commit object is read once).
#[derive(Debug, Clone)]
struct CommitMeta {
    id: ObjectId,
    tree: ObjectId,
    parent_tree: Option<ObjectId>,
}

/// A changed regular file in one commit.
#[derive(Debug, Clone)]
struct Change {
    path: BString,
    old: Option<ObjectId>,
    new: ObjectId,
    /// Where `new` lies in the object database (see `pack_position`).
    at: (u32, u64),
}

/// Scan the commits of one selection.
pub fn scan_selection(
    repo: &gix::Repository,
    sel: &Selection,
    opts: &Options,
    progress: bool,
) -> Result<Outcome> {
    let settings = match repo.workdir() {
        Some(dir) => Settings::load_dir(dir)?,
        None => Settings::default(),
    };
    let allow = engine::allowlist(settings, opts)?;
    let det = engine::detector(&allow.settings)?;
    let mut outcome = Outcome::default();
    if sel.tips.is_empty() {
        return Ok(outcome);
    }

    let started = std::time::Instant::now();
    // 1. The commits, newest first.
    let commits = walk_commits(repo, sel)?;
    if commits.is_empty() {
        return Ok(outcome);
    }
    let total = commits.len();
    let walked = started.elapsed();
    let sync = repo.clone().into_sync();
    let threads = threads();
    let reverse = oldest_first(repo, &commits);

    // 2. Each commit's changed files (parallel).
    let packs = Packs::open(repo.objects.store_ref().path(), repo.object_hash());
    let done = AtomicUsize::new(0);
    let no_reuse = HashMap::new();
    let diffs: Vec<Vec<Change>> = parallel(
        &commits,
        threads,
        reverse,
        &sync,
        &packs,
        &no_reuse,
        |c, w| {
            let mut changes = commit_changes(w, c)?;
            for ch in &mut changes {
                ch.at = packs.position(ch.new).unwrap_or((u32::MAX, u64::MAX));
            }
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if progress && n.is_multiple_of(PROGRESS_EVERY) {
                eprintln!("keyhook: history: {n}/{total} commits compared");
            }
            Ok(changes)
        },
    )?;

    let diffed = started.elapsed();
    // 3. Each (old, new) pair once, attributed to its oldest commit. `.env` files are reported
    //    by name, like at commit time.
    struct Job {
        commit: usize,
        path: String,
        old: Option<ObjectId>,
        new: ObjectId,
        at: (u32, u64),
        /// Index in reading order.
        seq: usize,
    }
    let mut seen: HashSet<(Option<ObjectId>, ObjectId)> = HashSet::new();
    let mut jobs: Vec<Job> = Vec::new();
    let mut raw: Vec<(usize, Finding)> = Vec::new();
    for (ci, changes) in diffs.into_iter().enumerate().rev() {
        for ch in changes {
            if !seen.insert((ch.old, ch.new)) {
                continue;
            }
            let kind = envfile::classify(
                &ch.path,
                &allow.settings.env_block,
                &allow.settings.env_exempt,
            );
            let path = String::from_utf8_lossy(&ch.path).into_owned();
            if kind == EnvKind::Secrets {
                let mut f = engine::env_finding(&path, false);
                f.description = ".env file committed: its values are in the history".into();
                raw.push((ci, f));
                continue;
            }
            if ch.path.as_slice() == config::FILE_NAME.as_bytes() || allow.path_allowed(&path) {
                continue;
            }
            jobs.push(Job {
                commit: ci,
                path,
                old: ch.old,
                new: ch.new,
                at: ch.at,
                seq: 0,
            });
        }
    }
    outcome.files_scanned = jobs.len();
    // Read in pack order: a delta's base lies before it in its pack, so each base was just
    // decoded (and is in the worker's pack cache) when a delta needs it. In commit order, the
    // files of one commit come in path order, not in the order they were packed, and resolving
    // one walked its delta chain past objects decoded again a moment later (~2x the inflating).
    jobs.sort_by_key(|j| j.at);
    for (i, job) in jobs.iter_mut().enumerate() {
        job.seq = i;
    }

    // 4. Added lines of every pair (parallel).
    if jobs.len() > 1 {
        det.use_dfa(); // many small scans
    }
    let done = AtomicUsize::new(0);
    let total_jobs = jobs.len();
    // A blob that is the new version of one pair and the old of another is read once: kept
    // after a job when a later job (in reading order) needs it.
    let mut last_use: HashMap<ObjectId, usize> = HashMap::new();
    for (i, job) in jobs.iter().enumerate() {
        for id in job.old.iter().chain([&job.new]) {
            last_use.insert(*id, i);
        }
    }
    let scanned: Vec<Vec<Finding>> =
        parallel(&jobs, threads, false, &sync, &packs, &last_use, |job, w| {
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if progress && n.is_multiple_of(PROGRESS_EVERY * 10) {
                eprintln!("keyhook: history: {n}/{total_jobs} file versions scanned");
            }
            let new = w.blob(job.new, Some(job.at))?;
            if added::is_binary(&new) {
                w.done_with(job.new, new, job.seq);
                return Ok(Vec::new());
            }
            let old = match job.old {
                Some(id) => w.blob(id, None)?,
                None => Vec::new(),
            };
            let found = if added::is_binary(&old) {
                engine::scan_pair_with(&det, &allow, &job.path, &[], &new, NEW_LINES)
            } else {
                engine::scan_pair_with(&det, &allow, &job.path, &old, &new, NEW_LINES)
            };
            if let Some(id) = job.old {
                w.done_with(id, old, job.seq);
            }
            w.done_with(job.new, new, job.seq);
            found
        })?;
    let blobs_done = started.elapsed();
    for (job, found) in jobs.iter().zip(scanned) {
        raw.extend(found.into_iter().map(|f| (job.commit, f)));
    }

    // 5. One finding per (path, fingerprint): the oldest commit's (highest walk index).
    let mut first: HashMap<(String, String), (usize, Finding)> = HashMap::new();
    for (ci, f) in raw {
        let key = (f.path.clone(), f.fingerprint.clone());
        match first.get(&key) {
            Some((cj, _)) if *cj >= ci => {}
            _ => {
                first.insert(key, (ci, f));
            }
        }
    }

    // 6. Commit details and presence at HEAD.
    let head_tree = head_commit(repo)?
        .map(|id| {
            repo.find_commit(id)
                .and_then(|c| c.tree_id())
                .map(|t| t.detach())
                .map_err(|e| Error::git("reading HEAD's tree", e))
        })
        .transpose()?;
    let mut head_fps: HashMap<String, Option<HashSet<String>>> = HashMap::new();
    let mut infos: HashMap<usize, (String, String)> = HashMap::new();
    for (ci, mut f) in first.into_values() {
        let (date, author) = match infos.get(&ci) {
            Some(x) => x.clone(),
            None => {
                let x = commit_details(repo, commits[ci].id)?;
                infos.insert(ci, x.clone());
                x
            }
        };
        let present = match head_tree {
            None => false,
            Some(tree) => {
                if !head_fps.contains_key(&f.path) {
                    let fps = head_fingerprints(repo, &det, tree, &f.path)?;
                    head_fps.insert(f.path.clone(), fps);
                }
                match &head_fps[&f.path] {
                    None => false,
                    Some(_) if f.kind == FindingKind::EnvFile => true,
                    Some(fps) => fps.contains(&f.fingerprint),
                }
            }
        };
        f.commit = Some(CommitInfo {
            id: commits[ci].id.to_string(),
            date,
            author,
            present_at_head: present,
        });
        outcome.findings.push(f);
    }
    crate::report::sort(&mut outcome.findings);
    if progress {
        eprintln!(
            "keyhook: history: {total} commits, {} file versions scanned in {:.2}s \
             (walk {:.2}s, tree diffs {:.2}s, blobs {:.2}s)",
            outcome.files_scanned,
            started.elapsed().as_secs_f64(),
            walked.as_secs_f64(),
            (diffed - walked).as_secs_f64(),
            (blobs_done - diffed).as_secs_f64(),
        );
    }
    Ok(outcome)
}

/// Keep one finding per (path, fingerprint), preferring the one with commit information.
fn dedupe(findings: &mut Vec<Finding>) {
    let mut seen = HashSet::new();
    findings.retain(|f| seen.insert((f.path.clone(), f.fingerprint.clone())));
}

fn threads() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(8)
}

/// One worker's repository handle and reusable memory.
struct Worker<'u> {
    /// With a hashed pack cache of decoded objects by pack offset, so the next version of a tree
    /// or blob resolves from the previous one (one delta) instead of from the base of its chain.
    repo: gix::Repository,
    /// Objects in packs are read through this, others through `repo`.
    reader: Reader<'u>,
    /// Object buffers for reuse.
    spare: Vec<Vec<u8>>,
    /// Trees this worker read, for later commits' comparisons.
    trees: TreeCache,
    /// The last job (in reading order) that needs each blob: one needed again is kept after
    /// use, up to `KEEP_BYTES` (the pack cache holds only objects resolved from deltas, not
    /// whole ones).
    last_use: &'u HashMap<ObjectId, usize>,
    kept: HashMap<ObjectId, Vec<u8>>,
    kept_bytes: usize,
}

/// Trees a worker read, by id: a directory's current version is compared again (as the old
/// side) by the next commit that changes something in it, maybe many commits later; its
/// previous versions serve commits compared out of order (chunk starts, merges). Reading a tree
/// again costs an index lookup and a copy even when the pack reader has it.
#[derive(Default)]
struct TreeCache {
    map: HashMap<ObjectId, Vec<u8>, foldhash::fast::RandomState>,
    bytes: usize,
}

/// Memory for `TreeCache`, per worker (every version of every directory of the realistic bench
/// repository is ~7 MB).
const TREE_CACHE_BYTES: usize = 32 * 1024 * 1024;

impl TreeCache {
    fn take(&mut self, id: &ObjectId) -> Option<Vec<u8>> {
        let data = self.map.remove(id)?;
        self.bytes -= data.capacity();
        Some(data)
    }

    /// Keep tree `id`; when full, start over (the trees of recent commits come back soon).
    fn put(&mut self, id: ObjectId, data: Vec<u8>, spare: &mut Vec<Vec<u8>>) {
        if self.bytes + data.capacity() > TREE_CACHE_BYTES {
            spare.extend(self.map.drain().map(|(_, b)| b).take(16));
            self.bytes = 0;
        }
        self.bytes += data.capacity();
        if let Some(old) = self.map.insert(id, data) {
            self.bytes -= old.capacity();
            spare.push(old);
        }
    }
}

/// Memory for blobs kept for a later job, per worker.
const KEEP_BYTES: usize = 64 * 1024 * 1024;

/// Memory for decoded objects by pack offset (delta bases), per worker: enough for the current
/// version of every tree and of the files being changed; more only costs page faults.
const PACK_CACHE_BYTES: usize = 16 * 1024 * 1024;

impl<'u> Worker<'u> {
    fn new(
        sync: &gix::ThreadSafeRepository,
        packs: &'u Packs,
        last_use: &'u HashMap<ObjectId, usize>,
    ) -> Self {
        let mut repo = sync.to_thread_local();
        repo.objects.set_pack_cache(|| {
            Box::new(gix::odb::pack::cache::lru::MemoryCappedHashmap::new(
                PACK_CACHE_BYTES,
            ))
        });
        Worker {
            repo,
            spare: Vec::new(),
            trees: TreeCache::default(),
            reader: Reader::new(packs, PACK_CACHE_BYTES),
            last_use,
            kept: HashMap::new(),
            kept_bytes: 0,
        }
    }

    /// The content of blob `id`: kept from an earlier job, or read.
    fn blob(&mut self, id: ObjectId, at: Option<(u32, u64)>) -> Result<Vec<u8>> {
        if let Some(data) = self.kept.remove(&id) {
            self.kept_bytes -= data.len();
            return Ok(data);
        }
        let mut buf = self.spare.pop().unwrap_or_default();
        read_object(
            &self.repo,
            &mut self.reader,
            id,
            at,
            gix::object::Kind::Blob,
            &mut buf,
        )?;
        Ok(buf)
    }

    /// Blob `id` is no longer needed by job `seq`; kept when a later job needs it.
    fn done_with(&mut self, id: ObjectId, data: Vec<u8>, seq: usize) {
        // A decoding buffer has room for a delta chain beyond the blob; an exact-size one is a
        // kept copy. Decoding buffers go back to `spare` with their room (shrinking one and
        // growing it again for the next blob cost ~10% of a scan in `realloc`); a copy that is
        // not kept again is freed.
        let decoding = data.capacity() > data.len();
        if self.last_use.get(&id).is_some_and(|&last| last > seq) {
            if self.kept_bytes + data.len() > KEEP_BYTES {
                self.kept.clear();
                self.kept_bytes = 0;
            }
            self.kept_bytes += data.len();
            if decoding {
                self.kept.insert(id, data.as_slice().to_vec());
                self.spare.push(data);
            } else {
                self.kept.insert(id, data);
            }
        } else if decoding {
            self.spare.push(data);
        }
    }
}

/// Run `work` over `items` on `threads` workers (oldest item first when `reverse`; results in
/// the order of items); first error wins.
fn parallel<'u, T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    reverse: bool,
    sync: &gix::ThreadSafeRepository,
    packs: &'u Packs,
    last_use: &'u HashMap<ObjectId, usize>,
    work: impl Fn(&T, &mut Worker<'u>) -> Result<R> + Sync,
) -> Result<Vec<R>> {
    if threads < 2 || items.len() < 16 {
        let mut w = Worker::new(sync, packs, last_use);
        let mut out: Vec<(usize, R)> = Vec::with_capacity(items.len());
        for i in 0..items.len() {
            let i = if reverse { items.len() - 1 - i } else { i };
            out.push((i, work(&items[i], &mut w)?));
        }
        out.sort_by_key(|(i, _)| *i);
        return Ok(out.into_iter().map(|(_, r)| r).collect());
    }
    // Large contiguous chunks: neighbouring commits share most trees and delta chains, so each
    // worker's caches hit; a few chunks a worker still balance the load.
    let chunk = (items.len() / (threads * 4)).max(64);
    engine::parallel(
        items,
        threads,
        chunk,
        reverse,
        || Worker::new(sync, packs, last_use),
        work,
    )
}

/// Whether delta chains in the pack run from old to new versions (as `git fast-import` writes
/// them), so that reading oldest first finds each base already decoded. `git repack` usually
/// does the opposite (recent versions whole, older ones as deltas): then newest first. Decided
/// by comparing delta depths of a sample of (parent tree, tree) pairs.
fn oldest_first(repo: &gix::Repository, commits: &[CommitMeta]) -> bool {
    const SAMPLES: usize = 32;
    let depth = |id: ObjectId| {
        repo.find_header(id)
            .ok()
            .and_then(|h| h.num_deltas())
            .unwrap_or(0)
    };
    let step = (commits.len() / SAMPLES).max(1);
    let mut votes = 0i64;
    for c in commits.iter().step_by(step) {
        let Some(parent) = c.parent_tree.filter(|p| *p != c.tree) else {
            continue;
        };
        votes += match depth(c.tree).cmp(&depth(parent)) {
            std::cmp::Ordering::Greater => 1,
            std::cmp::Ordering::Less => -1,
            std::cmp::Ordering::Equal => 0,
        };
    }
    votes > 0
}

/// The commits of `sel`, newest first, with their trees and first parents' trees.
fn walk_commits(repo: &gix::Repository, sel: &Selection) -> Result<Vec<CommitMeta>> {
    // The walk reads every commit; with an object cache, reading its tree id is a memory copy.
    let mut walk_repo = repo.clone();
    walk_repo.object_cache_size_if_unset(8 * 1024 * 1024);
    let walk = walk_repo
        .rev_walk(sel.tips.iter().copied())
        .with_hidden(sel.hidden.iter().copied())
        .sorting(gix::revision::walk::Sorting::ByCommitTime(
            gix::traverse::commit::simple::CommitTimeOrder::NewestFirst,
        ))
        .all()
        .map_err(|e| Error::git("walking history", e))?;
    let mut buf = Vec::new();
    let mut listed = Vec::new();
    for info in walk {
        let info = info.map_err(|e| Error::git("walking history", e))?;
        let tree = commit_tree(&walk_repo, info.id, &mut buf)?;
        listed.push((info.id, tree, info.parent_ids.first().copied()));
    }
    let tree_of: HashMap<ObjectId, ObjectId> = listed.iter().map(|&(id, t, _)| (id, t)).collect();
    let mut commits = Vec::with_capacity(listed.len());
    for (id, tree, parent) in listed {
        let parent_tree = match parent {
            Some(p) => Some(match tree_of.get(&p) {
                Some(&t) => t,
                None => commit_tree(&walk_repo, p, &mut buf)?, // a hidden or boundary parent
            }),
            None => None,
        };
        commits.push(CommitMeta {
            id,
            tree,
            parent_tree,
        });
    }
    Ok(commits)
}

/// The tree of commit `id`, read into `buf`.
fn commit_tree(repo: &gix::Repository, id: ObjectId, buf: &mut Vec<u8>) -> Result<ObjectId> {
    use gix::objs::FindExt;
    repo.objects
        .find_commit_iter(&id, buf)
        .map_err(|e| Error::git(format!("reading commit {id}"), e))?
        .tree_id()
        .map_err(|e| Error::git(format!("decoding commit {id}"), e))
}

/// The author date (ISO 8601) and author (`Name <email>`) of a commit.
fn commit_details(repo: &gix::Repository, id: ObjectId) -> Result<(String, String)> {
    let commit = repo
        .find_commit(id)
        .map_err(|e| Error::git(format!("reading commit {id}"), e))?;
    let author = commit
        .author()
        .map_err(|e| Error::git(format!("reading the author of {id}"), e))?;
    let date = author
        .time()
        .ok()
        .and_then(|t| t.format(gix::date::time::format::ISO8601_STRICT).ok())
        .unwrap_or_default();
    let who = format!(
        "{} <{}>",
        author.name.to_str_lossy().trim(),
        author.email.to_str_lossy().trim()
    );
    Ok((date, who))
}

/// Fingerprints of every key-shaped value in `path` at HEAD, before any allowance; `None` when
/// HEAD has no regular file there.
fn head_fingerprints(
    repo: &gix::Repository,
    det: &Detector,
    head_tree: ObjectId,
    path: &str,
) -> Result<Option<HashSet<String>>> {
    let tree = repo
        .find_tree(head_tree)
        .map_err(|e| Error::git("reading HEAD's tree", e))?;
    let entry = tree
        .lookup_entry(path.split('/').map(|c| c.as_bytes()))
        .map_err(|e| Error::git(format!("looking up {path} at HEAD"), e))?;
    let Some(entry) = entry else { return Ok(None) };
    if !entry.mode().is_blob() {
        return Ok(None);
    }
    let data = staged::blob(repo, entry.object_id())?;
    let mut fps = HashSet::new();
    if added::is_binary(&data) {
        return Ok(Some(fps));
    }
    let lines = added::split_lines(&data);
    let all: Vec<usize> = (0..lines.len()).collect();
    let mut candidates = Vec::new();
    det.scan(&lines, &all, &mut candidates)?;
    for c in candidates {
        fps.insert(allow::fingerprint(&det.rule(c.rule).spec.id, &c.secret));
    }
    Ok(Some(fps))
}

/// The regular files a commit added or modified relative to its first parent.
fn commit_changes(w: &mut Worker<'_>, c: &CommitMeta) -> Result<Vec<Change>> {
    let mut d = TreeDiff {
        repo: &w.repo,
        reader: &mut w.reader,
        out: Vec::new(),
        deleted: HashSet::new(),
        spare: &mut w.spare,
        trees: &mut w.trees,
    };
    let mut prefix = BString::default();
    d.diff(&mut prefix, c.parent_tree, c.tree)?;
    let TreeDiff {
        mut out, deleted, ..
    } = d;
    // A pure rename or move: the same blob left another path in this commit.
    out.retain(|ch| ch.old.is_some() || !deleted.contains(&ch.new));
    Ok(out)
}

/// A merge join of two trees' raw entries in git's order (a directory sorts as its name plus
/// `/`): no decoded entry lists, no maps, no names copied except for the changes it reports.
/// Same outcome as `staged`'s comparison by name: a pure rename or move (the blob left another
/// path in this commit) is not an addition; symlinks and submodules carry nothing to scan.
struct TreeDiff<'a, 'p> {
    repo: &'a gix::Repository,
    reader: &'a mut Reader<'p>,
    out: Vec<Change>,
    /// Blobs of paths this commit removed (for rename detection).
    deleted: HashSet<ObjectId>,
    /// Object buffers for reuse.
    spare: &'a mut Vec<Vec<u8>>,
    /// Trees read before (taken while compared, then put back).
    trees: &'a mut TreeCache,
}

type Entry<'b> = gix::objs::tree::EntryRef<'b>;

/// git's tree order: names compare bytewise, a directory's name as if followed by `/`.
fn tree_order(a: &Entry<'_>, b: &Entry<'_>) -> std::cmp::Ordering {
    let (x, y): (&[u8], &[u8]) = (a.filename, b.filename);
    let common = x.len().min(y.len());
    x[..common].cmp(&y[..common]).then_with(|| {
        let next = |name: &[u8], e: &Entry<'_>| {
            name.get(common)
                .copied()
                .or_else(|| e.mode.is_tree().then_some(b'/'))
        };
        next(x, a).cmp(&next(y, b))
    })
}

/// The next entry of a tree being walked.
fn next_entry<'b>(
    iter: &mut gix::objs::TreeRefIter<'b>,
    tree: ObjectId,
) -> Result<Option<Entry<'b>>> {
    iter.next()
        .transpose()
        .map_err(|e| Error::git(format!("decoding tree {tree}"), e))
}

/// Read object `id`, which must be a `kind`, into `buf` (its whole content, nothing else):
/// from a pack with `reader` (at `at` when known), else through gix.
fn read_object(
    repo: &gix::Repository,
    reader: &mut Reader<'_>,
    id: ObjectId,
    at: Option<(u32, u64)>,
    kind: gix::object::Kind,
    buf: &mut Vec<u8>,
) -> Result<()> {
    use gix::objs::FindExt;
    if let Some(found) = reader.read(id, at, buf)? {
        if found != kind {
            return Err(Error::git(
                format!("reading {kind} {id}"),
                format!("expected a {kind}, found a {found}"),
            ));
        }
        return Ok(());
    }
    let obj = repo
        .objects
        .find(&id, buf)
        .map_err(|e| Error::git(format!("reading {kind} {id}"), e))?;
    if obj.kind != kind {
        return Err(Error::git(
            format!("reading {kind} {id}"),
            format!("expected a {kind}, found a {}", obj.kind),
        ));
    }
    let (at, len) = (obj.data.as_ptr() as usize, obj.data.len());
    // The data lies in `buf` (it borrows it), normally at its start; an empty object may not.
    match at.checked_sub(buf.as_ptr() as usize) {
        _ if len == 0 => buf.clear(),
        Some(start) if start + len <= buf.len() => {
            buf.copy_within(start..start + len, 0);
            buf.truncate(len);
        }
        _ => {
            return Err(Error::git(
                format!("reading {kind} {id}"),
                "object data outside its buffer",
            ))
        }
    }
    Ok(())
}

impl TreeDiff<'_, '_> {
    /// Tree `id`'s content: kept from an earlier comparison, or read.
    fn load(&mut self, id: ObjectId) -> Result<Vec<u8>> {
        if let Some(data) = self.trees.take(&id) {
            return Ok(data);
        }
        let mut buf = self.spare.pop().unwrap_or_default();
        read_object(
            self.repo,
            self.reader,
            id,
            None,
            gix::object::Kind::Tree,
            &mut buf,
        )?;
        Ok(buf)
    }

    /// Compare tree `new` with tree `old` (absent: everything is added) below `prefix`.
    fn diff(&mut self, prefix: &mut BString, old: Option<ObjectId>, new: ObjectId) -> Result<()> {
        if old == Some(new) {
            return Ok(());
        }
        let old_buf = match old {
            Some(id) => Some((id, self.load(id)?)),
            None => None,
        };
        let new_buf = self.load(new)?;
        let old_data = old_buf.as_ref().map_or(&[][..], |(_, b)| b.as_slice());
        let res = self.join(prefix, old, new, old_data, &new_buf);
        for (id, data) in old_buf.into_iter().chain([(new, new_buf)]) {
            self.trees.put(id, data, self.spare);
        }
        res
    }

    fn join(
        &mut self,
        prefix: &mut BString,
        old: Option<ObjectId>,
        new: ObjectId,
        old_data: &[u8],
        new_data: &[u8],
    ) -> Result<()> {
        use std::cmp::Ordering::{Equal, Greater, Less};
        let old_id = old.unwrap_or(new);
        let mut olds = gix::objs::TreeRefIter::from_bytes(old_data, new.kind());
        let mut news = gix::objs::TreeRefIter::from_bytes(new_data, new.kind());
        let mut a = next_entry(&mut olds, old_id)?;
        let mut b = next_entry(&mut news, new)?;
        loop {
            let order = match (&a, &b) {
                (None, None) => break,
                (Some(_), None) => Less,
                (None, Some(_)) => Greater,
                (Some(x), Some(y)) => tree_order(x, y),
            };
            match (order, &a, &b) {
                (Less, Some(o), _) => {
                    self.gone(o, new_data, new)?;
                    a = next_entry(&mut olds, old_id)?;
                }
                (Greater, _, Some(n)) => {
                    self.came(prefix, None, n)?;
                    b = next_entry(&mut news, new)?;
                }
                (Equal, Some(o), Some(n)) => {
                    self.came(prefix, Some(o), n)?;
                    a = next_entry(&mut olds, old_id)?;
                    b = next_entry(&mut news, new)?;
                }
                _ => break,
            }
        }
        Ok(())
    }

    /// Entry `n` of the new tree, with the old tree's entry of the same name and kind.
    fn came(&mut self, prefix: &mut BString, o: Option<&Entry<'_>>, n: &Entry<'_>) -> Result<()> {
        if n.mode.is_tree() {
            let sub_old = o.map(|o| o.oid.to_owned());
            let len = prefix.len();
            prefix.extend_from_slice(n.filename);
            prefix.push(b'/');
            let res = self.diff(prefix, sub_old, n.oid.to_owned());
            prefix.truncate(len);
            return res;
        }
        // Only regular files carry content to scan: not symlinks or submodules.
        if !n.mode.is_blob() {
            return Ok(());
        }
        let old = match o {
            Some(o) if o.mode.is_blob() && o.oid == n.oid => return Ok(()),
            Some(o) if o.mode.is_blob() => Some(o.oid.to_owned()),
            _ => None,
        };
        let mut path = prefix.clone();
        path.extend_from_slice(n.filename);
        self.out.push(Change {
            path,
            old,
            new: n.oid.to_owned(),
            at: (0, 0),
        });
        Ok(())
    }

    /// Entry `o` of the old tree that the new tree (`new_data`) does not have as such: its
    /// blobs count as deleted, unless a symlink or submodule took a directory's name (nothing
    /// of it left then, as `staged` judges it).
    fn gone(&mut self, o: &Entry<'_>, new_data: &[u8], new: ObjectId) -> Result<()> {
        if o.mode.is_blob() {
            self.deleted.insert(o.oid.to_owned());
            return Ok(());
        }
        if !o.mode.is_tree() {
            return Ok(());
        }
        for e in gix::objs::TreeRefIter::from_bytes(new_data, new.kind()) {
            let e = e.map_err(|e| Error::git(format!("decoding tree {new}"), e))?;
            if e.filename == o.filename && !e.mode.is_tree() && !e.mode.is_blob() {
                return Ok(());
            }
        }
        staged::collect_blobs(self.repo, o.oid.to_owned(), &mut self.deleted)
    }
}
