//! The transaction a run holds open after a revision whose statements
//! changed nothing (SQLite), so that its row commits with the next
//! revision's instead of in a commit of its own: its state, and how it
//! commits or is lost. The revision under it runs in
//! [`super::strategy::transactional_held`].

use super::backend::{db, Backend};
use crate::error::{Error, Result};

/// Whether a revision's transaction may stay open after it (SQLite), so
/// that its row commits with what comes next instead of in a commit (four
/// syncs and a journal file) of its own.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Hold {
    /// Commit it: nothing that can carry it follows.
    Never,
    /// Keep it open if its statements changed nothing (no row, no schema,
    /// no header field): the next revision runs under a savepoint in it.
    IfUnchanged,
    /// Keep it open: a `transactional: false` revision follows, whose
    /// `running` row then commits with it.
    Always,
}

/// A transaction a run left open after a revision ([`Hold`]), holding that
/// revision's row and its effects. It commits with the next revision, or
/// alone before anything that cannot share it; a killed runner loses it
/// whole, and the revisions in it run again.
#[derive(Default, Debug)]
pub(super) struct Held {
    /// Whether a transaction is open.
    pub(super) open: bool,
    /// How many of the run's reported steps it holds.
    pub(super) steps: usize,
    /// Whether the revisions it holds are done and it is only left to
    /// commit: its `COMMIT` (which also ends a savepoint left in it) rides
    /// at the head of the next revision's call, before that one's `BEGIN`,
    /// instead of making a call of its own; anything else commits it first
    /// ([`commit_held`]).
    pub(super) due: bool,
    /// The change counters read after the last revision's rows, which are
    /// the next revision's "before". Whatever ran in between can only have
    /// moved them further, so a stale value costs a hold, nothing more.
    pub(super) counters: Option<[i64; 3]>,
}

/// The savepoint a revision runs under inside a held transaction.
pub(super) const SAVEPOINT: &str = "SAVEPOINT migraph_revision";
pub(super) const RELEASE: &str = "RELEASE migraph_revision";
pub(super) const ROLLBACK_TO: &str = "ROLLBACK TO migraph_revision; RELEASE migraph_revision";

/// Commits the held transaction, if one is open.
///
/// # Errors
///
/// [`Error::Database`] if the commit fails (the transaction is then rolled
/// back, and the revisions in it are not applied).
pub(super) async fn commit_held<DB: Backend>(
    conn: &mut DB::Connection,
    held: &mut Held,
    doing: &'static str,
) -> Result<()> {
    if !held.open {
        return Ok(());
    }
    if let Err(error) = DB::execute(conn, "COMMIT").await {
        rollback::<DB>(conn, held).await;
        return Err(db(doing)(error));
    }
    held.open = false;
    held.due = false;
    held.steps = 0;
    Ok(())
}

/// What follows a revision that ran in its transaction (or under a
/// savepoint, `nested`, in the one held) and was recorded: the transaction
/// stays open where `hold` allows and its statements `changed` nothing; is
/// left due where a transactional SQL revision follows, its `COMMIT` to
/// ride with that one's call (which also ends the savepoint); else the
/// savepoint is released and the transaction commits now.
pub(super) async fn settle<DB: Backend>(
    conn: &mut DB::Connection,
    held: &mut Held,
    hold: Hold,
    nested: bool,
    changed: bool,
) -> Result<()> {
    let keep = hold == Hold::Always || hold == Hold::IfUnchanged && !changed;
    if hold == Hold::IfUnchanged && !keep {
        held.due = true;
        return Ok(());
    }
    if nested {
        if let Err(error) = DB::execute(conn, RELEASE).await {
            let error = db("release the revision's savepoint")(error);
            return Err(lose_held::<DB>(conn, held, error).await);
        }
    }
    if keep {
        return Ok(());
    }
    commit_held::<DB>(conn, held, "commit the revision").await
}

/// Commits the held transaction before returning `error`; if that commit
/// fails, the error says the held revisions were not applied after all.
pub(super) async fn end_held<DB: Backend>(
    conn: &mut DB::Connection,
    held: &mut Held,
    error: Error,
) -> Error {
    let steps = held.steps;
    match commit_held::<DB>(conn, held, "commit the revisions before it").await {
        Ok(()) => error,
        Err(commit) => {
            tracing::error!(target: super::observe::TARGET, "{commit}");
            unapplied(error, steps)
        }
    }
}

/// Rolls back the held transaction after a failure that may have ended it
/// already (SQLite rolls back a whole transaction on some errors), and
/// says so in `error`.
pub(super) async fn lose_held<DB: Backend>(
    conn: &mut DB::Connection,
    held: &mut Held,
    error: Error,
) -> Error {
    let steps = held.steps;
    rollback::<DB>(conn, held).await;
    unapplied(error, steps)
}

/// Rolls back whatever transaction is open, best effort.
pub(super) async fn rollback<DB: Backend>(conn: &mut DB::Connection, held: &mut Held) {
    // Fails harmlessly when the database ended the transaction itself.
    let _ = DB::execute(conn, "ROLLBACK").await;
    *held = Held::default();
}

/// `error` with the last `steps` revisions it lists as applied taken off:
/// their transaction did not commit.
fn unapplied(mut error: Error, steps: usize) -> Error {
    if let Error::Statement(failure) = &mut error {
        let keep = failure.applied.len().saturating_sub(steps);
        failure.applied.truncate(keep);
    }
    error
}
