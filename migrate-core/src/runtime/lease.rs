//! The lock-table strategy: one lease row per bookkeeping table, taken with
//! an `INSERT` that only one runner can win, renewed after every revision,
//! stolen only once expired. Plain SQL, so it works through transaction-mode
//! poolers and on databases without session locks.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::backend::Backend;
use super::db;
use crate::bookkeeping::{literal, Table};
use crate::error::Result;

fn lock_table(table: &Table) -> Table {
    // The name was checked when the bookkeeping table was; `_lock` keeps it valid.
    Table::new(table.schema(), &format!("{}_lock", table.name())).unwrap_or_else(|_| table.clone())
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// `host:pid:nonce`, made of characters that need no escaping.
pub(super) fn holder_name() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|h| {
            h.trim()
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '.')
                .collect::<String>()
        })
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "host".to_owned());
    let nonce = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("{host}:{}:{nonce:08x}", std::process::id())
}

pub(super) async fn ensure_table<DB: Backend>(
    conn: &mut DB::Connection,
    table: &Table,
) -> Result<()> {
    let sql = format!(
        "CREATE TABLE IF NOT EXISTS {} (name VARCHAR(64) NOT NULL PRIMARY KEY, holder VARCHAR(200) NOT NULL, expires_at BIGINT NOT NULL)",
        lock_table(table).qualified(DB::DIALECT)
    );
    DB::execute(conn, &sql)
        .await
        .map_err(db("create the lock table"))
}

/// Clears an expired lease, then tries to insert ours.
pub(super) async fn try_take<DB: Backend>(
    conn: &mut DB::Connection,
    table: &Table,
    holder: &str,
    lease: Duration,
) -> Result<bool> {
    let d = DB::DIALECT;
    let lock = lock_table(table).qualified(d);
    let now = now_ms();
    let clear = format!("DELETE FROM {lock} WHERE name = 'migrate' AND expires_at < {now}");
    DB::execute(conn, &clear)
        .await
        .map_err(db("clear an expired lease"))?;
    let take = format!(
        "INSERT INTO {lock} (name, holder, expires_at) VALUES ('migrate', {}, {})",
        literal(holder, d),
        now + lease.as_millis() as i64
    );
    match DB::execute(conn, &take).await {
        Ok(()) => Ok(true),
        Err(err)
            if err
                .as_database_error()
                .is_some_and(|e| e.is_unique_violation()) =>
        {
            Ok(false)
        }
        Err(err) => Err(db("take the lease")(err)),
    }
}

/// Extends our lease; an error if it was lost (expired and taken over).
pub(super) async fn renew<DB: Backend>(
    conn: &mut DB::Connection,
    table: &Table,
    holder: &str,
    lease: Duration,
) -> Result<()> {
    let d = DB::DIALECT;
    let sql = format!(
        "UPDATE {} SET expires_at = {} WHERE name = 'migrate' AND holder = {}",
        lock_table(table).qualified(d),
        now_ms() + lease.as_millis() as i64,
        literal(holder, d)
    );
    DB::execute(conn, &sql)
        .await
        .map_err(db("renew the lease"))?;
    match self::holder::<DB>(conn, table).await? {
        Some(current) if current == holder => Ok(()),
        other => Err(crate::Error::Config(format!(
            "the migration lease expired during a revision and was taken by {}; \
             make the lease longer than the slowest revision",
            other.as_deref().unwrap_or("nobody")
        ))),
    }
}

pub(super) async fn release<DB: Backend>(
    conn: &mut DB::Connection,
    table: &Table,
    holder: &str,
) -> Result<(), sqlx::Error> {
    let d = DB::DIALECT;
    let sql = format!(
        "DELETE FROM {} WHERE name = 'migrate' AND holder = {}",
        lock_table(table).qualified(d),
        literal(holder, d)
    );
    DB::execute(conn, &sql).await
}

pub(super) async fn holder<DB: Backend>(
    conn: &mut DB::Connection,
    table: &Table,
) -> Result<Option<String>> {
    DB::lease_holder(conn, &lock_table(table))
        .await
        .map_err(db("read the lease"))
}
