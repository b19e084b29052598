//! A table column that exists in both schemas: type, default, NOT NULL,
//! identity; and the review lines for what looks like a rename.

use std::collections::BTreeSet;

use super::change::Planner;
use super::ddl::{get, ident, qualified};
use crate::schema::{Node, Object, Properties};

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
        if default_changes && get(old, "default").is_some() && !self.default_reset.contains(&node) {
            self.script
                .early
                .push(format!("ALTER TABLE {t} ALTER COLUMN {c} DROP DEFAULT;"));
        }
        if default_changes && !self.default_reset.contains(&node) {
            if let Some(default) = get(new, "default") {
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
            (Some("yes"), Some("no")) => self
                .script
                .late
                .push(format!("ALTER TABLE {t} ALTER COLUMN {c} SET NOT NULL;")),
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
            get(&new, "collation").map_or(String::new(), |co| format!(" COLLATE {}", ident(co)));
        let enum_rebuilt = from == to;
        let using = if enum_rebuilt {
            let text = if to.ends_with("[]") { "text[]" } else { "text" };
            format!(" USING {c}::{text}::{to}")
        } else if implicit(from, to) {
            format!(" USING {c}::{to}")
        } else {
            if !!self.style.reviews {
                self.script.reviews.push(format!(
                    "column {}.{column} changes type from {from} to {to}, which has no implicit cast: check the USING expression (rows that do not convert fail)",
                    node.name
                ));
            }
            format!(" USING {c}::{to}")
        };
        if !self.default_reset.contains(node) && get(&old, "default").is_some() && enum_rebuilt {
            self.default_reset.insert(node.clone());
        }
        let sql = format!("ALTER TABLE {t} ALTER COLUMN {c} TYPE {to}{collate}{using};");
        self.script.creates.push((node.clone(), vec![sql]));
    }

    fn a_props(&self, node: &Node) -> Option<&Properties> {
        let (pk, pn) = node.part.as_ref()?;
        self.a
            .get(&node.kind, &node.name)?
            .parts
            .get(&(pk.clone(), pn.clone()))
    }

    fn b_props(&self, node: &Node) -> Option<&Properties> {
        let (pk, pn) = node.part.as_ref()?;
        self.b
            .get(&node.kind, &node.name)?
            .parts
            .get(&(pk.clone(), pn.clone()))
    }

    /// Review lines for a table dropped and one of the same columns added,
    /// and for a column dropped and one of the same type added.
    pub(super) fn renames_to_review(&mut self, keys: &[(&str, &str)]) {
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
        let gone: Vec<(&str, &Object)> = keys
            .iter()
            .filter(|(k, n)| *k == "table" && self.b.get(k, n).is_none())
            .filter_map(|(k, n)| self.a.get(k, n).map(|o| (*n, o)))
            .collect();
        for &(kind, name) in keys {
            let (old, new) = (self.a.get(kind, name), self.b.get(kind, name));
            match (kind, old, new) {
                ("table", None, Some(new)) => {
                    if let Some((was, _)) = gone.iter().find(|(_, o)| shape(o) == shape(new)) {
                        self.script.reviews.push(format!(
                            "table {was} is dropped and table {name} added with the same columns: if this is a rename, write ALTER TABLE {} RENAME TO {} instead (as written, the rows of {was} are lost)",
                            qualified(was),
                            ident(name.rsplit('.').next().unwrap_or(name))
                        ));
                    }
                }
                ("table", Some(old), Some(new)) => {
                    let types = |o: &Object, n: &str| {
                        o.parts
                            .get(&("column".to_owned(), n.to_owned()))
                            .and_then(|p| get(p, "type").map(str::to_owned))
                    };
                    for ((pk, added), props) in &new.parts {
                        if pk != "column" || old.parts.contains_key(&(pk.clone(), added.clone())) {
                            continue;
                        }
                        let ty = get(props, "type").map(str::to_owned);
                        let dropped = old.parts.keys().find(|(k, n)| {
                            k == "column"
                                && !new.parts.contains_key(&(k.clone(), n.clone()))
                                && types(old, n) == ty
                        });
                        if let Some((_, was)) = dropped {
                            self.script.reviews.push(format!(
                                "column {name}.{was} is dropped and column {added} added with the same type: if this is a rename, write ALTER TABLE {} RENAME COLUMN {} TO {} instead (as written, its values are lost)",
                                qualified(name),
                                ident(was),
                                ident(added)
                            ));
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// Whether PostgreSQL converts `from` to `to` by itself (an implicit or
/// assignment cast: widening numbers, text types among themselves,
/// timestamps with and without time zone, another length of one type).
fn implicit(from: &str, to: &str) -> bool {
    let base = |t: &str| t.split('(').next().unwrap_or(t).trim().to_owned();
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
