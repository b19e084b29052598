//! A SQLite revision going up in one call to sqlx's worker thread, where
//! every call is a hop to that thread and back: the statements opening its
//! transaction (or its savepoint in the one held open; the `COMMIT` of a
//! held one that is due, then `BEGIN`), the change
//! counters' read where the revision before left none, its bookkeeping row,
//! its statements, its execution time and the counters' read after them,
//! where each was a call of its own. The row goes first and finds a row
//! another runner wrote (a unique violation) in place of a read before the
//! statements. The outcome is [`super::strategy::transactional_held`]'s to
//! act on, as for the calls one by one.

use std::time::{SystemTime, UNIX_EPOCH};

use super::backend::{db, Backend};
use super::batch::{Failed, Message};
use super::options::Options;
use crate::direction::Direction;
use crate::error::Result;
use crate::ledger::{sql, Report};
use crate::Revision;

/// What one call did.
pub(super) enum Outcome {
    /// The opening statement at this index failed (those before it ran).
    Unopened(usize, sqlx::Error),
    /// It opened; nothing else ran (the revision goes call by call).
    Opened,
    /// It opened and the rest ran: as `strategy::held_body` returns.
    Ran(Result<Option<(bool, [i64; 3])>>),
}

/// A revision's one call, built.
pub(super) struct OneCall<'r> {
    message: Message<'r>,
    revision: &'r Revision,
    /// The counters as the revision before left them; read in the call
    /// when there are none.
    carried: Option<[i64; 3]>,
    /// The index of the counters' read after the statements.
    after: usize,
    /// How many statements open it.
    opening: usize,
}

impl<'r> OneCall<'r> {
    /// The call for `revision`, opened with the statements of `open`, or `None` where it goes
    /// call by call: a database that holds nothing open, going down (the
    /// row must be read before the statements run), rows riding with it,
    /// a code revision, SQL that changes how later statements parse.
    pub(super) fn build<DB: Backend>(
        options: &Options,
        (revision, riders): (&'r Revision, &[&Revision]),
        direction: Direction,
        open: &[&str],
        carried: Option<[i64; 3]>,
    ) -> Option<OneCall<'r>> {
        if !DB::HOLDS_OPEN || direction != Direction::Up || !riders.is_empty() {
            return None;
        }
        let (table, d) = (&options.table, DB::DIALECT);
        let mut settings: Vec<String> = open.iter().map(|s| (*s).to_owned()).collect();
        if carried.is_none() {
            settings.push(DB::CHANGE_COUNTERS.to_owned());
        }
        let checksum = revision.checksum().to_string();
        settings.push(sql::insert_literal(table, d, revision.id(), &checksum));
        let mut message = Message::body::<DB>(revision, direction, &settings)?;
        let started = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |since| since.as_secs_f64());
        message.then(&format!(
            "UPDATE {} SET execution_ms = \
             MAX(0, CAST(ROUND((unixepoch('subsec') - {started:.3}) * 1000) AS INTEGER)) \
             WHERE revision = {}",
            table.qualified(d),
            sql::literal(revision.id(), d)
        ));
        let after = message.statements() + 1;
        message.then(DB::CHANGE_COUNTERS);
        Some(OneCall {
            message,
            revision,
            carried,
            after,
            opening: open.len(),
        })
    }

    /// Makes the call.
    pub(super) async fn send<DB: Backend>(
        self,
        conn: &mut DB::Connection,
        report: &Report,
    ) -> Outcome {
        let counters = "read the database's change counters";
        // The row's insert comes after the opening and the counters' read.
        let opening = self.opening;
        let row_at = opening + usize::from(self.carried.is_none());
        let rows = match self
            .message
            .send_reading::<DB>(conn, &[opening, self.after])
            .await
        {
            Ok(rows) => rows,
            Err((at, Failed::Setting(error))) if at < opening => {
                return Outcome::Unopened(at, error)
            }
            Err((at, Failed::Setting(error))) if at == row_at => {
                let present = error
                    .as_database_error()
                    .is_some_and(|e| e.is_unique_violation());
                return Outcome::Ran(if present {
                    Ok(None)
                } else {
                    Err(db("write the bookkeeping row")(error))
                });
            }
            Err((_, Failed::Setting(error))) => return Outcome::Ran(Err(db(counters)(error))),
            Err((_, Failed::Body(failure))) => {
                let up = Direction::Up;
                let error = failure.into_error::<DB>(self.revision, up, false, report);
                return Outcome::Ran(Err(error));
            }
            Err((_, Failed::Bookkeeping(error))) => {
                return Outcome::Ran(Err(db("write the bookkeeping row")(error)))
            }
        };
        let read = |row: Option<&Vec<i64>>| match row.map(Vec::as_slice) {
            Some(&[changes, schema, user]) => Some([changes, schema, user]),
            _ => None,
        };
        let before = self.carried.or_else(|| read(rows.first()));
        let (Some(before), Some(after)) = (before, read(rows.last())) else {
            return Outcome::Ran(Err(db(counters)(sqlx::Error::RowNotFound)));
        };
        // The row's insert and its execution time's update are two changes.
        let changed = after[0] - before[0] != 2 || after[1..] != before[1..];
        Outcome::Ran(Ok(Some((changed, after))))
    }
}
