//! Code revisions at run time: the connections their `up` and `down` may
//! take, and [`backfill`], the batched update most data migrations are.

use std::any::Any;
use std::future::Future;

use crate::code::CodeParam;

/// The connection of a code revision that runs on several databases: its
/// function takes `db: Db<'_>` and matches on the database.
///
/// ```
/// # #[cfg(all(feature = "postgres", feature = "sqlite"))]
/// # mod revision {
/// use migraph_core::runtime::{backfill, Db};
///
/// pub async fn up(db: Db<'_>) -> Result<(), migraph_core::sqlx::Error> {
///     match db {
///         Db::Postgres(conn) => backfill(conn, "UPDATE t SET n = 0 WHERE ctid IN \
///             (SELECT ctid FROM t WHERE n IS NULL LIMIT 1000)").await?,
///         Db::Sqlite(conn) => backfill(conn, "UPDATE t SET n = 0 WHERE rowid IN \
///             (SELECT rowid FROM t WHERE n IS NULL LIMIT 1000)").await?,
///         _ => unreachable!("this set runs on PostgreSQL and SQLite"),
///     };
///     Ok(())
/// }
/// # }
/// ```
///
/// Which variants exist depends on the features the build turns on, so a
/// `match` needs a last arm for the others.
#[derive(Debug)]
#[non_exhaustive]
pub enum Db<'c> {
    /// A PostgreSQL (or TimescaleDB) connection.
    #[cfg(feature = "postgres")]
    Postgres(&'c mut sqlx::PgConnection),
    /// A SQLite connection.
    #[cfg(feature = "sqlite")]
    Sqlite(&'c mut sqlx::SqliteConnection),
    /// A MySQL or MariaDB connection.
    #[cfg(feature = "mysql")]
    MySql(&'c mut sqlx::MySqlConnection),
}

impl<'a> CodeParam<'a> for Db<'a> {
    fn from_connection(conn: &'a mut (dyn Any + Send)) -> Option<Self> {
        #[cfg(feature = "postgres")]
        if conn.is::<sqlx::PgConnection>() {
            return conn.downcast_mut().map(Db::Postgres);
        }
        #[cfg(feature = "sqlite")]
        if conn.is::<sqlx::SqliteConnection>() {
            return conn.downcast_mut().map(Db::Sqlite);
        }
        #[cfg(feature = "mysql")]
        if conn.is::<sqlx::MySqlConnection>() {
            return conn.downcast_mut().map(Db::MySql);
        }
        None
    }

    fn expected() -> &'static str {
        "Db<'_>"
    }
}

/// A driver's connection as a code revision's parameter, and one batch of
/// a backfill on it.
macro_rules! connection {
    ($conn:ty, $name:literal) => {
        impl<'a> CodeParam<'a> for &'a mut $conn {
            fn from_connection(conn: &'a mut (dyn Any + Send)) -> Option<Self> {
                conn.downcast_mut()
            }

            fn expected() -> &'static str {
                $name
            }
        }

        impl Batches for $conn {
            async fn batch(&mut self, sql: &str) -> Result<u64, sqlx::Error> {
                sqlx::Executor::execute(self, sqlx::raw_sql(sql))
                    .await
                    .map(|done| done.rows_affected())
            }
        }
    };
}

#[cfg(feature = "postgres")]
connection!(sqlx::PgConnection, "&mut PgConnection (PostgreSQL)");
#[cfg(feature = "sqlite")]
connection!(sqlx::SqliteConnection, "&mut SqliteConnection (SQLite)");
#[cfg(feature = "mysql")]
connection!(sqlx::MySqlConnection, "&mut MySqlConnection (MySQL)");

/// A connection [`backfill`] can run batches on.
pub trait Batches: Send {
    /// Runs one batch statement and returns how many rows it changed.
    fn batch(&mut self, sql: &str) -> impl Future<Output = Result<u64, sqlx::Error>> + Send;
}

impl Batches for Db<'_> {
    async fn batch(&mut self, sql: &str) -> Result<u64, sqlx::Error> {
        match self {
            #[cfg(feature = "postgres")]
            Db::Postgres(conn) => conn.batch(sql).await,
            #[cfg(feature = "sqlite")]
            Db::Sqlite(conn) => conn.batch(sql).await,
            #[cfg(feature = "mysql")]
            Db::MySql(conn) => conn.batch(sql).await,
        }
    }
}

/// Runs `sql`, a statement that changes at most one batch of rows (`UPDATE
/// … WHERE id IN (SELECT id … WHERE <not done yet> LIMIT 1000)`), until it
/// changes none, and returns how many rows it changed in all. Each batch is
/// logged through `tracing` (target `migraph::backfill`; the CLI shows it).
///
/// In a `transactional: false` revision each batch commits on its own, so
/// locks are short and a stopped run keeps its progress: the statement must
/// select only rows not done yet, which also makes the revision safe to run
/// again. In a transactional revision the batches share its transaction.
///
/// # Errors
///
/// The database's error for the batch that failed; earlier batches stay
/// (outside a transaction).
pub async fn backfill<C: Batches + ?Sized>(conn: &mut C, sql: &str) -> Result<u64, sqlx::Error> {
    let mut total = 0u64;
    let mut batches = 0u64;
    loop {
        let changed = conn.batch(sql).await?;
        if changed == 0 {
            tracing::info!(target: "migraph::backfill", "backfill done: {} in {}", count(total, "row"), count(batches, "batch"));
            return Ok(total);
        }
        total += changed;
        batches += 1;
        tracing::info!(target: "migraph::backfill", "backfill: {} so far ({})", count(total, "row"), count(batches, "batch"));
    }
}

/// `1 row`, `2 rows`, `1 batch`, `3 batches`.
fn count(n: u64, noun: &str) -> String {
    let plural = if noun.ends_with("ch") { "es" } else { "s" };
    format!("{n} {noun}{}", if n == 1 { "" } else { plural })
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_agree_with_their_number() {
        assert_eq!(super::count(1, "batch"), "1 batch");
        assert_eq!(super::count(2, "batch"), "2 batches");
        assert_eq!(super::count(0, "row"), "0 rows");
        assert_eq!(super::count(1, "row"), "1 row");
    }
}
