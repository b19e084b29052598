//! The `migrate` command line as a library: [`run`] takes the arguments a
//! binary got and returns its exit code, so `cargo xtask` and applications
//! can expose the same commands.
//!
//! Exit codes: 0 success, 1 error, 2 usage error, 3 from `check` when
//! revisions are pending.

mod cli;
mod commands;
mod database;
mod output;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;

pub use crate::cli::{Cli, Command};

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
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version go to stdout with code 0; usage errors exit 2.
            let _ = err.print();
            return ExitCode::from(err.exit_code().clamp(0, 255) as u8);
        }
    };
    let mut stdout = std::io::stdout().lock();
    match commands::run(&cli, &mut stdout) {
        Ok(code) => ExitCode::from(code),
        Err(Failure(message)) => {
            for line in message.lines() {
                if line.starts_with("error: ") {
                    eprintln!("{line}");
                } else {
                    eprintln!("error: {line}");
                }
            }
            ExitCode::from(1)
        }
    }
}
