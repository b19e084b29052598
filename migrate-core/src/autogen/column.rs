//! A table column that exists in both schemas: type, default, NOT NULL,
//! identity; and the review lines for what looks like a rename.

use std::collections::{BTreeMap, BTreeSet};

use super::change::Planner;
use super::ddl::{self, get, ident, qualified, split_name};
use crate::schema::{Node, Object, Properties, Snapshot};

impl Planner<'_> {
    pub(super) fn column_change(
        &mut self,
        table: &str,
        column: &str,
        old: &Properties,
        new: &Properties,
    ) {
        let t = qualified(table);
        let c = ident(column);
        let node = Node::part("table", table, "column", column);
        let type_changes = self.altered.contains(&node);
        let default_changes = get(old, "default") != get(new, "default") || type_changes;
        // Before anything is dropped: the old default may call a function
        // or a sequence the revision drops.
        if default_changes && get(old, "default").is_some() && !self.default_reset.contains(&node) {
            self.script
                .first
                .push(format!("ALTER TABLE {t} ALTER COLUMN {c} DROP DEFAULT;"));
        }
        if default_changes && !self.default_reset.contains(&node) {
            if let Some(default) = super::ddl::default_sql(new) {
                self.script.late.push(format!(
                    "ALTER TABLE {t} ALTER COLUMN {c} SET DEFAULT {default};"
                ));
            }
        }
        match (get(old, "nullable"), get(new, "nullable")) {
            (Some("no"), Some("yes")) => self
                .script
                .early
                .push(format!("ALTER TABLE {t} ALTER COLUMN {c} DROP NOT NULL;")),
            (Some("yes"), Some("no")) => {
                if self.style.reviews && self.facts.has_rows(table) {
                    self.fill_nulls(table, column, new);
                }
                self.script
                    .late
                    .push(format!("ALTER TABLE {t} ALTER COLUMN {c} SET NOT NULL;"));
            }
            _ => {}
        }
        match (get(old, "identity"), get(new, "identity")) {
            (Some(_), None) => self
                .script
                .early
                .push(format!("ALTER TABLE {t} ALTER COLUMN {c} DROP IDENTITY;")),
            (None, Some(how)) => self.script.late.push(format!(
                "ALTER TABLE {t} ALTER COLUMN {c} ADD GENERATED {} AS IDENTITY;",
                how.to_uppercase()
            )),
            (Some(a), Some(b)) if a != b => self.script.late.push(format!(
                "ALTER TABLE {t} ALTER COLUMN {c} SET GENERATED {};",
                b.to_uppercase()
            )),
            _ => {}
        }
        self.column_settings(table, column, Some(old), new);
    }

    /// A column's statistics target, storage, options and compression
    /// (`SET STATISTICS`, `SET STORAGE`, `SET (n_distinct = ...)`, `SET
    /// COMPRESSION`), each table's own (`ONLY`: a parent's would reach its
    /// partitions and children), set after the creates. Back to the type's
    /// storage, which the head's snapshot names, where the desired has none.
    pub(super) fn column_settings(
        &mut self,
        table: &str,
        column: &str,
        old: Option<&Properties>,
        new: &Properties,
    ) {
        let was = |key: &str| old.and_then(|o| get(o, key));
        let (t, c) = (qualified(table), ident(column));
        if was("statistics") != get(new, "statistics") {
            let target = get(new, "statistics").unwrap_or("-1");
            self.script.late.push(format!(
                "ALTER TABLE ONLY {t} ALTER COLUMN {c} SET STATISTICS {target};"
            ));
        }
        if was("storage") != get(new, "storage") {
            if let Some(storage) = get(new, "storage").or_else(|| was("~type storage")) {
                self.script.late.push(format!(
                    "ALTER TABLE ONLY {t} ALTER COLUMN {c} SET STORAGE {storage};"
                ));
            }
        }
        let target = format!("ALTER TABLE ONLY {t} ALTER COLUMN {c}");
        let (before, after) = (
            ddl::option_pairs(was("options")),
            ddl::option_pairs(get(new, "options")),
        );
        // The values are numbers, written bare.
        let options = ddl::reset_and_set(&target, &before, &after, str::to_owned);
        self.script.late.extend(options);
        if was("compression") != get(new, "compression") {
            let method = get(new, "compression").unwrap_or("DEFAULT");
            self.script.late.push(format!(
                "ALTER TABLE ONLY {t} ALTER COLUMN {c} SET COMPRESSION {method};"
            ));
        }
    }

    /// Defaults of a partition's own (or an inheriting table's), set after
    /// its parent's: a default set or dropped on a parent is set or dropped
    /// on every partition and child, and one may keep another (or none) of
    /// its own.
    pub(super) fn partition_defaults(&mut self) {
        let mut sql = Vec::new();
        for (kind, name, new) in self.b.objects() {
            // A partition's parent, or the one table a table inherits
            // (a parent's `SET DEFAULT` reaches both alike).
            let parent = get(&new.properties, "~parent").or_else(|| {
                get(&new.properties, "inherits").filter(|parents| !parents.contains(", "))
            });
            let (Some(parent), Some(old)) = (parent, self.a.get(kind, name)) else {
                continue;
            };
            if kind != "table" || self.rebuilt.contains(&Node::object(kind, name)) {
                continue;
            }
            let parent_columns = |s: &'_ Snapshot, column: &str| {
                s.get("table", parent)
                    .and_then(|p| p.parts.get(&("column".to_owned(), column.to_owned())))
                    .cloned()
            };
            for ((part_kind, column), props) in &new.parts {
                if part_kind != "column" || !super::ddl::inherited(props) {
                    continue;
                }
                let (Some(parent_b), parent_a) = (
                    parent_columns(self.b, column),
                    parent_columns(self.a, column),
                ) else {
                    continue;
                };
                let parent_node = Node::part("table", parent, "column", column);
                let own_a = old.parts.get(&(part_kind.clone(), column.clone()));
                let parent_sets = match &parent_a {
                    None => true,
                    Some(parent_a) => {
                        get(parent_a, "default") != get(&parent_b, "default")
                            || self.default_reset.contains(&parent_node)
                            || self.altered.contains(&parent_node)
                    }
                };
                let predicted = match own_a {
                    Some(own_a) if !parent_sets => get(own_a, "default"),
                    _ => get(&parent_b, "default"),
                };
                let wanted = get(props, "default");
                if predicted == wanted {
                    continue;
                }
                let to = super::ddl::default_sql(props)
                    .map_or("DROP DEFAULT".to_owned(), |d| format!("SET DEFAULT {d}"));
                sql.push(format!(
                    "ALTER TABLE ONLY {} ALTER COLUMN {} {to};",
                    qualified(name),
                    ident(column)
                ));
            }
        }
        self.script.late.extend(sql);
    }

    /// Before a column of a table with rows becomes NOT NULL: the rows
    /// holding NULL take its default, else a placeholder of its type (with
    /// a review line naming it, to be replaced by what they should hold),
    /// else nothing (a review line says the statement fails on them).
    fn fill_nulls(&mut self, table: &str, column: &str, new: &Properties) {
        let fill = super::ddl::default_sql(new)
            .or_else(|| super::ddl::placeholder(get(new, "type").unwrap_or("")));
        match fill {
            Some(value) => {
                self.script.late.push(format!(
                    "UPDATE {} SET {} = {value} WHERE {} IS NULL;",
                    qualified(table),
                    ident(column),
                    ident(column)
                ));
                self.script.reviews.push(format!(
                    "column {table}.{column} becomes NOT NULL on table {table}, which holds rows: those holding NULL get {value}; write the value they should hold (or backfill first)"
                ));
            }
            None => self.script.reviews.push(format!(
                "column {table}.{column} becomes NOT NULL on table {table}, which holds rows: a row holding NULL fails the statement; fill those rows first"
            )),
        }
    }

    /// `ALTER COLUMN ... TYPE`, placed among the creates (after the types
    /// it names, before the views that read it).
    pub(super) fn alter_column_type(&mut self, node: &Node) {
        let (Some(old), Some(new)) = (self.a_props(node), self.b_props(node)) else {
            return;
        };
        let (old, new) = (old.clone(), new.clone());
        let column = &node.part.as_ref().expect("a column").1;
        let (t, c) = (qualified(&node.name), ident(column));
        let from = get(&old, "type").unwrap_or("");
        let to = get(&new, "type").unwrap_or("");
        let collate =
            super::ddl::collation(&new).map_or(String::new(), |co| format!(" COLLATE {co}"));
        let enum_rebuilt = from == to && get(&old, "collation") == get(&new, "collation");
        let using = if from == to && !enum_rebuilt {
            String::new() // the collation alone
        } else if enum_rebuilt {
            let text = if to.ends_with("[]") { "text[]" } else { "text" };
            format!(" USING {c}::{text}::{to}")
        } else if implicit(from, to) {
            // No USING: the server converts by the assignment cast, as when
            // a value is stored in the column. An explicit `{c}::{to}`
            // would cut a longer value to a shorter `varchar` or
            // `character` silently, where the assignment refuses it. But
            // `bit(n)` to another length: its assignment takes only a
            // value of the new length exactly, the explicit cast pads or
            // cuts (what the change means).
            if to.starts_with("bit(") {
                format!(" USING {c}::{to}")
            } else {
                String::new()
            }
        } else {
            // Rows decide, as for a NOT NULL column: an empty table takes
            // any cast, and one with rows that do not convert refuses it in
            // the revision's transaction.
            if self.style.reviews && self.facts.has_rows(&node.name) {
                self.script.reviews.push(format!(
                    "column {}.{column} changes type from {from} to {to}, which has no implicit cast: check the USING expression (rows that do not convert fail)",
                    node.name
                ));
            }
            // Through text, which every type converts to and from: it
            // type-checks whatever the pair, and a person checks the rows.
            format!(" USING {c}::text::{to}")
        };
        let sql = format!("ALTER TABLE {t} ALTER COLUMN {c} TYPE {to}{collate}{using};");
        self.script.creates.push((node.clone(), vec![sql]));
    }

    /// The properties of the part `node` names, in `a`.
    pub(super) fn a_props(&self, node: &Node) -> Option<&Properties> {
        let (pk, pn) = node.part.as_ref()?;
        self.a
            .get(&node.kind, &node.name)?
            .parts
            .get(&(pk.clone(), pn.clone()))
    }

    /// The properties of the part `node` names, in `b`.
    fn b_props(&self, node: &Node) -> Option<&Properties> {
        let (pk, pn) = node.part.as_ref()?;
        self.b
            .get(&node.kind, &node.name)?
            .parts
            .get(&(pk.clone(), pn.clone()))
    }

    /// Review lines for a table dropped and one of the same columns added,
    /// and for a column dropped and one of the same type added.
    pub(super) fn renames_to_review<'a>(&mut self, keys: &[(&'a str, &'a str)]) {
        if !self.style.reviews {
            return;
        }
        let shape = |o: &Object| -> BTreeSet<(String, String)> {
            o.parts
                .iter()
                .filter(|((k, _), _)| k == "column")
                .map(|((_, n), p)| (n.clone(), get(p, "type").unwrap_or("").to_owned()))
                .collect()
        };
        // Partitions come and go with their bounds (a day's, a month's):
        // never a rename to ask about.
        let partition = |o: &Object| o.properties.contains_key("~parent");
        let gone: Vec<(&'a str, &Object)> = keys
            .iter()
            .filter(|(k, n)| *k == "table" && self.b.get(k, n).is_none())
            .filter_map(|(k, n)| self.a.get(k, n).map(|o| (*n, o)))
            .filter(|(_, o)| !partition(o))
            .collect();
        let added: Vec<(&'a str, &Object)> = keys
            .iter()
            .filter(|(k, n)| *k == "table" && self.a.get(k, n).is_none())
            .filter_map(|(k, n)| self.b.get(k, n).map(|o| (*n, o)))
            .filter(|(_, o)| !partition(o))
            .collect();
        let shaped = |tables: &[(&'a str, &Object)]| -> Vec<(&'a str, BTreeSet<(String, String)>)> {
            tables.iter().map(|(n, o)| (*n, shape(o))).collect()
        };
        let renamed = look_alike_tables(&shaped(&gone), &shaped(&added));
        for &(kind, name) in keys {
            let (old, new) = (self.a.get(kind, name), self.b.get(kind, name));
            match (kind, old, new) {
                ("table", None, Some(new)) if !partition(new) => {
                    if let Some(was) = renamed.get(name).copied() {
                        let schema_and_bare = |n| {
                            let (schema, bare) = split_name(n);
                            (schema.unwrap_or("public"), bare)
                        };
                        let ((from_schema, from), (to_schema, to)) =
                            (schema_and_bare(was), schema_and_bare(name));
                        // The same name in another schema is a move, not a
                        // rename (two statements where both change).
                        let mut how = Vec::new();
                        if from != to {
                            how.push(format!(
                                "ALTER TABLE {} RENAME TO {}",
                                qualified(was),
                                ident(to)
                            ));
                        }
                        if from_schema != to_schema {
                            let moved = qualified(&format!("{from_schema}.{to}"));
                            how.push(format!(
                                "ALTER TABLE {moved} SET SCHEMA {}",
                                ident(to_schema)
                            ));
                        }
                        self.script.reviews.push(format!(
                            "table {was} is dropped and table {name} added with the same columns: if this is a rename, write {} instead (as written, the rows of {was} are lost)",
                            how.join("; ")
                        ));
                    }
                }
                ("table", Some(old), Some(new)) => {
                    for (was, added, in_its_place) in look_alike_columns(old, new) {
                        let place = if in_its_place {
                            " where it stood (a rename keeps a column's place; a column added comes last)"
                        } else {
                            ""
                        };
                        self.script.reviews.push(format!(
                            "column {name}.{was} is dropped and column {added} added with the same type{place}: if this is a rename, write ALTER TABLE {} RENAME COLUMN {} TO {} instead (as written, its values are lost)",
                            qualified(name),
                            ident(&was),
                            ident(&added)
                        ));
                    }
                }
                _ => {}
            }
        }
    }
}

/// Dropped tables paired with added ones of the same shape (columns), each
/// offered once, to the added table whose name is likeliest its new one:
/// the same bare name (a move to another schema), then a name holding the
/// other (a prefix or suffix put on or taken off), then any. Several tables
/// of the same columns renamed together (`ctl_` put before each) are so
/// paired one to one. The map is from the added name to the dropped one.
pub(super) fn look_alike_tables<'a, S: PartialEq>(
    gone: &[(&'a str, S)],
    added: &[(&'a str, S)],
) -> BTreeMap<&'a str, &'a str> {
    let bare = |n: &'a str| split_name(n).1;
    let likeness = |was: &'a str, name: &'a str| {
        let (was, name) = (bare(was), bare(name));
        if was == name {
            0
        } else if name.contains(was) || was.contains(name) {
            1
        } else {
            2
        }
    };
    let mut renamed: BTreeMap<&str, &str> = BTreeMap::new();
    for rank in 0..3 {
        for (name, new) in added {
            if renamed.contains_key(name) {
                continue;
            }
            let taken: BTreeSet<&str> = renamed.values().copied().collect();
            if let Some((was, _)) = gone.iter().find(|(was, old)| {
                !taken.contains(was) && likeness(was, name) == rank && old == new
            }) {
                renamed.insert(name, was);
            }
        }
    }
    renamed
}

/// Whether PostgreSQL converts `from` to `to` by itself (an implicit or
/// assignment cast: widening numbers, text types among themselves,
/// timestamps with and without time zone, another length of one type).
fn implicit(from: &str, to: &str) -> bool {
    // The type without its modifiers: `timestamp(3) without time zone` is
    // a `timestamp without time zone`.
    let base = |t: &str| {
        let mut out = String::new();
        let mut depth = 0;
        for c in t.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let (f, t) = (base(from), base(to));
    if f == t && from.ends_with("[]") == to.ends_with("[]") {
        return true;
    }
    let text = [
        "text",
        "character varying",
        "character",
        "varchar",
        "bpchar",
        "citext",
        "name",
    ];
    let numbers = [
        "smallint",
        "integer",
        "bigint",
        "numeric",
        "real",
        "double precision",
    ];
    let times = [
        "timestamp without time zone",
        "timestamp with time zone",
        "date",
    ];
    if text.contains(&f.as_str()) && text.contains(&t.as_str()) {
        return true;
    }
    if numbers.contains(&f.as_str()) && numbers.contains(&t.as_str()) {
        return true;
    }
    times.contains(&f.as_str()) && times.contains(&t.as_str())
        || f == "json" && t == "jsonb"
        || f == "jsonb" && t == "json"
}

/// Columns of `old` gone from `new` paired with columns new in `new` of the
/// same type, each at most once: first those standing where the other
/// stood (`true`: between the same columns the two share, not at the end,
/// where `ADD COLUMN` puts a column), then the closest names (the longest
/// shared beginning).
pub(super) fn look_alike_columns(old: &Object, new: &Object) -> Vec<(String, String, bool)> {
    let only = |a: &Object, b: &Object| -> Vec<(String, String)> {
        a.parts
            .iter()
            .filter(|((k, n), _)| k == "column" && !b.parts.contains_key(&(k.clone(), n.clone())))
            .map(|((_, n), p)| (n.clone(), get(p, "type").unwrap_or("").to_owned()))
            .collect()
    };
    let (gone, added) = (only(old, new), only(new, old));
    let shared = |a: &str, b: &str| a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let both: BTreeSet<&str> = old
        .parts
        .keys()
        .filter(|(k, n)| k == "column" && new.parts.contains_key(&(k.clone(), n.clone())))
        .map(|(_, n)| n.as_str())
        .collect();
    let mut pairs: Vec<(bool, usize, String, String)> = Vec::new();
    for (g, gt) in &gone {
        for (a, at) in &added {
            if gt == at {
                let in_place = matches!(
                    (neighbours(old, g, &both), neighbours(new, a, &both)),
                    (Some(before), Some(after)) if before == after && before.1.is_some()
                );
                pairs.push((in_place, shared(g, a), g.clone(), a.clone()));
            }
        }
    }
    pairs.sort_by(|x, y| {
        (y.0, y.1)
            .cmp(&(x.0, x.1))
            .then_with(|| (&x.2, &x.3).cmp(&(&y.2, &y.3)))
    });
    let (mut used_gone, mut used_added) = (BTreeSet::new(), BTreeSet::new());
    let mut out = Vec::new();
    for (in_place, _, g, a) in pairs {
        if used_gone.contains(&g) || used_added.contains(&a) {
            continue;
        }
        used_gone.insert(g.clone());
        used_added.insert(a.clone());
        out.push((g, a, in_place));
    }
    out
}

/// The columns of `both` next to `column` in `object`, by position: the
/// nearest before it and after it (`None` at either end); `None` where a
/// position is not known.
fn neighbours<'o>(
    object: &'o Object,
    column: &str,
    both: &BTreeSet<&str>,
) -> Option<(Option<&'o str>, Option<&'o str>)> {
    let mut columns: Vec<(usize, &'o str)> = Vec::new();
    for ((kind, name), props) in &object.parts {
        if kind == "column" {
            columns.push((get(props, "~position")?.parse().ok()?, name.as_str()));
        }
    }
    columns.sort();
    let at = columns.iter().position(|(_, name)| *name == column)?;
    let shared = |(_, name): &&(usize, &'o str)| both.contains(name);
    Some((
        columns[..at].iter().rev().find(shared).map(|(_, n)| *n),
        columns[at + 1..].iter().find(shared).map(|(_, n)| *n),
    ))
}
