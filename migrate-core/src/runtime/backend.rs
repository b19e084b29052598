//! The small surface each database provides: run one statement, read and
//! write bookkeeping rows, take and release the cross-process lock. The
//! statements shared by every database come from [`crate::ledger::sql`];
//! what differs lives in each database's own module.

use std::future::Future;

use crate::error::Error;
use crate::ledger::{Record, Status, Table};
use crate::Dialect;

mod sealed {
    pub trait Sealed {}
}
pub(crate) use sealed::Sealed;

/// A database this crate can migrate: `sqlx::Postgres`, `sqlx::Sqlite` or
/// `sqlx::MySql`, each behind its feature. Not implementable outside the crate.
pub trait Backend: sqlx::Database + Sealed {
    #[doc(hidden)]
    const DIALECT: Dialect;

    /// The statement that opens a revision's transaction (SQLite takes the
    /// write lock up front with `BEGIN IMMEDIATE`).
    #[doc(hidden)]
    const BEGIN: &'static str;

    /// [`Backend::BEGIN`] for a transaction whose commit need not wait for
    /// the disk: PostgreSQL turns `synchronous_commit` off for that one
    /// transaction. The same as `BEGIN` where there is no such setting.
    #[doc(hidden)]
    const BEGIN_RELAXED: &'static str;

    /// Whether several statements sent as one message (one round trip)
    /// run as one transaction of their own, committed after the last and
    /// rolled back whole when one fails, leaving the session idle either
    /// way: PostgreSQL's simple-query protocol does this. Where it holds, a
    /// transactional revision is sent as one such message
    /// ([`super::batch`]).
    #[doc(hidden)]
    const MESSAGE_IS_TRANSACTION: bool = false;

    /// Whether several statements sent as one message run in order and
    /// stop at the first that fails, with no transaction of their own, so
    /// that a message may open and commit one (MySQL's multi-statement text
    /// queries). Where it holds, a transactional revision goes, after its
    /// `running` row, as a message per statement, `BEGIN` riding with the
    /// first and the row and `COMMIT` with the last ([`super::batch`]).
    #[doc(hidden)]
    const MESSAGE_STOPS_AT_FAILURE: bool = false;

    /// Whether a revision's statements go to the database in one call
    /// inside its transaction (where each call costs a hop to another
    /// thread: SQLite's worker), rather than one call per statement.
    #[doc(hidden)]
    const BODY_IN_ONE_CALL: bool = false;

    /// Whether a revision's transaction may be left open after it, for
    /// the next revision to run under a savepoint in it and commit its row
    /// (`strategy::Hold`): where a commit that wrote nothing costs nothing
    /// and one that did costs syncs (SQLite).
    #[doc(hidden)]
    const HOLDS_OPEN: bool = false;

    /// The query of three counters that move when statements change the
    /// database: rows written, the schema's version, the header's user
    /// fields. Equal before and after a revision's statements when they
    /// changed nothing. Empty where nothing is held open.
    #[doc(hidden)]
    const CHANGE_COUNTERS: &'static str = "";

    /// The counters of [`Backend::CHANGE_COUNTERS`], read on their own.
    #[doc(hidden)]
    fn change_counters(
        _conn: &mut Self::Connection,
    ) -> impl Future<Output = Result<[i64; 3], sqlx::Error>> + Send + '_ {
        async { Ok([0; 3]) }
    }

    /// The statement, run in a revision's transaction before it commits,
    /// that lets its commit return before the disk flush (PostgreSQL's
    /// `synchronous_commit`); none where the setting is not the run's.
    #[doc(hidden)]
    const RELAX_COMMIT: Option<&'static str> = None;

    /// Whether [`Backend::try_lock`] takes a lock across processes. Without
    /// one (SQLite), each revision re-checks its row inside its write
    /// transaction instead.
    #[doc(hidden)]
    const GLOBAL_LOCK: bool;

    /// The connection as a code revision's function receives it.
    #[doc(hidden)]
    fn as_any(conn: &mut Self::Connection) -> &mut (dyn std::any::Any + Send);

    #[doc(hidden)]
    fn execute<'c>(
        conn: &'c mut Self::Connection,
        sql: &'c str,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send + 'c;

    /// Runs the statements of `sql` as one message. On failure, also says
    /// how many of them completed before the one that failed.
    #[doc(hidden)]
    fn execute_batch<'c>(
        conn: &'c mut Self::Connection,
        sql: &'c str,
    ) -> impl Future<Output = Result<(), (usize, sqlx::Error)>> + Send + 'c;

    /// [`Backend::execute_batch`], returning the rows of the statements at
    /// `keep` (their indexes in `sql`), each column read as an integer.
    #[doc(hidden)]
    fn fetch_batch<'c>(
        conn: &'c mut Self::Connection,
        sql: &'c str,
        keep: &'c [usize],
    ) -> impl Future<Output = Result<Vec<Vec<i64>>, (usize, sqlx::Error)>> + Send + 'c;

    #[doc(hidden)]
    fn table_exists<'c>(
        conn: &'c mut Self::Connection,
        table: &'c Table,
    ) -> impl Future<Output = Result<bool, sqlx::Error>> + Send + 'c;

    #[doc(hidden)]
    fn read_records<'c>(
        conn: &'c mut Self::Connection,
        table: &'c Table,
    ) -> impl Future<Output = Result<Vec<Record>, sqlx::Error>> + Send + 'c;

    /// Whether the table has a row for `revision` (one row read, not all).
    #[doc(hidden)]
    fn has_record<'c>(
        conn: &'c mut Self::Connection,
        table: &'c Table,
        revision: &'c str,
    ) -> impl Future<Output = Result<bool, sqlx::Error>> + Send + 'c;

    #[doc(hidden)]
    fn insert_record<'c>(
        conn: &'c mut Self::Connection,
        table: &'c Table,
        record: &'c Record,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send + 'c;

    #[doc(hidden)]
    fn update_status<'c>(
        conn: &'c mut Self::Connection,
        table: &'c Table,
        record: &'c Record,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send + 'c;

    #[doc(hidden)]
    fn update_checksum<'c>(
        conn: &'c mut Self::Connection,
        table: &'c Table,
        revision: &'c str,
        checksum: &'c str,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send + 'c;

    /// Sets a row's status and detail, leaving its times alone.
    #[doc(hidden)]
    fn set_status<'c>(
        conn: &'c mut Self::Connection,
        table: &'c Table,
        revision: &'c str,
        status: Status,
        detail: Option<&'c str>,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send + 'c;

    /// Each row's revision and applied-at time, as text.
    #[doc(hidden)]
    fn read_applied_at<'c>(
        conn: &'c mut Self::Connection,
        table: &'c Table,
    ) -> impl Future<Output = Result<Vec<(String, Option<String>)>, sqlx::Error>> + Send + 'c;

    #[doc(hidden)]
    fn delete_record<'c>(
        conn: &'c mut Self::Connection,
        table: &'c Table,
        revision: &'c str,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send + 'c;

    /// Tries once to take the migration lock; never waits.
    #[doc(hidden)]
    fn try_lock<'c>(
        conn: &'c mut Self::Connection,
        table: &'c Table,
    ) -> impl Future<Output = Result<bool, sqlx::Error>> + Send + 'c;

    /// Who holds the lock: the server session and what is known of its client.
    #[doc(hidden)]
    fn lock_holder<'c>(
        conn: &'c mut Self::Connection,
        table: &'c Table,
    ) -> impl Future<Output = Result<Option<String>, sqlx::Error>> + Send + 'c;

    /// The holder of the lease row beside `table`, if any.
    #[doc(hidden)]
    fn lease_holder<'c>(
        conn: &'c mut Self::Connection,
        table: &'c Table,
    ) -> impl Future<Output = Result<Option<String>, sqlx::Error>> + Send + 'c;

    #[doc(hidden)]
    fn unlock<'c>(
        conn: &'c mut Self::Connection,
        table: &'c Table,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send + 'c;

    /// Settings for the runner's own session, before it takes the lock.
    #[doc(hidden)]
    fn prepare_session(_conn: &mut Self::Connection) -> impl Future<Output = ()> + Send {
        async {}
    }

    /// Where in the statement the database says the error is (characters,
    /// 1-based), where it says so.
    #[doc(hidden)]
    fn error_position(_error: &sqlx::Error) -> Option<usize> {
        None
    }

    /// What the database adds to the error's message (PostgreSQL's DETAIL,
    /// HINT, CONTEXT).
    #[doc(hidden)]
    fn diagnostics(_error: &sqlx::Error) -> crate::Diagnostics {
        crate::Diagnostics::default()
    }

    /// The line, counted from the opening dollar quote, of the `DO` block or
    /// function body in the failing statement where the error happened,
    /// where the database says so.
    #[doc(hidden)]
    fn body_line(_error: &sqlx::Error) -> Option<usize> {
        None
    }

    /// The statements, run first in a revision's transaction, that bound how
    /// long each of its statements waits for a table lock.
    #[doc(hidden)]
    fn table_lock_timeout_sql(_timeout: std::time::Duration) -> Vec<String> {
        Vec::new()
    }

    /// Whether the error is the database giving up on a table lock (the
    /// timeout [`Backend::table_lock_timeout_sql`] set).
    #[doc(hidden)]
    fn is_lock_timeout(_error: &sqlx::Error) -> bool {
        false
    }

    /// Whether the error means "another writer holds the database" and the
    /// operation may be retried.
    #[doc(hidden)]
    fn is_busy(_error: &sqlx::Error) -> bool {
        false
    }
}

/// Turns a driver error into [`Error::Database`], saying what the tool was doing.
pub(super) fn db(doing: &'static str) -> impl FnOnce(sqlx::Error) -> Error {
    move |source| Error::Database { doing, source }
}

/// The methods of [`Backend`] that are the same SQL and the same sqlx calls
/// for every database, given its connection type. (sqlx's generic executor
/// bounds would make a generic version harder to read than this.)
macro_rules! shared_queries {
    ($conn:ty) => {
        fn as_any(conn: &mut $conn) -> &mut (dyn std::any::Any + Send) {
            conn
        }

        async fn execute(conn: &mut $conn, sql: &str) -> Result<(), sqlx::Error> {
            // Through `Executor` so the future is `Send` (see sqlx's `RawSql::execute`).
            sqlx::Executor::execute(conn, sqlx::raw_sql(sql))
                .await
                .map(drop)
        }

        async fn execute_batch(conn: &mut $conn, sql: &str) -> Result<(), (usize, sqlx::Error)> {
            use futures_util::TryStreamExt;
            // One result per statement that completed, then the error.
            let mut results = sqlx::Executor::fetch_many(conn, sqlx::raw_sql(sql));
            let mut completed = 0;
            loop {
                match results.try_next().await {
                    Ok(Some(sqlx::Either::Left(_))) => completed += 1,
                    Ok(Some(sqlx::Either::Right(_))) => {}
                    Ok(None) => return Ok(()),
                    Err(error) => return Err((completed, error)),
                }
            }
        }

        async fn fetch_batch(
            conn: &mut $conn,
            sql: &str,
            keep: &[usize],
        ) -> Result<Vec<Vec<i64>>, (usize, sqlx::Error)> {
            use futures_util::TryStreamExt;
            use sqlx::Row;
            let mut results = sqlx::Executor::fetch_many(conn, sqlx::raw_sql(sql));
            let (mut completed, mut rows) = (0, Vec::new());
            loop {
                match results.try_next().await {
                    Ok(Some(sqlx::Either::Left(_))) => completed += 1,
                    Ok(Some(sqlx::Either::Right(row))) if keep.contains(&completed) => {
                        let values = (0..row.len())
                            .map(|i| row.try_get::<i64, _>(i))
                            .collect::<Result<Vec<i64>, _>>()
                            .map_err(|error| (completed, error))?;
                        rows.push(values);
                    }
                    Ok(Some(sqlx::Either::Right(_))) => {}
                    Ok(None) => return Ok(rows),
                    Err(error) => return Err((completed, error)),
                }
            }
        }

        async fn read_records(
            conn: &mut $conn,
            table: &$crate::ledger::Table,
        ) -> Result<Vec<$crate::ledger::Record>, sqlx::Error> {
            use sqlx::Row;
            let sql = $crate::ledger::sql::select_all(table, <Self as Backend>::DIALECT);
            let rows = sqlx::query(&sql).fetch_all(conn).await?;
            rows.into_iter()
                .map(|row| {
                    let status: String = row.try_get(2)?;
                    Ok($crate::ledger::Record::from_columns(
                        row.try_get(0)?,
                        row.try_get(1)?,
                        &status,
                        row.try_get(3)?,
                        row.try_get(4)?,
                    ))
                })
                .collect()
        }

        async fn has_record(
            conn: &mut $conn,
            table: &$crate::ledger::Table,
            revision: &str,
        ) -> Result<bool, sqlx::Error> {
            let sql = $crate::ledger::sql::select_status(table, <Self as Backend>::DIALECT);
            let found: Option<String> = sqlx::query_scalar(&sql)
                .bind(revision)
                .fetch_optional(conn)
                .await?;
            Ok(found.is_some())
        }

        async fn insert_record(
            conn: &mut $conn,
            table: &$crate::ledger::Table,
            r: &$crate::ledger::Record,
        ) -> Result<(), sqlx::Error> {
            let sql = $crate::ledger::sql::insert(table, <Self as Backend>::DIALECT);
            sqlx::query(&sql)
                .bind(&r.revision)
                .bind(&r.checksum)
                .bind(r.status.as_str())
                .bind(r.execution_ms)
                .bind(&r.detail)
                .execute(conn)
                .await
                .map(drop)
        }

        async fn update_status(
            conn: &mut $conn,
            table: &$crate::ledger::Table,
            r: &$crate::ledger::Record,
        ) -> Result<(), sqlx::Error> {
            let sql = $crate::ledger::sql::update_status(table, <Self as Backend>::DIALECT);
            sqlx::query(&sql)
                .bind(r.status.as_str())
                .bind(r.execution_ms)
                .bind(&r.detail)
                .bind(&r.revision)
                .execute(conn)
                .await
                .map(drop)
        }

        async fn update_checksum(
            conn: &mut $conn,
            table: &$crate::ledger::Table,
            revision: &str,
            checksum: &str,
        ) -> Result<(), sqlx::Error> {
            let sql = $crate::ledger::sql::update_checksum(table, <Self as Backend>::DIALECT);
            sqlx::query(&sql)
                .bind(checksum)
                .bind(revision)
                .execute(conn)
                .await
                .map(drop)
        }

        async fn set_status(
            conn: &mut $conn,
            table: &$crate::ledger::Table,
            revision: &str,
            status: $crate::ledger::Status,
            detail: Option<&str>,
        ) -> Result<(), sqlx::Error> {
            let sql = $crate::ledger::sql::set_status(table, <Self as Backend>::DIALECT);
            sqlx::query(&sql)
                .bind(status.as_str())
                .bind(detail)
                .bind(revision)
                .execute(conn)
                .await
                .map(drop)
        }

        async fn read_applied_at(
            conn: &mut $conn,
            table: &$crate::ledger::Table,
        ) -> Result<Vec<(String, Option<String>)>, sqlx::Error> {
            let sql = $crate::ledger::sql::select_applied_at(table, <Self as Backend>::DIALECT);
            sqlx::query_as(&sql).fetch_all(conn).await
        }

        async fn delete_record(
            conn: &mut $conn,
            table: &$crate::ledger::Table,
            revision: &str,
        ) -> Result<(), sqlx::Error> {
            let sql = $crate::ledger::sql::delete(table, <Self as Backend>::DIALECT);
            sqlx::query(&sql)
                .bind(revision)
                .execute(conn)
                .await
                .map(drop)
        }

        async fn lease_holder(
            conn: &mut $conn,
            table: &$crate::ledger::Table,
        ) -> Result<Option<String>, sqlx::Error> {
            let sql = $crate::ledger::sql::select_lease_holder(table, <Self as Backend>::DIALECT);
            sqlx::query_scalar(&sql).fetch_optional(conn).await
        }
    };
}
pub(crate) use shared_queries;

/// A server session holding the migration lock, in words: what the server
/// calls it, then what is known of its client (`server process 4242
/// (client 10.0.0.7, application 'api', user app)`), so nobody looks for
/// that pid on their own machine.
#[cfg(any(feature = "postgres", feature = "mysql"))]
pub(crate) fn describe_session(what: &str, facts: &[(&str, Option<&str>)]) -> String {
    let known: Vec<String> = facts
        .iter()
        .filter_map(|(name, value)| {
            let value = value.filter(|v| !v.is_empty())?;
            Some(match *name {
                "application" => format!("application '{value}'"),
                _ => format!("{name} {value}"),
            })
        })
        .collect();
    if known.is_empty() {
        format!("{what} on the database server")
    } else {
        format!("{what} on the database server ({})", known.join(", "))
    }
}
