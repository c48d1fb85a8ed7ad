//! Variable names in other languages than English.
//!
//! Developers name a password `senha`, `mot_de_passe`, `пароль` or `密码`, and a key `clave`,
//! `ключ` or `密钥`. The generic rules find such names; before the name filters judge them (they
//! speak English: `names_password`, `name_may_hold_secret`, `value_fits_name`), the name is
//! rewritten with the English words, so that `DB_SENHA` is judged as `DB_PASSWORD`,
//! `публичный_ключ` as `public_key`, and `密码提示` as `password_` and something else.

use std::borrow::Cow;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

/// Words in ASCII (transliterated or written that way in code), any case, as whole words of the
/// name (after a separator or at a camelCase hump), longest first where one starts another.
const ASCII_WORDS: &[(&str, &str)] = &[
    // password
    ("mot_de_passe", "password"),
    ("motdepasse", "password"),
    ("contrasenha", "password"),
    ("contrasena", "password"),
    ("adgangskode", "password"),
    ("wachtwoord", "password"),
    ("kata_sandi", "password"),
    ("katasandi", "password"),
    ("salasana", "password"),
    ("passwort", "password"),
    ("kennwort", "password"),
    ("losenord", "password"),
    ("pasuwado", "password"),
    ("mat_khau", "password"),
    ("matkhau", "password"),
    ("lozinka", "password"),
    ("passord", "password"),
    ("jelszo", "password"),
    ("parola", "password"),
    ("parol", "password"),
    ("senha", "password"),
    ("haslo", "password"),
    ("heslo", "password"),
    ("sifre", "password"),
    ("geslo", "password"),
    ("sandi", "password"),
    ("mima", "password"),
    ("mdp", "password"),
    ("kata_laluan", "password"),
    ("bimilbeonho", "password"),
    ("sifra", "password"),
    ("amho", "password"),
    // key
    ("schluessel", "key"),
    ("schlussel", "key"),
    ("anahtar", "key"),
    ("anahtari", "key"),
    ("sleutel", "key"),
    ("chiave", "key"),
    ("clave", "key"),
    ("chave", "key"),
    ("klucz", "key"),
    ("kunci", "key"),
    ("miyao", "key"),
    ("cle", "key"),
    ("klyuch", "key"),
    ("nyckel", "key"),
    ("nokkel", "key"),
    ("kulcs", "key"),
    ("avain", "key"),
    ("kunji", "key"),
    ("klic", "key"),
    ("khoa", "key"),
    ("kagi", "key"),
    // secret
    ("geheimnis", "secret"),
    ("geheim", "secret"),
    ("secreto", "secret"),
    ("secreta", "secret"),
    ("segreto", "secret"),
    ("rahasia", "secret"),
    ("sekret", "secret"),
    ("salainen", "secret"),
    ("segredo", "secret"),
    ("himitsu", "secret"),
    ("bi_mat", "secret"),
    ("bimil", "secret"),
    ("titok", "secret"),
    ("gupt", "secret"),
    ("lingpai", "token"),
    ("sk", "secret_key"),
    // the public or private half of a key pair
    ("offentlich", "public"),
    ("publique", "public"),
    ("publico", "public"),
    ("publica", "public"),
    ("privado", "private"),
    ("privada", "private"),
    ("privato", "private"),
];

/// Words in their own scripts (and Latin words with accents), matched exactly anywhere in the
/// name (CJK writes words without separators), longest first where one starts another.
const NATIVE_WORDS: &[(&str, &str)] = &[
    // the public or private half of a key pair, before the words for key and secret in them
    ("публичный", "public"),
    ("Публичный", "public"),
    ("открытый", "public"),
    ("Открытый", "public"),
    ("приватный", "private"),
    ("Приватный", "private"),
    ("закрытый", "private"),
    ("Закрытый", "private"),
    ("öffentlich", "public"),
    ("Öffentlich", "public"),
    ("público", "public"),
    ("pública", "public"),
    ("privé", "private"),
    ("公钥", "public_key"),
    ("公鑰", "public_key"),
    ("公開鍵", "public_key"),
    ("私钥", "private_key"),
    ("私鑰", "private_key"),
    ("秘密鍵", "private_key"),
    ("공개키", "public_key"),
    ("개인키", "private_key"),
    // password
    ("пароль", "password"),
    ("Пароль", "Password"),
    ("ПАРОЛЬ", "PASSWORD"),
    ("密码", "password"),
    ("密碼", "password"),
    ("口令", "password"),
    ("パスワード", "password"),
    ("비밀번호", "password"),
    ("암호", "password"),
    ("contraseña", "password"),
    ("Contraseña", "Password"),
    ("CONTRASEÑA", "PASSWORD"),
    ("hasło", "password"),
    ("Hasło", "Password"),
    ("HASŁO", "PASSWORD"),
    ("şifre", "password"),
    ("Şifre", "Password"),
    ("ŞIFRE", "PASSWORD"),
    ("jelszó", "password"),
    ("Jelszó", "Password"),
    ("lösenord", "password"),
    ("Lösenord", "Password"),
    ("mật_khẩu", "password"),
    ("mậtKhẩu", "password"),
    ("كلمة_المرور", "password"),
    ("סיסמה", "password"),
    ("पासवर्ड", "password"),
    // key
    ("ключ", "key"),
    ("Ключ", "Key"),
    ("КЛЮЧ", "KEY"),
    ("密钥", "key"),
    ("密鑰", "key"),
    ("秘钥", "key"),
    ("秘鑰", "key"),
    ("キー", "key"),
    ("schlüssel", "key"),
    ("Schlüssel", "Key"),
    ("SCHLÜSSEL", "KEY"),
    ("clé", "key"),
    ("Clé", "Key"),
    ("CLÉ", "KEY"),
    // secret
    ("секрет", "secret"),
    ("Секрет", "Secret"),
    ("СЕКРЕТ", "SECRET"),
    ("シークレット", "secret"),
    ("गुप्त", "secret"),
    ("कुंजी", "key"),
    ("秘密", "secret"),
    ("機密", "secret"),
    ("机密", "secret"),
    // token
    ("токен", "token"),
    ("Токен", "Token"),
    ("ТОКЕН", "TOKEN"),
    ("令牌", "token"),
    ("トークン", "token"),
    ("토큰", "token"),
];

/// The name with other languages' words for password, key, secret, token, public and private
/// written in English, and any other non-ASCII run as one `_`. Borrowed when there is nothing
/// to rewrite (an English name).
pub fn canonical_name(name: &[u8]) -> Cow<'_, [u8]> {
    if name.is_ascii() && !has_foreign_word(name) {
        return Cow::Borrowed(name);
    }
    let mut out = Vec::with_capacity(name.len() + 8);
    let mut i = 0;
    'outer: while i < name.len() {
        let rest = &name[i..];
        // (Some start with an ASCII letter: `contraseña`, `clé`.)
        for (w, en) in NATIVE_WORDS {
            if rest.starts_with(w.as_bytes()) && !inside_cyrillic_word(name, i, w) {
                i += w.len();
                i += put_word(&mut out, en.as_bytes(), &name[i..]);
                continue 'outer;
            }
        }
        if !rest[0].is_ascii() {
            // Another word of the script: one `_` for the run.
            if out.last() != Some(&b'_') {
                out.push(b'_');
            }
            i += utf8_len(rest[0]).min(rest.len());
            continue;
        }
        if rest[0].is_ascii_alphabetic() && starts_word(name, i) {
            for (w, en) in ASCII_WORDS {
                let w = w.as_bytes();
                if rest.len() >= w.len()
                    && rest[..w.len()].eq_ignore_ascii_case(w)
                    && ends_word(name, i + w.len())
                {
                    // Spanish `clave` is a password unless a word after it makes it a key's
                    // (`clave_api`, `claveSecreta`, `clave_privada`): `clave`, `CLAVE_SII`,
                    // `clave_certificado`.
                    let en = if w.eq_ignore_ascii_case(b"clave")
                        && !clave_of_a_key(&name[i + w.len()..])
                    {
                        "password"
                    } else {
                        en
                    };
                    let english = cased_like(&rest[..w.len()], en);
                    i += w.len();
                    i += put_word(&mut out, &english, &name[i..]);
                    continue 'outer;
                }
            }
        }
        out.push(rest[0]);
        i += 1;
    }
    Cow::Owned(out)
}

/// Does the rest of a name after `clave` say it is a key's (`_api`, `Secreta`, `_privada`,
/// `_publica`, `_maestra`, `_cifrado`)?
fn clave_of_a_key(after: &[u8]) -> bool {
    let start = after
        .iter()
        .take_while(|b| matches!(b, b'_' | b'-' | b'.'))
        .count();
    let lower = after[start..].to_ascii_lowercase();
    [
        &b"api"[..],
        b"secret",
        b"priv",
        b"publ",
        b"maestr",
        b"cifr",
        b"encript",
        b"firma",
        b"key",
        b"token",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
}

/// Is the Cyrillic word `w` at `at` the middle of a longer word (`ключ`, key, in
/// `подключение`, connection, `исключение`, exception, `выключить`, switch off)? Cyrillic has
/// spaces and separators between words, unlike Chinese or Japanese; a word may end in an
/// inflection (`ключа`), so only the start is checked.
fn inside_cyrillic_word(name: &[u8], at: usize, w: &str) -> bool {
    w.as_bytes().first().is_some_and(|&b| cyrillic(b)) && starts_inside_cyrillic_word(name, at)
}

fn cyrillic(lead: u8) -> bool {
    lead == 0xD0 || lead == 0xD1
}

/// Does a Cyrillic letter at `at` follow another Cyrillic letter (the middle of a word)?
pub fn starts_inside_cyrillic_word(line: &[u8], at: usize) -> bool {
    at >= 2
        && line.get(at).is_some_and(|&b| cyrillic(b))
        && cyrillic(line[at - 2])
        && (0x80..0xC0).contains(&line[at - 1])
}

/// Write the English word; a database word after it that ends the name (`senha_bd`,
/// `PAROLA_DB`, `sandiDb`: the database's password, in the languages that put the owner after
/// the thing) goes before it, as English says it (`db_password`). Returns how much of `after`
/// was used.
fn put_word(out: &mut Vec<u8>, english: &[u8], after: &[u8]) -> usize {
    const DB: [&[u8]; 8] = [
        b"_db", b"_bd", b"_bdd", b"-db", b"-bd", b"db", b"bd", b"_banco",
    ];
    let is_password = english.eq_ignore_ascii_case(b"password");
    if is_password && DB.iter().any(|d| after.eq_ignore_ascii_case(d)) {
        out.extend_from_slice(b"db_");
        out.extend_from_slice(english);
        return after.len();
    }
    out.extend_from_slice(english);
    0
}

/// Does the name hold one of `ASCII_WORDS`' words somewhere, whole or not (`sekretariat`)?
/// A name the generic rules took for such a word that is not a whole word of it names
/// something else.
pub fn has_foreign_fragment(name: &[u8]) -> bool {
    ascii_words().is_some_and(|ac| ac.is_match(name))
}

/// Does one of `ASCII_WORDS` stand in the name as a whole word? (Every generic finding's name
/// is asked: one pass of an automaton, not one search per word.)
fn has_foreign_word(name: &[u8]) -> bool {
    ascii_words().is_some_and(|ac| {
        ac.find_overlapping_iter(name)
            .any(|m| starts_word(name, m.start()) && ends_word(name, m.end()))
    })
}

/// `ASCII_WORDS` in any case, built once. (`None` cannot happen for these few short words; it
/// would only turn the rewriting off.)
fn ascii_words() -> Option<&'static AhoCorasick> {
    static AC: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    AC.get_or_init(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(ASCII_WORDS.iter().map(|(w, _)| w))
            .ok()
    })
    .as_ref()
}

/// A word of the name starts at `at`: after a non-letter, or at a camelCase hump.
fn starts_word(name: &[u8], at: usize) -> bool {
    match at.checked_sub(1).map(|p| name[p]) {
        None => true,
        Some(before) => {
            !before.is_ascii_alphabetic()
                || (before.is_ascii_lowercase() && name[at].is_ascii_uppercase())
        }
    }
}

/// A word of the name ends at `at`: before a non-letter or a camelCase hump.
fn ends_word(name: &[u8], at: usize) -> bool {
    match name.get(at) {
        None => true,
        Some(&after) => {
            !after.is_ascii_alphabetic()
                || (after.is_ascii_uppercase() && name[at - 1].is_ascii_lowercase())
        }
    }
}

/// The English word in the case the original was written in (`SENHA` → `PASSWORD`, `Senha`
/// → `Password`), so that the name's words stay apart (`minhaSenha` → `minhaPassword`).
fn cased_like(original: &[u8], en: &str) -> Vec<u8> {
    let mut out = en.as_bytes().to_vec();
    if original.len() > 1 && original.iter().all(|b| !b.is_ascii_lowercase()) {
        out.make_ascii_uppercase();
    } else if original[0].is_ascii_uppercase() {
        out[0].make_ascii_uppercase();
    }
    out
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// A value with letters of other alphabets (`Tigre_Göteborg94`, `Берёза_1999cielo`), spelled in
/// ASCII so that the filters, which count ASCII letters, digits and marks, can judge it as the
/// password a person typed: Latin letters lose their accents, Cyrillic and Greek ones are
/// transliterated. `None` when the value holds other characters (CJK, Hebrew, Arabic, symbols),
/// which are text, not a password.
pub fn ascii_spelling(value: &[u8]) -> Option<Vec<u8>> {
    let text = std::str::from_utf8(value).ok()?;
    let mut out = Vec::with_capacity(value.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c as u8);
            continue;
        }
        let spelled = latin_base(c).or_else(|| cyrillic_or_greek(c))?;
        out.extend_from_slice(spelled.as_bytes());
    }
    Some(out)
}

/// The base letter of a Latin letter with a diacritic (`ö` → `o`, `Ł` → `L`, `ß` → `ss`).
fn latin_base(c: char) -> Option<&'static str> {
    // U+00C0..=U+00FF, then U+0100..=U+017F, one base letter per code point (`*` for the two
    // signs among them, × and ÷).
    const LATIN1: &str = "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTsaaaaaaaceeeeiiiidnooooo*ouuuuyty";
    const EXTENDED_A: &str = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
    let cp = c as u32;
    let (table, at) = match cp {
        0xC6 => return Some("AE"),
        0xE6 => return Some("ae"),
        0xDF => return Some("ss"),
        0xD7 | 0xF7 => return None,
        0xC0..=0xFF => (LATIN1, cp - 0xC0),
        0x100..=0x17F => (EXTENDED_A, cp - 0x100),
        // Vietnamese and other letters of Latin Extended Additional (`ạ`, `ế`, `ữ`).
        0x1E00..=0x1EFF | 0x180..=0x24F => return Some(if c.is_uppercase() { "X" } else { "x" }),
        _ => return None,
    };
    let at = at as usize;
    table.get(at..at + 1)
}

/// A Cyrillic or Greek letter in Latin letters (`ж` → `zh`, `Ω` → `O`).
fn cyrillic_or_greek(c: char) -> Option<&'static str> {
    // а..я (U+0430..=U+044F) and their capitals (U+0410..=U+042F).
    const CYRILLIC: [&str; 32] = [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
        "t", "u", "f", "h", "c", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya",
    ];
    const CYRILLIC_UPPER: [&str; 32] = [
        "A", "B", "V", "G", "D", "E", "Zh", "Z", "I", "I", "K", "L", "M", "N", "O", "P", "R", "S",
        "T", "U", "F", "H", "C", "Ch", "Sh", "Sch", "", "Y", "", "E", "Yu", "Ya",
    ];
    let cp = c as u32;
    match cp {
        0x430..=0x44F => Some(CYRILLIC[(cp - 0x430) as usize]),
        0x410..=0x42F => Some(CYRILLIC_UPPER[(cp - 0x410) as usize]),
        // ё, Ё and the other letters of Ukrainian, Belarusian and Serbian.
        0x450..=0x45F => Some("e"),
        0x400..=0x40F => Some("E"),
        // Greek letters, one Latin letter each (enough for the filters' counts).
        0x3B1..=0x3C9 | 0x3AC..=0x3AF | 0x3CA..=0x3CE => Some("g"),
        0x391..=0x3A9 | 0x386..=0x38F => Some("G"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(s: &str) -> String {
        String::from_utf8(canonical_name(s.as_bytes()).into_owned()).unwrap()
    }

    #[test]
    fn english_names_are_borrowed_unchanged() {
        for n in [
            "DB_PASSWORD",
            "apiKey",
            "enclave_id",
            "article",
            "sekretariat",
        ] {
            assert!(
                matches!(canonical_name(n.as_bytes()), Cow::Borrowed(_)),
                "{n}"
            );
        }
    }

    #[test]
    fn foreign_words_become_english() {
        assert_eq!(canon("DB_SENHA"), "DB_PASSWORD");
        assert_eq!(canon("minhaSenha"), "minhaPassword");
        assert_eq!(canon("mot_de_passe"), "password");
        assert_eq!(canon("clave_api"), "key_api");
        assert_eq!(canon("clave"), "password");
        assert_eq!(canon("CLAVE_CERTIFICADO"), "PASSWORD_CERTIFICADO");
        assert_eq!(canon("clave_privada"), "key_private");
        assert_eq!(canon("claveSecreta"), "keySecret");
        assert_eq!(canon("пароль_бд"), "password_");
        assert_eq!(canon("数据库密码"), "_password");
        assert_eq!(canon("публичный_ключ"), "public_key");
        // `ключ` (key) inside a longer word names no key: `подключения` is "connection's".
        assert_eq!(canon("строка_подключения"), "__");
        assert_eq!(canon("значение_ключа"), "__key_");
        assert_eq!(canon("公钥"), "public_key");
        assert_eq!(canon("API_TOKEN"), "API_TOKEN");
        assert_eq!(canon("contraseña"), "password");
        assert_eq!(canon("geheimnis"), "secret");
        assert_eq!(canon("PAROLA_DB"), "db_PASSWORD");
        assert_eq!(canon("senha-bd"), "db_password");
        assert_eq!(canon("sandiDb"), "db_password");
    }

    #[test]
    fn fragments_are_not_words() {
        assert_eq!(canon("enclave_secret"), "enclave_secret");
        assert!(has_foreign_fragment(b"sekretariat"));
        assert!(!has_foreign_fragment(b"DB_PASSWORD"));
    }

    #[test]
    fn spells_other_alphabets_in_ascii() {
        let spell = |v: &str| ascii_spelling(v.as_bytes()).map(|s| String::from_utf8(s).unwrap());
        assert_eq!(
            spell("Tigre_Göteborg94").as_deref(),
            Some("Tigre_Goteborg94")
        );
        assert_eq!(
            spell("Wisła_Kraków1987").as_deref(),
            Some("Wisla_Krakow1987")
        );
        assert_eq!(spell("Straße9!").as_deref(), Some("Strasse9!"));
        assert_eq!(spell("Берёза_1999").as_deref(), Some("Bereza_1999"));
        assert_eq!(spell("plain-ascii").as_deref(), Some("plain-ascii"));
        assert_eq!(spell("请输入您的密码"), None);
        assert_eq!(spell("a×b"), None);
        assert_eq!(ascii_spelling(b"\xff\xfe"), None);
    }
}
