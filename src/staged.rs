//! The staged changes: the index git hands the hook (honouring `GIT_INDEX_FILE`) against HEAD's
//! tree, read in-process with gix.
//!
//! The index's cache-tree extension lets whole unchanged subtrees be skipped: where the
//! cache-tree records a valid id equal to HEAD's subtree id, nothing below changed. Only
//! invalidated or differing directories are compared entry by entry, which keeps a typical
//! commit in a huge repository to a handful of tree reads.

use std::collections::{HashMap, HashSet};

use gix::bstr::{BStr, BString, ByteSlice};
use gix::index::entry::{Mode, Stage};
use gix::index::extension::Tree as CacheTree;
use gix::ObjectId;

use crate::error::{Error, Result};

/// One staged file whose content differs from HEAD (or that HEAD does not have).
#[derive(Debug, Clone)]
pub struct Change {
    /// Repository-relative path with `/` separators.
    pub path: BString,
    /// The staged blob.
    pub new: ObjectId,
    /// The blob at HEAD under the same path, if any (a regular file).
    pub old: Option<ObjectId>,
}

/// The repository opened the way a hook must open it: before any `chdir`, from the environment
/// git sets (`GIT_DIR`, `GIT_WORK_TREE`, `GIT_INDEX_FILE`), else by discovery from `dir`.
pub fn open(dir: &std::path::Path) -> Result<gix::Repository> {
    let repo = gix::ThreadSafeRepository::discover_with_environment_overrides(dir)
        .map_err(|e| Error::NotARepository(e.to_string()))?;
    Ok(repo.to_thread_local())
}

/// The index that will become the commit's tree.
pub fn index(repo: &gix::Repository) -> Result<gix::worktree::Index> {
    repo.index_or_empty()
        .map_err(|e| Error::git("reading the index", e))
}

/// Compare the index with HEAD's tree; return added and modified regular files, in index order.
/// Deletions, mode-only changes, symlinks, submodules and pure renames (same blob under a new
/// path) are not returned.
pub fn changes(repo: &gix::Repository, index: &gix::index::State) -> Result<Vec<Change>> {
    let head = repo
        .head_tree_id_or_empty()
        .map_err(|e| Error::git("reading HEAD", e))?
        .detach();
    let mut walk = Walk {
        repo,
        state: index,
        out: Vec::new(),
        deleted: HashSet::new(),
    };
    let empty = repo.empty_tree().id;
    let head = (head != empty).then_some(head);
    let entries: Vec<&gix::index::Entry> = index
        .entries()
        .iter()
        .filter(|e| e.stage() == Stage::Unconflicted)
        .collect();
    walk.dir(b"", &entries, head, index.tree())?;
    let Walk {
        mut out, deleted, ..
    } = walk;
    // A pure rename: the same blob left another path in this commit.
    out.retain(|c| c.old.is_some() || !deleted.contains(&c.new));
    Ok(out)
}

struct Walk<'a> {
    repo: &'a gix::Repository,
    state: &'a gix::index::State,
    out: Vec<Change>,
    /// Blobs of HEAD paths that the index no longer has (for rename detection).
    deleted: HashSet<ObjectId>,
}

/// One entry of a tree object.
pub struct TreeEntry {
    pub name: BString,
    pub mode: gix::object::tree::EntryMode,
    pub id: ObjectId,
}

/// The entries of tree `id`.
pub fn tree_entries(repo: &gix::Repository, id: ObjectId) -> Result<Vec<TreeEntry>> {
    let tree = repo
        .find_tree(id)
        .map_err(|e| Error::git(format!("reading tree {id}"), e))?;
    let decoded = tree
        .decode()
        .map_err(|e| Error::git(format!("decoding tree {id}"), e))?;
    Ok(decoded
        .entries
        .iter()
        .map(|e| TreeEntry {
            name: e.filename.to_owned(),
            mode: e.mode,
            id: e.oid.to_owned(),
        })
        .collect())
}

/// Add every blob below tree `id` to `blobs` (the blobs of a deleted directory, for rename
/// detection).
pub fn collect_blobs(
    repo: &gix::Repository,
    id: ObjectId,
    blobs: &mut HashSet<ObjectId>,
) -> Result<()> {
    for e in tree_entries(repo, id)? {
        if e.mode.is_tree() {
            collect_blobs(repo, e.id, blobs)?;
        } else if e.mode.is_blob() {
            blobs.insert(e.id);
        }
    }
    Ok(())
}

/// What the previous tree had under a name that is now a file.
pub enum Previous {
    /// The same blob: nothing was added (a mode change at most).
    Unchanged,
    /// Another blob: a modification, diffed against it.
    Modified(ObjectId),
    /// Nothing, or something that was not a regular file: every line is new.
    New,
}

/// The previous entry under a name that is now a directory: its tree id if it was one. A blob
/// it replaces counts as deleted (for rename detection).
pub fn previous_dir(
    before: Option<&TreeEntry>,
    deleted: &mut HashSet<ObjectId>,
) -> Option<ObjectId> {
    let b = before?;
    if b.mode.is_tree() {
        return Some(b.id);
    }
    if b.mode.is_blob() {
        deleted.insert(b.id);
    }
    None
}

/// The previous entry under a name that is now the blob `new`. A directory it replaces counts
/// as deleted.
pub fn previous_file(
    repo: &gix::Repository,
    before: Option<&TreeEntry>,
    new: ObjectId,
    deleted: &mut HashSet<ObjectId>,
) -> Result<Previous> {
    Ok(match before {
        Some(b) if b.mode.is_blob() && b.id == new => Previous::Unchanged,
        Some(b) if b.mode.is_blob() => Previous::Modified(b.id),
        Some(b) if b.mode.is_tree() => {
            collect_blobs(repo, b.id, deleted)?;
            Previous::New
        }
        _ => Previous::New,
    })
}

/// Previous entries that no longer exist (`seen[k]` false): their blobs count as deleted.
pub fn record_unseen(
    repo: &gix::Repository,
    entries: &[TreeEntry],
    seen: &[bool],
    deleted: &mut HashSet<ObjectId>,
) -> Result<()> {
    for (e, _) in entries.iter().zip(seen).filter(|(_, s)| !**s) {
        if e.mode.is_tree() {
            collect_blobs(repo, e.id, deleted)?;
        } else if e.mode.is_blob() {
            deleted.insert(e.id);
        }
    }
    Ok(())
}

impl Walk<'_> {
    fn tree_entries(&self, id: ObjectId) -> Result<Vec<TreeEntry>> {
        tree_entries(self.repo, id)
    }

    /// Compare the index entries below `prefix` (all of which start with it) with HEAD's tree
    /// `head` for that directory, using the cache-tree node `cache` to skip unchanged subtrees.
    fn dir(
        &mut self,
        prefix: &[u8],
        entries: &[&gix::index::Entry],
        head: Option<ObjectId>,
        cache: Option<&CacheTree>,
    ) -> Result<()> {
        if let (Some(h), Some(c)) = (head, cache) {
            if c.num_entries.is_some() && c.id == h {
                return Ok(());
            }
        }
        let head_entries = match head {
            Some(id) => self.tree_entries(id)?,
            None => Vec::new(),
        };
        let by_name: HashMap<&[u8], usize> = head_entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.name.as_slice(), i))
            .collect();
        let mut seen = vec![false; head_entries.len()];
        let mut i = 0;
        while i < entries.len() {
            let path: &BStr = entries[i].path(self.state);
            let rel = &path[prefix.len()..];
            if let Some(slash) = rel.find_byte(b'/') {
                let name = &rel[..slash];
                let sub_prefix_len = prefix.len() + slash + 1;
                let sub_prefix = &path[..sub_prefix_len];
                let len =
                    entries[i..].partition_point(|e| e.path(self.state).starts_with(sub_prefix));
                let before = by_name.get(name.as_bytes()).map(|&k| {
                    seen[k] = true;
                    &head_entries[k]
                });
                let sub_head = previous_dir(before, &mut self.deleted);
                let sub_cache =
                    cache.and_then(|c| c.children.iter().find(|t| t.name.as_slice() == name));
                let sub_prefix = sub_prefix.to_vec();
                self.dir(&sub_prefix, &entries[i..i + len], sub_head, sub_cache)?;
                i += len;
                continue;
            }
            let entry = entries[i];
            i += 1;
            let head_entry = by_name.get(rel.as_bytes()).map(|&k| {
                seen[k] = true;
                &head_entries[k]
            });
            // Only regular files carry content to scan: not symlinks, submodules, sparse dirs.
            let is_file = entry.mode == Mode::FILE || entry.mode == Mode::FILE_EXECUTABLE;
            if !is_file
                || entry
                    .flags
                    .contains(gix::index::entry::Flags::INTENT_TO_ADD)
            {
                continue;
            }
            let old = match previous_file(self.repo, head_entry, entry.id, &mut self.deleted)? {
                Previous::Unchanged => continue,
                Previous::Modified(id) => Some(id),
                Previous::New => None,
            };
            self.out.push(Change {
                path: path.to_owned(),
                new: entry.id,
                old,
            });
        }
        // HEAD entries the index no longer has: deleted (maybe renamed elsewhere).
        record_unseen(self.repo, &head_entries, &seen, &mut self.deleted)
    }
}

/// Read a blob's bytes.
pub fn blob(repo: &gix::Repository, id: ObjectId) -> Result<Vec<u8>> {
    let mut b = repo
        .find_blob(id)
        .map_err(|e| Error::git(format!("reading blob {id}"), e))?;
    Ok(b.take_data())
}

/// The staged content of one path (e.g. `.keyhook.toml`), if the index has it as a file.
pub fn staged_file(
    repo: &gix::Repository,
    index: &gix::index::State,
    path: &str,
) -> Result<Option<Vec<u8>>> {
    match index.entry_by_path(path.as_bytes().as_bstr()) {
        Some(e) if e.mode == Mode::FILE || e.mode == Mode::FILE_EXECUTABLE => {
            blob(repo, e.id).map(Some)
        }
        _ => Ok(None),
    }
}
