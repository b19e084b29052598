//! Arguments, as clap reads them.

// These doc comments are clap's help text, where `<NAME>` is plain text,
// not an HTML tag.
#![allow(rustdoc::invalid_html_tags)]

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Manage a database schema as a graph of SQL revisions, checked like code.
#[derive(Debug, Parser)]
#[command(name = "migrate", version, about, max_term_width = 100)]
pub struct Cli {
    /// The migration directory.
    #[arg(long, global = true, default_value = "migrations", value_name = "PATH")]
    pub dir: PathBuf,

    /// More detail: every field of each revision (heads, branches, history),
    /// and which database and bookkeeping table a command uses (the URL's
    /// password masked).
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// Print machine-readable JSON instead of text.
    #[arg(long, global = true)]
    pub json: bool,

    /// Use the named migration set: the directory <dir>/<NAME>, and the URL from
    /// --database-url, else env DATABASE_URL_<NAME>.
    #[arg(long, global = true, value_name = "NAME")]
    pub database: Option<String>,

    /// The database (default: env DATABASE_URL, else the SQLite file migrate.db here).
    /// SQLAlchemy forms such as postgresql+asyncpg:// are accepted.
    #[arg(long, global = true, value_name = "URL")]
    pub database_url: Option<String>,

    /// Keep the bookkeeping in this table (default migrate_revisions).
    #[arg(long, global = true, value_name = "NAME")]
    pub table: Option<String>,

    /// Keep the bookkeeping table in this schema.
    #[arg(long, global = true, value_name = "NAME")]
    pub schema: Option<String>,

    /// Seconds to wait for another runner's migration lock.
    #[arg(long, global = true, default_value_t = 600, value_name = "SECS")]
    pub lock_timeout: u64,

    /// Accept several heads without branch labels (as `migrations!(.., allow_multiple_heads)`).
    #[arg(long, global = true)]
    pub allow_multiple_heads: bool,

    /// Accept several bases without branch labels (as `migrations!(.., allow_multiple_bases)`).
    #[arg(long, global = true)]
    pub allow_multiple_bases: bool,

    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a new revision whose down_revision is the current head.
    New {
        /// What the revision does (becomes the message and the file's slug).
        #[arg(short, long)]
        message: String,
        /// The revision to build on (any target naming one revision) when there are several heads.
        #[arg(long, value_name = "REV")]
        head: Option<String>,
        /// Start a branch with this label.
        #[arg(long, value_name = "LABEL")]
        branch_label: Vec<String>,
        /// Revisions (or branch labels) this one depends on besides its parent.
        #[arg(long, value_name = "REV")]
        depends_on: Vec<String>,
        /// Use this id instead of a generated, time-ordered one.
        #[arg(long, value_name = "ID")]
        rev_id: Option<String>,
    },
    /// Write a merge revision joining several heads (default: all of them).
    Merge {
        /// The revisions to merge, or `heads`.
        #[arg(value_name = "REV", default_value = "heads")]
        revisions: Vec<String>,
        /// What the merge is for.
        #[arg(short, long)]
        message: String,
        /// Use this id instead of a generated one.
        #[arg(long, value_name = "ID")]
        rev_id: Option<String>,
        /// Label the merge revision.
        #[arg(long, value_name = "LABEL")]
        branch_label: Vec<String>,
    },
    /// List the heads.
    Heads,
    /// List the branch points and where they lead.
    Branches,
    /// The graph, newest first, with (head), (branchpoint) and (mergepoint) marks.
    History {
        /// Only revisions in `start:end` (either side may be empty).
        #[arg(short = 'r', long = "rev-range", value_name = "START:END")]
        range: Option<String>,
    },
    /// Apply revisions up to a target (default head).
    Upgrade {
        /// `head`, `heads`, a revision, `<branch>@head`, `+N`, …; with --sql, also `start:end`.
        #[arg(default_value = "head", allow_negative_numbers = true)]
        target: String,
        /// Print the plan without touching the database.
        #[arg(long)]
        dry_run: bool,
        /// Print the SQL that would run, bookkeeping included, without a database.
        #[arg(long)]
        sql: bool,
        /// Run the whole upgrade in one transaction (PostgreSQL, SQLite).
        #[arg(long)]
        atomic: bool,
        /// Wait for every revision's commit to reach the disk, not only the
        /// run's last one (PostgreSQL; slower, one flush per revision).
        #[arg(long)]
        sync_every_revision: bool,
    },
    /// Revert revisions down to a target.
    Downgrade {
        /// `base`, a revision, `-N`, `<branch>@base`, …; with --sql, `start:end`.
        #[arg(allow_negative_numbers = true)]
        target: String,
        /// Print the plan without touching the database.
        #[arg(long)]
        dry_run: bool,
        /// Print the SQL that would run (needs `start:end`), without a database.
        #[arg(long)]
        sql: bool,
        /// Run the whole downgrade in one transaction (PostgreSQL, SQLite).
        #[arg(long)]
        atomic: bool,
        /// Wait for every revision's commit to reach the disk, not only the
        /// run's last one (PostgreSQL; slower, one flush per revision).
        #[arg(long)]
        sync_every_revision: bool,
    },
    /// The database's current revisions.
    Current,
    /// Set the bookkeeping to a target without running SQL.
    Stamp {
        /// The revision(s) to mark as current.
        target: String,
        /// Forget every recorded revision first.
        #[arg(long)]
        purge: bool,
    },
    /// Exit 0 when the database is at the heads with no drift, 3 when
    /// revisions are pending, 1 on drift.
    Check,
    /// Set up a crate for migrations!(): the migration directory (--dir), a
    /// build.rs that re-checks it, an xtask, and .gitattributes.
    Init {
        /// The crate to set up.
        #[arg(long, default_value = ".", value_name = "PATH")]
        path: PathBuf,
        /// Use path dependencies on this checkout of migrate (for its own tests).
        #[arg(long, hide = true, value_name = "PATH")]
        migrate_path: Option<PathBuf>,
        /// Write migrate.toml declaring the SQL dialect (postgres, sqlite,
        /// mysql): the build then checks every revision's SQL.
        #[arg(long, value_name = "DIALECT", value_parser = ["postgres", "sqlite", "mysql"])]
        dialect: Option<String>,
    },
    /// Print a completion script for a shell (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Everything about one revision, its SQL included.
    Show {
        /// A revision id, unique prefix, branch label, `head`, …
        #[arg(value_name = "REV")]
        revision: String,
    },
}
