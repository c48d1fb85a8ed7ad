//! Passwords as mail and directory protocols send them, in base64, where transcripts show
//! them: SASL PLAIN's `\0user\0password` (SMTP `AUTH PLAIN …`, IMAP `AUTHENTICATE PLAIN`, XMPP
//! `<auth mechanism='PLAIN'>`, MongoDB's `saslStart` payload, an LDAP proxy's) and SMTP `AUTH
//! LOGIN`'s answer to the server's `334 UGFzc3dvcmQ6` ("Password:"). The password is decoded and
//! the line scanned again as `sasl_password = "<password>"`, so that the rules and filters that
//! judge a typed password judge it; what is found covers the base64 in the real line. (Commands
//! that carry the password in clear, `PASS`, `LOGIN`, Redis `AUTH`, are rules of the catalog.)

use std::sync::OnceLock;

use memchr::memmem::Finder;

use super::filters::base64_decode;

/// Searchers built once: this module looks at every line that had no finding.
fn finder(which: usize) -> &'static Finder<'static> {
    static FINDERS: OnceLock<[Finder<'static>; 2]> = OnceLock::new();
    &FINDERS.get_or_init(|| [Finder::new(b"PLAIN "), Finder::new(b"334 UGFzc3dvcmQ6")])[which]
}

/// A password decoded from line `i`: the line to scan instead and where its encoding sits.
pub struct Decoded {
    pub line: Vec<u8>,
    pub start: usize,
    pub end: usize,
}

fn is_base64_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=')
}

/// Is the password of a SASL or LOGIN exchange printable text of a credible length?
fn printable(p: &[u8]) -> bool {
    (4..=128).contains(&p.len()) && p.iter().all(|b| b.is_ascii_graphic() || *b == b' ')
}

/// `[authzid]\0authcid\0password`, every part printable: the password.
/// (Also how `filters` judges such a response found in a secret's slot: by its password.)
pub(super) fn sasl_plain(text: &[u8]) -> Option<&[u8]> {
    let mut parts = text.split(|&b| b == 0);
    let (authz, user, pass) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || user.is_empty() || user.len() > 128 || pass.len() > 128 {
        return None;
    }
    let fine = |s: &[u8]| s.iter().all(|b| b.is_ascii_graphic());
    let typed = pass.iter().all(|b| b.is_ascii_graphic() || *b == b' ');
    (fine(authz) && fine(user) && typed).then_some(pass)
}

/// The synthetic line a decoded password is judged on.
fn as_password(p: &[u8]) -> Vec<u8> {
    [&b"sasl_password = \""[..], p, b"\""].concat()
}

/// A SASL PLAIN response in base64 anywhere on the line. Clients leave the authorization id
/// empty, so the text starts with a NUL and a printable user name: its base64 starts with
/// `AD` … `AH` (with an authorization id, only after `PLAIN `).
fn plain_token(line: &[u8]) -> Option<Decoded> {
    if line.len() < 12 {
        return None;
    }
    let mut from = 0;
    while let Some(p) = memchr::memchr(b'A', &line[from..]).map(|p| from + p) {
        from = p + 1;
        if p > 0 && is_base64_byte(line[p - 1]) {
            continue;
        }
        let after_plain = line[..p].ends_with(b"PLAIN ");
        if !after_plain && !matches!(line.get(p + 1), Some(b'D'..=b'H')) {
            continue;
        }
        let end = p + line[p..].iter().take_while(|&&b| is_base64_byte(b)).count();
        from = end.max(from);
        if !(12..=400).contains(&(end - p)) {
            continue;
        }
        let Some(text) = base64_decode(&line[p..end]) else {
            continue;
        };
        if let Some(pass) = sasl_plain(&text).filter(|p| printable(p)) {
            return Some(Decoded {
                line: as_password(pass),
                start: p,
                end,
            });
        }
    }
    // With an authorization id (`AUTH PLAIN dXNlcgB1c2VyAHBhc3M=`), whatever its first letter.
    let at = finder(0).find(line)? + 6;
    let end = at
        + line[at..]
            .iter()
            .take_while(|&&b| is_base64_byte(b))
            .count();
    if line.get(at) == Some(&b'A') || !(12..=400).contains(&(end - at)) {
        return None;
    }
    let text = base64_decode(&line[at..end])?;
    let pass = sasl_plain(&text).filter(|p| printable(p))?;
    Some(Decoded {
        line: as_password(pass),
        start: at,
        end,
    })
}

/// The line's only token, as transcripts and fixtures write a client's line: `UmtrcHZ…==`,
/// `"UmtrcHZ…==\r\n",`, `C: UmtrcHZ…`, `> UmtrcHZ…`.
fn lone_token(line: &[u8]) -> Option<(usize, usize)> {
    let t = line.trim_ascii();
    let lead = line.len() - line.trim_ascii_start().len();
    let mut s = lead;
    for prefix in [
        &b"C: "[..],
        b"> ",
        b"~> ",
        b"b\"",
        b"b'",
        b"\"",
        b"'",
        b"- ",
    ] {
        if t.starts_with(prefix) {
            s += prefix.len();
            break;
        }
    }
    let end = s + line[s..].iter().take_while(|&&b| is_base64_byte(b)).count();
    let rest = line[end..].trim_ascii();
    let rest = rest.strip_prefix(b"\\r\\n").unwrap_or(rest);
    let closing =
        rest.is_empty() || matches!(rest, b"\"" | b"'" | b"\"," | b"'," | b"\")," | b"'),");
    ((8..=200).contains(&(end - s)) && closing).then_some((s, end))
}

/// SMTP `AUTH LOGIN`: the client's answer right after the server's `334 UGFzc3dvcmQ6`.
fn login_answer(lines: &[&[u8]], i: usize) -> Option<Decoded> {
    let line = lines[i];
    if line.len() > 240 {
        return None;
    }
    let (s, end) = lone_token(line)?;
    let asked = lines[i.saturating_sub(2)..i]
        .iter()
        .any(|l| finder(1).find(l).is_some());
    if !asked {
        return None;
    }
    let pass = base64_decode(&line[s..end])?;
    printable(&pass).then(|| Decoded {
        line: as_password(&pass),
        start: s,
        end,
    })
}

/// A password that line `i` sends in base64 through SASL PLAIN or SMTP `AUTH LOGIN`.
pub fn decoded(lines: &[&[u8]], i: usize) -> Option<Decoded> {
    let line = lines[i];
    plain_token(line).or_else(|| {
        // (`334 …` is two lines up at most: a fixture may quote the server's line with it.)
        (i > 0).then(|| login_answer(lines, i)).flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Option<String> {
        let lines: Vec<&[u8]> = text.lines().map(str::as_bytes).collect();
        let i = lines.len() - 1;
        decoded(&lines, i).map(|d| {
            assert!(d.end <= lines[i].len());
            String::from_utf8_lossy(&d.line).into_owned()
        })
    }

    #[test]
    fn sasl_plain_in_transcripts() {
        // base64 of `\0m.rossi@vintrex.se\0IVP6jpOrWmC78_zg`.
        assert_eq!(
            // keyhook:allow-next-line (made-up test value)
            one("AUTH PLAIN AG0ucm9zc2lAdmludHJleC5zZQBJVlA2anBPcldtQzc4X3pn").as_deref(),
            // keyhook:allow-next-line (made-up test value)
            Some("sasl_password = \"IVP6jpOrWmC78_zg\"")
        );
        // keyhook:allow-next-line (made-up test value)
        assert!(one("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>AGNpAEJydW1hUGluZ3Vpbi04NA==</auth>").is_some());
        // With an authorization id: `user\0user\0pass-word-9`.
        assert!(one("AUTH PLAIN dXNlcgB1c2VyAHBhc3Mtd29yZC05").is_some());
        // Not SASL: an identifier that starts like one, base64 of other bytes.
        assert!(one("ADDRESS_LINE_ONE = AGENTS").is_none());
        assert!(one("AGFzZGZhc2RmYXNkZmFzZGY=").is_none());
    }

    #[test]
    fn login_answers_after_the_password_prompt() {
        // keyhook:allow-next-line (made-up test value)
        let t = "AUTH LOGIN\n334 VXNlcm5hbWU6\ncmVwb3J0c0BjYWZlLWJhcmlzdGEucGw=\n334 UGFzc3dvcmQ6\nUmtrcHZFMVhBcUd5c0xWQw==";
        assert_eq!(
            one(t).as_deref(),
            // keyhook:allow-next-line (made-up test value)
            Some("sasl_password = \"RkkpvE1XAqGysLVC\"")
        );
        let t = "\t\"334 UGFzc3dvcmQ6\\r\\n\",\n\t\"VTBNT2NSLWNNbFR0Yi04TmZib0I=\\r\\n\",";
        assert!(one(t).is_some());
        // The user name's answer comes after `334 VXNlcm5hbWU6` ("Username:").
        assert!(one("334 VXNlcm5hbWU6\ncmVwb3J0c0BjYWZlLWJhcmlzdGEucGw=").is_none());
    }
}
