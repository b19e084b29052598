//! The ways a revision's SQL (or code) reaches the database:
//!
//! - [`transactional`] (the default): the revision and its bookkeeping row
//!   in one transaction; both or neither (on MySQL, whose DDL commits
//!   implicitly, the row is also written `running` before the transaction,
//!   so a killed runner leaves a trace);
//! - [`statements`] (`transactional: false`): the row says `running`
//!   first, each statement commits on its own, and the row ends `applied`,
//!   or `failed` naming the statement;
//! - [`atomic`] (opt-in): the whole plan in one transaction.
//!
//! Each runs one attempt; retrying is [`super::retry`]'s, choosing is the
//! run's.

use std::time::Instant;

use sqlx::Connection;

use super::backend::{db, Backend};
use super::batch::{send_framed, Failed, Message};
use super::failure::BodyFailure;
use super::held::{
    self, commit_held, end_held, lose_held, rollback, Held, Hold, RELEASE, ROLLBACK_TO, SAVEPOINT,
};
use super::one_call::{OneCall, Outcome};
use super::options::{LockStrategy, Options};
use super::rows::{
    applied_record, mark_running, record_failure, wait_for_other_runner, write_rider, write_row,
};
use super::session;
use crate::direction::Direction;
use crate::error::{Error, Result};
use crate::ledger::{Report, StepReport};
use crate::split;
use crate::{Dialect, Migrations, Plan, Revision};

/// What a failing `BEGIN` was doing.
const BEGIN_TRANSACTION: &str = "begin a transaction";

/// What every strategy reads besides the connection.
#[derive(Clone, Copy)]
pub(super) struct Cx<'a> {
    pub(super) options: &'a Options,
    pub(super) migrations: &'a Migrations,
}

/// One revision and its row in one transaction, whose commit does not wait
/// for the disk when `relaxed`: one message where the database allows
/// ([`super::batch`]; on MySQL one a statement after the `running` row,
/// `BEGIN` riding with the first, the row and `COMMIT` with the last), else `BEGIN`,
/// each statement, the row and `COMMIT`. Returns false if another runner
/// got there first (SQLite, which has no lock across revisions).
pub(super) async fn transactional<DB: Backend>(
    cx: Cx<'_>,
    conn: &mut DB::Connection,
    (revision, riders): (&Revision, &[&Revision]),
    direction: Direction,
    relaxed: bool,
    report: &Report,
) -> Result<bool> {
    let table = &cx.options.table;
    let started = Instant::now();
    // Where DDL commits implicitly (MySQL), a killed runner can leave part
    // of the revision applied whatever the transaction says: a `running`
    // row written first keeps a trace of it.
    let implicit_commit = DB::DIALECT == Dialect::Mysql;
    if let Some(message) = Message::build::<DB>(cx.options, (revision, riders), direction, relaxed)
    {
        return match message.send::<DB>(conn).await {
            Ok(()) => Ok(true),
            Err(Failed::Body(failure)) => {
                Err(failure.into_error::<DB>(revision, direction, false, report))
            }
            Err(Failed::Setting(error)) => Err(db("set up the revision's transaction")(error)),
            Err(Failed::Bookkeeping(error)) => Err(db(
                "write the bookkeeping row and commit the revision",
            )(error)),
        };
    }
    if implicit_commit {
        mark_running::<DB>(cx.options, conn, revision, direction).await?;
        if let Some(parts) = Message::framed::<DB>(cx.options, (revision, riders), direction) {
            let (options, at) = (cx.options, (revision, direction));
            let sent = send_framed::<DB>(parts, options, conn, at, (started, report));
            return sent.await.map(|()| true);
        }
    }
    let begin = if relaxed {
        DB::BEGIN_RELAXED
    } else {
        DB::BEGIN
    };
    let mut tx = begin_with::<DB>(conn, begin).await?;
    set_table_lock_timeout::<DB>(cx.options, &mut tx).await?;
    let racing = !DB::GLOBAL_LOCK || cx.options.lock == LockStrategy::DangerousNone;
    if racing {
        let present = DB::has_record(&mut tx, table, revision.id())
            .await
            .map_err(db("re-read the bookkeeping table"))?;
        if present == (direction == Direction::Up) {
            return Ok(false);
        }
    }
    let body = run_in_transaction::<DB>(cx, &mut tx, revision, direction).await?;
    if let Err(failure) = body {
        drop(tx);
        // MySQL commits DDL as it goes: the rollback may have undone
        // nothing, so the revision must not look untouched.
        let error = failure.into_error::<DB>(revision, direction, implicit_commit, report);
        if implicit_commit {
            record_failure::<DB>(cx.options, conn, revision, direction, started, &error).await;
        }
        return Err(error);
    }
    match direction {
        Direction::Up => {
            let record = applied_record(revision, started.elapsed().as_millis() as i64, None);
            if implicit_commit {
                DB::update_status(&mut tx, table, &record).await
            } else {
                DB::insert_record(&mut tx, table, &record).await
            }
        }
        Direction::Down => DB::delete_record(&mut tx, table, revision.id()).await,
    }
    .map_err(db("write the bookkeeping row"))?;
    for rider in riders {
        write_rider::<DB>(cx.options, &mut tx, rider, direction, racing).await?;
    }
    tx.commit().await.map_err(db("commit the revision"))?;
    Ok(true)
}

/// [`transactional`] where the transaction may be held open (SQLite, a SQL
/// revision): in a transaction of its own, or under a savepoint in the one
/// `held` keeps open. A failing revision rolls back alone, and the held
/// transaction then commits without it, so the revisions before it stay
/// applied and recorded. Returns false if another runner got there first.
#[allow(clippy::too_many_arguments)]
pub(super) async fn transactional_held<DB: Backend>(
    cx: Cx<'_>,
    conn: &mut DB::Connection,
    group: (&Revision, &[&Revision]),
    direction: Direction,
    hold: Hold,
    held: &mut Held,
    report: &Report,
) -> Result<bool> {
    // A held transaction that is due commits at the head of this call.
    let due = held.open && held.due;
    let nested = held.open && !due;
    let commit_then_begin = ["COMMIT", DB::BEGIN];
    let open: &[&str] = match (due, nested) {
        (true, _) => &commit_then_begin,
        (_, true) => &[SAVEPOINT],
        _ => &[DB::BEGIN],
    };
    // In one call to the database where it can be ([`super::one_call`]).
    let ran = match OneCall::build::<DB>(cx.options, group, direction, open, held.counters) {
        Some(call) => call.send::<DB>(conn, report).await,
        None => {
            if due {
                commit_held::<DB>(conn, held, "commit the revision before it").await?;
            }
            let open = if nested { SAVEPOINT } else { DB::BEGIN };
            DB::execute(conn, open)
                .await
                .map_or_else(|error| Outcome::Unopened(0, error), |()| Outcome::Opened)
        }
    };
    if due {
        match ran {
            // The held transaction's `COMMIT` failed: its revisions are lost.
            Outcome::Unopened(0, error) => {
                let error = db("commit the revision before it")(error);
                return Err(lose_held::<DB>(conn, held, error).await);
            }
            // It committed (here or above); this revision's transaction is
            // new. The counters after the last revision still hold.
            _ => {
                *held = Held {
                    counters: held.counters,
                    ..Held::default()
                }
            }
        }
    }
    if let Outcome::Unopened(_, error) = ran {
        let doing = if nested {
            "open a savepoint for the revision"
        } else {
            BEGIN_TRANSACTION
        };
        return Err(end_held::<DB>(conn, held, db(doing)(error)).await);
    }
    held.open = true;
    let carried = held.counters.take();
    let outcome = match ran {
        Outcome::Ran(outcome) => outcome,
        _ => held_body::<DB>(cx, conn, group, direction, carried, report).await,
    };
    match outcome {
        Err(error) if nested => {
            // Undo this revision alone; what the held transaction has stays.
            if let Err(undo) = DB::execute(conn, ROLLBACK_TO).await {
                tracing::error!(target: super::observe::TARGET, "could not roll back to the revision's savepoint: {undo}");
                return Err(lose_held::<DB>(conn, held, error).await);
            }
            Err(end_held::<DB>(conn, held, error).await)
        }
        Err(error) => {
            rollback::<DB>(conn, held).await;
            Err(error)
        }
        Ok(None) if nested => {
            DB::execute(conn, RELEASE)
                .await
                .map_err(db("release the revision's savepoint"))?;
            Ok(false)
        }
        Ok(None) => {
            rollback::<DB>(conn, held).await;
            Ok(false)
        }
        Ok(Some((changed, after))) => {
            held.counters = Some(after);
            held::settle::<DB>(conn, held, hold, nested, changed).await?;
            Ok(true)
        }
    }
}

/// The work of [`transactional_held`] inside its transaction or savepoint:
/// `None` if the row says another runner did it, else whether the
/// statements changed anything (beyond the rows written here), and the
/// change counters after the rows. `carried` is the counters as the
/// revision before left them, read afresh when there are none.
async fn held_body<DB: Backend>(
    cx: Cx<'_>,
    conn: &mut DB::Connection,
    (revision, riders): (&Revision, &[&Revision]),
    direction: Direction,
    carried: Option<[i64; 3]>,
    report: &Report,
) -> Result<Option<(bool, [i64; 3])>> {
    let table = &cx.options.table;
    let started = Instant::now();
    let present = DB::has_record(conn, table, revision.id())
        .await
        .map_err(db("re-read the bookkeeping table"))?;
    if present == (direction == Direction::Up) {
        return Ok(None);
    }
    let counters = "read the database's change counters";
    let before = match carried {
        Some(before) => before,
        None => DB::change_counters(conn).await.map_err(db(counters))?,
    };
    run_in_transaction::<DB>(cx, conn, revision, direction)
        .await?
        .map_err(|failure| failure.into_error::<DB>(revision, direction, false, report))?;
    let ms = started.elapsed().as_millis() as i64;
    write_row::<DB>(cx.options, conn, revision, direction, ms).await?;
    // The revision's own row is one change (its row was there going down).
    let mut written = 1;
    for rider in riders {
        written += i64::from(write_rider::<DB>(cx.options, conn, rider, direction, true).await?);
    }
    let after = DB::change_counters(conn).await.map_err(db(counters))?;
    let changed = after[0] - before[0] != written || after[1..] != before[1..];
    Ok(Some((changed, after)))
}

/// A `transactional: false` revision: its row says `running` first, then
/// each statement runs on its own; a failure leaves `failed`. Returns false
/// if another runner got there first (SQLite).
pub(super) async fn statements<DB: Backend>(
    cx: Cx<'_>,
    conn: &mut DB::Connection,
    revision: &Revision,
    direction: Direction,
    held: &mut Held,
    report: &Report,
) -> Result<bool> {
    let table = &cx.options.table;
    let started = Instant::now();
    // The `running` row commits with the transaction held open before it.
    let marked = if held.open {
        let marked = mark_running::<DB>(cx.options, conn, revision, direction).await;
        commit_held::<DB>(conn, held, "commit the revision before it").await?;
        marked.is_ok()
    } else {
        false
    };
    let mark = if marked {
        Ok(())
    } else {
        mark_running::<DB>(cx.options, conn, revision, direction).await
    };
    if let Err(err) = mark {
        // Without a lock across revisions (SQLite), the `running` row is
        // what claims the revision: whoever wrote it first runs it.
        if !DB::GLOBAL_LOCK && direction == Direction::Up {
            if let Ok(true) = DB::has_record(conn, table, revision.id()).await {
                return wait_for_other_runner::<DB>(cx.options, conn, revision).await;
            }
        }
        return Err(err);
    }
    if let Err(failure) = run_body::<DB>(cx, conn, revision, direction).await {
        let error = failure.into_error::<DB>(revision, direction, true, report);
        record_failure::<DB>(cx.options, conn, revision, direction, started, &error).await;
        return Err(error);
    }
    match direction {
        Direction::Up => {
            let ms = started.elapsed().as_millis() as i64;
            DB::update_status(conn, table, &applied_record(revision, ms, None)).await
        }
        Direction::Down => DB::delete_record(conn, table, revision.id()).await,
    }
    .map_err(db("record the revision"))?;
    Ok(true)
}

/// The whole plan in one transaction (PostgreSQL and SQLite), refused
/// before anything runs where it cannot hold.
pub(super) async fn atomic<DB: Backend>(
    cx: Cx<'_>,
    conn: &mut DB::Connection,
    plan: &Plan<'_>,
    mut report: Report,
) -> Result<Report> {
    if DB::DIALECT == Dialect::Mysql {
        return Err(Error::AtomicUnsupported {
            database: DB::DIALECT.product(),
        });
    }
    let outside: Vec<(String, String)> = plan
        .steps()
        .filter(|s| !s.revision.is_transactional())
        .map(|s| (s.revision.id().to_owned(), s.revision.file().to_owned()))
        .collect();
    if !outside.is_empty() {
        return Err(Error::AtomicRefused { revisions: outside });
    }
    let table = &cx.options.table;
    let mut tx = begin_with::<DB>(conn, DB::BEGIN).await?;
    let empty = Report::default();
    for step in plan.steps() {
        let started = Instant::now();
        if let Err(failure) = run_body::<DB>(cx, &mut tx, step.revision, step.direction).await {
            // Nothing of the run stays: report no step as applied.
            return Err(failure.into_error::<DB>(step.revision, step.direction, false, &empty));
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

/// Runs the statements that bound each statement's wait for a table lock
/// (`table_lock_timeout`) in the revision's transaction.
pub(super) async fn set_table_lock_timeout<DB: Backend>(
    options: &Options,
    conn: &mut DB::Connection,
) -> Result<()> {
    if let Some(timeout) = options.table_lock_timeout {
        for sql in DB::table_lock_timeout_sql(timeout) {
            DB::execute(conn, &sql)
                .await
                .map_err(db("set the table lock timeout"))?;
        }
    }
    Ok(())
}

/// A revision's statements (or its code function) in the transaction open
/// on `conn`, in one call where the database takes a body whole: the inner
/// error is the revision's own failure, the outer one the database failing
/// around it.
pub(super) async fn run_in_transaction<'r, DB: Backend>(
    cx: Cx<'_>,
    conn: &mut DB::Connection,
    revision: &'r Revision,
    direction: Direction,
) -> Result<std::result::Result<(), BodyFailure<'r>>> {
    match Message::body::<DB>(revision, direction, &[]) {
        Some(message) if DB::BODY_IN_ONE_CALL => match message.send::<DB>(conn).await {
            Ok(()) => Ok(Ok(())),
            Err(Failed::Body(failure)) => Ok(Err(failure)),
            Err(Failed::Setting(error) | Failed::Bookkeeping(error)) => {
                Err(db("run the revision")(error))
            }
        },
        _ => Ok(run_body::<DB>(cx, conn, revision, direction).await),
    }
}

/// Runs a revision's up or down on `conn`: its statements one after
/// another, or its compiled function.
async fn run_body<'r, DB: Backend>(
    cx: Cx<'_>,
    conn: &mut DB::Connection,
    revision: &'r Revision,
    direction: Direction,
) -> std::result::Result<(), BodyFailure<'r>> {
    if revision.is_code() {
        let entry = cx.migrations.code(revision.id());
        let function = match direction {
            Direction::Up => entry.map(|e| e.up),
            Direction::Down => entry.and_then(|e| e.down),
        };
        // The run refused a plan without them, and the planner irreversible ones.
        let Some(function) = function else {
            return Err(BodyFailure::Code(
                "the revision's function is not compiled in".into(),
            ));
        };
        return function(DB::as_any(conn)).await.map_err(BodyFailure::Code);
    }
    let (sql, line) = revision.section(direction);
    let keeps_path = session::may_set_search_path(DB::DIALECT, revision, direction);
    if keeps_path {
        session::keep_path::<DB>(conn, session::SAVE_SEARCH_PATH).await?;
    }
    let pieces = split::split(sql, DB::DIALECT);
    for piece in pieces.into_iter().filter(|p| !p.is_blank) {
        if let Err(error) = DB::execute(conn, piece.sql()).await {
            return Err(BodyFailure::Statement {
                sql,
                line,
                piece,
                position: DB::error_position(&error),
                error,
            });
        }
    }
    if keeps_path {
        session::keep_path::<DB>(conn, session::RESTORE_SEARCH_PATH).await?;
    }
    Ok(())
}

/// Opens a transaction with `statement` (`BEGIN IMMEDIATE` on SQLite, which
/// waits for another writer as long as the connection's busy timeout allows).
pub(super) async fn begin_with<'c, DB: Backend>(
    conn: &'c mut DB::Connection,
    statement: &'static str,
) -> Result<sqlx::Transaction<'c, DB>> {
    conn.begin_with(statement)
        .await
        .map_err(db(BEGIN_TRANSACTION))
}
