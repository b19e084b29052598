//! The desired schema: SQL that builds it from an empty database (a file,
//! a directory of `.sql` files in name order, `pg_dump --schema-only`
//! output as it is), or a database that has it.

use std::path::{Path, PathBuf};

use crate::DatabaseUrl;

/// Where the desired schema comes from.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Desired {
    /// A `.sql` file, or a directory whose `.sql` files run in name order.
    Path(PathBuf),
    /// SQL text.
    Sql(String),
    /// A database whose schema is the desired one (read, never written).
    Url(DatabaseUrl),
}

impl Desired {
    /// A file or a directory of `.sql` files.
    pub fn path(path: impl AsRef<Path>) -> Self {
        Desired::Path(path.as_ref().to_owned())
    }

    /// SQL text.
    pub fn sql(sql: impl Into<String>) -> Self {
        Desired::Sql(sql.into())
    }
}
