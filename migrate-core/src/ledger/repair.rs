//! `repair`: the changes a person may make to the bookkeeping by hand,
//! checked against the rows before anything is written.

use std::fmt;

use super::record::{Record, Status};
use super::Ledger;
use crate::error::{Error, Result};

/// What `repair` does to the revisions it is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repair {
    /// Record the file's current checksum for an applied revision that was
    /// edited harmlessly (a comment, whitespace) after it was applied.
    AcceptChecksum,
    /// Mark a failed or interrupted revision applied: a person finished it by
    /// hand, as the file now says.
    MarkApplied,
    /// Forget a failed or interrupted revision: a person undid what of it ran.
    MarkNotApplied,
}

/// One change `repair` makes, as the line it prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepairChange {
    /// The revision.
    pub revision: String,
    /// What was done.
    pub repair: Repair,
    /// The checksum (for [`Repair::AcceptChecksum`]) or the status before.
    pub before: String,
    /// The checksum or the status after (`not applied` when the row goes).
    pub after: String,
}

impl fmt::Display for RepairChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.repair {
            Repair::AcceptChecksum => "checksum",
            Repair::MarkApplied | Repair::MarkNotApplied => "status",
        };
        write!(
            f,
            "{}: {what} {} -> {}",
            self.revision, self.before, self.after
        )
    }
}

impl Ledger<'_> {
    /// The changes `repair` makes to `revisions`, or every reason it cannot.
    ///
    /// # Errors
    ///
    /// [`Error::CannotRepair`] naming each revision that is not recorded,
    /// not in this build, or not in the state the repair is for.
    pub fn plan_repair<S: AsRef<str>>(
        &self,
        revisions: &[S],
        repair: Repair,
    ) -> Result<Vec<RepairChange>> {
        let mut changes = Vec::new();
        let mut problems = Vec::new();
        for id in revisions.iter().map(AsRef::as_ref) {
            // A full id as recorded, else a name every other command
            // accepts (a unique prefix, the random part, a branch label).
            let full = match self.records.iter().any(|r| r.revision == id) {
                true => id,
                false => match self.migrations.resolve_name(id) {
                    Ok(revision) => revision.id(),
                    Err(Error::AmbiguousPrefix { candidates, .. }) => {
                        problems.push((
                            id.to_owned(),
                            format!(
                                "starts {} revisions ({}); give more characters",
                                candidates.len(),
                                candidates.join(", ")
                            ),
                        ));
                        continue;
                    }
                    Err(_) => id,
                },
            };
            let Some(record) = self.records.iter().find(|r| r.revision == full) else {
                problems.push((id.to_owned(), "is not recorded in the database".to_owned()));
                continue;
            };
            match self.change(record, repair) {
                Ok(change) => changes.push(change),
                Err(reason) => problems.push((id.to_owned(), reason)),
            }
        }
        if problems.is_empty() {
            Ok(changes)
        } else {
            Err(Error::CannotRepair { problems })
        }
    }

    fn change(&self, record: &Record, repair: Repair) -> Result<RepairChange, String> {
        let revision = self
            .migrations
            .get(&record.revision)
            .ok_or("is not part of this build, so there is no file to compare with")?;
        let expected = revision.checksum().to_string();
        let change = |before: &str, after: &str| RepairChange {
            revision: record.revision.clone(),
            repair,
            before: before.to_owned(),
            after: after.to_owned(),
        };
        match repair {
            Repair::AcceptChecksum if !record.is_applied() => Err(format!(
                "is {}, not applied; mark it with --applied or --not-applied first",
                record.status.as_str()
            )),
            Repair::AcceptChecksum if revision.checksum().matches_hex(&record.checksum) => {
                Err("already has the file's checksum".to_owned())
            }
            Repair::AcceptChecksum => Ok(change(&record.checksum, &expected)),
            _ if record.is_applied() => Err(
                "is applied, not failed or running; use 'downgrade' or 'stamp' to change it"
                    .to_owned(),
            ),
            Repair::MarkApplied => Ok(change(record.status.as_str(), Status::Applied.as_str())),
            Repair::MarkNotApplied => Ok(change(record.status.as_str(), "not applied")),
        }
    }
}
