//! The bookkeeping table: its name, and the SQL that creates, reads and
//! writes it in each dialect. Pure text, shared by the runtime and by the
//! offline `--sql` rendering.

use std::fmt;

use crate::error::{Error, Result};
use crate::split::Dialect;

/// Default name of the bookkeeping table.
pub const DEFAULT_TABLE: &str = "migrate_revisions";

/// Where the bookkeeping lives: a table, optionally in a schema (a
/// PostgreSQL schema, a MySQL database, an attached SQLite database).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    schema: Option<String>,
    name: String,
}

impl Default for Table {
    fn default() -> Self {
        Table {
            schema: None,
            name: DEFAULT_TABLE.to_owned(),
        }
    }
}

impl Table {
    /// A table name and optional schema; both must be plain identifiers
    /// (`[A-Za-z_][A-Za-z0-9_]*`, at most 63 characters).
    ///
    /// # Errors
    ///
    /// [`Error::Config`] naming the bad identifier.
    pub fn new(schema: Option<&str>, name: &str) -> Result<Self> {
        for ident in schema.into_iter().chain([name]) {
            let ok = !ident.is_empty()
                && ident.len() <= 63
                && ident.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                && ident.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !ok {
                return Err(Error::Config(format!(
                    "'{ident}' is not a valid table or schema name; use letters, digits and '_', \
                     starting with a letter, at most 63 characters"
                )));
            }
        }
        Ok(Table {
            schema: schema.map(str::to_owned),
            name: name.to_owned(),
        })
    }

    /// The table name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The schema, if one is set.
    pub fn schema(&self) -> Option<&str> {
        self.schema.as_deref()
    }

    /// The quoted, qualified name in a dialect.
    pub fn qualified(&self, dialect: Dialect) -> String {
        let quote = |ident: &str| match dialect {
            Dialect::Mysql => format!("`{ident}`"),
            _ => format!("\"{ident}\""),
        };
        match &self.schema {
            Some(schema) => format!("{}.{}", quote(schema), quote(&self.name)),
            None => quote(&self.name),
        }
    }

    /// A stable 64-bit key for advisory locks, from the qualified name.
    pub fn lock_key(&self) -> i64 {
        // FNV-1a: stable across builds and platforms, unlike `DefaultHasher`.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in format!(
            "migrate:{}.{}",
            self.schema.as_deref().unwrap_or(""),
            self.name
        )
        .bytes()
        {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        hash as i64
    }

    /// The name for MySQL's `GET_LOCK` (at most 64 characters).
    pub fn lock_name(&self) -> String {
        format!("migrate:{:016x}", self.lock_key())
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.schema {
            Some(schema) => write!(f, "{schema}.{}", self.name),
            None => f.write_str(&self.name),
        }
    }
}

/// The state a row records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Applied and committed.
    Applied,
    /// A non-transactional revision was started and has not finished: its
    /// runner is still at work, or was killed part-way.
    Running,
    /// A non-transactional revision failed part-way; a person must resolve it.
    Failed,
}

impl Status {
    /// The text stored in the `status` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Applied => "applied",
            Status::Running => "running",
            Status::Failed => "failed",
        }
    }

    /// Parses the `status` column.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "applied" => Some(Status::Applied),
            "running" => Some(Status::Running),
            "failed" => Some(Status::Failed),
            _ => None,
        }
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

/// `SELECT` of one row's status; parameter 1 (revision).
pub fn select_status(table: &Table, dialect: Dialect) -> String {
    format!(
        "SELECT status FROM {} WHERE revision = {}",
        table.qualified(dialect),
        param(1, dialect)
    )
}

/// `SELECT` of every row, unordered (the caller sorts).
pub fn select_all(table: &Table, dialect: Dialect) -> String {
    format!(
        "SELECT revision, checksum, status, execution_ms, detail FROM {}",
        table.qualified(dialect)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_checked_and_quoted() {
        assert!(Table::new(None, "x; DROP TABLE y").is_err());
        assert!(Table::new(Some("1abc"), "t").is_err());
        let t = Table::new(Some("tenant_1"), "revs").unwrap();
        assert_eq!(t.qualified(Dialect::Postgres), "\"tenant_1\".\"revs\"");
        assert_eq!(t.qualified(Dialect::Mysql), "`tenant_1`.`revs`");
        assert_ne!(t.lock_key(), Table::default().lock_key());
        assert!(t.lock_name().len() <= 64);
    }

    #[test]
    fn literals_escape() {
        assert_eq!(literal("it's", Dialect::Postgres), "'it''s'");
        assert_eq!(literal("a\\b", Dialect::Mysql), "'a\\\\b'");
    }
}
