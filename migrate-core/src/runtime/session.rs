//! A revision's `search_path` does not outlive it (PostgreSQL). A revision
//! may set the session's path: a `pg_dump` baseline sets it empty, another
//! puts a schema of its own first. Left in place, it would decide where the
//! next revision's unqualified names go (differently when the two run in
//! different processes) and hide the bookkeeping table from the row write.
//! So a revision whose SQL names the setting has the path saved before its
//! statements and put back after them, in the same transaction.

use super::backend::Backend;
use super::failure::BodyFailure;
use crate::direction::Direction;
use crate::{Dialect, Revision};

/// Saves the session's path in a setting of this crate's own.
pub(super) const SAVE_SEARCH_PATH: &str =
    "SELECT pg_catalog.set_config('migraph.search_path', pg_catalog.current_setting('search_path'), false)";

/// Puts the saved path back.
pub(super) const RESTORE_SEARCH_PATH: &str =
    "SELECT pg_catalog.set_config('search_path', pg_catalog.current_setting('migraph.search_path'), false)";

/// Whether `revision` going `direction` may change the session's path on
/// `dialect`: a SQL revision on PostgreSQL whose text names `search_path`
/// or says `SET [SESSION | LOCAL] SCHEMA` (which sets the path too). A false
/// positive costs two small statements; a code revision is not looked into.
pub(super) fn may_set_search_path(
    dialect: Dialect,
    revision: &Revision,
    direction: Direction,
) -> bool {
    if dialect != Dialect::Postgres || revision.is_code() {
        return false;
    }
    let (sql, _) = revision.section(direction);
    let lower = sql.to_ascii_lowercase();
    if lower.contains("search_path") {
        return true;
    }
    let words: Vec<&str> = lower.split_ascii_whitespace().collect();
    words.iter().enumerate().any(|(i, word)| {
        let next = |k: usize| words.get(i + k).copied();
        *word == "set"
            && (next(1) == Some("schema")
                || (matches!(next(1), Some("session" | "local")) && next(2) == Some("schema")))
    })
}

/// Runs [`SAVE_SEARCH_PATH`] or [`RESTORE_SEARCH_PATH`] on `conn`, for a
/// revision sent statement by statement.
pub(super) async fn keep_path<DB: Backend>(
    conn: &mut DB::Connection,
    statement: &'static str,
) -> Result<(), BodyFailure<'static>> {
    DB::execute(conn, statement).await.map_err(|error| {
        BodyFailure::Code(format!("could not keep the session's search_path: {error}").into())
    })
}
