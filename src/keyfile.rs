//! Key files: binary key stores (PKCS#12 bundles `.p12`/`.pfx`, Java keystores JKS/JCEKS) that
//! hold a private or secret key, and text files that are a key by name (Rails' master key).
//!
//! A line scanner never sees them (they are binary), yet committing one publishes a signing or
//! TLS key as surely as a PEM block does. They are recognised by their structure, not their
//! name, and only when a key entry is visible: a truststore of certificates passes, and so does
//! Android's shared debug keystore (alias `androiddebugkey`), which teams commit on purpose.

/// What kind of key store a binary blob is, when it holds a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyStore {
    pub rule: &'static str,
    pub description: &'static str,
    pub provider: &'static str,
}

const PKCS12: KeyStore = KeyStore {
    rule: "pkcs12-private-key",
    description: "PKCS#12 bundle (.p12/.pfx) holding a private key",
    provider: "PKCS#12",
};

const JAVA: KeyStore = KeyStore {
    rule: "java-keystore-private-key",
    description: "Java keystore holding a private or secret key",
    provider: "Java keystore",
};

const RAILS: KeyStore = KeyStore {
    rule: "rails-master-key",
    description: "Rails master key (config/master.key): decrypts config/credentials.yml.enc",
    provider: "Rails",
};

/// A text file that is a key by its name and shape: Rails' `config/master.key` and per-environment
/// `config/credentials/<env>.key`, one line of 32 hex digits (`SecureRandom.hex(16)`). Returns
/// the key.
pub fn text_key_file<'l>(path: &str, lines: &[&'l [u8]]) -> Option<(KeyStore, &'l [u8])> {
    let name = path.rsplit('/').next().unwrap_or(path);
    let rails = name == "master.key"
        || (name.ends_with(".key")
            && path
                .rsplit('/')
                .nth(1)
                .is_some_and(|dir| dir == "credentials"));
    if !rails {
        return None;
    }
    let (first, rest) = lines.split_first()?;
    let key = first.trim_ascii();
    let hex = key.len() == 32 && key.iter().all(|b| b.is_ascii_hexdigit());
    (hex && rest.iter().all(|l| l.trim_ascii().is_empty())).then_some((RAILS, key))
}

/// The alias Android's build tools give the debug signing key: not a secret.
const ANDROID_DEBUG_ALIAS: &[u8] = b"androiddebugkey";

/// `Some` when `data` is a key store with at least one key entry.
pub fn private_key_store(data: &[u8]) -> Option<KeyStore> {
    match data.get(..4)? {
        [0xFE, 0xED, 0xFE, 0xED] | [0xCE, 0xCE, 0xCE, 0xCE] => java_keystore(data).then_some(JAVA),
        [0x30, ..] => pkcs12(data).then_some(PKCS12),
        _ => None,
    }
}

/// DER of the OIDs that matter in a PFX (RFC 7292): the PKCS#7 `data` content type every PFX
/// wraps its contents in, and the two bag types that carry a private key. In the files OpenSSL,
/// Windows and Java write, the key bag sits in a plain `data` content (the key itself is
/// encrypted inside it), so its type is visible while certificate bags are usually encrypted.
const OID_PKCS7_DATA: &[u8] = &[
    0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x01,
];
const OID_KEY_BAG: &[u8] = &[
    0x06, 0x0B, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x0C, 0x0A, 0x01, 0x01,
];
const OID_SHROUDED_KEY_BAG: &[u8] = &[
    0x06, 0x0B, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x0C, 0x0A, 0x01, 0x02,
];
/// Java writes a secret (symmetric) key entry as a `secretBag`.
const OID_SECRET_BAG: &[u8] = &[
    0x06, 0x0B, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x0C, 0x0A, 0x01, 0x05,
];

/// A PFX: `SEQUENCE { INTEGER 3, ContentInfo(data) … }` with a key or secret bag somewhere inside, not
/// named for Android's debug key.
fn pkcs12(data: &[u8]) -> bool {
    let Some(body) = der_sequence_body(data) else {
        return false;
    };
    if !body.starts_with(&[0x02, 0x01, 0x03, 0x30]) {
        return false;
    }
    let head = &body[..body.len().min(64)];
    if find(head, OID_PKCS7_DATA).is_none() {
        return false;
    }
    let has_key = [OID_KEY_BAG, OID_SHROUDED_KEY_BAG, OID_SECRET_BAG]
        .iter()
        .any(|oid| find(body, oid).is_some());
    has_key && find(body, &bmp(ANDROID_DEBUG_ALIAS)).is_none()
}

/// The contents of the outer DER SEQUENCE (definite or indefinite length), cut to the data.
fn der_sequence_body(data: &[u8]) -> Option<&[u8]> {
    let len_byte = *data.get(1)?;
    let (start, len) = match len_byte {
        0x80 => (2, data.len() - 2),
        n if n < 0x80 => (2, n as usize),
        n => {
            let k = (n & 0x7F) as usize;
            if k == 0 || k > 4 {
                return None;
            }
            let mut len = 0usize;
            for &b in data.get(2..2 + k)? {
                len = (len << 8) | b as usize;
            }
            (2 + k, len)
        }
    };
    let end = start.checked_add(len)?.min(data.len());
    data.get(start..end)
}

/// `s` as a big-endian BMPString body (PKCS#12 `friendlyName`).
fn bmp(s: &[u8]) -> Vec<u8> {
    s.iter().flat_map(|&b| [0, b]).collect()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

/// Walk a JKS/JCEKS file's entries: tag 1 is a private key, 3 (JCEKS) a secret key, 2 a trusted
/// certificate. Any key entry whose alias is not Android's debug key counts.
fn java_keystore(data: &[u8]) -> bool {
    let mut r = Reader { data, pos: 4 };
    let Some(version) = r.u32() else { return false };
    if version != 1 && version != 2 {
        return false;
    }
    let Some(count) = r.u32() else { return false };
    for _ in 0..count.min(100_000) {
        let Some(tag) = r.u32() else { return false };
        let Some(alias) = r.utf() else { return false };
        if r.skip(8).is_none() {
            return false;
        }
        let debug = alias == ANDROID_DEBUG_ALIAS;
        match tag {
            1 => {
                if !debug {
                    return true;
                }
                let Some(n) = r.u32() else { return false };
                if r.skip(n as usize).is_none() {
                    return false;
                }
                let Some(chain) = r.u32() else { return false };
                for _ in 0..chain.min(1_000) {
                    if r.certificate(version).is_none() {
                        return false;
                    }
                }
            }
            2 => {
                if r.certificate(version).is_none() {
                    return false;
                }
            }
            // A JCEKS secret key is a serialized Java object whose length is not written
            // down: it ends the walk either way.
            3 => return !debug,
            _ => return false,
        }
    }
    false
}

struct Reader<'d> {
    data: &'d [u8],
    pos: usize,
}

impl<'d> Reader<'d> {
    fn take(&mut self, n: usize) -> Option<&'d [u8]> {
        let end = self.pos.checked_add(n)?;
        let s = self.data.get(self.pos..end)?;
        self.pos = end;
        Some(s)
    }
    fn skip(&mut self, n: usize) -> Option<()> {
        self.take(n).map(|_| ())
    }
    fn u32(&mut self) -> Option<u32> {
        let b = self.take(4)?;
        Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn utf(&mut self) -> Option<&'d [u8]> {
        let b = self.take(2)?;
        let n = u16::from_be_bytes([b[0], b[1]]) as usize;
        self.take(n)
    }
    /// A certificate: (version 2) its type name, then its length-prefixed encoding.
    fn certificate(&mut self, version: u32) -> Option<()> {
        if version == 2 {
            self.utf()?;
        }
        let n = self.u32()? as usize;
        self.skip(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jks(magic: [u8; 4], entries: &[(u32, &[u8])]) -> Vec<u8> {
        let mut v = magic.to_vec();
        v.extend(2u32.to_be_bytes());
        v.extend((entries.len() as u32).to_be_bytes());
        for (tag, alias) in entries {
            v.extend(tag.to_be_bytes());
            v.extend((alias.len() as u16).to_be_bytes());
            v.extend(*alias);
            v.extend([0u8; 8]);
            let cert = |v: &mut Vec<u8>| {
                v.extend(5u16.to_be_bytes());
                v.extend(b"X.509");
                v.extend(3u32.to_be_bytes());
                v.extend([0x30, 0x01, 0x00]);
            };
            match tag {
                1 => {
                    v.extend(4u32.to_be_bytes());
                    v.extend([0x30, 0x02, 0x05, 0x00]);
                    v.extend(1u32.to_be_bytes());
                    cert(&mut v);
                }
                2 => cert(&mut v),
                _ => v.extend([0xAC, 0xED, 0x00, 0x05]),
            }
        }
        v.extend([0u8; 20]);
        v
    }

    #[test]
    fn rails_master_keys() {
        // keyhook:allow-next-line=secret-bytes-literal (made-up key)
        let key: &[u8] = b"c63a8e2f1b9d4a7e0c5f3b8a6d1e9f24";
        let hit =
            |p: &str, lines: &[&[u8]]| text_key_file(p, lines).map(|(s, k)| (s.rule, k.len()));
        assert_eq!(
            hit("config/master.key", &[key]),
            Some(("rails-master-key", 32))
        );
        assert_eq!(
            hit("config/master.key", &[key, b""]),
            Some(("rails-master-key", 32))
        );
        assert_eq!(
            hit("app/config/credentials/production.key", &[key]),
            Some(("rails-master-key", 32))
        );
        // Other names, other shapes, placeholders with words.
        assert_eq!(hit("config/tls.key", &[key]), None);
        assert_eq!(
            hit("config/master.key", &[b"<paste the key from 1Password>"]),
            None
        );
        assert_eq!(hit("config/master.key", &[key, b"second line"]), None);
        assert_eq!(hit("config/master.key", &[&key[..31]]), None);
        assert_eq!(hit("config/master.key", &[]), None);
    }

    #[test]
    fn java_keystores() {
        let fe = [0xFE, 0xED, 0xFE, 0xED];
        let ce = [0xCE, 0xCE, 0xCE, 0xCE];
        assert_eq!(private_key_store(&jks(fe, &[(1, b"server")])), Some(JAVA));
        // Trusted certificates first, the key after them.
        assert_eq!(
            private_key_store(&jks(fe, &[(2, b"ca"), (2, b"ca2"), (1, b"tls")])),
            Some(JAVA)
        );
        assert_eq!(private_key_store(&jks(ce, &[(3, b"aes")])), Some(JAVA));
        // A truststore, the Android debug key, a cut-off file.
        assert_eq!(
            private_key_store(&jks(fe, &[(2, b"ca"), (2, b"root")])),
            None
        );
        assert_eq!(
            private_key_store(&jks(fe, &[(1, b"androiddebugkey")])),
            None
        );
        let full = jks(fe, &[(2, b"ca"), (1, b"tls")]);
        assert_eq!(private_key_store(&full[..30]), None);
        assert_eq!(private_key_store(b"\xFE\xED\xFE\xED"), None);
    }

    fn pfx(bags: &[&[u8]], extra: &[u8]) -> Vec<u8> {
        let mut body = vec![0x02, 0x01, 0x03, 0x30, 0x82, 0x01, 0x00];
        body.extend(OID_PKCS7_DATA);
        for b in bags {
            body.extend([0x30, 0x10]);
            body.extend(*b);
            body.extend([0x04, 0x04, 1, 2, 3, 4]);
        }
        body.extend(extra);
        let mut v = vec![0x30, 0x82];
        v.extend((body.len() as u16).to_be_bytes());
        v.extend(body);
        v
    }

    #[test]
    fn pkcs12_bundles() {
        assert_eq!(
            private_key_store(&pfx(&[OID_SHROUDED_KEY_BAG], &[])),
            Some(PKCS12)
        );
        assert_eq!(private_key_store(&pfx(&[OID_KEY_BAG], &[])), Some(PKCS12));
        let cert_bag: &[u8] = &[
            0x06, 0x0B, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x0C, 0x0A, 0x01, 0x03,
        ];
        assert_eq!(private_key_store(&pfx(&[cert_bag], &[])), None);
        let debug = bmp(ANDROID_DEBUG_ALIAS);
        assert_eq!(
            private_key_store(&pfx(&[OID_SHROUDED_KEY_BAG], &debug)),
            None
        );
        // DER that is not a PFX (a certificate: SEQUENCE { SEQUENCE … }).
        let mut cert = vec![0x30, 0x82, 0x00, 0x20, 0x30, 0x82, 0x00, 0x1C];
        cert.extend(OID_SHROUDED_KEY_BAG);
        cert.resize(36, 0);
        assert_eq!(private_key_store(&cert), None);
        assert_eq!(private_key_store(b"\x30"), None);
        assert_eq!(
            private_key_store(b"\x30\x84\xFF\xFF\xFF\xFF\x02\x01\x03"),
            None
        );
    }
}
