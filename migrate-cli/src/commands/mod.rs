//! One module per group of commands; each takes the parsed [`Cli`] and
//! writes to the given output.

mod graph;
mod new;

use std::io::Write;

use migrate_core::{GraphPolicy, Migrations};

use crate::cli::{Cli, Command};
use crate::Failure;

pub fn run(cli: &Cli, out: &mut dyn Write) -> Result<(), Failure> {
    match &cli.command {
        Command::New { .. } | Command::Merge { .. } => new::run(cli, out),
        Command::Heads { verbose } => graph::heads(&load(cli)?, cli.json, *verbose, out),
        Command::Branches { verbose } => graph::branches(&load(cli)?, cli.json, *verbose, out),
        Command::History { range, verbose } => {
            graph::history(&load(cli)?, cli.json, range.as_deref(), *verbose, out)
        }
        Command::Show { revision } => graph::show(&load(cli)?, cli.json, revision, out),
    }
}

pub fn policy(cli: &Cli) -> GraphPolicy {
    GraphPolicy::default()
        .allow_multiple_heads(cli.allow_multiple_heads)
        .allow_multiple_bases(cli.allow_multiple_bases)
}

/// Loads the directory with exactly the macro's checks.
pub fn load(cli: &Cli) -> Result<Migrations, Failure> {
    Ok(Migrations::load_with(&cli.dir, &policy(cli))?)
}
