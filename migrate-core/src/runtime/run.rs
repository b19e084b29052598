//! An open run: the connection and the migration lock it owns, with the
//! settings and the set, and every operation on the database as a method.
//! This is where an upgrade happens: [`Run::open`] takes the connection and
//! the lock, [`Run::migrate`] reads the ledger and lets the planner decide,
//! [`Run::apply`] runs each revision through its strategy (retried as
//! [`super::retry`] says) with its bookkeeping row, renewing a lease after
//! each, and [`Run::close`] releases the lock and the connection.
//!
//! Dropping a run part-way (an error in the caller, a cancelled future)
//! drops a connection of its own with it, and the lock goes with that
//! connection; a caller's connection keeps the lock until the caller
//! closes it (see [`super::connect`]).

use std::time::Duration;

use tracing::Instrument;

use super::backend::{db, Backend};
use super::connect::{Handle, Source};
use super::held::{self, Held, Hold};
use super::lock::Lock;
use super::observe;
use super::options::Options;
use super::retry::{self, Attempt};
use super::store;
use super::strategy::{self, Cx};
use crate::direction::Direction;
use crate::error::{Error, Result};
use crate::ledger::{
    CheckReport, Ledger, Record, Repair, RepairChange, Report, StepReport, Tolerance,
};
use crate::plan::Step;
use crate::target::Target;
use crate::{Migrations, Plan, Revision};

mod stairs;

/// A run with its connection (and, when it writes, the migration lock).
pub(super) struct Run<'a, 'm: 'a, DB: Backend> {
    migrations: &'m Migrations,
    options: &'a Options,
    conn: Handle<'a, DB>,
    lock: Option<Lock>,
}

impl<'a, 'm: 'a, DB: Backend> Run<'a, 'm, DB> {
    /// Opens a run that writes: a connection of its own (detached from a
    /// pool) or the caller's, and the migration lock on it.
    ///
    /// # Errors
    ///
    /// [`Error::Database`] when no connection can be had;
    /// [`Error::LockTimeout`].
    pub(super) async fn open(
        migrations: &'m Migrations,
        options: &'a Options,
        source: Source<'a, DB>,
    ) -> Result<Self> {
        let mut conn = Handle::dedicated(source).await?;
        match Lock::acquire::<DB>(conn.get(), options).await {
            Ok(lock) => Ok(Run {
                migrations,
                options,
                conn,
                lock,
            }),
            Err(err) => {
                conn.finish().await;
                Err(err)
            }
        }
    }

    /// Opens a run that only reads: a pooled connection (or the caller's),
    /// no lock, nothing created.
    pub(super) async fn open_reading(
        migrations: &'m Migrations,
        options: &'a Options,
        source: Source<'a, DB>,
    ) -> Result<Self> {
        Ok(Run {
            migrations,
            options,
            conn: Handle::shared(source).await?,
            lock: None,
        })
    }

    /// Ends the run, on every path: releases the lock, closes a connection
    /// of its own (returns a pooled one), and hands back `result`.
    pub(super) async fn close<T>(self, result: Result<T>) -> Result<T> {
        let Run {
            options,
            mut conn,
            lock,
            ..
        } = self;
        if let Some(lock) = lock {
            lock.release::<DB>(conn.get(), &options.table).await;
        }
        conn.finish().await;
        result
    }

    fn cx(&self) -> Cx<'a> {
        Cx {
            options: self.options,
            migrations: self.migrations,
        }
    }

    /// The run's connection (verify reads the catalog on it).
    pub(super) fn connection(&mut self) -> &mut DB::Connection {
        self.conn.get()
    }

    /// The settings the run was opened with.
    pub(super) fn options(&self) -> &'a Options {
        self.options
    }

    /// The set the run applies.
    pub(super) fn migrations(&self) -> &'m Migrations {
        self.migrations
    }

    /// Creates the bookkeeping table unless it exists.
    pub(super) async fn ensure_table(&mut self) -> Result<()> {
        let cx = self.cx();
        store::ensure_table::<DB>(cx, self.conn.get()).await
    }

    /// The ledger, the table created first.
    async fn ledger(&mut self) -> Result<Ledger<'m>> {
        self.ensure_table().await?;
        let cx = self.cx();
        store::read::<DB>(cx, self.migrations, self.conn.get()).await
    }

    /// The ledger, empty if the table does not exist (reads create nothing).
    async fn ledger_if_exists(&mut self) -> Result<Ledger<'m>> {
        let cx = self.cx();
        store::read_if_exists::<DB>(cx, self.migrations, self.conn.get()).await
    }

    // ---- reads ----

    /// The current revisions (sorted), unknown ones included.
    pub(super) async fn current(&mut self) -> Result<Vec<String>> {
        self.ledger_if_exists().await?.current()
    }

    /// Pending revisions and drift.
    pub(super) async fn check(&mut self) -> Result<CheckReport> {
        let ledger = self.ledger_if_exists().await?;
        let plan = self
            .migrations
            .plan_upgrade(&ledger.applied(), Target::HEADS)?;
        Ok(CheckReport {
            current: ledger.current()?,
            pending: plan.steps().map(|s| s.revision.id().to_owned()).collect(),
            drift: ledger.drift(Tolerance::NONE),
        })
    }

    /// The plan an upgrade or downgrade would run; drift is an error.
    pub(super) async fn plan(&mut self, direction: Direction, target: &Target) -> Result<Plan<'m>> {
        let ledger = self.ledger_if_exists().await?;
        ledger.refuse_drift(self.options.tolerance)?;
        plan(self.migrations, &ledger.applied(), direction, target)
    }

    /// Every row with its applied-at time, in canonical order.
    pub(super) async fn records(&mut self) -> Result<Vec<Record>> {
        let cx = self.cx();
        store::records::<DB>(cx, self.conn.get()).await
    }

    // ---- upgrade and downgrade ----

    /// Upgrades or downgrades to `target`: the ledger read under the lock,
    /// drift refused, the plan made and applied.
    pub(super) async fn migrate(
        &mut self,
        direction: Direction,
        target: &Target,
    ) -> Result<Report> {
        let mut ledger = self.ledger().await?;
        if self.options.retry_failed {
            for record in ledger.unsettled() {
                DB::delete_record(self.conn.get(), &self.options.table, &record.revision)
                    .await
                    .map_err(db("forget a failed revision"))?;
            }
            ledger.forget_unsettled();
        }
        ledger.refuse_drift(self.options.tolerance)?;
        let plan = plan(self.migrations, &ledger.applied(), direction, target)?;
        self.apply(&plan).await
    }

    /// Runs `plan`: each revision through its strategy with its row, the
    /// lease renewed after each; or the whole plan in one transaction when
    /// the run is atomic. A plan with code revisions this program does not
    /// have is refused before anything runs.
    pub(super) async fn apply(&mut self, plan: &Plan<'m>) -> Result<Report> {
        refuse_uncompiled(self.migrations, plan)?;
        let cx = self.cx();
        let report = Report {
            steps: Vec::with_capacity(plan.len()),
            current: sorted_ids(plan.current_after()),
            cleared: Vec::new(),
        };
        if cx.options.atomic {
            return strategy::atomic::<DB>(cx, self.conn.get(), plan, report).await;
        }
        let mut report = report;
        let total = plan.len();
        let steps: Vec<Step<'m>> = plan.steps().collect();
        // A transaction left open after a revision, for what follows to
        // commit its row (SQLite; not with a lease to renew between them,
        // nor when each revision must reach the disk as it ends).
        let holding = DB::HOLDS_OPEN && self.lock.is_none() && !cx.options.sync_every_revision;
        let mut held = Held::default();
        let mut first = 0;
        while first < steps.len() {
            let Step {
                revision,
                direction,
            } = steps[first];
            // Revisions with no statements after a transactional one commit
            // their rows in its transaction: they change nothing else.
            let mut end = first + 1;
            if revision.is_transactional() {
                while end < steps.len() && is_blank::<DB>(&steps[end]) {
                    end += 1;
                }
            }
            let riders: Vec<&'m Revision> =
                steps[first + 1..end].iter().map(|s| s.revision).collect();
            // The last commit of the run flushes every relaxed one before it.
            let relaxed = !cx.options.sync_every_revision && end < total;
            let span = observe::revision_span(revision, direction, (first + 1, total));
            let hold = match steps.get(end) {
                _ if !holding || !revision.is_transactional() || revision.is_code() => Hold::Never,
                Some(next) if !next.revision.is_transactional() => Hold::Always,
                Some(next) if !next.revision.is_code() => Hold::IfUnchanged,
                _ => Hold::Never,
            };
            let group = Group {
                revision,
                riders: &riders,
                direction,
                position: (first + 1, total),
                relaxed,
            };
            let done = if holding {
                self.apply_one(group, Some((&mut held, hold)), &report)
                    .instrument(span)
                    .await
            } else {
                self.apply_one(group, None, &report).instrument(span).await
            };
            let done = match done {
                Ok(done) => done,
                Err(error) => {
                    let conn = self.conn.get();
                    return Err(held::end_held::<DB>(conn, &mut held, error).await);
                }
            };
            if held.open {
                held.steps += done.len();
            }
            for (i, step) in done.into_iter().enumerate() {
                if i > 0 {
                    let position = (first + 1 + i, total);
                    cx.options
                        .observer
                        .started(step.revision(), direction, position);
                    cx.options
                        .observer
                        .finished(step.revision(), direction, step.elapsed);
                }
                report.steps.push(step.into_report());
            }
            if let Some(lock) = &self.lock {
                lock.renew::<DB>(self.conn.get(), &cx.options.table, &report)
                    .await?;
            }
            first = end;
        }
        let conn = self.conn.get();
        held::commit_held::<DB>(conn, &mut held, "commit the last revisions").await?;
        Ok(report)
    }

    /// One revision of a plan with the rows that ride in its transaction;
    /// what was done (nothing when another runner did it first).
    async fn apply_one(
        &mut self,
        group: Group<'_, 'm>,
        held: Option<(&mut Held, Hold)>,
        report: &Report,
    ) -> Result<Vec<Done<'m>>> {
        let cx = self.cx();
        let observer = &cx.options.observer;
        let Group {
            revision,
            riders,
            direction,
            position,
            relaxed,
        } = group;
        observer.started(revision, direction, position);
        let started = std::time::Instant::now();
        let conn = self.conn.get();
        let done = if !revision.is_transactional() {
            let mut alone = Held::default();
            let held = held.map_or(&mut alone, |(held, _)| held);
            strategy::statements::<DB>(cx, conn, revision, direction, held, report).await?
        } else {
            // A code revision's function may open transactions of its own:
            // what is held commits before it.
            let held = match held {
                Some((held, _)) if revision.is_code() => {
                    held::commit_held::<DB>(conn, held, "commit the revision before it").await?;
                    None
                }
                held => held,
            };
            let attempt = Attempt::Revision {
                revision,
                riders,
                direction,
                relaxed,
                report,
                held,
            };
            retry::retrying::<DB>(cx, conn, attempt).await?
        };
        let group = std::iter::once(revision).chain(riders.iter().copied());
        if !done {
            for skipped in group {
                observer.skipped(skipped, direction);
            }
            return Ok(Vec::new());
        }
        let elapsed = started.elapsed();
        observer.finished(revision, direction, elapsed);
        Ok(group
            .enumerate()
            .map(|(i, revision)| Done {
                revision,
                direction,
                elapsed: if i == 0 { elapsed } else { Duration::ZERO },
            })
            .collect())
    }

    // ---- changes to the rows alone ----

    /// Sets the rows so that `target` is current, running no SQL.
    pub(super) async fn stamp(&mut self, target: &Target, purge: bool) -> Result<Report> {
        let ledger = self.ledger().await?;
        let basis = ledger.stamp_basis(purge)?;
        let stamp = self.migrations.plan_stamp(&basis.applied, target, purge)?;
        let cx = self.cx();
        let steps = store::write_stamp::<DB>(cx, self.conn.get(), &basis.clear, &stamp).await?;
        Ok(Report {
            steps,
            current: sorted_ids(stamp.current_after()),
            cleared: basis.clear.iter().map(|id| (*id).to_owned()).collect(),
        })
    }

    /// Changes the rows of `revisions` as `repair` says, after checking each.
    pub(super) async fn repair<S: AsRef<str>>(
        &mut self,
        revisions: &[S],
        repair: Repair,
    ) -> Result<Vec<RepairChange>> {
        let ledger = self.ledger().await?;
        let changes = ledger.plan_repair(revisions, repair)?;
        let cx = self.cx();
        store::write_repair::<DB>(cx, self.conn.get(), &changes).await?;
        Ok(changes)
    }

    /// Records the current checksum of every edited applied revision.
    pub(super) async fn repair_checksums(&mut self) -> Result<Vec<String>> {
        let ledger = self.ledger_if_exists().await?;
        let cx = self.cx();
        store::write_checksums::<DB>(cx, self.conn.get(), ledger.edited()).await
    }

    /// Records revisions another tool applied, after checking them.
    pub(super) async fn adopt<S: AsRef<str>>(
        &mut self,
        applied: &[S],
        tool: &str,
    ) -> Result<Report> {
        let ledger = self.ledger().await?;
        let revisions = ledger.plan_adopt(applied)?;
        let cx = self.cx();
        let detail = format!("adopted from {tool}");
        let mut report =
            store::write_adopted::<DB>(cx, self.conn.get(), &revisions, &detail).await?;
        let ids: Vec<&str> = revisions.iter().map(|r| r.id()).collect();
        report.current = sorted_ids(self.migrations.current(&ids)?.into_iter());
        Ok(report)
    }
}

/// A revision of a plan and the blank revisions after it whose rows ride
/// in its transaction.
struct Group<'g, 'm> {
    revision: &'m Revision,
    riders: &'g [&'m Revision],
    direction: Direction,
    /// The revision's place in the plan, and the plan's length.
    position: (usize, usize),
    /// Whether the commit may skip waiting for the disk.
    relaxed: bool,
}

/// A revision a group applied.
struct Done<'m> {
    revision: &'m Revision,
    direction: Direction,
    elapsed: Duration,
}

impl<'m> Done<'m> {
    fn revision(&self) -> &'m Revision {
        self.revision
    }

    fn into_report(self) -> StepReport {
        StepReport {
            revision: self.revision.id().to_owned(),
            direction: self.direction,
            elapsed: self.elapsed,
        }
    }
}

/// Whether a step has nothing to run: a transactional SQL revision whose
/// section is only comments and blank lines. Its row can commit with the
/// revision before it, one commit (an fsync on SQLite) fewer.
fn is_blank<DB: Backend>(step: &Step<'_>) -> bool {
    let revision = step.revision;
    revision.is_transactional() && revision.runs_nothing(step.direction, DB::DIALECT)
}

/// The plan of an upgrade or a downgrade.
fn plan<'m>(
    migrations: &'m Migrations,
    applied: &[&str],
    direction: Direction,
    target: &Target,
) -> Result<Plan<'m>> {
    match direction {
        Direction::Up => migrations.plan_upgrade(applied, target),
        Direction::Down => migrations.plan_downgrade(applied, target),
    }
}

/// Refuses a plan with code revisions whose functions this program does
/// not have (a set loaded from a directory: only the crate that embeds it
/// can run them).
fn refuse_uncompiled(migrations: &Migrations, plan: &Plan<'_>) -> Result<()> {
    let missing: Vec<(String, String)> = plan
        .steps()
        .filter(|s| !migrations.can_run(s.revision))
        .map(|s| (s.revision.id().to_owned(), s.revision.file().to_owned()))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(Error::CodeNotCompiled { revisions: missing })
    }
}

fn sorted_ids<'r>(revisions: impl Iterator<Item = &'r Revision>) -> Vec<String> {
    let mut ids: Vec<String> = revisions.map(|r| r.id().to_owned()).collect();
    ids.sort();
    ids
}
