//! Overrides: inline annotations, fingerprints (salted content hashes), the config allowlist.
//!
//! Also where a candidate (which holds the secret) becomes a `Finding` (which never does).

use std::collections::HashSet;
use std::path::Path;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::config::Settings;
use crate::detect::filters::{contains, find};
use crate::detect::{Candidate, Detector};
use crate::error::{Error, Result};
use crate::report::{Finding, FindingKind};

/// Fingerprints are derived from the rule and the secret with this salt, so the allowlist never
/// contains the secret and a fingerprint cannot be looked up in a table of other tools' hashes.
const SALT: &[u8] = b"keyhook-fingerprint-v1\0";

/// A short, content-based fingerprint: the same secret under the same rule has the same
/// fingerprint wherever it moves (other line, other file).
pub fn fingerprint(rule_id: &str, secret: &[u8]) -> String {
    let mut h = gix::hash::hasher(gix::hash::Kind::Sha1);
    h.update(SALT);
    h.update(rule_id.as_bytes());
    h.update(b"\0");
    h.update(secret);
    match h.try_finalize() {
        Ok(id) => id.to_hex_with_len(12).to_string(),
        // A collision-detection failure on this input: still never reveal the secret.
        Err(_) => "000000000000".into(),
    }
}

/// A few leading characters and the length: enough to recognise the key, never the key.
pub fn redact(secret: &[u8]) -> String {
    // Counted in characters, so that a password with `ö` or `ж` shows whole letters.
    let text = String::from_utf8_lossy(secret);
    let n = text.chars().count();
    let show = if n >= 32 {
        6
    } else if n >= 16 {
        4
    } else if n >= 8 {
        2
    } else {
        0
    };
    let head: String = text
        .chars()
        .take(show)
        .map(|c| {
            if c.is_ascii_graphic() || (!c.is_ascii() && c.is_alphanumeric()) {
                c
            } else {
                '?'
            }
        })
        .collect();
    format!("{head}…({n} chars)")
}

/// Is there an annotation that allows a finding of `rule_id` on this line?
/// `keyhook:allow` (any rule) or `keyhook:allow=<rule-id>[,<rule-id>]`, followed by any reason.
pub fn line_allows(line: &[u8], rule_id: &str, migration: bool) -> bool {
    annotation_allows(line, b"keyhook:allow", rule_id)
        || (migration
            && (contains(line, b"gitleaks:allow") || contains(line, b"pragma: allowlist secret")))
}

/// Does the line above carry `keyhook:allow-next-line`?
pub fn previous_line_allows(prev: &[u8], rule_id: &str) -> bool {
    annotation_allows(prev, b"keyhook:allow-next-line", rule_id)
        || contains(prev, b"pragma: allowlist nextline secret")
}

fn annotation_allows(line: &[u8], marker: &[u8], rule_id: &str) -> bool {
    let mut rest = line;
    while let Some(p) = find(rest, marker) {
        let after = &rest[p + marker.len()..];
        // `keyhook:allow` must not be read as the prefix of `keyhook:allow-next-line`.
        if after.starts_with(b"-") {
            rest = after;
            continue;
        }
        match after.strip_prefix(b"=") {
            None => return true,
            Some(list) => {
                let end = list
                    .iter()
                    .position(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b',')))
                    .unwrap_or(list.len());
                if list[..end]
                    .split(|&b| b == b',')
                    .any(|id| id == rule_id.as_bytes())
                {
                    return true;
                }
                rest = &list[end..];
            }
        }
    }
    false
}

/// Why a candidate did not block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowed {
    Inline,
    Fingerprint,
    Path,
    Value,
    Baseline,
}

/// The allow stage: settings from `.keyhook.toml` plus one-off fingerprints (`--allow`,
/// `KEYHOOK_ALLOW`) and a baseline.
#[derive(Debug, Default)]
pub struct Allowlist {
    pub settings: Settings,
    pub extra: Vec<String>,
    pub today: i64,
    /// Fingerprints of a baseline (`keyhook scan --baseline FILE`): known findings, not reported.
    pub baseline: HashSet<String>,
    /// Config fingerprint entries that allowed something in this run (for `allow --list`).
    pub used: Mutex<HashSet<String>>,
}

impl Allowlist {
    pub fn new(settings: Settings, extra: Vec<String>) -> Self {
        Allowlist {
            settings,
            extra,
            today: crate::config::today(),
            baseline: HashSet::new(),
            used: Mutex::new(HashSet::new()),
        }
    }

    /// Is every finding in this path allowed by a path glob?
    pub fn path_allowed(&self, path: &str) -> bool {
        !self.settings.path_globs.is_empty() && self.settings.path_globs.is_match(path)
    }

    /// Decide one candidate. Returns the finding (blocking) or why it is allowed. `note` on the
    /// finding explains an expired allowlist entry, or where a value under a name that says
    /// nothing is used as a secret.
    pub fn judge(
        &self,
        det: &Detector,
        path: &str,
        lines: &[&[u8]],
        c: Candidate,
    ) -> Result<Finding, Allowed> {
        let rule = &det.rule(c.rule).spec;
        let line = lines.get(c.line).copied().unwrap_or_default();
        let migration = self.settings.config.allow.migration_annotations;
        if line_allows(line, &rule.id, migration)
            || (c.line > 0 && previous_line_allows(lines[c.line - 1], &rule.id))
        {
            return Err(Allowed::Inline);
        }
        if self.path_allowed(path) {
            return Err(Allowed::Path);
        }
        if self
            .settings
            .value_regexes
            .iter()
            .any(|re| re.is_match(&c.secret))
        {
            return Err(Allowed::Value);
        }
        if !self.settings.stopwords.is_empty() {
            let lower = c.secret.to_ascii_lowercase();
            if self
                .settings
                .stopwords
                .iter()
                .any(|w| find(&lower, w.as_bytes()).is_some())
            {
                return Err(Allowed::Value);
            }
        }
        let fp = fingerprint(&rule.id, &c.secret);
        let mut note = self.by_fingerprint(&fp)?;
        if let Some(j) = c.used_at {
            // The line itself names nothing: say where the value is used as a secret.
            let via = format!("line {} uses it as this secret", j + 1);
            note = Some(match note {
                Some(n) => format!("{n}; {via}"),
                None => via,
            });
        }
        let column = String::from_utf8_lossy(&line[..c.start.min(line.len())])
            .chars()
            .count()
            + 1;
        Ok(Finding {
            kind: FindingKind::Secret,
            path: path.to_string(),
            line: c.line + 1,
            column,
            rule: rule.id.clone(),
            description: rule.description.clone(),
            provider: rule.provider.clone(),
            redacted: redact(&c.secret),
            fingerprint: fp,
            rotate: rule.rotate.clone(),
            verified_checksum: c.checksum_ok,
            note,
            commit: None,
        })
    }

    /// Decide a key file (`keyfile`): path globs, the rule's `disable`, fingerprints (of the
    /// key, or of a binary key store's whole content, so allowing one keystore does not allow the
    /// next). `line` is 0 for a binary file, else the key's line.
    pub fn judge_key_file(
        &self,
        path: &str,
        store: crate::keyfile::KeyStore,
        data: &[u8],
        line: usize,
    ) -> Option<Finding> {
        if self.path_allowed(path) || self.settings.config.disable.iter().any(|d| d == store.rule) {
            return None;
        }
        let fp = fingerprint(store.rule, data);
        let note = self.by_fingerprint(&fp).ok()?;
        Some(Finding {
            kind: FindingKind::KeyFile,
            path: path.to_string(),
            line,
            column: usize::from(line > 0),
            rule: store.rule.into(),
            description: store.description.into(),
            provider: store.provider.into(),
            redacted: if line == 0 {
                format!("binary key store, {} bytes", data.len())
            } else {
                redact(data)
            },
            fingerprint: fp,
            rotate: None,
            verified_checksum: false,
            note,
            commit: None,
        })
    }

    /// Is this fingerprint allowed (one-off, baseline, `.keyhook.toml`)? `Ok(note)` when it is
    /// not, the note explaining an expired entry.
    fn by_fingerprint(&self, fp: &str) -> Result<Option<String>, Allowed> {
        let mut note = None;
        if self.extra.iter().any(|e| e == fp) {
            return Err(Allowed::Fingerprint);
        }
        if self.baseline.contains(fp) {
            return Err(Allowed::Baseline);
        }
        for (entry, exp) in self
            .settings
            .config
            .allow
            .fingerprints
            .iter()
            .zip(&self.settings.expiry_days)
        {
            if entry.fingerprint == fp {
                self.used
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(fp.to_string());
                match exp {
                    Some(day) if *day < self.today => {
                        note = Some(format!(
                            "the allowlist entry for {fp} in {} expired on {}",
                            self.settings.source,
                            entry.expires.as_deref().unwrap_or("?")
                        ));
                    }
                    _ => return Err(Allowed::Fingerprint),
                }
            }
        }
        Ok(note)
    }
}

/// A baseline file: the fingerprints of findings that existed when it was written, so a scan of
/// an existing codebase reports only new ones. Holds no secrets.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BaselineFile {
    pub keyhook_baseline: u32,
    pub findings: Vec<BaselineEntry>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BaselineEntry {
    pub fingerprint: String,
    pub rule: String,
    pub path: String,
    pub line: usize,
}

/// Read a baseline's fingerprints.
pub fn read_baseline(path: &Path) -> Result<HashSet<String>> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let file: BaselineFile = serde_json::from_slice(&bytes).map_err(|e| Error::Config {
        path: path.display().to_string(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    Ok(file.findings.into_iter().map(|f| f.fingerprint).collect())
}

/// Write a baseline of these findings.
pub fn write_baseline(path: &Path, findings: &[Finding]) -> Result<()> {
    let file = BaselineFile {
        keyhook_baseline: 1,
        findings: findings
            .iter()
            .map(|f| BaselineEntry {
                fingerprint: f.fingerprint.clone(),
                rule: f.rule.clone(),
                path: f.path.clone(),
                line: f.line,
            })
            .collect(),
    };
    let text = serde_json::to_string_pretty(&file).map_err(|e| Error::Usage(e.to_string()))?;
    std::fs::write(path, text + "\n").map_err(|e| Error::io(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_are_scoped() {
        assert!(line_allows(b"x = 'k' # keyhook:allow test key", "a", false));
        assert!(line_allows(b"x # keyhook:allow=a,b reason", "b", false));
        assert!(!line_allows(b"x # keyhook:allow=a reason", "b", false));
        assert!(!line_allows(b"x # keyhook:allow-next-line", "a", false));
        assert!(previous_line_allows(b"// keyhook:allow-next-line", "a"));
        assert!(line_allows(b"x # gitleaks:allow", "a", true));
        assert!(!line_allows(b"x # gitleaks:allow", "a", false));
    }

    #[test]
    fn fingerprints_are_stable_and_hide_the_secret() {
        let a = fingerprint("r", b"s3cr3t-value");
        assert_eq!(a, fingerprint("r", b"s3cr3t-value"));
        assert_ne!(a, fingerprint("q", b"s3cr3t-value"));
        assert_eq!(a.len(), 12);
        assert!(!redact(b"ghp_abcdefghijklmnopqrstuvwxyz0123456789").contains("ghp_abcdefghij"));
        // Counted in characters: whole letters, never half of one.
        assert_eq!(redact("Wisła_Kraków1987".as_bytes()), "Wisł…(16 chars)");
        assert_eq!(redact("Łódź.Żubr#2024!".as_bytes()), "Łó…(15 chars)");
    }
}
