//! The small surface each database provides: run one statement, read and
//! write bookkeeping rows, take and release the cross-process lock.

use std::future::Future;

use crate::bookkeeping::{Status, Table};
use crate::split::Dialect;

/// One row of the bookkeeping table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The revision id.
    pub revision: String,
    /// The checksum recorded when it was applied (hex).
    pub checksum: String,
    /// Applied, running, or failed.
    pub status: Status,
    /// How long it took, in milliseconds.
    pub execution_ms: i64,
    /// For failed revisions: which statement failed and why.
    pub detail: Option<String>,
}

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

    /// Whether [`Backend::try_lock`] takes a lock across processes. Without
    /// one (SQLite), each revision re-checks its row inside its write
    /// transaction instead.
    #[doc(hidden)]
    const GLOBAL_LOCK: bool;

    #[doc(hidden)]
    fn execute<'c>(
        conn: &'c mut Self::Connection,
        sql: &'c str,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send + 'c;

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

    /// Who holds the lock, as the database names sessions (a pid).
    #[doc(hidden)]
    fn lock_holder<'c>(
        conn: &'c mut Self::Connection,
        table: &'c Table,
    ) -> impl Future<Output = Result<Option<String>, sqlx::Error>> + Send + 'c;

    /// The holder of the lease row in a lock table, if any.
    #[doc(hidden)]
    fn lease_holder<'c>(
        conn: &'c mut Self::Connection,
        lock_table: &'c Table,
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

    /// Whether the error means "another writer holds the database" and the
    /// operation may be retried.
    #[doc(hidden)]
    fn is_busy(_error: &sqlx::Error) -> bool {
        false
    }
}

/// Reads one row's columns in order (revision, checksum, status, execution_ms, detail).
pub(crate) fn record(
    revision: String,
    checksum: String,
    status: String,
    execution_ms: i64,
    detail: Option<String>,
) -> Record {
    let (status, detail) = match Status::parse(&status) {
        Some(status) => (status, detail),
        None => (
            Status::Failed,
            Some(format!(
                "unknown status '{status}' in the bookkeeping table"
            )),
        ),
    };
    Record {
        revision,
        checksum,
        status,
        execution_ms,
        detail,
    }
}
