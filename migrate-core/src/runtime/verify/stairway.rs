//! The stairway itself: for each revision in canonical order, up, down,
//! compare the schema with the one before the up, up again.
//!
//! Where a failed revision leaves nothing behind (a transactional one, on
//! PostgreSQL or SQLite, that opens and ends no transaction itself), the
//! down, the read after it and the up again run in a transaction that is
//! then rolled back ([`trial`]): the database is
//! the one after the up again, the very rows, with no third commit, and the
//! read after the up still describes it. The up again runs only where it
//! can say more than the comparison: after a down that changed the schema
//! and put it back, the up fails again only over what no snapshot shows
//! (rows or grants the down left), and that is its failure. A section with
//! nothing to run (comments alone) changes no schema: the catalog is not
//! read after it, and such a down is not run in a trial at all.
//!
//! Elsewhere (MySQL, whose DDL commits as it goes; `transactional: false`
//! revisions) each step commits, and how the walk goes on after a finding,
//! so that one finding does not hide the later ones:
//! - a down that fails is a down that does not restore the schema: it is
//!   reported with its error; rolled back, it left the up's schema, and the
//!   walk goes on from there; where it may have left part of itself, the
//!   walk goes on in a fresh database;
//! - after a down that changed no schema (empty, or for data only) the up
//!   may trip over its own work, all still there: rolled back, it leaves
//!   the database as the first up did, and only its row is put back;
//! - when the up trips over what an incomplete down left (or a failure may
//!   have left part of it), the walk goes on in a fresh database where
//!   every revision so far is applied again.
//!
//! The same walk runs in one transaction the caller holds open
//! ([`Steps::Savepoints`]): each step under a savepoint released, a trial
//! under one rolled back.

use super::{Catalog, CatalogCache, NotRestored, StepFailed, Verification};
use crate::direction::Direction;
use crate::error::{Error, Result, StatementFailure};
use crate::runtime::backend::db;
use crate::runtime::connect::Source;
use crate::runtime::options::Options;
use crate::runtime::run::Run;
use crate::schema::{PartRef, Snapshot};
use crate::{split, Dialect, Migrations, Revision};

/// How the stairway's steps reach the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Steps {
    /// Each step commits, as in an upgrade; a trial is a transaction
    /// rolled back.
    Commit,
    /// In a transaction the caller holds open: each step under a savepoint
    /// released (its catalog rows get a transaction id of their own), a
    /// trial under one rolled back. Each step that is not a trial's then
    /// does what its commit would: with `checks_deferred`, runs the checks
    /// deferred to the commit; with `drops_temporary`, drops the temporary
    /// tables it made `ON COMMIT DROP`.
    #[cfg_attr(not(feature = "postgres"), allow(dead_code))]
    Savepoints {
        checks_deferred: bool,
        drops_temporary: bool,
    },
}

/// How a stairway ended.
pub(super) enum Stop {
    /// Every revision checked, or one failed.
    Done,
    /// A finding left what the next step trips over: go on from revision
    /// `next` in a fresh database.
    Rebuild {
        /// The first revision not checked yet.
        next: usize,
    },
}

/// The stairway from revision `from` on, on `conn` (a scratch database's,
/// or one in a transaction the caller holds open), in a run opened and
/// closed there.
pub(super) async fn walk<DB: Catalog>(
    migrations: &Migrations,
    options: &Options,
    (conn, steps): (&mut DB::Connection, Steps),
    from: usize,
    verification: &mut Verification,
) -> Result<Stop> {
    let mut run = Run::open(migrations, options, Source::Connection(conn)).await?;
    let stop = stairway::<DB>(&mut run, steps, from, verification).await;
    run.close(stop).await
}

/// Applies or reverts the revision at `position` alone, as `steps` says.
async fn step<DB: Catalog>(
    run: &mut Run<'_, '_, DB>,
    steps: Steps,
    position: usize,
    direction: Direction,
) -> Result<()> {
    match steps {
        Steps::Commit => run.stair(position, direction).await,
        Steps::Savepoints {
            checks_deferred,
            drops_temporary,
        } => {
            let temporary = match drops_temporary {
                #[cfg(feature = "postgres")]
                true => {
                    let sql = run.migrations().revisions()[position].section(direction).0;
                    super::rewritten::dropped_on_commit(sql)
                }
                _ => Vec::new(),
            };
            run.stair_in_savepoint(position, direction, (checks_deferred, &temporary))
                .await
        }
    }
}

/// The stairway from revision `from` on, in a database where the revisions
/// before it are not applied yet: they are applied first. Stops early when
/// a database must be rebuilt.
async fn stairway<DB: Catalog>(
    run: &mut Run<'_, '_, DB>,
    steps: Steps,
    from: usize,
    verification: &mut Verification,
) -> Result<Stop> {
    run.ensure_table().await?;
    let revisions = run.migrations().revisions();
    let total = revisions.len();
    verification.revisions = total;
    let observer = &run.options().observer;
    for (position, revision) in revisions.iter().enumerate().take(from) {
        if let Err(error) = step(run, steps, position, Direction::Up).await {
            verification.failed = Some(failed(revision, Direction::Up, error));
            return Ok(Stop::Done);
        }
    }
    // Each read after the first reads again only what changed, where the
    // database can tell.
    let mut cache = CatalogCache::default();
    let mut before = snapshot(run, &mut cache).await?;
    for (position, revision) in revisions.iter().enumerate().skip(from) {
        observer.verifying(revision, (position + 1, total));
        let id = revision.id();
        if let Err(error) = step(run, steps, position, Direction::Up).await {
            verification.failed = Some(failed(revision, Direction::Up, error));
            return Ok(Stop::Done);
        }
        // A section with nothing to run changes no schema: not read again.
        let after_up = if revision.runs_nothing(Direction::Up, DB::DIALECT) {
            before.clone()
        } else {
            snapshot(run, &mut cache).await?
        };
        if !revision.is_reversible() {
            verification.skipped.push(id.to_owned());
            before = after_up;
            continue;
        }
        if rolls_back::<DB>(revision) && revision.runs_nothing(Direction::Down, DB::DIALECT) {
            // Its down would delete the row and change no schema.
            let differences = compared::<DB>(&before, &after_up, &after_up);
            if !differences.is_empty() {
                verification.not_restored.push(NotRestored {
                    revision: id.to_owned(),
                    differences,
                    error: None,
                });
            }
            before = after_up;
            continue;
        }
        if rolls_back::<DB>(revision) && !controls_transaction::<DB>(revision) {
            let states = (&before, &after_up);
            if let Some(failed) =
                trial(run, steps, position, states, &mut cache, verification).await?
            {
                verification.failed = Some(failed);
                return Ok(Stop::Done);
            }
            before = after_up;
            continue;
        }
        if let Err(error) = step(run, steps, position, Direction::Down).await {
            let Some(failure) = statement_failure(&error) else {
                verification.failed = Some(failed(revision, Direction::Down, error));
                return Ok(Stop::Done);
            };
            // Rolled back, the down left the up's schema and its row.
            let rolled_back = !failure.recorded_failed;
            let after_down = if rolled_back {
                after_up.clone()
            } else {
                snapshot(run, &mut cache).await?
            };
            verification.not_restored.push(NotRestored {
                revision: id.to_owned(),
                differences: compared::<DB>(&before, &after_up, &after_down),
                error: Some(failure),
            });
            if rolled_back {
                before = after_up;
                continue;
            }
            return Ok(Stop::Rebuild { next: position + 1 });
        }
        let after_down = snapshot(run, &mut cache).await?;
        let differences = compared::<DB>(&before, &after_up, &after_down);
        let restored = differences.is_empty();
        if !restored {
            verification.not_restored.push(NotRestored {
                revision: id.to_owned(),
                differences,
                error: None,
            });
        }
        // The down changed no schema: an empty down, or one for data.
        let schema_kept = after_down == after_up;
        match step(run, steps, position, Direction::Up).await {
            // The same up on the same schema: the schema after it again.
            Ok(()) if restored => before = after_up,
            Ok(()) => before = snapshot(run, &mut cache).await?,
            // After an empty down the up trips over its own work, which is
            // all still there; rolled back, it leaves the database as the
            // first up did, and only its row goes back.
            Err(_) if schema_kept && rolls_back::<DB>(revision) => {
                run.mark_applied(revision, "verify: its down changed no schema")
                    .await?;
                before = after_up;
            }
            // Tripped over what the down left behind (the finding already
            // reported), or over its own work where a failure may leave
            // part of it: go on in a clean database.
            Err(_) if !restored || schema_kept => return Ok(Stop::Rebuild { next: position + 1 }),
            Err(error) => {
                verification.failed = Some(failed(revision, Direction::Up, error));
                return Ok(Stop::Done);
            }
        }
    }
    Ok(Stop::Done)
}

/// The down of the transactional revision at `position`, and its up
/// again, in a transaction rolled back afterwards: the database is then
/// the one after the up, to the row versions, so the cache of the read
/// after the up (`cache`) holds again. A down that fails, or does not
/// restore the schema, is a finding; the up again runs only after a down
/// that changed the schema and restored it, and fails only over what the
/// schema does not show (rows or grants the down left): that is the
/// step's failure returned.
async fn trial<DB: Catalog>(
    run: &mut Run<'_, '_, DB>,
    steps: Steps,
    position: usize,
    (before, after_up): (&Snapshot, &Snapshot),
    cache: &mut CatalogCache,
    verification: &mut Verification,
) -> Result<Option<StepFailed>> {
    let revision = &run.migrations().revisions()[position];
    let id = revision.id();
    let kept = cache.clone();
    match steps {
        Steps::Commit => run.begin_trial().await?,
        Steps::Savepoints { .. } => run.begin_trial_savepoint().await?,
    }
    let outcome = trial_steps(run, position, before, after_up, cache).await;
    let ended = match steps {
        Steps::Commit => run.end_trial().await,
        Steps::Savepoints { .. } => run.end_trial_savepoint().await,
    };
    *cache = kept;
    let outcome = outcome?;
    ended?;
    Ok(match outcome {
        Trial::DownFailed(error) => match statement_failure(&error) {
            Some(failure) => {
                // Rolled back, the down left the up's schema.
                verification.not_restored.push(NotRestored {
                    revision: id.to_owned(),
                    differences: compared::<DB>(before, after_up, after_up),
                    error: Some(failure),
                });
                None
            }
            None => Some(failed(revision, Direction::Down, error)),
        },
        Trial::Compared { differences, again } => {
            if !differences.is_empty() {
                verification.not_restored.push(NotRestored {
                    revision: id.to_owned(),
                    differences,
                    error: None,
                });
            }
            again
                .err()
                .map(|error| failed(revision, Direction::Up, error))
        }
    })
}

/// What a trial's steps found.
enum Trial {
    /// The down failed.
    DownFailed(Error),
    /// The down ran: what differs from before the up, and how the up
    /// again went.
    Compared {
        differences: Vec<String>,
        again: Result<()>,
    },
}

/// The steps of [`trial`] inside its transaction.
async fn trial_steps<DB: Catalog>(
    run: &mut Run<'_, '_, DB>,
    position: usize,
    before: &Snapshot,
    after_up: &Snapshot,
    cache: &mut CatalogCache,
) -> Result<Trial> {
    if let Err(error) = run.stair_in_trial(position, Direction::Down).await {
        return Ok(Trial::DownFailed(error));
    }
    let after_down = snapshot(run, cache).await?;
    let differences = compared::<DB>(before, after_up, &after_down);
    // After a down that changed no schema (empty, or for data) the up may
    // trip over its own work; after one that does not restore it, over
    // what the down left: neither says more than the comparison.
    let again = if differences.is_empty() && after_down != *after_up {
        run.stair_in_trial(position, Direction::Up).await
    } else {
        Ok(())
    };
    Ok(Trial::Compared { differences, again })
}

fn failed(revision: &Revision, direction: Direction, error: Error) -> StepFailed {
    StepFailed {
        revision: revision.id().to_owned(),
        direction,
        error,
    }
}

/// The failure of a revision's own SQL (or code), as opposed to the
/// database or the tool failing.
fn statement_failure(error: &Error) -> Option<StatementFailure> {
    match error {
        Error::Statement(failure) => Some((**failure).clone()),
        Error::TableLockTimeout { failure, .. } => Some((**failure).clone()),
        _ => None,
    }
}

/// Whether a failed run of `revision` leaves nothing behind: a
/// transactional revision on a database whose DDL is transactional (not
/// MySQL).
fn rolls_back<DB: Catalog>(revision: &Revision) -> bool {
    revision.is_transactional() && DB::DIALECT != Dialect::Mysql
}

/// Whether `revision` ends or opens a transaction itself (`COMMIT`,
/// `BEGIN`, ...): in a trial it would commit what must be rolled back.
fn controls_transaction<DB: Catalog>(revision: &Revision) -> bool {
    [Direction::Up, Direction::Down]
        .into_iter()
        .any(|direction| opens_or_ends_transaction(revision.section(direction).0, DB::DIALECT))
}

/// Whether a statement of `sql` opens or ends a transaction.
pub(super) fn opens_or_ends_transaction(sql: &str, dialect: Dialect) -> bool {
    split::split(sql, dialect)
        .iter()
        .any(|piece| split::opens_or_ends_transaction(piece.statement()))
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

/// The schema, without our own bookkeeping and lease tables.
async fn snapshot<DB: Catalog>(
    run: &mut Run<'_, '_, DB>,
    cache: &mut CatalogCache,
) -> Result<Snapshot> {
    let table = run.options().table.clone();
    let mut snapshot = DB::snapshot_again(run.connection(), cache)
        .await
        .map_err(db("read the scratch database's catalog"))?;
    for table in [table.clone(), table.lock_table()] {
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
