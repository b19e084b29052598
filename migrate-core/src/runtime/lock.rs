//! The migration lock: polled until taken or timed out, released on every
//! path out of a run. Two strategies: the database's own lock (PostgreSQL's
//! session advisory lock, MySQL's `GET_LOCK`; SQLite has none across
//! revisions and relies on `BEGIN IMMEDIATE` per revision), or a lease row
//! in a lock table, taken with an `INSERT` only one runner can win,
//! renewed after every revision and stolen only once expired, for poolers
//! and databases without session locks.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::backend::Backend;
use super::migrator::{db, Migrator};
use super::options::{Event, LockStrategy};
use crate::error::{Error, Result};
use crate::ledger::{sql, Report};

impl Migrator<'_> {
    /// Polls the lock until it is taken or the timeout passes; true if a
    /// lock is now held.
    pub(super) async fn lock<DB: Backend>(&self, conn: &mut DB::Connection) -> Result<bool> {
        let lease = match self.options.lock {
            LockStrategy::DangerousNone => return Ok(false),
            LockStrategy::Database if !DB::GLOBAL_LOCK => return Ok(false),
            LockStrategy::Database => None,
            LockStrategy::Table { lease } => {
                let create = sql::create_lease_table(&self.options.table, DB::DIALECT);
                DB::execute(conn, &create)
                    .await
                    .map_err(db("create the lock table"))?;
                Some(lease)
            }
        };
        DB::prepare_session(conn).await;
        let table = &self.options.table;
        let started = Instant::now();
        let mut last_report: Option<Instant> = None;
        loop {
            let taken = match lease {
                Some(lease) => self.try_take_lease::<DB>(conn, lease).await?,
                None => DB::try_lock(conn, table)
                    .await
                    .map_err(db("take the migration lock"))?,
            };
            if taken {
                self.emit(Event::LockAcquired {
                    waited: started.elapsed(),
                });
                return Ok(true);
            }
            let waited = started.elapsed();
            let due = last_report.is_none_or(|at| at.elapsed() >= Duration::from_secs(5));
            if waited >= self.options.lock_timeout || due {
                let holder = match lease {
                    Some(_) => DB::lease_holder(conn, table).await.ok().flatten(),
                    None => DB::lock_holder(conn, table).await.ok().flatten(),
                };
                if waited >= self.options.lock_timeout {
                    return Err(Error::LockTimeout {
                        table: table.to_string(),
                        holder,
                        waited,
                    });
                }
                log::info!(
                    "waiting for the migration lock on {table}, held by {}",
                    holder.as_deref().unwrap_or("another session")
                );
                self.emit(Event::LockWaiting {
                    holder: holder.as_deref(),
                    waited,
                });
                last_report = Some(Instant::now());
            }
            tokio::time::sleep(self.options.poll_interval).await;
        }
    }

    /// Releases the lock taken by [`Migrator::lock`]. A failure to release
    /// is logged: a session lock goes with its connection, a lease expires.
    pub(super) async fn unlock<DB: Backend>(&self, conn: &mut DB::Connection, holds: bool) {
        if !holds {
            return;
        }
        let released = match self.options.lock {
            LockStrategy::Table { .. } => {
                let release = sql::release_lease(&self.options.table, DB::DIALECT, self.holder());
                DB::execute(conn, &release).await
            }
            _ => DB::unlock(conn, &self.options.table).await,
        };
        if let Err(err) = released {
            log::warn!("could not release the migration lock: {err}");
        }
    }

    /// Extends the lease after a revision, under the lock-table strategy.
    ///
    /// # Errors
    ///
    /// [`Error::LeaseLost`] with `report` if another runner took the lease
    /// after it expired.
    pub(super) async fn renew_lease<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        report: &Report,
    ) -> Result<()> {
        let LockStrategy::Table { lease } = self.options.lock else {
            return Ok(());
        };
        let table = &self.options.table;
        let expires = now_ms() + lease.as_millis() as i64;
        let renew = sql::renew_lease(table, DB::DIALECT, self.holder(), expires);
        DB::execute(conn, &renew)
            .await
            .map_err(db("renew the lease"))?;
        let holder = DB::lease_holder(conn, table)
            .await
            .map_err(db("read the lease"))?;
        if holder.as_deref() == Some(self.holder()) {
            return Ok(());
        }
        Err(Error::LeaseLost {
            holder,
            report: report.clone(),
        })
    }

    /// Clears an expired lease, then tries to insert ours.
    async fn try_take_lease<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        lease: Duration,
    ) -> Result<bool> {
        let (table, dialect) = (&self.options.table, DB::DIALECT);
        let now = now_ms();
        DB::execute(conn, &sql::clear_expired_lease(table, dialect, now))
            .await
            .map_err(db("clear an expired lease"))?;
        let take = sql::take_lease(
            table,
            dialect,
            self.holder(),
            now + lease.as_millis() as i64,
        );
        match DB::execute(conn, &take).await {
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
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Names this runner in a lease row: `host:pid:nonce`, made of characters
/// that need no escaping.
pub(super) fn holder_name() -> String {
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
