//! Autogenerate's planner: the revision(s) that turn one schema into
//! another, written from two [`Snapshot`]s of PostgreSQL catalogs.
//!
//! Pure: no database. [`plan`] compares the head's snapshot with the
//! desired one and writes SQL in the order the catalog's dependencies
//! demand (what depends on a changed column, type or function is dropped
//! before and created again after; every down is the reverse), online-safe
//! where a table exists in the head (indexes `CONCURRENTLY` in a revision of
//! their own, constraints `NOT VALID` then validated in a following one),
//! with a `-- review: ...` line wherever a person must decide.
//!
//! | module | its one concern |
//! |---|---|
//! | `change` | one transition between two snapshots: what is dropped, created, rebuilt (with what depends on it) or altered |
//! | `write` | the statements of each object and part, by stage |
//! | `column` | a column in both schemas (type, default, NOT NULL, identity), and review lines for look-alike renames |
//! | `ddl` | the statement that creates, drops or alters each kind of object |
//! | `order` | the revisions (enum values, main, concurrent indexes, validate) and the order of statements from the catalog's dependencies |
//! | `rename` | enum types renamed (`ALTER TYPE ... RENAME TO`), and the head as the server reads it after; columns renamed, as their places tell |
//! | `sequence` | review lines for a column of a table with rows whose default moves to a new sequence |
//! | `reparse` | deparsed expressions written so that they parse back to the same tree (an array cast as a whole) |

mod change;
mod column;
mod ddl;
pub mod mysql;
mod order;
mod rename;
mod reparse;
mod sequence;
pub mod sqlite;

#[cfg(feature = "postgres")]
pub(crate) use change::writes;
pub use rename::{column_renames, ColumnRename};
pub use reparse::keep_array_casts;
#[cfg(test)]
mod tests;
mod write;

use std::collections::BTreeSet;

use crate::schema::Snapshot;

/// What one generated revision is for; a plan holds them in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Role {
    /// Enum values added in place (`ALTER TYPE ... ADD VALUE`): a value
    /// added in a transaction cannot be used before it commits, so the
    /// revisions that use it come after.
    EnumValues,
    /// Everything that runs in one transaction.
    Main,
    /// `CREATE INDEX CONCURRENTLY` on tables the head already has:
    /// `transactional: false`.
    ConcurrentIndexes,
    /// `VALIDATE CONSTRAINT` of the constraints the main revision added
    /// `NOT VALID`.
    Validate,
}

impl Role {
    /// A short name for file names and messages: `enum-values`, `main`,
    /// `concurrent-indexes`, `validate`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::EnumValues => "enum-values",
            Role::Main => "main",
            Role::ConcurrentIndexes => "concurrent-indexes",
            Role::Validate => "validate",
        }
    }
}

/// One generated revision: its up, its down, and how it runs.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Generated {
    /// What it is for.
    pub role: Role,
    /// The up section: statements ending in `;`, one or more lines each,
    /// `-- review: ...` lines where a person must decide.
    pub up: String,
    /// The down section, undoing the up; empty when there is nothing to
    /// undo (a `VALIDATE` revision).
    pub down: String,
    /// Whether it runs in one transaction (`false` for concurrent indexes).
    pub transactional: bool,
    /// How many statements the up holds.
    pub operations: usize,
    /// Lint rules its header allows (`-- lint_allow:`), each because the
    /// generated form itself, not a change the user declared, trips it:
    /// SQLite's table rebuild renames the old table aside and drops it.
    pub lint_allow: Vec<String>,
}

/// A place where a person must decide, written into a revision as
/// `-- review: <what>`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Review {
    /// The revision's role (which of [`Plan::revisions`] holds it).
    pub role: Role,
    /// What to decide and why (the text after `-- review: `).
    pub what: String,
}

/// The revisions that turn the head's schema into the desired one, in the
/// order they are to be applied (downs in the reverse).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Plan {
    /// The revisions, by [`Role`]; none when the schemas are the same.
    pub revisions: Vec<Generated>,
    /// Every review line written into them.
    pub reviews: Vec<Review>,
}

impl Plan {
    /// Whether there is nothing to do.
    pub fn is_empty(&self) -> bool {
        self.revisions.is_empty()
    }

    /// How many statements the ups hold together.
    pub fn operations(&self) -> usize {
        self.revisions.iter().map(|r| r.operations).sum()
    }
}

/// The prefix of a review line in generated SQL.
pub const REVIEW_PREFIX: &str = "-- review:";

/// What a review line says of a NOT NULL column added without a default to
/// a table with rows (which takes a placeholder, or fails).
const NOT_NULL_ON_ROWS: &str = "NOT NULL without a default to table";

/// What a review line says of a statement PostgreSQL refuses whatever the
/// data (an object the schema holds that no statement can make again).
const REFUSED: &str = "which PostgreSQL refuses";

/// What the planner is told about the data, which no catalog holds: the
/// runtime reads it (from the replayed head and the user's database) and
/// passes it in, so that a review line is written only where rows make a
/// person's decision necessary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Facts {
    /// Tables known to hold rows, named as in the [`Snapshot`] (`t`,
    /// `auth.users`). A table not named here is taken to be empty: the
    /// plain statement is written, and PostgreSQL refuses it, in the
    /// revision's transaction, should the table hold rows after all.
    pub tables_with_rows: BTreeSet<String>,
}

impl Facts {
    /// Facts naming these tables as holding rows.
    pub fn with_rows<S: Into<String>>(tables: impl IntoIterator<Item = S>) -> Self {
        Facts {
            tables_with_rows: tables.into_iter().map(Into::into).collect(),
        }
    }

    /// Whether the table is known to hold rows.
    pub fn has_rows(&self, table: &str) -> bool {
        self.tables_with_rows.contains(table)
    }
}

/// The revision(s) that turn `head` (the chain's schema) into `desired`,
/// both PostgreSQL snapshots read by the runtime's catalog reader, knowing
/// `facts` about the data.
pub fn plan(head: &Snapshot, desired: &Snapshot, facts: &Facts) -> Plan {
    order::write(head, desired, facts, &[])
}

/// [`plan`] where `renamed_head` is the head as it reads after `renames`
/// (found by [`column_renames`] and run on it): they come first in the
/// main revision, each with a review line, and go back last in its down.
pub fn plan_after_renames(
    renamed_head: &Snapshot,
    desired: &Snapshot,
    facts: &Facts,
    renames: &[ColumnRename],
) -> Plan {
    order::write(renamed_head, desired, facts, renames)
}
