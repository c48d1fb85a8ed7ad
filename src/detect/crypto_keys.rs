//! Offline checks of cryptocurrency wallet secrets: BIP-39 recovery phrases (the words come from
//! the standard English list and the last word carries a SHA-256 checksum), BIP-32 extended
//! private keys and Bitcoin WIF private keys (Base58Check: a double SHA-256 checksum in the last
//! four bytes). A value whose checksum verifies is a real key; one whose does not is a look-alike.
//! Published test values (the BIP-32 test vectors, the Bitcoin wiki's WIF, Hardhat's and Anvil's
//! development accounts) are look-alikes too: anyone can spend from them.

/// The BIP-39 English word list (2048 words, in order; the index of a word is its 11-bit value).
const BIP39_ENGLISH: &str = include_str!("bip39-english.txt");

/// The standard's nine other word lists (Spanish, French, Italian, Portuguese, Czech, Japanese,
/// Korean, Chinese simplified and traditional): a `[language]` line, then 2048 lines in list
/// order, each the word in NFC and, where they differ, in NFD and without accents (a Spanish or
/// French phrase is often typed without them; the standard's lists are unique so).
const BIP39_OTHER: &str = include_str!("bip39-other.txt");

/// Published recovery phrases: BIP-39's own test vectors (entropy 00…, 7f…, 80…, ff…), the
/// development mnemonic of Hardhat, Anvil, Ganache and Truffle, two more that tutorials copy, and
/// Substrate's development phrase.
const PUBLISHED_PHRASES: &[&str] = &[
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
    "legal winner thank year wave sausage worth useful legal winner thank yellow",
    "letter advice cage absurd amount doctor acoustic avoid letter advice cage above",
    "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
    "test test test test test test test test test test test junk",
    "myth like bonus scare over problem client lizard pioneer submit female collect",
    "candy maple cake sugar pudding cream honey rich smooth crumble sweet treat",
    // Substrate's and Polkadot.js's development phrase (`//Alice` and friends derive from it).
    "bottom drive obey lake curtain smoke basket hold race lonely fit walk",
];

/// Published private keys: the first ten accounts of Hardhat's and Anvil's development
/// mnemonic (their documentation prints them), the Bitcoin wiki's WIF examples (uncompressed
/// and compressed) and the master
/// keys of BIP-32's test vectors 1 and 2.
const PUBLISHED_KEYS: &[&str] = &[
    "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
    "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
    "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
    "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
    "47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
    "8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
    "92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
    "4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
    "dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
    "2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
    "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ",
    "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi",
    "xprv9s21ZrQH143K31xYSDQpPDxsXRTUcvj2iNHm5NUtrGiGG5e2DtALGdso3pGz6ssrdK4PFmM8NSpSBHNqPqm55Qn3LqFtT2emdEXVYsCzC2U",
    "KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617",
    // Ganache's first account with `--deterministic`.
    "4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d",
];

/// Keys of the cryptography standards' own test vectors, as bytes in hex: RFC 7748's X25519
/// keys (Alice's and Bob's), RFC 8032's Ed25519 test secret keys and public keys, NIST SP
/// 800-38A's AES-128/192/256 keys, the GCM specification's test-case keys, RFC 8439's Poly1305
/// key, RFC 7515's and RFC 7517's example JWK keys and the Bitcoin wiki's example private key;
/// and the subscriber keys of mobile networks' test beds: 3GPP TS 35.207/35.208's MILENAGE
/// test sets (K, OP, OPc), and the default K/OPc of Open5GS, free5GC/UERANSIM, srsRAN and
/// OpenAirInterface that every lab copies.
/// Code that quotes them tests an implementation; nobody's data is under them.
const PUBLISHED_TEST_VECTOR_KEYS: &[&str] = &[
    "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a",
    "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb",
    "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
    "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
    "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
    "f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5",
    "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42",
    "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
    "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
    "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
    "2b7e151628aed2a6abf7158809cf4f3c",
    "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b",
    "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
    "feffe9928665731c6d6a8f9467308308",
    "feffe9928665731c6d6a8f9467308308feffe9928665731c",
    "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308",
    "85d6be7857556d337f4452fe42d506a80103808afb0db2fd4abff6af4149f51b",
    "0323354b2b0fa5bc837e0665777ba68f5ab328e6f054c928a90f84b2d2502ebfd3fb5a92d20647ef968ab4c377623d223d2e2172052e4f08c0cd9af567d080a3",
    "8e9b109e719098bf980487df1f5d77e9cb29606ebed2263b5f57c213df84f4b2",
    "f3bd0c07a81fb932781ed52752f60cc89a6be5e51934fe01938ddb55d8f77801",
    "19ac2082e1721ab58a6afec05f854a52",
    "0c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa1d",
    // MILENAGE test sets 1-6 (K, OP, OPc).
    "465b5ce8b199b49faa5f0a2ee238a6bc",
    "cdc202d5123e20f62b6d676ac72cb318",
    "cd63cb71954a9f4e48a5994e37a02baf",
    "0396eb317b6d1c36f19c1c84cd6ffd16",
    "ff53bade17df5d4e793073ce9d7579fa",
    "53c15671c60a4b731c55b4a441c0bde2",
    "fec86ba6eb707ed08905757b1bb44b8f",
    "dbc59adcb6f9a0ef735477b7fadf8374",
    "1006020f0a478bf6b699f15c062e42b3",
    "9e5944aea94b81165c82fbf9f32db751",
    "223014c5806694c007ca1eeef57f004f",
    "a64a507ae1a2a98bb88eb4210135dc87",
    "4ab1deb05ca6ceb051fc98e77d026a84",
    "2d16c5cd1fdf6b22383584e3bef2a8d8",
    "dcf07cbd51855290b92a07a9891e523e",
    "6c38a116ac280c454f59332ee35c8c4f",
    "1ba00a1a7c6700ac8c3ff3e96ad08725",
    "3803ef5363b947c6aaa225e58fae3934",
    // Open5GS's WebUI default OPc, free5GC/UERANSIM's default K and OPc, srsRAN's default K
    // and OPc, OpenAirInterface's LTE K and OPc.
    "e8ed289deba952e4283b54e88e6183ca",
    "8baf473f2f8fd09487cccbd7097c6862",
    "8e27b6af0e692e750f32667a3b14605d",
    "e734f8734007d6c5ce7a0508809e7e9c",
    "00112233445566778899aabbccddeeff",
    "63bfa50ee6523365ff14c1f45f88737d",
    "0c0a34601d4f07677303652c0462535b",
    "c42449363bbad02b66d16bc975d77cc1",
    "449c4b91aeacd0ace182cf3a5a72bfa1",
    // ANSI X9.24's DUKPT test keys: the TDES BDK's IPEK, and the AES BDK and its IPEK.
    "6ac292faa1315b4d858ab3a3d7d5933a",
    "fedcba9876543210f1f1f1f1f1f1f1f1",
    "1273671ea26ac29afa4d1084127652a1",
    // The NT hash of the empty password (what a disabled or blank account shows).
    "31d6cfe0d16ae931b73c59d7e0c089c0",
    // NIP-19's test private key (hex), and the example swarm key of libp2p's private-network
    // documentation.
    "67dea2ed018072d675f5415ecfaed7d2597555e202d85b3d65ea4e58d2d92ffa",
    "dffb7e3135399a8b1612b2aaca1c36a3a8ac2cd0cca51ceeb2ced87d308cac6d",
    // 3GPP TS 33.501 Annex C's SUCI test home-network private keys (profiles A and B), which
    // free5GC's and Open5GS's sample configurations carry.
    "c53c22208b61860b06c62e5406a7b330c2b577aa5558981510d128247d38bd1d",
    "f1ab1074477ebcc7f554ea1c5fc368b1616730155e0041ac447d6301975fecda",
];

/// Is the value one of the standards' test-vector keys (see `PUBLISHED_TEST_VECTOR_KEYS`),
/// written in hex (with or without `0x`, either case), base64 or base64url?
pub fn is_published_test_vector_key(value: &[u8]) -> bool {
    use super::filters::{base64_decode, hex_decode};
    // (Hex in groups, `8BAF473F 2F8FD094 …`, as a web UI shows it: read without the spaces.)
    let joined: Vec<u8>;
    let value =
        if value.contains(&b' ') && value.iter().all(|b| b.is_ascii_hexdigit() || *b == b' ') {
            joined = value.iter().copied().filter(|&b| b != b' ').collect();
            &joined[..]
        } else {
            value
        };
    let v = value.strip_prefix(b"0x").unwrap_or(value);
    if !(22..=130).contains(&v.len()) {
        return false;
    }
    // (Hex first: a hex value is valid base64 too. `base64_decode` reads base64url as well
    // and needs no padding.)
    let Some(bytes) = hex_decode(v).or_else(|| base64_decode(v)) else {
        return false;
    };
    if ![16, 24, 32, 64].contains(&bytes.len()) {
        return false;
    }
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    PUBLISHED_TEST_VECTOR_KEYS.contains(&hex.as_str())
}

/// Is the value a published test key or phrase (compared without a `0x` prefix and ignoring
/// case for hex)?
pub fn is_published(value: &[u8]) -> bool {
    let v = value.strip_prefix(b"0x").unwrap_or(value);
    PUBLISHED_KEYS.iter().any(|k| {
        let k = k.as_bytes();
        if k.len() == 64 {
            v.eq_ignore_ascii_case(k)
        } else {
            v == k
        }
    }) || (value.contains(&b' ') && {
        let words: Vec<&[u8]> = value
            .split(|b| b.is_ascii_whitespace())
            .filter(|w| !w.is_empty())
            .collect();
        PUBLISHED_PHRASES.iter().any(|p| {
            let mut pw = p.split(' ').map(str::as_bytes);
            words.len() == p.split(' ').count() && words.iter().all(|w| pw.next() == Some(*w))
        })
    })
}

/// SHA-256 (FIPS 180-4).
pub fn sha256(data: &[u8]) -> [u8; 32] {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u64).wrapping_mul(8)).to_be_bytes());
    for block in msg.chunks_exact(64) {
        let mut w = [0u32; 64];
        for (t, word) in block.chunks_exact(4).enumerate() {
            w[t] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for t in 16..64 {
            let s0 = w[t - 15].rotate_right(7) ^ w[t - 15].rotate_right(18) ^ (w[t - 15] >> 3);
            let s1 = w[t - 2].rotate_right(17) ^ w[t - 2].rotate_right(19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16]
                .wrapping_add(s0)
                .wrapping_add(w[t - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[t])
                .wrapping_add(w[t]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 32];
    for (chunk, word) in out.chunks_exact_mut(4).zip(h) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    out
}

/// Decode Base58 (Bitcoin's alphabet); `None` on a character outside it.
pub fn base58_decode(s: &[u8]) -> Option<Vec<u8>> {
    const ALPHABET: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    let mut bytes: Vec<u8> = Vec::with_capacity(s.len());
    for &c in s {
        let mut carry = ALPHABET.iter().position(|&a| a == c)? as u32;
        for b in bytes.iter_mut().rev() {
            carry += u32::from(*b) * 58;
            *b = (carry & 0xff) as u8;
            carry >>= 8;
        }
        while carry > 0 {
            bytes.insert(0, (carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    let zeros = s.iter().take_while(|&&c| c == b'1').count();
    let mut out = vec![0u8; zeros];
    out.extend(bytes);
    Some(out)
}

/// The payload of a Base58Check string whose checksum verifies.
fn base58check(s: &[u8]) -> Option<Vec<u8>> {
    let raw = base58_decode(s)?;
    if raw.len() < 5 {
        return None;
    }
    let (payload, sum) = raw.split_at(raw.len() - 4);
    (sha256(&sha256(payload))[..4] == *sum).then(|| payload.to_vec())
}

/// Is this a BIP-32 extended private key (`xprv`, `tprv`, SLIP-132's `yprv`/`zprv`/`uprv`/
/// `vprv`…) whose checksum verifies: 78 bytes, a private key marked by a zero byte at 45?
pub fn is_extended_private_key(s: &[u8]) -> bool {
    base58check(s).is_some_and(|p| p.len() == 78 && p[45] == 0)
}

/// Is this a Bitcoin WIF private key (mainnet `0x80` or testnet `0xef`, 32 bytes, optionally the
/// `0x01` compression flag) whose checksum verifies?
pub fn is_wif_private_key(s: &[u8]) -> bool {
    base58check(s).is_some_and(|p| {
        matches!(p.first(), Some(0x80 | 0xef))
            && (p.len() == 33 || (p.len() == 34 && p[33] == 0x01))
    })
}

fn bip39_index(word: &[u8]) -> Option<usize> {
    static WORDS: std::sync::OnceLock<Vec<&'static [u8]>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| BIP39_ENGLISH.lines().map(str::as_bytes).collect());
    words.binary_search(&word).ok()
}

/// Does this run of words hold a BIP-39 recovery phrase (12, 15, 18, 21 or 24 words of the
/// English list whose checksum verifies), or an Algorand mnemonic (25 words of the list)? The run may carry other words before or after it
/// (`the seed is …`).
pub fn holds_recovery_phrase(text: &[u8]) -> bool {
    let words: Vec<&[u8]> = text
        .split(|b| b.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let indices: Vec<Option<usize>> = words.iter().map(|w| bip39_index(w)).collect();
    // (An Algorand account's mnemonic is 25 words of the same list, the last a checksum of its
    // own (SHA-512/256, not checked here): 25 listed words in a row are a mnemonic as they are.)
    let algorand = indices.split(|i| i.is_none()).any(|run| run.len() == 25);
    algorand || holds_phrase(&indices, |_| true)
}

/// Is there a phrase among the words' list indices (`None` for a word not in the list)? Each run
/// of listed words is read whole when its length is a phrase's (12, 15, …, 24 words), else by its
/// longest phrase-length start or end (`wallet` before the twelve words is in the list too); not
/// by every window inside it: a 24-word phrase with a broken checksum holds a 12-word window whose
/// four checksum bits match, by chance, more often than not.
fn holds_phrase(indices: &[Option<usize>], accept: impl Fn(&[usize]) -> bool) -> bool {
    let ok = |idx: &[usize]| phrase_checksum_ok(idx) && accept(idx);
    let mut at = 0;
    while at < indices.len() {
        let len = indices[at..].iter().take_while(|i| i.is_some()).count();
        if len == 0 {
            at += 1;
            continue;
        }
        let run: Vec<usize> = indices[at..at + len].iter().flatten().copied().collect();
        at += len;
        if run.len() < 12 {
            continue;
        }
        if matches!(run.len(), 12 | 15 | 18 | 21 | 24) {
            if ok(&run) {
                return true;
            }
            continue;
        }
        let n = [24, 21, 18, 15, 12]
            .into_iter()
            .find(|&n| n <= run.len())
            .unwrap_or(12);
        if ok(&run[..n]) || ok(&run[run.len() - n..]) {
            return true;
        }
    }
    false
}

/// The nine other lists, each a map from every accepted form of a word to its index.
fn other_lists() -> &'static [std::collections::HashMap<&'static [u8], u16>] {
    static LISTS: std::sync::OnceLock<Vec<std::collections::HashMap<&'static [u8], u16>>> =
        std::sync::OnceLock::new();
    LISTS.get_or_init(|| {
        let mut lists = Vec::new();
        let mut index = 0u16;
        for line in BIP39_OTHER.lines() {
            if line.starts_with('#') {
                continue;
            }
            if line.starts_with('[') {
                lists.push(std::collections::HashMap::with_capacity(2048 * 2));
                index = 0;
                continue;
            }
            if let Some(list) = lists.last_mut() {
                for form in line.split('\t') {
                    list.insert(form.as_bytes(), index);
                }
                index += 1;
            }
        }
        lists
    })
}

/// Does this run hold a BIP-39 recovery phrase in one of the standard's other languages (words
/// split by spaces or, as Japanese phrases are written, U+3000 ideographic spaces), whose
/// checksum verifies? The phrases of BIP-39's test vectors (entropy all 00, 7f, 80 or ff) are
/// published in every language, so they are not.
pub fn holds_recovery_phrase_in_other_language(text: &[u8]) -> bool {
    let spaced = text
        .windows(3)
        .any(|w| w == "\u{3000}".as_bytes())
        .then(|| {
            let s = String::from_utf8_lossy(text).replace('\u{3000}', " ");
            s.into_bytes()
        });
    let text = spaced.as_deref().unwrap_or(text);
    let words: Vec<&[u8]> = text
        .split(|b| b.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 12 {
        return false;
    }
    other_lists().iter().any(|list| {
        let indices: Vec<Option<usize>> = words
            .iter()
            .map(|w| list.get(w).map(|&i| usize::from(i)))
            .collect();
        holds_phrase(&indices, |idx| !is_test_vector_phrase(idx))
    })
}

/// Are the phrase's entropy bits one of BIP-39's test-vector patterns (all 0, 0x7f…, 0x80…, all
/// 1)? Its 11-bit word values then repeat a short cycle: all 0 (`abandon … about`), all 2047
/// (`zoo … wrong`), or 0x7f/0x80 bytes.
fn is_test_vector_phrase(idx: &[usize]) -> bool {
    let mut bits: Vec<bool> = Vec::with_capacity(idx.len() * 11);
    for &i in idx {
        for k in (0..11).rev() {
            bits.push((i >> k) & 1 == 1);
        }
    }
    let ent_bits = bits.len() - bits.len() / 33;
    let bytes: Vec<u8> = bits[..ent_bits]
        .chunks(8)
        .map(|byte| byte.iter().fold(0u8, |acc, &b| (acc << 1) | u8::from(b)))
        .collect();
    [0x00u8, 0x7f, 0x80, 0xff]
        .iter()
        .any(|&v| bytes.iter().all(|&b| b == v))
}

/// BIP-39: the words' 11-bit values concatenate to the entropy then `n/3` checksum bits, the
/// first bits of the entropy's SHA-256.
fn phrase_checksum_ok(idx: &[usize]) -> bool {
    let total_bits = idx.len() * 11;
    let cs_bits = total_bits / 33;
    let ent_bits = total_bits - cs_bits;
    let mut bits: Vec<bool> = Vec::with_capacity(total_bits);
    for &i in idx {
        for k in (0..11).rev() {
            bits.push((i >> k) & 1 == 1);
        }
    }
    let entropy: Vec<u8> = bits[..ent_bits]
        .chunks(8)
        .map(|byte| byte.iter().fold(0u8, |acc, &b| (acc << 1) | u8::from(b)))
        .collect();
    let hash = sha256(&entropy);
    (0..cs_bits).all(|k| ((hash[k / 8] >> (7 - k % 8)) & 1 == 1) == bits[ent_bits + k])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn the_standards_test_vector_keys_are_known_in_every_encoding() {
        // RFC 7748's Alice in hex, Bob in base64; SP 800-38A's AES-256 key in base64, its
        // AES-128 key in upper-case hex with `0x`; RFC 8032's TEST 2 key in base64url (a JWK's `d`).
        for v in [
            "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a",
            "XasIfmJKikt54X+Lg4AO5m87sSkmGLb9HC+LJ/+I4Os=",
            "YD3rEBXKcb4rc67whX13gR81LAc7YQjXLZgQowkU3/Q=",
            "0x2B7E151628AED2A6ABF7158809CF4F3C",
            "TM0Imyj_ltqdtsNG7BFOD1uKMZ81q6Yk2oz27U-4pvs",
        ] {
            assert!(is_published_test_vector_key(v.as_bytes()), "{v}");
        }
        // A random key in each encoding.
        // keyhook:allow-next-line=generic-secret-assignment (made-up value)
        for v in [
            "746bd9f70c58ff6d54b1f28dceb5b694e137c938514539c31fd39c1b5d4f8e8e",
            "kLIsqnoyhirCkkMWU0+FX/BIR228ATxG3rt7QiMOJII=",
        ] {
            assert!(!is_published_test_vector_key(v.as_bytes()), "{v}");
        }
    }

    #[test]
    fn sha256_matches_the_fips_vectors() {
        assert_eq!(
            hex(&sha256(b"abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            hex(&sha256(b"")),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        let long = b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
        assert_eq!(
            hex(&sha256(long)),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
    }

    #[test]
    fn the_word_list_is_the_standard_one() {
        assert_eq!(BIP39_ENGLISH.lines().count(), 2048);
        assert_eq!(
            hex(&sha256(BIP39_ENGLISH.as_bytes())),
            "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"
        );
        assert_eq!(bip39_index(b"abandon"), Some(0));
        assert_eq!(bip39_index(b"zoo"), Some(2047));
    }

    #[test]
    fn recovery_phrases_are_checked_by_their_last_word() {
        // BIP-39's test vectors (entropy 7f7f…, 8080…); the published ones are valid too.
        assert!(holds_recovery_phrase(
            b"legal winner thank year wave sausage worth useful legal winner thank yellow"
        ));
        assert!(holds_recovery_phrase(
            b"the seed is letter advice cage absurd amount doctor acoustic avoid letter advice cage above"
        ));
        assert!(holds_recovery_phrase(PUBLISHED_PHRASES[0].as_bytes()));
        // The last word changed: the checksum fails.
        assert!(!holds_recovery_phrase(
            b"legal winner thank year wave sausage worth useful legal winner thank year"
        ));
        assert!(!holds_recovery_phrase(
            b"this function returns the value of the thing that we want to use here"
        ));
        assert!(is_published(PUBLISHED_PHRASES[1].as_bytes()));
    }

    #[test]
    fn base58check_keys_are_verified() {
        assert!(is_wif_private_key(
            b"5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"
        ));
        assert!(!is_wif_private_key(
            b"5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTK"
        ));
        assert!(is_extended_private_key(PUBLISHED_KEYS[11].as_bytes()));
        // The matching public key is no private key.
        assert!(!is_extended_private_key(
            b"xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8"
        ));
        assert!(is_published(
            b"0xAC0974BEC39A17E36BA4A6B4D238FF944BACB478CBED5EFCAE784D7BF4F2FF80"
        ));
    }
}
