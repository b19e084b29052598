//! MySQL and MariaDB: `GET_LOCK` on a dedicated connection, polled. DDL
//! commits implicitly, so a revision that fails part-way is recorded as
//! failed rather than pretended rolled back.

use sqlx::mysql::{MySqlConnection, MySqlDatabaseError};
use sqlx::MySql;

use super::backend::{shared_queries, Backend, Sealed};
use super::connect::connect_borrowed;
use crate::ledger::Table;
use crate::Dialect;

impl Sealed for MySql {}

connect_borrowed!(MySqlConnection, MySql);

const D: Dialect = Dialect::Mysql;

/// `GET_LOCK` names are server-wide: qualify the table's lock name with the
/// current database (hashed, to stay within 64 characters), so runners of
/// different databases on one server do not wait for each other.
const LOCK_NAME: &str = "CONCAT('migrate:', SHA1(CONCAT(?, ':', COALESCE(DATABASE(), ''))))";

impl Backend for MySql {
    const DIALECT: Dialect = D;
    const BEGIN: &'static str = "BEGIN";
    // `innodb_flush_log_at_trx_commit` is server-wide, not ours to change.
    const BEGIN_RELAXED: &'static str = Self::BEGIN;
    const GLOBAL_LOCK: bool = true;
    // sqlx's driver asks for multi-statement queries at connect and sends
    // a query without arguments as one text-protocol message.
    const MESSAGE_STOPS_AT_FAILURE: bool = true;

    shared_queries!(MySqlConnection);

    fn table_lock_timeout_sql(timeout: std::time::Duration) -> Vec<String> {
        // Whole seconds, at least one. Metadata locks (DDL) wait
        // `lock_wait_timeout`, row locks `innodb_lock_wait_timeout`; both
        // are session settings, which stay for the run's connection.
        let seconds = timeout.as_secs_f64().ceil().max(1.0) as u64;
        vec![
            format!("SET SESSION lock_wait_timeout = {seconds}"),
            format!("SET SESSION innodb_lock_wait_timeout = {seconds}"),
        ]
    }

    fn is_lock_timeout(error: &sqlx::Error) -> bool {
        // ER_LOCK_WAIT_TIMEOUT, for metadata and row locks alike.
        error
            .as_database_error()
            .and_then(|db| db.try_downcast_ref::<MySqlDatabaseError>())
            .is_some_and(|db| db.number() == 1205)
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
            .fetch_one(&mut *conn)
            .await?;
        let Some(id) = id else { return Ok(None) };
        // The holder is a connection to the server, perhaps from another
        // host: name its client as the process list shows it.
        let client: Option<(Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT CAST(HOST AS CHAR), CAST(USER AS CHAR) \
             FROM information_schema.PROCESSLIST WHERE ID = ?",
        )
        .bind(id)
        .fetch_optional(conn)
        .await?;
        let (host, user) = client.unwrap_or_default();
        Ok(Some(super::backend::describe_session(
            &format!("server connection {id}"),
            &[("client", host.as_deref()), ("user", user.as_deref())],
        )))
    }

    async fn unlock(conn: &mut MySqlConnection, table: &Table) -> Result<(), sqlx::Error> {
        let _: Option<i64> = sqlx::query_scalar(&format!("SELECT RELEASE_LOCK({LOCK_NAME})"))
            .bind(table.lock_name())
            .fetch_one(conn)
            .await?;
        Ok(())
    }
}
