//! The proof of generated revisions on a scratch database.

/// What is left after applying the generated revisions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Proof {
    /// After the ups, each difference from the desired schema in words
    /// (`table t: column c is missing`); or the failing statement.
    pub up: Vec<String>,
    /// After the downs, each difference from the head's schema; or the
    /// failing statement.
    pub down: Vec<String>,
}

impl Proof {
    /// Whether both ways reach zero differences.
    pub fn is_proven(&self) -> bool {
        self.up.is_empty() && self.down.is_empty()
    }
}

use sqlx::postgres::PgConnection;

use crate::autogen::Plan;
use crate::error::Result;
use crate::schema::Snapshot;

/// Applies `plan`'s ups in order to the database on `conn` (whose schema is
/// `head`), compares its catalog with `desired`, then applies the downs in
/// reverse and compares with `head`. A failing statement ends that
/// direction and is its one difference (`up failed at ...: ...`); the downs
/// are still tried after a failed up when the ups left anything.
///
/// # Errors
///
/// [`Error::Database`](crate::Error::Database) when the catalog cannot be
/// read; what the generated SQL does wrong is in the [`Proof`].
pub async fn prove(
    conn: &mut PgConnection,
    plan: &Plan,
    head: &Snapshot,
    desired: &Snapshot,
) -> Result<Proof> {
    let _ = (conn, plan, head, desired);
    todo!()
}

/// The schema of the database on `conn` as autogenerate and `verify` read
/// it (every object, bookkeeping tables included).
///
/// # Errors
///
/// [`Error::Database`](crate::Error::Database).
pub async fn read_schema(conn: &mut PgConnection) -> Result<Snapshot> {
    use crate::runtime::verify::Catalog;
    <sqlx::Postgres as Catalog>::snapshot(conn)
        .await
        .map_err(crate::runtime::backend::db("read the catalog"))
}
