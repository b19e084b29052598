//! The SQL dialect: which database's language a set is written in, a URL
//! speaks, the splitter and the SQL check read. One enum for all of them.

use std::fmt;

/// A database's SQL language: its lexical rules (quotes, comments) and the
/// name `migrate.toml` gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Dialect {
    /// PostgreSQL (and TimescaleDB): dollar quotes, `E''` strings, nested comments.
    Postgres,
    /// SQLite: `''` strings, `"…"`, `[…]` and backtick identifiers.
    Sqlite,
    /// MySQL and MariaDB: backslash escapes in strings, backticks, `#` comments.
    Mysql,
}

impl Dialect {
    /// Every dialect, in the order the docs list them.
    pub const ALL: [Dialect; 3] = [Dialect::Postgres, Dialect::Sqlite, Dialect::Mysql];

    /// The name written in `migrate.toml` (and `--dialect`).
    pub fn name(self) -> &'static str {
        match self {
            Dialect::Postgres => "postgres",
            Dialect::Sqlite => "sqlite",
            Dialect::Mysql => "mysql",
        }
    }

    /// The dialect named `name` in `migrate.toml` (or `--dialect`).
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.name() == name)
    }

    /// The database as people name it in messages.
    pub fn product(self) -> &'static str {
        match self {
            Dialect::Postgres => "PostgreSQL",
            Dialect::Sqlite => "SQLite",
            Dialect::Mysql => "MySQL/MariaDB",
        }
    }
}

impl fmt::Display for Dialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
