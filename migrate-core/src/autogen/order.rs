//! The revisions of a plan, and the order of statements within each:
//! drops from `a`'s dependencies (dependants first), creates from `b`'s
//! (what they need first), kinds in a fixed order where nothing decides.

use std::collections::{BTreeMap, BTreeSet};

use super::change::{transition, Script, Style};
use super::{Facts, Generated, Plan, Review, Role};
use crate::schema::{Node, Snapshot};

/// The plan from `head` (as it reads after `columns`, renamed first in
/// the main revision and back last in its down) to `desired`.
pub(super) fn write(
    head: &Snapshot,
    desired: &Snapshot,
    facts: &Facts,
    columns: &[super::rename::ColumnRename],
) -> Plan {
    // Enums renamed first in the main revision (and back last in its down):
    // the rest is planned from the head as it reads after the renames.
    let renames = super::rename::enum_renames(head, desired);
    let renamed;
    let head = if renames.is_empty() {
        head
    } else {
        renamed = super::rename::renamed(head, &renames);
        &renamed
    };
    let with_values = with_enum_values(head, desired);
    let (main_end, indexed) = online(head, desired);
    let steps = [
        (Role::EnumValues, head, &with_values, false),
        (Role::Main, &with_values, &main_end, false),
        (Role::ConcurrentIndexes, &main_end, &indexed, true),
        (Role::Validate, &indexed, desired, false),
    ];
    let mut plan = Plan::default();
    for (role, from, to, concurrently) in steps {
        let mut up = transition(
            from,
            to,
            facts,
            Style {
                concurrently,
                reviews: true,
                add_values: true,
            },
        );
        let mut down = transition(
            to,
            from,
            facts,
            Style {
                concurrently,
                reviews: false,
                add_values: false,
            },
        );
        // A down that fails on the rows (a NOT NULL column of a dropped one
        // added back without a default) is decided when the up is written.
        let down_reviews = std::mem::take(&mut down.reviews);
        up.reviews
            .extend(down_reviews.into_iter().map(|r| format!("the down: {r}")));
        if role == Role::Main {
            up.first.splice(0..0, renames.iter().map(|r| r.up()));
            down.late.extend(renames.iter().rev().map(|r| r.down()));
            up.first.splice(0..0, columns.iter().map(|c| c.sql()));
            down.late.extend(columns.iter().rev().map(|c| c.back()));
            up.reviews.extend(columns.iter().map(|c| c.review()));
        }
        if up.is_empty() {
            continue;
        }
        plan.reviews.extend(up.reviews.iter().map(|what| Review {
            role,
            what: what.clone(),
        }));
        let operations = up.count();
        plan.revisions.push(Generated {
            role,
            up: text(&up, from, to, !concurrently),
            down: text(&down, to, from, !concurrently),
            transactional: !concurrently,
            operations,
            lint_allow: Vec::new(),
        });
    }
    plan
}

impl Script {
    fn is_empty(&self) -> bool {
        self.count() == 0 && self.reviews.is_empty()
    }

    fn count(&self) -> usize {
        let listed = |v: &Vec<(Node, Vec<String>)>| v.iter().map(|(_, s)| s.len()).sum::<usize>();
        listed(&self.drops)
            + self.first.len()
            + self.early.len()
            + listed(&self.creates)
            + self.late.len()
    }
}

/// `head` with the values `desired` adds to enums both have (and nothing
/// else): what a first revision of `ALTER TYPE ... ADD VALUE` reaches.
fn with_enum_values(head: &Snapshot, desired: &Snapshot) -> Snapshot {
    let mut out = head.clone();
    for (kind, name, wanted) in desired.objects() {
        let Some(object) = out.get_mut(kind, name) else {
            continue;
        };
        let is_enum = object.properties.get("kind").map(String::as_str) == Some("enum");
        if kind != "type" || !is_enum {
            continue;
        }
        let have: Vec<String> = super::ddl::enum_values(object);
        let want = super::ddl::enum_values(wanted);
        let mut rest = want.iter();
        if !have.iter().all(|v| rest.any(|w| w == v)) || have.len() == want.len() {
            continue; // values removed or moved: rebuilt in the main revision
        }
        object.parts.retain(|(k, _), _| k != "value");
        for (i, value) in want.iter().enumerate() {
            let props = object
                .parts
                .entry(("value".to_owned(), value.clone()))
                .or_default();
            props.insert("position".to_owned(), (i + 1).to_string());
        }
    }
    out
}

/// The schema the main revision reaches (`desired` without the indexes it
/// adds to tables `head` has, and with the foreign keys and checks it adds
/// to them `NOT VALID`), and that schema with those indexes.
fn online(head: &Snapshot, desired: &Snapshot) -> (Snapshot, Snapshot) {
    let mut main_end = desired.clone();
    let mut indexes = Vec::new();
    let needed: BTreeSet<&Node> = desired.dependencies().map(|(_, on)| on).collect();
    for (kind, name, object) in desired.objects() {
        let Some(old) = head.get(kind, name) else {
            continue;
        };
        if kind != "table" {
            continue;
        }
        // A partitioned table takes neither `CREATE INDEX CONCURRENTLY` nor
        // a foreign key `NOT VALID` (PostgreSQL 15).
        let partitioned = object.properties.contains_key("partition key");
        for ((part_kind, part_name), props) in &object.parts {
            let key = (part_kind.clone(), part_name.clone());
            if old.parts.contains_key(&key) || props.contains_key("~inherited") {
                continue;
            }
            let node = Node::part(kind, name, part_kind, part_name);
            let definition = props.get("definition").map(String::as_str).unwrap_or("");
            let renamed = old.parts.iter().any(|((k, n), p)| {
                k == part_kind && !object.parts.contains_key(&(k.clone(), n.clone())) && p == props
            });
            if part_kind == "index" && !needed.contains(&node) && !renamed && !partitioned {
                indexes.push((kind.to_owned(), name.to_owned(), key, props.clone()));
            } else if part_kind == "constraint"
                && (definition.starts_with("FOREIGN KEY") && !partitioned
                    || definition.starts_with("CHECK"))
                && !definition.ends_with("NOT VALID")
                && !renamed
            {
                let parts = &mut main_end.get_mut(kind, name).expect("in desired").parts;
                let props = parts.get_mut(&key).expect("in desired");
                props.insert("definition".to_owned(), format!("{definition} NOT VALID"));
            }
        }
    }
    let indexed = main_end.clone();
    for (kind, name, key, _) in &indexes {
        let table = main_end.get_mut(kind, name).expect("in desired");
        table.parts.remove(key);
        // A replica identity on an index built concurrently waits for it
        // (set in the revision after).
        let index = super::ddl::ident(&key.1);
        if table.properties.get("cluster on") == Some(&index) {
            let was = head
                .get(kind, name)
                .and_then(|t| t.properties.get("cluster on"))
                .cloned();
            match was {
                Some(was) => table.properties.insert("cluster on".to_owned(), was),
                None => table.properties.remove("cluster on"),
            };
        }
        let on_it = format!("USING INDEX {index}");
        if table.properties.get("replica identity") == Some(&on_it) {
            let was = head
                .get(kind, name)
                .and_then(|t| t.properties.get("replica identity"))
                .cloned();
            match was {
                Some(was) => table.properties.insert("replica identity".to_owned(), was),
                None => table.properties.remove("replica identity"),
            };
        }
    }
    (main_end, indexed)
}

/// Where a kind of statement goes when dependencies leave it free.
fn rank(node: &Node, sql: &[String]) -> u8 {
    let kind = node
        .part
        .as_ref()
        .map_or(node.kind.as_str(), |(k, _)| k.as_str());
    match kind {
        "schema" => 0,
        "extension" | "collation" => 1,
        "type" | "text search dictionary" | "text search configuration" => 2,
        "domain" => 3,
        "sequence" => 4,
        "table" => 5,
        "column" => 6,
        "function" | "procedure" | "aggregate" => 7,
        "constraint" => {
            let foreign = sql
                .iter()
                .any(|s| s.contains(" FOREIGN KEY ") || s.contains(" CHECK "));
            if foreign {
                9
            } else {
                8
            }
        }
        "index" => 10,
        "view" => 11,
        "materialized view" => 12,
        "trigger" | "event trigger" => 13,
        "policy" => 14,
        "rule" => 15,
        _ => 16,
    }
}

/// Sorts entries so that for every dependency (dependent, on) in `deps`,
/// `on` comes first (`reverse`: the dependent comes first); ties by rank.
fn sort(entries: Vec<(Node, Vec<String>)>, snapshot: &Snapshot, reverse: bool) -> Vec<String> {
    // A node may have several entries (statements pushed at different
    // stages of the planner): each takes the node's dependencies, and they
    // keep their own order.
    let mut index: BTreeMap<Node, Vec<usize>> = BTreeMap::new();
    for (i, (n, _)) in entries.iter().enumerate() {
        index.entry(n.clone()).or_default().push(i);
    }
    let find = |node: &Node| -> &[usize] {
        index
            .get(node)
            .or_else(|| index.get(&Node::object(&node.kind, &node.name)))
            .map_or(&[], Vec::as_slice)
    };
    let n = entries.len();
    let mut after: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    let edge = |first: usize, then: usize, after: &mut Vec<BTreeSet<usize>>| {
        if first != then {
            after[then].insert(first);
        }
    };
    for same in index.values() {
        for pair in same.windows(2) {
            edge(pair[0], pair[1], &mut after);
        }
    }
    for (i, (node, _)) in entries.iter().enumerate() {
        if node.part.is_some() {
            for &owner in index
                .get(&Node::object(&node.kind, &node.name))
                .map_or(&[][..], Vec::as_slice)
            {
                if reverse {
                    edge(i, owner, &mut after)
                } else {
                    edge(owner, i, &mut after)
                }
            }
        }
    }
    if !reverse {
        // A partition made is attached at once, with all of its parent's
        // columns and no other: the columns the parent gains come first.
        for (i, (node, _)) in entries.iter().enumerate() {
            let parent = (node.part.is_none() && node.kind == "table")
                .then(|| snapshot.get("table", &node.name))
                .flatten()
                .and_then(|t| t.properties.get("~parent"));
            let Some(parent) = parent else { continue };
            for (j, (other, _)) in entries.iter().enumerate() {
                let column = matches!(&other.part, Some((k, _)) if k == "column");
                if column && other.kind == "table" && &other.name == parent {
                    edge(j, i, &mut after);
                }
            }
        }
    }
    for (dependent, on) in snapshot.dependencies() {
        for &d in find(dependent) {
            for &o in find(on) {
                if reverse {
                    edge(d, o, &mut after)
                } else {
                    edge(o, d, &mut after)
                }
            }
        }
    }
    let ranks: Vec<u8> = entries
        .iter()
        .map(|(node, sql)| {
            let r = rank(node, sql);
            if reverse {
                16 - r
            } else {
                r
            }
        })
        .collect();
    let mut waiting: Vec<usize> = after.iter().map(BTreeSet::len).collect();
    let mut followers: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (then, firsts) in after.iter().enumerate() {
        for &first in firsts {
            followers[first].push(then);
        }
    }
    let mut ready: BTreeSet<(u8, usize)> = (0..n)
        .filter(|&i| waiting[i] == 0)
        .map(|i| (ranks[i], i))
        .collect();
    let mut done = vec![false; n];
    let mut out = Vec::new();
    loop {
        let next = match ready.pop_first() {
            Some((_, i)) => i,
            None => match break_cycle(&after, &done, &ranks) {
                Some(i) => i,
                None => break,
            },
        };
        if done[next] {
            continue;
        }
        done[next] = true;
        out.extend(entries[next].1.iter().cloned());
        for &f in &followers[next] {
            waiting[f] = waiting[f].saturating_sub(1);
            if waiting[f] == 0 && !done[f] {
                ready.insert((ranks[f], f));
            }
        }
    }
    out
}

/// When every entry left waits for another: one of a cycle that waits for
/// nothing outside it (the lowest-ranked), so that the entries waiting on
/// the cycle still come after it. Any entry left could be one that waits
/// on the cycle (a table referenced by one of two tables referencing each
/// other, dropped before them).
fn break_cycle(after: &[BTreeSet<usize>], done: &[bool], ranks: &[u8]) -> Option<usize> {
    let left: Vec<usize> = (0..after.len()).filter(|&i| !done[i]).collect();
    // What each entry left waits for, directly or not.
    let waits_for = |from: usize| {
        let (mut seen, mut stack) = (BTreeSet::new(), vec![from]);
        while let Some(i) = stack.pop() {
            for &j in &after[i] {
                if !done[j] && seen.insert(j) {
                    stack.push(j);
                }
            }
        }
        seen
    };
    let waits: BTreeMap<usize, BTreeSet<usize>> = left.iter().map(|&i| (i, waits_for(i))).collect();
    let lowest =
        |candidates: &mut dyn Iterator<Item = usize>| candidates.min_by_key(|&i| (ranks[i], i));
    // In a cycle nothing outside waits for: all it waits for waits for it.
    lowest(
        &mut left
            .iter()
            .copied()
            .filter(|i| waits[i].iter().all(|w| waits[w].contains(i))),
    )
    .or_else(|| lowest(&mut left.iter().copied()))
}

/// The SQL of one direction: review lines, drops, early alters, creates,
/// late alters.
fn text(script: &Script, from: &Snapshot, to: &Snapshot, transactional: bool) -> String {
    let mut lines: Vec<String> = script
        .reviews
        .iter()
        .map(|r| format!("{} {r}", super::REVIEW_PREFIX))
        .collect();
    let creates_functions = script
        .creates
        .iter()
        .any(|(n, _)| n.part.is_none() && matches!(n.kind.as_str(), "function" | "procedure"));
    if creates_functions && transactional {
        // As pg_dump does: a function body may name what is created after it.
        lines.push("SET LOCAL check_function_bodies = off;".to_owned());
    }
    lines.extend(script.first.iter().cloned());
    lines.extend(sort(script.drops.clone(), from, true));
    lines.extend(script.early.iter().cloned());
    lines.extend(sort(script.creates.clone(), to, false));
    lines.extend(script.late.iter().cloned());
    for line in &mut lines {
        *line = super::reparse::keep_array_casts(line);
    }
    if lines.is_empty() {
        return String::new();
    }
    lines.join("\n") + "\n"
}
