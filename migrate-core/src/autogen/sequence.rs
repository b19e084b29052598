//! A column's sequence between a default's and an identity's, and the
//! review lines for a column of a table holding rows whose default moves
//! from a sequence dropped to one added: the new sequence starts again at
//! its first value, below the values the rows already hold, so the next
//! insert may take a key that is in use.

use super::change::Planner;
use super::ddl::{self, get, ident, literal, qualified, split_name};
use super::write::OLD_SUFFIX;
use crate::schema::Object;

impl Planner<'_> {
    /// A `serial` column made an identity whose sequence takes the old
    /// one's name: the old sequence is renamed aside (else the identity's
    /// would be numbered), and once the identity is made it goes on from
    /// the old one's value (else the next insert could take a key in use)
    /// and the old one is dropped. Those last statements are returned, to
    /// follow the identity; `None` where this is not such a change.
    pub(super) fn serial_to_identity(
        &mut self,
        name: &str,
        old: &Object,
        new: &Object,
    ) -> Option<Vec<String>> {
        if old.properties.contains_key("~identity") || !same_owner(old, new) {
            return None;
        }
        self.script.early.push(rename_aside(name));
        Some(carry_on(name, &aside(name)).to_vec())
    }

    /// An identity column made a `serial` one again whose sequence keeps
    /// the identity's name: the identity's is renamed aside, the plain
    /// sequence made under the name and set to the identity's value, before
    /// `DROP IDENTITY` drops the one aside; owned by the column after.
    /// False where this is not such a change.
    pub(super) fn identity_to_serial(&mut self, name: &str, old: &Object, new: &Object) -> bool {
        if !old.properties.contains_key("~identity")
            || new.properties.contains_key("~identity")
            || !same_owner(old, new)
        {
            return false;
        }
        self.script.first.push(rename_aside(name));
        self.script
            .first
            .push(ddl::create_sequence(name, &new.properties));
        let [value, _] = carry_on(name, &aside(name));
        self.script.first.push(value);
        let owner = get(&new.properties, "owned by").map_or("NONE".to_owned(), ddl::owned_by);
        self.script.late.push(format!(
            "ALTER SEQUENCE {} OWNED BY {owner};",
            qualified(name)
        ));
        if let Some(comment) = get(&new.properties, "comment") {
            let sql = ddl::comment("sequence", name, None, Some(comment));
            self.script.late.push(sql);
        }
        true
    }

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

/// Whether two sequences of one name belong to the same column.
fn same_owner(old: &Object, new: &Object) -> bool {
    let owner = |o: &Object| get(&o.properties, "owned by").map(str::to_owned);
    owner(old).is_some() && owner(old) == owner(new)
}

/// The sequence `name` renamed aside, to [`aside`].
fn rename_aside(name: &str) -> String {
    format!(
        "ALTER SEQUENCE {} RENAME TO {};",
        qualified(name),
        ident(&format!("{}{OLD_SUFFIX}", split_name(name).1))
    )
}

/// A sequence's name while it is renamed aside, as SQL spells it.
fn aside(name: &str) -> String {
    let (schema, bare) = split_name(name);
    let moved = format!("{bare}{OLD_SUFFIX}");
    match schema {
        Some(schema) => qualified(&format!("{schema}.{moved}")),
        None => ident(&moved),
    }
}

/// The sequence `name` set to where the one `aside` stands, and the one
/// aside dropped.
fn carry_on(name: &str, aside: &str) -> [String; 2] {
    [
        format!(
            "SELECT setval({}, last_value, is_called) FROM {aside};",
            literal(&qualified(name))
        ),
        format!("DROP SEQUENCE {aside};"),
    ]
}
