//! The one retry loop of a run. What may be tried again, and how:
//!
//! - SQLite says another writer holds the database (`SQLITE_BUSY` at
//!   `BEGIN IMMEDIATE`, or while creating the bookkeeping table): try
//!   again every poll interval, up to the lock timeout (the connection's
//!   busy timeout alone may be shorter than another runner's revision);
//! - a transactional revision gave up waiting for a table lock (its
//!   `table_lock_timeout`): run it again, up to `table_lock_retries` times,
//!   after 0.5 s, 1 s, 2 s, ... (at most 30 s). A statement queued behind a
//!   long transaction would otherwise hold its own lock request at the head
//!   of the queue, and every write to the table would wait behind it. On
//!   MySQL, whose DDL commits as it goes, only a revision that timed out at
//!   its first statement left nothing behind, so only it is retried.

use std::time::{Duration, Instant};

use super::backend::{db, Backend};
use super::failure::failed_at_first_statement;
use super::held::{Held, Hold};
use super::strategy::{self, Cx};
use crate::direction::Direction;
use crate::error::{Error, Result, StatementFailure};
use crate::ledger::Report;
use crate::{Dialect, Revision};

/// The longest wait between two attempts at a revision.
const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// What is tried, once per attempt.
pub(super) enum Attempt<'r> {
    /// One of the tool's own statements (creating the bookkeeping table).
    Statement {
        /// The SQL.
        sql: &'r str,
        /// What it does, for the error.
        doing: &'static str,
    },
    /// A transactional revision, in its own transaction with its row.
    Revision {
        /// The revision.
        revision: &'r Revision,
        /// Blank revisions after it whose rows go in its transaction.
        riders: &'r [&'r Revision],
        /// Up or down.
        direction: Direction,
        /// Whether its commit may skip waiting for the disk.
        relaxed: bool,
        /// What the run did before it, for the error.
        report: &'r Report,
        /// The transaction the run holds open where the database allows
        /// (SQLite), and whether this revision's may stay open after it.
        held: Option<(&'r mut Held, Hold)>,
    },
}

/// Runs `attempt` until it succeeds or fails for a reason not worth
/// another try. Returns what the attempt returns (for a revision: false
/// if another runner applied it first).
pub(super) async fn retrying<DB: Backend>(
    cx: Cx<'_>,
    conn: &mut DB::Connection,
    mut attempt: Attempt<'_>,
) -> Result<bool> {
    let options = cx.options;
    let started = Instant::now();
    let mut retried = 0u32;
    loop {
        let outcome = match &mut attempt {
            Attempt::Statement { sql, doing } => DB::execute(conn, sql)
                .await
                .map(|()| true)
                .map_err(db(doing)),
            Attempt::Revision {
                revision,
                riders,
                direction,
                report,
                held: Some((held, hold)),
                ..
            } => {
                let group = (*revision, *riders);
                strategy::transactional_held::<DB>(cx, conn, group, *direction, *hold, held, report)
                    .await
            }
            Attempt::Revision {
                revision,
                riders,
                direction,
                relaxed,
                report,
                held: None,
            } => {
                let group = (*revision, *riders);
                strategy::transactional::<DB>(cx, conn, group, *direction, *relaxed, report).await
            }
        };
        let error = match outcome {
            Ok(done) => return Ok(done),
            Err(error) => error,
        };
        let wait = match error {
            // Another writer: wait for it as for the migration lock.
            Error::Database { ref source, .. }
                if DB::is_busy(source) && started.elapsed() < options.lock_timeout =>
            {
                options.poll_interval
            }
            Error::Statement(failure) if failure.lock_timeout => {
                let Attempt::Revision {
                    revision,
                    direction,
                    ..
                } = &attempt
                else {
                    return Err(Error::Statement(failure));
                };
                let Some(timeout) = options.table_lock_timeout else {
                    return Err(Error::Statement(failure));
                };
                if !left_nothing::<DB>(revision, *direction, &failure) {
                    return Err(Error::Statement(failure));
                }
                if retried >= options.table_lock_retries {
                    return Err(Error::TableLockTimeout {
                        failure,
                        attempts: retried + 1,
                        timeout,
                    });
                }
                if failure.recorded_failed && *direction == Direction::Up {
                    // The `failed` row goes, so the retry writes `running` anew.
                    DB::delete_record(conn, &options.table, revision.id())
                        .await
                        .map_err(db("clear the failed row before a retry"))?;
                }
                retried += 1;
                let backoff = options
                    .table_lock_backoff
                    .saturating_mul(1 << (retried - 1).min(16))
                    .min(MAX_BACKOFF);
                options.observer.retrying(
                    revision,
                    *direction,
                    (retried, options.table_lock_retries),
                    backoff,
                );
                backoff
            }
            other => return Err(other),
        };
        tokio::time::sleep(wait).await;
    }
}

/// Whether a revision that timed out on a table lock left nothing behind:
/// rolled back, or (MySQL) stopped at its first statement.
fn left_nothing<DB: Backend>(
    revision: &Revision,
    direction: Direction,
    failure: &StatementFailure,
) -> bool {
    !failure.recorded_failed
        || DB::DIALECT == Dialect::Mysql
            && failed_at_first_statement(revision, direction, failure, DB::DIALECT)
}
