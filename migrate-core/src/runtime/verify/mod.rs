//! `verify`: the stairway that proves every down undoes its up.
//!
//! On a scratch database of its own ([`Scratch`]), for each revision in
//! canonical order: apply its up, revert it, compare the schema with the one
//! before the up (a [`Snapshot`] read from the database's catalog), and apply
//! the up again before the next revision. Each step is a one-revision plan
//! run by an open run like any other, bookkeeping rows included, so a
//! revision runs exactly as it would in production. Where the URL names an
//! empty PostgreSQL database and one transaction can do what the commits
//! would, the walk runs there instead, in one transaction rolled back at
//! the end, each step under a savepoint ([`Workplace`]).
//!
//! | module | its one concern |
//! |---|---|
//! | `stairway` | the walk: up, then down, compare and up again (rolled back where the database allows), and how it goes on after a finding |
//! | `scratch` | creating and dropping the scratch database, from a URL |
//! | `one_transaction` | the walk in an empty PostgreSQL database, in one transaction rolled back, and when it goes to a scratch database instead |
//! | `needs_commits` | what in a set one transaction cannot do as a commit per revision does, read from its SQL |
//! | `rewritten` | a set as the walk in one transaction runs it: revisions not transactional made so, `CONCURRENTLY` left out, failures given back as written |
//! | `postgres`, `mysql`, `sqlite` | each catalog read into a [`Snapshot`] |
//! | `mysql_code` | MySQL's views, triggers and routines, the parts that hold SQL bodies |
//! | `postgres_changes` | PostgreSQL's catalog read again deparsing only the objects that changed |
//! | `postgres_ddl` | what autogenerate reads beyond that, in the same query: dependencies, definitions as kept |
//! | `postgres_others` | PostgreSQL's schemas, statistics, publications, collations, text search, event triggers and extensions, read in full every time |
//! | `postgres_unwritten` | the objects autogenerate does not write (operators, casts, foreign data wrappers, ...), read so that their changes are seen |

#[cfg(feature = "postgres")]
mod needs_commits;
#[cfg(feature = "postgres")]
mod one_transaction;
#[cfg(feature = "postgres")]
mod rewritten;
mod scratch;
mod stairway;

#[cfg(feature = "mysql")]
mod mysql;
#[cfg(feature = "mysql")]
mod mysql_code;
#[cfg(feature = "postgres")]
pub(crate) mod postgres;
#[cfg(feature = "postgres")]
mod postgres_changes;
#[cfg(feature = "postgres")]
mod postgres_ddl;
#[cfg(feature = "postgres")]
mod postgres_others;
#[cfg(feature = "postgres")]
mod postgres_scope;
#[cfg(feature = "postgres")]
mod postgres_unwritten;
#[cfg(feature = "sqlite")]
mod sqlite;

use std::fmt;
use std::future::Future;

use super::backend::Backend;
use crate::direction::Direction;
use crate::error::{Error, StatementFailure};
use crate::schema::{PartRef, Snapshot};

pub use self::scratch::Scratch;

/// What `verify` found.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct Verification {
    /// How many revisions the set has.
    pub revisions: usize,
    /// Revisions whose down left the schema different from before their
    /// up, or failed, in canonical order.
    pub not_restored: Vec<NotRestored>,
    /// Irreversible revisions (no down): applied, not checked.
    pub skipped: Vec<String>,
    /// The revision whose up failed (or whose step failed for another
    /// reason than its down's SQL); the run stopped there.
    pub failed: Option<StepFailed>,
    /// Where the stairway was walked.
    pub workplace: Workplace,
}

/// Where `verify` walked the stairway.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Workplace {
    /// A scratch database made for the run and dropped after it (SQLite: a
    /// temporary file).
    #[default]
    Scratch,
    /// A scratch database, although the URL's own database was empty:
    /// why one transaction could not stand in for the commits (a code
    /// revision, an enum value used after the revision that adds it, a
    /// statement refused in a transaction block, the lock table full, ...).
    ScratchInstead {
        /// Why, in words.
        reason: String,
    },
    /// The URL's own database, empty: the whole stairway in one
    /// transaction, each step under a savepoint, rolled back at the end.
    RolledBack {
        /// The database's name.
        database: String,
    },
}

impl fmt::Display for Workplace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Workplace::Scratch => f.write_str("in a scratch database"),
            Workplace::ScratchInstead { reason } => {
                write!(f, "in a scratch database, not in one transaction: {reason}")
            }
            Workplace::RolledBack { database } => write!(
                f,
                "in the empty database {database}, in one transaction rolled back"
            ),
        }
    }
}

/// A revision whose down does not restore the schema.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct NotRestored {
    /// The revision.
    pub revision: String,
    /// Each difference, in words (`table trades: column fee_bp remains`).
    pub differences: Vec<String>,
    /// Where and why the down failed, when it did (a down that fails does
    /// not restore the schema either).
    pub error: Option<StatementFailure>,
}

/// A revision whose up or down failed during `verify`.
#[derive(Debug)]
#[non_exhaustive]
pub struct StepFailed {
    /// The revision.
    pub revision: String,
    /// Which of its sections failed.
    pub direction: Direction,
    /// Why.
    pub error: Error,
}

impl Verification {
    /// Whether every down restored the schema and nothing failed.
    pub fn is_ok(&self) -> bool {
        self.not_restored.is_empty() && self.failed.is_none()
    }
}

impl StepFailed {
    /// Why, as a scratch database's finding: where the statement failed and
    /// what the database said, without what it means for bookkeeping
    /// (the scratch database is dropped).
    pub fn cause(&self) -> String {
        match &self.error {
            Error::Statement(failure) => failure.cause().to_string(),
            Error::TableLockTimeout { failure, .. } => failure.cause().to_string(),
            other => other.to_string(),
        }
    }
}

impl fmt::Display for Verification {
    /// One line per finding, or one line saying all is well.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let checked = self.revisions - self.skipped.len();
        if self.is_ok() {
            write!(
                f,
                "every down restores the schema ({checked} revisions checked"
            )?;
            if !self.skipped.is_empty() {
                write!(f, ", {} irreversible skipped", self.skipped.len())?;
            }
            return write!(f, ")");
        }
        let mut lines = Vec::new();
        for found in &self.not_restored {
            match &found.error {
                Some(error) => lines.push(format!(
                    "revision {}: down does not restore the schema: it failed: {}",
                    found.revision,
                    error.cause()
                )),
                None => lines.push(format!(
                    "revision {}: down does not restore the schema:",
                    found.revision
                )),
            }
            lines.extend(found.differences.iter().map(|d| format!("  - {d}")));
        }
        if let Some(failed) = &self.failed {
            lines.push(format!(
                "revision {}: {} failed: {}",
                failed.revision,
                failed.direction.as_str(),
                failed.cause()
            ));
        }
        f.write_str(&lines.join("\n"))
    }
}

/// A database whose catalog `verify` reads.
pub trait Catalog: Backend {
    /// The schema of the connection's database, our own tables included.
    #[doc(hidden)]
    fn snapshot(
        conn: &mut Self::Connection,
    ) -> impl Future<Output = std::result::Result<Snapshot, sqlx::Error>> + Send;

    /// The schema again, after an earlier read on the same connection
    /// that `cache` keeps: the same as [`Catalog::snapshot`], where the
    /// database can tell what did not change, without reading it again.
    #[doc(hidden)]
    fn snapshot_again(
        conn: &mut Self::Connection,
        _cache: &mut CatalogCache,
    ) -> impl Future<Output = std::result::Result<Snapshot, sqlx::Error>> + Send {
        Self::snapshot(conn)
    }

    /// Parts of `snapshot` the database made by itself for another part,
    /// which come and go with it rather than with the revisions (MySQL's
    /// index for a foreign key stays when the key is dropped, and goes when
    /// another index can serve the key).
    #[doc(hidden)]
    fn implicit(_snapshot: &Snapshot) -> Vec<PartRef> {
        Vec::new()
    }
}

/// What a catalog read keeps for the next one on the same connection.
#[doc(hidden)]
#[derive(Debug, Default, Clone)]
pub struct CatalogCache {
    #[cfg(feature = "postgres")]
    pub(crate) postgres: postgres_changes::Versions,
    #[cfg(feature = "mysql")]
    pub(crate) mysql: Option<mysql::Server>,
}
