//! The migration lock as a value a run holds: polled until taken or timed
//! out, renewed after each revision (lease), released when the run closes.
//! Two strategies: the database's own lock (PostgreSQL's session advisory
//! lock, MySQL's `GET_LOCK`; SQLite has none across revisions and relies
//! on `BEGIN IMMEDIATE` per revision), or a lease row in a lock table,
//! taken with an `INSERT` only one runner can win, renewed after every
//! revision and stolen only once expired, for poolers and databases
//! without session locks.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::backend::{db, Backend};
use super::options::{LockStrategy, Options};
use crate::error::{Error, Result};
use crate::ledger::{sql, Report, Table};

/// How often a runner that waits says so.
const REPORT_EVERY: Duration = Duration::from_secs(5);

/// A migration lock this run holds.
#[derive(Debug)]
pub(super) enum Lock {
    /// The database's session lock, which goes with the connection.
    Session,
    /// A lease row naming this run, which expires unless renewed.
    Lease {
        /// This run's name in the row (host, process, nonce).
        holder: String,
        /// How long the lease lasts without renewal.
        lease: Duration,
    },
}

impl Lock {
    /// Polls the lock until it is taken or the timeout passes; `None` when
    /// the strategy takes none (or the database has none across revisions).
    pub(super) async fn acquire<DB: Backend>(
        conn: &mut DB::Connection,
        options: &Options,
    ) -> Result<Option<Lock>> {
        let table = &options.table;
        let lock = match options.lock {
            LockStrategy::DangerousNone => return Ok(None),
            LockStrategy::Database if !DB::GLOBAL_LOCK => return Ok(None),
            LockStrategy::Database => Lock::Session,
            LockStrategy::Table { lease } => {
                let create = sql::create_lease_table(table, DB::DIALECT);
                DB::execute(conn, &create)
                    .await
                    .map_err(db("create the lock table"))?;
                Lock::Lease {
                    holder: holder_name(),
                    lease,
                }
            }
        };
        DB::prepare_session(conn).await;
        let started = Instant::now();
        let mut last_report: Option<Instant> = None;
        loop {
            if lock.try_take::<DB>(conn, table).await? {
                options.observer.lock_acquired(started.elapsed());
                return Ok(Some(lock));
            }
            let waited = started.elapsed();
            let timed_out = waited >= options.lock_timeout;
            if timed_out || last_report.is_none_or(|at| at.elapsed() >= REPORT_EVERY) {
                let holder = lock.holder::<DB>(conn, table).await;
                if timed_out {
                    return Err(Error::LockTimeout {
                        table: table.to_string(),
                        holder,
                        waited,
                    });
                }
                options.observer.lock_waiting(holder.as_deref(), waited);
                last_report = Some(Instant::now());
            }
            tokio::time::sleep(options.poll_interval).await;
        }
    }

    /// Releases the lock. A failure is logged, not returned: a session lock
    /// goes with its connection, a lease expires.
    pub(super) async fn release<DB: Backend>(self, conn: &mut DB::Connection, table: &Table) {
        let released = match &self {
            Lock::Lease { holder, .. } => {
                DB::execute(conn, &sql::release_lease(table, DB::DIALECT, holder)).await
            }
            Lock::Session => DB::unlock(conn, table).await,
        };
        if let Err(err) = released {
            tracing::warn!(target: super::observe::TARGET, "could not release the migration lock: {err}");
        }
    }

    /// Extends a lease after a revision; nothing for a session lock.
    ///
    /// # Errors
    ///
    /// [`Error::LeaseLost`] with `report` if another runner took the lease
    /// after it expired.
    pub(super) async fn renew<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        table: &Table,
        report: &Report,
    ) -> Result<()> {
        let Lock::Lease { holder, lease } = self else {
            return Ok(());
        };
        let expires = now_ms() + lease.as_millis() as i64;
        DB::execute(conn, &sql::renew_lease(table, DB::DIALECT, holder, expires))
            .await
            .map_err(db("renew the lease"))?;
        let now = DB::lease_holder(conn, table)
            .await
            .map_err(db("read the lease"))?;
        if now.as_deref() == Some(holder.as_str()) {
            return Ok(());
        }
        Err(Error::LeaseLost {
            holder: now,
            report: report.clone(),
        })
    }

    /// One try: the session lock, or clearing an expired lease and
    /// inserting ours.
    async fn try_take<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        table: &Table,
    ) -> Result<bool> {
        let Lock::Lease { holder, lease } = self else {
            return DB::try_lock(conn, table)
                .await
                .map_err(db("take the migration lock"));
        };
        let now = now_ms();
        DB::execute(conn, &sql::clear_expired_lease(table, DB::DIALECT, now))
            .await
            .map_err(db("clear an expired lease"))?;
        let expires = now + lease.as_millis() as i64;
        match DB::execute(conn, &sql::take_lease(table, DB::DIALECT, holder, expires)).await {
            Ok(()) => Ok(true),
            Err(err)
                if err
                    .as_database_error()
                    .is_some_and(|e| e.is_unique_violation()) =>
            {
                Ok(false)
            }
            Err(err) => Err(db("take the lease")(err)),
        }
    }

    /// Who holds the lock now, as the database or the lease row names them.
    async fn holder<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        table: &Table,
    ) -> Option<String> {
        match self {
            Lock::Lease { .. } => DB::lease_holder(conn, table).await.ok().flatten(),
            Lock::Session => DB::lock_holder(conn, table).await.ok().flatten(),
        }
    }
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Names this run in a lease row: `host:pid:nonce`, made of characters that
/// need no escaping.
fn holder_name() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|h| {
            h.trim()
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '.')
                .collect::<String>()
        })
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "host".to_owned());
    let nonce = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("{host}:{}:{nonce:08x}", std::process::id())
}
