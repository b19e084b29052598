//! Table-lock timeouts: a transactional revision's statements wait at most
//! `table_lock_timeout` for a lock (PostgreSQL `SET LOCAL lock_timeout`,
//! MySQL `lock_wait_timeout` and `innodb_lock_wait_timeout`; SQLite has
//! none), and a revision that gives up is run again, up to
//! `table_lock_retries` times, with a doubling backoff. A statement queued
//! behind a long transaction would otherwise hold its own lock request at
//! the head of the queue, and every write to the table would wait behind it.

use std::time::Duration;

use super::backend::Backend;
use super::migrator::{db, Migrator};
use super::options::Event;
use crate::direction::Direction;
use crate::error::{Error, Result, StatementFailure};
use crate::ledger::Report;
use crate::split::{self, Dialect};
use crate::Revision;

/// The longest wait between two attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(30);

impl<'m> Migrator<'m> {
    /// Bounds how long each statement of a transactional revision waits for
    /// a table lock (`[runner] lock_timeout` in `migrate.toml`); `None`
    /// (the default) leaves the database's own setting. Not to be confused
    /// with [`Migrator::lock_timeout`], the wait for another runner.
    /// `transactional: false` revisions and atomic runs are left alone.
    pub fn table_lock_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.options.table_lock_timeout = timeout;
        self
    }

    /// How many times a transactional revision that timed out on a table
    /// lock is run again (`[runner] lock_retries`; default 0), after 0.5 s,
    /// then 1 s, 2 s, ... On MySQL, whose DDL commits as it goes, only a
    /// revision that timed out at its first statement is retried.
    pub fn table_lock_retries(mut self, retries: u32) -> Self {
        self.options.table_lock_retries = retries;
        self
    }

    /// The first wait before a retry (default 500 ms); it doubles each time.
    pub fn table_lock_backoff(mut self, backoff: Duration) -> Self {
        self.options.table_lock_backoff = backoff;
        self
    }

    /// Runs the settings of `table_lock_timeout` in the
    /// revision's transaction.
    pub(super) async fn set_table_lock_timeout<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
    ) -> Result<()> {
        if let Some(timeout) = self.options.table_lock_timeout {
            for sql in DB::table_lock_timeout_sql(timeout) {
                DB::execute(conn, &sql)
                    .await
                    .map_err(db("set the table lock timeout"))?;
            }
        }
        Ok(())
    }

    /// `run_transactional_waiting`, run again while it gives up
    /// on a table lock and retries are left.
    pub(super) async fn run_transactional_retrying<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        revision: &Revision,
        direction: Direction,
        relaxed: bool,
        report: &Report,
    ) -> Result<bool> {
        let retries = self.options.table_lock_retries;
        let mut attempt = 0u32;
        loop {
            let failure = match self
                .run_transactional_waiting::<DB>(conn, revision, direction, relaxed, report)
                .await
            {
                Err(Error::Statement(failure)) if failure.lock_timeout => failure,
                other => return other,
            };
            let Some(timeout) = self.options.table_lock_timeout else {
                return Err(Error::Statement(failure));
            };
            // MySQL keeps the DDL before the failing statement: only a
            // revision that failed at its first statement left nothing.
            let untouched = !failure.recorded_failed
                || DB::DIALECT == Dialect::Mysql
                    && failed_at_first_statement(revision, direction, &failure, DB::DIALECT);
            if !untouched {
                return Err(Error::Statement(failure));
            }
            if attempt >= retries {
                return Err(Error::TableLockTimeout {
                    failure,
                    attempts: attempt + 1,
                    timeout,
                });
            }
            if failure.recorded_failed && direction == Direction::Up {
                // The `failed` row goes, so the retry writes `running` anew.
                DB::delete_record(conn, &self.options.table, revision.id())
                    .await
                    .map_err(db("clear the failed row before a retry"))?;
            }
            attempt += 1;
            let backoff = self
                .options
                .table_lock_backoff
                .saturating_mul(1 << (attempt - 1).min(16))
                .min(MAX_BACKOFF);
            self.emit(Event::StepRetrying {
                revision,
                direction,
                attempt: (attempt, retries),
                backoff,
            });
            tokio::time::sleep(backoff).await;
        }
    }
}

/// Whether the failing statement is the section's first.
fn failed_at_first_statement(
    revision: &Revision,
    direction: Direction,
    failure: &StatementFailure,
    dialect: Dialect,
) -> bool {
    let sql = match direction {
        Direction::Up => revision.up_sql(),
        Direction::Down => revision.down_sql().unwrap_or(""),
    };
    split::split(sql, dialect)
        .into_iter()
        .find(|piece| !piece.is_blank)
        .is_some_and(|first| {
            split::strip_leading_comments(first.sql(), dialect) == failure.statement
        })
}
