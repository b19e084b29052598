//! Many databases at once: one [`Migrator`] run over a fleet of members
//! (a database per tenant, shard or region, or a schema per tenant in one
//! database), at most [`Fleet::jobs`] at a time, each with the
//! single-database semantics (its own connection, lock, bookkeeping and
//! transactions), each outcome yielded as it completes.
//!
//! Memory stays bounded whatever the size of the fleet: members are pulled
//! from the caller's stream only when a slot is free, and outcomes are
//! handed on, not kept. Each running member holds one connection, opened
//! when it starts (within [`Fleet::connect_timeout`]) and closed when it
//! ends; the migration lock lives on that connection.
//!
//! ```no_run
//! # async fn example(migrations: &migraph_core::Migrations) -> Result<(), Box<dyn std::error::Error>> {
//! use futures_util::StreamExt;
//! use migraph_core::runtime::fleet::{Fleet, Member, Status};
//! use migraph_core::sqlx::{postgres::PgConnectOptions, PgPool, Postgres};
//! use migraph_core::Target;
//!
//! // The tenants are rows of the application's own database.
//! let app = PgPool::connect("postgres://app@db/app").await?;
//! let base: PgConnectOptions = "postgres://app@db/tenants".parse()?;
//! let tenants: Vec<String> = migraph_core::sqlx::query_scalar("SELECT schema_name FROM tenants")
//!     .fetch_all(&app)
//!     .await?;
//! let members = futures_util::stream::iter(tenants)
//!     .map(move |schema| Member::<Postgres>::schema(&base, &schema));
//!
//! let migrator = migrations.migrator();
//! let fleet = Fleet::default().jobs(8).canary(2);
//! let mut outcomes = std::pin::pin!(migrator.upgrade_each(members, Target::HEADS, &fleet)?);
//! while let Some(outcome) = outcomes.next().await {
//!     if outcome.status == Status::Failed {
//!         eprintln!("{}: {}", outcome.target, outcome.error.unwrap());
//!     }
//! }
//! # Ok(())
//! # }
//! ```
//!
//! (`futures-util` or `futures` gives `StreamExt`; a `Vec` fetched whole is
//! fine for thousands of names, and `fetch` streams them for more.)

mod backend;
mod member;
mod schedule;

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::stream::Stream;
use sqlx::Connection;

pub use self::backend::{ConnectOptions, FleetBackend};
pub use self::member::{schemas, Member};
use self::schedule::{schedule, Finished, Limits};
use super::Migrator;
use crate::direction::Direction;
use crate::error::{Error, Result};
use crate::ledger::{CheckReport, Report, StepReport};
use crate::target::{IntoTarget, Target};
use crate::Migrations;

/// How a fleet runs: how many members at once, when it stops, and how long
/// a member may take to connect.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Fleet {
    /// Members at work at once, each with one connection (default 4).
    pub jobs: usize,
    /// Start nothing more after the first failure (default off).
    pub fail_fast: bool,
    /// Run the first N members alone, and the rest only if all of them
    /// succeeded (default 0: no canaries).
    pub canary: usize,
    /// How long a member may take to connect before it fails (default 10 s).
    pub connect_timeout: Duration,
}

impl Default for Fleet {
    fn default() -> Self {
        Fleet {
            jobs: 4,
            fail_fast: false,
            canary: 0,
            connect_timeout: Duration::from_secs(10),
        }
    }
}

impl Fleet {
    /// Members at work at once (at least 1).
    pub fn jobs(mut self, jobs: usize) -> Self {
        self.jobs = jobs.max(1);
        self
    }

    /// Start nothing more after the first failure.
    pub fn fail_fast(mut self, fail_fast: bool) -> Self {
        self.fail_fast = fail_fast;
        self
    }

    /// Run the first `n` members first, and the rest only if all succeeded.
    pub fn canary(mut self, n: usize) -> Self {
        self.canary = n;
        self
    }

    /// How long a member may take to connect.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }
}

/// What became of a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Status {
    /// Revisions were applied or reverted (or, by a stamp, recorded).
    Applied,
    /// Nothing to do: already at the target.
    UpToDate,
    /// `check` and `current`: revisions are pending.
    Behind,
    /// The member failed; [`Outcome::error`] says why.
    Failed,
    /// Never started: the run stopped (a canary failed, or a failure with
    /// [`Fleet::fail_fast`]).
    Skipped,
}

impl Status {
    /// `applied`, `up_to_date`, `behind`, `failed`, `skipped`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Applied => "applied",
            Status::UpToDate => "up_to_date",
            Status::Behind => "behind",
            Status::Failed => "failed",
            Status::Skipped => "skipped",
        }
    }
}

/// One member's result.
#[derive(Debug)]
#[non_exhaustive]
pub struct Outcome {
    /// The member's name.
    pub target: String,
    /// What became of it.
    pub status: Status,
    /// The revisions applied or reverted (also those before a failure,
    /// which stay so); for `check` and `current`, the pending ones.
    pub steps: Vec<StepReport>,
    /// The current revisions afterwards, where known (sorted).
    pub current: Vec<String>,
    /// Why it failed.
    pub error: Option<Error>,
    /// From its start (connecting included) to its end.
    pub elapsed: Duration,
}

impl Finished for Outcome {
    fn failed(&self) -> bool {
        self.status == Status::Failed
    }
}

/// What a fleet run does on each member. Not public API.
#[doc(hidden)]
#[derive(Debug)]
pub enum Operation {
    Upgrade(Target),
    Downgrade(Target),
    Stamp { target: Target, purge: bool },
    Current,
    Check,
}

/// What an operation returned on a member. Not public API.
#[doc(hidden)]
#[derive(Debug)]
pub enum Done {
    Moved(Report),
    Stamped(Report),
    Checked(CheckReport),
    Read(CheckReport),
}

impl Migrations {
    /// Upgrades every member to the heads with default settings, as
    /// [`Migrator::upgrade_each`] does.
    pub fn upgrade_each<'m, DB: FleetBackend>(
        &'m self,
        members: impl Stream<Item = Member<DB>> + Send + 'm,
        fleet: &Fleet,
    ) -> impl Stream<Item = Outcome> + Send + 'm {
        self.migrator()
            .run_each(members, Operation::Upgrade(Target::HEADS), fleet)
    }
}

impl<'m> Migrator<'m> {
    /// Upgrades each member to `target` as [`Migrator::upgrade`] would, at
    /// most [`Fleet::jobs`] at a time; yields each member's outcome as it
    /// completes. A member's failure stops only that member, unless the
    /// fleet says otherwise (canaries, fail-fast).
    ///
    /// # Errors
    ///
    /// A target that does not parse, before anything runs. Each member's
    /// own errors are in its [`Outcome`].
    pub fn upgrade_each<DB: FleetBackend, T: IntoTarget>(
        &self,
        members: impl Stream<Item = Member<DB>> + Send + 'm,
        target: T,
        fleet: &Fleet,
    ) -> Result<impl Stream<Item = Outcome> + Send + 'm> {
        let operation = Operation::Upgrade(target.into_target()?);
        Ok(self.run_each(members, operation, fleet))
    }

    /// Downgrades each member to `target` as [`Migrator::downgrade`] would.
    ///
    /// # Errors
    ///
    /// As [`Migrator::upgrade_each`].
    pub fn downgrade_each<DB: FleetBackend, T: IntoTarget>(
        &self,
        members: impl Stream<Item = Member<DB>> + Send + 'm,
        target: T,
        fleet: &Fleet,
    ) -> Result<impl Stream<Item = Outcome> + Send + 'm> {
        let operation = Operation::Downgrade(target.into_target()?);
        Ok(self.run_each(members, operation, fleet))
    }

    /// Stamps each member as [`Migrator::stamp`] would.
    ///
    /// # Errors
    ///
    /// As [`Migrator::upgrade_each`].
    pub fn stamp_each<DB: FleetBackend, T: IntoTarget>(
        &self,
        members: impl Stream<Item = Member<DB>> + Send + 'm,
        target: T,
        purge: bool,
        fleet: &Fleet,
    ) -> Result<impl Stream<Item = Outcome> + Send + 'm> {
        let target = target.into_target()?;
        Ok(self.run_each(members, Operation::Stamp { target, purge }, fleet))
    }

    /// Checks each member as [`Migrator::check`] does: [`Status::UpToDate`],
    /// [`Status::Behind`] with the pending revisions as steps, or
    /// [`Status::Failed`] (drift is an [`Error::Drift`]). Read-only.
    pub fn check_each<DB: FleetBackend>(
        &self,
        members: impl Stream<Item = Member<DB>> + Send + 'm,
        fleet: &Fleet,
    ) -> impl Stream<Item = Outcome> + Send + 'm {
        self.run_each(members, Operation::Check, fleet)
    }

    /// Reads each member's current revisions, with its pending ones as
    /// steps; drift is not a failure here. Read-only.
    pub fn current_each<DB: FleetBackend>(
        &self,
        members: impl Stream<Item = Member<DB>> + Send + 'm,
        fleet: &Fleet,
    ) -> impl Stream<Item = Outcome> + Send + 'm {
        self.run_each(members, Operation::Current, fleet)
    }

    fn run_each<DB: FleetBackend>(
        &self,
        members: impl Stream<Item = Member<DB>> + Send + 'm,
        operation: Operation,
        fleet: &Fleet,
    ) -> impl Stream<Item = Outcome> + Send + 'm {
        let limits = Limits {
            jobs: fleet.jobs.max(1),
            canary: fleet.canary,
            fail_fast: fleet.fail_fast,
        };
        let (migrator, operation, timeout) =
            (self.clone(), Arc::new(operation), fleet.connect_timeout);
        let work = move |member: Member<DB>| {
            run_member(migrator.clone(), member, operation.clone(), timeout)
        };
        schedule(members, limits, work, skipped)
    }
}

/// A member never started.
fn skipped<DB: FleetBackend>(member: Member<DB>) -> Outcome {
    Outcome {
        target: member.name,
        status: Status::Skipped,
        steps: Vec::new(),
        current: Vec::new(),
        error: None,
        elapsed: Duration::ZERO,
    }
}

/// One member, start to end, on a connection of its own.
async fn run_member<DB: FleetBackend>(
    migrator: Migrator<'_>,
    member: Member<DB>,
    operation: Arc<Operation>,
    connect_timeout: Duration,
) -> Outcome {
    let started = Instant::now();
    let Member {
        name,
        connect,
        schema,
    } = member;
    let result = async {
        let migrator = match &schema {
            Some(schema) => migrator.schema(schema)?,
            None => migrator,
        };
        let options = DB::tune(connect?, migrator.options.lock_timeout);
        let mut conn = member::connect::<DB>(&options, connect_timeout).await?;
        let done = DB::perform(&migrator, &mut conn, &operation).await;
        // A lock the run still held goes with the connection.
        let _ = conn.close().await;
        done
    }
    .await;
    outcome(name, result, started.elapsed())
}

fn outcome(target: String, result: Result<Done>, elapsed: Duration) -> Outcome {
    let pending = |ids: Vec<String>| -> Vec<StepReport> {
        ids.into_iter()
            .map(|revision| StepReport {
                revision,
                direction: Direction::Up,
                elapsed: Duration::ZERO,
            })
            .collect()
    };
    let (status, steps, current, error) = match result {
        Ok(Done::Moved(report)) | Ok(Done::Stamped(report)) => {
            let changed = !report.steps.is_empty() || !report.cleared.is_empty();
            let status = if changed {
                Status::Applied
            } else {
                Status::UpToDate
            };
            (status, report.steps, report.current, None)
        }
        Ok(Done::Checked(report)) if !report.drift.is_empty() => (
            Status::Failed,
            Vec::new(),
            report.current,
            Some(Error::Drift(report.drift)),
        ),
        Ok(Done::Checked(report)) | Ok(Done::Read(report)) => {
            let status = if report.pending.is_empty() {
                Status::UpToDate
            } else {
                Status::Behind
            };
            (status, pending(report.pending), report.current, None)
        }
        Err(error) => (Status::Failed, done_before(&error), Vec::new(), Some(error)),
    };
    Outcome {
        target,
        status,
        steps,
        current,
        error,
        elapsed,
    }
}

/// What a failed run applied or reverted before it failed (it stays so).
fn done_before(error: &Error) -> Vec<StepReport> {
    let (ids, direction) = match error {
        Error::Statement(failure) => (&failure.applied, failure.direction),
        Error::TableLockTimeout { failure, .. } => (&failure.applied, failure.direction),
        Error::LeaseLost { report, .. } => return report.steps.clone(),
        _ => return Vec::new(),
    };
    ids.iter()
        .map(|revision| StepReport {
            revision: revision.clone(),
            direction,
            elapsed: Duration::ZERO,
        })
        .collect()
}
