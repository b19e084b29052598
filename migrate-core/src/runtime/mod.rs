//! Applying revisions to a database through sqlx, on tokio.
//!
//! A [`Migrator`] runs a [`Migrations`] set against one database: it takes
//! the migration lock, creates the bookkeeping table on first use, compares
//! the database with the embedded graph (drift), plans, and applies each
//! revision in its own transaction together with its bookkeeping row.

mod adopt;
mod backend;
mod lease;
#[cfg(feature = "mysql")]
mod mysql;
#[cfg(feature = "postgres")]
mod postgres;
#[cfg(feature = "sqlite")]
mod sqlite;
mod types;

use std::sync::Arc;
use std::time::{Duration, Instant};

use sqlx::{Connection, Pool};

pub use self::backend::{Backend, Record};
pub use self::types::{
    CheckReport, Drift, Event, LockStrategy, Options, Report, StepReport, Target,
};
use crate::bookkeeping::{self, Status, Table};
use crate::error::{Error, Result};
use crate::plan::Direction;
use crate::split::{self, Dialect, Piece};
use crate::{Migrations, Plan, Revision};

/// Runs a [`Migrations`] set against databases. Built by
/// [`Migrations::migrator`]; configured with its builder methods.
#[derive(Debug, Clone)]
pub struct Migrator<'m> {
    migrations: &'m Migrations,
    options: Options,
    /// Names this runner in a lease row (host, process, nonce); made on
    /// first use, since only the lock-table strategy needs it.
    holder: std::sync::OnceLock<String>,
}

impl Migrations {
    /// A [`Migrator`] with default options (table `migrate_revisions`, the
    /// database's own lock, a transaction per revision).
    pub fn migrator(&self) -> Migrator<'_> {
        Migrator {
            migrations: self,
            options: Options::default(),
            holder: std::sync::OnceLock::new(),
        }
    }

    /// Upgrades the database behind `pool` to `target` with default options.
    ///
    /// # Errors
    ///
    /// See [`Migrator::upgrade`].
    pub async fn upgrade<DB: Backend>(
        &self,
        pool: &Pool<DB>,
        target: impl Into<Target>,
    ) -> Result<Report> {
        self.migrator().upgrade(pool, target).await
    }

    /// Downgrades the database behind `pool` to `target` with default options.
    ///
    /// # Errors
    ///
    /// See [`Migrator::downgrade`].
    pub async fn downgrade<DB: Backend>(
        &self,
        pool: &Pool<DB>,
        target: impl Into<Target>,
    ) -> Result<Report> {
        self.migrator().downgrade(pool, target).await
    }
}

fn db(doing: &'static str) -> impl FnOnce(sqlx::Error) -> Error {
    move |source| Error::Database { doing, source }
}

impl<'m> Migrator<'m> {
    /// Keeps the bookkeeping in this table (default `migrate_revisions`).
    ///
    /// # Errors
    ///
    /// [`Error::Config`] if the name is not a plain identifier.
    pub fn table(mut self, name: &str) -> Result<Self> {
        self.options.table = Table::new(self.options.table.schema(), name)?;
        Ok(self)
    }

    /// Keeps the bookkeeping table in this schema (PostgreSQL schema, MySQL
    /// database, attached SQLite database); PostgreSQL creates it if missing.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] if the name is not a plain identifier.
    pub fn schema(mut self, schema: &str) -> Result<Self> {
        self.options.table = Table::new(Some(schema), self.options.table.name())?;
        Ok(self)
    }

    /// How concurrent runners are kept apart.
    pub fn lock_strategy(mut self, lock: LockStrategy) -> Self {
        self.options.lock = lock;
        self
    }

    /// How long to wait for another runner's lock (default 10 minutes).
    pub fn lock_timeout(mut self, timeout: Duration) -> Self {
        self.options.lock_timeout = timeout;
        self
    }

    /// How often to try the lock while waiting (default 250 ms).
    pub fn lock_poll_interval(mut self, interval: Duration) -> Self {
        self.options.poll_interval = interval;
        self
    }

    /// Runs a whole upgrade or downgrade in one transaction (PostgreSQL and
    /// SQLite); plans containing `transactional: false` revisions are refused.
    pub fn atomic(mut self, atomic: bool) -> Self {
        self.options.atomic = atomic;
        self
    }

    /// Makes every revision's commit wait until it is on disk.
    ///
    /// By default only the last revision of a run does (PostgreSQL): the
    /// others commit with `synchronous_commit = off` for their own
    /// transaction, and the last commit flushes everything before it, so all
    /// is durable when the call returns, without one disk flush per revision.
    /// A server crash during a run can roll back a suffix of the revisions
    /// already committed, each with its row, and the next run applies them
    /// again. After a run that fails or is cancelled, its commits reach the
    /// disk within about 600 ms (three times the server's
    /// `wal_writer_delay`); a server crash inside that window is the same
    /// case. Turn this on to keep every revision durable the moment it is
    /// reported.
    /// MySQL and SQLite always commit as their settings say.
    pub fn sync_every_revision(mut self, sync: bool) -> Self {
        self.options.sync_every_revision = sync;
        self
    }

    /// Proceeds although applied revisions were edited since (their
    /// recorded checksums differ).
    pub fn dangerous_allow_checksum_mismatch(mut self, allow: bool) -> Self {
        self.options.allow_checksum_mismatch = allow;
        self
    }

    /// Proceeds although the database records revisions this build does not
    /// know (they are left alone).
    pub fn dangerous_allow_unknown(mut self, allow: bool) -> Self {
        self.options.allow_unknown = allow;
        self
    }

    /// Forgets failed or interrupted revisions and runs them again from their
    /// first statement: for `transactional: false` revisions written to be
    /// re-run (`IF NOT EXISTS`, `CONCURRENTLY` with `IF NOT EXISTS`, …).
    pub fn dangerous_retry_failed(mut self, retry: bool) -> Self {
        self.options.retry_failed = retry;
        self
    }

    /// Calls `sink` as the run progresses (lock waits, each revision).
    pub fn on_event(mut self, sink: impl Fn(&Event<'_>) + Send + Sync + 'static) -> Self {
        self.options.on_event = Some(Arc::new(sink));
        self
    }

    /// The bookkeeping table in use.
    pub fn bookkeeping_table(&self) -> &Table {
        &self.options.table
    }

    fn holder(&self) -> &str {
        self.holder.get_or_init(lease::holder_name)
    }

    fn emit(&self, event: Event<'_>) {
        if let Some(sink) = &self.options.on_event {
            sink(&event);
        }
    }

    /// Upgrades to `target`: every unapplied revision it requires, parents
    /// first, each in its own transaction with its bookkeeping row.
    ///
    /// Uses a connection of its own from the pool, closed afterwards, so a
    /// cancelled run cannot leave the lock held on a pooled connection.
    ///
    /// # Errors
    ///
    /// A target error; [`Error::Drift`] before anything runs;
    /// [`Error::LockTimeout`]; [`Error::Statement`] naming the revision, the
    /// file, the line and the database's message (revisions applied before
    /// it stay applied); [`Error::Database`].
    pub async fn upgrade<DB: Backend>(
        &self,
        pool: &Pool<DB>,
        target: impl Into<Target>,
    ) -> Result<Report> {
        let mut conn = dedicated(pool).await?;
        let result = self.upgrade_on::<DB>(&mut conn, target).await;
        let _ = conn.close().await;
        result
    }

    /// [`Migrator::upgrade`] on a connection the caller owns.
    ///
    /// # Errors
    ///
    /// As [`Migrator::upgrade`].
    pub async fn upgrade_on<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        target: impl Into<Target>,
    ) -> Result<Report> {
        self.move_on::<DB>(conn, Direction::Up, target.into()).await
    }

    /// Downgrades to `target`: every applied descendant (and what depends
    /// on it), children first. Irreversible revisions in the way are refused
    /// before anything runs.
    ///
    /// # Errors
    ///
    /// As [`Migrator::upgrade`], plus [`Error::Irreversible`].
    pub async fn downgrade<DB: Backend>(
        &self,
        pool: &Pool<DB>,
        target: impl Into<Target>,
    ) -> Result<Report> {
        let mut conn = dedicated(pool).await?;
        let result = self.downgrade_on::<DB>(&mut conn, target).await;
        let _ = conn.close().await;
        result
    }

    /// [`Migrator::downgrade`] on a connection the caller owns.
    ///
    /// # Errors
    ///
    /// As [`Migrator::downgrade`].
    pub async fn downgrade_on<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        target: impl Into<Target>,
    ) -> Result<Report> {
        self.move_on::<DB>(conn, Direction::Down, target.into())
            .await
    }

    /// Sets the bookkeeping so that `target` is current, without running
    /// SQL. Failed or interrupted revisions are resolved: marked applied if
    /// the target requires them, forgotten otherwise. With `purge`, every
    /// row is deleted first (also rows this build does not know).
    ///
    /// # Errors
    ///
    /// A target error; [`Error::Drift`] for unknown revisions without
    /// `purge`; [`Error::LockTimeout`]; [`Error::Database`].
    pub async fn stamp<DB: Backend>(
        &self,
        pool: &Pool<DB>,
        target: impl Into<Target>,
        purge: bool,
    ) -> Result<Report> {
        let mut conn = dedicated(pool).await?;
        let result = self.stamp_on::<DB>(&mut conn, target, purge).await;
        let _ = conn.close().await;
        result
    }

    /// [`Migrator::stamp`] on a connection the caller owns.
    ///
    /// # Errors
    ///
    /// As [`Migrator::stamp`].
    pub async fn stamp_on<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        target: impl Into<Target>,
        purge: bool,
    ) -> Result<Report> {
        let target = target.into();
        let holds = self.lock::<DB>(conn).await?;
        let result = self.stamp_locked::<DB>(conn, &target, purge).await;
        self.unlock::<DB>(conn, holds).await;
        result
    }

    /// The database's current revisions (sorted), including revisions this
    /// build does not know. Read-only: creates nothing, takes no lock.
    ///
    /// # Errors
    ///
    /// [`Error::Database`].
    pub async fn current<DB: Backend>(&self, pool: &Pool<DB>) -> Result<Vec<String>> {
        let mut conn = pool.acquire().await.map_err(db("connect"))?;
        self.current_on::<DB>(&mut conn).await
    }

    /// [`Migrator::current`] on a connection the caller owns.
    ///
    /// # Errors
    ///
    /// [`Error::Database`].
    pub async fn current_on<DB: Backend>(&self, conn: &mut DB::Connection) -> Result<Vec<String>> {
        let records = self.read_if_exists::<DB>(conn).await?;
        let (known, unknown): (Vec<&Record>, Vec<&Record>) = records
            .iter()
            .filter(|r| r.status == Status::Applied)
            .partition(|r| self.migrations.get(&r.revision).is_some());
        let known: Vec<&str> = known.iter().map(|r| r.revision.as_str()).collect();
        let mut current: Vec<String> = self
            .migrations
            .current(&known)?
            .iter()
            .map(|r| r.id().to_owned())
            .collect();
        current.extend(unknown.iter().map(|r| r.revision.clone()));
        current.sort();
        Ok(current)
    }

    /// Compares the database with this build: pending revisions (what
    /// `upgrade heads` would apply) and drift. Read-only.
    ///
    /// # Errors
    ///
    /// [`Error::Database`].
    pub async fn check<DB: Backend>(&self, pool: &Pool<DB>) -> Result<CheckReport> {
        let mut conn = pool.acquire().await.map_err(db("connect"))?;
        self.check_on::<DB>(&mut conn).await
    }

    /// [`Migrator::check`] on a connection the caller owns.
    ///
    /// # Errors
    ///
    /// [`Error::Database`].
    pub async fn check_on<DB: Backend>(&self, conn: &mut DB::Connection) -> Result<CheckReport> {
        let records = self.read_if_exists::<DB>(conn).await?;
        let drift = self.drift(&records, true);
        let applied = self.applied_ids(&records);
        let plan = self.migrations.plan_upgrade(&applied, "heads")?;
        Ok(CheckReport {
            current: self.current_on::<DB>(conn).await?,
            pending: plan.steps().map(|s| s.revision.id().to_owned()).collect(),
            drift,
        })
    }

    /// Plans an upgrade or downgrade against the database without running
    /// anything (a dry run). Drift is an error here too.
    ///
    /// # Errors
    ///
    /// A target error, [`Error::Drift`], [`Error::Database`].
    pub async fn plan<DB: Backend>(
        &self,
        pool: &Pool<DB>,
        direction: Direction,
        target: impl Into<Target>,
    ) -> Result<Plan<'m>> {
        let mut conn = pool.acquire().await.map_err(db("connect"))?;
        self.plan_on::<DB>(&mut conn, direction, target).await
    }

    /// [`Migrator::plan`] on a connection the caller owns.
    ///
    /// # Errors
    ///
    /// As [`Migrator::plan`].
    pub async fn plan_on<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        direction: Direction,
        target: impl Into<Target>,
    ) -> Result<Plan<'m>> {
        let records = self.read_if_exists::<DB>(conn).await?;
        let drift = self.drift(&records, false);
        if !drift.is_empty() {
            return Err(Error::Drift(drift));
        }
        let applied = self.applied_ids(&records);
        let target = target.into();
        match direction {
            Direction::Up => self.migrations.plan_upgrade(&applied, target.as_str()),
            Direction::Down => self.migrations.plan_downgrade(&applied, target.as_str()),
        }
    }

    /// Records the current checksum for every applied revision whose file
    /// changed (after a person checked that the change is harmless, such as
    /// a comment). Returns the revisions updated.
    ///
    /// # Errors
    ///
    /// [`Error::LockTimeout`], [`Error::Database`].
    pub async fn repair_checksums<DB: Backend>(&self, pool: &Pool<DB>) -> Result<Vec<String>> {
        let mut conn = dedicated(pool).await?;
        let holds = self.lock::<DB>(&mut conn).await;
        let result = match holds {
            Ok(holds) => {
                let result = self.repair_locked::<DB>(&mut conn).await;
                self.unlock::<DB>(&mut conn, holds).await;
                result
            }
            Err(err) => Err(err),
        };
        let _ = conn.close().await;
        result
    }

    // ---- internals ----

    /// An upgrade or downgrade under the lock.
    async fn move_on<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        direction: Direction,
        target: Target,
    ) -> Result<Report> {
        let holds = self.lock::<DB>(conn).await?;
        let result = self.move_locked::<DB>(conn, direction, &target).await;
        self.unlock::<DB>(conn, holds).await;
        result
    }

    async fn move_locked<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        direction: Direction,
        target: &Target,
    ) -> Result<Report> {
        self.ensure_table::<DB>(conn).await?;
        let applied = self.applied_checked::<DB>(conn).await?;
        let plan = match direction {
            Direction::Up => self.migrations.plan_upgrade(&applied, target.as_str())?,
            Direction::Down => self.migrations.plan_downgrade(&applied, target.as_str())?,
        };
        self.run_plan::<DB>(conn, &plan).await
    }

    async fn stamp_locked<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        target: &Target,
        purge: bool,
    ) -> Result<Report> {
        self.ensure_table::<DB>(conn).await?;
        let records = self.read::<DB>(conn).await?;
        let table = &self.options.table;
        let unknown: Vec<Drift> = records
            .iter()
            .filter(|r| self.migrations.get(&r.revision).is_none())
            .map(|r| Drift::Unknown {
                revision: r.revision.clone(),
            })
            .collect();
        if !purge && !unknown.is_empty() {
            return Err(Error::Drift(unknown));
        }
        let (settled, unsettled): (Vec<&Record>, Vec<&Record>) = records
            .iter()
            .filter(|r| purge || self.migrations.get(&r.revision).is_some())
            .partition(|r| r.status == Status::Applied && !purge);
        let applied: Vec<&str> = settled.iter().map(|r| r.revision.as_str()).collect();
        let stamp = self
            .migrations
            .plan_stamp(&applied, target.as_str(), purge)?;
        let mut tx = begin::<DB>(conn).await?;
        for record in &unsettled {
            DB::delete_record(&mut tx, table, &record.revision)
                .await
                .map_err(db("clear a bookkeeping row"))?;
        }
        let mut report = Report::default();
        for revision in stamp.remove() {
            DB::delete_record(&mut tx, table, revision.id())
                .await
                .map_err(db("delete a bookkeeping row"))?;
            report.steps.push(stamped(revision, Direction::Down));
        }
        for revision in stamp.add() {
            DB::insert_record(
                &mut tx,
                table,
                &applied_record(revision, 0, Some("stamped")),
            )
            .await
            .map_err(db("insert a bookkeeping row"))?;
            report.steps.push(stamped(revision, Direction::Up));
        }
        tx.commit().await.map_err(db("commit the stamp"))?;
        report.current = sorted_ids(stamp.current_after());
        Ok(report)
    }

    async fn repair_locked<DB: Backend>(&self, conn: &mut DB::Connection) -> Result<Vec<String>> {
        let records = self.read_if_exists::<DB>(conn).await?;
        let mut repaired = Vec::new();
        for record in records {
            if let Some(revision) = self.migrations.get(&record.revision) {
                if !revision.checksum().matches_hex(&record.checksum) {
                    let expected = revision.checksum().to_string();
                    DB::update_checksum(conn, &self.options.table, &record.revision, &expected)
                        .await
                        .map_err(db("update a checksum"))?;
                    repaired.push(record.revision);
                }
            }
        }
        Ok(repaired)
    }

    /// Releases the lock taken by [`Migrator::lock`], on every path out of a
    /// run (an error included). A failure to release is logged: a session
    /// lock goes with its connection, a lease expires.
    async fn unlock<DB: Backend>(&self, conn: &mut DB::Connection, holds: bool) {
        if !holds {
            return;
        }
        let released = match self.options.lock {
            LockStrategy::Table { .. } => {
                lease::release::<DB>(conn, &self.options.table, self.holder()).await
            }
            _ => DB::unlock(conn, &self.options.table).await,
        };
        if let Err(err) = released {
            log::warn!("could not release the migration lock: {err}");
        }
    }

    /// Polls the lock until it is taken or the timeout passes; true if a
    /// lock is now held.
    async fn lock<DB: Backend>(&self, conn: &mut DB::Connection) -> Result<bool> {
        let lease = match self.options.lock {
            LockStrategy::DangerousNone => return Ok(false),
            LockStrategy::Database if !DB::GLOBAL_LOCK => return Ok(false),
            LockStrategy::Database => None,
            LockStrategy::Table { lease } => {
                lease::ensure_table::<DB>(conn, &self.options.table).await?;
                Some(lease)
            }
        };
        DB::prepare_session(conn).await;
        let table = &self.options.table;
        let started = Instant::now();
        let mut last_report: Option<Instant> = None;
        loop {
            let taken = match lease {
                Some(lease) => lease::try_take::<DB>(conn, table, self.holder(), lease).await?,
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
                    Some(_) => lease::holder::<DB>(conn, table).await.ok().flatten(),
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

    async fn ensure_table<DB: Backend>(&self, conn: &mut DB::Connection) -> Result<()> {
        let table = &self.options.table;
        if DB::table_exists(conn, table)
            .await
            .map_err(db("look for the bookkeeping table"))?
        {
            return Ok(());
        }
        if let (Dialect::Postgres, Some(schema)) = (DB::DIALECT, table.schema()) {
            let sql = format!("CREATE SCHEMA IF NOT EXISTS \"{schema}\"");
            self.execute_retrying::<DB>(conn, &sql)
                .await
                .map_err(db("create the bookkeeping schema"))?;
        }
        let sql = bookkeeping::create_table(table, DB::DIALECT);
        self.execute_retrying::<DB>(conn, &sql)
            .await
            .map_err(db("create the bookkeeping table"))
    }

    /// Runs a statement, retrying while SQLite reports another writer, up
    /// to the lock timeout.
    async fn execute_retrying<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        sql: &str,
    ) -> Result<(), sqlx::Error> {
        let started = Instant::now();
        loop {
            match DB::execute(conn, sql).await {
                Err(err) if DB::is_busy(&err) && started.elapsed() < self.options.lock_timeout => {
                    tokio::time::sleep(self.options.poll_interval).await;
                }
                other => return other,
            }
        }
    }

    /// Every row, in this build's canonical order (rows it does not know
    /// last, by id). Sorting here rather than in SQL saves the server a
    /// collation-aware sort, which showed at 10,000 rows.
    async fn read<DB: Backend>(&self, conn: &mut DB::Connection) -> Result<Vec<Record>> {
        let records = DB::read_records(conn, &self.options.table)
            .await
            .map_err(db("read the bookkeeping table"))?;
        let index = self.migrations.index();
        let mut keyed: Vec<(u32, Record)> = records
            .into_iter()
            .map(|r| (index.position(&r.revision).unwrap_or(u32::MAX), r))
            .collect();
        keyed.sort_by(|(i, a), (j, b)| i.cmp(j).then_with(|| a.revision.cmp(&b.revision)));
        Ok(keyed.into_iter().map(|(_, r)| r).collect())
    }

    async fn read_if_exists<DB: Backend>(&self, conn: &mut DB::Connection) -> Result<Vec<Record>> {
        if DB::table_exists(conn, &self.options.table)
            .await
            .map_err(db("look for the bookkeeping table"))?
        {
            self.read::<DB>(conn).await
        } else {
            Ok(Vec::new())
        }
    }

    /// Drift between the rows and this build; `all` reports everything,
    /// otherwise what the options allow is left out.
    fn drift(&self, records: &[Record], all: bool) -> Vec<Drift> {
        let mut drift = Vec::new();
        for record in records {
            let Some(revision) = self.migrations.get(&record.revision) else {
                if all || !self.options.allow_unknown {
                    drift.push(Drift::Unknown {
                        revision: record.revision.clone(),
                    });
                }
                continue;
            };
            if record.status != Status::Applied {
                drift.push(Drift::Failed {
                    revision: record.revision.clone(),
                    file: Some(revision.file().to_owned()),
                    status: record.status,
                    detail: record.detail.clone(),
                });
                continue;
            }
            let expected = revision.checksum();
            if !expected.matches_hex(&record.checksum)
                && (all || !self.options.allow_checksum_mismatch)
            {
                drift.push(Drift::ChecksumMismatch {
                    revision: record.revision.clone(),
                    file: revision.file().to_owned(),
                    recorded: record.checksum.clone(),
                    expected: expected.to_string(),
                });
            }
        }
        drift
    }

    /// Ids of applied revisions this build knows.
    fn applied_ids(&self, records: &[Record]) -> Vec<String> {
        records
            .iter()
            .filter(|r| r.status == Status::Applied && self.migrations.get(&r.revision).is_some())
            .map(|r| r.revision.clone())
            .collect()
    }

    /// Reads the rows (forgetting failed ones when asked to retry them) and
    /// refuses to go on if they drifted.
    async fn applied_checked<DB: Backend>(&self, conn: &mut DB::Connection) -> Result<Vec<String>> {
        let mut records = self.read::<DB>(conn).await?;
        if self.options.retry_failed {
            for record in records.iter().filter(|r| r.status != Status::Applied) {
                DB::delete_record(conn, &self.options.table, &record.revision)
                    .await
                    .map_err(db("forget a failed revision"))?;
            }
            records.retain(|r| r.status == Status::Applied);
        }
        let drift = self.drift(&records, false);
        if !drift.is_empty() {
            return Err(Error::Drift(drift));
        }
        Ok(self.applied_ids(&records))
    }

    async fn run_plan<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        plan: &Plan<'m>,
    ) -> Result<Report> {
        let mut report = Report {
            steps: Vec::with_capacity(plan.len()),
            current: sorted_ids(plan.current_after()),
        };
        if self.options.atomic {
            return self.run_atomic::<DB>(conn, plan, report).await;
        }
        let total = plan.len();
        for (i, step) in plan.steps().enumerate() {
            let revision = step.revision;
            self.emit(Event::StepStarted {
                revision,
                direction: step.direction,
                position: (i + 1, total),
            });
            let started = Instant::now();
            // The last commit of the run flushes every relaxed one before it.
            let relaxed = !self.options.sync_every_revision && i + 1 < total;
            let done = if revision.is_transactional() {
                self.run_transactional_waiting::<DB>(
                    conn,
                    revision,
                    step.direction,
                    relaxed,
                    &report,
                )
                .await?
            } else {
                self.run_statements::<DB>(conn, revision, step.direction, &report)
                    .await?;
                true
            };
            if let LockStrategy::Table { lease } = self.options.lock {
                lease::renew::<DB>(conn, &self.options.table, self.holder(), lease).await?;
            }
            if done {
                let elapsed = started.elapsed();
                self.emit(Event::StepFinished {
                    revision,
                    direction: step.direction,
                    elapsed,
                });
                report.steps.push(StepReport {
                    revision: revision.id().to_owned(),
                    direction: step.direction,
                    elapsed,
                });
            } else {
                self.emit(Event::StepSkipped {
                    revision,
                    direction: step.direction,
                });
            }
        }
        Ok(report)
    }

    /// [`Migrator::run_transactional`], waiting while SQLite reports another
    /// writer at `BEGIN IMMEDIATE`, up to the lock timeout (the connection's
    /// busy timeout alone may be shorter than another runner's revision).
    async fn run_transactional_waiting<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        revision: &Revision,
        direction: Direction,
        relaxed: bool,
        report: &Report,
    ) -> Result<bool> {
        let started = Instant::now();
        loop {
            match self
                .run_transactional::<DB>(conn, revision, direction, relaxed, report)
                .await
            {
                Err(Error::Database {
                    doing: BEGIN_TRANSACTION,
                    source,
                }) if DB::is_busy(&source) && started.elapsed() < self.options.lock_timeout => {
                    tokio::time::sleep(self.options.poll_interval).await;
                }
                other => return other,
            }
        }
    }

    /// One revision and its row in one transaction, whose commit does not
    /// wait for the disk when `relaxed`. Returns false if another runner got
    /// there first (SQLite, which has no lock across revisions).
    async fn run_transactional<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        revision: &Revision,
        direction: Direction,
        relaxed: bool,
        report: &Report,
    ) -> Result<bool> {
        let table = &self.options.table;
        let started = Instant::now();
        let statement = if relaxed {
            DB::BEGIN_RELAXED
        } else {
            DB::BEGIN
        };
        let mut tx = begin_with::<DB>(conn, statement).await?;
        if !DB::GLOBAL_LOCK || self.options.lock == LockStrategy::DangerousNone {
            let present = DB::has_record(&mut tx, table, revision.id())
                .await
                .map_err(db("re-read the bookkeeping table"))?;
            if present == (direction == Direction::Up) {
                return Ok(false);
            }
        }
        let (sql, line) = section(revision, direction);
        for piece in statements(sql, DB::DIALECT) {
            if let Err(err) = DB::execute(&mut tx, piece.sql()).await {
                drop(tx);
                // MySQL commits DDL as it goes: the rollback may have undone
                // nothing, so the revision must not look untouched.
                let recorded = DB::DIALECT == Dialect::Mysql;
                let error = statement_error::<DB>(
                    revision, direction, sql, line, &piece, &err, recorded, report,
                );
                if recorded {
                    self.record_failure::<DB>(conn, revision, direction, started, &error)
                        .await;
                }
                return Err(error);
            }
        }
        match direction {
            Direction::Up => {
                let ms = started.elapsed().as_millis() as i64;
                DB::insert_record(&mut tx, table, &applied_record(revision, ms, None)).await
            }
            Direction::Down => DB::delete_record(&mut tx, table, revision.id()).await,
        }
        .map_err(db("write the bookkeeping row"))?;
        tx.commit().await.map_err(db("commit the revision"))?;
        Ok(true)
    }

    /// A `transactional: false` revision: its row says `running` first,
    /// then each statement runs on its own; a failure leaves `failed`.
    async fn run_statements<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        revision: &Revision,
        direction: Direction,
        report: &Report,
    ) -> Result<()> {
        let table = &self.options.table;
        let started = Instant::now();
        let mut record = applied_record(revision, 0, None);
        record.status = Status::Running;
        match direction {
            Direction::Up => DB::insert_record(conn, table, &record).await,
            Direction::Down => DB::update_status(conn, table, &record).await,
        }
        .map_err(db("mark the revision as running"))?;
        let (sql, line) = section(revision, direction);
        for piece in statements(sql, DB::DIALECT) {
            if let Err(err) = DB::execute(conn, piece.sql()).await {
                let error = statement_error::<DB>(
                    revision, direction, sql, line, &piece, &err, true, report,
                );
                self.record_failure::<DB>(conn, revision, direction, started, &error)
                    .await;
                return Err(error);
            }
        }
        match direction {
            Direction::Up => {
                record.status = Status::Applied;
                record.execution_ms = started.elapsed().as_millis() as i64;
                DB::update_status(conn, table, &record).await
            }
            Direction::Down => DB::delete_record(conn, table, revision.id()).await,
        }
        .map_err(db("record the revision"))
    }

    /// Leaves a `failed` row naming the statement, so later runs stop until
    /// a person resolves it. Best effort: the connection may be the problem.
    async fn record_failure<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        revision: &Revision,
        direction: Direction,
        started: Instant,
        error: &Error,
    ) {
        let table = &self.options.table;
        let mut record = applied_record(revision, started.elapsed().as_millis() as i64, None);
        record.status = Status::Failed;
        record.detail = Some(match error {
            Error::Statement(failure) => format!(
                "{direction} failed at {}:{}: {}",
                revision.file(),
                failure.line,
                failure.message
            ),
            other => other.to_string(),
        });
        // The row may exist (`running`) or not (MySQL's transactional path).
        let result = match DB::update_status(conn, table, &record).await {
            Ok(()) => match DB::has_record(conn, table, revision.id()).await {
                Ok(true) => Ok(()),
                Ok(false) => DB::insert_record(conn, table, &record).await,
                Err(err) => Err(err),
            },
            Err(err) => Err(err),
        };
        if let Err(err) = result {
            log::error!(
                "could not record revision '{}' as failed: {err}",
                revision.id()
            );
        }
    }

    async fn run_atomic<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        plan: &Plan<'m>,
        mut report: Report,
    ) -> Result<Report> {
        if DB::DIALECT == Dialect::Mysql {
            return Err(Error::Config(
                "atomic mode is not available on MySQL/MariaDB: DDL commits implicitly".to_owned(),
            ));
        }
        let outside: Vec<(String, String)> = plan
            .steps()
            .filter(|s| !s.revision.is_transactional())
            .map(|s| (s.revision.id().to_owned(), s.revision.file().to_owned()))
            .collect();
        if !outside.is_empty() {
            return Err(Error::AtomicRefused { revisions: outside });
        }
        let table = &self.options.table;
        let mut tx = begin::<DB>(conn).await?;
        let empty = Report::default();
        for step in plan.steps() {
            let started = Instant::now();
            let (sql, line) = section(step.revision, step.direction);
            for piece in statements(sql, DB::DIALECT) {
                if let Err(err) = DB::execute(&mut tx, piece.sql()).await {
                    // Nothing of the run stays: report no step as applied.
                    return Err(statement_error::<DB>(
                        step.revision,
                        step.direction,
                        sql,
                        line,
                        &piece,
                        &err,
                        false,
                        &empty,
                    ));
                }
            }
            let elapsed = started.elapsed();
            match step.direction {
                Direction::Up => {
                    let record = applied_record(step.revision, elapsed.as_millis() as i64, None);
                    DB::insert_record(&mut tx, table, &record).await
                }
                Direction::Down => DB::delete_record(&mut tx, table, step.revision.id()).await,
            }
            .map_err(db("write the bookkeeping row"))?;
            report.steps.push(StepReport {
                revision: step.revision.id().to_owned(),
                direction: step.direction,
                elapsed,
            });
        }
        tx.commit().await.map_err(db("commit the run"))?;
        Ok(report)
    }
}

const BEGIN_TRANSACTION: &str = "begin a transaction";

/// A connection of the run's own: detached from the pool, so dropping it
/// (an error, a cancelled future) closes it and the lock goes with it.
async fn dedicated<DB: Backend>(pool: &Pool<DB>) -> Result<DB::Connection> {
    Ok(pool.acquire().await.map_err(db("connect"))?.detach())
}

/// Opens a revision's transaction (`BEGIN IMMEDIATE` on SQLite, which waits
/// for another writer as long as the connection's busy timeout allows).
async fn begin<DB: Backend>(conn: &mut DB::Connection) -> Result<sqlx::Transaction<'_, DB>> {
    begin_with::<DB>(conn, DB::BEGIN).await
}

async fn begin_with<'c, DB: Backend>(
    conn: &'c mut DB::Connection,
    statement: &'static str,
) -> Result<sqlx::Transaction<'c, DB>> {
    conn.begin_with(statement)
        .await
        .map_err(db(BEGIN_TRANSACTION))
}

fn section(revision: &Revision, direction: Direction) -> (&str, u32) {
    match direction {
        Direction::Up => (revision.up_sql(), revision.up_line()),
        // The planner refuses irreversible revisions before anything runs.
        Direction::Down => (revision.down_sql().unwrap_or(""), revision.down_line()),
    }
}

fn statements(sql: &str, dialect: Dialect) -> impl Iterator<Item = Piece<'_>> {
    split::split(sql, dialect)
        .into_iter()
        .filter(|p| !p.is_blank)
}

fn applied_record(revision: &Revision, execution_ms: i64, detail: Option<&str>) -> Record {
    Record {
        revision: revision.id().to_owned(),
        checksum: revision.checksum().to_string(),
        status: Status::Applied,
        execution_ms,
        detail: detail.map(str::to_owned),
    }
}

fn stamped(revision: &Revision, direction: Direction) -> StepReport {
    StepReport {
        revision: revision.id().to_owned(),
        direction,
        elapsed: Duration::ZERO,
    }
}

fn sorted_ids<'a>(revisions: impl Iterator<Item = &'a Revision>) -> Vec<String> {
    let mut ids: Vec<String> = revisions.map(|r| r.id().to_owned()).collect();
    ids.sort();
    ids
}

/// The error for a failed statement: the file line of the statement (or of
/// the error inside it, where PostgreSQL gives a position).
#[allow(clippy::too_many_arguments)] // every argument is part of the message
fn statement_error<DB: Backend>(
    revision: &Revision,
    direction: Direction,
    section: &str,
    section_line: u32,
    piece: &Piece<'_>,
    error: &sqlx::Error,
    recorded_failed: bool,
    report: &Report,
) -> Error {
    let statement = piece.sql();
    let start = piece.offset + (piece.text.len() - piece.text.trim_start().len());
    let mut line = section_line as usize + section[..start].matches('\n').count();
    if let Some(position) = DB::error_position(error) {
        let before: String = statement.chars().take(position.saturating_sub(1)).collect();
        line += before.matches('\n').count();
    }
    let message = match error.as_database_error() {
        Some(db) => db.message().to_owned(),
        None => error.to_string(),
    };
    Error::Statement(Box::new(crate::error::StatementFailure {
        revision: revision.id().to_owned(),
        file: revision.file().to_owned(),
        line: line as u32,
        direction,
        statement: statement.to_owned(),
        message,
        recorded_failed,
        mysql_implicit_commit: DB::DIALECT == Dialect::Mysql,
        applied: report.steps.iter().map(|s| s.revision.clone()).collect(),
    }))
}
