//! One transition from schema `a` to schema `b`: which objects and parts are
//! dropped, created, rebuilt (dropped and created again, because they
//! changed in a way no `ALTER` expresses or depend on something that does)
//! or altered in place, and the statements of each.

use std::collections::{BTreeMap, BTreeSet};

use super::ddl::{self, get, inherited};
use super::Facts;
use crate::schema::{Node, Object, Properties, Snapshot};

/// The statements of one transition, by stage: drops (ordered later, from
/// `a`'s dependencies), early alters, creates (ordered later, from `b`'s),
/// late alters (defaults, ownership, validation, comments).
#[derive(Debug, Default)]
pub(super) struct Script {
    /// Before the drops: a sequence let go of the column that owned it (a
    /// dropped column takes the sequences it owns with it).
    pub first: Vec<String>,
    pub drops: Vec<(Node, Vec<String>)>,
    pub early: Vec<String>,
    pub creates: Vec<(Node, Vec<String>)>,
    pub late: Vec<String>,
    pub reviews: Vec<String>,
}

/// How one transition writes statements.
#[derive(Debug, Clone, Copy)]
pub(super) struct Style {
    /// Indexes created and dropped `CONCURRENTLY`.
    pub concurrently: bool,
    /// Whether to write review lines (an up's; a down undoes its up).
    pub reviews: bool,
    /// Enum values added with `ALTER TYPE ... ADD VALUE`. An up adds them
    /// in a revision of their own, committed before anything uses them; a
    /// down brings back values its up dropped and uses them in the same
    /// transaction ("unsafe use of new value"), so there the enum is
    /// rebuilt instead.
    pub add_values: bool,
}

/// Kinds whose objects are planned; others (aggregates) are reported.
pub(super) const PLANNED: &[&str] = &[
    "schema",
    "extension",
    "type",
    "domain",
    "sequence",
    "table",
    "view",
    "materialized view",
    "function",
    "procedure",
    "aggregate",
    "statistics",
    "publication",
    "collation",
    "text search configuration",
    "text search dictionary",
    "event trigger",
];

/// Parts created by a statement of their own (columns of a new table,
/// enum values, composite attributes come with their object).
pub(super) const SEPARATE_PARTS: &[&str] = &["constraint", "index", "trigger", "policy", "rule"];

pub(super) fn transition(a: &Snapshot, b: &Snapshot, facts: &Facts, style: Style) -> Script {
    let mut plan = Planner {
        a,
        b,
        facts,
        style,
        script: Script::default(),
        dropped: BTreeSet::new(),
        rebuilt: BTreeSet::new(),
        altered: BTreeSet::new(),
        default_reset: BTreeSet::new(),
    };
    plan.run();
    if !style.reviews {
        // A down's own decisions are its up's, but for a statement of the
        // down that fails (on rows, or always): kept, for the up to carry.
        plan.script
            .reviews
            .retain(|r| r.contains(super::NOT_NULL_ON_ROWS) || r.contains(super::REFUSED));
    }
    plan.script
}

/// One transition being planned.
pub(super) struct Planner<'s> {
    pub a: &'s Snapshot,
    pub b: &'s Snapshot,
    /// What is known of the data (which tables hold rows).
    pub facts: &'s Facts,
    pub style: Style,
    pub script: Script,
    /// Nodes of `a` only.
    pub dropped: BTreeSet<Node>,
    /// Nodes of `a` dropped and created again from `b`.
    pub rebuilt: BTreeSet<Node>,
    /// Columns whose type changes in place.
    pub altered: BTreeSet<Node>,
    /// Columns whose default is dropped before and set again after (it
    /// calls something rebuilt).
    pub default_reset: BTreeSet<Node>,
}

/// `operator family` -> `operator families`, `cast` -> `casts`.
fn plural(kind: &str) -> String {
    match kind.strip_suffix('y') {
        Some(stem) => format!("{stem}ies"),
        None if kind.ends_with('s') => format!("{kind}es"),
        None => format!("{kind}s"),
    }
}

/// Whether autogenerate writes the objects of `kind` (PostgreSQL); the
/// changes of others are left for review.
#[cfg(feature = "postgres")]
pub(crate) fn writes(kind: &str) -> bool {
    PLANNED.contains(&kind)
}

fn own(props: &Properties) -> BTreeMap<&String, &String> {
    props
        .iter()
        .filter(|(k, _)| !k.starts_with('~') && *k != "comment")
        .collect()
}

fn is_identity_sequence(object: &Object) -> bool {
    object.properties.contains_key("~identity")
}

impl<'s> Planner<'s> {
    fn run(&mut self) {
        let keys: BTreeSet<(&str, &str)> = self
            .a
            .objects()
            .chain(self.b.objects())
            .map(|(k, n, _)| (k, n))
            .collect();
        // First what is dropped or rebuilt, so the closure knows it.
        let mut altered_columns = BTreeSet::new();
        let mut dropped = BTreeSet::new();
        let keys: Vec<(&str, &str)> = keys.into_iter().collect();
        for &(kind, name) in &keys {
            let (old, new) = (self.a.get(kind, name), self.b.get(kind, name));
            if !PLANNED.contains(&kind) {
                if old.map(|o| own(&o.properties)) != new.map(|n| own(&n.properties)) {
                    let how = match (old, new) {
                        (None, _) => "is in the desired schema and not in the head",
                        (_, None) => "is in the head and not in the desired schema",
                        _ => "differs between the head and the desired schema",
                    };
                    self.script.reviews.push(format!(
                        "{kind} {name} {how}, and autogenerate does not write {}: \
                         write the change here and its undoing in the down",
                        plural(kind)
                    ));
                }
                continue;
            }
            if old.is_some_and(is_identity_sequence) || new.is_some_and(is_identity_sequence) {
                continue;
            }
            match (old, new) {
                (Some(_), None) => {
                    dropped.insert(Node::object(kind, name));
                }
                (Some(old), Some(new)) => {
                    if self.needs_rebuild(kind, name, old, new) {
                        self.rebuilt.insert(Node::object(kind, name));
                    } else {
                        self.parts_changed(
                            kind,
                            name,
                            old,
                            new,
                            &mut dropped,
                            &mut altered_columns,
                        );
                    }
                }
                _ => {}
            }
        }
        // An enum rebuilt in place converts its columns like a type change;
        // a domain or composite type over it (which cannot change type in
        // place while a column uses it) is made again over the new enum, and
        // its columns converted too.
        for node in self.rebuilt.clone() {
            if self.is_enum(&node) {
                altered_columns.extend(self.columns_of_type(&node));
                for domain in self.domains_over(&node) {
                    altered_columns.extend(self.columns_of_type(&domain));
                    self.rebuilt.insert(domain);
                }
            }
        }
        self.close(&dropped, &altered_columns);
        // A column dropped and added again (a generated one over something
        // rebuilt) comes back with its new type: nothing converts it.
        altered_columns.retain(|column| !self.rebuilt.contains(column));
        self.dropped = dropped;
        self.altered = altered_columns;
        self.write(&keys);
        self.renames_to_review(&keys);
        self.sequences_to_review(&keys);
    }

    /// Whether an object in both must be dropped and created again.
    fn needs_rebuild(&mut self, kind: &str, name: &str, old: &Object, new: &Object) -> bool {
        let (o, n) = (&old.properties, &new.properties);
        let changed = |key: &str| get(o, key) != get(n, key);
        match kind {
            "view" | "materialized view" | "statistics" => changed("definition"),
            // `CREATE OR REPLACE` keeps a function's parameter names and
            // cannot take its defaults away.
            "function" | "procedure" => changed("result") || changed("~arguments"),
            // No `CREATE OR REPLACE AGGREGATE` keeps what depends on it.
            "aggregate" => changed("result") || changed("~ddl"),
            "publication" => changed("all tables"),
            // No statement alters a collation's provider or locale.
            // A configuration's mappings change in place; its parser cannot.
            "text search configuration" => changed("parser"),
            "text search dictionary" => changed("template"),
            "event trigger" => changed("event") || changed("function") || changed("tags"),
            "collation" => [
                "provider",
                "locale",
                "lc_collate",
                "lc_ctype",
                "rules",
                "deterministic",
            ]
            .iter()
            .any(|key| changed(key)),
            "table" if changed("partition key") => {
                if self.facts.has_rows(name) {
                    self.script.reviews.push(format!(
                        "table {name} changes how it is partitioned, which PostgreSQL cannot alter in place: it is dropped and created again, and its rows are lost; move them by hand"
                    ));
                }
                true
            }
            "type" => match get(n, "kind") {
                Some("enum") => {
                    let (was, will) = (ddl::enum_values(old), ddl::enum_values(new));
                    let lost: Vec<&String> = was.iter().filter(|v| !will.contains(v)).collect();
                    if !lost.is_empty() && self.may_hold_values_of(name) {
                        self.script.reviews.push(format!(
                            "enum {name} loses {}: rows holding them fail the conversion; map them first (or rename the value with ALTER TYPE ... RENAME VALUE)",
                            lost.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
                        ));
                    }
                    !is_subsequence(&was, &will) || !self.style.add_values && was != will
                }
                Some("composite") => !ddl::attributes_alterable(old, new),
                _ => changed("subtype") || changed("kind"),
            },
            "domain" => {
                if changed("base type") {
                    self.script.reviews.push(format!(
                        "domain {name} changes its base type: columns of it must be converted by hand"
                    ));
                }
                false
            }
            _ => false,
        }
    }

    /// The parts of an object in both schemas, compared one by one.
    fn parts_changed(
        &mut self,
        kind: &str,
        name: &str,
        old: &Object,
        new: &Object,
        dropped: &mut BTreeSet<Node>,
        altered: &mut BTreeSet<Node>,
    ) {
        for (key, props) in &old.parts {
            let (part_kind, part_name) = (key.0.as_str(), key.1.as_str());
            let node = Node::part(kind, name, part_kind, part_name);
            if !(part_kind == "column" && kind == "table" || SEPARATE_PARTS.contains(&part_kind))
                || inherited(props)
                || new.parts.get(key).is_some_and(inherited)
            {
                continue;
            }
            match new.parts.get(key) {
                None => {
                    if renamed_to(part_kind, props, old, new).is_none() {
                        dropped.insert(node);
                    }
                }
                Some(new_props) if part_kind == "column" => {
                    if get(props, "generated") != get(new_props, "generated") {
                        self.rebuilt.insert(node);
                    } else if get(props, "type") != get(new_props, "type")
                        || get(props, "collation") != get(new_props, "collation")
                    {
                        altered.insert(node);
                    }
                }
                Some(new_props) => {
                    let (od, nd) = (get(props, "definition"), get(new_props, "definition"));
                    let validated =
                        od.and_then(|d| d.strip_suffix(" NOT VALID")) == nd && nd.is_some();
                    let unvalidated =
                        nd.and_then(|d| d.strip_suffix(" NOT VALID")) == od && od.is_some();
                    // Storage parameters alone: `ALTER INDEX ... SET`.
                    let reparametered = part_kind == "index"
                        && od.zip(nd).is_some_and(|(o, n)| {
                            ddl::alter_index_options(name, part_name, o, n).is_some()
                        });
                    if od != nd && !validated && !unvalidated && !reparametered
                        || get(props, "command") != get(new_props, "command")
                        || own(props) != own(new_props) && part_kind == "policy"
                    {
                        self.rebuilt.insert(node);
                    }
                }
            }
        }
    }

    /// Adds to the rebuilt set whatever depends (in `a`) on what is dropped,
    /// rebuilt or has its column type changed, and still exists in `b`.
    fn close(&mut self, dropped: &BTreeSet<Node>, altered: &BTreeSet<Node>) {
        let mut dependents: BTreeMap<&Node, Vec<&Node>> = BTreeMap::new();
        // What depends on any part of an object, for an object rebuilt or
        // dropped whole (a foreign key of another table on a column of a
        // table rebuilt, a view reading a column of a view made again).
        let mut on_parts: BTreeMap<(&str, &str), Vec<&Node>> = BTreeMap::new();
        for (dependent, on) in self.a.dependencies() {
            dependents.entry(on).or_default().push(dependent);
            if on.part.is_some() && (dependent.kind != on.kind || dependent.name != on.name) {
                on_parts
                    .entry((on.kind.as_str(), on.name.as_str()))
                    .or_default()
                    .push(dependent);
            }
        }
        let mut queue: Vec<(Node, bool)> = dropped.iter().map(|n| (n.clone(), true)).collect();
        queue.extend(self.rebuilt.iter().map(|n| (n.clone(), true)));
        queue.extend(altered.iter().map(|n| (n.clone(), false)));
        // A node seen as altered may be seen again as rebuilt (a generated
        // column of an enum's type calling a function made again): what
        // depends on it whole is then rebuilt too (its indexes).
        let mut seen: BTreeSet<(Node, bool)> = BTreeSet::new();
        while let Some((node, whole)) = queue.pop() {
            if !seen.insert((node.clone(), whole)) || !whole && seen.contains(&(node.clone(), true))
            {
                continue;
            }
            // The object's own parts go with it.
            let owner = Node::object(&node.kind, &node.name);
            let of_parts = match (&node.part, node.kind.as_str()) {
                (None, "table" | "view" | "materialized view") if whole => {
                    on_parts.get(&(node.kind.as_str(), node.name.as_str()))
                }
                _ => None,
            };
            for dependent in dependents
                .get(&node)
                .into_iter()
                .flatten()
                .chain(of_parts.into_iter().flatten())
            {
                if dependent.part.is_some() && node.part.is_none() && **dependent == owner {
                    continue;
                }
                if dependent.kind == node.kind && dependent.name == node.name && node.part.is_none()
                {
                    continue; // a part of the object itself
                }
                if !self.exists_in_b(dependent) || dropped.contains(dependent) {
                    continue;
                }
                let rebuildable = match &dependent.part {
                    // A partition goes with its parent table.
                    None => {
                        matches!(
                            dependent.kind.as_str(),
                            "view"
                                | "materialized view"
                                | "function"
                                | "procedure"
                                | "aggregate"
                                | "statistics"
                        ) || dependent.kind == "table"
                            && node.part.is_none()
                            && self
                                .a
                                .get("table", &dependent.name)
                                .and_then(|t| get(&t.properties, "~parent"))
                                == Some(node.name.as_str())
                    }
                    // A foreign key on a column whose type changes, on
                    // either side, is dropped before and added after: in
                    // between the two sides' types differ.
                    // A generated column over a column dropped or changed
                    // is dropped and added again (its expression is no
                    // default to drop and set).
                    Some((pk, _)) => {
                        matches!(pk.as_str(), "trigger" | "policy" | "rule")
                            || whole && matches!(pk.as_str(), "index" | "constraint")
                            || pk == "constraint" && self.is_foreign_key(dependent)
                            || pk == "column" && self.is_generated(dependent)
                    }
                };
                if rebuildable && self.rebuilt.insert((*dependent).clone()) {
                    queue.push(((*dependent).clone(), true));
                } else if !rebuildable
                    // A column's collation is no default to drop and set.
                    && node.kind != "collation"
                    && dependent.part.as_ref().is_some_and(|(pk, pn)| {
                        let props = self
                            .a
                            .get(&dependent.kind, &dependent.name)
                            .and_then(|t| t.parts.get(&(pk.clone(), pn.clone())));
                        // A partition's column follows its parent's default;
                        // a column without one (of a type rebuilt, a view's)
                        // has nothing to drop and set.
                        pk == "column"
                            && !props.is_some_and(inherited)
                            && props.and_then(ddl::default_sql).is_some()
                    })
                {
                    self.default_reset.insert((*dependent).clone());
                }
            }
        }
    }
}

/// Whether every value of `old` is in `new`, in the same order.
fn is_subsequence(old: &[String], new: &[String]) -> bool {
    let mut rest = new.iter();
    old.iter().all(|v| rest.any(|w| w == v))
}

/// The part of `new` with the same definition as `props` under another name
/// (an index or constraint renamed, or named by the server).
pub(super) fn renamed_to<'o>(
    part_kind: &str,
    props: &Properties,
    old: &Object,
    new: &'o Object,
) -> Option<&'o str> {
    if !matches!(part_kind, "index" | "constraint") {
        return None;
    }
    new.parts
        .iter()
        .find(|((k, n), p)| {
            k == part_kind
                && !old.parts.contains_key(&(k.clone(), n.clone()))
                && !inherited(p)
                && !inherited(props)
                && own(p) == own(props)
        })
        .map(|((_, n), _)| n.as_str())
}

impl Planner<'_> {
    /// Whether a node of `a` still exists in `b`.
    pub(super) fn exists_in_b(&self, node: &Node) -> bool {
        exists(self.b, node)
    }

    /// Whether a part of `a` is a foreign key.
    pub(super) fn is_foreign_key(&self, node: &Node) -> bool {
        self.a_props(node)
            .and_then(|p| get(p, "definition"))
            .is_some_and(|d| d.starts_with("FOREIGN KEY"))
    }

    /// Whether a column of `a` is generated.
    fn is_generated(&self, node: &Node) -> bool {
        self.a_props(node)
            .is_some_and(|p| p.contains_key("generated"))
    }

    /// Whether the object is an enum type.
    pub(super) fn is_enum(&self, node: &Node) -> bool {
        node.part.is_none()
            && self
                .a
                .get(&node.kind, &node.name)
                .is_some_and(|o| get(&o.properties, "kind") == Some("enum"))
    }

    /// Whether rows may hold values of the type `name`: a column of it (or
    /// of a domain or composite type over it) in a table known to hold rows.
    fn may_hold_values_of(&self, name: &str) -> bool {
        let node = Node::object("type", name);
        let in_rows = |of: &Node| {
            self.columns_of_type(of)
                .iter()
                .any(|c| self.facts.has_rows(&c.name))
        };
        in_rows(&node) || self.domains_over(&node).iter().any(in_rows)
    }

    /// The domains and composite types of `a` built on the type `node`
    /// that `b` keeps.
    fn domains_over(&self, node: &Node) -> Vec<Node> {
        let mut over: Vec<Node> = self
            .a
            .dependencies()
            .filter(|(dependent, on)| {
                *on == node
                    && matches!(dependent.kind.as_str(), "domain" | "type")
                    && self.b.get(&dependent.kind, &dependent.name).is_some()
            })
            .map(|(dependent, _)| Node::object(&dependent.kind, &dependent.name))
            .collect();
        over.sort();
        over.dedup();
        over
    }

    /// The table columns of `a` whose type is the type `node` (or its
    /// array), but a partition's (its parent's change reaches them).
    pub(super) fn columns_of_type(&self, node: &Node) -> Vec<Node> {
        self.a
            .dependencies()
            .filter(|(dependent, on)| {
                *on == node
                    && dependent.kind == "table"
                    && dependent.part.as_ref().is_some_and(|(pk, pn)| {
                        pk == "column"
                            && !self
                                .a
                                .get("table", &dependent.name)
                                .and_then(|t| t.parts.get(&(pk.clone(), pn.clone())))
                                .is_some_and(inherited)
                    })
            })
            .map(|(dependent, _)| dependent.clone())
            .collect()
    }
}

/// Whether `node` exists in `snapshot`.
pub(super) fn exists(snapshot: &Snapshot, node: &Node) -> bool {
    let Some(object) = snapshot.get(&node.kind, &node.name) else {
        return false;
    };
    match &node.part {
        None => true,
        Some(part) => object.parts.contains_key(part),
    }
}
