//! One revision and its row inside a transaction its caller holds open:
//! `verify`'s trial (rolled back afterwards) and its walk in one transaction
//! (each step under a savepoint). What [`super::strategy::transactional`]
//! runs between its `BEGIN` and its `COMMIT`.

use super::backend::{db, Backend};
use super::batch::{Failed, Message};
use super::rows::write_row;
use super::strategy::{run_in_transaction, set_table_lock_timeout, Cx};
use crate::direction::Direction;
use crate::error::Result;
use crate::ledger::Report;
use crate::Revision;

/// One revision and its row inside a transaction the caller holds open
/// (verify's trial, rolled back afterwards): what [`transactional`] runs
/// between its `BEGIN` and its `COMMIT`, one message where the database
/// allows, with the same error for a failing statement.
///
/// With `savepoint` (the stairway in one transaction), all of it under a
/// savepoint of that name, opened first and released after the row: in
/// the same message where there is one. After a failure the savepoint may
/// be open: the caller rolls back to it.
pub(super) async fn within<DB: Backend>(
    cx: Cx<'_>,
    conn: &mut DB::Connection,
    revision: &Revision,
    direction: Direction,
    savepoint: Option<&str>,
) -> Result<()> {
    let report = Report::default();
    let open = savepoint.map(|name| format!("SAVEPOINT {name}"));
    let release = savepoint.map(|name| format!("RELEASE SAVEPOINT {name}"));
    if let Some(mut message) = Message::build::<DB>(cx.options, (revision, &[]), direction, false) {
        if let (Some(open), Some(release)) = (&open, &release) {
            message.frame(open, release);
        }
        return match message.send::<DB>(conn).await {
            Ok(()) => Ok(()),
            Err(Failed::Body(failure)) => {
                Err(failure.into_error::<DB>(revision, direction, false, &report))
            }
            Err(Failed::Setting(error)) => Err(db("set up the revision's transaction")(error)),
            Err(Failed::Bookkeeping(error)) => Err(db("write the bookkeeping row")(error)),
        };
    }
    if let Some(open) = &open {
        DB::execute(conn, open)
            .await
            .map_err(db("open a savepoint for the revision"))?;
    }
    set_table_lock_timeout::<DB>(cx.options, conn).await?;
    run_in_transaction::<DB>(cx, conn, revision, direction)
        .await?
        .map_err(|failure| failure.into_error::<DB>(revision, direction, false, &report))?;
    write_row::<DB>(cx.options, conn, revision, direction, 0).await?;
    if let Some(release) = &release {
        DB::execute(conn, release)
            .await
            .map_err(db("release the revision's savepoint"))?;
    }
    Ok(())
}
