//! What a run did, and what a check found: plain values a caller keeps.

use std::time::Duration;

use super::drift::Drift;
use crate::direction::Direction;

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// The revisions applied or reverted, in order.
    pub steps: Vec<StepReport>,
    /// The current revisions afterwards (sorted).
    pub current: Vec<String>,
    /// For a stamp: failed or interrupted revisions whose rows it deleted
    /// before its own changes (what of them ran stays in the database). Any
    /// the target requires are then recorded as applied among `steps`.
    pub cleared: Vec<String>,
}

/// One revision of a [`Report`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepReport {
    /// The revision id.
    pub revision: String,
    /// Up or down.
    pub direction: Direction,
    /// How long it took (zero for a stamp).
    pub elapsed: Duration,
}

/// The result of comparing a database with this build.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// The current revisions (sorted).
    pub current: Vec<String>,
    /// Revisions `upgrade heads` would apply, in order.
    pub pending: Vec<String>,
    /// Differences between the database and this build.
    pub drift: Vec<Drift>,
}

impl CheckReport {
    /// At the heads with no drift.
    pub fn is_up_to_date(&self) -> bool {
        self.pending.is_empty() && self.drift.is_empty()
    }
}
