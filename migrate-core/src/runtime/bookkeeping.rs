//! Stamp, repair and adopt: the operations that change only the
//! bookkeeping rows, under the migration lock and in one transaction each,
//! without running any revision's SQL. What to write is decided by the
//! ledger ([`crate::ledger::Ledger`]); this module writes it.

use std::time::Duration;

use super::backend::Backend;
use super::execute::{applied_record, begin_with, sorted_ids};
use super::migrator::{db, Migrator};
use crate::direction::Direction;
use crate::error::Result;
use crate::ledger::{Repair, RepairChange, Report, Status, StepReport};
use crate::target::Target;
use crate::Revision;

impl Migrator<'_> {
    pub(super) async fn stamp_locked<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        target: &Target,
        purge: bool,
    ) -> Result<Report> {
        self.ensure_table::<DB>(conn).await?;
        let ledger = self.read::<DB>(conn).await?;
        let basis = ledger.stamp_basis(purge)?;
        let stamp = self.migrations.plan_stamp(&basis.applied, target, purge)?;
        let table = &self.options.table;
        let mut tx = begin_with::<DB>(conn, DB::BEGIN).await?;
        for revision in &basis.clear {
            DB::delete_record(&mut tx, table, revision)
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
        report.cleared = basis.clear.iter().map(|id| (*id).to_owned()).collect();
        Ok(report)
    }

    pub(super) async fn repair_locked<DB: Backend, S: AsRef<str>>(
        &self,
        conn: &mut DB::Connection,
        revisions: &[S],
        repair: Repair,
    ) -> Result<Vec<RepairChange>> {
        self.ensure_table::<DB>(conn).await?;
        let ledger = self.read::<DB>(conn).await?;
        let changes = ledger.plan_repair(revisions, repair)?;
        let table = &self.options.table;
        let mut tx = begin_with::<DB>(conn, DB::BEGIN).await?;
        for change in &changes {
            let id = change.revision.as_str();
            match change.repair {
                Repair::AcceptChecksum => {
                    DB::update_checksum(&mut tx, table, id, &change.after).await
                }
                Repair::MarkApplied => {
                    let note = format!("marked applied by repair; it was {}", change.before);
                    let checksum = self
                        .migrations
                        .get(id)
                        .map(|r| r.checksum().to_string())
                        .unwrap_or_default();
                    match DB::set_status(&mut tx, table, id, Status::Applied, Some(&note)).await {
                        Ok(()) => DB::update_checksum(&mut tx, table, id, &checksum).await,
                        Err(err) => Err(err),
                    }
                }
                Repair::MarkNotApplied => DB::delete_record(&mut tx, table, id).await,
            }
            .map_err(db("repair a bookkeeping row"))?;
        }
        tx.commit().await.map_err(db("commit the repair"))?;
        Ok(changes)
    }

    pub(super) async fn adopt_locked<DB: Backend, S: AsRef<str>>(
        &self,
        conn: &mut DB::Connection,
        applied: &[S],
        tool: &str,
    ) -> Result<Report> {
        self.ensure_table::<DB>(conn).await?;
        let ledger = self.read::<DB>(conn).await?;
        let revisions = ledger.plan_adopt(applied)?;
        let detail = format!("adopted from {tool}");
        let table = &self.options.table;
        let mut tx = begin_with::<DB>(conn, DB::BEGIN).await?;
        let mut report = Report::default();
        for revision in &revisions {
            let record = applied_record(revision, 0, Some(&detail));
            DB::insert_record(&mut tx, table, &record)
                .await
                .map_err(db("insert a bookkeeping row"))?;
            report.steps.push(stamped(revision, Direction::Up));
        }
        tx.commit().await.map_err(db("commit the adoption"))?;
        let ids: Vec<&str> = revisions.iter().map(|r| r.id()).collect();
        report.current = sorted_ids(self.migrations.current(&ids)?.into_iter());
        Ok(report)
    }

    pub(super) async fn repair_checksums_locked<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
    ) -> Result<Vec<String>> {
        let ledger = self.read_if_exists::<DB>(conn).await?;
        let mut repaired = Vec::new();
        for (revision, checksum) in ledger.edited() {
            DB::update_checksum(conn, &self.options.table, revision, &checksum)
                .await
                .map_err(db("update a checksum"))?;
            repaired.push(revision.to_owned());
        }
        Ok(repaired)
    }
}

fn stamped(revision: &Revision, direction: Direction) -> StepReport {
    StepReport {
        revision: revision.id().to_owned(),
        direction,
        elapsed: Duration::ZERO,
    }
}
