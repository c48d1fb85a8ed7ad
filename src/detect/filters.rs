//! Filters that decide whether a matched value is a real secret: placeholders, randomness,
//! entropy. They are pure functions of the value (and, for some, its line) so they are easy to
//! test and to tune on data.

/// Shannon entropy in bits per byte.
pub fn shannon(s: &[u8]) -> f64 {
    if s.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for &b in s {
        counts[b as usize] += 1;
    }
    let n = s.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = c as f64 / n;
            -p * p.log2()
        })
        .sum()
}

/// Words that mark a value as a template or documentation placeholder, never a live key.
const PLACEHOLDER_WORDS: &[&str] = &[
    "example",
    "xxxx",
    "****",
    "....",
    "your",
    "placeholder",
    "changeme",
    "change_me",
    "change-me",
    "dummy",
    "redacted",
    "sample",
    "<",
    ">",
    "${",
    "{{",
    "}}",
    "%(",
    "$(",
    "…",
    "replace",
    "insert",
    "fake",
    "foobar",
    "notreal",
    "not_real",
    "not-real",
    "_here",
    "-here",
    "abcdef",
    "abcdefgh",
    "123456",
    "012345",
    "qwerty",
    "lorem",
    "ipsum",
    "123e4567-e89b-12d3",
];

/// Counting sequences a person types for a fake key: `abcde…`, `12345…`, `a1b2c3d4e5…`
/// (letters and digits counted separately, so interleaved runs are caught too).
pub fn has_sequence(s: &[u8]) -> bool {
    fn longest(it: impl Iterator<Item = u8>, digits: bool) -> usize {
        let (mut best, mut run, mut prev) = (0usize, 0usize, None::<u8>);
        for c in it {
            run = match prev {
                Some(p) if c == p + 1 || (digits && p == b'9' && c == b'0') => run + 1,
                _ => 1,
            };
            best = best.max(run);
            prev = Some(c);
        }
        best
    }
    let letters = longest(
        s.iter()
            .filter(|b| b.is_ascii_alphabetic())
            .map(|b| b.to_ascii_lowercase()),
        false,
    );
    let digits = longest(s.iter().copied().filter(u8::is_ascii_digit), true);
    letters >= 6 || digits >= 7
}

/// A host name, file name or dotted code path (`api.example.io`, `X25519.KeyPair`,
/// `config.yaml`) rather than a key.
pub fn is_dotted_name(s: &[u8]) -> bool {
    let parts: Vec<&[u8]> = s.split(|&b| b == b'.').collect();
    if parts.len() < 2 || parts.iter().any(|p| p.is_empty()) {
        return false;
    }
    let ident = |p: &[u8]| {
        p.iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    };
    let last = parts[parts.len() - 1];
    let tld_like = (2..=12).contains(&last.len()) && last.iter().all(u8::is_ascii_alphabetic);
    let wordy = parts
        .iter()
        .filter(|p| {
            p.len() >= 4 && p.iter().all(u8::is_ascii_alphabetic) || bigram_score(p).0 > 0.5
        })
        .count();
    parts.iter().all(|p| ident(p)) && (tld_like || wordy * 2 >= parts.len())
}

/// A variable reference rather than a value: `$NAME`, `$(cmd)`, `%NAME%`, `@NAME@`.
pub fn is_reference(s: &[u8]) -> bool {
    let ident =
        |b: &[u8]| !b.is_empty() && b.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'_');
    match s {
        [b'$', rest @ ..] => ident(rest) || rest.first().is_some_and(|c| matches!(c, b'{' | b'(')),
        [b'%', mid @ .., b'%'] | [b'@', mid @ .., b'@'] => ident(mid),
        _ => false,
    }
}

/// Sequences that only a human typing a placeholder produces.
fn has_long_run(s: &[u8]) -> bool {
    let mut run = 1;
    for w in s.windows(2) {
        if w[0] == w[1] {
            run += 1;
            if run >= 6 {
                return true;
            }
        } else {
            run = 1;
        }
    }
    false
}

/// Is this value a placeholder (`YOUR_API_KEY_HERE`, `<token>`, `${VAR}`, `xxxx…`, `changeme`,
/// documented example keys such as `AKIAIOSFODNN7EXAMPLE`, runs like `abcdef`/`123456`)?
pub fn is_placeholder(secret: &[u8]) -> bool {
    if is_reference(secret) {
        return true;
    }
    let lower = secret.to_ascii_lowercase();
    let lower = String::from_utf8_lossy(&lower);
    if PLACEHOLDER_WORDS.iter().any(|w| lower.contains(w)) {
        return true;
    }
    if has_long_run(secret) || has_sequence(secret) {
        return true;
    }
    // Very few distinct characters for its length: `aaaabbbbccccdddd`, `0000-1111-…`.
    if secret.len() >= 16 {
        let mut seen = [false; 256];
        let mut distinct = 0;
        for &b in secret {
            if !seen[b as usize] {
                seen[b as usize] = true;
                distinct += 1;
            }
        }
        if distinct < 7 {
            return true;
        }
    }
    false
}

/// Common English letter bigrams (lowercase). Words, identifiers and prose are made mostly of
/// these; random keys are not.
const COMMON_BIGRAMS: &[&[u8; 2]] = &[
    b"th", b"he", b"in", b"er", b"an", b"re", b"on", b"at", b"en", b"nd", b"ti", b"es", b"or",
    b"te", b"of", b"ed", b"is", b"it", b"al", b"ar", b"st", b"to", b"nt", b"ng", b"se", b"ha",
    b"as", b"ou", b"io", b"le", b"ve", b"co", b"me", b"de", b"hi", b"ri", b"ro", b"ic", b"ne",
    b"ea", b"ra", b"ce", b"li", b"ch", b"ll", b"be", b"ma", b"si", b"om", b"ur", b"ca", b"el",
    b"ta", b"la", b"ns", b"di", b"fo", b"ho", b"pe", b"ec", b"pr", b"no", b"ct", b"us", b"ac",
    b"ot", b"il", b"tr", b"ly", b"nc", b"et", b"ut", b"ss", b"so", b"rs", b"un", b"lo", b"wa",
    b"ge", b"ie", b"wh", b"ee", b"wi", b"em", b"ad", b"ol", b"rt", b"po", b"we", b"na", b"ul",
    b"ni", b"ts", b"mo", b"ow", b"pa", b"im", b"mi", b"ai", b"sh", b"ir", b"su", b"id", b"os",
    b"iv", b"ia", b"am", b"fi", b"ci", b"vi",
];

fn is_common_bigram(a: u8, b: u8) -> bool {
    COMMON_BIGRAMS.iter().any(|bg| bg[0] == a && bg[1] == b)
}

/// Fraction of adjacent lowercase-letter pairs that are common English bigrams, and how many
/// pairs were counted.
fn bigram_score(s: &[u8]) -> (f64, usize) {
    let mut total = 0usize;
    let mut common = 0usize;
    for w in s.windows(2) {
        let (a, b) = (w[0].to_ascii_lowercase(), w[1].to_ascii_lowercase());
        if a.is_ascii_lowercase() && b.is_ascii_lowercase() {
            // A case change inside a pair (`camelCase` boundary) still counts as a pair.
            total += 1;
            if is_common_bigram(a, b) {
                common += 1;
            }
        }
    }
    if total == 0 {
        (0.0, 0)
    } else {
        (common as f64 / total as f64, total)
    }
}

/// Does this value look like a machine-generated secret rather than a word, an identifier, a path
/// or a sentence? Used by generic rules (a secret-named variable assigned a literal).
///
/// The tests combine: a minimum length, Shannon entropy scaled to the length, a mix of character
/// classes, and an English-bigram test (ripsecrets' idea) that rejects identifiers such as
/// `my_database_password` or `DefaultConnectionString`.
pub fn looks_random(s: &[u8]) -> bool {
    if s.len() < 10 || s.len() > 4096 {
        return false;
    }
    let (mut lower, mut upper, mut digit, mut other) = (0usize, 0usize, 0usize, 0usize);
    for &b in s {
        match b {
            b'a'..=b'z' => lower += 1,
            b'A'..=b'Z' => upper += 1,
            b'0'..=b'9' => digit += 1,
            _ => other += 1,
        }
    }
    if is_dotted_name(s) {
        return false;
    }
    let letters = lower + upper;
    // Pure numbers are ids, ports, timestamps, not keys.
    if letters == 0 {
        return false;
    }
    let classes = [lower, upper, digit, other]
        .iter()
        .filter(|&&c| c > 0)
        .count();
    if classes < 2 {
        return false;
    }
    // Entropy threshold that grows with length up to a cap (short strings cannot reach 4 bits).
    let h = shannon(s);
    // Hex digests have at most 4 bits per char; a random 32-char one is around 3.6.
    let cap = if s.iter().all(u8::is_ascii_hexdigit) {
        2.8
    } else {
        3.0
    };
    let need = (s.len() as f64).log2().min(5.0) * 0.72;
    if h < need.min(cap) {
        return false;
    }
    // Word-like: most letter pairs are common English bigrams.
    let (score, pairs) = bigram_score(s);
    if pairs >= 6 && score > 0.5 && digit * 4 < s.len() {
        return false;
    }
    // Dotted/underscored identifiers and paths: every segment is alphabetic.
    let segments: Vec<&[u8]> = s
        .split(|b| matches!(b, b'.' | b'_' | b'-' | b'/' | b':' | b'\\'))
        .filter(|p| !p.is_empty())
        .collect();
    if segments.len() >= 2
        && segments
            .iter()
            .all(|p| p.iter().all(u8::is_ascii_alphabetic) || p.iter().all(u8::is_ascii_digit))
    {
        return false;
    }
    true
}

/// Parts of a variable name that say its value is not a secret even though the name contains
/// `key`, `token` or `secret`: hashes, ids, public halves, metadata about the secret.
const NON_SECRET_NAME_PARTS: &[&str] = &[
    "hash",
    "digest",
    "checksum",
    "sha1",
    "sha256",
    "sha512",
    "md5",
    "integrity",
    "etag",
    "uuid",
    "guid",
    "public",
    "pubkey",
    "fingerprint",
    "keyid",
    "key_id",
    "keyname",
    "key_name",
    "length",
    "size",
    "count",
    "type",
    "path",
    "file",
    "url",
    "uri",
    "endpoint",
    "format",
    "version",
    "field",
    "header",
    "prefix",
    "pattern",
    "label",
    "placeholder",
    "example",
    "sample",
    "name",
    "keyboard",
    "monkey",
    "donkey",
    "turkey",
    "hotkey",
    "keystroke",
    "keyword",
    "keyframe",
    "keycode",
    "keymap",
    "keyspace",
    "primary",
    "foreign",
    "sort_key",
    "sortkey",
    "cache",
    "partition",
    "tokenizer",
    "tokens_",
    "max_tokens",
    "author",
    "expir",
    "_at",
    "ttl",
    "timeout",
];

/// May a variable with this name hold a secret? (Generic rules only.)
pub fn name_may_hold_secret(name: &[u8]) -> bool {
    let lower = String::from_utf8_lossy(name).to_ascii_lowercase();
    !NON_SECRET_NAME_PARTS.iter().any(|p| lower.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_recognised() {
        for p in [
            "YOUR_API_KEY_HERE",
            "your_secret_key_here",
            "<your-token>",
            "${API_TOKEN}",
            "{{ secrets.X }}",
            "xxxxxxxxxxxxxxxxxxxx",
            "changeme",
            "AKIAIOSFODNN7EXAMPLE",
            "sk_live_aaaaaaaaaaaaaaaaaaaaaaaa",
            "abcdef1234567890abcdef",
        ] {
            assert!(is_placeholder(p.as_bytes()), "{p}");
        }
        for s in [
            "ghp_x8Kd93LmQzT4vB1nR7sW2yE6uH0jC5aF9gP3",
            "q8Z!v3@Lk29#Wm4",
        ] {
            assert!(!is_placeholder(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn randomness_separates_keys_from_words() {
        for r in [
            "x8Kd93LmQzT4vB1nR7sW2yE6",
            "9f3b2c1d8e7a6b5c4d3e2f1a0b9c8d7e",
            "Zq8vN3kL0pW7rT2m",
            "aG93IGFyZSB5b3UgZG9pbmc",
        ] {
            assert!(looks_random(r.as_bytes()), "{r}");
        }
        for w in [
            "my_database_password",
            "DefaultConnectionString",
            "config.auth.token",
            "1234567890123",
            "password",
            "get_secret_from_vault",
            "/usr/local/share/keys",
        ] {
            assert!(!looks_random(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn entropy_of_uniform_bytes() {
        assert!((shannon(b"abcd") - 2.0).abs() < 1e-9);
        assert_eq!(shannon(b"aaaa"), 0.0);
    }
}
