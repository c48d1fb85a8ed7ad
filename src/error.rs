//! Typed errors of the library. They are rendered once, at the edge (`main.rs`).

use std::path::PathBuf;

/// Everything that can go wrong in keyhook. The commit path treats every variant as a block
/// (fail closed).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("not inside a git repository ({0})")]
    NotARepository(String),

    #[error("git: {context}: {message}")]
    Git { context: String, message: String },

    #[error("{path}:{line}:{column}: {message}")]
    Config {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },

    #[error("rule catalog: {0}")]
    Catalog(String),

    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("{0}")]
    Install(String),

    #[error("{0}")]
    Usage(String),
}

impl Error {
    /// Wrap any gix error with a short description of what was being done.
    pub fn git(context: impl Into<String>, err: impl std::fmt::Display) -> Self {
        Error::Git {
            context: context.into(),
            message: err.to_string(),
        }
    }

    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
