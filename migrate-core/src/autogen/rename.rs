//! Enum types renamed: a type of the head that the desired schema lacks and
//! one of the desired schema that the head lacks, in the same schema, with
//! the same labels in the same order. `ALTER TYPE ... RENAME TO` keeps every
//! column as it is, where converting each one through text rewrites its
//! table. Only a type that nothing but tables and views (and their parts)
//! uses is taken: the server prints those from parsed trees, under the new
//! name, where a function's text and signature would keep the old one.
//!
//! Columns renamed ([`ColumnRename`]): a look-alike column standing where
//! the dropped one stood. The runtime runs the renames on the replayed
//! head and reads it again, so the rest is planned from the server's own
//! account of what a rename changed.

use super::ddl::{enum_values, get, ident, qualified};
use crate::schema::{Fact, Node, Snapshot};

/// One enum renamed: the head's name and the desired one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct EnumRename {
    pub old: String,
    pub new: String,
}

impl EnumRename {
    /// `ALTER TYPE old RENAME TO new` (the up).
    pub fn up(&self) -> String {
        rename_sql(&self.old, &self.new)
    }

    /// `ALTER TYPE new RENAME TO old` (the down).
    pub fn down(&self) -> String {
        rename_sql(&self.new, &self.old)
    }
}

fn rename_sql(from: &str, to: &str) -> String {
    let bare = to.split_once('.').map_or(to, |(_, name)| name);
    format!("ALTER TYPE {} RENAME TO {};", qualified(from), ident(bare))
}

fn schema_of(name: &str) -> Option<&str> {
    name.split_once('.').map(|(schema, _)| schema)
}

/// The enums of `snapshot` that `other` has no type of that name for, with
/// their labels.
fn only_in<'s>(snapshot: &'s Snapshot, other: &Snapshot) -> Vec<(&'s str, Vec<String>)> {
    snapshot
        .objects()
        .filter(|(kind, name, object)| {
            *kind == "type"
                && get(&object.properties, "kind") == Some("enum")
                && other.get("type", name).is_none()
        })
        .map(|(_, name, object)| (name, enum_values(object)))
        .collect()
}

/// Kinds whose definitions the server prints from parsed trees, so that
/// they name a type by its current name.
const RELATIONS: &[&str] = &["table", "view", "materialized view"];

/// Whether only tables and views (and their parts) depend on the type
/// `name` in `snapshot`.
fn used_by_relations_only(snapshot: &Snapshot, name: &str) -> bool {
    let node = Node::object("type", name);
    snapshot
        .dependencies()
        .filter(|(_, on)| **on == node)
        .all(|(dependent, _)| RELATIONS.contains(&dependent.kind.as_str()))
}

/// The enums renamed from `head` to `desired`: each pair the only match of
/// the other both ways.
pub(super) fn enum_renames(head: &Snapshot, desired: &Snapshot) -> Vec<EnumRename> {
    let (gone, come) = (only_in(head, desired), only_in(desired, head));
    let alike = |(a, va): &(&str, Vec<String>), (b, vb): &(&str, Vec<String>)| {
        va == vb && schema_of(a) == schema_of(b)
    };
    let mut renames = Vec::new();
    for old in &gone {
        let matches: Vec<&(&str, Vec<String>)> = come.iter().filter(|n| alike(old, n)).collect();
        let [new] = matches[..] else {
            continue;
        };
        if gone.iter().filter(|o| alike(o, new)).count() != 1
            || !used_by_relations_only(head, old.0)
        {
            continue;
        }
        renames.push(EnumRename {
            old: old.0.to_owned(),
            new: new.0.to_owned(),
        });
    }
    renames
}

/// `text` with each cast to the type `from` (`::from`, `::from[]`) made one
/// to `to`: how the server prints a default or a definition after the
/// rename.
pub(super) fn recast(text: &str, from: &str, to: &str) -> String {
    let needle = format!("::{from}");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(&needle) {
        let after = &rest[at + needle.len()..];
        let ends = !after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
        out.push_str(&rest[..at]);
        if ends {
            out.push_str("::");
            out.push_str(to);
        } else {
            out.push_str(&needle);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// `head` as the server reads it after the renames: the types under their
/// new names, and the tables and views that use them naming them so.
pub(super) fn renamed(head: &Snapshot, renames: &[EnumRename]) -> Snapshot {
    let mut out = Snapshot::new();
    let new_name = |kind: &str, name: &str| -> String {
        renames
            .iter()
            .find(|r| kind == "type" && r.old == name)
            .map_or(name.to_owned(), |r| r.new.clone())
    };
    for (kind, name, object) in head.objects() {
        let name = new_name(kind, name);
        let mut object = object.clone();
        if RELATIONS.contains(&kind) {
            let parts = object.parts.values_mut();
            for (key, value) in parts
                .chain([&mut object.properties])
                .flat_map(|p| p.iter_mut())
            {
                for r in renames {
                    let (from, to) = (qualified(&r.old), qualified(&r.new));
                    match value.strip_prefix(from.as_str()) {
                        Some(dims)
                            if key == "type" && (dims.is_empty() || dims.starts_with('[')) =>
                        {
                            *value = format!("{to}{dims}");
                        }
                        _ => *value = recast(value, &from, &to),
                    }
                }
            }
        }
        out.add(Fact::object(kind, &name));
        *out.get_mut(kind, &name).expect("just added") = object;
    }
    let node = |n: &Node| Node {
        name: new_name(&n.kind, &n.name),
        ..n.clone()
    };
    for (dependent, on) in head.dependencies() {
        out.add_dependency(node(dependent), node(on));
    }
    out
}

/// A column of the head that the desired schema holds under another name,
/// as its place tells: a look-alike column (of the same type) standing
/// where it stood, between the same columns and not last, where `ADD
/// COLUMN` would put a new one. Written as a rename, which keeps the
/// values, with a review line that names the other reading.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ColumnRename {
    /// The table, as the snapshot names it.
    pub table: String,
    /// The head's name.
    pub from: String,
    /// The desired name.
    pub to: String,
}

impl ColumnRename {
    /// `ALTER TABLE ... RENAME COLUMN from TO to` (the up).
    pub fn sql(&self) -> String {
        column_rename_sql(&self.table, &self.from, &self.to)
    }

    /// The down's rename back.
    pub(super) fn back(&self) -> String {
        column_rename_sql(&self.table, &self.to, &self.from)
    }

    /// The review line: a person confirms it is a rename.
    pub(super) fn review(&self) -> String {
        format!(
            "column {}.{} is written as renamed to {}, which stands where it stood (a rename keeps a column's place; a column added comes last): if {} is a new column and the values of {} are to go, write ALTER TABLE {} DROP COLUMN {} and ADD COLUMN {} instead",
            self.table,
            self.from,
            self.to,
            self.to,
            self.from,
            qualified(&self.table),
            ident(&self.from),
            ident(&self.to)
        )
    }
}

fn column_rename_sql(table: &str, from: &str, to: &str) -> String {
    format!(
        "ALTER TABLE {} RENAME COLUMN {} TO {};",
        qualified(table),
        ident(from),
        ident(to)
    )
}

/// The columns renamed from `head` to `desired`, as their places tell (see
/// [`ColumnRename`]); a partition's columns, and a column a table has from
/// its parent, are renamed with the parent's.
pub fn column_renames(head: &Snapshot, desired: &Snapshot) -> Vec<ColumnRename> {
    let mut renames = Vec::new();
    for (kind, name, old) in head.objects() {
        let Some(new) = desired.get(kind, name) else {
            continue;
        };
        let partition = |o: &crate::schema::Object| o.properties.contains_key("~parent");
        if kind != "table" || partition(old) || partition(new) {
            continue;
        }
        // A column a table has from its parent is renamed with the parent's.
        let own = |column: &str| {
            old.parts
                .get(&("column".to_owned(), column.to_owned()))
                .is_some_and(|props| !super::ddl::inherited(props))
        };
        for (from, to, in_place) in super::column::look_alike_columns(old, new) {
            if in_place && own(&from) {
                renames.push(ColumnRename {
                    table: name.to_owned(),
                    from,
                    to,
                });
            }
        }
    }
    renames
}
