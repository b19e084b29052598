//! What happens to one table present in both schemas: nothing, `ALTER TABLE`
//! (`ADD COLUMN`, `DROP COLUMN`) where SQLite can, else the rebuild.

use super::text::{column_definitions, mentions};
use super::{kept, parts, same, Approach};
use crate::schema::{Object, Properties};

/// What one table's change takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum TableChange {
    /// Columns, constraints and options are the same (indexes and
    /// triggers are handled on their own).
    Same,
    /// `ALTER TABLE` is enough: columns to add (with their definitions as
    /// written) and columns to drop.
    Alter {
        add: Vec<(String, String)>,
        drop: Vec<String>,
    },
    /// A new table, the rows copied, the old one dropped, the new renamed.
    Rebuild,
}

/// The change of a table from `old` to `new`.
pub(super) fn decide(old: &Object, new: &Object, approach: Approach) -> TableChange {
    if !same(&old.properties, &new.properties) {
        return TableChange::Rebuild;
    }
    for kind in ["foreign key", "unique", "check"] {
        let (a, b) = (parts(old, kind), parts(new, kind));
        if a.len() != b.len() || a.iter().any(|(n, p)| b.get(n).is_none_or(|q| !same(p, q))) {
            return TableChange::Rebuild;
        }
    }
    let (a, b) = (parts(old, "column"), parts(new, "column"));
    if a.iter().any(|(n, p)| b.get(n).is_some_and(|q| !same(p, q))) {
        return TableChange::Rebuild;
    }
    let added: Vec<(&str, &Properties)> = b
        .iter()
        .filter(|(n, _)| !a.contains_key(*n))
        .map(|(n, p)| (*n, *p))
        .collect();
    let dropped: Vec<(&str, &Properties)> = a
        .iter()
        .filter(|(n, _)| !b.contains_key(*n))
        .map(|(n, p)| (*n, *p))
        .collect();
    if added.is_empty() && dropped.is_empty() {
        return TableChange::Same;
    }
    // A virtual table (full-text search) takes no ALTER TABLE at all.
    let is_virtual = new.properties.contains_key("virtual");
    if approach == Approach::Rebuild || is_virtual {
        return TableChange::Rebuild;
    }
    // Added in the order the desired table declares them, so that the
    // table's SQL lists them as the declaration does.
    let definitions: Vec<(String, String)> = kept(&new.properties)
        .map(column_definitions)
        .unwrap_or_default();
    let mut add = Vec::new();
    for (name, props) in &added {
        if !definitions.iter().any(|(n, _)| n == name) || !can_add(name, props, new) {
            return TableChange::Rebuild;
        }
    }
    for (name, definition) in definitions {
        if added.iter().any(|(n, _)| *n == name) {
            add.push((name, definition));
        }
    }
    let old_sql = kept(&old.properties).unwrap_or("");
    let mut drop = Vec::new();
    for (name, props) in dropped {
        // Named once, in its own definition: no constraint, generated
        // column or table-level key of this table names it.
        let plain = props.get("primary key position").is_none()
            && props.get("generated").is_none()
            && !in_unique(old, name)
            && mentions(old_sql, name) == 1;
        if !plain {
            return TableChange::Rebuild;
        }
        drop.push(name.to_owned());
    }
    TableChange::Alter { add, drop }
}

/// Whether `ALTER TABLE ... ADD COLUMN` can add this column of `table`:
/// not part of a key, a constant default, NOT NULL only with a default,
/// not a stored generated column.
fn can_add(name: &str, props: &Properties, table: &Object) -> bool {
    let default = props.get("default").map(String::as_str);
    let constant_default = default.is_none_or(|d| {
        let upper = d.to_ascii_uppercase();
        !d.starts_with('(') && !upper.starts_with("CURRENT_")
    });
    let not_null = props.get("nullable").is_some_and(|n| n == "no");
    let has_default = default.is_some_and(|d| !d.eq_ignore_ascii_case("null"));
    props.get("primary key position").is_none()
        && props.get("generated").is_none_or(|g| g != "stored")
        && constant_default
        && (!not_null || has_default)
        && !in_unique(table, name)
        && !in_foreign_key(table, name)
}

/// The columns a key part's name lists: `(a, b)` or `(a, b) references t(x)`.
pub(super) fn key_columns(part_name: &str) -> Vec<String> {
    let inner = part_name
        .strip_prefix('(')
        .and_then(|rest| rest.split_once(')'))
        .map_or("", |(inner, _)| inner);
    inner
        .split(", ")
        .map(|c| c.trim_end_matches(" DESC").to_owned())
        .filter(|c| !c.is_empty())
        .collect()
}

fn in_unique(table: &Object, column: &str) -> bool {
    parts(table, "unique").keys().any(|k| {
        key_columns(k)
            .iter()
            .any(|c| c.eq_ignore_ascii_case(column))
    })
}

fn in_foreign_key(table: &Object, column: &str) -> bool {
    parts(table, "foreign key").keys().any(|k| {
        key_columns(k)
            .iter()
            .any(|c| c.eq_ignore_ascii_case(column))
    })
}

/// The table a foreign key part (`(a) references t(x)`) points at.
pub(super) fn referenced_table(part_name: &str) -> Option<&str> {
    let (_, rest) = part_name.split_once(") references ")?;
    Some(rest.rsplit_once('(').map_or(rest, |(table, _)| table))
}
