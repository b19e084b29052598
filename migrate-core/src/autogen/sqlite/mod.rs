//! Autogenerate's statement writer for SQLite: the revision that turns one
//! SQLite schema into another, from two [`Snapshot`]s read by the runtime's
//! SQLite catalog reader (the same schema model and diff as PostgreSQL's),
//! into the same [`Plan`].
//!
//! Pure: no database. A table takes `ALTER TABLE ... ADD COLUMN` / `DROP
//! COLUMN` where SQLite allows it; any other change (a column's type, NOT
//! NULL, default or key, a foreign key, a unique or check constraint, a
//! column SQLite will not add or drop) rebuilds it by SQLite's documented
//! procedure: the old table renamed aside (with `legacy_alter_table` on,
//! so no other table's foreign key follows it), the declared table created
//! under its own name from its `CREATE TABLE` text as SQLite keeps it, the
//! rows of the columns both have copied, the old table dropped, and the
//! declared indexes and triggers created; views, and triggers of other
//! tables, that name it are dropped before and created again after. Every
//! statement comes from SQL as SQLite keeps it (the `~sql` property), so
//! constraints, collations and checks are written exactly as declared.
//!
//! Foreign keys: dropping a table runs an implicit `DELETE` when foreign
//! keys are on, which would fire `ON DELETE` actions on the rows of the
//! tables that reference it (and SQLite turns foreign keys off only
//! outside a transaction). So a revision that rebuilds or drops a table
//! another table references (before or after; itself included) is
//! `transactional: false`: it turns foreign keys off, rebuilds (rows
//! survive at every step: they are copied before the old table goes),
//! fails on any foreign key that no longer holds (`pragma_foreign_key_check`),
//! and turns them on again. Every other revision runs in one transaction,
//! foreign keys on, so the copy itself checks the rebuilt table's keys.
//!
//! | module | its one concern |
//! |---|---|
//! | `change` | one table in both schemas: same, `ALTER TABLE`, or rebuild |
//! | `write` | the statements of one direction, in order, and the review lines |
//! | `text` | reading SQL as SQLite keeps it: a table's column definitions, what only its SQL declares, names |

mod change;
#[cfg(test)]
mod tests;
mod text;
mod write;

pub use self::text::{declarations, Declarations};

use std::collections::BTreeMap;

use super::{Facts, Generated, Plan, Review, Role};
use crate::schema::{Object, Properties, Snapshot};

/// The property the SQLite catalog reader fills with an object's SQL
/// exactly as SQLite keeps it (never compared: it starts with `~`).
pub const KEPT: &str = "~sql";

/// How a changed table's columns are changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Approach {
    /// `ALTER TABLE ... ADD COLUMN` / `DROP COLUMN` where SQLite can, the
    /// rebuild elsewhere.
    Alter,
    /// The rebuild for every table whose columns change: what the runtime
    /// falls back on when the proof finds an `ALTER TABLE` SQLite refuses
    /// (a column a view or trigger names in a way the reader cannot see).
    Rebuild,
}

/// The revision that turns `head` (the chain's schema) into `desired`,
/// both read by the SQLite catalog reader, knowing `facts` about the data.
pub fn plan(head: &Snapshot, desired: &Snapshot, facts: &Facts) -> Plan {
    plan_with(head, desired, facts, Approach::Alter)
}

/// [`plan`], choosing how changed columns are written.
pub fn plan_with(head: &Snapshot, desired: &Snapshot, facts: &Facts, approach: Approach) -> Plan {
    let up = write::script(head, desired, facts, approach, true);
    if up.statements.is_empty() && up.reviews.is_empty() {
        return Plan::default();
    }
    let down = write::script(desired, head, &Facts::default(), approach, false);
    let transactional = !up.foreign_keys_off && !down.foreign_keys_off;
    let operations = up.statements.len();
    let revision = Generated {
        role: Role::Main,
        up: up.text(transactional),
        down: down.text(transactional),
        transactional,
        operations,
        lint_allow: up.lint_allow(),
    };
    Plan {
        revisions: vec![revision],
        reviews: up
            .reviews
            .into_iter()
            .map(|what| Review {
                role: Role::Main,
                what,
            })
            .collect(),
    }
}

/// The SQL as SQLite keeps it, from an object's or part's properties.
fn kept(props: &Properties) -> Option<&str> {
    props.get(KEPT).map(String::as_str)
}

/// Whether two sets of properties are the same, `~` keys aside.
fn same(a: &Properties, b: &Properties) -> bool {
    let compared = |p: &Properties| -> Vec<(String, String)> {
        p.iter()
            .filter(|(k, _)| !k.starts_with('~'))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    compared(a) == compared(b)
}

/// An object's parts of one kind, by name.
fn parts<'o>(object: &'o Object, kind: &str) -> BTreeMap<&'o str, &'o Properties> {
    object
        .parts
        .iter()
        .filter(|((k, _), _)| k == kind)
        .map(|((_, n), p)| (n.as_str(), p))
        .collect()
}
