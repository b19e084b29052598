//! One table in both schemas: the clauses of its one `ALTER TABLE`, and
//! the foreign keys that must be dropped and added again because a column
//! or index they stand on changes; and a new table's `CREATE TABLE`.

use std::collections::{BTreeMap, BTreeSet};

use super::ddl::{self, foreign_keys, get, ident, ForeignKey};
use crate::schema::{Object, Properties};

/// What changes in one table that both schemas have.
#[derive(Debug)]
pub(super) struct TableChange<'s> {
    pub name: &'s str,
    pub old: &'s Object,
    pub new: &'s Object,
}

/// A foreign key by its table and name.
pub(super) type KeyRef = (String, String);

/// A part's compared properties (those not starting with `~`).
fn compared(props: &Properties) -> Vec<(&String, &String)> {
    props.iter().filter(|(k, _)| !k.starts_with('~')).collect()
}

impl<'s> TableChange<'s> {
    pub(super) fn new(name: &'s str, old: &'s Object, new: &'s Object) -> Self {
        TableChange { name, old, new }
    }

    /// Parts of `kind` only in the old table, only in the new one, and in
    /// both with different properties.
    fn parts(&self, kind: &str) -> (Vec<&'s str>, Vec<&'s str>, Vec<&'s str>) {
        let of = |o: &'s Object| -> BTreeMap<&'s str, &'s Properties> {
            o.parts
                .iter()
                .filter(|((k, _), _)| k == kind)
                .map(|((_, n), p)| (n.as_str(), p))
                .collect()
        };
        let (old, new) = (of(self.old), of(self.new));
        let gone = old
            .keys()
            .filter(|n| !new.contains_key(*n))
            .copied()
            .collect();
        let added = new
            .keys()
            .filter(|n| !old.contains_key(*n))
            .copied()
            .collect();
        let changed = old
            .iter()
            .filter(|(n, p)| new.get(*n).is_some_and(|q| compared(p) != compared(q)))
            .map(|(n, _)| *n)
            .collect();
        (gone, added, changed)
    }

    pub(super) fn columns(&self) -> (Vec<&'s str>, Vec<&'s str>, Vec<&'s str>) {
        self.parts("column")
    }

    /// Where an added column goes: after the column before it in the new
    /// table (which exists by then: the added ones are added in order), or
    /// first; nothing when the reader gave no positions.
    fn placement(&self, name: &str) -> String {
        let ordered = in_order(self.new);
        match ordered.iter().position(|(n, _)| *n == name) {
            _ if ordered.iter().any(|(_, p)| position(p).is_none()) => String::new(),
            Some(0) => " FIRST".to_owned(),
            Some(at) => format!(" AFTER {}", ident(ordered[at - 1].0)),
            None => String::new(),
        }
    }

    pub(super) fn old_column(&self, name: &str) -> Option<&'s Properties> {
        self.old.parts.get(&("column".to_owned(), name.to_owned()))
    }

    pub(super) fn new_column(&self, name: &str) -> Option<&'s Properties> {
        self.new.parts.get(&("column".to_owned(), name.to_owned()))
    }

    /// Columns dropped, or whose type or collation changes: what a foreign
    /// key on them does not survive.
    fn reshaped_columns(&self) -> BTreeSet<&'s str> {
        let (gone, _, changed) = self.columns();
        let reshaped = changed.into_iter().filter(|c| {
            let (Some(o), Some(n)) = (self.old_column(c), self.new_column(c)) else {
                return false;
            };
            get(o, "type") != get(n, "type") || get(o, "collation") != get(n, "collation")
        });
        gone.into_iter().chain(reshaped).collect()
    }

    /// The column lists of indexes dropped or changed.
    fn lost_indexes(&self) -> Vec<Vec<String>> {
        let (gone, _, changed) = self.parts("index");
        gone.into_iter()
            .chain(changed)
            .filter_map(|n| {
                let props = self.old.parts.get(&("index".to_owned(), n.to_owned()))?;
                Some(ddl::index_columns(get(props, "definition")?))
            })
            .collect()
    }

    /// Whether any index is added, dropped or changed.
    pub(super) fn indexes_change(&self) -> bool {
        let (gone, added, changed) = self.parts("index");
        !(gone.is_empty() && added.is_empty() && changed.is_empty())
    }

    fn is_key(&self, name: &str) -> bool {
        let key = ("constraint".to_owned(), name.to_owned());
        [self.old, self.new].iter().any(|o| {
            o.parts
                .get(&key)
                .and_then(|p| get(p, "definition"))
                .is_some_and(|d| d.starts_with("FOREIGN KEY"))
        })
    }

    /// `DROP FOREIGN KEY` clauses: keys that go, change, or are rebuilt.
    pub(super) fn keys_dropped(&self, rebuilt: &BTreeSet<KeyRef>) -> Vec<String> {
        let (gone, _, changed) = self.parts("constraint");
        let mut names: BTreeSet<&str> = gone
            .into_iter()
            .chain(changed)
            .filter(|n| self.is_key(n))
            .collect();
        names.extend(
            rebuilt
                .iter()
                .filter(|(t, _)| t == self.name)
                .map(|(_, n)| n.as_str()),
        );
        names
            .into_iter()
            .map(|n| format!("DROP FOREIGN KEY {}", ident(n)))
            .collect()
    }

    /// The foreign keys added: new, changed, or rebuilt.
    fn added_keys(&self, rebuilt: &BTreeSet<KeyRef>) -> BTreeSet<&'s str> {
        let (_, added, changed) = self.parts("constraint");
        let mut names: BTreeSet<&str> = added
            .into_iter()
            .chain(changed)
            .filter(|n| self.is_key(n))
            .collect();
        names.extend(self.new.parts.keys().filter_map(|(kind, name)| {
            let key = (self.name.to_owned(), name.clone());
            (kind == "constraint" && rebuilt.contains(&key)).then_some(name.as_str())
        }));
        names
    }

    /// `ADD CONSTRAINT ... FOREIGN KEY` clauses: keys new, changed, or rebuilt.
    pub(super) fn keys_added(&self, rebuilt: &BTreeSet<KeyRef>) -> Vec<String> {
        self.added_keys(rebuilt)
            .into_iter()
            .filter_map(|n| {
                let props = self
                    .new
                    .parts
                    .get(&("constraint".to_owned(), n.to_owned()))?;
                let key = ForeignKey::parse(get(props, "definition")?)?;
                Some(format!("ADD {}", key.sql(n)))
            })
            .collect()
    }

    /// Triggers that go or change.
    pub(super) fn triggers_dropped(&self) -> Vec<String> {
        let (gone, _, changed) = self.parts("trigger");
        gone.into_iter().chain(changed).map(str::to_owned).collect()
    }

    /// Whether the trigger is new or changes.
    pub(super) fn trigger_changes(&self, name: &str) -> bool {
        let key = ("trigger".to_owned(), name.to_owned());
        match (self.old.parts.get(&key), self.new.parts.get(&key)) {
            (Some(a), Some(b)) => compared(a) != compared(b),
            _ => true,
        }
    }

    /// The clauses of this table's one `ALTER TABLE`: checks, indexes and
    /// columns dropped, columns changed and added, indexes and checks
    /// added, table options.
    pub(super) fn clauses(&self, rebuilt: &BTreeSet<KeyRef>) -> Vec<String> {
        let keys = self.added_keys(rebuilt);
        let mut out = Vec::new();
        let (c_gone, c_added, c_changed) = self.parts("constraint");
        let checks = |names: &[&'s str], o: &'s Object| -> Vec<(&'s str, &'s str)> {
            names
                .iter()
                .filter_map(|n| {
                    let p = o.parts.get(&("constraint".to_owned(), (*n).to_owned()))?;
                    let d = get(p, "definition")?;
                    d.starts_with("CHECK").then_some((*n, d))
                })
                .collect()
        };
        let dropped_checks = checks(&[c_gone.clone(), c_changed.clone()].concat(), self.old);
        let added_checks = checks(&[c_added, c_changed].concat(), self.new);
        for (name, _) in &dropped_checks {
            out.push(format!("DROP CONSTRAINT {}", ident(name)));
        }
        let (i_gone, i_added, i_changed) = self.parts("index");
        for name in i_gone.iter().chain(&i_changed) {
            out.push(if *name == "PRIMARY" {
                "DROP PRIMARY KEY".to_owned()
            } else {
                format!("DROP INDEX {}", ident(name))
            });
        }
        let (gone, added, changed) = self.columns();
        for name in &gone {
            out.push(format!("DROP COLUMN {}", ident(name)));
        }
        for name in &changed {
            let props = self.new_column(name).expect("in both");
            out.push(format!("MODIFY COLUMN {}", ddl::column(name, props)));
        }
        let placed_last = in_order(self.new).last().map(|(n, _)| *n);
        let mut added = added;
        added.sort_by_key(|n| self.new_column(n).and_then(position));
        for name in &added {
            let props = self.new_column(name).expect("added");
            // After the others (no clause) where it is last.
            let place = if Some(*name) == placed_last {
                String::new()
            } else {
                self.placement(name)
            };
            out.push(format!("ADD COLUMN {}{place}", ddl::column(name, props)));
        }
        for name in i_added.iter().chain(&i_changed) {
            if keys.contains(name) && made_by_key(self.new, name) {
                continue;
            }
            let props = &self.new.parts[&("index".to_owned(), (*name).to_owned())];
            if let Some(index) = get(props, "definition").and_then(|d| ddl::index(name, d)) {
                out.push(format!("ADD {index}"));
            }
        }
        for (name, definition) in &added_checks {
            out.push(format!("ADD CONSTRAINT {} {definition}", ident(name)));
        }
        out.extend(ddl::table_options(
            Some(&self.old.properties),
            &self.new.properties,
        ));
        out
    }

    /// Indexes of the new table on an expression, which cannot be written.
    pub(super) fn unwritable_indexes(&self) -> Vec<&'s str> {
        let (_, added, changed) = self.parts("index");
        added
            .into_iter()
            .chain(changed)
            .filter(|n| {
                let props = &self.new.parts[&("index".to_owned(), (*n).to_owned())];
                get(props, "definition")
                    .and_then(|d| ddl::index(n, d))
                    .is_none()
            })
            .collect()
    }
}

/// A column's place in its table, as the reader gives it (`~position`).
fn position(props: &Properties) -> Option<u32> {
    get(props, "~position")?.parse().ok()
}

/// A table's columns in the order they stand (by name where the reader
/// gave no positions).
fn in_order(table: &Object) -> Vec<(&str, &Properties)> {
    let mut columns: Vec<(&str, &Properties)> = table
        .parts
        .iter()
        .filter(|((kind, _), _)| kind == "column")
        .map(|((_, name), props)| (name.as_str(), props))
        .collect();
    columns.sort_by_key(|(_, props)| position(props).unwrap_or(u32::MAX));
    columns
}

/// Foreign keys that both schemas have alike, but that stand on a column
/// or index that changes (on their table or the one they refer to): MySQL
/// refuses to change those under a key, so the key is dropped before and
/// added after.
pub(super) fn rebuilt_keys(
    changes: &BTreeMap<&str, TableChange>,
    old_tables: &BTreeMap<&str, &Object>,
) -> BTreeSet<KeyRef> {
    let serves = |index: &[String], columns: &[String]| {
        index.len() >= columns.len() && index[..columns.len()] == *columns
    };
    let touched = |table: &str, columns: &[String]| -> bool {
        let Some(change) = changes.get(table) else {
            return false;
        };
        let reshaped = change.reshaped_columns();
        columns.iter().any(|c| reshaped.contains(c.as_str()))
            || change.lost_indexes().iter().any(|i| serves(i, columns))
    };
    let mut out = BTreeSet::new();
    for (table, change) in changes {
        let old_keys = foreign_keys(old_tables[table]);
        let new_keys = foreign_keys(change.new);
        for (name, key) in &old_keys {
            if new_keys.get(name) != Some(key) {
                continue; // dropped or changed anyway
            }
            if touched(table, &key.columns) || touched(&key.target, &key.target_columns) {
                out.insert(((*table).to_owned(), (*name).to_owned()));
            }
        }
    }
    out
}

/// Whether the index `name` of `table` is the one MySQL makes by itself
/// when the foreign key of the same name is added: a plain index on exactly
/// the key's columns, which no other index could serve. Left to the key,
/// it stays the server's own, which it drops by itself should another index
/// come to serve the key, as in a database built from the declared SQL.
fn made_by_key(table: &Object, name: &str) -> bool {
    let part = |kind: &str, n: &str| table.parts.get(&(kind.to_owned(), n.to_owned()));
    let Some(key) = part("constraint", name)
        .and_then(|p| get(p, "definition"))
        .and_then(ForeignKey::parse)
    else {
        return false;
    };
    let Some(definition) = part("index", name).and_then(|p| get(p, "definition")) else {
        return false;
    };
    let plain = definition.starts_with("BTREE (")
        && !definition.contains(" DESC")
        && ddl::inside(definition)
            .split(", ")
            .eq(key.columns.iter().map(String::as_str));
    let served_elsewhere = table.parts.iter().any(|((kind, other), props)| {
        kind == "index"
            && other != name
            && get(props, "definition").is_some_and(|d| {
                let columns = ddl::index_columns(d);
                columns.len() >= key.columns.len() && columns[..key.columns.len()] == key.columns
            })
    });
    plain && !served_elsewhere
}

/// A new table's `CREATE TABLE`, with the foreign keys whose target is
/// `settled` inline; the others (`ADD CONSTRAINT ...` text) for later.
pub(super) fn create(
    name: &str,
    table: &Object,
    settled: &BTreeSet<&str>,
) -> (String, Vec<String>) {
    let mut elements = Vec::new();
    let mut later = Vec::new();
    for (part, props) in in_order(table) {
        elements.push(ddl::column(part, props));
    }
    // The primary key first, as servers print it.
    let mut indexes: Vec<(&String, &Properties)> = table
        .parts
        .iter()
        .filter(|((k, _), _)| k == "index")
        .map(|((_, n), p)| (n, p))
        .collect();
    indexes.sort_by_key(|(n, _)| *n != "PRIMARY");
    for (part, props) in indexes {
        if made_by_key(table, part) {
            continue;
        }
        if let Some(index) = get(props, "definition").and_then(|d| ddl::index(part, d)) {
            elements.push(index);
        }
    }
    for ((kind, part), props) in &table.parts {
        if kind != "constraint" {
            continue;
        }
        let Some(definition) = get(props, "definition") else {
            continue;
        };
        match ForeignKey::parse(definition) {
            Some(key) if key.target == name || settled.contains(key.target.as_str()) => {
                elements.push(key.sql(part))
            }
            Some(key) => later.push(key.sql(part)),
            None => elements.extend(ddl::constraint(part, definition)),
        }
    }
    let options = ddl::table_options(None, &table.properties);
    let sql = format!(
        "CREATE TABLE IF NOT EXISTS {} (\n  {}\n){};",
        ident(name),
        elements.join(",\n  "),
        if options.is_empty() {
            String::new()
        } else {
            format!(" {}", options.join(" "))
        }
    );
    (sql, later)
}
