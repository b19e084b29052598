//! SQLite: DDL is transactional, and `BEGIN IMMEDIATE` takes the write lock
//! at the start of each revision; there is no lock across revisions, so each
//! revision re-checks its row inside that transaction.

use sqlx::sqlite::SqliteConnection;
use sqlx::{Row, Sqlite};

use super::backend::{record, Backend, Record, Sealed};
use crate::bookkeeping::{self, Table};
use crate::split::Dialect;

impl Sealed for Sqlite {}

const D: Dialect = Dialect::Sqlite;

impl Backend for Sqlite {
    const DIALECT: Dialect = D;
    const BEGIN: &'static str = "BEGIN IMMEDIATE";
    const GLOBAL_LOCK: bool = false;

    async fn execute(conn: &mut SqliteConnection, sql: &str) -> Result<(), sqlx::Error> {
        sqlx::Executor::execute(conn, sqlx::raw_sql(sql))
            .await
            .map(drop)
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

    async fn read_records(
        conn: &mut SqliteConnection,
        table: &Table,
    ) -> Result<Vec<Record>, sqlx::Error> {
        let rows = sqlx::query(&bookkeeping::select_all(table, D))
            .fetch_all(conn)
            .await?;
        rows.into_iter()
            .map(|row| {
                Ok(record(
                    row.try_get(0)?,
                    row.try_get(1)?,
                    row.try_get(2)?,
                    row.try_get(3)?,
                    row.try_get(4)?,
                ))
            })
            .collect()
    }

    async fn insert_record(
        conn: &mut SqliteConnection,
        table: &Table,
        r: &Record,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(&bookkeeping::insert(table, D))
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
        conn: &mut SqliteConnection,
        table: &Table,
        r: &Record,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(&bookkeeping::update_status(table, D))
            .bind(r.status.as_str())
            .bind(r.execution_ms)
            .bind(&r.detail)
            .bind(&r.revision)
            .execute(conn)
            .await
            .map(drop)
    }

    async fn update_checksum(
        conn: &mut SqliteConnection,
        table: &Table,
        revision: &str,
        checksum: &str,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(&bookkeeping::update_checksum(table, D))
            .bind(checksum)
            .bind(revision)
            .execute(conn)
            .await
            .map(drop)
    }

    async fn delete_record(
        conn: &mut SqliteConnection,
        table: &Table,
        revision: &str,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(&bookkeeping::delete(table, D))
            .bind(revision)
            .execute(conn)
            .await
            .map(drop)
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

    async fn lease_holder(
        conn: &mut SqliteConnection,
        lock_table: &Table,
    ) -> Result<Option<String>, sqlx::Error> {
        let sql = format!(
            "SELECT holder FROM {} WHERE name = 'migrate'",
            lock_table.qualified(D)
        );
        sqlx::query_scalar(&sql).fetch_optional(conn).await
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
