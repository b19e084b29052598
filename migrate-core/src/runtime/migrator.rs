//! The public face of the runtime: [`Migrator`], its settings, and one entry
//! point per operation. Each entry point parses its target, takes a
//! connection (see [`Connect`]), takes the lock where it writes, reads the
//! ledger, lets the pure planner and ledger decide, and hands the result to
//! the execution strategies.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use super::backend::Backend;
use super::connect::{Connect, Handle, Source};
use super::lock::holder_name;
use super::options::{Event, LockStrategy, Options};
use crate::direction::Direction;
use crate::error::{Error, Result};
use crate::ledger::{CheckReport, Ledger, Record, Repair, RepairChange, Report, Table, Tolerance};
use crate::target::{IntoTarget, Target};
use crate::{Migrations, Plan};

/// Runs a [`Migrations`] set against databases. Built by
/// [`Migrations::migrator`]; configured with its builder methods.
///
/// Every entry point takes what sqlx users already hold: `&pool`, or
/// `&mut conn` for a connection of their own (see [`Connect`] for what
/// happens to the lock on each).
#[derive(Debug, Clone)]
pub struct Migrator<'m> {
    pub(super) migrations: &'m Migrations,
    pub(super) options: Options,
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

    /// Upgrades the database to `target` with default options.
    ///
    /// # Errors
    ///
    /// See [`Migrator::upgrade`].
    pub async fn upgrade<'c, C: Connect<'c>, T: IntoTarget>(
        &self,
        db: C,
        target: T,
    ) -> Result<Report> {
        self.migrator().upgrade(db, target).await
    }

    /// Downgrades the database to `target` with default options.
    ///
    /// # Errors
    ///
    /// See [`Migrator::downgrade`].
    pub async fn downgrade<'c, C: Connect<'c>, T: IntoTarget>(
        &self,
        db: C,
        target: T,
    ) -> Result<Report> {
        self.migrator().downgrade(db, target).await
    }
}

/// Turns a driver error into [`Error::Database`], saying what the tool was doing.
pub(super) fn db(doing: &'static str) -> impl FnOnce(sqlx::Error) -> Error {
    move |source| Error::Database { doing, source }
}

/// Runs `$body` with `$conn` bound to a dedicated connection of `$source`
/// holding the migration lock; releases the lock and the connection on every
/// path out.
macro_rules! locked {
    ($self:ident, $source:expr, $db:ty, $conn:ident => $body:expr) => {{
        let mut handle = Handle::dedicated($source).await?;
        let $conn = handle.get();
        let result = match $self.lock::<$db>($conn).await {
            Ok(holds) => {
                let result = $body;
                $self.unlock::<$db>($conn, holds).await;
                result
            }
            Err(err) => Err(err),
        };
        handle.finish().await;
        result
    }};
}

impl<'m> Migrator<'m> {
    /// Keeps the bookkeeping in this table (default `migrate_revisions`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidIdentifier`] if the name is not a plain identifier.
    pub fn table(mut self, name: &str) -> Result<Self> {
        self.options.table = Table::new(self.options.table.schema(), name)?;
        Ok(self)
    }

    /// Keeps the bookkeeping table in this schema (PostgreSQL schema, MySQL
    /// database, attached SQLite database); PostgreSQL creates it if missing.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidIdentifier`] if the name is not a plain identifier.
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
        self.options.tolerance.checksum_mismatch = allow;
        self
    }

    /// Proceeds although the database records revisions this build does not
    /// know (they are left alone).
    pub fn dangerous_allow_unknown(mut self, allow: bool) -> Self {
        self.options.tolerance.unknown = allow;
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

    pub(super) fn holder(&self) -> &str {
        self.holder.get_or_init(holder_name)
    }

    pub(super) fn emit(&self, event: Event<'_>) {
        if let Some(sink) = &self.options.on_event {
            sink(&event);
        }
    }

    /// Upgrades to `target`: every unapplied revision it requires, parents
    /// first, each in its own transaction with its bookkeeping row.
    ///
    /// # Errors
    ///
    /// A target error; [`Error::Drift`] before anything runs;
    /// [`Error::LockTimeout`]; [`Error::Statement`] naming the revision, the
    /// file, the line and the database's message (revisions applied before
    /// it stay applied); [`Error::LeaseLost`]; [`Error::Database`].
    pub fn upgrade<'a, 'c, C: Connect<'c>, T: IntoTarget>(
        &'a self,
        db: C,
        target: T,
    ) -> impl Future<Output = Result<Report>> + Send + use<'a, 'c, 'm, C, T> {
        self.migrate(db.source(), Direction::Up, target.into_target())
    }

    /// Downgrades to `target`: every applied descendant (and what depends
    /// on it), children first. Irreversible revisions in the way are refused
    /// before anything runs.
    ///
    /// # Errors
    ///
    /// As [`Migrator::upgrade`], plus [`Error::Irreversible`].
    pub fn downgrade<'a, 'c, C: Connect<'c>, T: IntoTarget>(
        &'a self,
        db: C,
        target: T,
    ) -> impl Future<Output = Result<Report>> + Send + use<'a, 'c, 'm, C, T> {
        self.migrate(db.source(), Direction::Down, target.into_target())
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
    pub fn stamp<'a, 'c, C: Connect<'c>, T: IntoTarget>(
        &'a self,
        db: C,
        target: T,
        purge: bool,
    ) -> impl Future<Output = Result<Report>> + Send + use<'a, 'c, 'm, C, T> {
        self.stamp_from(db.source(), target.into_target(), purge)
    }

    /// The database's current revisions (sorted), including revisions this
    /// build does not know. Read-only: creates nothing, takes no lock.
    ///
    /// # Errors
    ///
    /// [`Error::Database`].
    pub fn current<'a, 'c, C: Connect<'c>>(
        &'a self,
        db: C,
    ) -> impl Future<Output = Result<Vec<String>>> + Send + use<'a, 'c, 'm, C> {
        let source = db.source();
        async move { self.read_shared(source).await?.current() }
    }

    /// Compares the database with this build: pending revisions (what
    /// `upgrade heads` would apply) and drift. Read-only.
    ///
    /// # Errors
    ///
    /// [`Error::Database`].
    pub fn check<'a, 'c, C: Connect<'c>>(
        &'a self,
        db: C,
    ) -> impl Future<Output = Result<CheckReport>> + Send + use<'a, 'c, 'm, C> {
        let source = db.source();
        async move {
            let ledger = self.read_shared(source).await?;
            let plan = self
                .migrations
                .plan_upgrade(&ledger.applied(), Target::HEADS)?;
            Ok(CheckReport {
                current: ledger.current()?,
                pending: plan.steps().map(|s| s.revision.id().to_owned()).collect(),
                drift: ledger.drift(Tolerance::NONE),
            })
        }
    }

    /// Plans an upgrade or downgrade against the database without running
    /// anything (a dry run). Drift is an error here too.
    ///
    /// # Errors
    ///
    /// A target error, [`Error::Drift`], [`Error::Database`].
    pub fn plan<'a, 'c, C: Connect<'c>, T: IntoTarget>(
        &'a self,
        db: C,
        direction: Direction,
        target: T,
    ) -> impl Future<Output = Result<Plan<'m>>> + Send + use<'a, 'c, 'm, C, T> {
        let (source, target) = (db.source(), target.into_target());
        async move {
            let target = target?;
            let ledger = self.read_shared(source).await?;
            ledger.refuse_drift(self.options.tolerance)?;
            self.plan_from(&ledger.applied(), direction, &target)
        }
    }

    /// Records the current checksum for every applied revision whose file
    /// changed (after a person checked that the change is harmless, such as
    /// a comment). Returns the revisions updated.
    ///
    /// # Errors
    ///
    /// [`Error::LockTimeout`], [`Error::Database`].
    pub fn repair_checksums<'a, 'c, C: Connect<'c>>(
        &'a self,
        db: C,
    ) -> impl Future<Output = Result<Vec<String>>> + Send + use<'a, 'c, 'm, C> {
        self.repair_checksums_from(db.source())
    }

    /// Changes the rows of `revisions` as `repair` says, after checking each
    /// of them (nothing changes if one is refused): accepts an edited
    /// checksum, or marks a failed or interrupted revision applied or not
    /// applied. Applied-at times and durations are kept. Returns one change
    /// per revision.
    ///
    /// # Errors
    ///
    /// [`Error::CannotRepair`] naming each refused revision;
    /// [`Error::LockTimeout`]; [`Error::Database`].
    pub fn repair<'a, 'c, C: Connect<'c>, S: AsRef<str> + Sync>(
        &'a self,
        db: C,
        revisions: &'a [S],
        repair: Repair,
    ) -> impl Future<Output = Result<Vec<RepairChange>>> + Send + use<'a, 'c, 'm, C, S> {
        self.repair_from(db.source(), revisions, repair)
    }

    /// Takes over a database another tool migrated: records `applied` (ids
    /// of this set, with everything they require among them) as applied, in
    /// one transaction under the migration lock, with the detail `adopted
    /// from <tool>`, running no migration SQL. Refuses, writing nothing, when
    /// the bookkeeping table already has rows or the ids do not hold
    /// together (see [`Ledger::plan_adopt`]).
    ///
    /// # Errors
    ///
    /// [`Error::CannotAdopt`] naming each problem; [`Error::LockTimeout`];
    /// [`Error::Database`].
    pub fn adopt<'a, 'c, C: Connect<'c>, S: AsRef<str> + Sync>(
        &'a self,
        db: C,
        applied: &'a [S],
        tool: &'a str,
    ) -> impl Future<Output = Result<Report>> + Send + use<'a, 'c, 'm, C, S> {
        self.adopt_from(db.source(), applied, tool)
    }

    /// Every bookkeeping row, in canonical order, with its applied-at time.
    /// Read-only.
    ///
    /// # Errors
    ///
    /// [`Error::Database`].
    pub fn records<'a, 'c, C: Connect<'c>>(
        &'a self,
        db: C,
    ) -> impl Future<Output = Result<Vec<Record>>> + Send + use<'a, 'c, 'm, C> {
        self.records_from(db.source())
    }

    /// An upgrade or downgrade: the target parsed, the lock taken.
    async fn migrate<DB: Backend>(
        &self,
        source: Source<'_, DB>,
        direction: Direction,
        target: Result<Target>,
    ) -> Result<Report> {
        let target = target?;
        locked!(self, source, DB, conn => self.move_locked::<DB>(conn, direction, &target).await)
    }

    async fn stamp_from<DB: Backend>(
        &self,
        source: Source<'_, DB>,
        target: Result<Target>,
        purge: bool,
    ) -> Result<Report> {
        let target = target?;
        locked!(self, source, DB, conn => self.stamp_locked::<DB>(conn, &target, purge).await)
    }

    async fn repair_checksums_from<DB: Backend>(
        &self,
        source: Source<'_, DB>,
    ) -> Result<Vec<String>> {
        locked!(self, source, DB, conn => self.repair_checksums_locked::<DB>(conn).await)
    }

    async fn repair_from<DB: Backend, S: AsRef<str>>(
        &self,
        source: Source<'_, DB>,
        revisions: &[S],
        repair: Repair,
    ) -> Result<Vec<RepairChange>> {
        locked!(self, source, DB, conn => self.repair_locked::<DB, S>(conn, revisions, repair).await)
    }

    async fn adopt_from<DB: Backend, S: AsRef<str>>(
        &self,
        source: Source<'_, DB>,
        applied: &[S],
        tool: &str,
    ) -> Result<Report> {
        locked!(self, source, DB, conn => self.adopt_locked::<DB, S>(conn, applied, tool).await)
    }

    async fn records_from<DB: Backend>(&self, source: Source<'_, DB>) -> Result<Vec<Record>> {
        let mut handle = Handle::shared(source).await?;
        let conn = handle.get();
        let result = async {
            let ledger = self.read_if_exists::<DB>(conn).await?;
            let mut records = ledger.records().to_vec();
            if !records.is_empty() {
                let times: HashMap<String, Option<String>> =
                    DB::read_applied_at(conn, &self.options.table)
                        .await
                        .map_err(db("read the bookkeeping table"))?
                        .into_iter()
                        .collect();
                for record in &mut records {
                    record.applied_at = times.get(&record.revision).cloned().flatten();
                }
            }
            Ok(records)
        }
        .await;
        handle.finish().await;
        result
    }

    /// The ledger, read on a shared connection without the lock.
    async fn read_shared<DB: Backend>(&self, source: Source<'_, DB>) -> Result<Ledger<'m>> {
        let mut handle = Handle::shared(source).await?;
        let ledger = self.read_if_exists::<DB>(handle.get()).await;
        handle.finish().await;
        ledger
    }

    // ---- under the lock ----

    fn plan_from(
        &self,
        applied: &[&str],
        direction: Direction,
        target: &Target,
    ) -> Result<Plan<'m>> {
        match direction {
            Direction::Up => self.migrations.plan_upgrade(applied, target),
            Direction::Down => self.migrations.plan_downgrade(applied, target),
        }
    }

    async fn move_locked<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        direction: Direction,
        target: &Target,
    ) -> Result<Report> {
        self.ensure_table::<DB>(conn).await?;
        let mut ledger = self.read::<DB>(conn).await?;
        if self.options.retry_failed {
            for record in ledger.unsettled() {
                DB::delete_record(conn, &self.options.table, &record.revision)
                    .await
                    .map_err(db("forget a failed revision"))?;
            }
            ledger.forget_unsettled();
        }
        ledger.refuse_drift(self.options.tolerance)?;
        let plan = self.plan_from(&ledger.applied(), direction, target)?;
        self.run_plan::<DB>(conn, &plan).await
    }
}
