//! The steps of verify's stairway as an open run takes them: one revision
//! applied or reverted alone, as an upgrade would; or inside a trial, a
//! transaction rolled back afterwards (PostgreSQL and SQLite); and a row
//! put back without running the revision. Where the whole stairway runs in
//! one transaction (verify in an empty PostgreSQL database), a step is a
//! savepoint released, and a trial a savepoint rolled back.

use std::time::Instant;

use tracing::Instrument;

use super::{refuse_uncompiled, Run};
use crate::direction::Direction;
use crate::error::Result;
use crate::runtime::backend::{db, Backend};
use crate::runtime::enclosed;
use crate::runtime::observe;
use crate::runtime::rows::applied_record;
use crate::{Plan, Revision};

/// The savepoint of a step of a stairway in one transaction.
const STEP: &str = "migraph_verify_step";
/// The savepoint of a trial in one transaction.
const TRIAL: &str = "migraph_verify_trial";
/// The savepoint under which a step's commit is done over (its deferred
/// checks run, its temporary tables dropped).
const COMMIT: &str = "migraph_verify_commit";

impl<'m, DB: Backend> Run<'_, 'm, DB> {
    /// Applies or reverts the revision at `position` alone, as a run would:
    /// a step of verify's stairway.
    pub(in crate::runtime) async fn stair(
        &mut self,
        position: usize,
        direction: Direction,
    ) -> Result<()> {
        let migrations = self.migrations;
        let plan = Plan::stair(
            migrations.revisions(),
            migrations.index(),
            position,
            direction,
        );
        self.apply(&plan).await.map(drop)
    }

    /// Opens verify's trial: a transaction on the run's connection in
    /// which [`Run::stair_in_trial`] steps run and the catalog is read,
    /// then [`Run::end_trial`] rolls it back (PostgreSQL and SQLite).
    pub(in crate::runtime) async fn begin_trial(&mut self) -> Result<()> {
        <DB::TransactionManager as sqlx::TransactionManager>::begin(self.conn.get(), None)
            .await
            .map_err(db("begin a transaction"))
    }

    /// Applies or reverts the transactional revision at `position` alone
    /// inside the trial, bookkeeping row included, as [`Run::stair`] would
    /// between its `BEGIN` and `COMMIT`.
    pub(in crate::runtime) async fn stair_in_trial(
        &mut self,
        position: usize,
        direction: Direction,
    ) -> Result<()> {
        let revision = self.runnable(position, direction)?;
        let cx = self.cx();
        enclosed::within::<DB>(cx, self.conn.get(), revision, direction, None).await
    }

    /// The revision at `position`, refused where its step would run code
    /// this program does not have.
    fn runnable(&self, position: usize, direction: Direction) -> Result<&'m Revision> {
        let migrations = self.migrations;
        let plan = Plan::stair(
            migrations.revisions(),
            migrations.index(),
            position,
            direction,
        );
        refuse_uncompiled(migrations, &plan)?;
        Ok(&migrations.revisions()[position])
    }

    /// Rolls the trial back: the database is as it was before
    /// [`Run::begin_trial`].
    pub(in crate::runtime) async fn end_trial(&mut self) -> Result<()> {
        <DB::TransactionManager as sqlx::TransactionManager>::rollback(self.conn.get())
            .await
            .map_err(db("roll back a transaction"))
    }

    /// Applies or reverts the transactional revision at `position` alone
    /// under a savepoint of the transaction the caller holds open (the
    /// stairway in one transaction), bookkeeping row included, reported as
    /// [`Run::stair`] reports it: the savepoint is released when the
    /// revision succeeds (its catalog rows keep the savepoint's own
    /// transaction id) and rolled back when it fails.
    ///
    /// Then what the revision's commit would do: with `checks_deferred`, the
    /// checks deferred to a commit run, and fail the step as they would
    /// fail the commit, under a savepoint rolled back after them so that
    /// each constraint keeps the mode it was made with (what they checked
    /// is pending again, and checked again after each later step); the
    /// temporary tables named in `temporary` (made `ON COMMIT DROP`) are
    /// dropped.
    pub(in crate::runtime) async fn stair_in_savepoint(
        &mut self,
        position: usize,
        direction: Direction,
        (checks_deferred, temporary): (bool, &[String]),
    ) -> Result<()> {
        let revision = self.runnable(position, direction)?;
        let cx = self.cx();
        let conn = self.conn.get();
        let observer = &cx.options.observer;
        let span = observe::revision_span(revision, direction, (1, 1));
        async move {
            observer.started(revision, direction, (1, 1));
            let started = Instant::now();
            // Opened and released in the revision's own message.
            let ran = enclosed::within::<DB>(cx, conn, revision, direction, Some(STEP)).await;
            if ran.is_err() {
                roll_back_savepoint::<DB>(conn, STEP, "roll back the revision's savepoint").await?;
            }
            ran?;
            let mut commit = Vec::new();
            if checks_deferred {
                commit.push(format!(
                    "SAVEPOINT {COMMIT}; SET CONSTRAINTS ALL IMMEDIATE; \
                     ROLLBACK TO SAVEPOINT {COMMIT}; RELEASE SAVEPOINT {COMMIT}"
                ));
            }
            if !temporary.is_empty() {
                let tables: Vec<String> =
                    temporary.iter().map(|t| format!("pg_temp.{t}")).collect();
                commit.push(format!(
                    "SAVEPOINT {COMMIT}; DROP TABLE IF EXISTS {}; RELEASE SAVEPOINT {COMMIT}",
                    tables.join(", ")
                ));
            }
            if !commit.is_empty() {
                if let Err(error) = DB::execute(conn, &commit.join("; ")).await {
                    roll_back_savepoint::<DB>(conn, COMMIT, "roll back the commit's work").await?;
                    return Err(db("commit the revision")(error));
                }
            }
            observer.finished(revision, direction, started.elapsed());
            Ok(())
        }
        .instrument(span)
        .await
    }

    /// Opens verify's trial under a savepoint of the transaction the caller
    /// holds open (the stairway in one transaction); [`Run::end_trial_savepoint`]
    /// rolls it back.
    pub(in crate::runtime) async fn begin_trial_savepoint(&mut self) -> Result<()> {
        DB::execute(self.conn.get(), &format!("SAVEPOINT {TRIAL}"))
            .await
            .map_err(db("open a savepoint"))
    }

    /// Rolls the trial's savepoint back: the database is as it was before
    /// [`Run::begin_trial_savepoint`], in the transaction still open.
    pub(in crate::runtime) async fn end_trial_savepoint(&mut self) -> Result<()> {
        roll_back_savepoint::<DB>(self.conn.get(), TRIAL, "roll back to a savepoint").await
    }

    /// Records `revision` as applied without running it (verify, after an
    /// up rolled back over its own work).
    pub(in crate::runtime) async fn mark_applied(
        &mut self,
        revision: &Revision,
        detail: &str,
    ) -> Result<()> {
        let record = applied_record(revision, 0, Some(detail));
        DB::insert_record(self.conn.get(), &self.options.table, &record)
            .await
            .map_err(db("record a revision"))
    }
}

/// Undoes what ran since the savepoint `name` and closes it.
async fn roll_back_savepoint<DB: Backend>(
    conn: &mut DB::Connection,
    name: &str,
    doing: &'static str,
) -> Result<()> {
    let sql = format!("ROLLBACK TO SAVEPOINT {name}; RELEASE SAVEPOINT {name}");
    DB::execute(conn, &sql).await.map_err(db(doing))
}
