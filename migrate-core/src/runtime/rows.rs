//! The bookkeeping rows a strategy writes around a revision's statements:
//! `running` before the first
//! statement, `failed` after a failure, and the wait on another runner's
//! `running` row; a revision's own row in its transaction and those of
//! the blank revisions riding with it; and the row of an applied revision.

use std::time::Instant;

use super::backend::{db, Backend};
use super::options::Options;
use crate::direction::Direction;
use crate::error::{Error, Result};
use crate::ledger::{Drift, Record, Status};
use crate::Revision;

/// Writes the revision's row as `running` on its own, before its first
/// statement: a new row going up, the existing row's status going down.
pub(super) async fn mark_running<DB: Backend>(
    options: &Options,
    conn: &mut DB::Connection,
    revision: &Revision,
    direction: Direction,
) -> Result<()> {
    let table = &options.table;
    let mut record = applied_record(revision, 0, None);
    record.status = Status::Running;
    match direction {
        Direction::Up => DB::insert_record(conn, table, &record).await,
        Direction::Down => DB::update_status(conn, table, &record).await,
    }
    .map_err(db("mark the revision as running"))
}

/// Waits, up to the lock timeout, while another runner's `running` row says
/// it is applying `revision`; false (skip it) once it is applied.
pub(super) async fn wait_for_other_runner<DB: Backend>(
    options: &Options,
    conn: &mut DB::Connection,
    revision: &Revision,
) -> Result<bool> {
    let started = Instant::now();
    loop {
        let records = DB::read_records(conn, &options.table)
            .await
            .map_err(db("read the bookkeeping table"))?;
        let record = records.into_iter().find(|r| r.revision == revision.id());
        match record {
            Some(record) if record.status == Status::Applied => return Ok(false),
            Some(record) if record.status == Status::Running => {
                if started.elapsed() >= options.lock_timeout {
                    return Err(Error::LockTimeout {
                        table: options.table.to_string(),
                        holder: Some(format!(
                            "another runner applying '{}' ({})",
                            revision.id(),
                            revision.file()
                        )),
                        waited: started.elapsed(),
                    });
                }
                tokio::time::sleep(options.poll_interval).await;
            }
            other => {
                let (status, detail) =
                    other.map_or((Status::Running, None), |r| (r.status, r.detail));
                return Err(Error::Drift(vec![Drift::Failed {
                    revision: revision.id().to_owned(),
                    file: Some(revision.file().to_owned()),
                    status,
                    detail,
                }]));
            }
        }
    }
}

/// Leaves a `failed` row naming the statement, so later runs stop until a
/// person resolves it. Best effort: the connection may be the problem.
pub(super) async fn record_failure<DB: Backend>(
    options: &Options,
    conn: &mut DB::Connection,
    revision: &Revision,
    direction: Direction,
    started: Instant,
    error: &Error,
) {
    let table = &options.table;
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
        tracing::error!(
            target: super::observe::TARGET,
            "could not record revision '{}' as failed: {err}",
            revision.id()
        );
    }
}

/// The row of a blank revision riding in another's transaction (true if
/// written). Without a lock across runners, a row another runner wrote is
/// left as it is.
pub(super) async fn write_rider<DB: Backend>(
    options: &Options,
    conn: &mut DB::Connection,
    rider: &Revision,
    direction: Direction,
    racing: bool,
) -> Result<bool> {
    if racing {
        let present = DB::has_record(conn, &options.table, rider.id())
            .await
            .map_err(db("re-read the bookkeeping table"))?;
        if present == (direction == Direction::Up) {
            return Ok(false);
        }
    }
    write_row::<DB>(options, conn, rider, direction, 0).await?;
    Ok(true)
}

/// A revision's own row in its transaction: `applied` going up (after
/// `execution_ms`), gone going down.
pub(super) async fn write_row<DB: Backend>(
    options: &Options,
    conn: &mut DB::Connection,
    revision: &Revision,
    direction: Direction,
    execution_ms: i64,
) -> Result<()> {
    let table = &options.table;
    match direction {
        Direction::Up => {
            let record = applied_record(revision, execution_ms, None);
            DB::insert_record(conn, table, &record).await
        }
        Direction::Down => DB::delete_record(conn, table, revision.id()).await,
    }
    .map_err(db("write the bookkeeping row"))
}

/// The row of an applied revision.
pub(super) fn applied_record(
    revision: &Revision,
    execution_ms: i64,
    detail: Option<&str>,
) -> Record {
    Record {
        revision: revision.id().to_owned(),
        checksum: revision.checksum().to_string(),
        status: Status::Applied,
        execution_ms,
        detail: detail.map(str::to_owned),
        applied_at: None,
    }
}
