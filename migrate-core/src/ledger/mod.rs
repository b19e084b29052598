//! The ledger: what the bookkeeping table says, and every decision taken
//! from it, as plain functions over rows and the graph.
//!
//! The runtime reads rows from a database and hands them to [`Ledger`];
//! which revisions count as applied, which are current, what drifted and
//! what a stamp must clear are all decided here, without a database, so
//! they are unit-tested as values. The SQL that reads and writes the rows is
//! in [`sql`].

mod adopt;
pub(crate) mod drift;
mod record;
mod repair;
pub(crate) mod report;
pub mod sql;
mod table;

pub use self::drift::Drift;
pub use self::record::{Record, Status};
pub use self::repair::{Repair, RepairChange};
pub use self::report::{CheckReport, Report, StepReport};
pub use self::table::{Table, DEFAULT_TABLE};

use crate::error::{Error, Result};
use crate::Migrations;

/// Which kinds of drift a run goes on despite (the `dangerous_allow_*`
/// settings). A check reports everything regardless.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tolerance {
    /// Rows of revisions this build does not know.
    pub unknown: bool,
    /// Applied revisions whose file changed since.
    pub checksum_mismatch: bool,
}

impl Tolerance {
    /// Tolerates nothing: every difference is reported.
    pub const NONE: Tolerance = Tolerance {
        unknown: false,
        checksum_mismatch: false,
    };
}

/// The bookkeeping rows of one database, read against one build.
#[derive(Debug, Clone)]
pub struct Ledger<'m> {
    migrations: &'m Migrations,
    /// In canonical order; rows this build does not know last, by id.
    records: Vec<Record>,
}

/// What a stamp starts from: the settled rows it keeps and the rows it clears.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StampBasis<'a> {
    /// Applied revisions the stamp plans from.
    pub applied: Vec<&'a str>,
    /// Rows deleted before the stamp's own changes: failed or interrupted
    /// revisions (a stamp resolves them), or every row with `purge`.
    pub clear: Vec<&'a str>,
}

impl<'m> Ledger<'m> {
    /// The rows, put in this build's canonical order. Sorting here rather
    /// than in SQL saves the server a collation-aware sort, which showed at
    /// 10,000 rows.
    pub fn new(migrations: &'m Migrations, records: Vec<Record>) -> Self {
        let index = migrations.index();
        let mut keyed: Vec<(u32, Record)> = records
            .into_iter()
            .map(|r| (index.position(&r.revision).unwrap_or(u32::MAX), r))
            .collect();
        keyed.sort_by(|(i, a), (j, b)| i.cmp(j).then_with(|| a.revision.cmp(&b.revision)));
        Ledger {
            migrations,
            records: keyed.into_iter().map(|(_, r)| r).collect(),
        }
    }

    /// The rows, in canonical order.
    pub fn records(&self) -> &[Record] {
        &self.records
    }

    /// Rows of revisions that started and did not finish (failed or running).
    pub fn unsettled(&self) -> impl Iterator<Item = &Record> + '_ {
        self.records.iter().filter(|r| !r.is_applied())
    }

    /// Forgets the unsettled rows (a run told to retry them has deleted
    /// them from the table).
    pub fn forget_unsettled(&mut self) {
        self.records.retain(Record::is_applied);
    }

    /// Differences between the rows and this build, less what `tolerance`
    /// lets a run go on with. Failed and running revisions are always drift.
    pub fn drift(&self, tolerance: Tolerance) -> Vec<Drift> {
        let mut drift = Vec::new();
        for record in &self.records {
            let Some(revision) = self.migrations.get(&record.revision) else {
                if !tolerance.unknown {
                    drift.push(Drift::Unknown {
                        revision: record.revision.clone(),
                    });
                }
                continue;
            };
            if !record.is_applied() {
                drift.push(Drift::Failed {
                    revision: record.revision.clone(),
                    file: Some(revision.file().to_owned()),
                    status: record.status,
                    detail: record.detail.clone(),
                });
                continue;
            }
            let expected = revision.checksum();
            if !tolerance.checksum_mismatch && !expected.matches_hex(&record.checksum) {
                drift.push(Drift::ChecksumMismatch {
                    revision: record.revision.clone(),
                    file: revision.file().to_owned(),
                    recorded: record.checksum.clone(),
                    expected: expected.to_string(),
                });
            }
        }
        drift
    }

    /// The drift, as the error a run stops with when there is any.
    ///
    /// # Errors
    ///
    /// [`Error::Drift`] listing every difference `tolerance` does not allow.
    pub fn refuse_drift(&self, tolerance: Tolerance) -> Result<()> {
        let drift = self.drift(tolerance);
        if drift.is_empty() {
            Ok(())
        } else {
            Err(Error::Drift(drift))
        }
    }

    /// Ids of applied revisions this build knows, in canonical order.
    pub fn applied(&self) -> Vec<&str> {
        self.records
            .iter()
            .filter(|r| r.is_applied() && self.migrations.get(&r.revision).is_some())
            .map(|r| r.revision.as_str())
            .collect()
    }

    /// The current revisions (applied with no applied descendant), plus
    /// applied revisions this build does not know, sorted.
    ///
    /// # Errors
    ///
    /// None in practice: every id handed to the planner is known.
    pub fn current(&self) -> Result<Vec<String>> {
        let mut current: Vec<String> = self
            .migrations
            .current(&self.applied())?
            .iter()
            .map(|r| r.id().to_owned())
            .collect();
        current.extend(
            self.records
                .iter()
                .filter(|r| r.is_applied() && self.migrations.get(&r.revision).is_none())
                .map(|r| r.revision.clone()),
        );
        current.sort();
        Ok(current)
    }

    /// Applied revisions whose recorded checksum differs from this build's,
    /// with the checksum to record instead.
    pub fn edited(&self) -> Vec<(&str, String)> {
        self.records
            .iter()
            .filter_map(|record| {
                let revision = self.migrations.get(&record.revision)?;
                (!revision.checksum().matches_hex(&record.checksum))
                    .then(|| (record.revision.as_str(), revision.checksum().to_string()))
            })
            .collect()
    }

    /// What a stamp plans from and what it clears first.
    ///
    /// # Errors
    ///
    /// [`Error::Drift`] naming rows this build does not know, unless `purge`
    /// (which deletes them).
    pub fn stamp_basis(&self, purge: bool) -> Result<StampBasis<'_>> {
        let known = |r: &&Record| self.migrations.get(&r.revision).is_some();
        if purge {
            return Ok(StampBasis {
                applied: Vec::new(),
                clear: self.records.iter().map(|r| r.revision.as_str()).collect(),
            });
        }
        let unknown: Vec<Drift> = self
            .records
            .iter()
            .filter(|r| !known(r))
            .map(|r| Drift::Unknown {
                revision: r.revision.clone(),
            })
            .collect();
        if !unknown.is_empty() {
            return Err(Error::Drift(unknown));
        }
        let (settled, unsettled): (Vec<&Record>, Vec<&Record>) =
            self.records.iter().partition(|r| r.is_applied());
        Ok(StampBasis {
            applied: settled.iter().map(|r| r.revision.as_str()).collect(),
            clear: unsettled.iter().map(|r| r.revision.as_str()).collect(),
        })
    }
}

#[cfg(test)]
mod tests;
