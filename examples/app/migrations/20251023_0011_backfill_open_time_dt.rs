// revision: 20251023_0011
// down_revision: 20251023_0010
// message: backfill klines.open_time_dt from open_time, in batches
// transactional: false

//! A data migration written in Rust and compiled with the application: it
//! uses the application's own batch size, so the two cannot drift apart.
//! Outside a transaction, each batch commits on its own: a large table is
//! never locked for long, and a stopped run keeps what it did (the next
//! run picks up the rows still NULL).

use migraph::runtime::{backfill, Db};

use crate::BACKFILL_BATCH;

pub async fn up(db: Db<'_>) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    match db {
        Db::Postgres(conn) => {
            let sql = batch_update(
                "to_timestamp(open_time / 1000.0) AT TIME ZONE 'UTC'",
                BACKFILL_BATCH,
            );
            backfill(conn, &sql).await?;
        }
        Db::Sqlite(conn) => {
            let sql = batch_update("datetime(open_time / 1000, 'unixepoch')", BACKFILL_BATCH);
            backfill(conn, &sql).await?;
        }
        _ => return Err("the example application runs on PostgreSQL and SQLite".into()),
    }
    Ok(())
}

pub async fn down(db: Db<'_>) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let mut db = db;
    migraph::runtime::Batches::batch(&mut db, "UPDATE klines SET open_time_dt = NULL").await?;
    Ok(())
}

/// One batch: the next `size` rows still without a value, by the unique
/// (symbol, open_time) key.
fn batch_update(value: &str, size: u32) -> String {
    format!(
        "UPDATE klines SET open_time_dt = {value} \
         WHERE (symbol, open_time) IN (SELECT symbol, open_time FROM klines \
         WHERE open_time_dt IS NULL LIMIT {size})"
    )
}
