// revision: b2
// down_revision: a1
// message: writes a row, then fails

//! Writes a row, then fails: its transaction takes the row back.

use migraph::runtime::{Batches, Db};

pub async fn up(mut db: Db<'_>) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    db.batch("INSERT INTO items (id, name) VALUES (1, 'kept?')").await?;
    Err("the source data has a duplicate".into())
}

pub async fn down(mut db: Db<'_>) -> Result<(), migraph::sqlx::Error> {
    db.batch("DELETE FROM items").await.map(drop)
}
