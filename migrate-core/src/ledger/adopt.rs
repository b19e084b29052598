//! `adopt`: which rows record a database another tool migrated, checked
//! against the graph and the rows before anything is written.

use super::Ledger;
use crate::error::{Error, Result};
use crate::revision::Revision;

impl<'m> Ledger<'m> {
    /// The revisions to record as applied, in canonical order, when taking
    /// over a database whose other tool applied `applied`.
    ///
    /// # Errors
    ///
    /// [`Error::CannotAdopt`] naming every problem: the bookkeeping table
    /// already has rows, an id is not in this set, or a revision is applied
    /// without one it requires (a parent or a dependency).
    pub fn plan_adopt<S: AsRef<str>>(&self, applied: &[S]) -> Result<Vec<&'m Revision>> {
        let migrations = self.migrations;
        let mut problems = Vec::new();
        if !self.records.is_empty() {
            problems.push(format!(
                "the bookkeeping table already has {} row{}: this database is already \
                 managed by migraph (run check)",
                self.records.len(),
                if self.records.len() == 1 { "" } else { "s" }
            ));
        }
        let index = migrations.index();
        let mut member = vec![false; migrations.len()];
        for id in applied.iter().map(AsRef::as_ref) {
            match index.position(id) {
                Some(i) => member[i as usize] = true,
                None => problems.push(format!("revision '{id}' is not in the migration set")),
            }
        }
        let all = migrations.revisions();
        let chosen: Vec<&'m Revision> = all
            .iter()
            .zip(&member)
            .filter(|(_, &m)| m)
            .map(|(r, _)| r)
            .collect();
        for revision in &chosen {
            for &i in revision.parents.iter().chain(revision.dependencies.iter()) {
                if !member[i as usize] {
                    problems.push(format!(
                        "revision '{}' is applied but '{}', which it requires, is not",
                        revision.id(),
                        all[i as usize].id()
                    ));
                }
            }
        }
        if problems.is_empty() {
            Ok(chosen)
        } else {
            Err(Error::CannotAdopt { problems })
        }
    }
}
