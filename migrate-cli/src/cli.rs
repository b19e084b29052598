//! Arguments, as clap reads them.

// These doc comments are clap's help text, where `<NAME>` is plain text,
// not an HTML tag.
#![allow(rustdoc::invalid_html_tags)]

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Manage a database schema as a graph of SQL revisions, checked like code.
#[derive(Debug, Parser)]
#[command(name = "migraph", version, max_term_width = 100)]
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

    /// Keep the bookkeeping table in this database schema (formerly
    /// --schema, which now names autogenerate's desired schema).
    #[arg(long, global = true, value_name = "NAME")]
    pub table_schema: Option<String>,

    /// Seconds to wait for another runner's migration lock.
    #[arg(long, global = true, default_value_t = 600, value_name = "SECS")]
    pub lock_timeout: u64,

    /// Accept several heads without branch labels (as `migrations!(.., allow_multiple_heads)`).
    #[arg(long, global = true)]
    pub allow_multiple_heads: bool,

    /// Accept several bases without branch labels (as `migrations!(.., allow_multiple_bases)`).
    #[arg(long, global = true)]
    pub allow_multiple_bases: bool,

    /// Many databases at once: --each, --each-schema, --jobs, …
    #[command(flatten)]
    pub each: crate::fleet::EachArgs,

    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// The command line as clap reads it: [`Cli`]'s. For the help of `init`
/// (`init --help`, `help init`), the global options that mean nothing to it
/// (databases, bookkeeping, fleets) are left out.
pub fn command(args: &[std::ffi::OsString]) -> clap::Command {
    let command = <Cli as clap::CommandFactory>::command();
    let has = |word: &str| args.iter().skip(1).any(|arg| arg == word);
    let init_help = has("init") && (has("--help") || has("-h") || has("help"));
    if !init_help {
        return command;
    }
    let unrelated: Vec<clap::Id> = command
        .get_arguments()
        .filter(|arg| arg.is_global_set())
        .filter(|arg| !matches!(arg.get_id().as_str(), "dir" | "database"))
        .map(|arg| arg.get_id().clone())
        .collect();
    unrelated.iter().fold(command, |command, id| {
        command.mut_arg(id, |arg| arg.hide(true))
    })
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a new revision whose down_revision is the current head
    /// (alias: revision, as in Alembic).
    #[command(visible_alias = "revision")]
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
        /// Write a Rust code revision (`.rs`, for data migrations and
        /// backfills), run by the application that embeds the set.
        #[arg(long, conflicts_with = "autogenerate")]
        rust: bool,
        /// Write the revision(s) from the difference between the head and
        /// the desired schema (PostgreSQL, MySQL/MariaDB, SQLite in memory):
        /// the chain is replayed on a
        /// scratch database, the desired schema built there or in another, and what
        /// is written is proven both ways first. Several files when the
        /// change needs them (indexes built CONCURRENTLY, constraints
        /// validated after NOT VALID). Lines '-- review: ...' mark what a
        /// person must decide; the build refuses them until deleted.
        #[arg(long)]
        autogenerate: bool,
        #[command(flatten)]
        desired: Desired,
    },
    /// Write a merge revision joining several heads (default: all of them).
    Merge {
        /// The revisions to merge, or `heads`.
        #[arg(value_name = "REV", default_value = "heads")]
        revisions: Vec<String>,
        /// What the merge is for (default: "merge <the revisions>").
        #[arg(short, long)]
        message: Option<String>,
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
        /// Only revisions in `start:end` (either side may be empty; `current`
        /// names the database's current revisions, as in `-r current:`).
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
    /// The database's current revisions, and any failed or interrupted
    /// one; with -v, each one's file, applied-at time and duration.
    Current,
    /// Set the bookkeeping to a target without running SQL.
    Stamp {
        /// The revision(s) to mark as current: a revision, `heads`, `base`,
        /// `-N` (N steps down from the current revision), …
        #[arg(allow_negative_numbers = true)]
        target: String,
        /// Forget every recorded revision first.
        #[arg(long)]
        purge: bool,
    },
    /// Report statements that are valid but dangerous on a live database:
    /// locks that block writes, table rewrites, validation scans,
    /// backward-incompatible drops and renames, missing lock timeouts.
    /// With a database (--database-url or DATABASE_URL), only its pending
    /// revisions, ranked by the size of the tables they would block. Exit 1
    /// when a finding's rule is set to deny in migrate.toml.
    Lint,
    /// Exit 0 when the database is at the heads with no drift, 3 when
    /// revisions are pending, 1 on drift.
    ///
    /// Unlike Alembic's `check`, which compares the ORM models with the
    /// database to find changes autogenerate would write, this compares the
    /// database's applied revisions with the migration directory: pending
    /// revisions, edited or unknown applied revisions, failed runs. It also
    /// refuses a directory the macro would not compile (several unlabelled
    /// heads).
    ///
    /// With --schema or --from-url, Alembic's sense instead, for CI: exit 0
    /// when the chain's head has the desired schema, 3 when a revision is
    /// missing, naming each difference (no database is read but scratch
    /// ones on the --dev-url server).
    Check {
        #[command(flatten)]
        desired: Desired,
    },
    /// Prove that every down undoes its up: on a scratch database made on the
    /// server of --database-url (CREATE DATABASE migrate_verify_<unique>; for
    /// SQLite a temporary file), apply each revision's up, its down, compare
    /// the schema with the one before the up, and apply the up again. Names
    /// every difference; exits 1 if any down does not restore the schema or a
    /// section fails. The scratch database is dropped on every path, Ctrl-C
    /// included. When --database-url names an empty PostgreSQL database, the
    /// walk runs there in one transaction that is rolled back, unless the set
    /// needs a commit per revision (a non-transactional revision, an enum
    /// value added, ...; --verbose says which).
    Verify {
        /// SQL to run in the scratch database (or the transaction) first: what
        /// the history expects to exist before its first revision (e.g.
        /// "CREATE EXTENSION pg_trgm").
        #[arg(long, value_name = "SQL")]
        prepare: Option<String>,
    },
    /// Fix the bookkeeping by hand, under the migration lock: accept the
    /// edited checksum of applied revisions, or mark failed or interrupted
    /// revisions applied or not applied. Prints one line per change; applied-at
    /// times and durations are kept.
    #[command(group(clap::ArgGroup::new("repair").required(true).args(["accept_checksum", "applied", "not_applied"])))]
    Repair {
        /// The revisions to repair (ids, unique prefixes or their random parts).
        #[arg(value_name = "REV", required = true)]
        revisions: Vec<String>,
        /// Record each file's current checksum (after checking the edit is harmless).
        #[arg(long)]
        accept_checksum: bool,
        /// Mark failed or interrupted revisions applied: you finished them by hand.
        #[arg(long)]
        applied: bool,
        /// Forget failed or interrupted revisions: you undid what of them ran.
        #[arg(long)]
        not_applied: bool,
    },
    /// Set up a crate for migrations!(): the migration directory (--dir, or
    /// <dir>/<NAME> with --database NAME), migrate.toml, a build.rs that
    /// re-checks it, an xtask, and .gitattributes.
    Init {
        /// The crate to set up.
        #[arg(long, default_value = ".", value_name = "PATH")]
        path: PathBuf,
        /// Use path dependencies on this checkout of migraph (for its own tests).
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
    /// Convert another tool's history into a migration directory (written to --dir).
    Import {
        /// The tool that keeps the history.
        #[arg(value_enum)]
        tool: crate::import::Tool,
        /// Its migration directory (Alembic: the project with alembic.ini).
        #[arg(value_name = "SOURCE")]
        source: PathBuf,
        /// Alembic: read this saved `alembic upgrade heads --sql` output instead of running Alembic.
        #[arg(long, value_name = "FILE")]
        upgrade_sql: Option<PathBuf>,
        /// Alembic: read this saved `alembic downgrade heads:base --sql` output.
        #[arg(long, value_name = "FILE")]
        downgrade_sql: Option<PathBuf>,
    },
    /// Record what another tool applied to a database as applied here, without running SQL.
    Adopt {
        /// The tool whose table to read.
        #[arg(value_enum)]
        tool: crate::import::Tool,
        /// Show what would be recorded, and change nothing.
        #[arg(long)]
        dry_run: bool,
        /// The other tool's migration directory: compare its files with what was applied.
        #[arg(long, value_name = "DIR")]
        source: Option<PathBuf>,
    },
    /// Everything about one revision, its SQL included.
    Show {
        /// A revision id, unique prefix, branch label, `head`, …
        #[arg(value_name = "REV")]
        revision: String,
    },
}

/// Where autogenerate's desired schema comes from, and where it works.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Desired {
    /// The desired schema: a SQL file that builds it from an empty database
    /// (`pg_dump --schema-only` or `mysqldump --no-data` output as it is), or a directory of `.sql`
    /// files run in name order. Without a value (or without the flag), the
    /// `schema` of `[autogenerate]` in migrate.toml.
    #[arg(long, value_name = "PATH", num_args = 0..=1, conflicts_with = "from_url")]
    pub schema: Option<Option<PathBuf>>,
    /// A database whose schema is the desired one (read, never written).
    #[arg(long, value_name = "URL")]
    pub from_url: Option<String>,
    /// The server the scratch databases are made on (default:
    /// `dev_url` of `[autogenerate]` in migrate.toml, else --database-url /
    /// DATABASE_URL's server). Its user needs CREATEDB (MySQL: CREATE and DROP).
    #[arg(long, value_name = "URL")]
    pub dev_url: Option<String>,
}

impl Desired {
    /// Whether any of the flags was given.
    pub fn any(&self) -> bool {
        self.schema.is_some() || self.from_url.is_some() || self.dev_url.is_some()
    }
}
