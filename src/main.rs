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
        /// Scan git history instead of files: every commit reachable from HEAD, or REV-RANGE
        /// (e.g. origin/main..HEAD).
        #[arg(long, value_name = "REV-RANGE", num_args = 0..=1, default_missing_value = "")]
        history: Option<String>,
        /// Report progress on stderr during a history scan (automatic on a terminal).
        #[arg(long)]
        progress: bool,
    },
    /// Install the pre-commit hook in this repository.
    Install,
    /// Remove keyhook's hook, restoring any hook it replaced.
    Uninstall,
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
            history: Some(range),
            progress,
        } => {
            if !paths.is_empty() {
                return Err(keyhook::Error::Usage(
                    "keyhook scan --history takes a revision range, not paths".into(),
                ));
            }
            commands::scan_history(Some(&range), &allow, format, progress)
        }
        Command::Scan {
            paths,
            format,
            allow,
            history: None,
            progress: _,
        } => commands::scan(&paths, &allow, format),
        Command::Install => commands::install(&["pre-commit"]),
        Command::Uninstall => commands::uninstall(&["pre-commit"]),
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
