//! The vocabulary of a run: targets, lock strategies, options, events,
//! reports and drift.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::bookkeeping::{Status, Table};
use crate::plan::Direction;
use crate::Revision;

/// What to migrate to: `head`, `heads`, `base`, or any other target of the
/// grammar (`ae10`, `ingest@head`, `+2`, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The one head (an error if there are several).
    Head,
    /// Every head.
    Heads,
    /// Before the first revision.
    Base,
    /// Any other target, as text.
    Spec(String),
}

impl Target {
    /// The target as the grammar spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Target::Head => "head",
            Target::Heads => "heads",
            Target::Base => "base",
            Target::Spec(spec) => spec,
        }
    }
}

impl From<&str> for Target {
    fn from(text: &str) -> Self {
        match text {
            "head" => Target::Head,
            "heads" => Target::Heads,
            "base" => Target::Base,
            other => Target::Spec(other.to_owned()),
        }
    }
}

impl From<String> for Target {
    fn from(text: String) -> Self {
        Target::from(text.as_str())
    }
}

impl From<&String> for Target {
    fn from(text: &String) -> Self {
        Target::from(text.as_str())
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How concurrent runners are kept apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum LockStrategy {
    /// The database's own lock: a session advisory lock polled with
    /// `pg_try_advisory_lock` on PostgreSQL, `GET_LOCK` on MySQL; SQLite
    /// takes its write lock per revision (`BEGIN IMMEDIATE`).
    #[default]
    Database,
    /// A lease row in a lock table (`<bookkeeping table>_lock`), for setups
    /// where session locks do not work: transaction-mode connection poolers,
    /// CockroachDB. The holder renews the lease after every revision; a
    /// runner that dies leaves the lease to expire, so `lease` must be longer
    /// than the slowest single revision.
    Table {
        /// How long a lease lasts without renewal.
        lease: Duration,
    },
    /// No lock: only for a database that nothing else migrates at the same
    /// time (a test database, a single-instance tool).
    DangerousNone,
}

/// Something a run reports as it goes; see [`Migrator::on_event`](super::Migrator::on_event).
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Event<'a> {
    /// Another runner holds the lock; sent every few seconds while waiting.
    LockWaiting {
        /// The holder as the database names it (`pid 4242`), when known.
        holder: Option<&'a str>,
        /// How long this runner has waited so far.
        waited: Duration,
    },
    /// The lock is taken.
    LockAcquired {
        /// How long it took.
        waited: Duration,
    },
    /// A revision starts.
    StepStarted {
        /// The revision.
        revision: &'a Revision,
        /// Up or down.
        direction: Direction,
        /// Its position in the plan (1-based) and the plan's length.
        position: (usize, usize),
    },
    /// A revision finished and is recorded.
    StepFinished {
        /// The revision.
        revision: &'a Revision,
        /// Up or down.
        direction: Direction,
        /// How long it took.
        elapsed: Duration,
    },
    /// Another runner applied (or reverted) this revision first.
    StepSkipped {
        /// The revision.
        revision: &'a Revision,
        /// Up or down.
        direction: Direction,
    },
}

pub(super) type EventSink = Arc<dyn Fn(&Event<'_>) + Send + Sync>;

/// The settings of a [`Migrator`](super::Migrator).
#[derive(Clone)]
pub struct Options {
    pub(super) table: Table,
    pub(super) lock: LockStrategy,
    pub(super) lock_timeout: Duration,
    pub(super) poll_interval: Duration,
    pub(super) atomic: bool,
    pub(super) allow_checksum_mismatch: bool,
    pub(super) allow_unknown: bool,
    pub(super) retry_failed: bool,
    pub(super) sync_every_revision: bool,
    pub(super) on_event: Option<EventSink>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            table: Table::default(),
            lock: LockStrategy::default(),
            lock_timeout: Duration::from_secs(600),
            poll_interval: Duration::from_millis(250),
            atomic: false,
            allow_checksum_mismatch: false,
            allow_unknown: false,
            retry_failed: false,
            sync_every_revision: false,
            on_event: None,
        }
    }
}

impl fmt::Debug for Options {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Options")
            .field("table", &self.table)
            .field("lock", &self.lock)
            .field("lock_timeout", &self.lock_timeout)
            .field("atomic", &self.atomic)
            .field("allow_checksum_mismatch", &self.allow_checksum_mismatch)
            .field("allow_unknown", &self.allow_unknown)
            .field("retry_failed", &self.retry_failed)
            .field("sync_every_revision", &self.sync_every_revision)
            .finish_non_exhaustive()
    }
}

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// The revisions applied or reverted, in order.
    pub steps: Vec<StepReport>,
    /// The current revisions afterwards (sorted).
    pub current: Vec<String>,
}

/// One revision of a [`Report`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepReport {
    /// The revision id.
    pub revision: String,
    /// Up or down.
    pub direction: Direction,
    /// How long it took (zero for a stamp).
    pub elapsed: Duration,
}

/// A difference between the database and this build, found before anything runs.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Drift {
    /// An applied revision whose file changed since.
    ChecksumMismatch {
        /// The revision id.
        revision: String,
        /// Its file.
        file: String,
        /// The checksum the database recorded.
        recorded: String,
        /// The checksum of the file in this build.
        expected: String,
    },
    /// A revision the database records and this build does not contain.
    Unknown {
        /// The revision id.
        revision: String,
    },
    /// A non-transactional revision that failed part-way, or whose runner
    /// was killed part-way.
    Failed {
        /// The revision id.
        revision: String,
        /// Its file, if this build knows it.
        file: Option<String>,
        /// `failed` or `running`.
        status: Status,
        /// What the runner recorded about the failure.
        detail: Option<String>,
    },
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Drift::ChecksumMismatch {
                revision,
                file,
                recorded,
                expected,
            } => write!(
                f,
                "revision '{revision}' ({file}) was edited after it was applied: \
                 the database recorded checksum {recorded}, the file now has {expected}"
            ),
            Drift::Unknown { revision } => write!(
                f,
                "revision '{revision}' is applied in the database but not part of this build \
                 (the database is ahead of this code, or its file was deleted)"
            ),
            Drift::Failed {
                revision,
                file,
                status,
                detail,
            } => {
                let file = file.as_deref().unwrap_or("unknown file");
                let what = match status {
                    Status::Running => {
                        "was interrupted part-way (its runner stopped before recording the end)"
                    }
                    _ => "failed part-way",
                };
                write!(f, "revision '{revision}' ({file}) {what}")?;
                if let Some(detail) = detail {
                    write!(f, ": {detail}")?;
                }
                write!(
                    f,
                    "; check the database, then mark it with 'stamp' (or 'repair') before running again"
                )
            }
        }
    }
}

/// The result of [`Migrator::check`](super::Migrator::check).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// The current revisions (sorted).
    pub current: Vec<String>,
    /// Revisions `upgrade heads` would apply, in order.
    pub pending: Vec<String>,
    /// Differences between the database and this build.
    pub drift: Vec<Drift>,
}

impl CheckReport {
    /// At the heads with no drift.
    pub fn is_up_to_date(&self) -> bool {
        self.pending.is_empty() && self.drift.is_empty()
    }
}
