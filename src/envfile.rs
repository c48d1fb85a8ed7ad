//! `.env` files: the one kind of file that must never be committed whole.

/// Suffixes of `.env.<suffix>` files that are templates: they are committed on purpose, with
/// placeholders, and their values are still scanned like any other file. (`.env.dist` is
/// Symfony's name for it; `.tpl`/`.tmpl` are template engines'.)
pub const TEMPLATE_SUFFIXES: &[&str] = &["example", "sample", "template", "dist", "tpl", "tmpl"];

/// Suffixes of `.env.<…>.<suffix>` files that hold the values encrypted, made to be committed:
/// Laravel's `env:encrypt` (`.env.production.encrypted`), SOPS and git-crypt conventions
/// (`.enc`), dotenv-vault's `.env.vault`, and GnuPG, age or armored copies. They are ordinary
/// files: their contents are scanned like any other.
pub const ENCRYPTED_SUFFIXES: &[&str] = &["encrypted", "enc", "vault", "gpg", "age", "asc"];

/// What a file name says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvKind {
    /// `.env`, `.env.local`, `.env.production`, …: blocks the commit.
    Secrets,
    /// `.env.example`, `.env.sample`, `.env.template`, `.env.dist`: allowed, contents scanned.
    Template,
    /// Not an env file.
    None,
}

/// The last component of a `/`-separated path.
pub fn file_name(path: &[u8]) -> &[u8] {
    match path.iter().rposition(|&b| b == b'/') {
        Some(i) => &path[i + 1..],
        None => path,
    }
}

/// Classify a repository path by its file name. `extra` are additional glob patterns (from
/// `.keyhook.toml` `[env] block`) that count as secrets files; `exempt` are patterns that do not.
pub fn classify(path: &[u8], extra: &globset::GlobSet, exempt: &globset::GlobSet) -> EnvKind {
    let p = String::from_utf8_lossy(path);
    let name_bytes = file_name(path);
    let name = String::from_utf8_lossy(name_bytes);
    if !exempt.is_empty() && (exempt.is_match(p.as_ref()) || exempt.is_match(name.as_ref())) {
        return EnvKind::None;
    }
    if name == ".env" {
        return EnvKind::Secrets;
    }
    if let Some(suffix) = name.strip_prefix(".env.") {
        if suffix.is_empty() {
            return EnvKind::Secrets;
        }
        let last = suffix.rsplit('.').next().unwrap_or(suffix);
        if ENCRYPTED_SUFFIXES
            .iter()
            .any(|e| e.eq_ignore_ascii_case(last))
        {
            return EnvKind::None;
        }
        if TEMPLATE_SUFFIXES
            .iter()
            .any(|t| t.eq_ignore_ascii_case(suffix) || t.eq_ignore_ascii_case(last))
        {
            return EnvKind::Template;
        }
        return EnvKind::Secrets;
    }
    if !extra.is_empty() && (extra.is_match(p.as_ref()) || extra.is_match(name.as_ref())) {
        return EnvKind::Secrets;
    }
    EnvKind::None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(p: &str) -> EnvKind {
        let empty = globset::GlobSet::empty();
        classify(p.as_bytes(), &empty, &empty)
    }

    #[test]
    fn names() {
        assert_eq!(c(".env"), EnvKind::Secrets);
        assert_eq!(c("app/config/.env.production"), EnvKind::Secrets);
        assert_eq!(c(".env.local"), EnvKind::Secrets);
        assert_eq!(c(".env.production.encrypted"), EnvKind::None);
        assert_eq!(c("deploy/.env.production.enc"), EnvKind::None);
        assert_eq!(c(".env.vault"), EnvKind::None);
        assert_eq!(c(".env.gpg"), EnvKind::None);
        assert_eq!(c(".env.example"), EnvKind::Template);
        assert_eq!(c("web/.env.sample"), EnvKind::Template);
        assert_eq!(c(".env.template"), EnvKind::Template);
        assert_eq!(c(".env.local.example"), EnvKind::Template);
        assert_eq!(c("config/.env.dist"), EnvKind::Template);
        assert_eq!(c(".env.tmpl"), EnvKind::Template);
        assert_eq!(c(".env.distribution"), EnvKind::Secrets);
        assert_eq!(c("env.py"), EnvKind::None);
        assert_eq!(c(".envrc"), EnvKind::None);
        assert_eq!(c("docs/dotenv.md"), EnvKind::None);
    }
}
