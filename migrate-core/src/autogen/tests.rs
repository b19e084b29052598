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

/// A column added where the dropped one stood (between the same columns,
/// not last, where `ADD COLUMN` would put it) is paired with it first and
/// the review line says so; one added at the end is not said to stand
/// anywhere.
#[test]
fn a_look_alike_column_in_the_dropped_ones_place_is_said_to_be() {
    let placed = |columns: &[&str]| -> Snapshot {
        let mut facts = table(
            "t",
            &columns.iter().map(|c| (*c, "text")).collect::<Vec<_>>(),
        );
        for (at, column) in columns.iter().enumerate() {
            let position = (at + 1).to_string();
            facts.push(
                Fact::object("table", "t")
                    .part("column", column)
                    .property("~position", Some(position.as_str())),
            );
        }
        snapshot(facts)
    };
    let head = placed(&["a", "b", "c"]);
    let reviews = |desired: &Snapshot| -> Vec<String> {
        plan(&head, desired, &Facts::default())
            .reviews
            .into_iter()
            .map(|r| r.what)
            .collect()
    };
    // `bb` stands where `b` stood; `b_new`, closer by name, comes last.
    let in_place = reviews(&placed(&["a", "bb", "c", "b_new"]));
    assert_eq!(in_place.len(), 1, "{in_place:?}");
    assert!(
        in_place[0].starts_with(
            "column t.b is dropped and column bb added with the same type where it stood"
        ),
        "{in_place:?}"
    );
    let appended = reviews(&placed(&["a", "c", "b_new"]));
    assert!(
        appended[0]
            .starts_with("column t.b is dropped and column b_new added with the same type: "),
        "{appended:?}"
    );
}

/// Two dropped tables of the same columns, renamed with a prefix (as
/// ethyca/fides's `ctl_` revision does): each is offered once, to the added
/// table whose name holds its own, not both to the first added one.
#[test]
fn look_alike_tables_are_each_offered_once_to_the_likeliest_new_name() {
    let columns = [("id", "text"), ("name", "text")];
    let mut head = table("data_categories", &columns);
    head.extend(table("data_qualifiers", &columns));
    let mut desired = table("ctl_data_qualifiers", &columns);
    desired.extend(table("ctl_data_categories", &columns));
    let mut reviews: Vec<String> = plan(&snapshot(head), &snapshot(desired), &Facts::default())
        .reviews
        .into_iter()
        .map(|r| r.what)
        .collect();
    reviews.sort();
    assert_eq!(reviews.len(), 2, "{reviews:?}");
    assert!(
        reviews[0]
            .starts_with("table data_categories is dropped and table ctl_data_categories added"),
        "{reviews:?}"
    );
    assert!(
        reviews[1]
            .starts_with("table data_qualifiers is dropped and table ctl_data_qualifiers added"),
        "{reviews:?}"
    );
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
    assert!(with_rows.reviews[0].what.starts_with(
        "column t.b is added NOT NULL without a default to table t, which holds rows: they get the placeholder 0"
    ));
    // The rows take the placeholder, and the column keeps no default.
    assert!(with_rows.revisions[0].up.contains(
        "ALTER TABLE t ADD COLUMN b integer NOT NULL DEFAULT 0;\n\
         ALTER TABLE t ALTER COLUMN b DROP DEFAULT;"
    ));
    let empty = plan(&head, &desired, &Facts::with_rows(["other"]));
    assert!(empty.reviews.is_empty(), "{:?}", empty.reviews);
    assert!(empty.revisions[0]
        .up
        .contains("ALTER TABLE t ADD COLUMN b integer NOT NULL;"));
    assert!(!empty.revisions[0].up.contains("-- review:"));
    // A type with no value to offer (an enum): the plain statement, which
    // fails on the rows, and a review line that says so.
    let mut of_enum = head.clone();
    for (key, value) in [("type", "mood"), ("nullable", "no")] {
        of_enum.add(
            Fact::object("table", "t")
                .part("column", "b")
                .property(key, Some(value)),
        );
    }
    let with_rows = plan(&head, &of_enum, &Facts::with_rows(["t"]));
    assert!(with_rows.reviews[0].what.starts_with(
        "column t.b is added NOT NULL without a default to table t, which holds rows, so it fails"
    ));
    assert!(with_rows.revisions[0]
        .up
        .contains("ALTER TABLE t ADD COLUMN b mood NOT NULL;"));
}

/// A type change PostgreSQL makes by itself (an assignment cast) is
/// written without `USING`: an explicit cast to a shorter `varchar` or
/// `character` cuts longer values silently, where the column's own
/// assignment refuses them. Open-Assistant's `message.lang`, from
/// `character varying(200)` to `(32)`, was written `USING
/// lang::character varying(32)`: its up, and the down of the widening,
/// would have cut the rows' values instead of failing on them.
#[test]
fn a_type_change_with_an_assignment_cast_is_written_without_a_cast_that_truncates() {
    let head = snapshot(table(
        "t",
        &[("a", "character varying(200)"), ("b", "character(4)")],
    ));
    let desired = snapshot(table("t", &[("a", "character varying(32)"), ("b", "text")]));
    let plan = super::plan(&head, &desired, &Facts::with_rows(["t"]));
    assert!(plan.reviews.is_empty(), "{:?}", plan.reviews);
    let main = &plan.revisions[0];
    for sql in [
        "ALTER TABLE t ALTER COLUMN a TYPE character varying(32);",
        "ALTER TABLE t ALTER COLUMN b TYPE text;",
    ] {
        assert!(main.up.contains(sql), "{}", main.up);
    }
    for sql in [
        "ALTER TABLE t ALTER COLUMN a TYPE character varying(200);",
        "ALTER TABLE t ALTER COLUMN b TYPE character(4);",
    ] {
        assert!(main.down.contains(sql), "{}", main.down);
    }
    assert!(!main.up.contains("USING") && !main.down.contains("USING"));
    // `bit(n)`'s assignment takes only its own length: the explicit cast,
    // which pads or cuts, stays.
    let head = snapshot(table("t", &[("c", "bit(3)")]));
    let desired = snapshot(table("t", &[("c", "bit(5)")]));
    let bits = super::plan(&head, &desired, &Facts::with_rows(["t"]));
    assert!(bits.revisions[0]
        .up
        .contains("ALTER TABLE t ALTER COLUMN c TYPE bit(5) USING c::bit(5);"));
}

#[test]
fn a_type_change_without_implicit_cast_needs_review_on_a_table_with_rows_and_casts_through_text() {
    let head = snapshot(table("t", &[("a", "integer")]));
    let desired = snapshot(table("t", &[("a", "uuid")]));
    let plan = super::plan(&head, &desired, &Facts::with_rows(["t"]));
    assert_eq!(plan.reviews.len(), 1);
    assert!(plan.revisions[0]
        .up
        .contains("ALTER TABLE t ALTER COLUMN a TYPE uuid USING a::text::uuid;"));
    let empty = super::plan(&head, &desired, &Facts::default());
    assert!(empty.reviews.is_empty(), "{:?}", empty.reviews);
    assert_eq!(
        empty.revisions[0].up,
        plan.revisions[0]
            .up
            .lines()
            .skip(1)
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    );
    // A timestamp's precision is no cast to review.
    let precise = snapshot(table("e", &[("at", "timestamp(3) without time zone")]));
    let plain = snapshot(table("e", &[("at", "timestamp without time zone")]));
    let plan = super::plan(&precise, &plain, &Facts::with_rows(["e"]));
    assert!(plan.reviews.is_empty(), "{:?}", plan.reviews);
}

#[test]
fn a_foreign_key_between_columns_whose_types_change_is_dropped_and_added_again() {
    let fk = || {
        Fact::object("table", "c")
            .part("constraint", "c_p_fkey")
            .property("definition", Some("FOREIGN KEY (p) REFERENCES p(id)"))
    };
    let both = |ty: &str| {
        let mut s = snapshot(table("p", &[("id", ty)]));
        for f in table("c", &[("p", ty)]) {
            s.add(f);
        }
        s.add(fk());
        s.add_dependency(
            Node::part("table", "c", "constraint", "c_p_fkey"),
            Node::part("table", "p", "column", "id"),
        );
        s
    };
    let plan = plan(&both("text"), &both("uuid"), &Facts::default());
    let up = &plan.revisions[0].up;
    let (drop, alter, add) = (
        position(up, "ALTER TABLE c DROP CONSTRAINT c_p_fkey;"),
        position(up, "ALTER TABLE p ALTER COLUMN id TYPE uuid"),
        position(up, "ALTER TABLE c ADD CONSTRAINT c_p_fkey FOREIGN KEY"),
    );
    assert!(drop < alter && alter < add, "{up}");
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

/// A partitioned table `p` (columns `id`, `at`, and `extra` when asked)
/// with one partition `p1` whose columns, key and index are the parent's.
fn partitioned(extra: bool) -> Snapshot {
    let mut columns = vec![("id", "integer"), ("at", "date")];
    if extra {
        columns.push(("extra", "text"));
    }
    let mut facts = table("p", &columns);
    facts.extend(table("p1", &columns));
    facts.push(Fact::object("table", "p").property("partition key", Some("RANGE (at)")));
    facts.push(Fact::object("table", "p1").property("~parent", Some("p")));
    facts.push(Fact::object("table", "p1").property(
        "~bound",
        Some("FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')"),
    ));
    for (column, _) in &columns {
        facts.push(
            Fact::object("table", "p1")
                .part("column", column)
                .property("~inherited", Some("yes")),
        );
    }
    let key = |t: &str, name: &str| {
        Fact::object("table", t)
            .part("constraint", name)
            .property("definition", Some("PRIMARY KEY (id, at)"))
    };
    facts.push(key("p", "p_pkey"));
    facts.push(key("p1", "p1_pkey"));
    facts.push(
        Fact::object("table", "p1")
            .part("constraint", "p1_pkey")
            .property("~inherited", Some("p_pkey")),
    );
    let index = |t: &str, name: &str| {
        Fact::object("table", t)
            .part("index", name)
            .property("definition", Some("USING btree (at)"))
    };
    facts.push(index("p", "p_at_idx"));
    facts.push(index("p1", "p1_at_idx"));
    facts.push(
        Fact::object("table", "p1")
            .part("index", "p1_at_idx")
            .property("~inherited", Some("p_at_idx")),
    );
    let mut s = snapshot(facts);
    s.add_dependency(Node::object("table", "p1"), Node::object("table", "p"));
    s
}

#[test]
fn a_column_added_to_a_partitioned_table_is_added_once_on_the_parent() {
    let plan = plan(&partitioned(false), &partitioned(true), &Facts::default());
    assert_eq!(plan.revisions.len(), 1, "{plan:?}");
    let (up, down) = (&plan.revisions[0].up, &plan.revisions[0].down);
    assert_eq!(up.trim(), "ALTER TABLE p ADD COLUMN extra text;", "{up}");
    assert_eq!(down.trim(), "ALTER TABLE p DROP COLUMN extra;", "{down}");
}

#[test]
fn a_new_partition_is_made_with_its_parents_parts_and_attached() {
    let head = snapshot(vec![]);
    let desired = partitioned(false);
    let plan = plan(&head, &desired, &Facts::default());
    assert_eq!(plan.revisions.len(), 1, "{plan:?}");
    let up = &plan.revisions[0].up;
    let (parent, partition, key, index, attach) = (
        position(up, "CREATE TABLE p (\n"),
        position(up, "CREATE TABLE p1 (\n"),
        position(
            up,
            "ALTER TABLE p1 ADD CONSTRAINT p1_pkey PRIMARY KEY (id, at);",
        ),
        position(up, "CREATE INDEX p1_at_idx ON p1 USING btree (at);"),
        position(
            up,
            "ALTER TABLE p ATTACH PARTITION p1 FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');",
        ),
    );
    assert!(
        parent < partition && partition < key && key < index && index < attach,
        "{up}"
    );
    assert!(up.contains(") PARTITION BY RANGE (at);"), "{up}");
    // Each of the parent's parts once, on the parent.
    assert_eq!(up.matches("PRIMARY KEY").count(), 2, "{up}");
    assert_eq!(up.matches("CREATE INDEX").count(), 2, "{up}");
    assert!(!up.contains("CONCURRENTLY"), "{up}");
    // Dropping the parent takes the partition.
    let down = &plan.revisions[0].down;
    assert_eq!(down.trim(), "DROP TABLE p;", "{down}");
}

#[test]
fn an_index_added_to_a_partitioned_table_makes_the_partitions_copies_first_under_their_names() {
    let strip = |mut s: Snapshot| {
        for t in ["p", "p1"] {
            let parts = &mut s.get_mut("table", t).unwrap().parts;
            parts.retain(|(k, _), _| k != "index");
        }
        s
    };
    let (head, desired) = (strip(partitioned(false)), partitioned(false));
    let plan = plan(&head, &desired, &Facts::default());
    assert_eq!(plan.revisions.len(), 1, "{plan:?}");
    assert_eq!(
        plan.revisions[0].role,
        Role::Main,
        "no CONCURRENTLY on a partitioned table"
    );
    let up = &plan.revisions[0].up;
    assert!(
        position(up, "CREATE INDEX p1_at_idx ON p1") < position(up, "CREATE INDEX p_at_idx ON p "),
        "{up}"
    );
    assert_eq!(plan.revisions[0].down.trim(), "DROP INDEX p_at_idx;");
}

#[test]
fn a_partition_column_default_of_its_own_is_set_after_the_parents() {
    let with_default = |s: &mut Snapshot, t: &str, d: &str| {
        s.add(
            Fact::object("table", t)
                .part("column", "id")
                .property("default", Some(d)),
        );
    };
    let head = partitioned(false);
    let mut desired = partitioned(false);
    with_default(&mut desired, "p", "1");
    let plan = plan(&head, &desired, &Facts::default());
    let up = &plan.revisions[0].up;
    // The parent's default reaches the partition, which wants none.
    let parent = position(up, "ALTER TABLE p ALTER COLUMN id SET DEFAULT 1;");
    let own = position(up, "ALTER TABLE ONLY p1 ALTER COLUMN id DROP DEFAULT;");
    assert!(parent < own, "{up}");
    with_default(&mut desired, "p1", "1");
    let plan = super::plan(&head, &desired, &Facts::default());
    assert!(!plan.revisions[0].up.contains("ONLY p1"), "{plan:?}");
}

/// A column that becomes NOT NULL on a table with rows: the rows holding
/// NULL take its new default, else a placeholder, under a review line,
/// before `SET NOT NULL`; on an empty table, `SET NOT NULL` alone.
#[test]
fn a_column_becoming_not_null_on_a_table_with_rows_fills_its_nulls_first() {
    let head = snapshot(table("t", &[("a", "integer"), ("b", "text")]));
    let mut desired = head.clone();
    desired.add(
        Fact::object("table", "t")
            .part("column", "b")
            .property("nullable", Some("no")),
    );
    let with_rows = plan(&head, &desired, &Facts::with_rows(["t"]));
    let up = &with_rows.revisions[0].up;
    assert!(
        position(up, "UPDATE t SET b = '' WHERE b IS NULL;")
            < position(up, "ALTER TABLE t ALTER COLUMN b SET NOT NULL;"),
        "{up}"
    );
    assert!(with_rows.reviews[0].what.starts_with(
        "column t.b becomes NOT NULL on table t, which holds rows: those holding NULL get ''"
    ));
    let mut defaulted = desired.clone();
    defaulted.add(
        Fact::object("table", "t")
            .part("column", "b")
            .property("default", Some("'none'::text")),
    );
    let up = &plan(&head, &defaulted, &Facts::with_rows(["t"])).revisions[0].up;
    assert!(
        up.contains("UPDATE t SET b = 'none'::text WHERE b IS NULL;"),
        "{up}"
    );
    let empty = plan(&head, &desired, &Facts::default());
    assert!(empty.reviews.is_empty() && !empty.revisions[0].up.contains("UPDATE"));
}

/// A dictionary's options are set all at once, those it loses named
/// alone (back to the template's default); a comma inside a quoted value
/// does not split it.
#[test]
fn a_dictionarys_options_are_altered_in_place() {
    let options = |text: &str| -> crate::schema::Properties {
        [("options".to_owned(), text.to_owned())].into()
    };
    let (old, new) = (
        options("language = 'english', stopwords = 'a, b'"),
        options("language = 'german'"),
    );
    assert_eq!(
        super::ddl::alter_ts_dictionary("stems", &old, &new).as_deref(),
        Some("ALTER TEXT SEARCH DICTIONARY stems (language = 'german', stopwords);")
    );
    assert_eq!(super::ddl::alter_ts_dictionary("stems", &old, &old), None);
}

#[test]
fn a_function_whose_parameter_defaults_change_is_dropped_and_created() {
    let function = |args: &str| {
        let mut s = snapshot(vec![]);
        s.add(Fact::object("function", "f(a integer)").property("result", Some("integer")));
        s.add(Fact::object("function", "f(a integer)").property("~arguments", Some(args)));
        s.add(
            Fact::object("function", "f(a integer)").property(
                "~ddl",
                Some(&format!(
                    "CREATE OR REPLACE FUNCTION public.f({args}) RETURNS integer LANGUAGE sql AS $$ SELECT a $$"
                )),
            ),
        );
        s.add(Fact::object("function", "f(a integer)").property("definition", Some(args)));
        s
    };
    let plan = plan(
        &function("a integer DEFAULT 1"),
        &function("a integer"),
        &Facts::default(),
    );
    let up = &plan.revisions[0].up;
    assert!(
        position(up, "DROP FUNCTION f(a integer);") < position(up, "CREATE OR REPLACE FUNCTION"),
        "{up}"
    );
    assert!(plan.revisions[0]
        .down
        .contains("DROP FUNCTION f(a integer);"));
}

#[test]
fn a_composite_type_gains_and_loses_attributes_in_place() {
    let composite = |attributes: &[(&str, &str)]| {
        let mut s = snapshot(vec![
            Fact::object("type", "pair").property("kind", Some("composite"))
        ]);
        for (i, (name, ty)) in attributes.iter().enumerate() {
            let attribute = || Fact::object("type", "pair").part("attribute", name);
            s.add(attribute().property("type", Some(ty)));
            s.add(attribute().property("~position", Some(&(i + 1).to_string())));
        }
        s.add(
            Fact::object("table", "t")
                .part("column", "x")
                .property("type", Some("pair")),
        );
        s.add_dependency(
            Node::part("table", "t", "column", "x"),
            Node::object("type", "pair"),
        );
        s
    };
    let head = composite(&[("a", "integer"), ("b", "text")]);
    let desired = composite(&[("a", "bigint"), ("c", "date")]);
    let plan = plan(&head, &desired, &Facts::default());
    let up = &plan.revisions[0].up;
    assert!(up.contains("ALTER TYPE pair DROP ATTRIBUTE b;"), "{up}");
    assert!(up.contains("ALTER TYPE pair ADD ATTRIBUTE c date;"), "{up}");
    assert!(
        up.contains("ALTER TYPE pair ALTER ATTRIBUTE a TYPE bigint;"),
        "{up}"
    );
    assert!(!up.contains("DROP TYPE"), "{up}");
    assert!(!up.contains("ALTER TABLE"), "{up}");
    // Attributes moved: no ALTER reaches that order, so it is rebuilt.
    let moved = composite(&[("b", "text"), ("a", "integer")]);
    let plan = super::plan(&head, &moved, &Facts::default());
    assert!(plan.revisions[0].up.contains("DROP TYPE pair"), "{plan:?}");
}

#[test]
fn an_enum_rebuilt_converts_a_partitioned_tables_column_on_the_parent_only() {
    let with_enum = |values: &[&str]| {
        let mut s = partitioned(false);
        s.add(Fact::object("type", "mood").property("kind", Some("enum")));
        for (i, v) in values.iter().enumerate() {
            s.add(
                Fact::object("type", "mood")
                    .part("value", &format!("'{v}'"))
                    .property("position", Some(&(i + 1).to_string())),
            );
        }
        for t in ["p", "p1"] {
            s.add(
                Fact::object("table", t)
                    .part("column", "m")
                    .property("type", Some("mood")),
            );
            s.add_dependency(
                Node::part("table", t, "column", "m"),
                Node::object("type", "mood"),
            );
        }
        s.add(
            Fact::object("table", "p1")
                .part("column", "m")
                .property("~inherited", Some("yes")),
        );
        s
    };
    let plan = plan(
        &with_enum(&["a", "b"]),
        &with_enum(&["b", "a"]),
        &Facts::default(),
    );
    let up = &plan.revisions[0].up;
    assert!(
        up.contains("ALTER TABLE p ALTER COLUMN m TYPE mood"),
        "{up}"
    );
    assert!(!up.contains("ALTER TABLE p1"), "{up}");
}

#[test]
fn a_table_that_becomes_partitioned_is_rebuilt_and_keeps_its_sequence() {
    let mut head = snapshot(table("t", &[("id", "integer")]));
    head.add(Fact::object("sequence", "t_id_seq").property("owned by", Some("t.id")));
    head.add(
        Fact::object("table", "t")
            .part("column", "id")
            .property("default", Some("nextval('t_id_seq'::regclass)")),
    );
    let mut desired = head.clone();
    desired.add(Fact::object("table", "t").property("partition key", Some("HASH (id)")));
    let plan = plan(&head, &desired, &Facts::default());
    assert!(
        plan.reviews.is_empty(),
        "an empty table: {:?}",
        plan.reviews
    );
    let up = &plan.revisions[0].up;
    let (free, drop, create, own) = (
        position(up, "ALTER SEQUENCE t_id_seq OWNED BY NONE;"),
        position(up, "DROP TABLE t;"),
        position(up, ") PARTITION BY HASH (id);"),
        position(up, "ALTER SEQUENCE t_id_seq OWNED BY t.id;"),
    );
    assert!(free < drop && drop < create && create < own, "{up}");
    let with_rows = super::plan(&head, &desired, &Facts::with_rows(["t"]));
    assert_eq!(with_rows.reviews.len(), 1, "{:?}", with_rows.reviews);
}

#[test]
fn an_index_whose_storage_parameters_change_is_altered_not_rebuilt() {
    let with = |definition: &str| {
        let mut s = snapshot(table("t", &[("a", "integer")]));
        s.add(
            Fact::object("table", "t")
                .part("index", "t_a")
                .property("definition", Some(definition)),
        );
        s
    };
    let head = with("USING btree (a) WITH (fillfactor='70', deduplicate_items=off) WHERE (a > 0)");
    let desired = with("USING btree (a) WITH (fillfactor='50') WHERE (a > 0)");
    let plan = plan(&head, &desired, &Facts::default());
    assert_eq!(plan.revisions.len(), 1, "{plan:?}");
    assert_eq!(
        plan.revisions[0].up,
        "ALTER INDEX t_a RESET (deduplicate_items);\nALTER INDEX t_a SET (fillfactor='50');\n"
    );
    assert_eq!(
        plan.revisions[0].down,
        "ALTER INDEX t_a SET (fillfactor='70', deduplicate_items=off);\n"
    );
    // Anything else changing with them rebuilds the index.
    let other = with("USING btree (a) WITH (fillfactor='50')");
    let plan = super::plan(&head, &other, &Facts::default());
    assert!(plan.revisions[0].up.contains("DROP INDEX"), "{plan:?}");
}

#[test]
fn a_table_moved_to_another_schema_is_reviewed_as_a_move() {
    let columns = [("id", "integer"), ("note", "text")];
    let head = snapshot(table("a.t", &columns));
    let desired = snapshot(table("b.t", &columns));
    let moved = plan(&head, &desired, &Facts::default());
    let what = &moved.reviews[0].what;
    assert!(
        what.contains("write ALTER TABLE a.t SET SCHEMA b instead"),
        "{what}"
    );
    // Moved and renamed: both statements, the rename first.
    let desired = snapshot(table("u", &columns));
    let renamed = plan(&head, &desired, &Facts::default());
    let what = &renamed.reviews[0].what;
    assert!(
        what.contains(
            "write ALTER TABLE a.t RENAME TO u; ALTER TABLE a.u SET SCHEMA public instead"
        ),
        "{what}"
    );
}

#[test]
fn a_renamed_enums_casts_are_recast_by_whole_name_only() {
    let text = "('a'::mood, 'b'::moody, '{}'::mood[], x::mood)";
    assert_eq!(
        super::rename::recast(text, "mood", "feeling"),
        "('a'::feeling, 'b'::moody, '{}'::feeling[], x::feeling)"
    );
    let quoted = "'VIEWER'::\"MemberRole\"";
    assert_eq!(
        super::rename::recast(quoted, "\"MemberRole\"", "\"AccessRole\""),
        "'VIEWER'::\"AccessRole\""
    );
}

/// An array the server deparses as cast whole is written cast to its own
/// type first, so that parsing it back does not cast each element instead;
/// quoted text, function bodies and arrays already of the target type are
/// left alone.
#[test]
fn an_array_cast_whole_is_written_to_parse_back_the_same() {
    let keep = super::reparse::keep_array_casts;
    let check = "CHECK (((origin)::text = ANY ((ARRAY['a'::character varying, 'b, c'::character varying])::text[])))";
    assert_eq!(
        keep(check),
        "CHECK (((origin)::text = ANY ((ARRAY['a'::character varying, 'b, c'::character varying]::character varying[])::text[])))"
    );
    let domain = "CHECK (((VALUE)::text = ANY (ARRAY['x'::character varying(5)]::text[])))";
    assert_eq!(
        keep(domain),
        "CHECK (((VALUE)::text = ANY (ARRAY['x'::character varying(5)]::character varying(5)[]::text[])))"
    );
    for unchanged in [
        "CHECK ((kind = ANY (ARRAY['a'::text, 'b'::text])))",
        "SELECT '(ARRAY[''a''::x])::text[]'",
        "CREATE FUNCTION f() RETURNS text[] AS $$ SELECT (ARRAY['a'::varchar])::text[] $$ LANGUAGE sql;",
        "DEFAULT (ARRAY[1, 2])::bigint[]",
        "(ARRAY['a'::text, 'b'::character varying])::text[]",
        "(ARRAY['a'::text])::text[]",
        "MYARRAY['a'::varchar]::text[]",
    ] {
        assert_eq!(keep(unchanged), unchanged);
    }
}

/// Constants the server deparses without a cast (`0.5`, `true`) are of
/// the type it gives them: an array of them coerced whole is cast to that
/// type first. An array of integers alone, or of constants of two types,
/// is left as it is.
#[test]
fn an_array_of_bare_constants_cast_whole_is_written_to_parse_back_the_same() {
    let keep = super::reparse::keep_array_casts;
    assert_eq!(
        keep("percentile_cont((ARRAY[0.001, 0.5, (1)::numeric])::double precision[])"),
        "percentile_cont((ARRAY[0.001, 0.5, (1)::numeric]::numeric[])::double precision[])"
    );
    assert_eq!(
        keep("(ARRAY[true, false])::text[]"),
        "(ARRAY[true, false]::boolean[])::text[]"
    );
    for unchanged in [
        "(ARRAY[1, 2])::bigint[]",
        "(ARRAY[0.5, true])::text[]",
        "(ARRAY[0.5, x])::double precision[]",
        "(ARRAY[1e5, 0.5])::numeric[]",
    ] {
        assert_eq!(keep(unchanged), unchanged);
    }
}

/// A BEFORE trigger whose WHEN reads the whole new row cannot be made on a
/// table with a generated column (one made before the column stays): the
/// down that makes it again holds a review line, carried by the up
/// (lakekeeper's `set_updated_at_and_increment_version` on `namespace`).
/// Without a generated column, or with a WHEN naming columns, none.
#[test]
fn a_trigger_postgresql_refuses_to_make_again_needs_review_for_its_down() {
    let trigger = |when: &str| {
        Fact::object("table", "t")
            .part("trigger", "tr")
            .property(
                "definition",
                Some(&format!(
                    "CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW WHEN ({when}) EXECUTE FUNCTION f()"
                )),
            )
    };
    let generated = Fact::object("table", "t")
        .part("column", "g")
        .property("generated", Some("(a + 1)"));
    let with = |when: &str, gen: bool| {
        let mut s = snapshot(table("t", &[("a", "integer"), ("g", "integer")]));
        s.add(trigger(when));
        if gen {
            s.add(generated.clone());
        }
        s
    };
    let (whole, named) = (
        "(old.* IS DISTINCT FROM new.*)",
        "(old.a IS DISTINCT FROM new.a)",
    );
    let fixed = plan(&with(whole, true), &with(named, true), &Facts::default());
    assert_eq!(fixed.reviews.len(), 1, "{:?}", fixed.reviews);
    assert!(fixed.reviews[0]
        .what
        .starts_with("the down: trigger tr on t is made with a BEFORE WHEN condition that reads the whole new row"));
    let plain = plan(&with(whole, false), &with(named, false), &Facts::default());
    assert!(plain.reviews.is_empty(), "{:?}", plain.reviews);
}

/// A NOT NULL column without a default dropped from a table with rows: its
/// down adds it back, which fails on those rows (arroyo's
/// `cluster_info.pub_id`), so the up holds a review line saying so; the
/// down itself holds none.
#[test]
fn a_not_null_column_dropped_from_a_table_with_rows_needs_review_for_its_down() {
    let desired = snapshot(table("t", &[("a", "integer")]));
    let mut head = desired.clone();
    head.add(
        Fact::object("table", "t")
            .part("column", "b")
            .property("type", Some("integer")),
    );
    head.add(
        Fact::object("table", "t")
            .part("column", "b")
            .property("nullable", Some("no")),
    );
    let with_rows = plan(&head, &desired, &Facts::with_rows(["t"]));
    assert_eq!(with_rows.reviews.len(), 1, "{:?}", with_rows.reviews);
    assert!(with_rows.reviews[0].what.starts_with(
        "the down: column t.b is added NOT NULL without a default to table t, which holds rows: they get the placeholder 0"
    ));
    assert!(with_rows.revisions[0]
        .up
        .starts_with("-- review: the down: "));
    assert!(!with_rows.revisions[0].down.contains("-- review:"));
    let empty = plan(&head, &desired, &Facts::with_rows(["other"]));
    assert!(empty.reviews.is_empty(), "{:?}", empty.reviews);
}

/// A column name the project's own SQL check would misread bare (a column
/// definition starting `exclude`) is written quoted, so that the revision
/// builds (civitai's `Review.exclude`).
#[test]
fn a_column_the_sql_check_would_misread_is_quoted() {
    let desired = snapshot(table("t", &[("id", "integer"), ("exclude", "boolean")]));
    let plan = plan(&Snapshot::new(), &desired, &Facts::default());
    let up = &plan.revisions[0].up;
    assert!(up.contains("\"exclude\" boolean"), "{up}");
}

/// A table's storage parameters are set in the order they were declared
/// (the reader's `~storage`), not in the sorted order it compares them in:
/// `pg_dump` writes them as set, so the table reads back as declared.
#[test]
fn storage_parameters_are_set_in_their_declared_order() {
    let mut facts = table("t", &[("id", "integer")]);
    facts.push(Fact::object("table", "t").property(
        "storage",
        Some("autovacuum_analyze_threshold=25, fillfactor=70"),
    ));
    facts.push(Fact::object("table", "t").property(
        "~storage",
        Some("fillfactor=70, autovacuum_analyze_threshold=25"),
    ));
    let plan = plan(&Snapshot::new(), &snapshot(facts), &Facts::default());
    let up = &plan.revisions[0].up;
    let (fill, analyze) = (
        position(up, "fillfactor"),
        position(up, "autovacuum_analyze_threshold"),
    );
    assert!(fill < analyze, "{up}");
}

/// A column whose default moves from a sequence dropped to one added, on a
/// table holding rows, is held for review: the new sequence starts again
/// below the keys in use (dolphinscheduler's `t_ds_process_definition_log`,
/// upgraded from 2.0 with a serial's `_id_seq`, against the 3.2 schema's
/// own `_id_sequence`).
#[test]
fn a_column_moved_to_a_new_sequence_on_a_table_with_rows_needs_review() {
    let with = |sequence: &str| {
        let mut s = snapshot(table("t", &[("id", "integer")]));
        s.add(Fact::object("sequence", sequence).property("type", Some("integer")));
        s.add(
            Fact::object("table", "t")
                .part("column", "id")
                .property("default", Some(&format!("nextval('{sequence}'::regclass)"))),
        );
        s
    };
    let (head, desired) = (with("t_id_seq"), with("t_id_sequence"));
    let with_rows = plan(&head, &desired, &Facts::with_rows(["t"]));
    assert_eq!(with_rows.reviews.len(), 1, "{:?}", with_rows.reviews);
    assert!(with_rows.reviews[0].what.starts_with(
        "column t.id takes its values from sequence t_id_sequence, added, instead of t_id_seq, dropped"
    ));
    let empty = plan(&head, &desired, &Facts::default());
    assert!(empty.reviews.is_empty(), "{:?}", empty.reviews);
}

/// An enum losing values is rebuilt; a function returning it is made
/// again, and a generated column calling that function is added again
/// after the function (kestra's `STATE_FROMTEXT`, whose down of an added
/// enum value must rebuild both).
#[test]
fn a_generated_column_calling_a_function_over_a_rebuilt_enum_comes_after_the_function() {
    let with = |values: &[&str]| {
        let mut s = snapshot([mood(values), table("t", &[("value", "jsonb")])].concat());
        s.add(
            Fact::object("function", "mood_of(text)")
                .property("result", Some("mood"))
                .property("~arguments", Some("text"))
                .property("~ddl", Some("CREATE OR REPLACE FUNCTION public.mood_of(text)\n RETURNS mood\n LANGUAGE sql\n IMMUTABLE\nRETURN ($1)::mood")),
        );
        let column = || Fact::object("table", "t").part("column", "m");
        s.add(column().property("type", Some("mood")));
        s.add(column().property("nullable", Some("yes")));
        s.add(column().property("generated", Some("mood_of((value ->> 'm'::text))")));
        let (f, m) = (
            Node::object("function", "mood_of(text)"),
            Node::part("table", "t", "column", "m"),
        );
        s.add_dependency(f.clone(), Node::object("type", "mood"));
        s.add_dependency(m.clone(), f);
        s.add_dependency(m.clone(), Node::object("type", "mood"));
        s.add_dependency(m.clone(), Node::part("table", "t", "column", "value"));
        s.add(Fact::object("table", "t").part("index", "t_m").property(
            "definition",
            Some("CREATE INDEX t_m ON public.t USING btree (m)"),
        ));
        s.add_dependency(Node::part("table", "t", "index", "t_m"), m);
        s
    };
    let (head, desired) = (
        with(&["'sad'", "'happy'"]),
        with(&["'sad'", "'happy'", "'ok'"]),
    );
    let plan = plan(&head, &desired, &Facts::default());
    let down = &plan.revisions[0].down;
    assert!(
        position(down, "CREATE OR REPLACE FUNCTION public.mood_of")
            < position(down, "ALTER TABLE t ADD COLUMN m"),
        "{down}"
    );
    // The column added again has the new type already: nothing converts it.
    assert!(!down.contains("ALTER COLUMN m TYPE"), "{down}");
    // Its index, dropped with it, is made again after it.
    assert!(
        position(down, "ALTER TABLE t ADD COLUMN m") < position(down, "CREATE INDEX t_m"),
        "{down}"
    );
}

/// Columns of an enum rebuilt, a table's and a view's, without a default:
/// none is given `ALTER TABLE ... DROP DEFAULT` (the view's would name a
/// view as a table); one with a default has it dropped and set again.
#[test]
fn only_columns_with_a_default_have_it_reset_around_a_rebuilt_enum() {
    let with = |values: &[&str]| {
        let mut s = snapshot(
            [
                mood(values),
                table("t", &[("how", "mood"), ("was", "mood")]),
            ]
            .concat(),
        );
        s.add(
            Fact::object("table", "t")
                .part("column", "was")
                .property("default", Some("'sad'::mood")),
        );
        let view_column = || Fact::object("view", "v").part("column", "how");
        s.add(Fact::object("view", "v").property("definition", Some(" SELECT t.how FROM t;")));
        s.add(view_column().property("type", Some("mood")));
        for (kind, name, column) in [
            ("table", "t", "how"),
            ("table", "t", "was"),
            ("view", "v", "how"),
        ] {
            s.add_dependency(
                Node::part(kind, name, "column", column),
                Node::object("type", "mood"),
            );
        }
        s.add_dependency(
            Node::object("view", "v"),
            Node::part("table", "t", "column", "how"),
        );
        s
    };
    let (head, desired) = (
        with(&["'sad'", "'ok'", "'happy'"]),
        with(&["'sad'", "'happy'"]),
    );
    let plan = plan(&head, &desired, &Facts::default());
    let up = &plan.revisions[0].up;
    assert!(!up.contains("ALTER TABLE v "), "{up}");
    assert!(!up.contains("COLUMN how DROP DEFAULT"), "{up}");
    assert!(
        position(up, "ALTER TABLE t ALTER COLUMN was DROP DEFAULT")
            < position(up, "ALTER TABLE t ALTER COLUMN was SET DEFAULT 'sad'::mood"),
        "{up}"
    );
}

/// Columns added to a table that exists come in the desired schema's
/// order, not by name: `ADD COLUMN` puts each last, so the table ends as
/// the desired one reads (ranger's `gds_version` before `gds_update_time`).
#[test]
fn columns_added_to_a_table_come_in_the_desired_order() {
    let positioned = |columns: &[(&str, &str)]| {
        let mut facts = table("t", columns);
        for (i, (column, _)) in columns.iter().enumerate() {
            facts.push(
                Fact::object("table", "t")
                    .part("column", column)
                    .property("~position", Some(&(i + 1).to_string())),
            );
        }
        snapshot(facts)
    };
    let head = positioned(&[("id", "integer")]);
    let desired = positioned(&[("id", "integer"), ("zone", "text"), ("added", "text")]);
    let up = &plan(&head, &desired, &Facts::default()).revisions[0].up;
    assert!(
        position(up, "ADD COLUMN zone") < position(up, "ADD COLUMN added"),
        "{up}"
    );
}

/// A publication's tables as the catalog read lists them: commas inside a
/// quoted name, a column list or a row filter's string do not split an
/// entry, and each entry's table is what comes before its column list.
#[test]
fn a_publications_tables_split_at_their_own_commas() {
    let tables = "\"Odd, name\" (a, \"b c\") WHERE ((a > 1)), \
                  s.t WHERE ((note <> 'x, (y'::text)), plain";
    let publication = snapshot(vec![
        Fact::object("publication", "p").property("tables", Some(tables)),
        Fact::object("publication", "p").property("schemas", Some("audit, \"Odd, schema\"")),
    ]);
    let props = &publication.get("publication", "p").unwrap().properties;
    let entries = super::ddl::publication_tables(props);
    assert_eq!(
        entries,
        [
            "ONLY \"Odd, name\" (a, \"b c\") WHERE ((a > 1))",
            "ONLY s.t WHERE ((note <> 'x, (y'::text))",
            "ONLY plain",
        ]
    );
    let named: Vec<&str> = entries
        .iter()
        .map(|e| super::ddl::publication_table(e))
        .collect();
    assert_eq!(named, ["\"Odd, name\"", "s.t", "plain"]);
    assert_eq!(
        super::ddl::publication_schemas(props),
        ["audit", "\"Odd, schema\""]
    );
}
