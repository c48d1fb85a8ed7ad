//! Findings → what the person reads: a text explanation on stderr, JSON, SARIF.
//! No output ever contains a whole secret: a `Finding` only holds the redacted form.

use std::fmt::Write as _;

use serde::Serialize;

/// Version of the JSON output schema (`docs/json-schema.md`).
pub const JSON_SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// A key-shaped string on an added line.
    Secret,
    /// A `.env` file staged for commit.
    EnvFile,
    /// A binary key store (PKCS#12, Java keystore) holding a private key.
    KeyFile,
}

/// Where in history a finding was introduced (history scans).
#[derive(Debug, Clone, Serialize)]
pub struct CommitInfo {
    pub id: String,
    /// Author date, ISO 8601.
    pub date: String,
    pub author: String,
    /// Whether the same secret is still in the file at HEAD.
    pub present_at_head: bool,
}

/// One reason to block. Holds no secret: only its redacted form and a salted fingerprint.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub kind: FindingKind,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub rule: String,
    pub description: String,
    pub provider: String,
    pub redacted: String,
    pub fingerprint: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rotate: Option<String>,
    /// The format's built-in checksum verified (GitHub, npm tokens).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub verified_checksum: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit: Option<CommitInfo>,
}

/// Sort findings into the one deterministic order used by every output.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (&a.path, a.line, a.column, &a.rule).cmp(&(&b.path, b.line, b.column, &b.rule))
    });
}

/// Make any text safe to print on a terminal: control characters (including ESC, so scanned
/// content can never send terminal escape sequences) and newlines in file names are escaped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// Terminal styling, only when stderr is a terminal and `NO_COLOR` is unset.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    pub fn detect() -> Style {
        use std::io::IsTerminal;
        Style {
            color: std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal(),
        }
    }
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    fn red(&self, s: &str) -> String {
        self.paint("1;31", s)
    }
    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
}

/// What the text explanation is about: a commit being blocked or a scan of files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Commit,
    Scan,
    History,
    Push,
}

/// The explanation a blocked person reads: what, where, why, the fix, rotation, overrides.
pub fn text(findings: &[Finding], ctx: Context, style: Style) -> String {
    let mut o = String::new();
    let secrets: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.kind == FindingKind::Secret)
        .collect();
    let envs: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.kind == FindingKind::EnvFile)
        .collect();
    let stores: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.kind == FindingKind::KeyFile)
        .collect();
    let n = findings.len();
    let what = if n == 1 { "problem" } else { "problems" };
    match ctx {
        Context::Commit => {
            let _ = writeln!(
                o,
                "{} {n} {what} in the staged changes. Nothing was committed.",
                style.red("keyhook: commit blocked:")
            );
        }
        Context::Push => {
            let _ = writeln!(
                o,
                "{} {n} {what} in the commits being pushed. Nothing was pushed.",
                style.red("keyhook: push blocked:")
            );
        }
        Context::Scan => {
            let _ = writeln!(o, "{} {n} {what} found.", style.red("keyhook:"));
        }
        Context::History => {
            let _ = writeln!(
                o,
                "{} {n} secret{} found in history.",
                style.red("keyhook:"),
                if n == 1 { "" } else { "s" }
            );
        }
    }
    o.push('\n');
    for f in findings {
        let loc = format!("{}:{}:{}", escape(&f.path), f.line, f.column);
        match f.kind {
            FindingKind::Secret => {
                let _ = writeln!(o, "  {}  {}", style.bold(&loc), escape(&f.description));
                let _ = writeln!(
                    o,
                    "      found {}   rule {}   fingerprint {}{}",
                    escape(&f.redacted),
                    escape(&f.rule),
                    f.fingerprint,
                    if f.verified_checksum {
                        "   (checksum valid: a real token)"
                    } else {
                        ""
                    }
                );
            }
            FindingKind::EnvFile => {
                let _ = writeln!(
                    o,
                    "  {}  {}",
                    style.bold(&escape(&f.path)),
                    escape(&f.description)
                );
            }
            FindingKind::KeyFile => {
                let at = if f.line > 0 { loc } else { escape(&f.path) };
                let _ = writeln!(o, "  {}  {}", style.bold(&at), escape(&f.description));
                let _ = writeln!(
                    o,
                    "      found {}   rule {}   fingerprint {}",
                    escape(&f.redacted),
                    escape(&f.rule),
                    f.fingerprint
                );
            }
        }
        if let Some(c) = &f.commit {
            let _ = writeln!(
                o,
                "      introduced in commit {} ({}, {}); {}",
                &c.id[..c.id.len().min(12)],
                escape(&c.date),
                escape(&c.author),
                if c.present_at_head {
                    "still present at HEAD"
                } else {
                    "no longer at HEAD, but still in history"
                }
            );
        }
        if let Some(note) = &f.note {
            let _ = writeln!(o, "      note: {}", escape(note));
        }
    }
    o.push('\n');
    if !secrets.is_empty() {
        let _ = writeln!(o, "{}", style.bold("Why this matters"));
        if ctx == Context::History {
            let _ = writeln!(
                o,
                "  Deleting the line does not un-leak the key: every clone, fork and CI cache of \
                 this history has a copy.\n  Treat each key above as compromised."
            );
        } else {
            let _ = writeln!(
                o,
                "  A committed secret stays in git history for good: every clone, fork, CI cache and \
                 mirror gets a copy,\n  and deleting it in a later commit does not remove it."
            );
        }
        o.push('\n');
        let _ = writeln!(o, "{}", style.bold("Fix"));
        let _ = writeln!(
            o,
            "  1. Move the value out of the code into an environment variable and read it at run time\n     \
             (os.environ[\"API_KEY\"], process.env.API_KEY, std::env::var(\"API_KEY\")); keep local values\n     \
             in a .env file that .gitignore lists."
        );
        let _ = writeln!(
            o,
            "  2. In examples and docs, use a placeholder such as YOUR_API_KEY_HERE."
        );
        match ctx {
            Context::Commit => {
                let _ = writeln!(
                    o,
                    "  3. Stage the fixed file again (git add <file>) and commit."
                );
            }
            Context::Push => {
                let _ = writeln!(
                    o,
                    "  3. Rewrite the unpushed commits without the secret (git rebase -i, or git commit --amend\n     \
                     for the last one), then push again."
                );
            }
            Context::History => {
                let _ = writeln!(
                    o,
                    "  3. Rotate every key listed, then, if needed, rewrite history (git filter-repo) and force-push."
                );
            }
            Context::Scan => {}
        }
        o.push('\n');
        let mut rotates: Vec<(&str, &str)> = secrets
            .iter()
            .filter_map(|f| f.rotate.as_deref().map(|r| (f.provider.as_str(), r)))
            .collect();
        rotates.sort();
        rotates.dedup();
        let _ = writeln!(
            o,
            "{}",
            style.bold(if ctx == Context::History {
                "Rotate these keys now"
            } else {
                "If this key was ever pushed, shared or pasted anywhere, rotate it"
            })
        );
        if rotates.is_empty() {
            let _ = writeln!(
                o,
                "  Revoke it where it was issued and create a new one; give the new key the least privilege it needs."
            );
        }
        for (provider, url) in rotates {
            let name = if provider.is_empty() { "key" } else { provider };
            let _ = writeln!(o, "  {}: {}", escape(name), escape(url));
        }
        o.push('\n');
        let _ = writeln!(o, "{}", style.bold("Not a secret?"));
        let _ = writeln!(
            o,
            "  Add a comment with `keyhook:allow` (or `keyhook:allow=<rule>`) on that line, or record the\n  \
             fingerprint in .keyhook.toml (stores a hash, never the value):"
        );
        let mut fps: Vec<&str> = secrets.iter().map(|f| f.fingerprint.as_str()).collect();
        fps.dedup();
        for fp in fps {
            let _ = writeln!(o, "    keyhook allow {fp} --reason \"why this is safe\"");
        }
        o.push('\n');
    }
    if !envs.is_empty() {
        let _ = writeln!(
            o,
            "{}",
            style.bold(".env files hold live values and are never committed")
        );
        for f in &envs {
            let p = shell_quote(&f.path);
            let _ = writeln!(o, "  git rm --cached {p}");
        }
        let _ = writeln!(
            o,
            "  and make sure .gitignore has these lines:\n    .env\n    .env.*\n    !.env.example\n  \
             Commit a .env.example with placeholders instead."
        );
        o.push('\n');
    }
    if !stores.is_empty() {
        let _ = writeln!(
            o,
            "{}",
            style.bold("Key files hold keys: keep them out of git")
        );
        for f in &stores {
            let p = shell_quote(&f.path);
            let _ = writeln!(o, "  git rm --cached {p}");
        }
        let _ = writeln!(
            o,
            "  and list them in .gitignore (*.p12, *.pfx, *.jks, *.keystore, /config/master.key,\n  \
             /config/credentials/*.key). Keep the file in a secret manager or your CI's secret files,\n  \
             and pass it (or its path and password) in environment variables (RAILS_MASTER_KEY for Rails).\n  \
             If it was ever pushed or shared, issue a new key (and certificate, or re-encrypt the Rails\n  \
             credentials with `bin/rails credentials:edit` after deleting the key) and revoke the old one.\n  \
             Not a secret (a test fixture)? Record its fingerprint (a hash, never the key):"
        );
        for f in &stores {
            let _ = writeln!(
                o,
                "    keyhook allow {} --reason \"why this is safe\"",
                f.fingerprint
            );
        }
        o.push('\n');
    }
    if matches!(ctx, Context::Commit | Context::Push) {
        let _ = writeln!(
            o,
            "{}",
            style.dim(&format!(
                "To bypass every check once (not recommended): git {} --no-verify",
                if ctx == Context::Push {
                    "push"
                } else {
                    "commit"
                }
            ))
        );
    }
    o
}

/// Quote a path for a copy-pasteable shell command.
pub fn shell_quote(s: &str) -> String {
    let escaped = escape(s);
    if escaped
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/._-+@%=:,".contains(&b))
    {
        escaped
    } else {
        format!("'{}'", escaped.replace('\'', "'\\''"))
    }
}

/// The JSON output: an array of findings, each carrying the schema version
/// (`docs/json-schema.md`), in the deterministic order.
pub fn json(findings: &[Finding]) -> String {
    #[derive(Serialize)]
    struct Versioned<'a> {
        schema_version: u32,
        #[serde(flatten)]
        finding: &'a Finding,
    }
    let doc: Vec<Versioned> = findings
        .iter()
        .map(|finding| Versioned {
            schema_version: JSON_SCHEMA_VERSION,
            finding,
        })
        .collect();
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// Where the SARIF output points people for more about keyhook.
pub const INFORMATION_URI: &str = match option_env!("CARGO_PKG_REPOSITORY") {
    Some(r) if !r.is_empty() => r,
    _ => "https://crates.io/crates/keyhook",
};

/// The key under which SARIF results carry keyhook's fingerprint (`partialFingerprints`).
pub const SARIF_FINGERPRINT_KEY: &str = "keyhook/v1";

/// Percent-encode a repository-relative path for a SARIF `artifactLocation.uri` (RFC 3986:
/// unreserved characters and `/` stay, every other byte is escaped).
pub fn uri_escape(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// SARIF 2.1.0 output (GitHub code scanning): one rule per rule id found, one result per finding,
/// messages redacted like every other output.
pub fn sarif(findings: &[Finding]) -> String {
    use serde_json::{json, Value};
    let mut rule_ids: Vec<&str> = Vec::new();
    let mut rules: Vec<Value> = Vec::new();
    for f in findings {
        if rule_ids.contains(&f.rule.as_str()) {
            continue;
        }
        rule_ids.push(&f.rule);
        let (help_uri, help) = match (&f.kind, &f.rotate) {
            (FindingKind::KeyFile, _) => (
                "https://git-scm.com/docs/gitignore".to_string(),
                "Remove the key store from the index (git rm --cached), list *.p12, *.pfx, *.jks and \
                 *.keystore in .gitignore, keep the file in a secret manager, and issue a new key \
                 and certificate if it was ever pushed."
                    .to_string(),
            ),
            (FindingKind::EnvFile, _) => (
                "https://git-scm.com/docs/gitignore".to_string(),
                "Remove the file from the index (git rm --cached), list .env and .env.* in \
                 .gitignore, commit a .env.example with placeholders, and rotate every value the \
                 file held if it was ever pushed."
                    .to_string(),
            ),
            (_, Some(url)) => (
                url.clone(),
                format!(
                    "Move the value to an environment variable, use a placeholder in examples, \
                     and rotate the key: {url}. Deleting the line does not remove it from git \
                     history."
                ),
            ),
            (_, None) => (
                INFORMATION_URI.to_string(),
                "Move the value to an environment variable, use a placeholder in examples, and \
                 revoke the key where it was issued. Deleting the line does not remove it from \
                 git history."
                    .to_string(),
            ),
        };
        let short = if f.provider.is_empty() {
            f.description.clone()
        } else {
            format!("{} credential", f.provider)
        };
        rules.push(json!({
            "id": f.rule,
            "name": sarif_rule_name(&f.rule),
            "shortDescription": { "text": short },
            "fullDescription": { "text": f.description },
            "helpUri": help_uri,
            "help": { "text": help },
            "defaultConfiguration": { "level": "error" },
            "properties": {
                "tags": ["security", "secrets"],
                "precision": "high",
                "security-severity": "9.0",
                "provider": f.provider,
            },
        }));
    }
    let results: Vec<Value> = findings
        .iter()
        .map(|f| {
            let index = rule_ids
                .iter()
                .position(|r| *r == f.rule)
                .unwrap_or_default();
            let mut text = match f.kind {
                FindingKind::Secret => format!(
                    "{}: {} (fingerprint {}). Rotate the key{}; deleting the line does not \
                     remove it from git history.",
                    f.description,
                    f.redacted,
                    f.fingerprint,
                    f.rotate
                        .as_deref()
                        .map(|u| format!(" ({u})"))
                        .unwrap_or_default()
                ),
                FindingKind::EnvFile => format!("{}: {}", f.description, f.path),
                FindingKind::KeyFile => format!(
                    "{}: {} ({}, fingerprint {}).",
                    f.description, f.path, f.redacted, f.fingerprint
                ),
            };
            if let Some(c) = &f.commit {
                let _ = write!(
                    text,
                    " Introduced in commit {} ({}); {}.",
                    c.id,
                    c.date,
                    if c.present_at_head {
                        "still present at HEAD"
                    } else {
                        "no longer at HEAD, but still in history"
                    }
                );
            }
            if let Some(note) = &f.note {
                let _ = write!(text, " Note: {note}.");
            }
            let mut physical = json!({
                "artifactLocation": { "uri": uri_escape(&f.path) },
            });
            if f.line > 0 {
                physical["region"] = json!({
                    "startLine": f.line,
                    "startColumn": f.column.max(1),
                });
            }
            let mut result = json!({
                "ruleId": f.rule,
                "ruleIndex": index,
                "level": "error",
                "message": { "text": text },
                "locations": [ { "physicalLocation": physical } ],
                "partialFingerprints": { SARIF_FINGERPRINT_KEY: f.fingerprint },
            });
            if let Some(c) = &f.commit {
                result["properties"] = json!({
                    "commit": c.id,
                    "commitDate": c.date,
                    "presentAtHead": c.present_at_head,
                });
            }
            result
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [ {
            "tool": { "driver": {
                "name": "keyhook",
                "informationUri": INFORMATION_URI,
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            } },
            "results": results,
        } ],
    });
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// A rule id as a SARIF rule name (PascalCase, like the SARIF examples): `github-pat` →
/// `GithubPat`.
fn sarif_rule_name(id: &str) -> String {
    id.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut cs = p.chars();
            match cs.next() {
                Some(c) => c.to_ascii_uppercase().to_string() + cs.as_str(),
                None => String::new(),
            }
        })
        .collect()
}
