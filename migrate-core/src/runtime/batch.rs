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
//! Where every call costs a hop to another thread instead
//! ([`Backend::BODY_IN_ONE_CALL`]: SQLite's worker), the statements alone
//! go in one call, inside the transaction the strategy opened.

use super::backend::Backend;
use super::failure::BodyFailure;
use super::options::{LockStrategy, Options};
use crate::direction::Direction;
use crate::ledger::sql;
use crate::split::{self, Piece};
use crate::Revision;

/// Settings that change how the server reads the statements after them
/// (PostgreSQL parses a whole message before running any of it): a
/// revision that names one is sent statement by statement.
const PARSE_SETTINGS: [&str; 2] = ["standard_conforming_strings", "backslash_quote"];

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
        let settings = options
            .table_lock_timeout
            .map(DB::table_lock_timeout_sql)
            .unwrap_or_default();
        let mut message = Message::body::<DB>(revision, direction, &settings)?;
        let table = &options.table;
        let message_sql = &mut message.sql;
        for (i, row) in std::iter::once(revision)
            .chain(riders.iter().copied())
            .enumerate()
        {
            if i > 0 {
                message_sql.push_str(";\n");
            }
            message_sql.push_str(&match direction {
                // A rider ran nothing: its time is the revision's.
                Direction::Up if i > 0 => {
                    sql::insert_literal(table, DB::DIALECT, row.id(), &row.checksum().to_string())
                }
                Direction::Up => sql::insert_applied_in_message(
                    table,
                    DB::DIALECT,
                    row.id(),
                    &row.checksum().to_string(),
                ),
                Direction::Down => sql::delete_literal(table, DB::DIALECT, row.id()),
            });
        }
        if let Some(relax) = DB::RELAX_COMMIT.filter(|_| relaxed) {
            message_sql.push_str(";\n");
            message_sql.push_str(relax);
        }
        Some(message)
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
        let Err((completed, error)) = DB::execute_batch(conn, &self.sql).await else {
            return Ok(());
        };
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
            At::Setting => return Err(Failed::Setting(error)),
            At::Bookkeeping => return Err(Failed::Bookkeeping(error)),
            At::Statement(i, position) => match self.body.get(i) {
                Some(&(piece, _)) => (piece, position),
                None => return Err(Failed::Bookkeeping(error)),
            },
        };
        let (sql, line) = self.section;
        Err(Failed::Body(BodyFailure::Statement {
            sql,
            line,
            piece,
            error,
            position,
        }))
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

/// Whether `text` names a setting that changes how later statements parse.
fn changes_parsing(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    PARSE_SETTINGS.iter().any(|name| lower.contains(name))
}
