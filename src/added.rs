//! A blob pair → the added lines, numbered as in the staged file.

use std::collections::HashMap;
use std::time::Duration;

use similar::{Algorithm, DiffOp};

/// How much of a blob's start is examined for NUL bytes to call it binary (git uses 8000).
pub const BINARY_PROBE: usize = 8 * 1024;

/// How long one file's line diff may take before falling back to a coarser (never smaller) set
/// of added lines.
pub const DIFF_DEADLINE: Duration = Duration::from_millis(500);

/// Git's heuristic: a NUL byte in the first 8 KiB means binary.
pub fn is_binary(data: &[u8]) -> bool {
    memchr::memchr(0, &data[..data.len().min(BINARY_PROBE)]).is_some()
}

/// A text file saved as UTF-16 with its byte-order mark (regedit's `.reg` exports, PowerShell 5's
/// `Out-File` and `>`, Notepad's and SSMS's "Unicode"), in UTF-8: the NUL byte of every ASCII
/// character would call it binary and keep what it says from every rule. Its lines stay where
/// they were. (An unpaired surrogate becomes U+FFFD.)
pub fn utf16_text(data: &[u8]) -> Option<Vec<u8>> {
    let (little, body) = match data {
        // (`FF FE 00 00` starts UTF-32LE: not text this reads.)
        [0xFF, 0xFE, 0, 0, ..] => return None,
        [0xFF, 0xFE, rest @ ..] => (true, rest),
        [0xFE, 0xFF, rest @ ..] => (false, rest),
        _ => return None,
    };
    let units = body.chunks_exact(2).map(|c| match little {
        true => u16::from_le_bytes([c[0], c[1]]),
        false => u16::from_be_bytes([c[0], c[1]]),
    });
    let text: String = char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    Some(text.into_bytes())
}

/// A file's bytes as the rules read them: UTF-16 with a byte-order mark in UTF-8, a UTF-8
/// byte-order mark dropped (it would run into the first line's first name), NUL padding after the
/// text dropped, lone `\r` line ends read as line ends.
pub fn as_text(data: Vec<u8>) -> Vec<u8> {
    let mut data = utf16_text(&data).unwrap_or(data);
    if data.starts_with(b"\xEF\xBB\xBF") {
        data.drain(..3);
    }
    // Text padded with NUL bytes at its end (a log cut short by a crash, a preallocated file):
    // the text, not a binary file.
    if data.last() == Some(&0) {
        let end = data.iter().rposition(|&b| b != 0).map_or(0, |at| at + 1);
        if end > 0 && !is_binary(&data[..end]) {
            data.truncate(end);
        }
    }
    // A no-break or ideographic space around `=` reads as a space (`User\u{a0}=\u{a0}svc`); a
    // zero-width space, joiner or in-text byte-order mark as nothing.
    if memchr::memchr3(0xC2, 0xE2, 0xE3, &data).is_some() || memchr::memchr(0xEF, &data).is_some() {
        data = without_invisible_spaces(data);
    }
    // Lines ended by a lone `\r` (classic Mac OS, some exports): one line each, not one line
    // for the whole file.
    if memchr::memchr(b'\n', &data).is_none() && memchr::memchr(b'\r', &data).is_some() {
        for b in &mut data {
            if *b == b'\r' {
                *b = b'\n';
            }
        }
    }
    data
}

/// `data` with U+00A0 and U+3000 as ` ` and U+200B, U+200C, U+200D, U+2060 and U+FEFF gone.
fn without_invisible_spaces(data: Vec<u8>) -> Vec<u8> {
    const SPACES: [&[u8]; 2] = [b"\xC2\xA0", b"\xE3\x80\x80"];
    const GONE: [&[u8]; 5] = [
        b"\xE2\x80\x8B",
        b"\xE2\x80\x8C",
        b"\xE2\x80\x8D",
        b"\xE2\x81\xA0",
        b"\xEF\xBB\xBF",
    ];
    let found = |at: &[u8]| {
        SPACES
            .iter()
            .find(|s| at.starts_with(s))
            .map(|s| (s.len(), Some(b' ')))
            .or_else(|| {
                GONE.iter()
                    .find(|g| at.starts_with(g))
                    .map(|g| (g.len(), None))
            })
    };
    if !data.windows(2).any(|w| {
        matches!(
            w,
            [0xC2, 0xA0] | [0xE2, 0x80 | 0x81] | [0xE3, 0x80] | [0xEF, 0xBB]
        )
    }) {
        return data;
    }
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if matches!(data[i], 0xC2 | 0xE2 | 0xE3 | 0xEF) {
            if let Some((len, with)) = found(&data[i..]) {
                out.extend(with);
                i += len;
                continue;
            }
        }
        out.push(data[i]);
        i += 1;
    }
    out
}

/// Split into lines on `\n`, stripping one trailing `\r` from each (CRLF files keep their line
/// numbers). A final line without newline counts; a trailing newline adds no empty line.
pub fn split_lines(data: &[u8]) -> Vec<&[u8]> {
    let mut lines: Vec<&[u8]> = Vec::with_capacity(data.len() / 32 + 1);
    split_lines_into(data, &mut lines);
    lines
}

/// `split_lines` into `lines` (emptied first), reusing its memory.
///
/// Newlines are found 64 bytes at a time as a bit mask: source lines are short (~40 bytes), and
/// one `memchr` call per line spent more time starting searches than searching (splitting was
/// ~8% of a history scan's CPU).
pub fn split_lines_into<'d>(data: &'d [u8], lines: &mut Vec<&'d [u8]>) {
    lines.clear();
    let mut start = 0;
    let (chunks, _) = data.as_chunks::<64>();
    for (c, chunk) in chunks.iter().enumerate() {
        let mut mask = newline_mask(chunk);
        while mask != 0 {
            let end = c * 64 + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            let l = &data[start..end];
            lines.push(l.strip_suffix(b"\r").unwrap_or(l));
            start = end + 1;
        }
    }
    let tail = chunks.len() * 64;
    for end in memchr::memchr_iter(b'\n', &data[tail..]) {
        let end = tail + end;
        let l = &data[start..end];
        lines.push(l.strip_suffix(b"\r").unwrap_or(l));
        start = end + 1;
    }
    if start < data.len() {
        let l = &data[start..];
        lines.push(l.strip_suffix(b"\r").unwrap_or(l));
    }
}

/// Bit `i` is set when `chunk[i]` is a newline: four 16-byte compares and mask moves (SSE2,
/// which every x86-64 has).
#[cfg(target_arch = "x86_64")]
#[inline]
fn newline_mask(chunk: &[u8; 64]) -> u64 {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8,
    };
    let mut mask = 0u64;
    // SAFETY: SSE2 is part of the x86-64 baseline; each load reads 16 bytes inside `chunk`
    // (unaligned loads are allowed).
    unsafe {
        let nl = _mm_set1_epi8(b'\n' as i8);
        for i in 0..4 {
            let v = _mm_loadu_si128(chunk.as_ptr().add(16 * i).cast::<__m128i>());
            let m = _mm_movemask_epi8(_mm_cmpeq_epi8(v, nl)) as u32 as u64;
            mask |= m << (16 * i);
        }
    }
    mask
}

/// Bit `i` is set when `chunk[i]` is a newline.
#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn newline_mask(chunk: &[u8; 64]) -> u64 {
    portable_newline_mask(chunk)
}

/// `newline_mask` without vector instructions (other architectures; checked against the SSE2
/// version in tests).
#[cfg(any(test, not(target_arch = "x86_64")))]
fn portable_newline_mask(chunk: &[u8; 64]) -> u64 {
    let mut mask = 0u64;
    for (i, &b) in chunk.iter().enumerate() {
        mask |= u64::from(b == b'\n') << i;
    }
    mask
}

/// An empty vector of lines with the memory of `lines` (lines of other data): in-place
/// collection keeps the allocation, the element type's layout being the same.
pub fn recycle<'b>(mut lines: Vec<&[u8]>) -> Vec<&'b [u8]> {
    lines.clear();
    lines.into_iter().map(|_| &[][..]).collect()
}

/// A definition of added lines: (old lines, new lines) → indices of the added new lines.
pub type AddedLines = fn(&[&[u8]], &[&[u8]]) -> Vec<usize>;

/// Indices (0-based, ascending) of the lines of `new` that are not in `old` according to a line
/// diff. With no old blob every line is added.
pub fn added_lines(old: &[&[u8]], new: &[&[u8]]) -> Vec<usize> {
    let (prefix, old_mid, new_mid) = match changed_middle(old, new) {
        Middle::Lines(range) => return range.collect(),
        Middle::Both(prefix, old_mid, new_mid) => (prefix, old_mid, new_mid),
    };
    let deadline = std::time::Instant::now() + DIFF_DEADLINE;
    let ops =
        similar::capture_diff_slices_deadline(Algorithm::Myers, old_mid, new_mid, Some(deadline));
    let mut out = Vec::new();
    for op in ops {
        match op {
            DiffOp::Insert {
                new_index, new_len, ..
            }
            | DiffOp::Replace {
                new_index, new_len, ..
            } => out.extend(prefix + new_index..prefix + new_index + new_len),
            DiffOp::Equal { .. } | DiffOp::Delete { .. } => {}
        }
    }
    out
}

/// What is left to compare once the lines both sides share at the start and at the end are set
/// aside.
enum Middle<'o, 'n, 'l> {
    /// The added lines are known: this range of `new` (perhaps empty).
    Lines(std::ops::Range<usize>),
    /// Both sides have lines in between: the first's index in `new`, old's and new's lines.
    Both(usize, &'o [&'l [u8]], &'n [&'l [u8]]),
}

/// Strip the common prefix and suffix: cheap, and they keep the real comparison small.
fn changed_middle<'o, 'n, 'l>(old: &'o [&'l [u8]], new: &'n [&'l [u8]]) -> Middle<'o, 'n, 'l> {
    if old.is_empty() {
        return Middle::Lines(0..new.len());
    }
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let max_suffix = old.len().min(new.len()) - prefix;
    let suffix = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take(max_suffix)
        .take_while(|(a, b)| a == b)
        .count();
    let old_mid = &old[prefix..old.len() - suffix];
    let new_mid = &new[prefix..new.len() - suffix];
    if old_mid.is_empty() || new_mid.is_empty() {
        return Middle::Lines(prefix..prefix + new_mid.len());
    }
    Middle::Both(prefix, old_mid, new_mid)
}

/// History's cheaper notion of added lines (no line diff): the lines of `new` whose content
/// `old` has fewer times, compared as multisets after the common prefix and suffix (of equal
/// lines, the first ones are the old ones). A subset of `added_lines`: a line diff also counts
/// a line that moved within the file as added, but a moved line brought nothing new into the
/// file (its secret, if any, was already introduced by an older commit).
pub fn new_content_lines(old: &[&[u8]], new: &[&[u8]]) -> Vec<usize> {
    let (prefix, old_mid, new_mid) = match changed_middle(old, new) {
        Middle::Lines(range) => return range.collect(),
        Middle::Both(prefix, old_mid, new_mid) => (prefix, old_mid, new_mid),
    };
    fewer_in_old(prefix, old_mid, new_mid)
}

/// The lines of `new_mid` (numbered from `first`) whose content `old_mid` has fewer times; of
/// equal lines, the first ones are the old ones.
fn fewer_in_old(first: usize, old_mid: &[&[u8]], new_mid: &[&[u8]]) -> Vec<usize> {
    let mut count: HashMap<&[u8], u32, foldhash::fast::RandomState> =
        HashMap::with_capacity_and_hasher(old_mid.len(), Default::default());
    for line in old_mid {
        *count.entry(line).or_default() += 1;
    }
    let mut out = Vec::new();
    for (i, line) in new_mid.iter().enumerate() {
        match count.get_mut(line) {
            Some(n) if *n > 0 => *n -= 1,
            _ => out.push(first + i),
        }
    }
    out
}

/// `new_content_lines(&split_lines(old), new_lines)`, where `new_lines = split_lines(new)`,
/// without splitting all of `old`: the common prefix and suffix are found by comparing bytes
/// (then line by line, for what bytes cannot tell: `\r\n` against `\n`, a last line without
/// newline), and only the old lines in between are split. History compares every version of a
/// file with the one before, and most of the old side is common.
///
/// `old_lines`: memory for the old lines in between.
pub fn new_content_lines_of<'o>(
    old: &'o [u8],
    new: &[u8],
    new_lines: &[&[u8]],
    old_lines: &mut Vec<&'o [u8]>,
) -> Vec<usize> {
    if old.is_empty() {
        return (0..new_lines.len()).collect();
    }
    let n = new_lines.len();
    let offset = |l: &[u8]| l.as_ptr() as usize - new.as_ptr() as usize;
    // Where the line after new line `l` starts: past its newline (`None` for a last line without
    // one).
    let after = |l: &[u8]| {
        let end = offset(l) + l.len();
        match new.get(end..) {
            Some([b'\n', ..]) => Some(end + 1),
            Some([b'\r', b'\n', ..]) => Some(end + 2),
            _ => None,
        }
    };
    // A new line whose newline lies within the common bytes is an old line too, at the same
    // place: so are all before it.
    let same = common_prefix(old, new);
    let mut prefix = new_lines.partition_point(|l| after(l).is_some_and(|a| a <= same));
    let mut old_at = match prefix {
        0 => 0,
        p => after(new_lines[p - 1]).unwrap_or(new.len()),
    };
    let mut new_at = old_at;
    let mut forward = LinesFrom {
        data: old,
        at: old_at,
    };
    while prefix < n {
        match forward.next() {
            Some(l) if l == new_lines[prefix] => {
                new_at = after(new_lines[prefix]).unwrap_or(new.len());
                prefix += 1;
                old_at = forward.at;
            }
            _ => break,
        }
    }
    // From the end, never into the prefix on either side: a new line that starts right after a
    // newline within the common tail is an old line too, as are all after it.
    let tail = common_suffix(&old[old_at..], &new[new_at..]);
    let cut = new.len() - tail;
    let mut suffix = n - prefix - new_lines[prefix..].partition_point(|l| offset(l) <= cut);
    let mut old_end = match suffix {
        0 => old.len(),
        s => old.len() - (new.len() - offset(new_lines[n - s])),
    };
    let mut backward = LinesBefore {
        data: old,
        end: old_end,
        floor: old_at,
    };
    while suffix < n - prefix {
        match backward.next() {
            Some(l) if l == new_lines[n - 1 - suffix] => {
                suffix += 1;
                old_end = backward.end;
            }
            _ => break,
        }
    }
    let new_mid = &new_lines[prefix..n - suffix];
    if old_at >= old_end || new_mid.is_empty() {
        return (prefix..prefix + new_mid.len()).collect();
    }
    split_lines_into(&old[old_at..old_end], old_lines);
    fewer_in_old(prefix, old_lines, new_mid)
}

/// How many bytes `a` and `b` have in common at their start.
pub(crate) fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let (x, _) = a[..n].as_chunks::<16>();
    let (y, _) = b[..n].as_chunks::<16>();
    let i = 16 * x.iter().zip(y).take_while(|(x, y)| x == y).count();
    i + a[i..n]
        .iter()
        .zip(&b[i..n])
        .take_while(|(x, y)| x == y)
        .count()
}

/// How many bytes `a` and `b` have in common at their end.
fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let (_, x) = a[a.len() - n..].as_rchunks::<16>();
    let (_, y) = b[b.len() - n..].as_rchunks::<16>();
    let i = 16
        * x.iter()
            .rev()
            .zip(y.iter().rev())
            .take_while(|(x, y)| x == y)
            .count();
    let (a, b) = (&a[..a.len() - i], &b[..b.len() - i]);
    i + a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// The lines of `data` from offset `at` (a line start) on, as `split_lines` cuts them.
struct LinesFrom<'d> {
    data: &'d [u8],
    at: usize,
}

impl<'d> Iterator for LinesFrom<'d> {
    type Item = &'d [u8];

    fn next(&mut self) -> Option<&'d [u8]> {
        let rest = self.data.get(self.at..).filter(|r| !r.is_empty())?;
        let (line, used) = match memchr::memchr(b'\n', rest) {
            Some(end) => (&rest[..end], end + 1),
            None => (rest, rest.len()),
        };
        self.at += used;
        Some(line.strip_suffix(b"\r").unwrap_or(line))
    }
}

/// The lines of `data` before offset `end` (a line start, or the end of `data`) and from offset
/// `floor` (a line start) on, last first, as `split_lines` cuts them.
struct LinesBefore<'d> {
    data: &'d [u8],
    end: usize,
    floor: usize,
}

impl<'d> Iterator for LinesBefore<'d> {
    type Item = &'d [u8];

    fn next(&mut self) -> Option<&'d [u8]> {
        if self.end <= self.floor {
            return None;
        }
        // The newline ending this line, if any (only the last line of `data` has none).
        let stop = match self.data.get(self.end - 1) {
            Some(b'\n') => self.end - 1,
            _ => self.end,
        };
        let start = match memchr::memrchr(b'\n', self.data.get(self.floor..stop)?) {
            Some(nl) => self.floor + nl + 1,
            None => self.floor,
        };
        self.end = start;
        let line = &self.data[start..stop];
        Some(line.strip_suffix(b"\r").unwrap_or(line))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_encodings_and_layouts_read_as_their_text() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("a=1\r\nb=2\r\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(as_text(utf16), b"a=1\r\nb=2\r\n");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("x\n".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(as_text(be), b"x\n");
        assert_eq!(as_text(b"\xEF\xBB\xBFk=v\n".to_vec()), b"k=v\n");
        assert_eq!(as_text(b"one\rtwo\rthree".to_vec()), b"one\ntwo\nthree");
        // (Lone `\r`s beside `\n`s are left alone.)
        assert_eq!(as_text(b"a\rb\nc".to_vec()), b"a\rb\nc");
        assert_eq!(as_text(b"log line\n\0\0\0\0".to_vec()), b"log line\n");
        assert!(is_binary(&as_text(b"PK\x03\x04\0\0bin\0\0".to_vec())));
        assert_eq!(
            as_text(
                "User\u{a0}=\u{a0}svc\u{200b}\n\u{3000}x"
                    .as_bytes()
                    .to_vec()
            ),
            b"User = svc\n x"
        );
        // Other text is untouched.
        let text = "caf\u{e9} \u{2019}quoted\u{2019}\n".as_bytes().to_vec();
        assert_eq!(as_text(text.clone()), text);
    }

    /// A small deterministic generator: `next(n)` is in `0..n`.
    fn xorshift(mut seed: u64) -> impl FnMut(usize) -> usize {
        move |n| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        }
    }

    #[test]
    fn crlf_and_final_line() {
        assert_eq!(split_lines(b"a\r\nb\r\nc"), vec![&b"a"[..], b"b", b"c"]);
        assert_eq!(split_lines(b"a\n"), vec![&b"a"[..]]);
        assert!(split_lines(b"").is_empty());
    }

    #[test]
    fn split_matches_a_plain_split_across_chunks() {
        let mut next = xorshift(0x9e37_79b9_7f4a_7c15);
        let alphabet = b"ab\r\n\n\xff";
        for _ in 0..5_000 {
            let len = next(300);
            let data: Vec<u8> = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
            let mut plain: Vec<&[u8]> = data
                .split(|&b| b == b'\n')
                .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
                .collect();
            if data.last().is_none_or(|&b| b == b'\n') {
                plain.pop();
            }
            assert_eq!(split_lines(&data), plain, "{data:?}");
        }
        for _ in 0..1_000 {
            let chunk: [u8; 64] = std::array::from_fn(|_| alphabet[next(alphabet.len())]);
            assert_eq!(newline_mask(&chunk), portable_newline_mask(&chunk));
        }
    }

    #[test]
    fn only_added_lines_with_new_numbers() {
        let old = split_lines(b"one\ntwo\nthree\nfour\n");
        let new = split_lines(b"zero\none\ntwo\nTHREE\nfour\nfive\n");
        assert_eq!(added_lines(&old, &new), vec![0, 3, 5]);
        assert!(added_lines(&new, &split_lines(b"one\n")).is_empty());
        assert_eq!(added_lines(&[], &new).len(), 6);
    }

    #[test]
    fn new_content_ignores_moved_lines() {
        let old = split_lines(b"one\ntwo\nthree\nfour\n");
        let new = split_lines(b"zero\none\nthree\ntwo\nTHREE\nfour\nfive\n");
        // The line diff counts the moved `two` (or `three`) as added; its content is not new.
        assert_eq!(added_lines(&old, &new), vec![0, 3, 4, 6]);
        assert_eq!(new_content_lines(&old, &new), vec![0, 4, 6]);
        // A second copy of a line is new content.
        let new = split_lines(b"one\ntwo\ntwo\nthree\nfour\n");
        assert_eq!(new_content_lines(&old, &new), vec![2]);
        assert_eq!(new_content_lines(&[], &new).len(), 5);
        assert!(new_content_lines(&new, &old).is_empty());
    }

    #[test]
    fn new_content_of_bytes_matches_lines() {
        // Random small texts over an alphabet that makes lines repeat, CRLF and missing final
        // newlines common; each with an edited copy (bytes inserted, removed, replaced).
        let mut next = xorshift(0x2545_f491_4f6c_dd1d);
        let alphabet = b"ab\r\n\n";
        for _ in 0..200_000 {
            let len = if next(4) == 0 { next(400) } else { next(24) };
            let old: Vec<u8> = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
            let mut new = old.clone();
            for _ in 0..next(4) {
                let at = next(new.len() + 1);
                match next(3) {
                    0 => new.insert(at, alphabet[next(alphabet.len())]),
                    1 if at < new.len() => {
                        new.remove(at);
                    }
                    _ if at < new.len() => new[at] = alphabet[next(alphabet.len())],
                    _ => {}
                }
            }
            let (o, n) = (split_lines(&old), split_lines(&new));
            assert_eq!(
                new_content_lines_of(&old, &new, &n, &mut Vec::new()),
                new_content_lines(&o, &n),
                "old {:?} new {:?}",
                String::from_utf8_lossy(&old),
                String::from_utf8_lossy(&new)
            );
        }
    }
}
