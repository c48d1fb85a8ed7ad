//! A call's arguments on lines of their own:
//!
//! ```text
//! client = Minio(
//!     'minio:9000',
//!     'J43HDBGJ7OG1BSNMZVL5',
//!     'gn8K7Imv0bFFIiCNmTl8wJzT5uGyh6A2E1scZatu',
//! ```
//!
//! A line that holds nothing but quoted literals inside an open call (or a shell command's `\`
//! continuation, or after `=`) is read joined to the lines that lead onto it and to the rest of
//! the statement, as it would read on one line, so the rules keyed on the call's name judge its
//! arguments. A list's or a map's items are left to their own lines.

use crate::detect::pair::Paired;

/// How many lines above a literal line a statement may start.
const MAX_LINES: usize = 8;
/// The longest joined statement read.
const MAX_BYTES: usize = 1200;

/// Line `i` joined to the lines above it that lead onto it, when line `i` holds only quoted
/// literals (and the commas, closing brackets and a comment after them) and some literal on it
/// is shaped like a secret: 8 characters long at least, no spaces, not only lower-case letters.
pub fn joined(lines: &[&[u8]], i: usize) -> Option<Joined> {
    let line = *lines.get(i)?;
    let body = line.trim_ascii();
    let at = line.len() - line.trim_ascii_start().len();
    if !only_literals(body) || i == 0 {
        return None;
    }
    // The statement's first line: the lines above continue onto the next one.
    let mut head = i;
    while head > 0 && i - head < MAX_LINES && continues(lines[head - 1]) {
        head -= 1;
    }
    // (Nothing leads onto the line, or the statement starts further up than is read: a long
    // list's items, judged by what is on their own lines.)
    if head == i || (head > 0 && continues(lines[head - 1])) {
        return None;
    }
    // A list's or a map's items are judged on their own lines (`"stageKeys": [`, `tokens = [`):
    // only a call's arguments (a `(` left open above the line), a shell command's words and an
    // assigned value are read joined.
    let open_call = lines[head..i]
        .iter()
        .flat_map(|l| l.iter())
        .fold(0i32, |depth, &b| match b {
            b'(' => depth + 1,
            b')' => depth - 1,
            _ => depth,
        })
        > 0;
    if !open_call
        && !lines[head..i].iter().any(|l| {
            let t = l.trim_ascii_end();
            matches!(t.last(), Some(b'=' | b'\\')) || t.ends_with(b"=>")
        })
    {
        return None;
    }
    // The rest of the statement, so that what follows the line is read too (a call's later
    // arguments tell an id from its secret).
    let mut tail = i;
    while tail + 1 < lines.len() && tail - i < MAX_LINES && continues(lines[tail]) {
        tail += 1;
    }
    let mut text = Vec::with_capacity(MAX_BYTES);
    let mut synthetic_value_at = 0;
    for (k, l) in lines[head..=tail].iter().enumerate() {
        let l = l.trim_ascii();
        let l = l.strip_suffix(b"\\").unwrap_or(l).trim_ascii_end();
        space(&mut text);
        if head + k == i {
            synthetic_value_at = text.len();
        }
        text.extend_from_slice(l);
        if text.len() > MAX_BYTES {
            return None;
        }
    }
    Some(Joined {
        paired: Paired {
            line: text,
            value_at: at,
            synthetic_value_at,
        },
        end: at + body.len(),
    })
}

/// A statement read as one line; what is found in it counts only inside line `i`'s own text
/// (`paired.value_at..end` of the real line).
pub struct Joined {
    pub paired: Paired,
    pub end: usize,
}

/// Pieces joined as one line writes them: a space between them, none after an opening bracket.
fn space(text: &mut Vec<u8>) {
    if !matches!(text.last(), None | Some(b'(' | b'[' | b'{')) {
        text.push(b' ');
    }
}

/// Does a line lead onto the next (an opening bracket, a comma, `=`, `=>` or a shell's `\` at
/// its end)?
fn continues(line: &[u8]) -> bool {
    let t = line.trim_ascii_end();
    matches!(t.last(), Some(b'(' | b'[' | b'{' | b',' | b'=' | b'\\')) || t.ends_with(b"=>")
}

/// Quoted literals and the commas, brackets, semicolons and a trailing comment between and after
/// them; one literal 8 characters long at least, shaped like a secret.
fn only_literals(body: &[u8]) -> bool {
    let mut k = 0;
    let mut long = false;
    let mut any = false;
    while k < body.len() {
        match body[k] {
            b' ' | b'\t' | b',' | b')' | b']' | b'}' | b';' => k += 1,
            b'#' => break,
            b'/' if body.get(k + 1) == Some(&b'/') => break,
            // A string prefix (`b"…"`, `r'…'`, `@"…"`, `u8"…"`).
            b'b' | b'r' | b'u' | b'f' | b'@' | b'8' | b'L'
                if body[k + 1..]
                    .first()
                    .is_some_and(|&q| is_quote(q) || q == b'8') =>
            {
                k += 1
            }
            q if is_quote(q) => {
                let Some(len) = body[k + 1..].iter().position(|&b| b == q) else {
                    return false;
                };
                // (A secret's shape: no spaces, not only lower-case letters; a message or a
                // word list is read on its own line.)
                let text = &body[k + 1..k + 1 + len];
                long |= len >= 8
                    && !text.iter().any(u8::is_ascii_whitespace)
                    && !text
                        .iter()
                        .all(|b| b.is_ascii_lowercase() || *b == b'_' || *b == b'-');
                any = true;
                k += len + 2;
            }
            _ => return false,
        }
    }
    any && long
}

fn is_quote(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'`')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, i: usize) -> Option<String> {
        let lines: Vec<&[u8]> = text.split('\n').map(str::as_bytes).collect();
        joined(&lines, i).map(|j| String::from_utf8_lossy(&j.paired.line).into_owned())
    }

    #[test]
    fn arguments_on_their_own_lines_join_their_call() {
        let text = "x = 1\nclient = Minio(\n    'minio:9000',\n    'J43HDBGJ7OG1BSNMZVL5',\n    'gn8K7Imv0bFFIiCNmTl8',\n)\ny = 2";
        assert_eq!(
            at(text, 3).as_deref(),
            // keyhook:allow-next-line=minio-client-secret-key-argument (made-up value)
            Some("client = Minio('minio:9000', 'J43HDBGJ7OG1BSNMZVL5', 'gn8K7Imv0bFFIiCNmTl8', )")
        );
        let sh = "exec tool \\\n  --zone \"$ZONE\" \\\n  \"AmsRqZATdOaXsJAeIv9M6HQWul0n4D\"";
        assert_eq!(
            at(sh, 2).as_deref(),
            Some("exec tool --zone \"$ZONE\" \"AmsRqZATdOaXsJAeIv9M6HQWul0n4D\"")
        );
    }

    #[test]
    fn other_lines_join_nothing() {
        // Not only literals; a short literal; a message, a word; nothing leads onto it; a long
        // list's tail.
        assert_eq!(at("f(\n  x, 'abcdefghij'", 1), None);
        assert_eq!(at("f(\n  'abc'", 1), None);
        assert_eq!(at("f(\n  'failed to read the config'", 1), None);
        assert_eq!(at("f(\n  'production_database'", 1), None);
        assert_eq!(at("x = 1\n  'abcDefgh1jkl'", 1), None);
        let list = format!("L = f(\n{}", "  'abcDefgh1jkl',\n".repeat(12));
        assert!(at(&list, 3).is_some());
        assert_eq!(at(&list, 11), None);
        // A list's or a map's items.
        assert_eq!(at("\"stageKeys\": [\n  \"gomx2l1gbl/prod\"\n]", 1), None);
    }
}
