//! `.keyhook.toml`: allowances, custom rules, disabled rules, `.env` name patterns.
//!
//! At commit time the configuration in effect is the one in the index (the staged version if it
//! is staged, else the committed one), so what is checked is what gets committed. Every error
//! names `file:line:col` and blocks (fail closed).

use globset::{Glob, GlobSet, GlobSetBuilder};
use regex::bytes::Regex;
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::rules::RuleSpec;

/// The file name, at the repository root.
pub const FILE_NAME: &str = ".keyhook.toml";
/// A configuration larger than this is refused (a repository cannot make keyhook slow).
pub const MAX_CONFIG_BYTES: usize = 256 * 1024;
/// At most this many user regexes (custom rules and value allowlists together).
pub const MAX_USER_REGEXES: usize = 200;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Built-in or custom rule ids that never report.
    #[serde(default)]
    pub disable: Vec<String>,
    /// Optional built-in rules to turn on (off by default: `password-hash`, `twilio-api-key`).
    #[serde(default)]
    pub enable: Vec<String>,
    #[serde(default)]
    pub allow: AllowConfig,
    /// Custom rules, same schema as the built-in catalog; their examples are checked on load.
    #[serde(default)]
    pub rules: Vec<RuleSpec>,
    #[serde(default)]
    pub env: EnvConfig,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllowConfig {
    /// Fingerprints of findings that are allowed (content hashes, never the secret).
    #[serde(default)]
    pub fingerprints: Vec<FingerprintEntry>,
    /// Path globs whose findings are allowed (e.g. `tests/fixtures/**`).
    #[serde(default)]
    pub paths: Vec<String>,
    /// Regexes: a secret value matching one is allowed.
    #[serde(default)]
    pub regexes: Vec<String>,
    /// Words: a secret value containing one (case-insensitive) is allowed.
    #[serde(default)]
    pub stopwords: Vec<String>,
    /// Honour `gitleaks:allow` and `pragma: allowlist secret` (detect-secrets) annotations.
    #[serde(default = "yes")]
    pub migration_annotations: bool,
}

fn yes() -> bool {
    true
}

impl Default for AllowConfig {
    fn default() -> Self {
        AllowConfig {
            fingerprints: Vec::new(),
            paths: Vec::new(),
            regexes: Vec::new(),
            stopwords: Vec::new(),
            migration_annotations: true,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FingerprintEntry {
    pub fingerprint: String,
    #[serde(default)]
    pub reason: Option<String>,
    /// `YYYY-MM-DD`: after this day the entry no longer allows.
    #[serde(default)]
    pub expires: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvConfig {
    /// Extra file-name globs that count as secrets files (like `.env`).
    #[serde(default)]
    pub block: Vec<String>,
    /// Globs of `.env`-like files that may be committed (contents are still scanned).
    #[serde(default)]
    pub exempt: Vec<String>,
}

/// A parsed and checked configuration, ready for the allow stage.
#[derive(Debug)]
pub struct Settings {
    pub config: Config,
    /// Where it came from, for messages (`.keyhook.toml`, `.keyhook.toml (staged)`).
    pub source: String,
    pub path_globs: GlobSet,
    pub value_regexes: Vec<Regex>,
    pub stopwords: Vec<String>,
    pub env_block: GlobSet,
    pub env_exempt: GlobSet,
    /// Parsed expiry per fingerprint entry (days since the epoch).
    pub expiry_days: Vec<Option<i64>>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            config: Config::default(),
            source: FILE_NAME.into(),
            path_globs: GlobSet::empty(),
            value_regexes: Vec::new(),
            stopwords: Vec::new(),
            env_block: GlobSet::empty(),
            env_exempt: GlobSet::empty(),
            expiry_days: Vec::new(),
        }
    }
}

/// 1-based line and column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = offset
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1)
        + 1;
    (line, col)
}

/// Where a value appears in the source (for errors found after parsing): its first occurrence.
fn locate(text: &str, needle: &str) -> (usize, usize) {
    text.find(needle)
        .map(|o| line_col(text, o))
        .unwrap_or((1, 1))
}

impl Settings {
    /// Parse and check a configuration file's bytes. `source` names it in errors.
    pub fn parse(source: &str, bytes: &[u8]) -> Result<Settings> {
        let err = |line, column, message: String| Error::Config {
            path: source.to_string(),
            line,
            column,
            message,
        };
        if bytes.len() > MAX_CONFIG_BYTES {
            return Err(err(
                1,
                1,
                format!("file is larger than {MAX_CONFIG_BYTES} bytes"),
            ));
        }
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let (l, c) = line_col(&String::from_utf8_lossy(bytes), e.valid_up_to());
            err(l, c, "not valid UTF-8".into())
        })?;
        let config: Config = toml::from_str(text).map_err(|e| {
            let (l, c) = e.span().map(|s| line_col(text, s.start)).unwrap_or((1, 1));
            err(l, c, e.message().trim().to_string())
        })?;

        let glob_set = |globs: &[String], what: &str| -> Result<GlobSet> {
            let mut b = GlobSetBuilder::new();
            for g in globs {
                let glob = Glob::new(g).map_err(|e| {
                    let (l, c) = locate(text, g);
                    err(l, c, format!("bad {what} glob `{g}`: {e}"))
                })?;
                b.add(glob);
            }
            b.build().map_err(|e| err(1, 1, e.to_string()))
        };
        // `enable` turns on optional built-in rules: a misspelt id would silently do nothing.
        if !config.enable.is_empty() {
            let optional = crate::rules::optional_ids()?;
            if let Some(id) = config.enable.iter().find(|id| !optional.contains(id)) {
                let (l, c) = locate(text, &format!("\"{id}\""));
                return Err(err(
                    l,
                    c,
                    format!(
                        "`{id}` is not an optional rule (optional rules: {})",
                        optional.join(", ")
                    ),
                ));
            }
        }
        let path_globs = glob_set(&config.allow.paths, "allow.paths")?;
        let env_block = glob_set(&config.env.block, "env.block")?;
        let env_exempt = glob_set(&config.env.exempt, "env.exempt")?;

        if config.allow.regexes.len() + config.rules.len() * 2 > MAX_USER_REGEXES {
            return Err(err(
                1,
                1,
                format!("too many regexes (at most {MAX_USER_REGEXES})"),
            ));
        }
        let mut value_regexes = Vec::new();
        for r in &config.allow.regexes {
            let re = crate::rules::compile(r).map_err(|e| {
                let (l, c) = locate(text, r);
                err(l, c, format!("bad allow.regexes entry: {e}"))
            })?;
            value_regexes.push(re);
        }
        let mut expiry_days = Vec::new();
        for f in &config.allow.fingerprints {
            if !is_fingerprint(&f.fingerprint) {
                let (l, c) = locate(text, &f.fingerprint);
                return Err(err(
                    l,
                    c,
                    format!(
                        "`{}` is not a keyhook fingerprint (12 hex digits)",
                        f.fingerprint
                    ),
                ));
            }
            expiry_days.push(match &f.expires {
                None => None,
                Some(d) => Some(parse_date(d).ok_or_else(|| {
                    let (l, c) = locate(text, d);
                    err(l, c, format!("expires `{d}` is not a date (YYYY-MM-DD)"))
                })?),
            });
        }
        for rule in &config.rules {
            let (l, c) = locate(text, &format!("\"{}\"", rule.id));
            crate::rules::validate_spec(rule).map_err(|m| err(l, c, m))?;
            check_custom_rule(rule).map_err(|m| err(l, c, m))?;
        }
        let stopwords = config
            .allow
            .stopwords
            .iter()
            .map(|s| s.to_ascii_lowercase())
            .collect();
        Ok(Settings {
            config,
            source: source.to_string(),
            path_globs,
            value_regexes,
            stopwords,
            env_block,
            env_exempt,
            expiry_days,
        })
    }

    /// Load `.keyhook.toml` from a directory (the work tree root, for `keyhook scan`).
    pub fn load_dir(dir: &std::path::Path) -> Result<Settings> {
        let path = dir.join(FILE_NAME);
        match std::fs::read(&path) {
            Ok(bytes) => Settings::parse(&path.display().to_string(), &bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Settings::default()),
            Err(e) => Err(Error::io(path, e)),
        }
    }
}

/// A custom rule must compile and pass its own examples, like the built-in ones.
fn check_custom_rule(spec: &RuleSpec) -> Result<(), String> {
    if spec.examples.is_empty() {
        return Err(format!(
            "rule `{}` needs at least one entry in `examples`",
            spec.id
        ));
    }
    let det = crate::detect::Detector::new(vec![spec.clone()], &[]).map_err(|e| e.to_string())?;
    det.rule(0).compile_now().map_err(|e| e.to_string())?;
    for ex in &spec.examples {
        let found = det.scan_text(ex.as_bytes()).map_err(|e| e.to_string())?;
        if found.is_empty() {
            return Err(format!(
                "rule `{}`: example {:?} is not matched",
                spec.id,
                crate::report::escape(&crate::allow::redact(ex.as_bytes()))
            ));
        }
    }
    for ex in &spec.negatives {
        let found = det.scan_text(ex.as_bytes()).map_err(|e| e.to_string())?;
        if !found.is_empty() {
            return Err(format!(
                "rule `{}`: negative example {:?} is matched",
                spec.id,
                crate::report::escape(&crate::allow::redact(ex.as_bytes()))
            ));
        }
    }
    Ok(())
}

pub fn is_fingerprint(s: &str) -> bool {
    s.len() == 12
        && s.bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

/// `YYYY-MM-DD` → days since 1970-01-01.
pub fn parse_date(s: &str) -> Option<i64> {
    let mut it = s.split('-');
    let y: i64 = it.next()?.parse().ok()?;
    let m: i64 = it.next()?.parse().ok()?;
    let d: i64 = it.next()?.parse().ok()?;
    if it.next().is_some() || s.len() != 10 || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

/// Howard Hinnant's days-from-civil.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// Today, in days since the epoch (UTC).
pub fn today() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| (d.as_secs() / 86_400) as i64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(parse_date("1970-01-01"), Some(0));
        assert_eq!(parse_date("2000-03-01"), Some(11017));
        assert_eq!(parse_date("2026-13-01"), None);
        assert_eq!(parse_date("soon"), None);
    }

    #[test]
    fn errors_name_line_and_column() {
        let e = Settings::parse(".keyhook.toml", b"[allow]\npaths = [\"a\"]\nbogus = 1\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with(".keyhook.toml:3:"), "{e}");
        let e = Settings::parse(".keyhook.toml", b"[allow]\nregexes = [\"(\"]\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with(".keyhook.toml:2:"), "{e}");
        // A misspelt optional rule is an error, not a silent no-op.
        let e = Settings::parse(
            ".keyhook.toml",
            b"# hashes\nenable = [\"password-hashes\"]\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with(".keyhook.toml:2:"), "{e}");
        assert!(e.contains("password-hash"), "{e}");
        assert!(Settings::parse(".keyhook.toml", b"enable = [\"password-hash\"]\n").is_ok());
    }
}

/// Record (or update) an allowed fingerprint in a `.keyhook.toml` text, preserving its comments
/// and layout. Returns the new text.
pub fn add_fingerprint(
    source: &str,
    text: &str,
    fingerprint: &str,
    reason: Option<&str>,
    expires: Option<&str>,
) -> Result<String> {
    use toml_edit::{value, ArrayOfTables, DocumentMut, Item, Table};
    let mut doc: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        let (l, c) = e.span().map(|s| line_col(text, s.start)).unwrap_or((1, 1));
        Error::Config {
            path: source.into(),
            line: l,
            column: c,
            message: e.message().trim().to_string(),
        }
    })?;
    let bad = |m: &str| Error::Config {
        path: source.into(),
        line: 1,
        column: 1,
        message: m.into(),
    };
    if !doc.contains_key("allow") {
        let mut t = Table::new();
        t.set_implicit(true);
        doc.insert("allow", Item::Table(t));
    }
    let allow = doc["allow"]
        .as_table_like_mut()
        .ok_or_else(|| bad("`allow` must be a table"))?;
    if allow.get("fingerprints").is_none() {
        allow.insert("fingerprints", Item::ArrayOfTables(ArrayOfTables::new()));
    }
    let fill = |t: &mut dyn toml_edit::TableLike| {
        t.insert("fingerprint", value(fingerprint));
        if let Some(r) = reason {
            t.insert("reason", value(r));
        }
        if let Some(e) = expires {
            t.insert("expires", value(e));
        }
    };
    match allow.get_mut("fingerprints") {
        Some(Item::ArrayOfTables(arr)) => {
            let pos = arr
                .iter()
                .position(|t| t.get("fingerprint").and_then(|v| v.as_str()) == Some(fingerprint));
            if let Some(t) = pos.and_then(|p| arr.get_mut(p)) {
                fill(t);
            } else {
                let mut t = Table::new();
                fill(&mut t);
                arr.push(t);
            }
        }
        Some(Item::Value(toml_edit::Value::Array(arr))) => {
            let pos = arr.iter().position(|v| {
                v.as_inline_table()
                    .and_then(|t| t.get("fingerprint"))
                    .and_then(|v| v.as_str())
                    == Some(fingerprint)
            });
            match pos
                .and_then(|p| arr.get_mut(p))
                .and_then(|v| v.as_inline_table_mut())
            {
                Some(t) => fill(t),
                None => {
                    let mut t = toml_edit::InlineTable::new();
                    fill(&mut t);
                    arr.push(t);
                }
            }
        }
        _ => return Err(bad("`allow.fingerprints` must be an array of tables")),
    }
    let out = doc.to_string();
    // The result must still be a valid configuration.
    Settings::parse(source, out.as_bytes())?;
    Ok(out)
}

#[cfg(test)]
mod edit_tests {
    use super::*;

    #[test]
    fn add_fingerprint_preserves_comments_and_updates_in_place() {
        let text =
            "# team config\ndisable = [] # none\n\n[allow]\n# fixtures\npaths = [\"tests/**\"]\n";
        let out =
            add_fingerprint(".keyhook.toml", text, "0123456789ab", Some("fixture"), None).unwrap();
        assert!(
            out.starts_with("# team config\ndisable = [] # none\n"),
            "{out}"
        );
        assert!(out.contains("# fixtures\npaths = [\"tests/**\"]"), "{out}");
        assert!(
            out.contains(
                "[[allow.fingerprints]]\nfingerprint = \"0123456789ab\"\nreason = \"fixture\""
            ),
            "{out}"
        );
        let again = add_fingerprint(
            ".keyhook.toml",
            &out,
            "0123456789ab",
            Some("fixture"),
            Some("2030-01-01"),
        )
        .unwrap();
        assert_eq!(again.matches("0123456789ab").count(), 1, "{again}");
        assert!(again.contains("expires = \"2030-01-01\""));
        let s = Settings::parse("x", again.as_bytes()).unwrap();
        assert_eq!(s.config.allow.fingerprints.len(), 1);
        // An empty file works too.
        let fresh = add_fingerprint("x", "", "ba9876543210", None, None).unwrap();
        assert!(Settings::parse("x", fresh.as_bytes()).is_ok(), "{fresh}");
    }
}
