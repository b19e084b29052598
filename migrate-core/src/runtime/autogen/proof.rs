//! The proof, the same on every dialect: a plan's ups applied in order to
//! a database at the head, its catalog compared with the desired schema,
//! then the downs in reverse, compared with the head. Each dialect says how
//! a section is applied and the catalog read ([`Proving`]).

use crate::autogen::{Generated, Plan};
use crate::error::Result;
use crate::schema::Snapshot;

/// What is left after applying the generated revisions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Proof {
    /// After the ups, each difference from the desired schema in words
    /// (`table t: column c is missing`); or the failing statement.
    pub up: Vec<String>,
    /// After the downs, each difference from the head's schema; or the
    /// failing statement.
    pub down: Vec<String>,
}

impl Proof {
    /// Whether both ways reach zero differences.
    pub fn is_proven(&self) -> bool {
        self.up.is_empty() && self.down.is_empty()
    }
}

/// A scratch database a proof runs on: one dialect's connection.
pub(super) trait Proving {
    /// Runs `sql`, a section of `revision`, as the runner would; the error
    /// in words.
    async fn apply(&mut self, revision: &Generated, sql: &str) -> std::result::Result<(), String>;

    /// The schema now, without the tables named in `ignore` (bookkeeping).
    async fn read_without(&mut self, ignore: &[String]) -> Result<Snapshot>;
}

/// Applies `plan`'s ups in order on `conn` (whose schema is `head`),
/// compares its catalog with `desired`, then applies the downs in reverse
/// and compares with `head`. A failing statement ends that direction and is
/// its one difference (`up of the main revision failed: ...`); the downs of
/// the revisions applied are tried after a failed up. `ignore` names tables
/// to leave out of both comparisons.
///
/// # Errors
///
/// [`Error::Database`](crate::Error::Database) when the catalog cannot be
/// read; what the generated SQL does wrong is in the [`Proof`].
pub(super) async fn prove_on<P: Proving>(
    conn: &mut P,
    plan: &Plan,
    head: &Snapshot,
    desired: &Snapshot,
    ignore: &[String],
) -> Result<Proof> {
    let mut proof = Proof::default();
    let mut applied = 0;
    for revision in &plan.revisions {
        if let Err(error) = conn.apply(revision, &revision.up).await {
            proof.up.push(format!(
                "up of the {} revision failed: {error}",
                revision.role.as_str()
            ));
            break;
        }
        applied += 1;
    }
    if proof.up.is_empty() {
        proof.up = conn.read_without(ignore).await?.differences(desired);
    }
    for revision in plan.revisions[..applied].iter().rev() {
        if revision.down.trim().is_empty() {
            continue;
        }
        if let Err(error) = conn.apply(revision, &revision.down).await {
            proof.down.push(format!(
                "down of the {} revision failed: {error}",
                revision.role.as_str()
            ));
            return Ok(proof);
        }
    }
    proof.down = conn.read_without(ignore).await?.differences(head);
    Ok(proof)
}
