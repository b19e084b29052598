//! PostgreSQL (and TimescaleDB): session advisory lock taken by polling
//! `pg_try_advisory_lock`, which never waits inside the server and so cannot
//! deadlock with `CREATE INDEX CONCURRENTLY`.

use sqlx::postgres::{PgConnection, PgDatabaseError, PgErrorPosition};
use sqlx::Postgres;

use super::backend::{shared_queries, Backend, Sealed};
use super::connect::connect_borrowed;
use crate::ledger::Table;
use crate::Dialect;

impl Sealed for Postgres {}

connect_borrowed!(PgConnection, Postgres);

const D: Dialect = Dialect::Postgres;

impl Backend for Postgres {
    const DIALECT: Dialect = D;
    const BEGIN: &'static str = "BEGIN";
    const BEGIN_RELAXED: &'static str = "BEGIN; SET LOCAL synchronous_commit = off";
    const MESSAGE_IS_TRANSACTION: bool = true;
    const RELAX_COMMIT: Option<&'static str> = Some("SET LOCAL synchronous_commit = off");
    const GLOBAL_LOCK: bool = true;

    shared_queries!(PgConnection);

    async fn table_exists(conn: &mut PgConnection, table: &Table) -> Result<bool, sqlx::Error> {
        let qualified = table.qualified(D);
        let found: Option<String> = sqlx::query_scalar("SELECT to_regclass($1)::text")
            .bind(qualified)
            .fetch_one(conn)
            .await?;
        Ok(found.is_some())
    }

    async fn try_lock(conn: &mut PgConnection, table: &Table) -> Result<bool, sqlx::Error> {
        sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
            .bind(table.lock_key())
            .fetch_one(conn)
            .await
    }

    async fn lock_holder(
        conn: &mut PgConnection,
        table: &Table,
    ) -> Result<Option<String>, sqlx::Error> {
        // A bigint key shows in pg_locks as classid (high half), objid (low half), objsubid 1.
        let key = table.lock_key() as u64;
        // The holder is a backend process of the server, perhaps serving
        // another host: name it by what pg_stat_activity shows of its client
        // (columns another role may not see are NULL).
        type Holder = (
            i32,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
        );
        let holder: Option<Holder> = sqlx::query_as(
            "SELECT l.pid, a.usename::text, NULLIF(a.application_name, ''), \
             host(a.client_addr), a.client_hostname \
             FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid \
             WHERE l.locktype = 'advisory' AND l.granted \
             AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) \
             AND l.classid::bigint = $1 AND l.objid::bigint = $2 AND l.objsubid = 1 LIMIT 1",
        )
        .bind((key >> 32) as i64)
        .bind((key & 0xffff_ffff) as i64)
        .fetch_optional(conn)
        .await?;
        Ok(holder.map(|(pid, user, application, address, hostname)| {
            let client = hostname.or(address);
            super::backend::describe_session(
                &format!("server process {pid}"),
                &[
                    ("client", client.as_deref()),
                    ("application", application.as_deref()),
                    ("user", user.as_deref()),
                ],
            )
        }))
    }

    async fn unlock(conn: &mut PgConnection, table: &Table) -> Result<(), sqlx::Error> {
        let _: bool = sqlx::query_scalar("SELECT pg_advisory_unlock($1)")
            .bind(table.lock_key())
            .fetch_one(conn)
            .await?;
        Ok(())
    }

    fn table_lock_timeout_sql(timeout: std::time::Duration) -> Vec<String> {
        // LOCAL: the setting ends with the revision's transaction.
        vec![format!(
            "SET LOCAL lock_timeout = '{}ms'",
            timeout.as_millis().max(1)
        )]
    }

    fn is_lock_timeout(error: &sqlx::Error) -> bool {
        // lock_not_available
        pg_error(error).is_some_and(|db| db.code() == "55P03")
    }

    async fn prepare_session(conn: &mut PgConnection) {
        // Have the server notice within a second when this runner dies in the
        // middle of a long statement, so its session lock goes with it
        // (PostgreSQL 14+; older servers do not know the setting).
        let _ = sqlx::Executor::execute(conn, "SET client_connection_check_interval = '1s'").await;
    }

    fn diagnostics(error: &sqlx::Error) -> crate::Diagnostics {
        let Some(db) = pg_error(error) else {
            return crate::Diagnostics::default();
        };
        crate::Diagnostics {
            detail: db.detail().map(str::to_owned),
            hint: db.hint().map(str::to_owned),
            context: db.r#where().map(str::to_owned),
        }
    }

    fn body_line(error: &sqlx::Error) -> Option<usize> {
        // The innermost frame comes first: "PL/pgSQL function
        // inline_code_block line 4 at RAISE" for a `DO` block of this
        // statement, "compilation of PL/pgSQL function "f" near line 3" for
        // a body being created. A frame of another function (a trigger the
        // statement fired) is not in this statement's text.
        let context = pg_error(error)?.r#where()?;
        let first = context.lines().next()?;
        let at = if first.contains("inline_code_block line ") {
            first.find("inline_code_block line ")? + "inline_code_block line ".len()
        } else if first.starts_with("compilation of PL/pgSQL function") {
            first.find("near line ")? + "near line ".len()
        } else {
            return None;
        };
        let digits: String = first[at..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok()
    }

    fn error_position(error: &sqlx::Error) -> Option<usize> {
        let db = pg_error(error)?;
        match db.position()? {
            PgErrorPosition::Original(position) => Some(position),
            PgErrorPosition::Internal { .. } => None,
        }
    }
}

fn pg_error(error: &sqlx::Error) -> Option<&PgDatabaseError> {
    error
        .as_database_error()?
        .try_downcast_ref::<PgDatabaseError>()
}
