//! The statements of one planned transition, by stage.

use std::collections::{BTreeMap, BTreeSet};

use super::change::{renamed_to, Planner};
use super::ddl::{self, get, ident, inherited, literal, object_name, qualified, split_name};
use crate::schema::{Node, Object, Properties};

/// The suffix of the name an enum takes while it is rebuilt, and a
/// sequence while another takes its name (`sequence.rs`).
pub(super) const OLD_SUFFIX: &str = "__autogen_old";

impl Planner<'_> {
    pub(super) fn write(&mut self, keys: &[(&str, &str)]) {
        let drops: Vec<Node> = self.dropped.iter().chain(&self.rebuilt).cloned().collect();
        self.keep_sequences_of_rebuilt_tables();
        self.rename_identity_sequences();
        for node in drops {
            self.drop_node(&node);
        }
        self.break_foreign_key_cycles();
        let (mut identities, mut carried) = (Vec::new(), Vec::new());
        for &(kind, name) in keys {
            let (old, new) = (self.a.get(kind, name), self.b.get(kind, name));
            let Some(new) = new else { continue };
            if kind == "sequence" && old.is_some_and(|old| self.identity_to_serial(name, old, new))
            {
                continue;
            }
            if new.properties.contains_key("~identity") {
                let taken_over = old.and_then(|old| self.serial_to_identity(name, old, new));
                let old = if taken_over.is_some() { None } else { old };
                carried.extend(taken_over.into_iter().flatten());
                identities.extend(identity_options(name, old, new));
                continue;
            }
            if !super::change::PLANNED.contains(&kind) {
                continue;
            }
            let node = Node::object(kind, name);
            match old {
                Some(old) if !self.rebuilt.contains(&node) => self.change(kind, name, old, new),
                _ => self.create_object(kind, name, new),
            }
        }
        // After the column that takes the identity, whichever table's.
        self.script.late.extend(self.name_new_identity_sequences());
        self.script.late.extend(identities);
        self.script.late.extend(carried);
        for column in self.altered.clone() {
            self.alter_column_type(&column);
        }
        for column in self.default_reset.clone() {
            let table = qualified(&column.name);
            let col = ident(&column.part.as_ref().expect("a column").1);
            self.script.first.push(format!(
                "ALTER TABLE {table} ALTER COLUMN {col} DROP DEFAULT;"
            ));
            if let Some(default) = self.b_part(&column).and_then(ddl::default_sql) {
                self.script.late.push(format!(
                    "ALTER TABLE {table} ALTER COLUMN {col} SET DEFAULT {default};"
                ));
            }
        }
        self.partition_defaults();
    }

    /// Tables dropped together whose foreign keys reference each other in
    /// a cycle (a question's chosen answer, an answer's question): no
    /// order of `DROP TABLE` alone works, so those keys are dropped first.
    fn break_foreign_key_cycles(&mut self) {
        let gone: BTreeSet<&str> = self
            .dropped
            .iter()
            .chain(&self.rebuilt)
            .filter(|n| n.part.is_none() && n.kind == "table")
            .map(|n| n.name.as_str())
            .collect();
        let mut keys: BTreeSet<(&str, &str, &str)> = BTreeSet::new();
        for (dependent, on) in self.a.dependencies() {
            let Some((_, constraint)) = &dependent.part else {
                continue;
            };
            if dependent.kind == "table"
                && on.kind == "table"
                && dependent.name != on.name
                && gone.contains(dependent.name.as_str())
                && gone.contains(on.name.as_str())
                && self.is_foreign_key(dependent)
            {
                keys.insert((&dependent.name, constraint, &on.name));
            }
        }
        let mut references: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for &(table, _, target) in &keys {
            references.entry(table).or_default().insert(target);
        }
        let reaches = |from: &str, to: &str| {
            let (mut seen, mut stack) = (BTreeSet::new(), vec![from]);
            while let Some(table) = stack.pop() {
                if table == to {
                    return true;
                }
                if seen.insert(table) {
                    stack.extend(references.get(table).into_iter().flatten());
                }
            }
            false
        };
        let mut sql = Vec::new();
        for &(table, constraint, target) in &keys {
            if reaches(target, table) {
                sql.push(format!(
                    "ALTER TABLE {} DROP CONSTRAINT {};",
                    qualified(table),
                    ident(constraint)
                ));
            }
        }
        self.script.first.extend(sql);
    }

    /// An identity column keeps its sequence when its table is renamed, so
    /// a desired schema may name it otherwise: renamed, by the column that
    /// owns it.
    fn rename_identity_sequences(&mut self) {
        let identity = |s: &Object| s.properties.contains_key("~identity");
        for (kind, name, old) in self.a.objects() {
            if kind != "sequence" || !identity(old) || self.b.get(kind, name).is_some() {
                continue;
            }
            let owner = get(&old.properties, "owned by");
            let renamed = self.b.objects().find(|(k, n, new)| {
                *k == "sequence"
                    && identity(new)
                    && self.a.get(k, n).is_none()
                    && owner.is_some()
                    && get(&new.properties, "owned by") == owner
            });
            let Some((_, new_name, _)) = renamed else {
                continue;
            };
            if split_name(name).0 != split_name(new_name).0 {
                continue;
            }
            let bare = split_name(new_name).1;
            self.script.early.push(format!(
                "ALTER SEQUENCE {} RENAME TO {};",
                qualified(name),
                ident(bare)
            ));
        }
    }

    /// A column made identity (its table created, the column added or
    /// made identity) takes a new sequence named as PostgreSQL chooses:
    /// `table_column_seq`, or numbered when a relation holds that name. A
    /// desired schema may hold another name where the plain one is free:
    /// one its history made while a sequence since dropped held the name,
    /// one kept from a name the table had before. Renamed to it once made.
    fn name_new_identity_sequences(&self) -> Vec<String> {
        let mut sql = Vec::new();
        for (kind, name, new) in self.b.objects() {
            if kind != "sequence" || !new.properties.contains_key("~identity") {
                continue;
            }
            let Some((table, column)) =
                get(&new.properties, "owned by").and_then(|by| by.rsplit_once('.'))
            else {
                continue;
            };
            let table = unquoted(table);
            let table = table.as_str();
            if !self.takes_new_identity(table, column) {
                continue;
            }
            let (schema, bare_table) = split_name(table);
            let chosen = identity_sequence_name(bare_table, column);
            let bare = split_name(name).1;
            let chosen = match schema {
                Some(schema) => format!("{schema}.{chosen}"),
                None => chosen,
            };
            if chosen == name || self.relation_named(&chosen) {
                continue;
            }
            sql.push(format!(
                "ALTER SEQUENCE {} RENAME TO {};",
                qualified(&chosen),
                ident(bare)
            ));
        }
        sql
    }

    /// Whether the plan makes this column an identity afresh: its table
    /// new or made again, the column new, made again, or not an identity
    /// at the head.
    fn takes_new_identity(&self, table: &str, column: &str) -> bool {
        let rebuilt = |node: &Node| self.rebuilt.contains(node) || self.dropped.contains(node);
        let Some(old) = self.a.get("table", table) else {
            return true;
        };
        let key = ("column".to_owned(), column.to_owned());
        rebuilt(&Node::object("table", table))
            || rebuilt(&Node::part("table", table, "column", column))
            || old
                .parts
                .get(&key)
                .is_none_or(|props| get(props, "identity").is_none())
    }

    /// Whether a trigger of table `name` is BEFORE with a WHEN condition
    /// that reads the whole new row (`new.*`) while the table, as `b`
    /// holds it, has a generated column: PostgreSQL refuses to make it.
    fn reads_new_row_beside_generated(&self, name: &str, definition: &str) -> bool {
        let lower = definition.to_ascii_lowercase();
        let when = lower.find(" when (").map(|at| &lower[at..]);
        let before = lower.contains(" before ");
        let generated = self.b.get("table", name).is_some_and(|t| {
            t.parts
                .iter()
                .any(|((kind, _), props)| kind == "column" && props.contains_key("generated"))
        });
        before && generated && when.is_some_and(|w| w.contains("new.*"))
    }

    /// Whether the desired schema has a relation (table, view, sequence,
    /// index) of this schema-qualified name.
    fn relation_named(&self, name: &str) -> bool {
        const RELATIONS: [&str; 4] = ["table", "view", "materialized view", "sequence"];
        if RELATIONS.iter().any(|k| self.b.get(k, name).is_some()) {
            return true;
        }
        let (schema, bare) = split_name(name);
        self.b.objects().any(|(kind, table, object)| {
            RELATIONS[..2].contains(&kind)
                && split_name(table).0 == schema
                && object.parts.keys().any(|(k, n)| k == "index" && n == bare)
        })
    }

    /// A table dropped and created again would take the sequences its
    /// columns own with it: they are let go of first, and owned again
    /// once the table is back.
    fn keep_sequences_of_rebuilt_tables(&mut self) {
        let tables: Vec<String> = self
            .rebuilt
            .iter()
            .filter(|n| n.kind == "table" && n.part.is_none())
            .map(|n| qualified(&n.name))
            .collect();
        for (kind, name, sequence) in self.a.objects() {
            let owner = get(&sequence.properties, "owned by")
                .and_then(|by| by.rsplit_once('.'))
                .map(|(table, _)| table);
            let Some(owner) = owner else { continue };
            if kind != "sequence" || !tables.iter().any(|t| t == owner) {
                continue;
            }
            if sequence.properties.contains_key("~identity") {
                continue;
            }
            self.script
                .first
                .push(format!("ALTER SEQUENCE {} OWNED BY NONE;", qualified(name)));
            let wanted = self
                .b
                .get(kind, name)
                .and_then(|s| get(&s.properties, "owned by"));
            if let Some(by) = wanted {
                self.script.late.push(format!(
                    "ALTER SEQUENCE {} OWNED BY {};",
                    qualified(name),
                    ddl::owned_by(by)
                ));
            }
        }
    }

    fn b_part(&self, node: &Node) -> Option<&Properties> {
        let (pk, pn) = node.part.as_ref()?;
        self.b
            .get(&node.kind, &node.name)?
            .parts
            .get(&(pk.clone(), pn.clone()))
    }

    /// Whether a partition goes away with its parent table.
    fn parent_dropped(&self, node: &Node) -> bool {
        let parent = self
            .a
            .get(&node.kind, &node.name)
            .and_then(|t| get(&t.properties, "~parent"));
        node.part.is_none()
            && node.kind == "table"
            && parent.is_some_and(|p| {
                let parent = Node::object("table", p);
                self.dropped.contains(&parent) || self.rebuilt.contains(&parent)
            })
    }

    /// Whether the object a part belongs to goes away (with its parts).
    fn owner_dropped(&self, node: &Node) -> bool {
        let owner = Node::object(&node.kind, &node.name);
        node.part.is_some()
            && (self.dropped.contains(&owner)
                || self.rebuilt.contains(&owner) && !self.is_enum(&owner))
    }

    fn drop_node(&mut self, node: &Node) {
        if self.owner_dropped(node) || self.parent_dropped(node) {
            return;
        }
        let (kind, name) = (node.kind.as_str(), node.name.as_str());
        let sql = match &node.part {
            // An enum (or a domain or composite type over one) rebuilt:
            // renamed away while its columns are converted, dropped after.
            None if self.rebuilt.contains(node) && self.renamed_while_converted(node) => {
                let keyword = if kind == "domain" { "DOMAIN" } else { "TYPE" };
                let bare = split_name(name).1;
                self.script.early.push(format!(
                    "ALTER {keyword} {} RENAME TO {};",
                    qualified(name),
                    ident(&format!("{bare}{OLD_SUFFIX}"))
                ));
                let old = match name.split_once('.') {
                    Some((schema, _)) => format!(
                        "{}.{}",
                        ident(schema),
                        ident(&format!("{bare}{OLD_SUFFIX}"))
                    ),
                    None => ident(&format!("{bare}{OLD_SUFFIX}")),
                };
                self.script.late.push(format!("DROP {keyword} {old};"));
                return;
            }
            None => {
                let object = self.a.get(kind, name);
                if object.is_some_and(|o| o.properties.contains_key("~identity")) {
                    return;
                }
                let exists = if kind == "sequence" { "IF EXISTS " } else { "" };
                format!(
                    "DROP {} {exists}{};",
                    ddl::keyword(kind).to_uppercase(),
                    object_name(kind, name)
                )
            }
            Some((part_kind, part_name)) => match part_kind.as_str() {
                "column" => format!(
                    "ALTER TABLE {} DROP COLUMN {};",
                    qualified(name),
                    ident(part_name)
                ),
                "constraint" if kind == "domain" => {
                    format!(
                        "ALTER DOMAIN {} DROP CONSTRAINT {};",
                        qualified(name),
                        ident(part_name)
                    )
                }
                "constraint" => format!(
                    "ALTER TABLE {} DROP CONSTRAINT {};",
                    qualified(name),
                    ident(part_name)
                ),
                "index" if self.style.concurrently => {
                    format!(
                        "DROP INDEX CONCURRENTLY IF EXISTS {};",
                        ddl::index_name(name, part_name)
                    )
                }
                "index" => format!("DROP INDEX {};", ddl::index_name(name, part_name)),
                "trigger" | "policy" | "rule" => format!(
                    "DROP {} {} ON {};",
                    part_kind.to_uppercase(),
                    ident(part_name),
                    qualified(name)
                ),
                _ => return,
            },
        };
        if self.used_by_altered_column(node) {
            // A column still of this type (or of a type of this extension)
            // changes away from it among the creates (to a type made
            // there, perhaps): the type goes after.
            self.script.late.push(sql);
            return;
        }
        self.script.drops.push((node.clone(), vec![sql]));
    }

    /// Whether a type rebuilt is renamed away while its columns convert to
    /// the new one: an enum, or a domain or composite type made again over
    /// one (its columns are among those altered).
    fn renamed_while_converted(&self, node: &Node) -> bool {
        self.is_enum(node)
            || matches!(node.kind.as_str(), "domain" | "type")
                && self
                    .columns_of_type(node)
                    .iter()
                    .any(|column| self.altered.contains(column))
    }

    /// Whether a type, domain, extension or collation dropped is, in `a`,
    /// the type (or makes the type, or the collation) of a column whose
    /// type is altered in place rather than dropped with it.
    fn used_by_altered_column(&self, node: &Node) -> bool {
        node.part.is_none()
            && matches!(
                node.kind.as_str(),
                "type" | "domain" | "extension" | "collation"
            )
            && self
                .columns_of_type(node)
                .iter()
                .any(|column| self.altered.contains(column))
    }

    /// Creates an object (new, or rebuilt) with its parts and comments.
    fn create_object(&mut self, kind: &str, name: &str, object: &Object) {
        let props = &object.properties;
        let mut sql = Vec::new();
        match kind {
            "schema" => sql.push(format!("CREATE SCHEMA {};", ident(name))),
            "extension" => sql.push(format!(
                "CREATE EXTENSION IF NOT EXISTS {} WITH SCHEMA {};",
                ident(name),
                ident(get(props, "schema").unwrap_or("public"))
            )),
            "table" => {
                sql.push(ddl::create_table(name, object));
                sql.extend(ddl::attach_partition(name, object));
            }
            "view" | "materialized view" => sql.push(format!(
                "CREATE {} {} AS\n{};",
                kind.to_uppercase(),
                qualified(name),
                get(props, "definition")
                    .unwrap_or("")
                    .trim_end()
                    .trim_end_matches(';')
            )),
            "sequence" => sql.push(ddl::create_sequence(name, props)),
            "type" | "domain" => match ddl::create_type(kind, name, object) {
                Some(create) => sql.push(create),
                None => self.script.reviews.push(format!(
                    "{kind} {name} cannot be written by autogenerate: write it by hand"
                )),
            },
            "function" | "procedure" => {
                if let Some(ddl) = get(props, "~ddl") {
                    sql.push(format!("{};", ddl.trim_end().trim_end_matches(';')));
                }
            }
            "publication" => {
                sql.push(ddl::create_publication(name, props));
                let tables = ddl::publication_tables(props);
                // After the creates: the tables and schemas may be new.
                if !tables.is_empty() {
                    self.script.late.push(format!(
                        "ALTER PUBLICATION {} ADD TABLE {};",
                        ident(name),
                        tables.join(", ")
                    ));
                }
                let schemas = ddl::publication_schemas(props);
                if !schemas.is_empty() {
                    self.script.late.push(format!(
                        "ALTER PUBLICATION {} ADD TABLES IN SCHEMA {};",
                        ident(name),
                        schemas.join(", ")
                    ));
                }
            }
            "aggregate" => match get(props, "~ddl") {
                Some(ddl) => sql.push(format!("{ddl};")),
                None => self.script.reviews.push(format!(
                    "aggregate {name} (ordered-set, moving or with a sort operator) cannot be written by autogenerate: write it by hand"
                )),
            },
            "statistics" => {
                if let Some(def) = get(props, "definition") {
                    sql.push(format!("{def};"));
                }
            }
            "text search configuration" => sql.extend(ddl::create_ts_config(name, object)),
            "text search dictionary" => sql.push(ddl::create_ts_dictionary(name, props)),
            "event trigger" => sql.extend(ddl::create_event_trigger(name, props)),
            "collation" => match ddl::create_collation(name, props) {
                Some(create) => sql.push(create),
                None => self.script.reviews.push(format!(
                    "collation {name} uses the database's default provider, which CREATE COLLATION cannot name: write it by hand"
                )),
            },
            _ => {}
        }
        self.script.creates.push((Node::object(kind, name), sql));
        self.object_late(kind, name, None, object);
        for ((part_kind, part_name), part) in &object.parts {
            let partition = object.properties.contains_key("~parent")
                || object.properties.contains_key("inherits");
            if partition && inherited(part) && part_kind != "column" {
                continue; // attached or cloned with the partition, or inherited
            }
            if super::change::SEPARATE_PARTS.contains(&part_kind.as_str())
                || kind == "domain" && part_kind == "constraint"
            {
                self.create_part(kind, name, part_kind, part_name, part, true);
            } else if part_kind == "column" {
                if kind == "table" {
                    self.column_settings(name, part_name, None, part);
                }
                if let Some(text) = get(part, "comment") {
                    self.script.late.push(ddl::comment(
                        kind,
                        name,
                        Some(("column", part_name)),
                        Some(text),
                    ));
                }
            }
        }
    }

    /// Late statements of a created object: its comment, ownership, row
    /// level security.
    fn object_late(&mut self, kind: &str, name: &str, old: Option<&Object>, new: &Object) {
        let (o, n) = (old.map(|o| &o.properties), &new.properties);
        let changed = |key: &str| o.and_then(|o| get(o, key)) != get(n, key);
        if changed("comment") {
            self.script
                .late
                .push(ddl::comment(kind, name, None, get(n, "comment")));
        }
        if kind == "sequence" && changed("owned by") && o.and_then(|o| get(o, "owned by")).is_some()
        {
            self.script
                .first
                .push(format!("ALTER SEQUENCE {} OWNED BY NONE;", qualified(name)));
        }
        if kind == "sequence" && changed("owned by") && get(n, "owned by").is_some() {
            let by = get(n, "owned by").map_or("NONE".to_owned(), ddl::owned_by);
            // Set after the creates: the owning column may be new.
            self.script
                .late
                .push(format!("ALTER SEQUENCE {} OWNED BY {by};", qualified(name)));
        }
        // A view's options too: `security_barrier`, `security_invoker`,
        // `check_option` (its `WITH ... CHECK OPTION`).
        if matches!(kind, "table" | "materialized view" | "view") {
            let options = ddl::alter_options(kind, name, o, n);
            self.script.late.extend(options);
        }
        if kind == "table" && changed("row level security") {
            let how = if get(n, "row level security").is_some() {
                "ENABLE"
            } else {
                "DISABLE"
            };
            self.script.late.push(format!(
                "ALTER TABLE {} {how} ROW LEVEL SECURITY;",
                qualified(name)
            ));
        }
        if kind == "table" {
            self.table_settings(name, o, n);
        }
    }

    /// What pg_dump writes as `ALTER TABLE` after a table's definition:
    /// RLS forced on its owner, `UNLOGGED` (set on a table just made, as
    /// on one that exists), the replica identity (after the creates: it
    /// may name an index made with them).
    fn table_settings(&mut self, name: &str, o: Option<&Properties>, n: &Properties) {
        let changed = |key: &str| o.and_then(|o| get(o, key)) != get(n, key);
        let table = qualified(name);
        if changed("unlogged") {
            let how = if get(n, "unlogged").is_some() {
                "UNLOGGED"
            } else {
                "LOGGED"
            };
            self.script
                .late
                .push(format!("ALTER TABLE {table} SET {how};"));
        }
        if changed("forced row level security") {
            let how = if get(n, "forced row level security").is_some() {
                "FORCE"
            } else {
                "NO FORCE"
            };
            self.script
                .late
                .push(format!("ALTER TABLE {table} {how} ROW LEVEL SECURITY;"));
        }
        if changed("replica identity") {
            let how = get(n, "replica identity").unwrap_or("DEFAULT");
            self.script
                .late
                .push(format!("ALTER TABLE {table} REPLICA IDENTITY {how};"));
        }
        // The index a table is clustered on; an index made again loses
        // the mark.
        let clustered = get(n, "cluster on");
        let remade = clustered.is_some_and(|index| {
            self.rebuilt.iter().any(|node| {
                node.kind == "table"
                    && node.name == name
                    && node
                        .part
                        .as_ref()
                        .is_some_and(|(k, p)| k == "index" && ident(p) == index)
            })
        });
        if changed("cluster on") || remade {
            let how = clustered.map_or("SET WITHOUT CLUSTER".to_owned(), |i| {
                format!("CLUSTER ON {i}")
            });
            self.script.late.push(format!("ALTER TABLE {table} {how};"));
        }
    }

    /// Creates one part of an object (constraint, index, trigger, policy,
    /// rule, domain constraint; a column of an existing table).
    fn create_part(
        &mut self,
        kind: &str,
        name: &str,
        part_kind: &str,
        part_name: &str,
        props: &Properties,
        with_comment: bool,
    ) {
        let node = Node::part(kind, name, part_kind, part_name);
        let definition = get(props, "definition").unwrap_or("");
        let sql = match part_kind {
            "column" => {
                // Only where rows are known: on an empty table the plain
                // statement works, and PostgreSQL refuses it (in the
                // revision's transaction) should rows appear meanwhile.
                let table_has_rows = self.a.get(kind, name).is_some() && self.facts.has_rows(name);
                let added = format!(
                    "ALTER TABLE {} ADD COLUMN {};",
                    qualified(name),
                    ddl::column(part_name, props)
                );
                if !(table_has_rows
                    && get(props, "nullable") == Some("no")
                    && get(props, "default").is_none()
                    && get(props, "identity").is_none()
                    && get(props, "generated").is_none())
                {
                    added
                } else if let Some(value) = ddl::placeholder(get(props, "type").unwrap_or("")) {
                    // What a person would write: the rows take a value
                    // while the column is added, and the default goes.
                    self.script.reviews.push(format!(
                        "column {name}.{part_name} is added {} {name}, which holds rows: they get the placeholder {value}; write the value they should hold (or backfill first)",
                        super::NOT_NULL_ON_ROWS
                    ));
                    format!(
                        "{} DEFAULT {value};\nALTER TABLE {} ALTER COLUMN {} DROP DEFAULT;",
                        added.trim_end_matches(';'),
                        qualified(name),
                        ident(part_name)
                    )
                } else {
                    self.script.reviews.push(format!(
                        "column {name}.{part_name} is added {} {name}, which holds rows, so it fails; add a default or backfill before SET NOT NULL",
                        super::NOT_NULL_ON_ROWS
                    ));
                    added
                }
            }
            "constraint" if kind == "domain" => format!(
                "ALTER DOMAIN {} ADD CONSTRAINT {} {definition};",
                qualified(name),
                ident(part_name)
            ),
            "constraint" => {
                let mut sql = self.on_partitions_first(name, part_kind, part_name);
                sql.push(format!(
                    "ALTER TABLE {} ADD CONSTRAINT {} {};",
                    qualified(name),
                    ident(part_name),
                    ddl::constraint_sql(props)
                ));
                sql.join("\n")
            }
            "index" => {
                let mut sql = self.on_partitions_first(name, part_kind, part_name);
                sql.push(ddl::create_index(
                    name,
                    part_name,
                    props,
                    self.style.concurrently,
                ));
                self.script.creates.push((node.clone(), sql));
                if with_comment {
                    if let Some(text) = get(props, "comment") {
                        self.script.late.push(ddl::comment(
                            kind,
                            name,
                            Some((part_kind, part_name)),
                            Some(text),
                        ));
                    }
                }
                return;
            }
            "trigger" => {
                if self.reads_new_row_beside_generated(name, definition) {
                    self.script.reviews.push(format!(
                        "trigger {part_name} on {name} is made with a BEFORE WHEN condition that reads the whole new row of a table with a generated column, {} (the trigger was made before the column): write this by hand",
                        super::REFUSED
                    ));
                }
                format!("{};", definition.trim_end_matches(';'))
            }
            "rule" => format!("{};", definition.trim_end_matches(';')),
            "policy" => ddl::create_policy(name, part_name, props),
            _ => return,
        };
        self.script.creates.push((node, vec![sql]));
        if with_comment {
            if let Some(text) = get(props, "comment") {
                self.script.late.push(ddl::comment(
                    kind,
                    name,
                    Some((part_kind, part_name)),
                    Some(text),
                ));
            }
        }
        if part_kind == "trigger" {
            self.trigger_state(name, part_name, None, props);
        }
    }

    /// For a key or index added to a partitioned table: the partitions'
    /// own copies under the names the desired schema gives them, made
    /// first so that the parent's statement attaches them rather than
    /// making copies under names of the server's choosing. Foreign keys
    /// and checks keep the parent's name on every partition.
    fn on_partitions_first(&self, table: &str, part_kind: &str, part_name: &str) -> Vec<String> {
        let mut sql = Vec::new();
        for (kind, name, partition) in self.b.objects() {
            if kind != "table" || get(&partition.properties, "~parent") != Some(table) {
                continue;
            }
            let Some(before) = self.a.get(kind, name) else {
                continue; // a new partition is attached with its copies
            };
            if self.rebuilt.contains(&Node::object(kind, name)) {
                continue;
            }
            for ((pk, pn), props) in &partition.parts {
                if pk != part_kind || get(props, "~inherited") != Some(part_name) {
                    continue;
                }
                let was = before.parts.get(&(pk.clone(), pn.clone()));
                if was.is_some_and(|w| get(w, "~inherited") != Some(part_name)) {
                    continue; // there already, attached as it is
                }
                let definition = get(props, "definition").unwrap_or("");
                match pk.as_str() {
                    "index" => sql.push(ddl::create_index(name, pn, props, false)),
                    "constraint"
                        if !definition.starts_with("FOREIGN KEY")
                            && !definition.starts_with("CHECK") =>
                    {
                        sql.push(format!(
                            "ALTER TABLE {} ADD CONSTRAINT {} {};",
                            qualified(name),
                            ident(pn),
                            ddl::constraint_sql(props)
                        ));
                    }
                    _ => {}
                }
            }
        }
        sql
    }

    fn trigger_state(
        &mut self,
        table: &str,
        trigger: &str,
        old: Option<&Properties>,
        new: &Properties,
    ) {
        let before = old.and_then(|o| get(o, "enabled"));
        let after = get(new, "enabled");
        if before != after {
            let how = match after {
                Some("disabled") => "DISABLE TRIGGER".to_owned(),
                Some("replica") => "ENABLE REPLICA TRIGGER".to_owned(),
                Some("always") => "ENABLE ALWAYS TRIGGER".to_owned(),
                _ => "ENABLE TRIGGER".to_owned(),
            };
            self.script.late.push(format!(
                "ALTER TABLE {} {how} {};",
                qualified(table),
                ident(trigger)
            ));
        }
    }

    /// An object in both schemas, not rebuilt: its own properties and its
    /// parts.
    fn change(&mut self, kind: &str, name: &str, old: &Object, new: &Object) {
        let (o, n) = (&old.properties, &new.properties);
        let changed = |key: &str| get(o, key) != get(n, key);
        match kind {
            "function" | "procedure" if changed("definition") => {
                if let Some(ddl) = get(n, "~ddl") {
                    let sql = format!("{};", ddl.trim_end().trim_end_matches(';'));
                    self.script
                        .creates
                        .push((Node::object(kind, name), vec![sql]));
                }
            }
            "sequence" => {
                let keys = [
                    "type",
                    "increment",
                    "minimum",
                    "maximum",
                    "start",
                    "cache",
                    "cycle",
                ];
                if keys.iter().any(|k| changed(k)) {
                    self.script.early.push(format!(
                        "ALTER SEQUENCE {}{};",
                        qualified(name),
                        ddl::sequence_options(n)
                    ));
                }
            }
            "extension" => {
                if changed("schema") {
                    self.script.early.push(format!(
                        "ALTER EXTENSION {} SET SCHEMA {};",
                        ident(name),
                        ident(get(n, "schema").unwrap_or("public"))
                    ));
                }
                if changed("version") {
                    if let Some(version) = get(n, "version") {
                        self.script.early.push(format!(
                            "ALTER EXTENSION {} UPDATE TO {};",
                            ident(name),
                            literal(version)
                        ));
                    }
                }
            }
            "domain" => {
                if changed("default") {
                    let to = get(n, "default")
                        .map_or("DROP DEFAULT".to_owned(), |d| format!("SET DEFAULT {d}"));
                    self.script
                        .late
                        .push(format!("ALTER DOMAIN {} {to};", qualified(name)));
                }
                if changed("nullable") {
                    let to = if get(n, "nullable") == Some("no") {
                        "SET NOT NULL"
                    } else {
                        "DROP NOT NULL"
                    };
                    self.script
                        .late
                        .push(format!("ALTER DOMAIN {} {to};", qualified(name)));
                }
            }
            "publication" => self.change_publication(name, o, n),
            "text search configuration" => {
                let sql = ddl::alter_ts_mappings(name, old, new);
                self.script.late.extend(sql);
            }
            "text search dictionary" => {
                self.script
                    .early
                    .extend(ddl::alter_ts_dictionary(name, o, n));
            }
            "event trigger" if changed("state") => {
                self.script.late.push(ddl::event_trigger_enabled(name, n));
            }
            "type" if get(n, "kind") == Some("enum") => self.add_enum_values(name, old, new),
            "type" if get(n, "kind") == Some("composite") => {
                let sql = ddl::alter_attributes(name, old, new);
                if !sql.is_empty() {
                    self.script.creates.push((Node::object(kind, name), sql));
                }
            }
            "table" if changed("~parent") || changed("~bound") => {
                // Detached before anything is dropped (a parent dropped
                // takes its partitions), attached once everything is made.
                if let Some(parent) = get(o, "~parent") {
                    self.script.first.push(format!(
                        "ALTER TABLE {} DETACH PARTITION {};",
                        qualified(parent),
                        qualified(name)
                    ));
                }
                if let (Some(parent), Some(bound)) = (get(n, "~parent"), get(n, "~bound")) {
                    self.script.late.push(format!(
                        "ALTER TABLE {} ATTACH PARTITION {} {bound};",
                        qualified(parent),
                        qualified(name)
                    ));
                }
            }
            "table" if changed("inherits") => {
                // Parents let go of before anything is dropped (a parent
                // dropped must have no children), taken once all is made.
                let parents = |p: &Properties| -> Vec<String> {
                    get(p, "inherits")
                        .map(|l| l.split(", ").map(str::to_owned).collect())
                        .unwrap_or_default()
                };
                let (was, now) = (parents(o), parents(n));
                for parent in was.iter().filter(|p| !now.contains(p)) {
                    self.script.first.push(format!(
                        "ALTER TABLE {} NO INHERIT {parent};",
                        qualified(name)
                    ));
                }
                for parent in now.iter().filter(|p| !was.contains(p)) {
                    self.script
                        .late
                        .push(format!("ALTER TABLE {} INHERIT {parent};", qualified(name)));
                }
            }
            _ => {}
        }
        self.object_late(kind, name, Some(old), new);
        self.parts(kind, name, old, new);
    }

    /// A publication's options, tables and schemas: a table (or schema) it
    /// stops publishing, or publishes with another column list or row
    /// filter, is let go of before anything is dropped (unless it goes
    /// itself: that lets go of it), and added (again) after the creates.
    fn change_publication(&mut self, name: &str, o: &Properties, n: &Properties) {
        let publication = ident(name);
        if get(o, "publish") != get(n, "publish")
            || get(o, "via partition root") != get(n, "via partition root")
        {
            self.script.late.push(format!(
                "ALTER PUBLICATION {publication} SET ({});",
                ddl::publication_options(n)
            ));
        }
        let (was, now) = (ddl::publication_tables(o), ddl::publication_tables(n));
        let table_of = |entry: &str| {
            let listed = ddl::publication_table(entry);
            self.a
                .objects()
                .find(|(k, t, _)| *k == "table" && qualified(t) == listed)
                .map(|(_, t, _)| Node::object("table", t))
        };
        let let_go: Vec<&str> = was
            .iter()
            .filter(|t| !now.contains(t))
            .filter(|t| table_of(t).is_some_and(|node| self.exists_in_b(&node)))
            .map(|t| ddl::publication_table(t))
            .collect();
        if !let_go.is_empty() {
            self.script.early.push(format!(
                "ALTER PUBLICATION {publication} DROP TABLE {};",
                let_go.join(", ")
            ));
        }
        let added: Vec<&String> = now
            .iter()
            .filter(|t| {
                !was.contains(t) || table_of(t).is_some_and(|node| self.rebuilt.contains(&node))
            })
            .collect();
        if !added.is_empty() {
            let list: Vec<&str> = added.iter().map(|t| t.as_str()).collect();
            self.script.late.push(format!(
                "ALTER PUBLICATION {publication} ADD TABLE {};",
                list.join(", ")
            ));
        }
        let (was, now) = (ddl::publication_schemas(o), ddl::publication_schemas(n));
        let let_go: Vec<&str> = was.iter().copied().filter(|s| !now.contains(s)).collect();
        if !let_go.is_empty() {
            self.script.early.push(format!(
                "ALTER PUBLICATION {publication} DROP TABLES IN SCHEMA {};",
                let_go.join(", ")
            ));
        }
        let added: Vec<&str> = now.iter().copied().filter(|s| !was.contains(s)).collect();
        if !added.is_empty() {
            self.script.late.push(format!(
                "ALTER PUBLICATION {publication} ADD TABLES IN SCHEMA {};",
                added.join(", ")
            ));
        }
    }

    fn add_enum_values(&mut self, name: &str, old: &Object, new: &Object) {
        let mut current = ddl::enum_values(old);
        let wanted = ddl::enum_values(new);
        for (i, value) in wanted.iter().enumerate() {
            if current.contains(value) {
                continue;
            }
            let next = wanted[i + 1..].iter().find(|v| current.contains(v));
            let (sql, at) = match next {
                Some(next) => (
                    format!(" BEFORE {next}"),
                    current.iter().position(|v| v == next).unwrap_or(0),
                ),
                None => match i.checked_sub(1).map(|p| &wanted[p]) {
                    Some(prev) => (format!(" AFTER {prev}"), current.len()),
                    None => (String::new(), current.len()),
                },
            };
            self.script.early.push(format!(
                "ALTER TYPE {} ADD VALUE {value}{sql};",
                qualified(name)
            ));
            current.insert(at, value.clone());
        }
    }

    /// The parts of an object in both schemas; columns in the desired
    /// schema's order, so that those added come out in it (`ADD COLUMN`
    /// puts each last).
    fn parts(&mut self, kind: &str, name: &str, old: &Object, new: &Object) {
        let mut parts: Vec<_> = new.parts.iter().collect();
        parts.sort_by_key(|((part_kind, _), props)| {
            let position = (part_kind == "column")
                .then(|| get(props, "~position").and_then(|p| p.parse::<u32>().ok()))
                .flatten();
            (part_kind.as_str(), position)
        });
        for ((part_kind, part_name), props) in parts {
            let node = Node::part(kind, name, part_kind, part_name);
            let separate = super::change::SEPARATE_PARTS.contains(&part_kind.as_str());
            let column = part_kind == "column" && kind == "table";
            let old_props = old.parts.get(&(part_kind.clone(), part_name.clone()));
            if part_kind == "column" && matches!(kind, "view" | "materialized view") {
                // A view's columns come with its definition: their comments.
                self.part_late(kind, name, part_kind, part_name, old_props, props);
                continue;
            }
            if !separate && !column {
                continue;
            }
            if inherited(props) || old_props.is_some_and(inherited) {
                // The parent's statement makes, changes or drops it.
                if let Some(old_props) = old_props {
                    self.part_late(kind, name, part_kind, part_name, Some(old_props), props);
                    if column {
                        self.column_settings(name, part_name, Some(old_props), props);
                    }
                }
                continue;
            }
            let Some(old_props) = old.parts.get(&(part_kind.clone(), part_name.clone())) else {
                let renamed_from = old.parts.iter().find(|((k, n), p)| {
                    k == part_kind
                        && !inherited(p)
                        && !new.parts.contains_key(&(k.clone(), n.clone()))
                        && renamed_to(k, p, old, new) == Some(part_name.as_str())
                });
                match renamed_from {
                    Some(((_, from), old_props)) => {
                        self.rename(kind, name, part_kind, from, part_name);
                        self.part_late(kind, name, part_kind, part_name, Some(old_props), props);
                    }
                    None => self.create_part(kind, name, part_kind, part_name, props, true),
                }
                continue;
            };
            if self.rebuilt.contains(&node) {
                self.create_part(kind, name, part_kind, part_name, props, true);
                continue;
            }
            let index_options = match (get(old_props, "definition"), get(props, "definition")) {
                (Some(o), Some(n)) if part_kind == "index" => {
                    ddl::alter_index_options(name, part_name, o, n)
                }
                _ => None,
            };
            if column {
                self.column_change(name, part_name, old_props, props);
            } else if let Some(sql) = index_options {
                self.script.early.extend(sql);
            } else if part_kind == "constraint"
                && get(old_props, "definition").and_then(|d| d.strip_suffix(" NOT VALID"))
                    == get(props, "definition")
            {
                self.script.late.push(format!(
                    "ALTER TABLE {} VALIDATE CONSTRAINT {};",
                    qualified(name),
                    ident(part_name)
                ));
            }
            self.part_late(kind, name, part_kind, part_name, Some(old_props), props);
        }
    }

    fn part_late(
        &mut self,
        kind: &str,
        name: &str,
        part_kind: &str,
        part_name: &str,
        old: Option<&Properties>,
        new: &Properties,
    ) {
        if old.and_then(|o| get(o, "comment")) != get(new, "comment") {
            self.script.late.push(ddl::comment(
                kind,
                name,
                Some((part_kind, part_name)),
                get(new, "comment"),
            ));
        }
        if part_kind == "trigger" {
            self.trigger_state(name, part_name, old, new);
        }
    }

    fn rename(&mut self, kind: &str, name: &str, part_kind: &str, from: &str, to: &str) {
        let sql = if part_kind == "index" {
            format!(
                "ALTER INDEX {} RENAME TO {};",
                ddl::index_name(name, from),
                ident(to)
            )
        } else if kind == "domain" {
            format!(
                "ALTER DOMAIN {} RENAME CONSTRAINT {} TO {};",
                qualified(name),
                ident(from),
                ident(to)
            )
        } else {
            format!(
                "ALTER TABLE {} RENAME CONSTRAINT {} TO {};",
                qualified(name),
                ident(from),
                ident(to)
            )
        };
        self.script.early.push(sql);
    }
}

/// The options of an identity column's sequence (`START WITH`,
/// `INCREMENT BY`, ...), which come with the column: set after it
/// where they changed, or, on a new one, where they are not those a new
/// identity takes.
fn identity_options(name: &str, old: Option<&Object>, new: &Object) -> Option<String> {
    const KEYS: [&str; 6] = ["increment", "minimum", "maximum", "start", "cache", "cycle"];
    let n = &new.properties;
    let differs = match old {
        Some(old) => KEYS.iter().any(|k| get(&old.properties, k) != get(n, k)),
        None => {
            let maximum = match get(n, "type") {
                Some("smallint") => "32767",
                Some("integer") => "2147483647",
                _ => "9223372036854775807",
            };
            let fresh = [("increment", "1"), ("minimum", "1"), ("maximum", maximum)];
            fresh.iter().any(|(k, v)| get(n, k) != Some(v))
                || [("start", "1"), ("cache", "1"), ("cycle", "no")]
                    .iter()
                    .any(|(k, v)| get(n, k).is_some_and(|got| got != *v))
        }
    };
    if !differs {
        return None;
    }
    let mut options = n.clone();
    options.remove("type");
    Some(format!(
        "ALTER SEQUENCE {}{};",
        qualified(name),
        ddl::sequence_options(&options)
    ))
}

/// The name PostgreSQL gives a new identity column's sequence when it is
/// free: `table_column_seq`, the longer of the two names cut until the
/// whole fits in 63 bytes.
fn identity_sequence_name(table: &str, column: &str) -> String {
    const MAX: usize = 63 - "__seq".len();
    let (mut t, mut c) = (table.len(), column.len());
    while t + c > MAX {
        if t > c {
            t -= 1;
        } else {
            c -= 1;
        }
    }
    let clip = |s: &str, n: usize| {
        let mut end = n;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s[..end].to_owned()
    };
    format!("{}_{}_seq", clip(table, t), clip(column, c))
}

/// A name as `regclass` writes it (`"Queue"`, `app."Queue"`) as the
/// snapshot holds it (`Queue`, `app.Queue`).
fn unquoted(name: &str) -> String {
    let (mut out, mut quoted, mut chars) = (String::new(), false, name.chars().peekable());
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                out.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            _ => out.push(c),
        }
    }
    out
}
