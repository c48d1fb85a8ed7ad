//! keyhook: a git pre-commit hook that stops API keys and other credentials from entering a
//! repository.
//!
//! The pipeline, one module per concern:
//! `staged` (index vs HEAD → changed blobs) → `added` (blob pair → added lines) → `detect`
//! (lines + context → candidates; `rules` holds the catalog) → `allow` (annotations,
//! fingerprints, config allowlist) → `report` (text, JSON, SARIF).
//! Beside it: `envfile`, `keyfile` (binary key stores), `config`, `install`, `error`; `engine` wires the pipeline and
//! `commands` implements the CLI's verbs for the thin `main.rs`.

pub mod added;
pub mod allow;
pub mod commands;
pub mod config;
pub mod detect;
pub mod doctor;
pub mod engine;
pub mod envfile;
pub mod error;
pub mod history;
pub mod install;
pub mod keyfile;
pub mod packs;
pub mod report;
pub mod rules;
pub mod staged;
pub mod stream;

pub use error::{Error, Result};
