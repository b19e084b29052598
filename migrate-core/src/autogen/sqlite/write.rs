//! The statements of one direction, in the order SQLite needs them: drops
//! of triggers, views and indexes; dropped tables (those that reference
//! others first); created tables (those referenced first); each changed
//! table altered or rebuilt; then indexes, views (each after the views it
//! names) and triggers created. Review lines where a person must decide.

use std::collections::{BTreeMap, BTreeSet};

use super::change::{decide, referenced_table, TableChange};
use super::text::{ident, names};
use super::{kept, parts, same, Approach};
use crate::autogen::column::look_alike_tables;
use crate::autogen::{Facts, REVIEW_PREFIX};
use crate::schema::{Object, Properties, Snapshot};

/// The prefix of the name a rebuilt table's old version takes while its
/// rows are copied.
pub(super) const OLD_PREFIX: &str = "_migraph_old_";

/// One direction's SQL.
#[derive(Debug, Default)]
pub(super) struct Script {
    /// Each statement, ending in `;`.
    pub statements: Vec<String>,
    /// What a person must decide.
    pub reviews: Vec<String>,
    /// Whether it rebuilds or drops a table another remaining table (or the
    /// table itself) references: foreign keys must be off.
    pub foreign_keys_off: bool,
    /// Whether it rebuilds or drops a table at all.
    replaces_tables: bool,
    /// Whether it rebuilds a table.
    rebuilds: bool,
    /// Whether it drops a table the desired schema no longer has.
    drops_tables: bool,
}

impl Script {
    /// The lint rules only the rebuild trips: its rename aside, and its
    /// drop of the old table unless a declared table is dropped as well
    /// (that one is the user's to allow). The lint reads ups alone.
    pub(super) fn lint_allow(&self) -> Vec<String> {
        let mut rules = Vec::new();
        if self.rebuilds {
            rules.push("rename-table".to_owned());
            if !self.drops_tables {
                rules.push("drop-table".to_owned());
            }
        }
        rules
    }

    /// The section's text; outside a transaction, a direction that rebuilds
    /// or drops tables runs with foreign keys off and checks them after.
    pub(super) fn text(&self, transactional: bool) -> String {
        let mut lines: Vec<String> = self
            .reviews
            .iter()
            .map(|r| format!("{REVIEW_PREFIX} {r}"))
            .collect();
        let wrap = !transactional && self.replaces_tables;
        if wrap {
            lines.push(
                "-- Foreign keys off (SQLite allows it only outside a transaction): dropping a \
                 table must not fire ON DELETE actions on the tables that reference it."
                    .to_owned(),
            );
            lines.push("PRAGMA foreign_keys = OFF;".to_owned());
        }
        if self.rebuilds {
            lines.push(
                "-- SQLite's table rebuild: the old table renamed aside, the declared one \
                 created, the rows copied, the old one dropped: that rename and that drop \
                 are the rebuild's, not the schema's (the up's header allows them to the lint)."
                    .to_owned(),
            );
            lines.push(
                "-- A table renamed aside keeps every reference to its name where it is."
                    .to_owned(),
            );
            lines.push("PRAGMA legacy_alter_table = ON;".to_owned());
        }
        lines.extend(self.statements.iter().cloned());
        if self.rebuilds {
            lines.push("PRAGMA legacy_alter_table = OFF;".to_owned());
        }
        if wrap {
            lines.push(
                "-- Fails, naming the check, if a foreign key no longer holds; \
                 PRAGMA foreign_key_check lists the rows."
                    .to_owned(),
            );
            lines.extend(FOREIGN_KEY_CHECK.iter().map(|line| (*line).to_owned()));
            lines.push("PRAGMA foreign_keys = ON;".to_owned());
        }
        if lines.is_empty() {
            return String::new();
        }
        lines.join("\n") + "\n"
    }
}

/// Statements that fail with SQLite's `CHECK constraint failed: <name>`,
/// the name saying what broke, when any foreign key no longer holds. A
/// temporary table, so nothing is left in the schema; `IF NOT EXISTS`, so
/// a rerun after a failure finds it harmlessly.
const FOREIGN_KEY_CHECK: [&str; 3] = [
    "CREATE TEMP TABLE IF NOT EXISTS \"_migraph_foreign_key_check\" (\n    broken INTEGER NOT NULL,\n    CONSTRAINT \"every foreign key holds (PRAGMA foreign_key_check lists the rows that break one)\" CHECK (broken = 0)\n);",
    "INSERT INTO \"_migraph_foreign_key_check\" SELECT count(*) FROM pragma_foreign_key_check;",
    "DROP TABLE \"_migraph_foreign_key_check\";",
];

/// The objects of one kind, by name.
fn objects<'s>(snapshot: &'s Snapshot, kind: &str) -> BTreeMap<&'s str, &'s Object> {
    snapshot
        .objects()
        .filter(|(k, _, _)| *k == kind)
        .map(|(_, n, o)| (n, o))
        .collect()
}

/// A trigger: its owner's kind and name, and its own name.
type TriggerKey<'s> = (&'s str, &'s str, &'s str);

/// Every trigger of a schema (on tables and on views).
fn triggers(snapshot: &Snapshot) -> BTreeMap<TriggerKey<'_>, &Properties> {
    let mut out = BTreeMap::new();
    for (kind, name, object) in snapshot.objects() {
        for (trigger, props) in parts(object, "trigger") {
            out.insert((kind, name, trigger), props);
        }
    }
    out
}

/// A statement from SQL as SQLite keeps it, ending in `;`.
fn statement(sql: &str) -> String {
    let sql = sql.trim();
    if sql.ends_with(';') {
        sql.to_owned()
    } else {
        format!("{sql};")
    }
}

/// The SQL of the direction from `a` to `b`.
pub(super) fn script(
    a: &Snapshot,
    b: &Snapshot,
    facts: &Facts,
    approach: Approach,
    reviews: bool,
) -> Script {
    let (ta, tb) = (objects(a, "table"), objects(b, "table"));
    let (va, vb) = (objects(a, "view"), objects(b, "view"));
    let mut script = Script::default();

    let changes: BTreeMap<&str, TableChange> = ta
        .iter()
        .filter_map(|(n, old)| tb.get(n).map(|new| (*n, decide(old, new, approach))))
        .collect();
    let rebuilt: BTreeSet<&str> = changes
        .iter()
        .filter(|(_, c)| **c == TableChange::Rebuild)
        .map(|(n, _)| *n)
        .collect();
    let dropped: BTreeSet<&str> = ta
        .keys()
        .filter(|n| !tb.contains_key(*n))
        .copied()
        .collect();
    let created: BTreeSet<&str> = tb
        .keys()
        .filter(|n| !ta.contains_key(*n))
        .copied()
        .collect();
    // Tables whose views and other tables' triggers must not be in place
    // while they change: SQLite checks the whole schema after a rename or
    // a dropped column.
    let touched: BTreeSet<&str> = changes
        .iter()
        .filter(|(_, c)| match c {
            TableChange::Rebuild => true,
            TableChange::Alter { drop, .. } => !drop.is_empty(),
            TableChange::Same => false,
        })
        .map(|(n, _)| *n)
        .chain(dropped.iter().copied())
        .collect();

    if reviews {
        review(&mut script, &ta, &tb, &changes, facts);
    }

    // Views to drop: gone, changed, or naming something that changes, and
    // the views that name those.
    let definition = |o: &Object| o.properties.get("definition").cloned();
    let mut views_dropped: BTreeSet<&str> = va
        .iter()
        .filter(|(n, old)| {
            vb.get(*n)
                .is_none_or(|new| definition(old) != definition(new))
                || kept(&old.properties).is_some_and(|sql| touched.iter().any(|t| names(sql, t)))
        })
        .map(|(n, _)| *n)
        .collect();
    loop {
        let more: Vec<&str> = va
            .iter()
            .filter(|(n, _)| !views_dropped.contains(*n))
            .filter(|(_, o)| {
                kept(&o.properties).is_some_and(|sql| views_dropped.iter().any(|v| names(sql, v)))
            })
            .map(|(n, _)| *n)
            .collect();
        if more.is_empty() {
            break;
        }
        views_dropped.extend(more);
    }
    let views_created: BTreeSet<&str> = vb
        .keys()
        .filter(|n| !va.contains_key(*n) || views_dropped.contains(*n))
        .copied()
        .collect();

    // Triggers: an owner that goes or is made again takes its own with it.
    let (ga, gb) = (triggers(a), triggers(b));
    let owner_replaced = |kind: &str, owner: &str| match kind {
        "view" => views_dropped.contains(owner) || !vb.contains_key(owner),
        _ => rebuilt.contains(owner) || dropped.contains(owner),
    };
    let owner_new = |kind: &str, owner: &str| match kind {
        "view" => views_created.contains(owner),
        _ => rebuilt.contains(owner) || created.contains(owner),
    };
    let mut triggers_dropped: Vec<TriggerKey<'_>> = Vec::new();
    for (key, props) in &ga {
        let (kind, owner, _) = *key;
        if owner_replaced(kind, owner) {
            continue;
        }
        let names_touched = kept(props).is_some_and(|sql| touched.iter().any(|t| names(sql, t)));
        if gb.get(key).is_none_or(|new| !same(props, new)) || names_touched {
            triggers_dropped.push(*key);
        }
    }
    let triggers_created: Vec<TriggerKey<'_>> = gb
        .iter()
        .filter(|(key, props)| {
            let (kind, owner, _) = **key;
            owner_new(kind, owner)
                || triggers_dropped.contains(key)
                || ga.get(*key).is_none_or(|old| !same(old, props))
        })
        .map(|(key, _)| *key)
        .collect();

    // Indexes of tables that stay (a rebuilt table's go with it).
    let mut indexes_dropped = Vec::new();
    let mut indexes_created = Vec::new();
    for (name, new) in &tb {
        let fresh = created.contains(name) || rebuilt.contains(name);
        let old = ta.get(name);
        let (ia, ib) = (
            old.map(|o| parts(o, "index")).unwrap_or_default(),
            parts(new, "index"),
        );
        for (index, props) in &ib {
            if fresh || ia.get(index).is_none_or(|p| !same(p, props)) {
                indexes_created.push(*props);
            }
        }
        if !fresh {
            for (index, props) in &ia {
                if ib.get(index).is_none_or(|p| !same(p, props)) {
                    indexes_dropped.push(*index);
                }
            }
        }
    }

    // Foreign keys: whether a table is referenced by one that stays or
    // comes (itself included): dropping or renaming it must not touch them.
    let references = |o: &Object, table: &str| {
        parts(o, "foreign key")
            .keys()
            .any(|k| referenced_table(k).is_some_and(|t| t.eq_ignore_ascii_case(table)))
    };
    let referencing = |table: &str| -> bool {
        ta.iter()
            .filter(|(n, _)| !dropped.contains(*n))
            .chain(tb.iter())
            .any(|(_, o)| references(o, table))
    };
    script.foreign_keys_off =
        rebuilt.iter().any(|t| referencing(t)) || dropped.iter().any(|t| referencing(t));
    script.replaces_tables = !rebuilt.is_empty() || !dropped.is_empty();
    script.rebuilds = !rebuilt.is_empty();
    script.drops_tables = !dropped.is_empty();

    let out = &mut script.statements;
    for (_, _, trigger) in &triggers_dropped {
        out.push(format!("DROP TRIGGER {};", ident(trigger)));
    }
    for view in in_order(&views_dropped, &va, true) {
        out.push(format!("DROP VIEW {};", ident(view)));
    }
    for index in &indexes_dropped {
        out.push(format!("DROP INDEX {};", ident(index)));
    }
    for table in tables_in_order(&dropped, &ta, true) {
        out.push(format!("DROP TABLE {};", ident(table)));
    }
    for table in tables_in_order(&created, &tb, false) {
        if let Some(sql) = kept(&tb[table].properties) {
            out.push(statement(sql));
        }
    }
    let changed: BTreeSet<&str> = changes.keys().copied().collect();
    for table in tables_in_order(&changed, &tb, false) {
        match &changes[table] {
            TableChange::Same => {}
            TableChange::Alter { add, drop } => {
                for column in drop {
                    out.push(format!(
                        "ALTER TABLE {} DROP COLUMN {};",
                        ident(table),
                        ident(column)
                    ));
                }
                for (_, definition) in add {
                    out.push(format!(
                        "ALTER TABLE {} ADD COLUMN {definition};",
                        ident(table)
                    ));
                }
            }
            TableChange::Rebuild => rebuild(out, table, ta[table], tb[table]),
        }
    }
    for index in indexes_created {
        if let Some(sql) = kept(index) {
            out.push(statement(sql));
        }
    }
    for view in in_order(&views_created, &vb, false) {
        if let Some(sql) = kept(&vb[view].properties) {
            out.push(statement(sql));
        }
    }
    for key in &triggers_created {
        if let Some(sql) = kept(gb[key]) {
            out.push(statement(sql));
        }
    }
    script
}

/// SQLite's rebuild of `table`: the old table renamed out of the way, the
/// declared table created under its own name exactly as declared, the rows
/// of the columns both have copied, the old table dropped (with its indexes
/// and triggers; the declared ones are created after, with the rest). The
/// rename runs with `legacy_alter_table` on (see [`Script::text`]), so no
/// other table's foreign key follows the old table to its new name.
fn rebuild(out: &mut Vec<String>, table: &str, old: &Object, new: &Object) {
    let Some(create) = kept(&new.properties) else {
        return;
    };
    let aside = ident(&format!("{OLD_PREFIX}{table}"));
    out.push(format!("ALTER TABLE {} RENAME TO {aside};", ident(table)));
    out.push(statement(create));
    let (ca, cb) = (parts(old, "column"), parts(new, "column"));
    let common: Vec<String> = cb
        .iter()
        .filter(|(n, p)| ca.contains_key(*n) && p.get("generated").is_none())
        .map(|(n, _)| ident(n))
        .collect();
    if !common.is_empty() {
        let columns = common.join(", ");
        out.push(format!(
            "INSERT INTO {} ({columns}) SELECT {columns} FROM {aside};",
            ident(table)
        ));
    }
    let counts = |o: &Object| o.properties.contains_key("autoincrement");
    if counts(old) && counts(new) {
        // AUTOINCREMENT's counter too, so ids of deleted rows stay unused.
        let literal = |name: &str| format!("'{}'", name.replace('\'', "''"));
        out.push(format!(
            "DELETE FROM sqlite_sequence WHERE name = {};",
            literal(table)
        ));
        out.push(format!(
            "INSERT INTO sqlite_sequence (name, seq) SELECT {}, seq FROM sqlite_sequence \
             WHERE name = {};",
            literal(table),
            literal(&format!("{OLD_PREFIX}{table}"))
        ));
    }
    out.push(format!("DROP TABLE {aside};"));
}

/// Review lines: look-alike renames, and a NOT NULL column without a
/// default added to a table that holds rows.
fn review(
    script: &mut Script,
    ta: &BTreeMap<&str, &Object>,
    tb: &BTreeMap<&str, &Object>,
    changes: &BTreeMap<&str, TableChange>,
    facts: &Facts,
) {
    let shape = |o: &Object| -> BTreeSet<(String, String)> {
        parts(o, "column")
            .iter()
            .map(|(n, p)| (n.to_string(), p.get("type").cloned().unwrap_or_default()))
            .collect()
    };
    // Each dropped table offered once, to its likeliest new name.
    let gone: Vec<_> = ta
        .iter()
        .filter(|(n, _)| !tb.contains_key(*n))
        .map(|(n, o)| (*n, shape(o)))
        .collect();
    let added: Vec<_> = tb
        .iter()
        .filter(|(n, _)| !ta.contains_key(*n))
        .map(|(n, o)| (*n, shape(o)))
        .collect();
    let renamed = look_alike_tables(&gone, &added);
    for name in tb.keys() {
        if let Some(was) = renamed.get(name) {
            script.reviews.push(format!(
                "table {was} is dropped and table {name} added with the same columns: if this is \
                 a rename, write ALTER TABLE {} RENAME TO {} instead (as written, the rows of \
                 {was} are lost)",
                ident(was),
                ident(name)
            ));
        }
    }
    for name in changes.keys() {
        let (old, new) = (ta[name], tb[name]);
        let (ca, cb) = (parts(old, "column"), parts(new, "column"));
        let mut used = BTreeSet::new();
        for (was, props) in ca.iter().filter(|(n, _)| !cb.contains_key(*n)) {
            let look_alike = cb.iter().find(|(n, p)| {
                !ca.contains_key(*n) && !used.contains(*n) && p.get("type") == props.get("type")
            });
            if let Some((added, _)) = look_alike {
                used.insert(*added);
                script.reviews.push(format!(
                    "column {name}.{was} is dropped and column {added} added with the same type: \
                     if this is a rename, write ALTER TABLE {} RENAME COLUMN {} TO {} instead (as \
                     written, its values are lost)",
                    ident(name),
                    ident(was),
                    ident(added)
                ));
            }
        }
        if !facts.has_rows(name) {
            continue;
        }
        for (added, props) in cb.iter().filter(|(n, _)| !ca.contains_key(*n)) {
            let not_null = props.get("nullable").is_some_and(|n| n == "no");
            let default = props
                .get("default")
                .is_some_and(|d| !d.eq_ignore_ascii_case("null"));
            let generated = props.get("generated").is_some();
            let key = props.get("primary key position").is_some();
            if not_null && !default && !generated && !key {
                script.reviews.push(format!(
                    "column {name}.{added} is added NOT NULL without a default to a table that \
                     holds rows, which SQLite refuses: give it a default, or add it nullable, \
                     fill it, then make it NOT NULL"
                ));
            }
        }
    }
}

/// Views in an order SQLite accepts: with `dependants_first`, a view
/// before the views it names (to drop); otherwise after them (to create).
fn in_order<'s>(
    set: &BTreeSet<&'s str>,
    views: &BTreeMap<&'s str, &'s Object>,
    dependants_first: bool,
) -> Vec<&'s str> {
    let names_view = |v: &str, w: &str| {
        views
            .get(v)
            .and_then(|o| kept(&o.properties))
            .is_some_and(|sql| v != w && names(sql, w))
    };
    ordered(set, |v, w| names_view(v, w), dependants_first)
}

/// Tables in an order foreign keys like: with `referencing_first`, a
/// table before those it references (to drop); otherwise after them.
fn tables_in_order<'s>(
    set: &BTreeSet<&'s str>,
    tables: &BTreeMap<&'s str, &'s Object>,
    referencing_first: bool,
) -> Vec<&'s str> {
    let references = |t: &str, u: &str| {
        t != u
            && tables.get(t).is_some_and(|o| {
                parts(o, "foreign key")
                    .keys()
                    .any(|k| referenced_table(k).is_some_and(|r| r.eq_ignore_ascii_case(u)))
            })
    };
    ordered(set, references, referencing_first)
}

/// `set` ordered so that, where `depends(x, y)`, `x` comes before `y`
/// when `dependants_first`, after it otherwise; ties (and cycles) by name.
fn ordered<'s>(
    set: &BTreeSet<&'s str>,
    depends: impl Fn(&str, &str) -> bool,
    dependants_first: bool,
) -> Vec<&'s str> {
    let mut left: Vec<&str> = set.iter().copied().collect();
    let mut out = Vec::with_capacity(left.len());
    while !left.is_empty() {
        let ready = |x: &str| {
            left.iter().all(|y| {
                if dependants_first {
                    !depends(y, x)
                } else {
                    !depends(x, y)
                }
            })
        };
        let at = left.iter().position(|x| ready(x)).unwrap_or(0);
        out.push(left.remove(at));
    }
    out
}
