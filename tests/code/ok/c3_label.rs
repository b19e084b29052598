// revision: c3
// down_revision: b2
// message: label items in batches, each batch committed on its own
// transactional: false

//! Labels every item in batches of two, each committed on its own.

use migraph::runtime::{backfill, Db};

pub async fn up(db: Db<'_>) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let changed = match db {
        // MySQL refuses LIMIT inside an IN subquery; its UPDATE takes one.
        Db::MySql(conn) => {
            backfill(conn, "UPDATE items SET label = name WHERE label IS NULL LIMIT 2").await?
        }
        Db::Postgres(conn) => backfill(conn, BATCH).await?,
        Db::Sqlite(conn) => backfill(conn, BATCH).await?,
        _ => return Err("a database this set does not support".into()),
    };
    if changed != crate::ITEM_NAMES.len() as u64 {
        return Err(format!("labelled {changed} items").into());
    }
    Ok(())
}

const BATCH: &str =
    "UPDATE items SET label = name WHERE id IN (SELECT id FROM items WHERE label IS NULL LIMIT 2)";

pub async fn down(db: Db<'_>) -> Result<(), migraph::sqlx::Error> {
    let mut db = db;
    migraph::runtime::Batches::batch(&mut db, "UPDATE items SET label = NULL").await?;
    Ok(())
}
