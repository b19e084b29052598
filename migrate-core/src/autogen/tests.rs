//! The planner on hand-built snapshots: order from dependencies, review
//! lines, enum values added in place, the concurrent index and validation
//! revisions.

use super::{plan, Facts, Role};
use crate::schema::{Fact, Node, Snapshot};

fn table(name: &str, columns: &[(&str, &str)]) -> Vec<Fact> {
    columns
        .iter()
        .flat_map(|(column, ty)| {
            let part = || Fact::object("table", name).part("column", column);
            [
                part().property("type", Some(ty)),
                part().property("nullable", Some("yes")),
            ]
        })
        .collect()
}

fn snapshot(facts: Vec<Fact>) -> Snapshot {
    facts.into_iter().collect()
}

fn position(sql: &str, needle: &str) -> usize {
    sql.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in:\n{sql}"))
}

#[test]
fn the_same_schema_plans_nothing() {
    let s = snapshot(table("t", &[("a", "integer")]));
    assert!(plan(&s, &s, &Facts::default()).is_empty());
}

#[test]
fn a_view_on_a_column_whose_type_changes_is_dropped_before_and_created_after() {
    let view = |def: &str| Fact::object("view", "v").property("definition", Some(def));
    let mut head = snapshot(table("t", &[("a", "integer")]));
    head.add(view(" SELECT t.a FROM t;"));
    head.add_dependency(
        Node::object("view", "v"),
        Node::part("table", "t", "column", "a"),
    );
    let mut desired = snapshot(table("t", &[("a", "bigint")]));
    desired.add(view(" SELECT t.a FROM t;"));
    desired.add_dependency(
        Node::object("view", "v"),
        Node::part("table", "t", "column", "a"),
    );
    let plan = plan(&head, &desired, &Facts::default());
    assert_eq!(plan.revisions.len(), 1);
    let up = &plan.revisions[0].up;
    let (drop, alter, create) = (
        position(up, "DROP VIEW v;"),
        position(up, "ALTER TABLE t ALTER COLUMN a TYPE bigint"),
        position(up, "CREATE VIEW v AS"),
    );
    assert!(drop < alter && alter < create, "{up}");
    let down = &plan.revisions[0].down;
    assert!(
        position(down, "DROP VIEW v;") < position(down, "TYPE integer"),
        "{down}"
    );
    assert!(
        plan.reviews.is_empty(),
        "widening needs no review: {:?}",
        plan.reviews
    );
}

#[test]
fn creates_follow_dependencies_and_drops_go_the_other_way() {
    // A function used by an index expression comes before the index; a
    // new table referenced by a foreign key before the key.
    let head = snapshot(vec![]);
    let mut desired = snapshot(table("t", &[("a", "text")]));
    desired.add(Fact::object("function", "lower_a(text)").property("~ddl", Some("CREATE OR REPLACE FUNCTION public.lower_a(x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(x) $$")));
    desired.add(
        Fact::object("table", "t")
            .part("index", "t_lower")
            .property("definition", Some("USING btree (lower_a(a))")),
    );
    desired.add_dependency(
        Node::part("table", "t", "index", "t_lower"),
        Node::object("function", "lower_a(text)"),
    );
    let plan = plan(&head, &desired, &Facts::default());
    let up = &plan.revisions[0].up;
    assert!(position(up, "CREATE TABLE t") < position(up, "FUNCTION public.lower_a"));
    assert!(position(up, "FUNCTION public.lower_a") < position(up, "CREATE INDEX t_lower ON t"));
    let down = &plan.revisions[0].down;
    // The index goes with its table, which must go before the function.
    assert!(!down.contains("DROP INDEX"), "{down}");
    assert!(
        position(down, "DROP TABLE t") < position(down, "DROP FUNCTION lower_a(text)"),
        "{down}"
    );
}

#[test]
fn an_index_on_an_existing_table_is_created_concurrently_in_its_own_revision() {
    let head = snapshot(table("t", &[("a", "integer")]));
    let mut desired = head.clone();
    desired.add(
        Fact::object("table", "t")
            .part("index", "t_a")
            .property("definition", Some("USING btree (a)")),
    );
    let plan = plan(&head, &desired, &Facts::default());
    let roles: Vec<Role> = plan.revisions.iter().map(|r| r.role).collect();
    assert_eq!(roles, [Role::ConcurrentIndexes]);
    let index = &plan.revisions[0];
    assert!(!index.transactional);
    assert_eq!(
        index.up,
        "CREATE INDEX CONCURRENTLY IF NOT EXISTS t_a ON t USING btree (a);\n"
    );
    assert_eq!(index.down, "DROP INDEX CONCURRENTLY IF EXISTS t_a;\n");
    // On a new table, the index goes with the table.
    let plan = super::plan(&snapshot(vec![]), &desired, &Facts::default());
    assert_eq!(plan.revisions.len(), 1);
    assert!(plan.revisions[0].up.contains("CREATE INDEX t_a ON t"));
}

#[test]
fn a_foreign_key_on_an_existing_table_is_added_not_valid_then_validated() {
    let head = snapshot(
        [
            table("t", &[("a", "integer")]),
            table("u", &[("id", "integer")]),
        ]
        .concat(),
    );
    let mut desired = head.clone();
    desired.add(
        Fact::object("table", "t")
            .part("constraint", "t_a_fkey")
            .property("definition", Some("FOREIGN KEY (a) REFERENCES u(id)")),
    );
    let plan = plan(&head, &desired, &Facts::default());
    let roles: Vec<Role> = plan.revisions.iter().map(|r| r.role).collect();
    assert_eq!(roles, [Role::Main, Role::Validate]);
    assert_eq!(
        plan.revisions[0].up,
        "ALTER TABLE t ADD CONSTRAINT t_a_fkey FOREIGN KEY (a) REFERENCES u(id) NOT VALID;\n"
    );
    assert_eq!(
        plan.revisions[1].up,
        "ALTER TABLE t VALIDATE CONSTRAINT t_a_fkey;\n"
    );
    assert_eq!(plan.revisions[1].down, "");
}

fn mood(values: &[&str]) -> Vec<Fact> {
    let mut facts = vec![Fact::object("type", "mood").property("kind", Some("enum"))];
    for (i, value) in values.iter().enumerate() {
        let position = (i + 1).to_string();
        facts.push(
            Fact::object("type", "mood")
                .part("value", value)
                .property("position", Some(&position)),
        );
    }
    facts
}

#[test]
fn enum_values_are_added_in_place_in_a_revision_of_their_own() {
    let head = snapshot(mood(&["'sad'", "'happy'"]));
    let desired = snapshot(mood(&["'sad'", "'ok'", "'happy'", "'glad'"]));
    let plan = plan(&head, &desired, &Facts::default());
    assert_eq!(plan.revisions.len(), 1);
    let values = &plan.revisions[0];
    assert_eq!(values.role, Role::EnumValues);
    assert_eq!(
        values.up,
        "ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';\nALTER TYPE mood ADD VALUE 'glad' AFTER 'happy';\n"
    );
    // The down rebuilds the type without them.
    assert!(
        values
            .down
            .contains("CREATE TYPE mood AS ENUM ('sad', 'happy');"),
        "{}",
        values.down
    );
}

#[test]
fn a_lost_enum_value_held_in_rows_and_look_alike_renames_need_review() {
    let mut head = snapshot(
        [
            mood(&["'sad'", "'happy'"]),
            table("t", &[("old_name", "text")]),
            table("feelings", &[("how", "mood")]),
        ]
        .concat(),
    );
    let mut desired = snapshot(
        [
            mood(&["'happy'"]),
            table("t", &[("new_name", "text")]),
            table("feelings", &[("how", "mood")]),
        ]
        .concat(),
    );
    for s in [&mut head, &mut desired] {
        s.add_dependency(
            Node::part("table", "feelings", "column", "how"),
            Node::object("type", "mood"),
        );
    }
    // Renames are reviews whatever the rows; the lost value only where a
    // table of the type holds rows.
    let empty = plan(&head, &desired, &Facts::default());
    let reviews: Vec<&str> = empty.reviews.iter().map(|r| r.what.as_str()).collect();
    assert!(
        !reviews.iter().any(|r| r.starts_with("enum mood loses")),
        "{reviews:?}"
    );
    assert_eq!(reviews.len(), 1, "{reviews:?}");
    let plan = plan(&head, &desired, &Facts::with_rows(["feelings"]));
    let reviews: Vec<&str> = plan.reviews.iter().map(|r| r.what.as_str()).collect();
    assert!(
        reviews
            .iter()
            .any(|r| r.starts_with("enum mood loses 'sad'")),
        "{reviews:?}"
    );
    assert!(
        reviews
            .iter()
            .any(|r| r.starts_with("column t.old_name is dropped and column new_name added")),
        "{reviews:?}"
    );
    let up = &plan.revisions[0].up;
    assert!(up.starts_with("-- review: "), "{up}");
    assert!(!plan.revisions[0].down.contains("-- review:"));
}

#[test]
fn a_not_null_column_without_default_needs_review_only_on_a_table_with_rows() {
    let head = snapshot(table("t", &[("a", "integer")]));
    let mut desired = head.clone();
    desired.add(
        Fact::object("table", "t")
            .part("column", "b")
            .property("type", Some("integer")),
    );
    desired.add(
        Fact::object("table", "t")
            .part("column", "b")
            .property("nullable", Some("no")),
    );
    let with_rows = plan(&head, &desired, &Facts::with_rows(["t"]));
    assert_eq!(with_rows.reviews.len(), 1);
    assert!(with_rows.reviews[0]
        .what
        .starts_with("column t.b is added NOT NULL without a default: table t holds rows"));
    let empty = plan(&head, &desired, &Facts::with_rows(["other"]));
    assert!(empty.reviews.is_empty(), "{:?}", empty.reviews);
    for plan in [&with_rows, &empty] {
        assert!(plan.revisions[0]
            .up
            .contains("ALTER TABLE t ADD COLUMN b integer NOT NULL;"));
    }
    assert!(!empty.revisions[0].up.contains("-- review:"));
}

#[test]
fn a_type_change_without_implicit_cast_needs_review_and_casts_through_text() {
    let head = snapshot(table("t", &[("a", "integer")]));
    let desired = snapshot(table("t", &[("a", "uuid")]));
    let plan = plan(&head, &desired, &Facts::default());
    assert_eq!(plan.reviews.len(), 1);
    assert!(plan.revisions[0]
        .up
        .contains("ALTER TABLE t ALTER COLUMN a TYPE uuid USING a::text::uuid;"));
}

#[test]
fn a_constraint_or_index_named_differently_is_renamed() {
    let fk = |name: &str| {
        Fact::object("table", "t")
            .part("constraint", name)
            .property("definition", Some("CHECK (a > 0)"))
    };
    let mut head = snapshot(table("t", &[("a", "integer")]));
    head.add(fk("t_a_check"));
    let mut desired = snapshot(table("t", &[("a", "integer")]));
    desired.add(fk("positive_a"));
    let plan = plan(&head, &desired, &Facts::default());
    assert_eq!(
        plan.revisions[0].up,
        "ALTER TABLE t RENAME CONSTRAINT t_a_check TO positive_a;\n"
    );
}
