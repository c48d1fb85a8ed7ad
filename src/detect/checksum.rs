//! Offline checksum validation for token formats that carry one.

use crate::rules::Checksum;

const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// CRC-32 (IEEE 802.3, reflected, as zlib computes it).
/// The first 6 characters of the standard base64 of 4 bytes.
fn base64_head(b: &[u8; 4]) -> [u8; 6] {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let n = u32::from_be_bytes(*b);
    let mut out = [0u8; 6];
    for (k, c) in out.iter_mut().enumerate().take(5) {
        *c = A[((n >> (26 - 6 * k)) & 63) as usize];
    }
    out[5] = A[((n & 3) << 4) as usize];
    out
}

pub fn crc32(data: &[u8]) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, slot) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *slot = c;
        }
        t
    });
    let mut crc = !0u32;
    for &b in data {
        crc = table[((crc ^ b as u32) & 0xff) as usize] ^ (crc >> 8);
    }
    !crc
}

/// Is `token` base32 (one case, `=` padding) of bytes that are printable text, all but one in
/// ten of them (`NFZS25DINFZV643VOAZXELLTGNRXEM3UH4` is `is-this_sup3r-s3cr3t?`)? (Random bytes
/// are that printable about once in a thousand ten-byte seeds.)
pub fn is_base32_text(token: &[u8]) -> bool {
    let body = token.iter().filter(|&&b| b != b' ' && b != b'=');
    let one_case = body
        .clone()
        .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(b))
        || body
            .clone()
            .all(|b| b.is_ascii_lowercase() || (b'2'..=b'7').contains(b));
    let Some(bytes) = base32_decode(token).filter(|_| one_case) else {
        return false;
    };
    let printable = bytes.iter().filter(|b| (0x20..0x7f).contains(*b)).count();
    bytes.len() >= 6 && printable * 10 >= bytes.len() * 9
}

/// RFC 4648 base32 (either case, spaces between groups and `=` padding ignored); `None` when
/// another character occurs.
fn base32_decode(token: &[u8]) -> Option<Vec<u8>> {
    let digits = token.iter().map(|&b| match b.to_ascii_uppercase() {
        c @ b'A'..=b'Z' => Some(Some(c - b'A')),
        c @ b'2'..=b'7' => Some(Some(c - b'2' + 26)),
        b' ' | b'=' => Some(None),
        _ => None,
    });
    super::filters::pack_digits(digits, 5, false)
}

/// Base62-encode `n`, left-padded with `0` to `width` characters.
pub fn base62(mut n: u32, width: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(width);
    while n > 0 {
        out.push(BASE62[(n % 62) as usize]);
        n /= 62;
    }
    while out.len() < width {
        out.push(b'0');
    }
    out.reverse();
    out
}

/// `Some(true)` when the token's checksum is well-formed, `Some(false)` when it is broken (a
/// likely placeholder or a typo), `None` when the token does not have the expected shape.
/// Pentaho Kettle's password "encryption" (`Encrypted 2be98afc86aa…` in `.ktr`, `.kjb` and
/// `kettle.properties`): the password's bytes as one big number, XOR-ed with a fixed seed
/// that every installation shares, written in hexadecimal. XOR-ing again gives it back.
/// (The seed is the decimal `0933910847463829827159347601486730416058`.)
fn kettle_decode(hex: &[u8]) -> Option<Vec<u8>> {
    const SEED: &[u8] = b"2be98afc86aa7f2e4cb79ce10bef2cfba";
    let nibble = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let width = hex.len().max(SEED.len());
    let digit = |s: &[u8], k: usize| -> Option<u8> {
        // The k-th digit from the right, 0 past the number's left end.
        s.len()
            .checked_sub(k + 1)
            .map_or(Some(0), |at| nibble(s[at]))
    };
    let mut digits = Vec::with_capacity(width);
    for k in (0..width).rev() {
        digits.push(digit(hex, k)? ^ digit(SEED, k)?);
    }
    let first = digits.iter().position(|&d| d != 0)?;
    let mut digits = &digits[first..];
    let mut out = Vec::with_capacity(digits.len() / 2 + 1);
    if digits.len() % 2 == 1 {
        out.push(digits[0]);
        digits = &digits[1..];
    }
    out.extend(digits.chunks(2).map(|p| (p[0] << 4) | p[1]));
    Some(out)
}

pub fn verify(kind: Checksum, token: &[u8]) -> Option<bool> {
    match kind {
        Checksum::Github | Checksum::Npm => {
            // prefix `xxx_` then 30 random chars then 6 checksum chars.
            let underscore = token.iter().position(|&b| b == b'_')?;
            let rest = &token[underscore + 1..];
            if rest.len() != 36 || !rest.iter().all(u8::is_ascii_alphanumeric) {
                return None;
            }
            let (body, sum) = rest.split_at(30);
            Some(base62(crc32(body), 6) == sum)
        }
        Checksum::Bitlocker => {
            let groups: Vec<&[u8]> = token.split(|&b| b == b'-').collect();
            if groups.len() != 8
                || !groups
                    .iter()
                    .all(|g| g.len() == 6 && g.iter().all(u8::is_ascii_digit))
            {
                return None;
            }
            // (Eight equal groups, `000000-…`, pass the check and are a placeholder.)
            let varied = groups.iter().any(|g| g != &groups[0]);
            Some(
                varied
                    && groups.iter().all(|g| {
                        let n = g.iter().fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'));
                        n % 11 == 0 && n / 11 < 65_536
                    }),
            )
        }
        Checksum::Confluent => {
            let rest = token.strip_prefix(b"cflt")?;
            if rest.len() != 60 {
                return None;
            }
            let (body, sum) = rest.split_at(54);
            Some(base64_head(&crc32(body).to_le_bytes()) == sum)
        }
        Checksum::DropboxLongLived => {
            if token.len() != 64 || &token[11..21] != b"AAAAAAAAAA" {
                return None;
            }
            let rest: Vec<u8> = [&token[..11], &token[21..]].concat();
            Some(super::filters::looks_random(&rest) && !super::filters::is_placeholder(&rest))
        }
        Checksum::Base64PrivateKey => {
            let pem = super::filters::base64_decode(token).unwrap_or_default();
            let head = &pem[..pem.len().min(80)];
            let Some(marker) = super::filters::find(head, b"PRIVATE KEY-----") else {
                return Some(false); // a certificate, a public key, not PEM
            };
            let body_start = marker + 16;
            let body: Vec<u8> = pem[body_start..]
                .iter()
                .copied()
                .take_while(|&b| b != b'-')
                .filter(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/'))
                .collect();
            Some(super::is_key_material(&body))
        }
        Checksum::Base64BinaryKey => {
            let bytes = super::filters::base64_decode(token).unwrap_or_default();
            Some(is_binary_key(&bytes))
        }
        Checksum::Bip39 | Checksum::Bip39Other | Checksum::Bip32 | Checksum::Wif => {
            use super::crypto_keys as ck;
            let verified = match kind {
                Checksum::Bip39 => ck::holds_recovery_phrase(token),
                Checksum::Bip39Other => ck::holds_recovery_phrase_in_other_language(token),
                Checksum::Bip32 => ck::is_extended_private_key(token),
                _ => ck::is_wif_private_key(token),
            };
            Some(verified && !ck::is_published(token))
        }
        // A verdict only against: a seed whose bytes are mostly printable text.
        // (A seed in groups or in lower case is compared with the published ones as written
        // without its spaces, in upper case: `jbsw y3dp ehpk 3pxp`.)
        Checksum::Base32Seed => {
            let plain: Vec<u8> = token
                .iter()
                .filter(|&&b| b != b' ' && b != b'=')
                .map(u8::to_ascii_uppercase)
                .collect();
            let respelled = plain.as_slice() != token && super::filters::is_placeholder(&plain);
            (is_base32_text(token) || respelled).then_some(false)
        }
        // Not a checksum: 24 letters and digits in six groups of four, in both cases (a
        // generated one mixes them, digits not always: `abcd efgh …` and `XXXX …` are
        // stand-ins).
        Checksum::WpAppPassword => {
            let plain: Vec<u8> = token.iter().copied().filter(|&b| b != b' ').collect();
            let has = |f: fn(&u8) -> bool| plain.iter().any(f);
            Some(
                plain.len() == 24
                    && plain.iter().all(u8::is_ascii_alphanumeric)
                    && has(u8::is_ascii_lowercase)
                    && has(u8::is_ascii_uppercase)
                    // (WordPress's own documentation shows `abcd EFGH 1234 ijkl MNOP 6789`.)
                    && !super::filters::is_placeholder(token),
            )
        }
        // Not a checksum: Pentaho Kettle's `Encrypted <hex>` obfuscation, undone (see
        // `kettle_decode`), must give printable text that is no stand-in.
        Checksum::KettleEncrypted => {
            let plain = kettle_decode(token)?;
            Some(
                plain.len() >= 6
                    && plain.iter().all(|b| (0x21..0x7f).contains(b))
                    && !super::filters::is_placeholder(&plain),
            )
        }
        // A verdict only against: too few symbols (other than `-` and `_`), digits or letters.
        Checksum::DjangoKey => {
            let count = |f: fn(&u8) -> bool| token.iter().filter(|b| f(b)).count();
            let symbols = count(|b| b"!@#$%^&*(=+)".contains(b));
            let mixed = symbols >= 3
                && count(u8::is_ascii_digit) >= 3
                && count(u8::is_ascii_lowercase) >= 20;
            if mixed && !token.starts_with(b"django-insecure-") {
                None
            } else {
                Some(false)
            }
        }
        // A verdict only against: numbers above 255, or too few distinct ones to be random.
        Checksum::ByteArray => {
            let numbers: Vec<u32> = token
                .split(|b| !b.is_ascii_digit())
                .filter(|n| !n.is_empty())
                .map(|n| {
                    n.iter().fold(0u32, |acc, d| {
                        acc.saturating_mul(10).saturating_add(u32::from(d - b'0'))
                    })
                })
                .collect();
            let mut distinct = numbers.clone();
            distinct.sort_unstable();
            distinct.dedup();
            let counts_up = numbers.windows(2).all(|w| w[1] == w[0] + 1);
            if numbers.iter().any(|&n| n > 255) || distinct.len() < 40 || counts_up {
                Some(false)
            } else {
                None
            }
        }
        // A verdict only against: not padded base64, a tiny payload, a placeholder, or a short
        // payload of binary noise (a plain word such as `registry` "decodes" to that).
        Checksum::Base64Payload => {
            let text = |p: &[u8]| {
                std::str::from_utf8(p).is_ok_and(|s| {
                    s.chars()
                        .all(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'))
                })
            };
            // (Nor an htpasswd file, `user:$2y$…` or `user:$apr1$…`: hashes; nor a plain
            // lower-case word such as `readonly`.)
            let hashes_or_word = |p: &[u8]| {
                let t = p.trim_ascii();
                t.split(|&b| b == b'\n').all(|l| {
                    l.iter().position(|&b| b == b':').is_some_and(|c| {
                        let h = &l[c + 1..];
                        h.starts_with(b"$2") || h.starts_with(b"$apr1$") || h.starts_with(b"{SHA}")
                    })
                }) || (t.len() <= 16 && t.iter().all(u8::is_ascii_lowercase))
            };
            // (Nor `user:password` whose password is a stand-in: `username:password`,
            // `anystring:test_fixture`; a URI is judged by its password below.)
            let stand_in_credential = |p: &[u8]| {
                if super::filters::contains(p, b"://") {
                    return false;
                }
                p.iter().position(|&b| b == b':').is_some_and(|c| {
                    let pass = p[c + 1..].trim_ascii();
                    super::filters::is_placeholder(pass)
                        || [&b"password"[..], b"passwd", b"pass", b"secret", b"token"]
                            .iter()
                            .any(|w| pass.eq_ignore_ascii_case(w))
                        // Words only (`test_fixture`): a fixture's stand-in.
                        || (pass.len() <= 20
                            && pass
                                .iter()
                                .all(|b| b.is_ascii_lowercase() || matches!(b, b'_' | b'-')))
                })
            };
            // (Nor a plain URL, an endpoint kept beside the credentials: no user, password or
            // query in it, and no path segment long enough to be a token, as a webhook's is.)
            let plain_url = |p: &[u8]| {
                let t = p.trim_ascii();
                (t.starts_with(b"https://") || t.starts_with(b"http://"))
                    && !t
                        .iter()
                        .any(|b| matches!(b, b'@' | b'?' | b'#') || b.is_ascii_whitespace())
                    && t.split(|&b| b == b'/').all(|segment| segment.len() <= 20)
            };
            // (Nor a host name, an address or a network (`10.246.0.0/16`), nor a connection
            // string none of whose keys names a secret (`Server=…;Trusted_Connection=True;`):
            // the settings kept beside the credentials.)
            // (Words that name a secret among a connection string's keys or a URI's query.)
            let names_secret = |k: &[u8]| {
                [
                    "pass", "pwd", "key", "secret", "token", "sig", "cred", "auth",
                ]
                .iter()
                .any(|w| super::filters::contains(k, w.as_bytes()))
            };
            let setting = |p: &[u8]| {
                let t = p.trim_ascii();
                let host = t.len() <= 253
                    && t.iter().filter(|&&b| b == b'.').count() >= 2
                    && t.first().is_some_and(u8::is_ascii_alphanumeric)
                    && t.iter().all(|b| {
                        b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'-')
                    });
                let address = t.iter().any(|&b| b == b'.' || b == b':')
                    && t.iter()
                        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'/' | b':' | b','));
                let settings = t.contains(&b';')
                    && t.split(|&b| b == b';')
                        .filter(|part| !part.trim_ascii().is_empty())
                        .all(|part| {
                            part.iter()
                                .position(|&b| b == b'=')
                                .is_some_and(|eq| !names_secret(&part[..eq].to_ascii_lowercase()))
                        });
                // A URI whose user has no password (`postgresql://etl@db:5432/x?sslmode=…`), and
                // no path segment long enough to be a token.
                let passwordless_uri = t.windows(3).position(|w| w == b"://").is_some_and(|at| {
                    let rest = t[at + 3..].to_ascii_lowercase();
                    let authority_end = rest
                        .iter()
                        .position(|&b| b == b'/' || b == b'?')
                        .unwrap_or(rest.len());
                    let userinfo = rest[..authority_end]
                        .iter()
                        .rposition(|&b| b == b'@')
                        .map(|a| &rest[..a]);
                    userinfo.is_some_and(|u| !u.contains(&b':'))
                        && rest[authority_end..]
                            .split(|&b| matches!(b, b'/' | b'?' | b'&' | b'='))
                            .all(|segment| segment.len() <= 20)
                        && !names_secret(&rest[authority_end..])
                        && !t.iter().any(u8::is_ascii_whitespace)
                });
                host || address || settings || passwordless_uri
            };
            match super::filters::base64_decode(token) {
                Some(p)
                    if token.len().is_multiple_of(4)
                        && p.len() >= 6
                        && (if text(&p) { !setting(&p) } else { p.len() >= 32 })
                        && !hashes_or_word(&p)
                        && !plain_url(&p)
                        && !stand_in_credential(&p)
                        // (Nor a public key file: a Tor onion service's `hs_ed25519_public_key`.)
                        && !p.starts_with(b"== ed25519v1-public")
                        && !super::filters::is_placeholder(super::filters::uri_password(
                            p.trim_ascii(),
                        )) =>
                {
                    None
                }
                _ => Some(false),
            }
        }
    }
}

/// See [`Checksum::Base64BinaryKey`].
fn is_binary_key(b: &[u8]) -> bool {
    let distinct = {
        let mut seen = [false; 256];
        b.iter().for_each(|&x| seen[x as usize] = true);
        seen.iter().filter(|&&s| s).count()
    };
    if distinct < 16 {
        return false;
    }
    match b {
        [0x30, 0x82, hi, lo, ..] => usize::from(*hi) << 8 | usize::from(*lo) == b.len() - 4,
        [0x30, 0x81, len, ..] => usize::from(*len) == b.len() - 3,
        [0x30, len, ..] if *len < 0x80 => usize::from(*len) == b.len() - 2,
        // git-crypt's exported key: `\0GITCRYPTKEY`, format version 2, then the key entries
        // (a 32-byte AES key and a 64-byte HMAC key each).
        [0, b'G', b'I', b'T', b'C', b'R', b'Y', b'P', b'T', b'K', b'E', b'Y', 0, 0, 0, 2, ..] => {
            b.len() >= 112
        }
        // signify: `Ed`, `BK`, rounds, salt, checksum, key number, 64-byte key.
        [b'E', b'd', b'B', b'K', ..] => b.len() == 104,
        // minisign (unencrypted): `Ed`, no KDF, `B2`, 152 more bytes.
        [b'E', b'd', 0, 0, b'B', b'2', ..] => b.len() == 158,
        // A Java KeyStore (`FEEDFEED`, version 1 or 2) or JCEKS (`CECECECE`) with entries.
        [0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 1 | 2, 0, 0, _, n, ..]
        | [0xCE, 0xCE, 0xCE, 0xCE, 0, 0, 0, 2, 0, 0, _, n, ..] => *n > 0 && b.len() >= 200,
        [0x05, 0x02, a, c, d, e, ..] => {
            let entry = i32::from_be_bytes([*a, *c, *d, *e]);
            entry > 0 && (entry as usize) <= b.len() - 6
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_keys_are_checked_by_structure() {
        let b64 = |t: &str| super::super::filters::base64_decode(t.as_bytes()).unwrap();
        // A keytab (version 0x0502, one entry that fits) and a signify secret key (104 bytes).
        // keyhook:allow-next-line=kerberos-keytab-base64 (made-up value)
        assert!(is_binary_key(&b64("BQIAAABTAAIAC0VYQU1QTEUuT1JHAARIVFRQAA93ZWIuZXhhbXBsZS5vcmcAAAABZVPxAAIAEgAgiyiohWXjXh8iH3FDY3lqmOeAn2DQQKdk3KQTF0dxkDM=")));
        // keyhook:allow-next-line=signify-minisign-secret-key (made-up value)
        assert!(is_binary_key(&b64("RWRCSwAAACo7Et8mq/IplQSEt7PWJh0b0neFGFQf2Puuuw9Z5nS8Gm9xTSLsqHpTS62Xk+zdE4iBI68zqZMrG2iSds8PEYNtdqY6w1enw3NU/AP6XYTstL2SENkaJBo/MFmVKmlYvH4=")));
        // Cut short: the DER length no longer matches; a run of zeros is no key.
        assert!(!is_binary_key(&b64(
            "MIICXgIBAAKBgQCWZBvppOabyqfuRvq7cXFgo10W"
        )));
        assert!(!is_binary_key(&[0u8; 104]));
        // A Java KeyStore's header and one entry, then its body.
        let mut jks = vec![0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 2, 0, 0, 0, 1];
        jks.extend((0..=255u8).cycle().take(400));
        assert!(is_binary_key(&jks));
        jks[11] = 0;
        assert!(!is_binary_key(&jks), "no entries");
    }

    #[test]
    fn kettle_encrypted_passwords_are_undone() {
        assert_eq!(
            kettle_decode(b"2be98afc86aa7f2e4cb79ce10df90acde").as_deref(),
            Some(&b"abcd"[..])
        );
        assert_eq!(
            kettle_decode(b"2be98ffbf13cd9fcefd41fc2193b0b88a").as_deref(),
            Some(&b"Pwyjm*6821-Bw0"[..])
        );
        let kettle = |t: &str| verify(Checksum::KettleEncrypted, t.as_bytes());
        assert_eq!(kettle("2bed1cbbd1ad5dfd0fd4ff93ad387a1e0"), Some(true));
        // `abcd` is too short for a password; the seed alone is an empty one; not hexadecimal.
        assert_eq!(kettle("2be98afc86aa7f2e4cb79ce10df90acde"), Some(false));
        assert_eq!(kettle("2be98afc86aa7f2e4cb79ce10bef2cfba"), None);
        assert_eq!(kettle("2be98afc86aa7f2e4cb79ce10df90acdz"), None);
    }

    #[test]
    fn wordpress_application_passwords_mix_both_cases() {
        let wp = |t: &str| verify(Checksum::WpAppPassword, t.as_bytes());
        assert_eq!(wp("gtt5 jzWg F2Lw CeXh J9JL h4nq"), Some(true));
        assert_eq!(wp("Cbxm zXxi KVjT sbds Oloo dPCg"), Some(true));
        assert_eq!(wp("gtt5jzWgF2LwCeXhJ9JLh4nq"), Some(true));
        assert_eq!(wp("abcd efgh ijkl mnop qrst uvwx"), Some(false));
        assert_eq!(wp("XXXX XXXX XXXX XXXX XXXX XXXX"), Some(false));
        assert_eq!(wp("abcd EFGH 1234 ijkl MNOP 6789"), Some(false));
        assert_eq!(wp("gtt5 jzWg F2Lw CeXh J9JL"), Some(false));
    }

    #[test]
    fn totp_seeds_that_spell_text_are_tutorials() {
        let seed = |t: &str| verify(Checksum::Base32Seed, t.as_bytes());
        assert_eq!(base32_decode(b"JBSWY3DP"), Some(b"Hello".to_vec()));
        // `is-this_sup3r-s3cr3t?`, in upper case, lower case and in groups of four.
        assert_eq!(seed("NFZS25DINFZV643VOAZXELLTGNRXEM3UH4"), Some(false));
        assert_eq!(
            seed("nfzs 25di nfzv 643v oazx ellt gnrx em3u h4"),
            Some(false)
        );
        // Google's published seed, written as an app shows it.
        assert_eq!(seed("jbsw y3dp ehpk 3pxp"), Some(false));
        // Random bytes (six printable ones at the start do not make text), padded or not.
        assert_eq!(seed("L53WYWDDNPJ3DAXCFC3LD2OV44======"), None);
        assert_eq!(seed("GW2G3K5I6DMJPNMRPUG6QITWRQUGH6DS"), None);
        // Not base32 (a hex HOTP key): no verdict.
        assert_eq!(seed("9166c65e9924d94a4dae0b3181b205e16759929a"), None);
    }

    #[test]
    fn crc32_matches_the_reference_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn confluent_secrets_carry_a_crc32() {
        // keyhook:allow-next-line=confluent-cloud-api-secret (made-up value)
        let ok = b"cfltsF2SGVo0n5CdMqVyFfvRK67JGqIxIjLP6xkNXUbUPH02Jfqx12h78XScEQDw";
        assert_eq!(verify(Checksum::Confluent, ok), Some(true));
        let broken = b"cfltsF2SGVo0n5CdMqVyFfvRK67JGqIxIjLP6xkNXUbUPH02Jfqx12h78XScEQDx";
        assert_eq!(verify(Checksum::Confluent, broken), Some(false));
        assert_eq!(verify(Checksum::Confluent, b"cfltshort"), None);
        // Every group of a BitLocker recovery password is a multiple of 11 below 720896.
        // keyhook:allow-next-line=bitlocker-recovery-password (made-up recovery password)
        let recovery = b"610753-625306-109384-409574-072039-525327-282370-589567";
        assert_eq!(verify(Checksum::Bitlocker, recovery), Some(true));
        assert_eq!(
            verify(
                Checksum::Bitlocker,
                b"610754-625306-109384-409574-072039-525327-282370-589567"
            ),
            Some(false)
        );
        assert_eq!(verify(Checksum::Bitlocker, b"123456-123456"), None);
    }

    #[test]
    fn github_checksum_round_trips() {
        let body = b"a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5";
        let mut tok = b"ghp_".to_vec();
        tok.extend_from_slice(body);
        tok.extend_from_slice(&base62(crc32(body), 6));
        assert_eq!(verify(Checksum::Github, &tok), Some(true));
        let last = tok.len() - 1;
        tok[last] = if tok[last] == b'A' { b'B' } else { b'A' };
        assert_eq!(verify(Checksum::Github, &tok), Some(false));
        assert_eq!(verify(Checksum::Github, b"ghp_short"), None);
        // Kubernetes Secret data: a real payload gets no verdict, the others are rejected.
        assert_eq!(
            verify(Checksum::Base64Payload, b"UXo4dk4za0wwcFc3clQybQ=="),
            None
        );
        assert_eq!(
            verify(Checksum::Base64Payload, b"Y2hhbmdlbWU="),
            Some(false)
        ); // changeme
        assert_eq!(verify(Checksum::Base64Payload, b"registry"), Some(false));
        // A network, a host name and a connection string without a secret in it; one with a
        // password is still judged.
        // 10.246.0.0/16
        assert_eq!(
            verify(Checksum::Base64Payload, b"MTAuMjQ2LjAuMC8xNg=="),
            Some(false)
        );
        // shipping.ck4xr0tqf8yd.ca-central-1.rds.amazonaws.com
        assert_eq!(
            verify(
                Checksum::Base64Payload,
                b"c2hpcHBpbmcuY2s0eHIwdHFmOHlkLmNhLWNlbnRyYWwtMS5yZHMuYW1hem9uYXdzLmNvbQ=="
            ),
            Some(false)
        );
        // Server=sqlprd03.fabrikam.net;Database=billing;Trusted_Connection=True;
        assert_eq!(
            verify(Checksum::Base64Payload, b"U2VydmVyPXNxbHByZDAzLmZhYnJpa2FtLm5ldDtEYXRhYmFzZT1iaWxsaW5nO1RydXN0ZWRfQ29ubmVjdGlvbj1UcnVlOw=="),
            Some(false)
        );
        // (Server=db;User Id=sa;Password=<made-up>;)
        assert_ne!(
            verify(
                Checksum::Base64Payload,
                b"U2VydmVyPWRiO1VzZXIgSWQ9c2E7UGFzc3dvcmQ9VnE4I21MdzJ6UiF0Ow=="
            ),
            Some(false)
        );
        // `https://aix26.stark.lan:8443/automation-api`: an endpoint.
        assert_eq!(
            verify(
                Checksum::Base64Payload,
                b"aHR0cHM6Ly9haXgyNi5zdGFyay5sYW46ODQ0My9hdXRvbWF0aW9uLWFwaQ=="
            ),
            Some(false)
        );
        // `pass`
        assert_eq!(verify(Checksum::Base64Payload, b"cGFzcw=="), Some(false));
        // An ingress's htpasswd (`admin:$2y$…`) and a plain word (`readonly`).
        assert_eq!(
            verify(
                Checksum::Base64Payload,
                b"YWRtaW46JDJ5JDEyJHBtLmgxMjhYVk11dDBRZUNqNTJ3VXhCdkNGNEFiOS5CTTdacnRScWJQcDl1RkV4YlU3RjJoCg=="
            ),
            Some(false)
        );
        assert_eq!(
            verify(Checksum::Base64Payload, b"cmVhZG9ubHk="),
            Some(false)
        );
        // `username:password` and `anystring:test_fixture`: stand-ins, not credentials.
        assert_eq!(
            verify(Checksum::Base64Payload, b"dXNlcm5hbWU6cGFzc3dvcmQ="),
            Some(false)
        );
        assert_eq!(
            verify(Checksum::Base64Payload, b"YW55c3RyaW5nOnRlc3RfZml4dHVyZQ=="),
            Some(false)
        );
        // A connection URI is judged by its password, not by its documentation host.
        // keyhook:allow-next-line=uri-credentials (made-up value)
        let uri = b"clickhouse://deploy:jzbi0NndWpvYoyBhgODwH@pg.corp.example.net:9440/default";
        assert_eq!(
            super::super::filters::uri_password(uri),
            b"jzbi0NndWpvYoyBhgODwH"
        );
        let encoded = b"Y2xpY2tob3VzZTovL2RlcGxveTpqemJpME5uZFdwdllveUJoZ09Ed0hAcGcuY29ycC5leGFtcGxlLm5ldDo5NDQwL2RlZmF1bHQ/c2VjdXJlPXRydWU=";
        assert_eq!(verify(Checksum::Base64Payload, encoded), None);
        // postgres://app:changeme@db.example.com/app
        let placeholder = b"cG9zdGdyZXM6Ly9hcHA6Y2hhbmdlbWVAZGIuZXhhbXBsZS5jb20vYXBw";
        assert_eq!(verify(Checksum::Base64Payload, placeholder), Some(false));
    }
}
