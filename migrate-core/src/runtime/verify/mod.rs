//! `verify`: the stairway that proves every down undoes its up.
//!
//! On a scratch database of its own ([`Scratch`]), for each revision in
//! canonical order: apply its up, revert it, compare the schema with the one
//! before the up (a [`Snapshot`] read from the database's catalog), and apply
//! the up again before the next revision. After a down that changed no
//! schema (empty, or for data only) an up may trip over its own work, all
//! still there: rolled back, it leaves the database as the first up did,
//! and only its row is restored. When the up trips over what an incomplete
//! down left (or a failure may have left part of it), the run goes on in a
//! fresh scratch database where every revision so far is applied again, so
//! one finding does not hide the later ones. Each step is a one-revision plan
//! run by the same execution strategies as an upgrade, bookkeeping rows
//! included, so a revision runs exactly as it would in production.
//!
//! | module | its one concern |
//! |---|---|
//! | `scratch` | creating and dropping the scratch database, from a URL |
//! | `postgres`, `mysql`, `sqlite` | each catalog read into a [`Snapshot`] |

mod scratch;

#[cfg(feature = "mysql")]
mod mysql;
#[cfg(feature = "postgres")]
mod postgres;
#[cfg(feature = "sqlite")]
mod sqlite;

use std::fmt;
use std::future::Future;

use super::backend::Backend;
use super::execute::applied_record;
use super::migrator::{db, Migrator};
use crate::direction::Direction;
use crate::error::{Error, Result};
use crate::schema::{PartRef, Snapshot};
use crate::split::Dialect;
use crate::{IntoDatabaseUrl, Migrations, Plan, Revision};

pub use self::scratch::Scratch;

/// What `verify` found.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct Verification {
    /// How many revisions the set has.
    pub revisions: usize,
    /// Revisions whose down left the schema different from before their up,
    /// in canonical order.
    pub not_restored: Vec<NotRestored>,
    /// Irreversible revisions (no down): applied, not checked.
    pub skipped: Vec<String>,
    /// The revision whose up or down failed; the run stopped there.
    pub failed: Option<StepFailed>,
}

/// A revision whose down does not restore the schema.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct NotRestored {
    /// The revision.
    pub revision: String,
    /// Each difference, in words (`table trades: column fee_bp remains`).
    pub differences: Vec<String>,
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
        let mut first = true;
        let mut line = |f: &mut fmt::Formatter<'_>, text: String| {
            let sep = if first { "" } else { "\n" };
            first = false;
            write!(f, "{sep}{text}")
        };
        for found in &self.not_restored {
            line(
                f,
                format!(
                    "revision {}: down does not restore the schema:",
                    found.revision
                ),
            )?;
            for difference in &found.differences {
                line(f, format!("  - {difference}"))?;
            }
        }
        if let Some(failed) = &self.failed {
            line(
                f,
                format!(
                    "revision {}: {} failed: {}",
                    failed.revision,
                    failed.direction.as_str(),
                    failed.error
                ),
            )?;
        }
        Ok(())
    }
}

/// How a stairway ended.
pub(super) enum Stop {
    /// Every revision checked, or one failed.
    Done,
    /// A down that did not restore the schema left what its up trips over:
    /// go on from revision `next` in a fresh database.
    Rebuild {
        /// The first revision not checked yet.
        next: usize,
    },
}

/// A database whose catalog `verify` reads.
pub trait Catalog: Backend {
    /// The schema of the connection's database, our own tables included.
    #[doc(hidden)]
    fn snapshot(
        conn: &mut Self::Connection,
    ) -> impl Future<Output = std::result::Result<Snapshot, sqlx::Error>> + Send;

    /// Parts of `snapshot` the database made by itself for another part,
    /// which come and go with it rather than with the revisions (MySQL's
    /// index for a foreign key stays when the key is dropped, and goes when
    /// another index can serve the key).
    #[doc(hidden)]
    fn implicit(_snapshot: &Snapshot) -> Vec<PartRef> {
        Vec::new()
    }
}

/// What differs after the down from before the up, leaving out what the
/// database made by itself in any of the three states.
fn compared<DB: Catalog>(
    before: &Snapshot,
    after_up: &Snapshot,
    after_down: &Snapshot,
) -> Vec<String> {
    let implicit: Vec<PartRef> = [before, after_up, after_down]
        .into_iter()
        .flat_map(DB::implicit)
        .collect();
    if implicit.is_empty() {
        return after_down.differences(before);
    }
    let (mut before, mut after_down) = (before.clone(), after_down.clone());
    for part in &implicit {
        before.remove_part(part);
        after_down.remove_part(part);
    }
    after_down.differences(&before)
}

impl Migrations {
    /// Runs the stairway (see [`Migrator::verify`]) with default options.
    ///
    /// # Errors
    ///
    /// See [`Migrator::verify`].
    pub async fn verify(&self, server_url: impl IntoDatabaseUrl) -> Result<Verification> {
        self.migrator().verify(server_url).await
    }
}

impl Migrator<'_> {
    /// Proves that every down undoes its up, on a scratch database made on
    /// the server `server_url` names (`postgres://`, `mysql://`; for
    /// `sqlite:` a temporary file, the URL's own file is never opened),
    /// dropped again before this returns. For each revision in canonical
    /// order: up, down, compare the schema with the one before the up, up
    /// again. A revision whose up or down fails ends the run
    /// ([`Verification::failed`]).
    ///
    /// If the future is dropped part-way, the scratch database is still
    /// dropped (from a thread of its own; see [`Scratch`]).
    ///
    /// # Errors
    ///
    /// [`Error::UnsupportedUrl`]; [`Error::Database`] when the scratch
    /// database cannot be made, reached, read or dropped. What a revision's
    /// SQL does wrong is in the [`Verification`], not an error.
    pub async fn verify(&self, server_url: impl IntoDatabaseUrl) -> Result<Verification> {
        let scratch = Scratch::create(server_url).await?;
        let verified = self.verify_on(&scratch).await;
        let dropped = scratch.drop_database().await;
        let verification = verified?;
        dropped?;
        Ok(verification)
    }

    /// [`Migrator::verify`] on a scratch database the caller made and will
    /// drop (the CLI does this to drop it on Ctrl-C as well).
    ///
    /// # Errors
    ///
    /// As [`Migrator::verify`].
    pub async fn verify_on(&self, scratch: &Scratch) -> Result<Verification> {
        scratch.run(self).await
    }

    /// The stairway from revision `from` on, in a database where the
    /// revisions before it are not applied yet: they are applied first.
    /// Stops early when a database must be rebuilt.
    pub(super) async fn stairway<DB: Catalog>(
        &self,
        conn: &mut DB::Connection,
        from: usize,
        verification: &mut Verification,
    ) -> Result<Stop> {
        let holds = self.lock::<DB>(conn).await?;
        let result = self.stairway_locked::<DB>(conn, from, verification).await;
        self.unlock::<DB>(conn, holds).await;
        result
    }

    async fn stairway_locked<DB: Catalog>(
        &self,
        conn: &mut DB::Connection,
        from: usize,
        verification: &mut Verification,
    ) -> Result<Stop> {
        self.ensure_table::<DB>(conn).await?;
        let revisions = self.migrations.revisions();
        verification.revisions = revisions.len();
        for position in 0..from {
            if let Err(failed) = self.stair::<DB>(conn, position, Direction::Up).await {
                verification.failed = Some(failed);
                return Ok(Stop::Done);
            }
        }
        let mut before = self.snapshot::<DB>(conn).await?;
        for (position, revision) in revisions.iter().enumerate().skip(from) {
            let id = revision.id();
            if let Err(failed) = self.stair::<DB>(conn, position, Direction::Up).await {
                verification.failed = Some(failed);
                return Ok(Stop::Done);
            }
            let after_up = self.snapshot::<DB>(conn).await?;
            if !revision.is_reversible() {
                verification.skipped.push(id.to_owned());
                before = after_up;
                continue;
            }
            if let Err(failed) = self.stair::<DB>(conn, position, Direction::Down).await {
                verification.failed = Some(failed);
                return Ok(Stop::Done);
            }
            let after_down = self.snapshot::<DB>(conn).await?;
            let differences = compared::<DB>(&before, &after_up, &after_down);
            let restored = differences.is_empty();
            if !restored {
                verification.not_restored.push(NotRestored {
                    revision: id.to_owned(),
                    differences,
                });
            }
            // The down changed no schema: an empty down, or one for data.
            let schema_kept = after_down == after_up;
            match self.stair::<DB>(conn, position, Direction::Up).await {
                // The same up on the same schema: the schema after it again.
                Ok(()) if restored => before = after_up,
                Ok(()) => before = self.snapshot::<DB>(conn).await?,
                // After an empty down the up trips over its own work, which
                // is all still there; rolled back, it leaves the database as
                // the first up did, and only its row goes back.
                Err(_) if schema_kept && self.rolls_back::<DB>(revision) => {
                    let record =
                        applied_record(revision, 0, Some("verify: its down changed no schema"));
                    DB::insert_record(conn, &self.options.table, &record)
                        .await
                        .map_err(db("record a revision in the scratch database"))?;
                    before = after_up;
                }
                // Tripped over what the down left behind (the finding already
                // reported), or over its own work where a failure may leave
                // part of it: go on in a clean database.
                Err(_) if !restored || schema_kept => {
                    return Ok(Stop::Rebuild { next: position + 1 })
                }
                Err(failed) => {
                    verification.failed = Some(failed);
                    return Ok(Stop::Done);
                }
            }
        }
        Ok(Stop::Done)
    }

    /// Whether a failed run of `revision` leaves nothing behind: a
    /// transactional revision on a database whose DDL is transactional
    /// (not MySQL).
    fn rolls_back<DB: Catalog>(&self, revision: &Revision) -> bool {
        revision.is_transactional() && DB::DIALECT != Dialect::Mysql
    }

    /// Applies or reverts the revision at `position` alone, as a run would.
    async fn stair<DB: Catalog>(
        &self,
        conn: &mut DB::Connection,
        position: usize,
        direction: Direction,
    ) -> std::result::Result<(), StepFailed> {
        let migrations = self.migrations;
        let plan = Plan::stair(
            migrations.revisions(),
            migrations.index(),
            position,
            direction,
        );
        self.run_plan::<DB>(conn, &plan)
            .await
            .map(drop)
            .map_err(|error| StepFailed {
                revision: migrations.revisions()[position].id().to_owned(),
                direction,
                error,
            })
    }

    /// The schema, without our own bookkeeping and lease tables.
    async fn snapshot<DB: Catalog>(&self, conn: &mut DB::Connection) -> Result<Snapshot> {
        let mut snapshot = DB::snapshot(conn)
            .await
            .map_err(db("read the scratch database's catalog"))?;
        for table in [self.options.table.clone(), self.options.table.lock_table()] {
            let name = match (DB::DIALECT, table.schema()) {
                (Dialect::Postgres, Some(schema)) if schema != "public" => {
                    format!("{schema}.{}", table.name())
                }
                _ => table.name().to_owned(),
            };
            snapshot.remove("table", &name);
            let owned = format!("{name}.");
            snapshot.remove_where("sequence", "owned by", |by| by.starts_with(&owned));
        }
        Ok(snapshot)
    }
}
