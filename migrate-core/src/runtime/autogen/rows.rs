//! Which tables hold rows, the one fact about data the planner is told
//! ([`crate::autogen::Facts`]): asked of the replayed head (rows the history
//! inserts itself) and of the user's own database when there is one, each
//! table with `SELECT EXISTS (SELECT 1 FROM t LIMIT 1)`.

use std::collections::BTreeSet;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgConnection};
use sqlx::{ConnectOptions, Connection, Row};

use crate::error::Result;
use crate::runtime::backend::db;
use crate::schema::Snapshot;
use crate::DatabaseUrl;

/// How long the user's database may take to answer, connecting included:
/// past it, autogenerate goes on without it.
const TARGET_PATIENCE: Duration = Duration::from_secs(10);

/// The tables of `snapshot` (read from the database on `conn`) that hold
/// at least one row.
///
/// # Errors
///
/// [`Error::Database`](crate::Error::Database) when a table cannot be read.
pub async fn tables_with_rows(
    conn: &mut PgConnection,
    snapshot: &Snapshot,
) -> Result<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    for name in snapshot.names("table").map(str::to_owned) {
        let sql = format!("SELECT EXISTS (SELECT 1 FROM {} LIMIT 1)", quoted(&name));
        let row = sqlx::query(&sql)
            .fetch_one(&mut *conn)
            .await
            .map_err(db("find out whether a table holds rows"))?;
        if row.get::<bool, _>(0) {
            out.insert(name);
        }
    }
    Ok(out)
}

/// The tables of `snapshot` that hold rows in the user's database at
/// `url`. Never an error: an unreachable database or one too slow to
/// answer tells nothing (empty set), a table it lacks counts as empty,
/// and one it will not let us read as holding rows (a person decides).
/// Read only, in a transaction whose lock and statement waits are short.
pub(super) async fn target_tables_with_rows(
    url: &DatabaseUrl,
    snapshot: &Snapshot,
) -> BTreeSet<String> {
    let ask = async {
        let options: PgConnectOptions = url.driver_url().parse().ok()?;
        let mut conn = options.connect().await.ok()?;
        let mut out = BTreeSet::new();
        let begun = sqlx::raw_sql(
            "BEGIN READ ONLY; SET LOCAL lock_timeout = '2s'; SET LOCAL statement_timeout = '5s'",
        )
        .execute(&mut conn)
        .await;
        if begun.is_err() {
            let _ = conn.close().await;
            return None;
        }
        for name in snapshot.names("table").map(str::to_owned) {
            let exists: Option<bool> = sqlx::query_scalar("SELECT to_regclass($1) IS NOT NULL")
                .bind(quoted(&name))
                .fetch_one(&mut conn)
                .await
                .ok();
            if exists != Some(true) {
                if exists.is_none() {
                    out.insert(name); // an aborted transaction: assume rows
                }
                continue;
            }
            let sql = format!("SELECT EXISTS (SELECT 1 FROM {} LIMIT 1)", quoted(&name));
            let sql = format!("SAVEPOINT ask; {sql}");
            match sqlx::raw_sql(&sql).fetch_all(&mut conn).await {
                Ok(rows) if rows.first().is_some_and(|r| !r.get::<bool, _>(0)) => {}
                Ok(_) => {
                    out.insert(name);
                }
                Err(_) => {
                    out.insert(name);
                    let _ = sqlx::raw_sql("ROLLBACK TO SAVEPOINT ask")
                        .execute(&mut conn)
                        .await;
                }
            }
        }
        let _ = sqlx::raw_sql("ROLLBACK").execute(&mut conn).await;
        let _ = conn.close().await;
        Some(out)
    };
    tokio::time::timeout(TARGET_PATIENCE, ask)
        .await
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// A snapshot name (`t`, `auth.users`) as SQL spells it.
fn quoted(name: &str) -> String {
    let ident = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    match name.split_once('.') {
        Some((schema, table)) => format!("{}.{}", ident(schema), ident(table)),
        None => ident(name),
    }
}
