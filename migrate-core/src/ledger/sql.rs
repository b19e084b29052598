//! The SQL text of the bookkeeping: the table of revisions and the lease
//! table of the lock-table strategy, in each dialect. Pure text, shared by
//! the runtime and by the offline `--sql` rendering; nothing else in the
//! crate writes SQL about our own tables.

use super::table::Table;
use crate::split::Dialect;

/// `CREATE SCHEMA IF NOT EXISTS` for the table's schema, where the dialect
/// has schemas to create (PostgreSQL).
pub fn create_schema(table: &Table, dialect: Dialect) -> Option<String> {
    match (dialect, table.schema()) {
        (Dialect::Postgres, Some(schema)) => {
            Some(format!("CREATE SCHEMA IF NOT EXISTS \"{schema}\""))
        }
        _ => None,
    }
}

/// `CREATE TABLE IF NOT EXISTS` for the bookkeeping table.
pub fn create_table(table: &Table, dialect: Dialect) -> String {
    let name = table.qualified(dialect);
    let applied_at = match dialect {
        Dialect::Postgres => "TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP",
        Dialect::Sqlite => "TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP",
        Dialect::Mysql => "TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)",
    };
    let text = match dialect {
        Dialect::Mysql => "LONGTEXT",
        _ => "TEXT",
    };
    format!(
        "CREATE TABLE IF NOT EXISTS {name} (\n    \
         revision VARCHAR(64) NOT NULL PRIMARY KEY,\n    \
         checksum VARCHAR(64) NOT NULL,\n    \
         status VARCHAR(16) NOT NULL,\n    \
         applied_at {applied_at},\n    \
         execution_ms BIGINT NOT NULL,\n    \
         detail {text}\n)"
    )
}

/// A string literal, for offline SQL.
pub fn literal(text: &str, dialect: Dialect) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('\'');
    for c in text.chars() {
        match c {
            '\'' => out.push_str("''"),
            '\\' if dialect == Dialect::Mysql => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// Bind placeholder number `n` (1-based) in a dialect.
pub fn param(n: usize, dialect: Dialect) -> String {
    match dialect {
        Dialect::Postgres => format!("${n}"),
        _ => "?".to_owned(),
    }
}

/// `INSERT` of a row; values as bind parameters 1-5 (revision, checksum,
/// status, execution_ms, detail).
pub fn insert(table: &Table, dialect: Dialect) -> String {
    let p = |n| param(n, dialect);
    format!(
        "INSERT INTO {} (revision, checksum, status, execution_ms, detail) VALUES ({}, {}, {}, {}, {})",
        table.qualified(dialect),
        p(1),
        p(2),
        p(3),
        p(4),
        p(5)
    )
}

/// `UPDATE` of a row's status; parameters 1-4 (status, execution_ms, detail, revision).
pub fn update_status(table: &Table, dialect: Dialect) -> String {
    let p = |n| param(n, dialect);
    format!(
        "UPDATE {} SET status = {}, execution_ms = {}, detail = {} WHERE revision = {}",
        table.qualified(dialect),
        p(1),
        p(2),
        p(3),
        p(4)
    )
}

/// `DELETE` of a row; parameter 1 (revision).
pub fn delete(table: &Table, dialect: Dialect) -> String {
    format!(
        "DELETE FROM {} WHERE revision = {}",
        table.qualified(dialect),
        param(1, dialect)
    )
}

/// `UPDATE` of a row's checksum; parameters 1-2 (checksum, revision).
pub fn update_checksum(table: &Table, dialect: Dialect) -> String {
    let p = |n| param(n, dialect);
    format!(
        "UPDATE {} SET checksum = {} WHERE revision = {}",
        table.qualified(dialect),
        p(1),
        p(2)
    )
}

/// `INSERT` of an applied revision's row with literal values, for a script
/// a person runs by hand.
pub fn insert_literal(table: &Table, dialect: Dialect, revision: &str, checksum: &str) -> String {
    format!(
        "INSERT INTO {} (revision, checksum, status, execution_ms, detail) VALUES ({}, {}, 'applied', 0, NULL)",
        table.qualified(dialect),
        literal(revision, dialect),
        literal(checksum, dialect)
    )
}

/// `INSERT` of an applied revision's row with literal values, sent in one
/// message with the revision's statements: its execution time is measured
/// by the server, from the start of the transaction (PostgreSQL; 0
/// elsewhere).
pub fn insert_applied_in_message(
    table: &Table,
    dialect: Dialect,
    revision: &str,
    checksum: &str,
) -> String {
    let elapsed_ms = match dialect {
        Dialect::Postgres => "CAST(EXTRACT(EPOCH FROM clock_timestamp() - now()) * 1000 AS BIGINT)",
        _ => "0",
    };
    format!(
        "INSERT INTO {} (revision, checksum, status, execution_ms, detail) VALUES ({}, {}, 'applied', {elapsed_ms}, NULL)",
        table.qualified(dialect),
        literal(revision, dialect),
        literal(checksum, dialect)
    )
}

/// `DELETE` of a revision's row with a literal value, for a script a person
/// runs by hand.
pub fn delete_literal(table: &Table, dialect: Dialect, revision: &str) -> String {
    format!(
        "DELETE FROM {} WHERE revision = {}",
        table.qualified(dialect),
        literal(revision, dialect)
    )
}

/// `SELECT` of one row's status; parameter 1 (revision).
pub fn select_status(table: &Table, dialect: Dialect) -> String {
    format!(
        "SELECT status FROM {} WHERE revision = {}",
        table.qualified(dialect),
        param(1, dialect)
    )
}

/// `SELECT` of each row's revision and applied-at time as text, unordered.
pub fn select_applied_at(table: &Table, dialect: Dialect) -> String {
    let applied_at = match dialect {
        Dialect::Postgres => "applied_at::text",
        Dialect::Sqlite => "CAST(applied_at AS TEXT)",
        Dialect::Mysql => "CAST(applied_at AS CHAR)",
    };
    format!(
        "SELECT revision, {applied_at} FROM {}",
        table.qualified(dialect)
    )
}

/// `UPDATE` of a row's status alone; parameters 1-3 (status, detail, revision).
pub fn set_status(table: &Table, dialect: Dialect) -> String {
    let p = |n| param(n, dialect);
    format!(
        "UPDATE {} SET status = {}, detail = {} WHERE revision = {}",
        table.qualified(dialect),
        p(1),
        p(2),
        p(3)
    )
}

/// `SELECT` of every row, unordered (the caller sorts).
pub fn select_all(table: &Table, dialect: Dialect) -> String {
    format!(
        "SELECT revision, checksum, status, execution_ms, detail FROM {}",
        table.qualified(dialect)
    )
}

/// The name of the one lease row.
const LEASE: &str = "'migrate'";

/// `CREATE TABLE IF NOT EXISTS` for the lease table beside `table`.
pub fn create_lease_table(table: &Table, dialect: Dialect) -> String {
    format!(
        "CREATE TABLE IF NOT EXISTS {} (name VARCHAR(64) NOT NULL PRIMARY KEY, holder VARCHAR(200) NOT NULL, expires_at BIGINT NOT NULL)",
        table.lock_table().qualified(dialect)
    )
}

/// Deletes the lease if it expired before `now_ms`.
pub fn clear_expired_lease(table: &Table, dialect: Dialect, now_ms: i64) -> String {
    format!(
        "DELETE FROM {} WHERE name = {LEASE} AND expires_at < {now_ms}",
        table.lock_table().qualified(dialect)
    )
}

/// Inserts the lease for `holder`; fails with a unique violation if it is held.
pub fn take_lease(table: &Table, dialect: Dialect, holder: &str, expires_ms: i64) -> String {
    format!(
        "INSERT INTO {} (name, holder, expires_at) VALUES ({LEASE}, {}, {expires_ms})",
        table.lock_table().qualified(dialect),
        literal(holder, dialect)
    )
}

/// Extends `holder`'s lease (changes nothing if another holder has it).
pub fn renew_lease(table: &Table, dialect: Dialect, holder: &str, expires_ms: i64) -> String {
    format!(
        "UPDATE {} SET expires_at = {expires_ms} WHERE name = {LEASE} AND holder = {}",
        table.lock_table().qualified(dialect),
        literal(holder, dialect)
    )
}

/// Deletes `holder`'s lease.
pub fn release_lease(table: &Table, dialect: Dialect, holder: &str) -> String {
    format!(
        "DELETE FROM {} WHERE name = {LEASE} AND holder = {}",
        table.lock_table().qualified(dialect),
        literal(holder, dialect)
    )
}

/// `SELECT` of the lease's holder.
pub fn select_lease_holder(table: &Table, dialect: Dialect) -> String {
    format!(
        "SELECT holder FROM {} WHERE name = {LEASE}",
        table.lock_table().qualified(dialect)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_escape() {
        assert_eq!(literal("it's", Dialect::Postgres), "'it''s'");
        assert_eq!(literal("a\\b", Dialect::Mysql), "'a\\\\b'");
    }

    #[test]
    fn only_postgres_creates_a_schema() {
        let t = Table::new(Some("s"), "t").unwrap();
        assert_eq!(
            create_schema(&t, Dialect::Postgres).as_deref(),
            Some("CREATE SCHEMA IF NOT EXISTS \"s\"")
        );
        assert_eq!(create_schema(&t, Dialect::Mysql), None);
        assert_eq!(create_schema(&Table::default(), Dialect::Postgres), None);
    }
}
