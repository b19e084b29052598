// revision: b2
// down_revision: a1
// message: writes a row outside a transaction, then fails
// transactional: false

//! Writes a row outside a transaction, then fails: the row stays.

use migraph::runtime::{Batches, Db};

pub async fn up(mut db: Db<'_>) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    db.batch("INSERT INTO items (id, name) VALUES (1, 'kept?')").await?;
    Err("the source data has a duplicate".into())
}

pub async fn down(mut db: Db<'_>) -> Result<(), migraph::sqlx::Error> {
    db.batch("DELETE FROM items").await.map(drop)
}
