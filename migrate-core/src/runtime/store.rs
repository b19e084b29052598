//! The bookkeeping table as the runtime reads and writes it: created on
//! first use, read into a [`Ledger`], and the changes of stamp, repair and
//! adopt (decided by the ledger, [`crate::ledger::Ledger`]) written in one
//! transaction each, without running any revision's SQL.

use std::collections::HashMap;
use std::time::Duration;

use super::backend::{db, Backend};
use super::retry::{self, Attempt};
use super::rows::applied_record;
use super::strategy::{begin_with, Cx};
use crate::direction::Direction;
use crate::error::Result;
use crate::ledger::{sql, Ledger, Record, Repair, RepairChange, Report, Status, StepReport};
use crate::{Migrations, Revision, StampPlan};

/// Creates the bookkeeping table (and its schema) unless it exists.
pub(super) async fn ensure_table<DB: Backend>(cx: Cx<'_>, conn: &mut DB::Connection) -> Result<()> {
    let table = &cx.options.table;
    if DB::table_exists(conn, table)
        .await
        .map_err(db("look for the bookkeeping table"))?
    {
        return Ok(());
    }
    if let Some(sql) = sql::create_schema(table, DB::DIALECT) {
        let doing = "create the bookkeeping schema";
        retry::retrying::<DB>(cx, conn, Attempt::Statement { sql: &sql, doing }).await?;
    }
    let sql = sql::create_table(table, DB::DIALECT);
    let doing = "create the bookkeeping table";
    retry::retrying::<DB>(cx, conn, Attempt::Statement { sql: &sql, doing }).await?;
    Ok(())
}

/// Every row, as a ledger over this build.
pub(super) async fn read<'m, DB: Backend>(
    cx: Cx<'_>,
    migrations: &'m Migrations,
    conn: &mut DB::Connection,
) -> Result<Ledger<'m>> {
    let records = DB::read_records(conn, &cx.options.table)
        .await
        .map_err(db("read the bookkeeping table"))?;
    Ok(Ledger::new(migrations, records))
}

/// Every row, or none if the table does not exist yet: reads create nothing.
pub(super) async fn read_if_exists<'m, DB: Backend>(
    cx: Cx<'_>,
    migrations: &'m Migrations,
    conn: &mut DB::Connection,
) -> Result<Ledger<'m>> {
    if DB::table_exists(conn, &cx.options.table)
        .await
        .map_err(db("look for the bookkeeping table"))?
    {
        read::<DB>(cx, migrations, conn).await
    } else {
        Ok(Ledger::new(migrations, Vec::new()))
    }
}

/// The ledger's rows with their applied-at times, in canonical order.
pub(super) async fn records<DB: Backend>(
    cx: Cx<'_>,
    conn: &mut DB::Connection,
) -> Result<Vec<Record>> {
    let ledger = read_if_exists::<DB>(cx, cx.migrations, conn).await?;
    let mut records = ledger.records().to_vec();
    if !records.is_empty() {
        let times: HashMap<String, Option<String>> = DB::read_applied_at(conn, &cx.options.table)
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

/// A stamp's rows: `clear` deleted first, then the stamp's removals and
/// additions, in one transaction. Returns the steps, marked as stamped.
pub(super) async fn write_stamp<DB: Backend>(
    cx: Cx<'_>,
    conn: &mut DB::Connection,
    clear: &[&str],
    stamp: &StampPlan<'_>,
) -> Result<Vec<StepReport>> {
    let table = &cx.options.table;
    let mut tx = begin_with::<DB>(conn, DB::BEGIN).await?;
    for revision in clear {
        DB::delete_record(&mut tx, table, revision)
            .await
            .map_err(db("clear a bookkeeping row"))?;
    }
    let mut steps = Vec::new();
    for revision in stamp.remove() {
        DB::delete_record(&mut tx, table, revision.id())
            .await
            .map_err(db("delete a bookkeeping row"))?;
        steps.push(stamped(revision, Direction::Down));
    }
    for revision in stamp.add() {
        let record = applied_record(revision, 0, Some("stamped"));
        DB::insert_record(&mut tx, table, &record)
            .await
            .map_err(db("insert a bookkeeping row"))?;
        steps.push(stamped(revision, Direction::Up));
    }
    tx.commit().await.map_err(db("commit the stamp"))?;
    Ok(steps)
}

/// The changes `repair` decided, in one transaction.
pub(super) async fn write_repair<DB: Backend>(
    cx: Cx<'_>,
    conn: &mut DB::Connection,
    changes: &[RepairChange],
) -> Result<()> {
    let table = &cx.options.table;
    let mut tx = begin_with::<DB>(conn, DB::BEGIN).await?;
    for change in changes {
        let id = change.revision.as_str();
        match change.repair {
            Repair::AcceptChecksum => DB::update_checksum(&mut tx, table, id, &change.after).await,
            Repair::MarkApplied => {
                let note = format!("marked applied by repair; it was {}", change.before);
                let checksum = cx
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
    tx.commit().await.map_err(db("commit the repair"))
}

/// The rows of adopted revisions, in one transaction.
pub(super) async fn write_adopted<DB: Backend>(
    cx: Cx<'_>,
    conn: &mut DB::Connection,
    revisions: &[&Revision],
    detail: &str,
) -> Result<Report> {
    let table = &cx.options.table;
    let mut tx = begin_with::<DB>(conn, DB::BEGIN).await?;
    let mut report = Report::default();
    for revision in revisions {
        let record = applied_record(revision, 0, Some(detail));
        DB::insert_record(&mut tx, table, &record)
            .await
            .map_err(db("insert a bookkeeping row"))?;
        report.steps.push(stamped(revision, Direction::Up));
    }
    tx.commit().await.map_err(db("commit the adoption"))?;
    Ok(report)
}

/// New checksums of applied revisions whose files were edited, one
/// statement each.
pub(super) async fn write_checksums<DB: Backend>(
    cx: Cx<'_>,
    conn: &mut DB::Connection,
    edited: Vec<(&str, String)>,
) -> Result<Vec<String>> {
    let mut repaired = Vec::new();
    for (revision, checksum) in edited {
        DB::update_checksum(conn, &cx.options.table, revision, &checksum)
            .await
            .map_err(db("update a checksum"))?;
        repaired.push(revision.to_owned());
    }
    Ok(repaired)
}

fn stamped(revision: &Revision, direction: Direction) -> StepReport {
    StepReport {
        revision: revision.id().to_owned(),
        direction,
        elapsed: Duration::ZERO,
    }
}
