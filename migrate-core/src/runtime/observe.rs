//! What a run reports as it goes, in one place: `tracing` spans and events
//! for subscribers (the CLI renders them), and the same moments as an
//! [`Event`] for the callback of [`Migrator::on_event`](super::Migrator::on_event).
//!
//! Every span and event has the target `migraph`:
//!
//! | span or event | fields |
//! |---|---|
//! | span `run` | `operation` (`upgrade`, `stamp`, `verify`, ...), `table` |
//! | span `revision` | `revision`, `direction` (`up`, `down`), `position` (1-based), `total` |
//! | `event = "lock_waiting"` | `holder`, `waited_s` |
//! | `event = "lock_acquired"` | `waited_ms` |
//! | `event = "revision_started"` | `revision`, `direction`, `position`, `total` |
//! | `event = "revision_done"` | `revision`, `direction`, `elapsed_ms`, `summary` (its `message` header) |
//! | `event = "revision_retrying"` | `revision`, `attempt`, `retries`, `backoff_ms` |
//! | `event = "revision_skipped"` | `revision`, `direction` |
//! | `event = "verify_revision"` | `revision`, `position`, `total` (one per revision the stairway checks) |
//! | `event = "verify_scratch"` | `database`, `reason` (an empty database's walk goes to a scratch database instead) |
//!
//! The `backfill` helper logs its batches under the target `migraph::backfill`.

use std::sync::Arc;
use std::time::Duration;

use crate::direction::Direction;
use crate::ledger::Table;
use crate::Revision;

/// The target of every span and event of a run.
pub const TARGET: &str = "migraph";

/// Something a run reports as it goes; see [`Migrator::on_event`](super::Migrator::on_event).
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Event<'a> {
    /// Another runner holds the lock; sent every few seconds while waiting.
    LockWaiting {
        /// The holder as the database names it (`pid 4242`), when known.
        holder: Option<&'a str>,
        /// How long this runner has waited so far.
        waited: Duration,
    },
    /// The lock is taken.
    LockAcquired {
        /// How long it took.
        waited: Duration,
    },
    /// A revision starts.
    StepStarted {
        /// The revision.
        revision: &'a Revision,
        /// Up or down.
        direction: Direction,
        /// Its position in the plan (1-based) and the plan's length.
        position: (usize, usize),
    },
    /// A revision finished and is recorded.
    StepFinished {
        /// The revision.
        revision: &'a Revision,
        /// Up or down.
        direction: Direction,
        /// How long it took.
        elapsed: Duration,
    },
    /// A transactional revision gave up waiting for a table lock (its
    /// `table_lock_timeout`) and rolled back; it runs again after `backoff`.
    StepRetrying {
        /// The revision.
        revision: &'a Revision,
        /// Up or down.
        direction: Direction,
        /// Which retry comes next (1-based) and how many are allowed.
        attempt: (u32, u32),
        /// The wait before it.
        backoff: Duration,
    },
    /// Another runner applied (or reverted) this revision first.
    StepSkipped {
        /// The revision.
        revision: &'a Revision,
        /// Up or down.
        direction: Direction,
    },
}

/// The `on_event` callback.
pub(super) type EventSink = Arc<dyn Fn(&Event<'_>) + Send + Sync>;

/// Where a run's reports go: `tracing`, and the callback if there is one.
#[derive(Clone, Default)]
pub(super) struct Observer {
    sink: Option<EventSink>,
}

impl Observer {
    pub(super) fn with_sink(sink: EventSink) -> Self {
        Observer { sink: Some(sink) }
    }

    fn send(&self, event: Event<'_>) {
        if let Some(sink) = &self.sink {
            sink(&event);
        }
    }

    pub(super) fn lock_waiting(&self, holder: Option<&str>, waited: Duration) {
        tracing::info!(
            target: TARGET,
            event = "lock_waiting",
            holder = holder.unwrap_or("another session"),
            waited_s = waited.as_secs(),
            "waiting for the migration lock"
        );
        self.send(Event::LockWaiting { holder, waited });
    }

    pub(super) fn lock_acquired(&self, waited: Duration) {
        tracing::debug!(
            target: TARGET,
            event = "lock_acquired",
            waited_ms = waited.as_millis() as u64,
            "took the migration lock"
        );
        self.send(Event::LockAcquired { waited });
    }

    pub(super) fn started(
        &self,
        revision: &Revision,
        direction: Direction,
        position: (usize, usize),
    ) {
        tracing::info!(
            target: TARGET,
            event = "revision_started",
            revision = revision.id(),
            direction = direction.as_str(),
            position = position.0,
            total = position.1,
            "revision started"
        );
        self.send(Event::StepStarted {
            revision,
            direction,
            position,
        });
    }

    pub(super) fn finished(&self, revision: &Revision, direction: Direction, elapsed: Duration) {
        tracing::info!(
            target: TARGET,
            event = "revision_done",
            revision = revision.id(),
            direction = direction.as_str(),
            elapsed_ms = elapsed.as_millis() as u64,
            summary = revision.message().unwrap_or_default(),
            "revision done"
        );
        self.send(Event::StepFinished {
            revision,
            direction,
            elapsed,
        });
    }

    pub(super) fn retrying(
        &self,
        revision: &Revision,
        direction: Direction,
        attempt: (u32, u32),
        backoff: Duration,
    ) {
        tracing::warn!(
            target: TARGET,
            event = "revision_retrying",
            revision = revision.id(),
            attempt = attempt.0,
            retries = attempt.1,
            backoff_ms = backoff.as_millis() as u64,
            "gave up waiting for a table lock; retrying"
        );
        self.send(Event::StepRetrying {
            revision,
            direction,
            attempt,
            backoff,
        });
    }

    pub(super) fn skipped(&self, revision: &Revision, direction: Direction) {
        tracing::info!(
            target: TARGET,
            event = "revision_skipped",
            revision = revision.id(),
            direction = direction.as_str(),
            "already done by another runner"
        );
        self.send(Event::StepSkipped {
            revision,
            direction,
        });
    }

    /// The stairway of `verify` reaches a revision.
    pub(super) fn verifying(&self, revision: &Revision, position: (usize, usize)) {
        tracing::info!(
            target: TARGET,
            event = "verify_revision",
            revision = revision.id(),
            position = position.0,
            total = position.1,
            "verifying a revision"
        );
    }
}

/// The span of one operation of a run.
pub(super) fn run_span(operation: &'static str, table: &Table) -> tracing::Span {
    tracing::info_span!(target: TARGET, "run", operation, table = %table)
}

/// The span of one revision's up or down.
pub(super) fn revision_span(
    revision: &Revision,
    direction: Direction,
    position: (usize, usize),
) -> tracing::Span {
    tracing::info_span!(
        target: TARGET,
        "revision",
        revision = revision.id(),
        direction = direction.as_str(),
        position = position.0,
        total = position.1
    )
}
