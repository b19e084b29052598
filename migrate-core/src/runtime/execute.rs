//! Running a plan: the three ways a revision's SQL reaches the database.
//!
//! - transactional (the default): the revision and its bookkeeping row in
//!   one transaction; both or neither (on MySQL, whose DDL commits
//!   implicitly, the row is also written `running` before the transaction,
//!   so a killed runner leaves a trace);
//! - statement by statement (`transactional: false`): the row says
//!   `running` first, each statement commits on its own, and the row ends
//!   `applied`, or `failed` naming the statement;
//! - atomic (opt-in): the whole plan in one transaction.

use std::time::Instant;

use sqlx::Connection;

use super::backend::Backend;
use super::migrator::{db, Migrator};
use super::options::{Event, LockStrategy};
use crate::direction::Direction;
use crate::error::{Error, Result, StatementFailure};
use crate::ledger::{Record, Report, Status, StepReport};
use crate::split::{self, Dialect, Piece};
use crate::{Plan, Revision};

const BEGIN_TRANSACTION: &str = "begin a transaction";

impl<'m> Migrator<'m> {
    pub(super) async fn run_plan<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        plan: &Plan<'m>,
    ) -> Result<Report> {
        self.check_code_compiled(plan)?;
        let mut report = Report {
            steps: Vec::with_capacity(plan.len()),
            current: sorted_ids(plan.current_after()),
            cleared: Vec::new(),
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
                self.run_transactional_retrying::<DB>(
                    conn,
                    revision,
                    step.direction,
                    relaxed,
                    &report,
                )
                .await?
            } else {
                self.run_statements::<DB>(conn, revision, step.direction, &report)
                    .await?
            };
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
            self.renew_lease::<DB>(conn, &report).await?;
        }
        Ok(report)
    }

    /// [`Migrator::run_transactional`], waiting while SQLite reports another
    /// writer at `BEGIN IMMEDIATE`, up to the lock timeout (the connection's
    /// busy timeout alone may be shorter than another runner's revision).
    pub(super) async fn run_transactional_waiting<DB: Backend>(
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
        // Where DDL commits implicitly (MySQL), a killed runner can leave
        // part of the revision applied whatever the transaction says: a
        // `running` row written first keeps a trace of it.
        let implicit_commit = DB::DIALECT == Dialect::Mysql;
        if implicit_commit {
            self.mark_running::<DB>(conn, revision, direction).await?;
        }
        let statement = if relaxed {
            DB::BEGIN_RELAXED
        } else {
            DB::BEGIN
        };
        let mut tx = begin_with::<DB>(conn, statement).await?;
        self.set_table_lock_timeout::<DB>(&mut tx).await?;
        if !DB::GLOBAL_LOCK || self.options.lock == LockStrategy::DangerousNone {
            let present = DB::has_record(&mut tx, table, revision.id())
                .await
                .map_err(db("re-read the bookkeeping table"))?;
            if present == (direction == Direction::Up) {
                return Ok(false);
            }
        }
        if let Err(failure) = self.run_body::<DB>(&mut tx, revision, direction).await {
            drop(tx);
            // MySQL commits DDL as it goes: the rollback may have undone
            // nothing, so the revision must not look untouched.
            let recorded = implicit_commit;
            let error = failure.into_error::<DB>(revision, direction, recorded, report);
            if recorded {
                self.record_failure::<DB>(conn, revision, direction, started, &error)
                    .await;
            }
            return Err(error);
        }
        match direction {
            Direction::Up => {
                let ms = started.elapsed().as_millis() as i64;
                let record = applied_record(revision, ms, None);
                if implicit_commit {
                    DB::update_status(&mut tx, table, &record).await
                } else {
                    DB::insert_record(&mut tx, table, &record).await
                }
            }
            Direction::Down => DB::delete_record(&mut tx, table, revision.id()).await,
        }
        .map_err(db("write the bookkeeping row"))?;
        tx.commit().await.map_err(db("commit the revision"))?;
        Ok(true)
    }

    /// Refuses, before anything runs, a plan with code revisions whose
    /// functions this program does not have (a set loaded from a
    /// directory: only the crate that embeds it can run them).
    fn check_code_compiled(&self, plan: &Plan<'m>) -> Result<()> {
        let missing: Vec<(String, String)> = plan
            .steps()
            .filter(|s| !self.migrations.can_run(s.revision))
            .map(|s| (s.revision.id().to_owned(), s.revision.file().to_owned()))
            .collect();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(Error::CodeNotCompiled { revisions: missing })
        }
    }

    /// Runs a revision's up or down on `conn`: its statements one after
    /// another, or its compiled function.
    async fn run_body<'r, DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        revision: &'r Revision,
        direction: Direction,
    ) -> std::result::Result<(), BodyFailure<'r>> {
        if revision.is_code() {
            let entry = self.migrations.code(revision.id());
            let function = match direction {
                Direction::Up => entry.map(|e| e.up),
                Direction::Down => entry.and_then(|e| e.down),
            };
            // `check_code_compiled` and the planner made sure it is there.
            let Some(function) = function else {
                return Err(BodyFailure::Code(
                    "the revision's function is not compiled in".into(),
                ));
            };
            return function(DB::as_any(conn)).await.map_err(BodyFailure::Code);
        }
        let (sql, line) = section(revision, direction);
        for piece in statements(sql, DB::DIALECT) {
            if let Err(error) = DB::execute(conn, piece.sql()).await {
                return Err(BodyFailure::Statement {
                    sql,
                    line,
                    piece,
                    error,
                });
            }
        }
        Ok(())
    }

    /// Writes the revision's row as `running` on its own, before its first
    /// statement: a new row going up, the existing row's status going down.
    async fn mark_running<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        revision: &Revision,
        direction: Direction,
    ) -> Result<()> {
        let table = &self.options.table;
        let mut record = applied_record(revision, 0, None);
        record.status = Status::Running;
        match direction {
            Direction::Up => DB::insert_record(conn, table, &record).await,
            Direction::Down => DB::update_status(conn, table, &record).await,
        }
        .map_err(db("mark the revision as running"))
    }

    /// A `transactional: false` revision: its row says `running` first,
    /// then each statement runs on its own; a failure leaves `failed`.
    /// Returns false if another runner got there first (SQLite).
    async fn run_statements<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        revision: &Revision,
        direction: Direction,
        report: &Report,
    ) -> Result<bool> {
        let table = &self.options.table;
        let started = Instant::now();
        if let Err(err) = self.mark_running::<DB>(conn, revision, direction).await {
            // Without a lock across revisions (SQLite), the `running` row is
            // what claims the revision: whoever wrote it first runs it.
            if !DB::GLOBAL_LOCK && direction == Direction::Up {
                if let Ok(true) = DB::has_record(conn, table, revision.id()).await {
                    return self.wait_for_other_runner::<DB>(conn, revision).await;
                }
            }
            return Err(err);
        }
        if let Err(failure) = self.run_body::<DB>(conn, revision, direction).await {
            let error = failure.into_error::<DB>(revision, direction, true, report);
            self.record_failure::<DB>(conn, revision, direction, started, &error)
                .await;
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

    /// Waits, up to the lock timeout, while another runner's `running` row
    /// says it is applying `revision`; false (skip it) once it is applied.
    async fn wait_for_other_runner<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        revision: &Revision,
    ) -> Result<bool> {
        let started = Instant::now();
        loop {
            let records = DB::read_records(conn, &self.options.table)
                .await
                .map_err(db("read the bookkeeping table"))?;
            let record = records.into_iter().find(|r| r.revision == revision.id());
            match record {
                Some(record) if record.status == Status::Applied => return Ok(false),
                Some(record) if record.status == Status::Running => {
                    if started.elapsed() >= self.options.lock_timeout {
                        return Err(Error::LockTimeout {
                            table: self.options.table.to_string(),
                            holder: Some(format!(
                                "another runner applying '{}' ({})",
                                revision.id(),
                                revision.file()
                            )),
                            waited: started.elapsed(),
                        });
                    }
                    tokio::time::sleep(self.options.poll_interval).await;
                }
                other => {
                    let (status, detail) =
                        other.map_or((Status::Running, None), |r| (r.status, r.detail));
                    return Err(Error::Drift(vec![crate::ledger::Drift::Failed {
                        revision: revision.id().to_owned(),
                        file: Some(revision.file().to_owned()),
                        status,
                        detail,
                    }]));
                }
            }
        }
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
            return Err(Error::AtomicUnsupported {
                database: "MySQL/MariaDB",
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
        let table = &self.options.table;
        let mut tx = begin_with::<DB>(conn, DB::BEGIN).await?;
        let empty = Report::default();
        for step in plan.steps() {
            let started = Instant::now();
            if let Err(failure) = self
                .run_body::<DB>(&mut tx, step.revision, step.direction)
                .await
            {
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

pub(super) fn sorted_ids<'a>(revisions: impl Iterator<Item = &'a Revision>) -> Vec<String> {
    let mut ids: Vec<String> = revisions.map(|r| r.id().to_owned()).collect();
    ids.sort();
    ids
}

/// Why a revision's up or down failed.
enum BodyFailure<'r> {
    /// A statement of its SQL, with the section it is in.
    Statement {
        sql: &'r str,
        line: u32,
        piece: Piece<'r>,
        error: sqlx::Error,
    },
    /// Its code revision function's error.
    Code(crate::code::BoxError),
}

impl BodyFailure<'_> {
    fn into_error<DB: Backend>(
        self,
        revision: &Revision,
        direction: Direction,
        recorded_failed: bool,
        report: &Report,
    ) -> Error {
        match self {
            BodyFailure::Statement {
                sql,
                line,
                piece,
                error,
            } => statement_error::<DB>(
                revision,
                direction,
                sql,
                line,
                &piece,
                &error,
                recorded_failed,
                report,
            ),
            BodyFailure::Code(error) => {
                code_error::<DB>(revision, direction, &*error, recorded_failed, report)
            }
        }
    }
}

/// The error for a code revision whose function failed: the line of the
/// function, its error with the chain of sources, and what the database
/// adds when the error is the database's.
fn code_error<DB: Backend>(
    revision: &Revision,
    direction: Direction,
    error: &(dyn std::error::Error + 'static),
    recorded_failed: bool,
    report: &Report,
) -> Error {
    let mut message = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !message.contains(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
        source = cause.source();
    }
    let database_error = error.downcast_ref::<sqlx::Error>();
    let diagnostics = database_error.map(DB::diagnostics).unwrap_or_default();
    let line = match direction {
        Direction::Up => revision.up_line(),
        Direction::Down => revision.down_line(),
    };
    Error::Statement(Box::new(StatementFailure {
        revision: revision.id().to_owned(),
        file: revision.file().to_owned(),
        line,
        direction,
        statement: String::new(),
        message,
        diagnostics,
        recorded_failed,
        mysql_implicit_commit: DB::DIALECT == Dialect::Mysql,
        applied: report.steps.iter().map(|s| s.revision.clone()).collect(),
        lock_timeout: database_error.is_some_and(DB::is_lock_timeout),
    }))
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
    let sent = piece.sql();
    let sent_start = piece.offset + (piece.text.len() - piece.text.trim_start().len());
    let sent_line = section_line as usize + section[..sent_start].matches('\n').count();
    // The excerpt and the line start at the statement, not at a comment
    // before it; positions the database gives count from what was sent.
    let statement = split::strip_leading_comments(sent, DB::DIALECT);
    let comments = &sent[..sent.len() - statement.len()];
    let mut line = sent_line + comments.matches('\n').count();
    if let Some(position) = DB::error_position(error) {
        let before: String = sent.chars().take(position.saturating_sub(1)).collect();
        line = sent_line + before.matches('\n').count();
    } else if let Some(offset) =
        DB::body_line(error).and_then(|n| split::dollar_body_line(statement, n))
    {
        line += offset;
    }
    let message = match error.as_database_error() {
        Some(db) => db.message().to_owned(),
        None => error.to_string(),
    };
    Error::Statement(Box::new(StatementFailure {
        revision: revision.id().to_owned(),
        file: revision.file().to_owned(),
        line: line as u32,
        direction,
        statement: statement.to_owned(),
        message,
        diagnostics: DB::diagnostics(error),
        recorded_failed,
        lock_timeout: DB::is_lock_timeout(error),
        mysql_implicit_commit: DB::DIALECT == Dialect::Mysql,
        applied: report.steps.iter().map(|s| s.revision.clone()).collect(),
    }))
}
