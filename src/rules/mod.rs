//! The rule catalog: data (embedded TOML files) and its lazy compilation.
//!
//! Each rule names keywords for the Aho-Corasick prefilter; its regex is compiled only the first
//! time a line containing one of those keywords is scanned.

use std::sync::OnceLock;

use regex::bytes::{Regex, RegexBuilder};
use regex_automata::meta;
use regex_automata::util::syntax;
use serde::Deserialize;

use crate::error::{Error, Result};

/// The built-in catalog files, in priority order: provider rules first, generic rules last, so a
/// secret matched by a provider rule and a generic rule is reported once, under the provider.
pub const BUILTIN: &[(&str, &str)] = &[
    ("code.toml", include_str!("code.toml")),
    ("cloud.toml", include_str!("cloud.toml")),
    ("ai.toml", include_str!("ai.toml")),
    ("business.toml", include_str!("business.toml")),
    ("longtail_a.toml", include_str!("longtail_a.toml")),
    ("longtail_b.toml", include_str!("longtail_b.toml")),
    ("longtail_c.toml", include_str!("longtail_c.toml")),
    ("longtail_d.toml", include_str!("longtail_d.toml")),
    ("longtail_e.toml", include_str!("longtail_e.toml")),
    ("longtail_f.toml", include_str!("longtail_f.toml")),
    ("longtail_g.toml", include_str!("longtail_g.toml")),
    ("longtail_h.toml", include_str!("longtail_h.toml")),
    ("crypto.toml", include_str!("crypto.toml")),
    ("enterprise.toml", include_str!("enterprise.toml")),
    ("tools.toml", include_str!("tools.toml")),
    ("network.toml", include_str!("network.toml")),
    ("generic.toml", include_str!("generic.toml")),
];

/// Limits for regexes compiled from rules (built-in and user-supplied).
pub const REGEX_SIZE_LIMIT: usize = 1 << 20;
pub const REGEX_NEST_LIMIT: u32 = 64;

/// Offline checksum validators for formats that carry one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Checksum {
    /// GitHub `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_`: base62 CRC32 of the 30-char body in the last 6 chars.
    Github,
    /// npm `npm_` tokens, same scheme as GitHub.
    Npm,
    /// Not a checksum but a check of the same kind: the value is base64 (a Kubernetes `Secret`'s
    /// `data`) and what it decodes to must not be empty, tiny or a placeholder.
    #[serde(rename = "base64-payload")]
    Base64Payload,
    /// Not a checksum but a fixed part: a Dropbox long-lived token is 11 characters, ten `A`s,
    /// then 43 characters. The `A`s that would make any other value a placeholder are its mark;
    /// the other 54 characters must look random.
    #[serde(rename = "dropbox-long-lived")]
    DropboxLongLived,
    /// A PEM private key in base64 (a kubeconfig's `client-key-data`, a `Secret`'s `tls.key`):
    /// it must decode to a `PRIVATE KEY` block with a body; a certificate or an empty block is not
    /// one.
    #[serde(rename = "base64-private-key")]
    Base64PrivateKey,
    /// A private key file kept in base64 without armour: DER (its SEQUENCE's length must match
    /// what the base64 decodes to), a signify or minisign secret key (their fixed sizes), a
    /// Kerberos keytab (version 0x0502 and a first entry that fits). Binary keys have runs of
    /// zero bytes (`AAAA` in base64) that would make any other value a placeholder.
    #[serde(rename = "base64-binary-key")]
    Base64BinaryKey,
    /// A BIP-39 recovery phrase: 12 to 24 words of the standard English list, the last of which
    /// carries bits of the SHA-256 of the others.
    Bip39,
    /// The same in the standard's nine other languages' lists (Japanese with U+3000 spaces).
    #[serde(rename = "bip39-other")]
    Bip39Other,
    /// A BIP-32 extended private key (`xprv…`): Base58Check, a double SHA-256 in its last bytes.
    Bip32,
    /// A Bitcoin WIF private key: Base58Check, like BIP-32.
    Wif,
    /// Not a checksum but a check of the same kind: a JSON array of 64 bytes (a Solana keypair)
    /// must hold numbers up to 255 that look random, not a count or a run of zeros.
    #[serde(rename = "byte-array")]
    ByteArray,
    /// Not a checksum but a check of the same kind: a value of Django's secret-key alphabet
    /// must use it as `get_random_secret_key` does (symbols, digits and letters mixed), not be a
    /// slug or a run of one character.
    #[serde(rename = "django-key")]
    DjangoKey,
    /// Confluent Cloud's API secret (`cflt`, 54 random characters, then the first 6 base64
    /// characters of the little-endian CRC32 of those 54).
    Confluent,
    /// A BitLocker recovery password: eight groups of six digits, each eleven times a 16-bit
    /// number (Microsoft's check on every group).
    Bitlocker,
    /// Not a checksum but a check of the same kind: a TOTP/HOTP seed in base32 (in groups of
    /// four or not, either case) must not decode to text: `NFZS25DINFZV643VOAZXELLTGNRXEM3UH4`
    /// is `is-this_sup3r-s3cr3t?`, a tutorial's seed, not random bytes from an enrolment.
    #[serde(rename = "base32-seed")]
    Base32Seed,
    /// Not a checksum either: a WordPress application password (24 letters and digits shown
    /// in six groups of four) must mix lower and upper case, as generated ones do.
    #[serde(rename = "wp-app-password")]
    WpAppPassword,
    /// Nor this: a Pentaho Kettle `Encrypted …` value, undone, must be printable text that is
    /// no stand-in (the obfuscation is reversible by anyone: see `checksum::kettle_decode`).
    #[serde(rename = "kettle-encrypted")]
    KettleEncrypted,
}

/// How a rule's match turns into the secret value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// The capture group is the secret.
    #[default]
    Token,
    /// The match is a PEM `BEGIN … PRIVATE KEY` line: the secret is the base64 body that follows
    /// (on the same line after a literal `\n`, or on the next lines of the file).
    PemBlock,
}

/// One rule as written in a catalog file (or in `[[rules]]` of `.keyhook.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    pub id: String,
    pub description: String,
    #[serde(default)]
    pub provider: String,
    pub keywords: Vec<String>,
    /// Words the whole scanned text must contain, byte for byte (all of them), for the rule to
    /// run: a cheap necessary condition of its `context` (a Kubernetes `Secret`'s `kind:` and
    /// `Secret`). A rule with them and no `keywords` runs on every scanned line of such a text,
    /// for lines that carry no word of their own (a `data:` entry's base64 value).
    #[serde(default)]
    pub file_keywords: Vec<String>,
    /// The full pattern; may be left out when `value` is given (see `keyed_regex`).
    #[serde(default)]
    pub regex: String,
    /// The format of a provider's key on its own (`[a-z0-9]{32}`), for keys that carry no
    /// prefix and are recognised by the provider's name nearby. Without `regex`, the pattern is
    /// derived: a keyword, up to 40 characters on the same line, then the value between
    /// delimiters. The value format also lets a generic match claimed by this provider's name
    /// (a few lines away, as in nested YAML) be reported under this rule when it fits.
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default)]
    pub entropy: Option<f64>,
    #[serde(default)]
    pub checksum: Option<Checksum>,
    #[serde(default)]
    pub context: Option<String>,
    /// How many lines before and after the match `context` may be found in (default
    /// `detect::CONTEXT_LINES`; a Kubernetes `Secret`'s `kind:` can sit far above its `data:`).
    #[serde(default)]
    pub context_lines: Option<usize>,
    /// Where the lines around a match say the key is made for browsers and apps (a Firebase web
    /// config's `apiKey`), the match is a public identifier, not a secret.
    #[serde(default)]
    pub public_context: Option<String>,
    /// Generic rules: the value must look random (see `detect::filters::looks_random`).
    #[serde(default)]
    pub random: bool,
    /// Random rules: a UUID counts as the credential here (`Authorization: Bearer <uuid>`), not
    /// as an identifier.
    #[serde(default)]
    pub uuid_is_secret: bool,
    #[serde(default)]
    pub kind: Kind,
    /// Values containing one of these (case-insensitive) are not secrets for this rule.
    #[serde(default)]
    pub stopwords: Vec<String>,
    /// The keywords are pieces of the token's own shape (the base64 digit groups of a Discord
    /// bot id) or words of its context (a wallet's `mnemonic`, `signer`), not a provider's name
    /// or prefix: a value starting with one is not shaped like this provider's keys.
    #[serde(default)]
    pub shape_keywords: bool,
    /// Off unless a repository turns it on (`enable = ["<id>"]` in `.keyhook.toml`): findings
    /// that some teams want and most do not (password hashes).
    #[serde(default)]
    pub optional: bool,
    /// Random rules: the value sits where a password goes (a login call's password argument),
    /// so a password a person typed (`Saffron#1987`) counts as well as a random one.
    #[serde(default)]
    pub password: bool,
    #[serde(default)]
    pub rotate: Option<String>,
    #[serde(default)]
    pub examples: Vec<String>,
    #[serde(default)]
    pub negatives: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    #[serde(default)]
    rules: Vec<RuleSpec>,
}

/// A rule with its lazily compiled regexes.
#[derive(Debug)]
pub struct Rule {
    pub spec: RuleSpec,
    regex: OnceLock<Result<meta::Regex, String>>,
    context: OnceLock<Option<Result<meta::Regex, String>>>,
    public_context: OnceLock<Option<Result<meta::Regex, String>>>,
    /// Indices of the capture groups that may hold the secret (first that matched wins).
    groups: OnceLock<Vec<usize>>,
    /// Index of the `name` group (the variable name, for generic rules), if any.
    name_groups: OnceLock<Vec<usize>>,
    /// `value`, anchored at both ends.
    value: OnceLock<Option<Result<meta::Regex, String>>>,
    /// The length range and alphabet of `value`.
    shape: OnceLock<Option<ValueShape>>,
}

/// The length range and the bytes a `value` format can produce: enough to tell a near miss of
/// the format (one character short, one wrong character) from a different kind of value.
#[derive(Debug, Clone)]
pub struct ValueShape {
    pub min: usize,
    pub max: Option<usize>,
    alphabet: [bool; 256],
    /// The bytes each of the format's first fixed positions allows (`t`/`u`/`a`, then `-`,
    /// for `[tua]-[…]{14,50}`): a value that does not start so is another kind of value.
    lead: Vec<[bool; 256]>,
}

impl ValueShape {
    fn of(pattern: &str) -> Option<ValueShape> {
        let hir = regex_syntax::ParserBuilder::new()
            .unicode(false)
            .utf8(false)
            .build()
            .parse(pattern)
            .ok()?;
        let mut alphabet = [false; 256];
        mark(&hir, &mut alphabet);
        Some(ValueShape {
            min: hir.properties().minimum_len()?,
            max: hir.properties().maximum_len(),
            alphabet,
            lead: lead(&hir),
        })
    }

    /// Is `v` almost of this format: its alphabet at a length up to 3 off, or the right length
    /// with up to 2 characters outside the alphabet? (A truncated, padded or mistyped key.)
    pub fn near_miss(&self, v: &[u8]) -> bool {
        // URL-safe base64 writes `-` and `_` alike: a format that allows one of them and meets
        // the other is a reading of the provider's docs, not a mistyped key.
        let sibling = |b: u8| match b {
            b'_' => self.alphabet[b'-' as usize],
            b'-' => self.alphabet[b'_' as usize],
            _ => false,
        };
        if v.iter().any(|&b| !self.alphabet[b as usize] && sibling(b)) {
            return false;
        }
        if self
            .lead
            .iter()
            .zip(v)
            .any(|(allowed, &b)| !allowed[b as usize])
        {
            return false;
        }
        let outside = v.iter().filter(|&&b| !self.alphabet[b as usize]).count();
        let max = self.max.unwrap_or(usize::MAX);
        let len = v.len();
        let close = len + 3 >= self.min && len <= max.saturating_add(3);
        (outside == 0 && close) || (outside <= 2 && (self.min..=max).contains(&len))
    }
}

/// The allowed bytes of each leading position that the pattern fixes (literals and one-byte
/// classes before the first repetition or alternation).
fn lead(hir: &regex_syntax::hir::Hir) -> Vec<[bool; 256]> {
    use regex_syntax::hir::{Class, HirKind};
    let parts: Vec<&regex_syntax::hir::Hir> = match hir.kind() {
        HirKind::Concat(v) => v.iter().collect(),
        HirKind::Capture(c) => return lead(&c.sub),
        _ => vec![hir],
    };
    let mut out = Vec::new();
    for part in parts {
        match part.kind() {
            HirKind::Literal(l) => {
                for &b in l.0.iter() {
                    let mut one = [false; 256];
                    one[b as usize] = true;
                    out.push(one);
                }
            }
            HirKind::Class(Class::Bytes(c)) => {
                let mut set = [false; 256];
                for r in c.ranges() {
                    (r.start()..=r.end()).for_each(|b| set[b as usize] = true);
                }
                out.push(set);
            }
            HirKind::Look(_) => {}
            _ => break,
        }
    }
    out
}

fn mark(hir: &regex_syntax::hir::Hir, alphabet: &mut [bool; 256]) {
    use regex_syntax::hir::{Class, HirKind};
    match hir.kind() {
        HirKind::Literal(l) => l.0.iter().for_each(|&b| alphabet[b as usize] = true),
        HirKind::Class(Class::Bytes(c)) => {
            for r in c.ranges() {
                (r.start()..=r.end()).for_each(|b| alphabet[b as usize] = true);
            }
        }
        HirKind::Class(Class::Unicode(c)) => {
            for r in c.ranges() {
                let (a, z) = (r.start() as u32, (r.end() as u32).min(255));
                (a..=z).for_each(|b| alphabet[b as usize] = true);
            }
        }
        HirKind::Repetition(r) => mark(&r.sub, alphabet),
        HirKind::Capture(c) => mark(&c.sub, alphabet),
        HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().for_each(|h| mark(h, alphabet)),
        HirKind::Empty | HirKind::Look(_) => {}
    }
}

/// The pattern of a rule given by keywords and a value format: a keyword (any case), then on the
/// same line up to 40 characters ending in a delimiter (group `gap`: the rest of the name, which
/// may say `public`), then the value, then a delimiter or the end of the line.
pub fn keyed_regex(keywords: &[String], value: &str) -> String {
    // A keyword starts a word: after a non-alphanumeric, or as a camelCase hump (`myAylienKey`);
    // `ipapi` inside `ZIPAPI_KEY` names nothing.
    let names: Vec<String> = keywords
        .iter()
        .map(|k| {
            let mut chars = k.chars();
            match chars.next() {
                Some(c) if c.is_ascii_alphabetic() => {
                    let rest = regex::escape(chars.as_str());
                    format!(
                        "(?:^|[^A-Za-z0-9])(?i:{})|[a-z0-9]{}(?i:{rest})",
                        regex::escape(k),
                        c.to_ascii_uppercase()
                    )
                }
                _ => regex::escape(k),
            }
        })
        .collect();
    format!(
        r"(?:{})(?P<gap>[^\r\n]{{0,40}}?[^A-Za-z0-9_+/\r\n])?(?P<secret>(?:{value}))(?:[^A-Za-z0-9_+/-]|$)",
        names.join("|")
    )
}

impl Rule {
    pub fn new(spec: RuleSpec) -> Self {
        Rule {
            spec,
            value: OnceLock::new(),
            shape: OnceLock::new(),
            regex: OnceLock::new(),
            context: OnceLock::new(),
            public_context: OnceLock::new(),
            groups: OnceLock::new(),
            name_groups: OnceLock::new(),
        }
    }

    pub fn id(&self) -> &str {
        &self.spec.id
    }

    /// Does `value` pass the rule's `entropy` threshold? Hex digits cannot reach a threshold set
    /// for a wider alphabet: a hex value (of a hex format, or of a provider that writes its wider
    /// format's keys in hex) is held to what random hex of its length reaches
    /// (`entropy_floor`).
    pub fn entropy_ok(&self, value: &[u8]) -> bool {
        use crate::detect::filters::{entropy_floor, shannon};
        let Some(min) = self.spec.entropy else {
            return true;
        };
        let entropy = shannon(value);
        if entropy >= min {
            return true;
        }
        // (Not for a base64 format, `[A-Za-z0-9/+]{40}`: an AWS secret key is never hex, and a
        // hex value in its place is a digest.)
        let hex_value = || {
            let pattern = self.spec.value.as_deref().unwrap_or(&self.spec.regex);
            !pattern.contains('/')
                && value.iter().all(u8::is_ascii_hexdigit)
                && value.iter().any(u8::is_ascii_alphabetic)
        };
        (self.hex_format() || hex_value()) && entropy >= entropy_floor(value)
    }

    /// Is the rule's key written in hex digits (its pattern has a hex class, `[a-f0-9]`, and no
    /// class of letters, `[A-Za-z0-9/+]`)? Then a hex value is its format, not a digest in a
    /// base64 key's place, and a random one is judged by its length (`entropy_floor`).
    pub fn hex_format(&self) -> bool {
        let pattern = self.spec.value.as_deref().unwrap_or(&self.spec.regex);
        let hex = [
            "a-f0-9]",
            "0-9a-f]",
            "A-F0-9]",
            "0-9A-F]",
            "a-fA-F0-9]",
            "0-9a-fA-F]",
        ];
        let letters = ["[A-Z", "[a-z", "[0-9A-Z", "[0-9a-z", "\\w{", "[\\w"];
        hex.iter().any(|h| pattern.contains(h)) && !letters.iter().any(|l| pattern.contains(l))
    }

    /// The rule's pattern: `regex`, or the one derived from `keywords` and `value` (derived
    /// only when needed: most rules never run in a typical commit).
    pub fn pattern(&self) -> std::borrow::Cow<'_, str> {
        match &self.spec.value {
            Some(v) if self.spec.regex.is_empty() => keyed_regex(&self.spec.keywords, v).into(),
            _ => self.spec.regex.as_str().into(),
        }
    }

    /// The rule's regex, compiled on first use.
    pub fn regex(&self) -> Result<&meta::Regex> {
        self.regex
            .get_or_init(|| compile_rule(&self.pattern()))
            .as_ref()
            .map_err(|e| Error::Catalog(format!("rule `{}`: {e}", self.spec.id)))
    }

    /// The capture groups holding the secret: those named `secret…` if any, else 1, else 0.
    pub fn secret_groups(&self) -> Result<&[usize]> {
        let re = self.regex()?;
        Ok(self.groups.get_or_init(|| {
            let names: Vec<_> = re
                .group_info()
                .pattern_names(regex_automata::PatternID::ZERO)
                .collect();
            let named: Vec<usize> = names
                .iter()
                .enumerate()
                .filter(|(_, n)| n.is_some_and(|n| n.starts_with("secret")))
                .map(|(i, _)| i)
                .collect();
            if !named.is_empty() {
                named
            } else if names.len() > 1 {
                vec![1]
            } else {
                vec![0]
            }
        }))
    }

    /// The capture groups holding a variable name (`name`, or `name2`… in other alternatives).
    pub fn name_groups(&self) -> Result<&[usize]> {
        let re = self.regex()?;
        Ok(self.name_groups.get_or_init(|| {
            re.group_info()
                .pattern_names(regex_automata::PatternID::ZERO)
                .enumerate()
                .filter(|(_, n)| n.is_some_and(|n| n.starts_with("name")))
                .map(|(i, _)| i)
                .collect()
        }))
    }

    pub fn context(&self) -> Result<Option<&meta::Regex>> {
        self.lazy(&self.context, self.spec.context.as_deref(), "context")
    }

    pub fn public_context(&self) -> Result<Option<&meta::Regex>> {
        self.lazy(
            &self.public_context,
            self.spec.public_context.as_deref(),
            "public_context",
        )
    }

    fn lazy<'a>(
        &self,
        cell: &'a OnceLock<Option<Result<meta::Regex, String>>>,
        source: Option<&str>,
        what: &str,
    ) -> Result<Option<&'a meta::Regex>> {
        match cell.get_or_init(|| source.map(compile_rule)) {
            None => Ok(None),
            Some(Ok(re)) => Ok(Some(re)),
            Some(Err(e)) => Err(Error::Catalog(format!(
                "rule `{}` {what}: {e}",
                self.spec.id
            ))),
        }
    }

    /// The value format anchored at both ends, if the rule has one.
    pub fn value(&self) -> Result<Option<&meta::Regex>> {
        match self.value.get_or_init(|| {
            self.spec
                .value
                .as_deref()
                .map(|v| compile_rule(&format!("^(?:{v})$")))
        }) {
            None => Ok(None),
            Some(Ok(re)) => Ok(Some(re)),
            Some(Err(e)) => Err(Error::Catalog(format!(
                "rule `{}` value: {e}",
                self.spec.id
            ))),
        }
    }

    /// The length range and alphabet of `value`, if the rule has one that parses.
    pub fn shape(&self) -> Option<&ValueShape> {
        self.shape
            .get_or_init(|| self.spec.value.as_deref().and_then(ValueShape::of))
            .as_ref()
    }

    /// Compile everything now (used for user rules, whose errors must surface at load time).
    pub fn compile_now(&self) -> Result<()> {
        self.regex()?;
        self.context()?;
        self.public_context()?;
        self.value()?;
        Ok(())
    }
}

/// Compile a rule regex over bytes with Unicode classes off (ASCII `\w`, `\d`, `\s`, `\b`), with
/// size and nesting limits so that no rule (built-in or from a repository's config) can make the
/// scan slow or eat memory.
pub fn compile(pattern: &str) -> Result<Regex, String> {
    RegexBuilder::new(pattern)
        .unicode(false)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(4 * REGEX_SIZE_LIMIT)
        .nest_limit(REGEX_NEST_LIMIT)
        .build()
        .map_err(|e| e.to_string())
}

/// Compile a rule's regex (or context regex): the same engine, syntax and limits as `compile`
/// (what `regex::bytes::RegexBuilder` builds), minus the literal prefilter. Rule regexes only
/// run on lines where a keyword already matched, so the prefilter buys little there, while
/// building it (case-insensitive literal sets) was ~45% of a rule's compile time, paid on every
/// commit. Errors are reported exactly as `compile` reports them.
pub fn compile_rule(pattern: &str) -> Result<meta::Regex, String> {
    let config = meta::Config::new()
        .match_kind(regex_automata::MatchKind::LeftmostFirst)
        .utf8_empty(false)
        .nfa_size_limit(Some(REGEX_SIZE_LIMIT))
        .hybrid_cache_capacity(4 * REGEX_SIZE_LIMIT)
        .auto_prefilter(false);
    let syntax = syntax::Config::new()
        .unicode(false)
        .utf8(false)
        .nest_limit(REGEX_NEST_LIMIT);
    meta::Builder::new()
        .configure(config)
        .syntax(syntax)
        .build(pattern)
        .map_err(|e| match compile(pattern) {
            Err(msg) => msg,
            Ok(_) => e.to_string(),
        })
}

/// Parse one catalog file's text.
pub fn parse_catalog(name: &str, text: &str) -> Result<Vec<RuleSpec>> {
    let file: CatalogFile = toml::from_str(text).map_err(|e| {
        let (line, column) = e
            .span()
            .map(|s| crate::config::line_col(text, s.start))
            .unwrap_or((0, 0));
        Error::Catalog(format!("{name}:{line}:{column}: {}", e.message()))
    })?;
    Ok(file.rules)
}

/// Check a rule spec's shape (not its examples): ids, keywords.
pub fn validate_spec(spec: &RuleSpec) -> Result<(), String> {
    if spec.id.is_empty()
        || !spec
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
    {
        return Err(format!(
            "rule id `{}` must be lowercase letters, digits, `-`",
            spec.id
        ));
    }
    if spec.keywords.is_empty() && spec.file_keywords.is_empty() {
        return Err(format!("rule `{}` has no keywords", spec.id));
    }
    if spec.regex.is_empty() && spec.keywords.is_empty() {
        return Err(format!(
            "rule `{}`: a rule without `regex` needs `keywords` (its pattern starts with one)",
            spec.id
        ));
    }
    if spec.regex.is_empty() && spec.value.is_none() {
        return Err(format!(
            "rule `{}` has neither `regex` nor `value`",
            spec.id
        ));
    }
    // (Keywords match lines lowercased in ASCII: a keyword in another script, `пароль`,
    // matches byte for byte, so each case it is written in is its own keyword.)
    if let Some(k) = spec
        .keywords
        .iter()
        .chain(&spec.file_keywords)
        .find(|k| k.trim().is_empty())
    {
        return Err(format!(
            "rule `{}`: keyword `{k}` must not be empty",
            spec.id
        ));
    }
    Ok(())
}

/// The built-in catalog as `build.rs` pre-parsed it (no examples/negatives), if it could.
struct StaticRule {
    id: &'static str,
    description: &'static str,
    provider: &'static str,
    keywords: &'static [&'static str],
    file_keywords: &'static [&'static str],
    regex: &'static str,
    value: Option<&'static str>,
    entropy: Option<f64>,
    checksum: Option<Checksum>,
    context: Option<&'static str>,
    context_lines: Option<usize>,
    public_context: Option<&'static str>,
    random: bool,
    uuid_is_secret: bool,
    kind: Kind,
    stopwords: &'static [&'static str],
    shape_keywords: bool,
    optional: bool,
    password: bool,
    rotate: Option<&'static str>,
}

include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));

/// The built-in rules the scanner needs, in priority order, without their `examples` and
/// `negatives` (which only the tests use): read from data pre-parsed at build time, so a commit
/// does not pay for parsing the TOML catalog. Falls back to `builtin_specs` (and its error
/// messages) when the build script could not pre-parse the catalog.
pub fn builtin_rules() -> Result<Vec<RuleSpec>> {
    let Some(pre) = PREPARSED else {
        return builtin_specs();
    };
    let strs = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
    Ok(pre
        .iter()
        .map(|r| RuleSpec {
            id: r.id.into(),
            description: r.description.into(),
            provider: r.provider.into(),
            keywords: strs(r.keywords),
            file_keywords: strs(r.file_keywords),
            regex: r.regex.into(),
            value: r.value.map(Into::into),
            entropy: r.entropy,
            checksum: r.checksum,
            context: r.context.map(Into::into),
            context_lines: r.context_lines,
            public_context: r.public_context.map(Into::into),
            random: r.random,
            uuid_is_secret: r.uuid_is_secret,
            kind: r.kind,
            stopwords: strs(r.stopwords),
            shape_keywords: r.shape_keywords,
            optional: r.optional,
            password: r.password,
            rotate: r.rotate.map(Into::into),
            examples: Vec::new(),
            negatives: Vec::new(),
        })
        .collect())
}

/// Did `build.rs` turn the catalog into static data? If a catalog field holds a value it does
/// not know (a new checksum kind), it emits nothing and every run parses the TOML instead
/// (~12 ms more per commit); `builtin_rules` still works, so only this tells.
pub fn catalog_is_preparsed() -> bool {
    PREPARSED.is_some()
}

/// The ids of the optional built-in rules (off unless `.keyhook.toml` enables them), without
/// building every rule's spec.
pub fn optional_ids() -> Result<Vec<String>> {
    Ok(match PREPARSED {
        Some(pre) => pre
            .iter()
            .filter(|r| r.optional)
            .map(|r| r.id.to_string())
            .collect(),
        None => builtin_specs()?
            .into_iter()
            .filter(|s| s.optional)
            .map(|s| s.id)
            .collect(),
    })
}

/// All built-in rule specs, in priority order.
pub fn builtin_specs() -> Result<Vec<RuleSpec>> {
    let mut all = Vec::new();
    for (name, text) in BUILTIN {
        all.extend(parse_catalog(name, text)?);
    }
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::ValueShape;

    #[test]
    fn near_misses_of_a_value_format() {
        let hex32 = ValueShape::of("[a-f0-9]{32}").expect("parses");
        assert_eq!((hex32.min, hex32.max), (32, Some(32)));
        // Truncated, one extra character, two wrong characters: near misses.
        assert!(hex32.near_miss(b"0123456789abcdef0123456789abcd"));
        assert!(hex32.near_miss(b"0123456789abcdef0123456789abcdef0"));
        assert!(hex32.near_miss(b"0123456789abcdef0123456789abcdXY"));
        // Another kind of value: mixed-case alphanumerics, or far off in length.
        assert!(!hex32.near_miss(b"Zq8vN3kL0pW7rT2mZq8vN3kL0pW7rT2m"));
        assert!(!hex32.near_miss(b"0123456789abcdef"));
        let uuid = ValueShape::of("[A-F0-9]{8}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{12}")
            .expect("parses");
        assert_eq!(uuid.min, 36);
        assert!(!uuid.near_miss(b"6D8B5AUIRDQCB3NRKSMZZL9RCV9G07GTHUR3"));
        // `_` where the format has `-`: URL-safe base64, another reading of the format.
        let dashed = ValueShape::of("[a-zA-Z0-9-]{43}").expect("parses");
        assert!(!dashed.near_miss(b"4Y_KrVgFV6jDItsV4zr-IhbpduDO6B7ead5-u68DRgc"));
        assert!(dashed.near_miss(b"4Y%KrVgFV6jDItsV4zr-IhbpduDO6B7ead5-u68DRgc"));
        // A prefixed format: a value without the prefix is another kind of value (Feishu's app
        // secret next to its `t-` tokens); one with it and a wrong character is a near miss.
        let prefixed = ValueShape::of("[tua]-[a-zA-Z0-9_.]{14,50}").expect("parses");
        assert!(!prefixed.near_miss(b"eSIpL8Re0JZLh3Nvl1nL0PIozJoNxH9T"));
        assert!(prefixed.near_miss(b"t-WzcjTEHVAiFv5YxPbGQF735Aq9GaRB%OCQxnlXaP"));
    }
}
