//! The public face of the runtime: [`Migrator`], its settings, and one
//! entry point per operation. Each entry point parses what it is given,
//! opens a [`Run`] on the caller's pool or connection (with the lock when it
//! writes), calls the run's method and closes the run on every path.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tracing::Instrument;

use super::backend::Backend;
use super::connect::{Connect, Source};
use super::observe::{run_span, Event, Observer};
use super::options::{LockStrategy, Options};
use super::run::Run;
use super::verify::{Scratch, Verification};
use crate::direction::Direction;
use crate::error::Result;
use crate::ledger::{CheckReport, Record, Repair, RepairChange, Report, Table};
use crate::target::{IntoTarget, Target};
use crate::{IntoDatabaseUrl, Migrations, Plan};

/// Runs a [`Migrations`] set against databases. Built by
/// [`Migrations::migrator`]; configured with its builder methods.
///
/// Every entry point takes what sqlx users already hold: `&pool`, or
/// `&mut conn` for a connection of their own (see [`Connect`] for what
/// happens to the lock on each).
#[derive(Debug, Clone)]
pub struct Migrator<'m> {
    pub(crate) migrations: &'m Migrations,
    pub(crate) options: Options,
}

impl Migrations {
    /// A [`Migrator`] with default options (table `migrate_revisions`, the
    /// database's own lock, a transaction per revision) and the set's
    /// `[runner]` settings from `migrate.toml` (embedded with the set by
    /// `migrations!()`), which its builder methods can override.
    pub fn migrator(&self) -> Migrator<'_> {
        let runner = &self.settings().runner;
        Migrator {
            migrations: self,
            options: Options::default(),
        }
        .table_lock_timeout(runner.lock_timeout)
        .table_lock_retries(runner.lock_retries)
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

    /// Runs the stairway (see [`Migrator::verify`]) with default options.
    ///
    /// # Errors
    ///
    /// See [`Migrator::verify`].
    pub async fn verify(&self, server_url: impl IntoDatabaseUrl) -> Result<Verification> {
        self.migrator().verify(server_url).await
    }
}

impl<'m> Migrator<'m> {
    /// Keeps the bookkeeping in this table (default `migrate_revisions`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidIdentifier`](crate::Error::InvalidIdentifier) if the name is not a plain identifier.
    pub fn table(mut self, name: &str) -> Result<Self> {
        self.options.table = Table::new(self.options.table.schema(), name)?;
        Ok(self)
    }

    /// Keeps the bookkeeping table in this schema (PostgreSQL schema, MySQL
    /// database, attached SQLite database); PostgreSQL creates it if missing.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidIdentifier`](crate::Error::InvalidIdentifier) if the name is not a plain identifier.
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
    /// The same moments are `tracing` events (target `migraph`; see
    /// [`observe`](super::observe) for their fields), for a subscriber.
    pub fn on_event(mut self, sink: impl Fn(&Event<'_>) + Send + Sync + 'static) -> Self {
        self.options.observer = Observer::with_sink(Arc::new(sink));
        self
    }

    /// The bookkeeping table in use.
    pub fn bookkeeping_table(&self) -> &Table {
        &self.options.table
    }

    /// The settings (the fleet reads the lock timeout from them).
    pub(super) fn options(&self) -> &Options {
        &self.options
    }

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

    /// Upgrades to `target`: every unapplied revision it requires, parents
    /// first, each in its own transaction with its bookkeeping row.
    ///
    /// # Errors
    ///
    /// A target error; [`Error::Drift`](crate::Error::Drift) before anything runs;
    /// [`Error::LockTimeout`](crate::Error::LockTimeout); [`Error::Statement`](crate::Error::Statement) naming the revision, the
    /// file, the line and the database's message (revisions applied before
    /// it stay applied); [`Error::LeaseLost`](crate::Error::LeaseLost); [`Error::Database`](crate::Error::Database).
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
    /// As [`Migrator::upgrade`], plus [`Error::Irreversible`](crate::Error::Irreversible).
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
    /// A target error; [`Error::Drift`](crate::Error::Drift) for unknown revisions without
    /// `purge`; [`Error::LockTimeout`](crate::Error::LockTimeout); [`Error::Database`](crate::Error::Database).
    pub fn stamp<'a, 'c, C: Connect<'c>, T: IntoTarget>(
        &'a self,
        db: C,
        target: T,
        purge: bool,
    ) -> impl Future<Output = Result<Report>> + Send + use<'a, 'c, 'm, C, T> {
        let (source, target) = (db.source(), target.into_target());
        let run = async move {
            let target = target?;
            let mut run = Run::open(self.migrations, &self.options, source).await?;
            let report = run.stamp(&target, purge).await;
            run.close(report).await
        };
        run.instrument(run_span("stamp", &self.options.table))
    }

    /// The database's current revisions (sorted), including revisions this
    /// build does not know. Read-only: creates nothing, takes no lock.
    ///
    /// # Errors
    ///
    /// [`Error::Database`](crate::Error::Database).
    pub fn current<'a, 'c, C: Connect<'c>>(
        &'a self,
        db: C,
    ) -> impl Future<Output = Result<Vec<String>>> + Send + use<'a, 'c, 'm, C> {
        let source = db.source();
        async move {
            let mut run = Run::open_reading(self.migrations, &self.options, source).await?;
            let current = run.current().await;
            run.close(current).await
        }
    }

    /// Compares the database with this build: pending revisions (what
    /// `upgrade heads` would apply) and drift. Read-only.
    ///
    /// # Errors
    ///
    /// [`Error::Database`](crate::Error::Database).
    pub fn check<'a, 'c, C: Connect<'c>>(
        &'a self,
        db: C,
    ) -> impl Future<Output = Result<CheckReport>> + Send + use<'a, 'c, 'm, C> {
        let source = db.source();
        async move {
            let mut run = Run::open_reading(self.migrations, &self.options, source).await?;
            let report = run.check().await;
            run.close(report).await
        }
    }

    /// Plans an upgrade or downgrade against the database without running
    /// anything (a dry run). Drift is an error here too.
    ///
    /// # Errors
    ///
    /// A target error, [`Error::Drift`](crate::Error::Drift), [`Error::Database`](crate::Error::Database).
    pub fn plan<'a, 'c, C: Connect<'c>, T: IntoTarget>(
        &'a self,
        db: C,
        direction: Direction,
        target: T,
    ) -> impl Future<Output = Result<Plan<'m>>> + Send + use<'a, 'c, 'm, C, T> {
        let (source, target) = (db.source(), target.into_target());
        async move {
            let target = target?;
            let mut run = Run::open_reading(self.migrations, &self.options, source).await?;
            let plan = run.plan(direction, &target).await;
            run.close(plan).await
        }
    }

    /// Records the current checksum for every applied revision whose file
    /// changed (after a person checked that the change is harmless, such as
    /// a comment). Returns the revisions updated.
    ///
    /// # Errors
    ///
    /// [`Error::LockTimeout`](crate::Error::LockTimeout), [`Error::Database`](crate::Error::Database).
    pub fn repair_checksums<'a, 'c, C: Connect<'c>>(
        &'a self,
        db: C,
    ) -> impl Future<Output = Result<Vec<String>>> + Send + use<'a, 'c, 'm, C> {
        let source = db.source();
        let run = async move {
            let mut run = Run::open(self.migrations, &self.options, source).await?;
            let repaired = run.repair_checksums().await;
            run.close(repaired).await
        };
        run.instrument(run_span("repair", &self.options.table))
    }

    /// Changes the rows of `revisions` as `repair` says, after checking each
    /// of them (nothing changes if one is refused): accepts an edited
    /// checksum, or marks a failed or interrupted revision applied or not
    /// applied. Applied-at times and durations are kept. Returns one change
    /// per revision.
    ///
    /// # Errors
    ///
    /// [`Error::CannotRepair`](crate::Error::CannotRepair) naming each refused revision;
    /// [`Error::LockTimeout`](crate::Error::LockTimeout); [`Error::Database`](crate::Error::Database).
    pub fn repair<'a, 'c, C: Connect<'c>, S: AsRef<str> + Sync>(
        &'a self,
        db: C,
        revisions: &'a [S],
        repair: Repair,
    ) -> impl Future<Output = Result<Vec<RepairChange>>> + Send + use<'a, 'c, 'm, C, S> {
        let source = db.source();
        let run = async move {
            let mut run = Run::open(self.migrations, &self.options, source).await?;
            let changes = run.repair(revisions, repair).await;
            run.close(changes).await
        };
        run.instrument(run_span("repair", &self.options.table))
    }

    /// Takes over a database another tool migrated: records `applied` (ids
    /// of this set, with everything they require among them) as applied, in
    /// one transaction under the migration lock, with the detail `adopted
    /// from <tool>`, running no migration SQL. Refuses, writing nothing, when
    /// the bookkeeping table already has rows or the ids do not hold
    /// together (see [`Ledger::plan_adopt`](crate::ledger::Ledger::plan_adopt)).
    ///
    /// # Errors
    ///
    /// [`Error::CannotAdopt`](crate::Error::CannotAdopt) naming each problem; [`Error::LockTimeout`](crate::Error::LockTimeout);
    /// [`Error::Database`](crate::Error::Database).
    pub fn adopt<'a, 'c, C: Connect<'c>, S: AsRef<str> + Sync>(
        &'a self,
        db: C,
        applied: &'a [S],
        tool: &'a str,
    ) -> impl Future<Output = Result<Report>> + Send + use<'a, 'c, 'm, C, S> {
        let source = db.source();
        let run = async move {
            let mut run = Run::open(self.migrations, &self.options, source).await?;
            let report = run.adopt(applied, tool).await;
            run.close(report).await
        };
        run.instrument(run_span("adopt", &self.options.table))
    }

    /// Every bookkeeping row, in canonical order, with its applied-at time.
    /// Read-only.
    ///
    /// # Errors
    ///
    /// [`Error::Database`](crate::Error::Database).
    pub fn records<'a, 'c, C: Connect<'c>>(
        &'a self,
        db: C,
    ) -> impl Future<Output = Result<Vec<Record>>> + Send + use<'a, 'c, 'm, C> {
        let source = db.source();
        async move {
            let mut run = Run::open_reading(self.migrations, &self.options, source).await?;
            let records = run.records().await;
            run.close(records).await
        }
    }

    /// Proves that every down undoes its up, on a scratch database made on
    /// the server `server_url` names (`postgres://`, `mysql://`; for
    /// `sqlite:` a temporary file, the URL's own file is never opened),
    /// dropped again before this returns. For each revision in canonical
    /// order: up, down, compare the schema with the one before the up, up
    /// again. A down that fails does not restore the schema: it is reported
    /// in [`Verification::not_restored`] with its error, and the run goes
    /// on. A revision whose up fails ends the run ([`Verification::failed`]).
    ///
    /// When `server_url` names an empty PostgreSQL database, the walk runs
    /// there instead, in one transaction rolled back at the end (nothing is
    /// made or dropped, and nothing stays), unless the set needs a commit
    /// per revision ([`Scratch::for_verify`]; [`Verification::workplace`]
    /// says where it ran, and why not there).
    ///
    /// If the future is dropped part-way, the scratch database is still
    /// dropped (from a thread of its own; see [`Scratch`]), and the
    /// transaction rolled back.
    ///
    /// # Errors
    ///
    /// [`Error::UnsupportedUrl`](crate::Error::UnsupportedUrl),
    /// [`Error::InvalidUrl`](crate::Error::InvalidUrl); [`Error::Database`](crate::Error::Database)
    /// when the scratch database cannot be made, reached, read or dropped.
    /// What a revision's SQL does wrong is in the [`Verification`], not an
    /// error.
    pub async fn verify(&self, server_url: impl IntoDatabaseUrl) -> Result<Verification> {
        let scratch = Scratch::for_verify(server_url).await?;
        let verified = self.verify_on(&scratch).await;
        let dropped = scratch.drop_database().await;
        let verification = verified?;
        dropped?;
        Ok(verification)
    }

    /// [`Migrator::verify`] on a scratch database the caller made and will
    /// drop (the CLI does this to drop it on Ctrl-C as well), or on the
    /// empty database [`Scratch::for_verify`] found.
    ///
    /// # Errors
    ///
    /// As [`Migrator::verify`].
    pub async fn verify_on(&self, scratch: &Scratch) -> Result<Verification> {
        let span = run_span("verify", &self.options.table);
        scratch
            .verify(self.migrations, &self.options)
            .instrument(span)
            .await
    }

    /// An upgrade or a downgrade, under the lock.
    fn migrate<'a, 'c, DB: Backend>(
        &'a self,
        source: Source<'c, DB>,
        direction: Direction,
        target: Result<Target>,
    ) -> impl Future<Output = Result<Report>> + Send + use<'a, 'c, 'm, DB> {
        let run = async move {
            let target = target?;
            let mut run = Run::open(self.migrations, &self.options, source).await?;
            let report = run.migrate(direction, &target).await;
            run.close(report).await
        };
        let operation = match direction {
            Direction::Up => "upgrade",
            Direction::Down => "downgrade",
        };
        run.instrument(run_span(operation, &self.options.table))
    }
}
