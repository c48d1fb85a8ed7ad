//! The thin CLI: parse arguments, call the library, render errors once.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use keyhook::commands::{self, Format};

#[derive(Parser)]
#[command(
    name = "keyhook",
    version,
    about = "Stops API keys and other credentials from entering a git repository"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Scan the staged changes (what the pre-commit hook runs).
    Run {
        /// Which hook is running.
        #[arg(long, default_value = "pre-commit")]
        hook: String,
        /// Allow a finding by fingerprint for this run (repeatable; also KEYHOOK_ALLOW).
        #[arg(long = "allow", value_name = "FINGERPRINT")]
        allow: Vec<String>,
        #[arg(long, default_value = "text")]
        format: Format,
        /// Arguments git passes to the hook.
        #[arg(trailing_var_arg = true, hide = true)]
        rest: Vec<String>,
    },
    /// Scan files and directories (whole files; .gitignore honoured when walking), or with
    /// --history the lines each commit added.
    Scan {
        paths: Vec<PathBuf>,
        #[arg(long, default_value = "text")]
        format: Format,
        #[arg(long = "allow", value_name = "FINGERPRINT")]
        allow: Vec<String>,
        /// Report only findings not in this baseline file.
        #[arg(long, value_name = "FILE")]
        baseline: Option<PathBuf>,
        /// Record the current findings' fingerprints in FILE (and exit 0).
        #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
        write_baseline: Option<PathBuf>,
        /// Scan git history instead of files: every commit reachable from HEAD, or REV-RANGE
        /// (e.g. origin/main..HEAD).
        #[arg(long, value_name = "REV-RANGE", num_args = 0..=1, default_missing_value = "")]
        history: Option<String>,
        /// Report progress on stderr during a history scan (automatic on a terminal).
        #[arg(long)]
        progress: bool,
    },
    /// Allow a finding by its fingerprint (recorded in .keyhook.toml as a salted hash).
    Allow {
        #[arg(required_unless_present = "list")]
        fingerprint: Option<String>,
        /// Why this is not a secret (kept in .keyhook.toml for reviewers).
        #[arg(long)]
        reason: Option<String>,
        /// YYYY-MM-DD after which the entry stops allowing.
        #[arg(long)]
        expires: Option<String>,
        /// List entries, marking expired and stale ones.
        #[arg(long, conflicts_with_all = ["fingerprint", "reason", "expires"])]
        list: bool,
    },
    /// Install the pre-commit hook in this repository (never overwrites an existing hook).
    Install(InstallArgs),
    /// Remove keyhook's hook, restoring any hook it replaced.
    Uninstall(InstallArgs),
    /// Check this repository against the practices that keep keys out of git.
    Doctor {
        /// Apply the safe fixes (.gitignore lines, AI-assistant ignore files, the hook).
        #[arg(long)]
        fix: bool,
    },
}

#[derive(clap::Args)]
struct InstallArgs {
    /// Also the pre-push hook.
    #[arg(long)]
    pre_push: bool,
    /// Only the pre-push hook (not pre-commit).
    #[arg(long, conflicts_with = "pre_push")]
    pre_push_only: bool,
    /// The global hooks directory (core.hooksPath in your global git config): every repository.
    #[arg(long)]
    global: bool,
    /// Also every initialised submodule, recursively.
    #[arg(long, conflicts_with = "global")]
    recurse_submodules: bool,
}

impl InstallArgs {
    fn options(&self) -> commands::InstallOptions {
        let hooks = if self.pre_push_only {
            vec!["pre-push".to_string()]
        } else if self.pre_push {
            vec!["pre-commit".to_string(), "pre-push".to_string()]
        } else {
            vec!["pre-commit".to_string()]
        };
        commands::InstallOptions {
            hooks,
            global: self.global,
            recurse_submodules: self.recurse_submodules,
        }
    }
}

fn main() -> ExitCode {
    // A panic message could quote input: never print it, only where it happened.
    std::panic::set_hook(Box::new(|info| {
        let loc = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("keyhook: internal error at {loc} (details withheld: they could quote a secret)");
    }));
    let cli = Cli::parse();
    let hook = match &cli.command {
        Command::Run { hook, .. } => Some(hook.clone()),
        _ => None,
    };
    let result = std::panic::catch_unwind(move || match cli.command {
        Command::Run {
            hook,
            allow,
            format,
            rest,
        } => commands::run(&hook, &rest, &allow, format),
        Command::Scan {
            paths,
            format,
            allow,
            baseline,
            write_baseline,
            history,
            progress,
        } => match history {
            None => commands::scan(&paths, &allow, format, baseline, write_baseline),
            Some(_) if !paths.is_empty() => Err(keyhook::Error::Usage(
                "keyhook scan --history takes a revision range, not paths".into(),
            )),
            Some(_) if write_baseline.is_some() => Err(keyhook::Error::Usage(
                "--write-baseline works with file scans; run it without --history".into(),
            )),
            Some(range) => commands::scan_history(Some(&range), &allow, format, progress, baseline),
        },
        Command::Allow { list: true, .. } => commands::allow_list(),
        Command::Allow {
            fingerprint,
            reason,
            expires,
            ..
        } => commands::allow(
            fingerprint.as_deref().unwrap_or_default(),
            reason.as_deref(),
            expires.as_deref(),
        ),
        Command::Install(args) => commands::install(&args.options()),
        Command::Uninstall(args) => commands::uninstall(&args.options()),
        Command::Doctor { fix } => commands::doctor(fix),
    });
    match result {
        Ok(Ok(code)) => ExitCode::from(code as u8),
        Ok(Err(e)) => {
            eprint!("{}", commands::render_error(&e, hook.as_deref()));
            ExitCode::from(2)
        }
        Err(_) => {
            if let Some(h) = hook.as_deref() {
                eprint!(
                    "{}",
                    commands::render_error(
                        &keyhook::Error::Usage("keyhook crashed while checking".into()),
                        Some(h)
                    )
                );
            }
            ExitCode::from(2)
        }
    }
}
