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
mod program;
mod progress;
#[doc(hidden)]
pub mod squawk;
mod trace;

use std::ffi::OsString;
use std::process::ExitCode;

use migraph_core::Migrations;

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
    run_over(None, args)
}

/// Runs the CLI over a migration set embedded in the binary with
/// `migrations!()`, so an application can offer `myapp migrate upgrade
/// head` with no migration files on the host. `new` and `merge`, which
/// write files, are refused; `--dir` is ignored. Help and usage errors
/// name the program as `<app> migrate` (the application's file name, then
/// the first argument).
///
/// ```no_run
/// # use migraph_core::Migrations;
/// # static MIGRATIONS: std::sync::LazyLock<Migrations> = std::sync::LazyLock::new(|| Migrations::load("migrations").unwrap());
/// // In `main`, when the first argument is `migrate`:
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
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let program = program::set(args.first(), embedded.is_some());
    let command = cli::command(&args).bin_name(&program);
    let parsed = if args.iter().skip(1).any(|arg| arg == "new-migration") {
        // `cargo xtask new-migration --help` names the command as it was
        // typed: clap's help and usage errors come from a command of that
        // name; the arguments it accepts then parse as `new`.
        let named = command
            .clone()
            .mut_subcommand("new", |new| new.name("new-migration").alias("new"));
        named.try_get_matches_from(&args).and_then(|_| {
            // The first one is the command (a later one is a value).
            let at = args.iter().skip(1).position(|arg| arg == "new-migration");
            let args = args.iter().enumerate().map(|(i, arg)| match at {
                Some(at) if i == at + 1 => OsString::from("new"),
                _ => arg.clone(),
            });
            command.try_get_matches_from(args)
        })
    } else {
        command.try_get_matches_from(&args)
    }
    .and_then(|matches| <Cli as clap::FromArgMatches>::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version go to stdout with code 0; usage errors exit 2.
            let _ = err.print();
            return ExitCode::from(err.exit_code().clamp(0, 255) as u8);
        }
    };
    let mut stdout = output::PipeOut::new(std::io::stdout().lock());
    let outcome = trace::scope(|| commands::run(&cli, embedded, &mut stdout));
    match outcome {
        Ok(code) => ExitCode::from(code),
        // The reader went away (`history | head`): what it wanted it got.
        Err(_) if stdout.closed() => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            let label = output::paint("error", "1;31", output::use_color(&std::io::stderr()));
            for line in program::localize(&message).lines() {
                let line = line.strip_prefix("error: ").unwrap_or(line);
                eprintln!("{label}: {line}");
            }
            ExitCode::from(1)
        }
    }
}
