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

/// Split into lines on `\n`, stripping one trailing `\r` from each (CRLF files keep their line
/// numbers). A final line without newline counts; a trailing newline adds no empty line.
pub fn split_lines(data: &[u8]) -> Vec<&[u8]> {
    if data.is_empty() {
        return Vec::new();
    }
    let mut lines: Vec<&[u8]> = Vec::with_capacity(data.len() / 32 + 1);
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', data) {
        let l = &data[start..end];
        lines.push(l.strip_suffix(b"\r").unwrap_or(l));
        start = end + 1;
    }
    if start < data.len() {
        let l = &data[start..];
        lines.push(l.strip_suffix(b"\r").unwrap_or(l));
    }
    lines
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
    let mut count: HashMap<&[u8], u32, foldhash::fast::RandomState> =
        HashMap::with_capacity_and_hasher(old_mid.len(), Default::default());
    for line in old_mid {
        *count.entry(line).or_default() += 1;
    }
    let mut out = Vec::new();
    for (i, line) in new_mid.iter().enumerate() {
        match count.get_mut(line) {
            Some(n) if *n > 0 => *n -= 1,
            _ => out.push(prefix + i),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_final_line() {
        assert_eq!(split_lines(b"a\r\nb\r\nc"), vec![&b"a"[..], b"b", b"c"]);
        assert_eq!(split_lines(b"a\n"), vec![&b"a"[..]]);
        assert!(split_lines(b"").is_empty());
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
}
