//! The `migraph` command line as a library: [`run`] takes the arguments a
//! binary got and returns its exit code, so `cargo xtask` and applications
//! can expose the same commands.
//!
//! Exit codes: 0 success, 1 error, 2 usage error, 3 from `check` when
//! revisions are pending.

mod adopt;
mod advice;
mod cli;
mod commands;
mod database;
mod fleet;
pub mod import;
mod output;
mod progress;
#[doc(hidden)]
pub mod squawk;
mod trace;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;
use migraph_core::Migrations;

pub use crate::cli::{Cli, Command, Desired};

/// An error a command reports; printed as `error: <message>` with exit code 1.
#[derive(Debug)]
pub struct Failure(pub String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(err: E) -> Self {
        Failure(err.to_string())
    }
}

/// Runs the CLI with these arguments (the first is the program name) and
/// returns the process exit code.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    run_over(None, args)
}

/// Runs the CLI over a migration set embedded in the binary with
/// `migrations!()`, so an application can offer `myapp migrate upgrade
/// head` with no migration files on the host. `new` and `merge`, which
/// write files, are refused; `--dir` is ignored.
///
/// ```no_run
/// # use migraph_core::Migrations;
/// # static MIGRATIONS: std::sync::LazyLock<Migrations> = std::sync::LazyLock::new(|| Migrations::load("migrations").unwrap());
/// // In `main`, when the first argument is `migraph`:
/// let args = std::env::args_os().skip(1); // "migrate", "upgrade", "head", …
/// let code = migraph_cli::run_embedded(&MIGRATIONS, args);
/// ```
pub fn run_embedded<I, T>(migrations: &Migrations, args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    run_over(Some(migrations), args)
}

fn run_over<I, T>(embedded: Option<&Migrations>, args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version go to stdout with code 0; usage errors exit 2.
            let _ = err.print();
            return ExitCode::from(err.exit_code().clamp(0, 255) as u8);
        }
    };
    let outcome = trace::scope(|| commands::run(&cli, embedded, &mut std::io::stdout().lock()));
    match outcome {
        Ok(code) => ExitCode::from(code),
        Err(Failure(message)) => {
            let label = output::paint("error", "1;31", output::use_color(&std::io::stderr()));
            for line in message.lines() {
                let line = line.strip_prefix("error: ").unwrap_or(line);
                eprintln!("{label}: {line}");
            }
            ExitCode::from(1)
        }
    }
}
