//! The commands of `cargo xtask` that run revisions (`upgrade`,
//! `downgrade`, `verify`, and autogenerate's `new --autogenerate` and
//! `check --schema`, which replay the chain) go through `examples/app`, the binary that
//! embeds `migrations/`: its Rust code revision is compiled into that
//! binary, which the CLI on a directory never has (it refuses to run one).
//! `cargo run` builds the binary first, so the macro checks the live
//! directory before anything runs.

use std::path::Path;
use std::process::{Command, ExitCode};

use clap::Parser;
use migraph_cli::{Cli, Command as CliCommand};

/// Whether the command line (after `cargo xtask`) runs revisions of this
/// repository's `migrations/` (not of another `--dir` or `--database`).
pub fn runs_revisions(args: &[String]) -> bool {
    let Ok(cli) =
        Cli::try_parse_from(std::iter::once("cargo xtask").chain(args.iter().map(String::as_str)))
    else {
        // The CLI prints the usage error.
        return false;
    };
    let replays = match &cli.command {
        CliCommand::Upgrade { .. } | CliCommand::Downgrade { .. } | CliCommand::Verify { .. } => {
            true
        }
        CliCommand::New { autogenerate, .. } => *autogenerate,
        CliCommand::Check { desired } => desired.any(),
        _ => false,
    };
    replays && cli.dir == Path::new("migrations") && cli.database.is_none()
}

/// `cargo run --package example-app -- migrate <args>` in the repository
/// root, with the CLI's exit code (a failed build is an error, 1).
pub fn run(args: &[String]) -> ExitCode {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args([
            "run",
            "--quiet",
            "--package",
            "example-app",
            "--",
            "migrate",
        ])
        .args(args)
        .status();
    match status {
        Ok(status) => match status.code() {
            Some(code @ 0..=3) => ExitCode::from(code as u8),
            _ => ExitCode::FAILURE,
        },
        Err(err) => {
            eprintln!("error: cannot run cargo to build examples/app: {err}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::runs_revisions;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn only_commands_that_run_this_repository_s_revisions_go_to_the_app() {
        for line in [
            "upgrade",
            "upgrade head --dry-run",
            "downgrade -1",
            "verify --database-url postgres://localhost/x",
            "--json upgrade --sql base:head",
            "new --autogenerate -m x --schema schema.sql",
            "check --schema schema.sql",
        ] {
            assert!(runs_revisions(&args(line)), "{line}");
        }
        for line in [
            "history",
            "new -m x",
            "current",
            "stamp head",
            "check",
            "--dir other upgrade",
            "--database timescale upgrade",
            "upgrade --no-such-flag",
        ] {
            assert!(!runs_revisions(&args(line)), "{line}");
        }
    }
}
