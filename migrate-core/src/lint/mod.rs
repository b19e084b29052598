//! Hazards: statements that are valid but dangerous on a live database
//! (locks that block writes, table rewrites, validation scans,
//! backward-incompatible drops and renames, missing lock timeouts).
//!
//! The rule catalogue (`rule`) is always compiled; the engine is behind the
//! `sql-check` feature. Unlike a file-by-file linter, the engine walks the
//! whole graph in canonical order and knows, for each revision, which
//! tables its ancestors created and whether those ancestors have reached
//! the database being checked (or the release `migrate.toml` names): a lock
//! on a table nobody uses yet blocks nobody and is not reported. It knows
//! which revisions run in a transaction, so "make it re-runnable" findings
//! are only given where a failure does not roll back whole.
//!
//! Pure: it reads a [`Migrations`](crate::Migrations) value and settings.

pub mod rule;

#[cfg(feature = "sql-check")]
mod engine;
#[cfg(feature = "sql-check")]
mod facts;
#[cfg(feature = "sql-check")]
mod postgres;
#[cfg(feature = "sql-check")]
mod syntax;
#[cfg(all(test, feature = "sql-check"))]
mod tests;
#[cfg(feature = "sql-check")]
mod words;

#[cfg(feature = "sql-check")]
pub use engine::{lint, Finding, Report, Scope};
pub use rule::{Rule, Severity};

/// How a finding says that a statement works only on an empty table; a
/// program that knows the table's row count says that instead.
pub const ONCE_THE_TABLE_HAS_ROWS: &str = "fails once the table has rows";
