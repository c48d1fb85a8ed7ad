//! Reading objects straight from the repository's pack files, for the history scan.
//!
//! gix resolves a delta chain from its base for every object and caches only the objects it
//! resolved from deltas: an undeltified base (most of them in `git fast-import` packs) is
//! inflated again for each delta built on it, and reading objects out of pack order walks
//! chains past objects decoded a moment earlier. Here every decoded object, whole or from a
//! delta, is kept by pack offset (bounded), so a base is inflated once while it is in use. Only
//! in-pack (`OFS_DELTA`) chains are resolved here; anything else (loose objects, `REF_DELTA`,
//! implausible sizes) is left to gix by returning `None`.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;

use gix::odb::pack::data::{self, entry::Header};
use gix::ObjectId;

use crate::error::{Error, Result};

/// The repository's packs: each index with its data file.
pub struct Packs {
    packs: Vec<(gix::odb::pack::index::File, data::File)>,
}

/// Objects larger than this are left to gix (which enforces its own limits).
const MAX_OBJECT: u64 = 512 * 1024 * 1024;

impl Packs {
    /// Every `pack/*.idx` with its `.pack` in the object directory `objects` (a pair that does
    /// not open is skipped: its objects are then read through gix).
    pub fn open(objects: &std::path::Path, kind: gix::hash::Kind) -> Self {
        let dir = objects.join("pack");
        let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
            .map(|d| {
                d.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "idx"))
                    .collect()
            })
            .unwrap_or_default();
        paths.sort();
        let packs: Vec<(gix::odb::pack::index::File, data::File)> = paths
            .iter()
            .filter_map(|idx| {
                let index = gix::odb::pack::index::File::at(idx, kind).ok()?;
                let pack = data::File::at(idx.with_extension("pack"), kind).ok()?;
                Some((index, pack))
            })
            .collect();
        Packs { packs }
    }

    /// How many objects of the `OFS_DELTA` chain of the object at `at` (itself included) lie
    /// before `start`: what a reader starting at `start` decodes in addition to its own objects.
    /// Objects in `seen` are not counted (nor their chains); every object visited is added.
    pub fn chain_before(
        &self,
        at: (u32, u64),
        start: (u32, u64),
        seen: &mut std::collections::HashSet<(u32, u64), foldhash::fast::RandomState>,
    ) -> usize {
        let (n, mut offset) = at;
        let mut before = 0;
        while seen.insert((n, offset)) {
            before += usize::from((n, offset) < start);
            let below = self.packs.get(n as usize).and_then(|(_, pack)| {
                let entry = pack.entry(offset).ok()?;
                match entry.header {
                    Header::OfsDelta { base_distance } => {
                        entry.checked_base_pack_offset(base_distance)
                    }
                    _ => None,
                }
            });
            match below {
                Some(below) => offset = below,
                None => break,
            }
        }
        before
    }

    /// Where object `id` lies: (pack, offset in that pack).
    pub fn position(&self, id: ObjectId) -> Option<(u32, u64)> {
        self.packs.iter().enumerate().find_map(|(n, (index, _))| {
            index
                .lookup(id)
                .map(|i| (n as u32, index.pack_offset_at_index(i)))
        })
    }
}

/// Decoded objects by (pack index, offset in the pack).
type ObjectCache =
    HashMap<(u32, u64), (gix::object::Kind, Arc<Vec<u8>>), foldhash::fast::RandomState>;

/// One thread's reader: an inflater and the decoded objects by (pack, offset).
pub struct Reader<'p> {
    packs: &'p Packs,
    inflate: gix::zlib::Inflate,
    /// libdeflate: whole-buffer inflating, about twice zlib's speed; the output size is known
    /// from the entry header, which is all it needs.
    deflate: libdeflater::Decompressor,
    cache: ObjectCache,
    /// Insertion order, for evicting the oldest first.
    order: VecDeque<(u32, u64)>,
    bytes: usize,
    cap: usize,
    /// Delta instructions being applied.
    delta: Vec<u8>,
    /// Memory of evicted objects, for the next ones (up to `SPARE` buffers).
    spare: Vec<Vec<u8>>,
}

/// How many evicted objects' buffers a reader keeps for reuse.
const SPARE: usize = 32;

impl<'p> Reader<'p> {
    /// A reader keeping up to `cap` bytes of decoded objects.
    pub fn new(packs: &'p Packs, cap: usize) -> Self {
        Reader {
            packs,
            inflate: gix::zlib::Inflate::default(),
            deflate: libdeflater::Decompressor::new(),
            cache: HashMap::default(),
            order: VecDeque::new(),
            bytes: 0,
            cap,
            delta: Vec::new(),
            spare: Vec::new(),
        }
    }

    /// Object `id` (its content only, shared with the cache: no copy) with its kind; `None` when
    /// it is not in a pack or not resolvable here (read it through gix then). `at`: its
    /// `Packs::position` if known.
    pub fn read(
        &mut self,
        id: ObjectId,
        at: Option<(u32, u64)>,
    ) -> Result<Option<(gix::object::Kind, Arc<Vec<u8>>)>> {
        let Some((n, offset)) = at.or_else(|| self.packs.position(id)) else {
            return Ok(None);
        };
        if n as usize >= self.packs.packs.len() {
            return Ok(None);
        }
        let context = || format!("reading object {id}");
        let Some(kind) = self
            .decode(n, offset)
            .map_err(|e| Error::git(context(), e))?
        else {
            return Ok(None);
        };
        Ok(self
            .cache
            .get(&(n, offset))
            .map(|(_, data)| (kind, Arc::clone(data))))
    }

    /// Make sure the object at `offset` of pack `n` is in the cache: walk its delta chain down
    /// to a cached or undeltified object, then apply the deltas upwards, keeping each result.
    fn decode(
        &mut self,
        n: u32,
        offset: u64,
    ) -> std::result::Result<Option<gix::object::Kind>, String> {
        let pack = &self.packs.packs[n as usize].1;
        let mut chain: Vec<data::Entry> = Vec::new();
        let mut at = offset;
        let kind = loop {
            if let Some((kind, _)) = self.cache.get(&(n, at)) {
                break *kind;
            }
            let entry = pack.entry(at).map_err(|e| e.to_string())?;
            if entry.decompressed_size > MAX_OBJECT {
                return Ok(None);
            }
            match entry.header {
                Header::OfsDelta { base_distance } => {
                    at = entry
                        .checked_base_pack_offset(base_distance)
                        .ok_or("delta base before the start of the pack")?;
                    chain.push(entry);
                    if chain.len() > 10_000 {
                        return Err("delta chain too long".into());
                    }
                }
                Header::RefDelta { .. } => return Ok(None),
                _ => {
                    let kind = entry.header.as_kind().ok_or("not an object")?;
                    let mut data = self.buffer(entry.decompressed_size as usize);
                    data.resize(entry.decompressed_size as usize, 0);
                    inflate_entry(
                        pack,
                        &entry,
                        &mut self.deflate,
                        &mut self.inflate,
                        &mut data,
                    )?;
                    self.put(n, at, kind, data);
                    break kind;
                }
            }
        };
        for entry in chain.into_iter().rev() {
            self.delta.resize(entry.decompressed_size as usize, 0);
            inflate_entry(
                pack,
                &entry,
                &mut self.deflate,
                &mut self.inflate,
                &mut self.delta,
            )?;
            let size = delta_size(&self.delta)
                .and_then(|(_, rest)| delta_size(rest))
                .map_or(0, |(size, _)| size.min(MAX_OBJECT) as usize);
            let mut result = self.buffer(size);
            let base = match self.cache.get(&(n, at)) {
                Some((_, base)) => base.as_slice(),
                // Evicted while the chain was resolved (a cache smaller than the chain).
                None => return Ok(None),
            };
            apply_delta(base, &self.delta, &mut result)?;
            at = entry.pack_offset();
            self.put(n, at, kind, result);
        }
        Ok(Some(kind))
    }

    /// An empty buffer for `size` bytes: an evicted object's, if one is about that large.
    fn buffer(&mut self, size: usize) -> Vec<u8> {
        let fits = |b: &Vec<u8>| b.capacity() >= size && b.capacity() <= 2 * size + 4096;
        match self.spare.iter().position(fits) {
            Some(i) => self.spare.swap_remove(i),
            None => Vec::with_capacity(size),
        }
    }

    fn put(&mut self, n: u32, offset: u64, kind: gix::object::Kind, data: Vec<u8>) {
        // Always keep the newest entry, even alone over the cap: its caller reads it next.
        while self.bytes + data.len() > self.cap {
            let Some(old) = self.order.pop_front() else {
                break;
            };
            if let Some((_, d)) = self.cache.remove(&old) {
                self.bytes -= d.len();
                // Nobody else holds it: its memory serves the next object.
                if let Ok(mut d) = Arc::try_unwrap(d) {
                    if self.spare.len() < SPARE {
                        d.clear();
                        self.spare.push(d);
                    }
                }
            }
        }
        self.bytes += data.len();
        self.order.push_back((n, offset));
        if let Some((_, d)) = self.cache.insert((n, offset), (kind, Arc::new(data))) {
            self.bytes -= d.len();
        }
    }
}

/// A size in a delta's header (7 bits a byte, least significant first) and the rest.
fn delta_size(d: &[u8]) -> std::result::Result<(u64, &[u8]), String> {
    let mut size = 0u64;
    for (i, &b) in d.iter().enumerate().take(10) {
        size |= u64::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Ok((size, &d[i + 1..]));
        }
    }
    Err("truncated delta header".into())
}

/// Apply git delta instructions `delta` to `base`.
fn apply_delta(base: &[u8], delta: &[u8], out: &mut Vec<u8>) -> std::result::Result<(), String> {
    let (base_size, rest) = delta_size(delta)?;
    let (result_size, mut ops) = delta_size(rest)?;
    if base_size != base.len() as u64 {
        return Err("delta base size does not match its base".into());
    }
    if result_size > MAX_OBJECT {
        return Err("delta result too large".into());
    }
    out.clear();
    out.reserve(result_size as usize);
    while let Some((&cmd, rest)) = ops.split_first() {
        ops = rest;
        if cmd & 0x80 != 0 {
            // Copy from the base: offset and size bytes present per the flag bits.
            let mut field = |bits: u8, shift: u32| -> std::result::Result<usize, String> {
                let mut v = 0usize;
                for k in 0..bits {
                    if cmd & (1 << (shift + u32::from(k))) != 0 {
                        let (&b, rest) = ops.split_first().ok_or("truncated delta copy")?;
                        ops = rest;
                        v |= usize::from(b) << (8 * k);
                    }
                }
                Ok(v)
            };
            let ofs = field(4, 0)?;
            let size = match field(3, 4)? {
                0 => 0x10000,
                s => s,
            };
            let chunk = ofs
                .checked_add(size)
                .and_then(|end| base.get(ofs..end))
                .ok_or("delta copy outside its base")?;
            out.extend_from_slice(chunk);
        } else if cmd != 0 {
            let size = usize::from(cmd);
            if ops.len() < size {
                return Err("truncated delta insert".into());
            }
            out.extend_from_slice(&ops[..size]);
            ops = &ops[size..];
        } else {
            return Err("reserved delta instruction 0".into());
        }
    }
    if out.len() as u64 != result_size {
        return Err("delta result size does not match its header".into());
    }
    Ok(())
}

/// Inflate `entry` into `out` (exactly its decompressed size) with libdeflate from the mapped
/// pack; zlib (gix) when libdeflate refuses it.
fn inflate_entry(
    pack: &data::File,
    entry: &data::Entry,
    deflate: &mut libdeflater::Decompressor,
    inflate: &mut gix::zlib::Inflate,
    out: &mut [u8],
) -> std::result::Result<(), String> {
    let start = entry.data_offset;
    // The compressed stream ends before the pack's 20-byte trailer; libdeflate stops at the
    // stream's end and checks its Adler-32.
    let end = pack.data_len().saturating_sub(20) as u64;
    if let Some(input) = (start < end)
        .then(|| pack.entry_slice(start..end))
        .flatten()
    {
        if deflate.zlib_decompress(input, out).ok() == Some(out.len()) {
            return Ok(());
        }
    }
    pack.decompress_entry(entry, inflate, out)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn applies_copies_and_inserts() {
        let base = b"hello world";
        // base 11, result 12; copy 6 bytes at 0; insert "there!"
        let mut d = vec![11, 12, 0x80 | 0x10, 6];
        d.push(6);
        d.extend_from_slice(b"there!");
        let mut out = Vec::new();
        apply_delta(base, &d, &mut out).unwrap();
        assert_eq!(out, b"hello there!");
        // A copy beyond the base, a wrong base size, a truncated insert: errors.
        assert!(apply_delta(base, &[11, 5, 0x80 | 0x01 | 0x10, 20, 5], &mut out).is_err());
        assert!(apply_delta(base, &[10, 1, 1, b'x'], &mut out).is_err());
        assert!(apply_delta(base, &[11, 3, 3, b'x'], &mut out).is_err());
    }
}
