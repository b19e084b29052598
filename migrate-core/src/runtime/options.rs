//! How a run is configured: the bookkeeping table, the lock strategy and
//! its timeouts, the overrides, and where its reports go.

use std::fmt;
use std::time::Duration;

use super::observe::Observer;
use crate::ledger::{Table, Tolerance};
use crate::DatabaseUrl;

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

/// The settings of a [`Migrator`](super::Migrator).
#[derive(Clone)]
pub struct Options {
    pub(super) table: Table,
    pub(super) lock: LockStrategy,
    pub(super) lock_timeout: Duration,
    pub(super) poll_interval: Duration,
    pub(super) atomic: bool,
    pub(super) tolerance: Tolerance,
    pub(super) retry_failed: bool,
    pub(super) sync_every_revision: bool,
    /// How long a statement of a transactional revision may wait for a
    /// table lock; `None` leaves the database's setting alone.
    pub(super) table_lock_timeout: Option<Duration>,
    /// How many times a revision that timed out on a table lock runs again.
    pub(super) table_lock_retries: u32,
    /// The first wait before such a retry; it doubles each time.
    pub(super) table_lock_backoff: Duration,
    pub(super) observer: Observer,
    /// The user's database the revisions are for: autogenerate asks it
    /// which tables hold rows. `None`: only the replayed history is asked.
    pub(super) target_database: Option<DatabaseUrl>,
    /// The revision autogenerate replays the chain to and writes on;
    /// `None`: the heads.
    pub(super) autogenerate_head: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            table: Table::default(),
            lock: LockStrategy::default(),
            lock_timeout: Duration::from_secs(600),
            poll_interval: Duration::from_millis(250),
            atomic: false,
            tolerance: Tolerance::NONE,
            retry_failed: false,
            sync_every_revision: false,
            table_lock_timeout: None,
            table_lock_retries: 0,
            table_lock_backoff: Duration::from_millis(500),
            observer: Observer::default(),
            target_database: None,
            autogenerate_head: None,
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
            .field("tolerance", &self.tolerance)
            .field("retry_failed", &self.retry_failed)
            .field("sync_every_revision", &self.sync_every_revision)
            .field("table_lock_timeout", &self.table_lock_timeout)
            .field("table_lock_retries", &self.table_lock_retries)
            .field("target_database", &self.target_database)
            .field("autogenerate_head", &self.autogenerate_head)
            .finish_non_exhaustive()
    }
}
