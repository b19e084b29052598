//! Taking over a database another tool migrated: its applied revisions are
//! recorded in the bookkeeping table without running their SQL.

use super::{applied_record, begin, db, sorted_ids, stamped, Backend, Migrator, Report};
use crate::error::{Error, Result};
use crate::plan::Direction;

impl Migrator<'_> {
    /// Records `applied` (ids of this set, with everything they require
    /// already among them) as applied, in one transaction under the
    /// migration lock, with the detail `adopted from <tool>`. Runs no
    /// migration SQL. Refuses, writing nothing, when the bookkeeping table
    /// already has rows, an id is unknown, or a revision's parents or
    /// dependencies are missing from `applied`.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] naming each problem; [`Error::LockTimeout`];
    /// [`Error::Database`].
    pub async fn adopt_on<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        applied: &[&str],
        tool: &str,
    ) -> Result<Report> {
        let mut problems = Vec::new();
        let mut revisions = Vec::new();
        for id in applied {
            match self.migrations.get(id) {
                Some(revision) => revisions.push(revision),
                None => problems.push(format!("revision '{id}' is not in the migration set")),
            }
        }
        let all = self.migrations.revisions();
        for revision in &revisions {
            let required = revision.parents.iter().chain(revision.dependencies.iter());
            for &i in required {
                let parent = all[i as usize].id();
                if !applied.contains(&parent) {
                    problems.push(format!(
                        "revision '{}' is applied but '{parent}', which it requires, is not",
                        revision.id()
                    ));
                }
            }
        }
        if !problems.is_empty() {
            return Err(Error::Config(format!(
                "adopt refused, nothing was recorded:\n  {}",
                problems.join("\n  ")
            )));
        }
        let holds = self.lock::<DB>(conn).await?;
        let result = async {
            self.ensure_table::<DB>(conn).await?;
            let existing = self.read::<DB>(conn).await?;
            if !existing.is_empty() {
                return Err(Error::Config(format!(
                    "adopt refused, nothing was recorded: the bookkeeping table {} already has {} \
                     row(s); this database is already managed by migrate (run check)",
                    self.options.table,
                    existing.len()
                )));
            }
            let detail = format!("adopted from {tool}");
            let mut tx = begin::<DB>(conn).await?;
            let mut report = Report::default();
            // In canonical order, so the rows read as a history.
            let mut ordered = revisions.clone();
            let index = self.migrations.index();
            ordered.sort_by_key(|r| index.position(r.id()).unwrap_or(u32::MAX));
            for revision in &ordered {
                DB::insert_record(
                    &mut tx,
                    &self.options.table,
                    &applied_record(revision, 0, Some(&detail)),
                )
                .await
                .map_err(db("insert a bookkeeping row"))?;
                report.steps.push(stamped(revision, Direction::Up));
            }
            tx.commit().await.map_err(db("commit the adoption"))?;
            let ids: Vec<&str> = ordered.iter().map(|r| r.id()).collect();
            report.current = sorted_ids(self.migrations.current(&ids)?.into_iter());
            Ok(report)
        }
        .await;
        self.unlock::<DB>(conn, holds).await;
        result
    }
}
