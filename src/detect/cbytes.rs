//! Keys written as byte arrays in source code: C and C++ (`static const uint8_t psk[] = { 0x1a,
//! … };`, LMIC's `APPKEY[16]`, RadioLib's `#define RADIOLIB_LORAWAN_NWK_KEY 0xcc, 0x74, …`),
//! Rust (`const KEY: [u8; 32] = [0x…]`), Go (`key := []byte{0x…}`), Java and C#
//! (`byte[] key = { (byte) 0x…, … }`), Python (`bytes([0x…])`), and C string escapes
//! (`"\x9a\x3f…"`). The bytes may run on over the lines below the array's name. The detector scans
//! the line again as `NAME = "<the bytes in hex>"`, so that every rule and filter that reads a
//! name and a hex value judges it; crypto libraries' test vectors (an array beside its plaintext
//! and expected ciphertext, or under a comment that cites FIPS, NIST or an RFC) are left alone.

use super::pair::Paired;

/// How many lines an array's bytes may run over below its name.
const MAX_LINES: usize = 24;

/// Fewer bytes than this are no key (a four-byte magic number, an EUI is 8).
const MIN_BYTES: usize = 12;
const MAX_BYTES: usize = 128;

/// Words that make a type, a qualifier or a macro, not a name (`static const u1_t PROGMEM APPKEY`).
const NOT_NAMES: &[&str] = &[
    "static",
    "const",
    "constexpr",
    "unsigned",
    "signed",
    "char",
    "uint8_t",
    "int8_t",
    "u8",
    "u1_t",
    "byte",
    "Byte",
    "BYTE",
    "uint8",
    "UInt8",
    "PROGMEM",
    "std",
    "array",
    "vector",
    "size_t",
    "int",
    "var",
    "let",
    "mut",
    "pub",
    "private",
    "public",
    "final",
    "readonly",
    "new",
    "bytes",
    "bytearray",
    "uint32_t",
    "uint16_t",
    "extern",
    "volatile",
    "inline",
    "define",
    "DRAM_ATTR",
    "ICACHE_RODATA_ATTR",
    "__attribute__",
    "aligned",
    "section",
    "val",
    "sbyte",
];

/// A line of the array holds only these besides bytes: separators, casts and closers.
fn is_filler(b: u8) -> bool {
    matches!(
        b,
        b',' | b' ' | b'\t' | b'\r' | b'}' | b']' | b')' | b';' | b'{' | b'[' | b'\\'
    )
}

/// The byte literals of `s` in order (`0x7`, `0X7E`, `(byte)0x7e`, `0x7eU`), and whether
/// anything else (words, decimal numbers, a comment's text) is on it. `None` if a literal has
/// more than two hex digits (a 32-bit constant table, not bytes).
fn bytes_of(s: &[u8], out: &mut Vec<u8>) -> Option<bool> {
    let mut other = false;
    let mut k = 0;
    while k < s.len() {
        let b = s[k];
        if b == b'0' && matches!(s.get(k + 1), Some(b'x' | b'X')) {
            let digits = s[k + 2..]
                .iter()
                .take_while(|d| d.is_ascii_hexdigit())
                .count();
            if digits == 0 || digits > 2 {
                return None;
            }
            let hex = |d: u8| (d as char).to_digit(16).unwrap_or(0) as u8;
            let v = s[k + 2..k + 2 + digits]
                .iter()
                .fold(0u8, |acc, &d| acc * 16 + hex(d));
            out.push(v);
            k += 2 + digits;
            if matches!(s.get(k), Some(b'u' | b'U')) {
                k += 1;
            }
        } else if s[k..].starts_with(b"(byte)") || s[k..].starts_with(b"(uint8_t)") {
            k += s[k..].iter().position(|&c| c == b')').unwrap_or(0) + 1;
        } else if s[k..].starts_with(b"//") || s[k..].starts_with(b"/*") {
            // A comment after the bytes (`// AppKey, MSB`): the rest of the line.
            return Some(other);
        } else {
            other |= !is_filler(b);
            k += 1;
        }
    }
    Some(other)
}

/// Does the line start with a byte literal (a line of an array's bytes)?
fn starts_bytes(line: &[u8]) -> bool {
    let b = line.trim_ascii_start();
    b.starts_with(b"0x") || b.starts_with(b"0X") || b.starts_with(b"(byte)")
}

/// Where the line's first `0x`/`0X` literal starts, and whether it has a `\x` escape.
fn literals(line: &[u8]) -> (Option<usize>, bool) {
    let mut lit = None;
    let mut escape = false;
    for at in memchr::memchr2_iter(b'0', b'\\', line) {
        match (line[at], line.get(at + 1)) {
            (b'0', Some(b'x' | b'X')) if lit.is_none() => lit = Some(at),
            (b'\\', Some(b'x')) => escape = true,
            _ => {}
        }
        if lit.is_some() && escape {
            break;
        }
    }
    (lit, escape)
}

/// The bytes of a C string of `\xHH` escapes (`"\x9a\x3f…"`), if the line holds one of at least
/// `MIN_BYTES`, and where it starts and ends.
fn escaped_string(line: &[u8]) -> Option<(Vec<u8>, usize, usize)> {
    let start = memchr::memmem::find(line, b"\"\\x")? + 1;
    let mut out = Vec::new();
    let mut k = start;
    while line[k..].starts_with(b"\\x") {
        let d = &line[k + 2..];
        if d.len() < 2 || !d[0].is_ascii_hexdigit() || !d[1].is_ascii_hexdigit() {
            return None;
        }
        let hex = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
        out.push(hex(d[0]) * 16 + hex(d[1]));
        k += 4;
    }
    (line.get(k) == Some(&b'"') && out.len() >= MIN_BYTES).then_some((out, start, k))
}

/// The array's name in the text before its bytes: the identifier after `#define`, or the last
/// identifier before `=` (or `{`) that is no type, qualifier or number.
fn name_of(head: &[u8]) -> Option<&[u8]> {
    let body = head.trim_ascii_start();
    if let Some(rest) = body.strip_prefix(b"#define") {
        let rest = rest.trim_ascii_start();
        let n = rest
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
            .count();
        return (n > 0).then(|| &rest[..n]);
    }
    // Up to the assignment (`=`, `:=`), or to the brace of `key{…}` / `key[16]{…}`.
    let end = head
        .iter()
        .position(|&b| b == b'=')
        .or_else(|| head.iter().position(|&b| b == b'{'))?;
    let mut name = None;
    for word in head[..end].split(|b| !(b.is_ascii_alphanumeric() || *b == b'_')) {
        if word.is_empty()
            || word[0].is_ascii_digit()
            || NOT_NAMES.iter().any(|n| n.as_bytes() == word)
        {
            continue;
        }
        name = Some(word);
    }
    name
}

/// Does the text around the array say it is a test vector or published example (FIPS-197's
/// key, an RFC's HMAC key, a NIST known-answer test), or sit beside a plaintext and an expected
/// output as a test does?
fn test_vector(lines: &[&[u8]], first: usize, last: usize) -> bool {
    const WORDS: &[&[u8]] = &[
        b"test vector",
        b"testvector",
        b"test_vector",
        b"known answer",
        b"known-answer",
        b"fips",
        b"nist",
        b"rfc",
        b"sp 800",
        b"sp800",
        b"cavp",
        b"wycheproof",
        b"plaintext",
        b"ciphertext",
        b"expected",
        b"kat_",
        b"_kat",
        b"test_key",
        b"testkey",
        b"example key",
        b"sample key",
    ];
    let lo = first.saturating_sub(8);
    let hi = (last + 9).min(lines.len());
    lines[lo..hi].iter().any(|l| {
        let lower = l.to_ascii_lowercase();
        WORDS
            .iter()
            .any(|w| memchr::memmem::find(&lower, w).is_some())
    })
}

/// Does the name say what it holds: a secret (`psk`, `aes_key`), or something that is none
/// (an IV, a nonce, a salt, a public key, a test's expected value)?
fn says_secret(name: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    let has = |w: &[u8]| memchr::memmem::find(&lower, w).is_some();
    [&b"key"[..], b"psk", b"secret", b"pass", b"token", b"pwd"]
        .iter()
        .any(|w| has(w))
        || [
            &b"iv"[..],
            b"nonce",
            b"salt",
            b"pub",
            b"cert",
            b"test",
            b"expect",
            b"vector",
        ]
        .iter()
        .any(|w| has(w))
}

/// How far from the array its use in a key slot is looked for.
const USE_LINES: usize = 200;

/// Is the array passed to a call that takes a key (`mbedtls_aes_setkey_enc(&ctx, k_blob, 128)`,
/// `mbedtls_ssl_conf_psk(conf, cred_b, …)`), or copied out by a function that hands one over
/// (LMIC's `os_getDevKey(buf) { memcpy_P(buf, JOINBLOB, 16); }`)? The name must stand inside
/// the parentheses of a call or definition whose name says key or psk.
fn used_as_key(lines: &[&[u8]], name: &[u8], head: usize) -> bool {
    let lo = head.saturating_sub(USE_LINES);
    let hi = (head + USE_LINES).min(lines.len());
    let word = |l: &[u8], at: usize| {
        let before = at.checked_sub(1).map(|p| l[p]);
        let after = l.get(at + name.len()).copied();
        let part = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_');
        !part(before) && !part(after)
    };
    lines[lo..hi].iter().enumerate().any(|(k, l)| {
        lo + k != head
            && memchr::memmem::find_iter(l, name).any(|at| {
                word(l, at) && {
                    // The callee: the identifier before the last `(` before the name.
                    let open = l[..at].iter().rposition(|&b| b == b'(');
                    open.is_some_and(|o| {
                        let callee_start = l[..o]
                            .iter()
                            .rposition(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
                            .map_or(0, |p| p + 1);
                        let callee = l[callee_start..o].to_ascii_lowercase();
                        let says = |w: &[u8]| memchr::memmem::find(&callee, w).is_some();
                        (says(b"key") || says(b"psk")) && !says(b"pub")
                    }) || {
                        // A function whose name says key, defined on the same line.
                        let lower = l[..at].to_ascii_lowercase();
                        memchr::memmem::find(&lower, b"getdevkey").is_some()
                            || memchr::memmem::find(&lower, b"getappkey").is_some()
                            || memchr::memmem::find(&lower, b"getnwkkey").is_some()
                    }
                }
            })
    })
}

/// Published keys that look random: FIPS-197's AES examples and the AES-CMAC key of RFC 4493,
/// and the AES key of PowerShell's `ConvertTo-SecureString -Key` documentation example
/// (`(3,4,2,3,56,34,254,222,…)`).
const PUBLISHED: &[&str] = &[
    "030402033822fede010102172a3621e9012202070605232b",
    "2b7e151628aed2a6abf7158809cf4f3c",
    "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b",
    "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
];

/// Is line `i` (an added line) where a byte array's key is to be reported, and if so, the
/// line rewritten as `NAME = "<hex>"` (the value's offset in the real line is where its bytes
/// start) and the end of the bytes on the real line. The array is reported once: on its name's
/// line if that was added, else on its first added line of bytes.
pub fn rewrite(
    lines: &[&[u8]],
    i: usize,
    added: impl Fn(usize) -> bool,
) -> Option<(Paired, usize)> {
    let line = *lines.get(i)?;
    // Every line without a finding comes here: leave at once unless it holds a byte literal,
    // a `\x` escape or ends by opening an array.
    let (lit, escape) = literals(line);
    let trimmed = line.trim_ascii_end();
    let opens = matches!(trimmed.last(), Some(b'{' | b'[' | b'(' | b'\\'));
    if lit.is_none() && !opens && !escape {
        return decimal_array(lines, i);
    }
    // A line that only opens something (a block, a call) is an array's name line only if its
    // bytes start on the next line.
    if lit.is_none() && !escape && !lines.get(i + 1).is_some_and(|l| starts_bytes(l)) {
        return None;
    }
    if let Some((bytes, start, end)) = escape.then(|| escaped_string(line)).flatten() {
        let name = name_of(&line[..start])?;
        return judge(lines, i, i, name, &bytes, start, end);
    }
    let bytes_only = starts_bytes(line);
    // The line that names the array: this one, or the one above its run of byte lines.
    let head = if bytes_only {
        let mut k = i;
        while k > 0 && i - k < MAX_LINES && starts_bytes(lines[k - 1]) {
            k -= 1;
        }
        let head = k.checked_sub(1)?;
        // Reported on the name's line, or on the first added line of the bytes.
        if (head..i).any(&added) {
            return None;
        }
        head
    } else {
        i
    };
    let head_line = lines[head];
    let head_end = literals(head_line).0.unwrap_or(head_line.len());
    let head_text = &head_line[..head_end];
    // The name's line must open an array (or be a `#define` whose bytes follow).
    if !head_text.trim_ascii_start().starts_with(b"#define")
        && !head_text.iter().any(|&b| matches!(b, b'{' | b'[' | b'('))
    {
        return None;
    }
    let mut bytes = Vec::new();
    let mut closed = false;
    for (k, l) in lines.iter().enumerate().skip(head).take(MAX_LINES + 1) {
        let text = if k == head { &l[head_end..] } else { l };
        if k > head && !starts_bytes(text) {
            // A closer on its own line ends the array.
            closed = text
                .trim_ascii()
                .first()
                .is_some_and(|b| matches!(b, b'}' | b']' | b')'));
            break;
        }
        if bytes_of(text, &mut bytes)? {
            return None;
        }
        let t = text.trim_ascii_end();
        if t.ends_with(b"}")
            || t.ends_with(b"};")
            || t.ends_with(b"];")
            || t.ends_with(b")")
            || t.ends_with(b");")
            || t.ends_with(b"]")
        {
            closed = true;
            break;
        }
        if bytes.len() > MAX_BYTES {
            return None;
        }
    }
    let define = head_text.trim_ascii_start().starts_with(b"#define");
    if !(closed || define) {
        return None;
    }
    let name = name_of(head_text)?;
    // The value starts at the line's first byte, or where the array opens on a name's line
    // whose bytes are all below it.
    let start = lit.unwrap_or(trimmed.len().saturating_sub(1));
    let end = trimmed.len();
    judge(lines, head, i, name, &bytes, start, end)
}

/// A key written on one line as decimal bytes: Java's and Kotlin's signed ones
/// (`byte[] KEY = {-12, 45, …}`, `byteArrayOf(-12, 45, …)`), Python's `bytes([212, 45, …])`,
/// Rust's `let key: [u8; 16] = [212, 45, …]`. Only under a name that says key or secret (a
/// table of small numbers is no key under any other), and judged like the hex arrays.
fn decimal_array(lines: &[&[u8]], i: usize) -> Option<(Paired, usize)> {
    let line = lines[i];
    // Cheap refusal first: every line without a finding comes here.
    memchr::memchr_iter(b',', line).nth(MIN_BYTES - 2)?;
    let open = line.iter().position(|&b| matches!(b, b'{' | b'[' | b'('))?;
    // The opener of the numbers: the last `{`/`[`/`(` before the first digit after `=`.
    let eq = line.iter().position(|&b| b == b'=')?;
    let first_num = eq
        + line[eq..]
            .iter()
            .position(|b| b.is_ascii_digit() || *b == b'-')?;
    let opener = line[..first_num]
        .iter()
        .rposition(|&b| matches!(b, b'{' | b'[' | b'('))
        .filter(|&o| o > eq && o >= open)?;
    if !line[opener + 1..first_num]
        .iter()
        .all(|b| b.is_ascii_whitespace())
    {
        return None;
    }
    let name = name_of(&line[..opener])?;
    let lower = name.to_ascii_lowercase();
    let has = |w: &[u8]| memchr::memmem::find(&lower, w).is_some();
    if !(has(b"key") || has(b"secret") || has(b"psk")) {
        return None;
    }
    let mut bytes = Vec::new();
    let mut k = first_num;
    loop {
        let neg = line.get(k) == Some(&b'-');
        let digits_at = k + usize::from(neg);
        let n = line[digits_at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if n == 0 || n > 3 {
            return None;
        }
        let v: i32 = std::str::from_utf8(&line[digits_at..digits_at + n])
            .ok()?
            .parse()
            .ok()?;
        let v = if neg { -v } else { v };
        if !(-128..=255).contains(&v) {
            return None;
        }
        bytes.push(v as u8);
        k = digits_at + n;
        // `(byte)` casts and suffixes are not written in decimal arrays; a separator follows.
        while line.get(k).is_some_and(|b| *b == b' ' || *b == b'\t') {
            k += 1;
        }
        match line.get(k) {
            Some(b',') => {
                k += 1;
                while line.get(k).is_some_and(|b| *b == b' ' || *b == b'\t') {
                    k += 1;
                }
                // A trailing comma before the closer.
                if matches!(line.get(k), Some(b'}' | b']' | b')')) {
                    break;
                }
            }
            Some(b'}' | b']' | b')') => break,
            _ => return None,
        }
        if bytes.len() > MAX_BYTES {
            return None;
        }
    }
    // Random bytes are high half the time; a table of key codes, notes or frames is small
    // numbers (`KEY_CODES = {37, 38, 39, 40, 65, …}`) and often sorted.
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    if high * 4 < bytes.len() || bytes.windows(2).all(|w| w[0] <= w[1]) {
        return None;
    }
    judge(lines, i, i, name, &bytes, first_num, k + 1)
}

fn judge(
    lines: &[&[u8]],
    head: usize,
    i: usize,
    name: &[u8],
    bytes: &[u8],
    start: usize,
    end: usize,
) -> Option<(Paired, usize)> {
    if !(MIN_BYTES..=MAX_BYTES).contains(&bytes.len()) {
        return None;
    }
    // Bytes that spell text (OpenSSL's `"\x6b\x65\x79\x20…"` labels) are no key.
    if bytes
        .iter()
        .all(|b| (0x20..0x7f).contains(b) || matches!(b, b'\n' | b'\r' | b'\t' | 0))
    {
        return None;
    }
    // DER (an OID's `06 len …`, a `SEQUENCE`'s `30 len …`) is a structure, not a key.
    if matches!(bytes[0], 0x06 | 0x30) && usize::from(bytes[1]) == bytes.len() - 2 {
        return None;
    }
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    if PUBLISHED.contains(&hex.as_str()) || test_vector(lines, head, i) {
        return None;
    }
    let mut text = name.to_vec();
    if !says_secret(name) && used_as_key(lines, name, head) {
        // `k_blob` handed to `mbedtls_aes_setkey_enc`: judged as the key it is.
        text.extend_from_slice(b"_key");
    }
    text.extend_from_slice(b" = \"");
    let at = text.len();
    text.extend_from_slice(hex.as_bytes());
    text.push(b'"');
    Some((
        Paired {
            line: text,
            value_at: start,
            synthetic_value_at: at,
        },
        end,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` bytes that look random, as C literals (made at run time, so that this file holds no
    /// key-shaped array of its own).
    fn bytes(n: usize, seed: u32) -> String {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                format!("0x{:02X}", (x >> 16) as u8)
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn lines(text: &str) -> Vec<&[u8]> {
        text.lines().map(str::as_bytes).collect()
    }

    fn hex_of(p: &Paired) -> String {
        let s = String::from_utf8_lossy(&p.line).into_owned();
        s[p.synthetic_value_at..s.len() - 1].to_string()
    }

    /// `n` random-looking bytes as decimal numbers, signed as Java writes them or not.
    fn decimals(n: usize, seed: u32, signed: bool) -> String {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let b = (x >> 16) as u8;
                if signed {
                    (b as i8).to_string()
                } else {
                    b.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    #[test]
    fn decimal_arrays_under_key_names() {
        let all = |_| true;
        for (text, name) in [
            (
                format!(
                    "private static final byte[] KEY = {{{}}};",
                    decimals(16, 3, true)
                ),
                "KEY",
            ),
            (
                format!("val secretKey = byteArrayOf({})", decimals(32, 4, true)),
                "secretKey",
            ),
            (
                format!("SECRET_KEY = bytes([{}])", decimals(24, 5, false)),
                "SECRET_KEY",
            ),
            (
                format!("let key: [u8; 16] = [{}];", decimals(16, 6, false)),
                "key",
            ),
        ] {
            let ls = lines(&text);
            let (p, _) = rewrite(&ls, 0, all).unwrap_or_else(|| panic!("{text}"));
            let line = String::from_utf8_lossy(&p.line).into_owned();
            assert!(line.starts_with(&format!("{name} = \"")), "{line}");
            let numbers = text
                .rsplit(['{', '(', '['])
                .next()
                .unwrap_or("")
                .matches(',')
                .count()
                + 1;
            assert_eq!(hex_of(&p).len(), 2 * numbers, "{text}");
        }
        // Not under a key's name, too short, or not bytes.
        for text in [
            format!("int[] counts = {{{}}};", decimals(16, 3, true)),
            format!("byte[] key = {{{}}};", decimals(8, 3, true)),
            "int[] keys = {1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 11000, 12000};".to_string(),
            "private static final int[] KEY_CODES = {37, 38, 39, 40, 65, 66, 13, 27, 32, 9, 8, 46};"
                .to_string(),
            "piano_keys = [21, 23, 24, 26, 28, 29, 31, 33, 35, 36, 38, 40]".to_string(),
            format!("key = call({}, other)", decimals(16, 3, false)),
        ] {
            assert!(rewrite(&lines(&text), 0, all).is_none(), "{text}");
        }
    }

    #[test]
    fn one_line_arrays_and_defines() {
        let all = |_| true;
        for (text, name) in [
            (
                format!(
                    "static const u1_t PROGMEM APPKEY[16] = {{ {} }};",
                    bytes(16, 1)
                ),
                "APPKEY",
            ),
            (
                format!("#define RADIOLIB_LORAWAN_NWK_KEY   {}", bytes(16, 2)),
                "RADIOLIB_LORAWAN_NWK_KEY",
            ),
            (
                format!("var hmacKey = []byte{{{}}}", bytes(20, 3)),
                "hmacKey",
            ),
            (
                format!("std::array<uint8_t, 16> kDeviceKey{{{}}};", bytes(16, 4)),
                "kDeviceKey",
            ),
        ] {
            let l = lines(&text);
            let (p, end) = rewrite(&l, 0, all).unwrap_or_else(|| panic!("{text}"));
            assert!(String::from_utf8_lossy(&p.line).starts_with(&format!("{name} = \"")));
            assert_eq!(p.value_at, text.find("0x").unwrap_or(0));
            assert_eq!(end, text.len());
        }
        let java = format!(
            "private static final byte[] SECRET = {{ {} }};",
            bytes(16, 5).replace("0x", "(byte) 0x")
        );
        let (p, _) = rewrite(&lines(&java), 0, all).expect("java");
        assert_eq!(hex_of(&p).len(), 32);
        let esc: String = (0..16u8)
            .map(|k| format!("\\x{:02x}", k.wrapping_mul(37) ^ 0xa5))
            .collect();
        let c = format!("const char *device_key = \"{esc}\";");
        let (p, _) = rewrite(&lines(&c), 0, all).expect("escapes");
        assert!(p.line.starts_with(b"device_key = \""));
    }

    #[test]
    fn bytes_below_the_name_are_reported_once() {
        let text = format!(
            "static const unsigned char psk[] = {{\n    {},\n    {}\n}};\n",
            bytes(8, 6),
            bytes(8, 7)
        );
        let l = lines(&text);
        // The whole array added: on the name's line, with all 16 bytes.
        let (p, _) = rewrite(&l, 0, |_| true).expect("name line");
        assert_eq!(hex_of(&p).len(), 32);
        assert!(rewrite(&l, 1, |_| true).is_none());
        assert!(rewrite(&l, 2, |_| true).is_none());
        // Only the bytes changed: on their first added line.
        let only = |k: usize| k == 2;
        let (p, _) = rewrite(&l, 2, only).expect("byte line");
        assert_eq!(hex_of(&p).len(), 32);
        assert!(p.line.starts_with(b"psk = \""));
    }

    #[test]
    fn a_neutral_name_passed_to_a_key_call_is_judged_as_a_key() {
        let all = |_| true;
        for (decl, use_line, keyed) in [
            (
                "static const uint8_t k_blob[16]",
                "    rc = mbedtls_aes_setkey_enc(&ctx, k_blob, 128);",
                true,
            ),
            (
                "static const u1_t PROGMEM JOINBLOB[16]",
                "void os_getDevKey (u1_t* buf) { memcpy_P(buf, JOINBLOB, 16);}",
                true,
            ),
            (
                "static const unsigned char cred_b[]",
                "    mbedtls_ssl_conf_psk(&conf, cred_b, sizeof(cred_b), id, 7);",
                true,
            ),
            (
                "static const uint8_t k_blob[16]",
                "    aes_crypt_cbc(&ctx, k_blob, len);",
                false,
            ),
            (
                "static const uint8_t iv_blob[16]",
                "    rc = mbedtls_aes_setkey_enc(&ctx, iv_blob, 128);",
                false,
            ),
        ] {
            let text = format!("{decl} = {{ {} }};\n\n{use_line}\n", bytes(16, 13));
            let l = lines(&text);
            let (p, _) = rewrite(&l, 0, all).expect("array");
            let name_end = p.line.iter().position(|&b| b == b' ').unwrap_or(0);
            assert_eq!(p.line[..name_end].ends_with(b"_key"), keyed, "{text}");
        }
    }

    #[test]
    fn test_vectors_text_and_tables_are_left_alone() {
        let all = |_| true;
        for text in [
            // Beside a plaintext, or under a comment citing a standard.
            format!(
                "static const uint8_t key[16] = {{ {} }};\nstatic const uint8_t plaintext[16] = {{ {} }};",
                bytes(16, 8),
                bytes(16, 9)
            ),
            format!("/* RFC 4493 example */\nuint8_t k[16] = {{ {} }};", bytes(16, 10)),
            // FIPS-197's key.
            "uint8_t key[16] = { 0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c };".to_string(),
            // Bytes that spell a label; a DER-encoded OID.
            "const OID_KEY_BAG: &[u8] = &[0x06, 0x0B, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x0C, 0x0A, 0x01, 0x01];".to_string(),
            "#define TLS_MD_CLIENT_WRITE_KEY_CONST \"\\x63\\x6c\\x69\\x65\\x6e\\x74\\x20\\x77\\x72\\x69\\x74\\x65\\x20\\x6b\\x65\\x79\"".to_string(),
            // Too short, or words between the bytes, or 32-bit words.
            format!("uint8_t mac[6] = {{ {} }};", bytes(6, 11)),
            format!("send(key, {}, len);", bytes(16, 12)),
            "static const uint32_t crc[4] = { 0x00000000, 0x77073096, 0xEE0E612C, 0x990951BA };".to_string(),
        ] {
            let l = lines(&text);
            assert!(
                (0..l.len()).all(|i| rewrite(&l, i, all).is_none()),
                "{text}"
            );
        }
    }
}
