//! Autogenerate's statement writer for MySQL and MariaDB: the revision that
//! turns one [`Snapshot`] read by the MySQL catalog reader into another,
//! with the same [`Plan`], [`Facts`] and review lines as PostgreSQL's.
//!
//! MySQL commits each DDL statement as it runs, so a revision that fails
//! half-way stays half-applied whatever its transaction says. The writer
//! keeps that failure small and easy to finish by hand: one `ALTER TABLE`
//! per table holding all of its column, index and check changes (MySQL
//! applies one statement whole or not at all), and the statements in
//! phases such that each needs only what the phases before it did:
//!
//! 1. foreign keys dropped (those that go, change, or stand on a column or
//!    index that changes), so no later drop trips over them;
//! 2. triggers, views and routines that go or change dropped;
//! 3. tables that go dropped, those that refer to the others first;
//! 4. new tables created, the referenced ones first, with their foreign
//!    keys inline where the table they name is settled;
//! 5. one `ALTER TABLE` for each remaining table that changes;
//! 6. foreign keys added (new, changed, or dropped in phase 1 to let a
//!    column or index change);
//! 7. routines, views (those they read first) and triggers created.
//!
//! `CREATE`s and `DROP`s of whole objects say `IF [NOT] EXISTS`, so a
//! revision stopped part-way can be run again. The one revision is marked
//! `transactional: true`: on MySQL the runner then writes its bookkeeping
//! row as `running` before the first statement and records a failure with
//! the failing statement, which is what a person needs to finish it; the
//! transaction itself protects nothing but data changes, and a generated
//! revision has none. Its down is the plan from the desired schema back to
//! the head, written by the same phases.
//!
//! | module | its one concern |
//! |---|---|
//! | `ddl` | spelling: quoting, a column's definition, indexes, keys, checks, table options, views, triggers, routines |
//! | `table` | one table in both schemas: its `ALTER TABLE` clauses and the foreign keys a change forces to be dropped and added again |
//! | `review` | where a person must decide: look-alike renames, types that narrow, NOT NULL on a table with rows |

mod ddl;
mod review;
mod table;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

use self::ddl::{foreign_keys, get, ident};
use self::table::TableChange;
use super::{Facts, Generated, Plan, Review, Role};
use crate::schema::{Object, Snapshot};

/// The revision that turns `head` into `desired`, both read by the MySQL
/// catalog reader, knowing `facts` about the data; empty when they are the
/// same.
pub fn plan(head: &Snapshot, desired: &Snapshot, facts: &Facts) -> Plan {
    // Parts the server numbered differently (`t_ibfk_1`, `t_ibfk_2`) are
    // no difference, and nothing is written for them alone.
    if head.differences(desired).is_empty() {
        return Plan::default();
    }
    let up = transition(head, desired, facts, true);
    if up.statements.is_empty() && up.reviews.is_empty() {
        return Plan::default();
    }
    let down = transition(desired, head, facts, false);
    let reviews = up
        .reviews
        .iter()
        .map(|what| Review {
            role: Role::Main,
            what: what.clone(),
        })
        .collect();
    Plan {
        revisions: vec![Generated {
            role: Role::Main,
            up: up.text(),
            down: down.text(),
            transactional: true,
            operations: up.statements.len(),
            lint_allow: Vec::new(),
        }],
        reviews,
    }
}

/// The statements of one direction, each with the review lines written
/// above it, and the review lines that belong to no statement.
#[derive(Debug, Default)]
struct Script {
    statements: Vec<(Vec<String>, String)>,
    reviews: Vec<String>,
}

impl Script {
    fn push(&mut self, sql: String) {
        self.statements.push((Vec::new(), sql));
    }

    fn push_reviewed(&mut self, reviews: Vec<String>, sql: String) {
        self.reviews.extend(reviews.iter().cloned());
        self.statements.push((reviews, sql));
    }

    fn text(&self) -> String {
        let mut out = String::new();
        let loose: Vec<&String> = {
            let placed: BTreeSet<&String> =
                self.statements.iter().flat_map(|(r, _)| r.iter()).collect();
            self.reviews
                .iter()
                .filter(|r| !placed.contains(r))
                .collect()
        };
        for review in loose {
            out.push_str(&format!("{} {review}\n", super::REVIEW_PREFIX));
        }
        for (reviews, sql) in &self.statements {
            for review in reviews {
                out.push_str(&format!("{} {review}\n", super::REVIEW_PREFIX));
            }
            out.push_str(sql);
            out.push('\n');
        }
        out
    }
}

/// The schema's objects of one kind, by name.
fn objects<'s>(snapshot: &'s Snapshot, kind: &str) -> BTreeMap<&'s str, &'s Object> {
    snapshot
        .objects()
        .filter(|(k, _, _)| *k == kind)
        .map(|(_, name, object)| (name, object))
        .collect()
}

/// An object's properties that are compared (those not starting with `~`).
fn same_properties(a: &Object, b: &Object) -> bool {
    let compared = |o: &Object| {
        o.properties
            .iter()
            .filter(|(k, _)| !k.starts_with('~'))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect::<Vec<_>>()
    };
    compared(a) == compared(b)
}

fn transition(a: &Snapshot, b: &Snapshot, facts: &Facts, reviews: bool) -> Script {
    let mut script = Script::default();
    let (ta, tb) = (objects(a, "table"), objects(b, "table"));
    let changes: BTreeMap<&str, TableChange> = ta
        .iter()
        .filter_map(|(name, old)| Some((*name, TableChange::new(name, old, tb.get(name)?))))
        .collect();
    let rebuilt = table::rebuilt_keys(&changes, &ta);
    let dropped: Vec<&str> = ta
        .keys()
        .filter(|t| !tb.contains_key(*t))
        .copied()
        .collect();
    let created: Vec<&str> = tb
        .keys()
        .filter(|t| !ta.contains_key(*t))
        .copied()
        .collect();
    let (drop_order, cyclic) = order_by_keys(&dropped, &ta, true);
    let (create_order, _) = order_by_keys(&created, &tb, false);

    if reviews {
        script
            .reviews
            .extend(review::renamed_tables(&dropped, &created, &ta, &tb));
    }
    // 1. Foreign keys dropped.
    for (name, change) in &changes {
        let keys = change.keys_dropped(&rebuilt);
        if !keys.is_empty() {
            script.push(format!(
                "ALTER TABLE {}\n  {};",
                ident(name),
                keys.join(",\n  ")
            ));
        }
    }
    for (name, keys) in &cyclic {
        let drops: Vec<String> = keys
            .iter()
            .map(|k| format!("DROP FOREIGN KEY {}", ident(k)))
            .collect();
        script.push(format!(
            "ALTER TABLE {}\n  {};",
            ident(name),
            drops.join(",\n  ")
        ));
    }
    // 2. Triggers, views and routines that go or change.
    for change in changes.values() {
        for trigger in change.triggers_dropped() {
            script.push(format!("DROP TRIGGER IF EXISTS {};", ident(&trigger)));
        }
    }
    let (va, vb) = (objects(a, "view"), objects(b, "view"));
    for name in view_order(&va).into_iter().rev() {
        if !vb.contains_key(name) {
            script.push(format!("DROP VIEW IF EXISTS {};", ident(name)));
        }
    }
    let routine_kinds = ["function", "procedure"];
    for kind in routine_kinds {
        let (ra, rb) = (objects(a, kind), objects(b, kind));
        for (name, old) in &ra {
            if rb.get(name).is_none_or(|new| !same_properties(old, new)) {
                script.push(format!(
                    "DROP {} IF EXISTS {};",
                    kind.to_uppercase(),
                    ident(name)
                ));
            }
        }
    }
    // 3. Tables that go.
    for name in &drop_order {
        script.push(format!("DROP TABLE IF EXISTS {};", ident(name)));
    }
    // 4. New tables.
    let mut settled: BTreeSet<&str> = changes
        .iter()
        .filter(|(_, c)| !c.indexes_change())
        .map(|(n, _)| *n)
        .collect();
    let mut deferred: Vec<(&str, Vec<String>)> = Vec::new();
    for name in &create_order {
        settled.insert(name);
        let (sql, later) = table::create(name, tb[name], &settled);
        script.push(sql);
        if !later.is_empty() {
            deferred.push((name, later));
        }
    }
    // 5. One ALTER TABLE per table that changes.
    for (name, change) in &changes {
        let clauses = change.clauses(&rebuilt);
        if clauses.is_empty() {
            continue;
        }
        let lines = if reviews {
            review::table(name, change, facts)
        } else {
            Vec::new()
        };
        script.push_reviewed(
            lines,
            format!("ALTER TABLE {}\n  {};", ident(name), clauses.join(",\n  ")),
        );
    }
    // 6. Foreign keys added.
    for (name, change) in &changes {
        let keys = change.keys_added(&rebuilt);
        if !keys.is_empty() {
            script.push(format!(
                "ALTER TABLE {}\n  {};",
                ident(name),
                keys.join(",\n  ")
            ));
        }
    }
    for (name, keys) in deferred {
        let adds: Vec<String> = keys.iter().map(|k| format!("ADD {k}")).collect();
        script.push(format!(
            "ALTER TABLE {}\n  {};",
            ident(name),
            adds.join(",\n  ")
        ));
    }
    // 7. Routines, views and triggers created.
    for kind in routine_kinds {
        let (ra, rb) = (objects(a, kind), objects(b, kind));
        for (name, new) in &rb {
            if ra.get(name).is_none_or(|old| !same_properties(old, new)) {
                script.push(ddl::create_routine(kind, name, &new.properties));
            }
        }
    }
    for name in view_order(&vb) {
        let new = vb[name];
        let old = va.get(name);
        if old.is_none_or(|old| !same_properties(old, new)) {
            let sql = ddl::create_view(name, &new.properties);
            let sql = match old {
                Some(_) => sql.replacen("CREATE ", "CREATE OR REPLACE ", 1),
                None => sql,
            };
            script.push(sql);
        }
    }
    for (name, table) in &tb {
        let old = changes.get(name);
        for ((kind, trigger), props) in &table.parts {
            if kind != "trigger" {
                continue;
            }
            if old.is_none_or(|c| c.trigger_changes(trigger)) {
                script.push(ddl::create_trigger(name, trigger, props));
            }
        }
    }
    if reviews && objects(a, "sequence") != objects(b, "sequence") {
        script.reviews.push(
            "sequences differ, and autogenerate does not write them on MySQL: write the \
             CREATE/DROP SEQUENCE statements by hand"
                .to_owned(),
        );
    }
    script
}

/// `tables` ordered by the foreign keys among them: referenced tables first
/// (`dependants_first` false) or last. Keys that close a circle are set
/// aside, by table, to be dropped first (for drops) or added after.
fn order_by_keys<'s>(
    tables: &[&'s str],
    all: &BTreeMap<&'s str, &'s Object>,
    dependants_first: bool,
) -> (Vec<&'s str>, Vec<(&'s str, Vec<String>)>) {
    let set: BTreeSet<&str> = tables.iter().copied().collect();
    // Each table's references to others of the set.
    let mut refs: BTreeMap<&str, BTreeMap<String, String>> = BTreeMap::new();
    for t in tables {
        let keys = foreign_keys(all[t]);
        let entry = refs.entry(t).or_default();
        for (name, key) in keys {
            if key.target != *t && set.contains(key.target.as_str()) {
                entry.insert(name.to_owned(), key.target.clone());
            }
        }
    }
    let mut order = Vec::new();
    let mut cut: Vec<(&str, Vec<String>)> = Vec::new();
    let mut left: BTreeSet<&str> = set.clone();
    while !left.is_empty() {
        // Creating: a table whose targets are all placed; dropping: one no
        // remaining table refers to.
        let ready = left.iter().copied().find(|t| {
            if dependants_first {
                !left
                    .iter()
                    .any(|o| o != t && refs[o].values().any(|target| target == t))
            } else {
                refs[t]
                    .values()
                    .all(|target| !left.contains(target.as_str()))
            }
        });
        let next = match ready {
            Some(t) => t,
            None => {
                // A circle: cut the first table's keys to the others left.
                let t = *left.iter().next().expect("not empty");
                let keys: Vec<String> = refs[t]
                    .iter()
                    .filter(|(_, target)| left.contains(target.as_str()))
                    .map(|(k, _)| k.clone())
                    .collect();
                refs.get_mut(t).expect("listed").clear();
                cut.push((t, keys));
                if dependants_first {
                    // Its keys gone, it may still be referred to: retry.
                    continue;
                }
                t
            }
        };
        order.push(next);
        left.remove(next);
    }
    (order, cut)
}

/// Views ordered so that each comes after the views its definition names.
fn view_order<'s>(views: &BTreeMap<&'s str, &'s Object>) -> Vec<&'s str> {
    let mut order: Vec<&str> = Vec::new();
    let mut left: Vec<&str> = views.keys().copied().collect();
    while !left.is_empty() {
        let position = left
            .iter()
            .position(|v| {
                let definition = get(&views[v].properties, "definition").unwrap_or("");
                left.iter()
                    .all(|o| o == v || !definition.contains(&ident(o)))
            })
            .unwrap_or(0);
        order.push(left.remove(position));
    }
    order
}
