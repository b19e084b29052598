//! Where the bookkeeping lives: a checked table name, its quoted forms, and
//! the names derived from it (the lock key, the lease table).

use std::fmt;

use crate::error::{Error, Result};
use crate::split::Dialect;

/// Default name of the bookkeeping table.
pub const DEFAULT_TABLE: &str = "migrate_revisions";

/// The longest identifier every supported database accepts (PostgreSQL's 63).
const MAX_IDENTIFIER: usize = 63;

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
    /// [`Error::InvalidIdentifier`] naming the bad identifier.
    pub fn new(schema: Option<&str>, name: &str) -> Result<Self> {
        for ident in schema.into_iter().chain([name]) {
            let ok = !ident.is_empty()
                && ident.len() <= MAX_IDENTIFIER
                && ident.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                && ident.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !ok {
                return Err(Error::InvalidIdentifier {
                    ident: ident.to_owned(),
                });
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
        fnv1a(&format!(
            "migrate:{}.{}",
            self.schema.as_deref().unwrap_or(""),
            self.name
        )) as i64
    }

    /// The name for MySQL's `GET_LOCK` (at most 64 characters).
    pub fn lock_name(&self) -> String {
        format!("migrate:{:016x}", self.lock_key())
    }

    /// The lease table of the lock-table strategy, beside this one:
    /// `<name>_lock`, or, where that would pass the identifier limit, the
    /// name cut short with a hash of the whole, so that it never collides
    /// with the bookkeeping table itself or with another table's lease.
    pub fn lock_table(&self) -> Table {
        const SUFFIX: &str = "_lock";
        let name = if self.name.len() + SUFFIX.len() <= MAX_IDENTIFIER {
            format!("{}{SUFFIX}", self.name)
        } else {
            let hash = format!("_{:08x}", fnv1a(&self.name) as u32);
            let keep = MAX_IDENTIFIER - SUFFIX.len() - hash.len();
            format!("{}{hash}{SUFFIX}", &self.name[..keep])
        };
        Table {
            schema: self.schema.clone(),
            name,
        }
    }
}

/// FNV-1a: stable across builds and platforms, unlike `DefaultHasher`.
fn fnv1a(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.schema {
            Some(schema) => write!(f, "{schema}.{}", self.name),
            None => f.write_str(&self.name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_checked_and_quoted() {
        assert!(matches!(
            Table::new(None, "x; DROP TABLE y"),
            Err(Error::InvalidIdentifier { ident }) if ident == "x; DROP TABLE y"
        ));
        assert!(Table::new(Some("1abc"), "t").is_err());
        let t = Table::new(Some("tenant_1"), "revs").unwrap();
        assert_eq!(t.qualified(Dialect::Postgres), "\"tenant_1\".\"revs\"");
        assert_eq!(t.qualified(Dialect::Mysql), "`tenant_1`.`revs`");
        assert_ne!(t.lock_key(), Table::default().lock_key());
        assert!(t.lock_name().len() <= 64);
    }

    #[test]
    fn the_lease_table_is_never_the_bookkeeping_table() {
        assert_eq!(
            Table::default().lock_table().name(),
            "migrate_revisions_lock"
        );
        let long_a = "a".repeat(63);
        let long_b = format!("{}b", "a".repeat(62));
        let (a, b) = (
            Table::new(None, &long_a).unwrap(),
            Table::new(None, &long_b).unwrap(),
        );
        for t in [&a, &b] {
            let lock = t.lock_table();
            assert!(lock.name().len() <= MAX_IDENTIFIER, "{}", lock.name());
            assert!(lock.name().ends_with("_lock"));
            assert_ne!(lock.name(), t.name());
            assert!(Table::new(None, lock.name()).is_ok());
        }
        assert_ne!(a.lock_table(), b.lock_table());
    }
}
