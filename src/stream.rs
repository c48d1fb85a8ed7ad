//! Huge blobs and files, scanned in windows so memory stays bounded whatever their size.
//!
//! A staged blob above [`HUGE_BLOB`] bytes is read straight from its loose object through a
//! streaming inflater; every line counts as added (it is not diffed against HEAD, which would need
//! both versions in memory) and the person is told so.

use std::io::{BufRead, BufReader, Read};

use crate::allow::Allowlist;
use crate::detect::Detector;
use crate::error::{Error, Result};
use crate::report::Finding;

/// Blobs larger than this are streamed in windows instead of read whole.
pub const HUGE_BLOB: u64 = 64 << 20;
/// Bytes scanned per window.
pub const WINDOW: usize = 8 << 20;
/// When a single line is longer than a window, consecutive pieces overlap by this much so a
/// secret that straddles a cut is still seen whole once.
pub const OVERLAP: usize = 4096;

/// The decompressed size of an object, without decompressing it.
pub fn object_size(repo: &gix::Repository, id: gix::ObjectId) -> Result<u64> {
    repo.find_header(id)
        .map(|h| h.size())
        .map_err(|e| Error::git(format!("reading object header {id}"), e))
}

/// A loose object's content as a stream (header skipped). `None` when the object is packed.
pub fn open_loose(repo: &gix::Repository, id: gix::ObjectId) -> Result<Option<impl Read>> {
    let hex = id.to_hex().to_string();
    let path = repo
        .objects
        .store_ref()
        .path()
        .join(&hex[..2])
        .join(&hex[2..]);
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(path, e)),
    };
    let mut reader = LooseReader {
        inner: BufReader::with_capacity(256 * 1024, file),
        state: gix::zlib::Decompress::new(),
    };
    // Skip the `blob <size>\0` header.
    let mut byte = [0u8; 1];
    for _ in 0..64 {
        if reader.read(&mut byte).map_err(|e| Error::io(&path, e))? == 0 {
            return Err(Error::git(
                "reading loose object",
                format!("{id}: truncated"),
            ));
        }
        if byte[0] == 0 {
            return Ok(Some(reader));
        }
    }
    Err(Error::git(
        "reading loose object",
        format!("{id}: bad header"),
    ))
}

/// A blob stored whole (not as a delta) in a pack, as a stream. Git writes files above
/// `core.bigFileThreshold` (512 MiB by default) straight into a pack this way. `None` when the
/// object is in no pack or is stored as a delta.
pub fn open_packed(repo: &gix::Repository, id: gix::ObjectId) -> Result<Option<impl Read>> {
    use std::io::{Seek, SeekFrom};
    let pack_dir = repo.objects.store_ref().path().join("pack");
    let entries = match std::fs::read_dir(&pack_dir) {
        Ok(e) => e,
        Err(_) => return Ok(None),
    };
    for entry in entries.flatten() {
        let idx_path = entry.path();
        if idx_path.extension().is_none_or(|e| e != "idx") {
            continue;
        }
        let Ok(index) = gix::odb::pack::index::File::at(&idx_path, repo.object_hash()) else {
            continue;
        };
        let Some(i) = index.lookup(id) else { continue };
        let offset = index.pack_offset_at_index(i);
        let pack_path = idx_path.with_extension("pack");
        let mut file = std::fs::File::open(&pack_path).map_err(|e| Error::io(&pack_path, e))?;
        file.seek(SeekFrom::Start(offset))
            .map_err(|e| Error::io(&pack_path, e))?;
        let mut reader = BufReader::with_capacity(256 * 1024, file);
        // Entry header: type in bits 4-6 of the first byte, size as a varint.
        let mut byte = [0u8; 1];
        reader
            .read_exact(&mut byte)
            .map_err(|e| Error::io(&pack_path, e))?;
        let kind = (byte[0] >> 4) & 0x7;
        let mut more = byte[0] & 0x80 != 0;
        while more {
            reader
                .read_exact(&mut byte)
                .map_err(|e| Error::io(&pack_path, e))?;
            more = byte[0] & 0x80 != 0;
        }
        const BLOB: u8 = 3;
        if kind != BLOB {
            return Ok(None);
        }
        return Ok(Some(LooseReader {
            inner: reader,
            state: gix::zlib::Decompress::new(),
        }));
    }
    Ok(None)
}

struct LooseReader<R: BufRead> {
    inner: R,
    state: gix::zlib::Decompress,
}

impl<R: BufRead> Read for LooseReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        gix::zlib::stream::inflate::read(&mut self.inner, &mut self.state, buf)
    }
}

/// Scan everything `reader` yields (every line counts as added), window by window.
/// Returns `None` if the content is binary (a NUL in the first 8 KiB).
pub fn scan_reader(
    det: &Detector,
    allow: &Allowlist,
    path: &str,
    mut reader: impl Read,
) -> Result<Option<Vec<Finding>>> {
    let mut findings = Vec::new();
    let mut buf: Vec<u8> = Vec::with_capacity(WINDOW + OVERLAP);
    let mut chunk = vec![0u8; 1 << 20];
    let mut line_base = 0usize; // complete lines before `buf`
    let mut col_base = 0usize; // bytes of the current line before `buf`
    let mut eof = false;
    let mut first = true;
    let io = |e: std::io::Error| Error::io(path, e);
    loop {
        while buf.len() < WINDOW && !eof {
            let n = reader.read(&mut chunk).map_err(io)?;
            if n == 0 {
                eof = true;
            } else {
                buf.extend_from_slice(&chunk[..n]);
            }
        }
        if first {
            first = false;
            if crate::added::is_binary(&buf) {
                return Ok(None);
            }
        }
        if buf.is_empty() {
            break;
        }
        let (end, keep_before, mid_line) = if eof {
            (buf.len(), buf.len(), false)
        } else if let Some(p) = buf.iter().rposition(|&b| b == b'\n') {
            (p + 1, p + 1, false)
        } else {
            (buf.len(), buf.len() - OVERLAP.min(buf.len()), true)
        };
        let region = &buf[..end];
        let lines = crate::added::split_lines(region);
        let all: Vec<usize> = (0..lines.len()).collect();
        let mut cands = Vec::new();
        det.scan_file(path, region, &lines, &all, &mut cands)?;
        for c in cands {
            if mid_line && c.start >= keep_before {
                continue; // seen again, whole, in the next window
            }
            let on_first = c.line == 0;
            if let Ok(mut f) = allow.judge(det, path, &lines, c) {
                f.line += line_base;
                if on_first {
                    f.column += col_base;
                }
                findings.push(f);
            }
        }
        if mid_line {
            col_base += keep_before;
        } else {
            line_base += lines.len();
            col_base = 0;
        }
        buf.drain(..keep_before);
        if eof && mid_line {
            continue;
        }
        if eof {
            break;
        }
    }
    Ok(Some(findings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_keep_line_numbers_and_see_straddling_secrets() {
        let det = Detector::new(
            crate::rules::parse_catalog(
                "t",
                r#"[[rules]]
id = "t"
description = "t"
keywords = ["tok_"]
regex = '''\b(tok_[a-z0-9]{20})\b'''
examples = ["tok_q8z3m1x7v4k9w2r6t5p0"]
negatives = ["x"]
"#,
            )
            .unwrap(),
            &[],
        )
        .unwrap();
        let allow = Allowlist::default();
        // Many lines: the secret on a line far past the first window.
        let mut text = "filler line of text\n".repeat(WINDOW / 20 * 2 + 7);
        let line = text.lines().count() + 1;
        text.push_str("x tok_q8z3m1x7v4k9w2r6t5p0 y\nend\n");
        let f = scan_reader(&det, &allow, "p", text.as_bytes())
            .unwrap()
            .unwrap();
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].line, f[0].column), (line, 3));
        // One giant line: secret straddling the first window's end.
        let mut long = "a".repeat(WINDOW - 10);
        long.push_str(" tok_q8z3m1x7v4k9w2r6t5p0 ");
        long.push_str(&"b".repeat(WINDOW));
        let f = scan_reader(&det, &allow, "p", long.as_bytes())
            .unwrap()
            .unwrap();
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].line, f[0].column), (1, WINDOW - 8));
    }
}
