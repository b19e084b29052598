//! A revision's failure as the caller sees it: the statement (or code
//! revision function) that failed, turned into [`Error::Statement`] with
//! the file line of the statement or of the error inside it, and what the
//! database adds to its message.

use super::backend::Backend;
use crate::direction::Direction;
use crate::error::{Error, StatementFailure};
use crate::ledger::Report;
use crate::split::{self, Piece};
use crate::{Dialect, Revision};

/// Why a revision's up or down failed.
pub(super) enum BodyFailure<'r> {
    /// A statement of its SQL, with the section it is in.
    Statement {
        sql: &'r str,
        line: u32,
        piece: Piece<'r>,
        error: sqlx::Error,
        /// Where in the statement the database says the error is
        /// (characters, 1-based), where it says so.
        position: Option<usize>,
    },
    /// Its code revision function's error.
    Code(crate::code::BoxError),
}

impl BodyFailure<'_> {
    pub(super) fn into_error<DB: Backend>(
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
                position,
            } => statement_error::<DB>(
                revision,
                direction,
                (sql, line),
                &piece,
                (&error, position),
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
        code: database_error.and_then(code),
    }))
}

/// The error for a failed statement: the file line of the statement (or of
/// the error inside it, where PostgreSQL gives a position).
fn statement_error<DB: Backend>(
    revision: &Revision,
    direction: Direction,
    (section, section_line): (&str, u32),
    piece: &Piece<'_>,
    (error, position): (&sqlx::Error, Option<usize>),
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
    if let Some(position) = position {
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
        code: code(error),
        mysql_implicit_commit: DB::DIALECT == Dialect::Mysql,
        applied: report.steps.iter().map(|s| s.revision.clone()).collect(),
    }))
}

/// The database's code for `error`, where it gives one.
fn code(error: &sqlx::Error) -> Option<String> {
    Some(error.as_database_error()?.code()?.into_owned())
}

/// Whether the failing statement is the section's first.
pub(super) fn failed_at_first_statement(
    revision: &Revision,
    direction: Direction,
    failure: &StatementFailure,
    dialect: Dialect,
) -> bool {
    let sql = match direction {
        Direction::Up => revision.up_sql(),
        Direction::Down => revision.down_sql().unwrap_or(""),
    };
    split::split(sql, dialect)
        .into_iter()
        .find(|piece| !piece.is_blank)
        .is_some_and(|first| {
            split::strip_leading_comments(first.sql(), dialect) == failure.statement
        })
}
