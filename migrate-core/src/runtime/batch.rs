//! A transactional revision in one round trip. Where the database runs a
//! message of several statements as one transaction of its own
//! ([`Backend::MESSAGE_IS_TRANSACTION`]: PostgreSQL's simple-query
//! protocol), the transaction's settings, the revision's statements and its
//! bookkeeping row go to the server as one message, instead of `BEGIN`, each
//! statement, the row and `COMMIT` one after another. The revision and its
//! row still commit together or not at all, and the session is idle after
//! either.
//!
//! A failure names the statement the unbatched path would have named: by
//! the position the database gives for the error in the message (syntax
//! errors, unknown names), else by how many statements completed before it.
//! The rows of blank revisions riding in the revision's transaction
//! (`Run::apply`) follow its own row.
//!
//! Where a message of several statements stops at the first that fails but
//! makes no transaction of them ([`Backend::MESSAGE_STOPS_AT_FAILURE`]:
//! MySQL's multi-statement text queries), the revision's messages open and
//! commit their own, after the `running` row the strategy committed first
//! (DDL commits as it goes there, and a killed runner must leave a trace):
//! `BEGIN` rides with the first statement, the row's `applied` update and
//! `COMMIT` with the last, so a revision of one statement is one round
//! trip. Each message holds one of the revision's statements, because the
//! server runs the rest of a message after its client is gone, and a
//! killed runner's revision must stop where it was. The failing statement
//! is found by counting, as above.
//!
//! Where every call costs a hop to another thread instead
//! ([`Backend::BODY_IN_ONE_CALL`]: SQLite's worker), the statements alone
//! go in one call, inside the transaction the strategy opened.

use std::time::Instant;

use super::backend::{db, Backend};
use super::failure::BodyFailure;
use super::options::{LockStrategy, Options};
use super::rows::record_failure;
use super::session;
use crate::direction::Direction;
use crate::error::Result;
use crate::ledger::{sql, Report, Table};
use crate::lex::{self, Kind};
use crate::split::{self, Piece};
use crate::{Dialect, Revision};

mod frame;

/// Settings that change how the server reads the statements after them
/// (PostgreSQL parses a whole message before running any of it): a
/// revision that names one is sent statement by statement.
const PARSE_SETTINGS: [&str; 2] = ["standard_conforming_strings", "backslash_quote"];

/// The largest MySQL revision sent framed ([`Message::framed`]); a larger
/// one goes as before, each statement well within `max_allowed_packet`.
const MAX_FRAMED_BYTES: usize = 1 << 20;

/// One revision's transaction as one message.
pub(super) struct Message<'r> {
    sql: String,
    /// How many statements come before the revision's own.
    settings: usize,
    /// The revision's statements, each with its byte offset in `sql`.
    body: Vec<(Piece<'r>, usize)>,
    /// The byte offset of the bookkeeping statements in `sql` (its length
    /// when there are none).
    bookkeeping: usize,
    /// The section the statements come from, and its first line.
    section: (&'r str, u32),
}

/// Where a message failed.
pub(super) enum Failed<'r> {
    /// A setting of the transaction, before the revision's statements.
    Setting(sqlx::Error),
    /// One of the revision's statements.
    Body(BodyFailure<'r>),
    /// The bookkeeping rows, the commit's setting or the commit, after the
    /// last statement.
    Bookkeeping(sqlx::Error),
}

impl<'r> Message<'r> {
    /// The message for `revision` going `direction`, or `None` where it must
    /// go statement by statement: a database without such messages, a code
    /// revision, a run without a lock across processes (the row is re-read
    /// first), or SQL that changes how later statements parse.
    pub(super) fn build<DB: Backend>(
        options: &Options,
        (revision, riders): (&'r Revision, &[&Revision]),
        direction: Direction,
        relaxed: bool,
    ) -> Option<Message<'r>> {
        if !DB::MESSAGE_IS_TRANSACTION
            || revision.is_code()
            || !DB::GLOBAL_LOCK
            || options.lock == LockStrategy::DangerousNone
        {
            return None;
        }
        // What bounds the statements' lock waits goes before them; what
        // the commit reads goes last, so that the message starts with the
        // revision's own SQL, as a session list shows it.
        let mut settings = options
            .table_lock_timeout
            .map(DB::table_lock_timeout_sql)
            .unwrap_or_default();
        let keeps_path = session::may_set_search_path(DB::DIALECT, revision, direction);
        if keeps_path {
            settings.push(session::SAVE_SEARCH_PATH.to_owned());
        }
        let mut message = Message::body::<DB>(revision, direction, &settings)?;
        if keeps_path {
            message.then(session::RESTORE_SEARCH_PATH);
        }
        let table = &options.table;
        let message_sql = &mut message.sql;
        message_sql.push_str(&rows_sql(
            table,
            DB::DIALECT,
            (revision, riders),
            direction,
            |row| {
                let checksum = row.checksum().to_string();
                sql::insert_applied_in_message(table, DB::DIALECT, row.id(), &checksum)
            },
        ));
        if let Some(relax) = DB::RELAX_COMMIT.filter(|_| relaxed) {
            message_sql.push_str(";\n");
            message_sql.push_str(relax);
        }
        Some(message)
    }

    /// The messages for `revision` going `direction` where the database
    /// makes no transaction of a message ([`Backend::MESSAGE_STOPS_AT_FAILURE`]),
    /// sent after the `running` row: one per statement, the first opening
    /// the transaction (after its settings), the last carrying the
    /// bookkeeping rows and `COMMIT`; a revision of one statement is one
    /// message. Not the whole revision in one: the server runs what it was
    /// sent even after the runner is gone, and a killed runner's revision
    /// must stop at the statement it was in, as statement by statement.
    /// `None` where it must go as before: as for [`Message::build`], and
    /// for a statement whose replies would make the count of completed
    /// statements name the wrong one ([`unframeable`]), or SQL over
    /// [`MAX_FRAMED_BYTES`].
    pub(super) fn framed<DB: Backend>(
        options: &Options,
        (revision, riders): (&'r Revision, &[&Revision]),
        direction: Direction,
    ) -> Option<Vec<Message<'r>>> {
        if !DB::MESSAGE_STOPS_AT_FAILURE
            || revision.is_code()
            || !DB::GLOBAL_LOCK
            || options.lock == LockStrategy::DangerousNone
        {
            return None;
        }
        let whole = Message::body::<DB>(revision, direction, &[])?;
        if whole.sql.len() > MAX_FRAMED_BYTES
            || whole.body.iter().any(|(piece, _)| unframeable(piece.sql()))
        {
            return None;
        }
        let mut settings = options
            .table_lock_timeout
            .map(DB::table_lock_timeout_sql)
            .unwrap_or_default();
        settings.push(DB::BEGIN.to_owned());
        let count = whole.body.len().max(1);
        let mut parts = Vec::with_capacity(count);
        for i in 0..count {
            let first = if i == 0 { &settings[..] } else { &[] };
            let mut sql: String = first.iter().map(|s| format!("{s};\n")).collect();
            let mut body = Vec::new();
            if let Some(&(piece, _)) = whole.body.get(i) {
                body.push((piece, sql.len()));
                sql.push_str(piece.sql());
                if !piece.terminated {
                    // It may end in a line comment.
                    sql.push_str("\n;");
                }
            }
            let bookkeeping = sql.len();
            if i + 1 == count {
                sql.push_str(&rows_and_commit(
                    &options.table,
                    (revision, riders),
                    direction,
                ));
            }
            parts.push(Message {
                sql,
                settings: first.len(),
                body,
                bookkeeping,
                section: whole.section,
            });
        }
        Some(parts)
    }

    /// The revision's statements alone as one call, after `settings`, for
    /// a transaction the caller opened: `None` for a code revision or SQL
    /// that changes how later statements parse.
    pub(super) fn body<DB: Backend>(
        revision: &'r Revision,
        direction: Direction,
        settings: &[String],
    ) -> Option<Message<'r>> {
        let (text, line) = revision.section(direction);
        if revision.is_code() || changes_parsing(text) {
            return None;
        }
        let mut sql = String::with_capacity(text.len() + 256);
        for setting in settings {
            sql.push_str(setting);
            sql.push_str(";\n");
        }
        let mut body = Vec::new();
        for piece in split::split(text, DB::DIALECT) {
            if piece.is_blank {
                continue;
            }
            body.push((piece, sql.len()));
            sql.push_str(piece.sql());
            // A newline first: the statement may end in a line comment
            // (which may itself end in a `;` that ends nothing).
            sql.push_str(if piece.terminated { "\n" } else { "\n;\n" });
        }
        Some(Message {
            bookkeeping: sql.len(),
            sql,
            settings: settings.len(),
            body,
            section: (text, line),
        })
    }

    /// Sends the message: one round trip.
    pub(super) async fn send<DB: Backend>(
        self,
        conn: &mut DB::Connection,
    ) -> Result<(), Failed<'r>> {
        match DB::execute_batch(conn, &self.sql).await {
            Ok(()) => Ok(()),
            Err((completed, error)) => Err(self.failed::<DB>(completed, error)),
        }
    }

    /// [`Message::send`], returning the rows of the statements at `keep`
    /// (their indexes in the message; every column an integer), and on a
    /// failure also how many statements completed before it.
    pub(super) async fn send_reading<DB: Backend>(
        self,
        conn: &mut DB::Connection,
        keep: &[usize],
    ) -> Result<Vec<Vec<i64>>, (usize, Failed<'r>)> {
        match DB::fetch_batch(conn, &self.sql, keep).await {
            Ok(rows) => Ok(rows),
            Err((completed, error)) => Err((completed, self.failed::<DB>(completed, error))),
        }
    }

    /// Appends a statement after the revision's (bookkeeping, to a failure).
    pub(super) fn then(&mut self, statement: &str) {
        self.sql.push_str(statement);
        self.sql.push_str(";\n");
    }

    /// How many statements the settings and the revision's make.
    pub(super) fn statements(&self) -> usize {
        self.settings + self.body.len()
    }

    /// Where the message failed, from the error and how many statements
    /// completed before it.
    fn failed<DB: Backend>(&self, completed: usize, error: sqlx::Error) -> Failed<'r> {
        let at = match DB::error_position(&error) {
            Some(position) => self.at_position(position),
            None if completed < self.settings => At::Setting,
            None => match completed - self.settings {
                i if i < self.body.len() => At::Statement(i, None),
                _ if self.bookkeeping < self.sql.len() => At::Bookkeeping,
                // Nothing follows the last statement: it failed as it ended.
                _ => At::Statement(self.body.len().saturating_sub(1), None),
            },
        };
        let (piece, position) = match at {
            At::Setting => return Failed::Setting(error),
            At::Bookkeeping => return Failed::Bookkeeping(error),
            At::Statement(i, position) => match self.body.get(i) {
                Some(&(piece, _)) => (piece, position),
                None => return Failed::Bookkeeping(error),
            },
        };
        let (sql, line) = self.section;
        Failed::Body(BodyFailure::Statement {
            sql,
            line,
            piece,
            error,
            position,
        })
    }

    /// Which part of the message holds the character at `position`
    /// (1-based, in the whole message); for a statement of the revision,
    /// also the position counted from the statement's start.
    fn at_position(&self, position: usize) -> At {
        let target = position.saturating_sub(1);
        let (mut chars, mut from) = (0, 0);
        let mut at = At::Setting;
        for (i, (_, start)) in self.body.iter().enumerate() {
            chars += self.sql[from..*start].chars().count();
            from = *start;
            if chars > target {
                return at;
            }
            at = At::Statement(i, Some(target - chars + 1));
        }
        chars += self.sql[from..self.bookkeeping].chars().count();
        if chars > target {
            at
        } else {
            At::Bookkeeping
        }
    }
}

/// A part of a message.
enum At {
    Setting,
    /// The revision's statement at this index, and the error's position in it.
    Statement(usize, Option<usize>),
    Bookkeeping,
}

/// Sends the messages of [`Message::framed`] in turn. On a failure, rolls
/// back what the server left open at the failing statement and, where that
/// was one of the revision's, records the revision `failed` (its DDL may
/// have committed as it went).
pub(super) async fn send_framed<DB: Backend>(
    parts: Vec<Message<'_>>,
    options: &Options,
    conn: &mut DB::Connection,
    (revision, direction): (&Revision, Direction),
    (started, report): (Instant, &Report),
) -> Result<()> {
    for part in parts {
        let Err(failed) = part.send::<DB>(conn).await else {
            continue;
        };
        // Best effort: the connection may be what failed.
        if let Err(error) = DB::execute(conn, "ROLLBACK").await {
            tracing::warn!(target: super::observe::TARGET, "could not roll back the revision's transaction: {error}");
        }
        return match failed {
            Failed::Body(failure) => {
                let error = failure.into_error::<DB>(revision, direction, true, report);
                record_failure::<DB>(options, conn, revision, direction, started, &error).await;
                Err(error)
            }
            Failed::Setting(error) => Err(db("set up the revision's transaction")(error)),
            Failed::Bookkeeping(error) => Err(db(
                "write the bookkeeping row and commit the revision",
            )(error)),
        };
    }
    Ok(())
}

/// What ends a framed revision's last message (from a new line): its row
/// (the `running` row made `applied` going up, gone going down), the rows
/// of the blank revisions riding with it, and `COMMIT`.
fn rows_and_commit(
    table: &Table,
    (revision, riders): (&Revision, &[&Revision]),
    direction: Direction,
) -> String {
    let mut sql = String::from("\n");
    sql.push_str(&rows_sql(
        table,
        Dialect::Mysql,
        (revision, riders),
        direction,
        |row| update_applied(table, row.id()),
    ));
    sql.push_str(";\nCOMMIT");
    sql
}

/// The bookkeeping statements of `revision` and the blank revisions
/// riding with it, joined by `;` and a newline: going up, `own` writes the
/// revision's row and a rider's row is inserted as it is (a rider ran
/// nothing: its time is the revision's); going down, each row is deleted.
fn rows_sql(
    table: &Table,
    dialect: Dialect,
    (revision, riders): (&Revision, &[&Revision]),
    direction: Direction,
    own: impl Fn(&Revision) -> String,
) -> String {
    let rows = std::iter::once(revision).chain(riders.iter().copied());
    let statements: Vec<String> = rows
        .enumerate()
        .map(|(i, row)| match direction {
            Direction::Up if i > 0 => {
                sql::insert_literal(table, dialect, row.id(), &row.checksum().to_string())
            }
            Direction::Up => own(row),
            Direction::Down => sql::delete_literal(table, dialect, row.id()),
        })
        .collect();
    statements.join(";\n")
}

/// Whether a MySQL statement must go on its own: a routine, trigger or
/// event (whose body the splitter keeps whole by its own reading of
/// `BEGIN ... END`), a compound statement or `DELIMITER` line (client-side
/// syntax), `CALL` (one reply per result of the procedure, not one per
/// statement), `LOAD DATA` and `HANDLER`.
fn unframeable(statement: &str) -> bool {
    let is = |word: &str, keyword: &str| word.eq_ignore_ascii_case(keyword);
    let mut words = lex::tokens(statement, Dialect::Mysql)
        .significant()
        .filter(|token| token.kind == Kind::Word)
        .map(|token| token.text)
        .take(8);
    let Some(first) = words.next() else {
        return false;
    };
    let alone = ["call", "delimiter", "begin", "load", "handler"];
    if alone.iter().any(|k| is(first, k)) {
        return true;
    }
    if !is(first, "create") {
        return false;
    }
    // What is created: the first of these words after `CREATE` (past
    // `OR REPLACE`, `DEFINER = ...`, `UNIQUE`, `TEMPORARY` and the like).
    let routines = ["trigger", "procedure", "function", "event"];
    let others = ["table", "index", "view", "database", "schema", "sequence"];
    words
        .find(|w| routines.iter().chain(&others).any(|k| is(w, k)))
        .is_some_and(|w| routines.iter().any(|k| is(w, k)))
}

/// The `running` row of `revision` made `applied`, its execution time
/// measured by the server from the row's writing.
fn update_applied(table: &Table, revision: &str) -> String {
    format!(
        "UPDATE {} SET status = 'applied', \
         execution_ms = GREATEST(0, TIMESTAMPDIFF(MICROSECOND, applied_at, NOW(6)) DIV 1000), \
         detail = NULL WHERE revision = {}",
        table.qualified(Dialect::Mysql),
        sql::literal(revision, Dialect::Mysql)
    )
}

/// Whether `text` names a setting that changes how later statements parse.
fn changes_parsing(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    PARSE_SETTINGS.iter().any(|name| lower.contains(name))
}

#[cfg(test)]
mod tests {
    use super::unframeable;

    #[test]
    fn routines_calls_and_client_syntax_go_alone() {
        for statement in [
            "CREATE PROCEDURE p() BEGIN SELECT 1; END",
            "create definer = `root`@`%` trigger t before insert on x for each row set new.a = 1",
            "CREATE FUNCTION f() RETURNS INT RETURN 1",
            "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO DELETE FROM x",
            "CALL p()",
            "DELIMITER //",
            "BEGIN NOT ATOMIC SELECT 1; END",
            "LOAD DATA INFILE 'x' INTO TABLE t",
        ] {
            assert!(unframeable(statement), "{statement}");
        }
        for statement in [
            "CREATE TABLE event (id INT)",
            "CREATE TABLE t (x INT, trigger_name TEXT)",
            "INSERT INTO calls VALUES (1)",
            "-- CALL p()\nSELECT 1",
            "ALTER TABLE t ADD COLUMN procedure_id INT",
        ] {
            assert!(!unframeable(statement), "{statement}");
        }
    }
}
