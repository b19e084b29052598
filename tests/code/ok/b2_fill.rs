// revision: b2
// down_revision: a1
// message: fill items from Rust, in the revision's transaction

//! Runs in the revision's transaction: its rows and its bookkeeping row
//! commit together. After its first insert it creates the file
//! `MIGRAPH_CODE_INSIDE` names and waits `MIGRAPH_CODE_SLEEP_MS`, so a test
//! can kill the process in the middle.

use migraph::runtime::{Batches, Db};

use crate::ITEM_NAMES;

pub async fn up(mut db: Db<'_>) -> Result<(), migraph::sqlx::Error> {
    db.batch("INSERT INTO code_runs (revision) VALUES ('b2')").await?;
    if let Ok(path) = std::env::var("MIGRAPH_CODE_INSIDE") {
        let _ = std::fs::write(path, "");
    }
    if let Some(ms) = std::env::var("MIGRAPH_CODE_SLEEP_MS")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
    }
    for (i, name) in ITEM_NAMES.iter().enumerate() {
        db.batch(&format!("INSERT INTO items (id, name) VALUES ({}, '{name}')", i + 1))
            .await?;
    }
    Ok(())
}

pub async fn down(mut db: Db<'_>) -> Result<(), migraph::sqlx::Error> {
    db.batch("DELETE FROM items").await?;
    db.batch("DELETE FROM code_runs WHERE revision = 'b2'").await?;
    Ok(())
}
