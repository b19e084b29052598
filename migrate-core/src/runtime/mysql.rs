//! MySQL and MariaDB: `GET_LOCK` on a dedicated connection, polled. DDL
//! commits implicitly, so a revision that fails part-way is recorded as
//! failed rather than pretended rolled back.

use sqlx::mysql::MySqlConnection;
use sqlx::{MySql, Row};

use super::backend::{record, Backend, Record, Sealed};
use crate::bookkeeping::{self, Table};
use crate::split::Dialect;

impl Sealed for MySql {}

const D: Dialect = Dialect::Mysql;

/// `GET_LOCK` names are server-wide: qualify the table's lock name with the
/// current database (hashed, to stay within 64 characters), so runners of
/// different databases on one server do not wait for each other.
const LOCK_NAME: &str = "CONCAT('migrate:', SHA1(CONCAT(?, ':', COALESCE(DATABASE(), ''))))";

impl Backend for MySql {
    const DIALECT: Dialect = D;
    const BEGIN: &'static str = "BEGIN";
    const GLOBAL_LOCK: bool = true;

    async fn execute(conn: &mut MySqlConnection, sql: &str) -> Result<(), sqlx::Error> {
        sqlx::Executor::execute(conn, sqlx::raw_sql(sql))
            .await
            .map(drop)
    }

    async fn table_exists(conn: &mut MySqlConnection, table: &Table) -> Result<bool, sqlx::Error> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT 1 FROM information_schema.tables \
             WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ?",
        )
        .bind(table.schema())
        .bind(table.name())
        .fetch_optional(conn)
        .await?;
        Ok(found.is_some())
    }

    async fn read_records(
        conn: &mut MySqlConnection,
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
        conn: &mut MySqlConnection,
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
        conn: &mut MySqlConnection,
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
        conn: &mut MySqlConnection,
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
        conn: &mut MySqlConnection,
        table: &Table,
        revision: &str,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(&bookkeeping::delete(table, D))
            .bind(revision)
            .execute(conn)
            .await
            .map(drop)
    }

    async fn try_lock(conn: &mut MySqlConnection, table: &Table) -> Result<bool, sqlx::Error> {
        let got: Option<i64> = sqlx::query_scalar(&format!("SELECT GET_LOCK({LOCK_NAME}, 0)"))
            .bind(table.lock_name())
            .fetch_one(conn)
            .await?;
        Ok(got == Some(1))
    }

    async fn lock_holder(
        conn: &mut MySqlConnection,
        table: &Table,
    ) -> Result<Option<String>, sqlx::Error> {
        let id: Option<i64> = sqlx::query_scalar(&format!("SELECT IS_USED_LOCK({LOCK_NAME})"))
            .bind(table.lock_name())
            .fetch_one(conn)
            .await?;
        Ok(id.map(|id| format!("connection {id}")))
    }

    async fn lease_holder(
        conn: &mut MySqlConnection,
        lock_table: &Table,
    ) -> Result<Option<String>, sqlx::Error> {
        let sql = format!(
            "SELECT holder FROM {} WHERE name = 'migrate'",
            lock_table.qualified(D)
        );
        sqlx::query_scalar(&sql).fetch_optional(conn).await
    }

    async fn unlock(conn: &mut MySqlConnection, table: &Table) -> Result<(), sqlx::Error> {
        let _: Option<i64> = sqlx::query_scalar(&format!("SELECT RELEASE_LOCK({LOCK_NAME})"))
            .bind(table.lock_name())
            .fetch_one(conn)
            .await?;
        Ok(())
    }
}
