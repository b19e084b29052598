// revision: 20251023_0011
// down_revision: 20251023_0010
// message: backfill klines.open_time_dt from open_time, in batches
// transactional: false

//! A data migration written in Rust: it fills the new column in batches of
//! [`BATCH`] rows on each database the set runs on. Outside a transaction,
//! each batch commits on its own: a large table is never locked for long,
//! and a stopped run keeps what it did (the next run picks up the rows
//! still NULL).
//!
//! Every crate that embeds `migrations/` compiles this file (the example
//! application, the facade's tests and doctests), so it names nothing of
//! any one of them; each turns on the three drivers it matches on.

use migraph::runtime::{backfill, Db};

/// Rows per batch.
pub const BATCH: u32 = 500;

pub async fn up(db: Db<'_>) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    match db {
        Db::Postgres(conn) => {
            let value = "to_timestamp(open_time / 1000.0) AT TIME ZONE 'UTC'";
            backfill(conn, &batch_by_key(value)).await?;
        }
        Db::Sqlite(conn) => {
            let value = "datetime(open_time / 1000, 'unixepoch')";
            backfill(conn, &batch_by_key(value)).await?;
        }
        // MySQL refuses LIMIT in an IN subquery (and a subquery on the
        // table it updates); UPDATE ... LIMIT does the same.
        Db::MySql(conn) => {
            let sql = format!(
                "UPDATE klines SET open_time_dt = FROM_UNIXTIME(open_time DIV 1000) \
                 WHERE open_time_dt IS NULL LIMIT {BATCH}"
            );
            backfill(conn, &sql).await?;
        }
        _ => return Err("klines.open_time_dt is backfilled on PostgreSQL, SQLite and MySQL".into()),
    }
    Ok(())
}

pub async fn down(db: Db<'_>) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let mut db = db;
    migraph::runtime::Batches::batch(&mut db, "UPDATE klines SET open_time_dt = NULL").await?;
    Ok(())
}

/// One batch: the next [`BATCH`] rows still without a value, by the unique
/// (symbol, open_time) key.
fn batch_by_key(value: &str) -> String {
    format!(
        "UPDATE klines SET open_time_dt = {value} \
         WHERE (symbol, open_time) IN (SELECT symbol, open_time FROM klines \
         WHERE open_time_dt IS NULL LIMIT {BATCH})"
    )
}
