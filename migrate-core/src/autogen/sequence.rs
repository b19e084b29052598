//! Review lines for a column of a table holding rows whose default moves
//! from a sequence dropped to one added: the new sequence starts again at
//! its first value, below the values the rows already hold, so the next
//! insert may take a key that is in use.

use super::change::Planner;
use super::ddl::{get, qualified};

impl Planner<'_> {
    /// A review line for each column of a table with rows whose default
    /// calls `nextval` of a sequence added, where it called one dropped.
    pub(super) fn sequences_to_review(&mut self, keys: &[(&str, &str)]) {
        if !self.style.reviews {
            return;
        }
        for &(kind, name) in keys {
            let (Some(old), Some(new)) = (self.a.get(kind, name), self.b.get(kind, name)) else {
                continue;
            };
            if kind != "table" || !self.facts.has_rows(name) {
                continue;
            }
            for ((part, column), props) in &new.parts {
                let was = old.parts.get(&(part.clone(), column.clone()));
                let from = was.and_then(|p| get(p, "default")).and_then(sequence_of);
                let to = get(props, "default").and_then(sequence_of);
                let (Some(from), Some(to)) = (from, to) else {
                    continue;
                };
                let gone = self.b.get("sequence", &from).is_none();
                let added = self.a.get("sequence", &to).is_none();
                if part != "column" || from == to || !gone || !added {
                    continue;
                }
                self.script.reviews.push(format!(
                    "column {name}.{column} takes its values from sequence {to}, added, instead of {from}, dropped, on table {name}, which holds rows: {to} starts again at its first value, below the values the rows hold, and the next insert may take one in use: if this is a rename, write ALTER SEQUENCE {} RENAME TO ... (and alter it) instead, or set {to} past the rows' values (setval)",
                    qualified(&from)
                ));
            }
        }
    }
}

/// The sequence a default calls `nextval` of, as the snapshot names it
/// (its quotes taken off).
fn sequence_of(default: &str) -> Option<String> {
    let rest = default.trim().strip_prefix("nextval('")?;
    let literal = rest.strip_suffix("'::regclass)")?;
    Some(literal.replace('"', ""))
}
