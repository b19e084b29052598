//! SQLite: DDL is transactional, and `BEGIN IMMEDIATE` takes the write lock
//! at the start of each revision; there is no lock across revisions, so each
//! revision re-checks its row inside that transaction.

use sqlx::sqlite::SqliteConnection;
use sqlx::Sqlite;

use super::backend::{shared_queries, Backend, Sealed};
use super::connect::connect_borrowed;
use crate::ledger::Table;
use crate::Dialect;

impl Sealed for Sqlite {}

connect_borrowed!(SqliteConnection, Sqlite);

const D: Dialect = Dialect::Sqlite;

impl Backend for Sqlite {
    const DIALECT: Dialect = D;
    const BEGIN: &'static str = "BEGIN IMMEDIATE";
    // `PRAGMA synchronous` belongs to the connection's owner.
    const BEGIN_RELAXED: &'static str = Self::BEGIN;
    const GLOBAL_LOCK: bool = false;
    const BODY_IN_ONE_CALL: bool = true;
    const HOLDS_OPEN: bool = true;

    shared_queries!(SqliteConnection);

    const CHANGE_COUNTERS: &'static str = "SELECT total_changes(), \
         (SELECT schema_version FROM pragma_schema_version), \
         (SELECT user_version FROM pragma_user_version)";

    async fn change_counters(conn: &mut SqliteConnection) -> Result<[i64; 3], sqlx::Error> {
        let (changes, schema, user): (i64, i64, i64) = sqlx::query_as(Self::CHANGE_COUNTERS)
            .fetch_one(conn)
            .await?;
        Ok([changes, schema, user])
    }

    async fn table_exists(conn: &mut SqliteConnection, table: &Table) -> Result<bool, sqlx::Error> {
        let master = match table.schema() {
            Some(schema) => format!("\"{schema}\".sqlite_master"),
            None => "sqlite_master".to_owned(),
        };
        let found: Option<i64> = sqlx::query_scalar(&format!(
            "SELECT 1 FROM {master} WHERE type = 'table' AND name = ?"
        ))
        .bind(table.name())
        .fetch_optional(conn)
        .await?;
        Ok(found.is_some())
    }

    async fn try_lock(_: &mut SqliteConnection, _: &Table) -> Result<bool, sqlx::Error> {
        Ok(true)
    }

    async fn lock_holder(
        _: &mut SqliteConnection,
        _: &Table,
    ) -> Result<Option<String>, sqlx::Error> {
        Ok(None)
    }

    async fn unlock(_: &mut SqliteConnection, _: &Table) -> Result<(), sqlx::Error> {
        Ok(())
    }

    fn is_busy(error: &sqlx::Error) -> bool {
        // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with extended codes.
        error
            .as_database_error()
            .and_then(|db| db.code())
            .and_then(|code| code.parse::<i32>().ok())
            .is_some_and(|code| matches!(code & 0xff, 5 | 6))
    }
}
