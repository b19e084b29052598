//! The one error type of the crate.
//!
//! It names only plain values (problems, drift, a run's report), never the
//! runtime's machinery, so the pure modules stand on their own.

use crate::direction::Direction;
use crate::ledger::drift::Drift;
use crate::ledger::report::Report;
use crate::problem::Problems;
use crate::revision::MIN_PREFIX_LEN;

/// Everything that can go wrong while loading, resolving, planning or
/// running. The variants fall in four groups by what a caller does about
/// them ([`Error::kind`]): bad input, a run refused before anything ran,
/// a database state that needs a person, a database or connection failure.
///
/// Messages say what went wrong and the facts a caller needs (revision,
/// file, line, what the database said); which command resolves it is for
/// the program that shows them to say (the CLI adds it).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    // ---- Bad input: fix what was passed (the directory, a target, a name, a URL). ----
    /// The migration directory has problems; each names its file.
    #[error("{0}")]
    Invalid(Problems),

    /// The desired schema of autogenerate does not build from its SQL, or
    /// cannot be read.
    #[error("the desired schema {source_name} does not build: {message}")]
    DesiredSchema {
        /// The file (or `SQL text`, or the URL) it came from.
        source_name: String,
        /// What failed: the statement's line where known, and what the
        /// database or the file system said.
        message: String,
    },

    /// Autogenerate was given a scratch server of another dialect than the
    /// set's (a server dialect's scratch databases are made on it; SQLite's
    /// are in memory and take no server).
    #[error(
        "autogenerate replays the set on a scratch server of the set's own dialect; the dev database URL is {dialect}'s"
    )]
    AutogenerateUnsupported {
        /// The URL's dialect.
        dialect: crate::Dialect,
    },

    /// A target is not of the target grammar.
    #[error("invalid target '{target}': {reason}")]
    TargetSyntax {
        /// The target as given.
        target: String,
        /// What is wrong with it.
        reason: String,
    },

    /// No revision, prefix or branch label matches.
    #[error("no revision or branch label '{name}'{}", if name.len() < MIN_PREFIX_LEN { format!("; a partial revision id needs at least {MIN_PREFIX_LEN} characters") } else { String::new() })]
    UnknownTarget {
        /// The name that matched nothing.
        name: String,
    },

    /// A prefix matches several revisions.
    #[error(
        "'{prefix}' is ambiguous: it starts {}; give more characters",
        quote_list(candidates)
    )]
    AmbiguousPrefix {
        /// The prefix as given.
        prefix: String,
        /// The revisions it matches.
        candidates: Vec<String>,
    },

    /// `head` (or `<label>@head`) with several heads.
    #[error("'{target}' is ambiguous: {} heads ({}); use 'heads', '<branch>@head' or one revision", heads.len(), quote_list(heads))]
    MultipleHeads {
        /// The target as given.
        target: String,
        /// The heads it could mean.
        heads: Vec<String>,
    },

    /// `<label>@<rev>` where the revision is not on that branch.
    #[error("revision '{revision}' is not on branch '{branch}'")]
    NotOnBranch {
        /// The revision named.
        revision: String,
        /// The branch named.
        branch: String,
    },

    /// A relative walk reaches a branch point or a merge point.
    #[error("'{target}' is ambiguous: the walk from '{from}' reaches a {kind} ({}); name the revision instead", quote_list(choices))]
    AmbiguousWalk {
        /// The target as given.
        target: String,
        /// Where the walk stood.
        from: String,
        /// `branch point` or `merge point`.
        kind: &'static str,
        /// The ways the walk could go.
        choices: Vec<String>,
    },

    /// A relative walk leaves the graph.
    #[error("'{target}' walks past the {end} of the graph after {done} of {steps} steps")]
    WalkTooFar {
        /// The target as given.
        target: String,
        /// `base` or `head`.
        end: &'static str,
        /// Steps that were possible.
        done: u64,
        /// Steps asked for.
        steps: u64,
    },

    /// A target relative to the database's state when that state has several
    /// current revisions, or none.
    #[error(
        "'{target}' is relative to the current revision, but {}",
        describe_current(current)
    )]
    AmbiguousCurrent {
        /// The target as given.
        target: String,
        /// The current revisions.
        current: Vec<String>,
    },

    /// `upgrade -N` or `downgrade +N`.
    #[error("'{target}' points {points}; use {command}")]
    WrongDirection {
        /// The target as given.
        target: String,
        /// `up` or `down`.
        points: &'static str,
        /// The command that goes that way.
        command: &'static str,
    },

    /// A downgrade target that is not applied.
    #[error("'{target}' is not a valid downgrade target: {reason}")]
    NotDowngradeTarget {
        /// The target as given.
        target: String,
        /// Why.
        reason: String,
    },

    /// A table or schema name that is not a plain identifier.
    #[error("'{ident}' is not a valid table or schema name; use letters, digits and '_', starting with a letter, at most 63 characters")]
    InvalidIdentifier {
        /// The name as given.
        ident: String,
    },

    /// A database URL whose scheme names none of the supported databases.
    #[error("unsupported database URL scheme '{scheme}'; use postgres:// (or postgresql://, timescaledb://), mysql:// (or mariadb://) or sqlite:")]
    UnsupportedUrl {
        /// The URL's scheme, as given.
        scheme: String,
    },

    /// A database URL that does not parse.
    #[error("invalid database URL: {reason}")]
    InvalidUrl {
        /// What is wrong with it (never the password).
        reason: String,
    },

    /// A URL of a database whose driver this build does not have (its
    /// feature is off).
    #[cfg(feature = "runtime")]
    #[error("this build has no {} driver: turn on the '{}' feature of migraph", .dialect.product(), .dialect.name())]
    DriverNotCompiled {
        /// The database the URL names.
        dialect: crate::Dialect,
    },

    // ---- Refused before anything ran: nothing changed; ask differently. ----
    /// A downgrade would revert revisions that say `-- migrate:down irreversible`.
    #[error("cannot downgrade to '{target}': {} irreversible ('-- migrate:down irreversible'); nothing was run", describe_irreversible(revisions))]
    Irreversible {
        /// The target as given.
        target: String,
        /// `(revision, file)` of each irreversible revision in the way.
        revisions: Vec<(String, String)>,
    },

    /// The plan holds Rust code revisions whose functions this program
    /// does not have: a set loaded from a directory cannot run them.
    #[error("{} Rust code {}, which only the application that embeds the set with migrations!() can run (its 'migrate' command through migraph_cli::run_embedded, e.g. 'myapp migrate upgrade', or its start-up call): {}", if revisions.len() == 1 { "this plan holds a" } else { "this plan holds" }, if revisions.len() == 1 { "revision" } else { "revisions" }, revisions.iter().map(|(id, file)| format!("'{id}' ({file})")).collect::<Vec<_>>().join(", "))]
    CodeNotCompiled {
        /// `(revision, file)` of each code revision in the plan.
        revisions: Vec<(String, String)>,
    },

    /// Atomic mode asked of a database whose DDL commits implicitly.
    #[error("atomic mode is not available on {database}: DDL commits implicitly")]
    AtomicUnsupported {
        /// The database, as people name it.
        database: &'static str,
    },

    /// Atomic mode was asked for a plan with `transactional: false` revisions.
    #[error("atomic mode runs the whole plan in one transaction, which {} cannot join: {}", if revisions.len() == 1 { "this transactional: false revision" } else { "these transactional: false revisions" }, revisions.iter().map(|(id, file)| format!("'{id}' ({file})")).collect::<Vec<_>>().join(", "))]
    AtomicRefused {
        /// `(revision, file)` of each revision that must run outside a transaction.
        revisions: Vec<(String, String)>,
    },

    /// `repair` was asked of revisions whose rows it cannot change so; nothing
    /// was changed.
    #[error("nothing was repaired:{}", problems.iter().map(|(id, why)| format!("\n  - revision '{id}' {why}")).collect::<String>())]
    CannotRepair {
        /// `(revision, why)` for each revision refused.
        problems: Vec<(String, String)>,
    },

    /// `adopt` found the rows it would write do not match the graph or the
    /// database; nothing was recorded.
    #[error("adopt refused, nothing was recorded:{}", problems.iter().map(|p| format!("\n  {p}")).collect::<String>())]
    CannotAdopt {
        /// Each problem, in words.
        problems: Vec<String>,
    },

    // ---- The database's state needs a person: look, fix, then repair or stamp. ----
    /// The database does not match this build; nothing was run.
    #[error("the database does not match this build; nothing was run:{}", .0.iter().map(|d| format!("\n  - {d}")).collect::<String>())]
    Drift(Vec<Drift>),

    /// The database records revisions this build does not contain.
    #[error("the database has {} that this build does not know ({}): the database is ahead of this code, or a migration file was deleted", if revisions.len() == 1 { "a revision" } else { "revisions" }, quote_list(revisions))]
    UnknownApplied {
        /// The unknown ids.
        revisions: Vec<String>,
    },

    /// A statement of a revision failed, or a code revision's function
    /// returned an error (then [`StatementFailure::statement`] is empty).
    #[error("{0}")]
    Statement(Box<StatementFailure>),

    // ---- The database or the connection failed, or a lock was held too long: often worth running again. ----
    /// The database refused or failed an operation of the tool itself.
    #[cfg(feature = "runtime")]
    #[error("could not {doing}: {source}")]
    Database {
        /// What the tool was doing.
        doing: &'static str,
        /// The driver's error.
        #[source]
        source: sqlx::Error,
    },

    /// Another runner held the migration lock for longer than the timeout.
    #[cfg(feature = "runtime")]
    #[error("gave up waiting for the migration lock on {table} after {}s; it is held by {}", waited.as_secs(), holder.as_deref().unwrap_or("another session"))]
    LockTimeout {
        /// The bookkeeping table the lock guards.
        table: String,
        /// Who holds it, as the database names sessions.
        holder: Option<String>,
        /// How long this runner waited.
        waited: std::time::Duration,
    },

    /// A transactional revision timed out on a table lock on every attempt
    /// (its first and each retry); it is not applied.
    #[error("{failure}\n  gave up after {attempts} attempt{} waiting at most {} each for a table lock", if *attempts == 1 { "" } else { "s" }, format_timeout(*timeout))]
    TableLockTimeout {
        /// The last attempt's failure.
        failure: Box<StatementFailure>,
        /// How many times the revision ran.
        attempts: u32,
        /// The lock timeout of each attempt.
        timeout: std::time::Duration,
    },

    /// The lock-table lease expired during a revision and another runner
    /// took it; the run stopped after the revision that was running.
    #[error("the migration lease expired during a revision and was taken by {}; make the lease longer than the slowest revision{}", holder.as_deref().unwrap_or("nobody"), describe_done(report))]
    LeaseLost {
        /// Who holds the lease now.
        holder: Option<String>,
        /// What this run applied or reverted before it stopped (it stays so).
        report: Report,
    },
}

/// What a caller does about an [`Error`]: the group its variant belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Bad input: a migration directory with problems, or a target, a name
    /// or a URL that does not parse or resolve. Fix what was passed.
    Input,
    /// The run was refused before anything ran, and nothing changed: the
    /// plan cannot run as asked (an irreversible revision in the way, a
    /// mode the database cannot do, code this program does not have).
    Refused,
    /// The database's state needs a person: it drifted from this build, or
    /// a revision failed (and, where it could not be rolled back, its row
    /// says so and later runs stop). Look, fix, then repair or stamp.
    NeedsPerson,
    /// The database or the connection failed, or another session held a
    /// lock too long. Often worth running again.
    Database,
}

impl Error {
    /// The group of this error, by what a caller does about it.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Invalid(_)
            | Error::TargetSyntax { .. }
            | Error::UnknownTarget { .. }
            | Error::AmbiguousPrefix { .. }
            | Error::MultipleHeads { .. }
            | Error::NotOnBranch { .. }
            | Error::AmbiguousWalk { .. }
            | Error::WalkTooFar { .. }
            | Error::AmbiguousCurrent { .. }
            | Error::WrongDirection { .. }
            | Error::NotDowngradeTarget { .. }
            | Error::InvalidIdentifier { .. }
            | Error::UnsupportedUrl { .. }
            | Error::InvalidUrl { .. }
            | Error::DesiredSchema { .. } => ErrorKind::Input,
            #[cfg(feature = "runtime")]
            Error::DriverNotCompiled { .. } => ErrorKind::Input,
            Error::Irreversible { .. }
            | Error::CodeNotCompiled { .. }
            | Error::AtomicUnsupported { .. }
            | Error::AtomicRefused { .. }
            | Error::CannotRepair { .. }
            | Error::CannotAdopt { .. }
            | Error::AutogenerateUnsupported { .. } => ErrorKind::Refused,
            Error::Drift(_) | Error::UnknownApplied { .. } | Error::Statement(_) => {
                ErrorKind::NeedsPerson
            }
            Error::TableLockTimeout { .. } | Error::LeaseLost { .. } => ErrorKind::Database,
            #[cfg(feature = "runtime")]
            Error::Database { .. } | Error::LockTimeout { .. } => ErrorKind::Database,
        }
    }
}

/// Where and why a statement of a revision failed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct StatementFailure {
    /// The revision.
    pub revision: String,
    /// Its file.
    pub file: String,
    /// The 1-based line of the statement (or of the error in it) in the file.
    pub line: u32,
    /// Applying or reverting.
    pub direction: Direction,
    /// The statement as sent; empty for a code revision.
    pub statement: String,
    /// The database's message.
    pub message: String,
    /// What the database adds to its message (PostgreSQL's DETAIL, HINT and
    /// CONTEXT), where it does.
    pub diagnostics: Diagnostics,
    /// Whether the revision is now recorded as failed (a person must resolve it).
    pub recorded_failed: bool,
    /// Whether the database gave up waiting for a table lock (PostgreSQL
    /// `lock_timeout`, MySQL lock wait timeout).
    pub lock_timeout: bool,
    /// The database's code for the error, where it gives one (PostgreSQL's
    /// and MySQL's SQLSTATE, SQLite's result code).
    pub code: Option<String>,
    /// Whether the database commits DDL implicitly (MySQL), so earlier
    /// statements of the revision may have stayed.
    pub mysql_implicit_commit: bool,
    /// Revisions this run applied (or reverted) before the failure; they stay so.
    pub applied: Vec<String>,
}

/// What a database adds to an error message (PostgreSQL's DETAIL, HINT and
/// CONTEXT fields); empty for databases that say nothing more.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Diagnostics {
    /// More about the error (a conflicting key, the failing row).
    pub detail: Option<String>,
    /// What to do about it.
    pub hint: Option<String>,
    /// Where it happened: the function or `DO` block and its line.
    pub context: Option<String>,
}

impl StatementFailure {
    /// Where and why it failed, without what it means for the bookkeeping:
    /// the file line, the revision, the database's message, the statement
    /// and what the database adds.
    pub fn cause(&self) -> Cause<'_> {
        Cause(self)
    }
}

/// [`StatementFailure::cause`]: where and why a statement failed.
#[derive(Debug, Clone, Copy)]
pub struct Cause<'f>(&'f StatementFailure);

impl std::fmt::Display for Cause<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let failure = self.0;
        let verb = match failure.direction {
            Direction::Up => "applying",
            Direction::Down => "reverting",
        };
        write!(
            f,
            "{}:{}: {verb} revision '{}' failed: {}",
            failure.file, failure.line, failure.revision, failure.message
        )?;
        if let Some(first) = failure.statement.lines().next() {
            let more = if failure.statement.lines().nth(1).is_some() {
                " …"
            } else {
                ""
            };
            write!(f, "\n  statement: {first}{more}")?;
        }
        let d = &failure.diagnostics;
        for (label, text) in [
            ("detail", &d.detail),
            ("hint", &d.hint),
            ("context", &d.context),
        ] {
            if let Some(text) = text {
                write!(f, "\n  {label}: {}", text.replace('\n', "\n    "))?;
            }
        }
        Ok(())
    }
}

impl std::fmt::Display for StatementFailure {
    /// The cause, then what it means for the database: whether earlier
    /// statements may have stayed (MySQL), whether the revision is recorded
    /// as failed, what the run applied before it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.cause())?;
        if self.mysql_implicit_commit {
            f.write_str(
                "\n  MySQL commits DDL implicitly: statements of this revision before the failing one may have stayed applied",
            )?;
        }
        if self.recorded_failed {
            f.write_str(
                "\n  the revision is recorded as failed; later runs stop until it is resolved",
            )?;
        } else {
            f.write_str("\n  the revision was rolled back and is not recorded")?;
        }
        let n = self.applied.len();
        if n > 0 {
            let (s, verb) = if n == 1 { ("", "stays") } else { ("s", "stay") };
            write!(
                f,
                "\n  {n} revision{s} before it in this run {verb} applied"
            )?;
        }
        Ok(())
    }
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

pub(crate) fn quote_list(items: &[String]) -> String {
    const SHOWN: usize = 8;
    let mut out: Vec<String> = items.iter().take(SHOWN).map(|s| format!("'{s}'")).collect();
    if items.len() > SHOWN {
        out.push(format!("and {} more", items.len() - SHOWN));
    }
    out.join(", ")
}

fn describe_current(current: &[String]) -> String {
    if current.is_empty() {
        "nothing is applied".to_owned()
    } else {
        format!(
            "the database has {} current revisions ({}); use '<revision>+N', '<revision>-N' or '<branch>@+N'",
            current.len(),
            quote_list(current)
        )
    }
}

fn describe_irreversible(revisions: &[(String, String)]) -> String {
    let list: Vec<String> = revisions
        .iter()
        .map(|(id, file)| format!("'{id}' ({file})"))
        .collect();
    let verb = if revisions.len() == 1 { "is" } else { "are" };
    format!("{} {verb}", list.join(", "))
}

fn describe_done(report: &Report) -> String {
    match report.steps.len() {
        0 => String::new(),
        1 => "; 1 revision of this run stays applied".to_owned(),
        n => format!("; {n} revisions of this run stay applied"),
    }
}

/// `5s`, `250ms`.
fn format_timeout(timeout: std::time::Duration) -> String {
    if timeout.subsec_millis() == 0 {
        format!("{}s", timeout.as_secs())
    } else {
        format!("{}ms", timeout.as_millis())
    }
}
